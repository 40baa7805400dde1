"""packaging/linux/install puts the built program, its menu entry and icons where the
freedesktop.org specifications say, under a user's or a workstation's prefix, and takes them
away again without touching the ward's records."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "packaging" / "linux" / "install"
DESKTOP = ROOT / "packaging" / "linux" / "ivigmon.desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux install")


@pytest.fixture(scope="module")
def icons(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons"), str(out)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture
def built(tmp_path, icons) -> Path:
    """A folder laid out as packaging/build leaves dist/ivigmon (a stand-in program)."""
    folder = tmp_path / "dist" / "ivigmon"
    (folder / "_internal" / "resources").mkdir(parents=True)
    program = folder / "ivigmon"
    program.write_text("#!/bin/sh\necho 'ivigmon 0.1.0'\n")
    program.chmod(0o755)
    (folder / "share" / "applications").mkdir(parents=True)
    shutil.copy(DESKTOP, folder / "share" / "applications" / "ivigmon.desktop")
    shutil.copytree(icons / "hicolor", folder / "share" / "icons" / "hicolor")
    return folder


def run(*args: str, home: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    return subprocess.run(
        ["bash", *args], env=env, capture_output=True, text=True, check=check, timeout=60
    )


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive (Name[pl])
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def installed_files(prefix: Path, datadir: Path) -> list[Path]:
    return [
        prefix / "lib" / "ivigmon" / "ivigmon",
        prefix / "lib" / "ivigmon" / "_internal" / "resources",
        prefix / "bin" / "ivigmon",
        datadir / "applications" / "ivigmon.desktop",
        datadir / "icons" / "hicolor" / "scalable" / "apps" / "ivigmon.svg",
        *(datadir / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "ivigmon.png" for n in SIZES),
    ]


def test_the_desktop_entry_names_the_program_in_english_and_polish():
    keys = entry(DESKTOP)
    assert keys["Type"] == "Application"
    assert keys["Name"] == "ivigmon"
    assert keys["GenericName"] and keys["Comment"]
    assert keys["Comment[pl]"] != keys["Comment"] and keys["GenericName[pl]"]
    assert "Name[pl]" in keys
    assert keys["Exec"].split()[0] == "ivigmon"
    assert keys["Icon"] == "ivigmon"
    assert keys["Categories"] == "Office;MedicalSoftware;"
    assert keys["Terminal"] == "false"
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_icons_are_rendered_at_every_size_and_into_a_windows_icon(icons):
    from PIL import Image

    for size in SIZES:
        with Image.open(icons / "hicolor" / f"{size}x{size}" / "apps" / "ivigmon.png") as png:
            assert png.size == (size, size)
            assert png.getextrema()[3][1] == 255  # opaque where the mark is drawn
            assert png.getpixel((0, 0))[3] == 0  # transparent outside the rounded corner
    with Image.open(icons / "ivigmon.ico") as ico:
        assert set(ico.info["sizes"]) == {(n, n) for n in SIZES}


def test_a_user_install_lands_in_dot_local_and_the_menu_runs_the_installed_program(tmp_path, built):
    home = tmp_path / "home"
    home.mkdir()
    run(str(INSTALL), "--from", str(built), home=home)
    local = home / ".local"
    for path in installed_files(local, local / "share"):
        assert path.exists(), path
    program = local / "lib" / "ivigmon" / "ivigmon"
    assert (local / "bin" / "ivigmon").resolve() == program
    keys = entry(local / "share" / "applications" / "ivigmon.desktop")
    assert keys["Exec"] == f"{program} gui"
    assert keys["TryExec"] == str(program)
    assert keys["Comment[pl]"] == entry(DESKTOP)["Comment[pl]"]
    assert subprocess.run([local / "bin" / "ivigmon"], capture_output=True, text=True).stdout == (
        "ivigmon 0.1.0\n"
    )
    validate = shutil.which("desktop-file-validate")
    if validate:
        installed = local / "share" / "applications" / "ivigmon.desktop"
        subprocess.run([validate, str(installed)], check=True)


def test_a_workstation_prefix_and_a_data_folder_of_its_own(tmp_path, built):
    prefix, datadir = tmp_path / "opt", tmp_path / "usr-local-share"
    run(
        str(INSTALL),
        "--prefix",
        str(prefix),
        "--datadir",
        str(datadir),
        "--from",
        str(built),
        home=tmp_path,
    )
    for path in installed_files(prefix, datadir):
        assert path.exists(), path
    assert not (prefix / "share").exists()


def test_installing_again_replaces_the_program_and_leaves_nothing_of_the_old_one(tmp_path, built):
    home = tmp_path / "home"
    run(str(INSTALL), "--from", str(built), home=home)
    stale = home / ".local" / "lib" / "ivigmon" / "_internal" / "stale.py"
    stale.write_text("from an older version")
    run(str(INSTALL), "--from", str(built), home=home)
    assert not stale.exists()
    assert [p.name for p in (home / ".local" / "lib").iterdir()] == ["ivigmon"]


def test_the_copy_in_the_built_folder_installs_that_folder(tmp_path, built):
    shutil.copy(INSTALL, built / "install")
    home = tmp_path / "home"
    run(str(built / "install"), home=home)
    assert (home / ".local" / "lib" / "ivigmon" / "ivigmon").is_file()


def test_uninstall_takes_away_what_was_installed_and_keeps_the_records(tmp_path, built):
    home = tmp_path / "home"
    local = home / ".local"
    # The ward's database in the user's data folder, and another program's menu entry.
    records = local / "share" / "ivigmon" / "ivigmon.db"
    records.parent.mkdir(parents=True)
    records.write_bytes(b"SQLite format 3\x00 the ward")
    other = local / "share" / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    run(str(INSTALL), "--from", str(built), home=home)
    result = run(str(INSTALL), "--uninstall", home=home)
    assert "records were not touched" in result.stdout
    for path in installed_files(local, local / "share"):
        assert not path.exists() and not path.is_symlink(), path
    assert records.read_bytes() == b"SQLite format 3\x00 the ward"
    assert other.exists()


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--from", "{tmp}/nothing"], 1, "no built ivigmon program"),
        (["--prefix", "relative/dir"], 2, "--prefix must be an absolute path"),
        (["--colour"], 2, "unknown option --colour"),
    ],
)
def test_a_wrong_call_says_why_and_installs_nothing(tmp_path, args, status, message):
    home = tmp_path / "home"
    result = run(str(INSTALL), *(a.format(tmp=tmp_path) for a in args), home=home, check=False)
    assert result.returncode == status
    assert message in result.stderr
    assert not (home / ".local").exists()
