"""The main window's sidebar: the list of pages, and the running infusions one click away."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ivigmon.domain.models import Infusion
from ivigmon.ui.labels import muted_label
from ivigmon.ui.theme import BASE_POINT_SIZE
from ivigmon.ui.wording import OPEN_ALERT_MARK, clock, when, words

NAVIGATION_ROW_HEIGHT = 44  # at the base font size; larger text, taller rows
WIDTH = 200


class Sidebar(QWidget):
    """Page `index` is reached with Ctrl+index+1; a running infusion's item holds (mrn, id).

    `pages` are the pages' names as shown (translated by the caller)."""

    def __init__(self, pages: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        # A QWidget subclass paints a style sheet background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side_layout = QVBoxLayout(self)
        side_layout.setContentsMargins(0, 0, 0, 8)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        for index, name in enumerate(pages):
            item = QListWidgetItem(f"{name}")
            item.setToolTip(self.tr("{page} (Ctrl+{key})").format(page=name, key=index + 1))
            self.navigation.addItem(item)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_layout.addWidget(self.navigation)
        running_title = QLabel(self.tr("Running infusions"))
        running_title.setStyleSheet("font-weight: 600; padding: 10px 10px 2px 12px;")
        side_layout.addWidget(running_title)
        # Wide enough for the titles at any text size, never narrower than the usual 200.
        self.setFixedWidth(max(WIDTH, running_title.sizeHint().width() + 8))
        self.running = QListWidget()
        self.running.setObjectName("runningList")
        self.running.setAccessibleName(self.tr("Running infusions"))
        self.running.setStyleSheet(
            "QListWidget { background: transparent; border: none; }"
            " QListWidget::item { padding: 5px 10px; }"
        )
        self.running.setWordWrap(True)
        side_layout.addWidget(self.running, 1)
        hint = muted_label(self.tr("Click one to open it at the bedside."))
        hint.setContentsMargins(12, 0, 8, 0)
        side_layout.addWidget(hint)

    def set_page_hidden(self, index: int, hidden: bool) -> None:
        """The list shrinks to the pages shown, so the running infusions sit right below."""
        self.navigation.item(index).setHidden(hidden)
        count = self.navigation.count()
        shown = sum(not self.navigation.item(i).isHidden() for i in range(count))
        scale = self.font().pointSizeF() / BASE_POINT_SIZE
        self.navigation.setFixedHeight(round(shown * NAVIGATION_ROW_HEIGHT * max(1.0, scale)) + 12)

    def show_running(
        self,
        running: Sequence[Infusion],
        names: Mapping[str, str],
        alerted: Mapping[str, int] | None = None,
    ) -> None:
        """`names` maps each infusion's MRN to the patient's name; `alerted` each infusion with
        open alerts to their number (marked with a symbol and words)."""
        self.running.clear()
        for infusion in running:
            text = self.tr("{name}\n{mrn}, since {time}").format(
                name=names[infusion.mrn], mrn=infusion.mrn, time=clock(infusion.start)
            )
            count = (alerted or {}).get(infusion.id, 0)
            if count:
                text += f"\n{words(OPEN_ALERT_MARK)}" + (f" ({count})" if count > 1 else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (infusion.mrn, infusion.id))
            item.setToolTip(
                self.tr("infusion {id}, started {time}").format(
                    id=infusion.id, time=when(infusion.start)
                )
            )
            self.running.addItem(item)
        if not running:
            item = QListWidgetItem(self.tr("none"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.running.addItem(item)
