"""Writes the cohort report as an Excel workbook (a sheet per table), CSV (the tables one
under another) or Markdown; the file replaces an earlier one only once it is complete."""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from ivigmon.domain.timefmt import to_display
from ivigmon.domain.validation import ValidationError
from ivigmon.services.errors import DiskFull, EnvironmentFailure
from ivigmon.services.report import CohortReport
from ivigmon.services.report_tables import Table

SUFFIXES = (".xlsx", ".csv", ".md")
_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
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
        with _replacing(target, binary=True) as handle:
            _xlsx(report, cast(BinaryIO, handle))
    else:
        with _replacing(target, binary=False) as handle:
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


@contextlib.contextmanager
def _replacing(target: Path, *, binary: bool) -> Iterator[IO[Any]]:
    """A file beside `target` that replaces it once complete and synced (nothing is left
    behind when writing fails)."""
    record = f"file {target}"
    if not target.parent.is_dir():
        raise ValidationError(record, "path", "its folder does not exist")
    if target.is_dir():
        raise ValidationError(record, "path", "is a folder, not a file")
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else _TEXT)) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        if exc.errno in _NO_SPACE:
            raise DiskFull(f"the disk holding {target} is full; nothing was written") from exc
        raise EnvironmentFailure(f"cannot write {target} ({exc.strerror})") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


_TEXT: dict[str, Any] = {"encoding": "utf-8", "newline": ""}
