"""Earlier reactions are shown, worst first, on the patient page and on the start form."""

from __future__ import annotations

from datetime import datetime

from ivigmon.domain.codes import EventOutcome, FactorCode, Seriousness
from ivigmon.domain.models import AdverseEvent
from ivigmon.services import infusions
from ivigmon.services.bedside import start_defaults
from ivigmon.ui.infusion_start_page import InfusionStartPage
from ivigmon.ui.patient_detail_page import PatientDetailPage
from tests.factories import make_patient, start_infusion

from .conftest import settle

FEB = datetime(2026, 2, 1, 9, 0)
MARCH = datetime(2026, 3, 1, 9, 0)


def earlier_infusions(ctx) -> None:
    """inf-1 in February (a grade 1 rash, a serious grade 2 urticaria), inf-2 in March (a
    grade 2 headache), both ended."""
    first = start_infusion(ctx, start=FEB)
    infusions.add_reaction(
        ctx, first.id, AdverseEvent(onset=FEB.replace(hour=10), term="rash", grade=1)
    )
    infusions.add_reaction(
        ctx,
        first.id,
        AdverseEvent(
            onset=FEB.replace(hour=11),
            term="urticaria",
            grade=2,
            serious=True,
            seriousness=(Seriousness.HOSPITALISATION,),
            outcome=EventOutcome.RESOLVED,
        ),
    )
    infusions.end_infusion(ctx, first.id, end=FEB.replace(hour=15))
    second = start_infusion(ctx, start=MARCH)
    infusions.add_reaction(
        ctx, second.id, AdverseEvent(onset=MARCH.replace(hour=10), term="headache", grade=2)
    )
    infusions.end_infusion(ctx, second.id, end=MARCH.replace(hour=15))


def test_the_patient_page_lists_earlier_reactions_worst_first_at_the_top(qtbot, ctx, events, show):
    make_patient(ctx)
    earlier_infusions(ctx)
    detail = PatientDetailPage(ctx, events)
    show(detail)
    detail.show_patient("K-0001")
    settle(qtbot)
    box = detail.reactions
    assert box.title() == "Earlier reactions (3)"
    assert box.lines[0].startswith(
        "▲▲ severe: urticaria grade 2 (serious: needed or prolonged a hospital stay) on 2026-02-01"
    )
    assert " on 2026-02-01 during " in box.lines[0]
    assert box.lines[1].startswith("▲ reaction: headache grade 2 on 2026-03-01 during ")
    assert box.lines[2].startswith("○ mild: rash grade 1 on 2026-02-01 during ")
    # Above the patient's facts: the first thing under the title.
    assert (
        box.geometry().top() < detail.fact_labels["sex"].mapTo(detail, detail.rect().topLeft()).y()
    )


def test_the_start_form_names_the_earlier_reaction_before_anything_is_stored(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    earlier_infusions(ctx)
    defaults = start_defaults(ctx, "K-0001")
    form = InfusionStartPage(ctx, events, defaults)
    show(form)
    assert form.reactions.isVisible()
    assert form.reactions.lines[0].startswith(
        "▲▲ severe: urticaria grade 2 (serious: needed or prolonged a hospital stay) on 2026-02-01"
    )
    assert defaults.assessment.codes[-1] is FactorCode.PRIOR_SEVERE_REACTION
    reasons = form.assessment.reasons.text()
    assert "Earlier severe reaction or anaphylaxis" in reasons
    assert "urticaria grade 2 (serious: needed or prolonged a hospital stay)" in reasons
    assert " on 2026-02-01 during " in reasons


def test_without_earlier_reactions_the_start_form_shows_no_box(qtbot, ctx, events, show):
    make_patient(ctx)
    form = InfusionStartPage(ctx, events, start_defaults(ctx, "K-0001"))
    show(form)
    assert not form.reactions.isVisible()
