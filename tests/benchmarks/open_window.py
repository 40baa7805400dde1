"""Opens the main window on a database as the app does, says when it is usable, and exits.

Run by the scale benchmark as a separate process: `python -m tests.benchmarks.open_window DB`.
Usable means: the window is shown and the worklist and the running infusions have been read;
then `usable` is printed. The start-up checks (integrity check, audit anchor, automatic backup)
run behind the window as in the app and are waited for before the process ends, so that the
peak memory printed last (ru_maxrss, kB) counts them.
"""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

import ivigmon.app
import ivigmon.cli  # noqa: F401  (the real start imports the command line and the app first)
from ivigmon.services import users
from ivigmon.services.context import open_context
from ivigmon.ui import operations
from ivigmon.ui.events import DataEvents
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.start_up_checks import StartUpChecks


def main() -> int:
    app = QApplication(sys.argv[:1])
    ctx = open_context(sys.argv[1], create=False)
    if os.environ.get("IVIGMON_USER"):  # a database with accounts: as the benchmark's account
        began = time.perf_counter()
        users.sign_in(ctx, os.environ["IVIGMON_USER"], os.environ.get("IVIGMON_PASSWORD", ""))
        # In the app the window opens after a person signs in: that wait is not the window's.
        print(f"not counted {time.perf_counter() - began:.3f}", flush=True)
    window = MainWindow(ctx, DataEvents())
    window.show()
    checks = StartUpChecks(ctx, window)
    finished: list[bool] = []
    checks.finished.connect(lambda: finished.append(True))
    checks.start()
    deadline = time.monotonic() + 120

    def is_usable() -> bool:
        # The worklist read, the running infusions read (listed in the sidebar), and
        # the first page of patients shown.
        return (
            window.worklist.refreshed_at is not None
            and window.running_read
            and window.patients.model.rowCount() > 0
        )

    while not is_usable() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    usable = is_usable()
    print("usable", flush=True)
    while not finished and time.monotonic() < deadline + 600:
        app.processEvents()
        time.sleep(0.01)
    window.close()
    operations.wait_for_worker()
    ctx.store.close()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return 0 if usable else 1


if __name__ == "__main__":
    sys.exit(main())
