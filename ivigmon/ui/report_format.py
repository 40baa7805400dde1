"""The cohort report's tables as the ward reads them: a rate with its count, denominator and
95 % interval in one cell (`3/40 · 7.5 % (2.6-19.9)`), codes in words, a dash for nothing; in
the language of the screens (`7,5 %` in Polish), the service's titles and notes translated."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ivigmon.domain.codes import FactorCode, PremedClass, RiskLevel
from ivigmon.domain.report_facts import LATE_STEP_MINUTES
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.report import NOT_ASSESSED, RISK_NOTE
from ivigmon.services.report.series import LATENESS_NOTE
from ivigmon.services.report.tables import RATE_COLUMNS, TOTAL, Table
from ivigmon.ui.risk_badge import level_text
from ivigmon.ui.wording import ALERT_KIND_WORDS, FACTOR_WORDS, short_product, words

DASH = "-"
ALL_WORDS = QT_TRANSLATE_NOOP("report_format", "all diagnoses")
MEASURE_WORDS = {
    "immediate_reaction": QT_TRANSLATE_NOOP(
        "report_format", "Immediate reactions (during the infusion)"
    ),
    "delayed_reaction": QT_TRANSLATE_NOOP(
        "report_format", "Delayed reactions (reported at a check)"
    ),
    "delayed_headache": QT_TRANSLATE_NOOP("report_format", "Delayed headache"),
    "any_reaction": QT_TRANSLATE_NOOP("report_format", "Any adverse event"),
    "aseptic_meningitis": QT_TRANSLATE_NOOP(
        "report_format", "Aseptic meningitis (neck stiffness or photophobia)"
    ),
    "renal_dysfunction": QT_TRANSLATE_NOOP("report_format", "Renal failure (reduced urine output)"),
    "patients_with_event": QT_TRANSLATE_NOOP("report_format", "Patients with an adverse event"),
}
PREMED_WORDS = {
    "any": QT_TRANSLATE_NOOP("report_format", "any premedication"),
    "none": QT_TRANSLATE_NOOP("report_format", "no premedication"),
    PremedClass.ANTIPYRETIC.value: QT_TRANSLATE_NOOP("report_format", "antipyretic"),
    PremedClass.NSAID.value: QT_TRANSLATE_NOOP("report_format", "NSAID"),
    PremedClass.ANTIHISTAMINE.value: QT_TRANSLATE_NOOP("report_format", "antihistamine"),
    PremedClass.GLUCOCORTICOID.value: QT_TRANSLATE_NOOP("report_format", "glucocorticoid"),
    PremedClass.OTHER.value: QT_TRANSLATE_NOOP("report_format", "other"),
}
# The unit of a published figure (resources/published_rates.csv).
UNIT_WORDS = {
    "infusions": QT_TRANSLATE_NOOP("report_format", "infusions"),
    "patients": QT_TRANSLATE_NOOP("report_format", "patients"),
}


def _tr(text: str) -> str:
    """A word of a table here (marked QT_TRANSLATE_NOOP("report_format", ...)), translated."""
    return QCoreApplication.translate("report_format", text)


def _headers(*names: str) -> tuple[str, ...]:
    return tuple(_tr(name) for name in names)


def table_title(table: Table) -> str:
    """The service's title of a table (marked "report_tables"), in the screens' language."""
    return QCoreApplication.translate("report_tables", table.title)


def note_words(part: str) -> str:
    """A note of the service's (a table's, or the report's), translated, with its figures in
    the locale's own writing."""
    if not part:
        return part
    lateness = LATENESS_NOTE.format(minutes=LATE_STEP_MINUTES)
    if part == lateness:
        return QCoreApplication.translate("report_tables", LATENESS_NOTE).format(
            minutes=LATE_STEP_MINUTES
        )
    figures = _match(RISK_NOTE, part)
    if figures is not None:
        return QCoreApplication.translate("report_tables", RISK_NOTE).format(
            **{key: num(int(value.replace(",", ""))) for key, value in figures.items()}
        )
    return QCoreApplication.translate("report_tables", part)


def _match(template: str, text: str) -> dict[str, str] | None:
    """The values of a template's `{placeholders}` (each a number) in `text`, or None."""
    pattern = re.escape(template)
    for key in re.findall(r"\{(\w+)\}", template):
        pattern = pattern.replace(re.escape("{" + key + "}"), f"(?P<{key}>[0-9,]+)")
    found = re.fullmatch(pattern, text)
    return found.groupdict() if found is not None else None


@dataclass(frozen=True)
class Grid:
    """A table ready to show: text cells, and which columns hold figures (aligned right)."""

    name: str
    title: str
    headers: tuple[str, ...]
    rows: list[list[str]]
    note: str = ""
    figures: frozenset[int] = field(default_factory=frozenset)
    # A value per cell to sort by (a rate table's figures), None: the rows keep their order.
    sort_values: list[list[Any]] | None = None
    # The last column takes the width left and wraps its words (a long source, never cut).
    wrap_last: bool = False


def num(value: Any, places: int = 1) -> str:
    """`1,234`, `7.5` (at most `places` decimals, halves up), or a dash for nothing to count.

    The report's figures come rounded to 2 decimals: 20.65 is shown 20.7, as it reads (the
    float nearest 20.65 lies just below it)."""
    if value is None:
        return DASH
    if isinstance(value, int):
        return _in_locale(f"{value:,}")
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    text = f"{exact:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _in_locale("0" if text == "-0" else text)


def _in_locale(text: str) -> str:
    """`1,234.5` as the language of the screens writes it: `1 234,5` in Polish."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        return text
    group, point = locale.groupSeparator(), locale.decimalPoint()
    return "".join(group if c == "," else point if c == "." else c for c in text)


def n_pct(n: Any, pct: Any) -> str:
    """`12 (40 %)`."""
    return f"{num(n)} ({num(pct)} %)" if pct is not None else num(n)


def rate_text(n: Any, of: Any, pct: Any, low: Any, high: Any) -> str:
    """`3/40 · 7.5 % (2.6-19.9)`: count, denominator, rate and its 95 % Wilson interval."""
    if not of:
        return DASH
    return f"{num(n)}/{num(of)} · {num(pct)} % ({num(low)}-{num(high)})"


def spread(mean: Any, low: Any, high: Any, places: int = 2) -> str:
    """`6.1 (0.3-17.2)`: mean (min-max)."""
    if mean is None:
        return DASH
    return f"{num(mean, places)} ({num(low, places)}-{num(high, places)})"


def spread4(mean: Any, median: Any, low: Any, high: Any, places: int = 2) -> str:
    """`2.4 / 2 (1-9)`: mean / median (min-max)."""
    if mean is None:
        return DASH
    return f"{num(mean, places)} / {num(median, places)} ({num(low, places)}-{num(high, places)})"


def diagnosis_words(code: str) -> str:
    return _tr(ALL_WORDS) if code == TOTAL else code


def _rows(table: Table) -> list[dict[str, Any]]:
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def _measured(n: Any, patients: Any, text: str) -> str:
    """A figure that not every patient has says of how many it is."""
    return text if n == patients or text == DASH else f"{text} n={num(n)}"


def patients_grid(table: Table) -> Grid:
    rows = [
        [
            diagnosis_words(r["diagnosis"]),
            n_pct(r["patients"], r["patients_pct"]),
            n_pct(r["boys"], r["boys_pct"]),
            spread(r["age_years_mean"], r["age_years_min"], r["age_years_max"]),
            _measured(
                r["weight_kg_n"],
                r["patients"],
                spread(r["weight_kg_mean"], r["weight_kg_min"], r["weight_kg_max"], 1),
            ),
            _measured(
                r["height_cm_n"],
                r["patients"],
                spread(r["height_cm_mean"], r["height_cm_min"], r["height_cm_max"], 1),
            ),
        ]
        for r in _rows(table)
    ]
    headers = _headers(
        QT_TRANSLATE_NOOP("report_format", "Diagnosis"),
        QT_TRANSLATE_NOOP("report_format", "Patients (%)"),
        QT_TRANSLATE_NOOP("report_format", "Boys (% of group)"),
        QT_TRANSLATE_NOOP("report_format", "Age, years"),
        QT_TRANSLATE_NOOP("report_format", "Weight, kg"),
        QT_TRANSLATE_NOOP("report_format", "Height, cm"),
    )
    note = QCoreApplication.translate(
        "report_format",
        "mean (min-max) at the first infusion; weight and height as last measured before it",
    )
    return Grid(table.name, table_title(table), headers, rows, _join(note, table.note), _span(1, 6))


def treatment_grid(table: Table) -> Grid:
    rows = []
    for r in _rows(table):
        per, dose, course = "infusions_per_patient", "g_per_kg_per_patient", "course_g_per_kg"
        rows.append(
            [
                diagnosis_words(r["diagnosis"]),
                num(r["infusions"]),
                spread4(r[f"{per}_mean"], r[f"{per}_median"], r[f"{per}_min"], r[f"{per}_max"]),
                spread4(r[f"{dose}_mean"], r[f"{dose}_median"], r[f"{dose}_min"], r[f"{dose}_max"]),
                num(r["courses"]),
                spread4(
                    r[f"{course}_mean"],
                    r[f"{course}_median"],
                    r[f"{course}_min"],
                    r[f"{course}_max"],
                ),
                n_pct(r["patients_2_or_more_infusions"], r["patients_2_or_more_infusions_pct"]),
                f"{num(r['on_label'])} / {num(r['off_label'])}",
            ]
        )
    headers = _headers(
        QT_TRANSLATE_NOOP("report_format", "Diagnosis"),
        QT_TRANSLATE_NOOP("report_format", "Infusions"),
        QT_TRANSLATE_NOOP("report_format", "Infusions per patient"),
        QT_TRANSLATE_NOOP("report_format", "g/kg per patient"),
        QT_TRANSLATE_NOOP("report_format", "Courses"),
        QT_TRANSLATE_NOOP("report_format", "Course g/kg"),
        QT_TRANSLATE_NOOP("report_format", "Patients with 2+"),
        QT_TRANSLATE_NOOP("report_format", "On / off label"),
    )
    note = QCoreApplication.translate(
        "report_format",
        "mean / median (min-max) per patient; course g/kg: each patient's mean course dose; "
        "2+: patients with two or more infusions",
    )
    return Grid(table.name, table_title(table), headers, rows, _join(note, table.note), _span(1, 8))


def outcomes_grid(table: Table) -> Grid:
    rows = [
        [
            diagnosis_words(r["diagnosis"]),
            num(r["courses"]),
            num(r["good"]),
            num(r["moderate"]),
            num(r["poor"]),
            num(r["not_recorded"]),
            n_pct(r["patients_with_event"], r["patients_with_event_pct"]),
            f"{num(r['events'])} ({num(r['events_per_100_infusions'])})",
        ]
        for r in _rows(table)
    ]
    headers = _headers(
        QT_TRANSLATE_NOOP("report_format", "Diagnosis"),
        QT_TRANSLATE_NOOP("report_format", "Courses"),
        QT_TRANSLATE_NOOP("report_format", "Good"),
        QT_TRANSLATE_NOOP("report_format", "Moderate"),
        QT_TRANSLATE_NOOP("report_format", "Poor"),
        QT_TRANSLATE_NOOP("report_format", "Not recorded"),
        QT_TRANSLATE_NOOP("report_format", "Patients with an event"),
        QT_TRANSLATE_NOOP("report_format", "Events (per 100 infusions)"),
    )
    return Grid(table.name, table_title(table), headers, rows, note_words(table.note), _span(1, 8))


def key_text(table: str, row: dict[str, Any]) -> str:
    """A rate table's row key in words: a product's name, a premedication, a risk factor."""
    if table == "reactions_by_product":
        return short_product(str(row["name"]))
    if table == "reactions_by_premedication":
        key = str(row["premedication"])
        return _tr(PREMED_WORDS[key]) if key in PREMED_WORDS else key
    if table == "reactions_by_risk_factor":
        factor = next((f for f in FactorCode if f.value == row["risk_factor"]), None)
        return words(FACTOR_WORDS[factor]) if factor is not None else str(row["risk_factor"])
    if table == "reactions_by_risk_level":
        level = next((v for v in RiskLevel if v.value == row["risk_level"]), None)
        if level is not None:
            return level_text(level)
        if row["risk_level"] == NOT_ASSESSED:
            return QCoreApplication.translate("report_tables", NOT_ASSESSED)
    return " ".join(str(v) for c, v in row.items() if c not in _RATE_CELLS)


_RATE_CELLS = frozenset(RATE_COLUMNS)  # the columns of a rate, not of its stratum
_KEY_HEADERS = {
    "reactions_by_product": QT_TRANSLATE_NOOP("report_format", "Product"),
    "reactions_by_lot": QT_TRANSLATE_NOOP("report_format", "Lot"),
    "reactions_by_premedication": QT_TRANSLATE_NOOP("report_format", "Premedication"),
    "reactions_by_risk_level": QT_TRANSLATE_NOOP("report_format", "Risk level"),
    "reactions_by_risk_factor": QT_TRANSLATE_NOOP("report_format", "Risk factor"),
    "infusions_by_month": QT_TRANSLATE_NOOP("report_format", "Month"),
}


def rate_grid(table: Table) -> Grid:
    """Immediate reactions per 100 infusions, delayed ones per 100 infusions followed up."""
    rows = []
    for r in _rows(table):
        rows.append(
            [
                key_text(table.name, r),
                num(r["infusions"]),
                rate_text(
                    r["immediate"],
                    r["infusions"] if r["immediate"] is not None else None,
                    r["immediate_pct"],
                    r["immediate_ci_low"],
                    r["immediate_ci_high"],
                ),
                num(r["followed_up"]),
                rate_text(
                    r["delayed"],
                    r["followed_up"],
                    r["delayed_pct"],
                    r["delayed_ci_low"],
                    r["delayed_ci_high"],
                ),
            ]
        )
    headers = _headers(
        _KEY_HEADERS.get(table.name, QT_TRANSLATE_NOOP("report_format", "Group")),
        QT_TRANSLATE_NOOP("report_format", "Infusions"),
        QT_TRANSLATE_NOOP("report_format", "Immediate reactions\nn/infusions · % (95 % CI)"),
        QT_TRANSLATE_NOOP("report_format", "Followed up"),
        QT_TRANSLATE_NOOP("report_format", "Delayed reactions\nn/followed up · % (95 % CI)"),
    )
    note = _join(
        QCoreApplication.translate(
            "report_format", "95 % CI: Wilson score interval; click a heading to sort"
        ),
        table.note,
    )
    values = [
        [
            key_text(table.name, r),
            r["infusions"],
            _sortable(r["immediate_pct"]),
            r["followed_up"],
            _sortable(r["delayed_pct"]),
        ]
        for r in _rows(table)
    ]
    return Grid(table.name, table_title(table), headers, rows, note, _span(1, 5), values)


def _sortable(value: Any) -> float:
    """Nothing to count sorts below every rate."""
    return -1.0 if value is None else float(value)


def follow_up_grid(table: Table) -> Grid:
    """One column of figures: how many checks fell due, were done, reached the family."""
    r = _rows(table)[0]

    def share(key: str) -> str:
        return n_pct(r[key], r[f"{key}_pct"])

    late = r["done_late_median_h"]
    lines = [
        (QT_TRANSLATE_NOOP("report_format", "Checks of these infusions"), num(r["checks"])),
        (
            QT_TRANSLATE_NOOP("report_format", "Fell due (done, or open past due)"),
            num(r["fell_due"]),
        ),
        (QT_TRANSLATE_NOOP("report_format", "done"), share("done")),
        (QT_TRANSLATE_NOOP("report_format", "reached the family"), share("reached")),
        (QT_TRANSLATE_NOOP("report_format", "not reached"), share("not_reached")),
        (QT_TRANSLATE_NOOP("report_format", "still open past due"), share("open_past_due")),
        (
            QT_TRANSLATE_NOOP("report_format", "Superseded by a later infusion"),
            num(r["superseded"]),
        ),
        (QT_TRANSLATE_NOOP("report_format", "Not due yet"), num(r["not_yet_due"])),
        (
            QT_TRANSLATE_NOOP("report_format", "Median lateness of done checks"),
            DASH if late is None else f"{num(late, 2)} h",
        ),
    ]
    # Indented as parts of the line above: done of those that fell due, reached of those done.
    indents = {"done": 3, "reached the family": 6, "not reached": 6, "still open past due": 3}
    rows = [[" " * indents.get(name, 0) + _tr(name), figure] for name, figure in lines]
    headers = _headers(
        QT_TRANSLATE_NOOP("report_format", "Checks"),
        QT_TRANSLATE_NOOP("report_format", "Number (%)"),
    )
    return Grid(table.name, table_title(table), headers, rows, note_words(table.note), _span(1, 2))


def alerts_grid(table: Table) -> Grid:
    kinds = {k.value: words(text) for k, text in ALERT_KIND_WORDS.items()}
    every = QCoreApplication.translate("report_format", "every kind")
    rows = [
        [
            every if r["kind"] == TOTAL else kinds.get(r["kind"], r["kind"]),
            num(r["open"]),
            num(r["open_alert"]),
            num(r["open_urgent"]),
            num(r["reviewed"]),
        ]
        for r in _rows(table)
    ]
    headers = _headers(
        QT_TRANSLATE_NOOP("report_format", "Kind"),
        QT_TRANSLATE_NOOP("report_format", "Open now"),
        QT_TRANSLATE_NOOP("report_format", "▲ alert"),
        QT_TRANSLATE_NOOP("report_format", "▲▲ urgent"),
        QT_TRANSLATE_NOOP("report_format", "Reviewed"),
    )
    return Grid(table.name, table_title(table), headers, rows, note_words(table.note), _span(1, 5))


def published_grid(table: Table) -> Grid:
    rows = []
    for r in _rows(table):
        published = num(r["published_pct"], 3)
        if r["published_pct_high"] is not None:
            published += "-" + num(r["published_pct_high"], 3)
        published += " %"
        if r["published_of"] is not None:
            unit = str(r["published_unit"])
            published = QCoreApplication.translate(
                "report_format", "{rate} of {count} {unit}"
            ).format(
                rate=published,
                count=num(r["published_of"]),
                unit=_tr(UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit,
            )
        measure = str(r["measure"])
        rows.append(
            [
                _tr(MEASURE_WORDS[measure]) if measure in MEASURE_WORDS else measure,
                rate_text(
                    r["ward_n"], r["ward_of"], r["ward_pct"], r["ward_ci_low"], r["ward_ci_high"]
                ),
                published,
                str(r["source"]),
            ]
        )
    headers = _headers(
        QT_TRANSLATE_NOOP("report_format", "Measure"),
        QT_TRANSLATE_NOOP("report_format", "This ward\nn/of · % (95 % CI)"),
        QT_TRANSLATE_NOOP("report_format", "Published"),
        QT_TRANSLATE_NOOP("report_format", "Source"),
    )
    return Grid(
        table.name,
        table_title(table),
        headers,
        rows,
        note_words(table.note),
        frozenset({1}),
        wrap_last=True,
    )


def lateness_grid(table: Table) -> Grid:
    rows = [
        [
            str(r["month"]),
            num(r["done"]),
            DASH if r["done_late_median_h"] is None else f"{num(r['done_late_median_h'], 2)} h",
        ]
        for r in _rows(table)
    ]
    headers = _headers(
        QT_TRANSLATE_NOOP("report_format", "Month"),
        QT_TRANSLATE_NOOP("report_format", "Done checks"),
        QT_TRANSLATE_NOOP("report_format", "Median hours after due"),
    )
    return Grid(table.name, table_title(table), headers, rows, note_words(table.note), _span(1, 3))


def plain_grid(table: Table) -> Grid:
    """Any other table: its own columns, figures as numbers."""
    rows = [
        [num(v, 2) if isinstance(v, int | float) else str(v) for v in row] for row in table.rows
    ]
    return Grid(table.name, table_title(table), table.columns, rows, note_words(table.note))


_GRIDS: dict[str, Callable[[Table], Grid]] = {
    "patients": patients_grid,
    "treatment": treatment_grid,
    "outcomes": outcomes_grid,
    "follow_up": follow_up_grid,
    "alerts": alerts_grid,
    "published": published_grid,
    "follow_up_by_month": lateness_grid,
    **{name: rate_grid for name in _KEY_HEADERS},
}


def grid_of(table: Table) -> Grid:
    return _GRIDS.get(table.name, plain_grid)(table)


def _span(first: int, end: int) -> frozenset[int]:
    return frozenset(range(first, end))


def _join(note: str, table_note: str) -> str:
    """The grid's own note, then the service's (translated)."""
    return "; ".join(n for n in (note, note_words(table_note)) if n)
