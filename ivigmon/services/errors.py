"""Errors a service raises for input that names something that does not exist."""

from __future__ import annotations

from ivigmon.domain.validation import ValidationError


class UnknownRecord(ValidationError):
    """An MRN, infusion id or check that is not in the database."""
