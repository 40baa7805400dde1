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
from ivigmon.ui.wording import FACTOR_WORDS, words

CONTEXT = "risk_badge"

LEVEL_TEXT: dict[RiskLevel, str] = {
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("risk_badge", "HIGH ▲▲"),
    RiskLevel.ELEVATED: QT_TRANSLATE_NOOP("risk_badge", "ELEVATED ▲"),
    RiskLevel.STANDARD: QT_TRANSLATE_NOOP("risk_badge", "standard"),
}

# The level in plain words, for a screen reader.
LEVEL_NAMES: dict[RiskLevel, str] = {
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("risk_badge", "high"),
    RiskLevel.ELEVATED: QT_TRANSLATE_NOOP("risk_badge", "elevated"),
    RiskLevel.STANDARD: QT_TRANSLATE_NOOP("risk_badge", "standard"),
}

LEVEL_COLOURS: dict[RiskLevel, tuple[str, str]] = {
    RiskLevel.HIGH: (theme.HIGH_INK, theme.HIGH_TINT),
    RiskLevel.ELEVATED: (theme.ELEVATED_INK, theme.ELEVATED_TINT),
    RiskLevel.STANDARD: (theme.STANDARD_INK, theme.STANDARD_TINT),
}

STATUS_COLOURS: dict[CheckStatus, tuple[str, str]] = {
    CheckStatus.OVERDUE: (theme.HIGH_INK, theme.HIGH_TINT),
    CheckStatus.DUE: (theme.ELEVATED_INK, theme.ELEVATED_TINT),
}


def level_text(level: RiskLevel) -> str:
    return _tr(LEVEL_TEXT[level])


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def level_ink(level: RiskLevel) -> QColor:
    return QColor(LEVEL_COLOURS[level][0])


def factor_line(factor: RiskFactor) -> str:
    """`Kidney failure: comorbidity: kidney failure`."""
    return f"{words(FACTOR_WORDS[factor.code])}: {factor.reason}"


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
    items = [
        f"<li><b>{html.escape(words(FACTOR_WORDS[f.code]))}</b>: {html.escape(f.reason)}"
        f"<br><span style='color:{theme.MUTED}'>{html.escape(_source(f.source))}</span></li>"
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
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_level(None)

    def set_level(self, level: RiskLevel | None, tooltip: str = "") -> None:
        if level is None:
            self.setText("")
            self.setStyleSheet("")
            self.setToolTip("")
            return
        ink, tint = LEVEL_COLOURS[level]
        self.setText(
            QCoreApplication.translate("risk_badge", "Risk: {level}").format(
                level=level_text(level)
            )
        )
        self.setStyleSheet(
            f"QLabel {{ color: {ink}; background: {tint}; border: 1px solid {ink};"
            " border-radius: 4px; padding: 3px 10px; font-weight: 600; }"
        )
        self.setToolTip(tooltip)
        self.setAccessibleName(
            QCoreApplication.translate("risk_badge", "Risk level {level}").format(
                level=_tr(LEVEL_NAMES[level])
            )
        )
