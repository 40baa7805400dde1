"""The product catalogue as the pharmacist keeps it (SPEC 11.1): label values beside the ward's
local values, local brands, retiring a product. Every change is one audited transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ivigmon.domain.local_brand import NewProduct, validate_new_product
from ivigmon.domain.local_limits import in_force, product_record, validate_local
from ivigmon.domain.products import LocalField, LocalValues, Product
from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_iso
from ivigmon.domain.validation import ValidationError, show
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.services.state.screen_state import rules_changed
from ivigmon.storage import catalogue as rows
from ivigmon.storage.database import Connection


@dataclass(frozen=True)
class CatalogueEntry:
    """One product: its label values (never changed by the ward), the local values entered
    for it, and the limits in force that the rules use."""

    label: Product
    local: LocalValues
    in_force: Product


def catalogue(ctx: Context) -> list[CatalogueEntry]:
    """Every product, retired ones too, by name."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        labels = rows.load_products(conn)
        local = rows.load_local_values(conn)
    entries = [_entry(p, local.get(p.id)) for p in labels.values()]
    return sorted(entries, key=lambda e: e.label.name.casefold())


def catalogue_entry(ctx: Context, product_id: str) -> CatalogueEntry:
    found = next((e for e in catalogue(ctx) if e.label.id == product_id), None)
    if found is None:
        raise _unknown(product_id)
    return found


def _entry(label: Product, local: LocalValues | None) -> CatalogueEntry:
    values = local or LocalValues()
    return CatalogueEntry(label, values, in_force(label, values))


def set_local_values(ctx: Context, product_id: str, local: LocalValues) -> CatalogueEntry:
    """Replace the product's local values (administrators); checked against its label values
    first, then stored with the risks they change in one transaction."""
    return _change_local(ctx, product_id, lambda _current: local)


def set_local_value(
    ctx: Context, product_id: str, name: LocalField, value: object, note: str
) -> CatalogueEntry:
    """One local value (None clears it) with its source note; the others are kept."""
    return _change_local(ctx, product_id, lambda current: current.with_value(name, value, note))


def _change_local(
    ctx: Context, product_id: str, change: Callable[[LocalValues], LocalValues]
) -> CatalogueEntry:
    ctx.require(Permission.EDIT_CATALOGUE)
    stamp = ctx.stamp()
    try:
        with ctx.store.write() as conn:
            label = _label(conn, product_id)
            current = rows.load_local_values(conn, product_id).get(product_id, LocalValues())
            values = change(current).tidy()
            validate_local(label, values)
            rows.save_local_values(conn, product_id, values, at=stamp.at, by=stamp.by)
            ctx.forget_cached()  # the assessments below use the new limits
            rules_changed(ctx, conn)
    finally:
        ctx.forget_cached()
    return _entry(label, values)


def add_product(ctx: Context, new: NewProduct) -> CatalogueEntry:
    """A local brand, with no label values; its limits are entered as local values."""
    ctx.require(Permission.EDIT_CATALOGUE)
    with ctx.store.write() as conn:
        validate_new_product(new, rows.load_products(conn))
        product = new.product()
        rows.insert_product(conn, product)
    ctx.forget_cached()
    return _entry(product, None)


def retire_product(ctx: Context, product_id: str, *, retired: bool = True) -> CatalogueEntry:
    """A retired product is no longer offered for new infusions; nothing is deleted, and
    `retired=False` returns it to use."""
    ctx.require(Permission.EDIT_CATALOGUE)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        label = _label(conn, product_id)
        if label.is_retired == retired:
            state = "retired" if retired else "in use"
            raise ValidationError(product_record(product_id), "retired", f"is already {state}")
        rows.set_retired(conn, product_id, at=stamp.at if retired else None, by=stamp.by)
    ctx.forget_cached()
    return catalogue_entry(ctx, product_id)


def _label(conn: Connection, product_id: str) -> Product:
    products = rows.load_products(conn)
    if product_id not in products:
        raise _unknown(product_id)
    return products[product_id]


def _unknown(product_id: str) -> UnknownRecord:
    return UnknownRecord(
        product_record(product_id),
        "id",
        f"{show(product_id)} is not in the catalogue (see `product list`)",
    )


def entry_json(entry: CatalogueEntry) -> dict[str, object]:
    """The label values, the local values with their notes, and the limits in force."""
    label, local, force = entry.label, entry.local, entry.in_force
    return {
        "id": label.id,
        "name": label.name,
        "maker": label.maker,
        "concentration_pct": label.concentration_pct,
        "sugar": label.sugar,
        "rate_unit": label.rate_unit.value,
        "label_data": label.label_data,
        "retired_at": to_iso(label.retired_at) if label.retired_at else None,
        "label": {name.value: _json_value(label, name) for name in LocalField}
        | {
            "max_rate_by_indication": dict(label.max_rate_by_indication),
            "extra_max_by_indication": dict(label.extra_max_by_indication),
            "initial_rate_by_indication": dict(label.initial_rate_by_indication),
            "source": label.source,
            "titration_source": label.titration_source,
        },
        "local": {
            name.value: {"value": _json(local.value(name)), "note": local.note(name)}
            for name in local.given
        },
        "in_force": {
            name.value: {
                "value": _json_value(force, name),
                "local": bool(force.local_note(name, _value(force, name))),
            }
            for name in LocalField
        },
    }


def _value(product: Product, name: LocalField) -> float | int | tuple[float, ...] | None:
    value: float | int | tuple[float, ...] | None = getattr(product, name.value)
    return None if value == () else value


def _json_value(product: Product, name: LocalField) -> object:
    return _json(_value(product, name))


def _json(value: float | int | tuple[float, ...] | None) -> object:
    return list(value) if isinstance(value, tuple) else value
