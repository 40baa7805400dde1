"""Benchmark of the national service generator: its figures, its time and its peak memory.

Run: .venv/bin/python -m tests.benchmarks.bench_service [--patients N] [--seed S] [--years Y]
Prints the figures of the generated service (patients, infusions, parts, checks done and open,
running infusions, reactions), the seconds it took and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import datetime

from ivigmon.demo.service import generate_service
from ivigmon.demo.service_figures import ServiceFigures

NOW = datetime(2026, 3, 10, 12, 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--years", type=float, default=10.0)
    args = parser.parse_args()
    figures = ServiceFigures(now=NOW)
    wall = time.perf_counter()
    cpu = time.process_time()
    generating = 0.0
    batches = generate_service(patients=args.patients, seed=args.seed, now=NOW, years=args.years)
    while True:
        started = time.process_time()
        batch = next(batches, None)
        generating += time.process_time() - started
        if batch is None:
            break
        figures.add(batch)
    for line in figures.lines():
        print(line)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"generation {generating:.1f} s CPU; with counting {time.process_time() - cpu:.1f} s CPU,"
        f" {time.perf_counter() - wall:.1f} s wall; peak memory {peak_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
