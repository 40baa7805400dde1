"""The only way to reach the shipped resources and the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ivigmon"
DB_ENV = "IVIGMON_DB"


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, or inside a frozen bundle."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the ivigmon resources folder is missing from this installation")


def resource(name: str) -> Path:
    return resources_dir() / name


def data_dir() -> Path:
    """Per-user data folder, created on first use, readable by the owner only."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "ivigmon.db"
