"""Counts on the records pages in the language's plural forms (`1 patient`, `2 patients`; in
Polish one, few and many). lupdate reads a count only in the tr() of a QObject class."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ivigmon.ui.wording import grouped


class RecordCounts(QObject):
    """One method a counted phrase; large counts are grouped as the language writes them."""

    def patients(self, n: int) -> str:
        return _grouped(self.tr("%n patient(s)", "", n), n)

    def of_patients(self, n: int) -> str:
        """After `of`: `3 infusions of 2 patients` (Polish asks another case here)."""
        return self.tr("of %n patient(s)", "", n)

    def infusions(self, n: int) -> str:
        return self.tr("%n infusion(s)", "", n)

    def adverse_events(self, n: int) -> str:
        return self.tr("%n adverse event(s)", "", n)

    def open_alerts(self, n: int) -> str:
        return self.tr("%n open alert(s)", "", n)

    def open_alerts_short(self, n: int) -> str:
        """A recall row's alerts: `1 open`."""
        return self.tr("%n open", "", n)

    def reviewed_alerts(self, n: int) -> str:
        """A recall row's alerts: `2 reviewed`."""
        return self.tr("%n reviewed", "", n)

    def more_names(self, n: int) -> str:
        return _grouped(self.tr("and %n more name(s) (the audit trail keeps them all)", "", n), n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def failed_in_a_row(self, n: int) -> str:
        return self.tr("%n in a row", "", n)

    def exported_lines(self, n: int) -> str:
        return self.tr("Exported %n line(s) to {file}", "", n)


def _grouped(text: str, n: int) -> str:
    """`100000 patients` -> `100,000 patients` (`100 000` in Polish)."""
    return text.replace(str(n), grouped(n), 1)


COUNTS = RecordCounts()
