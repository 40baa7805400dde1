"""The demo ward shows each alert case, the same each time (SPEC 9, 10)."""

from __future__ import annotations

from datetime import datetime

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.codes import AlertKind, FactorCode
from ivigmon.services import alerts
from ivigmon.services.assessment import infusion_risk
from ivigmon.services.history import load_histories
from ivigmon.services.importing import import_demo_ward
from tests.factories import Clock

NOW = datetime(2026, 3, 10, 10, 30)


@pytest.mark.parametrize(("patients", "seed"), [(70, 1), (70, 2), (12, 5), (3, 7)])
def test_the_demo_ward_raises_every_kind_of_alert(ctx, clock: Clock, patients: int, seed: int):
    clock.now = NOW
    import_demo_ward(ctx, build_demo_document(patients=patients, seed=seed, now=NOW))
    rows = alerts.open_alerts(ctx)
    kinds = {r.kind for r in rows}
    assert kinds == set(AlertKind), [(r.kind, r.reason) for r in rows]
    [unended] = [r for r in rows if r.kind is AlertKind.UNENDED]
    assert unended.reason.startswith("running for ") and unended.at < NOW
    assert any("wheeze" in r.reason for r in rows if r.kind is AlertKind.RED_FLAG)
    prior = [
        f.reason
        for h in load_histories(ctx).values()
        for i in h.infusions
        for f in infusion_risk(ctx, h, i.id).factors
        if f.code is FactorCode.PRIOR_SEVERE_REACTION
    ]
    assert any(reason.startswith("anaphylaxis grade 3") for reason in prior), prior


def test_the_same_ward_comes_out_each_time():
    first = build_demo_document(patients=30, seed=4, now=NOW)
    assert build_demo_document(patients=30, seed=4, now=NOW) == first
