"""Entry rows shared by the start form and the bedside dialogs: vital signs, premedication."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ivigmon.domain.codes import PremedClass
from ivigmon.domain.models import Premedication, VitalSigns
from ivigmon.domain.premedication_drugs import DRUG_CLASSES, ROUTES, class_of
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import (
    DIASTOLIC,
    HEART_RATE,
    RESP_RATE,
    SPO2,
    SYSTOLIC,
    TEMP_C,
    Limit,
    ValidationError,
    parse_number_text,
)
from ivigmon.ui.form_fields import FormFields, Problems
from ivigmon.ui.wording import PREMED_CLASS_WORDS, words

# Each reading's title and hint are marked here and translated where they are shown.
VITAL_FIELDS: tuple[tuple[str, str, Limit, str], ...] = (
    (
        "temp_c",
        QT_TRANSLATE_NOOP("bedside_entries", "Temperature (°C)"),
        TEMP_C,
        QT_TRANSLATE_NOOP("bedside_entries", "e.g. 37.2"),
    ),
    ("hr", QT_TRANSLATE_NOOP("bedside_entries", "Heart rate (/min)"), HEART_RATE, ""),
    ("sbp", QT_TRANSLATE_NOOP("bedside_entries", "BP systolic (mmHg)"), SYSTOLIC, ""),
    ("dbp", QT_TRANSLATE_NOOP("bedside_entries", "BP diastolic (mmHg)"), DIASTOLIC, ""),
    ("rr", QT_TRANSLATE_NOOP("bedside_entries", "Resp. rate (/min)"), RESP_RATE, ""),
    ("spo2", QT_TRANSLATE_NOOP("bedside_entries", "SpO2 (%)"), SPO2, ""),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("bedside_entries", text) if text else text


class VitalsEntry(QWidget):
    """A time and six readings; any reading may stay blank, but not all of them."""

    def __init__(
        self, parent: QWidget | None = None, *, columns: int = 2, time_label: str = ""
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.at = QLineEdit()
        self.at.setPlaceholderText(self.tr("now - or 08:45"))
        _fit_placeholder(self.at)
        at_label = QLabel(time_label or self.tr("&Time"))
        at_label.setBuddy(self.at)
        grid.addWidget(at_label, 0, 0)
        grid.addWidget(self.at, 0, 1)
        self.edits: dict[str, QLineEdit] = {}
        for index, (field, title, _limit, hint) in enumerate(VITAL_FIELDS):
            edit = QLineEdit()
            edit.setPlaceholderText(_tr(hint))
            label = QLabel(_tr(title))
            label.setBuddy(edit)
            row, col = 1 + index // columns, (index % columns) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(edit, row, col + 1)
            self.edits[field] = edit
        for col in range(1, columns * 2, 2):
            grid.setColumnStretch(col, 1)

    def register(self, fields: FormFields, prefix: str = "") -> None:
        fields.add(prefix + "at", self.at, self.tr("Vital signs time"))
        for field, title, _limit, _hint in VITAL_FIELDS:
            fields.add(prefix + field, self.edits[field], _tr(title))

    def is_blank(self) -> bool:
        return all(not e.text().strip() for e in self.edits.values())

    def typed(
        self, record: str, *, now: datetime
    ) -> tuple[VitalSigns | None, tuple[ValidationError, ...]]:
        """While typing: the readings that are possible so far (None when there is none), and
        why each of the others would be refused on saving; a time not yet readable is now."""
        try:
            at = parse_moment(record, "at", self.at.text(), now=now)
        except ValidationError:
            at = now
        values: dict[str, float | None] = {}
        problems: list[ValidationError] = []
        for field, _title, limit, _hint in VITAL_FIELDS:
            text = self.edits[field].text().strip()
            values[field] = None
            if text:
                try:
                    values[field] = parse_number_text(record, field, text, limit)
                except ValidationError as error:
                    problems.append(error)
        if all(value is None for value in values.values()):
            return None, tuple(problems)
        return VitalSigns(
            at=at,
            temp_c=values["temp_c"],
            hr=_int(values["hr"]),
            sbp=_int(values["sbp"]),
            dbp=_int(values["dbp"]),
            rr=_int(values["rr"]),
            spo2=_int(values["spo2"]),
        ), tuple(problems)

    def read(
        self, record: str, *, now: datetime, default_at: datetime | None = None, prefix: str = ""
    ) -> VitalSigns | None:
        """The readings as typed, None when every reading is blank; every wrong one at once."""
        if self.is_blank():
            return None
        problems = Problems()
        at = default_at or now
        if self.at.text().strip() or default_at is None:
            at = problems.read(
                lambda: parse_moment(record, prefix + "at", self.at.text(), now=now), now
            )
        values: dict[str, float | None] = {}
        for field, _title, limit, _hint in VITAL_FIELDS:
            text = self.edits[field].text().strip()
            values[field] = None
            if text:
                try:
                    values[field] = parse_number_text(record, prefix + field, text, limit)
                except ValidationError as error:
                    problems.add(error)
        sbp, dbp = values["sbp"], values["dbp"]
        if sbp is not None and dbp is not None and dbp > sbp:
            problems.add(
                ValidationError(
                    record,
                    prefix + "dbp",
                    self.tr("is above the systolic pressure (the two may be swapped)"),
                )
            )
        problems.raise_any()
        return VitalSigns(
            at=at,
            temp_c=values["temp_c"],
            hr=_int(values["hr"]),
            sbp=_int(sbp),
            dbp=_int(dbp),
            rr=_int(values["rr"]),
            spo2=_int(values["spo2"]),
        )


class PremedicationEntry(QWidget):
    """One premedication on one line: time, drug (class fills in), class, dose, route."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.at = QLineEdit()
        self.at.setPlaceholderText(self.tr("time: now"))
        self.at.setMaximumWidth(100)
        self.drug = QComboBox()
        self.drug.setEditable(True)
        self.drug.addItem("")
        self.drug.addItems(sorted(DRUG_CLASSES))
        self.drug.setCurrentIndex(0)
        drug_line = self.drug.lineEdit()
        if drug_line is not None:
            drug_line.setPlaceholderText(self.tr("drug"))
        self.drug_class = QComboBox()
        self.drug_class.addItem(self.tr("class"), None)
        for code in PremedClass:
            self.drug_class.addItem(words(PREMED_CLASS_WORDS[code]), code.value)
        self.dose = QLineEdit()
        self.dose.setPlaceholderText(self.tr("dose"))
        _fit_placeholder(self.dose)
        self.dose.setMaximumWidth(120)
        self.route = QComboBox()
        self.route.setEditable(True)
        self.route.addItems(ROUTES)
        self.route.setMaximumWidth(70)
        row.addWidget(self.at)
        row.addWidget(self.drug, 2)
        row.addWidget(self.drug_class, 1)
        row.addWidget(self.dose, 1)
        row.addWidget(self.route)
        self.drug.currentTextChanged.connect(self._drug_changed)

    def _drug_changed(self, text: str) -> None:
        found = class_of(text)
        if found is not None:
            self.drug_class.setCurrentIndex(self.drug_class.findData(found.value))

    def register(self, fields: FormFields, prefix: str = "") -> None:
        fields.add(prefix + "at", self.at, self.tr("Premedication time"))
        fields.add(prefix + "drug", self.drug, self.tr("Premedication drug"))
        fields.add(prefix + "drug_class", self.drug_class, self.tr("Premedication class"))
        fields.add(prefix + "dose", self.dose, self.tr("Premedication dose"))

    def is_blank(self) -> bool:
        return not self.drug.currentText().strip() and not self.dose.text().strip()

    def read(self, record: str, *, now: datetime, prefix: str = "") -> Premedication | None:
        """The premedication as typed, None when the row is blank; every problem at once."""
        if self.is_blank():
            return None
        problems = Problems()
        drug = self.drug.currentText().strip()
        if not drug:
            problems.add(ValidationError(record, prefix + "drug", self.tr("type the drug given")))
        code = self.drug_class.currentData()
        if code is None:
            problems.add(
                ValidationError(
                    record, prefix + "drug_class", self.tr("choose the class of the drug")
                )
            )
        at = problems.read(
            lambda: parse_moment(record, prefix + "at", self.at.text(), now=now), now
        )
        problems.raise_any()
        return Premedication(
            at=at,
            drug=drug,
            drug_class=PremedClass(code),
            dose=self.dose.text().strip(),
            route=self.route.currentText().strip(),
        )


def _fit_placeholder(edit: QLineEdit) -> None:
    """Wide enough to show its hint whole, in longer languages too."""
    hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(min(hint + 16, edit.maximumWidth()))


def _int(value: float | None) -> int | None:
    return int(value) if value is not None else None
