"""`ivigmon report` (SPEC 8): the JSON contract, the printed tables, the files, and bad input
ending with status 2, naming the option, with nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from ivigmon.cli import main
from ivigmon.services.context import open_context
from ivigmon.services.importing import import_document
from tests.factories import NOW, Clock

from .services.test_report import WARD
from .test_cli import digest, run

PER_DIAGNOSIS = ("patients", "treatment", "outcomes")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ward.db"
    assert main(["--db", str(path), "init"]) == 0
    return path


@pytest.fixture
def ward(db: Path) -> Path:
    ctx = open_context(db, clock=Clock(NOW), user="nurse.test")
    import_document(ctx, WARD)
    ctx.store.close()
    return db


def test_json_has_named_tables_of_numbers(ward: Path, capsys):
    code, out, err = run(capsys, "--db", str(ward), "report", "--json")
    assert (code, err) == (0, "")
    tables = {t["name"]: t for t in json.loads(out)["tables"]}
    assert set(tables) >= {
        *PER_DIAGNOSIS,
        "reactions_by_product",
        "reactions_by_lot",
        "reactions_by_premedication",
        "reactions_by_risk_level",
        "reactions_by_risk_factor",
        "follow_up",
        "alerts",
        "published",
    }
    for table in tables.values():
        assert set(table) >= {"name", "columns", "rows"}
        assert all(len(row) == len(table["columns"]) for row in table["rows"])
    for name in PER_DIAGNOSIS:
        rows = tables[name]["rows"]
        assert [r[0] for r in rows] == ["JIA", "KD", "total"]
        for row in rows:
            assert all(v is None or isinstance(v, int | float) for v in row[1:]), row
    total = tables["patients"]["rows"][-1]
    patients = dict(zip(tables["patients"]["columns"], total, strict=True))
    assert (patients["patients"], patients["boys"]) == (3, 2)


def test_the_printed_report_reads_like_the_papers_tables(ward: Path, capsys):
    code, out, _ = run(capsys, "--db", str(ward), "report")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("IVIG cohort report, ")
    assert "every infusion; entered-in-error records left out" in lines
    header = lines.index(
        "Patients by primary diagnosis (Table I): age, weight and height at the first infusion"
    )
    assert lines[header + 1].split() == [
        "DX",
        "PATIENTS",
        "BOYS",
        "AGE",
        "Y",
        "WEIGHT",
        "KG",
        "HEIGHT",
        "CM",
    ]
    assert lines[header + 2].split()[:5] == ["JIA", "2", "(66.7", "%)", "1"]
    assert lines[header + 4].startswith("total  3 (100.0 %)")
    assert any(line.startswith("privigen ") and "1/3  33.3 % (6.2-79.2)" in line for line in lines)
    assert any(
        "Bichuetti-Silva DC et al., Int Immunopharmacol 2014;23:442" in line for line in lines
    )
    assert "nan" not in out.lower()


def test_an_empty_database_prints_tables_that_say_so(db: Path, capsys):
    code, out, err = run(capsys, "--db", str(db), "report")
    assert (code, err) == (0, "")
    assert "No infusions recorded." in out.splitlines()
    assert "no infusions in this report" in out
    code, out, _ = run(capsys, "--db", str(db), "report", "--json")
    assert code == 0 and "NaN" not in out
    tables = {t["name"]: t for t in json.loads(out)["tables"]}
    assert [r[:2] for r in tables["patients"]["rows"]] == [["total", 0]]


def test_filters_reach_the_report(ward: Path, capsys):
    code, out, _ = run(
        capsys, "--db", str(ward), "report", "--json", "--from", "2026-02-01", "--to",
        "2026-02-10", "--diagnosis", "jia",
    )  # fmt: skip
    assert code == 0
    report = json.loads(out)
    assert report["scope"] == {
        "from": "2026-02-01",
        "to": "2026-02-10",
        "diagnosis": "JIA",
        "made_at": report["scope"]["made_at"],
    }
    treatment = {t["name"]: t for t in report["tables"]}["treatment"]
    assert [(r[0], r[1]) for r in treatment["rows"]] == [("JIA", 2), ("total", 2)]  # c1, a3


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".md"])
def test_out_writes_the_file(ward: Path, tmp_path: Path, capsys, suffix: str):
    target = tmp_path / f"report{suffix}"
    code, out, err = run(capsys, "--db", str(ward), "report", "--out", str(target))
    assert (code, err) == (0, "")
    assert out == f"report written: {target}\n"
    assert target.stat().st_size > 0
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(target, read_only=True)
        rows = list(book["treatment"].iter_rows(values_only=True))
        assert [r[:2] for r in rows[1:]] == [("JIA", 4), ("KD", 2), ("total", 6)]
        book.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-13-01"], "ivigmon report: --from: expected a date like 2019-04-02"),
        (["--to", "yesterday"], "ivigmon report: --to: expected a date like 2019-04-02"),
        (
            ["--from", "2026-03-02", "--to", "2026-03-01"],
            "ivigmon report: --to: 2026-03-01 is before --from",
        ),
        (["--diagnosis", "XYZ"], "ivigmon report: --diagnosis: "),
        (["--out", "report.pdf"], "ivigmon report: --out: the file name must end in .xlsx"),
        (["--out", "no/such/folder/r.xlsx"], "ivigmon report: --out: the folder of"),
    ],
)
def test_bad_input_exits_2_naming_the_option_and_changes_nothing(
    ward: Path, tmp_path: Path, capsys, monkeypatch, args: list[str], message: str
):
    monkeypatch.chdir(tmp_path)
    before = digest(ward)
    code, out, err = run(capsys, "--db", str(ward), "report", *args)
    assert code == 2
    assert out == ""
    assert err.startswith(message), err
    assert len(err.splitlines()) == 1
    assert digest(ward) == before
    assert not list(tmp_path.glob("*.pdf"))


def test_an_out_that_is_a_folder_is_refused(ward: Path, tmp_path: Path, capsys):
    folder = tmp_path / "x.csv"
    folder.mkdir()
    code, _, err = run(capsys, "--db", str(ward), "report", "--out", str(folder))
    assert code == 2
    assert err.startswith("ivigmon report: --out: ") and "is a folder" in err
