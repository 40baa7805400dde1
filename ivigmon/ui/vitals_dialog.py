"""Adding a set of vital signs to an infusion (saved at once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ivigmon.domain.validation import ValidationError, infusion_record
from ivigmon.services import infusions
from ivigmon.services.context import Context
from ivigmon.ui.bedside_entries import VitalsEntry
from ivigmon.ui.entry_dialog import EntryDialog
from ivigmon.ui.events import DataEvents


class VitalSignsDialog(EntryDialog):
    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        infusion_id: str,
        *,
        mrn: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            events,
            infusion_id,
            mrn=mrn,
            title="Vital signs",
            save_text="Save vital signs",
            parent=parent,
        )
        self.entry = VitalsEntry()
        self.entry.register(self.fields)
        self.body.addWidget(self.entry)
        self.setMinimumWidth(620)
        self.finish()
        self.entry.at.setFocus()

    def prepare(self) -> Callable[[], object]:
        record = f"{infusion_record(self.infusion_id)} vital signs"
        vitals = self.entry.read(record, now=self.ctx.now())
        if vitals is None:
            raise ValidationError(record, "temp_c", "type at least one reading")
        return lambda: infusions.add_vital_signs(self.ctx, self.infusion_id, vitals)
