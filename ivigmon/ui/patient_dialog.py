"""Registering or editing a patient: identity, diagnoses, comorbidities, a dated measurement."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import Comorbidity, Diagnosis, Sex
from ivigmon.domain.models import Measurement, Patient
from ivigmon.domain.time_entry import parse_moment, parse_optional_date, parse_required_date
from ivigmon.domain.validation import (
    HEIGHT_CM,
    WEIGHT_KG,
    ValidationError,
    parse_number_text,
    patient_record,
)
from ivigmon.services.context import Context
from ivigmon.services.patients import implausible_measurement, save_patient_form
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields, Problems
from ivigmon.ui.labels import muted_label, set_warning, title_label, warning_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.patient_words import comorbidity_text, diagnosis_text, sex_text
from ivigmon.ui.wording import implausible_body_text, number, when

BLOOD_GROUPS = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", "A", "B", "AB", "O")


class PatientDialog(QDialog):
    """`patient=None` registers a new patient; otherwise edits that patient."""

    patient_saved = Signal(str)

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        *,
        patient: Patient | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.original = patient
        self.saved: Patient | None = None
        editing = patient is not None
        self.setWindowTitle(self.tr("Edit patient") if editing else self.tr("Register a patient"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            title_label(
                self.tr("Edit {name}").format(name=patient.name)
                if patient
                else self.tr("Register a patient")
            )
        )

        columns = QHBoxLayout()
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        for column in (left, right):
            column.setSpacing(8)
        identity = QGroupBox(self.tr("Patient"))
        form = QFormLayout(identity)
        self.mrn = QLineEdit()
        self.mrn.setPlaceholderText(self.tr("hospital number, e.g. K-0001"))
        self.name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem(self.tr("- choose -"), None)
        for sex in Sex:
            self.sex.addItem(sex_text(sex), sex.value)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.blood_group = QComboBox()
        self.blood_group.addItem(self.tr("not known"), None)
        for group in BLOOD_GROUPS:
            self.blood_group.addItem(group, group)
        form.addRow(self.tr("&MRN"), self.mrn)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Sex"), self.sex)
        form.addRow(self.tr("&Birth date"), self.birth_date)
        form.addRow(self.tr("Blood &group"), self.blood_group)
        left.addWidget(identity)

        measure = QGroupBox(self.tr("New measurement") if editing else self.tr("Measurement"))
        mform = QFormLayout(measure)
        self.latest = muted_label()
        if editing:
            mform.addRow(self.latest)
        self.measured_at = QLineEdit()
        self.measured_at.setPlaceholderText(self.tr("now - or 08:30 or 2026-03-01 08:30"))
        self.weight_edit = QLineEdit()
        self.weight_edit.setPlaceholderText(self.tr("kg"))
        self.height_edit = QLineEdit()
        self.height_edit.setPlaceholderText(self.tr("cm"))
        mform.addRow(self.tr("&Weight (kg)"), self.weight_edit)
        mform.addRow(self.tr("&Height (cm)"), self.height_edit)
        mform.addRow(self.tr("Measured &at"), self.measured_at)
        # Shown only for a body implausible for age and sex: storing it is a deliberate choice.
        self.body_warning = warning_label()
        self.body_confirm = QCheckBox(self.tr("I have checked this weight and height: store them"))
        self.body_confirm.setVisible(False)
        for edit in (self.weight_edit, self.height_edit):
            edit.textChanged.connect(self._body_changed)
        left.addWidget(measure)

        earlier = QGroupBox(self.tr("IVIG given elsewhere"))
        eform = QFormLayout(earlier)
        self.prior_ivig = QLineEdit()
        self.prior_ivig.setPlaceholderText(self.tr("yyyy-mm-dd (blank: none known)"))
        eform.addRow(self.tr("Last &date"), self.prior_ivig)
        left.addWidget(earlier)
        left.addStretch(1)

        diagnoses = QGroupBox(self.tr("Diagnoses"))
        dlayout = QVBoxLayout(diagnoses)
        dform = QFormLayout()
        self.primary = QComboBox()
        self.primary.addItem(self.tr("- choose -"), None)
        for code in Diagnosis:
            self.primary.addItem(diagnosis_text(code), code.value)
        dform.addRow(self.tr("&Primary"), self.primary)
        dlayout.addLayout(dform)
        dlayout.addWidget(muted_label(self.tr("Other diagnoses:")))
        grid = QGridLayout()
        self.other_diagnoses: dict[Diagnosis, QCheckBox] = {}
        for index, code in enumerate(Diagnosis):
            box = QCheckBox(code.value if code is not Diagnosis.OTHER else diagnosis_text(code))
            box.setToolTip(diagnosis_text(code))
            self.other_diagnoses[code] = box
            grid.addWidget(box, index // 4, index % 4)
        dlayout.addLayout(grid)
        self.primary.currentIndexChanged.connect(self._primary_changed)
        right.addWidget(diagnoses)

        comorbid = QGroupBox(self.tr("Comorbidities"))
        clayout = QGridLayout(comorbid)
        self.comorbidities: dict[Comorbidity, QCheckBox] = {}
        for index, comorbidity in enumerate(Comorbidity):
            box = QCheckBox(comorbidity_text(comorbidity))
            self.comorbidities[comorbidity] = box
            clayout.addWidget(box, index // 2, index % 2)
        right.addWidget(comorbid)
        right.addStretch(1)

        # Across the dialog's width: the measurement box is too narrow for the reason.
        layout.addWidget(self.body_warning)
        layout.addWidget(self.body_confirm)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        self.fields.add("mrn", self.mrn, self.tr("MRN"))
        self.fields.add("name", self.name, self.tr("Name"))
        self.fields.add("sex", self.sex, self.tr("Sex"))
        self.fields.add("birth_date", self.birth_date, self.tr("Birth date"))
        self.fields.add("blood_group", self.blood_group, self.tr("Blood group"))
        self.fields.add("diagnoses", self.primary, self.tr("Primary diagnosis"))
        self.fields.add("weight_kg", self.weight_edit, self.tr("Weight (kg)"))
        self.fields.add("height_cm", self.height_edit, self.tr("Height (cm)"))
        self.fields.add("at", self.measured_at, self.tr("Measured at"))
        self.fields.add("prior_ivig_last_date", self.prior_ivig, self.tr("Last IVIG elsewhere"))

        self.save_button = add_dialog_buttons(
            self, layout, self.tr("Save patient"), self.save, ctrl_return=True
        )

        for section in (identity, measure, earlier):
            section.setMinimumWidth(400)
        # Down the left column, then the right one, as the form reads.
        chain: list[QWidget] = [
            self.mrn,
            self.name,
            self.sex,
            self.birth_date,
            self.blood_group,
            self.weight_edit,
            self.height_edit,
            self.measured_at,
            self.prior_ivig,
            self.primary,
            *self.other_diagnoses.values(),
            *self.comorbidities.values(),
            self.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(1000, 600)
        if patient is not None:
            self._fill(patient)
        self.mrn.setFocus()

    def _fill(self, patient: Patient) -> None:
        self.mrn.setText(patient.mrn)
        self.name.setText(patient.name)
        self.sex.setCurrentIndex(self.sex.findData(patient.sex.value))
        self.birth_date.setText(patient.birth_date.isoformat())
        if patient.blood_group:
            found = self.blood_group.findData(patient.blood_group)
            self.blood_group.setCurrentIndex(max(found, 0))
        if patient.primary_diagnosis is not None:
            self.primary.setCurrentIndex(self.primary.findData(patient.primary_diagnosis.value))
        for code in patient.diagnoses[1:]:
            self.other_diagnoses[code].setChecked(True)
        for comorbidity in patient.comorbidities:
            self.comorbidities[comorbidity].setChecked(True)
        if patient.prior_ivig_last_date:
            self.prior_ivig.setText(patient.prior_ivig_last_date.isoformat())
        weights = [m for m in patient.measurements if m.weight_kg is not None]
        heights = [m for m in patient.measurements if m.height_cm is not None]
        parts = []
        if weights:
            w = max(weights, key=lambda m: m.at)
            parts.append(
                self.tr("{kg} kg on {time}").format(kg=number(w.weight_kg), time=when(w.at))
            )
        if heights:
            h = max(heights, key=lambda m: m.at)
            parts.append(
                self.tr("{cm} cm on {time}").format(cm=number(h.height_cm, 1), time=when(h.at))
            )
        self.latest.setText(
            self.tr("Latest: {measurements}. Leave blank if unchanged.").format(
                measurements="; ".join(parts)
            )
            if parts
            else self.tr("No measurement recorded yet.")
        )

    def _body_changed(self, *_: object) -> None:
        """A confirmation holds for the values it was given for, not for new ones."""
        self.body_confirm.setChecked(False)
        self.body_confirm.setVisible(False)
        set_warning(self.body_warning, "")

    def _implausible(self, patient: Patient, measurement: Measurement) -> bool:
        """True (and the warning shown) when the body needs the nurse's confirmation first."""
        if self.body_confirm.isChecked():
            return False
        found = implausible_measurement(
            self.ctx,
            sex=patient.sex,
            birth_date=patient.birth_date,
            measurement=measurement,
            earlier=self.original.measurements if self.original else (),
        )
        if found is None:
            return False
        self.fields.clear()
        set_warning(
            self.body_warning,
            implausible_body_text(
                measurement, found, birth_date=patient.birth_date, sex=patient.sex
            ),
        )
        self.body_confirm.setVisible(True)
        self.body_confirm.setFocus()
        return True

    def _primary_changed(self, _index: int) -> None:
        code = self.primary.currentData()
        for diagnosis, box in self.other_diagnoses.items():
            is_primary = diagnosis.value == code
            box.setEnabled(not is_primary)
            if is_primary:
                box.setChecked(False)

    def build(self) -> tuple[Patient, Measurement | None]:
        """The patient and the new measurement as typed, or every problem at once
        (`SeveralProblems`), each naming its field."""
        mrn = self.mrn.text().strip()
        record = patient_record(mrn or "(new)")
        problems = Problems()
        sex = self.sex.currentData()
        if not self.name.text().strip():
            problems.add(ValidationError(record, "name", self.tr("must not be empty")))
        if sex is None:
            problems.add(ValidationError(record, "sex", self.tr("choose female or male")))
        birth = problems.read(
            lambda: parse_required_date(record, "birth_date", self.birth_date.text()), None
        )
        primary = self.primary.currentData()
        if primary is None:
            problems.add(
                ValidationError(record, "diagnoses", self.tr("choose the primary diagnosis"))
            )
        others = [
            code
            for code, box in self.other_diagnoses.items()
            if box.isChecked() and code.value != primary
        ]
        weight_text, height_text = self.weight_edit.text().strip(), self.height_edit.text().strip()
        measurement: Measurement | None = None
        if weight_text or height_text:
            now = self.ctx.now()
            at = problems.read(
                lambda: parse_moment(record, "at", self.measured_at.text(), now=now), now
            )
            weight = (
                problems.read(
                    lambda: parse_number_text(record, "weight_kg", weight_text, WEIGHT_KG), None
                )
                if weight_text
                else None
            )
            height = (
                problems.read(
                    lambda: parse_number_text(record, "height_cm", height_text, HEIGHT_CM), None
                )
                if height_text
                else None
            )
            measurement = Measurement(at=at, weight_kg=weight, height_cm=height)
        elif self.measured_at.text().strip():
            problems.add(
                ValidationError(
                    record, "weight_kg", self.tr("type a weight or a height, or no time")
                )
            )
        prior = problems.read(
            lambda: parse_optional_date(record, "prior_ivig_last_date", self.prior_ivig.text()),
            None,
        )
        problems.raise_any()
        assert birth is not None and sex is not None and primary is not None
        patient = Patient(
            mrn=mrn,
            name=self.name.text().strip(),
            sex=Sex(sex),
            birth_date=birth,
            diagnoses=(Diagnosis(primary), *others),
            comorbidities=frozenset(c for c, box in self.comorbidities.items() if box.isChecked()),
            blood_group=self.blood_group.currentData(),
            prior_ivig_last_date=prior,
        )
        return patient, measurement

    def save(self) -> Operation[Patient] | None:
        """Save everything in one transaction (off the GUI thread); on an error keep the form
        exactly as typed."""
        try:
            patient, measurement = self.build()
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        if measurement is not None and self._implausible(patient, measurement):
            return None
        original = self.original.mrn if self.original else None
        return save_form(
            self,
            self.fields,
            lambda: save_patient_form(
                self.ctx, original_mrn=original, patient=patient, measurement=measurement
            ),
            self._saved,
            button=self.save_button,
        )

    def _saved(self, saved: Patient) -> None:
        self.saved = saved
        self.fields.clear()
        self.events.patient_saved.emit(saved.mrn)
        self.patient_saved.emit(saved.mrn)
        self.accept()
