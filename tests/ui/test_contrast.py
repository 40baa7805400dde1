"""Text against its background, light and dark: at least WCAG's 4.5:1, measured on every pair."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ivigmon.ui import theme
from ivigmon.ui.risk_badge import RiskBadge
from ivigmon.ui.theme import Colours, Scheme, apply_theme

# WCAG 2.2, 1.4.3 Contrast (Minimum): 4.5:1 for text; text of a control that cannot be used
# now is excepted (the disabled colours below are measured nowhere).
MINIMUM = 4.5
EXCEPTED = {"disabled_ink", "disabled_field", "primary_disabled_fill"}
NOT_TEXT = {"border", "gridline"}  # lines, not text or what text sits on

# (text, background) of every pair the style sheet, the tables and the rich text put together.
PAIRS: tuple[tuple[str, str], ...] = (
    # body text on every surface
    *(
        ("ink", surface)
        for surface in (
            "window", "panel", "alternate", "field", "header", "sidebar", "button",
            "selection", "tooltip", "info_tint",
        )
    ),
    # secondary text: hints, sources, inactive users, catalogue notes
    *(("muted", surface) for surface in ("window", "panel", "alternate", "sidebar", "selection")),
    # figures, the patient banner, the info message bar
    ("accent", "window"), ("accent", "panel"), ("accent", "info_tint"),
    # the primary button and the selected page
    ("on_accent", "accent_fill"),
    # risk badges, alert and check-status cells, message bars, banners, warnings, vital levels
    ("high_ink", "high_tint"), ("elevated_ink", "elevated_tint"),
    ("standard_ink", "standard_tint"), ("warning_ink", "warning_tint"),
    *(
        (ink, surface)
        for ink in ("high_ink", "elevated_ink", "standard_ink", "warning_ink")
        for surface in ("window", "panel", "alternate")
    ),
)  # fmt: skip

ROLES = QPalette.ColorRole
# (text role, background role) of Fusion's palette: what the style sheet does not paint.
PALETTE_PAIRS = (
    (ROLES.WindowText, ROLES.Window),
    (ROLES.Text, ROLES.Base),
    (ROLES.Text, ROLES.AlternateBase),
    (ROLES.ButtonText, ROLES.Button),
    (ROLES.HighlightedText, ROLES.Highlight),
    (ROLES.ToolTipText, ROLES.ToolTipBase),
    (ROLES.PlaceholderText, ROLES.Base),
    (ROLES.Link, ROLES.Base),
    (ROLES.BrightText, ROLES.Base),
)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(text: QColor, background: QColor) -> float:
    light, dark = sorted((luminance(text), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def too_faint(colours: Colours, pairs: tuple[tuple[str, str], ...]) -> list[str]:
    """The pairs below the minimum, with their ratio."""
    faults = []
    for text, background in pairs:
        ratio = contrast(QColor(getattr(colours, text)), QColor(getattr(colours, background)))
        if ratio < MINIMUM:
            faults.append(f"{text} on {background}: {ratio:.2f}:1")
    return faults


@pytest.fixture
def scheme(request, qapp: QApplication):
    """The application themed in one scheme for the test, light again afterwards."""
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, Scheme.LIGHT)


def test_the_ratio_is_wcags():
    # The reference values: black on white is 21:1, a colour on itself 1:1, WCAG's grey #767676
    # on white just above 4.5:1.
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#1f5f8b"), QColor("#1f5f8b")) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def test_a_too_light_pair_is_caught():
    # A pale grey hint on white (#9aa4ad, the old disabled-button grey) is 2.5:1.
    pale = dataclasses.replace(theme.LIGHT, muted="#9aa4ad")
    assert too_faint(pale, PAIRS) != []
    assert "muted on panel: 2.5" in " ".join(too_faint(pale, PAIRS))


@pytest.mark.parametrize("scheme", list(Scheme), indirect=True, ids=lambda s: s.value)
@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_every_text_colour_on_its_background_reads_at_4_5_to_1(scheme, pair):
    assert too_faint(theme.colours(), (pair,)) == []


def test_every_colour_of_a_scheme_is_measured_or_excepted():
    # A colour added to the schemes without a pair here would go unmeasured.
    measured = {name for pair in PAIRS for name in pair}
    names = {field.name for field in dataclasses.fields(Colours)}
    assert names - measured - EXCEPTED - NOT_TEXT == set()


@pytest.mark.parametrize("scheme", list(Scheme), indirect=True, ids=lambda s: s.value)
def test_the_applied_palette_reads_at_4_5_to_1(qapp, scheme):
    palette = qapp.palette()
    faults = []
    for text, background in PALETTE_PAIRS:
        ratio = contrast(palette.color(text), palette.color(background))
        if ratio < MINIMUM:
            faults.append(f"{text.name} on {background.name}: {ratio:.2f}:1")
    assert faults == []
    # The palette is the scheme's: dark text on light, or light text on dark.
    window_is_dark = luminance(palette.color(ROLES.Window)) < 0.2
    assert window_is_dark == (scheme is Scheme.DARK)


@pytest.mark.parametrize("scheme", list(Scheme), indirect=True, ids=lambda s: s.value)
def test_a_risk_badge_is_painted_in_the_schemes_colours(qapp, qtbot, scheme):
    from ivigmon.domain.codes import RiskLevel

    badge = RiskBadge()
    qtbot.addWidget(badge)
    badge.set_level(RiskLevel.HIGH, "Risk HIGH ▲▲\n• First infusion: none before")
    badge.resize(badge.sizeHint())
    image = badge.grab().toImage()
    inside = image.pixelColor(4, image.height() // 2)
    colours = theme.colours()
    assert inside.name() == colours.high_tint
    assert contrast(QColor(colours.high_ink), inside) >= MINIMUM
