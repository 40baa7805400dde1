"""The patient list says how many patients match, so that it never cuts the list silently."""

from __future__ import annotations

from ivigmon.services.patient_list import patient_list
from tests.factories import make_patient


def test_a_cut_list_says_how_many_match(ctx):
    for number in range(1, 6):
        make_patient(ctx, f"K-000{number}")
    found = patient_list(ctx, "K-", limit=3)
    assert [r.mrn for r in found.rows] == ["K-0001", "K-0002", "K-0003"]
    assert found.matching == 5 and not found.complete
    whole = patient_list(ctx, "K-")
    assert len(whole.rows) == whole.matching == 5 and whole.complete
