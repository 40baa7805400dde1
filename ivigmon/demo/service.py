"""A national immunoglobulin service as a stream of batches of domain records.

The demo ward (`ward.py`) builds one paediatric ward in memory. This generator models a national
service, about 100,000 patients and a million infusions over ten years, and yields it in batches
of patients, each with its infusions and its done follow-up checks, so that a writer can store
it batch by batch in bounded memory.

Every patient has its own random stream, seeded from (seed, patient number): the records do not
depend on the batch size, and each batch can be made on its own. A first pass over the patients'
schedules (cheap: starts only) numbers the infusions in order of start across the service.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from ivigmon.demo.service_index import StartIndex
from ivigmon.demo.service_infusions import Setting, render_patient
from ivigmon.demo.service_people import make_person
from ivigmon.demo.service_plan import Frame, make_frame, plan_patient
from ivigmon.demo.service_products import ProductChooser
from ivigmon.demo.service_pump import RateRules
from ivigmon.demo.service_reviews import review_alerts
from ivigmon.domain.models import Alert, AlertReview, Check, Infusion, Patient
from ivigmon.domain.settings import AlertSettings
from ivigmon.services.bulk.records_load import OpenAlerts
from ivigmon.services.catalogue import growth_reference, shipped_products, vital_limits

BATCH_PATIENTS = 200  # a batch in each process and one in the queue: memory stays small
MRN_DIGITS = 6
INFUSION_ID_DIGITS = 7


@dataclass(frozen=True)
class ServiceBatch:
    """Some patients with all their infusions (ordered by start), their done checks and the
    reviews of their alerts."""

    patients: list[Patient]
    infusions: list[Infusion]
    checks: list[Check]
    alert_reviews: list[AlertReview]
    open_alerts: OpenAlerts


def generate_service(
    *,
    patients: int,
    seed: int,
    now: datetime,
    years: float = 10.0,
    batch_patients: int = BATCH_PATIENTS,
) -> Iterator[ServiceBatch]:
    """The service's records up to `now` (same input, same records), `batch_patients` at a time.

    MRNs run `N-000001` upwards; infusion ids `inf-0000001` upwards in order of start. Nothing
    lies after `now`: infusions still running then have no end and no checks, and checks not
    yet done (due soon, or in the last days) are left out, as are superseded ones. Every alert
    is reviewed within hours, so only those of the last hours are open.
    """
    if patients < 1:
        raise ValueError("the national service needs at least one patient")
    if years <= 0:
        raise ValueError("the national service needs a history of more than 0 years")
    if batch_patients < 1:
        raise ValueError("a batch needs at least one patient")
    return _batches(
        make_frame(now.replace(second=0, microsecond=0), years, patients), seed, batch_patients
    )


def _patient_rng(seed: int, number: int) -> random.Random:
    return random.Random(f"ivigmon-service/{seed}/{number}")


def _batches(frame: Frame, seed: int, batch_patients: int) -> Iterator[ServiceBatch]:
    index = StartIndex(frame.patients)
    for number in range(1, frame.patients + 1):
        for dose in plan_patient(_patient_rng(seed, number), number, frame).doses:
            index.add(number, dose.start)
    index.freeze()
    setting = Setting(
        now=frame.now,
        growth=growth_reference(),
        chooser=ProductChooser({p.id: p for p in shipped_products()}),
        rates=RateRules(),
        index=index,
        id_width=max(INFUSION_ID_DIGITS, len(str(index.total))),
    )
    # A new demo database has the default alert settings.
    limits, alerts = vital_limits(), AlertSettings()
    mrn_width = max(MRN_DIGITS, len(str(frame.patients)))
    for first in range(1, frame.patients + 1, batch_patients):
        patients: list[Patient] = []
        infusions: list[Infusion] = []
        checks: list[Check] = []
        reviews: list[AlertReview] = []
        still_open: list[Alert] = []
        for number in range(first, min(first + batch_patients, frame.patients + 1)):
            rng = _patient_rng(seed, number)
            plan = plan_patient(rng, number, frame)
            person = make_person(rng, plan, f"N-{number:0{mrn_width}d}")
            patient, made, done = render_patient(rng, person, setting)
            patients.append(patient)
            infusions.extend(made)
            checks.extend(done)
            reviewed, left = review_alerts(
                rng,
                patient,
                made,
                done,
                now=frame.now,
                limits=limits,
                settings=alerts,
                nurse=person.nurse,
            )
            reviews += reviewed
            still_open += left
        infusions.sort(key=lambda i: i.id)
        checks.sort(key=lambda c: (c.infusion_id, c.offset_h))
        yield ServiceBatch(
            patients, infusions, checks, reviews, OpenAlerts(settings=alerts, alerts=still_open)
        )
