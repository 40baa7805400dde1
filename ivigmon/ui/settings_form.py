"""The thresholds and timings as a form for administrators: each value beside its default."""

from __future__ import annotations

import re
from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.numbers import fmt
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.domain.validation import ValidationError
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import muted_label
from ivigmon.ui.setting_words import (
    CHECK_WORDS,
    RISK_WORDS,
    field_label,
    setting_text,
    setting_words,
)
from ivigmon.ui.wording import FACTOR_WORDS, decimal, words

RECORD = "setting"
TOP = Qt.AlignmentFlag.AlignTop


# One separator followed by three digits after a leading 1-999: `1,000` is a thousand in
# English and one in Polish (and `1.000` the other way round). Refused, never guessed.
AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")
# The spaces that group thousands: `100 000` as Polish writes it (a no-break space).
GROUP_SPACES = (" ", "\u00a0", "\u202f")


def parse_setting(name: str, text: str, *, whole: bool) -> float:
    """A number as typed: a decimal point or a decimal comma (`1.5`, `1,5`), thousands grouped
    by spaces only (`100 000`); whole numbers where the setting needs one.

    Never a guess: `1,000` (a thousand, or one?) and a number with both signs are refused."""
    cleaned = text.strip()
    for space in GROUP_SPACES:
        cleaned = cleaned.replace(space, "")
    if AMBIGUOUS.fullmatch(cleaned) or ("," in cleaned and "." in cleaned):
        raise ValidationError(
            RECORD,
            name,
            "type the number without thousands separators (1000, or 1.5 or 1,5 for a fraction)",
        )
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError:
        raise ValidationError(RECORD, name, "type a number") from None
    if whole and not value.is_integer():
        raise ValidationError(RECORD, name, "type a whole number")
    return value


def parse_offsets(text: str) -> tuple[int, ...]:
    """`24, 48, 72` -> (24, 48, 72)."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    try:
        return tuple(int(p) for p in parts)
    except ValueError:
        raise ValidationError(
            RECORD, "offsets_h", "type whole hours separated by commas, for example 24, 48, 72"
        ) from None


class SettingsForm(QWidget):
    """`read()` returns the typed values (the service validates the ranges on saving)."""

    def __init__(self, form_fields: FormFields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        titles = (self.tr("Setting"), self.tr("Value"), self.tr("Default"), self.tr("Source"))
        for column, title in enumerate(titles):
            header = QLabel(title)
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        self.edits: dict[str, QLineEdit] = {}
        self.factor_boxes: dict[FactorCode, QCheckBox] = {}
        self.whole: dict[str, bool] = {}
        row = 1
        risk_defaults, check_defaults = RiskSettings(), CheckSettings()
        # The numbers first, then the timings, the list of factors last: it is the tallest.
        order: list[tuple[str, tuple[str, str, str], RiskSettings | CheckSettings]] = [
            (n, w, risk_defaults) for n, w in RISK_WORDS.items() if n != "high_codes"
        ]
        order += [(n, w, check_defaults) for n, w in CHECK_WORDS.items()]
        order.append(("high_codes", RISK_WORDS["high_codes"], risk_defaults))
        for name, (meaning, unit, source), defaults in order:
            grid.addWidget(_cell(QLabel(setting_words(meaning))), row, 0, TOP)
            default = getattr(defaults, name)
            if name == "high_codes":
                grid.addWidget(self._factor_boxes(form_fields), row, 1, TOP)
            else:
                grid.addWidget(self._edit(form_fields, name, unit, default), row, 1, TOP)
            grid.addWidget(_cell(muted_label(setting_text(default, unit))), row, 2, TOP)
            grid.addWidget(_cell(muted_label(setting_words(source))), row, 3, TOP)
            row += 1
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(row, 1)

    def _edit(self, form_fields: FormFields, name: str, unit: str, default: object) -> QWidget:
        box = QWidget()
        line = QGridLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setMaximumWidth(130 if name == "offsets_h" else 90)
        line.addWidget(edit, 0, 0)
        line.addWidget(QLabel(setting_words(unit)), 0, 1)
        line.setColumnStretch(2, 1)
        self.edits[name] = edit
        self.whole[name] = isinstance(default, int)
        form_fields.add(name, edit, field_label(name))
        return box

    def _factor_boxes(self, form_fields: FormFields) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for index, code in enumerate(FactorCode):
            check = QCheckBox(words(FACTOR_WORDS[code]))
            self.factor_boxes[code] = check
            grid.addWidget(check, index // 2, index % 2)
        form_fields.add("high_codes", box, field_label("high_codes"))
        return box

    def fill(self, risk: RiskSettings, checks: CheckSettings) -> None:
        for source in (risk, checks):
            for f in fields(source):
                value = getattr(source, f.name)
                if f.name == "high_codes":
                    for code, check in self.factor_boxes.items():
                        check.setChecked(code in value)
                elif f.name == "offsets_h":
                    self.edits[f.name].setText(", ".join(str(v) for v in value))
                else:
                    # In the language's decimal sign: read back as typed (`1,5` or `1.5`).
                    self.edits[f.name].setText(decimal(fmt(float(value), 3)))

    def read(self) -> tuple[RiskSettings, CheckSettings]:
        risk: dict[str, object] = {}
        for f in fields(RiskSettings):
            if f.name == "high_codes":
                risk[f.name] = frozenset(
                    c for c, box in self.factor_boxes.items() if box.isChecked()
                )
                continue
            value = parse_setting(f.name, self.edits[f.name].text(), whole=self.whole[f.name])
            risk[f.name] = int(value) if self.whole[f.name] else value
        lead = parse_setting("lead_h", self.edits["lead_h"].text(), whole=False)
        grace = parse_setting("grace_h", self.edits["grace_h"].text(), whole=False)
        checks = CheckSettings(
            offsets_h=parse_offsets(self.edits["offsets_h"].text()), lead_h=lead, grace_h=grace
        )
        return RiskSettings(**risk), checks  # type: ignore[arg-type]


def _cell(label: QLabel) -> QLabel:
    """Wrapped, and its first line level with the text of the editor beside it."""
    label.setWordWrap(True)
    label.setContentsMargins(0, 5, 0, 0)
    return label


def number_row(layout: QVBoxLayout, label: str, unit: str, explanation: str) -> QLineEdit:
    """A whole-number setting: its label (with its mnemonic), the field, the unit, and a line
    that gives the default and what the setting does."""
    row = QHBoxLayout()
    caption = QLabel(label)
    field = QLineEdit()
    field.setMaximumWidth(80)
    caption.setBuddy(field)
    row.addWidget(caption)
    row.addWidget(field)
    row.addWidget(QLabel(unit))
    row.addStretch(1)
    layout.addLayout(row)
    layout.addWidget(muted_label(explanation))
    return field
