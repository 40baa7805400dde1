"""The recall queries: which infusions used a lot, or a product's lots expiring in a range."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from ivigmon.domain.timefmt import parse_stored
from ivigmon.storage.sqlutil import in_json


class LotEntry(NamedTuple):
    """One lot of one infusion (an infusion of two lots of a product has two entries)."""

    infusion_id: str
    patient_id: int
    lot: str
    expiry: date | None


_SELECT = """SELECT l.infusion_id AS infusion_id, i.patient_id AS patient_id, l.lot AS lot,
           l.expiry AS expiry
    FROM infusion_lots l JOIN infusions i ON i.id = l.infusion_id
        JOIN patients p ON p.id = i.patient_id"""
_LIVE = "i.error_at IS NULL AND p.error_at IS NULL"
_ORDER = "ORDER BY i.started_at, i.id, l.lot"

# The lot's infusions, on the lot index.
BY_LOT_SQL = f"{_SELECT} WHERE l.lot = ? AND {_LIVE} {_ORDER} LIMIT ?"
# A product's lots expiring from one day to another, on the expiry index: the range is searched,
# each infusion then looked up by its key (never a scan of every infusion of the product).
_BY_EXPIRY = f"""{_SELECT}
    WHERE l.expiry >= ? AND l.expiry <= ? AND i.product_id = ? AND {_LIVE}"""
BY_EXPIRY_SQL = f"{_BY_EXPIRY} {_ORDER} LIMIT ?"
# How many, counting no further than asked: unordered, it stops at the limit (ordered, every
# lot of a range of years would be read before the first row came back).
COUNT_BY_EXPIRY_SQL = f"SELECT count(*) AS n FROM ({_BY_EXPIRY} LIMIT ?) AS found"


def lot_entries(conn: sqlite3.Connection, lot: str, limit: int) -> list[LotEntry]:
    """The infusions (not in error) of this lot, by start; at most `limit`."""
    return _entries(conn.execute(BY_LOT_SQL, (lot, limit)))


def expiry_entries(
    conn: sqlite3.Connection, product_id: str, first: date, last: date, limit: int
) -> list[LotEntry]:
    """The lots of this product expiring from `first` to `last` (both included), with their
    infusions (not in error), by start; at most `limit`. Lots without an expiry are not found."""
    rows = conn.execute(BY_EXPIRY_SQL, (first.isoformat(), last.isoformat(), product_id, limit))
    return _entries(rows)


def count_expiry_entries(
    conn: sqlite3.Connection, product_id: str, first: date, last: date, at_most: int
) -> int:
    """How many entries `expiry_entries` would find, counting up to `at_most` only."""
    row = conn.execute(
        COUNT_BY_EXPIRY_SQL, (first.isoformat(), last.isoformat(), product_id, at_most)
    ).fetchone()
    return int(row["n"])


def _entries(rows: sqlite3.Cursor) -> list[LotEntry]:
    return [
        LotEntry(
            r["infusion_id"],
            int(r["patient_id"]),
            r["lot"],
            date.fromisoformat(r["expiry"]) if r["expiry"] else None,
        )
        for r in rows
    ]


def infusion_starts(
    conn: sqlite3.Connection, patient_ids: Sequence[int]
) -> dict[int, list[datetime]]:
    """Each patient's infusion starts (not in error), sorted: whether a later infusion has
    superseded a check (SPEC 5)."""
    clause, arg = in_json("patient_id", list(patient_ids))
    rows = conn.execute(
        f"""SELECT patient_id, started_at FROM infusions WHERE {clause} AND error_at IS NULL
            ORDER BY patient_id, started_at""",
        (arg,),
    )
    starts: dict[int, list[datetime]] = {}
    for row in rows:
        starts.setdefault(int(row["patient_id"]), []).append(parse_stored(row["started_at"]))
    return starts
