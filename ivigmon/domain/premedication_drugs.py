"""Common IVIG premedication drugs and their class, so the class fills in as the drug is typed."""

from __future__ import annotations

from ivigmon.domain.codes import PremedClass

# Drugs used before IVIG to prevent infusion reactions (paper: antipyretics, antihistamines,
# NSAIDs, glucocorticoids); generic names, lower case.
DRUG_CLASSES: dict[str, PremedClass] = {
    "paracetamol": PremedClass.ANTIPYRETIC,
    "acetaminophen": PremedClass.ANTIPYRETIC,
    "metamizole": PremedClass.ANTIPYRETIC,
    "ibuprofen": PremedClass.NSAID,
    "naproxen": PremedClass.NSAID,
    "cetirizine": PremedClass.ANTIHISTAMINE,
    "chlorphenamine": PremedClass.ANTIHISTAMINE,
    "clemastine": PremedClass.ANTIHISTAMINE,
    "diphenhydramine": PremedClass.ANTIHISTAMINE,
    "dimetindene": PremedClass.ANTIHISTAMINE,
    "hydroxyzine": PremedClass.ANTIHISTAMINE,
    "hydrocortisone": PremedClass.GLUCOCORTICOID,
    "methylprednisolone": PremedClass.GLUCOCORTICOID,
    "prednisolone": PremedClass.GLUCOCORTICOID,
    "prednisone": PremedClass.GLUCOCORTICOID,
    "dexamethasone": PremedClass.GLUCOCORTICOID,
}

ROUTES: tuple[str, ...] = ("po", "iv", "im", "pr", "sc")


def class_of(drug: str) -> PremedClass | None:
    """The class of a known drug name (any case, surrounding spaces ignored)."""
    return DRUG_CLASSES.get(drug.strip().lower())
