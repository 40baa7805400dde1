"""Reasons as phrases: a marked English template and typed arguments, said in any language.

A reason is a sequence of phrases, written one after another with "; " between them. Each
phrase is a template marked `QT_TRANSLATE_NOOP("reasons", ...)` with `{name}` placeholders and
its arguments: numbers with their decimals, times and dates, plain text (product names, ids,
notes the ward typed) and nested phrases. `english` writes the text the CLI, the JSON outputs
and the interchange carry; the screens translate each template and write each argument in
their own language.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from ivigmon.domain.numbers import fmt
from ivigmon.domain.timefmt import to_display
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

# Between the phrases of one reason.
PHRASE_SEPARATOR = "; "
# Between the items of a list in a reason (`Join`): translated like the templates.
COMMA = QT_TRANSLATE_NOOP("reasons", ", ")
AND = QT_TRANSLATE_NOOP("reasons", " and ")


@dataclass(frozen=True, slots=True)
class Num:
    """A number: at most `places` decimals with trailing zeros dropped (`8`, `3.3`), or exactly
    `places` decimals when `fixed` (`31.0`)."""

    value: float
    places: int = 2
    fixed: bool = False


@dataclass(frozen=True, slots=True)
class Whole:
    """A whole number (ages in years, hours, grades, counts)."""

    value: int


@dataclass(frozen=True, slots=True)
class Moment:
    """A time with its date (`2026-03-01 08:00` in English)."""

    value: datetime


@dataclass(frozen=True, slots=True)
class Day:
    """A date (`2026-03-01` in English)."""

    value: date


@dataclass(frozen=True, slots=True)
class Clock:
    """A time of day alone (`08:00`)."""

    value: datetime


@dataclass(frozen=True, slots=True)
class Text:
    """Words shown as they are in every language: a product's name, an id, a ward's note."""

    value: str


@dataclass(frozen=True, slots=True)
class Join:
    """Several arguments written with a marked separator between them (`, `, ` and `)."""

    separator: str
    items: tuple[Arg, ...]


@dataclass(frozen=True, slots=True)
class Phrase:
    """A marked template (context "reasons") and its named arguments."""

    template: str
    args: tuple[tuple[str, Arg], ...] = ()

    @property
    def english(self) -> str:
        return self.template.format(**{name: english_arg(arg) for name, arg in self.args})


Arg = Num | Whole | Moment | Day | Clock | Text | Join | Phrase
Phrases = tuple[Phrase, ...]
# What `say` takes for an argument: an Arg, or a plain value it makes one of.
Value = Arg | str | int | float | datetime | date


def say(template: str, **args: Value) -> Phrase:
    """A phrase; plain values become arguments: str Text, int Whole, float Num (as `fmt`
    writes it), datetime Moment, date Day."""
    return Phrase(template, tuple((name, _arg(value)) for name, value in args.items()))


def fixed(value: float, places: int) -> Num:
    """A number written with exactly `places` decimals (`f"{value:.1f}"`)."""
    return Num(value, places, fixed=True)


def joined(separator: str, items: Iterable[Arg | str]) -> Join:
    return Join(separator, tuple(_arg(item) for item in items))


def english(phrases: Iterable[Phrase]) -> str:
    """The reason as the CLI, the JSON outputs and the interchange write it."""
    return PHRASE_SEPARATOR.join(p.english for p in phrases)


def english_arg(arg: Arg) -> str:
    # Looked up by type, not matched: a national service's replay writes millions of reasons.
    return str(_ENGLISH[type(arg)](arg))


def _english_num(arg: Num) -> str:
    return f"{arg.value:.{arg.places}f}" if arg.fixed else fmt(arg.value, arg.places)


_ENGLISH: dict[type, Callable[[Any], str]] = {
    Num: _english_num,
    Whole: lambda arg: str(arg.value),
    Moment: lambda arg: to_display(arg.value),
    Day: lambda arg: arg.value.isoformat(),
    Clock: lambda arg: arg.value.strftime("%H:%M"),
    Text: lambda arg: arg.value,
    Join: lambda arg: arg.separator.join(english_arg(item) for item in arg.items),
    Phrase: lambda arg: arg.english,
}
_ARG_TYPES = frozenset(_ENGLISH)
_PLAIN: dict[type, Callable[[Any], Arg]] = {
    str: Text,
    int: Whole,
    float: Num,
    datetime: Moment,
    date: Day,
}


def _arg(value: Value) -> Arg:
    kind = type(value)
    if kind in _ARG_TYPES:
        return value  # type: ignore[return-value]
    plain = _PLAIN.get(kind)
    if plain is not None:
        return plain(value)
    if isinstance(value, bool):
        raise TypeError("a truth value is not a phrase argument")
    if isinstance(value, str):  # a StrEnum: its value
        return Text(str.__str__(value))
    raise TypeError(f"not a phrase argument: {value!r}")


# --- Stored form: compact JSON, read back exactly -------------------------------------------


def to_json(phrases: Sequence[Phrase]) -> list[Any]:
    """The phrases as JSON values: a phrase `{"t": template, "a": {name: arg}}`; an argument a
    string (Text), an int (Whole), a phrase, or a tagged list: ["n"|"f", value, places],
    ["m"|"c", stored time], ["d", date], ["j", separator, [args]]."""
    return [_phrase_json(p) for p in phrases]


def dumps(phrases: Sequence[Phrase]) -> str:
    return json.dumps(to_json(phrases), ensure_ascii=False, separators=(",", ":"))


def from_json(value: Any) -> Phrases:
    """Phrases read back from `to_json`'s values (a list)."""
    return tuple(_phrase(item) for item in value)


@lru_cache(maxsize=65_536)
def loads(text: str) -> Phrases:
    """Phrases from `dumps`; remembered, as the screens read the same alerts again and again."""
    return from_json(json.loads(text))


def _phrase_json(phrase: Phrase) -> dict[str, Any]:
    if not phrase.args:
        return {"t": phrase.template}
    return {"t": phrase.template, "a": {name: _arg_json(arg) for name, arg in phrase.args}}


def _arg_json(arg: Arg) -> Any:
    match arg:
        case Num(value, places, is_fixed):
            return ["f" if is_fixed else "n", value, places]
        case Whole(value):
            return value
        case Moment(value):
            return ["m", value.isoformat(timespec="seconds")]
        case Day(value):
            return ["d", value.isoformat()]
        case Clock(value):
            return ["c", value.isoformat(timespec="seconds")]
        case Text(value):
            return value
        case Join(separator, items):
            return ["j", separator, [_arg_json(item) for item in items]]
        case Phrase():
            return _phrase_json(arg)
    raise TypeError(f"not a phrase argument: {arg!r}")


def _phrase(value: dict[str, Any]) -> Phrase:
    args = value.get("a", {})
    return Phrase(str(value["t"]), tuple((str(k), _arg_from(v)) for k, v in args.items()))


def _arg_from(value: Any) -> Arg:
    if isinstance(value, str):
        return Text(value)
    if isinstance(value, bool):
        raise ValueError(f"not a stored phrase argument: {value!r}")
    if isinstance(value, int):
        return Whole(value)
    if isinstance(value, dict):
        return _phrase(value)
    tag = value[0]
    if tag in ("n", "f"):
        return Num(float(value[1]), int(value[2]), fixed=tag == "f")
    if tag == "m":
        return Moment(datetime.fromisoformat(value[1]))
    if tag == "c":
        return Clock(datetime.fromisoformat(value[1]))
    if tag == "d":
        return Day(date.fromisoformat(value[1]))
    if tag == "j":
        return Join(str(value[1]), tuple(_arg_from(item) for item in value[2]))
    raise ValueError(f"not a stored phrase argument: {value!r}")
