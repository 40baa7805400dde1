"""The phrases of risk and alert reasons are stored beside their English and read back; a risk
or alert stored before phrases still reads (in English), and the upgrade makes them again."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from ivigmon.domain.models import VitalSigns
from ivigmon.domain.phrases import english
from ivigmon.services import alerts, infusions, worklist
from ivigmon.services.context import Context
from ivigmon.services.state.screen_state import refresh_stale
from ivigmon.storage import screen_state as state
from ivigmon.storage.database import open_store
from ivigmon.storage.migrations import MIGRATIONS

from ..factories import make_patient, start_infusion


def _ward(ctx: Context) -> str:
    """Ada's infusion this morning, heart rate 160/min at 09:00 (urgent), ended at 11:00: open
    checks with her risk (Kawasaki disease, first infusion) and an open alert."""
    make_patient(ctx)
    started = start_infusion(ctx)
    infusions.add_vital_signs(ctx, started.id, VitalSigns(at=datetime(2026, 3, 10, 9, 0), hr=160))
    infusions.end_infusion(ctx, started.id, end=datetime(2026, 3, 10, 11, 0))
    return started.id


def _shown(ctx: Context) -> tuple[list[tuple[str, str, tuple[object, ...]]], list[object]]:
    rows = worklist.worklist(ctx)
    assert rows
    factors = [(f.code.value, f.reason, f.phrases) for f in rows[0].risk_factors]
    return factors, alerts.open_alerts(ctx)


def test_phrases_are_stored_and_read_back(ctx: Context) -> None:
    infusion_id = _ward(ctx)
    factors, (alert,) = _shown(ctx)
    assert {code for code, _, _ in factors} >= {"FIRST_INFUSION", "KAWASAKI_CARDIAC"}
    for _, reason, phrases in factors:
        assert phrases and english(phrases) == reason  # type: ignore[arg-type]
    assert alert.phrases and english(alert.phrases) == alert.reason
    assert alert.reason.startswith("heart rate 160/min: urgent")
    # The same phrases as the records replayed make them now.
    (replayed,) = alerts.open_alerts(ctx, at=ctx.now())
    assert replayed.phrases == alert.phrases
    with ctx.store.read() as conn:
        (stored,) = conn.execute(
            "SELECT factors FROM infusion_risk WHERE infusion_id = ?", (infusion_id,)
        ).fetchall()
    assert all(len(item) == 3 and item[2] for item in json.loads(stored["factors"]))


def _as_stored_before_phrases(ctx: Context) -> None:
    """The rows as an earlier version stored them: factors [[code, reason]], no alert phrases."""
    with ctx.store.write() as conn:
        for row in conn.execute("SELECT infusion_id, factors FROM infusion_risk").fetchall():
            old = [[code, reason] for code, reason, _ in json.loads(row["factors"])]
            conn.execute(
                "UPDATE infusion_risk SET factors = ? WHERE infusion_id = ?",
                (json.dumps(old), row["infusion_id"]),
            )
        conn.execute("UPDATE alert_state SET phrases = NULL")


def test_rows_stored_before_phrases_still_read_and_the_upgrade_makes_them_again(
    ctx: Context,
) -> None:
    _ward(ctx)
    before, (alert_before,) = _shown(ctx)
    _as_stored_before_phrases(ctx)
    # Read as stored: the English reasons, without phrases.
    old, (old_alert,) = _shown(ctx)
    assert [(code, reason) for code, reason, _ in old] == [(c, r) for c, r, _ in before]
    assert all(phrases == () for _, _, phrases in old)
    assert (old_alert.reason, old_alert.phrases) == (alert_before.reason, ())
    with ctx.store.read() as conn:
        # An alert without phrases makes its patient's state stale, whatever the rules.
        assert state.patients_with_stale_risks(conn) != []
    # What the upgrade (m010) does, then what opening the upgraded database does.
    with ctx.store.write() as conn:
        conn.execute("UPDATE counters SET value = value + 1 WHERE name = 'rules'")
    assert refresh_stale(ctx) == 1
    again, (new_alert,) = _shown(ctx)
    assert again == before
    assert new_alert.phrases == alert_before.phrases and new_alert.phrases
    with ctx.store.read() as conn:
        assert state.patients_with_stale_risks(conn) == []
        assert (
            conn.execute("SELECT count(*) FROM alert_state WHERE phrases IS NULL").fetchone()[0]
            == 0
        )


def test_the_upgrade_adds_alert_phrases_and_a_rules_generation(tmp_path: Path) -> None:
    """A file at the schema before m010 (SQLite; the server runs the same migrations)."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("ivigmon_user", 0, lambda: "old-version")
    conn.create_function("ivigmon_now", 0, lambda: "2026-03-01T08:00")
    MIGRATIONS.apply(Database(conn), stop_before="m010_reason_phrases")
    rules = conn.execute("SELECT value FROM counters WHERE name = 'rules'").fetchone()[0]
    conn.close()
    store = open_store(path)
    try:
        columns = {
            r["name"] for r in store.conn.execute("SELECT * FROM pragma_table_info('alert_state')")
        }
        assert "phrases" in columns
        assert state.counter(store.conn, state.RULES) == rules + 1
    finally:
        store.close()
