"""Past-tense signals that pages connect to, so every screen refreshes when data changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """One per application; each signal carries the MRN or infusion id that changed."""

    patient_saved = Signal(str)  # MRN
    infusion_logged = Signal(str)  # infusion id: started, or a step, vital sign or reaction added
    infusion_ended = Signal(str)  # infusion id; its checks are now scheduled
    check_recorded = Signal(str, int)  # infusion id, offset in hours

    def connect_any(self, slot: Callable[..., None]) -> None:
        """Call `slot(*args)` after any change (a bound method: disconnected with its owner)."""
        self.patient_saved.connect(slot)
        self.infusion_logged.connect(slot)
        self.infusion_ended.connect(slot)
        self.check_recorded.connect(slot)
