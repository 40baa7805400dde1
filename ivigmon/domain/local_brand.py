"""A product the ward adds to the catalogue (a local brand, SPEC 11.1) and its validation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.local_limits import NOTE_MAX, product_record
from ivigmon.domain.products import Product
from ivigmon.domain.validation import (
    NAME_MAX,
    SHORT_TEXT_MAX,
    Limit,
    ValidationError,
    require_in_limit,
    require_text,
    show,
)

# The `label_data` of a product the ward added: it has no label values, only local ones.
LOCAL_BRAND = "local"
# SPEC 5a: what a product may be stabilised with; "none" is not sugar-stabilised.
SUGARS = ("none", "sucrose", "maltose", "sorbitol", "glucose")
# An id is stored with each infusion and typed on the command line: short, plain, lasting.
PRODUCT_ID = re.compile(r"[a-z][a-z0-9_]{1,39}")
# Intravenous immunoglobulin is 5 or 10 %; subcutaneous products reach 20 %. More is a slip.
CONCENTRATION_PCT = Limit(0.0, 20.0, "%", min_inclusive=False)


@dataclass(frozen=True)
class NewProduct:
    """What an administrator types to add a local brand."""

    id: str
    name: str
    maker: str
    concentration_pct: float
    sugar: str
    rate_unit: RateUnit
    source: str
    iga_ug_per_ml: str = ""

    def product(self) -> Product:
        """The catalogue entry: no label values (the ward enters local ones)."""
        return Product(
            id=self.id,
            name=self.name.strip(),
            maker=self.maker.strip(),
            concentration_pct=self.concentration_pct,
            sugar=self.sugar,
            iga_ug_per_ml=self.iga_ug_per_ml.strip(),
            rate_unit=self.rate_unit,
            label_data=LOCAL_BRAND,
            label_note="added by the ward: no label values in the catalogue",
            source=self.source.strip(),
        )


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def new_product_problems(new: NewProduct, existing: Mapping[str, Product]) -> list[ValidationError]:
    """Every problem of a new product, one per field: an unused plain id, a name no other
    product has, a maker, a plausible concentration, a known sugar and a source note."""
    record = product_record(new.id or "(new)")
    found: list[ValidationError] = []

    def check(test: Callable[[], object]) -> None:
        try:
            test()
        except ValidationError as error:
            found.append(error)

    def product_id() -> None:
        if not PRODUCT_ID.fullmatch(new.id):
            raise ValidationError(
                record,
                "id",
                "must be 2 to 40 lower-case letters, digits or _ starting with a letter "
                f"(got {show(new.id)})",
            )
        if new.id in existing:
            raise ValidationError(record, "id", "is already in the catalogue")

    def name() -> None:
        require_text(record, "name", new.name, max_length=NAME_MAX, single_line=True)
        key = _name_key(new.name)
        same = next((p for p in existing.values() if _name_key(p.name) == key), None)
        if same is not None:
            raise ValidationError(record, "name", f"is already the name of {same.id}")

    def sugar() -> None:
        if new.sugar not in SUGARS:
            raise ValidationError(
                record, "sugar", f"must be one of {', '.join(SUGARS)} (got {show(new.sugar)})"
            )

    check(product_id)
    check(name)
    check(
        lambda: require_text(
            record, "maker", new.maker, max_length=SHORT_TEXT_MAX, single_line=True
        ),
    )
    check(
        lambda: require_in_limit(
            record, "concentration_pct", new.concentration_pct, CONCENTRATION_PCT
        ),
    )
    check(sugar)
    check(
        lambda: require_text(
            record,
            "iga_ug_per_ml",
            new.iga_ug_per_ml,
            max_length=SHORT_TEXT_MAX,
            allow_empty=True,
            single_line=True,
        ),
    )
    check(
        lambda: require_text(record, "source", new.source, max_length=NOTE_MAX, single_line=True),
    )
    return found


def validate_new_product(new: NewProduct, existing: Mapping[str, Product]) -> None:
    """The first problem of `new_product_problems`, raised."""
    problems = new_product_problems(new, existing)
    if problems:
        raise problems[0]
