"""`ivigmon product list|show|set|add|retire`: administrators keep the catalogue; bad input
exits 2 with one line and changes nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ivigmon.cli import PASSWORD_ENV, main
from ivigmon.services import users
from ivigmon.services.context import open_context
from tests.factories import NOW, Clock

NOTE = "Ward IVIG protocol 2026 s.4"


# Cheap argon2 parameters: what is tested does not depend on the cost of one check.
pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    """A database with an administrator (lead) and a nurse (nora)."""
    path = tmp_path / "w.db"
    ctx = open_context(path, clock=Clock(NOW), user="setup")
    try:
        users.add_user(
            ctx, username="lead", display_name="Lena Lead", role="admin", password="lead-pass-1"
        )
        users.add_user(
            ctx, username="nora", display_name="Nora Nurse", role="nurse", password="nora-pass-1"
        )
    finally:
        ctx.store.close()
    return path


def as_user(capsys, monkeypatch, ward: Path, user: str, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv(PASSWORD_ENV, f"{user}-pass-1")
    code = main(["--db", str(ward), "--user", user, "product", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def test_everyone_lists_the_catalogue_with_products_without_limits_marked(
    ward: Path, capsys, monkeypatch
):
    code, out, _ = as_user(capsys, monkeypatch, ward, "nora", "list")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[1:-1]}
    assert len(lines) == 15
    assert lines["intratect_10"].endswith("label missing; no rate limits: ward ceiling only")
    assert "no rate limits" not in lines["privigen"]
    code, out, _ = as_user(capsys, monkeypatch, ward, "nora", "list", "--json")
    listed = {item["id"]: item for item in json.loads(out)}
    assert listed["octagam_10"]["label"]["extra_max_by_indication"] == {"JDM": 4.0}
    assert listed["bivigam"]["label"]["first_step_minutes"] == 10


def test_an_administrator_sets_a_local_value_shown_beside_the_label(
    ward: Path, capsys, monkeypatch
):
    code, out, err = as_user(
        capsys, monkeypatch, ward, "lead", "set", "intratect_10", "max_rate", "8", "--note", NOTE
    )
    assert (code, err) == (0, "")
    assert out.startswith("intratect_10: local maximum set\n")
    row = f"  maximum{' ' * 12}-{' ' * 16}8{' ' * 16}8 (local){' ' * 10}{NOTE}"
    assert row in out
    code, out, _ = as_user(capsys, monkeypatch, ward, "nora", "show", "intratect_10", "--json")
    shown = json.loads(out)
    assert shown["label"]["max_rate"] is None
    assert shown["local"] == {"max_rate": {"value": 8.0, "note": NOTE}}
    assert shown["in_force"]["max_rate"] == {"value": 8.0, "local": True}
    code, out, _ = as_user(capsys, monkeypatch, ward, "nora", "list")
    line = next(li for li in out.splitlines() if li.startswith("intratect_10"))
    assert " 8* " in line and "no rate limits" not in line
    code, out, _ = as_user(
        capsys, monkeypatch, ward, "lead", "set", "intratect_10", "steps", "1;2;4", "--note", NOTE
    )
    assert code == 0 and "  step list          -                1; 2; 4" in out
    code, out, _ = as_user(capsys, monkeypatch, ward, "lead", "set", "intratect_10", "steps", "-")
    assert code == 0 and out.startswith("intratect_10: local step list cleared\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("set", "intratect_10", "max_rate", "0", "--note", NOTE),
            "product intratect_10: max_rate: must be more than 0 mg/kg/min (got 0)",
        ),
        (
            ("set", "intratect_10", "max_rate", "8"),
            "product intratect_10: max_rate: needs a source note (the protocol or document it "
            "comes from)",
        ),
        (
            ("set", "privigen", "initial_rate", "9", "--note", NOTE),
            "product privigen: initial_rate: must not be above the maximum 8 mg/kg/min (label) "
            "(got 9)",
        ),
        (
            ("set", "privigen", "steps", "1;4;2", "--note", NOTE),
            "product privigen: steps: must increase from one step to the next (2 after 4)",
        ),
        (
            ("set", "privigen", "step_minutes", "0", "--note", NOTE),
            "product privigen: step_minutes: must be at least 1 min (got 0)",
        ),
        (
            ("set", "privigen", "step_minutes", "7.5", "--note", NOTE),
            "product privigen: step_minutes: must be whole minutes (got '7.5')",
        ),
        (
            ("set", "privigen", "max_rate", "eight", "--note", NOTE),
            "product privigen: max_rate: must be a number (got 'eight')",
        ),
        (
            ("set", "nope", "max_rate", "3", "--note", NOTE),
            "product nope: id: 'nope' is not in the catalogue (see `product list`)",
        ),
        (
            (
                "add",
                "Bad Id",
                "--name",
                "X",
                "--maker",
                "M",
                "--concentration",
                "10",
                "--sugar",
                "none",
                "--source",
                "F",
            ),
            "product Bad Id: id: must be 2 to 40 lower-case letters, digits or _ starting with a "
            "letter (got 'Bad Id')",
        ),
        (
            (
                "add",
                "privigen_copy",
                "--name",
                "privigen",
                "--maker",
                "M",
                "--concentration",
                "10",
                "--sugar",
                "none",
                "--source",
                "F",
            ),
            "product privigen_copy: name: is already the name of privigen",
        ),
        (
            (
                "add",
                "strong",
                "--name",
                "Strong",
                "--maker",
                "M",
                "--concentration",
                "20.5",
                "--sugar",
                "none",
                "--source",
                "F",
            ),
            "product strong: concentration_pct: must be at most 20 % (got 20.5)",
        ),
        (("retire", "privigen", "--undo"), "product privigen: retired: is already in use"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
    ward: Path, capsys, monkeypatch, args, message
):
    before = digest(ward)
    code, out, err = as_user(capsys, monkeypatch, ward, "lead", *args)
    assert (code, out) == (2, "")
    assert err == f"ivigmon product: {message}\n"
    assert digest(ward) == before


@pytest.mark.parametrize(
    "args",
    [
        ("set", "intratect_10", "max_rate", "8", "--note", NOTE),
        ("retire", "privigen"),
        (
            "add",
            "octanorm_16",
            "--name",
            "Octanorm",
            "--maker",
            "Octapharma",
            "--concentration",
            "16.5",
            "--sugar",
            "none",
            "--source",
            "F",
        ),
    ],
)
def test_a_nurse_may_not_change_the_catalogue(ward: Path, capsys, monkeypatch, args):
    before = digest(ward)
    code, out, err = as_user(capsys, monkeypatch, ward, "nora", *args)
    assert (code, out) == (2, "")
    assert err == "ivigmon product: user: nora: nurses may not edit the product catalogue\n"
    assert digest(ward) == before


def test_a_local_brand_is_added_then_retired_and_returned(ward: Path, capsys, monkeypatch):
    code, out, _ = as_user(
        capsys,
        monkeypatch,
        ward,
        "lead",
        "add",
        "octanorm_16",
        "--name",
        "Octanorm 16.5%",
        "--maker",
        "Octapharma",
        "--concentration",
        "16.5",
        "--sugar",
        "none",
        "--unit",
        "mL/kg/h",
        "--source",
        "Pharmacy formulary 2026",
    )
    assert code == 0 and out.startswith("octanorm_16 added: Octanorm 16.5%;")
    code, out, _ = as_user(capsys, monkeypatch, ward, "lead", "show", "octanorm_16")
    assert "status: label local; no rate limits: ward ceiling only" in out
    assert "rates in mL/kg/h" in out
    code, out, _ = as_user(capsys, monkeypatch, ward, "lead", "retire", "octanorm_16")
    assert (code, out) == (0, "octanorm_16 retired\n")
    code, out, _ = as_user(capsys, monkeypatch, ward, "nora", "list")
    line = next(li for li in out.splitlines() if li.startswith("octanorm_16"))
    assert "no rate limits: ward ceiling only; retired 20" in line
    code, out, _ = as_user(capsys, monkeypatch, ward, "lead", "retire", "octanorm_16", "--undo")
    assert (code, out) == (0, "octanorm_16 returned to use\n")
