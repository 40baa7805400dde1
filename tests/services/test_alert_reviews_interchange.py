"""Alert reviews and seriousness in the interchange file (SPEC 10.4): out and back, or refused."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ivigmon.domain.codes import AlertKind, CheckMode, CheckOutcome, Seriousness
from ivigmon.domain.models import AdverseEvent, AlertKey, VitalSigns
from ivigmon.domain.validation import ValidationError
from ivigmon.services import alerts, checks, infusions
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.context import open_context
from ivigmon.services.export_file import export_to_file
from ivigmon.services.history import load_history
from ivigmon.services.importing import import_document, import_file
from ivigmon.services.interchange import export_document
from tests.dumps import dump
from tests.factories import NOW, Clock, make_patient, start_infusion
from tests.services.export_layout import laid_out

START = datetime(2026, 3, 10, 8, 0)


@pytest.fixture
def reviewed(ctx) -> dict:
    """A ward with a reviewed vital-sign alert, an open one and a serious reaction, exported."""
    make_patient(ctx)
    running = start_infusion(ctx, start=START)
    infusions.add_vital_signs(ctx, running.id, VitalSigns(at=datetime(2026, 3, 10, 9, 0), spo2=88))
    infusions.add_vital_signs(ctx, running.id, VitalSigns(at=datetime(2026, 3, 10, 10, 0), spo2=80))
    infusions.add_reaction(
        ctx,
        running.id,
        AdverseEvent(
            datetime(2026, 3, 10, 10, 0),
            "anaphylaxis",
            4,
            serious=True,
            seriousness=(Seriousness.LIFE_THREATENING,),
        ),
    )
    [_, alert] = alerts.open_alerts(ctx)
    alerts.review_alert(ctx, alert.key, "oxygen by mask, rate halved", datetime(2026, 3, 10, 9, 5))
    return export_document(ctx)


def fresh(tmp_path: Path, name: str = "other.db"):
    return open_context(tmp_path / name, clock=Clock(NOW), user="nurse.test")


def test_reviews_and_seriousness_go_out_and_come_back(reviewed: dict, tmp_path: Path):
    assert reviewed["alert_reviews"] == [
        {
            "kind": "vital_signs",
            "infusion_id": reviewed["infusions"][0]["id"],
            "vital_at": "2026-03-10T09:00",
            "reviewed_at": "2026-03-10T09:05",
            "by": "nurse.test",
            "note": "oxygen by mask, rate halved",
        }
    ]
    assert reviewed["infusions"][0]["events"][0]["seriousness"] == ["life_threatening"]
    other = fresh(tmp_path)
    try:
        import_document(other, json.loads(json.dumps(reviewed)))
        again = export_document(other)
        assert again["alert_reviews"] == reviewed["alert_reviews"]
        assert again["infusions"][0]["events"] == reviewed["infusions"][0]["events"]
        # The imported review closes its alert; the urgent one stays open.
        assert [(a.severity.value, a.at.hour) for a in alerts.open_alerts(other)] == [
            ("urgent", 10)
        ]
    finally:
        other.store.close()


def test_the_streamed_export_and_import_carry_the_reviews(ctx, reviewed: dict, tmp_path: Path):
    target = tmp_path / "ward.json"
    export_to_file(ctx, target)
    assert target.read_text(encoding="utf-8") == laid_out(reviewed)
    other = fresh(tmp_path)
    try:
        import_file(other, target)
        assert export_document(other)["alert_reviews"] == reviewed["alert_reviews"]
    finally:
        other.store.close()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"vital_at": "2026-03-10T09:30"}, "vital_at"),  # no vital signs then
        ({"infusion_id": "inf-404"}, "infusion_id"),
        ({"reviewed_at": "2026-03-10T08:59"}, "reviewed_at"),  # before its alert
        ({"reviewed_at": "2026-03-11T08:00"}, "reviewed_at"),  # in the future
        ({"note": ""}, "note"),
        ({"kind": "red_flag", "offset_h": 24, "vital_at": None}, "offset_h"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_a_review_without_its_alert_refuses_the_file_by_name(
    reviewed: dict, tmp_path: Path, change: dict, field: str
):
    document = copy.deepcopy(reviewed)
    document["alert_reviews"][0].update(change)
    document["alert_reviews"][0] = {
        k: v for k, v in document["alert_reviews"][0].items() if v is not None
    }
    other = fresh(tmp_path)
    try:
        with pytest.raises(ValidationError) as refused:
            import_document(other, document)
        assert refused.value.field == field
        assert "alert review" in refused.value.record
        with other.store.read() as conn:
            assert conn.execute("SELECT count(*) FROM patients").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM alert_reviews").fetchone()[0] == 0
    finally:
        other.store.close()


def test_a_review_may_refer_to_an_alert_in_the_database(reviewed: dict, tmp_path: Path):
    records = {k: v for k, v in reviewed.items() if k != "alert_reviews"}
    review = reviewed["alert_reviews"][0]
    other = fresh(tmp_path)
    try:
        import_document(other, records)
        import_document(
            other,
            {
                "format": "ivigmon/1",
                "patients": [],
                "infusions": [],
                "checks": [],
                "alert_reviews": [review],
            },
        )
        mrn = reviewed["patients"][0]["mrn"]
        assert load_history(other, mrn).patient.mrn == mrn
        assert len(alerts.open_alerts(other)) == 1
    finally:
        other.store.close()


def test_a_review_naming_someone_else_needs_an_administrator(reviewed: dict, tmp_path: Path):
    # Before: a file could name any colleague as the reviewer of an alert.
    doc = copy.deepcopy(reviewed)
    doc["alert_reviews"][0]["by"] = "anna"
    other = fresh(tmp_path)
    try:
        before = dump(other.store.conn)
        with pytest.raises(ValidationError) as err:
            import_document(other, doc)
        assert err.value.field == "by"
        assert "only a signed-in administrator" in err.value.problem
        assert dump(other.store.conn) == before
    finally:
        other.store.close()


def test_a_second_review_of_an_alert_already_reviewed_is_judged_by_the_records(
    reviewed: dict, tmp_path: Path
):
    # The first import closes the alert from the stored state; the same review imported again
    # finds no open alert there and is judged against the records, which still raise it.
    review = reviewed["alert_reviews"][0]
    other = fresh(tmp_path)
    try:
        import_document(other, reviewed)
        import_document(
            other,
            {
                "format": "ivigmon/1",
                "patients": [],
                "infusions": [],
                "checks": [],
                "alert_reviews": [dict(review, reviewed_at="2026-03-10T09:40", note="seen again")],
            },
        )
        every = alerts.open_alerts(other, NOW, include_reviewed=True)
        assert [(a.severity.value, a.is_open) for a in every] == [
            ("urgent", True),
            ("alert", False),
        ]
        with other.store.read() as conn:
            assert conn.execute("SELECT count(*) FROM alert_reviews").fetchone()[0] == 2
        assert len(alerts.open_alerts(other)) == 1
    finally:
        other.store.close()


@pytest.fixture
def other_kinds(ctx) -> dict:
    """Red flags reported at the 24 h and 48 h checks of an ended infusion, only the 48 h one
    reviewed, and an infusion left running for 30 h whose unended alert is reviewed; exported."""
    make_patient(ctx)
    make_patient(ctx, "K-0002", name="Ben Kowalski")
    ended = start_infusion(ctx, start=datetime(2026, 3, 7, 8, 0), end=datetime(2026, 3, 7, 14, 0))
    for offset, symptom in ((24, "dark_urine"), (48, "wheeze")):
        checks.record_check(
            ctx,
            ended.id,
            offset,
            done_at=datetime(2026, 3, 7, 14, 0) + timedelta(hours=offset, minutes=30),
            mode=CheckMode.PHONE,
            outcome=CheckOutcome.SYMPTOMS,
            symptoms=[ReportedSymptom(symptom, 2)],
        )
    forgotten = start_infusion(ctx, "K-0002", start=datetime(2026, 3, 9, 6, 0))
    red_48 = AlertKey(AlertKind.RED_FLAG, ended.id, offset_h=48)
    alerts.review_alert(ctx, red_48, "seen in clinic: no wheeze", datetime(2026, 3, 9, 16, 0))
    unended = AlertKey(AlertKind.UNENDED, forgotten.id)
    alerts.review_alert(ctx, unended, "pump checked: still infusing", datetime(2026, 3, 10, 7, 0))
    return export_document(ctx)


def test_red_flag_and_unended_reviews_go_out_and_come_back(other_kinds: dict, tmp_path: Path):
    ended, forgotten = (i["id"] for i in other_kinds["infusions"])
    assert other_kinds["alert_reviews"] == [
        {
            "kind": "red_flag",
            "infusion_id": ended,
            "offset_h": 48,
            "reviewed_at": "2026-03-09T16:00",
            "by": "nurse.test",
            "note": "seen in clinic: no wheeze",
        },
        {
            "kind": "unended",
            "infusion_id": forgotten,
            "reviewed_at": "2026-03-10T07:00",
            "by": "nurse.test",
            "note": "pump checked: still infusing",
        },
    ]
    other = fresh(tmp_path)
    try:
        import_document(other, json.loads(json.dumps(other_kinds)))
        assert export_document(other)["alert_reviews"] == other_kinds["alert_reviews"]
        # Each review closes its own alert: the red flag of the 24 h check stays open.
        assert [(a.kind, a.offset_h) for a in alerts.open_alerts(other)] == [
            (AlertKind.RED_FLAG, 24)
        ]
        every = alerts.open_alerts(other, NOW, include_reviewed=True)
        assert [(a.kind.value, a.offset_h, a.review.note if a.review else None) for a in every] == [
            ("red_flag", 24, None),
            ("red_flag", 48, "seen in clinic: no wheeze"),
            ("unended", None, "pump checked: still infusing"),
        ]
    finally:
        other.store.close()


def test_the_streamed_export_and_import_carry_red_flag_and_unended_reviews(
    ctx, other_kinds: dict, tmp_path: Path
):
    target = tmp_path / "ward.json"
    export_to_file(ctx, target)
    assert target.read_text(encoding="utf-8") == laid_out(other_kinds)
    other = fresh(tmp_path)
    try:
        import_file(other, target)
        assert export_document(other)["alert_reviews"] == other_kinds["alert_reviews"]
        assert [(a.kind, a.offset_h) for a in alerts.open_alerts(other)] == [
            (AlertKind.RED_FLAG, 24)
        ]
    finally:
        other.store.close()


@pytest.mark.parametrize(
    ("which", "change", "field"),
    [
        (0, {"offset_h": 72}, "offset_h"),  # the 72 h check reported no red flag
        (0, {"offset_h": None}, "offset_h"),  # a red flag is named by its check
        (0, {"reviewed_at": "2026-03-09T14:29"}, "reviewed_at"),  # before the 48 h check
        (1, {"reviewed_at": "2026-03-10T05:59"}, "reviewed_at"),  # before start + 24 h
        (1, {"offset_h": 24}, "offset_h"),  # an unended alert has no check
    ],
)
def test_a_red_flag_or_unended_review_without_its_alert_refuses_the_file_by_name(
    other_kinds: dict, tmp_path: Path, which: int, change: dict, field: str
):
    document = copy.deepcopy(other_kinds)
    review = dict(document["alert_reviews"][which], **change)
    document["alert_reviews"][which] = {k: v for k, v in review.items() if v is not None}
    other = fresh(tmp_path)
    try:
        with pytest.raises(ValidationError) as refused:
            import_document(other, document)
        assert refused.value.field == field
        assert "alert review" in refused.value.record
        with other.store.read() as conn:
            assert conn.execute("SELECT count(*) FROM alert_reviews").fetchone()[0] == 0
    finally:
        other.store.close()
