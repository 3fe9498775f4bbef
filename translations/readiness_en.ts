<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Answers</name>
    <message numerus="yes">
        <source>One of %n choices</source>
        <translation>
            <numerusform>One of %n choice</numerusform>
            <numerusform>One of %n choices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Any of %n choices</source>
        <translation>
            <numerusform>Any of %n choice</numerusform>
            <numerusform>Any of %n choices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n level below the target</numerusform>
            <numerusform>%n levels below the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n unresolved comment thread</numerusform>
            <numerusform>%n unresolved comment threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the domain &quot;%1&quot; with its %n item(s) and their answers? You can undo this.</source>
        <translation>
            <numerusform>Remove the domain &quot;%1&quot; with its %n item and their answers? You can undo this.</numerusform>
            <numerusform>Remove the domain &quot;%1&quot; with its %n items and their answers? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message numerus="yes">
        <source>Merge %n copy(ies)</source>
        <translation>
            <numerusform>Merge %n copy</numerusform>
            <numerusform>Merge %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n result(s) from %1</source>
        <translation>
            <numerusform>Import %n result from %1</numerusform>
            <numerusform>Import %n results from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainDelegate</name>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blocker</numerusform>
            <numerusform>%n blockers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message numerus="yes">
        <source>%n unmet blocker(s)</source>
        <translation>
            <numerusform>%n unmet blocker</numerusform>
            <numerusform>%n unmet blockers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Preview: %n page(s), %1, made in %2 ms.</source>
        <translation>
            <numerusform>Preview: %n page, %1, made in %2 ms.</numerusform>
            <numerusform>Preview: %n pages, %1, made in %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n line(s), %1.</source>
        <translation>
            <numerusform>Preview: %n line, %1.</numerusform>
            <numerusform>Preview: %n lines, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) do not apply.</source>
        <translation>
            <numerusform>%n item does not apply.</numerusform>
            <numerusform>%n items do not apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsCommand</name>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not taken</source>
        <translation>
            <numerusform>%n not taken</numerusform>
            <numerusform>%n not taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>Applied %n change.</numerusform>
            <numerusform>Applied %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) would change</source>
        <translation>
            <numerusform>%n item would change</numerusform>
            <numerusform>%n items would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as the file says</source>
        <translation>
            <numerusform>%n already as the file says</numerusform>
            <numerusform>%n already as the file says</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not taken</source>
        <translation>
            <numerusform>%n row not taken</numerusform>
            <numerusform>%n rows not taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n Change</numerusform>
            <numerusform>&amp;Apply %n Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <translation>
            <numerusform>%n entry, head %1</numerusform>
            <numerusform>%n entries, head %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n level below the target</numerusform>
            <numerusform>%n levels below the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s), the last replaced on %1</source>
        <translation>
            <numerusform>%n earlier version, replaced on %1</numerusform>
            <numerusform>%n earlier versions, the last replaced on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, head hash %1.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, head hash %1.</numerusform>
            <numerusform>The audit log is intact: %n entries, head hash %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Wrote %1 (%n change(s)). Others merge it with File &gt; Merge a Copy; the workbench offers packs it finds in this folder when a project opens.</source>
        <translation>
            <numerusform>Wrote %1 (%n change). Others merge it with File &gt; Merge a Copy; the workbench offers packs it finds in this folder when a project opens.</numerusform>
            <numerusform>Wrote %1 (%n changes). Others merge it with File &gt; Merge a Copy; the workbench offers packs it finds in this folder when a project opens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) in the exchange folder %1 hold changes this project lacks. Look at them before merging?</source>
        <translation>
            <numerusform>%n pack in the exchange folder %1 holds changes this project lacks. Look at it before merging?</numerusform>
            <numerusform>%n packs in the exchange folder %1 hold changes this project lacks. Look at them before merging?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from merging copies wait for a decision: File &gt; Conflicts.</source>
        <translation>
            <numerusform>%n conflict from merging copies waits for a decision: File &gt; Conflicts.</numerusform>
            <numerusform>%n conflicts from merging copies wait for a decision: File &gt; Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s). Undo takes the whole import back.</source>
        <translation>
            <numerusform>Imported %n change. Undo takes the whole import back.</numerusform>
            <numerusform>Imported %n changes. Undo takes the whole import back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next assessment: %n item(s) to assess again; last cycle&apos;s answers are shown beside each item.</source>
        <translation>
            <numerusform>The next assessment: %n item to assess again; last cycle&apos;s answers are shown beside each item.</numerusform>
            <numerusform>The next assessment: %n items to assess again; last cycle&apos;s answers are shown beside each item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message numerus="yes">
        <source>**%n unmet blocker(s)**: the status is %1 whatever the score.</source>
        <translation>
            <numerusform>**%n unmet blocker**: the status is %1 whatever the score.</numerusform>
            <numerusform>**%n unmet blockers**: the status is %1 whatever the score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed status:</source>
        <translation>
            <numerusform>%n item changed status:</numerusform>
            <numerusform>%n items changed status:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence expired, dated outside the assessment period or rejected</source>
        <translation>
            <numerusform>%n piece of evidence expired, dated outside the assessment period or rejected</numerusform>
            <numerusform>%n pieces of evidence expired, dated outside the assessment period or rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) whose only evidence was rejected</source>
        <translation>
            <numerusform>%n item whose only evidence was rejected</numerusform>
            <numerusform>%n items whose only evidence was rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n flagged item</numerusform>
            <numerusform>%n flagged items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n unresolved comment thread</numerusform>
            <numerusform>%n unresolved comment threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n reply)</numerusform>
            <numerusform>(%n replies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s)</source>
        <translation>
            <numerusform>%n earlier version</numerusform>
            <numerusform>%n earlier versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message numerus="yes">
        <source>Merging %1 into %2 would bring %n change(s) (nothing was changed):</source>
        <translation>
            <numerusform>Merging %1 into %2 would bring %n change (nothing was changed):</numerusform>
            <numerusform>Merging %1 into %2 would bring %n changes (nothing was changed):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), each shown with the value every copy keeps until somebody decides:</source>
        <translation>
            <numerusform>%n conflict, shown with the value every copy keeps until somebody decides:</numerusform>
            <numerusform>%n conflicts, each shown with the value every copy keeps until somebody decides:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n change(s).</source>
        <translation>
            <numerusform>Merged %1 into %2: %n change.</numerusform>
            <numerusform>Merged %1 into %2: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision: open the project in the workbench (File &gt; Conflicts).</source>
        <translation>
            <numerusform>%n conflict waits for a decision: open the project in the workbench (File &gt; Conflicts).</numerusform>
            <numerusform>%n conflicts wait for a decision: open the project in the workbench (File &gt; Conflicts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Merging %1 brings %n change(s) into this project. Nothing changes until you choose Merge; Undo takes the whole merge back.</source>
        <translation>
            <numerusform>Merging %1 brings %n change into this project. Nothing changes until you choose Merge; Undo takes the whole merge back.</numerusform>
            <numerusform>Merging %1 brings %n changes into this project. Nothing changes until you choose Merge; Undo takes the whole merge back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) come with it.</source>
        <translation>
            <numerusform>%n evidence file comes with it.</numerusform>
            <numerusform>%n evidence files come with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n change(s), %2.</source>
        <translation>
            <numerusform>Wrote %1: %n change, %2.</numerusform>
            <numerusform>Wrote %1: %n changes, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathToReadyPanel</name>
    <message numerus="yes">
        <source>%n step(s), %1 in all. Efforts come from each item&apos;s estimate or its recommendations; the plan uses the computed scores.</source>
        <translation>
            <numerusform>%n step, %1 in all. Efforts come from each item&apos;s estimate or its recommendations; the plan uses the computed scores.</numerusform>
            <numerusform>%n steps, %1 in all. Efforts come from each item&apos;s estimate or its recommendations; the plan uses the computed scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have no estimate yet and count %1 each; give one in the item&apos;s Effort field.</source>
        <translation>
            <numerusform>%n step has no estimate yet and counts %1; give it one in the item&apos;s Effort field.</numerusform>
            <numerusform>%n steps have no estimate yet and count %1 each; give one in the item&apos;s Effort field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message numerus="yes">
        <source>%n item(s) changed status</source>
        <translation>
            <numerusform>%n item changed status</numerusform>
            <numerusform>%n items changed status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s)</source>
        <translation>
            <numerusform>%n unmet blocker</numerusform>
            <numerusform>%n unmet blockers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %1 (%n item(s) in %2 domains).</source>
        <translation>
            <numerusform>Checklist: %1 (%n item in %2 domains).</numerusform>
            <numerusform>Checklist: %1 (%n items in %2 domains).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence expired, dated outside the assessment period or rejected</source>
        <translation>
            <numerusform>%n piece of evidence expired, dated outside the assessment period or rejected</numerusform>
            <numerusform>%n pieces of evidence expired, dated outside the assessment period or rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) whose only evidence was rejected</source>
        <translation>
            <numerusform>%n item whose only evidence was rejected</numerusform>
            <numerusform>%n items whose only evidence was rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n flagged item</numerusform>
            <numerusform>%n flagged items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n unresolved comment thread</numerusform>
            <numerusform>%n unresolved comment threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n reply)</numerusform>
            <numerusform>(%n replies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message numerus="yes">
        <source>%n step(s), %1 hours in all, make the assessment Ready and meet every target:</source>
        <translation>
            <numerusform>%n step, %1 hours in all, makes the assessment Ready and meets every target:</numerusform>
            <numerusform>%n steps, %1 hours in all, make the assessment Ready and meet every target:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have no estimate and count %1 h each; give them one with set --effort or a recommendation with an effort.</source>
        <translation>
            <numerusform>%n step has no estimate and counts %1 h; give it one with set --effort or a recommendation with an effort.</numerusform>
            <numerusform>%n steps have no estimate and count %1 h each; give them one with set --effort or a recommendation with an effort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n level below the target</numerusform>
            <numerusform>%n levels below the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n unresolved comment thread</numerusform>
            <numerusform>%n unresolved comment threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message numerus="yes">
        <source>Answer what you can: pick an answer for each question and add a note where it helps. What you type stays in this browser until you save. &quot;Save answers&quot; writes a file; send it back to the assessors. %n question(s).</source>
        <translation>
            <numerusform>Answer what you can: pick an answer for each question and add a note where it helps. What you type stays in this browser until you save. &quot;Save answers&quot; writes a file; send it back to the assessors. %n question.</numerusform>
            <numerusform>Answer what you can: pick an answer for each question and add a note where it helps. What you type stays in this browser until you save. &quot;Save answers&quot; writes a file; send it back to the assessors. %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message numerus="yes">
        <source>Stale: %n change(s) it did not see</source>
        <translation>
            <numerusform>Stale: %n change it did not see</numerusform>
            <numerusform>Stale: %n changes it did not see</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n item(s) not assessed yet; they earn no points, so the scores can only rise as they are assessed.</source>
        <translation>
            <numerusform>%n item not assessed yet; it earns no points, so the scores can only rise as it is assessed.</numerusform>
            <numerusform>%n items not assessed yet; they earn no points, so the scores can only rise as they are assessed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked not applicable are left out of the scores.</source>
        <translation>
            <numerusform>%n item marked not applicable is left out of the scores.</numerusform>
            <numerusform>%n items marked not applicable are left out of the scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) not started: shown without a score, counted with 0 % in the overall score.</source>
        <translation>
            <numerusform>%n domain not started: shown without a score, counted with 0 % in the overall score.</numerusform>
            <numerusform>%n domains not started: shown without a score, counted with 0 % in the overall score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n flagged item</numerusform>
            <numerusform>%n flagged items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n unresolved comment thread</numerusform>
            <numerusform>%n unresolved comment threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message numerus="yes">
        <source>the project was changed %n time(s) since the report was made</source>
        <translation>
            <numerusform>the project was changed %n time since the report was made</numerusform>
            <numerusform>the project was changed %n times since the report was made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) the report lists are no longer in the project</source>
        <translation>
            <numerusform>%n evidence file the report lists is no longer in the project</numerusform>
            <numerusform>%n evidence files the report lists are no longer in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) were added since</source>
        <translation>
            <numerusform>%n evidence file was added since</numerusform>
            <numerusform>%n evidence files were added since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ: %1</source>
        <translation>
            <numerusform>%n item differs: %1</numerusform>
            <numerusform>%n items differ: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>(stale: %n change(s) it did not see, made since or merged from other copies)</source>
        <translation>
            <numerusform>(stale: %n change it did not see, made since or merged from other copies)</numerusform>
            <numerusform>(stale: %n changes it did not see, made since or merged from other copies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target %1, %n level(s) short</source>
        <translation>
            <numerusform>target %1, %n level short</numerusform>
            <numerusform>target %1, %n levels short</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n unresolved comment thread</numerusform>
            <numerusform>%n unresolved comment threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message numerus="yes">
        <source>%n unmet blocker(s): not ready whatever the score.</source>
        <translation>
            <numerusform>%n unmet blocker: not ready whatever the score.</numerusform>
            <numerusform>%n unmet blockers: not ready whatever the score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHeader</name>
    <message numerus="yes">
        <source>%n unmet blocker(s): not ready whatever the score.</source>
        <translation>
            <numerusform>%n unmet blocker: not ready whatever the score.</numerusform>
            <numerusform>%n unmet blockers: not ready whatever the score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message numerus="yes">
        <source>%1: %n level(s) below its target</source>
        <translation>
            <numerusform>%1: %n level below its target</numerusform>
            <numerusform>%1: %n levels below its target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message numerus="yes">
        <source>nothing came for %n second(s): the connection is gone</source>
        <translation>
            <numerusform>nothing came for %n second: the connection is gone</numerusform>
            <numerusform>nothing came for %n seconds: the connection is gone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message numerus="yes">
        <source>%n change(s) from the workshop</source>
        <translation>
            <numerusform>%n change from the workshop</numerusform>
            <numerusform>%n changes from the workshop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message numerus="yes">
        <source>Hosting a workshop: %n laptop(s) in, </source>
        <translation>
            <numerusform>Hosting a workshop: %n laptop in, </numerusform>
            <numerusform>Hosting a workshop: %n laptops in, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting. Joiners type the code below.</source>
        <translation>
            <numerusform>%n waiting. Joiners type the code below.</numerusform>
            <numerusform>%n waiting. Joiners type the code below.</numerusform>
        </translation>
    </message>
</context>
</TS>
