"""Risk and alert reasons said in the language of the screens: Polish words, decimal commas and
Polish dates; English exactly as stored; a reason stored before phrases as stored."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ivigmon.domain.codes import FactorCode, RiskLevel
from ivigmon.domain.models import RiskFactor
from ivigmon.domain.phrases import Phrase, Whole
from ivigmon.domain.risk import MORE_STEP, MORE_STEPS, RiskContext
from ivigmon.domain.vital_limits import VitalLimits
from ivigmon.ui.reason_words import COUNTS, phrase_text, reason_text
from ivigmon.ui.risk_badge import reasons_html, reasons_tooltip

from ..domain.reason_cases import alert_cases, risk_cases
from .polish_words import english_left

# What a reason shows as the records hold it: product names, the ward's notes, codes.
AS_RECORDED = [
    "Gamunex-C (Gammaked)",
    "Privigen",
    "Octagam 10%",
    "Flebogamma 5% DIF",
    "itchy eyes",
    "old_brand",
    "no_such",
]

POLISH_RISK = {
    "infection-active-and-fever": "zapisano czynną infekcję; temperatura 38,4 °C (1.03.2026 08:30)"
    " przed rozpoczęciem (>= 38,0 °C)",
    "young-child-with-volume": "wiek 1 l. (< 5): skłonność do przeciążenia płynami;"
    " ten wlew to 120 mL (10,0 mL/kg)",
    "product-change": "poprzedni wlew (1.02.2026 09:00): Gamunex-C (Gammaked); obecny: Privigen",
    "long-gap-elsewhere": "ostatnie IVIG w innym ośrodku 1.12.2025: 90 dni przed rozpoczęciem"
    " tego wlewu (> 56 dni)",
    "obesity-child-percentile": "BMI 26,3 kg/m²: centyl BMI dla wieku 98,4 (>= 95)",
    "hemolysis": "grupa krwi A+ i dawka w serii 2,00 g/kg (>= 2)",
    "product-caution-sugar-and-renal": "Octagam 10% zawiera maltozę, a pacjent ma:"
    " niewydolność nerek i cukrzyca",
    "rapid-rate-titration": "Gamunex-C (Gammaked): 1.03.2026 09:10: 36 mL/h = 1,20 mL/kg/h ="
    " 2,00 mg/kg/min, zwiększono do 2 mg/kg/min po 10 min od 1 mg/kg/min"
    " (ChPL: szybkość początkowa przez co najmniej 30 min)",
}

POLISH_ALERT = {
    "vitals-fever-and-rise": "temperatura 38,0 °C: alarm (>= 38,0 °C przy wartości wyjściowej"
    " 37,0 °C: gorączka wg CTCAE v5; o 1,0 °C lub więcej powyżej wartości wyjściowej 37,0 °C:"
    " odczyn gorączkowy wg ISBT 2011)",
    "red-flag-one": "przy kontroli po 6 h: ciemny mocz: może oznaczać hemolizę (ChPL):"
    " oznacz Hb i bilirubinę",
    "unended-minutes": "trwa 24 h 1 min od 1.03.2026 09:00: zapisz zakończenie wlewu albo"
    " oznacz go jako wprowadzony błędnie",
}


def test_every_risk_reason_is_polish(risk_ctx: RiskContext, polish: None) -> None:
    shown = {case: reason_text(factor) for case, factor in risk_cases(risk_ctx)}
    assert english_left(shown.values(), AS_RECORDED) == []
    for case, text in POLISH_RISK.items():
        assert shown[case] == text


def test_every_alert_reason_is_polish(limits: VitalLimits, polish: None) -> None:
    shown = {case: reason_text(alert) for case, alert in alert_cases(limits)}
    assert english_left(shown.values(), AS_RECORDED) == []
    for case, text in POLISH_ALERT.items():
        assert shown[case] == text


def test_english_screens_show_the_stored_english(
    risk_ctx: RiskContext, limits: VitalLimits
) -> None:
    for _, item in [*risk_cases(risk_ctx), *alert_cases(limits)]:
        assert reason_text(item) == item.reason


def test_a_reason_stored_before_phrases_is_shown_as_stored(polish: None) -> None:
    old = RiskFactor(FactorCode.DIABETES, "comorbidity: diabetes", "paper")
    assert reason_text(old) == "comorbidity: diabetes"


@pytest.mark.parametrize(
    ("count", "polish_text"),
    [
        (1, "i jeszcze 1 krok"),
        (2, "i jeszcze 2 kroki"),
        (4, "i jeszcze 4 kroki"),
        (5, "i jeszcze 5 kroków"),
        (12, "i jeszcze 12 kroków"),
        (21, "i jeszcze 21 kroków"),
        (22, "i jeszcze 22 kroki"),
    ],
)
def test_steps_not_listed_take_the_polish_plural_forms(
    count: int, polish_text: str, polish: None
) -> None:
    template = MORE_STEP if count == 1 else MORE_STEPS
    assert phrase_text(Phrase(template, (("count", Whole(count)),))) == polish_text
    assert COUNTS.more_steps(count) == polish_text


def test_the_risk_tooltip_and_list_say_the_reasons_in_polish(
    risk_ctx: RiskContext, polish: None
) -> None:
    factors = dict(risk_cases(risk_ctx))
    chosen = [factors["young-child-with-volume"], factors["hemolysis"]]
    tooltip = reasons_tooltip(RiskLevel.HIGH, chosen)
    assert "ten wlew to 120 mL (10,0 mL/kg)" in tooltip
    assert "dawka w serii 2,00 g/kg" in reasons_html(chosen)
    # Without phrases (a stored risk of an earlier version), the stored words.
    bare = [replace(f, phrases=()) for f in chosen]
    assert "this infusion is 120 mL (10.0 mL/kg)" in reasons_tooltip(RiskLevel.HIGH, bare)
