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
    <name>AssessmentPanel</name>
    <message>
        <source>Note: {note}</source>
        <translation>Uwaga: {note}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Values (before → after)</source>
        <translation>Wartości (przed → po)</translation>
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
    <name>ChartPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Zapisz wykres…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image, an SVG drawing or a PDF</source>
        <translation>Zapisz ten wykres jako obraz PNG, rysunek SVG lub PDF</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <source>{file}: the name must end in {suffixes}; nothing was saved.</source>
        <translation>{file}: nazwa musi kończyć się na {suffixes}; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Zapisano {file}</translation>
    </message>
    <message>
        <source>The chart was not saved. {problem}</source>
        <translation>Wykresu nie zapisano. {problem}</translation>
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
    <name>CheckDialog</name>
    <message>
        <source>Follow-up check +{offset} h - {patient}</source>
        <translation>Kontrola +{offset} h – {patient}</translation>
    </message>
    <message>
        <source>Check +{offset} h after the infusion that ended {end}{product}. Due {due}: {status}. Infusion risk {risk}.</source>
        <translation>Kontrola +{offset} h po wlewie zakończonym {end}{product}. Termin {due}: {status}. Ryzyko wlewu: {risk}.</translation>
    </message>
    <message>
        <source>now - or type 14:05 or 2026-03-02 14:05</source>
        <translation>teraz – lub wpisz 14:05 albo 2026-03-02 14:05</translation>
    </message>
    <message>
        <source>&amp;Done at</source>
        <translation>&amp;Godzina kontroli</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>&amp;Osobiście</translation>
    </message>
    <message>
        <source>By &amp;phone</source>
        <translation>&amp;Telefonicznie</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <source>&amp;No symptoms</source>
        <translation>&amp;Bez objawów</translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation>Ob&amp;jawy</translation>
    </message>
    <message>
        <source>Not &amp;reached</source>
        <translation>Brak &amp;kontaktu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Symptoms reported (tick each one and choose its grade)</source>
        <translation>Zgłoszone objawy (zaznacz każdy i wybierz jego stopień)</translation>
    </message>
    <message>
        <source>&amp;Find symptom</source>
        <translation>&amp;Znajdź objaw</translation>
    </message>
    <message>
        <source>CTCAE 5.0 grades: 1 mild (no treatment) · 2 moderate (simple treatment, limits daily activities) · 3 severe (hospital care) · 4 life-threatening · 5 death</source>
        <translation>Stopnie CTCAE 5.0: 1 łagodny (bez leczenia) · 2 umiarkowany (proste leczenie, ogranicza codzienne czynności) · 3 ciężki (leczenie szpitalne) · 4 zagrażający życiu · 5 zgon</translation>
    </message>
    <message>
        <source>who was spoken to, advice given, &apos;other&apos; symptom...</source>
        <translation>z kim rozmawiano, udzielone zalecenia, objaw „inne”...</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>Record this check now, before it is d&amp;ue</source>
        <translation>Zapisz tę kontrolę teraz, &amp;przed terminem</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Godzina kontroli</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Objawy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Save check</source>
        <translation>Zapisz kontrolę</translation>
    </message>
    <message>
        <source>choose in person or by phone</source>
        <translation>wybierz: osobiście czy telefonicznie</translation>
    </message>
    <message>
        <source>choose no symptoms, symptoms or not reached</source>
        <translation>wybierz: bez objawów, objawy lub brak kontaktu</translation>
    </message>
    <message>
        <source>tick at least one symptom</source>
        <translation>zaznacz co najmniej jeden objaw</translation>
    </message>
</context>
<context>
    <name>ChecksTableModel</name>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Wykonana</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source> by {user}</source>
        <translation> – {user}</translation>
    </message>
    <message>
        <source>a later infusion started before this check fell due; its own checks take over</source>
        <translation>późniejszy wlew rozpoczęto przed terminem tej kontroli; obowiązują jego własne kontrole</translation>
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
    <name>EarlierReactionsBox</name>
    <message>
        <source>No reaction recorded on an earlier infusion.</source>
        <translation>Nie odnotowano odczynu przy wcześniejszym wlewie.</translation>
    </message>
    <message>
        <source>▲▲ severe</source>
        <translation>▲▲ ciężki</translation>
    </message>
    <message>
        <source>▲ reaction</source>
        <translation>▲ odczyn</translation>
    </message>
    <message>
        <source>○ mild</source>
        <translation>○ łagodny</translation>
    </message>
    <message>
        <source>Earlier reactions</source>
        <translation>Wcześniejsze odczyny</translation>
    </message>
    <message>
        <source>Earlier reactions ({count})</source>
        <translation>Wcześniejsze odczyny ({count})</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (milder or older): see Adverse events</source>
        <translation>
            <numerusform>i jeszcze %n (łagodniejszy lub dawniejszy): zob. Zdarzenia niepożądane</numerusform>
            <numerusform>i jeszcze %n (łagodniejsze lub dawniejsze): zob. Zdarzenia niepożądane</numerusform>
            <numerusform>i jeszcze %n (łagodniejszych lub dawniejszych): zob. Zdarzenia niepożądane</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndInfusionDialog</name>
    <message>
        <source>End the infusion</source>
        <translation>Zakończenie wlewu</translation>
    </message>
    <message>
        <source>End infusion</source>
        <translation>Zakończ wlew</translation>
    </message>
    <message>
        <source>Follow-up checks are scheduled at the end time + {offsets}. Rate steps can no longer be added once the infusion has ended; vital signs and reactions still can.</source>
        <translation>Kontrole zostaną zaplanowane na godzinę zakończenia + {offsets}. Po zakończeniu wlewu nie można już dodawać zmian szybkości; parametry życiowe i odczyny – nadal tak.</translation>
    </message>
    <message>
        <source>now - or 19:30</source>
        <translation>teraz – lub 19:30</translation>
    </message>
    <message>
        <source>&amp;End time</source>
        <translation>&amp;Godzina zakończenia</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Godzina zakończenia</translation>
    </message>
    <message>
        <source>By this end time:</source>
        <translation>Do tej godziny zakończenia:</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Odczyn</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Stopień</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Stwierdzono</translation>
    </message>
    <message>
        <source> (serious)</source>
        <translation> (ciężki)</translation>
    </message>
    <message>
        <source>at the +{offset} h check</source>
        <translation>podczas kontroli +{offset} h</translation>
    </message>
    <message>
        <source>during the infusion</source>
        <translation>w trakcie wlewu</translation>
    </message>
    <message>
        <source>infusion {infusion} ({product}); adverse event {event}</source>
        <translation>wlew {infusion} ({product}); zdarzenie niepożądane {event}</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>History - {title}</source>
        <translation>Historia – {title}</translation>
    </message>
    <message>
        <source>History of {title}</source>
        <translation>Historia: {title}</translation>
    </message>
    <message>
        <source>Every entry and every change, oldest first, with who made it and when. Nothing is ever deleted: an entry marked entered in error stays here with the reason, and is left out of the tables, the risk assessment and reports.</source>
        <translation>Każdy wpis i każda zmiana, od najstarszych, z informacją kto i kiedy ją wprowadził. Nic nie jest usuwane: wpis oznaczony jako błędny zostaje tu wraz z powodem i jest pomijany w tabelach, ocenie ryzyka i raportach.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Wybrany wpis</translation>
    </message>
    <message>
        <source>The history could not be loaded. {problem}</source>
        <translation>Nie udało się wczytać historii. {problem}</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>(brak wartości)</translation>
    </message>
    <message>
        <source>{record}: {action} by {user} at {when}</source>
        <translation>{record}: {action} – {user}, {when}</translation>
    </message>
</context>
<context>
    <name>InfusionRunPage</name>
    <message>
        <source>Follow-up checks</source>
        <translation>Kontrole po wlewie</translation>
    </message>
    <message>
        <source>Infusion risk</source>
        <translation>Ryzyko wlewu</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Parametry życiowe</translation>
    </message>
    <message>
        <source>Add &amp;vital signs… (Ctrl+T)</source>
        <translation>Dodaj &amp;parametry życiowe… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Odczyny</translation>
    </message>
    <message>
        <source>Add re&amp;action… (Ctrl+Shift+R)</source>
        <translation>Dodaj &amp;odczyn… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation>Premedykacja</translation>
    </message>
    <message>
        <source>Add &amp;premedication… (Ctrl+M)</source>
        <translation>Dodaj pre&amp;medykację… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Print the plan… (Ctrl+P)</source>
        <translation>Drukuj plan… (Ctrl+P)</translation>
    </message>
    <message>
        <source>A page with the patient, the dose and the plan&apos;s steps</source>
        <translation>Strona z pacjentem, dawką i krokami planu</translation>
    </message>
    <message>
        <source>&amp;End infusion… (Ctrl+Shift+E)</source>
        <translation>&amp;Zakończ wlew… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>The infusion could not be loaded. {problem}</source>
        <translation>Nie udało się wczytać wlewu. {problem}</translation>
    </message>
    <message>
        <source>+{offset} h: due {due} - done {done}</source>
        <translation>+{offset} h: termin {due} – wykonana {done}</translation>
    </message>
    <message>
        <source>+{offset} h: due {due}</source>
        <translation>+{offset} h: termin {due}</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Wpis błędny</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Oznacz jako błędny</translation>
    </message>
    <message>
        <source>infusion {id}</source>
        <translation>wlew {id}</translation>
    </message>
    <message>
        <source>infusion of {product} for {patient} ({mrn}), started {start}</source>
        <translation>wlew {product} u pacjenta {patient} ({mrn}), rozpoczęty {start}</translation>
    </message>
    <message>
        <source>Infusion entered in error</source>
        <translation>Wlew wprowadzony błędnie</translation>
    </message>
    <message>
        <source>Mark infusion entered in error</source>
        <translation>Oznacz wlew jako błędny</translation>
    </message>
    <message>
        <source>e.g. started in the wrong patient&apos;s chart</source>
        <translation>np. rozpoczęty w dokumentacji niewłaściwego pacjenta</translation>
    </message>
    <message>
        <source>Marked entered in error: {entry}. It stays in the history (History…).</source>
        <translation>Oznaczono jako błędny: {entry}. Pozostaje w historii (Historia…).</translation>
    </message>
    <message>
        <source>Started, please check: {warnings}</source>
        <translation>Rozpoczęto, sprawdź: {warnings}</translation>
    </message>
</context>
<context>
    <name>InfusionStartPage</name>
    <message>
        <source>The plan appears once the product, the dosing weight and the dose are typed.</source>
        <translation>Plan pojawi się po wpisaniu preparatu, masy do dawkowania i dawki.</translation>
    </message>
    <message>
        <source>Product and dose</source>
        <translation>Preparat i dawka</translation>
    </message>
    <message>
        <source>- choose the product -</source>
        <translation>- wybierz preparat -</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Preparat</translation>
    </message>
    <message>
        <source>+ &amp;another lot</source>
        <translation>+ &amp;kolejna seria</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>S&amp;erie</translation>
    </message>
    <message>
        <source>&amp;Indication</source>
        <translation>&amp;Wskazanie</translation>
    </message>
    <message>
        <source>- choose -</source>
        <translation>- wybierz -</translation>
    </message>
    <message>
        <source>Label &amp;use</source>
        <translation>&amp;Zgodność z ChPL</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>no weight measured yet</source>
        <translation>masa ciała jeszcze niezmierzona</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>measured {kg} kg on {when} ({ago})</source>
        <translation>zmierzono {kg} kg, {when} ({ago})</translation>
    </message>
    <message>
        <source>Dosing &amp;weight</source>
        <translation>&amp;Masa do dawkowania</translation>
    </message>
    <message>
        <source>total dose in grams</source>
        <translation>dawka całkowita w gramach</translation>
    </message>
    <message>
        <source>&amp;Dose (g)</source>
        <translation>&amp;Dawka (g)</translation>
    </message>
    <message>
        <source>now - or 09:00</source>
        <translation>teraz - lub 09:00</translation>
    </message>
    <message>
        <source>S&amp;tart time</source>
        <translation>&amp;Godzina rozpoczęcia</translation>
    </message>
    <message>
        <source>pump mL/h at the start (optional)</source>
        <translation>pompa mL/h na początku (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;First pump rate (mL/h)</source>
        <translation>Pierwsza &amp;szybkość pompy (mL/h)</translation>
    </message>
    <message>
        <source>Active infection now</source>
        <translation>Aktywna infekcja obecnie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation>Premedykacja</translation>
    </message>
    <message>
        <source>Baseline vital signs (time blank = the start time)</source>
        <translation>Wyjściowe parametry życiowe (bez godziny = godzina rozpoczęcia)</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Czas pomiaru</translation>
    </message>
    <message>
        <source>Rate plan</source>
        <translation>Plan szybkości wlewu</translation>
    </message>
    <message>
        <source>Print the plan… (Ctrl+P)</source>
        <translation>Drukuj plan… (Ctrl+P)</translation>
    </message>
    <message>
        <source>A page with the patient, the dose and the plan&apos;s steps</source>
        <translation>Strona z pacjentem, dawką i krokami planu</translation>
    </message>
    <message>
        <source>Patient now</source>
        <translation>Pacjent teraz</translation>
    </message>
    <message>
        <source>Nothing is stored until you start the infusion.</source>
        <translation>Nic nie zostanie zapisane, dopóki nie rozpoczniesz wlewu.</translation>
    </message>
    <message>
        <source>&amp;Start infusion (Ctrl+Enter)</source>
        <translation>&amp;Rozpocznij wlew (Ctrl+Enter)</translation>
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
        <source>Expiry</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Wskazanie</translation>
    </message>
    <message>
        <source>Label use</source>
        <translation>Zgodność z ChPL</translation>
    </message>
    <message>
        <source>Dosing weight (kg)</source>
        <translation>Masa do dawkowania (kg)</translation>
    </message>
    <message>
        <source>Dose (g)</source>
        <translation>Dawka (g)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Godzina rozpoczęcia</translation>
    </message>
    <message>
        <source>First pump rate (mL/h)</source>
        <translation>Pierwsza szybkość pompy (mL/h)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Stores the infusion with everything typed here (Ctrl+Enter)</source>
        <translation>Zapisuje wlew ze wszystkim, co tu wpisano (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose the product to see the volume and rates.</source>
        <translation>Wybierz preparat, aby zobaczyć objętość i szybkości.</translation>
    </message>
    <message>
        <source>Type the dosing weight to see g/kg and mL/kg.</source>
        <translation>Wpisz masę do dawkowania, aby zobaczyć g/kg i mL/kg.</translation>
    </message>
    <message>
        <source>= {g_per_kg} g/kg · {volume} mL of {pct} % ({ml_per_kg} mL/kg)</source>
        <translation>= {g_per_kg} g/kg · {volume} mL preparatu {pct} % ({ml_per_kg} mL/kg)</translation>
    </message>
    <message>
        <source>Type the dose in grams to see g/kg and the volume.</source>
        <translation>Wpisz dawkę w gramach, aby zobaczyć g/kg i objętość.</translation>
    </message>
    <message>
        <source>Rate limits for this child:</source>
        <translation>Limity szybkości dla tego dziecka:</translation>
    </message>
    <message>
        <source>First rate {ml_per_h} mL/h = {ml_per_kg_h} mL/kg/h = {mg} mg/kg/min</source>
        <translation>Pierwsza szybkość {ml_per_h} mL/h = {ml_per_kg_h} mL/kg/h = {mg} mg/kg/min</translation>
    </message>
    <message>
        <source>⚠ Warning: {warning}</source>
        <translation>⚠ Uwaga: {warning}</translation>
    </message>
    <message>
        <source>Fluid ({why}): {volume} mL of {pct} % = {ml_per_kg} mL/kg of the dosing weight</source>
        <translation>Objętość płynów ({why}): {volume} mL preparatu {pct} % = {ml_per_kg} mL/kg masy do dawkowania</translation>
    </message>
    <message>
        <source>; a 10 % product halves the volume: {product} would give {volume} mL, {ml_per_kg} mL/kg</source>
        <translation>; preparat 10 % zmniejsza objętość o połowę: {product} dałby {volume} mL, {ml_per_kg} mL/kg</translation>
    </message>
    <message>
        <source>Use adjusted {kg} kg</source>
        <translation>Użyj skorygowanej {kg} kg</translation>
    </message>
    <message>
        <source>Sets the dosing weight to the adjusted weight and its basis to adjusted</source>
        <translation>Ustawia masę do dawkowania na masę skorygowaną, a jej podstawę na skorygowaną</translation>
    </message>
    <message>
        <source>choose the product from the catalogue</source>
        <translation>wybierz preparat z katalogu</translation>
    </message>
    <message>
        <source>type the lot number for this expiry date</source>
        <translation>wpisz numer serii dla tej daty ważności</translation>
    </message>
    <message>
        <source>type at least one lot number</source>
        <translation>wpisz co najmniej jeden numer serii</translation>
    </message>
    <message>
        <source>choose on label or off label</source>
        <translation>wybierz: zgodnie z ChPL lub poza ChPL</translation>
    </message>
</context>
<context>
    <name>InfusionWindow</name>
    <message>
        <source>Bedside infusion</source>
        <translation>Wlew przy łóżku</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Every entry and change of this infusion, with who made it and when</source>
        <translation>Każdy wpis i zmiana tego wlewu, z autorem i czasem</translation>
    </message>
    <message>
        <source>This patient could not be loaded. {why}</source>
        <translation>Nie udało się wczytać tego pacjenta. {why}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>{sex}, {age}, born {born}, blood group {blood}</source>
        <translation>{sex}, {age}, ur. {born}, grupa krwi {blood}</translation>
    </message>
    <message>
        <source>Bedside infusion - {name}</source>
        <translation>Wlew przy łóżku - {name}</translation>
    </message>
    <message>
        <source>{reminder} - {title}</source>
        <translation>{reminder} - {title}</translation>
    </message>
    <message>
        <source>Marked entered in error: {entry}. It stays in the history (History…); nothing more can be entered here. Close this window (Ctrl+W).</source>
        <translation>Oznaczono jako wprowadzony błędnie: {entry}. Pozostaje w historii (Historia…); nic więcej nie można tu wpisać. Zamknij to okno (Ctrl+W).</translation>
    </message>
    <message>
        <source>infusion {id} - {patient}</source>
        <translation>wlew {id} - {patient}</translation>
    </message>
    <message>
        <source>Close without starting?</source>
        <translation>Zamknąć bez rozpoczęcia?</translation>
    </message>
    <message>
        <source>This infusion has not been started, so nothing of it is stored. Close and lose what was typed?</source>
        <translation>Ten wlew nie został rozpoczęty, więc nic z niego nie zapisano. Zamknąć i utracić to, co wpisano?</translation>
    </message>
    <message>
        <source>ivigmon is locked</source>
        <translation>ivigmon jest zablokowany</translation>
    </message>
    <message>
        <source>Sign in again in the main ivigmon window. What was typed here is kept.</source>
        <translation>Zaloguj się ponownie w głównym oknie ivigmon. To, co tu wpisano, zostaje zachowane.</translation>
    </message>
    <message>
        <source>Rate not saved</source>
        <translation>Szybkość niezapisana</translation>
    </message>
    <message>
        <source>The rate {rate} mL/h is typed but not saved, so it is not in the record. Keep it to save it (Enter), or discard it and close?</source>
        <translation>Szybkość {rate} mL/h jest wpisana, ale niezapisana, więc nie ma jej w dokumentacji. Zachować ją, aby zapisać (Enter), czy odrzucić i zamknąć?</translation>
    </message>
    <message>
        <source>&amp;Keep the rate</source>
        <translation>&amp;Zachowaj szybkość</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Odrzuć i zamknij</translation>
    </message>
</context>
<context>
    <name>InfusionsTableModel</name>
    <message>
        <source>Infusion</source>
        <translation>Wlew</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Wskazanie</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Odczyny</translation>
    </message>
    <message>
        <source>{start}, running</source>
        <translation>{start}, trwa</translation>
    </message>
    <message>
        <source>on</source>
        <translation>zgodnie z ChPL</translation>
    </message>
    <message>
        <source>off</source>
        <translation>poza ChPL</translation>
    </message>
    <message>
        <source> (exp. {expiry})</source>
        <translation> (ważn. {expiry})</translation>
    </message>
    <message>
        <source>{product}; lots: {lots}; infusion {id}</source>
        <translation>{product}; serie: {lots}; wlew {id}</translation>
    </message>
    <message>
        <source>{volume} mL ({per_kg} mL/kg) for {weight} kg</source>
        <translation>{volume} mL ({per_kg} mL/kg) na {weight} kg</translation>
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
    <name>LotEntry</name>
    <message>
        <source>lot {number}</source>
        <translation>seria {number}</translation>
    </message>
    <message>
        <source>expiry yyyy-mm-dd</source>
        <translation>ważność rrrr-mm-dd</translation>
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
    <name>MeasurementsTableModel</name>
    <message>
        <source>Measured</source>
        <translation>Pomiar</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Masa ciała</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Wzrost</translation>
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
    <name>PatientPickerDialog</name>
    <message>
        <source>New infusion - choose the patient</source>
        <translation>Nowy wlew - wybierz pacjenta</translation>
    </message>
    <message>
        <source>New infusion: which patient?</source>
        <translation>Nowy wlew: który pacjent?</translation>
    </message>
    <message>
        <source>MRN or name</source>
        <translation>MRN lub nazwisko</translation>
    </message>
    <message>
        <source>A patient who is not listed is registered under Patients.</source>
        <translation>Pacjenta spoza listy rejestruje się w zakładce Pacjenci.</translation>
    </message>
    <message>
        <source>Start infusion</source>
        <translation>Rozpocznij wlew</translation>
    </message>
    <message>
        <source>Type the patient&apos;s MRN or name first: no patient is chosen for you.</source>
        <translation>Najpierw wpisz MRN lub nazwisko pacjenta: program nie wybiera pacjenta za ciebie.</translation>
    </message>
    <message>
        <source>No patient matches what was typed.</source>
        <translation>Żaden pacjent nie pasuje do wpisanego tekstu.</translation>
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
    <name>PlanStepsTableModel</name>
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
        <source>mL/kg/h</source>
        <translation>mL/kg/h</translation>
    </message>
    <message>
        <source>mg/kg/min</source>
        <translation>mg/kg/min</translation>
    </message>
    <message>
        <source>Volume mL</source>
        <translation>Objętość mL</translation>
    </message>
    <message>
        <source>until given</source>
        <translation>do podania całości</translation>
    </message>
    <message>
        <source>raised by the nurse as the child tolerates it, up to this rate</source>
        <translation>zwiększana przez pielęgniarkę zależnie od tolerancji dziecka, do tej szybkości</translation>
    </message>
</context>
<context>
    <name>PremedicationDialog</name>
    <message>
        <source>Premedication</source>
        <translation>Premedykacja</translation>
    </message>
    <message>
        <source>Save premedication</source>
        <translation>Zapisz premedykację</translation>
    </message>
    <message>
        <source>Time (blank = now), drug (the class fills in for common drugs), dose.</source>
        <translation>Godzina (puste = teraz), lek (dla popularnych leków grupa uzupełnia się sama), dawka.</translation>
    </message>
    <message>
        <source>type the drug given</source>
        <translation>wpisz podany lek</translation>
    </message>
</context>
<context>
    <name>PremedicationEntry</name>
    <message>
        <source>time: now</source>
        <translation>godz.: teraz</translation>
    </message>
    <message>
        <source>drug</source>
        <translation>lek</translation>
    </message>
    <message>
        <source>class</source>
        <translation>grupa</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dawka</translation>
    </message>
    <message>
        <source>Premedication time</source>
        <translation>Godzina premedykacji</translation>
    </message>
    <message>
        <source>Premedication drug</source>
        <translation>Lek premedykacji</translation>
    </message>
    <message>
        <source>Premedication class</source>
        <translation>Grupa leku premedykacji</translation>
    </message>
    <message>
        <source>Premedication dose</source>
        <translation>Dawka premedykacji</translation>
    </message>
    <message>
        <source>type the drug given</source>
        <translation>wpisz podany lek</translation>
    </message>
    <message>
        <source>choose the class of the drug</source>
        <translation>wybierz grupę leku</translation>
    </message>
</context>
<context>
    <name>PremedicationsTableModel</name>
    <message>
        <source>Time</source>
        <translation>Godz.</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Dose, route</source>
        <translation>Dawka, droga</translation>
    </message>
</context>
<context>
    <name>RateStepsBox</name>
    <message>
        <source>Rate steps</source>
        <translation>Zmiany szybkości wlewu</translation>
    </message>
    <message>
        <source>New &amp;rate (mL/h)</source>
        <translation>Nowa &amp;szybkość (mL/h)</translation>
    </message>
    <message>
        <source>type the pump rate, Enter saves</source>
        <translation>wpisz szybkość z pompy, Enter zapisuje</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>o &amp;godz.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>Add step (Enter)</source>
        <translation>Dodaj zmianę (Enter)</translation>
    </message>
    <message>
        <source>New pump rate (mL/h)</source>
        <translation>Nowa szybkość pompy (mL/h)</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Godzina zmiany</translation>
    </message>
    <message>
        <source>Rate limits for this child: {limits}</source>
        <translation>Limity szybkości dla tego dziecka: {limits}</translation>
    </message>
    <message>
        <source>The infusion has ended: no more rate steps.</source>
        <translation>Wlew zakończony: nie można dodać kolejnych zmian szybkości.</translation>
    </message>
    <message>
        <source>Each step shows mL/h, mL/kg/h and mg/kg/min and is checked against the label.</source>
        <translation>Każda zmiana pokazuje mL/h, mL/kg/h i mg/kg/min i jest sprawdzana z ChPL.</translation>
    </message>
    <message>
        <source>Each step shows mL/h, mL/kg/h and mg/kg/min and is {unchecked}.</source>
        <translation>Każda zmiana pokazuje mL/h, mL/kg/h i mg/kg/min; sprawdzenie: {unchecked}.</translation>
    </message>
    <message>
        <source>{warning}. It can still be recorded.</source>
        <translation>{warning}. Można ją mimo to zapisać.</translation>
    </message>
    <message>
        <source>Recorded {rate} mL/h at {time}.</source>
        <translation>Zapisano {rate} mL/h o {time}.</translation>
    </message>
    <message>
        <source>{recorded} {warning}.{unchecked} Check the pump and the prescription.</source>
        <translation>{recorded} {warning}.{unchecked} Sprawdź pompę i zlecenie.</translation>
    </message>
</context>
<context>
    <name>RateStepsTableModel</name>
    <message>
        <source>Time</source>
        <translation>Godz.</translation>
    </message>
    <message>
        <source>Pump mL/h</source>
        <translation>Pompa mL/h</translation>
    </message>
    <message>
        <source>mL/kg/h</source>
        <translation>mL/kg/h</translation>
    </message>
    <message>
        <source>mg/kg/min</source>
        <translation>mg/kg/min</translation>
    </message>
    <message>
        <source>Rate check</source>
        <translation>Kontrola szybkości</translation>
    </message>
    <message>
        <source>pause (0)</source>
        <translation>przerwa (0)</translation>
    </message>
    <message>
        <source>{basis}: an administrator enters local limits in the catalogue</source>
        <translation>{basis}: lokalne limity wprowadza administrator w katalogu</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>Reaction during the infusion</source>
        <translation>Odczyn w trakcie wlewu</translation>
    </message>
    <message>
        <source>Save reaction</source>
        <translation>Zapisz odczyn</translation>
    </message>
    <message>
        <source>now - or 10:10</source>
        <translation>teraz – lub 10:10</translation>
    </message>
    <message>
        <source>describe the reaction (for &apos;other&apos;)</source>
        <translation>opisz odczyn (dla „inne”)</translation>
    </message>
    <message>
        <source>&amp;Serious (tick why below)</source>
        <translation>&amp;Ciężki (zaznacz poniżej dlaczego)</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Początek</translation>
    </message>
    <message>
        <source>&amp;Reaction</source>
        <translation>&amp;Odczyn</translation>
    </message>
    <message>
        <source>&amp;Grade (CTCAE 5.0)</source>
        <translation>&amp;Stopień (CTCAE 5.0)</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>Podjęte &amp;działanie</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Wynik</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Odczyn</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Stopień</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Ciężki</translation>
    </message>
    <message>
        <source>Seriousness criteria</source>
        <translation>Kryteria ciężkości</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Podjęte działanie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>choose the reaction</source>
        <translation>wybierz odczyn</translation>
    </message>
    <message>
        <source>choose the grade</source>
        <translation>wybierz stopień</translation>
    </message>
    <message>
        <source>choose the action taken</source>
        <translation>wybierz podjęte działanie</translation>
    </message>
    <message>
        <source>choose the outcome</source>
        <translation>wybierz wynik</translation>
    </message>
    <message>
        <source>tick at least one reason why it is serious</source>
        <translation>zaznacz co najmniej jeden powód, dla którego jest ciężki</translation>
    </message>
</context>
<context>
    <name>ReactionsTableModel</name>
    <message>
        <source>Onset</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Odczyn</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Stopień</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source> (serious)</source>
        <translation> (ciężki)</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Nothing is deleted: the entry stays in the record&apos;s history with your name, the time and this reason. It disappears from the tables, the risk assessment and the reports.</source>
        <translation>Nic nie jest usuwane: wpis zostaje w historii dokumentacji z Twoim nazwiskiem, godziną i tym powodem. Znika z tabel, oceny ryzyka i raportów.</translation>
    </message>
    <message>
        <source>&amp;Why is it wrong?</source>
        <translation>&amp;Dlaczego wpis jest błędny?</translation>
    </message>
    <message>
        <source>e.g. typed in the wrong patient&apos;s chart; pump misread</source>
        <translation>np. wpisany w dokumentacji niewłaściwego pacjenta; źle odczytana pompa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
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
    <name>SeriousnessBox</name>
    <message>
        <source>Seriousness criteria</source>
        <translation>Kryteria ciężkości</translation>
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
    <name>StartFlagsDialog</name>
    <message>
        <source>Start despite these warnings?</source>
        <translation>Rozpocząć mimo tych ostrzeżeń?</translation>
    </message>
    <message>
        <source>Starting records in the infusion&apos;s notes that {user} checked and accepted these.</source>
        <translation>Rozpoczęcie zapisze w uwagach wlewu, że {user} sprawdza i akceptuje te ostrzeżenia.</translation>
    </message>
    <message>
        <source>&amp;Go back and correct</source>
        <translation>&amp;Wróć i popraw</translation>
    </message>
    <message>
        <source>I have checked these: &amp;start</source>
        <translation>Sprawdzone: &amp;rozpocznij</translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) before this infusion starts</source>
        <translation>
            <numerusform>%n ostrzeżenie przed rozpoczęciem tego wlewu</numerusform>
            <numerusform>%n ostrzeżenia przed rozpoczęciem tego wlewu</numerusform>
            <numerusform>%n ostrzeżeń przed rozpoczęciem tego wlewu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) match: choose one with ↓ and Enter, or type the full MRN.</source>
        <translation>
            <numerusform>Pasuje %n pacjent: wybierz go strzałką ↓ i Enter albo wpisz pełny MRN.</numerusform>
            <numerusform>Pasuje %n pacjentów: wybierz jednego strzałką ↓ i Enter albo wpisz pełny MRN.</numerusform>
            <numerusform>Pasuje %n pacjentów: wybierz jednego strzałką ↓ i Enter albo wpisz pełny MRN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mark} last weight {kg} kg, %n day(s) ago: weigh the child</source>
        <translation>
            <numerusform>{mark} ostatnia masa ciała {kg} kg, %n dzień temu: zważ dziecko</numerusform>
            <numerusform>{mark} ostatnia masa ciała {kg} kg, %n dni temu: zważ dziecko</numerusform>
            <numerusform>{mark} ostatnia masa ciała {kg} kg, %n dni temu: zważ dziecko</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomFinder</name>
    <message>
        <source>type a few letters, e.g. head, then Enter</source>
        <translation>wpisz kilka liter, np. głow, i naciśnij Enter</translation>
    </message>
</context>
<context>
    <name>SymptomRow</name>
    <message>
        <source>grade of {symptom}</source>
        <translation>stopień: {symptom}</translation>
    </message>
    <message>
        <source>when it began</source>
        <translation>kiedy się zaczął</translation>
    </message>
    <message>
        <source>onset of {symptom}</source>
        <translation>początek: {symptom}</translation>
    </message>
    <message>
        <source>action for {symptom}</source>
        <translation>działanie: {symptom}</translation>
    </message>
    <message>
        <source>outcome of {symptom}</source>
        <translation>wynik: {symptom}</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>ciężki</translation>
    </message>
    <message>
        <source>{symptom} is serious</source>
        <translation>{symptom} – ciężki</translation>
    </message>
    <message>
        <source>began</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>{symptom}: grade</source>
        <translation>{symptom}: stopień</translation>
    </message>
    <message>
        <source>{symptom}: began</source>
        <translation>{symptom}: początek</translation>
    </message>
    <message>
        <source>{symptom}: action</source>
        <translation>{symptom}: działanie</translation>
    </message>
    <message>
        <source>{symptom}: outcome</source>
        <translation>{symptom}: wynik</translation>
    </message>
    <message>
        <source>{symptom}: serious</source>
        <translation>{symptom}: ciężki</translation>
    </message>
    <message>
        <source>{symptom}: why serious</source>
        <translation>{symptom}: dlaczego ciężki</translation>
    </message>
    <message>
        <source>choose the grade</source>
        <translation>wybierz stopień</translation>
    </message>
    <message>
        <source>choose the action taken</source>
        <translation>wybierz podjęte działanie</translation>
    </message>
    <message>
        <source>choose the outcome</source>
        <translation>wybierz wynik</translation>
    </message>
    <message>
        <source>{onset} is after the check ({done})</source>
        <translation>{onset} jest po kontroli ({done})</translation>
    </message>
    <message>
        <source>tick at least one reason why it is serious</source>
        <translation>zaznacz co najmniej jeden powód, dla którego jest ciężki</translation>
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
    <name>VitalSignsDialog</name>
    <message>
        <source>Vital signs</source>
        <translation>Parametry życiowe</translation>
    </message>
    <message>
        <source>Save vital signs</source>
        <translation>Zapisz parametry życiowe</translation>
    </message>
    <message>
        <source>type at least one reading</source>
        <translation>wpisz co najmniej jeden pomiar</translation>
    </message>
</context>
<context>
    <name>VitalsEntry</name>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Godzina</translation>
    </message>
    <message>
        <source>now - or 08:45</source>
        <translation>teraz – lub 08:45</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>np. {example}</translation>
    </message>
    <message>
        <source>Vital signs time</source>
        <translation>Godzina pomiaru parametrów</translation>
    </message>
    <message>
        <source>is above the systolic pressure (the two may be swapped)</source>
        <translation>jest wyższe niż ciśnienie skurczowe (wartości mogły zostać zamienione)</translation>
    </message>
</context>
<context>
    <name>VitalsTableModel</name>
    <message>
        <source>Time</source>
        <translation>Godz.</translation>
    </message>
    <message>
        <source>Temp °C</source>
        <translation>Temp. °C</translation>
    </message>
    <message>
        <source>HR /min</source>
        <translation>HR /min</translation>
    </message>
    <message>
        <source>BP mmHg</source>
        <translation>RR mmHg</translation>
    </message>
    <message>
        <source>RR /min</source>
        <translation>Odd. /min</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
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
        <translation>godzina</translation>
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
        <translation>ciśnienie skurczowe</translation>
    </message>
    <message>
        <source>BP diastolic</source>
        <translation>ciśnienie rozkurczowe</translation>
    </message>
    <message>
        <source>resp. rate</source>
        <translation>częstość oddechów</translation>
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
        <translation>stwierdzony przy kontroli (h)</translation>
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
        <translation>wykonana</translation>
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
        <translation>rozpoczęcie</translation>
    </message>
    <message>
        <source>end</source>
        <translation>zakończenie</translation>
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
        <translation>czynna infekcja</translation>
    </message>
    <message>
        <source>course outcome</source>
        <translation>wynik kursu</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>nr historii choroby</translation>
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
        <translation>IVIG w innym ośrodku</translation>
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
        <source>indication</source>
        <translation>wskazanie</translation>
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
        <source>route</source>
        <translation>droga podania</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>stopień</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>ciężki</translation>
    </message>
    <message>
        <source>seriousness</source>
        <translation>kryteria ciężkości</translation>
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
        <source>notes</source>
        <translation>uwagi</translation>
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
        <source>diagnosis</source>
        <translation>rozpoznanie</translation>
    </message>
    <message>
        <source>comorbidities</source>
        <translation>choroby współistniejące</translation>
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
        <source>symptoms</source>
        <translation>objawy</translation>
    </message>
    <message>
        <source>course id</source>
        <translation>id kursu</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>wyświetlana nazwa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>key</source>
        <translation>klucz</translation>
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
        <translation>✗ wpis błędny</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobiście</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefonicznie</translation>
    </message>
    <message>
        <source>no symptoms</source>
        <translation>bez objawów</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>brak kontaktu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>rate reduced</source>
        <translation>zmniejszono szybkość</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymano</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>leczono</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>ustąpił</translation>
    </message>
    <message>
        <source>resolving</source>
        <translation>ustępuje</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>trwa</translation>
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
        <source>antipyretic</source>
        <translation>p/gorączkowy</translation>
    </message>
    <message>
        <source>nsaid</source>
        <translation>NLPZ</translation>
    </message>
    <message>
        <source>antihistamine</source>
        <translation>p/histaminowy</translation>
    </message>
    <message>
        <source>glucocorticoid</source>
        <translation>GKS</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>rzeczywista</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>skorygowana</translation>
    </message>
    <message>
        <source>good</source>
        <translation>dobry</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>umiarkowany</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>słaby</translation>
    </message>
    <message>
        <source>on</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nie (poza ChPL)</translation>
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
        <translation>zmiana szybkości {id}</translation>
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
        <source>symptom at check +{offset} h</source>
        <translation>objaw przy kontroli +{offset} h</translation>
    </message>
    <message>
        <source>reaction {id}</source>
        <translation>odczyn {id}</translation>
    </message>
    <message>
        <source>check +{offset} h</source>
        <translation>kontrola +{offset} h</translation>
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
        <source>{in_error} (check reopened)</source>
        <translation>{in_error} (kontrola otwarta ponownie)</translation>
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
        <source>reason: {reason}</source>
        <translation>powód: {reason}</translation>
    </message>
</context>
<context>
    <name>bedside_entries</name>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Heart rate (/min)</source>
        <translation>Tętno (/min)</translation>
    </message>
    <message>
        <source>BP systolic (mmHg)</source>
        <translation>Ciśnienie skurczowe (mmHg)</translation>
    </message>
    <message>
        <source>BP diastolic (mmHg)</source>
        <translation>Ciśnienie rozkurczowe (mmHg)</translation>
    </message>
    <message>
        <source>Resp. rate (/min)</source>
        <translation>Częstość oddechów (/min)</translation>
    </message>
    <message>
        <source>SpO2 (%)</source>
        <translation>SpO2 (%)</translation>
    </message>
</context>
<context>
    <name>bedside_summary</name>
    <message>
        <source> (exp. {expiry})</source>
        <translation> (ważn. {expiry})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running&lt;/b&gt; since {start} ({duration})</source>
        <translation>&lt;b&gt;Trwa&lt;/b&gt; od {start} ({duration})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ended&lt;/b&gt; {end} after {duration}</source>
        <translation>&lt;b&gt;Zakończony&lt;/b&gt; {end} po {duration}</translation>
    </message>
    <message>
        <source>{status} · &lt;b&gt;{product}&lt;/b&gt;, lot {lots} · &lt;b&gt;{dose}&lt;/b&gt; · dosing weight {weight} kg ({basis}) · {indication}, {label_use} · started {start} · {id}</source>
        <translation>{status} · &lt;b&gt;{product}&lt;/b&gt;, seria {lots} · &lt;b&gt;{dose}&lt;/b&gt; · masa do dawkowania {weight} kg ({basis}) · {indication}, {label_use} · rozpoczęty {start} · {id}</translation>
    </message>
    <message>
        <source>{severity} since {time}: {reason}</source>
        <translation>{severity} od {time}: {reason}</translation>
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
    <name>choices</name>
    <message>
        <source>- choose -</source>
        <translation>– wybierz –</translation>
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
    <name>ctcae</name>
    <message>
        <source>mild: no or mild symptoms; observation only, no treatment needed</source>
        <translation>łagodny: brak lub łagodne objawy; tylko obserwacja, bez leczenia</translation>
    </message>
    <message>
        <source>moderate: simple or local treatment needed; limits usual daily activities</source>
        <translation>umiarkowany: potrzebne proste lub miejscowe leczenie; ogranicza codzienne czynności</translation>
    </message>
    <message>
        <source>severe or medically significant, not immediately life-threatening; needs hospital care; limits self-care</source>
        <translation>ciężki lub istotny medycznie, bez bezpośredniego zagrożenia życia; wymaga leczenia szpitalnego; ogranicza samoobsługę</translation>
    </message>
    <message>
        <source>life-threatening: urgent intervention needed</source>
        <translation>zagrażający życiu: potrzebna pilna interwencja</translation>
    </message>
    <message>
        <source>death related to the event</source>
        <translation>zgon związany ze zdarzeniem</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>łagodny</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>umiarkowany</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>ciężki</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>zagrażający życiu</translation>
    </message>
    <message>
        <source>death</source>
        <translation>zgon</translation>
    </message>
    <message>
        <source>Grade {grade} - {words}</source>
        <translation>Stopień {grade} – {words}</translation>
    </message>
</context>
<context>
    <name>entries_box</name>
    <message>
        <source>Entered in error…</source>
        <translation>Wpis błędny…</translation>
    </message>
    <message>
        <source>Select the wrong entry in the table first; nothing is deleted.</source>
        <translation>Najpierw zaznacz błędny wpis w tabeli; nic nie zostanie usunięte.</translation>
    </message>
</context>
<context>
    <name>entry_descriptions</name>
    <message>
        <source>pause (0 mL/h)</source>
        <translation>przerwa (0 mL/h)</translation>
    </message>
    <message>
        <source>Rate step at {time}: {rate}</source>
        <translation>Zmiana szybkości o {time}: {rate}</translation>
    </message>
    <message>
        <source>temperature {value} °C</source>
        <translation>temperatura {value} °C</translation>
    </message>
    <message>
        <source>HR {value}</source>
        <translation>tętno {value}</translation>
    </message>
    <message>
        <source>BP {systolic}/{diastolic}</source>
        <translation>RR {systolic}/{diastolic}</translation>
    </message>
    <message>
        <source>RR {value}</source>
        <translation>oddechy {value}</translation>
    </message>
    <message>
        <source>Vital signs at {time}: {readings}</source>
        <translation>Parametry życiowe o {time}: {readings}</translation>
    </message>
    <message>
        <source>Premedication at {time}: {given}</source>
        <translation>Premedykacja o {time}: {given}</translation>
    </message>
    <message>
        <source>Reaction at {time}: {term}, grade {grade}</source>
        <translation>Odczyn o {time}: {term}, stopień {grade}</translation>
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
    <name>event_terms</name>
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
        <source>muscle pain</source>
        <translation>ból mięśni</translation>
    </message>
    <message>
        <source>low blood pressure</source>
        <translation>niskie ciśnienie tętnicze</translation>
    </message>
    <message>
        <source>high blood pressure</source>
        <translation>wysokie ciśnienie tętnicze</translation>
    </message>
    <message>
        <source>fast heart rate</source>
        <translation>przyspieszone tętno</translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation>duszność</translation>
    </message>
    <message>
        <source>anaphylaxis</source>
        <translation>anafilaksja</translation>
    </message>
    <message>
        <source>neck stiffness (aseptic meningitis?)</source>
        <translation>sztywność karku (aseptyczne zapalenie opon?)</translation>
    </message>
    <message>
        <source>dark urine (haemolysis?)</source>
        <translation>ciemny mocz (hemoliza?)</translation>
    </message>
    <message>
        <source>less urine (kidneys?)</source>
        <translation>mniej moczu (nerki?)</translation>
    </message>
    <message>
        <source>swollen limb (thrombosis?)</source>
        <translation>obrzęk kończyny (zakrzepica?)</translation>
    </message>
    <message>
        <source>chest pain (thrombosis?)</source>
        <translation>ból w klatce piersiowej (zakrzepica?)</translation>
    </message>
    <message>
        <source>oedema (fluid overload?)</source>
        <translation>obrzęki (przewodnienie?)</translation>
    </message>
    <message>
        <source>wheeze</source>
        <translation>świsty</translation>
    </message>
    <message>
        <source>hives (urticaria)</source>
        <translation>pokrzywka</translation>
    </message>
    <message>
        <source>light hurts the eyes (aseptic meningitis?)</source>
        <translation>światłowstręt (aseptyczne zapalenie opon?)</translation>
    </message>
    <message>
        <source>weakness on one side (stroke?)</source>
        <translation>niedowład połowiczy (udar?)</translation>
    </message>
    <message>
        <source>yellow skin or eyes (haemolysis?)</source>
        <translation>zażółcenie skóry lub oczu (hemoliza?)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
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
    <name>rate_plan</name>
    <message>
        <source>no plan: {reason}</source>
        <translation>brak planu: {reason}</translation>
    </message>
    <message>
        <source>no plan: {product} has no initial rate; an administrator enters a local initial rate in the catalogue</source>
        <translation>brak planu: {product} nie ma szybkości początkowej; administrator wpisuje lokalną szybkość początkową w katalogu</translation>
    </message>
    <message>
        <source>no plan: {product} has no maximum and the ward has no ceiling; an administrator enters a local maximum in the catalogue</source>
        <translation>brak planu: {product} nie ma szybkości maksymalnej, a oddział nie ma limitu; administrator wpisuje lokalne maksimum w katalogu</translation>
    </message>
    <message>
        <source>no plan: the initial rate for {kg} kg is below 0.1 mL/h, less than a pump can be set to</source>
        <translation>brak planu: szybkość początkowa dla {kg} kg jest poniżej 0,1 mL/h, mniej niż da się ustawić na pompie</translation>
    </message>
    <message>
        <source>no indication given: the general label rates apply</source>
        <translation>nie podano wskazania: obowiązują ogólne szybkości z ChPL</translation>
    </message>
    <message>
        <source>no steps are given: raise as tolerated every {minutes} min up to {rate}; the end shown is the earliest, at the maximum after the first interval</source>
        <translation>ChPL nie podaje kroków: zwiększaj zależnie od tolerancji co {minutes} min do {rate}; pokazany koniec jest najwcześniejszy, przy maksimum po pierwszym odstępie</translation>
    </message>
    <message>
        <source>{reason}: {rate} {unit}</source>
        <translation>{reason}: {rate} {unit}</translation>
    </message>
    <message>
        <source>local limit ({note})</source>
        <translation>limit lokalny ({note})</translation>
    </message>
    <message>
        <source>label maximum for {indication}</source>
        <translation>maksimum z ChPL dla {indication}</translation>
    </message>
    <message>
        <source>label maximum</source>
        <translation>maksimum z ChPL</translation>
    </message>
    <message>
        <source>{codes}; local limit: {note}</source>
        <translation>{codes}; limit lokalny: {note}</translation>
    </message>
    <message>
        <source>at-risk maximum ({why})</source>
        <translation>maksimum dla pacjentów z grupy ryzyka ({why})</translation>
    </message>
    <message>
        <source>ward ceiling: {rate} mL/h for every product</source>
        <translation>limit oddziału: {rate} mL/h dla każdego preparatu</translation>
    </message>
    <message>
        <source>initial rate</source>
        <translation>szybkość początkowa</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>kroki</translation>
    </message>
    <message>
        <source>first-step minutes</source>
        <translation>minuty pierwszego kroku</translation>
    </message>
    <message>
        <source>later-step minutes</source>
        <translation>minuty kolejnych kroków</translation>
    </message>
    <message>
        <source>{what}: local limit ({note})</source>
        <translation>{what}: limit lokalny ({note})</translation>
    </message>
    <message>
        <source>the label gives no steps and no interval: start at the initial rate and raise as tolerated up to the maximum; at the maximum the whole volume takes at least {duration} (the earliest end: {end})</source>
        <translation>ChPL nie podaje kroków ani odstępów: zacznij od szybkości początkowej i zwiększaj zależnie od tolerancji do maksimum; przy maksimum cała objętość zajmuje co najmniej {duration} (najwcześniejszy koniec: {end})</translation>
    </message>
    <message>
        <source>the maximum is set by the {reason}</source>
        <translation>maksimum wyznacza: {reason}</translation>
    </message>
</context>
<context>
    <name>rate_plan_view</name>
    <message>
        <source>as tolerated</source>
        <translation>wg tolerancji</translation>
    </message>
    <message>
        <source>Rate step due</source>
        <translation>Czas na zmianę szybkości</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>Total {volume} mL · expected end {end}</source>
        <translation>Razem {volume} mL · przewidywany koniec {end}</translation>
    </message>
    <message>
        <source>next: raise as tolerated up to {rate} mL/h, not before {time}</source>
        <translation>dalej: zwiększaj wg tolerancji do {rate} mL/h, nie przed {time}</translation>
    </message>
    <message>
        <source>next: raise as tolerated up to {rate} mL/h</source>
        <translation>dalej: zwiększaj wg tolerancji do {rate} mL/h</translation>
    </message>
    <message>
        <source>next: {rate} mL/h at {time} - due now</source>
        <translation>dalej: {rate} mL/h o {time} - teraz</translation>
    </message>
    <message>
        <source>next: {rate} mL/h at {time}</source>
        <translation>dalej: {rate} mL/h o {time}</translation>
    </message>
    <message>
        <source>{span}: {rate} mL/h = {mg} mg/kg/min</source>
        <translation>{span}: {rate} mL/h = {mg} mg/kg/min</translation>
    </message>
    <message>
        <source>Rate plan:</source>
        <translation>Plan szybkości wlewu:</translation>
    </message>
    <message>
        <source>Rate step due since {time}: {rate} mL/h, the plan&apos;s next setting; raise it if the child tolerates it</source>
        <translation>Zmiana szybkości należna od {time}: {rate} mL/h, kolejne ustawienie planu; zwiększ, jeśli dziecko toleruje wlew</translation>
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
    <name>start_flags</name>
    <message>
        <source>no weight of this child is recorded; weigh the child and record the weight</source>
        <translation>nie zapisano masy ciała tego dziecka; zważ dziecko i zapisz masę</translation>
    </message>
    <message>
        <source>the latest weight ({kg} kg on {at}) is {days} days old, more than the ward&apos;s {max_days} days; weigh the child</source>
        <translation>ostatnia masa ciała ({kg} kg, {at}) ma {days} dni, więcej niż przyjęte na oddziale {max_days} dni; zważ dziecko</translation>
    </message>
    <message>
        <source>this infusion</source>
        <translation>ten wlew</translation>
    </message>
    <message>
        <source>the course would hold {per_kg} g/kg ({parts}, for {kg} kg), above {limit} g/kg; check the dose</source>
        <translation>cykl zawierałby {per_kg} g/kg ({parts}, dla {kg} kg), powyżej {limit} g/kg; sprawdź dawkę</translation>
    </message>
    <message>
        <source>earlier severe reaction: {reason}</source>
        <translation>wcześniejszy ciężki odczyn: {reason}</translation>
    </message>
</context>
<context>
    <name>start_words</name>
    <message>
        <source>expired lot</source>
        <translation>seria po terminie ważności</translation>
    </message>
    <message>
        <source>dose above 2.5 g/kg</source>
        <translation>dawka powyżej 2,5 g/kg</translation>
    </message>
    <message>
        <source>course dose above 2.5 g/kg</source>
        <translation>dawka cyklu powyżej 2,5 g/kg</translation>
    </message>
    <message>
        <source>dosing weight far from the measured weight</source>
        <translation>masa do dawkowania daleka od zmierzonej</translation>
    </message>
    <message>
        <source>no current weight</source>
        <translation>brak aktualnej masy ciała</translation>
    </message>
    <message>
        <source>earlier severe reaction</source>
        <translation>wcześniejszy ciężki odczyn</translation>
    </message>
    <message>
        <source>⚠ Warning:</source>
        <translation>⚠ Uwaga:</translation>
    </message>
    <message>
        <source>{mark} {name}: {text}</source>
        <translation>{mark} {name}: {text}</translation>
    </message>
    <message>
        <source>New infusion for {name}, MRN {mrn}, born {born}. Check the wristband.</source>
        <translation>Nowy wlew dla: {name}, MRN {mrn}, ur. {born}. Sprawdź opaskę identyfikacyjną.</translation>
    </message>
</context>
<context>
    <name>vital_levels_panel</name>
    <message>
        <source>Timed at or before the start: a baseline reading, not compared with the limits.</source>
        <translation>Pomiar o godzinie rozpoczęcia lub wcześniej: wartość wyjściowa, nieporównywana z limitami.</translation>
    </message>
    <message>
        <source>Saved whatever the level: an alert asks the ward to look at the child now.</source>
        <translation>Zapisywane niezależnie od poziomu: alarm oznacza, że trzeba teraz obejrzeć dziecko.</translation>
    </message>
    <message>
        <source> - limit {limits}</source>
        <translation> – limit {limits}</translation>
    </message>
</context>
<context>
    <name>vital_sign_names</name>
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
</context>
<context>
    <name>wording</name>
    <message>
        <source>female</source>
        <translation>dziewczynka</translation>
    </message>
    <message>
        <source>male</source>
        <translation>chłopiec</translation>
    </message>
    <message>
        <source>on label (registered / protocol)</source>
        <translation>zgodnie z ChPL (zarejestrowane / protokół)</translation>
    </message>
    <message>
        <source>off label</source>
        <translation>poza ChPL (off-label)</translation>
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
        <source>antipyretic</source>
        <translation>p/gorączkowy</translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation>NLPZ</translation>
    </message>
    <message>
        <source>antihistamine</source>
        <translation>p/histaminowy</translation>
    </message>
    <message>
        <source>glucocorticoid</source>
        <translation>GKS</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>rate reduced</source>
        <translation>zmniejszono szybkość</translation>
    </message>
    <message>
        <source>infusion paused</source>
        <translation>wlew wstrzymany</translation>
    </message>
    <message>
        <source>infusion stopped</source>
        <translation>wlew przerwany</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>leczono</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>ustąpił</translation>
    </message>
    <message>
        <source>resolving</source>
        <translation>ustępuje</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>trwa</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>zgon</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>jeszcze nieznany</translation>
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
        <source>hospital admission or a longer stay</source>
        <translation>hospitalizacja lub jej przedłużenie</translation>
    </message>
    <message>
        <source>lasting or significant disability</source>
        <translation>trwała lub znaczna niesprawność</translation>
    </message>
    <message>
        <source>congenital anomaly or birth defect</source>
        <translation>wada wrodzona</translation>
    </message>
    <message>
        <source>other medically important event</source>
        <translation>inne istotne zdarzenie medyczne</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobiście</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonicznie</translation>
    </message>
    <message>
        <source>no symptoms</source>
        <translation>bez objawów</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>objawy</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>brak kontaktu</translation>
    </message>
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
        <source>Review on the worklist once the child has been seen.</source>
        <translation>Przejrzyj na liście zadań po obejrzeniu dziecka.</translation>
    </message>
    <message>
        <source>Ward protocol: {}</source>
        <translation>Protokół oddziału: {}</translation>
    </message>
    <message>
        <source>Ward protocol: none entered (Settings &gt; Alerts)</source>
        <translation>Protokół oddziału: nie wprowadzono (Ustawienia &gt; Alarmy)</translation>
    </message>
    <message>
        <source>✓ within limits</source>
        <translation>✓ w normie</translation>
    </message>
    <message>
        <source>◔ watch</source>
        <translation>◔ obserwuj</translation>
    </message>
    <message>
        <source>no rate limits: ward ceiling only</source>
        <translation>brak limitów szybkości: tylko limit oddziału</translation>
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
        <source>about {given} mL of {prescribed} mL ({percent} %)</source>
        <translation>ok. {given} mL z {prescribed} mL ({percent} %)</translation>
    </message>
    <message>
        <source>Given {given} so far · about {left} mL left</source>
        <translation>Dotąd podano {given} · pozostało ok. {left} mL</translation>
    </message>
    <message>
        <source>{progress} · no rate recorded yet</source>
        <translation>{progress} · nie zapisano jeszcze szybkości</translation>
    </message>
    <message>
        <source>{progress} · the recorded rates add up to more than the prescribed volume: if the pump has stopped, record the end</source>
        <translation>{progress} · zapisane szybkości dają więcej niż zlecona objętość: jeśli pompa się zatrzymała, zapisz zakończenie</translation>
    </message>
    <message>
        <source>{progress} · the prescribed volume has been given by the recorded rates</source>
        <translation>{progress} · według zapisanych szybkości podano zleconą objętość</translation>
    </message>
    <message>
        <source>{progress} · paused: no expected end until a rate is set</source>
        <translation>{progress} · przerwa: brak przewidywanego końca do czasu ustawienia szybkości</translation>
    </message>
    <message>
        <source>{progress} · expected end {end} at {rate} mL/h</source>
        <translation>{progress} · przewidywany koniec {end} przy {rate} mL/h</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Zakończony:</translation>
    </message>
    <message>
        <source>{lead} given {given} by the recorded rate steps</source>
        <translation>{lead} według zapisanych zmian szybkości podano {given}</translation>
    </message>
    <message>
        <source>; about {left} mL of the prescribed volume not given</source>
        <translation>; nie podano ok. {left} mL zleconej objętości</translation>
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
    <message>
        <source>Infusion in err&amp;or…</source>
        <translation>Wlew &amp;błędny…</translation>
    </message>
    <message>
        <source>The whole infusion was entered in error (wrong patient, or started by mistake): it leaves the record but stays in its history. To correct its details, mark it and start it again.</source>
        <translation>Cały wlew wprowadzono błędnie (niewłaściwy pacjent lub rozpoczęty przez pomyłkę): znika z dokumentacji, ale zostaje w jej historii. Aby poprawić jego dane, oznacz go i rozpocznij ponownie.</translation>
    </message>
    <message>
        <source>⚠ Warning: this check is due {due} (from {due_from}); recorded at {done} it is early, and symptoms may not have begun yet. Tick the box to record it now.</source>
        <translation>⚠ Ostrzeżenie: termin tej kontroli to {due} (od {due_from}); zapisana o {done} jest przedwczesna i objawy mogły się jeszcze nie pojawić. Zaznacz pole, aby zapisać ją teraz.</translation>
    </message>
    <message>
        <source>{term} grade {grade}</source>
        <translation>{term}, stopień {grade}</translation>
    </message>
    <message>
        <source>✓ Saved: check +{offset} h of {patient}, {found}, done {done}.</source>
        <translation>✓ Zapisano: kontrola +{offset} h – {patient}, {found}, wykonana {done}.</translation>
    </message>
</context>
</TS>
