<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertView</name>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) resolved.</source>
        <translation>
            <numerusform>%n alert resolved.</numerusform>
            <numerusform>%n alerts resolved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) dismissed.</source>
        <translation>
            <numerusform>%n alert dismissed.</numerusform>
            <numerusform>%n alerts dismissed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message numerus="yes">
        <source>Broken %n time(s)</source>
        <translation>
            <numerusform>Broken %n time</numerusform>
            <numerusform>Broken %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), weighted cost %1</source>
        <translation>
            <numerusform>%n time, weighted cost %1</numerusform>
            <numerusform>%n times, weighted cost %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeAlertStatus</name>
    <message numerus="yes">
        <source>Resolve %n alert(s)</source>
        <translation>
            <numerusform>Resolve %n alert</numerusform>
            <numerusform>Resolve %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n alert(s)</source>
        <translation>
            <numerusform>Dismiss %n alert</numerusform>
            <numerusform>Dismiss %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message numerus="yes">
        <source>%1 on %2: %n on, no minimum</source>
        <translation>
            <numerusform>%1 on %2: %n on, no minimum</numerusform>
            <numerusform>%1 on %2: %n on, no minimum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteClinician</name>
    <message numerus="yes">
        <source>%n shifts</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leave requests</source>
        <translation>
            <numerusform>%n leave request</numerusform>
            <numerusform>%n leave requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeating shifts</source>
        <translation>
            <numerusform>%n repeating shift</numerusform>
            <numerusform>%n repeating shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n swap requests</source>
        <translation>
            <numerusform>%n swap request</numerusform>
            <numerusform>%n swap requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message numerus="yes">
        <source>All %n day(s) meet the minimum.</source>
        <translation>
            <numerusform>All %n day meet the minimum.</numerusform>
            <numerusform>All %n days meet the minimum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the minimum on %n of %1 days.</source>
        <translation>
            <numerusform>Below the minimum on %n of %1 days.</numerusform>
            <numerusform>Below the minimum on %n of %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message numerus="yes">
        <source>written: %n shift change(s) as one edit; alerts brought up to date</source>
        <translation>
            <numerusform>written: %n shift change as one edit; alerts brought up to date</numerusform>
            <numerusform>written: %n shift changes as one edit; alerts brought up to date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message numerus="yes">
        <source>%n shift(s) added</source>
        <translation>
            <numerusform>%n shift added</numerusform>
            <numerusform>%n shifts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: this rota still breaks %n hard rule(s) (see Cost). Accepting it leaves those problems on the rota for you to resolve.</source>
        <translation>
            <numerusform>Warning: this rota still breaks %n hard rule (see Cost). Accepting it leaves those problems on the rota for you to resolve.</numerusform>
            <numerusform>Warning: this rota still breaks %n hard rules (see Cost). Accepting it leaves those problems on the rota for you to resolve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridEdits</name>
    <message numerus="yes">
        <source>Copy %n shift(s)</source>
        <translation>
            <numerusform>Copy %n shift</numerusform>
            <numerusform>Copy %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n shift(s)</source>
        <translation>
            <numerusform>Move %n shift</numerusform>
            <numerusform>Move %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shift(s)</source>
        <translation>
            <numerusform>Delete %n shift</numerusform>
            <numerusform>Delete %n shifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message numerus="yes">
        <source>%n active member(s), at most %1 off at once</source>
        <translation>
            <numerusform>%n active member, at most %1 off at once</numerusform>
            <numerusform>%n active members, at most %1 off at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message numerus="yes">
        <source>Show %n day(s) from the first day</source>
        <translation>
            <numerusform>Show %n day from the first day</numerusform>
            <numerusform>Show %n days from the first day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people over %1 days. Select cells (drag, Shift+click, or click a name or day) to total them; double-click a day to open it in the rota.</source>
        <translation>
            <numerusform>%n person over %1 days. Select cells (drag, Shift+click, or click a name or day) to total them; double-click a day to open it in the rota.</numerusform>
            <numerusform>%n people over %1 days. Select cells (drag, Shift+click, or click a name or day) to total them; double-click a day to open it in the rota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n day(s) × %1 team(s) (%2 people)</source>
        <translation>
            <numerusform>Selected %n day × %1 team(s) (%2 people)</numerusform>
            <numerusform>Selected %n days × %1 team(s) (%2 people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n day(s) × %1 people</source>
        <translation>
            <numerusform>Selected %n day × %1 people</numerusform>
            <numerusform>Selected %n days × %1 people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; below what the rota needs on %n team-day(s)</source>
        <translation>
            <numerusform>; below what the rota needs on %n team-day</numerusform>
            <numerusform>; below what the rota needs on %n team-days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthDelegate</name>
    <message numerus="yes">
        <source>+%n</source>
        <comment>lines not shown</comment>
        <translation>
            <numerusform>+%n</numerusform>
            <numerusform>+%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>lines not shown</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%1: %2
%3 – %4 (%n day(s))</source>
        <comment>leave type: clinician, first and last day</comment>
        <translation>
            <numerusform>%1: %2
%3 – %4 (%n day)</numerusform>
            <numerusform>%1: %2
%3 – %4 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NrpChecker</name>
    <message numerus="yes">
        <source>Employee %1: %n shift(s) of type %2, at most %3 allowed</source>
        <translation>
            <numerusform>Employee %1: %n shift of type %2, at most %3 allowed</numerusform>
            <numerusform>Employee %1: %n shifts of type %2, at most %3 allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Employee %1, %2: %n consecutive shift(s), at most %3 allowed</source>
        <translation>
            <numerusform>Employee %1, %2: %n consecutive shift, at most %3 allowed</numerusform>
            <numerusform>Employee %1, %2: %n consecutive shifts, at most %3 allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Employee %1, %2: %n consecutive shift(s), at least %3 required</source>
        <translation>
            <numerusform>Employee %1, %2: %n consecutive shift, at least %3 required</numerusform>
            <numerusform>Employee %1, %2: %n consecutive shifts, at least %3 required</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Employee %1, %2: %n consecutive day(s) off, at least %3 required</source>
        <translation>
            <numerusform>Employee %1, %2: %n consecutive day off, at least %3 required</numerusform>
            <numerusform>Employee %1, %2: %n consecutive days off, at least %3 required</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Employee %1: %n working weekend(s), at most %2 allowed</source>
        <translation>
            <numerusform>Employee %1: %n working weekend, at most %2 allowed</numerusform>
            <numerusform>Employee %1: %n working weekends, at most %2 allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenShiftView</name>
    <message numerus="yes">
        <source>%n open shift(s)</source>
        <translation>
            <numerusform>%n open shift</numerusform>
            <numerusform>%n open shifts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportingPeriodDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotaBulkEdit</name>
    <message numerus="yes">
        <source>Renaming %n rota(s) to &quot;%1&quot; would give them all one name; write {name} where each rota&apos;s name goes.</source>
        <translation>
            <numerusform>Renaming %n rota to &quot;%1&quot; would give them all one name; write {name} where each rota&apos;s name goes.</numerusform>
            <numerusform>Renaming %n rotas to &quot;%1&quot; would give them all one name; write {name} where each rota&apos;s name goes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotaStatusView</name>
    <message numerus="yes">
        <source>Show %n day(s) from the first date</source>
        <translation>
            <numerusform>Show %n day from the first date</numerusform>
            <numerusform>Show %n days from the first date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotaView</name>
    <message numerus="yes">
        <source>Pin %n shift(s)</source>
        <translation>
            <numerusform>Pin %n shift</numerusform>
            <numerusform>Pin %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n shift(s)</source>
        <translation>
            <numerusform>Unpin %n shift</numerusform>
            <numerusform>Unpin %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n shift(s).</source>
        <translation>
            <numerusform>Copied %n shift.</numerusform>
            <numerusform>Copied %n shifts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotasView</name>
    <message numerus="yes">
        <source>%n rota(s) selected.</source>
        <translation>
            <numerusform>%n rota selected.</numerusform>
            <numerusform>%n rotas selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) fit no timeslot of the new pattern and stay as they were:</source>
        <translation>
            <numerusform>%n shift fits no timeslot of the new pattern and stays as it was:</numerusform>
            <numerusform>%n shifts fit no timeslot of the new pattern and stay as they were:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message numerus="yes">
        <source>The server limits how often RotaDesk may ask; %1 can be sent again in %n second(s).</source>
        <translation>
            <numerusform>The server limits how often RotaDesk may ask; %1 can be sent again in %n second.</numerusform>
            <numerusform>The server limits how often RotaDesk may ask; %1 can be sent again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out: the server sent nothing for %n second(s).</source>
        <translation>
            <numerusform>%1 timed out: the server sent nothing for %n second.</numerusform>
            <numerusform>%1 timed out: the server sent nothing for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftDetails</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours of a shift</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapCommand</name>
    <message numerus="yes">
        <source>Swap request %1 taken by %2: %n shift(s) moved.</source>
        <translation>
            <numerusform>Swap request %1 taken by %2: %n shift moved.</numerusform>
            <numerusform>Swap request %1 taken by %2: %n shifts moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapView</name>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n request shown</numerusform>
            <numerusform>%n requests shown</numerusform>
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
        <source>%n past due</source>
        <translation>
            <numerusform>%n past due</numerusform>
            <numerusform>%n past due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>all-day items not shown</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n on duty)</source>
        <translation>
            <numerusform>(%n on duty)</numerusform>
            <numerusform>(%n on duty)</numerusform>
        </translation>
    </message>
</context>
</TS>
