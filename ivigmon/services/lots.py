"""Lot recall: every infusion of a lot, or of a product's lots expiring in a range, with its
patient, adverse events, follow-up checks and alerts; as JSON and as a CSV file for the recall."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from ivigmon.domain.alert_reviews import ReviewedAlert, alerts_at
from ivigmon.domain.codes import CheckStatus
from ivigmon.domain.followup import StatusWindow, superseded_in
from ivigmon.domain.models import AdverseEvent, Check, Infusion, Patient
from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_iso
from ivigmon.domain.validation import LOT_MAX, ValidationError, require_identifier
from ivigmon.services.context import Context
from ivigmon.storage import lots as lot_rows
from ivigmon.storage.alerts import load_reviews
from ivigmon.storage.checks import load_checks
from ivigmon.storage.infusions import load_infusions
from ivigmon.storage.patients import load_patients
from ivigmon.storage.reference_files import vital_sign_limits

RECORD = "recall"
# Infusions listed at most by one search: a recall larger than this is split by expiry range
# (a wider one is a question for the cohort report, not a list of patients to call).
MAX_INFUSIONS = 5_000


@dataclass(frozen=True)
class RecallCheck:
    """A follow-up check of a recalled infusion and where it stands now."""

    check: Check
    status: CheckStatus  # done, superseded, overdue, due or upcoming


@dataclass(frozen=True)
class RecallRow:
    """One lot of one infusion, with everything a recall asks about it."""

    lot: str
    expiry: date | None
    infusion: Infusion
    patient: Patient
    product_name: str
    checks: tuple[RecallCheck, ...]
    alerts: tuple[ReviewedAlert, ...]  # every alert it raised, open or reviewed


@dataclass(frozen=True)
class Recall:
    """What was searched for, when, and the rows found (by infusion start)."""

    lot: str | None
    product_id: str | None
    expiry_from: date | None
    expiry_to: date | None
    at: datetime
    rows: tuple[RecallRow, ...]

    @property
    def search(self) -> str:
        """`lot P123`, or `privigen with expiry 2027-01-01 to 2027-01-31`."""
        if self.lot is not None:
            return f"lot {self.lot}"
        return f"{self.product_id} with expiry {self.expiry_from} to {self.expiry_to}"

    @property
    def patients(self) -> list[Patient]:
        found = {row.patient.mrn: row.patient for row in self.rows}
        return [found[mrn] for mrn in sorted(found)]


def lot_recall(ctx: Context, lot: str) -> Recall:
    """Every infusion recorded with this lot."""
    ctx.require(Permission.VIEW)
    name = require_identifier("lot", "lot", lot.strip(), max_length=LOT_MAX)
    with ctx.store.read() as conn:
        entries = lot_rows.lot_entries(conn, name, MAX_INFUSIONS + 1)
    if len(entries) > MAX_INFUSIONS:
        _refuse_many("lot", f"lot {name}")
    return _recall(ctx, entries, lot=name)


def expiry_recall(ctx: Context, product_id: str, expiry_from: date, expiry_to: date) -> Recall:
    """Every infusion of this product with a lot expiring from one day to another (both
    included). Refused, naming the field: an unknown product, a range that ends before it
    starts, or more infusions than one list holds."""
    ctx.require(Permission.VIEW)
    if product_id not in ctx.products():
        known = ", ".join(sorted(ctx.products()))
        raise ValidationError(RECORD, "product", f"no product {product_id!r} ({known})")
    if expiry_to < expiry_from:
        raise ValidationError(
            RECORD, "expiry_to", f"{expiry_to} is before the range's start {expiry_from}"
        )
    with ctx.store.read() as conn:
        # Counted first, stopping past the most one list holds: a range of years is refused
        # before its lots are read in order.
        found = lot_rows.count_expiry_entries(
            conn, product_id, expiry_from, expiry_to, MAX_INFUSIONS + 1
        )
        entries = (
            []
            if found > MAX_INFUSIONS
            else lot_rows.expiry_entries(conn, product_id, expiry_from, expiry_to, found)
        )
    if found > MAX_INFUSIONS:
        _refuse_many("expiry_to", "this product and expiry range")
    return _recall(ctx, entries, product_id=product_id, first=expiry_from, last=expiry_to)


def _refuse_many(field: str, what: str) -> NoReturn:
    raise ValidationError(
        RECORD, field, f"more than {MAX_INFUSIONS:,} infusions of {what}: narrow the expiry range"
    )


def _recall(
    ctx: Context,
    entries: Sequence[lot_rows.LotEntry],
    *,
    lot: str | None = None,
    product_id: str | None = None,
    first: date | None = None,
    last: date | None = None,
) -> Recall:
    """The rows of these entries, read in one snapshot: the infusions whole (their vital signs
    make the alerts), their checks and reviews, the patients and their infusion starts."""
    now = ctx.now()
    ids = sorted({e.infusion_id for e in entries})
    pids = sorted({e.patient_id for e in entries})
    with ctx.store.read() as conn:
        grouped = load_infusions(conn, infusion_ids=ids)
        patients = load_patients(conn, pids)
        checks = load_checks(conn, ids)
        reviews = load_reviews(conn, ids)
        starts = lot_rows.infusion_starts(conn, pids)
    infusions = {i.id: i for items in grouped.values() for i in items}
    raised = alerts_at(
        patients={p.mrn: p for p in patients.values()},
        infusions=list(infusions.values()),
        checks=[c for items in checks.values() for c in items],
        reviews=reviews,
        at=now,
        limits=vital_sign_limits(),
        settings=ctx.alert_settings(),
    )
    by_infusion: dict[str, list[ReviewedAlert]] = {}
    for found in raised:
        by_infusion.setdefault(found.alert.infusion_id, []).append(found)
    window = StatusWindow.at(now, ctx.check_settings())
    products = ctx.products()
    rows: list[RecallRow] = []
    for entry in entries:
        infusion = infusions.get(entry.infusion_id)
        if infusion is None or entry.patient_id not in patients:
            continue  # entered in error between the two reads
        product = products.get(infusion.product_id)
        rows.append(
            RecallRow(
                lot=entry.lot,
                expiry=entry.expiry,
                infusion=infusion,
                patient=patients[entry.patient_id],
                product_name=product.name if product is not None else infusion.product_id,
                checks=tuple(
                    RecallCheck(c, _status(c, infusion, starts[entry.patient_id], window))
                    for c in checks.get(infusion.id, [])
                ),
                alerts=tuple(by_infusion.get(infusion.id, [])),
            )
        )
    return Recall(lot, product_id, first, last, now, tuple(rows))


def _status(
    check: Check, infusion: Infusion, starts: Sequence[datetime], window: StatusWindow
) -> CheckStatus:
    if check.is_done:
        return CheckStatus.DONE
    if superseded_in(check, infusion, starts):
        return CheckStatus.SUPERSEDED
    return window.status(check.due_at)


def lot_report(ctx: Context, lot: str) -> dict[str, Any]:
    """`ivigmon lot LOT --json`: everything recorded against a lot, by infusion start."""
    return recall_json(lot_recall(ctx, lot))


def recall_json(recall: Recall) -> dict[str, Any]:
    """SPEC 6 (`lot --json`): the lot, its infusions, patients and adverse events; each
    infusion also names its lot, patient, follow-up checks and alerts."""
    found: dict[str, Any] = {"lot": recall.lot}
    if recall.lot is None:
        found |= {
            "product": recall.product_id,
            "expiry_from": str(recall.expiry_from),
            "expiry_to": str(recall.expiry_to),
        }
    found["infusions"] = [_infusion_json(row) for row in recall.rows]
    found["patients"] = [
        {"mrn": p.mrn, "name": p.name, "birth_date": p.birth_date.isoformat()}
        for p in recall.patients
    ]
    found["events"] = [
        _event_json(row, event)
        for row in _each_infusion(recall.rows)
        for event in row.infusion.events
    ]
    return found


def _each_infusion(rows: Sequence[RecallRow]) -> list[RecallRow]:
    """One row per infusion (an infusion of two lots found is listed twice, its events once)."""
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row.infusion.id not in seen:
            seen.add(row.infusion.id)
            unique.append(row)
    return unique


def _infusion_json(row: RecallRow) -> dict[str, Any]:
    infusion = row.infusion
    return {
        "id": infusion.id,
        "mrn": row.patient.mrn,
        "patient_name": row.patient.name,
        "lot": row.lot,
        "product": infusion.product_id,
        "product_name": row.product_name,
        "expiry": row.expiry.isoformat() if row.expiry else None,
        "start": to_iso(infusion.start),
        "end": to_iso(infusion.end) if infusion.end else None,
        "dose_g": infusion.dose_g,
        "dosing_weight_kg": infusion.dosing_weight_kg,
        "checks": [
            {
                "offset_h": c.check.offset_h,
                "due_at": to_iso(c.check.due_at),
                "status": c.status.value,
                "done_at": to_iso(c.check.done_at) if c.check.done_at else None,
                "outcome": c.check.outcome.value if c.check.outcome else None,
                "symptoms": list(c.check.symptoms),
            }
            for c in row.checks
        ],
        "alerts": [
            {
                "kind": a.alert.kind.value,
                "severity": a.alert.severity.value,
                "at": to_iso(a.alert.at),
                "reason": a.alert.reason,
                "review": None
                if a.review is None
                else {
                    "at": to_iso(a.review.reviewed_at),
                    "by": a.review.by,
                    "note": a.review.note,
                },
            }
            for a in row.alerts
        ],
    }


def _event_json(row: RecallRow, event: AdverseEvent) -> dict[str, Any]:
    return {
        "infusion_id": row.infusion.id,
        "mrn": row.patient.mrn,
        "onset": to_iso(event.onset),
        "term": event.term,
        "grade": event.grade,
        "serious": event.serious,
        "action": event.action.value,
        "outcome": event.outcome.value,
        "check_offset_h": event.check_offset_h,
    }


# The CSV: one line per lot of an infusion, the lists written out in words.
CSV_COLUMNS = (
    "lot",
    "expiry",
    "product",
    "infusion_id",
    "mrn",
    "patient_name",
    "birth_date",
    "start",
    "end",
    "dose_g",
    "dosing_weight_kg",
    "adverse_events",
    "checks",
    "open_alerts",
    "reviewed_alerts",
)


# A cell a spreadsheet would run as a formula starts with one of these (OWASP, "CSV Injection"):
# such a text is written with a leading apostrophe, which shows it as typed.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def recall_lines(recall: Recall) -> list[dict[str, str]]:
    """The recall as CSV lines (the same records as `recall_json`); no cell is a formula."""
    return [
        {name: f"'{text}" if text.startswith(FORMULA_STARTS) else text for name, text in line}
        for line in (_line(row).items() for row in recall.rows)
    ]


def _line(row: RecallRow) -> dict[str, str]:
    infusion = row.infusion
    events = "; ".join(
        f"{e.term} grade {e.grade}{' serious' if e.serious else ''} at {to_iso(e.onset)}"
        f" ({e.outcome.value})"
        for e in infusion.events
    )
    checks = "; ".join(
        f"{c.check.offset_h} h check {c.status.value}"
        + (
            f" {to_iso(c.check.done_at)} {c.check.outcome.value}"
            if c.check.done_at is not None and c.check.outcome is not None
            else f" (due {to_iso(c.check.due_at)})"
        )
        for c in row.checks
    )
    open_alerts = "; ".join(_alert_words(a) for a in row.alerts if a.is_open)
    reviewed = "; ".join(
        f"{_alert_words(a)} [reviewed {to_iso(a.review.reviewed_at)} by {a.review.by}:"
        f" {a.review.note}]"
        for a in row.alerts
        if a.review is not None
    )
    return {
        "lot": row.lot,
        "expiry": row.expiry.isoformat() if row.expiry else "",
        "product": row.product_name,
        "infusion_id": infusion.id,
        "mrn": row.patient.mrn,
        "patient_name": row.patient.name,
        "birth_date": row.patient.birth_date.isoformat(),
        "start": to_iso(infusion.start),
        "end": to_iso(infusion.end) if infusion.end else "",
        "dose_g": f"{infusion.dose_g:g}",
        "dosing_weight_kg": f"{infusion.dosing_weight_kg:g}",
        "adverse_events": events,
        "checks": checks,
        "open_alerts": open_alerts,
        "reviewed_alerts": reviewed,
    }


def _alert_words(found: ReviewedAlert) -> str:
    alert = found.alert
    return f"{alert.severity.value} {alert.kind.value} at {to_iso(alert.at)}: {alert.reason}"


def write_recall_csv(recall: Recall, path: Path) -> Path:
    """The recall as a CSV file (UTF-8 with a byte-order mark, so that spreadsheets read the
    names right), written beside `path` first and then moved into place: a failure never
    leaves half a list under the name asked for."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            writer.writerows(recall_lines(recall))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
