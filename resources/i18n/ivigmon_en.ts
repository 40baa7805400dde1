<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgeWords</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message numerus="yes">
        <source>%n infusion(s)</source>
        <translation>
            <numerusform>%n infusion</numerusform>
            <numerusform>%n infusions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n day(s) {hours} h</source>
        <translation>
            <numerusform>%n day {hours} h</numerusform>
            <numerusform>%n days {hours} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarlierReactionsBox</name>
    <message numerus="yes">
        <source>and %n more (milder or older): see Adverse events</source>
        <translation>
            <numerusform>and %n more (milder or older): see Adverse events</numerusform>
            <numerusform>and %n more (milder or older): see Adverse events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverWords</name>
    <message numerus="yes">
        <source>%n infusing now</source>
        <translation>
            <numerusform>%n infusing now</numerusform>
            <numerusform>%n infusing now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) ({urgent} urgent)</source>
        <translation>
            <numerusform>%n open alert ({urgent} urgent)</numerusform>
            <numerusform>%n open alerts ({urgent} urgent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-risk patient(s)</source>
        <translation>
            <numerusform>%n high-risk patient</numerusform>
            <numerusform>%n high-risk patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open check(s) due later (see the worklist).</source>
        <translation>
            <numerusform>%n more open check is due later (see the worklist).</numerusform>
            <numerusform>%n more open checks are due later (see the worklist).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ open alert(s): %n</source>
        <translation>
            <numerusform>▲ open alert: %n</numerusform>
            <numerusform>▲ open alerts: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n check(s) overdue</source>
        <translation>
            <numerusform>%n check overdue</numerusform>
            <numerusform>%n checks overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n due now</numerusform>
            <numerusform>%n due now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n upcoming</numerusform>
            <numerusform>%n upcoming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n open alert(s)</source>
        <translation>
            <numerusform>▲ %n open alert</numerusform>
            <numerusform>▲ %n open alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n urgent)</source>
        <translation>
            <numerusform>(%n urgent)</numerusform>
            <numerusform>(%n urgent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonCounts</name>
    <message numerus="yes">
        <source>and %n more step(s)</source>
        <translation>
            <numerusform>and %n more step</numerusform>
            <numerusform>and %n more steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n patient(s)</source>
        <translation>
            <numerusform>of %n patient</numerusform>
            <numerusform>of %n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infusion(s)</source>
        <translation>
            <numerusform>%n infusion</numerusform>
            <numerusform>%n infusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adverse event(s)</source>
        <translation>
            <numerusform>%n adverse event</numerusform>
            <numerusform>%n adverse events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n reviewed</numerusform>
            <numerusform>%n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more name(s) (the audit trail keeps them all)</source>
        <translation>
            <numerusform>and %n more name (the audit trail keeps them all)</numerusform>
            <numerusform>and %n more names (the audit trail keeps them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a row</source>
        <translation>
            <numerusform>%n in a row</numerusform>
            <numerusform>%n in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to {file}</source>
        <translation>
            <numerusform>Exported %n line to {file}</numerusform>
            <numerusform>Exported %n lines to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>Saved: the screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Saved: the screen locks after %n minute without use.</numerusform>
            <numerusform>Saved: the screen locks after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInCountdown</name>
    <message numerus="yes">
        <source>Wait %n s before the next try.</source>
        <translation>
            <numerusform>Wait %n s before the next try.</numerusform>
            <numerusform>Wait %n s before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) before this infusion starts</source>
        <translation>
            <numerusform>%n warning before this infusion starts</numerusform>
            <numerusform>%n warnings before this infusion starts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) match: choose one with ↓ and Enter, or type the full MRN.</source>
        <translation>
            <numerusform>%n patient matches: choose one with ↓ and Enter, or type the full MRN.</numerusform>
            <numerusform>%n patients match: choose one with ↓ and Enter, or type the full MRN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mark} last weight {kg} kg, %n day(s) ago: weigh the child</source>
        <translation>
            <numerusform>{mark} last weight {kg} kg, %n day ago: weigh the child</numerusform>
            <numerusform>{mark} last weight {kg} kg, %n days ago: weigh the child</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message numerus="yes">
        <source>%n check(s) overdue</source>
        <translation>
            <numerusform>%n check overdue</numerusform>
            <numerusform>%n checks overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n due now</numerusform>
            <numerusform>%n due now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n upcoming</numerusform>
            <numerusform>%n upcoming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgent</numerusform>
            <numerusform>%n urgent</numerusform>
        </translation>
    </message>
</context>
</TS>
