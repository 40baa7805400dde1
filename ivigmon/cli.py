"""The `ivigmon` command line (SPEC section 6): the same services as the desktop app."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import shlex
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO, cast

from ivigmon import (
    __version__,
    cli_handover,
    cli_lot,
    cli_move,
    cli_product,
    cli_server_backup,
    paths,
)
from ivigmon.cli_ae_report import add_ae_report_parser, run_ae_report
from ivigmon.cli_fhir import add_fhir_argument, run_fhir_export, wants_fhir
from ivigmon.cli_plan import add_plan_parser, run_plan
from ivigmon.cli_report import add_report_parser, run_report
from ivigmon.cli_template import add_template_argument, run_template, wants_template
from ivigmon.cli_text import SafeText, printable
from ivigmon.demo import accounts as demo_accounts
from ivigmon.domain.models import RiskAssessment
from ivigmon.domain.roles import Permission, Role
from ivigmon.domain.timefmt import TimeFormatError, parse_local, to_display
from ivigmon.domain.validation import ValidationError, shown_identifier
from ivigmon.logging_setup import mask_value, start_log
from ivigmon.services import (
    alerts,
    assessment,
    audit,
    importing,
    interchange,
    patients,
    settings,
    spreadsheet_import,
    users,
    worklist,
)
from ivigmon.services import backup as backups
from ivigmon.services.bulk import spreadsheet_files
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import (
    CorruptDatabase,
    EnvironmentFailure,
    MissingDatabase,
    NotOurDatabase,
    StorageError,
)
from ivigmon.services.export_file import export_to_file
from ivigmon.storage.engine import is_server

log = logging.getLogger("ivigmon.cli")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

USER_ENV = "IVIGMON_USER"
PASSWORD_ENV = "IVIGMON_PASSWORD"
NEW_PASSWORD_ENV = "IVIGMON_NEW_PASSWORD"

# Findings of one check printed by `audit verify`; the rest are counted.
AUDIT_LINES_PER_CHECK = 10

# The demo ward is one ward (the paper's size is 70); the service is a national one.
WARD_MAX_PATIENTS = 5_000
SERVICE_MAX_PATIENTS = 500_000

LEVEL_MARK = {"high": "HIGH (!!)", "elevated": "ELEVATED (!)", "standard": "standard"}


class BadInput(Exception):
    """A command-line value that cannot be used; exits with status 2."""


class Unavailable(Exception):
    """The computer stops the command (a data folder that cannot be made); exits with 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ivigmon",
        description="Bedside IVIG infusion log, risk flags and follow-up worklist. "
        "It documents, computes and reminds; the clinician decides.",
    )
    parser.add_argument("--version", action="version", version=f"ivigmon {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=f"database file (default: {paths.default_db_path()})"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=os.environ.get(USER_ENV),
        help=f"act as this user (default: ${USER_ENV}); the password comes from "
        f"${PASSWORD_ENV} or is asked for",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the desktop window (the default)")
    sub.add_parser("init", help="create or upgrade the database")
    demo = sub.add_parser("demo", help="fill the database with a synthetic ward")
    demo.add_argument("--patients", type=int, default=70, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--service",
        action="store_true",
        help="a national immunoglobulin service over years instead of one ward",
    )
    demo.add_argument("--years", type=float, default=10.0, metavar="Y", help="with --service")
    imp = sub.add_parser(
        "import", help="import an ivigmon/1 file, or a spreadsheet (.xlsx, .csv); all or nothing"
    )
    imp.add_argument("file", metavar="FILE.json|FILE.xlsx|FILE.csv")
    exp = sub.add_parser("export", help="write everything as an ivigmon/1 file (or FHIR R4)")
    exp.add_argument("file", metavar="FILE.json", nargs="?")
    add_fhir_argument(exp)
    add_template_argument(exp)
    risk = sub.add_parser("risk", help="a patient's risk now and of the latest infusion")
    risk.add_argument("mrn", metavar="MRN")
    risk.add_argument("--at", metavar="ISO", help="as the record stood at this local time")
    risk.add_argument("--json", action="store_true")
    due = sub.add_parser("due", help="the follow-up worklist (open checks)")
    due.add_argument("--at", metavar="ISO", help="as the record stood at this local time")
    due.add_argument("--json", action="store_true")
    alert = sub.add_parser("alerts", help="open alerts: urgent first, then by time")
    alert.add_argument("--at", metavar="ISO", help="as the record stood at this local time")
    alert.add_argument("--json", action="store_true")
    alert.add_argument("--all", action="store_true", help="reviewed alerts too, with their review")
    add_report_parser(sub)
    cli_lot.add_parser(sub)
    add_plan_parser(sub)
    cli_handover.add_parser(sub)
    add_ae_report_parser(sub)
    shot = sub.add_parser("screenshot", help="render every main screen to PNG files")
    shot.add_argument("dir", metavar="DIR")
    shot.add_argument(
        "--language",
        choices=("en", "pl"),
        help="the screens' language (default: this workstation's choice, else the system's)",
    )
    shot.add_argument("--scheme", choices=("light", "dark"), default="light")
    shot.add_argument("--font-scale", type=_font_scale, default=1.0, metavar="X")
    user = sub.add_parser("user", help="user accounts (administrators)")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="add a user (the first one must be an admin)")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--display-name", metavar="TEXT")
    user_sub.add_parser("list", help="list the users")
    disable = user_sub.add_parser("disable", help="stop a user from signing in")
    disable.add_argument("username", metavar="NAME")
    unlock = user_sub.add_parser(
        "unlock", help="let a user locked after failed sign-ins sign in again"
    )
    unlock.add_argument("username", metavar="NAME")
    password = user_sub.add_parser(
        "password", help=f"set a new password (from ${NEW_PASSWORD_ENV} or asked for)"
    )
    password.add_argument("username", metavar="NAME")
    backup_parser = sub.add_parser("backup", help="copy the database safely, even while in use")
    backup_parser.add_argument("dest", metavar="DEST", help="a file, or a folder for a dated copy")
    restore_parser = sub.add_parser(
        "restore", help="replace the database with a checked backup (the old file is kept)"
    )
    restore_parser.add_argument("src", metavar="SRC")
    audit_parser = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit_parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify",
        help="check the chain, the anchors, every record against its newest entry, the "
        "triggers and entry times",
    )
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="HEAD",
        help="also check a head printed by `ivigmon audit anchor` (may be repeated)",
    )
    audit_sub.add_parser(
        "anchor", help="print the head of the audit trail to record elsewhere, and log it"
    )
    cli_product.add_parser(sub)
    cli_move.add_parser(sub)
    return parser


def _parse_at(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return parse_local(text)
    except TimeFormatError as exc:
        raise BadInput(f"--at: {exc}") from None


def _db_path(args: argparse.Namespace) -> Path | str:
    """The database file or ward server: --db, else the default (its data folder is created
    here, and only here: a command that does not need it never fails for a home folder it
    cannot write)."""
    if args.db is not None and is_server(args.db):
        return str(args.db).strip()  # a URL stays text: a Path folds its `//`
    if args.db is not None:
        path = Path(args.db)
        _refuse_dangling_link(path, "--db", BadInput)
        return path
    try:
        default = paths.prepare_default_db_path()
    except OSError as exc:
        raise Unavailable(
            f"cannot create the data folder {paths.data_dir()} ({exc.strerror}); "
            f"give --db PATH or set ${paths.DB_ENV}"
        ) from None
    if isinstance(default, Path):
        _refuse_dangling_link(default, "the default database", Unavailable)
    return default


def _server_target(args: argparse.Namespace) -> str | None:
    """The ward server named by --db (or $IVIGMON_DB), or None for a database file."""
    target = _db_path(args)
    return target if isinstance(target, str) else None


def _refuse_dangling_link(path: Path, name: str, error: type[Exception]) -> None:
    """A link to nothing would create a database wherever it points, or fail obscurely."""
    if path.is_symlink() and not path.exists():
        raise error(
            f"{name}: {path} is a symbolic link to {os.readlink(path)}, which does not exist; "
            "give the database file itself"
        )


# Contexts opened by the running command, closed when it ends (restore needs the file alone).
_opened: list[Context] = []
# --user values found to be user names: only these are written to the log as typed (anything
# else may be a password typed in the wrong place).
_user_names: set[str] = set()


def _password(prompt: str, env: str) -> str:
    secret = os.environ.get(env)
    if secret is not None:
        return secret
    if not sys.stdin.isatty():
        raise BadInput(f"password: set ${env} or run the command in a terminal to be asked")
    return getpass.getpass(prompt)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _open(args: argparse.Namespace, *, create: bool) -> Context:
    """Open the database and, when it has user accounts, sign in as --user."""
    ctx = open_context(_db_path(args), create=create)
    for notice in ctx.store.notices:
        sys.stderr.write(printable(f"ivigmon: note: {notice}\n"))
    _opened.append(ctx)
    if ctx.accounts:
        if not args.user:
            raise BadInput(
                f"--user: this database has user accounts; give --user NAME (or ${USER_ENV})"
            )
        if users.user_exists(ctx, args.user):
            _user_names.add(args.user)
        users.sign_in(ctx, args.user, _password(f"password for {args.user}: ", PASSWORD_ENV))
    return ctx


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    ctx = _open(args, create=True)
    damage = backups.startup_check(ctx.store)
    if damage:
        sys.stderr.write(printable(f"ivigmon init: {damage}\n"))
        return EXIT_FAILURE
    schema = ", ".join(ctx.store.schema_version())
    integrity = backups.integrity_note(ctx.store)
    out.write(f"database ready: {ctx.store.path} (schema {schema}; {integrity})\n")
    for clash in patients.mrn_clashes(ctx):
        out.write(f"warning: patient {clash}; correct one of the two MRNs\n")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    if _server_target(args) is not None:
        return cli_server_backup.run_backup(args, out, lambda: _open(args, create=False))
    ctx = _open(args, create=False)
    made = backups.backup(ctx, args.dest)
    out.write(f"backup written: {made}\n")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    """Only an administrator restores a database that opens; a damaged one anyone may. On a
    server, a restore goes only into an empty database, which has nobody to sign in as."""
    target = _server_target(args)
    if target is not None:
        by = f"{args.user or _login_name()} (not signed in: an empty database has no accounts)"
        return cli_server_backup.run_restore(args, out, target, by)
    path = _db_path(args)
    try:
        ctx = _open(args, create=False)
    except (CorruptDatabase, MissingDatabase, NotOurDatabase):
        # Nobody can sign in to a database that does not open: the name is as given.
        by = f"{args.user or _login_name()} (not signed in: the database did not open)"
    else:
        ctx.require(Permission.CHANGE_SETTINGS)
        by = ctx.user
        _opened.remove(ctx)
        ctx.store.close()
    kept = backups.restore(path, args.src, by=by)
    out.write(f"restored {path} from {args.src}\n")
    if kept is not None:
        out.write(f"the replaced database was kept as {kept}\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    """Synthetic patients can never be removed: only into a file named with --db, and only one
    that holds nothing but the demo ward (the service checks)."""
    most = SERVICE_MAX_PATIENTS if args.service else WARD_MAX_PATIENTS
    if not 1 <= args.patients <= most:
        raise BadInput(f"--patients: must be between 1 and {most:,}")
    if args.service and not 1 <= args.years <= 30:
        raise BadInput("--years: must be between 1 and 30")
    if args.db is None:
        raise BadInput(
            "--db: the demo ward goes only into a database named with --db (a new file), "
            "never into the default database"
        )
    ctx = _open(args, create=True)
    if args.service:
        return _demo_service(args, ctx, out)
    from ivigmon.demo.ward import build_demo_document

    document = build_demo_document(patients=args.patients, seed=args.seed, now=ctx.now())
    result = importing.import_demo_ward(ctx, document)
    out.write(
        f"demo ward added to {ctx.store.path}: {result.patients} patients, "
        f"{result.infusions} infusions, {result.checks_done} checks done\n"
    )
    _demo_sign_in(args, ctx, out)
    return EXIT_OK


def _demo_sign_in(
    args: argparse.Namespace,
    ctx: Context,
    out: TextIO,
    drawn: Sequence[demo_accounts.DrawnAccount] | None = None,
) -> None:
    """Demo accounts on a demo database without any, and how to sign in with them."""
    made = demo_accounts.add_demo_accounts(ctx, drawn)
    if not made:
        out.write("this database has user accounts already: sign in with one of them\n")
        return
    out.write("demo accounts (the passwords are shown only now; note them):\n")
    for account in made:
        out.write(f"  {account.username:<11} {account.role:<11} password {account.password}\n")
    nurse = next(a for a in made if a.role == "nurse")
    db = shlex.quote(str(args.db))
    out.write(
        f"open the window:  ivigmon --db {db} gui  (sign in as {nurse.username})\n"
        f"on the command line:  IVIGMON_PASSWORD='{nurse.password}' "
        f"ivigmon --db {db} --user {nurse.username} due\n"
    )


def _demo_service(args: argparse.Namespace, ctx: Context, out: TextIO) -> int:
    """The national service, written in batches in one transaction, with progress on stderr."""
    from ivigmon.demo.service_stream import service_batches
    from ivigmon.services.bulk.records_load import LoadResult, load_batches

    def progress(done: LoadResult) -> None:
        sys.stderr.write(
            f"\r{done.patients:,} of {args.patients:,} patients, {done.infusions:,} infusions"
        )

    # Hashed now, while the process is small: Argon2's 64 MiB on top of the writer's cache and
    # batches at the end took the command over its 250 MB.
    drawn = demo_accounts.draw_demo_accounts()
    batches = service_batches(
        patients=args.patients, seed=args.seed, now=ctx.now(), years=args.years
    )
    result = load_batches(ctx, batches, source="demo service", progress=progress, demo=True)
    sys.stderr.write("\n")
    out.write(
        f"demo service added to {ctx.store.path}: {result.patients:,} patients, "
        f"{result.infusions:,} infusions, {result.checks_done:,} checks done\n"
    )
    _demo_sign_in(args, ctx, out, drawn)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    interchange.check_import_path(args.file)  # a mistyped name creates no database
    ctx = _open(args, create=True)
    # A large file takes minutes: where a person watches, say how far it has come. (A
    # spreadsheet holds a ward's rows, read in seconds.)
    progress = _progress_line if sys.stderr.isatty() else None
    if spreadsheet_files.is_spreadsheet(args.file):
        result = spreadsheet_import.import_spreadsheet(ctx, args.file)
    else:
        result = importing.import_file(ctx, args.file, progress)
        if progress is not None:
            sys.stderr.write("\n")
    out.write(
        f"imported {result.patients} patients, {result.infusions} infusions, "
        f"{result.checks_done} done checks into {ctx.store.path}\n"
    )
    for flag in result.flags:
        out.write(f"flag: {flag}\n")
    return EXIT_OK


def _progress_line(text: str) -> None:
    sys.stderr.write(f"\r{text}\033[K")
    sys.stderr.flush()


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    if wants_template(args):
        return run_template(args, out, lambda: _open(args, create=False))
    if wants_fhir(args):
        return run_fhir_export(args, out, lambda: _open(args, create=False))
    ctx = _open(args, create=False)
    exported = export_to_file(ctx, args.file)
    out.write(
        f"exported {exported.patients} patients, {exported.infusions} "
        f"infusions and {exported.checks} checks to {args.file}\n"
    )
    return EXIT_OK


def _print_assessment(out: TextIO, title: str, item: RiskAssessment) -> None:
    out.write(f"{title}: {LEVEL_MARK[item.level.value]}\n")
    if not item.factors:
        out.write("  no risk factors\n")
    for factor in item.factors:
        out.write(f"  - {factor.code.value}: {factor.reason}\n")
    for note in item.notes:
        out.write(f"  note: {note}\n")


def cmd_risk(args: argparse.Namespace, out: TextIO) -> int:
    at = _parse_at(args.at)
    ctx = _open(args, create=False)
    risk = assessment.patient_risk(ctx, args.mrn, at)
    if args.json:
        _write_json(out, assessment.patient_risk_json(risk))
        return EXIT_OK
    out.write(f"{risk.mrn} at {to_display(risk.at)}\n")
    _print_assessment(out, "Patient now", risk.patient)
    if risk.latest_infusion is not None:
        _print_assessment(out, f"Latest infusion {risk.latest_infusion_id}", risk.latest_infusion)
    else:
        out.write("Latest infusion: none recorded\n")
    out.write(assessment.DISCLAIMER + "\n")
    return EXIT_OK


def cmd_due(args: argparse.Namespace, out: TextIO) -> int:
    at = _parse_at(args.at)
    ctx = _open(args, create=False)
    rows = worklist.worklist(ctx, at)
    if args.json:
        _write_json(out, [worklist.row_json(r) for r in rows])
        return EXIT_OK
    if not rows:
        out.write("no open follow-up checks\n")
        return EXIT_OK
    header = f"{'STATUS':<9} {'DUE':<16} {'MRN':<10} {'NAME':<24} {'INFUSION':<12} CHECK  RISK"
    out.write(header + "\n")
    for r in rows:
        out.write(
            f"{r.status.value.upper():<9} {to_display(r.due_at):<16} {r.mrn:<10} "
            f"{r.patient_name[:24]:<24} {r.infusion_id:<12} +{r.offset_h:<4}  "
            f"{LEVEL_MARK[r.risk_level.value]}\n"
        )
    return EXIT_OK


def cmd_alerts(args: argparse.Namespace, out: TextIO) -> int:
    at = _parse_at(args.at)
    ctx = _open(args, create=False)
    rows = alerts.open_alerts(ctx, at, include_reviewed=args.all)
    if args.json:
        _write_json(out, [alerts.alert_json(r) for r in rows])
        return EXIT_OK
    if not rows:
        out.write("no alerts\n" if args.all else "no open alerts\n")
        return EXIT_OK
    # What the ward's protocol says to do about an open alert: the ward's own words, or none.
    protocols = settings.alert_protocols(ctx) if any(r.is_open for r in rows) else {}
    for r in rows:
        out.write(
            f"{r.severity.value.upper():<7} {to_display(r.at):<16} {r.mrn:<10} "
            f"{r.infusion_id:<12} {r.kind.value:<11} {r.reason}\n"
        )
        if r.is_open:
            lines = protocols.get(r.kind, "").split("\n")
            if lines == [""]:
                lines = ["none entered (Settings > Alerts)"]
            out.write(f"        Ward protocol: {lines[0]}\n")
            for line in lines[1:]:
                out.write(f"{'':23}{line}\n")
        if r.review is not None:
            out.write(
                f"        reviewed {to_display(r.review.reviewed_at)} by {r.review.by}:"
                f" {r.review.note}\n"
            )
    return EXIT_OK


def cmd_lot(args: argparse.Namespace, out: TextIO) -> int:
    return cli_lot.run(args, out, lambda: _open(args, create=False))


def cmd_user(args: argparse.Namespace, out: TextIO) -> int:
    ctx = _open(args, create=True)
    if args.user_command == "add":
        secret = _password(f"new password for {args.username}: ", NEW_PASSWORD_ENV)
        added = users.add_user(
            ctx,
            username=args.username,
            display_name=args.display_name or args.username,
            role=args.role,
            password=secret,
        )
        out.write(f"user {added.username} added ({added.role.value})\n")
    elif args.user_command == "list":
        for item in users.list_users(ctx):
            state = "active" if item.active else "disabled"
            if item.locked_at is not None:
                state = "locked"
            failures = f" ({item.failed_sign_ins} failed sign-ins)" if item.failed_sign_ins else ""
            out.write(
                f"{item.username:<20} {item.role.value:<11} {state:<9} "
                f"{item.display_name}{failures}\n"
            )
        _names_without_account(users.names_without_account(ctx), out)
    elif args.user_command == "unlock":
        was_locked = users.unlock_user(ctx, args.username)
        out.write(
            f"user {args.username} unlocked\n"
            if was_locked
            else f"user {args.username} was not locked; failed sign-ins reset\n"
        )
    elif args.user_command == "password":
        secret = _password(f"new password for {args.username}: ", NEW_PASSWORD_ENV)
        users.change_password(ctx, args.username, secret)
        out.write(f"password of {args.username} changed\n")
    else:
        users.set_active(ctx, args.username, False)
        out.write(f"user {args.username} disabled\n")
    return EXIT_OK


def _names_without_account(found: users.NamesWithoutAccount, out: TextIO) -> None:
    """After the accounts: failed sign-ins under names that no account has."""
    if not found.names:
        return
    out.write("failed sign-ins under names without an account:\n")
    for name in found.names:
        last = name.last_failed_at[:16].replace("T", " ")
        out.write(f"  {name.name:<20} {name.failures} failed sign-ins, last {last}\n")
    if found.total > len(found.names):
        out.write(f"  and {found.total - len(found.names)} more names (in the audit trail)\n")


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    if args.audit_command == "anchor":
        return _audit_anchor(args, out)
    heads = [_given_head(text) for text in args.anchor]
    ctx = _open(args, create=False)
    folder = backups.default_backup_folder(ctx.store.path)
    report = audit.verify(ctx, anchors_folder=folder, heads=heads)
    for note in report.notes:
        sys.stderr.write(f"ivigmon audit: ignored: {note}\n")
    for note in report.not_applicable:
        sys.stderr.write(f"ivigmon audit: not applicable on a server: {note}\n")
    if report.intact:
        out.write(
            f"audit trail intact: {report.entries} entries ({report.keyed} keyed), "
            f"{report.anchors_checked} anchors matched; every record agrees with its newest "
            "entry, the triggers are ivigmon's and entry times run forward\n"
        )
        if not report.anchors_checked:
            out.write(
                f"no anchors were found in {folder}: a trail rewritten as a whole cannot be "
                "told apart without one; `ivigmon audit anchor` records the head\n"
            )
        return EXIT_OK
    sys.stderr.write(
        f"ivigmon audit: the audit trail of {ctx.store.path} did not pass "
        f"({report.entries} entries, {report.anchors_checked} anchors):\n"
    )
    for check in audit.Check:
        found = [f for f in report.findings if f.check is check]
        for finding in found[:AUDIT_LINES_PER_CHECK]:
            sys.stderr.write(f"  {check}: {finding.text}\n")
        if len(found) > AUDIT_LINES_PER_CHECK:
            sys.stderr.write(f"  {check}: and {len(found) - AUDIT_LINES_PER_CHECK} more\n")
    return EXIT_FAILURE


def _given_head(text: str) -> audit.Head:
    found = audit.heads_in(text)
    if len(found) != 1:
        raise BadInput(
            "--anchor: give one head as `ivigmon audit anchor` printed it "
            "(ivigmon-audit-head entries=N at=TIME hash=HASH)"
        )
    return found[0]


def _audit_anchor(args: argparse.Namespace, out: TextIO) -> int:
    """The head on standard output (to keep elsewhere), and into the anchors log."""
    ctx = _open(args, create=False)
    folder = backups.default_backup_folder(ctx.store.path)
    try:
        head = audit.record_anchor(ctx, folder)
    except OSError as exc:
        out.write(audit.current_head(ctx).text() + "\n")
        sys.stderr.write(
            f"ivigmon audit: the head was not added to {audit.anchors_log(folder)} "
            f"({exc.strerror or exc}); keep the line above elsewhere\n"
        )
        return EXIT_FAILURE
    out.write(head.text() + "\n")
    sys.stderr.write(
        f"ivigmon audit: head added to {audit.anchors_log(folder)}; keep a copy elsewhere\n"
    )
    return EXIT_OK


def cmd_product(args: argparse.Namespace, out: TextIO) -> int:
    ctx = _open(args, create=False)
    cli_product.run(ctx, args, out)
    return EXIT_OK


def cmd_plan(args: argparse.Namespace, out: TextIO) -> int:
    # A plan reads the ward's catalogue and ceiling: the default database is created on first
    # use (SPEC 6), a mistyped --db is not.
    return run_plan(args, out, lambda: _open(args, create=args.db is None))


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    return run_report(args, out, lambda: _open(args, create=False))


def cmd_handover(args: argparse.Namespace, out: TextIO) -> int:
    return cli_handover.run(args, out, lambda: _open(args, create=False))


def cmd_ae_report(args: argparse.Namespace, out: TextIO) -> int:
    return run_ae_report(args, out, lambda: _open(args, create=False))


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    # Qt is imported only here, so that the other commands start fast and run without a display.
    from ivigmon.app import run_gui

    return run_gui(_db_path(args))


def _font_scale(text: str) -> float:
    """A text size from half to three times the usual (1.5 is 150 %)."""
    try:
        scale = float(text)
    except ValueError:
        scale = 0.0
    if not 0.5 <= scale <= 3.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0.5 to 3")
    return scale


def cmd_screenshot(args: argparse.Namespace, out: TextIO) -> int:
    from ivigmon.app import render_screenshots
    from ivigmon.ui.theme import Scheme

    # A ward's database is shown as its signed-in user sees it (--user, as every command).
    ctx = None if args.db is None else _open(args, create=False)
    written = render_screenshots(
        Path(args.dir),
        ctx=ctx,
        language=args.language,
        scheme=Scheme(args.scheme),
        font_scale=args.font_scale,
    )
    for path in written:
        out.write(f"{path}\n")
    return EXIT_OK


def _write_json(out: TextIO, data: Any) -> None:
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "risk": cmd_risk,
    "due": cmd_due,
    "alerts": cmd_alerts,
    "lot": cmd_lot,
    "plan": cmd_plan,
    "report": cmd_report,
    "handover": cmd_handover,
    "ae-report": cmd_ae_report,
    "screenshot": cmd_screenshot,
    "gui": cmd_gui,
    "user": cmd_user,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "audit": cmd_audit,
    "product": cmd_product,
    "migrate-to-server": cli_move.run,
}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    args.command = command
    start_log(create_folder=args.db is None)
    guarded = _Output(stream)
    # Stored text never reaches the terminal as control characters (see cli_text).
    safe = cast(TextIO, SafeText(cast(TextIO, guarded)))
    try:
        if args.db == "":
            raise BadInput("--db: the path is empty; give the database file")
        return COMMANDS[command](args, safe)
    except (BadInput, ValidationError) as exc:
        return _fail(args, exc, EXIT_BAD_INPUT)
    except (EnvironmentFailure, Unavailable) as exc:
        return _fail(args, exc, EXIT_FAILURE)
    except StorageError as exc:
        return _fail(args, exc, EXIT_BAD_INPUT)
    except OSError as exc:
        # The disk or a file in the way (a folder without permission, a full disk...).
        return _fail(args, _os_error_text(exc), EXIT_FAILURE)
    finally:
        while _opened:
            _opened.pop().store.close()
        _user_names.clear()
        guarded.flush()
        if guarded.broken and stream is sys.stdout:
            _stdout_to_devnull()


class _Output:
    """Standard output that a reader may close early (`ivigmon import f.json | head`).

    The command still finishes and returns its own status (an import is committed either
    way); what could not be written is dropped, the way Python's documentation recommends for
    SIGPIPE: no BrokenPipeError traceback.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.broken = False

    def write(self, text: str) -> int:
        if not self.broken:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self.broken = True
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self.broken = True


def _stdout_to_devnull() -> None:
    """What is still buffered goes nowhere at exit instead of failing again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _os_error_text(error: OSError) -> str:
    if error.filename is None:
        return error.strerror or str(error)
    return f"{error.filename}: {error.strerror or error}"


def _fail(args: argparse.Namespace, error: object, status: int) -> int:
    text = str(error)
    logged = text
    if args.user and args.user not in _user_names:
        # A --user that is no user name may be a password typed in the wrong place: masked
        # in the log, as typed and as a message shows it (escaped when it cannot be seen).
        logged = mask_value(mask_value(text, shown_identifier(args.user)), args.user)
    log.warning("ivigmon %s refused: %s", args.command, logged)
    with contextlib.suppress(BrokenPipeError):
        sys.stderr.write(printable(f"ivigmon {args.command}: {text}\n"))
    return status


if __name__ == "__main__":
    sys.exit(main())
