"""Small SQL text helpers shared by the storage modules."""

from __future__ import annotations

import json
from collections.abc import Sized
from typing import Any


def placeholders(items: Sized) -> str:
    return ", ".join("?" for _ in range(len(items)))


def in_json(column: str, values: list[Any]) -> tuple[str, str]:
    """`column IN (...)` for any number of values, as one bound JSON parameter."""
    return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(values)
