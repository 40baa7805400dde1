"""Numbered, append-only schema migrations (a shipped migration is never edited)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database, Migrations

from ivigmon.domain.identifiers import identifier_key
from ivigmon.storage.audit_triggers import AUDIT_LOG_TRIGGERS, audit_triggers
from ivigmon.storage.schema import (
    AMENDABLE,
    APPLICATION_ID,
    AUDITED,
    MIGRATION_SET,
)

MIGRATIONS = Migrations(MIGRATION_SET)
# Audited tables that later migrations create (m002 audits every other table of AUDITED).
LATER_AUDITED = frozenset({"alert_reviews", "product_local"})
log = logging.getLogger(__name__)

M001 = [
    """CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        mrn TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('F', 'M')),
        birth_date TEXT NOT NULL,
        blood_group TEXT,
        diagnoses TEXT NOT NULL DEFAULT '[]',
        comorbidities TEXT NOT NULL DEFAULT '[]',
        prior_ivig_last_date TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE measurements (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        at TEXT NOT NULL,
        weight_kg REAL CHECK (weight_kg > 0),
        height_cm REAL CHECK (height_cm > 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        CHECK (weight_kg IS NOT NULL OR height_cm IS NOT NULL)
    ) STRICT""",
    "CREATE INDEX measurements_by_patient ON measurements(patient_id, at)",
    """CREATE TABLE products (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        maker TEXT NOT NULL,
        concentration_pct REAL NOT NULL CHECK (concentration_pct > 0),
        sugar TEXT NOT NULL,
        iga_ug_per_ml TEXT NOT NULL DEFAULT '',
        initial_rate REAL,
        max_rate REAL,
        rate_unit TEXT NOT NULL,
        max_rate_by_indication TEXT NOT NULL DEFAULT '',
        at_risk_max_rate REAL,
        min_age_years REAL,
        label_data TEXT NOT NULL,
        label_note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    """CREATE TABLE infusions (
        id TEXT PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        indication TEXT NOT NULL,
        label_use TEXT NOT NULL CHECK (label_use IN ('on', 'off')),
        product_id TEXT NOT NULL REFERENCES products(id),
        dosing_weight_kg REAL NOT NULL CHECK (dosing_weight_kg > 0),
        dosing_weight_basis TEXT NOT NULL CHECK (dosing_weight_basis IN ('actual', 'adjusted')),
        dose_g REAL NOT NULL CHECK (dose_g > 0),
        started_at TEXT NOT NULL,
        ended_at TEXT CHECK (ended_at IS NULL OR ended_at > started_at),
        active_infection INTEGER NOT NULL DEFAULT 0,
        course_outcome TEXT,
        notes TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX infusions_by_patient ON infusions(patient_id, started_at)",
    "CREATE INDEX infusions_running ON infusions(started_at) WHERE ended_at IS NULL",
    """CREATE TABLE infusion_lots (
        infusion_id TEXT NOT NULL REFERENCES infusions(id),
        position INTEGER NOT NULL,
        lot TEXT NOT NULL,
        expiry TEXT,
        PRIMARY KEY (infusion_id, lot)
    ) STRICT""",
    "CREATE INDEX infusion_lots_by_lot ON infusion_lots(lot)",
    """CREATE TABLE rate_steps (
        id INTEGER PRIMARY KEY,
        infusion_id TEXT NOT NULL REFERENCES infusions(id),
        at TEXT NOT NULL,
        ml_per_h REAL NOT NULL CHECK (ml_per_h >= 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX rate_steps_by_infusion ON rate_steps(infusion_id, at)",
    """CREATE TABLE premedications (
        id INTEGER PRIMARY KEY,
        infusion_id TEXT NOT NULL REFERENCES infusions(id),
        at TEXT NOT NULL,
        drug TEXT NOT NULL,
        drug_class TEXT NOT NULL,
        dose TEXT NOT NULL DEFAULT '',
        route TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX premedications_by_infusion ON premedications(infusion_id, at)",
    """CREATE TABLE vitals (
        id INTEGER PRIMARY KEY,
        infusion_id TEXT NOT NULL REFERENCES infusions(id),
        at TEXT NOT NULL,
        temp_c REAL,
        hr INTEGER,
        sbp INTEGER,
        dbp INTEGER,
        rr INTEGER,
        spo2 INTEGER,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX vitals_by_infusion ON vitals(infusion_id, at)",
    """CREATE TABLE adverse_events (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        infusion_id TEXT NOT NULL REFERENCES infusions(id),
        check_offset_h INTEGER,
        onset TEXT NOT NULL,
        term TEXT NOT NULL,
        grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
        ctcae_version TEXT NOT NULL,
        serious INTEGER NOT NULL DEFAULT 0,
        action TEXT NOT NULL,
        outcome TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX adverse_events_by_infusion ON adverse_events(infusion_id, onset)",
    "CREATE INDEX adverse_events_by_patient ON adverse_events(patient_id, onset)",
    """CREATE TABLE checks (
        id INTEGER PRIMARY KEY,
        infusion_id TEXT NOT NULL REFERENCES infusions(id),
        offset_h INTEGER NOT NULL,
        due_at TEXT NOT NULL,
        done_at TEXT,
        done_by TEXT,
        mode TEXT,
        outcome TEXT,
        symptoms TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        UNIQUE (infusion_id, offset_h),
        CHECK (done_at IS NULL OR (mode IS NOT NULL AND outcome IS NOT NULL))
    ) STRICT""",
    # The worklist reads checks not done by a moment: done_at IS NULL OR done_at > moment.
    "CREATE INDEX checks_by_done ON checks(done_at, due_at)",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    ) STRICT""",
]


@MIGRATIONS(name="m001_initial")
def m001_initial(db: Database) -> None:
    for statement in M001:
        db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def registered_names() -> list[str]:
    """The migrations defined here (a test checks them against schema.MIGRATION_NAMES)."""
    return [m.name for m in MIGRATIONS._migrations]


def registered_functions() -> dict[str, Callable[[Any], None]]:
    """Each migration by name: the server applies the same functions (storage.pg.migrate)."""
    return {m.name: m.fn for m in MIGRATIONS._migrations}


@MIGRATIONS(name="m002_users_audit_amendments")
def m002_users_audit_amendments(db: Database) -> None:
    db.execute(
        """CREATE TABLE users (
            username TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('nurse', 'ward_staff', 'admin')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update')),
            before TEXT,
            after TEXT NOT NULL,
            prev_hash TEXT,
            hash TEXT
        ) STRICT"""
    )
    db.execute("CREATE INDEX audit_by_row ON audit_log(table_name, row_key)")
    db.execute("CREATE INDEX audit_by_infusion ON audit_log(json_extract(after, '$.infusion_id'))")
    db.execute("CREATE INDEX audit_by_patient ON audit_log(json_extract(after, '$.patient_id'))")
    db.execute("CREATE INDEX audit_unsealed ON audit_log(id) WHERE hash IS NULL")
    # Append-only: an entry can be sealed once (hash set) and never changed or removed after.
    for statement in AUDIT_LOG_TRIGGERS:
        db.execute(statement)
    for table in AMENDABLE:
        db.execute(f"ALTER TABLE {table} ADD COLUMN error_at TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN error_by TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN error_reason TEXT")
    for table, key in AUDITED.items():
        if table in LATER_AUDITED:
            continue  # created, with its triggers, by a later migration
        for statement in audit_triggers(db, table, key):
            db.execute(statement)


@MIGRATIONS(name="m003_identity_and_sign_in")
def m003_identity_and_sign_in(db: Database) -> None:
    """Look-alike MRNs share a stored key that must be unique; accounts count failed sign-ins.

    Patients get `mrn_key` (`identifier_key` of the MRN) under a UNIQUE index. Rows already in
    the file may clash (`Z-0001` and `Z‐0001` registered before look-alikes were refused): none
    is changed or dropped. The first registered of each group keeps its place in the index;
    each later one gets `mrn_clash_of` (the id of that first one), stays out of the index
    (which is partial for this reason), is logged now and listed by `ivigmon init` until
    someone corrects one of the MRNs. An exact lookup still finds each of them; a look-alike
    lookup names them all. A new patient can never join such a group: one row of it always
    holds the key in the index (storage.patients hands it over when that row's MRN is
    corrected), and the services refuse any look-alike of any row.

    Users get `failed_sign_ins` (in a row), `last_failed_at` and `locked_at`. Both tables'
    audit triggers are recreated so that the trail records the new columns: a failed sign-in,
    a lock and an unlock are each an audited update of the user's row.
    """
    for table in ("patients", "users"):
        for trigger in (f"audit_{table}_insert", f"audit_{table}_update", f"no_delete_{table}"):
            db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("ALTER TABLE patients ADD COLUMN mrn_key TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE patients ADD COLUMN mrn_clash_of INTEGER REFERENCES patients(id)")
    first: dict[str, tuple[int, str]] = {}
    for row in db.execute("SELECT id, mrn FROM patients ORDER BY id").fetchall():
        patient_id, mrn = int(row[0]), str(row[1])
        key = identifier_key(mrn)
        holder = first.setdefault(key, (patient_id, mrn))
        clash_of = None if holder[0] == patient_id else holder[0]
        if clash_of is not None:
            log.warning(
                "patient %s: MRN %r looks the same as MRN %r (patient %s); both are kept,"
                " correct one of them",
                patient_id,
                mrn,
                holder[1],
                holder[0],
            )
        db.execute(
            "UPDATE patients SET mrn_key = ?, mrn_clash_of = ? WHERE id = ?",
            (key, clash_of, patient_id),
        )
    db.execute(
        "CREATE UNIQUE INDEX patients_unique_mrn_key ON patients(mrn_key)"
        " WHERE mrn_clash_of IS NULL"
    )
    # Lookups read every row with the key, the clashing ones too.
    db.execute("CREATE INDEX patients_by_mrn_key ON patients(mrn_key)")
    db.execute(
        "ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0"
        " CHECK (failed_sign_ins >= 0)"
    )
    db.execute("ALTER TABLE users ADD COLUMN last_failed_at TEXT")
    db.execute("ALTER TABLE users ADD COLUMN locked_at TEXT")
    for table in ("patients", "users"):
        for statement in audit_triggers(db, table, AUDITED[table]):
            db.execute(statement)


@MIGRATIONS(name="m004_screen_state")
def m004_screen_state(db: Database) -> None:
    """What the screens read, kept current in the transaction of each change: each check's
    openness and each infusion's risk. Derived from the clinical tables and rebuilt from them
    at any time (services.screen_state), so neither is audited."""
    db.execute(
        """CREATE TABLE check_state (
            check_id INTEGER PRIMARY KEY REFERENCES checks(id),
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            due_at TEXT NOT NULL,
            -- 1: not done, not superseded by a later infusion, nothing of it entered in error
            open INTEGER NOT NULL CHECK (open IN (0, 1))
        ) STRICT"""
    )
    # The worklist reads only the open checks, in due order: a few thousand rows even when
    # the checks of a million infusions lie behind them.
    db.execute("CREATE INDEX check_state_open ON check_state(due_at) WHERE open = 1")
    db.execute("CREATE INDEX check_state_by_patient ON check_state(patient_id)")
    db.execute(
        """CREATE TABLE infusion_risk (
            infusion_id TEXT PRIMARY KEY REFERENCES infusions(id),
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            level TEXT NOT NULL,
            factors TEXT NOT NULL,
            notes TEXT NOT NULL,
            -- The rules generation (settings and catalogue) the assessment was made with.
            rules INTEGER NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE INDEX infusion_risk_by_patient ON infusion_risk(patient_id)")
    db.execute(
        """CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) STRICT"""
    )
    # The next infusion number: one more than the largest used so far (O(1) from now on).
    db.execute(
        """INSERT INTO counters (name, value)
           SELECT 'infusion_number', coalesce(max(CAST(substr(id, 5) AS INTEGER)), 0)
           FROM infusions WHERE id GLOB 'inf-[0-9]*'"""
    )
    # 0: the screen state has not been built yet; it is built when the database is opened.
    db.execute("INSERT INTO counters (name, value) VALUES ('rules', 1), ('state_built', 0)")


@MIGRATIONS(name="m005_alerts")
def m005_alerts(db: Database) -> None:
    """Adverse events name their seriousness criteria (SPEC 10.1); alert reviews are audited
    records (SPEC 10.2); the alerts the screens show are kept as stored state.

    `alert_reviews`: a nurse's review of an alert, never changed or deleted. `alert_state`: the
    alerts the records raise and no review has closed, one row each, kept current in the
    transaction of each change like `check_state` (services.screen_state); derived, so not
    audited. The rules generation goes up: risks stored under the first rules (without
    PRIOR_SEVERE_REACTION in the high set) are made again when read.
    """
    for trigger in ("audit_adverse_events_insert", "audit_adverse_events_update"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TRIGGER IF EXISTS no_delete_adverse_events")
    db.execute("ALTER TABLE adverse_events ADD COLUMN seriousness TEXT NOT NULL DEFAULT '[]'")
    db.execute(
        """CREATE TABLE alert_reviews (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('vital_signs', 'red_flag', 'unended')),
            infusion_id TEXT NOT NULL REFERENCES infusions(id),
            vital_at TEXT,
            offset_h INTEGER,
            reviewed_at TEXT NOT NULL,
            reviewed_by TEXT NOT NULL,
            note TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            CHECK ((kind = 'vital_signs') = (vital_at IS NOT NULL)),
            CHECK ((kind = 'red_flag') = (offset_h IS NOT NULL))
        ) STRICT"""
    )
    db.execute("CREATE INDEX alert_reviews_by_infusion ON alert_reviews(infusion_id)")
    db.execute(
        """CREATE TABLE alert_state (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id),
            infusion_id TEXT NOT NULL REFERENCES infusions(id),
            infusion_start TEXT NOT NULL,
            kind TEXT NOT NULL,
            severity TEXT NOT NULL,
            at TEXT NOT NULL,
            vital_at TEXT,
            offset_h INTEGER,
            reason TEXT NOT NULL
        ) STRICT"""
    )
    # Open alerts are read by time (an unended alert waits in the table until its `at`); every
    # unreviewed alert of years ago is still among them, so a read costs what is open.
    db.execute("CREATE INDEX alert_state_by_at ON alert_state(at)")
    db.execute("CREATE INDEX alert_state_by_patient ON alert_state(patient_id, infusion_start)")
    for table in ("adverse_events", "alert_reviews"):
        for statement in audit_triggers(db, table, AUDITED[table]):
            db.execute(statement)
    db.execute("UPDATE counters SET value = value + 1 WHERE name = 'rules'")
    # The alert state of the records already stored is built when the database is next opened.
    db.execute("UPDATE counters SET value = 0 WHERE name = 'state_built'")


# SPEC 11.1: the label titration of each product (resources/titration.csv), beside its rates.
TITRATION_COLUMNS = (
    "first_step_minutes INTEGER CHECK (first_step_minutes > 0)",
    "step_minutes INTEGER CHECK (step_minutes > 0)",
    "steps TEXT NOT NULL DEFAULT ''",
    "initial_rate_by_indication TEXT NOT NULL DEFAULT ''",
    "extra_max_by_indication TEXT NOT NULL DEFAULT ''",
    "titration_source TEXT NOT NULL DEFAULT ''",
)


@MIGRATIONS(name="m006_product_titration")
def m006_product_titration(db: Database) -> None:
    """Products gain the label's titration: the first and later step minutes, the step list
    and the indication-specific initial rates and maxima, with their source note.

    The columns start empty; the shipped values are written when the database is next opened
    (services.context), audited like the shipped products themselves. The products' audit
    triggers are recreated so that the trail records the new columns. The rules generation
    goes up: the stored risks are made again with the new values.
    """
    for trigger in ("audit_products_insert", "audit_products_update", "no_delete_products"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for column in TITRATION_COLUMNS:
        db.execute(f"ALTER TABLE products ADD COLUMN {column}")
    for statement in audit_triggers(db, "products", AUDITED["products"]):
        db.execute(statement)
    db.execute("UPDATE counters SET value = value + 1 WHERE name = 'rules'")


@MIGRATIONS(name="m007_local_catalogue")
def m007_local_catalogue(db: Database) -> None:
    """The ward's own values per product (SPEC 11.1), and retiring a product.

    `product_local`: one row per product with local values, each beside its source note; the
    label values in `products` are never changed by them. Audited; never deleted. Products gain
    `retired_at` and `retired_by` (a retired product is not offered for new infusions and is
    never deleted); their audit triggers are recreated for the new columns. The rules
    generation goes up: the stored risks are made again under the rules that read local values.
    """
    for trigger in ("audit_products_insert", "audit_products_update", "no_delete_products"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("ALTER TABLE products ADD COLUMN retired_at TEXT")
    db.execute("ALTER TABLE products ADD COLUMN retired_by TEXT")
    db.execute(
        """CREATE TABLE product_local (
            product_id TEXT PRIMARY KEY REFERENCES products(id),
            initial_rate REAL CHECK (initial_rate > 0),
            initial_rate_note TEXT NOT NULL DEFAULT '',
            max_rate REAL CHECK (max_rate > 0),
            max_rate_note TEXT NOT NULL DEFAULT '',
            at_risk_max_rate REAL CHECK (at_risk_max_rate > 0),
            at_risk_max_rate_note TEXT NOT NULL DEFAULT '',
            first_step_minutes INTEGER CHECK (first_step_minutes > 0),
            first_step_minutes_note TEXT NOT NULL DEFAULT '',
            step_minutes INTEGER CHECK (step_minutes > 0),
            step_minutes_note TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '',
            steps_note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL
        ) STRICT"""
    )
    for table in ("products", "product_local"):
        for statement in audit_triggers(db, table, AUDITED[table]):
            db.execute(statement)
    db.execute("UPDATE counters SET value = value + 1 WHERE name = 'rules'")


@MIGRATIONS(name="m008_report_state")
def m008_report_state(db: Database) -> None:
    """What the cohort report reads (SPEC 8), kept current in the transaction of each change
    like the worklist's state, so that the report costs the number of patients, not the
    history behind them: each patient's figures (`report_patient`), their share of the safety
    counts (`report_tallies`, subtracted when it changes) and the counts added up by primary
    diagnosis (`report_total`). Derived from the clinical tables and rebuilt from them at any
    time (services.report_state), so none is audited; the first build runs when the database
    is next opened."""
    db.execute(
        """CREATE TABLE report_patient (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id),
            diagnosis TEXT NOT NULL,
            boy INTEGER NOT NULL,
            age_years REAL,
            weight_kg REAL,
            height_cm REAL,
            -- 0: nothing of this patient counts (entered in error, or no infusion)
            infusions INTEGER NOT NULL,
            on_label INTEGER NOT NULL,
            off_label INTEGER NOT NULL,
            g_per_kg REAL NOT NULL,
            courses INTEGER NOT NULL,
            course_g_per_kg REAL,
            good INTEGER NOT NULL,
            moderate INTEGER NOT NULL,
            poor INTEGER NOT NULL,
            no_outcome INTEGER NOT NULL,
            events INTEGER NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE report_tallies (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id),
            diagnosis TEXT NOT NULL,
            -- The share of the infusions starting before settled_before (none running, no
            -- open check), and of the others with the patient's own counts (recent): a bedside
            -- entry makes only the recent share again.
            settled_before TEXT,
            settled TEXT NOT NULL DEFAULT '{}',
            recent TEXT NOT NULL DEFAULT '{}'
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE report_total (
            diagnosis TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            infusions INTEGER NOT NULL,
            immediate INTEGER NOT NULL,
            followed INTEGER NOT NULL,
            delayed INTEGER NOT NULL,
            PRIMARY KEY (diagnosis, kind, key)
        ) STRICT, WITHOUT ROWID"""
    )
    # 0: not built yet; the build records the facts' version and the course window it used.
    db.execute(
        "INSERT INTO counters (name, value) VALUES ('report_facts', 0), ('report_window_s', 0)"
    )


@MIGRATIONS(name="m009_lots_by_expiry")
def m009_lots_by_expiry(db: Database) -> None:
    """Lots are found by their expiry: a recall names a product and the expiry dates of its
    batches, and the infusions of those lots are then looked up by key, never by a scan."""
    db.execute("CREATE INDEX infusion_lots_by_expiry ON infusion_lots(expiry)")


@MIGRATIONS(name="m010_reason_phrases")
def m010_reason_phrases(db: Database) -> None:
    """Reasons are kept as phrases too, for the screens to say in their language: each stored
    alert gains `phrases` (JSON; NULL for an alert stored before, shown in English), and each
    stored risk factor carries them in `factors`. The rules generation goes up: the stored
    risks the screens show, and the alerts of those patients, are made again with phrases."""
    db.execute("ALTER TABLE alert_state ADD COLUMN phrases TEXT")
    db.execute("UPDATE counters SET value = value + 1 WHERE name = 'rules'")
