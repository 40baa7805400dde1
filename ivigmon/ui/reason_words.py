"""Risk and alert reasons in the language of the screens, said from their phrases.

Each phrase's template is translated in the "reasons" context and its arguments are written in
the locale (`wording`: decimal comma, dates and times as the language writes them). A reason
stored before reasons were kept as phrases has none and is shown as stored (English).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from ivigmon.domain.models import Alert, RiskFactor
from ivigmon.domain.phrases import (
    PHRASE_SEPARATOR,
    Arg,
    Clock,
    Day,
    Join,
    Moment,
    Num,
    Phrase,
    Text,
    Whole,
    english_arg,
)
from ivigmon.domain.risk import MORE_STEP, MORE_STEPS
from ivigmon.ui import wording


class ReasonCounts(QObject):
    """Words of a reason with a count, in the language's plural forms (lupdate reads a count
    only in the tr() of a QObject class)."""

    def more_steps(self, count: int) -> str:
        return self.tr("and %n more step(s)", "", count)


COUNTS = ReasonCounts()


def _more_steps(phrase: Phrase) -> str:
    count = dict(phrase.args)["count"]
    assert isinstance(count, Whole)
    return COUNTS.more_steps(count.value)


# Phrases whose English has one template per plural form: in another language a numerus
# message says them.
_COUNTED: dict[str, Callable[[Phrase], str]] = {MORE_STEP: _more_steps, MORE_STEPS: _more_steps}


def reason_text(item: RiskFactor | Alert) -> str:
    """A risk factor's or an alert's reason in the language of the screens."""
    if not item.phrases:
        return item.reason
    return phrases_text(item.phrases)


def phrases_text(phrases: Iterable[Phrase]) -> str:
    return PHRASE_SEPARATOR.join(phrase_text(p) for p in phrases)


def phrase_text(phrase: Phrase) -> str:
    """One phrase translated, with its arguments in the locale."""
    if QLocale().language() == QLocale.Language.English:
        # English is the stored text itself, numbers and times as the ward reads them.
        return phrase.english
    counted = _COUNTED.get(phrase.template)
    if counted is not None:
        return counted(phrase)
    template = QCoreApplication.translate("reasons", phrase.template)
    values = {name: arg_text(arg) for name, arg in phrase.args}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that names a placeholder the phrase has not: the English is still right.
        return phrase.template.format(**values)


def arg_text(arg: Arg) -> str:
    match arg:
        case Num():
            return wording.decimal(english_arg(arg))
        case Moment(value):
            return wording.when(value)
        case Day(value):
            return wording.day(value)
        case Clock(value):
            return wording.clock(value)
        case Join(separator, items):
            between = QCoreApplication.translate("reasons", separator)
            return between.join(arg_text(item) for item in items)
        case Phrase():
            return phrase_text(arg)
        case Whole() | Text():
            return english_arg(arg)
    raise TypeError(f"not a phrase argument: {arg!r}")
