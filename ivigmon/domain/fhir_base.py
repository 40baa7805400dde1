"""What every resource of the FHIR R4 export shares: the program's code systems and identifier
systems, resource ids, references, codings, quantities and zoned times."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ivigmon.domain.products import Product
from ivigmon.domain.settings import CheckSettings

# A resource as JSON: the export writes each one as it is made.
Resource = dict[str, Any]

# The program's own namespaces: stable, under one base, never a licensed terminology (no
# MedDRA: the event terms, grades, codes and keys below are the program's own).
BASE = "https://ivigmon.example/fhir"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
# HL7's own code systems, for the elements R4 binds to them.
HL7 = "http://terminology.hl7.org/CodeSystem"

# Resource ids are UUIDs made from the record's own key (the same record keeps its id from one
# export to the next); an entry's fullUrl is its urn:uuid, and references use it.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE)


def code_system(name: str) -> str:
    """`https://ivigmon.example/fhir/CodeSystem/event-term`."""
    return f"{BASE}/CodeSystem/{name}"


def identifier_system(name: str) -> str:
    """`https://ivigmon.example/fhir/identifier/mrn`: where the program's keys come from."""
    return f"{BASE}/identifier/{name}"


def extension_url(name: str) -> str:
    """`https://ivigmon.example/fhir/StructureDefinition/rate-step`."""
    return f"{BASE}/StructureDefinition/{name}"


def resource_id(kind: str, key: str) -> str:
    """The id of the `kind` resource made from the record keyed `key` (a UUID, always a valid
    FHIR id whatever characters the key holds)."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}/{key}"))


def reference(resource_id_: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource_id_}"}


def user_reference(username: str) -> dict[str, Any]:
    """A person of the ward by user name: a logical reference (no Practitioner is exported)."""
    return {
        "type": "Practitioner",
        "identifier": {"system": identifier_system("user"), "value": username},
        "display": username,
    }


def coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    found = {"system": system, "code": code}
    if display:
        found["display"] = display
    return found


def concept(system: str, code: str, display: str, text: str | None = None) -> dict[str, Any]:
    """A CodeableConcept of one coding, with its text (the display unless told)."""
    return {"coding": [coding(system, code, display)], "text": text or display}


def quantity(value: float, unit: str, code: str) -> dict[str, Any]:
    """A UCUM quantity: `unit` as people read it, `code` as UCUM writes it."""
    return {"value": value, "unit": unit, "system": UCUM, "code": code}


def entry(resource: Resource) -> Resource:
    """A Bundle entry: the resource under its urn:uuid."""
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


@dataclass(frozen=True)
class Frame:
    """What one export shares: when it was made, the zone of its times, the catalogue and the
    check timings.

    FHIR requires a zone on every time with hours; the record holds local wall-clock times, so
    `zoned` gives each one this workstation's UTC offset at that moment.
    """

    now: datetime
    zoned: Callable[[datetime], datetime]
    products: Mapping[str, Product]
    checks: CheckSettings

    def time(self, moment: datetime) -> str:
        return self.zoned(moment).isoformat(timespec="seconds")

    def product_name(self, product_id: str) -> str:
        product = self.products.get(product_id)
        return product.name if product is not None else product_id
