"""The demo ward under the v2 risk rules: fever before a Kawasaki infusion is not infection.

Most children with Kawasaki disease are given IVIG while febrile (the paper: on average on day 9
of fever), so under the v1 rule most KD infusions carried INFECTION. SPEC 9 drops it for them.
Their level does not move: every KD infusion is high already, by KAWASAKI_CARDIAC.
"""

from __future__ import annotations

from collections import Counter

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.codes import Diagnosis, FactorCode, RiskLevel
from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.models import Infusion, RiskAssessment
from ivigmon.domain.products import Product
from ivigmon.domain.risk import RiskContext, assess_infusion, level_for
from tests.factories import NOW

PRIOR = {FactorCode.PRIOR_REACTION, FactorCode.PRIOR_SEVERE_REACTION}


def _fever_before_start(infusion: Infusion, fever_c: float) -> bool:
    return any(
        v.at <= infusion.start and v.temp_c is not None and v.temp_c >= fever_c
        for v in infusion.vitals
    )


@pytest.fixture(scope="module")
def assessed(risk_ctx_module: RiskContext) -> list[tuple[Infusion, RiskAssessment]]:
    ctx = risk_ctx_module
    document = parse_document(
        build_demo_document(patients=70, seed=1, now=NOW),
        product_ids=ctx.products.keys(),
        check_offsets=(24, 48, 72),
        now=NOW,
    )
    patients = {p.mrn: p for p in document.patients}
    by_mrn: dict[str, list[Infusion]] = {}
    for infusion in document.infusions:
        by_mrn.setdefault(infusion.mrn, []).append(infusion)
    return [
        (i, assess_infusion(patients[i.mrn], by_mrn[i.mrn], i.id, ctx)) for i in document.infusions
    ]


@pytest.fixture(scope="module")
def risk_ctx_module(products: dict[str, Product], growth: GrowthReference) -> RiskContext:
    return RiskContext(products=products, growth=growth)


def test_infection_share_drops_by_the_febrile_kawasaki_infusions(
    assessed: list[tuple[Infusion, RiskAssessment]], risk_ctx_module: RiskContext
) -> None:
    fever_c = risk_ctx_module.settings.fever_c
    v1 = [i for i, _ in assessed if i.active_infection or _fever_before_start(i, fever_c)]
    v2 = [i for i, a in assessed if FactorCode.INFECTION in a.codes]
    kd_fever_only = [i for i in v1 if i.indication is Diagnosis.KD and not i.active_infection]
    assert len(kd_fever_only) >= 5  # the demo has febrile KD infusions to test on
    assert {i.id for i in v2} == {i.id for i in v1} - {i.id for i in kd_fever_only}
    assert len(v2) / len(assessed) < len(v1) / len(assessed)
    noted = {
        i.id
        for i, a in assessed
        if any("not counted as infection: Kawasaki disease" in n for n in a.notes)
    }
    assert {i.id for i in kd_fever_only} <= noted


def test_kawasaki_infusions_stay_high_so_the_level_shares_do_not_move(
    assessed: list[tuple[Infusion, RiskAssessment]], risk_ctx_module: RiskContext
) -> None:
    """Setting the prior-reaction factors aside, putting INFECTION back changes no level."""
    settings = risk_ctx_module.settings
    fever_c = settings.fever_c
    kd = [(i, a) for i, a in assessed if i.indication is Diagnosis.KD]
    assert kd and all(
        a.level is RiskLevel.HIGH and FactorCode.KAWASAKI_CARDIAC in a.codes for _, a in kd
    )
    v1_levels: Counter[RiskLevel] = Counter()
    v2_levels: Counter[RiskLevel] = Counter()
    for infusion, assessment in assessed:
        codes = set(assessment.codes) - PRIOR
        v2_levels[level_for(codes, settings)] += 1
        if infusion.active_infection or _fever_before_start(infusion, fever_c):
            codes.add(FactorCode.INFECTION)
        v1_levels[level_for(codes, settings)] += 1
    assert v1_levels == v2_levels
