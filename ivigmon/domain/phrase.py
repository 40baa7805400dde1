"""English text that keeps its template and values, so that a screen can say it in its own
language while the command line, JSON and printed sheets keep the English."""

from __future__ import annotations


class Phrase(str):
    """`Phrase("rate_plan", QT_TRANSLATE_NOOP("rate_plan", "up to {rate}"), rate="8 mL/h")` is
    the English text `up to 8 mL/h`; the ui translates `template` in `context` and fills in
    `values` (a value that is itself a Phrase is translated too)."""

    context: str
    template: str
    values: dict[str, str]

    def __new__(cls, context: str, template: str, **values: str) -> Phrase:
        phrase = super().__new__(cls, template.format(**values) if values else template)
        phrase.context = context
        phrase.template = template
        phrase.values = values
        return phrase
