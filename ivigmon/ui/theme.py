"""Fonts, colours and the style sheet: calm, readable, light or dark, never colour alone."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# The ward's smallest readable text; a larger system font is followed.
BASE_POINT_SIZE = 10.5
TITLE_SCALE = 15.0 / BASE_POINT_SIZE
SUBTITLE_SCALE = 12.0 / BASE_POINT_SIZE


class Scheme(Enum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colours:
    """Every colour the screens use, by what it is for; one set per scheme."""

    ink: str
    muted: str
    accent: str  # text and borders in the accent colour
    accent_fill: str  # the background of the primary button and the selected page
    on_accent: str
    window: str
    panel: str
    alternate: str
    border: str
    gridline: str
    header: str
    sidebar: str
    button: str
    field: str
    selection: str
    tooltip: str
    info_tint: str
    # Risk and check-status tints: an extra cue beside the written level and symbol.
    high_ink: str
    high_tint: str
    elevated_ink: str
    elevated_tint: str
    standard_ink: str
    standard_tint: str
    warning_ink: str
    warning_tint: str
    # What cannot be used now (a grade before its symptom is ticked): greyed, not white.
    disabled_ink: str
    disabled_field: str
    primary_disabled_fill: str


LIGHT = Colours(
    ink="#1d2329",
    muted="#56606b",
    accent="#1f5f8b",
    accent_fill="#1f5f8b",
    on_accent="#ffffff",
    window="#f3f5f7",
    panel="#ffffff",
    alternate="#f7f9fb",
    border="#c9d1d9",
    gridline="#e3e8ed",
    header="#e9eef2",
    sidebar="#e6ebf0",
    button="#fbfcfd",
    field="#ffffff",
    selection="#cfe3f3",
    tooltip="#fffdf0",
    info_tint="#e8f1f8",
    high_ink="#9b1c1c",
    high_tint="#fdecea",
    elevated_ink="#7a4d00",
    elevated_tint="#fff4d9",
    standard_ink="#2d5a3d",
    standard_tint="#e9f4ec",
    warning_ink="#8a2a00",
    warning_tint="#fff0e5",
    disabled_ink="#7d8790",
    disabled_field="#e9edf0",
    primary_disabled_fill="#e3e8ec",
)

DARK = Colours(
    ink="#e6e9ed",
    muted="#aeb8c2",
    accent="#8cc4ef",
    accent_fill="#2a6796",
    on_accent="#ffffff",
    window="#1c2025",
    panel="#252a30",
    alternate="#2b3037",
    border="#4a535d",
    gridline="#363d45",
    header="#303740",
    sidebar="#22272d",
    button="#313840",
    field="#1f2328",
    selection="#27465f",
    tooltip="#2e343b",
    info_tint="#1c3142",
    high_ink="#ffa8a0",
    high_tint="#3f1d1d",
    elevated_ink="#f4c96e",
    elevated_tint="#3a2e12",
    standard_ink="#97d8aa",
    standard_tint="#1b3324",
    warning_ink="#ffb48a",
    warning_tint="#3d2416",
    disabled_ink="#7c8690",
    disabled_field="#2a2f35",
    primary_disabled_fill="#343a41",
)

SCHEMES = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}

_active = [Scheme.LIGHT]


def colours() -> Colours:
    """The colours of the scheme in use; read when something is painted, never kept."""
    return SCHEMES[_active[0]]


def system_scheme() -> Scheme:
    """Dark when the desktop says so; light otherwise (and when it does not say)."""
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return Scheme.DARK if dark else Scheme.LIGHT


def style_sheet(c: Colours, point_size: float) -> str:
    """The application's style sheet for one set of colours and base font size."""
    title = round(point_size * TITLE_SCALE, 1)
    subtitle = round(point_size * SUBTITLE_SCALE, 1)
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QWidget {{ color: {c.ink}; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: {subtitle}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="disclaimer"] {{ color: {c.muted}; font-style: italic; }}
QLabel[role="figures"] {{ color: {c.accent}; font-weight: 600; }}
QLabel[role="warning"] {{
    background: {c.warning_tint}; color: {c.warning_ink}; border: 1px solid {c.warning_ink};
    border-radius: 4px; padding: 4px 6px; font-weight: 600;
}}
QGroupBox {{
    background: {c.panel}; border: 1px solid {c.border}; border-radius: 6px;
    margin-top: 14px; padding: 10px 8px 8px 8px; font-weight: 600;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ font-weight: normal; }}
QWidget#sidebar {{ background: {c.sidebar}; }}
QListWidget#navigation {{
    background: {c.sidebar}; border: none; font-size: {subtitle}pt; padding-top: 6px;
    outline: 0;
}}
QListWidget#navigation::item {{ padding: 9px 14px; }}
QListWidget#navigation::item:selected {{ background: {c.accent_fill}; color: {c.on_accent}; }}
QFrame#lockPanel {{ background: {c.panel}; border: 1px solid {c.border}; border-radius: 8px; }}
QTableView {{
    background: {c.panel}; alternate-background-color: {c.alternate};
    gridline-color: {c.gridline};
    selection-background-color: {c.selection}; selection-color: {c.ink};
}}
QHeaderView::section {{
    background: {c.header}; color: {c.ink}; border: none; border-right: 1px solid {c.border};
    padding: 5px 6px; font-weight: 600;
}}
QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QDoubleSpinBox {{
    padding: 3px 5px; border: 1px solid {c.border}; border-radius: 4px; background: {c.field};
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {c.accent}; }}
QWidget:disabled {{ color: {c.disabled_ink}; }}
QLineEdit:disabled, QComboBox:disabled, QPlainTextEdit:disabled, QSpinBox:disabled,
QDoubleSpinBox:disabled {{ background: {c.disabled_field}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 2px solid {c.high_ink}; background: {c.high_tint};
}}
QPushButton {{
    padding: 5px 14px; border: 1px solid {c.border}; border-radius: 4px; background: {c.button};
}}
QPushButton:focus {{ border: 2px solid {c.accent}; }}
QPushButton[primary="true"] {{
    background: {c.accent_fill}; color: {c.on_accent}; border: 1px solid {c.accent_fill};
    font-weight: 600;
}}
QPushButton[primary="true"]:focus {{ border: 2px solid {c.ink}; }}
QPushButton:disabled {{ color: {c.disabled_ink}; }}
QPushButton[primary="true"]:disabled {{
    background: {c.primary_disabled_fill}; color: {c.disabled_ink}; border: 1px solid {c.border};
    font-weight: 600;
}}
QLabel#messageBar[kind="error"] {{
    background: {c.high_tint}; color: {c.high_ink}; border: 1px solid {c.high_ink};
    border-radius: 4px; padding: 6px 8px;
}}
QLabel#messageBar[kind="warning"] {{
    background: {c.warning_tint}; color: {c.warning_ink}; border: 1px solid {c.warning_ink};
    border-radius: 4px; padding: 6px 8px;
}}
QLabel#messageBar[kind="info"] {{
    background: {c.info_tint}; color: {c.accent}; border: 1px solid {c.accent};
    border-radius: 4px; padding: 6px 8px;
}}
QLabel#readOnlyBanner, QLabel#serverBanner {{
    background: {c.elevated_tint}; color: {c.elevated_ink}; border: 2px solid {c.elevated_ink};
    border-radius: 4px; padding: 8px 10px; font-weight: 600;
}}
QLabel#patientBanner {{
    background: {c.info_tint}; color: {c.accent}; border: 2px solid {c.accent};
    border-radius: 4px; padding: 6px 10px; font-size: {subtitle}pt; font-weight: 600;
}}
QLabel#riskBadge {{ border-radius: 4px; padding: 3px 10px; font-weight: 600; }}
QLabel#riskBadge[level="high"] {{
    color: {c.high_ink}; background: {c.high_tint}; border: 1px solid {c.high_ink};
}}
QLabel#riskBadge[level="elevated"] {{
    color: {c.elevated_ink}; background: {c.elevated_tint}; border: 1px solid {c.elevated_ink};
}}
QLabel#riskBadge[level="standard"] {{
    color: {c.standard_ink}; background: {c.standard_tint}; border: 1px solid {c.standard_ink};
}}
QStatusBar {{ background: {c.sidebar}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def palette(c: Colours) -> QPalette:
    """Fusion's palette in the scheme's colours, for what the style sheet does not paint."""
    result = QPalette(QColor(c.button), QColor(c.window))
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, c.window),
        (roles.WindowText, c.ink),
        (roles.Base, c.panel),
        (roles.AlternateBase, c.alternate),
        (roles.Text, c.ink),
        (roles.Button, c.button),
        (roles.ButtonText, c.ink),
        (roles.BrightText, c.high_ink),
        (roles.Highlight, c.selection),
        (roles.HighlightedText, c.ink),
        (roles.ToolTipBase, c.tooltip),
        (roles.ToolTipText, c.ink),
        (roles.PlaceholderText, c.muted),
        (roles.Link, c.accent),
        (roles.LinkVisited, c.accent),
    ):
        result.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        result.setColor(disabled, role, QColor(c.disabled_ink))
    result.setColor(disabled, roles.Base, QColor(c.disabled_field))
    return result


def base_point_size(font_scale: float = 1.0) -> float:
    """The system's font size, never below the ward's readable minimum, times `font_scale`."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return round(max(BASE_POINT_SIZE, system) * font_scale, 2)


def apply_theme(
    app: QApplication, scheme: Scheme | None = None, *, font_scale: float = 1.0
) -> None:
    """One look on every platform (Fusion) in the system's scheme (or `scheme`), the system's
    font size (never below the readable minimum, times `font_scale`), the style sheet."""
    _active[0] = system_scheme() if scheme is None else scheme
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(base_point_size(font_scale))
    app.setFont(font)
    app.setPalette(palette(colours()))
    app.setStyleSheet(style_sheet(colours(), font.pointSizeF()))


def follow_system_scheme(app: QApplication) -> None:
    """A change of the desktop's light or dark scheme restyles the open windows."""
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app, font_scale=app.font().pointSizeF() / base_point_size())
    )
