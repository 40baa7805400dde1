"""Writes the cohort report as an Excel workbook (a sheet per table), CSV (the tables one
under another) or Markdown; the file replaces an earlier one only once it is complete."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from ivigmon.domain.timefmt import to_display
from ivigmon.domain.validation import ValidationError
from ivigmon.services.export_file import atomic_file
from ivigmon.services.report import CohortReport
from ivigmon.services.report.tables import Table

SUFFIXES = (".xlsx", ".csv", ".md")
# Excel limits a sheet's name to 31 characters.
SHEET_NAME_MAX = 31
ABOUT_SHEET = "about"


def write_report(report: CohortReport, path: str | os.PathLike[str]) -> Path:
    """Write the report in the format its name ends with (.xlsx, .csv or .md)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(
            f"file {target}", "name", f"must end in {', '.join(SUFFIXES)} (got {suffix!r})"
        )
    if suffix == ".xlsx":
        with atomic_file(target, binary=True) as handle:
            _xlsx(report, cast(BinaryIO, handle))
    else:
        with atomic_file(target, binary=False) as handle:
            (_csv if suffix == ".csv" else _markdown)(report, handle)
    return target


def _about(report: CohortReport) -> list[list[str]]:
    made = f"made {to_display(report.made_at)}"
    rows = [["ivigmon cohort report", made], *[["note", n] for n in report.notes]]
    rows += [
        [f"table {t.name}", t.title + (f" ({t.note})" if t.note else "")] for t in report.tables
    ]
    return rows


def _xlsx(report: CohortReport, handle: BinaryIO) -> None:
    import pandas as pd  # only the report pays for pandas

    with pd.ExcelWriter(handle, engine="openpyxl") as book:
        pd.DataFrame(_about(report), columns=["item", "text"]).to_excel(
            book, sheet_name=ABOUT_SHEET, index=False
        )
        for table in report.tables:
            frame = pd.DataFrame(table.rows, columns=list(table.columns))
            frame.to_excel(book, sheet_name=table.name[:SHEET_NAME_MAX], index=False)


def _csv(report: CohortReport, handle: IO[Any]) -> None:
    """Each table as a block: its name and title on a line, the header, the rows, a blank line."""
    out = csv.writer(handle, lineterminator="\n")
    for row in _about(report):
        out.writerow(row)
    for table in report.tables:
        out.writerow([])
        out.writerow([table.name, table.title])
        out.writerow(table.columns)
        out.writerows([_cell(v) for v in row] for row in table.rows)


def _markdown(report: CohortReport, handle: IO[Any]) -> None:
    handle.write(f"# ivigmon cohort report\n\nMade {to_display(report.made_at)}.\n\n")
    for note in report.notes:
        handle.write(f"- {_md(note)}\n")
    for table in report.tables:
        handle.write(f"\n## {_md(table.title)}\n\n")
        if table.note:
            handle.write(f"{_md(table.note)}\n\n")
        handle.write(_md_table(table))


def _md_table(table: Table) -> str:
    lines = [
        "| " + " | ".join(table.columns) + " |",
        "|" + "|".join("---" for _ in table.columns) + "|",
    ]
    lines += ["| " + " | ".join(_md(_cell(v)) for v in row) + " |" for row in table.rows]
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _md(text: str) -> str:
    """Text in a Markdown table cell or line: a `|` would end the cell."""
    return text.replace("|", "\\|").replace("\n", " ")
