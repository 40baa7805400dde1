"""Ending an infusion: the end time, and the follow-up checks that it schedules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ivigmon.domain.models import Check
from ivigmon.domain.time_entry import parse_moment
from ivigmon.domain.validation import infusion_record
from ivigmon.services import infusions
from ivigmon.services.bedside import BedsideState, progress_at
from ivigmon.services.context import Context
from ivigmon.ui.entry_dialog import EntryDialog
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.events import DataEvents
from ivigmon.ui.labels import figures_label, muted_label
from ivigmon.ui.wording import ended_progress_text


class EndInfusionDialog(EntryDialog):
    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        infusion_id: str,
        *,
        mrn: str,
        state: BedsideState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            events,
            infusion_id,
            mrn=mrn,
            title=QCoreApplication.translate("EndInfusionDialog", "End the infusion"),
            save_text=QCoreApplication.translate("EndInfusionDialog", "End infusion"),
            parent=parent,
        )
        self.scheduled: list[Check] = []
        self.state = state
        offsets = ", ".join(f"{o} h" for o in ctx.check_settings().offsets_h)
        self.body.addWidget(
            muted_label(
                self.tr(
                    "Follow-up checks are scheduled at the end time + {offsets}. "
                    "Rate steps can no longer be added once the infusion has ended; "
                    "vital signs and reactions still can."
                ).format(offsets=offsets)
            )
        )
        form = QFormLayout()
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("now - or 19:30"))
        form.addRow(self.tr("&End time"), self.end)
        self.body.addLayout(form)
        self.fields.add("end", self.end, self.tr("End time"))
        # What the recorded rates gave by this end time: information, never a reason to refuse.
        self.given = figures_label()
        self.given.setObjectName("endGiven")
        self.body.addWidget(self.given)
        self.end.textChanged.connect(self.update_given)
        self.update_given()
        self.setMinimumWidth(520)
        self.finish()
        self.end.setFocus()

    def update_given(self, *_: object) -> None:
        state = self.state
        try:
            end = parse_moment("end", "end", self.end.text(), now=self.ctx.now())
        except EXPECTED_ERRORS:
            end = None
        if state is None or end is None:
            self.given.setText("")
            self.given.setVisible(False)
            return
        ended = replace(state.infusion, end=end)
        progress = progress_at(ended, state.dose, self.ctx.now())
        if progress is None:
            self.given.setVisible(False)
            return
        self.given.setText(ended_progress_text(progress, self.tr("By this end time:")))
        self.given.setVisible(True)

    def prepare(self) -> Callable[[], object]:
        record = infusion_record(self.infusion_id)
        end = parse_moment(record, "end", self.end.text(), now=self.ctx.now())
        return lambda: infusions.end_infusion(self.ctx, self.infusion_id, end=end)

    def committed(self, result: object) -> None:
        assert isinstance(result, list)
        self.scheduled = result

    def announce(self) -> None:
        self.events.infusion_ended.emit(self.mrn, self.infusion_id)
