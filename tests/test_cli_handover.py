"""`ivigmon handover --out FILE.pdf`: a valid PDF, and bad input ending with status 2, naming the
option, writing no file and changing nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from ivigmon.cli import main
from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.models import Lot, VitalSigns
from ivigmon.services import infusions
from ivigmon.services.context import open_context
from tests.factories import make_patient, start_infusion

from .test_cli import digest, run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return real_clock_ward(tmp_path / "ward.db")


def real_clock_ward(path: Path) -> Path:
    """A ward whose clock is the real one (as the command's): one child infusing for an hour,
    with an urgent alert; one whose infusion ended yesterday (lot P9, expiry 2027-05-31)."""
    ctx = open_context(path, user="nurse.test")
    now = ctx.now()
    make_patient(ctx)
    running = start_infusion(ctx, start=now - timedelta(hours=1))
    infusions.add_vital_signs(ctx, running.id, VitalSigns(at=now - timedelta(minutes=5), spo2=80))
    make_patient(ctx, "K-0002", name="Ben Kowalski", diagnoses=(Diagnosis.ITP,))
    start_infusion(
        ctx,
        "K-0002",
        indication=Diagnosis.ITP,
        start=now - timedelta(hours=30),
        end=now - timedelta(hours=26),
        lots=(Lot("P9", date(2027, 5, 31)),),
    )
    ctx.store.close()
    return path


def test_the_handover_is_written_as_a_pdf(db: Path, tmp_path: Path, capsys):
    target = tmp_path / "out" / "handover.pdf"
    target.parent.mkdir()
    code, out, err = run(capsys, "--db", str(db), "handover", "--out", str(target))
    assert (code, err) == (0, "")
    assert out == (
        f"handover written: {target} (1 infusing now, 1 open alerts (1 urgent), 1 high-risk"
        " patients, 0 checks overdue, 1 due now, 0 due within 12 h)\n"
    )
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in target.parent.iterdir()] == ["handover.pdf"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--out", "handover.txt"], "--out: the file name must end in .pdf (got 'handover.txt')"),
        (["--out", "no-such-folder/h.pdf"], "--out: the folder of 'no-such-folder/h.pdf'"),
        (["--out", "{folder}"], "is a folder, not a file"),
        (["--out", ""], "--out: the file name must end in .pdf"),
    ],
)
def test_bad_input_exits_2_naming_the_option_and_changes_nothing(
    db: Path, tmp_path: Path, capsys, monkeypatch, args: list[str], expected: str
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.pdf").mkdir()
    given = [a.replace("{folder}", "a.pdf") for a in args]
    before = digest(db)
    code, out, err = run(capsys, "--db", str(db), "handover", *given)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and expected in err, err
    assert err.startswith("ivigmon handover: ")
    assert digest(db) == before
    assert not list(tmp_path.glob("*.pdf*"))[1:]  # only the folder made above


def test_the_handover_has_no_at_option_it_is_the_state_now(db: Path, tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as refused:
        main(["--db", str(db), "handover", "--at", "2026-03-01T08:00", "--out", "h.pdf"])
    assert refused.value.code == 2
    assert "unrecognized arguments: --at" in capsys.readouterr().err
