"""The English-word check of the Polish screens: every text a user (or a screen reader) meets
on a window, and the English words left in it once names from the records are taken out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
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
    r"changed|keep|backups|screen|screens|thresholds|timings|catalogue|computer|system|"
    r"grade|reaction|reactions|onset|outcome|symptom|symptoms|premedication|vital|signs|"
    r"dose|step|steps|pump|ended|started|given|expected|serious|entered|error|history|add|"
    r"weight|rate|rates|until|blank|expiry|measurement|measurements|disabled|retired)\b",
    re.IGNORECASE,
)
# Names of things that are the same in every language.
ALLOWED = (
    "Qt for Python",
    "Adverse effects of immunoglobulin",  # the title of the source paper
    "RCH Melbourne",
    "BMJ Open",  # a journal, the source of the SpO2 bands an alert's reason names
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
    """What the records hold, shown as stored: names, MRNs, sources (the rules' reasons are
    translated: they are not allowed)."""
    words = [ctx.store.path, str(Path(ctx.store.path).parent), ctx.user]
    for row in worklist.worklist(ctx):
        words += [row.patient_name, row.mrn, row.infusion_id]
        words += [f.source for f in row.risk_factors]
        words += list(row.risk_notes)
    for alert in alerts.open_alerts(ctx):
        words += [alert.mrn, alert.infusion_id]
    words += [p.name for p in ctx.products().values()]
    words += [p.maker for p in ctx.products().values()]
    return words
