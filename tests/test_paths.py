"""Where the shipped resources are found: in a checkout, and inside the built program."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from ivigmon import paths
from ivigmon.storage.reference_files import read_products

CHECKOUT_RESOURCES = Path(__file__).resolve().parents[1] / "resources"


@pytest.fixture
def frozen(monkeypatch, tmp_path) -> Path:
    """The layout of the one-folder build: `ivigmon` beside `_internal/`, which PyInstaller
    names in `sys._MEIPASS` and which holds `resources/`."""
    bundle = tmp_path / "ivigmon" / "_internal"
    bundle.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "ivigmon" / "ivigmon"))
    return bundle


def test_a_checkout_finds_the_resources_folder_beside_the_package():
    assert paths.resources_dir() == CHECKOUT_RESOURCES
    assert paths.resource("products.csv").is_file()


def test_the_built_program_reads_its_catalogue_from_inside_the_bundle(frozen):
    shutil.copytree(CHECKOUT_RESOURCES, frozen / "resources")
    assert paths.resources_dir() == frozen / "resources"
    assert paths.resource("products.csv") == frozen / "resources" / "products.csv"
    assert paths.resource("icons/ivigmon.svg").is_file()
    # The catalogue and the titration it names are both read from the bundle's copy.
    assert [p.id for p in read_products()] == [
        p.id
        for p in read_products(
            CHECKOUT_RESOURCES / "products.csv", CHECKOUT_RESOURCES / "titration.csv"
        )
    ]


def test_a_bundle_without_resources_says_so_and_never_falls_back_to_a_checkout(frozen):
    # This test runs from a checkout that has resources/: a frozen program must not use them.
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        paths.resources_dir()


def test_a_built_program_without_meipass_looks_beside_its_executable(frozen, monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS")
    beside = Path(sys.executable).parent / "resources"
    beside.mkdir(parents=True)
    assert paths.resources_dir() == beside
