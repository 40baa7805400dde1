"""Who recorded a row and when: the stamp stored with every clinical row."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stamp:
    """Who recorded a row, and when (stored with every clinical row)."""

    at: str
    by: str
