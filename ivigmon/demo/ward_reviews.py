"""The demo ward's nurses review its alerts within hours, as the service's do, so that a new
user's alert list starts with the alerts of the last hours and the showcase ones, not with
months-old fevers nobody looked at."""

from __future__ import annotations

import random
from collections.abc import Collection
from datetime import datetime
from typing import Any

from ivigmon.demo.infusions import RECORDED_BY
from ivigmon.demo.service_reviews import review_alerts
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.interchange_reviews import REVIEWS, alert_review_json
from ivigmon.domain.models import AlertKey, AlertReview, Check, Infusion
from ivigmon.domain.settings import AlertSettings, CheckSettings
from ivigmon.services.catalogue import vital_limits


def add_reviews(
    document: dict[str, Any],
    *,
    now: datetime,
    rng: random.Random,
    product_ids: Collection[str],
    keep_open: Collection[AlertKey],
) -> None:
    """Add to the built document a review of each alert its records raise, some minutes after
    it and none after `now`; the alerts in `keep_open` are left for a new user to find."""
    parsed = parse_document(
        document, product_ids=product_ids, check_offsets=CheckSettings().offsets_h, now=now
    )
    infusions: dict[str, list[Infusion]] = {}
    for infusion in parsed.infusions:
        infusions.setdefault(infusion.mrn, []).append(infusion)
    owner = {i.id: i.mrn for i in parsed.infusions}
    checks: dict[str, list[Check]] = {}
    for check in parsed.checks:
        checks.setdefault(owner[check.infusion_id], []).append(check)
    limits = vital_limits()
    reviews: list[AlertReview] = []
    for patient in parsed.patients:
        # A new demo database has the default alert settings. The demo's records name the
        # author `demo` (nobody's name), and so do their reviews.
        reviewed, _still_open = review_alerts(
            rng,
            patient,
            infusions.get(patient.mrn, []),
            checks.get(patient.mrn, []),
            now=now,
            limits=limits,
            settings=AlertSettings(),
            nurse=lambda _rng: RECORDED_BY,
        )
        reviews += [r for r in reviewed if r.key not in keep_open]
    document[REVIEWS] = [alert_review_json(r) for r in reviews]
