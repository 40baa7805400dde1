"""The explicit context every service receives (store, clock, user, settings), and opening one."""

from __future__ import annotations

import getpass
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.local_limits import in_force
from ivigmon.domain.products import Product
from ivigmon.domain.risk import RiskContext
from ivigmon.domain.roles import ROLE_PLURALS, Permission, Role, allows
from ivigmon.domain.settings import AlertSettings, CheckSettings, RiskSettings
from ivigmon.domain.timefmt import to_stored
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.catalogue import growth_reference, shipped_products
from ivigmon.services.errors import PERMISSION_TEXT, NotPermitted
from ivigmon.services.state import report_state, screen_state
from ivigmon.storage.catalogue import (
    add_missing_products,
    add_missing_titration,
    load_local_values,
    load_products,
)
from ivigmon.storage.database import Store, open_store
from ivigmon.storage.engine import is_server
from ivigmon.storage.settings_store import load_alert_settings, load_rule_settings
from ivigmon.storage.stamp import Stamp
from ivigmon.storage.users import count_users

# Without user accounts (a database before its first administrator) nobody has signed in: what
# is recorded is attributed to the operating-system account, marked so that nobody takes it for
# a signed-in user (user names cannot contain ":").
OS_USER_PREFIX = "os:"
# Longer or unprintable names (from the environment) are not names: they are not kept.
OS_USER_MAX = 64


def _default_user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = ""
    if not name or len(name) > OS_USER_MAX or not name.isprintable():
        name = "unknown"
    return OS_USER_PREFIX + name


@dataclass
class Context:
    """Wiring shared by the command line and the desktop app (no globals)."""

    store: Store
    clock: Callable[[], datetime] = datetime.now
    # How the services pause (a failed sign-in answers after a fixed time); tests record it.
    sleep: Callable[[float], None] = time.sleep
    user: str = field(default_factory=_default_user)
    role: Role | None = None
    # False while the database has no user accounts yet (first start): nothing is restricted.
    accounts: bool = False
    _products: dict[str, Product] | None = field(default=None, repr=False)
    _risk: RiskSettings | None = field(default=None, repr=False)
    _checks: CheckSettings | None = field(default=None, repr=False)
    _alerts: AlertSettings | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.act_as(self.user, self.role)

    @property
    def on_server(self) -> bool:
        """True when the ward database is on a server (several workstations), not a file."""
        return is_server(self.store.path)

    def act_as(self, user: str, role: Role | None) -> None:
        """Everything recorded from now on is attributed to `user`."""
        self.user = user
        self.role = role
        self.store.actor = user
        self.store.clock = self.now

    def require(self, permission: Permission) -> None:
        if self.accounts and self.role is None:
            raise NotPermitted("user", "sign-in", "sign in first")
        if not allows(self.role, permission):
            who = ROLE_PLURALS[self.role] if self.role else "this user"
            refused = NotPermitted(
                "user", self.user, f"{who} may not {PERMISSION_TEXT[permission]}"
            )
            refused.permission, refused.role = permission, self.role
            raise refused

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def stamp(self) -> Stamp:
        return Stamp(at=to_stored(self.now()), by=self.user)

    @property
    def growth(self) -> GrowthReference:
        return growth_reference()

    def products(self) -> dict[str, Product]:
        """Every product (retired ones too) with the limits in force: the label's, or the
        ward's local values where the label has none or a local maximum is lower (SPEC 11.1)."""
        if self._products is None:
            with self.store.read() as conn:
                labels = load_products(conn)
                local = load_local_values(conn)
            self._products = {pid: in_force(p, local.get(pid)) for pid, p in labels.items()}
        return self._products

    def risk_settings(self) -> RiskSettings:
        return self._rule_settings()[0]

    def check_settings(self) -> CheckSettings:
        return self._rule_settings()[1]

    def alert_settings(self) -> AlertSettings:
        if self._alerts is None:
            with self.store.read() as conn:
                self._alerts = load_alert_settings(conn)
        return self._alerts

    def _rule_settings(self) -> tuple[RiskSettings, CheckSettings]:
        if self._risk is None or self._checks is None:
            with self.store.read() as conn:
                self._risk, self._checks = load_rule_settings(conn)
        return self._risk, self._checks

    def risk_context(self) -> RiskContext:
        return RiskContext(
            products=self.products(), growth=self.growth, settings=self.risk_settings()
        )

    def forget_cached(self) -> None:
        """Re-read products and settings at next use (after they change)."""
        self._products = None
        self._risk = None
        self._checks = None
        self._alerts = None

    def read_only_reason(self) -> str | None:
        """None when the database can be changed; otherwise why it cannot, for the banner."""
        if not self.store.read_only:
            return None
        if not os.access(self.store.path, os.W_OK):
            return QT_TRANSLATE_NOOP("context", "this account has no permission to write the file")
        return QT_TRANSLATE_NOOP("context", "it was opened for viewing only")


def _lacks(stored: dict[str, Product], shipped: Product) -> bool:
    """Whether a shipped product, or its label titration, is not in the database yet."""
    have = stored.get(shipped.id)
    return have is None or (bool(shipped.titration_source) and not have.titration_source)


def open_context(
    path: str | os.PathLike[str],
    *,
    create: bool = True,
    read_only: bool = False,
    user: str | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Context:
    """Open (create or upgrade) a database and add the shipped products (and label titration)
    it lacks.

    `read_only` opens the file for viewing only (a file the user cannot write always is).
    """
    store = open_store(path, create=create, read_only=read_only)
    # The shipped products added below are audited at the context's time, like what follows.
    store.clock = clock or datetime.now
    try:
        shipped = shipped_products()
        with store.read() as conn:
            have = load_products(conn)
        if not store.read_only and any(_lacks(have, p) for p in shipped):
            with store.write() as conn:
                add_missing_products(conn, shipped)
                add_missing_titration(conn, shipped)
    except BaseException:
        store.close()
        raise
    ctx = Context(store=store, clock=clock or datetime.now)
    if user is not None:
        ctx.act_as(user, None)
    with store.read() as conn:
        ctx.accounts = count_users(conn) > 0
    if not store.read_only:
        # A new or upgraded database gets the state its screens read (once; quick when small).
        screen_state.ensure_built(ctx)
        screen_state.refresh_stale(ctx)
        report_state.ensure_built(ctx)
    return ctx
