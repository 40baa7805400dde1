"""The Reports page: the ward's figures, the choice of infusions, exports of the report and of a
chart, charts readable without colour, and nothing computed before the page is shown."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ivigmon.services.context import Context, open_context
from ivigmon.services.importing import import_document
from ivigmon.services.report import ReportRequest, cohort_report
from ivigmon.ui import reports_page
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.reports_page import CHANGED_SINCE, ReportsPage
from ivigmon.ui.window_size import WINDOW_SIZE
from tests.services.test_report import WARD

from .conftest import outcome, settle

REPORTS = NAVIGATION.index("Reports")


@pytest.fixture
def ward(ctx: Context) -> Context:
    import_document(ctx, WARD)
    return ctx


def _page(show, ctx: Context, events=None) -> ReportsPage:
    page = ReportsPage(ctx, events)
    page.resize(*WINDOW_SIZE)
    show(page)  # shown: the report is computed, and `show` waits for it
    assert page.report is not None
    return page


def _column(view, column: int) -> list[str]:
    return [view.cell(row, column) for row in range(view.row_count())]


def _row(view, first: str) -> list[str]:
    """The cells of the row whose first cell is `first`."""
    for row in range(view.row_count()):
        if view.cell(row, 0) == first:
            return [view.cell(row, c) for c in range(view.model.columnCount())]
    raise AssertionError(f"no row {first!r} in {_column(view, 0)}")


def test_the_page_shows_the_wards_tables_i_and_ii_rates_and_follow_up(qtbot, ward, show):
    page = _page(show, ward)
    patients = page.views["patients"]
    assert _column(patients, 0) == ["JIA", "KD", "all diagnoses"]
    assert _row(patients, "JIA")[1:3] == ["2 (66.7 %)", "1 (50 %)"]
    assert _row(patients, "all diagnoses")[1] == "3 (100 %)"
    assert _row(patients, "JIA")[4] == "35 (30-40)"  # weight: mean (min-max)
    treatment = page.views["treatment"]
    assert _row(treatment, "all diagnoses")[1] == "6"
    assert _row(treatment, "JIA")[2] == "2 / 2 (1-3)"  # infusions per patient
    outcomes = page.views["outcomes"]
    assert _row(outcomes, "all diagnoses")[6:] == ["2 (66.7 %)", "3 (50)"]
    # Reaction rates: count / denominator, the rate and its 95 % Wilson interval.
    assert page.rate_choice.currentData() == "reactions_by_product"
    privigen = _row(page.rates, "Privigen")
    assert privigen[1:3] == ["3", "1/3 · 33.3 % (6.2-79.2)"]
    assert privigen[4] == "1/1 · 100 % (20.7-100)"
    published = page.views["published"]
    immediate = _row(published, "Immediate reactions (during the infusion)")
    assert immediate[1] == "2/6 · 33.3 % (9.7-70)"
    assert immediate[2] == "2.15 % of 1,765 infusions"
    follow_up = page.views["follow_up"]
    assert _row(follow_up, "Median lateness of done checks")[1] == "0.25 h"
    assert _row(follow_up, "   done")[1] == "4 (33.3 %)"
    alerts = page.views["alerts"]
    assert _column(alerts, 0)[-1] == "every kind"
    assert _column(page.views["follow_up_by_month"], 2) == ["0.62 h", "0.12 h"]
    assert "every infusion" in page.notes.text()
    assert page.made.text() == "made 2026-03-10 12:00"
    assert page.tabs.isEnabled() and not page.busy.isVisible()


def test_every_rate_table_is_offered_and_sorts_by_its_figures(qtbot, ward, show):
    page = _page(show, ward)
    offered = [page.rate_choice.itemData(i) for i in range(page.rate_choice.count())]
    for name in offered:
        page.rate_choice.setCurrentIndex(page.rate_choice.findData(name))
        assert page.rates.row_count() == len(page.report.table(name).rows), name
    page.rate_choice.setCurrentIndex(page.rate_choice.findData("reactions_by_lot"))
    assert _column(page.rates, 0) == ["G1", "L1", "L2", "L3"]
    page.rates.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # a click on "Infusions"
    assert _column(page.rates, 1) == ["1", "2", "2", "2"]


def test_the_choice_of_infusions_changes_the_figures(qtbot, ward, show):
    page = _page(show, ward)
    page.filter.set_request(ReportRequest(diagnosis="KD"))
    settle(qtbot)
    assert page.report.request == ReportRequest(diagnosis="KD")
    assert _column(page.views["patients"], 0) == ["KD", "all diagnoses"]
    assert _row(page.views["treatment"], "all diagnoses")[1] == "2"
    assert "primary diagnosis is KD" in page.notes.text()

    page.filter.set_request(ReportRequest(first_day=date(2026, 2, 1)))
    settle(qtbot)
    # From February: a3 and c1 (JIA), b1 and b2 (KD).
    assert _row(page.views["treatment"], "all diagnoses")[1] == "4"
    assert _column(page.views["follow_up_by_month"], 0) == ["2026-03"]
    assert (
        page.report.table("patients").rows
        == cohort_report(ward, ReportRequest(first_day=date(2026, 2, 1))).table("patients").rows
    )

    # A reversed range is refused in the fields' own words, and the report shown stays.
    page.filter.set_request(ReportRequest(first_day=date(2026, 3, 1), last_day=date(2026, 2, 1)))
    settle(qtbot)
    assert page.message.isVisible()
    assert "'to' (2026-02-01) is before 'started from' (2026-03-01)" in page.message.text()
    assert page.report.request == ReportRequest(first_day=date(2026, 2, 1))


def test_the_report_exports_to_excel_csv_and_markdown_that_read_back(
    qtbot, ward, show, tmp_path: Path
):
    import openpyxl

    page = _page(show, ward)
    names = [t.name for t in page.report.tables]
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    book_path = tmp_path / "report.xlsx"
    assert outcome(qtbot, page.export_to(book_path))
    book = openpyxl.load_workbook(book_path, read_only=True)
    assert book.sheetnames == ["about", *names]
    sheet = list(book["patients"].iter_rows(values_only=True))
    assert sheet[0][:3] == ("diagnosis", "patients", "patients_pct")
    assert [r[0] for r in sheet[1:]] == ["JIA", "KD", "total"]
    assert sheet[-1][1] == 3
    book.close()
    assert "Report exported to" in page.message.text()

    csv_path = tmp_path / "report.csv"
    assert outcome(qtbot, page.export_to(csv_path))
    lines = list(csv.reader(csv_path.read_text(encoding="utf-8").splitlines()))
    assert ["infusions_by_month", page.report.table("infusions_by_month").title] in lines
    md_path = tmp_path / "report.md"
    assert outcome(qtbot, page.export_to(md_path))
    assert "## Patients by primary diagnosis" in md_path.read_text(encoding="utf-8")
    # Nothing but the three files: no temporary file is left beside them.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "report.csv",
        "report.md",
        "report.xlsx",
    ]


def test_an_export_that_cannot_be_written_says_so_and_leaves_the_file(
    qtbot, ward, show, tmp_path: Path
):
    page = _page(show, ward)
    assert not outcome(qtbot, page.export_to(tmp_path / "missing" / "report.csv"))
    assert "The report was not exported." in page.message.text()
    assert "folder does not exist" in page.message.text()
    assert not (tmp_path / "missing").exists()
    assert reports_page.default_name(page.report, ".xlsx") == "cohort-report-2026-03-10.xlsx"


@pytest.mark.parametrize(
    ("suffix", "start"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_a_chart_saves_as_an_image_that_reads_back(
    qtbot, ward, show, tmp_path: Path, suffix: str, start: bytes
):
    page = _page(show, ward)
    tmp_path = tmp_path / "charts"
    tmp_path.mkdir()
    page.tabs.setCurrentWidget(page.charts_tab)
    qtbot.waitUntil(lambda: len(page.charts) == 4)
    assert [page.chart_tabs.tabText(i) for i in range(4)] == [
        "Reactions by product",
        "Reactions by lot",
        "Follow-up lateness",
        "Infusions per month",
    ]
    panel = page.charts[0]
    target = tmp_path / f"chart{suffix}"
    target.write_bytes(b"an earlier chart")
    assert outcome(qtbot, panel.save_to(target))
    assert target.read_bytes().startswith(start)
    if suffix == ".png":
        image = QImage(str(target))
        assert not image.isNull() and image.width() >= 900
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left
    assert panel.saved.text() == f"Saved {target}"


def test_a_chart_name_must_say_its_format(qtbot, ward, show, tmp_path: Path):
    page = _page(show, ward)
    tmp_path = tmp_path / "charts"
    tmp_path.mkdir()
    page.tabs.setCurrentWidget(page.charts_tab)
    qtbot.waitUntil(lambda: len(page.charts) == 4)
    assert page.charts[1].save_to(tmp_path / "chart.jpg") is None
    assert "must end in .png, .svg, .pdf" in page.charts[1].message.text()
    assert list(tmp_path.iterdir()) == []


def _colours(figure) -> set[tuple[float, float, float]]:
    from matplotlib.colors import to_rgb

    found: set[tuple[float, float, float]] = set()
    for axes in figure.axes:
        for line in axes.get_lines():
            found |= {to_rgb(line.get_color()), to_rgb(line.get_markeredgecolor())}
            found.add(to_rgb(line.get_markerfacecolor()))
        for patch in axes.patches:
            found |= {to_rgb(patch.get_facecolor()), to_rgb(patch.get_edgecolor())}
        for collection in axes.collections:
            found |= {tuple(c[:3]) for c in collection.get_edgecolors()}
    return found


def test_every_chart_is_drawn_in_greys_with_labels(qtbot, ward):
    """Printed in black and white a chart still reads: no colour at all, a legend or axis
    labels on each, the counts beside each product."""
    from matplotlib.figure import Figure

    from ivigmon.ui.report_charts import charts_of

    report = cohort_report(ward, ReportRequest())
    for chart in charts_of(report):
        figure = Figure()
        chart.draw(figure)
        (axes,) = figure.axes
        colours = _colours(figure)
        assert colours, chart.name
        assert all(r == g == b for r, g, b in colours), (chart.name, colours)
        assert axes.get_title(loc="left"), chart.name
        assert figure.legends, chart.name  # below the plot, over no point
    figure = Figure()
    charts_of(report)[0].draw(figure)
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels == ["Gamunex-C\n2 infusions", "Octagam 10%\n1 infusion", "Privigen\n3 infusions"]


def test_an_empty_ward_says_there_is_nothing_to_draw(qtbot, ctx):
    from matplotlib.figure import Figure

    from ivigmon.ui.report_charts import NOTHING, charts_of

    for chart in charts_of(cohort_report(ctx, ReportRequest())):
        figure = Figure()
        chart.draw(figure)
        assert [t.get_text() for t in figure.axes[0].texts] == [NOTHING], chart.name


def test_the_page_computes_when_first_shown_and_when_the_choice_changes(
    qtbot, ward, events, show, monkeypatch
):
    asked: list[ReportRequest] = []
    real = reports_page.cohort_report

    def counting(ctx: Context, request: ReportRequest):
        asked.append(request)
        return real(ctx, request)

    monkeypatch.setattr(reports_page, "cohort_report", counting)
    window = MainWindow(ward, events)
    show(window)
    assert not window.reports_page.built()
    assert asked == []
    window.show_page(REPORTS)
    settle(qtbot)
    assert asked == [ReportRequest()]
    page = window.reports
    window.show_page(0)
    window.show_page(REPORTS)
    settle(qtbot)
    assert asked == [ReportRequest()]  # shown again: the report stays as it was
    page.filter.first.editingFinished.emit()  # a date field left without a change
    settle(qtbot)
    assert len(asked) == 1
    page.filter.diagnosis.setCurrentIndex(page.filter.diagnosis.findData("ITP"))
    settle(qtbot)
    assert asked[-1] == ReportRequest(diagnosis="ITP")
    page.update_button.click()
    settle(qtbot)
    assert asked[-1] == ReportRequest(diagnosis="ITP") and len(asked) == 3
    assert _column(page.views["patients"], 0) == ["all diagnoses"]  # no ITP primary


def test_an_entry_saved_meanwhile_is_announced_not_counted(qtbot, ward, events, show):
    page = _page(show, ward, events)
    before = page.report
    events.patient_saved.emit("T-1")
    assert page.message.text().endswith(CHANGED_SINCE)
    assert page.report is before


PROBE = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ivigmon.services.context import open_context
from ivigmon.ui import operations
from ivigmon.ui.events import DataEvents
from ivigmon.ui.main_window import NAVIGATION, MainWindow

def loaded():
    names = {m.split('.')[0] for m in sys.modules if m.startswith(('matplotlib', 'pandas'))}
    return ','.join(sorted(names | ({'reports_page'} & {m.split('.')[-1] for m in sys.modules})))

def settle():
    # A pause between calls: each processEvents() of PySide6 6.12.0 drops a reference to None.
    app.processEvents()
    while operations.pending():
        time.sleep(0.01)
        app.processEvents()

ctx = open_context(sys.argv[1], create=False, user='nurse.test')
window = MainWindow(ctx, DataEvents())
window.show()
settle()
print(loaded() or '-')
window.show_page(NAVIGATION.index('Reports'))
settle()
print(loaded() or '-')
"""


def test_matplotlib_comes_with_the_reports_page_not_with_the_window(tmp_path: Path):
    """The window opens without the charts' library (nor pandas, nor the page itself): it is
    loaded when the Reports page is first opened."""
    path = tmp_path / "w.db"
    open_context(path).store.close()  # a new database's migrations would load pandas
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()
    assert out == ["-", "matplotlib,pandas,reports_page"]


def test_every_tab_of_the_page_has_unique_working_mnemonics(qtbot, ward, events, show):
    from .test_keyboard import mnemonic_faults

    window = MainWindow(ward, events)
    show(window)
    window.show_page(REPORTS)
    settle(qtbot)
    page = window.reports
    faults = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        faults += mnemonic_faults(window, page.tabs.tabText(index))
    assert faults == [], "\n".join(faults)


def test_the_page_fits_the_wards_screen_on_every_tab(qtbot, ward, events, show):
    """At 1366x768 nothing widens the window: the longest diagnosis name once made it 1400
    pixels wide."""
    window = MainWindow(ward, events)
    window.resize(*WINDOW_SIZE)
    show(window)
    window.show_page(REPORTS)
    settle(qtbot)
    page = window.reports
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        settle(qtbot)
        assert window.minimumSizeHint().width() <= WINDOW_SIZE[0], page.tabs.tabText(index)
        assert window.width() == WINDOW_SIZE[0], page.tabs.tabText(index)


def test_the_charts_follow_the_dark_scheme_with_contrast(qtbot, ward, qapp):
    """In the dark scheme a chart is not a white card: its background is the screen's panel,
    its words, axes and marks the screen's text colour, which reads on it at 4.5 to 1."""
    from matplotlib.colors import to_hex
    from matplotlib.figure import Figure
    from matplotlib.text import Text
    from PySide6.QtGui import QColor

    from ivigmon.ui.report_charts import charts_of
    from ivigmon.ui.theme import DARK, Scheme, apply_theme

    from .test_contrast import contrast

    report = cohort_report(ward, ReportRequest())
    apply_theme(qapp, Scheme.DARK)
    try:
        for chart in charts_of(report):
            figure = Figure()
            chart.draw(figure)
            (axes,) = figure.axes
            assert to_hex(figure.get_facecolor()) == DARK.panel, chart.name
            assert to_hex(axes.get_facecolor()) == DARK.panel, chart.name
            words = figure.findobj(Text)  # titles, labels, ticks, legends
            inks = {to_hex(t.get_color()) for t in words if t.get_text()}
            assert inks == {DARK.ink}, (chart.name, inks)
            spines = {to_hex(s.get_edgecolor()) for s in axes.spines.values()}
            assert spines == {DARK.ink}, chart.name
        assert contrast(QColor(DARK.ink), QColor(DARK.panel)) >= 4.5
    finally:
        apply_theme(qapp)
