"""What a nurse charts around a service infusion: premedication and vital signs."""

from __future__ import annotations

import random
from datetime import datetime

from ivigmon.demo.arithmetic import round_to
from ivigmon.demo.service_clock import minutes
from ivigmon.demo.service_draw import below, uniform
from ivigmon.domain.codes import EventTerm, PremedClass
from ivigmon.domain.models import Premedication, VitalSigns

# Normal ranges by age (upper bound in years): heart rate, respiratory rate, systolic pressure,
# kept inside the Bedside PEWS "watch" limits (reference paediatric_vital_signs.csv: Parshuram
# 2009, Table 1), so that an uneventful infusion raises no vital-sign alert (SPEC 10.2).
VITAL_RANGES: tuple[tuple[float, tuple[int, int], tuple[int, int], tuple[int, int]], ...] = (
    (0.25, (115, 145), (32, 50), (65, 78)),
    (1.0, (105, 145), (26, 45), (82, 98)),
    (4.0, (92, 118), (20, 36), (92, 108)),
    (13.0, (72, 108), (20, 30), (92, 118)),
    (200.0, (62, 98), (12, 16), (102, 128)),
)
NORMAL_TEMP_C = (36.3, 37.3)
# Kawasaki disease: the child is febrile when IVIG starts (AHA 2017: fever is a criterion);
# an active infection shows as a raised temperature before the start.
KD_FEVER_C = (38.0, 39.6)
INFECTION_TEMP_C = (37.6, 38.6)
# Observations: a baseline 5-20 min before the start, at 30 and 90 min, then every 2 h, at the
# end (labels: monitor vital signs throughout, especially at the start and at rate changes).
DURING_MINUTES = (30, 90, 210, 330, 450)


class Chart:
    """Vital signs drawn around one age band's normal range (about 5 million readings)."""

    def __init__(self, hr: tuple[int, int], rr: tuple[int, int], sbp: tuple[int, int]) -> None:
        # (lowest value, number of values) of each range, for one random() per sign.
        self.hr = (hr[0], hr[1] - hr[0] + 1)
        self.rr = (rr[0], rr[1] - rr[0] + 1)
        self.sbp = (sbp[0], sbp[1] - sbp[0] + 1)

    def at(
        self,
        rng: random.Random,
        moment: datetime,
        temp_c: float,
        term: str = "",
    ) -> VitalSigns:
        r = rng.random
        hr = self.hr[0] + int(r() * self.hr[1])
        if temp_c > 37.0:
            hr += int((temp_c - 37.0) * 10 + 0.5)  # about 10/min per degree of fever
        rr = self.rr[0] + int(r() * self.rr[1])
        sbp = self.sbp[0] + int(r() * self.sbp[1])
        spo2 = 96 + int(r() * 5)
        if term:
            hr, rr, sbp, spo2 = _reacting(rng, term, hr, rr, sbp, spo2)
        dbp = int(sbp * (0.55 + 0.13 * r()) + 0.5)
        return VitalSigns(moment, round(temp_c, 1), hr, sbp, dbp, rr, spo2)


_CHARTS = tuple((top, Chart(hr, rr, sbp)) for top, hr, rr, sbp in VITAL_RANGES)


def chart(age: float) -> Chart:
    """The chart of an age in years."""
    for top, found in _CHARTS:
        if age < top:
            return found
    return _CHARTS[-1][1]


def _reacting(
    rng: random.Random, term: str, hr: int, rr: int, sbp: int, spo2: int
) -> tuple[int, int, int, int]:
    """Signs of a reaction in progress (CTCAE terms of the event recorded with them)."""
    if term in (EventTerm.FLUSHING, EventTerm.HEADACHE, EventTerm.CHILLS):
        return hr + 10 + below(rng, 10), rr, sbp + below(rng, 12), spo2
    if term == EventTerm.TACHYCARDIA:
        return round(hr * uniform(rng, 1.3, 1.5)), rr, sbp, spo2
    if term == EventTerm.HYPERTENSION:
        return hr, rr, round(sbp * uniform(rng, 1.2, 1.3)), spo2
    if term == EventTerm.HYPOTENSION:
        return hr + 15, rr, round(sbp * uniform(rng, 0.65, 0.75)), spo2
    if term == EventTerm.DYSPNOEA:
        return hr + 10, round(rr * uniform(rng, 1.3, 1.6)), sbp, 91 + below(rng, 4)
    if term == EventTerm.ANAPHYLAXIS:
        low_sbp = round(sbp * uniform(rng, 0.55, 0.68))
        return round(hr * uniform(rng, 1.3, 1.5)), round(rr * 1.5), low_sbp, 86 + below(rng, 6)
    return hr, rr, sbp, spo2


def _mg(value: float) -> str:
    return f"{value:g} mg"


def _antihistamine_mg(age: float) -> float:
    """Cetirizine / chlorphenamine by age band (BNF for Children)."""
    if age < 2:
        return 1.0
    if age < 6:
        return 2.5
    if age < 12:
        return 5.0
    return 10.0


def premedications(
    start: datetime,
    weight_kg: float,
    age: float,
    *,
    antihistamine: str,
    steroid: bool,
    nsaid: bool,
) -> tuple[Premedication, ...]:
    """Paracetamol and the patient's usual drugs, 30 min before the start (BNF doses:
    paracetamol 15 mg/kg up to 1 g, ibuprofen 10 mg/kg up to 400 mg, hydrocortisone 4 mg/kg up
    to 100 mg)."""
    at = start - minutes(30)
    given = [
        Premedication(
            at,
            "paracetamol",
            PremedClass.ANTIPYRETIC,
            _mg(min(1000, round_to(15 * weight_kg, 10))),
            "po",
        )
    ]
    if antihistamine and age >= 1:
        drug = antihistamine if age >= 2 else "chlorphenamine"
        route = "iv" if drug == "chlorphenamine" else "po"
        given.append(
            Premedication(at, drug, PremedClass.ANTIHISTAMINE, _mg(_antihistamine_mg(age)), route)
        )
    if steroid:
        dose = _mg(min(100, round_to(4 * weight_kg, 5)))
        given.append(Premedication(at, "hydrocortisone", PremedClass.GLUCOCORTICOID, dose, "iv"))
    if nsaid:
        dose = _mg(min(400, round_to(10 * weight_kg, 10)))
        given.append(Premedication(at, "ibuprofen", PremedClass.NSAID, dose, "po"))
    return tuple(given)
