"""What the cohort report counts: infusions started from / to a day, patients of one primary
diagnosis. `changed` is emitted when a choice is made, not at every key typed in a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from ivigmon.domain.codes import Diagnosis
from ivigmon.services.report import ReportRequest
from ivigmon.ui.wording import day, diagnosis_text

# English screens keep the ISO date the ward reads; other languages their own short date.
DATE_FORMAT = "yyyy-MM-dd"
DIAGNOSIS_CHARS = 24


class ReportFilter(QGroupBox):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which infusions"))
        row = QHBoxLayout(self)
        self.use_first = QCheckBox(self.tr("Started f&rom"))
        self.first = _date_edit(date(today.year, 1, 1))
        self.use_last = QCheckBox(self.tr("&to"))
        self.last = _date_edit(today)
        diagnosis_label = QLabel(self.tr("of patients whose primary &diagnosis is"))
        self.diagnosis = QComboBox()
        self.diagnosis.addItem(self.tr("All diagnoses"), None)
        for code in Diagnosis:
            self.diagnosis.addItem(diagnosis_text(code), code.value)
        diagnosis_label.setBuddy(self.diagnosis)
        # One line while there is room; two rather than past the screen's edge in large text.
        diagnosis_label.setWordWrap(True)
        # The longest name would widen the page past the ward's screen; the list that drops
        # down still shows each name whole.
        self.diagnosis.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.diagnosis.setMinimumContentsLength(DIAGNOSIS_CHARS)
        for box, edit in ((self.use_first, self.first), (self.use_last, self.last)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self.changed.emit())
            edit.editingFinished.connect(self.changed.emit)
            row.addWidget(box)
            row.addWidget(edit)
        self.diagnosis.currentIndexChanged.connect(lambda _i: self.changed.emit())
        row.addSpacing(12)
        row.addWidget(diagnosis_label, 1)
        row.addWidget(self.diagnosis)

    def request(self) -> ReportRequest:
        """The report asked for (the range may be reversed: see `problem`)."""
        code = self.diagnosis.currentData()
        return ReportRequest(
            first_day=_day(self.first) if self.use_first.isChecked() else None,
            last_day=_day(self.last) if self.use_last.isChecked() else None,
            diagnosis=str(code) if code is not None else None,
        )

    def problem(self) -> str | None:
        """Why the report cannot be made as asked, in the words of the fields."""
        asked = self.request()
        if asked.first_day and asked.last_day and asked.last_day < asked.first_day:
            return self.tr(
                "'to' ({last}) is before 'started from' ({first}): choose a later 'to' day."
            ).format(last=day(asked.last_day), first=day(asked.first_day))
        return None

    def set_request(self, request: ReportRequest) -> None:
        """Show this choice, then emit `changed` once."""
        self.blockSignals(True)  # one report for the whole choice, not one per field
        for box, edit, chosen in (
            (self.use_first, self.first, request.first_day),
            (self.use_last, self.last, request.last_day),
        ):
            if chosen is not None:
                edit.setDate(QDate(chosen.year, chosen.month, chosen.day))
            box.setChecked(chosen is not None)
        self.diagnosis.setCurrentIndex(max(0, self.diagnosis.findData(request.diagnosis)))
        self.blockSignals(False)
        self.changed.emit()


def _day(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    english = QLocale().language() == QLocale.Language.English
    edit.setDisplayFormat(
        DATE_FORMAT if english else QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    )
    edit.setCalendarPopup(True)
    return edit
