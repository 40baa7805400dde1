"""The log file: where it is, who may read it, how it rotates, and that it holds no secrets."""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ivigmon.logging_setup import (
    PrivateRotatingFileHandler,
    configure_logging,
    redact,
)

SECRET = "hunter2"


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    yield tmp_path / "logs"
    for handler in [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def flushed(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_records_go_to_one_file_with_time_level_and_logger(log_folder: Path):
    path = configure_logging(log_folder)
    assert path == log_folder / "ivigmon.log"
    logging.getLogger("ivigmon.services.backup").info("backup written to %s", "/x/b.db")
    (line,) = flushed(path).splitlines()
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO ivigmon.services.backup: "
        r"backup written to /x/b.db",
        line,
    )


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_and_its_rotated_files_are_owner_only(log_folder: Path):
    path = configure_logging(log_folder, max_bytes=200, backup_count=2)
    for n in range(50):
        logging.getLogger("ivigmon").warning("line %d %s", n, "x" * 50)
    flushed(path)
    files = sorted(log_folder.iterdir())
    assert [p.name for p in files] == ["ivigmon.log", "ivigmon.log.1", "ivigmon.log.2"]
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
    assert stat.S_IMODE(log_folder.stat().st_mode) == 0o700


def test_configuring_twice_writes_each_record_once(log_folder: Path):
    configure_logging(log_folder)
    path = configure_logging(log_folder)
    logging.getLogger("ivigmon").info("once")
    assert flushed(path).count("once") == 1


@pytest.mark.parametrize(
    "text",
    [
        f"password={SECRET}",
        f"login failed: Password: {SECRET}",
        f"PASSWORD = '{SECRET}' for ann",
        f'{{"username": "ann", "password": "{SECRET}"}}',
        f'{{"password": "a\\"{SECRET}"}}',
        f"{{'new_password': '{SECRET}', 'role': 'nurse'}}",
        f"passwd:{SECRET}",
        f"pwd={SECRET};user=ann",
        f"token={SECRET}&next=/",
        f"api_secret = {SECRET}",
        f"access-token: {SECRET}",
        f"sqlite://ann:{SECRET}@host/ward",
        f"Authorization: Bearer {SECRET}",
    ],
)
def test_anything_that_looks_like_a_password_is_masked(text: str):
    masked = redact(text)
    assert SECRET not in masked
    assert "***" in masked


@pytest.mark.parametrize(
    "text",
    ["infusion inf-000001 started at 09:00", "user ann signed in", "dose_g: 28 (0.5 g/kg)"],
)
def test_ordinary_messages_are_left_alone(text: str):
    assert redact(text) == text


def test_no_password_reaches_the_file_by_any_route(log_folder: Path):
    path = configure_logging(log_folder)
    log = logging.getLogger("ivigmon.services.users")
    log.info("sign-in for %s with password=%s", "ann", SECRET)
    log.info("request %s", {"username": "ann", "password": SECRET})
    log.warning("settings: %r", '{"token": "%s"}' % SECRET)  # noqa: UP031
    try:
        raise ValueError(f"bad password={SECRET}")
    except ValueError:
        log.exception("could not sign in")
    log.info("stack", stack_info=True, extra={"note": f"secret={SECRET}"})
    logging.getLogger("some.library").error("token: %s", SECRET)
    text = flushed(path)
    assert SECRET not in text
    assert text.count("***") >= 5
    assert "ValueError: bad password=***" in text
