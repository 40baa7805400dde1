"""The lot recall: find every infusion of a lot, or of a product's lots expiring in a range, with
its patient, adverse events, follow-up checks and alerts; export the list for the recall."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.products import Product
from ivigmon.domain.validation import ValidationError
from ivigmon.services import lots
from ivigmon.services.context import Context
from ivigmon.services.lots import Recall
from ivigmon.ui.catalogue_page import NO_LIMITS_MARK as NO_LIMITS_WORDS
from ivigmon.ui.catalogue_page import catalogue_words
from ivigmon.ui.errors import message_for
from ivigmon.ui.labels import muted_label, subtitle_label, title_label
from ivigmon.ui.lot_recall_model import (
    ROW_LINES,
    RecallColumn,
    RecallTableModel,
    details_text,
)
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, run_operation, run_read
from ivigmon.ui.record_counts import COUNTS
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.wording import NO_LIMITS_MARK, day, product_text

DATE_FORMAT = "yyyy-MM-dd"
# The expiry range offered first: the batches expiring within the coming year.
DEFAULT_RANGE_DAYS = 365
# The selected row in full: who, which infusion, its events, three checks and an alert or two.
DETAILS_LINES = 9
PRODUCT_CHARS = 28


class LotRecallPage(QWidget):
    """Emits `patient_requested` with the MRN of the selected row (Open patient)."""

    patient_requested = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recall: Recall | None = None
        self.last_search: Operation[Recall] | None = None
        self.last_export: Operation[Path] | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Lot recall")))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Every infusion of a lot, or of a product with a lot expiring in a range: the"
                    " patient, the dose, adverse events, follow-up checks and alerts. Export the"
                    " list (CSV) for the recall. Lots recorded without an expiry are found by"
                    " their number only."
                )
            )
        )
        search = QGroupBox(self.tr("Find"))
        grid = QGridLayout(search)
        lot_label = QLabel(self.tr("&Lot number"))
        self.lot = QLineEdit()
        self.lot.setPlaceholderText(self.tr("as on the vial, e.g. P123456"))
        self.lot.setClearButtonEnabled(True)
        lot_label.setBuddy(self.lot)
        self.lot.returnPressed.connect(self.find_lot)
        self.find_lot_button = QPushButton(self.tr("Find l&ot"))
        self.find_lot_button.clicked.connect(self.find_lot)
        grid.addWidget(lot_label, 0, 0)
        grid.addWidget(self.lot, 0, 1, 1, 5)
        grid.addWidget(self.find_lot_button, 0, 6)

        product_label = QLabel(self.tr("or &product"))
        self.product = QComboBox()
        for product in sorted(ctx.products().values(), key=lambda p: p.name.casefold()):
            self.product.addItem(product_choice(product), product.id)
        product_label.setBuddy(self.product)
        # The longest product name would widen the page past the ward's screen; the list that
        # drops down still shows each name whole.
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.product.setMinimumContentsLength(PRODUCT_CHARS)
        today = ctx.now().date()
        self.expiry_from = _date_edit(today)
        self.expiry_to = _date_edit(today + timedelta(days=DEFAULT_RANGE_DAYS))
        from_label = QLabel(self.tr("expiry &from"))
        from_label.setBuddy(self.expiry_from)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.expiry_to)
        self.find_expiry_button = QPushButton(self.tr("Find by e&xpiry"))
        self.find_expiry_button.clicked.connect(self.find_expiry)
        grid.addWidget(product_label, 1, 0)
        grid.addWidget(self.product, 1, 1)
        grid.addWidget(from_label, 1, 2)
        grid.addWidget(self.expiry_from, 1, 3)
        grid.addWidget(to_label, 1, 4)
        grid.addWidget(self.expiry_to, 1, 5)
        grid.addWidget(self.find_expiry_button, 1, 6)
        grid.setColumnStretch(1, 1)
        layout.addWidget(search)

        self.message = MessageBar()
        layout.addWidget(self.message)
        self.summary = subtitle_label(self.tr("Find a lot, or a product and an expiry range."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.model = RecallTableModel(self)
        self.table = record_table(
            self.model, stretch=RecallColumn.CHECKS, widths=(110, 165, 145, 70, 160, 300, 160)
        )
        # Two lines a row, wrapped at words: the identifiers above, what followed below.
        self.table.setWordWrap(True)
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(ROW_LINES * line + 10)
        self.table.setObjectName("recallTable")
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _index: self._open_patient())
        layout.addWidget(self.table, 1)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("recallDetails")
        self.details.setFixedHeight(DETAILS_LINES * self.details.fontMetrics().lineSpacing() + 14)
        self.details.setPlaceholderText(self.tr("The selected infusion in full."))
        layout.addWidget(self.details)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setProperty("primary", True)
        self.export_button.clicked.connect(self.export_csv)
        self.open_patient_button = QPushButton(self.tr("Open &patient"))
        self.open_patient_button.clicked.connect(self._open_patient)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_patient_button)
        buttons.addStretch(1)
        self.exported = muted_label()
        buttons.addWidget(self.exported, 2)
        layout.addLayout(buttons)
        self._show_selected()

    # -- finding -----------------------------------------------------------------------------
    def find_lot(self) -> Operation[Recall] | None:
        lot = self.lot.text()
        if not lot.strip():
            self.message.show_message(self.tr("Type a lot number first."))
            self.lot.setFocus()
            return None
        return self._find(
            lambda: lots.lot_recall(self.ctx, lot), self.tr("lot {lot}").format(lot=lot.strip())
        )

    def find_expiry(self) -> Operation[Recall]:
        product_id = str(self.product.currentData())
        first = self.expiry_from.date().toPython()
        last = self.expiry_to.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return self._find(
            lambda: lots.expiry_recall(self.ctx, product_id, first, last),
            self.tr("{product} expiring {first} to {last}").format(
                product=self.product.currentText(), first=day(first), last=day(last)
            ),
        )

    def _find(self, work: Callable[[], Recall], what: str) -> Operation[Recall]:
        self.message.clear_message()
        self.summary.setText(self.tr("Finding {what}…").format(what=what))
        self.last_search = run_read(
            self, work, on_success=self._show_recall, on_failure=self._search_failed
        )
        return self.last_search

    def _search_failed(self, error: Exception) -> None:
        self.summary.setText(self.tr("Nothing found yet."))
        self.message.show_message(message_for(error))

    def _show_recall(self, recall: Recall) -> None:
        self.recall = recall
        self.model.set_rows(recall.rows)
        self.summary.setText(summary_text(recall))
        self.exported.setText("")
        if recall.rows:
            self.table.selectRow(0)
        self._show_selected()

    def _show_selected(self, *_: object) -> None:
        row = selected_row(self.table)
        self.details.setPlainText(details_text(self.model.row_at(row)) if row is not None else "")
        self.open_patient_button.setEnabled(row is not None)
        self.export_button.setEnabled(bool(self.recall and self.recall.rows))

    def _open_patient(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.patient_requested.emit(self.model.row_at(row).patient.mrn)

    # -- exporting ---------------------------------------------------------------------------
    def export_csv(self) -> Operation[Path] | None:
        """Ask where, then write the file off the GUI thread."""
        if self.recall is None or not self.recall.rows:
            return None
        name = "recall-" + "-".join(self.recall.search.split()).replace("/", "-") + ".csv"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the recall list"),
            str(Path.home() / name),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return None
        return self.export_to(Path(path))

    def export_to(self, path: Path) -> Operation[Path] | None:
        recall = self.recall
        if recall is None:
            return None
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")

        def write() -> Path:
            try:
                return lots.write_recall_csv(recall, path)
            except OSError as exc:
                # The folder chosen cannot take the file: say so, and let another be chosen.
                problem = QCoreApplication.translate(
                    "LotRecallPage", "{path} could not be written ({why})"
                ).format(path=path, why=exc.strerror or exc)
                raise ValidationError("export", "file", problem) from None

        self.last_export = run_operation(
            self.export_button,
            write,
            on_success=lambda written: self.exported.setText(
                COUNTS.exported_lines(len(recall.rows)).format(file=written)
            ),
            on_failure=lambda error: self.message.show_message(
                self.tr("The list was not exported. {why}").format(why=message_for(error))
            ),
        )
        return self.last_export


def summary_text(recall: Recall) -> str:
    """`lot P123: 3 infusions of 2 patients · 1 adverse event · 1 open alert`."""
    search = search_words(recall)
    if not recall.rows:
        return QCoreApplication.translate(
            "lot_recall_page", "{search}: no infusions recorded."
        ).format(search=search)
    infusions = len({r.infusion.id for r in recall.rows})
    events = sum(len(r.infusion.events) for r in recall.rows)
    opened = sum(1 for r in recall.rows for a in r.alerts if a.is_open)
    return QCoreApplication.translate(
        "lot_recall_page", "{search}: {infusions} {of_patients} · {events} · {alerts}"
    ).format(
        search=search,
        infusions=COUNTS.infusions(infusions),
        of_patients=COUNTS.of_patients(len(recall.patients)),
        events=COUNTS.adverse_events(events),
        alerts=COUNTS.open_alerts(opened),
    )


def search_words(recall: Recall) -> str:
    """`lot P123`, or `privigen with expiry 2027-01-01 to 2027-01-31` (as `Recall.search`
    says it, in the language of the screens)."""
    if recall.lot is not None:
        return QCoreApplication.translate("lot_recall_page", "lot {lot}").format(lot=recall.lot)
    return QCoreApplication.translate(
        "lot_recall_page", "{product} with expiry {first} to {last}"
    ).format(
        product=recall.product_id,
        first=day(recall.expiry_from),
        last=day(recall.expiry_to),
    )


def product_choice(product: Product) -> str:
    """A product as the search offers it, its no-limits mark in the language of the screens."""
    return product_text(product).replace(NO_LIMITS_MARK, catalogue_words(NO_LIMITS_WORDS))


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    english = QLocale().language() == QLocale.Language.English
    # ISO as the ward has always read it in English; the language's own short date elsewhere.
    edit.setDisplayFormat(
        DATE_FORMAT if english else QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    )
    edit.setCalendarPopup(True)
    return edit
