"""Settings (read-only until roles exist): thresholds and timings with defaults, the catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ivigmon.domain.codes import FactorCode
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import Product
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.services.context import Context
from ivigmon.ui import theme
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.labels import muted_label, title_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.table_views import record_table, selected_row
from ivigmon.ui.wording import FACTOR_WORDS

# What each setting means in ward words, its unit and where its default comes from.
RISK_WORDS: dict[str, tuple[str, str, str]] = {
    "long_gap_days": ("Long gap: last IVIG ended more than", "days ago", "paper; labels (8 weeks)"),
    "fever_c": ("Infection: temperature before the start at or above", "°C", "paper"),
    "advanced_age_years": ("Advanced age: at or above", "years", "paper; boxed warning (over 65)"),
    "young_child_years": ("Young child (fluid overload): under", "years", "paper"),
    "hemolysis_course_g_per_kg": (
        "Haemolysis risk: blood group A, B or AB and a course dose at or above",
        "g/kg",
        "labels; literature",
    ),
    "rate_tolerance_pct": (
        "A rate is above a label limit when more than",
        "% over",
        "ivigmon rule (rounding margin)",
    ),
    "obesity_percentile": (
        "Obesity, age 2-19 y: BMI-for-age at or above the",
        "th percentile",
        "CDC growth charts",
    ),
    "adult_obesity_bmi": ("Obesity, age 20 y and over: BMI at or above", "kg/m²", "CDC"),
    "height_valid_months": ("A child's height is too old for BMI after", "months", "ivigmon rule"),
    "course_window_h": ("One course: infusions starting within", "h of the first", "ivigmon rule"),
    "high_min_factors": ("Level HIGH with at least", "factors", "ivigmon level rule"),
    "high_codes": ("Level HIGH with any one of", "", "ivigmon level rule"),
}
CHECK_WORDS: dict[str, tuple[str, str, str]] = {
    "offsets_h": ("Follow-up checks after the end of an infusion at", "h", "ward protocol"),
    "lead_h": ("A check is due from this long before its time", "h", "ward protocol"),
    "grace_h": ("A check is overdue this long after its time", "h", "ward protocol"),
}


@dataclass(frozen=True)
class SettingRow:
    meaning: str
    value: str
    default: str
    source: str

    @property
    def changed(self) -> bool:
        return self.value != self.default


def _show(value: object, unit: str) -> str:
    if isinstance(value, frozenset):
        text = ", ".join(sorted(FACTOR_WORDS[FactorCode(v)] for v in value))
    elif isinstance(value, tuple):
        text = ", ".join(fmt(float(v)) for v in value)
    elif isinstance(value, int | float):
        text = fmt(float(value))
    else:
        text = str(value)
    if unit.startswith("th "):
        return f"{text}{unit}"
    return f"{text} {unit}".strip()


def setting_rows(risk: RiskSettings, checks: CheckSettings) -> list[SettingRow]:
    """Every threshold and timing with its current value and its default."""
    rows = []
    for name, (meaning, unit, source) in RISK_WORDS.items():
        rows.append(
            SettingRow(
                meaning,
                _show(getattr(risk, name), unit),
                _show(getattr(RiskSettings(), name), unit),
                source,
            )
        )
    for name, (meaning, unit, source) in CHECK_WORDS.items():
        rows.append(
            SettingRow(
                meaning,
                _show(getattr(checks, name), unit),
                _show(getattr(CheckSettings(), name), unit),
                source,
            )
        )
    return rows


class SettingColumn(IntEnum):
    MEANING = 0
    VALUE = 1
    DEFAULT = 2
    SOURCE = 3


class SettingsTableModel(RecordTableModel[SettingRow]):
    columns = SettingColumn
    headers = ("Setting", "In use", "Default", "Source")

    def text(self, row: SettingRow, column: int) -> str:
        match column:
            case SettingColumn.MEANING:
                return row.meaning
            case SettingColumn.VALUE:
                return row.value + ("  (changed)" if row.changed else "")
            case SettingColumn.DEFAULT:
                return row.default
            case SettingColumn.SOURCE:
                return row.source
        return ""

    def tooltip(self, row: SettingRow, column: int) -> str | None:
        if column in (SettingColumn.VALUE, SettingColumn.DEFAULT):
            return f"{row.meaning} {row.value} (default {row.default})"
        return None

    def foreground(self, row: SettingRow, column: int) -> QColor | None:
        if column == SettingColumn.VALUE and row.changed:
            return QColor(theme.ELEVATED_INK)
        return None


class ProductColumn(IntEnum):
    NAME = 0
    CONCENTRATION = 1
    SUGAR = 2
    IGA = 3
    INITIAL = 4
    MAXIMUM = 5
    AT_RISK = 6
    LABEL = 7


class ProductsTableModel(RecordTableModel[Product]):
    columns = ProductColumn
    headers = (
        "Product",
        "Conc.",
        "Sugar",
        "IgA µg/mL",
        "Initial rate",
        "Maximum rate",
        "At-risk max.",
        "Label data",
    )

    def text(self, row: Product, column: int) -> str:
        unit = row.rate_unit.value
        match column:
            case ProductColumn.NAME:
                return row.name
            case ProductColumn.CONCENTRATION:
                return f"{fmt(row.concentration_pct)} %"
            case ProductColumn.SUGAR:
                return row.sugar
            case ProductColumn.IGA:
                return row.iga_ug_per_ml or "-"
            case ProductColumn.INITIAL:
                return f"{fmt(row.initial_rate)} {unit}" if row.initial_rate is not None else "-"
            case ProductColumn.MAXIMUM:
                if row.max_rate is None:
                    return "-"
                extra = "".join(
                    f"; {code} {fmt(rate)}" for code, rate in row.max_rate_by_indication.items()
                )
                return f"{fmt(row.max_rate)} {unit}{extra}"
            case ProductColumn.AT_RISK:
                if row.at_risk_max_rate is None:
                    return "-"
                return f"{fmt(row.at_risk_max_rate)} {unit}"
            case ProductColumn.LABEL:
                return row.label_data
        return ""

    def tooltip(self, row: Product, column: int) -> str | None:
        if column == ProductColumn.MAXIMUM and row.max_rate_by_indication:
            return "indication-specific maxima replace the general maximum"
        return product_details(row)

    def foreground(self, row: Product, column: int) -> QColor | None:
        if column == ProductColumn.LABEL and row.label_data != "confirmed":
            return QColor(theme.ELEVATED_INK)
        return None


def product_details(product: Product) -> str:
    """Maker, label status and note, minimum age and the source document of one product."""
    parts = [f"{product.name} ({product.maker}), {fmt(product.concentration_pct)} %"]
    status = f"label data {product.label_data}"
    if product.label_note:
        status += f": {product.label_note}"
    parts.append(status)
    if product.min_age_years is not None:
        parts.append(f"not advised under {fmt(product.min_age_years)} years")
    parts.append(f"source: {product.source}")
    return "; ".join(parts)


class SettingsPage(QWidget):
    """Shows the values in use beside their defaults; nothing here can be changed yet."""

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(title_label("Settings"))
        layout.addWidget(
            muted_label(
                "Shown read-only: thresholds, timings and the catalogue are changed by an "
                "administrator, not from this page in this version. Values that differ from "
                "the default are marked (changed)."
            )
        )
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.settings = SettingsTableModel(self)
        self.settings_table = record_table(
            self.settings, stretch=SettingColumn.MEANING, widths=(400, 270, 270, 220)
        )
        self.settings_table.setWordWrap(True)
        self.products = ProductsTableModel(self)
        self.products_table = record_table(
            self.products,
            stretch=ProductColumn.LABEL,
            widths=(230, 65, 85, 110, 135, 260, 130, 100),
        )
        self.product_detail = QLabel()
        self.product_detail.setWordWrap(True)
        self.products_table.selectionModel().selectionChanged.connect(self._product_selected)
        catalogue = QWidget()
        catalogue_layout = QVBoxLayout(catalogue)
        catalogue_layout.addWidget(self.products_table, 1)
        catalogue_layout.addWidget(self.product_detail)
        self.tabs.addTab(self.settings_table, "Risk thresholds and check timings")
        self.tabs.addTab(catalogue, "Product catalogue")
        layout.addWidget(self.tabs, 1)
        self.note = muted_label(
            "Label rates are in each label's own unit; a pump rate is converted with the "
            "concentration (mL/kg/h = mL/h / kg; mg/kg/min = mL/kg/h x mg/mL / 60). "
            "Products without label rates are not checked: the ward enters local limits."
        )
        layout.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.ctx.forget_cached()
            risk, checks = self.ctx.risk_settings(), self.ctx.check_settings()
            products = sorted(self.ctx.products().values(), key=lambda p: p.name.lower())
        except EXPECTED_ERRORS as error:
            self.message.show_message(f"Settings could not be loaded. {message_for(error)}")
            return
        self.message.clear_message()
        self.settings.set_rows(setting_rows(risk, checks))
        self.products.set_rows(products)
        self.settings_table.resizeRowsToContents()
        if products:
            self.products_table.selectRow(0)

    def _product_selected(self, *_: object) -> None:
        row = selected_row(self.products_table)
        if row is None:
            self.product_detail.setText("")
            return
        self.product_detail.setText(product_details(self.products.row_at(row)))
