"""A patient's earlier reactions, worst first, where a nurse reads them before an infusion."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ivigmon.services.earlier_reactions import EarlierReaction
from ivigmon.ui import theme
from ivigmon.ui.wording import EARLIER_MILD_WORDS, EARLIER_REACTION_WORDS, EARLIER_SEVERE_WORDS

# The worst few fit above the form; the rest are in the patient's adverse events.
SHOWN = 4
NONE_TEXT = "No reaction recorded on an earlier infusion."


def reaction_line(reaction: EarlierReaction) -> str:
    """`▲▲ severe: anaphylaxis grade 4 (serious: life-threatening) on 2026-02-01 during ...`."""
    if reaction.severe:
        mark = EARLIER_SEVERE_WORDS
    elif reaction.counts:
        mark = EARLIER_REACTION_WORDS
    else:
        mark = EARLIER_MILD_WORDS
    return f"{mark}: {reaction.text}"


class EarlierReactionsBox(QGroupBox):
    """`Earlier reactions (n)`, one line per reaction, worst first; hidden when `hide_empty` and
    there is none."""

    def __init__(self, *, hide_empty: bool = False, parent: QWidget | None = None) -> None:
        super().__init__("Earlier reactions", parent)
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
        self.setTitle(f"Earlier reactions ({len(reactions)})" if reactions else "Earlier reactions")
        self.lines = [reaction_line(r) for r in reactions[:SHOWN]]
        rows = [
            f"<span style='color:{_ink(r)}'>{html.escape(line)}</span>"
            for r, line in zip(reactions, self.lines, strict=False)
        ]
        if len(reactions) > SHOWN:
            more = f"and {len(reactions) - SHOWN} more (milder or older): see Adverse events"
            self.lines.append(more)
            rows.append(f"<span style='color:{theme.colours().muted}'>{html.escape(more)}</span>")
        if not reactions:
            self.lines = [NONE_TEXT]
            rows = [f"<span style='color:{theme.colours().muted}'>{html.escape(NONE_TEXT)}</span>"]
        self.label.setText("<br>".join(rows))
        self.setVisible(bool(reactions) or not self.hide_empty)


def _ink(reaction: EarlierReaction) -> str:
    if reaction.severe:
        return theme.colours().high_ink
    return theme.colours().elevated_ink if reaction.counts else theme.colours().ink
