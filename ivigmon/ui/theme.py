"""Fonts, colours and the style sheet: calm, readable, colour never the only signal."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 10.5
TITLE_POINT_SIZE = 15.0
SUBTITLE_POINT_SIZE = 12.0

INK = "#1d2329"
MUTED = "#56606b"
ACCENT = "#1f5f8b"
PANEL = "#ffffff"
WINDOW = "#f3f5f7"
BORDER = "#c9d1d9"

# Risk and check-status tints: an extra cue beside the written level and symbol.
HIGH_INK, HIGH_TINT = "#9b1c1c", "#fdecea"
ELEVATED_INK, ELEVATED_TINT = "#7a4d00", "#fff4d9"
STANDARD_INK, STANDARD_TINT = "#2d5a3d", "#e9f4ec"
WARNING_INK, WARNING_TINT = "#8a2a00", "#fff0e5"
# What cannot be used now (a grade before its symptom is ticked): greyed, not white.
DISABLED_INK, DISABLED_FIELD = "#7d8790", "#e9edf0"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QWidget {{ color: {INK}; }}
QLabel[role="title"] {{ font-size: {TITLE_POINT_SIZE}pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: {SUBTITLE_POINT_SIZE}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="disclaimer"] {{ color: {MUTED}; font-style: italic; }}
QLabel[role="figures"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel[role="warning"] {{
    background: {WARNING_TINT}; color: {WARNING_INK}; border: 1px solid {WARNING_INK};
    border-radius: 4px; padding: 4px 6px; font-weight: 600;
}}
QGroupBox {{
    background: {PANEL}; border: 1px solid {BORDER}; border-radius: 6px;
    margin-top: 14px; padding: 10px 8px 8px 8px; font-weight: 600;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ font-weight: normal; }}
QListWidget#navigation {{
    background: #e6ebf0; border: none; font-size: 12pt; padding-top: 6px; outline: 0;
}}
QListWidget#navigation::item {{ padding: 9px 14px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QTableView {{
    background: {PANEL}; alternate-background-color: #f7f9fb; gridline-color: #e3e8ed;
    selection-background-color: #cfe3f3; selection-color: {INK};
}}
QHeaderView::section {{
    background: #e9eef2; border: none; border-right: 1px solid {BORDER};
    padding: 5px 6px; font-weight: 600;
}}
QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QDoubleSpinBox {{
    padding: 3px 5px; border: 1px solid {BORDER}; border-radius: 4px; background: white;
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; }}
QWidget:disabled {{ color: {DISABLED_INK}; }}
QLineEdit:disabled, QComboBox:disabled, QPlainTextEdit:disabled, QSpinBox:disabled,
QDoubleSpinBox:disabled {{ background: {DISABLED_FIELD}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 2px solid {HIGH_INK}; background: {HIGH_TINT};
}}
QPushButton {{
    padding: 5px 14px; border: 1px solid {BORDER}; border-radius: 4px; background: #fbfcfd;
}}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: 600;
}}
QPushButton:disabled {{ color: #9aa4ad; }}
QPushButton[primary="true"]:disabled {{
    background: #e3e8ec; color: #8a949d; border: 1px solid {BORDER}; font-weight: 600;
}}
QLabel#messageBar[kind="error"] {{
    background: {HIGH_TINT}; color: {HIGH_INK}; border: 1px solid {HIGH_INK};
    border-radius: 4px; padding: 6px 8px;
}}
QLabel#messageBar[kind="warning"] {{
    background: {WARNING_TINT}; color: {WARNING_INK}; border: 1px solid {WARNING_INK};
    border-radius: 4px; padding: 6px 8px;
}}
QLabel#messageBar[kind="info"] {{
    background: #e8f1f8; color: {ACCENT}; border: 1px solid {ACCENT};
    border-radius: 4px; padding: 6px 8px;
}}
QLabel#readOnlyBanner, QLabel#serverBanner {{
    background: {ELEVATED_TINT}; color: {ELEVATED_INK}; border: 2px solid {ELEVATED_INK};
    border-radius: 4px; padding: 8px 10px; font-weight: 600;
}}
QLabel#patientBanner {{
    background: #e8f1f8; color: {ACCENT}; border: 2px solid {ACCENT};
    border-radius: 4px; padding: 6px 10px; font-size: 12pt; font-weight: 600;
}}
QStatusBar {{ background: #e6ebf0; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def apply_theme(app: QApplication) -> None:
    """One look on every platform (Fusion), a readable base font, the style sheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.Base, QColor(PANEL))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe3f3"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffdf0"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
