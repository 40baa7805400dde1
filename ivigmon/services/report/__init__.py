"""The cohort report (SPEC 8): the paper's Table I and Table II by primary diagnosis, reaction
rates by product, lot, premedication and risk, follow-up completion, alerts, infusions,
reactions and follow-up lateness by month, and the published figures beside the ward's.

Without a date range the figures come from the stored report state (one row per patient and
the counts by diagnosis, kept current by every change); with one, or before the state is
built, every patient's record is read in groups. Both go through the same per-patient facts
(domain/report_facts.py), so they agree."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from ivigmon.domain.codes import (
    AlertKind,
    AlertSeverity,
    Diagnosis,
    FactorCode,
    PremedClass,
    RiskLevel,
)
from ivigmon.domain.report_facts import (
    ALL,
    ANY,
    COHORT,
    LOT,
    NONE,
    PREMED,
    PREMED_CLASS,
    PRODUCT,
    REVIEWED,
    Tally,
    TallyKey,
    sum_tallies,
)
from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_stored
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import ValidationError, require_code
from ivigmon.services.context import Context
from ivigmon.services.report.series import month_tables
from ivigmon.services.report.tables import (
    RATE_COLUMNS,
    TOTAL,
    Table,
    cohort_tables,
    follow_up_table,
    published_table,
    rate_table,
    tallies_of,
)
from ivigmon.services.state import report_state
from ivigmon.services.state.screen_state import assess_stale
from ivigmon.storage import report_facts as facts_rows
from ivigmon.storage import report_live as live
from ivigmon.storage import report_state as state
from ivigmon.storage.published_rates import published_rates
from ivigmon.storage.screen_state import RULES, counter

RECORD = "report"
# Infusions in scope without a stored assessment under the current rules are assessed as the
# report is read when there are at most this many (a ward's history) and the scope is small
# enough to look for them; beyond, they are counted as not assessed (the stored risks are those
# the worklist shows). Finding them reads every infusion: a national report never does.
ASSESS_ON_READ_MAX = 5_000
ASSESS_SCOPE_MAX = 50_000
# Patients read at a time when the report is made from the records (a date range).
LIVE_BATCH = 1_000
NOT_ASSESSED = QT_TRANSLATE_NOOP("report_tables", "not assessed")
NO_INFUSIONS = QT_TRANSLATE_NOOP("report_tables", "no infusions in this report")
NOTHING_RECORDED = QT_TRANSLATE_NOOP("report_tables", "No infusions recorded.")
NOTHING_IN_SCOPE = QT_TRANSLATE_NOOP("report_tables", "No infusions recorded in this scope.")
# Said when some infusions in scope have no stored assessment (the screens translate it).
RISK_NOTE = QT_TRANSLATE_NOOP(
    "report_tables",
    "risk: {assessed} of {in_scope} infusions have a stored assessment under the current rules"
    " (those the worklist shows); the other {missing} are counted as not assessed",
)


@dataclass(frozen=True)
class ReportRequest:
    """Infusions starting on `first_day` .. `last_day` (local dates, both included; None: no
    bound), of patients whose primary diagnosis is `diagnosis` (None: all)."""

    first_day: date | None = None
    last_day: date | None = None
    diagnosis: str | None = None


@dataclass(frozen=True)
class CohortReport:
    request: ReportRequest
    made_at: datetime
    tables: list[Table]
    notes: list[str] = field(default_factory=list)

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)


def cohort_report(ctx: Context, request: ReportRequest) -> CohortReport:
    """Every table of the report, read in one snapshot."""
    ctx.require(Permission.VIEW)
    scope = _scope(request)
    now = ctx.now()
    with ctx.store.read() as conn:
        stored = (
            request.first_day is None
            and request.last_day is None
            and report_state.is_current(ctx, conn)
        )
        if stored:
            values = state.stored_patients(conn, request.diagnosis)
            counts = state.stored_cohort_counts(conn, request.diagnosis)
            totals = state.stored_totals(conn, request.diagnosis)
        else:
            values, counts, totals = _from_records(ctx, conn, scope)
        open_now, past_due = live.open_checks(conn, scope, to_stored(now))
        every = totals.get((ALL, ""), Tally()).infusions
        levels, risk_note = _assessed(ctx, conn, scope, every)
        reactions = live.reactions(conn, sorted(levels))
        open_alerts = live.open_alerts(conn, scope, to_stored(now))
    patients = sum(c.get("patients", 0) for c in counts.values())
    note = "" if patients else NO_INFUSIONS
    tables = cohort_tables(values, state.VALUE_COLUMNS, counts, note)
    tables += _rate_tables(ctx, totals, note)
    tables += _risk_tables(levels, reactions, every - len(levels), risk_note or note)
    tables.append(follow_up_table(totals, open_now, past_due))
    tables.append(_alerts_table(open_alerts, tallies_of(totals, REVIEWED)))
    with_event = sum(c.get("with_event", 0) for c in counts.values())
    tables += month_tables(totals, note)
    tables.append(published_table(published_rates(), totals, patients, with_event))
    notes = [_scope_note(request)]
    if not patients:
        notes.append(NOTHING_IN_SCOPE if _filtered(request) else NOTHING_RECORDED)
    if risk_note:
        notes.append(risk_note)
    return CohortReport(request=request, made_at=now, tables=tables, notes=notes)


def _scope(request: ReportRequest) -> live.Scope:
    if request.diagnosis is not None:
        require_code(RECORD, "--diagnosis", request.diagnosis, Diagnosis)
    first, last = request.first_day, request.last_day
    if first is not None and last is not None and last < first:
        raise ValidationError(RECORD, "--to", f"{last} is before --from {first}")
    return live.Scope(
        started_from=to_stored(datetime.combine(first, time())) if first else None,
        started_before=(
            to_stored(datetime.combine(last + timedelta(days=1), time())) if last else None
        ),
        diagnosis=request.diagnosis,
    )


def _filtered(request: ReportRequest) -> bool:
    return any(v is not None for v in (request.first_day, request.last_day, request.diagnosis))


def _scope_note(request: ReportRequest) -> str:
    parts = []
    if request.first_day or request.last_day:
        first = request.first_day.isoformat() if request.first_day else "the first"
        last = request.last_day.isoformat() if request.last_day else "the last"
        parts.append(f"infusions started from {first} to {last} (local dates, both included)")
    else:
        parts.append("every infusion")
    if request.diagnosis:
        parts.append(f"of patients whose primary diagnosis is {request.diagnosis}")
    return " ".join(parts) + "; entered-in-error records left out"


def _from_records(
    ctx: Context, conn: Any, scope: live.Scope
) -> tuple[list[tuple[Any, ...]], dict[str, dict[str, int]], dict[TallyKey, Tally]]:
    """Per-patient values, the cohort counts by diagnosis and the added-up counts, read from
    every patient's record in groups (a date range counts only infusions starting in it)."""
    window = ctx.risk_settings().course_window_h
    values: list[tuple[Any, ...]] = []
    counts: dict[str, dict[str, int]] = {}
    totals: dict[TallyKey, Tally] = {}
    last = 0
    while ids := facts_rows.patients_in_range(
        conn,
        last,
        LIVE_BATCH,
        started_from=scope.started_from,
        started_before=scope.started_before,
    ):
        last = ids[-1]
        made = report_state.facts_of(
            conn,
            ids,
            window,
            started_from=scope.started_from,
            started_before=scope.started_before,
        )
        counted = [
            f
            for f in made
            if f.infusions and (scope.diagnosis is None or f.diagnosis == scope.diagnosis)
        ]
        values += [state.value_row(f) for f in counted]
        for f in counted:
            of_dx = counts.setdefault(f.diagnosis, {})
            for (kind, key), tally in f.tallies.items():
                if kind == COHORT:
                    of_dx[key] = of_dx.get(key, 0) + tally.infusions
        totals = sum_tallies([totals, *(f.tallies for f in counted)])
    return values, counts, totals


def _rate_tables(ctx: Context, totals: Mapping[TallyKey, Tally], note: str) -> list[Table]:
    products = ctx.products()
    by_product = sorted(tallies_of(totals, PRODUCT).items())
    premeds = tallies_of(totals, PREMED)
    classes = tallies_of(totals, PREMED_CLASS)
    premed_rows = [((key,), premeds[key]) for key in (ANY, NONE) if key in premeds]
    premed_rows += [((c.value,), classes[c.value]) for c in PremedClass if c.value in classes]
    return [
        rate_table(
            "reactions_by_product",
            QT_TRANSLATE_NOOP("report_tables", "Reactions per 100 infusions by product"),
            ("product", "name"),
            [
                ((pid, products[pid].name if pid in products else pid), tally)
                for pid, tally in by_product
            ],
            note,
        ),
        rate_table(
            "reactions_by_lot",
            QT_TRANSLATE_NOOP(
                "report_tables",
                "Reactions per 100 infusions by lot (an infusion of two lots counts under each)",
            ),
            ("lot",),
            [((lot,), tally) for lot, tally in sorted(tallies_of(totals, LOT).items())],
            note,
        ),
        rate_table(
            "reactions_by_premedication",
            QT_TRANSLATE_NOOP(
                "report_tables",
                "Reactions per 100 infusions by premedication: any or none, and by class (an "
                "infusion with two classes counts under each)",
            ),
            ("premedication",),
            premed_rows,
            note,
        ),
    ]


def _assessed(
    ctx: Context, conn: Any, scope: live.Scope, in_scope: int
) -> tuple[dict[str, tuple[str, tuple[str, ...]]], str]:
    """Infusion id -> (level, factor codes) of the infusions in scope with an assessment: the
    stored ones made under the current rules, and the others assessed now when few lack one."""
    rules = counter(conn, RULES)
    levels = {r.infusion_id: (r.level, r.factors) for r in live.stored_risks(conn, scope, rules)}
    missing = in_scope - len(levels)
    if 0 < missing <= ASSESS_ON_READ_MAX and in_scope <= ASSESS_SCOPE_MAX:
        made = assess_stale(ctx, conn, live.unassessed(conn, scope, rules))
        for infusion_id, assessment in made.items():
            codes = tuple(f.code.value for f in assessment.factors)
            levels[infusion_id] = (assessment.level.value, codes)
        missing = in_scope - len(levels)
    if missing <= 0:
        return levels, ""
    return levels, RISK_NOTE.format(
        assessed=f"{len(levels):,}", in_scope=f"{in_scope:,}", missing=f"{missing:,}"
    )


def _risk_tables(
    levels: Mapping[str, tuple[str, tuple[str, ...]]],
    reactions: Mapping[str, live.Reactions],
    not_assessed: int,
    note: str,
) -> list[Table]:
    by_level: dict[str, Tally] = {}
    by_factor: dict[str, Tally] = {}
    for infusion_id, (level, factors) in levels.items():
        flags = reactions.get(infusion_id, live.Reactions(False, False, False))
        one = Tally(
            1, int(flags.immediate), int(flags.reached or flags.delayed), int(flags.delayed)
        )
        by_level[level] = by_level.get(level, Tally()).plus(one)
        for code in factors:
            by_factor[code] = by_factor.get(code, Tally()).plus(one)
    order = [RiskLevel.HIGH.value, RiskLevel.ELEVATED.value, RiskLevel.STANDARD.value]
    level_table = rate_table(
        "reactions_by_risk_level",
        QT_TRANSLATE_NOOP(
            "report_tables", "Reactions per 100 infusions by the infusion's risk level"
        ),
        ("risk_level",),
        [((lv,), by_level[lv]) for lv in order if lv in by_level],
        note,
    )
    if not_assessed > 0:
        blank: list[Any] = [None] * (len(RATE_COLUMNS) - 1)
        level_table.rows.append([NOT_ASSESSED, not_assessed, *blank])
    factor_table = rate_table(
        "reactions_by_risk_factor",
        QT_TRANSLATE_NOOP(
            "report_tables",
            "Reactions per 100 infusions by risk factor (an infusion with two factors counts "
            "under each)",
        ),
        ("risk_factor",),
        [((c.value,), by_factor[c.value]) for c in FactorCode if c.value in by_factor],
        note,
    )
    return [level_table, factor_table]


ALERT_COLUMNS = ("kind", "open", "open_alert", "open_urgent", "reviewed")


def _alerts_table(
    open_alerts: Mapping[tuple[str, str], int], reviewed: Mapping[str, Tally]
) -> Table:
    rows: list[list[Any]] = []
    for kind in [*(k.value for k in AlertKind), TOTAL]:
        # A list, not a dict by severity: the total adds up every kind's count.
        mine = [(s, n) for (k, s), n in open_alerts.items() if kind in (k, TOTAL)]
        alert = sum(n for s, n in mine if s == AlertSeverity.ALERT)
        urgent = sum(n for s, n in mine if s == AlertSeverity.URGENT)
        done = sum(t.infusions for k, t in reviewed.items() if kind in (k, TOTAL))
        rows.append([kind, alert + urgent, alert, urgent, done])
    return Table(
        "alerts",
        QT_TRANSLATE_NOOP("report_tables", "Alerts: open now (no review yet) and reviewed"),
        ALERT_COLUMNS,
        rows,
        QT_TRANSLATE_NOOP("report_tables", "an alert reviewed more than once counts once"),
    )


def report_json(report: CohortReport) -> dict[str, Any]:
    """`{"tables": [{"name", "columns", "rows"}]}` (SPEC 8), with each table's title and note,
    and the report's scope and notes."""
    request = report.request
    return {
        "scope": {
            "from": request.first_day.isoformat() if request.first_day else None,
            "to": request.last_day.isoformat() if request.last_day else None,
            "diagnosis": request.diagnosis,
            "made_at": to_stored(report.made_at),
        },
        "notes": list(report.notes),
        "tables": [
            {
                "name": t.name,
                "title": t.title,
                "columns": list(t.columns),
                "rows": [list(r) for r in t.rows],
                "note": t.note,
            }
            for t in report.tables
        ],
    }
