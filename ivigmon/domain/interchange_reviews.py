"""Alert reviews in the interchange file (SPEC 10.4): the optional top-level `alert_reviews`.

Each item is `{"kind", "infusion_id", "vital_at" (vital_signs), "offset_h" (red_flag),
"reviewed_at", "by", "note"}`. This module judges each item alone; whether the records of the
same file or the database raise the alert it reviews is judged once they are all known
(`alert_reviews.validate_review`).
"""

from __future__ import annotations

from datetime import datetime

from ivigmon.domain.codes import AlertKind
from ivigmon.domain.interchange_shape import Keys, check_keys, json_list, json_object
from ivigmon.domain.models import AlertReview
from ivigmon.domain.timefmt import to_iso
from ivigmon.domain.validation import (
    AUTHOR_MAX,
    CHECK_OFFSET_H,
    INFUSION_ID_MAX,
    NOTES_MAX,
    parse_time_field,
    require_code,
    require_identifier,
    require_not_future,
    require_text,
    require_whole_in_limit,
)

REVIEWS = "alert_reviews"
ALERT_REVIEW_KEYS = Keys(
    ("kind", "infusion_id", "reviewed_at", "by", "note"), ("vital_at", "offset_h")
)


def parse_alert_reviews(value: object, *, now: datetime) -> tuple[AlertReview, ...]:
    """The file's reviews, each judged alone; `ValidationError` naming the first problem."""
    reviews: list[AlertReview] = []
    for number, raw in enumerate(json_list("file", REVIEWS, value), start=1):
        obj = json_object(raw, "file", REVIEWS, number)
        record = f"alert review #{number}"
        check_keys(record, obj, ALERT_REVIEW_KEYS)
        raw_vital, raw_offset = obj.get("vital_at"), obj.get("offset_h")
        review = AlertReview(
            kind=require_code(record, "kind", obj["kind"], AlertKind),
            infusion_id=require_identifier(
                record, "infusion_id", obj["infusion_id"], max_length=INFUSION_ID_MAX
            ),
            reviewed_at=parse_time_field(record, "reviewed_at", obj["reviewed_at"]),
            by=require_text(record, "by", obj["by"], max_length=AUTHOR_MAX, single_line=True),
            note=require_text(record, "note", obj["note"], max_length=NOTES_MAX),
            vital_at=None if raw_vital is None else parse_time_field(record, "vital_at", raw_vital),
            offset_h=None
            if raw_offset is None
            else require_whole_in_limit(record, "offset_h", raw_offset, CHECK_OFFSET_H),
        )
        require_not_future(record, "reviewed_at", review.reviewed_at, now=now)
        reviews.append(review)
    return tuple(reviews)


def alert_review_json(review: AlertReview) -> dict[str, object]:
    """A review as the file writes it (only the key its kind has: `vital_at` or `offset_h`)."""
    found: dict[str, object] = {"kind": review.kind.value, "infusion_id": review.infusion_id}
    if review.vital_at is not None:
        found["vital_at"] = to_iso(review.vital_at)
    if review.offset_h is not None:
        found["offset_h"] = review.offset_h
    found.update({"reviewed_at": to_iso(review.reviewed_at), "by": review.by, "note": review.note})
    return found
