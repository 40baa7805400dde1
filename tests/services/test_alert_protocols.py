"""The ward's protocol texts per alert kind: administrators save them, audited, all or nothing."""

from __future__ import annotations

import json

import pytest

from ivigmon.domain.codes import AlertKind
from ivigmon.domain.validation import ValidationError
from ivigmon.services import settings
from ivigmon.services.errors import NotPermitted
from ivigmon.services.users import add_user, sign_in

VITALS_TEXT = "Repeat the observations in 15 min; call the registrar if still out of range."


def audit_rows(ctx) -> list[tuple[str, str, str]]:
    with ctx.store.read() as conn:
        rows = conn.execute(
            """SELECT "user", row_key, after FROM audit_log"""
            " WHERE table_name = 'settings' ORDER BY id"
        ).fetchall()
    # The settings table keeps each value as JSON text.
    return [(r["user"], r["row_key"], json.loads(json.loads(r["after"])["value"])) for r in rows]


@pytest.fixture
def lead(ctx):
    add_user(ctx, username="lead", display_name="Lead", role="admin", password="lead-pass-1")
    add_user(ctx, username="nora", display_name="Nora", role="nurse", password="nora-pass-1")
    sign_in(ctx, "lead", "lead-pass-1")
    return ctx


def test_none_is_entered_until_the_ward_enters_one(ctx):
    assert settings.alert_protocols(ctx) == {kind: "" for kind in AlertKind}


def test_an_administrator_saves_the_protocols_and_each_change_is_audited(lead):
    before = audit_rows(lead)
    settings.save_alert_settings(
        lead,
        max_running_h=24,
        protocols={
            AlertKind.VITAL_SIGNS: f"  {VITALS_TEXT}\n",
            AlertKind.RED_FLAG: "",
            AlertKind.UNENDED: "",
        },
    )
    assert settings.alert_protocols(lead) == {
        AlertKind.VITAL_SIGNS: VITALS_TEXT,
        AlertKind.RED_FLAG: "",
        AlertKind.UNENDED: "",
    }
    # Only what changed is stored: the running limit and the empty texts were as before.
    assert audit_rows(lead)[len(before) :] == [("lead", "alerts.protocol.vital_signs", VITALS_TEXT)]


def test_a_bad_text_stores_nothing_not_even_the_other_values(lead):
    with pytest.raises(ValidationError) as refused:
        settings.save_alert_settings(
            lead,
            max_running_h=30,
            protocols={AlertKind.VITAL_SIGNS: VITALS_TEXT, AlertKind.UNENDED: "x" * 501},
        )
    assert refused.value.field == "protocol_unended"
    assert settings.alert_protocols(lead)[AlertKind.VITAL_SIGNS] == ""
    assert settings.max_running_h(lead) == 24


def test_only_an_administrator_changes_a_protocol(lead):
    sign_in(lead, "nora", "nora-pass-1")
    with pytest.raises(NotPermitted):
        settings.save_alert_settings(
            lead, max_running_h=24, protocols={AlertKind.RED_FLAG: "Call the doctor."}
        )
    assert settings.alert_protocols(lead)[AlertKind.RED_FLAG] == ""


def test_a_stored_text_that_is_no_longer_acceptable_reads_as_none_entered(ctx):
    from ivigmon.storage.settings_store import save_setting

    with ctx.store.write() as conn:
        save_setting(conn, "alerts.protocol.red_flag", "x" * 501, "2026-03-10T12:00:00", "x")
        save_setting(conn, "alerts.protocol.unended", 42, "2026-03-10T12:00:00", "x")
    assert settings.alert_protocols(ctx) == {kind: "" for kind in AlertKind}
