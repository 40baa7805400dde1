"""Past-tense signals that pages connect to, so every screen refreshes when data changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """One per application; data signals carry the MRN of the patient whose record changed
    first, so that a page refreshes only what shows that patient."""

    patient_saved = Signal(str)  # MRN
    # MRN, infusion id: started, or a step, vital sign or reaction added
    infusion_logged = Signal(str, str)
    infusion_ended = Signal(str, str)  # MRN, infusion id; its checks are now scheduled
    check_recorded = Signal(str, str, int)  # MRN, infusion id, offset in hours
    entry_amended = Signal(str)  # MRN: an entry marked entered in error, or a check reopened
    alert_reviewed = Signal(str)  # MRN: a nurse reviewed one of the patient's alerts
    settings_changed = Signal()  # thresholds or timings: every assessment may change
    # Another workstation changed records on the ward server (which patient is not said).
    changed_elsewhere = Signal()
    user_signed_in = Signal(str)  # user name: another user took over (permissions changed)

    def connect_any(self, slot: Callable[..., None]) -> None:
        """Call `slot(mrn, ...)` after any change to a patient's record and `slot()` after a
        settings change or a change made elsewhere (a bound method: disconnected with its
        owner)."""
        self.patient_saved.connect(slot)
        self.infusion_logged.connect(slot)
        self.infusion_ended.connect(slot)
        self.check_recorded.connect(slot)
        self.entry_amended.connect(slot)
        self.alert_reviewed.connect(slot)
        self.settings_changed.connect(slot)
        self.changed_elsewhere.connect(slot)
