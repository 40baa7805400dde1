"""The service's nurses review the alerts its records raise, as a ward does within hours.

A real service looks at every alert soon after it is raised (SPEC 10.2: the review records what
was done), so only the alerts of the last hours are open at any time. Reviews come after the
records are made, from the patient's own random stream, so they change no record.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from ivigmon.demo.service_draw import Weighted, below
from ivigmon.domain.alerts import raised_alerts
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.models import Alert, AlertReview, Check, Infusion, Patient
from ivigmon.domain.settings import AlertSettings
from ivigmon.domain.vital_limits import VitalLimits

# Minutes from an alert to its review: the nurse in charge looks at it within the shift.
REVIEW_AFTER_MIN = (10, 240)
NOTES: dict[AlertKind, Weighted[str]] = {
    AlertKind.VITAL_SIGNS: Weighted(
        [
            ("Observations repeated and settled; infusion continued at the same rate", 40),
            ("Rate reduced to the previous step; observations repeated every 15 min", 30),
            ("Infusion paused, doctor informed; restarted at a lower rate once settled", 20),
            ("Reading taken during crying; repeated at rest within limits", 10),
        ]
    ),
    AlertKind.RED_FLAG: Weighted(
        [
            ("Reviewed by the doctor on call; patient asked to attend for assessment", 60),
            ("Telephone advice given; bloods and urine requested at the local clinic", 40),
        ]
    ),
    AlertKind.UNENDED: Weighted(
        [("The infusion had finished; its end is to be recorded from the pump history", 1)]
    ),
}


def review_alerts(
    rng: random.Random,
    patient: Patient,
    infusions: Sequence[Infusion],
    checks: Sequence[Check],
    *,
    now: datetime,
    limits: VitalLimits,
    settings: AlertSettings,
    nurse: Callable[[random.Random], str],
) -> tuple[list[AlertReview], list[Alert]]:
    """A review of each alert these records raise, some minutes after it; none after `now`.
    Also the alerts left open (raised in the last hours), which the writer then stores as they
    are instead of working every alert out a second time."""
    reviews: list[AlertReview] = []
    still_open: list[Alert] = []
    for alert in raised_alerts(
        patients={patient.mrn: patient},
        infusions=infusions,
        checks=checks,
        at=None,
        limits=limits,
        settings=settings,
    ):
        at = alert.at.replace(second=0, microsecond=0) + timedelta(
            minutes=REVIEW_AFTER_MIN[0] + below(rng, REVIEW_AFTER_MIN[1] - REVIEW_AFTER_MIN[0] + 1)
        )
        if at > now:
            still_open.append(alert)  # raised in the last hours
            continue
        reviews.append(
            AlertReview(
                kind=alert.kind,
                infusion_id=alert.infusion_id,
                reviewed_at=at,
                by=nurse(rng),
                note=NOTES[alert.kind].pick(rng),
                vital_at=alert.vital_at,
                offset_h=alert.offset_h,
            )
        )
    return reviews, still_open
