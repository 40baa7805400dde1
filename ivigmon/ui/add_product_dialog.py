"""An administrator adds a local brand to the catalogue: its facts and where they come from."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.local_brand import SUGARS, NewProduct, new_product_problems
from ivigmon.domain.local_limits import product_record
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import parse_number_text
from ivigmon.services import products
from ivigmon.services.context import Context
from ivigmon.services.products import CatalogueEntry
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.form_fields import FormFields, Problems
from ivigmon.ui.labels import muted_label, subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form

# What a product may be stabilised with (`SUGARS`), in the language of the screens.
SUGAR_WORDS = {
    "none": QT_TRANSLATE_NOOP("AddProductDialog", "none"),
    "sucrose": QT_TRANSLATE_NOOP("AddProductDialog", "sucrose"),
    "maltose": QT_TRANSLATE_NOOP("AddProductDialog", "maltose"),
    "sorbitol": QT_TRANSLATE_NOOP("AddProductDialog", "sorbitol"),
    "glucose": QT_TRANSLATE_NOOP("AddProductDialog", "glucose"),
}


class AddProductDialog(QDialog):
    """Emits `product_added(id)` once the product is stored."""

    product_added = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add a local brand"))
        layout = QVBoxLayout(self)
        layout.addWidget(subtitle_label(self.tr("Add a local brand")))
        layout.addWidget(
            muted_label(
                self.tr(
                    "A product the label files do not list. It has no label values: enter its "
                    "limits as local values with their sources; until then its steps are not "
                    "checked. A product is never deleted, only retired."
                )
            )
        )
        form = QFormLayout()
        self.product_id = QLineEdit()
        self.product_id.setPlaceholderText(
            self.tr("short id, e.g. octanorm_16 (lower case, digits, _)")
        )
        self.name = QLineEdit()
        self.maker = QLineEdit()
        self.concentration = QLineEdit()
        self.concentration.setPlaceholderText(self.tr("5 or 10"))
        self.sugar = QComboBox()
        for sugar in SUGARS:
            self.sugar.addItem(self.tr(SUGAR_WORDS.get(sugar, sugar)), sugar)
        self.unit = QComboBox()
        for unit in RateUnit:
            self.unit.addItem(unit.value, unit.value)
        self.iga = QLineEdit()
        self.iga.setPlaceholderText(self.tr("optional"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("the document these facts come from"))
        form.addRow(self.tr("&Id"), self.product_id)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Maker"), self.maker)
        form.addRow(self.tr("&Concentration (%)"), self.concentration)
        form.addRow(self.tr("S&ugar"), self.sugar)
        form.addRow(self.tr("&Rate unit"), self.unit)
        form.addRow(self.tr("I&gA (µg/mL)"), self.iga)
        form.addRow(self.tr("&Source"), self.source)
        layout.addLayout(form)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        for field, widget, label in (
            ("id", self.product_id, self.tr("Id")),
            ("name", self.name, self.tr("Name")),
            ("maker", self.maker, self.tr("Maker")),
            ("concentration_pct", self.concentration, self.tr("Concentration (%)")),
            ("sugar", self.sugar, self.tr("Sugar")),
            ("iga_ug_per_ml", self.iga, self.tr("IgA (µg/mL)")),
            ("source", self.source, self.tr("Source")),
        ):
            self.fields.add(field, widget, label)
        self.ok = add_dialog_buttons(self, layout, self.tr("Add product"), self.save)
        self.setMinimumWidth(560)
        self.product_id.setFocus()

    def read(self) -> NewProduct:
        """The product as typed, or every problem at once (`SeveralProblems`)."""
        problems = Problems()
        product_id = self.product_id.text().strip()
        concentration = problems.read(
            lambda: parse_number_text(
                product_record(product_id or "(new)"),
                "concentration_pct",
                self.concentration.text(),
            ),
            None,
        )
        new = NewProduct(
            id=product_id,
            name=self.name.text(),
            maker=self.maker.text(),
            concentration_pct=concentration if concentration is not None else 0.0,
            sugar=str(self.sugar.currentData()),
            rate_unit=RateUnit(self.unit.currentData()),
            source=self.source.text(),
            iga_ug_per_ml=self.iga.text(),
        )
        known = {e.label.id: e.label for e in products.catalogue(self.ctx)}
        for problem in new_product_problems(new, known):
            # A concentration that could not be read is named once, as typed.
            if problem.field != "concentration_pct" or concentration is not None:
                problems.add(problem)
        problems.raise_any()
        return new

    def save(self) -> Operation[CatalogueEntry] | None:
        try:
            new = self.read()
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        return save_form(
            self,
            self.fields,
            lambda: products.add_product(self.ctx, new),
            self._added,
            button=self.ok,
        )

    def _added(self, added: CatalogueEntry) -> None:
        self.product_added.emit(added.label.id)
        self.accept()
