"""The report's series by month (infusions and reactions, follow-up lateness) and the lots a
chart shows, on the small ward whose figures tests/services/test_report.py works out."""

from __future__ import annotations

from datetime import date

import pytest

from ivigmon.domain.report_facts import Tally
from ivigmon.services.context import Context
from ivigmon.services.importing import import_document
from ivigmon.services.report import ReportRequest, cohort_report
from ivigmon.services.report.series import highest_rates, rows_of
from ivigmon.services.report.tables import Table, rate_table
from tests.services.test_report import WARD


@pytest.fixture
def ward(ctx: Context) -> Context:
    import_document(ctx, WARD)
    return ctx


def _by_month(ctx: Context, request: ReportRequest) -> tuple[dict, dict]:
    report = cohort_report(ctx, request)
    infusions = {r["month"]: r for r in rows_of(report.table("infusions_by_month"))}
    lateness = {r["month"]: r for r in rows_of(report.table("follow_up_by_month"))}
    return infusions, lateness


def test_infusions_and_reactions_by_month_of_the_start(ward):
    infusions, _ = _by_month(ward, ReportRequest())
    # January: a1 (flushing during it), a2 (headache at its check, reached); February: c1 at
    # midnight on the 1st (urticaria during it), a3 at 23:59 on the 10th; March: b1 (its check
    # reached the family), b2.
    assert {
        m: (r["infusions"], r["immediate"], r["followed_up"], r["delayed"])
        for m, r in infusions.items()
    } == {
        "2026-01": (2, 1, 1, 1),
        "2026-02": (2, 1, 0, 0),
        "2026-03": (2, 0, 1, 0),
    }
    assert list(infusions) == ["2026-01", "2026-02", "2026-03"]  # oldest first
    january = infusions["2026-01"]
    assert (january["immediate_pct"], january["immediate_ci_low"]) == (
        50.0,
        pytest.approx(9.45, abs=0.01),
    )


def test_follow_up_lateness_by_month_of_the_infusion(ward):
    _, lateness = _by_month(ward, ReportRequest())
    # a2's checks done 120, 0 and 30 minutes after due: the middle one in [30, 45), estimated
    # half way through it (37.5 minutes); b1's on time, in [0, 15): 7.5 minutes.
    assert lateness == {
        "2026-01": {"month": "2026-01", "done": 3, "done_late_median_h": 0.62},
        "2026-03": {"month": "2026-03", "done": 1, "done_late_median_h": 0.12},
    }


def test_a_date_range_and_a_diagnosis_keep_their_months_only(ward):
    infusions, lateness = _by_month(ward, ReportRequest(first_day=date(2026, 2, 1)))
    assert {m: r["infusions"] for m, r in infusions.items()} == {"2026-02": 2, "2026-03": 2}
    assert list(lateness) == ["2026-03"]
    infusions, lateness = _by_month(ward, ReportRequest(diagnosis="KD"))
    assert {m: r["infusions"] for m, r in infusions.items()} == {"2026-03": 2}
    assert list(lateness) == ["2026-03"]


def test_the_stored_series_are_those_counted_from_the_records(ward):
    """Without a date range the series come from the stored totals; a range that holds every
    infusion counts them from the records: the two agree."""
    stored = cohort_report(ward, ReportRequest())
    counted = cohort_report(ward, ReportRequest(first_day=date(2000, 1, 1)))
    for name in ("infusions_by_month", "follow_up_by_month"):
        assert stored.table(name).rows == counted.table(name).rows


def test_an_empty_database_has_no_months(ctx):
    report = cohort_report(ctx, ReportRequest())
    for name in ("infusions_by_month", "follow_up_by_month"):
        assert report.table(name).rows == []


def test_the_lots_a_chart_shows_are_those_whose_interval_starts_highest():
    tallies = {
        "A": Tally(100, 1, 0, 0),  # 1 % of many: low interval
        "B": Tally(3, 2, 0, 0),  # 2 of 3: high rate, wide interval starting about 21 %
        "C": Tally(40, 10, 0, 0),  # 25 % of 40: interval starts about 14 %
        "D": Tally(0, 0, 0, 0),  # nothing to count
    }
    table: Table = rate_table(
        "reactions_by_lot", "t", ("lot",), [((k,), t) for k, t in tallies.items()]
    )
    assert [r["lot"] for r in highest_rates(table, 2)] == ["B", "C"]
    assert [r["lot"] for r in highest_rates(table, 10)] == ["B", "C", "A", "D"]
