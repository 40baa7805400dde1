"""Compact number formatting for reasons and messages."""

from __future__ import annotations


def fmt(value: float, places: int = 2) -> str:
    """`8`, `3.3`, `0.25`: at most `places` decimals, trailing zeros dropped."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"
