"""Shared fixtures: the shipped catalogue and growth table, and a risk context."""

from __future__ import annotations

import os
import tempfile

# Qt must never look for a display in tests (STACK.md): set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may touch the real user's data folder (default database, logs, backups).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="ivigmon-test-data-")
os.environ.pop("IVIGMON_DB", None)
os.environ.pop("IVIGMON_USER", None)
os.environ.pop("IVIGMON_PASSWORD", None)

import pytest

from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.products import Product
from ivigmon.domain.risk import RiskContext
from ivigmon.domain.settings import RiskSettings
from ivigmon.services.reference_data import growth_reference, read_products


@pytest.fixture(scope="session")
def products() -> dict[str, Product]:
    return {p.id: p for p in read_products()}


@pytest.fixture(scope="session")
def growth() -> GrowthReference:
    return growth_reference()


@pytest.fixture
def risk_ctx(products: dict[str, Product], growth: GrowthReference) -> RiskContext:
    return RiskContext(products=products, growth=growth, settings=RiskSettings())
