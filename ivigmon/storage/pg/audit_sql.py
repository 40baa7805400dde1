"""The audit trail's rules on the server, in PL/pgSQL: one trigger function for every audited
table, the append-only guard of the trail, and no deletes (nor TRUNCATE) anywhere audited.

The acting user and the clock come from `SET LOCAL ivigmon.user` / `ivigmon.now`, which the
store sets at the start of each write transaction; a write made outside ivigmon has neither,
so its entry names the database role and the server's clock, and stays unsealed: `audit
verify` names it, as it does an entry another program wrote into an SQLite file. The
functions are SECURITY DEFINER, owned by the schema's owner: the roles the workstations use
may insert and update records but never write the trail themselves.

Who an entry names (`ivigmon_actor`): a session of the schema's owner (or a superuser)
migrates and administers the database, and its `ivigmon.user` stands. Any other session is a
person's own login role, and the entry names that role: `ivigmon.user` cannot put another
name there. A session that claims another account's name is refused outright, so that
nothing is recorded under a colleague's name; a claim that names no account (before anyone
signed in: the operating-system account, "system") is replaced by the login role.

The definitions are data (Function, Trigger) so that `audit verify` compares what the server
holds with what ivigmon creates, item by item, without parsing the server's own rendering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ivigmon.storage.schema import AUDITED, NO_ACCOUNT, SECRET_COLUMNS

ACTOR_FUNCTION = "ivigmon_actor"
AUDIT_FUNCTION = "ivigmon_audit_row"
GUARD_FUNCTION = "ivigmon_audit_log_guard"
NO_DELETE_FUNCTION = "ivigmon_no_delete"
SIGN_IN_FAILURE_FUNCTION = "ivigmon_sign_in_failure"
# pg_temp last: a SECURITY DEFINER function must not find a session's temporary table named
# audit_log before the real one (PostgreSQL searches pg_temp first unless it is named).
SEARCH_PATH = "pg_catalog, public, pg_temp"

_SECRET_IMAGE = ", ".join(f'"{c}": "(hidden)"' for c in sorted(SECRET_COLUMNS))


def row_image(alias: str, *, secret: bool) -> str:
    """A row's JSON image as the trail stores it: column order as SQLite's json_object writes
    it, or, for a table with a secret column, the secret only as "(hidden)"."""
    if secret:
        return f"(to_jsonb({alias}) || '{{{_SECRET_IMAGE}}}'::jsonb)::text"
    return f"row_to_json({alias})::text"


# The entry's time: ivigmon's clock, or the server's for a write made outside ivigmon.
_NOW = (
    "coalesce(nullif(current_setting('ivigmon.now', true), ''),"
    " to_char(clock_timestamp(), 'YYYY-MM-DD\"T\"HH24:MI:SS'))"
)


@dataclass(frozen=True)
class Function:
    """One PL/pgSQL function as ivigmon creates it."""

    name: str
    returns: str
    body: str
    definer: bool = False
    arguments: str = ""

    def sql(self) -> str:
        security = " SECURITY DEFINER" if self.definer else ""
        return (
            f"CREATE OR REPLACE FUNCTION {self.name}({self.arguments}) RETURNS {self.returns}\n"
            f"    LANGUAGE plpgsql{security} SET search_path = {SEARCH_PATH} AS "
            f"$body${self.body}$body$"
        )

    @property
    def config(self) -> list[str]:
        """The function's settings as pg_proc.proconfig lists them."""
        return [f"search_path={SEARCH_PATH}"]


ACTOR = Function(
    ACTOR_FUNCTION,
    "text",
    definer=True,
    body="""
DECLARE
    claimed text := nullif(current_setting('ivigmon.user', true), '');
BEGIN
    -- Inside this function current_user is the schema's owner.
    IF pg_has_role(session_user, current_user, 'MEMBER') THEN
        RETURN coalesce(claimed, session_user::text);
    END IF;
    IF claimed IS NOT NULL AND claimed <> session_user::text
        AND EXISTS (SELECT 1 FROM users WHERE username = claimed) THEN
        RAISE EXCEPTION 'this session is the server login %; it cannot record as %',
            session_user, claimed
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'each person opens ivigmon with their own server login';
    END IF;
    RETURN session_user::text;
END
""",
)

_SECRET_TEST = " OR ".join(f"image -> '{c}' IS NOT NULL" for c in sorted(SECRET_COLUMNS))

AUDIT_ROW = Function(
    AUDIT_FUNCTION,
    "trigger",
    definer=True,
    body=f"""
DECLARE
    image jsonb := to_jsonb(NEW);
    row_key text := '';
    after_text text;
    before_text text;
BEGIN
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        row_key := row_key || CASE WHEN i > 0 THEN '/' ELSE '' END || (image ->> TG_ARGV[i]);
    END LOOP;
    IF {_SECRET_TEST} THEN
        after_text := {row_image("NEW", secret=True)};
        IF TG_OP = 'UPDATE' THEN
            before_text := {row_image("OLD", secret=True)};
        END IF;
    ELSE
        after_text := {row_image("NEW", secret=False)};
        IF TG_OP = 'UPDATE' THEN
            before_text := {row_image("OLD", secret=False)};
        END IF;
    END IF;
    INSERT INTO audit_log (at, "user", table_name, row_key, action, before, after)
    VALUES ({_NOW}, {ACTOR_FUNCTION}(), TG_TABLE_NAME, row_key, lower(TG_OP), before_text,
            after_text);
    RETURN NULL;
END
""",
)

GUARD = Function(
    GUARD_FUNCTION,
    "trigger",
    body="""
BEGIN
    IF TG_OP <> 'UPDATE' OR OLD.hash IS NOT NULL OR NEW.id <> OLD.id OR NEW.at <> OLD.at
        OR NEW."user" <> OLD."user" OR NEW.table_name <> OLD.table_name
        OR NEW.row_key <> OLD.row_key OR NEW.action <> OLD.action
        OR NEW.before IS DISTINCT FROM OLD.before OR NEW.after <> OLD.after THEN
        RAISE EXCEPTION 'the audit trail is append-only'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
""",
)

NO_DELETE = Function(
    NO_DELETE_FUNCTION,
    "trigger",
    body="""
BEGIN
    RAISE EXCEPTION 'records are never deleted: mark them entered in error'
        USING ERRCODE = 'integrity_constraint_violation';
END
""",
)

# A failed sign-in under a name without an account has no row whose trigger could write its
# entry; the workstations may not insert into the trail, so this function writes it.
SIGN_IN_FAILURE = Function(
    SIGN_IN_FAILURE_FUNCTION,
    "void",
    definer=True,
    arguments="shown_name text, image text",
    body=f"""
BEGIN
    PERFORM image::json;  -- the image must be JSON, as every other entry's is
    INSERT INTO audit_log (at, "user", table_name, row_key, action, before, after)
    VALUES ({_NOW}, {ACTOR_FUNCTION}(), '{NO_ACCOUNT}', shown_name, 'insert', NULL, image);
END
""",
)

DEFINITIONS: tuple[Function, ...] = (ACTOR, AUDIT_ROW, GUARD, NO_DELETE, SIGN_IN_FAILURE)
FUNCTIONS: tuple[str, ...] = tuple(f.sql() for f in DEFINITIONS)

# pg_trigger.tgtype bits (PostgreSQL's include/catalog/pg_trigger.h).
ROW_BIT = 1
BEFORE_BIT = 2
EVENT_BITS = {"INSERT": 4, "DELETE": 8, "UPDATE": 16, "TRUNCATE": 32}


@dataclass(frozen=True)
class Trigger:
    """One trigger as ivigmon attaches it."""

    name: str
    table: str
    before: bool
    events: tuple[str, ...]
    each_row: bool
    function: str
    arguments: tuple[str, ...] = ()

    def sql(self) -> str:
        timing = "BEFORE" if self.before else "AFTER"
        level = "ROW" if self.each_row else "STATEMENT"
        arguments = ", ".join(f"'{a}'" for a in self.arguments)
        return (
            f"CREATE TRIGGER {self.name} {timing} {' OR '.join(self.events)} ON {self.table}\n"
            f"            FOR EACH {level} EXECUTE FUNCTION {self.function}({arguments})"
        )

    @property
    def tgtype(self) -> int:
        bits = (ROW_BIT if self.each_row else 0) | (BEFORE_BIT if self.before else 0)
        for event in self.events:
            bits |= EVENT_BITS[event]
        return bits


_GUARD_TRIGGERS: tuple[Trigger, ...] = (
    Trigger("audit_log_append_only", "audit_log", True, ("UPDATE", "DELETE"), True, GUARD_FUNCTION),
    Trigger("audit_log_no_truncate", "audit_log", True, ("TRUNCATE",), False, GUARD_FUNCTION),
)
AUDIT_LOG_GUARDS: tuple[str, ...] = tuple(t.sql() for t in _GUARD_TRIGGERS)


def key_columns(table: str) -> list[str]:
    """The columns of a table's row key, in order (AUDITED writes it as an SQL expression)."""
    return re.findall(r"R\.(\w+)", AUDITED[table])


def _table_triggers(table: str) -> tuple[Trigger, ...]:
    return (
        Trigger(
            f"audit_{table}",
            table,
            False,
            ("INSERT", "UPDATE"),
            True,
            AUDIT_FUNCTION,
            tuple(key_columns(table)),
        ),
        Trigger(f"no_delete_{table}", table, True, ("DELETE",), True, NO_DELETE_FUNCTION),
        Trigger(f"no_truncate_{table}", table, True, ("TRUNCATE",), False, NO_DELETE_FUNCTION),
    )


def table_triggers(table: str) -> list[str]:
    """The audit and no-delete triggers of one audited table."""
    return [t.sql() for t in _table_triggers(table)]


def expected_triggers() -> dict[str, Trigger]:
    """Trigger name -> definition, for every trigger the server schema must have."""
    found = {t.name: t for t in _GUARD_TRIGGERS}
    for table in AUDITED:
        found.update((t.name, t) for t in _table_triggers(table))
    return found
