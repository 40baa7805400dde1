"""Clinical thresholds, check timings and alert timings, with the defaults of SPEC 4, 5, 9, 10."""

from __future__ import annotations

from dataclasses import dataclass, field

from ivigmon.domain.codes import FactorCode

# Factors that make an assessment high on their own (SPEC section 4 level rule, as SPEC 9 amends
# it: a prior severe reaction or anaphylaxis is high on its own).
DEFAULT_HIGH_CODES: frozenset[FactorCode] = frozenset(
    {
        FactorCode.KIDNEY_FAILURE,
        FactorCode.KAWASAKI_CARDIAC,
        FactorCode.RAPID_RATE,
        FactorCode.ANTI_IGA,
        FactorCode.PRODUCT_CAUTION,
        FactorCode.PRIOR_SEVERE_REACTION,
    }
)


@dataclass(frozen=True)
class RiskSettings:
    """Risk thresholds; each default cites its source."""

    # Paper ("delay since the last administration"); labels: more than 8 weeks since the last dose.
    long_gap_days: float = 56.0
    # Paper (infection); fever is 38.0 C or more.
    fever_c: float = 38.0
    # Boxed warning: renal dysfunction risk in patients over 65.
    advanced_age_years: int = 65
    # Paper: children under 5 years are prone to fluid overload.
    young_child_years: int = 5
    # Labels and literature: haemolysis with high doses (>= 2 g/kg) in blood groups A, B, AB.
    hemolysis_course_g_per_kg: float = 2.0
    # SPEC section 4: "above" a label rate means more than 1 % over, after unit conversion.
    rate_tolerance_pct: float = 1.0
    # SPEC 11.2, the ward ceiling: no pump rate above this, whatever the product (RCH Melbourne
    # IVIg guideline: "Maximum of 240 ml/hr" for every product and presentation).
    max_pump_ml_per_h: float = 240.0
    # CDC: obesity in children 2-19 y is BMI-for-age >= 95th percentile; adults BMI >= 30.
    obesity_percentile: float = 95.0
    adult_obesity_bmi: float = 30.0
    # SPEC 5a: a child's height older than 12 months is too old for BMI.
    height_valid_months: int = 12
    # SPEC section 2: infusions whose starts lie within 5 days (120 h) form one course.
    course_window_h: float = 120.0
    # SPEC section 4, level rule.
    high_codes: frozenset[FactorCode] = field(default=DEFAULT_HIGH_CODES)
    high_min_factors: int = 2


@dataclass(frozen=True)
class CheckSettings:
    """Follow-up timings (SPEC section 5): most IVIG reactions appear 24-72 h after the dose."""

    offsets_h: tuple[int, ...] = (24, 48, 72)
    lead_h: float = 4.0
    grace_h: float = 8.0


@dataclass(frozen=True)
class AlertSettings:
    """Alert timings (SPEC 10.2), kept apart from the check timings: a ward changes them alone.

    Stored like the other settings, one key per field (for example `alerts.max_running_h`).
    """

    # SPEC 10.2: an IVIG infusion runs for hours (a 2 g/kg dose at the label's maximum rate well
    # under 12 h); one "running" for more than 24 h is almost always an end nobody recorded.
    max_running_h: float = 24.0


# The range a ward may set `max_running_h` to, in whole hours. The longest planned IVIG
# infusion is about 12 h (Kawasaki disease: 2 g/kg over 10-12 h, AHA 2017), and pauses for a
# reaction add a few hours: less than 16 h would alert on infusions still running as planned.
# More than 72 h (a long weekend of handovers) would leave a forgotten end unnoticed too long.
MAX_RUNNING_H_RANGE: tuple[int, int] = (16, 72)


# The range a ward may set the ceiling `max_pump_ml_per_h` to. Below 20 mL/h it would flag a
# newborn's label maximum (3 kg at 8 mg/kg/min of a 10 % product is 14.4 mL/h); above 1,000 mL/h
# it limits nothing a label allows (the fastest, Panzyga at 14 mg/kg/min, is 840 mL/h at 100 kg).
MAX_PUMP_ML_PER_H_RANGE: tuple[float, float] = (20.0, 1000.0)
