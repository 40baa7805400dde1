"""The explicit context every service receives: the store, the clock, the user, the settings."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.products import Product
from ivigmon.domain.risk import RiskContext
from ivigmon.domain.roles import ROLE_PLURALS, Permission, Role, allows
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.domain.timefmt import to_stored
from ivigmon.services import settings as settings_service
from ivigmon.services.errors import PERMISSION_TEXT, NotPermitted
from ivigmon.services.reference_data import growth_reference
from ivigmon.storage.catalogue import load_products
from ivigmon.storage.database import Store
from ivigmon.storage.patients import Stamp


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class Context:
    """Wiring shared by the command line and the desktop app (no globals)."""

    store: Store
    clock: Callable[[], datetime] = datetime.now
    user: str = field(default_factory=_default_user)
    role: Role | None = None
    # False while the database has no user accounts yet (first start): nothing is restricted.
    accounts: bool = False
    _products: dict[str, Product] | None = field(default=None, repr=False)
    _risk: RiskSettings | None = field(default=None, repr=False)
    _checks: CheckSettings | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.act_as(self.user, self.role)

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
            raise NotPermitted("user", self.user, f"{who} may not {PERMISSION_TEXT[permission]}")

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def stamp(self) -> Stamp:
        return Stamp(at=to_stored(self.now()), by=self.user)

    @property
    def growth(self) -> GrowthReference:
        return growth_reference()

    def products(self) -> dict[str, Product]:
        if self._products is None:
            with self.store.read() as conn:
                self._products = load_products(conn)
        return self._products

    def risk_settings(self) -> RiskSettings:
        if self._risk is None:
            self._risk, self._checks = settings_service.load(self.store)
        return self._risk

    def check_settings(self) -> CheckSettings:
        if self._checks is None:
            self._risk, self._checks = settings_service.load(self.store)
        return self._checks

    def risk_context(self) -> RiskContext:
        return RiskContext(
            products=self.products(), growth=self.growth, settings=self.risk_settings()
        )

    def forget_cached(self) -> None:
        """Re-read products and settings at next use (after they change)."""
        self._products = None
        self._risk = None
        self._checks = None
