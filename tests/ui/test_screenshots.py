"""`ivigmon screenshot DIR`: every main screen as a 1366x768 PNG, from the demo ward."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QWidget

from ivigmon.app import render_screenshots
from ivigmon.ui import screenshots
from ivigmon.ui.alerts_model import AlertColumn
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.vitals_dialog import VitalSignsDialog

SCREENS = (
    "01_worklist.png",
    "02_patients.png",
    "03_patient_detail.png",
    "04_infusion_bedside.png",
    "05_infusion_start.png",
    "06_record_check.png",
    "07_settings.png",
    "08_settings_catalogue.png",
    "09_reports.png",
    "10_about.png",
    "11_history.png",
    "12_users.png",
    "13_settings_admin.png",
    "14_lock.png",
    "15_read_only.png",
    "16_first_start.png",
    "17_entered_in_error.png",
    "18_add_user.png",
    "19_catalogue_admin.png",
    "20_vital_signs_entry.png",
    "21_settings_alerts.png",
    "22_rate_warning.png",
    "23_reports_charts.png",
    "24_server_unreachable.png",
    "25_save_while_server_away.png",
)


def _look(widget: QWidget) -> str:
    """What a screen shows, in words: the page or tab, the bedside's alerts, the alert table."""
    if isinstance(widget, MainWindow):
        page = widget.stack.currentWidget()
        if page is widget.settings_page:
            tabs = widget.settings.tabs
            return "settings: " + tabs.tabText(tabs.currentIndex())
        if page is widget.worklist:
            table = page.alerts_table
            shown = [
                page.alerts.text(page.alerts.row_at(row), AlertColumn.SEVERITY)
                + " "
                + page.alerts.row_at(row).kind.value
                for row in range(page.alerts.rowCount())
                if table.viewport().rect().contains(table.visualRect(page.alerts.index(row, 0)))
            ]
            cut = [
                page.alerts.text(page.alerts.row_at(row), column)
                for row in range(page.alerts.rowCount())
                for column in (AlertColumn.SEVERITY, AlertColumn.AT, AlertColumn.KIND)
                if table.columnWidth(column)
                < table.fontMetrics().horizontalAdvance(
                    page.alerts.text(page.alerts.row_at(row), column)
                )
            ]
            return f"worklist: {shown}; cut short: {cut}"
        return type(page).__name__
    if isinstance(widget, InfusionWindow) and widget.run_page is not None:
        run = widget.run_page
        return f"bedside: {run.alerts.text()} | {run.preview_warning.text()}"
    if isinstance(widget, VitalSignsDialog):
        return "vital signs: " + " | ".join(widget.levels.lines)
    return type(widget).__name__


@pytest.fixture(scope="module")
def rendered(qapp, tmp_path_factory) -> tuple[list[Path], dict[str, str]]:
    """The demo ward's screens, rendered once, with what each one showed when it was taken."""
    seen: dict[str, str] = {}
    save, with_dialog = screenshots._save, screenshots._with_dialog

    def saving(widget: QWidget, path: Path) -> Path:
        screenshots._settle()
        seen[path.name] = _look(widget)
        return save(widget, path)

    def saving_dialog(window: QWidget, dialog: QDialog, path: Path) -> Path:
        screenshots._settle()
        seen[path.name] = _look(dialog)
        return with_dialog(window, dialog, path)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(screenshots, "_save", saving)
        patch.setattr(screenshots, "_with_dialog", saving_dialog)
        written = render_screenshots(tmp_path_factory.mktemp("shots") / "shots")
    return written, seen


def test_render_screenshots_writes_one_1366x768_png_per_screen(rendered):
    written, _seen = rendered
    assert [p.name for p in written] == list(SCREENS)
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert (image.width(), image.height()) == (1366, 768), path.name
        if os.name == "posix":  # they show patients' names and records
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    if os.name == "posix":
        assert stat.S_IMODE(written[0].parent.stat().st_mode) == 0o700


def test_the_screens_show_the_alerts_and_the_tabs_they_are_named_for(rendered):
    _written, seen = rendered
    # The worklist: the urgent red flag first, the live alerts below it, none cut short.
    assert seen["01_worklist.png"] == (
        "worklist: ['▲▲ URGENT red_flag', '▲ ALERT unended', '▲ ALERT vital_signs']; cut short: []"
    )
    # The bedside of the running infusion with the SpO2 alert, with the ward's protocol line.
    bedside = seen["04_infusion_bedside.png"]
    assert bedside.startswith("bedside: ⚠ ▲ ALERT since 2026-03-10 08:30: SpO2 90 %: alert")
    assert "Ward protocol: none entered (Settings > Alerts). |" in bedside
    # The form's levels in words and symbols, with the limit and its source, before saving.
    levels = seen["20_vital_signs_entry.png"].removeprefix("vital signs: ").split(" | ")
    assert levels[0].startswith("▲▲ URGENT  SpO2 84 % - limit < 85 %: paediatric triage")
    assert levels[1].startswith("▲ ALERT  heart rate 152/min - limit >= 150/min, age 1-3 y:")
    assert seen["22_rate_warning.png"].endswith("It can still be recorded.")
    assert seen["07_settings.png"] == "settings: Risk thresholds and check timings"
    assert seen["08_settings_catalogue.png"] == "settings: Product catalogue"
    assert seen["21_settings_alerts.png"] == "settings: Alerts"


def test_screenshots_of_a_ward_with_accounts_are_taken_as_the_signed_in_user(
    qapp, ctx, db_path, tmp_path, monkeypatch, capsys
):
    # Before: the command ignored --user, wrote two screens, then stopped with
    # "user: sign-in: sign in first".
    from ivigmon.cli import main
    from tests.factories import make_patient, start_infusion

    from .conftest import PASSWORDS, add_accounts

    make_patient(ctx)
    start_infusion(ctx)
    add_accounts(ctx)
    shots = tmp_path / "ward-shots"
    assert main(["--db", str(db_path), "screenshot", str(shots)]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("IVIGMON_PASSWORD", PASSWORDS["nora"])
    assert main(["--db", str(db_path), "--user", "nora", "screenshot", str(shots)]) == 0
    written = capsys.readouterr().out.split()
    assert {"01_worklist.png", "04_infusion_bedside.png", "14_lock.png"} <= {
        os.path.basename(p) for p in written
    }


def test_screenshots_are_taken_in_the_language_asked_for(qapp, ctx, db_path, tmp_path, capsys):
    from ivigmon.cli import main
    from ivigmon.ui.language import ENGLISH, install_language
    from tests.factories import make_patient

    make_patient(ctx)
    titles: list[str] = []
    save = screenshots._save

    def saving(widget: QWidget, path: Path) -> Path:
        titles.append(widget.windowTitle())
        return save(widget, path)

    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(screenshots, "_save", saving)
            shots = tmp_path / "polish"
            assert main(["--db", str(db_path), "screenshot", str(shots), "--language", "pl"]) == 0
    finally:
        install_language(qapp, ENGLISH)
    assert titles[0] == "ivigmon – wlewy IVIG i kontrole po wlewie"
    assert "01_worklist.png" in capsys.readouterr().out


def test_screenshots_in_the_dark_scheme_with_150_percent_text(qapp, tmp_path, capsys):
    from ivigmon.cli import main
    from ivigmon.ui.theme import DARK, Scheme, apply_theme

    shots = tmp_path / "dark"
    try:
        assert main(["screenshot", str(shots), "--scheme", "dark", "--font-scale", "1.5"]) == 0
    finally:
        apply_theme(qapp, Scheme.LIGHT)  # the other tests' look
    worklist = QImage(str(shots / "01_worklist.png"))
    assert (worklist.width(), worklist.height()) == (1366, 768)  # 150 % text fits the screen
    # Below the running infusions the sidebar shows its own background: the dark one.
    assert worklist.pixelColor(190, 600).name() == DARK.sidebar
    assert "01_worklist.png" in capsys.readouterr().out


@pytest.mark.parametrize("scale", ["9", "0.1", "big"])
def test_a_font_scale_out_of_range_is_refused(scale, tmp_path, capsys):
    from ivigmon.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["screenshot", str(tmp_path / "shots"), "--font-scale", scale])
    assert stopped.value.code == 2
    assert f"'{scale}' is not a number from 0.5 to 3" in capsys.readouterr().err
    assert not (tmp_path / "shots").exists()
