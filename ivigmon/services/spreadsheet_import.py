"""Import of a spreadsheet, an Excel workbook (.xlsx) or a CSV file, as an `ivigmon/1` document.

Every row is read and each record judged by the interchange parser, so that the problems of
many rows are named together, by sheet, row and column (`spreadsheet_check`); then the
document goes through the very import of a JSON file (`importing.import_document`): all or
nothing, administrators only, the same rules against the database and the same flags, which
come back named by sheet and row too.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from ivigmon.domain.roles import Permission
from ivigmon.domain.spreadsheet_check import record_problems
from ivigmon.domain.spreadsheet_document import Places, document
from ivigmon.domain.spreadsheet_problems import Problems
from ivigmon.domain.spreadsheet_rows import read_workbook
from ivigmon.domain.validation import ValidationError
from ivigmon.services.bulk.spreadsheet_files import read_tables
from ivigmon.services.context import Context
from ivigmon.services.importing import ImportResult, import_document
from ivigmon.services.interchange import MEGABYTE, open_import_file
from ivigmon.services.settings import import_max_mb


def import_spreadsheet(ctx: Context, path: str | os.PathLike[str]) -> ImportResult:
    """Import the .xlsx or .csv file at `path` (a regular file within the import limit)."""
    ctx.require(Permission.IMPORT)
    record = f"file {os.fspath(path)}"
    max_bytes = import_max_mb(ctx) * MEGABYTE
    problems = Problems()
    with (
        open_import_file(record, path, max_bytes) as raw,
        read_tables(record, Path(path), raw, max_bytes) as tables,
    ):
        book = read_workbook(tables, problems)
    now = ctx.now()
    record_problems(
        book,
        problems,
        product_ids=ctx.products().keys(),
        check_offsets=ctx.check_settings().offsets_h,
        now=now,
    )
    problems.raise_any(record)
    if not (book.patients or book.infusions or book.reviews):
        raise ValidationError(record, "rows", "holds no records to import (every sheet is empty)")
    checks = [check for infusion in book.infusions for check in infusion.checks]
    places = Places(book.patients, book.infusions, checks, book.reviews, now=now)
    try:
        result = import_document(ctx, document(book.patients, book.infusions, checks, book.reviews))
    except ValidationError as exc:
        raise places.locate(exc) from None
    return replace(result, flags=tuple(places.locate_flag(f) for f in result.flags))
