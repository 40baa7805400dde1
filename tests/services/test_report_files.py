"""The cohort report written as an Excel workbook, CSV and Markdown, read back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from ivigmon.domain.validation import ValidationError
from ivigmon.services.importing import import_document
from ivigmon.services.report import CohortReport, ReportRequest, cohort_report
from ivigmon.services.report.files import write_report

from .test_report import WARD


@pytest.fixture
def report(ctx) -> CohortReport:
    import_document(ctx, WARD)
    return cohort_report(ctx, ReportRequest())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "reports"
    made.mkdir()
    return made


def test_the_workbook_holds_a_sheet_per_table_with_numbers(report: CohortReport, folder: Path):
    path = write_report(report, folder / "ward.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["about", *(t.name for t in report.tables)]
    for table in report.tables:
        values = list(book[table.name].iter_rows(values_only=True))
        assert values[0] == table.columns
        # Numbers stay numbers; None and "" are empty cells.
        assert [list(v) for v in values[1:]] == [
            [c if c != "" else None for c in row] for row in table.rows
        ]
    patients = list(book["patients"].iter_rows(values_only=True))
    assert patients[-1][:3] == ("total", 3, 100)
    assert isinstance(patients[1][2], float)  # a number, not formatted text
    about = [r for r in book["about"].iter_rows(values_only=True)]
    assert about[2] == ("note", "every infusion; entered-in-error records left out")
    book.close()


def test_the_csv_holds_each_table_as_a_block(report: CohortReport, folder: Path):
    path = write_report(report, folder / "ward.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        lines = list(csv.reader(handle))
    start = lines.index(["treatment", report.table("treatment").title])
    assert lines[start + 1] == list(report.table("treatment").columns)
    assert lines[start + 2][:2] == ["JIA", "4"]
    assert lines[start + 4][:2] == ["total", "6"]
    assert lines[start + 5] == []  # a blank line before the next table


def test_the_markdown_has_a_heading_and_a_table_each(report: CohortReport, folder: Path):
    text = write_report(report, folder / "ward.md").read_text(encoding="utf-8")
    for table in report.tables:
        assert f"## {table.title}" in text
        assert "| " + " | ".join(table.columns) + " |" in text
    assert "| total | 3 | 100.0 |" in text
    assert "Int Immunopharmacol 2014;23:442" in text


def test_an_earlier_file_is_replaced_whole(report: CohortReport, folder: Path):
    path = folder / "ward.md"
    path.write_text("an earlier report", encoding="utf-8")
    write_report(report, path)
    assert path.read_text(encoding="utf-8").startswith("# ivigmon cohort report")
    assert [p.name for p in folder.iterdir()] == ["ward.md"]  # no scratch file left


@pytest.mark.parametrize(
    ("name", "problem"),
    [("ward.pdf", "must end in .xlsx, .csv, .md"), ("missing/ward.xlsx", "folder does not exist")],
)
def test_a_file_that_cannot_be_written_is_refused_by_name(
    report: CohortReport, folder: Path, name: str, problem: str
):
    with pytest.raises(ValidationError, match=problem):
        write_report(report, folder / name)
    assert list(folder.iterdir()) == []
