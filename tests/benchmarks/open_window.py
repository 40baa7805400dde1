"""Opens the main window on a database as the app does and exits once it is usable.

Run by the scale benchmark as a separate process: `python -m tests.benchmarks.open_window DB`.
Usable means: the window is shown and the worklist and the running infusions have been read.
Prints the process's peak memory in kB (ru_maxrss) on its last line.
"""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from ivigmon.services.context import open_context
from ivigmon.ui import operations
from ivigmon.ui.events import DataEvents
from ivigmon.ui.main_window import MainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    ctx = open_context(sys.argv[1], create=False)
    window = MainWindow(ctx, DataEvents())
    window.show()
    deadline = time.monotonic() + 120
    while (
        operations.pending() or not window.worklist.refreshed_at
    ) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    usable = window.worklist.refreshed_at is not None
    window.close()
    operations.wait_for_worker()
    ctx.store.close()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return 0 if usable else 1


if __name__ == "__main__":
    sys.exit(main())
