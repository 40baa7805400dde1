"""The cohort report's time series and chart selections: infusions and reactions by month of the
start, follow-up lateness by month, and the lots a chart has room for. Made from the same
counts as the other tables (stored, or counted over a date range), so they agree with them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ivigmon.domain.report_facts import (
    LATE_MONTH,
    LATE_STEP_MINUTES,
    MONTH,
    Tally,
    TallyKey,
    grouped_median,
    late_month_key,
)
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.report.tables import Table, rate_table, tallies_of

MONTH_COLUMNS = ("month",)
LATENESS_COLUMNS = ("month", "done", "done_late_median_h")
LATENESS_NOTE = QT_TRANSLATE_NOOP(
    "report_tables",
    "median hours after due (negative: early), estimated from the checks' lateness in steps of"
    " {minutes} minutes",
)


def month_tables(totals: Mapping[TallyKey, Tally], note: str = "") -> list[Table]:
    """Infusions and reactions per month, and the median lateness of the done checks of each
    month's infusions, oldest month first."""
    by_month = sorted(tallies_of(totals, MONTH).items())
    late: dict[str, dict[int, int]] = {}
    for key, tally in tallies_of(totals, LATE_MONTH).items():
        month, step = late_month_key(key)
        late.setdefault(month, {})[step] = tally.infusions
    rows: list[list[Any]] = []
    for month in sorted(late):
        median = grouped_median(late[month], LATE_STEP_MINUTES)
        hours = None if median is None else round(median / 60, 2)
        rows.append([month, sum(late[month].values()), hours])
    return [
        rate_table(
            "infusions_by_month",
            QT_TRANSLATE_NOOP(
                "report_tables", "Infusions and reactions per 100 infusions by month of the start"
            ),
            MONTH_COLUMNS,
            [((month,), tally) for month, tally in by_month],
            note,
        ),
        Table(
            "follow_up_by_month",
            QT_TRANSLATE_NOOP(
                "report_tables",
                "Follow-up lateness by month: done checks of the infusions started that month",
            ),
            LATENESS_COLUMNS,
            rows,
            note or LATENESS_NOTE.format(minutes=LATE_STEP_MINUTES),
        ),
    ]


def highest_rates(table: Table, count: int) -> list[dict[str, Any]]:
    """The `count` rows of a rate table whose immediate reaction rate is credibly highest: by
    the lower end of its 95 % interval, then of the delayed one's (the rows of a service's
    thousands of lots a chart or a terminal has room for)."""
    rows = [dict(zip(table.columns, row, strict=True)) for row in table.rows]
    rows.sort(key=lambda r: (-(r["immediate_ci_low"] or 0), -(r["delayed_ci_low"] or 0)))
    return rows[:count]


def rows_of(table: Table) -> Sequence[dict[str, Any]]:
    """The table's rows as column -> value."""
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]
