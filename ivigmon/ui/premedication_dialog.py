"""Adding a premedication to an infusion (saved at once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ivigmon.domain.validation import ValidationError, infusion_record
from ivigmon.services import infusions
from ivigmon.services.context import Context
from ivigmon.ui.bedside_entries import PremedicationEntry
from ivigmon.ui.entry_dialog import EntryDialog
from ivigmon.ui.events import DataEvents
from ivigmon.ui.labels import muted_label


class PremedicationDialog(EntryDialog):
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
            title=QCoreApplication.translate("PremedicationDialog", "Premedication"),
            save_text=QCoreApplication.translate("PremedicationDialog", "Save premedication"),
            parent=parent,
        )
        self.body.addWidget(
            muted_label(
                self.tr("Time (blank = now), drug (the class fills in for common drugs), dose.")
            )
        )
        self.entry = PremedicationEntry()
        self.entry.register(self.fields)
        self.body.addWidget(self.entry)
        self.setMinimumWidth(720)
        self.finish()
        self.entry.at.setFocus()

    def prepare(self) -> Callable[[], object]:
        record = f"{infusion_record(self.infusion_id)} premedication"
        premed = self.entry.read(record, now=self.ctx.now())
        if premed is None:
            raise ValidationError(record, "drug", self.tr("type the drug given"))
        return lambda: infusions.add_premedication(self.ctx, self.infusion_id, premed)
