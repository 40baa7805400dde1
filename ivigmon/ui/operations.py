"""Runs service calls off the GUI thread and hands their outcome back on the GUI thread.

A save can wait up to half a minute for the write lock of another program using the same file
(another ivigmon window, a command, another user on this computer); done in the GUI thread,
that wait would freeze every window. Saves run in one worker thread (they stay in the order they
were asked for); the form that asked keeps what was typed and says that it is saving. Slow reads
(a page's rows) run on two other threads; when a page asks again before an answer came, only the
newest answer is shown.
"""

from __future__ import annotations

import atexit
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.form_fields import FormFields

T = TypeVar("T")

# A save that takes longer than this says so (a quick one never flickers).
BUSY_NOTE_AFTER_MS = 400
BUSY_NOTE = QT_TRANSLATE_NOOP(
    "operations",
    "Saving… another ivigmon window or user on this computer may be saving; what you typed is"
    " kept.",
)


@dataclass(eq=False)
class Operation(Generic[T]):
    """One service call: where its outcome goes, and (once known) whether it succeeded."""

    owner: QObject
    work: Callable[[], T]
    on_success: Callable[[T], None]
    on_failure: Callable[[Exception], None]
    on_busy: Callable[[bool], None] | None = None
    busy_shown: bool = False
    done: bool = False
    succeeded: bool | None = None
    read: bool = False


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signal reaches it there (a queued connection)."""

    done = Signal(int, object, object)  # operation key, result, error
    failed = Signal(object)  # every expected failure, as it is handed back (see on_failures)


class _Job(QRunnable):
    def __init__(self, key: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.key = key
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the GUI thread, never lost
            self.relay.done.emit(self.key, None, error)
        else:
            self.relay.done.emit(self.key, result, None)


class _Operations:
    """The one worker thread and the operations waiting for their outcome."""

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)  # writes run one after the other, in order
        self.reads = QThreadPool()
        self.reads.setMaxThreadCount(2)
        for pool in (self.pool, self.reads):
            # Each thread keeps its own database connection: threads are never retired.
            pool.setExpiryTimeout(-1)
        self.relay = _Relay()
        self.relay.done.connect(self._deliver)
        self.running: dict[int, Operation[Any]] = {}
        # The newest read asked by each owner; an older answer is not shown.
        self.newest: dict[int, int] = {}
        self.keys = itertools.count(1)
        # A write under way when the program ends is finished, not cut off.
        atexit.register(self.pool.waitForDone)
        atexit.register(self.reads.waitForDone)

    def start(self, operation: Operation[Any]) -> None:
        key = next(self.keys)
        self.running[key] = operation
        if operation.read:
            self.newest[id(operation.owner)] = key
            self.reads.start(_Job(key, operation.work, self.relay))
            return
        QTimer.singleShot(BUSY_NOTE_AFTER_MS, lambda: self._show_busy(key))
        self.pool.start(_Job(key, operation.work, self.relay))

    def _show_busy(self, key: int) -> None:
        operation = self.running.get(key)
        if operation is None or operation.on_busy is None:
            return
        if shiboken6.isValid(operation.owner):
            operation.busy_shown = True
            operation.on_busy(True)

    def _deliver(self, key: int, result: object, error: object) -> None:
        """On the GUI thread: hand the outcome to the form that asked (if it still exists)."""
        operation = self.running.pop(key)
        operation.done = True
        operation.succeeded = error is None
        if isinstance(error, EXPECTED_ERRORS):
            self.relay.failed.emit(error)
        if not shiboken6.isValid(operation.owner):
            return  # the form was closed meanwhile; what was saved stays saved
        if operation.read and self.newest.get(id(operation.owner)) != key:
            return  # a newer read of the same page is on its way
        if operation.busy_shown and operation.on_busy is not None:
            operation.on_busy(False)
        if error is None:
            operation.on_success(result)
        elif isinstance(error, EXPECTED_ERRORS):
            operation.on_failure(error)
        else:
            raise error  # type: ignore[misc]  # a bug: it surfaces like any GUI-thread error


_operations: _Operations | None = None


def _shared() -> _Operations:
    global _operations
    if _operations is None:
        _operations = _Operations()
    return _operations


def run_operation(
    owner: QObject,
    work: Callable[[], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[Exception], None],
    on_busy: Callable[[bool], None] | None = None,
) -> Operation[T] | None:
    """Run `work` (one service call, one transaction) off the GUI thread.

    `on_success(result)` or `on_failure(error)` runs later on the GUI thread; `on_busy(True)`
    when the call takes long enough to be noticed, `on_busy(False)` before the outcome. None
    when `owner` already has an operation running (a second press of Save is ignored).
    """
    if is_busy(owner):
        return None
    operation = Operation(owner, work, on_success, on_failure, on_busy)
    _shared().start(operation)
    return operation


def run_read(
    owner: QObject,
    work: Callable[[], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[Exception], None],
) -> Operation[T]:
    """Run a read (one query, or a few in one snapshot) off the GUI thread; only the answer
    to `owner`'s newest read reaches `on_success` or `on_failure`, on the GUI thread."""
    operation = Operation(owner, work, on_success, on_failure, read=True)
    _shared().start(operation)
    return operation


def on_failures(slot: Callable[[Exception], None]) -> None:
    """Call `slot` (a QObject's method: disconnected with it) with every expected failure of a
    save or a read, on the GUI thread, before the form that asked shows it: the main window
    asks whether the ward server still answers when one says it does not."""
    _shared().relay.failed.connect(slot)


def is_busy(owner: QObject) -> bool:
    """Whether `owner` has a save on its way."""
    return _operations is not None and any(
        op.owner is owner and not op.read for op in _operations.running.values()
    )


def pending() -> int:
    """How many operations have not yet handed over their outcome."""
    return 0 if _operations is None else len(_operations.running)


def wait_for_worker(msecs: int = 60_000) -> bool:
    """Block until the workers are idle (at shutdown, so that no write is cut off)."""
    if _operations is None:
        return True
    return _operations.pool.waitForDone(msecs) and _operations.reads.waitForDone(msecs)


def save_form(
    owner: QObject,
    fields: FormFields,
    work: Callable[[], T],
    on_saved: Callable[[T], None],
    *,
    button: QWidget | None = None,
) -> Operation[T] | None:
    """`run_operation` for a form: a failure is shown beside its field; while the save waits,
    the form's message line says so and `button` is disabled (so it is not pressed twice)."""

    def busy(waiting: bool) -> None:
        if button is not None:
            button.setEnabled(not waiting)
        if waiting:
            fields.bar.show_message(QCoreApplication.translate("operations", BUSY_NOTE), "info")
        else:
            fields.bar.clear_message()

    return run_operation(
        owner, work, on_success=on_saved, on_failure=fields.show_error, on_busy=busy
    )
