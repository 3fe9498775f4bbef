<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Readiness Workbench</source>
        <translation>Über Readiness Workbench</translation>
    </message>
    <message>
        <source>Readiness Workbench</source>
        <translation>Readiness Workbench</translation>
    </message>
    <message>
        <source>Readiness assessments: checklists, evidence, live scores and signed reports, from one project file.</source>
        <translation>Readiness-Bewertungen: Checklisten, Nachweise, Live-Bewertungen und signierte Berichte aus einer Projektdatei.</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>AdjustCommand</name>
    <message>
        <source>Set or clear an adjusted score (overall or a domain) with a reason.</source>
        <translation>Eine angepasste Bewertung (gesamt oder für einen Bereich) mit Begründung setzen oder entfernen.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Adjust the overall score.</source>
        <translation>Die Gesamtbewertung anpassen.</translation>
    </message>
    <message>
        <source>Adjust this domain&apos;s score.</source>
        <translation>Die Bewertung dieses Bereichs anpassen.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The adjusted score, 0 to 100.</source>
        <translation>Die angepasste Bewertung, 0 bis 100.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Why the assessors adjust the score (required).</source>
        <translation>Warum die Bewertenden die Bewertung anpassen (erforderlich).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Remove the adjustment; the computed score applies again.</source>
        <translation>Die Anpassung entfernen; die berechnete Bewertung gilt wieder.</translation>
    </message>
    <message>
        <source>Give either --overall or --domain KEY.</source>
        <translation>Entweder --overall oder --domain SCHLÜSSEL angeben.</translation>
    </message>
    <message>
        <source>--score and --reason are required (or --clear).</source>
        <translation>--score und --reason sind erforderlich (oder --clear).</translation>
    </message>
    <message>
        <source>overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Adjustment of the %1 removed.</source>
        <translation>Anpassung für %1 entfernt.</translation>
    </message>
    <message>
        <source>The %1 is adjusted to %2.</source>
        <translation>%1 ist auf %2 angepasst.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust Score</source>
        <translation>Bewertung anpassen</translation>
    </message>
    <message>
        <source>Score to adjust</source>
        <translation>Anzupassende Bewertung</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>Adjusted score</source>
        <translation>Angepasste Bewertung</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why the assessors score this differently from the checklist (required; shown in reports)</source>
        <translation>Warum die Bewertenden anders bewerten als die Checkliste (erforderlich; erscheint in Berichten)</translation>
    </message>
    <message>
        <source>&amp;Score of:</source>
        <translation>&amp;Bewertung von:</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>Berechnet:</translation>
    </message>
    <message>
        <source>&amp;Adjusted to:</source>
        <translation>&amp;Angepasst auf:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>Remove Adjustment</source>
        <translation>Anpassung entfernen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>This item is answered with a status, not with an answer.</source>
        <translation>Dieser Punkt wird mit einem Status beantwortet, nicht mit einer Antwort.</translation>
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
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>„%1“ ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keine der Möglichkeiten: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Met, partially met, not met or not applicable</source>
        <translation>Erfüllt, teilweise erfüllt, nicht erfüllt oder nicht anwendbar</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, Ziel %2</translation>
    </message>
    <message numerus="yes">
        <source>One of %n choices</source>
        <translation>
            <numerusform>Eine von %n Antwort</numerusform>
            <numerusform>Eine von %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Any of %n choices</source>
        <translation>
            <numerusform>Beliebige von %n Antwort</numerusform>
            <numerusform>Beliebige von %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>A number in %1</source>
        <translation>Eine Zahl in %1</translation>
    </message>
    <message>
        <source>A date (recorded, not scored)</source>
        <translation>Ein Datum (erfasst, nicht bewertet)</translation>
    </message>
    <message>
        <source>A text (recorded, not scored)</source>
        <translation>Ein Text (erfasst, nicht bewertet)</translation>
    </message>
    <message>
        <source>Not in the implementation groups chosen (%1); it belongs to %2.</source>
        <translation>Nicht in den gewählten Umsetzungsgruppen (%1); er gehört zu %2.</translation>
    </message>
    <message>
        <source>Applies only when %1 is answered %2.</source>
        <translation>Gilt nur, wenn %1 mit %2 beantwortet ist.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>System under assessment</source>
        <translation>Bewertetes System</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Datum der Bewertung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;System under assessment:</source>
        <translation>Bewertetes &amp;System:</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Datum der Bewertung:</translation>
    </message>
    <message>
        <source>T&amp;eam / assessors:</source>
        <translation>T&amp;eam / Bewertende:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Nächste Überprüfung:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Ent&amp;scheidung:</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>Au&amp;flagen:</translation>
    </message>
    <message>
        <source>Items of no ticked group do not apply: they leave the scores, as not applicable items do. Every group ticked means all of them.</source>
        <translation>Punkte keiner angekreuzten Gruppe gelten nicht: Sie fallen aus den Bewertungen heraus, wie nicht anwendbare Punkte. Alle Gruppen angekreuzt heißt: alle.</translation>
    </message>
    <message>
        <source>Implementation &amp;groups:</source>
        <translation>Umsetzungs&amp;gruppen:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Evidence collected outside this period is pointed out on the dashboard and in the report.</source>
        <translation>Außerhalb dieses Zeitraums erhobene Nachweise werden im Dashboard und im Bericht hervorgehoben.</translation>
    </message>
    <message>
        <source>&amp;Period covered:</source>
        <translation>Abgedeckter &amp;Zeitraum:</translation>
    </message>
</context>
<context>
    <name>AssessorDialog</name>
    <message>
        <source>Who Is Assessing?</source>
        <translation>Wer bewertet?</translation>
    </message>
    <message>
        <source>Every change is recorded in the project&apos;s audit log with the name of the person who made it. Please give your name once; you can change it later in Edit &gt; Preferences.</source>
        <translation>Jede Änderung wird im Prüfprotokoll des Projekts mit dem Namen der Person festgehalten, die sie vorgenommen hat. Bitte geben Sie Ihren Namen einmal an; Sie können ihn später unter Bearbeiten &gt; Einstellungen ändern.</translation>
    </message>
    <message>
        <source>optional, for example Lead assessor</source>
        <translation>optional, zum Beispiel Leitende Bewerterin</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>Attach files as evidence to an item (stored once, streamed).</source>
        <translation>Dateien als Nachweise an einen Prüfpunkt anhängen (einmal gespeichert, gestreamt).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>The item the evidence supports.</source>
        <translation>Der Prüfpunkt, den der Nachweis belegt.</translation>
    </message>
    <message>
        <source>One or more files to attach.</source>
        <translation>Eine oder mehrere anzuhängende Dateien.</translation>
    </message>
    <message>
        <source>A caption for the evidence.</source>
        <translation>Eine Beschriftung für den Nachweis.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist or is not a file; nothing was attached.</source>
        <translation>Die Nachweisdatei %1 existiert nicht oder ist keine Datei; es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Prüfpunkt mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Attached %1 (%2, SHA-256 %3) to %4.</source>
        <translation>%1 (%2, SHA-256 %3) an %4 angehängt.</translation>
    </message>
    <message>
        <source>Attach the file as a new version of this evidence (SHA-256 or name); the earlier version is kept with its hash and dates.</source>
        <translation>Die Datei als neue Version dieses Nachweises anhängen (SHA-256 oder Name); die frühere Version bleibt mit Hash und Daten erhalten.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>--revise takes one file: the new version.</source>
        <translation>--revise nimmt eine Datei: die neue Version.</translation>
    </message>
    <message>
        <source>The evidence &quot;%1&quot; does not support %2; it supports %3.</source>
        <translation>Der Nachweis „%1“ belegt nicht %2; er belegt %3.</translation>
    </message>
    <message>
        <source>Attached %1 (%2, SHA-256 %3) as version %4 of &quot;%5&quot;.</source>
        <translation>%1 (%2, SHA-256 %3) als Version %4 von „%5“ angehängt.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation>Zeile %1 folgt auf Zeile %2: Zeilen fehlen</translation>
    </message>
    <message>
        <source>row %1 does not follow from the row before it (its link to the previous row was changed)</source>
        <translation>Zeile %1 folgt nicht aus der Zeile davor (ihre Verknüpfung zur vorherigen Zeile wurde geändert)</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written (its content no longer matches its hash)</source>
        <translation>Zeile %1 wurde nach dem Schreiben geändert (ihr Inhalt passt nicht mehr zu ihrem Hash)</translation>
    </message>
    <message>
        <source>the audit log&apos;s last entry has the id %1, which no entry can follow</source>
        <translation>der letzte Eintrag des Prüfprotokolls hat die Nummer %1, auf die kein Eintrag folgen kann</translation>
    </message>
    <message>
        <source>row %1 was rewritten: its device&apos;s signature (device %2) no longer matches it</source>
        <translation>Zeile %1 wurde umgeschrieben: Die Signatur ihres Geräts (Gerät %2) passt nicht mehr dazu</translation>
    </message>
    <message>
        <source>row %1 is not signed, though the rows before it are: it was written or rewritten outside the application</source>
        <translation>Zeile %1 ist nicht signiert, die Zeilen davor aber schon: Sie wurde außerhalb der Anwendung geschrieben oder umgeschrieben</translation>
    </message>
    <message>
        <source>the log is empty, though every project&apos;s log begins with its creation: it was removed</source>
        <translation>das Protokoll ist leer, obwohl das Protokoll jedes Projekts mit seiner Erstellung beginnt: Es wurde entfernt</translation>
    </message>
    <message>
        <source>the log&apos;s checkpoint was changed: its signature no longer matches it</source>
        <translation>der Kontrollpunkt des Protokolls wurde verändert: Seine Signatur passt nicht mehr dazu</translation>
    </message>
    <message>
        <source>the log ends at row %1, but its checkpoint records %2 rows: rows were removed from its end</source>
        <translation>das Protokoll endet bei Zeile %1, sein Kontrollpunkt verzeichnet aber %2 Zeilen: Am Ende wurden Zeilen entfernt</translation>
    </message>
    <message>
        <source>the log ends at row %1 with another head than its checkpoint records (%2 rows)</source>
        <translation>das Protokoll endet bei Zeile %1 mit einem anderen Kopf, als sein Kontrollpunkt verzeichnet (%2 Zeilen)</translation>
    </message>
    <message>
        <source>the log&apos;s checkpoint is missing, though its rows are signed: rows may have been removed</source>
        <translation>der Kontrollpunkt des Protokolls fehlt, obwohl seine Zeilen signiert sind: Möglicherweise wurden Zeilen entfernt</translation>
    </message>
    <message>
        <source>row %1 repeats an entry the log already holds</source>
        <translation>Zeile %1 wiederholt einen Eintrag, den das Protokoll bereits enthält</translation>
    </message>
    <message>
        <source>row %1 follows an entry the log does not hold (entries were removed)</source>
        <translation>Zeile %1 folgt auf einen Eintrag, den das Protokoll nicht enthält (Einträge wurden entfernt)</translation>
    </message>
    <message>
        <source>row %1&apos;s clock is not after the clock of an entry it follows</source>
        <translation>die Uhr von Zeile %1 liegt nicht nach der Uhr eines Eintrags, auf den sie folgt</translation>
    </message>
    <message>
        <source>row %1 follows no entry, though it is not the first</source>
        <translation>Zeile %1 folgt auf keinen Eintrag, obwohl sie nicht die erste ist</translation>
    </message>
    <message>
        <source>row %1 is chained the old way after entries that name their parents: it was written outside the application</source>
        <translation>Zeile %1 ist auf die alte Weise verkettet, nach Einträgen, die ihre Vorgänger nennen: Sie wurde außerhalb der Anwendung geschrieben</translation>
    </message>
    <message>
        <source>entry %1 is not a signed entry of a graph log</source>
        <translation>Eintrag %1 ist kein signierter Eintrag eines Graph-Protokolls</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its content no longer matches its hash)</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert (sein Inhalt passt nicht mehr zu seinem Hash)</translation>
    </message>
    <message>
        <source>entry %1&apos;s signature (device %2) does not match it</source>
        <translation>die Signatur von Eintrag %1 (Gerät %2) passt nicht zu ihm</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <source>&quot;bands.%1&quot; must be a non-empty list of {label, min}.</source>
        <translation>„bands.%1“ muss eine nicht leere Liste aus {label, min} sein.</translation>
    </message>
    <message>
        <source>&quot;bands.%1[%2]&quot; needs a &quot;label&quot; and a &quot;min&quot; between 0 and 100.</source>
        <translation>„bands.%1[%2]“ braucht ein „label“ und ein „min“ zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>&quot;bands.%1&quot; must have a band starting at 0 so that every score gets a label.</source>
        <translation>„bands.%1“ muss eine Stufe haben, die bei 0 beginnt, damit jede Bewertung eine Bezeichnung erhält.</translation>
    </message>
</context>
<context>
    <name>BuiltinTemplate</name>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Befriedigend</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mangelhaft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Mostly ready</source>
        <translation>Weitgehend bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Production readiness assessment</source>
        <translation>Bewertung der Produktionsreife</translation>
    </message>
    <message>
        <source>Eight weighted domains for deciding whether a service is ready for production: infrastructure, security, performance, monitoring, data, operations, documentation and risk.</source>
        <translation>Acht gewichtete Bereiche für die Entscheidung, ob ein Dienst bereit für die Produktion ist: Infrastruktur, Sicherheit, Leistung, Überwachung, Daten, Betrieb, Dokumentation und Risiko.</translation>
    </message>
    <message>
        <source>Infrastructure &amp; Architecture</source>
        <translation>Infrastruktur &amp; Architektur</translation>
    </message>
    <message>
        <source>Whether the platform the service runs on is sound, redundant and reproducible.</source>
        <translation>Ob die Plattform, auf der der Dienst läuft, solide, redundant und reproduzierbar ist.</translation>
    </message>
    <message>
        <source>Service boundaries and dependencies are documented in a current architecture diagram.</source>
        <translation>Dienstgrenzen und Abhängigkeiten sind in einem aktuellen Architekturdiagramm dokumentiert.</translation>
    </message>
    <message>
        <source>Ask for the diagram and compare it with what is deployed (service list, queues, databases). It counts as current when it was reviewed within the last quarter and names every external dependency with its owner.</source>
        <translation>Lassen Sie sich das Diagramm zeigen und vergleichen Sie es mit dem, was bereitgestellt ist (Dienstliste, Warteschlangen, Datenbanken). Es gilt als aktuell, wenn es im letzten Quartal überprüft wurde und jede externe Abhängigkeit mit ihrem Verantwortlichen nennt.</translation>
    </message>
    <message>
        <source>Every production component runs in at least two availability zones or failure domains.</source>
        <translation>Jede Produktionskomponente läuft in mindestens zwei Verfügbarkeitszonen oder Fehlerdomänen.</translation>
    </message>
    <message>
        <source>Check the deployment manifests or cloud console for replica placement. Single-zone components (often the database primary or a cache) need a documented failover path to count as partial.</source>
        <translation>Prüfen Sie die Platzierung der Replikate in den Deployment-Manifesten oder der Cloud-Konsole. Komponenten in nur einer Zone (oft der primäre Datenbankknoten oder ein Cache) brauchen einen dokumentierten Failover-Weg, um als teilweise erfüllt zu gelten.</translation>
    </message>
    <message>
        <source>Infrastructure is defined as code and production matches it (no manual drift).</source>
        <translation>Die Infrastruktur ist als Code definiert und die Produktion entspricht ihr (keine manuelle Abweichung).</translation>
    </message>
    <message>
        <source>Run the plan/diff of the IaC tool (terraform plan, pulumi preview) against production: a clean plan is met; known drift with a ticket is partial.</source>
        <translation>Führen Sie Plan/Diff des IaC-Werkzeugs (terraform plan, pulumi preview) gegen die Produktion aus: ein sauberer Plan ist erfüllt; bekannte Abweichung mit Ticket ist teilweise erfüllt.</translation>
    </message>
    <message>
        <source>Load balancers use health checks that remove unhealthy instances automatically.</source>
        <translation>Load Balancer verwenden Health Checks, die fehlerhafte Instanzen automatisch entfernen.</translation>
    </message>
    <message>
        <source>Look at the health-check path, interval and thresholds. The check must exercise the application (not only the port) and an unhealthy instance must leave rotation within a minute.</source>
        <translation>Sehen Sie sich Pfad, Intervall und Schwellwerte des Health Checks an. Die Prüfung muss die Anwendung ansprechen (nicht nur den Port), und eine fehlerhafte Instanz muss innerhalb einer Minute aus der Rotation genommen werden.</translation>
    </message>
    <message>
        <source>Resource requests and limits (CPU, memory) are set for every workload.</source>
        <translation>Ressourcenanforderungen und -grenzen (CPU, Speicher) sind für jede Arbeitslast gesetzt.</translation>
    </message>
    <message>
        <source>Inspect the workload specs. Missing limits let one service starve the others; missing requests defeat the scheduler and autoscaler.</source>
        <translation>Prüfen Sie die Spezifikationen der Arbeitslasten. Fehlende Grenzen lassen einen Dienst die anderen aushungern; fehlende Anforderungen untergraben Scheduler und Autoscaler.</translation>
    </message>
    <message>
        <source>Network segmentation restricts traffic between tiers to what is needed.</source>
        <translation>Die Netzwerksegmentierung beschränkt den Verkehr zwischen Schichten auf das Notwendige.</translation>
    </message>
    <message>
        <source>Review security groups or network policies: databases must not accept traffic from the internet or from tiers that do not use them. Default-allow rules are unmet.</source>
        <translation>Prüfen Sie Security Groups oder Network Policies: Datenbanken dürfen keinen Verkehr aus dem Internet oder von Schichten annehmen, die sie nicht nutzen. Regeln, die standardmäßig alles erlauben, sind nicht erfüllt.</translation>
    </message>
    <message>
        <source>Failover of a critical component has been exercised in the last six months.</source>
        <translation>Das Failover einer kritischen Komponente wurde in den letzten sechs Monaten geübt.</translation>
    </message>
    <message>
        <source>Ask for the record of a failover test (game day, chaos experiment) with the measured recovery time. A plan that was never run is partial at most.</source>
        <translation>Lassen Sie sich das Protokoll eines Failover-Tests (Game Day, Chaos-Experiment) mit der gemessenen Wiederherstellungszeit zeigen. Ein nie ausgeführter Plan ist höchstens teilweise erfüllt.</translation>
    </message>
    <message>
        <source>Security &amp; Compliance</source>
        <translation>Sicherheit &amp; Compliance</translation>
    </message>
    <message>
        <source>Whether the service protects its data and users and meets the obligations that apply to it.</source>
        <translation>Ob der Dienst seine Daten und Nutzer schützt und die für ihn geltenden Pflichten erfüllt.</translation>
    </message>
    <message>
        <source>No open critical or high vulnerabilities in the latest dependency and container scans.</source>
        <translation>Keine offenen kritischen oder hohen Schwachstellen in den letzten Abhängigkeits- und Container-Scans.</translation>
    </message>
    <message>
        <source>Read the latest scan reports (SCA, container image scan) from the release pipeline. Any critical finding without an approved exception makes this item unmet.</source>
        <translation>Lesen Sie die letzten Scan-Berichte (SCA, Container-Image-Scan) aus der Release-Pipeline. Jeder kritische Befund ohne genehmigte Ausnahme macht diesen Prüfpunkt unerfüllt.</translation>
    </message>
    <message>
        <source>Authentication uses the organisation&apos;s identity provider with MFA for privileged access.</source>
        <translation>Die Authentifizierung nutzt den Identitätsanbieter der Organisation mit MFA für privilegierten Zugriff.</translation>
    </message>
    <message>
        <source>Check that admin consoles and production access go through SSO and that MFA is enforced, not optional. Shared accounts are unmet.</source>
        <translation>Prüfen Sie, dass Admin-Konsolen und Produktionszugriff über SSO laufen und MFA erzwungen und nicht optional ist. Geteilte Konten sind nicht erfüllt.</translation>
    </message>
    <message>
        <source>Authorisation follows least privilege and roles are reviewed at least quarterly.</source>
        <translation>Die Autorisierung folgt dem Prinzip der minimalen Rechte, und Rollen werden mindestens vierteljährlich überprüft.</translation>
    </message>
    <message>
        <source>Sample three roles and compare their permissions with what the role needs. Ask for the last access review record.</source>
        <translation>Wählen Sie drei Rollen aus und vergleichen Sie ihre Berechtigungen mit dem, was die Rolle braucht. Lassen Sie sich das Protokoll der letzten Zugriffsüberprüfung zeigen.</translation>
    </message>
    <message>
        <source>Secrets live in a secrets manager and none are in source code or images.</source>
        <translation>Geheimnisse liegen in einem Secrets-Manager, und keine stehen im Quellcode oder in Images.</translation>
    </message>
    <message>
        <source>Run a secret scanner over the repository history and the images; check that the application reads credentials from the vault or the platform&apos;s secret store at run time.</source>
        <translation>Lassen Sie einen Secret-Scanner über die Repository-Historie und die Images laufen; prüfen Sie, dass die Anwendung Zugangsdaten zur Laufzeit aus dem Vault oder dem Secret-Speicher der Plattform liest.</translation>
    </message>
    <message>
        <source>Data is encrypted in transit (TLS 1.2+) and at rest with managed keys.</source>
        <translation>Daten werden bei der Übertragung (TLS 1.2+) und im Ruhezustand mit verwalteten Schlüsseln verschlüsselt.</translation>
    </message>
    <message>
        <source>Check the TLS configuration of every endpoint (including internal ones) and the encryption settings of databases, disks and backups. Key rotation should be automatic.</source>
        <translation>Prüfen Sie die TLS-Konfiguration jedes Endpunkts (auch interner) und die Verschlüsselungseinstellungen von Datenbanken, Datenträgern und Backups. Die Schlüsselrotation sollte automatisch erfolgen.</translation>
    </message>
    <message>
        <source>Security-relevant events are logged centrally and retained as policy requires.</source>
        <translation>Sicherheitsrelevante Ereignisse werden zentral protokolliert und so lange aufbewahrt, wie die Richtlinie es verlangt.</translation>
    </message>
    <message>
        <source>Confirm that logins, permission changes and administrative actions reach the central log store, are tamper-evident and are kept for the required period (often 365 days).</source>
        <translation>Bestätigen Sie, dass Anmeldungen, Berechtigungsänderungen und administrative Aktionen den zentralen Log-Speicher erreichen, manipulationssicher sind und für den geforderten Zeitraum aufbewahrt werden (oft 365 Tage).</translation>
    </message>
    <message>
        <source>A penetration test or security review of this release found no unresolved high findings.</source>
        <translation>Ein Penetrationstest oder Sicherheitsreview dieses Releases ergab keine ungelösten hohen Befunde.</translation>
    </message>
    <message>
        <source>Ask for the report and the remediation tracker. Findings accepted as risks need an owner and an expiry date.</source>
        <translation>Lassen Sie sich den Bericht und den Stand der Behebung zeigen. Als Risiko akzeptierte Befunde brauchen einen Verantwortlichen und ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>Applicable regulatory controls (for example GDPR, SOC 2, PCI DSS) are mapped and evidenced.</source>
        <translation>Anwendbare regulatorische Kontrollen (zum Beispiel DSGVO, SOC 2, PCI DSS) sind zugeordnet und nachgewiesen.</translation>
    </message>
    <message>
        <source>List the obligations that apply to the data the service handles and check each has a control with evidence. Unmapped obligations are gaps.</source>
        <translation>Listen Sie die Pflichten auf, die für die vom Dienst verarbeiteten Daten gelten, und prüfen Sie, dass jede eine Kontrolle mit Nachweis hat. Nicht zugeordnete Pflichten sind Lücken.</translation>
    </message>
    <message>
        <source>Performance &amp; Scalability</source>
        <translation>Leistung &amp; Skalierbarkeit</translation>
    </message>
    <message>
        <source>Whether the service meets its performance targets at expected and peak load and scales without manual work.</source>
        <translation>Ob der Dienst seine Leistungsziele bei erwarteter Last und Spitzenlast erreicht und ohne manuelle Arbeit skaliert.</translation>
    </message>
    <message>
        <source>Performance targets (latency percentiles, throughput, error rate) are written down and agreed.</source>
        <translation>Leistungsziele (Latenz-Perzentile, Durchsatz, Fehlerrate) sind schriftlich festgehalten und vereinbart.</translation>
    </message>
    <message>
        <source>Look for explicit numbers such as p95 &lt; 300 ms at 5,000 requests/min. Targets that exist only in people&apos;s heads do not count.</source>
        <translation>Achten Sie auf konkrete Zahlen wie p95 &lt; 300 ms bei 5.000 Anfragen/min. Ziele, die nur in den Köpfen existieren, zählen nicht.</translation>
    </message>
    <message>
        <source>A load test at expected peak load met the targets within the last release cycle.</source>
        <translation>Ein Lasttest bei erwarteter Spitzenlast hat im letzten Release-Zyklus die Ziele erreicht.</translation>
    </message>
    <message>
        <source>Review the load test report: the traffic model must resemble production, run long enough to reach steady state (30 minutes or more), and the targets must hold.</source>
        <translation>Prüfen Sie den Lasttestbericht: Das Lastmodell muss der Produktion ähneln, lange genug laufen, um einen stabilen Zustand zu erreichen (30 Minuten oder mehr), und die Ziele müssen eingehalten werden.</translation>
    </message>
    <message>
        <source>A stress test found the breaking point and the service degrades gracefully beyond it.</source>
        <translation>Ein Stresstest hat die Belastungsgrenze ermittelt, und der Dienst degradiert darüber hinaus kontrolliert.</translation>
    </message>
    <message>
        <source>Ask at what load the service fails and how: it should shed load or queue requests, not crash or corrupt data. Recovery after the load drops must be automatic.</source>
        <translation>Fragen Sie, bei welcher Last der Dienst ausfällt und wie: Er sollte Last abwerfen oder Anfragen einreihen, nicht abstürzen oder Daten beschädigen. Nach dem Rückgang der Last muss er sich automatisch erholen.</translation>
    </message>
    <message>
        <source>Autoscaling is configured on meaningful metrics and was seen to work under test.</source>
        <translation>Autoscaling ist auf aussagekräftige Metriken konfiguriert und hat im Test nachweislich funktioniert.</translation>
    </message>
    <message>
        <source>Check the scaling policy (metric, thresholds, min/max) and the test where it scaled out and back in. Scaling on CPU alone is partial for I/O-bound services.</source>
        <translation>Prüfen Sie die Skalierungsrichtlinie (Metrik, Schwellwerte, Min/Max) und den Test, in dem hoch- und wieder herunterskaliert wurde. Skalierung allein nach CPU ist bei I/O-lastigen Diensten nur teilweise erfüllt.</translation>
    </message>
    <message>
        <source>Database queries on hot paths are indexed and their plans reviewed.</source>
        <translation>Datenbankabfragen auf kritischen Pfaden sind indiziert und ihre Ausführungspläne geprüft.</translation>
    </message>
    <message>
        <source>Ask for the slowest queries from the database&apos;s statistics (pg_stat_statements or equivalent) and check they use indexes. Full scans on large tables are unmet.</source>
        <translation>Lassen Sie sich die langsamsten Abfragen aus der Datenbankstatistik zeigen (pg_stat_statements oder Vergleichbares) und prüfen Sie, dass sie Indizes nutzen. Vollständige Scans großer Tabellen sind nicht erfüllt.</translation>
    </message>
    <message>
        <source>Capacity headroom of at least 30 % exists for the next six months of forecast growth.</source>
        <translation>Für die nächsten sechs Monate prognostizierten Wachstums besteht eine Kapazitätsreserve von mindestens 30 %.</translation>
    </message>
    <message>
        <source>Compare current peak utilisation (CPU, memory, connections, storage) with the forecast. Quotas and licence limits count as capacity too.</source>
        <translation>Vergleichen Sie die aktuelle Spitzenauslastung (CPU, Speicher, Verbindungen, Speicherplatz) mit der Prognose. Kontingente und Lizenzgrenzen zählen ebenfalls als Kapazität.</translation>
    </message>
    <message>
        <source>Monitoring &amp; Observability</source>
        <translation>Überwachung &amp; Beobachtbarkeit</translation>
    </message>
    <message>
        <source>Whether the team will know that the service is unhealthy before its users tell them, and can find out why.</source>
        <translation>Ob das Team erfährt, dass der Dienst gestört ist, bevor die Nutzer es melden, und herausfinden kann, warum.</translation>
    </message>
    <message>
        <source>Service level indicators and objectives are defined and shown on a dashboard.</source>
        <translation>Service Level Indicators und Objectives sind definiert und auf einem Dashboard sichtbar.</translation>
    </message>
    <message>
        <source>Check that SLIs (availability, latency, error rate) are measured from the user&apos;s side and that SLOs with error budgets are visible to the team.</source>
        <translation>Prüfen Sie, dass SLIs (Verfügbarkeit, Latenz, Fehlerrate) aus Nutzersicht gemessen werden und SLOs mit Fehlerbudgets für das Team sichtbar sind.</translation>
    </message>
    <message>
        <source>Alerts page the on-call person for symptoms users would notice, with a runbook link.</source>
        <translation>Alarme benachrichtigen die Rufbereitschaft bei Symptomen, die Nutzer bemerken würden, mit Link zum Runbook.</translation>
    </message>
    <message>
        <source>Review the alert rules: every paging alert must be actionable and link to a runbook. Alerts on causes only (CPU high) with no user impact should not page.</source>
        <translation>Prüfen Sie die Alarmregeln: Jeder Alarm, der jemanden weckt, muss umsetzbar sein und auf ein Runbook verweisen. Alarme nur auf Ursachen (hohe CPU) ohne Auswirkung auf Nutzer sollten niemanden wecken.</translation>
    </message>
    <message>
        <source>Logs are structured, centralised and searchable with a correlation id across services.</source>
        <translation>Logs sind strukturiert, zentralisiert und über eine Korrelations-ID dienstübergreifend durchsuchbar.</translation>
    </message>
    <message>
        <source>Follow one request through the log store by its correlation id. Unstructured text logs or logs only on the hosts are partial.</source>
        <translation>Verfolgen Sie eine Anfrage anhand ihrer Korrelations-ID durch den Log-Speicher. Unstrukturierte Text-Logs oder Logs nur auf den Hosts sind teilweise erfüllt.</translation>
    </message>
    <message>
        <source>Distributed tracing covers the main user journeys.</source>
        <translation>Verteiltes Tracing deckt die wichtigsten Nutzerwege ab.</translation>
    </message>
    <message>
        <source>Open a trace of a typical request: it should show every service and datastore it touches, with timings.</source>
        <translation>Öffnen Sie einen Trace einer typischen Anfrage: Er sollte jeden berührten Dienst und Datenspeicher mit Zeiten zeigen.</translation>
    </message>
    <message>
        <source>Dashboards show the four golden signals for every service.</source>
        <translation>Dashboards zeigen die vier goldenen Signale für jeden Dienst.</translation>
    </message>
    <message>
        <source>Latency, traffic, errors and saturation per service, on one dashboard the on-call person knows.</source>
        <translation>Latenz, Verkehr, Fehler und Auslastung je Dienst auf einem Dashboard, das die Rufbereitschaft kennt.</translation>
    </message>
    <message>
        <source>Synthetic checks probe the public endpoints from outside the network.</source>
        <translation>Synthetische Prüfungen testen die öffentlichen Endpunkte von außerhalb des Netzwerks.</translation>
    </message>
    <message>
        <source>Check that an external monitor exercises the main user journey (login, key transaction) at least every five minutes and alerts on failure.</source>
        <translation>Prüfen Sie, dass ein externer Monitor den wichtigsten Nutzerweg (Anmeldung, zentrale Transaktion) mindestens alle fünf Minuten durchläuft und bei Fehlern alarmiert.</translation>
    </message>
    <message>
        <source>Data Management &amp; Backup</source>
        <translation>Datenmanagement &amp; Backup</translation>
    </message>
    <message>
        <source>Whether data is backed up, restorable within the agreed time and handled as its classification requires.</source>
        <translation>Ob Daten gesichert, in der vereinbarten Zeit wiederherstellbar sind und so behandelt werden, wie ihre Klassifizierung es verlangt.</translation>
    </message>
    <message>
        <source>Backups run automatically and their success is monitored.</source>
        <translation>Backups laufen automatisch, und ihr Erfolg wird überwacht.</translation>
    </message>
    <message>
        <source>Check the schedule and that a failed backup raises an alert. Look at the last 30 days of backup results.</source>
        <translation>Prüfen Sie den Zeitplan und dass ein fehlgeschlagenes Backup einen Alarm auslöst. Sehen Sie sich die Backup-Ergebnisse der letzten 30 Tage an.</translation>
    </message>
    <message>
        <source>A restore from backup was tested end to end and met the recovery time objective.</source>
        <translation>Eine Wiederherstellung aus dem Backup wurde vollständig getestet und hat das Wiederherstellungszeitziel erreicht.</translation>
    </message>
    <message>
        <source>Ask for the last restore drill: the data restored, the time it took against the RTO, and the data loss window against the RPO.</source>
        <translation>Lassen Sie sich die letzte Wiederherstellungsübung zeigen: die wiederhergestellten Daten, die benötigte Zeit im Vergleich zum RTO und das Datenverlustfenster im Vergleich zum RPO.</translation>
    </message>
    <message>
        <source>Recovery point and recovery time objectives are defined and agreed with the business.</source>
        <translation>Wiederherstellungspunkt- und Wiederherstellungszeitziele sind definiert und mit dem Fachbereich vereinbart.</translation>
    </message>
    <message>
        <source>Look for RPO and RTO values signed off by the service owner, and check the backup frequency can meet the RPO.</source>
        <translation>Achten Sie auf RPO- und RTO-Werte, die vom Dienstverantwortlichen freigegeben sind, und prüfen Sie, ob die Backup-Häufigkeit den RPO einhalten kann.</translation>
    </message>
    <message>
        <source>Backups are stored in a separate account or region and are immutable.</source>
        <translation>Backups werden in einem separaten Konto oder einer separaten Region gespeichert und sind unveränderlich.</translation>
    </message>
    <message>
        <source>Confirm that a compromise of the production account cannot delete the backups (object lock, separate account, or offline copy).</source>
        <translation>Bestätigen Sie, dass eine Kompromittierung des Produktionskontos die Backups nicht löschen kann (Object Lock, separates Konto oder Offline-Kopie).</translation>
    </message>
    <message>
        <source>Schema migrations are versioned, tested and reversible or forward-fixable.</source>
        <translation>Schemamigrationen sind versioniert, getestet und umkehrbar oder vorwärts korrigierbar.</translation>
    </message>
    <message>
        <source>Check the migration tool, that migrations run in the pipeline against a production-like copy, and the plan for a failed migration.</source>
        <translation>Prüfen Sie das Migrationswerkzeug, dass Migrationen in der Pipeline gegen eine produktionsähnliche Kopie laufen, und den Plan für eine fehlgeschlagene Migration.</translation>
    </message>
    <message>
        <source>Data retention and deletion follow the data classification policy.</source>
        <translation>Aufbewahrung und Löschung von Daten folgen der Richtlinie zur Datenklassifizierung.</translation>
    </message>
    <message>
        <source>Sample a data type with a retention rule and check it is deleted on time. Personal data needs a process for erasure requests.</source>
        <translation>Wählen Sie einen Datentyp mit Aufbewahrungsregel und prüfen Sie, dass er fristgerecht gelöscht wird. Personenbezogene Daten brauchen ein Verfahren für Löschanfragen.</translation>
    </message>
    <message>
        <source>Operational Readiness</source>
        <translation>Betriebsbereitschaft</translation>
    </message>
    <message>
        <source>Whether the team can deploy, operate, roll back and support the service in production.</source>
        <translation>Ob das Team den Dienst in der Produktion bereitstellen, betreiben, zurücksetzen und unterstützen kann.</translation>
    </message>
    <message>
        <source>Deployments are automated through a pipeline with no manual production steps.</source>
        <translation>Bereitstellungen sind über eine Pipeline automatisiert, ohne manuelle Schritte in der Produktion.</translation>
    </message>
    <message>
        <source>Walk through the last production deployment: every step should be in the pipeline log. Manual database changes or console clicks are gaps.</source>
        <translation>Gehen Sie die letzte Produktionsbereitstellung durch: Jeder Schritt sollte im Pipeline-Protokoll stehen. Manuelle Datenbankänderungen oder Klicks in der Konsole sind Lücken.</translation>
    </message>
    <message>
        <source>A rollback can be done in minutes and was tested for this release.</source>
        <translation>Ein Rollback ist in Minuten möglich und wurde für dieses Release getestet.</translation>
    </message>
    <message>
        <source>Ask how to roll back and when it was last done. Releases with irreversible migrations need a documented forward-fix plan.</source>
        <translation>Fragen Sie, wie ein Rollback geht und wann er zuletzt durchgeführt wurde. Releases mit nicht umkehrbaren Migrationen brauchen einen dokumentierten Plan zur Vorwärtskorrektur.</translation>
    </message>
    <message>
        <source>An on-call rotation with escalation paths is staffed for the service.</source>
        <translation>Eine Rufbereitschaft mit Eskalationswegen ist für den Dienst besetzt.</translation>
    </message>
    <message>
        <source>Check the rotation in the paging tool: a primary and a secondary, contact details current, and an escalation to the service owner.</source>
        <translation>Prüfen Sie den Dienstplan im Alarmierungswerkzeug: eine primäre und eine sekundäre Person, aktuelle Kontaktdaten und eine Eskalation zum Dienstverantwortlichen.</translation>
    </message>
    <message>
        <source>Runbooks exist for the top known failure modes and were used in a drill.</source>
        <translation>Für die wichtigsten bekannten Fehlerarten gibt es Runbooks, die in einer Übung verwendet wurden.</translation>
    </message>
    <message>
        <source>List the five most likely incidents and check each has a runbook that a person new to the service could follow.</source>
        <translation>Listen Sie die fünf wahrscheinlichsten Störungen auf und prüfen Sie, dass es für jede ein Runbook gibt, dem eine neue Person im Team folgen könnte.</translation>
    </message>
    <message>
        <source>An incident management process with post-incident reviews is in place.</source>
        <translation>Ein Incident-Management-Prozess mit Nachbetrachtungen ist eingerichtet.</translation>
    </message>
    <message>
        <source>Look for the incident template, severity definitions and the last post-incident review with its action items tracked.</source>
        <translation>Achten Sie auf die Vorlage für Störungen, die Definition der Schweregrade und die letzte Nachbetrachtung mit nachverfolgten Maßnahmen.</translation>
    </message>
    <message>
        <source>Change management approval and release communication are defined.</source>
        <translation>Genehmigung im Änderungsmanagement und Kommunikation von Releases sind festgelegt.</translation>
    </message>
    <message>
        <source>Check how a production change is approved and who is told about releases and maintenance windows.</source>
        <translation>Prüfen Sie, wie eine Produktionsänderung genehmigt wird und wer über Releases und Wartungsfenster informiert wird.</translation>
    </message>
    <message>
        <source>Documentation &amp; Training</source>
        <translation>Dokumentation &amp; Schulung</translation>
    </message>
    <message>
        <source>Whether the people who build, run and use the service have what they need to do so.</source>
        <translation>Ob die Menschen, die den Dienst bauen, betreiben und nutzen, haben, was sie dafür brauchen.</translation>
    </message>
    <message>
        <source>Operational documentation (architecture, runbooks, configuration) is current and findable.</source>
        <translation>Die Betriebsdokumentation (Architektur, Runbooks, Konfiguration) ist aktuell und auffindbar.</translation>
    </message>
    <message>
        <source>Ask a team member to find the runbook for a named alert in under two minutes.</source>
        <translation>Bitten Sie ein Teammitglied, das Runbook zu einem genannten Alarm in unter zwei Minuten zu finden.</translation>
    </message>
    <message>
        <source>API documentation is published and matches the deployed version.</source>
        <translation>Die API-Dokumentation ist veröffentlicht und entspricht der bereitgestellten Version.</translation>
    </message>
    <message>
        <source>Compare the published API reference with the running service (OpenAPI spec version, endpoints).</source>
        <translation>Vergleichen Sie die veröffentlichte API-Referenz mit dem laufenden Dienst (Version der OpenAPI-Spezifikation, Endpunkte).</translation>
    </message>
    <message>
        <source>User documentation and release notes are ready for this release.</source>
        <translation>Benutzerdokumentation und Versionshinweise sind für dieses Release bereit.</translation>
    </message>
    <message>
        <source>Check the user guide covers the new features and the release notes list changes and known issues.</source>
        <translation>Prüfen Sie, dass das Benutzerhandbuch die neuen Funktionen abdeckt und die Versionshinweise Änderungen und bekannte Probleme nennen.</translation>
    </message>
    <message>
        <source>Support staff were trained on the service and its common issues.</source>
        <translation>Das Support-Personal wurde zum Dienst und seinen häufigen Problemen geschult.</translation>
    </message>
    <message>
        <source>Ask for the training record and the support knowledge base articles for the service.</source>
        <translation>Lassen Sie sich den Schulungsnachweis und die Artikel der Support-Wissensdatenbank zum Dienst zeigen.</translation>
    </message>
    <message>
        <source>On-call engineers completed a handover or shadow shift for the service.</source>
        <translation>Die Bereitschaftsingenieure haben eine Übergabe oder eine begleitete Schicht für den Dienst absolviert.</translation>
    </message>
    <message>
        <source>Every person on the rotation should have shadowed an on-call shift or handled a drill incident.</source>
        <translation>Jede Person im Dienstplan sollte eine Bereitschaftsschicht begleitet oder eine Übungsstörung bearbeitet haben.</translation>
    </message>
    <message>
        <source>Known limitations and workarounds are documented for support.</source>
        <translation>Bekannte Einschränkungen und Umgehungen sind für den Support dokumentiert.</translation>
    </message>
    <message>
        <source>Look for a list of known issues with their workarounds in the support knowledge base.</source>
        <translation>Achten Sie auf eine Liste bekannter Probleme mit ihren Umgehungen in der Support-Wissensdatenbank.</translation>
    </message>
    <message>
        <source>Risk Management</source>
        <translation>Risikomanagement</translation>
    </message>
    <message>
        <source>Whether the risks of going live are known, owned and mitigated or accepted by the right people.</source>
        <translation>Ob die Risiken des Produktivgangs bekannt, zugeordnet und gemindert oder von den richtigen Personen akzeptiert sind.</translation>
    </message>
    <message>
        <source>A risk register for the release exists with probability, impact and owner for each risk.</source>
        <translation>Es gibt ein Risikoregister für das Release mit Wahrscheinlichkeit, Auswirkung und Verantwortlichem für jedes Risiko.</translation>
    </message>
    <message>
        <source>Review the register: every risk needs an owner and a rating; risks rated high need a mitigation.</source>
        <translation>Prüfen Sie das Register: Jedes Risiko braucht einen Verantwortlichen und eine Einstufung; hoch eingestufte Risiken brauchen eine Minderungsmaßnahme.</translation>
    </message>
    <message>
        <source>High risks have mitigations in place or a documented acceptance by the service owner.</source>
        <translation>Hohe Risiken sind durch Maßnahmen gemindert oder vom Dienstverantwortlichen dokumentiert akzeptiert.</translation>
    </message>
    <message>
        <source>For each high risk, check that the mitigation is done or that the acceptance is signed and dated.</source>
        <translation>Prüfen Sie für jedes hohe Risiko, dass die Minderung umgesetzt oder die Akzeptanz unterschrieben und datiert ist.</translation>
    </message>
    <message>
        <source>A business continuity plan covers the loss of the service.</source>
        <translation>Ein Business-Continuity-Plan deckt den Ausfall des Dienstes ab.</translation>
    </message>
    <message>
        <source>Ask how the business operates if the service is down for a day, and who decides to invoke the plan.</source>
        <translation>Fragen Sie, wie das Geschäft weiterläuft, wenn der Dienst einen Tag ausfällt, und wer entscheidet, den Plan in Kraft zu setzen.</translation>
    </message>
    <message>
        <source>Critical third-party dependencies have SLAs and a plan for their failure.</source>
        <translation>Kritische Abhängigkeiten von Drittanbietern haben SLAs und einen Plan für ihren Ausfall.</translation>
    </message>
    <message>
        <source>List the vendors the service cannot run without and check their SLA and the fallback if they fail.</source>
        <translation>Listen Sie die Anbieter auf, ohne die der Dienst nicht laufen kann, und prüfen Sie deren SLA und die Ausweichlösung bei einem Ausfall.</translation>
    </message>
    <message>
        <source>A phased rollout plan with success criteria and stop conditions is agreed.</source>
        <translation>Ein Plan für die stufenweise Einführung mit Erfolgskriterien und Abbruchbedingungen ist vereinbart.</translation>
    </message>
    <message>
        <source>Check the rollout phases (for example 5 %, 25 %, 100 %), the criteria to move on, and who can stop the rollout.</source>
        <translation>Prüfen Sie die Einführungsphasen (zum Beispiel 5 %, 25 %, 100 %), die Kriterien für den nächsten Schritt und wer die Einführung stoppen kann.</translation>
    </message>
    <message>
        <source>Go/no-go criteria and decision makers for the launch are defined.</source>
        <translation>Go/No-Go-Kriterien und Entscheidungsträger für den Start sind festgelegt.</translation>
    </message>
    <message>
        <source>Look for the list of criteria and the named people who make the final decision.</source>
        <translation>Achten Sie auf die Liste der Kriterien und die namentlich genannten Personen, die die endgültige Entscheidung treffen.</translation>
    </message>
    <message>
        <source>Release validation</source>
        <translation>Release-Validierung</translation>
    </message>
    <message>
        <source>Four categories scored in points (infrastructure 25, security 30, performance 20, compliance 25) with a target of 80 % each, for validating a release before it goes to production.</source>
        <translation>Vier Kategorien, in Punkten bewertet (Infrastruktur 25, Sicherheit 30, Leistung 20, Compliance 25), mit einem Ziel von je 80 %, um ein Release vor dem Gang in die Produktion zu validieren.</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>The production platform: certificates, secrets, monitoring, backups and recovery.</source>
        <translation>Die Produktionsplattform: Zertifikate, Geheimnisse, Überwachung, Backups und Wiederherstellung.</translation>
    </message>
    <message>
        <source>TLS certificates are issued for every public endpoint and renew automatically.</source>
        <translation>Für jeden öffentlichen Endpunkt sind TLS-Zertifikate ausgestellt, die sich automatisch erneuern.</translation>
    </message>
    <message>
        <source>Check each endpoint&apos;s certificate (issuer, expiry) and the renewal job. A certificate expiring within 30 days without automatic renewal is unmet.</source>
        <translation>Prüfen Sie das Zertifikat jedes Endpunkts (Aussteller, Ablauf) und den Erneuerungsjob. Ein Zertifikat, das innerhalb von 30 Tagen abläuft und nicht automatisch erneuert wird, ist nicht erfüllt.</translation>
    </message>
    <message>
        <source>Secrets are held in the secrets vault and no default credentials remain.</source>
        <translation>Geheimnisse liegen im Secrets-Vault, und es bleiben keine Standard-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Confirm the vault is initialised and unsealed in production, applications read secrets from it, and startup rejects default passwords.</source>
        <translation>Bestätigen Sie, dass der Vault in der Produktion initialisiert und entsiegelt ist, Anwendungen ihre Geheimnisse daraus lesen und der Start Standardpasswörter zurückweist.</translation>
    </message>
    <message>
        <source>The monitoring stack (metrics, logs, alerting) is deployed and receiving production data.</source>
        <translation>Der Überwachungs-Stack (Metriken, Logs, Alarmierung) ist bereitgestellt und empfängt Produktionsdaten.</translation>
    </message>
    <message>
        <source>Open the dashboards for the production environment and check data from the last hour; send a test alert to the on-call channel.</source>
        <translation>Öffnen Sie die Dashboards der Produktionsumgebung und prüfen Sie Daten der letzten Stunde; senden Sie einen Testalarm an den Bereitschaftskanal.</translation>
    </message>
    <message>
        <source>Backups are scheduled and a restore was tested.</source>
        <translation>Backups sind geplant, und eine Wiederherstellung wurde getestet.</translation>
    </message>
    <message>
        <source>Look for the restore test record with the time taken and the data checked after restore.</source>
        <translation>Achten Sie auf das Protokoll des Wiederherstellungstests mit der benötigten Zeit und den nach der Wiederherstellung geprüften Daten.</translation>
    </message>
    <message>
        <source>The disaster recovery plan was validated in an exercise.</source>
        <translation>Der Notfallwiederherstellungsplan wurde in einer Übung validiert.</translation>
    </message>
    <message>
        <source>Ask for the DR exercise report: the scenario, the recovery time reached, and the issues found.</source>
        <translation>Lassen Sie sich den Bericht der DR-Übung zeigen: das Szenario, die erreichte Wiederherstellungszeit und die gefundenen Probleme.</translation>
    </message>
    <message>
        <source>Container resource limits (CPU, memory) are configured for every service.</source>
        <translation>Container-Ressourcengrenzen (CPU, Speicher) sind für jeden Dienst konfiguriert.</translation>
    </message>
    <message>
        <source>Check the compose files or manifests for memory and CPU limits; services without limits can exhaust the host.</source>
        <translation>Prüfen Sie die Compose-Dateien oder Manifeste auf Speicher- und CPU-Grenzen; Dienste ohne Grenzen können den Host erschöpfen.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Protection of accounts, data and the release itself.</source>
        <translation>Schutz von Konten, Daten und dem Release selbst.</translation>
    </message>
    <message>
        <source>Default passwords are rejected at startup.</source>
        <translation>Standardpasswörter werden beim Start zurückgewiesen.</translation>
    </message>
    <message>
        <source>Start the service with a default credential in its configuration: it must refuse to start with a clear message.</source>
        <translation>Starten Sie den Dienst mit Standard-Zugangsdaten in seiner Konfiguration: Er muss den Start mit einer klaren Meldung verweigern.</translation>
    </message>
    <message>
        <source>Audit logging records security events (logins, permission and configuration changes).</source>
        <translation>Die Prüfprotokollierung erfasst Sicherheitsereignisse (Anmeldungen, Berechtigungs- und Konfigurationsänderungen).</translation>
    </message>
    <message>
        <source>Trigger a login and a permission change and find both in the audit log with who, when and what.</source>
        <translation>Lösen Sie eine Anmeldung und eine Berechtigungsänderung aus und finden Sie beide mit Wer, Wann und Was im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>The security scan of this release passed with no critical findings.</source>
        <translation>Der Sicherheitsscan dieses Releases ist ohne kritische Befunde bestanden.</translation>
    </message>
    <message>
        <source>Read the SAST, dependency and container scan results attached to the release build.</source>
        <translation>Lesen Sie die Ergebnisse von SAST-, Abhängigkeits- und Container-Scans, die dem Release-Build beiliegen.</translation>
    </message>
    <message>
        <source>A penetration test framework or external test covers the main attack surface.</source>
        <translation>Ein Penetrationstest-Framework oder ein externer Test deckt die wichtigste Angriffsfläche ab.</translation>
    </message>
    <message>
        <source>Check the scope of the last test and that its findings were triaged.</source>
        <translation>Prüfen Sie den Umfang des letzten Tests und dass seine Befunde bewertet wurden.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is enforced for administrator accounts.</source>
        <translation>Mehrfaktor-Authentifizierung ist für Administratorkonten erzwungen.</translation>
    </message>
    <message>
        <source>Log in with an administrator account: a second factor must be required, with no way to skip it.</source>
        <translation>Melden Sie sich mit einem Administratorkonto an: Ein zweiter Faktor muss verlangt werden, ohne Möglichkeit, ihn zu überspringen.</translation>
    </message>
    <message>
        <source>Sessions expire and tokens are revocable.</source>
        <translation>Sitzungen laufen ab, und Tokens sind widerrufbar.</translation>
    </message>
    <message>
        <source>Check session timeout settings and that revoking a user&apos;s access ends their active sessions.</source>
        <translation>Prüfen Sie die Einstellungen zum Sitzungs-Timeout und dass der Entzug des Zugriffs eines Nutzers dessen aktive Sitzungen beendet.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Behaviour under load and the limits the service runs within.</source>
        <translation>Verhalten unter Last und die Grenzen, innerhalb derer der Dienst läuft.</translation>
    </message>
    <message>
        <source>A load testing framework is in place and runs against a production-like environment.</source>
        <translation>Ein Lasttest-Framework ist vorhanden und läuft gegen eine produktionsähnliche Umgebung.</translation>
    </message>
    <message>
        <source>Check the load test scripts are versioned and that the last run used production-like data volumes.</source>
        <translation>Prüfen Sie, dass die Lasttest-Skripte versioniert sind und der letzte Lauf produktionsähnliche Datenmengen verwendet hat.</translation>
    </message>
    <message>
        <source>Performance benchmarks meet their agreed baselines.</source>
        <translation>Leistungs-Benchmarks erreichen ihre vereinbarten Referenzwerte.</translation>
    </message>
    <message>
        <source>Compare the latest benchmark results with the recorded baselines; regressions above 10 % need an explanation.</source>
        <translation>Vergleichen Sie die neuesten Benchmark-Ergebnisse mit den erfassten Referenzwerten; Verschlechterungen über 10 % brauchen eine Erklärung.</translation>
    </message>
    <message>
        <source>Optimisation opportunities found in profiling are triaged.</source>
        <translation>Beim Profiling gefundene Optimierungsmöglichkeiten sind bewertet.</translation>
    </message>
    <message>
        <source>Look for the profiling results and the tickets raised from them.</source>
        <translation>Achten Sie auf die Profiling-Ergebnisse und die daraus erstellten Tickets.</translation>
    </message>
    <message>
        <source>Resource limits are tuned from measured usage.</source>
        <translation>Ressourcengrenzen sind anhand gemessener Nutzung abgestimmt.</translation>
    </message>
    <message>
        <source>Compare the configured limits with peak usage under load: limits far below cause throttling, far above waste capacity.</source>
        <translation>Vergleichen Sie die konfigurierten Grenzen mit der Spitzennutzung unter Last: Grenzen weit darunter verursachen Drosselung, weit darüber verschwenden Kapazität.</translation>
    </message>
    <message>
        <source>Auto-scaling is configured where load varies.</source>
        <translation>Auto-Scaling ist dort konfiguriert, wo die Last schwankt.</translation>
    </message>
    <message>
        <source>Check the scaling rules and the minimum and maximum replica counts.</source>
        <translation>Prüfen Sie die Skalierungsregeln und die minimale und maximale Anzahl an Replikaten.</translation>
    </message>
    <message>
        <source>Response time targets hold at the expected peak load.</source>
        <translation>Die Antwortzeitziele halten bei der erwarteten Spitzenlast.</translation>
    </message>
    <message>
        <source>Read the p95 and p99 latency at peak from the last load test against the targets.</source>
        <translation>Lesen Sie die p95- und p99-Latenz bei Spitzenlast aus dem letzten Lasttest und vergleichen Sie sie mit den Zielen.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Regulatory and contractual obligations and the evidence that they are met.</source>
        <translation>Regulatorische und vertragliche Pflichten und die Nachweise, dass sie erfüllt sind.</translation>
    </message>
    <message>
        <source>GDPR obligations (lawful basis, data subject rights, records of processing) are met.</source>
        <translation>DSGVO-Pflichten (Rechtsgrundlage, Betroffenenrechte, Verarbeitungsverzeichnis) sind erfüllt.</translation>
    </message>
    <message>
        <source>Check the record of processing activities and test a data subject access request end to end.</source>
        <translation>Prüfen Sie das Verzeichnis der Verarbeitungstätigkeiten und testen Sie eine Auskunftsanfrage einer betroffenen Person vollständig.</translation>
    </message>
    <message>
        <source>SOC 2 controls relevant to the release are in place and evidenced.</source>
        <translation>Für das Release relevante SOC-2-Kontrollen sind vorhanden und nachgewiesen.</translation>
    </message>
    <message>
        <source>Sample three controls and ask for the evidence collected for each in this period.</source>
        <translation>Wählen Sie drei Kontrollen aus und lassen Sie sich die in diesem Zeitraum gesammelten Nachweise zeigen.</translation>
    </message>
    <message>
        <source>Anti-money-laundering and sector-specific controls are validated where they apply.</source>
        <translation>Kontrollen gegen Geldwäsche und branchenspezifische Kontrollen sind validiert, wo sie gelten.</translation>
    </message>
    <message>
        <source>List the sector obligations and check each has a tested control; mark not applicable where none apply.</source>
        <translation>Listen Sie die branchenspezifischen Pflichten auf und prüfen Sie, dass jede eine getestete Kontrolle hat; markieren Sie „nicht zutreffend“, wo keine gilt.</translation>
    </message>
    <message>
        <source>The audit trail is complete, tamper-evident and kept for the retention period.</source>
        <translation>Der Prüfpfad ist vollständig, manipulationssicher und wird für die Aufbewahrungsfrist aufbewahrt.</translation>
    </message>
    <message>
        <source>Check that audit records cannot be altered without detection and are retained for the required time (often 365 days).</source>
        <translation>Prüfen Sie, dass Prüfeinträge nicht unbemerkt verändert werden können und für die geforderte Zeit aufbewahrt werden (oft 365 Tage).</translation>
    </message>
    <message>
        <source>Data processing agreements are signed with every processor.</source>
        <translation>Auftragsverarbeitungsverträge sind mit jedem Auftragsverarbeiter unterzeichnet.</translation>
    </message>
    <message>
        <source>List the third parties that process personal data and check each has a signed agreement.</source>
        <translation>Listen Sie die Dritten auf, die personenbezogene Daten verarbeiten, und prüfen Sie, dass mit jedem ein unterzeichneter Vertrag besteht.</translation>
    </message>
    <message>
        <source>Compliance documentation is current and approved.</source>
        <translation>Die Compliance-Dokumentation ist aktuell und genehmigt.</translation>
    </message>
    <message>
        <source>Check that each compliance policy was reviewed within the last 12 months and approved by its accountable owner.</source>
        <translation>Prüfen Sie, dass jede Compliance-Richtlinie in den letzten 12 Monaten überprüft und von ihrem verantwortlichen Eigentümer genehmigt wurde.</translation>
    </message>
    <message>
        <source>Operations maturity</source>
        <translation>Betriebsreife</translation>
    </message>
    <message>
        <source>The maturity of the processes that keep a service running, each rated on a six-level scale against a target level, with a few facts recorded beside them.</source>
        <translation>Die Reife der Prozesse, die einen Dienst am Laufen halten, jeder auf einer sechsstufigen Skala gegen ein Zielniveau bewertet, dazu einige erfasste Fakten.</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>The process is not performed or does not reach its purpose.</source>
        <translation>Der Prozess wird nicht ausgeführt oder erreicht seinen Zweck nicht.</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>The process is performed, but ad hoc and dependent on individuals.</source>
        <translation>Der Prozess wird ausgeführt, aber ad hoc und abhängig von Einzelnen.</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Gesteuert</translation>
    </message>
    <message>
        <source>The process is planned, performed and tracked for each service.</source>
        <translation>Der Prozess wird für jeden Dienst geplant, ausgeführt und verfolgt.</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Definiert</translation>
    </message>
    <message>
        <source>One documented process is followed across services and improved.</source>
        <translation>Ein dokumentierter Prozess wird dienstübergreifend befolgt und verbessert.</translation>
    </message>
    <message>
        <source>Quantitatively managed</source>
        <translation>Quantitativ gesteuert</translation>
    </message>
    <message>
        <source>The process is steered by measured objectives.</source>
        <translation>Der Prozess wird über gemessene Ziele gesteuert.</translation>
    </message>
    <message>
        <source>Optimizing</source>
        <translation>Optimierend</translation>
    </message>
    <message>
        <source>The process is improved continuously from its measurements.</source>
        <translation>Der Prozess wird anhand seiner Messungen laufend verbessert.</translation>
    </message>
    <message>
        <source>Service management</source>
        <translation>Service-Management</translation>
    </message>
    <message>
        <source>Incidents, problems, changes and releases.</source>
        <translation>Störungen, Probleme, Änderungen und Releases.</translation>
    </message>
    <message>
        <source>Incident management: incidents are detected, handled, communicated and reviewed.</source>
        <translation>Störungsmanagement: Störungen werden erkannt, bearbeitet, kommuniziert und ausgewertet.</translation>
    </message>
    <message>
        <source>Look at the last five major incidents: how they were detected, escalated, communicated and reviewed.</source>
        <translation>Die letzten fünf schweren Störungen ansehen: wie sie erkannt, eskaliert, kommuniziert und ausgewertet wurden.</translation>
    </message>
    <message>
        <source>Problem management: the causes of recurring incidents are found and removed.</source>
        <translation>Problemmanagement: Die Ursachen wiederkehrender Störungen werden gefunden und beseitigt.</translation>
    </message>
    <message>
        <source>Ask for the problem records of the last quarter and check that each has a cause and an owned fix.</source>
        <translation>Die Problemeinträge des letzten Quartals anfordern und prüfen, dass jeder eine Ursache und eine verantwortete Behebung hat.</translation>
    </message>
    <message>
        <source>Change management: changes are assessed, approved, tested and can be rolled back.</source>
        <translation>Änderungsmanagement: Änderungen werden bewertet, genehmigt, getestet und können zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Sample ten changes: approval, testing, rollback plan and outcome, including emergency changes.</source>
        <translation>Zehn Änderungen stichprobenartig prüfen: Genehmigung, Tests, Rückfallplan und Ergebnis, auch Notfalländerungen.</translation>
    </message>
    <message>
        <source>Release management: releases are planned, packaged and deployed the same way every time.</source>
        <translation>Release-Management: Releases werden jedes Mal gleich geplant, paketiert und ausgerollt.</translation>
    </message>
    <message>
        <source>Compare the last three releases with the documented procedure and the deployment logs.</source>
        <translation>Die letzten drei Releases mit dem dokumentierten Verfahren und den Deployment-Protokollen vergleichen.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Widerstandsfähigkeit</translation>
    </message>
    <message>
        <source>Capacity, backups, continuity and the facts that show them.</source>
        <translation>Kapazität, Sicherungen, Kontinuität und die Fakten, die sie belegen.</translation>
    </message>
    <message>
        <source>Capacity management: demand is forecast and capacity is added before it runs out.</source>
        <translation>Kapazitätsmanagement: Der Bedarf wird vorhergesagt und Kapazität ergänzt, bevor sie ausgeht.</translation>
    </message>
    <message>
        <source>Ask for the capacity plan and the alerts that fire before a resource is exhausted.</source>
        <translation>Den Kapazitätsplan und die Alarme anfordern, die auslösen, bevor eine Ressource erschöpft ist.</translation>
    </message>
    <message>
        <source>Backup and restore: data is backed up and restores are tested on a schedule.</source>
        <translation>Sicherung und Wiederherstellung: Daten werden gesichert und Wiederherstellungen planmäßig getestet.</translation>
    </message>
    <message>
        <source>Ask for the backup schedule, the last restore test and how long the restore took.</source>
        <translation>Den Sicherungsplan, den letzten Wiederherstellungstest und dessen Dauer anfordern.</translation>
    </message>
    <message>
        <source>Service continuity and disaster recovery plans exist and are exercised.</source>
        <translation>Pläne für Dienstkontinuität und Notfallwiederherstellung bestehen und werden geübt.</translation>
    </message>
    <message>
        <source>Check the recovery objectives, the plan, and the date and findings of the last exercise.</source>
        <translation>Wiederherstellungsziele, Plan sowie Datum und Ergebnisse der letzten Übung prüfen.</translation>
    </message>
    <message>
        <source>Availability of the service over the last quarter, as measured by monitoring.</source>
        <translation>Verfügbarkeit des Dienstes im letzten Quartal, wie vom Monitoring gemessen.</translation>
    </message>
    <message>
        <source>From the monitoring reports; 99.9 % or more earns all points, 99.5 % or more half, less nothing.</source>
        <translation>Aus den Monitoring-Berichten; 99,9 % oder mehr bringen alle Punkte, 99,5 % oder mehr die Hälfte, weniger nichts.</translation>
    </message>
    <message>
        <source>Date of the last disaster recovery test that restored the whole service.</source>
        <translation>Datum des letzten Notfalltests, der den ganzen Dienst wiederhergestellt hat.</translation>
    </message>
    <message>
        <source>The date of the last test in which the service was brought back from its backups; recorded, not scored.</source>
        <translation>Das Datum des letzten Tests, bei dem der Dienst aus seinen Sicherungen wiederhergestellt wurde; erfasst, nicht bewertet.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Services that others operate for us.</source>
        <translation>Dienste, die andere für uns betreiben.</translation>
    </message>
    <message>
        <source>Does an external provider operate part of the service for us?</source>
        <translation>Betreibt ein externer Anbieter einen Teil des Dienstes für uns?</translation>
    </message>
    <message>
        <source>Answer yes when any part of the service (hosting, operation, support) is run by another company.</source>
        <translation>Mit Ja antworten, wenn irgendein Teil des Dienstes (Hosting, Betrieb, Support) von einem anderen Unternehmen geleistet wird.</translation>
    </message>
    <message>
        <source>Supplier management: providers are selected, monitored and reviewed.</source>
        <translation>Lieferantenmanagement: Anbieter werden ausgewählt, überwacht und überprüft.</translation>
    </message>
    <message>
        <source>Asked only when a provider operates part of the service: contracts, reviews and escalation paths.</source>
        <translation>Nur gefragt, wenn ein Anbieter einen Teil des Dienstes betreibt: Verträge, Überprüfungen und Eskalationswege.</translation>
    </message>
    <message>
        <source>Which assurances does the provider give about its operation?</source>
        <translation>Welche Zusicherungen gibt der Anbieter zu seinem Betrieb?</translation>
    </message>
    <message>
        <source>Tick every assurance that is current and on file; each counts towards the full score of 6.</source>
        <translation>Jede aktuelle und vorliegende Zusicherung ankreuzen; jede zählt zur vollen Punktzahl von 6.</translation>
    </message>
    <message>
        <source>A current security certification</source>
        <translation>Eine aktuelle Sicherheitszertifizierung</translation>
    </message>
    <message>
        <source>An independent audit report</source>
        <translation>Ein unabhängiger Prüfbericht</translation>
    </message>
    <message>
        <source>Service levels in the contract</source>
        <translation>Service-Levels im Vertrag</translation>
    </message>
    <message>
        <source>An exit plan</source>
        <translation>Ein Ausstiegsplan</translation>
    </message>
    <message>
        <source>Who owns the relationship with the provider on our side?</source>
        <translation>Wer verantwortet auf unserer Seite die Beziehung zum Anbieter?</translation>
    </message>
    <message>
        <source>The name or role of the person who reviews the provider&apos;s performance; recorded, not scored.</source>
        <translation>Name oder Rolle der Person, die die Leistung des Anbieters überprüft; erfasst, nicht bewertet.</translation>
    </message>
    <message>
        <source>Software assurance maturity</source>
        <translation>Reife der Softwaresicherheit</translation>
    </message>
    <message>
        <source>How far secure development practices reach across a software organisation: five business functions, three practices each, every practice answered by how much of the organisation it covers.</source>
        <translation>Wie weit Praktiken sicherer Entwicklung in einer Softwareorganisation reichen: fünf Geschäftsfunktionen mit je drei Praktiken, jede danach beantwortet, wie viel der Organisation sie abdeckt.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The practice is not followed anywhere.</source>
        <translation>Die Praktik wird nirgends befolgt.</translation>
    </message>
    <message>
        <source>Yes, for some</source>
        <translation>Ja, für einige</translation>
    </message>
    <message>
        <source>A few teams or applications follow it.</source>
        <translation>Einige Teams oder Anwendungen befolgen sie.</translation>
    </message>
    <message>
        <source>Yes, for at least half</source>
        <translation>Ja, für mindestens die Hälfte</translation>
    </message>
    <message>
        <source>At least half of the teams or applications follow it.</source>
        <translation>Mindestens die Hälfte der Teams oder Anwendungen befolgt sie.</translation>
    </message>
    <message>
        <source>Yes, for most or all</source>
        <translation>Ja, für die meisten oder alle</translation>
    </message>
    <message>
        <source>The practice is the norm across the organisation.</source>
        <translation>Die Praktik ist in der ganzen Organisation die Regel.</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>How software security is steered, measured and taught.</source>
        <translation>Wie Softwaresicherheit gesteuert, gemessen und vermittelt wird.</translation>
    </message>
    <message>
        <source>A software security strategy with measurable goals is agreed with the business.</source>
        <translation>Eine Strategie für Softwaresicherheit mit messbaren Zielen ist mit dem Geschäft abgestimmt.</translation>
    </message>
    <message>
        <source>Ask for the strategy document and the figures reported against it in the last quarter.</source>
        <translation>Das Strategiedokument und die im letzten Quartal dazu berichteten Kennzahlen anfordern.</translation>
    </message>
    <message>
        <source>Security policies and standards are written for the technologies in use and checked for compliance.</source>
        <translation>Sicherheitsrichtlinien und -standards sind für die eingesetzten Technologien geschrieben und ihre Einhaltung wird geprüft.</translation>
    </message>
    <message>
        <source>Ask which standards apply to the main technologies and how compliance with them is checked.</source>
        <translation>Fragen, welche Standards für die wichtigsten Technologien gelten und wie ihre Einhaltung geprüft wird.</translation>
    </message>
    <message>
        <source>Developers receive role-based secure development training every year.</source>
        <translation>Entwicklerinnen und Entwickler erhalten jedes Jahr rollenbezogene Schulungen in sicherer Entwicklung.</translation>
    </message>
    <message>
        <source>Compare the training records with the list of people who commit code in the last year.</source>
        <translation>Die Schulungsnachweise mit der Liste der Personen vergleichen, die im letzten Jahr Code eingecheckt haben.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>How threats and security requirements shape what is built.</source>
        <translation>Wie Bedrohungen und Sicherheitsanforderungen prägen, was gebaut wird.</translation>
    </message>
    <message>
        <source>Threat models are made for new and changed applications.</source>
        <translation>Für neue und geänderte Anwendungen werden Bedrohungsmodelle erstellt.</translation>
    </message>
    <message>
        <source>Ask for the threat models of the last three new or changed applications and who made them.</source>
        <translation>Die Bedrohungsmodelle der letzten drei neuen oder geänderten Anwendungen anfordern und wer sie erstellt hat.</translation>
    </message>
    <message>
        <source>Security requirements are written down with the functional requirements, also for suppliers.</source>
        <translation>Sicherheitsanforderungen werden mit den fachlichen Anforderungen festgehalten, auch für Lieferanten.</translation>
    </message>
    <message>
        <source>Check a few recent features and supplier contracts for written security requirements.</source>
        <translation>Einige neue Funktionen und Lieferantenverträge auf schriftliche Sicherheitsanforderungen prüfen.</translation>
    </message>
    <message>
        <source>Architectures follow reviewed secure patterns and shared security components.</source>
        <translation>Architekturen folgen geprüften sicheren Mustern und gemeinsamen Sicherheitskomponenten.</translation>
    </message>
    <message>
        <source>Ask for the reference architectures and which shared components handle login and secrets.</source>
        <translation>Die Referenzarchitekturen anfordern und welche gemeinsamen Komponenten Anmeldung und Geheimnisse übernehmen.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>How software is built, deployed and kept free of known defects.</source>
        <translation>Wie Software gebaut, ausgerollt und frei von bekannten Fehlern gehalten wird.</translation>
    </message>
    <message>
        <source>Builds are automated, repeatable and check the dependencies for known vulnerabilities.</source>
        <translation>Builds sind automatisiert, wiederholbar und prüfen die Abhängigkeiten auf bekannte Schwachstellen.</translation>
    </message>
    <message>
        <source>Look at the build pipeline: is it scripted, and does it fail on a known vulnerable dependency?</source>
        <translation>Die Build-Pipeline ansehen: Ist sie geskriptet, und schlägt sie bei einer bekannt verwundbaren Abhängigkeit fehl?</translation>
    </message>
    <message>
        <source>Deployments are automated and secrets are kept out of code and configuration files.</source>
        <translation>Deployments sind automatisiert und Geheimnisse werden aus Code und Konfigurationsdateien herausgehalten.</translation>
    </message>
    <message>
        <source>Look at a deployment and at the configuration repository for secrets in plain text.</source>
        <translation>Ein Deployment und das Konfigurations-Repository auf Geheimnisse im Klartext prüfen.</translation>
    </message>
    <message>
        <source>Security defects are tracked to closure with agreed deadlines by severity.</source>
        <translation>Sicherheitsmängel werden bis zur Behebung verfolgt, mit vereinbarten Fristen je Schweregrad.</translation>
    </message>
    <message>
        <source>Ask for the open security defects, their severity and age against the agreed deadlines.</source>
        <translation>Die offenen Sicherheitsmängel, ihren Schweregrad und ihr Alter im Vergleich zu den vereinbarten Fristen anfordern.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>How software is checked against its security requirements.</source>
        <translation>Wie Software gegen ihre Sicherheitsanforderungen geprüft wird.</translation>
    </message>
    <message>
        <source>Architectures are assessed against the threat model before release.</source>
        <translation>Architekturen werden vor der Freigabe gegen das Bedrohungsmodell bewertet.</translation>
    </message>
    <message>
        <source>Ask for the last architecture assessments and what was changed because of them.</source>
        <translation>Die letzten Architekturbewertungen anfordern und was daraufhin geändert wurde.</translation>
    </message>
    <message>
        <source>Security requirements are turned into automated tests that run on every change.</source>
        <translation>Sicherheitsanforderungen werden zu automatisierten Tests, die bei jeder Änderung laufen.</translation>
    </message>
    <message>
        <source>Find the tests that check security requirements and whether the pipeline runs them.</source>
        <translation>Die Tests finden, die Sicherheitsanforderungen prüfen, und ob die Pipeline sie ausführt.</translation>
    </message>
    <message>
        <source>Applications are tested for security by scanning and by manual testing before release.</source>
        <translation>Anwendungen werden vor der Freigabe durch Scans und manuelle Tests auf Sicherheit geprüft.</translation>
    </message>
    <message>
        <source>Ask for the latest scan results and manual test reports and how their findings were handled.</source>
        <translation>Die neuesten Scan-Ergebnisse und manuellen Testberichte anfordern und wie ihre Befunde behandelt wurden.</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>How software is run and protected once it is live.</source>
        <translation>Wie Software im Betrieb gefahren und geschützt wird.</translation>
    </message>
    <message>
        <source>Security incidents are detected, handled and reviewed by a named team.</source>
        <translation>Sicherheitsvorfälle werden von einem benannten Team erkannt, bearbeitet und ausgewertet.</translation>
    </message>
    <message>
        <source>Ask for the incident procedure, the team on call and the reviews of the last incidents.</source>
        <translation>Das Vorfallverfahren, das Bereitschaftsteam und die Auswertungen der letzten Vorfälle anfordern.</translation>
    </message>
    <message>
        <source>Hosts and platforms are hardened from a baseline and patched on a schedule.</source>
        <translation>Hosts und Plattformen werden nach einer Grundlinie gehärtet und planmäßig gepatcht.</translation>
    </message>
    <message>
        <source>Compare a sample of hosts with the hardening baseline and the patch schedule.</source>
        <translation>Eine Stichprobe von Hosts mit der Härtungsgrundlinie und dem Patch-Plan vergleichen.</translation>
    </message>
    <message>
        <source>Data is classified and protected in operation, and systems are retired safely.</source>
        <translation>Daten werden im Betrieb klassifiziert und geschützt, und Systeme werden sicher außer Betrieb genommen.</translation>
    </message>
    <message>
        <source>Ask for the data classification and how a system was last retired and its data removed.</source>
        <translation>Die Datenklassifizierung anfordern und wie zuletzt ein System stillgelegt und seine Daten entfernt wurden.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guidance:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hinweise:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Blocker: if this item is not met, the assessment is not ready whatever the score.</source>
        <translation>Blocker: Ist dieser Prüfpunkt nicht erfüllt, ist die Bewertung unabhängig von der Punktzahl nicht bereit.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Give %1 %2 points</source>
        <translation>%1 %2 Punkte geben</translation>
    </message>
    <message>
        <source>Here now: %1</source>
        <translation>Gerade hier: %1</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Gilt nicht</translation>
    </message>
    <message>
        <source>%1 (not applicable)</source>
        <translation>%1 (nicht anwendbar)</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n Stufe unter dem Ziel</numerusform>
            <numerusform>%n Stufen unter dem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Zur Prüfung markiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n offene Diskussion</numerusform>
            <numerusform>%n offene Diskussionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Domains</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Prüfpunkte filtern</translation>
    </message>
    <message>
        <source>Filter all items: key, text, note, owner (Ctrl+F)</source>
        <translation>Alle Prüfpunkte filtern: Schlüssel, Text, Notiz, Verantwortliche (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>&amp;Blockers</source>
        <translation>&amp;Blocker</translation>
    </message>
    <message>
        <source>&amp;Without evidence</source>
        <translation>&amp;Ohne Nachweis</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Prüfpunkt</numerusform>
            <numerusform>%n Prüfpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Every item has been assessed.</source>
        <translation>Alle Prüfpunkte wurden bewertet.</translation>
    </message>
    <message>
        <source>Go to Item</source>
        <translation>Gehe zu Prüfpunkt</translation>
    </message>
    <message>
        <source>Item &amp;key:</source>
        <translation>&amp;Schlüssel des Prüfpunkts:</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot;.</source>
        <translation>Es gibt keinen Prüfpunkt mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Remove Domain</source>
        <translation>Bereich entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the domain &quot;%1&quot; with its %n item(s) and their answers? You can undo this.</source>
        <translation>
            <numerusform>Den Bereich „%1“ mit seinem %n Prüfpunkt und dessen Antwort entfernen? Sie können dies rückgängig machen.</numerusform>
            <numerusform>Den Bereich „%1“ mit seinen %n Prüfpunkten und deren Antworten entfernen? Sie können dies rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Prüfpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove the item %1 with its answer? You can undo this.</source>
        <translation>Den Prüfpunkt %1 mit seiner Antwort entfernen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 is answered yes (1) or no (3).</source>
        <translation>%1 wird mit Ja (1) oder Nein (3) beantwortet.</translation>
    </message>
    <message>
        <source>%1 is answered with %2: press the digit of a level or choice.</source>
        <translation>%1 wird mit „%2“ beantwortet: die Ziffer einer Stufe oder Antwort drücken.</translation>
    </message>
    <message>
        <source>%1 is answered with %2: type it in the item panel.</source>
        <translation>%1 wird mit „%2“ beantwortet: im Punktbereich eingeben.</translation>
    </message>
    <message>
        <source>%1 has no level or choice %2.</source>
        <translation>%1 hat keine Stufe oder Antwort %2.</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <source>Filter by review</source>
        <translation>Nach Prüfung filtern</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Jeder Prüfstand</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Offene Kommentare</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>Cms</name>
    <message>
        <source>The signature cannot be made: %1</source>
        <translation>Die Signatur kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The signature cannot be written: %1</source>
        <translation>Die Signatur kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The signature is damaged: it is not a CMS signature.</source>
        <translation>Die Signatur ist beschädigt: Sie ist keine CMS-Signatur.</translation>
    </message>
    <message>
        <source>The signature has %1 signers; a report signature has exactly one.</source>
        <translation>Die Signatur hat %1 Unterzeichner; eine Berichtssignatur hat genau einen.</translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation>Die Signatur enthält das Zertifikat des Unterzeichners nicht.</translation>
    </message>
    <message>
        <source>The report was changed after it was signed: its content no longer matches the signature.</source>
        <translation>Der Bericht wurde nach dem Signieren geändert: Sein Inhalt passt nicht mehr zur Signatur.</translation>
    </message>
    <message>
        <source>The signature does not verify (%1).</source>
        <translation>Die Signatur lässt sich nicht prüfen (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not valid when the report was signed (valid %1 to %2).</source>
        <translation>Das Zertifikat des Unterzeichners war beim Signieren des Berichts nicht gültig (gültig von %1 bis %2).</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>%1
Run &apos;readiness-cli %2 --help&apos; for usage.</source>
        <translation>%1
Mit „readiness-cli %2 --help“ die Verwendung anzeigen.</translation>
    </message>
    <message>
        <source>Missing arguments.
Run &apos;readiness-cli %1 --help&apos; for usage.</source>
        <translation>Argumente fehlen.
Mit „readiness-cli %1 --help“ die Verwendung anzeigen.</translation>
    </message>
    <message>
        <source>readiness-cli %1: %2</source>
        <translation>readiness-cli %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>The name recorded as having made the change (default: your login name).</source>
        <translation>Der Name, der als Urheber der Änderung erfasst wird (Standard: Ihr Anmeldename).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>--%1 FILE is required: the file holding the passphrase.</source>
        <translation>--%1 DATEI ist erforderlich: die Datei mit der Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>readiness-cli %1: the last change to %2 was interrupted; it has been rolled back.</source>
        <translation>readiness-cli %1: Die letzte Änderung an %2 wurde unterbrochen; sie wurde zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>CommentCommand</name>
    <message>
        <source>Comment on an item, answer a comment, or resolve or reopen a comment thread.</source>
        <translation>Einen Punkt kommentieren, auf einen Kommentar antworten oder eine Diskussion als erledigt markieren oder wieder öffnen.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>Der Punkt.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Der Kommentar.</translation>
    </message>
    <message>
        <source>Answer the thread that comment starts.</source>
        <translation>Auf die Diskussion antworten, die dieser Kommentar beginnt.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Mark the thread resolved.</source>
        <translation>Die Diskussion als erledigt markieren.</translation>
    </message>
    <message>
        <source>Open a resolved thread again.</source>
        <translation>Eine erledigte Diskussion wieder öffnen.</translation>
    </message>
    <message>
        <source>Give --resolve or --reopen, not both.</source>
        <translation>Geben Sie --resolve oder --reopen an, nicht beides.</translation>
    </message>
    <message>
        <source>Give the item&apos;s key and the comment&apos;s text (or --resolve ID, --reopen ID).</source>
        <translation>Geben Sie den Schlüssel des Punkts und den Text des Kommentars an (oder --resolve NR., --reopen NR.).</translation>
    </message>
    <message>
        <source>There is no comment %1 (see &apos;review&apos;).</source>
        <translation>Es gibt keinen Kommentar %1 (siehe „review“).</translation>
    </message>
    <message>
        <source>Comment %1 answers another; resolve the thread&apos;s first comment.</source>
        <translation>Kommentar %1 antwortet auf einen anderen; markieren Sie den ersten Kommentar der Diskussion als erledigt.</translation>
    </message>
    <message>
        <source>Thread %1 resolved.</source>
        <translation>Diskussion %1 erledigt.</translation>
    </message>
    <message>
        <source>Thread %1 open again.</source>
        <translation>Diskussion %1 wieder offen.</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Punkt mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Comment %1 is not on %2.</source>
        <translation>Kommentar %1 gehört nicht zu %2.</translation>
    </message>
    <message>
        <source>Comment %1 on %2.</source>
        <translation>Kommentar %1 zu %2.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Vor beiden Änderungen</translation>
    </message>
    <message>
        <source>Your decision (edit it, or start from a three-way merge of both):</source>
        <translation>Ihre Entscheidung (bearbeiten Sie sie, oder beginnen Sie mit einer Drei-Wege-Zusammenführung beider):</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Deren übernehmen</translation>
    </message>
    <message>
        <source>Use &amp;Edited</source>
        <translation>&amp;Bearbeitete verwenden</translation>
    </message>
    <message>
        <source>&amp;Put Back</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Keep &amp;Removed</source>
        <translation>&amp;Entfernt lassen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 (removed and changed)</source>
        <translation>%1 (entfernt und geändert)</translation>
    </message>
    <message>
        <source>No conflicts wait for a decision.</source>
        <translation>Keine Konflikte warten auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>%1 was removed in one copy and changed in another.</source>
        <translation>%1 wurde in einer Kopie entfernt und in einer anderen geändert.</translation>
    </message>
    <message>
        <source>%1 was changed in two copies that had not seen each other&apos;s change.</source>
        <translation>%1 wurde in zwei Kopien geändert, die die Änderung der jeweils anderen nicht kannten.</translation>
    </message>
    <message>
        <source>Here: %1, %2</source>
        <translation>Hier: %1, %2</translation>
    </message>
    <message>
        <source>There: %1, %2</source>
        <translation>Dort: %1, %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>The template file to write (.json).</source>
        <translation>Die zu schreibende Vorlagendatei (.json).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>-o TEMPLATE.json is required.</source>
        <translation>-o VORLAGE.json ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 domains, %4 items.</source>
        <translation>%1 geschrieben: %2, %3 Bereiche, %4 Prüfpunkte.</translation>
    </message>
    <message>
        <source>Write any checklist this version reads (OSCAL, Well-Architected lens, framework YAML, questionnaire, CSV) as a template.</source>
        <translation>Eine Checkliste, die diese Version liest (OSCAL, Well-Architected-Lens, Framework-YAML, Fragebogen, CSV), als Vorlage schreiben.</translation>
    </message>
    <message>
        <source>The checklist to read: a template, an OSCAL catalog or profile, a lens, a framework library (YAML), a questionnaire or a CSV file.</source>
        <translation>Die zu lesende Checkliste: eine Vorlage, ein OSCAL-Katalog oder -Profil, eine Lens, eine Framework-Bibliothek (YAML), ein Fragebogen oder eine CSV-Datei.</translation>
    </message>
    <message>
        <source>For a framework library: only these implementation groups, comma-separated (default: all).</source>
        <translation>Bei einer Framework-Bibliothek: nur diese Implementierungsgruppen, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>For a framework library: the language to read it in, one of its translations (default: the library&apos;s own).</source>
        <translation>Für eine Framework-Bibliothek: die Sprache, in der sie gelesen wird, eine ihrer Übersetzungen (Standard: die eigene der Bibliothek).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted field that starts before line %1 is never closed.</source>
        <translation>Ein Feld in Anführungszeichen, das vor Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>%1 kann nicht als CSV gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 needs a header row with at least the columns &quot;domain&quot; and &quot;text&quot; (and optionally key, guidance, points, blocker); its first row is: %2</source>
        <translation>%1 braucht eine Kopfzeile mit mindestens den Spalten „domain“ und „text“ (optional key, guidance, points, blocker); ihre erste Zeile lautet: %2</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>%1, row %2: the key &quot;%3&quot; is used twice.</source>
        <translation>%1, Zeile %2: Der Schlüssel „%3“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>%1, row %2: &quot;points&quot; must be a number above 0, not &quot;%3&quot;.</source>
        <translation>%1, Zeile %2: „points“ muss eine Zahl über 0 sein, nicht „%3“.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overall score, computed and adjusted</source>
        <translation>Gesamtbewertung, berechnet und angepasst</translation>
    </message>
    <message>
        <source>Domain scores with targets</source>
        <translation>Bewertungen der Bereiche mit Zielen</translation>
    </message>
    <message>
        <source>Domain scores, now and at the last milestone</source>
        <translation>Bewertungen der Bereiche, jetzt und beim letzten Meilenstein</translation>
    </message>
    <message>
        <source>Item status by domain</source>
        <translation>Status der Prüfpunkte nach Bereich</translation>
    </message>
    <message>
        <source>KPIs against their targets</source>
        <translation>KPIs im Vergleich zu ihren Zielen</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <source>Show Table</source>
        <translation>Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show the numbers of &quot;%1&quot; as a table</source>
        <translation>Die Zahlen von „%1“ als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show Chart</source>
        <translation>Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Export as PNG...</source>
        <translation>Als PNG exportieren...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export as SVG...</source>
        <translation>Als SVG exportieren...</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
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
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <source>Share of target (100 % = target met)</source>
        <translation>Anteil am Ziel (100 % = Ziel erreicht)</translation>
    </message>
    <message>
        <source>Findings: effort by priority</source>
        <translation>Befunde: Aufwand nach Priorität</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Findings: effort by priority (no finding recorded yet)</source>
        <translation>Befunde: Aufwand nach Priorität (noch kein Befund erfasst)</translation>
    </message>
    <message>
        <source>KPIs against their targets (no KPI recorded yet)</source>
        <translation>KPIs im Vergleich zu ihren Zielen (noch keine KPI erfasst)</translation>
    </message>
    <message>
        <source>%1 (target %2 %3%4)</source>
        <translation>%1 (Ziel %2 %3%4)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired evidence: %1</source>
        <translation>Abgelaufene Nachweise: %1</translation>
    </message>
    <message>
        <source>Evidence collected outside the assessment period: %1</source>
        <translation>Außerhalb des Bewertungszeitraums erhobene Nachweise: %1</translation>
    </message>
    <message>
        <source>Only rejected evidence: %1</source>
        <translation>Nur abgelehnte Nachweise: %1</translation>
    </message>
    <message>
        <source>Rejected evidence: %1</source>
        <translation>Abgelehnte Nachweise: %1</translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Zur Prüfung markiert: %1</translation>
    </message>
    <message>
        <source>Unresolved comments: %1</source>
        <translation>Offene Kommentare: %1</translation>
    </message>
    <message>
        <source>Review signed off for %1 of %2 domains.</source>
        <translation>Prüfung für %1 von %2 Bereichen freigegeben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs a second look&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Braucht einen zweiten Blick&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>No decision yet</source>
        <translation>Noch keine Entscheidung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Freigegeben mit Auflagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo project, a filled-in assessment to explore.</source>
        <translation>Das Demoprojekt erstellen, eine ausgefüllte Bewertung zum Erkunden.</translation>
    </message>
    <message>
        <source>The project file to create; never overwritten.</source>
        <translation>Die zu erstellende Projektdatei; wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Created the demo project %1.</source>
        <translation>Demoprojekt %1 erstellt.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Die Demodaten fehlen in diesem Build.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>The device key %1 is damaged; move it away to make a new one.</source>
        <translation>Der Geräteschlüssel %1 ist beschädigt; verschieben Sie ihn, damit ein neuer erzeugt wird.</translation>
    </message>
    <message>
        <source>No device key can be made.</source>
        <translation>Es kann kein Geräteschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>The device key cannot be saved in %1: %2</source>
        <translation>Der Geräteschlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Add domain &quot;%1&quot;</source>
        <translation>Bereich „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit domain &quot;%1&quot;</source>
        <translation>Bereich „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove domain &quot;%1&quot;</source>
        <translation>Bereich „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move domain &quot;%1&quot;</source>
        <translation>Bereich „%1“ verschieben</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Prüfpunkt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Prüfpunkt %1 entfernen</translation>
    </message>
    <message>
        <source>Move item %1</source>
        <translation>Prüfpunkt %1 verschieben</translation>
    </message>
    <message>
        <source>Edit the assessment details</source>
        <translation>Angaben zur Bewertung bearbeiten</translation>
    </message>
    <message>
        <source>the overall score</source>
        <translation>die Gesamtbewertung</translation>
    </message>
    <message>
        <source>Adjust %1 to %2</source>
        <translation>%1 auf %2 anpassen</translation>
    </message>
    <message>
        <source>Remove the adjustment of %1</source>
        <translation>Anpassung von %1 entfernen</translation>
    </message>
    <message>
        <source>Edit finding &quot;%1&quot;</source>
        <translation>Befund „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add finding &quot;%1&quot;</source>
        <translation>Befund „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove finding &quot;%1&quot;</source>
        <translation>Befund „%1“ entfernen</translation>
    </message>
    <message>
        <source>Link %1 to finding &quot;%2&quot;</source>
        <translation>%1 mit Befund „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Edit risk &quot;%1&quot;</source>
        <translation>Risiko „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add risk &quot;%1&quot;</source>
        <translation>Risiko „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove risk &quot;%1&quot;</source>
        <translation>Risiko „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit KPI &quot;%1&quot;</source>
        <translation>KPI „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add KPI &quot;%1&quot;</source>
        <translation>KPI „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove KPI &quot;%1&quot;</source>
        <translation>KPI „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit sign-off by %1</source>
        <translation>Freigabe von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add sign-off by %1</source>
        <translation>Freigabe von %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove sign-off by %1</source>
        <translation>Freigabe von %1 entfernen</translation>
    </message>
    <message>
        <source>Save milestone &quot;%1&quot;</source>
        <translation>Meilenstein „%1“ speichern</translation>
    </message>
    <message>
        <source>Rename milestone &quot;%1&quot;</source>
        <translation>Meilenstein „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete milestone &quot;%1&quot;</source>
        <translation>Meilenstein „%1“ löschen</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>%1 an %2 anhängen</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Nachweis %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n copy(ies)</source>
        <translation>
            <numerusform>%n Kopie zusammenführen</numerusform>
            <numerusform>%n Kopien zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide %1 %2</source>
        <translation>%1 %2 entscheiden</translation>
    </message>
    <message>
        <source>Put back %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Keep %1 removed</source>
        <translation>%1 entfernt lassen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n result(s) from %1</source>
        <translation>
            <numerusform>%n Ergebnis aus %1 importieren</numerusform>
            <numerusform>%n Ergebnisse aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>%1 beantworten: %2</translation>
    </message>
    <message>
        <source>Clear the answer of %1</source>
        <translation>Antwort von %1 löschen</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Neue Version von %1</translation>
    </message>
    <message>
        <source>Comment on an item</source>
        <translation>Einen Punkt kommentieren</translation>
    </message>
    <message>
        <source>Resolve a comment on %1</source>
        <translation>Kommentar zu %1 erledigen</translation>
    </message>
    <message>
        <source>Reopen a comment on %1</source>
        <translation>Kommentar zu %1 wieder öffnen</translation>
    </message>
    <message>
        <source>Edit a comment on %1</source>
        <translation>Kommentar zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>%1 kommentieren</translation>
    </message>
    <message>
        <source>Remove a comment</source>
        <translation>Kommentar entfernen</translation>
    </message>
    <message>
        <source>Clear the flag of %1</source>
        <translation>Markierung von %1 aufheben</translation>
    </message>
    <message>
        <source>Flag %1 for review</source>
        <translation>%1 zur Prüfung markieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Sending an item back needs a comment: the assessor reads why.</source>
        <translation>Einen Punkt zurückzugeben braucht einen Kommentar: Der Bewerter liest, warum.</translation>
    </message>
    <message>
        <source>Send %1 back</source>
        <translation>%1 zurückgeben</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <translation>Prüfung von %1 freigeben</translation>
    </message>
    <message>
        <source>Withdraw the review sign-off of %1</source>
        <translation>Prüfungsfreigabe von %1 zurückziehen</translation>
    </message>
</context>
<context>
    <name>DomainBars</name>
    <message>
        <source>Domain scores</source>
        <translation>Bewertungen der Bereiche</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>DomainDelegate</name>
    <message>
        <source>%1 %  %2</source>
        <translation>%1 %  %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>unter Ziel</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n Blocker</numerusform>
            <numerusform>%n Blocker</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>weight %1 %</source>
        <translation>Gewicht %1 %</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>Score %1 % (%2)</source>
        <translation>Bewertung %1 % (%2)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Adjusted from %1: %2</source>
        <translation>Angepasst von %1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed</source>
        <translation>%1 von %2 Prüfpunkten bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s)</source>
        <translation>
            <numerusform>%n unerfüllter Blocker</numerusform>
            <numerusform>%n unerfüllte Blocker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 percent, %2</source>
        <translation>%1 Prozent, %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Not started: no item assessed yet</source>
        <translation>Nicht begonnen: noch kein Prüfpunkt bewertet</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>No evidence attached.</source>
        <translation>Keine Nachweise angehängt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 braucht ein Datum als JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>The project holds no evidence &quot;%1&quot; (give its SHA-256, 8 or more of its first digits, or its name; see &apos;evidence&apos;).</source>
        <translation>Das Projekt enthält keinen Nachweis „%1“ (geben Sie seinen SHA-256, 8 oder mehr seiner ersten Ziffern oder seinen Namen an; siehe „evidence“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 pieces of evidence; give more of the SHA-256.</source>
        <translation>„%1“ bezeichnet %2 Nachweise; geben Sie mehr vom SHA-256 an.</translation>
    </message>
    <message>
        <source>The day the proof was collected (YYYY-MM-DD).</source>
        <translation>Der Tag, an dem der Nachweis erhoben wurde (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The period the proof covers, FROM..TO (YYYY-MM-DD..YYYY-MM-DD).</source>
        <translation>Der Zeitraum, den der Nachweis abdeckt, VON..BIS (JJJJ-MM-TT..JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The last day the proof is valid (YYYY-MM-DD).</source>
        <translation>Der letzte Tag, an dem der Nachweis gültig ist (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Give --collected or --period, not both.</source>
        <translation>Geben Sie --collected oder --period an, nicht beides.</translation>
    </message>
    <message>
        <source>--period needs FROM..TO, for example 2026-01-01..2026-03-31.</source>
        <translation>--period braucht VON..BIS, zum Beispiel 2026-01-01..2026-03-31.</translation>
    </message>
    <message>
        <source>List the evidence in a project, or review, date or caption one piece of it.</source>
        <translation>Die Nachweise eines Projekts auflisten oder einen davon prüfen, datieren oder beschriften.</translation>
    </message>
    <message>
        <source>The evidence to change: its SHA-256 (8 or more digits) or name.</source>
        <translation>Der zu ändernde Nachweis: sein SHA-256 (8 oder mehr Ziffern) oder Name.</translation>
    </message>
    <message>
        <source>Print JSON: each piece&apos;s dates, review state, caption, who attached it and its revisions.</source>
        <translation>JSON ausgeben: Daten, Prüfstatus, Beschriftung, wer ihn angehängt hat und frühere Versionen jedes Nachweises.</translation>
    </message>
    <message>
        <source>Accept the evidence as proof.</source>
        <translation>Den Nachweis als Beleg annehmen.</translation>
    </message>
    <message>
        <source>Reject the evidence, giving the reason.</source>
        <translation>Den Nachweis mit Begründung ablehnen.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Take the review back.</source>
        <translation>Die Prüfung zurücknehmen.</translation>
    </message>
    <message>
        <source>A new caption.</source>
        <translation>Eine neue Beschriftung.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>(outside the period)</source>
        <translation>(außerhalb des Zeitraums)</translation>
    </message>
    <message>
        <source>Give one of --accept, --reject and --unreviewed.</source>
        <translation>Geben Sie eines von --accept, --reject und --unreviewed an.</translation>
    </message>
    <message>
        <source>Nothing to change: give --accept, --reject REASON, --unreviewed, --caption or dates.</source>
        <translation>Nichts zu ändern: Geben Sie --accept, --reject BEGRÜNDUNG, --unreviewed, --caption oder Daten an.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>EvidenceIntake</name>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Readiness Workbench</source>
        <translation>Readiness Workbench</translation>
    </message>
    <message>
        <source>Add Evidence to %1</source>
        <translation>Nachweis zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 is not a file; it was not attached.</source>
        <translation>%1 ist keine Datei; sie wurde nicht angehängt.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Bild %1.png eingefügt</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for import.</source>
        <translation>Das eingefügte Bild konnte nicht für den Import gespeichert werden.</translation>
    </message>
    <message>
        <source>Attaching %1 to %2</source>
        <translation>%1 wird an %2 angehängt</translation>
    </message>
    <message>
        <source>No application opens %1; it was saved as %2.</source>
        <translation>Keine Anwendung öffnet %1; die Datei wurde als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Save a Copy of the Evidence</source>
        <translation>Kopie des Nachweises speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation>Neue Version von %1</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>Evidence preview</source>
        <translation>Nachweisvorschau</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Nachweistext</translation>
    </message>
    <message>
        <source>Select a piece of evidence to preview it.</source>
        <translation>Wählen Sie einen Nachweis aus, um ihn in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>Beschriftung: %1</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Hinzugefügt von %1 am %2</translation>
    </message>
    <message>
        <source>Too large to preview; open it to see it.</source>
        <translation>Zu groß für die Vorschau; öffnen Sie ihn, um ihn anzusehen.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>Das PDF kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>
… (the first %1 are shown)</source>
        <translation>
… (die ersten %1 werden angezeigt)</translation>
    </message>
</context>
<context>
    <name>EvidenceReview</name>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The evidence file %1 cannot be read: %2</source>
        <translation>Die Nachweisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The evidence could not be stored: %1</source>
        <translation>Der Nachweis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was kept.</source>
        <translation>Der Import von %1 wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The project holds no evidence with SHA-256 %1.</source>
        <translation>Das Projekt enthält keinen Nachweis mit SHA-256 %1.</translation>
    </message>
    <message>
        <source>The evidence cannot be read: %1</source>
        <translation>Der Nachweis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Writing the evidence failed: %1</source>
        <translation>Schreiben des Nachweises fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The stored evidence %1 is damaged: its content no longer matches its SHA-256.</source>
        <translation>Der gespeicherte Nachweis %1 ist beschädigt: Sein Inhalt passt nicht mehr zu seinem SHA-256.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o AUSGABE ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>For csv: items (default), findings, risks or kpis.</source>
        <translation>Für csv: items (Standard), findings, risks oder kpis.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;; use items, findings, risks or kpis.</source>
        <translation>Unbekannte Tabelle „%1“; verwenden Sie items, findings, risks oder kpis.</translation>
    </message>
    <message>
        <source>Write a project&apos;s results for other tools: OSCAL assessment results, an OSCAL POA&amp;M or CSV.</source>
        <translation>Schreibt die Ergebnisse eines Projekts für andere Werkzeuge: OSCAL-Assessment-Results, ein OSCAL-POA&amp;M oder CSV.</translation>
    </message>
    <message>
        <source>oscal-ar (OSCAL assessment results, JSON), oscal-poam (the open recommendations as an OSCAL plan of action and milestones, JSON) or csv (the checklist with results, for spreadsheets).</source>
        <translation>oscal-ar (OSCAL-Assessment-Results, JSON), oscal-poam (die offenen Empfehlungen als OSCAL-Maßnahmenplan mit Meilensteinen, JSON) oder csv (die Checkliste mit Ergebnissen, für Tabellenkalkulationen).</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use oscal-ar, oscal-poam or csv.</source>
        <translation>Unbekanntes Exportformat „%1“; verwenden Sie oscal-ar, oscal-poam oder csv.</translation>
    </message>
    <message>
        <source>No recommendation is open, so there is no plan of action to write; an OSCAL POA&amp;M needs at least one item.</source>
        <translation>Keine Empfehlung ist offen, also gibt es keinen Maßnahmenplan zu schreiben; ein OSCAL-POA&amp;M braucht mindestens einen Eintrag.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON (for tools)</source>
        <translation>JSON (für Werkzeuge)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>The cover, the executive summary and the project state are always included.</source>
        <translation>Deckblatt, Zusammenfassung und Projektstand sind immer enthalten.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>&amp;Sign the report</source>
        <translation>Bericht &amp;signieren</translation>
    </message>
    <message>
        <source>&amp;Manage Identities...</source>
        <translation>Identitäten &amp;verwalten...</translation>
    </message>
    <message>
        <source>A PDF carries its signature inside; Markdown and JSON get a .p7s file beside them. Anyone can check them with pdfsig or openssl.</source>
        <translation>Ein PDF trägt seine Signatur in sich; Markdown und JSON erhalten eine .p7s-Datei daneben. Jeder kann sie mit pdfsig oder openssl prüfen.</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>No identity yet: use Manage Identities</source>
        <translation>Noch keine Identität: Identitäten verwalten verwenden</translation>
    </message>
    <message>
        <source>Updating the preview...</source>
        <translation>Vorschau wird aktualisiert...</translation>
    </message>
    <message>
        <source>The preview cannot be made: %1</source>
        <translation>Die Vorschau kann nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s), %1, made in %2 ms.</source>
        <translation>
            <numerusform>Vorschau: %n Seite, %1, erstellt in %2 ms.</numerusform>
            <numerusform>Vorschau: %n Seiten, %1, erstellt in %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n line(s), %1.</source>
        <translation>
            <numerusform>Vorschau: %n Zeile, %1.</numerusform>
            <numerusform>Vorschau: %n Zeilen, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an identity to sign with, or generate one under Manage Identities.</source>
        <translation>Wählen Sie eine Identität zum Signieren oder erzeugen Sie eine unter Identitäten verwalten.</translation>
    </message>
    <message>
        <source>Not exported: signing was cancelled.</source>
        <translation>Nicht exportiert: Das Signieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>Der Bericht wird exportiert...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>Der Bericht wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported and signed %1 by %2.</source>
        <translation>%1 exportiert und von %2 signiert.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>readiness-report</source>
        <translation>readiness-bericht</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>for example the steering board</source>
        <translation>zum Beispiel der Lenkungsausschuss</translation>
    </message>
    <message>
        <source>Prepared &amp;for:</source>
        <translation>Erstellt &amp;für:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>F&amp;inal (not a draft)</source>
        <translation>E&amp;ndgültig (kein Entwurf)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <source>Printed in the header and the footer of every page.</source>
        <translation>Wird in Kopf- und Fußzeile jeder Seite gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>added to those the report states itself</source>
        <translation>ergänzt die, die der Bericht selbst nennt</translation>
    </message>
    <message>
        <source>Li&amp;mitations:</source>
        <translation>Ein&amp;schränkungen:</translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>Write a piece of evidence out to a file.</source>
        <translation>Einen Nachweis in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o AUSGABE ist erforderlich.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>%1 geschrieben (%2 Bytes).</translation>
    </message>
    <message>
        <source>The evidence&apos;s SHA-256 (of any of its versions) or name (see &apos;evidence&apos;).</source>
        <translation>Der SHA-256 des Nachweises (einer beliebigen Version) oder sein Name (siehe „evidence“).</translation>
    </message>
    <message>
        <source>The version the project held at the end of this day (YYYY-MM-DD) or at this moment (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>Die Version, die das Projekt am Ende dieses Tages (JJJJ-MM-TT) oder zu diesem Zeitpunkt (JJJJ-MM-TTTHH:MM:SSZ) hatte.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>--at needs a date as YYYY-MM-DD or a moment as YYYY-MM-DDTHH:MM:SSZ, not &quot;%1&quot;.</source>
        <translation>--at braucht ein Datum als JJJJ-MM-TT oder einen Zeitpunkt als JJJJ-MM-TTTHH:MM:SSZ, nicht „%1“.</translation>
    </message>
    <message>
        <source>The project held no version of &quot;%1&quot; on %2: it was attached on %3.</source>
        <translation>Das Projekt hatte am %2 keine Version von „%1“: Er wurde am %3 angehängt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link; it has no content to write.</source>
        <translation>„%1“ ist ein Link; er hat keinen Inhalt zum Schreiben.</translation>
    </message>
</context>
<context>
    <name>FindingCommand</name>
    <message>
        <source>Add, change, list or remove findings (recommendations), as a pipeline records what a scanner found.</source>
        <translation>Befunde (Empfehlungen) anlegen, ändern, auflisten oder entfernen, etwa wenn eine Pipeline festhält, was ein Scanner gefunden hat.</translation>
    </message>
    <message>
        <source>What is to be done (required to add).</source>
        <translation>Was zu tun ist (zum Anlegen erforderlich).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Why, and how.</source>
        <translation>Warum, und wie.</translation>
    </message>
    <message>
        <source>One of: %1 (default medium).</source>
        <translation>Eines von: %1 (Standard: medium).</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Estimated effort in hours (&quot;&quot; clears it).</source>
        <translation>Geschätzter Aufwand in Stunden (&quot;&quot; löscht ihn).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>Wer es erledigt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD (&quot;&quot; clears it).</source>
        <translation>Fälligkeitsdatum, JJJJ-MM-TT (&quot;&quot; löscht es).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>One of: %1 (default open).</source>
        <translation>Eines von: %1 (Standard: open).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The items it addresses, comma-separated keys (replaces the list).</source>
        <translation>Die Punkte, die er betrifft, als kommagetrennte Schlüssel (ersetzt die Liste).</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No findings recorded.</source>
        <translation>Keine Befunde erfasst.</translation>
    </message>
    <message>
        <source>The requirement it is measured against.</source>
        <translation>Die Anforderung, an der sie gemessen wird.</translation>
    </message>
    <message>
        <source>Why it happened.</source>
        <translation>Warum es dazu kam.</translation>
    </message>
    <message>
        <source>What it leads to.</source>
        <translation>Wozu es führt.</translation>
    </message>
    <message>
        <source>What to do about it.</source>
        <translation>Was dagegen zu tun ist.</translation>
    </message>
    <message>
        <source>Management&apos;s response.</source>
        <translation>Die Stellungnahme der Leitung.</translation>
    </message>
    <message>
        <source>Who answers for the response.</source>
        <translation>Wer für die Stellungnahme einsteht.</translation>
    </message>
    <message>
        <source>When the response is due or was given, YYYY-MM-DD (&quot;&quot; clears it).</source>
        <translation>Wann die Stellungnahme fällig ist oder abgegeben wurde, JJJJ-MM-TT (&quot;&quot; löscht sie).</translation>
    </message>
    <message>
        <source>The grade: major, minor, observation, ofi, good-practice or the checklist&apos;s own (&quot;&quot; clears it).</source>
        <translation>Die Einstufung: major, minor, observation, ofi, good-practice oder eine der Checkliste (&quot;&quot; löscht sie).</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>Einstufung</translation>
    </message>
</context>
<context>
    <name>FindingGrade</name>
    <message>
        <source>Major non-conformity</source>
        <translation>Hauptabweichung</translation>
    </message>
    <message>
        <source>Minor non-conformity</source>
        <translation>Nebenabweichung</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Gute Praxis</translation>
    </message>
</context>
<context>
    <name>FindingState</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>FlagCommand</name>
    <message>
        <source>Flag an item for review with the reason, or clear its flag.</source>
        <translation>Einen Punkt mit Begründung zur Prüfung markieren oder seine Markierung aufheben.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>Der Punkt.</translation>
    </message>
    <message>
        <source>Why the item needs a reviewer&apos;s look.</source>
        <translation>Warum der Punkt einen Blick des Prüfers braucht.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Clear the item&apos;s flag.</source>
        <translation>Die Markierung des Punkts aufheben.</translation>
    </message>
    <message>
        <source>Give --reason TEXT to flag the item, or --clear to clear its flag.</source>
        <translation>Geben Sie --reason TEXT an, um den Punkt zu markieren, oder --clear, um die Markierung aufzuheben.</translation>
    </message>
    <message>
        <source>A flag needs a reason.</source>
        <translation>Eine Markierung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Punkt mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>%1: flag cleared.</source>
        <translation>%1: Markierung aufgehoben.</translation>
    </message>
    <message>
        <source>%1: flagged for review (%2).</source>
        <translation>%1: zur Prüfung markiert (%2).</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate Signing Identity</source>
        <translation>Signaturidentität erzeugen</translation>
    </message>
    <message>
        <source>A self-signed certificate and its private key, kept encrypted with your passphrase. Recipients check your reports against its fingerprint.</source>
        <translation>Ein selbstsigniertes Zertifikat und sein privater Schlüssel, verschlüsselt mit Ihrer Passphrase aufbewahrt. Empfänger prüfen Ihre Berichte anhand seines Fingerabdrucks.</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>Geben Sie den Namen des Unterzeichners ein.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>Show or choose the implementation groups in scope (items of no chosen group do not apply).</source>
        <translation>Die Umsetzungsgruppen im Umfang zeigen oder wählen (Punkte keiner gewählten Gruppe gelten nicht).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>The groups in scope, comma-separated, for example IG1 (&quot;&quot; or --all: every group).</source>
        <translation>Die Gruppen im Umfang, durch Kommas getrennt, zum Beispiel IG1 (&quot;&quot; oder --all: alle Gruppen).</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Every group in scope.</source>
        <translation>Alle Gruppen im Umfang.</translation>
    </message>
    <message>
        <source>This checklist has no implementation groups.</source>
        <translation>Diese Checkliste hat keine Umsetzungsgruppen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>In scope: every group.</source>
        <translation>Im Umfang: alle Gruppen.</translation>
    </message>
    <message>
        <source>In scope: %1.</source>
        <translation>Im Umfang: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) do not apply.</source>
        <translation>
            <numerusform>%n Punkt gilt nicht.</numerusform>
            <numerusform>%n Punkte gelten nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>:/guide/getting-started.html</source>
        <comment>the file of the guide in this language</comment>
        <translation>:/guide/getting-started.de.html</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The certificate of %1 expired on %2; generate or import a current identity.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen; erzeugen oder importieren Sie eine gültige Identität.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2.</source>
        <translation>Das Zertifikat von %1 ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 identity file (.p12 or .pfx), or it is damaged.</source>
        <translation>Dies ist keine PKCS#12-Identitätsdatei (.p12 oder .pfx), oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The identity file cannot be read: %1</source>
        <translation>Die Identitätsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The identity file holds no private key and certificate; a signing identity needs both.</source>
        <translation>Die Identitätsdatei enthält keinen privaten Schlüssel und kein Zertifikat; eine Signaturidentität braucht beides.</translation>
    </message>
    <message>
        <source>The identity file&apos;s private key does not belong to its certificate.</source>
        <translation>Der private Schlüssel der Identitätsdatei gehört nicht zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>An identity needs a name.</source>
        <translation>Eine Identität braucht einen Namen.</translation>
    </message>
    <message>
        <source>A key cannot be generated: %1</source>
        <translation>Ein Schlüssel kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>The certificate cannot be made: %1</source>
        <translation>Das Zertifikat kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The identity cannot be written: %1</source>
        <translation>Die Identität kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Verwenden Sie eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>IdentityCommand</name>
    <message>
        <source>Create or show a signing identity (a PKCS#12 file protected by a passphrase).</source>
        <translation>Eine Signaturidentität erstellen oder anzeigen (eine durch eine Passphrase geschützte PKCS#12-Datei).</translation>
    </message>
    <message>
        <source>new: generate a self-signed identity; show: print an identity&apos;s certificate.</source>
        <translation>new: eine selbstsignierte Identität erzeugen; show: das Zertifikat einer Identität ausgeben.</translation>
    </message>
    <message>
        <source>For show: the identity file (.p12).</source>
        <translation>Für show: die Identitätsdatei (.p12).</translation>
    </message>
    <message>
        <source>new: the identity file to write (.p12).</source>
        <translation>new: die zu schreibende Identitätsdatei (.p12).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>new: the signer&apos;s name.</source>
        <translation>new: der Name des Unterzeichners.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>new: the signer&apos;s e-mail address.</source>
        <translation>new: die E-Mail-Adresse des Unterzeichners.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>new: the signer&apos;s organisation.</source>
        <translation>new: die Organisation des Unterzeichners.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>new: an RSA 3072 key instead of ECDSA P-256.</source>
        <translation>new: ein RSA-3072-Schlüssel statt ECDSA P-256.</translation>
    </message>
    <message>
        <source>new: days the certificate is valid (default 1095).</source>
        <translation>new: Gültigkeit des Zertifikats in Tagen (Standard 1095).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>The file whose first line is the identity&apos;s passphrase.</source>
        <translation>Die Datei, deren erste Zeile die Passphrase der Identität ist.</translation>
    </message>
    <message>
        <source>show: also write the certificate (PEM) to this file.</source>
        <translation>show: das Zertifikat (PEM) zusätzlich in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>identity new needs -o FILE.p12 and --name NAME.</source>
        <translation>identity new braucht -o DATEI.p12 und --name NAME.</translation>
    </message>
    <message>
        <source>--days needs a positive whole number.</source>
        <translation>--days braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, SHA-256 fingerprint %4, valid until %5.</source>
        <translation>%1 geschrieben: %2, %3, SHA-256-Fingerabdruck %4, gültig bis %5.</translation>
    </message>
    <message>
        <source>identity show needs the identity file.</source>
        <translation>identity show braucht die Identitätsdatei.</translation>
    </message>
    <message>
        <source>Subject:     %1</source>
        <translation>Inhaber:     %1</translation>
    </message>
    <message>
        <source>Issuer:      %1</source>
        <translation>Aussteller:  %1</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation>Schlüssel:   %1</translation>
    </message>
    <message>
        <source>Valid:       %1 to %2</source>
        <translation>Gültig:      %1 bis %2</translation>
    </message>
    <message>
        <source>Fingerprint: SHA-256 %1</source>
        <translation>Fingerabdruck: SHA-256 %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use new or show.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie new oder show.</translation>
    </message>
</context>
<context>
    <name>IdentityDialogs</name>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Sign Report</source>
        <translation>Bericht signieren</translation>
    </message>
    <message>
        <source>%1
Passphrase for %2:</source>
        <translation>%1
Passphrase für %2:</translation>
    </message>
</context>
<context>
    <name>IdentityManager</name>
    <message>
        <source>Signing Identities</source>
        <translation>Signaturidentitäten</translation>
    </message>
    <message>
        <source>Identities sign your reports. They are kept encrypted in %1, never in a project file.</source>
        <translation>Identitäten signieren Ihre Berichte. Sie werden verschlüsselt in %1 aufbewahrt, nie in einer Projektdatei.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>&amp;Generate...</source>
        <translation>&amp;Erzeugen...</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12...</source>
        <translation>PKCS#12 &amp;importieren...</translation>
    </message>
    <message>
        <source>E&amp;xport Certificate...</source>
        <translation>Zertifikat e&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Generate Signing Identity</source>
        <translation>Signaturidentität erzeugen</translation>
    </message>
    <message>
        <source>Import Signing Identity</source>
        <translation>Signaturidentität importieren</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Identitäten (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Delete Signing Identity</source>
        <translation>Signaturidentität löschen</translation>
    </message>
    <message>
        <source>Delete the identity of %1? Reports it signed stay valid, but you cannot sign with it again unless you kept a copy.</source>
        <translation>Die Identität von %1 löschen? Damit signierte Berichte bleiben gültig, aber Sie können nicht mehr damit signieren, sofern Sie keine Kopie aufbewahrt haben.</translation>
    </message>
    <message>
        <source>&amp;My Identities</source>
        <translation>&amp;Meine Identitäten</translation>
    </message>
    <message>
        <source>&amp;Trusted Signers</source>
        <translation>&amp;Vertrauenswürdige Personen</translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>An identity needs a passphrase to protect its private key.</source>
        <translation>Eine Identität braucht eine Passphrase, um ihren privaten Schlüssel zu schützen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>This identity is already kept.</source>
        <translation>Diese Identität ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Readiness Workbench template</source>
        <translation>Readiness-Workbench-Vorlage</translation>
    </message>
    <message>
        <source>OSCAL catalog</source>
        <translation>OSCAL-Katalog</translation>
    </message>
    <message>
        <source>OSCAL profile</source>
        <translation>OSCAL-Profil</translation>
    </message>
    <message>
        <source>AWS Well-Architected lens</source>
        <translation>AWS-Well-Architected-Lens</translation>
    </message>
    <message>
        <source>readiness questionnaire</source>
        <translation>Readiness-Fragebogen</translation>
    </message>
    <message>
        <source>CSV checklist</source>
        <translation>CSV-Checkliste</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 holds no checklist items.</source>
        <translation>%1 enthält keine Prüfpunkte.</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>hohes Risiko</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>mittleres Risiko</translation>
    </message>
    <message>
        <source>no risk</source>
        <translation>kein Risiko</translation>
    </message>
    <message>
        <source>    Improvement plan: %1</source>
        <translation>    Verbesserungsplan: %1</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Auswahlmöglichkeiten:</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>sonst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Readiness questionnaire (%1)</source>
        <translation>Readiness-Fragebogen (%1)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Answers (each that applies scores):</source>
        <translation>Antworten (jede zutreffende zählt):</translation>
    </message>
    <message>
        <source>Answers (the one that applies scores):</source>
        <translation>Antworten (die zutreffende zählt):</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>The catalog nests groups, controls or parts more than %1 levels deep.</source>
        <translation>Der Katalog verschachtelt Gruppen, Kontrollen oder Teile tiefer als %1 Ebenen.</translation>
    </message>
    <message>
        <source>[Selection (one or more): %1]</source>
        <translation>[Auswahl (eine oder mehrere): %1]</translation>
    </message>
    <message>
        <source>[Selection: %1]</source>
        <translation>[Auswahl: %1]</translation>
    </message>
    <message>
        <source>[Assignment: %1]</source>
        <translation>[Zuweisung: %1]</translation>
    </message>
    <message>
        <source>Part of %1.</source>
        <translation>Teil von %1.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be used: %2</source>
        <translation>Der Katalog %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The profile %1 imports %2 catalogs; this version resolves a profile that imports exactly one.</source>
        <translation>Das Profil %1 importiert %2 Kataloge; diese Version löst ein Profil auf, das genau einen importiert.</translation>
    </message>
    <message>
        <source>The profile %1 selects controls from the catalog %2, which must be in the same folder (%3).</source>
        <translation>Das Profil %1 wählt Kontrollen aus dem Katalog %2, der im selben Ordner liegen muss (%3).</translation>
    </message>
    <message>
        <source>%1, the catalog the profile %2 selects from, is not an OSCAL catalog.</source>
        <translation>%1, der Katalog, aus dem das Profil %2 auswählt, ist kein OSCAL-Katalog.</translation>
    </message>
    <message>
        <source>framework library (YAML)</source>
        <translation>Framework-Bibliothek (YAML)</translation>
    </message>
    <message>
        <source>%1 is not a checklist this version reads. It reads Readiness Workbench templates, OSCAL catalogs and profiles, AWS Well-Architected custom lenses, framework libraries in YAML, readiness questionnaires and CSV files (see docs/import-export.md).</source>
        <translation>%1 ist keine Checkliste, die diese Version liest. Sie liest Readiness-Workbench-Vorlagen, OSCAL-Kataloge und -Profile, eigene AWS-Well-Architected-Lenses, Framework-Bibliotheken in YAML, Readiness-Fragebögen und CSV-Dateien (siehe docs/import-export.md).</translation>
    </message>
    <message>
        <source>%1 cannot be read as YAML: %2 (line %3, column %4).</source>
        <translation>%1 kann nicht als YAML gelesen werden: %2 (Zeile %3, Spalte %4).</translation>
    </message>
    <message>
        <source>%1 is YAML but not a framework library: it has no objects.framework.requirement_nodes.</source>
        <translation>%1 ist YAML, aber keine Framework-Bibliothek: Es fehlt objects.framework.requirement_nodes.</translation>
    </message>
    <message>
        <source>%1 has no implementation group &quot;%2&quot;; it has: %3.</source>
        <translation>%1 hat keine Implementierungsgruppe „%2“; vorhanden sind: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Implementation groups: %1</source>
        <translation>Implementierungsgruppen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as a framework library: %2</source>
        <translation>%1 kann nicht als Framework-Bibliothek gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a mapping library (it relates the requirements of two frameworks), not a framework: there is nothing in it to assess.</source>
        <translation>%1 ist eine Zuordnungsbibliothek (sie setzt die Anforderungen zweier Rahmenwerke in Beziehung), kein Rahmenwerk: darin gibt es nichts zu bewerten.</translation>
    </message>
    <message>
        <source>%1 is a risk matrix library, not a framework: there is nothing in it to assess.</source>
        <translation>%1 ist eine Risikomatrix-Bibliothek, kein Rahmenwerk: darin gibt es nichts zu bewerten.</translation>
    </message>
    <message>
        <source>%1 is a catalog of reference controls or threats, not a framework: there is nothing in it to assess.</source>
        <translation>%1 ist ein Katalog von Referenzmaßnahmen oder Bedrohungen, kein Rahmenwerk: darin gibt es nichts zu bewerten.</translation>
    </message>
    <message>
        <source>%1 is a preset (a set-up of other libraries for an organisation), not a framework: there is nothing in it to assess.</source>
        <translation>%1 ist eine Voreinstellung (eine Zusammenstellung anderer Bibliotheken für eine Organisation), kein Rahmenwerk: darin gibt es nichts zu bewerten.</translation>
    </message>
    <message>
        <source>%1 is a library of metric definitions, not a framework: there is nothing in it to assess.</source>
        <translation>%1 ist eine Bibliothek von Kennzahldefinitionen, kein Rahmenwerk: darin gibt es nichts zu bewerten.</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>%1 has no texts in &quot;%2&quot;; it has: %3.</source>
        <translation>%1 hat keine Texte in „%2“; es hat: %3.</translation>
    </message>
</context>
<context>
    <name>ImportResultsCommand</name>
    <message>
        <source>Take in results from a spreadsheet (the checklist CSV) or a questionnaire&apos;s answers file: every change is shown, and applied unless --dry-run.</source>
        <translation>Ergebnisse aus einer Tabelle (der Checklisten-CSV) oder der Antwortdatei eines Fragebogens übernehmen: jede Änderung wird gezeigt und, außer mit --dry-run, übernommen.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>A CSV with a key column, or an answers file (JSON) from questionnaire.</source>
        <translation>Eine CSV mit einer Spalte key oder eine Antwortdatei (JSON) von questionnaire.</translation>
    </message>
    <message>
        <source>Show what would change, and change nothing.</source>
        <translation>Zeigen, was sich ändern würde, und nichts ändern.</translation>
    </message>
    <message>
        <source>Print the preview as JSON.</source>
        <translation>Die Vorschau als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is no results file.</source>
        <translation>%1 ist größer als 64 MB; das ist keine Ergebnisdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n Zeile gelesen</numerusform>
            <numerusform>%1: %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not taken</source>
        <translation>
            <numerusform>%n nicht übernommen</numerusform>
            <numerusform>%n nicht übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1: „%2“ -&gt; „%3“</translation>
    </message>
    <message>
        <source>Not taken:</source>
        <translation>Nicht übernommen:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n Änderung übernommen.</numerusform>
            <numerusform>%n Änderungen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: these answers were given to the questionnaire of another assessment (&quot;%1&quot;); only the keys that match are taken.</source>
        <translation>Hinweis: Diese Antworten wurden im Fragebogen einer anderen Bewertung gegeben („%1“); nur die passenden Schlüssel werden übernommen.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import Results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Answers from the questionnaire %1</source>
        <translation>Antworten aus dem Fragebogen %1</translation>
    </message>
    <message>
        <source>Answers from the questionnaire %1, filled in by %2</source>
        <translation>Antworten aus dem Fragebogen %1, ausgefüllt von %2</translation>
    </message>
    <message>
        <source>Results from the spreadsheet %1</source>
        <translation>Ergebnisse aus der Tabelle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) would change</source>
        <translation>
            <numerusform>%n Punkt würde sich ändern</numerusform>
            <numerusform>%n Punkte würden sich ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as the file says</source>
        <translation>
            <numerusform>%n bereits wie in der Datei</numerusform>
            <numerusform>%n bereits wie in der Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not taken</source>
        <translation>
            <numerusform>%n Zeile nicht übernommen</numerusform>
            <numerusform>%n Zeilen nicht übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Item and field</source>
        <translation>Punkt und Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Only the fields shown change, on each item as it is now; the import is one step you can undo, and the audit log records each change under your name.</source>
        <translation>Nur die gezeigten Felder ändern sich, an jedem Punkt so, wie er jetzt ist; der Import ist ein Schritt, den Sie rückgängig machen können, und das Prüfprotokoll hält jede Änderung unter Ihrem Namen fest.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;übernehmen</numerusform>
            <numerusform>%n Änderungen &amp;übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>These answers were given to the questionnaire of another assessment (&quot;%1&quot;); only the keys that match this one are shown.</source>
        <translation>Diese Antworten wurden im Fragebogen einer anderen Bewertung gegeben („%1“); nur die Schlüssel, die zu dieser passen, werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a project&apos;s metadata, counts and schema version.</source>
        <translation>Metadaten, Anzahlen und Schemaversion eines Projekts anzeigen.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Project format</source>
        <translation>Projektformat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Datum der Bewertung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>%1 (%2 assessed)</source>
        <translation>%1 (%2 bewertet)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Anpassungen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <translation>
            <numerusform>%n Eintrag, Kopf %1</numerusform>
            <numerusform>%n Einträge, Kopf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the period the assessment covers, FROM..TO (YYYY-MM-DD..YYYY-MM-DD; &quot;&quot; clears it); evidence collected outside it is pointed out.</source>
        <translation>Den Zeitraum festlegen, den die Bewertung abdeckt, VON..BIS (JJJJ-MM-TT..JJJJ-MM-TT; &quot;&quot; löscht ihn); außerhalb erhobene Nachweise werden hervorgehoben.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>--period needs FROM..TO, for example 2026-01-01..2026-03-31.</source>
        <translation>--period braucht VON..BIS, zum Beispiel 2026-01-01..2026-03-31.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Shortcut in the checklist: %1</source>
        <translation>Tastenkürzel in der Checkliste: %1</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Who owns this item</source>
        <translation>Wer für diesen Prüfpunkt verantwortlich ist</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Blocker: not ready while this item is not met</source>
        <translation>Blocker: nicht bereit, solange unerfüllt</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;unkte:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What the team observed, decided or still needs (saved as you type)</source>
        <translation>Was das Team beobachtet, entschieden hat oder noch braucht (wird beim Tippen gespeichert)</translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation>Nachweise (Dateien hier ablegen)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Add &amp;File...</source>
        <translation>&amp;Datei hinzufügen...</translation>
    </message>
    <message>
        <source>Add &amp;Link...</source>
        <translation>&amp;Link hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save Copy...</source>
        <translation>Kopie speichern...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Befunde und Empfehlungen</translation>
    </message>
    <message>
        <source>Linked findings</source>
        <translation>Verknüpfte Befunde</translation>
    </message>
    <message>
        <source>Link to a Finding...</source>
        <translation>Mit einem Befund verknüpfen...</translation>
    </message>
    <message>
        <source>Select an item in the checklist.</source>
        <translation>Wählen Sie einen Prüfpunkt in der Checkliste aus.</translation>
    </message>
    <message>
        <source>%1 · %2 · changed by %3</source>
        <translation>%1 · %2 · geändert von %3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (link)</source>
        <translation>%1 (Link)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit the note of %1</source>
        <translation>Notiz von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Set the owner of %1</source>
        <translation>Verantwortlichen von %1 festlegen</translation>
    </message>
    <message>
        <source>Set the points of %1</source>
        <translation>Punkte von %1 festlegen</translation>
    </message>
    <message>
        <source>Mark %1 as a blocker</source>
        <translation>%1 als Blocker markieren</translation>
    </message>
    <message>
        <source>Unmark %1 as a blocker</source>
        <translation>%1 nicht mehr als Blocker markieren</translation>
    </message>
    <message>
        <source>Choices that apply</source>
        <translation>Zutreffende Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Risk: tick the choices that apply.</source>
        <translation>Risiko: Kreuzen Sie die zutreffenden Auswahlmöglichkeiten an.</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Choose what applies to %1</source>
        <translation>Zutreffendes für %1 wählen</translation>
    </message>
    <message>
        <source>Effort estimate in hours</source>
        <translation>Aufwandsschätzung in Stunden</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>Hours of work to meet this item, for the path to ready. Without an estimate the item&apos;s recommendations give one, or it counts %1 h.</source>
        <translation>Arbeitsstunden, bis dieser Punkt erfüllt ist, für den Weg zur Bereitschaft. Ohne Schätzung liefern die Empfehlungen des Punkts eine, sonst zählt er %1 h.</translation>
    </message>
    <message>
        <source>E&amp;ffort:</source>
        <translation>Auf&amp;wand:</translation>
    </message>
    <message>
        <source>Estimate %1 at %2 h</source>
        <translation>%1 auf %2 h schätzen</translation>
    </message>
    <message>
        <source>Clear the estimate of %1</source>
        <translation>Schätzung von %1 entfernen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Yes  (1)</source>
        <translation>Ja  (1)</translation>
    </message>
    <message>
        <source>No  (3)</source>
        <translation>Nein  (3)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>A number in %1</source>
        <translation>Eine Zahl in %1</translation>
    </message>
    <message>
        <source>The answer (saved when you leave the field)</source>
        <translation>Die Antwort (gespeichert beim Verlassen des Feldes)</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Antwortdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>earns %1 of %2 points</source>
        <translation>bringt %1 von %2 Punkten</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n Stufe unter dem Ziel</numerusform>
            <numerusform>%n Stufen unter dem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>Accep&amp;t</source>
        <translation>Anneh&amp;men</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>Ab&amp;lehnen...</translation>
    </message>
    <message>
        <source>Dates &amp;&amp; Caption...</source>
        <translation>Daten &amp;&amp; Beschriftung...</translation>
    </message>
    <message>
        <source>New &amp;Version...</source>
        <translation>Neue &amp;Version...</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Work state</source>
        <translation>Arbeitsstand</translation>
    </message>
    <message>
        <source>Accept Item</source>
        <translation>Punkt annehmen</translation>
    </message>
    <message>
        <source>Done, flag cleared (Ctrl+Alt+A)</source>
        <translation>Erledigt, Markierung aufgehoben (Ctrl+Alt+A)</translation>
    </message>
    <message>
        <source>Send Back...</source>
        <translation>Zurückgeben...</translation>
    </message>
    <message>
        <source>Back to the assessor with a comment (Ctrl+Alt+B)</source>
        <translation>Mit Kommentar an den Bewerter zurück (Ctrl+Alt+B)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Erle&amp;digen</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Comment, then Enter (Ctrl+Alt+M)</source>
        <translation>Kommentar, dann Eingabe (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Answer the selected thread with the text typed</source>
        <translation>Mit dem eingegebenen Text auf die gewählte Diskussion antworten</translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Zur Prüfung markiert: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>[resolved by %1] %2</source>
        <translation>[erledigt von %1] %2</translation>
    </message>
    <message>
        <source>Last cycle (%1): %2</source>
        <translation>Letzter Zyklus (%1): %2</translation>
    </message>
    <message>
        <source>Flag for Review</source>
        <translation>Zur Prüfung markieren</translation>
    </message>
    <message>
        <source>Why does %1 need a reviewer&apos;s look?</source>
        <translation>Warum braucht %1 einen Blick des Prüfers?</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>What should the assessor do about %1?</source>
        <translation>Was soll der Bewerter bei %1 tun?</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 · %3</source>
        <translation>SHA-256 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Hinzugefügt von %1 am %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>covers %1 to %2</source>
        <translation>deckt %1 bis %2 ab</translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>erhoben am %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;expired&lt;/b&gt; on %1</source>
        <translation>&lt;b&gt;abgelaufen&lt;/b&gt; am %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;outside the assessment period&lt;/b&gt;</source>
        <translation>&lt;b&gt;außerhalb des Bewertungszeitraums&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s), the last replaced on %1</source>
        <translation>
            <numerusform>%n frühere Version, ersetzt am %1</numerusform>
            <numerusform>%n frühere Versionen, die letzte ersetzt am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept evidence %1</source>
        <translation>Nachweis %1 annehmen</translation>
    </message>
    <message>
        <source>Reject Evidence</source>
        <translation>Nachweis ablehnen</translation>
    </message>
    <message>
        <source>Why is %1 not proof enough?</source>
        <translation>Warum ist %1 kein ausreichender Nachweis?</translation>
    </message>
    <message>
        <source>Reject evidence %1</source>
        <translation>Nachweis %1 ablehnen</translation>
    </message>
    <message>
        <source>Evidence Dates and Caption</source>
        <translation>Daten und Beschriftung des Nachweises</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Collected (&amp;from)</source>
        <translation>Erhoben (&amp;von)</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Zeitraum &amp;bis</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <source>Dates and caption of %1</source>
        <translation>Daten und Beschriftung von %1</translation>
    </message>
    <message>
        <source>Fla&amp;g...</source>
        <translation>Mar&amp;kieren...</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Clear Fla&amp;g</source>
        <translation>Mar&amp;kierung aufheben</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Teilweise erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a Workshop</source>
        <translation>Einem Workshop beitreten</translation>
    </message>
    <message>
        <source>Workshops on this network:</source>
        <translation>Workshops in diesem Netzwerk:</translation>
    </message>
    <message>
        <source>Workshops found</source>
        <translation>Gefundene Workshops</translation>
    </message>
    <message>
        <source>192.168.1.20:%1, or a join link</source>
        <translation>192.168.1.20:%1 oder ein Beitrittslink</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>ABCD-EFGH, as the host&apos;s screen shows it</source>
        <translation>ABCD-EFGH, wie der Bildschirm des Gastgebers ihn zeigt</translation>
    </message>
    <message>
        <source>Join &amp;code:</source>
        <translation>Beitritts&amp;code:</translation>
    </message>
    <message>
        <source>With the open project, &quot;%1&quot;</source>
        <translation>Mit dem geöffneten Projekt „%1“</translation>
    </message>
    <message>
        <source>Receive a copy from the host, saved as:</source>
        <translation>Eine Kopie vom Gastgeber erhalten, gespeichert als:</translation>
    </message>
    <message>
        <source>Where the copy is saved</source>
        <translation>Wo die Kopie gespeichert wird</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Save the Workshop&apos;s Copy As</source>
        <translation>Kopie des Workshops speichern unter</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness)</source>
        <translation>Readiness-Projekte (*.readiness)</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>None found yet. Wi-Fi that keeps laptops apart (client isolation) or blocks multicast hides workshops: type the address the host&apos;s screen shows.</source>
        <translation>Noch keiner gefunden. WLAN, das Laptops voneinander trennt (Client-Isolation) oder Multicast sperrt, verbirgt Workshops: Geben Sie die Adresse ein, die der Bildschirm des Gastgebers zeigt.</translation>
    </message>
    <message>
        <source>%1 at %2 (found by %3)</source>
        <translation>%1 unter %2 (gefunden über %3)</translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>Add, change, list or remove key performance indicators.</source>
        <translation>Kennzahlen (KPIs) anlegen, ändern, auflisten oder entfernen.</translation>
    </message>
    <message>
        <source>What is measured (required to add).</source>
        <translation>Was gemessen wird (zum Anlegen erforderlich).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The unit, for example ms or %.</source>
        <translation>Die Einheit, zum Beispiel ms oder %.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>comparator</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>The target value (default 0).</source>
        <translation>Der Zielwert (Standard: 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The value measured (&quot;&quot; clears it).</source>
        <translation>Der gemessene Wert (&quot;&quot; löscht ihn).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>No KPIs recorded.</source>
        <translation>Keine KPIs erfasst.</translation>
    </message>
    <message>
        <source>One of: %1 (default &gt;=).</source>
        <translation>Eines von: %1 (Standard: &gt;=).</translation>
    </message>
</context>
<context>
    <name>LensRisk</name>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Kein Risiko</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>Show the audit log; --verify checks its hash chain.</source>
        <translation>Das Prüfprotokoll anzeigen; --verify prüft seine Hash-Kette.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Check that no entry was changed, added or removed outside the application.</source>
        <translation>Prüfen, dass kein Eintrag außerhalb der Anwendung geändert, hinzugefügt oder entfernt wurde.</translation>
    </message>
    <message>
        <source>Show only the last n entries.</source>
        <translation>Nur die letzten n Einträge anzeigen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1.</source>
        <translation>Das Prüfprotokoll ist NICHT intakt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, head hash %1.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist intakt: %n Eintrag, Kopf-Hash %1.</numerusform>
            <numerusform>Das Prüfprotokoll ist intakt: %n Einträge, Kopf-Hash %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--last needs a whole number.</source>
        <translation>--last braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>after:  %1</source>
        <translation>nachher: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Risks at probability %1, impact %2</source>
        <translation>Risiken mit Wahrscheinlichkeit %1, Auswirkung %2</translation>
    </message>
    <message>
        <source>No open risk in this cell.</source>
        <translation>Kein offenes Risiko in dieser Zelle.</translation>
    </message>
    <message>
        <source>Findings and recommendations: the gaps found and what to do about them, with priority and effort.</source>
        <translation>Befunde und Empfehlungen: die gefundenen Lücken und was dagegen zu tun ist, mit Priorität und Aufwand.</translation>
    </message>
    <message>
        <source>Risks: probability and impact from 1 to 5, with their mitigation.</source>
        <translation>Risiken: Wahrscheinlichkeit und Auswirkung von 1 bis 5, mit ihrer Minderung.</translation>
    </message>
    <message>
        <source>Key performance indicators: target against the actual value measured.</source>
        <translation>Kennzahlen (KPIs): Zielwert im Vergleich zum gemessenen Istwert.</translation>
    </message>
    <message>
        <source>Sign-offs: each approver&apos;s decision and conditions.</source>
        <translation>Freigaben: die Entscheidung und Auflagen jeder freigebenden Person.</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risiken</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <source>&amp;Sign-offs</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Meilensteine</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;New from Template...</source>
        <translation>&amp;Neu aus Vorlage...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As...</source>
        <translation>&amp;Kopie speichern unter...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save Checklist as &amp;Template...</source>
        <translation>Checkliste als &amp;Vorlage speichern...</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Verify Report...</source>
        <translation>Bericht &amp;prüfen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Filter Items</source>
        <translation>Prüfpunkte &amp;filtern</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Go to Item...</source>
        <translation>&amp;Gehe zu Prüfpunkt...</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Adjust Score...</source>
        <translation>Bewertung &amp;anpassen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Erfüllt</translation>
    </message>
    <message>
        <source>&amp;Partially Met</source>
        <translation>&amp;Teilweise erfüllt</translation>
    </message>
    <message>
        <source>&amp;Not Met</source>
        <translation>&amp;Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not &amp;Applicable</source>
        <translation>Nicht &amp;zutreffend</translation>
    </message>
    <message>
        <source>Ne&amp;xt Item</source>
        <translation>Nä&amp;chster Prüfpunkt</translation>
    </message>
    <message>
        <source>P&amp;revious Item</source>
        <translation>&amp;Vorheriger Prüfpunkt</translation>
    </message>
    <message>
        <source>Next &amp;Unassessed Item</source>
        <translation>Nächster &amp;unbewerteter Prüfpunkt</translation>
    </message>
    <message>
        <source>Add &amp;Evidence Files...</source>
        <translation>Nachweis&amp;dateien hinzufügen...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Add &amp;Link...</source>
        <translation>&amp;Link hinzufügen...</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Paste &amp;Image as Evidence</source>
        <translation>&amp;Bild als Nachweis einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;About Readiness Workbench</source>
        <translation>Ü&amp;ber Readiness Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Add &amp;Domain...</source>
        <translation>Bereich &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Edit Domain...</source>
        <translation>Bereich &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove Domain</source>
        <translation>Bereich &amp;entfernen</translation>
    </message>
    <message>
        <source>Move Domain &amp;Up</source>
        <translation>Bereich nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Domain Do&amp;wn</source>
        <translation>Bereich nach &amp;unten</translation>
    </message>
    <message>
        <source>Add &amp;Item...</source>
        <translation>Prüfpunkt hin&amp;zufügen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Remove Ite&amp;m</source>
        <translation>Prüfpunkt ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move Item Up</source>
        <translation>Prüfpunkt nach oben</translation>
    </message>
    <message>
        <source>Alt+Shift+Up</source>
        <translation>Alt+Shift+Up</translation>
    </message>
    <message>
        <source>Move Item Down</source>
        <translation>Prüfpunkt nach unten</translation>
    </message>
    <message>
        <source>Alt+Shift+Down</source>
        <translation>Alt+Shift+Down</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Prüfpunkt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Readiness Workbench</source>
        <translation>Readiness Workbench</translation>
    </message>
    <message>
        <source>%1 — %2%3 — Readiness Workbench</source>
        <translation>%1 — %2%3 — Readiness Workbench</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness)</source>
        <translation>Readiness-Projekte (*.readiness)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Checklist as Template</source>
        <translation>Checkliste als Vorlage speichern</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the checklist as %1.</source>
        <translation>Checkliste als %1 gespeichert.</translation>
    </message>
    <message>
        <source>There are no findings yet; add one on the Findings page.</source>
        <translation>Es gibt noch keine Befunde; fügen Sie einen auf der Seite Befunde hinzu.</translation>
    </message>
    <message>
        <source>Link to a Finding</source>
        <translation>Mit einem Befund verknüpfen</translation>
    </message>
    <message>
        <source>Finding that addresses %1:</source>
        <translation>Befund, der %1 behandelt:</translation>
    </message>
    <message>
        <source>Evidence Is Being Attached</source>
        <translation>Nachweise werden angehängt</translation>
    </message>
    <message>
        <source>Stop attaching evidence and quit? The file being attached is not kept.</source>
        <translation>Das Anhängen von Nachweisen abbrechen und beenden? Die gerade angehängte Datei wird nicht behalten.</translation>
    </message>
    <message>
        <source>&amp;Import Checklist...</source>
        <translation>Checkliste &amp;importieren...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a Checklist</source>
        <translation>Checkliste importieren</translation>
    </message>
    <message>
        <source>Checklists (*.json *.yaml *.yml *.csv);;All files (*)</source>
        <translation>Checklisten (*.json *.yaml *.yml *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OSCAL &amp;Assessment Results...</source>
        <translation>OSCAL-&amp;Assessment-Results...</translation>
    </message>
    <message>
        <source>Export OSCAL Assessment Results</source>
        <translation>OSCAL-Assessment-Results exportieren</translation>
    </message>
    <message>
        <source>OSCAL assessment results (*.json)</source>
        <translation>OSCAL-Assessment-Results (*.json)</translation>
    </message>
    <message>
        <source>Checklist with Results as &amp;CSV...</source>
        <translation>Checkliste mit Ergebnissen als &amp;CSV...</translation>
    </message>
    <message>
        <source>Export the Checklist with Results</source>
        <translation>Checkliste mit Ergebnissen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Export the Risks</source>
        <translation>Risiken exportieren</translation>
    </message>
    <message>
        <source>Export the KPIs</source>
        <translation>KPIs exportieren</translation>
    </message>
    <message>
        <source>&amp;Findings as CSV...</source>
        <translation>&amp;Befunde als CSV...</translation>
    </message>
    <message>
        <source>Export the Findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <source>&amp;Risks as CSV...</source>
        <translation>&amp;Risiken als CSV...</translation>
    </message>
    <message>
        <source>&amp;KPIs as CSV...</source>
        <translation>&amp;KPIs als CSV...</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>bewertung</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The last change to this project was interrupted; it has been rolled back.</source>
        <translation>Die letzte Änderung an diesem Projekt wurde unterbrochen; sie wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>Merged. Undo takes the whole merge back.</source>
        <translation>Zusammengeführt. Rückgängig nimmt die ganze Zusammenführung zurück.</translation>
    </message>
    <message>
        <source>Share Changes as a Pack</source>
        <translation>Änderungen als Paket weitergeben</translation>
    </message>
    <message>
        <source>Packs (*.rwpack)</source>
        <translation>Pakete (*.rwpack)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n change(s)). Others merge it with File &gt; Merge a Copy; the workbench offers packs it finds in this folder when a project opens.</source>
        <translation>
            <numerusform>%1 geschrieben (%n Änderung). Andere führen es mit Datei &gt; Kopie zusammenführen zusammen; die Workbench bietet Pakete aus diesem Ordner beim Öffnen eines Projekts an.</numerusform>
            <numerusform>%1 geschrieben (%n Änderungen). Andere führen es mit Datei &gt; Kopie zusammenführen zusammen; die Workbench bietet Pakete aus diesem Ordner beim Öffnen eines Projekts an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from the Team</source>
        <translation>Änderungen aus dem Team</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) in the exchange folder %1 hold changes this project lacks. Look at them before merging?</source>
        <translation>
            <numerusform>%n Paket im Austauschordner %1 enthält Änderungen, die diesem Projekt fehlen. Vor dem Zusammenführen ansehen?</numerusform>
            <numerusform>%n Pakete im Austauschordner %1 enthalten Änderungen, die diesem Projekt fehlen. Vor dem Zusammenführen ansehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge a Copy...</source>
        <translation>Kopie zusa&amp;mmenführen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Merge a Copy</source>
        <translation>Kopie zusammenführen</translation>
    </message>
    <message>
        <source>Copies of this project (*.readiness *.rwpack);;All files (*)</source>
        <translation>Kopien dieses Projekts (*.readiness *.rwpack);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Con&amp;flicts...</source>
        <translation>K&amp;onflikte …</translation>
    </message>
    <message>
        <source>S&amp;hare Changes as a Pack...</source>
        <translation>Änderungen als Paket &amp;weitergeben …</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from merging copies wait for a decision: File &gt; Conflicts.</source>
        <translation>
            <numerusform>%n Konflikt aus dem Zusammenführen von Kopien wartet auf eine Entscheidung: Datei &gt; Konflikte.</numerusform>
            <numerusform>%n Konflikte aus dem Zusammenführen von Kopien warten auf eine Entscheidung: Datei &gt; Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host a Workshop...</source>
        <translation>Workshop &amp;ausrichten …</translation>
    </message>
    <message>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <source>&amp;Join a Workshop...</source>
        <translation>Einem Workshop &amp;beitreten …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Leave the Workshop</source>
        <translation>Workshop &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>No recommendation is open, so there is no plan of action to export; an OSCAL POA&amp;M needs at least one item. Add recommendations on the Findings page.</source>
        <translation>Keine Empfehlung ist offen, also gibt es keinen Maßnahmenplan zu exportieren; ein OSCAL-POA&amp;M braucht mindestens einen Eintrag. Legen Sie Empfehlungen auf der Seite Befunde an.</translation>
    </message>
    <message>
        <source>OSCAL &amp;Plan of Action and Milestones...</source>
        <translation>OSCAL-&amp;Maßnahmenplan mit Meilensteinen...</translation>
    </message>
    <message>
        <source>Export an OSCAL Plan of Action and Milestones</source>
        <translation>OSCAL-Maßnahmenplan exportieren</translation>
    </message>
    <message>
        <source>OSCAL plan of action and milestones (*.json)</source>
        <translation>OSCAL-Maßnahmenplan (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is no results file.</source>
        <translation>%1 ist größer als 64 MB; das ist keine Ergebnisdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s). Undo takes the whole import back.</source>
        <translation>
            <numerusform>%n Änderung importiert. Rückgängig nimmt den ganzen Import zurück.</numerusform>
            <numerusform>%n Änderungen importiert. Rückgängig nimmt den ganzen Import zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Results (*.csv *.json);;All files (*)</source>
        <translation>Ergebnisse (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire for Others (HTML)...</source>
        <translation>&amp;Fragebogen für andere (HTML)...</translation>
    </message>
    <message>
        <source>Export a Questionnaire</source>
        <translation>Fragebogen exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>&amp;Project onto Another Framework...</source>
        <translation>Auf ein anderes Rahmenwerk &amp;übertragen...</translation>
    </message>
    <message>
        <source>Import Res&amp;ults...</source>
        <translation>Er&amp;gebnisse importieren...</translation>
    </message>
    <message>
        <source>Si&amp;gning Identities...</source>
        <translation>Signaturiden&amp;titäten...</translation>
    </message>
    <message>
        <source>C&amp;lose Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>N&amp;ot Assessed</source>
        <translation>Nicht be&amp;wertet</translation>
    </message>
    <message>
        <source>E&amp;xport Results</source>
        <translation>E&amp;rgebnisse exportieren</translation>
    </message>
    <message>
        <source>Start the Next Assessment</source>
        <translation>Nächste Bewertung beginnen</translation>
    </message>
    <message>
        <source>The next assessment needs a file of its own.</source>
        <translation>Die nächste Bewertung braucht eine eigene Datei.</translation>
    </message>
    <message numerus="yes">
        <source>The next assessment: %n item(s) to assess again; last cycle&apos;s answers are shown beside each item.</source>
        <translation>
            <numerusform>Die nächste Bewertung: %n Punkt erneut zu bewerten; die Antworten des letzten Zyklus stehen neben jedem Punkt.</numerusform>
            <numerusform>Die nächste Bewertung: %n Punkte erneut zu bewerten; die Antworten des letzten Zyklus stehen neben jedem Punkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the Next &amp;Assessment...</source>
        <translation>Nächste Bewert&amp;ung beginnen...</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>covers it</source>
        <translation>deckt sie ab</translation>
    </message>
    <message>
        <source>part of it</source>
        <translation>ein Teil davon</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>überschneidet sich</translation>
    </message>
    <message>
        <source>not related</source>
        <translation>ohne Bezug</translation>
    </message>
    <message>
        <source>%1 is not a mapping library: it has no objects.requirement_mapping_set.</source>
        <translation>%1 ist keine Zuordnungsbibliothek: sie hat kein objects.requirement_mapping_set.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a mapping library: %2</source>
        <translation>%1 kann nicht als Zuordnungsbibliothek gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mapping relates none of the requirements of %1 to those of %2; is it the mapping between these two frameworks?</source>
        <translation>Die Zuordnung setzt keine Anforderung von %1 mit denen von %2 in Beziehung; ist es die Zuordnung zwischen diesen beiden Rahmenwerken?</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Carried over from %1: %2. Review before relying on it.</source>
        <translation>Übernommen aus %1: %2. Prüfen Sie es, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not made from %2: only %3 of its %4 requirements are items of the assessment.</source>
        <translation>%1 wurde nicht aus %2 erstellt: nur %3 seiner %4 Anforderungen sind Punkte der Bewertung.</translation>
    </message>
    <message>
        <source>%1 (projected from %2)</source>
        <translation>%1 (übertragen aus %2)</translation>
    </message>
    <message>
        <source>Created %1: %2 of %3 requirements of %4 reached by the mapping, %5 answers carried over for review (%6 links between the two frameworks used).</source>
        <translation>%1 erstellt: %2 von %3 Anforderungen von %4 von der Zuordnung erreicht, %5 Antworten zur Prüfung übernommen (%6 Verknüpfungen zwischen den beiden Rahmenwerken genutzt).</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation>Readiness-Bewertung</translation>
    </message>
    <message>
        <source>System under assessment</source>
        <translation>Bewertetes System</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Datum der Bewertung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>%1, %2 (certificate SHA-256 %3)</source>
        <translation>%1, %2 (Zertifikat SHA-256 %3)</translation>
    </message>
    <message>
        <source>## Executive summary</source>
        <translation>## Zusammenfassung</translation>
    </message>
    <message>
        <source>**Score %1 / 100 · Grade %2 · %3**</source>
        <translation>**Bewertung %1 / 100 · Note %2 · %3**</translation>
    </message>
    <message>
        <source>**Not scored yet** (no applicable item has been assessed).</source>
        <translation>**Noch nicht bewertet** (kein zutreffender Prüfpunkt wurde bewertet).</translation>
    </message>
    <message>
        <source>- Computed score: %1 (grade %2, %3)</source>
        <translation>- Berechnete Bewertung: %1 (Note %2, %3)</translation>
    </message>
    <message>
        <source>- Adjusted score: %1 (grade %2, %3)</source>
        <translation>- Angepasste Bewertung: %1 (Note %2, %3)</translation>
    </message>
    <message>
        <source>- Reason for the adjustment: %1</source>
        <translation>- Begründung der Anpassung: %1</translation>
    </message>
    <message>
        <source>- %1 adjusted from %2 to %3: %4</source>
        <translation>- %1 angepasst von %2 auf %3: %4</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed.</source>
        <translation>%1 von %2 Prüfpunkten bewertet.</translation>
    </message>
    <message>
        <source>Every domain with a target meets it.</source>
        <translation>Jeder Bereich mit Ziel erreicht es.</translation>
    </message>
    <message>
        <source>**Domains below their target:**</source>
        <translation>**Bereiche unter ihrem Ziel:**</translation>
    </message>
    <message>
        <source>- %1: %2, target ≥ %3 %</source>
        <translation>- %1: %2, Ziel ≥ %3 %</translation>
    </message>
    <message numerus="yes">
        <source>**%n unmet blocker(s)**: the status is %1 whatever the score.</source>
        <translation>
            <numerusform>**%n unerfüllter Blocker**: Der Status ist %1, unabhängig von der Bewertung.</numerusform>
            <numerusform>**%n unerfüllte Blocker**: Der Status ist %1, unabhängig von der Bewertung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>effort not estimated</source>
        <translation>Aufwand nicht geschätzt</translation>
    </message>
    <message>
        <source>## Scores by domain</source>
        <translation>## Bewertungen nach Bereich</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Earned / possible</source>
        <translation>Erreicht / möglich</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 (computed %2)</source>
        <translation>%1 (berechnet %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source> ✅ met</source>
        <translation> ✅ erreicht</translation>
    </message>
    <message>
        <source> ❌ missed</source>
        <translation> ❌ verfehlt</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>## Checklists</source>
        <translation>## Checklisten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source> **(blocker)**</source>
        <translation> **(Blocker)**</translation>
    </message>
    <message>
        <source>### Open gaps</source>
        <translation>### Offene Lücken</translation>
    </message>
    <message>
        <source>Every applicable item is met.</source>
        <translation>Jeder zutreffende Prüfpunkt ist erfüllt.</translation>
    </message>
    <message>
        <source> **Blocker.**</source>
        <translation> **Blocker.**</translation>
    </message>
    <message>
        <source>### %1 priority (%2)</source>
        <translation>### Priorität %1 (%2)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>## Risks</source>
        <translation>## Risiken</translation>
    </message>
    <message>
        <source>Probability \\ Impact</source>
        <translation>Wahrscheinlichkeit \\ Auswirkung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>## Key performance indicators</source>
        <translation>## Kennzahlen (KPIs)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>✅ pass</source>
        <translation>✅ bestanden</translation>
    </message>
    <message>
        <source>❌ fail</source>
        <translation>❌ nicht bestanden</translation>
    </message>
    <message>
        <source>## Since the last milestone</source>
        <translation>## Seit dem letzten Meilenstein</translation>
    </message>
    <message>
        <source>Compared with milestone &quot;%1&quot; of %2.</source>
        <translation>Verglichen mit dem Meilenstein „%1“ vom %2.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>**Overall**</source>
        <translation>**Gesamt**</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed status:</source>
        <translation>
            <numerusform>%n Prüfpunkt hat den Status geändert:</numerusform>
            <numerusform>%n Prüfpunkte haben den Status geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>## Sign-offs</source>
        <translation>## Freigaben</translation>
    </message>
    <message>
        <source>No approver has signed off yet.</source>
        <translation>Noch hat niemand freigegeben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>## Evidence manifest</source>
        <translation>## Nachweisverzeichnis</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>Es sind keine Nachweise angehängt.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Generated by %1 on %2 from %3. Audit log: %4 entries, head hash `%5`.</source>
        <translation>Erzeugt von %1 am %2 aus %3. Prüfprotokoll: %4 Einträge, Kopf-Hash `%5`.</translation>
    </message>
    <message>
        <source>This report is signed: its detached signature is the file beside it with the suffix .p7s. Check it with `readiness-cli verify` or `openssl cms -verify -binary -inform DER`.</source>
        <translation>Dieser Bericht ist signiert: Seine abgelöste Signatur ist die Datei daneben mit der Endung .p7s. Prüfen Sie sie mit `readiness-cli verify` oder `openssl cms -verify -binary -inform DER`.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>## Scope and limitations</source>
        <translation>## Umfang und Einschränkungen</translation>
    </message>
    <message>
        <source>The scope was not recorded.</source>
        <translation>Der Umfang wurde nicht festgehalten.</translation>
    </message>
    <message>
        <source>## Method and rating scale</source>
        <translation>## Methode und Bewertungsskala</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Shown score</source>
        <translation>Angezeigte Bewertung</translation>
    </message>
    <message>
        <source>**Critical and high findings** (%1 h in total):</source>
        <translation>**Kritische und hohe Befunde** (insgesamt %1 h):</translation>
    </message>
    <message>
        <source>## Gaps and findings</source>
        <translation>## Lücken und Befunde</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Total effort of all findings: %1 h.</source>
        <translation>Gesamtaufwand aller Befunde: %1 h.</translation>
    </message>
    <message>
        <source>Open risks by probability (rows) and impact (columns):</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit (Zeilen) und Auswirkung (Spalten):</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Assessment period</source>
        <translation>Bewertungszeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>**Evidence to look at again**: %1 and %2 (see the evidence manifest).</source>
        <translation>**Erneut zu prüfende Nachweise**: %1 und %2 (siehe Nachweisverzeichnis).</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence expired, dated outside the assessment period or rejected</source>
        <translation>
            <numerusform>%n Nachweis abgelaufen, außerhalb des Bewertungszeitraums datiert oder abgelehnt</numerusform>
            <numerusform>%n Nachweise abgelaufen, außerhalb des Bewertungszeitraums datiert oder abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) whose only evidence was rejected</source>
        <translation>
            <numerusform>%n Punkt, dessen einziger Nachweis abgelehnt wurde</numerusform>
            <numerusform>%n Punkte, deren einziger Nachweis abgelehnt wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>**The review is open**: %1 and %2 (see the sign-offs).</source>
        <translation>**Die Prüfung ist offen**: %1 und %2 (siehe Freigaben).</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n markierter Punkt</numerusform>
            <numerusform>%n markierte Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n offene Diskussion</numerusform>
            <numerusform>%n offene Diskussionen</numerusform>
        </translation>
    </message>
    <message>
        <source>### Findings in detail</source>
        <translation>### Feststellungen im Einzelnen</translation>
    </message>
    <message>
        <source>### Review</source>
        <translation>### Prüfung</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>No item is flagged for review and every comment thread is resolved.</source>
        <translation>Kein Punkt ist zur Prüfung markiert und jede Diskussion ist erledigt.</translation>
    </message>
    <message>
        <source>- **%1** (%2) flagged for review: %3</source>
        <translation>- **%1** (%2) zur Prüfung markiert: %3</translation>
    </message>
    <message>
        <source>- **%1** (%2) unresolved comment by %3, %4: %5</source>
        <translation>- **%1** (%2) offener Kommentar von %3, %4: %5</translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n Antwort)</numerusform>
            <numerusform>(%n Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s)</source>
        <translation>
            <numerusform>%n frühere Version</numerusform>
            <numerusform>%n frühere Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>### Evidence to look at again</source>
        <translation>### Erneut zu prüfende Nachweise</translation>
    </message>
    <message>
        <source>Items whose only evidence was rejected:</source>
        <translation>Punkte, deren einziger Nachweis abgelehnt wurde:</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>the copies are of different assessments (&quot;%1&quot;, identity %2, and &quot;%3&quot;, identity %4): only copies of one project can be merged</source>
        <translation>die Kopien gehören zu verschiedenen Bewertungen („%1“, Identität %2, und „%3“, Identität %4): Nur Kopien eines Projekts können zusammengeführt werden</translation>
    </message>
    <message>
        <source>the copies do not begin with the same entry: they share no history</source>
        <translation>die Kopien beginnen nicht mit demselben Eintrag: Sie haben keine gemeinsame Geschichte</translation>
    </message>
    <message>
        <source>device %1&apos;s entry at %2 differs between the copies (%3 and %4): one of them had its history rewritten</source>
        <translation>der Eintrag von Gerät %1 um %2 unterscheidet sich zwischen den Kopien (%3 und %4): Bei einer wurde die Geschichte umgeschrieben</translation>
    </message>
    <message>
        <source>the other copy&apos;s entry %1 is chained the old way but this copy does not hold it: the copies&apos; histories split before the project format could merge them</source>
        <translation>der Eintrag %1 der anderen Kopie ist auf die alte Weise verkettet, fehlt aber in dieser Kopie: Die Geschichten der Kopien trennten sich, bevor das Projektformat sie zusammenführen konnte</translation>
    </message>
    <message>
        <source>the merged log cannot be replayed: %1</source>
        <translation>das zusammengeführte Protokoll kann nicht nachgespielt werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its audit log is not intact (%2)</source>
        <translation>%1 kann nicht zusammengeführt werden: Sein Prüfprotokoll ist nicht unverändert (%2)</translation>
    </message>
    <message>
        <source>the pack cannot be trusted: %1</source>
        <translation>dem Paket kann nicht vertraut werden: %1</translation>
    </message>
    <message>
        <source>the other copy&apos;s entry %1 follows an entry neither copy holds: make the pack for this copy (pack --for) or since an older head</source>
        <translation>der Eintrag %1 der anderen Kopie folgt einem Eintrag, den keine der Kopien hat: Erstellen Sie das Paket für diese Kopie (pack --for) oder seit einem älteren Kopf</translation>
    </message>
    <message>
        <source>the evidence &quot;%1&quot; (SHA-256 %2) is in neither copy: the other copy or pack lacks its bytes</source>
        <translation>der Nachweis „%1“ (SHA-256 %2) ist in keiner Kopie: Der anderen Kopie oder dem Paket fehlen seine Bytes</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 kann nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>the evidence bytes %1 are missing</source>
        <translation>die Nachweis-Bytes %1 fehlen</translation>
    </message>
    <message>
        <source>%1 is a project, not a pack.</source>
        <translation>%1 ist ein Projekt, kein Paket.</translation>
    </message>
    <message>
        <source>%1 is a pack of a newer format (%2; this version reads up to %3). Update Readiness Workbench to merge it; nothing was changed.</source>
        <translation>%1 ist ein Paket eines neueren Formats (%2; diese Version liest bis %3). Aktualisieren Sie Readiness Workbench, um es zusammenzuführen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The pack %1 is damaged or cut short: %2</source>
        <translation>Das Paket %1 ist beschädigt oder abgeschnitten: %2</translation>
    </message>
    <message>
        <source>it has no description of what it holds</source>
        <translation>es beschreibt nicht, was es enthält</translation>
    </message>
    <message>
        <source>it should hold %1 entries but holds %2</source>
        <translation>es sollte %1 Einträge enthalten, enthält aber %2</translation>
    </message>
    <message>
        <source>the log holds no entry %1 (give a head&apos;s hash, at least its first 12 digits, as log or a report shows it)</source>
        <translation>das Protokoll enthält keinen Eintrag %1 (geben Sie den Hash eines Kopfes an, mindestens seine ersten 12 Ziffern, wie log oder ein Bericht ihn zeigt)</translation>
    </message>
    <message>
        <source>the evidence bytes %1 do not match their SHA-256: they were changed or cut short</source>
        <translation>die Nachweis-Bytes %1 passen nicht zu ihrem SHA-256: Sie wurden geändert oder abgeschnitten</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the pack.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen für das Paket.</translation>
    </message>
    <message>
        <source>the pack could not be moved to %1</source>
        <translation>das Paket konnte nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>The pack %1 could not be written: %2</source>
        <translation>Das Paket %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the evidence bytes %1 did not come with the entries</source>
        <translation>die Nachweisdaten %1 kamen nicht mit den Einträgen</translation>
    </message>
    <message>
        <source>this copy has entries of its own to send first</source>
        <translation>diese Kopie hat zuerst eigene Einträge zu senden</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>The project to merge into.</source>
        <translation>Das Projekt, in das zusammengeführt wird.</translation>
    </message>
    <message>
        <source>FROM...</source>
        <translation>VON...</translation>
    </message>
    <message>
        <source>Show what merging would do; change nothing.</source>
        <translation>Zeigen, was das Zusammenführen bewirken würde; nichts ändern.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into %2: %3.</source>
        <translation>%1 kann nicht in %2 zusammengeführt werden: %3.</translation>
    </message>
    <message>
        <source>(removed items)</source>
        <translation>(entfernte Punkte)</translation>
    </message>
    <message numerus="yes">
        <source>Merging %1 into %2 would bring %n change(s) (nothing was changed):</source>
        <translation>
            <numerusform>Das Zusammenführen von %1 in %2 brächte %n Änderung (nichts wurde geändert):</numerusform>
            <numerusform>Das Zusammenführen von %1 in %2 brächte %n Änderungen (nichts wurde geändert):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds nothing that %2 lacks.</source>
        <translation>%1 enthält nichts, was %2 fehlt.</translation>
    </message>
    <message>
        <source>By person: %1</source>
        <translation>Nach Person: %1</translation>
    </message>
    <message>
        <source>By domain: %1</source>
        <translation>Nach Bereich: %1</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Overall: %1 -&gt; %2</source>
        <translation>Gesamt: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), each shown with the value every copy keeps until somebody decides:</source>
        <translation>
            <numerusform>%n Konflikt, jeweils mit dem Wert, den jede Kopie behält, bis jemand entscheidet:</numerusform>
            <numerusform>%n Konflikte, jeweils mit dem Wert, den jede Kopie behält, bis jemand entscheidet:</numerusform>
        </translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>here %1 (%2), there %3 (%4); kept: %5</source>
        <translation>hier %1 (%2), dort %3 (%4); behalten: %5</translation>
    </message>
    <message>
        <source>Bring copies of a project (project files or packs) together: what each copy adds, the conflicts, how the scores move.</source>
        <translation>Kopien eines Projekts (Projektdateien oder Pakete) zusammenführen: was jede Kopie hinzufügt, die Konflikte, wie sich die Bewertungen ändern.</translation>
    </message>
    <message>
        <source>One or more copies of it: project files or packs.</source>
        <translation>Eine oder mehrere Kopien davon: Projektdateien oder Pakete.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be merged into: its audit log is not intact (%2).</source>
        <translation>In %1 kann nicht zusammengeführt werden: Sein Prüfprotokoll ist nicht unverändert (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n change(s).</source>
        <translation>
            <numerusform>%1 in %2 zusammengeführt: %n Änderung.</numerusform>
            <numerusform>%1 in %2 zusammengeführt: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence files copied: %1</source>
        <translation>Kopierte Nachweisdateien: %1</translation>
    </message>
    <message>
        <source>created in both copies; one is now %1</source>
        <translation>in beiden Kopien angelegt; einer heißt jetzt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision: open the project in the workbench (File &gt; Conflicts).</source>
        <translation>
            <numerusform>%n Konflikt wartet auf eine Entscheidung: Öffnen Sie das Projekt in der Workbench (Datei &gt; Konflikte).</numerusform>
            <numerusform>%n Konflikte warten auf eine Entscheidung: Öffnen Sie das Projekt in der Workbench (Datei &gt; Konflikte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a Copy</source>
        <translation>Kopie zusammenführen</translation>
    </message>
    <message>
        <source>What the other copies changed</source>
        <translation>Was die anderen Kopien geändert haben</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Wer und wo</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>How the scores would move</source>
        <translation>Wie sich die Bewertungen ändern würden</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After merging</source>
        <translation>Nach dem Zusammenführen</translation>
    </message>
    <message>
        <source>Conflicts: both copies changed the same thing</source>
        <translation>Konflikte: Beide Kopien haben dasselbe geändert</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Dort</translation>
    </message>
    <message>
        <source>Shown until decided</source>
        <translation>Angezeigt bis zur Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2.</source>
        <translation>%1 kann nicht zusammengeführt werden: %2.</translation>
    </message>
    <message>
        <source>%1 holds nothing this project lacks.</source>
        <translation>%1 enthält nichts, was diesem Projekt fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %1 brings %n change(s) into this project. Nothing changes until you choose Merge; Undo takes the whole merge back.</source>
        <translation>
            <numerusform>Das Zusammenführen von %1 bringt %n Änderung in dieses Projekt. Nichts ändert sich, bis Sie Zusammenführen wählen; Rückgängig nimmt die ganze Zusammenführung zurück.</numerusform>
            <numerusform>Das Zusammenführen von %1 bringt %n Änderungen in dieses Projekt. Nichts ändert sich, bis Sie Zusammenführen wählen; Rückgängig nimmt die ganze Zusammenführung zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: %1 now, %2 after merging.</source>
        <translation>Gesamtbewertung: jetzt %1, nach dem Zusammenführen %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) come with it.</source>
        <translation>
            <numerusform>%n Nachweisdatei kommt mit.</numerusform>
            <numerusform>%n Nachweisdateien kommen mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed items</source>
        <translation>Entfernte Punkte</translation>
    </message>
    <message>
        <source>Other records (%1)</source>
        <translation>Andere Datensätze (%1)</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>Nach Person</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Nach Bereich</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>both kept; one renamed</source>
        <translation>beide behalten; einer umbenannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None: nobody changed what another changed.</source>
        <translation>Keine: Niemand hat geändert, was ein anderer geändert hat.</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Meilensteine:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>&amp;Save Milestone...</source>
        <translation>Meilenstein &amp;speichern...</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Scores across milestones</source>
        <translation>Bewertungen über die Meilensteine</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Vergleichen von</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare &amp;from</source>
        <translation>Vergleichen &amp;von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>Score changes</source>
        <translation>Änderungen der Bewertung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Items whose status changed</source>
        <translation>Prüfpunkte mit geändertem Status</translation>
    </message>
    <message>
        <source>Save Milestone</source>
        <translation>Meilenstein speichern</translation>
    </message>
    <message>
        <source>&amp;Name of the milestone:</source>
        <translation>&amp;Name des Meilensteins:</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Überprüfung %1</translation>
    </message>
    <message>
        <source>Rename Milestone</source>
        <translation>Meilenstein umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, taken by %2 on %3</source>
        <translation>%1, erstellt von %2 am %3</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>+%1 points ▲</source>
        <translation>+%1 Punkte ▲</translation>
    </message>
    <message>
        <source>%1 points ▼</source>
        <translation>%1 Punkte ▼</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No item changed its status.</source>
        <translation>Kein Prüfpunkt hat seinen Status geändert.</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create a project from a template.</source>
        <translation>Ein Projekt aus einer Vorlage erstellen.</translation>
    </message>
    <message>
        <source>The project file to create (.readiness); never overwritten.</source>
        <translation>Die zu erstellende Projektdatei (.readiness); wird nie überschrieben.</translation>
    </message>
    <message>
        <source>A built-in template id (see &apos;templates&apos;) or a template file.</source>
        <translation>Eine eingebaute Vorlagen-ID (siehe „templates“) oder eine Vorlagendatei.</translation>
    </message>
    <message>
        <source>id|path</source>
        <translation>id|pfad</translation>
    </message>
    <message>
        <source>The assessment&apos;s title (default: the template&apos;s).</source>
        <translation>Der Titel der Bewertung (Standard: der der Vorlage).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>--template is required (a built-in id or a template file).</source>
        <translation>--template ist erforderlich (eine eingebaute ID oder eine Vorlagendatei).</translation>
    </message>
    <message>
        <source>Created %1 from %2: %3 domains, %4 items.</source>
        <translation>%1 aus %2 erstellt: %3 Bereiche, %4 Prüfpunkte.</translation>
    </message>
    <message>
        <source>For a framework library: only these implementation groups, comma-separated (default: all).</source>
        <translation>Bei einer Framework-Bibliothek: nur diese Implementierungsgruppen, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>For a framework library: the language to read it in, one of its translations (default: the library&apos;s own).</source>
        <translation>Für eine Framework-Bibliothek: die Sprache, in der sie gelesen wird, eine ihrer Übersetzungen (Standard: die eigene der Bibliothek).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New Assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Choose a checklist</source>
        <translation>Checkliste wählen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>%1 (%2 domains, %3 items)</source>
        <translation>%1 (%2 Bereiche, %3 Prüfpunkte)</translation>
    </message>
    <message>
        <source>Name the assessment</source>
        <translation>Bewertung benennen</translation>
    </message>
    <message>
        <source>The project file holds everything: answers, evidence and history.</source>
        <translation>Die Projektdatei enthält alles: Antworten, Nachweise und Verlauf.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Save the New Project As</source>
        <translation>Neues Projekt speichern unter</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness)</source>
        <translation>Readiness-Projekte (*.readiness)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>&amp;Projektdatei:</translation>
    </message>
    <message>
        <source>Choose a Template</source>
        <translation>Vorlage wählen</translation>
    </message>
    <message>
        <source>Choose a template to start from.</source>
        <translation>Wählen Sie eine Vorlage als Ausgangspunkt.</translation>
    </message>
    <message>
        <source>The assessment needs a title.</source>
        <translation>Die Bewertung braucht einen Titel.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Start from a built-in template, or from a checklist file: a template, an OSCAL catalog or profile, a Well-Architected lens, a framework library (YAML), a questionnaire or a CSV file.</source>
        <translation>Mit einer eingebauten Vorlage beginnen oder mit einer Checklisten-Datei: einer Vorlage, einem OSCAL-Katalog oder -Profil, einer Well-Architected-Lens, einer Framework-Bibliothek (YAML), einem Fragebogen oder einer CSV-Datei.</translation>
    </message>
    <message>
        <source>Domains of the chosen checklist</source>
        <translation>Bereiche der gewählten Checkliste</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Use a Checklist &amp;File...</source>
        <translation>Checklisten-&amp;Datei verwenden...</translation>
    </message>
    <message>
        <source>Choose a Checklist File</source>
        <translation>Checklisten-Datei wählen</translation>
    </message>
    <message>
        <source>Checklists (*.json *.yaml *.yml *.csv);;All files (*)</source>
        <translation>Checklisten (*.json *.yaml *.yml *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Implementation Groups</source>
        <translation>Implementierungsgruppen</translation>
    </message>
    <message>
        <source>%1 sorts its requirements into implementation groups. Which groups does this assessment cover? Requirements in no group are always included.</source>
        <translation>%1 ordnet seine Anforderungen Implementierungsgruppen zu. Welche Gruppen deckt diese Bewertung ab? Anforderungen ohne Gruppe sind immer enthalten.</translation>
    </message>
    <message>
        <source>Not read: no implementation groups were chosen.</source>
        <translation>Nicht gelesen: Es wurden keine Implementierungsgruppen gewählt.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading a Checklist</source>
        <translation>Checkliste wird gelesen</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2 domains, %3 items, from %4)</source>
        <translation>%1 (%2 Bereiche, %3 Prüfpunkte, aus %4)</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>bewertung</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose another place.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>NextCycleCommand</name>
    <message>
        <source>Start the next assessment: a new project with the same checklist and evidence, statuses reset, this cycle&apos;s answers beside each item and its milestones to compare against.</source>
        <translation>Die nächste Bewertung beginnen: ein neues Projekt mit derselben Checkliste und denselben Nachweisen, Status zurückgesetzt, die Antworten dieses Zyklus neben jedem Punkt und seine Meilensteine zum Vergleich.</translation>
    </message>
    <message>
        <source>The project of this cycle.</source>
        <translation>Das Projekt dieses Zyklus.</translation>
    </message>
    <message>
        <source>The new project file.</source>
        <translation>Die neue Projektdatei.</translation>
    </message>
    <message>
        <source>The new assessment&apos;s title.</source>
        <translation>Der Titel der neuen Bewertung.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 items to assess again, %3 pieces of evidence carried over, %4 milestones to compare against.</source>
        <translation>%1 geschrieben: %2 Punkte erneut zu bewerten, %3 Nachweise übernommen, %4 Meilensteine zum Vergleich.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Write the changes another copy lacks (entries and evidence) to a pack, small enough to mail.</source>
        <translation>Die Änderungen, die einer anderen Kopie fehlen (Einträge und Nachweise), in ein Paket schreiben, klein genug zum Versenden.</translation>
    </message>
    <message>
        <source>The project to take the changes from.</source>
        <translation>Das Projekt, aus dem die Änderungen stammen.</translation>
    </message>
    <message>
        <source>The other copy (a project or a pack it made): only what it lacks.</source>
        <translation>Die andere Kopie (ein Projekt oder ein Paket von ihr): nur was ihr fehlt.</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>ANDERE</translation>
    </message>
    <message>
        <source>Only the entries after these heads (hashes as log or a report shows them).</source>
        <translation>Nur die Einträge nach diesen Köpfen (Hashes, wie log oder ein Bericht sie zeigt).</translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation>KOPF</translation>
    </message>
    <message>
        <source>The pack to write (.rwpack).</source>
        <translation>Das zu schreibende Paket (.rwpack).</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>Name the pack to write with -o PACK.</source>
        <translation>Nennen Sie das zu schreibende Paket mit -o PAKET.</translation>
    </message>
    <message>
        <source>Say what the other copy holds: --for OTHER or --since HEAD (one of them).</source>
        <translation>Geben Sie an, was die andere Kopie enthält: --for ANDERE oder --since KOPF (eines davon).</translation>
    </message>
    <message>
        <source>%1 cannot be packed: its audit log is not intact (%2).</source>
        <translation>%1 kann nicht verpackt werden: Sein Prüfprotokoll ist nicht unverändert (%2).</translation>
    </message>
    <message>
        <source>%1 is a copy of another assessment (&quot;%2&quot;), not of &quot;%3&quot;.</source>
        <translation>%1 ist eine Kopie einer anderen Bewertung („%2“), nicht von „%3“.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n change(s), %2.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Änderung, %2.</numerusform>
            <numerusform>%1 geschrieben: %n Änderungen, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathToReady</name>
    <message>
        <source>Nothing has been scored yet.</source>
        <translation>Es wurde noch nichts bewertet.</translation>
    </message>
    <message>
        <source>%1 cannot reach its target of %2 % even with every open item met.</source>
        <translation>%1 erreicht sein Ziel von %2 % nicht einmal, wenn jeder offene Punkt erfüllt ist.</translation>
    </message>
    <message>
        <source>The overall score cannot reach %1 % even with every open item met.</source>
        <translation>Die Gesamtbewertung erreicht %1 % nicht einmal, wenn jeder offene Punkt erfüllt ist.</translation>
    </message>
    <message>
        <source>No set of open items meets every target and the Ready threshold together.</source>
        <translation>Keine Auswahl offener Punkte erreicht alle Ziele und die Bereitschaftsschwelle zugleich.</translation>
    </message>
</context>
<context>
    <name>PathToReadyPanel</name>
    <message>
        <source>Path to ready: the least work that makes the assessment Ready and meets every target</source>
        <translation>Weg zur Bereitschaft: die geringste Arbeit, die die Bewertung auf Bereit bringt und jedes Ziel erreicht</translation>
    </message>
    <message>
        <source>Steps to ready</source>
        <translation>Schritte zur Bereitschaft</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Bewertung danach</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Status danach</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Already ready: the assessment is Ready and every domain meets its target.</source>
        <translation>Bereits bereit: Die Bewertung ist Bereit, und jeder Bereich erreicht sein Ziel.</translation>
    </message>
    <message>
        <source>Ready cannot be reached yet:</source>
        <translation>Bereit ist noch nicht erreichbar:</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 in all. Efforts come from each item&apos;s estimate or its recommendations; the plan uses the computed scores.</source>
        <translation>
            <numerusform>%n Schritt, insgesamt %1. Aufwände stammen aus der Schätzung jedes Prüfpunkts oder seinen Empfehlungen; der Plan nutzt die berechneten Bewertungen.</numerusform>
            <numerusform>%n Schritte, insgesamt %1. Aufwände stammen aus der Schätzung jedes Prüfpunkts oder seinen Empfehlungen; der Plan nutzt die berechneten Bewertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source> The checklist is too large to prove this plan the smallest; it is the best one found.</source>
        <translation> Die Checkliste ist zu groß, um zu beweisen, dass dieser Plan der kleinste ist; es ist der beste gefundene.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have no estimate yet and count %1 each; give one in the item&apos;s Effort field.</source>
        <translation>
            <numerusform>%n Schritt hat noch keine Schätzung und zählt %1; geben Sie eine im Feld Aufwand des Punkts an.</numerusform>
            <numerusform>%n Schritte haben noch keine Schätzung und zählen je %1; geben Sie eine im Feld Aufwand des Punkts an.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No estimate yet: counted at the default effort.</source>
        <translation>Noch keine Schätzung: mit dem Standardaufwand gezählt.</translation>
    </message>
</context>
<context>
    <name>PdfNavigation</name>
    <message>
        <source>The PDF&apos;s outline cannot be added: %1</source>
        <translation>Die Gliederung des PDF kann nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The overall readiness score is %1 of 100: grade %2, %3.</source>
        <translation>Die Gesamtbewertung der Bereitschaft ist %1 von 100: Note %2, %3.</translation>
    </message>
    <message>
        <source>The assessment is not scored yet: no applicable item has been assessed.</source>
        <translation>Die Bewertung ist noch nicht bewertet: Kein zutreffender Prüfpunkt wurde bewertet.</translation>
    </message>
    <message>
        <source>Computed score %1 (grade %2, %3); adjusted score %4 (grade %5, %6).</source>
        <translation>Berechnete Bewertung %1 (Note %2, %3); angepasste Bewertung %4 (Note %5, %6).</translation>
    </message>
    <message>
        <source>Reason for the adjustment: %1</source>
        <translation>Begründung der Anpassung: %1</translation>
    </message>
    <message>
        <source>%1 adjusted from %2 to %3: %4</source>
        <translation>%1 angepasst von %2 auf %3: %4</translation>
    </message>
    <message>
        <source>Domains below their target</source>
        <translation>Bereiche unter ihrem Ziel</translation>
    </message>
    <message>
        <source>Every domain with a target meets it.</source>
        <translation>Jeder Bereich mit Ziel erreicht es.</translation>
    </message>
    <message>
        <source>%1: %2, target ≥ %3 %</source>
        <translation>%1: %2, Ziel ≥ %3 %</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>No blocker is unmet.</source>
        <translation>Kein Blocker ist unerfüllt.</translation>
    </message>
    <message>
        <source>While a blocker is unmet the status is %1 whatever the score.</source>
        <translation>Solange ein Blocker unerfüllt ist, ist der Status %1, unabhängig von der Bewertung.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Keine offen.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Scores by domain</source>
        <translation>Bewertungen nach Bereich</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Earned / possible</source>
        <translation>Erreicht / möglich</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>(computed %1)</source>
        <translation>(berechnet %1)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>(blocker)</source>
        <translation>(Blocker)</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>Offene Lücken</translation>
    </message>
    <message>
        <source>Every applicable item is met.</source>
        <translation>Jeder zutreffende Prüfpunkt ist erfüllt.</translation>
    </message>
    <message>
        <source>Item and note</source>
        <translation>Prüfpunkt und Notiz</translation>
    </message>
    <message>
        <source>%1 priority · %2 h</source>
        <translation>Priorität %1 · %2 h</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>P</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Kennzahlen (KPIs)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>Since the last milestone</source>
        <translation>Seit dem letzten Meilenstein</translation>
    </message>
    <message>
        <source>Compared with milestone “%1” of %2.</source>
        <translation>Verglichen mit dem Meilenstein „%1“ vom %2.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed status</source>
        <translation>
            <numerusform>%n Prüfpunkt hat den Status geändert</numerusform>
            <numerusform>%n Prüfpunkte haben den Status geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>No approver has signed off yet.</source>
        <translation>Noch hat niemand freigegeben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Evidence manifest</source>
        <translation>Nachweisverzeichnis</translation>
    </message>
    <message>
        <source>Every file below is stored in the project; its SHA-256 identifies the exact bytes the assessment rests on.</source>
        <translation>Jede Datei unten ist im Projekt gespeichert; ihr SHA-256 bezeichnet genau die Bytes, auf denen die Bewertung beruht.</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>Es sind keine Nachweise angehängt.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Project state</source>
        <translation>Projektstand</translation>
    </message>
    <message>
        <source>This report describes %1 as of audit log entry %2, whose hash is:</source>
        <translation>Dieser Bericht beschreibt %1 mit dem Stand von Prüfprotokolleintrag %2, dessen Hash lautet:</translation>
    </message>
    <message>
        <source>Generated by %1 on %2.</source>
        <translation>Erzeugt von %1 am %2.</translation>
    </message>
    <message>
        <source>Signed by %1; certificate SHA-256 fingerprint %2. The signature is embedded in this PDF: check it with any PDF reader, with pdfsig, or with readiness-cli verify.</source>
        <translation>Signiert von %1; SHA-256-Fingerabdruck des Zertifikats %2. Die Signatur ist in dieses PDF eingebettet: Prüfen Sie sie mit einem beliebigen PDF-Reader, mit pdfsig oder mit readiness-cli verify.</translation>
    </message>
    <message>
        <source>Readiness assessment report</source>
        <translation>Bericht zur Readiness-Bewertung</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>von 100</translation>
    </message>
    <message>
        <source>Grade %1 · %2</source>
        <translation>Note %1 · %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed</source>
        <translation>%1 von %2 Prüfpunkten bewertet</translation>
    </message>
    <message>
        <source>Adjusted; computed score %1</source>
        <translation>Angepasst; berechnete Bewertung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s)</source>
        <translation>
            <numerusform>%n unerfüllter Blocker</numerusform>
            <numerusform>%n unerfüllte Blocker</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Datum der Bewertung</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Generated by %1 from %2 · audit head %3</source>
        <translation>Erzeugt von %1 aus %2 · Prüfprotokoll-Kopf %3</translation>
    </message>
    <message>
        <source>Readiness report · %1</source>
        <translation>Readiness-Bericht · %1</translation>
    </message>
    <message>
        <source>Audit head %1 · %2</source>
        <translation>Prüfprotokoll-Kopf %1 · %2</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn.</source>
        <translation>Das PDF kann nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>Status and points</source>
        <translation>Status und Punkte</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>Scope and limitations</source>
        <translation>Umfang und Einschränkungen</translation>
    </message>
    <message>
        <source>The scope was not recorded.</source>
        <translation>Der Umfang wurde nicht festgehalten.</translation>
    </message>
    <message>
        <source>System under assessment: %1</source>
        <translation>Bewertetes System: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %1 (%n item(s) in %2 domains).</source>
        <translation>
            <numerusform>Checkliste: %1 (%n Prüfpunkt in %2 Bereichen).</numerusform>
            <numerusform>Checkliste: %1 (%n Prüfpunkte in %2 Bereichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Method and rating scale</source>
        <translation>Methode und Bewertungsskala</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <source>The bands of this checklist, on the shown whole-percent score.</source>
        <translation>Die Stufen dieser Checkliste, bezogen auf die angezeigte ganze Prozentzahl.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Shown score</source>
        <translation>Angezeigte Bewertung</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>readiness assessment</source>
        <translation>Readiness-Bewertung</translation>
    </message>
    <message>
        <source>Readiness assessment report: %1</source>
        <translation>Bericht zur Readiness-Bewertung: %1</translation>
    </message>
    <message>
        <source>Critical and high findings</source>
        <translation>Kritische und hohe Befunde</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Gaps and findings</source>
        <translation>Lücken und Befunde</translation>
    </message>
    <message>
        <source>Total effort of all findings: %1 h.</source>
        <translation>Gesamtaufwand aller Befunde: %1 h.</translation>
    </message>
    <message>
        <source>Open risks by probability and impact</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit und Auswirkung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Evidence to look at again: %1 and %2 (see the evidence manifest).</source>
        <translation>Erneut zu prüfende Nachweise: %1 und %2 (siehe Nachweisverzeichnis).</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence expired, dated outside the assessment period or rejected</source>
        <translation>
            <numerusform>%n Nachweis abgelaufen, außerhalb des Bewertungszeitraums datiert oder abgelehnt</numerusform>
            <numerusform>%n Nachweise abgelaufen, außerhalb des Bewertungszeitraums datiert oder abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) whose only evidence was rejected</source>
        <translation>
            <numerusform>%n Punkt, dessen einziger Nachweis abgelehnt wurde</numerusform>
            <numerusform>%n Punkte, deren einziger Nachweis abgelehnt wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>The review is open: %1 and %2 (see the sign-offs).</source>
        <translation>Die Prüfung ist offen: %1 und %2 (siehe Freigaben).</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n markierter Punkt</numerusform>
            <numerusform>%n markierte Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n offene Diskussion</numerusform>
            <numerusform>%n offene Diskussionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings in detail</source>
        <translation>Feststellungen im Einzelnen</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>No item is flagged for review and every comment thread is resolved.</source>
        <translation>Kein Punkt ist zur Prüfung markiert und jede Diskussion ist erledigt.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n Antwort)</numerusform>
            <numerusform>(%n Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <source>Valid until · review</source>
        <translation>Gültig bis · Prüfung</translation>
    </message>
    <message>
        <source>Evidence to look at again</source>
        <translation>Erneut zu prüfende Nachweise</translation>
    </message>
    <message>
        <source>Items whose only evidence was rejected: %1.</source>
        <translation>Punkte, deren einziger Nachweis abgelehnt wurde: %1.</translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The PDF has no page to carry a signature.</source>
        <translation>Das PDF hat keine Seite, die eine Signatur tragen kann.</translation>
    </message>
    <message>
        <source>The signature&apos;s place cannot be found in the written PDF.</source>
        <translation>Die Stelle der Signatur ist im geschriebenen PDF nicht zu finden.</translation>
    </message>
    <message>
        <source>The signature is larger than the room reserved for it.</source>
        <translation>Die Signatur ist größer als der für sie reservierte Platz.</translation>
    </message>
    <message>
        <source>The PDF cannot be signed: %1</source>
        <translation>Das PDF kann nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>This is not a PDF file.</source>
        <translation>Dies ist keine PDF-Datei.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read (%1): it is not the file that was signed.</source>
        <translation>Das PDF ist beschädigt und kann nicht gelesen werden (%1): Es ist nicht die Datei, die signiert wurde.</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translation>Das PDF trägt keine Signatur.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is malformed.</source>
        <translation>Der Bytebereich der Signatur ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The PDF was extended after it was signed: %1 bytes were added that the signature does not cover.</source>
        <translation>Das PDF wurde nach dem Signieren erweitert: %1 Bytes wurden angefügt, die die Signatur nicht abdeckt.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>The least work that makes the assessment Ready and meets every target.</source>
        <translation>Die geringste Arbeit, die die Bewertung auf Bereit bringt und jedes Ziel erreicht.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Already ready: the assessment is Ready and every domain meets its target.</source>
        <translation>Bereits bereit: Die Bewertung ist Bereit, und jeder Bereich erreicht sein Ziel.</translation>
    </message>
    <message>
        <source>Ready cannot be reached:</source>
        <translation>Bereit ist nicht erreichbar:</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 hours in all, make the assessment Ready and meet every target:</source>
        <translation>
            <numerusform>%n Schritt mit insgesamt %1 Stunden bringt die Bewertung auf Bereit und erreicht jedes Ziel:</numerusform>
            <numerusform>%n Schritte mit insgesamt %1 Stunden bringen die Bewertung auf Bereit und erreichen jedes Ziel:</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Bewertung danach</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Status danach</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>The checklist is too large to prove this plan the smallest; it is the best one found.</source>
        <translation>Die Checkliste ist zu groß, um zu beweisen, dass dieser Plan der kleinste ist; es ist der beste gefundene.</translation>
    </message>
    <message>
        <source>Hours an item without an estimate (its own or its recommendations&apos;) counts; default %1.</source>
        <translation>Stunden, die ein Punkt ohne Schätzung (eigene oder die seiner Empfehlungen) zählt; Standard %1.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>--default-effort cannot be negative.</source>
        <translation>--default-effort kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 h (default)</source>
        <translation>%1 h (Standard)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have no estimate and count %1 h each; give them one with set --effort or a recommendation with an effort.</source>
        <translation>
            <numerusform>%n Schritt hat keine Schätzung und zählt %1 h; geben Sie ihm eine mit set --effort oder einer Empfehlung mit Aufwand.</numerusform>
            <numerusform>%n Schritte haben keine Schätzung und zählen je %1 h; geben Sie ihnen eine mit set --effort oder einer Empfehlung mit Aufwand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsDelegate</name>
    <message>
        <source>Points earned</source>
        <translation>Erreichte Punkte</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>&amp;Assessor name:</source>
        <translation>Name der/des &amp;Bewertenden:</translation>
    </message>
    <message>
        <source>Recorded with every change in the audit log and proposed for new sign-offs.</source>
        <translation>Wird bei jeder Änderung im Prüfprotokoll erfasst und für neue Freigaben vorgeschlagen.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>A new interface language takes effect the next time the workbench starts.</source>
        <translation>Eine neue Sprache der Oberfläche gilt ab dem nächsten Start der Workbench.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON (for tools)</source>
        <translation>JSON (für Werkzeuge)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Sprache des &amp;Berichts:</translation>
    </message>
    <message>
        <source>&amp;Sign reports</source>
        <translation>Berichte &amp;signieren</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Signing &amp;identity:</source>
        <translation>Signatur&amp;identität:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>none (the key could not be made)</source>
        <translation>keiner (der Schlüssel konnte nicht erzeugt werden)</translation>
    </message>
    <message>
        <source>This computer&apos;s key, which signs every change it records in the audit log.</source>
        <translation>Der Schlüssel dieses Computers, der jede Änderung signiert, die er im Prüfprotokoll verzeichnet.</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Dieser Computer:</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <source>Presenter on &amp;Screen</source>
        <translation>Präsentation auf &amp;Bildschirm</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 x %4)</source>
        <translation>Bildschirm %1: %2 (%3 x %4)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter — Readiness Workbench</source>
        <translation>Präsentation — Readiness Workbench</translation>
    </message>
    <message>
        <source>Leave Presenter Mode (Esc)</source>
        <translation>Präsentationsmodus verlassen (Esc)</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>1 Met · 2 Partially met · 3 Not met · 0 Not applicable · Backspace Not assessed · N next unassessed · J / K next / previous · Ctrl+Z undo</source>
        <translation>1 Erfüllt · 2 Teilweise erfüllt · 3 Nicht erfüllt · 0 Nicht zutreffend · Rücktaste Nicht bewertet · N nächster unbewerteter · J / K nächster / vorheriger · Strg+Z rückgängig</translation>
    </message>
    <message>
        <source>Dashboard (D)</source>
        <translation>Dashboard (D)</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Kein Prüfpunkt ausgewählt</translation>
    </message>
    <message>
        <source>Press N for the next item not yet assessed, or J and K to walk the checklist.</source>
        <translation>Drücken Sie N für den nächsten noch nicht bewerteten Prüfpunkt oder J und K, um die Checkliste durchzugehen.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Noch keine Notiz.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Current Item (D)</source>
        <translation>Aktueller Prüfpunkt (D)</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n Stufe unter dem Ziel</numerusform>
            <numerusform>%n Stufen unter dem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ Flagged for review: %1</source>
        <translation>⚑ Zur Prüfung markiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n offene Diskussion</numerusform>
            <numerusform>%n offene Diskussionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a project file.</source>
        <translation>%1 ist ein Ordner oder ein Gerät, keine Projektdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). It is not a Readiness Workbench project; it may be a file whose copy or download did not finish.</source>
        <translation>%1 ist leer (0 Bytes). Es ist kein Readiness-Workbench-Projekt; vielleicht wurde das Kopieren oder Herunterladen nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 is not a Readiness Workbench project (it is not an SQLite database).</source>
        <translation>%1 ist kein Readiness-Workbench-Projekt (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 of the %3 bytes its header describes. It may have been cut short by an interrupted copy or download; open the original instead.</source>
        <translation>%1 ist abgeschnitten: Die Datei enthält %2 der %3 Bytes, die ihr Kopf angibt. Vielleicht wurde ein Kopieren oder Herunterladen unterbrochen; öffnen Sie stattdessen das Original.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Readiness Workbench project.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Readiness-Workbench-Projekt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Readiness Workbench (project format %2; this version reads up to %3). Update Readiness Workbench to open it; the file has not been changed.</source>
        <translation>%1 wurde von einer neueren Version von Readiness Workbench geschrieben (Projektformat %2; diese Version liest bis %3). Aktualisieren Sie Readiness Workbench, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is marked as a Readiness Workbench project but has no schema version; it is damaged.</source>
        <translation>%1 ist als Readiness-Workbench-Projekt gekennzeichnet, hat aber keine Schemaversion; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>%1, process %2 on host %3</source>
        <translation>%1, Prozess %2 auf Host %3</translation>
    </message>
    <message>
        <source>%1, process %2 of user %3 on host %4</source>
        <translation>%1, Prozess %2 von Benutzer %3 auf Host %4</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder that holds the file is read-only.</source>
        <translation>Der Ordner, der die Datei enthält, ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is already open in %2. Close it there, or open it read-only.</source>
        <translation>%1 ist bereits in %2 geöffnet. Schließen Sie die Datei dort, oder öffnen Sie sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>No lock can be taken beside the file.</source>
        <translation>Neben der Datei kann keine Sperre angelegt werden.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Readiness Workbench and must be upgraded, which needs write access. Open a writable copy of it.</source>
        <translation>%1 wurde von einer älteren Version von Readiness Workbench geschrieben und muss aktualisiert werden, wozu Schreibzugriff nötig ist. Öffnen Sie eine beschreibbare Kopie davon.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name. Nothing was overwritten.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be created: a file of that name appeared meanwhile.</source>
        <translation>%1 konnte nicht erstellt werden: Inzwischen ist eine Datei mit diesem Namen entstanden.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>This project is open read-only; the change was not made. %1</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet; die Änderung wurde nicht vorgenommen. %1</translation>
    </message>
    <message>
        <source>The project file could not be written: %1</source>
        <translation>Die Projektdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The change could not be written to the project file.</source>
        <translation>Die Änderung konnte nicht in die Projektdatei geschrieben werden.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The project file could not be read: %1</source>
        <translation>Die Projektdatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>die Datei konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>Die Kopie %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The disk is full: no lock can be taken beside the file. Free some space and open it again to edit it.</source>
        <translation>Der Datenträger ist voll: Neben der Datei kann keine Sperre angelegt werden. Geben Sie Speicherplatz frei und öffnen Sie die Datei erneut, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The last change to %1 was interrupted, and it cannot be undone here because the file or its folder is read-only: the journal %2 beside it holds what the change overwrote. Make the file and its folder writable and open it again (the interrupted change is then rolled back); never copy the file without its journal.</source>
        <translation>Die letzte Änderung an %1 wurde unterbrochen und kann hier nicht zurückgenommen werden, weil die Datei oder ihr Ordner schreibgeschützt ist: Das Journal %2 daneben enthält, was die Änderung überschrieben hat. Machen Sie Datei und Ordner beschreibbar und öffnen Sie sie erneut (die unterbrochene Änderung wird dann zurückgenommen); kopieren Sie die Datei nie ohne ihr Journal.</translation>
    </message>
</context>
<context>
    <name>ProjectOntoCommand</name>
    <message>
        <source>Project an assessment&apos;s results onto another framework through a mapping: a draft assessment of the other framework, answers carried over where the mapping says equal or covers, each marked with its source, for review.</source>
        <translation>Die Ergebnisse einer Bewertung über eine Zuordnung auf ein anderes Rahmenwerk übertragen: ein Entwurf einer Bewertung des anderen Rahmenwerks, Antworten übernommen, wo die Zuordnung gleich oder abdeckend sagt, jede mit ihrer Quelle markiert, zur Prüfung.</translation>
    </message>
    <message>
        <source>The assessment to project (made from the --from framework library).</source>
        <translation>Die zu übertragende Bewertung (aus der Rahmenwerk-Bibliothek --from erstellt).</translation>
    </message>
    <message>
        <source>The mapping library (YAML) between the two frameworks.</source>
        <translation>Die Zuordnungsbibliothek (YAML) zwischen den beiden Rahmenwerken.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The framework library (YAML) the assessment was made from.</source>
        <translation>Die Rahmenwerk-Bibliothek (YAML), aus der die Bewertung erstellt wurde.</translation>
    </message>
    <message>
        <source>The framework library (YAML) to project onto.</source>
        <translation>Die Rahmenwerk-Bibliothek (YAML), auf die übertragen wird.</translation>
    </message>
    <message>
        <source>The draft project to create (.readiness); never overwritten.</source>
        <translation>Das zu erstellende Entwurfsprojekt (.readiness); wird nie überschrieben.</translation>
    </message>
    <message>
        <source>--mapping, --from, --to and -o are required.</source>
        <translation>--mapping, --from, --to und -o sind erforderlich.</translation>
    </message>
</context>
<context>
    <name>ProjectOntoDialog</name>
    <message>
        <source>Project onto Another Framework</source>
        <translation>Auf ein anderes Rahmenwerk übertragen</translation>
    </message>
    <message>
        <source>A draft assessment of another framework, made from this one through a mapping library: a requirement is met where one equal to it or covering it is met here; an equal one carries its answer otherwise. Every carried answer names its sources, for review.</source>
        <translation>Ein Entwurf einer Bewertung eines anderen Rahmenwerks, aus dieser über eine Zuordnungsbibliothek erstellt: eine Anforderung ist erfüllt, wo eine gleiche oder sie abdeckende hier erfüllt ist; sonst übernimmt eine gleiche ihre Antwort. Jede übernommene Antwort nennt ihre Quellen, zur Prüfung.</translation>
    </message>
    <message>
        <source>&amp;Mapping library:</source>
        <translation>&amp;Zuordnungsbibliothek:</translation>
    </message>
    <message>
        <source>Framework of &amp;this assessment:</source>
        <translation>Rahmenwerk &amp;dieser Bewertung:</translation>
    </message>
    <message>
        <source>Framework to project &amp;onto:</source>
        <translation>Ziel-&amp;Rahmenwerk:</translation>
    </message>
    <message>
        <source>&amp;Draft to create:</source>
        <translation>&amp;Entwurf anlegen als:</translation>
    </message>
    <message>
        <source>projected-draft.readiness</source>
        <translation>uebertragener-entwurf.readiness</translation>
    </message>
    <message>
        <source>&amp;Create Draft</source>
        <translation>Entwurf &amp;erstellen</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Draft to Create</source>
        <translation>Zu erstellender Entwurf</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness)</source>
        <translation>Readiness-Projekte (*.readiness)</translation>
    </message>
    <message>
        <source>Choose a Library</source>
        <translation>Bibliothek wählen</translation>
    </message>
    <message>
        <source>Framework and mapping libraries (*.yaml *.yml);;All files (*)</source>
        <translation>Rahmenwerk- und Zuordnungsbibliotheken (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProjectOpener</name>
    <message>
        <source>Project already open</source>
        <translation>Projekt bereits geöffnet</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness);;All files (*)</source>
        <translation>Readiness-Projekte (*.readiness);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Readiness Workbench</source>
        <translation>Readiness Workbench</translation>
    </message>
</context>
<context>
    <name>ProjectState</name>
    <message>
        <source>item %1 names a domain that does not exist</source>
        <translation>Element %1 nennt eine Domäne, die es nicht gibt</translation>
    </message>
    <message>
        <source>entry %1 changes an item that does not exist</source>
        <translation>Eintrag %1 ändert ein Element, das es nicht gibt</translation>
    </message>
    <message>
        <source>entry %1 changes an unknown kind of record, &quot;%2&quot;</source>
        <translation>Eintrag %1 ändert eine unbekannte Art von Datensatz, „%2“</translation>
    </message>
    <message>
        <source>the audit log holds no complete state to start from (it was written before version 4 of the project format)</source>
        <translation>das Änderungsprotokoll enthält keinen vollständigen Stand, von dem aus es sich abspielen ließe (es wurde vor Version 4 des Projektformats geschrieben)</translation>
    </message>
    <message>
        <source>entry %1 holds no assessment</source>
        <translation>Eintrag %1 enthält keine Bewertung</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Readiness Workbench</source>
        <translation>Readiness Workbench</translation>
    </message>
    <message>
        <source>Readiness assessments: checklists, evidence, scores and reports.</source>
        <translation>Readiness-Bewertungen: Checklisten, Nachweise, Bewertungen und Berichte.</translation>
    </message>
    <message>
        <source>A project file (.readiness) to open.</source>
        <translation>Eine zu öffnende Projektdatei (.readiness).</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>&quot;type&quot; must be one of %1, not &quot;%2&quot;.</source>
        <translation>&quot;type&quot; muss eines von %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Every option needs an &quot;id&quot;.</source>
        <translation>Jede Option braucht eine &quot;id&quot;.</translation>
    </message>
    <message>
        <source>The score of option &quot;%1&quot; is not a number.</source>
        <translation>Die Punktzahl der Option &quot;%1&quot; ist keine Zahl.</translation>
    </message>
    <message>
        <source>The result of option &quot;%1&quot; must be met, partial, unmet or na.</source>
        <translation>Das Ergebnis der Option &quot;%1&quot; muss met, partial, unmet oder na sein.</translation>
    </message>
    <message>
        <source>Two options share the id &quot;%1&quot;.</source>
        <translation>Zwei Optionen haben die id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A rule&apos;s &quot;share&quot; must be from 0 to 1.</source>
        <translation>Der &quot;share&quot; einer Regel muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>A %1 question needs at least two options.</source>
        <translation>Eine Frage vom Typ %1 braucht mindestens zwei Optionen.</translation>
    </message>
    <message>
        <source>A %1 question has no options.</source>
        <translation>Eine Frage vom Typ %1 hat keine Optionen.</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is not one of the levels.</source>
        <translation>Das Ziel &quot;%1&quot; ist keine der Stufen.</translation>
    </message>
    <message>
        <source>A number question needs &quot;rules&quot; that say what a value earns.</source>
        <translation>Eine Zahlenfrage braucht &quot;rules&quot;, die sagen, was ein Wert bringt.</translation>
    </message>
    <message>
        <source>&quot;fullScore&quot; must be more than 0.</source>
        <translation>&quot;fullScore&quot; muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>&quot;appliesWhen&quot; needs the answers the item applies after.</source>
        <translation>&quot;appliesWhen&quot; braucht die Antworten, nach denen der Punkt gilt.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Fragebogen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Answer what you can: pick an answer for each question and add a note where it helps. What you type stays in this browser until you save. &quot;Save answers&quot; writes a file; send it back to the assessors. %n question(s).</source>
        <translation>
            <numerusform>Beantworten Sie, was Sie können: wählen Sie zu jeder Frage eine Antwort und ergänzen Sie eine Notiz, wo es hilft. Was Sie eingeben, bleibt in diesem Browser, bis Sie speichern. „Antworten speichern“ schreibt eine Datei; schicken Sie sie an die Prüfenden zurück. %n Frage.</numerusform>
            <numerusform>Beantworten Sie, was Sie können: wählen Sie zu jeder Frage eine Antwort und ergänzen Sie eine Notiz, wo es hilft. Was Sie eingeben, bleibt in diesem Browser, bis Sie speichern. „Antworten speichern“ schreibt eine Datei; schicken Sie sie an die Prüfenden zurück. %n Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Saved as %1 in your downloads.</source>
        <translation>Als %1 in Ihren Downloads gespeichert.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Forget every answer given in this browser and start over?</source>
        <translation>Alle in diesem Browser gegebenen Antworten vergessen und neu beginnen?</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Which of these apply?</source>
        <translation>Was davon trifft zu?</translation>
    </message>
    <message>
        <source>Note (what you know, where the proof is)</source>
        <translation>Notiz (was Sie wissen, wo der Nachweis liegt)</translation>
    </message>
    <message>
        <source>This questionnaire needs JavaScript to show its questions and save the answers; allow it for this file, or ask the assessors for the checklist as a spreadsheet.</source>
        <translation>Dieser Fragebogen braucht JavaScript, um seine Fragen zu zeigen und die Antworten zu speichern; erlauben Sie es für diese Datei, oder bitten Sie die Prüfenden um die Checkliste als Tabelle.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommand</name>
    <message>
        <source>Write a questionnaire for people without the workbench: one HTML file that any browser opens and that saves an answers file for import-results.</source>
        <translation>Einen Fragebogen für Personen ohne die Workbench schreiben: eine HTML-Datei, die jeder Browser öffnet und die eine Antwortdatei für import-results speichert.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>Die zu schreibende HTML-Datei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Only the items not assessed yet.</source>
        <translation>Nur die noch nicht bewerteten Punkte.</translation>
    </message>
    <message>
        <source>Only these domains, comma-separated keys.</source>
        <translation>Nur diese Bereiche, kommagetrennte Schlüssel.</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o AUSGABE ist erforderlich.</translation>
    </message>
    <message>
        <source>There is no domain with the key &quot;%1&quot; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Bereich mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1. Send it to whoever answers; import the answers file they send back with import-results.</source>
        <translation>%1 geschrieben. Schicken Sie sie an die Antwortenden; importieren Sie die zurückgeschickte Antwortdatei mit import-results.</translation>
    </message>
</context>
<context>
    <name>RecentProjects</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>add FILE, update FILE ID, list FILE or remove FILE ID.</source>
        <translation>add DATEI, update DATEI ID, list DATEI oder remove DATEI ID.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>For update and remove: the id list shows, or the UUID.</source>
        <translation>Für update und remove: die Id, die list zeigt, oder die UUID.</translation>
    </message>
    <message>
        <source>For list: print JSON instead of a table.</source>
        <translation>Für list: JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use add, update, list or remove.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie add, update, list oder remove.</translation>
    </message>
    <message>
        <source>%1 %2 needs the id of the record (see %1 list).</source>
        <translation>%1 %2 braucht die Id des Eintrags (siehe %1 list).</translation>
    </message>
    <message>
        <source>%1 %2 takes no id.</source>
        <translation>%1 %2 nimmt keine Id.</translation>
    </message>
    <message>
        <source>%1 %2 takes no --%3.</source>
        <translation>%1 %2 nimmt kein --%3.</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one of %1.</source>
        <translation>Nichts zu ändern: geben Sie mindestens eines von %1 an.</translation>
    </message>
    <message>
        <source>--%1 is required to add a record.</source>
        <translation>--%1 ist zum Anlegen eines Eintrags erforderlich.</translation>
    </message>
    <message>
        <source>There is no record with the id &quot;%1&quot; in this project (see %2 list).</source>
        <translation>In diesem Projekt gibt es keinen Eintrag mit der Id „%1“ (siehe %2 list).</translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>%1 %2 entfernt.</translation>
    </message>
    <message>
        <source>Added %1 %2: %3.</source>
        <translation>%1 %2 angelegt: %3.</translation>
    </message>
    <message>
        <source>Updated %1 %2: %3.</source>
        <translation>%1 %2 geändert: %3.</translation>
    </message>
    <message>
        <source>--%1 needs a number (or &quot;&quot; to clear it), not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine Zahl (oder &quot;&quot; zum Löschen), nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD (or &quot;&quot; to clear it), not &quot;%2&quot;.</source>
        <translation>--%1 braucht ein Datum als JJJJ-MM-TT (oder &quot;&quot; zum Löschen), nicht „%2“.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for --%2; use one of: %3.</source>
        <translation>Unbekannter Wert „%1“ für --%2; verwenden Sie eines von: %3.</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <source>Edit Finding</source>
        <translation>Befund bearbeiten</translation>
    </message>
    <message>
        <source>New Finding</source>
        <translation>Neuer Befund</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Aufwand:</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>&amp;Addresses items:</source>
        <translation>Behandelt &amp;Prüfpunkte:</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>Risiko bearbeiten</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Probability (1-5):</source>
        <translation>&amp;Wahrscheinlichkeit (1-5):</translation>
    </message>
    <message>
        <source>&amp;Impact (1-5):</source>
        <translation>&amp;Auswirkung (1-5):</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Minderung:</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bearbeiten</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Passes when actual is:</source>
        <translation>&amp;Bestanden, wenn der Istwert:</translation>
    </message>
    <message>
        <source>at least the target (&gt;=)</source>
        <translation>mindestens das Ziel ist (&gt;=)</translation>
    </message>
    <message>
        <source>at most the target (&lt;=)</source>
        <translation>höchstens das Ziel ist (&lt;=)</translation>
    </message>
    <message>
        <source>equal to the target (=)</source>
        <translation>gleich dem Ziel ist (=)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Actual:</source>
        <translation>&amp;Istwert:</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Edit Sign-off</source>
        <translation>Freigabe bearbeiten</translation>
    </message>
    <message>
        <source>New Sign-off</source>
        <translation>Neue Freigabe</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Auflagen:</translation>
    </message>
    <message>
        <source>Edit Domain</source>
        <translation>Bereich bearbeiten</translation>
    </message>
    <message>
        <source>New Domain</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Without a weight, the domain weighs its possible points.</source>
        <translation>Ohne Gewicht wiegt der Bereich so viel wie seine möglichen Punkte.</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Neuer Prüfpunkt</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Prüfpunkt:</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>P&amp;unkte:</translation>
    </message>
    <message>
        <source>&amp;Blocker: not ready while this item is not met</source>
        <translation>&amp;Blocker: nicht bereit, solange dieser Prüfpunkt nicht erfüllt ist</translation>
    </message>
    <message>
        <source>Add Link as Evidence</source>
        <translation>Link als Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>https://wiki.example.com/runbooks/checkout</source>
        <translation>https://wiki.example.com/runbooks/checkout</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>Cr&amp;iteria:</source>
        <translation>Kr&amp;iterien:</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <source>E&amp;ffect:</source>
        <translation>Aus&amp;wirkung:</translation>
    </message>
    <message>
        <source>Recommendatio&amp;n:</source>
        <translation>Empfehlu&amp;ng:</translation>
    </message>
    <message>
        <source>Management &amp;response:</source>
        <translation>Stellungnahme der &amp;Leitung:</translation>
    </message>
    <message>
        <source>Response o&amp;wner:</source>
        <translation>Verant&amp;wortlich:</translation>
    </message>
    <message>
        <source>Response date</source>
        <translation>Datum der Stellungnahme</translation>
    </message>
    <message>
        <source>Audit Finding</source>
        <translation>Prüffeststellung</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Effort (h)</source>
        <translation>Aufwand (h)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Approved state</source>
        <translation>Freigegebener Stand</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Stale: %n change(s) it did not see</source>
        <translation>
            <numerusform>Veraltet: %n Änderung, die sie nicht kannte</numerusform>
            <numerusform>Veraltet: %n Änderungen, die sie nicht kannte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not assessed yet; they earn no points, so the scores can only rise as they are assessed.</source>
        <translation>
            <numerusform>%n Prüfpunkt noch nicht bewertet; er bringt keine Punkte, die Bewertungen können also nur steigen, wenn er bewertet wird.</numerusform>
            <numerusform>%n Prüfpunkte noch nicht bewertet; sie bringen keine Punkte, die Bewertungen können also nur steigen, wenn sie bewertet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked not applicable are left out of the scores.</source>
        <translation>
            <numerusform>%n als nicht zutreffend markierter Prüfpunkt bleibt in den Bewertungen unberücksichtigt.</numerusform>
            <numerusform>%n als nicht zutreffend markierte Prüfpunkte bleiben in den Bewertungen unberücksichtigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) not started: shown without a score, counted with 0 % in the overall score.</source>
        <translation>
            <numerusform>%n Bereich nicht begonnen: ohne Bewertung gezeigt, mit 0 % in der Gesamtbewertung gezählt.</numerusform>
            <numerusform>%n Bereiche nicht begonnen: ohne Bewertung gezeigt, mit 0 % in der Gesamtbewertung gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some scores are adjusted by the assessors; the computed scores and the reasons stand beside them.</source>
        <translation>Einige Bewertungen sind von den Bewertenden angepasst; die berechneten Bewertungen und die Gründe stehen daneben.</translation>
    </message>
    <message>
        <source>Evidence is described as the assessors found it; the report proves that the stored files are unchanged (their SHA-256), not that they are true.</source>
        <translation>Nachweise sind so beschrieben, wie die Bewertenden sie vorfanden; der Bericht belegt, dass die gespeicherten Dateien unverändert sind (ihr SHA-256), nicht, dass sie zutreffen.</translation>
    </message>
    <message>
        <source>Each item is assessed as met (full points), partially met (the points the assessor gives, by default half), not met (no points), not applicable (left out) or not yet assessed (no points).</source>
        <translation>Jeder Prüfpunkt wird als erfüllt (volle Punkte), teilweise erfüllt (die Punkte, die die Bewertenden vergeben, standardmäßig die Hälfte), nicht erfüllt (keine Punkte), nicht zutreffend (unberücksichtigt) oder noch nicht bewertet (keine Punkte) eingestuft.</translation>
    </message>
    <message>
        <source>A domain&apos;s score is the points earned as a share of the points possible for its applicable items. Until one of its items is assessed a domain is not started and has no score.</source>
        <translation>Die Bewertung eines Bereichs ist der Anteil der erreichten an den möglichen Punkten seiner zutreffenden Prüfpunkte. Bis einer seiner Prüfpunkte bewertet ist, ist ein Bereich nicht begonnen und hat keine Bewertung.</translation>
    </message>
    <message>
        <source>The overall score is the mean of the domain scores weighted by each domain&apos;s weight (or, without weights, by its points possible); a domain not started counts with 0 % once anything is assessed.</source>
        <translation>Die Gesamtbewertung ist der Mittelwert der Bereichsbewertungen, gewichtet mit dem Gewicht jedes Bereichs (ohne Gewichte mit seinen möglichen Punkten); ein nicht begonnener Bereich zählt mit 0 %, sobald etwas bewertet ist.</translation>
    </message>
    <message>
        <source>Scores are shown as whole percent; the bands below apply to the shown figure.</source>
        <translation>Bewertungen werden als ganze Prozent gezeigt; die Stufen unten gelten für die gezeigte Zahl.</translation>
    </message>
    <message>
        <source>An unmet blocker makes the assessment &quot;%1&quot; whatever its score.</source>
        <translation>Ein unerfüllter Blocker macht die Bewertung zu „%1“, unabhängig von ihrer Punktzahl.</translation>
    </message>
    <message>
        <source>A domain meets its target when its shown score is at or above the target.</source>
        <translation>Ein Bereich erreicht sein Ziel, wenn seine gezeigte Bewertung auf oder über dem Ziel liegt.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A yes/no question earns all its points for yes and none for no.</source>
        <translation>Eine Ja/Nein-Frage bringt für Ja alle Punkte und für Nein keine.</translation>
    </message>
    <message>
        <source>A maturity level earns its share of the way from the lowest level to the item&apos;s target level (the highest level where no target is set): at or above the target the item is met, at the lowest level not met, in between partially met. The report shows the gap to the target in levels.</source>
        <translation>Eine Reifestufe bringt ihren Anteil am Weg von der niedrigsten Stufe zur Zielstufe des Punkts (der höchsten Stufe, wo kein Ziel gesetzt ist): auf oder über dem Ziel ist der Punkt erfüllt, auf der niedrigsten Stufe nicht erfüllt, dazwischen teilweise erfüllt. Der Bericht zeigt den Abstand zum Ziel in Stufen.</translation>
    </message>
    <message>
        <source>A choice earns its score as a share of the highest score of the question&apos;s choices; several choices earn the sum of their scores as a share of the question&apos;s full score (the sum of its positive scores unless the checklist sets one), at most all points. A choice that carries a verdict (met, partially met, not met, not applicable) gives that.</source>
        <translation>Eine Antwort bringt ihre Punktzahl als Anteil an der höchsten Punktzahl der Antworten der Frage; mehrere Antworten bringen die Summe ihrer Punktzahlen als Anteil an der vollen Punktzahl der Frage (der Summe ihrer positiven Punktzahlen, sofern die Checkliste keine festlegt), höchstens alle Punkte. Eine Antwort mit Urteil (erfüllt, teilweise erfüllt, nicht erfüllt, nicht anwendbar) ergibt dieses.</translation>
    </message>
    <message>
        <source>A number earns the share of the first of the question&apos;s ranges that holds it, nothing when none does.</source>
        <translation>Eine Zahl bringt den Anteil des ersten Bereichs der Frage, der sie enthält, und nichts, wenn keiner es tut.</translation>
    </message>
    <message>
        <source>Dates and texts are recorded as given and not scored.</source>
        <translation>Daten und Texte werden wie angegeben erfasst und nicht bewertet.</translation>
    </message>
    <message>
        <source>An item that applies only after a given answer to another item, or only to implementation groups not chosen, does not apply while that is so: like a not applicable item it is left out of both sides of the ratio, and the report says why.</source>
        <translation>Ein Punkt, der nur nach einer bestimmten Antwort auf einen anderen Punkt oder nur für nicht gewählte Umsetzungsgruppen gilt, gilt solange nicht: Wie ein nicht anwendbarer Punkt bleibt er auf beiden Seiten des Verhältnisses außen vor, und der Bericht sagt warum.</translation>
    </message>
    <message>
        <source>The report cannot be final while the review is open: %1 and %2 remain. Resolve or clear them (see &quot;readiness-cli review&quot; or the Review filter), or make a draft.</source>
        <translation>Der Bericht kann nicht endgültig sein, solange die Prüfung offen ist: %1 und %2 bleiben. Erledigen oder entfernen Sie sie (siehe „readiness-cli review“ oder den Prüfungsfilter) oder erstellen Sie einen Entwurf.</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n markierter Punkt</numerusform>
            <numerusform>%n markierte Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n offene Diskussion</numerusform>
            <numerusform>%n offene Diskussionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Export a readiness report (Markdown, PDF or JSON), signed if you wish.</source>
        <translation>Einen Readiness-Bericht exportieren (Markdown, PDF oder JSON), auf Wunsch signiert.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>md, pdf or json.</source>
        <translation>md, pdf oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Die zu schreibende Berichtsdatei.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The sections to include, comma-separated, from: %1 (default: all). The cover and the summary are always there.</source>
        <translation>Die aufzunehmenden Abschnitte, durch Kommas getrennt, aus: %1 (Standard: alle). Deckblatt und Zusammenfassung sind immer enthalten.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>The report&apos;s language: %1 (default en).</source>
        <translation>Die Sprache des Berichts: %1 (Standard en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>A4 or Letter (PDF only; default A4).</source>
        <translation>A4 oder Letter (nur PDF; Standard A4).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sign with this identity (.p12). A PDF embeds the signature; Markdown and JSON get OUT.p7s beside them.</source>
        <translation>Mit dieser Identität (.p12) signieren. Ein PDF bettet die Signatur ein; Markdown und JSON erhalten AUSGABE.p7s daneben.</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>The file whose first line is the identity&apos;s passphrase.</source>
        <translation>Die Datei, deren erste Zeile die Passphrase der Identität ist.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use md, pdf or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie md, pdf oder json.</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o AUSGABE ist erforderlich.</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;.</source>
        <translation>Unbekannter Abschnitt „%1“.</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use A4 or Letter.</source>
        <translation>Unbekanntes Papierformat „%1“; verwenden Sie A4 oder Letter.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Signature: %1.p7s.</source>
        <translation>Signatur: %1.p7s.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signiert von %1.</translation>
    </message>
    <message>
        <source>Who the report is for (the cover says so).</source>
        <translation>Für wen der Bericht ist (steht auf dem Deckblatt).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Who wrote the report (default: the signer, else the team).</source>
        <translation>Wer den Bericht verfasst hat (Standard: der Unterzeichner, sonst das Team).</translation>
    </message>
    <message>
        <source>The report&apos;s version (default 1.0).</source>
        <translation>Die Version des Berichts (Standard 1.0).</translation>
    </message>
    <message>
        <source>A final report (default: a draft).</source>
        <translation>Ein endgültiger Bericht (Standard: ein Entwurf).</translation>
    </message>
    <message>
        <source>A marking printed on every page, for example Confidential.</source>
        <translation>Eine Kennzeichnung auf jeder Seite, zum Beispiel Vertraulich.</translation>
    </message>
    <message>
        <source>Limitations to state beside those the report finds itself.</source>
        <translation>Einschränkungen, die neben denen stehen, die der Bericht selbst findet.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no report language &quot;%1&quot;; available: %2.</source>
        <translation>Es gibt keine Berichtssprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>Readiness report for %1</source>
        <translation>Readiness-Bericht für %1</translation>
    </message>
    <message>
        <source>%1 is left from an earlier export and cannot be removed; it does not match the new report.</source>
        <translation>%1 stammt von einem früheren Export und kann nicht entfernt werden; die Datei passt nicht zum neuen Bericht.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Scores by domain</source>
        <translation>Bewertungen nach Bereich</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Kennzahlen (KPIs)</translation>
    </message>
    <message>
        <source>Comparison with the last milestone</source>
        <translation>Vergleich mit dem letzten Meilenstein</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Evidence manifest</source>
        <translation>Nachweisverzeichnis</translation>
    </message>
    <message>
        <source>Gaps and findings</source>
        <translation>Lücken und Befunde</translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Nicht signiert: %1</translation>
    </message>
    <message>
        <source>NOT intact: %1</source>
        <translation>NICHT intakt: %1</translation>
    </message>
    <message>
        <source>The project still matches the state the report describes.</source>
        <translation>Das Projekt entspricht noch dem Stand, den der Bericht beschreibt.</translation>
    </message>
    <message>
        <source>The project no longer matches the report: %1</source>
        <translation>Das Projekt entspricht nicht mehr dem Bericht: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readiness report (PDF, Markdown or JSON written by Readiness Workbench).</source>
        <translation>%1 ist kein Readiness-Bericht (PDF, Markdown oder JSON, geschrieben von Readiness Workbench).</translation>
    </message>
    <message>
        <source>there is no signature file %1 beside the report.</source>
        <translation>neben dem Bericht gibt es keine Signaturdatei %1.</translation>
    </message>
    <message>
        <source>the report does not state which project state it describes</source>
        <translation>der Bericht gibt nicht an, welchen Projektstand er beschreibt</translation>
    </message>
    <message numerus="yes">
        <source>the project was changed %n time(s) since the report was made</source>
        <translation>
            <numerusform>das Projekt wurde seit der Erstellung des Berichts %n Mal geändert</numerusform>
            <numerusform>das Projekt wurde seit der Erstellung des Berichts %n Mal geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>the project&apos;s audit log differs from the one the report was made from</source>
        <translation>das Prüfprotokoll des Projekts weicht von dem ab, aus dem der Bericht erstellt wurde</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) the report lists are no longer in the project</source>
        <translation>
            <numerusform>%n im Bericht aufgeführte Nachweisdatei ist nicht mehr im Projekt</numerusform>
            <numerusform>%n im Bericht aufgeführte Nachweisdateien sind nicht mehr im Projekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) were added since</source>
        <translation>
            <numerusform>%n Nachweisdatei wurde seither hinzugefügt</numerusform>
            <numerusform>%n Nachweisdateien wurden seither hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Intact and signed by a trusted signer: %1 (trusted as &quot;%2&quot;) on %3; nothing changed since.</source>
        <translation>Unverändert und von einer vertrauenswürdigen Person signiert: %1 (vertraut als „%2“) am %3; seitdem nichts geändert.</translation>
    </message>
    <message>
        <source>Intact and signed by a trusted signer: %1, certified under %2, on %3; nothing changed since.</source>
        <translation>Unverändert und von einer vertrauenswürdigen Person signiert: %1, zertifiziert unter %2, am %3; seitdem nichts geändert.</translation>
    </message>
    <message>
        <source>Intact, but NOT signed by the trusted signer %1: this certificate uses their name or e-mail with another key (SHA-256 %2). Treat the report as not signed by them.</source>
        <translation>Unverändert, aber NICHT von der vertrauenswürdigen Person %1 signiert: Dieses Zertifikat verwendet deren Namen oder E-Mail-Adresse mit einem anderen Schlüssel (SHA-256 %2). Behandeln Sie den Bericht als nicht von ihr signiert.</translation>
    </message>
    <message>
        <source>Intact, but the signer is not known: the certificate says %1, which nobody has confirmed. Compare its fingerprint SHA-256 %2 with the one the signer gives you in person or by phone, then trust the signer.</source>
        <translation>Unverändert, aber die signierende Person ist nicht bekannt: Das Zertifikat nennt %1, was niemand bestätigt hat. Vergleichen Sie seinen Fingerabdruck SHA-256 %2 mit dem, den Ihnen die Person persönlich oder am Telefon nennt, und vertrauen Sie ihr dann.</translation>
    </message>
    <message>
        <source>The certificate %1.</source>
        <translation>Das Zertifikat %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 is %2 in the report and %3 in the project</source>
        <translation>%1 ist im Bericht %2 und im Projekt %3</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>die Entscheidung</translation>
    </message>
    <message>
        <source>the conditions</source>
        <translation>die Auflagen</translation>
    </message>
    <message>
        <source>the overall %1</source>
        <translation>%1 gesamt</translation>
    </message>
    <message>
        <source>domain %1&apos;s %2</source>
        <translation>%2 des Bereichs %1</translation>
    </message>
    <message>
        <source>%1 (%2 in the report, %3 in the project)</source>
        <translation>%1 (im Bericht %2, im Projekt %3)</translation>
    </message>
    <message>
        <source>%1 (not in the report)</source>
        <translation>%1 (nicht im Bericht)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ: %1</source>
        <translation>
            <numerusform>%n Prüfpunkt weicht ab: %1</numerusform>
            <numerusform>%n Prüfpunkte weichen ab: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the project&apos;s audit log is not intact: %1</source>
        <translation>das Prüfprotokoll des Projekts ist nicht intakt: %1</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Intact, but the signer&apos;s certificate (%1, SHA-256 %2) %3: do not rely on this signature.</source>
        <translation>Unverändert, aber das Zertifikat des Unterzeichners (%1, SHA-256 %2) %3: Verlassen Sie sich nicht auf diese Signatur.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 at entry %2 (head %3)</source>
        <translation>%1 bei Eintrag %2 (Kopf %3)</translation>
    </message>
    <message>
        <source>Each decision approves the project as its audit log stood when it was given: %1.</source>
        <translation>Jede Entscheidung genehmigt das Projekt so, wie sein Prüfprotokoll stand, als sie getroffen wurde: %1.</translation>
    </message>
    <message numerus="yes">
        <source>(stale: %n change(s) it did not see, made since or merged from other copies)</source>
        <translation>
            <numerusform>(veraltet: %n Änderung, die sie nicht kannte, seitdem gemacht oder aus anderen Kopien zusammengeführt)</numerusform>
            <numerusform>(veraltet: %n Änderungen, die sie nicht kannte, seitdem gemacht oder aus anderen Kopien zusammengeführt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target %1, %n level(s) short</source>
        <translation>
            <numerusform>Ziel %1, %n Stufe darunter</numerusform>
            <numerusform>Ziel %1, %n Stufen darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded (not scored)</source>
        <translation>Erfasst (nicht bewertet)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>collected outside the assessment period (%1)</source>
        <translation>außerhalb des Bewertungszeitraums erhoben (%1)</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Sachverhalt</translation>
    </message>
    <message>
        <source>(items %1)</source>
        <translation>(Punkte %1)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Stellungnahme der Leitung</translation>
    </message>
</context>
<context>
    <name>ResultsImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first line names no &quot;key&quot; column, so no row can be matched to an item. Export the checklist as CSV for a sheet with the right columns.</source>
        <translation>Die erste Zeile nennt keine Spalte „key“, also lässt sich keine Zeile einem Punkt zuordnen. Exportieren Sie die Checkliste als CSV, um eine Tabelle mit den richtigen Spalten zu erhalten.</translation>
    </message>
    <message>
        <source>The answers file was written by a newer version (format version %1); this version reads version 1.</source>
        <translation>Die Antwortdatei wurde von einer neueren Version geschrieben (Formatversion %1); diese Version liest Version 1.</translation>
    </message>
    <message>
        <source>The answers file holds no list of answers.</source>
        <translation>Die Antwortdatei enthält keine Liste von Antworten.</translation>
    </message>
    <message>
        <source>This JSON file is not an answers file of the questionnaire.</source>
        <translation>Diese JSON-Datei ist keine Antwortdatei des Fragebogens.</translation>
    </message>
    <message>
        <source>The file looks like JSON but cannot be read: %1.</source>
        <translation>Die Datei sieht nach JSON aus, kann aber nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The row has no key.</source>
        <translation>Die Zeile hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>No item has this key.</source>
        <translation>Kein Punkt hat diesen Schlüssel.</translation>
    </message>
    <message>
        <source>No item has this key; did you mean %1?</source>
        <translation>Kein Punkt hat diesen Schlüssel; meinten Sie %1?</translation>
    </message>
    <message>
        <source>The key appears more than once; only its first row is taken.</source>
        <translation>Der Schlüssel kommt mehrmals vor; nur seine erste Zeile wird übernommen.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Status „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Earned points &quot;%1&quot; are not a number from 0 to %2.</source>
        <translation>Die erreichten Punkte „%1“ sind keine Zahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>Effort &quot;%1&quot; is not a number of hours.</source>
        <translation>Der Aufwand „%1“ ist keine Stundenzahl.</translation>
    </message>
    <message>
        <source>The item has no choices, but the row names &quot;%1&quot;.</source>
        <translation>Der Punkt hat keine Auswahlmöglichkeiten, aber die Zeile nennt „%1“.</translation>
    </message>
    <message>
        <source>The item has no choice &quot;%1&quot;.</source>
        <translation>Der Punkt hat keine Auswahl „%1“.</translation>
    </message>
    <message>
        <source>The item %1 no longer exists.</source>
        <translation>Der Punkt %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Erreichte Punkte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>The item is answered with a status, not with &quot;%1&quot;.</source>
        <translation>Der Punkt wird mit einem Status beantwortet, nicht mit „%1“.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Show what the review has not settled (flags, unresolved comments, domains not signed off), or accept an item, send it back, set its work state or sign a domain&apos;s review off.</source>
        <translation>Zeigen, was die Prüfung noch nicht geklärt hat (Markierungen, offene Kommentare, nicht freigegebene Bereiche), oder einen Punkt annehmen, zurückgeben, seinen Arbeitsstand setzen oder die Prüfung eines Bereichs freigeben.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Accept the item: done, its flag cleared.</source>
        <translation>Den Punkt annehmen: erledigt, Markierung aufgehoben.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Send the item back to the assessor (to do) with --reason as a comment.</source>
        <translation>Den Punkt mit --reason als Kommentar an den Bewerter zurückgeben (offen).</translation>
    </message>
    <message>
        <source>Why the item goes back.</source>
        <translation>Warum der Punkt zurückgeht.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Set an item&apos;s work state: KEY=%1.</source>
        <translation>Den Arbeitsstand eines Punkts setzen: SCHLÜSSEL=%1.</translation>
    </message>
    <message>
        <source>key=state</source>
        <translation>Schlüssel=Stand</translation>
    </message>
    <message>
        <source>Sign the domain&apos;s review off as the reviewer (--by).</source>
        <translation>Die Prüfung des Bereichs als Prüfer freigeben (--by).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Withdraw the domain&apos;s review sign-off.</source>
        <translation>Die Prüfungsfreigabe des Bereichs zurückziehen.</translation>
    </message>
    <message>
        <source>--send-back needs --reason: the assessor reads why.</source>
        <translation>--send-back braucht --reason: Der Bewerter liest, warum.</translation>
    </message>
    <message>
        <source>%1  flagged: %2</source>
        <translation>%1  markiert: %2</translation>
    </message>
    <message>
        <source>%1  comment %2 by %3: %4</source>
        <translation>%1  Kommentar %2 von %3: %4</translation>
    </message>
    <message>
        <source>      reply %1 by %2: %3</source>
        <translation>      Antwort %1 von %2: %3</translation>
    </message>
    <message>
        <source>Work: %1 to do, %2 in review, %3 done.</source>
        <translation>Arbeit: %1 offen, %2 in Prüfung, %3 erledigt.</translation>
    </message>
    <message>
        <source>review not signed off</source>
        <translation>Prüfung nicht freigegeben</translation>
    </message>
    <message>
        <source>review signed off by %1 on %2</source>
        <translation>Prüfung freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>No open flags and no unresolved comments: the report can be final.</source>
        <translation>Keine offenen Markierungen und keine offenen Kommentare: Der Bericht kann endgültig sein.</translation>
    </message>
    <message>
        <source>Open: %1 and %2 (a final report is refused until they are settled).</source>
        <translation>Offen: %1 und %2 (ein endgültiger Bericht wird verweigert, bis sie geklärt sind).</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n offene Diskussion</numerusform>
            <numerusform>%n offene Diskussionen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Punkt mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>%1 accepted: done.</source>
        <translation>%1 angenommen: erledigt.</translation>
    </message>
    <message>
        <source>%1 sent back (comment %2).</source>
        <translation>%1 zurückgegeben (Kommentar %2).</translation>
    </message>
    <message>
        <source>--work needs KEY=STATE with a state of: %1.</source>
        <translation>--work braucht SCHLÜSSEL=STAND mit einem Stand aus: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>There is no domain with the key &quot;%1&quot;.</source>
        <translation>Es gibt keinen Bereich mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>%1: review sign-off withdrawn.</source>
        <translation>%1: Prüfungsfreigabe zurückgezogen.</translation>
    </message>
    <message>
        <source>%1: review signed off by %2.</source>
        <translation>%1: Prüfung freigegeben von %2.</translation>
    </message>
</context>
<context>
    <name>RiskCategory</name>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Betrieblich</translation>
    </message>
</context>
<context>
    <name>RiskCommand</name>
    <message>
        <source>Add, change, list or remove risks in the register.</source>
        <translation>Risiken im Register anlegen, ändern, auflisten oder entfernen.</translation>
    </message>
    <message>
        <source>The risk (required to add).</source>
        <translation>Das Risiko (zum Anlegen erforderlich).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>One of: %1 (default technical).</source>
        <translation>Eines von: %1 (Standard: technical).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>1 (rare) to 5 (almost certain); default 3.</source>
        <translation>1 (selten) bis 5 (fast sicher); Standard 3.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>1 (negligible) to 5 (severe); default 3.</source>
        <translation>1 (unerheblich) bis 5 (schwer); Standard 3.</translation>
    </message>
    <message>
        <source>What reduces it.</source>
        <translation>Was es mindert.</translation>
    </message>
    <message>
        <source>Who owns it.</source>
        <translation>Wer dafür verantwortlich ist.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>One of: %1 (default open).</source>
        <translation>Eines von: %1 (Standard: open).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from 1 to 5, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl von 1 bis 5, nicht „%2“.</translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation>Keine Risiken erfasst.</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>%1 at probability %2, impact %3</source>
        <translation>%1 bei Wahrscheinlichkeit %2, Auswirkung %3</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Open risks by probability and impact</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit und Auswirkung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
</context>
<context>
    <name>RiskState</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Gemindert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Show the scores; with --fail-under, gate a pipeline.</source>
        <translation>Die Bewertungen anzeigen; mit --fail-under eine Pipeline absichern.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Exit with 1 when the overall score is below n.</source>
        <translation>Mit 1 beenden, wenn die Gesamtbewertung unter n liegt.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Overall: %1, grade %2, %3</source>
        <translation>Gesamt: %1, Note %2, %3</translation>
    </message>
    <message>
        <source>(adjusted; computed %1, grade %2, %3)</source>
        <translation>(angepasst; berechnet %1, Note %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s): not ready whatever the score.</source>
        <translation>
            <numerusform>%n unerfüllter Blocker: nicht bereit, unabhängig von der Bewertung.</numerusform>
            <numerusform>%n unerfüllte Blocker: nicht bereit, unabhängig von der Bewertung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source> met</source>
        <translation> erreicht</translation>
    </message>
    <message>
        <source> MISSED</source>
        <translation> VERFEHLT</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>* adjusted by the assessors; &apos;report&apos; shows the computed score and the reason.</source>
        <translation>* von den Bewertenden angepasst; „report“ zeigt die berechnete Bewertung und die Begründung.</translation>
    </message>
    <message>
        <source>The overall score %1 is below %2.</source>
        <translation>Die Gesamtbewertung %1 liegt unter %2.</translation>
    </message>
</context>
<context>
    <name>ScoreHeader</name>
    <message>
        <source>Overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Readiness status</source>
        <translation>Bereitschaftsstatus</translation>
    </message>
    <message>
        <source>Items assessed</source>
        <translation>Bewertete Prüfpunkte</translation>
    </message>
    <message>
        <source>&amp;Adjust Score...</source>
        <translation>Bewertung &amp;anpassen...</translation>
    </message>
    <message>
        <source>Set an adjusted score with a reason; the computed score stays beside it.</source>
        <translation>Eine angepasste Bewertung mit Begründung setzen; die berechnete Bewertung bleibt daneben sichtbar.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Adjusted; computed %1 (grade %2, %3).</source>
        <translation>Angepasst; berechnet %1 (Note %2, %3).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s): not ready whatever the score.</source>
        <translation>
            <numerusform>%n unerfüllter Blocker: nicht bereit, unabhängig von der Bewertung.</numerusform>
            <numerusform>%n unerfüllte Blocker: nicht bereit, unabhängig von der Bewertung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>Not started: nothing assessed yet</source>
        <translation>Nicht begonnen: noch nichts bewertet</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>Record an item&apos;s status, points for partial, and note.</source>
        <translation>Status, Punkte bei teilweiser Erfüllung und Notiz eines Prüfpunkts erfassen.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>The item, for example SEC-03.</source>
        <translation>Der Prüfpunkt, zum Beispiel SEC-03.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Points earned by a partially met item (default: half).</source>
        <translation>Punkte eines teilweise erfüllten Prüfpunkts (Standard: die Hälfte).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The assessor&apos;s note (replaces the current one).</source>
        <translation>Die Notiz der Bewertenden (ersetzt die bisherige).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Who owns the item.</source>
        <translation>Wer für den Prüfpunkt verantwortlich ist.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Status „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>In diesem Projekt gibt es keinen Prüfpunkt mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>--points applies to a partially met item; add --status partial.</source>
        <translation>--points gilt für einen teilweise erfüllten Prüfpunkt; fügen Sie --status partial hinzu.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 points)</source>
        <translation>%1: %2 (%3 von %4 Punkten)</translation>
    </message>
    <message>
        <source>For a Well-Architected question: the ids of the choices that apply, comma-separated (empty: none).</source>
        <translation>Bei einer Well-Architected-Frage: die IDs der zutreffenden Auswahlmöglichkeiten, durch Kommas getrennt (leer: keine).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Estimated hours of work to meet the item, for the path to ready (&quot;&quot; clears it).</source>
        <translation>Geschätzte Arbeitsstunden, bis der Punkt erfüllt ist, für den Weg zur Bereitschaft (&quot;&quot; löscht sie).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>For an item asked other than with a status: the answer (a level or choice by id, title or number; several choices separated by commas; yes or no; a number; a date YYYY-MM-DD; a text). &quot;&quot; clears it.</source>
        <translation>Für einen Punkt, der nicht mit einem Status beantwortet wird: die Antwort (eine Stufe oder Antwort nach id, Titel oder Nummer; mehrere Antworten durch Kommas getrennt; yes oder no; eine Zahl; ein Datum JJJJ-MM-TT; ein Text). &quot;&quot; löscht sie.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Nothing to set: give --status, --answer, --points, --note, --owner, --effort or --choices.</source>
        <translation>Nichts zu setzen: --status, --answer, --points, --note, --owner, --effort oder --choices angeben.</translation>
    </message>
    <message>
        <source>Item %1 is answered with a status: use --status.</source>
        <translation>Punkt %1 wird mit einem Status beantwortet: --status verwenden.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Punkt %1: %2</translation>
    </message>
    <message>
        <source>%1: answered %2</source>
        <translation>%1: beantwortet mit %2</translation>
    </message>
    <message>
        <source>%1: does not apply. %2</source>
        <translation>%1: gilt nicht. %2</translation>
    </message>
    <message>
        <source>%1: recorded, not scored</source>
        <translation>%1: erfasst, nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n level(s) below its target</source>
        <translation>
            <numerusform>%1: %n Stufe unter seinem Ziel</numerusform>
            <numerusform>%1: %n Stufen unter seinem Ziel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffCommand</name>
    <message>
        <source>Add, change, list or remove approvers&apos; sign-offs; a decision is bound to the project as its log stands.</source>
        <translation>Freigaben anlegen, ändern, auflisten oder entfernen; eine Entscheidung wird an das Projekt gebunden, wie sein Protokoll gerade steht.</translation>
    </message>
    <message>
        <source>The approver (required to add).</source>
        <translation>Wer freigibt (zum Anlegen erforderlich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The approver&apos;s role.</source>
        <translation>Die Rolle der freigebenden Person.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>One of: %1 (default none).</source>
        <translation>Eines von: %1 (Standard: none).</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>The conditions of an approval with conditions.</source>
        <translation>Die Auflagen einer Freigabe mit Auflagen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No sign-offs recorded.</source>
        <translation>Keine Freigaben erfasst.</translation>
    </message>
</context>
<context>
    <name>SqlProblem</name>
    <message>
        <source>another program is using the project file; try again when it has finished</source>
        <translation>ein anderes Programm verwendet die Projektdatei; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>es ist nicht genug Arbeitsspeicher vorhanden</translation>
    </message>
    <message>
        <source>the project file cannot be written (it or its folder is read-only)</source>
        <translation>die Projektdatei kann nicht geschrieben werden (sie oder ihr Ordner ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger hat einen Ein-/Ausgabefehler gemeldet</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>die Projektdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the project file cannot be opened</source>
        <translation>die Projektdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the change conflicts with what the project already holds</source>
        <translation>die Änderung widerspricht dem, was das Projekt bereits enthält</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>die Datenbank hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>%1 (SQLite code %2).</source>
        <translation>%1 (SQLite-Code %2).</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The built-in template %1 is missing from this build.</source>
        <translation>Die eingebaute Vorlage %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>„%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>The template %1 cannot be used. %2</source>
        <translation>Die Vorlage %1 kann nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Sie ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>It must be a JSON object.</source>
        <translation>Sie muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;; this is not a Readiness Workbench template.</source>
        <translation>„format“ muss „%1“ sein; dies ist keine Readiness-Workbench-Vorlage.</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number.</source>
        <translation>„formatVersion“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>It uses template format %1, but this version of Readiness Workbench reads up to format %2.</source>
        <translation>Sie verwendet das Vorlagenformat %1, aber diese Version von Readiness Workbench liest bis Format %2.</translation>
    </message>
    <message>
        <source>&quot;id&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„id“ darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>&quot;bands&quot; must be an object.</source>
        <translation>„bands“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;domains&quot; must be a non-empty list.</source>
        <translation>„domains“ muss eine nicht leere Liste sein.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;key&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„key“ darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>the domain key &quot;%1&quot; is used twice.</source>
        <translation>der Bereichsschlüssel „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list.</source>
        <translation>„items“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;blocker&quot; must be true or false.</source>
        <translation>„blocker“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>the item key &quot;%1&quot; is used twice.</source>
        <translation>der Prüfpunktschlüssel „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in template (%2) nor a template file.</source>
        <translation>„%1“ ist weder eine eingebaute Vorlage (%2) noch eine Vorlagendatei.</translation>
    </message>
    <message>
        <source>The template file %1 cannot be read: %2</source>
        <translation>Die Vorlagendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>The template file %1 is too large to be a template.</source>
        <translation>Die Vorlagendatei %1 ist zu groß, um eine Vorlage zu sein.</translation>
    </message>
    <message>
        <source>&quot;choices&quot; and &quot;riskRules&quot; must be lists.</source>
        <translation>„choices“ und „riskRules“ müssen Listen sein.</translation>
    </message>
    <message>
        <source>each choice needs an &quot;id&quot; (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;) and a &quot;title&quot;.</source>
        <translation>jede Auswahlmöglichkeit braucht eine „id“ (Buchstaben, Ziffern, „.“, „_“, „-“) und einen „title“.</translation>
    </message>
    <message>
        <source>the risk rule &quot;%1&quot; → &quot;%2&quot; is not understood (risks: HIGH_RISK, MEDIUM_RISK, NO_RISK).</source>
        <translation>die Risikoregel „%1“ → „%2“ wird nicht verstanden (Risiken: HIGH_RISK, MEDIUM_RISK, NO_RISK).</translation>
    </message>
    <message>
        <source>&quot;scales&quot; must be a list.</source>
        <translation>&quot;scales&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>the scale id &quot;%1&quot; is used twice.</source>
        <translation>die Skalen-id &quot;%1&quot; wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>item %1 applies when item &quot;%2&quot; is answered, but there is no such other item.</source>
        <translation>Punkt %1 gilt nach einer Antwort auf Punkt &quot;%2&quot;, aber einen solchen anderen Punkt gibt es nicht.</translation>
    </message>
    <message>
        <source>item %1 applies when %2 is answered &quot;%3&quot;, which %2 cannot be answered.</source>
        <translation>Punkt %1 gilt, wenn %2 mit &quot;%3&quot; beantwortet ist, was für %2 keine mögliche Antwort ist.</translation>
    </message>
    <message>
        <source>there is no answer scale &quot;%1&quot;.</source>
        <translation>es gibt keine Antwortskala &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;answer&quot; must be a scale&apos;s id or an object.</source>
        <translation>&quot;answer&quot; muss die id einer Skala oder ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;appliesWhen&quot; must be an object with &quot;item&quot; and &quot;answers&quot;.</source>
        <translation>&quot;appliesWhen&quot; muss ein Objekt mit &quot;item&quot; und &quot;answers&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;groups&quot; must be a list.</source>
        <translation>&quot;groups&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;findingGrades&quot; must be a list of grades, each with an id and a title.</source>
        <translation>„findingGrades“ muss eine Liste von Einstufungen sein, jede mit id und title.</translation>
    </message>
    <message>
        <source>Each of &quot;findingGrades&quot; needs an id (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;) and a title.</source>
        <translation>Jede Einstufung in „findingGrades“ braucht eine id (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;) und einen title.</translation>
    </message>
    <message>
        <source>The finding grade &quot;%1&quot; is named twice.</source>
        <translation>Die Einstufung „%1“ ist doppelt genannt.</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source>List the built-in checklist templates.</source>
        <translation>Die eingebauten Checklisten-Vorlagen auflisten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The built-in template %1 is damaged in this build.</source>
        <translation>Die eingebaute Vorlage %1 ist in diesem Build beschädigt.</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>This is not a certificate (PEM or DER).</source>
        <translation>Das ist kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>No trusted signer has the fingerprint %1.</source>
        <translation>Keine vertrauenswürdige Person hat den Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>The trusted signers cannot be saved in %1: %2</source>
        <translation>Die vertrauenswürdigen Personen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>This certificate is not a certificate authority&apos;s; trust it as a signer instead.</source>
        <translation>Dieses Zertifikat gehört keiner Zertifizierungsstelle; vertrauen Sie ihm stattdessen als signierender Person.</translation>
    </message>
    <message>
        <source>The certificate authority cannot be saved: %1</source>
        <translation>Die Zertifizierungsstelle kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No certificate authority has the fingerprint %1.</source>
        <translation>Keine Zertifizierungsstelle hat den Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be read.</source>
        <translation>Das Zertifikat der signierenden Person kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was changed: it no longer carries a valid signature of its own key, so nothing it says about the signer can be believed.</source>
        <translation>Das Zertifikat der signierenden Person wurde verändert: Es trägt keine gültige Signatur seines eigenen Schlüssels mehr, daher ist nichts glaubhaft, was es über die Person sagt.</translation>
    </message>
    <message>
        <source>claims to be issued by %1, but it was signed with its own key</source>
        <translation>gibt an, von %1 ausgestellt zu sein, wurde aber mit seinem eigenen Schlüssel signiert</translation>
    </message>
    <message>
        <source>claims to be issued by %1, which cannot be confirmed (%2)</source>
        <translation>gibt an, von %1 ausgestellt zu sein, was sich nicht bestätigen lässt (%2)</translation>
    </message>
    <message>
        <source>the revocation list given is not its issuer&apos;s, so whether it was revoked is not known</source>
        <translation>die angegebene Sperrliste stammt nicht von seinem Aussteller, daher ist nicht bekannt, ob es gesperrt wurde</translation>
    </message>
    <message>
        <source>The revocation list %1 does not exist.</source>
        <translation>Die Sperrliste %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER).</source>
        <translation>%1 ist keine Zertifikatsperrliste (PEM oder DER).</translation>
    </message>
    <message>
        <source>was revoked by its issuer %1 (it is on the revocation list given)</source>
        <translation>wurde von seinem Aussteller %1 gesperrt (es steht auf der angegebenen Sperrliste)</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>Keep the signers and certificate authorities whose signatures verify calls trusted.</source>
        <translation>Die signierenden Personen und Zertifizierungsstellen verwalten, deren Signaturen verify als vertrauenswürdig ansieht.</translation>
    </message>
    <message>
        <source>add FILE: trust a signer, from its certificate (PEM or DER) or from a signed report that verifies intact; add-ca FILE: trust a certificate authority; list; remove FINGERPRINT.</source>
        <translation>add DATEI: einer signierenden Person vertrauen, aus ihrem Zertifikat (PEM oder DER) oder aus einem signierten Bericht, der unverändert ist; add-ca DATEI: einer Zertifizierungsstelle vertrauen; list; remove FINGERABDRUCK.</translation>
    </message>
    <message>
        <source>The file or fingerprint.</source>
        <translation>Die Datei oder der Fingerabdruck.</translation>
    </message>
    <message>
        <source>Trusted signer</source>
        <translation>Vertrauenswürdige Person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>trust %1 needs a file or a fingerprint.</source>
        <translation>trust %1 braucht eine Datei oder einen Fingerabdruck.</translation>
    </message>
    <message>
        <source>No longer trusted: %1.</source>
        <translation>Nicht mehr vertrauenswürdig: %1.</translation>
    </message>
    <message>
        <source>Unknown action %1: use add, add-ca, list or remove.</source>
        <translation>Unbekannte Aktion %1: add, add-ca, list oder remove verwenden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Trusted certificate authority: %1 (SHA-256 %2).</source>
        <translation>Vertrauenswürdige Zertifizierungsstelle: %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The report is not intact, so its signer is not trusted: %1</source>
        <translation>Der Bericht ist nicht unverändert, daher wird seiner signierenden Person nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Trusted signer: %1, SHA-256 %2.</source>
        <translation>Vertrauenswürdige Person: %1, SHA-256 %2.</translation>
    </message>
</context>
<context>
    <name>TrustedSignersPanel</name>
    <message>
        <source>A verified report names its signer only when you trust them: by the fingerprint they gave you, or through a certificate authority of your organisation. Kept in %1, shared with readiness-cli.</source>
        <translation>Ein geprüfter Bericht nennt seine signierende Person nur, wenn Sie ihr vertrauen: über den Fingerabdruck, den sie Ihnen gegeben hat, oder über eine Zertifizierungsstelle Ihrer Organisation. Gespeichert in %1, gemeinsam mit readiness-cli.</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertraut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Trust a &amp;Signer&apos;s Certificate...</source>
        <translation>Zertifikat einer &amp;Person vertrauen...</translation>
    </message>
    <message>
        <source>Trust a Certificate &amp;Authority...</source>
        <translation>Einer &amp;Zertifizierungsstelle vertrauen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signierende Person</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Trust a Certificate Authority</source>
        <translation>Einer Zertifizierungsstelle vertrauen</translation>
    </message>
    <message>
        <source>Trust a Signer&apos;s Certificate</source>
        <translation>Dem Zertifikat einer Person vertrauen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Trusted Signers</source>
        <translation>Vertrauenswürdige Personen</translation>
    </message>
    <message>
        <source>Remove Trust</source>
        <translation>Vertrauen entfernen</translation>
    </message>
    <message>
        <source>Stop trusting %1? Reports it signed will verify as &quot;signer not known&quot;.</source>
        <translation>%1 nicht mehr vertrauen? Von ihr signierte Berichte gelten bei der Prüfung dann als „signierende Person nicht bekannt“.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>The report: a PDF, or a Markdown or JSON report with its .p7s beside it.</source>
        <translation>Der Bericht: ein PDF oder ein Markdown- oder JSON-Bericht mit seiner .p7s-Datei daneben.</translation>
    </message>
    <message>
        <source>The project the report was made from.</source>
        <translation>Das Projekt, aus dem der Bericht erstellt wurde.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Signer:      %1</source>
        <translation>Unterzeichner: %1</translation>
    </message>
    <message>
        <source>Certificate: SHA-256 %1 (%2, valid %3 to %4)</source>
        <translation>Zertifikat:    SHA-256 %1 (%2, gültig %3 bis %4)</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>Signed at:   %1</source>
        <translation>Signiert am:   %1</translation>
    </message>
    <message>
        <source>Check a report&apos;s signature, whom it is from and, with --project, that the project still matches it. Exit 0 only when it is intact and signed by a trusted signer (see &apos;trust&apos;); 1 when it is not intact, not signed, or the signer is not trusted.</source>
        <translation>Die Signatur eines Berichts prüfen, von wem er stammt und, mit --project, ob das Projekt noch dazu passt. Exit-Code 0 nur, wenn er unverändert und von einer vertrauenswürdigen Person signiert ist (siehe &apos;trust&apos;); 1, wenn er verändert oder nicht signiert ist oder der signierenden Person nicht vertraut wird.</translation>
    </message>
    <message>
        <source>A certificate revocation list (PEM or DER) to check certificate chains against.</source>
        <translation>Eine Zertifikatsperrliste (PEM oder DER), gegen die Zertifikatsketten geprüft werden.</translation>
    </message>
    <message>
        <source>claims to be issued by %1, not confirmed</source>
        <translation>gibt an, von %1 ausgestellt zu sein, nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify Report</source>
        <translation>Bericht prüfen</translation>
    </message>
    <message>
        <source>A signed PDF, or a Markdown or JSON report with its .p7s beside it (or drop it here)</source>
        <translation>Ein signiertes PDF oder ein Markdown- oder JSON-Bericht mit seiner .p7s-Datei daneben (oder hier ablegen)</translation>
    </message>
    <message>
        <source>&amp;Open Report...</source>
        <translation>Bericht ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Compare with the open project</source>
        <translation>Mit dem geöffneten Projekt &amp;vergleichen</translation>
    </message>
    <message>
        <source>Open a report to check its signature.</source>
        <translation>Öffnen Sie einen Bericht, um seine Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.md *.json);;All files (*)</source>
        <translation>Berichte (*.pdf *.md *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>embedded in the PDF</source>
        <translation>im PDF eingebettet</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>self-signed: compare the fingerprint with the one the signer gave you</source>
        <translation>selbstsigniert: Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Unterzeichner genannt hat</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>Zertifikat SHA-256</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Zertifikat gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>Audit head in the report</source>
        <translation>Prüfprotokoll-Kopf im Bericht</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Geöffnetes Projekt</translation>
    </message>
    <message>
        <source>matches the report</source>
        <translation>passt zum Bericht</translation>
    </message>
    <message>
        <source>Press Enter to verify this file.</source>
        <translation>Drücken Sie die Eingabetaste, um diese Datei zu prüfen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Trust This Signer...</source>
        <translation>Dieser Person &amp;vertrauen...</translation>
    </message>
    <message>
        <source>Trust This Signer</source>
        <translation>Dieser Person vertrauen</translation>
    </message>
    <message>
        <source>Trust %1 as the signer of reports?

Do this only when the fingerprint below is the one %2 gave you in person, by phone or in a message you trust:

SHA-256 %3</source>
        <translation>%1 als signierender Person von Berichten vertrauen?

Tun Sie das nur, wenn der Fingerabdruck unten der ist, den %2 Ihnen persönlich, am Telefon oder in einer Nachricht, der Sie vertrauen, genannt hat:

SHA-256 %3</translation>
    </message>
    <message>
        <source>%1 (certified under %2)</source>
        <translation>%1 (zertifiziert unter %2)</translation>
    </message>
    <message>
        <source>claims to be %1, which cannot be confirmed</source>
        <translation>gibt an, %1 zu sein, was sich nicht bestätigen lässt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>trusted by you as &quot;%1&quot;</source>
        <translation>von Ihnen vertraut als „%1“</translation>
    </message>
    <message>
        <source>certified by a trust anchor</source>
        <translation>von einem Vertrauensanker zertifiziert</translation>
    </message>
    <message>
        <source>a LOOKALIKE of %1: same name or e-mail, another key</source>
        <translation>eine NACHAHMUNG von %1: gleicher Name oder gleiche E-Mail-Adresse, anderer Schlüssel</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>REVOKED: %1</source>
        <translation>GESPERRT: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Readiness Workbench</source>
        <translation>Readiness Workbench</translation>
    </message>
    <message>
        <source>Assess whether a system is ready: fill in the checklist with your team, attach evidence, watch the scores move and export the report. Everything is saved as you work.</source>
        <translation>Bewerten Sie, ob ein System bereit ist: Füllen Sie die Checkliste mit Ihrem Team aus, hängen Sie Nachweise an, verfolgen Sie die Bewertungen und exportieren Sie den Bericht. Alles wird während der Arbeit gespeichert.</translation>
    </message>
    <message>
        <source>&amp;New Assessment from a Template...</source>
        <translation>&amp;Neue Bewertung aus einer Vorlage...</translation>
    </message>
    <message>
        <source>&amp;Open a Project...</source>
        <translation>Ein Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Das &amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Zuletzt geöffnete Projekte:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
    <message>
        <source>New here? Read Getting Started (F1): a workshop, an audit and a signed report, step by step.</source>
        <translation>Neu hier? Lesen Sie „Erste Schritte“ (F1): ein Workshop, ein Audit und ein signierter Bericht, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WorkState</name>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>a malformed part of a file</source>
        <translation>ein fehlerhaftes Teilstück einer Datei</translation>
    </message>
    <message>
        <source>no temporary file can be written: %1</source>
        <translation>es lässt sich keine temporäre Datei schreiben: %1</translation>
    </message>
    <message>
        <source>a file larger than allowed</source>
        <translation>eine Datei, größer als erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>nothing came for %n second(s): the connection is gone</source>
        <translation>
            <numerusform>%n Sekunde lang kam nichts: Die Verbindung ist weg</numerusform>
            <numerusform>%n Sekunden lang kam nichts: Die Verbindung ist weg</numerusform>
        </translation>
    </message>
    <message>
        <source>the other side closed the connection</source>
        <translation>die Gegenseite hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the other side reads too slowly</source>
        <translation>die Gegenseite liest zu langsam</translation>
    </message>
    <message>
        <source>the other side sent %1</source>
        <translation>die Gegenseite sandte %1</translation>
    </message>
    <message>
        <source>DNS-SD: the Avahi daemon is not running on this computer</source>
        <translation>DNS-SD: Der Avahi-Dienst läuft auf diesem Computer nicht</translation>
    </message>
    <message>
        <source>DNS-SD: %1</source>
        <translation>DNS-SD: %1</translation>
    </message>
    <message>
        <source>DNS-SD: announced as &quot;%1&quot;</source>
        <translation>DNS-SD: angekündigt als „%1“</translation>
    </message>
    <message>
        <source>Beacon: every 2 seconds on UDP port %1</source>
        <translation>Signal: alle 2 Sekunden auf UDP-Port %1</translation>
    </message>
    <message>
        <source>DNS-SD: looking for workshops</source>
        <translation>DNS-SD: Suche nach Workshops</translation>
    </message>
    <message>
        <source>Beacon: UDP port %1 cannot be listened on (%2)</source>
        <translation>Signal: Auf UDP-Port %1 kann nicht gelauscht werden (%2)</translation>
    </message>
    <message>
        <source>Beacon: multicast is not available here; only broadcast beacons arrive</source>
        <translation>Signal: Multicast ist hier nicht verfügbar; nur Broadcast-Signale kommen an</translation>
    </message>
    <message>
        <source>Beacon: listening on UDP port %1</source>
        <translation>Signal: lauscht auf UDP-Port %1</translation>
    </message>
    <message>
        <source>The host ended the workshop.</source>
        <translation>Der Gastgeber hat den Workshop beendet.</translation>
    </message>
    <message>
        <source>A connection from %1 was refused: too many are waiting.</source>
        <translation>Eine Verbindung von %1 wurde abgewiesen: Zu viele warten.</translation>
    </message>
    <message>
        <source>no device certificate</source>
        <translation>kein Gerätezertifikat</translation>
    </message>
    <message>
        <source>Connect with Readiness Workbench.</source>
        <translation>Verbinden Sie sich mit Readiness Workbench.</translation>
    </message>
    <message>
        <source>Device %1 was removed from this workshop; its connection was refused.</source>
        <translation>Gerät %1 wurde aus diesem Workshop entfernt; seine Verbindung wurde abgewiesen.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>The facilitator removed this laptop from the workshop.</source>
        <translation>Die Moderation hat diesen Laptop aus dem Workshop entfernt.</translation>
    </message>
    <message>
        <source>%1 (%2) left: %3</source>
        <translation>%1 (%2) ist gegangen: %3</translation>
    </message>
    <message>
        <source>sent %1 before being admitted</source>
        <translation>sandte %1, bevor es zugelassen war</translation>
    </message>
    <message>
        <source>sent too many entries at once</source>
        <translation>sandte zu viele Einträge auf einmal</translation>
    </message>
    <message>
        <source>sent a malformed entry</source>
        <translation>sandte einen fehlerhaften Eintrag</translation>
    </message>
    <message>
        <source>sent a message of an unknown kind</source>
        <translation>sandte eine Nachricht unbekannter Art</translation>
    </message>
    <message>
        <source>This laptop&apos;s Readiness Workbench speaks another version of the workshop protocol; use the same version as the host.</source>
        <translation>Readiness Workbench auf diesem Laptop spricht eine andere Version des Workshop-Protokolls; verwenden Sie dieselbe Version wie der Gastgeber.</translation>
    </message>
    <message>
        <source>%1 gave a wrong join code.</source>
        <translation>%1 nannte einen falschen Beitrittscode.</translation>
    </message>
    <message>
        <source>The join code is not this host&apos;s.</source>
        <translation>Der Beitrittscode ist nicht der dieses Gastgebers.</translation>
    </message>
    <message>
        <source>This laptop&apos;s project is another assessment (or another start of it) than the workshop&apos;s; join without a project to receive a copy.</source>
        <translation>Das Projekt dieses Laptops ist eine andere Bewertung (oder ein anderer Anfang davon) als die des Workshops; treten Sie ohne Projekt bei, um eine Kopie zu erhalten.</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>refused by the facilitator</source>
        <translation>von der Moderation abgelehnt</translation>
    </message>
    <message>
        <source>The facilitator did not admit this laptop.</source>
        <translation>Die Moderation hat diesen Laptop nicht zugelassen.</translation>
    </message>
    <message>
        <source>removed by the facilitator</source>
        <translation>von der Moderation entfernt</translation>
    </message>
    <message>
        <source>No copy for %1 could be made: %2</source>
        <translation>Für %1 ließ sich keine Kopie erstellen: %2</translation>
    </message>
    <message>
        <source>No pack for %1 could be written: %2</source>
        <translation>Für %1 ließ sich kein Paket schreiben: %2</translation>
    </message>
    <message>
        <source>Changes from %1 could not be taken: %2</source>
        <translation>Änderungen von %1 ließen sich nicht übernehmen: %2</translation>
    </message>
    <message>
        <source>The host could not take this laptop&apos;s changes: %1</source>
        <translation>Der Gastgeber konnte die Änderungen dieses Laptops nicht übernehmen: %1</translation>
    </message>
    <message>
        <source>The host at %1 port %2 does not have the join code %3: check the address and the code on the host&apos;s screen.</source>
        <translation>Der Gastgeber unter %1, Port %2, hat nicht den Beitrittscode %3: Prüfen Sie Adresse und Code auf dem Bildschirm des Gastgebers.</translation>
    </message>
    <message>
        <source>%1 port %2 could not be reached (%3). The host may have stopped, a firewall may block the port, or the Wi-Fi may keep laptops apart (client isolation): try a cable, a phone&apos;s hotspot or the host&apos;s other address.</source>
        <translation>%1, Port %2, war nicht erreichbar (%3). Der Gastgeber könnte beendet sein, eine Firewall den Port sperren oder das WLAN Laptops voneinander trennen (Client-Isolation): Versuchen Sie ein Kabel, den Hotspot eines Telefons oder die andere Adresse des Gastgebers.</translation>
    </message>
    <message>
        <source>The connection to the host was lost: %1</source>
        <translation>Die Verbindung zum Gastgeber ist unterbrochen: %1</translation>
    </message>
    <message>
        <source>the host sent a copy that was not asked for</source>
        <translation>der Gastgeber sandte eine Kopie, um die nicht gebeten wurde</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 gibt es schon</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>The copy of the project could not be kept: %1</source>
        <translation>Die Kopie des Projekts ließ sich nicht behalten: %1</translation>
    </message>
    <message>
        <source>the host sent a malformed entry</source>
        <translation>der Gastgeber sandte einen fehlerhaften Eintrag</translation>
    </message>
    <message>
        <source>No pack for the host could be written: %1</source>
        <translation>Für den Gastgeber ließ sich kein Paket schreiben: %1</translation>
    </message>
    <message>
        <source>Changes from the host could not be taken: %1</source>
        <translation>Änderungen des Gastgebers ließen sich nicht übernehmen: %1</translation>
    </message>
    <message>
        <source>said nothing</source>
        <translation>sagte nichts</translation>
    </message>
    <message>
        <source>spoke before saying who it is</source>
        <translation>sprach, bevor es sagte, wer es ist</translation>
    </message>
    <message>
        <source>a frame of %1 bytes, over the limit of %2</source>
        <translation>einen Rahmen von %1 Bytes, über der Grenze von %2</translation>
    </message>
    <message>
        <source>a frame that is no message</source>
        <translation>einen Rahmen, der keine Nachricht ist</translation>
    </message>
    <message>
        <source>OpenSSL made no certificate of this device&apos;s key</source>
        <translation>OpenSSL hat aus dem Schlüssel dieses Geräts kein Zertifikat erstellt</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS does not take this device&apos;s key</source>
        <translation>Qts TLS nimmt den Schlüssel dieses Geräts nicht an</translation>
    </message>
</context>
<context>
    <name>WorkshopCommand</name>
    <message>
        <source>Host a live workshop on the local network, or join one with a copy of the project.</source>
        <translation>Einen Live-Workshop im lokalen Netzwerk ausrichten oder mit einer Kopie des Projekts einem beitreten.</translation>
    </message>
    <message>
        <source>host FILE, or join ADDRESS:PORT FILE.</source>
        <translation>host DATEI oder join ADRESSE:PORT DATEI.</translation>
    </message>
    <message>
        <source>The project (and for join the host first).</source>
        <translation>Das Projekt (bei join zuerst der Gastgeber).</translation>
    </message>
    <message>
        <source>host: the port to listen on (default %1).</source>
        <translation>host: der Port, auf dem gelauscht wird (Standard %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>host: the address to listen on (default: every address).</source>
        <translation>host: die Adresse, auf der gelauscht wird (Standard: jede Adresse).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>host: admit everyone who gives the join code.</source>
        <translation>host: jeden zulassen, der den Beitrittscode nennt.</translation>
    </message>
    <message>
        <source>join: the join code the host shows.</source>
        <translation>join: der Beitrittscode, den der Gastgeber zeigt.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>join: exchange what each side lacks, then exit.</source>
        <translation>join: austauschen, was jeder Seite fehlt, dann beenden.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: never).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard: nie).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>This computer has no device key, and none can be made.</source>
        <translation>Dieser Computer hat keinen Geräteschlüssel, und es lässt sich keiner erzeugen.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Gave up: the time given with --timeout has passed.</source>
        <translation>Aufgegeben: Die mit --timeout gegebene Zeit ist abgelaufen.</translation>
    </message>
    <message>
        <source>Usage: readiness-cli workshop host FILE [--port N] [--auto-admit]</source>
        <translation>Aufruf: readiness-cli workshop host DATEI [--port N] [--auto-admit]</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>%1 is no address to listen on.</source>
        <translation>%1 ist keine Adresse, auf der gelauscht werden kann.</translation>
    </message>
    <message>
        <source>The workshop cannot listen on port %1: %2</source>
        <translation>Der Workshop kann nicht auf Port %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Usage: readiness-cli workshop host FILE | join ADDRESS:PORT FILE --code CODE [--once]</source>
        <translation>Aufruf: readiness-cli workshop host DATEI | join ADRESSE:PORT DATEI --code CODE [--once]</translation>
    </message>
    <message>
        <source>%1 is not ADDRESS:PORT (as the host shows it).</source>
        <translation>%1 ist nicht ADRESSE:PORT (wie der Gastgeber es zeigt).</translation>
    </message>
    <message>
        <source>Give the join code the host shows with --code CODE.</source>
        <translation>Geben Sie den Beitrittscode des Gastgebers mit --code CODE an.</translation>
    </message>
    <message>
        <source>%1&apos;s workshop on %2</source>
        <translation>Workshop von %1 auf %2</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Host a Workshop</source>
        <translation>Workshop ausrichten</translation>
    </message>
    <message>
        <source>Open the project the workshop works on first.</source>
        <translation>Öffnen Sie zuerst das Projekt, an dem der Workshop arbeitet.</translation>
    </message>
    <message>
        <source>The project is open read-only; a workshop needs to change it.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet; ein Workshop muss es ändern können.</translation>
    </message>
    <message>
        <source>This computer has no device key, and none can be made.</source>
        <translation>Dieser Computer hat keinen Geräteschlüssel, und es lässt sich keiner erzeugen.</translation>
    </message>
    <message>
        <source>The workshop cannot listen for laptops: %1</source>
        <translation>Der Workshop kann nicht auf Laptops lauschen: %1</translation>
    </message>
    <message>
        <source>%1&apos;s workshop on %2</source>
        <translation>Workshop von %1 auf %2</translation>
    </message>
    <message>
        <source>Somebody asks to join the workshop: compare their words and admit them.</source>
        <translation>Jemand möchte dem Workshop beitreten: Vergleichen Sie die Wörter und lassen Sie die Person zu.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the workshop</source>
        <translation>
            <numerusform>%n Änderung aus dem Workshop</numerusform>
            <numerusform>%n Änderungen aus dem Workshop</numerusform>
        </translation>
    </message>
    <message>
        <source>workshop copy</source>
        <translation>Workshop-Kopie</translation>
    </message>
    <message>
        <source>Join a Workshop</source>
        <translation>Einem Workshop beitreten</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the workshop&apos;s copy.</source>
        <translation>%1 gibt es schon; wählen Sie einen anderen Namen für die Kopie des Workshops.</translation>
    </message>
    <message>
        <source>Open a project that can be changed, or receive a copy.</source>
        <translation>Öffnen Sie ein Projekt, das geändert werden kann, oder erhalten Sie eine Kopie.</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not in the workshop: %1</source>
        <translation>Nicht im Workshop: %1</translation>
    </message>
    <message>
        <source>%1 (typing)</source>
        <translation>%1 (tippt)</translation>
    </message>
    <message>
        <source>%1 is typing this note too: you are both changing it, and the later change wins (the other lands in Conflicts). Agree who writes it.</source>
        <translation>%1 tippt diese Notiz ebenfalls: Sie ändern sie beide, und die spätere Änderung gewinnt (die andere landet unter Konflikte). Sprechen Sie ab, wer sie schreibt.</translation>
    </message>
    <message>
        <source>%1 is typing this item&apos;s note.</source>
        <translation>%1 tippt die Notiz dieses Punkts.</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Ebenfalls hier: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>QR code of the join link</source>
        <translation>QR-Code des Beitrittslinks</translation>
    </message>
    <message>
        <source>Waiting to join</source>
        <translation>Warten auf Beitritt</translation>
    </message>
    <message>
        <source>Laptops waiting to join</source>
        <translation>Laptops, die beitreten möchten</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>Im Workshop</translation>
    </message>
    <message>
        <source>People in the workshop</source>
        <translation>Personen im Workshop</translation>
    </message>
    <message>
        <source>Join at %1</source>
        <translation>Beitreten unter %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>End Workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>Leave Workshop</source>
        <translation>Workshop verlassen</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hosting a workshop: %n laptop(s) in, </source>
        <translation>
            <numerusform>Workshop läuft: %n Laptop dabei, </numerusform>
            <numerusform>Workshop läuft: %n Laptops dabei, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting. Joiners type the code below.</source>
        <translation>
            <numerusform>%n wartet. Wer beitritt, tippt den Code unten ein.</numerusform>
            <numerusform>%n warten. Wer beitritt, tippt den Code unten ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Admit only if the joiner&apos;s screen shows the same four words.</source>
        <translation>Nur zulassen, wenn der Bildschirm der Person dieselben vier Wörter zeigt.</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>no item</source>
        <translation>kein Punkt</translation>
    </message>
    <message>
        <source>%1, typing its note</source>
        <translation>%1, tippt die Notiz</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Disconnects this laptop and refuses its changes from now on (recorded in the log).</source>
        <translation>Trennt diesen Laptop und weist seine Änderungen ab jetzt ab (im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>Remove from the Workshop</source>
        <translation>Aus dem Workshop entfernen</translation>
    </message>
    <message>
        <source>Remove %1&apos;s laptop from the workshop? Its changes are refused from now on, in every copy; this is recorded in the audit log.</source>
        <translation>Den Laptop von %1 aus dem Workshop entfernen? Seine Änderungen werden ab jetzt in jeder Kopie abgewiesen; das wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Niemand wartet.</translation>
    </message>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Noch niemand ist beigetreten.</translation>
    </message>
    <message>
        <source>Connecting to the workshop...</source>
        <translation>Verbindung zum Workshop wird hergestellt …</translation>
    </message>
    <message>
        <source>Waiting for the facilitator to admit this laptop. Read these words to them; their screen must show the same:</source>
        <translation>Warten, bis die Moderation diesen Laptop zulässt. Lesen Sie ihr diese Wörter vor; ihr Bildschirm muss dieselben zeigen:</translation>
    </message>
    <message>
        <source>Admitted. Receiving a copy of the project...</source>
        <translation>Zugelassen. Eine Kopie des Projekts wird empfangen …</translation>
    </message>
    <message>
        <source>Admitted. Exchanging changes...</source>
        <translation>Zugelassen. Änderungen werden ausgetauscht …</translation>
    </message>
    <message>
        <source>In %1&apos;s workshop: &quot;%2&quot;. Changes travel as they are made.</source>
        <translation>Im Workshop von %1: „%2“. Änderungen gehen hinaus, sobald sie gemacht werden.</translation>
    </message>
    <message>
        <source>The connection is lost; trying again. Changes made meanwhile are kept and exchanged when it is back.</source>
        <translation>Die Verbindung ist unterbrochen; neuer Versuch läuft. Änderungen in der Zwischenzeit bleiben erhalten und werden ausgetauscht, sobald sie wieder steht.</translation>
    </message>
    <message>
        <source>Not in the workshop: %1</source>
        <translation>Nicht im Workshop: %1</translation>
    </message>
    <message>
        <source>%1 (facilitator), on %2</source>
        <translation>%1 (Moderation), bei %2</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, bei %2</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Noch niemand.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: readiness-cli COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Verwendung: readiness-cli BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Readiness assessments from the command line: create projects from templates, record answers, score, attach evidence and export reports.</source>
        <translation>Readiness-Bewertungen auf der Kommandozeile: Projekte aus Vorlagen erstellen, Antworten erfassen, bewerten, Nachweise anhängen und Berichte exportieren.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;readiness-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit „readiness-cli BEFEHL --help“ die Optionen eines Befehls anzeigen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a check failed, 2 usage or input error.</source>
        <translation>Rückgabewerte: 0 in Ordnung, 1 eine Prüfung ist fehlgeschlagen, 2 Bedienungs- oder Eingabefehler.</translation>
    </message>
    <message>
        <source>readiness-cli: unknown command &quot;%1&quot;. Run &apos;readiness-cli --help&apos; for the list.</source>
        <translation>readiness-cli: unbekannter Befehl „%1“. Mit „readiness-cli --help“ die Liste anzeigen.</translation>
    </message>
</context>
<context>
    <name>rw::Project</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the assessment record is missing</source>
        <translation>der Datensatz der Bewertung fehlt</translation>
    </message>
    <message>
        <source>item %1 belongs to no domain</source>
        <translation>Prüfpunkt %1 gehört zu keinem Bereich</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot;.</source>
        <translation>Es gibt keinen Prüfpunkt mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>An item&apos;s points must be more than 0.</source>
        <translation>Die Punkte eines Prüfpunkts müssen größer als 0 sein.</translation>
    </message>
    <message>
        <source>Item %1 is worth %2 points; a partially met item earns from 0 to %2.</source>
        <translation>Prüfpunkt %1 ist %2 Punkte wert; ein teilweise erfüllter Prüfpunkt erhält 0 bis %2.</translation>
    </message>
    <message>
        <source>An effort estimate cannot be negative.</source>
        <translation>Eine Aufwandsschätzung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>An item needs a text.</source>
        <translation>Ein Prüfpunkt braucht einen Text.</translation>
    </message>
    <message>
        <source>Points can only be given to a partially met item.</source>
        <translation>Punkte können nur einem teilweise erfüllten Prüfpunkt gegeben werden.</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>Eine Bewertung braucht einen Titel.</translation>
    </message>
    <message>
        <source>An adjusted score must be from 0 to 100.</source>
        <translation>Eine angepasste Bewertung muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>An adjusted score needs a reason.</source>
        <translation>Eine angepasste Bewertung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>There is no domain with the key &quot;%1&quot;.</source>
        <translation>Es gibt keinen Bereich mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation>Ein Meilenstein braucht einen Namen.</translation>
    </message>
    <message>
        <source>The milestone no longer exists.</source>
        <translation>Der Meilenstein existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This project is open read-only; the change was not made. %1</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet; die Änderung wurde nicht vorgenommen. %1</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist or is not a file.</source>
        <translation>Die Nachweisdatei %1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>A domain needs a title.</source>
        <translation>Ein Bereich braucht einen Titel.</translation>
    </message>
    <message>
        <source>A weight cannot be negative.</source>
        <translation>Ein Gewicht kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A target is a score from 0 to 100.</source>
        <translation>Ein Ziel ist eine Bewertung von 0 bis 100.</translation>
    </message>
    <message>
        <source>A domain with the key &quot;%1&quot; exists already.</source>
        <translation>Ein Bereich mit dem Schlüssel „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>An item with the key &quot;%1&quot; exists already.</source>
        <translation>Ein Prüfpunkt mit dem Schlüssel „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>An item key may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Ein Prüfpunktschlüssel darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Ein Befund braucht einen Titel.</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>Der Befund existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A risk needs a title.</source>
        <translation>Ein Risiko braucht einen Titel.</translation>
    </message>
    <message>
        <source>Probability and impact are rated from 1 to 5.</source>
        <translation>Wahrscheinlichkeit und Auswirkung werden von 1 bis 5 eingestuft.</translation>
    </message>
    <message>
        <source>The risk no longer exists.</source>
        <translation>Das Risiko existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Ein KPI braucht einen Namen.</translation>
    </message>
    <message>
        <source>The KPI no longer exists.</source>
        <translation>Der KPI existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A sign-off needs the approver&apos;s name.</source>
        <translation>Eine Freigabe braucht den Namen der freigebenden Person.</translation>
    </message>
    <message>
        <source>The sign-off no longer exists.</source>
        <translation>Die Freigabe existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Evidence needs a name.</source>
        <translation>Ein Nachweis braucht einen Namen.</translation>
    </message>
    <message>
        <source>A link needs an address.</source>
        <translation>Ein Link braucht eine Adresse.</translation>
    </message>
    <message>
        <source>The evidence&apos;s content is no longer in the project.</source>
        <translation>Der Inhalt des Nachweises ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>Der Nachweis existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Item %1 has no choice &quot;%2&quot;.</source>
        <translation>Prüfpunkt %1 hat keine Auswahlmöglichkeit „%2“.</translation>
    </message>
    <message>
        <source>the project holds changes its log does not record (%1)</source>
        <translation>das Projekt enthält Änderungen, die sein Protokoll nicht verzeichnet (%1)</translation>
    </message>
    <message>
        <source>the sign-off by %1 approved the log at entry %2 (%3), which the log no longer holds: entries before it were removed or rewritten</source>
        <translation>die Freigabe durch %1 genehmigte das Protokoll bei Eintrag %2 (%3), den das Protokoll nicht mehr enthält: Einträge davor wurden entfernt oder umgeschrieben</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be merged into it.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Nichts kann hineingeführt werden.</translation>
    </message>
    <message>
        <source>this computer has no device identity to sign the merged log with</source>
        <translation>dieser Computer hat keine Geräteidentität, um das zusammengeführte Protokoll zu signieren</translation>
    </message>
    <message>
        <source>the merged log does not verify: %1</source>
        <translation>das zusammengeführte Protokoll lässt sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>the merged project does not read back as its log says (%1)</source>
        <translation>das zusammengeführte Projekt liest sich nicht so zurück, wie sein Protokoll sagt (%1)</translation>
    </message>
    <message>
        <source>only a conflict on a field is decided with a value</source>
        <translation>nur ein Konflikt um ein Feld wird mit einem Wert entschieden</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists</source>
        <translation>%1 %2 existiert nicht mehr</translation>
    </message>
    <message>
        <source>only a record removed in one copy and changed in another is settled this way</source>
        <translation>nur ein in einer Kopie entfernter und in einer anderen geänderter Datensatz wird so geklärt</translation>
    </message>
    <message>
        <source>%1 %2 cannot be put back: no copy holds it</source>
        <translation>%1 %2 kann nicht wiederhergestellt werden: Keine Kopie enthält es</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Item %1 is answered with a status, not with an answer.</source>
        <translation>Punkt %1 wird mit einem Status beantwortet, nicht mit einer Antwort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer item %2 can take (%3).</source>
        <translation>„%1“ ist keine mögliche Antwort für Punkt %2 (%3).</translation>
    </message>
    <message>
        <source>Item %1 is answered with %2: give the answer, not a status.</source>
        <translation>Punkt %1 wird mit „%2“ beantwortet: die Antwort angeben, nicht einen Status.</translation>
    </message>
    <message>
        <source>This checklist has no implementation groups.</source>
        <translation>Diese Checkliste hat keine Umsetzungsgruppen.</translation>
    </message>
    <message>
        <source>This checklist has no implementation group &quot;%1&quot;; it has %2.</source>
        <translation>Diese Checkliste hat keine Umsetzungsgruppe „%1“; sie hat %2.</translation>
    </message>
    <message>
        <source>There is no grade &quot;%1&quot; for findings; this checklist grades them %2.</source>
        <translation>Es gibt keine Einstufung „%1“ für Feststellungen; diese Checkliste stuft sie als %2 ein.</translation>
    </message>
    <message>
        <source>A period the evidence covers needs its first day.</source>
        <translation>Ein Zeitraum, den der Nachweis abdeckt, braucht seinen ersten Tag.</translation>
    </message>
    <message>
        <source>The period the evidence covers ends (%1) before it begins (%2).</source>
        <translation>Der Zeitraum, den der Nachweis abdeckt, endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Rejecting evidence needs a reason.</source>
        <translation>Einen Nachweis abzulehnen braucht eine Begründung.</translation>
    </message>
    <message>
        <source>A link has no versions: change its address instead.</source>
        <translation>Ein Link hat keine Versionen: Ändern Sie stattdessen seine Adresse.</translation>
    </message>
    <message>
        <source>This file is the version of &quot;%1&quot; attached already.</source>
        <translation>Diese Datei ist die bereits angehängte Version von „%1“.</translation>
    </message>
    <message>
        <source>This file is attached already, as &quot;%1&quot;.</source>
        <translation>Diese Datei ist bereits angehängt, als „%1“.</translation>
    </message>
    <message>
        <source>A comment needs a text.</source>
        <translation>Ein Kommentar braucht einen Text.</translation>
    </message>
    <message>
        <source>The item the comment is on no longer exists.</source>
        <translation>Der Punkt, zu dem der Kommentar gehört, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The comment answered no longer exists.</source>
        <translation>Der beantwortete Kommentar existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A comment that has replies cannot be removed; resolve the thread instead.</source>
        <translation>Ein Kommentar mit Antworten kann nicht entfernt werden; schließen Sie stattdessen die Diskussion als erledigt.</translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation>Der Kommentar existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The assessment period ends (%1) before it begins (%2).</source>
        <translation>Der Bewertungszeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>%1 (next cycle)</source>
        <translation>%1 (nächster Zyklus)</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>Ende von %1</translation>
    </message>
</context>
</TS>
