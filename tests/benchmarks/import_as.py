"""Import a file into a new database as a given author: `python -m tests.benchmarks.import_as
DB FILE USER` (the benchmark's import of what it exported; the demo's records name `demo`)."""

from __future__ import annotations

import sys

from ivigmon.services.context import open_context
from ivigmon.services.importing import import_file


def main(argv: list[str]) -> int:
    db, path, user = argv
    ctx = open_context(db, user=user)
    try:
        result = import_file(ctx, path)
    finally:
        ctx.store.close()
    print(f"imported {result.patients} patients, {result.infusions} infusions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
