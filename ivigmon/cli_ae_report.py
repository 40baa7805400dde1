"""`ivigmon ae-report`: the safety report of one adverse event (CIOMS I / MedWatch 3500 fields),
printed, as JSON, or written as a PDF or CSV file; `--list MRN` names a patient's events."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ivigmon.domain.safety_report import SafetyReport
from ivigmon.domain.timefmt import to_display, to_iso
from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import Context
from ivigmon.services.safety_report import (
    patient_events,
    report_json,
    safety_report,
    write_csv,
)

RECORD = "ae-report"
SUFFIXES = (".pdf", ".csv")
# SQLite's largest row id.
LARGEST_ID = 2**63 - 1


class BadArgument(ValidationError):
    """A value given on the command line: `EVENT_ID: ...`."""

    def __str__(self) -> str:
        return f"{self.field}: {self.problem}"


def add_ae_report_parser(sub: Any) -> None:
    """The `ae-report` command's arguments (`sub` is the parser's subparsers)."""
    report = sub.add_parser(
        "ae-report",
        help="a pre-filled safety report (CIOMS I / MedWatch fields) of one adverse event",
    )
    report.add_argument(
        "event_id",
        metavar="EVENT_ID",
        nargs="?",
        help="the adverse event's id, as the record's history and --list MRN show it",
    )
    report.add_argument("--out", metavar="FILE", help="also write it as FILE.pdf or FILE.csv")
    report.add_argument("--json", action="store_true")
    report.add_argument("--list", metavar="MRN", help="list a patient's adverse events with ids")


def run_ae_report(args: argparse.Namespace, out: TextIO, open_ctx: Callable[[], Context]) -> int:
    """Every argument is read before the database is opened: a slip changes nothing."""
    if args.list is not None:
        if args.event_id is not None or args.out is not None:
            raise BadArgument(RECORD, "--list", "give either EVENT_ID or --list MRN")
        return _list(open_ctx(), args.list, out, as_json=args.json)
    event_id = _event_id(args.event_id)
    target = _out_path(args.out) if args.out is not None else None
    report = safety_report(open_ctx(), event_id)
    if target is not None and target.suffix.lower() == ".pdf":
        # Qt is started only for a page to print: the plain command runs without it.
        from ivigmon.app import write_safety_report_pdf

        write_safety_report_pdf(report, target)
    elif target is not None:
        write_csv(report, target)
    if args.json:
        json.dump(report_json(report), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    _print(out, report)
    if target is not None:
        out.write(f"written: {target}\n")
    return 0


def _event_id(text: str | None) -> int:
    if text is None:
        raise BadArgument(RECORD, "EVENT_ID", "give the adverse event's id (or --list MRN)")
    value = text.strip()
    if not value.isascii() or not value.isdigit() or not 0 < int(value) <= LARGEST_ID:
        raise BadArgument(
            RECORD,
            "EVENT_ID",
            f"an adverse event id is a whole number as the history shows it (got {text!r})",
        )
    return int(value)


def _out_path(text: str) -> Path:
    """A .pdf or .csv file in a folder that exists (nothing is written yet)."""
    path = Path(text.strip())
    if path.suffix.lower() not in SUFFIXES:
        raise BadArgument(RECORD, "--out", f"the file name must end in .pdf or .csv (got {text!r})")
    if path.is_dir():
        raise BadArgument(RECORD, "--out", f"{text!r} is a folder, not a file")
    if not path.parent.is_dir():
        raise BadArgument(RECORD, "--out", f"the folder of {text!r} does not exist")
    return path


def _print(out: TextIO, report: SafetyReport) -> None:
    out.write(f"{report.title}: adverse event {report.event_id}\n")
    for section, fields in report.sections():
        out.write(f"{section}\n")
        for found in fields:
            out.write(f"  {found.name}: {found.value}\n")
    out.write(report.note + "\n")


def _list(ctx: Context, mrn: str, out: TextIO, *, as_json: bool) -> int:
    events = patient_events(ctx, mrn.strip())
    if as_json:
        rows = [
            {
                "event_id": e.event_id,
                "onset": to_iso(e.onset),
                "term": e.term,
                "grade": e.grade,
                "serious": e.serious,
                "infusion_id": e.infusion_id,
            }
            for e in events
        ]
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    if not events:
        out.write(f"{mrn.strip()}: no adverse events recorded\n")
    for e in events:
        serious = ", serious" if e.serious else ""
        out.write(
            f"{e.event_id:>8}  {to_display(e.onset)}  {e.infusion_id}  {e.term} "
            f"(grade {e.grade}{serious})\n"
        )
    return 0
