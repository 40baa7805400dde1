"""Past-tense signals that pages connect to, so every screen refreshes when data changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """One per application; data signals carry the MRN or infusion id that changed."""

    patient_saved = Signal(str)  # MRN
    infusion_logged = Signal(str)  # infusion id: started, or a step, vital sign or reaction added
    infusion_ended = Signal(str)  # infusion id; its checks are now scheduled
    check_recorded = Signal(str, int)  # infusion id, offset in hours
    entry_amended = Signal(str)  # MRN: an entry marked entered in error, or a check reopened
    settings_changed = Signal()  # thresholds or timings: every assessment may change
    user_signed_in = Signal(str)  # user name: another user took over (permissions changed)

    def connect_any(self, slot: Callable[..., None]) -> None:
        """Call `slot(*args)` after any change (a bound method: disconnected with its owner)."""
        self.patient_saved.connect(slot)
        self.infusion_logged.connect(slot)
        self.infusion_ended.connect(slot)
        self.check_recorded.connect(slot)
        self.entry_amended.connect(slot)
        self.settings_changed.connect(slot)
