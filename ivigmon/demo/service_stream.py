"""The national service generated in a second process while this one writes it.

Generating a million infusions and writing them each take minutes of one core: side by side on
two cores they take the longer of the two. At most two batches wait in the queue, so memory stays
bounded however large the service. With one core, or where a second process cannot be made, the
batches are generated here instead.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Iterator
from datetime import datetime
from typing import Any, NamedTuple

from ivigmon.demo.service import ServiceBatch, generate_service

# Batches made ahead of the writer.
AHEAD = 2
_DONE = "done"


def service_batches(
    *, patients: int, seed: int, now: datetime, years: float
) -> Iterator[ServiceBatch]:
    """`generate_service`'s batches, made in a second process when there is a core for it."""
    arguments = _Arguments(patients=patients, seed=seed, now=now, years=years)
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from _generate(arguments)
        return
    context = multiprocessing.get_context("fork")
    waiting: multiprocessing.Queue[Any] = context.Queue(maxsize=AHEAD)
    maker = context.Process(target=_make, args=(waiting, arguments), daemon=True)
    maker.start()
    try:
        while True:
            try:
                item = waiting.get(timeout=600)
            except queue.Empty:
                raise RuntimeError("the demo service generator stopped answering") from None
            if isinstance(item, str) and item == _DONE:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        if maker.is_alive():
            maker.terminate()
        maker.join()


class _Arguments(NamedTuple):
    patients: int
    seed: int
    now: datetime
    years: float


def _generate(arguments: _Arguments) -> Iterator[ServiceBatch]:
    return generate_service(
        patients=arguments.patients, seed=arguments.seed, now=arguments.now, years=arguments.years
    )


def _make(waiting: multiprocessing.Queue[Any], arguments: _Arguments) -> None:
    try:
        for batch in _generate(arguments):
            waiting.put(batch)
    except Exception as error:  # handed to the writer, which raises it
        waiting.put(error)
        return
    waiting.put(_DONE)
