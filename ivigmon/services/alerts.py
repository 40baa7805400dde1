"""The alerts a person must look at (SPEC 10.2, 10.3): listing them, and reviewing one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from ivigmon.domain.alert_reviews import (
    ReviewedAlert,
    alerts_at,
    review_record,
    validate_review,
)
from ivigmon.domain.alerts import alert_order, raised_alerts, unended_phrases
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.models import Alert, AlertKey, AlertReview, Check, Infusion, Patient
from ivigmon.domain.phrases import english
from ivigmon.domain.roles import Permission
from ivigmon.domain.settings import AlertSettings
from ivigmon.domain.timefmt import to_iso
from ivigmon.domain.validation import ValidationError, require_not_future
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.settings import notes_max_chars
from ivigmon.services.state import report_state
from ivigmon.services.state.screen_state import refresh_patients
from ivigmon.storage import alerts as stored
from ivigmon.storage.database import Connection
from ivigmon.storage.infusions import patient_ids_for_infusions
from ivigmon.storage.records import Record, load_records
from ivigmon.storage.reference_files import vital_sign_limits
from ivigmon.storage.screen_state import STATE_BUILT, counter, patient_ids_after
from ivigmon.storage.settings_store import load_alert_settings

# Patients replayed at a time for `--at`: memory follows a batch, not the ward's history.
REPLAY_BATCH = 500


@dataclass(frozen=True)
class AlertRow(Alert):
    """An alert as the worklist and `ivigmon alerts` show it, with its review (None: open);
    `key` is what `review_alert` takes to review it."""

    review: AlertReview | None = None

    @property
    def is_open(self) -> bool:
        return self.review is None


def _row(alert: Alert, review: AlertReview | None = None) -> AlertRow:
    values = {f.name: getattr(alert, f.name) for f in fields(Alert)}
    # The stored id of the vital-sign record is known only to some readers: a row is the same
    # alert whichever read it.
    values["vital_id"] = None
    return AlertRow(**values, review=review)


def open_alerts(
    ctx: Context, at: datetime | None = None, *, include_reviewed: bool = False
) -> list[AlertRow]:
    """The alerts open now (from the stored state), or at `at` (replayed from the records as
    they stood then, SPEC 5a); `include_reviewed` adds those a review closed by then. In the
    SPEC 12 order: urgent first, then by `at`, MRN, kind, infusion id, offset."""
    ctx.require(Permission.VIEW)
    if at is None and not include_reviewed:
        return _open_now(ctx)
    moment = ctx.now() if at is None else at
    rows: list[AlertRow] = []
    for reviewed in _replayed(ctx, moment):
        if include_reviewed or reviewed.is_open:
            rows.append(_row(reviewed.alert, reviewed.review))
    return sorted(rows, key=alert_order)


def _open_now(ctx: Context) -> list[AlertRow]:
    now = ctx.now()
    with ctx.store.read() as conn:
        found = stored.open_alerts(conn, now)
    rows = [_row(alert) for alert in _open_at(found, now, ctx.alert_settings().max_running_h)]
    return sorted(rows, key=alert_order)


def open_alerts_of(
    conn: Connection, patient_ids: Sequence[int], now: datetime, settings: AlertSettings
) -> list[Alert]:
    """The alerts of these patients open at `now`, from the stored state (as `ivigmon alerts`
    lists them), in no particular order."""
    found = [a for a in stored.unreviewed_alerts(conn, patient_ids) if a.alert.at <= now]
    return _open_at(found, now, settings.max_running_h)


def _open_at(
    found: Iterable[stored.StoredAlert], now: datetime, max_running_h: float
) -> list[Alert]:
    """The stored alerts timed at or before `now` that are open then."""
    alerts = []
    for alert, start in found:
        if alert.kind is AlertKind.UNENDED:
            if alert.at >= now:
                continue  # SPEC 12: open only when it has run *more than* the limit
            # Stored when the infusion started; how long it has run is told as it is now.
            alert = Alert(
                kind=alert.kind,
                severity=alert.severity,
                mrn=alert.mrn,
                infusion_id=alert.infusion_id,
                at=alert.at,
                reason=english(phrases := unended_phrases(start, now, max_running_h)),
                phrases=phrases,
            )
        alerts.append(alert)
    return alerts


def _replayed(ctx: Context, moment: datetime) -> list[ReviewedAlert]:
    """Every alert raised at `moment`, with its closing review, a batch of patients at a time."""
    limits = vital_sign_limits()
    settings = ctx.alert_settings()
    result: list[ReviewedAlert] = []
    last = 0
    while True:
        with ctx.store.read() as conn:
            ids = patient_ids_after(conn, last, REPLAY_BATCH)
            if not ids:
                break
            records = load_records(conn, ids)
            infusion_ids = [i.id for _, infusions, _ in records.values() for i in infusions]
            reviews = stored.load_reviews(conn, infusion_ids)
        last = ids[-1]
        result += alerts_at(
            patients={p.mrn: p for p, _, _ in records.values()},
            infusions=[i for _, infusions, _ in records.values() for i in infusions],
            checks=[c for _, _, checks in records.values() for c in checks],
            reviews=reviews,
            at=moment,
            limits=limits,
            settings=settings,
        )
    return result


def review_alert(ctx: Context, key: AlertKey, note: str, at: datetime | None = None) -> AlertRow:
    """Record that a nurse or ward staff member looked at this alert and what was done (`note`),
    at `at` (default now), in one audited transaction; returns the alert with its review.

    Refused, naming the field: no such alert in the records, an empty note, a time before the
    alert or in the future."""
    ctx.require(Permission.RECORD_CHECKS)
    now = ctx.now()
    review = AlertReview(
        kind=key.kind,
        infusion_id=key.infusion_id,
        reviewed_at=now if at is None else at.replace(microsecond=0),
        by=ctx.user,
        note=note.strip(),
        vital_at=key.vital_at,
        offset_h=key.offset_h,
    )
    record = review_record(review)
    require_not_future(record, "reviewed_at", review.reviewed_at, now=now)
    with ctx.store.write() as conn:
        owners = patient_ids_for_infusions(conn, [key.infusion_id])
        if key.infusion_id not in owners:
            raise UnknownRecord(record, "infusion_id", f"no infusion {key.infusion_id!r}")
        pid = owners[key.infusion_id]
        loaded = load_records(conn, [pid])
        if pid not in loaded:
            raise UnknownRecord(record, "infusion_id", "its patient is entered in error")
        patient, infusions, checks = loaded[pid]
        raised = _raised_by(patient, infusions, checks, ctx.alert_settings())
        alert = validate_review(review, raised, notes_max=notes_max_chars(ctx))
        stored.insert_reviews(conn, [review], ctx.stamp())
        refresh_patients(ctx, conn, [pid])
    return _row(alert, review)


def alert_json(row: AlertRow) -> dict[str, object]:
    """SPEC 10.3 keys; a reviewed alert adds its review."""
    found: dict[str, object] = {
        "kind": row.kind.value,
        "severity": row.severity.value,
        "mrn": row.mrn,
        "infusion_id": row.infusion_id,
        "at": to_iso(row.at),
        "reason": row.reason,
    }
    if row.review is not None:
        found["review"] = {
            "at": to_iso(row.review.reviewed_at),
            "by": row.review.by,
            "note": row.review.note,
        }
    return found


def reviews_to_export(conn: Connection, records: Iterable[Record]) -> list[AlertReview]:
    """The reviews of these records' alerts, in the records' order; a review whose alert the
    records no longer raise (its vital signs entered in error) is left out with them."""
    records = list(records)
    reviews = stored.load_reviews(conn, [i.id for _, infusions, _ in records for i in infusions])
    if not reviews:
        return []
    settings = load_alert_settings(conn)
    kept: list[AlertReview] = []
    by_infusion: dict[str, list[AlertReview]] = {}
    for review in reviews:
        by_infusion.setdefault(review.infusion_id, []).append(review)
    for patient, infusions, checks in records:
        keys = {a.key for a in _raised_by(patient, infusions, checks, settings)}
        for infusion in infusions:
            kept += [r for r in by_infusion.get(infusion.id, []) if r.key in keys]
    return kept


def store_imported_reviews(ctx: Context, conn: Connection, reviews: Sequence[AlertReview]) -> None:
    """Inside an import's write transaction, after its records: each review must name an alert
    that the records (the file's and the database's) raise, at or after that alert's time
    (SPEC 10.4, 12); refused by name otherwise. Stored, and the alerts they close leave the
    stored state."""
    if not reviews:
        return
    owners = patient_ids_for_infusions(conn, sorted({r.infusion_id for r in reviews}))
    by_patient: dict[int, list[AlertReview]] = {}
    for review in reviews:
        if review.infusion_id not in owners:
            raise ValidationError(
                review_record(review),
                "infusion_id",
                f"no infusion {review.infusion_id!r} in this file or in the database",
            )
        by_patient.setdefault(owners[review.infusion_id], []).append(review)
    pids = sorted(by_patient)
    closed: list[tuple[int, AlertKey]] = []
    replay: list[int] = pids
    if counter(conn, STATE_BUILT):
        closed, replay = _judge_by_state(conn, pids, by_patient)
    _judge_by_records(ctx, conn, replay, by_patient)
    stored.insert_reviews(conn, reviews, ctx.stamp())
    stored.forget_closed(conn, closed)
    refresh_patients(ctx, conn, replay)
    # The cohort report counts reviews: the patients not made again above are counted here.
    report_state.refresh(ctx, conn, sorted(set(pids) - set(replay)))


def _judge_by_state(
    conn: Connection, pids: Sequence[int], by_patient: dict[int, list[AlertReview]]
) -> tuple[list[tuple[int, AlertKey]], list[int]]:
    """The import just stored every alert of its records that no review closed: a review of
    one of those is judged against it without reading the records again. Returns the alerts
    so closed, and the patients whose records must decide (a second review of an alert, or a
    review of none)."""
    closed: list[tuple[int, AlertKey]] = []
    replay: list[int] = []
    for first in range(0, len(pids), REPLAY_BATCH):
        batch = pids[first : first + REPLAY_BATCH]
        unreviewed: dict[AlertKey, Alert] = {
            found.alert.key: found.alert for found in stored.unreviewed_alerts(conn, batch)
        }
        for pid in batch:
            if all(r.key in unreviewed for r in by_patient[pid]):
                for review in by_patient[pid]:
                    validate_review(review, [unreviewed[review.key]])
                    closed.append((pid, review.key))
            else:
                replay.append(pid)
    return closed, replay


def _judge_by_records(
    ctx: Context,
    conn: Connection,
    pids: Sequence[int],
    by_patient: dict[int, list[AlertReview]],
) -> None:
    """Each review of these patients against every alert their stored records raise."""
    settings = ctx.alert_settings()
    for first in range(0, len(pids), REPLAY_BATCH):
        batch = pids[first : first + REPLAY_BATCH]
        records = load_records(conn, batch)
        for pid in batch:
            alerts: list[Alert] = []
            if pid in records:
                patient, infusions, checks = records[pid]
                alerts = _raised_by(patient, infusions, checks, settings)
            for review in by_patient[pid]:
                validate_review(review, alerts)


def _raised_by(
    patient: Patient,
    infusions: Sequence[Infusion],
    checks: Sequence[Check],
    settings: AlertSettings,
) -> list[Alert]:
    """Every alert one patient's records raise at some time (what a review may refer to)."""
    return raised_alerts(
        patients={patient.mrn: patient},
        infusions=infusions,
        checks=checks,
        at=None,
        limits=vital_sign_limits(),
        settings=settings,
    )
