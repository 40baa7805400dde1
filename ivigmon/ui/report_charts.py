"""The cohort report's charts, drawn with matplotlib: reaction rates by product and by lot with
their 95 % Wilson intervals, follow-up lateness by month, infusions per month. Black, greys,
markers and labels only: each reads the same printed in black and white; in the dark scheme
the screen's own background and text colours, as light on dark. Words and numbers in the
language of the screens.

matplotlib is imported with this module, which only the Reports page imports, once it has
something to draw (never at start-up)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

import matplotlib as mpl
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.report import CohortReport
from ivigmon.services.report.series import highest_rates, rows_of
from ivigmon.ui import theme
from ivigmon.ui.report_format import key_text, num
from ivigmon.ui.wording import grouped

# Lots a chart has room for: those whose immediate-reaction interval starts highest.
LOTS_CHARTED = 15
FONT_PT = 10
TITLE_PT = 12
NOTHING = QT_TRANSLATE_NOOP("report_charts", "Nothing to draw: no infusions in this report.")


@dataclass(frozen=True)
class Ink:
    """The colours a chart is drawn in: its background, its lines and words, a mid grey (a
    reference line), a light grey (bars, the grid)."""

    background: str
    ink: str
    grey: str
    light: str


# Black on white, for paper as much as for the screen.
PAPER = Ink(background="white", ink="black", grey="0.45", light="0.82")


def ink() -> Ink:
    """The chart's colours in the scheme in use: black on white in the light one; in the dark
    one the screen's own panel, text, muted text and borders (light on dark, as the tables)."""
    c = theme.colours()
    if c is theme.LIGHT:
        return PAPER
    return Ink(background=c.panel, ink=c.ink, grey=c.muted, light=c.border)


class ChartWords(QObject):
    """Words with a count in them (lupdate reads plural forms only in a QObject's tr())."""

    def infusions(self, n: int) -> str:
        return self.tr("%n infusion(s)", "", n)


def _tr(text: str) -> str:
    return QCoreApplication.translate("report_charts", text)


@dataclass(frozen=True)
class Chart:
    """A chart of the report: its file name stem, its tab's title, and how it is drawn."""

    name: str
    title: str
    draw: Callable[[Figure], None]


def charts_of(report: CohortReport) -> list[Chart]:
    drawn = (
        (
            "reactions-by-product",
            QCoreApplication.translate("report_charts", "Reactions by product"),
            product_chart,
        ),
        (
            "reactions-by-lot",
            QCoreApplication.translate("report_charts", "Reactions by lot"),
            lot_chart,
        ),
        (
            "follow-up-lateness",
            QCoreApplication.translate("report_charts", "Follow-up lateness"),
            lateness_chart,
        ),
        (
            "infusions-per-month",
            QCoreApplication.translate("report_charts", "Infusions per month"),
            month_chart,
        ),
    )
    return [
        Chart(name, title, partial(_themed, draw=draw, report=report))
        for name, title, draw in drawn
    ]


def _themed(
    figure: Figure, draw: Callable[[Figure, CohortReport], None], report: CohortReport
) -> None:
    """Draw in the scheme's colours: the figure's background, and the axes, words, ticks and
    legend made while matplotlib's defaults say so."""
    colours = ink()
    figure.set_facecolor(colours.background)
    with mpl.rc_context(
        {
            "axes.facecolor": colours.background,
            "axes.edgecolor": colours.ink,
            "axes.labelcolor": colours.ink,
            "axes.titlecolor": colours.ink,
            "text.color": colours.ink,
            "xtick.color": colours.ink,
            "ytick.color": colours.ink,
            "xtick.labelcolor": colours.ink,
            "ytick.labelcolor": colours.ink,
            "legend.facecolor": colours.background,
            "legend.edgecolor": colours.grey,
            "legend.labelcolor": colours.ink,
            "grid.color": colours.light,
        }
    ):
        draw(figure, report)


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
        QCoreApplication.translate(
            "report_charts", "Reactions per 100 infusions by product, with 95 % Wilson intervals"
        ),
        _published_immediate(report),
    )


def lot_chart(figure: Figure, report: CohortReport) -> None:
    table = report.table("reactions_by_lot")
    rows = highest_rates(table, LOTS_CHARTED)
    labels = [f"{r['lot']} ({num(r['infusions'])})" for r in rows]
    if len(table.rows) > len(rows):
        title = QCoreApplication.translate(
            "report_charts",
            "Reactions per 100 infusions by lot: the {shown} of {lots} lots whose interval"
            " starts highest",
        ).format(shown=len(rows), lots=num(len(table.rows)))
    else:
        title = QCoreApplication.translate(
            "report_charts", "Reactions per 100 infusions by lot: every lot"
        )
    _rate_chart(figure, rows, labels, title, _published_immediate(report))
    if rows:
        figure.axes[0].set_ylabel(
            QCoreApplication.translate("report_charts", "lot (infusions)"), fontsize=FONT_PT
        )


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
    colours = ink()
    series = (
        (
            "immediate",
            -0.17,
            "o",
            colours.ink,
            QCoreApplication.translate(
                "report_charts", "immediate\n(during the infusion),\nper 100 infusions"
            ),
        ),
        (
            "delayed",
            0.17,
            "s",
            colours.background,
            QCoreApplication.translate(
                "report_charts", "delayed\n(reported at a check),\nper 100 followed up"
            ),
        ),
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
            color=colours.ink,
            markerfacecolor=face,
            markeredgecolor=colours.ink,
            markersize=6,
            capsize=3,
            elinewidth=1,
            label=label,
        )
    if published is not None:
        value, source = published
        axes.axvline(
            value,
            color=colours.grey,
            linestyle="--",
            linewidth=1.2,
            label=QCoreApplication.translate(
                "report_charts", "published\nimmediate rate\n{rate} % ({source})"
            ).format(rate=num(value, 3), source=source),
        )
    axes.set_yticks(range(len(rows)), labels, fontsize=FONT_PT - 1)
    axes.set_ylim(len(rows) - 0.5, -0.5)  # the first group on top
    axes.set_xlim(left=0)
    axes.set_xlabel(
        QCoreApplication.translate("report_charts", "reactions per 100 (95 % Wilson interval)"),
        fontsize=FONT_PT,
    )
    axes.xaxis.set_major_formatter(_figures())
    axes.grid(axis="x", color=colours.light, linestyle=":")
    # Beside the plot: below it, the legend took the height a long list of lots needs.
    handles, legend_labels = axes.get_legend_handles_labels()
    figure.legend(
        handles, legend_labels, loc="outside right upper", fontsize=FONT_PT - 1, labelspacing=1
    )


def lateness_chart(figure: Figure, report: CohortReport) -> None:
    rows = [r for r in rows_of(report.table("follow_up_by_month")) if r["done"]]
    axes = figure.subplots()
    _title(
        axes,
        QCoreApplication.translate(
            "report_charts", "Follow-up checks: median hours after due, by month of the infusion"
        ),
    )
    if not rows:
        _nothing(axes)
        return
    colours = ink()
    months = _months(rows)
    hours = [r["done_late_median_h"] for r in rows]
    axes.plot(
        months,
        hours,
        color=colours.ink,
        marker="o",
        markersize=4,
        linewidth=1.2,
        label=QCoreApplication.translate("report_charts", "median of the month's done checks"),
    )
    overall = report.table("follow_up").rows[0][-1]
    if overall is not None:
        axes.axhline(
            overall,
            color=colours.grey,
            linestyle="--",
            linewidth=1.2,
            label=QCoreApplication.translate(
                "report_charts", "median of every done check: {hours} h"
            ).format(hours=num(overall, 3)),
        )
    axes.axhline(
        0,
        color=colours.ink,
        linestyle=":",
        linewidth=0.8,
        label=QCoreApplication.translate("report_charts", "due time (0 h)"),
    )
    axes.set_ylabel(
        QCoreApplication.translate("report_charts", "hours after due (negative: early)"),
        fontsize=FONT_PT,
    )
    axes.yaxis.set_major_formatter(_figures())
    _month_axis(axes)
    axes.grid(axis="y", color=colours.light, linestyle=":")
    _legend(figure, axes)


def month_chart(figure: Figure, report: CohortReport) -> None:
    rows = list(rows_of(report.table("infusions_by_month")))
    axes = figure.subplots()
    _title(axes, QCoreApplication.translate("report_charts", "Infusions per month of the start"))
    if not rows:
        _nothing(axes)
        return
    colours = ink()
    months = _months(rows)
    counts = [r["infusions"] for r in rows]
    # Bars a little narrower than a month; a single series, so grey with a black edge.
    axes.bar(
        months,
        counts,
        width=24,
        align="edge",
        color=colours.light,
        edgecolor=colours.ink,
        linewidth=0.6,
        label=QCoreApplication.translate("report_charts", "infusions started in the month"),
    )
    axes.set_ylabel(QCoreApplication.translate("report_charts", "infusions"), fontsize=FONT_PT)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.yaxis.set_major_formatter(_figures())
    _month_axis(axes)
    axes.grid(axis="y", color=colours.light, linestyle=":")
    _legend(figure, axes)


def _infusions(n: int) -> str:
    """`3 infusions`, with the count grouped as the language writes it (`1,200`)."""
    return ChartWords().infusions(n).replace(str(n), grouped(n), 1)


def _figures() -> FuncFormatter:
    """An axis's figures in the locale's writing (`2,5` in Polish)."""
    return FuncFormatter(lambda value, _position: num(value, 2))


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
    if QLocale().language() == QLocale.Language.English:
        formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_formatter(formatter)
    else:
        axes.xaxis.set_major_formatter(FuncFormatter(_month_name))
    axes.tick_params(labelsize=FONT_PT - 1)


def _month_name(value: float, _position: int | None = None) -> str:
    """A tick of the month axis in the language's own month name (`mar 2026`)."""
    moment = mdates.num2date(value)  # type: ignore[no-untyped-call]
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "MMM yyyy")


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
        0.5,
        0.5,
        _tr(NOTHING),
        ha="center",
        va="center",
        fontsize=FONT_PT + 1,
        transform=axes.transAxes,
    )
    axes.set_xticks([])
    axes.set_yticks([])
