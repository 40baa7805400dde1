"""The level of each sign of a vital-sign entry, in words with a symbol, its limit and source."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ivigmon.domain.codes import VITAL_SIGN_NAMES, VitalLevel
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import ValidationError
from ivigmon.domain.vital_levels import SignLevel, VitalSignLevels, show_value
from ivigmon.ui import theme
from ivigmon.ui.errors import message_for
from ivigmon.ui.wording import VITAL_LEVEL_WORDS, decimal, words


def level_ink(level: VitalLevel) -> str:
    """Colour is an extra cue beside the written level and its symbol."""
    c = theme.colours()
    return {
        VitalLevel.NONE: c.standard_ink,
        VitalLevel.WATCH: c.elevated_ink,
        VitalLevel.ALERT: c.high_ink,
        VitalLevel.URGENT: c.high_ink,
    }[level]


BASELINE_TEXT = QT_TRANSLATE_NOOP(
    "vital_levels_panel",
    "Timed at or before the start: a baseline reading, not compared with the limits.",
)
SAVED_TEXT = QT_TRANSLATE_NOOP(
    "vital_levels_panel",
    "Saved whatever the level: an alert asks the ward to look at the child now.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("vital_levels_panel", text)


def sign_line(sign: SignLevel) -> str:
    """`▲ ALERT  heart rate 135/min - limit >= 130/min, age 4-12 y: Bedside PEWS, ...`."""
    name = QCoreApplication.translate("vital_sign_names", VITAL_SIGN_NAMES[sign.sign])
    text = f"{words(VITAL_LEVEL_WORDS[sign.level])}  {name} "
    text += decimal(show_value(sign.sign, sign.value))
    if sign.limits:
        text += QCoreApplication.translate("vital_levels_panel", " - limit {limits}").format(
            limits="; ".join(sign.limits)
        )
    if sign.note:
        text += f" ({sign.note})"
    return text


class VitalLevelsPanel(QLabel):
    """Empty until a reading is typed; then one line per sign, worst first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.lines: list[str] = []

    def show_levels(
        self,
        levels: VitalSignLevels | None,
        problems: Sequence[ValidationError] = (),
        *,
        baseline: bool = False,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        """The typed signs' levels; readings that cannot be saved say why; a baseline says so."""
        rows: list[tuple[str, str]] = []
        if baseline:
            rows.append((_tr(BASELINE_TEXT), theme.colours().muted))
        elif levels is not None:
            signs = sorted(levels.signs, key=lambda s: -s.level.rank)
            rows += [(sign_line(s), level_ink(s.level)) for s in signs]
            if levels.level.rank >= VitalLevel.ALERT.rank:
                rows.append((_tr(SAVED_TEXT), theme.colours().muted))
        rows += [("✗ " + message_for(p, labels), theme.colours().high_ink) for p in problems]
        self.lines = [text for text, _ink in rows]
        self.setText(
            "<br>".join(f"<span style='color:{ink}'>{html.escape(t)}</span>" for t, ink in rows)
        )
        self.setAccessibleDescription("\n".join(self.lines))
