"""Stored settings: one JSON value per key, with who changed it and when; read as records."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields, replace
from typing import Any

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.settings import (
    MAX_RUNNING_H_RANGE,
    AlertSettings,
    CheckSettings,
    RiskSettings,
)

RISK_PREFIX = "risk."
CHECK_PREFIX = "checks."
MAX_RUNNING_H_KEY = "alerts.max_running_h"
# The ward's protocol text for each alert kind: `alerts.protocol.vital_signs` and so on.
PROTOCOL_PREFIX = "alerts.protocol."


def load_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    return {
        key: json.loads(value) for key, value in conn.execute("SELECT key, value FROM settings")
    }


def save_setting(conn: sqlite3.Connection, key: str, value: Any, at: str, by: str) -> None:
    conn.execute(
        """INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value,
               updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
        (key, json.dumps(value), at, by),
    )


def load_rule_settings(conn: sqlite3.Connection) -> tuple[RiskSettings, CheckSettings]:
    """Stored values over the defaults; an unknown or broken stored key is ignored."""
    stored = load_settings(conn)
    risk = RiskSettings()
    checks = CheckSettings()
    for f in fields(RiskSettings):
        key = RISK_PREFIX + f.name
        if key in stored:
            risk = replace(risk, **{f.name: _decode(f.name, stored[key])})
    for f in fields(CheckSettings):
        key = CHECK_PREFIX + f.name
        if key in stored:
            checks = replace(checks, **{f.name: _decode(f.name, stored[key])})
    return risk, checks


def load_alert_settings(conn: sqlite3.Connection) -> AlertSettings:
    """The stored alert timings over the defaults; a missing or out-of-range value reads as
    the default."""
    value = load_settings(conn).get(MAX_RUNNING_H_KEY)
    low, high = MAX_RUNNING_H_RANGE
    if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
        return AlertSettings(max_running_h=float(value))
    return AlertSettings()


def save_rule_settings(
    conn: sqlite3.Connection, risk: RiskSettings, checks: CheckSettings, *, at: str, by: str
) -> None:
    """Every threshold and timing, each under its own key."""
    for f in fields(RiskSettings):
        save_setting(conn, RISK_PREFIX + f.name, _encode(getattr(risk, f.name)), at, by)
    for f in fields(CheckSettings):
        save_setting(conn, CHECK_PREFIX + f.name, _encode(getattr(checks, f.name)), at, by)


def _decode(name: str, value: Any) -> Any:
    if name == "high_codes":
        return frozenset(FactorCode(v) for v in value)
    if name == "offsets_h":
        return tuple(int(v) for v in value)
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return sorted(str(v) for v in value)
    if isinstance(value, tuple):
        return list(value)
    return value
