"""GUI fixtures: the app's events, showing windows, keyboard helpers, and user accounts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ivigmon.services import users
from ivigmon.services.context import Context
from ivigmon.ui.events import DataEvents
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.language import ENGLISH, POLISH, install_language
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.theme import apply_theme

# The offscreen platform warns whenever a window with a layout is shown; it is not a fault.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def themed(qapp: QApplication) -> None:
    """The app's look, in English (its plural forms too: `1 check`, `2 checks`)."""
    apply_theme(qapp)
    install_language(qapp, ENGLISH)


@pytest.fixture
def events(qapp: QApplication) -> DataEvents:
    return DataEvents()


@pytest.fixture
def show(qtbot) -> Iterator[Callable[[QWidget], QWidget]]:
    """Show a top-level widget; close whatever is still open at the end of the test."""
    opened: list[QWidget] = []

    def _show(widget: QWidget) -> QWidget:
        opened.append(widget)
        widget.show()
        qtbot.waitExposed(widget)
        activate(qtbot, widget)
        settle(qtbot)  # the pages' first reads run off the GUI thread
        return widget

    yield _show
    for widget in reversed(opened):
        if not shiboken6.isValid(widget):
            continue
        if isinstance(widget, MainWindow):
            for window in widget.bedside.values():
                window.discard_confirmed = True
        if isinstance(widget, InfusionWindow):
            widget.discard_confirmed = True
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


def activate(qtbot, window: QWidget) -> None:
    """Make `window` the active window, so that its keyboard shortcuts work."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_here(qtbot, text: str) -> None:
    """Type into whatever has the focus, as a user at the keyboard does."""
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


# Accounts for the tests of roles, the lock and the users page: (user name, role, password).
ACCOUNTS = (
    ("lead", "admin", "lead-pass-1"),
    ("nora", "nurse", "nora-pass-1"),
    ("desk", "ward_staff", "desk-pass-1"),
)
PASSWORDS = {name: password for name, _role, password in ACCOUNTS}
DISPLAY_NAMES = {"lead": "Lena Lead", "nora": "Nora Nurse", "desk": "Ward Desk"}


def add_accounts(ctx: Context, *, sign_in: str | None = None) -> None:
    """The administrator first (the context then acts as it), then a nurse and ward staff."""
    for name, role, password in ACCOUNTS:
        users.add_user(
            ctx, username=name, display_name=DISPLAY_NAMES[name], role=role, password=password
        )
    if sign_in is not None:
        users.sign_in(ctx, sign_in, PASSWORDS[sign_in])


def outcome(qtbot, operation) -> bool:
    """Wait for a save that runs off the GUI thread; True when it was stored.

    None (the form refused before saving) counts as not stored.
    """
    if operation is None:
        return False
    qtbot.waitUntil(lambda: operation.done, timeout=40_000)
    return bool(operation.succeeded)


@pytest.fixture(autouse=True)
def no_save_left_behind(qtbot):
    """Every test waits for its saves; none may still be running when it ends."""
    yield
    from ivigmon.ui import operations

    qtbot.waitUntil(lambda: operations.pending() == 0, timeout=40_000)


def settle(qtbot) -> None:
    """Wait until every save started by a key press or a click has handed over its outcome."""
    from ivigmon.ui import operations

    qtbot.waitUntil(lambda: operations.pending() == 0, timeout=40_000)


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, POLISH)
    yield
    install_language(qapp, ENGLISH)
