"""An interchange file read item by item, so that a file of any size fits in bounded memory.

The C parser of ijson turns the bytes into events; each item of the three lists is built from
them as `interchange_json.decode_json` would decode it (objects that repeat a key marked for
the parser to refuse by name) and handed on at once. The top level is kept apart as a small
stand-in of the document (its lists left empty), for the parser to judge its shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import ijson

from ivigmon.domain.interchange import LISTS
from ivigmon.domain.interchange_json import object_from_pairs
from ivigmon.domain.validation import ValidationError, infusion_record, patient_record


class Readable(Protocol):
    """A binary file, or anything read like one."""

    def read(self, size: int = -1, /) -> bytes: ...


class NotJson(ValueError):
    """The bytes are not JSON (or hold a number too long to convert); the text says what, and
    `record` and `field` say where when the fault lies inside an item of a list."""

    def __init__(self, text: str, record: str | None = None, field: str | None = None) -> None:
        super().__init__(text)
        self.record = record
        self.field = field


@dataclass
class TopLevel:
    """The document without its lists' items: what the parser judges the file's shape by."""

    pairs: list[tuple[str, Any]] = field(default_factory=list)
    not_an_object: Any = None  # the top-level value when it is not an object (a stand-in)
    is_object: bool = True

    def stand_in(self) -> Any:
        return object_from_pairs(self.pairs) if self.is_object else self.not_an_object


class _Object:
    """An object being built: its pairs so far and the key whose value comes next."""

    __slots__ = ("key", "pairs")

    def __init__(self) -> None:
        self.pairs: list[tuple[str, Any]] = []
        self.key = ""


class _Builder:
    """Builds one value from parser events (objects through `object_from_pairs`)."""

    def __init__(self) -> None:
        self.stack: list[_Object | list[Any]] = []
        self.value: Any = None
        self.done = False

    def event(self, kind: str, value: Any) -> None:
        if kind == "map_key":
            opened = self.stack[-1]
            assert isinstance(opened, _Object)
            opened.key = value
        elif kind == "start_map":
            self.stack.append(_Object())
        elif kind == "start_array":
            self.stack.append([])
        elif kind == "end_map":
            closed = self.stack.pop()
            assert isinstance(closed, _Object)
            self._add(object_from_pairs(closed.pairs))
        elif kind == "end_array":
            self._add(self.stack.pop())
        else:
            self._add(value)

    def _add(self, value: Any) -> None:
        if not self.stack:
            self.value, self.done = value, True
        elif isinstance(self.stack[-1], _Object):
            self.stack[-1].pairs.append((self.stack[-1].key, value))
        else:
            self.stack[-1].append(value)


@dataclass
class _Where:
    """The item being built when the bytes stop being JSON: its list, number and builder."""

    name: str = ""
    number: int = 0
    builder: _Builder | None = None

    def record(self) -> str | None:
        if self.builder is None or not self.builder.stack:
            return None
        outer = self.builder.stack[0]
        pairs = dict(outer.pairs) if isinstance(outer, _Object) else {}
        if self.name == "patients" and isinstance(pairs.get("mrn"), str):
            return patient_record(pairs["mrn"])
        if self.name == "infusions" and isinstance(pairs.get("id"), str):
            return infusion_record(pairs["id"])
        return f"{self.name.rstrip('s')} #{self.number}"

    def field(self) -> str | None:
        if self.builder is None or not self.builder.stack:
            return None
        inner = self.builder.stack[-1]
        return inner.key or None if isinstance(inner, _Object) else None


def read_items(handle: Readable, top: TopLevel) -> Iterator[tuple[str, Any]]:
    """(list name, item) for every item of the three lists, in the file's order; `top` is
    filled meanwhile. Raises `NotJson` where the bytes stop being JSON."""
    events = ijson.parse(handle, use_float=True)
    where = _Where()
    try:
        yield from _items(events, top, where)
    except ValidationError:
        raise  # from reading the file (too large, unreadable): already says what is wrong
    except ijson.JSONError as exc:
        # The parser's own text runs over several lines (it draws where); its first says what.
        what = str(exc).strip().splitlines()[0] if str(exc).strip() else "it ends too soon"
        # The C parser reads integers up to 2**63 - 1 and decimals up to about 1.8e308;
        # no dose, rate or count comes near either.
        text = "a number too large to read" if "overflow" in what else f"not valid JSON ({what})"
        raise NotJson(text, where.record(), where.field()) from None
    except ValueError as exc:  # an integer with more digits than Python converts
        raise NotJson(f"a number cannot be read ({exc})", where.record(), where.field()) from None
    except RecursionError:
        raise NotJson("nested too deeply", where.record()) from None


def _items(
    events: Iterator[tuple[str, str, Any]], top: TopLevel, where: _Where
) -> Iterator[tuple[str, Any]]:
    first = next(events, None)
    if first is None:
        raise NotJson("not valid JSON (the file is empty)")
    _, kind, value = first
    if kind != "start_map":
        top.is_object = False
        # A stand-in of the same type: the parser names the type it got.
        top.not_an_object = [] if kind == "start_array" else value
        return
    key: str | None = None
    for prefix, kind, value in events:
        if prefix == "" and kind == "map_key":
            key = value
            continue
        if prefix == "" and kind == "end_map":
            return
        if key in LISTS and prefix == key and kind == "start_array":
            top.pairs.append((key, []))
            yield from _list_items(events, key, where)
            continue
        # Any other top-level value (or a list key's value that is not a list): kept whole.
        builder = _Builder()
        builder.event(kind, value)
        while not builder.done:
            _, kind, value = next(events)
            builder.event(kind, value)
        top.pairs.append((str(key), builder.value))


def _list_items(
    events: Iterator[tuple[str, str, Any]], name: str, where: _Where
) -> Iterator[tuple[str, Any]]:
    where.name, where.number, where.builder = name, 0, None
    for _, kind, value in events:
        if where.builder is None:
            if kind == "end_array":
                return
            where.builder = _Builder()
            where.number += 1
        where.builder.event(kind, value)
        if where.builder.done:
            yield name, where.builder.value
            where.builder = None
