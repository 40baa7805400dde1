"""Every command of the command line is shown in the README, with each of its actions."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from ivigmon.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
# `ivigmon`, then any global options (`--db ward.db`, `--user lead`), then the command.
INVOCATION = r"ivigmon(?:\s+--[\w-]+(?:\s+[^\s-]\S*)?)*\s+{words}\b"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _invocations() -> list[str]:
    found = []
    for name, sub in _subcommands(build_parser()).items():
        actions = _subcommands(sub)
        found += [f"{name} {action}" for action in actions] if actions else [name]
    return found


@pytest.mark.parametrize("words", _invocations())
def test_the_readme_shows_the_command(words: str) -> None:
    pattern = INVOCATION.format(words=r"\s+".join(map(re.escape, words.split())))
    assert re.search(pattern, README), f"README.md shows no example of `ivigmon {words}`"
