"""The row of buttons at the foot of every dialog: the primary action and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QPushButton


def add_dialog_buttons(
    dialog: QDialog,
    layout: QBoxLayout,
    label: str,
    on_accept: Callable[[], object],
    *,
    default: bool = True,
    ctrl_return: bool = False,
) -> QPushButton:
    """The action button (styled as primary) and Cancel; Ctrl+Enter saves where asked."""
    buttons = QDialogButtonBox()
    action = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    action.setProperty("primary", True)
    action.setDefault(default)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    action.clicked.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if ctrl_return:
        QShortcut(QKeySequence("Ctrl+Return"), dialog, on_accept)
    return action
