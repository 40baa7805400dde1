"""`ivigmon export --template`: an empty Excel workbook to fill in and import.

A "Read me" sheet says how to fill it; a sheet per kind of record has its header row, each
column formatted for what it holds (text stays text, so leading zeros survive) and, on coded
columns, a drop-down list of the allowed values; a "Codes" sheet lists every code with its
meaning, the ward's product catalogue and check offsets included.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, cast

from ivigmon.domain.products import Product
from ivigmon.domain.roles import Permission
from ivigmon.domain.spreadsheet_codes import GRADES, STRICT, SUGGESTED, YES_NO, strict_codes
from ivigmon.domain.spreadsheet_layout import CODES, READ_ME, SHEETS, Column, Kind
from ivigmon.domain.spreadsheet_read_me import read_me_lines
from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import Context
from ivigmon.services.export_file import atomic_file

# Excel's last row: drop-down lists and formats cover whole columns.
LAST_ROW = 1_048_576
_FORMATS = {
    Kind.ID: "@",
    Kind.TEXT: "@",
    Kind.CODE: "@",
    Kind.CODES: "@",
    Kind.DATE: "yyyy-mm-dd",
    Kind.TIME: "yyyy-mm-dd hh:mm",
}


def write_template(ctx: Context, path: str | os.PathLike[str]) -> Path:
    """Write the template to `path` (an .xlsx name), replacing it only once complete."""
    ctx.require(Permission.VIEW)
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError(
            f"file {target}", "name", f"must end in .xlsx (got {target.suffix or 'no suffix'!r})"
        )
    lists = code_lists(ctx.products(), ctx.check_settings().offsets_h)
    book = build_template(lists)
    with atomic_file(target, binary=True) as handle:
        book.save(cast(BinaryIO, handle))
    return target


def code_lists(
    products: Mapping[str, Product], offsets: Sequence[int]
) -> dict[str, tuple[tuple[str, str], ...]]:
    """Every code list of the workbook, by name: code and meaning."""
    lists = {name: strict_codes(name) for name in STRICT}
    lists.update(SUGGESTED)
    lists["product"] = tuple((pid, _product_words(p)) for pid, p in sorted(products.items()))
    lists["offset"] = tuple((str(h), "hours after the infusion's end") for h in offsets)
    lists["grade"] = GRADES
    lists["yes_no"] = YES_NO
    return lists


def _product_words(product: Product) -> str:
    words = f"{product.name} ({product.maker}, {product.concentration_pct:g} %)"
    return f"{words}, retired" if product.is_retired else words


def build_template(lists: Mapping[str, Sequence[tuple[str, str]]]) -> Any:
    """The template as an openpyxl workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    read_me = book.active
    read_me.title = READ_ME
    read_me.column_dimensions["A"].width = 120
    for line, heading in read_me_lines(lists):
        read_me.append([line])
        cell = read_me.cell(row=read_me.max_row, column=1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if heading:
            cell.font = bold
    ranges = _codes_sheet(book.create_sheet(CODES), lists, bold, header_fill)
    # The Codes sheet comes last: the record sheets are the ones a ward fills.
    for position, sheet in enumerate(SHEETS, start=1):
        ws = book.create_sheet(sheet.name, position)
        ws.freeze_panes = "A2"
        for index, column in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=1, column=index, value=column.header)
            cell.font = bold
            cell.fill = header_fill
            letter = cell.column_letter
            dimension = ws.column_dimensions[letter]
            dimension.width = max(len(column.header) + 2, 12)
            if column.kind in _FORMATS:
                dimension.number_format = _FORMATS[column.kind]
            validation = _validation(DataValidation, column, ranges)
            if validation is not None:
                ws.add_data_validation(validation)
                validation.add(f"{letter}2:{letter}{LAST_ROW}")
    return book


def _codes_sheet(
    ws: Any, lists: Mapping[str, Sequence[tuple[str, str]]], bold: Any, fill: Any
) -> dict[str, str]:
    """The Codes sheet; returns the cell range of each list's codes."""
    ws.append(["list", "code", "meaning"])
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 70
    ranges: dict[str, str] = {}
    for name, codes in lists.items():
        first = ws.max_row + 1
        for code, meaning in codes:
            # Numbers stay numbers (a grade, an offset), so that a typed 3 is one of the list.
            ws.append([name, int(code) if code.isdigit() else code, meaning])
            if not code.isdigit():
                ws.cell(row=ws.max_row, column=2).number_format = "@"
        if codes:
            ranges[name] = f"{CODES}!$B${first}:$B${ws.max_row}"
    return ranges


def _validation(make: Any, column: Column, ranges: Mapping[str, str]) -> Any:
    """A drop-down list for a column with one code per cell: strict lists refuse any other
    value; lists of usual values (a free-text term, a drug, a route) only warn."""
    if column.kind is Kind.BOOL:
        source = ranges.get("yes_no")
    elif column.kind is Kind.CODES:
        return None  # several codes in one cell: a list would refuse them
    else:
        source = ranges.get(column.codes) if column.codes else None
    if source is None:
        return None
    strict = column.kind in (Kind.CODE, Kind.BOOL) or column.codes in ("product", "grade", "offset")
    return make(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
        errorTitle=column.key,
        error=f"{column.about}: choose a value of the list (sheet {CODES})"
        if strict
        else f"{column.about}: not a value of the list (sheet {CODES}); keep it only if meant",
    )


def sheet_names() -> Iterable[str]:
    """The sheets of the template, in order."""
    return (READ_ME, *(s.name for s in SHEETS), CODES)
