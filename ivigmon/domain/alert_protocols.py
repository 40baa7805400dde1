"""The ward's own protocol text for each kind of alert, checked before it is stored.

ivigmon never writes clinical instructions (SPEC: it documents, computes and reminds; the
clinician decides). What to do about an alert is the ward's decision: an administrator enters
it, and the bedside shows it word for word, or says that none was entered.
"""

from __future__ import annotations

from ivigmon.domain.codes import AlertKind
from ivigmon.domain.validation import ValidationError, is_single_line, is_storable_text

# The text is shown under each open alert of its kind at the bedside, where a 768-pixel screen
# also holds the rate steps and the vital signs: a few sentences and where the full protocol is
# kept (500 characters fill about three lines there). A whole protocol does not belong here.
PROTOCOL_MAX_CHARS = 500
PROTOCOL_MAX_LINES = 5

# The field that names each text in a message, and where a ward enters it.
PROTOCOL_FIELDS: dict[AlertKind, str] = {
    AlertKind.VITAL_SIGNS: "protocol_vital_signs",
    AlertKind.RED_FLAG: "protocol_red_flag",
    AlertKind.UNENDED: "protocol_unended",
}


def clean_protocol(kind: AlertKind, text: str) -> str:
    """The text as it will be stored: without outer blank space, line breaks as `\\n`
    ("" = none entered).

    Refused, naming the kind's field: more than PROTOCOL_MAX_CHARS characters or
    PROTOCOL_MAX_LINES lines, or control characters other than line breaks (tabs included)."""
    field = PROTOCOL_FIELDS[kind]
    value = text.replace("\r\n", "\n").strip()
    lines = value.split("\n")
    # (A NUL character, which no ward database can store, is a control character too.)
    if not all(is_single_line(line) for line in lines):
        raise ValidationError("setting", field, "contains control characters")
    if not is_storable_text(value):
        raise ValidationError("setting", field, "contains characters that are not valid text")
    if len(value) > PROTOCOL_MAX_CHARS:
        raise ValidationError(
            "setting",
            field,
            f"must be at most {PROTOCOL_MAX_CHARS} characters (got {len(value)})",
        )
    if len(lines) > PROTOCOL_MAX_LINES:
        raise ValidationError(
            "setting", field, f"must be at most {PROTOCOL_MAX_LINES} lines (got {len(lines)})"
        )
    return value
