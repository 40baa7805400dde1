"""`ivigmon migrate-to-server`: a ward's database file copied into an empty server database."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ivigmon.services.server_move import move_to_server

# Tables named first in the output: the ward's records, in the order a nurse thinks of them.
RECORD_TABLES = ("patients", "infusions", "checks", "adverse_events", "users", "audit_log")


def add_parser(sub: Any) -> None:
    """The `migrate-to-server` command's arguments (`sub` is the parser's subparsers)."""
    move = sub.add_parser(
        "migrate-to-server",
        help="copy a ward's database file into an empty database on a ward server "
        "(all or nothing; the file is only read)",
        description="Copies every record, the audit trail entry for entry and the derived "
        "state of a ward's SQLite file into an empty PostgreSQL database, in one transaction, "
        "then checks the row counts and the audit chain on both sides. The file is opened "
        "read-only and never changed.",
    )
    move.add_argument("--from", dest="source", required=True, metavar="FILE", help="ward.db")
    move.add_argument(
        "--to", dest="target", required=True, metavar="URL", help="postgresql://user@host/db"
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    moved = move_to_server(args.source, args.target)
    copied = moved.copied
    out.write(f"moved {moved.source} to {moved.target} in one transaction\n")
    counts = copied.counts
    shown = [t for t in RECORD_TABLES if t in counts] + sorted(set(counts) - set(RECORD_TABLES))
    out.write(
        "rows copied, counted the same on both sides: "
        + ", ".join(f"{table} {counts[table]}" for table in shown)
        + "\n"
    )
    out.write(
        f"audit trail: {copied.entries} entries copied as they were ({copied.keyed} keyed); "
        "the chain checks out on the server as in the file\n"
    )
    for note in copied.notes:
        out.write(f"note: {note}\n")
    out.write(f"record this head elsewhere: {copied.head.text()}\n")
    out.write(
        f"{moved.source} was only read and is unchanged; keep it, and use the ward from the "
        f"server from now on: ivigmon --db {moved.target} (or IVIGMON_DB on each workstation)\n"
    )
    return 0
