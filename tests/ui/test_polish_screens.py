"""In Polish, the translated screens show no English: every visible text of every widget is read
(labels, buttons, group and tab titles, table headers and cells, list items, menus, window
titles, tooltips, placeholders, accessible names) and checked against a list of English words.

Allowed: what the records hold (patients' names, MRNs, the rules' composed reasons and their
sources, product names), codes, units and product names of software (ALLOWED).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from ivigmon.services import alerts, worklist
from ivigmon.ui.about_page import AboutPage
from ivigmon.ui.language import ENGLISH, POLISH, install_language
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.sign_in_dialog import SignInDialog

from .conftest import add_accounts, settle
from .test_worklist import ended_infusion
from .test_worklist_alerts import alarming_infusion

# Words that are English and not Polish (short words Polish shares, "to", "on", "no", "a",
# "data", "folder", "status", "standard", "administrator", are left out).
ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|with|for|from|your|you|check|checks|overdue|due|upcoming|infusion|"
    r"infusions|patient|patients|open|alert|alerts|risk|save|saved|cancel|sign|signed|user|"
    r"users|password|lock|locked|unlock|name|database|refresh|print|handover|review|default|"
    r"source|sources|days|minutes|hours|running|worklist|product|reason|since|kind|severity|"
    r"high|elevated|none|help|file|view|quit|about|note|value|setting|settings|language|ward|"
    r"server|report|reports|follow|record|selected|wait|try|not|this|that|what|when|are|is|"
    r"or|it|at|after|before|every|ago|only|done|new|find|register|recall|read|write|"
    r"changed|keep|backups|screen|screens|thresholds|timings|catalogue|computer|system)\b",
    re.IGNORECASE,
)
# Names of things that are the same in every language.
ALLOWED = (
    "Qt for Python",
    "Adverse effects of immunoglobulin",  # the title of the source paper
    "RCH Melbourne",
    "ivigmon",
    "English",  # the language chooser names each language in its own words
)


def texts_of(top: QWidget) -> Iterator[str]:
    """Every text a user (or a screen reader) meets on `top` as it is shown."""
    yield top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        if isinstance(widget, QLabel):
            yield re.sub(r"<[^>]+>", " ", widget.text())
        if isinstance(widget, QAbstractButton):
            yield widget.text()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield widget.tabText(i)
                yield widget.tabToolTip(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                if not item.isHidden():
                    yield item.text()
                    yield item.toolTip()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget)
    if isinstance(top, QMainWindow):
        for menu_action in top.menuBar().actions():
            yield menu_action.text()
            menu = menu_action.menu()
            if menu is not None:
                yield from (a.text() for a in menu.actions() if a.isVisible())
        yield top.statusBar().currentMessage()


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(model.data(index, role) or "")


def english_left(texts: Iterable[str], allowed: Iterable[str]) -> list[str]:
    """The texts that still hold an English word once the allowed names are taken out."""
    names = sorted({*ALLOWED, *(a for a in allowed if a)}, key=len, reverse=True)
    found = []
    for text in texts:
        rest = text
        for name in names:
            rest = rest.replace(name, " ")
        if ENGLISH_WORDS.search(rest):
            found.append(text)
    return sorted(set(found))


def record_words(ctx) -> list[str]:
    """What the records hold, shown as stored: names, MRNs, the rules' reasons, sources."""
    words = [ctx.store.path, str(Path(ctx.store.path).parent), ctx.user]
    for row in worklist.worklist(ctx):
        words += [row.patient_name, row.mrn, row.infusion_id]
        words += [f.reason for f in row.risk_factors] + [f.source for f in row.risk_factors]
        words += list(row.risk_notes)
    for alert in alerts.open_alerts(ctx):
        words += [alert.reason, alert.mrn, alert.infusion_id]
    words += [p.name for p in ctx.products().values()]
    words += [p.maker for p in ctx.products().values()]
    return words


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, POLISH)
    yield
    install_language(qapp, ENGLISH)


def ward(ctx, clock) -> None:
    """A running infusion with an urgent alert, and an ended one with checks overdue, due and
    upcoming (its child has Kawasaki disease: risk HIGH, with reasons)."""
    alarming_infusion(ctx)
    ended_infusion(ctx, "K-0002")
    clock.now = datetime(2026, 3, 11, 9, 0)


def test_the_main_window_and_worklist_speak_polish(qtbot, ctx, events, show, clock, polish):
    ward(ctx, clock)
    window = MainWindow(ctx, events)
    show(window)
    settle(qtbot)
    qtbot.waitUntil(lambda: window.running.count() == 1 and window.running_read)
    qtbot.waitUntil(lambda: window.worklist.model.rowCount() > 0)
    window.worklist.table.selectRow(0)
    assert window.navigation.item(0).text() == "Lista zadań"
    assert "Anuluj" not in window.counts_label.text()  # (the counts are ivigmon's own)
    assert "kontrol" in window.counts_label.text()
    assert english_left(texts_of(window), record_words(ctx)) == []
    # The banners: a database opened for viewing only, a ward server away.
    window.show_read_only(ctx.read_only_reason() or "it was opened for viewing only")
    window.show_server_state(False)
    assert "tylko do przeglądania" in window.read_only_banner.text()
    assert english_left(texts_of(window), record_words(ctx)) == []


def test_the_settings_and_about_pages_speak_polish(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="lead")  # an administrator: the settings form, not the table
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    settle(qtbot)
    tabs = window.settings.tabs
    for tab in (0, 1, tabs.indexOf(window.settings.language)):
        tabs.setCurrentIndex(tab)
        assert english_left(texts_of(window), record_words(ctx)) == [], tabs.tabText(tab)
    window.show_page(NAVIGATION.index("About"))
    assert english_left(texts_of(window.about), record_words(ctx)) == []


def test_the_read_only_settings_table_speaks_polish(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="nora")  # a nurse reads the thresholds in a table
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    settle(qtbot)
    assert window.settings.thresholds.currentIndex() == 0
    assert english_left(texts_of(window), record_words(ctx)) == []


def test_sign_in_lock_and_the_wait_after_a_failure_speak_polish(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="nora")
    dialog = SignInDialog(ctx)
    show(dialog)
    dialog.countdown.start(3)
    assert dialog.wait.text() == "Odczekaj 3 s przed następną próbą."
    assert english_left(texts_of(dialog), record_words(ctx)) == []
    dialog.countdown.reset()
    dialog.reject()
    window = MainWindow(ctx, events)
    show(window)
    window.lock_now()
    assert window.windowTitle() == "ivigmon – zablokowany"
    assert "pielęgniarka" in window.lock_page.who.text()
    assert english_left(texts_of(window), record_words(ctx)) == []


def test_the_word_check_finds_english_left_on_a_screen(qtbot, ctx, polish):
    """The check itself: an untranslated page is caught, names from the records are not."""
    page = AboutPage(ctx)
    qtbot.addWidget(page)
    page.show()
    stored = record_words(ctx)
    assert english_left(texts_of(page), stored) == []
    page.user.setText("Open the patient list")
    assert english_left(texts_of(page), stored) == ["Open the patient list"]
    assert english_left(texts_of(page), [*stored, "Open the patient list"]) == []
