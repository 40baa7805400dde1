"""The patient list is read a page at a time along the MRN index, and never cut silently."""

from __future__ import annotations

from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.history import load_history
from ivigmon.services.patient_list import patient_list, patient_rows, patient_summaries
from tests.factories import make_patient, make_patients


def _register(ctx, count: int) -> None:
    for number in range(1, count + 1):
        make_patient(ctx, f"K-{number:04}", name=f"Child {number}")


def test_pages_follow_each_other_in_mrn_order_and_count_the_matches(ctx):
    _register(ctx, 5)
    first = patient_list(ctx, "K-", limit=2)
    assert [r.mrn for r in first.rows] == ["K-0001", "K-0002"]
    assert first.matching == 5 and first.more
    second = patient_list(ctx, "K-", after="K-0002", limit=2)
    assert [r.mrn for r in second.rows] == ["K-0003", "K-0004"]
    assert second.matching is None and second.more  # counted with the first page only
    last = patient_list(ctx, "K-", after="K-0004", limit=2)
    assert [r.mrn for r in last.rows] == ["K-0005"] and not last.more
    exact = patient_list(ctx, "K-", limit=5)
    assert len(exact.rows) == 5 and not exact.more


def test_a_search_pages_through_its_matches_only(ctx):
    _register(ctx, 12)
    page = patient_list(ctx, "Child 1", limit=2)  # Child 1, 10, 11, 12
    assert [r.mrn for r in page.rows] == ["K-0001", "K-0010"] and page.matching == 4
    rest = patient_list(ctx, "Child 1", after="K-0010", limit=2)
    assert [r.mrn for r in rest.rows] == ["K-0011", "K-0012"] and not rest.more


def test_every_patient_is_listed_however_many(ctx):
    _register(ctx, 7)
    assert [r.mrn for r in patient_summaries(ctx)] == [f"K-{n:04}" for n in range(1, 8)]


def test_the_rows_of_named_patients_leave_out_those_in_error_or_not_matching(ctx):
    _register(ctx, 3)
    wrong = load_history(ctx, "K-0002").patient
    mark_entered_in_error(ctx, EntryKind.PATIENT, str(wrong.id), "registered twice")
    rows = patient_rows(ctx, ["K-0001", "K-0002", "K-0003"])
    assert [r.mrn for r in rows] == ["K-0001", "K-0003"]
    assert [r.mrn for r in patient_rows(ctx, ["K-0001", "K-0003"], "Child 3")] == ["K-0003"]


def test_more_than_500_patients_are_all_reached_page_by_page(ctx):
    # 500 was once a silent cap: the patients after it could not be found by scrolling.
    mrns = make_patients(ctx, 523)
    page = patient_list(ctx)
    assert page.matching == 523 and page.more
    listed = [r.mrn for r in page.rows]
    while page.more:
        page = patient_list(ctx, after=listed[-1])
        assert page.matching is None and page.rows
        listed += [r.mrn for r in page.rows]
    assert listed == mrns
    assert listed[500:] == [f"K-{n:04}" for n in range(501, 524)]
    assert [r.mrn for r in patient_summaries(ctx)] == mrns
