"""Infusion numbers in order of start across the whole service, from an index of starts.

The generator makes patients batch by batch, but infusion ids must ascend with the start over
all patients (SPEC 5a orders infusions by start, then id). A first pass over the patients' plans
records every start here: 8 bytes per infusion, in one array per day, so the index of a million
infusions takes about 8 MB and no records.
"""

from __future__ import annotations

import bisect
from array import array
from datetime import datetime


class StartIndex:
    """Every (start, patient) of the service, sorted; an infusion's number is its place + 1."""

    def __init__(self, patients: int) -> None:
        # Within a day, a start is keyed by its minute and then its patient's number (ties by
        # start go by MRN, which follows the patient number).
        self._span = patients + 1
        self._days: dict[int, array[int]] = {}
        self._before: dict[int, int] = {}
        self.total = 0

    def _key(self, number: int, start: datetime) -> int:
        return (start.hour * 60 + start.minute) * self._span + number

    def add(self, number: int, start: datetime) -> None:
        day = start.toordinal()
        keys = self._days.get(day)
        if keys is None:
            keys = self._days[day] = array("q")
        keys.append(self._key(number, start))
        self.total += 1

    def freeze(self) -> None:
        """Sort each day and count the starts before it; call once, after the last `add`."""
        seen = 0
        for day in sorted(self._days):
            keys = array("q", sorted(self._days[day]))
            self._days[day] = keys
            self._before[day] = seen
            seen += len(keys)

    def number(self, number: int, start: datetime) -> int:
        """The 1-based place of this patient's infusion starting at `start`."""
        day = start.toordinal()
        return self._before[day] + bisect.bisect_left(self._days[day], self._key(number, start)) + 1
