"""The patient form's service: registering, amending, and MRNs that are already taken."""

from __future__ import annotations

import pytest

from ivigmon.domain.validation import ValidationError
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.history import load_history
from ivigmon.services.patients import register_patient, save_patient_form
from tests.factories import patient


def test_changing_an_mrn_to_one_of_a_record_entered_in_error_names_the_problem(ctx):
    """Was: a raw "UNIQUE constraint failed: patients.mrn" from the database."""
    register_patient(ctx, patient("K-0001"))
    wrong = register_patient(ctx, patient("K-0002", name="Wrong Child"))
    mark_entered_in_error(ctx, EntryKind.PATIENT, str(wrong.id), "registered twice by mistake")
    with pytest.raises(ValidationError) as err:
        save_patient_form(ctx, original_mrn="K-0001", patient=patient("K-0002"), measurement=None)
    assert err.value.field == "mrn"
    assert "K-0002" in str(err.value) and "entered in error" in str(err.value)
    assert load_history(ctx, "K-0001").patient.name == "Ada Nowak"


def test_changing_an_mrn_to_one_of_another_patient_is_refused(ctx):
    register_patient(ctx, patient("K-0001"))
    register_patient(ctx, patient("K-0002", name="Other Child"))
    with pytest.raises(ValidationError) as err:
        save_patient_form(ctx, original_mrn="K-0001", patient=patient("K-0002"), measurement=None)
    assert err.value.field == "mrn" and "already registered" in str(err.value)


def test_an_mrn_can_change_to_a_free_one(ctx):
    register_patient(ctx, patient("K-0001"))
    save_patient_form(ctx, original_mrn="K-0001", patient=patient("K-0009"), measurement=None)
    assert load_history(ctx, "K-0009").patient.name == "Ada Nowak"
