"""Reading one spreadsheet cell: what is read leniently, and what is refused with its reason."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from ivigmon.domain.spreadsheet_cells import Cell, CellProblem, read_cell
from ivigmon.domain.spreadsheet_layout import (
    ADVERSE_EVENTS,
    CHECKS,
    INFUSIONS,
    PATIENTS,
    PREMEDICATIONS,
    Column,
    column_key,
)

MRN = PATIENTS.column("mrn")
NAME = PATIENTS.column("name")
SEX = PATIENTS.column("sex")
BIRTH = PATIENTS.column("birth_date")
DOSE = INFUSIONS.column("dose_g")
START = INFUSIONS.column("start")
INFECTION = INFUSIONS.column("active_infection")
SYMPTOMS = CHECKS.column("symptoms")
ROUTE = PREMEDICATIONS.column("route")
VERSION = ADVERSE_EVENTS.column("ctcae_version")
DATE_TIME = "yyyy-mm-dd h:mm:ss"


@pytest.mark.parametrize(
    ("column", "cell", "expected"),
    [
        (MRN, Cell("  000123 "), "000123"),
        (NAME, Cell("   "), None),
        (NAME, Cell(None), None),
        (NAME, Cell(42), "42"),
        (ROUTE, Cell(None), ""),  # the interchange needs the key, empty
        (VERSION, Cell(None), "5.0"),
        (SEX, Cell("F"), "F"),
        (SYMPTOMS, Cell("wheeze, rash;fever"), ["wheeze", "rash", "fever"]),
        (SYMPTOMS, Cell(" , "), []),
        (DOSE, Cell(28), 28),
        (DOSE, Cell(14.2), 14.2),
        (DOSE, Cell("14,2"), 14.2),
        (DOSE, Cell(" 14.2 "), 14.2),
        (DOSE, Cell("-3"), -3),
        (DOSE, Cell("1 000"), 1000),
        (BIRTH, Cell(date(2019, 4, 2)), "2019-04-02"),
        (BIRTH, Cell(datetime(2019, 4, 2), "yyyy-mm-dd"), "2019-04-02"),
        (BIRTH, Cell("2019-04-02"), "2019-04-02"),
        (START, Cell(datetime(2026, 3, 1, 9, 0), DATE_TIME), "2026-03-01T09:00"),
        (START, Cell(datetime(2026, 3, 1, 9, 29, 59, 999_999), DATE_TIME), "2026-03-01T09:30"),
        (START, Cell(datetime(2026, 3, 1, 9, 0, 0, 499_999), DATE_TIME), "2026-03-01T09:00"),
        (START, Cell(datetime(2026, 3, 1, 9, 0, 30), DATE_TIME), "2026-03-01T09:00:30"),
        (START, Cell(datetime(2026, 3, 1, 9, 0), '[$-409]d"."m"."yyyy hh:mm'), "2026-03-01T09:00"),
        (START, Cell("2026-03-01 09:00"), "2026-03-01T09:00"),
        (START, Cell("2026-03-01T09:00"), "2026-03-01T09:00"),
        (INFECTION, Cell(True), True),
        (INFECTION, Cell("Yes"), True),
        (INFECTION, Cell("FALSE"), False),
        (INFECTION, Cell("no"), False),
    ],
)
def test_a_cell_is_read_as_the_interchange_value(column: Column, cell: Cell, expected: object):
    assert read_cell(column, cell) == expected
    assert type(read_cell(column, cell)) is type(expected)


@pytest.mark.parametrize(
    ("column", "cell", "said"),
    [
        (MRN, Cell(123), "is a number (123); an identifier must be text"),
        (MRN, Cell(True), "must be text, got TRUE"),
        (NAME, Cell(datetime(2026, 3, 1, 9, 0), DATE_TIME), "must be text, got the date-time"),
        (SEX, Cell("f"), "unknown code 'f' (did you mean 'F'?); must be one of F, M"),
        (SEX, Cell(1), "must be a code of the list sex, got the number 1"),
        (SYMPTOMS, Cell("wheeze, itch"), "unknown code 'itch'"),
        (DOSE, Cell("28 g"), "must be a number (got '28 g'); write the number alone"),
        (DOSE, Cell("1,234.5"), "must be a number (got '1,234.5')"),
        (DOSE, Cell("nan"), "must be a number (got 'nan')"),
        (DOSE, Cell(True), "must be a number, got TRUE"),
        (BIRTH, Cell("02/04/2019"), "write dates as YYYY-MM-DD (got '02/04/2019'"),
        (BIRTH, Cell("2.4.2019"), "write dates as YYYY-MM-DD"),
        (BIRTH, Cell("April 2019"), "must be a date like 2019-04-02 (got 'April 2019')"),
        (BIRTH, Cell(datetime(2019, 4, 2, 10, 30), DATE_TIME), "holds a time of day"),
        (BIRTH, Cell(20190402), "must be a date like 2019-04-02, got the number 20190402"),
        (START, Cell(datetime(2026, 3, 1), "yyyy-mm-dd"), "holds the date 2026-03-01 without"),
        (START, Cell(datetime(2026, 3, 1), "d/m/yy"), "holds the date 2026-03-01 without"),
        (START, Cell(date(2026, 3, 1)), "holds the date 2026-03-01 without a time of day"),
        (START, Cell(time(9, 0)), "holds the time 09:00 without a date"),
        (START, Cell("01/03/2026 09:00"), "write dates as YYYY-MM-DD"),
        (START, Cell("2026-03-01"), "must be a local time like 2026-03-01 09:00"),
        (START, Cell("2026-03-01 09:00+01:00"), "must be a local time like 2026-03-01 09:00"),
        (START, Cell(46082.375), "must be a local time like 2026-03-01 09:00, got the number"),
        (INFECTION, Cell("y"), "must be yes or no (got 'y')"),
        (INFECTION, Cell(1), "must be yes or no (got 1)"),
        (DOSE, Cell("#DIV/0!", error=True), "shows the error '#DIV/0!'"),
    ],
)
def test_a_cell_that_cannot_be_read_says_why(column: Column, cell: Cell, said: str):
    with pytest.raises(CellProblem) as problem:
        read_cell(column, cell)
    assert said in str(problem.value)


@pytest.mark.parametrize(
    ("header", "key"),
    [("dose_g (g)", "dose_g"), ("dose_g", "dose_g"), (" Dose_G (grams) ", "dose_g"), ("", "")],
)
def test_a_header_names_its_column_by_the_text_before_the_bracket(header: str, key: str):
    assert column_key(header) == key
