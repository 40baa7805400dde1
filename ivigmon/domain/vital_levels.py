"""The level of each vital sign of one record (SPEC 10.2 and 12), with its limit and source.

Heart rate, respiratory rate and systolic pressure use the age bands of `VitalLimits` (Bedside
PEWS); systolic pressure also the hypotension rule of Sampson 2006; temperature and SpO2 have
fixed limits. A level is `none`, `watch` (shown at the bedside only), `alert` or `urgent` (both
raise an alert).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from ivigmon.domain.age import completed_months
from ivigmon.domain.codes import VitalLevel, VitalSign
from ivigmon.domain.models import Infusion, Patient, VitalSigns
from ivigmon.domain.numbers import fmt
from ivigmon.domain.phrases import Num, Phrase, Phrases, english, fixed, joined, say
from ivigmon.domain.reason_names import LEVEL_WORDS, SIGN_WORDS, word
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.vital_limits import BANDS_SOURCE, VitalBand, VitalLimits

# --- Temperature (not in the file): compared after rounding to 0.1 C, half up (SPEC 12) --------
TEMP_STEP = Decimal("0.1")
# CTCAE v5 "fever" grade 1: 38.0 C or more (an alert when the baseline was below it or unknown).
FEVER_C = Decimal("38.0")
# ISBT 2011 febrile non-haemolytic transfusion reaction: a rise of 1.0 C or more over the
# pre-infusion value.
FEBRILE_RISE_C = Decimal("1.0")
# Bedside PEWS candidate items (Parshuram 2009): below 35.0 C is sub-score 2 (alert); below 36.0
# or above 38.5 C is sub-score 1 (watch; "above" is strict, SPEC 12).
HYPOTHERMIA_C = Decimal("35.0")
LOW_WATCH_C = Decimal("36.0")
HIGH_WATCH_C = Decimal("38.5")
PEWS_SOURCE = QT_TRANSLATE_NOOP("reasons", "Bedside PEWS, Parshuram 2009")

# --- SpO2 (not in the file), breathing room air -------------------------------------------------
# Paediatric triage model's SpO2 bands (red, orange, yellow) as reported in BMJ Open (first SpO2
# in children by emergency medical services, Table 4): < 85 urgent, 85-92 alert, 93-94 watch.
SPO2_URGENT_BELOW = 85
SPO2_ALERT_BELOW = 93
SPO2_WATCH_BELOW = 95
SPO2_SOURCE = QT_TRANSLATE_NOOP("reasons", "paediatric triage SpO2 bands, BMJ Open")

# --- Hypotension for age (systolic pressure; urgent whatever the baseline) ----------------------
# PALS: under 1 month (term neonates), below 60 mmHg.
NEONATE_SBP_BELOW = 60
# Sampson HA et al. (NIAID/FAAN), J Allergy Clin Immunol 2006;117:391-7: from 1 month to the first
# birthday below 70 mmHg; from 1 to 10 completed years below 70 + 2 x age; from 11 years below 90.
INFANT_SBP_BELOW = 70
CHILD_SBP_BASE = 70
CHILD_SBP_PER_YEAR = 2
CHILD_FORMULA_LAST_YEAR = 10
OLDER_SBP_BELOW = 90
# Sampson 2006: a fall of more than 30 % from the baseline, i.e. 10 x (baseline - value) >
# 3 x baseline in whole numbers (exactly 30 % is not a fall; SPEC 12).
FALL_TENTHS = 3
SAMPSON_SOURCE = QT_TRANSLATE_NOOP("reasons", "Sampson 2006, anaphylaxis criteria")
PALS_SOURCE = QT_TRANSLATE_NOOP("reasons", "PALS, term neonates")


@dataclass(frozen=True)
class VitalBaseline:
    """Per sign, the latest non-empty value at or before the infusion's start (None: unknown)."""

    temp_c: float | None = None
    hr: float | None = None
    rr: float | None = None
    sbp: float | None = None
    spo2: float | None = None

    def value(self, sign: VitalSign) -> float | None:
        return reading(self, sign)


@dataclass(frozen=True)
class SignLevel:
    """One sign of one record: its value, the level that counts, the limits reached and why.

    `note` says when an alert by the limits counts only as watch (the baseline was already there).
    """

    sign: VitalSign
    value: float
    level: VitalLevel
    limit_phrases: Phrases = ()
    note_phrase: Phrase | None = None

    @property
    def limits(self) -> tuple[str, ...]:
        """Each limit reached, with its source (`>= 180/min, age 0-2 months: Bedside PEWS, ...`)."""
        return tuple(p.english for p in self.limit_phrases)

    @property
    def note(self) -> str:
        return "" if self.note_phrase is None else self.note_phrase.english

    @property
    def text(self) -> str:
        """`heart rate 185/min: alert (>= 180/min, age 0-2 months: Bedside PEWS, ...)`."""
        return self.phrase.english

    @property
    def phrase(self) -> Phrase:
        """`text` as a phrase, for the screens to say in their language."""
        detail = [*self.limit_phrases, *([self.note_phrase] if self.note_phrase else [])]
        args = {
            "sign": word(SIGN_WORDS[self.sign]),
            "value": value_phrase(self.sign, self.value),
            "level": word(LEVEL_WORDS[self.level]),
        }
        if not detail:
            return say(QT_TRANSLATE_NOOP("reasons", "{sign} {value}: {level}"), **args)
        return say(
            QT_TRANSLATE_NOOP("reasons", "{sign} {value}: {level} ({detail})"),
            detail=joined("; ", detail),
            **args,
        )


@dataclass(frozen=True)
class VitalSignLevels:
    """Each recorded sign of one vital-sign record with its level; the record's is the worst."""

    at: datetime
    signs: tuple[SignLevel, ...] = ()

    @property
    def level(self) -> VitalLevel:
        return max((s.level for s in self.signs), key=lambda lv: lv.rank, default=VitalLevel.NONE)

    @property
    def outside(self) -> tuple[SignLevel, ...]:
        """The signs at watch or worse."""
        return tuple(s for s in self.signs if s.level is not VitalLevel.NONE)

    @property
    def reason(self) -> str:
        """Every sign at watch or worse with its level, value, limit and source."""
        return english(self.phrases)

    @property
    def phrases(self) -> Phrases:
        """`reason` as phrases, one per sign at watch or worse."""
        return tuple(s.phrase for s in self.outside)


def reading(record: VitalSigns | VitalBaseline, sign: VitalSign) -> float | None:
    value: float | None = getattr(record, sign.value)
    return value


def vital_baseline(infusion: Infusion) -> VitalBaseline:
    """SPEC 12: per sign, the latest non-empty value at or before the start, however old."""
    before = sorted((v for v in infusion.vitals if v.at <= infusion.start), key=lambda v: v.at)
    return VitalBaseline(
        temp_c=_latest(before, VitalSign.TEMP_C),
        hr=_latest(before, VitalSign.HR),
        rr=_latest(before, VitalSign.RR),
        sbp=_latest(before, VitalSign.SBP),
        spo2=_latest(before, VitalSign.SPO2),
    )


def _latest(records: Sequence[VitalSigns], sign: VitalSign) -> float | None:
    values = [value for value in (reading(r, sign) for r in records) if value is not None]
    return values[-1] if values else None


# Each sign with the field that holds it, listed once: a national service's alerts read
# millions of records.
_SIGN_FIELDS = tuple((sign, sign.value) for sign in VitalSign)
_TEMP, _SPO2, _SBP = VitalSign.TEMP_C, VitalSign.SPO2, VitalSign.SBP


def vital_sign_levels(
    record: VitalSigns, baseline: VitalBaseline, age_months: int, limits: VitalLimits
) -> VitalSignLevels:
    """The level of each sign of `record`, for a child of `age_months` completed months at the
    infusion's start, compared with the infusion's `baseline` (SPEC 10.2 and 12)."""
    signs: list[SignLevel] = []
    for sign, name in _SIGN_FIELDS:
        value: float | None = getattr(record, name)
        if value is None:
            continue
        if sign is _TEMP:
            signs.append(_temperature(value, baseline.temp_c))
        elif sign is _SPO2:
            signs.append(_spo2(value, baseline.spo2))
        elif sign is _SBP:
            band = limits.band(sign, age_months)
            signs.append(_systolic(value, band, baseline.sbp, age_months))
        else:
            signs.append(
                _banded(sign, value, limits.band(sign, age_months), getattr(baseline, name))
            )
    return VitalSignLevels(at=record.at, signs=tuple(signs))


def entry_levels(
    patient: Patient, infusion: Infusion, record: VitalSigns, limits: VitalLimits
) -> VitalSignLevels:
    """A record of `infusion` (saved or being typed at the bedside) against that infusion's
    baseline, for the patient's age in completed months at the infusion's start (SPEC 12)."""
    age = completed_months(patient.birth_date, infusion.start)
    return vital_sign_levels(record, vital_baseline(infusion), age, limits)


def hypotension_limit(age_months: int) -> tuple[int, str]:
    """Systolic pressure below this limit is hypotension for the age; the rule in words."""
    limit, rule = hypotension_rule(age_months)
    return limit, rule.english


def hypotension_rule(age_months: int) -> tuple[int, Phrase]:
    """`hypotension_limit` with the rule as a phrase."""
    if age_months < 1:
        return NEONATE_SBP_BELOW, say(
            QT_TRANSLATE_NOOP("reasons", "under 1 month ({source})"), source=word(PALS_SOURCE)
        )
    sampson = word(SAMPSON_SOURCE)
    if age_months < 12:
        return INFANT_SBP_BELOW, say(
            QT_TRANSLATE_NOOP("reasons", "from 1 month to 1 year ({source})"), source=sampson
        )
    years = age_months // 12
    if years <= CHILD_FORMULA_LAST_YEAR:
        limit = CHILD_SBP_BASE + CHILD_SBP_PER_YEAR * years
        return limit, say(
            QT_TRANSLATE_NOOP("reasons", "at {years} y: 70 + 2 x age ({source})"),
            years=years,
            source=sampson,
        )
    return OLDER_SBP_BELOW, say(
        QT_TRANSLATE_NOOP("reasons", "from 11 years ({source})"), source=sampson
    )


def is_fall(baseline: float, value: float) -> bool:
    """More than 30 % below the baseline: 10 x (baseline - value) > 3 x baseline."""
    return 10 * (baseline - value) > FALL_TENTHS * baseline


@lru_cache(maxsize=4096)  # a ward's readings take a few hundred values: each is worked once
def round_temp(value: float) -> Decimal:
    """A temperature rounded to 0.1 C, half up (37.95 is 38.0), from its decimal reading."""
    return Decimal(repr(value)).quantize(TEMP_STEP, rounding=ROUND_HALF_UP)


def spo2_band(value: float) -> tuple[VitalLevel, int]:
    """The SpO2 band and the limit it is below (0 for none): < 85 urgent, < 93 alert, < 95
    watch."""
    if value < SPO2_URGENT_BELOW:
        return VitalLevel.URGENT, SPO2_URGENT_BELOW
    if value < SPO2_ALERT_BELOW:
        return VitalLevel.ALERT, SPO2_ALERT_BELOW
    if value < SPO2_WATCH_BELOW:
        return VitalLevel.WATCH, SPO2_WATCH_BELOW
    return VitalLevel.NONE, 0


def show_value(sign: VitalSign, value: float) -> str:
    """A value with its unit as the ward reads it: `38.4 °C`, `158/min`, `85 mmHg`, `91 %`."""
    if sign is VitalSign.TEMP_C:
        return f"{round_temp(value)} °C"
    if sign is VitalSign.SBP:
        return f"{fmt(value)} mmHg"
    if sign is VitalSign.SPO2:
        return f"{fmt(value)} %"
    return f"{fmt(value)}/min"


def value_phrase(sign: VitalSign, value: float) -> Phrase:
    """`show_value` as a phrase."""
    if sign is VitalSign.TEMP_C:
        return say(QT_TRANSLATE_NOOP("reasons", "{value} °C"), value=_temp(round_temp(value)))
    if sign is VitalSign.SBP:
        return say(QT_TRANSLATE_NOOP("reasons", "{value} mmHg"), value=float(value))
    if sign is VitalSign.SPO2:
        return say(QT_TRANSLATE_NOOP("reasons", "{value} %"), value=float(value))
    return say(QT_TRANSLATE_NOOP("reasons", "{value}/min"), value=float(value))


def _temp(value: Decimal) -> Num:
    """A temperature rounded to 0.1 C, written with its one decimal (`38.0`)."""
    return fixed(float(value), 1)


def _against_baseline(
    sign: VitalSign, level: VitalLevel, baseline_level: VitalLevel, baseline: float | None
) -> tuple[VitalLevel, Phrase | None]:
    """SPEC 10.2 (alarm fatigue): an alert by the limits counts only when worse than baseline."""
    if level is VitalLevel.ALERT and baseline is not None and baseline_level.rank >= level.rank:
        return VitalLevel.WATCH, say(
            QT_TRANSLATE_NOOP(
                "reasons",
                "alert by the limits, counted as watch: the baseline {value} was already {level}",
            ),
            value=value_phrase(sign, baseline),
            level=word(LEVEL_WORDS[baseline_level]),
        )
    return level, None


def _banded(sign: VitalSign, value: float, band: VitalBand, baseline: float | None) -> SignLevel:
    level, side, limit = band.reached(value)
    if level is VitalLevel.NONE:
        return SignLevel(sign, value, level)
    unit = band.unit if band.unit.startswith("/") else f" {band.unit}"
    text = say(
        QT_TRANSLATE_NOOP("reasons", "{side} {limit}{unit}, {age}: {source}"),
        side=side,
        limit=float(limit),
        unit=unit,
        age=band.age_phrase,
        source=word(BANDS_SOURCE),
    )
    # SPEC 12: the baseline's level by the same bands (no baseline: none).
    baseline_level = band.reached(baseline)[0] if baseline is not None else VitalLevel.NONE
    counted, note = _against_baseline(sign, level, baseline_level, baseline)
    return SignLevel(sign, value, counted, (text,), note)


def _systolic(value: float, band: VitalBand, baseline: float | None, age_months: int) -> SignLevel:
    """The file's bands, then hypotension for age and the 30 % fall, which always count."""
    banded = _banded(VitalSign.SBP, value, band, baseline)
    urgent: list[Phrase] = []
    limit, rule = hypotension_rule(age_months)
    if value < limit:
        urgent.append(
            say(
                QT_TRANSLATE_NOOP("reasons", "< {limit} mmHg: hypotension {rule}"),
                limit=limit,
                rule=rule,
            )
        )
    if baseline is not None and is_fall(baseline, value):
        urgent.append(
            say(
                QT_TRANSLATE_NOOP(
                    "reasons",
                    "more than 30 % below the baseline {baseline} mmHg: hypotension ({source})",
                ),
                baseline=float(baseline),
                source=word(SAMPSON_SOURCE),
            )
        )
    if not urgent:
        return banded
    if banded.level is VitalLevel.URGENT:
        urgent = [*banded.limit_phrases, *urgent]
    return SignLevel(VitalSign.SBP, value, VitalLevel.URGENT, tuple(urgent))


def _spo2(value: float, baseline: float | None) -> SignLevel:
    level, below = spo2_band(value)
    if level is VitalLevel.NONE:
        return SignLevel(VitalSign.SPO2, value, level)
    baseline_level = spo2_band(baseline)[0] if baseline is not None else VitalLevel.NONE
    counted, note = _against_baseline(VitalSign.SPO2, level, baseline_level, baseline)
    limit = say(
        QT_TRANSLATE_NOOP("reasons", "< {limit} %: {source}"),
        limit=below,
        source=word(SPO2_SOURCE),
    )
    return SignLevel(VitalSign.SPO2, value, counted, (limit,), note)


def _temperature(value: float, baseline: float | None) -> SignLevel:
    """Alert: new fever, a rise of 1.0 C or more, or below 35.0 C; watch: < 36.0 or > 38.5 C."""
    temp = round_temp(value)
    base = round_temp(baseline) if baseline is not None else None
    alerts: list[Phrase] = []
    if temp >= FEVER_C and (base is None or base < FEVER_C):
        if base is None:
            alerts.append(
                say(
                    QT_TRANSLATE_NOOP("reasons", ">= {limit} °C with no baseline: CTCAE v5 fever"),
                    limit=_temp(FEVER_C),
                )
            )
        else:
            alerts.append(
                say(
                    QT_TRANSLATE_NOOP(
                        "reasons", ">= {limit} °C with a baseline of {baseline} °C: CTCAE v5 fever"
                    ),
                    limit=_temp(FEVER_C),
                    baseline=_temp(base),
                )
            )
    if base is not None and temp - base >= FEBRILE_RISE_C:
        alerts.append(
            say(
                QT_TRANSLATE_NOOP(
                    "reasons",
                    "{rise} °C or more above the baseline {baseline} °C:"
                    " ISBT 2011 febrile reaction",
                ),
                rise=_temp(FEBRILE_RISE_C),
                baseline=_temp(base),
            )
        )
    pews = word(PEWS_SOURCE)
    if temp < HYPOTHERMIA_C:
        alerts.append(_below_c(HYPOTHERMIA_C, pews))
    if alerts:
        return SignLevel(VitalSign.TEMP_C, value, VitalLevel.ALERT, tuple(alerts))
    watch: list[Phrase] = []
    if temp < LOW_WATCH_C:
        watch.append(_below_c(LOW_WATCH_C, pews))
    if temp > HIGH_WATCH_C:
        watch.append(
            say(
                QT_TRANSLATE_NOOP("reasons", "> {limit} °C: {source}"),
                limit=_temp(HIGH_WATCH_C),
                source=pews,
            )
        )
    level = VitalLevel.WATCH if watch else VitalLevel.NONE
    return SignLevel(VitalSign.TEMP_C, value, level, tuple(watch))


def _below_c(limit: Decimal, source: Phrase) -> Phrase:
    return say(
        QT_TRANSLATE_NOOP("reasons", "< {limit} °C: {source}"), limit=_temp(limit), source=source
    )
