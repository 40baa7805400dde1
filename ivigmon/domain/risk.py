"""The risk rules of SPEC sections 4 and 9: factors with reasons, and the level rule."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ivigmon.domain.age import add_months, age_in_months, completed_years
from ivigmon.domain.codes import (
    COMORBIDITY_NAMES,
    THROMBOSIS_COMORBIDITIES,
    Comorbidity,
    Diagnosis,
    FactorCode,
    RiskLevel,
)
from ivigmon.domain.courses import course_dose_g_per_kg, group_courses
from ivigmon.domain.dosing import volume_ml
from ivigmon.domain.growth import GrowthReference, bmi
from ivigmon.domain.models import Infusion, Patient, RiskAssessment, RiskFactor
from ivigmon.domain.phrases import (
    AND,
    COMMA,
    Join,
    Moment,
    Phrase,
    Phrases,
    Value,
    english,
    fixed,
    joined,
    say,
)
from ivigmon.domain.prior_reactions import prior_reaction
from ivigmon.domain.products import Product
from ivigmon.domain.rate_check import (
    LimitKind,
    RateRules,
    at_risk_codes,
    check_steps,
    label_data_matters,
    no_limits_reason,
    risk_breach_phrase,
    unknown_product,
    without_limits,
)
from ivigmon.domain.reason_names import COMORBIDITY_WORDS, sugar_phrase, word
from ivigmon.domain.replay import infusions_as_of, patient_as_of
from ivigmon.domain.settings import RiskSettings
from ivigmon.domain.timefmt import to_display
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

SOURCES: dict[FactorCode, str] = {
    FactorCode.FIRST_INFUSION: "paper: initiation of treatment",
    FactorCode.LONG_GAP: "paper: delay since the last administration; labels: 8 weeks",
    FactorCode.INFECTION: "paper: infection",
    FactorCode.PRODUCT_CHANGE: "paper and labels: change of immunoglobulin preparation",
    FactorCode.RAPID_RATE: "paper: rapid infusion rate; product labels: rate limits",
    FactorCode.KIDNEY_FAILURE: "paper; boxed warning: renal dysfunction",
    FactorCode.DIABETES: "paper; boxed warning: renal dysfunction",
    FactorCode.OBESITY: "paper; CDC BMI-for-age (>= 95th percentile) or adult BMI >= 30",
    FactorCode.ADVANCED_AGE: "paper; boxed warning: age over 65",
    FactorCode.YOUNG_CHILD: "paper: children under 5 are prone to fluid overload",
    FactorCode.KAWASAKI_CARDIAC: "paper: impaired cardiac function in Kawasaki disease",
    FactorCode.THROMBOSIS_RISK: "boxed warning: thrombosis",
    FactorCode.HEMOLYSIS_RISK: "labels; literature: haemolysis with high doses, non-O groups",
    FactorCode.ANTI_IGA: "labels: anaphylaxis with anti-IgA antibodies",
    FactorCode.PRODUCT_CAUTION: "product labels: stabilisers and age limits",
    FactorCode.PRIOR_REACTION: "labels: hypersensitivity; earlier reactions",
    FactorCode.PRIOR_SEVERE_REACTION: "labels: anaphylaxis; CTCAE v5",
}

ORDER: dict[FactorCode, int] = {code: index for index, code in enumerate(FactorCode)}

MAX_LISTED_STEPS = 3


@dataclass(frozen=True)
class RiskContext:
    """What the rules need besides the record: catalogue, growth table, thresholds."""

    products: Mapping[str, Product]
    growth: GrowthReference
    settings: RiskSettings = field(default_factory=RiskSettings)


@dataclass
class _Findings:
    factors: dict[FactorCode, Phrases] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, code: FactorCode, *phrases: Phrase) -> None:
        self.factors[code] = phrases

    def assessment(self, settings: RiskSettings, subject: str) -> RiskAssessment:
        ordered = sorted(self.factors.items(), key=lambda item: ORDER[item[0]])
        factors = tuple(
            RiskFactor(code, english(phrases), SOURCES[code], phrases) for code, phrases in ordered
        )
        return RiskAssessment(
            level=level_for({code for code, _ in ordered}, settings),
            factors=factors,
            notes=tuple(self.notes),
            subject=subject,
        )


def level_for(codes: set[FactorCode] | frozenset[FactorCode], settings: RiskSettings) -> RiskLevel:
    """High with any high-on-its-own factor or enough factors; elevated with one."""
    if codes & settings.high_codes or len(codes) >= settings.high_min_factors:
        return RiskLevel.HIGH
    if codes:
        return RiskLevel.ELEVATED
    return RiskLevel.STANDARD


def assess_patient(
    patient: Patient, infusions: Sequence[Infusion], at: datetime, ctx: RiskContext
) -> RiskAssessment:
    """The patient now: as if an infusion started at `at`."""
    known = patient_as_of(patient, at)
    started = infusions_as_of(infusions, at)
    earlier = [i for i in started if i.start < at]
    found = _Findings()
    _history_factors(found, known, earlier, at, ctx.settings, relative="ago")
    _patient_factors(found, known, at, indication=None, ctx=ctx)
    # SPEC 9: every infusion started at or before `at` counts, with events up to `at`.
    _prior_reaction(found, started, at, ctx)
    return found.assessment(ctx.settings, subject="patient")


def assess_infusion(
    patient: Patient,
    infusions: Sequence[Infusion],
    infusion_id: str,
    ctx: RiskContext,
    at: datetime | None = None,
) -> RiskAssessment:
    """One infusion: what was known at its start plus its own rate steps (up to `at`)."""
    history = (
        infusions_as_of(infusions, at)
        if at is not None
        else sorted(infusions, key=lambda i: i.order_key)
    )
    target = next((i for i in history if i.id == infusion_id), None)
    if target is None:
        raise KeyError(infusion_id)
    start = target.start
    known = patient_as_of(patient if at is None else patient_as_of(patient, at), start)
    earlier = [i for i in infusions_as_of(history, start) if i.start < start]
    found = _Findings()
    _history_factors(found, known, earlier, start, ctx.settings, relative="before this start")
    _patient_factors(found, known, start, indication=target.indication, ctx=ctx)
    _infusion_factors(found, known, target, earlier, history, ctx)
    # SPEC 9 and 12: strictly earlier infusions, events with onset at or before this start.
    _prior_reaction(found, earlier, start, ctx)
    return found.assessment(ctx.settings, subject="infusion")


def _history_factors(
    found: _Findings,
    patient: Patient,
    earlier: Sequence[Infusion],
    ref: datetime,
    settings: RiskSettings,
    *,
    relative: str,
) -> None:
    """FIRST_INFUSION and LONG_GAP, from recorded infusions and the earlier-IVIG date."""
    candidates: list[tuple[datetime, Phrase]] = []
    if earlier:
        last = max(earlier, key=lambda i: i.order_key)
        ended = last.end if last.end is not None else last.start
        candidates.append(
            (ended, say(QT_TRANSLATE_NOOP("reasons", "last IVIG here ended {time}"), time=ended))
        )
    if patient.prior_ivig_last_date is not None:
        # SPEC 5a: an IVIG date from elsewhere counts as ending at 00:00 of that day.
        elsewhere = datetime.combine(patient.prior_ivig_last_date, datetime.min.time())
        if elsewhere < ref:
            candidates.append(
                (
                    elsewhere,
                    say(
                        QT_TRANSLATE_NOOP("reasons", "last IVIG elsewhere on {date}"),
                        date=patient.prior_ivig_last_date,
                    ),
                )
            )
    if not candidates:
        found.add(
            FactorCode.FIRST_INFUSION,
            word(
                QT_TRANSLATE_NOOP(
                    "reasons", "no earlier infusion recorded and no earlier IVIG date known"
                )
            ),
        )
        return
    ended, what = max(candidates, key=lambda c: c[0])
    gap = ref - ended
    limit = timedelta(days=settings.long_gap_days)
    if gap > limit:
        template = (
            QT_TRANSLATE_NOOP("reasons", "{what}: {duration} ago (> {days} days)")
            if relative == "ago"
            else QT_TRANSLATE_NOOP(
                "reasons", "{what}: {duration} before this start (> {days} days)"
            )
        )
        duration = duration_phrase(gap, precise=gap < limit + timedelta(days=1))
        found.add(
            FactorCode.LONG_GAP,
            say(template, what=what, duration=duration, days=float(settings.long_gap_days)),
        )


def _patient_factors(
    found: _Findings,
    patient: Patient,
    ref: datetime,
    *,
    indication: Diagnosis | None,
    ctx: RiskContext,
) -> None:
    settings = ctx.settings
    comorbid = patient.comorbidities
    if Comorbidity.KIDNEY_FAILURE in comorbid:
        found.add(
            FactorCode.KIDNEY_FAILURE,
            word(QT_TRANSLATE_NOOP("reasons", "comorbidity: kidney failure")),
        )
    if Comorbidity.DIABETES in comorbid:
        found.add(FactorCode.DIABETES, word(QT_TRANSLATE_NOOP("reasons", "comorbidity: diabetes")))
    _obesity(found, patient, ref, ctx.growth, settings)
    years = completed_years(patient.birth_date, ref)
    if years >= settings.advanced_age_years:
        found.add(
            FactorCode.ADVANCED_AGE,
            say(
                QT_TRANSLATE_NOOP("reasons", "age {years} y (>= {limit})"),
                years=years,
                limit=settings.advanced_age_years,
            ),
        )
    if years < settings.young_child_years:
        found.add(
            FactorCode.YOUNG_CHILD,
            say(
                QT_TRANSLATE_NOOP("reasons", "age {years} y (< {limit}): prone to fluid overload"),
                years=years,
                limit=settings.young_child_years,
            ),
        )
    # SPEC 9: an infusion's indication, or (patient assessment) the primary diagnosis; a Kawasaki
    # disease of years ago that is no longer primary does not count.
    kawasaki: list[Phrase] = []
    if indication is Diagnosis.KD:
        kawasaki.append(word(QT_TRANSLATE_NOOP("reasons", "indication Kawasaki disease")))
    elif indication is None and patient.primary_diagnosis is Diagnosis.KD:
        kawasaki.append(word(QT_TRANSLATE_NOOP("reasons", "primary diagnosis Kawasaki disease")))
    if Comorbidity.CARDIAC_IMPAIRMENT in comorbid:
        kawasaki.append(word(QT_TRANSLATE_NOOP("reasons", "comorbidity: cardiac impairment")))
    if kawasaki:
        found.add(FactorCode.KAWASAKI_CARDIAC, *kawasaki)
    thrombosis = sorted(comorbid & THROMBOSIS_COMORBIDITIES, key=lambda c: COMORBIDITY_NAMES[c])
    if thrombosis:
        found.add(
            FactorCode.THROMBOSIS_RISK,
            say(
                QT_TRANSLATE_NOOP("reasons", "comorbidity: {names}"),
                names=joined(COMMA, [word(COMORBIDITY_WORDS[c]) for c in thrombosis]),
            ),
        )
    if Comorbidity.ANTI_IGA in comorbid:
        found.add(
            FactorCode.ANTI_IGA,
            word(QT_TRANSLATE_NOOP("reasons", "IgA deficiency with anti-IgA antibodies")),
        )


def _obesity(
    found: _Findings,
    patient: Patient,
    ref: datetime,
    growth: GrowthReference,
    settings: RiskSettings,
) -> None:
    years = completed_years(patient.birth_date, ref)
    if years < 2:
        found.notes.append("OBESITY not assessed: under 2 years (no BMI-for-age reference)")
        return
    weights = [m for m in patient.measurements if m.weight_kg is not None and m.at <= ref]
    heights = [m for m in patient.measurements if m.height_cm is not None and m.at <= ref]
    if not weights or not heights:
        missing = "weight" if not weights else "height"
        found.notes.append(f"OBESITY not assessed: no measured {missing} recorded")
        return
    weight = max(weights, key=lambda m: m.at)
    height = max(heights, key=lambda m: m.at)
    assert weight.weight_kg is not None and height.height_cm is not None
    if years < 18 and add_months(height.at, settings.height_valid_months) < ref:
        found.notes.append(
            f"OBESITY not assessed: latest height ({to_display(height.at)}) is older than "
            f"{settings.height_valid_months} months"
        )
        return
    value = bmi(weight.weight_kg, height.height_cm)
    if years >= 20:
        if round(value, 6) >= settings.adult_obesity_bmi:
            found.add(
                FactorCode.OBESITY,
                say(
                    QT_TRANSLATE_NOOP("reasons", "BMI {bmi} kg/m² (>= {limit})"),
                    bmi=fixed(value, 1),
                    limit=float(settings.adult_obesity_bmi),
                ),
            )
        return
    # SPEC 4: every child of 2 completed years is assessed, but on a 2nd birthday the decimal age
    # (days / 30.4375) can be 23.98 months, just below the table's first row (24.0): use that row.
    months = max(age_in_months(patient.birth_date, ref), growth.age_range(patient.sex)[0])
    percentile = growth.percentile(patient.sex, months, value)
    if percentile is None:
        found.notes.append("OBESITY not assessed: age outside the CDC BMI-for-age table")
        return
    if round(percentile, 6) >= settings.obesity_percentile:
        found.add(
            FactorCode.OBESITY,
            say(
                QT_TRANSLATE_NOOP(
                    "reasons", "BMI {bmi} kg/m²: BMI-for-age percentile {percentile} (>= {limit})"
                ),
                bmi=fixed(value, 1),
                percentile=fixed(percentile, 1),
                limit=float(settings.obesity_percentile),
            ),
        )


def _infusion_factors(
    found: _Findings,
    patient: Patient,
    target: Infusion,
    earlier: Sequence[Infusion],
    history: Sequence[Infusion],
    ctx: RiskContext,
) -> None:
    settings = ctx.settings
    product = ctx.products.get(target.product_id)
    _infection(found, target, settings)
    if earlier:
        previous = max(earlier, key=lambda i: i.order_key)
        if previous.product_id != target.product_id:
            found.add(
                FactorCode.PRODUCT_CHANGE,
                say(
                    QT_TRANSLATE_NOOP("reasons", "previous infusion ({time}) was {previous}"),
                    time=previous.start,
                    previous=_product_name(ctx, previous.product_id),
                ),
                say(
                    QT_TRANSLATE_NOOP("reasons", "this one is {product}"),
                    product=_product_name(ctx, target.product_id),
                ),
            )
    if product is None:
        # Nothing is known of it but its id: the ward ceiling still holds (SPEC 11.2).
        _rapid_rate(found, target, unknown_product(target.product_id), settings)
    else:
        _rapid_rate(found, target, product, settings)
        _product_caution(found, patient, target, product)
    if FactorCode.YOUNG_CHILD in found.factors and product is not None:
        volume = volume_ml(target.dose_g, product.concentration_mg_per_ml)
        found.factors[FactorCode.YOUNG_CHILD] += (
            say(
                QT_TRANSLATE_NOOP("reasons", "this infusion is {volume} mL ({per_kg} mL/kg)"),
                volume=fixed(volume, 0),
                per_kg=fixed(volume / target.dosing_weight_kg, 1),
            ),
        )
    _hemolysis(found, patient, target, history, settings)


def _infection(found: _Findings, target: Infusion, settings: RiskSettings) -> None:
    reasons: list[Phrase] = []
    if target.active_infection:
        reasons.append(word(QT_TRANSLATE_NOOP("reasons", "active infection recorded")))
    fevers = [
        v
        for v in target.vitals
        if v.at <= target.start and v.temp_c is not None and v.temp_c >= settings.fever_c
    ]
    hottest = max(fevers, key=lambda v: (v.temp_c or 0.0, v.at)) if fevers else None
    if hottest is not None and target.indication is Diagnosis.KD:
        # SPEC 9: fever is a diagnostic criterion of Kawasaki disease (AHA 2017), not a sign of
        # infection; an active infection ticked still counts.
        same_day = hottest.at.date() == target.start.date()
        when = hottest.at.strftime("%H:%M") if same_day else to_display(hottest.at)
        found.notes.append(
            f"fever {hottest.temp_c:.1f} °C at {when} not counted as infection: Kawasaki disease"
        )
    elif hottest is not None:
        reasons.append(
            say(
                QT_TRANSLATE_NOOP(
                    "reasons", "temperature {temp} °C at {time} before the start (>= {limit} °C)"
                ),
                temp=fixed(hottest.temp_c or 0.0, 1),
                time=hottest.at,
                limit=fixed(settings.fever_c, 1),
            )
        )
    if reasons:
        found.add(FactorCode.INFECTION, *reasons)


def _rapid_rate(
    found: _Findings, target: Infusion, product: Product, settings: RiskSettings
) -> None:
    rules = RateRules(
        product=product,
        indication=target.indication.value,
        weight_kg=target.dosing_weight_kg,
        at_risk_codes=at_risk_codes(found.factors),
        tolerance_pct=settings.rate_tolerance_pct,
        ceiling_ml_per_h=settings.max_pump_ml_per_h,
    )
    if not product.has_rate_limits:
        # The ward ceiling (and an interval in force) is still checked: SPEC 11.2.
        found.notes.append(f"RAPID_RATE {without_limits(rules)} ({no_limits_reason(product)})")
    elif label_data_matters(product):
        found.notes.append(
            f"{product.name}: label rates are {product.label_data}"
            + (f" ({product.label_note})" if product.label_note else "")
        )
    problems: list[Phrase] = []
    for step in check_steps(rules, target.rate_steps):
        if step.breach is None:
            continue
        first = step.breach.kind is LimitKind.INITIAL
        rates: dict[str, Value] = {
            "time": Moment(step.at),
            "pump": float(step.ml_per_h),
            "per_kg": fixed(step.rate.ml_per_kg_h, 2),
            "breach": risk_breach_phrase(step.breach),
        }
        if math.isfinite(step.rate.mg_per_kg_min):  # unknown for a product not in the catalogue
            template = (
                QT_TRANSLATE_NOOP(
                    "reasons",
                    "first step {time}: {pump} mL/h = {per_kg} mL/kg/h = {mg} mg/kg/min, {breach}",
                )
                if first
                else QT_TRANSLATE_NOOP(
                    "reasons", "{time}: {pump} mL/h = {per_kg} mL/kg/h = {mg} mg/kg/min, {breach}"
                )
            )
            problems.append(say(template, mg=fixed(step.rate.mg_per_kg_min, 2), **rates))
        else:
            template = (
                QT_TRANSLATE_NOOP(
                    "reasons", "first step {time}: {pump} mL/h = {per_kg} mL/kg/h, {breach}"
                )
                if first
                else QT_TRANSLATE_NOOP(
                    "reasons", "{time}: {pump} mL/h = {per_kg} mL/kg/h, {breach}"
                )
            )
            problems.append(say(template, **rates))
    if problems:
        extra = len(problems) - MAX_LISTED_STEPS
        listed = [
            say(
                QT_TRANSLATE_NOOP("reasons", "{product} step {step}"),
                product=product.name,
                step=problems[0],
            ),
            *problems[1:MAX_LISTED_STEPS],
        ]
        if extra > 0:
            listed.append(more_steps(extra))
        found.add(FactorCode.RAPID_RATE, *listed)


def _product_caution(
    found: _Findings, patient: Patient, target: Infusion, product: Product
) -> None:
    reasons: list[Phrase] = []
    sugar = product.sugar.strip().lower()
    if product.is_sugar_stabilised:
        renal = [
            word(COMORBIDITY_WORDS[c])
            for c in (Comorbidity.KIDNEY_FAILURE, Comorbidity.DIABETES)
            if c in patient.comorbidities
        ]
        if renal:
            reasons.append(
                say(
                    QT_TRANSLATE_NOOP(
                        "reasons", "{product} contains {sugar} and the patient has {conditions}"
                    ),
                    product=product.name,
                    sugar=sugar_phrase(sugar),
                    conditions=joined(AND, renal),
                )
            )
    if product.min_age_years is not None:
        years = completed_years(patient.birth_date, target.start)
        if years < product.min_age_years:
            reasons.append(
                say(
                    QT_TRANSLATE_NOOP(
                        "reasons", "{product} is not advised under {limit} y (age {years} y)"
                    ),
                    product=product.name,
                    limit=float(product.min_age_years),
                    years=years,
                )
            )
    if sugar == "sorbitol" and Comorbidity.FRUCTOSE_INTOLERANCE in patient.comorbidities:
        reasons.append(
            say(
                QT_TRANSLATE_NOOP(
                    "reasons",
                    "{product} contains sorbitol and the patient has fructose intolerance",
                ),
                product=product.name,
            )
        )
    if sugar == "maltose":
        found.notes.append(
            f"{product.name} contains maltose: GDH-PQQ glucose meters read falsely high during "
            "and about 15 h after the infusion"
        )
    if reasons:
        found.add(FactorCode.PRODUCT_CAUTION, *reasons)


def _hemolysis(
    found: _Findings,
    patient: Patient,
    target: Infusion,
    history: Sequence[Infusion],
    settings: RiskSettings,
) -> None:
    if not patient.blood_group:
        found.notes.append("HEMOLYSIS_RISK not assessed: blood group unknown")
        return
    abo = patient.blood_group.rstrip("+-").strip().upper()
    if abo not in ("A", "B", "AB"):
        return
    upto = [i for i in history if i.order_key <= target.order_key]
    courses = group_courses(upto, settings.course_window_h)
    # By id: comparing whole infusions field by field is slow and says nothing more.
    course = next(c for c in courses if any(i.id == target.id for i in c.infusions))
    dose = course_dose_g_per_kg(course, up_to_id=target.id)
    if round(dose, 6) >= settings.hemolysis_course_g_per_kg:
        found.add(
            FactorCode.HEMOLYSIS_RISK,
            say(
                QT_TRANSLATE_NOOP(
                    "reasons", "blood group {group} and course dose {dose} g/kg (>= {limit})"
                ),
                group=patient.blood_group,
                dose=fixed(dose, 2),
                limit=float(settings.hemolysis_course_g_per_kg),
            ),
        )


def _prior_reaction(
    found: _Findings, infusions: Sequence[Infusion], reference: datetime, ctx: RiskContext
) -> None:
    prior = prior_reaction(infusions, reference, ctx.products)
    if prior is not None:
        found.add(prior.code, *prior.phrases)


def _product_name(ctx: RiskContext, product_id: str) -> str:
    product = ctx.products.get(product_id)
    return product.name if product is not None else product_id


# The steps above a limit that a RAPID_RATE reason does not list, one template per English
# plural form (the screens say them with the plural forms of their language).
MORE_STEP = QT_TRANSLATE_NOOP("reasons", "and {count} more step")
MORE_STEPS = QT_TRANSLATE_NOOP("reasons", "and {count} more steps")


def more_steps(extra: int) -> Phrase:
    """`and 1 more step`, `and 2 more steps` (the steps above a limit not listed)."""
    return say(MORE_STEP if extra == 1 else MORE_STEPS, count=extra)


def duration_phrase(span: timedelta, *, precise: bool = True) -> Phrase | Join:
    """`format_duration` as a phrase, each unit a phrase of its own."""
    total_minutes = int(span.total_seconds() // 60)
    days, rest = divmod(total_minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if not precise and days >= 2:
        return _days(days)
    parts: list[Phrase] = []
    if days:
        parts.append(_days(days))
    if hours:
        parts.append(say(QT_TRANSLATE_NOOP("reasons", "{hours} h"), hours=hours))
    if minutes or not parts:
        parts.append(say(QT_TRANSLATE_NOOP("reasons", "{minutes} min"), minutes=minutes))
    return parts[0] if len(parts) == 1 else joined(" ", parts)


def _days(days: int) -> Phrase:
    if days == 1:
        return say(QT_TRANSLATE_NOOP("reasons", "{days} day"), days=days)
    return say(QT_TRANSLATE_NOOP("reasons", "{days} days"), days=days)


def format_duration(span: timedelta, *, precise: bool = True) -> str:
    """`63 days`, `56 days 1 h`, `56 days 30 min`: whole units, zeros left out.

    Not `precise`: whole days only once the span is two days or more.
    """
    total_minutes = int(span.total_seconds() // 60)
    days, rest = divmod(total_minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if not precise and days >= 2:
        return f"{days} days"
    parts = []
    if days:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    if hours:
        parts.append(f"{hours} h")
    if minutes or not parts:
        parts.append(f"{minutes} min")
    return " ".join(parts)
