"""`ivigmon export --fhir FILE.json`: the whole record as a FHIR R4 Bundle."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import Context
from ivigmon.services.fhir_export import export_fhir

# The order the summary names the resource types in: as a record reads.
ORDER = (
    "Patient",
    "Medication",
    "MedicationAdministration",
    "Observation",
    "AdverseEvent",
    "Task",
    "DetectedIssue",
)


class BadExportArguments(ValidationError):
    """`export`: neither file nor --fhir, or both."""

    def __str__(self) -> str:
        return f"{self.field}: {self.problem}"


def add_fhir_argument(export_parser: Any) -> None:
    export_parser.add_argument(
        "--fhir",
        metavar="FILE.json",
        help="write a FHIR R4 Bundle (type collection) instead of an ivigmon/1 file",
    )


def wants_fhir(args: argparse.Namespace) -> bool:
    """Whether `export` writes FHIR; refused when it is given both files or neither."""
    if args.fhir is not None and args.file is not None:
        raise BadExportArguments(
            "export", "FILE.json", "give either FILE.json (ivigmon/1) or --fhir FILE.json"
        )
    if args.fhir is None and args.file is None:
        raise BadExportArguments(
            "export", "FILE.json", "give the file to write (or --fhir FILE.json for FHIR R4)"
        )
    return args.fhir is not None


def run_fhir_export(args: argparse.Namespace, out: TextIO, open_ctx: Callable[[], Context]) -> int:
    ctx = open_ctx()
    exported = export_fhir(ctx, args.fhir)
    counts = exported.counts
    named = [kind for kind in ORDER if counts.get(kind)]
    named += sorted(kind for kind in counts if kind not in ORDER)
    parts = ", ".join(f"{counts[kind]} {kind}" for kind in named) or "no resources"
    out.write(f"exported a FHIR R4 Bundle of {exported.total} resources ({parts}) to {args.fhir}\n")
    return 0
