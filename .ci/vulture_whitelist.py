"""Names the dead-code check (vulture) cannot see being used, each with the reason."""

# ruff: noqa: B018
_ = object()

# Course outcomes are stored and read by value (CourseOutcome("good")), never by name.
GOOD
MODERATE
POOR
# sqlite3 reads it on every query: rows are read by column name.
_.row_factory
# configparser calls it on every key: the desktop entry's keys are read case-sensitively.
_.optionxform
# Migrations are registered by their decorator and run by sqlite-utils.
m001_initial
m002_users_audit_amendments
m003_identity_and_sign_in
m004_screen_state
m005_alerts
m006_product_titration
m007_local_catalogue
m008_report_state
m009_lots_by_expiry
m010_reason_phrases
# A field of storage.alerts.StoredAlert, read by unpacking.
_.infusion_start
# Qt calls these virtual methods.
_.eventFilter
_.headerData
# pytest calls its hooks and autouse fixtures and reads module marks by name.
pytest_addoption
_no_qt_in_qt_free_run  # autouse (tests/conftest.py)
pytest_collection_modifyitems
pytest_generate_tests
pg_template  # a fixture, asked for by name (tests/conftest.py)
_.exitstatus
pytestmark
themed
no_save_left_behind
quick_hashes
data_folder
# Fixtures that tests name in pytest.mark.usefixtures.
twelve_patients
quick_hashes
# openpyxl reads it when it writes the import template (the header row stays in view).
_.freeze_panes
