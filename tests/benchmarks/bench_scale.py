"""How fast ivigmon is on a given database, each figure beside raw SQLite doing the same work.

Run: .venv/bin/python -m tests.benchmarks.bench_scale --db FILE [--repeat 9] [--json OUT]

The database is copied first (logging infusions writes to the copy, never to FILE). Printed:
the size of the record and of the file; the worklist, one patient's assessment and logging one
infusion end to end, each as ivigmon's median time, the raw-SQLite median for the same rows and
their ratio; the time until the main window is usable and the peak memory of the app and of
each command, each in a process of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ivigmon.domain.codes import Diagnosis, LabelUse, PremedClass
from ivigmon.domain.models import Infusion, Lot, Premedication, RateStep, VitalSigns
from ivigmon.services import users
from ivigmon.services.alerts import open_alerts
from ivigmon.services.assessment import patient_risk
from ivigmon.services.context import Context, open_context
from ivigmon.services.infusions import start_infusion
from ivigmon.services.patient_list import PAGE_ROWS, patient_list
from ivigmon.services.report import ReportRequest, cohort_report
from ivigmon.services.worklist import worklist

# Targets on a 2-core machine at a million infusions.
TARGETS_MS = {
    "worklist": 50.0,
    "patient assessment": 10.0,
    "log one infusion": 20.0,
    "patient list, first page": 100.0,
    "open alerts": 50.0,
    "cohort report": 1500.0,
}
# The cohort report, whole process (start, sign-in, pandas, the tables): SPEC 8 at national size.
TARGET_PROCESS_S = {"report": 3.0}
TARGET_RATIO = {"worklist": 2.0}
TARGET_WINDOW_S = 1.5
TARGET_RSS_MB = 250.0
# What tests.benchmarks.open_window prints once the window is usable.
READY = "usable"
NOT_COUNTED = "not counted "

# The open alerts: the stored ones due by now, with the patient's MRN, in the list's order.
RAW_ALERTS = """
    SELECT a.kind, a.severity, p.mrn, a.infusion_id, a.at, a.reason
    FROM alert_state a JOIN patients p ON p.id = a.patient_id
    WHERE a.at <= ? ORDER BY a.severity DESC, a.at, p.mrn"""

# The first page of the patient list: the rows in MRN order with each one's latest infusion and
# next open check (ivigmon also assesses each patient's risk now, which SQL cannot).
RAW_PATIENT_PAGE = """
    SELECT p.id, p.mrn, p.name, p.birth_date, p.diagnoses,
        (SELECT max(i.started_at) FROM infusions i WHERE i.patient_id = p.id) AS last_start,
        (SELECT min(s.due_at) FROM check_state s WHERE s.patient_id = p.id AND s.open = 1) AS due
    FROM patients p WHERE p.error_at IS NULL ORDER BY p.mrn LIMIT ?"""

# The cohort report's stored state: every patient's figures and the counts by diagnosis (ivigmon
# also reads the open checks, stored risks and alerts, and makes the tables with pandas).
RAW_REPORT = (
    "SELECT * FROM report_patient WHERE infusions > 0",
    """SELECT kind, key, sum(infusions), sum(immediate), sum(followed), sum(delayed)
       FROM report_total GROUP BY kind, key""",
)

RAW_WORKLIST = """
    SELECT c.id, c.infusion_id, c.offset_h, c.due_at, i.product_id, i.ended_at, p.mrn, p.name,
           r.level, r.factors
    FROM check_state s JOIN checks c ON c.id = s.check_id
        JOIN infusions i ON i.id = c.infusion_id JOIN patients p ON p.id = s.patient_id
        LEFT JOIN infusion_risk r ON r.infusion_id = c.infusion_id
    WHERE s.open = 1 ORDER BY s.due_at, p.mrn, c.offset_h"""
RAW_PATIENT = (
    "SELECT * FROM patients WHERE id = ?",
    "SELECT * FROM measurements WHERE patient_id = ?",
    "SELECT * FROM infusions WHERE patient_id = ? ORDER BY started_at",
    "SELECT l.* FROM infusion_lots l JOIN infusions i ON i.id = l.infusion_id "
    "WHERE i.patient_id = ?",
    "SELECT s.* FROM rate_steps s JOIN infusions i ON i.id = s.infusion_id WHERE i.patient_id = ?",
    "SELECT m.* FROM premedications m JOIN infusions i ON i.id = m.infusion_id "
    "WHERE i.patient_id = ?",
    "SELECT v.* FROM vitals v JOIN infusions i ON i.id = v.infusion_id WHERE i.patient_id = ?",
    "SELECT * FROM adverse_events WHERE patient_id = ?",
    "SELECT c.* FROM checks c JOIN infusions i ON i.id = c.infusion_id WHERE i.patient_id = ?",
)


@dataclass
class Report:
    database: dict[str, Any] = field(default_factory=dict)
    timings: list[dict[str, Any]] = field(default_factory=list)
    processes: list[dict[str, Any]] = field(default_factory=list)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    src.backup(dest)
    dest.close()
    src.close()


def describe(conn: sqlite3.Connection, path: Path) -> dict[str, Any]:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    infusions = one("SELECT count(*) FROM infusions")
    size = path.stat().st_size
    parts = {
        name: int(total)
        for name, total in conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        )
    }
    audit = sum(v for k, v in parts.items() if k.startswith("audit"))
    state = sum(
        v for k, v in parts.items() if k.startswith(("check_state", "infusion_risk", "counters"))
    )
    return {
        "patients": one("SELECT count(*) FROM patients"),
        "infusions": infusions,
        "checks": one("SELECT count(*) FROM checks"),
        "checks open": one("SELECT count(*) FROM check_state WHERE open = 1"),
        "audit entries": one("SELECT max(id) FROM audit_log") or 0,
        "file MB": round(size / 1e6, 1),
        "bytes per infusion": round(size / max(infusions, 1)),
        "audit bytes per infusion": round(audit / max(infusions, 1)),
        "screen state bytes per infusion": round(state / max(infusions, 1)),
    }


def heavy_patient(conn: sqlite3.Connection) -> tuple[int, str, int]:
    """A patient at the 99th percentile of infusions (a long maintenance history)."""
    rows = conn.execute(
        """SELECT p.id, p.mrn, count(*) AS n FROM infusions i JOIN patients p
           ON p.id = i.patient_id GROUP BY p.id ORDER BY n"""
    ).fetchall()
    pid, mrn, n = rows[min(len(rows) - 1, int(len(rows) * 0.99))]
    return int(pid), str(mrn), int(n)


def new_infusion(mrn: str, start: datetime, weight: float, number: int) -> Infusion:
    """A typical infusion as a nurse logs it: product, lot, dose, three steps, premedication,
    baseline vital signs, the end (which schedules the checks)."""
    return Infusion(
        id="",
        mrn=mrn,
        indication=Diagnosis.PID,
        label_use=LabelUse.ON,
        product_id="privigen",
        dosing_weight_kg=weight,
        dose_g=round(weight * 0.4, 1),
        start=start,
        end=start + timedelta(hours=3),
        lots=(Lot(f"BENCH{number}"),),
        rate_steps=tuple(
            RateStep(start + timedelta(minutes=30 * n), rate)
            for n, rate in enumerate((0.3 * weight, 0.6 * weight, 1.2 * weight))
        ),
        premedications=(Premedication(start, "paracetamol", PremedClass.ANTIPYRETIC, "500 mg"),),
        vitals=(VitalSigns(start, temp_c=36.8, hr=90, sbp=110, dbp=70, rr=16, spo2=98),),
    )


RAW_SCHEMA = (
    "CREATE TABLE inf (id TEXT PRIMARY KEY, mrn TEXT, product TEXT, weight REAL, dose REAL, "
    "start TEXT, end TEXT)",
    "CREATE TABLE step (id INTEGER PRIMARY KEY, infusion TEXT, at TEXT, rate REAL)",
    "CREATE TABLE premed (id INTEGER PRIMARY KEY, infusion TEXT, at TEXT, drug TEXT)",
    "CREATE TABLE vital (id INTEGER PRIMARY KEY, infusion TEXT, at TEXT, temp REAL, hr INT)",
    "CREATE TABLE chk (id INTEGER PRIMARY KEY, infusion TEXT, offset_h INT, due TEXT)",
)


def raw_log(conn: sqlite3.Connection, infusion: Infusion, number: int) -> None:
    """The same rows written with plain SQL in one durable transaction (no checks, no audit)."""
    key = f"raw-{number}"
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO inf VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            infusion.mrn,
            infusion.product_id,
            infusion.dosing_weight_kg,
            infusion.dose_g,
            infusion.start.isoformat(),
            infusion.end.isoformat() if infusion.end else None,
        ),
    )
    conn.executemany(
        "INSERT INTO step (infusion, at, rate) VALUES (?, ?, ?)",
        [(key, s.at.isoformat(), s.ml_per_h) for s in infusion.rate_steps],
    )
    conn.executemany(
        "INSERT INTO premed (infusion, at, drug) VALUES (?, ?, ?)",
        [(key, p.at.isoformat(), p.drug) for p in infusion.premedications],
    )
    conn.executemany(
        "INSERT INTO vital (infusion, at, temp, hr) VALUES (?, ?, ?, ?)",
        [(key, v.at.isoformat(), v.temp_c, v.hr) for v in infusion.vitals],
    )
    conn.executemany(
        "INSERT INTO chk (infusion, offset_h, due) VALUES (?, ?, ?)",
        [(key, h, infusion.start.isoformat()) for h in (24, 48, 72)],
    )
    conn.execute("COMMIT")


def timed_process(args: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak memory MB, exit status) of a command in a process of its own."""
    wrapper = (
        "import resource, runpy, sys; sys.argv = sys.argv[1:];"
        "code = 0\n"
        "try: runpy.run_module(sys.argv[0], run_name='__main__')\n"
        "except SystemExit as e: code = e.code or 0\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(code)"
    )
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", wrapper, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        ready: float | None = None
        not_counted = 0.0
        for line in child.stdout:  # a command that says when it is ready is timed until then
            if ready is None and line.strip() == READY:
                ready = time.perf_counter() - start
            if line.startswith(NOT_COUNTED):  # time it spent waiting for a person (a sign-in)
                not_counted += float(line[len(NOT_COUNTED) :])
        stderr = child.stderr.read() if child.stderr else ""
        status = child.wait()
    wall = (ready if ready is not None else time.perf_counter() - start) - not_counted
    if status != 0:
        print(f"{args[0]} failed ({status}):\n{stderr[-2000:]}", file=sys.stderr)
    last = stderr.strip().splitlines()[-1] if stderr.strip() else "0"
    rss = int(last) / 1024 if last.isdigit() else 0.0
    return wall, rss, status


def measure(
    path: Path, repeat: int, now: datetime, *, with_import: bool = False, user: str | None = None
) -> Report:
    """`user`: the account to act as where the database has accounts (its password in
    IVIGMON_PASSWORD), for this process and the commands it runs."""
    report = Report()
    with tempfile.TemporaryDirectory(prefix="ivigmon-bench-") as folder:
        db = Path(folder) / "bench.db"
        copy_database(path, db)
        started = time.perf_counter()
        ctx = open_context(db, clock=lambda: now, user=user or "bench")
        if user is not None:
            users.sign_in(ctx, user, os.environ.get("IVIGMON_PASSWORD", ""))
        report.database["open and build the screen state s"] = round(
            time.perf_counter() - started, 2
        )
        raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        report.database.update(describe(raw, db))
        pid, mrn, count = heavy_patient(raw)
        report.database["assessed patient's infusions"] = count

        _timing(
            report,
            "worklist",
            repeat,
            lambda: worklist(ctx),
            lambda: raw.execute(RAW_WORKLIST).fetchall(),
        )
        _timing(
            report,
            "patient assessment",
            repeat,
            lambda: patient_risk(ctx, mrn),
            lambda: [raw.execute(sql, (pid,)).fetchall() for sql in RAW_PATIENT],
        )
        _timing(
            report,
            "open alerts",
            repeat,
            lambda: open_alerts(ctx),
            lambda: raw.execute(RAW_ALERTS, (now.isoformat(),)).fetchall(),
        )
        _timing(
            report,
            "patient list, first page",
            repeat,
            lambda: patient_list(ctx, "", limit=PAGE_ROWS),
            lambda: raw.execute(RAW_PATIENT_PAGE, (PAGE_ROWS,)).fetchall(),
        )
        _timing(
            report,
            "cohort report",
            repeat,
            lambda: cohort_report(ctx, ReportRequest()),
            lambda: [raw.execute(sql).fetchall() for sql in RAW_REPORT],
        )
        report.timings.append(_logging(ctx, Path(folder), mrn, repeat, now))
        raw.close()
        report.processes.append(_window(db))
        who = [] if user is None else ["--user", user]
        exported = str(Path(folder) / "x.json")
        for command in (["due", "--json"], ["risk", mrn], ["report"], ["export", exported]):
            wall, rss, status = timed_process(["ivigmon", "--db", str(db), *who, *command])
            report.processes.append(
                {
                    "what": f"ivigmon {command[0]}",
                    "seconds": round(wall, 2),
                    "peak MB": round(rss),
                    "status": status,
                    "target s": TARGET_PROCESS_S.get(command[0]),
                    "target MB": TARGET_RSS_MB,
                }
            )
        report.database["export file MB"] = round(Path(exported).stat().st_size / 1e6)
        if with_import:
            # What was exported, into a new database, by its administrator.
            target = str(Path(folder) / "imported.db")
            wall, rss, status = timed_process(["tests.benchmarks.import_as", target, exported])
            report.processes.append(
                {
                    "what": "import of the export into a new database",
                    "seconds": round(wall, 2),
                    "peak MB": round(rss),
                    "status": status,
                    "target MB": TARGET_RSS_MB,
                }
            )
        ctx.store.close()
    return report


def _timing(
    report: Report,
    what: str,
    repeat: int,
    ours: Callable[[], object],
    raw: Callable[[], object],
) -> None:
    ours()  # warm: the first call reads the catalogue and the settings
    mine, base = median_ms(ours, repeat), median_ms(raw, repeat)
    report.timings.append(
        {
            "what": what,
            "ivigmon ms": round(mine, 2),
            "raw ms": round(base, 2),
            "ratio": round(mine / base, 1) if base else None,
            "target ms": TARGETS_MS.get(what),
            "target ratio": TARGET_RATIO.get(what),
        }
    )


def _logging(ctx: Context, folder: Path, mrn: str, repeat: int, now: datetime) -> dict[str, Any]:
    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    for statement in RAW_SCHEMA:
        raw.execute(statement)
    mine: list[float] = []
    base: list[float] = []
    for number in range(repeat):
        # One after the other, as at a bedside: each starts after every stored infusion.
        infusion = new_infusion(
            mrn, now - timedelta(hours=6) + timedelta(minutes=number), 30.0, number
        )
        start = time.perf_counter()
        start_infusion(ctx, infusion)
        mine.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        raw_log(raw, infusion, number)
        base.append((time.perf_counter() - start) * 1000)
    raw.close()
    ours, theirs = statistics.median(mine), statistics.median(base)
    return {
        "what": "log one infusion",
        "ivigmon ms": round(ours, 2),
        "raw ms": round(theirs, 2),
        "ratio": round(ours / theirs, 1),
        "target ms": TARGETS_MS["log one infusion"],
        "target ratio": None,
    }


def _window(db: Path) -> dict[str, Any]:
    walls, rss = [], 0.0
    for _ in range(3):
        wall, peak, status = timed_process(["tests.benchmarks.open_window", str(db)])
        walls.append(wall)
        rss = max(rss, peak)
    return {
        "what": "ivigmon window usable",
        "seconds": round(statistics.median(walls), 2),
        "peak MB": round(rss),
        "status": status,
        "target s": TARGET_WINDOW_S,
        "target MB": TARGET_RSS_MB,
    }


def print_report(report: Report) -> None:
    for key, value in report.database.items():
        print(f"{key:<36} {value}")
    print()
    print(f"{'operation':<22} {'ivigmon':>10} {'raw SQL':>10} {'ratio':>6}  target")
    for t in report.timings:
        target = f"< {t['target ms']:g} ms" if t["target ms"] else ""
        if t["target ratio"]:
            target += f", <= {t['target ratio']:g}x"
        print(
            f"{t['what']:<22} {t['ivigmon ms']:>8.2f}ms {t['raw ms']:>8.2f}ms "
            f"{t['ratio']:>5}x  {target}"
        )
    print()
    for p in report.processes:
        print(
            f"{p['what']:<24} {p['seconds']:>6.2f} s {p['peak MB']:>6} MB peak (exit {p['status']})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--now", help="the benchmark's clock (default: now)")
    parser.add_argument(
        "--import", dest="with_import", action="store_true", help="also import the export"
    )
    parser.add_argument(
        "--user", help="act as this account of the database (password in IVIGMON_PASSWORD)"
    )
    args = parser.parse_args()
    now = datetime.fromisoformat(args.now) if args.now else datetime.now().replace(microsecond=0)
    if args.user:
        os.environ["IVIGMON_USER"] = args.user  # the window process signs in as this account
    report = measure(args.db, args.repeat, now, with_import=args.with_import, user=args.user)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report.__dict__, indent=1) + "\n", encoding="utf-8")
    print(
        f"\nbenchmark process peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
    )


if __name__ == "__main__":
    main()
