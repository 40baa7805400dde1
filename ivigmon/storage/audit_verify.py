"""One pass over the audit trail: the chain, its key, entries written outside ivigmon, the
anchors recorded outside the file, and entry times that run backwards."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ivigmon.domain.timefmt import STORED_FORMAT
from ivigmon.storage.audit import (
    ENTRY_COLUMNS,
    GENESIS,
    KEYED_PREFIX,
    Check,
    Finding,
    Head,
    entry_hash,
    hashed_fields,
    keyed_hash,
)
from ivigmon.storage.audit_key import KEY_FILE_ENV, AuditKey

# A clock set back a little (corrected while ivigmon ran) stamps an entry earlier than the one
# before it; by more than this, the entry is reported.
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class Anchor:
    """A head recorded outside the database, and where it was read from."""

    head: Head
    source: str


@dataclass
class ChainReport:
    """What the pass over the trail found; `findings` is empty when everything checked out."""

    entries: int = 0
    sealed: int = 0
    keyed: int = 0
    anchors_checked: int = 0
    findings: list[Finding] = field(default_factory=list)


def verify_chain(
    conn: sqlite3.Connection, *, key: AuditKey | None = None, anchors: Sequence[Anchor] = ()
) -> ChainReport:
    """Recompute every hash in id order, once; compare each anchored position on the way.

    Linear in entries plus anchors: anchors are looked up by their entry count.
    """
    by_count: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_count.setdefault(anchor.head.entries, []).append(anchor)
    report = ChainReport(anchors_checked=len(anchors))
    pass_ = _Pass(key, report)
    for row in conn.execute(f"SELECT {ENTRY_COLUMNS}, prev_hash, hash FROM audit_log ORDER BY id"):
        pass_.entry(row)
        if row["hash"] is not None:
            for anchor in by_count.get(report.sealed, ()):
                if anchor.head.hash != row["hash"]:
                    report.findings.append(_rewritten(anchor, row["id"]))
    pass_.finish()
    for count in sorted(c for c in by_count if c > report.sealed):
        for anchor in by_count[count]:
            report.findings.append(
                Finding(
                    Check.ANCHORS,
                    f"{anchor.source} recorded {count} entries ({anchor.head.text()}) but the "
                    f"chain now holds {report.sealed}: entries were removed",
                )
            )
    return report


class _Pass:
    """The state carried from one entry to the next."""

    def __init__(self, key: AuditKey | None, report: ChainReport) -> None:
        self.key = key
        self.report = report
        self.prev = GENESIS
        self.broken = False
        self.last_at: str | None = None
        self.last_id = 0
        self.last_keyed = False
        self.keyed_since: int | None = None
        self.downgraded: list[int] = []
        self.unverifiable: dict[str, list[int]] = {}

    def entry(self, row: sqlite3.Row) -> None:
        report = self.report
        report.entries += 1
        entry_id = row["id"]
        self._time(entry_id, row["at"])
        digest = row["hash"]
        if digest is None:
            report.findings.append(
                Finding(
                    Check.OUTSIDE,
                    f"entry {entry_id} ({row['action']} of {row['table_name']} "
                    f"{row['row_key']} by {row['user']!r}) was never sealed: another program "
                    "wrote it",
                    entry_id,
                )
            )
            return
        report.sealed += 1
        problem = self._problem(row, digest)
        if problem and not self.broken:
            # After the first break the later hashes prove nothing more; one is named.
            self.broken = True
            report.findings.append(Finding(Check.CHAIN, f"entry {entry_id} {problem}", entry_id))
        self.prev = digest

    def _problem(self, row: sqlite3.Row, digest: str) -> str | None:
        if row["prev_hash"] != self.prev:
            return "does not follow the previous entry (an entry was removed or put in)"
        fields = hashed_fields(row)
        if not digest.startswith(KEYED_PREFIX):
            self.last_keyed = False
            if self.keyed_since is not None:
                self.downgraded.append(row["id"])
            if entry_hash(self.prev, fields) != digest:
                return "was changed after it was written (its hash does not match)"
            return None
        self.report.keyed += 1
        self.last_keyed = True
        if self.keyed_since is None:
            self.keyed_since = row["id"]
        key_id = digest[len(KEYED_PREFIX) :].split(":", 1)[0]
        if self.key is None or self.key.key_id != key_id:
            self.unverifiable.setdefault(key_id, []).append(row["id"])
            return None
        if keyed_hash(self.key, self.prev, fields) != digest:
            return "was changed after it was written (its keyed hash does not match)"
        return None

    def _time(self, entry_id: int, at: str) -> None:
        if self.last_at is not None and at < self.last_at and _ran_backwards(self.last_at, at):
            self.report.findings.append(
                Finding(
                    Check.TIMES,
                    f"entry {entry_id} at {at} is earlier than entry {self.last_id} at "
                    f"{self.last_at} (more than {_minutes(CLOCK_SKEW)} back)",
                    entry_id,
                )
            )
        self.last_at, self.last_id = at, entry_id

    def finish(self) -> None:
        findings = self.report.findings
        for key_id, ids in self.unverifiable.items():
            if self.key is None:
                why = f"set {KEY_FILE_ENV} to its key file to check them"
            else:
                why = f"the key given is another one (id {self.key.key_id})"
            findings.append(
                Finding(
                    Check.KEY,
                    f"{len(ids)} entries (first {ids[0]}, last {ids[-1]}) are keyed with "
                    f"HMAC-SHA256 (key id {key_id}) and cannot be checked here: {why}",
                    ids[0],
                )
            )
        if self.downgraded:
            ids = self.downgraded
            findings.append(
                Finding(
                    Check.KEY,
                    f"{len(ids)} entries (first {ids[0]}) were sealed without the key after "
                    f"the trail became keyed at entry {self.keyed_since}: written by a "
                    "program run without the key file, or forged",
                    ids[0],
                )
            )
        if self.key is not None and self.report.sealed and not self.last_keyed:
            # Without this, a trail rewritten entirely with plain SHA-256 would pass.
            findings.append(
                Finding(
                    Check.KEY,
                    f"the newest entry {self.last_id} is not keyed although the key "
                    f"(id {self.key.key_id}) is set: the trail was not written with this key",
                    self.last_id,
                )
            )


def _rewritten(anchor: Anchor, entry_id: int) -> Finding:
    return Finding(
        Check.ANCHORS,
        f"{anchor.source} does not match: entry {anchor.head.entries} of the chain (id "
        f"{entry_id}) no longer has the anchored hash ({anchor.head.text()}); the trail up to "
        "it was rewritten",
        entry_id,
    )


def _ran_backwards(earlier: str, later: str) -> bool:
    """True when `later` is more than CLOCK_SKEW before `earlier` in real time.

    Times are local wall-clock times: when the clocks go back in autumn an hour repeats, so
    `earlier` is read as the first of two possible moments and `later` as the second.
    """
    try:
        first = datetime.strptime(earlier, STORED_FORMAT).replace(fold=0).timestamp()
        second = datetime.strptime(later, STORED_FORMAT).replace(fold=1).timestamp()
    except (ValueError, OverflowError, OSError):
        return True  # not a time ivigmon writes
    return first - second > CLOCK_SKEW.total_seconds()


def _minutes(span: timedelta) -> str:
    return f"{int(span.total_seconds() // 60)} min"
