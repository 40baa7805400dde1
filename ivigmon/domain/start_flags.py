"""The flags a new infusion raises before it starts or as it is imported: course dose, an old
weight, a prior severe reaction (the per-infusion flags are `record_validation.infusion_flags`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from ivigmon.domain.age import completed_years
from ivigmon.domain.codes import FactorCode
from ivigmon.domain.courses import course_dose_g_per_kg, course_of, group_courses
from ivigmon.domain.models import Infusion, Patient, RiskAssessment
from ivigmon.domain.numbers import fmt
from ivigmon.domain.phrase import Phrase
from ivigmon.domain.record_validation import FLAG_DOSE_G_PER_KG, latest_weight
from ivigmon.domain.timefmt import to_display
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import Flag, infusion_record

# Under 18 years a weight changes fast enough that an old one cannot stand for today's.
CHILD_UNTIL_YEARS = 18

# The field names of the flags made here (the others name the infusion's own fields).
COURSE_DOSE = "course_dose"
WEIGHT_AGE = "weight_age"
PRIOR_SEVERE = "prior_severe_reaction"


def weight_age_days(measured_at: datetime, now: datetime) -> int:
    """Whole days since the weight was measured."""
    return max(0, (now - measured_at).days)


def is_stale_weight(
    patient: Patient, measured_at: datetime, *, now: datetime, max_age_days: int
) -> bool:
    """A child's weight measured more than `max_age_days` ago is too old to dose by."""
    if completed_years(patient.birth_date, now) >= CHILD_UNTIL_YEARS:
        return False
    return weight_age_days(measured_at, now) > max_age_days


def stale_weight_flag(
    patient: Patient, infusion: Infusion, *, now: datetime, max_age_days: int
) -> Flag | None:
    """A child dosed without a weight measured within `max_age_days` of now."""
    if completed_years(patient.birth_date, now) >= CHILD_UNTIL_YEARS:
        return None
    record = infusion_record(infusion.id)
    measured = latest_weight(patient.measurements, now)
    if measured is None:
        return Flag(
            record,
            WEIGHT_AGE,
            _phrase(
                QT_TRANSLATE_NOOP(
                    "start_flags",
                    "no weight of this child is recorded; weigh the child and record the weight",
                )
            ),
        )
    at, kg = measured
    days = weight_age_days(at, now)
    if days <= max_age_days:
        return None
    return Flag(
        record,
        WEIGHT_AGE,
        _phrase(
            QT_TRANSLATE_NOOP(
                "start_flags",
                "the latest weight ({kg} kg on {at}) is {days} days old, more than"
                " the ward's {max_days} days; weigh the child",
            ),
            kg=fmt(kg),
            at=to_display(at),
            days=str(days),
            max_days=str(max_age_days),
        ),
    )


def course_dose_flag(
    earlier: Sequence[Infusion], infusion: Infusion, *, window_h: float
) -> Flag | None:
    """SPEC 11.3: the course this infusion joins would hold more than 2.5 g/kg."""
    others = [i for i in earlier if i.id != infusion.id]
    course = course_of([*others, infusion], infusion.id, window_h)
    if len(course.infusions) < 2:
        return None  # one infusion alone is the dose flag's concern
    per_kg = course_dose_g_per_kg(course, up_to_id=infusion.id)
    if per_kg <= FLAG_DOSE_G_PER_KG:
        return None
    upto: list[Infusion] = []
    for item in course.infusions:
        upto.append(item)
        if item.id == infusion.id:
            break
    this = _phrase(QT_TRANSLATE_NOOP("start_flags", "this infusion"))
    doses = [
        _phrase(
            "{infusion} {dose} g",
            infusion=this if i.id == infusion.id else i.id,
            dose=fmt(i.dose_g),
        )
        for i in upto
    ]
    parts = _phrase(
        ", ".join(f"{{dose{n}}}" for n in range(len(doses))),
        **{f"dose{n}": dose for n, dose in enumerate(doses)},
    )
    return Flag(
        infusion_record(infusion.id),
        COURSE_DOSE,
        _phrase(
            QT_TRANSLATE_NOOP(
                "start_flags",
                "the course would hold {per_kg} g/kg ({parts}, for {kg} kg), above {limit} g/kg;"
                " check the dose",
            ),
            per_kg=fmt(per_kg),
            parts=parts,
            kg=fmt(course.first.dosing_weight_kg),
            limit=fmt(FLAG_DOSE_G_PER_KG),
        ),
    )


def imported_course_flags(
    infusions: Sequence[Infusion], new_ids: Collection[str], *, window_h: float
) -> list[Flag]:
    """SPEC 11.3 on import: one patient's infusions (stored and new); each course above
    2.5 g/kg is flagged once, at the first new infusion that takes it above."""
    flags: list[Flag] = []
    for course in group_courses(infusions, window_h):
        for item in course.infusions:
            if item.id not in new_ids:
                continue
            flag = course_dose_flag(course.infusions, item, window_h=window_h)
            if flag is not None:
                flags.append(flag)
                break
    return flags


def prior_severe_flag(infusion: Infusion, assessment: RiskAssessment) -> Flag | None:
    """An earlier severe reaction or anaphylaxis (the risk factor's own reason)."""
    for factor in assessment.factors:
        if factor.code == FactorCode.PRIOR_SEVERE_REACTION:
            return Flag(
                infusion_record(infusion.id),
                PRIOR_SEVERE,
                _phrase(
                    QT_TRANSLATE_NOOP("start_flags", "earlier severe reaction: {reason}"),
                    reason=factor.reason,
                ),
            )
    return None


def _phrase(template: str, **values: str) -> Phrase:
    """A flag's words a screen shows in its own language (marked in the context
    "start_flags")."""
    return Phrase("start_flags", template, **values)
