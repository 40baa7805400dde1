"""The demo ward shows each alert case, the same each time (SPEC 9, 10)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.demo.infusions import RECORDED_BY
from ivigmon.demo.service_reviews import NOTES, REVIEW_AFTER_MIN
from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.codes import AlertKind, FactorCode
from ivigmon.services import alerts, infusions
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


@pytest.mark.parametrize(("patients", "seed"), [(70, 1), (70, 2), (12, 5), (3, 7)])
def test_the_wards_nurses_have_reviewed_every_older_alert_but_the_showcase(
    ctx, clock: Clock, patients: int, seed: int
):
    clock.now = NOW
    import_demo_ward(ctx, build_demo_document(patients=patients, seed=seed, now=NOW))
    every = alerts.open_alerts(ctx, include_reviewed=True)
    still_open = [r for r in every if r.is_open]
    # Left open for a new user to find: a vital-sign alert of a running infusion, a red flag
    # at a recent check and a forgotten infusion.
    running = {i.id for i in infusions.running_infusions(ctx)}
    [vital] = [
        r
        for r in still_open
        if r.kind is AlertKind.VITAL_SIGNS
        and r.infusion_id in running
        and r.reason.startswith("SpO2 90 %")
    ]
    [red] = [r for r in still_open if r.kind is AlertKind.RED_FLAG and "wheeze" in r.reason]
    [unended] = [r for r in still_open if r.kind is AlertKind.UNENDED]
    # Everything else older than the longest time to a review has been seen.
    recent = NOW - timedelta(minutes=REVIEW_AFTER_MIN[1])
    left = [r for r in still_open if r not in (vital, red, unended) and r.at < recent]
    assert left == [], [(r.kind, r.at, r.reason) for r in left]
    reviewed = [r for r in every if r.review is not None]
    if patients >= 12:
        assert reviewed
    for row in reviewed:
        assert row.review is not None
        assert row.review.by == RECORDED_BY
        assert row.review.note in NOTES[row.kind].items
        assert (
            timedelta(minutes=REVIEW_AFTER_MIN[0])
            <= row.review.reviewed_at - row.at
            <= timedelta(minutes=REVIEW_AFTER_MIN[1])
        )
        assert row.review.reviewed_at <= NOW


def test_the_same_ward_comes_out_each_time():
    first = build_demo_document(patients=30, seed=4, now=NOW)
    assert build_demo_document(patients=30, seed=4, now=NOW) == first
