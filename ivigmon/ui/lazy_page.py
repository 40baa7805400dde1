"""A page of the main window that is built the first time it is shown, not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

PageT = TypeVar("PageT", bound=QWidget)


class LazyPage(QWidget, Generic[PageT]):
    """Holds the place of a page in the stack; `page()` builds it on first use. The pages a
    nurse rarely opens (settings, users, about) then cost the window nothing at start-up."""

    def __init__(self, build: Callable[[], PageT], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: PageT | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> PageT:
        if self._page is None:
            self._page = self._build()
            self._layout.addWidget(self._page)
            self._page.show()  # added to a container that may already be on screen
        return self._page

    def built(self) -> bool:
        return self._page is not None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.page()
        super().showEvent(event)
