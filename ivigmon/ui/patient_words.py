"""A patient's facts in the language of the screens: sex, diagnoses, comorbidities, age and
the BMI note. The codes and the English names stay in the domain; the words shown are here."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from ivigmon.domain.age import completed_years
from ivigmon.domain.codes import Comorbidity, Diagnosis, Sex
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui.record_counts import COUNTS

SEX_NAMES = {
    Sex.F: QT_TRANSLATE_NOOP("patient_words", "female"),
    Sex.M: QT_TRANSLATE_NOOP("patient_words", "male"),
}
# The one letter a table column has room for.
SEX_LETTERS = {
    Sex.F: QT_TRANSLATE_NOOP("patient_words", "F"),
    Sex.M: QT_TRANSLATE_NOOP("patient_words", "M"),
}
DIAGNOSIS_WORDS = {
    Diagnosis.JIA: QT_TRANSLATE_NOOP("patient_words", "juvenile idiopathic arthritis"),
    Diagnosis.KD: QT_TRANSLATE_NOOP("patient_words", "Kawasaki disease"),
    Diagnosis.ITP: QT_TRANSLATE_NOOP("patient_words", "immune thrombocytopenia"),
    Diagnosis.JDM: QT_TRANSLATE_NOOP("patient_words", "juvenile dermatomyositis"),
    Diagnosis.SV: QT_TRANSLATE_NOOP("patient_words", "systemic vasculitis"),
    Diagnosis.JSLE: QT_TRANSLATE_NOOP("patient_words", "juvenile systemic lupus erythematosus"),
    Diagnosis.SCLE: QT_TRANSLATE_NOOP("patient_words", "scleroderma"),
    Diagnosis.PID: QT_TRANSLATE_NOOP("patient_words", "primary immunodeficiency"),
    Diagnosis.CIDP: QT_TRANSLATE_NOOP(
        "patient_words", "chronic inflammatory demyelinating polyneuropathy"
    ),
    Diagnosis.GBS: QT_TRANSLATE_NOOP("patient_words", "Guillain-Barré syndrome"),
    Diagnosis.MMN: QT_TRANSLATE_NOOP("patient_words", "multifocal motor neuropathy"),
    Diagnosis.OTHER: QT_TRANSLATE_NOOP("patient_words", "other"),
}
COMORBIDITY_WORDS = {
    Comorbidity.KIDNEY_FAILURE: QT_TRANSLATE_NOOP("patient_words", "kidney failure"),
    Comorbidity.DIABETES: QT_TRANSLATE_NOOP("patient_words", "diabetes"),
    Comorbidity.CARDIAC_IMPAIRMENT: QT_TRANSLATE_NOOP("patient_words", "cardiac impairment"),
    Comorbidity.THROMBOSIS_HISTORY: QT_TRANSLATE_NOOP("patient_words", "history of thrombosis"),
    Comorbidity.HYPERCOAGULABLE: QT_TRANSLATE_NOOP("patient_words", "hypercoagulable state"),
    Comorbidity.ESTROGENS: QT_TRANSLATE_NOOP("patient_words", "takes estrogens"),
    Comorbidity.IMMOBILISED: QT_TRANSLATE_NOOP("patient_words", "immobilised"),
    Comorbidity.CENTRAL_LINE: QT_TRANSLATE_NOOP("patient_words", "central venous line"),
    Comorbidity.HYPERVISCOSITY: QT_TRANSLATE_NOOP("patient_words", "hyperviscosity"),
    Comorbidity.ANTI_IGA: QT_TRANSLATE_NOOP(
        "patient_words", "IgA deficiency with anti-IgA antibodies"
    ),
    Comorbidity.FRUCTOSE_INTOLERANCE: QT_TRANSLATE_NOOP(
        "patient_words", "hereditary fructose intolerance"
    ),
}
# The notes the body size comes with (services/patient_overview.py), as templates.
BMI_NOTES = {
    "BMI needs a measured weight and height": QT_TRANSLATE_NOOP(
        "patient_words", "BMI needs a measured weight and height"
    ),
    "no BMI-for-age percentile under 2 years": QT_TRANSLATE_NOOP(
        "patient_words", "no BMI-for-age percentile under 2 years"
    ),
}
OLD_HEIGHT = re.compile(r"^height older than (\d+) months$")


def patient_words(text: str) -> str:
    """A word of a table above, translated."""
    return QCoreApplication.translate("patient_words", text)


def sex_text(sex: Sex) -> str:
    return patient_words(SEX_NAMES[sex])


def sex_letter(sex: Sex | str) -> str:
    try:
        return patient_words(SEX_LETTERS[Sex(sex)])
    except ValueError:
        return str(sex)


def diagnosis_name(code: Diagnosis) -> str:
    return patient_words(DIAGNOSIS_WORDS[code])


def diagnosis_text(code: Diagnosis | None) -> str:
    """`KD - Kawasaki disease` (the code stays as the ward writes it)."""
    if code is None:
        return "-"
    if code is Diagnosis.OTHER:
        return diagnosis_name(code)
    return f"{code.value} - {diagnosis_name(code)}"


def comorbidity_text(code: Comorbidity) -> str:
    return patient_words(COMORBIDITY_WORDS[code])


def age_words(birth: date, at: datetime) -> str:
    """`6 y`, `1 y 4 mo`, `7 mo`, `12 days`: months matter for the youngest children."""
    years = completed_years(birth, at)
    day = at.date()
    months = (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)
    if years >= 2:
        return QCoreApplication.translate("patient_words", "{years} y").format(years=years)
    if months >= 12:
        return QCoreApplication.translate("patient_words", "{years} y {months} mo").format(
            years=years, months=months - 12 * years
        )
    if months >= 1:
        return QCoreApplication.translate("patient_words", "{months} mo").format(months=months)
    return COUNTS.days((day - birth).days)


def bmi_note(note: str) -> str:
    """The note of the body size (a service's English words) in the language of the screens."""
    old = OLD_HEIGHT.match(note)
    if old is not None:
        return QCoreApplication.translate(
            "patient_words", "height older than {months} months"
        ).format(months=old.group(1))
    return patient_words(BMI_NOTES[note]) if note in BMI_NOTES else note
