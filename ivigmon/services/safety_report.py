"""The safety report of one adverse event, found by its id: made from the record, listed for a
patient, and written as a CSV file of (field, value) rows."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ivigmon.domain.roles import ROLE_NAMES, Permission, Role
from ivigmon.domain.safety_report import (
    ENGLISH,
    EventRecord,
    Reporter,
    SafetyReport,
    Wording,
    build_report,
    report_rows,
    term_words,
)
from ivigmon.domain.timefmt import parse_stored
from ivigmon.services.context import OS_USER_PREFIX, Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.export_file import atomic_text_file
from ivigmon.services.history import load_history
from ivigmon.storage.adverse_events import stored_event
from ivigmon.storage.records import load_records
from ivigmon.storage.users import get_user

# A spreadsheet would read a cell starting with one of these as a formula (OWASP: CSV
# injection); such a value is written with a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ListedEvent:
    """An adverse event of a patient, as `ivigmon ae-report --list` names it."""

    event_id: int
    onset: datetime
    term: str
    grade: int
    serious: bool
    infusion_id: str


def safety_report(ctx: Context, event_id: int, wording: Wording = ENGLISH) -> SafetyReport:
    """The report of the event with this id (the id the record's history shows), written as
    `wording` says (English by default); refused by name when there is none, or when it (or
    its infusion or patient) is entered in error."""
    ctx.require(Permission.VIEW)
    record = f"adverse event {event_id}"
    with ctx.store.read() as conn:
        found = stored_event(conn, event_id)
        if found is None:
            raise UnknownRecord(record, "id", "no adverse event has this id")
        if found.in_error is not None:
            whose = "it is" if found.in_error == "adverse event" else f"its {found.in_error} is"
            raise UnknownRecord(record, "id", f"{whose} marked entered in error: not reported")
        patient, infusions, checks = load_records(conn, [found.patient_id])[found.patient_id]
        account = get_user(conn, found.recorded_by)
    infusion = next(i for i in infusions if i.id == found.infusion_id)
    event = next(e for e in infusion.events if e.id == event_id)
    check = next(
        (c for c in checks if c.infusion_id == infusion.id and c.offset_h == event.check_offset_h),
        None,
    )
    role = ROLE_NAMES.get(Role(account.role)) if account is not None else None
    display = account.display_name if account is not None else None
    if found.recorded_by.startswith(OS_USER_PREFIX):
        # Recorded before the first account existed: the computer's account, as it was.
        display = f"computer account {found.recorded_by.removeprefix(OS_USER_PREFIX)}"
        display += ", nobody signed in"
    source = EventRecord(
        event=event,
        patient=patient,
        infusion=infusion,
        product=ctx.products().get(infusion.product_id),
        found_at=check,
        reporter=Reporter(
            username=found.recorded_by,
            recorded_at=parse_stored(found.recorded_at),
            display_name=display,
            role=role,
        ),
    )
    return build_report(source, printed_at=ctx.now(), printed_by=ctx.user, wording=wording)


def patient_events(ctx: Context, mrn: str) -> list[ListedEvent]:
    """Every adverse event of a patient (not entered in error), by onset."""
    history = load_history(ctx, mrn)
    found = [
        ListedEvent(e.id, e.onset, term_words(e.term), e.grade, e.serious, i.id)
        for i in history.infusions
        for e in i.events
        if e.id is not None
    ]
    return sorted(found, key=lambda e: (e.onset, e.event_id))


def report_json(report: SafetyReport) -> dict[str, object]:
    return {
        "event_id": report.event_id,
        "fields": [
            {"section": f.section, "field": f.name, "value": f.value} for f in report.fields
        ],
    }


def write_csv(report: SafetyReport, path: str | os.PathLike[str]) -> Path:
    """The report as (field, value) rows under a header, replacing `path` only once whole."""
    target = Path(path)
    with atomic_text_file(target) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("field", "value"))
        writer.writerows((name, _cell(value)) for name, value in report_rows(report))
    return target


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value
