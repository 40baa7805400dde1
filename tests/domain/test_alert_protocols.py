"""The ward's protocol text per alert kind: kept as entered, bounded, refused by field name."""

from __future__ import annotations

import pytest

from ivigmon.domain.alert_protocols import PROTOCOL_MAX_CHARS, PROTOCOL_MAX_LINES, clean_protocol
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.validation import ValidationError

FIVE_LINES = "\n".join(["Call the doctor on call."] * PROTOCOL_MAX_LINES)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("", ""),
        ("   \n ", ""),
        ("  Stop the infusion; call the doctor.  ", "Stop the infusion; call the doctor."),
        ("x" * PROTOCOL_MAX_CHARS, "x" * PROTOCOL_MAX_CHARS),
        (FIVE_LINES, FIVE_LINES),
        ("Step 1: stop.\r\nStep 2: call.", "Step 1: stop.\nStep 2: call."),
    ],
)
def test_a_protocol_is_kept_as_entered(text: str, kept: str):
    assert clean_protocol(AlertKind.VITAL_SIGNS, text) == kept


@pytest.mark.parametrize(
    ("kind", "text", "field", "problem"),
    [
        (
            AlertKind.VITAL_SIGNS,
            "x" * (PROTOCOL_MAX_CHARS + 1),
            "protocol_vital_signs",
            f"must be at most {PROTOCOL_MAX_CHARS} characters (got {PROTOCOL_MAX_CHARS + 1})",
        ),
        (
            AlertKind.RED_FLAG,
            FIVE_LINES + "\nAnd one more line.",
            "protocol_red_flag",
            f"must be at most {PROTOCOL_MAX_LINES} lines (got {PROTOCOL_MAX_LINES + 1})",
        ),
        (AlertKind.UNENDED, "Record\tthe end", "protocol_unended", "contains control characters"),
        (
            AlertKind.UNENDED,
            "Record\x00the end",
            "protocol_unended",
            "contains control characters",
        ),
        (AlertKind.UNENDED, "Record\rthe end", "protocol_unended", "contains control characters"),
        (
            AlertKind.RED_FLAG,
            "bad \ud800 text",
            "protocol_red_flag",
            "contains characters that are not valid text",
        ),
    ],
)
def test_a_protocol_that_would_not_fit_or_read_is_refused_by_its_field(
    kind: AlertKind, text: str, field: str, problem: str
):
    with pytest.raises(ValidationError) as refused:
        clean_protocol(kind, text)
    assert (refused.value.record, refused.value.field, refused.value.problem) == (
        "setting",
        field,
        problem,
    )
