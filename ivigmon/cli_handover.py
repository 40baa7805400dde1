"""`ivigmon handover --out FILE.pdf`: the printed handover sheet of the ward as it stands now."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from ivigmon.cli_plan import pdf_path
from ivigmon.domain.codes import AlertSeverity
from ivigmon.services.context import Context
from ivigmon.services.handover import WINDOW_H, handover

RECORD = "handover"


def add_parser(sub: Any) -> None:
    """The `handover` command's arguments (`sub` is the parser's subparsers)."""
    sheet = sub.add_parser(
        "handover",
        help="the handover sheet of the ward now, as a PDF: infusions running, open alerts, "
        f"high-risk patients, checks overdue or due within {WINDOW_H} h",
        description="The handover sheet of the ward as it stands now: the stored state of "
        "running infusions, open alerts and open follow-up checks. It is always the state at "
        "the time of printing (there is no --at: `ivigmon due --at` and `ivigmon alerts --at` "
        "replay the record at another time).",
    )
    sheet.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")


def run(args: argparse.Namespace, out: TextIO, open_ctx: Callable[[], Context]) -> int:
    """The file name is checked before the database is opened: a slip changes nothing."""
    path = pdf_path(RECORD, args.out)
    ctx = open_ctx()
    sheet = handover(ctx)
    # Qt is started only to lay out the page: every other command runs without it.
    from ivigmon.app import write_handover_pdf

    write_handover_pdf(sheet, path)
    urgent = sum(1 for a in sheet.alerts if a.severity is AlertSeverity.URGENT)
    out.write(
        f"handover written: {path} ({len(sheet.running)} infusing now, {len(sheet.alerts)} "
        f"open alerts ({urgent} urgent), {len(sheet.high_risk)} high-risk patients, "
        f"{len(sheet.overdue)} checks overdue, {len(sheet.due_now)} due now, "
        f"{len(sheet.due_soon)} due within {sheet.window_h} h)\n"
    )
    return 0
