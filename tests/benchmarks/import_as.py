"""Import a file into a new database as its administrator: `python -m tests.benchmarks.import_as
DB FILE` (the benchmark's import of what it exported, whose records name many nurses: only a
signed-in administrator may import what others recorded). A national service's file is larger
than the import size limit: the administrator raises `import.max_mb` for it first, as a ward
would for that one import."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

from ivigmon.domain.roles import Role
from ivigmon.services import users
from ivigmon.services.context import Context, open_context
from ivigmon.services.importing import import_file
from ivigmon.services.interchange import MEGABYTE
from ivigmon.services.settings import import_max_mb, save_import_max_mb

ADMIN = "bench.admin"


def allow_size_of(ctx: Context, path: Path) -> int:
    """Raise the import size limit to the file's size when it is over it; the limit in MB."""
    needed = -(-path.stat().st_size // MEGABYTE)  # whole megabytes, rounded up
    if needed > import_max_mb(ctx):
        save_import_max_mb(ctx, needed)
    return import_max_mb(ctx)


def main(argv: list[str]) -> int:
    db, path = argv
    ctx = open_context(db, user=ADMIN)
    try:
        password = " ".join(secrets.token_hex(4) for _ in range(4))
        users.add_user(
            ctx, username=ADMIN, display_name="Benchmark", role=Role.ADMIN, password=password
        )
        users.sign_in(ctx, ADMIN, password)
        allow_size_of(ctx, Path(path))
        result = import_file(ctx, path)
    finally:
        ctx.store.close()
    print(f"imported {result.patients} patients, {result.infusions} infusions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
