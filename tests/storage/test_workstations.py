"""Workstations sharing one ward database: four writing at once lose nothing and see no error;
one killed or stopped inside a write on the server loses nothing committed and holds no one up."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO

import psycopg
import pytest

from ivigmon.services import audit, infusions
from ivigmon.services.context import open_context
from ivigmon.services.history import load_history
from ivigmon.storage.pg.store import IDLE_IN_WRITE, LOCK_TIMEOUT

from .. import pg_server
from ..factories import infusion

CHILD = Path(__file__).with_name("workstation_child.py")
STOPPED_CHILD = Path(__file__).with_name("stopped_writer_child.py")
REPO = Path(__file__).resolve().parents[2]
WORKSTATIONS = ("ws1", "ws2", "ws3", "ws4")
SECONDS = 60.0
READY_TIMEOUT_S = 120.0

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes")


class Workstation:
    """workstation_child.py in its own process; its complete stdout lines are collected."""

    def __init__(self, target: str, name: str, go: Path, err: IO[str]) -> None:
        self.name = name
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), target, name, str(SECONDS), str(go)],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            cwd=REPO,
            bufsize=1,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line == "ready\n":
                self.ready.set()
        self.proc.stdout.close()

    def finish(self, timeout: float) -> int:
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=30)
        return code

    def logged(self, kind: str) -> list[list[str]]:
        """The fields of each `kind` line, without the kind and the time it took."""
        return [line.split(" ")[1:-1] for line in self.lines if line.split(" ")[0] == kind]

    def latencies_ms(self) -> list[float]:
        return [
            float(line.split(" ")[-1])
            for line in self.lines
            if line.split(" ")[0] in {"patient", "infusion", "step", "vitals", "end", "check"}
            and line.split(" ")[-1] != "-"
        ]

    def errors(self) -> list[str]:
        return [line for line in self.lines if line.startswith("error ")]


def figures(name: str, latencies: list[float]) -> str:
    """One line of figures: writes, and their p50, p95 and longest latency."""
    p95 = statistics.quantiles(latencies, n=20, method="inclusive")[18]
    return (
        f"{name}: {len(latencies)} writes, latency p50 {statistics.median(latencies):.1f} ms,"
        f" p95 {p95:.1f} ms, max {max(latencies):.1f} ms"
    )


@pytest.mark.slow
def test_four_workstations_writing_for_60_s_lose_nothing_and_show_no_error(
    db_target: str, engine: str, tmp_path: Path
):
    """Four processes document infusions at once on one ward database for a minute; every
    action each saw committed is stored exactly once, nothing else is, the audit chain is
    intact, and no action failed (waiting for another workstation's write is not a failure)."""
    open_context(db_target).store.close()  # created (or migrated) once, as at installation
    go = tmp_path / "go"
    with (tmp_path / "workstations.err").open("w", encoding="utf-8") as err:
        stations = [Workstation(db_target, name, go, err) for name in WORKSTATIONS]
        for station in stations:
            assert station.ready.wait(READY_TIMEOUT_S), (tmp_path / "workstations.err").read_text()
        go.touch()
        codes = [s.finish(timeout=SECONDS + 180) for s in stations]
    stderr = (tmp_path / "workstations.err").read_text(encoding="utf-8")
    for station, code in zip(stations, codes, strict=True):
        assert station.errors() == [], station.errors()[:5]
        assert code == 0, stderr[-3000:]
        assert station.lines[-1] == "done"
    assert "Traceback" not in stderr, stderr[-3000:]

    print(f"\nfour workstations on one {engine} database, {SECONDS:.0f} s:")
    for station in stations:
        print(figures(station.name, station.latencies_ms()))
    print(figures("all", [ms for s in stations for ms in s.latencies_ms()]))

    mrns = [mrn for s in stations for (mrn,) in s.logged("patient")]
    started = {inf: mrn for s in stations for inf, mrn in s.logged("infusion")}
    steps = Counter(tuple(f) for s in stations for f in s.logged("step"))
    vitals = Counter(tuple(f) for s in stations for f in s.logged("vitals"))
    ended = {inf for s in stations for (inf,) in s.logged("end")}
    checked = Counter(tuple(f) for s in stations for f in s.logged("check"))
    assert all(len(s.logged("check")) >= 10 for s in stations), "a workstation hardly wrote"
    # Ids are handed out by the database: one given twice would be a lost or merged record.
    assert len(started) == sum(len(s.logged("infusion")) for s in stations)

    ctx = open_context(db_target, user="checker")
    try:
        stored_steps: Counter[tuple[str, ...]] = Counter()
        stored_vitals: Counter[tuple[str, ...]] = Counter()
        stored_checks: Counter[tuple[str, ...]] = Counter()
        stored_infusions: Counter[str] = Counter()
        stored_ended: set[str] = set()
        for mrn in mrns:
            history = load_history(ctx, mrn)
            for inf in history.infusions:
                stored_infusions[inf.id] += 1
                assert started.get(inf.id) == mrn, f"{inf.id} is not an infusion of {mrn}"
                stored_steps.update((inf.id, s.at.isoformat()) for s in inf.rate_steps)
                stored_vitals.update((inf.id, v.at.isoformat()) for v in inf.vitals)
                if inf.end is not None:
                    stored_ended.add(inf.id)
            stored_checks.update(
                (c.infusion_id, str(c.offset_h)) for c in history.checks if c.done_at is not None
            )
        with ctx.store.read() as conn:
            totals = {
                table: conn.execute(f"SELECT count(*) AS n FROM {table}").fetchone()["n"]
                for table in ("patients", "infusions", "rate_steps", "vitals")
            }
        report = audit.verify(ctx)
    finally:
        ctx.store.close()

    assert stored_infusions == Counter(list(started))
    assert stored_steps == steps
    assert stored_vitals == vitals
    assert stored_ended == ended
    assert stored_checks == checked
    # Nothing stored that no workstation saw committed, and nobody registered twice.
    assert len(set(mrns)) == len(mrns)
    assert totals == {
        "patients": len(mrns),
        "infusions": len(started),
        "rate_steps": steps.total(),
        "vitals": vitals.total(),
    }
    assert report.intact, report.findings[:5]
    assert report.entries > totals["infusions"]
    print(f"audit chain: {report.entries} entries, intact")


# --------------------------------------------------------------------------------------------
# A workstation killed or stopped inside a write on the ward server.
# --------------------------------------------------------------------------------------------

MRN = "K-STOP"
COMMITS = 3


@pytest.fixture
def server(pg_template: tuple[str, str]) -> Iterator[tuple[str, str]]:
    """(admin URL, ward database URL): a fresh ward database on the test server."""
    base, template = pg_template
    with pg_server.throwaway(base, template) as url:
        yield base, url


def stopped_writer(url: str, how: str, err: IO[str]) -> tuple[subprocess.Popen[str], list[str]]:
    """stopped_writer_child.py, run until it says it is inside its last write: its process and
    its lines so far."""
    proc = subprocess.Popen(
        [sys.executable, str(STOPPED_CHILD), url, MRN, str(COMMITS), how],
        stdout=subprocess.PIPE,
        stderr=err,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        if line.startswith("inside "):
            break
    assert lines and lines[-1].startswith("inside "), (lines, Path(err.name).read_text())
    return proc, lines


def ended(proc: subprocess.Popen[str]) -> int:
    """The child's exit status, once it has exited."""
    code = proc.wait(timeout=30)
    assert proc.stdout is not None
    proc.stdout.close()
    return code


def session_ended(admin_url: str, pid: int, within_s: float) -> bool:
    with psycopg.connect(admin_url, autocommit=True) as admin:
        for _ in range(int(within_s * 100)):
            if not admin.execute(
                "SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone():
                return True
            time.sleep(0.01)
    return False


def two_hours_ago() -> datetime:
    """A start on the computer's clock, which the workstations' audit entries follow."""
    return datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)


def seconds(setting: str) -> float:
    assert setting.endswith("s") and not setting.endswith("ms"), setting
    return float(setting[:-1])


@pytest.mark.parametrize("how", ["kill", "wait"], ids=["kills-itself", "killed"])
def test_a_workstation_killed_inside_a_write_loses_nothing_committed_and_holds_no_one_up(
    server: tuple[str, str], tmp_path: Path, how: str
):
    """SIGKILL inside a write (its rows sent, not committed): the server rolls it back when the
    connection closes and the write lock goes with it."""
    base, url = server
    with (tmp_path / "child.err").open("w", encoding="utf-8") as err:
        proc, lines = stopped_writer(url, how, err)
        if how == "wait":
            proc.send_signal(signal.SIGKILL)
        assert ended(proc) == -signal.SIGKILL
    committed = [line.split(" ")[1] for line in lines if line.startswith("started ")]
    _, uncommitted, pid = lines[-1].split(" ")
    assert len(committed) == COMMITS
    assert session_ended(base, int(pid), within_s=5), "the server kept the killed session"

    ctx = open_context(url, user="next.nurse")
    try:
        stored = [i.id for i in load_history(ctx, MRN).infusions]
        assert sorted(stored) == sorted(committed)
        assert uncommitted not in stored
        # The write lock went with the session: the next workstation's write does not wait.
        began = time.monotonic()
        infusions.start_infusion(ctx, infusion(MRN, start=two_hours_ago()))
        assert time.monotonic() - began < seconds(LOCK_TIMEOUT) / 2
        report = audit.verify(ctx)
        assert report.intact, report.findings[:5]
    finally:
        ctx.store.close()


@pytest.mark.slow
def test_a_workstation_stopped_inside_a_write_holds_the_others_up_no_longer_than_the_limit(
    server: tuple[str, str], tmp_path: Path
):
    """SIGSTOP inside a write: the connection stays open (a suspended laptop, a network gone
    quiet), so only the server's limit on a write's pauses (IDLE_IN_WRITE) frees the lock."""
    base, url = server
    with (tmp_path / "child.err").open("w", encoding="utf-8") as err:
        proc, lines = stopped_writer(url, "wait", err)
        try:
            proc.send_signal(signal.SIGSTOP)
            ctx = open_context(url, user="next.nurse")
            try:
                began = time.monotonic()
                mine, _ = infusions.start_infusion(ctx, infusion(MRN, start=two_hours_ago()))
                waited = time.monotonic() - began
                stored = {i.id: i.start for i in load_history(ctx, MRN).infusions}
                report = audit.verify(ctx)
            finally:
                ctx.store.close()
        finally:
            proc.send_signal(signal.SIGKILL)
            ended(proc)
    print(f"\na write waited {waited:.1f} s for a workstation stopped inside its write")
    assert waited < seconds(IDLE_IN_WRITE) + 5
    committed = [line.split(" ")[1] for line in lines if line.startswith("started ")]
    pid = lines[-1].split(" ")[2]
    # The stopped write is not among them (its infusion number, never committed, is given again).
    assert sorted(stored) == sorted([*committed, mine.id])
    assert stored[mine.id] == mine.start
    assert session_ended(base, int(pid), within_s=5)
    assert report.intact, report.findings[:5]
