"""A separate process that opens a database needing an upgrade and is killed while copying it.

Run as `python upgrade_child.py DB` by the backup tests. Opening DB starts its upgrade, which
first copies the file beside it (`<db>.before-upgrade-<time>`); the process SIGKILLs itself
once the first page of that copy is written: a crash in the middle of the copy.
"""

from __future__ import annotations

import sys

# As in writer_child.py: sqlite-utils would import pandas and numpy, which are not needed here.
sys.modules["pandas"] = None  # type: ignore[assignment]
sys.modules["numpy"] = None  # type: ignore[assignment]

import os  # noqa: E402
import signal  # noqa: E402
import sqlite3  # noqa: E402
from typing import Any  # noqa: E402

from ivigmon.storage.database import open_store  # noqa: E402

real_connect = sqlite3.connect


class KilledMidCopy(sqlite3.Connection):
    """A source connection whose backup is killed after its first step."""

    def backup(self, target: sqlite3.Connection, **_options: Any) -> None:
        def kill(_status: int, _remaining: int, _total: int) -> None:
            os.kill(os.getpid(), signal.SIGKILL)

        super().backup(target, pages=1, progress=kill)


def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
    # The copy before an upgrade reads the database through a read-only connection.
    if "mode=ro" in str(database):
        kwargs["factory"] = KilledMidCopy
    return real_connect(database, *args, **kwargs)


if __name__ == "__main__":
    sqlite3.connect = connect
    open_store(sys.argv[1])
    sys.stdout.write("upgraded without being killed\n")
