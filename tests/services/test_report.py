"""The cohort report (SPEC 8) on a small ward whose every figure the test works out by hand."""

from __future__ import annotations

import statistics
from datetime import date, datetime
from typing import Any

import pytest

from ivigmon.domain.codes import CourseOutcome
from ivigmon.domain.models import AlertKey, VitalSigns
from ivigmon.domain.report_facts import sum_tallies
from ivigmon.domain.roles import Role
from ivigmon.domain.validation import ValidationError
from ivigmon.services import alerts, amend, infusions
from ivigmon.services.amend import EntryKind
from ivigmon.services.context import Context
from ivigmon.services.errors import NotPermitted
from ivigmon.services.importing import import_document
from ivigmon.services.report import CohortReport, ReportRequest, cohort_report, report_json
from ivigmon.services.state import report_state
from ivigmon.storage import report_state as stored_state
from tests.factories import make_patient, start_infusion

NOW_DAY = date(2026, 3, 10)


def _patient(mrn: str, sex: str, born: str, diagnoses: list[str], *measured: tuple) -> dict:
    return {
        "mrn": mrn,
        "name": f"Child {mrn}",
        "sex": sex,
        "birth_date": born,
        "diagnoses": diagnoses,
        "comorbidities": [],
        "measurements": [{"at": at, "weight_kg": w, "height_cm": h} for at, w, h in measured],
    }


def _infusion(
    id: str, mrn: str, start: str, end: str, dx: str, label: str, product: str, lots, kg, g, **kw
) -> dict:
    item = {
        "id": id,
        "mrn": mrn,
        "indication": dx,
        "label_use": label,
        "product": product,
        "lots": [{"lot": lot, "expiry": "2027-01-31"} for lot in lots],
        "dosing_weight_kg": kg,
        "dose_g": g,
        "start": start,
        "end": end,
        "active_infection": False,
        "rate_steps": [],
        "premedications": [],
        "vitals": [],
        "events": [],
        "course_outcome": None,
    }
    item.update(kw)
    return item


def _premed(at: str, drug: str, klass: str) -> dict:
    return {"at": at, "drug": drug, "class": klass, "dose": "1", "route": "po"}


def _event(onset: str, term: str, grade: int = 1, check: int | None = None) -> dict:
    event = {
        "onset": onset,
        "term": term,
        "grade": grade,
        "ctcae_version": "5.0",
        "serious": False,
        "action": "none",
        "outcome": "resolved",
    }
    if check is not None:
        event["check_offset_h"] = check
    return event


def _check(infusion_id: str, offset: int, done: str, outcome: str, symptoms=()) -> dict:
    return {
        "infusion_id": infusion_id,
        "offset_h": offset,
        "done_at": done,
        "mode": "phone",
        "outcome": outcome,
        "symptoms": list(symptoms),
        "notes": "",
    }


# Three children. T-1 (girl, JIA): a1 + a2 one course (24 h apart, 60 g / 30 kg = 2 g/kg), a3
# alone (15 g / 30 kg); T-2 (boy, KD): b1 2 g/kg, b2 1 g/kg eight days later; T-3 (boy, JIA
# then ITP: primary JIA): c1 0.5 g/kg. Reactions: a1 flushing during it, a2 headache at its
# +72 h check, c1 urticaria during it.
WARD = {
    "format": "ivigmon/1",
    "patients": [
        _patient(
            "T-1",
            "F",
            "2016-03-01",
            ["JIA"],
            ("2026-01-01T08:00", 30.0, 130.0),
            ("2026-02-01T08:00", 31.0, 131.0),
        ),
        _patient("T-2", "M", "2022-03-01", ["KD"], ("2026-02-28T08:00", 12.0, 85.0)),
        _patient("T-3", "M", "2014-06-15", ["JIA", "ITP"], ("2025-12-01T08:00", 40.0, 150.0)),
    ],
    "infusions": [
        _infusion(
            "a1", "T-1", "2026-01-05T09:00", "2026-01-05T15:00", "JIA", "off", "privigen",
            ["L1"], 30.0, 30.0,
            premedications=[_premed("2026-01-05T08:30", "paracetamol", "antipyretic")],
            events=[_event("2026-01-05T10:00", "flushing")],
            course_outcome="good",
        ),
        _infusion(
            "a2", "T-1", "2026-01-06T09:00", "2026-01-06T15:00", "JIA", "off", "privigen",
            ["L1", "L2"], 30.0, 30.0,
            events=[_event("2026-01-09T15:30", "headache", check=72)],
        ),
        _infusion(
            "a3", "T-1", "2026-02-10T23:59", "2026-02-11T05:00", "JIA", "off", "privigen",
            ["L3"], 30.0, 15.0,
            premedications=[_premed("2026-02-10T23:30", "cetirizine", "antihistamine")],
            course_outcome="moderate",
        ),
        _infusion(
            "b1", "T-2", "2026-03-01T09:00", "2026-03-01T19:00", "KD", "on", "gamunex_c",
            ["G1"], 12.0, 24.0, course_outcome="good",
        ),
        _infusion(
            "b2", "T-2", "2026-03-09T09:00", "2026-03-09T15:00", "KD", "on", "gamunex_c",
            ["G1"], 12.0, 12.0,
        ),
        _infusion(
            "c1", "T-3", "2026-02-01T00:00", "2026-02-01T06:00", "JIA", "off", "octagam_10",
            ["L2"], 40.0, 20.0,
            premedications=[
                _premed("2026-01-31T23:30", "paracetamol", "antipyretic"),
                _premed("2026-01-31T23:31", "hydrocortisone", "glucocorticoid"),
            ],
            events=[_event("2026-02-01T01:00", "urticaria", grade=2)],
        ),
    ],
    "checks": [
        _check("a2", 24, "2026-01-07T17:00", "no_symptoms"),  # 120 min after due
        _check("a2", 48, "2026-01-08T15:00", "not_reached"),  # on time
        _check("a2", 72, "2026-01-09T15:30", "symptoms", ["headache"]),  # 30 min late
        _check("b1", 24, "2026-03-02T19:00", "no_symptoms"),  # on time
    ],
}  # fmt: skip

AGE_T1 = (date(2026, 1, 5) - date(2016, 3, 1)).days / 365.25
AGE_T2 = (date(2026, 3, 1) - date(2022, 3, 1)).days / 365.25
AGE_T3 = (date(2026, 2, 1) - date(2014, 6, 15)).days / 365.25


@pytest.fixture
def ward(ctx: Context) -> Context:
    import_document(ctx, WARD)
    return ctx


def rows(report: CohortReport, name: str) -> dict[str, dict[str, Any]]:
    """The table's rows by their first cell."""
    table = report.table(name)
    return {row[0]: dict(zip(table.columns, row, strict=True)) for row in table.rows}


def near(value: float) -> Any:
    return pytest.approx(value, abs=0.0051)  # the report rounds to 2 decimals


def spread(values: list[float], *, median: bool = True) -> list[Any]:
    stats = [statistics.mean(values)] + ([statistics.median(values)] if median else [])
    return [near(v) for v in [*stats, min(values), max(values)]]


def test_table_i_by_primary_diagnosis_then_the_total(ward):
    report = cohort_report(ward, ReportRequest())
    table = report.table("patients")
    assert [r[0] for r in table.rows] == ["JIA", "KD", "total"]  # largest first, total last
    got = rows(report, "patients")
    jia, kd, total = got["JIA"], got["KD"], got["total"]
    assert (jia["patients"], jia["patients_pct"], jia["boys"], jia["boys_pct"]) == (
        2,
        near(200 / 3),
        1,
        50.0,
    )
    assert (kd["patients"], kd["boys"], kd["boys_pct"]) == (1, 1, 100.0)
    assert (total["patients"], total["patients_pct"]) == (3, 100.0)
    assert total["boys_pct"] == near(200 / 3)
    assert [jia[f"age_years_{s}"] for s in ("mean", "min", "max")] == spread(
        [AGE_T1, AGE_T3], median=False
    )
    assert kd["age_years_mean"] == near(AGE_T2) and AGE_T2 == 4.0  # 1461 days
    # Weight and height as last measured by the first infusion (T-1's later 31 kg not used).
    assert [jia[f"weight_kg_{s}"] for s in ("n", "mean", "min", "max")] == [2, 35.0, 30.0, 40.0]
    assert [jia[f"height_cm_{s}"] for s in ("n", "mean", "min", "max")] == [2, 140.0, 130.0, 150.0]
    assert [total[f"weight_kg_{s}"] for s in ("mean", "min", "max")] == spread(
        [30.0, 12.0, 40.0], median=False
    )


def test_table_ii_infusions_doses_and_courses(ward):
    got = rows(cohort_report(ward, ReportRequest()), "treatment")
    jia, kd, total = got["JIA"], got["KD"], got["total"]
    per_patient = {"JIA": [3, 1], "KD": [2], "total": [3, 2, 1]}
    g_per_kg = {"JIA": [2.5, 0.5], "KD": [3.0], "total": [2.5, 3.0, 0.5]}
    # Each patient's mean course dose: T-1 (2.0 + 0.5) / 2, T-2 (2 + 1) / 2, T-3 0.5.
    course = {"JIA": [1.25, 0.5], "KD": [1.5], "total": [1.25, 1.5, 0.5]}
    for dx, row in got.items():
        assert row["infusions"] == sum(per_patient[dx])
        stats = [row[f"infusions_per_patient_{s}"] for s in ("mean", "median", "min", "max")]
        assert stats == spread(per_patient[dx])
        stats = [row[f"g_per_kg_per_patient_{s}"] for s in ("mean", "median", "min", "max")]
        assert stats == spread(g_per_kg[dx])
        stats = [row[f"course_g_per_kg_{s}"] for s in ("mean", "median", "min", "max")]
        assert stats == spread(course[dx])
    assert (jia["courses"], kd["courses"], total["courses"]) == (3, 2, 5)
    assert (jia["patients_2_or_more_infusions"], jia["patients_2_or_more_infusions_pct"]) == (
        1,
        50.0,
    )
    assert total["patients_2_or_more_infusions_pct"] == near(200 / 3)
    assert (jia["on_label"], jia["off_label"], jia["off_label_pct"]) == (0, 4, 100.0)
    assert (kd["on_label"], kd["off_label"], kd["off_label_pct"]) == (2, 0, 0.0)
    assert (total["on_label"], total["off_label"]) == (2, 4)


def test_course_outcomes_and_adverse_events(ward):
    got = rows(cohort_report(ward, ReportRequest()), "outcomes")
    outcome = ("courses", "good", "moderate", "poor", "not_recorded")
    assert [got["JIA"][k] for k in outcome] == [3, 1, 1, 0, 1]
    assert [got["KD"][k] for k in outcome] == [2, 1, 0, 0, 1]
    assert [got["total"][k] for k in outcome] == [5, 2, 1, 0, 2]
    events = ("patients_with_event", "patients_with_event_pct", "events")
    events += ("events_per_100_infusions",)
    assert [got["JIA"][k] for k in events] == [2, 100.0, 3, 75.0]
    assert [got["KD"][k] for k in events] == [0, 0.0, 0, 0.0]
    assert [got["total"][k] for k in events] == [2, near(200 / 3), 3, 50.0]


def rate(row: dict[str, Any]) -> tuple[int, int, int, int]:
    return (row["infusions"], row["immediate"], row["followed_up"], row["delayed"])


def test_reactions_by_product_lot_and_premedication(ward):
    report = cohort_report(ward, ReportRequest())
    by_product = rows(report, "reactions_by_product")
    assert {p: rate(r) for p, r in by_product.items()} == {
        "gamunex_c": (2, 0, 1, 0),
        "octagam_10": (1, 1, 0, 0),
        "privigen": (3, 1, 1, 1),
    }
    assert by_product["privigen"]["name"] == "Privigen"
    assert {lot: rate(r) for lot, r in rows(report, "reactions_by_lot").items()} == {
        "G1": (2, 0, 1, 0),
        "L1": (2, 1, 1, 1),
        "L2": (2, 1, 1, 1),  # a2 (delayed) and c1 (immediate)
        "L3": (1, 0, 0, 0),
    }
    premeds = rows(report, "reactions_by_premedication")
    assert list(premeds) == ["any", "none", "antipyretic", "antihistamine", "glucocorticoid"]
    assert {k: rate(r) for k, r in premeds.items()} == {
        "any": (3, 2, 0, 0),
        "none": (3, 0, 2, 1),
        "antipyretic": (2, 2, 0, 0),
        "antihistamine": (1, 0, 0, 0),
        "glucocorticoid": (1, 1, 0, 0),
    }
    # 1 of 3 immediate with its Wilson interval; delayed 1 of 1 followed up.
    privigen = by_product["privigen"]
    assert privigen["immediate_pct"] == near(100 / 3)
    assert (privigen["immediate_ci_low"], privigen["immediate_ci_high"]) == (
        near(6.15),
        near(79.23),
    )
    assert (privigen["delayed_pct"], privigen["delayed_ci_high"]) == (100.0, 100.0)


def test_every_infusion_is_counted_once_by_risk_level(ward):
    report = cohort_report(ward, ReportRequest())
    levels = rows(report, "reactions_by_risk_level")
    assert "not assessed" not in levels  # a ward's few are assessed as the report is read
    assert sum(r["infusions"] for r in levels.values()) == 6
    assert sum(r["immediate"] for r in levels.values()) == 2
    factors = rows(report, "reactions_by_risk_factor")
    # KD infusions carry KAWASAKI_CARDIAC; a1, b1 and c1 are each patient's first.
    assert factors["KAWASAKI_CARDIAC"]["infusions"] == 2
    assert factors["FIRST_INFUSION"]["infusions"] == 3


def test_follow_up_completion_and_lateness(ward):
    got = rows(cohort_report(ward, ReportRequest()), "follow_up")["total"]
    # 18 checks: a1's 3 superseded by a2; a2's 3 and b1's +24 h done; b2's 3 not due yet (due
    # from 15:00 today); a3's 3, b1's 2 and c1's 3 open past due.
    assert got["checks"] == 18
    assert (got["superseded"], got["not_yet_due"], got["open_past_due"]) == (3, 3, 8)
    assert (got["fell_due"], got["done"], got["reached"], got["not_reached"]) == (12, 4, 3, 1)
    assert (got["done_pct"], got["reached_pct"], got["not_reached_pct"]) == (
        near(100 / 3),
        25.0,
        near(100 / 12),
    )
    # Done 120, 0, 30 and 0 minutes after due: the median 15 minutes.
    assert got["done_late_median_h"] == 0.25


def test_the_published_figures_stand_beside_the_wards(ward):
    published = report_json(cohort_report(ward, ReportRequest()))["tables"][-1]
    assert published["name"] == "published"
    lines = [dict(zip(published["columns"], r, strict=True)) for r in published["rows"]]
    ward_rates = {(r["measure"], r["ward_n"], r["ward_of"]) for r in lines}
    assert ward_rates == {
        ("immediate_reaction", 2, 6),
        ("delayed_reaction", 1, 2),
        ("delayed_headache", 1, 2),
        ("any_reaction", 3, 6),
        ("aseptic_meningitis", 0, 6),
        ("renal_dysfunction", 0, 6),
        ("patients_with_event", 2, 3),
    }
    first = lines[0]
    assert (first["published_pct"], first["published_of"]) == (2.15, 1765)
    assert "Int Immunopharmacol 2014;23:442" in first["source"]
    assert all(r["source"] for r in lines)


def test_an_empty_database_gives_tables_that_say_so(ctx):
    report = cohort_report(ctx, ReportRequest())
    assert "No infusions recorded." in report.notes
    (total,) = report.table("patients").rows
    assert total[:3] == ["total", 0, None]
    assert report.table("patients").note == "no infusions in this report"
    for name in ("reactions_by_product", "reactions_by_lot", "reactions_by_premedication"):
        assert report.table(name).rows == []
    (follow_up,) = report.table("follow_up").rows
    assert follow_up[1:4] == [0, 0, 0]
    # Nothing is NaN: every figure is a number or None (JSON has no NaN).
    for table in report.tables:
        for row in table.rows:
            for value in row:
                assert value is None or value == value


def test_one_patient(ctx):
    make_patient(ctx)  # Ada, girl, KD, 14.2 kg measured on 2026-03-01
    start_infusion(ctx, start=datetime(2026, 3, 9, 9, 0), end=datetime(2026, 3, 9, 19, 0))
    report = cohort_report(ctx, ReportRequest())
    kd, total = (rows(report, "patients")[k] for k in ("KD", "total"))
    assert kd["patients"] == total["patients"] == 1
    assert (kd["patients_pct"], kd["boys"], kd["weight_kg_mean"]) == (100.0, 0, 14.2)
    treatment = rows(report, "treatment")["KD"]
    assert [treatment[f"infusions_per_patient_{s}"] for s in ("mean", "median", "min", "max")] == [
        1.0
    ] * 4
    assert treatment["course_g_per_kg_median"] == near(28 / 14.2)


@pytest.mark.parametrize(
    ("first_day", "last_day", "infusion_count"),
    [
        (date(2026, 1, 6), None, 5),  # a2 starts 2026-01-06 09:00: in; a1 the day before: out
        (None, date(2026, 1, 5), 1),  # a1 only
        (date(2026, 2, 1), date(2026, 2, 1), 1),  # c1 at 00:00 of the first day
        (date(2026, 2, 2), date(2026, 2, 10), 1),  # a3 at 23:59 of the last day
        (date(2026, 2, 11), date(2026, 2, 28), 0),
        (date(2026, 1, 5), NOW_DAY, 6),
    ],
)
def test_the_date_range_counts_infusions_by_their_local_start_date(
    ward, first_day, last_day, infusion_count
):
    report = cohort_report(ward, ReportRequest(first_day=first_day, last_day=last_day))
    assert rows(report, "treatment")["total"]["infusions"] == infusion_count


def test_a_date_range_counts_only_its_infusions_courses_and_checks(ward):
    day = date(2026, 1, 6)
    report = cohort_report(ward, ReportRequest(first_day=day, last_day=day))
    total = rows(report, "treatment")["total"]
    # a2 alone: its own course of 30 g / 30 kg.
    assert (total["infusions"], total["courses"], total["course_g_per_kg_mean"]) == (1, 1, 1.0)
    assert rows(report, "patients")["total"]["age_years_mean"] == near(
        (date(2026, 1, 6) - date(2016, 3, 1)).days / 365.25
    )
    (follow_up,) = report.table("follow_up").rows
    assert follow_up[1] == 3  # a2's checks only


@pytest.mark.parametrize(
    ("diagnosis", "patients", "infusions"),
    [("JIA", 2, 4), ("KD", 1, 2), ("ITP", 0, 0), ("SV", 0, 0)],  # ITP is T-3's second diagnosis
)
def test_the_diagnosis_filter_takes_the_primary_diagnosis(ward, diagnosis, patients, infusions):
    report = cohort_report(ward, ReportRequest(diagnosis=diagnosis))
    total = rows(report, "patients")["total"]
    assert total["patients"] == patients
    assert rows(report, "treatment")["total"]["infusions"] == infusions
    assert [r[0] for r in report.table("patients").rows][:-1] == ([diagnosis] if patients else [])
    every = rows(report, "reactions_by_product")
    assert sum(r["infusions"] for r in every.values()) == infusions


def test_an_unknown_diagnosis_or_a_reversed_range_is_refused(ward):
    with pytest.raises(ValidationError, match="--diagnosis"):
        cohort_report(ward, ReportRequest(diagnosis="XYZ"))
    with pytest.raises(ValidationError, match="--to"):
        cohort_report(ward, ReportRequest(first_day=date(2026, 2, 2), last_day=date(2026, 2, 1)))


def test_entered_in_error_records_never_count(ward):
    amend.mark_entered_in_error(ward, EntryKind.INFUSION, "a2", "wrong patient")
    patient_ids = {
        r["mrn"]: r["id"] for r in ward.store.conn.execute("SELECT id, mrn FROM patients")
    }
    amend.mark_entered_in_error(ward, EntryKind.PATIENT, str(patient_ids["T-3"]), "a test entry")
    event = ward.store.conn.execute(
        "SELECT id FROM adverse_events WHERE infusion_id = 'a1'"
    ).fetchone()
    amend.mark_entered_in_error(ward, EntryKind.ADVERSE_EVENT, str(event["id"]), "not a reaction")
    for request in (ReportRequest(), ReportRequest(first_day=date(2000, 1, 1))):
        report = cohort_report(ward, request)
        assert [r[0] for r in report.table("patients").rows] == ["JIA", "KD", "total"]  # 1 each
        total = rows(report, "treatment")["total"]
        assert total["infusions"] == 4  # a1, a3, b1, b2
        assert rows(report, "outcomes")["total"]["events"] == 0
        assert set(rows(report, "reactions_by_lot")) == {"G1", "L1", "L3"}
        assert set(rows(report, "reactions_by_product")) == {"gamunex_c", "privigen"}


def test_the_stored_report_agrees_with_the_records_after_each_change(ward, clock):
    def same() -> dict[str, Any]:
        stored = report_json(cohort_report(ward, ReportRequest()))["tables"]
        read = report_json(cohort_report(ward, ReportRequest(first_day=date(1900, 1, 1))))
        assert stored == read["tables"]
        with ward.store.read() as conn:
            shares = sum_tallies(stored_state.stored_tallies(conn).values())
            totals = stored_state.stored_totals(conn, None)
        assert {k: v for k, v in shares.items() if any(v)} == totals
        return {t["name"]: t["rows"] for t in stored}

    before = same()
    started = start_infusion(ward, "T-2", start=datetime(2026, 3, 10, 9, 0), dose_g=6.0)
    after = same()
    assert after["treatment"] != before["treatment"]
    infusions.set_course_outcome(ward, started.id, CourseOutcome.POOR)
    assert rows(cohort_report(ward, ReportRequest()), "outcomes")["KD"]["poor"] == 1
    same()
    amend.mark_entered_in_error(ward, EntryKind.INFUSION, started.id, "started twice")
    assert same()["treatment"] == before["treatment"]


def test_a_changed_primary_diagnosis_moves_the_patient(ward):
    from dataclasses import replace

    from ivigmon.services.patients import save_patient_form
    from ivigmon.storage.patients import load_patients, patient_id_for

    with ward.store.read() as conn:
        pid = patient_id_for(conn, "T-3")
        assert pid is not None
        stored = load_patients(conn, [pid])[pid]
    amended = replace(stored, diagnoses=tuple(reversed(stored.diagnoses)))  # ITP first
    save_patient_form(ward, original_mrn="T-3", patient=amended, measurement=None)
    report = cohort_report(ward, ReportRequest())
    assert [r[0] for r in report.table("patients").rows] == ["ITP", "JIA", "KD", "total"]
    assert rows(report, "reactions_by_product")["octagam_10"]["infusions"] == 1
    only_itp = cohort_report(ward, ReportRequest(diagnosis="ITP"))
    assert set(rows(only_itp, "reactions_by_product")) == {"octagam_10"}


def test_a_state_built_again_gives_the_same_report(ward):
    first = report_json(cohort_report(ward, ReportRequest()))
    with ward.store.write() as conn:
        conn.execute("UPDATE counters SET value = 0 WHERE name = 'report_facts'")
    with ward.store.read() as conn:
        assert not report_state.is_current(ward, conn)
    assert report_state.ensure_built(ward) == 3
    again = report_json(cohort_report(ward, ReportRequest()))
    assert again["tables"] == first["tables"]
    assert report_state.ensure_built(ward) == 0  # current: nothing to do


def test_open_and_reviewed_alerts(ctx):
    make_patient(ctx)
    first = start_infusion(ctx, start=datetime(2026, 3, 10, 8, 0))
    infusions.add_vital_signs(ctx, first.id, VitalSigns(at=datetime(2026, 3, 10, 9, 0), spo2=80))
    got = rows(cohort_report(ctx, ReportRequest()), "alerts")
    assert (got["vital_signs"]["open"], got["vital_signs"]["open_urgent"]) == (1, 1)
    key = AlertKey(
        kind=alerts.AlertKind.VITAL_SIGNS, infusion_id=first.id, vital_at=datetime(2026, 3, 10, 9)
    )
    alerts.review_alert(ctx, key, "oxygen given, saturation 97 %")
    got = rows(cohort_report(ctx, ReportRequest()), "alerts")
    assert (got["vital_signs"]["open"], got["vital_signs"]["reviewed"]) == (0, 1)
    assert (got["total"]["open"], got["total"]["reviewed"]) == (0, 1)


def test_ward_staff_may_read_the_report_and_a_signed_out_user_may_not(ward):
    ward.act_as("staff", Role.WARD_STAFF)
    assert cohort_report(ward, ReportRequest()).tables
    ward.accounts = True
    ward.act_as("nobody", None)
    with pytest.raises(NotPermitted):
        cohort_report(ward, ReportRequest())


def test_a_database_from_before_the_report_builds_its_state_when_opened(db_path, clock):
    """A database written by the version before (no report state) is upgraded on opening and
    every patient's facts are stored: the report then agrees with the records."""
    import sqlite3

    from ivigmon.services.context import open_context

    ctx = open_context(db_path, clock=clock, user="nurse.test")
    import_document(ctx, WARD)
    expected = report_json(cohort_report(ctx, ReportRequest()))["tables"]
    ctx.store.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    for table in ("report_patient", "report_tallies", "report_total"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_report_state'")
    conn.execute("DELETE FROM counters WHERE name IN ('report_facts', 'report_window_s')")
    conn.close()

    upgraded = open_context(db_path, clock=clock, user="nurse.test")
    try:
        with upgraded.store.read() as read:
            assert report_state.is_current(upgraded, read)
            assert len(stored_state.stored_patients(read, None)) == 3
        assert report_json(cohort_report(upgraded, ReportRequest()))["tables"] == expected
    finally:
        upgraded.store.close()


def test_a_new_course_window_counts_at_once_and_is_stored_at_the_next_opening(ward, clock):
    from dataclasses import replace

    from ivigmon.services.context import open_context
    from ivigmon.services.settings import change_settings

    change_settings(
        ward, replace(ward.risk_settings(), course_window_h=12.0), ward.check_settings()
    )
    with ward.store.read() as conn:
        assert not report_state.is_current(ward, conn)  # read from the records meanwhile
    # a1 and a2 (24 h apart) are now two courses of 1 g/kg each.
    assert rows(cohort_report(ward, ReportRequest()), "treatment")["JIA"]["courses"] == 4
    reopened = open_context(ward.store.path, clock=clock, user="nurse.test")
    try:
        with reopened.store.read() as conn:
            assert report_state.is_current(reopened, conn)
        assert rows(cohort_report(reopened, ReportRequest()), "treatment")["JIA"]["courses"] == 4
    finally:
        reopened.store.close()


def test_a_review_imported_for_a_stored_alert_is_counted(ctx, tmp_path):
    """A file of reviews alone, for alerts already in the database: the stored report counts
    them as the records do."""
    from ivigmon.services.interchange import export_document

    make_patient(ctx)
    first = start_infusion(ctx, start=datetime(2026, 3, 10, 8, 0))
    infusions.add_vital_signs(ctx, first.id, VitalSigns(at=datetime(2026, 3, 10, 9, 0), spo2=80))
    records = export_document(ctx)
    other_path = tmp_path / "other.db"
    from ivigmon.services.context import open_context

    other = open_context(other_path, clock=ctx.clock, user="nurse.test")
    try:
        import_document(other, records)
        review = {
            "kind": "vital_signs",
            "infusion_id": first.id,
            "vital_at": "2026-03-10T09:00",
            "reviewed_at": "2026-03-10T09:05",
            "by": "nurse.test",
            "note": "oxygen by mask",
        }
        empty = {"format": "ivigmon/1", "patients": [], "infusions": [], "checks": []}
        import_document(other, {**empty, "alert_reviews": [review]})
        stored = rows(cohort_report(other, ReportRequest()), "alerts")["vital_signs"]
        read = rows(cohort_report(other, ReportRequest(first_day=date(2000, 1, 1))), "alerts")
        assert (stored["open"], stored["reviewed"]) == (0, 1)
        assert read["vital_signs"] == stored
    finally:
        other.store.close()


def test_every_kind_of_entry_keeps_the_stored_report_equal_to_the_records(ward, clock):
    """Bedside entries count again only the infusions from the patient's settled point on; the
    stored report must still equal the report read from the records after each of them."""
    from ivigmon.domain.codes import CheckMode, CheckOutcome, PremedClass
    from ivigmon.domain.models import AdverseEvent, Premedication
    from ivigmon.services import checks, patients
    from ivigmon.services.checks import ReportedSymptom

    def same() -> None:
        stored = report_json(cohort_report(ward, ReportRequest()))["tables"]
        read = report_json(cohort_report(ward, ReportRequest(first_day=date(1900, 1, 1))))
        assert stored == read["tables"]
        with ward.store.read() as conn:
            shares = sum_tallies(stored_state.stored_tallies(conn).values())
            totals = stored_state.stored_totals(conn, None)
        assert {k: v for k, v in shares.items() if any(v)} == totals

    clock.now = datetime(2026, 3, 12, 12, 0)
    # T-2's b2 (ended 2026-03-09 15:00) has open checks; a new infusion supersedes two of them.
    new = start_infusion(ward, "T-2", start=datetime(2026, 3, 11, 9, 0), dose_g=6.0)
    same()
    infusions.add_premedication(
        ward, new.id, Premedication(datetime(2026, 3, 11, 8, 30), "ibuprofen", PremedClass.NSAID)
    )
    same()
    infusions.add_vital_signs(ward, new.id, VitalSigns(at=datetime(2026, 3, 11, 9, 30), hr=120))
    same()
    infusions.add_reaction(ward, new.id, AdverseEvent(datetime(2026, 3, 11, 10, 0), "rash", 1))
    same()
    infusions.end_infusion(ward, new.id, end=datetime(2026, 3, 11, 15, 0))
    same()
    checks.record_check(
        ward,
        new.id,
        24,
        done_at=datetime(2026, 3, 12, 11, 0),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.SYMPTOMS,
        symptoms=[ReportedSymptom("neck_stiffness", 2)],
    )
    same()
    # The +24 h check of b2 (due 2026-03-10 15:00, before the new start): still open; done now.
    checks.record_check(
        ward, "b2", 24, done_at=datetime(2026, 3, 12, 11, 30), mode=CheckMode.PHONE,
        outcome=CheckOutcome.NOT_REACHED,
    )  # fmt: skip
    same()
    # An entry on an infusion of long ago (before the settled point): everything again.
    infusions.add_reaction(ward, "b1", AdverseEvent(datetime(2026, 3, 1, 12, 0), "fever", 1))
    same()
    patients.add_measurement(ward, "T-2", at=datetime(2026, 2, 27, 8, 0), weight_kg=11.5)
    same()
    amend.mark_entered_in_error(ward, EntryKind.INFUSION, new.id, "wrong child")
    same()
    report = cohort_report(ward, ReportRequest())
    assert rows(report, "treatment")["KD"]["infusions"] == 2
    assert rows(report, "published")["aseptic_meningitis"]["ward_n"] == 0


def test_a_bedside_entry_reads_the_details_of_the_unsettled_infusions_only(ward, monkeypatch):
    """A patient with years of infusions costs a bedside entry what is still open: the
    infusions from the first one running or with an open check. T-1's a1 and a2 are settled
    (a2's checks done, a1's superseded); a3 has open checks."""
    from ivigmon.storage import report_facts

    read = report_facts.read_patients
    seen: list[str | None] = []

    def recording(conn, ids, **kw):
        seen.append(kw.get("detail_from"))
        return read(conn, ids, **kw)

    monkeypatch.setattr(report_facts, "read_patients", recording)
    start_infusion(ward, "T-1", start=datetime(2026, 3, 10, 9, 0), dose_g=6.0)
    assert seen == ["2026-02-10T23:59:00"]
    amend.mark_entered_in_error(ward, EntryKind.INFUSION, "b1", "a test entry")
    assert seen[-1] is None  # an amendment: the whole record again


def test_the_alert_total_adds_up_every_kind_of_each_severity():
    """Open alerts of two kinds with the same severity both count in the total (the total row
    once kept only the last kind's count of each severity)."""
    from ivigmon.services.report import _alerts_table

    open_alerts = {
        ("vital_signs", "alert"): 7,
        ("unended", "alert"): 1,
        ("red_flag", "urgent"): 1,
        ("vital_signs", "urgent"): 2,
    }
    table = _alerts_table(open_alerts, {})
    got = {row[0]: dict(zip(table.columns, row, strict=True)) for row in table.rows}
    assert (got["vital_signs"]["open"], got["vital_signs"]["open_alert"]) == (9, 7)
    assert (got["unended"]["open"], got["red_flag"]["open_urgent"]) == (1, 1)
    total = got["total"]
    assert (total["open"], total["open_alert"], total["open_urgent"]) == (11, 8, 3)
