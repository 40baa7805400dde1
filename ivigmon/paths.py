"""The only way to reach the shipped resources and the user's data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from ivigmon.storage.engine import is_server

APP_NAME = "ivigmon"
DB_ENV = "IVIGMON_DB"


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, or inside a frozen bundle."""
    if getattr(sys, "frozen", False):
        # The built program (packaging/ivigmon.spec) unpacks its data under sys._MEIPASS: only
        # that folder, never a checkout or a current directory that happens to hold one.
        candidates = [Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"]
    else:
        here = Path(__file__).resolve().parent
        candidates = [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the ivigmon resources folder is missing from this installation")


def resource(name: str) -> Path:
    return resources_dir() / name


def data_dir() -> Path:
    """The per-user data folder; naming it creates nothing (see `prepare_default_db_path`)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path | str:
    """`$IVIGMON_DB` (a file, or a ward server's postgresql:// URL), else `ivigmon.db` in the
    data folder (nothing is created)."""
    override = os.environ.get(DB_ENV)
    if override:
        # A URL stays text: as a Path, its `//` would fold into one slash (a file name).
        return override.strip() if is_server(override) else Path(override)
    return data_dir() / "ivigmon.db"


def prepare_default_db_path() -> Path | str:
    """`default_db_path()`, with the data folder created (owner-only) when the database lives
    there. Raises OSError when it cannot be created.

    Only what needs the folder creates it: a home folder that cannot be written must not stop
    `--version`, `--help` or a command given `--db`.
    """
    path = default_db_path()
    if not os.environ.get(DB_ENV):
        data_dir().mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
