"""The words of the template's "Read me" sheet: how to fill the workbook, sheet by sheet."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ivigmon.domain.spreadsheet_layout import CODES, SHEETS, Column, Kind
from ivigmon.domain.spreadsheet_problems import MAX_PROBLEMS

_INTRO = (
    "How to fill this workbook",
    "One row is one record. The first row of each sheet names its columns: keep it as it is"
    " (a column may be left out when it is optional; the text in brackets is only a reminder"
    " of the unit or form).",
    "Leave a sheet empty when there is nothing to record on it. Empty rows are passed over.",
    "Dates: YYYY-MM-DD (2019-04-02). Times: local wall-clock time YYYY-MM-DD HH:MM"
    " (2026-03-01 09:00). Date cells of Excel are understood; a time needs its date, and a date"
    " with slashes (01/03/2026) is refused, since the day and the month could be swapped.",
    "Numbers: in the unit of the header, the number alone (28, not 28 g). A number typed as"
    " text is read as the bedside forms read it (14,2 is 14.2).",
    "Identifiers (MRN, infusion id, lot): text. Their columns are formatted as Text so that"
    " leading zeros stay; a number in them is refused (000123 would have become 123).",
    "Yes/no columns: yes or no (TRUE and FALSE are understood).",
    f"Coded columns take a code of the sheet {CODES} (a drop-down list offers them). Several"
    " codes in one cell (symptoms, seriousness) are separated by commas.",
    "Outer spaces of a cell are ignored. Values in a column without a header are refused.",
    "Lower sheets name the record they belong to: a patient by mrn (as on the sheet"
    " Patients), an infusion by infusion_id (as in the column id of the sheet Infusions).",
)
_IMPORT = (
    "Importing",
    "An administrator imports the file: ivigmon import FILE.xlsx. The import is all or"
    " nothing: every row is checked, with the same rules as the interchange file (ivigmon/1);"
    " when anything is wrong nothing is imported, and each problem is named by sheet, row and"
    f" column (up to {MAX_PROBLEMS} at a time). Values that are possible but worth a second"
    " look (an expired lot, a large dose) are imported and listed as flags.",
    "A patient or an infusion that is already in the database is refused by name; an infusion"
    " may belong to a patient already in the database.",
    "CSV: a CSV file is one sheet of this workbook, recognised by its header row (every required"
    " column of that sheet and no other). Save it as CSV UTF-8; the fields may be separated by"
    " commas, semicolons or tabs. The sheets Patients and Infusions can be imported alone; the"
    " others belong to infusions in the same file, so they need the workbook.",
)


def read_me_lines(lists: Mapping[str, Sequence[tuple[str, str]]]) -> list[tuple[str, bool]]:
    """Each line of the sheet, and whether it is a heading."""
    lines: list[tuple[str, bool]] = [("ivigmon: spreadsheet import (ivigmon/1)", True), ("", False)]
    for part in (_INTRO, _IMPORT):
        lines.append((part[0], True))
        lines += [(f"- {text}", False) for text in part[1:]]
        lines.append(("", False))
    for sheet in SHEETS:
        lines.append((f"Sheet {sheet.name}: {sheet.about}", True))
        lines += [(f"  {_column_line(c, lists)}", False) for c in sheet.columns]
        lines.append(("", False))
    return lines


def _column_line(column: Column, lists: Mapping[str, Sequence[tuple[str, str]]]) -> str:
    need = "required" if column.required else "optional"
    text = f"{column.header}: {column.about} ({need})"
    if column.codes and column.kind in (Kind.CODE, Kind.CODES):
        text += f"; codes of the list {column.codes} on the sheet {CODES}"
    elif column.codes and lists.get(column.codes):
        shown = ", ".join(code for code, _ in lists[column.codes][:6])
        more = ", ..." if len(lists[column.codes]) > 6 else ""
        text += f"; e.g. {shown}{more} (list {column.codes} on the sheet {CODES})"
    return text
