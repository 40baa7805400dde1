"""A workbook's sheets read into rows and put together by record: a patient with its
diagnoses and measurements, an infusion with its lots, steps, premedications, vital signs,
events and checks. Every cell of every row is read; each problem is named by sheet, row and
column. What the rows say clinically is judged afterwards, by the interchange parser."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.spreadsheet_cells import Cell, CellProblem, read_cell
from ivigmon.domain.spreadsheet_layout import (
    ADVERSE_EVENTS,
    ALERT_REVIEWS,
    CHECKS,
    COMORBIDITIES,
    INFUSIONS,
    MEASUREMENTS,
    MORE_LOTS,
    NOT_RECORDS,
    OTHER_DIAGNOSES,
    PATIENTS,
    PREMEDICATIONS,
    RATE_STEPS,
    SHEETS,
    VITAL_SIGNS,
    Column,
    Sheet,
    column_key,
)
from ivigmon.domain.spreadsheet_problems import Problems, sheet_problem
from ivigmon.domain.validation import ValidationError, did_you_mean, look_alike, show


@dataclass(frozen=True)
class Table:
    """A sheet as read from the file: its name, its first row, and its other non-empty rows
    with their numbers as Excel shows them."""

    name: str
    header: tuple[Cell, ...]
    rows: Iterable[tuple[int, tuple[Cell, ...]]]


@dataclass
class Row:
    """A row read: the interchange value of each readable, non-empty cell by column key."""

    sheet: Sheet
    number: int
    values: dict[str, object]
    broken: bool = False


@dataclass
class PatientRows:
    row: Row
    diagnoses: list[Row] = field(default_factory=list)
    comorbidities: list[Row] = field(default_factory=list)
    measurements: list[Row] = field(default_factory=list)


@dataclass
class InfusionRows:
    row: Row
    lots: list[Row] = field(default_factory=list)
    rate_steps: list[Row] = field(default_factory=list)
    premedications: list[Row] = field(default_factory=list)
    vitals: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    checks: list[Row] = field(default_factory=list)


@dataclass
class Workbook:
    patients: list[PatientRows] = field(default_factory=list)
    infusions: list[InfusionRows] = field(default_factory=list)
    reviews: list[Row] = field(default_factory=list)


# Where each lower sheet's rows go: the parent's key column, and the list they join.
_PATIENT_PARTS = {
    OTHER_DIAGNOSES.name: "diagnoses",
    COMORBIDITIES.name: "comorbidities",
    MEASUREMENTS.name: "measurements",
}
_INFUSION_PARTS = {
    MORE_LOTS.name: "lots",
    RATE_STEPS.name: "rate_steps",
    PREMEDICATIONS.name: "premedications",
    VITAL_SIGNS.name: "vitals",
    ADVERSE_EVENTS.name: "events",
    CHECKS.name: "checks",
}


def read_workbook(tables: Iterable[Table], problems: Problems) -> Workbook:
    """Every table read and its rows joined to their records; problems gathered on the way."""
    by_sheet: dict[str, list[Row]] = {}
    # Sheets whose header is wrong: their rows are not read, so the rows of the sheets below
    # them are not orphans, and are not named as such.
    unread: set[str] = set()
    for table in tables:
        sheet = _sheet_named(table, problems)
        if sheet is not None:
            rows = _read_rows(sheet, table, problems)
            if rows is None:
                unread.add(sheet.name)
            else:
                by_sheet[sheet.name] = rows
    book = Workbook(reviews=by_sheet.get(ALERT_REVIEWS.name, []))
    patients = _index(by_sheet.get(PATIENTS.name, []), "mrn", problems, mrn=True)
    infusions = _index(by_sheet.get(INFUSIONS.name, []), "id", problems, mrn=False)
    book.patients = [PatientRows(row) for row in patients.values()]
    book.infusions = [InfusionRows(row) for row in infusions.values()]
    patient_of = {identifier_key(str(p.row.values["mrn"])): p for p in book.patients}
    infusion_of = {str(i.row.values["id"]): i for i in book.infusions}
    for name, part in _PATIENT_PARTS.items():
        for row in by_sheet.get(name, []):
            mrn = row.values.get("mrn")
            owner = patient_of.get(identifier_key(mrn)) if isinstance(mrn, str) else None
            if owner is not None:
                getattr(owner, part).append(row)
            elif isinstance(mrn, str) and PATIENTS.name not in unread:
                _no_parent(problems, row, "mrn", f"no patient {show(mrn)} on the sheet Patients")
    for name, part in _INFUSION_PARTS.items():
        for row in by_sheet.get(name, []):
            infusion_id = row.values.get("infusion_id")
            found = infusion_of.get(infusion_id) if isinstance(infusion_id, str) else None
            if found is not None:
                getattr(found, part).append(row)
            elif isinstance(infusion_id, str) and INFUSIONS.name not in unread:
                _no_parent(
                    problems,
                    row,
                    "infusion_id",
                    f"no infusion {show(infusion_id)} on the sheet Infusions",
                )
    return book


def sheet_for_header(header: Sequence[Cell], source: str) -> Sheet:
    """The sheet a CSV file is: the one whose columns its header row names (every required
    column, nothing foreign). Raises a problem naming the rule otherwise."""
    keys = {column_key(str(c.value)) for c in header if _filled(c)}
    fits = [
        s
        for s in SHEETS
        if keys <= {c.key for c in s.columns}
        and all(c.key in keys for c in s.columns if c.required)
    ]
    if len(fits) == 1:
        return fits[0]
    names = ", ".join(s.name for s in fits) if fits else "no sheet"
    raise ValidationError(
        source,
        "header",
        "a CSV file is one sheet of the template, recognised by its header row: every required"
        f" column of that sheet and no other column (the header fits {names}); copy the header"
        " row of one sheet of `ivigmon export --template`",
    )


def _sheet_named(table: Table, problems: Problems) -> Sheet | None:
    wanted = table.name.strip().lower()
    for sheet in SHEETS:
        if sheet.name.lower() == wanted:
            return sheet
    if wanted in (name.lower() for name in NOT_RECORDS):
        return None
    if not any(_filled(c) for c in table.header) and not any(True for _ in table.rows):
        return None  # an empty sheet of its own (Excel's "Sheet1")
    names = [s.name for s in SHEETS]
    problems.add(
        sheet_problem(
            table.name,
            None,
            "",
            f"not a sheet of the template{did_you_mean(table.name, names)}; its rows would not"
            f" be imported (the sheets are {', '.join(names)})",
        )
    )
    return None


def _read_rows(sheet: Sheet, table: Table, problems: Problems) -> list[Row] | None:
    """The sheet's rows, or None when its header is wrong."""
    if not any(_filled(c) for c in table.header):
        if not any(True for _ in table.rows):
            return []
        problems.add(
            sheet_problem(
                sheet.name,
                1,
                "",
                "the first row must name the columns; copy it from the template",
            )
        )
        return None
    columns = _header(sheet, table, problems)
    if columns is None:
        return None
    rows: list[Row] = []
    for number, cells in table.rows:
        row = Row(sheet, number, {})
        wrong: set[str] = set()
        for index, cell in enumerate(cells):
            column = columns.get(index)
            if column is not None:
                try:
                    value = read_cell(column, cell)
                except CellProblem as exc:
                    wrong.add(column.key)
                    _problem(problems, row, f"column {column.header}", str(exc))
                    continue
                if value is not None:
                    row.values[column.key] = value
            elif _filled(cell):
                _problem(
                    problems,
                    row,
                    f"column {_letter(index)}",
                    "a value in a column without a header; give the column its header or clear it",
                )
        for column in sheet.columns:
            if column.required and column.key not in row.values and column.key not in wrong:
                _problem(problems, row, f"column {column.header}", "empty; this column is required")
        rows.append(row)
    return rows


def _problem(problems: Problems, row: Row, where: str, problem: str) -> None:
    row.broken = True
    problems.add(sheet_problem(row.sheet.name, row.number, where, problem))


def _header(sheet: Sheet, table: Table, problems: Problems) -> dict[int, Column | None] | None:
    """Each header cell's column (None: an empty header cell); None when the header is wrong."""
    known = {c.key: c for c in sheet.columns}
    columns: dict[int, Column | None] = {}
    seen: dict[str, int] = {}
    wrong = False
    for index, cell in enumerate(table.header):
        if not _filled(cell):
            columns[index] = None
            continue
        text = str(cell.value).strip()
        key = column_key(text)
        where = f"column {text}"
        if key not in known:
            wrong = True
            allowed = ", ".join(c.header for c in sheet.columns)
            problems.add(
                sheet_problem(
                    sheet.name,
                    1,
                    where,
                    f"unknown column{did_you_mean(key, list(known))}; this sheet's columns are"
                    f" {allowed}",
                )
            )
        elif key in seen:
            wrong = True
            problems.add(
                sheet_problem(
                    sheet.name,
                    1,
                    where,
                    f"appears twice in the header (also column {_letter(seen[key])}); which one"
                    " is meant?",
                )
            )
        else:
            seen[key] = index
            columns[index] = known[key]
    for column in sheet.columns:
        if column.required and column.key not in seen:
            wrong = True
            problems.add(
                sheet_problem(
                    sheet.name, 1, f"column {column.header}", "missing; this column is required"
                )
            )
    return None if wrong else columns


def _index(rows: list[Row], key: str, problems: Problems, *, mrn: bool) -> dict[str, Row]:
    """The rows of the Patients or Infusions sheet by their identifier; a second row with the
    same identifier (or, for an MRN, one that looks the same) is a problem."""
    found: dict[str, Row] = {}
    for row in rows:
        value = row.values.get(key)
        if not isinstance(value, str):
            continue
        index = identifier_key(value) if mrn else value
        earlier = found.get(index)
        if earlier is None:
            found[index] = row
            continue
        first = str(earlier.values[key])
        problem = (
            f"appears twice on this sheet (also row {earlier.number})"
            if first == value
            else look_alike(value, first, f"the MRN on row {earlier.number}")
        )
        _problem(problems, row, f"column {row.sheet.column(key).header}", problem)
    return found


def _no_parent(problems: Problems, row: Row, key: str, problem: str) -> None:
    _problem(problems, row, f"column {row.sheet.column(key).header}", problem)


def _filled(cell: Cell) -> bool:
    value = cell.value
    return value is not None and not (isinstance(value, str) and not value.strip())


def _letter(index: int) -> str:
    """Excel's name of a column from its index (0 is A, 26 is AA)."""
    name = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def is_empty_row(cells: Iterable[Cell]) -> bool:
    """A row with nothing in it (Excel keeps formatted empty rows): it is passed over."""
    return not any(_filled(c) for c in cells)
