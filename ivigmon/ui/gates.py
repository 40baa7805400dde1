"""Enables an action only when the signed-in user may do it, with a tooltip saying why not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ivigmon.domain.roles import Permission
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.context import Context
from ivigmon.services.errors import NotPermitted
from ivigmon.ui.errors import not_permitted_words

READ_ONLY_REFUSAL = QT_TRANSLATE_NOOP(
    "gates", "Read-only: this database can be viewed but not changed."
)


def refusal(ctx: Context, permission: Permission) -> str | None:
    """Why this may not be done here (read-only database, or the role), or None."""
    if ctx.store.read_only and permission is not Permission.VIEW:
        return QCoreApplication.translate("gates", READ_ONLY_REFUSAL)
    try:
        ctx.require(permission)
    except NotPermitted as error:
        return QCoreApplication.translate("gates", "Not allowed for your role: {why}.").format(
            why=not_permitted_words(error)
        )
    return None


def may(ctx: Context, permission: Permission) -> bool:
    return refusal(ctx, permission) is None


def gate(
    control: QWidget | QAction,
    ctx: Context,
    permission: Permission,
    *,
    ready: bool = True,
    tooltip: str = "",
) -> bool:
    """Enabled when allowed and `ready` (say, a row is selected); a refusal is the tooltip."""
    why = refusal(ctx, permission)
    control.setEnabled(ready and why is None)
    control.setToolTip(why or tooltip)
    return why is None
