"""The safety report of one adverse event: the fields of a CIOMS-I / FDA MedWatch 3500 form that
the ward's record holds, in words; what it does not hold reads "not recorded", never a guess."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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

TITLE = "Suspected adverse reaction report"
SUBTITLE = "The fields of CIOMS I and FDA MedWatch 3500 that the ward's record holds"
NOTE = (
    "Pre-filled from the ward's record of one adverse event. What the record does not hold "
    'reads "not recorded": complete it before the report is sent. It documents; the '
    "clinician decides and reports."
)
NOT_RECORDED = "not recorded"
NONE_RECORDED = "none recorded"

# Sections, in the form's order.
REPORT = "Report"
PATIENT = "Patient"
REACTION = "Reaction"
SUSPECT = "Suspect product"
CONCOMITANT = "Concomitant products"
REPORTER = "Reporter"

# The outcome in the forms' words (CIOMS I: recovered, recovering, not recovered, fatal).
OUTCOME_WORDS = {
    EventOutcome.RESOLVED: "recovered / resolved",
    EventOutcome.RESOLVING: "recovering / resolving",
    EventOutcome.ONGOING: "not recovered / not resolved (ongoing)",
    EventOutcome.FATAL: "fatal",
    EventOutcome.UNKNOWN: "unknown",
}
ACTION_WORDS = {
    EventAction.NONE: "none",
    EventAction.RATE_REDUCED: "infusion rate reduced",
    EventAction.PAUSED: "infusion paused",
    EventAction.STOPPED: "infusion stopped",
    EventAction.TREATED: "reaction treated",
}
SEX_WORDS = {Sex.F: "female", Sex.M: "male"}
BASIS_WORDS = {WeightBasis.ACTUAL: "actual weight", WeightBasis.ADJUSTED: "adjusted weight"}
LABEL_WORDS = {LabelUse.ON: "on label", LabelUse.OFF: "off label"}
PREMEDICATION_WORDS = {
    PremedClass.ANTIPYRETIC: "antipyretic",
    PremedClass.NSAID: "NSAID",
    PremedClass.ANTIHISTAMINE: "antihistamine",
    PremedClass.GLUCOCORTICOID: "glucocorticoid",
    PremedClass.OTHER: "other premedication",
}


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


def build_report(record: EventRecord, *, printed_at: datetime, printed_by: str) -> SafetyReport:
    event = record.event
    assert event.id is not None, "a stored event has an id"
    fields = [
        ReportField(REPORT, "Adverse event id", str(event.id)),
        ReportField(REPORT, "Infusion", record.infusion.id),
        ReportField(REPORT, "Prepared", f"{to_display(printed_at)} by {printed_by}"),
        *_patient(record),
        *_reaction(record),
        *_suspect(record),
        *_concomitant(record.infusion),
        *_reporter(record.reporter),
    ]
    return SafetyReport(event.id, tuple(fields), printed_at, printed_by)


def initials(name: str) -> str:
    """`Ada Nowak` -> `A.N.`: the first letter of each part of the name."""
    letters = [next((c for c in part if c.isalnum()), "") for part in name.split()]
    return "".join(f"{c.upper()}." for c in letters if c) or NOT_RECORDED


def age_words(patient: Patient, at: datetime) -> str:
    """Completed years; months under 2 years, days under one month."""
    years = completed_years(patient.birth_date, at)
    months = completed_months(patient.birth_date, at)
    if years >= 2:
        return f"{years} years"
    if months >= 1:
        return f"{months} month{'s' if months != 1 else ''}"
    days = (at.date() - patient.birth_date).days
    return f"{days} day{'s' if days != 1 else ''}"


def _patient(record: EventRecord) -> list[ReportField]:
    patient, onset = record.patient, record.event.onset
    measured = sorted(
        (m for m in patient.measurements if m.at <= onset), key=lambda m: (m.at, m.id or 0)
    )
    weight = next((m for m in reversed(measured) if m.weight_kg is not None), None)
    height = next((m for m in reversed(measured) if m.height_cm is not None), None)
    diagnoses = [f"{d.value} - {DIAGNOSIS_NAMES[d]}" for d in patient.diagnoses]
    if diagnoses:
        diagnoses[0] += " (primary)"
    comorbidities = [COMORBIDITY_NAMES[c] for c in Comorbidity if c in patient.comorbidities]
    return [
        ReportField(PATIENT, "Patient initials", initials(patient.name)),
        ReportField(PATIENT, "Age at onset", age_words(patient, onset)),
        ReportField(PATIENT, "Sex", SEX_WORDS[patient.sex]),
        ReportField(
            PATIENT,
            "Weight",
            f"{fmt(weight.weight_kg)} kg (measured {to_display(weight.at)})"
            if weight is not None and weight.weight_kg is not None
            else NOT_RECORDED,
        ),
        ReportField(
            PATIENT,
            "Height",
            f"{fmt(height.height_cm, 1)} cm (measured {to_display(height.at)})"
            if height is not None and height.height_cm is not None
            else NOT_RECORDED,
        ),
        ReportField(PATIENT, "Diagnoses", "; ".join(diagnoses) or NONE_RECORDED),
        ReportField(PATIENT, "Comorbidities", "; ".join(comorbidities) or NONE_RECORDED),
    ]


def term_words(term: str) -> str:
    """A coded term in words with its code; free text as typed."""
    try:
        coded = EventTerm(term)
    except ValueError:
        return term
    words = EVENT_TERM_NAMES[coded]
    return words if words == coded.value.replace("_", " ") else f"{words} ({coded.value})"


def _reaction(record: EventRecord) -> list[ReportField]:
    event, check = record.event, record.found_at
    if event.check_offset_h is None:
        found = "during the infusion"
    else:
        found = f"reported at the +{event.check_offset_h} h follow-up check"
        if check is not None and check.done_at is not None:
            found += f" (done {to_display(check.done_at)})"
    if not event.serious:
        criteria = "none (not serious)"
    else:
        criteria = "; ".join(SERIOUSNESS_NAMES[c] for c in event.seriousness) or NOT_RECORDED
    return [
        ReportField(REACTION, "Reaction", term_words(event.term)),
        ReportField(REACTION, "Onset", to_display(event.onset)),
        ReportField(REACTION, "Found", found),
        ReportField(REACTION, "Description", event.notes or NOT_RECORDED),
        ReportField(
            REACTION,
            "Grade",
            f"CTCAE {event.ctcae_version} grade {event.grade} ({GRADE_WORDS.get(event.grade, '')})",
        ),
        ReportField(REACTION, "Serious", "yes" if event.serious else "no"),
        ReportField(REACTION, "Seriousness criteria", criteria),
        ReportField(REACTION, "Outcome", OUTCOME_WORDS[event.outcome]),
        ReportField(REACTION, "Action taken", ACTION_WORDS[event.action]),
    ]


def _suspect(record: EventRecord) -> list[ReportField]:
    infusion, product = record.infusion, record.product
    per_kg = infusion.dose_g / infusion.dosing_weight_kg
    dose = (
        f"{fmt(infusion.dose_g)} g = {per_kg:.2f} g/kg (dosing weight "
        f"{fmt(infusion.dosing_weight_kg)} kg, {BASIS_WORDS[infusion.dosing_weight_basis]})"
    )
    if product is not None:
        dose += f"; {fmt(infusion.dose_g * 1000 / (product.concentration_pct * 10), 1)} mL"
    if len(infusion.lots) == 1:
        expiry = _day(infusion.lots[0].expiry)
    else:
        expiry = "; ".join(f"{lot.lot}: {_day(lot.expiry)}" for lot in infusion.lots)
    end = to_display(infusion.end) if infusion.end is not None else f"{NOT_RECORDED} (running)"
    duration = NOT_RECORDED
    if infusion.end is not None:
        minutes = int((infusion.end - infusion.start).total_seconds() // 60)
        duration = f"{minutes // 60} h {minutes % 60} min"
    return [
        ReportField(
            SUSPECT,
            "Suspect product",
            f"{product.name} ({infusion.product_id}), {fmt(product.concentration_pct)} % "
            "human normal immunoglobulin"
            if product is not None
            else infusion.product_id,
        ),
        ReportField(
            SUSPECT, "Manufacturer", product.maker if product and product.maker else NOT_RECORDED
        ),
        ReportField(SUSPECT, "Lot number", ", ".join(x.lot for x in infusion.lots) or NOT_RECORDED),
        ReportField(SUSPECT, "Expiry", expiry or NOT_RECORDED),
        ReportField(SUSPECT, "Dose", dose),
        ReportField(SUSPECT, "Rate at onset", rate_at_onset(record)),
        ReportField(SUSPECT, "Route", "intravenous"),
        ReportField(
            SUSPECT,
            "Indication",
            f"{infusion.indication.value} - {DIAGNOSIS_NAMES[infusion.indication]} "
            f"({LABEL_WORDS[infusion.label_use]})",
        ),
        ReportField(SUSPECT, "Therapy start", to_display(infusion.start)),
        ReportField(SUSPECT, "Therapy end", end),
        ReportField(SUSPECT, "Therapy duration", duration),
    ]


def rate_at_onset(record: EventRecord) -> str:
    """The pump rate in force at the onset (the latest step at or before it), in every unit."""
    infusion, onset = record.infusion, record.event.onset
    if onset < infusion.start:
        return f"not running at onset (started {to_display(infusion.start)})"
    if infusion.end is not None and onset > infusion.end:
        return f"not running at onset (ended {to_display(infusion.end)})"
    steps = [s for s in infusion.rate_steps if s.at <= onset]
    if not steps:
        return NOT_RECORDED
    step = max(steps, key=lambda s: (s.at, s.id or 0))
    since = f"since {to_display(step.at)}"
    if step.ml_per_h == 0:
        return f"paused (0 mL/h {since})"
    text = f"{fmt(step.ml_per_h, 1)} mL/h"
    if record.product is not None:
        rate = step_rate(
            step.ml_per_h, infusion.dosing_weight_kg, record.product.concentration_pct * 10
        )
        text += f" = {rate.ml_per_kg_h:.2f} mL/kg/h = {rate.mg_per_kg_min:.2f} mg/kg/min"
    return f"{text} ({since})"


def _concomitant(infusion: Infusion) -> list[ReportField]:
    premeds = sorted(infusion.premedications, key=lambda p: (p.at, p.id or 0))
    if not premeds:
        return [ReportField(CONCOMITANT, "Premedication", NONE_RECORDED)]
    fields = []
    for number, premed in enumerate(premeds, start=1):
        given = " ".join(p for p in (premed.drug, premed.dose, premed.route) if p)
        fields.append(
            ReportField(
                CONCOMITANT,
                f"Premedication {number}",
                f"{given} at {to_display(premed.at)} ({PREMEDICATION_WORDS[premed.drug_class]})",
            )
        )
    return fields


def _reporter(reporter: Reporter) -> list[ReportField]:
    name = reporter.username
    if reporter.display_name and reporter.display_name != name:
        name = f"{reporter.display_name} ({reporter.username})"
    return [
        ReportField(REPORTER, "Recorded by", name),
        ReportField(REPORTER, "Reporter's role", reporter.role or NOT_RECORDED),
        ReportField(REPORTER, "Recorded on", to_display(reporter.recorded_at)),
        ReportField(REPORTER, "Ward", NOT_RECORDED),
    ]


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else NOT_RECORDED


def report_rows(report: SafetyReport) -> Sequence[tuple[str, str]]:
    """(field, value) pairs, in the form's order."""
    return [(f.name, f.value) for f in report.fields]
