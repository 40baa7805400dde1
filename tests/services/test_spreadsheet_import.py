"""Importing a spreadsheet: the template, a filled template giving the same records as the
JSON file, problems named by sheet, row and column with nothing imported, CSV files, and
files that are not what they seem (a zip bomb, XML entities, an old format)."""

from __future__ import annotations

import copy
import json
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import load_workbook

from ivigmon.domain.roles import Role
from ivigmon.domain.spreadsheet_layout import CODES, READ_ME, SHEETS, column_key
from ivigmon.domain.spreadsheet_problems import MAX_PROBLEMS, SeveralProblems, SheetProblem
from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import NotPermitted
from ivigmon.services.importing import import_file
from ivigmon.services.interchange import export_document
from ivigmon.services.settings import save_import_max_mb
from ivigmon.services.spreadsheet_import import import_spreadsheet
from ivigmon.services.spreadsheet_template import sheet_names, write_template
from tests.dumps import dump
from tests.factories import NOW, Clock

from .spreadsheet_fill import RICH, fill, rows_of, write_csv


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template of a fresh database (the shipped catalogue, the default offsets)."""
    folder = tmp_path_factory.mktemp("template")
    ctx = open_context(folder / "ward.db", clock=Clock(NOW), user="nurse.test")
    try:
        return write_template(ctx, folder / "template.xlsx")
    finally:
        ctx.store.close()


@pytest.fixture(scope="module")
def filled(template: Path) -> Path:
    """The template filled with RICH (copied by `ward_xlsx` for each test)."""
    return fill(template, template.with_name("filled.xlsx"))


@pytest.fixture
def ward_xlsx(filled: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(filled, tmp_path / "ward.xlsx"))


def _dump(ctx: Context) -> list[str]:
    return dump(ctx.store.conn)


def _refused(ctx: Context, path: Path) -> ValidationError:
    """The import of `path` is refused and the database is left as it was."""
    before = _dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_spreadsheet(ctx, path)
    assert _dump(ctx) == before
    return err.value


def _infusion(ctx: Context, infusion_id: str) -> dict[str, Any]:
    exported = export_document(ctx)["infusions"]
    return next(i for i in exported if i["id"] == infusion_id)


def _edit(path: Path, *edits: tuple[str, str, Any]) -> Path:
    """`path` with each (sheet, cell, value) written, as a ward would type it."""
    book = load_workbook(path)
    for sheet, cell, value in edits:
        target = book[sheet][cell]
        target.value = value
        if isinstance(value, date) and not isinstance(value, datetime):
            target.number_format = "yyyy-mm-dd"  # as Excel formats a date typed alone
    book.save(path)
    return path


# --------------------------------------------------------------------------------------------
# The template
# --------------------------------------------------------------------------------------------


def test_the_template_has_every_sheet_and_header_with_units(template: Path):
    book = load_workbook(template)
    assert book.sheetnames == list(sheet_names())
    assert book.sheetnames[0] == READ_ME and book.sheetnames[-1] == CODES
    for sheet in SHEETS:
        headers = [c.value for c in book[sheet.name][1]]
        assert headers == [c.header for c in sheet.columns], sheet.name
    infusions = [c.value for c in book["Infusions"][1]]
    assert "dose_g (g)" in infusions
    assert "start (local time YYYY-MM-DD HH:MM)" in infusions
    assert "birth_date (date YYYY-MM-DD)" in [c.value for c in book["Patients"][1]]
    read_me = " ".join(str(c.value) for c in book[READ_ME]["A"] if c.value)
    assert all(f"Sheet {s.name}:" in read_me for s in SHEETS)
    assert "ivigmon import FILE.xlsx" in read_me


def test_the_codes_sheet_lists_every_coded_value_and_the_catalogue(ctx: Context, template: Path):
    codes = load_workbook(template)[CODES]
    listed = {(row[0], str(row[1])) for row in codes.iter_rows(min_row=2, values_only=True)}
    lists = {name for name, _ in listed}
    wanted = {c.codes for s in SHEETS for c in s.columns if c.codes} | {"yes_no"}
    assert wanted <= lists
    assert {("diagnosis", "KD"), ("sex", "F"), ("event_outcome", "fatal"), ("grade", "5")} <= listed
    assert {("product", pid) for pid in ctx.products()} <= listed
    assert {("offset", str(h)) for h in ctx.check_settings().offsets_h} <= listed
    meanings = {row[1]: row[2] for row in codes.iter_rows(min_row=2, values_only=True)}
    assert meanings["KD"] == "Kawasaki disease"


def test_coded_columns_offer_their_list(template: Path):
    book = load_workbook(template)
    ranges = {str(v.sqref): v.formula1 for v in book["Infusions"].data_validations.dataValidation}
    headers = [column_key(str(c.value)) for c in book["Infusions"][1]]
    letter = openpyxl.utils.get_column_letter(headers.index("indication") + 1)
    formula = ranges[f"{letter}2:{letter}1048576"]
    assert formula.startswith("Codes!$B$")


def test_a_template_is_written_only_with_the_xlsx_name(ctx: Context, tmp_path: Path):
    with pytest.raises(ValidationError, match=r"must end in \.xlsx"):
        write_template(ctx, tmp_path / "template.csv")
    assert not (tmp_path / "template.csv").exists()


# --------------------------------------------------------------------------------------------
# A filled template imports the records of the equivalent JSON file
# --------------------------------------------------------------------------------------------


def test_a_filled_template_imports_the_same_records_as_the_json_file(
    ctx: Context, ward_xlsx: Path, tmp_path: Path
):
    result = import_spreadsheet(ctx, ward_xlsx)
    assert (result.patients, result.infusions, result.checks_done) == (2, 2, 2)
    json_path = tmp_path / "ward.json"
    json_path.write_text(json.dumps(RICH))
    other = open_context(tmp_path / "other.db", clock=Clock(NOW), user="nurse.test")
    try:
        from_json = import_file(other, json_path)
        assert export_document(ctx) == export_document(other)
        # The same flags, each named by its row rather than its record.
        assert [f.message for f in result.flags] == [f.message for f in from_json.flags]
    finally:
        other.store.close()
    exported = export_document(ctx)
    assert exported["alert_reviews"][0]["note"] == "sent to the emergency department"
    assert {p["mrn"] for p in exported["patients"]} == {"K-0001", "000123"}


def test_empty_rows_and_sheets_that_hold_no_records_are_passed_over(ctx: Context, ward_xlsx: Path):
    path = ward_xlsx
    book = load_workbook(path)
    ws = book["Patients"]
    ws.append([None, "  ", None])  # a row of spaces
    ws.cell(row=40, column=1).number_format = "@"  # a formatted row far below
    ws.cell(row=41, column=2).value = ""
    book.create_sheet("Sheet1")  # an empty sheet of the ward's own
    for name, spelt in ((CODES, "codes"), (READ_ME, "READ ME")):  # however spelt
        book[name].title = "renamed"  # (openpyxl would call it "codes1" at once)
        book["renamed"].title = spelt
    book.save(path)
    assert import_spreadsheet(ctx, path).patients == 2


def test_an_excel_time_a_hair_off_the_minute_is_read_to_the_second(ctx: Context, ward_xlsx: Path):
    # Excel keeps times as fractions of a day: 09:30 may come back as 09:29:59.999999.
    path = _edit(ward_xlsx, ("Rate steps", "B3", datetime(2026, 3, 1, 9, 29, 59, 999_999)))
    import_spreadsheet(ctx, path)
    steps = _infusion(ctx, "inf-1")["rate_steps"]
    assert [s["at"] for s in steps] == ["2026-03-01T09:00", "2026-03-01T09:30"]


def test_flags_are_named_by_sheet_row_and_column(ctx: Context, template: Path, tmp_path: Path):
    doc = copy.deepcopy(RICH)
    doc["infusions"][0]["lots"][0]["expiry"] = "2026-01-31"  # expired before the start
    result = import_spreadsheet(ctx, fill(template, tmp_path / "ward.xlsx", doc))
    shown = [str(f) for f in result.flags]
    assert any(
        s.startswith(
            "sheet Infusions, row 2, column lot_expiry (date YYYY-MM-DD): lot P123 expired"
        )
        for s in shown
    ), shown


# --------------------------------------------------------------------------------------------
# A bad row: named by sheet, row and column, and nothing is imported
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "said"),
    [
        (
            "Infusions",
            "J2",
            -3,
            "sheet Infusions, row 2, column dose_g (g): must be more than 0 g (got -3)",
        ),
        (
            "Infusions",
            "J3",
            "28 g",
            "sheet Infusions, row 3, column dose_g (g): must be a number (got '28 g')",
        ),
        (
            "Infusions",
            "K2",
            "01/03/2026 09:00",
            "sheet Infusions, row 2, column start (local time YYYY-MM-DD HH:MM): write dates as"
            " YYYY-MM-DD",
        ),
        (
            "Infusions",
            "K2",
            date(2026, 3, 1),
            "sheet Infusions, row 2, column start (local time YYYY-MM-DD HH:MM): holds the date"
            " 2026-03-01 without a time of day",
        ),
        (
            "Infusions",
            "M2",
            "maybe",
            "sheet Infusions, row 2, column active_infection (yes/no): must be yes or no",
        ),
        (
            "Patients",
            "A3",
            123,
            "sheet Patients, row 3, column mrn: is a number (123); an identifier must be text",
        ),
        (
            "Patients",
            "C2",
            "f",
            "sheet Patients, row 2, column sex (code): unknown code 'f' (did you mean 'F'?)",
        ),
        ("Patients", "B2", None, "sheet Patients, row 2, column name: empty; this column is"),
        (
            "Rate steps",
            "C3",
            -1,
            "sheet Rate steps, row 3, column ml_per_h (mL/h): must be at least 0 mL/h (got -1)",
        ),
        (
            "Rate steps",
            "B2",
            datetime(2026, 3, 1, 8, 0),
            "sheet Rate steps, row 2, column at (local time YYYY-MM-DD HH:MM): 2026-03-01 08:00"
            " is before the infusion start 2026-03-01 09:00",
        ),
        (
            "Vital signs",
            "F2",
            120,
            "sheet Vital signs, row 2, column dbp (mmHg): diastolic 120 mmHg is above systolic",
        ),
        (
            "Adverse events",
            "D2",
            5,
            "sheet Adverse events, row 2, column outcome (code): grade 5 means death",
        ),
        (
            "Checks",
            "A3",
            "inf-9",
            "sheet Checks, row 3, column infusion_id: no infusion 'inf-9' on the sheet Infusions",
        ),
        (
            "Checks",
            "B3",
            36,
            "sheet Checks, row 3, column offset_h (h): 36 h is not a follow-up offset",
        ),
        (
            "Measurements",
            "B2",
            datetime(2030, 1, 1, 8, 0),
            "sheet Measurements, row 2, column at (local time YYYY-MM-DD HH:MM): 2030-01-01 08:00"
            " is in the future",
        ),
        (
            "Infusions",
            "E2",
            "privigne",
            "sheet Infusions, row 2, column product (catalogue id): unknown product 'privigne'"
            " (did you mean 'privigen'?)",
        ),
        (
            "More lots",
            "B2",
            "P123",
            "sheet Infusions, row 2, lots (column lot and sheet More lots): 'P123' is listed twice",
        ),
        (
            "Alert reviews",
            "E2",
            datetime(2026, 3, 2, 18, 0),
            "sheet Alert reviews, row 2, column reviewed_at (local time YYYY-MM-DD HH:MM):",
        ),
        (
            "Infusions",
            "Q1",
            "dose_mg",
            "sheet Infusions, row 1, column dose_mg: unknown column",
        ),
    ],
)
def test_a_bad_row_is_named_by_sheet_row_and_column_and_nothing_is_imported(
    ctx: Context, ward_xlsx: Path, sheet: str, cell: str, value: Any, said: str
):
    path = _edit(ward_xlsx, (sheet, cell, value))
    error = _refused(ctx, path)
    assert str(error).startswith(said), str(error)
    assert "\n" not in str(error)


def test_a_patient_already_in_the_database_is_named_by_its_row(
    ctx: Context, ward_xlsx: Path, template: Path, tmp_path: Path
):
    import_spreadsheet(ctx, ward_xlsx)
    doc = copy.deepcopy(RICH)
    doc["infusions"], doc["checks"], doc["alert_reviews"] = [], [], []
    doc["patients"] = doc["patients"][1:]
    error = _refused(ctx, fill(template, tmp_path / "again.xlsx", doc))
    assert str(error) == (
        "sheet Patients, row 2, column mrn: already in the database; the file may not"
        " overwrite a patient"
    )


def test_several_problems_are_listed_at_once(ctx: Context, ward_xlsx: Path):
    path = _edit(
        ward_xlsx,
        ("Infusions", "J3", -3),
        ("Rate steps", "C2", -1),
        ("Rate steps", "C3", "fast"),
        ("Patients", "D3", "2030-01-01"),
    )
    error = _refused(ctx, path)
    assert isinstance(error, SeveralProblems)
    shown = [str(p) for p in error.problems]
    # The cells first, sheet by sheet; then each record as the interchange parser judges it.
    assert shown == [
        "sheet Rate steps, row 3, column ml_per_h (mL/h): must be a number (got 'fast');"
        " write the number alone, in the unit of the header",
        "sheet Patients, row 3, column birth_date (date YYYY-MM-DD): is in the future"
        " (2030-01-01; today is 2026-03-10)",
        "sheet Rate steps, row 2, column ml_per_h (mL/h): must be at least 0 mL/h (got -1)",
        "sheet Infusions, row 3, column dose_g (g): must be more than 0 g (got -3)",
    ]
    assert str(error).startswith(f"file {path}: 4 problems, nothing imported: (1) sheet Rate")


def test_the_list_of_problems_stops_at_its_cap(ctx: Context, ward_xlsx: Path):
    path = ward_xlsx
    book = load_workbook(path)
    for n in range(MAX_PROBLEMS + 5):
        book["Rate steps"].append(["inf-1", datetime(2026, 3, 1, 10, n), -1 - n])
    book.save(path)
    error = _refused(ctx, path)
    assert isinstance(error, SeveralProblems)
    assert len(error.problems) == MAX_PROBLEMS and error.more
    assert "fix these and import again" in str(error)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("missing column", "sheet Infusions, row 1, column dose_g (g): missing; this column is"),
        ("unknown sheet", "sheet Infusion: not a sheet of the template (did you mean 'Infusions'"),
        ("twice", "sheet Infusions, row 3, column id: appears twice on this sheet (also row 2)"),
        ("no header", "sheet Patients, row 2, column Z: a value in a column without a header"),
    ],
)
def test_a_workbook_of_the_wrong_shape_is_named(
    ctx: Context, ward_xlsx: Path, change: str, said: str
):
    path = ward_xlsx
    book = load_workbook(path)
    if change == "missing column":
        book["Infusions"].delete_cols(10)
    elif change == "unknown sheet":
        book.create_sheet("Infusion").append(["id", "mrn"])
        book["Infusion"].append(["inf-3", "K-0001"])
    elif change == "twice":
        book["Infusions"]["A3"] = "inf-1"
    else:
        book["Patients"]["Z2"] = "left over"
    book.save(path)
    error = _refused(ctx, path)
    assert said in str(error), str(error)


def test_a_nurse_may_not_import_a_spreadsheet(ctx: Context, ward_xlsx: Path):
    path = ward_xlsx
    ctx.act_as("anna", Role.NURSE)
    before = _dump(ctx)
    with pytest.raises(NotPermitted, match="nurses may not import"):
        import_spreadsheet(ctx, path)
    assert _dump(ctx) == before


def test_an_empty_template_imports_nothing_and_says_so(ctx: Context, template: Path):
    error = _refused(ctx, template)
    assert "holds no records to import" in str(error)


# --------------------------------------------------------------------------------------------
# CSV: one sheet of the template, recognised by its header row
# --------------------------------------------------------------------------------------------


def test_csv_files_of_patients_then_infusions_import(ctx: Context, tmp_path: Path):
    doc = copy.deepcopy(RICH)
    rows = rows_of(doc)
    patients = write_csv(tmp_path / "patients.csv", "Patients", rows["Patients"])
    assert import_spreadsheet(ctx, patients).patients == 2
    # A European Excel: semicolons between fields and a decimal comma.
    infusions = write_csv(tmp_path / "infusions.csv", "Infusions", rows["Infusions"], delimiter=";")
    text = infusions.read_text(encoding="utf-8-sig").replace("14.2", "14,2")
    infusions.write_text(text, encoding="utf-8-sig")
    result = import_spreadsheet(ctx, infusions)
    assert (result.patients, result.infusions) == (0, 2)
    infusion = _infusion(ctx, "inf-1")
    assert infusion["dosing_weight_kg"] == 14.2
    assert [lot["lot"] for lot in infusion["lots"]] == ["P123"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "mrn,name,dose_g\nK-1,A,3\n",
            "header: a CSV file is one sheet of the template, recognised by its header row",
        ),
        (
            "infusion_id,at,ml_per_h\ninf-1,2026-03-01 09:00,4\n",
            "sheet Rate steps, row 2, column infusion_id: no infusion 'inf-1' on the sheet",
        ),
        (
            "mrn,name,sex,birth_date,primary_diagnosis\nK-1,Ann,F,02/04/2019,KD\n",
            "sheet Patients, row 2, column birth_date (date YYYY-MM-DD): write dates as",
        ),
    ],
)
def test_a_csv_file_that_does_not_fit_is_refused_by_its_rule(
    ctx: Context, tmp_path: Path, text: str, said: str
):
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    assert said in str(_refused(ctx, path))


def test_a_csv_file_not_in_utf8_is_refused(ctx: Context, tmp_path: Path):
    path = tmp_path / "in.csv"
    text = "mrn,name,sex,birth_date,primary_diagnosis\nK-1,Zoë,F,2019-04-02,KD\n"
    path.write_bytes(text.encode("cp1252"))
    error = str(_refused(ctx, path))
    assert "is not UTF-8 text" in error and "save the file as CSV UTF-8" in error


# --------------------------------------------------------------------------------------------
# Files that are not what they seem
# --------------------------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_before_it_is_unpacked(ctx: Context, tmp_path: Path):
    save_import_max_mb(ctx, 1)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 3_000_000)
    assert path.stat().st_size < 100_000
    error = _refused(ctx, path)
    assert (error.field, str(error)) == (
        "size",
        f"file {path}: size: unpacks to 3 MB, more than the import limit of 1 MB"
        " (setting import.max_mb); an administrator can raise it",
    )


def test_a_workbook_above_the_import_limit_is_refused(ctx: Context, ward_xlsx: Path):
    save_import_max_mb(ctx, 1)
    path = ward_xlsx
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("padding.bin", bytes(range(256)) * 5_000)
    assert "larger than the import limit of 1 MB" in str(_refused(ctx, path))


def test_xml_entities_are_refused(ctx: Context, ward_xlsx: Path):
    path = ward_xlsx
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    # A "billion laughs" in small: an entity declared in the workbook's own XML.
    workbook = parts["xl/workbook.xml"].decode()
    parts["xl/workbook.xml"] = workbook.replace(
        "<workbook", '<!DOCTYPE workbook [<!ENTITY lol "lol">]><workbook', 1
    ).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    error = _refused(ctx, path)
    assert str(error).startswith(f"file {path}: format: is not a readable Excel workbook")


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("ward.xlsx", b"not a zip at all", "is not an Excel workbook (.xlsx)"),
        ("ward.xls", b"\xd0\xcf\x11\xe0", "an Excel 97-2003 workbook (.xls) cannot be read"),
        ("ward.ods", b"PK", "an OpenDocument spreadsheet (.ods) cannot be read"),
    ],
)
def test_a_file_that_is_no_workbook_is_refused(
    ctx: Context, tmp_path: Path, name: str, data: bytes, said: str
):
    path = tmp_path / name
    path.write_bytes(data)
    assert said in str(_refused(ctx, path))


def test_a_cell_showing_a_formula_error_is_named(ctx: Context, ward_xlsx: Path):
    path = ward_xlsx
    book = load_workbook(path)
    book["Infusions"]["J2"] = "#N/A"  # openpyxl stores it as an error value, as Excel does
    book.save(path)
    error = _refused(ctx, path)
    assert str(error) == (
        "sheet Infusions, row 2, column dose_g (g): shows the error '#N/A'; give a value or"
        " leave it empty"
    )


def test_sheet_problems_are_validation_errors():
    problem = SheetProblem("sheet Infusions, row 14", "column dose_g (g)", "must be more")
    assert isinstance(problem, ValidationError)
    assert str(problem) == "sheet Infusions, row 14, column dose_g (g): must be more"
