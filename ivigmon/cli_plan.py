"""`ivigmon plan`: the rate plan for a product, weight, dose and indication (SPEC 11.4)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.numbers import fmt
from ivigmon.domain.rate_plan import PlanStep, RatePlan
from ivigmon.domain.timefmt import TimeFormatError, parse_local, to_display
from ivigmon.domain.validation import (
    DOSE_G,
    WEIGHT_KG,
    ValidationError,
    require_code,
    require_in_limit,
)
from ivigmon.services.assessment import DISCLAIMER
from ivigmon.services.context import Context
from ivigmon.services.plan_sheet import sheet_for
from ivigmon.services.rate_plan import PlanRequest, describe_maximum, plan_for, plan_json

RECORD = "plan"


class BadArgument(ValidationError):
    """A value given on the command line: `--weight: must be at least 0.2 kg (got -1)`."""

    def __str__(self) -> str:
        return f"{self.field}: {self.problem}"


def add_plan_parser(sub: Any) -> None:
    """The `plan` command's arguments (`sub` is the parser's subparsers)."""
    plan = sub.add_parser(
        "plan", help="the rate plan: pump rates step by step, the maximum, the expected end"
    )
    plan.add_argument("--product", required=True, metavar="ID", help="catalogue id")
    plan.add_argument("--weight", required=True, metavar="KG", help="dosing weight (kg)")
    plan.add_argument("--dose", required=True, metavar="G", help="dose (g)")
    plan.add_argument("--indication", metavar="CODE", help="diagnosis code (e.g. KD, ITP, JDM)")
    plan.add_argument("--mrn", metavar="MRN", help="bring this patient's factors")
    plan.add_argument("--start", metavar="ISO", help="planned start (default: now)")
    plan.add_argument("--json", action="store_true")
    plan.add_argument(
        "--out",
        metavar="FILE.pdf",
        help="also write the plan as a printable page (PDF), with the patient of --mrn",
    )


def run_plan(args: argparse.Namespace, out: TextIO, open_ctx: Callable[[], Context]) -> int:
    """Every argument is read before the database is opened: a typing slip changes nothing."""
    try:
        weight = require_in_limit(RECORD, "--weight", _number("--weight", args.weight), WEIGHT_KG)
        dose = require_in_limit(RECORD, "--dose", _number("--dose", args.dose), DOSE_G)
        indication = (
            require_code(RECORD, "--indication", args.indication.strip(), Diagnosis)
            if args.indication is not None
            else None
        )
        start = parse_local(args.start) if args.start is not None else None
        pdf = pdf_path(RECORD, args.out) if args.out is not None else None
    except TimeFormatError as exc:
        raise BadArgument(RECORD, "--start", str(exc)) from None
    except ValidationError as exc:
        raise BadArgument(exc.record, exc.field, exc.problem) from None
    ctx = open_ctx()
    product_id = args.product.strip()
    if product_id not in ctx.products():
        known = ", ".join(sorted(ctx.products()))
        raise BadArgument(
            RECORD, "--product", f"no product {product_id!r} in the catalogue ({known})"
        )
    moment = start or ctx.now().replace(second=0, microsecond=0)
    request = PlanRequest(
        product_id=product_id,
        weight_kg=weight,
        dose_g=dose,
        start=moment,
        indication=indication,
        mrn=args.mrn,
    )
    plan = plan_for(ctx, request)
    if pdf is not None:
        # Qt is started only for a page to print: the plain command runs without it.
        from ivigmon.app import write_plan_pdf

        write_plan_pdf(sheet_for(ctx, request, basis=None), pdf)
    if args.json:
        json.dump(plan_json(plan), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    _print_plan(out, plan)
    if pdf is not None:
        out.write(f"written: {pdf}\n")
    return 0


def pdf_path(record: str, text: str) -> Path:
    """Where a printable page goes (`--out`): a .pdf file in a folder that exists (nothing is
    opened yet)."""
    path = Path(text.strip())
    if path.suffix.lower() != ".pdf":
        raise BadArgument(record, "--out", f"the file name must end in .pdf (got {text!r})")
    if path.is_dir():
        raise BadArgument(record, "--out", f"{text!r} is a folder, not a file")
    if not path.parent.is_dir():
        raise BadArgument(record, "--out", f"the folder of {text!r} does not exist")
    return path


def _number(field: str, text: str) -> float:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise BadArgument(RECORD, field, f"type a number, got {text!r}") from None
    return value


def _print_plan(out: TextIO, plan: RatePlan) -> None:
    out.write(
        f"{plan.product_name}: {fmt(plan.dose_g)} g for {fmt(plan.weight_kg)} kg"
        f" = {fmt(plan.dose_g / plan.weight_kg)} g/kg, {fmt(plan.volume_ml, 1)} mL\n"
    )
    if plan.maximum is not None:
        out.write(f"maximum: {describe_maximum(plan)}\n")
    if plan.steps:
        out.write(f"{'FROM':<16}  {'TO':<16}  {'PUMP mL/h':>9}  {'mL/kg/h':>7}  ")
        out.write(f"{'mg/kg/min':>9}  {'VOLUME mL':>9}\n")
        first = plan.steps[0].start
        for number, step in enumerate(plan.steps, start=1):
            out.write(_step_line(step, first, last=number == len(plan.steps)))
    end = to_display(plan.expected_end) if plan.expected_end is not None else "not known"
    out.write(f"total {fmt(plan.volume_ml, 1)} mL; expected end: {end}\n")
    for note in plan.notes:
        out.write(f"note: {note}\n")
    out.write(DISCLAIMER + "\n")


def _step_line(step: PlanStep, first: datetime | None, *, last: bool) -> str:
    """Times on the start's day as HH:MM; an untimed raise "when tolerated"."""

    def when(moment: datetime | None, untimed: str) -> str:
        if moment is None:
            return untimed
        if first is not None and moment.date() == first.date():
            return moment.strftime("%H:%M")
        return to_display(moment)

    volume = "" if step.volume_ml is None else fmt(step.volume_ml, 1)
    start = when(step.start, "when tolerated")
    end = when(step.end, "until given" if last else "when tolerated")
    rate = step.rate
    return (
        f"{start:<16}  {end:<16}  {rate.ml_per_h:>9.1f}  {rate.ml_per_kg_h:>7.2f}  "
        f"{rate.mg_per_kg_min:>9.2f}  {volume:>9}\n"
    )
