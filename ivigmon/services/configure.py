"""Changing the ward's risk thresholds and check timings (administrators only)."""

from __future__ import annotations

from ivigmon.domain.roles import Permission
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.services import settings
from ivigmon.services.context import Context


def change_settings(ctx: Context, risk: RiskSettings, checks: CheckSettings) -> None:
    ctx.require(Permission.CHANGE_SETTINGS)
    stamp = ctx.stamp()
    settings.save(ctx.store, risk, checks, at=stamp.at, by=stamp.by)
    ctx.forget_cached()
