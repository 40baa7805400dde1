"""Words of the start form and its warnings, in the language of the screens.

The note kept in the infusion's record (`accepted_flags_note`) stays English, as the record does.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui.wording import number

# The start form's flags, each named in a few words (the flag's own message says the rest).
FLAG_NAMES = {
    "expiry": QT_TRANSLATE_NOOP("start_words", "expired lot"),
    "dose_g": QT_TRANSLATE_NOOP("start_words", "dose above 2.5 g/kg"),
    "course_dose": QT_TRANSLATE_NOOP("start_words", "course dose above 2.5 g/kg"),
    "dosing_weight_kg": QT_TRANSLATE_NOOP(
        "start_words", "dosing weight far from the measured weight"
    ),
    "weight_age": QT_TRANSLATE_NOOP("start_words", "no current weight"),
    "prior_severe_reaction": QT_TRANSLATE_NOOP("start_words", "earlier severe reaction"),
}


class StartWords(QObject):
    """Words with a count in them (lupdate reads a count only in the tr() of a QObject)."""

    def days_ago(self, days: int) -> str:
        return self.tr("%n day(s) ago", "", days)

    def warnings_before_start(self, count: int) -> str:
        return self.tr("%n warning(s) before this infusion starts", "", count)

    def patients_match(self, count: int) -> str:
        return self.tr(
            "%n patient(s) match: choose one with ↓ and Enter, or type the full MRN.", "", count
        )

    def stale_weight(self, kg: float, days: int) -> str:
        return self.tr(
            "{mark} last weight {kg} kg, %n day(s) ago: weigh the child", "", days
        ).format(mark=warning_mark(), kg=number(kg))


START_WORDS = StartWords()


def _tr(text: str) -> str:
    return QCoreApplication.translate("start_words", text)


def warning_mark() -> str:
    return QCoreApplication.translate("start_words", "⚠ Warning:")


def flag_name(field: str) -> str:
    name = FLAG_NAMES.get(field)
    return _tr(name) if name is not None else field.replace("_", " ")


def flag_lines(messages: Iterable[tuple[str, str]]) -> str:
    """One warning per line, each with the symbol and the word, never colour alone."""
    return "\n".join(
        QCoreApplication.translate("start_words", "{mark} {name}: {text}").format(
            mark=warning_mark(), name=flag_name(field), text=text
        )
        for field, text in messages
    )


def flag_summary(fields: Iterable[str]) -> str:
    """The form's short line: each warning named (the confirmation lists them in full)."""
    names = "; ".join(dict.fromkeys(flag_name(f) for f in fields))
    return f"{warning_mark()} {names}" if names else ""


def accepted_flags_note(fields: Iterable[str], user: str) -> str:
    """The line kept in the infusion's notes, in English as the record is: which warnings were
    accepted, and by whom."""
    names = "; ".join(dict.fromkeys(FLAG_NAMES.get(f, f.replace("_", " ")) for f in fields))
    return f"Started despite warnings ({names}), confirmed by {user}."


def new_infusion_for(name: str, mrn: str, born: str) -> str:
    """The start form's line that names the patient, to check against the wristband."""
    return QCoreApplication.translate(
        "start_words", "New infusion for {name}, MRN {mrn}, born {born}. Check the wristband."
    ).format(name=name, mrn=mrn, born=born)
