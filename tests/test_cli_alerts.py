"""`ivigmon alerts` (SPEC 10.3): open alerts, urgent first, as lines or JSON; `--all`, `--at`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ivigmon.cli import main
from ivigmon.domain.models import VitalSigns
from ivigmon.services import alerts, infusions
from ivigmon.services.context import open_context
from tests.factories import make_patient, start_infusion

KEYS = ["kind", "severity", "mrn", "infusion_id", "at", "reason"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def alerted(tmp_path: Path) -> tuple[Path, datetime]:
    """Two children on infusions started 3 h ago: an alert (SpO2 88 %) for K-0001 an hour
    in, an urgent one (SpO2 80 %) for K-0002 two hours in; the first is reviewed."""
    path = tmp_path / "w.db"
    start = (datetime.now() - timedelta(hours=3)).replace(second=0, microsecond=0)
    ctx = open_context(path)
    try:
        make_patient(ctx)
        make_patient(ctx, "K-0002", name="Ben Kowalski")
        one = start_infusion(ctx, start=start)
        two = start_infusion(ctx, "K-0002", start=start)
        infusions.add_vital_signs(ctx, one.id, VitalSigns(at=start + timedelta(hours=1), spo2=88))
        infusions.add_vital_signs(ctx, two.id, VitalSigns(at=start + timedelta(hours=2), spo2=80))
        [_, first] = alerts.open_alerts(ctx)
        alerts.review_alert(ctx, first.key, "oxygen given", start + timedelta(hours=1, minutes=5))
    finally:
        ctx.store.close()
    return path, start


def test_alerts_json_lists_the_open_alerts_with_the_spec_keys(alerted, capsys):
    path, _ = alerted
    code, out, _ = run(capsys, "--db", str(path), "alerts", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [list(r) for r in rows] == [KEYS]
    assert (rows[0]["severity"], rows[0]["mrn"], rows[0]["kind"]) == (
        "urgent",
        "K-0002",
        "vital_signs",
    )
    assert "80" in rows[0]["reason"]


def test_alerts_all_adds_the_reviewed_ones_with_their_review(alerted, capsys):
    path, start = alerted
    code, out, _ = run(capsys, "--db", str(path), "alerts", "--json", "--all")
    assert code == 0
    rows = json.loads(out)
    assert [(r["severity"], r["mrn"]) for r in rows] == [("urgent", "K-0002"), ("alert", "K-0001")]
    assert rows[1]["review"] == {
        "at": (start + timedelta(hours=1, minutes=5)).isoformat(timespec="minutes"),
        "by": rows[1]["review"]["by"],
        "note": "oxygen given",
    }
    assert "review" not in rows[0]
    code, text, _ = run(capsys, "--db", str(path), "alerts", "--all")
    assert code == 0 and "reviewed" in text and "oxygen given" in text


def test_alerts_at_replays_the_record(alerted, capsys):
    path, start = alerted
    moment = (start + timedelta(hours=1, minutes=2)).isoformat(timespec="minutes")
    code, out, _ = run(capsys, "--db", str(path), "alerts", "--json", "--at", moment)
    assert code == 0
    assert [(r["mrn"], r["severity"]) for r in json.loads(out)] == [("K-0001", "alert")]


def test_alerts_with_a_bad_time_is_refused_with_status_2(alerted, capsys):
    path, _ = alerted
    code, out, err = run(capsys, "--db", str(path), "alerts", "--at", "yesterday")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--at" in err
