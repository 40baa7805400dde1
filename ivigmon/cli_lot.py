"""`ivigmon lot`: who received a lot, or a product's lots expiring in a range (a recall)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ivigmon.cli_plan import BadArgument
from ivigmon.domain.timefmt import TimeFormatError, parse_date
from ivigmon.domain.validation import ValidationError
from ivigmon.services import lots
from ivigmon.services.context import Context
from ivigmon.services.lots import Recall

RECORD = "lot"


def add_parser(sub: Any) -> None:
    """The `lot` command's arguments (`sub` is the parser's subparsers)."""
    lot = sub.add_parser(
        "lot",
        help="infusions, patients, adverse events, checks and alerts of a lot (a recall)",
        description="Every infusion of a lot, or of a product with a lot expiring in a range "
        "(--product with --expiry-from and --expiry-to), with its patient, adverse events, "
        "follow-up checks and alerts.",
    )
    lot.add_argument("lot", metavar="LOT", nargs="?", help="the lot number")
    lot.add_argument("--product", metavar="ID", help="a catalogue id, instead of LOT")
    lot.add_argument("--expiry-from", metavar="DATE", help="with --product: first expiry date")
    lot.add_argument("--expiry-to", metavar="DATE", help="with --product: last expiry date")
    lot.add_argument("--json", action="store_true")
    lot.add_argument("--csv", metavar="FILE.csv", help="also write the list as a CSV file")


def run(args: argparse.Namespace, out: TextIO, open_ctx: Callable[[], Context]) -> int:
    """Every argument is read before the database is opened: a typing slip changes nothing."""
    csv_path = _csv_path(args.csv) if args.csv is not None else None
    if args.product is None:
        if args.expiry_from is not None or args.expiry_to is not None:
            raise BadArgument(RECORD, "--product", "the expiry range needs --product ID")
        if args.lot is None or not args.lot.strip():
            raise BadArgument(RECORD, "LOT", "a lot number is required (or --product ID)")
        recall = _named(lambda: lots.lot_recall(open_ctx(), args.lot))
    else:
        if args.lot is not None:
            raise BadArgument(RECORD, "LOT", "give a lot number or --product, not both")
        first = _date("--expiry-from", args.expiry_from)
        last = _date("--expiry-to", args.expiry_to)
        product = args.product.strip()
        recall = _named(lambda: lots.expiry_recall(open_ctx(), product, first, last))
    if csv_path is not None:
        lots.write_recall_csv(recall, csv_path)
    if args.json:
        json.dump(lots.recall_json(recall), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    _print(out, recall)
    if csv_path is not None:
        out.write(f"written: {csv_path}\n")
    return 0


# The service's fields as the command line names them.
OPTIONS = {"lot": "LOT", "product": "--product", "expiry_to": "--expiry-to"}


def _named(search: Callable[[], Recall]) -> Recall:
    """The search, with a refusal naming the option that was typed."""
    try:
        return search()
    except ValidationError as exc:
        if exc.field not in OPTIONS:
            raise
        raise BadArgument(RECORD, OPTIONS[exc.field], exc.problem) from None


def _date(field: str, text: str | None) -> date:
    if text is None:
        raise BadArgument(RECORD, field, "required with --product (a date like 2027-01-31)")
    try:
        return parse_date(text)
    except TimeFormatError as exc:
        raise BadArgument(RECORD, field, str(exc)) from None


def _csv_path(text: str) -> Path:
    path = Path(text.strip())
    if path.suffix.lower() != ".csv":
        raise BadArgument(RECORD, "--csv", f"the file name must end in .csv (got {text!r})")
    if path.is_dir():
        raise BadArgument(RECORD, "--csv", f"{text!r} is a folder, not a file")
    if not path.parent.is_dir():
        raise BadArgument(RECORD, "--csv", f"the folder of {text!r} does not exist")
    return path


def _print(out: TextIO, recall: Recall) -> None:
    if not recall.rows:
        out.write(f"{recall.search}: no infusions recorded\n")
        return
    events = sum(len(row.infusion.events) for row in recall.rows)
    out.write(
        f"{recall.search}: {len({r.infusion.id for r in recall.rows})} infusions, "
        f"{len(recall.patients)} patients, {events} adverse events\n"
    )
    for row in recall.rows:
        infusion = row.infusion
        checks = ", ".join(f"+{c.check.offset_h} {c.status.value}" for c in row.checks)
        opened = sum(1 for a in row.alerts if a.is_open)
        out.write(
            f"  {infusion.id}  {row.patient.mrn}  {row.product_name}  lot {row.lot}"
            f"  {infusion.start:%Y-%m-%dT%H:%M}  {infusion.dose_g:g} g"
            f"  expiry {row.expiry or '?'}  checks: {checks or 'none'}"
            f"  alerts: {len(row.alerts)} ({opened} open)\n"
        )
        for event in infusion.events:
            out.write(
                f"    event {event.onset:%Y-%m-%dT%H:%M}: {event.term} grade {event.grade}"
                f"{' serious' if event.serious else ''}\n"
            )
