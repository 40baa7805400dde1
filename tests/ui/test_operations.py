"""Saves run off the GUI thread: waiting for another workstation never freezes the window."""

from __future__ import annotations

import itertools
import subprocess
import sys
import textwrap
import time

from PySide6.QtCore import Qt, QTimer

from ivigmon.services.history import load_history
from ivigmon.ui import operations
from ivigmon.ui.infusion_window import InfusionWindow
from tests.factories import make_patient, start_infusion

from .conftest import outcome

# Another workstation: takes the write lock, says so, and keeps it until told to let go.
HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
    print("released", flush=True)
    """
)


def test_a_save_waiting_for_another_workstations_lock_keeps_the_window_responsive(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    started = start_infusion(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    assert page is not None
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, ctx.store.path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(50)

        qtbot.keyClicks(page.rate, "4")
        asked = time.monotonic()
        operation = page.add_step()
        assert operation is not None and not operation.done
        # A second press while the first save waits is ignored, not queued twice.
        assert page.add_step() is None
        qtbot.waitUntil(lambda: operations.BUSY_NOTE in page.step_message.text(), timeout=3000)
        qtbot.wait(1500)
        # The GUI thread kept running its timers the whole time (no gap of a second or more).
        waited = [t for t in ticks if t >= asked]
        assert len(waited) >= 15
        assert max(b - a for a, b in itertools.pairwise(waited)) < 0.5
        assert not operation.done
        assert page.rate.text() == "4"  # what was typed is kept while it waits
        assert load_history(ctx, "K-0001").infusion(started.id).rate_steps == ()

        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert outcome(qtbot, operation) is True
        timer.stop()
        assert holder.stdout.readline().strip() == "released"
    assert [s.ml_per_h for s in load_history(ctx, "K-0001").infusion(started.id).rate_steps] == [
        4.0
    ]
    assert page.steps.rowCount() == 1
    assert operations.BUSY_NOTE not in page.step_message.text()
    assert "Recorded 4 mL/h" in page.step_message.text()
    assert page.rate.text() == ""


def test_a_refused_save_comes_back_to_the_form_on_the_gui_thread(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    assert page is not None
    ctx.store.read_only = True  # the service refuses, in the worker thread
    qtbot.keyClicks(page.rate, "4")
    qtbot.keyClick(page.rate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "what you typed is still here" in page.step_message.text())
    assert page.rate.text() == "4"
