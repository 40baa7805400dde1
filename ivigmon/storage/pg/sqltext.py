"""The storage layer's SQL, written once with SQLite's parameters, in PostgreSQL's form.

The storage modules bind `?`, `?N` and `:name`; psycopg binds `%s` and `%(name)s`, and reads
every other `%` as one. `col IN (SELECT value FROM json_each(?))` (a list bound as one JSON
text) becomes `col = ANY(%s)` bound to the list itself, so that the column's own type and
index serve. Anything else that differs between the engines is written per engine where it
is used; this module only changes how parameters are bound.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_JSON_LIST = re.compile(
    r"IN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\(\s*(\?\d*|:\w+)\s*\)\s*\)", re.IGNORECASE
)
_ANY_MARK = "\x00any:"
_DOLLAR = re.compile(r"\$(\w*)\$")


@dataclass(frozen=True)
class Statement:
    """One statement in psycopg's form and how to arrange the parameters for it."""

    sql: str
    # Positional: for each %s, the index of the parameter it takes (None: in order).
    order: tuple[int, ...] | None
    # Named parameters (:name) are bound by name.
    named: bool
    # Parameters (index or name) that hold a JSON list to bind as an array.
    lists: frozenset[int | str]

    def arrange(self, params: Sequence[Any] | Mapping[str, Any] | None) -> Any:
        """The parameters as psycopg takes them for this statement."""
        if params is None:
            return None
        if self.named:
            if not isinstance(params, Mapping):
                raise TypeError("named parameters need a mapping")
            return {k: _as_list(v) if k in self.lists else v for k, v in params.items()}
        if isinstance(params, Mapping):
            raise TypeError("positional parameters need a sequence")
        values = list(params)
        if self.lists:
            values = [_as_list(v) if i in self.lists else v for i, v in enumerate(values)]
        if self.order is not None:
            return [values[i] for i in self.order]
        return values


def _as_list(value: Any) -> list[Any]:
    items = json.loads(value) if isinstance(value, str | bytes) else list(value)
    # Text with a lone surrogate cannot be sent to the server, and no stored value holds one
    # (SQLite's JSON list carried it escaped): it matches nothing, so it is left out.
    return [v for v in items if not isinstance(v, str) or _storable(v)]


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@functools.lru_cache(maxsize=4096)
def translate(sql: str) -> Statement:
    """The statement in psycopg's form (cached: the storage layer's SQL is a fixed set)."""
    marked = _JSON_LIST.sub(lambda m: f"= ANY({_ANY_MARK}{m.group(1)})", sql)
    out: list[str] = []
    order: list[int] = []
    numbered = False
    named = False
    lists: set[int | str] = set()
    position = 0  # the next plain `?`
    i, n = 0, len(marked)
    while i < n:
        ch = marked[i]
        if ch in ("'", '"'):
            end = _closing(marked, i)
            # psycopg reads % inside literals too.
            out.append(marked[i:end].replace("%", "%%"))
            i = end
            continue
        if ch == "$" and (tag := _DOLLAR.match(marked, i)):
            # A dollar-quoted body (a PL/pgSQL function) is copied as it is, but for psycopg's %.
            end = marked.find(tag.group(0), tag.end())
            end = n if end < 0 else end + len(tag.group(0))
            out.append(marked[i:end].replace("%", "%%"))
            i = end
            continue
        if ch == "-" and marked.startswith("--", i):
            end = marked.find("\n", i)
            end = n if end < 0 else end
            out.append(marked[i:end].replace("%", "%%"))  # psycopg reads % in comments too
            i = end
            continue
        as_list = marked.startswith(_ANY_MARK, i)
        if as_list:
            i += len(_ANY_MARK)
            ch = marked[i]
        if ch == "?":
            j = i + 1
            while j < n and marked[j].isdigit():
                j += 1
            if j > i + 1:
                numbered = True
                index = int(marked[i + 1 : j]) - 1
            else:
                index = position
                position += 1
            order.append(index)
            if as_list:
                lists.add(index)
            out.append("%s")
            i = j
            continue
        if ch == ":" and i + 1 < n and (marked[i + 1].isalpha() or marked[i + 1] == "_"):
            if not as_list and i > 0 and marked[i - 1] == ":":
                out.append(ch)  # a `::type` cast
                i += 1
                continue
            j = i + 1
            while j < n and (marked[j].isalnum() or marked[j] == "_"):
                j += 1
            name = marked[i + 1 : j]
            named = True
            if as_list:
                lists.add(name)
            out.append(f"%({name})s")
            i = j
            continue
        out.append("%%" if ch == "%" else ch)
        i += 1
    if named and order:
        raise ValueError("a statement binds either ? or :name parameters, not both")
    return Statement(
        sql="".join(out),
        order=tuple(order) if numbered else None,
        named=named,
        lists=frozenset(lists),
    )


def _closing(sql: str, start: int) -> int:
    """The index just past the literal or quoted name that opens at `start`."""
    quote = sql[start]
    i = start + 1
    while i < len(sql):
        if sql[i] == quote:
            if i + 1 < len(sql) and sql[i + 1] == quote:
                i += 2
                continue
            return i + 1
        i += 1
    return len(sql)
