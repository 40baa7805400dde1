"""What the app does before anyone signs in: the integrity check and the automatic backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ivigmon import app
from ivigmon.demo.ward import build_demo_document
from ivigmon.services import backup as backups
from ivigmon.services.context import open_context
from ivigmon.services.interchange import import_demo_ward
from tests.factories import NOW, Clock

from ..storage.damage import damage_the_middle


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the start-up shows, captured instead of waiting for a click."""
    seen: list[tuple[str, str]] = []

    def capture(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", capture)
    monkeypatch.setattr(QMessageBox, "warning", capture)
    return seen


def test_a_sound_database_gets_its_automatic_backup(tmp_path: Path, shown):
    path = tmp_path / "ward.db"
    ctx = open_context(path, clock=Clock(NOW), user="nurse.test")
    try:
        assert app._start_up_checks(ctx) is None
    finally:
        ctx.store.close()
    made = backups.list_backups(backups.default_backup_folder(path))
    assert len(made) == 1 and made[0][0] == NOW
    assert shown == []


def test_a_damaged_database_is_named_with_the_way_to_restore(tmp_path: Path, shown):
    path = tmp_path / "ward.db"
    ctx = open_context(path, clock=Clock(NOW), user="nurse.test")
    import_demo_ward(ctx, build_demo_document(patients=20, seed=3, now=NOW))
    assert app._start_up_checks(ctx) is None  # the good copy of this morning
    ctx.store.conn.execute("VACUUM")  # no free pages, so the damage hits a page in use
    ctx.store.close()
    damage_the_middle(path)
    damaged = open_context(path, clock=Clock(NOW), user="nurse.test")
    try:
        reason = app._start_up_checks(damaged)
    finally:
        damaged.store.close()
    assert reason is not None and "damaged" in reason
    ((title, text),) = shown
    assert title == "The database is damaged"
    assert "ivigmon --db" in text and " restore " in text and "ivigmon-20260310-120000.db" in text
