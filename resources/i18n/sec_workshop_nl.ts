<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Gegevensmap: %1</translation>
    </message>
    <message>
        <source>About SEC Workshop</source>
        <translation>Over SEC Workshop</translation>
    </message>
    <message>
        <source>SEC Workshop</source>
        <translation>SEC Workshop</translation>
    </message>
    <message>
        <source>Prepare and run co-creation sessions for neighbourhoods going off natural gas, following the Smart Energy Cities process model: the social and the technical-economic route side by side, leading to an adaptive roadmap per wijk.</source>
        <translation>Bereid cocreatiesessies voor en leid ze, voor wijken die van het aardgas af gaan, volgens het procesmodel van Smart Energy Cities: de sociale en de technisch-economische route naast elkaar, met als resultaat een adaptieve routekaart per wijk.</translation>
    </message>
    <message>
        <source>Works offline. Font: Open Sans (Apache License 2.0). Icons: Material Design Icons through QtAwesome.</source>
        <translation>Werkt offline. Lettertype: Open Sans (Apache License 2.0). Pictogrammen: Material Design Icons via QtAwesome.</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Action items of the session</source>
        <translation>Actiepunten van de sessie</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <source>New action: type it and press Enter</source>
        <translation>Nieuw actiepunt: typ het en druk op Enter</translation>
    </message>
    <message>
        <source>Name or organisation</source>
        <translation>Naam of organisatie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>W&amp;ie</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Actiepunt bewerken</translation>
    </message>
    <message>
        <source>Change the date of an action item</source>
        <translation>Datum van een actiepunt wijzigen</translation>
    </message>
    <message>
        <source>Tick off action item</source>
        <translation>Actiepunt afvinken</translation>
    </message>
    <message>
        <source>Reopen action item</source>
        <translation>Actiepunt weer openzetten</translation>
    </message>
    <message>
        <source>Move action item</source>
        <translation>Actiepunt verplaatsen</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Add work form</source>
        <translation>Werkvorm toevoegen</translation>
    </message>
    <message>
        <source>Add a work form after the chosen item (or drag one from the library)</source>
        <translation>Een werkvorm toevoegen na het gekozen onderdeel (of sleep er een uit de bibliotheek)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Add an item of your own after the chosen one</source>
        <translation>Een eigen onderdeel toevoegen na het gekozen onderdeel</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Add a break of 15 minutes after the chosen item</source>
        <translation>Een pauze van 15 minuten toevoegen na het gekozen onderdeel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the chosen item from the agenda (Delete)</source>
        <translation>Het gekozen onderdeel van de agenda halen (Delete)</translation>
    </message>
    <message>
        <source>Notes for the facilitators</source>
        <translation>Notities voor de facilitators</translation>
    </message>
    <message>
        <source>Text for the participants</source>
        <translation>Tekst voor de deelnemers</translation>
    </message>
    <message>
        <source>%1 of %2 minutes</source>
        <translation>%1 van %2 minuten</translation>
    </message>
    <message>
        <source>%1 min of breaks</source>
        <translation>%1 min pauze</translation>
    </message>
    <message>
        <source>runs %1 min over</source>
        <translation>loopt %1 min uit</translation>
    </message>
    <message>
        <source>Text for the &amp;participants (on their agenda)</source>
        <translation>Tekst voor de &amp;deelnemers (op hun agenda)</translation>
    </message>
    <message>
        <source>&amp;Notes for the facilitators (choose an item)</source>
        <translation>&amp;Notities voor de facilitators (kies een onderdeel)</translation>
    </message>
    <message>
        <source>&amp;Notes for the facilitators on “%1”</source>
        <translation>&amp;Notities voor de facilitators bij “%1”</translation>
    </message>
    <message>
        <source>Add “%1” to the agenda</source>
        <translation>“%1” aan de agenda toevoegen</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>“%1” verplaatsen</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda</source>
        <translation>“%1” van de agenda halen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw onderdeel</translation>
    </message>
</context>
<context>
    <name>AgendaDelegate</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Work form</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Leiding</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>runs %1 min over</source>
        <translation>loopt %1 min uit</translation>
    </message>
    <message>
        <source>Ends %1 min after the time the session has.</source>
        <translation>Eindigt %1 min na de tijd die de sessie heeft.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SEC Workshop</source>
        <translation>SEC Workshop</translation>
    </message>
    <message>
        <source>Restore the newest backup? The damaged file is kept beside it.</source>
        <translation>De nieuwste reservekopie terugzetten? Het beschadigde bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1

Your saved work is safe. The details could not be written to the error log (is the disk full?).</source>
        <translation>Er ging iets onverwachts mis: %1

Je opgeslagen werk is veilig. De details konden niet in het foutenlogboek worden geschreven (is de schijf vol?).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1

Your saved work is safe. Details are in %2.</source>
        <translation>Er ging iets onverwachts mis: %1

Je opgeslagen werk is veilig. Details staan in %2.</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <source>Edit note</source>
        <translation>Plakbriefje bewerken</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Grootte aanpassen</translation>
    </message>
    <message>
        <source>Make cluster “%1”</source>
        <translation>Cluster “%1” maken</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster hernoemen</translation>
    </message>
    <message>
        <source>Arrange cluster “%1”</source>
        <translation>Cluster “%1” netjes schikken</translation>
    </message>
    <message>
        <source>Collapse cluster</source>
        <translation>Cluster inklappen</translation>
    </message>
    <message>
        <source>Expand cluster</source>
        <translation>Cluster uitklappen</translation>
    </message>
    <message>
        <source>Draw arrow</source>
        <translation>Pijl tekenen</translation>
    </message>
    <message>
        <source>Add photo “%1”</source>
        <translation>Foto “%1” toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n label(s)</source>
        <translation>
            <numerusform>%n label toevoegen</numerusform>
            <numerusform>%n labels toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>%n plakbriefje toevoegen</numerusform>
            <numerusform>%n plakbriefjes toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n onderdeel verplaatsen</numerusform>
            <numerusform>%n onderdelen verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the colour of %n note(s)</source>
        <translation>
            <numerusform>Kleur van %n plakbriefje wijzigen</numerusform>
            <numerusform>Kleur van %n plakbriefjes wijzigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n note(s) from the projector</source>
        <translation>
            <numerusform>%n plakbriefje verbergen voor de projector</numerusform>
            <numerusform>%n plakbriefjes verbergen voor de projector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n note(s) on the projector</source>
        <translation>
            <numerusform>%n plakbriefje tonen op de projector</numerusform>
            <numerusform>%n plakbriefjes tonen op de projector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n onderdeel verwijderen</numerusform>
            <numerusform>%n onderdelen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrange %n note(s)</source>
        <translation>
            <numerusform>%n plakbriefje netjes schikken</numerusform>
            <numerusform>%n plakbriefjes netjes schikken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>%n onderdeel uitlijnen</numerusform>
            <numerusform>%n onderdelen uitlijnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>Papieren stippen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>%n plakbriefje importeren</numerusform>
            <numerusform>%n plakbriefjes importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Start voting round “%1”</source>
        <translation>Stemronde “%1” starten</translation>
    </message>
    <message>
        <source>Place a dot</source>
        <translation>Stip plakken</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation>Stip weghalen</translation>
    </message>
    <message>
        <source>Count paper dots</source>
        <translation>Papieren stippen tellen</translation>
    </message>
    <message>
        <source>End voting round “%1”</source>
        <translation>Stemronde “%1” beëindigen</translation>
    </message>
    <message>
        <source>Reset voting round “%1”</source>
        <translation>Stemronde “%1” wissen</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <source>Yellow: idea</source>
        <translation>Geel: idee</translation>
    </message>
    <message>
        <source>Pink: concern</source>
        <translation>Roze: zorg</translation>
    </message>
    <message>
        <source>Blue: question</source>
        <translation>Blauw: vraag</translation>
    </message>
    <message>
        <source>Green: opportunity</source>
        <translation>Groen: kans</translation>
    </message>
    <message>
        <source>Orange: action</source>
        <translation>Oranje: actie</translation>
    </message>
    <message>
        <source>Purple: other</source>
        <translation>Paars: overig</translation>
    </message>
</context>
<context>
    <name>BoardEditorWidget</name>
    <message>
        <source>(untitled cluster)</source>
        <translation>(cluster zonder titel)</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Alle borden</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Find notes…</source>
        <translation>Plakbriefjes zoeken…</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>Plakbriefjes zoeken</translation>
    </message>
    <message>
        <source>Dim the rest</source>
        <translation>De rest dimmen</translation>
    </message>
    <message>
        <source>Show colour</source>
        <translation>Kleur tonen</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle kleuren</translation>
    </message>
    <message>
        <source>Quick entry: type a note and press Enter; the next one goes beside it</source>
        <translation>Snel invoeren: typ een plakbriefje en druk op Enter; het volgende komt ernaast</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Snel invoeren</translation>
    </message>
    <message>
        <source>Colour of new notes</source>
        <translation>Kleur van nieuwe plakbriefjes</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Plakbriefje</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Tekstlabel</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Make cluster</source>
        <translation>Cluster maken</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Netjes schikken</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Inklappen</translation>
    </message>
    <message>
        <source>Select cluster notes</source>
        <translation>Briefjes van de cluster selecteren</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Links uitlijnen</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Boven uitlijnen</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Uitlijnen</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Op raster</translation>
    </message>
    <message>
        <source>Draw arrows</source>
        <translation>Pijlen tekenen</translation>
    </message>
    <message>
        <source>Place dots</source>
        <translation>Stippen plakken</translation>
    </message>
    <message>
        <source>Facilitator only</source>
        <translation>Alleen facilitator</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Photo of a wall or flipchart…</source>
        <translation>Foto van een wand of flip-over…</translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation>Binnenhalen</translation>
    </message>
    <message>
        <source>Bring in a photo or notes from a file</source>
        <translation>Een foto of briefjes uit een bestand binnenhalen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Timer: choose how long the countdown runs</source>
        <translation>Timer: kies hoe lang het aftellen duurt</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Timer terugzetten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuut</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Projectorweergave</translation>
    </message>
    <message>
        <source>Show the board to the room in a second window, full screen on the beamer; facilitator-only notes stay hidden</source>
        <translation>Het bord aan de zaal tonen in een tweede venster, schermvullend op de beamer; briefjes voor alleen de facilitator blijven verborgen</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Bevriezen</translation>
    </message>
    <message>
        <source>Freeze: the projector keeps showing what it shows now while you work elsewhere; off, it follows your view</source>
        <translation>Bevriezen: de projector blijft tonen wat hij nu toont terwijl je elders werkt; uit: hij volgt jouw weergave</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>High contrast on the projector: black borders on a dark background</source>
        <translation>Hoog contrast op de projector: zwarte randen op een donkere achtergrond</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>This board no longer exists; it may have been deleted. Go back to all boards.</source>
        <translation>Dit bord bestaat niet meer; het is misschien verwijderd. Ga terug naar alle borden.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Uitklappen</translation>
    </message>
    <message>
        <source>A cluster title holds at most %1 characters.</source>
        <translation>Een clustertitel bevat hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A note holds at most %1 characters.</source>
        <translation>Een plakbriefje bevat hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Collapse clusters</source>
        <translation>Clusters inklappen</translation>
    </message>
    <message>
        <source>Expand clusters</source>
        <translation>Clusters uitklappen</translation>
    </message>
    <message>
        <source>Add a photo of a paper wall or flipchart</source>
        <translation>Foto van een papieren wand of flip-over toevoegen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Export the board as a PNG image</source>
        <translation>Het bord exporteren als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Board exported as an image: %1</source>
        <translation>Bord als afbeelding geëxporteerd: %1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Briefjes importeren…</translation>
    </message>
    <message>
        <source>Import notes from a text or CSV file</source>
        <translation>Briefjes importeren uit een tekst- of CSV-bestand</translation>
    </message>
    <message>
        <source>Notes (*.txt *.csv *.TXT *.CSV)</source>
        <translation>Briefjes (*.txt *.csv *.TXT *.CSV)</translation>
    </message>
</context>
<context>
    <name>BoardImportDialog</name>
    <message>
        <source>Import notes</source>
        <translation>Briefjes importeren</translation>
    </message>
    <message>
        <source>Notes in the file</source>
        <translation>Briefjes in het bestand</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 plakbriefje</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 plakbriefjes</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1 cluster</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 clusters</translation>
    </message>
    <message>
        <source>1 paper dot</source>
        <translation>1 papieren stip</translation>
    </message>
    <message>
        <source>%1 paper dots</source>
        <translation>%1 papieren stippen</translation>
    </message>
</context>
<context>
    <name>BoardListPanel</name>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Board as a list</source>
        <translation>Bord als lijst</translation>
    </message>
    <message>
        <source>Edit on the board</source>
        <translation>Bewerken op het bord</translation>
    </message>
    <message>
        <source>Move to cluster…</source>
        <translation>Naar cluster…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Note, %1: ‘%2’</source>
        <translation>Plakbriefje, %1: ‘%2’</translation>
    </message>
    <message>
        <source>Label: ‘%1’</source>
        <translation>Label: ‘%1’</translation>
    </message>
    <message>
        <source>Cluster ‘%1’</source>
        <translation>Cluster ‘%1’</translation>
    </message>
    <message>
        <source>Photo ‘%1’</source>
        <translation>Foto ‘%1’</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>(untitled cluster)</source>
        <translation>(cluster zonder titel)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(zonder onderschrift)</translation>
    </message>
    <message>
        <source>facilitator only</source>
        <translation>alleen facilitator</translation>
    </message>
    <message>
        <source>%1 (facilitator only)</source>
        <translation>%1 (alleen facilitator)</translation>
    </message>
    <message>
        <source>in cluster %1</source>
        <translation>in cluster %1</translation>
    </message>
    <message>
        <source>not in a cluster</source>
        <translation>niet in een cluster</translation>
    </message>
    <message>
        <source>folded in on the board</source>
        <translation>ingeklapt op het bord</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Niet in een cluster</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 stip</translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation>%1 stippen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 plakbriefje</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 plakbriefjes</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>%1 foto&apos;s</translation>
    </message>
    <message>
        <source>in 1 cluster</source>
        <translation>in 1 cluster</translation>
    </message>
    <message>
        <source>in %1 clusters</source>
        <translation>in %1 clusters</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>Add board “%1”</source>
        <translation>Bord “%1” toevoegen</translation>
    </message>
    <message>
        <source>Rename board to “%1”</source>
        <translation>Bord hernoemen tot “%1”</translation>
    </message>
    <message>
        <source>Delete board “%1”</source>
        <translation>Bord “%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>BoardsTab</name>
    <message>
        <source>Open board</source>
        <translation>Bord openen</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Nieuw bord…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Borden</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Bord hernoemen</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nieuwe titel:</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Bord verwijderen</translation>
    </message>
    <message>
        <source>Delete the board “%1” with all its notes, clusters, photos and votes? Undo brings it back.</source>
        <translation>Het bord “%1” verwijderen, met alle plakbriefjes, clusters, foto&apos;s en stemmen? Ongedaan maken haalt het terug.</translation>
    </message>
</context>
<context>
    <name>BoardsView</name>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Plakbriefjes</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Borden</translation>
    </message>
    <message>
        <source>Board content</source>
        <translation>Inhoud van het bord</translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation>Plakbriefje of cluster</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>(untitled cluster)</source>
        <translation>(cluster zonder naam)</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Niet in een cluster</translation>
    </message>
</context>
<context>
    <name>CheckButton</name>
    <message>
        <source>Check the roadmap: show what does not add up</source>
        <translation>Routekaart controleren: laat zien wat niet klopt</translation>
    </message>
    <message>
        <source>Check the roadmap</source>
        <translation>Routekaart controleren</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Findings of the roadmap check</source>
        <translation>Bevindingen van de controle van de routekaart</translation>
    </message>
    <message>
        <source>The check looks at the order of the steps and their dates, the sessions that serve them, decisions and the dots of vote rounds. Click a finding to open its step or session. Findings never stop you from editing.</source>
        <translation>De controle kijkt naar de volgorde van de stappen en hun data, de sessies die erbij horen, besluiten en de stippen van stemrondes. Klik op een bevinding om de stap of sessie te openen. Bevindingen houden u nooit tegen bij het bewerken.</translation>
    </message>
    <message>
        <source>Open the step</source>
        <translation>Stap openen</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <source>Open the board</source>
        <translation>Bord openen</translation>
    </message>
</context>
<context>
    <name>ClusterChoiceDialog</name>
    <message>
        <source>Move to cluster</source>
        <translation>Naar cluster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Move the selected notes to:</source>
        <translation>Zet de gekozen briefjes in:</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add wijk “%1”</source>
        <translation>Wijk “%1” toevoegen</translation>
    </message>
    <message>
        <source>Rename wijk to “%1”</source>
        <translation>Wijk hernoemen naar “%1”</translation>
    </message>
    <message>
        <source>Delete wijk “%1”</source>
        <translation>Wijk “%1” verwijderen</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Decisions of the session</source>
        <translation>Besluiten van de sessie</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <source>New decision: type it and press Enter</source>
        <translation>Nieuw besluit: typ het en druk op Enter</translation>
    </message>
    <message>
        <source>Why: what weighed, who agreed</source>
        <translation>Waarom: wat woog mee, wie stemde in</translation>
    </message>
    <message>
        <source>The roadmap step this decision is about; the roadmap&apos;s check uses it</source>
        <translation>De stap van de routekaart waar dit besluit over gaat; de controle van de routekaart gebruikt die</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Besluit</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>&amp;Onderbouwing</translation>
    </message>
    <message>
        <source>About &amp;step</source>
        <translation>Over &amp;stap</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Besluit verwijderen</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(geen stap)</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Besluit bewerken</translation>
    </message>
    <message>
        <source>Move decision</source>
        <translation>Besluit verplaatsen</translation>
    </message>
</context>
<context>
    <name>FacilitatorsBox</name>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Facilitators and their roles</source>
        <translation>Facilitators en hun rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add a facilitator</source>
        <translation>Facilitator toevoegen</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>De gekozen facilitator verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Edit facilitator “%1”</source>
        <translation>Facilitator “%1” bewerken</translation>
    </message>
    <message>
        <source>New facilitator</source>
        <translation>Nieuwe facilitator</translation>
    </message>
    <message>
        <source>Add facilitator “%1”</source>
        <translation>Facilitator “%1” toevoegen</translation>
    </message>
    <message>
        <source>Remove facilitator “%1”</source>
        <translation>Facilitator “%1” verwijderen</translation>
    </message>
    <message>
        <source>Move facilitator “%1”</source>
        <translation>Facilitator “%1” verplaatsen</translation>
    </message>
</context>
<context>
    <name>HeldBar</name>
    <message>
        <source>Session held</source>
        <translation>Sessie gehouden</translation>
    </message>
    <message>
        <source>Mark the session as held</source>
        <translation>Sessie als gehouden markeren</translation>
    </message>
    <message>
        <source>Status of the roadmap step</source>
        <translation>Status van de stap op de routekaart</translation>
    </message>
    <message>
        <source>Step status:</source>
        <translation>Status van de stap:</translation>
    </message>
    <message>
        <source>Session status: %1</source>
        <translation>Status van de sessie: %1</translation>
    </message>
    <message>
        <source>The session is marked as held</source>
        <translation>De sessie staat op gehouden</translation>
    </message>
    <message>
        <source>This session serves no step of the roadmap.</source>
        <translation>Deze sessie hoort bij geen stap van de routekaart.</translation>
    </message>
    <message>
        <source>Serves the roadmap step “%1” (%2 · %3)</source>
        <translation>Hoort bij stap “%1” van de routekaart (%2 · %3)</translation>
    </message>
    <message>
        <source>Step “%1”: %2</source>
        <translation>Stap “%1”: %2</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History of adaptations</source>
        <translation>Geschiedenis van aanpassingen</translation>
    </message>
    <message>
        <source>No adaptations yet.</source>
        <translation>Nog geen aanpassingen.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>From %1</source>
        <translation>Uit %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>Papieren stippen</translation>
    </message>
</context>
<context>
    <name>InstrumentLibraryWidget</name>
    <message>
        <source>Search instruments</source>
        <translation>Instrumenten zoeken</translation>
    </message>
    <message>
        <source>Instruments library</source>
        <translation>Instrumentenbibliotheek</translation>
    </message>
    <message>
        <source>Instrument details</source>
        <translation>Over het instrument</translation>
    </message>
    <message>
        <source>%1–%2 people</source>
        <translation>%1–%2 personen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How it goes</source>
        <translation>Hoe het gaat</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialen</translation>
    </message>
    <message>
        <source>What comes out</source>
        <translation>Wat het oplevert</translation>
    </message>
</context>
<context>
    <name>KoppelkansEditor</name>
    <message>
        <source>Choose a koppelkans to see and edit it.</source>
        <translation>Kies een koppelkans om die te zien en te bewerken.</translation>
    </message>
    <message>
        <source>&amp;Koppelkans</source>
        <translation>&amp;Koppelkans</translation>
    </message>
    <message>
        <source>&amp;Problem it links</source>
        <translation>&amp;Probleem dat ze koppelt</translation>
    </message>
    <message>
        <source>&amp;Trekker</source>
        <translation>&amp;Trekker</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Nulmeting</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>e.g. energy poverty, health, work</source>
        <translation>bijv. energiearmoede, gezondheid, werk</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Wat wordt gemeten</translation>
    </message>
    <message>
        <source>One partner per line</source>
        <translation>Eén partner per regel</translation>
    </message>
    <message>
        <source>Which budgets are combined: who puts in what (fusion of interests)</source>
        <translation>Welke budgetten worden gecombineerd: wie legt wat in (fusie van belangen)</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>P&amp;artners</translation>
    </message>
    <message>
        <source>B&amp;udgets</source>
        <translation>B&amp;udgetten</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>What was measured or agreed</source>
        <translation>Wat is er gemeten of afgesproken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the chosen moment from the history</source>
        <translation>Het gekozen moment uit het verloop halen</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <source>Roadmap steps of this koppelkans</source>
        <translation>Stappen van de routekaart bij deze koppelkans</translation>
    </message>
    <message>
        <source>Stakeholders of this koppelkans</source>
        <translation>Stakeholders bij deze koppelkans</translation>
    </message>
    <message>
        <source>Roadmap steps</source>
        <translation>Stappen van de routekaart</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Edit koppelkans “%1”</source>
        <translation>Koppelkans “%1” bewerken</translation>
    </message>
    <message>
        <source>Add to the history of “%1”</source>
        <translation>Verloop van “%1” aanvullen</translation>
    </message>
    <message>
        <source>Remove from the history of “%1”</source>
        <translation>Moment uit het verloop van “%1” weghalen</translation>
    </message>
    <message>
        <source>Change the steps of “%1”</source>
        <translation>Stappen van “%1” wijzigen</translation>
    </message>
    <message>
        <source>Change the stakeholders of “%1”</source>
        <translation>Stakeholders van “%1” wijzigen</translation>
    </message>
</context>
<context>
    <name>KoppelkansenView</name>
    <message>
        <source>New koppelkans</source>
        <translation>Nieuwe koppelkans</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen koppelkans (Delete)</source>
        <translation>De gekozen koppelkans verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Koppelkansen register</source>
        <translation>Register van koppelkansen</translation>
    </message>
    <message>
        <source>Koppelkans</source>
        <translation>Koppelkans</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Trekker</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n koppelkans(en)</source>
        <translation>
            <numerusform>%n koppelkans</numerusform>
            <numerusform>%n koppelkansen</numerusform>
        </translation>
    </message>
    <message>
        <source>No koppelkansen yet. A koppelkans links the energy transition to another problem of the wijk, such as energy poverty, health or work.</source>
        <translation>Nog geen koppelkansen. Een koppelkans verbindt de energietransitie met een ander probleem in de wijk, zoals energiearmoede, gezondheid of werk.</translation>
    </message>
    <message>
        <source>Delete koppelkans</source>
        <translation>Koppelkans verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” with its history and links? You can undo this.</source>
        <translation>“%1” verwijderen, met het verloop en de koppelingen? U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete koppelkans “%1”</source>
        <translation>Koppelkans “%1” verwijderen</translation>
    </message>
    <message>
        <source>Koppelkansen</source>
        <translation>Koppelkansen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SEC Workshop</source>
        <translation>SEC Workshop</translation>
    </message>
    <message>
        <source>Opening your wijken…</source>
        <translation>Je wijken worden geopend…</translation>
    </message>
    <message>
        <source>Every change is saved at once in %1</source>
        <translation>Elke wijziging wordt direct opgeslagen in %1</translation>
    </message>
    <message>
        <source>&amp;New wijk…</source>
        <translation>&amp;Nieuwe wijk…</translation>
    </message>
    <message>
        <source>Open &amp;demo wijk</source>
        <translation>&amp;Demowijk openen</translation>
    </message>
    <message>
        <source>Make &amp;backup</source>
        <translation>Reservekopie &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Database &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Print and export…</source>
        <translation>&amp;Afdrukken en exporteren…</translation>
    </message>
    <message>
        <source>E&amp;xport process model…</source>
        <translation>Procesmodel e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Import process model…</source>
        <translation>Procesmodel &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>Re&amp;name wijk…</source>
        <translation>Wijk &amp;hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Delete wijk…</source>
        <translation>Wijk &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;All wijken</source>
        <translation>&amp;Alle wijken</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Routekaart</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <source>Sta&amp;keholders</source>
        <translation>Sta&amp;keholders</translation>
    </message>
    <message>
        <source>&amp;Boards</source>
        <translation>&amp;Borden</translation>
    </message>
    <message>
        <source>Ko&amp;ppelkansen</source>
        <translation>Ko&amp;ppelkansen</translation>
    </message>
    <message>
        <source>Edit &amp;templates…</source>
        <translation>S&amp;jablonen bewerken…</translation>
    </message>
    <message>
        <source>&amp;About SEC Workshop</source>
        <translation>&amp;Over SEC Workshop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>%1 – SEC Workshop</source>
        <translation>%1 – SEC Workshop</translation>
    </message>
    <message>
        <source>Edit templates</source>
        <translation>Sjablonen bewerken</translation>
    </message>
    <message>
        <source>Template to edit:</source>
        <translation>Welk sjabloon wil je bewerken?</translation>
    </message>
    <message>
        <source>Links not kept</source>
        <translation>Koppelingen niet bewaard</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Taal wisselen</translation>
    </message>
    <message>
        <source>After switching the language, what you did in this wijk can no longer be undone; everything stays saved. Switch anyway?</source>
        <translation>Na het wisselen van taal kan wat je in deze wijk deed niet meer ongedaan worden gemaakt; alles blijft bewaard. Toch wisselen?</translation>
    </message>
    <message>
        <source>Rename wijk</source>
        <translation>Wijk hernoemen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nieuwe naam voor “%1”:</translation>
    </message>
    <message>
        <source>Delete wijk</source>
        <translation>Wijk verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” with its roadmap, sessions, stakeholders and boards?

You can undo this with Edit &gt; Undo.</source>
        <translation>“%1” verwijderen, met de routekaart, sessies, stakeholders en borden?

Je kunt dit terugdraaien met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Export process model</source>
        <translation>Procesmodel exporteren</translation>
    </message>
    <message>
        <source>Process models (*.json)</source>
        <translation>Procesmodellen (*.json)</translation>
    </message>
    <message>
        <source>“%1” exported to %2</source>
        <translation>“%1” is geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>Import process model</source>
        <translation>Procesmodel importeren</translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed.

%2</source>
        <translation>“%1” is niet geïmporteerd; er is niets veranderd.

%2</translation>
    </message>
    <message>
        <source>As a new template</source>
        <translation>Als nieuw sjabloon</translation>
    </message>
    <message>
        <source>As the roadmap of “%1” (replaces the current one)</source>
        <translation>Als routekaart van “%1” (vervangt de huidige)</translation>
    </message>
    <message>
        <source>How do you want to import “%1”?</source>
        <translation>Hoe wil je “%1” importeren?</translation>
    </message>
    <message>
        <source>Replace the roadmap of “%1” with “%2” from the file?

The history of the old roadmap is kept, with a line about this import. A backup is made first; Edit &gt; Undo cannot take this back.</source>
        <translation>De routekaart van “%1” vervangen door “%2” uit het bestand?

De geschiedenis van de oude routekaart blijft bewaard, met een regel over deze import. Eerst wordt een reservekopie gemaakt; Bewerken &gt; Ongedaan maken kan dit niet terugdraaien.</translation>
    </message>
    <message>
        <source>The roadmap of “%1” was replaced by “%2”.</source>
        <translation>De routekaart van “%1” is vervangen door “%2”.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Koppelkans</source>
        <translation>Koppelkans</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>• %1 “%2”: step “%3” (%4)</source>
        <translation>• %1 “%2”: stap “%3” (%4)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>The new roadmap has no step of that title in a lane of that name for these links. Link them again to a step of the new roadmap where they belong.</source>
        <translation>De nieuwe routekaart heeft voor deze koppelingen geen stap met die titel in een baan met die naam. Koppel ze opnieuw aan de stap van de nieuwe routekaart waar ze bij horen.</translation>
    </message>
    <message>
        <source>“%1” was added as a template.</source>
        <translation>“%1” is als sjabloon toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to stakeholders, sessions, koppelkansen or decisions could not be kept, for lack of a step of that title in a lane of that name: %1</source>
        <translation>
            <numerusform>%n koppeling met een stakeholder, sessie, koppelkans of besluit kon niet blijven, want er is geen stap met die titel in een baan met die naam: %1</numerusform>
            <numerusform>%n koppelingen met stakeholders, sessies, koppelkansen of besluiten konden niet blijven, want er is geen stap met die titel in een baan met die naam: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backup made: %1</source>
        <translation>Automatische reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation>De reservekopie is opgeslagen en gecontroleerd:
%1</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>The database has problems:
%1

Restore a backup (File &gt; Restore backup).</source>
        <translation>Er zijn problemen met de database:
%1

Zet een reservekopie terug (Bestand &gt; Reservekopie terugzetten).</translation>
    </message>
    <message>
        <source>The database is sound: integrity and references are in order.</source>
        <translation>De database is in orde: de integriteit en de verwijzingen kloppen.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <source>The backup was restored. The state before it was saved as:
%1</source>
        <translation>De reservekopie is teruggezet. De toestand van daarvoor is bewaard als:
%1</translation>
    </message>
</context>
<context>
    <name>MaterialsChecklist</name>
    <message>
        <source>Materials to pack</source>
        <translation>Materialen om in te pakken</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Nothing to pack yet: add work forms to the agenda, and what they need shows here.</source>
        <translation>Nog niets in te pakken: voeg werkvormen toe aan de agenda, dan staat hier wat ze nodig hebben.</translation>
    </message>
    <message>
        <source>%1 of %2 packed.</source>
        <translation>%1 van %2 ingepakt.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts per participant are counted for %n expected participant(s).</source>
        <translation>
            <numerusform>Aantallen per deelnemer zijn gerekend voor %n verwachte deelnemer.</numerusform>
            <numerusform>Aantallen per deelnemer zijn gerekend voor %n verwachte deelnemers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack “%1”</source>
        <translation>“%1” ingepakt</translation>
    </message>
    <message>
        <source>Unpack “%1”</source>
        <translation>“%1” niet meer ingepakt</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>Add step “%1”</source>
        <translation>Stap “%1” toevoegen</translation>
    </message>
    <message>
        <source>Edit step “%1”</source>
        <translation>Stap “%1” bewerken</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>%n stap verplaatsen</numerusform>
            <numerusform>%n stappen verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>%n stap verwijderen</numerusform>
            <numerusform>%n stappen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect steps</source>
        <translation>Stappen verbinden</translation>
    </message>
    <message>
        <source>Delete arrow</source>
        <translation>Pijl verwijderen</translation>
    </message>
    <message>
        <source>Add lane “%1”</source>
        <translation>Baan “%1” toevoegen</translation>
    </message>
    <message>
        <source>Change lane “%1”</source>
        <translation>Baan “%1” wijzigen</translation>
    </message>
    <message>
        <source>Move lane “%1”</source>
        <translation>Baan “%1” verplaatsen</translation>
    </message>
    <message>
        <source>Delete lane “%1”</source>
        <translation>Baan “%1” verwijderen</translation>
    </message>
    <message>
        <source>Add phase “%1”</source>
        <translation>Fase “%1” toevoegen</translation>
    </message>
    <message>
        <source>Change phase “%1”</source>
        <translation>Fase “%1” wijzigen</translation>
    </message>
    <message>
        <source>Move phase “%1”</source>
        <translation>Fase “%1” verplaatsen</translation>
    </message>
    <message>
        <source>Delete phase “%1”</source>
        <translation>Fase “%1” verwijderen</translation>
    </message>
    <message>
        <source>Attach instrument</source>
        <translation>Instrument koppelen</translation>
    </message>
    <message>
        <source>Remove instrument</source>
        <translation>Instrument weghalen</translation>
    </message>
    <message>
        <source>Link “%1” to a step</source>
        <translation>“%1” aan een stap koppelen</translation>
    </message>
    <message>
        <source>Unlink “%1” from a step</source>
        <translation>“%1” van een stap loskoppelen</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation>Nieuw bord</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>A new session…</source>
        <translation>Een nieuwe sessie…</translation>
    </message>
    <message>
        <source>Title of the new session</source>
        <translation>Titel van de nieuwe sessie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Give the board a title.</source>
        <translation>Geef het bord een titel.</translation>
    </message>
    <message>
        <source>Give the new session a title.</source>
        <translation>Geef de nieuwe sessie een titel.</translation>
    </message>
</context>
<context>
    <name>NewWijkDialog</name>
    <message>
        <source>No roadmap yet</source>
        <translation>Nog geen routekaart</translation>
    </message>
    <message>
        <source>New wijk</source>
        <translation>Nieuwe wijk</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>e.g. Vogelwijk-Oost</source>
        <translation>bijv. Vogelwijk-Oost</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>&amp;Homes</source>
        <translation>&amp;Woningen</translation>
    </message>
    <message>
        <source>&amp;Vulnerable neighbourhood (liveability and energy together)</source>
        <translation>&amp;Kwetsbare wijk (leefbaarheid en energie in samenhang)</translation>
    </message>
    <message>
        <source>Roadmap &amp;template</source>
        <translation>Routekaart&amp;sjabloon</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
</context>
<context>
    <name>OpenActionsView</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Open action items of the wijk</source>
        <translation>Open actiepunten van de wijk</translation>
    </message>
    <message>
        <source>No open action items: everything is done.</source>
        <translation>Geen open actiepunten: alles is klaar.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n open actiepunt</numerusform>
            <numerusform>%n open actiepunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Tick off action item “%1”</source>
        <translation>Actiepunt “%1” afvinken</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>PngExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>De afbeelding kon niet worden opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print and export</source>
        <translation>Afdrukken en exporteren</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Wat wil je maken</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Agenda, planned and held</source>
        <translation>Agenda, gepland en gehouden</translation>
    </message>
    <message>
        <source>Boards and their notes</source>
        <translation>Borden en hun plakbriefjes</translation>
    </message>
    <message>
        <source>Vote results</source>
        <translation>Stemresultaten</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Stakeholders on the matrix</source>
        <translation>Stakeholders in de matrix</translation>
    </message>
    <message>
        <source>Koppelkansen register</source>
        <translation>Koppelkansenregister</translation>
    </message>
    <message>
        <source>Roadmap steps and what comes next</source>
        <translation>Stappen van de routekaart en wat volgt</translation>
    </message>
    <message>
        <source>Personal data (contact name, e-mail, phone)</source>
        <translation>Persoonsgegevens (contactpersoon, e-mail, telefoon)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Open a wijk, a session or a board to print something.</source>
        <translation>Open een wijk, een sessie of een bord om iets af te drukken.</translation>
    </message>
    <message>
        <source>Making “%1”…</source>
        <translation>“%1” wordt gemaakt…</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>Pagina %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), ready to save.</source>
        <translation>
            <numerusform>%n pagina, klaar om op te slaan.</numerusform>
            <numerusform>%n pagina&apos;s, klaar om op te slaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>Het PDF-bestand kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>PrintKinds</name>
    <message>
        <source>Session report for the steering group</source>
        <translation>Sessieverslag voor de stuurgroep</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Sessieverslag</translation>
    </message>
    <message>
        <source>Session report for residents</source>
        <translation>Sessieverslag voor bewoners</translation>
    </message>
    <message>
        <source>Report for residents</source>
        <translation>Verslag voor bewoners</translation>
    </message>
    <message>
        <source>Agenda for the participants</source>
        <translation>Agenda voor de deelnemers</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Script for the facilitators</source>
        <translation>Draaiboek voor de begeleiders</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Draaiboek</translation>
    </message>
    <message>
        <source>Cards of the stakeholders invited (8 to an A4)</source>
        <translation>Kaarten van de uitgenodigde stakeholders (8 per A4)</translation>
    </message>
    <message>
        <source>Stakeholder cards</source>
        <translation>Stakeholderkaarten</translation>
    </message>
    <message>
        <source>Stakeholder cards of the wijk (8 to an A4)</source>
        <translation>Stakeholderkaarten van de wijk (8 per A4)</translation>
    </message>
    <message>
        <source>Stakeholder cards of the wijk (4 to an A4)</source>
        <translation>Stakeholderkaarten van de wijk (4 per A4)</translation>
    </message>
    <message>
        <source>Roadmap as a poster (one A3)</source>
        <translation>Routekaart als poster (één A3)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Routekaart</translation>
    </message>
    <message>
        <source>Roadmap as a poster on A4 sheets to tape together</source>
        <translation>Routekaart als poster op A4-vellen om aan elkaar te plakken</translation>
    </message>
    <message>
        <source>Board as a poster (one A3)</source>
        <translation>Bord als poster (één A3)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Board as a poster on A4 sheets to tape together</source>
        <translation>Bord als poster op A4-vellen om aan elkaar te plakken</translation>
    </message>
    <message>
        <source>Work form sheet: %1</source>
        <translation>Werkvormblad: %1</translation>
    </message>
</context>
<context>
    <name>ProjectorCard</name>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Board for the room</source>
        <translation>Bord voor de zaal</translation>
    </message>
    <message>
        <source>%1 – projector</source>
        <translation>%1 – projector</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-bestand</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snelkoppeling</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Omhoog (Ctrl+pijl omhoog)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Omlaag (Ctrl+pijl omlaag)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current state is backed up first, so this step can itself be undone by restoring that backup.</source>
        <translation>Kies de reservekopie waarnaar je terug wilt. Eerst wordt van de huidige toestand een reservekopie gemaakt; door die terug te zetten, kun je deze stap zelf ook weer ongedaan maken.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>bij het starten</translation>
    </message>
    <message>
        <source>automatic (every 30 minutes)</source>
        <translation>automatisch (elke 30 minuten)</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>handmatig gemaakt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <source>copy of a damaged state</source>
        <translation>kopie van een beschadigde toestand</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>RoadmapEditorWidget</name>
    <message>
        <source>Roadmap as swimlanes</source>
        <translation>Routekaart in banen per route</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Baan hernoemen</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Baankleur</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Fase hernoemen</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exporteren…</translation>
    </message>
    <message>
        <source>Highlight a route</source>
        <translation>Route uitlichten</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Alle routes</translation>
    </message>
    <message>
        <source>Find a step</source>
        <translation>Stap zoeken</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Routekaart</translation>
    </message>
    <message>
        <source>Select a step in the lane or phase you mean first.</source>
        <translation>Kies eerst een stap in de baan of fase die je bedoelt.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>%n stap plakken</numerusform>
            <numerusform>%n stappen plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the lane:</source>
        <translation>Naam van de baan:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <source>Delete the lane “%1” with its %2 steps? You can undo this.</source>
        <translation>De baan “%1” met haar %2 stappen verwijderen? Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Name of the phase:</source>
        <translation>Naam van de fase:</translation>
    </message>
    <message>
        <source>Delete the phase “%1” with its %2 steps? You can undo this.</source>
        <translation>De fase “%1” met haar %2 stappen verwijderen? Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gevonden</translation>
    </message>
    <message>
        <source>Export roadmap as PNG</source>
        <translation>Routekaart als PNG exporteren</translation>
    </message>
    <message>
        <source>Roadmap exported as an image: %1</source>
        <translation>Routekaart geëxporteerd als afbeelding: %1</translation>
    </message>
</context>
<context>
    <name>RoadmapTab</name>
    <message>
        <source>This wijk has no roadmap yet.</source>
        <translation>Deze wijk heeft nog geen routekaart.</translation>
    </message>
</context>
<context>
    <name>RunModeWidget</name>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Planned %1 min, held %2 min</source>
        <translation>Gepland %1 min, gehouden %2 min</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Notes for the facilitators</source>
        <translation>Notities voor de facilitatoren</translation>
    </message>
    <message>
        <source>For the participants</source>
        <translation>Voor de deelnemers</translation>
    </message>
    <message>
        <source>Open board</source>
        <translation>Bord openen</translation>
    </message>
    <message>
        <source>Make board</source>
        <translation>Bord maken</translation>
    </message>
    <message>
        <source>A new board for this item, named after it</source>
        <translation>Een nieuw bord voor dit onderdeel, met dezelfde naam</translation>
    </message>
    <message>
        <source>Use a board of this session</source>
        <translation>Bord van deze sessie gebruiken</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Previous item (Page Up)</source>
        <translation>Vorig onderdeel (Page Up)</translation>
    </message>
    <message>
        <source>Next item (Page Down)</source>
        <translation>Volgend onderdeel (Page Down)</translation>
    </message>
    <message>
        <source>End of the agenda</source>
        <translation>Einde van de agenda</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Nog geen agenda</translation>
    </message>
    <message>
        <source>Ready to begin</source>
        <translation>Klaar om te beginnen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 gepland</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Leiding: %1</translation>
    </message>
    <message>
        <source>No notes for this item.</source>
        <translation>Geen notities bij dit onderdeel.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>Binnenkomst</translation>
    </message>
    <message>
        <source>One more: %1</source>
        <translation>Eén erbij: %1</translation>
    </message>
    <message>
        <source>One fewer: %1</source>
        <translation>Eén eraf: %1</translation>
    </message>
    <message>
        <source>of %1 expected</source>
        <translation>van %1 verwacht</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Aanwezig: %1</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Besluit…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action…</source>
        <translation>Actie…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>Who takes the action</source>
        <translation>Wie de actie oppakt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Back to preparation</source>
        <translation>Terug naar voorbereiding</translation>
    </message>
    <message>
        <source>Back to agenda</source>
        <translation>Terug naar agenda</translation>
    </message>
    <message>
        <source>Back to the agenda (Esc)</source>
        <translation>Terug naar de agenda (Esc)</translation>
    </message>
    <message>
        <source>Show the room the item under way and the time left, or the open board</source>
        <translation>Laat de zaal het lopende onderdeel en de resterende tijd zien, of het open bord</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend onderdeel</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig onderdeel</translation>
    </message>
    <message>
        <source>Time held for “%1”: %2</source>
        <translation>Gehouden tijd voor “%1”: %2</translation>
    </message>
    <message>
        <source>Use board “%1” for “%2”</source>
        <translation>Bord “%1” gebruiken voor “%2”</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>Decision saved: %1</source>
        <translation>Besluit vastgelegd: %1</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Action saved: %1 (%2)</source>
        <translation>Actiepunt vastgelegd: %1 (%2)</translation>
    </message>
    <message>
        <source>Action saved: %1</source>
        <translation>Actiepunt vastgelegd: %1</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <source>Count in: %1</source>
        <translation>Binnengekomen: %1</translation>
    </message>
    <message>
        <source>Count out: %1</source>
        <translation>Eén minder: %1</translation>
    </message>
    <message>
        <source>%1 held, %2 planned</source>
        <translation>%1 gehouden, %2 gepland</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Huurders</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigenaren</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Make board “%1”</source>
        <translation>Bord “%1” maken</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Nog geen datum</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;van</translation>
    </message>
    <message>
        <source>&amp;lasting</source>
        <translation>&amp;duur</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>e.g. Buurthuis De Kroon, Merelstraat 4</source>
        <translation>bijv. Buurthuis De Kroon, Merelstraat 4</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>D&amp;oel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Roadmap step this session serves</source>
        <translation>Stap van de routekaart waar deze sessie bij hoort</translation>
    </message>
    <message>
        <source>Serves &amp;step</source>
        <translation>Hoort bij &amp;stap</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Agenda kopiëren</translation>
    </message>
    <message>
        <source>The agenda as text for an e-mail, on the clipboard</source>
        <translation>De agenda als tekst voor een e-mail, op het klembord</translation>
    </message>
    <message>
        <source>Agenda as calendar file (.ics)…</source>
        <translation>Agenda als agendabestand (.ics)…</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Verwachte deelnemers</translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation>&amp;Bewoners</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Huurders</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Eigenaren</translation>
    </message>
    <message>
        <source>&amp;Professionals</source>
        <translation>&amp;Professionals</translation>
    </message>
    <message>
        <source>Invited stakeholders</source>
        <translation>Uitgenodigde stakeholders</translation>
    </message>
    <message numerus="yes">
        <source>Expected participants: %n in all</source>
        <translation>
            <numerusform>Verwachte deelnemers: %n in totaal</numerusform>
            <numerusform>Verwachte deelnemers: %n in totaal</numerusform>
        </translation>
    </message>
    <message>
        <source>A calendar file to send with the invitation</source>
        <translation>Een agendabestand om met de uitnodiging mee te sturen</translation>
    </message>
    <message>
        <source>Give the session a date first.</source>
        <translation>Geef de sessie eerst een datum.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Edit session “%1”</source>
        <translation>Sessie “%1” bewerken</translation>
    </message>
    <message>
        <source>Change the step “%1” serves</source>
        <translation>Stap van “%1” wijzigen</translation>
    </message>
    <message>
        <source>Invite “%1”</source>
        <translation>“%1” uitnodigen</translation>
    </message>
    <message>
        <source>Do not invite “%1”</source>
        <translation>“%1” niet uitnodigen</translation>
    </message>
    <message>
        <source>The agenda is on the clipboard: paste it into the e-mail.</source>
        <translation>De agenda staat op het klembord: plak hem in de e-mail.</translation>
    </message>
    <message>
        <source>Save the agenda as a calendar file</source>
        <translation>Agenda opslaan als agendabestand</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Agendabestand (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not saved</source>
        <translation>Agendabestand niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>A new planned session, without a date yet</source>
        <translation>Een nieuwe geplande sessie, nog zonder datum</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>A copy of the chosen session as the start of the next one</source>
        <translation>Een kopie van de gekozen sessie als begin van de volgende</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen session with its boards</source>
        <translation>De gekozen sessie met haar borden verwijderen</translation>
    </message>
    <message>
        <source>Run session</source>
        <translation>Sessie draaien</translation>
    </message>
    <message>
        <source>One screen for the hall: the agenda, the time, the boards and what is decided</source>
        <translation>Eén scherm voor de zaal: de agenda, de tijd, de borden en wat er besloten wordt</translation>
    </message>
    <message>
        <source>The action items not done of all sessions of the wijk</source>
        <translation>De actiepunten die nog open staan, van alle sessies van de wijk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>This wijk has no sessions yet. Make one with New session.</source>
        <translation>Deze wijk heeft nog geen sessies. Maak er een met Nieuwe sessie.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialen</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Besluiten en actiepunten</translation>
    </message>
    <message>
        <source>New session “%1”</source>
        <translation>Nieuwe sessie “%1”</translation>
    </message>
    <message>
        <source>%1 (follow-up)</source>
        <translation>%1 (vervolg)</translation>
    </message>
    <message>
        <source>Duplicate session “%1”</source>
        <translation>Sessie “%1” dupliceren</translation>
    </message>
    <message>
        <source>Delete the session “%1” with its agenda, decisions and actions?</source>
        <translation>De sessie “%1” verwijderen, met haar agenda, besluiten en actiepunten?</translation>
    </message>
    <message numerus="yes">
        <source>%n board(s) with their notes go with it.</source>
        <translation>
            <numerusform>Ook %n bord met zijn plakbriefjes gaat mee.</numerusform>
            <numerusform>Ook %n borden met hun plakbriefjes gaan mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <translation>Sessie “%1” verwijderen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
</context>
<context>
    <name>StakeholderCard</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Choose a stakeholder to see and edit it.</source>
        <translation>Kies een stakeholder om die te bekijken en te bewerken.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Influence (1-5)</source>
        <translation>Invloed (1-5)</translation>
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation>&amp;Invloed</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Belang (1-5)</translation>
    </message>
    <message>
        <source>I&amp;nterest</source>
        <translation>&amp;Belang</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>&amp;Attitude</source>
        <translation>&amp;Houding</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>&amp;Participation</source>
        <translation>&amp;Participatie</translation>
    </message>
    <message>
        <source>Linking opportunities</source>
        <translation>Koppelkansen</translation>
    </message>
    <message>
        <source>e.g. poverty, loneliness, housing</source>
        <translation>bijv. armoede, eenzaamheid, wonen</translation>
    </message>
    <message>
        <source>&amp;Linking opportunities</source>
        <translation>&amp;Koppelkansen</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Belangen</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Belemmeringen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Personal data (GDPR)</source>
        <translation>Persoonsgegevens (AVG)</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>Persoonsgegevens tonen</translation>
    </message>
    <message>
        <source>Only for getting in touch. Left out of exports and reports unless you choose to include it.</source>
        <translation>Alleen om contact op te nemen. Blijft buiten exports en rapporten, tenzij je ervoor kiest ze mee te nemen.</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Naam contactpersoon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Remove personal data…</source>
        <translation>Persoonsgegevens verwijderen…</translation>
    </message>
    <message>
        <source>Linked roadmap steps</source>
        <translation>Gekoppelde stappen van de routekaart</translation>
    </message>
    <message>
        <source>Roadmap steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Sessions invited to</source>
        <translation>Sessies waarvoor uitgenodigd</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Open in the roadmap</source>
        <translation>Openen in de routekaart</translation>
    </message>
    <message>
        <source>Open in the sessions</source>
        <translation>Openen bij de sessies</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Stakeholder “%1” bewerken</translation>
    </message>
    <message>
        <source>Hide personal data</source>
        <translation>Persoonsgegevens verbergen</translation>
    </message>
</context>
<context>
    <name>StakeholderGallery</name>
    <message>
        <source>Search name, organisation, interests…</source>
        <translation>Zoek op naam, organisatie, belangen…</translation>
    </message>
    <message>
        <source>Search stakeholders</source>
        <translation>Stakeholders zoeken</translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation>Alle kwadranten</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <source>All attitudes</source>
        <translation>Alle houdingen</translation>
    </message>
    <message>
        <source>All linking opportunities</source>
        <translation>Alle koppelkansen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <source>Influence and interest</source>
        <translation>Invloed en belang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>Most linked</source>
        <translation>Meest gekoppeld</translation>
    </message>
    <message>
        <source>Stakeholder cards</source>
        <translation>Stakeholderkaarten</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sorteren:</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 stakeholders</source>
        <translation>%1 van %2 stakeholders</translation>
    </message>
</context>
<context>
    <name>StakeholderGridScene</name>
    <message>
        <source>Influence %1 · interest %2</source>
        <translation>Invloed %1 · belang %2</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Edge colour: attitude</source>
        <translation>Randkleur: houding</translation>
    </message>
</context>
<context>
    <name>StakeholderGridView</name>
    <message>
        <source>Influence-interest grid</source>
        <translation>Invloed-belangmatrix</translation>
    </message>
</context>
<context>
    <name>StakeholderGridWidget</name>
    <message>
        <source>Fit to window</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <source>Export the grid as a PNG image</source>
        <translation>De matrix als PNG-afbeelding exporteren</translation>
    </message>
    <message>
        <source>Move %1 in the grid</source>
        <translation>%1 verplaatsen in de matrix</translation>
    </message>
    <message>
        <source>Influence-interest grid</source>
        <translation>Invloed-belangmatrix</translation>
    </message>
    <message>
        <source>Grid exported as an image: %1</source>
        <translation>Matrix geëxporteerd als afbeelding: %1</translation>
    </message>
</context>
<context>
    <name>StakeholderImportDialog</name>
    <message>
        <source>Import stakeholders</source>
        <translation>Stakeholders importeren</translation>
    </message>
    <message>
        <source>Stakeholders in the file</source>
        <translation>Stakeholders in het bestand</translation>
    </message>
    <message numerus="yes">
        <source>%n new stakeholder(s)</source>
        <translation>
            <numerusform>%n nieuwe stakeholder</numerusform>
            <numerusform>%n nieuwe stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated (same name)</source>
        <translation>
            <numerusform>%n bijgewerkt (zelfde naam)</numerusform>
            <numerusform>%n bijgewerkt (zelfde naam)</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Kolommen niet gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>StakeholderPreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
</context>
<context>
    <name>StakeholdersView</name>
    <message>
        <source>New stakeholder</source>
        <translation>Nieuwe stakeholder</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Add or update stakeholders from a spreadsheet saved as CSV</source>
        <translation>Stakeholders toevoegen of bijwerken uit een werkblad dat als CSV is opgeslagen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen stakeholders (Delete)</source>
        <translation>De gekozen stakeholders verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Influence-interest matrix</source>
        <translation>Invloed-belangmatrix</translation>
    </message>
    <message>
        <source>Blank stakeholder</source>
        <translation>Lege stakeholder</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Stakeholder “%1” toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder verwijderen</numerusform>
            <numerusform>%n stakeholders verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Stakeholders importeren</translation>
    </message>
    <message>
        <source>Spreadsheet saved as CSV (*.csv *.txt)</source>
        <translation>Werkblad opgeslagen als CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder importeren</numerusform>
            <numerusform>%n stakeholders importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the personal data of “%1”? The contact&apos;s name, role, e-mail and phone are erased everywhere in this workshop, also where the contact is named as owner or lead. This cannot be undone, and the undo history of the stakeholders is cleared.</source>
        <translation>De persoonsgegevens van “%1” verwijderen? Naam, rol, e-mail en telefoon van de contactpersoon worden overal in deze workshop gewist, ook waar de contactpersoon als eigenaar of trekker staat. Dit kan niet ongedaan worden gemaakt, en de geschiedenis om ongedaan te maken van de stakeholders wordt gewist.</translation>
    </message>
    <message>
        <source>Remove personal data</source>
        <translation>Persoonsgegevens verwijderen</translation>
    </message>
    <message>
        <source>The personal data is removed; no backup holds it.</source>
        <translation>De persoonsgegevens zijn verwijderd; geen enkele reservekopie bevat ze.</translation>
    </message>
    <message numerus="yes">
        <source>The personal data is removed from the workshop. %n backup(s) made before still hold it:</source>
        <translation>
            <numerusform>De persoonsgegevens zijn uit de workshop verwijderd. %n eerder gemaakte reservekopie bevat ze nog:</numerusform>
            <numerusform>De persoonsgegevens zijn uit de workshop verwijderd. %n eerder gemaakte reservekopieën bevatten ze nog:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these backups? You can then no longer go back to those moments.</source>
        <translation>Deze reservekopieën verwijderen? Je kunt dan niet meer terug naar die momenten.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Reservekopieën verwijderen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>StartPageWidget</name>
    <message>
        <source>Wijken</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>A wijk is a neighbourhood on its way off natural gas. Each wijk has its own roadmap, sessions, stakeholders and boards; open one to look through them.</source>
        <translation>Elke wijk heeft een eigen routekaart, sessies, stakeholders en borden. Open een wijk om ze te bekijken.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;New wijk…</source>
        <translation>&amp;Nieuwe wijk…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Open wijk</source>
        <translation>Wijk openen</translation>
    </message>
    <message>
        <source>New wijk</source>
        <translation>Nieuwe wijk</translation>
    </message>
    <message>
        <source>Rename wijk</source>
        <translation>Wijk hernoemen</translation>
    </message>
    <message>
        <source>Delete wijk</source>
        <translation>Wijk verwijderen</translation>
    </message>
    <message>
        <source>Welcome to SEC Workshop</source>
        <translation>Welkom bij SEC Workshop</translation>
    </message>
    <message>
        <source>There is no wijk yet. Look around in a demo wijk with a roadmap, sessions, stakeholders and boards, or start with your own wijk.</source>
        <translation>Er is nog geen wijk. Kijk rond in een demowijk met een routekaart, sessies, stakeholders en borden, of begin met je eigen wijk.</translation>
    </message>
    <message>
        <source>Open the &amp;demo wijk</source>
        <translation>&amp;Demowijk openen</translation>
    </message>
    <message>
        <source>Open the demo wijk</source>
        <translation>Demowijk openen</translation>
    </message>
    <message>
        <source>Start a &amp;new wijk…</source>
        <translation>&amp;Nieuwe wijk beginnen…</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>New voting round</source>
        <translation>Nieuwe stemronde</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <source>One name or table group per line. Leave empty for anonymous dots.</source>
        <translation>Eén naam of tafelgroep per regel. Leeg laten voor anonieme stippen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Stippen per deelnemer</translation>
    </message>
    <message>
        <source>Participants or groups</source>
        <translation>Deelnemers of groepen</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
</context>
<context>
    <name>StepEditorWidget</name>
    <message>
        <source>Select a step to edit it, or double-click an empty cell to add one.</source>
        <translation>Kies een stap om hem te bewerken, of dubbelklik op een lege cel om er een toe te voegen.</translation>
    </message>
    <message>
        <source>e.g. Creative producer</source>
        <translation>bijv. Creative producer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>The end date is before the start date; the dates are not saved until one of them changes.</source>
        <translation>De einddatum ligt vóór de begindatum; de data worden niet opgeslagen tot een van beide verandert.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Instruments of this step</source>
        <translation>Instrumenten van deze stap</translation>
    </message>
    <message>
        <source>Remove instrument</source>
        <translation>Instrument weghalen</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenten</translation>
    </message>
    <message>
        <source>New session for “%1”</source>
        <translation>Nieuwe sessie voor “%1”</translation>
    </message>
    <message>
        <source>Stakeholders linked to this step</source>
        <translation>Stakeholders gekoppeld aan deze stap</translation>
    </message>
    <message>
        <source>Sessions linked to this step</source>
        <translation>Sessies gekoppeld aan deze stap</translation>
    </message>
    <message>
        <source>New session for this step</source>
        <translation>Nieuwe sessie voor deze stap</translation>
    </message>
    <message>
        <source>Make a session that serves this step, and prepare it in Sessions</source>
        <translation>Maak een sessie die bij deze stap hoort en bereid die voor bij Sessies</translation>
    </message>
    <message>
        <source>A template belongs to no wijk, so it has no stakeholders or sessions. Link them to steps in a wijk&apos;s roadmap.</source>
        <translation>Een sjabloon hoort bij geen wijk en heeft dus geen stakeholders of sessies. Koppel die aan stappen in de routekaart van een wijk.</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>nog niet gepland</translation>
    </message>
    <message>
        <source>This wijk has no stakeholders yet.</source>
        <translation>Deze wijk heeft nog geen stakeholders.</translation>
    </message>
    <message>
        <source>This wijk has no sessions yet.</source>
        <translation>Deze wijk heeft nog geen sessies.</translation>
    </message>
    <message>
        <source>Stakeholders (%1)</source>
        <translation>Stakeholders (%1)</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sessies (%1)</translation>
    </message>
    <message>
        <source>Koppelkansen: %1</source>
        <translation>Koppelkansen: %1</translation>
    </message>
    <message>
        <source>No koppelkans names this step.</source>
        <translation>Geen koppelkans noemt deze stap.</translation>
    </message>
</context>
<context>
    <name>SwimlaneScene</name>
    <message>
        <source>%1% done</source>
        <translation>%1% klaar</translation>
    </message>
    <message>
        <source>builds on</source>
        <translation>bouwt voort op</translation>
    </message>
    <message>
        <source>“%1” builds on “%2”</source>
        <translation>“%1” bouwt voort op “%2”</translation>
    </message>
</context>
<context>
    <name>SwimlaneView</name>
    <message>
        <source>Process model</source>
        <translation>Procesmodel</translation>
    </message>
</context>
<context>
    <name>TemplatePageWidget</name>
    <message>
        <source>All wijken</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>Back to all wijken</source>
        <translation>Terug naar alle wijken</translation>
    </message>
    <message>
        <source>You are editing a template. Wijken that already have a roadmap keep theirs; new wijken start from the template as it is then.</source>
        <translation>Je bewerkt een sjabloon. Wijken die al een routekaart hebben, houden die; nieuwe wijken beginnen met het sjabloon zoals het dan is.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Sjabloon: %1</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Voting round</source>
        <translation>Stemronde</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nieuwe ronde…</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Ronde beëindigen</translation>
    </message>
    <message>
        <source>Clear dots</source>
        <translation>Stippen wissen</translation>
    </message>
    <message>
        <source>Take every dot of this round off the board</source>
        <translation>Alle stippen van deze ronde van het bord halen</translation>
    </message>
    <message>
        <source>Who places dots</source>
        <translation>Wie plakt er stippen</translation>
    </message>
    <message>
        <source>Paper dots on the selection</source>
        <translation>Papieren stippen op de selectie</translation>
    </message>
    <message>
        <source>Count in</source>
        <translation>Meetellen</translation>
    </message>
    <message>
        <source>Dot on the selection (+)</source>
        <translation>Stip op de selectie (+)</translation>
    </message>
    <message>
        <source>Take a dot off (−)</source>
        <translation>Stip eraf (−)</translation>
    </message>
    <message>
        <source>Place a dot on the selection</source>
        <translation>Stip plakken op de selectie</translation>
    </message>
    <message>
        <source>Take a dot off the selection</source>
        <translation>Stip weghalen van de selectie</translation>
    </message>
    <message>
        <source>Results, most dots first</source>
        <translation>Uitslag, meeste stippen eerst</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Note or cluster</source>
        <translation>Plakbriefje of cluster</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Switch on “Place dots” (V), then click a note or cluster to place a dot; Shift+click or right-click takes one off.</source>
        <translation>Zet “Stippen plakken” aan (V) en klik op een plakbriefje of cluster om een stip te plakken; Shift+klik of rechtsklik haalt er een weg.</translation>
    </message>
    <message>
        <source>Paper dots on the selection:</source>
        <translation>Papieren stippen op de selectie:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>Anonymous dots</source>
        <translation>Anonieme stippen</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) left</source>
        <translation>
            <numerusform>nog %n stip</numerusform>
            <numerusform>nog %n stippen</numerusform>
        </translation>
    </message>
    <message>
        <source>No voting round yet.</source>
        <translation>Nog geen stemronde.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>%1 dots placed.</source>
        <translation>%1 stippen geplakt.</translation>
    </message>
    <message>
        <source>Turnout: %1 of %2 dots placed (%3%).</source>
        <translation>Opkomst: %1 van %2 stippen geplakt (%3%).</translation>
    </message>
    <message>
        <source>%1 of %2 voted.</source>
        <translation>%1 van %2 hebben gestemd.</translation>
    </message>
    <message numerus="yes">
        <source>Counted on paper: %n dot(s).</source>
        <translation>
            <numerusform>Op papier geteld: %n stip.</numerusform>
            <numerusform>Op papier geteld: %n stippen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has placed all their dots.</source>
        <translation>Iedereen heeft alle stippen geplakt.</translation>
    </message>
    <message>
        <source>Now placing dots for %1.</source>
        <translation>Nu stippen plakken voor %1.</translation>
    </message>
    <message>
        <source>%1 has placed all their dots.</source>
        <translation>%1 heeft alle stippen geplakt.</translation>
    </message>
    <message>
        <source>Start a voting round first (tab Voting, “New round…”).</source>
        <translation>Start eerst een stemronde (tabblad Stemmen, “Nieuwe ronde…”).</translation>
    </message>
    <message>
        <source>%1 has no dots left in this round.</source>
        <translation>%1 heeft geen stippen meer in deze ronde.</translation>
    </message>
</context>
<context>
    <name>WijkPageWidget</name>
    <message>
        <source>All wijken</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>Back to all wijken (Alt+Left)</source>
        <translation>Terug naar alle wijken (Alt+Links)</translation>
    </message>
    <message>
        <source>Back to all wijken</source>
        <translation>Terug naar alle wijken</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Routekaart</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Borden</translation>
    </message>
    <message>
        <source>Koppelkansen</source>
        <translation>Koppelkansen</translation>
    </message>
    <message>
        <source>Municipality %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>%1 homes</source>
        <translation>%1 woningen</translation>
    </message>
    <message>
        <source>social rent %1%, private rent %2%, owner-occupied %3%</source>
        <translation>sociale huur %1%, particuliere huur %2%, koopwoning %3%</translation>
    </message>
    <message>
        <source>%1% in a VvE</source>
        <translation>%1% in een VvE</translation>
    </message>
    <message>
        <source>vulnerable neighbourhood</source>
        <translation>kwetsbare wijk</translation>
    </message>
    <message>
        <source>Next session: %1, %2</source>
        <translation>Volgende sessie: %1, %2</translation>
    </message>
</context>
</TS>
