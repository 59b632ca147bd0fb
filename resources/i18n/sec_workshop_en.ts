<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BoardCommands</name>
    <message numerus="yes">
        <source>Add %n label(s)</source>
        <translation>
            <numerusform>Add %n label</numerusform>
            <numerusform>Add %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Add %n note</numerusform>
            <numerusform>Add %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the colour of %n note(s)</source>
        <translation>
            <numerusform>Change the colour of %n note</numerusform>
            <numerusform>Change the colour of %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n note(s) from the projector</source>
        <translation>
            <numerusform>Hide %n note from the projector</numerusform>
            <numerusform>Hide %n notes from the projector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n note(s) on the projector</source>
        <translation>
            <numerusform>Show %n note on the projector</numerusform>
            <numerusform>Show %n notes on the projector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange %n note(s)</source>
        <translation>
            <numerusform>Arrange %n note</numerusform>
            <numerusform>Arrange %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>Align %n item</numerusform>
            <numerusform>Align %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Import %n note</numerusform>
            <numerusform>Import %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KoppelkansenView</name>
    <message numerus="yes">
        <source>%n koppelkans(en)</source>
        <translation>
            <numerusform>%n koppelkans</numerusform>
            <numerusform>%n koppelkansen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n link(s) to stakeholders, sessions, koppelkansen or decisions could not be kept, for lack of a step of that title in a lane of that name: %1</source>
        <translation>
            <numerusform>%n link to a stakeholder, session, koppelkans or decision could not be kept, for lack of a step of that title in a lane of that name: %1</numerusform>
            <numerusform>%n links to stakeholders, sessions, koppelkansen or decisions could not be kept, for lack of a step of that title in a lane of that name: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaterialsChecklist</name>
    <message numerus="yes">
        <source>Amounts per participant are counted for %n expected participant(s).</source>
        <translation>
            <numerusform>Amounts per participant are counted for %n expected participant.</numerusform>
            <numerusform>Amounts per participant are counted for %n expected participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Move %n step</numerusform>
            <numerusform>Move %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Delete %n step</numerusform>
            <numerusform>Delete %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenActionsView</name>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n open action item</numerusform>
            <numerusform>%n open action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <source>%n page(s), ready to save.</source>
        <translation>
            <numerusform>%n page, ready to save.</numerusform>
            <numerusform>%n pages, ready to save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapEditorWidget</name>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Paste %n step</numerusform>
            <numerusform>Paste %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message numerus="yes">
        <source>Expected participants: %n in all</source>
        <translation>
            <numerusform>Expected participants: %n in all</numerusform>
            <numerusform>Expected participants: %n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message numerus="yes">
        <source>%n board(s) with their notes go with it.</source>
        <translation>
            <numerusform>%n board with its notes goes with it.</numerusform>
            <numerusform>%n boards with their notes go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderCard</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGallery</name>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message numerus="yes">
        <source>%n new stakeholder(s)</source>
        <translation>
            <numerusform>%n new stakeholder</numerusform>
            <numerusform>%n new stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated (same name)</source>
        <translation>
            <numerusform>%n updated (same name)</numerusform>
            <numerusform>%n updated (same name)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholdersView</name>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Delete %n stakeholder</numerusform>
            <numerusform>Delete %n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n stakeholder(s)</source>
        <translation>
            <numerusform>Import %n stakeholder</numerusform>
            <numerusform>Import %n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data is removed from the workshop. %n backup(s) made before still hold it:</source>
        <translation>
            <numerusform>The personal data is removed from the workshop. %n backup made before still holds it:</numerusform>
            <numerusform>The personal data is removed from the workshop. %n backups made before still hold it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message numerus="yes">
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>%n dot left</numerusform>
            <numerusform>%n dots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted on paper: %n dot(s).</source>
        <translation>
            <numerusform>Counted on paper: %n dot.</numerusform>
            <numerusform>Counted on paper: %n dots.</numerusform>
        </translation>
    </message>
</context>
</TS>
