"""A separate process that restores a backup and is killed as one of its file operations begins.

Run as `python restore_child.py DB SRC STEP` by the restore tests. The file operations
(os.open, os.fsync, os.link, os.rename, os.replace, os.unlink) are counted from 0, and the
process SIGKILLs itself as operation number STEP begins: a crash at that point, with no clean-up
of any kind. When the restore ends first it prints `steps N`, N being how many there were.
"""

from __future__ import annotations

import sys

# As in writer_child.py: sqlite-utils would import pandas and numpy, which are not needed here.
sys.modules["pandas"] = None  # type: ignore[assignment]
sys.modules["numpy"] = None  # type: ignore[assignment]

import os  # noqa: E402
import signal  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402
from typing import Any  # noqa: E402

from ivigmon.services import backup as backups  # noqa: E402

OPERATIONS = ("open", "fsync", "link", "rename", "replace", "unlink")


def main(argv: list[str]) -> int:
    db, src, stop = argv[0], argv[1], int(argv[2])
    count = 0

    def counted(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            nonlocal count
            if count == stop:
                os.kill(os.getpid(), signal.SIGKILL)
            count += 1
            return real(*args, **kwargs)

        return call

    for name in OPERATIONS:
        setattr(os, name, counted(getattr(os, name)))
    backups.restore(db, src, by="restore.child", now=datetime(2026, 3, 10, 12, 0))
    sys.stdout.write(f"steps {count}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
