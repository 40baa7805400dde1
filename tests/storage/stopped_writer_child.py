"""A workstation that stops for good in the middle of a write to the ward server.

Run as `python stopped_writer_child.py URL MRN COMMITS HOW` by the workstation tests. It
registers MRN (unless an earlier child did), starts COMMITS infusions, each reported after its
commit as `started ID`, then starts one more and, inside that write (the infusion's rows sent,
nothing committed), says `inside ID PID` (PID: its session's server process) and then, by HOW:
`kill` SIGKILLs itself; `wait` sleeps until the test kills or stops it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ivigmon.domain.validation import ValidationError
from ivigmon.services import infusions, patients
from ivigmon.services.context import open_context
from ivigmon.storage import infusions as infusion_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.factories import infusion, patient


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    url, mrn, commits, how = argv[0], argv[1], int(argv[2]), argv[3]
    ctx = open_context(url, user="stopped.nurse")
    with contextlib.suppress(ValidationError):  # registered by an earlier child
        patients.register_patient(ctx, patient(mrn))
    with ctx.store.read() as conn:
        taken = conn.execute("SELECT count(*) AS n FROM infusions").fetchone()["n"]
    # The computer's clock, as the audit trail's times must follow one another; each child's
    # starts lie before the earlier children's.
    now = datetime.now().replace(second=0, microsecond=0)
    start = now - timedelta(days=1, hours=6 * taken)
    for _ in range(commits):
        started, _ = infusions.start_infusion(ctx, infusion(mrn, start=start))
        say(f"started {started.id}")
        start -= timedelta(hours=6)
    insert = infusion_rows.insert_infusion

    def insert_then_stop(conn: Any, patient_id: int, given: Any, stamp: Any) -> None:
        insert(conn, patient_id, given, stamp)
        say(f"inside {given.id} {ctx.store.conn.raw.info.backend_pid}")
        if how == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(600)

    infusion_rows.insert_infusion = insert_then_stop  # type: ignore[assignment]
    infusions.start_infusion(ctx, infusion(mrn, start=start))
    say("error: the write ended")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
