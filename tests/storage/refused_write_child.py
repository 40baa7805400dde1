"""An ivigmon process whose file writes the operating system refuses past a size limit.

Run as `python refused_write_child.py DB MARGIN_BYTES` by the durability tests. It registers a
patient, then limits the size of any file it writes (RLIMIT_FSIZE) to MARGIN_BYTES above the
database and its WAL, so that a real write(2) fails in the middle of a transaction. Lines on
stdout: `started ID` after each commit, `counts JSON` (rows per table) before each attempt,
then `failed CLASS: MESSAGE` for the error that stopped it.
"""

from __future__ import annotations

import sys

# As in writer_child.py: sqlite-utils would import pandas and numpy, which are not needed here.
sys.modules["pandas"] = None  # type: ignore[assignment]
sys.modules["numpy"] = None  # type: ignore[assignment]

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import signal  # noqa: E402
from dataclasses import replace  # noqa: E402
from datetime import timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

from ivigmon.services import infusions, patients  # noqa: E402
from ivigmon.services.context import open_context  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.storage.writer_child import FIRST_START, NOW, infusion, patient, say  # noqa: E402

MRN = "K-FULL"


def main(argv: list[str]) -> int:
    db, margin = argv[0], int(argv[1])
    ctx = open_context(db, user="writer.child", clock=lambda: NOW)
    patients.register_patient(ctx, patient(MRN))
    # Past the limit write(2) fails with EFBIG instead of killing the process with SIGXFSZ.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    largest = max(os.path.getsize(db), os.path.getsize(db + "-wal"))
    resource.setrlimit(resource.RLIMIT_FSIZE, (largest + margin, resource.RLIM_INFINITY))
    conn = ctx.store.conn
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for n in range(10_000):
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        say(f"counts {json.dumps(counts, sort_keys=True)}")
        try:
            # Each one ended (documented afterwards, the earliest last): one running infusion
            # at a time, as on a ward, so that each entry costs about the same.
            start = FIRST_START - timedelta(hours=6 * n)
            given = replace(infusion(MRN, start), end=start + timedelta(hours=4))
            started, _ = infusions.start_infusion(ctx, given)
        except Exception as exc:
            say(f"failed {type(exc).__name__}: {exc}")
            return 0
        say(f"started {started.id}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
