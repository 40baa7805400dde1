"""`ivigmon migrate-to-server`: what it prints, and bad input ending with one line and status 2
(1 for the environment), having changed nothing."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from ivigmon.storage.pg.store import display_name

from .server_ward import empty_database, file_digest, rows_of, server_or_skip
from .test_cli import demo_database, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("move-cli") / "ward.db"
    return path, demo_database(path, "--patients", "12", "--seed", "6")


@pytest.fixture
def ward(
    demo: tuple[Path, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """This test's copy of the demo ward; commands on it (and on the server it moves to) act
    as its administrator."""
    server_or_skip()
    monkeypatch.setenv("IVIGMON_USER", "demo.admin")
    monkeypatch.setenv("IVIGMON_PASSWORD", demo[1]["demo.admin"])
    copy = tmp_path / "ward.db"
    shutil.copy2(demo[0], copy)  # owner-only, as the demo made it
    return copy


@pytest.fixture
def target() -> Iterator[str]:
    with empty_database() as url:
        yield url


def with_password(url: str, password: str) -> str:
    parts = conninfo_to_dict(url)
    return (
        f"postgresql://{parts['user']}:{password}@{parts['host']}:{parts['port']}/{parts['dbname']}"
    )


def test_a_ward_moves_and_the_command_says_how_to_use_it(ward: Path, target: str, capsys):
    before = file_digest(ward)
    # The test server trusts its accounts: the password is not checked, only never shown.
    code, out, err = run(
        capsys, "migrate-to-server", "--from", str(ward), "--to", with_password(target, "s3cret")
    )
    assert (code, err) == (0, "")
    assert "s3cret" not in out
    lines = out.splitlines()
    assert lines[0] == f"moved {ward} to {display_name(target)} in one transaction"
    assert lines[1].startswith("rows copied, counted the same on both sides: patients 12, ")
    assert lines[2].startswith("audit trail: ") and "checks out on the server" in lines[2]
    assert lines[3].startswith("record this head elsewhere: ivigmon-audit-head entries=")
    assert f"ivigmon --db {display_name(target)}" in lines[-1]
    assert file_digest(ward) == before
    for command in ("due", "alerts"):
        on_server = run(capsys, "--db", target, command, "--json")
        assert on_server == run(capsys, "--db", str(ward), command, "--json")
    assert json.loads(on_server[1])  # the demo ward has open alerts


@pytest.mark.parametrize(
    ("make", "status", "text"),
    [
        ("missing", 2, "there is no ward database file at {file}"),
        ("letter", 2, "{file} is not an ivigmon database"),
        ("to-a-file", 2, "--to: address: is not a server; give postgresql://user@host/database"),
        ("from-a-server", 2, "--from: path: names a server; give the ward's database file"),
        (
            "unreachable",
            1,
            "the ward server postgresql://nobody@127.0.0.1:9/ward cannot be reached",
        ),
    ],
)
def test_bad_input_gets_one_line_and_changes_nothing(
    ward: Path, tmp_path: Path, target: str, capsys, make: str, status: int, text: str
):
    file = tmp_path / "nothing.db"
    if make == "letter":
        file.write_text("a letter")
    source, to = str(file), target
    if make == "to-a-file":
        to = str(tmp_path / "other.db")
    elif make == "from-a-server":
        source = target
    elif make == "unreachable":
        source, to = str(ward), "postgresql://nobody@127.0.0.1:9/ward"
    code, out, err = run(capsys, "migrate-to-server", "--from", source, "--to", to)
    assert (code, out) == (status, "")
    assert err.startswith(f"ivigmon migrate-to-server: {text.format(file=file)}")
    assert err.count("\n") == 1
    assert rows_of(target) == []
    assert not (tmp_path / "other.db").exists()


def test_a_target_with_records_is_refused_by_name(ward: Path, target: str, capsys):
    assert run(capsys, "migrate-to-server", "--from", str(ward), "--to", target)[0] == 0
    before = rows_of(target)
    code, out, err = run(capsys, "migrate-to-server", "--from", str(ward), "--to", target)
    assert (code, out) == (2, "")
    assert re.fullmatch(
        f"ivigmon migrate-to-server: {re.escape(display_name(target))} already holds records "
        r"\(patients 12, infusions \d+, users 3, products 15 and \d+ more tables\); a ward "
        "moves only into an empty database; nothing was copied\n",
        err,
    )
    assert rows_of(target) == before
