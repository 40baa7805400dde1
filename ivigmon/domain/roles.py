"""Who may do what: the roles of the ward and the permissions each one has."""

from __future__ import annotations

from enum import StrEnum

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP


class Role(StrEnum):
    NURSE = "nurse"
    WARD_STAFF = "ward_staff"
    ADMIN = "admin"


class Permission(StrEnum):
    VIEW = "view"
    RECORD_PATIENTS = "record_patients"
    RECORD_INFUSIONS = "record_infusions"
    RECORD_CHECKS = "record_checks"
    IMPORT = "import"
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    EDIT_CATALOGUE = "edit_catalogue"


# How a refusal names the people of a role: "ward staff may not ...".
ROLE_PLURALS: dict[Role, str] = {
    Role.NURSE: "nurses",
    Role.WARD_STAFF: "ward staff",
    Role.ADMIN: "administrators",
}

# Marked for translation: the screens show them translated (`QCoreApplication.translate("roles",
# ...)`); the command line and the records keep these words.
ROLE_NAMES: dict[Role, str] = {
    Role.NURSE: QT_TRANSLATE_NOOP("roles", "nurse"),
    Role.WARD_STAFF: QT_TRANSLATE_NOOP("roles", "ward staff"),
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "administrator"),
}

# Nurses document the bedside; ward staff work the follow-up checks; administrators look after
# users, settings and the product catalogue, and alone load data files (an import adds records
# in bulk, under other people's names, and none of them can be deleted). Everyone may view.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.NURSE: frozenset(
        {
            Permission.VIEW,
            Permission.RECORD_PATIENTS,
            Permission.RECORD_INFUSIONS,
            Permission.RECORD_CHECKS,
        }
    ),
    Role.WARD_STAFF: frozenset({Permission.VIEW, Permission.RECORD_CHECKS}),
    Role.ADMIN: frozenset(
        {
            Permission.VIEW,
            Permission.IMPORT,
            Permission.MANAGE_USERS,
            Permission.CHANGE_SETTINGS,
            Permission.EDIT_CATALOGUE,
        }
    ),
}


def allows(role: Role | None, permission: Permission) -> bool:
    """`None` is a database without user accounts yet (first start): everything is allowed."""
    return role is None or permission in PERMISSIONS[role]
