"""An inline message line for forms and pages: errors stay beside what the user typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class MessageBar(QLabel):
    """Hidden until a message is shown; kinds are `error`, `warning` and `info`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        prefix = {"error": "⚠ ", "warning": "⚠ ", "info": ""}.get(kind, "")
        self.setProperty("kind", kind)
        self.setText(prefix + text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()
