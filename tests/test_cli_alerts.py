"""`ivigmon alerts` (SPEC 10.3): open alerts, urgent first, as lines or JSON; `--all`, `--at`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ivigmon.cli import main
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.models import VitalSigns
from ivigmon.services import alerts, infusions, settings
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


def test_alerts_prints_the_wards_protocol_under_each_open_alert(alerted, capsys):
    path, _ = alerted
    code, out, _ = run(capsys, "--db", str(path), "alerts")
    assert code == 0
    assert out.splitlines()[1:] == ["        Ward protocol: none entered (Settings > Alerts)"]
    ctx = open_context(path)
    try:
        settings.save_alert_settings(
            ctx,
            max_running_h=24,
            protocols={AlertKind.VITAL_SIGNS: "Give oxygen.\nCall the registrar (bleep 4412)."},
        )
    finally:
        ctx.store.close()
    code, out, _ = run(capsys, "--db", str(path), "alerts", "--all")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("URGENT") and "K-0002" in lines[0]
    assert lines[1:3] == [
        "        Ward protocol: Give oxygen.",
        "                       Call the registrar (bleep 4412).",
    ]
    # A reviewed alert shows what was done instead.
    assert lines[3].startswith("ALERT") and "K-0001" in lines[3]
    assert lines[4].startswith("        reviewed ") and len(lines) == 5
    code, out, _ = run(capsys, "--db", str(path), "alerts", "--json")
    assert [list(r) for r in json.loads(out)] == [KEYS]  # the JSON keys stay those of SPEC 10.3
