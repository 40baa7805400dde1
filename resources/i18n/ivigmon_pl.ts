<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutPage</name>
    <message>
        <source>Bedside logging, risk flags and follow-up checks for paediatric intravenous immunoglobulin (IVIG) infusions.</source>
        <translation>Dokumentacja przy łóżku, oznaczanie ryzyka i kontrole po wlewach dożylnej immunoglobuliny (IVIG) u dzieci.</translation>
    </message>
    <message>
        <source>What it does - and what it does not</source>
        <translation>Co program robi, a czego nie robi</translation>
    </message>
    <message>
        <source>It records each infusion as it happens, computes doses and rates, flags patients and infusions with risk factors for a reaction (and says why), and reminds the ward of the follow-up checks. It gives no medical advice: the risk factors and label limits come from the sources below, and every decision stays with the clinician.</source>
        <translation>Zapisuje każdy wlew na bieżąco, oblicza dawki i tempo wlewu, oznacza pacjentów i wlewy z czynnikami ryzyka odczynu (podając powód) i przypomina oddziałowi o kontrolach po wlewie. Nie udziela porad medycznych: czynniki ryzyka i limity z charakterystyk produktów pochodzą z poniższych źródeł, a każda decyzja należy do lekarza.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Ward server:</source>
        <translation>Serwer oddziału:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>tylko do odczytu</translation>
    </message>
    <message>
        <source>for reading and writing</source>
        <translation>do odczytu i zapisu</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Otwarta:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Środowisko:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Risk factors: &apos;Adverse effects of immunoglobulin&apos; (source paper) and the boxed warnings of the product labels. Rates: the US prescribing information and EU summaries of product characteristics of each product (see Settings, product catalogue). BMI-for-age: CDC 2000 growth charts. Reaction grades: CTCAE 5.0.</source>
        <translation>Czynniki ryzyka: „Adverse effects of immunoglobulin” (artykuł źródłowy) i ostrzeżenia w ramce z ulotek produktów. Tempo wlewu: amerykańskie informacje o przepisywaniu leku i unijne charakterystyki produktów leczniczych (ChPL) każdego preparatu (zob. Ustawienia, katalog preparatów). BMI dla wieku: siatki centylowe CDC 2000. Stopnie odczynów: CTCAE 5.0.</translation>
    </message>
</context>
<context>
    <name>AgeWords</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Nr historii</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>{severity} - infusion {id}: {reason}</source>
        <translation>{severity} – wlew {id}: {reason}</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message numerus="yes">
        <source>%n infusion(s)</source>
        <translation>
            <numerusform>%n wlew</numerusform>
            <numerusform>%n wlewy</numerusform>
            <numerusform>%n wlewów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n day(s) {hours} h</source>
        <translation>
            <numerusform>%n dzień {hours} h</numerusform>
            <numerusform>%n dni {hours} h</numerusform>
            <numerusform>%n dni {hours} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Zablokowano po %n minucie bezczynności.</numerusform>
            <numerusform>Zablokowano po %n minutach bezczynności.</numerusform>
            <numerusform>Zablokowano po %n minutach bezczynności.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverWords</name>
    <message>
        <source>checks: {overdue} overdue, {due} due now, {soon} due in the next {h} h</source>
        <translation>kontrole: zaległe {overdue}, do wykonania teraz {due}, w ciągu najbliższych {h} h {soon}</translation>
    </message>
    <message numerus="yes">
        <source>%n infusing now</source>
        <translation>
            <numerusform>%n wlew trwa teraz</numerusform>
            <numerusform>%n wlewy trwają teraz</numerusform>
            <numerusform>%n wlewów trwa teraz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) ({urgent} urgent)</source>
        <translation>
            <numerusform>%n otwarty alarm (pilne: {urgent})</numerusform>
            <numerusform>%n otwarte alarmy (pilne: {urgent})</numerusform>
            <numerusform>%n otwartych alarmów (pilne: {urgent})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-risk patient(s)</source>
        <translation>
            <numerusform>%n pacjent wysokiego ryzyka</numerusform>
            <numerusform>%n pacjentów wysokiego ryzyka</numerusform>
            <numerusform>%n pacjentów wysokiego ryzyka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open check(s) due later (see the worklist).</source>
        <translation>
            <numerusform>%n kolejna otwarta kontrola przypada później (zob. listę zadań).</numerusform>
            <numerusform>%n kolejne otwarte kontrole przypadają później (zob. listę zadań).</numerusform>
            <numerusform>%n kolejnych otwartych kontroli przypada później (zob. listę zadań).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ open alert(s): %n</source>
        <translation>
            <numerusform>▲ otwarty alarm: %n</numerusform>
            <numerusform>▲ otwarte alarmy: %n</numerusform>
            <numerusform>▲ otwarte alarmy: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>As the computer&apos;s system ({language})</source>
        <translation>Jak w systemie komputera ({language})</translation>
    </message>
    <message>
        <source>&amp;Language of the screens</source>
        <translation>&amp;Język ekranów</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>Język ekranów</translation>
    </message>
    <message>
        <source>For this computer only; the records, the command line and exported files keep their own words and codes. The screens change at the next start of ivigmon.</source>
        <translation>Tylko na tym komputerze; dokumentacja, wiersz poleceń i eksportowane pliki zachowują własne słownictwo i kody. Ekrany zmienią język przy następnym uruchomieniu ivigmon.</translation>
    </message>
    <message>
        <source>Saved: {language} from the next start of ivigmon.</source>
        <translation>Zapisano: {language} od następnego uruchomienia ivigmon.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>ivigmon is locked</source>
        <translation>ivigmon jest zablokowany</translation>
    </message>
    <message>
        <source>Nothing is lost: open forms keep what was typed. Type your password to go on, or sign in as another user (the app then acts as that user).</source>
        <translation>Nic nie zostało utracone: otwarte formularze zachowują wpisane dane. Wpisz hasło, aby kontynuować, lub zaloguj się jako inny użytkownik (program będzie wtedy działać w jego imieniu).</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>Signed in: {who}</source>
        <translation>Zalogowany: {who}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Worklist</source>
        <translation>Lista zadań</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacjenci</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <source>ivigmon - IVIG infusions and follow-up checks</source>
        <translation>ivigmon – wlewy IVIG i kontrole po wlewie</translation>
    </message>
    <message>
        <source>Read-only: this database can be viewed but not changed — {reason}.</source>
        <translation>Tylko do odczytu: tę bazę danych można przeglądać, ale nie zmieniać — {reason}.</translation>
    </message>
    <message>
        <source>Note: {notice}.</source>
        <translation>Uwaga: {notice}.</translation>
    </message>
    <message>
        <source>Database: {path} (read-only)</source>
        <translation>Baza danych: {path} (tylko do odczytu)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Baza danych: {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New infusion…</source>
        <translation>&amp;Nowy wlew…</translation>
    </message>
    <message>
        <source>Print &amp;handover…</source>
        <translation>Drukuj &amp;raport zmiany…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>P&amp;acjent</translation>
    </message>
    <message>
        <source>&amp;Find patient…</source>
        <translation>&amp;Znajdź pacjenta…</translation>
    </message>
    <message>
        <source>&amp;Register patient…</source>
        <translation>Za&amp;rejestruj pacjenta…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Lot re&amp;call…</source>
        <translation>&amp;Wycofanie serii…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About ivigmon</source>
        <translation>&amp;O programie ivigmon</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) overdue</source>
        <translation>
            <numerusform>%n kontrola zaległa</numerusform>
            <numerusform>%n kontrole zaległe</numerusform>
            <numerusform>%n kontroli zaległych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n do wykonania</numerusform>
            <numerusform>%n do wykonania</numerusform>
            <numerusform>%n do wykonania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n nadchodząca</numerusform>
            <numerusform>%n nadchodzące</numerusform>
            <numerusform>%n nadchodzących</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alerts: 0</source>
        <translation>Otwarte alarmy: 0</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n open alert(s)</source>
        <translation>
            <numerusform>▲ %n otwarty alarm</numerusform>
            <numerusform>▲ %n otwarte alarmy</numerusform>
            <numerusform>▲ %n otwartych alarmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n urgent)</source>
        <translation>
            <numerusform>(%n pilny)</numerusform>
            <numerusform>(%n pilne)</numerusform>
            <numerusform>(%n pilnych)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the handover sheet…</source>
        <translation>Przygotowywanie raportu zmiany…</translation>
    </message>
    <message>
        <source>The handover sheet could not be prepared. {why}</source>
        <translation>Nie udało się przygotować raportu zmiany. {why}</translation>
    </message>
    <message>
        <source>{mrn} already has an infusion running since {time}: it is shown instead of a new one.</source>
        <translation>{mrn} ma już trwający wlew od {time}: zamiast nowego pokazano ten wlew.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Zablokowano.</translation>
    </message>
</context>
<context>
    <name>PatientDetailPage</name>
    <message>
        <source>Infusions</source>
        <translation>Wlewy</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Zdarzenia niepożądane</translation>
    </message>
    <message>
        <source>Follow-up checks</source>
        <translation>Kontrole po wlewie</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Pomiary</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation>Pacjenci</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>Which infusions</source>
        <translation>Które wlewy</translation>
    </message>
    <message>
        <source>Started f&amp;rom</source>
        <translation>&amp;Rozpoczęte od</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <source>of patients whose primary &amp;diagnosis is</source>
        <translation>u pacjentów z rozpoznaniem &amp;głównym</translation>
    </message>
    <message>
        <source>All diagnoses</source>
        <translation>Wszystkie rozpoznania</translation>
    </message>
    <message>
        <source>&apos;to&apos; ({last}) is before &apos;started from&apos; ({first}): choose a later &apos;to&apos; day.</source>
        <translation>„do” ({last}) jest wcześniej niż „rozpoczęte od” ({first}): wybierz późniejszy dzień „do”.</translation>
    </message>
</context>
<context>
    <name>ReportTableView</name>
    <message>
        <source>Report table</source>
        <translation>Tabela raportu</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Eksportuj E&amp;xcel…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV, the tables one under another (*.csv)</source>
        <translation>CSV, tabele jedna pod drugą (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Eksportuj &amp;Markdown…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>product</source>
        <translation>preparatu</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>serii</translation>
    </message>
    <message>
        <source>premedication</source>
        <translation>premedykacji</translation>
    </message>
    <message>
        <source>risk level of the infusion</source>
        <translation>poziomu ryzyka wlewu</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>czynnika ryzyka</translation>
    </message>
    <message>
        <source>month of the start</source>
        <translation>miesiąca rozpoczęcia</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Rozpoczęte od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Primary diagnosis</source>
        <translation>Rozpoznanie główne</translation>
    </message>
    <message>
        <source>Computing the report… the page stays usable meanwhile.</source>
        <translation>Obliczanie raportu… w tym czasie można korzystać ze strony.</translation>
    </message>
    <message>
        <source>Entries were saved since this report was made: press Update to count them.</source>
        <translation>Od utworzenia raportu zapisano nowe wpisy: naciśnij Aktualizuj, aby je uwzględnić.</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>Raport kohorty</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualizuj</translation>
    </message>
    <message>
        <source>Count again, with the entries saved since</source>
        <translation>Policz ponownie, z wpisami zapisanymi od tego czasu</translation>
    </message>
    <message>
        <source>Table I: patients</source>
        <translation>Tabela I: pacjenci</translation>
    </message>
    <message>
        <source>Table II: treatment</source>
        <translation>Tabela II: leczenie</translation>
    </message>
    <message>
        <source>Table II: outcomes</source>
        <translation>Tabela II: wyniki</translation>
    </message>
    <message>
        <source>Reaction rates</source>
        <translation>Częstość odczynów</translation>
    </message>
    <message>
        <source>Beside published figures</source>
        <translation>Na tle danych z piśmiennictwa</translation>
    </message>
    <message>
        <source>Follow-up and alerts</source>
        <translation>Kontrole i alarmy</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions &amp;by</source>
        <translation>Odczyny na 100 wlewów &amp;według</translation>
    </message>
    <message>
        <source>The charts are drawn once the report is ready.</source>
        <translation>Wykresy zostaną narysowane, gdy raport będzie gotowy.</translation>
    </message>
    <message>
        <source>The report could not be made. {why}</source>
        <translation>Nie udało się utworzyć raportu. {why}</translation>
    </message>
    <message>
        <source>made {time}</source>
        <translation>utworzono {time}</translation>
    </message>
    <message>
        <source>computed in {seconds} s</source>
        <translation>obliczono w {seconds} s</translation>
    </message>
    <message>
        <source>The charts could not be drawn: {why}</source>
        <translation>Nie udało się narysować wykresów: {why}</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksport raportu</translation>
    </message>
    <message>
        <source>Report exported to {file}</source>
        <translation>Raport wyeksportowano do {file}</translation>
    </message>
    <message>
        <source>The report was not exported. {why}</source>
        <translation>Raportu nie wyeksportowano. {why}</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>pierwszego</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>ostatniego</translation>
    </message>
    <message>
        <source>infusions started from {first} to {last} (local dates, both included) of patients whose primary diagnosis is {diagnosis}; entered-in-error records left out</source>
        <translation>wlewy rozpoczęte od {first} do {last} (daty lokalne, obie włącznie) u pacjentów z rozpoznaniem głównym {diagnosis}; bez wpisów oznaczonych jako błędne</translation>
    </message>
    <message>
        <source>infusions started from {first} to {last} (local dates, both included); entered-in-error records left out</source>
        <translation>wlewy rozpoczęte od {first} do {last} (daty lokalne, obie włącznie); bez wpisów oznaczonych jako błędne</translation>
    </message>
    <message>
        <source>every infusion of patients whose primary diagnosis is {diagnosis}; entered-in-error records left out</source>
        <translation>wszystkie wlewy pacjentów z rozpoznaniem głównym {diagnosis}; bez wpisów oznaczonych jako błędne</translation>
    </message>
    <message>
        <source>every infusion; entered-in-error records left out</source>
        <translation>wszystkie wlewy; bez wpisów oznaczonych jako błędne</translation>
    </message>
    <message>
        <source>Not allowed: {why}.</source>
        <translation>Niedozwolone: {why}.</translation>
    </message>
    <message>
        <source>The database could not be read ({why}). Press Update to try again.</source>
        <translation>Nie udało się odczytać bazy danych ({why}). Naciśnij Aktualizuj, aby spróbować ponownie.</translation>
    </message>
</context>
<context>
    <name>SafetyReportDialog</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file, field and value (*.csv)</source>
        <translation>Plik CSV, pole i wartość (*.csv)</translation>
    </message>
    <message>
        <source>Safety report - adverse event {id}</source>
        <translation>Zgłoszenie bezpieczeństwa – zdarzenie niepożądane {id}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Zapisz jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The report could not be made. {why}</source>
        <translation>Nie udało się utworzyć zgłoszenia. {why}</translation>
    </message>
    <message>
        <source>Save the safety report</source>
        <translation>Zapis zgłoszenia bezpieczeństwa</translation>
    </message>
    <message>
        <source>The report was not saved: {why}</source>
        <translation>Zgłoszenia nie zapisano: {why}</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Zapisano: {file}</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślnie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Przywróć &amp;domyślne</translation>
    </message>
    <message>
        <source>Fill in every default; nothing changes until Save</source>
        <translation>Wpisuje wszystkie wartości domyślne; nic się nie zmienia przed zapisaniem</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
        <source>Saved values apply to everyone using this database and are kept in the history.</source>
        <translation>Zapisane wartości obowiązują wszystkich korzystających z tej bazy danych i są zachowywane w historii.</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after</source>
        <translation>&amp;Blokuj ekran po</translation>
    </message>
    <message>
        <source>minutes without keyboard or mouse use (0 = never)</source>
        <translation>min bez użycia klawiatury lub myszy (0 = nigdy)</translation>
    </message>
    <message>
        <source>Default: {minutes} minutes. The locked screen shows who was signed in; their password unlocks it, or another user signs in instead. Open forms keep what was typed.</source>
        <translation>Domyślnie: {minutes} min. Zablokowany ekran pokazuje, kto był zalogowany; odblokowuje go hasło tej osoby albo zamiast niej loguje się inny użytkownik. Otwarte formularze zachowują wpisane dane.</translation>
    </message>
    <message>
        <source>Lock an &amp;account after</source>
        <translation>Blokuj &amp;konto po</translation>
    </message>
    <message>
        <source>failed sign-ins in a row ({low} to {high})</source>
        <translation>nieudanych logowaniach z rzędu (od {low} do {high})</translation>
    </message>
    <message>
        <source>Default: {limit}. After each failed sign-in the next try waits a little longer (1, 2, 4 s... up to 30 s); a locked account signs in again once an administrator unlocks it on the Users page. The last administrator who could unlock the others is slowed down, never locked.</source>
        <translation>Domyślnie: {limit}. Po każdym nieudanym logowaniu na następną próbę trzeba czekać nieco dłużej (1, 2, 4 s… do 30 s); zablokowane konto może się znów zalogować, gdy administrator odblokuje je na stronie Użytkownicy. Ostatni administrator, który mógłby odblokować pozostałych, jest tylko spowalniany, nigdy blokowany.</translation>
    </message>
    <message>
        <source>&amp;Keep automatic backups for</source>
        <translation>&amp;Przechowuj automatyczne kopie przez</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>Default: {days} days. ivigmon copies the database at each start (at most once an hour) and deletes automatic copies older than this.</source>
        <translation>Domyślnie: {days} dni. ivigmon kopiuje bazę danych przy każdym uruchomieniu (najwyżej raz na godzinę) i usuwa starsze kopie automatyczne.</translation>
    </message>
    <message>
        <source>Longest &amp;note</source>
        <translation>Najdłuższa &amp;notatka</translation>
    </message>
    <message>
        <source>characters in an infusion&apos;s, a reaction&apos;s or a check&apos;s notes</source>
        <translation>znaków w notatkach wlewu, odczynu lub kontroli</translation>
    </message>
    <message>
        <source>Default: {chars} characters (about four pages). Longer text is refused with a message; what was typed stays in the form.</source>
        <translation>Domyślnie: {chars} znaków (około czterech stron). Dłuższy tekst zostaje odrzucony z komunikatem; wpisane dane pozostają w formularzu.</translation>
    </message>
    <message>
        <source>Oldest &amp;weight to dose a child by</source>
        <translation>Najstarsza &amp;masa ciała do dawkowania u dziecka</translation>
    </message>
    <message>
        <source>Default: {days} days. An older weight of a child is not offered as the dosing weight: the start form asks to weigh the child.</source>
        <translation>Domyślnie: {days} dni. Starsza masa ciała dziecka nie jest proponowana do dawkowania: formularz rozpoczęcia prosi o zważenie dziecka.</translation>
    </message>
    <message>
        <source>Largest file to &amp;import</source>
        <translation>Największy plik do &amp;importu</translation>
    </message>
    <message>
        <source>MB ({low} to {high}; 1 MB = {bytes} bytes)</source>
        <translation>MB (od {low} do {high}; 1 MB = {bytes} bajtów)</translation>
    </message>
    <message>
        <source>Default: {mb} MB, more than a ward&apos;s records over years. A larger file (a national service&apos;s, about {national} MB) is refused until this is raised for it; reading it takes a scratch copy of about its size beside the database.</source>
        <translation>Domyślnie: {mb} MB, więcej niż dokumentacja oddziału z wielu lat. Większy plik (np. z ogólnokrajowej bazy, około {national} MB) zostaje odrzucony, dopóki ta wartość nie zostanie zwiększona; jego odczyt wymaga kopii roboczej podobnej wielkości obok bazy danych.</translation>
    </message>
    <message>
        <source>Save &amp;lock and backups</source>
        <translation>Zapisz &amp;blokadę i kopie</translation>
    </message>
    <message>
        <source>Risk thresholds and check timings</source>
        <translation>Progi ryzyka i terminy kontroli</translation>
    </message>
    <message>
        <source>Screen lock and backups</source>
        <translation>Blokada ekranu i kopie zapasowe</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarmy</translation>
    </message>
    <message>
        <source>Product catalogue</source>
        <translation>Katalog preparatów</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Label rates are in each label&apos;s own unit; a pump rate is converted with the concentration (mL/kg/h = mL/h / kg; mg/kg/min = mL/kg/h x mg/mL / 60). A product without any limit is checked against the ward ceiling only: an administrator enters local limits.</source>
        <translation>Tempo z ChPL podano w jednostce danego produktu; tempo pompy przelicza się przez stężenie (mL/kg/h = mL/h / kg; mg/kg/min = mL/kg/h x mg/mL / 60). Preparat bez żadnego limitu jest sprawdzany tylko względem limitu oddziału: limity lokalne wpisuje administrator.</translation>
    </message>
    <message>
        <source>Settings could not be loaded. {why}</source>
        <translation>Nie udało się wczytać ustawień. {why}</translation>
    </message>
    <message>
        <source>Each threshold and timing beside its default and source. Save stores them all at once; every assessment and the worklist use them from then on.</source>
        <translation>Każdy próg i termin obok wartości domyślnej i źródła. Zapisanie zachowuje wszystkie naraz; od tej chwili korzysta z nich każda ocena ryzyka i lista zadań.</translation>
    </message>
    <message>
        <source>this database can be viewed but not changed</source>
        <translation>tę bazę danych można przeglądać, ale nie zmieniać</translation>
    </message>
    <message>
        <source>only an administrator changes thresholds, timings, alerts and the screen lock</source>
        <translation>progi, terminy, alarmy i blokadę ekranu zmienia tylko administrator</translation>
    </message>
    <message>
        <source>Shown read-only: {who}. Values that differ from the default are marked (changed).</source>
        <translation>Tylko do odczytu: {who}. Wartości różne od domyślnych oznaczono (zmienione).</translation>
    </message>
    <message>
        <source>The defaults are filled in. Press Save settings to use them.</source>
        <translation>Wpisano wartości domyślne. Naciśnij Zapisz ustawienia, aby ich używać.</translation>
    </message>
    <message>
        <source>Saved. Every assessment and the worklist now use these values.</source>
        <translation>Zapisano. Każda ocena ryzyka i lista zadań korzystają teraz z tych wartości.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Zapisano: ekran blokuje się po %n minucie bezczynności.</numerusform>
            <numerusform>Zapisano: ekran blokuje się po %n minutach bezczynności.</numerusform>
            <numerusform>Zapisano: ekran blokuje się po %n minutach bezczynności.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: the screen never locks by itself.</source>
        <translation>Zapisano: ekran nigdy nie blokuje się sam.</translation>
    </message>
    <message>
        <source>Automatic backups are kept {days} days; notes hold up to {notes} characters. An account locks after {failed} failed sign-ins in a row. A child&apos;s weight older than {weight_days} days is not offered for a dose. Files up to {mb} MB can be imported. Other ivigmon windows on this database use it after their next refresh (F5) or start.</source>
        <translation>Automatyczne kopie są przechowywane {days} dni; notatki mieszczą do {notes} znaków. Konto blokuje się po {failed} nieudanych logowaniach z rzędu. Masa ciała dziecka starsza niż {weight_days} dni nie jest proponowana do dawkowania. Można importować pliki do {mb} MB. Inne okna ivigmon na tej bazie danych zastosują to po najbliższym odświeżeniu (F5) lub uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślnie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(zmienione)</translation>
    </message>
    <message>
        <source>{meaning} {value} (default {default})</source>
        <translation>{meaning} {value} (domyślnie {default})</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{key})</source>
        <translation>{page} (Ctrl+{key})</translation>
    </message>
    <message>
        <source>Running infusions</source>
        <translation>Trwające wlewy</translation>
    </message>
    <message>
        <source>Click one to open it at the bedside.</source>
        <translation>Kliknij wlew, aby otworzyć go przy łóżku.</translation>
    </message>
    <message>
        <source>{name}
{mrn}, since {time}</source>
        <translation>{name}
{mrn}, od {time}</translation>
    </message>
    <message>
        <source>infusion {id}, started {time}</source>
        <translation>wlew {id}, rozpoczęty {time}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>SignInCountdown</name>
    <message>
        <source>Locked: an administrator unlocks it on the Users page.</source>
        <translation>Konto zablokowane: odblokowuje je administrator na stronie Użytkownicy.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s before the next try.</source>
        <translation>
            <numerusform>Odczekaj %n s przed następną próbą.</numerusform>
            <numerusform>Odczekaj %n s przed następną próbą.</numerusform>
            <numerusform>Odczekaj %n s przed następną próbą.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>ivigmon - sign in</source>
        <translation>ivigmon – logowanie</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Baza danych: {path}</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>Follow-up checks</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message>
        <source>Print ha&amp;ndover… (Ctrl+P)</source>
        <translation>Raport &amp;zmiany… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open checks after each infusion: overdue first, then due now, then upcoming. Select a row to see why its risk is raised; press Enter to record the check.</source>
        <translation>Otwarte kontrole po każdym wlewie: najpierw zaległe, potem do wykonania teraz, potem nadchodzące. Zaznacz wiersz, aby zobaczyć, dlaczego ryzyko jest podwyższone; naciśnij Enter, aby zapisać kontrolę.</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Otwarte alarmy</translation>
    </message>
    <message>
        <source>Review a&amp;lert…</source>
        <translation>Przejrzyj a&amp;larm…</translation>
    </message>
    <message>
        <source>Selected check</source>
        <translation>Wybrana kontrola</translation>
    </message>
    <message>
        <source>Infusion risk</source>
        <translation>Ryzyko wlewu</translation>
    </message>
    <message>
        <source>&amp;Record check…</source>
        <translation>&amp;Zapisz kontrolę…</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Otwórz pacjenta</translation>
    </message>
    <message>
        <source>The worklist could not be loaded. {why}</source>
        <translation>Nie udało się wczytać listy zadań. {why}</translation>
    </message>
    <message>
        <source>as of {time}</source>
        <translation>stan&#xa0;na&#xa0;{time}</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) overdue</source>
        <translation>
            <numerusform>%n kontrola zaległa</numerusform>
            <numerusform>%n kontrole zaległe</numerusform>
            <numerusform>%n kontroli zaległych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n do wykonania</numerusform>
            <numerusform>%n do wykonania</numerusform>
            <numerusform>%n do wykonania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n nadchodząca</numerusform>
            <numerusform>%n nadchodzące</numerusform>
            <numerusform>%n nadchodzących</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alerts ({count}, {urgent})</source>
        <translation>Otwarte alarmy ({count}, {urgent})</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n pilny</numerusform>
            <numerusform>%n pilne</numerusform>
            <numerusform>%n pilnych</numerusform>
        </translation>
    </message>
    <message>
        <source>{severity} {mrn}, infusion {id}: {reason}</source>
        <translation>{severity} {mrn}, wlew {id}: {reason}</translation>
    </message>
    <message>
        <source>No open follow-up checks</source>
        <translation>Brak otwartych kontroli po wlewie</translation>
    </message>
    <message>
        <source>Check +{offset} h, due {due} ({relative}) - {status}
Infusion {id}: {product}, ended {ended}</source>
        <translation>Kontrola +{offset} h, termin {due} ({relative}) – {status}
Wlew {id}: {product}, zakończony {ended}</translation>
    </message>
    <message>
        <source>Review an alert</source>
        <translation>Przegląd alarmu</translation>
    </message>
    <message>
        <source>{severity} since {time} - {mrn}, infusion {id}: {reason}</source>
        <translation>{severity} od {time} – {mrn}, wlew {id}: {reason}</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Zapisz przegląd</translation>
    </message>
    <message>
        <source>The alert leaves the list once reviewed. Nothing is deleted: the review is kept with your name, the time and this note.</source>
        <translation>Po przeglądzie alarm znika z listy. Nic nie jest usuwane: przegląd zostaje zachowany z Twoim nazwiskiem, czasem i tą notatką.</translation>
    </message>
    <message>
        <source>&amp;What was done?</source>
        <translation>&amp;Co zrobiono?</translation>
    </message>
    <message>
        <source>e.g. child seen, observations repeated, doctor informed</source>
        <translation>np. dziecko zbadane, pomiary powtórzone, lekarz powiadomiony</translation>
    </message>
</context>
<context>
    <name>WorklistTableModel</name>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontr.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Nr hist.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>{product}: infusion {id}, ended {time}</source>
        <translation>{product}: wlew {id}, zakończony {time}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>ivigmon cannot open the database</source>
        <translation>ivigmon nie może otworzyć bazy danych</translation>
    </message>
    <message>
        <source>the database is damaged; restore the latest backup (see the message at start)</source>
        <translation>baza danych jest uszkodzona; przywróć najnowszą kopię zapasową (zob. komunikat przy uruchomieniu)</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Baza danych jest uszkodzona</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Nie wykonano kopii zapasowej</translation>
    </message>
    <message>
        <source>ivigmon could not copy the database at start ({why}). Records are safe in the database itself; tell whoever looks after the ward computers.</source>
        <translation>ivigmon nie mógł skopiować bazy danych przy uruchomieniu ({why}). Dokumentacja w samej bazie danych jest bezpieczna; powiadom osobę odpowiedzialną za komputery oddziału.</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>ivigmon documents, computes and reminds; the clinician decides.</source>
        <translation>ivigmon dokumentuje, oblicza i przypomina; decyzję podejmuje lekarz.</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>this account has no permission to write the file</source>
        <translation>to konto nie ma uprawnień do zapisu pliku</translation>
    </message>
    <message>
        <source>it was opened for viewing only</source>
        <translation>otwarto ją tylko do przeglądania</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>no rate plan: the product is not in the catalogue</source>
        <translation>brak planu tempa: preparatu nie ma w katalogu</translation>
    </message>
    <message>
        <source>no rate plan: {notes}</source>
        <translation>brak planu tempa: {notes}</translation>
    </message>
    <message>
        <source>the whole volume is given by the recorded rates</source>
        <translation>według zapisanych temp podano całą objętość</translation>
    </message>
    <message>
        <source>at the plan&apos;s last setting</source>
        <translation>na ostatnim ustawieniu planu</translation>
    </message>
    <message>
        <source>infusing now</source>
        <translation>wlew trwa teraz</translation>
    </message>
    <message>
        <source>follow-up after infusion {id}</source>
        <translation>kontrola po wlewie {id}</translation>
    </message>
</context>
<context>
    <name>handover_print</name>
    <message>
        <source>IVIG handover</source>
        <translation>Raport zmiany IVIG</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>Ward record {record} · printed {time} by {user}. The ward as it stands at printing: running infusions, open alerts and open follow-up checks as stored. {disclaimer}</source>
        <translation>Dokumentacja oddziału {record} · wydrukowano {time}, drukował(a) {user}. Stan oddziału w chwili druku: trwające wlewy, otwarte alarmy i otwarte kontrole po wlewie według zapisów. {disclaimer}</translation>
    </message>
    <message>
        <source>Infusing now ({count})</source>
        <translation>Wlewy trwające teraz ({count})</translation>
    </message>
    <message>
        <source>Open alerts ({count}, {urgent} urgent)</source>
        <translation>Otwarte alarmy ({count}, pilne: {urgent})</translation>
    </message>
    <message>
        <source>High-risk patients ({count})</source>
        <translation>Pacjenci wysokiego ryzyka ({count})</translation>
    </message>
    <message>
        <source>Patients infusing now or with an open follow-up check whose infusion is assessed high, with the reasons.</source>
        <translation>Pacjenci z trwającym wlewem lub otwartą kontrolą po wlewie, których wlew oceniono na ryzyko wysokie, z przyczynami.</translation>
    </message>
    <message>
        <source>Overdue follow-up checks ({count})</source>
        <translation>Zaległe kontrole po wlewie ({count})</translation>
    </message>
    <message>
        <source>Follow-up checks due now ({count})</source>
        <translation>Kontrole po wlewie do wykonania teraz ({count})</translation>
    </message>
    <message>
        <source>Follow-up checks due in the next {h} h ({count})</source>
        <translation>Kontrole po wlewie w ciągu najbliższych {h} h ({count})</translation>
    </message>
    <message>
        <source>started {time}</source>
        <translation>rozpoczęty {time}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>Wlew</translation>
    </message>
    <message>
        <source>Pump now</source>
        <translation>Pompa teraz</translation>
    </message>
    <message>
        <source>Next planned step</source>
        <translation>Następny krok planu</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>no rate recorded</source>
        <translation>brak zapisanego tempa</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>od {time}</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>WSTRZYMANY</translation>
    </message>
    <message>
        <source>raise as tolerated up to {rate}</source>
        <translation>zwiększać zgodnie z tolerancją do {rate}</translation>
    </message>
    <message>
        <source>raise as tolerated up to {rate}, not before {time}</source>
        <translation>zwiększać zgodnie z tolerancją do {rate}, nie przed {time}</translation>
    </message>
    <message>
        <source>{rate} at {time} - due now</source>
        <translation>{rate} o {time} – teraz</translation>
    </message>
    <message>
        <source>{rate} at {time}</source>
        <translation>{rate} o {time}</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Listed for</source>
        <translation>Na liście z powodu</translation>
    </message>
    <message>
        <source>Why the risk is high</source>
        <translation>Dlaczego ryzyko jest wysokie</translation>
    </message>
    <message>
        <source>+{hours} h after {id}</source>
        <translation>+{hours} h po {id}</translation>
    </message>
    <message>
        <source>ended {time}</source>
        <translation>zakończony {time}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>{title} {day} · {record} · printed {time} by {user}</source>
        <translation>{title} {day} · {record} · wydrukowano {time}, drukował(a) {user}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Not medical advice: {disclaimer}</source>
        <translation>To nie jest porada medyczna: {disclaimer}</translation>
    </message>
</context>
<context>
    <name>paged_print</name>
    <message>
        <source>{title} - print preview</source>
        <translation>{title} – podgląd wydruku</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>plan_print</name>
    <message>
        <source>IVIG rate plan</source>
        <translation>Plan tempa wlewu IVIG</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Pump mL/h</source>
        <translation>Pompa mL/h</translation>
    </message>
    <message>
        <source>Volume mL</source>
        <translation>Objętość mL</translation>
    </message>
    <message>
        <source>as tolerated</source>
        <translation>zgodnie z tolerancją</translation>
    </message>
    <message>
        <source>female</source>
        <translation>dziewczynka</translation>
    </message>
    <message>
        <source>male</source>
        <translation>chłopiec</translation>
    </message>
    <message>
        <source>actual weight</source>
        <translation>rzeczywista masa ciała</translation>
    </message>
    <message>
        <source>adjusted weight</source>
        <translation>skorygowana masa ciała</translation>
    </message>
    <message>
        <source>Printed {time} by {user}.</source>
        <translation>Wydrukowano {time}, drukował(a) {user}.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Nr historii</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>jak podano</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Stężenie</translation>
    </message>
    <message>
        <source>Dosing weight</source>
        <translation>Masa ciała do dawkowania</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Objętość</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Wskazanie</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total volume {volume} mL&lt;/b&gt; · expected end &lt;b&gt;{end}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Całkowita objętość {volume} mL&lt;/b&gt; · przewidywany koniec &lt;b&gt;{end}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What sets the maximum, and notes</source>
        <translation>Co wyznacza maksimum oraz uwagi</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>until given</source>
        <translation>do podania całości</translation>
    </message>
    <message>
        <source>Times on {day} unless dated.</source>
        <translation>Godziny dnia {day}, o ile nie podano daty.</translation>
    </message>
</context>
<context>
    <name>plan_sheet</name>
    <message>
        <source>RCH Melbourne IVIg guideline: a maximum of 240 mL/h for every product</source>
        <translation>wytyczne IVIg RCH Melbourne: maksymalnie 240 mL/h dla każdego preparatu</translation>
    </message>
    <message>
        <source>Label rates: {source}</source>
        <translation>Tempo z ChPL: {source}</translation>
    </message>
    <message>
        <source>Titration: {source}</source>
        <translation>Zwiększanie tempa: {source}</translation>
    </message>
    <message>
        <source>Ward ceiling {rate} mL/h: a ward setting (default from the {source})</source>
        <translation>Limit oddziału {rate} mL/h: ustawienie oddziału (domyślnie wg: {source})</translation>
    </message>
    <message>
        <source>Local initial rate: {source}</source>
        <translation>Lokalne tempo początkowe: {source}</translation>
    </message>
    <message>
        <source>Local maximum: {source}</source>
        <translation>Lokalne maksimum: {source}</translation>
    </message>
    <message>
        <source>Local at-risk maximum: {source}</source>
        <translation>Lokalne maksimum przy ryzyku: {source}</translation>
    </message>
    <message>
        <source>Local first-step minutes: {source}</source>
        <translation>Lokalny czas pierwszego kroku (min): {source}</translation>
    </message>
    <message>
        <source>Local later-step minutes: {source}</source>
        <translation>Lokalny czas kolejnych kroków (min): {source}</translation>
    </message>
    <message>
        <source>Local steps: {source}</source>
        <translation>Lokalne kroki: {source}</translation>
    </message>
</context>
<context>
    <name>report_charts</name>
    <message>
        <source>Nothing to draw: no infusions in this report.</source>
        <translation>Nie ma czego narysować: w tym raporcie nie ma wlewów.</translation>
    </message>
    <message>
        <source>Reactions by product</source>
        <translation>Odczyny wg preparatu</translation>
    </message>
    <message>
        <source>Reactions by lot</source>
        <translation>Odczyny wg serii</translation>
    </message>
    <message>
        <source>Follow-up lateness</source>
        <translation>Opóźnienie kontroli</translation>
    </message>
    <message>
        <source>Infusions per month</source>
        <translation>Wlewy w miesiącu</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions by product, with 95 % Wilson intervals</source>
        <translation>Odczyny na 100 wlewów wg preparatu, z 95% przedziałami Wilsona</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions by lot: the {shown} of {lots} lots whose interval starts highest</source>
        <translation>Odczyny na 100 wlewów wg serii: {shown} z {lots} serii, których przedział zaczyna się najwyżej</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions by lot: every lot</source>
        <translation>Odczyny na 100 wlewów wg serii: wszystkie serie</translation>
    </message>
    <message>
        <source>lot (infusions)</source>
        <translation>seria (wlewy)</translation>
    </message>
    <message>
        <source>immediate
(during the infusion),
per 100 infusions</source>
        <translation>natychmiastowe
(w trakcie wlewu),
na 100 wlewów</translation>
    </message>
    <message>
        <source>delayed
(reported at a check),
per 100 followed up</source>
        <translation>opóźnione
(zgłoszone przy kontroli),
na 100 skontrolowanych</translation>
    </message>
    <message>
        <source>published
immediate rate
{rate} % ({source})</source>
        <translation>częstość natychmiastowych
w piśmiennictwie
{rate} % ({source})</translation>
    </message>
    <message>
        <source>reactions per 100 (95 % Wilson interval)</source>
        <translation>odczyny na 100 (95% przedział Wilsona)</translation>
    </message>
    <message>
        <source>Follow-up checks: median hours after due, by month of the infusion</source>
        <translation>Kontrole po wlewie: mediana godzin po terminie, wg miesiąca wlewu</translation>
    </message>
    <message>
        <source>median of the month&apos;s done checks</source>
        <translation>mediana wykonanych kontroli miesiąca</translation>
    </message>
    <message>
        <source>median of every done check: {hours} h</source>
        <translation>mediana wszystkich wykonanych kontroli: {hours} h</translation>
    </message>
    <message>
        <source>due time (0 h)</source>
        <translation>termin (0 h)</translation>
    </message>
    <message>
        <source>hours after due (negative: early)</source>
        <translation>godziny po terminie (ujemne: przed terminem)</translation>
    </message>
    <message>
        <source>Infusions per month of the start</source>
        <translation>Wlewy wg miesiąca rozpoczęcia</translation>
    </message>
    <message>
        <source>infusions started in the month</source>
        <translation>wlewy rozpoczęte w miesiącu</translation>
    </message>
    <message>
        <source>infusions</source>
        <translation>wlewy</translation>
    </message>
</context>
<context>
    <name>report_format</name>
    <message>
        <source>all diagnoses</source>
        <translation>wszystkie rozpoznania</translation>
    </message>
    <message>
        <source>Immediate reactions (during the infusion)</source>
        <translation>Odczyny natychmiastowe (w trakcie wlewu)</translation>
    </message>
    <message>
        <source>Delayed reactions (reported at a check)</source>
        <translation>Odczyny opóźnione (zgłoszone przy kontroli)</translation>
    </message>
    <message>
        <source>Delayed headache</source>
        <translation>Opóźniony ból głowy</translation>
    </message>
    <message>
        <source>Any adverse event</source>
        <translation>Jakiekolwiek zdarzenie niepożądane</translation>
    </message>
    <message>
        <source>Aseptic meningitis (neck stiffness or photophobia)</source>
        <translation>Aseptyczne zapalenie opon m.-rdz. (sztywność karku, światłowstręt)</translation>
    </message>
    <message>
        <source>Renal failure (reduced urine output)</source>
        <translation>Niewydolność nerek (zmniejszona diureza)</translation>
    </message>
    <message>
        <source>Patients with an adverse event</source>
        <translation>Pacjenci ze zdarzeniem niepożądanym</translation>
    </message>
    <message>
        <source>any premedication</source>
        <translation>dowolna premedykacja</translation>
    </message>
    <message>
        <source>no premedication</source>
        <translation>bez premedykacji</translation>
    </message>
    <message>
        <source>antipyretic</source>
        <translation>lek przeciwgorączkowy</translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation>NLPZ</translation>
    </message>
    <message>
        <source>antihistamine</source>
        <translation>lek przeciwhistaminowy</translation>
    </message>
    <message>
        <source>glucocorticoid</source>
        <translation>glikokortykosteroid</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inna</translation>
    </message>
    <message>
        <source>infusions</source>
        <translation>wlewów</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>pacjentów</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Rozpoznanie</translation>
    </message>
    <message>
        <source>Patients (%)</source>
        <translation>Pacjenci (%)</translation>
    </message>
    <message>
        <source>Boys (% of group)</source>
        <translation>Chłopcy (% grupy)</translation>
    </message>
    <message>
        <source>Age, years</source>
        <translation>Wiek, lata</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Masa ciała, kg</translation>
    </message>
    <message>
        <source>Height, cm</source>
        <translation>Wzrost, cm</translation>
    </message>
    <message>
        <source>mean (min-max) at the first infusion; weight and height as last measured before it</source>
        <translation>średnia (min–maks) przy pierwszym wlewie; masa ciała i wzrost z ostatniego pomiaru przed nim</translation>
    </message>
    <message>
        <source>Infusions</source>
        <translation>Wlewy</translation>
    </message>
    <message>
        <source>Infusions per patient</source>
        <translation>Wlewy na pacjenta</translation>
    </message>
    <message>
        <source>g/kg per patient</source>
        <translation>g/kg na pacjenta</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <source>Course g/kg</source>
        <translation>Kurs g/kg</translation>
    </message>
    <message>
        <source>Patients with 2+</source>
        <translation>Pacjenci z 2+</translation>
    </message>
    <message>
        <source>On / off label</source>
        <translation>Z ChPL / poza ChPL</translation>
    </message>
    <message>
        <source>mean / median (min-max) per patient; course g/kg: each patient&apos;s mean course dose; 2+: patients with two or more infusions</source>
        <translation>średnia / mediana (min–maks) na pacjenta; kurs g/kg: średnia dawka kursu każdego pacjenta; 2+: pacjenci z dwoma wlewami lub więcej</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobry</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Umiarkowany</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Słaby</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Patients with an event</source>
        <translation>Pacjenci ze zdarzeniem</translation>
    </message>
    <message>
        <source>Events (per 100 infusions)</source>
        <translation>Zdarzenia (na 100 wlewów)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation>Premedykacja</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Poziom ryzyka</translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation>Czynnik ryzyka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Immediate reactions
n/infusions · % (95 % CI)</source>
        <translation>Odczyny natychmiastowe
n/wlewy · % (95% CI)</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Skontrolowane</translation>
    </message>
    <message>
        <source>Delayed reactions
n/followed up · % (95 % CI)</source>
        <translation>Odczyny opóźnione
n/skontrolowane · % (95% CI)</translation>
    </message>
    <message>
        <source>95 % CI: Wilson score interval; click a heading to sort</source>
        <translation>95% CI: przedział ufności Wilsona; kliknij nagłówek, aby posortować</translation>
    </message>
    <message>
        <source>Checks of these infusions</source>
        <translation>Kontrole tych wlewów</translation>
    </message>
    <message>
        <source>Fell due (done, or open past due)</source>
        <translation>Przypadające (wykonane lub zaległe)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <source>reached the family</source>
        <translation>kontakt z rodziną</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>brak kontaktu</translation>
    </message>
    <message>
        <source>still open past due</source>
        <translation>nadal zaległe</translation>
    </message>
    <message>
        <source>Superseded by a later infusion</source>
        <translation>Zastąpione późniejszym wlewem</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Jeszcze przed terminem</translation>
    </message>
    <message>
        <source>Median lateness of done checks</source>
        <translation>Mediana opóźnienia wykonanych</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>Number (%)</source>
        <translation>Liczba (%)</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>każdy rodzaj</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Otwarte teraz</translation>
    </message>
    <message>
        <source>▲ alert</source>
        <translation>▲ alarm</translation>
    </message>
    <message>
        <source>▲▲ urgent</source>
        <translation>▲▲ pilne</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Przejrzane</translation>
    </message>
    <message>
        <source>{rate} of {count} {unit}</source>
        <translation>{rate} z {count} {unit}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Miara</translation>
    </message>
    <message>
        <source>This ward
n/of · % (95 % CI)</source>
        <translation>Ten oddział
n/z · % (95% CI)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>W piśmiennictwie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Done checks</source>
        <translation>Wykonane kontrole</translation>
    </message>
    <message>
        <source>Median hours after due</source>
        <translation>Mediana godzin po terminie</translation>
    </message>
</context>
<context>
    <name>report_tables</name>
    <message>
        <source>not assessed</source>
        <translation>nieocenione</translation>
    </message>
    <message>
        <source>no infusions in this report</source>
        <translation>brak wlewów w tym raporcie</translation>
    </message>
    <message>
        <source>No infusions recorded.</source>
        <translation>Nie zapisano żadnych wlewów.</translation>
    </message>
    <message>
        <source>No infusions recorded in this scope.</source>
        <translation>W tym zakresie nie zapisano żadnych wlewów.</translation>
    </message>
    <message>
        <source>risk: {assessed} of {in_scope} infusions have a stored assessment under the current rules (those the worklist shows); the other {missing} are counted as not assessed</source>
        <translation>ryzyko: {assessed} z {in_scope} wlewów ma zapisaną ocenę według obecnych reguł (tę, którą pokazuje lista zadań); pozostałe {missing} liczone są jako nieocenione</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions by product</source>
        <translation>Odczyny na 100 wlewów wg preparatu</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions by lot (an infusion of two lots counts under each)</source>
        <translation>Odczyny na 100 wlewów wg serii (wlew z dwóch serii liczy się w każdej z nich)</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions by premedication: any or none, and by class (an infusion with two classes counts under each)</source>
        <translation>Odczyny na 100 wlewów wg premedykacji: dowolna lub brak oraz wg grupy leków (wlew z lekami dwóch grup liczy się w każdej z nich)</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions by the infusion&apos;s risk level</source>
        <translation>Odczyny na 100 wlewów wg poziomu ryzyka wlewu</translation>
    </message>
    <message>
        <source>Reactions per 100 infusions by risk factor (an infusion with two factors counts under each)</source>
        <translation>Odczyny na 100 wlewów wg czynnika ryzyka (wlew z dwoma czynnikami liczy się przy każdym z nich)</translation>
    </message>
    <message>
        <source>Alerts: open now (no review yet) and reviewed</source>
        <translation>Alarmy: otwarte teraz (jeszcze bez przeglądu) i przejrzane</translation>
    </message>
    <message>
        <source>an alert reviewed more than once counts once</source>
        <translation>alarm przejrzany więcej niż raz liczy się raz</translation>
    </message>
    <message>
        <source>median hours after due (negative: early), estimated from the checks&apos; lateness in steps of {minutes} minutes</source>
        <translation>mediana godzin po terminie (ujemna: przed terminem), oszacowana z opóźnień kontroli w krokach co {minutes} min</translation>
    </message>
    <message>
        <source>Infusions and reactions per 100 infusions by month of the start</source>
        <translation>Wlewy i odczyny na 100 wlewów wg miesiąca rozpoczęcia</translation>
    </message>
    <message>
        <source>Follow-up lateness by month: done checks of the infusions started that month</source>
        <translation>Opóźnienie kontroli wg miesiąca: wykonane kontrole wlewów rozpoczętych w danym miesiącu</translation>
    </message>
    <message>
        <source>Patients by primary diagnosis (Table I): age, weight and height at the first infusion</source>
        <translation>Pacjenci wg rozpoznania głównego (Tabela I): wiek, masa ciała i wzrost przy pierwszym wlewie</translation>
    </message>
    <message>
        <source>Infusions and doses by primary diagnosis (Table II)</source>
        <translation>Wlewy i dawki wg rozpoznania głównego (Tabela II)</translation>
    </message>
    <message>
        <source>Course outcomes and adverse events by primary diagnosis (Table II)</source>
        <translation>Wyniki kursów i zdarzenia niepożądane wg rozpoznania głównego (Tabela II)</translation>
    </message>
    <message>
        <source>Follow-up checks: completion and lateness</source>
        <translation>Kontrole po wlewie: wykonanie i opóźnienie</translation>
    </message>
    <message>
        <source>percentages of the checks that fell due; lateness of done checks, hours after due</source>
        <translation>odsetki kontroli, których termin minął; opóźnienie wykonanych kontroli w godzinach po terminie</translation>
    </message>
    <message>
        <source>The ward&apos;s rates beside published figures</source>
        <translation>Częstości na oddziale na tle danych z piśmiennictwa</translation>
    </message>
    <message>
        <source>ward rates with their 95 % Wilson interval; published figures from resources/published_rates.csv</source>
        <translation>częstości na oddziale z 95% przedziałem Wilsona; dane z piśmiennictwa z resources/published_rates.csv</translation>
    </message>
</context>
<context>
    <name>risk_badge</name>
    <message>
        <source>HIGH ▲▲</source>
        <translation>WYSOKIE ▲▲</translation>
    </message>
    <message>
        <source>ELEVATED ▲</source>
        <translation>PODWYŻSZONE ▲</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standardowe</translation>
    </message>
    <message>
        <source>Risk {level}</source>
        <translation>Ryzyko {level}</translation>
    </message>
    <message>
        <source>No risk factor found.</source>
        <translation>Nie stwierdzono czynników ryzyka.</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>źródło: {source}</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>Ryzyko: {level}</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>nurse</source>
        <translation>pielęgniarka</translation>
    </message>
    <message>
        <source>ward staff</source>
        <translation>personel oddziału</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>safety_report</name>
    <message>
        <source>Suspected adverse reaction report</source>
        <translation>Zgłoszenie podejrzenia działania niepożądanego</translation>
    </message>
    <message>
        <source>The fields of CIOMS I and FDA MedWatch 3500 that the ward&apos;s record holds</source>
        <translation>Pola formularzy CIOMS I i FDA MedWatch 3500, które zawiera dokumentacja oddziału</translation>
    </message>
    <message>
        <source>Pre-filled from the ward&apos;s record of one adverse event. What the record does not hold reads &quot;not recorded&quot;: complete it before the report is sent. It documents; the clinician decides and reports.</source>
        <translation>Wypełnione wstępnie z dokumentacji oddziału dotyczącej jednego zdarzenia niepożądanego. Czego dokumentacja nie zawiera, oznaczono „nie zapisano”: uzupełnij to przed wysłaniem zgłoszenia. Program dokumentuje; decyzję i zgłoszenie podejmuje lekarz.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>brak wpisów</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Odczyn</translation>
    </message>
    <message>
        <source>Suspect product</source>
        <translation>Podejrzewany preparat</translation>
    </message>
    <message>
        <source>Concomitant products</source>
        <translation>Leki towarzyszące</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Zgłaszający</translation>
    </message>
    <message>
        <source>recovered / resolved</source>
        <translation>wyzdrowienie / ustąpienie</translation>
    </message>
    <message>
        <source>recovering / resolving</source>
        <translation>powrót do zdrowia / ustępowanie</translation>
    </message>
    <message>
        <source>not recovered / not resolved (ongoing)</source>
        <translation>bez wyzdrowienia / nieustąpione (trwa)</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>zgon</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>infusion rate reduced</source>
        <translation>zmniejszono tempo wlewu</translation>
    </message>
    <message>
        <source>infusion paused</source>
        <translation>wstrzymano wlew</translation>
    </message>
    <message>
        <source>infusion stopped</source>
        <translation>przerwano wlew</translation>
    </message>
    <message>
        <source>reaction treated</source>
        <translation>leczono odczyn</translation>
    </message>
    <message>
        <source>female</source>
        <translation>płeć żeńska</translation>
    </message>
    <message>
        <source>male</source>
        <translation>płeć męska</translation>
    </message>
    <message>
        <source>actual weight</source>
        <translation>rzeczywista masa ciała</translation>
    </message>
    <message>
        <source>adjusted weight</source>
        <translation>skorygowana masa ciała</translation>
    </message>
    <message>
        <source>on label</source>
        <translation>zgodnie z ChPL</translation>
    </message>
    <message>
        <source>off label</source>
        <translation>poza wskazaniami ChPL</translation>
    </message>
    <message>
        <source>antipyretic</source>
        <translation>lek przeciwgorączkowy</translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation>NLPZ</translation>
    </message>
    <message>
        <source>antihistamine</source>
        <translation>lek przeciwhistaminowy</translation>
    </message>
    <message>
        <source>glucocorticoid</source>
        <translation>glikokortykosteroid</translation>
    </message>
    <message>
        <source>other premedication</source>
        <translation>inna premedykacja</translation>
    </message>
    <message>
        <source>Adverse event id</source>
        <translation>Nr zdarzenia niepożądanego</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>Wlew</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Sporządzono</translation>
    </message>
    <message>
        <source>{time} by {user}</source>
        <translation>{time}, sporządził(a) {user}</translation>
    </message>
    <message>
        <source>{diagnosis} (primary)</source>
        <translation>{diagnosis} (główne)</translation>
    </message>
    <message>
        <source>{value} (measured {time})</source>
        <translation>{value} (pomiar {time})</translation>
    </message>
    <message>
        <source>Patient initials</source>
        <translation>Inicjały pacjenta</translation>
    </message>
    <message>
        <source>Age at onset</source>
        <translation>Wiek w chwili wystąpienia</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Masa ciała</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Wzrost</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Rozpoznania</translation>
    </message>
    <message>
        <source>Comorbidities</source>
        <translation>Choroby współistniejące</translation>
    </message>
    <message>
        <source>during the infusion</source>
        <translation>w trakcie wlewu</translation>
    </message>
    <message>
        <source>reported at the +{hours} h follow-up check (done {time})</source>
        <translation>zgłoszone przy kontroli +{hours} h (wykonanej {time})</translation>
    </message>
    <message>
        <source>reported at the +{hours} h follow-up check</source>
        <translation>zgłoszone przy kontroli +{hours} h</translation>
    </message>
    <message>
        <source>none (not serious)</source>
        <translation>brak (niepoważne)</translation>
    </message>
    <message>
        <source>CTCAE {version} grade {grade} ({words})</source>
        <translation>CTCAE {version} stopień {grade} ({words})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Stwierdzono</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Stopień</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Poważne</translation>
    </message>
    <message>
        <source>Seriousness criteria</source>
        <translation>Kryteria ciężkości</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Zejście</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Podjęte działanie</translation>
    </message>
    <message>
        <source>{dose} g = {per_kg} g/kg (dosing weight {weight} kg, {basis})</source>
        <translation>{dose} g = {per_kg} g/kg (masa ciała do dawkowania {weight} kg, {basis})</translation>
    </message>
    <message>
        <source>not recorded (running)</source>
        <translation>nie zapisano (wlew trwa)</translation>
    </message>
    <message>
        <source>{name} ({id}), {pct} % human normal immunoglobulin</source>
        <translation>{name} ({id}), {pct} % immunoglobulina ludzka normalna</translation>
    </message>
    <message>
        <source>{code} - {name} ({label})</source>
        <translation>{code} – {name} ({label})</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Wytwórca</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numer serii</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Termin ważności</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <source>Rate at onset</source>
        <translation>Tempo w chwili wystąpienia</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Droga podania</translation>
    </message>
    <message>
        <source>intravenous</source>
        <translation>dożylnie</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Wskazanie</translation>
    </message>
    <message>
        <source>Therapy start</source>
        <translation>Początek leczenia</translation>
    </message>
    <message>
        <source>Therapy end</source>
        <translation>Koniec leczenia</translation>
    </message>
    <message>
        <source>Therapy duration</source>
        <translation>Czas leczenia</translation>
    </message>
    <message>
        <source>not running at onset (started {time})</source>
        <translation>wlew nie trwał w chwili wystąpienia (rozpoczęty {time})</translation>
    </message>
    <message>
        <source>not running at onset (ended {time})</source>
        <translation>wlew nie trwał w chwili wystąpienia (zakończony {time})</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>od {time}</translation>
    </message>
    <message>
        <source>paused (0 mL/h {since})</source>
        <translation>wstrzymany (0 mL/h {since})</translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation>Premedykacja</translation>
    </message>
    <message>
        <source>Premedication {number}</source>
        <translation>Premedykacja {number}</translation>
    </message>
    <message>
        <source>{given} at {time} ({kind})</source>
        <translation>{given} o {time} ({kind})</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <source>Reporter&apos;s role</source>
        <translation>Rola zgłaszającego</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Data zapisu</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>{title}: adverse event {id}</source>
        <translation>{title}: zdarzenie niepożądane {id}</translation>
    </message>
    <message>
        <source>{subtitle}. Printed {time} by {user}.</source>
        <translation>{subtitle}. Wydrukowano {time}, drukował(a) {user}.</translation>
    </message>
</context>
<context>
    <name>setting_words</name>
    <message>
        <source>Long gap: last IVIG ended more than</source>
        <translation>Długa przerwa: ostatni wlew IVIG zakończony ponad</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>dni temu</translation>
    </message>
    <message>
        <source>paper; labels (8 weeks)</source>
        <translation>artykuł; ChPL (8 tygodni)</translation>
    </message>
    <message>
        <source>Infection: temperature before the start at or above</source>
        <translation>Zakażenie: temperatura przed rozpoczęciem co najmniej</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>artykuł</translation>
    </message>
    <message>
        <source>Advanced age: at or above</source>
        <translation>Podeszły wiek: co najmniej</translation>
    </message>
    <message>
        <source>years</source>
        <translation>lat</translation>
    </message>
    <message>
        <source>paper; boxed warning (over 65)</source>
        <translation>artykuł; ostrzeżenie w ramce (powyżej 65)</translation>
    </message>
    <message>
        <source>Young child (fluid overload): under</source>
        <translation>Małe dziecko (przeciążenie płynami): poniżej</translation>
    </message>
    <message>
        <source>Haemolysis risk: blood group A, B or AB and a course dose at or above</source>
        <translation>Ryzyko hemolizy: grupa krwi A, B lub AB i dawka kursu co najmniej</translation>
    </message>
    <message>
        <source>g/kg</source>
        <translation>g/kg</translation>
    </message>
    <message>
        <source>labels; literature</source>
        <translation>ChPL; piśmiennictwo</translation>
    </message>
    <message>
        <source>A rate is above a label limit when more than</source>
        <translation>Tempo przekracza limit z ChPL, gdy jest wyższe o ponad</translation>
    </message>
    <message>
        <source>% over</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ivigmon rule (rounding margin)</source>
        <translation>reguła ivigmon (margines zaokrągleń)</translation>
    </message>
    <message>
        <source>Ward ceiling: any product, a pump rate above</source>
        <translation>Limit oddziału: dowolny preparat, tempo pompy powyżej</translation>
    </message>
    <message>
        <source>mL/h</source>
        <translation>mL/h</translation>
    </message>
    <message>
        <source>RCH Melbourne IVIg guideline</source>
        <translation>wytyczne IVIg RCH Melbourne</translation>
    </message>
    <message>
        <source>Obesity, age 2-19 y: BMI-for-age at or above the</source>
        <translation>Otyłość, wiek 2–19 lat: BMI dla wieku co najmniej</translation>
    </message>
    <message>
        <source>th percentile</source>
        <translation>. centyl</translation>
    </message>
    <message>
        <source>CDC growth charts</source>
        <translation>siatki centylowe CDC</translation>
    </message>
    <message>
        <source>Obesity, age 20 y and over: BMI at or above</source>
        <translation>Otyłość, wiek od 20 lat: BMI co najmniej</translation>
    </message>
    <message>
        <source>kg/m²</source>
        <translation>kg/m²</translation>
    </message>
    <message>
        <source>CDC</source>
        <translation>CDC</translation>
    </message>
    <message>
        <source>A child&apos;s height is too old for BMI after</source>
        <translation>Wzrost dziecka jest zbyt dawny do obliczenia BMI po</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mies.</translation>
    </message>
    <message>
        <source>ivigmon rule</source>
        <translation>reguła ivigmon</translation>
    </message>
    <message>
        <source>One course: infusions starting within</source>
        <translation>Jeden kurs: wlewy rozpoczęte w ciągu</translation>
    </message>
    <message>
        <source>h of the first</source>
        <translation>h od pierwszego</translation>
    </message>
    <message>
        <source>Level HIGH with at least</source>
        <translation>Poziom WYSOKIE przy co najmniej</translation>
    </message>
    <message>
        <source>factors</source>
        <translation>czynnikach</translation>
    </message>
    <message>
        <source>ivigmon level rule</source>
        <translation>reguła poziomów ivigmon</translation>
    </message>
    <message>
        <source>Level HIGH with any one of</source>
        <translation>Poziom WYSOKIE przy którymkolwiek z</translation>
    </message>
    <message>
        <source>Follow-up checks after the end of an infusion at</source>
        <translation>Kontrole po zakończeniu wlewu po</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>ward protocol</source>
        <translation>protokół oddziału</translation>
    </message>
    <message>
        <source>A check is due from this long before its time</source>
        <translation>Kontrola jest do wykonania od tylu godzin przed terminem</translation>
    </message>
    <message>
        <source>A check is overdue this long after its time</source>
        <translation>Kontrola jest zaległa po tylu godzinach od terminu</translation>
    </message>
    <message>
        <source>Long gap (days)</source>
        <translation>Długa przerwa (dni)</translation>
    </message>
    <message>
        <source>Fever (°C)</source>
        <translation>Gorączka (°C)</translation>
    </message>
    <message>
        <source>Advanced age (years)</source>
        <translation>Podeszły wiek (lata)</translation>
    </message>
    <message>
        <source>Young child (years)</source>
        <translation>Małe dziecko (lata)</translation>
    </message>
    <message>
        <source>Haemolysis course dose (g/kg)</source>
        <translation>Dawka kursu – hemoliza (g/kg)</translation>
    </message>
    <message>
        <source>Rate tolerance (%)</source>
        <translation>Tolerancja tempa (%)</translation>
    </message>
    <message>
        <source>Ward ceiling (mL/h)</source>
        <translation>Limit oddziału (mL/h)</translation>
    </message>
    <message>
        <source>Obesity percentile</source>
        <translation>Centyl otyłości</translation>
    </message>
    <message>
        <source>Adult obesity BMI (kg/m²)</source>
        <translation>BMI otyłości u dorosłych (kg/m²)</translation>
    </message>
    <message>
        <source>Height valid for (months)</source>
        <translation>Ważność pomiaru wzrostu (miesiące)</translation>
    </message>
    <message>
        <source>Course window (h)</source>
        <translation>Okno kursu (h)</translation>
    </message>
    <message>
        <source>Factors for HIGH</source>
        <translation>Liczba czynników dla WYSOKIEGO</translation>
    </message>
    <message>
        <source>Factors HIGH on their own</source>
        <translation>Czynniki WYSOKIE same w sobie</translation>
    </message>
    <message>
        <source>Check times (h)</source>
        <translation>Terminy kontroli (h)</translation>
    </message>
    <message>
        <source>Due from (h before)</source>
        <translation>Do wykonania od (h przed)</translation>
    </message>
    <message>
        <source>Overdue after (h)</source>
        <translation>Zaległa po (h)</translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation>Blokada po (min)</translation>
    </message>
    <message>
        <source>Failed sign-ins before an account locks</source>
        <translation>Nieudane logowania przed blokadą konta</translation>
    </message>
    <message>
        <source>Keep backups (days)</source>
        <translation>Przechowywanie kopii (dni)</translation>
    </message>
    <message>
        <source>Longest note (characters)</source>
        <translation>Najdłuższa notatka (znaki)</translation>
    </message>
    <message>
        <source>Oldest weight to dose a child by (days)</source>
        <translation>Najstarsza masa ciała do dawkowania u dziecka (dni)</translation>
    </message>
    <message>
        <source>Largest file to import (MB)</source>
        <translation>Największy plik do importu (MB)</translation>
    </message>
    <message>
        <source>Unended infusion alert after (h)</source>
        <translation>Alarm niezakończonego wlewu po (h)</translation>
    </message>
    <message>
        <source>Ward protocol for vital-sign alerts</source>
        <translation>Protokół oddziału dla alarmów parametrów życiowych</translation>
    </message>
    <message>
        <source>Ward protocol for red-flag symptoms</source>
        <translation>Protokół oddziału dla objawów alarmowych</translation>
    </message>
    <message>
        <source>Ward protocol for an infusion left running</source>
        <translation>Protokół oddziału dla niezakończonego wlewu</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>● OVERDUE</source>
        <translation>● ZALEGŁA</translation>
    </message>
    <message>
        <source>◐ due now</source>
        <translation>◐ do wykonania</translation>
    </message>
    <message>
        <source>○ upcoming</source>
        <translation>○ nadchodząca</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>zastąpiona</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ wykonana</translation>
    </message>
    <message>
        <source>▲▲ URGENT</source>
        <translation>▲▲ PILNY</translation>
    </message>
    <message>
        <source>▲ ALERT</source>
        <translation>▲ ALARM</translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation>parametry życiowe</translation>
    </message>
    <message>
        <source>red-flag symptom</source>
        <translation>objaw alarmowy</translation>
    </message>
    <message>
        <source>infusion left running</source>
        <translation>niezakończony wlew</translation>
    </message>
    <message>
        <source>▲ open alert</source>
        <translation>▲ otwarty alarm</translation>
    </message>
    <message>
        <source>in {duration}</source>
        <translation>za {duration}</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} temu</translation>
    </message>
    <message>
        <source>First infusion</source>
        <translation>Pierwszy wlew</translation>
    </message>
    <message>
        <source>Long gap since the last IVIG</source>
        <translation>Długa przerwa od ostatniego wlewu IVIG</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Zakażenie</translation>
    </message>
    <message>
        <source>Change of product</source>
        <translation>Zmiana preparatu</translation>
    </message>
    <message>
        <source>Rapid rate</source>
        <translation>Szybkie tempo wlewu</translation>
    </message>
    <message>
        <source>Kidney failure</source>
        <translation>Niewydolność nerek</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Cukrzyca</translation>
    </message>
    <message>
        <source>Obesity</source>
        <translation>Otyłość</translation>
    </message>
    <message>
        <source>Age 65 or over</source>
        <translation>Wiek 65 lat lub więcej</translation>
    </message>
    <message>
        <source>Young child</source>
        <translation>Małe dziecko</translation>
    </message>
    <message>
        <source>Kawasaki disease / heart</source>
        <translation>Choroba Kawasakiego / serce</translation>
    </message>
    <message>
        <source>Thrombosis risk</source>
        <translation>Ryzyko zakrzepicy</translation>
    </message>
    <message>
        <source>Haemolysis risk</source>
        <translation>Ryzyko hemolizy</translation>
    </message>
    <message>
        <source>Anti-IgA antibodies</source>
        <translation>Przeciwciała anty-IgA</translation>
    </message>
    <message>
        <source>Product caution</source>
        <translation>Ostrzeżenie dla preparatu</translation>
    </message>
    <message>
        <source>Earlier reaction</source>
        <translation>Wcześniejszy odczyn</translation>
    </message>
    <message>
        <source>Earlier severe reaction or anaphylaxis</source>
        <translation>Wcześniejszy ciężki odczyn lub anafilaksja</translation>
    </message>
    <message>
        <source>The ward server cannot be reached. What you typed is kept, but nothing can be saved and the lists are not up to date until it answers; reconnecting…</source>
        <translation>Brak połączenia z serwerem oddziału. Wpisane dane są zachowane, ale dopóki serwer nie odpowie, nic nie można zapisać, a listy nie są aktualne; ponowne łączenie…</translation>
    </message>
    <message>
        <source>The ward server answers again; the lists are brought up to date.</source>
        <translation>Serwer oddziału znów odpowiada; listy są aktualizowane.</translation>
    </message>
    <message>
        <source>ivigmon - locked</source>
        <translation>ivigmon – zablokowany</translation>
    </message>
    <message>
        <source>Locked by hand (Lock now, Ctrl+L).</source>
        <translation>Zablokowano ręcznie (Zablokuj teraz, Ctrl+L).</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Użytkownik: {user}</translation>
    </message>
    <message>
        <source>User: {user} ({role})</source>
        <translation>Użytkownik: {user} ({role})</translation>
    </message>
</context>
</TS>
