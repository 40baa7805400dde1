"""The coded vocabularies of the SPEC (sections 2, 4, 9 and 10), as string enums."""

from __future__ import annotations

from enum import StrEnum

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP


class Sex(StrEnum):
    F = "F"
    M = "M"


class Diagnosis(StrEnum):
    JIA = "JIA"
    KD = "KD"
    ITP = "ITP"
    JDM = "JDM"
    SV = "SV"
    JSLE = "JSLE"
    SCLE = "SCLE"
    PID = "PID"
    CIDP = "CIDP"
    GBS = "GBS"
    MMN = "MMN"
    OTHER = "OTHER"


DIAGNOSIS_NAMES: dict[Diagnosis, str] = {
    Diagnosis.JIA: "juvenile idiopathic arthritis",
    Diagnosis.KD: "Kawasaki disease",
    Diagnosis.ITP: "immune thrombocytopenia",
    Diagnosis.JDM: "juvenile dermatomyositis",
    Diagnosis.SV: "systemic vasculitis",
    Diagnosis.JSLE: "juvenile systemic lupus erythematosus",
    Diagnosis.SCLE: "scleroderma",
    Diagnosis.PID: "primary immunodeficiency",
    Diagnosis.CIDP: "chronic inflammatory demyelinating polyneuropathy",
    Diagnosis.GBS: "Guillain-Barré syndrome",
    Diagnosis.MMN: "multifocal motor neuropathy",
    Diagnosis.OTHER: "other",
}


class Comorbidity(StrEnum):
    KIDNEY_FAILURE = "kidney_failure"
    DIABETES = "diabetes"
    CARDIAC_IMPAIRMENT = "cardiac_impairment"
    THROMBOSIS_HISTORY = "thrombosis_history"
    HYPERCOAGULABLE = "hypercoagulable"
    ESTROGENS = "estrogens"
    IMMOBILISED = "immobilised"
    CENTRAL_LINE = "central_line"
    HYPERVISCOSITY = "hyperviscosity"
    ANTI_IGA = "anti_iga"
    FRUCTOSE_INTOLERANCE = "fructose_intolerance"


COMORBIDITY_NAMES: dict[Comorbidity, str] = {
    Comorbidity.KIDNEY_FAILURE: "kidney failure",
    Comorbidity.DIABETES: "diabetes",
    Comorbidity.CARDIAC_IMPAIRMENT: "cardiac impairment",
    Comorbidity.THROMBOSIS_HISTORY: "history of thrombosis",
    Comorbidity.HYPERCOAGULABLE: "hypercoagulable state",
    Comorbidity.ESTROGENS: "takes estrogens",
    Comorbidity.IMMOBILISED: "immobilised",
    Comorbidity.CENTRAL_LINE: "central venous line",
    Comorbidity.HYPERVISCOSITY: "hyperviscosity",
    Comorbidity.ANTI_IGA: "IgA deficiency with anti-IgA antibodies",
    Comorbidity.FRUCTOSE_INTOLERANCE: "hereditary fructose intolerance",
}


class LabelUse(StrEnum):
    ON = "on"
    OFF = "off"


class WeightBasis(StrEnum):
    ACTUAL = "actual"
    ADJUSTED = "adjusted"


class PremedClass(StrEnum):
    ANTIPYRETIC = "antipyretic"
    NSAID = "nsaid"
    ANTIHISTAMINE = "antihistamine"
    GLUCOCORTICOID = "glucocorticoid"
    OTHER = "other"


class EventTerm(StrEnum):
    FEVER = "fever"
    CHILLS = "chills"
    WEAKNESS = "weakness"
    FLUSHING = "flushing"
    HEADACHE = "headache"
    NAUSEA = "nausea"
    VOMITING = "vomiting"
    COUGH = "cough"
    RASH = "rash"
    MYALGIA = "myalgia"
    HYPOTENSION = "hypotension"
    HYPERTENSION = "hypertension"
    TACHYCARDIA = "tachycardia"
    DYSPNOEA = "dyspnoea"
    ANAPHYLAXIS = "anaphylaxis"
    NECK_STIFFNESS = "neck_stiffness"
    DARK_URINE = "dark_urine"
    REDUCED_URINE = "reduced_urine"
    LIMB_SWELLING = "limb_swelling"
    CHEST_PAIN = "chest_pain"
    OEDEMA = "oedema"
    # SPEC 10.1: signs of anaphylaxis, aseptic meningitis, stroke (thrombosis) and haemolysis.
    WHEEZE = "wheeze"
    URTICARIA = "urticaria"
    PHOTOPHOBIA = "photophobia"
    ONE_SIDED_WEAKNESS = "one_sided_weakness"
    JAUNDICE = "jaundice"
    OTHER = "other"


EVENT_TERM_NAMES: dict[EventTerm, str] = {
    EventTerm.FEVER: QT_TRANSLATE_NOOP("event_terms", "fever"),
    EventTerm.CHILLS: QT_TRANSLATE_NOOP("event_terms", "chills"),
    EventTerm.WEAKNESS: QT_TRANSLATE_NOOP("event_terms", "weakness"),
    EventTerm.FLUSHING: QT_TRANSLATE_NOOP("event_terms", "flushing"),
    EventTerm.HEADACHE: QT_TRANSLATE_NOOP("event_terms", "headache"),
    EventTerm.NAUSEA: QT_TRANSLATE_NOOP("event_terms", "nausea"),
    EventTerm.VOMITING: QT_TRANSLATE_NOOP("event_terms", "vomiting"),
    EventTerm.COUGH: QT_TRANSLATE_NOOP("event_terms", "cough"),
    EventTerm.RASH: QT_TRANSLATE_NOOP("event_terms", "rash"),
    EventTerm.MYALGIA: QT_TRANSLATE_NOOP("event_terms", "muscle pain"),
    EventTerm.HYPOTENSION: QT_TRANSLATE_NOOP("event_terms", "low blood pressure"),
    EventTerm.HYPERTENSION: QT_TRANSLATE_NOOP("event_terms", "high blood pressure"),
    EventTerm.TACHYCARDIA: QT_TRANSLATE_NOOP("event_terms", "fast heart rate"),
    EventTerm.DYSPNOEA: QT_TRANSLATE_NOOP("event_terms", "shortness of breath"),
    EventTerm.ANAPHYLAXIS: QT_TRANSLATE_NOOP("event_terms", "anaphylaxis"),
    EventTerm.NECK_STIFFNESS: QT_TRANSLATE_NOOP(
        "event_terms", "neck stiffness (aseptic meningitis?)"
    ),
    EventTerm.DARK_URINE: QT_TRANSLATE_NOOP("event_terms", "dark urine (haemolysis?)"),
    EventTerm.REDUCED_URINE: QT_TRANSLATE_NOOP("event_terms", "less urine (kidneys?)"),
    EventTerm.LIMB_SWELLING: QT_TRANSLATE_NOOP("event_terms", "swollen limb (thrombosis?)"),
    EventTerm.CHEST_PAIN: QT_TRANSLATE_NOOP("event_terms", "chest pain (thrombosis?)"),
    EventTerm.OEDEMA: QT_TRANSLATE_NOOP("event_terms", "oedema (fluid overload?)"),
    EventTerm.WHEEZE: QT_TRANSLATE_NOOP("event_terms", "wheeze"),
    EventTerm.URTICARIA: QT_TRANSLATE_NOOP("event_terms", "hives (urticaria)"),
    EventTerm.PHOTOPHOBIA: QT_TRANSLATE_NOOP(
        "event_terms", "light hurts the eyes (aseptic meningitis?)"
    ),
    EventTerm.ONE_SIDED_WEAKNESS: QT_TRANSLATE_NOOP(
        "event_terms", "weakness on one side (stroke?)"
    ),
    EventTerm.JAUNDICE: QT_TRANSLATE_NOOP("event_terms", "yellow skin or eyes (haemolysis?)"),
    EventTerm.OTHER: QT_TRANSLATE_NOOP("event_terms", "other"),
}


class Seriousness(StrEnum):
    """Why an adverse event is serious: the criteria of ICH E2A (SPEC 10.1)."""

    DEATH = "death"
    LIFE_THREATENING = "life_threatening"
    HOSPITALISATION = "hospitalisation"
    DISABILITY = "disability"
    CONGENITAL_ANOMALY = "congenital_anomaly"
    OTHER_IMPORTANT = "other_important"


SERIOUSNESS_NAMES: dict[Seriousness, str] = {
    Seriousness.DEATH: "resulted in death",
    Seriousness.LIFE_THREATENING: "life-threatening",
    Seriousness.HOSPITALISATION: "needed or prolonged a hospital stay",
    Seriousness.DISABILITY: "lasting or significant disability",
    Seriousness.CONGENITAL_ANOMALY: "congenital anomaly or birth defect",
    Seriousness.OTHER_IMPORTANT: "other medically important event",
}


class EventAction(StrEnum):
    NONE = "none"
    RATE_REDUCED = "rate_reduced"
    PAUSED = "paused"
    STOPPED = "stopped"
    TREATED = "treated"


class EventOutcome(StrEnum):
    RESOLVED = "resolved"
    RESOLVING = "resolving"
    ONGOING = "ongoing"
    FATAL = "fatal"
    UNKNOWN = "unknown"


class CheckMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"


class CheckOutcome(StrEnum):
    NO_SYMPTOMS = "no_symptoms"
    SYMPTOMS = "symptoms"
    NOT_REACHED = "not_reached"


class CheckStatus(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    SUPERSEDED = "superseded"
    DONE = "done"


class CourseOutcome(StrEnum):
    GOOD = "good"
    MODERATE = "moderate"
    POOR = "poor"


class RiskLevel(StrEnum):
    STANDARD = "standard"
    ELEVATED = "elevated"
    HIGH = "high"


class RateUnit(StrEnum):
    MG_KG_MIN = "mg/kg/min"
    ML_KG_H = "mL/kg/h"


class FactorCode(StrEnum):
    """Risk factor codes of SPEC sections 4 and 9, in the order the assessment lists them."""

    FIRST_INFUSION = "FIRST_INFUSION"
    LONG_GAP = "LONG_GAP"
    INFECTION = "INFECTION"
    PRODUCT_CHANGE = "PRODUCT_CHANGE"
    RAPID_RATE = "RAPID_RATE"
    KIDNEY_FAILURE = "KIDNEY_FAILURE"
    DIABETES = "DIABETES"
    OBESITY = "OBESITY"
    ADVANCED_AGE = "ADVANCED_AGE"
    YOUNG_CHILD = "YOUNG_CHILD"
    KAWASAKI_CARDIAC = "KAWASAKI_CARDIAC"
    THROMBOSIS_RISK = "THROMBOSIS_RISK"
    HEMOLYSIS_RISK = "HEMOLYSIS_RISK"
    ANTI_IGA = "ANTI_IGA"
    PRODUCT_CAUTION = "PRODUCT_CAUTION"
    PRIOR_REACTION = "PRIOR_REACTION"
    PRIOR_SEVERE_REACTION = "PRIOR_SEVERE_REACTION"


# Factors that only an infusion can have (SPEC section 4: the patient assessment skips them).
INFUSION_ONLY_FACTORS: frozenset[FactorCode] = frozenset(
    {
        FactorCode.INFECTION,
        FactorCode.PRODUCT_CHANGE,
        FactorCode.RAPID_RATE,
        FactorCode.HEMOLYSIS_RISK,
        FactorCode.PRODUCT_CAUTION,
    }
)

THROMBOSIS_COMORBIDITIES: frozenset[Comorbidity] = frozenset(
    {
        Comorbidity.THROMBOSIS_HISTORY,
        Comorbidity.HYPERCOAGULABLE,
        Comorbidity.ESTROGENS,
        Comorbidity.IMMOBILISED,
        Comorbidity.CENTRAL_LINE,
        Comorbidity.HYPERVISCOSITY,
    }
)


class AlertKind(StrEnum):
    """What raised an alert (SPEC 10.2); alphabetical, the order of ties in the alert list."""

    RED_FLAG = "red_flag"
    UNENDED = "unended"
    VITAL_SIGNS = "vital_signs"


class AlertSeverity(StrEnum):
    """How soon a person must look (SPEC 10.2): `urgent` comes first."""

    ALERT = "alert"
    URGENT = "urgent"


class VitalLevel(StrEnum):
    """How far one vital sign is outside its limits (SPEC 10.2), from none to urgent."""

    NONE = "none"
    WATCH = "watch"
    ALERT = "alert"
    URGENT = "urgent"

    @property
    def rank(self) -> int:
        """0 for none up to 3 for urgent: levels compare by rank."""
        return _VITAL_RANKS[self]


# Looked up, not searched: the alerts of a national service compare levels millions of times.
_VITAL_RANKS = {level: number for number, level in enumerate(VitalLevel)}


class VitalSign(StrEnum):
    """The vital signs compared with limits; each value is a `VitalSigns` field name."""

    TEMP_C = "temp_c"
    HR = "hr"
    RR = "rr"
    SBP = "sbp"
    SPO2 = "spo2"


VITAL_SIGN_NAMES: dict[VitalSign, str] = {
    VitalSign.TEMP_C: QT_TRANSLATE_NOOP("vital_sign_names", "temperature"),
    VitalSign.HR: QT_TRANSLATE_NOOP("vital_sign_names", "heart rate"),
    VitalSign.RR: QT_TRANSLATE_NOOP("vital_sign_names", "respiratory rate"),
    VitalSign.SBP: QT_TRANSLATE_NOOP("vital_sign_names", "systolic pressure"),
    VitalSign.SPO2: QT_TRANSLATE_NOOP("vital_sign_names", "SpO2"),
}
