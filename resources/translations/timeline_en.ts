<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Diplomatic Timeline</source>
        <translation>About Diplomatic Timeline</translation>
    </message>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>Diplomatic Timeline</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A timeline of relations between states, in Arabic, English and French.</source>
        <translation>A timeline of relations between states, in Arabic, English and French.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (%1)</source>
        <translation>Licence: GNU General Public License, version 3 or later (%1)</translation>
    </message>
    <message>
        <source>Fonts: %1, %2, %3 — %4</source>
        <translation>Fonts: %1, %2, %3 — %4</translation>
    </message>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation>%1 (SQLite %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>SQLAlchemy</source>
        <translation>SQLAlchemy</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Start an agreement thread</source>
        <translation>Start an agreement thread</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>Kind of agreement</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Country codes separated by spaces: MA KZ</source>
        <translation>Country codes separated by spaces: MA KZ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>Title in Arabic</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Title in French</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>I&amp;dentifier</source>
        <translation>I&amp;dentifier</translation>
    </message>
    <message>
        <source>Title (&amp;Arabic)</source>
        <translation>Title (&amp;Arabic)</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>Title (&amp;English)</translation>
    </message>
    <message>
        <source>Title (&amp;French)</source>
        <translation>Title (&amp;French)</translation>
    </message>
    <message>
        <source>an agreement has this identifier already</source>
        <translation>an agreement has this identifier already</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Its day is still to come: record it as announced</source>
        <translation>Its day is still to come: record it as announced</translation>
    </message>
    <message>
        <source>&amp;Mark as announced</source>
        <translation>&amp;Mark as announced</translation>
    </message>
    <message>
        <source>&amp;Mark as held</source>
        <translation>&amp;Mark as held</translation>
    </message>
    <message>
        <source>It took place on its date: confirm it</source>
        <translation>It took place on its date: confirm it</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Needs attention (%1)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The event was changed elsewhere</source>
        <translation>The event was changed elsewhere</translation>
    </message>
    <message>
        <source>Someone saved this event after you opened it. Here is what differs; choose which version to keep.</source>
        <translation>Someone saved this event after you opened it. Here is what differs; choose which version to keep.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>Keep the &amp;saved version</translation>
    </message>
    <message>
        <source>Save &amp;mine over it</source>
        <translation>Save &amp;mine over it</translation>
    </message>
    <message>
        <source>&amp;Edit mine again</source>
        <translation>&amp;Edit mine again</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Connect to a team database</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password cannot be stored: it is kept only until you quit the app.</source>
        <translation>This computer has no keyring, so the password cannot be stored: it is kept only until you quit the app.</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Fill in the host, the database and the user.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address alone in Host (%1 or %2).</source>
        <translation>Type the server&apos;s name or address alone in Host (%1 or %2).</translation>
    </message>
</context>
<context>
    <name>CountriesEditor</name>
    <message>
        <source>Type a name or an ISO code</source>
        <translation>Type a name or an ISO code</translation>
    </message>
    <message>
        <source>First country</source>
        <translation>First country</translation>
    </message>
    <message>
        <source>Second country</source>
        <translation>Second country</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Host country</translation>
    </message>
    <message>
        <source>&amp;First country</source>
        <translation>&amp;First country</translation>
    </message>
    <message>
        <source>Se&amp;cond country</source>
        <translation>Se&amp;cond country</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>Add a &amp;country</source>
        <translation>Add a &amp;country</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Other members</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>Country to add</translation>
    </message>
    <message>
        <source>Other member countries</source>
        <translation>Other member countries</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add member country</source>
        <translation>Add member country</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove member country</source>
        <translation>Remove member country</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PLOVER JSON lines (*.jsonl)</source>
        <translation>PLOVER JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Export events</translation>
    </message>
</context>
<context>
    <name>DateRow</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>Hijri</translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation>%1: precision</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1: calendar</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1: year</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1: month</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1: day</translation>
    </message>
    <message>
        <source>%1: other calendar</source>
        <translation>%1: other calendar</translation>
    </message>
    <message>
        <source>Hijri dates are typed to the day: choose “Day” to type one</source>
        <translation>Hijri dates are typed to the day: choose “Day” to type one</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Event details</source>
        <translation>Event details</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>Hijri</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list.</source>
        <translation>Select an event on the timeline or in the list.</translation>
    </message>
    <message>
        <source>outside the Umm al-Qura tables (1924–2077)</source>
        <translation>outside the Umm al-Qura tables (1924–2077)</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>This looks like an event that is already recorded:</source>
        <translation>This looks like an event that is already recorded:</translation>
    </message>
    <message>
        <source>The one you are saving:</source>
        <translation>The one you are saving:</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>&amp;Merge into the existing one</source>
        <translation>&amp;Merge into the existing one</translation>
    </message>
    <message>
        <source>&amp;Go back to the editor</source>
        <translation>&amp;Go back to the editor</translation>
    </message>
</context>
<context>
    <name>EmptyResult</name>
    <message>
        <source>No event matches ‘%1’.</source>
        <translation>No event matches ‘%1’.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>No event matches these filters.</translation>
    </message>
    <message>
        <source>Show every date</source>
        <translation>Show every date</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>Title in Arabic</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Title in French</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>Country of the place</source>
        <translation>Country of the place</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>City in Arabic</source>
        <translation>City in Arabic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step of the agreement</source>
        <translation>Step of the agreement</translation>
    </message>
    <message>
        <source>Party that approved or ratified</source>
        <translation>Party that approved or ratified</translation>
    </message>
    <message>
        <source>City in English</source>
        <translation>City in English</translation>
    </message>
    <message>
        <source>City in French</source>
        <translation>City in French</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>Name (Arabic)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Name (French)</translation>
    </message>
    <message>
        <source>Office (Arabic)</source>
        <translation>Office (Arabic)</translation>
    </message>
    <message>
        <source>Office (English)</source>
        <translation>Office (English)</translation>
    </message>
    <message>
        <source>Office (French)</source>
        <translation>Office (French)</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <source>Remove the selected participants</source>
        <translation>Remove the selected participants</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>a participant</comment>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <source>Remove the selected sources</source>
        <translation>Remove the selected sources</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <comment>a source</comment>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>The day of publication, such as %1, or empty</source>
        <translation>The day of publication, such as %1, or empty</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Has an &amp;end date</source>
        <translation>Has an &amp;end date</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>Has an end date</translation>
    </message>
    <message>
        <source>Lasted the whole span</source>
        <translation>Lasted the whole span</translation>
    </message>
    <message>
        <source>On one day &amp;within it</source>
        <translation>On one day &amp;within it</translation>
    </message>
    <message>
        <source>On one day within it</source>
        <translation>On one day within it</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Title (Ara&amp;bic)</source>
        <translation>Title (Ara&amp;bic)</translation>
    </message>
    <message>
        <source>Title (Eng&amp;lish)</source>
        <translation>Title (Eng&amp;lish)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Ci&amp;ty (Arabic)</source>
        <translation>Ci&amp;ty (Arabic)</translation>
    </message>
    <message>
        <source>C&amp;ity (English)</source>
        <translation>C&amp;ity (English)</translation>
    </message>
    <message>
        <source>Cit&amp;y (French)</source>
        <translation>Cit&amp;y (French)</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>no country is called &apos;%1&apos;</source>
        <translation>no country is called &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Title (F&amp;rench)</source>
        <translation>Title (F&amp;rench)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>Ste&amp;p</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Start date (Hijri)</source>
        <translation>Start date (Hijri)</translation>
    </message>
    <message>
        <source>Restore your unsaved draft from %1?</source>
        <translation>Restore your unsaved draft from %1?</translation>
    </message>
    <message>
        <source>Save the changes you made to this event?</source>
        <translation>Save the changes you made to this event?</translation>
    </message>
</context>
<context>
    <name>EventListView</name>
    <message>
        <source>Event list</source>
        <translation>Event list</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The current view</source>
        <translation>The current view</translation>
    </message>
    <message>
        <source>The whole filtered period</source>
        <translation>The whole filtered period</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>PNG &amp;resolution:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Language of the document:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Handling &amp;marking:</source>
        <translation>Handling &amp;marking:</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;able:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>None (e.g. Restricted)</source>
        <translation>None (e.g. Restricted)</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Every event</translation>
    </message>
    <message>
        <source>Every event, grouped by period above %1</source>
        <translation>Every event, grouped by period above %1</translation>
    </message>
    <message>
        <source>Fit on o&amp;ne page</source>
        <translation>Fit on o&amp;ne page</translation>
    </message>
    <message>
        <source>Pages wi&amp;de:</source>
        <translation>Pages wi&amp;de:</translation>
    </message>
    <message>
        <source>Counts by year, month or day</source>
        <translation>Counts by year, month or day</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>No table</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>Titles or names printed as stored (no form in this language) in: %1</source>
        <translation>Titles or names printed as stored (no form in this language) in: %1</translation>
    </message>
    <message>
        <source>%1 wide will be used: every event shows as well as on %2.</source>
        <translation>%1 wide will be used: every event shows as well as on %2.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>New events from text</source>
        <translation>New events from text</translation>
    </message>
    <message>
        <source>Publication day</source>
        <translation>Publication day</translation>
    </message>
    <message>
        <source>Address of the article</source>
        <translation>Address of the article</translation>
    </message>
    <message>
        <source>https://… (optional, added as the source)</source>
        <translation>https://… (optional, added as the source)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <source>Paste an article in Arabic, French or English</source>
        <translation>Paste an article in Arabic, French or English</translation>
    </message>
    <message>
        <source>Proposed events</source>
        <translation>Proposed events</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Review and confirm…</source>
        <translation>&amp;Review and confirm…</translation>
    </message>
    <message>
        <source>&amp;Add the confirmed events</source>
        <translation>&amp;Add the confirmed events</translation>
    </message>
    <message>
        <source>&amp;Published on</source>
        <translation>&amp;Published on</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Confirm the proposed event</source>
        <translation>Confirm the proposed event</translation>
    </message>
    <message>
        <source>No sentence of this text gives a date.</source>
        <translation>No sentence of this text gives a date.</translation>
    </message>
    <message>
        <source>%1 proposed, %2 confirmed</source>
        <translation>%1 proposed, %2 confirmed</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Any partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Swap the two countries (the events stay the same)</source>
        <translation>Swap the two countries (the events stay the same)</translation>
    </message>
    <message>
        <source>Swap the countries</source>
        <translation>Swap the countries</translation>
    </message>
    <message>
        <source>Kinds of event</source>
        <translation>Kinds of event</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Search titles, people, places, sources</source>
        <translation>Search titles, people, places, sources</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>no country is called &apos;%1&apos;</source>
        <translation>no country is called &apos;%1&apos;</translation>
    </message>
    <message>
        <source>choose two different countries</source>
        <translation>choose two different countries</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>From (2024, 1446-09-01 AH)</source>
        <translation>From (2024, 1446-09-01 AH)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1: %2 — the previous filter stays in force.</source>
        <translation>%1: %2 — the previous filter stays in force.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation>%1 kinds</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Changes to this event</source>
        <translation>Changes to this event</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>Saved without changes.</source>
        <translation>Saved without changes.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>&amp;Import all valid rows</source>
        <translation>&amp;Import all valid rows</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rows read: %1 · kept: %2</source>
        <translation>Rows read: %1 · kept: %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was imported.</source>
        <translation>The preview was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} to add, {duplicates} already imported, {rejected} rejected, {skipped} skipped (not for the chosen countries or not diplomatic).</source>
        <translation>Rows read: {rows}; to add: {new}; already imported: {duplicates}; rejected: {rejected}; skipped: {skipped} (not for the chosen countries or not diplomatic).</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} to add, {duplicates} already imported, {rejected} rejected, {skipped} skipped (not diplomatic).</source>
        <translation>Rows read: {rows}; to add: {new}; already imported: {duplicates}; rejected: {rejected}; skipped: {skipped} (not diplomatic).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Rows to check</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>What to check</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The import was cancelled; the database is unchanged.</source>
        <translation>The import was cancelled; the database is unchanged.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another event</source>
        <translation>Link to another event</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>How this event relates to the other</source>
        <translation>How this event relates to the other</translation>
    </message>
    <message>
        <source>The other event</source>
        <translation>The other event</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>This event</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;Other event</source>
        <translation>&amp;Other event</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>New events from &amp;text…</source>
        <translation>New events from &amp;text…</translation>
    </message>
    <message>
        <source>Open the &amp;sample timeline</source>
        <translation>Open the &amp;sample timeline</translation>
    </message>
    <message>
        <source>&amp;Connect to a team database…</source>
        <translation>&amp;Connect to a team database…</translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation>&amp;Import events…</translation>
    </message>
    <message>
        <source>Export e&amp;vents…</source>
        <translation>Export e&amp;vents…</translation>
    </message>
    <message>
        <source>&amp;Export the timeline…</source>
        <translation>&amp;Export the timeline…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Edit event…</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Delete event</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Fit all events</source>
        <translation>&amp;Fit all events</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Go to date…</translation>
    </message>
    <message>
        <source>&amp;Search the events</source>
        <translation>&amp;Search the events</translation>
    </message>
    <message>
        <source>Show &amp;Hijri dates</source>
        <translation>Show &amp;Hijri dates</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>Show &amp;details pane</translation>
    </message>
    <message>
        <source>Show &amp;cancelled events</source>
        <translation>Show &amp;cancelled events</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Lanes</translation>
    </message>
    <message>
        <source>One &amp;band</source>
        <translation>One &amp;band</translation>
    </message>
    <message>
        <source>By &amp;kind</source>
        <translation>By &amp;kind</translation>
    </message>
    <message>
        <source>By &amp;partner (one country against all)</source>
        <translation>By &amp;partner (one country against all)</translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation>&amp;Reset window layout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Lanes by partner need one country: choose it in the filter bar, and no partner</source>
        <translation>Lanes by partner need one country: choose it in the filter bar, and no partner</translation>
    </message>
    <message>
        <source>Server out of reach: others&apos; saves will show once it answers</source>
        <translation>Server out of reach: others&apos; saves will show once it answers</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>Diplomatic Timeline</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>“%1” is saved; the filters in force hide it.</source>
        <translation>“%1” is saved; the filters in force hide it.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>“%1” was deleted elsewhere while you edited it. Your version opens as a new event: save it to keep it.</source>
        <translation>“%1” was deleted elsewhere while you edited it. Your version opens as a new event: save it to keep it.</translation>
    </message>
    <message>
        <source>Restore an earlier version of “%1”</source>
        <translation>Restore an earlier version of “%1”</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Delete “%1”? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Only a database file on this computer has backups.</source>
        <translation>Only a database file on this computer has backups.</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Import events</translation>
    </message>
    <message>
        <source>Event files (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;All files (*)</source>
        <translation>Event files (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;All files (*)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>Exported to %1: %2</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>Back up a server database with the server&apos;s own tools.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <source>Date (%1, %2, %3, or Hijri %4 AH):</source>
        <translation>Date (%1, %2, %3, or Hijri %4 AH):</translation>
    </message>
    <message>
        <source>Sample timeline (not saved)</source>
        <translation>Sample timeline (not saved)</translation>
    </message>
    <message>
        <source>%1 — Diplomatic Timeline</source>
        <translation>%1 — Diplomatic Timeline</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved</source>
        <translation>Opened read-only: changes cannot be saved</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>&amp;Link to another event…</source>
        <translation>&amp;Link to another event…</translation>
    </message>
    <message>
        <source>Remove a lin&amp;k…</source>
        <translation>Remove a lin&amp;k…</translation>
    </message>
    <message>
        <source>Start an &amp;agreement thread…</source>
        <translation>Start an &amp;agreement thread…</translation>
    </message>
    <message>
        <source>Add the agreement’s ne&amp;xt step…</source>
        <translation>Add the agreement’s ne&amp;xt step…</translation>
    </message>
    <message>
        <source>Link “%1”</source>
        <translation>Link “%1”</translation>
    </message>
    <message>
        <source>This event has no links.</source>
        <translation>This event has no links.</translation>
    </message>
    <message>
        <source>Remove a link of “%1”</source>
        <translation>Remove a link of “%1”</translation>
    </message>
    <message>
        <source>Start the thread of “%1”</source>
        <translation>Start the thread of “%1”</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>Diplomatic Timeline</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation>Open &amp;another…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Open read-&amp;only</source>
        <translation>Open read-&amp;only</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Make a new timeline database</source>
        <translation>Make a new timeline database</translation>
    </message>
    <message>
        <source>Open a timeline database</source>
        <translation>Open a timeline database</translation>
    </message>
    <message>
        <source>Timeline databases (*.sqlite3 *.db)</source>
        <translation>Timeline databases (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Maghreb</source>
        <translation>Maghreb</translation>
    </message>
    <message>
        <source>Algeria and Tunisia</source>
        <translation>Algeria and Tunisia</translation>
    </message>
    <message>
        <source>Levant and Iraq</source>
        <translation>Levant and Iraq</translation>
    </message>
    <message>
        <source>Egypt and the Gulf</source>
        <translation>Egypt and the Gulf</translation>
    </message>
    <message>
        <source>As the region writes them</source>
        <translation>As the region writes them</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>Latin (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>Arabic-Indic (٠١٢٣)</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian one</source>
        <translation>Show the &amp;Hijri date beside the Gregorian one</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Arabic month names</source>
        <translation>Arabic month names</translation>
    </message>
    <message>
        <source>Arabic &amp;month names</source>
        <translation>Arabic &amp;month names</translation>
    </message>
    <message>
        <source>Digits in Arabic</source>
        <translation>Digits in Arabic</translation>
    </message>
    <message>
        <source>&amp;Digits in Arabic</source>
        <translation>&amp;Digits in Arabic</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>RejectionModel</name>
    <message>
        <source>Whole row</source>
        <translation>Whole row</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Backups of %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken %2 (%3)?</source>
        <translation>Replace %1 with the backup taken %2 (%3)?</translation>
    </message>
    <message>
        <source>The current file is backed up first.</source>
        <translation>The current file is backed up first.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>No events in this period</source>
        <translation>No events in this period</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>Go to the next event (%1)</source>
        <translation>Go to the next event (%1)</translation>
    </message>
    <message>
        <source>Go to the previous event (%1)</source>
        <translation>Go to the previous event (%1)</translation>
    </message>
</context>
<context>
    <name>UnlinkDialog</name>
    <message>
        <source>Remove a link</source>
        <translation>Remove a link</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The link to remove</source>
        <translation>The link to remove</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <source>V&amp;iews</source>
        <translation>V&amp;iews</translation>
    </message>
    <message>
        <source>&amp;Save this view…</source>
        <translation>&amp;Save this view…</translation>
    </message>
    <message>
        <source>&amp;Delete a saved view</source>
        <translation>&amp;Delete a saved view</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This timeline is empty</source>
        <translation>This timeline is empty</translation>
    </message>
    <message>
        <source>Record visits, meetings and agreements between states, or explore the sample timeline of Morocco&apos;s parliamentary diplomacy in 2024–2025.</source>
        <translation>Record visits, meetings and agreements between states, or explore the sample timeline of Morocco&apos;s parliamentary diplomacy in 2024–2025.</translation>
    </message>
    <message>
        <source>Open the sample timeline</source>
        <translation>Open the sample timeline</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Add an event</translation>
    </message>
</context>
</TS>
