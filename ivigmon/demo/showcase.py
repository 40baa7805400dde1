"""The demo ward as the screenshots show it: the records, the ward's accounts, a nurse signed in."""

from __future__ import annotations

from datetime import datetime

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.codes import AlertKind
from ivigmon.services import alerts, infusions, users
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.context import Context
from ivigmon.services.importing import import_demo_ward

# A fixed moment for the demo ward of the screenshots, so that every run renders the same screens.
SCREENSHOT_NOW = datetime(2026, 3, 10, 10, 30)
# The demo ward's accounts (user name, display name, role, password, may sign in); the first is
# the administrator, the second the nurse who is signed in on the screenshots.
DEMO_ACCOUNTS = (
    ("lead", "Lena Lead", "admin", "demo-lead-1", True),
    ("anna", "Anna Kowalska", "nurse", "demo-anna-1", True),
    ("ben", "Ben Okafor", "nurse", "demo-ben-1", True),
    ("desk", "Ward desk (day shift)", "ward_staff", "demo-desk-1", True),
    ("olga", "Olga Berg", "nurse", "demo-olga-1", False),
)


def seed_showcase(ctx: Context) -> tuple[str, str]:
    """The 70-patient demo ward, its users, a nurse signed in who corrected one rate step.

    Returns the administrator's user name and password, for the administrator's screens.
    """
    import_demo_ward(ctx, build_demo_document(patients=70, seed=1, now=SCREENSHOT_NOW))
    for username, display_name, role, password, active in DEMO_ACCOUNTS:
        users.add_user(
            ctx, username=username, display_name=display_name, role=role, password=password
        )
        if not active:
            users.set_active(ctx, username, False)
    nurse = DEMO_ACCOUNTS[1]
    users.sign_in(ctx, nurse[0], nurse[3])
    # The infusion the screenshots open at the bedside: a running one with a vital-sign alert.
    alarmed = {a.infusion_id for a in alerts.open_alerts(ctx) if a.kind is AlertKind.VITAL_SIGNS}
    running = sorted(infusions.running_infusions(ctx), key=lambda i: i.id not in alarmed)
    steps = running[0].rate_steps if running else ()
    if len(steps) >= 2:
        mark_entered_in_error(
            ctx,
            EntryKind.RATE_STEP,
            str(steps[-1].id),
            "pump rate misread: the pump shows the previous rate",
        )
    admin = DEMO_ACCOUNTS[0]
    return admin[0], admin[3]
