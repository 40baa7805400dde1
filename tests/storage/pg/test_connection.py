"""The server session's shim: what it sends is what the storage layer wrote."""

from __future__ import annotations

import pytest

from ivigmon.storage.pg.connection import connect


@pytest.mark.parametrize("engine", ["postgresql"])
def test_a_percent_sign_reaches_the_server_as_written_with_or_without_parameters(
    db_target: str,
):
    # Before: a statement without parameters reached the server with each % doubled, which
    # broke a PL/pgSQL body whose RAISE names its values with %.
    conn = connect(db_target)
    try:
        sql = "SELECT 'a%b' AS text, format('%s!', 'x') AS made, $q$c%d$q$ AS body"
        assert tuple(conn.execute(sql).fetchone()) == ("a%b", "x!", "c%d")
        assert tuple(conn.execute(sql + ", ? AS n", (1,)).fetchone()) == ("a%b", "x!", "c%d", 1)
    finally:
        conn.close()
