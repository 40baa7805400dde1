"""The catalogue kept by administrators (SPEC 11.1): local values beside label values, local
brands, retiring; every change audited, nothing lost, the rules using the limits in force."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from ivigmon.domain.codes import FactorCode, RateUnit
from ivigmon.domain.local_brand import NewProduct
from ivigmon.domain.products import LocalField, LocalValues
from ivigmon.domain.validation import ValidationError
from ivigmon.services import infusions, products
from ivigmon.services.assessment import patient_risk
from ivigmon.services.errors import NotPermitted, UnknownRecord
from ivigmon.services.users import add_user, sign_in
from ivigmon.storage.audit_rows import row_findings
from ivigmon.storage.audit_triggers import trigger_findings
from tests.factories import make_patient, start_infusion

NOTE = "Ward IVIG protocol 2026 s.4"
MORNING = datetime(2026, 3, 10, 8, 0)


def local(**values: object) -> LocalValues:
    return LocalValues.from_values(
        {LocalField(name): value for name, value in values.items()},
        {name: NOTE for name in values},
    )


def label_row(ctx, product_id: str) -> dict[str, object]:
    with ctx.store.read() as conn:
        return dict(conn.execute("SELECT * FROM products WHERE id = ?", (product_id,)).fetchone())


def test_local_values_fill_the_label_gaps_and_never_overwrite_it(ctx):
    before = label_row(ctx, "intratect_10")
    saved = products.set_local_values(ctx, "intratect_10", local(initial_rate=0.5, max_rate=8.0))
    assert saved.label.max_rate is None
    assert (saved.in_force.initial_rate, saved.in_force.max_rate) == (0.5, 8.0)
    assert ctx.products()["intratect_10"].max_rate == 8.0
    assert ctx.products()["intratect_10"].local_note(LocalField.MAX_RATE, 8.0) == NOTE
    assert label_row(ctx, "intratect_10") == before
    entry = products.catalogue_entry(ctx, "intratect_10")
    assert (entry.label.max_rate, entry.local.max_rate, entry.local.note(LocalField.MAX_RATE)) == (
        None,
        8.0,
        NOTE,
    )


def test_a_lower_local_maximum_applies_and_the_label_stays(ctx):
    products.set_local_values(ctx, "privigen", local(max_rate=6.0))
    assert ctx.products()["privigen"].max_rate == 6.0
    assert products.catalogue_entry(ctx, "privigen").label.max_rate == 8.0


def test_every_change_is_audited_and_the_trail_agrees(ctx):
    products.set_local_values(ctx, "intratect_10", local(max_rate=8.0))
    products.set_local_value(ctx, "intratect_10", LocalField.MAX_RATE, 6.0, "Protocol v2")
    products.set_local_value(ctx, "intratect_10", LocalField.STEP_MINUTES, 30, NOTE)
    with ctx.store.read() as conn:
        entries = conn.execute(
            """SELECT action, "user", after FROM audit_log
               WHERE table_name = 'product_local' ORDER BY id"""
        ).fetchall()
        images = [json.loads(e["after"]) for e in entries]
        assert [
            (e["action"], e["user"], i["max_rate"], i["max_rate_note"])
            for e, i in zip(entries, images, strict=True)
        ] == [
            ("insert", "nurse.test", 8.0, NOTE),
            ("update", "nurse.test", 6.0, "Protocol v2"),
            ("update", "nurse.test", 6.0, "Protocol v2"),
        ]
        assert row_findings(conn) == []
        assert trigger_findings(conn) == []
    entry = products.catalogue_entry(ctx, "intratect_10")
    assert (entry.local.max_rate, entry.local.step_minutes) == (6.0, 30)


def test_clearing_a_value_drops_its_note(ctx):
    products.set_local_values(ctx, "intratect_10", local(max_rate=8.0, step_minutes=30))
    entry = products.set_local_value(ctx, "intratect_10", LocalField.STEP_MINUTES, None, "")
    assert entry.local.given == (LocalField.MAX_RATE,)
    assert dict(entry.local.notes) == {"max_rate": NOTE}
    assert products.catalogue_entry(ctx, "intratect_10").local.step_minutes is None


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"max_rate": 0.0}, "max_rate"),
        ({"initial_rate": 9.0, "max_rate": 8.0}, "initial_rate"),
        ({"max_rate": 8.0, "steps": (1.0, 9.0)}, "steps"),
        ({"first_step_minutes": 0}, "first_step_minutes"),
    ],
)
def test_bad_values_are_refused_by_field_and_change_nothing(ctx, values, field):
    products.set_local_values(ctx, "intratect_10", local(max_rate=8.0))
    with ctx.store.read() as conn:
        audited = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError) as raised:
        products.set_local_values(ctx, "intratect_10", local(**values))
    assert raised.value.field == field
    assert str(raised.value).startswith(f"product intratect_10: {field}: ")
    assert products.catalogue_entry(ctx, "intratect_10").local == local(max_rate=8.0).tidy()
    with ctx.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audited


def test_an_unknown_product_is_named(ctx):
    with pytest.raises(UnknownRecord) as raised:
        products.set_local_values(ctx, "intratect_11", local(max_rate=8.0))
    assert str(raised.value) == (
        "product intratect_11: id: 'intratect_11' is not in the catalogue (see `product list`)"
    )


def test_the_risk_of_a_running_infusion_follows_a_new_local_limit(ctx):
    make_patient(ctx)
    started = start_infusion(ctx, product_id="intratect_10", dosing_weight_kg=20.0, dose_g=40.0)
    # 200 mL/h in 20 kg is 16.7 mg/kg/min: within the ward ceiling, above a local maximum of 8.
    infusions.add_rate_step(ctx, started.id, at=MORNING, ml_per_h=200.0)
    before = patient_risk(ctx, "K-0001").latest_infusion
    assert before is not None and FactorCode.RAPID_RATE not in before.codes
    products.set_local_values(ctx, "intratect_10", local(max_rate=8.0))
    after = patient_risk(ctx, "K-0001").latest_infusion
    assert after is not None
    rapid = next(f.reason for f in after.factors if f.code is FactorCode.RAPID_RATE)
    assert f"above the maximum 8 mg/kg/min (local limit: {NOTE})" in rapid


BRAND = NewProduct(
    id="octanorm_16",
    name="Octanorm 16.5%",
    maker="Octapharma",
    concentration_pct=16.5,
    sugar="none",
    rate_unit=RateUnit.ML_KG_H,
    source="Pharmacy formulary 2026",
)


def test_a_local_brand_is_added_audited_and_given_local_limits(ctx):
    added = products.add_product(ctx, BRAND)
    assert added.label.label_data == "local"
    assert not ctx.products()["octanorm_16"].has_rate_limits
    products.set_local_values(ctx, "octanorm_16", local(max_rate=2.0))
    assert ctx.products()["octanorm_16"].max_rate == 2.0
    with ctx.store.read() as conn:
        row = conn.execute(
            "SELECT action FROM audit_log WHERE table_name = 'products' AND row_key = ?",
            ("octanorm_16",),
        ).fetchone()
        assert row["action"] == "insert"
        assert row_findings(conn) == []
    with pytest.raises(ValidationError) as raised:
        products.add_product(ctx, BRAND)
    assert (raised.value.field, raised.value.problem) == ("id", "is already in the catalogue")


def test_retiring_keeps_the_product_and_stops_new_infusions(ctx):
    make_patient(ctx)
    earlier = start_infusion(ctx, product_id="intratect_10", start=datetime(2026, 3, 1, 9, 0))
    infusions.end_infusion(ctx, earlier.id, end=datetime(2026, 3, 1, 15, 0))
    retired = products.retire_product(ctx, "intratect_10")
    assert retired.label.retired_at == ctx.now()
    assert retired.label.retired_by == "nurse.test"
    assert "intratect_10" in ctx.products()
    with pytest.raises(ValidationError) as raised:
        start_infusion(ctx, product_id="intratect_10")
    assert (raised.value.field, raised.value.problem) == (
        "product_id",
        "Intratect 10% is retired: choose a product in use",
    )
    assert patient_risk(ctx, "K-0001").latest_infusion is not None  # the earlier one still reads
    with pytest.raises(ValidationError):
        products.retire_product(ctx, "intratect_10")
    back = products.retire_product(ctx, "intratect_10", retired=False)
    assert back.label.retired_at is None
    start_infusion(ctx, product_id="intratect_10")
    with ctx.store.read() as conn:
        assert row_findings(conn) == []


def test_only_an_administrator_changes_the_catalogue(ctx):
    add_user(ctx, username="lead", display_name="Lead", role="admin", password="lead-pass-1")
    add_user(ctx, username="nora", display_name="Nora", role="nurse", password="nora-pass-1")
    sign_in(ctx, "nora", "nora-pass-1")
    assert products.catalogue(ctx)  # everyone reads it
    for change in (
        lambda: products.set_local_values(ctx, "intratect_10", local(max_rate=8.0)),
        lambda: products.add_product(ctx, BRAND),
        lambda: products.retire_product(ctx, "intratect_10"),
    ):
        with pytest.raises(NotPermitted) as raised:
            change()
        assert raised.value.problem == "nurses may not edit the product catalogue"
    sign_in(ctx, "lead", "lead-pass-1")
    products.set_local_values(ctx, "intratect_10", local(max_rate=8.0))
    assert ctx.products()["intratect_10"].max_rate == 8.0


def test_the_json_of_an_entry_shows_label_local_and_in_force_values(ctx):
    products.set_local_values(ctx, "privigen", local(max_rate=6.0, step_minutes=30))
    shown = products.entry_json(products.catalogue_entry(ctx, "privigen"))
    assert shown["label"]["max_rate"] == 8.0
    assert shown["label"]["max_rate_by_indication"] == {"ITP": 4.0}
    assert shown["local"] == {
        "max_rate": {"value": 6.0, "note": NOTE},
        "step_minutes": {"value": 30, "note": NOTE},
    }
    assert shown["in_force"]["max_rate"] == {"value": 6.0, "local": True}
    assert shown["in_force"]["initial_rate"] == {"value": 0.5, "local": False}
    assert shown["in_force"]["step_minutes"] == {"value": 30, "local": True}
    assert shown["retired_at"] is None
