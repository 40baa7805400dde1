"""Codes as reasons name them (comorbidities, event terms, vital signs and levels), as phrases.

The English words are those of the code tables (`codes.py`), marked here in the "reasons"
context so a screen can show a reason in its own language; tests keep the two equal.
"""

from __future__ import annotations

from ivigmon.domain.codes import Comorbidity, EventTerm, Seriousness, VitalLevel, VitalSign
from ivigmon.domain.phrases import Phrase, Text
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

COMORBIDITY_WORDS: dict[Comorbidity, str] = {
    Comorbidity.KIDNEY_FAILURE: QT_TRANSLATE_NOOP("reasons", "kidney failure"),
    Comorbidity.DIABETES: QT_TRANSLATE_NOOP("reasons", "diabetes"),
    Comorbidity.CARDIAC_IMPAIRMENT: QT_TRANSLATE_NOOP("reasons", "cardiac impairment"),
    Comorbidity.THROMBOSIS_HISTORY: QT_TRANSLATE_NOOP("reasons", "history of thrombosis"),
    Comorbidity.HYPERCOAGULABLE: QT_TRANSLATE_NOOP("reasons", "hypercoagulable state"),
    Comorbidity.ESTROGENS: QT_TRANSLATE_NOOP("reasons", "takes estrogens"),
    Comorbidity.IMMOBILISED: QT_TRANSLATE_NOOP("reasons", "immobilised"),
    Comorbidity.CENTRAL_LINE: QT_TRANSLATE_NOOP("reasons", "central venous line"),
    Comorbidity.HYPERVISCOSITY: QT_TRANSLATE_NOOP("reasons", "hyperviscosity"),
    Comorbidity.ANTI_IGA: QT_TRANSLATE_NOOP("reasons", "IgA deficiency with anti-IgA antibodies"),
    Comorbidity.FRUCTOSE_INTOLERANCE: QT_TRANSLATE_NOOP(
        "reasons", "hereditary fructose intolerance"
    ),
}

# A coded event term in a reason: its code with spaces (`neck stiffness`).
TERM_WORDS: dict[EventTerm, str] = {
    EventTerm.FEVER: QT_TRANSLATE_NOOP("reasons", "fever"),
    EventTerm.CHILLS: QT_TRANSLATE_NOOP("reasons", "chills"),
    EventTerm.WEAKNESS: QT_TRANSLATE_NOOP("reasons", "weakness"),
    EventTerm.FLUSHING: QT_TRANSLATE_NOOP("reasons", "flushing"),
    EventTerm.HEADACHE: QT_TRANSLATE_NOOP("reasons", "headache"),
    EventTerm.NAUSEA: QT_TRANSLATE_NOOP("reasons", "nausea"),
    EventTerm.VOMITING: QT_TRANSLATE_NOOP("reasons", "vomiting"),
    EventTerm.COUGH: QT_TRANSLATE_NOOP("reasons", "cough"),
    EventTerm.RASH: QT_TRANSLATE_NOOP("reasons", "rash"),
    EventTerm.MYALGIA: QT_TRANSLATE_NOOP("reasons", "myalgia"),
    EventTerm.HYPOTENSION: QT_TRANSLATE_NOOP("reasons", "hypotension"),
    EventTerm.HYPERTENSION: QT_TRANSLATE_NOOP("reasons", "hypertension"),
    EventTerm.TACHYCARDIA: QT_TRANSLATE_NOOP("reasons", "tachycardia"),
    EventTerm.DYSPNOEA: QT_TRANSLATE_NOOP("reasons", "dyspnoea"),
    EventTerm.ANAPHYLAXIS: QT_TRANSLATE_NOOP("reasons", "anaphylaxis"),
    EventTerm.NECK_STIFFNESS: QT_TRANSLATE_NOOP("reasons", "neck stiffness"),
    EventTerm.DARK_URINE: QT_TRANSLATE_NOOP("reasons", "dark urine"),
    EventTerm.REDUCED_URINE: QT_TRANSLATE_NOOP("reasons", "reduced urine"),
    EventTerm.LIMB_SWELLING: QT_TRANSLATE_NOOP("reasons", "limb swelling"),
    EventTerm.CHEST_PAIN: QT_TRANSLATE_NOOP("reasons", "chest pain"),
    EventTerm.OEDEMA: QT_TRANSLATE_NOOP("reasons", "oedema"),
    EventTerm.WHEEZE: QT_TRANSLATE_NOOP("reasons", "wheeze"),
    EventTerm.URTICARIA: QT_TRANSLATE_NOOP("reasons", "urticaria"),
    EventTerm.PHOTOPHOBIA: QT_TRANSLATE_NOOP("reasons", "photophobia"),
    EventTerm.ONE_SIDED_WEAKNESS: QT_TRANSLATE_NOOP("reasons", "one sided weakness"),
    EventTerm.JAUNDICE: QT_TRANSLATE_NOOP("reasons", "jaundice"),
    EventTerm.OTHER: QT_TRANSLATE_NOOP("reasons", "other"),
}

SERIOUSNESS_WORDS: dict[Seriousness, str] = {
    Seriousness.DEATH: QT_TRANSLATE_NOOP("reasons", "resulted in death"),
    Seriousness.LIFE_THREATENING: QT_TRANSLATE_NOOP("reasons", "life-threatening"),
    Seriousness.HOSPITALISATION: QT_TRANSLATE_NOOP(
        "reasons", "needed or prolonged a hospital stay"
    ),
    Seriousness.DISABILITY: QT_TRANSLATE_NOOP("reasons", "lasting or significant disability"),
    Seriousness.CONGENITAL_ANOMALY: QT_TRANSLATE_NOOP(
        "reasons", "congenital anomaly or birth defect"
    ),
    Seriousness.OTHER_IMPORTANT: QT_TRANSLATE_NOOP("reasons", "other medically important event"),
}

SIGN_WORDS: dict[VitalSign, str] = {
    VitalSign.TEMP_C: QT_TRANSLATE_NOOP("reasons", "temperature"),
    VitalSign.HR: QT_TRANSLATE_NOOP("reasons", "heart rate"),
    VitalSign.RR: QT_TRANSLATE_NOOP("reasons", "respiratory rate"),
    VitalSign.SBP: QT_TRANSLATE_NOOP("reasons", "systolic pressure"),
    VitalSign.SPO2: QT_TRANSLATE_NOOP("reasons", "SpO2"),
}

# A level as a reason names it: its code.
LEVEL_WORDS: dict[VitalLevel, str] = {
    VitalLevel.NONE: QT_TRANSLATE_NOOP("reasons", "none"),
    VitalLevel.WATCH: QT_TRANSLATE_NOOP("reasons", "watch"),
    VitalLevel.ALERT: QT_TRANSLATE_NOOP("reasons", "alert"),
    VitalLevel.URGENT: QT_TRANSLATE_NOOP("reasons", "urgent"),
}

# A product's stabilising sugar as the catalogue names it (other names are shown as written).
SUGAR_WORDS: dict[str, str] = {
    "glucose": QT_TRANSLATE_NOOP("reasons", "glucose"),
    "maltose": QT_TRANSLATE_NOOP("reasons", "maltose"),
    "sorbitol": QT_TRANSLATE_NOOP("reasons", "sorbitol"),
    "sucrose": QT_TRANSLATE_NOOP("reasons", "sucrose"),
}

_TERMS = {term.value: term for term in EventTerm}


def word(template: str) -> Phrase:
    """A marked word or name as a phrase of its own."""
    return Phrase(template)


def term_phrase(term: str) -> Phrase | Text:
    """A coded term as a phrase (`neck stiffness`); free text as written."""
    code = _TERMS.get(term)
    return Phrase(TERM_WORDS[code]) if code is not None else Text(term)


def sugar_phrase(sugar: str) -> Phrase | Text:
    """A sugar the catalogue names (lower case) as a phrase; another as written."""
    known = SUGAR_WORDS.get(sugar)
    return Phrase(known) if known is not None else Text(sugar)
