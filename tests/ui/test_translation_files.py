"""The translation files cover every word of the translated screens as the code stands now:
lupdate is run over the code into a copy, and nothing of those screens may be left unfinished;
placeholders, plural forms and keyboard mnemonics survive the translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

# The screens translated so far (a context is a class using self.tr(), or the name given to
# QT_TRANSLATE_NOOP / QCoreApplication.translate). A newly translated screen adds its own.
TRANSLATED = {
    "AboutPage",
    "AccountForm",
    "AddProductDialog",
    "AddUserDialog",
    "AgeWords",
    "AlertSettingsTab",
    "AlertsTableModel",
    "AssessmentPanel",
    "AuditTableModel",
    "CataloguePage",
    "CatalogueTableModel",
    "ChartPanel",
    "ChartWords",
    "CheckDialog",
    "ChecksTableModel",
    "Counted",
    "CreateAdminDialog",
    "EarlierReactionsBox",
    "EndInfusionDialog",
    "EventsTableModel",
    "HandoverWords",
    "HistoryDialog",
    "InfusionRunPage",
    "InfusionStartPage",
    "InfusionWindow",
    "InfusionsTableModel",
    "LanguageBox",
    "LockPage",
    "LotEntry",
    "LotRecallPage",
    "MainWindow",
    "MeasurementsTableModel",
    "NamesWithoutAccountBox",
    "NamesWithoutAccountTableModel",
    "PatientDetailPage",
    "PatientDialog",
    "PatientListLoader",
    "PatientPickerDialog",
    "PatientsPage",
    "PatientsTableModel",
    "PlanStepsTableModel",
    "PremedicationDialog",
    "PremedicationEntry",
    "PremedicationsTableModel",
    "RateStepsBox",
    "RateStepsTableModel",
    "ReactionDialog",
    "ReactionsTableModel",
    "ReasonCounts",
    "ReasonDialog",
    "RecallTableModel",
    "RecordCounts",
    "ReportFilter",
    "ReportsPage",
    "SafetyReportDialog",
    "SeriousnessBox",
    "SettingsForm",
    "SettingsPage",
    "SettingsTableModel",
    "Sidebar",
    "SignInCountdown",
    "SignInDialog",
    "StartFlagsDialog",
    "StartWords",
    "SymptomFinder",
    "SymptomRow",
    "UsersPage",
    "UsersTableModel",
    "VitalSignsDialog",
    "VitalsEntry",
    "VitalsTableModel",
    "WorklistPage",
    "WorklistTableModel",
    "app",
    "assessment",
    "audit_wording",
    "bedside_entries",
    "bedside_summary",
    "catalogue_page",
    "choices",
    "context",
    "ctcae",
    "entries_box",
    "entry_descriptions",
    "errors",
    "event_terms",
    "gates",
    "handover",
    "handover_print",
    "labels",
    "lot_recall_model",
    "lot_recall_page",
    "operations",
    "paged_print",
    "patient_words",
    "permissions",
    "plan_print",
    "plan_sheet",
    "rate_plan",
    "rate_plan_view",
    "reasons",
    "report_charts",
    "report_format",
    "report_tables",
    "risk_badge",
    "roles",
    "safety_report",
    "setting_words",
    "start_flags",
    "start_words",
    "vital_levels_panel",
    "vital_sign_names",
    "wording",
}
# Plural forms: Polish one / few / many; English one / other.
FORMS = {"pl": 3, "en": 2}


def current(tmp_path: Path, name: str, *options: str) -> ET.Element:
    """The .ts file updated from the code as it is now (the kept file is not touched)."""
    copy = tmp_path / name
    shutil.copy(I18N / name, copy)
    sources = sorted(str(p) for p in (ROOT / "ivigmon").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-locations", "none", "-no-obsolete", "-silent", *options, *sources,
         "-ts", str(copy)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )  # fmt: skip
    return ET.parse(copy).getroot()


def messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def polish(tmp_path_factory) -> ET.Element:
    return current(tmp_path_factory.mktemp("pl"), "ivigmon_pl.ts")


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> ET.Element:
    return current(tmp_path_factory.mktemp("en"), "ivigmon_en.ts", "-pluralonly")


def test_every_word_of_the_translated_screens_has_its_polish(polish):
    unfinished = [
        f"{context}: {message.findtext('source')}"
        for context, message in messages(polish)
        if context in TRANSLATED and message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_the_kept_files_are_as_lupdate_leaves_them(polish, english):
    """`packaging/translations update` was run after the last change of a marked string."""
    for name, updated in (("ivigmon_pl.ts", polish), ("ivigmon_en.ts", english)):
        kept = ET.parse(I18N / name).getroot()
        assert {(c, m.findtext("source")) for c, m in messages(kept)} == {
            (c, m.findtext("source")) for c, m in messages(updated)
        }, name


@pytest.mark.parametrize("language", ["pl", "en"])
def test_plural_forms_placeholders_and_mnemonics_survive_translation(language, polish, english):
    root = polish if language == "pl" else english
    for context, message in messages(root):
        if message.find("translation").get("type") == "unfinished":
            continue
        source = message.findtext("source", "")
        said = translations(message)
        where = f"{language} {context}: {source}"
        if message.get("numerus") == "yes":
            assert len(said) == FORMS[language], where
            assert all("%n" in form for form in said), where
        for text in said:
            assert text, where
            assert sorted(re.findall(r"\{\w*\}", text)) == sorted(re.findall(r"\{\w*\}", source)), (
                where
            )
            # A mnemonic (&File) keeps one, so the menu stays reachable by keyboard.
            assert ("&" in text) == ("&" in source), where


def test_english_holds_only_plural_forms(english):
    assert all(message.get("numerus") == "yes" for _context, message in messages(english))
