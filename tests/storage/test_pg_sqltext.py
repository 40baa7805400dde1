"""The storage layer's SQLite-style parameters in psycopg's form (storage/pg/sqltext.py)."""

from __future__ import annotations

from typing import Any

import pytest

from ivigmon.storage.pg.sqltext import translate


@pytest.mark.parametrize(
    ("sql", "params", "expected_sql", "expected_params"),
    [
        (
            "SELECT a FROM t WHERE x = ? AND y = ?",
            (1, 2),
            "SELECT a FROM t WHERE x = %s AND y = %s",
            [1, 2],
        ),
        # A numbered parameter may be used twice and out of order.
        ("SELECT ?2, ?1, ?2", ("a", "b"), "SELECT %s, %s, %s", ["b", "a", "b"]),
        ("SELECT x FROM t WHERE k = :k", {"k": 5}, "SELECT x FROM t WHERE k = %(k)s", {"k": 5}),
        # A `?` or `:name` inside a literal, a quoted name or a comment is text, not a parameter;
        # every % is doubled, for psycopg reads it everywhere.
        (
            "SELECT '?:k%' FROM t WHERE a LIKE ?",
            ("x%",),
            "SELECT '?:k%%' FROM t WHERE a LIKE %s",
            ["x%"],
        ),
        (
            'SELECT "a?b" FROM t -- why? 5% :k\nWHERE b = ?',
            (1,),
            'SELECT "a?b" FROM t -- why? 5%% :k\nWHERE b = %s',
            [1],
        ),
        ("SELECT 'it''s ?' , ?", (1,), "SELECT 'it''s ?' , %s", [1]),
        (
            "SELECT x::text FROM t WHERE y = :y",
            {"y": 1},
            "SELECT x::text FROM t WHERE y = %(y)s",
            {"y": 1},
        ),
        ("SELECT 7 % 2", None, "SELECT 7 %% 2", None),
        # A list bound as one JSON text is bound as the list itself, matched with = ANY.
        (
            "SELECT id FROM p WHERE id IN (SELECT value FROM json_each(?)) AND b = ?",
            ("[1, 2]", 3),
            "SELECT id FROM p WHERE id = ANY(%s) AND b = %s",
            [[1, 2], 3],
        ),
        (
            "SELECT id FROM p WHERE id IN (SELECT value FROM json_each(:ids))",
            {"ids": '["a"]'},
            "SELECT id FROM p WHERE id = ANY(%(ids)s)",
            {"ids": ["a"]},
        ),
        # Text that cannot be sent (a lone surrogate) matches no stored value: left out.
        (
            "SELECT id FROM p WHERE id IN (SELECT value FROM json_each(?))",
            ('["a", "\\ud800"]',),
            "SELECT id FROM p WHERE id = ANY(%s)",
            [["a"]],
        ),
        # A PL/pgSQL body is copied whole.
        (
            "CREATE FUNCTION f() AS $body$ x ? y $body$",
            None,
            "CREATE FUNCTION f() AS $body$ x ? y $body$",
            None,
        ),
    ],
)
def test_parameters_are_written_as_psycopg_binds_them(
    sql: str, params: Any, expected_sql: str, expected_params: Any
):
    statement = translate(sql)
    assert statement.sql == expected_sql
    assert (statement.arrange(params) if params is not None else None) == expected_params


def test_one_statement_never_mixes_positional_and_named_parameters():
    with pytest.raises(ValueError, match="either"):
        translate("SELECT ? , :k")
