"""Fast random draws for the national service generator, which draws millions of them."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A table of (item, weight) drawn with one `random()` and a bisect.

    `random.choices` rebuilds its cumulative weights on every call; the generator draws from the
    same few tables about a hundred million times, so the table keeps them.
    """

    def __init__(self, options: Sequence[tuple[T, float]]) -> None:
        if not options or any(weight < 0 for _, weight in options):
            raise ValueError("a weighted table needs options with weights of 0 or more")
        self.items: tuple[T, ...] = tuple(item for item, _ in options)
        self._cumulative = list(itertools.accumulate(weight for _, weight in options))
        self._total = self._cumulative[-1]
        if self._total <= 0:
            raise ValueError("a weighted table needs a positive total weight")

    def pick(self, rng: random.Random) -> T:
        index = bisect.bisect_right(self._cumulative, rng.random() * self._total)
        return self.items[min(index, len(self.items) - 1)]


def uniform(rng: random.Random, low: float, high: float) -> float:
    return low + (high - low) * rng.random()


def below(rng: random.Random, n: int) -> int:
    """A whole number from 0 to n - 1 (`randrange` costs several times as much)."""
    return int(rng.random() * n)


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p
