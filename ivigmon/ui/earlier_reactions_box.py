"""A patient's earlier reactions, worst first, where a nurse reads them before an infusion."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.earlier_reactions import EarlierReaction
from ivigmon.ui import theme

# The worst few fit above the form; the rest are in the patient's adverse events.
SHOWN = 4
NONE_TEXT = QT_TRANSLATE_NOOP("EarlierReactionsBox", "No reaction recorded on an earlier infusion.")
# What an earlier reaction (SPEC 9) makes of the next infusion, with a symbol.
EARLIER_SEVERE_WORDS = QT_TRANSLATE_NOOP("EarlierReactionsBox", "▲▲ severe")
EARLIER_REACTION_WORDS = QT_TRANSLATE_NOOP("EarlierReactionsBox", "▲ reaction")
EARLIER_MILD_WORDS = QT_TRANSLATE_NOOP("EarlierReactionsBox", "○ mild")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EarlierReactionsBox", text)


def reaction_line(reaction: EarlierReaction) -> str:
    """`▲▲ severe: anaphylaxis grade 4 (serious: life-threatening) on 2026-02-01 during ...`."""
    if reaction.severe:
        mark = EARLIER_SEVERE_WORDS
    elif reaction.counts:
        mark = EARLIER_REACTION_WORDS
    else:
        mark = EARLIER_MILD_WORDS
    return f"{_tr(mark)}: {reaction.text}"


class EarlierReactionsBox(QGroupBox):
    """`Earlier reactions (n)`, one line per reaction, worst first; hidden when `hide_empty` and
    there is none."""

    def __init__(self, *, hide_empty: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Earlier reactions"), parent)
        self.hide_empty = hide_empty
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        self.lines: list[str] = []

    def show_reactions(self, reactions: Sequence[EarlierReaction]) -> None:
        self.setTitle(
            self.tr("Earlier reactions ({count})").format(count=len(reactions))
            if reactions
            else self.tr("Earlier reactions")
        )
        self.lines = [reaction_line(r) for r in reactions[:SHOWN]]
        rows = [
            f"<span style='color:{_ink(r)}'>{html.escape(line)}</span>"
            for r, line in zip(reactions, self.lines, strict=False)
        ]
        if len(reactions) > SHOWN:
            more = self.tr(
                "and %n more (milder or older): see Adverse events", "", len(reactions) - SHOWN
            )
            self.lines.append(more)
            rows.append(f"<span style='color:{theme.colours().muted}'>{html.escape(more)}</span>")
        if not reactions:
            none = _tr(NONE_TEXT)
            self.lines = [none]
            rows = [f"<span style='color:{theme.colours().muted}'>{html.escape(none)}</span>"]
        self.label.setText("<br>".join(rows))
        self.setVisible(bool(reactions) or not self.hide_empty)


def _ink(reaction: EarlierReaction) -> str:
    if reaction.severe:
        return theme.colours().high_ink
    return theme.colours().elevated_ink if reaction.counts else theme.colours().ink
