"""An MRN that looks like a registered one is refused, by the form and by import, and a lookup
finds the patient whatever look-alike of the MRN is typed."""

from __future__ import annotations

import copy

import pytest

from ivigmon.domain.validation import ValidationError
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.assessment import patient_risk
from ivigmon.services.history import load_history
from ivigmon.services.importing import import_document
from ivigmon.services.patients import register_patient, save_patient_form
from ivigmon.storage.errors import ConflictError
from tests.factories import make_patient, patient

from ..spec_example import SPEC_EXAMPLE

ZWSP, BOM, ACUTE, RLO = "\u200b", "\ufeff", "\u0301", "\u202e"

# Look-alikes of Z-0001 that can be seen: refused beside it, naming both.
VISIBLE = [
    pytest.param("Z\u20100001", id="U+2010 hyphen"),
    pytest.param("Z\u20130001", id="en dash"),
    pytest.param("Z\u22120001", id="minus sign"),
    pytest.param("\uff3a-0001", id="full-width Z"),
    pytest.param("\uff3a\uff0d\uff10\uff10\uff10\uff11", id="all full width"),
    pytest.param("z-0001", id="lower case"),
]
# Look-alikes with a character that cannot be seen: refused anywhere, naming the character.
HIDDEN = [
    pytest.param(f"Z-0001{ZWSP}", "an invisible character U+200B (ZERO WIDTH SPACE)", id="ZWSP"),
    pytest.param(f"{BOM}Z-0001", "an invisible character U+FEFF", id="BOM"),
    pytest.param(f"Z-0001{ACUTE}", "a combining mark U+0301", id="combining mark"),
    pytest.param(f"{RLO}Z-0001", "a bidirectional control character U+202E", id="RTL override"),
]


def patients_in(ctx) -> list[str]:
    with ctx.store.read() as conn:
        return [r["mrn"] for r in conn.execute("SELECT mrn FROM patients ORDER BY id")]


@pytest.mark.parametrize("typed", VISIBLE)
def test_registering_a_look_alike_of_a_registered_mrn_is_refused_naming_both(ctx, typed: str):
    register_patient(ctx, patient("Z-0001"))
    with pytest.raises(ValidationError) as err:
        register_patient(ctx, patient(typed, name="Other Child"))
    assert err.value.field == "mrn"
    assert err.value.problem == f"{typed} looks the same as the registered MRN Z-0001"
    assert patients_in(ctx) == ["Z-0001"]


@pytest.mark.parametrize(("typed", "character"), HIDDEN)
def test_an_mrn_with_an_invisible_character_is_refused_naming_it(ctx, typed: str, character: str):
    with pytest.raises(ValidationError) as err:
        register_patient(ctx, patient(typed))
    assert err.value.field == "mrn"
    assert err.value.problem.startswith(f"contains {character}")
    assert patients_in(ctx) == []


@pytest.mark.parametrize("typed", VISIBLE)
def test_a_look_alike_of_a_record_entered_in_error_is_refused_too(ctx, typed: str):
    wrong = register_patient(ctx, patient("Z-0001"))
    mark_entered_in_error(ctx, EntryKind.PATIENT, str(wrong.id), "registered by mistake")
    with pytest.raises(ValidationError) as err:
        register_patient(ctx, patient(typed))
    assert err.value.problem == (
        f"{typed} looks the same as the MRN of a patient record marked entered in error Z-0001"
    )


@pytest.mark.parametrize("typed", VISIBLE)
def test_changing_an_mrn_to_a_look_alike_of_another_is_refused(ctx, typed: str):
    register_patient(ctx, patient("Z-0001"))
    register_patient(ctx, patient("K-0002", name="Other Child"))
    with pytest.raises(ValidationError) as err:
        save_patient_form(
            ctx, original_mrn="K-0002", patient=patient(typed, name="Other Child"), measurement=None
        )
    assert err.value.problem == f"{typed} looks the same as the registered MRN Z-0001"
    assert patients_in(ctx) == ["Z-0001", "K-0002"]


def test_a_patient_may_correct_the_look_of_their_own_mrn(ctx):
    register_patient(ctx, patient("z-0001"))
    save_patient_form(ctx, original_mrn="z-0001", patient=patient("Z-0001"), measurement=None)
    assert patients_in(ctx) == ["Z-0001"]


@pytest.mark.parametrize("typed", [*VISIBLE, pytest.param("K-0001", id="as registered")])
def test_a_lookup_finds_the_patient_by_any_look_alike(ctx, typed: str):
    make_patient(ctx, "Z-0001" if typed != "K-0001" else "K-0001")
    assert load_history(ctx, typed).patient.name == "Ada Nowak"
    assert patient_risk(ctx, typed).mrn in {"Z-0001", "K-0001"}


def test_the_database_itself_refuses_a_second_patient_with_the_same_key(ctx):
    make_patient(ctx, "Z-0001")
    with pytest.raises(ConflictError, match="mrn_key"), ctx.store.write() as conn:
        conn.execute(
            """INSERT INTO patients (mrn, mrn_key, name, sex, birth_date, recorded_at,
                   recorded_by) VALUES ('Z\u20100001', 'z-0001', 'X', 'F', '2019-04-02',
                   '2026-03-10T12:00', 'test')"""
        )
    assert patients_in(ctx) == ["Z-0001"]


def _document(mrn: str, infusion_mrn: str | None = None) -> dict:
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["patients"][0]["mrn"] = mrn
    doc["infusions"][0]["mrn"] = infusion_mrn or mrn
    return doc


@pytest.mark.parametrize("typed", VISIBLE)
def test_import_refuses_a_look_alike_of_a_stored_mrn(ctx, typed: str):
    make_patient(ctx, "Z-0001")
    with pytest.raises(ValidationError) as err:
        import_document(ctx, _document(typed))
    assert (err.value.record, err.value.field) == (f"patient {typed}", "mrn")
    assert err.value.problem == f"{typed} looks the same as the registered MRN Z-0001"
    assert patients_in(ctx) == ["Z-0001"]


@pytest.mark.parametrize("typed", VISIBLE)
def test_import_refuses_two_look_alikes_in_one_file(ctx, typed: str):
    doc = _document("Z-0001")
    twin = copy.deepcopy(doc["patients"][0])
    twin["mrn"] = typed
    doc["patients"].append(twin)
    with pytest.raises(ValidationError) as err:
        import_document(ctx, doc)
    assert err.value.problem == f"{typed} looks the same as the MRN earlier in the file Z-0001"
    assert patients_in(ctx) == []


@pytest.mark.parametrize(("typed", "character"), HIDDEN)
def test_import_refuses_an_invisible_character_naming_the_patient_by_its_place(
    ctx, typed: str, character: str
):
    with pytest.raises(ValidationError) as err:
        import_document(ctx, _document(typed))
    assert (err.value.record, err.value.field) == ("patient #1", "mrn")
    assert err.value.problem.startswith(f"contains {character}")
    assert patients_in(ctx) == []


@pytest.mark.parametrize("typed", VISIBLE)
def test_import_refuses_a_look_alike_of_a_record_entered_in_error(ctx, typed: str):
    wrong = make_patient(ctx, "Z-0001")
    mark_entered_in_error(ctx, EntryKind.PATIENT, str(wrong.id), "registered by mistake")
    with pytest.raises(ValidationError, match="entered in error"):
        import_document(ctx, _document(typed))


@pytest.mark.parametrize("typed", VISIBLE)
def test_an_imported_infusion_finds_a_stored_patient_by_a_look_alike(ctx, typed: str):
    make_patient(ctx, "Z-0001")
    doc = _document("Z-0001")
    doc["patients"] = []
    doc["infusions"][0]["mrn"] = typed
    import_document(ctx, doc)
    assert [i.id for i in load_history(ctx, "Z-0001").infusions] == ["inf-1"]


def test_an_imported_infusion_finds_a_patient_of_the_same_file_by_a_look_alike(ctx):
    import_document(ctx, _document("K-0001", infusion_mrn="k\u20100001"))
    assert [i.id for i in load_history(ctx, "K-0001").infusions] == ["inf-1"]
