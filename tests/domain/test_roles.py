"""Who may do what: the permissions that guard bulk and ward-wide changes."""

from __future__ import annotations

import pytest

from ivigmon.domain.roles import Permission, Role, allows

# (role, permission, allowed); None is a database without accounts yet (first start).
TABLE: list[tuple[Role | None, Permission, bool]] = [
    (Role.NURSE, Permission.IMPORT, False),
    (Role.WARD_STAFF, Permission.IMPORT, False),
    (Role.ADMIN, Permission.IMPORT, True),
    (None, Permission.IMPORT, True),
    (Role.NURSE, Permission.CHANGE_SETTINGS, False),
    (Role.WARD_STAFF, Permission.CHANGE_SETTINGS, False),
    (Role.ADMIN, Permission.CHANGE_SETTINGS, True),
    (Role.NURSE, Permission.RECORD_INFUSIONS, True),
    (Role.ADMIN, Permission.RECORD_INFUSIONS, False),
]


@pytest.mark.parametrize(("role", "permission", "allowed"), TABLE)
def test_import_and_settings_are_for_administrators(
    role: Role | None, permission: Permission, allowed: bool
) -> None:
    assert allows(role, permission) is allowed
