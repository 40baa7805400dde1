"""Import a file into a new database as its administrator: `python -m tests.benchmarks.import_as
DB FILE` (the benchmark's import of what it exported, whose records name many nurses: only a
signed-in administrator may import what others recorded)."""

from __future__ import annotations

import secrets
import sys

from ivigmon.domain.roles import Role
from ivigmon.services import users
from ivigmon.services.context import open_context
from ivigmon.services.importing import import_file

ADMIN = "bench.admin"


def main(argv: list[str]) -> int:
    db, path = argv
    ctx = open_context(db, user=ADMIN)
    try:
        password = " ".join(secrets.token_hex(4) for _ in range(4))
        users.add_user(
            ctx, username=ADMIN, display_name="Benchmark", role=Role.ADMIN, password=password
        )
        users.sign_in(ctx, ADMIN, password)
        result = import_file(ctx, path)
    finally:
        ctx.store.close()
    print(f"imported {result.patients} patients, {result.infusions} infusions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
