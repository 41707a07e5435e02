<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Alert</name>
    <message>
        <source>Coverage below minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest under 11 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working while on leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working on a cannot-work day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Must-work day not worked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many consecutive nights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly hours beyond FTE share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave quota exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An alert needs a type, such as coverage_below_minimum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An alert needs a message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An alert needs the date it is about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinician reference %1 is not a valid id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A resolved or dismissed alert records when that happened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeClinician</name>
    <message>
        <source>The clinician %1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Clinician</name>
    <message>
        <source>A clinician needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an e-mail address of the form name@example.org.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicianCsvImporter</name>
    <message>
        <source>"%1" is not a valid active value; use 1 or nothing for active, 0 for not active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinician "%1" is already on line %2 of this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A clinician named "%1" is already in the workspace.</source>
        <translation type="unfinished" />
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
        <source>&amp;Active only</source>
        <translation>Nur &amp;aktive</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Teil eines Namens</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options] [arguments]

Works on RotaDesk workspace files (.rota) without the graphical interface.

Commands:
  init FILE                    Create a new, empty workspace.
  demo FILE                    Create a workspace holding a demo department.
  info FILE                    Show what a workspace holds (--format text|json).
  check FILE                   Check the file's integrity and every record.
  import shifts FILE CSV       Import shifts from a CSV file.
  import clinicians FILE CSV   Import clinicians from a CSV file.
  export shifts FILE           Write the shifts of a date range as CSV or JSON.

Options:
  -h, --help                   Show this help; "%1 &lt;command&gt; --help" for a command.
  -v, --version                Show the version.

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try "%1 --help".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: missing %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unexpected argument "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try "%1 %2 --help".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>The workspace %1 cannot be opened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConstraintError</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 cannot be deleted because other records still refer to it (%2). Delete or change them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another %1 already has this %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 could not be saved: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has %1 fields but the header has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read to its end; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no header line; its first line must name the columns (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be imported because its header line is not valid CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a column of this file; the columns are %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column "%1" appears twice in the header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header has no "%1" column, which is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not imported because of the problems in its header line.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quoted field that starts on this line is never closed: a closing quote (") is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text follows the closing quote of a quoted field; a quote inside a quoted field is written twice ("").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quote (") appears inside a field that does not start with one; put the whole field in quotes and write the quote twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoAlertPlanner</name>
    <message>
        <source>%1 cover on %2 is below the minimum: %3 of %4 people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum for %1 on this day: %2. Scheduled: %3. Missing: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest before the shift on %1 is %2 h %3 min; at least 11 hours are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shift of %1 ended late after an overrun; the next shift started early.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoDefinition</name>
    <message>
        <source>The demo definition %1 is invalid at %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a non-empty string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must list ISO weekdays from 1 to 7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown shift type "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cover of "%1" must be a whole number of people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown working term type "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"percentage" must be above 0 and at most 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo definition %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo definition %1 is not a JSON object: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known IANA time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one reason is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one description is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one shift type is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"years_in_post" must be [lowest, highest].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"change.after_days" must be a positive number of days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a team needs members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one team is needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo %1 is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open shift: claim it with the code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swapped from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo workspace needs a valid date for today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace %1 already holds records; the demo department is only added to an empty workspace.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: %1 export shifts [options] FILE
Run "%1 export shifts --help" for the options.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: say what to export: export shifts FILE --from DATE --to DATE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: cannot export "%1"; only shifts can be exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the shifts whose date lies in a range (both days included) to standard output, as CSV or as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day of the range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day of the range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export shifts: --%1 is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export shifts: --%1 "%2" is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export shifts: --from %1 is after --to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export shifts: unknown format "%1"; use csv or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Usage: %1 import shifts|clinicians [options] FILE CSV
Run "%1 import shifts --help" or "%1 import clinicians --help" for the options.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: say what to import: import shifts|clinicians FILE CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: cannot import "%1"; use shifts or clinicians.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imports shifts from a CSV file with a header row and the columns clinician, date, type, start, end, time_zone and pinned (in any order). Clinicians and shift types not yet in the workspace are created. All rows are written in one transaction: unless --skip-invalid is given, one invalid row means nothing is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imports clinicians from a CSV file with a header row. All rows are written in one transaction: unless --skip-invalid is given, one invalid row means nothing is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSV file to import (UTF-8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the valid rows and report the invalid ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print no progress while importing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>... and %1 more invalid rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: nothing was imported because of invalid rows (%2). Correct them, or use --skip-invalid to import the valid rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shifts imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clinicians imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid rows skipped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new clinicians: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new shift types: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new teams: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3 s, %4 rows/s).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>a journal entry was written outside a transaction</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text ("%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected text but found %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected a number but found %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected a whole number but found %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected true or false but found %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date of the form YYYY-MM-DD that exists in the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a time of the form HH:MM from 00:00 to 23:59.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected a list of weekday numbers from 1 (Monday) to 7 (Sunday) but found %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list holds %1, which is not a weekday number from 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not one of the allowed values (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeaveRequest</name>
    <message>
        <source>A leave request belongs to a clinician.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A leave request needs a start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A leave request needs an end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The leave ends on %1, before it starts on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A denied request needs the reason it was denied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of affected shifts cannot be negative (it is %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shifts</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Mitarbeitende</translation>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation>Mitarbeitende: %1</translation>
    </message>
    <message>
        <source>Shifts: %1 (%2 to %3)</source>
        <translation>Dienste: %1 (%2 bis %3)</translation>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1: %2% (%3 rows, %4 rows/s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>There is no %1 with id %2 in "%3".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordTraits</name>
    <message>
        <source>team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clinician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>working term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shift type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shift pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timeslot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeating shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>swap request</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RepeatingShift</name>
    <message>
        <source>daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinician reference %1 is not a valid id; an open series has no clinician.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A repeating shift needs a shift type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A repeating shift needs the date of its first occurrence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A timed series needs both a start and an end time; a whole-day series has neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A repeating shift needs a time zone (an IANA name such as Europe/London).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known time zone (use an IANA name such as Europe/London).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interval is %1; a series repeats every 1 or more days, weeks or months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekdays apply to weekly series only; a %1 series repeats on the weekday of its first occurrence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first occurrence, %1, is a %2, which is not one of the series' weekdays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of occurrences cannot be negative (it is %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A series ends either on a date or after a number of occurrences, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The series ends on %1, before its first occurrence on %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The %1 is not valid: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rota</name>
    <message>
        <source>A rota needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rota needs a start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rota ends on %1, before it starts on %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>A shift needs a time zone (an IANA name such as Europe/London).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known time zone (use an IANA name such as Europe/London).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the shift is not a valid calendar date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start time of the shift is not a valid time of day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end time of the shift is not a valid time of day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start time %1 does not exist on %2 in %3 because the clocks go forward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end time %1 does not exist on %2 in %3 because the clocks go forward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1 on %2 to %3 on %4 in %5 is more than 24 hours because the clocks go back in between.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinician reference %1 is not a valid id; an open shift has no clinician.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shift needs a shift type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shift needs a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date %1 is outside the years %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A timed shift needs both a start and an end; a whole-day shift has neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start (%1 seconds since 1970) is outside the years %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shift ends at or before its start; an overnight shift ends on the next day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shift lasts %1 minutes; a shift lasts at most 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The length (%1 minutes) does not match the start and end, which are %2 minutes apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date %1 is not the date the shift starts on in %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The length is %1 minutes; it must be more than 0 and at most 1440 (24 hours).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The claim code has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The claim code "%1" contains a space; people type it in to claim the shift.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftCsvImporter</name>
    <message>
        <source>The header has a "%1" column but no "%2" column; give both or neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shift type is missing; give its code, such as D or N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is missing; give it as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid time (HH:MM, 00:00 to 23:59).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A start time is given without an end time; give both, or neither for a whole-day shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An end time is given without a start time; give both, or neither for a whole-day shift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace's time zone "%1" is not known; give a time zone in this row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known time zone (use an IANA name such as Europe/London).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid pinned value; use 1 for pinned, 0 or nothing for not pinned.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftExporter</name>
    <message>
        <source>The shifts could not be read from %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the export failed: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftPattern</name>
    <message>
        <source>A shift pattern needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftTableModel</name>
    <message>
        <source>Open shift</source>
        <translation>Offener Dienst</translation>
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
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Dienst</translation>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShiftType</name>
    <message>
        <source>A shift type needs a code, such as D or N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code "%1" has %2 characters; a code has at most %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code "%1" contains a space; codes are written without spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shift type needs a name, such as Night.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colour "%1" is not of the form #rrggbb, such as #0072B2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A timed shift type needs both a start and an end time; a whole-day type has neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The length is %1 minutes; it must be more than 0 and at most 1440 (24 hours).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The length is %1 minutes, but %2 to %3 is %4 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of people needed on a weekday cannot be negative (it is %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of people needed on a weekend day cannot be negative (it is %1).</source>
        <translation type="unfinished" />
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
    <name>StorageError</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a RotaDesk workspace (it is not an SQLite database). It has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a RotaDesk workspace. It has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of RotaDesk. It has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only; RotaDesk needs to write to it. Check the file's permissions or copy it to a writable folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in use by another program; nothing was changed. Close the other program or try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change to %1 could not be saved: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading or writing %1 failed (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be used: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder holding %1 is read-only; RotaDesk needs to create files next to the workspace. Move the workspace to a writable folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SwapRequest</name>
    <message>
        <source>The swap ends at or before its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A swap request needs the clinician asking for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A taken swap names the clinician who took it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinician reference %1 is not a valid id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A clinician cannot take their own swap request.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>A team needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent team reference %1 is not a valid id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team cannot be its own parent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name "%1" starts or ends with a space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name contains a line break, a tab or another control character.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Timeslot</name>
    <message>
        <source>A timeslot belongs to a shift pattern.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weekday is %1; it must be from 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A timeslot needs a start time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A timeslot needs an end time; one at or before the start ends on the next day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shift type reference %1 is not a valid id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum number of people cannot be negative (it is %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The maximum number of people must be at least 1 (it is %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ideal number of people (%1) is below the minimum (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The maximum number of people (%1) is below the ideal number (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>the transaction was already committed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change was undone after an earlier error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkingTerm</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A working term belongs to a clinician.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A working term needs a start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The working term ends on %1, before it starts on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The FTE percentage is %1; it must be more than 0 and at most 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A day cannot be both a must-work day and a cannot-work day: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A day cannot be both a fixed working day and a cannot-work day: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A day cannot be both a fixed half day and a cannot-work day: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The annual leave entitlement is %1 weeks; it must be from 0 to 52 weeks.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 was written by a newer version of RotaDesk (schema %2; this version understands up to %3). It has not been changed; please update RotaDesk to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read; check that you are allowed to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the write-ahead log cannot be used (journal mode %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceChecker</name>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 #%2 %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value "%1" is not a yes/no value (0 or 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value "%1" is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference cannot be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It refers to %1 #%2, which does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlapping terms cannot be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The term overlaps working term #%1 of the same clinician (#%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>%1 already exists; choose a new file name (nothing was changed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates a new, empty workspace file. An existing file is never overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file to create, e.g. department.rota.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created the empty workspace %1 (schema version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates a new workspace holding a demo hospital department: about 40 clinicians in three teams, six months of shifts around today, leave and alerts. An existing file is never overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file to create, e.g. demo.rota.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day the demo is built around (default: the current date).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: "%1" is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created the demo workspace %1 in %2 ms: %3 clinicians, %4 shifts (%5), %6 leave requests, %7 alerts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows a workspace's name, time zone, schema version, the dates its shifts span and how many records of each kind it holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info: unknown format "%1"; use text or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks a workspace: SQLite integrity and foreign keys, every record against its own rules, and references between records. Prints one line per problem (table #id field: message) and exits with 1 when there is any.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>problems found in %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok: %1 records checked, no problems found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceInfo</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinicians</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift patterns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeslots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeating shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>The demo workspace could not be saved as %1. Check that the folder is writable.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file (.rota) to open.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>