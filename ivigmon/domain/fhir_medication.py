"""An infusion as FHIR R4 Medication and MedicationAdministration resources, and its
premedications as MedicationAdministrations of their own.

R4 gives a MedicationAdministration one `dosage` with one rate, and a Medication one `batch`:
- each lot of the infusion is a Medication (the product, with that lot number and expiry); the
  administration's `medicationReference` names the first lot, and each further lot is named by
  an `additional-lot` extension (valueReference);
- the dosage holds the total dose (g), the route (intravenous) and, as `rateQuantity` (mL/h),
  the highest pump rate reached; every rate step, pauses included, is a `rate-step` extension
  of the dosage, with its time (`at`) and its pump rate (`rate`, mL/h), in the order given;
  the dosage's text lists them for a reader;
- `effectivePeriod` is the start and (once ended) the end; the status `in-progress` while it
  runs, `stopped` when a reaction stopped it, `completed` otherwise;
- `performer` is the user who recorded the infusion (a logical reference by user name).
"""

from __future__ import annotations

import re
from typing import Any

from ivigmon.domain.codes import DIAGNOSIS_NAMES, EventAction
from ivigmon.domain.fhir_base import (
    Frame,
    Resource,
    code_system,
    coding,
    concept,
    extension_url,
    identifier_system,
    quantity,
    reference,
    resource_id,
    user_reference,
)
from ivigmon.domain.models import Infusion, Premedication
from ivigmon.domain.numbers import fmt
from ivigmon.domain.timefmt import to_display

INTRAVENOUS = concept(code_system("route"), "intravenous", "intravenous")
RATE_STEP = extension_url("rate-step")
ADDITIONAL_LOT = extension_url("additional-lot")
LABEL_USE = extension_url("label-use")
DOSING_WEIGHT = extension_url("dosing-weight")
PREMEDICATION_CLASS = extension_url("premedication-class")
PREMEDICATION_FOR = extension_url("premedication-for")
# A premedication's dose is free text ("210 mg"); a plain amount in one of these units becomes
# a quantity (UCUM code), anything else stays text.
_DOSE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|µg|ug|ml|mL)\s*$")
_UCUM_DOSE = {"mg": "mg", "g": "g", "mcg": "ug", "µg": "ug", "ug": "ug", "ml": "mL", "mL": "mL"}


def medication_ids(infusion: Infusion) -> list[str]:
    """The Medication of each lot (one without a batch when no lot is recorded)."""
    return [
        resource_id("Medication", f"{infusion.id}/lot/{n}")
        for n in range(max(1, len(infusion.lots)))
    ]


def administration_id(infusion: Infusion) -> str:
    return resource_id("MedicationAdministration", infusion.id)


def medications(infusion: Infusion, frame: Frame) -> list[Resource]:
    product = frame.products.get(infusion.product_id)
    name = frame.product_name(infusion.product_id)
    found: list[Resource] = []
    for n, med_id in enumerate(medication_ids(infusion)):
        resource: Resource = {
            "resourceType": "Medication",
            "id": med_id,
            "code": concept(code_system("product"), infusion.product_id, name),
        }
        if product is not None:
            # The strength as the label gives it: C mg of immunoglobulin per mL.
            resource["ingredient"] = [
                {
                    "itemCodeableConcept": {"text": "human normal immunoglobulin (IgG)"},
                    "strength": {
                        "numerator": quantity(product.concentration_pct * 10, "mg", "mg"),
                        "denominator": quantity(1, "mL", "mL"),
                    },
                }
            ]
        if infusion.lots:
            lot = infusion.lots[n]
            batch: dict[str, str] = {"lotNumber": lot.lot}
            if lot.expiry is not None:
                batch["expirationDate"] = lot.expiry.isoformat()
            resource["batch"] = batch
        found.append(resource)
    return found


def _status(infusion: Infusion) -> str:
    if infusion.end is None:
        return "in-progress"
    if any(e.action is EventAction.STOPPED for e in infusion.events):
        return "stopped"
    return "completed"


def _dosage(infusion: Infusion, frame: Frame) -> dict[str, Any]:
    steps = infusion.rate_steps
    rate_words = ", ".join(f"{to_display(s.at)} {fmt(s.ml_per_h, 1)} mL/h" for s in steps)
    dosage: dict[str, Any] = {
        "text": f"{fmt(infusion.dose_g)} g intravenously"
        + (f"; rate steps: {rate_words}" if steps else "; no rate step recorded"),
        "route": INTRAVENOUS,
        "dose": quantity(infusion.dose_g, "g", "g"),
    }
    if steps:
        dosage["rateQuantity"] = quantity(max(s.ml_per_h for s in steps), "mL/h", "mL/h")
        dosage["extension"] = [
            {
                "url": RATE_STEP,
                "extension": [
                    {"url": "at", "valueDateTime": frame.time(s.at)},
                    {"url": "rate", "valueQuantity": quantity(s.ml_per_h, "mL/h", "mL/h")},
                ],
            }
            for s in steps
        ]
    return dosage


def administration(infusion: Infusion, *, patient_id: str, frame: Frame) -> Resource:
    period = {"start": frame.time(infusion.start)}
    if infusion.end is not None:
        period["end"] = frame.time(infusion.end)
    lots = medication_ids(infusion)
    extensions: list[dict[str, Any]] = [
        {"url": ADDITIONAL_LOT, "valueReference": reference(med_id)} for med_id in lots[1:]
    ]
    extensions += [
        {
            "url": LABEL_USE,
            "valueCoding": coding(code_system("label-use"), infusion.label_use.value),
        },
        {
            "url": DOSING_WEIGHT,
            "extension": [
                {"url": "weight", "valueQuantity": quantity(infusion.dosing_weight_kg, "kg", "kg")},
                {
                    "url": "basis",
                    "valueCoding": coding(
                        code_system("dosing-weight-basis"), infusion.dosing_weight_basis.value
                    ),
                },
            ],
        },
    ]
    resource: Resource = {
        "resourceType": "MedicationAdministration",
        "id": administration_id(infusion),
        "extension": extensions,
        "identifier": [{"system": identifier_system("infusion"), "value": infusion.id}],
        "status": _status(infusion),
        "medicationReference": reference(lots[0]),
        "subject": reference(patient_id),
        "effectivePeriod": period,
        "reasonCode": [
            concept(
                code_system("diagnosis"),
                infusion.indication.value,
                DIAGNOSIS_NAMES[infusion.indication],
            )
        ],
        "dosage": _dosage(infusion, frame),
    }
    if infusion.recorded_by:
        resource["performer"] = [{"actor": user_reference(infusion.recorded_by)}]
    if infusion.notes:
        resource["note"] = [{"text": infusion.notes}]
    return resource


def premedication(
    premed: Premedication, infusion: Infusion, *, patient_id: str, frame: Frame
) -> Resource:
    """A premedication given before (or during) the infusion: the drug as recorded, its class,
    and the infusion it was given for."""
    key = premed.id or f"{infusion.id}/{premed.at.isoformat()}/{premed.drug}"
    resource: Resource = {
        "resourceType": "MedicationAdministration",
        "id": resource_id("Premedication", str(key)),
        "extension": [
            {
                "url": PREMEDICATION_CLASS,
                "valueCoding": coding(code_system("premedication-class"), premed.drug_class.value),
            },
            {"url": PREMEDICATION_FOR, "valueReference": reference(administration_id(infusion))},
        ],
        "identifier": [{"system": identifier_system("premedication"), "value": str(key)}],
        "status": "completed",
        "medicationCodeableConcept": {"text": premed.drug},
        "subject": reference(patient_id),
        "effectiveDateTime": frame.time(premed.at),
    }
    amount = _DOSE.match(premed.dose)
    route = {"text": premed.route} if premed.route else None
    if amount is not None:
        # R4 (mad-1): a dosage has a dose or a rate; a dose that is not a plain amount stays
        # in the note with the route.
        value = float(amount.group(1).replace(",", "."))
        unit = _UCUM_DOSE[amount.group(2)]
        dosage: dict[str, Any] = {"text": premed.dose, "dose": quantity(value, unit, unit)}
        if route is not None:
            dosage["route"] = route
        resource["dosage"] = dosage
    elif premed.dose or premed.route:
        parts = [f"dose: {premed.dose}"] if premed.dose else []
        parts += [f"route: {premed.route}"] if premed.route else []
        resource["note"] = [{"text": "; ".join(parts)}]
    return resource
