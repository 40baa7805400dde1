"""The demo ward's alert cases: one of each thing the alerts and the v2 risk rules look for.

Chosen from the ward's own records by fixed rules (no random draw), so the same ward always
shows them: an earlier anaphylaxis (PRIOR_SEVERE_REACTION on the child's next infusion), a
vital-sign alert during a running infusion, a red flag reported at a done check, and an
infusion whose end nobody recorded, running for more than a day. The three alerts among them
stay open for a new user to find; the ward's nurses have reviewed the others (`ward_reviews`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from ivigmon.demo.arithmetic import iso
from ivigmon.demo.infusions import event_record
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.models import AlertKey

# How long before the demo's "now" the forgotten infusion started: past the 24 h default limit.
FORGOTTEN_H = 26
# When, after the start of the running infusion, the low saturation was measured.
DESATURATION_MIN = 45

Item = dict[str, Any]


def add_alert_cases(document: Item, now: datetime) -> set[AlertKey]:
    """Change the built document in place to hold each alert case its records allow; returns
    the alerts they raise (the earlier anaphylaxis is a risk factor, not an alert)."""
    infusions: list[Item] = document["infusions"]
    checks: list[Item] = document["checks"]
    forgotten = _forgotten_end(infusions, checks, now)
    _earlier_anaphylaxis(infusions)
    raised = (forgotten, _low_saturation(infusions, now), _red_flag(infusions, checks))
    return {key for key in raised if key is not None}


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _latest_by_patient(infusions: list[Item]) -> dict[str, Item]:
    latest: dict[str, Item] = {}
    for item in infusions:
        mrn = item["mrn"]
        if mrn not in latest or _time(item["start"]) > _time(latest[mrn]["start"]):
            latest[mrn] = item
    return latest


def _first(items: list[Item], wanted: Callable[[Item], bool]) -> Item | None:
    return next((item for item in items if wanted(item)), None)


def _forgotten_end(infusions: list[Item], checks: list[Item], now: datetime) -> AlertKey | None:
    """A patient's latest ended infusion of the last days, started more than a day ago, loses
    its recorded end: nobody recorded it. Its follow-up checks go with the end."""
    earliest = now - timedelta(days=4)
    latest = now - timedelta(hours=FORGOTTEN_H)
    last = set(map(id, _latest_by_patient(infusions).values()))
    chosen = _first(
        infusions,
        lambda i: (
            id(i) in last and i["end"] is not None and earliest <= _time(i["start"]) <= latest
        ),
    )
    if chosen is None:
        return None
    start = _time(chosen["start"])
    chosen["end"] = None
    chosen["course_outcome"] = None
    chosen["events"] = [e for e in chosen["events"] if "check_offset_h" not in e]
    chosen["vitals"] = [v for v in chosen["vitals"] if _time(v["at"]) <= start + timedelta(hours=8)]
    checks[:] = [c for c in checks if c["infusion_id"] != chosen["id"]]
    return AlertKey(AlertKind.UNENDED, chosen["id"])


def _earlier_anaphylaxis(infusions: list[Item]) -> None:
    """The first child with an earlier ended infusion has had anaphylaxis during it (grade 3,
    serious: a hospital stay), so the next infusion carries PRIOR_SEVERE_REACTION."""
    seen: set[str] = set()
    for item in sorted(infusions, key=lambda i: (_time(i["start"]), i["id"])):
        if item["mrn"] in seen:
            start = _time(item["start"])
            earlier = next(
                (
                    i
                    for i in infusions
                    if i["mrn"] == item["mrn"]
                    and i["end"] is not None
                    and _time(i["start"]) < start
                ),
                None,
            )
            if earlier is not None:
                onset = _time(earlier["start"]) + timedelta(minutes=40)
                event = event_record(onset, "anaphylaxis", 3, "treated", "resolved")
                event.update(serious=True, seriousness=["hospitalisation"])
                earlier["events"] = sorted([*earlier["events"], event], key=lambda e: e["onset"])
                return
        seen.add(item["mrn"])


def _low_saturation(infusions: list[Item], now: datetime) -> AlertKey | None:
    """The first running infusion had a saturation of 90 % (an alert: 85-92 %) 45 min in."""
    running = _first(
        infusions,
        lambda i: (
            i["end"] is None
            and _time(i["start"]) + timedelta(minutes=DESATURATION_MIN) <= now
            and _time(i["start"]) > now - timedelta(hours=FORGOTTEN_H - 1)
        ),
    )
    if running is None:
        return None
    at = _time(running["start"]) + timedelta(minutes=DESATURATION_MIN)
    vitals = [v for v in running["vitals"] if v["at"] != iso(at)]
    vitals.append(
        {
            "at": iso(at),
            "temp_c": 37.2,
            "hr": None,
            "sbp": None,
            "dbp": None,
            "rr": None,
            "spo2": 90,
        }
    )
    running["vitals"] = sorted(vitals, key=lambda v: v["at"])
    return AlertKey(AlertKind.VITAL_SIGNS, running["id"], vital_at=at)


def _red_flag(infusions: list[Item], checks: list[Item]) -> AlertKey | None:
    """The latest done check with no symptoms becomes a phone call reporting wheeze (a red
    flag: anaphylaxis or TRALI), with the wheeze recorded as a grade 2 adverse event."""
    by_id = {i["id"]: i for i in infusions}
    done = [c for c in checks if c["outcome"] == "no_symptoms" and c["infusion_id"] in by_id]
    if not done:
        return None
    check = max(done, key=lambda c: (c["done_at"], c["infusion_id"], c["offset_h"]))
    check.update(outcome="symptoms", symptoms=["wheeze"], notes="wheeze since last night; to ED")
    event = event_record(_time(check["done_at"]), "wheeze", 2, "treated", "resolving")
    event["check_offset_h"] = check["offset_h"]
    infusion = by_id[check["infusion_id"]]
    infusion["events"] = sorted([*infusion["events"], event], key=lambda e: e["onset"])
    return AlertKey(AlertKind.RED_FLAG, check["infusion_id"], offset_h=check["offset_h"])
