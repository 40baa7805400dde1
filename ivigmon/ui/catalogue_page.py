"""The product catalogue in Settings: label values beside local ones, edited by administrators."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.local_limits import local_problems, parse_local_value
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import LocalField, LocalValues, Product
from ivigmon.domain.roles import Permission
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import ValidationError
from ivigmon.services import products
from ivigmon.services.context import Context
from ivigmon.services.products import CatalogueEntry
from ivigmon.ui import theme
from ivigmon.ui.add_product_dialog import AddProductDialog
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields, Problems, SeveralProblems
from ivigmon.ui.gates import gate, may
from ivigmon.ui.labels import muted_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.wording import decimal, when

# The editor's rows: what each local value is called.
FIELD_WORDS: dict[LocalField, str] = {
    LocalField.INITIAL_RATE: QT_TRANSLATE_NOOP("catalogue_page", "Initial rate"),
    LocalField.MAX_RATE: QT_TRANSLATE_NOOP("catalogue_page", "Maximum"),
    LocalField.AT_RISK_MAX_RATE: QT_TRANSLATE_NOOP("catalogue_page", "At-risk maximum"),
    LocalField.FIRST_STEP_MINUTES: QT_TRANSLATE_NOOP("catalogue_page", "First step, minutes"),
    LocalField.STEP_MINUTES: QT_TRANSLATE_NOOP("catalogue_page", "Later steps, minutes"),
    LocalField.STEPS: QT_TRANSLATE_NOOP("catalogue_page", "Step list"),
}
LOCAL_MARK = QT_TRANSLATE_NOOP("catalogue_page", "local")
# How the catalogue marks a product without a rate limit in force: its steps are checked
# against the ward ceiling only (the same words as `wording.NO_LIMITS_MARK`).
NO_LIMITS_MARK = QT_TRANSLATE_NOOP("catalogue_page", "no rate limits: ward ceiling only")
# The state of a product's label data (the catalogue's `label_data`).
LABEL_DATA_WORDS = {
    "confirmed": QT_TRANSLATE_NOOP("catalogue_page", "confirmed"),
    "partial": QT_TRANSLATE_NOOP("catalogue_page", "partial"),
    "missing": QT_TRANSLATE_NOOP("catalogue_page", "missing"),
    "local": QT_TRANSLATE_NOOP("catalogue_page", "local"),
}


def catalogue_words(text: str) -> str:
    """A word marked above, translated."""
    return QCoreApplication.translate("catalogue_page", text)


def label_data_text(state: str) -> str:
    return catalogue_words(LABEL_DATA_WORDS[state]) if state in LABEL_DATA_WORDS else state


def value_text(value: object) -> str:
    """A rate, minutes or a step list as shown in the catalogue; `-` for none."""
    if value is None or value == ():
        return "-"
    if isinstance(value, tuple):
        return "; ".join(decimal(fmt(v)) for v in value)
    return decimal(fmt(value)) if isinstance(value, int | float) else str(value)


def in_force_text(product: Product, name: LocalField) -> str:
    """The value in force, marked when it rests on a local value."""
    value = getattr(product, name.value)
    shown = value_text(value)
    if product.local_note(name, value):
        return f"{shown} ({catalogue_words(LOCAL_MARK)})"
    return shown


class CatalogueColumn(IntEnum):
    NAME = 0
    CONCENTRATION = 1
    UNIT = 2
    INITIAL = 3
    MAXIMUM = 4
    AT_RISK = 5
    STEPS = 6
    STATUS = 7


class CatalogueTableModel(RecordTableModel[CatalogueEntry]):
    """Each product with the limits in force; a value that rests on a local one is marked."""

    columns = CatalogueColumn
    headers = (
        QT_TRANSLATE_NOOP("CatalogueTableModel", "Product"),
        QT_TRANSLATE_NOOP("CatalogueTableModel", "Conc."),
        QT_TRANSLATE_NOOP("CatalogueTableModel", "Unit"),
        QT_TRANSLATE_NOOP("CatalogueTableModel", "Initial"),
        QT_TRANSLATE_NOOP("CatalogueTableModel", "Maximum"),
        QT_TRANSLATE_NOOP("CatalogueTableModel", "At-risk max."),
        QT_TRANSLATE_NOOP("CatalogueTableModel", "Steps"),
        QT_TRANSLATE_NOOP("CatalogueTableModel", "Status"),
    )
    context = "CatalogueTableModel"

    def text(self, row: CatalogueEntry, column: int) -> str:
        force = row.in_force
        match column:
            case CatalogueColumn.NAME:
                return force.name
            case CatalogueColumn.CONCENTRATION:
                return f"{decimal(fmt(force.concentration_pct))} %"
            case CatalogueColumn.UNIT:
                return force.rate_unit.value
            case CatalogueColumn.INITIAL:
                return in_force_text(force, LocalField.INITIAL_RATE)
            case CatalogueColumn.MAXIMUM:
                return in_force_text(force, LocalField.MAX_RATE)
            case CatalogueColumn.AT_RISK:
                return in_force_text(force, LocalField.AT_RISK_MAX_RATE)
            case CatalogueColumn.STEPS:
                return in_force_text(force, LocalField.STEPS)
            case CatalogueColumn.STATUS:
                return status_text(row)
        return ""

    def tooltip(self, row: CatalogueEntry, column: int) -> str | None:
        if column == CatalogueColumn.MAXIMUM and row.label.max_rate_by_indication:
            return QCoreApplication.translate(
                "catalogue_page", "indication maxima replace the general one: {maxima}"
            ).format(maxima=indication_text(row.label))
        return product_details(row.label)

    def foreground(self, row: CatalogueEntry, column: int) -> QColor | None:
        if column == CatalogueColumn.STATUS and not row.in_force.has_rate_limits:
            return QColor(theme.colours().elevated_ink)
        if row.label.is_retired:
            return QColor(theme.colours().muted)
        return None


def status_text(entry: CatalogueEntry) -> str:
    """Retired, without limits, a local brand, or the label data's state."""
    if entry.label.is_retired:
        return QCoreApplication.translate("catalogue_page", "retired")
    if not entry.in_force.has_rate_limits:
        return catalogue_words(NO_LIMITS_MARK)
    return QCoreApplication.translate("catalogue_page", "label {state}").format(
        state=label_data_text(entry.label.label_data)
    )


def indication_text(product: Product) -> str:
    rates = {**product.extra_max_by_indication, **product.max_rate_by_indication}
    initial = product.initial_rate_by_indication
    maximum = QCoreApplication.translate("catalogue_page", "maximum {indication} {rate}")
    first = QCoreApplication.translate("catalogue_page", "initial {indication} {rate}")
    parts = [maximum.format(indication=code, rate=value_text(r)) for code, r in rates.items()]
    parts += [first.format(indication=code, rate=value_text(r)) for code, r in initial.items()]
    return ", ".join(parts)


def product_details(product: Product) -> str:
    """Maker, label status and note, minimum age and the source documents of one product."""
    parts = [f"{product.name} ({product.maker}), {value_text(product.concentration_pct)} %"]
    status = QCoreApplication.translate("catalogue_page", "label data {state}").format(
        state=label_data_text(product.label_data)
    )
    if product.label_note:
        status += f": {product.label_note}"
    parts.append(status)
    if product.min_age_years is not None:
        parts.append(
            QCoreApplication.translate("catalogue_page", "not advised under {years} years").format(
                years=value_text(product.min_age_years)
            )
        )
    parts.append(
        QCoreApplication.translate("catalogue_page", "source: {source}").format(
            source=product.source or "-"
        )
    )
    if product.titration_source:
        parts.append(
            QCoreApplication.translate("catalogue_page", "titration: {source}").format(
                source=product.titration_source
            )
        )
    return "; ".join(parts)


class LocalRow:
    """One editor row: the label value, the local value and its note, the value in force."""

    def __init__(self, grid: QGridLayout, row: int, name: LocalField) -> None:
        self.name = name
        self.caption = QLabel(catalogue_words(FIELD_WORDS[name]))
        self.label = QLabel("-")
        self.value = QLineEdit()
        self.value.setMaximumWidth(130)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate("catalogue_page", "source: protocol, document, section")
        )
        self.in_force = QLabel("-")
        self.caption.setBuddy(self.value)
        for column, widget in enumerate(
            (self.caption, self.label, self.value, self.note, self.in_force)
        ):
            grid.addWidget(widget, row, column)


class CataloguePage(QWidget):
    """Everyone reads the catalogue; administrators enter local values with their sources,
    add local brands and retire products. Label values are shown and never changed."""

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = CatalogueTableModel(self)
        self.table = record_table(
            self.model,
            stretch=CatalogueColumn.STATUS,
            widths=(210, 55, 85, 100, 110, 105, 170, 180),
        )
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.editor = QGroupBox(self.tr("Local values"))
        editor_layout = QVBoxLayout(self.editor)
        self.details = muted_label()
        editor_layout.addWidget(self.details)
        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        captions = ("", self.tr("Label"), self.tr("Local value"), self.tr("Source note"))
        for column, text in enumerate((*captions, self.tr("In force"))):
            grid.addWidget(muted_label(text), 0, column)
        self.rows = {name: LocalRow(grid, n + 1, name) for n, name in enumerate(FIELD_WORDS)}
        editor_layout.addLayout(grid)
        self.message = MessageBar()
        editor_layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        for name, row in self.rows.items():
            self.fields.add(name.value, row.value, catalogue_words(FIELD_WORDS[name]))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add local brand…"))
        self.add_button.clicked.connect(self.add_product)
        self.retire_button = QPushButton(self.tr("&Retire product"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.save_button = QPushButton(self.tr("Save &local values"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(
            muted_label(
                self.tr(
                    "The label value holds; a local value fills a gap, and a lower local maximum "
                    "applies as well. Each change is kept in the history."
                )
            ),
            1,
        )
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([320, 330])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.entry: CatalogueEntry | None = None

    # -- loading ---------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Reload the catalogue; the selected product (or `select`) stays selected."""
        keep = select or (self.entry.label.id if self.entry is not None else None)
        try:
            entries = products.catalogue(self.ctx)
        except EXPECTED_ERRORS as error:
            self.message.show_message(
                self.tr("The catalogue could not be loaded. {why}").format(why=message_for(error))
            )
            return
        self.model.set_rows(entries)
        ids = [e.label.id for e in entries]
        if entries:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self.apply_access()

    def _selected(self, *_: object) -> None:
        row = selected_row(self.table)
        self.entry = self.model.row_at(row) if row is not None else None
        self.fields.clear()
        self.show_entry()

    def show_entry(self) -> None:
        entry = self.entry
        if entry is None:
            self.editor.setTitle(self.tr("Local values"))
            self.details.setText("")
            return
        label, local, force = entry.label, entry.local, entry.in_force
        title = self.tr("Local values of {product} (rates in {unit})").format(
            product=label.name, unit=label.rate_unit.value
        )
        if label.retired_at:
            title += " · " + self.tr("retired {time}").format(time=when(label.retired_at))
        self.editor.setTitle(title)
        indications = indication_text(label)
        by_indication = self.tr("; label by indication: {rates}").format(rates=indications)
        self.details.setText(product_details(label) + (by_indication if indications else ""))
        self.details.setToolTip(self.details.text())
        for name, row in self.rows.items():
            row.label.setText(value_text(getattr(label, name.value)))
            row.value.setText(
                value_text(local.value(name)) if local.value(name) is not None else ""
            )
            row.note.setText(local.note(name))
            row.in_force.setText(in_force_text(force, name))
        self.retire_button.setText(
            self.tr("&Return to use") if label.is_retired else self.tr("&Retire product")
        )
        self.apply_access()

    def apply_access(self) -> None:
        editable = may(self.ctx, Permission.EDIT_CATALOGUE)
        for row in self.rows.values():
            row.value.setReadOnly(not editable)
            row.note.setReadOnly(not editable)
        chosen = self.entry is not None
        gate(self.save_button, self.ctx, Permission.EDIT_CATALOGUE, ready=chosen)
        gate(self.retire_button, self.ctx, Permission.EDIT_CATALOGUE, ready=chosen)
        gate(self.add_button, self.ctx, Permission.EDIT_CATALOGUE)

    # -- changing --------------------------------------------------------------------------
    def read_local(self) -> LocalValues:
        """The local values as typed, or every problem at once (`SeveralProblems`)."""
        entry = self.entry
        if entry is None:
            raise SeveralProblems([])
        problems = Problems()
        values: dict[LocalField, object] = {}
        notes: dict[str, str] = {}
        unreadable: set[str] = set()
        for name, row in self.rows.items():
            try:
                typed = parse_local_value(entry.label.id, name, row.value.text())
            except ValidationError as error:
                problems.add(error)
                unreadable.add(name.value)
                continue
            if typed is not None:
                values[name] = typed
                notes[name.value] = row.note.text().strip()
        local = LocalValues.from_values(values, notes)
        # The values that could be read are checked too, so that every problem shows at once.
        for problem in local_problems(entry.label, local):
            if problem.field not in unreadable:
                problems.add(problem)
        problems.raise_any()
        return local

    def save(self) -> Operation[CatalogueEntry] | None:
        """The product's local values in one audited transaction; problems are all shown."""
        entry = self.entry
        if entry is None:
            return None
        try:
            local = self.read_local()
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        return save_form(
            self,
            self.fields,
            lambda: products.set_local_values(self.ctx, entry.label.id, local),
            self._saved,
            button=self.save_button,
        )

    def _saved(self, saved: CatalogueEntry) -> None:
        self.refresh(select=saved.label.id)
        done = (
            self.tr(
                "Saved the local values of {product}: its steps are checked against the limits "
                "in force."
            )
            if saved.in_force.has_rate_limits
            else self.tr(
                "Saved the local values of {product}: its steps are still checked against the "
                "ward ceiling only: no rate limits in force."
            )
        )
        self.message.show_message(done.format(product=saved.label.name), "info")
        self.events.settings_changed.emit()

    def toggle_retired(self) -> Operation[CatalogueEntry] | None:
        entry = self.entry
        if entry is None:
            return None
        retire = not entry.label.is_retired
        return save_form(
            self,
            self.fields,
            lambda: products.retire_product(self.ctx, entry.label.id, retired=retire),
            self._retired,
            button=self.retire_button,
        )

    def _retired(self, changed: CatalogueEntry) -> None:
        self.refresh(select=changed.label.id)
        done = (
            self.tr(
                "{product} retired: no longer offered for new infusions (earlier infusions "
                "keep it)."
            )
            if changed.label.is_retired
            else self.tr("{product} returned to use.")
        )
        self.message.show_message(done.format(product=changed.label.name), "info")
        self.events.settings_changed.emit()

    def add_product(self) -> AddProductDialog:
        dialog = AddProductDialog(self.ctx, self)
        dialog.product_added.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, product_id: str) -> None:
        self.refresh(select=product_id)
        self.message.show_message(
            self.tr(
                "Added. Enter its local limits with their sources and save: until then its "
                "steps are checked against the ward ceiling only."
            ),
            "info",
        )
        self.events.settings_changed.emit()
