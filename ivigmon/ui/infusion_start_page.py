"""The start form of a bedside infusion, with live figures; nothing is stored until it starts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import Diagnosis, LabelUse, WeightBasis
from ivigmon.domain.dosing_weight import AdjustedWeight, NoAdjustedWeight
from ivigmon.domain.fluid_volume import FluidVolume
from ivigmon.domain.models import Infusion, Lot, Premedication, RateStep
from ivigmon.domain.products import Product
from ivigmon.domain.rate_plan import RatePlan
from ivigmon.domain.roles import Permission
from ivigmon.domain.time_entry import parse_moment, parse_optional_date
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.domain.validation import (
    DOSE_G,
    LOT_MAX,
    PUMP_RATE_ML_H,
    WEIGHT_KG,
    Flag,
    ValidationError,
    parse_number_text,
)
from ivigmon.services import infusions
from ivigmon.services.bedside import StartDefaults, start_flags, start_preview
from ivigmon.services.context import Context
from ivigmon.services.plan_sheet import plan_sheet
from ivigmon.ui.assessment_panel import AssessmentPanel
from ivigmon.ui.bedside_entries import PremedicationEntry, VitalsEntry
from ivigmon.ui.earlier_reactions_box import EarlierReactionsBox
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields, Problems
from ivigmon.ui.gates import gate
from ivigmon.ui.labels import figures_label, muted_label, set_warning, warning_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.phrases import phrase_words
from ivigmon.ui.plan_print import preview_plan
from ivigmon.ui.rate_plan_view import RatePlanView
from ivigmon.ui.scrolling import scrolling
from ivigmon.ui.start_flags_dialog import StartFlagsDialog
from ivigmon.ui.start_words import START_WORDS, accepted_flags_note, flag_lines, flag_summary
from ivigmon.ui.wording import (
    LABEL_USE_WORDS,
    WEIGHT_BASIS_WORDS,
    adjusted_offer_text,
    decimal,
    diagnosis_text,
    number,
    product_text,
    sentence,
    when,
    words,
)

MAX_LOTS = 4
PREMED_ROWS = 2
RECORD = "new infusion"
PLAN_HINT = QT_TRANSLATE_NOOP(
    "InfusionStartPage",
    "The plan appears once the product, the dosing weight and the dose are typed.",
)


class LotEntry(QWidget):
    """A lot number and its expiry date on one line."""

    def __init__(self, number_: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.lot = QLineEdit()
        self.lot.setPlaceholderText(self.tr("lot {number}").format(number=number_))
        self.lot.setMaxLength(LOT_MAX)
        self.expiry = QLineEdit()
        self.expiry.setPlaceholderText(self.tr("expiry yyyy-mm-dd"))
        row.addWidget(self.lot, 3)
        row.addWidget(self.expiry, 2)


class InfusionStartPage(QWidget):
    """Emits `infusion_started(id, flags)` once the infusion is stored."""

    infusion_started = Signal(str, object)  # infusion id, tuple[Flag, ...]

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        defaults: StartDefaults,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.defaults = defaults
        self.mrn = defaults.history.patient.mrn
        self.products: dict[str, Product] = ctx.products()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The form scrolls when earlier reactions, warnings and the label rates need more room
        # than the screen has; the message and Start stay in sight below it.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.form_area = scrolling(body, follow_focus=True)
        layout.addWidget(self.form_area, 1)
        # Before the form: what happened at earlier infusions (SPEC 9).
        self.reactions = EarlierReactionsBox(hide_empty=True)
        self.reactions.show_reactions(defaults.reactions)
        body_layout.addWidget(self.reactions)
        # Side by side where the window has room for both; one above the other where large
        # text makes them wider than the window (the form scrolls down, never sideways).
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body_layout.addLayout(columns, 1)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(10)
        columns.addLayout(right, 1)
        self.columns, self.left_column, self.right_column = columns, left, right

        # -- product and dose --------------------------------------------------------------
        product_box = QGroupBox(self.tr("Product and dose"))
        form = QFormLayout(product_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.product = QComboBox()
        # As wide as the column gives, not as the longest product name: the two columns share
        # a 1366-pixel screen and the rate plan's table needs its half.
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.product.setMinimumContentsLength(24)
        self.product.addItem(self.tr("- choose the product -"), None)
        # A retired product is no longer offered; earlier infusions keep theirs.
        offered = [p for p in self.products.values() if not p.is_retired]
        for product in sorted(offered, key=lambda p: p.name.lower()):
            self.product.addItem(product_text(product), product.id)
        if self.product.findData(defaults.previous_product_id) > 0:
            self.product.setCurrentIndex(self.product.findData(defaults.previous_product_id))
        form.addRow(self.tr("&Product"), self.product)

        lots_widget = QWidget()
        self.lots_layout = QVBoxLayout(lots_widget)
        self.lots_layout.setContentsMargins(0, 0, 0, 0)
        self.lots_layout.setSpacing(3)
        self.lots: list[LotEntry] = []
        # Most infusions use one lot: Alt+A adds another, and Tab goes on to the indication.
        self.more_lots = QPushButton(self.tr("+ &another lot"))
        self.more_lots.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.more_lots.clicked.connect(self.add_lot)
        self.lots_layout.addWidget(self.more_lots)
        self.add_lot()
        lots_label = QLabel(self.tr("&Lots"))
        lots_label.setBuddy(self.lots[0].lot)  # a container takes no focus: the first lot does
        form.addRow(lots_label, lots_widget)

        self.indication = QComboBox()
        for code in Diagnosis:
            self.indication.addItem(diagnosis_text(code), code.value)
        if defaults.indication is not None:
            self.indication.setCurrentIndex(self.indication.findData(defaults.indication.value))
        form.addRow(self.tr("&Indication"), self.indication)
        self.label_use = QComboBox()
        self.label_use.addItem(self.tr("- choose -"), None)
        for use in LabelUse:
            self.label_use.addItem(words(LABEL_USE_WORDS[use]), use.value)
        form.addRow(self.tr("Label &use"), self.label_use)

        weight_row = QHBoxLayout()
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(self.tr("kg"))
        self.basis = QComboBox()
        for basis in WeightBasis:
            self.basis.addItem(words(WEIGHT_BASIS_WORDS[basis]), basis.value)
        weight_row.addWidget(self.weight, 1)
        weight_row.addWidget(self.basis, 1)
        weight_note = self.tr("no weight measured yet")
        self.weight_warning = warning_label()
        if defaults.latest_weight is not None:
            at, kg = defaults.latest_weight
            days = (self.ctx.now() - at).days
            if defaults.weight_is_stale:
                # Too old to dose a child by: the nurse weighs the child and types the weight.
                set_warning(self.weight_warning, START_WORDS.stale_weight(kg, days))
                weight_note = ""
            else:
                self.weight.setText(number(kg))
                ago = self.tr("today") if days < 1 else START_WORDS.days_ago(days)
                weight_note = self.tr("measured {kg} kg on {when} ({ago})").format(
                    kg=number(kg), when=when(at), ago=ago
                )
        weight_label = QLabel(self.tr("Dosing &weight"))
        weight_label.setBuddy(self.weight)
        form.addRow(weight_label, _wrap(weight_row))
        self.weight_note = muted_label(weight_note)
        self.weight_note.setVisible(bool(weight_note))
        form.addRow("", self.weight_note)
        form.addRow("", self.weight_warning)
        # With OBESITY: the adjusted weight and its arithmetic, offered, never chosen for the
        # nurse (the prescriber decides; the basis is stored with the infusion).
        self.adjusted = defaults.adjusted
        self.adjusted_note = muted_label()
        self.use_adjusted = QPushButton()
        self.use_adjusted.clicked.connect(self.choose_adjusted)
        adjusted_row = QVBoxLayout()
        adjusted_row.setSpacing(3)
        adjusted_row.addWidget(self.adjusted_note)
        adjusted_row.addWidget(self.use_adjusted, 0, Qt.AlignmentFlag.AlignLeft)
        self.adjusted_box = _wrap(adjusted_row)
        form.addRow("", self.adjusted_box)
        self._show_adjusted_offer()
        self.basis.currentIndexChanged.connect(self._basis_chosen)
        self.dose = QLineEdit()
        self.dose.setPlaceholderText(self.tr("total dose in grams"))
        form.addRow(self.tr("&Dose (g)"), self.dose)
        self.figures = figures_label()
        form.addRow("", self.figures)
        # YOUNG_CHILD or KAWASAKI_CARDIAC: the volume per kg, and what a 10 % product gives.
        self.fluid = muted_label()
        self.fluid.setObjectName("startFluid")
        self.fluid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow("", self.fluid)
        self.flag_warnings = warning_label()
        form.addRow("", self.flag_warnings)
        self.start_at = QLineEdit()
        self.start_at.setPlaceholderText(self.tr("now - or 09:00"))
        form.addRow(self.tr("S&tart time"), self.start_at)
        self.first_rate = QLineEdit()
        self.first_rate.setPlaceholderText(self.tr("pump mL/h at the start (optional)"))
        form.addRow(self.tr("&First pump rate (mL/h)"), self.first_rate)
        self.rates = muted_label()
        form.addRow("", self.rates)
        self.infection = QCheckBox(self.tr("Active infection now"))
        form.addRow("", self.infection)
        self.notes = QLineEdit()
        form.addRow(self.tr("&Notes"), self.notes)
        left.addWidget(product_box)
        left.addStretch(1)

        # -- premedication and baseline ------------------------------------------------------
        premed_box = QGroupBox(self.tr("Premedication"))
        premed_layout = QVBoxLayout(premed_box)
        self.premeds = [PremedicationEntry() for _ in range(PREMED_ROWS)]
        for entry in self.premeds:
            premed_layout.addWidget(entry)
        right.addWidget(premed_box)
        vitals_box = QGroupBox(self.tr("Baseline vital signs (time blank = the start time)"))
        vitals_layout = QVBoxLayout(vitals_box)
        self.vitals = VitalsEntry(time_label=self.tr("Ti&me"))  # Alt+T is the start time
        vitals_layout.addWidget(self.vitals)
        right.addWidget(vitals_box)
        plan_box = QGroupBox(self.tr("Rate plan"))
        plan_layout = QVBoxLayout(plan_box)
        self.plan = RatePlanView()
        plan_layout.addWidget(self.plan)
        self.print_button = QPushButton(self.tr("Print the plan… (Ctrl+P)"))
        self.print_button.setToolTip(
            self.tr("A page with the patient, the dose and the plan's steps")
        )
        self.print_button.clicked.connect(self.print_plan)
        plan_layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_plan)
        self.shown_plan: RatePlan | None = None
        self.print_preview: QPrintPreviewDialog | None = None
        right.addWidget(plan_box)
        self.assessment = AssessmentPanel(self.tr("Patient now"))
        self.assessment.show_assessment(defaults.assessment)
        right.addWidget(self.assessment, 1)

        # -- saving --------------------------------------------------------------------------
        self.message = MessageBar()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        not_stored = muted_label(self.tr("Nothing is stored until you start the infusion."))
        not_stored.setWordWrap(False)
        buttons.addWidget(not_stored)
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("&Start infusion (Ctrl+Enter)"))
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.start)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.start)

        self.flags_dialog: StartFlagsDialog | None = None
        self.fields = FormFields(self.message)
        self.fields.add("product", self.product, self.tr("Product"))
        self.fields.add("lots", self.lots[0].lot, self.tr("Lot"))
        self.fields.add("lot", self.lots[0].lot, self.tr("Lot"))
        self.fields.add("expiry", self.lots[0].expiry, self.tr("Expiry"))
        self.fields.add("indication", self.indication, self.tr("Indication"))
        self.fields.add("label_use", self.label_use, self.tr("Label use"))
        self.fields.add("dosing_weight_kg", self.weight, self.tr("Dosing weight (kg)"))
        self.fields.add("dose_g", self.dose, self.tr("Dose (g)"))
        self.fields.add("start", self.start_at, self.tr("Start time"))
        self.fields.add("first_rate", self.first_rate, self.tr("First pump rate (mL/h)"))
        self.fields.add("notes", self.notes, self.tr("Notes"))
        for index, entry in enumerate(self.premeds):
            entry.register(self.fields, prefix=f"premed{index}_")
        self.vitals.register(self.fields, prefix="vitals_")

        for signal in (
            self.product.currentIndexChanged,
            self.indication.currentIndexChanged,
            self.weight.textChanged,
            self.dose.textChanged,
            self.first_rate.textChanged,
        ):
            signal.connect(self.update_figures)
        self._set_tab_order()
        self.update_figures()
        events.user_signed_in.connect(self.apply_access)
        self.apply_access()

    def apply_access(self, *_: object) -> None:
        """Another user may sign in at the lock screen: the form stays, Start follows the role."""
        gate(
            self.start_button,
            self.ctx,
            Permission.RECORD_INFUSIONS,
            tooltip=self.tr("Stores the infusion with everything typed here (Ctrl+Enter)"),
        )

    # -- layout helpers --------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange_columns()

    def _arrange_columns(self) -> None:
        """Side by side when both columns fit the form's width (less a scroll bar, so that a
        scroll bar coming or going never flips them back), else one above the other."""
        scroll_bar = self.form_area.verticalScrollBar().sizeHint().width()
        room = self.form_area.width() - scroll_bar
        needed = (
            self.left_column.minimumSize().width()
            + self.right_column.minimumSize().width()
            + 10
            + self.columns.spacing() * 2
        )
        direction = (
            QBoxLayout.Direction.LeftToRight if needed <= room else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def add_lot(self) -> LotEntry | None:
        if len(self.lots) >= MAX_LOTS:
            return None
        entry = LotEntry(len(self.lots) + 1)
        self.lots_layout.insertWidget(len(self.lots), entry)
        self.lots.append(entry)
        self.more_lots.setEnabled(len(self.lots) < MAX_LOTS)
        if len(self.lots) > 1:
            self._set_tab_order()
            # Shown now, not by the layout's queued event: a Tab typed straight after the
            # button would otherwise leave a field that is not yet on screen and go astray.
            entry.show()
            entry.lot.setFocus()
        return entry

    def _set_tab_order(self) -> None:
        """Top to bottom, left column first, as the nurse reads the prescription."""
        chain: list[QWidget] = [self.product]
        for lot in self.lots:
            chain += [lot.lot, lot.expiry]
        chain += [
            self.indication,
            self.label_use,
            self.weight,
            self.basis,
            self.use_adjusted,
            self.dose,
            self.start_at,
            self.first_rate,
            self.infection,
            self.notes,
        ]
        for entry in self.premeds:
            chain += [entry.at, entry.drug, entry.drug_class, entry.dose, entry.route]
        chain.append(self.vitals.at)
        chain += list(self.vitals.edits.values())
        chain.append(self.start_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def is_dirty(self) -> bool:
        """Something typed that would be lost by closing."""
        texts = [self.dose.text(), self.notes.text(), self.first_rate.text()]
        texts += [lot.lot.text() for lot in self.lots]
        return any(t.strip() for t in texts) or not all(p.is_blank() for p in self.premeds)

    # -- live figures ------------------------------------------------------------------------
    def _selected_product(self) -> Product | None:
        product_id = self.product.currentData()
        return self.products.get(product_id) if product_id else None

    def _number_or_none(self, edit: QLineEdit) -> float | None:
        try:
            return parse_number_text(RECORD, "x", edit.text())
        except ValidationError:
            return None

    def update_figures(self, *_: object) -> None:
        """g/kg, volume and mL/kg as the dose is typed; the label rates as pump settings."""
        preview = start_preview(
            self.ctx,
            self.defaults,
            product_id=self.product.currentData(),
            indication=Diagnosis(self.indication.currentData()),
            weight_kg=self._number_or_none(self.weight),
            dose_g=self._number_or_none(self.dose),
            first_rate_ml_per_h=self._number_or_none(self.first_rate),
            lots=self._typed_lots(),
        )
        product = preview.product
        # Short here, so the form keeps to the screen; in full in the tooltip and, before the
        # start, in the confirmation.
        set_warning(self.flag_warnings, flag_summary(f.field for f in preview.flags))
        self.flag_warnings.setToolTip(
            flag_lines((f.field, phrase_words(f.message)) for f in preview.flags)
        )
        self.plan.show_plan(preview.plan, self.tr(PLAN_HINT))
        self.shown_plan = preview.plan
        self.print_button.setEnabled(preview.plan is not None)
        self.fluid.setText(self._fluid_text(preview.fluid) if preview.fluid is not None else "")
        self.fluid.setVisible(preview.fluid is not None)
        if product is None:
            self.figures.setText(self.tr("Choose the product to see the volume and rates."))
            self.rates.setText("")
            return
        if preview.label is None:
            self.figures.setText(self.tr("Type the dosing weight to see g/kg and mL/kg."))
            self.rates.setText("")
            return
        if preview.dose is not None:
            figures = preview.dose
            text = self.tr("= {g_per_kg} g/kg · {volume} mL of {pct} % ({ml_per_kg} mL/kg)").format(
                g_per_kg=decimal(f"{figures.g_per_kg:.2f}"),
                volume=f"{figures.volume_ml:.0f}",
                pct=number(product.concentration_pct),
                ml_per_kg=decimal(f"{figures.ml_per_kg:.1f}"),
            )
            self.figures.setText(text)
        else:
            self.figures.setText(self.tr("Type the dose in grams to see g/kg and the volume."))
        rates = preview.label
        lines = rates.lines()
        text = self.tr("Rate limits for this child:") + "\n" + "\n".join(lines) if lines else ""
        if rates.note:
            text = f"{text}\n{rates.note}" if text else rates.note
        step = preview.first_step
        if step is not None:
            first = self.tr(
                "First rate {ml_per_h} mL/h = {ml_per_kg_h} mL/kg/h = {mg} mg/kg/min"
            ).format(
                ml_per_h=number(step.ml_per_h, 1),
                ml_per_kg_h=decimal(f"{step.rate.ml_per_kg_h:.2f}"),
                mg=decimal(f"{step.rate.mg_per_kg_min:.2f}"),
            )
            if step.warning:
                first += "\n" + self.tr("⚠ Warning: {warning}").format(warning=step.warning)
            text = (
                first + ("" if step.limited else f": {step.basis}") + ("\n" + text if text else "")
            )
        self.rates.setText(text)

    def _fluid_text(self, fluid: FluidVolume) -> str:
        """`Fluid (YOUNG_CHILD): 640 mL of 5 % = 40.0 mL/kg of the dosing weight; a 10 %
        product halves the volume: ...` (`FluidVolume.text` in the language of the screens)."""
        text = self.tr(
            "Fluid ({why}): {volume} mL of {pct} % = {ml_per_kg} mL/kg of the dosing weight"
        ).format(
            why=", ".join(code.value for code in fluid.codes),
            volume=f"{fluid.volume_ml:.0f}",
            pct=number(fluid.concentration_pct),
            ml_per_kg=decimal(f"{fluid.ml_per_kg:.1f}"),
        )
        other = fluid.alternative
        if other is not None:
            text += self.tr(
                "; a 10 % product halves the volume: {product} would give {volume} mL,"
                " {ml_per_kg} mL/kg"
            ).format(
                product=other.product_name,
                volume=f"{other.volume_ml:.0f}",
                ml_per_kg=decimal(f"{other.ml_per_kg:.1f}"),
            )
        return text + "."

    # -- the adjusted weight ----------------------------------------------------------------
    def _show_adjusted_offer(self) -> None:
        offer = self.adjusted
        self.adjusted_box.setVisible(offer is not None)
        if isinstance(offer, AdjustedWeight):
            self.adjusted_note.setText(adjusted_offer_text(offer))
            self.use_adjusted.setText(
                self.tr("Use adjusted {kg} kg").format(kg=decimal(f"{offer.adjusted_kg:.1f}"))
            )
            self.use_adjusted.setToolTip(
                self.tr("Sets the dosing weight to the adjusted weight and its basis to adjusted")
            )
        elif isinstance(offer, NoAdjustedWeight):
            self.adjusted_note.setText(sentence(offer.reason) + ".")
        self.use_adjusted.setVisible(isinstance(offer, AdjustedWeight))

    def choose_adjusted(self) -> None:
        """The button: the adjusted weight and the basis `adjusted`, both at once."""
        self.basis.setCurrentIndex(self.basis.findData(WeightBasis.ADJUSTED.value))
        self._basis_chosen()

    def _basis_chosen(self, *_: object) -> None:
        """Choosing the basis fills the weight it names, where the form knows it: the adjusted
        weight offered, or the measured weight again (a typed weight is left as typed)."""
        offer = self.adjusted
        if not isinstance(offer, AdjustedWeight):
            return
        adjusted = f"{offer.adjusted_kg:.1f}"
        if self.basis.currentData() == WeightBasis.ADJUSTED.value:
            self.weight.setText(adjusted)
        elif self.weight.text().strip() == adjusted:
            measured = self.defaults.latest_weight
            usable = measured is not None and not self.defaults.weight_is_stale
            self.weight.setText(number(measured[1]) if usable and measured else "")

    # -- printing ----------------------------------------------------------------------------
    def print_plan(self) -> QPrintPreviewDialog | None:
        """The plan on paper, with the patient and the weight's basis: a print preview."""
        plan = self.shown_plan
        if plan is None:
            self.message.show_message(self.tr(PLAN_HINT), "info")
            return None
        sheet = plan_sheet(
            self.ctx,
            plan,
            basis=WeightBasis(self.basis.currentData()),
            indication=Diagnosis(self.indication.currentData()),
            patient=self.defaults.history.patient,
        )
        self.print_preview = preview_plan(self, sheet)
        return self.print_preview

    def _typed_lots(self) -> tuple[Lot, ...]:
        return tuple(
            Lot(lot.lot.text().strip(), self._expiry_or_none(lot))
            for lot in self.lots
            if lot.lot.text().strip()
        )

    def _expiry_or_none(self, lot: LotEntry) -> date | None:
        try:
            return parse_optional_date(RECORD, "expiry", lot.expiry.text())
        except ValidationError:
            return None

    # -- saving --------------------------------------------------------------------------------
    def build(self) -> Infusion:
        """The infusion as typed, or every problem at once (`SeveralProblems`), each naming
        its field."""
        now = self.ctx.now()
        problems = Problems()
        product = self._selected_product()
        if product is None:
            problems.add(
                ValidationError(RECORD, "product", self.tr("choose the product from the catalogue"))
            )
        lots: list[Lot] = []
        for lot in self.lots:
            number_text = lot.lot.text().strip()
            expiry = problems.read(
                partial(parse_optional_date, RECORD, "expiry", lot.expiry.text()), None
            )
            if number_text:
                lots.append(Lot(number_text, expiry))
            elif lot.expiry.text().strip():
                problems.add(
                    ValidationError(
                        RECORD, "lot", self.tr("type the lot number for this expiry date")
                    )
                )
        if not lots and not any(p.field == "lot" for p in problems.found):
            problems.add(ValidationError(RECORD, "lots", self.tr("type at least one lot number")))
        label_use = self.label_use.currentData()
        if label_use is None:
            problems.add(
                ValidationError(RECORD, "label_use", self.tr("choose on label or off label"))
            )
        weight = problems.read(
            lambda: parse_number_text(RECORD, "dosing_weight_kg", self.weight.text(), WEIGHT_KG),
            0.0,
        )
        dose = problems.read(
            lambda: parse_number_text(RECORD, "dose_g", self.dose.text(), DOSE_G), 0.0
        )
        start = problems.read(
            lambda: parse_moment(RECORD, "start", self.start_at.text(), now=now), now
        )
        steps: tuple[RateStep, ...] = ()
        if self.first_rate.text().strip():
            rate = problems.read(
                lambda: parse_number_text(
                    RECORD, "first_rate", self.first_rate.text(), PUMP_RATE_ML_H
                ),
                None,
            )
            if rate is not None:
                steps = (RateStep(at=start, ml_per_h=rate),)
        premeds: list[Premedication] = []
        for index, entry in enumerate(self.premeds):
            premed = problems.read(
                partial(entry.read, f"{RECORD} premedication", now=now, prefix=f"premed{index}_"),
                None,
            )
            if premed is not None:
                premeds.append(premed)
        vitals = problems.read(
            lambda: self.vitals.read(
                f"{RECORD} vital signs", now=now, default_at=start, prefix="vitals_"
            ),
            None,
        )
        problems.raise_any()
        assert product is not None and label_use is not None
        return Infusion(
            id="",
            mrn=self.mrn,
            indication=Diagnosis(self.indication.currentData()),
            label_use=LabelUse(label_use),
            product_id=product.id,
            dosing_weight_kg=weight,
            dose_g=dose,
            start=start,
            dosing_weight_basis=WeightBasis(self.basis.currentData()),
            lots=tuple(lots),
            active_infection=self.infection.isChecked(),
            rate_steps=steps,
            premedications=tuple(premeds),
            vitals=(vitals,) if vitals is not None else (),
            notes=self.notes.text().strip(),
        )

    def start(self) -> Operation[tuple[Infusion, tuple[Flag, ...]]] | None:
        """Store the infusion (one transaction, off the GUI thread); on an error keep the form
        as typed. None when the form itself is wrong (the message says which field) or when
        its warnings wait for the nurse's confirmation (`flags_dialog`)."""
        if self.flags_dialog is not None:
            return None  # the warnings already wait for an answer
        try:
            infusion = self.build()
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        flags = start_flags(self.ctx, self.defaults, infusion)
        if not flags:
            return self._store(infusion)
        self.fields.clear()
        dialog = StartFlagsDialog(flags, self.ctx.user, self)
        self.flags_dialog = dialog
        dialog.accepted.connect(lambda: self._store(_with_acceptance(infusion, flags, self.ctx)))
        dialog.rejected.connect(self._flags_refused)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return None

    def _flags_refused(self) -> None:
        self.flags_dialog = None
        self.dose.setFocus()

    def _store(self, infusion: Infusion) -> Operation[tuple[Infusion, tuple[Flag, ...]]] | None:
        self.flags_dialog = None
        return save_form(
            self,
            self.fields,
            lambda: infusions.start_infusion(self.ctx, infusion),
            self._started,
            button=self.start_button,
        )

    def _started(self, outcome: tuple[Infusion, tuple[Flag, ...]]) -> None:
        stored, flags = outcome
        self.fields.clear()
        self.events.infusion_logged.emit(stored.mrn, stored.id)
        self.infusion_started.emit(stored.id, flags)


def _with_acceptance(infusion: Infusion, flags: tuple[Flag, ...], ctx: Context) -> Infusion:
    """The notes name every accepted warning and who accepted it (the audit keeps when)."""
    note = accepted_flags_note((f.field for f in flags), ctx.user)
    notes = f"{infusion.notes}\n{note}" if infusion.notes else note
    return replace(infusion, notes=notes)


def _wrap(layout: QHBoxLayout | QVBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
