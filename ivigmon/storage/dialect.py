"""The few SQL expressions that SQLite and PostgreSQL write differently, written once each.

A statement that needs one is written once with a `<<name>>` slot and made for both engines
at import time (`both`); the storage function picks its engine's text (`pick`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ivigmon.storage.engine import POSTGRESQL, SQLITE, dialect

DIALECTS = (SQLITE, POSTGRESQL)


def seconds_between(later: str, earlier: str) -> dict[str, str]:
    """Whole seconds from `earlier` to `later` (stored times), rounded."""
    return {
        SQLITE: f"CAST(round((julianday({later}) - julianday({earlier})) * 86400) AS INTEGER)",
        POSTGRESQL: (
            f"CAST(round(EXTRACT(EPOCH FROM ({later}::timestamp - {earlier}::timestamp)))"
            " AS BIGINT)"
        ),
    }


def json_text(column: str, key: str) -> dict[str, str]:
    """A field of a JSON object stored as text, as text (the audit trail's indexes read it)."""
    return {
        SQLITE: f"CAST(json_extract({column}, '$.{key}') AS TEXT)",
        POSTGRESQL: f"({column}::jsonb ->> '{key}')",
    }


def json_value(column: str, key: str) -> dict[str, str]:
    """A field of a JSON object stored as text: SQLite's own type; text on PostgreSQL."""
    return {
        SQLITE: f"json_extract({column}, '$.{key}')",
        POSTGRESQL: f"({column}::jsonb ->> '{key}')",
    }


def both(template: str, **slots: Mapping[str, str]) -> dict[str, str]:
    """The statement for each engine, each `<<slot>>` filled with that engine's text."""
    made = {}
    for name in DIALECTS:
        text = template
        for slot, variants in slots.items():
            text = text.replace(f"<<{slot}>>", variants[name])
        if "<<" in text:
            raise ValueError(f"a slot of this statement is not filled: {text[:60]!r}")
        made[name] = text
    return made


def pick(conn: Any, variants: Mapping[str, str]) -> str:
    """The text of `variants` for this connection's engine."""
    return variants[dialect(conn)]
