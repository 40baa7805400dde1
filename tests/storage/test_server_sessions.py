"""Sessions the ward server ended while they sat idle (a restart, an administrator): the next
read and the next save of the workstation open new ones instead of failing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ivigmon.services import patients
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import ServerUnavailable
from tests import pg_server
from tests.factories import NOW, Clock, make_patient
from tests.server_outage import end_sessions, server_away


@pytest.fixture
def server(pg_template: tuple[str, str]) -> Iterator[tuple[str, str, Context]]:
    """(the test server's URL, a fresh ward database on it, a workstation open on it)."""
    base, template = pg_template
    with pg_server.throwaway(base, template) as url:
        ctx = open_context(url, clock=Clock(NOW), user="nurse.test")
        try:
            yield base, url, ctx
        finally:
            ctx.store.close()


def test_after_the_server_ended_every_session_the_next_read_and_save_work(server):
    base, url, ctx = server
    make_patient(ctx, "K-0001")
    assert end_sessions(base, url) >= 1
    assert patients.patient_names(ctx, ["K-0001"]) == {"K-0001": "Ada Nowak"}
    end_sessions(base, url)
    make_patient(ctx, "K-0002")
    assert patients.patient_names(ctx, ["K-0002"]) == {"K-0002": "Ada Nowak"}


def test_while_the_server_is_away_nothing_is_saved_and_it_says_so(server):
    base, url, ctx = server
    with server_away(base, url):
        with pytest.raises(ServerUnavailable, match="cannot be reached; nothing was saved"):
            make_patient(ctx, "K-0001")
        with pytest.raises(ServerUnavailable):
            patients.patient_names(ctx, ["K-0001"])
    assert patients.patient_names(ctx, ["K-0001"]) == {}
    make_patient(ctx, "K-0001")
