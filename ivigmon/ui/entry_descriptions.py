"""How a bedside entry is named when it is marked entered in error: its id and one line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ivigmon.domain.models import AdverseEvent, Premedication, RateStep, VitalSigns
from ivigmon.ui.wording import decimal, number, term_text, when

# Each function returns (id, description); an unsaved entry has no id and is given 0.


def rate_step_entry(step: RateStep) -> tuple[int, str]:
    rate = (
        QCoreApplication.translate("entry_descriptions", "pause (0 mL/h)")
        if step.ml_per_h == 0
        else QCoreApplication.translate("entry_descriptions", "{rate} mL/h").format(
            rate=number(step.ml_per_h, 1)
        )
    )
    return step.id or 0, QCoreApplication.translate(
        "entry_descriptions", "Rate step at {time}: {rate}"
    ).format(time=when(step.at), rate=rate)


def vitals_entry(v: VitalSigns) -> tuple[int, str]:
    parts = [
        QCoreApplication.translate("entry_descriptions", "temperature {value} °C").format(
            value=decimal(f"{v.temp_c:.1f}")
        )
        if v.temp_c is not None
        else "",
        QCoreApplication.translate("entry_descriptions", "HR {value}").format(value=v.hr)
        if v.hr is not None
        else "",
        QCoreApplication.translate("entry_descriptions", "BP {systolic}/{diastolic}").format(
            systolic=v.sbp or "-", diastolic=v.dbp or "-"
        )
        if v.sbp is not None or v.dbp is not None
        else "",
        QCoreApplication.translate("entry_descriptions", "RR {value}").format(value=v.rr)
        if v.rr is not None
        else "",
        f"SpO2 {v.spo2} %" if v.spo2 is not None else "",
    ]
    readings = ", ".join(p for p in parts if p)
    return v.id or 0, QCoreApplication.translate(
        "entry_descriptions", "Vital signs at {time}: {readings}"
    ).format(time=when(v.at), readings=readings)


def premedication_entry(p: Premedication) -> tuple[int, str]:
    given = " ".join(part for part in (p.drug, p.dose, p.route) if part)
    return p.id or 0, QCoreApplication.translate(
        "entry_descriptions", "Premedication at {time}: {given}"
    ).format(time=when(p.at), given=given)


def reaction_entry(e: AdverseEvent) -> tuple[int, str]:
    return e.id or 0, QCoreApplication.translate(
        "entry_descriptions", "Reaction at {time}: {term}, grade {grade}"
    ).format(time=when(e.onset), term=term_text(e.term), grade=e.grade)
