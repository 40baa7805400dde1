"""Identifiers that look alike share one key; invisible and control characters are refused."""

from __future__ import annotations

import pytest

from ivigmon.domain.identifiers import hidden_character, identifier_key
from ivigmon.domain.validation import (
    INFUSION_ID_MAX,
    LOT_MAX,
    ValidationError,
    patient_record,
    require_identifier,
    require_mrn,
)

# Every way seen to type something that looks like Z-0001.
LOOK_ALIKES = [
    pytest.param("Z-0001", id="the MRN itself"),
    pytest.param("Z\u20100001", id="U+2010 hyphen"),
    pytest.param("Z\u20110001", id="U+2011 non-breaking hyphen"),
    pytest.param("Z\u20130001", id="U+2013 en dash"),
    pytest.param("Z\u22120001", id="U+2212 minus sign"),
    pytest.param("Z\uff0d0001", id="full-width hyphen-minus"),
    pytest.param("\uff3a-0001", id="full-width Z"),
    pytest.param("\uff3a\uff0d\uff10\uff10\uff10\uff11", id="all full width"),
    pytest.param("z-0001", id="lower case"),
    pytest.param("Z-0001\u200b", id="zero-width space after"),
    pytest.param("Z-\u200b0001", id="zero-width space inside"),
    pytest.param("\ufeffZ-0001", id="byte order mark"),
    pytest.param("Z-0001\u0301", id="combining acute accent"),
    pytest.param("\u202eZ-0001", id="right-to-left override"),
    pytest.param("Z-0001\u2069", id="pop directional isolate"),
    pytest.param("Z-0001\u3164", id="Hangul filler"),
    pytest.param(" Z-0001 ", id="outer spaces"),
    pytest.param("Z-0001\n", id="a line break"),
]


@pytest.mark.parametrize("typed", LOOK_ALIKES)
def test_everything_that_looks_like_z_0001_has_its_key(typed: str) -> None:
    assert identifier_key(typed) == "z-0001"


@pytest.mark.parametrize(
    "other",
    ["Z-0002", "Z-001", "Z-00010", "Z 0001", "Z0001", "Z_0001", "Ž-0001", "2-0001"],
)
def test_identifiers_that_look_different_keep_different_keys(other: str) -> None:
    assert identifier_key(other) != identifier_key("Z-0001")


def test_a_decomposed_accent_is_the_same_letter_as_the_composed_one() -> None:
    assert identifier_key("Zoe\u0308-1") == identifier_key("Zoë-1") != identifier_key("Zoe-1")


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("Z-0001\u200b", "contains an invisible character U+200B (ZERO WIDTH SPACE)"),
        ("\ufeffZ-0001", "contains an invisible character U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
        ("Z-00\u00ad01", "contains an invisible character U+00AD (SOFT HYPHEN)"),
        ("Z-0001\u3164", "contains an invisible character U+3164 (HANGUL FILLER)"),
        ("Z-0001\u0301", "contains a combining mark U+0301 (COMBINING ACUTE ACCENT)"),
        ("Z-0001\u20dd", "contains a combining mark U+20DD (COMBINING ENCLOSING CIRCLE)"),
        (
            "\u202eZ-0001",
            "contains a bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)",
        ),
        (
            "Z-\u20660001",
            "contains a bidirectional control character U+2066 (LEFT-TO-RIGHT ISOLATE)",
        ),
        ("Z-0001\u200e", "contains a bidirectional control character U+200E (LEFT-TO-RIGHT MARK)"),
        ("Z-\x000001", "contains a control character U+0000"),
        ("Z-0001\t", "contains a control character U+0009"),
        ("Z-0001\n", "contains a control character U+000A"),
        ("Z-0001\u2028", "contains a line separator U+2028 (LINE SEPARATOR)"),
        ("Z-0001\u2029", "contains a paragraph separator U+2029 (PARAGRAPH SEPARATOR)"),
        ("Z-0001\ue000", "contains a private-use character U+E000"),
        ("Z-0001\U000e0001", "contains an invisible character U+E0001 (LANGUAGE TAG)"),
    ],
)
def test_an_mrn_with_a_character_that_cannot_be_seen_is_refused_naming_it(
    typed: str, problem: str
) -> None:
    with pytest.raises(ValidationError) as err:
        require_mrn(patient_record(typed), "mrn", typed)
    assert err.value.field == "mrn"
    assert err.value.problem == problem
    # The message shows where the character is, escaped, on one line.
    assert err.value.record == f"patient {typed!a}"
    assert str(err.value).isprintable()


@pytest.mark.parametrize("max_length", [INFUSION_ID_MAX, LOT_MAX])
@pytest.mark.parametrize("typed", ["P123\u200b", "\u202eP123", "P12\u03013", "P1\ufeff23"])
def test_infusion_ids_and_lot_numbers_refuse_them_too(typed: str, max_length: int) -> None:
    with pytest.raises(ValidationError) as err:
        require_identifier("lot", "lot", typed, max_length=max_length)
    assert err.value.problem.startswith("contains ")
    assert "U+" in err.value.problem


@pytest.mark.parametrize(
    "typed",
    [
        "Z-0001",
        "Z\u20100001",  # a visible dash: refused only beside a registered Z-0001 (services)
        "\uff3a-0001",
        "z-0001",
        "Zoë-1",
        "K 0001",
        "ק-0001",  # Hebrew letters are drawn right to left without any control character
    ],
)
def test_visible_identifiers_are_accepted(typed: str) -> None:
    assert require_mrn("patient #1", "mrn", typed) == typed
    assert hidden_character(typed) is None
