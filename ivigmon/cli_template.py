"""`ivigmon export --template FILE.xlsx`: the empty workbook a ward fills in to import."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from ivigmon.cli_fhir import BadExportArguments
from ivigmon.services.context import Context
from ivigmon.services.spreadsheet_template import write_template


def add_template_argument(export_parser: Any) -> None:
    export_parser.add_argument(
        "--template",
        metavar="FILE.xlsx",
        help="write an empty Excel workbook to fill in and import (ivigmon import FILE.xlsx)",
    )


def wants_template(args: argparse.Namespace) -> bool:
    """Whether `export` writes the template; refused together with another file to write."""
    if args.template is None:
        return False
    if args.file is not None or args.fhir is not None:
        raise BadExportArguments(
            "export",
            "--template",
            "give either --template FILE.xlsx, FILE.json (ivigmon/1) or --fhir FILE.json",
        )
    return True


def run_template(args: argparse.Namespace, out: TextIO, open_ctx: Callable[[], Context]) -> int:
    path = write_template(open_ctx(), args.template)
    out.write(f"wrote the import template to {path}; fill it in, then: ivigmon import {path}\n")
    return 0
