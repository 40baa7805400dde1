"""`ivigmon product list|show|set|add|retire`: the catalogue on the command line (SPEC 11.1)."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.local_brand import SUGARS, NewProduct
from ivigmon.domain.local_limits import CLEAR, parse_local_value, product_record
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import LocalField, Product
from ivigmon.domain.timefmt import to_display
from ivigmon.domain.validation import ValidationError, parse_number_text
from ivigmon.services import products
from ivigmon.services.context import Context
from ivigmon.services.products import CatalogueEntry

# How `show` names each value, in the order the form shows them.
FIELD_NAMES: dict[LocalField, str] = {
    LocalField.INITIAL_RATE: "initial rate",
    LocalField.MAX_RATE: "maximum",
    LocalField.AT_RISK_MAX_RATE: "at-risk maximum",
    LocalField.FIRST_STEP_MINUTES: "first step (min)",
    LocalField.STEP_MINUTES: "later steps (min)",
    LocalField.STEPS: "step list",
}


def add_parser(sub: Any) -> None:
    """The `product` command and its actions, on the main parser's subcommands."""
    product = sub.add_parser(
        "product", help="the product catalogue: label values beside the ward's local values"
    )
    actions = product.add_subparsers(dest="product_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every product with the limits in force")
    listing.add_argument("--json", action="store_true")
    show = actions.add_parser("show", help="one product: label, local and in-force values")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true")
    change = actions.add_parser(
        "set",
        help="set a local value with its source note (administrators); VALUE - clears it",
    )
    change.add_argument("id", metavar="ID")
    change.add_argument("field", metavar="FIELD", choices=[f.value for f in LocalField])
    change.add_argument("value", metavar="VALUE", help="a rate, whole minutes, or steps 1;2;4")
    change.add_argument("--note", default="", metavar="TEXT", help="where the value comes from")
    add = actions.add_parser("add", help="add a local brand (administrators)")
    add.add_argument("id", metavar="ID", help="a short id: lower-case letters, digits, _")
    add.add_argument("--name", required=True)
    add.add_argument("--maker", required=True)
    add.add_argument("--concentration", required=True, metavar="PCT", help="5 for 5 %%")
    add.add_argument("--sugar", required=True, choices=SUGARS)
    add.add_argument(
        "--unit", default=RateUnit.MG_KG_MIN.value, choices=[u.value for u in RateUnit]
    )
    add.add_argument("--iga", default="", metavar="TEXT", help="IgA content in µg/mL")
    add.add_argument("--source", required=True, metavar="TEXT", help="where the facts come from")
    retire = actions.add_parser(
        "retire", help="stop offering a product for new infusions (administrators)"
    )
    retire.add_argument("id", metavar="ID")
    retire.add_argument("--undo", action="store_true", help="return a retired product to use")


def run(ctx: Context, args: argparse.Namespace, out: TextIO) -> None:
    """One `product` action; bad input raises ValidationError (exit status 2)."""
    action = args.product_command
    if action == "list":
        entries = products.catalogue(ctx)
        if args.json:
            _write_json(out, [products.entry_json(e) for e in entries])
        else:
            _print_list(out, entries)
    elif action == "show":
        entry = products.catalogue_entry(ctx, args.id)
        if args.json:
            _write_json(out, products.entry_json(entry))
        else:
            _print_entry(out, entry)
    elif action == "set":
        name = LocalField(args.field)
        value = parse_local_value(args.id, name, args.value)
        entry = products.set_local_value(ctx, args.id, name, value, args.note)
        shown = "cleared" if args.value.strip().casefold() in CLEAR else "set"
        out.write(f"{args.id}: local {FIELD_NAMES[name]} {shown}\n")
        _print_entry(out, entry)
    elif action == "add":
        concentration = parse_number_text(
            product_record(args.id), "concentration_pct", args.concentration
        )
        entry = products.add_product(
            ctx,
            NewProduct(
                id=args.id,
                name=args.name,
                maker=args.maker,
                concentration_pct=concentration,
                sugar=args.sugar,
                rate_unit=RateUnit(args.unit),
                source=args.source,
                iga_ug_per_ml=args.iga,
            ),
        )
        out.write(
            f"{entry.label.id} added: {entry.label.name}; enter its limits with "
            f"`ivigmon product set {entry.label.id} FIELD VALUE --note TEXT`\n"
        )
    else:
        entry = products.retire_product(ctx, args.id, retired=not args.undo)
        out.write(f"{args.id} {'returned to use' if args.undo else 'retired'}\n")


def _print_list(out: TextIO, entries: list[CatalogueEntry]) -> None:
    out.write(
        f"{'ID':<18} {'NAME':<26} {'CONC':>5}  {'INITIAL':<14} {'MAXIMUM':<14} "
        f"{'AT-RISK MAX':<14} STATUS\n"
    )
    for entry in entries:
        force = entry.in_force
        out.write(
            f"{force.id:<18} {force.name[:26]:<26} {fmt(force.concentration_pct):>3} %  "
            f"{_rate(force, LocalField.INITIAL_RATE):<14} {_rate(force, LocalField.MAX_RATE):<14} "
            f"{_rate(force, LocalField.AT_RISK_MAX_RATE):<14} {_status(entry)}\n"
        )
    out.write("rates in each product's unit (see `product show ID`); * rests on a local value\n")


def _rate(product: Product, name: LocalField) -> str:
    value = getattr(product, name.value)
    if value is None:
        return "-"
    star = "*" if product.local_note(name, value) else ""
    return (
        f"{fmt(value)}{star} {'mL/kg/h' if product.rate_unit is RateUnit.ML_KG_H else ''}".strip()
    )


def _status(entry: CatalogueEntry) -> str:
    label = entry.label
    parts = [f"label {label.label_data}"]
    if not entry.in_force.has_rate_limits:
        parts.append("no rate limits: ward ceiling only")
    if label.retired_at is not None:
        parts.append(f"retired {to_display(label.retired_at)}")
    return "; ".join(parts)


def _print_entry(out: TextIO, entry: CatalogueEntry) -> None:
    label, local, force = entry.label, entry.local, entry.in_force
    out.write(
        f"{label.id}: {label.name} ({label.maker}), {fmt(label.concentration_pct)} %, "
        f"sugar {label.sugar}, rates in {label.rate_unit.value}\n"
    )
    out.write(f"  status: {_status(entry)}\n")
    if label.label_note:
        out.write(f"  label note: {label.label_note}\n")
    out.write(f"  label source: {label.source or '-'}\n")
    if label.titration_source:
        out.write(f"  titration source: {label.titration_source}\n")
    out.write(f"  {'':<18} {'LABEL':<16} {'LOCAL':<16} {'IN FORCE':<18} LOCAL SOURCE NOTE\n")
    for name, words in FIELD_NAMES.items():
        in_force = _shown(getattr(force, name.value))
        if force.local_note(name, getattr(force, name.value)):
            in_force += " (local)"
        out.write(
            f"  {words:<18} {_shown(getattr(label, name.value)):<16} "
            f"{_shown(local.value(name)):<16} {in_force:<18} {local.note(name) or '-'}\n"
        )
    maxima = {**label.extra_max_by_indication, **label.max_rate_by_indication}
    for title, rates in (
        ("maxima by indication", maxima),
        ("initial rates by indication", label.initial_rate_by_indication),
    ):
        if rates:
            shown = ", ".join(f"{code} {fmt(rate)}" for code, rate in rates.items())
            out.write(f"  label {title}: {shown}\n")


def _shown(value: object) -> str:
    if value is None or value == ():
        return "-"
    if isinstance(value, tuple):
        return "; ".join(fmt(v) for v in value)
    if isinstance(value, int | float):
        return fmt(value)
    raise ValidationError("product", "value", f"cannot show {value!r}")


def _write_json(out: TextIO, data: Any) -> None:
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
