"""The demo ward's children, shaped like the paper's cohort (Tables I and II): who they are."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Any

from ivigmon.demo.arithmetic import apportion, weighted
from ivigmon.demo.courses import date_courses, plan_courses
from ivigmon.demo.plan import Habits, PlannedPatient, Ward
from ivigmon.domain.codes import Sex

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

# A few children (about 6 %, school age and older) are obese: BMI-for-age z 1.9-2.4, i.e. above
# the 95th percentile (z 1.645, CDC); the others stay below the 93rd.
OBESE_SHARE = 0.06
OBESE_Z = (1.9, 2.4)

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


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def plan_patients(ward: Ward, count: int) -> list[PlannedPatient]:
    """`count` children in the paper's proportions, with their courses dated and names given."""
    rng = ward.rng
    diagnoses = [code for code, n in apportion(TABLE_II_PATIENTS, count).items() for _ in range(n)]
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
    plan_courses(ward, people)
    date_courses(ward, people)
    _name_patients(rng, people)
    return people


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
        spread = apportion([(c, OTHER_BOY_WEIGHT[c] * counts[c]) for c in others], total_other)
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


def _new_patient(ward: Ward, diagnosis: str, sex: Sex, role: str) -> PlannedPatient:
    rng = ward.rng
    low, high, mode = AGE_YEARS[diagnosis]
    person = PlannedPatient(
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
        None if rng.random() < UNKNOWN_BLOOD_GROUP_SHARE else weighted(rng, BLOOD_GROUPS)
    )
    nsaid_ok = diagnosis != "KD" and "kidney_failure" not in person.comorbidities  # aspirin in KD
    person.habits = Habits(
        premedicated=rng.random() < 0.85,
        antihistamine=(
            "" if rng.random() < 0.4 else rng.choice(("cetirizine", "cetirizine", "chlorphenamine"))
        ),
        steroid=rng.random() < (0.5 if "anti_iga" in person.comorbidities else 0.12),
        nsaid=nsaid_ok and rng.random() < 0.12,
    )
    return person


def _comorbidities(rng: random.Random, person: PlannedPatient) -> list[str]:
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


def _choose_obese(rng: random.Random, people: list[PlannedPatient]) -> None:
    candidates = [p for p in people if p.age_first >= 6]
    wanted = min(len(candidates), math.floor(len(people) * OBESE_SHARE + 0.5))
    for person in rng.sample(candidates, wanted):
        person.weight_z = rng.uniform(*OBESE_Z)
        person.adjusted_dosing = rng.random() < 0.5


def _name_patients(rng: random.Random, people: list[PlannedPatient]) -> None:
    used: set[str] = set()
    for person in people:
        name = ""
        for _ in range(20):
            name = f"{rng.choice(FIRST_NAMES[person.sex])} {rng.choice(LAST_NAMES)}"
            if name not in used:
                break
        used.add(name)
        person.name = name


def patient_record(person: PlannedPatient) -> dict[str, Any]:
    """The patient as the interchange file writes it."""
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
