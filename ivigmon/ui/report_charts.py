"""The cohort report's charts, drawn with matplotlib: reaction rates by product and by lot with
their 95 % Wilson intervals, follow-up lateness by month, infusions per month. Black, greys,
markers and labels only: each reads the same printed in black and white.

matplotlib is imported with this module, which only the Reports page imports, once it has
something to draw (never at start-up)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ivigmon.services.report import CohortReport
from ivigmon.services.report.series import highest_rates, rows_of
from ivigmon.ui.report_format import key_text

# Lots a chart has room for: those whose immediate-reaction interval starts highest.
LOTS_CHARTED = 15
FONT_PT = 10
TITLE_PT = 12
INK = "black"
GREY = "0.45"
LIGHT = "0.82"
NOTHING = "Nothing to draw: no infusions in this report."


@dataclass(frozen=True)
class Chart:
    """A chart of the report: its file name stem, its tab's title, and how it is drawn."""

    name: str
    title: str
    draw: Callable[[Figure], None]


def charts_of(report: CohortReport) -> list[Chart]:
    return [
        Chart("reactions-by-product", "Reactions by product", lambda f: product_chart(f, report)),
        Chart("reactions-by-lot", "Reactions by lot", lambda f: lot_chart(f, report)),
        Chart("follow-up-lateness", "Follow-up lateness", lambda f: lateness_chart(f, report)),
        Chart("infusions-per-month", "Infusions per month", lambda f: month_chart(f, report)),
    ]


def _published_immediate(report: CohortReport) -> tuple[float, str] | None:
    """The first published immediate-reaction rate, with its source, as a reference line."""
    for row in rows_of(report.table("published")):
        if row["measure"] == "immediate_reaction" and row["published_pct"] is not None:
            author = str(row["source"]).split(",")[0].split(" et al")[0]
            return float(row["published_pct"]), author
    return None


def product_chart(figure: Figure, report: CohortReport) -> None:
    table = report.table("reactions_by_product")
    rows = list(rows_of(table))
    labels = [f"{key_text(table.name, r)}\n{_infusions(r['infusions'])}" for r in rows]
    _rate_chart(
        figure,
        rows,
        labels,
        "Reactions per 100 infusions by product, with 95 % Wilson intervals",
        _published_immediate(report),
    )


def lot_chart(figure: Figure, report: CohortReport) -> None:
    table = report.table("reactions_by_lot")
    rows = highest_rates(table, LOTS_CHARTED)
    labels = [f"{r['lot']} ({r['infusions']:,})" for r in rows]
    shown = (
        f"the {len(rows)} of {len(table.rows):,} lots whose interval starts highest"
        if len(table.rows) > len(rows)
        else "every lot"
    )
    _rate_chart(
        figure,
        rows,
        labels,
        f"Reactions per 100 infusions by lot: {shown}",
        _published_immediate(report),
    )
    if rows:
        figure.axes[0].set_ylabel("lot (infusions)", fontsize=FONT_PT)


def _rate_chart(
    figure: Figure,
    rows: Sequence[dict[str, Any]],
    labels: Sequence[str],
    title: str,
    published: tuple[float, str] | None,
) -> None:
    """A dot for each rate, its interval as a bar with caps: immediate (filled circles) and
    delayed (open squares) side by side, one line a group."""
    axes = figure.subplots()
    _title(axes, title)
    if not rows:
        _nothing(axes)
        return
    series = (
        ("immediate", -0.17, "o", INK, "immediate\n(during the infusion),\nper 100 infusions"),
        ("delayed", 0.17, "s", "white", "delayed\n(reported at a check),\nper 100 followed up"),
    )
    for key, offset, marker, face, label in series:
        points = [
            (n + offset, r[f"{key}_pct"], r[f"{key}_ci_low"], r[f"{key}_ci_high"])
            for n, r in enumerate(rows)
            if r[f"{key}_pct"] is not None
        ]
        if not points:
            continue
        ys, pcts, lows, highs = zip(*points, strict=True)
        axes.errorbar(
            pcts,
            ys,
            xerr=[
                [p - lo for p, lo in zip(pcts, lows, strict=True)],
                [hi - p for p, hi in zip(pcts, highs, strict=True)],
            ],
            fmt=marker,
            color=INK,
            markerfacecolor=face,
            markeredgecolor=INK,
            markersize=6,
            capsize=3,
            elinewidth=1,
            label=label,
        )
    if published is not None:
        value, source = published
        axes.axvline(
            value,
            color=GREY,
            linestyle="--",
            linewidth=1.2,
            label=f"published\nimmediate rate\n{value:g} % ({source})",
        )
    axes.set_yticks(range(len(rows)), labels, fontsize=FONT_PT - 1)
    axes.set_ylim(len(rows) - 0.5, -0.5)  # the first group on top
    axes.set_xlim(left=0)
    axes.set_xlabel("reactions per 100 (95 % Wilson interval)", fontsize=FONT_PT)
    axes.grid(axis="x", color=LIGHT, linestyle=":")
    # Beside the plot: below it, the legend took the height a long list of lots needs.
    handles, legend_labels = axes.get_legend_handles_labels()
    figure.legend(
        handles, legend_labels, loc="outside right upper", fontsize=FONT_PT - 1, labelspacing=1
    )


def lateness_chart(figure: Figure, report: CohortReport) -> None:
    rows = [r for r in rows_of(report.table("follow_up_by_month")) if r["done"]]
    axes = figure.subplots()
    _title(axes, "Follow-up checks: median hours after due, by month of the infusion")
    if not rows:
        _nothing(axes)
        return
    months = _months(rows)
    hours = [r["done_late_median_h"] for r in rows]
    axes.plot(
        months,
        hours,
        color=INK,
        marker="o",
        markersize=4,
        linewidth=1.2,
        label="median of the month's done checks",
    )
    overall = report.table("follow_up").rows[0][-1]
    if overall is not None:
        axes.axhline(
            overall,
            color=GREY,
            linestyle="--",
            linewidth=1.2,
            label=f"median of every done check: {overall:g} h",
        )
    axes.axhline(0, color=INK, linestyle=":", linewidth=0.8, label="due time (0 h)")
    axes.set_ylabel("hours after due (negative: early)", fontsize=FONT_PT)
    _month_axis(axes)
    axes.grid(axis="y", color=LIGHT, linestyle=":")
    _legend(figure, axes)


def month_chart(figure: Figure, report: CohortReport) -> None:
    rows = list(rows_of(report.table("infusions_by_month")))
    axes = figure.subplots()
    _title(axes, "Infusions per month of the start")
    if not rows:
        _nothing(axes)
        return
    months = _months(rows)
    counts = [r["infusions"] for r in rows]
    # Bars a little narrower than a month; a single series, so grey with a black edge.
    axes.bar(
        months,
        counts,
        width=24,
        align="edge",
        color=LIGHT,
        edgecolor=INK,
        linewidth=0.6,
        label="infusions started in the month",
    )
    axes.set_ylabel("infusions", fontsize=FONT_PT)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    _month_axis(axes)
    axes.grid(axis="y", color=LIGHT, linestyle=":")
    _legend(figure, axes)


def _infusions(n: int) -> str:
    return f"{n:,} infusion{'' if n == 1 else 's'}"


def _months(rows: Sequence[dict[str, Any]]) -> list[float]:
    """Each row's month ("2026-03") as the axis's number of its first day."""
    firsts = []
    for row in rows:
        year, month = str(row["month"]).split("-")
        firsts.append(date(int(year), int(month), 1))
    return [float(x) for x in mdates.date2num(firsts)]  # type: ignore[no-untyped-call]


def _month_axis(axes: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_formatter(formatter)
    axes.tick_params(labelsize=FONT_PT - 1)


def _legend(figure: Figure, axes: Axes) -> None:
    """Below the plot, never over a point or an interval."""
    handles, labels = axes.get_legend_handles_labels()
    figure.legend(
        handles, labels, loc="outside lower center", ncols=min(2, len(labels)), fontsize=FONT_PT - 1
    )


def _title(axes: Axes, text: str) -> None:
    axes.set_title(text, fontsize=TITLE_PT, loc="left", wrap=True)


def _nothing(axes: Axes) -> None:
    axes.text(
        0.5, 0.5, NOTHING, ha="center", va="center", fontsize=FONT_PT + 1, transform=axes.transAxes
    )
    axes.set_xticks([])
    axes.set_yticks([])
