"""Identifiers that look alike: the key they are compared by, and the characters they refuse.

An MRN is read off a wristband or a screen and typed again; two MRNs that look the same to a
nurse must be the same patient to the program. `Z‐0001` (a Unicode hyphen), `Ｚ-0001` (full
width), `z-0001` and `Z-0001` followed by a zero-width space all look like `Z-0001`.
"""

from __future__ import annotations

import functools
import unicodedata

# Unicode general categories refused in identifiers, with how a message names them. They draw
# nothing (Cf: zero-width space, byte order mark, bidirectional overrides), move to another line
# (Cc, Zl, Zp), or only change the character before them (Mn, Me: combining marks), so they
# make two different identifiers look the same. Private-use and unassigned code points have no
# agreed look at all.
_REFUSED_CATEGORIES: dict[str, str] = {
    "Cc": "a control character",
    "Cf": "an invisible character",
    "Zl": "a line separator",
    "Zp": "a paragraph separator",
    "Mn": "a combining mark",
    "Me": "a combining mark",
    "Co": "a private-use character",
    "Cn": "an unassigned character",
}
# Format characters that reorder the text around them (Unicode bidirectional algorithm, UAX 9):
# `Z-0001` followed by RIGHT-TO-LEFT OVERRIDE can show as another number.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Letters (category Lo) that fonts draw as nothing: the Hangul fillers (Unicode's
# Default_Ignorable_Code_Point list).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
# Signs that look like the hyphen-minus of an MRN besides the dashes (category Pd).
_MINUS_SIGNS = frozenset("\u2212\u2796\u02d7\ufe63\uff0d")


def _refused_kind(char: str) -> str | None:
    if char in _BIDI_CONTROLS:
        return "a bidirectional control character"
    if char in _BLANK_LETTERS:
        return "an invisible character"
    return _REFUSED_CATEGORIES.get(unicodedata.category(char))


def hidden_character(value: str) -> str | None:
    """The first character that an identifier may not hold, named for a message, e.g.
    `an invisible character U+200B (ZERO WIDTH SPACE)`; None when every character is visible."""
    for char in value:
        kind = _refused_kind(char)
        if kind is not None:
            name = unicodedata.name(char, "")
            return f"{kind} U+{ord(char):04X}" + (f" ({name})" if name else "")
    return None


def _is_dash(char: str) -> bool:
    return char in _MINUS_SIGNS or unicodedata.category(char) == "Pd"


# Remembered: a bulk load asks for the key of the same few MRNs once per infusion and check.
@functools.lru_cache(maxsize=16_384)
def identifier_key(value: str) -> str:
    """The form in which identifiers that look the same are equal.

    NFKC turns full-width and other compatibility forms into plain ones; the characters that
    `hidden_character` refuses are dropped (older records may hold them); every dash or minus
    becomes '-'; runs of spaces become one and outer spaces go; then the text is case-folded
    (and NFKC-normalised again, as Unicode's NFKC_Casefold does). `Ｚ‐0001`, `z-0001` and
    `Z-0001` all have the key `z-0001`.
    """
    text = unicodedata.normalize("NFKC", value)
    text = "".join("-" if _is_dash(c) else c for c in text if _refused_kind(c) is None)
    text = " ".join(text.split())
    return unicodedata.normalize("NFKC", text.casefold())
