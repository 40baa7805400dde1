"""The audit trail's rules on the server, in PL/pgSQL: one trigger function for every audited
table, the append-only guard of the trail, and no deletes (nor TRUNCATE) anywhere audited.

The acting user and the clock come from `SET LOCAL ivigmon.user` / `ivigmon.now`, which the
store sets at the start of each write transaction; a write made outside ivigmon has neither,
so its entry names the database role and the server's clock, and stays unsealed: `audit
verify` names it, as it does an entry another program wrote into an SQLite file. The
functions are SECURITY DEFINER, owned by the schema's owner: the roles the workstations use
may insert and update records but never write the trail themselves.
"""

from __future__ import annotations

import re

from ivigmon.storage.schema import AUDITED, SECRET_COLUMNS

AUDIT_FUNCTION = "ivigmon_audit_row"
GUARD_FUNCTION = "ivigmon_audit_log_guard"
NO_DELETE_FUNCTION = "ivigmon_no_delete"

_SECRET_IMAGE = ", ".join(f'"{c}": "(hidden)"' for c in sorted(SECRET_COLUMNS))

FUNCTIONS: tuple[str, ...] = (
    f"""CREATE OR REPLACE FUNCTION {AUDIT_FUNCTION}() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $body$
DECLARE
    image jsonb := to_jsonb(NEW);
    row_key text := '';
    after_text text;
    before_text text;
BEGIN
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        row_key := row_key || CASE WHEN i > 0 THEN '/' ELSE '' END || (image ->> TG_ARGV[i]);
    END LOOP;
    -- Column order, as SQLite's json_object writes it; secrets only as "(hidden)".
    IF {" OR ".join(f"image -> '{c}' IS NOT NULL" for c in sorted(SECRET_COLUMNS))} THEN
        after_text := (image || '{{{_SECRET_IMAGE}}}'::jsonb)::text;
        IF TG_OP = 'UPDATE' THEN
            before_text := (to_jsonb(OLD) || '{{{_SECRET_IMAGE}}}'::jsonb)::text;
        END IF;
    ELSE
        after_text := row_to_json(NEW)::text;
        IF TG_OP = 'UPDATE' THEN
            before_text := row_to_json(OLD)::text;
        END IF;
    END IF;
    INSERT INTO audit_log (at, "user", table_name, row_key, action, before, after)
    VALUES (
        coalesce(nullif(current_setting('ivigmon.now', true), ''),
                 to_char(clock_timestamp(), 'YYYY-MM-DD"T"HH24:MI:SS')),
        coalesce(nullif(current_setting('ivigmon.user', true), ''), session_user::text),
        TG_TABLE_NAME, row_key, lower(TG_OP), before_text, after_text);
    RETURN NULL;
END
$body$""",
    f"""CREATE OR REPLACE FUNCTION {GUARD_FUNCTION}() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $body$
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
$body$""",
    f"""CREATE OR REPLACE FUNCTION {NO_DELETE_FUNCTION}() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $body$
BEGIN
    RAISE EXCEPTION 'records are never deleted: mark them entered in error'
        USING ERRCODE = 'integrity_constraint_violation';
END
$body$""",
)

AUDIT_LOG_GUARDS: tuple[str, ...] = (
    f"""CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION {GUARD_FUNCTION}()""",
    f"""CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION {GUARD_FUNCTION}()""",
)


def key_columns(table: str) -> list[str]:
    """The columns of a table's row key, in order (AUDITED writes it as an SQL expression)."""
    return re.findall(r"R\.(\w+)", AUDITED[table])


def table_triggers(table: str) -> list[str]:
    """The audit and no-delete triggers of one audited table."""
    arguments = ", ".join(f"'{c}'" for c in key_columns(table))
    return [
        f"""CREATE TRIGGER audit_{table} AFTER INSERT OR UPDATE ON {table}
            FOR EACH ROW EXECUTE FUNCTION {AUDIT_FUNCTION}({arguments})""",
        f"""CREATE TRIGGER no_delete_{table} BEFORE DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION {NO_DELETE_FUNCTION}()""",
        f"""CREATE TRIGGER no_truncate_{table} BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION {NO_DELETE_FUNCTION}()""",
    ]


def expected_trigger_names() -> dict[str, str]:
    """Trigger name -> table, for every trigger the server schema must have."""
    names = {"audit_log_append_only": "audit_log", "audit_log_no_truncate": "audit_log"}
    for table in AUDITED:
        for prefix in ("audit_", "no_delete_", "no_truncate_"):
            names[f"{prefix}{table}"] = table
    return names
