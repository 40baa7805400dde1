"""Alert reviews (SPEC 10.2, 12): which review closes an alert, what is open, what is refused."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.alerts import raised_alerts
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.models import Alert, AlertKey, AlertReview, Check, Infusion, Patient
from ivigmon.domain.settings import AlertSettings
from ivigmon.domain.timefmt import to_display
from ivigmon.domain.validation import (
    CHECK_OFFSET_H,
    INFUSION_ID_MAX,
    NOTES_MAX,
    SHORT_TEXT_MAX,
    ValidationError,
    check_time_range,
    require_identifier,
    require_in_limit,
    require_text,
    shown_identifier,
)
from ivigmon.domain.vital_limits import VitalLimits


@dataclass(frozen=True)
class ReviewedAlert:
    """An alert raised at a moment, with the review that closed it by then (None: open)."""

    alert: Alert
    review: AlertReview | None = None

    @property
    def is_open(self) -> bool:
        return self.review is None


def closing_review(
    alert: Alert, reviews: Iterable[AlertReview], at: datetime
) -> AlertReview | None:
    """SPEC 12: the earliest review of this alert at or before `at` (none timed before the alert
    counts: such a review is refused when it is entered)."""
    matching = [r for r in reviews if r.key == alert.key and alert.at <= r.reviewed_at <= at]
    return min(matching, key=lambda r: (r.reviewed_at, r.id or 0), default=None)


def with_reviews(
    alerts: Iterable[Alert], reviews: Iterable[AlertReview], at: datetime
) -> list[ReviewedAlert]:
    """Each alert with its closing review at `at`, in the order given."""
    by_key: dict[AlertKey, list[AlertReview]] = {}
    for review in reviews:
        by_key.setdefault(review.key, []).append(review)
    return [
        ReviewedAlert(alert, closing_review(alert, by_key.get(alert.key, ()), at))
        for alert in alerts
    ]


def alerts_at(
    *,
    patients: Mapping[str, Patient],
    infusions: Sequence[Infusion],
    checks: Sequence[Check],
    reviews: Sequence[AlertReview],
    at: datetime,
    limits: VitalLimits,
    settings: AlertSettings,
) -> list[ReviewedAlert]:
    """Every alert raised at `at`, open or reviewed by then, in the SPEC 12 order (`--all`).

    The record is replayed as it stood at `at` (SPEC 5a); an alert is open when its `at` is at
    or before the reference time and no review of it is at or before it.
    """
    raised = raised_alerts(
        patients=patients,
        infusions=infusions,
        checks=checks,
        at=at,
        limits=limits,
        settings=settings,
    )
    return with_reviews(raised, reviews, at)


def open_alerts(
    *,
    patients: Mapping[str, Patient],
    infusions: Sequence[Infusion],
    checks: Sequence[Check],
    reviews: Sequence[AlertReview],
    at: datetime,
    limits: VitalLimits,
    settings: AlertSettings,
) -> list[Alert]:
    """The alerts open at `at`, urgent first, then by `at`, MRN, kind, infusion id, offset."""
    every = alerts_at(
        patients=patients,
        infusions=infusions,
        checks=checks,
        reviews=reviews,
        at=at,
        limits=limits,
        settings=settings,
    )
    return [r.alert for r in every if r.is_open]


def review_record(review: AlertReview) -> str:
    """How a message names a review: `alert review vital_signs inf-1 2026-03-01 10:00`."""
    text = f"alert review {review.kind.value} {shown_identifier(review.infusion_id)}"
    if review.vital_at is not None:
        text += f" {to_display(review.vital_at)}"
    if review.offset_h is not None:
        text += f" +{review.offset_h} h"
    return text


def validate_review(
    review: AlertReview, raised: Iterable[Alert], *, notes_max: int = NOTES_MAX
) -> Alert:
    """The alert `review` closes; `ValidationError` naming the field when it cannot be.

    `raised`: every alert the records raise at some time (`raised_alerts(..., at=None)`). A
    review must name an alert of these (SPEC 12) and may not be timed before that alert's `at`.
    Whether it lies in the future is for the caller, who knows the time.
    """
    record = review_record(review)
    require_identifier(record, "infusion_id", review.infusion_id, max_length=INFUSION_ID_MAX)
    _check_key_fields(record, review)
    check_time_range(record, "reviewed_at", review.reviewed_at)
    require_text(record, "by", review.by, max_length=SHORT_TEXT_MAX, single_line=True)
    require_text(record, "note", review.note, max_length=notes_max)
    alert = next((a for a in raised if a.key == review.key), None)
    if alert is None:
        field = {
            AlertKind.VITAL_SIGNS: "vital_at",
            AlertKind.RED_FLAG: "offset_h",
            AlertKind.UNENDED: "infusion_id",
        }[review.kind]
        raise ValidationError(
            record, field, f"the records raise no such {review.kind.value} alert to review"
        )
    if review.reviewed_at < alert.at:
        raise ValidationError(
            record,
            "reviewed_at",
            f"{to_display(review.reviewed_at)} is before the alert itself ({to_display(alert.at)})",
        )
    return alert


def _check_key_fields(record: str, review: AlertReview) -> None:
    """A vital-signs review names the record's time, a red-flag review the check's offset."""
    wants_vital = review.kind is AlertKind.VITAL_SIGNS
    wants_offset = review.kind is AlertKind.RED_FLAG
    if wants_vital and review.vital_at is None:
        raise ValidationError(record, "vital_at", "missing; a vital_signs review names its record")
    if not wants_vital and review.vital_at is not None:
        raise ValidationError(
            record, "vital_at", f"only a vital_signs review has it, not {review.kind.value}"
        )
    if wants_offset and review.offset_h is None:
        raise ValidationError(record, "offset_h", "missing; a red_flag review names its check")
    if not wants_offset and review.offset_h is not None:
        raise ValidationError(
            record, "offset_h", f"only a red_flag review has it, not {review.kind.value}"
        )
    if review.offset_h is not None:
        require_in_limit(record, "offset_h", review.offset_h, CHECK_OFFSET_H)
    if review.vital_at is not None:
        check_time_range(record, "vital_at", review.vital_at)
