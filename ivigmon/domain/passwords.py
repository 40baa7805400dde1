"""How strong a new password must be: long enough for the role, not the user name, hard to guess."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ivigmon.domain.validation import ValidationError

# NIST SP 800-63B (5.1.1.2) asks for at least 8 characters and a check against passwords known
# to be common; an administrator's account manages every other one, so it needs more.
MIN_LENGTH = 8
ADMIN_MIN_LENGTH = 10
# Long passphrases are welcome; beyond this a "password" is a pasted file.
MAX_LENGTH = 256
# zxcvbn's score from 0 to 4. 2 is "somewhat guessable: protection from throttled online
# attacks" (10^6 guesses or more): enough where every sign-in is throttled and an account
# locks after a few failures, and it lets a random 8 characters through. An administrator's
# password needs 3, "safely unguessable: moderate protection from an offline slow-hash
# attack" (10^8 guesses or more).
MIN_SCORE = 2
ADMIN_MIN_SCORE = 3
# zxcvbn refuses to rate longer text (its matching grows fast with length); the first 72
# characters of a longer password decide.
_RATED_LENGTH = 72
# Words anyone would try first on this ward's workstations.
_LOCAL_WORDS = ("ivigmon", "ivig", "nurse", "ward", "admin", "hospital")
# The example the refusal gives; as it is printed, it is refused too.
EXAMPLE = "kettle harbour violet"


def require_strong_password(
    record: str,
    password: str,
    *,
    username: str,
    admin: bool,
    hints: Sequence[str] = (),
) -> None:
    """Refuse a new password (as field `password`) that is blank, too short for the role, the
    user name itself, or easy to guess; `hints` are words of the account (its display name)."""
    if not password.strip():
        problem = "must not be empty" if not password else "must not be only spaces"
        raise ValidationError(record, "password", problem)
    minimum = ADMIN_MIN_LENGTH if admin else MIN_LENGTH
    if len(password) < minimum:
        whose = " for an administrator" if admin else ""
        raise ValidationError(record, "password", f"must be at least {minimum} characters{whose}")
    if len(password) > MAX_LENGTH:
        raise ValidationError(record, "password", f"must be at most {MAX_LENGTH} characters")
    if password.strip().casefold() == username.strip().casefold():
        raise ValidationError(record, "password", "must not be the user name")
    # Imported here: its word lists take a tenth of a second to load, which only a new
    # password needs to pay for.
    from zxcvbn import zxcvbn

    # The names whole and word by word: `NoraNurse99` is as easy as `nora.nurse`.
    names = [username, *hints]
    words = [*names, *(w for n in names for w in re.split(r"[\W_]+", n)), *_LOCAL_WORDS, EXAMPLE]
    rating = zxcvbn(password[:_RATED_LENGTH], user_inputs=[w for w in words if len(w) > 1])
    if rating["score"] < (ADMIN_MIN_SCORE if admin else MIN_SCORE):
        warning = str(rating["feedback"]["warning"]).strip().rstrip(".")
        why = f" ({warning[0].lower()}{warning[1:]})" if warning else ""
        raise ValidationError(
            record,
            "password",
            f"is too easy to guess{why}; use three or four unrelated words, e.g. '{EXAMPLE}'",
        )
