<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SEC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare and run co-creation sessions for neighbourhoods going off natural gas, following the Smart Energy Cities process model: the social and the technical-economic route side by side, leading to an adaptive roadmap per wijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works offline. Font: Open Sans (Apache License 2.0). Icons: Material Design Icons through QtAwesome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardsView</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add wijk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename wijk to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete wijk “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context setter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crowd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical-economic route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process and governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SEC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New wijk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name wijk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete wijk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;keholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SEC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – SEC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its roadmap, sessions, stakeholders and boards?

You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems:
%1

Restore a backup (File &gt; Restore backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is sound: integrity and references are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The state before it was saved as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWijkDialog</name>
    <message>
        <source>No roadmap yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Vogelwijk-Oost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vulnerable neighbourhood (liveability and energy together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current state is backed up first, so this step can itself be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (every 30 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>Roadmap: lanes by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wijk has no roadmap yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 steps, %3 done. Click a step for its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholdersView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPageWidget</name>
    <message>
        <source>Wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each wijk has its own roadmap, sessions, stakeholders and boards. Open a wijk to look through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New wijk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SEC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no wijk yet. Look around in a demo wijk with a roadmap, sessions, stakeholders and boards, or start with your own wijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new wijk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WijkPageWidget</name>
    <message>
        <source>All wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all wijken (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social rent %1%, private rent %2%, owner-occupied %3%, VvE %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulnerable neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
