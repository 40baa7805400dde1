"""The server's audit machinery against what ivigmon creates: the functions' source and
settings, each trigger (present, enabled, on its table, its timing, events and arguments), and
anything else attached to the audited tables or the trail that could write or hide entries."""

from __future__ import annotations

from typing import Any

from ivigmon.storage.audit import Check, Finding
from ivigmon.storage.pg.audit_sql import DEFINITIONS, Function, Trigger, expected_triggers
from ivigmon.storage.schema import AUDITED

# pg_trigger.tgenabled: fires in ordinary sessions ('O') or always ('A'); 'D' is disabled and
# 'R' fires only while replicating, which an ordinary session is not.
_FIRES = ("O", "A")

_FUNCTIONS_SQL = """
    SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments,
           p.prorettype::regtype::text AS returns, p.prosrc AS body,
           p.prosecdef AS definer, p.proconfig AS config, l.lanname AS language
    FROM pg_proc AS p JOIN pg_language AS l ON l.oid = p.prolang
    WHERE p.pronamespace = current_schema()::regnamespace AND p.proname = ANY(?)"""

_TRIGGERS_SQL = """
    SELECT t.tgname AS name, c.relname AS table_name, t.tgtype AS type, t.tgenabled AS enabled,
           f.proname AS function, f.pronamespace = c.relnamespace AS same_schema,
           t.tgargs AS arguments, t.tgqual IS NOT NULL AS has_when,
           t.tgattr::text AS columns
    FROM pg_trigger AS t
    JOIN pg_class AS c ON c.oid = t.tgrelid
    JOIN pg_proc AS f ON f.oid = t.tgfoid
    WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
      AND c.relname = ANY(?)"""

_RULES_SQL = """
    SELECT r.rulename AS name, c.relname AS table_name
    FROM pg_rewrite AS r JOIN pg_class AS c ON c.oid = r.ev_class
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(?)
      AND r.rulename <> '_RETURN'
    ORDER BY c.relname, r.rulename"""

_ROW_SECURITY_SQL = """
    SELECT relname AS table_name FROM pg_class
    WHERE relnamespace = current_schema()::regnamespace AND relname = ANY(?)
      AND relrowsecurity
    ORDER BY relname"""


def server_trigger_findings(conn: Any) -> list[Finding]:
    """What differs from ivigmon's functions and triggers, and what else is attached."""
    watched = sorted({*AUDITED, "audit_log"})
    problems = _function_problems(conn)
    problems += _trigger_problems(conn, watched)
    problems += [
        f"rule {r['name']} on {r['table_name']} is not one of ivigmon's"
        for r in conn.execute(_RULES_SQL, (watched,))
    ]
    problems += [
        f"row security is on for {r['table_name']}: rows of it may be hidden from this check"
        for r in conn.execute(_ROW_SECURITY_SQL, (watched,))
    ]
    return [Finding(Check.TRIGGERS, problem) for problem in problems]


def _function_problems(conn: Any) -> list[str]:
    names = [f.name for f in DEFINITIONS]
    found: dict[str, list[Any]] = {}
    for row in conn.execute(_FUNCTIONS_SQL, (names,)):
        found.setdefault(str(row["name"]), []).append(row)
    problems = []
    for function in DEFINITIONS:
        candidates = found.get(function.name, [])
        mine = [r for r in candidates if r["arguments"] == function.arguments]
        if not mine:
            problems.append(f"function {function.name} is missing")
        elif not _same_function(mine[0], function):
            problems.append(f"function {function.name} differs from the one ivigmon creates")
    return problems


def _same_function(row: Any, function: Function) -> bool:
    return (
        row["language"] == "plpgsql"
        and row["returns"] == function.returns
        and row["body"] == function.body
        and bool(row["definer"]) == function.definer
        and list(row["config"] or []) == function.config
    )


def _trigger_problems(conn: Any, watched: list[str]) -> list[str]:
    expected = expected_triggers()
    actual = {str(r["name"]): r for r in conn.execute(_TRIGGERS_SQL, (watched,))}
    problems = []
    for name, trigger in expected.items():
        row = actual.get(name)
        if row is None or row["table_name"] != trigger.table:
            problems.append(f"trigger {name} on {trigger.table} is missing")
        elif not _same_trigger(row, trigger):
            problems.append(
                f"trigger {name} on {trigger.table} differs from the one ivigmon creates"
            )
        elif row["enabled"] not in _FIRES:
            problems.append(f"trigger {name} on {trigger.table} is disabled")
    for name, row in sorted(actual.items()):
        if name not in expected or row["table_name"] != expected[name].table:
            problems.append(f"trigger {name} on {row['table_name']} is not one of ivigmon's")
    return problems


def _same_trigger(row: Any, trigger: Trigger) -> bool:
    arguments = tuple(a.decode() for a in bytes(row["arguments"]).split(b"\x00")[:-1])
    return (
        int(row["type"]) == trigger.tgtype
        and row["function"] == trigger.function
        and bool(row["same_schema"])
        and arguments == trigger.arguments
        and not row["has_when"]
        and not str(row["columns"]).strip()
    )
