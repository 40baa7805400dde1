"""Decoding an interchange file's text, with duplicate keys and over-long numbers left for the
parser to refuse by record and field."""

from __future__ import annotations

import json
import sys
from typing import Any

from ivigmon.domain.validation import TooManyDigits


class DuplicateKeys(dict[str, Any]):
    """A decoded JSON object whose text gave one or more keys twice (the last value is kept).

    JSON allows it and Python's decoder silently keeps the last value, so `"dose_g": 28,
    "dose_g": 280` would import 280 g; the parser refuses such an object by name instead.
    """

    def __init__(self, pairs: list[tuple[str, Any]], duplicates: tuple[str, ...]) -> None:
        super().__init__(pairs)
        self.duplicates = duplicates


def object_from_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A decoded object; a `DuplicateKeys` when its text gave a key twice."""
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen: set[str] = set()
    twice: list[str] = []
    for key, _ in pairs:
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    return DuplicateKeys(pairs, tuple(twice))


def _integer(text: str) -> int | float:
    """An integer, or a `TooManyDigits` where Python refuses to convert one that long (a
    ValueError from deep inside the decoder, which could name neither record nor field)."""
    limit = sys.get_int_max_str_digits()
    digits = len(text) - text.startswith("-")
    if limit and digits > limit:
        return TooManyDigits(digits, negative=text.startswith("-"))
    return int(text)


def decode_json(text: str) -> Any:
    """`json.loads`, marking objects with duplicate keys and numbers too long to convert.

    Raises `json.JSONDecodeError` for text that is not JSON and RecursionError for nesting too
    deep to decode.
    """
    return json.loads(text, object_pairs_hook=object_from_pairs, parse_int=_integer)
