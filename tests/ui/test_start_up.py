"""The checks of every start, behind the open window: integrity, audit head, automatic backup."""

from __future__ import annotations

from pathlib import Path

from ivigmon.demo.ward import build_demo_document
from ivigmon.services import audit
from ivigmon.services import backup as backups
from ivigmon.services.context import open_context
from ivigmon.services.importing import import_demo_ward
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.start_up_checks import StartUpChecks
from tests.factories import NOW, Clock

from ..storage.damage import damage_the_middle


def run_checks(qtbot, ctx) -> tuple[list[str], list[str]]:
    """Run the start-up checks as the app does after showing its window; what they reported."""
    damaged: list[str] = []
    failed: list[str] = []
    checks = StartUpChecks(ctx)
    checks.damaged.connect(damaged.append)
    checks.backup_failed.connect(failed.append)
    with qtbot.waitSignal(checks.finished, timeout=30_000):
        checks.start()
    return damaged, failed


def test_a_sound_database_gets_its_automatic_backup(qtbot, tmp_path: Path):
    path = tmp_path / "ward.db"
    ctx = open_context(path, clock=Clock(NOW), user="nurse.test")
    try:
        assert run_checks(qtbot, ctx) == ([], [])
    finally:
        ctx.store.close()
    made = backups.list_backups(backups.default_backup_folder(path))
    assert len(made) == 1 and made[0][0] == NOW


def test_a_damaged_database_is_named_with_the_way_to_restore(qtbot, tmp_path: Path):
    path = tmp_path / "ward.db"
    ctx = open_context(path, clock=Clock(NOW), user="nurse.test")
    import_demo_ward(ctx, build_demo_document(patients=20, seed=3, now=NOW))
    assert run_checks(qtbot, ctx) == ([], [])  # the good copy of this morning
    ctx.store.conn.execute("VACUUM")  # no free pages, so the damage hits a page in use
    ctx.store.close()
    damage_the_middle(path)
    damaged = open_context(path, clock=Clock(NOW), user="nurse.test")
    try:
        (text,), failed = run_checks(qtbot, damaged)
    finally:
        damaged.store.close()
    assert failed == []
    assert "ivigmon --db" in text and " restore " in text and "ivigmon-20260310-120000.db" in text


def test_the_window_turns_read_only_when_the_check_finds_damage(qtbot, ctx, events, show):
    window = MainWindow(ctx, events)
    show(window)
    window.show_read_only("the database is damaged; restore the latest backup")
    assert ctx.store.read_only
    assert not window.banner_box.isHidden()
    assert (
        "Read-only" in window.read_only_banner.text()
        and "damaged" in window.read_only_banner.text()
    )
    assert window.db_label.text().endswith("(read-only)")


def test_the_start_writes_the_audit_head_to_the_anchors_log(qtbot, tmp_path: Path):
    path = tmp_path / "ward.db"
    ctx = open_context(path, clock=Clock(NOW), user="nurse.test")
    try:
        assert run_checks(qtbot, ctx) == ([], [])
        head = audit.current_head(ctx)
    finally:
        ctx.store.close()
    folder = backups.default_backup_folder(path)
    assert (folder / "anchors.log").read_text() == f"2026-03-10T12:00:00 start {head.text()}\n"
    ((_, copy),) = backups.list_backups(folder)
    assert head.text() in copy.with_name(copy.name + ".anchor").read_text()
