"""The synthetic demo ward: reproducible, shaped like the paper's cohort, valid, and lively."""

from __future__ import annotations

import itertools
import json
import statistics
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.age import completed_years
from ivigmon.domain.codes import EventTerm, RateUnit
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.products import Product
from ivigmon.services.importing import import_demo_ward
from ivigmon.services.worklist import worklist
from tests.factories import NOW

OFFSETS = (24, 48, 72)
TABLE_II = {"JIA": 30, "KD": 14, "JDM": 9, "SV": 7, "JSLE": 6, "SCLE": 2, "ITP": 2}


@pytest.fixture(scope="module")
def ward() -> dict[str, Any]:
    return build_demo_document(patients=70, seed=1, now=NOW)


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def infusions_of(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    by_mrn: dict[str, list[dict[str, Any]]] = {}
    for infusion in doc["infusions"]:
        by_mrn.setdefault(infusion["mrn"], []).append(infusion)
    return by_mrn


def every_time(doc: dict[str, Any]) -> list[datetime]:
    times: list[datetime] = []
    for patient in doc["patients"]:
        times += [t(m["at"]) for m in patient["measurements"]]
    for infusion in doc["infusions"]:
        times.append(t(infusion["start"]))
        if infusion["end"] is not None:
            times.append(t(infusion["end"]))
        for key, field in (
            ("rate_steps", "at"),
            ("premedications", "at"),
            ("vitals", "at"),
            ("events", "onset"),
        ):
            times += [t(item[field]) for item in infusion[key]]
    times += [t(check["done_at"]) for check in doc["checks"]]
    return times


def above_label_maximum(infusion: dict[str, Any], product: Product) -> bool:
    """A step more than 1 % above the label maximum for the indication (SPEC 4, RAPID_RATE)."""
    maximum = product.max_rate_for(infusion["indication"])
    if maximum is None:
        return False
    for step in infusion["rate_steps"]:
        per_kg_h = step["ml_per_h"] / infusion["dosing_weight_kg"]
        value = (
            per_kg_h
            if product.rate_unit is RateUnit.ML_KG_H
            else per_kg_h * product.concentration_mg_per_ml / 60
        )
        if value > maximum * 1.01:
            return True
    return False


def superseded(infusion: dict[str, Any], due: datetime, doc: dict[str, Any]) -> bool:
    start = t(infusion["start"])
    return any(
        start < t(other["start"]) < due
        for other in doc["infusions"]
        if other["mrn"] == infusion["mrn"]
    )


# --------------------------------------------------------------------------------------------
# Reproducible
# --------------------------------------------------------------------------------------------


def test_same_seed_and_now_give_the_same_ward(ward):
    assert build_demo_document(patients=70, seed=1, now=NOW) == ward


def test_another_seed_gives_another_ward(ward):
    assert build_demo_document(patients=70, seed=2, now=NOW) != ward


def test_at_least_one_patient_is_needed():
    with pytest.raises(ValueError, match="at least one patient"):
        build_demo_document(patients=0, now=NOW)


# --------------------------------------------------------------------------------------------
# The paper's cohort (Tables I and II)
# --------------------------------------------------------------------------------------------


def test_diagnoses_match_table_ii_exactly(ward):
    counts = Counter(p["diagnoses"][0] for p in ward["patients"])
    assert dict(counts) == TABLE_II


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_boys_as_in_the_paper(seed):
    doc = build_demo_document(patients=70, seed=seed, now=NOW)
    boys = Counter(p["diagnoses"][0] for p in doc["patients"] if p["sex"] == "M")
    assert sum(boys.values()) == 27  # 38.6 %
    assert boys["KD"] == 8
    assert boys["JIA"] == 12


def test_kawasaki_children_are_mostly_under_five(ward):
    by_mrn = infusions_of(ward)
    ages = [
        completed_years(
            date.fromisoformat(p["birth_date"]), min(t(i["start"]) for i in by_mrn[p["mrn"]])
        )
        for p in ward["patients"]
        if p["diagnoses"] == ["KD"]
    ]
    assert sum(age < 5 for age in ages) >= 0.8 * len(ages)


def test_infusions_per_patient_like_the_paper(ward):
    by_mrn = infusions_of(ward)
    counts = [len(by_mrn.get(p["mrn"], [])) for p in ward["patients"]]
    assert min(counts) >= 1
    assert statistics.median(counts) == 1
    assert 1.8 <= statistics.mean(counts) <= 3.0  # paper: 2.32
    assert 8 <= max(counts) <= 15


def test_kawasaki_gets_one_2_g_per_kg_infusion_on_label(ward):
    by_mrn = infusions_of(ward)
    for patient in ward["patients"]:
        if patient["diagnoses"] != ["KD"]:
            continue
        (infusion,) = by_mrn[patient["mrn"]]
        assert infusion["dose_g"] / infusion["dosing_weight_kg"] == pytest.approx(2.0, abs=0.05)


def test_indication_and_label_use_follow_the_primary_diagnosis(ward):
    primary = {p["mrn"]: p["diagnoses"][0] for p in ward["patients"]}
    for infusion in ward["infusions"]:
        assert infusion["indication"] == primary[infusion["mrn"]]
        expected = "on" if infusion["indication"] in ("KD", "ITP") else "off"
        assert infusion["label_use"] == expected


def test_weights_and_heights_are_plausible_for_age(ward):
    by_mrn = infusions_of(ward)
    for patient in ward["patients"]:
        first = min(t(i["start"]) for i in by_mrn[patient["mrn"]])
        measured = patient["measurements"][0]
        assert t(measured["at"]) < first
        age = (first.date() - date.fromisoformat(patient["birth_date"])).days / 365.25
        assert 0.3 <= age <= 17.5
        assert 4.0 <= measured["weight_kg"] <= 130.0
        assert 55.0 <= measured["height_cm"] <= 200.0
        if patient["diagnoses"] == ["KD"]:
            assert 5.0 <= measured["weight_kg"] <= 22.0


def test_every_dosing_weight_is_the_latest_measured_weight_unless_adjusted(ward):
    by_mrn = {p["mrn"]: p for p in ward["patients"]}
    for infusion in ward["infusions"]:
        start = t(infusion["start"])
        weights = [m for m in by_mrn[infusion["mrn"]]["measurements"] if t(m["at"]) <= start]
        latest = max(weights, key=lambda m: m["at"])["weight_kg"]
        if infusion["dosing_weight_basis"] == "actual":
            assert infusion["dosing_weight_kg"] == latest
        else:
            assert infusion["dosing_weight_kg"] < latest
        assert infusion["dose_g"] * 2 == int(infusion["dose_g"] * 2)  # whole or half grams


# --------------------------------------------------------------------------------------------
# Time frame
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("now", [NOW, datetime(2025, 12, 31, 0, 5), datetime(2026, 7, 4, 23, 59)])
def test_nothing_lies_after_now(now):
    doc = build_demo_document(patients=70, seed=4, now=now)
    times = every_time(doc)
    assert max(times) <= now
    assert min(times) >= now - timedelta(days=800)
    assert all(date.fromisoformat(p["birth_date"]) <= now.date() for p in doc["patients"])


def test_one_or_two_infusions_are_running_now(ward):
    unended = [i for i in ward["infusions"] if i["end"] is None]
    # One more was started days ago and nobody recorded its end (the unended alert's case).
    forgotten = [i for i in unended if t(i["start"]) < NOW - timedelta(hours=24)]
    assert len(forgotten) == 1
    assert not any(c["infusion_id"] == forgotten[0]["id"] for c in ward["checks"])
    running = [i for i in unended if i not in forgotten]
    assert 1 <= len(running) <= 2
    for infusion in running:
        assert NOW - timedelta(hours=4) <= t(infusion["start"]) < NOW
        assert infusion["rate_steps"]
        assert not any(c["infusion_id"] == infusion["id"] for c in ward["checks"])


def test_multi_day_courses_give_one_infusion_a_day(ward):
    for infusions in infusions_of(ward).values():
        days = [t(i["start"]).date() for i in infusions]
        assert len(days) == len(set(days))
        for earlier, later in itertools.pairwise(infusions):
            assert earlier["end"] is not None
            assert t(earlier["end"]) < t(later["start"])


# --------------------------------------------------------------------------------------------
# Products, rates, premedication, vital signs, events
# --------------------------------------------------------------------------------------------


def test_products_and_lots(ward, products):
    used = Counter(i["product"] for i in ward["infusions"])
    assert set(used) <= set(products)
    assert len(used) >= 5
    assert any(not products[p].has_rate_limits for p in used)
    expired = 0
    for infusion in ward["infusions"]:
        assert 1 <= len(infusion["lots"]) <= 2
        for lot in infusion["lots"]:
            if date.fromisoformat(lot["expiry"]) < t(infusion["start"]).date():
                expired += 1
    assert expired <= 1


def test_some_rate_steps_exceed_the_label_maximum(ward, products):
    over = [i for i in ward["infusions"] if above_label_maximum(i, products[i["product"]])]
    assert 1 <= len(over) <= 0.15 * len(ward["infusions"])


def test_rates_ramp_up_from_the_label_initial_rate(ward, products):
    for infusion in ward["infusions"]:
        product = products[infusion["product"]]
        first = infusion["rate_steps"][0]
        assert first["at"] == infusion["start"]
        if product.initial_rate is not None:
            per_kg_h = first["ml_per_h"] / infusion["dosing_weight_kg"]
            value = (
                per_kg_h
                if product.rate_unit is RateUnit.ML_KG_H
                else per_kg_h * product.concentration_mg_per_ml / 60
            )
            assert value <= product.initial_rate * 1.01


def test_premedication_on_most_infusions(ward):
    given = [i for i in ward["infusions"] if i["premedications"]]
    assert len(given) >= 0.6 * len(ward["infusions"])
    for infusion in given:
        for premed in infusion["premedications"]:
            assert t(premed["at"]) == t(infusion["start"]) - timedelta(minutes=30)


def test_baseline_vital_signs_before_every_start(ward):
    febrile = 0
    for infusion in ward["infusions"]:
        before = [v for v in infusion["vitals"] if t(v["at"]) <= t(infusion["start"])]
        assert before
        febrile += any(v["temp_c"] >= 38.0 for v in before)
    assert febrile >= 1


def test_some_graded_reactions_during_infusions(ward):
    during = [e for i in ward["infusions"] for e in i["events"] if "check_offset_h" not in e]
    assert 1 <= len(during) <= 0.15 * len(ward["infusions"])
    for event in during:
        assert event["grade"] in (1, 2, 3)
        assert event["ctcae_version"] == "5.0"
        assert event["action"] in ("rate_reduced", "paused", "treated")


def test_symptoms_at_checks_are_events_of_that_infusion(ward):
    checks = {(c["infusion_id"], c["offset_h"]): c for c in ward["checks"]}
    late = 0
    for infusion in ward["infusions"]:
        for event in infusion["events"]:
            if "check_offset_h" not in event:
                continue
            late += 1
            check = checks[(infusion["id"], event["check_offset_h"])]
            assert check["outcome"] == "symptoms"
            assert event["term"] in check["symptoms"]
            assert event["onset"] == check["done_at"]
    assert late >= 1
    for check in ward["checks"]:
        assert all(symptom in set(EventTerm) for symptom in check["symptoms"])


# --------------------------------------------------------------------------------------------
# Follow-up checks
# --------------------------------------------------------------------------------------------


def test_done_checks_lie_between_due_and_now(ward):
    infusions = {i["id"]: i for i in ward["infusions"]}
    assert ward["checks"]
    for check in ward["checks"]:
        infusion = infusions[check["infusion_id"]]
        due = t(infusion["end"]) + timedelta(hours=check["offset_h"])
        assert check["offset_h"] in OFFSETS
        assert due <= t(check["done_at"]) <= min(NOW, due + timedelta(hours=6))
        assert not superseded(infusion, due, ward)
    outcomes = Counter(c["outcome"] for c in ward["checks"])
    assert outcomes["no_symptoms"] > outcomes["not_reached"] + outcomes["symptoms"]
    assert outcomes["not_reached"] >= 1
    assert Counter(c["mode"] for c in ward["checks"]).keys() == {"phone", "in_person"}


def test_recent_infusions_have_some_checks_done_and_some_open(ward):
    done = {(c["infusion_id"], c["offset_h"]) for c in ward["checks"]}
    recent = [
        i
        for i in ward["infusions"]
        if i["end"] is not None and t(i["end"]) >= NOW - timedelta(days=4)
    ]
    open_past_due = done_recent = 0
    for infusion in recent:
        for offset in OFFSETS:
            due = t(infusion["end"]) + timedelta(hours=offset)
            if due > NOW or superseded(infusion, due, ward):
                continue
            if (infusion["id"], offset) in done:
                done_recent += 1
            else:
                open_past_due += 1
    assert done_recent >= 1
    assert open_past_due >= 1


def test_course_outcomes_on_most_older_courses(ward):
    outcomes = Counter(i["course_outcome"] for i in ward["infusions"] if i["course_outcome"])
    assert outcomes["good"] > outcomes["moderate"] + outcomes["poor"]


# --------------------------------------------------------------------------------------------
# A valid interchange document
# --------------------------------------------------------------------------------------------


def test_the_document_is_json_and_self_consistent(ward):
    assert json.loads(json.dumps(ward)) == ward
    mrns = [p["mrn"] for p in ward["patients"]]
    ids = [i["id"] for i in ward["infusions"]]
    assert len(set(mrns)) == len(mrns) == 70
    assert len(set(ids)) == len(ids)
    assert mrns[0] == "K-0001"
    assert all(i["mrn"] in set(mrns) for i in ward["infusions"])
    assert all(i["recorded_by"] == "demo" for i in ward["infusions"])


@pytest.mark.parametrize("patients", [1, 2, 5, 70, 150])
@pytest.mark.parametrize("seed", [1, 9])
def test_the_interchange_parser_accepts_the_ward(products, patients, seed):
    doc = build_demo_document(patients=patients, seed=seed, now=NOW)
    parsed = parse_document(
        json.loads(json.dumps(doc)),
        product_ids=products.keys(),
        check_offsets=OFFSETS,
        now=NOW,
    )
    assert len(parsed.patients) == patients
    assert any(i.end is None for i in parsed.infusions)
    assert len(parsed.flags) <= max(3, len(parsed.infusions) // 10)


def test_import_fills_the_worklist_with_overdue_due_and_upcoming_checks(ctx, ward):
    result = import_demo_ward(ctx, ward)
    assert result.patients == 70
    assert result.checks_done == len(ward["checks"])
    rows = worklist(ctx)
    statuses = Counter(row.status.value for row in rows)
    assert statuses["overdue"] >= 1
    assert statuses["due"] + statuses["upcoming"] >= 1
    assert len(rows) <= 40
    assert all(row.infusion_id in {i["id"] for i in ward["infusions"]} for row in rows)
