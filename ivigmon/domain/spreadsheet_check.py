"""Each record of a workbook judged alone by the interchange parser, so that the problems of
many rows are named at once (the parser stops at a file's first problem).

A patient is judged with its diagnoses and measurements; an infusion with its lots, steps,
premedications, vital signs, events and checks, and with its patient when the workbook holds
that patient without a problem. After a problem in a row that nothing else depends on (a
measurement, a rate step, a premedication, a set of vital signs, an event), the record is
judged again without that row, to find the next. Rows already refused for an unreadable cell
are left out. The import then judges the whole document again, with the database: this pass
only names problems earlier, it never accepts anything.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import fields, replace
from datetime import datetime
from typing import Any, TypeVar

from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.spreadsheet_document import Places, document
from ivigmon.domain.spreadsheet_problems import Problems
from ivigmon.domain.spreadsheet_rows import InfusionRows, PatientRows, Row, Workbook
from ivigmon.domain.validation import ValidationError

# The parts of a record that no other row depends on: one can be left out to judge the rest.
_LONE_PARTS = ("measurements", "lots", "rate_steps", "premedications", "vitals", "events")
Record = TypeVar("Record", PatientRows, InfusionRows)


def record_problems(
    book: Workbook,
    problems: Problems,
    *,
    product_ids: Collection[str],
    check_offsets: Sequence[int],
    now: datetime,
) -> None:
    """Add the problems of each readable record of `book` to `problems`."""
    judge = _Judge(problems, product_ids, check_offsets, now)
    valid: dict[str, PatientRows] = {}
    for patient in book.patients:
        if patient.row.broken:
            continue
        alone = _readable(patient)
        if judge.patient(alone):
            valid[identifier_key(str(patient.row.values["mrn"]))] = alone
    for infusion in book.infusions:
        if infusion.row.broken or any(r.broken for r in infusion.checks):
            continue
        mrn = str(infusion.row.values["mrn"])
        judge.infusion(_readable(infusion), valid.get(identifier_key(mrn)))
    for review in book.reviews:
        if not review.broken:
            judge.review(review)


class _Judge:
    def __init__(
        self,
        problems: Problems,
        product_ids: Collection[str],
        check_offsets: Sequence[int],
        now: datetime,
    ) -> None:
        self.problems = problems
        self.product_ids = product_ids
        self.check_offsets = check_offsets
        self.now = now

    def patient(self, patient: PatientRows) -> bool:
        """Whether the patient has no problem (its lone rows with problems left out)."""
        clean = True
        while not self.problems.full:
            found, row = self._problem(Places([patient], [], []), document([patient], [], []))
            if not found:
                return clean
            clean = False
            if row is None or not _leave_out(patient, row):
                return False
        return False

    def infusion(self, infusion: InfusionRows, owner: PatientRows | None) -> None:
        patients = [owner] if owner is not None else []
        # A patient not judged with it is taken as known: the import finds whether it is.
        known = () if owner is not None else (str(infusion.row.values["mrn"]),)
        while not self.problems.full:
            places = Places(patients, [infusion], infusion.checks)
            data = document(patients, [infusion], infusion.checks)
            found, row = self._problem(places, data, known)
            if not found or row is None or not _leave_out(infusion, row):
                return

    def review(self, review: Row) -> None:
        if not self.problems.full:
            self._problem(Places([], [], [], [review]), document([], [], [], [review]))

    def _problem(
        self, places: Places, data: dict[str, object], known_mrns: Collection[str] = ()
    ) -> tuple[bool, Row | None]:
        """Whether `data` has a problem (added to the problems), and the row it names."""
        try:
            parse_document(
                data,
                product_ids=self.product_ids,
                check_offsets=self.check_offsets,
                now=self.now,
                known_mrns=known_mrns,
            )
        except ValidationError as exc:
            self.problems.add(places.locate(exc))
            return True, places.find(exc.record)
        return False, None


def _readable(record: Record) -> Record:
    """A copy of the record without its rows that could not be read."""
    parts: dict[str, Any] = {
        f.name: [r for r in getattr(record, f.name) if not r.broken]
        for f in fields(record)
        if f.name != "row"
    }
    return replace(record, **parts)


def _leave_out(record: PatientRows | InfusionRows, row: Row) -> bool:
    """Take `row` out of the record when nothing else depends on it; whether it was."""
    for name in _LONE_PARTS:
        rows: list[Row] | None = getattr(record, name, None)
        if rows is not None and any(r is row for r in rows):
            rows[:] = [r for r in rows if r is not row]
            return True
    return False
