"""Shared fixtures: the shipped catalogue and growth table, a fixed clock and a fresh database."""

from __future__ import annotations

import os
import sys
import tempfile

# Qt must never look for a display in tests (STACK.md): set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may touch the real user's data folder (default database, logs, backups).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="ivigmon-test-data-")
# Nor this computer's settings (the language of the screens is kept there).
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ivigmon-test-config-")
os.environ.pop("IVIGMON_DB", None)
os.environ.pop("IVIGMON_USER", None)
os.environ.pop("IVIGMON_PASSWORD", None)

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.products import Product
from ivigmon.domain.risk import RiskContext
from ivigmon.domain.settings import RiskSettings
from ivigmon.domain.vital_limits import VitalLimits
from ivigmon.services import users
from ivigmon.services.catalogue import growth_reference, shipped_products
from ivigmon.services.context import Context, open_context
from ivigmon.storage.reference_files import vital_sign_limits

from . import pg_server
from .factories import NOW, Clock


@pytest.fixture(scope="session")
def products() -> dict[str, Product]:
    return {p.id: p for p in shipped_products()}


@pytest.fixture(scope="session")
def growth() -> GrowthReference:
    return growth_reference()


@pytest.fixture(scope="session")
def limits() -> VitalLimits:
    """The shipped vital-sign limits (Bedside PEWS age bands)."""
    return vital_sign_limits()


@pytest.fixture
def risk_ctx(products: dict[str, Product], growth: GrowthReference) -> RiskContext:
    return RiskContext(products=products, growth=growth, settings=RiskSettings())


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ward.db"


# The storage and service tests that need only a ward database (not its file) run on both
# engines: an SQLite file and a database on the test PostgreSQL server (tests/pg_server.py).
BOTH_ENGINES = ("tests/storage/", "tests/services/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames or "db_path" in metafunc.fixturenames:
        return
    if any("engine" in m.args[0] for m in metafunc.definition.iter_markers("parametrize")):
        return  # a test of one engine's own machinery names it
    path = str(metafunc.definition.path).replace(os.sep, "/")
    if any(f"/{part}" in path for part in BOTH_ENGINES):
        metafunc.parametrize("engine", ["sqlite", "postgresql"])


@pytest.fixture
def engine() -> str:
    """The engine of the test's ward database (both, where pytest_generate_tests says so)."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(server URL, template name): a migrated ward database with the shipped catalogue."""
    base = pg_server.server_url()
    if base is None:
        if os.environ.get("IVIGMON_TEST_PG_REQUIRED"):
            pytest.fail(f"{pg_server.ENV} is not set: the run was asked for both engines")
        pytest.skip(f"no test PostgreSQL server ({pg_server.ENV} is not set)")
    name = pg_server.new_name("ivigmon_tpl")
    url = pg_server.create_database(base, name)
    try:
        # On the tests' clock, as `ctx` makes a file: the catalogue's audit entries must not be
        # later than what a test records at NOW.
        open_context(url, clock=Clock(NOW)).store.close()
        yield base, name
    finally:
        pg_server.drop_database(base, name)


@pytest.fixture
def db_target(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where the test's ward database lives: a file, or a database on the test server."""
    if engine == "sqlite":
        yield str(tmp_path / "ward.db")
        return
    base, template = request.getfixturevalue("pg_template")
    with pg_server.throwaway(base, template) as url:
        yield url


@pytest.fixture
def empty_target(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where a new ward database is made on first opening: a file in a folder of its own (not
    made yet), or an empty database on the test server."""
    if engine == "sqlite":
        folder = tmp_path / "ward"
        folder.mkdir()
        yield str(folder / "ward.db")
        return
    base, _template = request.getfixturevalue("pg_template")
    with pg_server.throwaway(base) as url:
        yield url


@pytest.fixture
def ctx(db_target: str, clock: Clock) -> Iterator[Context]:
    """A fresh ward database (no accounts) acting as `nurse.test` on the test's clock."""
    context = open_context(db_target, clock=clock, user="nurse.test")
    yield context
    context.store.close()


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Without pytest-qt (`-p no:pytest-qt`), its settings in pyproject.toml are known but
    unused, so that `--strict-config` does not refuse them."""
    if not pluginmanager.has_plugin("pytest-qt"):
        parser.addini("qt_api", "pytest-qt's Qt binding (unused without pytest-qt)")
        parser.addini("qt_log_level_fail", "pytest-qt's log level (unused without pytest-qt)")


@pytest.fixture(autouse=True)
def _no_qt_in_qt_free_run(request: pytest.FixtureRequest) -> Iterator[None]:
    """A run without pytest-qt (the Qt-free layers: `-p no:pytest-qt`) must not import Qt.

    Checked after every test, in whichever process ran it (so the run may use xdist), which
    also names the first test that brought Qt in."""
    yield
    if request.config.pluginmanager.has_plugin("pytest-qt"):
        return
    if "PySide6" in sys.modules:
        pytest.fail("Qt was imported during a run of the Qt-free layers", pytrace=False)


@pytest.fixture
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Cheap argon2 parameters, for tests that check many passwords: what they test (counts,
    waits, locks, which hash is checked) does not depend on the cost of one check."""
    monkeypatch.setattr(users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=1024))
    users._dummy_hash.cache_clear()
    yield
    users._dummy_hash.cache_clear()
