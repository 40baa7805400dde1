"""`ivigmon report`: the cohort tables and safety statistics (SPEC 8), on a terminal, as JSON or
written to an Excel, CSV or Markdown file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ivigmon.cli_plan import BadArgument
from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.timefmt import TimeFormatError, parse_date, to_display
from ivigmon.domain.validation import ValidationError, require_code
from ivigmon.services.context import Context
from ivigmon.services.report import CohortReport, ReportRequest, cohort_report, report_json
from ivigmon.services.report.series import highest_rates
from ivigmon.services.report.tables import TOTAL, Table

RECORD = "report"
SUFFIXES = (".xlsx", ".csv", ".md")
# Lots printed on a terminal (every lot is in --json and --out).
LOTS_SHOWN = 15
# Months printed on a terminal: the latest year (every month is in --json and --out).
MONTHS_SHOWN = 12
EVERY_MONTH = "(--json or --out holds every month)"


def add_report_parser(sub: Any) -> None:
    """The `report` command's arguments (`sub` is the parser's subparsers)."""
    report = sub.add_parser(
        "report", help="cohort tables by diagnosis, reaction rates, follow-up completion"
    )
    report.add_argument("--json", action="store_true")
    report.add_argument("--out", metavar="FILE", help="write FILE.xlsx, FILE.csv or FILE.md")
    report.add_argument(
        "--from", dest="first_day", metavar="DATE", help="infusions started on or after DATE"
    )
    report.add_argument("--to", dest="last_day", metavar="DATE", help="... and on or before DATE")
    report.add_argument(
        "--diagnosis", metavar="CODE", help="patients whose primary diagnosis is CODE"
    )


def run_report(args: argparse.Namespace, out: TextIO, open_ctx: Callable[[], Context]) -> int:
    """Every argument is read before the database is opened: a typing slip changes nothing."""
    request = _request(args)
    target = _target(args.out) if args.out is not None else None
    ctx = open_ctx()
    report = cohort_report(ctx, request)
    if target is not None:
        from ivigmon.services.report.files import write_report

        write_report(report, target)
    if args.json:
        out.write(json_text(report_json(report)))
    elif target is not None:
        out.write(f"report written: {target}\n")
    else:
        print_report(out, report)
    return 0


def json_text(data: dict[str, Any]) -> str:
    """The report as JSON with a table row per line, in one piece: the C encoder writes each
    part (indenting every number of a national service's lots took seconds), and the output
    stream checks one text for control characters, not each token (cli_text)."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    tables = []
    for table in data["tables"]:
        head = dumps({k: v for k, v in table.items() if k != "rows"})[:-1]
        rows = ",\n   ".join(dumps(row) for row in table["rows"])
        tables.append(f'{head}, "rows": [\n   {rows}]}}' if rows else f'{head}, "rows": []}}')
    rest = dumps({k: v for k, v in data.items() if k != "tables"})[:-1]
    return f'{rest},\n "tables": [\n  ' + ",\n  ".join(tables) + "]}\n"


def _request(args: argparse.Namespace) -> ReportRequest:
    first = _day("--from", args.first_day)
    last = _day("--to", args.last_day)
    if first is not None and last is not None and last < first:
        raise BadArgument(RECORD, "--to", f"{last} is before --from {first}")
    diagnosis = None
    if args.diagnosis is not None:
        try:
            code = require_code(RECORD, "--diagnosis", args.diagnosis.strip().upper(), Diagnosis)
        except ValidationError as exc:
            raise BadArgument(RECORD, "--diagnosis", exc.problem) from None
        diagnosis = code.value
    return ReportRequest(first_day=first, last_day=last, diagnosis=diagnosis)


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except TimeFormatError as exc:
        raise BadArgument(RECORD, option, str(exc)) from None


def _target(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in SUFFIXES:
        raise BadArgument(
            RECORD, "--out", f"the file name must end in .xlsx, .csv or .md, got {text!r}"
        )
    if path.is_dir():
        raise BadArgument(RECORD, "--out", f"{text} is a folder; name a file in it")
    if not path.absolute().parent.is_dir():
        raise BadArgument(RECORD, "--out", f"the folder of {text} does not exist")
    return path


# ---- Plain text ---------------------------------------------------------------------------


def print_report(out: TextIO, report: CohortReport) -> None:
    out.write(f"IVIG cohort report, {to_display(report.made_at)}\n")
    for note in report.notes:
        out.write(f"{note}\n")
    for table in report.tables:
        out.write(f"\n{table.title}\n")
        printer = _PRINTERS.get(table.name, _print_rates)
        printer(out, table)


def _rows(table: Table) -> list[dict[str, Any]]:
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def _num(value: Any, places: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{places}f}"


def _n_pct(n: Any, pct: Any) -> str:
    return f"{_num(n)} ({_num(pct, 1)} %)" if pct is not None else _num(n)


def _spread(mean: Any, low: Any, high: Any, places: int = 2) -> str:
    if mean is None:
        return "-"
    return f"{_num(mean, places)} ({_num(low, places)}-{_num(high, places)})"


def _spread4(mean: Any, median: Any, low: Any, high: Any, places: int = 2) -> str:
    if mean is None:
        return "-"
    return (
        f"{_num(mean, places)} / {_num(median, places)} ({_num(low, places)}-{_num(high, places)})"
    )


def _grid(out: TextIO, header: Sequence[str], lines: Sequence[Sequence[str]]) -> None:
    """Left-aligned columns two spaces apart."""
    widths = [max(len(str(c)) for c in col) for col in zip(header, *lines, strict=True)]
    for line in [header, *lines]:
        out.write("  ".join(f"{c:<{w}}" for c, w in zip(line, widths, strict=True)).rstrip())
        out.write("\n")


def _measured(n: Any, patients: Any, text: str) -> str:
    return text if n == patients or text == "-" else f"{text} n={_num(n)}"


def _print_patients(out: TextIO, table: Table) -> None:
    lines = [
        [
            r["diagnosis"],
            _n_pct(r["patients"], r["patients_pct"]),
            _n_pct(r["boys"], r["boys_pct"]),
            _spread(r["age_years_mean"], r["age_years_min"], r["age_years_max"]),
            _measured(
                r["weight_kg_n"],
                r["patients"],
                _spread(r["weight_kg_mean"], r["weight_kg_min"], r["weight_kg_max"], 1),
            ),
            _measured(
                r["height_cm_n"],
                r["patients"],
                _spread(r["height_cm_mean"], r["height_cm_min"], r["height_cm_max"], 1),
            ),
        ]
        for r in _rows(table)
    ]
    header = ["DX", "PATIENTS", "BOYS", "AGE Y", "WEIGHT KG", "HEIGHT CM"]
    _grid(out, header, lines)
    out.write("mean (min-max) at the first infusion; weight and height as last measured\n")


def _print_treatment(out: TextIO, table: Table) -> None:
    lines = []
    for r in _rows(table):
        per = "infusions_per_patient"
        dose = "g_per_kg_per_patient"
        course = "course_g_per_kg"
        lines.append(
            [
                r["diagnosis"],
                _num(r["infusions"]),
                _spread4(r[f"{per}_mean"], r[f"{per}_median"], r[f"{per}_min"], r[f"{per}_max"]),
                _spread4(
                    r[f"{dose}_mean"], r[f"{dose}_median"], r[f"{dose}_min"], r[f"{dose}_max"]
                ),
                _spread4(
                    r[f"{course}_mean"],
                    r[f"{course}_median"],
                    r[f"{course}_min"],
                    r[f"{course}_max"],
                ),
                _n_pct(r["patients_2_or_more_infusions"], r["patients_2_or_more_infusions_pct"]),
                f"{_num(r['on_label'])} / {_num(r['off_label'])}",
            ]
        )
    header = ["DX", "INFUSIONS", "PER PATIENT", "G/KG PER PATIENT", "COURSE G/KG", "2+", "ON/OFF"]
    _grid(out, header, lines)
    out.write(
        "mean / median (min-max) per patient; course g/kg: each patient's mean course dose; "
        "2+: patients with two or more infusions; on/off: infusions on and off label\n"
    )


def _print_outcomes(out: TextIO, table: Table) -> None:
    lines = [
        [
            r["diagnosis"],
            _num(r["courses"]),
            _num(r["good"]),
            _num(r["moderate"]),
            _num(r["poor"]),
            _num(r["not_recorded"]),
            _n_pct(r["patients_with_event"], r["patients_with_event_pct"]),
            f"{_num(r['events'])} ({_num(r['events_per_100_infusions'], 1)})",
        ]
        for r in _rows(table)
    ]
    header = [
        "DX",
        "COURSES",
        "GOOD",
        "MODERATE",
        "POOR",
        "NOT RECORDED",
        "PATIENTS WITH AE",
        "EVENTS (/100 INF)",
    ]
    _grid(out, header, lines)


def _rate(n: Any, of: Any, pct: Any, low: Any, high: Any) -> str:
    if not of:
        return "-"
    return f"{_num(n)}/{_num(of)}  {_num(pct, 1)} % ({_num(low, 1)}-{_num(high, 1)})"


def _print_rates(out: TextIO, table: Table) -> None:
    if table.note:
        out.write(f"{table.note}\n")
    if not table.rows:
        return
    keys = table.columns[: table.columns.index("infusions")]
    rows = _rows(table)
    hidden = 0
    if table.name == "reactions_by_lot" and len(rows) > LOTS_SHOWN:
        hidden = len(rows) - LOTS_SHOWN
        rows = highest_rates(table, LOTS_SHOWN)
    earlier = 0
    if table.name == "infusions_by_month" and len(rows) > MONTHS_SHOWN:
        earlier = len(rows) - MONTHS_SHOWN
        rows = rows[earlier:]
    lines = [
        [
            *(str(r[k]) for k in keys),
            _num(r["infusions"]),
            _rate(
                r["immediate"],
                r["infusions"] if r["immediate"] is not None else None,
                r["immediate_pct"],
                r["immediate_ci_low"],
                r["immediate_ci_high"],
            ),
            _rate(
                r["delayed"],
                r["followed_up"],
                r["delayed_pct"],
                r["delayed_ci_low"],
                r["delayed_ci_high"],
            ),
        ]
        for r in rows
    ]
    header = [*(k.upper().replace("_", " ") for k in keys), "INFUSIONS", "IMMEDIATE", "DELAYED"]
    _grid(out, header, lines)
    if hidden:
        out.write(
            f"... and {hidden:,} more lots (ordered by the lower end of the immediate "
            "reaction interval; --json or --out holds every lot)\n"
        )
    if earlier:
        out.write(f"... and {earlier:,} earlier months {EVERY_MONTH}\n")


def _print_follow_up(out: TextIO, table: Table) -> None:
    r = _rows(table)[0]

    def share(n: str) -> str:
        return f"{_num(r[n])}  ({_num(r[n + '_pct'], 1)} %)" if r[n + "_pct"] is not None else "0"

    _grid(
        out,
        ["CHECKS", _num(r["checks"])],
        [
            ["fell due", _num(r["fell_due"])],
            ["  done", share("done")],
            ["    reached", share("reached")],
            ["    not reached", share("not_reached")],
            ["  still open", share("open_past_due")],
            ["superseded", _num(r["superseded"])],
            ["not due yet", _num(r["not_yet_due"])],
        ],
    )
    median = r["done_late_median_h"]
    if median is not None:
        out.write(f"done checks were a median of {_num(median)} h after due\n")
    out.write(f"{table.note}\n")


def _print_lateness(out: TextIO, table: Table) -> None:
    rows = _rows(table)
    earlier = max(0, len(rows) - MONTHS_SHOWN)
    lines = [[r["month"], _num(r["done"]), _num(r["done_late_median_h"])] for r in rows[earlier:]]
    if lines:
        _grid(out, ["MONTH", "DONE CHECKS", "MEDIAN H AFTER DUE"], lines)
    if earlier:
        out.write(f"... and {earlier:,} earlier months {EVERY_MONTH}\n")
    out.write(f"{table.note}\n")


def _print_alerts(out: TextIO, table: Table) -> None:
    lines = [
        [
            r["kind"],
            f"{_num(r['open'])} ({_num(r['open_urgent'])} urgent)",
            _num(r["reviewed"]),
        ]
        for r in _rows(table)
        if r["kind"] == TOTAL or r["open"] or r["reviewed"]
    ]
    _grid(out, ["KIND", "OPEN", "REVIEWED"], lines)


def _print_published(out: TextIO, table: Table) -> None:
    lines = []
    for r in _rows(table):
        published = _num(r["published_pct"], 3).rstrip("0").rstrip(".")
        if r["published_pct_high"] is not None:
            published += "-" + _num(r["published_pct_high"], 3).rstrip("0").rstrip(".")
        published += " %"
        if r["published_of"] is not None:
            published += f" of {_num(r['published_of'])} {r['published_unit']}"
        lines.append(
            [
                r["measure"],
                _rate(
                    r["ward_n"], r["ward_of"], r["ward_pct"], r["ward_ci_low"], r["ward_ci_high"]
                ),
                published,
                r["source"],
            ]
        )
    _grid(out, ["MEASURE", "WARD", "PUBLISHED", "SOURCE"], lines)


_PRINTERS: dict[str, Callable[[TextIO, Table], None]] = {
    "patients": _print_patients,
    "treatment": _print_treatment,
    "outcomes": _print_outcomes,
    "follow_up": _print_follow_up,
    "alerts": _print_alerts,
    "published": _print_published,
    "follow_up_by_month": _print_lateness,
}
