"""The tables of the cohort report, made from per-patient rows and the added-up counts (pandas
is imported here, inside the functions, so that nothing else pays for it)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from ivigmon.domain.published_rates import Measure, PublishedRate
from ivigmon.domain.report_facts import (
    ALL,
    ANY_REACTION,
    CHECKS,
    LATE,
    SYNDROME,
    TERM,
    Tally,
    TallyKey,
    histogram_median,
)
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.wilson import wilson_interval

if TYPE_CHECKING:
    pass

TOTAL = "total"


@dataclass(frozen=True)
class Table:
    """One table of the report: `rows` hold numbers (None where there is nothing to count)."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: list[list[Any]]
    note: str = ""


class Rate(NamedTuple):
    """`n` of `of`, as a percentage with its 95 % Wilson interval (None without a denominator)."""

    n: int
    of: int
    pct: float | None
    low: float | None
    high: float | None

    def cells(self) -> list[Any]:
        return [self.n, self.pct, self.low, self.high]


@lru_cache(maxsize=16_384)
def rate(n: int, of: int) -> Rate:
    """Remembered: thousands of lots share a few small counts (0 of 12, 1 of 3)."""
    interval = wilson_interval(n, of)
    if interval is None:
        return Rate(n, of, None, None, None)
    return Rate(n, of, _r(100 * n / of), _r(100 * interval[0]), _r(100 * interval[1]))


def _r(value: float | None, places: int = 2) -> float | None:
    """Rounded for the reader; None for nothing (never NaN: JSON and Excel refuse it)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return round(float(value), places)


def _pct(n: float, of: float) -> float | None:
    return _r(100 * n / of) if of else None


# ---- Tables I and II: per primary diagnosis, then the total ---------------------------------

PATIENT_COLUMNS = (
    "diagnosis",
    "patients",
    "patients_pct",
    "boys",
    "boys_pct",
    "age_years_mean",
    "age_years_min",
    "age_years_max",
    "weight_kg_n",
    "weight_kg_mean",
    "weight_kg_min",
    "weight_kg_max",
    "height_cm_n",
    "height_cm_mean",
    "height_cm_min",
    "height_cm_max",
)
TREATMENT_COLUMNS = (
    "diagnosis",
    "infusions",
    "infusions_per_patient_mean",
    "infusions_per_patient_median",
    "infusions_per_patient_min",
    "infusions_per_patient_max",
    "g_per_kg_per_patient_mean",
    "g_per_kg_per_patient_median",
    "g_per_kg_per_patient_min",
    "g_per_kg_per_patient_max",
    "courses",
    "course_g_per_kg_mean",
    "course_g_per_kg_median",
    "course_g_per_kg_min",
    "course_g_per_kg_max",
    "patients_2_or_more_infusions",
    "patients_2_or_more_infusions_pct",
    "on_label",
    "off_label",
    "off_label_pct",
)
OUTCOME_COLUMNS = (
    "diagnosis",
    "courses",
    "good",
    "moderate",
    "poor",
    "not_recorded",
    "patients_with_event",
    "patients_with_event_pct",
    "events",
    "events_per_100_infusions",
)


def cohort_tables(
    values: Sequence[tuple[Any, ...]],
    value_columns: Sequence[str],
    counts: Mapping[str, Mapping[str, int]],
    note: str,
) -> list[Table]:
    """The paper's Table I (patients) and Table II (treatment, outcomes, adverse events) by
    primary diagnosis, largest group first, then the total. `values`: one row per patient of
    `value_columns` (the diagnosis first), for means, medians and extremes; `counts`: each
    diagnosis's cohort counts (domain.report_facts.COHORT_KEYS)."""
    stats = _statistics(values, value_columns)
    everyone: dict[str, int] = {}
    for of_dx in counts.values():
        for key, n in of_dx.items():
            everyone[key] = everyone.get(key, 0) + n
    order = sorted(counts, key=lambda dx: (-counts[dx].get("patients", 0), dx))
    groups = [(dx, counts[dx]) for dx in order] + [(TOTAL, everyone)]
    n = everyone.get("patients", 0)
    return [
        Table(
            "patients",
            QT_TRANSLATE_NOOP(
                "report_tables",
                "Patients by primary diagnosis (Table I): age, weight and height at the first"
                " infusion",
            ),
            PATIENT_COLUMNS,
            [_patients_row(dx, c, stats.get(dx, {}), n) for dx, c in groups],
            note,
        ),
        Table(
            "treatment",
            QT_TRANSLATE_NOOP(
                "report_tables", "Infusions and doses by primary diagnosis (Table II)"
            ),
            TREATMENT_COLUMNS,
            [_treatment_row(dx, c, stats.get(dx, {})) for dx, c in groups],
            note,
        ),
        Table(
            "outcomes",
            QT_TRANSLATE_NOOP(
                "report_tables",
                "Course outcomes and adverse events by primary diagnosis (Table II)",
            ),
            OUTCOME_COLUMNS,
            [_outcome_row(dx, c, stats.get(dx, {})) for dx, c in groups],
            note,
        ),
    ]


Stats = dict[str, dict[str, Any]]  # column -> {"n", "sum", "mean", "median", "min", "max"}


def _statistics(rows: Sequence[tuple[Any, ...]], columns: Sequence[str]) -> dict[str, Stats]:
    """Each diagnosis's (and the total's) count, sum, mean, median, min and max of every value
    column, unknown values (None) left out; whole-number columns keep whole extremes."""
    import pandas as pd

    if not rows:
        return {}
    names = list(columns[1:])
    # One pass in C over the rows; None becomes NaN and is left out of every statistic.
    frame = pd.DataFrame.from_records(rows, columns=list(columns), coerce_float=True)
    groups = frame.groupby("diagnosis")[names]
    # One reduction at a time: faster than agg() with a list of them.
    by_dx = {
        "count": groups.count(),
        "sum": groups.sum(),
        "mean": groups.mean(),
        "median": groups.median(),
        "min": groups.min(),
        "max": groups.max(),
    }
    values = frame[names]
    everyone = {
        "count": values.count(),
        "sum": values.sum(),
        "mean": values.mean(),
        "median": values.median(),
        "min": values.min(),
        "max": values.max(),
    }
    found: dict[str, Stats] = {
        str(dx): {name: _stats({k: v.at[dx, name] for k, v in by_dx.items()}) for name in names}
        for dx in by_dx["count"].index
    }
    found[TOTAL] = {name: _stats({k: v[name] for k, v in everyone.items()}) for name in names}
    return found


def _stats(values: Mapping[str, Any]) -> dict[str, Any]:
    """count -> n, and the other statistics by name (None for nothing)."""
    stats = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in values.items()}
    stats["n"] = int(stats.pop("count") or 0)
    return stats


def _spread(stats: Stats, name: str, *, median: bool = True, whole: bool = False) -> list[Any]:
    """mean, [median,] min, max; None when nothing is known."""
    s = stats.get(name)
    if s is None or s["n"] == 0:
        return [None] * (4 if median else 3)
    extremes = [int(s["min"]), int(s["max"])] if whole else [_r(s["min"]), _r(s["max"])]
    return [_r(s["mean"]), *([_r(s["median"])] if median else []), *extremes]


def _known(stats: Stats, name: str) -> int:
    s = stats.get(name)
    return int(s["n"]) if s is not None else 0


def _patients_row(dx: str, c: Mapping[str, int], stats: Stats, everyone: int) -> list[Any]:
    n, boys = c.get("patients", 0), c.get("boys", 0)
    return [
        dx,
        n,
        _pct(n, everyone),
        boys,
        _pct(boys, n),
        *_spread(stats, "age_years", median=False),
        _known(stats, "weight_kg"),
        *_spread(stats, "weight_kg", median=False),
        _known(stats, "height_cm"),
        *_spread(stats, "height_cm", median=False),
    ]


def _treatment_row(dx: str, c: Mapping[str, int], stats: Stats) -> list[Any]:
    infusions = int(stats["infusions"]["sum"]) if "infusions" in stats else 0
    off, two_or_more = c.get("off_label", 0), c.get("two_or_more", 0)
    return [
        dx,
        infusions,
        *_spread(stats, "infusions", whole=True),
        *_spread(stats, "g_per_kg"),
        c.get("courses", 0),
        *_spread(stats, "course_g_per_kg"),
        two_or_more,
        _pct(two_or_more, c.get("patients", 0)),
        c.get("on_label", 0),
        off,
        _pct(off, infusions),
    ]


def _outcome_row(dx: str, c: Mapping[str, int], stats: Stats) -> list[Any]:
    infusions = int(stats["infusions"]["sum"]) if "infusions" in stats else 0
    with_event, events = c.get("with_event", 0), c.get("events", 0)
    return [
        dx,
        c.get("courses", 0),
        *(c.get(k, 0) for k in ("good", "moderate", "poor", "not_recorded")),
        with_event,
        _pct(with_event, c.get("patients", 0)),
        events,
        _pct(events, infusions),
    ]


# ---- Safety: reaction rates by stratum --------------------------------------------------------

RATE_COLUMNS = (
    "infusions",
    "immediate",
    "immediate_pct",
    "immediate_ci_low",
    "immediate_ci_high",
    "followed_up",
    "delayed",
    "delayed_pct",
    "delayed_ci_low",
    "delayed_ci_high",
)


def rate_cells(tally: Tally) -> list[Any]:
    """Immediate reactions per 100 infusions, delayed ones per 100 infusions followed up."""
    return [
        tally.infusions,
        *rate(tally.immediate, tally.infusions).cells(),
        tally.followed,
        *rate(tally.delayed, tally.followed).cells(),
    ]


def rate_table(
    name: str,
    title: str,
    key_columns: Sequence[str],
    rows: Sequence[tuple[Sequence[Any], Tally]],
    note: str = "",
) -> Table:
    return Table(
        name,
        title,
        (*key_columns, *RATE_COLUMNS),
        [[*keys, *rate_cells(tally)] for keys, tally in rows],
        note,
    )


def tallies_of(totals: Mapping[TallyKey, Tally], kind: str) -> dict[str, Tally]:
    return {key: tally for (k, key), tally in totals.items() if k == kind}


# ---- Follow-up checks ------------------------------------------------------------------------

FOLLOW_UP_COLUMNS = (
    "scope",
    "checks",
    "fell_due",
    "done",
    "done_pct",
    "reached",
    "reached_pct",
    "not_reached",
    "not_reached_pct",
    "open_past_due",
    "open_past_due_pct",
    "superseded",
    "not_yet_due",
    "done_late_median_h",
)


def follow_up_table(totals: Mapping[TallyKey, Tally], open_now: int, past_due: int) -> Table:
    """Checks that fell due (done, or open past their due time; superseded ones and those not
    due yet are left out), how many were done, and how late (median hours after due)."""
    checks = {key: t.infusions for key, t in tallies_of(totals, CHECKS).items()}
    done = checks.get("done", 0)
    fell_due = done + past_due
    late = {int(k): t.infusions for k, t in tallies_of(totals, LATE).items()}
    median = histogram_median(late)
    row = [
        TOTAL,
        checks.get("total", 0),
        fell_due,
        done,
        _pct(done, fell_due),
        checks.get("reached", 0),
        _pct(checks.get("reached", 0), fell_due),
        checks.get("not_reached", 0),
        _pct(checks.get("not_reached", 0), fell_due),
        past_due,
        _pct(past_due, fell_due),
        checks.get("superseded", 0),
        open_now - past_due,
        _r(median / 60) if median is not None else None,
    ]
    return Table(
        "follow_up",
        QT_TRANSLATE_NOOP("report_tables", "Follow-up checks: completion and lateness"),
        FOLLOW_UP_COLUMNS,
        [row],
        QT_TRANSLATE_NOOP(
            "report_tables",
            "percentages of the checks that fell due; lateness of done checks, hours after due",
        ),
    )


# ---- Published figures beside the ward's --------------------------------------------------------

PUBLISHED_COLUMNS = (
    "measure",
    "ward_n",
    "ward_of",
    "ward_pct",
    "ward_ci_low",
    "ward_ci_high",
    "published_pct",
    "published_pct_high",
    "published_of",
    "published_unit",
    "population",
    "source",
)


def ward_rate(
    measure: Measure, totals: Mapping[TallyKey, Tally], patients: int, with_event: int
) -> Rate:
    """The ward's figure for a published measure (README: report definitions)."""
    every = totals.get((ALL, ""), Tally())
    if measure is Measure.IMMEDIATE_REACTION:
        return rate(every.immediate, every.infusions)
    if measure is Measure.DELAYED_REACTION:
        return rate(every.delayed, every.followed)
    if measure is Measure.DELAYED_HEADACHE:
        return rate(totals.get((TERM, "headache"), Tally()).delayed, every.followed)
    if measure is Measure.PATIENTS_WITH_EVENT:
        return rate(with_event, patients)
    syndrome = ANY_REACTION if measure is Measure.ANY_REACTION else measure.value
    return rate(totals.get((SYNDROME, syndrome), Tally()).infusions, every.infusions)


def published_table(
    published: Sequence[PublishedRate],
    totals: Mapping[TallyKey, Tally],
    patients: int,
    with_event: int,
) -> Table:
    rows = []
    for item in published:
        ward = ward_rate(item.measure, totals, patients, with_event)
        rows.append(
            [
                item.measure.value,
                ward.n,
                ward.of,
                ward.pct,
                ward.low,
                ward.high,
                item.percent,
                item.percent_high,
                item.denominator,
                item.unit,
                item.population,
                item.source,
            ]
        )
    return Table(
        "published",
        QT_TRANSLATE_NOOP("report_tables", "The ward's rates beside published figures"),
        PUBLISHED_COLUMNS,
        rows,
        QT_TRANSLATE_NOOP(
            "report_tables",
            "ward rates with their 95 % Wilson interval; published figures from "
            "resources/published_rates.csv",
        ),
    )
