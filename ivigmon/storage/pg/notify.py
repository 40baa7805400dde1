"""Telling the other workstations that a write committed: a NOTIFY on the ward's changes channel."""

from __future__ import annotations

from ivigmon.storage.pg.connection import Connection

# The channel every workstation of one ward database listens on (a channel is per database).
CHANNEL = "ivigmon_changes"
# Separates the kinds of record in a notification's payload.
SEPARATOR = ","

# The kinds of record the transaction wrote: the tables of its own audit entries (ids above
# the mark taken at BEGIN; one writer at a time, so they are this transaction's alone).
_ANNOUNCE_SQL = (
    "SELECT pg_notify(?, coalesce(string_agg(DISTINCT table_name, ? ORDER BY table_name), ''))"
    " FROM audit_log WHERE id > ?"
)


def announce(conn: Connection, mark: int) -> None:
    """Inside a write transaction, just before COMMIT: the server delivers the notification only
    if the transaction commits (a rollback drops it), so a listener never hears of a change that
    was not saved. The payload names the kinds of record written (`checks,patients`); an empty
    one (a write that audited nothing) means anything may have changed."""
    if not mark and not _has_trail(conn):
        conn.execute("SELECT pg_notify(?, '')", (CHANNEL,))  # a database before its trail
        return
    conn.execute(_ANNOUNCE_SQL, (CHANNEL, SEPARATOR, mark))


def _has_trail(conn: Connection) -> bool:
    return bool(conn.execute("SELECT to_regclass('audit_log') IS NOT NULL").fetchone()[0])
