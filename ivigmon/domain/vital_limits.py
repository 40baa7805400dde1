"""The age-banded vital-sign limits of `resources/paediatric_vital_signs.csv`, as typed data.

The file (Bedside PEWS: Parshuram CS et al., Crit Care 2009;13:R135, Table 1) is read in
`storage.reference_files`; the rules use the parsed `VitalLimits` and never read files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from ivigmon.domain.codes import VitalLevel, VitalSign
from ivigmon.domain.phrases import Phrase, say
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

# The signs the file holds; temperature and SpO2 have fixed limits in `vital_levels`.
BANDED_SIGNS: tuple[VitalSign, ...] = (VitalSign.HR, VitalSign.RR, VitalSign.SBP)
# The file's source, as a reason names it.
BANDS_SOURCE = QT_TRANSLATE_NOOP("reasons", "Bedside PEWS, Parshuram 2009")


@dataclass(frozen=True)
class VitalBand:
    """One row of the file: the limits of one sign for one age band (completed months).

    A value is outside a level when it is <= that level's low limit or >= its high limit; an
    empty limit (None) is never reached.
    """

    sign: VitalSign
    unit: str
    age_from_months: int
    age_to_months: int | None
    watch_low: float | None
    watch_high: float | None
    alert_low: float | None
    alert_high: float | None
    urgent_low: float | None
    urgent_high: float | None
    source: str

    def contains(self, age_months: int) -> bool:
        """`age_from_months` <= age < `age_to_months` (no upper end when it is None)."""
        upper = self.age_to_months
        return self.age_from_months <= age_months and (upper is None or age_months < upper)

    def limits(self, level: VitalLevel) -> tuple[float | None, float | None]:
        """The (low, high) limits of `watch`, `alert` or `urgent`."""
        if level is VitalLevel.URGENT:
            return self.urgent_low, self.urgent_high
        if level is VitalLevel.ALERT:
            return self.alert_low, self.alert_high
        if level is VitalLevel.WATCH:
            return self.watch_low, self.watch_high
        raise KeyError(level)

    @cached_property
    def _worst_first(self) -> tuple[tuple[VitalLevel, float | None, float | None], ...]:
        return tuple(
            (level, *self.limits(level))
            for level in (VitalLevel.URGENT, VitalLevel.ALERT, VitalLevel.WATCH)
        )

    def reached(self, value: float) -> tuple[VitalLevel, str, float]:
        """The worst level `value` reaches, the side (`>=` or `<=`, empty for none) and the
        limit it reached (`>=`, 180)."""
        for level, low, high in self._worst_first:
            if low is not None and value <= low:
                return level, "<=", low
            if high is not None and value >= high:
                return level, ">=", high
        return VitalLevel.NONE, "", 0.0

    @property
    def age_text(self) -> str:
        """The band in words: `age 0-2 months`, `age 1-3 y`, `age 13 y and over`."""
        return self.age_phrase.english

    @property
    def age_phrase(self) -> Phrase:
        """`age_text` as a phrase, for the screens to say in their language."""
        low, high = self.age_from_months, self.age_to_months
        if high is None:
            if low % 12 == 0:
                return say(QT_TRANSLATE_NOOP("reasons", "age {low} y and over"), low=low // 12)
            return say(QT_TRANSLATE_NOOP("reasons", "age {low} months and over"), low=low)
        if low % 12 == 0 and high % 12 == 0 and low >= 12:
            return say(
                QT_TRANSLATE_NOOP("reasons", "age {low}-{high} y"),
                low=low // 12,
                high=high // 12 - 1,
            )
        return say(QT_TRANSLATE_NOOP("reasons", "age {low}-{high} months"), low=low, high=high - 1)


class VitalLimits:
    """Every band of every banded sign; refuses a table with a gap, an overlap or bad order."""

    def __init__(self, bands: Iterable[VitalBand]) -> None:
        self._bands: dict[VitalSign, list[VitalBand]] = {sign: [] for sign in BANDED_SIGNS}
        for band in bands:
            if band.sign not in self._bands:
                raise ValueError(f"vital-sign limits: {band.sign.value} has no banded limits")
            self._bands[band.sign].append(band)
        # Bands already looked up, by sign and age: a few thousand at most.
        self._found: dict[tuple[VitalSign, int], VitalBand] = {}
        for sign, rows in self._bands.items():
            rows.sort(key=lambda b: b.age_from_months)
            _check_coverage(sign, rows)
            for row in rows:
                _check_order(row)

    def band(self, sign: VitalSign, age_months: int) -> VitalBand:
        """The band of `sign` that holds this age in completed months."""
        found = self._found.get((sign, age_months))
        if found is not None:
            return found
        for band in self._bands[sign]:
            if band.contains(age_months):
                self._found[(sign, age_months)] = band
                return band
        raise ValueError(f"vital-sign limits: no {sign.value} band for age {age_months} months")

    def bands(self, sign: VitalSign) -> tuple[VitalBand, ...]:
        return tuple(self._bands[sign])


def _check_coverage(sign: VitalSign, rows: list[VitalBand]) -> None:
    """From 0 months, each band starting where the last ended, the last one open-ended."""
    expected: int | None = 0
    for row in rows:
        if expected is None or row.age_from_months != expected:
            raise ValueError(
                f"vital-sign limits: {sign.value} bands leave a gap or overlap at "
                f"{row.age_from_months} months"
            )
        expected = row.age_to_months
    if expected is not None:
        raise ValueError(f"vital-sign limits: {sign.value} has no band from {expected} months")


def _check_order(row: VitalBand) -> None:
    """Urgent outside alert outside watch, on both sides."""
    lows = [v for v in (row.urgent_low, row.alert_low, row.watch_low) if v is not None]
    highs = [v for v in (row.watch_high, row.alert_high, row.urgent_high) if v is not None]
    if lows != sorted(lows) or highs != sorted(highs) or (lows and highs and lows[-1] >= highs[0]):
        raise ValueError(
            f"vital-sign limits: {row.sign.value} at {row.age_from_months} months: the limits"
            " are not in order (urgent outside alert outside watch)"
        )
