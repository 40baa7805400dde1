"""Stored text on a terminal: control and bidirectional characters are shown escaped, not obeyed.

Records hold text that people and files typed. Printed as it is, an escape sequence in a name
or an event term could move the cursor, rewrite earlier lines or change the terminal's title,
and a right-to-left override could make one MRN look like another. Every line the command line
writes passes through here: such characters appear as `\\u001b` or `\\u202e`, which in JSON
output is also the valid escape of the same character.
"""

from __future__ import annotations

import re
from typing import TextIO

# C0 and C1 controls except tab and newline; the bidirectional embeddings, overrides and
# isolates; other invisible format characters.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def printable(text: str) -> str:
    """`text` with every control, bidirectional or invisible format character escaped."""
    return _UNSAFE.sub(_escape, text)


class SafeText:
    """A text stream that escapes unsafe characters in everything written to it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(printable(text))

    def flush(self) -> None:
        self.stream.flush()
