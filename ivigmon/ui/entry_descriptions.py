"""How a bedside entry is named when it is marked entered in error: its id and one line."""

from __future__ import annotations

from ivigmon.domain.models import AdverseEvent, Premedication, RateStep, VitalSigns
from ivigmon.ui.wording import number, term_text, when

# Each function returns (id, description); an unsaved entry has no id and is given 0.


def rate_step_entry(step: RateStep) -> tuple[int, str]:
    rate = "pause (0 mL/h)" if step.ml_per_h == 0 else f"{number(step.ml_per_h, 1)} mL/h"
    return step.id or 0, f"Rate step at {when(step.at)}: {rate}"


def vitals_entry(v: VitalSigns) -> tuple[int, str]:
    parts = [
        f"temperature {v.temp_c:.1f} °C" if v.temp_c is not None else "",
        f"HR {v.hr}" if v.hr is not None else "",
        f"BP {v.sbp or '-'}/{v.dbp or '-'}" if v.sbp is not None or v.dbp is not None else "",
        f"RR {v.rr}" if v.rr is not None else "",
        f"SpO2 {v.spo2} %" if v.spo2 is not None else "",
    ]
    readings = ", ".join(p for p in parts if p)
    return v.id or 0, f"Vital signs at {when(v.at)}: {readings}"


def premedication_entry(p: Premedication) -> tuple[int, str]:
    given = " ".join(part for part in (p.drug, p.dose, p.route) if part)
    return p.id or 0, f"Premedication at {when(p.at)}: {given}"


def reaction_entry(e: AdverseEvent) -> tuple[int, str]:
    return e.id or 0, f"Reaction at {when(e.onset)}: {term_text(e.term)}, grade {e.grade}"
