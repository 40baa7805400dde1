"""Other processes in tests: the id of one that has ended."""

from __future__ import annotations

import subprocess
import sys


def ended_pid() -> int:
    """The id of a process that has ended (ids are not reused this soon)."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)
