"""`ivigmon export --template FILE.xlsx` and `ivigmon import FILE.xlsx|FILE.csv`: status 0 with
a summary, or status 2 with one line naming sheet, row and column, and the database unchanged."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ivigmon.cli import main
from ivigmon.domain.roles import Role
from ivigmon.services import users
from ivigmon.services.context import open_context
from ivigmon.services.settings import save_import_max_mb
from tests.services.spreadsheet_fill import RICH, fill, rows_of, write_csv

from .test_cli import digest, ivigmon, run

PASSWORD = "copper lantern meadow quartz"


@pytest.fixture(scope="module")
def accounts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A database with an administrator (lead) and a nurse (anna); commands run as lead."""
    path = tmp_path_factory.mktemp("accounts") / "ward.db"
    ctx = open_context(path)
    try:
        for name, role in (("lead", "admin"), ("anna", "nurse")):
            users.add_user(ctx, username=name, display_name=name, role=role, password=PASSWORD)
    finally:
        ctx.store.close()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("IVIGMON_USER", "lead")
        env.setenv("IVIGMON_PASSWORD", PASSWORD)
        yield path


@pytest.fixture(scope="module")
def filled(accounts: Path) -> Path:
    """`export --template`, filled in with RICH."""
    target = accounts.with_name("template.xlsx")
    printed = io.StringIO()
    code = main(["--db", str(accounts), "export", "--template", str(target)], out=printed)
    assert code == 0
    assert printed.getvalue() == (
        f"wrote the import template to {target}; fill it in, then: ivigmon import {target}\n"
    )
    return fill(target, accounts.with_name("filled.xlsx"))


@pytest.fixture
def ward(accounts: Path, tmp_path: Path) -> Path:
    """A copy of the database with accounts, for one test."""
    for part in accounts.parent.glob(f"{accounts.name}*"):
        shutil.copy(part, tmp_path / part.name)
    return tmp_path / accounts.name


@pytest.fixture
def ward_xlsx(filled: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(filled, tmp_path / "ward.xlsx"))


def test_a_filled_template_imports_with_status_0(ward: Path, ward_xlsx: Path, capsys):
    code, out, err = run(capsys, "--db", str(ward), "import", str(ward_xlsx))
    assert (code, err) == (0, "")
    assert out.startswith(f"imported 2 patients, 2 infusions, 2 done checks into {ward}\n")


def test_a_bad_row_exits_2_in_one_line_and_imports_nothing(ward: Path, ward_xlsx: Path):
    path = ward_xlsx
    book = load_workbook(path)
    book["Infusions"]["J2"] = -3
    book.save(path)
    before = digest(ward)
    done = ivigmon("--db", str(ward), "import", str(path), env={"IVIGMON_USER": "lead"})
    assert done.returncode == 2
    assert done.stderr == (
        "ivigmon import: sheet Infusions, row 2, column dose_g (g): must be more than 0 g"
        " (got -3)\n"
    )
    assert done.stdout == ""
    assert digest(ward) == before


def test_several_problems_are_one_line(ward: Path, ward_xlsx: Path, capsys):
    path = ward_xlsx
    book = load_workbook(path)
    book["Infusions"]["J3"] = -3
    book["Rate steps"]["C3"] = "fast"
    book.save(path)
    before = digest(ward)
    code, out, err = run(capsys, "--db", str(ward), "import", str(path))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith(f"ivigmon import: file {path}: 2 problems, nothing imported: (1) sheet")
    assert "(2) sheet Infusions, row 3, column dose_g (g)" in err
    assert digest(ward) == before


def test_a_nurse_may_not_import_a_spreadsheet(ward: Path, ward_xlsx: Path, capsys):
    path = ward_xlsx
    before = digest(ward)
    code, _, err = run(capsys, "--db", str(ward), "--user", "anna", "import", str(path))
    assert code == 2
    assert err.count("\n") == 1 and "nurses may not import records" in err
    assert digest(ward) == before


def test_csv_imports_and_a_csv_that_fits_no_sheet_is_refused(ward: Path, tmp_path: Path, capsys):
    rows = rows_of(RICH)
    patients = write_csv(tmp_path / "patients.csv", "Patients", rows["Patients"])
    code, out, err = run(capsys, "--db", str(ward), "import", str(patients))
    assert (code, err) == (0, "")
    assert out.startswith("imported 2 patients, 0 infusions, 0 done checks")
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("patient,weight\nK-1,14\n", encoding="utf-8")
    before = digest(ward)
    code, out, err = run(capsys, "--db", str(ward), "import", str(wrong))
    assert (code, out) == (2, "")
    assert err.startswith(
        f"ivigmon import: file {wrong}: header: a CSV file is one sheet of the template,"
        " recognised by its header row"
    )
    assert err.count("\n") == 1
    assert digest(ward) == before


def test_a_zip_bomb_exits_2(ward: Path, tmp_path: Path, capsys):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    ctx = open_context(ward)
    try:
        ctx.act_as("lead", Role.ADMIN)
        save_import_max_mb(ctx, 1)
    finally:
        ctx.store.close()
    before = digest(ward)
    code, out, err = run(capsys, "--db", str(ward), "import", str(path))
    assert (code, out) == (2, "")
    assert "size: unpacks to 3 MB, more than the import limit of 1 MB" in err
    assert digest(ward) == before


@pytest.mark.parametrize(
    "args",
    [
        ["--template", "t.xlsx", "ward.json"],
        ["--template", "t.xlsx", "--fhir", "ward.json"],
    ],
)
def test_the_template_is_written_alone(ward: Path, tmp_path: Path, capsys, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", str(ward), "export", *args)
    assert (code, out) == (2, "")
    assert err == (
        "ivigmon export: --template: give either --template FILE.xlsx, FILE.json (ivigmon/1)"
        " or --fhir FILE.json\n"
    )
    assert not list(tmp_path.glob("t.xlsx")) and not list(tmp_path.glob("ward.json"))


def test_a_template_needs_the_xlsx_name(ward: Path, tmp_path: Path, capsys):
    code, out, err = run(capsys, "--db", str(ward), "export", "--template", str(tmp_path / "t.csv"))
    assert (code, out) == (2, "")
    assert "must end in .xlsx" in err
