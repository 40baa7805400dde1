"""Reading a spreadsheet to import, an Excel workbook (.xlsx) or a CSV file, into tables of
cells, safely: within the import limit, uncompressed sizes included, in bounded memory.

An .xlsx file is a zip archive of XML files. Before anything is parsed, the sizes its archive
declares are added up and refused above the import limit (a small file can unpack to
gigabytes: a zip bomb); Python's zipfile never returns more of a member than its declared
size, so the sum bounds what is read. openpyxl then reads it in read-only mode (a row at a
time), with defusedxml installed, which refuses XML entity declarations (a "billion laughs"
file). Cached values of formulas are read, as Excel shows them.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError

from ivigmon.domain.spreadsheet_cells import Cell
from ivigmon.domain.spreadsheet_rows import Table, is_empty_row, sheet_for_header
from ivigmon.domain.validation import ValidationError
from ivigmon.services.interchange import MEGABYTE
from ivigmon.services.settings import IMPORT_MAX_MB_KEY

XLSX = ".xlsx"
CSV = ".csv"
# Formats that look like spreadsheets but are not read: the message says what to do instead.
_OTHER_FORMATS = {
    ".xls": "an Excel 97-2003 workbook",
    ".xlsm": "a workbook with macros",
    ".xlsb": "a binary Excel workbook",
    ".ods": "an OpenDocument spreadsheet",
}
# Rows with something in them, all sheets together, held in memory at once; a larger record
# goes through the interchange file (JSON), which is read item by item.
MAX_ROWS = 100_000
# A CSV line longer than this is no row of a ward's record.
MAX_LINE = 1_000_000
# What a broken or hostile archive raises inside openpyxl (defusedxml's refusals are
# ValueErrors); each is the file's fault, not the computer's.
_UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    ValueError,
    TypeError,
    ParseError,
    IndexError,
    AttributeError,
    EOFError,
    NotImplementedError,
)


def is_spreadsheet(path: str | Path) -> bool:
    """Whether the file is imported as a spreadsheet (by its name), rather than as JSON."""
    suffix = Path(path).suffix.lower()
    return suffix in (XLSX, CSV) or suffix in _OTHER_FORMATS


@contextmanager
def read_tables(record: str, path: Path, raw: IO[bytes], max_bytes: int) -> Iterator[list[Table]]:
    """The file's tables, their rows read one at a time while the context is open (reading
    a row may raise `ValidationError` naming the file)."""
    suffix = path.suffix.lower()
    if suffix in _OTHER_FORMATS:
        raise ValidationError(
            record,
            "format",
            f"{_OTHER_FORMATS[suffix]} ({suffix}) cannot be read; save it as an Excel workbook"
            " (.xlsx) or as CSV UTF-8 (.csv)",
        )
    budget = _Budget(record)
    if suffix == CSV:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            yield [_csv_table(record, text, budget)]
        finally:
            text.detach()  # the caller closes the file
        return
    _refuse_zip_bomb(record, raw, max_bytes)
    raw.seek(0)
    with _reading(record):
        # Imported here: only this command needs the workbook reader.
        import openpyxl

        book = openpyxl.load_workbook(raw, read_only=True, data_only=True, keep_links=False)
    try:
        with _reading(record):
            sheets = list(book.worksheets)
        yield [_sheet_table(record, sheet, budget) for sheet in sheets]
    finally:
        book.close()


@contextmanager
def _reading(record: str) -> Iterator[None]:
    """Problems of the workbook met while openpyxl reads it, named as the file's."""
    # openpyxl warns of parts it drops (extensions, missing styles): nothing a ward can act on,
    # and a warning on the terminal would break the one-line answer of the command line.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            yield
        except ValidationError:
            raise
        except _UNREADABLE as exc:
            raise ValidationError(
                record, "format", f"is not a readable Excel workbook (.xlsx): {_reason(exc)}"
            ) from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:200]


def _refuse_zip_bomb(record: str, raw: IO[bytes], max_bytes: int) -> None:
    try:
        with zipfile.ZipFile(raw) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        # Excel saves a workbook with a password as an encrypted file, not as a zip archive.
        raise ValidationError(
            record,
            "format",
            f"is not an Excel workbook (.xlsx): {_reason(exc)} (a workbook protected by a"
            " password cannot be read: save it without one)",
        ) from None
    if unpacked > max_bytes:
        raise ValidationError(
            record,
            "size",
            f"unpacks to {unpacked // MEGABYTE:,} MB, more than the import limit of"
            f" {max_bytes // MEGABYTE:,} MB (setting {IMPORT_MAX_MB_KEY}); an administrator"
            " can raise it",
        )


class _Budget:
    """The rows with something in them, counted over all the tables of one file."""

    def __init__(self, record: str) -> None:
        self.record = record
        self.rows = 0

    def numbered(
        self, rows: Iterator[tuple[Cell, ...]], *, first: int
    ) -> Iterator[tuple[int, tuple[Cell, ...]]]:
        """The non-empty rows with their numbers (from `first`); at most MAX_ROWS in all."""
        for number, cells in enumerate(rows, start=first):
            if is_empty_row(cells):
                continue
            self.rows += 1
            if self.rows > MAX_ROWS:
                raise ValidationError(
                    self.record,
                    "rows",
                    f"more than {MAX_ROWS:,} rows; import it in parts, or as an ivigmon/1"
                    " JSON file",
                )
            yield number, cells


def _sheet_table(record: str, sheet: Any, budget: _Budget) -> Table:
    # The size a sheet declares may be wrong (some programs write none, or a stale one): every
    # row it holds is read, not only the rows it declares.
    with _reading(record):
        sheet.reset_dimensions()
        rows = _sheet_rows(record, iter(sheet.iter_rows()))
    header = next(rows, ())
    return Table(str(sheet.title), header, budget.numbered(rows, first=2))


def _sheet_rows(record: str, rows: Iterator[Any]) -> Iterator[tuple[Cell, ...]]:
    """Each row's cells; only openpyxl's reading is guarded, never what is done with a row."""
    while True:
        with _reading(record):
            try:
                row = next(rows)
            except StopIteration:
                return
            cells = tuple(_cell(c) for c in row)
        yield cells


def _cell(cell: Any) -> Cell:
    if cell.value is None:
        return Cell(None)
    if getattr(cell, "data_type", "") == "e":
        return Cell(cell.value, error=True)
    return Cell(cell.value, str(getattr(cell, "number_format", None) or "General"))


def _csv_table(record: str, text: IO[str], budget: _Budget) -> Table:
    """A CSV file in UTF-8 (Excel's "CSV UTF-8" begins with a byte order mark, which is
    skipped), its fields separated by commas, semicolons (Excel's choice where the comma is
    the decimal mark) or tabs: whichever its header row holds most of."""
    lines = _lines(record, text)
    first = next(lines, "")
    delimiter = max(",;\t", key=first.count)
    rows = _csv_rows(record, csv.reader(_chain(first, lines), delimiter=delimiter))
    header = next(rows, ())
    sheet = sheet_for_header(header, record)
    return Table(sheet.name, header, budget.numbered(rows, first=2))


def _lines(record: str, text: IO[str]) -> Iterator[str]:
    number = 0
    while True:
        number += 1
        try:
            line = text.readline(MAX_LINE)
        except UnicodeDecodeError:
            # Text is decoded by the block, so the line is not known exactly.
            raise ValidationError(
                record,
                "text",
                f"is not UTF-8 text (from about line {number}); save the file as CSV UTF-8"
                " (comma delimited)",
            ) from None
        if not line:
            return
        if len(line) == MAX_LINE and not line.endswith("\n"):
            raise ValidationError(
                record, f"line {number}", f"is longer than {MAX_LINE:,} characters"
            )
        yield line


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def _csv_rows(record: str, rows: Iterator[list[str]]) -> Iterator[tuple[Cell, ...]]:
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ValidationError(record, "format", f"is not CSV: {exc}") from None
        yield tuple(Cell(value) for value in row)
