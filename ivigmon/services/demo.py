"""Builds a realistic, reproducible synthetic ward as an `ivigmon/1` interchange document."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from ivigmon.domain.codes import RateUnit, Sex
from ivigmon.domain.dosing import pump_ml_per_h, volume_ml
from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.products import Product
from ivigmon.domain.settings import CheckSettings
from ivigmon.services.reference_data import growth_reference, read_products

FORMAT = "ivigmon/1"
RECORDED_BY = "demo"
CTCAE_VERSION = "5.0"

# --------------------------------------------------------------------------------------------
# The cohort (source paper, Tables I and II)
# --------------------------------------------------------------------------------------------

# Table II: patients per primary diagnosis (70 in all), largest group first (ties in the
# apportioning go to the larger group).
TABLE_II_PATIENTS: tuple[tuple[str, int], ...] = (
    ("JIA", 30),
    ("KD", 14),
    ("JDM", 9),
    ("SV", 7),
    ("JSLE", 6),
    ("SCLE", 2),
    ("ITP", 2),
)
# Results and Table I: 27 of 70 boys; 8 of 14 with KD, 12 of 30 with JIA, hence 7 of the other 26.
BOYS: dict[str, tuple[int, int]] = {"KD": (8, 14), "JIA": (12, 30), "other": (7, 26)}
# How the other boys spread over the smaller groups (JSLE and JDM affect mostly girls).
OTHER_BOY_WEIGHT: dict[str, int] = {"JDM": 35, "SV": 45, "JSLE": 15, "SCLE": 30, "ITP": 50}
# Paper: KD and ITP were treated per registration / protocol (on-label), all others off-label.
ON_LABEL = ("KD", "ITP")
CHRONIC = ("JIA", "JDM", "SV", "JSLE", "SCLE")

# Age at the first infusion in years, as a triangular (low, high, mode). KD and JIA follow Table I
# (KD 0.31-4.64 y, mean 1.73; JIA 1.48-17.12 y, mean 8.74); the rest stay inside the cohort range
# 0.31-17.49 y, with lupus mostly in adolescents.
AGE_YEARS: dict[str, tuple[float, float, float]] = {
    "KD": (0.31, 4.64, 0.5),
    "JIA": (1.48, 17.12, 7.6),
    "JDM": (2.5, 16.0, 5.0),
    "SV": (1.0, 17.0, 4.0),
    "JSLE": (6.0, 17.49, 14.0),
    "SCLE": (3.0, 16.0, 9.0),
    "ITP": (1.0, 15.0, 4.0),
}


@dataclass(frozen=True)
class _Profile:
    """How a chronic patient is treated: courses of consecutive daily infusions."""

    share: int
    courses: tuple[int, int]
    days: tuple[int, ...]


# Paper: infusions per patient mean 2.32, median 1 (1-15); high-dose IVIG is 1-2 g/kg over
# 2-5 days; chronic patients "needed continuing therapy". Shares are apportioned exactly, so that
# with KD (always one infusion) more than half of the ward has a single infusion.
CHRONIC_PROFILES: tuple[_Profile, ...] = (
    _Profile(share=48, courses=(1, 1), days=(1,)),
    _Profile(share=24, courses=(1, 1), days=(2, 2, 3, 5)),
    _Profile(share=15, courses=(2, 4), days=(1,)),
    _Profile(share=9, courses=(2, 4), days=(2,)),
    _Profile(share=4, courses=(4, 5), days=(3,)),
)
# Labels: repeated courses every 4-8 weeks; a few longer gaps (> 8 weeks, the LONG_GAP factor).
COURSE_GAP_DAYS = (28, 56)
LONG_GAP_DAYS = (60, 120)
LONG_GAP_SHARE = 0.12
# The ward's history spans about two years before `now`.
HISTORY_DAYS = 730

# --------------------------------------------------------------------------------------------
# Growth (for plausible weights and heights)
# --------------------------------------------------------------------------------------------

# Median height (cm) by age (years): WHO growth standards to 2 y, CDC 2000 stature-for-age after.
MEDIAN_HEIGHT_CM: dict[Sex, tuple[tuple[float, float], ...]] = {
    Sex.M: (
        (0.0, 49.9), (0.25, 61.4), (0.5, 67.6), (1.0, 75.7), (1.5, 82.3), (2.0, 87.1),
        (3.0, 95.3), (4.0, 102.5), (5.0, 109.2), (6.0, 115.5), (7.0, 121.9), (8.0, 128.0),
        (9.0, 133.3), (10.0, 138.4), (11.0, 143.5), (12.0, 149.1), (13.0, 156.0),
        (14.0, 163.2), (15.0, 169.0), (16.0, 172.9), (17.0, 175.2), (18.0, 176.1),
        (20.0, 176.8),
    ),
    Sex.F: (
        (0.0, 49.1), (0.25, 59.8), (0.5, 65.7), (1.0, 74.0), (1.5, 80.7), (2.0, 85.7),
        (3.0, 94.1), (4.0, 101.6), (5.0, 108.4), (6.0, 115.0), (7.0, 121.1), (8.0, 126.6),
        (9.0, 132.2), (10.0, 138.3), (11.0, 144.8), (12.0, 151.2), (13.0, 156.4),
        (14.0, 159.8), (15.0, 161.7), (16.0, 162.5), (17.0, 163.0), (18.0, 163.3),
        (20.0, 163.7),
    ),
}  # fmt: skip
# Median weight (kg) under 2 y (WHO growth standards); from 2 y weight comes from CDC BMI-for-age.
MEDIAN_INFANT_WEIGHT_KG: dict[Sex, tuple[tuple[float, float], ...]] = {
    Sex.M: ((0.0, 3.3), (0.25, 6.4), (0.5, 7.9), (1.0, 9.6), (1.5, 10.9), (2.0, 12.2)),
    Sex.F: ((0.0, 3.2), (0.25, 5.8), (0.5, 7.3), (1.0, 8.9), (1.5, 10.2), (2.0, 11.5)),
}
# Spread: height SD about 4 % of the median; infant weight SD about 11 %.
HEIGHT_CV = 0.04
INFANT_WEIGHT_CV = 0.11
# A few children (about 6 %, school age and older) are obese: BMI-for-age z 1.9-2.4, i.e. above
# the 95th percentile (z 1.645, CDC); the others stay below the 93rd.
OBESE_SHARE = 0.06
OBESE_Z = (1.9, 2.4)
# An obese adolescent is sometimes dosed on an adjusted weight: ideal + 40 % of the excess.
ADJUSTED_EXCESS_SHARE = 0.4
DAYS_PER_YEAR = 365.25

# --------------------------------------------------------------------------------------------
# Products, lots and rates (resources/products.csv)
# --------------------------------------------------------------------------------------------

# Relative use on the ward; intratect_10 has no label rates in the catalogue (local limits).
PRODUCT_USE: tuple[tuple[str, int], ...] = (
    ("privigen", 28),
    ("octagam_10", 18),
    ("gamunex_c", 15),
    ("panzyga", 12),
    ("gammagard_liquid", 12),
    ("flebogamma_dif_10", 10),
    ("intratect_10", 5),
)
NO_RATES_PRODUCT = "intratect_10"
LOT_PREFIX: dict[str, str] = {
    "privigen": "P",
    "octagam_10": "K",
    "gamunex_c": "G",
    "panzyga": "Z",
    "gammagard_liquid": "L",
    "flebogamma_dif_10": "F",
    "intratect_10": "B",
}
PRODUCT_SWITCH_SHARE = 0.15
# Lots: each product gets fresh lots every 120 days, with 5-20 months of shelf life left.
LOT_BLOCK_DAYS = 120
LOT_SHELF_DAYS = (150, 600)
# Ward protocol for products whose label rates are missing (catalogue: "enter local limits").
LOCAL_INITIAL_MG_KG_MIN = 0.5
LOCAL_MAX_MG_KG_MIN = 5.0
# Rates are raised every 30 minutes, doubling from the label's initial rate (labels: "increase
# gradually if tolerated") up to the ward's cap, a share of the label maximum.
STEP_MINUTES = 30
CAP_SHARE = (0.75, 1.0)
AT_RISK_CAP_SHARE = (0.8, 0.95)
# The ward's own ceiling, below most label maxima: 2.4 mL/kg/h (4 mg/kg/min of a 10 % product),
# so that 1 g/kg runs over about 5 h and a 2 g/kg Kawasaki dose over about 10 h.
WARD_CEILING_ML_KG_H = 2.4
# About 7 % of infusions have a step above the label maximum (10-30 % over), for RAPID_RATE.
OVER_LIMIT_SHARE = 0.07
OVER_LIMIT_FACTOR = (1.1, 1.3)
SLIP_PRONE_MAX_ML_KG_H = 5.0
# Reactions during the infusion (paper: "several to a dozen or so percent", mostly mild).
REACTION_SHARE = 0.07
PAUSE_SHARE = 0.04
REACTIONS: tuple[tuple[str, int, str], ...] = (
    ("flushing", 25, "rate_reduced"),
    ("headache", 25, "rate_reduced"),
    ("chills", 20, "paused"),
    ("fever", 15, "treated"),
    ("rash", 15, "treated"),
)
# Late symptoms reported at follow-up checks (paper: fever, weakness, headache, nausea, vomiting,
# cough, rash, 24-72 h after the infusion).
LATE_SYMPTOMS: tuple[tuple[str, int], ...] = (
    ("headache", 35),
    ("fever", 15),
    ("weakness", 12),
    ("nausea", 12),
    ("vomiting", 8),
    ("rash", 10),
    ("cough", 8),
)

# --------------------------------------------------------------------------------------------
# Patients: names, blood groups, comorbidities
# --------------------------------------------------------------------------------------------

FIRST_NAMES: dict[Sex, tuple[str, ...]] = {
    Sex.M: (
        "Jakub", "Antoni", "Szymon", "Jan", "Filip", "Franciszek", "Aleksander", "Mikołaj",
        "Wojciech", "Kacper", "Adam", "Michał", "Marcel", "Stanisław", "Wiktor", "Piotr",
        "Igor", "Leon", "Nikodem", "Mateusz", "Bartosz", "Tymon", "Oliwer", "Kajetan",
    ),
    Sex.F: (
        "Zuzanna", "Julia", "Zofia", "Hanna", "Maja", "Lena", "Alicja", "Maria", "Amelia",
        "Oliwia", "Natalia", "Wiktoria", "Emilia", "Pola", "Laura", "Nadia", "Helena", "Anna",
        "Gabriela", "Martyna", "Iga", "Liliana", "Milena", "Karolina",
    ),
}  # fmt: skip
LAST_NAMES: tuple[str, ...] = (
    "Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając",
    "Król", "Wieczorek", "Wróbel", "Stępień", "Dudek", "Pawlak", "Walczak", "Sikora", "Baran",
    "Michalak", "Szewczyk", "Pietrzak", "Marciniak", "Kubiak", "Wilk", "Lis", "Mazurek",
    "Sobczak", "Duda", "Bąk", "Kołodziej", "Górski",
)  # fmt: skip
# Approximate Polish blood donor frequencies (%); about 10 % of children have no group on file.
BLOOD_GROUPS: tuple[tuple[str, int], ...] = (
    ("A+", 32), ("O+", 31), ("B+", 15), ("AB+", 7), ("A-", 6), ("O-", 6), ("B-", 2), ("AB-", 1),
)  # fmt: skip
UNKNOWN_BLOOD_GROUP_SHARE = 0.10
SUGAR_AVOIDING = ("kidney_failure", "diabetes", "fructose_intolerance")
PRIOR_IVIG_SHARE = 0.08

# Follow-up checks (SPEC section 5): done 0-6 h after due; mostly by phone.
CHECK_OFFSETS_H = CheckSettings().offsets_h
DONE_DELAY_MIN = 360
NOT_REACHED_SHARE = 0.04
SYMPTOMS_SHARE = 0.04
# Course outcome (paper, Table II: "good" in every group): most courses get one, mostly good.
OUTCOMES: tuple[tuple[str, int], ...] = (("good", 85), ("moderate", 12), ("poor", 3))
OUTCOME_RECORDED_SHARE = 0.85


# --------------------------------------------------------------------------------------------
# Plan records
# --------------------------------------------------------------------------------------------


@dataclass
class _Course:
    days: int
    g_per_kg: float  # per infusion
    product: str
    first_day: date = date.min


@dataclass(frozen=True)
class _Habits:
    """How this patient is usually premedicated."""

    premedicated: bool
    antihistamine: str  # "" (none), "cetirizine" (po) or "chlorphenamine" (iv)
    steroid: bool
    nsaid: bool


@dataclass
class _Patient:
    diagnosis: str
    sex: Sex
    age_first: float
    height_z: float
    weight_z: float
    role: str  # "running", "recent" or "old": where its last infusion lies relative to now
    courses: list[_Course] = field(default_factory=list)
    comorbidities: list[str] = field(default_factory=list)
    blood_group: str | None = None
    name: str = ""
    habits: _Habits = _Habits(True, "", False, False)
    birth: date = date.min
    mrn: str = ""
    prior_ivig: date | None = None
    measurements: list[dict[str, Any]] = field(default_factory=list)
    last_start: datetime | None = None  # the running infusion's start
    recent_rank: int = 0
    obese: bool = False
    adjusted_dosing: bool = False  # an obese adolescent dosed on an adjusted weight
    sloppy_height: bool = False


@dataclass
class _Infusion:
    patient: _Patient
    course_no: int
    day_no: int
    start: datetime
    product: Product
    weight_kg: float
    basis: str
    dose_g: float
    running: bool
    id: str = ""
    end: datetime | None = None
    over_limit: bool = False
    reaction: bool = False
    pause: bool = False
    events: list[dict[str, Any]] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Ward:
    """Everything the generator shares: randomness, clock, catalogue, growth table, lots."""

    rng: random.Random
    now: datetime
    products: Mapping[str, Product]
    growth: GrowthReference
    lots: dict[tuple[str, int], list[tuple[str, date]]] = field(default_factory=dict)
    lot_numbers: set[str] = field(default_factory=set)


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def build_demo_document(*, patients: int = 70, seed: int = 1, now: datetime) -> dict[str, Any]:
    """A synthetic ward of `patients` children as an ivigmon/1 document (same input, same ward).

    Everything lies at or before `now`: about two years of courses, a few infusions ended in
    the last days (their follow-up checks partly done) and one or two still running.
    """
    if patients < 1:
        raise ValueError("the demo ward needs at least one patient")
    ward = _Ward(
        rng=random.Random(seed),
        now=now.replace(second=0, microsecond=0),
        products={p.id: p for p in read_products()},
        growth=growth_reference(),
    )
    people = _plan_patients(ward, patients)
    infusions: list[_Infusion] = []
    for person in people:
        infusions.extend(_plan_infusions(ward, person))
    _assign_identifiers(people, infusions)
    _choose_incidents(ward, infusions)
    for infusion in infusions:
        _render_infusion(ward, infusion)
    _mark_expired_lot(ward, infusions)
    checks = _checks(ward, infusions)
    _course_outcomes(ward, infusions)
    for infusion in infusions:
        infusion.record["events"] = sorted(infusion.events, key=lambda e: str(e["onset"]))
    return {
        "format": FORMAT,
        "patients": [_patient_record(p) for p in sorted(people, key=lambda p: p.mrn)],
        "infusions": [i.record for i in infusions],
        "checks": checks,
    }


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _apportion(weights: Sequence[tuple[str, int]], total: int) -> dict[str, int]:
    """Largest-remainder (Hamilton) apportionment of `total`; ties go to the earlier entry."""
    whole = sum(w for _, w in weights)
    counts = {key: total * w // whole for key, w in weights}
    remainders = sorted(range(len(weights)), key=lambda i: (-(total * weights[i][1] % whole), i))
    for index in remainders[: total - sum(counts.values())]:
        counts[weights[index][0]] += 1
    return counts


def _weighted(rng: random.Random, options: Sequence[tuple[str, int]]) -> str:
    return rng.choices([key for key, _ in options], weights=[w for _, w in options])[0]


def _interpolate(table: Sequence[tuple[float, float]], x: float) -> float:
    if x <= table[0][0]:
        return table[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(table):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return table[-1][1]


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _round_to(value: float, step: float) -> float:
    """Round half up to a multiple of `step` (0.5 g, 0.1 kg...)."""
    return round(math.floor(value / step + 0.5) * step, 6)


def _floor_rate(ml_per_h: float) -> float:
    """Pump rates are set to 0.1 mL/h, rounding down so that a label limit is never crossed."""
    return max(0.1, math.floor(ml_per_h * 10 + 1e-9) / 10)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _minutes(moment: datetime, minutes: float) -> datetime:
    return moment + timedelta(minutes=minutes)


def _age_years(birth: date, day: date) -> float:
    return (day - birth).days / DAYS_PER_YEAR


def _morning(rng: random.Random, day: date) -> datetime:
    """Infusions start between 08:00 and 10:25."""
    return datetime.combine(day, time(8, 0)) + timedelta(minutes=rng.randrange(0, 150, 5))


# --------------------------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------------------------


def _plan_patients(ward: _Ward, count: int) -> list[_Patient]:
    rng = ward.rng
    diagnoses = [code for code, n in _apportion(TABLE_II_PATIENTS, count).items() for _ in range(n)]
    boys = _boys_by_diagnosis(diagnoses)
    sexes: list[Sex] = []
    for code in dict.fromkeys(diagnoses):
        group = [Sex.M] * boys[code] + [Sex.F] * (diagnoses.count(code) - boys[code])
        rng.shuffle(group)
        sexes.extend(group)
    roles = _roles(rng, count)
    people = [
        _new_patient(ward, code, sex, role)
        for code, sex, role in zip(diagnoses, sexes, roles, strict=True)
    ]
    _choose_obese(rng, people)
    _plan_courses(ward, people)
    recent = [p for p in people if p.role == "recent"]
    for rank, person in enumerate(recent):
        person.recent_rank = rank
    for person in people:
        gaps = _course_gaps(rng, len(person.courses))
        _place_courses(ward, person, _last_day(ward, person, gaps, len(recent)), gaps)
    _name_patients(rng, people)
    return people


def _last_day(ward: _Ward, person: _Patient, gaps: Sequence[int], recent_count: int) -> date:
    """The day of the patient's latest infusion, by role."""
    rng = ward.rng
    if person.role == "recent":
        # Ended about 1-3 days ago, spread evenly over the recent patients.
        hours = 30 + 54 * (person.recent_rank + rng.random()) / recent_count
        return (ward.now - timedelta(hours=hours)).date()
    if person.role == "running":
        person.last_start = ward.now - timedelta(minutes=rng.randrange(90, 185, 5))
        return person.last_start.date()
    span = sum(gaps) + person.courses[-1].days
    return ward.now.date() - timedelta(days=rng.randint(5, max(5, HISTORY_DAYS - span)))


def _boys_by_diagnosis(diagnoses: Sequence[str]) -> dict[str, int]:
    """Boys per diagnosis in the paper's proportions, rounded half up, then spread."""
    counts = {code: diagnoses.count(code) for code in dict.fromkeys(diagnoses)}
    boys = {code: 0 for code in counts}
    for code in ("KD", "JIA"):
        if code in counts:
            k, n = BOYS[code]
            boys[code] = math.floor(counts[code] * k / n + 0.5)
    others = [c for c in counts if c not in ("KD", "JIA")]
    k, n = BOYS["other"]
    total_other = math.floor(sum(counts[c] for c in others) * k / n + 0.5)
    if others and total_other:
        spread = _apportion([(c, OTHER_BOY_WEIGHT[c] * counts[c]) for c in others], total_other)
        for code in others:
            boys[code] = min(counts[code], spread[code])
    return boys


def _roles(rng: random.Random, count: int) -> list[str]:
    """One or two patients with an infusion running now; about 10 % ended in the last days."""
    running = 2 if count >= 20 else 1
    recent = min(count - running, max(1, math.floor(count * 0.1 + 0.5)))
    roles = ["running"] * running + ["recent"] * recent + ["old"] * (count - running - recent)
    rng.shuffle(roles)
    return roles


def _new_patient(ward: _Ward, diagnosis: str, sex: Sex, role: str) -> _Patient:
    rng = ward.rng
    low, high, mode = AGE_YEARS[diagnosis]
    person = _Patient(
        diagnosis=diagnosis,
        sex=sex,
        age_first=rng.triangular(low, high, mode),
        height_z=_clip(rng.gauss(0.0, 1.0), -2.3, 2.3),
        weight_z=_clip(rng.gauss(0.15, 0.85), -2.0, 1.4),
        role=role,
        sloppy_height=rng.random() < 0.06,
    )
    person.comorbidities = _comorbidities(rng, person)
    person.blood_group = (
        None if rng.random() < UNKNOWN_BLOOD_GROUP_SHARE else _weighted(rng, BLOOD_GROUPS)
    )
    nsaid_ok = diagnosis != "KD" and "kidney_failure" not in person.comorbidities  # aspirin in KD
    person.habits = _Habits(
        premedicated=rng.random() < 0.85,
        antihistamine=(
            "" if rng.random() < 0.4 else rng.choice(("cetirizine", "cetirizine", "chlorphenamine"))
        ),
        steroid=rng.random() < (0.5 if "anti_iga" in person.comorbidities else 0.12),
        nsaid=nsaid_ok and rng.random() < 0.12,
    )
    return person


def _comorbidities(rng: random.Random, person: _Patient) -> list[str]:
    """A few comorbidities; the paper names kidney failure, diabetes and cardiac impairment (KD)."""
    found: list[str] = []
    code = person.diagnosis
    if code == "KD" and rng.random() < 0.3:
        found.append("cardiac_impairment")  # paper: coronary changes in 9 of 14 KD children
    if rng.random() < (0.25 if code == "JSLE" else 0.015):
        found.append("kidney_failure")  # lupus nephritis
    if code == "JSLE" and rng.random() < 0.15:
        found.append("hypercoagulable")  # paper: one child with antiphospholipid syndrome
    if person.age_first >= 8 and rng.random() < 0.03:
        found.append("diabetes")
    if code in ("JDM", "SV", "JSLE") and rng.random() < 0.15:
        found.append("central_line")
    if rng.random() < 0.012:
        found.append("anti_iga")
    if rng.random() < 0.012:
        found.append("fructose_intolerance")
    return found


def _choose_obese(rng: random.Random, people: list[_Patient]) -> None:
    candidates = [p for p in people if p.age_first >= 6]
    wanted = min(len(candidates), math.floor(len(people) * OBESE_SHARE + 0.5))
    for person in rng.sample(candidates, wanted):
        person.obese = True
        person.weight_z = rng.uniform(*OBESE_Z)
        person.adjusted_dosing = rng.random() < 0.5


def _name_patients(rng: random.Random, people: list[_Patient]) -> None:
    used: set[str] = set()
    for person in people:
        name = ""
        for _ in range(20):
            name = f"{rng.choice(FIRST_NAMES[person.sex])} {rng.choice(LAST_NAMES)}"
            if name not in used:
                break
        used.add(name)
        person.name = name


def _patient_record(person: _Patient) -> dict[str, Any]:
    return {
        "mrn": person.mrn,
        "name": person.name,
        "sex": person.sex.value,
        "birth_date": person.birth.isoformat(),
        "blood_group": person.blood_group,
        "diagnoses": [person.diagnosis],
        "comorbidities": list(person.comorbidities),
        "prior_ivig_last_date": person.prior_ivig.isoformat() if person.prior_ivig else None,
        "measurements": person.measurements,
    }


# --------------------------------------------------------------------------------------------
# Courses and their dates
# --------------------------------------------------------------------------------------------


def _plan_courses(ward: _Ward, people: list[_Patient]) -> None:
    """Courses per patient: KD one 2 g/kg infusion, ITP 0.8-1 g/kg x1-2, chronic by profile."""
    rng = ward.rng
    chronic = [p for p in people if p.diagnosis in CHRONIC]
    shares = [(str(i), profile.share) for i, profile in enumerate(CHRONIC_PROFILES)]
    profiles = [
        CHRONIC_PROFILES[int(key)]
        for key, n in _apportion(shares, len(chronic)).items()
        for _ in range(n)
    ]
    rng.shuffle(profiles)
    forced_no_rates = rng.randrange(len(people))  # one patient on a product without label rates
    chronic_profile = dict(zip((id(p) for p in chronic), profiles, strict=True))
    for index, person in enumerate(people):
        forced = index == forced_no_rates and "anti_iga" not in person.comorbidities
        product = NO_RATES_PRODUCT if forced else _pick_product(rng, person)
        if person.diagnosis == "KD":
            person.courses = [_Course(days=1, g_per_kg=2.0, product=product)]  # label: 2 g/kg
        elif person.diagnosis == "ITP":
            days = rng.choice((1, 2))  # ITP protocol: 0.8-1 g/kg on one or two days
            person.courses = [_Course(days, rng.choice((0.8, 1.0)), product)]
        else:
            person.courses = _chronic_courses(rng, person, chronic_profile[id(person)], product)


def _chronic_courses(
    rng: random.Random, person: _Patient, profile: _Profile, product: str
) -> list[_Course]:
    courses: list[_Course] = []
    days = rng.choice(profile.days)
    for number in range(rng.randint(*profile.courses)):
        if number and rng.random() < PRODUCT_SWITCH_SHARE:
            product = _pick_product(rng, person, avoid=product)
        courses.append(_Course(days, _daily_g_per_kg(rng, days), product))
    return courses


def _daily_g_per_kg(rng: random.Random, days: int) -> float:
    """Paper: course dose mean 1.38 g/kg (0.32-3.25); high dose is 1-2 g/kg over 2-5 days."""
    if days == 1:
        return 2.0 if rng.random() < 0.1 else _round_to(rng.uniform(0.6, 1.0), 0.05)
    if days == 2:
        return _round_to(rng.uniform(0.5, 1.0), 0.05)
    if days <= 4:
        return _round_to(rng.uniform(0.4, 0.7), 0.05)
    return 0.4  # 2 g/kg over 5 days


def _pick_product(rng: random.Random, person: _Patient, avoid: str | None = None) -> str:
    """Sugar-stabilised products are avoided in kidney failure, diabetes, fructose intolerance
    (labels); anti-IgA antibodies get the lowest-IgA product (Privigen, <= 25 ug/mL)."""
    if "anti_iga" in person.comorbidities:
        return "privigen"
    options = [(pid, w) for pid, w in PRODUCT_USE if pid != avoid]
    if any(c in person.comorbidities for c in SUGAR_AVOIDING):
        options = [(pid, w) for pid, w in options if pid not in ("octagam_10", "flebogamma_dif_10")]
    return _weighted(rng, options)


def _course_gaps(rng: random.Random, courses: int) -> list[int]:
    return [
        rng.randint(*LONG_GAP_DAYS)
        if rng.random() < LONG_GAP_SHARE
        else rng.randint(*COURSE_GAP_DAYS)
        for _ in range(courses - 1)
    ]


def _place_courses(ward: _Ward, person: _Patient, last_day: date, gaps: Sequence[int]) -> None:
    """Consecutive days per course, courses `gaps` days apart, the last infusion on `last_day`."""
    rng = ward.rng
    start = last_day - timedelta(days=person.courses[-1].days - 1)
    for index in range(len(person.courses) - 1, -1, -1):
        person.courses[index].first_day = start
        if index:
            start -= timedelta(days=gaps[index - 1])
    first = person.courses[0].first_day
    person.birth = first - timedelta(days=round(person.age_first * DAYS_PER_YEAR))
    if person.diagnosis in CHRONIC and rng.random() < PRIOR_IVIG_SHARE:
        person.prior_ivig = first - timedelta(days=rng.randint(21, 200))  # given elsewhere


# --------------------------------------------------------------------------------------------
# Measurements and infusions
# --------------------------------------------------------------------------------------------


def _height_cm(person: _Patient, age: float) -> float:
    return _interpolate(MEDIAN_HEIGHT_CM[person.sex], age) * (1 + HEIGHT_CV * person.height_z)


def _bmi_at(growth: GrowthReference, sex: Sex, age: float, z: float) -> float | None:
    """BMI at a z-score from the CDC LMS parameters (None under 2 years)."""
    params = growth.lms(sex, age * 12)
    if params is None:
        return None
    l_, m, s = params
    return m * math.exp(s * z) if l_ == 0 else m * (1 + l_ * s * z) ** (1 / l_)


def _weight_kg(ward: _Ward, person: _Patient, age: float, height: float, z: float) -> float:
    bmi = _bmi_at(ward.growth, person.sex, age, z)
    if bmi is None:
        if age >= 2:  # past the CDC table (20 y): an adult BMI
            return 22.0 * (1 + 0.12 * z) * (height / 100) ** 2
        return _interpolate(MEDIAN_INFANT_WEIGHT_KG[person.sex], age) * (1 + INFANT_WEIGHT_CV * z)
    return bmi * (height / 100) ** 2


def _measure(ward: _Ward, person: _Patient, at: datetime, with_height: bool) -> float:
    """Record a measurement before the course; return the measured weight."""
    rng = ward.rng
    age = _age_years(person.birth, at.date())
    height = _height_cm(person, age)
    weight = _weight_kg(ward, person, age, height, person.weight_z) * rng.uniform(0.985, 1.015)
    weight = _round_to(weight, 0.1)
    person.measurements.append(
        {
            "at": _iso(at),
            "weight_kg": weight,
            "height_cm": _round_to(height, 0.5) if with_height else None,
        }
    )
    return weight


def _dosing_weight(ward: _Ward, person: _Patient, actual: float, day: date) -> tuple[float, str]:
    """Actual weight; obese adolescents are sometimes dosed on an adjusted weight."""
    age = _age_years(person.birth, day)
    if not person.adjusted_dosing or age < 12:
        return actual, "actual"
    ideal_bmi = _bmi_at(ward.growth, person.sex, age, 0.0)
    if ideal_bmi is None:
        return actual, "actual"
    ideal = ideal_bmi * (_height_cm(person, age) / 100) ** 2
    return _round_to(ideal + ADJUSTED_EXCESS_SHARE * (actual - ideal), 0.1), "adjusted"


def _plan_infusions(ward: _Ward, person: _Patient) -> list[_Infusion]:
    rng = ward.rng
    planned: list[_Infusion] = []
    last_height: date | None = None
    for course_no, course in enumerate(person.courses):
        last_course = course_no == len(person.courses) - 1
        starts = [
            _morning(rng, course.first_day + timedelta(days=day)) for day in range(course.days)
        ]
        if person.role == "running" and last_course and person.last_start is not None:
            starts[-1] = person.last_start
        measured_at = _minutes(starts[0], -rng.randrange(40, 95, 5))
        with_height = last_height is None or (
            not person.sloppy_height
            and ((course.first_day - last_height).days > 180 or rng.random() < 0.3)
        )
        if with_height:
            last_height = course.first_day
        actual = _measure(ward, person, measured_at, with_height)
        weight, basis = _dosing_weight(ward, person, actual, course.first_day)
        for day_no, start in enumerate(starts):
            planned.append(
                _Infusion(
                    patient=person,
                    course_no=course_no,
                    day_no=day_no,
                    start=start,
                    product=ward.products[course.product],
                    weight_kg=weight,
                    basis=basis,
                    dose_g=max(0.5, _round_to(course.g_per_kg * weight, 0.5)),
                    running=person.role == "running" and last_course and day_no == course.days - 1,
                )
            )
    return planned


def _assign_identifiers(people: list[_Patient], infusions: list[_Infusion]) -> None:
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


# --------------------------------------------------------------------------------------------
# Incidents: rate steps above the label, reactions, pauses
# --------------------------------------------------------------------------------------------


def _choose_incidents(ward: _Ward, infusions: list[_Infusion]) -> None:
    """Exact shares of the ended infusions, so that every ward shows each kind of incident."""
    rng = ward.rng
    ended = [i for i in infusions if not i.running]
    rated = [i for i in ended if i.product.has_label_rates]
    # A step over the label is a plausible slip where the maximum is modest and the infusion long
    # enough for the ramp to reach it.
    prone = [i for i in rated if _slip_prone(i)] or rated

    def share(pool: list[_Infusion], of: int, fraction: float, at_least: int) -> list[_Infusion]:
        wanted = max(at_least, math.floor(of * fraction + 0.5)) if pool else 0
        return rng.sample(pool, min(wanted, len(pool)))

    for infusion in share(prone, len(infusions), OVER_LIMIT_SHARE, 1):
        infusion.over_limit = True
    for infusion in share(ended, len(infusions), REACTION_SHARE, 1):
        infusion.reaction = True
    for infusion in share(ended, len(infusions), PAUSE_SHARE, 0):
        infusion.pause = True


def _slip_prone(infusion: _Infusion) -> bool:
    product = infusion.product
    maximum = product.max_rate_for(infusion.patient.diagnosis)
    if maximum is None:
        return False
    per_kg_h = (
        maximum
        if product.rate_unit is RateUnit.ML_KG_H
        else maximum * 60 / product.concentration_mg_per_ml
    )
    return per_kg_h <= SLIP_PRONE_MAX_ML_KG_H and infusion.dose_g / infusion.weight_kg >= 0.8


# --------------------------------------------------------------------------------------------
# Pump rates (SPEC section 3: pump mL/h from a label rate and the dosing weight)
# --------------------------------------------------------------------------------------------

Plan = list[tuple[int, float]]  # (minutes after the start, pump mL/h)


def _at_risk(person: _Patient) -> bool:
    """Comorbidities that lower a product's rate cap to its at-risk maximum (labels)."""
    return any(
        c in person.comorbidities
        for c in (
            "kidney_failure",
            "diabetes",
            "thrombosis_history",
            "hypercoagulable",
            "estrogens",
            "immobilised",
            "central_line",
            "hyperviscosity",
        )
    )


def _rate_limits(infusion: _Infusion) -> tuple[float, float, float, RateUnit]:
    """Initial rate, the ward's limit and the label maximum, in the label's unit."""
    product = infusion.product
    indication = infusion.patient.diagnosis
    maximum = product.max_rate_for(indication)
    if product.initial_rate is None or maximum is None:
        return LOCAL_INITIAL_MG_KG_MIN, LOCAL_MAX_MG_KG_MIN, LOCAL_MAX_MG_KG_MIN, RateUnit.MG_KG_MIN
    limit = maximum
    if _at_risk(infusion.patient) and product.at_risk_max_rate is not None:
        limit = min(limit, product.at_risk_max_rate)
    return product.initial_rate, limit, maximum, product.rate_unit


def _ramp(initial: float, cap: float) -> Plan:
    """Double the rate every 30 minutes from the initial rate until the cap."""
    rates: list[float] = []
    rate = initial
    while rate < cap:
        rates.append(rate)
        rate = _floor_rate(rate * 2)
    rates.append(cap)
    return [(index * STEP_MINUTES, r) for index, r in enumerate(rates)]


def _run(plan: Plan, volume: float) -> tuple[Plan, int]:
    """The steps actually given and the minute the bag runs empty."""
    given = 0.0
    used: Plan = []
    for index, (minute, rate) in enumerate(plan):
        used.append((minute, rate))
        following = plan[index + 1][0] if index + 1 < len(plan) else None
        if rate <= 0:
            continue
        needed = (volume - given) / rate * 60
        if following is None or minute + needed <= following:
            return used, max(minute + 1, math.ceil(minute + needed - 1e-9))
        given += rate * (following - minute) / 60
    raise ValueError("a pump plan must end with a running rate")


def _rate_at(plan: Plan, minute: int) -> float:
    return [rate for at, rate in plan if at <= minute][-1]


def _with_reaction(plan: Plan, onset: int, action: str) -> Plan:
    """The nurse halves the rate, or pauses 30 minutes and resumes at half."""
    lower = _floor_rate(_rate_at(plan, onset) / 2)
    kept = [(at, rate) for at, rate in plan if at <= onset]
    if action == "rate_reduced":
        return [*kept, (onset + 5, lower)]
    if action == "paused":
        return [*kept, (onset + 2, 0.0), (onset + 32, lower)]
    return plan


def _with_pause(plan: Plan, at: int, length: int) -> Plan:
    """A pause (0 mL/h, e.g. a cannula re-sited), then the same rate; later steps shift."""
    resume = _rate_at(plan, at)
    before = [(m, rate) for m, rate in plan if m < at]
    after = [(m + length, rate) for m, rate in plan if m > at]
    return [*before, (at, 0.0), (at + length, resume), *after]


@dataclass(frozen=True)
class _Reaction:
    minute: int
    term: str
    action: str


def _pump_plan(
    ward: _Ward, infusion: _Infusion, volume: float, *, slow: int = 0
) -> tuple[Plan, int, _Reaction | None]:
    """Rate steps, the end (minutes after the start) and any reaction during the infusion.

    `slow` caps a running infusion at 2x (1) or 1x (2) the initial rate, so that it is still
    running at `now`.
    """
    rng = ward.rng
    initial_rate, limit, maximum, unit = _rate_limits(infusion)
    conc = infusion.product.concentration_mg_per_ml

    def pump(rate: float) -> float:
        return pump_ml_per_h(rate, unit, infusion.weight_kg, conc)

    initial = _floor_rate(pump(initial_rate))
    share = AT_RISK_CAP_SHARE if limit < maximum else CAP_SHARE
    ceiling = min(pump(limit), WARD_CEILING_ML_KG_H * infusion.weight_kg)
    cap = max(initial, _floor_rate(ceiling * rng.uniform(*share)))
    if slow:
        cap = min(cap, _floor_rate(initial * (3 - slow)))
    plan = _ramp(initial, cap)
    if infusion.over_limit:
        # RAPID_RATE: a step 10-30 % above the label maximum (the ramp reaches it, or a jump).
        over = _floor_rate(pump(maximum * rng.uniform(*OVER_LIMIT_FACTOR)))
        plan = _ramp(initial, over)
        if _run(plan, volume)[0][-1][1] < over:
            plan = [(0, initial), (STEP_MINUTES, over)]
    used, end = _run(plan, volume)
    reaction = None
    if infusion.reaction:
        term = _weighted(rng, [(t, w) for t, w, _ in REACTIONS])
        action = next(a for t, _, a in REACTIONS if t == term)
        earliest = used[-1][0] if infusion.over_limit else 0  # at the fast rate
        minute = earliest + max(5, round((end - earliest) * rng.uniform(0.2, 0.7)))
        minute = min(minute, end - 1)
        plan = _with_reaction(plan, minute, action)
        reaction = _Reaction(minute, term, action)
    if infusion.pause:
        at = max(STEP_MINUTES + 7, round(end * rng.uniform(0.3, 0.8)))
        if at < end:
            plan = _with_pause(plan, at, rng.randrange(15, 45, 5))
    used, end = _run(plan, volume)
    return used, end, reaction


# --------------------------------------------------------------------------------------------
# One infusion record
# --------------------------------------------------------------------------------------------


def _render_infusion(ward: _Ward, infusion: _Infusion) -> None:
    rng = ward.rng
    person = infusion.patient
    age = _age_years(person.birth, infusion.start.date())
    volume = volume_ml(infusion.dose_g, infusion.product.concentration_mg_per_ml)
    used, end_minute, reaction = _pump_plan(ward, infusion, volume)
    for slow in (1, 2):
        if not infusion.running or _minutes(infusion.start, end_minute) > ward.now:
            break
        used, end_minute, reaction = _pump_plan(ward, infusion, volume, slow=slow)
    end = _minutes(infusion.start, end_minute)
    infusion.end = None if infusion.running else end
    seen_until = ward.now if infusion.running else end
    infection = person.diagnosis != "KD" and rng.random() < 0.03
    # Paper: KD children are given IVIG while febrile (on average on day 9 of fever).
    feverish = infection or rng.random() < (0.7 if person.diagnosis == "KD" else 0.015)
    vitals = _vitals_series(ward, infusion, age, feverish, seen_until, reaction)
    if reaction is not None:
        infusion.events.append(_reaction_event(rng, infusion, reaction))
    infusion.record = {
        "id": infusion.id,
        "mrn": person.mrn,
        "indication": person.diagnosis,
        "label_use": "on" if person.diagnosis in ON_LABEL else "off",
        "product": infusion.product.id,
        "lots": _lots(ward, infusion),
        "dosing_weight_kg": infusion.weight_kg,
        "dosing_weight_basis": infusion.basis,
        "dose_g": infusion.dose_g,
        "start": _iso(infusion.start),
        "end": _iso(infusion.end) if infusion.end is not None else None,
        "active_infection": infection,
        "rate_steps": [
            {"at": _iso(_minutes(infusion.start, minute)), "ml_per_h": rate}
            for minute, rate in used
            if _minutes(infusion.start, minute) <= seen_until
        ],
        "premedications": _premedications(rng, infusion, age),
        "vitals": vitals,
        "events": [],
        "course_outcome": None,
        "notes": _infusion_notes(infusion),
        "recorded_by": RECORDED_BY,
    }


def _infusion_notes(infusion: _Infusion) -> str:
    notes: list[str] = []
    days = infusion.patient.courses[infusion.course_no].days
    if days > 1:
        notes.append(f"day {infusion.day_no + 1} of {days}")
    if infusion.pause:
        notes.append("paused to re-site the cannula")
    return "; ".join(notes)


def _lots(ward: _Ward, infusion: _Infusion) -> list[dict[str, str]]:
    """One or two lots from the product's current delivery (larger doses need more vials)."""
    rng = ward.rng
    epoch = ward.now.date() - timedelta(days=HISTORY_DAYS + 180)
    block = (infusion.start.date() - epoch).days // LOT_BLOCK_DAYS
    key = (infusion.product.id, block)
    if key not in ward.lots:
        delivered = epoch + timedelta(days=block * LOT_BLOCK_DAYS)
        ward.lots[key] = [
            (
                _new_lot_number(ward, infusion.product.id),
                _month_end(
                    delivered + timedelta(days=LOT_BLOCK_DAYS + rng.randint(*LOT_SHELF_DAYS))
                ),
            )
            for _ in range(2)
        ]
    pool = ward.lots[key]
    count = 2 if (infusion.dose_g >= 20 and rng.random() < 0.5) or rng.random() < 0.1 else 1
    first = rng.randrange(len(pool))
    chosen = [pool[(first + k) % len(pool)] for k in range(count)]
    return [{"lot": lot, "expiry": expiry.isoformat()} for lot, expiry in chosen]


def _new_lot_number(ward: _Ward, product_id: str) -> str:
    prefix = LOT_PREFIX.get(product_id, product_id[:1].upper())
    while True:
        number = f"{prefix}{ward.rng.randrange(100000, 1000000)}"
        if number not in ward.lot_numbers:
            ward.lot_numbers.add(number)
            return number


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _mark_expired_lot(ward: _Ward, infusions: list[_Infusion]) -> None:
    """One old infusion documents a lot that had already expired (the import flags it)."""
    cutoff = ward.now - timedelta(days=30)
    old = [i for i in infusions if i.end is not None and i.start < cutoff]
    if len(infusions) < 10 or not old:
        return
    infusion = ward.rng.choice(old)
    expired = infusion.start.date() - timedelta(days=ward.rng.randint(3, 25))
    infusion.record["lots"][0] = {
        "lot": _new_lot_number(ward, infusion.product.id),
        "expiry": expired.isoformat(),
    }


# --------------------------------------------------------------------------------------------
# Premedication and vital signs
# --------------------------------------------------------------------------------------------


def _premed(at: datetime, drug: str, kind: str, dose: str, route: str) -> dict[str, str]:
    return {"at": _iso(at), "drug": drug, "class": kind, "dose": dose, "route": route}


def _antihistamine_mg(age: float) -> float:
    """Cetirizine / chlorphenamine by age band (BNF for Children)."""
    if age < 2:
        return 1.0
    if age < 6:
        return 2.5
    if age < 12:
        return 5.0
    return 10.0


def _mg(value: float) -> str:
    return f"{value:g} mg"


def _premedications(rng: random.Random, infusion: _Infusion, age: float) -> list[dict[str, str]]:
    """Paper: antihistamines, NSAIDs and glucocorticoids prevent reactions; given 30 min before."""
    habits = infusion.patient.habits
    if rng.random() >= (0.95 if habits.premedicated else 0.15):
        return []
    at = _minutes(infusion.start, -30)
    weight = infusion.weight_kg
    # Paracetamol 15 mg/kg (max 1 g), ibuprofen 10 mg/kg (max 400 mg), hydrocortisone 4 mg/kg
    # (max 100 mg): usual paediatric doses (BNF for Children).
    given = [
        _premed(at, "paracetamol", "antipyretic", _mg(min(1000, _round_to(15 * weight, 10))), "po")
    ]
    if habits.antihistamine and age >= 1:
        route = "iv" if habits.antihistamine == "chlorphenamine" else "po"
        drug = habits.antihistamine if age >= 2 else "chlorphenamine"
        given.append(_premed(at, drug, "antihistamine", _mg(_antihistamine_mg(age)), route))
    if habits.steroid:
        dose = _mg(min(100, _round_to(4 * weight, 5)))
        given.append(_premed(at, "hydrocortisone", "glucocorticoid", dose, "iv"))
    if habits.nsaid:
        given.append(
            _premed(at, "ibuprofen", "nsaid", _mg(min(400, _round_to(10 * weight, 10))), "po")
        )
    return given


# Normal ranges by age (upper age bound in years): heart rate, respiratory rate, systolic BP
# (APLS / PALS paediatric vital sign tables).
VITAL_RANGES: tuple[tuple[float, tuple[int, int], tuple[int, int], tuple[int, int]], ...] = (
    (1.0, (110, 150), (28, 40), (80, 95)),
    (3.0, (95, 130), (22, 30), (86, 102)),
    (6.0, (85, 115), (20, 26), (90, 108)),
    (12.0, (70, 105), (16, 22), (95, 115)),
    (200.0, (60, 95), (12, 18), (105, 125)),
)


def _vital_signs(
    rng: random.Random, age: float, at: datetime, temp_c: float, extra_hr: int = 0
) -> dict[str, Any]:
    _, hr, rr, sbp = next(row for row in VITAL_RANGES if age < row[0])
    systolic = rng.randint(*sbp)
    fever_hr = max(0, round((temp_c - 37.0) * 10))  # about 10/min per degree of fever
    return {
        "at": _iso(at),
        "temp_c": round(temp_c, 1),
        "hr": rng.randint(*hr) + fever_hr + extra_hr,
        "sbp": systolic,
        "dbp": round(systolic * rng.uniform(0.55, 0.68)),
        "rr": rng.randint(*rr),
        "spo2": rng.randint(96, 100),
    }


def _normal_temp(rng: random.Random) -> float:
    return rng.uniform(36.4, 37.3)


def _vitals_series(
    ward: _Ward,
    infusion: _Infusion,
    age: float,
    feverish: bool,
    seen_until: datetime,
    reaction: _Reaction | None,
) -> list[dict[str, Any]]:
    """A baseline before the start, a few during (30 and 90 min, then every 2 h), one at the end."""
    rng = ward.rng
    start = infusion.start
    baseline_temp = rng.uniform(38.0, 39.6) if feverish else _normal_temp(rng)
    series = [_vital_signs(rng, age, _minutes(start, -15), baseline_temp)]
    minute = 30
    while _minutes(start, minute) < seen_until and len(series) < 5:
        temp = baseline_temp - 0.3 if feverish else _normal_temp(rng)
        series.append(_vital_signs(rng, age, _minutes(start, minute), temp))
        minute = 90 if minute == 30 else minute + 120
    if reaction is not None:
        at = _minutes(start, reaction.minute + 5)
        hot = reaction.term in ("fever", "chills")
        temp = rng.uniform(38.1, 38.8) if hot else _normal_temp(rng)
        extra = 15 if reaction.term in ("flushing", "chills") else 5
        series.append(_vital_signs(rng, age, at, temp, extra_hr=extra))
    if not infusion.running:
        series.append(_vital_signs(rng, age, seen_until, _normal_temp(rng)))
    return sorted(
        (v for v in series if str(v["at"]) <= _iso(seen_until)), key=lambda v: str(v["at"])
    )


def _event(onset: datetime, term: str, grade: int, action: str, outcome: str) -> dict[str, Any]:
    return {
        "onset": _iso(onset),
        "term": term,
        "grade": grade,
        "ctcae_version": CTCAE_VERSION,
        "serious": False,
        "action": action,
        "outcome": outcome,
    }


def _reaction_event(rng: random.Random, infusion: _Infusion, reaction: _Reaction) -> dict[str, Any]:
    """CTCAE v5.0 infusion-related reaction: mostly grade 1-2, rarely 3."""
    grade = _weighted(rng, [("1", 60), ("2", 37), ("3", 3)])
    onset = _minutes(infusion.start, reaction.minute)
    return _event(onset, reaction.term, int(grade), reaction.action, "resolved")


# --------------------------------------------------------------------------------------------
# Follow-up checks (SPEC section 5) and course outcomes
# --------------------------------------------------------------------------------------------


def _checks(ward: _Ward, infusions: list[_Infusion]) -> list[dict[str, Any]]:
    """Done checks of ended infusions; superseded ones are left out, recent ones partly open."""
    starts: dict[int, list[datetime]] = {}
    for infusion in infusions:
        starts.setdefault(id(infusion.patient), []).append(infusion.start)
    last_start = {key: max(values) for key, values in starts.items()}
    done: list[dict[str, Any]] = []
    for infusion in infusions:
        if infusion.end is None:
            continue
        later = [s for s in starts[id(infusion.patient)] if s > infusion.start]
        due = [
            (offset, infusion.end + timedelta(hours=offset))
            for offset in CHECK_OFFSETS_H
            if not any(s < infusion.end + timedelta(hours=offset) for s in later)
        ]
        due = [(offset, at) for offset, at in due if at <= ward.now]
        is_recent = (
            infusion.patient.role == "recent" and infusion.start == last_start[id(infusion.patient)]
        )
        if is_recent:
            # Leave some recent checks open so the worklist shows overdue and due items.
            policy = infusion.patient.recent_rank % 3
            due = [] if policy == 0 else due[:1] if policy == 2 else due
        for offset, at in due:
            done_at = min(ward.now, _minutes(at, ward.rng.randrange(0, DONE_DELAY_MIN + 1, 5)))
            done.append(_done_check(ward, infusion, offset, done_at))
    return sorted(done, key=lambda c: (str(c["infusion_id"]), int(c["offset_h"])))


def _done_check(ward: _Ward, infusion: _Infusion, offset: int, done_at: datetime) -> dict[str, Any]:
    rng = ward.rng
    in_person = rng.random() < (0.6 if infusion.patient.diagnosis == "KD" else 0.2)
    check: dict[str, Any] = {
        "infusion_id": infusion.id,
        "offset_h": offset,
        "done_at": _iso(done_at),
        "mode": "in_person" if in_person else "phone",
        "outcome": "no_symptoms",
        "symptoms": [],
        "notes": "",
    }
    roll = rng.random()
    if roll < NOT_REACHED_SHARE:
        check.update(mode="phone", outcome="not_reached", notes="no answer; message left")
    elif roll < NOT_REACHED_SHARE + SYMPTOMS_SHARE:
        terms = rng.sample([t for t, _ in LATE_SYMPTOMS], rng.choice((1, 1, 2)))
        check.update(outcome="symptoms", symptoms=terms, notes="advised paracetamol and fluids")
        for term in terms:
            grade = 1 if rng.random() < 0.75 else 2
            action = "treated" if grade == 2 else rng.choice(("none", "treated"))
            event = _event(done_at, term, grade, action, rng.choice(("resolving", "resolved")))
            event["check_offset_h"] = offset
            infusion.events.append(event)
    elif rng.random() < 0.15:
        check["notes"] = "seen on the ward" if in_person else "spoke with a parent"
    return check


def _course_outcomes(ward: _Ward, infusions: list[_Infusion]) -> None:
    """The paper's effect (good / moderate / poor) on the first infusion of finished courses."""
    courses: dict[tuple[int, int], list[_Infusion]] = {}
    for infusion in infusions:
        courses.setdefault((id(infusion.patient), infusion.course_no), []).append(infusion)
    for members in courses.values():
        person = members[0].patient
        latest = members[0].course_no == len(person.courses) - 1
        if any(i.end is None for i in members) or (latest and person.role != "old"):
            continue  # still running, or too recent to judge
        if ward.rng.random() < OUTCOME_RECORDED_SHARE:
            members[0].record["course_outcome"] = _weighted(ward.rng, OUTCOMES)
