"""Opens the Reports page on a database as a user does and says what it cost: the report until
its tables are on screen, then each chart until drawn. Run on a copy of any database:

    IVIGMON_USER=... IVIGMON_PASSWORD=... \
        python -m tests.benchmarks.reports_page DB [--diagnosis CODE]

Prints one line per step (seconds) and the peak memory (ru_maxrss, kB). The page is opened in a
window that has already been built, as in the app: its modules (and matplotlib, with pandas)
are imported as it opens, and that import is counted in the page's time.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from ivigmon.services import users
from ivigmon.services.context import open_context
from ivigmon.services.report import ReportRequest
from ivigmon.ui import operations
from ivigmon.ui.events import DataEvents
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.window_size import WINDOW_SIZE


def _wait(app: QApplication, done: object, limit_s: float = 600) -> None:
    deadline = time.monotonic() + limit_s
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.002)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--diagnosis")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    ctx = open_context(args.db, create=False)
    if os.environ.get("IVIGMON_USER"):
        users.sign_in(ctx, os.environ["IVIGMON_USER"], os.environ.get("IVIGMON_PASSWORD", ""))
    window = MainWindow(ctx, DataEvents())
    window.resize(*WINDOW_SIZE)
    window.show()
    _wait(app, lambda: operations.pending() == 0)

    began = time.perf_counter()
    window.show_page(NAVIGATION.index("Reports"))
    page = window.reports
    _wait(app, lambda: page.report is not None)
    app.processEvents()
    shown = time.perf_counter() - began
    print(f"tables on screen {shown:.2f} s (the report {page.seconds:.2f} s)", flush=True)
    _wait(app, lambda: bool(page.charts))
    loaded = time.perf_counter() - began
    print(f"charts ready to draw {loaded:.2f} s (matplotlib imported meanwhile)", flush=True)
    page.tabs.setCurrentWidget(page.charts_tab)
    total = loaded
    for number, panel in enumerate(page.charts):
        start = time.perf_counter()
        page.chart_tabs.setCurrentIndex(number)  # drawn as it is shown
        for _ in range(3):
            app.processEvents()
        took = time.perf_counter() - start
        total += took
        print(f"chart {panel.chart.name} {took:.2f} s", flush=True)
    print(f"page total {total:.2f} s", flush=True)
    if args.diagnosis:
        start = time.perf_counter()
        page.filter.set_request(ReportRequest(diagnosis=args.diagnosis))
        _wait(app, lambda: page.report is not None and page.report.request.diagnosis is not None)
        app.processEvents()
        print(f"diagnosis {args.diagnosis} {time.perf_counter() - start:.2f} s", flush=True)
    window.close()
    operations.wait_for_worker()
    ctx.store.close()
    print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
