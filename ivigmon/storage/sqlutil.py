"""Small SQL text helpers shared by the storage modules."""

from __future__ import annotations

import json
from typing import Any


def in_json(column: str, values: list[Any]) -> tuple[str, str]:
    """`column IN (...)` for any number of values, as one bound JSON parameter."""
    return f"{column} IN (SELECT value FROM json_each(?))", json.dumps(values)
