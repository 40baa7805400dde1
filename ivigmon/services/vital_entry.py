"""The level of each sign of a vital-sign entry as it is typed at the bedside (SPEC 10.3)."""

from __future__ import annotations

from ivigmon.domain.models import Infusion, Patient, VitalSigns
from ivigmon.domain.vital_levels import VitalSignLevels, entry_levels
from ivigmon.storage.reference_files import vital_sign_limits


def typed_levels(
    patient: Patient, infusion: Infusion, record: VitalSigns
) -> VitalSignLevels | None:
    """Each typed sign's level, limit and source against the infusion's baseline and the
    patient's age at its start; None for a record at or before the start, which is baseline
    and is not itself compared (SPEC 12)."""
    if record.at <= infusion.start:
        return None
    return entry_levels(patient, infusion, record, vital_sign_limits())
