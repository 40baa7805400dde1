"""Adverse events, follow-up checks and open alerts as FHIR R4 AdverseEvent, Task and
DetectedIssue resources.

- AdverseEvent: the term in the program's `event-term` code system (free text as text alone),
  `date` the onset, `detected` the done time of the check that found it; `seriousness` and
  `outcome` in HL7's codes (with the program's own outcome code beside it); `severity` in HL7's
  mild/moderate/severe (CTCAE grade 1, 2, 3-5) beside the exact grade in the program's
  `ctcae-grade` code system (with the CTCAE version); the seriousness criteria, the action
  taken and the notes as extensions; `subject` the patient, `suspectEntity` the infusion.
- Task: one per follow-up check, `focus` the infusion, `for` the patient. Done: `completed`,
  with the outcome, mode, symptoms and notes as outputs; open: `ready`; superseded by a later
  infusion: `cancelled`. The worklist status (upcoming, due, overdue, superseded, done) is the
  `businessStatus`; the due time is the `due-at` extension, and `restriction.period` the
  window in which the check counts as due (due - lead to due + grace, the ward's settings).
- DetectedIssue: one per open alert (not yet reviewed), `implicated` the infusion, `detail` its
  reason, severity `high` for urgent and `moderate` for alert.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ivigmon.domain.codes import (
    EVENT_TERM_NAMES,
    SERIOUSNESS_NAMES,
    AlertKind,
    AlertSeverity,
    CheckStatus,
    EventOutcome,
    EventTerm,
)
from ivigmon.domain.ctcae import GRADE_WORDS
from ivigmon.domain.fhir_base import (
    HL7,
    Frame,
    Resource,
    code_system,
    coding,
    concept,
    extension_url,
    identifier_system,
    reference,
    resource_id,
    user_reference,
)
from ivigmon.domain.models import AdverseEvent, Alert, Check, Infusion

SERIOUSNESS_CRITERION = extension_url("seriousness-criterion")
ACTION_TAKEN = extension_url("action-taken")
NOTE = extension_url("note")
DUE_AT = extension_url("due-at")

# HL7's R4 codes (AdverseEvent.outcome and .severity are bound to them, required).
_OUTCOME = {
    EventOutcome.RESOLVED: ("resolved", "Resolved"),
    EventOutcome.RESOLVING: ("recovering", "Recovering"),
    EventOutcome.ONGOING: ("ongoing", "Ongoing"),
    EventOutcome.FATAL: ("fatal", "Fatal"),
    EventOutcome.UNKNOWN: ("unknown", "Unknown"),
}
# CTCAE grades 4 (life-threatening) and 5 (death) are beyond "severe"; the exact grade travels
# in the program's own coding beside it.
_SEVERITY = {1: ("mild", "Mild"), 2: ("moderate", "Moderate")}
_SEVERE = ("severe", "Severe")

_CHECK_STATUS = {
    CheckStatus.DONE: "completed",
    CheckStatus.SUPERSEDED: "cancelled",
}

ALERT_KIND_WORDS = {
    AlertKind.VITAL_SIGNS: "vital signs outside their limits",
    AlertKind.RED_FLAG: "red-flag symptom at a follow-up check",
    AlertKind.UNENDED: "infusion running without a recorded end",
}


def term_concept(term: str) -> dict[str, Any]:
    """A coded term with its words; a free-text term as text alone."""
    try:
        coded = EventTerm(term)
    except ValueError:
        return {"text": term}
    return concept(code_system("event-term"), coded.value, EVENT_TERM_NAMES[coded])


def adverse_event(
    event: AdverseEvent,
    infusion: Infusion,
    *,
    patient_id: str,
    administration_id: str,
    recorded_by: str | None,
    found_at: Check | None,
    frame: Frame,
) -> Resource:
    hl7_severity = _SEVERITY.get(event.grade, _SEVERE)
    outcome_code, outcome_display = _OUTCOME[event.outcome]
    serious = ("serious", "Serious") if event.serious else ("non-serious", "Non-serious")
    extensions: list[dict[str, Any]] = [
        {
            "url": SERIOUSNESS_CRITERION,
            "valueCoding": coding(
                code_system("seriousness-criterion"), c.value, SERIOUSNESS_NAMES[c]
            ),
        }
        for c in event.seriousness
    ]
    extensions.append(
        {
            "url": ACTION_TAKEN,
            "valueCodeableConcept": {
                "coding": [coding(code_system("event-action"), event.action.value)],
                "text": event.action.value.replace("_", " "),
            },
        }
    )
    if event.notes:
        extensions.append({"url": NOTE, "valueString": event.notes})
    key = str(event.id) if event.id is not None else f"{infusion.id}/{event.onset.isoformat()}"
    resource: Resource = {
        "resourceType": "AdverseEvent",
        "id": resource_id("AdverseEvent", key),
        "extension": extensions,
        "identifier": {"system": identifier_system("adverse-event"), "value": key},
        "actuality": "actual",
        "event": term_concept(event.term),
        "subject": reference(patient_id),
        "date": frame.time(event.onset),
        "seriousness": concept(f"{HL7}/adverse-event-seriousness", *serious),
        "severity": {
            "coding": [
                coding(f"{HL7}/adverse-event-severity", *hl7_severity),
                {
                    **coding(
                        code_system("ctcae-grade"),
                        str(event.grade),
                        f"Grade {event.grade} - {GRADE_WORDS.get(event.grade, '')}",
                    ),
                    "version": event.ctcae_version,
                },
            ],
            "text": f"CTCAE {event.ctcae_version} grade {event.grade}",
        },
        "outcome": {
            "coding": [
                coding(f"{HL7}/adverse-event-outcome", outcome_code, outcome_display),
                coding(code_system("event-outcome"), event.outcome.value),
            ],
            "text": outcome_display,
        },
        "suspectEntity": [{"instance": reference(administration_id)}],
    }
    if found_at is not None and found_at.done_at is not None:
        resource["detected"] = frame.time(found_at.done_at)
    if recorded_by:
        resource["recorder"] = user_reference(recorded_by)
    return resource


def follow_up_task(
    check: Check,
    status: CheckStatus,
    *,
    patient_id: str,
    administration_id: str,
    frame: Frame,
) -> Resource:
    settings = frame.checks
    key = f"{check.infusion_id}+{check.offset_h}h"
    resource: Resource = {
        "resourceType": "Task",
        "id": resource_id("Task", key),
        "extension": [{"url": DUE_AT, "valueDateTime": frame.time(check.due_at)}],
        "identifier": [{"system": identifier_system("follow-up-check"), "value": key}],
        "status": _CHECK_STATUS.get(status, "ready"),
        "businessStatus": concept(code_system("check-status"), status.value, status.value),
        "intent": "order",
        "code": concept(
            code_system("task"),
            "follow-up-check",
            "follow-up check after an IVIG infusion",
            f"+{check.offset_h} h follow-up check",
        ),
        "description": f"Follow-up check {check.offset_h} h after the infusion's end, due "
        f"{frame.time(check.due_at)}",
        "focus": reference(administration_id),
        "for": reference(patient_id),
        "restriction": {
            "period": {
                "start": frame.time(check.due_at - timedelta(hours=settings.lead_h)),
                "end": frame.time(check.due_at + timedelta(hours=settings.grace_h)),
            }
        },
    }
    if status is CheckStatus.SUPERSEDED:
        resource["statusReason"] = {
            "text": "superseded: a later infusion started before it fell due; its own checks "
            "take over"
        }
    if check.done_at is not None:
        resource["executionPeriod"] = {"end": frame.time(check.done_at)}
        if check.done_by:
            resource["owner"] = user_reference(check.done_by)
        resource["output"] = _outputs(check)
    return resource


def _output(name: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"type": concept(code_system("check-output"), name, name), **value}


def _outputs(check: Check) -> list[dict[str, Any]]:
    found = []
    if check.outcome is not None:
        outcome = check.outcome.value
        found.append(
            _output(
                "outcome",
                {"valueCodeableConcept": concept(code_system("check-outcome"), outcome, outcome)},
            )
        )
    if check.mode is not None:
        mode = check.mode.value
        found.append(
            _output(
                "mode", {"valueCodeableConcept": concept(code_system("check-mode"), mode, mode)}
            )
        )
    found += [
        _output("symptom", {"valueCodeableConcept": term_concept(symptom)})
        for symptom in check.symptoms
    ]
    if check.notes:
        found.append(_output("notes", {"valueString": check.notes}))
    return found


def detected_issue(
    alert: Alert, *, patient_id: str, administration_id: str, frame: Frame
) -> Resource:
    parts = [alert.kind.value, alert.infusion_id]
    if alert.vital_at is not None:
        parts.append(alert.vital_at.isoformat())
    if alert.offset_h is not None:
        parts.append(f"+{alert.offset_h}h")
    key = "/".join(parts)
    return {
        "resourceType": "DetectedIssue",
        "id": resource_id("DetectedIssue", key),
        "extension": [
            {
                "url": extension_url("alert-severity"),
                "valueCoding": coding(code_system("alert-severity"), alert.severity.value),
            }
        ],
        "identifier": [{"system": identifier_system("alert"), "value": key}],
        "status": "final",
        "code": concept(code_system("alert-kind"), alert.kind.value, ALERT_KIND_WORDS[alert.kind]),
        "severity": "high" if alert.severity is AlertSeverity.URGENT else "moderate",
        "patient": reference(patient_id),
        "identifiedDateTime": frame.time(alert.at),
        "implicated": [reference(administration_id)],
        "detail": alert.reason,
    }
