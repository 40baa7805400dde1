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
    <name>ReasonCounts</name>
    <message numerus="yes">
        <source>and %n more step(s)</source>
        <translation>
            <numerusform>i jeszcze %n krok</numerusform>
            <numerusform>i jeszcze %n kroki</numerusform>
            <numerusform>i jeszcze %n kroków</numerusform>
        </translation>
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
    <name>labels</name>
    <message>
        <source>Not medical advice: {disclaimer}</source>
        <translation>To nie jest porada medyczna: {disclaimer}</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>at the {offset} h check: {flags}</source>
        <translation>przy kontroli po {offset} h: {flags}</translation>
    </message>
    <message>
        <source>running for more than {duration} since {time}: record its end, or mark it entered in error</source>
        <translation>trwa ponad {duration} od {time}: zapisz zakończenie wlewu albo oznacz go jako wprowadzony błędnie</translation>
    </message>
    <message>
        <source>running for {duration} since {time}: record its end, or mark it entered in error</source>
        <translation>trwa {duration} od {time}: zapisz zakończenie wlewu albo oznacz go jako wprowadzony błędnie</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>(serious: {criteria})</source>
        <translation>(ciężkie: {criteria})</translation>
    </message>
    <message>
        <source>(serious)</source>
        <translation>(ciężkie)</translation>
    </message>
    <message>
        <source>{term} grade {grade} {serious} on {date} during {id} ({product})</source>
        <translation>{term}, stopień {grade} {serious}, {date}, w trakcie wlewu {id} ({product})</translation>
    </message>
    <message>
        <source>{term} grade {grade} {serious} on {date} reported at the {offset} h check of {id} ({product})</source>
        <translation>{term}, stopień {grade} {serious}, {date}, zgłoszone przy kontroli po {offset} h wlewu {id} ({product})</translation>
    </message>
    <message>
        <source>{term} grade {grade} on {date} during {id} ({product})</source>
        <translation>{term}, stopień {grade}, {date}, w trakcie wlewu {id} ({product})</translation>
    </message>
    <message>
        <source>{term} grade {grade} on {date} reported at the {offset} h check of {id} ({product})</source>
        <translation>{term}, stopień {grade}, {date}, zgłoszone przy kontroli po {offset} h wlewu {id} ({product})</translation>
    </message>
    <message>
        <source>anaphylaxis is severe whatever its recorded grade (CTCAE v5 grades it 3-5)</source>
        <translation>anafilaksja jest ciężka niezależnie od zapisanego stopnia (CTCAE v5 nadaje jej stopnie 3-5)</translation>
    </message>
    <message>
        <source>raised to {value} {unit} {minutes} min after {previous} {unit} (the initial rate for at least {limit} min; local limit: {note})</source>
        <translation>zwiększono do {value} {unit} po {minutes} min od {previous} {unit} (szybkość początkowa przez co najmniej {limit} min; limit lokalny: {note})</translation>
    </message>
    <message>
        <source>raised to {value} {unit} {minutes} min after {previous} {unit} (each step at least {limit} min; local limit: {note})</source>
        <translation>zwiększono do {value} {unit} po {minutes} min od {previous} {unit} (każdy krok co najmniej {limit} min; limit lokalny: {note})</translation>
    </message>
    <message>
        <source>raised to {value} {unit} {minutes} min after {previous} {unit} (label: the initial rate for at least {limit} min)</source>
        <translation>zwiększono do {value} {unit} po {minutes} min od {previous} {unit} (ChPL: szybkość początkowa przez co najmniej {limit} min)</translation>
    </message>
    <message>
        <source>raised to {value} {unit} {minutes} min after {previous} {unit} (label: each step at least {limit} min)</source>
        <translation>zwiększono do {value} {unit} po {minutes} min od {previous} {unit} (ChPL: każdy krok co najmniej {limit} min)</translation>
    </message>
    <message>
        <source>above the ward ceiling {limit} {unit} (all products)</source>
        <translation>powyżej górnego limitu oddziału {limit} {unit} (wszystkie preparaty)</translation>
    </message>
    <message>
        <source>above the at-risk maximum {limit} {unit} ({codes}; local limit: {note})</source>
        <translation>powyżej maksimum dla grupy ryzyka {limit} {unit} ({codes}; limit lokalny: {note})</translation>
    </message>
    <message>
        <source>above the at-risk maximum {limit} {unit} (local limit: {note})</source>
        <translation>powyżej maksimum dla grupy ryzyka {limit} {unit} (limit lokalny: {note})</translation>
    </message>
    <message>
        <source>above the at-risk maximum {limit} {unit} ({codes})</source>
        <translation>powyżej maksimum dla grupy ryzyka {limit} {unit} ({codes})</translation>
    </message>
    <message>
        <source>above the maximum {limit} {unit} for {scope} (local limit: {note})</source>
        <translation>powyżej maksimum {limit} {unit} dla {scope} (limit lokalny: {note})</translation>
    </message>
    <message>
        <source>above the initial rate {limit} {unit} for {scope} (local limit: {note})</source>
        <translation>powyżej szybkości początkowej {limit} {unit} dla {scope} (limit lokalny: {note})</translation>
    </message>
    <message>
        <source>above the maximum {limit} {unit} for {scope}</source>
        <translation>powyżej maksimum {limit} {unit} dla {scope}</translation>
    </message>
    <message>
        <source>above the initial rate {limit} {unit} for {scope}</source>
        <translation>powyżej szybkości początkowej {limit} {unit} dla {scope}</translation>
    </message>
    <message>
        <source>above the maximum {limit} {unit} (local limit: {note})</source>
        <translation>powyżej maksimum {limit} {unit} (limit lokalny: {note})</translation>
    </message>
    <message>
        <source>above the initial rate {limit} {unit} (local limit: {note})</source>
        <translation>powyżej szybkości początkowej {limit} {unit} (limit lokalny: {note})</translation>
    </message>
    <message>
        <source>above the maximum {limit} {unit}</source>
        <translation>powyżej maksimum {limit} {unit}</translation>
    </message>
    <message>
        <source>above the initial rate {limit} {unit}</source>
        <translation>powyżej szybkości początkowej {limit} {unit}</translation>
    </message>
    <message>
        <source>kidney failure</source>
        <translation>niewydolność nerek</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>cukrzyca</translation>
    </message>
    <message>
        <source>cardiac impairment</source>
        <translation>upośledzona czynność serca</translation>
    </message>
    <message>
        <source>history of thrombosis</source>
        <translation>zakrzepica w wywiadzie</translation>
    </message>
    <message>
        <source>hypercoagulable state</source>
        <translation>stan nadkrzepliwości</translation>
    </message>
    <message>
        <source>takes estrogens</source>
        <translation>przyjmuje estrogeny</translation>
    </message>
    <message>
        <source>immobilised</source>
        <translation>unieruchomienie</translation>
    </message>
    <message>
        <source>central venous line</source>
        <translation>centralny cewnik żylny</translation>
    </message>
    <message>
        <source>hyperviscosity</source>
        <translation>nadlepkość krwi</translation>
    </message>
    <message>
        <source>IgA deficiency with anti-IgA antibodies</source>
        <translation>niedobór IgA z przeciwciałami anty-IgA</translation>
    </message>
    <message>
        <source>hereditary fructose intolerance</source>
        <translation>wrodzona nietolerancja fruktozy</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>gorączka</translation>
    </message>
    <message>
        <source>chills</source>
        <translation>dreszcze</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>osłabienie</translation>
    </message>
    <message>
        <source>flushing</source>
        <translation>zaczerwienienie twarzy</translation>
    </message>
    <message>
        <source>headache</source>
        <translation>ból głowy</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>nudności</translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation>wymioty</translation>
    </message>
    <message>
        <source>cough</source>
        <translation>kaszel</translation>
    </message>
    <message>
        <source>rash</source>
        <translation>wysypka</translation>
    </message>
    <message>
        <source>myalgia</source>
        <translation>bóle mięśni</translation>
    </message>
    <message>
        <source>hypotension</source>
        <translation>niedociśnienie</translation>
    </message>
    <message>
        <source>hypertension</source>
        <translation>nadciśnienie</translation>
    </message>
    <message>
        <source>tachycardia</source>
        <translation>tachykardia</translation>
    </message>
    <message>
        <source>dyspnoea</source>
        <translation>duszność</translation>
    </message>
    <message>
        <source>anaphylaxis</source>
        <translation>anafilaksja</translation>
    </message>
    <message>
        <source>neck stiffness</source>
        <translation>sztywność karku</translation>
    </message>
    <message>
        <source>dark urine</source>
        <translation>ciemny mocz</translation>
    </message>
    <message>
        <source>reduced urine</source>
        <translation>zmniejszona ilość moczu</translation>
    </message>
    <message>
        <source>limb swelling</source>
        <translation>obrzęk kończyny</translation>
    </message>
    <message>
        <source>chest pain</source>
        <translation>ból w klatce piersiowej</translation>
    </message>
    <message>
        <source>oedema</source>
        <translation>obrzęki</translation>
    </message>
    <message>
        <source>wheeze</source>
        <translation>świszczący oddech</translation>
    </message>
    <message>
        <source>urticaria</source>
        <translation>pokrzywka</translation>
    </message>
    <message>
        <source>photophobia</source>
        <translation>światłowstręt</translation>
    </message>
    <message>
        <source>one sided weakness</source>
        <translation>niedowład jednostronny</translation>
    </message>
    <message>
        <source>jaundice</source>
        <translation>żółtaczka</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>resulted in death</source>
        <translation>zgon</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>zagrożenie życia</translation>
    </message>
    <message>
        <source>needed or prolonged a hospital stay</source>
        <translation>hospitalizacja lub jej przedłużenie</translation>
    </message>
    <message>
        <source>lasting or significant disability</source>
        <translation>trwała lub znaczna niepełnosprawność</translation>
    </message>
    <message>
        <source>congenital anomaly or birth defect</source>
        <translation>wada wrodzona</translation>
    </message>
    <message>
        <source>other medically important event</source>
        <translation>inne istotne medycznie zdarzenie</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>tętno</translation>
    </message>
    <message>
        <source>respiratory rate</source>
        <translation>częstość oddechów</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>ciśnienie skurczowe</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>obserwacja</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alarm</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>pilne</translation>
    </message>
    <message>
        <source>glucose</source>
        <translation>glukozę</translation>
    </message>
    <message>
        <source>maltose</source>
        <translation>maltozę</translation>
    </message>
    <message>
        <source>sorbitol</source>
        <translation>sorbitol</translation>
    </message>
    <message>
        <source>sucrose</source>
        <translation>sacharozę</translation>
    </message>
    <message>
        <source>may mean anaphylaxis or TRALI</source>
        <translation>może oznaczać anafilaksję lub TRALI</translation>
    </message>
    <message>
        <source>may mean thrombosis (boxed warning)</source>
        <translation>może oznaczać zakrzepicę (ostrzeżenie w ramce)</translation>
    </message>
    <message>
        <source>may mean aseptic meningitis (labels)</source>
        <translation>może oznaczać aseptyczne zapalenie opon mózgowo-rdzeniowych (ChPL)</translation>
    </message>
    <message>
        <source>may mean haemolysis (labels): check Hb and bilirubin</source>
        <translation>może oznaczać hemolizę (ChPL): oznacz Hb i bilirubinę</translation>
    </message>
    <message>
        <source>may mean renal dysfunction (boxed warning): check creatinine and urine output</source>
        <translation>może oznaczać zaburzenie czynności nerek (ostrzeżenie w ramce): oznacz kreatyninę i kontroluj diurezę</translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation>duszność</translation>
    </message>
    <message>
        <source>low blood pressure</source>
        <translation>niskie ciśnienie tętnicze</translation>
    </message>
    <message>
        <source>swollen limb</source>
        <translation>obrzęk kończyny</translation>
    </message>
    <message>
        <source>weakness on one side</source>
        <translation>osłabienie jednej strony ciała</translation>
    </message>
    <message>
        <source>light hurts the eyes</source>
        <translation>światłowstręt</translation>
    </message>
    <message>
        <source>less urine</source>
        <translation>mniej moczu</translation>
    </message>
    <message>
        <source>{symptoms}: {meaning}</source>
        <translation>{symptoms}: {meaning}</translation>
    </message>
    <message>
        <source>last IVIG here ended {time}</source>
        <translation>ostatnie IVIG w tym ośrodku zakończone {time}</translation>
    </message>
    <message>
        <source>last IVIG elsewhere on {date}</source>
        <translation>ostatnie IVIG w innym ośrodku {date}</translation>
    </message>
    <message>
        <source>no earlier infusion recorded and no earlier IVIG date known</source>
        <translation>brak zapisanego wcześniejszego wlewu i nieznana data wcześniejszego IVIG</translation>
    </message>
    <message>
        <source>{what}: {duration} ago (&gt; {days} days)</source>
        <translation>{what}: {duration} temu (&gt; {days} dni)</translation>
    </message>
    <message>
        <source>{what}: {duration} before this start (&gt; {days} days)</source>
        <translation>{what}: {duration} przed rozpoczęciem tego wlewu (&gt; {days} dni)</translation>
    </message>
    <message>
        <source>comorbidity: kidney failure</source>
        <translation>choroba współistniejąca: niewydolność nerek</translation>
    </message>
    <message>
        <source>comorbidity: diabetes</source>
        <translation>choroba współistniejąca: cukrzyca</translation>
    </message>
    <message>
        <source>age {years} y (&gt;= {limit})</source>
        <translation>wiek {years} l. (&gt;= {limit})</translation>
    </message>
    <message>
        <source>age {years} y (&lt; {limit}): prone to fluid overload</source>
        <translation>wiek {years} l. (&lt; {limit}): skłonność do przeciążenia płynami</translation>
    </message>
    <message>
        <source>indication Kawasaki disease</source>
        <translation>wskazanie: choroba Kawasaki</translation>
    </message>
    <message>
        <source>primary diagnosis Kawasaki disease</source>
        <translation>rozpoznanie główne: choroba Kawasaki</translation>
    </message>
    <message>
        <source>comorbidity: cardiac impairment</source>
        <translation>choroba współistniejąca: upośledzona czynność serca</translation>
    </message>
    <message>
        <source>comorbidity: {names}</source>
        <translation>choroby współistniejące: {names}</translation>
    </message>
    <message>
        <source>BMI {bmi} kg/m² (&gt;= {limit})</source>
        <translation>BMI {bmi} kg/m² (&gt;= {limit})</translation>
    </message>
    <message>
        <source>BMI {bmi} kg/m²: BMI-for-age percentile {percentile} (&gt;= {limit})</source>
        <translation>BMI {bmi} kg/m²: centyl BMI dla wieku {percentile} (&gt;= {limit})</translation>
    </message>
    <message>
        <source>previous infusion ({time}) was {previous}</source>
        <translation>poprzedni wlew ({time}): {previous}</translation>
    </message>
    <message>
        <source>this one is {product}</source>
        <translation>obecny: {product}</translation>
    </message>
    <message>
        <source>this infusion is {volume} mL ({per_kg} mL/kg)</source>
        <translation>ten wlew to {volume} mL ({per_kg} mL/kg)</translation>
    </message>
    <message>
        <source>active infection recorded</source>
        <translation>zapisano czynną infekcję</translation>
    </message>
    <message>
        <source>temperature {temp} °C at {time} before the start (&gt;= {limit} °C)</source>
        <translation>temperatura {temp} °C ({time}) przed rozpoczęciem (&gt;= {limit} °C)</translation>
    </message>
    <message>
        <source>first step {time}: {pump} mL/h = {per_kg} mL/kg/h = {mg} mg/kg/min, {breach}</source>
        <translation>pierwszy krok {time}: {pump} mL/h = {per_kg} mL/kg/h = {mg} mg/kg/min, {breach}</translation>
    </message>
    <message>
        <source>{time}: {pump} mL/h = {per_kg} mL/kg/h = {mg} mg/kg/min, {breach}</source>
        <translation>{time}: {pump} mL/h = {per_kg} mL/kg/h = {mg} mg/kg/min, {breach}</translation>
    </message>
    <message>
        <source>first step {time}: {pump} mL/h = {per_kg} mL/kg/h, {breach}</source>
        <translation>pierwszy krok {time}: {pump} mL/h = {per_kg} mL/kg/h, {breach}</translation>
    </message>
    <message>
        <source>{time}: {pump} mL/h = {per_kg} mL/kg/h, {breach}</source>
        <translation>{time}: {pump} mL/h = {per_kg} mL/kg/h, {breach}</translation>
    </message>
    <message>
        <source>{product} step {step}</source>
        <translation>{product}: {step}</translation>
    </message>
    <message>
        <source>{product} contains {sugar} and the patient has {conditions}</source>
        <translation>{product} zawiera {sugar}, a pacjent ma: {conditions}</translation>
    </message>
    <message>
        <source>{product} is not advised under {limit} y (age {years} y)</source>
        <translation>{product} nie jest zalecany poniżej {limit} l. (wiek {years} l.)</translation>
    </message>
    <message>
        <source>{product} contains sorbitol and the patient has fructose intolerance</source>
        <translation>{product} zawiera sorbitol, a pacjent ma nietolerancję fruktozy</translation>
    </message>
    <message>
        <source>blood group {group} and course dose {dose} g/kg (&gt;= {limit})</source>
        <translation>grupa krwi {group} i dawka w serii {dose} g/kg (&gt;= {limit})</translation>
    </message>
    <message>
        <source>and {count} more step</source>
        <translation>i jeszcze {count} krok</translation>
    </message>
    <message>
        <source>and {count} more steps</source>
        <translation>i jeszcze {count} kroki</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{days} day</source>
        <translation>{days} dzień</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dni</translation>
    </message>
    <message>
        <source>Bedside PEWS, Parshuram 2009</source>
        <translation>Bedside PEWS, Parshuram 2009</translation>
    </message>
    <message>
        <source>paediatric triage SpO2 bands, BMJ Open</source>
        <translation>pediatryczne progi SpO2 w triażu, BMJ Open</translation>
    </message>
    <message>
        <source>Sampson 2006, anaphylaxis criteria</source>
        <translation>Sampson 2006, kryteria anafilaksji</translation>
    </message>
    <message>
        <source>PALS, term neonates</source>
        <translation>PALS, noworodki donoszone</translation>
    </message>
    <message>
        <source>{sign} {value}: {level}</source>
        <translation>{sign} {value}: {level}</translation>
    </message>
    <message>
        <source>{sign} {value}: {level} ({detail})</source>
        <translation>{sign} {value}: {level} ({detail})</translation>
    </message>
    <message>
        <source>under 1 month ({source})</source>
        <translation>poniżej 1 miesiąca ({source})</translation>
    </message>
    <message>
        <source>from 1 month to 1 year ({source})</source>
        <translation>od 1 miesiąca do 1 roku ({source})</translation>
    </message>
    <message>
        <source>at {years} y: 70 + 2 x age ({source})</source>
        <translation>w wieku {years} l.: 70 + 2 x wiek ({source})</translation>
    </message>
    <message>
        <source>from 11 years ({source})</source>
        <translation>od 11 lat ({source})</translation>
    </message>
    <message>
        <source>{value} °C</source>
        <translation>{value} °C</translation>
    </message>
    <message>
        <source>{value} mmHg</source>
        <translation>{value} mmHg</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>{value}/min</source>
        <translation>{value}/min</translation>
    </message>
    <message>
        <source>alert by the limits, counted as watch: the baseline {value} was already {level}</source>
        <translation>alarm według limitów, liczony jako obserwacja: wartość wyjściowa {value} była już na poziomie: {level}</translation>
    </message>
    <message>
        <source>{side} {limit}{unit}, {age}: {source}</source>
        <translation>{side} {limit}{unit}, {age}: {source}</translation>
    </message>
    <message>
        <source>&lt; {limit} mmHg: hypotension {rule}</source>
        <translation>&lt; {limit} mmHg: niedociśnienie {rule}</translation>
    </message>
    <message>
        <source>more than 30 % below the baseline {baseline} mmHg: hypotension ({source})</source>
        <translation>ponad 30 % poniżej wartości wyjściowej {baseline} mmHg: niedociśnienie ({source})</translation>
    </message>
    <message>
        <source>&lt; {limit} %: {source}</source>
        <translation>&lt; {limit} %: {source}</translation>
    </message>
    <message>
        <source>&gt;= {limit} °C with no baseline: CTCAE v5 fever</source>
        <translation>&gt;= {limit} °C bez wartości wyjściowej: gorączka wg CTCAE v5</translation>
    </message>
    <message>
        <source>&gt;= {limit} °C with a baseline of {baseline} °C: CTCAE v5 fever</source>
        <translation>&gt;= {limit} °C przy wartości wyjściowej {baseline} °C: gorączka wg CTCAE v5</translation>
    </message>
    <message>
        <source>{rise} °C or more above the baseline {baseline} °C: ISBT 2011 febrile reaction</source>
        <translation>o {rise} °C lub więcej powyżej wartości wyjściowej {baseline} °C: odczyn gorączkowy wg ISBT 2011</translation>
    </message>
    <message>
        <source>&gt; {limit} °C: {source}</source>
        <translation>&gt; {limit} °C: {source}</translation>
    </message>
    <message>
        <source>&lt; {limit} °C: {source}</source>
        <translation>&lt; {limit} °C: {source}</translation>
    </message>
    <message>
        <source>age {low} y and over</source>
        <translation>wiek {low} l. i więcej</translation>
    </message>
    <message>
        <source>age {low} months and over</source>
        <translation>wiek {low} mies. i więcej</translation>
    </message>
    <message>
        <source>age {low}-{high} y</source>
        <translation>wiek {low}-{high} l.</translation>
    </message>
    <message>
        <source>age {low}-{high} months</source>
        <translation>wiek {low}-{high} mies.</translation>
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
