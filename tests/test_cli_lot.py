"""`ivigmon lot`: a recall by lot, or by a product's expiry range, with a CSV file; bad input
ends with status 2, naming the option, writing no file and changing nothing."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from .test_cli import digest, run
from .test_cli_handover import real_clock_ward


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return real_clock_ward(tmp_path / "ward.db")


def test_a_product_and_an_expiry_range_find_the_lot(db: Path, tmp_path: Path, capsys):
    target = tmp_path / "recall.csv"
    code, out, err = run(
        capsys, "--db", str(db), "lot", "--product", "privigen", "--expiry-from", "2027-05-01",
        "--expiry-to", "2027-05-31", "--json", "--csv", str(target),
    )  # fmt: skip
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert (found["lot"], found["product"], found["expiry_to"]) == (None, "privigen", "2027-05-31")
    assert [(i["mrn"], i["lot"]) for i in found["infusions"]] == [("K-0002", "P9")]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        [line] = list(csv.DictReader(handle))
    assert (line["mrn"], line["lot"], line["patient_name"]) == ("K-0002", "P9", "Ben Kowalski")
    code, out, _ = run(capsys, "--db", str(db), "lot", "P9")
    assert code == 0 and out.startswith("lot P9: 1 infusions, 1 patients, 0 adverse events\n")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--product", "privigen", "--expiry-to", "2027-05-31"], "--expiry-from: required"),
        (
            ["--product", "privigen", "--expiry-from", "2027-05-01", "--expiry-to", "May"],
            "--expiry-to: expected a date like 2019-04-02, got 'May'",
        ),
        (
            ["--product", "privigen", "--expiry-from", "2027-06-01", "--expiry-to", "2027-05-01"],
            "ivigmon lot: --expiry-to: 2027-05-01 is before the range's start 2027-06-01",
        ),
        (
            ["--product", "nope", "--expiry-from", "2027-05-01", "--expiry-to", "2027-05-31"],
            "ivigmon lot: --product: no product 'nope'",
        ),
        (["P9", "--product", "privigen"], "LOT: give a lot number or --product, not both"),
        (["--expiry-from", "2027-05-01"], "--product: the expiry range needs --product ID"),
        ([], "LOT: a lot number is required"),
        (["P9", "--csv", "recall.xlsx"], "--csv: the file name must end in .csv"),
    ],
)
def test_a_lot_search_that_cannot_be_answered_exits_2(
    db: Path, tmp_path: Path, capsys, monkeypatch, args: list[str], expected: str
):
    monkeypatch.chdir(tmp_path)
    before = digest(db)
    code, out, err = run(capsys, "--db", str(db), "lot", *args)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and expected in err, err
    assert digest(db) == before
    assert not list(tmp_path.glob("recall*"))


def test_a_lot_recall_when_it_was_printed_is_the_stored_records(db: Path, capsys):
    """The recall's check statuses follow the real clock: ended 26 h ago, +24 is due now."""
    code, out, _ = run(capsys, "--db", str(db), "lot", "P9", "--json")
    assert code == 0
    [infusion] = json.loads(out)["infusions"]
    assert [(c["offset_h"], c["status"]) for c in infusion["checks"]] == [
        (24, "due"),
        (48, "upcoming"),
        (72, "upcoming"),
    ]
    assert datetime.fromisoformat(infusion["end"]) < datetime.now()
