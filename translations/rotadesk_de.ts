<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>d MMM</source>
        <comment>date format: day and month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: day, month and year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>annual leave</source>
        <translation>Jahresurlaub</translation>
    </message>
    <message>
        <source>study leave</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>coroner&apos;s leave</source>
        <translation>Gerichtstermin</translation>
    </message>
    <message>
        <source>requested time off</source>
        <translation>Wunschfrei</translation>
    </message>
    <message>
        <source>sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>parental leave</source>
        <translation>Elternzeit</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>clinician %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>shift type code and date</comment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>date range</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Leave request %1 (%2 for %3, %4)</source>
        <translation>Abwesenheitsantrag %1 (%2 für %3, %4)</translation>
    </message>
    <message>
        <source>%1 has no annual leave entitlement in the leave year %2.</source>
        <translation>%1 hat im Urlaubsjahr %2 keinen Jahresurlaubsanspruch.</translation>
    </message>
    <message>
        <source>Needs %1 weeks; no annual leave remains in the leave year %2.</source>
        <translation>Benötigt %1 Wochen; im Urlaubsjahr %2 ist kein Jahresurlaub mehr übrig.</translation>
    </message>
    <message>
        <source>Needs %1 weeks; %2 weeks remain in the leave year %3.</source>
        <translation>Benötigt %1 Wochen; im Urlaubsjahr %3 sind noch %2 Wochen übrig.</translation>
    </message>
    <message>
        <source>There is no leave request %1.</source>
        <translation>Es gibt keinen Abwesenheitsantrag %1.</translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <source>Coverage below minimum</source>
        <translation>Mindestbesetzung unterschritten</translation>
    </message>
    <message>
        <source>Rest under 11 hours</source>
        <translation>Ruhezeit unter 11 Stunden</translation>
    </message>
    <message>
        <source>Working while on leave</source>
        <translation>Dienst während einer Abwesenheit</translation>
    </message>
    <message>
        <source>Working on a cannot-work day</source>
        <translation>Dienst an einem Sperrtag</translation>
    </message>
    <message>
        <source>Must-work day not worked</source>
        <translation>Pflichtdiensttag ohne Dienst</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>Doppelt eingeplant</translation>
    </message>
    <message>
        <source>Too many consecutive nights</source>
        <translation>Zu viele Nachtdienste in Folge</translation>
    </message>
    <message>
        <source>Weekly hours beyond FTE share</source>
        <translation>Wochenstunden über dem Stellenanteil</translation>
    </message>
    <message>
        <source>Leave quota exceeded</source>
        <translation>Urlaubsanspruch überschritten</translation>
    </message>
    <message>
        <source>An alert needs a type, such as coverage_below_minimum.</source>
        <translation>Eine Warnung braucht einen Typ, z. B. coverage_below_minimum.</translation>
    </message>
    <message>
        <source>An alert needs a message.</source>
        <translation>Eine Warnung braucht einen Text.</translation>
    </message>
    <message>
        <source>An alert needs the date it is about.</source>
        <translation>Eine Warnung braucht das Datum, auf das sie sich bezieht.</translation>
    </message>
    <message>
        <source>The clinician reference %1 is not a valid id.</source>
        <translation>Die Mitarbeiter-Referenz %1 ist keine gültige ID.</translation>
    </message>
    <message>
        <source>A resolved or dismissed alert records when that happened.</source>
        <translation>Eine erledigte oder verworfene Warnung braucht den Zeitpunkt, zu dem das geschah.</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AlertRefresher</name>
    <message>
        <source>The alerts could not be brought up to date: %1</source>
        <translation>Die Warnungen konnten nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>AlertView</name>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Check Period…</source>
        <translation>Zeitraum &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check the rules for a period and bring its alerts up to date</source>
        <translation>Die Regeln für einen Zeitraum prüfen und seine Warnungen aktualisieren</translation>
    </message>
    <message>
        <source>Mark the selected alerts as resolved</source>
        <translation>Die ausgewählten Warnungen als erledigt markieren</translation>
    </message>
    <message>
        <source>Dismiss the selected alerts; the same finding is not raised again</source>
        <translation>Die ausgewählten Warnungen verwerfen; derselbe Befund wird nicht erneut gemeldet</translation>
    </message>
    <message>
        <source>The period could not be checked.</source>
        <translation>Der Zeitraum konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The period could not be checked: %1</source>
        <translation>Der Zeitraum konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Checked %1: %2, %3.</source>
        <translation>%1 geprüft: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n neue Warnung</numerusform>
            <numerusform>%n neue Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Period</source>
        <translation>Zeitraum prüfen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The alerts could not be resolved.</source>
        <translation>Die Warnungen konnten nicht erledigt werden.</translation>
    </message>
    <message>
        <source>The alerts could not be dismissed.</source>
        <translation>Die Warnungen konnten nicht verworfen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) resolved.</source>
        <translation>
            <numerusform>%n Warnung erledigt.</numerusform>
            <numerusform>%n Warnungen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) dismissed.</source>
        <translation>
            <numerusform>%n Warnung verworfen.</numerusform>
            <numerusform>%n Warnungen verworfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityGrid</name>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
</context>
<context>
    <name>BankHolidays</name>
    <message>
        <source>%1 (substitute day)</source>
        <translation>%1 (Ersatzfeiertag)</translation>
    </message>
    <message>
        <source>New Year’s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>2nd January</source>
        <translation>2. Januar</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Karfreitag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Ostermontag</translation>
    </message>
    <message>
        <source>St Patrick’s Day</source>
        <translation>St. Patrick’s Day</translation>
    </message>
    <message>
        <source>Battle of the Boyne (Orangemen’s Day)</source>
        <translation>Schlacht am Boyne (Orangemen’s Day)</translation>
    </message>
    <message>
        <source>Early May bank holiday (VE day)</source>
        <translation>Feiertag Anfang Mai (VE Day)</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Feiertag Anfang Mai</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Frühlingsfeiertag</translation>
    </message>
    <message>
        <source>Queen’s Diamond Jubilee</source>
        <translation>Diamantenes Thronjubiläum der Queen</translation>
    </message>
    <message>
        <source>Platinum Jubilee bank holiday</source>
        <translation>Feiertag zum Platinjubiläum der Queen</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Sommerfeiertag</translation>
    </message>
    <message>
        <source>St Andrew’s Day</source>
        <translation>Andreastag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>1. Weihnachtstag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. Weihnachtstag</translation>
    </message>
    <message>
        <source>Royal wedding</source>
        <translation>Königliche Hochzeit</translation>
    </message>
    <message>
        <source>Bank holiday for the State Funeral of Queen Elizabeth II</source>
        <translation>Feiertag zum Staatsbegräbnis von Königin Elisabeth II.</translation>
    </message>
    <message>
        <source>Bank holiday for the coronation of King Charles III</source>
        <translation>Feiertag zur Krönung von König Charles III.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Worse (+%1)</source>
        <translation>Schlechter (+%1)</translation>
    </message>
    <message>
        <source>Better (−%1)</source>
        <translation>Besser (−%1)</translation>
    </message>
    <message>
        <source>Hard rule</source>
        <translation>Feste Regel</translation>
    </message>
    <message>
        <source>Soft goal</source>
        <translation>Weiches Ziel</translation>
    </message>
    <message numerus="yes">
        <source>Broken %n time(s)</source>
        <translation>
            <numerusform>%n-mal verletzt</numerusform>
            <numerusform>%n-mal verletzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), weighted cost %1</source>
        <translation>
            <numerusform>%n-mal, gewichtete Kosten %1</numerusform>
            <numerusform>%n-mal, gewichtete Kosten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Conflict (hover for details)</source>
        <translation>Konflikt (für Details mit der Maus darauf zeigen)</translation>
    </message>
    <message>
        <source>Cannot work (working terms)</source>
        <translation>Nicht einsetzbar (Arbeitszeitmodell)</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Wochenende</translation>
    </message>
    <message>
        <source>Bank holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Swap requested, still open</source>
        <translation>Tausch angefragt, noch offen</translation>
    </message>
</context>
<context>
    <name>CalendarPalette</name>
    <message>
        <source>Annual leave</source>
        <translation>Jahresurlaub</translation>
    </message>
    <message>
        <source>Study leave</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>Coroner&apos;s leave</source>
        <translation>Gerichtstermin</translation>
    </message>
    <message>
        <source>Requested off</source>
        <translation>Wunschfrei</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Elternzeit</translation>
    </message>
    <message>
        <source>AL</source>
        <comment>annual leave, short</comment>
        <translation>JU</translation>
    </message>
    <message>
        <source>SL</source>
        <comment>study leave, short</comment>
        <translation>FB</translation>
    </message>
    <message>
        <source>CL</source>
        <comment>coroner&apos;s leave, short</comment>
        <translation>GT</translation>
    </message>
    <message>
        <source>RO</source>
        <comment>requested off, short</comment>
        <translation>WF</translation>
    </message>
    <message>
        <source>SK</source>
        <comment>sick leave, short</comment>
        <translation>KR</translation>
    </message>
    <message>
        <source>PL</source>
        <comment>parental leave, short</comment>
        <translation>EZ</translation>
    </message>
</context>
<context>
    <name>ChangeAlertStatus</name>
    <message numerus="yes">
        <source>Resolve %n alert(s)</source>
        <translation>
            <numerusform>%n Warnung erledigen</numerusform>
            <numerusform>%n Warnungen erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n alert(s)</source>
        <translation>
            <numerusform>%n Warnung verwerfen</numerusform>
            <numerusform>%n Warnungen verwerfen</numerusform>
        </translation>
    </message>
    <message>
        <source>An alert can only be resolved or dismissed.</source>
        <translation>Eine Warnung kann nur erledigt oder verworfen werden.</translation>
    </message>
    <message>
        <source>Alert %1 no longer exists.</source>
        <translation>Die Warnung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>ChangeClinician</name>
    <message>
        <source>The clinician %1 no longer exists.</source>
        <translation>Der Mitarbeiter %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>ChangeShifts</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>ChangeWorkingTerm</name>
    <message>
        <source>The working term %1 no longer exists.</source>
        <translation>Das Arbeitszeitmodell %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>CheckRulesCommand</name>
    <message>
        <source>Checks the rota of a date range (both days included) against the rules: cover below the minimum, work on leave or on a cannot-work day, must-work days without a shift, double bookings, rest under 11 hours, too many nights in a row, weekly hours beyond the FTE share and annual leave beyond the entitlement. Prints one line per finding (date, severity, type, message) or a JSON array of alerts. Exits 0 when nothing is found, 1 when something is.</source>
        <translation>Prüft den Dienstplan eines Zeitraums (beide Tage eingeschlossen) anhand der Regeln: Besetzung unter der Mindestbesetzung, Dienst während einer Abwesenheit oder an einem Sperrtag, Pflichtdiensttage ohne Schicht, Doppelbuchungen, Ruhezeit unter 11 Stunden, zu viele Nachtdienste in Folge, Wochenstunden über dem Stellenanteil und Jahresurlaub über dem Anspruch. Gibt pro Befund eine Zeile aus (Datum, Schweregrad, Typ, Meldung) oder ein JSON-Array von Warnungen. Endet mit 0, wenn nichts gefunden wird, und mit 1, wenn etwas gefunden wird.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>First day of the range.</source>
        <translation>Erster Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Last day of the range.</source>
        <translation>Letzter Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Also bring the stored alerts of the range in line: raise new findings, resolve alerts no longer found (dismissed ones are not raised again), and report the counts.</source>
        <translation>Außerdem die gespeicherten Warnungen des Zeitraums abgleichen: neue Befunde als Warnungen anlegen, nicht mehr gefundene Warnungen erledigen (verworfene werden nicht erneut angelegt) und die Anzahlen ausgeben.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>%1: --%2 is required.</source>
        <translation>%1: --%2 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: --%2 &quot;%3&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>%1: --%2 „%3“ ist kein Datum; verwenden Sie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: --from %2 is after --to %3.</source>
        <translation>%1: --from %2 liegt nach --to %3.</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; use text or json.</source>
        <translation>%1: unbekanntes Format „%2“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>Alerts stored: %1 new, %2 resolved, %3 updated, %4 unchanged.</source>
        <translation>Gespeicherte Warnungen: %1 neu, %2 erledigt, %3 aktualisiert, %4 unverändert.</translation>
    </message>
</context>
<context>
    <name>ClaimCommand</name>
    <message>
        <source>Assigns the open shift carrying a claim code to the clinician quoting it, after the checks of a manual edit (leave, cannot-work days, double bookings, rest). The code may be typed in any case, with spaces or dashes.</source>
        <translation>Weist die offene Schicht mit einem Code dem Mitarbeiter zu, der ihn nennt, nach den Prüfungen einer Bearbeitung von Hand (Abwesenheit, Sperrtage, Doppelbelegung, Ruhezeit). Groß- und Kleinschreibung, Leerzeichen und Bindestriche im Code spielen keine Rolle.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The shift&apos;s claim code.</source>
        <translation>Der Code der Schicht.</translation>
    </message>
    <message>
        <source>The clinician claiming the shift.</source>
        <translation>Der Mitarbeiter, der die Schicht übernimmt.</translation>
    </message>
    <message>
        <source>%1: give the workspace file and the claim code.</source>
        <translation>%1: Arbeitsbereichsdatei und Code angeben.</translation>
    </message>
    <message>
        <source>%1: --clinician is required.</source>
        <translation>%1: --clinician ist erforderlich.</translation>
    </message>
    <message>
        <source>There is no clinician named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mitarbeiter namens „%1“.</translation>
    </message>
    <message>
        <source>%1 has claimed the shift on %2 (shift %3).</source>
        <translation>%1 hat die Schicht am %2 übernommen (Schicht %3).</translation>
    </message>
</context>
<context>
    <name>Clinician</name>
    <message>
        <source>A clinician needs a name.</source>
        <translation>Ein Mitarbeiter braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address of the form name@example.org.</source>
        <translation>„%1“ ist keine E-Mail-Adresse der Form name@example.org.</translation>
    </message>
</context>
<context>
    <name>ClinicianCsvImporter</name>
    <message>
        <source>&quot;%1&quot; is not a valid active value; use 1 or nothing for active, 0 for not active.</source>
        <translation>„%1“ ist kein gültiger Wert für active; verwenden Sie 1 oder nichts für aktiv, 0 für nicht aktiv.</translation>
    </message>
    <message>
        <source>The clinician &quot;%1&quot; is already on line %2 of this file.</source>
        <translation>Der Mitarbeiter „%1“ steht bereits in Zeile %2 dieser Datei.</translation>
    </message>
    <message>
        <source>A clinician named &quot;%1&quot; is already in the workspace.</source>
        <translation>Ein Mitarbeiter namens „%1“ ist bereits im Arbeitsbereich vorhanden.</translation>
    </message>
</context>
<context>
    <name>ClinicianDetails</name>
    <message>
        <source>New &amp;term…</source>
        <translation>Neues Arbeitszeit&amp;modell…</translation>
    </message>
    <message>
        <source>Edit te&amp;rm…</source>
        <translation>Arbeitszeitmodell bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Delete ter&amp;m</source>
        <translation>Arbeitszeitmodell lösc&amp;hen</translation>
    </message>
    <message>
        <source>Completed shifts:</source>
        <translation>Erledigte Schichten:</translation>
    </message>
    <message>
        <source>Scheduled shifts:</source>
        <translation>Geplante Schichten:</translation>
    </message>
    <message>
        <source>Total shifts:</source>
        <translation>Schichten gesamt:</translation>
    </message>
    <message>
        <source>Duty deficiency:</source>
        <translation>Dienstrückstand:</translation>
    </message>
    <message>
        <source>Leave remaining:</source>
        <translation>Resturlaub:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Duty shifts behind this clinician&apos;s FTE share of the department&apos;s duty so far this leave year</source>
        <translation>Dienste, die diesem Mitarbeiter im bisherigen Urlaubsjahr gegenüber seinem Stellenanteil an den Diensten der Abteilung fehlen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working terms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Arbeitszeitmodelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No clinician selected</source>
        <translation>Kein Mitarbeiter ausgewählt</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>%1 shifts</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1, open-ended</source>
        <translation>seit %1, ohne Enddatum</translation>
    </message>
    <message>
        <source>Current (in bold): %1, %2 % FTE, %3</source>
        <translation>Aktuell (fett): %1, %2 % Stellenanteil, %3</translation>
    </message>
    <message>
        <source>No working term is in effect today.</source>
        <translation>Heute gilt kein Arbeitszeitmodell.</translation>
    </message>
    <message>
        <source>New working term</source>
        <translation>Neues Arbeitszeitmodell</translation>
    </message>
    <message>
        <source>Edit working term</source>
        <translation>Arbeitszeitmodell bearbeiten</translation>
    </message>
    <message>
        <source>Delete working term %1</source>
        <translation>Arbeitszeitmodell %1 löschen</translation>
    </message>
    <message>
        <source>Shifts worked in the last 12 months</source>
        <translation>Geleistete Schichten der letzten 12 Monate</translation>
    </message>
    <message>
        <source>Shifts and nights worked per month, last 12 months</source>
        <translation>Geleistete Schichten und Nächte pro Monat, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Shifts worked</source>
        <translation>Geleistete Schichten</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>%1: %2 shifts (%3 h), %4 nights, %5 at weekends, %6 days of leave</source>
        <translation>%1: %2 Schichten (%3 h), %4 Nächte, %5 am Wochenende, %6 Abwesenheitstage</translation>
    </message>
</context>
<context>
    <name>ClinicianDialog</name>
    <message>
        <source>&amp;Active: on the rota (off for people who have left; their history stays)</source>
        <translation>&amp;Aktiv: im Dienstplan (aus für ausgeschiedene Mitarbeiter; ihre Historie bleibt erhalten)</translation>
    </message>
    <message>
        <source>New Clinician</source>
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <source>Edit Clinician</source>
        <translation>Mitarbeiter bearbeiten</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>e.g. Consultant, Registrar, Nurse</source>
        <translation>z. B. Oberarzt, Assistenzarzt, Pflegekraft</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>ClinicianTableModel</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>On the rota</source>
        <translation>Im Dienstplan</translation>
    </message>
    <message>
        <source>No longer on the rota; kept for the history</source>
        <translation>Nicht mehr im Dienstplan; für die Historie aufbewahrt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Put %1 back on the rota</source>
        <translation>%1 wieder in den Dienstplan aufnehmen</translation>
    </message>
    <message>
        <source>Take %1 off the rota</source>
        <translation>%1 aus dem Dienstplan nehmen</translation>
    </message>
</context>
<context>
    <name>ClinicianView</name>
    <message>
        <source>Part of a name</source>
        <translation>Teil eines Namens</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>%1 Their history stays on the rota, so they cannot be deleted; deactivate them instead?</source>
        <translation>%1 Die Historie bleibt im Dienstplan erhalten, daher kann der Mitarbeiter nicht gelöscht werden. Stattdessen deaktivieren?</translation>
    </message>
    <message>
        <source>%1 Their history stays on the rota, so they cannot be deleted.</source>
        <translation>%1 Die Historie bleibt im Dienstplan erhalten, daher kann der Mitarbeiter nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Try &quot;%1 --help&quot;.</source>
        <translation>Versuchen Sie „%1 --help“.</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options] [arguments]

Works on RotaDesk workspace files (.rota) without the graphical interface.

Commands:
  init FILE                    Create a new, empty workspace.
  demo FILE                    Create a workspace holding a demo department.
  info FILE                    Show what a workspace holds (--format text|json).
  check FILE                   Check the file&apos;s integrity and every record.
  import shifts FILE CSV       Import shifts from a CSV file.
  import clinicians FILE CSV   Import clinicians from a CSV file.
  export shifts FILE           Write the shifts of a date range as CSV or JSON.
  export ics FILE              Write the shifts of a date range as an iCalendar file.
  print FILE                   Write the rota of a date range as a PDF file.
  rota list FILE               List the rotas (--archived includes archived ones).
  rota status FILE             How well the rotas&apos; timeslots are filled, day by day, as JSON.
  swap create FILE             Ask for a shift or a time range to be taken; also take, delete, list.
  claim FILE CODE              Assign the open shift with this claim code (--clinician NAME).
  check-rules FILE             Check the rota of a date range against the rules (--store keeps alerts).
  generate FILE                Plan the rota of a date range for some teams (--rebalance changes
                               as few shifts as it can; --dry-run writes nothing).
  leave-quota FILE             Show the annual leave quotas of a leave year (--format json|csv).
  leave request FILE           Request leave (checked against the quota); also approve, deny,
                               cancel and list.
  stats FILE REPORT            Staffing forecast, workload report or availability of a date range
                               (REPORT: forecast, workload or availability; --format json|csv).
  link FILE                    Link the workspace to a rota server (--server URL --user U).
  sync FILE                    Sync the workspace with its rota server (--password-stdin).
  nrp solve INSTANCE           Solve a shift scheduling benchmark instance (Curtois &amp; Qu format).

Options:
  -h, --help                   Show this help; &quot;%1 &lt;command&gt; --help&quot; for a command.
  -v, --version                Show the version.

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Aufruf: %1 &lt;command&gt; [options] [arguments]

Bearbeitet RotaDesk-Arbeitsbereichsdateien (.rota) ohne grafische Oberfläche.

Befehle:
  init FILE                    Einen neuen, leeren Arbeitsbereich anlegen.
  demo FILE                    Einen Arbeitsbereich mit einer Demo-Abteilung anlegen.
  info FILE                    Zeigen, was ein Arbeitsbereich enthält (--format text|json).
  check FILE                   Die Integrität der Datei und jeden Datensatz prüfen.
  import shifts FILE CSV       Schichten aus einer CSV-Datei importieren.
  import clinicians FILE CSV   Mitarbeiter aus einer CSV-Datei importieren.
  export shifts FILE           Die Schichten eines Zeitraums als CSV oder JSON ausgeben.
  export ics FILE              Die Schichten eines Zeitraums als iCalendar-Datei ausgeben.
  print FILE                   Den Dienstplan eines Zeitraums als PDF-Datei schreiben.
  rota list FILE               Die Dienstpläne auflisten (--archived mit archivierten).
  rota status FILE             Wie gut die Zeitfenster der Dienstpläne besetzt sind, Tag für Tag, als JSON.
  swap create FILE             Um die Übernahme einer Schicht oder eines Zeitraums bitten; außerdem take, delete, list.
  claim FILE CODE              Die offene Schicht mit diesem Code zuweisen (--clinician NAME).
  check-rules FILE             Den Dienstplan eines Zeitraums anhand der Regeln prüfen (--store speichert Warnungen).
  generate FILE                Den Dienstplan eines Zeitraums für Teams planen (--rebalance ändert so
                               wenige Schichten wie möglich; --dry-run schreibt nichts).
  leave-quota FILE             Die Urlaubsansprüche eines Urlaubsjahres zeigen (--format json|csv).
  leave request FILE           Abwesenheit beantragen (gegen den Urlaubsanspruch geprüft); außerdem approve, deny,
                               cancel und list.
  stats FILE REPORT            Besetzungsprognose, Auslastungsbericht oder Verfügbarkeit eines Zeitraums
                               (REPORT: forecast, workload oder availability; --format json|csv).
  link FILE                    Den Arbeitsbereich mit einem Dienstplan-Server verknüpfen (--server URL --user U).
  sync FILE                    Den Arbeitsbereich mit seinem Dienstplan-Server synchronisieren (--password-stdin).
  nrp solve INSTANCE           Eine Benchmark-Instanz der Schichtplanung lösen (Format von Curtois &amp; Qu).

Optionen:
  -h, --help                   Diese Hilfe zeigen; „%1 &lt;command&gt; --help“ für einen Befehl.
  -v, --version                Die Version zeigen.

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>%1: missing %2.</source>
        <translation>%1: %2 fehlt.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1: unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.</source>
        <translation>Versuchen Sie „%1 %2 --help“.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>d MMM</source>
        <comment>date format: day and month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: day, month and year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format: weekday, day and month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time format</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <comment>date format: weekday, day, month and time</comment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>annual leave</source>
        <translation>Jahresurlaub</translation>
    </message>
    <message>
        <source>study leave</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>coroner&apos;s leave</source>
        <translation>Gerichtstermin</translation>
    </message>
    <message>
        <source>requested time off</source>
        <translation>Wunschfrei</translation>
    </message>
    <message>
        <source>sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>parental leave</source>
        <translation>Elternzeit</translation>
    </message>
    <message>
        <source>On %1 on %2.</source>
        <translation>Am %2 abwesend (%1).</translation>
    </message>
    <message>
        <source>Awaiting a decision on %1 on %2.</source>
        <translation>Antrag für %2 noch nicht entschieden (%1).</translation>
    </message>
    <message>
        <source>On %1 from %2 to %3.</source>
        <translation>Vom %2 bis %3 abwesend (%1).</translation>
    </message>
    <message>
        <source>Awaiting a decision on %1 from %2 to %3.</source>
        <translation>Antrag für %2 bis %3 noch nicht entschieden (%1).</translation>
    </message>
    <message>
        <source>Cannot work on a %1 under the working terms from %2.</source>
        <translation>Laut Arbeitszeitmodell ab %2 an einem %1 nicht einsetzbar.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>shift type of a shift whose type is missing</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Already works %1 (all day) on %2.</source>
        <translation>Hat am %2 bereits Dienst: %1 (ganztägig).</translation>
    </message>
    <message>
        <source>Already works %1 (%2–%3) on %4.</source>
        <translation>Hat am %4 bereits Dienst: %1 (%2–%3).</translation>
    </message>
    <message>
        <source>Only %1 rest after the %2 shift ending %3 (%4 required).</source>
        <translation>Nur %1 Ruhezeit nach der Schicht %2 mit Ende %3 (%4 erforderlich).</translation>
    </message>
    <message>
        <source>Only %1 rest before the %2 shift starting %3 (%4 required).</source>
        <translation>Nur %1 Ruhezeit vor der Schicht %2 mit Beginn %3 (%4 erforderlich).</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>The workspace %1 cannot be opened.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ConstraintError</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>%1 mit der ID %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted because other records still refer to it (%2). Delete or change them first.</source>
        <translation>%1 kann nicht gelöscht werden, weil andere Datensätze noch darauf verweisen (%2). Löschen oder ändern Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Another %1 already has this %2.</source>
        <translation>Ein anderer Datensatz vom Typ %1 hat bereits diesen Wert für „%2“.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>The %1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message numerus="yes">
        <source>%1 on %2: %n on, no minimum</source>
        <translation>
            <numerusform>%1 am %2: %n Person eingeteilt, keine Mindestbesetzung</numerusform>
            <numerusform>%1 am %2: %n Personen eingeteilt, keine Mindestbesetzung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3 on, %4 required – %5 short</source>
        <translation>%1 am %2: %3 eingeteilt, %4 erforderlich – %5 zu wenig</translation>
    </message>
    <message>
        <source>%1 on %2: %3 on, %4 required</source>
        <translation>%1 am %2: %3 eingeteilt, %4 erforderlich</translation>
    </message>
    <message>
        <source>%1: at least %2 on weekdays and %3 at weekends</source>
        <translation>%1: mindestens %2 an Werktagen und %3 am Wochenende</translation>
    </message>
</context>
<context>
    <name>CreateClinician</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1), so the password for %2 is not kept and will be asked for in each session.</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar (%1); das Passwort für %2 wird daher nicht gespeichert und in jeder Sitzung abgefragt.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the password for %1 (%2).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf das Passwort für %1 verweigert (%2).</translation>
    </message>
    <message>
        <source>The password for %1 could not be removed from the system keychain (%2).</source>
        <translation>Das Passwort für %1 konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%2).</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>%1 could not be read to its end; nothing was imported.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 has no header line; its first line must name the columns (%2).</source>
        <translation>%1 hat keine Kopfzeile; die erste Zeile muss die Spalten benennen (%2).</translation>
    </message>
    <message>
        <source>%1 could not be imported because its header line is not valid CSV.</source>
        <translation>%1 konnte nicht importiert werden, weil die Kopfzeile kein gültiges CSV ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of this file; the columns are %2.</source>
        <translation>„%1“ ist keine Spalte dieser Datei; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile doppelt vor.</translation>
    </message>
    <message>
        <source>The header has no &quot;%1&quot; column, which is required.</source>
        <translation>Die Kopfzeile hat keine Spalte „%1“, die aber erforderlich ist.</translation>
    </message>
    <message>
        <source>%1 was not imported because of the problems in its header line.</source>
        <translation>%1 wurde wegen der Fehler in der Kopfzeile nicht importiert.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The quoted field that starts on this line is never closed: a closing quote (&quot;) is missing.</source>
        <translation>Das in dieser Zeile beginnende Feld in Anführungszeichen wird nie geschlossen: Ein schließendes Anführungszeichen (&quot;) fehlt.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Auf das schließende Anführungszeichen eines Felds in Anführungszeichen folgt noch Text; ein Anführungszeichen innerhalb eines solchen Felds wird doppelt geschrieben (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote (&quot;) appears inside a field that does not start with one; put the whole field in quotes and write the quote twice.</source>
        <translation>Ein Anführungszeichen (&quot;) steht in einem Feld, das nicht mit einem Anführungszeichen beginnt; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Anführungszeichen doppelt.</translation>
    </message>
</context>
<context>
    <name>DeleteClinician</name>
    <message>
        <source>1 shift</source>
        <translation>1 Schicht</translation>
    </message>
    <message numerus="yes">
        <source>%n shifts</source>
        <translation>
            <numerusform>%n Schicht</numerusform>
            <numerusform>%n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 leave request</source>
        <translation>1 Abwesenheitsantrag</translation>
    </message>
    <message numerus="yes">
        <source>%n leave requests</source>
        <translation>
            <numerusform>%n Abwesenheitsantrag</numerusform>
            <numerusform>%n Abwesenheitsanträge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 repeating shift</source>
        <translation>1 Schichtserie</translation>
    </message>
    <message numerus="yes">
        <source>%n repeating shifts</source>
        <translation>
            <numerusform>%n Schichtserie</numerusform>
            <numerusform>%n Schichtserien</numerusform>
        </translation>
    </message>
    <message>
        <source>1 swap request</source>
        <translation>1 Tauschanfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n swap requests</source>
        <translation>
            <numerusform>%n Tauschanfrage</numerusform>
            <numerusform>%n Tauschanfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 has %2.</source>
        <translation>%1 hat %2.</translation>
    </message>
    <message>
        <source>The clinician %1 no longer exists.</source>
        <translation>Der Mitarbeiter %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoAlertPlanner</name>
    <message>
        <source>%1 cover on %2 is below the minimum: %3 of %4 people.</source>
        <translation>Besetzung %1 am %2 unter der Mindestbesetzung: %3 von %4 Personen.</translation>
    </message>
    <message>
        <source>Minimum for %1 on this day: %2. Scheduled: %3. Missing: %4.</source>
        <translation>Mindestbesetzung für %1 an diesem Tag: %2. Eingeplant: %3. Fehlend: %4.</translation>
    </message>
    <message>
        <source>Rest before the shift on %1 is %2 h %3 min; at least 11 hours are required.</source>
        <translation>Die Ruhezeit vor der Schicht am %1 beträgt %2 Std. %3 Min.; mindestens 11 Stunden sind erforderlich.</translation>
    </message>
    <message>
        <source>The shift of %1 ended late after an overrun; the next shift started early.</source>
        <translation>Die Schicht vom %1 endete wegen Überzeit verspätet; die nächste Schicht begann früh.</translation>
    </message>
</context>
<context>
    <name>DemoDefinition</name>
    <message>
        <source>The demo definition %1 is invalid at %2: %3</source>
        <translation>Die Demo-Definition %1 ist an der Stelle %2 ungültig: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation>„%1“ muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list ISO weekdays from 1 to 7.</source>
        <translation>„%1“ muss ISO-Wochentage von 1 bis 7 auflisten.</translation>
    </message>
    <message>
        <source>unknown shift type &quot;%1&quot;.</source>
        <translation>unbekannte Schichtart „%1“.</translation>
    </message>
    <message>
        <source>the cover of &quot;%1&quot; must be a whole number of people.</source>
        <translation>die Besetzung von „%1“ muss eine ganze Zahl von Personen sein.</translation>
    </message>
    <message>
        <source>unknown working term type &quot;%1&quot;.</source>
        <translation>unbekannter Arbeitszeitmodell-Typ „%1“.</translation>
    </message>
    <message>
        <source>&quot;percentage&quot; must be above 0 and at most 100.</source>
        <translation>„percentage“ muss größer als 0 und höchstens 100 sein.</translation>
    </message>
    <message>
        <source>The demo definition %1 cannot be read: %2</source>
        <translation>Die Demo-Definition %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The demo definition %1 is not a JSON object: %2</source>
        <translation>Die Demo-Definition %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone.</source>
        <translation>„%1“ ist keine bekannte IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>at least one reason is needed.</source>
        <translation>mindestens ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>at least one description is needed.</source>
        <translation>mindestens eine Beschreibung ist erforderlich.</translation>
    </message>
    <message>
        <source>at least one shift type is needed.</source>
        <translation>mindestens eine Schichtart ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;years_in_post&quot; must be [lowest, highest].</source>
        <translation>„years_in_post“ muss [niedrigster, höchster] sein.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation>unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>&quot;change.after_days&quot; must be a positive number of days.</source>
        <translation>„change.after_days“ muss eine positive Anzahl von Tagen sein.</translation>
    </message>
    <message>
        <source>a team needs members.</source>
        <translation>ein Team braucht Mitglieder.</translation>
    </message>
    <message>
        <source>at least one team is needed.</source>
        <translation>mindestens ein Team ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo %1 is not valid: %2</source>
        <translation>Demo-Datensatz (%1) ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1 week</source>
        <translation>Wochenmuster %1</translation>
    </message>
    <message>
        <source>%1 rota</source>
        <translation>Dienstplan %1</translation>
    </message>
    <message>
        <source>Open shift: claim it with the code %1.</source>
        <translation>Offene Schicht: mit dem Code %1 übernehmen.</translation>
    </message>
    <message>
        <source>Swapped from %1.</source>
        <translation>Getauscht von %1.</translation>
    </message>
    <message>
        <source>The demo workspace needs a valid date for today.</source>
        <translation>Der Demo-Arbeitsbereich braucht ein gültiges heutiges Datum.</translation>
    </message>
    <message>
        <source>The workspace %1 already holds records; the demo department is only added to an empty workspace.</source>
        <translation>Der Arbeitsbereich %1 enthält bereits Datensätze; die Demo-Abteilung wird nur zu einem leeren Arbeitsbereich hinzugefügt.</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes the shifts whose date lies in a range (both days included) to standard output, as CSV or as JSON.</source>
        <translation>Schreibt die Schichten, deren Datum in einem Zeitraum liegt (beide Tage eingeschlossen), als CSV oder JSON auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>First day of the range.</source>
        <translation>Erster Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Last day of the range.</source>
        <translation>Letzter Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Ausgabeformat: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>export shifts: unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>export shifts: unbekanntes Format „%1“; verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Usage: %1 export shifts [options] FILE
       %1 export ics [options] FILE
Run &quot;%1 export shifts --help&quot; or &quot;%1 export ics --help&quot; for the options.
</source>
        <translation>Aufruf: %1 export shifts [options] FILE
        %1 export ics [options] FILE
Führen Sie „%1 export shifts --help“ oder „%1 export ics --help“ aus, um die Optionen zu sehen.
</translation>
    </message>
    <message>
        <source>export: say what to export: export shifts|ics FILE --from DATE --to DATE.</source>
        <translation>export: Geben Sie an, was exportiert werden soll: export shifts|ics FILE --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>export: cannot export &quot;%1&quot;; use shifts or ics.</source>
        <translation>export: „%1“ kann nicht exportiert werden; verwenden Sie shifts oder ics.</translation>
    </message>
    <message>
        <source>%1: --%2 is required.</source>
        <translation>%1: --%2 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: --%2 &quot;%3&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>%1: --%2 „%3“ ist kein Datum; verwenden Sie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: --from %2 is after --to %3.</source>
        <translation>%1: --from %2 liegt nach --to %3.</translation>
    </message>
    <message>
        <source>Writes the shifts whose date lies in a range (both days included) as an iCalendar file for calendar programs, to standard output or to a file. Cancelled shifts are left out. Exporting again gives the events the same identifiers, so a calendar updates them instead of adding them twice.</source>
        <translation>Schreibt die Schichten, deren Datum in einem Zeitraum liegt (beide Tage eingeschlossen), als iCalendar-Datei für Kalenderprogramme auf die Standardausgabe oder in eine Datei. Abgesagte Schichten werden ausgelassen. Bei einem erneuten Export erhalten die Termine dieselben Kennungen, sodass ein Kalender sie aktualisiert, statt sie doppelt anzulegen.</translation>
    </message>
    <message>
        <source>Only the shifts of the clinician with this name (open shifts are then left out).</source>
        <translation>Nur die Schichten des Mitarbeiters mit diesem Namen (offene Schichten werden dann ausgelassen).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output; it is replaced only once the export is complete.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben; sie wird erst ersetzt, wenn der Export vollständig ist.</translation>
    </message>
    <message>
        <source>export ics: there is no clinician named &quot;%1&quot;.</source>
        <translation>export ics: Es gibt keinen Mitarbeiter namens „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2.</source>
        <translation>%1 kann nicht ersetzt werden: %2.</translation>
    </message>
    <message>
        <source>Only shifts meeting this condition (may be given several times; all must hold): FIELD=VALUE or FIELD__OP=VALUE with OP lt, lte, gt, gte, ne, or between, ibetween, lbetween, rbetween and VALUE &quot;A,B&quot;. Fields: %1.</source>
        <translation>Nur Schichten, die diese Bedingung erfüllen (mehrfach möglich; alle müssen gelten): FIELD=VALUE oder FIELD__OP=VALUE mit OP lt, lte, gt, gte, ne, oder between, ibetween, lbetween, rbetween und VALUE „A,B“. Felder: %1.</translation>
    </message>
    <message>
        <source>export shifts: --where %1</source>
        <translation>export shifts: --where %1</translation>
    </message>
</context>
<context>
    <name>FairShareModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 Std.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 → %2 (fair range %3)</source>
        <translation>%1 → %2 (gerechter Bereich %3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Above the fair range after the change</source>
        <translation>Nach der Änderung über dem gerechten Bereich</translation>
    </message>
    <message>
        <source>Below the fair range after the change</source>
        <translation>Nach der Änderung unter dem gerechten Bereich</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>Stellenanteil</translation>
    </message>
    <message>
        <source>%1 → %2 (no share)</source>
        <translation>%1 → %2 (kein Anteil)</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Staffing forecast chart</source>
        <translation>Diagramm der Besetzungsprognose</translation>
    </message>
    <message numerus="yes">
        <source>All %n day(s) meet the minimum.</source>
        <translation>
            <numerusform>Der %n Tag erreicht die Mindestbesetzung.</numerusform>
            <numerusform>Alle %n Tage erreichen die Mindestbesetzung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the minimum on %n of %1 days.</source>
        <translation>
            <numerusform>Unter der Mindestbesetzung an %n von %1 Tagen.</numerusform>
            <numerusform>Unter der Mindestbesetzung an %n von %1 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staffing forecast, %1 to %2</source>
        <translation>Besetzungsprognose, %1 bis %2</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Pending leave</source>
        <translation>Beantragte Abwesenheit</translation>
    </message>
    <message>
        <source>Minimum required</source>
        <translation>Mindestbesetzung</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>Unter Mindestbesetzung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <source>▼ Below minimum</source>
        <translation>▼ Unter Mindestbesetzung</translation>
    </message>
    <message>
        <source>At minimum</source>
        <translation>Mindestbesetzung erreicht</translation>
    </message>
    <message>
        <source>Above minimum</source>
        <translation>Über Mindestbesetzung</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>shift type code, people on the day, minimum</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Pending leave</source>
        <translation>Beantragte Abwesenheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Short of</source>
        <translation>Fehlt bei</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>cover: days below minimum %1 -&gt; %2, people short of minimum %3 -&gt; %4, short of ideal %5 -&gt; %6, over maximum %7 -&gt; %8</source>
        <translation>Besetzung: Tage unter dem Minimum %1 -&gt; %2, fehlende Personen zum Minimum %3 -&gt; %4, zum Ideal %5 -&gt; %6, über dem Maximum %7 -&gt; %8</translation>
    </message>
    <message>
        <source>%1 (hard)</source>
        <translation>%1 (fest)</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Plans the rota of a period (both days included) for the chosen teams with the rota generator: the shifts that are not pinned are filled or replaced so that leave, working terms, rest, cover and the other rules are kept, and nights, weekends, bank holidays and hours are shared fairly. With --rebalance it starts from the rota as it stands and changes as few shifts as it can. Prints the changes and their cost rule by rule, writes them as one edit and brings the period&apos;s alerts up to date; the last line is &quot;cost: hard H, soft S&quot;.</source>
        <translation>Plant den Dienstplan eines Zeitraums (beide Tage eingeschlossen) für die gewählten Teams mit dem Dienstplangenerator: Nicht fixierte Schichten werden besetzt oder ersetzt, sodass Abwesenheiten, Arbeitsbedingungen, Ruhezeiten, Besetzung und die übrigen Regeln eingehalten und Nachtdienste, Wochenenden, Feiertage und Stunden gerecht verteilt werden. Mit --rebalance geht er vom bestehenden Dienstplan aus und ändert so wenige Schichten wie möglich. Gibt die Änderungen und ihre Kosten Regel für Regel aus, schreibt sie als eine Bearbeitung und bringt die Warnungen des Zeitraums auf den neuesten Stand; die letzte Zeile lautet „cost: hard H, soft S“.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Erster Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Letzter Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>A team to plan, by name; may be given several times (default: every team).</source>
        <translation>Ein zu planendes Team, nach Name; mehrfach angebbar (Vorgabe: alle Teams).</translation>
    </message>
    <message>
        <source>Time budget of the search in seconds (default 30).</source>
        <translation>Zeitbudget der Suche in Sekunden (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Seed of the search (default 1): the same seed and iterations give the same rota.</source>
        <translation>Startwert der Suche (Vorgabe 1): Gleicher Startwert und gleiche Zahl von Zügen ergeben denselben Dienstplan.</translation>
    </message>
    <message>
        <source>Stop each search after this many moves instead of at the time budget.</source>
        <translation>Jede Suche nach so vielen Zügen beenden statt am Ende des Zeitbudgets.</translation>
    </message>
    <message>
        <source>Searches run side by side (default 2).</source>
        <translation>Gleichzeitig laufende Suchen (Vorgabe 2).</translation>
    </message>
    <message>
        <source>Weights of the soft goals: balanced (default), cover-first, fairness or fewest-changes (the default with --rebalance).</source>
        <translation>Gewichte der weichen Ziele: balanced (Vorgabe), cover-first, fairness oder fewest-changes (Vorgabe mit --rebalance).</translation>
    </message>
    <message>
        <source>Start from the rota as it stands and change as few shifts as possible.</source>
        <translation>Vom bestehenden Dienstplan ausgehen und so wenige Schichten wie möglich ändern.</translation>
    </message>
    <message>
        <source>Print what would change but write nothing.</source>
        <translation>Ausgeben, was sich ändern würde, aber nichts schreiben.</translation>
    </message>
    <message>
        <source>%1: --%2 is required.</source>
        <translation>%1: --%2 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: --%2 &quot;%3&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>%1: --%2 „%3“ ist kein Datum; verwenden Sie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: --seconds &quot;%2&quot; is not a number of seconds.</source>
        <translation>%1: --seconds „%2“ ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>%1: --seed &quot;%2&quot; is not a whole number.</source>
        <translation>%1: --seed „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: --threads &quot;%2&quot; is not a positive whole number.</source>
        <translation>%1: --threads „%2“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: --iterations &quot;%2&quot; is not a positive whole number.</source>
        <translation>%1: --iterations „%2“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: unknown preset &quot;%2&quot;; use balanced, cover-first, fairness or fewest-changes.</source>
        <translation>%1: unbekannte Voreinstellung „%2“; verwenden Sie balanced, cover-first, fairness oder fewest-changes.</translation>
    </message>
    <message>
        <source>%1: unknown team &quot;%2&quot;; the workspace has no teams.</source>
        <translation>%1: unbekanntes Team „%2“; der Arbeitsbereich hat keine Teams.</translation>
    </message>
    <message>
        <source>%1: unknown team &quot;%2&quot;; the teams are: %3.</source>
        <translation>%1: unbekanntes Team „%2“; die Teams sind: %3.</translation>
    </message>
    <message>
        <source>searching: %1 s, %2 moves, best cost hard %3, soft %4</source>
        <translation>Suche: %1 s, %2 Züge, beste Kosten fest %3, weich %4</translation>
    </message>
    <message>
        <source>period: %1 to %2 (%3 days)</source>
        <translation>Zeitraum: %1 bis %2 (%3 Tage)</translation>
    </message>
    <message>
        <source>planned: %1 clinician(s), shift types %2</source>
        <translation>geplant: %1 Mitarbeiter, Schichtarten %2</translation>
    </message>
    <message>
        <source>search: %1 s, %2 moves on %3 thread(s), seed %4</source>
        <translation>Suche: %1 s, %2 Züge in %3 Threads, Startwert %4</translation>
    </message>
    <message>
        <source>added %1, removed %2, changed %3</source>
        <translation>hinzugefügt %1, entfernt %2, geändert %3</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>Probelauf: nichts geschrieben</translation>
    </message>
    <message>
        <source>nothing to write: the rota stays as it is</source>
        <translation>nichts zu schreiben: der Dienstplan bleibt, wie er ist</translation>
    </message>
    <message>
        <source>%1: the changes could not be written: %2</source>
        <translation>%1: Die Änderungen konnten nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the changes were written, but the alerts could not be brought up to date: %2</source>
        <translation>%1: Die Änderungen wurden geschrieben, aber die Warnungen konnten nicht aktualisiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>written: %n shift change(s) as one edit; alerts brought up to date</source>
        <translation>
            <numerusform>geschrieben: %n Schichtänderung als eine Bearbeitung; Warnungen aktualisiert</numerusform>
            <numerusform>geschrieben: %n Schichtänderungen als eine Bearbeitung; Warnungen aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Short of ideal cover:</source>
        <translation>Unter idealer Besetzung:</translation>
    </message>
    <message>
        <source>Cost of each person missing to reach a shift&apos;s ideal cover (above its minimum).</source>
        <translation>Kosten je Person, die zur idealen Besetzung einer Schicht fehlt (über ihrem Minimum).</translation>
    </message>
    <message>
        <source>Over ideal cover:</source>
        <translation>Über idealer Besetzung:</translation>
    </message>
    <message>
        <source>Cost of each person beyond a shift&apos;s ideal cover (up to its maximum).</source>
        <translation>Kosten je Person über der idealen Besetzung einer Schicht (bis zu ihrem Maximum).</translation>
    </message>
    <message>
        <source>Shift on requested leave:</source>
        <translation>Schicht bei beantragter Abwesenheit:</translation>
    </message>
    <message>
        <source>Cost of each shift on a day the clinician has asked for leave that is not decided yet.</source>
        <translation>Kosten je Schicht an einem Tag, für den der Mitarbeiter eine noch nicht entschiedene Abwesenheit beantragt hat.</translation>
    </message>
    <message>
        <source>Unfair nights:</source>
        <translation>Ungerechte Nachtdienste:</translation>
    </message>
    <message>
        <source>Cost of each night a clinician works beyond or short of the fair share for the FTE.</source>
        <translation>Kosten je Nachtdienst über oder unter dem gerechten Anteil für den Stellenanteil.</translation>
    </message>
    <message>
        <source>Unfair weekend days:</source>
        <translation>Ungerechte Wochenendtage:</translation>
    </message>
    <message>
        <source>Cost of each weekend day a clinician works beyond or short of the fair share for the FTE.</source>
        <translation>Kosten je Wochenendtag über oder unter dem gerechten Anteil für den Stellenanteil.</translation>
    </message>
    <message>
        <source>Unfair bank holidays:</source>
        <translation>Ungerechte Feiertage:</translation>
    </message>
    <message>
        <source>Cost of each bank holiday a clinician works beyond or short of the fair share for the FTE.</source>
        <translation>Kosten je Feiertag über oder unter dem gerechten Anteil für den Stellenanteil.</translation>
    </message>
    <message>
        <source>Unfair hours:</source>
        <translation>Ungerechte Stunden:</translation>
    </message>
    <message>
        <source>Cost of each hour a clinician works beyond or short of the fair share of hours for the FTE.</source>
        <translation>Kosten je Stunde über oder unter dem gerechten Stundenanteil für den Stellenanteil.</translation>
    </message>
    <message>
        <source>Changed days:</source>
        <translation>Geänderte Tage:</translation>
    </message>
    <message>
        <source>Cost of each day whose shift differs from the rota as it stands: higher keeps the rota closer to what the staff already know.</source>
        <translation>Kosten je Tag, dessen Schicht vom bestehenden Dienstplan abweicht: Ein höherer Wert hält den Dienstplan näher an dem, was das Personal schon kennt.</translation>
    </message>
    <message>
        <source>Longest run of working days:</source>
        <translation>Längste Folge von Arbeitstagen:</translation>
    </message>
    <message>
        <source>A hard limit: nobody is given more working days in a row than this.</source>
        <translation>Eine feste Grenze: Niemand bekommt mehr Arbeitstage in Folge.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Generate Rota</source>
        <translation>Dienstplan erstellen</translation>
    </message>
    <message>
        <source>Rebalance Rota</source>
        <translation>Dienstplan ausgleichen</translation>
    </message>
    <message>
        <source>Fills or replaces the unpinned shifts of the period for the chosen teams. Pinned shifts, leave and working terms are kept.</source>
        <translation>Besetzt oder ersetzt die nicht fixierten Schichten des Zeitraums für die gewählten Teams. Fixierte Schichten, Abwesenheiten und Arbeitsbedingungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Changes as few shifts as possible so that the rota keeps the rules again, e.g. after leave was approved.</source>
        <translation>Ändert so wenige Schichten wie möglich, damit der Dienstplan die Regeln wieder einhält, z. B. nach einer genehmigten Abwesenheit.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>How long to search. A longer search usually finds a better rota; it can be stopped early.</source>
        <translation>Wie lange gesucht wird. Eine längere Suche findet meist einen besseren Dienstplan; sie kann vorzeitig beendet werden.</translation>
    </message>
    <message>
        <source>Where the search starts from. Another seed may find another rota of similar cost.</source>
        <translation>Wo die Suche beginnt. Ein anderer Startwert kann einen anderen Dienstplan mit ähnlichen Kosten finden.</translation>
    </message>
    <message>
        <source>What to plan</source>
        <translation>Was geplant wird</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The clinicians of the checked teams are planned. With every team checked, clinicians without a team are planned too.</source>
        <translation>Die Mitarbeiter der angehakten Teams werden geplant. Sind alle Teams angehakt, auch Mitarbeiter ohne Team.</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>T&amp;eams:</translation>
    </message>
    <message>
        <source>Every clinician (the workspace has no teams)</source>
        <translation>Alle Mitarbeiter (der Arbeitsbereich hat keine Teams)</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>A set of weights to start from; changing a weight makes it a custom set.</source>
        <translation>Gewichte, von denen ausgegangen wird; wird ein Gewicht geändert, sind es eigene.</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>Wie gesucht wird</translation>
    </message>
    <message>
        <source>Time &amp;budget:</source>
        <translation>Zeit&amp;budget:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>&amp;Gewichte:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Rebalance</source>
        <translation>&amp;Ausgleichen</translation>
    </message>
    <message>
        <source>Searching for the best rota…</source>
        <translation>Suche nach dem besten Dienstplan…</translation>
    </message>
    <message>
        <source>Searching for the fewest changes that keep the rules…</source>
        <translation>Suche nach den wenigsten Änderungen, mit denen die Regeln eingehalten werden…</translation>
    </message>
    <message>
        <source>%v s of %m s</source>
        <translation>%v s von %m s</translation>
    </message>
    <message>
        <source>Stopping ends the search early and shows the best rota found so far; nothing is written before you accept it.</source>
        <translation>Anhalten beendet die Suche vorzeitig und zeigt den besten bisher gefundenen Dienstplan; geschrieben wird erst, wenn Sie ihn übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Stop Search</source>
        <translation>Suche an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>K&amp;osten</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Co&amp;ver</source>
        <translation>Beset&amp;zung</translation>
    </message>
    <message>
        <source>&amp;Fair Shares</source>
        <translation>&amp;Gerechte Anteile</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Return to the settings; nothing is written</source>
        <translation>Zurück zu den Einstellungen; nichts wird geschrieben</translation>
    </message>
    <message>
        <source>Close without changing the rota</source>
        <translation>Schließen, ohne den Dienstplan zu ändern</translation>
    </message>
    <message>
        <source>Write the changes to the rota as one edit that Undo takes back</source>
        <translation>Die Änderungen als eine Bearbeitung in den Dienstplan schreiben, die „Rückgängig“ zurücknimmt</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Check at least one team.</source>
        <translation>Haken Sie mindestens ein Team an.</translation>
    </message>
    <message>
        <source>Hard rule violations: %1 · Soft cost: %2</source>
        <translation>Verletzungen fester Regeln: %1 · Weiche Kosten: %2</translation>
    </message>
    <message>
        <source>Nothing to change: the best rota found is the rota as it stands.</source>
        <translation>Nichts zu ändern: Der beste gefundene Dienstplan ist der bestehende.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) added</source>
        <translation>
            <numerusform>%n Schicht hinzugefügt</numerusform>
            <numerusform>%n Schichten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Hard rule violations: %1 → %2 · Soft cost: %3 → %4</source>
        <translation>Verletzungen fester Regeln: %1 → %2 · Weiche Kosten: %3 → %4</translation>
    </message>
    <message>
        <source>The rota keeps every hard rule.</source>
        <translation>Der Dienstplan hält alle festen Regeln ein.</translation>
    </message>
    <message>
        <source>The search was stopped after %1 seconds; this is the best rota found by then.</source>
        <translation>Die Suche wurde nach %1 Sekunden angehalten; dies ist der bis dahin beste Dienstplan.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: this rota still breaks %n hard rule(s) (see Cost). Accepting it leaves those problems on the rota for you to resolve.</source>
        <translation>
            <numerusform>Achtung: Dieser Dienstplan verletzt noch %n feste Regel (siehe Kosten). Wenn Sie ihn übernehmen, bleibt das Problem im Dienstplan und muss von Ihnen gelöst werden.</numerusform>
            <numerusform>Achtung: Dieser Dienstplan verletzt noch %n feste Regeln (siehe Kosten). Wenn Sie ihn übernehmen, bleiben die Probleme im Dienstplan und müssen von Ihnen gelöst werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days below minimum</source>
        <translation>Tage unter dem Minimum</translation>
    </message>
    <message>
        <source>People short of minimum</source>
        <translation>Fehlende Personen zum Minimum</translation>
    </message>
    <message>
        <source>People short of ideal</source>
        <translation>Fehlende Personen zum Ideal</translation>
    </message>
    <message>
        <source>People over ideal</source>
        <translation>Personen über dem Ideal</translation>
    </message>
    <message>
        <source>People over maximum</source>
        <translation>Personen über dem Maximum</translation>
    </message>
    <message>
        <source>Shift slots (a shift type on a day) in the period that need cover: %1</source>
        <translation>Schichtplätze (eine Schichtart an einem Tag) im Zeitraum, die Besetzung brauchen: %1</translation>
    </message>
    <message>
        <source>Generate rota</source>
        <translation>Dienstplan erstellen</translation>
    </message>
    <message>
        <source>Rebalance rota</source>
        <translation>Dienstplan ausgleichen</translation>
    </message>
    <message>
        <source>The rota was not changed: %1</source>
        <translation>Der Dienstplan wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>GenerationSettings</name>
    <message>
        <source>The period needs a first day.</source>
        <translation>Der Zeitraum braucht einen ersten Tag.</translation>
    </message>
    <message>
        <source>The period needs a last day.</source>
        <translation>Der Zeitraum braucht einen letzten Tag.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>Der letzte Tag (%1) liegt vor dem ersten Tag (%2).</translation>
    </message>
    <message>
        <source>The period has %1 days; a rota is generated for at most %2.</source>
        <translation>Der Zeitraum hat %1 Tage; ein Dienstplan wird für höchstens %2 erstellt.</translation>
    </message>
    <message>
        <source>The search time is %1 seconds; it must be more than 0 and at most %2.</source>
        <translation>Die Suchzeit beträgt %1 Sekunden; sie muss größer als 0 und höchstens %2 sein.</translation>
    </message>
    <message>
        <source>%1 searches side by side; there must be from 1 to %2.</source>
        <translation>%1 gleichzeitige Suchen; es müssen 1 bis %2 sein.</translation>
    </message>
</context>
<context>
    <name>GenerationWeights</name>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Cover first</source>
        <translation>Besetzung zuerst</translation>
    </message>
    <message>
        <source>Fair shares first</source>
        <translation>Gerechte Anteile zuerst</translation>
    </message>
    <message>
        <source>Fewest changes</source>
        <translation>Wenigste Änderungen</translation>
    </message>
    <message>
        <source>The weight is %1; it must be from 0 to %2.</source>
        <translation>Das Gewicht ist %1; es muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <source>The longest run of working days is %1; it must be from 1 to %2.</source>
        <translation>Die längste Folge von Arbeitstagen ist %1; sie muss zwischen 1 und %2 liegen.</translation>
    </message>
</context>
<context>
    <name>GridEdits</name>
    <message>
        <source>%1 of %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>a clinician not shown</source>
        <translation>einem nicht angezeigten Mitarbeiter</translation>
    </message>
    <message>
        <source>%1 belongs to a clinician the filter hides; show them to move it to another row.</source>
        <translation>%1 gehört zu einem Mitarbeiter, den der Filter ausblendet; blenden Sie ihn ein, um die Schicht in eine andere Zeile zu verschieben.</translation>
    </message>
    <message>
        <source>Shifts can only be dropped on a clinician&apos;s row or on the open shifts.</source>
        <translation>Schichten können nur in der Zeile eines Mitarbeiters oder bei den offenen Schichten abgelegt werden.</translation>
    </message>
    <message>
        <source>%1 is pinned. Unpin it to move it.</source>
        <translation>%1 ist fixiert. Lösen Sie die Fixierung, um die Schicht zu verschieben.</translation>
    </message>
    <message>
        <source>%1 cannot be placed on %2: %3</source>
        <translation>%1 kann nicht am %2 eingeplant werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n shift(s)</source>
        <translation>
            <numerusform>%n Schicht kopieren</numerusform>
            <numerusform>%n Schichten kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n shift(s)</source>
        <translation>
            <numerusform>%n Schicht verschieben</numerusform>
            <numerusform>%n Schichten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Only shifts moved from one day onto one other day can be swapped.</source>
        <translation>Nur Schichten, die von einem Tag auf einen anderen Tag verschoben werden, können getauscht werden.</translation>
    </message>
    <message>
        <source>%1 is pinned. Unpin it to swap it.</source>
        <translation>%1 ist fixiert. Lösen Sie die Fixierung, um die Schicht zu tauschen.</translation>
    </message>
    <message>
        <source>%1 cannot be swapped: %2</source>
        <translation>%1 kann nicht getauscht werden: %2</translation>
    </message>
    <message>
        <source>Swap shifts</source>
        <translation>Schichten tauschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shift(s)</source>
        <translation>
            <numerusform>%n Schicht löschen</numerusform>
            <numerusform>%n Schichten löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapGrid</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <source>Number: team members available to work that day</source>
        <translation>Zahl: Teammitglieder, die an dem Tag arbeiten können</translation>
    </message>
    <message>
        <source>On shift: %1</source>
        <translation>Im Dienst: %1</translation>
    </message>
    <message>
        <source>Leave requested, not yet approved (corner mark)</source>
        <translation>Abwesenheit beantragt, noch nicht genehmigt (Eckmarke)</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of a heatmap tooltip</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>On shift: %1 (%2)</source>
        <comment>shift type name and code</comment>
        <translation>Im Dienst: %1 (%2)</translation>
    </message>
    <message>
        <source>On leave: %1</source>
        <translation>Abwesend: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name and why they cannot work</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name, date</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Leave requested, not yet approved</source>
        <translation>Abwesenheit beantragt, noch nicht genehmigt</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Nicht mehr aktiv</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>range of minimums</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (min. %2)</source>
        <comment>team name and its minimum, or the range of its minimums</comment>
        <translation>%1 (min. %2)</translation>
    </message>
    <message>
        <source>no rota: from the leave capacity</source>
        <translation>kein Dienstplan: aus der Abwesenheitskapazität</translation>
    </message>
    <message>
        <source>rota %1</source>
        <translation>Dienstplan %1</translation>
    </message>
    <message>
        <source>rotas %1</source>
        <translation>Dienstpläne %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>team, date</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Available %1, needed %2 (%3)</source>
        <comment>who can work, the minimum, where the minimum comes from</comment>
        <translation>Verfügbar %1, benötigt %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s), at most %1 off at once</source>
        <translation>
            <numerusform>%n aktives Mitglied, höchstens %1 gleichzeitig abwesend</numerusform>
            <numerusform>%n aktive Mitglieder, höchstens %1 gleichzeitig abwesend</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>Abwesend: %1</translation>
    </message>
    <message>
        <source>%1: %2 shown, %3 active members; needs %4 a day</source>
        <translation>%1: %2 angezeigt, %3 aktive Mitglieder; benötigt %4 pro Tag</translation>
    </message>
</context>
<context>
    <name>HeatmapPalette</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On shift</source>
        <translation>Im Dienst</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Cannot work (working terms)</source>
        <translation>Nicht einsetzbar (Arbeitszeitmodell)</translation>
    </message>
    <message>
        <source>Part-time day off</source>
        <translation>Freier Tag (Teilzeit)</translation>
    </message>
    <message>
        <source>No working term in force</source>
        <translation>Kein Arbeitszeitmodell in Kraft</translation>
    </message>
    <message>
        <source>Below what the rota needs</source>
        <translation>Unter dem Bedarf des Dienstplans</translation>
    </message>
    <message>
        <source>At what it needs</source>
        <translation>Bedarf erreicht</translation>
    </message>
    <message>
        <source>Above what it needs</source>
        <translation>Über dem Bedarf</translation>
    </message>
</context>
<context>
    <name>HeatmapPrintDocument</name>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date format of the print time</comment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>There are no days to print: the first and last day are not valid dates.</source>
        <translation>Es gibt keine Tage zum Drucken: Der erste und der letzte Tag sind keine gültigen Daten.</translation>
    </message>
    <message>
        <source>Team row: %1</source>
        <translation>Teamzeile: %1</translation>
    </message>
    <message>
        <source>On shift: %1</source>
        <translation>Im Dienst: %1</translation>
    </message>
    <message>
        <source>Leave requested, not yet approved (corner mark)</source>
        <translation>Abwesenheit beantragt, noch nicht genehmigt (Eckmarke)</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of a printed day</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>period, view, filter</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>People: one row per clinician. Teams: one row per team, counting who can work against what the team&apos;s rota needs that day.</source>
        <translation>Personen: eine Zeile pro Mitarbeiter. Teams: eine Zeile pro Team; gezählt wird, wer arbeiten kann, gegen den Bedarf des Dienstplans an dem Tag.</translation>
    </message>
    <message>
        <source>Show one team only</source>
        <translation>Nur ein Team zeigen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s) from the first day</source>
        <translation>
            <numerusform>%n Tag ab dem ersten Tag zeigen</numerusform>
            <numerusform>%n Tage ab dem ersten Tag zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out</comment>
        <translation>−</translation>
    </message>
    <message>
        <source>Smaller cells (Ctrl+wheel)</source>
        <translation>Kleinere Zellen (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Larger cells (Ctrl+wheel)</source>
        <translation>Größere Zellen (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Nobody to show for this period and team.</source>
        <translation>Für diesen Zeitraum und dieses Team gibt es niemanden anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n people over %1 days. Select cells (drag, Shift+click, or click a name or day) to total them; double-click a day to open it in the rota.</source>
        <translation>
            <numerusform>%n Person über %1 Tage. Zellen auswählen (ziehen, Umschalt+Klick oder Klick auf einen Namen oder Tag), um sie zu summieren; Doppelklick auf einen Tag öffnet ihn im Dienstplan.</numerusform>
            <numerusform>%n Personen über %1 Tage. Zellen auswählen (ziehen, Umschalt+Klick oder Klick auf einen Namen oder Tag), um sie zu summieren; Doppelklick auf einen Tag öffnet ihn im Dienstplan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n day(s) × %1 team(s) (%2 people)</source>
        <translation>
            <numerusform>Ausgewählt: %n Tag × %1 Team(s) (%2 Personen)</numerusform>
            <numerusform>Ausgewählt: %n Tage × %1 Team(s) (%2 Personen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n day(s) × %1 people</source>
        <translation>
            <numerusform>Ausgewählt: %n Tag × %1 Personen</numerusform>
            <numerusform>Ausgewählt: %n Tage × %1 Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 available, %3 on shift, %4 on leave, %5 cannot work, %6 part-time days off, %7 without a working term; %8 with leave requested</source>
        <comment>selection, then counts of person-days</comment>
        <translation>%1: %2 verfügbar, %3 im Dienst, %4 abwesend, %5 nicht einsetzbar, %6 freie Teilzeittage, %7 ohne Arbeitszeitmodell; %8 mit beantragter Abwesenheit</translation>
    </message>
    <message numerus="yes">
        <source>; below what the rota needs on %n team-day(s)</source>
        <translation>
            <numerusform>; unter dem Bedarf des Dienstplans an %n Team-Tag</numerusform>
            <numerusform>; unter dem Bedarf des Dienstplans an %n Team-Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>%1 (%2)</source>
        <comment>shift type name and code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>shift and who works it</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Offene Schicht</translation>
    </message>
    <message>
        <source>Status: completed</source>
        <translation>Status: erledigt</translation>
    </message>
    <message>
        <source>Status: needs reassignment</source>
        <translation>Status: muss neu besetzt werden</translation>
    </message>
    <message>
        <source>Writing the export failed: %1.</source>
        <translation>Der Export konnte nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Usage: %1 import shifts|clinicians [options] FILE CSV
Run &quot;%1 import shifts --help&quot; or &quot;%1 import clinicians --help&quot; for the options.
</source>
        <translation>Aufruf: %1 import shifts|clinicians [options] FILE CSV
Führen Sie „%1 import shifts --help“ oder „%1 import clinicians --help“ aus, um die Optionen zu sehen.
</translation>
    </message>
    <message>
        <source>import: say what to import: import shifts|clinicians FILE CSV.</source>
        <translation>import: Geben Sie an, was importiert werden soll: import shifts|clinicians FILE CSV.</translation>
    </message>
    <message>
        <source>import: cannot import &quot;%1&quot;; use shifts or clinicians.</source>
        <translation>import: „%1“ kann nicht importiert werden; verwenden Sie shifts oder clinicians.</translation>
    </message>
    <message>
        <source>Imports shifts from a CSV file with a header row and the columns clinician, date, type, start, end, time_zone and pinned (in any order). Clinicians and shift types not yet in the workspace are created. All rows are written in one transaction: unless --skip-invalid is given, one invalid row means nothing is imported.</source>
        <translation>Importiert Schichten aus einer CSV-Datei mit Kopfzeile und den Spalten clinician, date, type, start, end, time_zone und pinned (in beliebiger Reihenfolge). Mitarbeiter und Schichtarten, die noch nicht im Arbeitsbereich sind, werden angelegt. Alle Zeilen werden in einer Transaktion geschrieben: Ohne --skip-invalid führt schon eine ungültige Zeile dazu, dass nichts importiert wird.</translation>
    </message>
    <message>
        <source>Imports clinicians from a CSV file with a header row. All rows are written in one transaction: unless --skip-invalid is given, one invalid row means nothing is imported.</source>
        <translation>Importiert Mitarbeiter aus einer CSV-Datei mit Kopfzeile. Alle Zeilen werden in einer Transaktion geschrieben: Ohne --skip-invalid führt schon eine ungültige Zeile dazu, dass nichts importiert wird.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The CSV file to import (UTF-8).</source>
        <translation>Die zu importierende CSV-Datei (UTF-8).</translation>
    </message>
    <message>
        <source>Import the valid rows and report the invalid ones.</source>
        <translation>Die gültigen Zeilen importieren und die ungültigen melden.</translation>
    </message>
    <message>
        <source>Print no progress while importing.</source>
        <translation>Beim Import keinen Fortschritt ausgeben.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>%1: nothing was imported because of invalid rows (%2). Correct them, or use --skip-invalid to import the valid rows.</source>
        <translation>%1: Wegen ungültiger Zeilen (%2) wurde nichts importiert. Korrigieren Sie sie oder verwenden Sie --skip-invalid, um die gültigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <source>shifts imported: %1</source>
        <translation>importierte Schichten: %1</translation>
    </message>
    <message>
        <source>clinicians imported: %1</source>
        <translation>importierte Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>invalid rows skipped: %1</source>
        <translation>übersprungene ungültige Zeilen: %1</translation>
    </message>
    <message>
        <source>new clinicians: %1</source>
        <translation>neue Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>new shift types: %1</source>
        <translation>neue Schichtarten: %1</translation>
    </message>
    <message>
        <source>new teams: %1</source>
        <translation>neue Teams: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 s, %4 rows/s).</source>
        <translation>%1: %2 (%3 s, %4 Zeilen/s).</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>... und %1 weitere Probleme.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>a journal entry was written outside a transaction</source>
        <translation>ein Protokolleintrag wurde außerhalb einer Transaktion geschrieben</translation>
    </message>
</context>
<context>
    <name>JournalReplay</name>
    <message>
        <source>The journal names a record type this version does not know: %1.</source>
        <translation>Das Protokoll nennt einen Datensatztyp, den diese Version nicht kennt: %1.</translation>
    </message>
    <message>
        <source>The %1 has been changed since; it is left as it is now.</source>
        <translation>%1 wurde inzwischen geändert; der aktuelle Stand bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>a number (%1)</source>
        <translation>eine Zahl (%1)</translation>
    </message>
    <message>
        <source>text (&quot;%1&quot;)</source>
        <translation>Text („%1“)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Expected text but found %1.</source>
        <translation>Text erwartet, aber %1 gefunden.</translation>
    </message>
    <message>
        <source>Expected a number but found %1.</source>
        <translation>Zahl erwartet, aber %1 gefunden.</translation>
    </message>
    <message>
        <source>Expected a whole number but found %1.</source>
        <translation>Ganze Zahl erwartet, aber %1 gefunden.</translation>
    </message>
    <message>
        <source>Expected true or false but found %1.</source>
        <translation>true oder false erwartet, aber %1 gefunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD that exists in the calendar.</source>
        <translation>„%1“ ist kein Datum der Form YYYY-MM-DD, das im Kalender existiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form HH:MM from 00:00 to 23:59.</source>
        <translation>„%1“ ist keine Uhrzeit der Form HH:MM von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>Expected a list of weekday numbers from 1 (Monday) to 7 (Sunday) but found %1.</source>
        <translation>Liste von Wochentagsnummern von 1 (Montag) bis 7 (Sonntag) erwartet, aber %1 gefunden.</translation>
    </message>
    <message>
        <source>The list holds %1, which is not a weekday number from 1 (Monday) to 7 (Sunday).</source>
        <translation>Die Liste enthält %1; das ist keine Wochentagsnummer von 1 (Montag) bis 7 (Sonntag).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values (%2).</source>
        <translation>„%1“ ist keiner der erlaubten Werte (%2).</translation>
    </message>
    <message>
        <source>Expected a list of dates (YYYY-MM-DD) but found %1.</source>
        <translation>Erwartet wurde eine Liste von Daten (JJJJ-MM-TT), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>The list holds %1, which is not a date (YYYY-MM-DD).</source>
        <translation>Die Liste enthält %1, das kein Datum ist (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>LeaveBookingView</name>
    <message>
        <source>ddd d MMM</source>
        <comment>a day in the leave summary</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a day in the leave summary</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>Leave calendar</source>
        <translation>Abwesenheitskalender</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>The month of today</source>
        <translation>Den aktuellen Monat zeigen</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Leave &amp;type:</source>
        <translation>Abwesenheits&amp;art:</translation>
    </message>
    <message>
        <source>Notes for the request (optional)</source>
        <translation>Notizen zum Antrag (optional)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Jahresurlaub</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>Antrag &amp;einreichen</translation>
    </message>
    <message>
        <source>Selected days</source>
        <translation>Ausgewählte Tage</translation>
    </message>
    <message>
        <source>Team capacity</source>
        <translation>Teamkapazität</translation>
    </message>
    <message>
        <source>Show &amp;all requests</source>
        <translation>Alle Anträge &amp;zeigen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Requests ending on or after</source>
        <translation>Anträge, die an oder nach diesem Tag enden</translation>
    </message>
    <message>
        <source>Requests starting on or before</source>
        <translation>Anträge, die an oder vor diesem Tag beginnen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Leave requests</source>
        <translation>Abwesenheitsanträge</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the selected request; its shifts become open shifts or need reassigning</source>
        <translation>Den ausgewählten Antrag genehmigen; seine Schichten werden zu offenen Schichten oder müssen neu besetzt werden</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Deny the selected request, with a reason</source>
        <translation>Den ausgewählten Antrag mit Begründung ablehnen</translation>
    </message>
    <message>
        <source>Cancel &amp;Request</source>
        <translation>Antrag &amp;stornieren</translation>
    </message>
    <message>
        <source>Cancel the selected pending or approved request; shifts its approval opened go back</source>
        <translation>Den ausgewählten ausstehenden oder genehmigten Antrag stornieren; durch die Genehmigung geöffnete Schichten werden zurückgegeben</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
    <message>
        <source>All clinicians</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>Leave requests (%1)</source>
        <translation>Abwesenheitsanträge (%1)</translation>
    </message>
    <message>
        <source>Pending requests (%1), newest first</source>
        <translation>Ausstehende Anträge (%1), neueste zuerst</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the month shown</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>there is no annual leave entitlement in %1</source>
        <translation>in %1 besteht kein Jahresurlaubsanspruch</translation>
    </message>
    <message>
        <source>%1 needed, %2 left in %3</source>
        <translation>%1 benötigt, %2 übrig in %3</translation>
    </message>
    <message>
        <source>None. Click a day, Shift-click or drag for a run of days, Ctrl-click to add single days.</source>
        <translation>Keine. Klicken Sie auf einen Tag, Shift-Klick oder Ziehen für mehrere Tage am Stück, Ctrl-Klick, um einzelne Tage hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 requests, one per run of days:</source>
        <translation>%1 Anträge, einer pro zusammenhängendem Zeitraum:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 Arbeitstag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 Arbeitstage</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>dates: calendar days, working days</comment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Choose a clinician.</source>
        <translation>Wählen Sie einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>Annual leave %1</source>
        <translation>Jahresurlaub %1</translation>
    </message>
    <message>
        <source>No annual leave entitlement in %1.</source>
        <translation>Kein Jahresurlaubsanspruch in %1.</translation>
    </message>
    <message>
        <source>Without one, a request for annual leave is stored as denied unless it is overridden.</source>
        <translation>Ohne Anspruch wird ein Antrag auf Jahresurlaub als abgelehnt gespeichert, sofern keine Ausnahme begründet wird.</translation>
    </message>
    <message>
        <source>Remaining now: %1 (%2)</source>
        <translation>Derzeit übrig: %1 (%2)</translation>
    </message>
    <message>
        <source>After this request: %1 (%2)</source>
        <translation>Nach diesem Antrag: %1 (%2)</translation>
    </message>
    <message>
        <source>This exceeds the remaining entitlement.</source>
        <translation>Das überschreitet den verbleibenden Anspruch.</translation>
    </message>
    <message>
        <source>%1 does not count against it.</source>
        <translation>%1 wird nicht darauf angerechnet.</translation>
    </message>
    <message>
        <source>Full on 1 selected day:</source>
        <translation>Voll an 1 ausgewählten Tag:</translation>
    </message>
    <message>
        <source>Full on %1 selected days:</source>
        <translation>Voll an %1 ausgewählten Tagen:</translation>
    </message>
    <message>
        <source>%1: %2/%3 off (%4)</source>
        <comment>day: off/maximum (names)</comment>
        <translation>%1: %2/%3 abwesend (%4)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>the clinicians without a team</source>
        <translation>den Mitarbeitern ohne Team</translation>
    </message>
    <message>
        <source>Each day shows how many of %1 are off, against the most allowed.</source>
        <translation>Jeder Tag zeigt, wie viele von %1 abwesend sind, im Vergleich zum zulässigen Höchstwert.</translation>
    </message>
    <message>
        <source>Room on every selected day (%1).</source>
        <translation>An jedem ausgewählten Tag ist noch Platz (%1).</translation>
    </message>
    <message>
        <source>Submitting asks for a reason to book them anyway.</source>
        <translation>Beim Einreichen wird nach einem Grund gefragt, sie trotzdem zu buchen.</translation>
    </message>
    <message>
        <source>The team already has as many off as it allows on %1. Give a reason to book leave then anyway:</source>
        <translation>Im Team sind am %1 bereits so viele abwesend wie zulässig. Geben Sie einen Grund an, die Abwesenheit trotzdem zu buchen:</translation>
    </message>
    <message>
        <source>Leave Capacity Reached</source>
        <translation>Abwesenheitskapazität erreicht</translation>
    </message>
    <message>
        <source>Book Anyway</source>
        <translation>Trotzdem buchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing was submitted.</source>
        <translation>Es wurde nichts eingereicht.</translation>
    </message>
    <message>
        <source>This goes beyond the annual leave quota of %1: %2. Give a reason to submit it anyway; without one it is stored as denied.</source>
        <translation>Das übersteigt den Jahresurlaubsanspruch von %1: %2. Geben Sie einen Grund an, den Antrag trotzdem einzureichen; ohne Grund wird er als abgelehnt gespeichert.</translation>
    </message>
    <message>
        <source>Beyond the Leave Quota</source>
        <translation>Urlaubsanspruch überschritten</translation>
    </message>
    <message>
        <source>Submit Anyway</source>
        <translation>Trotzdem einreichen</translation>
    </message>
    <message>
        <source>Submit Without Override</source>
        <translation>Ohne Ausnahme einreichen</translation>
    </message>
    <message>
        <source>Request %1 for %2</source>
        <translation>%1 für %2 beantragen</translation>
    </message>
    <message>
        <source>1 shift of %1 falls in this leave. Turn it into an open shift, or keep it with %1 marked as needing reassignment?</source>
        <translation>1 Schicht von %1 fällt in diese Abwesenheit. Soll sie zu einer offenen Schicht werden oder bei %1 bleiben und als neu zu besetzen markiert werden?</translation>
    </message>
    <message>
        <source>%1 shifts of %2 fall in this leave. Turn them into open shifts, or keep them with %2 marked as needing reassignment?</source>
        <translation>%1 Schichten von %2 fallen in diese Abwesenheit. Sollen sie zu offenen Schichten werden oder bei %2 bleiben und als neu zu besetzen markiert werden?</translation>
    </message>
    <message>
        <source>Approve Leave</source>
        <translation>Abwesenheit genehmigen</translation>
    </message>
    <message>
        <source>Make &amp;Open Shifts</source>
        <translation>Zu &amp;offenen Schichten machen</translation>
    </message>
    <message>
        <source>Mark for &amp;Reassignment</source>
        <translation>Zur &amp;Neubesetzung markieren</translation>
    </message>
    <message>
        <source>Approve leave of %1</source>
        <translation>Abwesenheit von %1 genehmigen</translation>
    </message>
    <message>
        <source>Why is the leave of %1 from %2 to %3 denied?</source>
        <translation>Warum wird die Abwesenheit von %1 vom %2 bis %3 abgelehnt?</translation>
    </message>
    <message>
        <source>Deny Leave</source>
        <translation>Abwesenheit ablehnen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Deny leave of %1</source>
        <translation>Abwesenheit von %1 ablehnen</translation>
    </message>
    <message>
        <source>Cancel leave of %1</source>
        <translation>Abwesenheit von %1 stornieren</translation>
    </message>
</context>
<context>
    <name>LeaveCalendarModel</name>
    <message>
        <source>%1 pending</source>
        <comment>leave code, not yet approved</comment>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Cannot work</source>
        <translation>Nicht einsetzbar</translation>
    </message>
    <message>
        <source>%1/%2 off</source>
        <comment>team members off / most allowed</comment>
        <translation>%1/%2 abw.</translation>
    </message>
    <message>
        <source>Bank holiday: %1</source>
        <translation>Feiertag: %1</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Wochenende</translation>
    </message>
    <message>
        <source>%1, pending approval</source>
        <translation>%1, Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>%1, approved</source>
        <translation>%1, genehmigt</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Im Dienst: %1</translation>
    </message>
    <message>
        <source>Cannot work this day (working terms)</source>
        <translation>An diesem Tag nicht einsetzbar (Arbeitszeitmodell)</translation>
    </message>
    <message>
        <source>Clinicians without a team</source>
        <translation>Mitarbeiter ohne Team</translation>
    </message>
    <message>
        <source>%1: %2 of at most %3 off</source>
        <comment>team: off of maximum</comment>
        <translation>%1: %2 von höchstens %3 abwesend</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>names of those off</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>– full</source>
        <translation>– voll</translation>
    </message>
    <message>
        <source>%1 full</source>
        <comment>capacity text, then the word full</comment>
        <translation>%1 voll</translation>
    </message>
</context>
<context>
    <name>LeaveCommand</name>
    <message>
        <source>Request %1: %2</source>
        <translation>Antrag %1: %2</translation>
    </message>
    <message>
        <source>Denied because: %1</source>
        <translation>Abgelehnt, weil: %1</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <source>Affected shifts: %1</source>
        <translation>Betroffene Schichten: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a leave request id.</source>
        <translation>„%1“ ist keine ID eines Abwesenheitsantrags.</translation>
    </message>
    <message>
        <source>Usage: %1 leave request FILE --clinician NAME --type TYPE --from DATE --to DATE
       %1 leave approve FILE ID [--open-shifts|--needs-reassignment]
       %1 leave deny FILE ID --reason REASON
       %1 leave cancel FILE ID
       %1 leave list FILE [--clinician NAME] [--status S] [--type T] [--from D --to D]
Run &quot;%1 leave request --help&quot; (and so on) for the options.
</source>
        <translation>Aufruf: %1 leave request FILE --clinician NAME --type TYPE --from DATE --to DATE
        %1 leave approve FILE ID [--open-shifts|--needs-reassignment]
        %1 leave deny FILE ID --reason REASON
        %1 leave cancel FILE ID
        %1 leave list FILE [--clinician NAME] [--status S] [--type T] [--from D --to D]
Führen Sie „%1 leave request --help“ (und so weiter) aus, um die Optionen zu sehen.
</translation>
    </message>
    <message>
        <source>leave: say what to do: leave request|approve|deny|cancel|list FILE ...</source>
        <translation>leave: Geben Sie an, was getan werden soll: leave request|approve|deny|cancel|list FILE ...</translation>
    </message>
    <message>
        <source>leave: unknown action &quot;%1&quot;; use request, approve, deny, cancel or list.</source>
        <translation>leave: unbekannte Aktion „%1“; verwenden Sie request, approve, deny, cancel oder list.</translation>
    </message>
    <message>
        <source>Submits a leave request. Annual leave beyond the clinician&apos;s remaining quota is stored as denied with the reason, unless --override gives a reason to keep it pending. Prints the request&apos;s status and the clinician&apos;s shifts that fall in the leave.</source>
        <translation>Stellt einen Abwesenheitsantrag. Jahresurlaub über den verbleibenden Urlaubsanspruch des Mitarbeiters hinaus wird mit Begründung als abgelehnt gespeichert, es sei denn, --override nennt einen Grund, ihn ausstehend zu lassen. Gibt den Status des Antrags und die Schichten des Mitarbeiters aus, die in die Abwesenheit fallen.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The clinician&apos;s name.</source>
        <translation>Der Name des Mitarbeiters.</translation>
    </message>
    <message>
        <source>The kind of leave.</source>
        <translation>Die Art der Abwesenheit.</translation>
    </message>
    <message>
        <source>First day of the leave.</source>
        <translation>Erster Tag der Abwesenheit.</translation>
    </message>
    <message>
        <source>Last day of the leave.</source>
        <translation>Letzter Tag der Abwesenheit.</translation>
    </message>
    <message>
        <source>Why the request may go beyond the quota.</source>
        <translation>Warum der Antrag den Urlaubsanspruch überschreiten darf.</translation>
    </message>
    <message>
        <source>Notes kept with the request.</source>
        <translation>Notizen, die mit dem Antrag gespeichert werden.</translation>
    </message>
    <message>
        <source>%1: --%2 is required.</source>
        <translation>%1: --%2 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: unknown leave type &quot;%2&quot;; use %3.</source>
        <translation>%1: unbekannte Abwesenheitsart „%2“; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>%1: --from and --to must be dates (YYYY-MM-DD).</source>
        <translation>%1: --from und --to müssen Datumsangaben sein (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>There is no clinician named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mitarbeiter namens „%1“.</translation>
    </message>
    <message>
        <source>Approves a pending leave request. The clinician&apos;s shifts in the leave become open shifts (the default) or are marked as needing reassignment.</source>
        <translation>Genehmigt einen ausstehenden Abwesenheitsantrag. Die Schichten des Mitarbeiters in der Abwesenheit werden zu offenen Schichten (Standard) oder als neu zu besetzen markiert.</translation>
    </message>
    <message>
        <source>The leave request&apos;s id.</source>
        <translation>Die ID des Abwesenheitsantrags.</translation>
    </message>
    <message>
        <source>Make the shifts open shifts (the default).</source>
        <translation>Die Schichten zu offenen Schichten machen (Standard).</translation>
    </message>
    <message>
        <source>Keep the shifts with the clinician, marked as needing reassignment.</source>
        <translation>Die Schichten beim Mitarbeiter lassen und als neu zu besetzen markieren.</translation>
    </message>
    <message>
        <source>leave approve: give either --open-shifts or --needs-reassignment.</source>
        <translation>leave approve: Geben Sie entweder --open-shifts oder --needs-reassignment an.</translation>
    </message>
    <message>
        <source>Denies a pending leave request, with the reason.</source>
        <translation>Lehnt einen ausstehenden Abwesenheitsantrag mit Begründung ab.</translation>
    </message>
    <message>
        <source>Why the request is denied.</source>
        <translation>Warum der Antrag abgelehnt wird.</translation>
    </message>
    <message>
        <source>leave deny: --reason is required.</source>
        <translation>leave deny: --reason ist erforderlich.</translation>
    </message>
    <message>
        <source>Cancels a pending or approved leave request. The shifts approval opened or marked go back to the clinician, unless they have been changed since.</source>
        <translation>Storniert einen ausstehenden oder genehmigten Abwesenheitsantrag. Die durch die Genehmigung geöffneten oder markierten Schichten gehen an den Mitarbeiter zurück, sofern sie inzwischen nicht geändert wurden.</translation>
    </message>
    <message>
        <source>Lists leave requests, newest first, as CSV or JSON.</source>
        <translation>Listet Abwesenheitsanträge als CSV oder JSON auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Only this clinician&apos;s requests.</source>
        <translation>Nur die Anträge dieses Mitarbeiters.</translation>
    </message>
    <message>
        <source>Only requests with this status.</source>
        <translation>Nur Anträge mit diesem Status.</translation>
    </message>
    <message>
        <source>Only this kind of leave.</source>
        <translation>Nur diese Art der Abwesenheit.</translation>
    </message>
    <message>
        <source>Only leave overlapping the range from this day (with --to).</source>
        <translation>Nur Abwesenheiten, die den Zeitraum ab diesem Tag überschneiden (mit --to).</translation>
    </message>
    <message>
        <source>Last day of the range (with --from).</source>
        <translation>Letzter Tag des Zeitraums (mit --from).</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Ausgabeformat: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot;; use csv or json.</source>
        <translation>%1: unbekanntes Format „%2“; verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <source>%1: unknown status &quot;%2&quot;.</source>
        <translation>%1: unbekannter Status „%2“.</translation>
    </message>
    <message>
        <source>%1: give --from and --to together.</source>
        <translation>%1: Geben Sie --from und --to zusammen an.</translation>
    </message>
    <message>
        <source>%1: --from and --to must be dates (YYYY-MM-DD), --from not after --to.</source>
        <translation>%1: --from und --to müssen Datumsangaben sein (YYYY-MM-DD), --from nicht nach --to.</translation>
    </message>
</context>
<context>
    <name>LeaveDayDelegate</name>
    <message>
        <source>d MMM</source>
        <comment>first day of a month in the leave calendar</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 · full</source>
        <comment>capacity, then the word full</comment>
        <translation>voll · %1</translation>
    </message>
</context>
<context>
    <name>LeaveQuotaCalculator</name>
    <message>
        <source>A leave adjustment of %1 weeks is not possible; it must be from -52 to 52 weeks.</source>
        <translation>Eine Urlaubsanpassung von %1 Wochen ist nicht möglich; sie muss zwischen -52 und 52 Wochen liegen.</translation>
    </message>
    <message>
        <source>from -52 to 52 weeks</source>
        <translation>von -52 bis 52 Wochen</translation>
    </message>
    <message>
        <source>There is no clinician with id %1.</source>
        <translation>Es gibt keinen Mitarbeiter mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is not an active clinician.</source>
        <translation>%1 ist kein aktiver Mitarbeiter.</translation>
    </message>
</context>
<context>
    <name>LeaveQuotaCommand</name>
    <message>
        <source>Shows the annual leave quota of a leave year: entitlement from the working terms, adjustments, leave used (approved and pending) and what remains, in weeks (and in the clinician&apos;s working days in CSV). All active clinicians unless some are named.</source>
        <translation>Zeigt den Jahresurlaubsanspruch eines Urlaubsjahres: Anspruch aus den Arbeitszeitmodellen, Anpassungen, verbrauchter Urlaub (genehmigt und ausstehend) und Resturlaub, in Wochen (und in CSV zusätzlich in Arbeitstagen des Mitarbeiters). Alle aktiven Mitarbeiter, sofern keine namentlich angegeben sind.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The leave year starting in this year (default: the leave year of today).</source>
        <translation>Das Urlaubsjahr, das in diesem Jahr beginnt (Standard: das Urlaubsjahr des heutigen Tages).</translation>
    </message>
    <message>
        <source>Only this clinician; may be given more than once.</source>
        <translation>Nur dieser Mitarbeiter; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Ausgabeformat: json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>leave-quota: unknown format &quot;%1&quot;; use json or csv.</source>
        <translation>leave-quota: unbekanntes Format „%1“; verwenden Sie json oder csv.</translation>
    </message>
    <message>
        <source>leave-quota: --year &quot;%1&quot; is not a year.</source>
        <translation>leave-quota: --year „%1“ ist keine Jahreszahl.</translation>
    </message>
    <message>
        <source>There is no clinician named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mitarbeiter namens „%1“.</translation>
    </message>
</context>
<context>
    <name>LeaveRequest</name>
    <message>
        <source>A leave request belongs to a clinician.</source>
        <translation>Ein Abwesenheitsantrag gehört zu einem Mitarbeiter.</translation>
    </message>
    <message>
        <source>A leave request needs a start date.</source>
        <translation>Ein Abwesenheitsantrag braucht ein Anfangsdatum.</translation>
    </message>
    <message>
        <source>A leave request needs an end date.</source>
        <translation>Ein Abwesenheitsantrag braucht ein Enddatum.</translation>
    </message>
    <message>
        <source>The leave ends on %1, before it starts on %2.</source>
        <translation>Die Abwesenheit endet am %1, vor ihrem Beginn am %2.</translation>
    </message>
    <message>
        <source>A denied request needs the reason it was denied.</source>
        <translation>Ein abgelehnter Antrag braucht den Ablehnungsgrund.</translation>
    </message>
    <message>
        <source>The number of affected shifts cannot be negative (it is %1).</source>
        <translation>Die Anzahl der betroffenen Schichten kann nicht negativ sein (sie ist %1).</translation>
    </message>
</context>
<context>
    <name>LeaveRequestListModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>when a leave request was made</comment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Ausnahme: %1</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Beantragt: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Clinician %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>leave request dates</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Calendar days, from the first to the last</source>
        <translation>Kalendertage, vom ersten bis zum letzten</translation>
    </message>
    <message>
        <source>The clinician&apos;s shifts in the leave when it was last processed</source>
        <translation>Die Schichten des Mitarbeiters in der Abwesenheit bei der letzten Bearbeitung</translation>
    </message>
    <message>
        <source>Why it was denied, or why it was let beyond the quota or capacity</source>
        <translation>Warum der Antrag abgelehnt oder trotz Überschreitung von Urlaubsanspruch oder Kapazität zugelassen wurde</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>LeaveRequestProcessor</name>
    <message>
        <source>The leave request is not valid: %1</source>
        <translation>Der Abwesenheitsantrag ist ungültig: %1</translation>
    </message>
    <message>
        <source>There is no clinician with id %1.</source>
        <translation>Es gibt keinen Mitarbeiter mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is not active; leave cannot be requested for them.</source>
        <translation>%1 ist nicht aktiv; für diesen Mitarbeiter kann keine Abwesenheit beantragt werden.</translation>
    </message>
    <message>
        <source>%1 is stored as denied: %2</source>
        <translation>%1 wird als abgelehnt gespeichert: %2</translation>
    </message>
    <message>
        <source>The shift in it stays as it is.</source>
        <translation>Die Schicht darin bleibt unverändert.</translation>
    </message>
    <message>
        <source>The %1 shifts in it stay as they are.</source>
        <translation>Die %1 Schichten darin bleiben unverändert.</translation>
    </message>
    <message>
        <source>%1 is pending approval.</source>
        <translation>%1 wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>It goes beyond the quota: %1 It stays pending because: %2</source>
        <translation>Er überschreitet den Urlaubsanspruch: %1 Er bleibt ausstehend, weil: %2</translation>
    </message>
    <message>
        <source>1 shift falls in it and stays as it is until it is approved: %1.</source>
        <translation>1 Schicht fällt hinein und bleibt bis zur Genehmigung unverändert: %1.</translation>
    </message>
    <message>
        <source>%1 shifts fall in it and stay as they are until it is approved: %2.</source>
        <translation>%1 Schichten fallen hinein und bleiben bis zur Genehmigung unverändert: %2.</translation>
    </message>
    <message>
        <source>Leave request %1 is %2; only a pending request can be approved.</source>
        <translation>Abwesenheitsantrag %1 ist %2; nur ein ausstehender Antrag kann genehmigt werden.</translation>
    </message>
    <message>
        <source>%1 is approved.</source>
        <translation>%1 ist genehmigt.</translation>
    </message>
    <message>
        <source>No shifts fall in it.</source>
        <translation>Es fallen keine Schichten hinein.</translation>
    </message>
    <message>
        <source>1 shift is now open: %1.</source>
        <translation>1 Schicht ist jetzt offen: %1.</translation>
    </message>
    <message>
        <source>%1 shifts are now open: %2.</source>
        <translation>%1 Schichten sind jetzt offen: %2.</translation>
    </message>
    <message>
        <source>1 shift now needs reassigning: %1.</source>
        <translation>1 Schicht muss jetzt neu besetzt werden: %1.</translation>
    </message>
    <message>
        <source>%1 shifts now need reassigning: %2.</source>
        <translation>%1 Schichten müssen jetzt neu besetzt werden: %2.</translation>
    </message>
    <message>
        <source>Leave request %1 is %2; only a pending request can be denied.</source>
        <translation>Abwesenheitsantrag %1 ist %2; nur ein ausstehender Antrag kann abgelehnt werden.</translation>
    </message>
    <message>
        <source>%1 is denied: %2</source>
        <translation>%1 ist abgelehnt: %2</translation>
    </message>
    <message>
        <source>Leave request %1 is %2; only a pending or approved request can be cancelled.</source>
        <translation>Abwesenheitsantrag %1 ist %2; nur ein ausstehender oder genehmigter Antrag kann storniert werden.</translation>
    </message>
    <message>
        <source>Shift %1 was deleted since; not restored.</source>
        <translation>Die Schicht %1 wurde inzwischen gelöscht; nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Shift %1 was reassigned to %2 since; left as it is.</source>
        <translation>Die Schicht %1 wurde inzwischen %2 zugewiesen; unverändert gelassen.</translation>
    </message>
    <message>
        <source>Shift %1 was changed since; left as it is.</source>
        <translation>Die Schicht %1 wurde inzwischen geändert; unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>%1 ist storniert.</translation>
    </message>
    <message>
        <source>1 shift is back as it was before the approval: %1.</source>
        <translation>1 Schicht ist wieder wie vor der Genehmigung: %1.</translation>
    </message>
    <message>
        <source>%1 shifts are back as they were before the approval: %2.</source>
        <translation>%1 Schichten sind wieder wie vor der Genehmigung: %2.</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>Links the workspace to a rota server: the server&apos;s address and the user name are kept in the workspace, the password never is. With --password-stdin the password is read from the first line of standard input, checked by logging in, and kept in the system keychain when there is one.</source>
        <translation>Verknüpft den Arbeitsbereich mit einem Dienstplan-Server: Die Adresse des Servers und der Benutzername werden im Arbeitsbereich gespeichert, das Passwort nie. Mit --password-stdin wird das Passwort aus der ersten Zeile der Standardeingabe gelesen, durch eine Anmeldung geprüft und im Schlüsselbund des Systems gespeichert, sofern es einen gibt.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The rota server&apos;s address, e.g. https://rota.example.org/.</source>
        <translation>Die Adresse des Dienstplan-Servers, z. B. https://rota.example.org/.</translation>
    </message>
    <message>
        <source>The user name on the rota server.</source>
        <translation>Der Benutzername auf dem Dienstplan-Server.</translation>
    </message>
    <message>
        <source>Read the password from standard input, log in to check it and keep it in the keychain.</source>
        <translation>Das Passwort aus der Standardeingabe lesen, die Anmeldung prüfen und es im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Allow a plain http:// address that is not on this computer (the password and the rota travel unencrypted).</source>
        <translation>Eine einfache http://-Adresse erlauben, die nicht auf diesem Computer liegt (Passwort und Dienstplan werden unverschlüsselt übertragen).</translation>
    </message>
    <message>
        <source>link: give both --server and --user.</source>
        <translation>link: --server und --user angeben.</translation>
    </message>
    <message>
        <source>link: %1</source>
        <translation>link: %1</translation>
    </message>
    <message>
        <source>No password on standard input; nothing was changed.</source>
        <translation>Kein Passwort auf der Standardeingabe; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The link was not saved: %1</source>
        <translation>Die Verknüpfung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Linked %1 to %2 as %3; logging in works.</source>
        <translation>%1 ist mit %2 als %3 verknüpft; die Anmeldung funktioniert.</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Linked %1 to %2 as %3.</source>
        <translation>%1 ist mit %2 als %3 verknüpft.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clinicians</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereichsdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Create a fresh demo department with a rota around today and open it</source>
        <translation>Eine neue Demo-Abteilung mit einem Dienstplan um das heutige Datum anlegen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RotaDesk</source>
        <translation>Ü&amp;ber RotaDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>%1 is the workspace open now; choose another name for the new one.</source>
        <translation>%1 ist der gerade geöffnete Arbeitsbereich; wählen Sie einen anderen Namen für den neuen.</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Nicht angelegt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Demo nicht angelegt</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Workspace</source>
        <translation>Der Demo-Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Demo created</source>
        <translation>Demo angelegt</translation>
    </message>
    <message>
        <source>The workspace %1 no longer exists. It has been removed from the recent files.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht mehr. Er wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Workspace Not Found</source>
        <translation>Arbeitsbereich nicht gefunden</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>RotaDesk workspaces (*.rota)</source>
        <translation>RotaDesk-Arbeitsbereiche (*.rota)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>RotaDesk workspaces (*.rota);;All files (*)</source>
        <translation>RotaDesk-Arbeitsbereiche (*.rota);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>RotaDesk</source>
        <translation>RotaDesk</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>%1 – RotaDesk</source>
        <translation>%1 – RotaDesk</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clinicians: %1</source>
        <translation>Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Shifts: %1 (%2 to %3)</source>
        <translation>Schichten: %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>About RotaDesk</source>
        <translation>Über RotaDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RotaDesk %1&lt;/h3&gt;&lt;p&gt;A rota manager for rota coordinators: hospital clinician rotas, on-call and volunteer rotas. It plans who works when, works offline on a local workspace file and keeps every change in a journal so that it can be undone and synchronised.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RotaDesk %1&lt;/h3&gt;&lt;p&gt;Ein Programm zur Dienstplanung für Dienstplanverantwortliche: Dienstpläne für Krankenhauspersonal, Bereitschafts- und Ehrenamtsdienste. Es plant, wer wann arbeitet, arbeitet offline mit einer lokalen Arbeitsbereichsdatei und hält jede Änderung in einem Protokoll fest, damit sie rückgängig gemacht und synchronisiert werden kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <source>Shift list</source>
        <translation>Schichtliste</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;cken…</translation>
    </message>
    <message>
        <source>Print the rota or write it as a PDF file</source>
        <translation>Den Dienstplan drucken oder als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Write the shifts of the period shown as an iCalendar file for calendar programs</source>
        <translation>Die Schichten des angezeigten Zeitraums als iCalendar-Datei für Kalenderprogramme speichern</translation>
    </message>
    <message>
        <source>Export Shifts as C&amp;SV…</source>
        <translation>&amp;Schichten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the shifts of the period shown as a CSV file</source>
        <translation>Die Schichten des angezeigten Zeitraums als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Export Shifts as CSV</source>
        <translation>Schichten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>Als &amp;Bild exportieren…</translation>
    </message>
    <message>
        <source>Write the availability heatmap or the statistics chart shown as a PNG image</source>
        <translation>Die angezeigte Verfügbarkeitsübersicht oder das Statistikdiagramm als PNG-Bild schreiben</translation>
    </message>
    <message>
        <source>Only the availability and statistics views can be exported as an image.</source>
        <translation>Nur die Verfügbarkeits- und die Statistikansicht können als Bild exportiert werden.</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Send this workspace&apos;s changes to the rota server and receive the changes made there</source>
        <translation>Die Änderungen dieses Arbeitsbereichs an den Dienstplan-Server senden und die dort gemachten Änderungen empfangen</translation>
    </message>
    <message>
        <source>&amp;Link to Rota Server…</source>
        <translation>Mit Dienstplan-Server &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Choose the rota server and the user this workspace syncs with</source>
        <translation>Den Dienstplan-Server und den Benutzer wählen, mit dem dieser Arbeitsbereich synchronisiert</translation>
    </message>
    <message>
        <source>&amp;Rota</source>
        <translation>&amp;Dienstplan</translation>
    </message>
    <message>
        <source>&amp;Generate Rota…</source>
        <translation>Dienstplan &amp;erstellen…</translation>
    </message>
    <message>
        <source>Fill or replace the unpinned shifts of a period automatically, previewed before anything is written</source>
        <translation>Die nicht fixierten Schichten eines Zeitraums automatisch besetzen oder ersetzen, mit Vorschau, bevor etwas geschrieben wird</translation>
    </message>
    <message>
        <source>Re&amp;balance Rota…</source>
        <translation>Dienstplan aus&amp;gleichen…</translation>
    </message>
    <message>
        <source>Change as few shifts as possible so that the rota keeps the rules again</source>
        <translation>So wenige Schichten wie möglich ändern, damit der Dienstplan die Regeln wieder einhält</translation>
    </message>
    <message>
        <source>Rota status</source>
        <translation>Dienstplanstatus</translation>
    </message>
    <message>
        <source>Swaps</source>
        <translation>Tausch</translation>
    </message>
    <message>
        <source>Open shifts</source>
        <translation>Offene Schichten</translation>
    </message>
    <message>
        <source>Rotas</source>
        <translation>Dienstpläne</translation>
    </message>
</context>
<context>
    <name>MonthDelegate</name>
    <message>
        <source>d MMM</source>
        <comment>first day of a month in the month view</comment>
        <translation>d. MMM</translation>
    </message>
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
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Open</source>
        <comment>a shift nobody is assigned to</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end time of a shift</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>leave type: clinician</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>shift code, clinician, times</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date in a leave tooltip</comment>
        <translation>d. MMM</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2
%3 – %4 (%n day(s))</source>
        <comment>leave type: clinician, first and last day</comment>
        <translation>
            <numerusform>%1: %2
%3 – %4 (%n Tag)</numerusform>
            <numerusform>%1: %2
%3 – %4 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Requested, not yet approved</source>
        <translation>Beantragt, noch nicht genehmigt</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day in the month view&apos;s summary</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (bank holiday)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (requested)</source>
        <comment>leave not yet approved</comment>
        <translation>%1 (beantragt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>leave type: clinicians</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no shifts</source>
        <comment>a day in the month view</comment>
        <translation>%1: keine Schichten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a day in the month view: its shifts and leave</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number, short</comment>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>KW %1</translation>
    </message>
</context>
<context>
    <name>NrpChecker</name>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>days %1 to %2</source>
        <translation>Tage %1 bis %2</translation>
    </message>
    <message>
        <source>The roster has %1 employees and %2 days; the instance has %3 employees and %4 days</source>
        <translation>Der Plan hat %1 Mitarbeiter und %2 Tage; die Instanz hat %3 Mitarbeiter und %4 Tage</translation>
    </message>
    <message>
        <source>Employee %1, day %2: %3 is not a shift type index</source>
        <translation>Mitarbeiter %1, Tag %2: %3 ist kein Index eines Schichttyps</translation>
    </message>
    <message>
        <source>Employee %1, day %2: works %3 on a day off</source>
        <translation>Mitarbeiter %1, Tag %2: arbeitet %3 an einem freien Tag</translation>
    </message>
    <message>
        <source>Employee %1, days %2 and %3: %4 followed by %5, which may not follow it</source>
        <translation>Mitarbeiter %1, Tage %2 und %3: %4 gefolgt von %5, das nicht darauf folgen darf</translation>
    </message>
    <message numerus="yes">
        <source>Employee %1: %n shift(s) of type %2, at most %3 allowed</source>
        <translation>
            <numerusform>Mitarbeiter %1: %n Schicht vom Typ %2, höchstens %3 erlaubt</numerusform>
            <numerusform>Mitarbeiter %1: %n Schichten vom Typ %2, höchstens %3 erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>Employee %1: %2 minutes worked, at most %3 allowed</source>
        <translation>Mitarbeiter %1: %2 Minuten gearbeitet, höchstens %3 erlaubt</translation>
    </message>
    <message>
        <source>Employee %1: %2 minutes worked, at least %3 required</source>
        <translation>Mitarbeiter %1: %2 Minuten gearbeitet, mindestens %3 verlangt</translation>
    </message>
    <message numerus="yes">
        <source>Employee %1, %2: %n consecutive shift(s), at most %3 allowed</source>
        <translation>
            <numerusform>Mitarbeiter %1, %2: %n Schicht in Folge, höchstens %3 erlaubt</numerusform>
            <numerusform>Mitarbeiter %1, %2: %n Schichten in Folge, höchstens %3 erlaubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Employee %1, %2: %n consecutive shift(s), at least %3 required</source>
        <translation>
            <numerusform>Mitarbeiter %1, %2: %n Schicht in Folge, mindestens %3 verlangt</numerusform>
            <numerusform>Mitarbeiter %1, %2: %n Schichten in Folge, mindestens %3 verlangt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Employee %1, %2: %n consecutive day(s) off, at least %3 required</source>
        <translation>
            <numerusform>Mitarbeiter %1, %2: %n freier Tag in Folge, mindestens %3 verlangt</numerusform>
            <numerusform>Mitarbeiter %1, %2: %n freie Tage in Folge, mindestens %3 verlangt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Employee %1: %n working weekend(s), at most %2 allowed</source>
        <translation>
            <numerusform>Mitarbeiter %1: %n Arbeitswochenende, höchstens %2 erlaubt</numerusform>
            <numerusform>Mitarbeiter %1: %n Arbeitswochenenden, höchstens %2 erlaubt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NrpCommand</name>
    <message>
        <source>Solves an employee shift scheduling benchmark instance (Curtois &amp; Qu format) with RotaDesk&apos;s rota generator, checks the roster independently and prints its objective as the last line.</source>
        <translation>Löst eine Benchmark-Instanz der Schichtplanung (Format von Curtois &amp; Qu) mit dem Dienstplangenerator von RotaDesk, prüft den Plan unabhängig und gibt den Zielwert als letzte Zeile aus.</translation>
    </message>
    <message>
        <source>The action: solve.</source>
        <translation>Die Aktion: solve.</translation>
    </message>
    <message>
        <source>The instance file.</source>
        <translation>Die Instanzdatei.</translation>
    </message>
    <message>
        <source>Time budget in seconds (default 30).</source>
        <translation>Zeitbudget in Sekunden (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Seed of the search (default 1): the same seed and iterations give the same roster.</source>
        <translation>Startwert der Suche (Vorgabe 1): gleicher Startwert und gleiche Iterationen ergeben denselben Plan.</translation>
    </message>
    <message>
        <source>Searches run side by side (default 2).</source>
        <translation>Gleichzeitig laufende Suchen (Vorgabe 2).</translation>
    </message>
    <message>
        <source>Stop each search after this many moves instead of at the time budget.</source>
        <translation>Jede Suche nach so vielen Zügen beenden statt am Ende des Zeitbudgets.</translation>
    </message>
    <message>
        <source>Write the roster to this file: a line per employee, the id and each day&apos;s shift or &quot;-&quot;, separated by tabs.</source>
        <translation>Den Plan in diese Datei schreiben: eine Zeile je Mitarbeiter, die Kennung und für jeden Tag die Schicht oder „-“, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>nrp: expected &quot;nrp solve INSTANCE.txt&quot;.</source>
        <translation>nrp: erwartet wird „nrp solve INSTANCE.txt“.</translation>
    </message>
    <message>
        <source>nrp: --seconds &quot;%1&quot; is not a number of seconds.</source>
        <translation>nrp: --seconds „%1“ ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>nrp: --seed &quot;%1&quot; is not a whole number.</source>
        <translation>nrp: --seed „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>nrp: --threads &quot;%1&quot; is not a number from 1 to 64.</source>
        <translation>nrp: --threads „%1“ ist keine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>nrp: --iterations &quot;%1&quot; is not a positive whole number.</source>
        <translation>nrp: --iterations „%1“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>instance: %1 (%2 days, %3 employees, %4 shift types)</source>
        <translation>Instanz: %1 (%2 Tage, %3 Mitarbeiter, %4 Schichttypen)</translation>
    </message>
    <message>
        <source>search: %1 s, %2 moves on %3 thread(s), seed %4</source>
        <translation>Suche: %1 s, %2 Züge in %3 Thread(s), Startwert %4</translation>
    </message>
    <message>
        <source>shift-on requests: %1, shift-off requests: %2, cover: %3</source>
        <translation>Schichtwünsche: %1, Freiwünsche: %2, Besetzung: %3</translation>
    </message>
    <message>
        <source>nrp: cannot write the roster to &quot;%1&quot;: %2</source>
        <translation>nrp: der Plan kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>hard violations: %1</source>
        <translation>harte Verstöße: %1</translation>
    </message>
    <message>
        <source>nrp: the solver&apos;s cost %1 differs from the checker&apos;s objective %2.</source>
        <translation>nrp: die Kosten des Lösers (%1) weichen vom Zielwert der Prüfung (%2) ab.</translation>
    </message>
</context>
<context>
    <name>NrpInstance</name>
    <message>
        <source>unknown section</source>
        <translation>unbekannter Abschnitt</translation>
    </message>
    <message>
        <source>the section appears twice (first on line %1)</source>
        <translation>der Abschnitt kommt zweimal vor (zuerst in Zeile %1)</translation>
    </message>
    <message>
        <source>data before the first SECTION_ heading</source>
        <translation>Daten vor der ersten SECTION_-Überschrift</translation>
    </message>
    <message>
        <source>the section is missing</source>
        <translation>der Abschnitt fehlt</translation>
    </message>
    <message>
        <source>%1 fields where %2 are expected</source>
        <translation>%1 Felder, wo %2 erwartet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative</source>
        <translation>„%1“ ist negativ</translation>
    </message>
    <message>
        <source>day %1 is outside the horizon of %2 days (0 to %3)</source>
        <translation>Tag %1 liegt außerhalb des Horizonts von %2 Tagen (0 bis %3)</translation>
    </message>
    <message>
        <source>unknown shift type &quot;%1&quot;</source>
        <translation>unbekannter Schichttyp „%1“</translation>
    </message>
    <message>
        <source>unknown employee &quot;%1&quot;</source>
        <translation>unbekannter Mitarbeiter „%1“</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>die Kennung ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already defined on line %2</source>
        <translation>„%1“ ist schon in Zeile %2 festgelegt</translation>
    </message>
    <message>
        <source>the number of days is missing</source>
        <translation>die Anzahl der Tage fehlt</translation>
    </message>
    <message>
        <source>a second value; the horizon is given on line %1</source>
        <translation>ein zweiter Wert; der Horizont steht in Zeile %1</translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 days</source>
        <translation>der Horizont muss 1 bis %1 Tage lang sein</translation>
    </message>
    <message>
        <source>no shift types</source>
        <translation>keine Schichttypen</translation>
    </message>
    <message>
        <source>more than %1 shift types</source>
        <translation>mehr als %1 Schichttypen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form ShiftID=number</source>
        <translation>„%1“ hat nicht die Form ShiftID=Zahl</translation>
    </message>
    <message>
        <source>shift type &quot;%1&quot; is named twice</source>
        <translation>der Schichttyp „%1“ ist zweimal genannt</translation>
    </message>
    <message>
        <source>no employees</source>
        <translation>keine Mitarbeiter</translation>
    </message>
    <message>
        <source>day %1, shift type %2 already has a cover row on line %3</source>
        <translation>Tag %1, Schichttyp %2 hat schon eine Besetzungszeile in Zeile %3</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>NrpRoster</name>
    <message>
        <source>Line %1: unknown employee &quot;%2&quot;</source>
        <translation>Zeile %1: unbekannter Mitarbeiter „%2“</translation>
    </message>
    <message>
        <source>Line %1: employee %2 is already on line %3</source>
        <translation>Zeile %1: Mitarbeiter %2 steht schon in Zeile %3</translation>
    </message>
    <message>
        <source>Line %1: employee %2: %3 days where the instance has %4</source>
        <translation>Zeile %1: Mitarbeiter %2: %3 Tage, wo die Instanz %4 hat</translation>
    </message>
    <message>
        <source>Line %1: employee %2, day %3: unknown shift type &quot;%4&quot;</source>
        <translation>Zeile %1: Mitarbeiter %2, Tag %3: unbekannter Schichttyp „%4“</translation>
    </message>
    <message>
        <source>No line for employee(s) %1</source>
        <translation>Keine Zeile für Mitarbeiter %1</translation>
    </message>
</context>
<context>
    <name>OpenShiftTableModel</name>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>OpenShiftView</name>
    <message>
        <source>Assign to…</source>
        <translation>Zuweisen an …</translation>
    </message>
    <message>
        <source>New claim code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>between (exclusive)</source>
        <translation>zwischen (ohne Grenzen)</translation>
    </message>
    <message>
        <source>between (inclusive)</source>
        <translation>zwischen (mit Grenzen)</translation>
    </message>
    <message>
        <source>from A, before B</source>
        <translation>ab A, vor B</translation>
    </message>
    <message>
        <source>after A, up to B</source>
        <translation>nach A, bis B</translation>
    </message>
    <message>
        <source>value, or A,B for between</source>
        <translation>Wert, oder A,B für zwischen</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD, times as YYYY-MM-DDTHH:MM, lengths in hours, names as shown, true or false.</source>
        <translation>Daten als JJJJ-MM-TT, Zeiten als JJJJ-MM-TTTHH:MM, Dauer in Stunden, Namen wie angezeigt, true oder false.</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>All conditions must hold. Double-click one to remove it.</source>
        <translation>Alle Bedingungen müssen gelten. Doppelklick entfernt eine.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Shift not assigned</source>
        <translation>Schicht nicht zugewiesen</translation>
    </message>
    <message>
        <source>No new claim code</source>
        <translation>Kein neuer Code</translation>
    </message>
    <message numerus="yes">
        <source>%n open shift(s)</source>
        <translation>
            <numerusform>%n offene Schicht</numerusform>
            <numerusform>%n offene Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign open shift</source>
        <translation>Offene Schicht zuweisen</translation>
    </message>
    <message>
        <source>Who works this shift?</source>
        <translation>Wer arbeitet diese Schicht?</translation>
    </message>
    <message>
        <source>Choose an open shift first.</source>
        <translation>Zuerst eine offene Schicht wählen.</translation>
    </message>
    <message>
        <source>Open shift assigned.</source>
        <translation>Offene Schicht zugewiesen.</translation>
    </message>
</context>
<context>
    <name>PeriodExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PinShift</name>
    <message>
        <source>Pin %1</source>
        <translation>%1 fixieren</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Fixierung von %1 lösen</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>First day to print.</source>
        <translation>Erster zu druckender Tag.</translation>
    </message>
    <message>
        <source>Last day to print.</source>
        <translation>Letzter zu druckender Tag.</translation>
    </message>
    <message>
        <source>Print only this team&apos;s clinicians.</source>
        <translation>Nur die Mitarbeiter dieses Teams drucken.</translation>
    </message>
    <message>
        <source>Paper orientation: landscape (default) or portrait.</source>
        <translation>Papierausrichtung: landscape (Standard) oder portrait.</translation>
    </message>
    <message>
        <source>Grid view: start a new page for each team or week as well (default none).</source>
        <translation>Rasteransicht: zusätzlich für jedes Team oder jede Woche eine neue Seite beginnen (Standard none).</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation>Die zu schreibende PDF-Datei; eine vorhandene Datei wird ersetzt.</translation>
    </message>
    <message>
        <source>print: --%1 is required.</source>
        <translation>print: --%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>print: --%1 &quot;%2&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>print: --%1 „%2“ ist kein Datum; verwenden Sie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>print: --from %1 is after --to %2.</source>
        <translation>print: --from %1 liegt nach --to %2.</translation>
    </message>
    <message>
        <source>print: unknown orientation &quot;%1&quot;; use portrait or landscape.</source>
        <translation>print: unbekannte Ausrichtung „%1“; verwenden Sie portrait oder landscape.</translation>
    </message>
    <message>
        <source>print: unknown page break &quot;%1&quot;; use none, team or week.</source>
        <translation>print: unbekannter Seitenumbruch „%1“; verwenden Sie none, team oder week.</translation>
    </message>
    <message>
        <source>print: --pdf is required: the PDF file to write.</source>
        <translation>print: --pdf ist erforderlich: die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>print: there is no team &quot;%1&quot; in %2.</source>
        <translation>print: In %2 gibt es kein Team „%1“.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the rota of a date range (both days included) as a PDF file: the grid of clinicians and days, one page per month, one page per week with a time axis, or the availability heatmap (who can work on each day, and each team against its minimum).</source>
        <translation>Schreibt den Dienstplan eines Zeitraums (beide Tage eingeschlossen) als PDF-Datei: das Raster aus Mitarbeitern und Tagen, eine Seite pro Monat, eine Seite pro Woche mit Zeitachse oder die Verfügbarkeitsübersicht (wer an jedem Tag arbeiten kann, und jedes Team gegen sein Minimum).</translation>
    </message>
    <message>
        <source>What the pages show: grid (default), month, week or heatmap.</source>
        <translation>Was die Seiten zeigen: grid (Standard), month, week oder heatmap.</translation>
    </message>
    <message>
        <source>print: unknown view &quot;%1&quot;; use grid, month, week or heatmap.</source>
        <translation>print: unbekannte Ansicht „%1“; grid, month, week oder heatmap verwenden.</translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Only when a page is full</source>
        <translation>Nur wenn eine Seite voll ist</translation>
    </message>
    <message>
        <source>Each team on a new page</source>
        <translation>Jedes Team auf einer neuen Seite</translation>
    </message>
    <message>
        <source>Each week on a new page</source>
        <translation>Jede Woche auf einer neuen Seite</translation>
    </message>
    <message>
        <source>Availability heatmap</source>
        <translation>Verfügbarkeitsübersicht</translation>
    </message>
</context>
<context>
    <name>PrintPageFrame</name>
    <message>
        <source>The pages cannot be painted: the printer or the file is not ready.</source>
        <translation>Die Seiten können nicht gezeichnet werden: Der Drucker oder die Datei ist nicht bereit.</translation>
    </message>
    <message>
        <source>Page %1 cannot be started.</source>
        <translation>Seite %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>Die Seiten konnten nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>PrintSetupDialog</name>
    <message>
        <source>Print Rota</source>
        <translation>Dienstplan drucken</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>Aus&amp;richtung:</translation>
    </message>
    <message>
        <source>&amp;Page breaks:</source>
        <translation>&amp;Seitenumbrüche:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>V&amp;orschau…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1: %2% (%3 rows, %4 rows/s)</source>
        <translation>%1: %2 % (%3 Zeilen, %4 Zeilen/s)</translation>
    </message>
</context>
<context>
    <name>ProposalChangeModel</name>
    <message>
        <source>Clinician %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>There is no %1 with id %2 in &quot;%3&quot;.</source>
        <translation>%1 mit der ID %2 existiert nicht in „%3“.</translation>
    </message>
</context>
<context>
    <name>RecordTraits</name>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>working term</source>
        <translation>Arbeitszeitmodell</translation>
    </message>
    <message>
        <source>shift type</source>
        <translation>Schichtart</translation>
    </message>
    <message>
        <source>shift pattern</source>
        <translation>Schichtmuster</translation>
    </message>
    <message>
        <source>timeslot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>rota</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <source>repeating shift</source>
        <translation>Schichtserie</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>leave request</source>
        <translation>Abwesenheitsantrag</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>swap request</source>
        <translation>Tauschanfrage</translation>
    </message>
    <message>
        <source>reporting period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>closed date</source>
        <translation>Schließtag</translation>
    </message>
</context>
<context>
    <name>RecordedEdit</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>RepeatingShift</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>The clinician reference %1 is not a valid id; an open series has no clinician.</source>
        <translation>Die Mitarbeiter-Referenz %1 ist keine gültige ID; eine offene Serie hat keinen Mitarbeiter.</translation>
    </message>
    <message>
        <source>A repeating shift needs a shift type.</source>
        <translation>Eine Schichtserie braucht eine Schichtart.</translation>
    </message>
    <message>
        <source>A repeating shift needs the date of its first occurrence.</source>
        <translation>Eine Schichtserie braucht das Datum ihres ersten Termins.</translation>
    </message>
    <message>
        <source>A timed series needs both a start and an end time; a whole-day series has neither.</source>
        <translation>Eine Serie mit Uhrzeiten braucht Anfangs- und Endzeit; eine ganztägige Serie hat keine von beiden.</translation>
    </message>
    <message>
        <source>A repeating shift needs a time zone (an IANA name such as Europe/London).</source>
        <translation>Eine Schichtserie braucht eine Zeitzone (einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/London).</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>The interval is %1; a series repeats every 1 or more days, weeks or months.</source>
        <translation>Das Intervall ist %1; eine Serie wiederholt sich alle 1 oder mehr Tage, Wochen oder Monate.</translation>
    </message>
    <message>
        <source>Weekdays apply to weekly series only; a %1 series repeats on the weekday of its first occurrence.</source>
        <translation>Wochentage gelten nur für wöchentliche Serien; eine Serie mit dem Rhythmus „%1“ wiederholt sich am Wochentag ihres ersten Termins.</translation>
    </message>
    <message>
        <source>The first occurrence, %1, is a %2, which is not one of the series&apos; weekdays.</source>
        <translation>Der erste Termin, %1, ist ein %2 und damit keiner der Wochentage der Serie.</translation>
    </message>
    <message>
        <source>The number of occurrences cannot be negative (it is %1).</source>
        <translation>Die Anzahl der Termine kann nicht negativ sein (sie ist %1).</translation>
    </message>
    <message>
        <source>A series ends either on a date or after a number of occurrences, not both.</source>
        <translation>Eine Serie endet entweder an einem Datum oder nach einer Anzahl von Terminen, nicht beides.</translation>
    </message>
    <message>
        <source>The series ends on %1, before its first occurrence on %2.</source>
        <translation>Die Serie endet am %1, vor ihrem ersten Termin am %2.</translation>
    </message>
</context>
<context>
    <name>ReportingPeriod</name>
    <message>
        <source>A reporting period needs a name, such as Period 1.</source>
        <translation>Ein Berichtszeitraum braucht einen Namen, etwa Zeitraum 1.</translation>
    </message>
    <message>
        <source>A reporting period needs a first day.</source>
        <translation>Ein Berichtszeitraum braucht einen ersten Tag.</translation>
    </message>
    <message>
        <source>A reporting period needs a last day.</source>
        <translation>Ein Berichtszeitraum braucht einen letzten Tag.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>Der letzte Tag (%1) liegt vor dem ersten Tag (%2).</translation>
    </message>
    <message>
        <source>The period has %1 days; a reporting period has at most %2 (three years).</source>
        <translation>Der Zeitraum hat %1 Tage; ein Berichtszeitraum hat höchstens %2 (drei Jahre).</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodDialog</name>
    <message>
        <source>New Reporting Period</source>
        <translation>Neuer Berichtszeitraum</translation>
    </message>
    <message>
        <source>Edit Reporting Period</source>
        <translation>Berichtszeitraum bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>Another reporting period is called “%1”.</source>
        <translation>Ein anderer Berichtszeitraum heißt „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportingPeriodPage</name>
    <message>
        <source>&amp;New period…</source>
        <translation>&amp;Neuer Zeitraum…</translation>
    </message>
    <message>
        <source>&amp;Edit period…</source>
        <translation>Zeitraum &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete period</source>
        <translation>Zeitraum &amp;löschen</translation>
    </message>
    <message>
        <source>The workload report counts shifts over a reporting period. Periods may follow each other or overlap; each needs its own name.</source>
        <translation>Der Auslastungsbericht zählt Schichten über einen Berichtszeitraum. Zeiträume können aufeinander folgen oder sich überschneiden; jeder braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>New reporting period %1</source>
        <translation>Neuer Berichtszeitraum %1</translation>
    </message>
    <message>
        <source>Edit reporting period %1</source>
        <translation>Berichtszeitraum %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete reporting period %1</source>
        <translation>Berichtszeitraum %1 löschen</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The %1 is not valid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>The request %1 %2 was cancelled before it was sent.</source>
        <translation>Die Anfrage %1 %2 wurde abgebrochen, bevor sie gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>RosterBreakdown</name>
    <message>
        <source>Cover below minimum</source>
        <translation>Besetzung unter dem Minimum</translation>
    </message>
    <message>
        <source>Cover above maximum</source>
        <translation>Besetzung über dem Maximum</translation>
    </message>
    <message>
        <source>Shifts on leave or cannot-work days</source>
        <translation>Schichten bei Abwesenheit oder an Sperrtagen</translation>
    </message>
    <message>
        <source>Must-work days not worked</source>
        <translation>Pflichtdiensttage ohne Schicht</translation>
    </message>
    <message>
        <source>Pinned shifts changed</source>
        <translation>Geänderte fixierte Schichten</translation>
    </message>
    <message>
        <source>Too little rest between shifts</source>
        <translation>Zu kurze Ruhezeit zwischen Schichten</translation>
    </message>
    <message>
        <source>Shifts beyond the maximum of their type</source>
        <translation>Schichten über dem Höchstwert ihrer Art</translation>
    </message>
    <message>
        <source>Hours outside the period&apos;s limits</source>
        <translation>Stunden außerhalb der Grenzen des Zeitraums</translation>
    </message>
    <message>
        <source>Hours beyond the weekly limit</source>
        <translation>Stunden über der Wochengrenze</translation>
    </message>
    <message>
        <source>Working days beyond the consecutive limit</source>
        <translation>Arbeitstage über der Grenze in Folge</translation>
    </message>
    <message>
        <source>Days off short of the consecutive minimum</source>
        <translation>Freie Tage unter dem Minimum in Folge</translation>
    </message>
    <message>
        <source>Nights beyond the consecutive limit</source>
        <translation>Nachtdienste über der Grenze in Folge</translation>
    </message>
    <message>
        <source>Weekends beyond the maximum</source>
        <translation>Wochenenden über dem Höchstwert</translation>
    </message>
    <message>
        <source>Cover below ideal</source>
        <translation>Besetzung unter dem Ideal</translation>
    </message>
    <message>
        <source>Cover above ideal</source>
        <translation>Besetzung über dem Ideal</translation>
    </message>
    <message>
        <source>Requested shifts not given</source>
        <translation>Gewünschte Schichten nicht erhalten</translation>
    </message>
    <message>
        <source>Shifts against a request to be off</source>
        <translation>Schichten trotz Wunsch nach frei</translation>
    </message>
    <message>
        <source>Fair share: %1</source>
        <translation>Gerechter Anteil: %1</translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation>Gerechter Anteil</translation>
    </message>
    <message>
        <source>Changes to the rota</source>
        <translation>Änderungen am Dienstplan</translation>
    </message>
</context>
<context>
    <name>Rota</name>
    <message>
        <source>A rota needs a name.</source>
        <translation>Ein Dienstplan braucht einen Namen.</translation>
    </message>
    <message>
        <source>A rota needs a start date.</source>
        <translation>Ein Dienstplan braucht ein Anfangsdatum.</translation>
    </message>
    <message>
        <source>The rota ends on %1, before it starts on %2.</source>
        <translation>Der Dienstplan endet am %1, vor seinem Beginn am %2.</translation>
    </message>
</context>
<context>
    <name>RotaBulkEdit</name>
    <message>
        <source>Choose at least one rota.</source>
        <translation>Mindestens einen Dienstplan wählen.</translation>
    </message>
    <message>
        <source>There is no rota %1.</source>
        <translation>Es gibt keinen Dienstplan %1.</translation>
    </message>
    <message>
        <source>The rota &quot;%1&quot; starts on %2, after the end date %3.</source>
        <translation>Der Dienstplan „%1“ beginnt am %2, nach dem Enddatum %3.</translation>
    </message>
    <message numerus="yes">
        <source>Renaming %n rota(s) to &quot;%1&quot; would give them all one name; write {name} where each rota&apos;s name goes.</source>
        <translation>
            <numerusform>Einen Dienstplan in „%1“ umzubenennen gäbe ihm denselben Namen; {name} dort schreiben, wo sein Name hingehört.</numerusform>
            <numerusform>%n Dienstpläne in „%1“ umzubenennen gäbe allen denselben Namen; {name} dort schreiben, wo der Name jedes Dienstplans hingehört.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a first and a last date to close, the first not after the last.</source>
        <translation>Ersten und letzten zu schließenden Tag angeben, den ersten nicht nach dem letzten.</translation>
    </message>
    <message>
        <source>Close at most a year of dates at once; to stop a rota, give it an end date.</source>
        <translation>Höchstens ein Jahr auf einmal schließen; um einen Dienstplan zu beenden, ein Enddatum setzen.</translation>
    </message>
    <message>
        <source>Give the date from which the new pattern applies.</source>
        <translation>Das Datum angeben, ab dem das neue Muster gilt.</translation>
    </message>
    <message>
        <source>There is no shift pattern %1.</source>
        <translation>Es gibt kein Schichtmuster %1.</translation>
    </message>
    <message>
        <source>The rota &quot;%1&quot; ends on %2, before %3.</source>
        <translation>Der Dienstplan „%1“ endet am %2, vor dem %3.</translation>
    </message>
</context>
<context>
    <name>RotaClosedDate</name>
    <message>
        <source>A closed date belongs to a rota.</source>
        <translation>Ein Schließtag gehört zu einem Dienstplan.</translation>
    </message>
    <message>
        <source>A closed date needs a valid date.</source>
        <translation>Ein Schließtag braucht ein gültiges Datum.</translation>
    </message>
</context>
<context>
    <name>RotaCommand</name>
    <message>
        <source>Usage: %1 rota list FILE [--archived]
       %1 rota status FILE [--from DATE --to DATE] [--rota NAME]... [--detailed]
Run &quot;%1 rota status --help&quot; for the options.
</source>
        <translation>Aufruf: %1 rota list FILE [--archived]
        %1 rota status FILE [--from DATE --to DATE] [--rota NAME]... [--detailed]
„%1 rota status --help“ zeigt die Optionen.
</translation>
    </message>
    <message>
        <source>rota: say what to do: rota list|status FILE ...</source>
        <translation>rota: sagen, was zu tun ist: rota list|status FILE …</translation>
    </message>
    <message>
        <source>rota: unknown action &quot;%1&quot;; use list or status.</source>
        <translation>rota: unbekannte Aktion „%1“; list oder status verwenden.</translation>
    </message>
    <message>
        <source>Lists the rotas by name: team, shift pattern, start and end date. Archived rotas are left out unless --archived is given.</source>
        <translation>Listet die Dienstpläne nach Namen: Team, Schichtmuster, Beginn und Ende. Archivierte Dienstpläne nur mit --archived.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Also list archived rotas.</source>
        <translation>Auch archivierte Dienstpläne auflisten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>shift pattern</source>
        <translation>Schichtmuster</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Prints, as JSON in the shape of Assemble&apos;s rota period, how well the rotas&apos; timeslots are filled on each day of a date range (both days included; default: the current month). Status: -2 below-minimum, -1 below-ideal, 0 ideal, 1 above-ideal, 2 at-maximum, 3 over-maximum; a day&apos;s status is that of its most pressing timeslot; closed days have none. Archived rotas count only when named.</source>
        <translation>Gibt als JSON in der Form von Assembles „rota period“ aus, wie gut die Zeitfenster der Dienstpläne an jedem Tag eines Zeitraums besetzt sind (beide Tage eingeschlossen; ohne Angabe: der laufende Monat). Status: -2 below-minimum, -1 below-ideal, 0 ideal, 1 above-ideal, 2 at-maximum, 3 over-maximum; der Status eines Tages ist der seines dringendsten Zeitfensters; geschlossene Tage haben keinen. Archivierte Dienstpläne zählen nur, wenn sie genannt werden.</translation>
    </message>
    <message>
        <source>First day of the range.</source>
        <translation>Erster Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Last day of the range.</source>
        <translation>Letzter Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Only this rota (by name); may be given several times.</source>
        <translation>Nur dieser Dienstplan (nach Namen); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Each rota on each day with its timeslots and shifts.</source>
        <translation>Jeder Dienstplan an jedem Tag mit seinen Zeitfenstern und Schichten.</translation>
    </message>
    <message>
        <source>%1: give --from and --to together.</source>
        <translation>%1: --from und --to zusammen angeben.</translation>
    </message>
    <message>
        <source>%1: --from and --to must be dates (YYYY-MM-DD), --from not after --to.</source>
        <translation>%1: --from und --to müssen Daten sein (JJJJ-MM-TT), --from nicht nach --to.</translation>
    </message>
    <message>
        <source>%1: there is no rota &quot;%2&quot;.</source>
        <translation>%1: Es gibt keinen Dienstplan „%2“.</translation>
    </message>
</context>
<context>
    <name>RotaGridModel</name>
    <message>
        <source>Open shifts</source>
        <translation>Offene Schichten</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Bank holiday: %1</source>
        <translation>Feiertag: %1</translation>
    </message>
    <message>
        <source>Unknown shift type</source>
        <translation>Unbekannte Schichtart</translation>
    </message>
    <message>
        <source>%1 (approved)</source>
        <translation>%1 (genehmigt)</translation>
    </message>
    <message>
        <source>%1 (requested)</source>
        <translation>%1 (beantragt)</translation>
    </message>
    <message>
        <source>Cannot work on %1s under the working terms.</source>
        <translation>Laut Arbeitszeitmodell an %1en nicht einsetzbar.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>ganztägig</translation>
    </message>
</context>
<context>
    <name>RotaListModel</name>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Shift pattern</source>
        <translation>Schichtmuster</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>RotaPeriod</name>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>The cover of %1 to %2 could not be read: %3</source>
        <translation>Die Besetzung von %1 bis %2 konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>RotaPrintDocument</name>
    <message>
        <source>whole day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>shift type times</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Clinician: %1</source>
        <translation>Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Shift type: %1</source>
        <translation>Schichtart: %1</translation>
    </message>
    <message>
        <source>Names containing “%1”</source>
        <translation>Namen mit „%1“</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>There are no days to print: the first and last day are not valid dates.</source>
        <translation>Es gibt keine Tage zum Drucken: Der erste und der letzte Tag sind keine gültigen Daten.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>shift type name and times</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>D</source>
        <comment>sample code of a pinned shift</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Pinned (corner mark)</source>
        <translation>Fixiert (Eckmarkierung)</translation>
    </message>
    <message>
        <source>Leave requested, not yet approved (paler)</source>
        <translation>Abwesenheit beantragt, noch nicht genehmigt (blasser)</translation>
    </message>
    <message>
        <source>Cannot work (working terms)</source>
        <translation>Nicht einsetzbar (Arbeitszeitmodell)</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Wochenende</translation>
    </message>
    <message>
        <source>Bank holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>1/2</source>
        <comment>sample cover below the minimum</comment>
        <translation>1/2</translation>
    </message>
    <message>
        <source>Cover below the minimum (bold)</source>
        <translation>Mindestbesetzung unterschritten (fett)</translation>
    </message>
    <message>
        <source>Not in the printed period</source>
        <translation>Nicht im gedruckten Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date and name of a bank holiday</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>days of one month: first day, last day, month and year</comment>
        <translation>%1.–%2. %3</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <comment>days of one year: first day and month, last day and month, year</comment>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Open shifts</source>
        <translation>Offene Schichten</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>period, view, filter</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <comment>team heading repeated on the next page</comment>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 cover</source>
        <comment>shift type name</comment>
        <translation>Besetzung %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>cover: count and required</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Offene Schicht</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <comment>week number, days</comment>
        <translation>KW %1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>shift code and clinician</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>shift times</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date format of the print time</comment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of a printed day</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format of a printed month</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format of a printed day without the year</comment>
        <translation>d. MMMM</translation>
    </message>
</context>
<context>
    <name>RotaPrinter</name>
    <message>
        <source>%1 rota, %2 to %3</source>
        <comment>workspace, first and last day</comment>
        <translation>Dienstplan %1, %2 bis %3</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The rota cannot be printed: %1</source>
        <translation>Der Dienstplan kann nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RotaProblem</name>
    <message>
        <source>The settings are not valid: %1</source>
        <translation>Die Einstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <source>Nobody can be planned: no active clinician of the chosen teams is on duty between %1 and %2.</source>
        <translation>Niemand kann geplant werden: Kein aktiver Mitarbeiter der gewählten Teams hat zwischen %1 und %2 Dienst.</translation>
    </message>
    <message>
        <source>There are %1 shift types to plan; the generator handles at most %2.</source>
        <translation>Es sind %1 Schichtarten zu planen; der Generator kann höchstens %2.</translation>
    </message>
    <message>
        <source>There is no active shift type to plan.</source>
        <translation>Es gibt keine aktive Schichtart zu planen.</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nachtdienste</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>Wochenendtage</translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>RotaStatusLegend</name>
    <message>
        <source>Closed (no timeslots that weekday, or a closed date)</source>
        <translation>Geschlossen (keine Zeitfenster an diesem Wochentag oder ein Schließtag)</translation>
    </message>
    <message>
        <source>Blank: the rota does not run that day</source>
        <translation>Leer: der Dienstplan läuft an diesem Tag nicht</translation>
    </message>
</context>
<context>
    <name>RotaStatusModel</name>
    <message>
        <source>%1: no chosen rota is open.</source>
        <translation>%1: Kein gewählter Dienstplan ist offen.</translation>
    </message>
    <message>
        <source>%1, all chosen rotas: %2 (%3 of %4 people at the ideal)</source>
        <translation>%1, alle gewählten Dienstpläne: %2 (%3 von %4 Personen im Idealfall)</translation>
    </message>
    <message>
        <source>%1, %2: the rota does not run.</source>
        <translation>%1, %2: Der Dienstplan läuft nicht.</translation>
    </message>
    <message>
        <source>%1, %2: closed.</source>
        <translation>%1, %2: geschlossen.</translation>
    </message>
    <message>
        <source>%1, %2: closed (%3).</source>
        <translation>%1, %2: geschlossen (%3).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1–%2: %3 (%4 of minimum %5, ideal %6, maximum %7)</source>
        <translation>%1–%2: %3 (%4 bei Minimum %5, Ideal %6, Maximum %7)</translation>
    </message>
    <message>
        <source>All chosen rotas</source>
        <translation>Alle gewählten Dienstpläne</translation>
    </message>
</context>
<context>
    <name>RotaStatusView</name>
    <message>
        <source>Show archived rotas</source>
        <translation>Archivierte Dienstpläne zeigen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s) from the first date</source>
        <translation>
            <numerusform>%n Tag ab dem ersten Datum zeigen</numerusform>
            <numerusform>%n Tage ab dem ersten Datum zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotas to show; unticked ones are left out of the summary row too.</source>
        <translation>Die anzuzeigenden Dienstpläne; nicht angehakte fehlen auch in der Summenzeile.</translation>
    </message>
    <message>
        <source>Rotas</source>
        <translation>Dienstpläne</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Timeslot or shift</source>
        <translation>Zeitfenster oder Schicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Choose a day of a rota to see its timeslots and shifts.</source>
        <translation>Einen Tag eines Dienstplans wählen, um seine Zeitfenster und Schichten zu sehen.</translation>
    </message>
    <message>
        <source>%1, %2: the rota does not run.</source>
        <translation>%1, %2: Der Dienstplan läuft nicht.</translation>
    </message>
    <message>
        <source>%1, %2: closed.</source>
        <translation>%1, %2: geschlossen.</translation>
    </message>
    <message>
        <source>%1, %2: closed (%3).</source>
        <translation>%1, %2: geschlossen (%3).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Offene Schicht</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>cancelled, not counted</source>
        <translation>abgesagt, nicht gezählt</translation>
    </message>
    <message>
        <source>nobody assigned, not counted</source>
        <translation>niemand zugewiesen, nicht gezählt</translation>
    </message>
    <message>
        <source>does not count toward cover</source>
        <translation>zählt nicht zur Besetzung</translation>
    </message>
</context>
<context>
    <name>RotaView</name>
    <message>
        <source>Cover per shift type</source>
        <translation>Besetzung pro Schichtart</translation>
    </message>
    <message>
        <source>Rota grid</source>
        <translation>Dienstplanraster</translation>
    </message>
    <message>
        <source>Department cover (on / required):</source>
        <translation>Besetzung der Abteilung (eingeteilt / erforderlich):</translation>
    </message>
    <message>
        <source>&amp;New Shift…</source>
        <translation>&amp;Neue Schicht…</translation>
    </message>
    <message>
        <source>&amp;Edit Shift…</source>
        <translation>Schicht &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Shifts</source>
        <translation>Schichten &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin</source>
        <translation>&amp;Fixieren oder lösen</translation>
    </message>
    <message>
        <source>&amp;Copy Shifts</source>
        <translation>Schichten &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Shifts</source>
        <translation>Schichten &amp;einfügen</translation>
    </message>
    <message>
        <source>Edit the shift of the current day (Enter or double-click)</source>
        <translation>Die Schicht des aktuellen Tages bearbeiten (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Delete the shifts of the selected days (Delete key)</source>
        <translation>Die Schichten der ausgewählten Tage löschen (Entf-Taste)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Raster</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Vorheriger Zeitraum (Alt+Left)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nächster Zeitraum (Alt+Right)</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Kalendermonat</translation>
    </message>
    <message>
        <source>How many days the grid shows</source>
        <translation>Wie viele Tage das Raster zeigt</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Te&amp;am:</translation>
    </message>
    <message>
        <source>S&amp;hift type:</source>
        <translation>&amp;Schichtart:</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation>Mitarbe&amp;iter:</translation>
    </message>
    <message>
        <source>Search a name</source>
        <translation>Nach einem Namen suchen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>Verkleinern (Ctrl+minus oder Ctrl+Mausrad)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus, or Ctrl+wheel)</source>
        <translation>Vergrößern (Ctrl+plus oder Ctrl+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All shift types</source>
        <translation>Alle Schichtarten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1: done, with conflicts: %2</source>
        <translation>%1: erledigt, mit Konflikten: %2</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>Neue Schicht</translation>
    </message>
    <message>
        <source>Edit shift</source>
        <translation>Schicht bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1%2</source>
        <translation>%1%2 bearbeiten</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>Schicht</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n shift(s)</source>
        <translation>
            <numerusform>%n Schicht fixieren</numerusform>
            <numerusform>%n Schichten fixieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n shift(s)</source>
        <translation>
            <numerusform>Fixierung von %n Schicht lösen</numerusform>
            <numerusform>Fixierung von %n Schichten lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to copy: the selected days have no shifts.</source>
        <translation>Nichts zu kopieren: Die ausgewählten Tage haben keine Schichten.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n shift(s).</source>
        <translation>
            <numerusform>%n Schicht kopiert.</numerusform>
            <numerusform>%n Schichten kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already works on %2. Swap the shifts, or add to what %1 has?</source>
        <translation>%1 hat am %2 bereits Dienst. Die Schichten tauschen oder zu den Schichten von %1 hinzufügen?</translation>
    </message>
    <message>
        <source>Already working</source>
        <translation>Bereits im Dienst</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format of a month in the title</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of the period shown</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the first day in the title</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the last day in the title</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Swap requested</source>
        <translation>Tausch angefragt</translation>
    </message>
    <message>
        <source>Swap requested: %1</source>
        <translation>Tausch angefragt: %1</translation>
    </message>
</context>
<context>
    <name>RotasView</name>
    <message>
        <source>Show archived rotas</source>
        <translation>Archivierte Dienstpläne zeigen</translation>
    </message>
    <message>
        <source>End date…</source>
        <translation>Enddatum …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Close dates…</source>
        <translation>Tage schließen …</translation>
    </message>
    <message>
        <source>New pattern from…</source>
        <translation>Neues Muster ab …</translation>
    </message>
    <message>
        <source>Rotas not changed</source>
        <translation>Dienstpläne nicht geändert</translation>
    </message>
    <message>
        <source>Select several rotas (Ctrl or Shift) to change them together.</source>
        <translation>Mehrere Dienstpläne wählen (Strg oder Umschalt), um sie gemeinsam zu ändern.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Weekday or date</source>
        <translation>Wochentag oder Datum</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Shift type</source>
        <translation>Schichtart</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message numerus="yes">
        <source>%n rota(s) selected.</source>
        <translation>
            <numerusform>%n Dienstplan gewählt.</numerusform>
            <numerusform>%n Dienstpläne gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rota to see its timeslots and closed dates.</source>
        <translation>Einen Dienstplan wählen, um seine Zeitfenster und Schließtage zu sehen.</translation>
    </message>
    <message>
        <source>%1: timeslots by weekday and closed dates</source>
        <translation>%1: Zeitfenster nach Wochentag und Schließtage</translation>
    </message>
    <message>
        <source>Closed: no timeslots</source>
        <translation>Geschlossen: keine Zeitfenster</translation>
    </message>
    <message>
        <source>Closed dates in the coming year: %1</source>
        <translation>Schließtage im kommenden Jahr: %1</translation>
    </message>
    <message>
        <source>Choose one or more rotas first.</source>
        <translation>Zuerst einen oder mehrere Dienstpläne wählen.</translation>
    </message>
    <message>
        <source>Set end date</source>
        <translation>Enddatum setzen</translation>
    </message>
    <message>
        <source>Rename rotas</source>
        <translation>Dienstpläne umbenennen</translation>
    </message>
    <message>
        <source>Close dates</source>
        <translation>Tage schließen</translation>
    </message>
    <message>
        <source>Archive rotas</source>
        <translation>Dienstpläne archivieren</translation>
    </message>
    <message>
        <source>Bring back rotas</source>
        <translation>Dienstpläne zurückholen</translation>
    </message>
    <message>
        <source>New shift pattern</source>
        <translation>Neues Schichtmuster</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Letzter Tag:</translation>
    </message>
    <message>
        <source>New name; {name} stands for each rota&apos;s present name (&quot;{name} 2027&quot;).</source>
        <translation>Neuer Name; {name} steht für den bisherigen Namen jedes Dienstplans („{name} 2027“).</translation>
    </message>
    <message>
        <source>e.g. Christmas closure</source>
        <translation>z. B. Weihnachtsschließung</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Erster Tag:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Dates not closed</source>
        <translation>Tage nicht geschlossen</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ab:</translation>
    </message>
    <message>
        <source>The rotas end the day before and run on with the new pattern; their shifts from that day move onto the timeslots they fit.</source>
        <translation>Die Dienstpläne enden am Vortag und laufen mit dem neuen Muster weiter; ihre Schichten ab diesem Tag kommen in die Zeitfenster, in die sie passen.</translation>
    </message>
    <message>
        <source>Pattern not changed</source>
        <translation>Muster nicht geändert</translation>
    </message>
    <message>
        <source>Shifts outside the new pattern</source>
        <translation>Schichten außerhalb des neuen Musters</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) fit no timeslot of the new pattern and stay as they were:</source>
        <translation>
            <numerusform>%n Schicht passt in kein Zeitfenster des neuen Musters und bleibt, wie sie war:</numerusform>
            <numerusform>%n Schichten passen in kein Zeitfenster des neuen Musters und bleiben, wie sie waren:</numerusform>
        </translation>
    </message>
    <message>
        <source>New shift pattern from %1.</source>
        <translation>Neues Schichtmuster ab %1.</translation>
    </message>
</context>
<context>
    <name>RuleChecker</name>
    <message>
        <source>HH:mm</source>
        <comment>time format</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <comment>date format: weekday, day, month and time</comment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>annual leave</source>
        <translation>Jahresurlaub</translation>
    </message>
    <message>
        <source>study leave</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>coroner&apos;s leave</source>
        <translation>Gerichtstermin</translation>
    </message>
    <message>
        <source>requested time off</source>
        <translation>Wunschfrei</translation>
    </message>
    <message>
        <source>sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>parental leave</source>
        <translation>Elternzeit</translation>
    </message>
    <message>
        <source>clinician %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>shift type of a shift whose type is missing</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (ganztägig)</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>The rules could not be checked: %1 could not be read (%2).</source>
        <translation>Die Regeln konnten nicht geprüft werden: %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>the cover per day</source>
        <translation>die Besetzung pro Tag</translation>
    </message>
    <message>
        <source>Nobody works %1 (%2) on %3; %4 needed.</source>
        <translation>Am %3 ist niemand für %1 (%2) eingeteilt; %4 benötigt.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 has %4 of the %5 people needed.</source>
        <translation>%1 (%2) am %3 ist mit %4 von %5 benötigten Personen besetzt.</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>%1 works %2 on %3 while on approved %4.</source>
        <translation>%1 hat am %3 Dienst %2 während einer genehmigten Abwesenheit (%4).</translation>
    </message>
    <message>
        <source>%1 works %2 on %3, a %4 the working terms exclude.</source>
        <translation>%1 hat am %3 Dienst %2, obwohl das Arbeitszeitmodell den Wochentag %4 ausschließt.</translation>
    </message>
    <message>
        <source>%1 is booked for %2 on %3 and %4 on %5 at the same time.</source>
        <translation>%1 ist gleichzeitig für %2 am %3 und %4 am %5 eingeplant.</translation>
    </message>
    <message>
        <source>%1 has only %2 rest between %3 ending %4 and %5 starting %6; %7 are required.</source>
        <translation>%1 hat nur %2 Ruhezeit zwischen %3 mit Ende %4 und %5 mit Beginn %6; %7 sind erforderlich.</translation>
    </message>
    <message>
        <source>%1 has no shift on %2, a must-work %3 under the working terms from %4.</source>
        <translation>%1 hat am %2 keine Schicht, obwohl der %3 laut Arbeitszeitmodell ab %4 ein Pflichtdiensttag ist.</translation>
    </message>
    <message>
        <source>%1 works %2 nights in a row from %3 to %4; at most %5 are allowed.</source>
        <translation>%1 hat vom %3 bis %4 %2 Nachtdienste in Folge; höchstens %5 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 works %2 in the week from %3, more than %4 (%5% of a %6 h full-time week).</source>
        <translation>%1 arbeitet in der Woche ab %3 %2, mehr als %4 (%5 % einer Vollzeitwoche mit %6 Std.).</translation>
    </message>
    <message>
        <source>%1 has %2 weeks of annual leave booked or requested in the leave year %3, beyond the %4 weeks allowed; the leave from %5 goes over.</source>
        <translation>%1 hat im Urlaubsjahr %3 %2 Wochen Jahresurlaub gebucht oder beantragt, mehr als die erlaubten %4 Wochen; die Abwesenheit ab %5 überschreitet den Anspruch.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, month and year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>The period to check needs a first day on or before its last day.</source>
        <translation>Der zu prüfende Zeitraum braucht einen ersten Tag, der am oder vor dem letzten Tag liegt.</translation>
    </message>
</context>
<context>
    <name>SeriesEdit</name>
    <message>
        <source>There is no repeating shift %1.</source>
        <translation>Es gibt keine wiederkehrende Schicht %1.</translation>
    </message>
    <message>
        <source>The series has no occurrence on %1.</source>
        <translation>Die Serie hat am %1 keinen Termin.</translation>
    </message>
    <message>
        <source>The series starts on %1; to cancel all of it, delete it.</source>
        <translation>Die Serie beginnt am %1; um sie ganz abzusagen, sie löschen.</translation>
    </message>
    <message>
        <source>The series has no occurrence on %1 to change.</source>
        <translation>Die Serie hat am %1 keinen Termin, der sich ändern ließe.</translation>
    </message>
    <message>
        <source>The series starts on %1; change the whole series instead.</source>
        <translation>Die Serie beginnt am %1; stattdessen die ganze Serie ändern.</translation>
    </message>
    <message>
        <source>The series has no occurrences left from %1.</source>
        <translation>Die Serie hat ab dem %1 keine Termine mehr.</translation>
    </message>
</context>
<context>
    <name>ServerCertificate</name>
    <message>
        <source>Certificate of &quot;%1&quot; issued by &quot;%2&quot;, valid from %3 to %4, SHA-256 fingerprint %5. Problems: %6</source>
        <translation>Zertifikat von „%1“, ausgestellt von „%2“, gültig von %3 bis %4, SHA-256-Fingerabdruck %5. Probleme: %6</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>Enter the address of the rota server.</source>
        <translation>Geben Sie die Adresse des Dienstplan-Servers ein.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>Die Adresse muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>Die Adresse enthält keinen Servernamen.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The address must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Die Adresse darf kein „?“ und kein „#“ enthalten.</translation>
    </message>
    <message>
        <source>Enter the user name on the rota server.</source>
        <translation>Geben Sie den Benutzernamen auf dem Dienstplan-Server ein.</translation>
    </message>
    <message>
        <source>The user name must not begin or end with a space.</source>
        <translation>Der Benutzername darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The rota server link is not valid: %1</source>
        <translation>Die Verbindung zum Dienstplan-Server ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>ServerLinkDialog</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Send the password and the rota unencrypted to this server</source>
        <translation>Passwort und Dienstplan unverschlüsselt an diesen Server senden</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this server</source>
        <translation>Genau diesem Zertifikat für diesen Server vertrauen</translation>
    </message>
    <message>
        <source>Check and Link</source>
        <translation>Prüfen und verknüpfen</translation>
    </message>
    <message>
        <source>Link to Rota Server</source>
        <translation>Mit Dienstplan-Server verknüpfen</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://) and not on this computer: anyone on the network between here and the server can read the password and the rota, and change them.</source>
        <translation>Diese Adresse ist nicht verschlüsselt (http://) und liegt nicht auf diesem Computer: Jeder im Netz zwischen hier und dem Server kann Passwort und Dienstplan lesen und ändern.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1): RotaDesk will ask for the password once each session.</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar (%1): RotaDesk fragt in jeder Sitzung einmal nach dem Passwort.</translation>
    </message>
    <message>
        <source>Enter the password; RotaDesk logs in to check it before linking.</source>
        <translation>Geben Sie das Passwort ein; RotaDesk meldet sich zur Prüfung an, bevor es verknüpft.</translation>
    </message>
    <message>
        <source>Tick this to use a plain http:// address, or use https://.</source>
        <translation>Setzen Sie das Häkchen, um eine einfache http://-Adresse zu verwenden, oder verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (SHA-256 %1) for this server</source>
        <translation>Genau diesem Zertifikat (SHA-256 %1) für diesen Server vertrauen</translation>
    </message>
</context>
<context>
    <name>ServerReply</name>
    <message>
        <source>The request %1 %2 was cancelled.</source>
        <translation>Die Anfrage %1 %2 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>RotaDesk only talks to http:// and https:// addresses with a host name; &quot;%1&quot; is not one.</source>
        <translation>RotaDesk spricht nur mit http://- und https://-Adressen mit einem Hostnamen; „%1“ ist keine solche.</translation>
    </message>
    <message>
        <source>%1 is not on the rota server %2; RotaDesk sends nothing to another server.</source>
        <translation>%1 liegt nicht auf dem Dienstplan-Server %2; RotaDesk sendet nichts an einen anderen Server.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1: a plain http:// address would show the password and the rota to anyone on the network. Use https://, or allow the insecure connection to this server.</source>
        <translation>An %1 wurde nichts gesendet: Eine einfache http://-Adresse würde das Passwort und den Dienstplan allen im Netz zeigen. Verwenden Sie https:// oder erlauben Sie die unsichere Verbindung zu diesem Server.</translation>
    </message>
    <message>
        <source>The request %1 was cancelled.</source>
        <translation>Die Anfrage %1 wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The server limits how often RotaDesk may ask; %1 can be sent again in %n second(s).</source>
        <translation>
            <numerusform>Der Server begrenzt, wie oft RotaDesk anfragen darf; %1 kann in %n Sekunde erneut gesendet werden.</numerusform>
            <numerusform>Der Server begrenzt, wie oft RotaDesk anfragen darf; %1 kann in %n Sekunden erneut gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server limits how often RotaDesk may ask; %1 must wait before it is sent again.</source>
        <translation>Der Server begrenzt, wie oft RotaDesk anfragen darf; %1 muss warten, bevor es erneut gesendet wird.</translation>
    </message>
    <message>
        <source>The server failed to answer %1 (HTTP %2). %3</source>
        <translation>Der Server konnte %1 nicht beantworten (HTTP %2). %3</translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2). %3</source>
        <translation>Der Server hat %1 abgelehnt (HTTP %2). %3</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON: %2 at offset %3 (line %4, column %5).</source>
        <translation>Die Antwort auf %1 ist kein gültiges JSON: %2 bei Position %3 (Zeile %4, Spalte %5).</translation>
    </message>
    <message>
        <source>The server answered %1 with HTTP %2, which RotaDesk does not understand.</source>
        <translation>Der Server hat %1 mit HTTP %2 beantwortet, was RotaDesk nicht versteht.</translation>
    </message>
    <message>
        <source>The server redirected %1 to %2, which is not on the rota server; RotaDesk does not follow it.</source>
        <translation>Der Server hat %1 nach %2 umgeleitet, das nicht auf dem Dienstplan-Server liegt; RotaDesk folgt dem nicht.</translation>
    </message>
    <message>
        <source>The server answered %1 with a redirect (HTTP %2) to %3; RotaDesk does not send a %4 again as a GET.</source>
        <translation>Der Server hat %1 mit einer Umleitung (HTTP %2) nach %3 beantwortet; RotaDesk sendet ein %4 nicht erneut als GET.</translation>
    </message>
    <message>
        <source>The server redirected %1 more than %2 times.</source>
        <translation>Der Server hat %1 mehr als %2-mal umgeleitet.</translation>
    </message>
    <message>
        <source>The server ended the session again right after RotaDesk logged in again as %1; %2 was not sent again.</source>
        <translation>Der Server hat die Sitzung gleich nach der erneuten Anmeldung als %1 wieder beendet; %2 wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Log in to %1 as %2 first: the server has no session for %3.</source>
        <translation>Melden Sie sich zuerst bei %1 als %2 an: Der Server hat keine Sitzung für %3.</translation>
    </message>
    <message>
        <source>The server had ended the session and logging in again failed, so %1 was not sent again: %2</source>
        <translation>Der Server hatte die Sitzung beendet und die erneute Anmeldung ist fehlgeschlagen, daher wurde %1 nicht erneut gesendet: %2</translation>
    </message>
    <message>
        <source>The login page %1 answered HTTP %2; is this the address of the rota server?</source>
        <translation>Die Anmeldeseite %1 antwortete mit HTTP %2; ist das die Adresse des Dienstplan-Servers?</translation>
    </message>
    <message>
        <source>The login page %1 has no CSRF token to log in with; is this the address of the rota server?</source>
        <translation>Die Anmeldeseite %1 enthält kein CSRF-Token für die Anmeldung; ist das die Adresse des Dienstplan-Servers?</translation>
    </message>
    <message>
        <source>The server %1 refused the user name &quot;%2&quot; or its password. %3</source>
        <translation>Der Server %1 hat den Benutzernamen „%2“ oder sein Passwort abgelehnt. %3</translation>
    </message>
    <message>
        <source>Logging in at %1 failed with HTTP %2.</source>
        <translation>Die Anmeldung bei %1 ist mit HTTP %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate RotaDesk does not trust, so %2 was not sent. %3</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, dem RotaDesk nicht vertraut, daher wurde %2 nicht gesendet. %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out: the server sent nothing for %n second(s).</source>
        <translation>
            <numerusform>%1 hat das Zeitlimit überschritten: Der Server hat %n Sekunde lang nichts gesendet.</numerusform>
            <numerusform>%1 hat das Zeitlimit überschritten: Der Server hat %n Sekunden lang nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure connection could be made for %1: %2</source>
        <translation>Für %1 konnte keine sichere Verbindung aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>The server could not be reached for %1: %2</source>
        <translation>Der Server war für %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost after %1 was sent; whether the server carried it out is not known, so it was not sent again.</source>
        <translation>Die Verbindung zum Server brach ab, nachdem %1 gesendet wurde; ob der Server es ausgeführt hat, ist nicht bekannt, daher wurde es nicht erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>A shift needs a time zone (an IANA name such as Europe/London).</source>
        <translation>Eine Schicht braucht eine Zeitzone (einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/London).</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>The date of the shift is not a valid calendar date.</source>
        <translation>Das Datum der Schicht ist kein gültiges Kalenderdatum.</translation>
    </message>
    <message>
        <source>The start time of the shift is not a valid time of day.</source>
        <translation>Die Anfangszeit der Schicht ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>The end time of the shift is not a valid time of day.</source>
        <translation>Die Endzeit der Schicht ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>The start time %1 does not exist on %2 in %3 because the clocks go forward.</source>
        <translation>Die Anfangszeit %1 existiert am %2 in %3 nicht, weil die Uhren vorgestellt werden.</translation>
    </message>
    <message>
        <source>The end time %1 does not exist on %2 in %3 because the clocks go forward.</source>
        <translation>Die Endzeit %1 existiert am %2 in %3 nicht, weil die Uhren vorgestellt werden.</translation>
    </message>
    <message>
        <source>From %1 on %2 to %3 on %4 in %5 is more than 24 hours because the clocks go back in between.</source>
        <translation>Von %1 am %2 bis %3 am %4 in %5 sind es mehr als 24 Stunden, weil dazwischen die Uhren zurückgestellt werden.</translation>
    </message>
    <message>
        <source>The clinician reference %1 is not a valid id; an open shift has no clinician.</source>
        <translation>Die Mitarbeiter-Referenz %1 ist keine gültige ID; eine offene Schicht hat keinen Mitarbeiter.</translation>
    </message>
    <message>
        <source>A shift needs a shift type.</source>
        <translation>Eine Schicht braucht eine Schichtart.</translation>
    </message>
    <message>
        <source>A shift needs a valid date.</source>
        <translation>Eine Schicht braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>The date %1 is outside the years %2 to %3.</source>
        <translation>Das Datum %1 liegt außerhalb der Jahre %2 bis %3.</translation>
    </message>
    <message>
        <source>A timed shift needs both a start and an end; a whole-day shift has neither.</source>
        <translation>Eine Schicht mit Uhrzeiten braucht Beginn und Ende; eine ganztägige Schicht hat keines von beiden.</translation>
    </message>
    <message>
        <source>The start (%1 seconds since 1970) is outside the years %2 to %3.</source>
        <translation>Der Beginn (%1 Sekunden seit 1970) liegt außerhalb der Jahre %2 bis %3.</translation>
    </message>
    <message>
        <source>The shift ends at or before its start; an overnight shift ends on the next day.</source>
        <translation>Die Schicht endet vor oder bei ihrem Beginn; eine Schicht über Mitternacht endet am nächsten Tag.</translation>
    </message>
    <message>
        <source>The shift lasts %1 minutes; a shift lasts at most 24 hours.</source>
        <translation>Die Schicht dauert %1 Minuten; eine Schicht dauert höchstens 24 Stunden.</translation>
    </message>
    <message>
        <source>The length (%1 minutes) does not match the start and end, which are %2 minutes apart.</source>
        <translation>Die Dauer (%1 Minuten) passt nicht zu Beginn und Ende, die %2 Minuten auseinanderliegen.</translation>
    </message>
    <message>
        <source>The date %1 is not the date the shift starts on in %2 (%3).</source>
        <translation>Das Datum %1 ist nicht das Datum, an dem die Schicht in %2 beginnt (%3).</translation>
    </message>
    <message>
        <source>The length is %1 minutes; it must be more than 0 and at most 1440 (24 hours).</source>
        <translation>Die Dauer beträgt %1 Minuten; sie muss größer als 0 und höchstens 1440 (24 Stunden) sein.</translation>
    </message>
    <message>
        <source>The claim code has %1 characters; at most %2 are allowed.</source>
        <translation>Der Übernahmecode hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The claim code &quot;%1&quot; contains a space; people type it in to claim the shift.</source>
        <translation>Der Übernahmecode „%1“ enthält ein Leerzeichen; er wird eingetippt, um die Schicht zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>ShiftChangeSet</name>
    <message>
        <source>Shift %1 no longer exists.</source>
        <translation>Die Schicht %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ShiftClaim</name>
    <message>
        <source>No shift has the claim code &quot;%1&quot;.</source>
        <translation>Keine Schicht hat den Code „%1“.</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>Es gibt keine Schicht %1.</translation>
    </message>
    <message>
        <source>There is no clinician %1.</source>
        <translation>Es gibt keinen Mitarbeiter %1.</translation>
    </message>
    <message>
        <source>The shift on %1 has already been claimed by %2.</source>
        <translation>Die Schicht am %1 hat bereits %2 übernommen.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>The shift on %1 is cancelled.</source>
        <translation>Die Schicht am %1 ist abgesagt.</translation>
    </message>
    <message>
        <source>%1 cannot claim this shift: %2</source>
        <translation>%1 kann diese Schicht nicht übernehmen: %2</translation>
    </message>
</context>
<context>
    <name>ShiftCsvImporter</name>
    <message>
        <source>The header has a &quot;%1&quot; column but no &quot;%2&quot; column; give both or neither.</source>
        <translation>Die Kopfzeile hat eine Spalte „%1“, aber keine Spalte „%2“; geben Sie beide oder keine an.</translation>
    </message>
    <message>
        <source>The shift type is missing; give its code, such as D or N.</source>
        <translation>Die Schichtart fehlt; geben Sie ihren Code an, z. B. D oder N.</translation>
    </message>
    <message>
        <source>The date is missing; give it as YYYY-MM-DD.</source>
        <translation>Das Datum fehlt; geben Sie es als YYYY-MM-DD an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein gültiges Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time (HH:MM, 00:00 to 23:59).</source>
        <translation>„%1“ ist keine gültige Uhrzeit (HH:MM, 00:00 bis 23:59).</translation>
    </message>
    <message>
        <source>A start time is given without an end time; give both, or neither for a whole-day shift.</source>
        <translation>Eine Anfangszeit ist ohne Endzeit angegeben; geben Sie beide an oder keine für eine ganztägige Schicht.</translation>
    </message>
    <message>
        <source>An end time is given without a start time; give both, or neither for a whole-day shift.</source>
        <translation>Eine Endzeit ist ohne Anfangszeit angegeben; geben Sie beide an oder keine für eine ganztägige Schicht.</translation>
    </message>
    <message>
        <source>The workspace&apos;s time zone &quot;%1&quot; is not known; give a time zone in this row.</source>
        <translation>Die Zeitzone „%1“ des Arbeitsbereichs ist unbekannt; geben Sie in dieser Zeile eine Zeitzone an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/London).</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pinned value; use 1 for pinned, 0 or nothing for not pinned.</source>
        <translation>„%1“ ist kein gültiger Wert für pinned; verwenden Sie 1 für fixiert, 0 oder nichts für nicht fixiert.</translation>
    </message>
</context>
<context>
    <name>ShiftDetails</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours of a shift</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>length of a shift</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>shift type: clinician</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>length of a shift</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Needs reassignment</source>
        <translation>Muss neu besetzt werden</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>&amp;Whole day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <source>&amp;Pinned: automatic planning and dragging leave it where it is</source>
        <translation>&amp;Fixiert: Automatische Planung und Ziehen lassen die Schicht an ihrem Platz</translation>
    </message>
    <message>
        <source>New Shift</source>
        <translation>Neue Schicht</translation>
    </message>
    <message>
        <source>Edit Shift</source>
        <translation>Schicht bearbeiten</translation>
    </message>
    <message>
        <source>Open shift (no one assigned)</source>
        <translation>Offene Schicht (niemand zugewiesen)</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Needs reassignment</source>
        <translation>Muss neu besetzt werden</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>Shift &amp;type:</source>
        <translation>Schicht&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>(ends the next day)</source>
        <translation>(endet am nächsten Tag)</translation>
    </message>
    <message>
        <source>Choose a shift type.</source>
        <translation>Wählen Sie eine Schichtart.</translation>
    </message>
    <message>
        <source>Conflicts (you can still save):</source>
        <translation>Konflikte (Speichern ist trotzdem möglich):</translation>
    </message>
</context>
<context>
    <name>ShiftExporter</name>
    <message>
        <source>The shifts could not be read from %1: %2.</source>
        <translation>Die Schichten konnten nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Writing the export failed: %1.</source>
        <translation>Der Export konnte nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>ShiftFilter</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>write FIELD=VALUE or FIELD__OP=VALUE.</source>
        <translation>FIELD=VALUE oder FIELD__OP=VALUE schreiben.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; use one of %2.</source>
        <translation>unbekanntes Feld „%1“; eines von %2 verwenden.</translation>
    </message>
    <message>
        <source>unknown operator &quot;__%1&quot;; use __lt, __lte, __gt, __gte, __ne, __between, __ibetween, __lbetween or __rbetween.</source>
        <translation>unbekannter Operator „__%1“; __lt, __lte, __gt, __gte, __ne, __between, __ibetween, __lbetween oder __rbetween verwenden.</translation>
    </message>
    <message>
        <source>%1 can only be compared with = or __ne.</source>
        <translation>%1 lässt sich nur mit = oder __ne vergleichen.</translation>
    </message>
    <message>
        <source>__%1 takes two values separated by a comma.</source>
        <translation>__%1 braucht zwei durch ein Komma getrennte Werte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use YYYY-MM-DDTHH:MM (local time).</source>
        <translation>„%1“ ist kein Zeitpunkt; JJJJ-MM-TTTHH:MM (Ortszeit) verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours.</source>
        <translation>„%1“ ist keine Stundenzahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use scheduled, completed, cancelled or needs_reassignment.</source>
        <translation>unbekannter Status „%1“; scheduled, completed, cancelled oder needs_reassignment verwenden.</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot;.</source>
        <translation>es gibt kein(e) %1 „%2“.</translation>
    </message>
</context>
<context>
    <name>ShiftPattern</name>
    <message>
        <source>A shift pattern needs a name.</source>
        <translation>Ein Schichtmuster braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <source>Open shift</source>
        <translation>Offene Schicht</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Needs reassignment</source>
        <translation>Muss neu besetzt werden</translation>
    </message>
    <message>
        <source>Local time in %1</source>
        <translation>Ortszeit in %1</translation>
    </message>
    <message>
        <source>A pinned shift stays where it is when the rota is generated or rebalanced.</source>
        <translation>Ein fixierter Dienst bleibt bestehen, wenn der Dienstplan erstellt oder neu verteilt wird.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 am %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ShiftType</name>
    <message>
        <source>A shift type needs a code, such as D or N.</source>
        <translation>Eine Schichtart braucht einen Code, z. B. D oder N.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; has %2 characters; a code has at most %3.</source>
        <translation>Der Code „%1“ hat %2 Zeichen; ein Code hat höchstens %3.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; contains a space; codes are written without spaces.</source>
        <translation>Der Code „%1“ enthält ein Leerzeichen; Codes werden ohne Leerzeichen geschrieben.</translation>
    </message>
    <message>
        <source>A shift type needs a name, such as Night.</source>
        <translation>Eine Schichtart braucht einen Namen, z. B. Nachtdienst.</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb, such as #0072B2.</source>
        <translation>Die Farbe „%1“ hat nicht die Form #rrggbb, z. B. #0072B2.</translation>
    </message>
    <message>
        <source>A timed shift type needs both a start and an end time; a whole-day type has neither.</source>
        <translation>Eine Schichtart mit Uhrzeiten braucht Anfangs- und Endzeit; eine ganztägige Schichtart hat keine von beiden.</translation>
    </message>
    <message>
        <source>The length is %1 minutes; it must be more than 0 and at most 1440 (24 hours).</source>
        <translation>Die Dauer beträgt %1 Minuten; sie muss größer als 0 und höchstens 1440 (24 Stunden) sein.</translation>
    </message>
    <message>
        <source>The length is %1 minutes, but %2 to %3 is %4 minutes.</source>
        <translation>Die Dauer beträgt %1 Minuten, aber von %2 bis %3 sind es %4 Minuten.</translation>
    </message>
    <message>
        <source>The number of people needed on a weekday cannot be negative (it is %1).</source>
        <translation>Die Zahl der an einem Werktag benötigten Personen kann nicht negativ sein (sie ist %1).</translation>
    </message>
    <message>
        <source>The number of people needed on a weekend day cannot be negative (it is %1).</source>
        <translation>Die Zahl der an einem Wochenendtag benötigten Personen kann nicht negativ sein (sie ist %1).</translation>
    </message>
</context>
<context>
    <name>ShiftView</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Show the period before this one</source>
        <translation>Den vorherigen Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Show the period after this one</source>
        <translation>Den nächsten Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Show this week, Monday to Sunday</source>
        <translation>Diese Woche zeigen, Montag bis Sonntag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>StaffingForecast</name>
    <message>
        <source>The %1 of %2 to %3 could not be read: %4</source>
        <translation>Die Daten (%1) von %2 bis %3 konnten nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>pending leave</source>
        <translation>beantragte Abwesenheit</translation>
    </message>
</context>
<context>
    <name>StatisticsExport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This page has no chart to save.</source>
        <translation>Diese Seite hat kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Staffing &amp;forecast</source>
        <translation>Besetzungs&amp;prognose</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>&amp;Auslastung</translation>
    </message>
    <message>
        <source>Re&amp;porting periods</source>
        <translation>Berichts&amp;zeiträume</translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation>Tabelle als CSV speichern…</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save Table as CSV</source>
        <translation>Tabelle als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Staffing forecast</source>
        <translation>Besetzungsprognose</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Berichtszeiträume</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>workspace: page</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n Zeitraum</numerusform>
            <numerusform>%n Zeiträume</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · gedruckt %2</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prognose</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>auslastung</translation>
    </message>
    <message>
        <source>reporting-periods</source>
        <translation>berichtszeitraeume</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Shows the rota server&apos;s statistics, computed from the workspace.
  forecast      per day: the minimum cover required, the cover scheduled, pending leave,
                above/at/below, and the shift types short that day.
  workload      per clinician over a reporting period: shifts and hours worked (before
                --as-of) and scheduled, the share expected from the FTE, nights, weekends,
                on-calls, bank holidays, deficiency; and the fairness of nights and
                weekends per FTE by team.
  availability  per day: how many clinicians can work.
The range is --from/--to, --weeks from --from (default today) or a reporting period;
forecast and availability default to the 4 weeks from today, workload to the reporting
period holding --as-of, else &quot;Period 1&quot;.</source>
        <translation>Zeigt die Statistiken des Dienstplan-Servers, berechnet aus dem Arbeitsbereich.
  forecast      pro Tag: die geforderte Mindestbesetzung, die geplante Besetzung, beantragte
                Abwesenheit, über/erreicht/unter und die Schichtarten, die an dem Tag fehlen.
  workload      pro Mitarbeiter über einen Berichtszeitraum: geleistete (vor --as-of) und
                geplante Schichten und Stunden, der nach Stellenanteil erwartete Anteil, Nächte,
                Wochenenden, Rufdienste, Feiertage, Rückstand; und die Verteilung von Nächten und
                Wochenenden pro Stellenanteil nach Team.
  availability  pro Tag: wie viele Mitarbeiter arbeiten können.
Der Zeitraum ist --from/--to, --weeks ab --from (Standard heute) oder ein Berichtszeitraum;
forecast und availability nehmen standardmäßig die 4 Wochen ab heute, workload den
Berichtszeitraum, der --as-of enthält, sonst „Period 1“.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>forecast, workload or availability.</source>
        <translation>forecast, workload oder availability.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD; default today).</source>
        <translation>Erster Tag (JJJJ-MM-TT; Standard heute).</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD).</source>
        <translation>Letzter Tag, eingeschlossen (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The number of weeks from --from when --to is not given (default 4).</source>
        <translation>Die Zahl der Wochen ab --from, wenn --to fehlt (Standard 4).</translation>
    </message>
    <message>
        <source>The days of the reporting period of this name.</source>
        <translation>Die Tage des Berichtszeitraums mit diesem Namen.</translation>
    </message>
    <message>
        <source>workload: the day from which shifts count as scheduled (default today).</source>
        <translation>workload: der Tag, ab dem Schichten als geplant zählen (Standard heute).</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Ausgabeformat: json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>JSON in the server&apos;s v1 envelope (forecast and workload).</source>
        <translation>JSON in der v1-Hülle des Servers (forecast und workload).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>stats: unknown report &quot;%1&quot;; use forecast, workload or availability.</source>
        <translation>stats: unbekannter Bericht „%1“; forecast, workload oder availability verwenden.</translation>
    </message>
    <message>
        <source>stats: unknown format &quot;%1&quot;; use json or csv.</source>
        <translation>stats: unbekanntes Format „%1“; json oder csv verwenden.</translation>
    </message>
    <message>
        <source>stats: --v1 is a JSON envelope; it cannot be combined with --format csv.</source>
        <translation>stats: --v1 ist eine JSON-Hülle; es lässt sich nicht mit --format csv verbinden.</translation>
    </message>
    <message>
        <source>stats: availability has no v1 form; leave out --v1.</source>
        <translation>stats: availability hat keine v1-Form; --v1 weglassen.</translation>
    </message>
    <message>
        <source>stats: --%1 &quot;%2&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>stats: --%1 „%2“ ist kein Datum; JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <source>stats: --weeks &quot;%1&quot; is not a number of weeks from 1 to 520.</source>
        <translation>stats: --weeks „%1“ ist keine Zahl von Wochen zwischen 1 und 520.</translation>
    </message>
    <message>
        <source>stats: give either --to or --weeks, not both.</source>
        <translation>stats: entweder --to oder --weeks angeben, nicht beides.</translation>
    </message>
    <message>
        <source>stats: --period gives the days itself; leave out --from, --to and --weeks.</source>
        <translation>stats: --period bestimmt die Tage selbst; --from, --to und --weeks weglassen.</translation>
    </message>
    <message>
        <source>stats: --as-of applies to the workload report only.</source>
        <translation>stats: --as-of gilt nur für den Auslastungsbericht (workload).</translation>
    </message>
    <message>
        <source>stats: --from %1 is after --to %2.</source>
        <translation>stats: --from %1 liegt nach --to %2.</translation>
    </message>
    <message>
        <source>The workspace has no reporting periods; give --from and --to.</source>
        <translation>Der Arbeitsbereich hat keine Berichtszeiträume; --from und --to angeben.</translation>
    </message>
    <message>
        <source>Reporting periods: %1.</source>
        <translation>Berichtszeiträume: %1.</translation>
    </message>
    <message>
        <source>stats: there is no reporting period named &quot;%1&quot;. %2</source>
        <translation>stats: Es gibt keinen Berichtszeitraum namens „%1“. %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a RotaDesk workspace (it is not an SQLite database). It has not been changed.</source>
        <translation>%1 ist kein RotaDesk-Arbeitsbereich (keine SQLite-Datenbank). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a RotaDesk workspace. It has not been changed.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein RotaDesk-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of RotaDesk. It has not been changed.</source>
        <translation>%1 wurde von einer neueren Version von RotaDesk geschrieben. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is read-only; RotaDesk needs to write to it. Check the file&apos;s permissions or copy it to a writable folder.</source>
        <translation>%1 ist schreibgeschützt; RotaDesk muss in die Datei schreiben können. Prüfen Sie die Dateiberechtigungen oder kopieren Sie die Datei in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; nothing was changed. Close the other program or try again in a moment.</source>
        <translation>%1 wird von einem anderen Programm verwendet; es wurde nichts geändert. Schließen Sie das andere Programm oder versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll; es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A change to %1 could not be saved: %2.</source>
        <translation>Eine Änderung an %1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2).</source>
        <translation>Lesen oder Schreiben von %1 fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 could not be used: %2.</source>
        <translation>%1 konnte nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The folder holding %1 is read-only; RotaDesk needs to create files next to the workspace. Move the workspace to a writable folder.</source>
        <translation>Der Ordner mit %1 ist schreibgeschützt; RotaDesk muss neben dem Arbeitsbereich Dateien anlegen. Verschieben Sie den Arbeitsbereich in einen beschreibbaren Ordner.</translation>
    </message>
</context>
<context>
    <name>SwapCommand</name>
    <message>
        <source>Usage: %1 swap create FILE --clinician NAME (--shift ID | --from DATETIME --to DATETIME) [--description TEXT]
       %1 swap take FILE ID --clinician NAME
       %1 swap delete FILE ID
       %1 swap list FILE [--open] [--beneficiary NAME] [--benefactor NAME] [--after DATE] [--rota NAME] [--json]
Run &quot;%1 swap create --help&quot; (and so on) for the options.
</source>
        <translation>Aufruf: %1 swap create FILE --clinician NAME (--shift ID | --from DATETIME --to DATETIME) [--description TEXT]
        %1 swap take FILE ID --clinician NAME
        %1 swap delete FILE ID
        %1 swap list FILE [--open] [--beneficiary NAME] [--benefactor NAME] [--after DATE] [--rota NAME] [--json]
„%1 swap create --help“ (und so weiter) zeigt die Optionen.
</translation>
    </message>
    <message>
        <source>swap: say what to do: swap create|take|delete|list FILE ...</source>
        <translation>swap: sagen, was zu tun ist: swap create|take|delete|list FILE …</translation>
    </message>
    <message>
        <source>swap: unknown action &quot;%1&quot;; use create, take, delete or list.</source>
        <translation>swap: unbekannte Aktion „%1“; create, take, delete oder list verwenden.</translation>
    </message>
    <message>
        <source>Asks for a shift, or for every shift in a time range, to be taken by a colleague. Times are local to the workspace&apos;s time zone. Prints the new request&apos;s id.</source>
        <translation>Bittet darum, dass ein Kollege eine Schicht oder alle Schichten eines Zeitraums übernimmt. Zeiten gelten in der Zeitzone des Arbeitsbereichs. Gibt die Nummer der neuen Anfrage aus.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The clinician asking (the beneficiary).</source>
        <translation>Der anfragende Mitarbeiter.</translation>
    </message>
    <message>
        <source>The id of the shift to swap.</source>
        <translation>Die Nummer der zu tauschenden Schicht.</translation>
    </message>
    <message>
        <source>Start of the time range.</source>
        <translation>Beginn des Zeitraums.</translation>
    </message>
    <message>
        <source>End of the time range.</source>
        <translation>Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>Why, for the colleagues who might take it.</source>
        <translation>Warum, für die Kollegen, die übernehmen könnten.</translation>
    </message>
    <message>
        <source>%1: --clinician is required.</source>
        <translation>%1: --clinician ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: give either --shift or both --from and --to.</source>
        <translation>%1: entweder --shift oder --from und --to angeben.</translation>
    </message>
    <message>
        <source>%1: --shift &quot;%2&quot; is not a shift id.</source>
        <translation>%1: --shift „%2“ ist keine Schichtnummer.</translation>
    </message>
    <message>
        <source>%1: --%2 &quot;%3&quot; is not a date and time; use YYYY-MM-DDTHH:MM.</source>
        <translation>%1: --%2 „%3“ ist kein Zeitpunkt; JJJJ-MM-TTTHH:MM verwenden.</translation>
    </message>
    <message>
        <source>There is no clinician named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mitarbeiter namens „%1“.</translation>
    </message>
    <message>
        <source>Swap request %1 created.</source>
        <translation>Tauschanfrage %1 angelegt.</translation>
    </message>
    <message>
        <source>A colleague takes an open swap request: its shifts move to them in one edit, after the checks of a manual edit (leave, cannot-work days, double bookings, rest). A refusal is printed with its reason and exits 1.</source>
        <translation>Ein Kollege übernimmt eine offene Tauschanfrage: ihre Schichten gehen in einer Bearbeitung auf ihn über, nach den Prüfungen einer Bearbeitung von Hand (Abwesenheit, Sperrtage, Doppelbelegung, Ruhezeit). Eine Ablehnung wird mit ihrem Grund ausgegeben und endet mit 1.</translation>
    </message>
    <message>
        <source>The swap request&apos;s id.</source>
        <translation>Die Nummer der Tauschanfrage.</translation>
    </message>
    <message>
        <source>The clinician taking it (the benefactor).</source>
        <translation>Der übernehmende Mitarbeiter.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a swap request id.</source>
        <translation>%1: „%2“ ist keine Nummer einer Tauschanfrage.</translation>
    </message>
    <message numerus="yes">
        <source>Swap request %1 taken by %2: %n shift(s) moved.</source>
        <translation>
            <numerusform>Tauschanfrage %1 von %2 übernommen: %n Schicht übertragen.</numerusform>
            <numerusform>Tauschanfrage %1 von %2 übernommen: %n Schichten übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes a swap request that is still open.</source>
        <translation>Löscht eine noch offene Tauschanfrage.</translation>
    </message>
    <message>
        <source>Swap request %1 deleted.</source>
        <translation>Tauschanfrage %1 gelöscht.</translation>
    </message>
    <message>
        <source>Lists swap requests by start, with the seed&apos;s filters. An open request whose start has passed is shown as past due. Times are local to the workspace&apos;s time zone.</source>
        <translation>Listet Tauschanfragen nach Beginn, mit den Filtern der Vorlage. Eine offene Anfrage, deren Beginn vorbei ist, gilt als überfällig. Zeiten gelten in der Zeitzone des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Only requests still open.</source>
        <translation>Nur noch offene Anfragen.</translation>
    </message>
    <message>
        <source>Only requests of this clinician.</source>
        <translation>Nur Anfragen dieses Mitarbeiters.</translation>
    </message>
    <message>
        <source>Only requests taken by this clinician.</source>
        <translation>Nur von diesem Mitarbeiter übernommene Anfragen.</translation>
    </message>
    <message>
        <source>Only requests starting after this day.</source>
        <translation>Nur Anfragen, die nach diesem Tag beginnen.</translation>
    </message>
    <message>
        <source>Only requests of this rota.</source>
        <translation>Nur Anfragen dieses Dienstplans.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>%1: --after &quot;%2&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>%1: --after „%2“ ist kein Datum; JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <source>There is no rota &quot;%1&quot;.</source>
        <translation>Es gibt keinen Dienstplan „%1“.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>benefactor</source>
        <translation>Übernehmender</translation>
    </message>
    <message>
        <source>rota</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>SwapRequest</name>
    <message>
        <source>The swap ends at or before its start.</source>
        <translation>Der Tausch endet vor oder bei seinem Beginn.</translation>
    </message>
    <message>
        <source>A swap request needs the clinician asking for it.</source>
        <translation>Eine Tauschanfrage braucht den Mitarbeiter, der sie stellt.</translation>
    </message>
    <message>
        <source>A taken swap names the clinician who took it.</source>
        <translation>Ein angenommener Tausch nennt den Mitarbeiter, der ihn übernommen hat.</translation>
    </message>
    <message>
        <source>The clinician reference %1 is not a valid id.</source>
        <translation>Die Mitarbeiter-Referenz %1 ist keine gültige ID.</translation>
    </message>
    <message>
        <source>A clinician cannot take their own swap request.</source>
        <translation>Ein Mitarbeiter kann seine eigene Tauschanfrage nicht annehmen.</translation>
    </message>
</context>
<context>
    <name>SwapService</name>
    <message>
        <source>Shift %1 does not exist.</source>
        <translation>Schicht %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Shift %1 is not the shift of the clinician asking for the swap.</source>
        <translation>Schicht %1 gehört nicht dem anfragenden Mitarbeiter.</translation>
    </message>
    <message>
        <source>Shift %1 is cancelled; there is nothing to swap.</source>
        <translation>Schicht %1 ist abgesagt; es gibt nichts zu tauschen.</translation>
    </message>
    <message>
        <source>The clinician has no shift in that time; there is nothing to swap.</source>
        <translation>Der Mitarbeiter hat in dieser Zeit keine Schicht; es gibt nichts zu tauschen.</translation>
    </message>
    <message>
        <source>There is no swap request %1.</source>
        <translation>Es gibt keine Tauschanfrage %1.</translation>
    </message>
    <message>
        <source>Swap request %1 has been taken; only open requests can be deleted.</source>
        <translation>Tauschanfrage %1 wurde übernommen; nur offene Anfragen lassen sich löschen.</translation>
    </message>
    <message>
        <source>Swap request %1 is no longer open.</source>
        <translation>Tauschanfrage %1 ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>A clinician cannot take their own swap request.</source>
        <translation>Niemand kann die eigene Tauschanfrage übernehmen.</translation>
    </message>
    <message>
        <source>There is no clinician %1.</source>
        <translation>Es gibt keinen Mitarbeiter %1.</translation>
    </message>
    <message>
        <source>The shifts of swap request %1 are no longer the requester&apos;s; nothing can be swapped.</source>
        <translation>Die Schichten der Tauschanfrage %1 gehören nicht mehr dem Anfragenden; es gibt nichts zu tauschen.</translation>
    </message>
    <message>
        <source>%1 cannot take this swap: %2</source>
        <translation>%1 kann diesen Tausch nicht übernehmen: %2</translation>
    </message>
</context>
<context>
    <name>SwapTableModel</name>
    <message>
        <source>Past due</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>Dienstplan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>SwapView</name>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Starting after:</source>
        <translation>Beginnt nach:</translation>
    </message>
    <message>
        <source>Take…</source>
        <translation>Übernehmen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>A colleague takes the selected request: its shifts move to them, unless leave, a cannot-work day, another shift or too little rest stands in the way.</source>
        <translation>Ein Kollege übernimmt die gewählte Anfrage: ihre Schichten gehen auf ihn über, sofern nicht Abwesenheit, ein Sperrtag, eine andere Schicht oder zu wenig Ruhezeit dagegen sprechen.</translation>
    </message>
    <message>
        <source>Delete the selected request; only open requests can be deleted.</source>
        <translation>Die gewählte Anfrage löschen; nur offene Anfragen lassen sich löschen.</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Angefragt von:</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Übernommen von:</translation>
    </message>
    <message>
        <source>Rota:</source>
        <translation>Dienstplan:</translation>
    </message>
    <message>
        <source>Swap not taken</source>
        <translation>Tausch nicht übernommen</translation>
    </message>
    <message>
        <source>Swap not deleted</source>
        <translation>Tausch nicht gelöscht</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All rotas</source>
        <translation>Alle Dienstpläne</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n Anfrage angezeigt</numerusform>
            <numerusform>%n Anfragen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past due</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Take swap</source>
        <translation>Tausch übernehmen</translation>
    </message>
    <message>
        <source>Who takes the swap?</source>
        <translation>Wer übernimmt den Tausch?</translation>
    </message>
    <message>
        <source>Choose a swap request first.</source>
        <translation>Zuerst eine Tauschanfrage wählen.</translation>
    </message>
    <message>
        <source>Swap taken.</source>
        <translation>Tausch übernommen.</translation>
    </message>
    <message>
        <source>Delete swap request</source>
        <translation>Tauschanfrage löschen</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Syncs the workspace with the rota server it is linked to (see &quot;link&quot;): reads the server&apos;s records, then sends the changes made here, within the server&apos;s request limits. The password comes from standard input with --password-stdin, else the system keychain, else the environment variable ROTADESK_PASSWORD.</source>
        <translation>Synchronisiert den Arbeitsbereich mit dem Dienstplan-Server, mit dem er verknüpft ist (siehe „link“): liest die Datensätze des Servers und sendet dann die hier gemachten Änderungen, innerhalb der Anfragegrenzen des Servers. Das Passwort kommt mit --password-stdin aus der Standardeingabe, sonst aus dem Schlüsselbund des Systems, sonst aus der Umgebungsvariablen ROTADESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Allow a plain http:// address that is not on this computer (the password and the rota travel unencrypted).</source>
        <translation>Eine einfache http://-Adresse erlauben, die nicht auf diesem Computer liegt (Passwort und Dienstplan werden unverschlüsselt übertragen).</translation>
    </message>
    <message>
        <source>First day of the shifts read (YYYY-MM-DD; default three months ago).</source>
        <translation>Erster Tag der gelesenen Schichten (JJJJ-MM-TT; Standard vor drei Monaten).</translation>
    </message>
    <message>
        <source>Last day of the shifts read, included (YYYY-MM-DD; default a year ahead).</source>
        <translation>Letzter Tag der gelesenen Schichten, eingeschlossen (JJJJ-MM-TT; Standard in einem Jahr).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>sync: unknown format &quot;%1&quot;; use text or json.</source>
        <translation>sync: unbekanntes Format „%1“; text oder json verwenden.</translation>
    </message>
    <message>
        <source>sync: --%1 &quot;%2&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>sync: --%1 „%2“ ist kein Datum; JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <source>%1 is not linked to a rota server; link it first with &quot;%2 link&quot;.</source>
        <translation>%1 ist mit keinem Dienstplan-Server verknüpft; zuerst mit „%2 link“ verknüpfen.</translation>
    </message>
    <message>
        <source>No password on standard input; nothing was synced.</source>
        <translation>Kein Passwort auf der Standardeingabe; nichts wurde synchronisiert.</translation>
    </message>
    <message>
        <source>No password for %1 on %2: none in the keychain or in ROTADESK_PASSWORD; give it with --password-stdin.</source>
        <translation>Kein Passwort für %1 auf %2: keines im Schlüsselbund und keines in ROTADESK_PASSWORD; mit --password-stdin angeben.</translation>
    </message>
    <message>
        <source>Nothing was synced: %1</source>
        <translation>Nichts wurde synchronisiert: %1</translation>
    </message>
    <message>
        <source>sync: --from is after --to.</source>
        <translation>sync: --from liegt nach --to.</translation>
    </message>
    <message>
        <source>Pulled from the server: %1</source>
        <translation>Vom Server geholt: %1</translation>
    </message>
    <message>
        <source>Pushed to the server: %1 (requests sent: %2)</source>
        <translation>An den Server gesendet: %1 (Anfragen: %2)</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflikte: %1</translation>
    </message>
    <message>
        <source>Conflict: %1, changed here and on the server: %2</source>
        <translation>Konflikt: %1, hier und auf dem Server geändert: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>1 change waits for the server&apos;s limit until %1; run sync again then.</source>
        <translation>1 Änderung wartet bis %1 auf das Limit des Servers; dann erneut synchronisieren.</translation>
    </message>
    <message>
        <source>%1 changes wait for the server&apos;s limit until %2; run sync again then.</source>
        <translation>%1 Änderungen warten bis %2 auf das Limit des Servers; dann erneut synchronisieren.</translation>
    </message>
    <message>
        <source>The sync stopped before the end; what was stored so far is kept.</source>
        <translation>Die Synchronisation wurde vor dem Ende angehalten; was bis dahin gespeichert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The sync finished, with errors.</source>
        <translation>Die Synchronisation ist beendet, mit Fehlern.</translation>
    </message>
    <message>
        <source>Conflicts remain (%1): resolve them in RotaDesk, then sync again.</source>
        <translation>Es bleiben Konflikte (%1): Lösen Sie sie in RotaDesk und synchronisieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>SyncConflictModel</name>
    <message>
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Felder im Konflikt</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
</context>
<context>
    <name>SyncConflictResolver</name>
    <message>
        <source>The %1 record %2 has no sync conflict to resolve.</source>
        <translation>Der Datensatz %1 %2 hat keinen Synchronisationskonflikt zu lösen.</translation>
    </message>
    <message>
        <source>The server&apos;s version of the %1 cannot be stored: %2</source>
        <translation>Die Server-Fassung von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The %1 cannot be kept: %2</source>
        <translation>%1 kann nicht behalten werden: %2</translation>
    </message>
    <message>
        <source>The %1 was deleted here; keep the deletion or take the server&apos;s version.</source>
        <translation>%1 wurde hier gelöscht; die Löschung behalten oder die Server-Fassung übernehmen.</translation>
    </message>
    <message>
        <source>The edited %1 was not stored: %2</source>
        <translation>Die bearbeitete Fassung von %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Logging in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The sync stopped before the end.</source>
        <translation>Die Synchronisation wurde vor dem Ende angehalten.</translation>
    </message>
    <message>
        <source>The link was not saved: %1</source>
        <translation>Die Verknüpfung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The server allows a limited number of requests an hour; the next goes at %1.</source>
        <translation>Der Server erlaubt nur eine begrenzte Zahl von Anfragen pro Stunde; die nächste geht um %1 hinaus.</translation>
    </message>
    <message>
        <source>The server asked RotaDesk to wait; the next request goes at %1.</source>
        <translation>Der Server hat RotaDesk um eine Pause gebeten; die nächste Anfrage geht um %1 hinaus.</translation>
    </message>
    <message>
        <source>The server did not answer; RotaDesk tries again at %1.</source>
        <translation>Der Server hat nicht geantwortet; RotaDesk versucht es um %1 erneut.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync was cancelled; what was stored so far is kept.</source>
        <translation>Die Synchronisation wurde abgebrochen; was bis dahin gespeichert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 were not taken: %2</source>
        <translation>Die %1 des Servers wurden nicht übernommen: %2</translation>
    </message>
    <message>
        <source>The server&apos;s %1 were not taken: the answer from %2 is neither a list nor a page of a list.</source>
        <translation>Die %1 des Servers wurden nicht übernommen: Die Antwort von %2 ist weder eine Liste noch eine Seite einer Liste.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 were not taken: the next page, %2, is on another server.</source>
        <translation>Die %1 des Servers wurden nicht übernommen: Die nächste Seite, %2, liegt auf einem anderen Server.</translation>
    </message>
    <message>
        <source>Reading %1 from the server</source>
        <translation>%1 werden vom Server gelesen</translation>
    </message>
    <message>
        <source>Storing %1</source>
        <translation>%1 werden gespeichert</translation>
    </message>
    <message>
        <source>The answer to an earlier request for %1 was lost and the server could not be searched for it.</source>
        <translation>Die Antwort auf eine frühere Anfrage für %1 ging verloren, und der Server konnte nicht danach durchsucht werden.</translation>
    </message>
    <message>
        <source>Sending the %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>The server refused the %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisation beendet</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>%1 errors: %2</source>
        <translation>%1 Fehler: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Vor dem Ende angehalten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Geholt</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>SyncMapping</name>
    <message>
        <source>a list or object</source>
        <translation>eine Liste oder ein Objekt</translation>
    </message>
    <message>
        <source>It refers to clinician %1, who is not on the server yet.</source>
        <translation>Er verweist auf Mitarbeiter %1, der noch nicht auf dem Server ist.</translation>
    </message>
    <message>
        <source>The field is missing.</source>
        <translation>Das Feld fehlt.</translation>
    </message>
    <message>
        <source>%1 is not a number of minutes.</source>
        <translation>%1 ist keine Zahl von Minuten.</translation>
    </message>
    <message>
        <source>%1 is not a clinician id.</source>
        <translation>%1 ist keine Mitarbeiter-ID.</translation>
    </message>
    <message>
        <source>Clinician %1 is not among the server&apos;s clinicians.</source>
        <translation>Mitarbeiter %1 ist nicht unter den Mitarbeitern des Servers.</translation>
    </message>
    <message>
        <source>%1 is not a shift type code.</source>
        <translation>%1 ist kein Schichtartkürzel.</translation>
    </message>
    <message>
        <source>The shift type &quot;%1&quot; is not in the workspace.</source>
        <translation>Die Schichtart „%1“ ist nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not a date of the form YYYY-MM-DD.</source>
        <translation>%1 ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
</context>
<context>
    <name>SyncPuller</name>
    <message>
        <source>without an id</source>
        <translation>ohne ID</translation>
    </message>
    <message>
        <source>The server&apos;s %1 record %2 was not taken, and nothing of %1 was changed: %3: %4</source>
        <translation>Der Datensatz %2 der %1 des Servers wurde nicht übernommen, und an den %1 wurde nichts geändert: %3: %4</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>The list holds something that is not a record.</source>
        <translation>Die Liste enthält etwas, das kein Datensatz ist.</translation>
    </message>
    <message>
        <source>The record has no valid id.</source>
        <translation>Der Datensatz hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The id appears twice in the list.</source>
        <translation>Die ID kommt in der Liste zweimal vor.</translation>
    </message>
    <message>
        <source>The server&apos;s shifts were not taken: the shift type &quot;%1&quot; they use is not in the workspace and cannot be created: %2</source>
        <translation>Die Schichten des Servers wurden nicht übernommen: Die verwendete Schichtart „%1“ ist nicht im Arbeitsbereich und kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The %1 record %2, which the server deleted, was kept: %3</source>
        <translation>Der Datensatz %1 %2, den der Server gelöscht hat, wurde behalten: %3</translation>
    </message>
    <message>
        <source>The server&apos;s %1 record %2 could not be stored: %3</source>
        <translation>Der Datensatz %2 der Server-Daten „%1“ konnte nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>SyncPusher</name>
    <message>
        <source>The %1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>SyncQueueModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>Fixierung gelöst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisationsstatus</translation>
    </message>
    <message>
        <source>Stop the sync; what was stored stays stored and the next sync goes on from there</source>
        <translation>Die Synchronisation anhalten; was gespeichert ist, bleibt gespeichert, und die nächste Synchronisation macht dort weiter</translation>
    </message>
    <message>
        <source>nothing queued</source>
        <translation>nichts in der Warteschlange</translation>
    </message>
    <message>
        <source>1 change queued</source>
        <translation>1 Änderung in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 changes queued</source>
        <translation>%1 Änderungen in der Warteschlange</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>This workspace is not linked to a rota server</source>
        <translation>Dieser Arbeitsbereich ist mit keinem Dienstplan-Server verknüpft</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Syncing %1/%2…</source>
        <translation>Synchronisiere %1/%2…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sync failed — %1</source>
        <translation>Synchronisation fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 Konflikte</translation>
    </message>
    <message>
        <source>Records changed here and on the server in the same fields; click to see them</source>
        <translation>Datensätze, die hier und auf dem Server in denselben Feldern geändert wurden; klicken, um sie zu sehen</translation>
    </message>
    <message>
        <source>Not synced yet — %1</source>
        <translation>Noch nicht synchronisiert — %1</translation>
    </message>
    <message>
        <source>Synced %1 — %2</source>
        <translation>Synchronisiert %1 — %2</translation>
    </message>
    <message>
        <source>Linked to %1 as %2</source>
        <translation>Verknüpft mit %1 als %2</translation>
    </message>
    <message>
        <source>Waiting until %1 — %2</source>
        <translation>Wartet bis %1 — %2</translation>
    </message>
    <message>
        <source>All queued changes sent by about %1.</source>
        <translation>Alle wartenden Änderungen sind etwa um %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take Server&apos;s</source>
        <translation>&amp;Server-Fassung übernehmen</translation>
    </message>
    <message>
        <source>Choose the rota server and the user this workspace syncs with</source>
        <translation>Den Dienstplan-Server und den Benutzer wählen, mit dem dieser Arbeitsbereich synchronisiert</translation>
    </message>
    <message>
        <source>Rota server</source>
        <translation>Dienstplan-Server</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The fields in bold and marked ● were changed here and on the server. Until you choose, this workspace keeps its own values and sends nothing of this record to the server.</source>
        <translation>Die fett gedruckten und mit ● markierten Felder wurden hier und auf dem Server geändert. Bis Sie entscheiden, behält dieser Arbeitsbereich seine eigenen Werte und sendet nichts von diesem Datensatz an den Server.</translation>
    </message>
    <message>
        <source>Keep this workspace&apos;s values of the fields changed here; the next sync sends them to the server</source>
        <translation>Die Werte dieses Arbeitsbereichs in den hier geänderten Feldern behalten; die nächste Synchronisation sendet sie an den Server</translation>
    </message>
    <message>
        <source>Replace this workspace&apos;s record with the server&apos;s version</source>
        <translation>Den Datensatz dieses Arbeitsbereichs durch die Fassung des Servers ersetzen</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>Letzte Synchronisationen</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>Warteschlange (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>This workspace is not linked to a rota server. Link it to send your changes to the department&apos;s server and to receive the changes made there.</source>
        <translation>Dieser Arbeitsbereich ist mit keinem Dienstplan-Server verknüpft. Verknüpfen Sie ihn, um Ihre Änderungen an den Server der Abteilung zu senden und die dort gemachten Änderungen zu empfangen.</translation>
    </message>
    <message>
        <source>Linked to %1 as %2.</source>
        <translation>Verknüpft mit %1 als %2.</translation>
    </message>
    <message>
        <source>Change &amp;Link…</source>
        <translation>Verknüpfung &amp;ändern…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 steps. %3</source>
        <translation>Synchronisiere: %1 von %2 Schritten. %3</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Synchronisiere: %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Die letzte Synchronisation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Zuletzt synchronisiert %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Queue: %1.</source>
        <translation>Warteschlange: %1.</translation>
    </message>
    <message>
        <source>1 conflict waits for you.</source>
        <translation>1 Konflikt wartet auf Sie.</translation>
    </message>
    <message>
        <source>%1 conflicts wait for you.</source>
        <translation>%1 Konflikte warten auf Sie.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>Select a conflict to see its fields.</source>
        <translation>Wählen Sie einen Konflikt, um seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Delete Here Too</source>
        <translation>Auch hier &amp;löschen</translation>
    </message>
    <message>
        <source>(deleted on the server)</source>
        <translation>(auf dem Server gelöscht)</translation>
    </message>
    <message>
        <source>Rota Server Password</source>
        <translation>Passwort für den Dienstplan-Server</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Open this workspace&apos;s record in its editor; what you save is kept and sent to the server</source>
        <translation>Den Datensatz dieses Arbeitsbereichs im Editor öffnen; was Sie speichern, bleibt erhalten und wird an den Server gesendet</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <source>The parent team reference %1 is not a valid id.</source>
        <translation>Die Referenz %1 auf das übergeordnete Team ist keine gültige ID.</translation>
    </message>
    <message>
        <source>A team cannot be its own parent.</source>
        <translation>Ein Team kann nicht sein eigenes übergeordnetes Team sein.</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; starts or ends with a space.</source>
        <translation>Der Name „%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>The name contains a line break, a tab or another control character.</source>
        <translation>Der Name enthält einen Zeilenumbruch, einen Tabulator oder ein anderes Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Open</source>
        <comment>a shift nobody is assigned to</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>shift or leave code · clinician</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day of leave in the week view</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of leave</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all day %1</source>
        <comment>a whole-day shift</comment>
        <translation>ganztägig %1</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day in the week view</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time and weekday of a shift&apos;s start or end</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>start and end of a shift</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>leave type: clinician</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Requested, not yet approved</source>
        <translation>Beantragt, noch nicht genehmigt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>title, times</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end time of a shift</comment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>ddd d MMM</source>
        <comment>a day in the week view&apos;s header</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>a day in a narrow week view header</comment>
        <translation>ddd d.</translation>
    </message>
    <message>
        <source>All day</source>
        <comment>label of the week view&apos;s strip of whole-day shifts and leave</comment>
        <translation>Ganztägig</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>all-day items not shown</comment>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>title and times of a short block</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>title and times of a tall block</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Timeslot</name>
    <message>
        <source>A timeslot belongs to a shift pattern.</source>
        <translation>Ein Zeitfenster gehört zu einem Schichtmuster.</translation>
    </message>
    <message>
        <source>The weekday is %1; it must be from 1 (Monday) to 7 (Sunday).</source>
        <translation>Der Wochentag ist %1; er muss zwischen 1 (Montag) und 7 (Sonntag) liegen.</translation>
    </message>
    <message>
        <source>A timeslot needs a start time.</source>
        <translation>Ein Zeitfenster braucht eine Anfangszeit.</translation>
    </message>
    <message>
        <source>A timeslot needs an end time; one at or before the start ends on the next day.</source>
        <translation>Ein Zeitfenster braucht eine Endzeit; liegt sie bei oder vor der Anfangszeit, endet es am nächsten Tag.</translation>
    </message>
    <message>
        <source>The shift type reference %1 is not a valid id.</source>
        <translation>Die Schichtart-Referenz %1 ist keine gültige ID.</translation>
    </message>
    <message>
        <source>The minimum number of people cannot be negative (it is %1).</source>
        <translation>Die Mindestbesetzung kann nicht negativ sein (sie ist %1).</translation>
    </message>
    <message>
        <source>The maximum number of people must be at least 1 (it is %1).</source>
        <translation>Die Höchstzahl an Personen muss mindestens 1 sein (sie ist %1).</translation>
    </message>
    <message>
        <source>The ideal number of people (%1) is below the minimum (%2).</source>
        <translation>Die ideale Personenzahl (%1) liegt unter der Mindestbesetzung (%2).</translation>
    </message>
    <message>
        <source>The maximum number of people (%1) is below the ideal number (%2).</source>
        <translation>Die Höchstzahl an Personen (%1) liegt unter der idealen Personenzahl (%2).</translation>
    </message>
</context>
<context>
    <name>TimeslotFit</name>
    <message>
        <source>The shift on %1 is not on the weekday of its timeslot (%2).</source>
        <translation>Die Schicht am %1 liegt nicht auf dem Wochentag ihres Zeitfensters (%2).</translation>
    </message>
    <message>
        <source>The shift on %1 is not of its timeslot&apos;s shift type (%2).</source>
        <translation>Die Schicht am %1 hat nicht die Schichtart ihres Zeitfensters (%2).</translation>
    </message>
    <message>
        <source>The whole-day shift on %1 does not fit its timeslot (%2).</source>
        <translation>Die ganztägige Schicht am %1 passt nicht in ihr Zeitfenster (%2).</translation>
    </message>
    <message>
        <source>The shift on %1 from %2 to %3 lies outside its timeslot (%4).</source>
        <translation>Die Schicht am %1 von %2 bis %3 liegt außerhalb ihres Zeitfensters (%4).</translation>
    </message>
</context>
<context>
    <name>TimeslotStatus</name>
    <message>
        <source>Below minimum</source>
        <translation>Unter Minimum</translation>
    </message>
    <message>
        <source>Below ideal</source>
        <translation>Unter Ideal</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Above ideal</source>
        <translation>Über Ideal</translation>
    </message>
    <message>
        <source>At maximum</source>
        <translation>Am Maximum</translation>
    </message>
    <message>
        <source>Over maximum</source>
        <translation>Über Maximum</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>the transaction was already committed</source>
        <translation>die Transaktion wurde bereits abgeschlossen</translation>
    </message>
    <message>
        <source>the change was undone after an earlier error</source>
        <translation>die Änderung wurde nach einem vorherigen Fehler rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>WorkingTerm</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>A working term belongs to a clinician.</source>
        <translation>Ein Arbeitszeitmodell gehört zu einem Mitarbeiter.</translation>
    </message>
    <message>
        <source>A working term needs a start date.</source>
        <translation>Ein Arbeitszeitmodell braucht ein Anfangsdatum.</translation>
    </message>
    <message>
        <source>The working term ends on %1, before it starts on %2.</source>
        <translation>Das Arbeitszeitmodell endet am %1, vor seinem Beginn am %2.</translation>
    </message>
    <message>
        <source>The FTE percentage is %1; it must be more than 0 and at most 100.</source>
        <translation>Der Stellenanteil ist %1; er muss größer als 0 und höchstens 100 sein.</translation>
    </message>
    <message>
        <source>A day cannot be both a must-work day and a cannot-work day: %1.</source>
        <translation>Ein Tag kann nicht zugleich Pflichtdiensttag und Sperrtag sein: %1.</translation>
    </message>
    <message>
        <source>A day cannot be both a fixed working day and a cannot-work day: %1.</source>
        <translation>Ein Tag kann nicht zugleich fester Arbeitstag und Sperrtag sein: %1.</translation>
    </message>
    <message>
        <source>A day cannot be both a fixed half day and a cannot-work day: %1.</source>
        <translation>Ein Tag kann nicht zugleich fester halber Arbeitstag und Sperrtag sein: %1.</translation>
    </message>
    <message>
        <source>The annual leave entitlement is %1 weeks; it must be from 0 to 52 weeks.</source>
        <translation>Der Jahresurlaubsanspruch beträgt %1 Wochen; er muss zwischen 0 und 52 Wochen liegen.</translation>
    </message>
</context>
<context>
    <name>WorkingTermCheck</name>
    <message>
        <source>The term %1 overlaps the term %2; a clinician&apos;s terms must not share a day.</source>
        <translation>Das Arbeitszeitmodell %1 überschneidet sich mit dem Arbeitszeitmodell %2; die Arbeitszeitmodelle eines Mitarbeiters dürfen keinen Tag gemeinsam haben.</translation>
    </message>
    <message>
        <source>%1, open-ended</source>
        <translation>%1, ohne Enddatum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>WorkingTermDialog</name>
    <message>
        <source>&amp;Open-ended</source>
        <translation>&amp;Ohne Enddatum</translation>
    </message>
    <message>
        <source>&amp;Annual leave entitlement:</source>
        <translation>&amp;Jahresurlaubsanspruch:</translation>
    </message>
    <message>
        <source>Takes part in the &amp;duty rota</source>
        <translation>Nimmt an der &amp;Dienstverteilung teil</translation>
    </message>
    <message>
        <source>New Working Term</source>
        <translation>Neues Arbeitszeitmodell</translation>
    </message>
    <message>
        <source>Edit Working Term</source>
        <translation>Arbeitszeitmodell bearbeiten</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;FTE:</source>
        <translation>&amp;Stellenanteil:</translation>
    </message>
    <message>
        <source>Fixed working days:</source>
        <translation>Feste Arbeitstage:</translation>
    </message>
    <message>
        <source>Fixed half days:</source>
        <translation>Feste halbe Arbeitstage:</translation>
    </message>
    <message>
        <source>Cannot work on:</source>
        <translation>Sperrtage:</translation>
    </message>
    <message>
        <source>Must work on:</source>
        <translation>Pflichtdiensttage:</translation>
    </message>
</context>
<context>
    <name>WorkingTermTableModel</name>
    <message>
        <source>Substantive</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>Less than full time</source>
        <translation>Teilzeit</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>Befristet</translation>
    </message>
    <message>
        <source>Locum</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Honorary</source>
        <translation>Ehrenamtlich</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>In effect today</source>
        <translation>Heute gültig</translation>
    </message>
    <message>
        <source>Share of full time, in per cent</source>
        <translation>Anteil an einer Vollzeitstelle, in Prozent</translation>
    </message>
    <message>
        <source>Annual leave entitlement, in weeks per leave year</source>
        <translation>Jahresurlaubsanspruch, in Wochen pro Urlaubsjahr</translation>
    </message>
    <message>
        <source>Takes part in the department&apos;s duty rota</source>
        <translation>Nimmt an der Dienstverteilung der Abteilung teil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>FTE %</source>
        <translation>Stellenanteil %</translation>
    </message>
    <message>
        <source>Fixed
days</source>
        <translation>Feste
Tage</translation>
    </message>
    <message>
        <source>Half
days</source>
        <translation>Halbe
Tage</translation>
    </message>
    <message>
        <source>Cannot
work</source>
        <translation>Sperr-
tage</translation>
    </message>
    <message>
        <source>Must
work</source>
        <translation>Pflicht-
dienst</translation>
    </message>
    <message>
        <source>Leave
(weeks)</source>
        <translation>Urlaub
(Wochen)</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Dienst</translation>
    </message>
</context>
<context>
    <name>WorkloadCalculator</name>
    <message>
        <source>The workload of %1 to %2 could not be read (%3): %4</source>
        <translation>Die Auslastung von %1 bis %2 konnte nicht gelesen werden (%3): %4</translation>
    </message>
    <message>
        <source>clinicians</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>working terms</source>
        <translation>Arbeitszeitmodelle</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 for everyone</source>
        <translation>%1: %2 für alle</translation>
    </message>
    <message>
        <source>%1: %2 to %3, mean %4, SD %5</source>
        <translation>%1: %2 bis %3, Mittel %4, SA %5</translation>
    </message>
    <message>
        <source>most: %1; fewest: %2</source>
        <translation>am meisten: %1; am wenigsten: %2</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Berichts&amp;zeitraum:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Workload chart</source>
        <translation>Auslastungsdiagramm</translation>
    </message>
    <message>
        <source>%1: %2 to %3, as of %4</source>
        <translation>%1: %2 bis %3, Stand %4</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener…</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <source>Fairness of nights and weekends, per FTE</source>
        <translation>Verteilung von Nächten und Wochenenden, pro Stellenanteil</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message numerus="yes">
        <source>(%n on duty)</source>
        <translation>
            <numerusform>(%n im Dienstplan)</numerusform>
            <numerusform>(%n im Dienstplan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nights per FTE</source>
        <translation>Nächte pro Stellenanteil</translation>
    </message>
    <message>
        <source>Weekends per FTE</source>
        <translation>Wochenenden pro Stellenanteil</translation>
    </message>
    <message>
        <source>Nobody is on duty in this period.</source>
        <translation>In diesem Zeitraum ist niemand im Dienstplan.</translation>
    </message>
    <message>
        <source>Shifts per clinician: %1</source>
        <translation>Schichten pro Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Geleistet</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Expected share</source>
        <translation>Erwarteter Anteil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
</context>
<context>
    <name>WorkloadTableModel</name>
    <message>
        <source>▼ Behind</source>
        <translation>▼ Im Rückstand</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Soll</translation>
    </message>
    <message>
        <source>▲ Ahead</source>
        <translation>▲ Voraus</translation>
    </message>
    <message>
        <source>Not on duty</source>
        <translation>Nicht im Dienstplan</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Expected shifts minus shifts worked and scheduled; above zero is behind</source>
        <translation>Erwartete Schichten minus geleistete und geplante Schichten; über null heißt Rückstand</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>Stellenanteil</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Im Dienstplan</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Geleistet</translation>
    </message>
    <message>
        <source>Worked hours</source>
        <translation>Geleistete Stunden</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Scheduled hours</source>
        <translation>Geplante Stunden</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Expected hours</source>
        <translation>Erwartete Stunden</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Wochenenden</translation>
    </message>
    <message>
        <source>On-calls</source>
        <translation>Rufdienste</translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Deficiency</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 was written by a newer version of RotaDesk (schema %2; this version understands up to %3). It has not been changed; please update RotaDesk to open it.</source>
        <translation>%1 wurde von einer neueren Version von RotaDesk geschrieben (Schema %2; diese Version versteht bis %3). Die Datei wurde nicht verändert; bitte aktualisieren Sie RotaDesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 cannot be read; check that you are allowed to open it.</source>
        <translation>%1 kann nicht gelesen werden; prüfen Sie, ob Sie die Datei öffnen dürfen.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>the write-ahead log cannot be used (journal mode %1)</source>
        <translation>das Write-Ahead-Log kann nicht verwendet werden (Journal-Modus %1)</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in %3.</source>
        <translation>Tabelle %1, Zeile %2 verweist auf einen fehlenden Datensatz in %3.</translation>
    </message>
</context>
<context>
    <name>WorkspaceChecker</name>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <source>%1 #%2 %3: %4</source>
        <translation>%1 #%2 %3: %4</translation>
    </message>
    <message>
        <source>The table cannot be read: %1</source>
        <translation>Die Tabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a yes/no value (0 or 1).</source>
        <translation>Der Wert „%1“ ist kein Ja/Nein-Wert (0 oder 1).</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not valid JSON.</source>
        <translation>Der Wert „%1“ ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The reference cannot be checked: %1</source>
        <translation>Der Verweis kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>It refers to %1 #%2, which does not exist.</source>
        <translation>Verweist auf den nicht vorhandenen Datensatz %1 #%2.</translation>
    </message>
    <message>
        <source>Overlapping terms cannot be checked: %1</source>
        <translation>Überlappende Arbeitszeitmodelle können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The term overlaps working term #%1 of the same clinician (#%2).</source>
        <translation>Das Arbeitszeitmodell überschneidet sich mit Arbeitszeitmodell #%1 desselben Mitarbeiters (#%2).</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>%1 already exists; choose a new file name (nothing was changed).</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>no shifts</source>
        <translation>keine Schichten</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Creates a new, empty workspace file. An existing file is never overwritten.</source>
        <translation>Legt eine neue, leere Arbeitsbereichsdatei an. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The workspace file to create, e.g. department.rota.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei, z. B. abteilung.rota.</translation>
    </message>
    <message>
        <source>Created the empty workspace %1 (schema version %2).</source>
        <translation>Leerer Arbeitsbereich %1 angelegt (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Creates a new workspace holding a demo hospital department: about 40 clinicians in three teams, six months of shifts around today, leave and alerts. An existing file is never overwritten.</source>
        <translation>Legt einen neuen Arbeitsbereich mit einer Demo-Krankenhausabteilung an: etwa 40 Mitarbeiter in drei Teams, Schichten für sechs Monate um das heutige Datum, Abwesenheiten und Warnungen. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The workspace file to create, e.g. demo.rota.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei, z. B. demo.rota.</translation>
    </message>
    <message>
        <source>The day the demo is built around (default: the current date).</source>
        <translation>Der Tag, um den herum die Demo aufgebaut wird (Standard: das aktuelle Datum).</translation>
    </message>
    <message>
        <source>demo: &quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>demo: „%1“ ist kein Datum; verwenden Sie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Created the demo workspace %1 in %2 ms: %3 clinicians, %4 shifts (%5), %6 leave requests, %7 alerts.</source>
        <translation>Demo-Arbeitsbereich %1 in %2 ms angelegt: %3 Mitarbeiter, %4 Schichten (%5), %6 Abwesenheitsanträge, %7 Warnungen.</translation>
    </message>
    <message>
        <source>Shows a workspace&apos;s name, time zone, schema version, the dates its shifts span and how many records of each kind it holds.</source>
        <translation>Zeigt Name, Zeitzone und Schemaversion eines Arbeitsbereichs, den Zeitraum seiner Schichten und wie viele Datensätze jeder Art er enthält.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>info: unknown format &quot;%1&quot;; use text or json.</source>
        <translation>info: unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Shift dates</source>
        <translation>Zeitraum der Schichten</translation>
    </message>
    <message>
        <source>Checks a workspace: SQLite integrity and foreign keys, every record against its own rules, and references between records. Prints one line per problem (table #id field: message) and exits with 1 when there is any.</source>
        <translation>Prüft einen Arbeitsbereich: SQLite-Integrität und Fremdschlüssel, jeden Datensatz anhand seiner eigenen Regeln und die Verweise zwischen Datensätzen. Gibt pro Problem eine Zeile aus (Tabelle #ID Feld: Meldung) und endet mit 1, wenn es Probleme gibt.</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>... und %1 weitere Probleme.</translation>
    </message>
    <message>
        <source>problems found in %1: %2.</source>
        <translation>Probleme in %1 gefunden: %2.</translation>
    </message>
    <message>
        <source>ok: %1 records checked, no problems found.</source>
        <translation>ok: %1 Datensätze geprüft, keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>WorkspaceInfo</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Working terms</source>
        <translation>Arbeitszeitmodelle</translation>
    </message>
    <message>
        <source>Shift types</source>
        <translation>Schichtarten</translation>
    </message>
    <message>
        <source>Shift patterns</source>
        <translation>Schichtmuster</translation>
    </message>
    <message>
        <source>Timeslots</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Rotas</source>
        <translation>Dienstpläne</translation>
    </message>
    <message>
        <source>Repeating shifts</source>
        <translation>Schichtserien</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Leave requests</source>
        <translation>Abwesenheitsanträge</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Swap requests</source>
        <translation>Tauschanfragen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Berichtszeiträume</translation>
    </message>
    <message>
        <source>Closed rota dates</source>
        <translation>Schließtage von Dienstplänen</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>The demo workspace could not be saved as %1. Check that the folder is writable.</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht als %1 gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rota manager for hospital, on-call and volunteer rotas.</source>
        <translation>Dienstplanung für Krankenhaus-, Bereitschafts- und Ehrenamtsdienste.</translation>
    </message>
    <message>
        <source>Open a fresh demo workspace (the default when no file is given).</source>
        <translation>Einen neuen Demo-Arbeitsbereich öffnen (Standard, wenn keine Datei angegeben ist).</translation>
    </message>
    <message>
        <source>The workspace file (.rota) to open.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (.rota).</translation>
    </message>
</context>
</TS>
