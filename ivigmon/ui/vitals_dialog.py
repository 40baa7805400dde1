"""Adding a set of vital signs to an infusion (saved at once), each sign's level shown as typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ivigmon.domain.models import Infusion, Patient
from ivigmon.domain.validation import ValidationError, infusion_record
from ivigmon.services import infusions
from ivigmon.services.context import Context
from ivigmon.services.vital_entry import typed_levels
from ivigmon.ui.bedside_entries import VitalsEntry
from ivigmon.ui.entry_dialog import EntryDialog
from ivigmon.ui.events import DataEvents
from ivigmon.ui.vital_levels_panel import VitalLevelsPanel


class VitalSignsDialog(EntryDialog):
    """Alarming but possible readings are shown with their level and saved; impossible ones are
    refused by name."""

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        infusion_id: str,
        *,
        mrn: str,
        patient: Patient | None = None,
        infusion: Infusion | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            events,
            infusion_id,
            mrn=mrn,
            title=QCoreApplication.translate("VitalSignsDialog", "Vital signs"),
            save_text=QCoreApplication.translate("VitalSignsDialog", "Save vital signs"),
            parent=parent,
        )
        self.patient = patient
        self.infusion = infusion
        self.entry = VitalsEntry()
        self.entry.register(self.fields)
        self.body.addWidget(self.entry)
        self.levels = VitalLevelsPanel()
        self.body.addWidget(self.levels)
        self.entry.at.textChanged.connect(self.update_levels)
        for edit in self.entry.edits.values():
            edit.textChanged.connect(self.update_levels)
        self.setMinimumWidth(620)
        self.finish()
        # The readings are typed first: a blank time is now, the usual case (Shift+Tab or
        # Alt+T reaches the time of a set taken earlier).
        self.entry.edits["temp_c"].setFocus()

    def update_levels(self, *_: object) -> None:
        """Each typed sign's level against the infusion's baseline, before anything is saved."""
        record = f"{infusion_record(self.infusion_id)} vital signs"
        typed, problems = self.entry.typed(record, now=self.ctx.now())
        if self.patient is None or self.infusion is None or typed is None:
            self.levels.show_levels(None, problems, labels=self.fields.labels)
            return
        levels = typed_levels(self.patient, self.infusion, typed)
        self.levels.show_levels(
            levels, problems, baseline=levels is None, labels=self.fields.labels
        )

    def prepare(self) -> Callable[[], object]:
        record = f"{infusion_record(self.infusion_id)} vital signs"
        vitals = self.entry.read(record, now=self.ctx.now())
        if vitals is None:
            raise ValidationError(record, "temp_c", self.tr("type at least one reading"))
        return lambda: infusions.add_vital_signs(self.ctx, self.infusion_id, vitals)
