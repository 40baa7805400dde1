"""Committed records survive kills, concurrent writers, a full disk and read-only files."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest

from ivigmon.domain.codes import Diagnosis, LabelUse, Sex
from ivigmon.domain.models import Infusion, Lot, Measurement, Patient, RateStep
from ivigmon.services import infusions, patients
from ivigmon.services.context import Context, open_context
from ivigmon.services.history import load_history
from ivigmon.storage import errors
from ivigmon.storage.database import open_store

CHILD = Path(__file__).with_name("writer_child.py")
REFUSED_CHILD = Path(__file__).with_name("refused_write_child.py")
REPO = Path(__file__).resolve().parents[2]
MRN = "K-KILL"
NOW = datetime(2026, 3, 10, 12, 0)  # a fixed clock: every recorded time lies in its past
KILLS = 100
# Most kills land while the child writes: the delay counts from its first commit, so that a
# slow start-up or first write on a busy CI machine cannot turn every kill into a kill before
# anything was written. Some land during start-up (opening, first migration, registering).
EARLY_KILL_SHARE = 0.1
AFTER_READY_S = (0.0, 0.3)
EARLY_S = (0.0, 0.5)
READY_TIMEOUT_S = 60.0
CONCURRENT_SECONDS = 30.0
# What writer_child.py records in one start_infusion call (one transaction).
STEPS, PREMEDS, VITALS, LOTS = 3, 1, 1, 1

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL and POSIX file semantics"),
]


class Child:
    """writer_child.py in its own process; its complete stdout lines are collected by a thread."""

    def __init__(
        self, db: Path, mrn: str, err: IO[str], seconds: float | None = None, go: Path | None = None
    ) -> None:
        args = [sys.executable, str(CHILD), str(db), mrn]
        if seconds is not None:
            args.append(str(seconds))
        if go is not None:
            args.append(str(go))
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.wrote = threading.Event()  # a first commit reported
        self.err = err
        self.proc = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=err, text=True, cwd=REPO, bufsize=1
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            # A line cut by the kill was never fully reported: it proves nothing.
            if not line.endswith("\n"):
                break
            self.lines.append(line[:-1])
            if line == "ready\n":
                self.ready.set()
            if line.startswith("started "):
                self.wrote.set()
        self.proc.stdout.close()

    def kill(self) -> int:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        return self.finish(timeout=30)

    def finish(self, timeout: float) -> int:
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=30)
        return code

    def started(self) -> dict[str, str]:
        """Reported infusion id -> reported start."""
        rows = [line.split(" ")[1:] for line in self.lines if line.startswith("started ")]
        return {row[0]: row[1] for row in rows}

    def ended(self) -> list[str]:
        return [line.split(" ")[1] for line in self.lines if line.startswith("ended ")]

    def errors(self) -> list[str]:
        return [line for line in self.lines if line.startswith("error ")]

    def stderr(self) -> str:
        self.err.flush()
        return Path(self.err.name).read_text(encoding="utf-8")[-3000:]


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def foreign_key_problems(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute("PRAGMA foreign_key_check"))
    finally:
        conn.close()


def test_killing_a_writer_at_random_moments_loses_no_committed_infusion(tmp_path: Path):
    """100 SIGKILLs in a row on one file: every infusion a child saw committed is stored whole."""
    db = tmp_path / "ward.db"
    # A failure names its seed; IVIGMON_KILL_SEED=<seed> replays the same kill moments.
    seed = int(os.environ.get("IVIGMON_KILL_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    reported: dict[str, str] = {}
    rounds_with_ids = 0
    began = time.monotonic()
    with (tmp_path / "children.err").open("w", encoding="utf-8") as err:
        for number in range(KILLS):
            child = Child(db, MRN, err)
            if rng.random() < EARLY_KILL_SHARE:
                time.sleep(rng.uniform(*EARLY_S))
            else:
                assert child.ready.wait(READY_TIMEOUT_S), (
                    f"seed {seed}, child {number} never got ready: {child.stderr()}"
                )
                # From its first commit: on a busy machine the first write can take longer than
                # the whole delay, and the kill would then never land mid-stream.
                assert child.wrote.wait(READY_TIMEOUT_S), (
                    f"seed {seed}, child {number} never wrote: {child.stderr()}"
                )
                time.sleep(rng.uniform(*AFTER_READY_S))
            assert child.proc.poll() is None, (
                f"seed {seed}, child {number} stopped by itself: {child.lines[-3:]} "
                f"{child.stderr()}"
            )
            assert child.kill() == -signal.SIGKILL
            assert child.errors() == []
            started = child.started()
            # An id handed out twice would mean a reported commit was lost and its id reused.
            assert not set(started) & set(reported), f"seed {seed}: ids reused {started}"
            reported.update(started)
            rounds_with_ids += bool(started)
    elapsed = time.monotonic() - began
    print(f"kill test: {KILLS} kills in {elapsed:.1f} s, {len(reported)} infusions reported")

    # The test must have killed writers mid-stream, not only during start-up.
    assert rounds_with_ids >= KILLS // 2, f"seed {seed}: only {rounds_with_ids} rounds wrote"
    assert integrity(db) == ["ok"]
    assert foreign_key_problems(db) == []
    ctx = open_context(db, user="checker")
    try:
        stored = {i.id: i for i in load_history(ctx, MRN).infusions}
    finally:
        ctx.store.close()
    missing = sorted(set(reported) - set(stored))
    assert missing == [], f"seed {seed}: committed but lost: {missing[:10]}"
    for infusion_id, start in reported.items():
        assert stored[infusion_id].start.isoformat() == start, infusion_id
    # All or nothing: also every infusion nobody reported (killed after COMMIT, before print).
    partial = [
        i.id
        for i in stored.values()
        if (len(i.rate_steps), len(i.premedications), len(i.vitals), len(i.lots))
        != (STEPS, PREMEDS, VITALS, LOTS)
    ]
    assert partial == [], f"seed {seed}: infusions stored in part: {partial[:10]}"


def test_two_processes_writing_at_once_for_30_s_never_fail_or_lose_a_record(tmp_path: Path):
    db = tmp_path / "ward.db"
    open_context(db).store.close()  # created once, as at installation
    mrns = ["K-A", "K-B"]
    with (tmp_path / "children.err").open("w", encoding="utf-8") as err:
        go = tmp_path / "go"
        children = [Child(db, mrn, err, seconds=CONCURRENT_SECONDS, go=go) for mrn in mrns]
        for child in children:
            assert child.ready.wait(READY_TIMEOUT_S), f"a writer never got ready: {child.stderr()}"
        go.touch()  # both begin together, however slowly each process started
        codes = [c.finish(timeout=CONCURRENT_SECONDS + 90) for c in children]
        stderr = children[0].stderr()
    for child, code in zip(children, codes, strict=True):
        assert child.errors() == [], child.errors()[:5]
        assert code == 0, stderr
        assert child.lines[-1] == "done"
        assert child.started(), "a writer never got to write"
    print("concurrency test: infusions started per process", [len(c.started()) for c in children])
    # They really wrote at the same time: their id ranges interleave.
    spans = [sorted(c.started()) for c in children]
    assert spans[0][0] < spans[1][-1] and spans[1][0] < spans[0][-1]

    assert integrity(db) == ["ok"]
    ctx = open_context(db, user="checker")
    try:
        for mrn, child in zip(mrns, children, strict=True):
            history = load_history(ctx, mrn)
            stored = {i.id: i for i in history.infusions}
            assert set(stored) == set(child.started())
            assert len(stored) == len(child.started())
            ended = set(child.ended())
            assert {i for i, inf in stored.items() if inf.end is not None} == ended
            assert len(history.checks) == 3 * len(ended)
    finally:
        ctx.store.close()


def test_workstations_opening_a_new_file_at_once_both_start(tmp_path: Path):
    """The first migration runs under the write lock: the second opener waits, then finds it done.

    Without the lock about half of these pairs failed with "table patients already exists".
    """
    with (tmp_path / "children.err").open("w", encoding="utf-8") as err:
        for number in range(10):
            db = tmp_path / f"new{number}.db"
            pair = [Child(db, mrn, err, seconds=0) for mrn in ("K-A", "K-B")]
            codes = [c.finish(timeout=60) for c in pair]
            assert codes == [0, 0], pair[0].stderr()
            assert all(c.lines == ["ready", "done"] for c in pair), pair[0].stderr()
            assert integrity(db) == ["ok"]


# --------------------------------------------------------------------------------------------
# In one process: full disk, read-only file.
# --------------------------------------------------------------------------------------------


def a_patient(mrn: str = "K-0001") -> Patient:
    return Patient(
        mrn=mrn,
        name="Ada Nowak",
        sex=Sex.F,
        birth_date=date(2019, 4, 2),
        diagnoses=(Diagnosis.KD,),
        measurements=(Measurement(at=datetime(2026, 3, 1, 8, 0), weight_kg=14.2, height_cm=98),),
    )


def an_infusion(start: datetime, mrn: str = "K-0001") -> Infusion:
    return Infusion(
        id="",
        mrn=mrn,
        indication=Diagnosis.KD,
        label_use=LabelUse.ON,
        product_id="privigen",
        dosing_weight_kg=14.2,
        dose_g=28.0,
        start=start,
        lots=(Lot("P123", date(2027, 1, 31)),),
        rate_steps=(RateStep(at=start, ml_per_h=4.3),),
        notes="x" * 500,  # fills pages quickly
    )


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def test_a_full_disk_refuses_the_write_plainly_and_keeps_what_was_committed(tmp_path: Path):
    db = tmp_path / "ward.db"
    ctx = open_context(db, user="nurse.test", clock=lambda: NOW)
    patients.register_patient(ctx, a_patient())
    start = datetime(2026, 3, 1, 9, 0)
    committed = [infusions.start_infusion(ctx, an_infusion(start))[0].id]
    conn = ctx.store.conn
    # SQLITE_FULL without filling a real disk: this connection may not grow the file further.
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    before: dict[str, int] = {}
    with pytest.raises(errors.DiskFull) as caught:
        for n in range(1, 1000):
            before = table_counts(conn)
            committed.append(
                infusions.start_infusion(ctx, an_infusion(start - timedelta(days=n)))[0].id
            )
    failure = caught.value
    assert isinstance(failure, errors.EnvironmentFailure)
    assert str(failure) == f"the disk holding {db} is full; nothing was saved"
    assert not conn.in_transaction
    assert table_counts(conn) == before  # the failed transaction left nothing behind
    ctx.store.close()

    assert integrity(db) == ["ok"]
    again = open_context(db, user="nurse.test", clock=lambda: NOW)  # no page limit here
    try:
        stored = {i.id: i for i in load_history(again, "K-0001").infusions}
        assert sorted(stored) == sorted(committed)
        assert all(len(i.rate_steps) == 1 and i.notes == "x" * 500 for i in stored.values())
        # Once there is room again, writing simply works.
        infusions.start_infusion(again, an_infusion(start - timedelta(days=2000)))
    finally:
        again.store.close()


# Room left for writing: none (the first write fails), a few commits in the WAL, and enough for
# checkpoints to grow the database file to the limit before the WAL reaches it.
@pytest.mark.parametrize("margin", [4_000, 400_000, 6_000_000])
def test_a_write_the_operating_system_refuses_saves_nothing_and_harms_nothing(
    tmp_path: Path, margin: int
):
    """A real failed write(2) (file size limit) in the middle of a transaction, in a child.

    The file system refuses with EFBIG, which SQLite reports as an I/O error (a full disk,
    ENOSPC, is SQLITE_FULL: see the full-disk test); both are environment failures.
    """
    db = tmp_path / "ward.db"
    result = subprocess.run(
        [sys.executable, str(REFUSED_CHILD), str(db), str(margin)],
        capture_output=True,
        text=True,
        cwd=REPO,
        # The 6 MB margin takes about 900 infusions of one patient, each entered before the
        # last (the worst case for an entry's cost); a busy machine needs more than two minutes.
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[-1] == (
        f"failed EnvironmentFailure: the disk holding {db} failed to write; nothing was saved"
    )
    last_counts = json.loads(next(ln for ln in reversed(lines) if ln.startswith("counts "))[7:])
    committed = [ln.split(" ")[1] for ln in lines if ln.startswith("started ")]

    assert integrity(db) == ["ok"]
    conn = sqlite3.connect(db)
    try:
        assert table_counts(conn) == last_counts  # the failed transaction left nothing behind
    finally:
        conn.close()
    ctx = open_context(db, user="checker", clock=lambda: NOW)
    try:
        stored = load_history(ctx, "K-FULL").infusions
        assert sorted(i.id for i in stored) == sorted(committed)
    finally:
        ctx.store.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_database_refuses_every_write_and_nothing_changes(tmp_path: Path):
    db = tmp_path / "ward.db"
    ctx = open_context(db, user="nurse.test", clock=lambda: NOW)
    patients.register_patient(ctx, a_patient())
    infusions.start_infusion(ctx, an_infusion(datetime(2026, 3, 1, 9, 0)))
    ctx.store.close()
    digest = file_digest(db)

    store = open_store(db, read_only=True)
    viewer = Context(store=store, user="viewer", clock=lambda: NOW)
    try:
        counts = table_counts(store.conn)
        with pytest.raises(errors.ReadOnlyDatabase, match="read-only; nothing was saved"):
            patients.register_patient(viewer, a_patient("K-0002"))
        with pytest.raises(errors.ReadOnlyDatabase):
            infusions.start_infusion(viewer, an_infusion(datetime(2026, 3, 2, 9, 0)))
        (running,) = load_history(viewer, "K-0001").infusions  # reading still works
        with pytest.raises(errors.ReadOnlyDatabase):
            infusions.end_infusion(viewer, running.id, end=datetime(2026, 3, 1, 19, 0))
        # Even SQL that bypasses Store.write() is refused by SQLite itself.
        with pytest.raises(sqlite3.OperationalError) as raw:
            store.conn.execute("DELETE FROM settings")
        assert isinstance(errors.translate(raw.value, str(db)), errors.ReadOnlyDatabase)
        assert table_counts(store.conn) == counts
    finally:
        store.close()
    assert file_digest(db) == digest
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
