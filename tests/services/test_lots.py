"""The lot recall: every infusion of a lot, or of a product's lots expiring in a range, with its
patient, adverse events, follow-up checks (where each stands) and alerts (open or reviewed); the
same records as JSON and as a CSV file."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from ivigmon.domain.codes import AlertKind, CheckMode, CheckOutcome, CheckStatus
from ivigmon.domain.models import AlertKey, Lot, VitalSigns
from ivigmon.domain.validation import ValidationError
from ivigmon.services import alerts, amend, checks, infusions, lots
from ivigmon.services.amend import EntryKind
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.context import Context
from tests.factories import make_patient, start_infusion


@pytest.fixture
def ward(ctx: Context) -> dict[str, str]:
    return recall_ward(ctx)


def recall_ward(ctx: Context) -> dict[str, str]:
    """Ada: Privigen lot P123 (expiry 2027-01-31) on 1 March with a reviewed low-oxygen alert and
    wheeze at the 24 h check, then Privigen lot P124 (expiry 2027-02-28) the next evening. Ben:
    Gamunex-C lot G1 (expiry 2027-01-15)."""
    make_patient(ctx)
    make_patient(ctx, "K-0002", name="Ben Kowalski")
    first = start_infusion(
        ctx,
        start=datetime(2026, 3, 1, 9, 0),
        lots=(Lot("P123", date(2027, 1, 31)),),
        vitals=(VitalSigns(at=datetime(2026, 3, 1, 8, 50), spo2=98),),
    )
    infusions.add_vital_signs(ctx, first.id, VitalSigns(at=datetime(2026, 3, 1, 10, 0), spo2=88))
    infusions.end_infusion(ctx, first.id, end=datetime(2026, 3, 1, 15, 0))
    alerts.review_alert(
        ctx,
        AlertKey(AlertKind.VITAL_SIGNS, first.id, vital_at=datetime(2026, 3, 1, 10, 0)),
        "probe slipped; 97 % on repeat",
        at=datetime(2026, 3, 1, 10, 5),
    )
    checks.record_check(
        ctx,
        first.id,
        24,
        done_at=datetime(2026, 3, 2, 15, 0),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.SYMPTOMS,
        symptoms=[ReportedSymptom("wheeze", 2)],
    )
    second = start_infusion(
        ctx,
        start=datetime(2026, 3, 2, 20, 0),
        end=datetime(2026, 3, 2, 23, 0),
        lots=(Lot("P124", date(2027, 2, 28)),),
    )
    other = start_infusion(
        ctx,
        "K-0002",
        product_id="gamunex_c",
        start=datetime(2026, 3, 5, 9, 0),
        end=datetime(2026, 3, 5, 14, 0),
        lots=(Lot("G1", date(2027, 1, 15)),),
    )
    return {"first": first.id, "second": second.id, "other": other.id}


def test_a_lot_lists_its_infusion_with_events_checks_and_alerts(ctx, ward):
    recall = lots.lot_recall(ctx, " P123 ")
    assert recall.search == "lot P123"
    [row] = recall.rows
    assert (row.lot, row.expiry, row.infusion.id) == ("P123", date(2027, 1, 31), ward["first"])
    assert (row.patient.mrn, row.patient.name, row.product_name) == (
        "K-0001",
        "Ada Nowak",
        "Privigen",
    )
    assert [(e.term, e.grade) for e in row.infusion.events] == [("wheeze", 2)]
    # The 24 h check was done; the later infusion (2 March, 20:00) superseded the other two.
    assert [(c.check.offset_h, c.status) for c in row.checks] == [
        (24, CheckStatus.DONE),
        (48, CheckStatus.SUPERSEDED),
        (72, CheckStatus.SUPERSEDED),
    ]
    found = {(a.alert.kind, a.is_open) for a in row.alerts}
    assert found == {(AlertKind.RED_FLAG, True), (AlertKind.VITAL_SIGNS, False)}
    [reviewed] = [a for a in row.alerts if a.review is not None]
    assert reviewed.review is not None and reviewed.review.note == "probe slipped; 97 % on repeat"


def test_the_open_checks_of_a_recalled_infusion_say_where_they_stand(ctx, ward):
    [row] = lots.lot_recall(ctx, "P124").rows
    # Ended 2 March 23:00; now is 10 March noon: every check is more than 8 h past due.
    assert [c.status for c in row.checks] == [CheckStatus.OVERDUE] * 3


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (date(2027, 1, 31), date(2027, 2, 28), ["first", "second"]),  # both ends included
        (date(2027, 1, 31), date(2027, 1, 31), ["first"]),
        (date(2027, 2, 28), date(2027, 3, 31), ["second"]),
        (date(2027, 2, 1), date(2027, 2, 27), []),
        (date(2027, 1, 1), date(2027, 1, 30), []),  # Gamunex-C's lot is another product's
    ],
)
def test_a_product_and_an_expiry_range_find_the_lots_expiring_in_it(
    ctx, ward, first: date, last: date, expected: list[str]
):
    recall = lots.expiry_recall(ctx, "privigen", first, last)
    assert [row.infusion.id for row in recall.rows] == [ward[name] for name in expected]
    assert recall.search == f"privigen with expiry {first} to {last}"


def test_an_infusion_entered_in_error_leaves_the_recall(ctx, ward):
    amend.mark_entered_in_error(ctx, EntryKind.INFUSION, ward["second"], "wrong chart")
    recall = lots.expiry_recall(ctx, "privigen", date(2027, 1, 1), date(2027, 12, 31))
    assert [row.infusion.id for row in recall.rows] == [ward["first"]]
    assert lots.lot_recall(ctx, "P124").rows == ()


@pytest.mark.parametrize(
    ("search", "field"),
    [
        (
            lambda ctx: lots.expiry_recall(ctx, "nope", date(2027, 1, 1), date(2027, 1, 2)),
            "product",
        ),
        (
            lambda ctx: lots.expiry_recall(ctx, "privigen", date(2027, 1, 2), date(2027, 1, 1)),
            "expiry_to",
        ),
        (lambda ctx: lots.lot_recall(ctx, "   "), "lot"),
        (lambda ctx: lots.lot_recall(ctx, "P1\n23"), "lot"),
    ],
)
def test_a_search_that_cannot_be_answered_is_refused_by_field(ctx, ward, search, field: str):
    with pytest.raises(ValidationError) as refused:
        search(ctx)
    assert refused.value.field == field


def test_a_recall_larger_than_one_list_asks_for_a_narrower_range(ctx, ward, monkeypatch):
    monkeypatch.setattr(lots, "MAX_INFUSIONS", 1)
    assert len(lots.lot_recall(ctx, "P123").rows) == 1  # exactly the most: listed
    with pytest.raises(ValidationError) as refused:
        lots.expiry_recall(ctx, "privigen", date(2027, 1, 1), date(2027, 12, 31))
    assert refused.value.field == "expiry_to"
    assert "more than 1 infusions" in refused.value.problem


def test_the_json_keeps_the_lot_contract_and_adds_checks_and_alerts(ctx, ward):
    found = lots.lot_report(ctx, "P123")
    assert found["lot"] == "P123"
    assert [p["mrn"] for p in found["patients"]] == ["K-0001"]
    assert [(e["infusion_id"], e["term"]) for e in found["events"]] == [(ward["first"], "wheeze")]
    [infusion] = found["infusions"]
    assert {"id", "mrn", "product", "product_name", "expiry", "start", "end", "dose_g"} <= set(
        infusion
    )
    assert [(c["offset_h"], c["status"]) for c in infusion["checks"]] == [
        (24, "done"),
        (48, "superseded"),
        (72, "superseded"),
    ]
    assert sorted((a["kind"], a["review"] is None) for a in infusion["alerts"]) == [
        ("red_flag", True),
        ("vital_signs", False),
    ]
    by_expiry = lots.recall_json(
        lots.expiry_recall(ctx, "privigen", date(2027, 1, 1), date(2027, 12, 31))
    )
    assert (by_expiry["lot"], by_expiry["product"], by_expiry["expiry_from"]) == (
        None,
        "privigen",
        "2027-01-01",
    )
    assert [i["lot"] for i in by_expiry["infusions"]] == ["P123", "P124"]


def test_the_csv_holds_one_line_per_infusion_with_the_same_records(ctx, ward, tmp_path: Path):
    recall = lots.expiry_recall(ctx, "privigen", date(2027, 1, 1), date(2027, 12, 31))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "recall.csv"
    assert lots.write_recall_csv(recall, target) == target
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["infusion_id"] for line in lines] == [ward["first"], ward["second"]]
    first = lines[0]
    assert (first["lot"], first["expiry"], first["mrn"], first["patient_name"]) == (
        "P123",
        "2027-01-31",
        "K-0001",
        "Ada Nowak",
    )
    assert first["adverse_events"].startswith("wheeze grade 2 at 2026-03-02T15:00")
    assert first["checks"] == (
        "24 h check done 2026-03-02T15:00 symptoms; 48 h check superseded (due 2026-03-03T15:00);"
        " 72 h check superseded (due 2026-03-04T15:00)"
    )
    assert first["open_alerts"].startswith("urgent red_flag at 2026-03-02T15:00")
    assert "[reviewed 2026-03-01T10:05 by nurse.test: probe slipped" in first["reviewed_alerts"]
    assert [p.name for p in folder.iterdir()] == ["recall.csv"]  # no partial file left


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_no_cell_of_the_csv_is_a_formula(ctx, ward, start: str):
    recall = lots.lot_recall(ctx, "P123")
    row = recall.rows[0]
    named = replace(row, patient=replace(row.patient, name=f"{start}HYPERLINK(1)"))
    [line] = lots.recall_lines(replace(recall, rows=(named,)))
    assert line["patient_name"] == f"'{start}HYPERLINK(1)"


def test_a_csv_cut_short_leaves_nothing_under_its_name(ctx, ward, tmp_path: Path, monkeypatch):
    recall = lots.lot_recall(ctx, "P123")
    folder = tmp_path / "out"
    folder.mkdir()

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv.DictWriter, "writerows", disk_full)
    with pytest.raises(OSError):
        lots.write_recall_csv(recall, folder / "recall.csv")
    assert list(folder.iterdir()) == []
