"""Builds a realistic, reproducible synthetic ward as an `ivigmon/1` interchange document."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from ivigmon.demo.alert_cases import add_alert_cases
from ivigmon.demo.checks import done_checks
from ivigmon.demo.courses import course_outcomes, plan_infusions
from ivigmon.demo.infusions import mark_expired_lot, render_infusion
from ivigmon.demo.people import patient_record, plan_patients
from ivigmon.demo.plan import PlannedInfusion, PlannedPatient, Ward
from ivigmon.demo.pump import choose_incidents
from ivigmon.demo.ward_reviews import add_reviews
from ivigmon.domain.interchange import FORMAT
from ivigmon.services.catalogue import growth_reference, shipped_products


def build_demo_document(*, patients: int = 70, seed: int = 1, now: datetime) -> dict[str, Any]:
    """A synthetic ward of `patients` children as an ivigmon/1 document (same input, same ward).

    Everything lies at or before `now`: about two years of courses, a few infusions ended in
    the last days (their follow-up checks partly done) and one or two still running. The
    ward's nurses have reviewed every alert of more than a few hours but the showcase ones.
    """
    if patients < 1:
        raise ValueError("the demo ward needs at least one patient")
    ward = Ward(
        rng=random.Random(seed),
        now=now.replace(second=0, microsecond=0),
        products={p.id: p for p in shipped_products()},
        growth=growth_reference(),
    )
    people = plan_patients(ward, patients)
    infusions: list[PlannedInfusion] = []
    for person in people:
        infusions.extend(plan_infusions(ward, person))
    _assign_identifiers(people, infusions)
    choose_incidents(ward, infusions)
    for infusion in infusions:
        render_infusion(ward, infusion)
    mark_expired_lot(ward, infusions)
    checks = done_checks(ward, infusions)
    course_outcomes(ward, infusions)
    for infusion in infusions:
        infusion.record["events"] = sorted(infusion.events, key=lambda e: str(e["onset"]))
    document = {
        "format": FORMAT,
        "patients": [patient_record(p) for p in sorted(people, key=lambda p: p.mrn)],
        "infusions": [i.record for i in infusions],
        "checks": checks,
    }
    showcase = add_alert_cases(document, ward.now)
    # Last, so that the reviews' draws change no record.
    add_reviews(document, now=ward.now, rng=ward.rng, product_ids=ward.products, keep_open=showcase)
    return document


def _assign_identifiers(people: list[PlannedPatient], infusions: list[PlannedInfusion]) -> None:
    """MRNs in order of the first infusion, infusion ids in order of start."""
    first_start: dict[int, datetime] = {}
    for infusion in infusions:
        key = id(infusion.patient)
        first_start[key] = min(first_start.get(key, infusion.start), infusion.start)
    people.sort(key=lambda p: first_start[id(p)])
    width = max(4, len(str(len(people))))
    for number, person in enumerate(people, start=1):
        person.mrn = f"K-{number:0{width}d}"
    infusions.sort(key=lambda i: (i.start, i.patient.mrn))
    width = max(4, len(str(len(infusions))))
    for number, infusion in enumerate(infusions, start=1):
        infusion.id = f"inf-{number:0{width}d}"
