"""Who an imported record names as its author, and how the name is kept after the import.

An interchange file may say who recorded an infusion (`recorded_by`) and who did a check
(`done_by`). A file is only text: anyone could write a colleague's name into it. So a name other
than the importer's own is accepted only from a signed-in administrator, and it is kept with the
importer beside it, in the one field that every screen and export already shows:
`anna (imported by lead)`. A file that already carries such a note (it was exported from a
database that had imported it) keeps its original author and gets the new importer instead, so
that names do not grow with every move between databases.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ivigmon.domain.alert_reviews import review_record
from ivigmon.domain.interchange import Document
from ivigmon.domain.models import AlertReview
from ivigmon.domain.validation import (
    SHORT_TEXT_MAX,
    ValidationError,
    check_record,
    infusion_record,
    show,
)

IMPORT_NOTE = re.compile(r" \(imported by [^()]*\)$")


def imported_author(
    record: str, field: str, name: str, *, importer: str, may_name_others: bool
) -> str:
    """The author to store for `name` (empty when the file names nobody).

    Raises `ValidationError` when `name` is someone other than `importer` and the importer may
    not name others.
    """
    author = IMPORT_NOTE.sub("", name).strip()
    if not author or author == importer:
        return author
    if not may_name_others:
        raise ValidationError(
            record,
            field,
            f"names {show(author)}, not you ({importer}); only a signed-in administrator may "
            "import what someone else recorded",
        )
    if len(author) > SHORT_TEXT_MAX:
        raise ValidationError(
            record, field, f"must be at most {SHORT_TEXT_MAX} characters (got {len(author)})"
        )
    return f"{author} (imported by {importer})"


def attribute_authors(document: Document, *, importer: str, may_name_others: bool) -> Document:
    """`document` with every `recorded_by` and `done_by` as it is to be stored."""
    infusions = tuple(
        replace(
            infusion,
            recorded_by=imported_author(
                infusion_record(infusion.id),
                "recorded_by",
                infusion.recorded_by,
                importer=importer,
                may_name_others=may_name_others,
            ),
        )
        for infusion in document.infusions
    )
    checks = tuple(
        check
        if check.done_by is None
        else replace(
            check,
            done_by=imported_author(
                check_record(check.infusion_id, check.offset_h),
                "done_by",
                check.done_by,
                importer=importer,
                may_name_others=may_name_others,
            ),
        )
        for check in document.checks
    )
    return replace(document, infusions=infusions, checks=checks)


def attribute_reviewers(
    reviews: tuple[AlertReview, ...], *, importer: str, may_name_others: bool
) -> tuple[AlertReview, ...]:
    """Each imported alert review with its `by` as it is to be stored (the rule of
    `imported_author`: a review is as attributable as the record it closes)."""
    return tuple(
        replace(
            review,
            by=imported_author(
                review_record(review),
                "by",
                review.by,
                importer=importer,
                may_name_others=may_name_others,
            )
            or importer,
        )
        for review in reviews
    )
