"""The ward server's roles (packaging/server-setup): each person's own login, in the group of
their ivigmon role, does through ivigmon what that role does, and with a SQL client nothing
that would alter the audit trail, delete a record, or record under a colleague's name."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pg
from psycopg.conninfo import conninfo_to_dict

from ivigmon.domain.codes import CheckMode, CheckOutcome
from ivigmon.domain.products import LocalField
from ivigmon.domain.roles import Role
from ivigmon.services import alerts, audit, checks, infusions, patients, products, settings, users
from ivigmon.services.checks import ReportedSymptom
from ivigmon.services.context import Context, open_context
from ivigmon.storage.errors import ReadOnlyDatabase
from ivigmon.storage.pg import access
from ivigmon.storage.pg.migrate import LOG_TABLE
from ivigmon.storage.schema import AUDITED
from tests import pg_server
from tests.factories import NOW, Clock, infusion, patient

SETUP = Path(__file__).resolve().parents[2] / "packaging" / "server-setup"
PASSWORD = "ward-pass-12345"

pytestmark = pytest.mark.skipif(shutil.which("psql") is None, reason="needs psql")


@dataclass(frozen=True)
class Server:
    """The test server with ivigmon's roles, one login per ivigmon role, and a template ward
    database set up and migrated as the owner, with an account for each login."""

    base: str
    owner: str
    logins: dict[Role, str]
    # A nurse's account whose person has not signed in to the server here.
    colleague: str
    template: str

    def url(self, login: str, database: str) -> str:
        parts = conninfo_to_dict(self.base)
        host = parts.get("host", "localhost")
        port = parts.get("port", "5432")
        return f"postgresql://{login}@{host}:{port}/{database}"


def setup(base: str, *args: str) -> None:
    done = subprocess.run(
        [str(SETUP), *args, base], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr


def drop_role(base: str, name: str) -> None:
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("DROP ROLE IF EXISTS {}").format(psycopg.sql.Identifier(name)))


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    base = pg_server.server_url()
    if base is None:
        pytest.skip(f"no test PostgreSQL server ({pg_server.ENV} is not set)")
    tag = uuid.uuid4().hex[:8]
    owner = f"ivt_owner_{tag}"
    logins = {role: f"{role.value.replace('_', '-')}-{tag}" for role in Role}
    template = f"ivigmon_roles_{tag}"
    made = Server(base, owner, logins, f"colleague-{tag}", template)
    try:
        setup(base, "--database", template, "--owner", owner)
        for role, login in logins.items():
            setup(base, "--database", template, "--login", login, "--role", role.value)
        lead = open_context(made.url(owner, template), clock=Clock(NOW))
        try:
            users.add_user(
                lead,
                username=logins[Role.ADMIN],
                display_name="Lead",
                role="admin",
                password=PASSWORD,
            )
            for name, role in (
                (logins[Role.NURSE], Role.NURSE),
                (logins[Role.WARD_STAFF], Role.WARD_STAFF),
                (made.colleague, Role.NURSE),
            ):
                users.add_user(
                    lead, username=name, display_name=name, role=role.value, password=PASSWORD
                )
        finally:
            lead.store.close()
        yield made
    finally:
        pg_server.drop_database(base, template)
        for name in [*logins.values(), owner]:
            drop_role(base, name)


@pytest.fixture
def ward(server: Server) -> Iterator[str]:
    """A copy of the template database, set up again (a copy does not keep who may connect)."""
    name = pg_server.new_name("ivigmon_roles_t")
    pg_server.create_database(server.base, name, server.template)
    try:
        setup(server.base, "--database", name, "--owner", server.owner)
        yield name
    finally:
        pg_server.drop_database(server.base, name)


def signed_in(server: Server, ward: str, role: Role, clock: Clock) -> Context:
    """ivigmon opened with this role's own login, its account signed in."""
    login = server.logins[role]
    ctx = open_context(server.url(login, ward), clock=clock)
    ctx.sleep = lambda _seconds: None  # a failed sign-in's pause is tested elsewhere
    users.sign_in(ctx, login, PASSWORD)
    return ctx


def raw(server: Server, ward: str, role: Role) -> psycopg.Connection[tuple[object, ...]]:
    """A SQL client signed in with this role's login."""
    return psycopg.connect(server.url(server.logins[role], ward), autocommit=True)


def test_a_nurse_records_through_ivigmon_and_every_entry_names_their_login(
    server: Server, ward: str, clock: Clock
):
    nurse = signed_in(server, ward, Role.NURSE, clock)
    try:
        patients.register_patient(nurse, patient())
        started, _ = infusions.start_infusion(nurse, infusion(start=datetime(2026, 3, 10, 8, 0)))
        with pytest.raises(Exception, match="wrong user name or password"):
            users.sign_in(nurse, "nobody-here", "not-a-password")  # an entry of its own
        entries = audit.infusion_history(nurse, started.id)
        report = audit.verify(nurse)
    finally:
        nurse.store.close()
    assert entries and {e.user for e in entries} == {server.logins[Role.NURSE]}
    assert report.intact, report.findings


# Refused for want of a privilege (SQLSTATE 42501), or by the trail's own guard.
DENIED = pg.InsufficientPrivilege
APPEND_ONLY = pg.IntegrityConstraintViolation


@pytest.mark.parametrize(
    ("statement", "refusal"),
    [
        ("""UPDATE audit_log SET after = '{}' WHERE id = 1""", DENIED),
        ("""UPDATE audit_log SET "user" = 'someone' WHERE id = 1""", DENIED),
        ("UPDATE audit_log SET hash = NULL WHERE id = 1", APPEND_ONLY),
        (
            'INSERT INTO audit_log (at, "user", table_name, row_key, action, after) '
            "VALUES ('2026-03-10T12:00:00', 'x', 'patients', '1', 'insert', '{}')",
            DENIED,
        ),
        ("DELETE FROM audit_log WHERE id = 1", DENIED),
        ("TRUNCATE audit_log", DENIED),
        ("DELETE FROM patients", DENIED),
        ("TRUNCATE patients", DENIED),
        ("TRUNCATE alert_state", DENIED),
        ("UPDATE users SET role = 'admin'", DENIED),
        ("DROP FUNCTION ivigmon_audit_row()", DENIED),
        (
            "CREATE OR REPLACE FUNCTION ivigmon_audit_row() RETURNS trigger LANGUAGE plpgsql "
            "AS $$BEGIN RETURN NULL; END$$",
            DENIED,
        ),
        ("ALTER FUNCTION ivigmon_actor() SECURITY INVOKER", DENIED),
        ("DROP TRIGGER audit_patients ON patients", DENIED),
        ("ALTER TABLE patients DISABLE TRIGGER ALL", DENIED),
        ("CREATE TEMP TABLE audit_log (id bigint)", DENIED),
        ("CREATE TABLE notes (id bigint)", DENIED),
        ("SET session_replication_role = replica", DENIED),
        ("SELECT ivigmon_grant_access()", DENIED),
        ("GRANT ivigmon_admin TO CURRENT_USER", DENIED),
    ],
)
def test_a_nurses_sql_client_cannot_alter_the_trail_delete_or_change_the_machinery(
    server: Server, ward: str, statement: str, refusal: type[psycopg.Error]
):
    with raw(server, ward, Role.NURSE) as conn:
        before = conn.execute("SELECT count(*), max(hash) FROM audit_log").fetchone()
        with pytest.raises(refusal):
            conn.execute(statement)
        assert conn.execute("SELECT count(*), max(hash) FROM audit_log").fetchone() == before


def test_a_session_cannot_record_under_a_colleagues_account(
    server: Server, ward: str, clock: Clock
):
    nurse_login, lead = server.logins[Role.NURSE], server.logins[Role.ADMIN]
    nurse = signed_in(server, ward, Role.NURSE, clock)
    try:
        patients.register_patient(nurse, patient())
        # A colleague without a server login cannot sign in here (the server refuses the
        # login), and a program that claimed the colleague's account anyway on the nurse's
        # sessions would carry the wrong name: nothing is recorded.
        with pytest.raises(users.SignInFailed):
            users.sign_in(nurse, server.colleague, PASSWORD)
        nurse.act_as(server.colleague, Role.NURSE)
        refusal = f"server login {nurse_login}; it cannot record as {server.colleague}"
        with pytest.raises(ReadOnlyDatabase, match=refusal):
            patients.register_patient(nurse, patient("K-0002"))
    finally:
        nurse.store.close()
    with raw(server, ward, Role.NURSE) as conn:
        conn.execute("SELECT set_config('ivigmon.user', %s, false)", (lead,))
        with pytest.raises(pg.InsufficientPrivilege, match=f"cannot record as {lead}"):
            conn.execute("UPDATE patients SET name = 'Someone Else'")
        # A name that is no account is no claim: the entry names the login.
        conn.execute("SELECT set_config('ivigmon.user', 'dr.nobody', false)")
        conn.execute("UPDATE patients SET name = 'Someone Else'")
    lead_ctx = signed_in(server, ward, Role.ADMIN, clock)
    try:
        report = audit.verify(lead_ctx)
    finally:
        lead_ctx.store.close()
    outside = [f.text for f in report.findings if f.check is audit.Check.OUTSIDE]
    assert len(outside) == 1 and f"by {nurse_login!r}) was never sealed" in outside[0]


def test_ward_staff_record_checks_and_review_alerts_but_no_infusions(
    server: Server, ward: str, clock: Clock
):
    nurse = signed_in(server, ward, Role.NURSE, clock)
    try:
        patients.register_patient(nurse, patient())
        done, _ = infusions.start_infusion(
            nurse, infusion(start=datetime(2026, 3, 8, 9, 0), end=datetime(2026, 3, 8, 15, 0))
        )
    finally:
        nurse.store.close()
    desk = signed_in(server, ward, Role.WARD_STAFF, clock)
    try:
        checks.record_check(
            desk,
            done.id,
            24,
            done_at=datetime(2026, 3, 9, 15, 0),
            mode=CheckMode.PHONE,
            outcome=CheckOutcome.SYMPTOMS,
            symptoms=[ReportedSymptom("dark_urine", 2)],
        )
        [flag] = alerts.open_alerts(desk)
        alerts.review_alert(desk, flag.key, "called the family; seen in clinic today")
        assert alerts.open_alerts(desk) == []
        assert audit.verify(desk).intact
    finally:
        desk.store.close()
    with raw(server, ward, Role.WARD_STAFF) as conn, pytest.raises(pg.InsufficientPrivilege):
        conn.execute("UPDATE infusions SET dose_g = 1")


def test_an_administrator_keeps_accounts_settings_and_the_catalogue_but_changes_no_record(
    server: Server, ward: str, clock: Clock
):
    lead = signed_in(server, ward, Role.ADMIN, clock)
    try:
        users.add_user(
            lead, username="nora", display_name="Nora", role="nurse", password="nora-pass-12345"
        )
        settings.save_workstation_settings(lead, lock_minutes=10, keep_days=7)
        products.set_local_value(lead, "privigen", LocalField.MAX_RATE, 6.0, "Protocol v2")
        assert audit.verify(lead).intact
    finally:
        lead.store.close()
    with raw(server, ward, Role.ADMIN) as conn:
        for statement in ("UPDATE patients SET name = 'x'", "DELETE FROM users"):
            with pytest.raises(pg.InsufficientPrivilege):
                conn.execute(statement)


def test_a_database_migrated_before_the_setup_passes_to_the_owner_and_its_groups(
    server: Server, clock: Clock
):
    # As a database moved to the server by its administrator: migrated by another role.
    with pg_server.throwaway(server.base) as url:
        open_context(url, clock=clock).store.close()
        name = conninfo_to_dict(url)["dbname"]
        setup(server.base, "--database", name, "--owner", server.owner)
        nurse = open_context(server.url(server.logins[Role.NURSE], name), clock=clock)
        try:
            patients.register_patient(nurse, patient())
            assert audit.verify(nurse).intact
        finally:
            nurse.store.close()
        with psycopg.connect(url, autocommit=True) as conn:
            owners = conn.execute(
                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class"
                " WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')"
            ).fetchall()
        assert owners == [(server.owner,)]


def test_every_table_is_granted_as_what_it_is(pg_template: tuple[str, str]):
    base, template = pg_template
    with psycopg.connect(pg_server.url_for(base, template)) as conn:
        tables = {
            str(r[0])
            for r in conn.execute(
                "SELECT relname FROM pg_class"
                " WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
            )
        }
    assert set(access.CLINICAL) | set(access.CONFIGURATION) == set(AUDITED)
    named = set(AUDITED) | set(access.DERIVED) | {"audit_log", LOG_TABLE}
    assert tables == named
    # Nobody deletes from an audited table, and only derived state loses rows.
    deleting = {t for _g, t, privileges in access.grants() if "DELETE" in privileges}
    assert deleting == {"alert_state"}
