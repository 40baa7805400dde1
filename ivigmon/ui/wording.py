"""Ward-language words for codes, times and numbers shown on screen.

Words kept in tables here are marked `QT_TRANSLATE_NOOP("wording", ...)` and stay English in the
code; a screen shows one with `words(...)`, in the language of the screens. Times and numbers
come out in the language's own format (`when`, `number`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from ivigmon.domain.age import completed_years
from ivigmon.domain.codes import (
    COMORBIDITY_NAMES,
    DIAGNOSIS_NAMES,
    EVENT_TERM_NAMES,
    AlertKind,
    AlertSeverity,
    CheckMode,
    CheckOutcome,
    CheckStatus,
    Comorbidity,
    Diagnosis,
    EventAction,
    EventOutcome,
    EventTerm,
    FactorCode,
    LabelUse,
    PremedClass,
    Seriousness,
    Sex,
    VitalLevel,
    WeightBasis,
)
from ivigmon.domain.dosing_weight import AdjustedWeight
from ivigmon.domain.growth import BodyCheck
from ivigmon.domain.models import Measurement
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import Product
from ivigmon.domain.roles import ROLE_NAMES, Role
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.volume_given import InfusionProgress


def words(text: str) -> str:
    """A word of a table below (marked with QT_TRANSLATE_NOOP("wording", ...)), translated."""
    return QCoreApplication.translate("wording", text)


class Counted(QObject):
    """Words with a count in them, in the language's plural forms (`1 day`, `2 days`; in
    Polish one, few and many). lupdate reads a count only in the tr() of a QObject class."""

    def days_hours(self, days: int, hours: int) -> str:
        return self.tr("%n day(s) {hours} h", "", days).format(hours=hours)

    def locked_after(self, minutes: int) -> str:
        return self.tr("Locked after %n minute(s) without use.", "", minutes)


COUNTED = Counted()


def role_name(role: Role) -> str:
    """`nurse` in the language of the screens (ROLE_NAMES is marked in the domain)."""
    return QCoreApplication.translate("roles", ROLE_NAMES[role])


def _english() -> bool:
    """The screens speak English: times stay as the ward has always read them (ISO)."""
    return QLocale().language() == QLocale.Language.English


SEX_WORDS = {
    Sex.F: QT_TRANSLATE_NOOP("wording", "female"),
    Sex.M: QT_TRANSLATE_NOOP("wording", "male"),
}
LABEL_USE_WORDS = {
    LabelUse.ON: QT_TRANSLATE_NOOP("wording", "on label (registered / protocol)"),
    LabelUse.OFF: QT_TRANSLATE_NOOP("wording", "off label"),
}
WEIGHT_BASIS_WORDS = {
    WeightBasis.ACTUAL: QT_TRANSLATE_NOOP("wording", "actual weight"),
    WeightBasis.ADJUSTED: QT_TRANSLATE_NOOP("wording", "adjusted weight"),
}
PREMED_CLASS_WORDS = {
    PremedClass.ANTIPYRETIC: QT_TRANSLATE_NOOP("wording", "antipyretic"),
    PremedClass.NSAID: QT_TRANSLATE_NOOP("wording", "NSAID"),
    PremedClass.ANTIHISTAMINE: QT_TRANSLATE_NOOP("wording", "antihistamine"),
    PremedClass.GLUCOCORTICOID: QT_TRANSLATE_NOOP("wording", "glucocorticoid"),
    PremedClass.OTHER: QT_TRANSLATE_NOOP("wording", "other"),
}
ACTION_WORDS = {
    EventAction.NONE: QT_TRANSLATE_NOOP("wording", "none"),
    EventAction.RATE_REDUCED: QT_TRANSLATE_NOOP("wording", "rate reduced"),
    EventAction.PAUSED: QT_TRANSLATE_NOOP("wording", "infusion paused"),
    EventAction.STOPPED: QT_TRANSLATE_NOOP("wording", "infusion stopped"),
    EventAction.TREATED: QT_TRANSLATE_NOOP("wording", "treated"),
}
EVENT_OUTCOME_WORDS = {
    EventOutcome.RESOLVED: QT_TRANSLATE_NOOP("wording", "resolved"),
    EventOutcome.RESOLVING: QT_TRANSLATE_NOOP("wording", "resolving"),
    EventOutcome.ONGOING: QT_TRANSLATE_NOOP("wording", "ongoing"),
    EventOutcome.FATAL: QT_TRANSLATE_NOOP("wording", "fatal"),
    EventOutcome.UNKNOWN: QT_TRANSLATE_NOOP("wording", "not known yet"),
}
# ICH E2A seriousness criteria (SPEC 10.1), as the form asks them.
SERIOUSNESS_WORDS = {
    Seriousness.DEATH: QT_TRANSLATE_NOOP("wording", "resulted in death"),
    Seriousness.LIFE_THREATENING: QT_TRANSLATE_NOOP("wording", "life-threatening"),
    Seriousness.HOSPITALISATION: QT_TRANSLATE_NOOP(
        "wording", "hospital admission or a longer stay"
    ),
    Seriousness.DISABILITY: QT_TRANSLATE_NOOP("wording", "lasting or significant disability"),
    Seriousness.CONGENITAL_ANOMALY: QT_TRANSLATE_NOOP(
        "wording", "congenital anomaly or birth defect"
    ),
    Seriousness.OTHER_IMPORTANT: QT_TRANSLATE_NOOP("wording", "other medically important event"),
}
MODE_WORDS = {
    CheckMode.IN_PERSON: QT_TRANSLATE_NOOP("wording", "in person"),
    CheckMode.PHONE: QT_TRANSLATE_NOOP("wording", "by phone"),
}
CHECK_OUTCOME_WORDS = {
    CheckOutcome.NO_SYMPTOMS: QT_TRANSLATE_NOOP("wording", "no symptoms"),
    CheckOutcome.SYMPTOMS: QT_TRANSLATE_NOOP("wording", "symptoms"),
    CheckOutcome.NOT_REACHED: QT_TRANSLATE_NOOP("wording", "not reached"),
}
# Written out with a symbol, so the status reads without colour.
STATUS_WORDS = {
    CheckStatus.OVERDUE: QT_TRANSLATE_NOOP("wording", "● OVERDUE"),
    CheckStatus.DUE: QT_TRANSLATE_NOOP("wording", "◐ due now"),
    CheckStatus.UPCOMING: QT_TRANSLATE_NOOP("wording", "○ upcoming"),
    CheckStatus.SUPERSEDED: QT_TRANSLATE_NOOP("wording", "superseded"),
    CheckStatus.DONE: QT_TRANSLATE_NOOP("wording", "✓ done"),
}
# An alert (SPEC 10.2), written out with a symbol so it reads without colour.
ALERT_SEVERITY_WORDS = {
    AlertSeverity.URGENT: QT_TRANSLATE_NOOP("wording", "▲▲ URGENT"),
    AlertSeverity.ALERT: QT_TRANSLATE_NOOP("wording", "▲ ALERT"),
}
ALERT_KIND_WORDS = {
    AlertKind.VITAL_SIGNS: QT_TRANSLATE_NOOP("wording", "vital signs"),
    AlertKind.RED_FLAG: QT_TRANSLATE_NOOP("wording", "red-flag symptom"),
    AlertKind.UNENDED: QT_TRANSLATE_NOOP("wording", "infusion left running"),
}
OPEN_ALERT_MARK = QT_TRANSLATE_NOOP("wording", "▲ open alert")
REVIEW_ON_THE_WORKLIST = QT_TRANSLATE_NOOP(
    "wording", "Review on the worklist once the child has been seen."
)
# Under an open alert: the text the ward entered for its kind, word for word. ivigmon writes no
# clinical instructions of its own, so without one it says that none was entered.
WARD_PROTOCOL = QT_TRANSLATE_NOOP("wording", "Ward protocol: {}")
NO_WARD_PROTOCOL = QT_TRANSLATE_NOOP("wording", "Ward protocol: none entered (Settings > Alerts)")
# An earlier reaction (SPEC 9): what it makes of the next infusion, with a symbol.
EARLIER_SEVERE_WORDS = "▲▲ severe"
EARLIER_REACTION_WORDS = "▲ reaction"
EARLIER_MILD_WORDS = "○ mild"
# A vital sign's level (SPEC 10.2), written out with a symbol so it reads without colour.
VITAL_LEVEL_WORDS = {
    VitalLevel.NONE: QT_TRANSLATE_NOOP("wording", "✓ within limits"),
    VitalLevel.WATCH: QT_TRANSLATE_NOOP("wording", "◔ watch"),
    VitalLevel.ALERT: QT_TRANSLATE_NOOP("wording", "▲ ALERT"),
    VitalLevel.URGENT: QT_TRANSLATE_NOOP("wording", "▲▲ URGENT"),
}

# Closing a bedside window with a pump rate typed but not saved.
UNSAVED_RATE_TITLE = QT_TRANSLATE_NOOP("InfusionWindow", "Rate not saved")
UNSAVED_RATE_TEXT = QT_TRANSLATE_NOOP(
    "InfusionWindow",
    "The rate {rate} mL/h is typed but not saved, so it is not in the record. "
    "Keep it to save it (Enter), or discard it and close?",
)
UNSAVED_RATE_KEEP = QT_TRANSLATE_NOOP("InfusionWindow", "&Keep the rate")
UNSAVED_RATE_DISCARD = QT_TRANSLATE_NOOP("InfusionWindow", "&Discard and close")


def adjusted_offer_text(offer: AdjustedWeight) -> str:
    """The adjusted weight offered with OBESITY: its arithmetic, one step a line, and whose
    rule it is (for a child: not an established Ig dosing standard)."""
    lines = (
        "OBESITY: an adjusted dosing weight can be chosen.",
        # `(1.08 m)²` stays on one line where the label wraps.
        sentence(offer.ideal_text).replace(" m)²", "\u00a0m)²"),
        sentence(offer.adjusted_text),
        offer.caveat,
    )
    return "\n".join(lines)


def sentence(text: str) -> str:
    """A phrase (`above the maximum: ...`) made the start of a sentence."""
    return text[:1].upper() + text[1:]


def diagnosis_text(code: Diagnosis | None) -> str:
    """`KD - Kawasaki disease`."""
    if code is None:
        return "-"
    if code is Diagnosis.OTHER:
        return "other"
    return f"{code.value} - {DIAGNOSIS_NAMES[code]}"


def comorbidity_text(code: Comorbidity) -> str:
    return COMORBIDITY_NAMES[code]


def term_text(term: str) -> str:
    """A coded event term in words; free text as typed."""
    try:
        return QCoreApplication.translate("event_terms", EVENT_TERM_NAMES[EventTerm(term)])
    except ValueError:
        return term


# How a product list marks a product without a rate limit in force: its steps are checked
# against the ward ceiling only.
NO_LIMITS_MARK = QT_TRANSLATE_NOOP("wording", "no rate limits: ward ceiling only")


def product_text(product: Product) -> str:
    """`Privigen - 10 % (100 mg/mL), CSL Behring`, marked when it has no rate limits."""
    text = (
        f"{product.name} - {fmt(product.concentration_pct)} % "
        f"({fmt(product.concentration_mg_per_ml)} mg/mL), {product.maker}"
    )
    return text if product.has_rate_limits else f"{text} ({words(NO_LIMITS_MARK)})"


def short_product(name: str) -> str:
    """`Gamunex-C (Gammaked)` -> `Gamunex-C`: the brand alone fits a table column."""
    return name.split(" (")[0]


def when(moment: datetime | None) -> str:
    """`2026-03-01 08:00` in English, the locale's own short form elsewhere (`1.03.2026 08:00`
    in Polish), or a dash."""
    if moment is None:
        return "-"
    if _english():
        return moment.strftime("%Y-%m-%d %H:%M")
    stamp = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def short_when(moment: datetime, reference: date | None) -> str:
    """`14:36` on the reference day, `11-22 00:30` on another day (bedside tables)."""
    if reference is not None and moment.date() == reference:
        return moment.strftime("%H:%M")
    return moment.strftime("%m-%d %H:%M")


def day(value: date | None) -> str:
    """`2026-03-01` in English, the locale's short date elsewhere (`1.03.2026`)."""
    if value is None:
        return "-"
    if _english():
        return value.isoformat()
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def duration(span: timedelta) -> str:
    """`2 h 05 min`, `45 min`, `3 days 4 h`."""
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return COUNTED.days_hours(days, hours)
    if hours:
        return f"{hours} h {mins:02d} min"
    return f"{mins} min"


def decimal(text: str) -> str:
    """A number written with `.` (as `fmt` writes it) in the locale's decimal sign: `1,5` in
    Polish. No thousands separator: a figure may be copied into an entry field as shown."""
    return text.replace(".", QLocale().decimalPoint())


def grouped(value: int) -> str:
    """A large whole number in words, grouped as the language writes it: `100,000` in English,
    `100 000` in Polish (never for a value to be typed back: entry fields take no groups)."""
    return QLocale().toString(value)


def number(value: float | None, places: int = 2, unit: str = "") -> str:
    if value is None:
        return "-"
    text = decimal(fmt(value, places))
    return f"{text} {unit}" if unit else text


def relative_due(due: datetime, now: datetime) -> str:
    """`in 3 h 10 min` or `9 h 20 min ago`."""
    if due >= now:
        return QCoreApplication.translate("wording", "in {duration}").format(
            duration=duration(due - now)
        )
    return QCoreApplication.translate("wording", "{duration} ago").format(
        duration=duration(now - due)
    )


def given_text(progress: InfusionProgress) -> str:
    """`about 45 mL of 400 mL (11 %)`: worked out from the recorded rate steps, so "about"."""
    return QCoreApplication.translate(
        "wording", "about {given} mL of {prescribed} mL ({percent} %)"
    ).format(
        given=f"{progress.given_ml:.0f}",
        prescribed=f"{progress.prescribed_ml:.0f}",
        percent=f"{progress.given_pct:.0f}",
    )


def running_progress_text(progress: InfusionProgress) -> str:
    """Given so far, left, and the expected end at the current rate (or why there is none)."""
    text = QCoreApplication.translate(
        "wording", "Given {given} so far · about {left} mL left"
    ).format(given=given_text(progress), left=f"{progress.left_ml:.0f}")
    if progress.current_ml_per_h is None:
        return QCoreApplication.translate("wording", "{progress} · no rate recorded yet").format(
            progress=text
        )
    if progress.given_ml >= progress.prescribed_ml + 0.5:
        return QCoreApplication.translate(
            "wording",
            "{progress} · the recorded rates add up to more than the prescribed volume: "
            "if the pump has stopped, record the end",
        ).format(progress=text)
    if progress.left_ml <= 0:
        return QCoreApplication.translate(
            "wording", "{progress} · the prescribed volume has been given by the recorded rates"
        ).format(progress=text)
    if progress.expected_end is None:
        return QCoreApplication.translate(
            "wording", "{progress} · paused: no expected end until a rate is set"
        ).format(progress=text)
    return QCoreApplication.translate(
        "wording", "{progress} · expected end {end} at {rate} mL/h"
    ).format(
        progress=text, end=when(progress.expected_end), rate=number(progress.current_ml_per_h, 1)
    )


def ended_progress_text(progress: InfusionProgress, lead: str | None = None) -> str:
    """The volume given compared with the prescribed one, said plainly; never a refusal.
    `lead` (translated) opens the line; "Ended:" when not given."""
    if lead is None:
        lead = QCoreApplication.translate("wording", "Ended:")
    text = QCoreApplication.translate(
        "wording", "{lead} given {given} by the recorded rate steps"
    ).format(lead=lead, given=given_text(progress))
    if progress.left_ml >= 0.5:
        text += QCoreApplication.translate(
            "wording", "; about {left} mL of the prescribed volume not given"
        ).format(left=f"{progress.left_ml:.0f}")
    return text + "."


FACTOR_WORDS: dict[FactorCode, str] = {
    FactorCode.FIRST_INFUSION: QT_TRANSLATE_NOOP("wording", "First infusion"),
    FactorCode.LONG_GAP: QT_TRANSLATE_NOOP("wording", "Long gap since the last IVIG"),
    FactorCode.INFECTION: QT_TRANSLATE_NOOP("wording", "Infection"),
    FactorCode.PRODUCT_CHANGE: QT_TRANSLATE_NOOP("wording", "Change of product"),
    FactorCode.RAPID_RATE: QT_TRANSLATE_NOOP("wording", "Rapid rate"),
    FactorCode.KIDNEY_FAILURE: QT_TRANSLATE_NOOP("wording", "Kidney failure"),
    FactorCode.DIABETES: QT_TRANSLATE_NOOP("wording", "Diabetes"),
    FactorCode.OBESITY: QT_TRANSLATE_NOOP("wording", "Obesity"),
    FactorCode.ADVANCED_AGE: QT_TRANSLATE_NOOP("wording", "Age 65 or over"),
    FactorCode.YOUNG_CHILD: QT_TRANSLATE_NOOP("wording", "Young child"),
    FactorCode.KAWASAKI_CARDIAC: QT_TRANSLATE_NOOP("wording", "Kawasaki disease / heart"),
    FactorCode.THROMBOSIS_RISK: QT_TRANSLATE_NOOP("wording", "Thrombosis risk"),
    FactorCode.HEMOLYSIS_RISK: QT_TRANSLATE_NOOP("wording", "Haemolysis risk"),
    FactorCode.ANTI_IGA: QT_TRANSLATE_NOOP("wording", "Anti-IgA antibodies"),
    FactorCode.PRODUCT_CAUTION: QT_TRANSLATE_NOOP("wording", "Product caution"),
    FactorCode.PRIOR_REACTION: QT_TRANSLATE_NOOP("wording", "Earlier reaction"),
    FactorCode.PRIOR_SEVERE_REACTION: QT_TRANSLATE_NOOP(
        "wording", "Earlier severe reaction or anaphylaxis"
    ),
}


def note_text(note: str) -> str:
    """A note of an assessment as the ward reads it: `OBESITY not assessed: ...` names the
    factor in words (the command line keeps the code)."""
    code, _, rest = note.partition(" ")
    factor = next((f for f in FactorCode if f.value == code), None)
    return f"{FACTOR_WORDS[factor]} {rest}" if factor is not None and rest else note


# -- the ward server -------------------------------------------------------------------------
# The banner while the server does not answer: forms keep what was typed, nothing is saved.
SERVER_AWAY_WORDS = QT_TRANSLATE_NOOP(
    "wording",
    "The ward server cannot be reached. What you typed is kept, but nothing can be saved and"
    " the lists are not up to date until it answers; reconnecting…",
)
# In the status bar beside the counts: short enough to be read whole.
SERVER_BACK_WORDS = QT_TRANSLATE_NOOP(
    "wording", "The ward server answers again; the lists are brought up to date."
)


# -- who is signed in, and the screen lock ----------------------------------------------------
# Every window title while the app is locked: a patient's name never shows on a locked screen.
LOCKED_TITLE = QT_TRANSLATE_NOOP("wording", "ivigmon - locked")
MANUAL_LOCK_WORDS = QT_TRANSLATE_NOOP("wording", "Locked by hand (Lock now, Ctrl+L).")


def user_words(user: str, role: Role | None) -> str:
    """The signed-in user as the status bar of every window shows it."""
    if role is None:
        return QCoreApplication.translate("wording", "User: {user}").format(user=user)
    return QCoreApplication.translate("wording", "User: {user} ({role})").format(
        user=user, role=role_name(role)
    )


def idle_lock_words(minutes: int) -> str:
    """Why the lock fell when nobody used the app."""
    return COUNTED.locked_after(minutes)


# -- an infusion entered in error -------------------------------------------------------------
INFUSION_IN_ERROR_BUTTON = QT_TRANSLATE_NOOP("wording", "Infusion in err&or…")
INFUSION_IN_ERROR_TIP = QT_TRANSLATE_NOOP(
    "wording",
    "The whole infusion was entered in error (wrong patient, or started by mistake): it leaves "
    "the record but stays in its history. To correct its details, mark it and start it again.",
)


WARNING_MARK = "⚠ Warning:"


def implausible_body_text(
    measurement: Measurement, found: BodyCheck, *, birth_date: date, sex: Sex
) -> str:
    """Why a weight and height need a second look, in the ward's words."""
    typed = " and ".join(
        part
        for part in (
            f"{number(measurement.weight_kg)} kg" if measurement.weight_kg else "",
            f"{number(measurement.height_cm, 1)} cm" if measurement.height_cm else "",
        )
        if part
    )
    years = completed_years(birth_date, measurement.at)
    child = "girl" if sex == Sex.F else "boy"
    return (
        f"{WARNING_MARK} {typed} give a BMI of {found.bmi:.1f}, far outside what is possible"
        f" for a {years}-year-old {child} (CDC BMI-for-age modified z {found.z:+.1f}). Check the"
        " weight and the height (kg and cm), then tick the box to store them."
    )


def early_check_text(due_at: datetime, due_from: datetime, done_at: datetime) -> str:
    """Why a check recorded now needs a second look."""
    return QCoreApplication.translate(
        "wording",
        "⚠ Warning: this check is due {due} (from {due_from}); recorded at {done} it is early,"
        " and symptoms may not have begun yet. Tick the box to record it now.",
    ).format(due=when(due_at), due_from=when(due_from), done=when(done_at))


def check_saved_text(
    offset_h: int,
    patient_name: str,
    outcome: CheckOutcome,
    done_at: datetime,
    symptoms: Iterable[tuple[str, int]],
) -> str:
    """One line after a check is saved: which check, what it found (term, grade), when."""
    found = words(CHECK_OUTCOME_WORDS[outcome])
    terms = [
        QCoreApplication.translate("wording", "{term} grade {grade}").format(
            term=term_text(term), grade=grade
        )
        for term, grade in symptoms
    ]
    if terms:
        found += ": " + ", ".join(terms)
    return QCoreApplication.translate(
        "wording", "✓ Saved: check +{offset} h of {patient}, {found}, done {done}."
    ).format(offset=offset_h, patient=patient_name, found=found, done=when(done_at))
