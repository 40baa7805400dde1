"""Risk levels written out with a symbol (never colour alone), as text and as a badge widget."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ivigmon.domain.codes import CheckStatus, RiskLevel
from ivigmon.domain.models import RiskFactor
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui import theme
from ivigmon.ui.reason_words import reason_text
from ivigmon.ui.wording import FACTOR_WORDS, words

CONTEXT = "risk_badge"

LEVEL_TEXT: dict[RiskLevel, str] = {
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("risk_badge", "HIGH ▲▲"),
    RiskLevel.ELEVATED: QT_TRANSLATE_NOOP("risk_badge", "ELEVATED ▲"),
    RiskLevel.STANDARD: QT_TRANSLATE_NOOP("risk_badge", "standard"),
}


def level_colours(level: RiskLevel) -> tuple[str, str]:
    """(ink, tint) of a risk level in the colour scheme in use."""
    c = theme.colours()
    return {
        RiskLevel.HIGH: (c.high_ink, c.high_tint),
        RiskLevel.ELEVATED: (c.elevated_ink, c.elevated_tint),
        RiskLevel.STANDARD: (c.standard_ink, c.standard_tint),
    }[level]


def status_colours(status: CheckStatus) -> tuple[str, str] | None:
    """(ink, tint) of an overdue or due check in the scheme in use; None for the others."""
    c = theme.colours()
    if status is CheckStatus.OVERDUE:
        return c.high_ink, c.high_tint
    if status is CheckStatus.DUE:
        return c.elevated_ink, c.elevated_tint
    return None


def level_text(level: RiskLevel) -> str:
    return _tr(LEVEL_TEXT[level])


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def level_ink(level: RiskLevel) -> QColor:
    return QColor(level_colours(level)[0])


def factor_line(factor: RiskFactor) -> str:
    """`Kidney failure: comorbidity: kidney failure`."""
    return f"{words(FACTOR_WORDS[factor.code])}: {reason_text(factor)}"


def reasons_tooltip(level: RiskLevel, factors: Iterable[RiskFactor]) -> str:
    """Plain text for a tooltip: the level, then one reason per line."""
    lines = [
        QCoreApplication.translate("risk_badge", "Risk {level}").format(level=level_text(level))
    ]
    lines += [f"• {factor_line(f)}" for f in factors]
    if len(lines) == 1:
        lines.append(QCoreApplication.translate("risk_badge", "No risk factor found."))
    return "\n".join(lines)


def reasons_html(factors: Iterable[RiskFactor]) -> str:
    """A bullet list with the factor in bold, its reason and (small) its source."""
    muted = theme.colours().muted
    items = [
        f"<li><b>{html.escape(words(FACTOR_WORDS[f.code]))}</b>: {html.escape(reason_text(f))}"
        f"<br><span style='color:{muted}'>{html.escape(_source(f.source))}</span></li>"
        for f in factors
    ]
    if not items:
        none = QCoreApplication.translate("risk_badge", "No risk factor found.")
        return f"<p>{html.escape(none)}</p>"
    return "<ul style='margin-left:-20px'>" + "".join(items) + "</ul>"


def _source(source: str) -> str:
    return QCoreApplication.translate("risk_badge", "source: {source}").format(source=source)


class RiskBadge(QLabel):
    """`HIGH ▲▲` in a tinted box; the text alone carries the meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskBadge")  # the style sheet colours it by its level
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_level(None)

    def set_level(self, level: RiskLevel | None, tooltip: str = "") -> None:
        self.setProperty("level", "" if level is None else level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        if level is None:
            self.setText("")
            self.setToolTip("")
            self.setAccessibleName("")
            self.setAccessibleDescription("")
            return
        self.setText(
            QCoreApplication.translate("risk_badge", "Risk: {level}").format(
                level=level_text(level)
            )
        )
        self.setToolTip(tooltip)
        # A screen reader hears the level and its reasons, as the tooltip shows them.
        self.setAccessibleName(
            QCoreApplication.translate("risk_badge", "Risk: {level}").format(
                level=level_text(level)
            )
        )
        self.setAccessibleDescription(tooltip)
