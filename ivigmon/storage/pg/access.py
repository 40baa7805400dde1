"""What each group role may do on the ward server, granted by one function the migrations keep.

`packaging/server-setup` creates the roles; every migration run ends by calling
`ivigmon_grant_access()`, so a table a later version adds is granted with it, and the setup
calls it too for a database migrated before the roles existed. It starts from nothing (REVOKE
ALL) and grants only what the program's own statements need:

- every role reads every table, seals the trail (`UPDATE (prev_hash, hash)` on audit_log, no
  INSERT: the SECURITY DEFINER trigger function writes entries), keeps the derived state that
  every write updates, and updates the sign-in columns of users (failures, locks, one's own
  password);
- nurses insert and update the clinical records; ward staff the checks, the adverse events a
  check finds and the alert reviews; administrators the users, settings and product
  catalogue, and insert clinical records (an import);
- nobody deletes or truncates an audited table, or writes the migration log.
"""

from __future__ import annotations

from ivigmon.domain.roles import Role
from ivigmon.storage.pg.audit_sql import SIGN_IN_FAILURE_FUNCTION, Function
from ivigmon.storage.schema import CLINICAL_TABLES

GROUPS: dict[Role, str] = {
    Role.NURSE: "ivigmon_nurse",
    Role.WARD_STAFF: "ivigmon_ward_staff",
    Role.ADMIN: "ivigmon_admin",
}
GRANT_FUNCTION = "ivigmon_grant_access"

# Audited tables (schema.AUDITED), in two kinds.
CLINICAL = CLINICAL_TABLES
CONFIGURATION: tuple[str, ...] = ("settings", "products", "product_local", "users")
# State derived from the records and kept current by every write, whoever makes it.
DERIVED: dict[str, str] = {
    "check_state": "INSERT, UPDATE",
    "infusion_risk": "INSERT, UPDATE",
    "counters": "INSERT, UPDATE",
    # An alert that a review or a later entry closes leaves the set of open alerts.
    "alert_state": "INSERT, UPDATE, DELETE",
    "report_patient": "INSERT, UPDATE",
    "report_tallies": "INSERT, UPDATE",
    "report_total": "INSERT, UPDATE",
}
# Signing in counts failures and locks on any workstation; a person changes their own password.
SIGN_IN_COLUMNS: tuple[str, ...] = (
    "password_hash",
    "failed_sign_ins",
    "last_failed_at",
    "locked_at",
)

WRITES: dict[Role, dict[str, str]] = {
    Role.NURSE: dict.fromkeys(CLINICAL, "INSERT, UPDATE"),
    Role.WARD_STAFF: dict.fromkeys(("checks", "adverse_events", "alert_reviews"), "INSERT, UPDATE"),
    Role.ADMIN: {
        **dict.fromkeys(CLINICAL, "INSERT"),
        **dict.fromkeys(CONFIGURATION, "INSERT, UPDATE"),
    },
}


def grants() -> list[tuple[str, str, str]]:
    """(group role, table, privileges) for every table grant, in order."""
    rows: list[tuple[str, str, str]] = []
    for role, group in GROUPS.items():
        rows.append((group, "audit_log", "UPDATE (prev_hash, hash)"))
        rows.append((group, "users", f"UPDATE ({', '.join(SIGN_IN_COLUMNS)})"))
        rows += [(group, table, privileges) for table, privileges in DERIVED.items()]
        rows += [(group, table, privileges) for table, privileges in WRITES[role].items()]
    return rows


def _values() -> str:
    return ",\n        ".join(f"('{g}', '{t}', '{p}')" for g, t, p in grants())


GRANT_ACCESS = Function(
    GRANT_FUNCTION,
    "void",
    body=f"""
DECLARE
    item record;
    grantee text;
BEGIN
    -- Functions are executable by everyone unless said otherwise.
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
    FOREACH grantee IN ARRAY ARRAY[{", ".join(f"'{g}'" for g in GROUPS.values())}] LOOP
        CONTINUE WHEN to_regrole(grantee) IS NULL;
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', grantee);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', grantee);
        EXECUTE format('GRANT EXECUTE ON FUNCTION {SIGN_IN_FAILURE_FUNCTION}(text, text) TO %I',
                       grantee);
    END LOOP;
    FOR item IN SELECT * FROM (VALUES
        {_values()}
    ) AS g (grantee, table_name, privileges) LOOP
        CONTINUE WHEN to_regrole(item.grantee) IS NULL OR to_regclass(item.table_name) IS NULL;
        EXECUTE format('GRANT %s ON %I TO %I', item.privileges, item.table_name, item.grantee);
    END LOOP;
END
""",
)
