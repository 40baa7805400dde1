"""Factory fixtures for domain tests (the factories themselves live in factories.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ivigmon.domain.models import Infusion, Patient

from .factories import make_infusion as _make_infusion
from .factories import make_patient as _make_patient


@pytest.fixture
def make_patient() -> Callable[..., Patient]:
    return _make_patient


@pytest.fixture
def make_infusion() -> Callable[..., Infusion]:
    return _make_infusion
