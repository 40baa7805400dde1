"""Benchmark of the core against raw SQLite: import, worklist, patient risk, export.

Run: .venv/bin/python -m tests.benchmarks.bench_core [--patients N]
Each line prints ivigmon's median time, the raw-SQLite baseline's median time for the same data
work without validation or risk rules, and their ratio.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ivigmon.demo.ward import build_demo_document
from ivigmon.services.assessment import patient_risk
from ivigmon.services.context import open_context
from ivigmon.services.importing import import_demo_ward
from ivigmon.services.interchange import export_document
from ivigmon.services.worklist import worklist

NOW = datetime(2026, 3, 10, 12, 0)


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_import(path: Path, document: dict) -> None:  # type: ignore[type-arg]
    """Baseline: the same rows into plain tables with executemany, one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS p (mrn TEXT PRIMARY KEY, name, sex, birth, body)")
    conn.execute("CREATE TABLE IF NOT EXISTS i (id TEXT PRIMARY KEY, mrn, start, end, body)")
    conn.execute("CREATE TABLE IF NOT EXISTS s (infusion_id, at, ml_per_h)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO p VALUES (?, ?, ?, ?, ?)",
        [(p["mrn"], p["name"], p["sex"], p["birth_date"], str(p)) for p in document["patients"]],
    )
    conn.executemany(
        "INSERT INTO i VALUES (?, ?, ?, ?, ?)",
        [(i["id"], i["mrn"], i["start"], i["end"], str(i)) for i in document["infusions"]],
    )
    conn.executemany(
        "INSERT INTO s VALUES (?, ?, ?)",
        [(i["id"], s["at"], s["ml_per_h"]) for i in document["infusions"] for s in i["rate_steps"]],
    )
    conn.execute("COMMIT")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    document = build_demo_document(patients=args.patients, seed=1, now=NOW)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        counter = iter(range(10_000))

        def ivigmon_import() -> None:
            ctx = open_context(root / f"i{next(counter)}.db", clock=lambda: NOW, user="bench")
            import_demo_ward(ctx, document)
            ctx.store.close()

        def baseline_import() -> None:
            raw_import(root / f"r{next(counter)}.db", document)

        ctx = open_context(root / "ward.db", clock=lambda: NOW, user="bench")
        import_demo_ward(ctx, document)
        raw = sqlite3.connect(root / "ward.db")
        mrn = document["patients"][0]["mrn"]
        stored_now = NOW.strftime("%Y-%m-%dT%H:%M:%S")

        def baseline_worklist() -> None:
            raw.execute(
                """SELECT c.*, i.*, p.* FROM checks c JOIN infusions i ON i.id = c.infusion_id
                   JOIN patients p ON p.id = i.patient_id
                   WHERE (c.done_at IS NULL OR c.done_at > ?) AND i.ended_at <= ?
                   ORDER BY c.due_at""",
                (stored_now, stored_now),
            ).fetchall()

        def baseline_patient() -> None:
            pid = raw.execute("SELECT id FROM patients WHERE mrn = ?", (mrn,)).fetchone()[0]
            raw.execute("SELECT * FROM measurements WHERE patient_id = ?", (pid,)).fetchall()
            ids = [
                r[0]
                for r in raw.execute(
                    "SELECT id FROM infusions WHERE patient_id = ? ORDER BY started_at", (pid,)
                )
            ]
            for table in ("rate_steps", "vitals", "premedications", "adverse_events"):
                for iid in ids:
                    raw.execute(f"SELECT * FROM {table} WHERE infusion_id = ?", (iid,)).fetchall()

        def baseline_export() -> None:
            for table in ("patients", "measurements", "infusions", "rate_steps", "checks"):
                raw.execute(f"SELECT * FROM {table}").fetchall()

        cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
            ("import demo ward", ivigmon_import, baseline_import),
            ("worklist (due)", lambda: worklist(ctx, NOW), baseline_worklist),
            ("patient risk", lambda: patient_risk(ctx, mrn, NOW), baseline_patient),
            ("export everything", lambda: export_document(ctx), baseline_export),
        ]
        infusions = len(document["infusions"])
        print(f"{args.patients} patients, {infusions} infusions; median of {args.repeat} runs")
        print(f"{'operation':<20} {'ivigmon':>10} {'raw SQLite':>11} {'ratio':>7}")
        for name, ours, baseline in cases:
            a = median_seconds(ours, args.repeat)
            b = median_seconds(baseline, args.repeat)
            print(f"{name:<20} {a * 1000:>8.1f}ms {b * 1000:>9.1f}ms {a / b:>6.1f}x")
        raw.close()
        ctx.store.close()


if __name__ == "__main__":
    main()
