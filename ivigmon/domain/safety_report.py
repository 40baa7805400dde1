"""The safety report of one adverse event: the fields of a CIOMS-I / FDA MedWatch 3500 form that
the ward's record holds, in words; what it does not hold reads "not recorded", never a guess.

Its words are marked `QT_TRANSLATE_NOOP("safety_report", ...)`; a `Wording` says how they, the
times and the figures are written: English by default (the command line, its files), the
language of the screens when the ui passes its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from ivigmon.domain.age import completed_months, completed_years
from ivigmon.domain.codes import (
    COMORBIDITY_NAMES,
    DIAGNOSIS_NAMES,
    EVENT_TERM_NAMES,
    SERIOUSNESS_NAMES,
    Comorbidity,
    EventAction,
    EventOutcome,
    EventTerm,
    LabelUse,
    PremedClass,
    Sex,
    WeightBasis,
)
from ivigmon.domain.ctcae import GRADE_WORDS
from ivigmon.domain.dosing import step_rate
from ivigmon.domain.models import AdverseEvent, Check, Infusion, Patient
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import Product
from ivigmon.domain.timefmt import to_display
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("safety_report", "Suspected adverse reaction report")
SUBTITLE = QT_TRANSLATE_NOOP(
    "safety_report", "The fields of CIOMS I and FDA MedWatch 3500 that the ward's record holds"
)
NOTE = QT_TRANSLATE_NOOP(
    "safety_report",
    "Pre-filled from the ward's record of one adverse event. What the record does not hold "
    'reads "not recorded": complete it before the report is sent. It documents; the '
    "clinician decides and reports.",
)
NOT_RECORDED = QT_TRANSLATE_NOOP("safety_report", "not recorded")
NONE_RECORDED = QT_TRANSLATE_NOOP("safety_report", "none recorded")

# Sections, in the form's order.
REPORT = QT_TRANSLATE_NOOP("safety_report", "Report")
PATIENT = QT_TRANSLATE_NOOP("safety_report", "Patient")
REACTION = QT_TRANSLATE_NOOP("safety_report", "Reaction")
SUSPECT = QT_TRANSLATE_NOOP("safety_report", "Suspect product")
CONCOMITANT = QT_TRANSLATE_NOOP("safety_report", "Concomitant products")
REPORTER = QT_TRANSLATE_NOOP("safety_report", "Reporter")

# The outcome in the forms' words (CIOMS I: recovered, recovering, not recovered, fatal).
OUTCOME_WORDS = {
    EventOutcome.RESOLVED: QT_TRANSLATE_NOOP("safety_report", "recovered / resolved"),
    EventOutcome.RESOLVING: QT_TRANSLATE_NOOP("safety_report", "recovering / resolving"),
    EventOutcome.ONGOING: QT_TRANSLATE_NOOP(
        "safety_report", "not recovered / not resolved (ongoing)"
    ),
    EventOutcome.FATAL: QT_TRANSLATE_NOOP("safety_report", "fatal"),
    EventOutcome.UNKNOWN: QT_TRANSLATE_NOOP("safety_report", "unknown"),
}
ACTION_WORDS = {
    EventAction.NONE: QT_TRANSLATE_NOOP("safety_report", "none"),
    EventAction.RATE_REDUCED: QT_TRANSLATE_NOOP("safety_report", "infusion rate reduced"),
    EventAction.PAUSED: QT_TRANSLATE_NOOP("safety_report", "infusion paused"),
    EventAction.STOPPED: QT_TRANSLATE_NOOP("safety_report", "infusion stopped"),
    EventAction.TREATED: QT_TRANSLATE_NOOP("safety_report", "reaction treated"),
}
SEX_WORDS = {
    Sex.F: QT_TRANSLATE_NOOP("safety_report", "female"),
    Sex.M: QT_TRANSLATE_NOOP("safety_report", "male"),
}
BASIS_WORDS = {
    WeightBasis.ACTUAL: QT_TRANSLATE_NOOP("safety_report", "actual weight"),
    WeightBasis.ADJUSTED: QT_TRANSLATE_NOOP("safety_report", "adjusted weight"),
}
LABEL_WORDS = {
    LabelUse.ON: QT_TRANSLATE_NOOP("safety_report", "on label"),
    LabelUse.OFF: QT_TRANSLATE_NOOP("safety_report", "off label"),
}
PREMEDICATION_WORDS = {
    PremedClass.ANTIPYRETIC: QT_TRANSLATE_NOOP("safety_report", "antipyretic"),
    PremedClass.NSAID: QT_TRANSLATE_NOOP("safety_report", "NSAID"),
    PremedClass.ANTIHISTAMINE: QT_TRANSLATE_NOOP("safety_report", "antihistamine"),
    PremedClass.GLUCOCORTICOID: QT_TRANSLATE_NOOP("safety_report", "glucocorticoid"),
    PremedClass.OTHER: QT_TRANSLATE_NOOP("safety_report", "other premedication"),
}


def _same(text: str) -> str:
    return text


def _english_count(unit: str, n: int) -> str:
    """`3 years`, `1 month`, `2 days` (unit: "years", "months" or "days")."""
    return f"{n} {unit if n != 1 else unit.removesuffix('s')}"


@dataclass(frozen=True)
class Wording:
    """How the report writes its marked words (`text`), times (`moment`), dates (`day`),
    figures written with a "." (`figure`), an age (`count`: "years", "months", "days") and
    a role's name (`role`)."""

    text: Callable[[str], str] = _same
    moment: Callable[[datetime], str] = to_display
    day: Callable[[date], str] = date.isoformat
    figure: Callable[[str], str] = _same
    count: Callable[[str, int], str] = _english_count
    role: Callable[[str], str] = _same  # a role's name (domain.roles.ROLE_NAMES)


ENGLISH = Wording()


@dataclass(frozen=True)
class ReportField:
    section: str
    name: str
    value: str


@dataclass(frozen=True)
class Reporter:
    """Who recorded the event: the user name, and the account's name and role when known."""

    username: str
    recorded_at: datetime
    display_name: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class EventRecord:
    """What the record holds about one adverse event."""

    event: AdverseEvent
    patient: Patient
    infusion: Infusion
    product: Product | None
    found_at: Check | None  # the follow-up check that found it, if it was found at one
    reporter: Reporter


@dataclass(frozen=True)
class SafetyReport:
    event_id: int
    fields: tuple[ReportField, ...]
    printed_at: datetime
    printed_by: str
    title: str = TITLE
    subtitle: str = SUBTITLE
    note: str = NOTE
    # How it is written: the printed page writes its own lines the same way.
    wording: Wording = field(default=ENGLISH, compare=False)

    def value(self, name: str) -> str:
        """The value of the field `name` (KeyError when there is none)."""
        for found in self.fields:
            if found.name == name:
                return found.value
        raise KeyError(name)

    def sections(self) -> list[tuple[str, list[ReportField]]]:
        grouped: dict[str, list[ReportField]] = {}
        for found in self.fields:
            grouped.setdefault(found.section, []).append(found)
        return list(grouped.items())


def build_report(
    record: EventRecord, *, printed_at: datetime, printed_by: str, wording: Wording = ENGLISH
) -> SafetyReport:
    event = record.event
    assert event.id is not None, "a stored event has an id"
    w = wording
    fields = [
        _field(w, REPORT, QT_TRANSLATE_NOOP("safety_report", "Adverse event id"), str(event.id)),
        _field(w, REPORT, QT_TRANSLATE_NOOP("safety_report", "Infusion"), record.infusion.id),
        _field(
            w,
            REPORT,
            QT_TRANSLATE_NOOP("safety_report", "Prepared"),
            w.text(QT_TRANSLATE_NOOP("safety_report", "{time} by {user}")).format(
                time=w.moment(printed_at), user=printed_by
            ),
        ),
        *_patient(record, w),
        *_reaction(record, w),
        *_suspect(record, w),
        *_concomitant(record.infusion, w),
        *_reporter(record.reporter, w),
    ]
    return SafetyReport(
        event.id,
        tuple(fields),
        printed_at,
        printed_by,
        title=w.text(TITLE),
        subtitle=w.text(SUBTITLE),
        note=w.text(NOTE),
        wording=w,
    )


def _field(w: Wording, section: str, name: str, value: str) -> ReportField:
    """A field with its section and name in the report's words."""
    return ReportField(w.text(section), w.text(name), value)


def initials(name: str, w: Wording = ENGLISH) -> str:
    """`Ada Nowak` -> `A.N.`: the first letter of each part of the name."""
    letters = [next((c for c in part if c.isalnum()), "") for part in name.split()]
    return "".join(f"{c.upper()}." for c in letters if c) or w.text(NOT_RECORDED)


def age_words(patient: Patient, at: datetime, w: Wording = ENGLISH) -> str:
    """Completed years; months under 2 years, days under one month."""
    years = completed_years(patient.birth_date, at)
    months = completed_months(patient.birth_date, at)
    if years >= 2:
        return w.count("years", years)
    if months >= 1:
        return w.count("months", months)
    return w.count("days", (at.date() - patient.birth_date).days)


def _patient(record: EventRecord, w: Wording) -> list[ReportField]:
    patient, onset = record.patient, record.event.onset
    measured = sorted(
        (m for m in patient.measurements if m.at <= onset), key=lambda m: (m.at, m.id or 0)
    )
    weight = next((m for m in reversed(measured) if m.weight_kg is not None), None)
    height = next((m for m in reversed(measured) if m.height_cm is not None), None)
    diagnoses = [f"{d.value} - {DIAGNOSIS_NAMES[d]}" for d in patient.diagnoses]
    if diagnoses:
        diagnoses[0] = w.text(QT_TRANSLATE_NOOP("safety_report", "{diagnosis} (primary)")).format(
            diagnosis=diagnoses[0]
        )
    comorbidities = [COMORBIDITY_NAMES[c] for c in Comorbidity if c in patient.comorbidities]
    measured_at = w.text(QT_TRANSLATE_NOOP("safety_report", "{value} (measured {time})"))
    return [
        _field(
            w,
            PATIENT,
            QT_TRANSLATE_NOOP("safety_report", "Patient initials"),
            initials(patient.name, w),
        ),
        _field(
            w,
            PATIENT,
            QT_TRANSLATE_NOOP("safety_report", "Age at onset"),
            age_words(patient, onset, w),
        ),
        _field(
            w, PATIENT, QT_TRANSLATE_NOOP("safety_report", "Sex"), w.text(SEX_WORDS[patient.sex])
        ),
        _field(
            w,
            PATIENT,
            QT_TRANSLATE_NOOP("safety_report", "Weight"),
            measured_at.format(
                value=f"{w.figure(fmt(weight.weight_kg))} kg", time=w.moment(weight.at)
            )
            if weight is not None and weight.weight_kg is not None
            else w.text(NOT_RECORDED),
        ),
        _field(
            w,
            PATIENT,
            QT_TRANSLATE_NOOP("safety_report", "Height"),
            measured_at.format(
                value=f"{w.figure(fmt(height.height_cm, 1))} cm", time=w.moment(height.at)
            )
            if height is not None and height.height_cm is not None
            else w.text(NOT_RECORDED),
        ),
        _field(
            w,
            PATIENT,
            QT_TRANSLATE_NOOP("safety_report", "Diagnoses"),
            "; ".join(diagnoses) or w.text(NONE_RECORDED),
        ),
        _field(
            w,
            PATIENT,
            QT_TRANSLATE_NOOP("safety_report", "Comorbidities"),
            "; ".join(comorbidities) or w.text(NONE_RECORDED),
        ),
    ]


def term_words(term: str) -> str:
    """A coded term in words with its code; free text as typed."""
    try:
        coded = EventTerm(term)
    except ValueError:
        return term
    words = EVENT_TERM_NAMES[coded]
    return words if words == coded.value.replace("_", " ") else f"{words} ({coded.value})"


def _reaction(record: EventRecord, w: Wording) -> list[ReportField]:
    event, check = record.event, record.found_at
    if event.check_offset_h is None:
        found = w.text(QT_TRANSLATE_NOOP("safety_report", "during the infusion"))
    elif check is not None and check.done_at is not None:
        found = w.text(
            QT_TRANSLATE_NOOP(
                "safety_report", "reported at the +{hours} h follow-up check (done {time})"
            )
        ).format(hours=event.check_offset_h, time=w.moment(check.done_at))
    else:
        found = w.text(
            QT_TRANSLATE_NOOP("safety_report", "reported at the +{hours} h follow-up check")
        ).format(hours=event.check_offset_h)
    if not event.serious:
        criteria = w.text(QT_TRANSLATE_NOOP("safety_report", "none (not serious)"))
    else:
        criteria = "; ".join(SERIOUSNESS_NAMES[c] for c in event.seriousness) or w.text(
            NOT_RECORDED
        )
    grade = w.text(QT_TRANSLATE_NOOP("safety_report", "CTCAE {version} grade {grade} ({words})"))
    serious = (
        QT_TRANSLATE_NOOP("safety_report", "yes")
        if event.serious
        else QT_TRANSLATE_NOOP("safety_report", "no")
    )
    return [
        _field(w, REACTION, QT_TRANSLATE_NOOP("safety_report", "Reaction"), term_words(event.term)),
        _field(w, REACTION, QT_TRANSLATE_NOOP("safety_report", "Onset"), w.moment(event.onset)),
        _field(w, REACTION, QT_TRANSLATE_NOOP("safety_report", "Found"), found),
        _field(
            w,
            REACTION,
            QT_TRANSLATE_NOOP("safety_report", "Description"),
            event.notes or w.text(NOT_RECORDED),
        ),
        _field(
            w,
            REACTION,
            QT_TRANSLATE_NOOP("safety_report", "Grade"),
            grade.format(
                version=event.ctcae_version,
                grade=event.grade,
                words=GRADE_WORDS.get(event.grade, ""),
            ),
        ),
        _field(w, REACTION, QT_TRANSLATE_NOOP("safety_report", "Serious"), w.text(serious)),
        _field(w, REACTION, QT_TRANSLATE_NOOP("safety_report", "Seriousness criteria"), criteria),
        _field(
            w,
            REACTION,
            QT_TRANSLATE_NOOP("safety_report", "Outcome"),
            w.text(OUTCOME_WORDS[event.outcome]),
        ),
        _field(
            w,
            REACTION,
            QT_TRANSLATE_NOOP("safety_report", "Action taken"),
            w.text(ACTION_WORDS[event.action]),
        ),
    ]


def _suspect(record: EventRecord, w: Wording) -> list[ReportField]:
    infusion, product = record.infusion, record.product
    per_kg = infusion.dose_g / infusion.dosing_weight_kg
    dose = w.text(
        QT_TRANSLATE_NOOP(
            "safety_report", "{dose} g = {per_kg} g/kg (dosing weight {weight} kg, {basis})"
        )
    ).format(
        dose=w.figure(fmt(infusion.dose_g)),
        per_kg=w.figure(f"{per_kg:.2f}"),
        weight=w.figure(fmt(infusion.dosing_weight_kg)),
        basis=w.text(BASIS_WORDS[infusion.dosing_weight_basis]),
    )
    if product is not None:
        volume = fmt(infusion.dose_g * 1000 / (product.concentration_pct * 10), 1)
        dose += f"; {w.figure(volume)} mL"
    not_recorded = w.text(NOT_RECORDED)
    if len(infusion.lots) == 1:
        expiry = _day(infusion.lots[0].expiry, w)
    else:
        expiry = "; ".join(f"{lot.lot}: {_day(lot.expiry, w)}" for lot in infusion.lots)
    end = (
        w.moment(infusion.end)
        if infusion.end is not None
        else w.text(QT_TRANSLATE_NOOP("safety_report", "not recorded (running)"))
    )
    duration = not_recorded
    if infusion.end is not None:
        minutes = int((infusion.end - infusion.start).total_seconds() // 60)
        duration = f"{minutes // 60} h {minutes % 60} min"
    suspect = infusion.product_id
    if product is not None:
        suspect = w.text(
            QT_TRANSLATE_NOOP("safety_report", "{name} ({id}), {pct} % human normal immunoglobulin")
        ).format(
            name=product.name,
            id=infusion.product_id,
            pct=w.figure(fmt(product.concentration_pct)),
        )
    indication = w.text(QT_TRANSLATE_NOOP("safety_report", "{code} - {name} ({label})")).format(
        code=infusion.indication.value,
        name=DIAGNOSIS_NAMES[infusion.indication],
        label=w.text(LABEL_WORDS[infusion.label_use]),
    )
    return [
        _field(w, SUSPECT, QT_TRANSLATE_NOOP("safety_report", "Suspect product"), suspect),
        _field(
            w,
            SUSPECT,
            QT_TRANSLATE_NOOP("safety_report", "Manufacturer"),
            product.maker if product and product.maker else not_recorded,
        ),
        _field(
            w,
            SUSPECT,
            QT_TRANSLATE_NOOP("safety_report", "Lot number"),
            ", ".join(x.lot for x in infusion.lots) or not_recorded,
        ),
        _field(w, SUSPECT, QT_TRANSLATE_NOOP("safety_report", "Expiry"), expiry or not_recorded),
        _field(w, SUSPECT, QT_TRANSLATE_NOOP("safety_report", "Dose"), dose),
        _field(
            w,
            SUSPECT,
            QT_TRANSLATE_NOOP("safety_report", "Rate at onset"),
            rate_at_onset(record, w),
        ),
        _field(
            w,
            SUSPECT,
            QT_TRANSLATE_NOOP("safety_report", "Route"),
            w.text(QT_TRANSLATE_NOOP("safety_report", "intravenous")),
        ),
        _field(w, SUSPECT, QT_TRANSLATE_NOOP("safety_report", "Indication"), indication),
        _field(
            w,
            SUSPECT,
            QT_TRANSLATE_NOOP("safety_report", "Therapy start"),
            w.moment(infusion.start),
        ),
        _field(w, SUSPECT, QT_TRANSLATE_NOOP("safety_report", "Therapy end"), end),
        _field(w, SUSPECT, QT_TRANSLATE_NOOP("safety_report", "Therapy duration"), duration),
    ]


def rate_at_onset(record: EventRecord, w: Wording = ENGLISH) -> str:
    """The pump rate in force at the onset (the latest step at or before it), in every unit."""
    infusion, onset = record.infusion, record.event.onset
    if onset < infusion.start:
        return w.text(
            QT_TRANSLATE_NOOP("safety_report", "not running at onset (started {time})")
        ).format(time=w.moment(infusion.start))
    if infusion.end is not None and onset > infusion.end:
        return w.text(
            QT_TRANSLATE_NOOP("safety_report", "not running at onset (ended {time})")
        ).format(time=w.moment(infusion.end))
    steps = [s for s in infusion.rate_steps if s.at <= onset]
    if not steps:
        return w.text(NOT_RECORDED)
    step = max(steps, key=lambda s: (s.at, s.id or 0))
    since = w.text(QT_TRANSLATE_NOOP("safety_report", "since {time}")).format(
        time=w.moment(step.at)
    )
    if step.ml_per_h == 0:
        return w.text(QT_TRANSLATE_NOOP("safety_report", "paused (0 mL/h {since})")).format(
            since=since
        )
    text = f"{w.figure(fmt(step.ml_per_h, 1))} mL/h"
    if record.product is not None:
        rate = step_rate(
            step.ml_per_h, infusion.dosing_weight_kg, record.product.concentration_pct * 10
        )
        text += (
            f" = {w.figure(f'{rate.ml_per_kg_h:.2f}')} mL/kg/h"
            f" = {w.figure(f'{rate.mg_per_kg_min:.2f}')} mg/kg/min"
        )
    return f"{text} ({since})"


def _concomitant(infusion: Infusion, w: Wording) -> list[ReportField]:
    premeds = sorted(infusion.premedications, key=lambda p: (p.at, p.id or 0))
    if not premeds:
        return [
            _field(
                w,
                CONCOMITANT,
                QT_TRANSLATE_NOOP("safety_report", "Premedication"),
                w.text(NONE_RECORDED),
            )
        ]
    fields = []
    name = w.text(QT_TRANSLATE_NOOP("safety_report", "Premedication {number}"))
    given_at = w.text(QT_TRANSLATE_NOOP("safety_report", "{given} at {time} ({kind})"))
    for number, premed in enumerate(premeds, start=1):
        given = " ".join(p for p in (premed.drug, premed.dose, premed.route) if p)
        fields.append(
            ReportField(
                w.text(CONCOMITANT),
                name.format(number=number),
                given_at.format(
                    given=given,
                    time=w.moment(premed.at),
                    kind=w.text(PREMEDICATION_WORDS[premed.drug_class]),
                ),
            )
        )
    return fields


def _reporter(reporter: Reporter, w: Wording) -> list[ReportField]:
    name = reporter.username
    if reporter.display_name and reporter.display_name != name:
        name = f"{reporter.display_name} ({reporter.username})"
    return [
        _field(w, REPORTER, QT_TRANSLATE_NOOP("safety_report", "Recorded by"), name),
        _field(
            w,
            REPORTER,
            QT_TRANSLATE_NOOP("safety_report", "Reporter's role"),
            w.role(reporter.role) if reporter.role else w.text(NOT_RECORDED),
        ),
        _field(
            w,
            REPORTER,
            QT_TRANSLATE_NOOP("safety_report", "Recorded on"),
            w.moment(reporter.recorded_at),
        ),
        _field(w, REPORTER, QT_TRANSLATE_NOOP("safety_report", "Ward"), w.text(NOT_RECORDED)),
    ]


def _day(value: date | None, w: Wording) -> str:
    return w.day(value) if value is not None else w.text(NOT_RECORDED)


def report_rows(report: SafetyReport) -> Sequence[tuple[str, str]]:
    """(field, value) pairs, in the form's order."""
    return [(f.name, f.value) for f in report.fields]
