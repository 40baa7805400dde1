"""`ivigmon backup` and `restore` of a ward database on a server: pg_dump and pg_restore."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from ivigmon.services import server_backup
from ivigmon.services.context import Context


def run_backup(args: argparse.Namespace, out: TextIO, open_ctx: Callable[[], Context]) -> int:
    ctx = open_ctx()
    made = server_backup.backup_server(ctx, args.dest)
    out.write(f"backup written: {made.path}\n")
    out.write(
        f"made with {made.tool}, --format=custom, from one snapshot of "
        f"{ctx.store.path}; its audit head is beside it ({made.path.name}.anchor): "
        f"{made.head.text()}\n"
    )
    out.write(
        "restore it only into a new, empty database: "
        f"ivigmon --db postgresql://.../NEW_DATABASE restore {made.path}\n"
    )
    return 0


def run_restore(args: argparse.Namespace, out: TextIO, target: str, by: str) -> int:
    done = server_backup.restore_server(target, args.src, by=by)
    out.write(
        f"restored {done.target} from {done.source} with {done.tool}, in one transaction, "
        "into a database that had no tables\n"
    )
    out.write(f"audit trail: {done.head.text()}\n")
    doubts = [f"audit trail: {finding}" for finding in done.findings]
    if done.anchored is None:
        out.write("no head was recorded beside the backup to compare with\n")
    elif done.anchored == done.head:
        out.write("it matches the head recorded beside the backup when it was made\n")
    else:
        doubts.append(f"the head recorded beside the backup differs: {done.anchored.text()}")
    for doubt in doubts:
        out.write(f"warning: {doubt}\n")
    if doubts:
        out.write(f"check it with: ivigmon --db {done.target} audit verify\n")
        return 1
    return 0
