"""`ivigmon screenshot DIR`: every main screen as a 1366x768 PNG, from the demo ward."""

from __future__ import annotations

import os
import stat

from PySide6.QtGui import QImage

from ivigmon.app import render_screenshots

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
    "20_reports_charts.png",
)


def test_render_screenshots_writes_one_1366x768_png_per_screen(qapp, tmp_path):
    written = render_screenshots(tmp_path / "shots")
    assert [p.name for p in written] == list(SCREENS)
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert (image.width(), image.height()) == (1366, 768), path.name
        if os.name == "posix":  # they show patients' names and records
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "shots").stat().st_mode) == 0o700


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
