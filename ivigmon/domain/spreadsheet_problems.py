"""Problems of a spreadsheet named by sheet, row (as Excel numbers it) and column, and the
several problems of one file given together."""

from __future__ import annotations

from collections.abc import Sequence

from ivigmon.domain.validation import Flag, ValidationError

# Problems listed in one message; more are counted, not listed (the first ones are fixed first).
MAX_PROBLEMS = 20


class SheetProblem(ValidationError):
    """One problem at a place of a workbook: `sheet Infusions, row 14, column dose_g (g)`.

    `record` is the sheet and row; `field` says where in the row (`column dose_g (g)`), or is
    empty when the problem is the row's or the sheet's.
    """

    def __str__(self) -> str:
        place = f"{self.record}, {self.field}" if self.field else self.record
        return f"{place}: {self.problem}"


class SheetFlag(Flag):
    """A possible but risky value, named by sheet, row and column like a `SheetProblem`."""

    def __str__(self) -> str:
        place = f"{self.record}, {self.field}" if self.field else self.record
        return f"{place}: {self.message}"


def sheet_problem(sheet: str, row: int | None, where: str, problem: str) -> SheetProblem:
    """`where` is `column HEADER`, another place in the row, or empty."""
    record = f"sheet {sheet}" if row is None else f"sheet {sheet}, row {row}"
    return SheetProblem(record, where, problem)


class SeveralProblems(ValidationError):
    """Every problem found in a file (up to `MAX_PROBLEMS`), in one line: nothing was imported."""

    def __init__(self, source: str, problems: Sequence[ValidationError], *, more: bool) -> None:
        super().__init__(source, "", f"{len(problems)} problems")
        self.problems = tuple(problems)
        self.more = more

    def __str__(self) -> str:
        count = f"{len(self.problems)}{' or more' if self.more else ''} problems"
        listed = "; ".join(f"({n}) {p}" for n, p in enumerate(self.problems, start=1))
        tail = "; fix these and import again to see the rest" if self.more else ""
        return f"{self.record}: {count}, nothing imported: {listed}{tail}"


class Problems:
    """Problems gathered while a file is read, up to `MAX_PROBLEMS` (then `full`)."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []
        self.more = False

    def add(self, problem: ValidationError) -> None:
        if len(self.found) < MAX_PROBLEMS:
            self.found.append(problem)
        else:
            self.more = True

    @property
    def full(self) -> bool:
        return self.more

    def raise_any(self, source: str) -> None:
        """Nothing when none was found; the problem alone when one was; else all of them."""
        if len(self.found) == 1 and not self.more:
            raise self.found[0]
        if self.found:
            raise SeveralProblems(source, self.found, more=self.more)
