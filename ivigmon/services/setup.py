"""Opening a database for use: create or upgrade it, and add shipped products it lacks."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime

from ivigmon.services.context import Context
from ivigmon.services.reference_data import read_products
from ivigmon.storage.catalogue import add_missing_products, load_products
from ivigmon.storage.database import open_store
from ivigmon.storage.users import count_users


def open_context(
    path: str | os.PathLike[str],
    *,
    create: bool = True,
    read_only: bool = False,
    user: str | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Context:
    """`read_only` opens the file for viewing only (a file the user cannot write always is)."""
    store = open_store(path, create=create, read_only=read_only)
    try:
        shipped = read_products()
        with store.read() as conn:
            have = set(load_products(conn))
        if not store.read_only and any(p.id not in have for p in shipped):
            with store.write() as conn:
                add_missing_products(conn, shipped)
    except BaseException:
        store.close()
        raise
    ctx = Context(store=store, clock=clock or datetime.now)
    if user is not None:
        ctx.act_as(user, None)
    with store.read() as conn:
        ctx.accounts = count_users(conn) > 0
    return ctx
