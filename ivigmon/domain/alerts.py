"""The alerts the records raise at a moment (SPEC 10.2 and 12): vital signs, red flags, unended.

Each function takes the reference time `at` and replays the record as it stood then (SPEC 5a:
what was recorded after `at` is ignored). `at=None` means no reference time: every alert the
records raise at some time, which is what a review may refer to (SPEC 12, reviews). Records
entered in error are not in what the caller passes, so their alerts are gone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from ivigmon.domain.age import completed_months
from ivigmon.domain.codes import AlertKind, AlertSeverity, CheckOutcome, VitalLevel
from ivigmon.domain.models import Alert, Check, Infusion, Patient
from ivigmon.domain.phrases import Phrase, Phrases, english, say
from ivigmon.domain.red_flags import red_flag_phrases, red_flags
from ivigmon.domain.replay import check_as_of, infusion_as_of
from ivigmon.domain.settings import AlertSettings
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.vital_levels import vital_baseline, vital_sign_levels
from ivigmon.domain.vital_limits import VitalLimits

# SPEC 10.2: vital signs are compared up to 2 h after the end, while the child is still watched
# after the infusion (reactions begin during the infusion or soon after it).
AFTER_END = timedelta(hours=2)

SEVERITY_RANK: dict[AlertSeverity, int] = {AlertSeverity.URGENT: 0, AlertSeverity.ALERT: 1}


def vital_window(infusion: Infusion) -> tuple[datetime, datetime | None]:
    """Records after the first time and at or before the second (None: no upper end).

    SPEC 12: an infusion ended by the reference time compares records in (start, end + 2 h];
    a running one (pass it replayed: no end) every record after its start. A record exactly at
    the start is baseline and is not compared.
    """
    return infusion.start, None if infusion.end is None else infusion.end + AFTER_END


def vital_sign_alerts(
    patient: Patient, infusion: Infusion, at: datetime | None, limits: VitalLimits
) -> list[Alert]:
    """One alert per vital-sign record in the window whose worst sign is alert or urgent."""
    if patient.mrn != infusion.mrn:
        raise ValueError(f"infusion {infusion.id} is not of patient {patient.mrn}")
    known = infusion if at is None else infusion_as_of(infusion, at)
    if known is None:
        return []
    first, last = vital_window(known)
    baseline = vital_baseline(known)
    # SPEC 12: the age band is the completed months at the infusion's start.
    age = completed_months(patient.birth_date, known.start)
    alerts: list[Alert] = []
    for record in known.vitals:
        if record.at <= first or (last is not None and record.at > last):
            continue
        levels = vital_sign_levels(record, baseline, age, limits)
        if levels.level.rank < VitalLevel.ALERT.rank:
            continue  # watch is shown at the bedside only
        severity = (
            AlertSeverity.URGENT if levels.level is VitalLevel.URGENT else AlertSeverity.ALERT
        )
        alerts.append(
            Alert(
                kind=AlertKind.VITAL_SIGNS,
                severity=severity,
                mrn=known.mrn,
                infusion_id=known.id,
                at=record.at,
                reason=english(phrases := levels.phrases),
                vital_at=record.at,
                vital_id=record.id,
                phrases=phrases,
            )
        )
    return alerts


def red_flag_alerts(
    infusion: Infusion, checks: Iterable[Check], at: datetime | None
) -> list[Alert]:
    """An urgent alert per done check of `infusion` with outcome symptoms naming a red flag."""
    alerts: list[Alert] = []
    for check in checks:
        if check.infusion_id != infusion.id:
            continue
        known = check if at is None else check_as_of(check, at)
        if known.done_at is None or known.outcome is not CheckOutcome.SYMPTOMS:
            continue
        if not red_flags(known.symptoms):
            continue
        first, *more = red_flag_phrases(known.symptoms)
        phrases = (
            say(
                QT_TRANSLATE_NOOP("reasons", "at the {offset} h check: {flags}"),
                offset=known.offset_h,
                flags=first,
            ),
            *more,
        )
        alerts.append(
            Alert(
                kind=AlertKind.RED_FLAG,
                severity=AlertSeverity.URGENT,
                mrn=infusion.mrn,
                infusion_id=infusion.id,
                at=known.done_at,
                reason=english(phrases),
                offset_h=known.offset_h,
                phrases=phrases,
            )
        )
    return alerts


def unended_alerts(
    infusions: Iterable[Infusion], at: datetime | None, max_running_h: float
) -> list[Alert]:
    """An alert per infusion still running more than `max_running_h` after its start.

    SPEC 12: open when the reference time is more than `max_running_h` after the start (exactly
    that long is not); `at` of the alert is start + `max_running_h`. With `at=None`, every
    infusion that ran (or runs) longer than that at some time.
    """
    limit = timedelta(hours=max_running_h)
    alerts: list[Alert] = []
    for infusion in infusions:
        if at is None:
            if infusion.end is not None and infusion.end - infusion.start <= limit:
                continue
        else:
            running = infusion.end is None or infusion.end > at
            if infusion.start > at or not running or at - infusion.start <= limit:
                continue
        alerts.append(
            Alert(
                kind=AlertKind.UNENDED,
                severity=AlertSeverity.ALERT,
                mrn=infusion.mrn,
                infusion_id=infusion.id,
                at=infusion.start + limit,
                reason=english(phrases := unended_phrases(infusion.start, at, max_running_h)),
                phrases=phrases,
            )
        )
    return alerts


def unended_phrases(start: datetime, at: datetime | None, max_running_h: float) -> Phrases:
    """Why an infusion started at `start` and still running at `at` is an alert (None: no
    reference time, so its running time is not known)."""
    if at is None:
        template = QT_TRANSLATE_NOOP(
            "reasons",
            "running for more than {duration} since {time}: record its end, or mark it entered"
            " in error",
        )
        duration = _duration(timedelta(hours=max_running_h))
    else:
        template = QT_TRANSLATE_NOOP(
            "reasons",
            "running for {duration} since {time}: record its end, or mark it entered in error",
        )
        duration = _duration(at - start)
    return (say(template, duration=duration, time=start),)


def raised_alerts(
    *,
    patients: Mapping[str, Patient],
    infusions: Sequence[Infusion],
    checks: Sequence[Check],
    at: datetime | None,
    limits: VitalLimits,
    settings: AlertSettings,
) -> list[Alert]:
    """Every alert the records raise at `at` (None: at some time), in the SPEC 12 order.

    `patients` maps each MRN of `infusions` to its patient (for the age bands).
    """
    by_infusion: dict[str, list[Check]] = {}
    for check in checks:
        by_infusion.setdefault(check.infusion_id, []).append(check)
    alerts: list[Alert] = []
    for infusion in infusions:
        alerts += vital_sign_alerts(patients[infusion.mrn], infusion, at, limits)
        alerts += red_flag_alerts(infusion, by_infusion.get(infusion.id, ()), at)
    alerts += unended_alerts(infusions, at, settings.max_running_h)
    return sorted(alerts, key=alert_order)


def alert_order(
    alert: Alert,
) -> tuple[int, datetime, str, str, str, int, datetime]:
    """SPEC 12: severity (urgent first), `at`, MRN, kind (alphabetical), infusion id, offset."""
    return (
        SEVERITY_RANK[alert.severity],
        alert.at,
        alert.mrn,
        alert.kind.value,
        alert.infusion_id,
        -1 if alert.offset_h is None else alert.offset_h,
        alert.vital_at or alert.at,
    )


def _duration(span: timedelta) -> Phrase:
    """`26 h`, `24 h 1 min`: hours and minutes, as a nurse counts an infusion's running time."""
    hours, minutes = divmod(int(span.total_seconds() // 60), 60)
    if minutes:
        return say(
            QT_TRANSLATE_NOOP("reasons", "{hours} h {minutes} min"), hours=hours, minutes=minutes
        )
    return say(QT_TRANSLATE_NOOP("reasons", "{hours} h"), hours=hours)
