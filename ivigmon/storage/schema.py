"""Facts about the schema that every start needs, without loading the migration machinery."""

from __future__ import annotations

import sqlite3

from ivigmon.storage.engine import on_server

# PRAGMA application_id marks the file as ours ("IVIG" in ASCII); set with the first migration,
# in its transaction, so that a file is never half ours.
APPLICATION_ID = 0x49564947

# The migration log kept by sqlite-utils' Migrations, and our set's name in it.
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "ivigmon"
# Every migration this program knows, in order. storage/migrations.py defines them; a test
# keeps the two lists equal. Reading this list (not the migrations) keeps every start fast:
# sqlite-utils imports pandas, which only an upgrade needs to pay for.
MIGRATION_NAMES: tuple[str, ...] = (
    "m001_initial",
    "m002_users_audit_amendments",
    "m003_identity_and_sign_in",
    "m004_screen_state",
    "m005_alerts",
    "m006_product_titration",
    "m007_local_catalogue",
    "m008_report_state",
    "m009_lots_by_expiry",
    "m010_reason_phrases",
)

# Tables whose rows are clinical records or ward configuration: every insert and update is
# audited, none may be deleted. The value is the row key as an SQL expression over row R.
AUDITED: dict[str, str] = {
    "patients": "CAST(R.id AS TEXT)",
    "measurements": "CAST(R.id AS TEXT)",
    "infusions": "R.id",
    "infusion_lots": "R.infusion_id || '/' || R.lot",
    "rate_steps": "CAST(R.id AS TEXT)",
    "premedications": "CAST(R.id AS TEXT)",
    "vitals": "CAST(R.id AS TEXT)",
    "adverse_events": "CAST(R.id AS TEXT)",
    "checks": "CAST(R.id AS TEXT)",
    "settings": "R.key",
    "products": "R.id",
    "users": "R.username",
    "alert_reviews": "CAST(R.id AS TEXT)",
    "product_local": "R.product_id",
}
# The clinical records among them: what an import fills and a nurse records (the rest is the
# ward's configuration: settings, products, local values, accounts).
CLINICAL_TABLES: tuple[str, ...] = (
    "patients",
    "measurements",
    "infusions",
    "infusion_lots",
    "rate_steps",
    "premedications",
    "vitals",
    "adverse_events",
    "checks",
    "alert_reviews",
)
# Rows that can be marked entered-in-error (amended, never deleted).
AMENDABLE: tuple[str, ...] = (
    "patients",
    "measurements",
    "infusions",
    "rate_steps",
    "premedications",
    "vitals",
    "adverse_events",
    "checks",
)
# Never copied into the audit trail.
SECRET_COLUMNS = frozenset({"password_hash"})
# A failed sign-in under a name without an account has no row to count it in: it is an audit
# entry of its own, under this table name, with the name as typed (escaped) as its row key.
NO_ACCOUNT = "sign_in_no_account"


def known_names() -> list[str]:
    return list(MIGRATION_NAMES)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Migrations recorded in the file, in the order they were applied."""
    if on_server(conn):
        from ivigmon.storage.pg.migrate import applied

        return applied(conn)  # type: ignore[arg-type]
    present = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if present is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    )
    return [r["name"] for r in rows]


def pending_names(conn: sqlite3.Connection) -> list[str]:
    applied = set(applied_names(conn))
    return [name for name in MIGRATION_NAMES if name not in applied]
