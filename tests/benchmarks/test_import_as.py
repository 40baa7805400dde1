"""The benchmark's import of a national service's export: its administrator raises the import
size limit for a file over it, as a ward would for that one import."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from ivigmon.services import settings
from tests.benchmarks import import_as
from tests.spec_example import SPEC_EXAMPLE

# Cheap argon2 parameters: what is tested does not depend on the cost of one check.
pytestmark = pytest.mark.usefixtures("quick_hashes")


def test_a_file_over_the_limit_is_imported_after_the_administrator_raises_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # A limit of 1 MB stands in for the 200 MB default, a file of 1.5 MB for a national one.
    monkeypatch.setattr(
        settings, "IMPORT_MAX_MB", dataclasses.replace(settings.IMPORT_MAX_MB, default=1)
    )
    text = json.dumps(SPEC_EXAMPLE)
    source = tmp_path / "national.json"
    source.write_text(text + " " * (1_500_000 - len(text)))
    db = tmp_path / "imported.db"
    assert import_as.main([str(db), str(source)]) == 0
    with contextlib.closing(sqlite3.connect(db)) as conn:
        patients = conn.execute("SELECT count(*) FROM patients").fetchone()[0]
        limit = conn.execute("SELECT value FROM settings WHERE key = 'import.max_mb'").fetchone()
    assert patients == 1
    assert json.loads(limit[0]) == 2  # the file's size, rounded up to whole megabytes
