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
    <name>AccountForm</name>
    <message>
        <source>patients, infusions and follow-up checks</source>
        <translation>pacjenci, wlewy i kontrole po wlewie</translation>
    </message>
    <message>
        <source>follow-up checks; sees everything</source>
        <translation>kontrole po wlewie; wgląd we wszystko</translation>
    </message>
    <message>
        <source>users, settings and the product catalogue</source>
        <translation>użytkownicy, ustawienia i katalog preparatów</translation>
    </message>
    <message>
        <source>lower case, e.g. anna.k</source>
        <translation>małymi literami, np. anna.k</translation>
    </message>
    <message>
        <source>the name colleagues know, e.g. Anna Kowalska</source>
        <translation>imię i nazwisko znane współpracownikom, np. Anna Kowalska</translation>
    </message>
    <message>
        <source>a few unrelated words; at least {length} characters ({admin_length} for an administrator)</source>
        <translation>kilka niezwiązanych słów; co najmniej {length} znaków ({admin_length} dla administratora)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Hasło &amp;ponownie</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <source>the two passwords are not the same</source>
        <translation>oba hasła nie są takie same</translation>
    </message>
</context>
<context>
    <name>AddProductDialog</name>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>sucrose</source>
        <translation>sacharoza</translation>
    </message>
    <message>
        <source>maltose</source>
        <translation>maltoza</translation>
    </message>
    <message>
        <source>sorbitol</source>
        <translation>sorbitol</translation>
    </message>
    <message>
        <source>glucose</source>
        <translation>glukoza</translation>
    </message>
    <message>
        <source>Add a local brand</source>
        <translation>Dodaj preparat lokalny</translation>
    </message>
    <message>
        <source>A product the label files do not list. It has no label values: enter its limits as local values with their sources; until then its steps are not checked. A product is never deleted, only retired.</source>
        <translation>Preparat spoza plików ChPL. Nie ma wartości z ChPL: wpisz jego limity jako wartości lokalne wraz ze źródłami; do tego czasu jego stopnie nie są sprawdzane. Preparatu nigdy się nie usuwa, można go tylko wycofać z użycia.</translation>
    </message>
    <message>
        <source>short id, e.g. octanorm_16 (lower case, digits, _)</source>
        <translation>krótki identyfikator, np. octanorm_16 (małe litery, cyfry, _)</translation>
    </message>
    <message>
        <source>5 or 10</source>
        <translation>5 lub 10</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>the document these facts come from</source>
        <translation>dokument, z którego pochodzą te dane</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Identyfikator</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Maker</source>
        <translation>&amp;Producent</translation>
    </message>
    <message>
        <source>&amp;Concentration (%)</source>
        <translation>&amp;Stężenie (%)</translation>
    </message>
    <message>
        <source>S&amp;ugar</source>
        <translation>&amp;Cukier</translation>
    </message>
    <message>
        <source>&amp;Rate unit</source>
        <translation>&amp;Jednostka szybkości</translation>
    </message>
    <message>
        <source>I&amp;gA (µg/mL)</source>
        <translation>I&amp;gA (µg/mL)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>Ź&amp;ródło</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Concentration (%)</source>
        <translation>Stężenie (%)</translation>
    </message>
    <message>
        <source>Sugar</source>
        <translation>Cukier</translation>
    </message>
    <message>
        <source>IgA (µg/mL)</source>
        <translation>IgA (µg/mL)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Dodaj preparat</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>Give the user their password in person; they sign in with it wherever this database is opened. Passwords are never shown or written to the history.</source>
        <translation>Przekaż użytkownikowi hasło osobiście; loguje się nim wszędzie, gdzie otwierana jest ta baza danych. Hasła nigdy nie są pokazywane ani zapisywane w historii.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
</context>
<context>
    <name>AlertSettingsTab</name>
    <message>
        <source>Vital &amp;signs out of limits</source>
        <translation>Parametry ży&amp;ciowe poza zakresem</translation>
    </message>
    <message>
        <source>&amp;Red-flag symptom at a check</source>
        <translation>&amp;Objaw alarmowy przy kontroli</translation>
    </message>
    <message>
        <source>Infusion left running (&amp;no end)</source>
        <translation>Niezakończony wlew (&amp;brak końca)</translation>
    </message>
    <message>
        <source>&amp;Unended infusion: an alert after</source>
        <translation>&amp;Niezakończony wlew: alarm po</translation>
    </message>
    <message>
        <source>hours without a recorded end ({low} to {high})</source>
        <translation>godz. bez zapisanego końca (od {low} do {high})</translation>
    </message>
    <message>
        <source>Default: {hours} hours. An infusion still running this long after its start is an alert on the worklist and at the bedside: its end was most likely not recorded. The longest planned infusion takes about 12 hours, so a shorter limit would alert on infusions running as planned; a longer one leaves a forgotten end unnoticed for days.</source>
        <translation>Domyślnie: {hours} godz. Wlew trwający tak długo od rozpoczęcia jest alarmem na liście zadań i przy łóżku: jego koniec najpewniej nie został zapisany. Najdłuższy planowany wlew trwa około 12 godzin, więc krótszy limit alarmowałby przy wlewach przebiegających zgodnie z planem; dłuższy pozostawia zapomniany koniec niezauważony przez wiele dni.</translation>
    </message>
    <message>
        <source>The ward&apos;s protocol for each kind of alert</source>
        <translation>Protokół oddziału dla każdego rodzaju alarmu</translation>
    </message>
    <message>
        <source>Shown word for word at the bedside under each open alert of that kind, as “Ward protocol: …”. ivigmon writes no clinical instructions of its own: where a box is empty the bedside says that none was entered. Up to {chars} characters and {lines} lines each: what to do first, and where the full protocol is kept.</source>
        <translation>Pokazywany dosłownie przy łóżku pod każdym otwartym alarmem danego rodzaju jako „Protokół oddziału: …”. ivigmon nie tworzy własnych zaleceń klinicznych: gdy pole jest puste, przy łóżku widać, że nic nie wpisano. Do {chars} znaków i {lines} wierszy w każdym polu: co zrobić najpierw i gdzie jest pełny protokół.</translation>
    </message>
    <message>
        <source>Save &amp;alert settings</source>
        <translation>Zapisz ustawienia &amp;alarmów</translation>
    </message>
    <message>
        <source>Alert settings could not be loaded. {why}</source>
        <translation>Nie udało się wczytać ustawień alarmów. {why}</translation>
    </message>
    <message>
        <source>Saved: an infusion still running {hours} hours after its start is an alert; the bedside shows the ward&apos;s protocols from its next refresh.</source>
        <translation>Zapisano: wlew trwający {hours} godz. od rozpoczęcia jest alarmem; przy łóżku protokoły oddziału są widoczne od następnego odświeżenia.</translation>
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
    <name>CataloguePage</name>
    <message>
        <source>Local values</source>
        <translation>Wartości lokalne</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ChPL</translation>
    </message>
    <message>
        <source>Local value</source>
        <translation>Wartość lokalna</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <source>&amp;Add local brand…</source>
        <translation>&amp;Dodaj preparat lokalny…</translation>
    </message>
    <message>
        <source>&amp;Retire product</source>
        <translation>&amp;Wycofaj z użycia</translation>
    </message>
    <message>
        <source>Save &amp;local values</source>
        <translation>Zapisz wartości &amp;lokalne</translation>
    </message>
    <message>
        <source>The label value holds; a local value fills a gap, and a lower local maximum applies as well. Each change is kept in the history.</source>
        <translation>Obowiązuje wartość z ChPL; wartość lokalna uzupełnia brak, a niższe lokalne maksimum obowiązuje dodatkowo. Każda zmiana jest zachowana w historii.</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded. {why}</source>
        <translation>Nie udało się wczytać katalogu. {why}</translation>
    </message>
    <message>
        <source>Local values of {product} (rates in {unit})</source>
        <translation>Wartości lokalne: {product} (szybkości w {unit})</translation>
    </message>
    <message>
        <source>retired {time}</source>
        <translation>wycofany {time}</translation>
    </message>
    <message>
        <source>; label by indication: {rates}</source>
        <translation>; ChPL wg wskazań: {rates}</translation>
    </message>
    <message>
        <source>&amp;Return to use</source>
        <translation>&amp;Przywróć do użycia</translation>
    </message>
    <message>
        <source>Saved the local values of {product}: its steps are checked against the limits in force.</source>
        <translation>Zapisano wartości lokalne preparatu {product}: jego stopnie są sprawdzane według obowiązujących limitów.</translation>
    </message>
    <message>
        <source>Saved the local values of {product}: its steps are still checked against the ward ceiling only: no rate limits in force.</source>
        <translation>Zapisano wartości lokalne preparatu {product}: jego stopnie są nadal sprawdzane tylko względem limitu oddziału: brak obowiązujących limitów szybkości.</translation>
    </message>
    <message>
        <source>{product} retired: no longer offered for new infusions (earlier infusions keep it).</source>
        <translation>{product} wycofany z użycia: nie jest już proponowany dla nowych wlewów (wcześniejsze wlewy go zachowują).</translation>
    </message>
    <message>
        <source>{product} returned to use.</source>
        <translation>{product} przywrócony do użycia.</translation>
    </message>
    <message>
        <source>Added. Enter its local limits with their sources and save: until then its steps are checked against the ward ceiling only.</source>
        <translation>Dodano. Wpisz jego lokalne limity wraz ze źródłami i zapisz: do tego czasu jego stopnie są sprawdzane tylko względem limitu oddziału.</translation>
    </message>
</context>
<context>
    <name>CatalogueTableModel</name>
    <message>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <source>Conc.</source>
        <translation>Stęż.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedn.</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Pocz.</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maks.</translation>
    </message>
    <message>
        <source>At-risk max.</source>
        <translation>Maks. ryzyko</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stopnie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
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
    <name>CreateAdminDialog</name>
    <message>
        <source>ivigmon - create the administrator account</source>
        <translation>ivigmon – utwórz konto administratora</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Utwórz konto administratora</translation>
    </message>
    <message>
        <source>This database has no user accounts yet. The first account looks after users and settings; it then adds an account for each nurse and member of ward staff, and everyone signs in with their own.</source>
        <translation>Ta baza danych nie ma jeszcze kont użytkowników. Pierwsze konto zarządza użytkownikami i ustawieniami; następnie zakłada konto każdej pielęgniarce i każdemu pracownikowi oddziału, a każdy loguje się na własne.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Baza danych: {path}</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Utwórz administratora</translation>
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
    <name>LotRecallPage</name>
    <message>
        <source>Lot recall</source>
        <translation>Wycofanie serii</translation>
    </message>
    <message>
        <source>Every infusion of a lot, or of a product with a lot expiring in a range: the patient, the dose, adverse events, follow-up checks and alerts. Export the list (CSV) for the recall. Lots recorded without an expiry are found by their number only.</source>
        <translation>Każdy wlew danej serii albo preparatu z serią o terminie ważności w zakresie: pacjent, dawka, zdarzenia niepożądane, kontrole po wlewie i alarmy. Wyeksportuj listę (CSV) do wycofania. Serie zapisane bez terminu ważności można znaleźć tylko po numerze.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation>&amp;Numer serii</translation>
    </message>
    <message>
        <source>as on the vial, e.g. P123456</source>
        <translation>jak na fiolce, np. P123456</translation>
    </message>
    <message>
        <source>Find l&amp;ot</source>
        <translation>Znajdź &amp;serię</translation>
    </message>
    <message>
        <source>or &amp;product</source>
        <translation>lub &amp;preparat</translation>
    </message>
    <message>
        <source>expiry &amp;from</source>
        <translation>ważność o&amp;d</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>d&amp;o</translation>
    </message>
    <message>
        <source>Find by e&amp;xpiry</source>
        <translation>Znajdź wg &amp;ważności</translation>
    </message>
    <message>
        <source>Find a lot, or a product and an expiry range.</source>
        <translation>Znajdź serię albo preparat i zakres terminów ważności.</translation>
    </message>
    <message>
        <source>The selected infusion in full.</source>
        <translation>Wybrany wlew ze wszystkimi szczegółami.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Open &amp;patient</source>
        <translation>Otwórz p&amp;acjenta</translation>
    </message>
    <message>
        <source>Type a lot number first.</source>
        <translation>Najpierw wpisz numer serii.</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>seria {lot}</translation>
    </message>
    <message>
        <source>{product} expiring {first} to {last}</source>
        <translation>{product} z ważnością od {first} do {last}</translation>
    </message>
    <message>
        <source>Finding {what}…</source>
        <translation>Wyszukiwanie: {what}…</translation>
    </message>
    <message>
        <source>Nothing found yet.</source>
        <translation>Jeszcze nic nie znaleziono.</translation>
    </message>
    <message>
        <source>Export the recall list</source>
        <translation>Eksport listy do wycofania</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>{path} could not be written ({why})</source>
        <translation>nie udało się zapisać {path} ({why})</translation>
    </message>
    <message>
        <source>The list was not exported. {why}</source>
        <translation>Lista nie została wyeksportowana. {why}</translation>
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
    <name>NamesWithoutAccountBox</name>
    <message>
        <source>Failed sign-ins under names without an account</source>
        <translation>Nieudane logowania na nazwy bez konta</translation>
    </message>
    <message>
        <source>Someone typed a user name that no account has (a slip, or someone trying names). Nothing was made or locked; names are shown escaped and cut short.</source>
        <translation>Ktoś wpisał nazwę użytkownika, której nie ma żadne konto (pomyłka albo próby zgadywania nazw). Niczego nie utworzono ani nie zablokowano; nazwy są pokazane bezpiecznie i skrócone.</translation>
    </message>
</context>
<context>
    <name>NamesWithoutAccountTableModel</name>
    <message>
        <source>Name typed</source>
        <translation>Wpisana nazwa</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Nieudane logowania</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ostatnie</translation>
    </message>
</context>
<context>
    <name>PatientDetailPage</name>
    <message>
        <source>The check goes back on the worklist as open. Nothing is deleted: what was recorded stays in the infusion&apos;s history with your name, the time and this reason.</source>
        <translation>Kontrola wraca na listę zadań jako otwarta. Nic nie jest usuwane: to, co zapisano, zostaje w historii wlewu z Twoim nazwiskiem, czasem i tym powodem.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Urodzony(-a)</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Grupa krwi</translation>
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
        <source>IVIG elsewhere</source>
        <translation>IVIG gdzie indziej</translation>
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
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>← &amp;Back to patients</source>
        <translation>← &amp;Wróć do pacjentów</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;ia…</translation>
    </message>
    <message>
        <source>Every entry and change of this patient&apos;s record, with who made it and when</source>
        <translation>Każdy wpis i każda zmiana w dokumentacji tego pacjenta, z autorem i czasem</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Edytuj dane…</translation>
    </message>
    <message>
        <source>Open &amp;running infusion</source>
        <translation>&amp;Trwający wlew</translation>
    </message>
    <message>
        <source>&amp;Start infusion…</source>
        <translation>&amp;Rozpocznij wlew…</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena ryzyka</translation>
    </message>
    <message>
        <source>Patient now</source>
        <translation>Pacjent obecnie</translation>
    </message>
    <message>
        <source>Safety &amp;report…</source>
        <translation>Raport &amp;bezpieczeństwa…</translation>
    </message>
    <message>
        <source>The selected event&apos;s safety report (CIOMS I / MedWatch fields) to print or save</source>
        <translation>Raport bezpieczeństwa wybranego zdarzenia (pola CIOMS I / MedWatch) do wydruku lub zapisania</translation>
    </message>
    <message>
        <source>Double-click an event for its safety report, to print or save.</source>
        <translation>Kliknij dwukrotnie zdarzenie, aby otworzyć jego raport bezpieczeństwa do wydruku lub zapisania.</translation>
    </message>
    <message>
        <source>Re&amp;open check…</source>
        <translation>&amp;Otwórz ponownie kontrolę…</translation>
    </message>
    <message>
        <source>A check recorded in error can be reopened; its record stays in the history.</source>
        <translation>Kontrolę zapisaną omyłkowo można otworzyć ponownie; jej wpis zostaje w historii.</translation>
    </message>
    <message>
        <source>Entered in error…</source>
        <translation>Wprowadzone omyłkowo…</translation>
    </message>
    <message>
        <source>New measurements are added with Edit patient.</source>
        <translation>Nowe pomiary dodaje się przez Edytuj dane.</translation>
    </message>
    <message>
        <source>Open &amp;infusion</source>
        <translation>Otwórz w&amp;lew</translation>
    </message>
    <message>
        <source>Double-click to open it at the bedside.</source>
        <translation>Kliknij dwukrotnie, aby otworzyć wlew przy łóżku.</translation>
    </message>
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
    <message>
        <source>This patient could not be loaded. {why}</source>
        <translation>Nie udało się wczytać danych pacjenta. {why}</translation>
    </message>
    <message>
        <source>{born} (age {age})</source>
        <translation>{born} (wiek {age})</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>{diagnosis} (primary)</source>
        <translation>{diagnosis} (główne)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>{kg} kg on {time}</source>
        <translation>{kg} kg, {time}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nie mierzono</translation>
    </message>
    <message>
        <source>{cm} cm on {time}</source>
        <translation>{cm} cm, {time}</translation>
    </message>
    <message>
        <source>{bmi}, {percentile}th percentile for age (CDC)</source>
        <translation>{bmi}, {percentile}. centyl dla wieku (CDC)</translation>
    </message>
    <message>
        <source>last given {day}</source>
        <translation>ostatnio podano {day}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>Infusions ({n})</source>
        <translation>Wlewy ({n})</translation>
    </message>
    <message>
        <source>Adverse events ({n})</source>
        <translation>Zdarzenia niepożądane ({n})</translation>
    </message>
    <message>
        <source>Follow-up checks ({n} open)</source>
        <translation>Kontrole po wlewie (otwarte: {n})</translation>
    </message>
    <message>
        <source>Measurements ({n})</source>
        <translation>Pomiary ({n})</translation>
    </message>
    <message>
        <source>Select a recorded (done) check first.</source>
        <translation>Najpierw wybierz zapisaną (wykonaną) kontrolę.</translation>
    </message>
    <message>
        <source>Select the wrong measurement first; nothing is deleted.</source>
        <translation>Najpierw wybierz błędny pomiar; nic nie zostanie usunięte.</translation>
    </message>
    <message>
        <source>Select an adverse event first.</source>
        <translation>Najpierw wybierz zdarzenie niepożądane.</translation>
    </message>
    <message>
        <source>{name} ({mrn}): patient, measurements and infusions</source>
        <translation>{name} ({mrn}): pacjent, pomiary i wlewy</translation>
    </message>
    <message>
        <source>Symptoms reported at this check stay recorded as reactions of the infusion; a nurse marks a wrong one in error in its bedside window.</source>
        <translation>Objawy zgłoszone przy tej kontroli pozostają zapisane jako odczyny wlewu; błędny odczyn pielęgniarka oznacza jako wprowadzony omyłkowo w oknie wlewu przy łóżku.</translation>
    </message>
    <message>
        <source>Reopen a recorded check</source>
        <translation>Ponowne otwarcie zapisanej kontroli</translation>
    </message>
    <message>
        <source>Check +{hours} h of infusion {infusion}, recorded {time} by {user}: {outcome}</source>
        <translation>Kontrola +{hours} h wlewu {infusion}, zapisana {time} przez {user}: {outcome}</translation>
    </message>
    <message>
        <source>Reopen check</source>
        <translation>Otwórz kontrolę ponownie</translation>
    </message>
    <message>
        <source>Reopened the +{hours} h check of infusion {infusion}.</source>
        <translation>Ponownie otwarto kontrolę +{hours} h wlewu {infusion}.</translation>
    </message>
    <message>
        <source>Measurement of {time}: {values}</source>
        <translation>Pomiar z {time}: {values}</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Wprowadzone omyłkowo</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Oznacz jako wprowadzone omyłkowo</translation>
    </message>
    <message>
        <source>Marked entered in error: {entry}.</source>
        <translation>Oznaczono jako wprowadzone omyłkowo: {entry}.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Edycja pacjenta</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>Rejestracja pacjenta</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edycja: {name}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>hospital number, e.g. K-0001</source>
        <translation>numer szpitalny, np. K-0001</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- wybierz -</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>rrrr-mm-dd</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>&amp;MRN</source>
        <translation>Nr &amp;historii</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Płeć</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Data &amp;urodzenia</translation>
    </message>
    <message>
        <source>Blood &amp;group</source>
        <translation>&amp;Grupa krwi</translation>
    </message>
    <message>
        <source>New measurement</source>
        <translation>Nowy pomiar</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Pomiar</translation>
    </message>
    <message>
        <source>now - or 08:30 or 2026-03-01 08:30</source>
        <translation>teraz – albo 08:30 lub 2026-03-01 08:30</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>&amp;Weight (kg)</source>
        <translation>&amp;Masa ciała (kg)</translation>
    </message>
    <message>
        <source>&amp;Height (cm)</source>
        <translation>&amp;Wzrost (cm)</translation>
    </message>
    <message>
        <source>Measured &amp;at</source>
        <translation>&amp;Czas pomiaru</translation>
    </message>
    <message>
        <source>I have checked this weight and height: store them</source>
        <translation>Sprawdzono tę masę ciała i wzrost: zapisz je</translation>
    </message>
    <message>
        <source>IVIG given elsewhere</source>
        <translation>IVIG podane gdzie indziej</translation>
    </message>
    <message>
        <source>yyyy-mm-dd (blank: none known)</source>
        <translation>rrrr-mm-dd (puste: brak informacji)</translation>
    </message>
    <message>
        <source>Last &amp;date</source>
        <translation>Ostatnia &amp;data</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Rozpoznania</translation>
    </message>
    <message>
        <source>&amp;Primary</source>
        <translation>&amp;Rozpoznanie główne</translation>
    </message>
    <message>
        <source>Other diagnoses:</source>
        <translation>Inne rozpoznania:</translation>
    </message>
    <message>
        <source>Comorbidities</source>
        <translation>Choroby współistniejące</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>Nr historii</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Grupa krwi</translation>
    </message>
    <message>
        <source>Primary diagnosis</source>
        <translation>Rozpoznanie główne</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Masa ciała (kg)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Wzrost (cm)</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Czas pomiaru</translation>
    </message>
    <message>
        <source>Last IVIG elsewhere</source>
        <translation>Ostatnie IVIG gdzie indziej</translation>
    </message>
    <message>
        <source>Save patient</source>
        <translation>Zapisz pacjenta</translation>
    </message>
    <message>
        <source>{kg} kg on {time}</source>
        <translation>{kg} kg, {time}</translation>
    </message>
    <message>
        <source>{cm} cm on {time}</source>
        <translation>{cm} cm, {time}</translation>
    </message>
    <message>
        <source>Latest: {measurements}. Leave blank if unchanged.</source>
        <translation>Ostatnio: {measurements}. Zostaw puste, jeśli bez zmian.</translation>
    </message>
    <message>
        <source>No measurement recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnego pomiaru.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>choose female or male</source>
        <translation>wybierz płeć żeńską lub męską</translation>
    </message>
    <message>
        <source>choose the primary diagnosis</source>
        <translation>wybierz rozpoznanie główne</translation>
    </message>
    <message>
        <source>type a weight or a height, or no time</source>
        <translation>wpisz masę ciała lub wzrost albo usuń czas</translation>
    </message>
</context>
<context>
    <name>PatientListLoader</name>
    <message>
        <source>The patient list could not be loaded. {why}</source>
        <translation>Nie udało się wczytać listy pacjentów. {why}</translation>
    </message>
    <message>
        <source>A changed patient could not be shown. {why}</source>
        <translation>Nie udało się pokazać zmienionego pacjenta. {why}</translation>
    </message>
    <message>
        <source>More patients could not be loaded. {why}</source>
        <translation>Nie udało się wczytać kolejnych pacjentów. {why}</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation>Pacjenci</translation>
    </message>
    <message>
        <source>&amp;Register patient…</source>
        <translation>Za&amp;rejestruj pacjenta…</translation>
    </message>
    <message>
        <source>F&amp;ind (Ctrl+F)</source>
        <translation>&amp;Szukaj (Ctrl+F)</translation>
    </message>
    <message>
        <source>MRN or name - the list follows as you type</source>
        <translation>Nr historii lub nazwisko – lista zmienia się w trakcie pisania</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Otwórz pacjenta</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Start infusion…</source>
        <translation>Rozpocznij &amp;wlew…</translation>
    </message>
</context>
<context>
    <name>PatientsTableModel</name>
    <message>
        <source>MRN</source>
        <translation>Nr historii</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Rozpoznanie</translation>
    </message>
    <message>
        <source>Risk now</source>
        <translation>Ryzyko obecnie</translation>
    </message>
    <message>
        <source>Last infusion</source>
        <translation>Ostatni wlew</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Następna kontrola</translation>
    </message>
    <message>
        <source>{years} y, {sex}</source>
        <translation>{years} l., {sex}</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>trwa teraz</translation>
    </message>
</context>
<context>
    <name>RecallTableModel</name>
    <message>
        <source>Lot / expiry</source>
        <translation>Seria / ważność</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Infusion / start</source>
        <translation>Wlew / początek</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
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
        <source>Alerts</source>
        <translation>Alarmy</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n pacjent</numerusform>
            <numerusform>%n pacjentów</numerusform>
            <numerusform>%n pacjentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n patient(s)</source>
        <translation>
            <numerusform>u %n pacjenta</numerusform>
            <numerusform>u %n pacjentów</numerusform>
            <numerusform>u %n pacjentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infusion(s)</source>
        <translation>
            <numerusform>%n wlew</numerusform>
            <numerusform>%n wlewy</numerusform>
            <numerusform>%n wlewów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adverse event(s)</source>
        <translation>
            <numerusform>%n zdarzenie niepożądane</numerusform>
            <numerusform>%n zdarzenia niepożądane</numerusform>
            <numerusform>%n zdarzeń niepożądanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n otwarty alarm</numerusform>
            <numerusform>%n otwarte alarmy</numerusform>
            <numerusform>%n otwartych alarmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n otwarty</numerusform>
            <numerusform>%n otwarte</numerusform>
            <numerusform>%n otwartych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n przejrzany</numerusform>
            <numerusform>%n przejrzane</numerusform>
            <numerusform>%n przejrzanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more name(s) (the audit trail keeps them all)</source>
        <translation>
            <numerusform>i jeszcze %n nazwa (dziennik zmian przechowuje wszystkie)</numerusform>
            <numerusform>i jeszcze %n nazwy (dziennik zmian przechowuje wszystkie)</numerusform>
            <numerusform>i jeszcze %n nazw (dziennik zmian przechowuje wszystkie)</numerusform>
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
    <message numerus="yes">
        <source>%n in a row</source>
        <translation>
            <numerusform>%n z rzędu</numerusform>
            <numerusform>%n z rzędu</numerusform>
            <numerusform>%n z rzędu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to {file}</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz do {file}</numerusform>
            <numerusform>Wyeksportowano %n wiersze do {file}</numerusform>
            <numerusform>Wyeksportowano %n wierszy do {file}</numerusform>
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
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Dodaj użytkownika…</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account, so that every record and every change names who made it. Roles: nurse (patients, infusions, checks), ward staff (follow-up checks), administrator (users, settings). A user who leaves is disabled, never deleted: their name stays on what they recorded.</source>
        <translation>Każdy loguje się na własne konto, aby przy każdym wpisie i każdej zmianie było widać, kto je wprowadził. Role: pielęgniarka (pacjenci, wlewy, kontrole), personel oddziału (kontrole po wlewie), administrator (użytkownicy, ustawienia). Konto osoby, która odchodzi, jest wyłączane, nigdy usuwane: jej nazwisko zostaje przy tym, co zapisała.</translation>
    </message>
    <message>
        <source>&amp;Disable user</source>
        <translation>&amp;Wyłącz konto</translation>
    </message>
    <message>
        <source>&amp;Unlock user</source>
        <translation>&amp;Odblokuj konto</translation>
    </message>
    <message>
        <source>The users could not be loaded. {why}</source>
        <translation>Nie udało się wczytać użytkowników. {why}</translation>
    </message>
    <message>
        <source>&amp;Enable user</source>
        <translation>&amp;Włącz konto</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Nie można wyłączyć własnego konta.</translation>
    </message>
    <message>
        <source>Lets the user sign in again and sets their failed sign-ins back to none.</source>
        <translation>Pozwala użytkownikowi znów się logować i zeruje licznik nieudanych logowań.</translation>
    </message>
    <message>
        <source>Only a user with failed sign-ins or locked after them needs unlocking.</source>
        <translation>Odblokowania wymaga tylko konto z nieudanymi logowaniami lub zablokowane po nich.</translation>
    </message>
    <message>
        <source>Added {user}. They can sign in now.</source>
        <translation>Dodano {user}. Można się już logować.</translation>
    </message>
    <message>
        <source>{name} ({user}) can sign in again.</source>
        <translation>{name} ({user}) może znów się logować.</translation>
    </message>
    <message>
        <source>{name} ({user}) can no longer sign in.</source>
        <translation>{name} ({user}) nie może się już logować.</translation>
    </message>
    <message>
        <source>{name} ({user}) has no failed sign-ins any more.</source>
        <translation>{name} ({user}) nie ma już nieudanych logowań.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Może się logować</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Nieudane logowania</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>✗ no - locked since {time}</source>
        <translation>✗ nie – zablokowane od {time}</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ tak</translation>
    </message>
    <message>
        <source>✗ no - disabled</source>
        <translation>✗ nie – wyłączone</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>{count}, last {time}</source>
        <translation>{count}, ostatnie {time}</translation>
    </message>
    <message>
        <source>{time} by {user}</source>
        <translation>{time}, {user}</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins in a row: Unlock user lets them sign in again.</source>
        <translation>Zablokowane po kolejnych nieudanych logowaniach: Odblokuj konto pozwala znów się logować.</translation>
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
    <name>audit_wording</name>
    <message>
        <source>time</source>
        <translation>czas</translation>
    </message>
    <message>
        <source>pump mL/h</source>
        <translation>pompa mL/h</translation>
    </message>
    <message>
        <source>temperature °C</source>
        <translation>temperatura °C</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>tętno</translation>
    </message>
    <message>
        <source>BP systolic</source>
        <translation>RR skurczowe</translation>
    </message>
    <message>
        <source>BP diastolic</source>
        <translation>RR rozkurczowe</translation>
    </message>
    <message>
        <source>resp. rate</source>
        <translation>oddechy/min</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <source>class</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>onset</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>odczyn</translation>
    </message>
    <message>
        <source>CTCAE version</source>
        <translation>wersja CTCAE</translation>
    </message>
    <message>
        <source>found at check (h)</source>
        <translation>stwierdzono przy kontroli (h)</translation>
    </message>
    <message>
        <source>check (h after the end)</source>
        <translation>kontrola (h po zakończeniu)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>termin</translation>
    </message>
    <message>
        <source>done at</source>
        <translation>wykonano</translation>
    </message>
    <message>
        <source>done by</source>
        <translation>wykonał(a)</translation>
    </message>
    <message>
        <source>how</source>
        <translation>sposób</translation>
    </message>
    <message>
        <source>start</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <source>dose g</source>
        <translation>dawka g</translation>
    </message>
    <message>
        <source>dosing weight kg</source>
        <translation>masa do dawkowania kg</translation>
    </message>
    <message>
        <source>weight basis</source>
        <translation>podstawa masy</translation>
    </message>
    <message>
        <source>product</source>
        <translation>preparat</translation>
    </message>
    <message>
        <source>label use</source>
        <translation>zgodność z ChPL</translation>
    </message>
    <message>
        <source>active infection</source>
        <translation>czynne zakażenie</translation>
    </message>
    <message>
        <source>course outcome</source>
        <translation>wynik leczenia</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>nr historii</translation>
    </message>
    <message>
        <source>born</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <source>blood group</source>
        <translation>grupa krwi</translation>
    </message>
    <message>
        <source>IVIG elsewhere</source>
        <translation>IVIG gdzie indziej</translation>
    </message>
    <message>
        <source>weight kg</source>
        <translation>masa ciała kg</translation>
    </message>
    <message>
        <source>height cm</source>
        <translation>wzrost cm</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>numer serii</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>płeć</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>rozpoznania</translation>
    </message>
    <message>
        <source>comorbidities</source>
        <translation>choroby współistniejące</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>stopień</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>ciężki</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>seria</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>ważność</translation>
    </message>
    <message>
        <source>indication</source>
        <translation>wskazanie</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>objawy</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>drug</source>
        <translation>lek</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dawka</translation>
    </message>
    <message>
        <source>added</source>
        <translation>dodano</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <source>✗ entered in error</source>
        <translation>✗ wprowadzone omyłkowo</translation>
    </message>
    <message>
        <source>infusion {id}</source>
        <translation>wlew {id}</translation>
    </message>
    <message>
        <source>infusion</source>
        <translation>wlew</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>seria {lot}</translation>
    </message>
    <message>
        <source>rate step {id}</source>
        <translation>stopień szybkości {id}</translation>
    </message>
    <message>
        <source>vital signs {id}</source>
        <translation>parametry życiowe {id}</translation>
    </message>
    <message>
        <source>premedication {id}</source>
        <translation>premedykacja {id}</translation>
    </message>
    <message>
        <source>symptom at check +{hours} h</source>
        <translation>objaw przy kontroli +{hours} h</translation>
    </message>
    <message>
        <source>reaction {id}</source>
        <translation>odczyn {id}</translation>
    </message>
    <message>
        <source>check +{hours} h</source>
        <translation>kontrola +{hours} h</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>pacjent</translation>
    </message>
    <message>
        <source>measurement {id}</source>
        <translation>pomiar {id}</translation>
    </message>
    <message>
        <source>setting {id}</source>
        <translation>ustawienie {id}</translation>
    </message>
    <message>
        <source>user {id}</source>
        <translation>użytkownik {id}</translation>
    </message>
    <message>
        <source>✗ entered in error (check reopened)</source>
        <translation>✗ wprowadzone omyłkowo (kontrola otwarta ponownie)</translation>
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
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>powód: {reason}</translation>
    </message>
</context>
<context>
    <name>catalogue_page</name>
    <message>
        <source>Initial rate</source>
        <translation>Szybkość początkowa</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksymalna</translation>
    </message>
    <message>
        <source>At-risk maximum</source>
        <translation>Maks. przy ryzyku</translation>
    </message>
    <message>
        <source>First step, minutes</source>
        <translation>Pierwszy stopień, minuty</translation>
    </message>
    <message>
        <source>Later steps, minutes</source>
        <translation>Kolejne stopnie, minuty</translation>
    </message>
    <message>
        <source>Step list</source>
        <translation>Lista stopni</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokalna</translation>
    </message>
    <message>
        <source>no rate limits: ward ceiling only</source>
        <translation>bez limitów szybkości: tylko limit oddziału</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>potwierdzone</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>częściowe</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>indication maxima replace the general one: {maxima}</source>
        <translation>maksima dla wskazań zastępują ogólne: {maxima}</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>wycofany z użycia</translation>
    </message>
    <message>
        <source>label {state}</source>
        <translation>ChPL: {state}</translation>
    </message>
    <message>
        <source>maximum {indication} {rate}</source>
        <translation>maksymalna {indication} {rate}</translation>
    </message>
    <message>
        <source>initial {indication} {rate}</source>
        <translation>początkowa {indication} {rate}</translation>
    </message>
    <message>
        <source>label data {state}</source>
        <translation>dane ChPL: {state}</translation>
    </message>
    <message>
        <source>not advised under {years} years</source>
        <translation>niezalecany poniżej {years} lat</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>źródło: {source}</translation>
    </message>
    <message>
        <source>titration: {source}</source>
        <translation>zwiększanie szybkości: {source}</translation>
    </message>
    <message>
        <source>source: protocol, document, section</source>
        <translation>źródło: protokół, dokument, punkt</translation>
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
    <name>errors</name>
    <message>
        <source>Nothing was saved; what you typed is still here.</source>
        <translation>Nic nie zapisano; wpisane dane pozostają w formularzu.</translation>
    </message>
    <message>
        <source>The database is busy: another ivigmon window or user on this computer is saving at this moment. {kept} Wait a few seconds and save again.</source>
        <translation>Baza danych jest zajęta: inne okno ivigmon lub inny użytkownik tego komputera właśnie zapisuje. {kept} Odczekaj kilka sekund i zapisz ponownie.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. {kept} Ask IT to free space.</source>
        <translation>Dysk z bazą danych jest pełny. {kept} Poproś dział IT o zwolnienie miejsca.</translation>
    </message>
    <message>
        <source>The database can only be read here: this account has no permission to write the file. {kept} Ask IT to check the file permissions.</source>
        <translation>Bazę danych można tu tylko odczytywać: to konto nie ma uprawnień do zapisu pliku. {kept} Poproś dział IT o sprawdzenie uprawnień do pliku.</translation>
    </message>
    <message>
        <source>The ward server cannot be reached (the network, or the server is down). {kept} ivigmon reconnects by itself: try again once the server answers.</source>
        <translation>Brak połączenia z serwerem oddziału (sieć albo awaria serwera). {kept} ivigmon połączy się ponownie sam: spróbuj jeszcze raz, gdy serwer zacznie odpowiadać.</translation>
    </message>
    <message>
        <source>The database could not be written (disk or network problem). {kept}</source>
        <translation>Nie udało się zapisać bazy danych (problem z dyskiem lub siecią). {kept}</translation>
    </message>
    <message>
        <source>The database refused this change: {error}. {kept}</source>
        <translation>Baza danych odrzuciła tę zmianę: {error}. {kept}</translation>
    </message>
    <message>
        <source>The ward server cannot be reached (the network, or the server is down): nobody was signed in. Try again once it answers.</source>
        <translation>Brak połączenia z serwerem oddziału (sieć albo awaria serwera): nikogo nie zalogowano. Spróbuj ponownie, gdy serwer zacznie odpowiadać.</translation>
    </message>
    <message>
        <source>Not allowed for your role: {why}. {kept}</source>
        <translation>Niedozwolone dla Twojej roli: {why}. {kept}</translation>
    </message>
    <message>
        <source>nurses</source>
        <translation>pielęgniarki</translation>
    </message>
    <message>
        <source>ward staff</source>
        <translation>pracownicy oddziału</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>administratorzy</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>najpierw się zaloguj</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>ten użytkownik</translation>
    </message>
    <message>
        <source>{who} may not {what}</source>
        <translation>{who} nie mogą {what}</translation>
    </message>
</context>
<context>
    <name>gates</name>
    <message>
        <source>Read-only: this database can be viewed but not changed.</source>
        <translation>Tylko do odczytu: tę bazę danych można przeglądać, ale nie zmieniać.</translation>
    </message>
    <message>
        <source>Not allowed for your role: {why}.</source>
        <translation>Niedozwolone dla Twojej roli: {why}.</translation>
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
    <name>lot_recall_model</name>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>{reaction} grade {grade}</source>
        <translation>{reaction}, stopień {grade}</translation>
    </message>
    <message>
        <source>{reaction} grade {grade} (serious)</source>
        <translation>{reaction}, stopień {grade} (ciężki)</translation>
    </message>
    <message>
        <source>running: none yet</source>
        <translation>trwa: jeszcze brak</translation>
    </message>
    <message>
        <source>{count} (urgent)</source>
        <translation>{count} (pilny)</translation>
    </message>
    <message>
        <source>, ended {time}</source>
        <translation>, zakończony {time}</translation>
    </message>
    <message>
        <source>, still running</source>
        <translation>, nadal trwa</translation>
    </message>
    <message>
        <source>{name} ({mrn}), born {born}</source>
        <translation>{name} ({mrn}), ur. {born}</translation>
    </message>
    <message>
        <source>Infusion {infusion}: {product} lot {lot} (expiry {expiry}), {dose} g for {kg} kg, started {start}{ended}</source>
        <translation>Wlew {infusion}: {product}, seria {lot} (ważność {expiry}), {dose} g na {kg} kg, rozpoczęty {start}{ended}</translation>
    </message>
    <message>
        <source>Adverse event: {reaction} grade {grade}, onset {onset}, {outcome}</source>
        <translation>Zdarzenie niepożądane: {reaction}, stopień {grade}, początek {onset}, {outcome}</translation>
    </message>
    <message>
        <source>Adverse event: {reaction} grade {grade}, serious, onset {onset}, {outcome}</source>
        <translation>Zdarzenie niepożądane: {reaction}, stopień {grade}, ciężkie, początek {onset}, {outcome}</translation>
    </message>
    <message>
        <source>Check +{hours} h (due {due}): {status}</source>
        <translation>Kontrola +{hours} h (termin {due}): {status}</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OTWARTY</translation>
    </message>
    <message>
        <source>reviewed {time} by {user}</source>
        <translation>przejrzany {time}, {user}</translation>
    </message>
</context>
<context>
    <name>lot_recall_page</name>
    <message>
        <source>{search}: no infusions recorded.</source>
        <translation>{search}: nie zapisano żadnych wlewów.</translation>
    </message>
    <message>
        <source>{search}: {infusions} {of_patients} · {events} · {alerts}</source>
        <translation>{search}: {infusions} {of_patients} · {events} · {alerts}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>seria {lot}</translation>
    </message>
    <message>
        <source>{product} with expiry {first} to {last}</source>
        <translation>{product} z ważnością od {first} do {last}</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Saving… another ivigmon window or user on this computer may be saving; what you typed is kept.</source>
        <translation>Zapisywanie… inne okno ivigmon lub inny użytkownik tego komputera może właśnie zapisywać; wpisane dane są zachowane.</translation>
    </message>
</context>
<context>
    <name>patient_words</name>
    <message>
        <source>female</source>
        <translation>żeńska</translation>
    </message>
    <message>
        <source>male</source>
        <translation>męska</translation>
    </message>
    <message>
        <source>F</source>
        <translation>K</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>juvenile idiopathic arthritis</source>
        <translation>młodzieńcze idiopatyczne zapalenie stawów</translation>
    </message>
    <message>
        <source>Kawasaki disease</source>
        <translation>choroba Kawasakiego</translation>
    </message>
    <message>
        <source>immune thrombocytopenia</source>
        <translation>małopłytkowość immunologiczna</translation>
    </message>
    <message>
        <source>juvenile dermatomyositis</source>
        <translation>młodzieńcze zapalenie skórno-mięśniowe</translation>
    </message>
    <message>
        <source>systemic vasculitis</source>
        <translation>układowe zapalenie naczyń</translation>
    </message>
    <message>
        <source>juvenile systemic lupus erythematosus</source>
        <translation>młodzieńczy toczeń rumieniowaty układowy</translation>
    </message>
    <message>
        <source>scleroderma</source>
        <translation>twardzina</translation>
    </message>
    <message>
        <source>primary immunodeficiency</source>
        <translation>pierwotny niedobór odporności</translation>
    </message>
    <message>
        <source>chronic inflammatory demyelinating polyneuropathy</source>
        <translation>przewlekła zapalna polineuropatia demielinizacyjna</translation>
    </message>
    <message>
        <source>Guillain-Barré syndrome</source>
        <translation>zespół Guillaina-Barrégo</translation>
    </message>
    <message>
        <source>multifocal motor neuropathy</source>
        <translation>wieloogniskowa neuropatia ruchowa</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
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
        <translation>cewnik w żyle centralnej</translation>
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
        <source>BMI needs a measured weight and height</source>
        <translation>do BMI potrzebne są zmierzone masa ciała i wzrost</translation>
    </message>
    <message>
        <source>no BMI-for-age percentile under 2 years</source>
        <translation>brak centyla BMI dla wieku poniżej 2 lat</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} l.</translation>
    </message>
    <message>
        <source>{years} y {months} mo</source>
        <translation>{years} r. {months} mies.</translation>
    </message>
    <message>
        <source>{months} mo</source>
        <translation>{months} mies.</translation>
    </message>
    <message>
        <source>height older than {months} months</source>
        <translation>wzrost zmierzony ponad {months} mies. temu</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>view records</source>
        <translation>przeglądać dokumentacji</translation>
    </message>
    <message>
        <source>register or change patients</source>
        <translation>rejestrować ani zmieniać danych pacjentów</translation>
    </message>
    <message>
        <source>record infusions</source>
        <translation>zapisywać wlewów</translation>
    </message>
    <message>
        <source>record follow-up checks</source>
        <translation>zapisywać kontroli po wlewie</translation>
    </message>
    <message>
        <source>import records</source>
        <translation>importować danych</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>zarządzać kontami użytkowników</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>zmieniać ustawień</translation>
    </message>
    <message>
        <source>edit the product catalogue</source>
        <translation>edytować katalogu preparatów</translation>
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
