"""Who the national service's patients are: name, sex, birth, blood group, comorbidities."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from ivigmon.demo.arithmetic import DAYS_PER_YEAR
from ivigmon.demo.service_draw import Weighted, below, chance, uniform
from ivigmon.demo.service_plan import PatientPlan
from ivigmon.domain.codes import Comorbidity, Diagnosis, Sex
from ivigmon.domain.models import Measurement, Patient

FIRST_NAMES: dict[Sex, tuple[str, ...]] = {
    Sex.M: (
        "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Oscar",
        "Charlie", "Jacob", "Thomas", "Henry", "William", "James", "David", "John", "Michael",
        "Peter", "Robert", "Paul", "Mark", "Andrew", "Richard", "Daniel", "Samuel", "Joseph",
        "Ahmed", "Ravi", "Tomasz", "Kwame", "Liam",
    ),
    Sex.F: (
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Sophia", "Grace",
        "Freya", "Emily", "Margaret", "Susan", "Sarah", "Elizabeth", "Mary", "Patricia",
        "Karen", "Helen", "Claire", "Emma", "Rachel", "Fatima", "Aisha", "Priya", "Zofia",
        "Chloe", "Hannah", "Ruth", "Joan", "Niamh",
    ),
}  # fmt: skip
LAST_NAMES: tuple[str, ...] = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
    "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
    "Thomas", "Clarke", "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper",
    "Hill", "Ward", "Hughes", "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee",
    "Allen", "Morris", "Khan", "Scott", "Watson", "Davis", "Parker", "James", "Bennett",
    "Young", "Phillips", "Richardson", "Mitchell", "Kaur", "Ali", "Begum", "Nowak", "Murphy",
    "O'Brien", "Campbell", "Stewart",
)  # fmt: skip
# UK blood donor frequencies (NHS Blood and Transplant, %); about 15 % of patients have no group
# on file.
BLOOD_GROUPS: Weighted[str | None] = Weighted(
    [
        ("O+", 35), ("A+", 30), ("B+", 8), ("AB+", 2), ("O-", 13), ("A-", 8), ("B-", 2),
        ("AB-", 1), (None, 15.7),
    ]
)  # fmt: skip

# The service's hospitals (England has about 150 acute trusts); each patient is treated at one,
# and its infusions and checks are recorded by one of its nurses.
CENTRES = 150
NURSES_PER_CENTRE = 12

# Patients premedicated by habit: most children on the source paper's rheumatology ward were;
# for adults and maintenance patients premedication is kept for those who reacted before.
PREMEDICATED_CHILD = 0.4
PREMEDICATED_OTHER = 0.12
# Share of obese adults dosed on an adjusted (dose-determining) weight.
ADJUSTED_DOSING_SHARE = 0.2

# Prior IVIG elsewhere: maintenance patients transferred from another service.
TRANSFERRED_SHARE = 0.08
TRANSFERRED_DAYS = (14, 42)


@dataclass(slots=True)
class Person:
    """A patient while the generator renders them: fixed traits and habits."""

    plan: PatientPlan
    mrn: str
    name: str
    sex: Sex
    birth_ordinal: int
    height_z: float
    weight_z: float
    comorbidities: frozenset[Comorbidity]
    blood_group: str | None
    centre: int
    # Premedication habits (labels: antipyretics, antihistamines and glucocorticoids prevent
    # infusion reactions); `premedicated` becomes True after a moderate reaction.
    premedicated: bool
    antihistamine: str
    steroid: bool
    nsaid: bool
    adjusted_dosing: bool
    # How close to the ward's rate cap this patient's infusions run (what they tolerate).
    rate_share: float

    def nurse(self, rng: random.Random) -> str:
        return _NURSES[self.centre - 1][int(rng.random() * NURSES_PER_CENTRE)]


_NURSES = tuple(
    tuple(f"c{centre:03d}.nurse{nurse:02d}" for nurse in range(1, NURSES_PER_CENTRE + 1))
    for centre in range(1, CENTRES + 1)
)


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def make_person(rng: random.Random, plan: PatientPlan, mrn: str) -> Person:
    group = plan.group
    sex = Sex.M if chance(rng, group.boys) else Sex.F
    first = plan.doses[0].start.date()
    birth = first - timedelta(days=round(plan.age_first * DAYS_PER_YEAR))
    comorbidities = _comorbidities(rng, plan, sex)
    kidney = Comorbidity.KIDNEY_FAILURE in comorbidities
    child_courses = not group.maintenance and plan.age_first < 18
    return Person(
        plan=plan,
        mrn=mrn,
        name=f"{rng.choice(FIRST_NAMES[sex])} {rng.choice(LAST_NAMES)}",
        sex=sex,
        birth_ordinal=birth.toordinal(),
        height_z=_clip(rng.gauss(0.0, 1.0), -2.3, 2.3),
        weight_z=_clip(rng.gauss(0.15, 0.9), -2.2, 2.6),
        comorbidities=comorbidities,
        blood_group=BLOOD_GROUPS.pick(rng),
        centre=1 + below(rng, CENTRES),
        premedicated=chance(rng, PREMEDICATED_CHILD if child_courses else PREMEDICATED_OTHER),
        antihistamine="" if chance(rng, 0.4) else rng.choice(("cetirizine", "chlorphenamine")),
        steroid=chance(rng, 0.5 if Comorbidity.ANTI_IGA in comorbidities else 0.1),
        nsaid=group.diagnosis is not Diagnosis.KD and not kidney and chance(rng, 0.1),
        adjusted_dosing=chance(rng, ADJUSTED_DOSING_SHARE),
        rate_share=uniform(rng, 0.6, 1.0),
    )


def _comorbidities(rng: random.Random, plan: PatientPlan, sex: Sex) -> frozenset[Comorbidity]:
    """Comorbidities by group and age; shares are this generator's assumption."""
    age = plan.age_first
    key = plan.group.key
    adult = age >= 18
    found: set[Comorbidity] = set()
    if chance(rng, (0.12 if age >= 50 else 0.04) if adult else 0.005):
        found.add(Comorbidity.DIABETES)
    if chance(rng, 0.08 if key == "SID" else 0.15 if key == "JSLE" else 0.02 if adult else 0.005):
        found.add(Comorbidity.KIDNEY_FAILURE)  # myeloma kidney; lupus nephritis
    if chance(rng, 0.25 if key == "KD" else 0.08 if age >= 60 else 0.01):
        found.add(Comorbidity.CARDIAC_IMPAIRMENT)  # Kawasaki coronary changes
    if adult and chance(rng, 0.05 if age >= 50 else 0.02):
        found.add(Comorbidity.THROMBOSIS_HISTORY)
    if chance(rng, 0.1 if key == "JSLE" else 0.01):
        found.add(Comorbidity.HYPERCOAGULABLE)  # antiphospholipid syndrome
    if sex is Sex.F and 16 <= age < 50 and chance(rng, 0.12):
        found.add(Comorbidity.ESTROGENS)
    if chance(rng, 0.7 if key == "GBS" else 0.1 if key == "CIDP" else 0.05 if age >= 75 else 0):
        found.add(Comorbidity.IMMOBILISED)
    if chance(rng, 0.2 if key == "JDM" else 0.05 if not adult and key in ("PID", "OTHER") else 0):
        found.add(Comorbidity.CENTRAL_LINE)
    if key == "SID" and chance(rng, 0.03):
        found.add(Comorbidity.HYPERVISCOSITY)  # myeloma, Waldenström
    if chance(rng, 0.01 if key == "PID" else 0.002):
        found.add(Comorbidity.ANTI_IGA)
    if chance(rng, 0.0005):
        found.add(Comorbidity.FRUCTOSE_INTOLERANCE)
    return frozenset(found)


def prior_ivig(rng: random.Random, person: Person) -> int | None:
    """The ordinal day of IVIG given elsewhere before a transfer, or None."""
    if person.plan.group.key not in ("PID", "CIDP", "MMN") or not chance(rng, TRANSFERRED_SHARE):
        return None
    low, high = TRANSFERRED_DAYS
    return person.plan.doses[0].start.toordinal() - low - below(rng, high - low + 1)


def patient_record(
    person: Person, measurements: tuple[Measurement, ...], prior: int | None
) -> Patient:
    return Patient(
        mrn=person.mrn,
        name=person.name,
        sex=person.sex,
        birth_date=date.fromordinal(person.birth_ordinal),
        diagnoses=(person.plan.group.diagnosis,),
        comorbidities=person.comorbidities,
        blood_group=person.blood_group,
        prior_ivig_last_date=None if prior is None else date.fromordinal(prior),
        measurements=measurements,
    )
