<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Readiness Workbench</source>
        <translation>À propos de Readiness Workbench</translation>
    </message>
    <message>
        <source>Readiness Workbench</source>
        <translation>Readiness Workbench</translation>
    </message>
    <message>
        <source>Readiness assessments: checklists, evidence, live scores and signed reports, from one project file.</source>
        <translation>Évaluations de préparation : listes de contrôle, preuves, scores en direct et rapports signés, dans un seul fichier de projet.</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
</context>
<context>
    <name>AdjustCommand</name>
    <message>
        <source>Set or clear an adjusted score (overall or a domain) with a reason.</source>
        <translation>Définir ou supprimer un score ajusté (global ou d&apos;un domaine) avec une justification.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Adjust the overall score.</source>
        <translation>Ajuster le score global.</translation>
    </message>
    <message>
        <source>Adjust this domain&apos;s score.</source>
        <translation>Ajuster le score de ce domaine.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>The adjusted score, 0 to 100.</source>
        <translation>Le score ajusté, de 0 à 100.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Why the assessors adjust the score (required).</source>
        <translation>Pourquoi les évaluateurs ajustent le score (obligatoire).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Remove the adjustment; the computed score applies again.</source>
        <translation>Supprimer l&apos;ajustement ; le score calculé s&apos;applique de nouveau.</translation>
    </message>
    <message>
        <source>Give either --overall or --domain KEY.</source>
        <translation>Indiquez soit --overall, soit --domain CLÉ.</translation>
    </message>
    <message>
        <source>--score and --reason are required (or --clear).</source>
        <translation>--score et --reason sont obligatoires (ou --clear).</translation>
    </message>
    <message>
        <source>overall score</source>
        <translation>score global</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domaine %1</translation>
    </message>
    <message>
        <source>Adjustment of the %1 removed.</source>
        <translation>Ajustement de %1 supprimé.</translation>
    </message>
    <message>
        <source>The %1 is adjusted to %2.</source>
        <translation>%1 est ajusté à %2.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust Score</source>
        <translation>Ajuster le score</translation>
    </message>
    <message>
        <source>Score to adjust</source>
        <translation>Score à ajuster</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Adjusted score</source>
        <translation>Score ajusté</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why the assessors score this differently from the checklist (required; shown in reports)</source>
        <translation>Pourquoi les évaluateurs notent autrement que la liste de contrôle (obligatoire ; figure dans les rapports)</translation>
    </message>
    <message>
        <source>&amp;Score of:</source>
        <translation>&amp;Score de :</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>Calculé :</translation>
    </message>
    <message>
        <source>&amp;Adjusted to:</source>
        <translation>&amp;Ajusté à :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Remove Adjustment</source>
        <translation>Supprimer l&apos;ajustement</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>pas encore évalué</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>This item is answered with a status, not with an answer.</source>
        <translation>Ce point se renseigne par un statut, pas par une réponse.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>« %1 » n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>« %1 » n’est pas l’une des réponses : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Met, partially met, not met or not applicable</source>
        <translation>Satisfait, partiellement satisfait, non satisfait ou non applicable</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Niveau de maturité</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <translation>%1, cible %2</translation>
    </message>
    <message numerus="yes">
        <source>One of %n choices</source>
        <translation>
            <numerusform>Une réponse parmi %n</numerusform>
            <numerusform>Une réponse parmi %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Any of %n choices</source>
        <translation>
            <numerusform>Plusieurs réponses parmi %n</numerusform>
            <numerusform>Plusieurs réponses parmi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>A number in %1</source>
        <translation>Un nombre en %1</translation>
    </message>
    <message>
        <source>A date (recorded, not scored)</source>
        <translation>Une date (consignée, non notée)</translation>
    </message>
    <message>
        <source>A text (recorded, not scored)</source>
        <translation>Un texte (consigné, non noté)</translation>
    </message>
    <message>
        <source>Not in the implementation groups chosen (%1); it belongs to %2.</source>
        <translation>Hors des groupes de mise en œuvre choisis (%1) ; il appartient à %2.</translation>
    </message>
    <message>
        <source>Applies only when %1 is answered %2.</source>
        <translation>S’applique seulement si %1 a pour réponse %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>System under assessment</source>
        <translation>Système évalué</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;System under assessment:</source>
        <translation>&amp;Système évalué :</translation>
    </message>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Date de l&apos;évaluation :</translation>
    </message>
    <message>
        <source>T&amp;eam / assessors:</source>
        <translation>É&amp;quipe / évaluateurs :</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Périmètre :</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>Prochaine &amp;revue :</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Dé&amp;cision :</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>C&amp;onditions :</translation>
    </message>
    <message>
        <source>Items of no ticked group do not apply: they leave the scores, as not applicable items do. Every group ticked means all of them.</source>
        <translation>Les points d’aucun groupe coché ne s’appliquent pas : ils sortent des scores, comme les points non applicables. Tous les groupes cochés signifie : tous.</translation>
    </message>
    <message>
        <source>Implementation &amp;groups:</source>
        <translation>&amp;Groupes de mise en œuvre :</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Evidence collected outside this period is pointed out on the dashboard and in the report.</source>
        <translation>Les preuves recueillies hors de cette période sont signalées dans le tableau de bord et le rapport.</translation>
    </message>
    <message>
        <source>&amp;Period covered:</source>
        <translation>&amp;Période couverte :</translation>
    </message>
</context>
<context>
    <name>AssessorDialog</name>
    <message>
        <source>Who Is Assessing?</source>
        <translation>Qui évalue ?</translation>
    </message>
    <message>
        <source>Every change is recorded in the project&apos;s audit log with the name of the person who made it. Please give your name once; you can change it later in Edit &gt; Preferences.</source>
        <translation>Chaque modification est consignée dans le journal d&apos;audit du projet avec le nom de la personne qui l&apos;a faite. Indiquez votre nom une fois ; vous pourrez le changer plus tard dans Édition &gt; Préférences.</translation>
    </message>
    <message>
        <source>optional, for example Lead assessor</source>
        <translation>facultatif, par exemple Évaluateur principal</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>Attach files as evidence to an item (stored once, streamed).</source>
        <translation>Joindre des fichiers comme preuves à un point de contrôle (stockés une seule fois, en flux).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The item the evidence supports.</source>
        <translation>Le point de contrôle que la preuve étaye.</translation>
    </message>
    <message>
        <source>One or more files to attach.</source>
        <translation>Un ou plusieurs fichiers à joindre.</translation>
    </message>
    <message>
        <source>A caption for the evidence.</source>
        <translation>Une légende pour la preuve.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist or is not a file; nothing was attached.</source>
        <translation>Le fichier de preuve %1 n&apos;existe pas ou n&apos;est pas un fichier ; rien n&apos;a été joint.</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>Ce projet ne contient aucun point de contrôle de clé « %1 ».</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Attached %1 (%2, SHA-256 %3) to %4.</source>
        <translation>%1 (%2, SHA-256 %3) joint à %4.</translation>
    </message>
    <message>
        <source>Attach the file as a new version of this evidence (SHA-256 or name); the earlier version is kept with its hash and dates.</source>
        <translation>Joindre le fichier comme nouvelle version de cette preuve (SHA-256 ou nom) ; la version précédente est conservée avec son empreinte et ses dates.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>--revise takes one file: the new version.</source>
        <translation>--revise prend un seul fichier : la nouvelle version.</translation>
    </message>
    <message>
        <source>The evidence &quot;%1&quot; does not support %2; it supports %3.</source>
        <translation>La preuve « %1 » n’étaye pas %2 ; elle étaye %3.</translation>
    </message>
    <message>
        <source>Attached %1 (%2, SHA-256 %3) as version %4 of &quot;%5&quot;.</source>
        <translation>%1 (%2, SHA-256 %3) joint comme version %4 de « %5 ».</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Le journal d&apos;audit ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation>la ligne %1 suit la ligne %2 : des lignes manquent</translation>
    </message>
    <message>
        <source>row %1 does not follow from the row before it (its link to the previous row was changed)</source>
        <translation>la ligne %1 ne découle pas de la ligne précédente (son lien vers la ligne précédente a été modifié)</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written (its content no longer matches its hash)</source>
        <translation>la ligne %1 a été modifiée après son écriture (son contenu ne correspond plus à son empreinte)</translation>
    </message>
    <message>
        <source>the audit log&apos;s last entry has the id %1, which no entry can follow</source>
        <translation>la dernière entrée du journal d’audit porte le numéro %1, qu’aucune entrée ne peut suivre</translation>
    </message>
    <message>
        <source>row %1 was rewritten: its device&apos;s signature (device %2) no longer matches it</source>
        <translation>la ligne %1 a été réécrite : la signature de son appareil (appareil %2) ne lui correspond plus</translation>
    </message>
    <message>
        <source>row %1 is not signed, though the rows before it are: it was written or rewritten outside the application</source>
        <translation>la ligne %1 n’est pas signée, alors que les lignes précédentes le sont : elle a été écrite ou réécrite hors de l’application</translation>
    </message>
    <message>
        <source>the log is empty, though every project&apos;s log begins with its creation: it was removed</source>
        <translation>le journal est vide, alors que le journal de tout projet commence par sa création : il a été supprimé</translation>
    </message>
    <message>
        <source>the log&apos;s checkpoint was changed: its signature no longer matches it</source>
        <translation>le point de contrôle du journal a été modifié : sa signature ne lui correspond plus</translation>
    </message>
    <message>
        <source>the log ends at row %1, but its checkpoint records %2 rows: rows were removed from its end</source>
        <translation>le journal s’arrête à la ligne %1, mais son point de contrôle enregistre %2 lignes : des lignes ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>the log ends at row %1 with another head than its checkpoint records (%2 rows)</source>
        <translation>le journal s’arrête à la ligne %1 avec une autre tête que celle de son point de contrôle (%2 lignes)</translation>
    </message>
    <message>
        <source>the log&apos;s checkpoint is missing, though its rows are signed: rows may have been removed</source>
        <translation>le point de contrôle du journal manque, alors que ses lignes sont signées : des lignes ont pu être supprimées</translation>
    </message>
    <message>
        <source>row %1 repeats an entry the log already holds</source>
        <translation>la ligne %1 répète une entrée que le journal contient déjà</translation>
    </message>
    <message>
        <source>row %1 follows an entry the log does not hold (entries were removed)</source>
        <translation>la ligne %1 suit une entrée que le journal ne contient pas (des entrées ont été supprimées)</translation>
    </message>
    <message>
        <source>row %1&apos;s clock is not after the clock of an entry it follows</source>
        <translation>l’horloge de la ligne %1 n’est pas postérieure à celle d’une entrée qu’elle suit</translation>
    </message>
    <message>
        <source>row %1 follows no entry, though it is not the first</source>
        <translation>la ligne %1 ne suit aucune entrée, bien qu’elle ne soit pas la première</translation>
    </message>
    <message>
        <source>row %1 is chained the old way after entries that name their parents: it was written outside the application</source>
        <translation>la ligne %1 est chaînée à l’ancienne après des entrées qui nomment leurs parents : elle a été écrite en dehors de l’application</translation>
    </message>
    <message>
        <source>entry %1 is not a signed entry of a graph log</source>
        <translation>l’entrée %1 n’est pas une entrée signée d’un journal en graphe</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its content no longer matches its hash)</source>
        <translation>l’entrée %1 a été modifiée après son écriture (son contenu ne correspond plus à son hachage)</translation>
    </message>
    <message>
        <source>entry %1&apos;s signature (device %2) does not match it</source>
        <translation>la signature de l’entrée %1 (appareil %2) ne lui correspond pas</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <source>&quot;bands.%1&quot; must be a non-empty list of {label, min}.</source>
        <translation>« bands.%1 » doit être une liste non vide de {label, min}.</translation>
    </message>
    <message>
        <source>&quot;bands.%1[%2]&quot; needs a &quot;label&quot; and a &quot;min&quot; between 0 and 100.</source>
        <translation>« bands.%1[%2] » nécessite un « label » et un « min » entre 0 et 100.</translation>
    </message>
    <message>
        <source>&quot;bands.%1&quot; must have a band starting at 0 so that every score gets a label.</source>
        <translation>« bands.%1 » doit avoir un palier commençant à 0 pour que chaque score reçoive un libellé.</translation>
    </message>
</context>
<context>
    <name>BuiltinTemplate</name>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Mostly ready</source>
        <translation>Presque prêt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Production readiness assessment</source>
        <translation>Évaluation de la préparation à la production</translation>
    </message>
    <message>
        <source>Eight weighted domains for deciding whether a service is ready for production: infrastructure, security, performance, monitoring, data, operations, documentation and risk.</source>
        <translation>Huit domaines pondérés pour décider si un service est prêt pour la production : infrastructure, sécurité, performance, supervision, données, exploitation, documentation et risques.</translation>
    </message>
    <message>
        <source>Infrastructure &amp; Architecture</source>
        <translation>Infrastructure et architecture</translation>
    </message>
    <message>
        <source>Whether the platform the service runs on is sound, redundant and reproducible.</source>
        <translation>Si la plateforme sur laquelle tourne le service est saine, redondante et reproductible.</translation>
    </message>
    <message>
        <source>Service boundaries and dependencies are documented in a current architecture diagram.</source>
        <translation>Les limites du service et ses dépendances sont documentées dans un schéma d&apos;architecture à jour.</translation>
    </message>
    <message>
        <source>Ask for the diagram and compare it with what is deployed (service list, queues, databases). It counts as current when it was reviewed within the last quarter and names every external dependency with its owner.</source>
        <translation>Demandez le schéma et comparez-le avec ce qui est déployé (liste des services, files d&apos;attente, bases de données). Il est à jour s&apos;il a été revu au cours du dernier trimestre et nomme chaque dépendance externe avec son responsable.</translation>
    </message>
    <message>
        <source>Every production component runs in at least two availability zones or failure domains.</source>
        <translation>Chaque composant de production tourne dans au moins deux zones de disponibilité ou domaines de panne.</translation>
    </message>
    <message>
        <source>Check the deployment manifests or cloud console for replica placement. Single-zone components (often the database primary or a cache) need a documented failover path to count as partial.</source>
        <translation>Vérifiez le placement des réplicas dans les manifestes de déploiement ou la console cloud. Les composants sur une seule zone (souvent la base de données primaire ou un cache) ont besoin d&apos;une procédure de bascule documentée pour compter comme partiels.</translation>
    </message>
    <message>
        <source>Infrastructure is defined as code and production matches it (no manual drift).</source>
        <translation>L&apos;infrastructure est définie en code et la production lui correspond (aucune dérive manuelle).</translation>
    </message>
    <message>
        <source>Run the plan/diff of the IaC tool (terraform plan, pulumi preview) against production: a clean plan is met; known drift with a ticket is partial.</source>
        <translation>Exécutez le plan/diff de l&apos;outil IaC (terraform plan, pulumi preview) contre la production : un plan propre est satisfait ; une dérive connue avec un ticket est partielle.</translation>
    </message>
    <message>
        <source>Load balancers use health checks that remove unhealthy instances automatically.</source>
        <translation>Les répartiteurs de charge utilisent des contrôles de santé qui retirent automatiquement les instances défaillantes.</translation>
    </message>
    <message>
        <source>Look at the health-check path, interval and thresholds. The check must exercise the application (not only the port) and an unhealthy instance must leave rotation within a minute.</source>
        <translation>Examinez le chemin, l&apos;intervalle et les seuils du contrôle de santé. Le contrôle doit solliciter l&apos;application (pas seulement le port) et une instance défaillante doit quitter la rotation en moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>Resource requests and limits (CPU, memory) are set for every workload.</source>
        <translation>Les demandes et limites de ressources (CPU, mémoire) sont définies pour chaque charge de travail.</translation>
    </message>
    <message>
        <source>Inspect the workload specs. Missing limits let one service starve the others; missing requests defeat the scheduler and autoscaler.</source>
        <translation>Inspectez les spécifications des charges de travail. Sans limites, un service peut affamer les autres ; sans demandes, l&apos;ordonnanceur et la mise à l&apos;échelle automatique sont inopérants.</translation>
    </message>
    <message>
        <source>Network segmentation restricts traffic between tiers to what is needed.</source>
        <translation>La segmentation réseau restreint le trafic entre les niveaux au strict nécessaire.</translation>
    </message>
    <message>
        <source>Review security groups or network policies: databases must not accept traffic from the internet or from tiers that do not use them. Default-allow rules are unmet.</source>
        <translation>Examinez les groupes de sécurité ou les politiques réseau : les bases de données ne doivent accepter aucun trafic d&apos;Internet ni des niveaux qui ne les utilisent pas. Les règles qui autorisent tout par défaut ne sont pas satisfaites.</translation>
    </message>
    <message>
        <source>Failover of a critical component has been exercised in the last six months.</source>
        <translation>La bascule d&apos;un composant critique a été exercée au cours des six derniers mois.</translation>
    </message>
    <message>
        <source>Ask for the record of a failover test (game day, chaos experiment) with the measured recovery time. A plan that was never run is partial at most.</source>
        <translation>Demandez le compte rendu d&apos;un test de bascule (game day, expérience de chaos) avec le temps de reprise mesuré. Un plan jamais exécuté est au mieux partiel.</translation>
    </message>
    <message>
        <source>Security &amp; Compliance</source>
        <translation>Sécurité et conformité</translation>
    </message>
    <message>
        <source>Whether the service protects its data and users and meets the obligations that apply to it.</source>
        <translation>Si le service protège ses données et ses utilisateurs et respecte les obligations qui s&apos;appliquent à lui.</translation>
    </message>
    <message>
        <source>No open critical or high vulnerabilities in the latest dependency and container scans.</source>
        <translation>Aucune vulnérabilité critique ou élevée ouverte dans les dernières analyses des dépendances et des conteneurs.</translation>
    </message>
    <message>
        <source>Read the latest scan reports (SCA, container image scan) from the release pipeline. Any critical finding without an approved exception makes this item unmet.</source>
        <translation>Lisez les derniers rapports d&apos;analyse (SCA, analyse des images de conteneurs) de la chaîne de publication. Toute découverte critique sans exception approuvée rend ce point non satisfait.</translation>
    </message>
    <message>
        <source>Authentication uses the organisation&apos;s identity provider with MFA for privileged access.</source>
        <translation>L&apos;authentification passe par le fournisseur d&apos;identité de l&apos;organisation avec MFA pour les accès privilégiés.</translation>
    </message>
    <message>
        <source>Check that admin consoles and production access go through SSO and that MFA is enforced, not optional. Shared accounts are unmet.</source>
        <translation>Vérifiez que les consoles d&apos;administration et l&apos;accès à la production passent par le SSO et que la MFA est imposée, pas facultative. Les comptes partagés ne sont pas satisfaits.</translation>
    </message>
    <message>
        <source>Authorisation follows least privilege and roles are reviewed at least quarterly.</source>
        <translation>Les autorisations suivent le moindre privilège et les rôles sont revus au moins chaque trimestre.</translation>
    </message>
    <message>
        <source>Sample three roles and compare their permissions with what the role needs. Ask for the last access review record.</source>
        <translation>Prenez trois rôles et comparez leurs droits avec ce dont le rôle a besoin. Demandez le compte rendu de la dernière revue des accès.</translation>
    </message>
    <message>
        <source>Secrets live in a secrets manager and none are in source code or images.</source>
        <translation>Les secrets sont dans un gestionnaire de secrets et aucun ne figure dans le code source ou les images.</translation>
    </message>
    <message>
        <source>Run a secret scanner over the repository history and the images; check that the application reads credentials from the vault or the platform&apos;s secret store at run time.</source>
        <translation>Passez un détecteur de secrets sur l&apos;historique du dépôt et les images ; vérifiez que l&apos;application lit ses identifiants depuis le coffre ou le magasin de secrets de la plateforme à l&apos;exécution.</translation>
    </message>
    <message>
        <source>Data is encrypted in transit (TLS 1.2+) and at rest with managed keys.</source>
        <translation>Les données sont chiffrées en transit (TLS 1.2+) et au repos avec des clés gérées.</translation>
    </message>
    <message>
        <source>Check the TLS configuration of every endpoint (including internal ones) and the encryption settings of databases, disks and backups. Key rotation should be automatic.</source>
        <translation>Vérifiez la configuration TLS de chaque point d&apos;accès (y compris internes) et les réglages de chiffrement des bases de données, disques et sauvegardes. La rotation des clés devrait être automatique.</translation>
    </message>
    <message>
        <source>Security-relevant events are logged centrally and retained as policy requires.</source>
        <translation>Les événements de sécurité sont journalisés de façon centralisée et conservés comme l&apos;exige la politique.</translation>
    </message>
    <message>
        <source>Confirm that logins, permission changes and administrative actions reach the central log store, are tamper-evident and are kept for the required period (often 365 days).</source>
        <translation>Confirmez que les connexions, changements de droits et actions d&apos;administration arrivent dans le stockage central des journaux, sont inviolables et conservés pendant la durée requise (souvent 365 jours).</translation>
    </message>
    <message>
        <source>A penetration test or security review of this release found no unresolved high findings.</source>
        <translation>Un test d&apos;intrusion ou une revue de sécurité de cette version n&apos;a trouvé aucune découverte élevée non résolue.</translation>
    </message>
    <message>
        <source>Ask for the report and the remediation tracker. Findings accepted as risks need an owner and an expiry date.</source>
        <translation>Demandez le rapport et le suivi des corrections. Les découvertes acceptées comme risques ont besoin d&apos;un responsable et d&apos;une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Applicable regulatory controls (for example GDPR, SOC 2, PCI DSS) are mapped and evidenced.</source>
        <translation>Les contrôles réglementaires applicables (par exemple RGPD, SOC 2, PCI DSS) sont cartographiés et prouvés.</translation>
    </message>
    <message>
        <source>List the obligations that apply to the data the service handles and check each has a control with evidence. Unmapped obligations are gaps.</source>
        <translation>Listez les obligations qui s&apos;appliquent aux données traitées par le service et vérifiez que chacune a un contrôle avec preuve. Les obligations non couvertes sont des écarts.</translation>
    </message>
    <message>
        <source>Performance &amp; Scalability</source>
        <translation>Performance et évolutivité</translation>
    </message>
    <message>
        <source>Whether the service meets its performance targets at expected and peak load and scales without manual work.</source>
        <translation>Si le service atteint ses objectifs de performance à la charge attendue et en pointe, et s&apos;adapte sans intervention manuelle.</translation>
    </message>
    <message>
        <source>Performance targets (latency percentiles, throughput, error rate) are written down and agreed.</source>
        <translation>Les objectifs de performance (percentiles de latence, débit, taux d&apos;erreur) sont écrits et convenus.</translation>
    </message>
    <message>
        <source>Look for explicit numbers such as p95 &lt; 300 ms at 5,000 requests/min. Targets that exist only in people&apos;s heads do not count.</source>
        <translation>Cherchez des chiffres explicites comme p95 &lt; 300 ms à 5 000 requêtes/min. Les objectifs qui n&apos;existent que dans les têtes ne comptent pas.</translation>
    </message>
    <message>
        <source>A load test at expected peak load met the targets within the last release cycle.</source>
        <translation>Un test de charge à la pointe attendue a atteint les objectifs au cours du dernier cycle de publication.</translation>
    </message>
    <message>
        <source>Review the load test report: the traffic model must resemble production, run long enough to reach steady state (30 minutes or more), and the targets must hold.</source>
        <translation>Examinez le rapport du test de charge : le modèle de trafic doit ressembler à la production, durer assez longtemps pour atteindre un régime stable (30 minutes ou plus), et les objectifs doivent être tenus.</translation>
    </message>
    <message>
        <source>A stress test found the breaking point and the service degrades gracefully beyond it.</source>
        <translation>Un test de stress a trouvé le point de rupture et le service se dégrade proprement au-delà.</translation>
    </message>
    <message>
        <source>Ask at what load the service fails and how: it should shed load or queue requests, not crash or corrupt data. Recovery after the load drops must be automatic.</source>
        <translation>Demandez à quelle charge le service défaille et comment : il doit délester ou mettre en file les requêtes, pas planter ni corrompre de données. Le rétablissement après la baisse de charge doit être automatique.</translation>
    </message>
    <message>
        <source>Autoscaling is configured on meaningful metrics and was seen to work under test.</source>
        <translation>La mise à l&apos;échelle automatique repose sur des métriques pertinentes et a fonctionné lors d&apos;un test.</translation>
    </message>
    <message>
        <source>Check the scaling policy (metric, thresholds, min/max) and the test where it scaled out and back in. Scaling on CPU alone is partial for I/O-bound services.</source>
        <translation>Vérifiez la politique de mise à l&apos;échelle (métrique, seuils, min/max) et le test où elle a augmenté puis réduit. Une mise à l&apos;échelle sur le seul CPU est partielle pour les services limités par les E/S.</translation>
    </message>
    <message>
        <source>Database queries on hot paths are indexed and their plans reviewed.</source>
        <translation>Les requêtes de base de données sur les chemins critiques sont indexées et leurs plans revus.</translation>
    </message>
    <message>
        <source>Ask for the slowest queries from the database&apos;s statistics (pg_stat_statements or equivalent) and check they use indexes. Full scans on large tables are unmet.</source>
        <translation>Demandez les requêtes les plus lentes aux statistiques de la base (pg_stat_statements ou équivalent) et vérifiez qu&apos;elles utilisent des index. Les parcours complets de grandes tables ne sont pas satisfaits.</translation>
    </message>
    <message>
        <source>Capacity headroom of at least 30 % exists for the next six months of forecast growth.</source>
        <translation>Une marge de capacité d&apos;au moins 30 % existe pour les six prochains mois de croissance prévue.</translation>
    </message>
    <message>
        <source>Compare current peak utilisation (CPU, memory, connections, storage) with the forecast. Quotas and licence limits count as capacity too.</source>
        <translation>Comparez l&apos;utilisation de pointe actuelle (CPU, mémoire, connexions, stockage) avec la prévision. Les quotas et limites de licence comptent aussi comme capacité.</translation>
    </message>
    <message>
        <source>Monitoring &amp; Observability</source>
        <translation>Supervision et observabilité</translation>
    </message>
    <message>
        <source>Whether the team will know that the service is unhealthy before its users tell them, and can find out why.</source>
        <translation>Si l&apos;équipe saura que le service va mal avant que ses utilisateurs le lui disent, et pourra trouver pourquoi.</translation>
    </message>
    <message>
        <source>Service level indicators and objectives are defined and shown on a dashboard.</source>
        <translation>Les indicateurs et objectifs de niveau de service sont définis et affichés sur un tableau de bord.</translation>
    </message>
    <message>
        <source>Check that SLIs (availability, latency, error rate) are measured from the user&apos;s side and that SLOs with error budgets are visible to the team.</source>
        <translation>Vérifiez que les SLI (disponibilité, latence, taux d&apos;erreur) sont mesurés du côté de l&apos;utilisateur et que les SLO avec budgets d&apos;erreur sont visibles par l&apos;équipe.</translation>
    </message>
    <message>
        <source>Alerts page the on-call person for symptoms users would notice, with a runbook link.</source>
        <translation>Les alertes appellent la personne d&apos;astreinte pour les symptômes que les utilisateurs remarqueraient, avec un lien vers le runbook.</translation>
    </message>
    <message>
        <source>Review the alert rules: every paging alert must be actionable and link to a runbook. Alerts on causes only (CPU high) with no user impact should not page.</source>
        <translation>Examinez les règles d&apos;alerte : chaque alerte qui appelle doit être actionnable et renvoyer à un runbook. Les alertes sur les seules causes (CPU élevé) sans impact utilisateur ne devraient pas appeler.</translation>
    </message>
    <message>
        <source>Logs are structured, centralised and searchable with a correlation id across services.</source>
        <translation>Les journaux sont structurés, centralisés et consultables avec un identifiant de corrélation entre services.</translation>
    </message>
    <message>
        <source>Follow one request through the log store by its correlation id. Unstructured text logs or logs only on the hosts are partial.</source>
        <translation>Suivez une requête dans le stockage des journaux par son identifiant de corrélation. Des journaux en texte libre ou seulement sur les hôtes sont partiels.</translation>
    </message>
    <message>
        <source>Distributed tracing covers the main user journeys.</source>
        <translation>Le traçage distribué couvre les principaux parcours utilisateur.</translation>
    </message>
    <message>
        <source>Open a trace of a typical request: it should show every service and datastore it touches, with timings.</source>
        <translation>Ouvrez la trace d&apos;une requête typique : elle doit montrer chaque service et stockage de données touché, avec les durées.</translation>
    </message>
    <message>
        <source>Dashboards show the four golden signals for every service.</source>
        <translation>Les tableaux de bord montrent les quatre signaux clés pour chaque service.</translation>
    </message>
    <message>
        <source>Latency, traffic, errors and saturation per service, on one dashboard the on-call person knows.</source>
        <translation>Latence, trafic, erreurs et saturation par service, sur un tableau de bord que la personne d&apos;astreinte connaît.</translation>
    </message>
    <message>
        <source>Synthetic checks probe the public endpoints from outside the network.</source>
        <translation>Des contrôles synthétiques sondent les points d&apos;accès publics depuis l&apos;extérieur du réseau.</translation>
    </message>
    <message>
        <source>Check that an external monitor exercises the main user journey (login, key transaction) at least every five minutes and alerts on failure.</source>
        <translation>Vérifiez qu&apos;une sonde externe parcourt le principal parcours utilisateur (connexion, transaction clé) au moins toutes les cinq minutes et alerte en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>Data Management &amp; Backup</source>
        <translation>Gestion des données et sauvegarde</translation>
    </message>
    <message>
        <source>Whether data is backed up, restorable within the agreed time and handled as its classification requires.</source>
        <translation>Si les données sont sauvegardées, restaurables dans le délai convenu et traitées comme leur classification l&apos;exige.</translation>
    </message>
    <message>
        <source>Backups run automatically and their success is monitored.</source>
        <translation>Les sauvegardes s&apos;exécutent automatiquement et leur réussite est surveillée.</translation>
    </message>
    <message>
        <source>Check the schedule and that a failed backup raises an alert. Look at the last 30 days of backup results.</source>
        <translation>Vérifiez la planification et qu&apos;une sauvegarde échouée déclenche une alerte. Examinez les résultats de sauvegarde des 30 derniers jours.</translation>
    </message>
    <message>
        <source>A restore from backup was tested end to end and met the recovery time objective.</source>
        <translation>Une restauration depuis une sauvegarde a été testée de bout en bout et a respecté l&apos;objectif de temps de reprise.</translation>
    </message>
    <message>
        <source>Ask for the last restore drill: the data restored, the time it took against the RTO, and the data loss window against the RPO.</source>
        <translation>Demandez le dernier exercice de restauration : les données restaurées, le temps mis par rapport au RTO et la fenêtre de perte de données par rapport au RPO.</translation>
    </message>
    <message>
        <source>Recovery point and recovery time objectives are defined and agreed with the business.</source>
        <translation>Les objectifs de point et de temps de reprise sont définis et convenus avec les métiers.</translation>
    </message>
    <message>
        <source>Look for RPO and RTO values signed off by the service owner, and check the backup frequency can meet the RPO.</source>
        <translation>Cherchez des valeurs de RPO et RTO validées par le responsable du service, et vérifiez que la fréquence des sauvegardes permet de tenir le RPO.</translation>
    </message>
    <message>
        <source>Backups are stored in a separate account or region and are immutable.</source>
        <translation>Les sauvegardes sont stockées dans un compte ou une région séparés et sont immuables.</translation>
    </message>
    <message>
        <source>Confirm that a compromise of the production account cannot delete the backups (object lock, separate account, or offline copy).</source>
        <translation>Confirmez qu&apos;une compromission du compte de production ne peut pas supprimer les sauvegardes (verrouillage d&apos;objets, compte séparé ou copie hors ligne).</translation>
    </message>
    <message>
        <source>Schema migrations are versioned, tested and reversible or forward-fixable.</source>
        <translation>Les migrations de schéma sont versionnées, testées et réversibles ou corrigeables vers l&apos;avant.</translation>
    </message>
    <message>
        <source>Check the migration tool, that migrations run in the pipeline against a production-like copy, and the plan for a failed migration.</source>
        <translation>Vérifiez l&apos;outil de migration, que les migrations tournent dans la chaîne sur une copie proche de la production, et le plan en cas d&apos;échec d&apos;une migration.</translation>
    </message>
    <message>
        <source>Data retention and deletion follow the data classification policy.</source>
        <translation>La conservation et la suppression des données suivent la politique de classification des données.</translation>
    </message>
    <message>
        <source>Sample a data type with a retention rule and check it is deleted on time. Personal data needs a process for erasure requests.</source>
        <translation>Prenez un type de données avec une règle de conservation et vérifiez qu&apos;il est supprimé à temps. Les données personnelles ont besoin d&apos;une procédure pour les demandes d&apos;effacement.</translation>
    </message>
    <message>
        <source>Operational Readiness</source>
        <translation>Préparation opérationnelle</translation>
    </message>
    <message>
        <source>Whether the team can deploy, operate, roll back and support the service in production.</source>
        <translation>Si l&apos;équipe peut déployer, exploiter, revenir en arrière et assurer le support du service en production.</translation>
    </message>
    <message>
        <source>Deployments are automated through a pipeline with no manual production steps.</source>
        <translation>Les déploiements sont automatisés par une chaîne, sans étape manuelle en production.</translation>
    </message>
    <message>
        <source>Walk through the last production deployment: every step should be in the pipeline log. Manual database changes or console clicks are gaps.</source>
        <translation>Parcourez le dernier déploiement en production : chaque étape doit figurer dans le journal de la chaîne. Les modifications manuelles de base de données ou les clics en console sont des écarts.</translation>
    </message>
    <message>
        <source>A rollback can be done in minutes and was tested for this release.</source>
        <translation>Un retour arrière se fait en quelques minutes et a été testé pour cette version.</translation>
    </message>
    <message>
        <source>Ask how to roll back and when it was last done. Releases with irreversible migrations need a documented forward-fix plan.</source>
        <translation>Demandez comment revenir en arrière et quand cela a été fait pour la dernière fois. Les versions avec des migrations irréversibles ont besoin d&apos;un plan de correction vers l&apos;avant documenté.</translation>
    </message>
    <message>
        <source>An on-call rotation with escalation paths is staffed for the service.</source>
        <translation>Une rotation d&apos;astreinte avec des voies d&apos;escalade est assurée pour le service.</translation>
    </message>
    <message>
        <source>Check the rotation in the paging tool: a primary and a secondary, contact details current, and an escalation to the service owner.</source>
        <translation>Vérifiez la rotation dans l&apos;outil d&apos;alerte : un titulaire et un suppléant, des coordonnées à jour et une escalade vers le responsable du service.</translation>
    </message>
    <message>
        <source>Runbooks exist for the top known failure modes and were used in a drill.</source>
        <translation>Des runbooks existent pour les principaux modes de défaillance connus et ont servi lors d&apos;un exercice.</translation>
    </message>
    <message>
        <source>List the five most likely incidents and check each has a runbook that a person new to the service could follow.</source>
        <translation>Listez les cinq incidents les plus probables et vérifiez que chacun a un runbook qu&apos;une personne nouvelle sur le service pourrait suivre.</translation>
    </message>
    <message>
        <source>An incident management process with post-incident reviews is in place.</source>
        <translation>Un processus de gestion des incidents avec revues post-incident est en place.</translation>
    </message>
    <message>
        <source>Look for the incident template, severity definitions and the last post-incident review with its action items tracked.</source>
        <translation>Cherchez le modèle d&apos;incident, les définitions de gravité et la dernière revue post-incident avec ses actions suivies.</translation>
    </message>
    <message>
        <source>Change management approval and release communication are defined.</source>
        <translation>L&apos;approbation des changements et la communication des versions sont définies.</translation>
    </message>
    <message>
        <source>Check how a production change is approved and who is told about releases and maintenance windows.</source>
        <translation>Vérifiez comment un changement en production est approuvé et qui est informé des versions et des fenêtres de maintenance.</translation>
    </message>
    <message>
        <source>Documentation &amp; Training</source>
        <translation>Documentation et formation</translation>
    </message>
    <message>
        <source>Whether the people who build, run and use the service have what they need to do so.</source>
        <translation>Si les personnes qui construisent, exploitent et utilisent le service ont ce qu&apos;il leur faut pour le faire.</translation>
    </message>
    <message>
        <source>Operational documentation (architecture, runbooks, configuration) is current and findable.</source>
        <translation>La documentation d&apos;exploitation (architecture, runbooks, configuration) est à jour et facile à trouver.</translation>
    </message>
    <message>
        <source>Ask a team member to find the runbook for a named alert in under two minutes.</source>
        <translation>Demandez à un membre de l&apos;équipe de trouver le runbook d&apos;une alerte donnée en moins de deux minutes.</translation>
    </message>
    <message>
        <source>API documentation is published and matches the deployed version.</source>
        <translation>La documentation de l&apos;API est publiée et correspond à la version déployée.</translation>
    </message>
    <message>
        <source>Compare the published API reference with the running service (OpenAPI spec version, endpoints).</source>
        <translation>Comparez la référence d&apos;API publiée avec le service en marche (version de la spécification OpenAPI, points d&apos;accès).</translation>
    </message>
    <message>
        <source>User documentation and release notes are ready for this release.</source>
        <translation>La documentation utilisateur et les notes de version sont prêtes pour cette version.</translation>
    </message>
    <message>
        <source>Check the user guide covers the new features and the release notes list changes and known issues.</source>
        <translation>Vérifiez que le guide utilisateur couvre les nouvelles fonctions et que les notes de version listent les changements et les problèmes connus.</translation>
    </message>
    <message>
        <source>Support staff were trained on the service and its common issues.</source>
        <translation>Le personnel de support a été formé au service et à ses problèmes courants.</translation>
    </message>
    <message>
        <source>Ask for the training record and the support knowledge base articles for the service.</source>
        <translation>Demandez l&apos;attestation de formation et les articles de la base de connaissances du support sur le service.</translation>
    </message>
    <message>
        <source>On-call engineers completed a handover or shadow shift for the service.</source>
        <translation>Les ingénieurs d&apos;astreinte ont effectué une passation ou une astreinte en binôme pour le service.</translation>
    </message>
    <message>
        <source>Every person on the rotation should have shadowed an on-call shift or handled a drill incident.</source>
        <translation>Chaque personne de la rotation devrait avoir suivi une astreinte en binôme ou traité un incident d&apos;exercice.</translation>
    </message>
    <message>
        <source>Known limitations and workarounds are documented for support.</source>
        <translation>Les limitations connues et leurs contournements sont documentés pour le support.</translation>
    </message>
    <message>
        <source>Look for a list of known issues with their workarounds in the support knowledge base.</source>
        <translation>Cherchez une liste des problèmes connus avec leurs contournements dans la base de connaissances du support.</translation>
    </message>
    <message>
        <source>Risk Management</source>
        <translation>Gestion des risques</translation>
    </message>
    <message>
        <source>Whether the risks of going live are known, owned and mitigated or accepted by the right people.</source>
        <translation>Si les risques de la mise en production sont connus, attribués, et atténués ou acceptés par les bonnes personnes.</translation>
    </message>
    <message>
        <source>A risk register for the release exists with probability, impact and owner for each risk.</source>
        <translation>Un registre des risques de la version existe, avec probabilité, impact et responsable pour chaque risque.</translation>
    </message>
    <message>
        <source>Review the register: every risk needs an owner and a rating; risks rated high need a mitigation.</source>
        <translation>Examinez le registre : chaque risque a besoin d&apos;un responsable et d&apos;une cotation ; les risques cotés élevés ont besoin d&apos;une atténuation.</translation>
    </message>
    <message>
        <source>High risks have mitigations in place or a documented acceptance by the service owner.</source>
        <translation>Les risques élevés ont des atténuations en place ou une acceptation documentée par le responsable du service.</translation>
    </message>
    <message>
        <source>For each high risk, check that the mitigation is done or that the acceptance is signed and dated.</source>
        <translation>Pour chaque risque élevé, vérifiez que l&apos;atténuation est faite ou que l&apos;acceptation est signée et datée.</translation>
    </message>
    <message>
        <source>A business continuity plan covers the loss of the service.</source>
        <translation>Un plan de continuité d&apos;activité couvre la perte du service.</translation>
    </message>
    <message>
        <source>Ask how the business operates if the service is down for a day, and who decides to invoke the plan.</source>
        <translation>Demandez comment l&apos;activité continue si le service est indisponible une journée, et qui décide de déclencher le plan.</translation>
    </message>
    <message>
        <source>Critical third-party dependencies have SLAs and a plan for their failure.</source>
        <translation>Les dépendances critiques envers des tiers ont des SLA et un plan en cas de défaillance.</translation>
    </message>
    <message>
        <source>List the vendors the service cannot run without and check their SLA and the fallback if they fail.</source>
        <translation>Listez les fournisseurs sans lesquels le service ne peut pas fonctionner et vérifiez leur SLA et la solution de repli en cas de défaillance.</translation>
    </message>
    <message>
        <source>A phased rollout plan with success criteria and stop conditions is agreed.</source>
        <translation>Un plan de déploiement progressif avec critères de succès et conditions d&apos;arrêt est convenu.</translation>
    </message>
    <message>
        <source>Check the rollout phases (for example 5 %, 25 %, 100 %), the criteria to move on, and who can stop the rollout.</source>
        <translation>Vérifiez les phases du déploiement (par exemple 5 %, 25 %, 100 %), les critères pour passer à la suivante et qui peut arrêter le déploiement.</translation>
    </message>
    <message>
        <source>Go/no-go criteria and decision makers for the launch are defined.</source>
        <translation>Les critères go/no-go et les décideurs du lancement sont définis.</translation>
    </message>
    <message>
        <source>Look for the list of criteria and the named people who make the final decision.</source>
        <translation>Cherchez la liste des critères et les personnes nommées qui prennent la décision finale.</translation>
    </message>
    <message>
        <source>Release validation</source>
        <translation>Validation de version</translation>
    </message>
    <message>
        <source>Four categories scored in points (infrastructure 25, security 30, performance 20, compliance 25) with a target of 80 % each, for validating a release before it goes to production.</source>
        <translation>Quatre catégories notées en points (infrastructure 25, sécurité 30, performance 20, conformité 25) avec un objectif de 80 % chacune, pour valider une version avant sa mise en production.</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>The production platform: certificates, secrets, monitoring, backups and recovery.</source>
        <translation>La plateforme de production : certificats, secrets, supervision, sauvegardes et reprise.</translation>
    </message>
    <message>
        <source>TLS certificates are issued for every public endpoint and renew automatically.</source>
        <translation>Des certificats TLS sont émis pour chaque point d&apos;accès public et se renouvellent automatiquement.</translation>
    </message>
    <message>
        <source>Check each endpoint&apos;s certificate (issuer, expiry) and the renewal job. A certificate expiring within 30 days without automatic renewal is unmet.</source>
        <translation>Vérifiez le certificat de chaque point d&apos;accès (émetteur, expiration) et la tâche de renouvellement. Un certificat expirant dans les 30 jours sans renouvellement automatique n&apos;est pas satisfait.</translation>
    </message>
    <message>
        <source>Secrets are held in the secrets vault and no default credentials remain.</source>
        <translation>Les secrets sont conservés dans le coffre et aucun identifiant par défaut ne subsiste.</translation>
    </message>
    <message>
        <source>Confirm the vault is initialised and unsealed in production, applications read secrets from it, and startup rejects default passwords.</source>
        <translation>Confirmez que le coffre est initialisé et descellé en production, que les applications y lisent leurs secrets et que le démarrage refuse les mots de passe par défaut.</translation>
    </message>
    <message>
        <source>The monitoring stack (metrics, logs, alerting) is deployed and receiving production data.</source>
        <translation>La pile de supervision (métriques, journaux, alertes) est déployée et reçoit des données de production.</translation>
    </message>
    <message>
        <source>Open the dashboards for the production environment and check data from the last hour; send a test alert to the on-call channel.</source>
        <translation>Ouvrez les tableaux de bord de l&apos;environnement de production et vérifiez les données de la dernière heure ; envoyez une alerte de test sur le canal d&apos;astreinte.</translation>
    </message>
    <message>
        <source>Backups are scheduled and a restore was tested.</source>
        <translation>Les sauvegardes sont planifiées et une restauration a été testée.</translation>
    </message>
    <message>
        <source>Look for the restore test record with the time taken and the data checked after restore.</source>
        <translation>Cherchez le compte rendu du test de restauration avec la durée et les données vérifiées après restauration.</translation>
    </message>
    <message>
        <source>The disaster recovery plan was validated in an exercise.</source>
        <translation>Le plan de reprise après sinistre a été validé lors d&apos;un exercice.</translation>
    </message>
    <message>
        <source>Ask for the DR exercise report: the scenario, the recovery time reached, and the issues found.</source>
        <translation>Demandez le rapport de l&apos;exercice de reprise : le scénario, le temps de reprise atteint et les problèmes trouvés.</translation>
    </message>
    <message>
        <source>Container resource limits (CPU, memory) are configured for every service.</source>
        <translation>Les limites de ressources des conteneurs (CPU, mémoire) sont configurées pour chaque service.</translation>
    </message>
    <message>
        <source>Check the compose files or manifests for memory and CPU limits; services without limits can exhaust the host.</source>
        <translation>Vérifiez les limites de mémoire et de CPU dans les fichiers compose ou les manifestes ; les services sans limites peuvent épuiser l&apos;hôte.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Protection of accounts, data and the release itself.</source>
        <translation>Protection des comptes, des données et de la version elle-même.</translation>
    </message>
    <message>
        <source>Default passwords are rejected at startup.</source>
        <translation>Les mots de passe par défaut sont refusés au démarrage.</translation>
    </message>
    <message>
        <source>Start the service with a default credential in its configuration: it must refuse to start with a clear message.</source>
        <translation>Démarrez le service avec un identifiant par défaut dans sa configuration : il doit refuser de démarrer avec un message clair.</translation>
    </message>
    <message>
        <source>Audit logging records security events (logins, permission and configuration changes).</source>
        <translation>La journalisation d&apos;audit enregistre les événements de sécurité (connexions, changements de droits et de configuration).</translation>
    </message>
    <message>
        <source>Trigger a login and a permission change and find both in the audit log with who, when and what.</source>
        <translation>Provoquez une connexion et un changement de droits et retrouvez les deux dans le journal d&apos;audit avec qui, quand et quoi.</translation>
    </message>
    <message>
        <source>The security scan of this release passed with no critical findings.</source>
        <translation>L&apos;analyse de sécurité de cette version a réussi sans découverte critique.</translation>
    </message>
    <message>
        <source>Read the SAST, dependency and container scan results attached to the release build.</source>
        <translation>Lisez les résultats des analyses SAST, des dépendances et des conteneurs joints au build de la version.</translation>
    </message>
    <message>
        <source>A penetration test framework or external test covers the main attack surface.</source>
        <translation>Un cadre de test d&apos;intrusion ou un test externe couvre la principale surface d&apos;attaque.</translation>
    </message>
    <message>
        <source>Check the scope of the last test and that its findings were triaged.</source>
        <translation>Vérifiez le périmètre du dernier test et que ses découvertes ont été triées.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is enforced for administrator accounts.</source>
        <translation>L&apos;authentification multifacteur est imposée pour les comptes administrateurs.</translation>
    </message>
    <message>
        <source>Log in with an administrator account: a second factor must be required, with no way to skip it.</source>
        <translation>Connectez-vous avec un compte administrateur : un second facteur doit être exigé, sans moyen de l&apos;éviter.</translation>
    </message>
    <message>
        <source>Sessions expire and tokens are revocable.</source>
        <translation>Les sessions expirent et les jetons sont révocables.</translation>
    </message>
    <message>
        <source>Check session timeout settings and that revoking a user&apos;s access ends their active sessions.</source>
        <translation>Vérifiez les réglages d&apos;expiration des sessions et que la révocation de l&apos;accès d&apos;un utilisateur met fin à ses sessions actives.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Behaviour under load and the limits the service runs within.</source>
        <translation>Comportement sous charge et limites dans lesquelles le service fonctionne.</translation>
    </message>
    <message>
        <source>A load testing framework is in place and runs against a production-like environment.</source>
        <translation>Un cadre de test de charge est en place et s&apos;exécute sur un environnement proche de la production.</translation>
    </message>
    <message>
        <source>Check the load test scripts are versioned and that the last run used production-like data volumes.</source>
        <translation>Vérifiez que les scripts de test de charge sont versionnés et que la dernière exécution a utilisé des volumes de données proches de la production.</translation>
    </message>
    <message>
        <source>Performance benchmarks meet their agreed baselines.</source>
        <translation>Les bancs d&apos;essai de performance atteignent leurs références convenues.</translation>
    </message>
    <message>
        <source>Compare the latest benchmark results with the recorded baselines; regressions above 10 % need an explanation.</source>
        <translation>Comparez les derniers résultats des bancs d&apos;essai avec les références enregistrées ; les régressions de plus de 10 % doivent être expliquées.</translation>
    </message>
    <message>
        <source>Optimisation opportunities found in profiling are triaged.</source>
        <translation>Les pistes d&apos;optimisation trouvées par le profilage sont triées.</translation>
    </message>
    <message>
        <source>Look for the profiling results and the tickets raised from them.</source>
        <translation>Cherchez les résultats du profilage et les tickets qui en découlent.</translation>
    </message>
    <message>
        <source>Resource limits are tuned from measured usage.</source>
        <translation>Les limites de ressources sont réglées d&apos;après l&apos;utilisation mesurée.</translation>
    </message>
    <message>
        <source>Compare the configured limits with peak usage under load: limits far below cause throttling, far above waste capacity.</source>
        <translation>Comparez les limites configurées avec l&apos;utilisation de pointe sous charge : des limites bien en dessous provoquent un bridage, bien au-dessus gaspillent de la capacité.</translation>
    </message>
    <message>
        <source>Auto-scaling is configured where load varies.</source>
        <translation>La mise à l&apos;échelle automatique est configurée là où la charge varie.</translation>
    </message>
    <message>
        <source>Check the scaling rules and the minimum and maximum replica counts.</source>
        <translation>Vérifiez les règles de mise à l&apos;échelle et le nombre minimal et maximal de réplicas.</translation>
    </message>
    <message>
        <source>Response time targets hold at the expected peak load.</source>
        <translation>Les objectifs de temps de réponse tiennent à la charge de pointe attendue.</translation>
    </message>
    <message>
        <source>Read the p95 and p99 latency at peak from the last load test against the targets.</source>
        <translation>Lisez les latences p95 et p99 en pointe du dernier test de charge et comparez-les aux objectifs.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Regulatory and contractual obligations and the evidence that they are met.</source>
        <translation>Obligations réglementaires et contractuelles et preuves qu&apos;elles sont respectées.</translation>
    </message>
    <message>
        <source>GDPR obligations (lawful basis, data subject rights, records of processing) are met.</source>
        <translation>Les obligations du RGPD (base légale, droits des personnes concernées, registre des traitements) sont respectées.</translation>
    </message>
    <message>
        <source>Check the record of processing activities and test a data subject access request end to end.</source>
        <translation>Vérifiez le registre des activités de traitement et testez de bout en bout une demande d&apos;accès d&apos;une personne concernée.</translation>
    </message>
    <message>
        <source>SOC 2 controls relevant to the release are in place and evidenced.</source>
        <translation>Les contrôles SOC 2 pertinents pour la version sont en place et prouvés.</translation>
    </message>
    <message>
        <source>Sample three controls and ask for the evidence collected for each in this period.</source>
        <translation>Prenez trois contrôles et demandez les preuves recueillies pour chacun sur la période.</translation>
    </message>
    <message>
        <source>Anti-money-laundering and sector-specific controls are validated where they apply.</source>
        <translation>Les contrôles anti-blanchiment et sectoriels sont validés là où ils s&apos;appliquent.</translation>
    </message>
    <message>
        <source>List the sector obligations and check each has a tested control; mark not applicable where none apply.</source>
        <translation>Listez les obligations sectorielles et vérifiez que chacune a un contrôle testé ; marquez « sans objet » là où aucune ne s&apos;applique.</translation>
    </message>
    <message>
        <source>The audit trail is complete, tamper-evident and kept for the retention period.</source>
        <translation>La piste d&apos;audit est complète, inviolable et conservée pendant la durée de conservation.</translation>
    </message>
    <message>
        <source>Check that audit records cannot be altered without detection and are retained for the required time (often 365 days).</source>
        <translation>Vérifiez que les enregistrements d&apos;audit ne peuvent pas être modifiés sans détection et sont conservés pendant la durée requise (souvent 365 jours).</translation>
    </message>
    <message>
        <source>Data processing agreements are signed with every processor.</source>
        <translation>Des accords de traitement des données sont signés avec chaque sous-traitant.</translation>
    </message>
    <message>
        <source>List the third parties that process personal data and check each has a signed agreement.</source>
        <translation>Listez les tiers qui traitent des données personnelles et vérifiez que chacun a un accord signé.</translation>
    </message>
    <message>
        <source>Compliance documentation is current and approved.</source>
        <translation>La documentation de conformité est à jour et approuvée.</translation>
    </message>
    <message>
        <source>Check that each compliance policy was reviewed within the last 12 months and approved by its accountable owner.</source>
        <translation>Vérifiez que chaque politique de conformité a été revue au cours des 12 derniers mois et approuvée par son responsable.</translation>
    </message>
    <message>
        <source>Operations maturity</source>
        <translation>Maturité de l’exploitation</translation>
    </message>
    <message>
        <source>The maturity of the processes that keep a service running, each rated on a six-level scale against a target level, with a few facts recorded beside them.</source>
        <translation>La maturité des processus qui font fonctionner un service, chacun évalué sur une échelle à six niveaux par rapport à un niveau cible, avec quelques faits consignés à côté.</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Niveau de maturité</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>The process is not performed or does not reach its purpose.</source>
        <translation>Le processus n’est pas réalisé ou n’atteint pas son but.</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>The process is performed, but ad hoc and dependent on individuals.</source>
        <translation>Le processus est réalisé, mais au cas par cas et selon les personnes.</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Géré</translation>
    </message>
    <message>
        <source>The process is planned, performed and tracked for each service.</source>
        <translation>Le processus est planifié, réalisé et suivi pour chaque service.</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>One documented process is followed across services and improved.</source>
        <translation>Un processus documenté est suivi pour tous les services et amélioré.</translation>
    </message>
    <message>
        <source>Quantitatively managed</source>
        <translation>Géré quantitativement</translation>
    </message>
    <message>
        <source>The process is steered by measured objectives.</source>
        <translation>Le processus est piloté par des objectifs mesurés.</translation>
    </message>
    <message>
        <source>Optimizing</source>
        <translation>En optimisation</translation>
    </message>
    <message>
        <source>The process is improved continuously from its measurements.</source>
        <translation>Le processus est amélioré en continu à partir de ses mesures.</translation>
    </message>
    <message>
        <source>Service management</source>
        <translation>Gestion des services</translation>
    </message>
    <message>
        <source>Incidents, problems, changes and releases.</source>
        <translation>Incidents, problèmes, changements et mises en production.</translation>
    </message>
    <message>
        <source>Incident management: incidents are detected, handled, communicated and reviewed.</source>
        <translation>Gestion des incidents : les incidents sont détectés, traités, communiqués et analysés.</translation>
    </message>
    <message>
        <source>Look at the last five major incidents: how they were detected, escalated, communicated and reviewed.</source>
        <translation>Examiner les cinq derniers incidents majeurs : détection, escalade, communication et analyse.</translation>
    </message>
    <message>
        <source>Problem management: the causes of recurring incidents are found and removed.</source>
        <translation>Gestion des problèmes : les causes des incidents récurrents sont trouvées et supprimées.</translation>
    </message>
    <message>
        <source>Ask for the problem records of the last quarter and check that each has a cause and an owned fix.</source>
        <translation>Demander les fiches problème du dernier trimestre et vérifier que chacune a une cause et une correction attribuée.</translation>
    </message>
    <message>
        <source>Change management: changes are assessed, approved, tested and can be rolled back.</source>
        <translation>Gestion des changements : les changements sont évalués, approuvés, testés et réversibles.</translation>
    </message>
    <message>
        <source>Sample ten changes: approval, testing, rollback plan and outcome, including emergency changes.</source>
        <translation>Contrôler dix changements : approbation, tests, plan de retour arrière et résultat, y compris les changements urgents.</translation>
    </message>
    <message>
        <source>Release management: releases are planned, packaged and deployed the same way every time.</source>
        <translation>Gestion des mises en production : les versions sont planifiées, empaquetées et déployées chaque fois de la même façon.</translation>
    </message>
    <message>
        <source>Compare the last three releases with the documented procedure and the deployment logs.</source>
        <translation>Comparer les trois dernières mises en production avec la procédure documentée et les journaux de déploiement.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
    <message>
        <source>Capacity, backups, continuity and the facts that show them.</source>
        <translation>Capacité, sauvegardes, continuité et les faits qui les montrent.</translation>
    </message>
    <message>
        <source>Capacity management: demand is forecast and capacity is added before it runs out.</source>
        <translation>Gestion de la capacité : la demande est prévue et la capacité ajoutée avant d’être épuisée.</translation>
    </message>
    <message>
        <source>Ask for the capacity plan and the alerts that fire before a resource is exhausted.</source>
        <translation>Demander le plan de capacité et les alertes qui se déclenchent avant l’épuisement d’une ressource.</translation>
    </message>
    <message>
        <source>Backup and restore: data is backed up and restores are tested on a schedule.</source>
        <translation>Sauvegarde et restauration : les données sont sauvegardées et les restaurations testées selon un calendrier.</translation>
    </message>
    <message>
        <source>Ask for the backup schedule, the last restore test and how long the restore took.</source>
        <translation>Demander le calendrier des sauvegardes, le dernier test de restauration et sa durée.</translation>
    </message>
    <message>
        <source>Service continuity and disaster recovery plans exist and are exercised.</source>
        <translation>Des plans de continuité de service et de reprise après sinistre existent et sont exercés.</translation>
    </message>
    <message>
        <source>Check the recovery objectives, the plan, and the date and findings of the last exercise.</source>
        <translation>Vérifier les objectifs de reprise, le plan, ainsi que la date et les constats du dernier exercice.</translation>
    </message>
    <message>
        <source>Availability of the service over the last quarter, as measured by monitoring.</source>
        <translation>Disponibilité du service au dernier trimestre, telle que mesurée par la supervision.</translation>
    </message>
    <message>
        <source>From the monitoring reports; 99.9 % or more earns all points, 99.5 % or more half, less nothing.</source>
        <translation>D’après les rapports de supervision ; 99,9 % ou plus rapporte tous les points, 99,5 % ou plus la moitié, moins rien.</translation>
    </message>
    <message>
        <source>Date of the last disaster recovery test that restored the whole service.</source>
        <translation>Date du dernier test de reprise qui a restauré tout le service.</translation>
    </message>
    <message>
        <source>The date of the last test in which the service was brought back from its backups; recorded, not scored.</source>
        <translation>La date du dernier test où le service a été remis en route à partir de ses sauvegardes ; consignée, non notée.</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Services that others operate for us.</source>
        <translation>Les services que d’autres exploitent pour nous.</translation>
    </message>
    <message>
        <source>Does an external provider operate part of the service for us?</source>
        <translation>Un prestataire externe exploite-t-il une partie du service pour nous ?</translation>
    </message>
    <message>
        <source>Answer yes when any part of the service (hosting, operation, support) is run by another company.</source>
        <translation>Répondre oui si une partie du service (hébergement, exploitation, support) est assurée par une autre entreprise.</translation>
    </message>
    <message>
        <source>Supplier management: providers are selected, monitored and reviewed.</source>
        <translation>Gestion des fournisseurs : les prestataires sont choisis, suivis et évalués.</translation>
    </message>
    <message>
        <source>Asked only when a provider operates part of the service: contracts, reviews and escalation paths.</source>
        <translation>Demandé seulement si un prestataire exploite une partie du service : contrats, revues et voies d’escalade.</translation>
    </message>
    <message>
        <source>Which assurances does the provider give about its operation?</source>
        <translation>Quelles assurances le prestataire donne-t-il sur son exploitation ?</translation>
    </message>
    <message>
        <source>Tick every assurance that is current and on file; each counts towards the full score of 6.</source>
        <translation>Cocher chaque assurance à jour et disponible ; chacune compte pour le score complet de 6.</translation>
    </message>
    <message>
        <source>A current security certification</source>
        <translation>Une certification de sécurité en cours de validité</translation>
    </message>
    <message>
        <source>An independent audit report</source>
        <translation>Un rapport d’audit indépendant</translation>
    </message>
    <message>
        <source>Service levels in the contract</source>
        <translation>Des niveaux de service dans le contrat</translation>
    </message>
    <message>
        <source>An exit plan</source>
        <translation>Un plan de réversibilité</translation>
    </message>
    <message>
        <source>Who owns the relationship with the provider on our side?</source>
        <translation>Qui porte la relation avec le prestataire de notre côté ?</translation>
    </message>
    <message>
        <source>The name or role of the person who reviews the provider&apos;s performance; recorded, not scored.</source>
        <translation>Le nom ou le rôle de la personne qui évalue la performance du prestataire ; consigné, non noté.</translation>
    </message>
    <message>
        <source>Software assurance maturity</source>
        <translation>Maturité de l’assurance logicielle</translation>
    </message>
    <message>
        <source>How far secure development practices reach across a software organisation: five business functions, three practices each, every practice answered by how much of the organisation it covers.</source>
        <translation>Jusqu’où les pratiques de développement sécurisé s’étendent dans une organisation logicielle : cinq fonctions métier de trois pratiques chacune, chaque pratique évaluée selon la part de l’organisation qu’elle couvre.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The practice is not followed anywhere.</source>
        <translation>La pratique n’est suivie nulle part.</translation>
    </message>
    <message>
        <source>Yes, for some</source>
        <translation>Oui, pour certains</translation>
    </message>
    <message>
        <source>A few teams or applications follow it.</source>
        <translation>Quelques équipes ou applications la suivent.</translation>
    </message>
    <message>
        <source>Yes, for at least half</source>
        <translation>Oui, pour au moins la moitié</translation>
    </message>
    <message>
        <source>At least half of the teams or applications follow it.</source>
        <translation>Au moins la moitié des équipes ou des applications la suivent.</translation>
    </message>
    <message>
        <source>Yes, for most or all</source>
        <translation>Oui, pour la plupart ou tous</translation>
    </message>
    <message>
        <source>The practice is the norm across the organisation.</source>
        <translation>La pratique est la norme dans toute l’organisation.</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>How software security is steered, measured and taught.</source>
        <translation>Comment la sécurité logicielle est pilotée, mesurée et enseignée.</translation>
    </message>
    <message>
        <source>A software security strategy with measurable goals is agreed with the business.</source>
        <translation>Une stratégie de sécurité logicielle aux objectifs mesurables est convenue avec les métiers.</translation>
    </message>
    <message>
        <source>Ask for the strategy document and the figures reported against it in the last quarter.</source>
        <translation>Demander le document de stratégie et les chiffres rapportés au dernier trimestre.</translation>
    </message>
    <message>
        <source>Security policies and standards are written for the technologies in use and checked for compliance.</source>
        <translation>Des politiques et normes de sécurité sont rédigées pour les technologies utilisées et leur respect est contrôlé.</translation>
    </message>
    <message>
        <source>Ask which standards apply to the main technologies and how compliance with them is checked.</source>
        <translation>Demander quelles normes s’appliquent aux principales technologies et comment leur respect est vérifié.</translation>
    </message>
    <message>
        <source>Developers receive role-based secure development training every year.</source>
        <translation>Les développeurs suivent chaque année une formation au développement sécurisé adaptée à leur rôle.</translation>
    </message>
    <message>
        <source>Compare the training records with the list of people who commit code in the last year.</source>
        <translation>Comparer les attestations de formation avec la liste des personnes ayant livré du code dans l’année.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>How threats and security requirements shape what is built.</source>
        <translation>Comment les menaces et les exigences de sécurité façonnent ce qui est construit.</translation>
    </message>
    <message>
        <source>Threat models are made for new and changed applications.</source>
        <translation>Des modèles de menaces sont établis pour les applications nouvelles ou modifiées.</translation>
    </message>
    <message>
        <source>Ask for the threat models of the last three new or changed applications and who made them.</source>
        <translation>Demander les modèles de menaces des trois dernières applications nouvelles ou modifiées et qui les a faits.</translation>
    </message>
    <message>
        <source>Security requirements are written down with the functional requirements, also for suppliers.</source>
        <translation>Les exigences de sécurité sont écrites avec les exigences fonctionnelles, y compris pour les fournisseurs.</translation>
    </message>
    <message>
        <source>Check a few recent features and supplier contracts for written security requirements.</source>
        <translation>Vérifier dans quelques fonctionnalités récentes et contrats fournisseurs la présence d’exigences de sécurité écrites.</translation>
    </message>
    <message>
        <source>Architectures follow reviewed secure patterns and shared security components.</source>
        <translation>Les architectures suivent des modèles sûrs revus et des composants de sécurité partagés.</translation>
    </message>
    <message>
        <source>Ask for the reference architectures and which shared components handle login and secrets.</source>
        <translation>Demander les architectures de référence et quels composants partagés gèrent l’authentification et les secrets.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>How software is built, deployed and kept free of known defects.</source>
        <translation>Comment le logiciel est construit, déployé et tenu exempt de défauts connus.</translation>
    </message>
    <message>
        <source>Builds are automated, repeatable and check the dependencies for known vulnerabilities.</source>
        <translation>Les constructions sont automatisées, reproductibles et vérifient les dépendances pour les vulnérabilités connues.</translation>
    </message>
    <message>
        <source>Look at the build pipeline: is it scripted, and does it fail on a known vulnerable dependency?</source>
        <translation>Examiner la chaîne de construction : est-elle scriptée et échoue-t-elle sur une dépendance vulnérable connue ?</translation>
    </message>
    <message>
        <source>Deployments are automated and secrets are kept out of code and configuration files.</source>
        <translation>Les déploiements sont automatisés et les secrets restent hors du code et des fichiers de configuration.</translation>
    </message>
    <message>
        <source>Look at a deployment and at the configuration repository for secrets in plain text.</source>
        <translation>Examiner un déploiement et le dépôt de configuration à la recherche de secrets en clair.</translation>
    </message>
    <message>
        <source>Security defects are tracked to closure with agreed deadlines by severity.</source>
        <translation>Les défauts de sécurité sont suivis jusqu’à leur correction, avec des délais convenus selon la gravité.</translation>
    </message>
    <message>
        <source>Ask for the open security defects, their severity and age against the agreed deadlines.</source>
        <translation>Demander les défauts de sécurité ouverts, leur gravité et leur âge par rapport aux délais convenus.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>How software is checked against its security requirements.</source>
        <translation>Comment le logiciel est vérifié au regard de ses exigences de sécurité.</translation>
    </message>
    <message>
        <source>Architectures are assessed against the threat model before release.</source>
        <translation>Les architectures sont évaluées au regard du modèle de menaces avant la mise en production.</translation>
    </message>
    <message>
        <source>Ask for the last architecture assessments and what was changed because of them.</source>
        <translation>Demander les dernières évaluations d’architecture et ce qui a changé à leur suite.</translation>
    </message>
    <message>
        <source>Security requirements are turned into automated tests that run on every change.</source>
        <translation>Les exigences de sécurité deviennent des tests automatisés exécutés à chaque changement.</translation>
    </message>
    <message>
        <source>Find the tests that check security requirements and whether the pipeline runs them.</source>
        <translation>Trouver les tests qui vérifient les exigences de sécurité et voir si la chaîne les exécute.</translation>
    </message>
    <message>
        <source>Applications are tested for security by scanning and by manual testing before release.</source>
        <translation>Les applications sont testées pour la sécurité par analyse automatique et par tests manuels avant la mise en production.</translation>
    </message>
    <message>
        <source>Ask for the latest scan results and manual test reports and how their findings were handled.</source>
        <translation>Demander les derniers résultats d’analyse et rapports de tests manuels et le traitement de leurs constats.</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>How software is run and protected once it is live.</source>
        <translation>Comment le logiciel est exploité et protégé une fois en production.</translation>
    </message>
    <message>
        <source>Security incidents are detected, handled and reviewed by a named team.</source>
        <translation>Les incidents de sécurité sont détectés, traités et analysés par une équipe désignée.</translation>
    </message>
    <message>
        <source>Ask for the incident procedure, the team on call and the reviews of the last incidents.</source>
        <translation>Demander la procédure d’incident, l’équipe d’astreinte et les analyses des derniers incidents.</translation>
    </message>
    <message>
        <source>Hosts and platforms are hardened from a baseline and patched on a schedule.</source>
        <translation>Les hôtes et plateformes sont durcis selon une référence et corrigés selon un calendrier.</translation>
    </message>
    <message>
        <source>Compare a sample of hosts with the hardening baseline and the patch schedule.</source>
        <translation>Comparer un échantillon d’hôtes avec la référence de durcissement et le calendrier des correctifs.</translation>
    </message>
    <message>
        <source>Data is classified and protected in operation, and systems are retired safely.</source>
        <translation>Les données sont classées et protégées en exploitation, et les systèmes sont retirés en sécurité.</translation>
    </message>
    <message>
        <source>Ask for the data classification and how a system was last retired and its data removed.</source>
        <translation>Demander la classification des données et comment un système a été retiré et ses données effacées la dernière fois.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guidance:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conseils :&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Blocker: if this item is not met, the assessment is not ready whatever the score.</source>
        <translation>Bloquant : si ce point n&apos;est pas satisfait, l&apos;évaluation n&apos;est pas prête, quel que soit le score.</translation>
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
        <translation>Passer %1 à %2</translation>
    </message>
    <message>
        <source>Give %1 %2 points</source>
        <translation>Donner %2 points à %1</translation>
    </message>
    <message>
        <source>Here now: %1</source>
        <translation>Ici en ce moment : %1</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Ne s’applique pas</translation>
    </message>
    <message>
        <source>%1 (not applicable)</source>
        <translation>%1 (non applicable)</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n niveau sous la cible</numerusform>
            <numerusform>%n niveaux sous la cible</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Signalé pour revue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n discussion non résolue</numerusform>
            <numerusform>%n discussions non résolues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Filtrer les points</translation>
    </message>
    <message>
        <source>Filter all items: key, text, note, owner (Ctrl+F)</source>
        <translation>Filtrer tous les points : clé, texte, note, responsable (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>&amp;Blockers</source>
        <translation>&amp;Bloquants</translation>
    </message>
    <message>
        <source>&amp;Without evidence</source>
        <translation>&amp;Sans preuve</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>Every item has been assessed.</source>
        <translation>Tous les points ont été évalués.</translation>
    </message>
    <message>
        <source>Go to Item</source>
        <translation>Aller au point</translation>
    </message>
    <message>
        <source>Item &amp;key:</source>
        <translation>&amp;Clé du point :</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot;.</source>
        <translation>Aucun point n&apos;a la clé « %1 ».</translation>
    </message>
    <message>
        <source>Remove Domain</source>
        <translation>Supprimer le domaine</translation>
    </message>
    <message numerus="yes">
        <source>Remove the domain &quot;%1&quot; with its %n item(s) and their answers? You can undo this.</source>
        <translation>
            <numerusform>Supprimer le domaine « %1 » avec son %n point et sa réponse ? Vous pouvez l&apos;annuler.</numerusform>
            <numerusform>Supprimer le domaine « %1 » avec ses %n points et leurs réponses ? Vous pouvez l&apos;annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Remove the item %1 with its answer? You can undo this.</source>
        <translation>Supprimer le point %1 avec sa réponse ? Vous pouvez l&apos;annuler.</translation>
    </message>
    <message>
        <source>%1 is answered yes (1) or no (3).</source>
        <translation>%1 se répond par oui (1) ou non (3).</translation>
    </message>
    <message>
        <source>%1 is answered with %2: press the digit of a level or choice.</source>
        <translation>%1 se répond par « %2 » : appuyer sur le chiffre d’un niveau ou d’une réponse.</translation>
    </message>
    <message>
        <source>%1 is answered with %2: type it in the item panel.</source>
        <translation>%1 se répond par « %2 » : la saisir dans le panneau du point.</translation>
    </message>
    <message>
        <source>%1 has no level or choice %2.</source>
        <translation>%1 n’a pas de niveau ou de réponse %2.</translation>
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
        <translation>Filtrer par revue</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Tout état de revue</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Commentaires ouverts</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
</context>
<context>
    <name>Cms</name>
    <message>
        <source>The signature cannot be made: %1</source>
        <translation>La signature ne peut pas être créée : %1</translation>
    </message>
    <message>
        <source>The signature cannot be written: %1</source>
        <translation>La signature ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <source>The signature is damaged: it is not a CMS signature.</source>
        <translation>La signature est endommagée : ce n&apos;est pas une signature CMS.</translation>
    </message>
    <message>
        <source>The signature has %1 signers; a report signature has exactly one.</source>
        <translation>La signature a %1 signataires ; une signature de rapport en a exactement un.</translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation>La signature ne contient pas le certificat du signataire.</translation>
    </message>
    <message>
        <source>The report was changed after it was signed: its content no longer matches the signature.</source>
        <translation>Le rapport a été modifié après sa signature : son contenu ne correspond plus à la signature.</translation>
    </message>
    <message>
        <source>The signature does not verify (%1).</source>
        <translation>La signature ne se vérifie pas (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not valid when the report was signed (valid %1 to %2).</source>
        <translation>Le certificat du signataire n&apos;était pas valide lors de la signature du rapport (valide du %1 au %2).</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>%1
Run &apos;readiness-cli %2 --help&apos; for usage.</source>
        <translation>%1
Lancez « readiness-cli %2 --help » pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Missing arguments.
Run &apos;readiness-cli %1 --help&apos; for usage.</source>
        <translation>Arguments manquants.
Lancez « readiness-cli %1 --help » pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>readiness-cli %1: %2</source>
        <translation>readiness-cli %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 ne peut pas être modifié : %2</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <source>The name recorded as having made the change (default: your login name).</source>
        <translation>Le nom enregistré comme auteur de la modification (par défaut : votre nom de connexion).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>--%1 FILE is required: the file holding the passphrase.</source>
        <translation>--%1 FICHIER est obligatoire : le fichier contenant la phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Le fichier de phrase secrète %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>readiness-cli %1: the last change to %2 was interrupted; it has been rolled back.</source>
        <translation>readiness-cli %1 : la dernière modification de %2 a été interrompue ; elle a été annulée.</translation>
    </message>
</context>
<context>
    <name>CommentCommand</name>
    <message>
        <source>Comment on an item, answer a comment, or resolve or reopen a comment thread.</source>
        <translation>Commenter un point, répondre à un commentaire, ou résoudre ou rouvrir une discussion.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>Le point.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Le commentaire.</translation>
    </message>
    <message>
        <source>Answer the thread that comment starts.</source>
        <translation>Répondre à la discussion que ce commentaire ouvre.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Mark the thread resolved.</source>
        <translation>Marquer la discussion comme résolue.</translation>
    </message>
    <message>
        <source>Open a resolved thread again.</source>
        <translation>Rouvrir une discussion résolue.</translation>
    </message>
    <message>
        <source>Give --resolve or --reopen, not both.</source>
        <translation>Indiquez --resolve ou --reopen, pas les deux.</translation>
    </message>
    <message>
        <source>Give the item&apos;s key and the comment&apos;s text (or --resolve ID, --reopen ID).</source>
        <translation>Indiquez la clé du point et le texte du commentaire (ou --resolve N°, --reopen N°).</translation>
    </message>
    <message>
        <source>There is no comment %1 (see &apos;review&apos;).</source>
        <translation>Il n’existe pas de commentaire %1 (voir « review »).</translation>
    </message>
    <message>
        <source>Comment %1 answers another; resolve the thread&apos;s first comment.</source>
        <translation>Le commentaire %1 répond à un autre ; résolvez le premier commentaire de la discussion.</translation>
    </message>
    <message>
        <source>Thread %1 resolved.</source>
        <translation>Discussion %1 résolue.</translation>
    </message>
    <message>
        <source>Thread %1 open again.</source>
        <translation>Discussion %1 rouverte.</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>Ce projet n’a pas de point avec la clé « %1 ».</translation>
    </message>
    <message>
        <source>Comment %1 is not on %2.</source>
        <translation>Le commentaire %1 ne porte pas sur %2.</translation>
    </message>
    <message>
        <source>Comment %1 on %2.</source>
        <translation>Commentaire %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Avant les deux modifications</translation>
    </message>
    <message>
        <source>Your decision (edit it, or start from a three-way merge of both):</source>
        <translation>Votre décision (modifiez-la, ou partez d’une fusion à trois voies des deux) :</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendre la &amp;leur</translation>
    </message>
    <message>
        <source>Use &amp;Edited</source>
        <translation>Utiliser la version &amp;modifiée</translation>
    </message>
    <message>
        <source>&amp;Put Back</source>
        <translation>&amp;Remettre</translation>
    </message>
    <message>
        <source>Keep &amp;Removed</source>
        <translation>Laisser &amp;supprimé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 (removed and changed)</source>
        <translation>%1 (supprimé et modifié)</translation>
    </message>
    <message>
        <source>No conflicts wait for a decision.</source>
        <translation>Aucun conflit n’attend de décision.</translation>
    </message>
    <message>
        <source>%1 was removed in one copy and changed in another.</source>
        <translation>%1 a été supprimé dans une copie et modifié dans une autre.</translation>
    </message>
    <message>
        <source>%1 was changed in two copies that had not seen each other&apos;s change.</source>
        <translation>%1 a été modifié dans deux copies qui n’avaient pas vu la modification de l’autre.</translation>
    </message>
    <message>
        <source>Here: %1, %2</source>
        <translation>Ici : %1, %2</translation>
    </message>
    <message>
        <source>There: %1, %2</source>
        <translation>Là-bas : %1, %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>The template file to write (.json).</source>
        <translation>Le fichier de modèle à écrire (.json).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>-o TEMPLATE.json is required.</source>
        <translation>-o MODELE.json est obligatoire.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 domains, %4 items.</source>
        <translation>%1 écrit : %2, %3 domaines, %4 points.</translation>
    </message>
    <message>
        <source>Write any checklist this version reads (OSCAL, Well-Architected lens, framework YAML, questionnaire, CSV) as a template.</source>
        <translation>Écrire comme modèle toute liste de contrôle que cette version lit (OSCAL, lens Well-Architected, référentiel YAML, questionnaire, CSV).</translation>
    </message>
    <message>
        <source>The checklist to read: a template, an OSCAL catalog or profile, a lens, a framework library (YAML), a questionnaire or a CSV file.</source>
        <translation>La liste de contrôle à lire : un modèle, un catalogue ou profil OSCAL, une lens, une bibliothèque de référentiel (YAML), un questionnaire ou un fichier CSV.</translation>
    </message>
    <message>
        <source>For a framework library: only these implementation groups, comma-separated (default: all).</source>
        <translation>Pour une bibliothèque de référentiel : seulement ces groupes de mise en œuvre, séparés par des virgules (par défaut : tous).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>For a framework library: the language to read it in, one of its translations (default: the library&apos;s own).</source>
        <translation>Pour une bibliothèque de référentiel : la langue dans laquelle la lire, l’une de ses traductions (par défaut : la sienne).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted field that starts before line %1 is never closed.</source>
        <translation>Un champ entre guillemets qui commence avant la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>%1 ne peut pas être lu comme CSV : %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 needs a header row with at least the columns &quot;domain&quot; and &quot;text&quot; (and optionally key, guidance, points, blocker); its first row is: %2</source>
        <translation>%1 nécessite une ligne d&apos;en-tête avec au moins les colonnes « domain » et « text » (et, au choix, key, guidance, points, blocker) ; sa première ligne est : %2</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>%1, row %2: the key &quot;%3&quot; is used twice.</source>
        <translation>%1, ligne %2 : la clé « %3 » est utilisée deux fois.</translation>
    </message>
    <message>
        <source>%1, row %2: &quot;points&quot; must be a number above 0, not &quot;%3&quot;.</source>
        <translation>%1, ligne %2 : « points » doit être un nombre supérieur à 0, pas « %3 ».</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overall score, computed and adjusted</source>
        <translation>Score global, calculé et ajusté</translation>
    </message>
    <message>
        <source>Domain scores with targets</source>
        <translation>Scores des domaines avec objectifs</translation>
    </message>
    <message>
        <source>Domain scores, now and at the last milestone</source>
        <translation>Scores des domaines, maintenant et au dernier jalon</translation>
    </message>
    <message>
        <source>Item status by domain</source>
        <translation>Statut des points par domaine</translation>
    </message>
    <message>
        <source>KPIs against their targets</source>
        <translation>KPI par rapport à leurs objectifs</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <source>Show Table</source>
        <translation>Afficher le tableau</translation>
    </message>
    <message>
        <source>Show the numbers of &quot;%1&quot; as a table</source>
        <translation>Afficher les chiffres de « %1 » sous forme de tableau</translation>
    </message>
    <message>
        <source>Show Chart</source>
        <translation>Afficher le graphique</translation>
    </message>
    <message>
        <source>Export as PNG...</source>
        <translation>Exporter en PNG...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as SVG...</source>
        <translation>Exporter en SVG...</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
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
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Risques ouverts</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>Réel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1 : %2 %3, %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>%1: %2 h</source>
        <translation>%1 : %2 h</translation>
    </message>
    <message>
        <source>Share of target (100 % = target met)</source>
        <translation>Part de l&apos;objectif (100 % = objectif atteint)</translation>
    </message>
    <message>
        <source>Findings: effort by priority</source>
        <translation>Constats : effort par priorité</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Findings: effort by priority (no finding recorded yet)</source>
        <translation>Constats : effort par priorité (aucun constat enregistré pour l&apos;instant)</translation>
    </message>
    <message>
        <source>KPIs against their targets (no KPI recorded yet)</source>
        <translation>KPI par rapport à leurs objectifs (aucun KPI enregistré pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 (target %2 %3%4)</source>
        <translation>%1 (objectif %2 %3%4)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired evidence: %1</source>
        <translation>Preuves expirées : %1</translation>
    </message>
    <message>
        <source>Evidence collected outside the assessment period: %1</source>
        <translation>Preuves recueillies hors de la période évaluée : %1</translation>
    </message>
    <message>
        <source>Only rejected evidence: %1</source>
        <translation>Seulement des preuves rejetées : %1</translation>
    </message>
    <message>
        <source>Rejected evidence: %1</source>
        <translation>Preuves rejetées : %1</translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Signalé pour revue : %1</translation>
    </message>
    <message>
        <source>Unresolved comments: %1</source>
        <translation>Commentaires non résolus : %1</translation>
    </message>
    <message>
        <source>Review signed off for %1 of %2 domains.</source>
        <translation>Revue approuvée pour %1 domaines sur %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs a second look&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;À revoir&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Approuvé sous conditions</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo project, a filled-in assessment to explore.</source>
        <translation>Créer le projet de démonstration, une évaluation remplie à explorer.</translation>
    </message>
    <message>
        <source>The project file to create; never overwritten.</source>
        <translation>Le fichier de projet à créer ; jamais écrasé.</translation>
    </message>
    <message>
        <source>Created the demo project %1.</source>
        <translation>Projet de démonstration %1 créé.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Les données de démonstration manquent dans cette version.</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>The device key %1 is damaged; move it away to make a new one.</source>
        <translation>La clé de l’appareil %1 est endommagée ; déplacez-la pour qu’une nouvelle soit créée.</translation>
    </message>
    <message>
        <source>No device key can be made.</source>
        <translation>Aucune clé d’appareil ne peut être créée.</translation>
    </message>
    <message>
        <source>The device key cannot be saved in %1: %2</source>
        <translation>La clé de l’appareil ne peut pas être enregistrée dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Passer %1 à %2</translation>
    </message>
    <message>
        <source>Add domain &quot;%1&quot;</source>
        <translation>Ajouter le domaine « %1 »</translation>
    </message>
    <message>
        <source>Edit domain &quot;%1&quot;</source>
        <translation>Modifier le domaine « %1 »</translation>
    </message>
    <message>
        <source>Remove domain &quot;%1&quot;</source>
        <translation>Supprimer le domaine « %1 »</translation>
    </message>
    <message>
        <source>Move domain &quot;%1&quot;</source>
        <translation>Déplacer le domaine « %1 »</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Ajouter le point %1</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Supprimer le point %1</translation>
    </message>
    <message>
        <source>Move item %1</source>
        <translation>Déplacer le point %1</translation>
    </message>
    <message>
        <source>Edit the assessment details</source>
        <translation>Modifier les détails de l&apos;évaluation</translation>
    </message>
    <message>
        <source>the overall score</source>
        <translation>le score global</translation>
    </message>
    <message>
        <source>Adjust %1 to %2</source>
        <translation>Ajuster %1 à %2</translation>
    </message>
    <message>
        <source>Remove the adjustment of %1</source>
        <translation>Supprimer l&apos;ajustement de %1</translation>
    </message>
    <message>
        <source>Edit finding &quot;%1&quot;</source>
        <translation>Modifier le constat « %1 »</translation>
    </message>
    <message>
        <source>Add finding &quot;%1&quot;</source>
        <translation>Ajouter le constat « %1 »</translation>
    </message>
    <message>
        <source>Remove finding &quot;%1&quot;</source>
        <translation>Supprimer le constat « %1 »</translation>
    </message>
    <message>
        <source>Link %1 to finding &quot;%2&quot;</source>
        <translation>Lier %1 au constat « %2 »</translation>
    </message>
    <message>
        <source>Edit risk &quot;%1&quot;</source>
        <translation>Modifier le risque « %1 »</translation>
    </message>
    <message>
        <source>Add risk &quot;%1&quot;</source>
        <translation>Ajouter le risque « %1 »</translation>
    </message>
    <message>
        <source>Remove risk &quot;%1&quot;</source>
        <translation>Supprimer le risque « %1 »</translation>
    </message>
    <message>
        <source>Edit KPI &quot;%1&quot;</source>
        <translation>Modifier le KPI « %1 »</translation>
    </message>
    <message>
        <source>Add KPI &quot;%1&quot;</source>
        <translation>Ajouter le KPI « %1 »</translation>
    </message>
    <message>
        <source>Remove KPI &quot;%1&quot;</source>
        <translation>Supprimer le KPI « %1 »</translation>
    </message>
    <message>
        <source>Edit sign-off by %1</source>
        <translation>Modifier la validation de %1</translation>
    </message>
    <message>
        <source>Add sign-off by %1</source>
        <translation>Ajouter la validation de %1</translation>
    </message>
    <message>
        <source>Remove sign-off by %1</source>
        <translation>Supprimer la validation de %1</translation>
    </message>
    <message>
        <source>Save milestone &quot;%1&quot;</source>
        <translation>Enregistrer le jalon « %1 »</translation>
    </message>
    <message>
        <source>Rename milestone &quot;%1&quot;</source>
        <translation>Renommer le jalon « %1 »</translation>
    </message>
    <message>
        <source>Delete milestone &quot;%1&quot;</source>
        <translation>Supprimer le jalon « %1 »</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>Joindre %1 à %2</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Lier %1 à %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>Retirer la preuve %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n copy(ies)</source>
        <translation>
            <numerusform>Fusionner %n copie</numerusform>
            <numerusform>Fusionner %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide %1 %2</source>
        <translation>Décider %1 %2</translation>
    </message>
    <message>
        <source>Put back %1</source>
        <translation>Remettre %1</translation>
    </message>
    <message>
        <source>Keep %1 removed</source>
        <translation>Laisser %1 supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Import %n result(s) from %1</source>
        <translation>
            <numerusform>Importer %n résultat de %1</numerusform>
            <numerusform>Importer %n résultats de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>Répondre à %1 : %2</translation>
    </message>
    <message>
        <source>Clear the answer of %1</source>
        <translation>Effacer la réponse de %1</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Nouvelle version de %1</translation>
    </message>
    <message>
        <source>Comment on an item</source>
        <translation>Commenter un point</translation>
    </message>
    <message>
        <source>Resolve a comment on %1</source>
        <translation>Résoudre un commentaire sur %1</translation>
    </message>
    <message>
        <source>Reopen a comment on %1</source>
        <translation>Rouvrir un commentaire sur %1</translation>
    </message>
    <message>
        <source>Edit a comment on %1</source>
        <translation>Modifier un commentaire sur %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commenter %1</translation>
    </message>
    <message>
        <source>Remove a comment</source>
        <translation>Supprimer un commentaire</translation>
    </message>
    <message>
        <source>Clear the flag of %1</source>
        <translation>Retirer le signalement de %1</translation>
    </message>
    <message>
        <source>Flag %1 for review</source>
        <translation>Signaler %1 pour revue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <source>Sending an item back needs a comment: the assessor reads why.</source>
        <translation>Renvoyer un point demande un commentaire : l’évaluateur lit pourquoi.</translation>
    </message>
    <message>
        <source>Send %1 back</source>
        <translation>Renvoyer %1</translation>
    </message>
    <message>
        <source>Sign off the review of %1</source>
        <translation>Approuver la revue de %1</translation>
    </message>
    <message>
        <source>Withdraw the review sign-off of %1</source>
        <translation>Retirer l’approbation de revue de %1</translation>
    </message>
</context>
<context>
    <name>DomainBars</name>
    <message>
        <source>Domain scores</source>
        <translation>Scores des domaines</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
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
        <translation>non évalué</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>sous l&apos;objectif</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1 %</source>
        <translation>objectif %1 %</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>weight %1 %</source>
        <translation>poids %1 %</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 sur %2 évalués</translation>
    </message>
    <message>
        <source>Score %1 % (%2)</source>
        <translation>Score %1 % (%2)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Adjusted from %1: %2</source>
        <translation>Ajusté depuis %1 : %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>aucun score</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Objectif %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed</source>
        <translation>%1 points de contrôle évalués sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s)</source>
        <translation>
            <numerusform>%n bloquant non satisfait</numerusform>
            <numerusform>%n bloquants non satisfaits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 percent, %2</source>
        <translation>%1 pour cent, %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Not started: no item assessed yet</source>
        <translation>Non commencé : aucun point évalué pour l&apos;instant</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>No evidence attached.</source>
        <translation>Aucune preuve jointe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 demande une date AAAA-MM-JJ, pas « %2 ».</translation>
    </message>
    <message>
        <source>The project holds no evidence &quot;%1&quot; (give its SHA-256, 8 or more of its first digits, or its name; see &apos;evidence&apos;).</source>
        <translation>Le projet ne contient aucune preuve « %1 » (indiquez son SHA-256, au moins ses 8 premiers chiffres, ou son nom ; voir « evidence »).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 pieces of evidence; give more of the SHA-256.</source>
        <translation>« %1 » désigne %2 preuves ; indiquez davantage du SHA-256.</translation>
    </message>
    <message>
        <source>The day the proof was collected (YYYY-MM-DD).</source>
        <translation>Le jour où la preuve a été recueillie (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The period the proof covers, FROM..TO (YYYY-MM-DD..YYYY-MM-DD).</source>
        <translation>La période couverte par la preuve, DU..AU (AAAA-MM-JJ..AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>The last day the proof is valid (YYYY-MM-DD).</source>
        <translation>Le dernier jour de validité de la preuve (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Give --collected or --period, not both.</source>
        <translation>Indiquez --collected ou --period, pas les deux.</translation>
    </message>
    <message>
        <source>--period needs FROM..TO, for example 2026-01-01..2026-03-31.</source>
        <translation>--period demande DU..AU, par exemple 2026-01-01..2026-03-31.</translation>
    </message>
    <message>
        <source>List the evidence in a project, or review, date or caption one piece of it.</source>
        <translation>Lister les preuves d’un projet, ou examiner, dater ou légender l’une d’elles.</translation>
    </message>
    <message>
        <source>The evidence to change: its SHA-256 (8 or more digits) or name.</source>
        <translation>La preuve à modifier : son SHA-256 (au moins 8 chiffres) ou son nom.</translation>
    </message>
    <message>
        <source>Print JSON: each piece&apos;s dates, review state, caption, who attached it and its revisions.</source>
        <translation>Afficher du JSON : pour chaque preuve ses dates, son examen, sa légende, qui l’a jointe et ses versions.</translation>
    </message>
    <message>
        <source>Accept the evidence as proof.</source>
        <translation>Accepter la preuve.</translation>
    </message>
    <message>
        <source>Reject the evidence, giving the reason.</source>
        <translation>Rejeter la preuve, avec la raison.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>Take the review back.</source>
        <translation>Annuler l’examen.</translation>
    </message>
    <message>
        <source>A new caption.</source>
        <translation>Une nouvelle légende.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recueillie</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expirée)</translation>
    </message>
    <message>
        <source>(outside the period)</source>
        <translation>(hors période)</translation>
    </message>
    <message>
        <source>Give one of --accept, --reject and --unreviewed.</source>
        <translation>Indiquez une seule option parmi --accept, --reject et --unreviewed.</translation>
    </message>
    <message>
        <source>Nothing to change: give --accept, --reject REASON, --unreviewed, --caption or dates.</source>
        <translation>Rien à modifier : indiquez --accept, --reject RAISON, --unreviewed, --caption ou des dates.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
</context>
<context>
    <name>EvidenceIntake</name>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Readiness Workbench</source>
        <translation>Readiness Workbench</translation>
    </message>
    <message>
        <source>Add Evidence to %1</source>
        <translation>Ajouter des preuves à %1</translation>
    </message>
    <message>
        <source>%1 is not a file; it was not attached.</source>
        <translation>%1 n&apos;est pas un fichier ; il n&apos;a pas été joint.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient pas d&apos;image.</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Image %1.png collée</translation>
    </message>
    <message>
        <source>The pasted image could not be saved for import.</source>
        <translation>L&apos;image collée n&apos;a pas pu être enregistrée pour l&apos;import.</translation>
    </message>
    <message>
        <source>Attaching %1 to %2</source>
        <translation>Ajout de %1 à %2</translation>
    </message>
    <message>
        <source>No application opens %1; it was saved as %2.</source>
        <translation>Aucune application n&apos;ouvre %1 ; il a été enregistré sous %2.</translation>
    </message>
    <message>
        <source>Save a Copy of the Evidence</source>
        <translation>Enregistrer une copie de la preuve</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>New Version of %1</source>
        <translation>Nouvelle version de %1</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>Evidence preview</source>
        <translation>Aperçu de la preuve</translation>
    </message>
    <message>
        <source>Evidence text</source>
        <translation>Texte de la preuve</translation>
    </message>
    <message>
        <source>Select a piece of evidence to preview it.</source>
        <translation>Sélectionnez une preuve pour en voir l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Lien : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille : %1</translation>
    </message>
    <message>
        <source>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA-256 : &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>Légende : %1</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Ajoutée par %1 le %2</translation>
    </message>
    <message>
        <source>Too large to preview; open it to see it.</source>
        <translation>Trop volumineuse pour l&apos;aperçu ; ouvrez-la pour la voir.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>L&apos;image ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>Le PDF ne peut pas être lu.</translation>
    </message>
    <message>
        <source>
… (the first %1 are shown)</source>
        <translation>
… (les %1 premiers sont affichés)</translation>
    </message>
</context>
<context>
    <name>EvidenceReview</name>
    <message>
        <source>Not reviewed</source>
        <translation>Non examinée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>The evidence file %1 cannot be read: %2</source>
        <translation>Le fichier de preuve %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The evidence could not be stored: %1</source>
        <translation>La preuve n&apos;a pas pu être stockée : %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was kept.</source>
        <translation>L&apos;import de %1 a été annulé ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The project holds no evidence with SHA-256 %1.</source>
        <translation>Le projet ne contient aucune preuve de SHA-256 %1.</translation>
    </message>
    <message>
        <source>The evidence cannot be read: %1</source>
        <translation>La preuve ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Writing the evidence failed: %1</source>
        <translation>L&apos;écriture de la preuve a échoué : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The stored evidence %1 is damaged: its content no longer matches its SHA-256.</source>
        <translation>La preuve stockée %1 est endommagée : son contenu ne correspond plus à son SHA-256.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o SORTIE est obligatoire.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>For csv: items (default), findings, risks or kpis.</source>
        <translation>Pour csv : items (par défaut), findings, risks ou kpis.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;; use items, findings, risks or kpis.</source>
        <translation>Table inconnue « %1 » ; utilisez items, findings, risks ou kpis.</translation>
    </message>
    <message>
        <source>Write a project&apos;s results for other tools: OSCAL assessment results, an OSCAL POA&amp;M or CSV.</source>
        <translation>Écrit les résultats d&apos;un projet pour d&apos;autres outils : résultats d&apos;évaluation OSCAL, un POA&amp;M OSCAL ou CSV.</translation>
    </message>
    <message>
        <source>oscal-ar (OSCAL assessment results, JSON), oscal-poam (the open recommendations as an OSCAL plan of action and milestones, JSON) or csv (the checklist with results, for spreadsheets).</source>
        <translation>oscal-ar (résultats d&apos;évaluation OSCAL, JSON), oscal-poam (les recommandations ouvertes comme plan d&apos;action et jalons OSCAL, JSON) ou csv (la checklist avec ses résultats, pour les tableurs).</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use oscal-ar, oscal-poam or csv.</source>
        <translation>Format d&apos;export « %1 » inconnu ; utilisez oscal-ar, oscal-poam ou csv.</translation>
    </message>
    <message>
        <source>No recommendation is open, so there is no plan of action to write; an OSCAL POA&amp;M needs at least one item.</source>
        <translation>Aucune recommandation n&apos;est ouverte : il n&apos;y a pas de plan d&apos;action à écrire ; un POA&amp;M OSCAL exige au moins un élément.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON (for tools)</source>
        <translation>JSON (pour les outils)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
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
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The cover, the executive summary and the project state are always included.</source>
        <translation>La couverture, la synthèse et l&apos;état du projet sont toujours inclus.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&amp;Sign the report</source>
        <translation>&amp;Signer le rapport</translation>
    </message>
    <message>
        <source>&amp;Manage Identities...</source>
        <translation>&amp;Gérer les identités...</translation>
    </message>
    <message>
        <source>A PDF carries its signature inside; Markdown and JSON get a .p7s file beside them. Anyone can check them with pdfsig or openssl.</source>
        <translation>Un PDF porte sa signature en lui ; Markdown et JSON reçoivent un fichier .p7s à côté. Chacun peut les vérifier avec pdfsig ou openssl.</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>No identity yet: use Manage Identities</source>
        <translation>Pas encore d&apos;identité : utilisez Gérer les identités</translation>
    </message>
    <message>
        <source>Updating the preview...</source>
        <translation>Mise à jour de l&apos;aperçu...</translation>
    </message>
    <message>
        <source>The preview cannot be made: %1</source>
        <translation>L&apos;aperçu ne peut pas être créé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s), %1, made in %2 ms.</source>
        <translation>
            <numerusform>Aperçu : %n page, %1, créée en %2 ms.</numerusform>
            <numerusform>Aperçu : %n pages, %1, créées en %2 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n line(s), %1.</source>
        <translation>
            <numerusform>Aperçu : %n ligne, %1.</numerusform>
            <numerusform>Aperçu : %n lignes, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an identity to sign with, or generate one under Manage Identities.</source>
        <translation>Choisissez une identité pour signer, ou générez-en une dans Gérer les identités.</translation>
    </message>
    <message>
        <source>Not exported: signing was cancelled.</source>
        <translation>Non exporté : la signature a été annulée.</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>Export du rapport...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>Le rapport n&apos;a pas été exporté : %1</translation>
    </message>
    <message>
        <source>Exported and signed %1 by %2.</source>
        <translation>%1 exporté et signé par %2.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>readiness-report</source>
        <translation>rapport-readiness</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
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
        <translation>Document</translation>
    </message>
    <message>
        <source>for example the steering board</source>
        <translation>par exemple le comité de pilotage</translation>
    </message>
    <message>
        <source>Prepared &amp;for:</source>
        <translation>Préparé &amp;pour :</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Préparé &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>F&amp;inal (not a draft)</source>
        <translation>Dé&amp;finitif (pas un brouillon)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Strictement confidentiel</translation>
    </message>
    <message>
        <source>Printed in the header and the footer of every page.</source>
        <translation>Imprimé dans l&apos;en-tête et le pied de chaque page.</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification :</translation>
    </message>
    <message>
        <source>added to those the report states itself</source>
        <translation>s&apos;ajoutent à celles que le rapport indique lui-même</translation>
    </message>
    <message>
        <source>Li&amp;mitations:</source>
        <translation>Li&amp;mites :</translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>Write a piece of evidence out to a file.</source>
        <translation>Écrire une preuve dans un fichier.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o SORTIE est obligatoire.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>%1 écrit (%2 octets).</translation>
    </message>
    <message>
        <source>The evidence&apos;s SHA-256 (of any of its versions) or name (see &apos;evidence&apos;).</source>
        <translation>Le SHA-256 de la preuve (de n’importe laquelle de ses versions) ou son nom (voir « evidence »).</translation>
    </message>
    <message>
        <source>The version the project held at the end of this day (YYYY-MM-DD) or at this moment (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>La version que le projet détenait à la fin de ce jour (AAAA-MM-JJ) ou à cet instant (AAAA-MM-JJTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>--at needs a date as YYYY-MM-DD or a moment as YYYY-MM-DDTHH:MM:SSZ, not &quot;%1&quot;.</source>
        <translation>--at demande une date AAAA-MM-JJ ou un instant AAAA-MM-JJTHH:MM:SSZ, pas « %1 ».</translation>
    </message>
    <message>
        <source>The project held no version of &quot;%1&quot; on %2: it was attached on %3.</source>
        <translation>Le projet ne détenait aucune version de « %1 » le %2 : elle a été jointe le %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link; it has no content to write.</source>
        <translation>« %1 » est un lien ; il n’a pas de contenu à écrire.</translation>
    </message>
</context>
<context>
    <name>FindingCommand</name>
    <message>
        <source>Add, change, list or remove findings (recommendations), as a pipeline records what a scanner found.</source>
        <translation>Ajoute, modifie, liste ou supprime des constats (recommandations), par exemple quand un pipeline consigne ce qu&apos;un scanner a trouvé.</translation>
    </message>
    <message>
        <source>What is to be done (required to add).</source>
        <translation>Ce qu&apos;il faut faire (obligatoire pour ajouter).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Why, and how.</source>
        <translation>Pourquoi, et comment.</translation>
    </message>
    <message>
        <source>One of: %1 (default medium).</source>
        <translation>L&apos;une des valeurs : %1 (par défaut medium).</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>Estimated effort in hours (&quot;&quot; clears it).</source>
        <translation>Effort estimé en heures (&quot;&quot; l&apos;efface).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>Qui s&apos;en charge.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD (&quot;&quot; clears it).</source>
        <translation>Échéance, AAAA-MM-JJ (&quot;&quot; l&apos;efface).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>One of: %1 (default open).</source>
        <translation>L&apos;une des valeurs : %1 (par défaut open).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>The items it addresses, comma-separated keys (replaces the list).</source>
        <translation>Les points qu&apos;il traite, clés séparées par des virgules (remplace la liste).</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>clés</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No findings recorded.</source>
        <translation>Aucun constat enregistré.</translation>
    </message>
    <message>
        <source>The requirement it is measured against.</source>
        <translation>L’exigence à laquelle il est mesuré.</translation>
    </message>
    <message>
        <source>Why it happened.</source>
        <translation>Pourquoi c’est arrivé.</translation>
    </message>
    <message>
        <source>What it leads to.</source>
        <translation>Ce à quoi cela mène.</translation>
    </message>
    <message>
        <source>What to do about it.</source>
        <translation>Ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>Management&apos;s response.</source>
        <translation>La réponse de la direction.</translation>
    </message>
    <message>
        <source>Who answers for the response.</source>
        <translation>Qui répond de la réponse.</translation>
    </message>
    <message>
        <source>When the response is due or was given, YYYY-MM-DD (&quot;&quot; clears it).</source>
        <translation>Quand la réponse est attendue ou a été donnée, AAAA-MM-JJ (&quot;&quot; l’efface).</translation>
    </message>
    <message>
        <source>The grade: major, minor, observation, ofi, good-practice or the checklist&apos;s own (&quot;&quot; clears it).</source>
        <translation>Le classement : major, minor, observation, ofi, good-practice ou celui de la liste (&quot;&quot; l’efface).</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>classement</translation>
    </message>
</context>
<context>
    <name>FindingGrade</name>
    <message>
        <source>Major non-conformity</source>
        <translation>Non-conformité majeure</translation>
    </message>
    <message>
        <source>Minor non-conformity</source>
        <translation>Non-conformité mineure</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Piste d’amélioration</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
</context>
<context>
    <name>FindingState</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>FlagCommand</name>
    <message>
        <source>Flag an item for review with the reason, or clear its flag.</source>
        <translation>Signaler un point pour revue avec la raison, ou retirer son signalement.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>Le point.</translation>
    </message>
    <message>
        <source>Why the item needs a reviewer&apos;s look.</source>
        <translation>Pourquoi le point demande le regard d’un réviseur.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Clear the item&apos;s flag.</source>
        <translation>Retirer le signalement du point.</translation>
    </message>
    <message>
        <source>Give --reason TEXT to flag the item, or --clear to clear its flag.</source>
        <translation>Indiquez --reason TEXTE pour signaler le point, ou --clear pour retirer son signalement.</translation>
    </message>
    <message>
        <source>A flag needs a reason.</source>
        <translation>Un signalement demande une raison.</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>Ce projet n’a pas de point avec la clé « %1 ».</translation>
    </message>
    <message>
        <source>%1: flag cleared.</source>
        <translation>%1 : signalement retiré.</translation>
    </message>
    <message>
        <source>%1: flagged for review (%2).</source>
        <translation>%1 : signalé pour revue (%2).</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate Signing Identity</source>
        <translation>Générer une identité de signature</translation>
    </message>
    <message>
        <source>A self-signed certificate and its private key, kept encrypted with your passphrase. Recipients check your reports against its fingerprint.</source>
        <translation>Un certificat auto-signé et sa clé privée, conservés chiffrés avec votre phrase secrète. Les destinataires vérifient vos rapports grâce à son empreinte.</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (recommandé)</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Enter the signer&apos;s name.</source>
        <translation>Saisissez le nom du signataire.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Les phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>Show or choose the implementation groups in scope (items of no chosen group do not apply).</source>
        <translation>Afficher ou choisir les groupes de mise en œuvre retenus (les points d’aucun groupe choisi ne s’appliquent pas).</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The groups in scope, comma-separated, for example IG1 (&quot;&quot; or --all: every group).</source>
        <translation>Les groupes retenus, séparés par des virgules, par exemple IG1 (&quot;&quot; ou --all : tous les groupes).</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>Every group in scope.</source>
        <translation>Tous les groupes retenus.</translation>
    </message>
    <message>
        <source>This checklist has no implementation groups.</source>
        <translation>Cette liste de contrôle n’a pas de groupes de mise en œuvre.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>In scope: every group.</source>
        <translation>Retenus : tous les groupes.</translation>
    </message>
    <message>
        <source>In scope: %1.</source>
        <translation>Retenus : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) do not apply.</source>
        <translation>
            <numerusform>%n point ne s’applique pas.</numerusform>
            <numerusform>%n points ne s’appliquent pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>:/guide/getting-started.html</source>
        <comment>the file of the guide in this language</comment>
        <translation>:/guide/getting-started.fr.html</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The certificate of %1 expired on %2; generate or import a current identity.</source>
        <translation>Le certificat de %1 a expiré le %2 ; générez ou importez une identité valide.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2.</source>
        <translation>Le certificat de %1 n&apos;est pas valide avant le %2.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 identity file (.p12 or .pfx), or it is damaged.</source>
        <translation>Ce n&apos;est pas un fichier d&apos;identité PKCS#12 (.p12 ou .pfx), ou il est endommagé.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The identity file cannot be read: %1</source>
        <translation>Le fichier d&apos;identité ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The identity file holds no private key and certificate; a signing identity needs both.</source>
        <translation>Le fichier d&apos;identité ne contient ni clé privée ni certificat ; une identité de signature a besoin des deux.</translation>
    </message>
    <message>
        <source>The identity file&apos;s private key does not belong to its certificate.</source>
        <translation>La clé privée du fichier d&apos;identité n&apos;appartient pas à son certificat.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>An identity needs a name.</source>
        <translation>Une identité a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A key cannot be generated: %1</source>
        <translation>Une clé ne peut pas être générée : %1</translation>
    </message>
    <message>
        <source>The certificate cannot be made: %1</source>
        <translation>Le certificat ne peut pas être créé : %1</translation>
    </message>
    <message>
        <source>The identity cannot be written: %1</source>
        <translation>L&apos;identité ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Utilisez une phrase secrète d’au moins %1 caractères.</translation>
    </message>
</context>
<context>
    <name>IdentityCommand</name>
    <message>
        <source>Create or show a signing identity (a PKCS#12 file protected by a passphrase).</source>
        <translation>Créer ou afficher une identité de signature (un fichier PKCS#12 protégé par une phrase secrète).</translation>
    </message>
    <message>
        <source>new: generate a self-signed identity; show: print an identity&apos;s certificate.</source>
        <translation>new : générer une identité auto-signée ; show : afficher le certificat d&apos;une identité.</translation>
    </message>
    <message>
        <source>For show: the identity file (.p12).</source>
        <translation>Pour show : le fichier d&apos;identité (.p12).</translation>
    </message>
    <message>
        <source>new: the identity file to write (.p12).</source>
        <translation>new : le fichier d&apos;identité à écrire (.p12).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>new: the signer&apos;s name.</source>
        <translation>new : le nom du signataire.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>new: the signer&apos;s e-mail address.</source>
        <translation>new : l&apos;adresse e-mail du signataire.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>new: the signer&apos;s organisation.</source>
        <translation>new : l&apos;organisation du signataire.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>new: an RSA 3072 key instead of ECDSA P-256.</source>
        <translation>new : une clé RSA 3072 au lieu d&apos;ECDSA P-256.</translation>
    </message>
    <message>
        <source>new: days the certificate is valid (default 1095).</source>
        <translation>new : durée de validité du certificat en jours (par défaut 1095).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>The file whose first line is the identity&apos;s passphrase.</source>
        <translation>Le fichier dont la première ligne est la phrase secrète de l&apos;identité.</translation>
    </message>
    <message>
        <source>show: also write the certificate (PEM) to this file.</source>
        <translation>show : écrire aussi le certificat (PEM) dans ce fichier.</translation>
    </message>
    <message>
        <source>identity new needs -o FILE.p12 and --name NAME.</source>
        <translation>identity new nécessite -o FICHIER.p12 et --name NOM.</translation>
    </message>
    <message>
        <source>--days needs a positive whole number.</source>
        <translation>--days attend un nombre entier positif.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, SHA-256 fingerprint %4, valid until %5.</source>
        <translation>%1 écrit : %2, %3, empreinte SHA-256 %4, valide jusqu&apos;au %5.</translation>
    </message>
    <message>
        <source>identity show needs the identity file.</source>
        <translation>identity show nécessite le fichier d&apos;identité.</translation>
    </message>
    <message>
        <source>Subject:     %1</source>
        <translation>Sujet :      %1</translation>
    </message>
    <message>
        <source>Issuer:      %1</source>
        <translation>Émetteur :   %1</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation>Clé :        %1</translation>
    </message>
    <message>
        <source>Valid:       %1 to %2</source>
        <translation>Validité :   du %1 au %2</translation>
    </message>
    <message>
        <source>Fingerprint: SHA-256 %1</source>
        <translation>Empreinte :  SHA-256 %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use new or show.</source>
        <translation>Action inconnue « %1 » ; utilisez new ou show.</translation>
    </message>
</context>
<context>
    <name>IdentityDialogs</name>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Phrase secrète pour %1 :</translation>
    </message>
    <message>
        <source>Sign Report</source>
        <translation>Signer le rapport</translation>
    </message>
    <message>
        <source>%1
Passphrase for %2:</source>
        <translation>%1
Phrase secrète pour %2 :</translation>
    </message>
</context>
<context>
    <name>IdentityManager</name>
    <message>
        <source>Signing Identities</source>
        <translation>Identités de signature</translation>
    </message>
    <message>
        <source>Identities sign your reports. They are kept encrypted in %1, never in a project file.</source>
        <translation>Les identités signent vos rapports. Elles sont conservées chiffrées dans %1, jamais dans un fichier de projet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>&amp;Generate...</source>
        <translation>&amp;Générer...</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12...</source>
        <translation>&amp;Importer un PKCS#12...</translation>
    </message>
    <message>
        <source>E&amp;xport Certificate...</source>
        <translation>E&amp;xporter le certificat...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>Generate Signing Identity</source>
        <translation>Générer une identité de signature</translation>
    </message>
    <message>
        <source>Import Signing Identity</source>
        <translation>Importer une identité de signature</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx);;All files (*)</source>
        <translation>Identités PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1 :</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Exporter le certificat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Delete Signing Identity</source>
        <translation>Supprimer l&apos;identité de signature</translation>
    </message>
    <message>
        <source>Delete the identity of %1? Reports it signed stay valid, but you cannot sign with it again unless you kept a copy.</source>
        <translation>Supprimer l&apos;identité de %1 ? Les rapports qu&apos;elle a signés restent valides, mais vous ne pourrez plus signer avec elle sauf si vous en avez gardé une copie.</translation>
    </message>
    <message>
        <source>&amp;My Identities</source>
        <translation>&amp;Mes identités</translation>
    </message>
    <message>
        <source>&amp;Trusted Signers</source>
        <translation>Signataires de &amp;confiance</translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>An identity needs a passphrase to protect its private key.</source>
        <translation>Une identité a besoin d&apos;une phrase secrète pour protéger sa clé privée.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>This identity is already kept.</source>
        <translation>Cette identité est déjà conservée.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>%1 ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Readiness Workbench template</source>
        <translation>Modèle Readiness Workbench</translation>
    </message>
    <message>
        <source>OSCAL catalog</source>
        <translation>Catalogue OSCAL</translation>
    </message>
    <message>
        <source>OSCAL profile</source>
        <translation>Profil OSCAL</translation>
    </message>
    <message>
        <source>AWS Well-Architected lens</source>
        <translation>Lens AWS Well-Architected</translation>
    </message>
    <message>
        <source>readiness questionnaire</source>
        <translation>questionnaire de préparation</translation>
    </message>
    <message>
        <source>CSV checklist</source>
        <translation>liste de contrôle CSV</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 holds no checklist items.</source>
        <translation>%1 ne contient aucun point de contrôle.</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>risque élevé</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>risque moyen</translation>
    </message>
    <message>
        <source>no risk</source>
        <translation>aucun risque</translation>
    </message>
    <message>
        <source>    Improvement plan: %1</source>
        <translation>    Plan d&apos;amélioration : %1</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Choix :</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>sinon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque :</translation>
    </message>
    <message>
        <source>Readiness questionnaire (%1)</source>
        <translation>Questionnaire de préparation (%1)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Answers (each that applies scores):</source>
        <translation>Réponses (chacune qui s&apos;applique compte) :</translation>
    </message>
    <message>
        <source>Answers (the one that applies scores):</source>
        <translation>Réponses (celle qui s&apos;applique compte) :</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>The catalog nests groups, controls or parts more than %1 levels deep.</source>
        <translation>Le catalogue imbrique des groupes, contrôles ou parties sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>[Selection (one or more): %1]</source>
        <translation>[Sélection (une ou plusieurs) : %1]</translation>
    </message>
    <message>
        <source>[Selection: %1]</source>
        <translation>[Sélection : %1]</translation>
    </message>
    <message>
        <source>[Assignment: %1]</source>
        <translation>[Affectation : %1]</translation>
    </message>
    <message>
        <source>Part of %1.</source>
        <translation>Partie de %1.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be used: %2</source>
        <translation>Le catalogue %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>The profile %1 imports %2 catalogs; this version resolves a profile that imports exactly one.</source>
        <translation>Le profil %1 importe %2 catalogues ; cette version résout un profil qui en importe exactement un.</translation>
    </message>
    <message>
        <source>The profile %1 selects controls from the catalog %2, which must be in the same folder (%3).</source>
        <translation>Le profil %1 sélectionne des contrôles du catalogue %2, qui doit se trouver dans le même dossier (%3).</translation>
    </message>
    <message>
        <source>%1, the catalog the profile %2 selects from, is not an OSCAL catalog.</source>
        <translation>%1, le catalogue dont le profil %2 sélectionne les contrôles, n&apos;est pas un catalogue OSCAL.</translation>
    </message>
    <message>
        <source>framework library (YAML)</source>
        <translation>bibliothèque de référentiel (YAML)</translation>
    </message>
    <message>
        <source>%1 is not a checklist this version reads. It reads Readiness Workbench templates, OSCAL catalogs and profiles, AWS Well-Architected custom lenses, framework libraries in YAML, readiness questionnaires and CSV files (see docs/import-export.md).</source>
        <translation>%1 n&apos;est pas une liste de contrôle que cette version lit. Elle lit les modèles Readiness Workbench, les catalogues et profils OSCAL, les lens personnalisées AWS Well-Architected, les bibliothèques de référentiels en YAML, les questionnaires de préparation et les fichiers CSV (voir docs/import-export.md).</translation>
    </message>
    <message>
        <source>%1 cannot be read as YAML: %2 (line %3, column %4).</source>
        <translation>%1 ne peut pas être lu comme YAML : %2 (ligne %3, colonne %4).</translation>
    </message>
    <message>
        <source>%1 is YAML but not a framework library: it has no objects.framework.requirement_nodes.</source>
        <translation>%1 est du YAML mais pas une bibliothèque de référentiel : il n&apos;a pas de objects.framework.requirement_nodes.</translation>
    </message>
    <message>
        <source>%1 has no implementation group &quot;%2&quot;; it has: %3.</source>
        <translation>%1 n&apos;a pas de groupe de mise en œuvre « %2 » ; il a : %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Implementation groups: %1</source>
        <translation>Groupes de mise en œuvre : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as a framework library: %2</source>
        <translation>%1 ne peut pas être lu comme bibliothèque de référentiel : %2</translation>
    </message>
    <message>
        <source>%1 is a mapping library (it relates the requirements of two frameworks), not a framework: there is nothing in it to assess.</source>
        <translation>%1 est une bibliothèque de correspondances (elle relie les exigences de deux référentiels), pas un référentiel : il n&apos;y a rien à y évaluer.</translation>
    </message>
    <message>
        <source>%1 is a risk matrix library, not a framework: there is nothing in it to assess.</source>
        <translation>%1 est une bibliothèque de matrice de risques, pas un référentiel : il n&apos;y a rien à y évaluer.</translation>
    </message>
    <message>
        <source>%1 is a catalog of reference controls or threats, not a framework: there is nothing in it to assess.</source>
        <translation>%1 est un catalogue de mesures de référence ou de menaces, pas un référentiel : il n&apos;y a rien à y évaluer.</translation>
    </message>
    <message>
        <source>%1 is a preset (a set-up of other libraries for an organisation), not a framework: there is nothing in it to assess.</source>
        <translation>%1 est un préréglage (un assemblage d&apos;autres bibliothèques pour une organisation), pas un référentiel : il n&apos;y a rien à y évaluer.</translation>
    </message>
    <message>
        <source>%1 is a library of metric definitions, not a framework: there is nothing in it to assess.</source>
        <translation>%1 est une bibliothèque de définitions de métriques, pas un référentiel : il n&apos;y a rien à y évaluer.</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Réponses : %1</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question : %1</translation>
    </message>
    <message>
        <source>%1 has no texts in &quot;%2&quot;; it has: %3.</source>
        <translation>%1 n’a pas de textes en « %2 » ; il a : %3.</translation>
    </message>
</context>
<context>
    <name>ImportResultsCommand</name>
    <message>
        <source>Take in results from a spreadsheet (the checklist CSV) or a questionnaire&apos;s answers file: every change is shown, and applied unless --dry-run.</source>
        <translation>Reprend des résultats d&apos;un tableur (le CSV de la checklist) ou du fichier de réponses d&apos;un questionnaire : chaque modification est affichée, puis appliquée sauf avec --dry-run.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>A CSV with a key column, or an answers file (JSON) from questionnaire.</source>
        <translation>Un CSV avec une colonne key, ou un fichier de réponses (JSON) de questionnaire.</translation>
    </message>
    <message>
        <source>Show what would change, and change nothing.</source>
        <translation>Affiche ce qui changerait, sans rien changer.</translation>
    </message>
    <message>
        <source>Print the preview as JSON.</source>
        <translation>Affiche l&apos;aperçu en JSON.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is no results file.</source>
        <translation>%1 dépasse 64 Mo ; ce n&apos;est pas un fichier de résultats.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1 : %n ligne lue</numerusform>
            <numerusform>%1 : %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not taken</source>
        <translation>
            <numerusform>%n non reprise</numerusform>
            <numerusform>%n non reprises</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1 : « %2 » -&gt; « %3 »</translation>
    </message>
    <message>
        <source>Not taken:</source>
        <translation>Non repris :</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Essai à blanc : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n modification appliquée.</numerusform>
            <numerusform>%n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: these answers were given to the questionnaire of another assessment (&quot;%1&quot;); only the keys that match are taken.</source>
        <translation>Remarque : ces réponses ont été données au questionnaire d&apos;une autre évaluation (« %1 ») ; seules les clés qui correspondent sont reprises.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import Results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>Answers from the questionnaire %1</source>
        <translation>Réponses du questionnaire %1</translation>
    </message>
    <message>
        <source>Answers from the questionnaire %1, filled in by %2</source>
        <translation>Réponses du questionnaire %1, remplies par %2</translation>
    </message>
    <message>
        <source>Results from the spreadsheet %1</source>
        <translation>Résultats du tableur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) would change</source>
        <translation>
            <numerusform>%n point changerait</numerusform>
            <numerusform>%n points changeraient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as the file says</source>
        <translation>
            <numerusform>%n déjà conforme au fichier</numerusform>
            <numerusform>%n déjà conformes au fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not taken</source>
        <translation>
            <numerusform>%n ligne non reprise</numerusform>
            <numerusform>%n lignes non reprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Item and field</source>
        <translation>Point et champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Du fichier</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Only the fields shown change, on each item as it is now; the import is one step you can undo, and the audit log records each change under your name.</source>
        <translation>Seuls les champs affichés changent, sur chaque point tel qu&apos;il est maintenant ; l&apos;import est une seule étape annulable, et le journal d&apos;audit enregistre chaque modification à votre nom.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation>
            <numerusform>&amp;Appliquer %n modification</numerusform>
            <numerusform>&amp;Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>These answers were given to the questionnaire of another assessment (&quot;%1&quot;); only the keys that match this one are shown.</source>
        <translation>Ces réponses ont été données au questionnaire d&apos;une autre évaluation (« %1 ») ; seules les clés correspondant à celle-ci sont affichées.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a project&apos;s metadata, counts and schema version.</source>
        <translation>Afficher les métadonnées, les décomptes et la version de schéma d&apos;un projet.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Project format</source>
        <translation>Format du projet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>%1 (%2 assessed)</source>
        <translation>%1 (%2 évalués)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Validations</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <translation>
            <numerusform>%n entrée, tête %1</numerusform>
            <numerusform>%n entrées, tête %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the period the assessment covers, FROM..TO (YYYY-MM-DD..YYYY-MM-DD; &quot;&quot; clears it); evidence collected outside it is pointed out.</source>
        <translation>Définir la période couverte par l’évaluation, DU..AU (AAAA-MM-JJ..AAAA-MM-JJ ; &quot;&quot; l’efface) ; les preuves recueillies hors de cette période sont signalées.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>--period needs FROM..TO, for example 2026-01-01..2026-03-31.</source>
        <translation>--period demande DU..AU, par exemple 2026-01-01..2026-03-31.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
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
        <translation>Raccourci dans la liste de contrôle : %1</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who owns this item</source>
        <translation>Qui est responsable de ce point</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Blocker: not ready while this item is not met</source>
        <translation>Bloquant : pas prêt tant que non satisfait</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;oints :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What the team observed, decided or still needs (saved as you type)</source>
        <translation>Ce que l&apos;équipe a observé, décidé ou attend encore (enregistré pendant la saisie)</translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation>Preuves (déposez des fichiers ici)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Add &amp;File...</source>
        <translation>Ajouter un &amp;fichier...</translation>
    </message>
    <message>
        <source>Add &amp;Link...</source>
        <translation>Ajouter un &amp;lien...</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Coller une image</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save Copy...</source>
        <translation>Enregistrer une copie...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Constats et recommandations</translation>
    </message>
    <message>
        <source>Linked findings</source>
        <translation>Constats liés</translation>
    </message>
    <message>
        <source>Link to a Finding...</source>
        <translation>Lier à un constat...</translation>
    </message>
    <message>
        <source>Select an item in the checklist.</source>
        <translation>Sélectionnez un point dans la liste de contrôle.</translation>
    </message>
    <message>
        <source>%1 · %2 · changed by %3</source>
        <translation>%1 · %2 · modifié par %3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne encore</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (link)</source>
        <translation>%1 (lien)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit the note of %1</source>
        <translation>Modifier la note de %1</translation>
    </message>
    <message>
        <source>Set the owner of %1</source>
        <translation>Définir le responsable de %1</translation>
    </message>
    <message>
        <source>Set the points of %1</source>
        <translation>Définir les points de %1</translation>
    </message>
    <message>
        <source>Mark %1 as a blocker</source>
        <translation>Marquer %1 comme bloquant</translation>
    </message>
    <message>
        <source>Unmark %1 as a blocker</source>
        <translation>Ne plus marquer %1 comme bloquant</translation>
    </message>
    <message>
        <source>Choices that apply</source>
        <translation>Choix qui s&apos;appliquent</translation>
    </message>
    <message>
        <source>Risk: tick the choices that apply.</source>
        <translation>Risque : cochez les choix qui s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risque : %1</translation>
    </message>
    <message>
        <source>Choose what applies to %1</source>
        <translation>Choisir ce qui s&apos;applique à %1</translation>
    </message>
    <message>
        <source>Effort estimate in hours</source>
        <translation>Effort estimé en heures</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>Hours of work to meet this item, for the path to ready. Without an estimate the item&apos;s recommendations give one, or it counts %1 h.</source>
        <translation>Heures de travail pour satisfaire ce point, pour le chemin vers « prêt ». Sans estimation, ses recommandations en donnent une, sinon il compte %1 h.</translation>
    </message>
    <message>
        <source>E&amp;ffort:</source>
        <translation>E&amp;ffort :</translation>
    </message>
    <message>
        <source>Estimate %1 at %2 h</source>
        <translation>Estimer %1 à %2 h</translation>
    </message>
    <message>
        <source>Clear the estimate of %1</source>
        <translation>Effacer l&apos;estimation de %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Yes  (1)</source>
        <translation>Oui  (1)</translation>
    </message>
    <message>
        <source>No  (3)</source>
        <translation>Non  (3)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>A number in %1</source>
        <translation>Un nombre en %1</translation>
    </message>
    <message>
        <source>The answer (saved when you leave the field)</source>
        <translation>La réponse (enregistrée en quittant le champ)</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>earns %1 of %2 points</source>
        <translation>rapporte %1 sur %2 points</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n niveau sous la cible</numerusform>
            <numerusform>%n niveaux sous la cible</numerusform>
        </translation>
    </message>
    <message>
        <source>Accep&amp;t</source>
        <translation>Accep&amp;ter</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>Re&amp;jeter...</translation>
    </message>
    <message>
        <source>Dates &amp;&amp; Caption...</source>
        <translation>Dates &amp;&amp; légende...</translation>
    </message>
    <message>
        <source>New &amp;Version...</source>
        <translation>Nouvelle &amp;version...</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Work state</source>
        <translation>État de travail</translation>
    </message>
    <message>
        <source>Accept Item</source>
        <translation>Accepter le point</translation>
    </message>
    <message>
        <source>Done, flag cleared (Ctrl+Alt+A)</source>
        <translation>Terminé, signalement retiré (Ctrl+Alt+A)</translation>
    </message>
    <message>
        <source>Send Back...</source>
        <translation>Renvoyer...</translation>
    </message>
    <message>
        <source>Back to the assessor with a comment (Ctrl+Alt+B)</source>
        <translation>Retour à l’évaluateur avec un commentaire (Ctrl+Alt+B)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Comment, then Enter (Ctrl+Alt+M)</source>
        <translation>Commentaire, puis Entrée (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Ré&amp;pondre</translation>
    </message>
    <message>
        <source>Answer the selected thread with the text typed</source>
        <translation>Répondre à la discussion choisie avec le texte saisi</translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Signalé pour revue : %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>[resolved by %1] %2</source>
        <translation>[résolu par %1] %2</translation>
    </message>
    <message>
        <source>Last cycle (%1): %2</source>
        <translation>Cycle précédent (%1) : %2</translation>
    </message>
    <message>
        <source>Flag for Review</source>
        <translation>Signaler pour revue</translation>
    </message>
    <message>
        <source>Why does %1 need a reviewer&apos;s look?</source>
        <translation>Pourquoi %1 demande-t-il le regard d’un réviseur ?</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>What should the assessor do about %1?</source>
        <translation>Que doit faire l’évaluateur pour %1 ?</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien : %1</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 · %3</source>
        <translation>SHA-256 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Ajoutée par %1 le %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>covers %1 to %2</source>
        <translation>couvre du %1 au %2</translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>recueillie le %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;expired&lt;/b&gt; on %1</source>
        <translation>&lt;b&gt;expirée&lt;/b&gt; le %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu’au %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;outside the assessment period&lt;/b&gt;</source>
        <translation>&lt;b&gt;hors de la période évaluée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s), the last replaced on %1</source>
        <translation>
            <numerusform>%n version antérieure, remplacée le %1</numerusform>
            <numerusform>%n versions antérieures, la dernière remplacée le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept evidence %1</source>
        <translation>Accepter la preuve %1</translation>
    </message>
    <message>
        <source>Reject Evidence</source>
        <translation>Rejeter la preuve</translation>
    </message>
    <message>
        <source>Why is %1 not proof enough?</source>
        <translation>Pourquoi %1 ne suffit-il pas comme preuve ?</translation>
    </message>
    <message>
        <source>Reject evidence %1</source>
        <translation>Rejeter la preuve %1</translation>
    </message>
    <message>
        <source>Evidence Dates and Caption</source>
        <translation>Dates et légende de la preuve</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <source>Collected (&amp;from)</source>
        <translation>Recueillie (&amp;du)</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Période &amp;au</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valable jusqu’au</translation>
    </message>
    <message>
        <source>Dates and caption of %1</source>
        <translation>Dates et légende de %1</translation>
    </message>
    <message>
        <source>Fla&amp;g...</source>
        <translation>Si&amp;gnaler...</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>Rouv&amp;rir</translation>
    </message>
    <message>
        <source>Clear Fla&amp;g</source>
        <translation>Retirer le si&amp;gnalement</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Partiellement satisfait</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a Workshop</source>
        <translation>Rejoindre un atelier</translation>
    </message>
    <message>
        <source>Workshops on this network:</source>
        <translation>Ateliers sur ce réseau :</translation>
    </message>
    <message>
        <source>Workshops found</source>
        <translation>Ateliers trouvés</translation>
    </message>
    <message>
        <source>192.168.1.20:%1, or a join link</source>
        <translation>192.168.1.20:%1, ou un lien d’invitation</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>ABCD-EFGH, as the host&apos;s screen shows it</source>
        <translation>ABCD-EFGH, tel que l’écran de l’hôte l’affiche</translation>
    </message>
    <message>
        <source>Join &amp;code:</source>
        <translation>&amp;Code d’accès :</translation>
    </message>
    <message>
        <source>With the open project, &quot;%1&quot;</source>
        <translation>Avec le projet ouvert, « %1 »</translation>
    </message>
    <message>
        <source>Receive a copy from the host, saved as:</source>
        <translation>Recevoir une copie de l’hôte, enregistrée sous :</translation>
    </message>
    <message>
        <source>Where the copy is saved</source>
        <translation>Emplacement de la copie</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save the Workshop&apos;s Copy As</source>
        <translation>Enregistrer la copie de l’atelier sous</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness)</source>
        <translation>Projets Readiness (*.readiness)</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>None found yet. Wi-Fi that keeps laptops apart (client isolation) or blocks multicast hides workshops: type the address the host&apos;s screen shows.</source>
        <translation>Aucun trouvé pour l’instant. Un Wi-Fi qui isole les ordinateurs (isolation des clients) ou bloque la multidiffusion cache les ateliers : saisissez l’adresse affichée sur l’écran de l’hôte.</translation>
    </message>
    <message>
        <source>%1 at %2 (found by %3)</source>
        <translation>%1 à %2 (trouvé par %3)</translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>Add, change, list or remove key performance indicators.</source>
        <translation>Ajoute, modifie, liste ou supprime des indicateurs clés (KPI).</translation>
    </message>
    <message>
        <source>What is measured (required to add).</source>
        <translation>Ce qui est mesuré (obligatoire pour ajouter).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The unit, for example ms or %.</source>
        <translation>L&apos;unité, par exemple ms ou %.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>comparator</source>
        <translation>comparateur</translation>
    </message>
    <message>
        <source>The target value (default 0).</source>
        <translation>La valeur cible (par défaut 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The value measured (&quot;&quot; clears it).</source>
        <translation>La valeur mesurée (&quot;&quot; l&apos;efface).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>No KPIs recorded.</source>
        <translation>Aucun KPI enregistré.</translation>
    </message>
    <message>
        <source>One of: %1 (default &gt;=).</source>
        <translation>L&apos;une des valeurs : %1 (par défaut &gt;=).</translation>
    </message>
</context>
<context>
    <name>LensRisk</name>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>Aucun risque</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>Show the audit log; --verify checks its hash chain.</source>
        <translation>Afficher le journal d&apos;audit ; --verify contrôle sa chaîne d&apos;empreintes.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Check that no entry was changed, added or removed outside the application.</source>
        <translation>Vérifier qu&apos;aucune entrée n&apos;a été modifiée, ajoutée ou supprimée en dehors de l&apos;application.</translation>
    </message>
    <message>
        <source>Show only the last n entries.</source>
        <translation>N&apos;afficher que les n dernières entrées.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1.</source>
        <translation>Le journal d&apos;audit n&apos;est PAS intact : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, head hash %1.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact : %n entrée, empreinte de tête %1.</numerusform>
            <numerusform>Le journal d&apos;audit est intact : %n entrées, empreinte de tête %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--last needs a whole number.</source>
        <translation>--last attend un nombre entier.</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>avant : %1</translation>
    </message>
    <message>
        <source>after:  %1</source>
        <translation>après : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Risks at probability %1, impact %2</source>
        <translation>Risques de probabilité %1, impact %2</translation>
    </message>
    <message>
        <source>No open risk in this cell.</source>
        <translation>Aucun risque ouvert dans cette case.</translation>
    </message>
    <message>
        <source>Findings and recommendations: the gaps found and what to do about them, with priority and effort.</source>
        <translation>Constats et recommandations : les écarts trouvés et ce qu&apos;il faut faire, avec priorité et effort.</translation>
    </message>
    <message>
        <source>Risks: probability and impact from 1 to 5, with their mitigation.</source>
        <translation>Risques : probabilité et impact de 1 à 5, avec leur atténuation.</translation>
    </message>
    <message>
        <source>Key performance indicators: target against the actual value measured.</source>
        <translation>Indicateurs clés de performance : objectif comparé à la valeur réelle mesurée.</translation>
    </message>
    <message>
        <source>Sign-offs: each approver&apos;s decision and conditions.</source>
        <translation>Validations : la décision et les conditions de chaque approbateur.</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <source>&amp;Sign-offs</source>
        <translation>&amp;Validations</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Jalons</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;New from Template...</source>
        <translation>&amp;Nouveau depuis un modèle...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As...</source>
        <translation>Enregistrer une &amp;copie sous...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save Checklist as &amp;Template...</source>
        <translation>Enregistrer la liste comme &amp;modèle...</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>&amp;Exporter le rapport...</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Verify Report...</source>
        <translation>&amp;Vérifier un rapport...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Filter Items</source>
        <translation>&amp;Filtrer les points</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Go to Item...</source>
        <translation>A&amp;ller au point...</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Adjust Score...</source>
        <translation>Ajuster le &amp;score...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Satisfait</translation>
    </message>
    <message>
        <source>&amp;Partially Met</source>
        <translation>&amp;Partiellement satisfait</translation>
    </message>
    <message>
        <source>&amp;Not Met</source>
        <translation>&amp;Non satisfait</translation>
    </message>
    <message>
        <source>Not &amp;Applicable</source>
        <translation>Sans &amp;objet</translation>
    </message>
    <message>
        <source>Ne&amp;xt Item</source>
        <translation>Point s&amp;uivant</translation>
    </message>
    <message>
        <source>P&amp;revious Item</source>
        <translation>Point p&amp;récédent</translation>
    </message>
    <message>
        <source>Next &amp;Unassessed Item</source>
        <translation>Proc&amp;hain point non évalué</translation>
    </message>
    <message>
        <source>Add &amp;Evidence Files...</source>
        <translation>Ajouter des &amp;fichiers de preuve...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Add &amp;Link...</source>
        <translation>Ajouter un &amp;lien...</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Paste &amp;Image as Evidence</source>
        <translation>Coller une &amp;image comme preuve</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;About Readiness Workbench</source>
        <translation>À propos de Readiness &amp;Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Add &amp;Domain...</source>
        <translation>Ajouter un &amp;domaine...</translation>
    </message>
    <message>
        <source>&amp;Edit Domain...</source>
        <translation>&amp;Modifier le domaine...</translation>
    </message>
    <message>
        <source>&amp;Remove Domain</source>
        <translation>&amp;Supprimer le domaine</translation>
    </message>
    <message>
        <source>Move Domain &amp;Up</source>
        <translation>M&amp;onter le domaine</translation>
    </message>
    <message>
        <source>Move Domain Do&amp;wn</source>
        <translation>D&amp;escendre le domaine</translation>
    </message>
    <message>
        <source>Add &amp;Item...</source>
        <translation>Ajouter un &amp;point...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Remove Ite&amp;m</source>
        <translation>Supprimer le poin&amp;t</translation>
    </message>
    <message>
        <source>Move Item Up</source>
        <translation>Monter le point</translation>
    </message>
    <message>
        <source>Alt+Shift+Up</source>
        <translation>Alt+Shift+Up</translation>
    </message>
    <message>
        <source>Move Item Down</source>
        <translation>Descendre le point</translation>
    </message>
    <message>
        <source>Alt+Shift+Down</source>
        <translation>Alt+Shift+Down</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Point</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Ouvert en lecture seule : %1</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>Chaque modification est enregistrée au fur et à mesure.</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness)</source>
        <translation>Projets Readiness (*.readiness)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Save Checklist as Template</source>
        <translation>Enregistrer la liste de contrôle comme modèle</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Saved the checklist as %1.</source>
        <translation>Liste de contrôle enregistrée sous %1.</translation>
    </message>
    <message>
        <source>There are no findings yet; add one on the Findings page.</source>
        <translation>Il n&apos;y a pas encore de constat ; ajoutez-en un sur la page Constats.</translation>
    </message>
    <message>
        <source>Link to a Finding</source>
        <translation>Lier à un constat</translation>
    </message>
    <message>
        <source>Finding that addresses %1:</source>
        <translation>Constat qui traite %1 :</translation>
    </message>
    <message>
        <source>Evidence Is Being Attached</source>
        <translation>Ajout de preuves en cours</translation>
    </message>
    <message>
        <source>Stop attaching evidence and quit? The file being attached is not kept.</source>
        <translation>Arrêter l&apos;ajout de preuves et quitter ? Le fichier en cours d&apos;ajout n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>&amp;Import Checklist...</source>
        <translation>&amp;Importer une liste de contrôle...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a Checklist</source>
        <translation>Importer une liste de contrôle</translation>
    </message>
    <message>
        <source>Checklists (*.json *.yaml *.yml *.csv);;All files (*)</source>
        <translation>Listes de contrôle (*.json *.yaml *.yml *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>OSCAL &amp;Assessment Results...</source>
        <translation>Résultats d&apos;évaluation &amp;OSCAL...</translation>
    </message>
    <message>
        <source>Export OSCAL Assessment Results</source>
        <translation>Exporter les résultats d&apos;évaluation OSCAL</translation>
    </message>
    <message>
        <source>OSCAL assessment results (*.json)</source>
        <translation>Résultats d&apos;évaluation OSCAL (*.json)</translation>
    </message>
    <message>
        <source>Checklist with Results as &amp;CSV...</source>
        <translation>Liste de contrôle avec résultats en &amp;CSV...</translation>
    </message>
    <message>
        <source>Export the Checklist with Results</source>
        <translation>Exporter la liste de contrôle avec ses résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>Export the Risks</source>
        <translation>Exporter les risques</translation>
    </message>
    <message>
        <source>Export the KPIs</source>
        <translation>Exporter les KPI</translation>
    </message>
    <message>
        <source>&amp;Findings as CSV...</source>
        <translation>&amp;Constats en CSV...</translation>
    </message>
    <message>
        <source>Export the Findings</source>
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <source>&amp;Risks as CSV...</source>
        <translation>&amp;Risques en CSV...</translation>
    </message>
    <message>
        <source>&amp;KPIs as CSV...</source>
        <translation>&amp;KPI en CSV...</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The last change to this project was interrupted; it has been rolled back.</source>
        <translation>La dernière modification de ce projet a été interrompue ; elle a été annulée.</translation>
    </message>
    <message>
        <source>Merged. Undo takes the whole merge back.</source>
        <translation>Fusion faite. Annuler reprend toute la fusion.</translation>
    </message>
    <message>
        <source>Share Changes as a Pack</source>
        <translation>Partager les modifications en paquet</translation>
    </message>
    <message>
        <source>Packs (*.rwpack)</source>
        <translation>Paquets (*.rwpack)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n change(s)). Others merge it with File &gt; Merge a Copy; the workbench offers packs it finds in this folder when a project opens.</source>
        <translation>
            <numerusform>%1 écrit (%n modification). Les autres le fusionnent avec Fichier &gt; Fusionner une copie ; l’atelier propose les paquets de ce dossier à l’ouverture d’un projet.</numerusform>
            <numerusform>%1 écrit (%n modifications). Les autres le fusionnent avec Fichier &gt; Fusionner une copie ; l’atelier propose les paquets de ce dossier à l’ouverture d’un projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from the Team</source>
        <translation>Modifications de l’équipe</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) in the exchange folder %1 hold changes this project lacks. Look at them before merging?</source>
        <translation>
            <numerusform>%n paquet du dossier d’échange %1 contient des modifications absentes de ce projet. Les examiner avant de fusionner ?</numerusform>
            <numerusform>%n paquets du dossier d’échange %1 contiennent des modifications absentes de ce projet. Les examiner avant de fusionner ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge a Copy...</source>
        <translation>F&amp;usionner une copie…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Merge a Copy</source>
        <translation>Fusionner une copie</translation>
    </message>
    <message>
        <source>Copies of this project (*.readiness *.rwpack);;All files (*)</source>
        <translation>Copies de ce projet (*.readiness *.rwpack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Con&amp;flicts...</source>
        <translation>Conf&amp;lits…</translation>
    </message>
    <message>
        <source>S&amp;hare Changes as a Pack...</source>
        <translation>&amp;Partager les modifications en paquet…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from merging copies wait for a decision: File &gt; Conflicts.</source>
        <translation>
            <numerusform>%n conflit issu de la fusion de copies attend une décision : Fichier &gt; Conflits.</numerusform>
            <numerusform>%n conflits issus de la fusion de copies attendent une décision : Fichier &gt; Conflits.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Host a Workshop...</source>
        <translation>&amp;Animer un atelier…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <source>&amp;Join a Workshop...</source>
        <translation>&amp;Rejoindre un atelier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Leave the Workshop</source>
        <translation>&amp;Quitter l’atelier</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <source>No recommendation is open, so there is no plan of action to export; an OSCAL POA&amp;M needs at least one item. Add recommendations on the Findings page.</source>
        <translation>Aucune recommandation n&apos;est ouverte : il n&apos;y a pas de plan d&apos;action à exporter ; un POA&amp;M OSCAL exige au moins un élément. Ajoutez des recommandations sur la page Constats.</translation>
    </message>
    <message>
        <source>OSCAL &amp;Plan of Action and Milestones...</source>
        <translation>&amp;Plan d&apos;action et jalons OSCAL...</translation>
    </message>
    <message>
        <source>Export an OSCAL Plan of Action and Milestones</source>
        <translation>Exporter un plan d&apos;action et jalons OSCAL</translation>
    </message>
    <message>
        <source>OSCAL plan of action and milestones (*.json)</source>
        <translation>Plan d&apos;action et jalons OSCAL (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is no results file.</source>
        <translation>%1 dépasse 64 Mo ; ce n&apos;est pas un fichier de résultats.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s). Undo takes the whole import back.</source>
        <translation>
            <numerusform>%n modification importée. Annuler reprend tout l&apos;import.</numerusform>
            <numerusform>%n modifications importées. Annuler reprend tout l&apos;import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>Results (*.csv *.json);;All files (*)</source>
        <translation>Résultats (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire for Others (HTML)...</source>
        <translation>&amp;Questionnaire pour d&apos;autres (HTML)...</translation>
    </message>
    <message>
        <source>Export a Questionnaire</source>
        <translation>Exporter un questionnaire</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>&amp;Project onto Another Framework...</source>
        <translation>Pro&amp;jeter sur un autre référentiel...</translation>
    </message>
    <message>
        <source>Import Res&amp;ults...</source>
        <translation>Importer des résultat&amp;s...</translation>
    </message>
    <message>
        <source>Si&amp;gning Identities...</source>
        <translation>Identités de si&amp;gnature...</translation>
    </message>
    <message>
        <source>C&amp;lose Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>N&amp;ot Assessed</source>
        <translation>Non é&amp;valué</translation>
    </message>
    <message>
        <source>E&amp;xport Results</source>
        <translation>Exporter les résul&amp;tats</translation>
    </message>
    <message>
        <source>Start the Next Assessment</source>
        <translation>Commencer l’évaluation suivante</translation>
    </message>
    <message>
        <source>The next assessment needs a file of its own.</source>
        <translation>L’évaluation suivante a besoin de son propre fichier.</translation>
    </message>
    <message numerus="yes">
        <source>The next assessment: %n item(s) to assess again; last cycle&apos;s answers are shown beside each item.</source>
        <translation>
            <numerusform>L’évaluation suivante : %n point à évaluer de nouveau ; les réponses du cycle précédent figurent à côté de chaque point.</numerusform>
            <numerusform>L’évaluation suivante : %n points à évaluer de nouveau ; les réponses du cycle précédent figurent à côté de chaque point.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the Next &amp;Assessment...</source>
        <translation>Commencer l’év&amp;aluation suivante...</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>equal</source>
        <translation>égale</translation>
    </message>
    <message>
        <source>covers it</source>
        <translation>la couvre</translation>
    </message>
    <message>
        <source>part of it</source>
        <translation>en est une partie</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>la recoupe</translation>
    </message>
    <message>
        <source>not related</source>
        <translation>sans rapport</translation>
    </message>
    <message>
        <source>%1 is not a mapping library: it has no objects.requirement_mapping_set.</source>
        <translation>%1 n&apos;est pas une bibliothèque de correspondances : elle n&apos;a pas d&apos;objects.requirement_mapping_set.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a mapping library: %2</source>
        <translation>%1 ne peut pas être lu comme bibliothèque de correspondances : %2</translation>
    </message>
    <message>
        <source>The mapping relates none of the requirements of %1 to those of %2; is it the mapping between these two frameworks?</source>
        <translation>La correspondance ne relie aucune exigence de %1 à celles de %2 ; est-ce bien la correspondance entre ces deux référentiels ?</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Carried over from %1: %2. Review before relying on it.</source>
        <translation>Repris de %1 : %2. À vérifier avant de s&apos;y fier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 was not made from %2: only %3 of its %4 requirements are items of the assessment.</source>
        <translation>%1 n&apos;a pas été créé depuis %2 : seules %3 de ses %4 exigences sont des points de l&apos;évaluation.</translation>
    </message>
    <message>
        <source>%1 (projected from %2)</source>
        <translation>%1 (projeté depuis %2)</translation>
    </message>
    <message>
        <source>Created %1: %2 of %3 requirements of %4 reached by the mapping, %5 answers carried over for review (%6 links between the two frameworks used).</source>
        <translation>%1 créé : %2 des %3 exigences de %4 atteintes par la correspondance, %5 réponses reprises à vérifier (%6 liens entre les deux référentiels utilisés).</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation>Évaluation de préparation</translation>
    </message>
    <message>
        <source>System under assessment</source>
        <translation>Système évalué</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>%1, %2 (certificate SHA-256 %3)</source>
        <translation>%1, %2 (certificat SHA-256 %3)</translation>
    </message>
    <message>
        <source>## Executive summary</source>
        <translation>## Synthèse</translation>
    </message>
    <message>
        <source>**Score %1 / 100 · Grade %2 · %3**</source>
        <translation>**Score %1 / 100 · Note %2 · %3**</translation>
    </message>
    <message>
        <source>**Not scored yet** (no applicable item has been assessed).</source>
        <translation>**Pas encore évalué** (aucun point applicable n&apos;a été évalué).</translation>
    </message>
    <message>
        <source>- Computed score: %1 (grade %2, %3)</source>
        <translation>- Score calculé : %1 (note %2, %3)</translation>
    </message>
    <message>
        <source>- Adjusted score: %1 (grade %2, %3)</source>
        <translation>- Score ajusté : %1 (note %2, %3)</translation>
    </message>
    <message>
        <source>- Reason for the adjustment: %1</source>
        <translation>- Justification de l&apos;ajustement : %1</translation>
    </message>
    <message>
        <source>- %1 adjusted from %2 to %3: %4</source>
        <translation>- %1 ajusté de %2 à %3 : %4</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed.</source>
        <translation>%1 points évalués sur %2.</translation>
    </message>
    <message>
        <source>Every domain with a target meets it.</source>
        <translation>Chaque domaine doté d&apos;un objectif l&apos;atteint.</translation>
    </message>
    <message>
        <source>**Domains below their target:**</source>
        <translation>**Domaines sous leur objectif :**</translation>
    </message>
    <message>
        <source>- %1: %2, target ≥ %3 %</source>
        <translation>- %1 : %2, objectif ≥ %3 %</translation>
    </message>
    <message numerus="yes">
        <source>**%n unmet blocker(s)**: the status is %1 whatever the score.</source>
        <translation>
            <numerusform>**%n bloquant non satisfait** : le statut est %1 quel que soit le score.</numerusform>
            <numerusform>**%n bloquants non satisfaits** : le statut est %1 quel que soit le score.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>effort not estimated</source>
        <translation>effort non estimé</translation>
    </message>
    <message>
        <source>## Scores by domain</source>
        <translation>## Scores par domaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Earned / possible</source>
        <translation>Obtenus / possibles</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barre</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>%1 (computed %2)</source>
        <translation>%1 (calculé %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> ✅ met</source>
        <translation> ✅ atteint</translation>
    </message>
    <message>
        <source> ❌ missed</source>
        <translation> ❌ manqué</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>## Checklists</source>
        <translation>## Listes de contrôle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source> **(blocker)**</source>
        <translation> **(bloquant)**</translation>
    </message>
    <message>
        <source>### Open gaps</source>
        <translation>### Écarts ouverts</translation>
    </message>
    <message>
        <source>Every applicable item is met.</source>
        <translation>Chaque point applicable est satisfait.</translation>
    </message>
    <message>
        <source> **Blocker.**</source>
        <translation> **Bloquant.**</translation>
    </message>
    <message>
        <source>### %1 priority (%2)</source>
        <translation>### Priorité %1 (%2)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>## Risks</source>
        <translation>## Risques</translation>
    </message>
    <message>
        <source>Probability \\ Impact</source>
        <translation>Probabilité \\ Impact</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>## Key performance indicators</source>
        <translation>## Indicateurs clés de performance</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>✅ pass</source>
        <translation>✅ réussi</translation>
    </message>
    <message>
        <source>❌ fail</source>
        <translation>❌ échoué</translation>
    </message>
    <message>
        <source>## Since the last milestone</source>
        <translation>## Depuis le dernier jalon</translation>
    </message>
    <message>
        <source>Compared with milestone &quot;%1&quot; of %2.</source>
        <translation>Comparé au jalon « %1 » du %2.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>**Overall**</source>
        <translation>**Global**</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed status:</source>
        <translation>
            <numerusform>%n point a changé de statut :</numerusform>
            <numerusform>%n points ont changé de statut :</numerusform>
        </translation>
    </message>
    <message>
        <source>## Sign-offs</source>
        <translation>## Validations</translation>
    </message>
    <message>
        <source>No approver has signed off yet.</source>
        <translation>Aucun approbateur n&apos;a encore validé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>## Evidence manifest</source>
        <translation>## Inventaire des preuves</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>Aucune preuve n&apos;est jointe.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Étaye</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Generated by %1 on %2 from %3. Audit log: %4 entries, head hash `%5`.</source>
        <translation>Généré par %1 le %2 à partir de %3. Journal d&apos;audit : %4 entrées, empreinte de tête `%5`.</translation>
    </message>
    <message>
        <source>This report is signed: its detached signature is the file beside it with the suffix .p7s. Check it with `readiness-cli verify` or `openssl cms -verify -binary -inform DER`.</source>
        <translation>Ce rapport est signé : sa signature détachée est le fichier à côté de lui avec le suffixe .p7s. Vérifiez-la avec `readiness-cli verify` ou `openssl cms -verify -binary -inform DER`.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Préparé pour</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>## Scope and limitations</source>
        <translation>## Périmètre et limites</translation>
    </message>
    <message>
        <source>The scope was not recorded.</source>
        <translation>Le périmètre n&apos;a pas été consigné.</translation>
    </message>
    <message>
        <source>## Method and rating scale</source>
        <translation>## Méthode et échelle de notation</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Shown score</source>
        <translation>Score affiché</translation>
    </message>
    <message>
        <source>**Critical and high findings** (%1 h in total):</source>
        <translation>**Constats critiques et élevés** (%1 h au total) :</translation>
    </message>
    <message>
        <source>## Gaps and findings</source>
        <translation>## Écarts et constats</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Total effort of all findings: %1 h.</source>
        <translation>Effort total de tous les constats : %1 h.</translation>
    </message>
    <message>
        <source>Open risks by probability (rows) and impact (columns):</source>
        <translation>Risques ouverts par probabilité (lignes) et impact (colonnes) :</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Assessment period</source>
        <translation>Période évaluée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>**Evidence to look at again**: %1 and %2 (see the evidence manifest).</source>
        <translation>**Preuves à revoir** : %1 et %2 (voir l’inventaire des preuves).</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence expired, dated outside the assessment period or rejected</source>
        <translation>
            <numerusform>%n preuve expirée, datée hors de la période évaluée ou rejetée</numerusform>
            <numerusform>%n preuves expirées, datées hors de la période évaluée ou rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) whose only evidence was rejected</source>
        <translation>
            <numerusform>%n point dont la seule preuve a été rejetée</numerusform>
            <numerusform>%n points dont la seule preuve a été rejetée</numerusform>
        </translation>
    </message>
    <message>
        <source>**The review is open**: %1 and %2 (see the sign-offs).</source>
        <translation>**La revue est ouverte** : %1 et %2 (voir les approbations).</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n point signalé</numerusform>
            <numerusform>%n points signalés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n discussion non résolue</numerusform>
            <numerusform>%n discussions non résolues</numerusform>
        </translation>
    </message>
    <message>
        <source>### Findings in detail</source>
        <translation>### Constats en détail</translation>
    </message>
    <message>
        <source>### Review</source>
        <translation>### Revue</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revu par</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>pas encore revu</translation>
    </message>
    <message>
        <source>No item is flagged for review and every comment thread is resolved.</source>
        <translation>Aucun point n’est signalé pour revue et toutes les discussions sont résolues.</translation>
    </message>
    <message>
        <source>- **%1** (%2) flagged for review: %3</source>
        <translation>- **%1** (%2) signalé pour revue : %3</translation>
    </message>
    <message>
        <source>- **%1** (%2) unresolved comment by %3, %4: %5</source>
        <translation>- **%1** (%2) commentaire non résolu de %3, %4 : %5</translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n réponse)</numerusform>
            <numerusform>(%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recueillie</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s)</source>
        <translation>
            <numerusform>%n version antérieure</numerusform>
            <numerusform>%n versions antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>### Evidence to look at again</source>
        <translation>### Preuves à revoir</translation>
    </message>
    <message>
        <source>Items whose only evidence was rejected:</source>
        <translation>Points dont la seule preuve a été rejetée :</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>the copies are of different assessments (&quot;%1&quot;, identity %2, and &quot;%3&quot;, identity %4): only copies of one project can be merged</source>
        <translation>les copies appartiennent à des évaluations différentes (« %1 », identité %2, et « %3 », identité %4) : seules des copies d’un même projet peuvent être fusionnées</translation>
    </message>
    <message>
        <source>the copies do not begin with the same entry: they share no history</source>
        <translation>les copies ne commencent pas par la même entrée : elles n’ont pas d’historique commun</translation>
    </message>
    <message>
        <source>device %1&apos;s entry at %2 differs between the copies (%3 and %4): one of them had its history rewritten</source>
        <translation>l’entrée de l’appareil %1 à %2 diffère entre les copies (%3 et %4) : l’historique de l’une d’elles a été réécrit</translation>
    </message>
    <message>
        <source>the other copy&apos;s entry %1 is chained the old way but this copy does not hold it: the copies&apos; histories split before the project format could merge them</source>
        <translation>l’entrée %1 de l’autre copie est chaînée à l’ancienne mais cette copie ne la contient pas : les historiques se sont séparés avant que le format de projet puisse les fusionner</translation>
    </message>
    <message>
        <source>the merged log cannot be replayed: %1</source>
        <translation>le journal fusionné ne peut pas être rejoué : %1</translation>
    </message>
    <message>
        <source>%1 cannot be merged: its audit log is not intact (%2)</source>
        <translation>%1 ne peut pas être fusionné : son journal d’audit n’est pas intact (%2)</translation>
    </message>
    <message>
        <source>the pack cannot be trusted: %1</source>
        <translation>le paquet n’est pas digne de confiance : %1</translation>
    </message>
    <message>
        <source>the other copy&apos;s entry %1 follows an entry neither copy holds: make the pack for this copy (pack --for) or since an older head</source>
        <translation>l’entrée %1 de l’autre copie suit une entrée qu’aucune des copies ne détient : faites le paquet pour cette copie (pack --for) ou depuis une tête plus ancienne</translation>
    </message>
    <message>
        <source>the evidence &quot;%1&quot; (SHA-256 %2) is in neither copy: the other copy or pack lacks its bytes</source>
        <translation>la preuve « %1 » (SHA-256 %2) n’est dans aucune copie : l’autre copie ou le paquet n’en a pas les octets</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2</source>
        <translation>%1 ne peut pas être fusionné : %2</translation>
    </message>
    <message>
        <source>the evidence bytes %1 are missing</source>
        <translation>les octets de la preuve %1 manquent</translation>
    </message>
    <message>
        <source>%1 is a project, not a pack.</source>
        <translation>%1 est un projet, pas un paquet.</translation>
    </message>
    <message>
        <source>%1 is a pack of a newer format (%2; this version reads up to %3). Update Readiness Workbench to merge it; nothing was changed.</source>
        <translation>%1 est un paquet d’un format plus récent (%2 ; cette version lit jusqu’à %3). Mettez à jour Readiness Workbench pour le fusionner ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The pack %1 is damaged or cut short: %2</source>
        <translation>Le paquet %1 est endommagé ou tronqué : %2</translation>
    </message>
    <message>
        <source>it has no description of what it holds</source>
        <translation>il ne décrit pas ce qu’il contient</translation>
    </message>
    <message>
        <source>it should hold %1 entries but holds %2</source>
        <translation>il devrait contenir %1 entrées mais en contient %2</translation>
    </message>
    <message>
        <source>the log holds no entry %1 (give a head&apos;s hash, at least its first 12 digits, as log or a report shows it)</source>
        <translation>le journal ne contient aucune entrée %1 (donnez le hachage d’une tête, au moins ses 12 premiers chiffres, tel que log ou un rapport l’affiche)</translation>
    </message>
    <message>
        <source>the evidence bytes %1 do not match their SHA-256: they were changed or cut short</source>
        <translation>les octets de la preuve %1 ne correspondent pas à leur SHA-256 : ils ont été modifiés ou tronqués</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the pack.</source>
        <translation>%1 existe déjà ; choisissez un autre nom pour le paquet.</translation>
    </message>
    <message>
        <source>the pack could not be moved to %1</source>
        <translation>le paquet n’a pas pu être déplacé vers %1</translation>
    </message>
    <message>
        <source>The pack %1 could not be written: %2</source>
        <translation>Le paquet %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>the evidence bytes %1 did not come with the entries</source>
        <translation>les octets de la preuve %1 ne sont pas venus avec les entrées</translation>
    </message>
    <message>
        <source>this copy has entries of its own to send first</source>
        <translation>cette copie a d’abord ses propres entrées à envoyer</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>The project to merge into.</source>
        <translation>Le projet dans lequel fusionner.</translation>
    </message>
    <message>
        <source>FROM...</source>
        <translation>DE...</translation>
    </message>
    <message>
        <source>Show what merging would do; change nothing.</source>
        <translation>Montrer ce que ferait la fusion ; ne rien modifier.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into %2: %3.</source>
        <translation>%1 ne peut pas être fusionné dans %2 : %3.</translation>
    </message>
    <message>
        <source>(removed items)</source>
        <translation>(éléments supprimés)</translation>
    </message>
    <message numerus="yes">
        <source>Merging %1 into %2 would bring %n change(s) (nothing was changed):</source>
        <translation>
            <numerusform>Fusionner %1 dans %2 apporterait %n modification (rien n’a été modifié) :</numerusform>
            <numerusform>Fusionner %1 dans %2 apporterait %n modifications (rien n’a été modifié) :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds nothing that %2 lacks.</source>
        <translation>%1 ne contient rien qui manque à %2.</translation>
    </message>
    <message>
        <source>By person: %1</source>
        <translation>Par personne : %1</translation>
    </message>
    <message>
        <source>By domain: %1</source>
        <translation>Par domaine : %1</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Overall: %1 -&gt; %2</source>
        <translation>Global : %1 -&gt; %2</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), each shown with the value every copy keeps until somebody decides:</source>
        <translation>
            <numerusform>%n conflit, chacun avec la valeur que chaque copie garde jusqu’à ce que quelqu’un décide :</numerusform>
            <numerusform>%n conflits, chacun avec la valeur que chaque copie garde jusqu’à ce que quelqu’un décide :</numerusform>
        </translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>here %1 (%2), there %3 (%4); kept: %5</source>
        <translation>ici %1 (%2), là-bas %3 (%4) ; conservé : %5</translation>
    </message>
    <message>
        <source>Bring copies of a project (project files or packs) together: what each copy adds, the conflicts, how the scores move.</source>
        <translation>Réunir des copies d’un projet (fichiers de projet ou paquets) : ce que chaque copie apporte, les conflits, l’évolution des scores.</translation>
    </message>
    <message>
        <source>One or more copies of it: project files or packs.</source>
        <translation>Une ou plusieurs copies : fichiers de projet ou paquets.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 ne peut pas être modifié : %2</translation>
    </message>
    <message>
        <source>%1 cannot be merged into: its audit log is not intact (%2).</source>
        <translation>Impossible de fusionner dans %1 : son journal d’audit n’est pas intact (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n change(s).</source>
        <translation>
            <numerusform>%1 fusionné dans %2 : %n modification.</numerusform>
            <numerusform>%1 fusionné dans %2 : %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence files copied: %1</source>
        <translation>Fichiers de preuve copiés : %1</translation>
    </message>
    <message>
        <source>created in both copies; one is now %1</source>
        <translation>créé dans les deux copies ; l’un s’appelle maintenant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a decision: open the project in the workbench (File &gt; Conflicts).</source>
        <translation>
            <numerusform>%n conflit attend une décision : ouvrez le projet dans l’atelier (Fichier &gt; Conflits).</numerusform>
            <numerusform>%n conflits attendent une décision : ouvrez le projet dans l’atelier (Fichier &gt; Conflits).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a Copy</source>
        <translation>Fusionner une copie</translation>
    </message>
    <message>
        <source>What the other copies changed</source>
        <translation>Ce que les autres copies ont modifié</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>How the scores would move</source>
        <translation>Comment les scores évolueraient</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After merging</source>
        <translation>Après la fusion</translation>
    </message>
    <message>
        <source>Conflicts: both copies changed the same thing</source>
        <translation>Conflits : les deux copies ont modifié la même chose</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Là-bas</translation>
    </message>
    <message>
        <source>Shown until decided</source>
        <translation>Affiché jusqu’à décision</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>%1 cannot be merged: %2.</source>
        <translation>%1 ne peut pas être fusionné : %2.</translation>
    </message>
    <message>
        <source>%1 holds nothing this project lacks.</source>
        <translation>%1 ne contient rien qui manque à ce projet.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %1 brings %n change(s) into this project. Nothing changes until you choose Merge; Undo takes the whole merge back.</source>
        <translation>
            <numerusform>Fusionner %1 apporte %n modification à ce projet. Rien ne change tant que vous ne choisissez pas Fusionner ; Annuler reprend toute la fusion.</numerusform>
            <numerusform>Fusionner %1 apporte %n modifications à ce projet. Rien ne change tant que vous ne choisissez pas Fusionner ; Annuler reprend toute la fusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: %1 now, %2 after merging.</source>
        <translation>Score global : %1 maintenant, %2 après la fusion.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) come with it.</source>
        <translation>
            <numerusform>%n fichier de preuve l’accompagne.</numerusform>
            <numerusform>%n fichiers de preuve l’accompagnent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed items</source>
        <translation>Points supprimés</translation>
    </message>
    <message>
        <source>Other records (%1)</source>
        <translation>Autres enregistrements (%1)</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>Par personne</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Par domaine</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>both kept; one renamed</source>
        <translation>les deux gardés ; l’un renommé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None: nobody changed what another changed.</source>
        <translation>Aucun : personne n’a modifié ce qu’un autre a modifié.</translation>
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
        <translation>&amp;Jalons :</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>&amp;Save Milestone...</source>
        <translation>&amp;Enregistrer un jalon...</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>Re&amp;nommer...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Scores across milestones</source>
        <translation>Scores au fil des jalons</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Comparer depuis</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Comparer à</translation>
    </message>
    <message>
        <source>Compare &amp;from</source>
        <translation>Comparer &amp;depuis</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>Score changes</source>
        <translation>Évolution des scores</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Items whose status changed</source>
        <translation>Points dont le statut a changé</translation>
    </message>
    <message>
        <source>Save Milestone</source>
        <translation>Enregistrer un jalon</translation>
    </message>
    <message>
        <source>&amp;Name of the milestone:</source>
        <translation>&amp;Nom du jalon :</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revue %1</translation>
    </message>
    <message>
        <source>Rename Milestone</source>
        <translation>Renommer le jalon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, taken by %2 on %3</source>
        <translation>%1, pris par %2 le %3</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>+%1 points ▲</source>
        <translation>+%1 points ▲</translation>
    </message>
    <message>
        <source>%1 points ▼</source>
        <translation>%1 points ▼</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>No item changed its status.</source>
        <translation>Aucun point n&apos;a changé de statut.</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create a project from a template.</source>
        <translation>Créer un projet à partir d&apos;un modèle.</translation>
    </message>
    <message>
        <source>The project file to create (.readiness); never overwritten.</source>
        <translation>Le fichier de projet à créer (.readiness) ; jamais écrasé.</translation>
    </message>
    <message>
        <source>A built-in template id (see &apos;templates&apos;) or a template file.</source>
        <translation>Un identifiant de modèle intégré (voir « templates ») ou un fichier de modèle.</translation>
    </message>
    <message>
        <source>id|path</source>
        <translation>id|chemin</translation>
    </message>
    <message>
        <source>The assessment&apos;s title (default: the template&apos;s).</source>
        <translation>Le titre de l&apos;évaluation (par défaut : celui du modèle).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>--template is required (a built-in id or a template file).</source>
        <translation>--template est obligatoire (un identifiant intégré ou un fichier de modèle).</translation>
    </message>
    <message>
        <source>Created %1 from %2: %3 domains, %4 items.</source>
        <translation>%1 créé à partir de %2 : %3 domaines, %4 points.</translation>
    </message>
    <message>
        <source>For a framework library: only these implementation groups, comma-separated (default: all).</source>
        <translation>Pour une bibliothèque de référentiel : seulement ces groupes de mise en œuvre, séparés par des virgules (par défaut : tous).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>For a framework library: the language to read it in, one of its translations (default: the library&apos;s own).</source>
        <translation>Pour une bibliothèque de référentiel : la langue dans laquelle la lire, l’une de ses traductions (par défaut : la sienne).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New Assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Choose a checklist</source>
        <translation>Choisir une liste de contrôle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>%1 (%2 domains, %3 items)</source>
        <translation>%1 (%2 domaines, %3 points)</translation>
    </message>
    <message>
        <source>Name the assessment</source>
        <translation>Nommer l&apos;évaluation</translation>
    </message>
    <message>
        <source>The project file holds everything: answers, evidence and history.</source>
        <translation>Le fichier de projet contient tout : réponses, preuves et historique.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Fichier de projet</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Save the New Project As</source>
        <translation>Enregistrer le nouveau projet sous</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness)</source>
        <translation>Projets Readiness (*.readiness)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>&amp;Fichier de projet :</translation>
    </message>
    <message>
        <source>Choose a Template</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Choose a template to start from.</source>
        <translation>Choisissez un modèle de départ.</translation>
    </message>
    <message>
        <source>The assessment needs a title.</source>
        <translation>L&apos;évaluation a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Start from a built-in template, or from a checklist file: a template, an OSCAL catalog or profile, a Well-Architected lens, a framework library (YAML), a questionnaire or a CSV file.</source>
        <translation>Partir d&apos;un modèle intégré ou d&apos;un fichier de liste de contrôle : un modèle, un catalogue ou profil OSCAL, une lens Well-Architected, une bibliothèque de référentiel (YAML), un questionnaire ou un fichier CSV.</translation>
    </message>
    <message>
        <source>Domains of the chosen checklist</source>
        <translation>Domaines de la liste de contrôle choisie</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Use a Checklist &amp;File...</source>
        <translation>Utiliser un &amp;fichier de liste de contrôle...</translation>
    </message>
    <message>
        <source>Choose a Checklist File</source>
        <translation>Choisir un fichier de liste de contrôle</translation>
    </message>
    <message>
        <source>Checklists (*.json *.yaml *.yml *.csv);;All files (*)</source>
        <translation>Listes de contrôle (*.json *.yaml *.yml *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Implementation Groups</source>
        <translation>Groupes de mise en œuvre</translation>
    </message>
    <message>
        <source>%1 sorts its requirements into implementation groups. Which groups does this assessment cover? Requirements in no group are always included.</source>
        <translation>%1 répartit ses exigences en groupes de mise en œuvre. Quels groupes cette évaluation couvre-t-elle ? Les exigences sans groupe sont toujours incluses.</translation>
    </message>
    <message>
        <source>Not read: no implementation groups were chosen.</source>
        <translation>Non lu : aucun groupe de mise en œuvre n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading a Checklist</source>
        <translation>Lecture d&apos;une liste de contrôle</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 (%2 domains, %3 items, from %4)</source>
        <translation>%1 (%2 domaines, %3 points, depuis %4)</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose another place.</source>
        <translation>Le dossier %1 ne peut pas être créé ; choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>NextCycleCommand</name>
    <message>
        <source>Start the next assessment: a new project with the same checklist and evidence, statuses reset, this cycle&apos;s answers beside each item and its milestones to compare against.</source>
        <translation>Commencer l’évaluation suivante : un nouveau projet avec la même liste et les mêmes preuves, statuts remis à zéro, les réponses de ce cycle à côté de chaque point et ses jalons pour comparer.</translation>
    </message>
    <message>
        <source>The project of this cycle.</source>
        <translation>Le projet de ce cycle.</translation>
    </message>
    <message>
        <source>The new project file.</source>
        <translation>Le nouveau fichier de projet.</translation>
    </message>
    <message>
        <source>The new assessment&apos;s title.</source>
        <translation>Le titre de la nouvelle évaluation.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 existe déjà ; choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 items to assess again, %3 pieces of evidence carried over, %4 milestones to compare against.</source>
        <translation>%1 écrit : %2 points à évaluer de nouveau, %3 preuves reprises, %4 jalons pour comparer.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Write the changes another copy lacks (entries and evidence) to a pack, small enough to mail.</source>
        <translation>Écrire dans un paquet, assez petit pour un courriel, les modifications qui manquent à une autre copie (entrées et preuves).</translation>
    </message>
    <message>
        <source>The project to take the changes from.</source>
        <translation>Le projet d’où prendre les modifications.</translation>
    </message>
    <message>
        <source>The other copy (a project or a pack it made): only what it lacks.</source>
        <translation>L’autre copie (un projet ou un paquet qu’elle a fait) : seulement ce qui lui manque.</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>AUTRE</translation>
    </message>
    <message>
        <source>Only the entries after these heads (hashes as log or a report shows them).</source>
        <translation>Seulement les entrées après ces têtes (hachages tels que log ou un rapport les affiche).</translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation>TÊTE</translation>
    </message>
    <message>
        <source>The pack to write (.rwpack).</source>
        <translation>Le paquet à écrire (.rwpack).</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>Name the pack to write with -o PACK.</source>
        <translation>Nommez le paquet à écrire avec -o PAQUET.</translation>
    </message>
    <message>
        <source>Say what the other copy holds: --for OTHER or --since HEAD (one of them).</source>
        <translation>Indiquez ce que contient l’autre copie : --for AUTRE ou --since TÊTE (l’un des deux).</translation>
    </message>
    <message>
        <source>%1 cannot be packed: its audit log is not intact (%2).</source>
        <translation>%1 ne peut pas être mis en paquet : son journal d’audit n’est pas intact (%2).</translation>
    </message>
    <message>
        <source>%1 is a copy of another assessment (&quot;%2&quot;), not of &quot;%3&quot;.</source>
        <translation>%1 est une copie d’une autre évaluation (« %2 »), pas de « %3 ».</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n change(s), %2.</source>
        <translation>
            <numerusform>%1 écrit : %n modification, %2.</numerusform>
            <numerusform>%1 écrit : %n modifications, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathToReady</name>
    <message>
        <source>Nothing has been scored yet.</source>
        <translation>Rien n&apos;a encore été évalué.</translation>
    </message>
    <message>
        <source>%1 cannot reach its target of %2 % even with every open item met.</source>
        <translation>%1 ne peut atteindre sa cible de %2 % même si chaque point ouvert est satisfait.</translation>
    </message>
    <message>
        <source>The overall score cannot reach %1 % even with every open item met.</source>
        <translation>Le score global ne peut atteindre %1 % même si chaque point ouvert est satisfait.</translation>
    </message>
    <message>
        <source>No set of open items meets every target and the Ready threshold together.</source>
        <translation>Aucun ensemble de points ouverts n&apos;atteint à la fois toutes les cibles et le seuil « prêt ».</translation>
    </message>
</context>
<context>
    <name>PathToReadyPanel</name>
    <message>
        <source>Path to ready: the least work that makes the assessment Ready and meets every target</source>
        <translation>Chemin vers Prêt : le moindre travail qui rend l&apos;évaluation Prête et atteint chaque objectif</translation>
    </message>
    <message>
        <source>Steps to ready</source>
        <translation>Étapes vers Prêt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Score après</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Statut après</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Already ready: the assessment is Ready and every domain meets its target.</source>
        <translation>Déjà prêt : l&apos;évaluation est Prête et chaque domaine atteint son objectif.</translation>
    </message>
    <message>
        <source>Ready cannot be reached yet:</source>
        <translation>Prêt ne peut pas encore être atteint :</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 in all. Efforts come from each item&apos;s estimate or its recommendations; the plan uses the computed scores.</source>
        <translation>
            <numerusform>%n étape, %1 au total. Les efforts viennent de l&apos;estimation de chaque point ou de ses recommandations ; le plan utilise les scores calculés.</numerusform>
            <numerusform>%n étapes, %1 au total. Les efforts viennent de l&apos;estimation de chaque point ou de ses recommandations ; le plan utilise les scores calculés.</numerusform>
        </translation>
    </message>
    <message>
        <source> The checklist is too large to prove this plan the smallest; it is the best one found.</source>
        <translation> La liste est trop grande pour prouver que ce plan est le plus petit ; c&apos;est le meilleur trouvé.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have no estimate yet and count %1 each; give one in the item&apos;s Effort field.</source>
        <translation>
            <numerusform>%n étape n&apos;a pas encore d&apos;estimation et compte %1 ; indiquez-en une dans le champ Effort du point.</numerusform>
            <numerusform>%n étapes n&apos;ont pas encore d&apos;estimation et comptent %1 chacune ; indiquez-en une dans le champ Effort du point.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>No estimate yet: counted at the default effort.</source>
        <translation>Pas encore d&apos;estimation : compté à l&apos;effort par défaut.</translation>
    </message>
</context>
<context>
    <name>PdfNavigation</name>
    <message>
        <source>The PDF&apos;s outline cannot be added: %1</source>
        <translation>Le signet du PDF ne peut pas être ajouté : %1</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The overall readiness score is %1 of 100: grade %2, %3.</source>
        <translation>Le score global de préparation est de %1 sur 100 : note %2, %3.</translation>
    </message>
    <message>
        <source>The assessment is not scored yet: no applicable item has been assessed.</source>
        <translation>L&apos;évaluation n&apos;est pas encore notée : aucun point applicable n&apos;a été évalué.</translation>
    </message>
    <message>
        <source>Computed score %1 (grade %2, %3); adjusted score %4 (grade %5, %6).</source>
        <translation>Score calculé %1 (note %2, %3) ; score ajusté %4 (note %5, %6).</translation>
    </message>
    <message>
        <source>Reason for the adjustment: %1</source>
        <translation>Justification de l&apos;ajustement : %1</translation>
    </message>
    <message>
        <source>%1 adjusted from %2 to %3: %4</source>
        <translation>%1 ajusté de %2 à %3 : %4</translation>
    </message>
    <message>
        <source>Domains below their target</source>
        <translation>Domaines sous leur objectif</translation>
    </message>
    <message>
        <source>Every domain with a target meets it.</source>
        <translation>Chaque domaine doté d&apos;un objectif l&apos;atteint.</translation>
    </message>
    <message>
        <source>%1: %2, target ≥ %3 %</source>
        <translation>%1 : %2, objectif ≥ %3 %</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Bloquants</translation>
    </message>
    <message>
        <source>No blocker is unmet.</source>
        <translation>Aucun bloquant n&apos;est non satisfait.</translation>
    </message>
    <message>
        <source>While a blocker is unmet the status is %1 whatever the score.</source>
        <translation>Tant qu&apos;un bloquant n&apos;est pas satisfait, le statut est %1 quel que soit le score.</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Aucune ouverte.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <source>Scores by domain</source>
        <translation>Scores par domaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Earned / possible</source>
        <translation>Obtenus / possibles</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barre</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>(computed %1)</source>
        <translation>(calculé %1)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>(blocker)</source>
        <translation>(bloquant)</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>Écarts ouverts</translation>
    </message>
    <message>
        <source>Every applicable item is met.</source>
        <translation>Chaque point applicable est satisfait.</translation>
    </message>
    <message>
        <source>Item and note</source>
        <translation>Point et note</translation>
    </message>
    <message>
        <source>%1 priority · %2 h</source>
        <translation>Priorité %1 · %2 h</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicateurs clés de performance</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Since the last milestone</source>
        <translation>Depuis le dernier jalon</translation>
    </message>
    <message>
        <source>Compared with milestone “%1” of %2.</source>
        <translation>Comparé au jalon « %1 » du %2.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed status</source>
        <translation>
            <numerusform>%n point a changé de statut</numerusform>
            <numerusform>%n points ont changé de statut</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Validations</translation>
    </message>
    <message>
        <source>No approver has signed off yet.</source>
        <translation>Aucun approbateur n&apos;a encore validé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evidence manifest</source>
        <translation>Inventaire des preuves</translation>
    </message>
    <message>
        <source>Every file below is stored in the project; its SHA-256 identifies the exact bytes the assessment rests on.</source>
        <translation>Chaque fichier ci-dessous est stocké dans le projet ; son SHA-256 identifie exactement les octets sur lesquels repose l&apos;évaluation.</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>Aucune preuve n&apos;est jointe.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Étaye</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Project state</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <source>This report describes %1 as of audit log entry %2, whose hash is:</source>
        <translation>Ce rapport décrit %1 à l&apos;entrée %2 du journal d&apos;audit, dont l&apos;empreinte est :</translation>
    </message>
    <message>
        <source>Generated by %1 on %2.</source>
        <translation>Généré par %1 le %2.</translation>
    </message>
    <message>
        <source>Signed by %1; certificate SHA-256 fingerprint %2. The signature is embedded in this PDF: check it with any PDF reader, with pdfsig, or with readiness-cli verify.</source>
        <translation>Signé par %1 ; empreinte SHA-256 du certificat %2. La signature est intégrée à ce PDF : vérifiez-la avec n&apos;importe quel lecteur PDF, avec pdfsig ou avec readiness-cli verify.</translation>
    </message>
    <message>
        <source>Readiness assessment report</source>
        <translation>Rapport d&apos;évaluation de préparation</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>sur 100</translation>
    </message>
    <message>
        <source>Grade %1 · %2</source>
        <translation>Note %1 · %2</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>%1 of %2 items assessed</source>
        <translation>%1 points évalués sur %2</translation>
    </message>
    <message>
        <source>Adjusted; computed score %1</source>
        <translation>Ajusté ; score calculé %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s)</source>
        <translation>
            <numerusform>%n bloquant non satisfait</numerusform>
            <numerusform>%n bloquants non satisfaits</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Generated by %1 from %2 · audit head %3</source>
        <translation>Généré par %1 à partir de %2 · tête d&apos;audit %3</translation>
    </message>
    <message>
        <source>Readiness report · %1</source>
        <translation>Rapport de préparation · %1</translation>
    </message>
    <message>
        <source>Audit head %1 · %2</source>
        <translation>Tête d&apos;audit %1 · %2</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signé par %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn.</source>
        <translation>Le PDF ne peut pas être dessiné.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>Status and points</source>
        <translation>Statut et points</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 sur %2 points</translation>
    </message>
    <message>
        <source>Scope and limitations</source>
        <translation>Périmètre et limites</translation>
    </message>
    <message>
        <source>The scope was not recorded.</source>
        <translation>Le périmètre n&apos;a pas été consigné.</translation>
    </message>
    <message>
        <source>System under assessment: %1</source>
        <translation>Système évalué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %1 (%n item(s) in %2 domains).</source>
        <translation>
            <numerusform>Liste de contrôle : %1 (%n point dans %2 domaines).</numerusform>
            <numerusform>Liste de contrôle : %1 (%n points dans %2 domaines).</numerusform>
        </translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Method and rating scale</source>
        <translation>Méthode et échelle de notation</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>The bands of this checklist, on the shown whole-percent score.</source>
        <translation>Les tranches de cette liste de contrôle, sur le score affiché en pour cent entiers.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Shown score</source>
        <translation>Score affiché</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Préparé pour</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>readiness assessment</source>
        <translation>évaluation de préparation</translation>
    </message>
    <message>
        <source>Readiness assessment report: %1</source>
        <translation>Rapport d&apos;évaluation de préparation : %1</translation>
    </message>
    <message>
        <source>Critical and high findings</source>
        <translation>Constats critiques et élevés</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Gaps and findings</source>
        <translation>Écarts et constats</translation>
    </message>
    <message>
        <source>Total effort of all findings: %1 h.</source>
        <translation>Effort total de tous les constats : %1 h.</translation>
    </message>
    <message>
        <source>Open risks by probability and impact</source>
        <translation>Risques ouverts par probabilité et impact</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Evidence to look at again: %1 and %2 (see the evidence manifest).</source>
        <translation>Preuves à revoir : %1 et %2 (voir l’inventaire des preuves).</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence expired, dated outside the assessment period or rejected</source>
        <translation>
            <numerusform>%n preuve expirée, datée hors de la période évaluée ou rejetée</numerusform>
            <numerusform>%n preuves expirées, datées hors de la période évaluée ou rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) whose only evidence was rejected</source>
        <translation>
            <numerusform>%n point dont la seule preuve a été rejetée</numerusform>
            <numerusform>%n points dont la seule preuve a été rejetée</numerusform>
        </translation>
    </message>
    <message>
        <source>The review is open: %1 and %2 (see the sign-offs).</source>
        <translation>La revue est ouverte : %1 et %2 (voir les approbations).</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n point signalé</numerusform>
            <numerusform>%n points signalés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n discussion non résolue</numerusform>
            <numerusform>%n discussions non résolues</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings in detail</source>
        <translation>Constats en détail</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revu par</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>pas encore revu</translation>
    </message>
    <message>
        <source>No item is flagged for review and every comment thread is resolved.</source>
        <translation>Aucun point n’est signalé pour revue et toutes les discussions sont résolues.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n reply(ies))</source>
        <translation>
            <numerusform>(%n réponse)</numerusform>
            <numerusform>(%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recueillie</translation>
    </message>
    <message>
        <source>Valid until · review</source>
        <translation>Valable jusqu’au · revue</translation>
    </message>
    <message>
        <source>Evidence to look at again</source>
        <translation>Preuves à revoir</translation>
    </message>
    <message>
        <source>Items whose only evidence was rejected: %1.</source>
        <translation>Points dont la seule preuve a été rejetée : %1.</translation>
    </message>
</context>
<context>
    <name>PdfSignature</name>
    <message>
        <source>The PDF has no page to carry a signature.</source>
        <translation>Le PDF n&apos;a aucune page pour porter une signature.</translation>
    </message>
    <message>
        <source>The signature&apos;s place cannot be found in the written PDF.</source>
        <translation>L&apos;emplacement de la signature est introuvable dans le PDF écrit.</translation>
    </message>
    <message>
        <source>The signature is larger than the room reserved for it.</source>
        <translation>La signature est plus grande que la place qui lui est réservée.</translation>
    </message>
    <message>
        <source>The PDF cannot be signed: %1</source>
        <translation>Le PDF ne peut pas être signé : %1</translation>
    </message>
    <message>
        <source>This is not a PDF file.</source>
        <translation>Ce n&apos;est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read (%1): it is not the file that was signed.</source>
        <translation>Le PDF est endommagé et ne peut pas être lu (%1) : ce n&apos;est pas le fichier qui a été signé.</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translation>Le PDF ne porte aucune signature.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is malformed.</source>
        <translation>La plage d&apos;octets de la signature est mal formée.</translation>
    </message>
    <message>
        <source>The PDF was extended after it was signed: %1 bytes were added that the signature does not cover.</source>
        <translation>Le PDF a été prolongé après sa signature : %1 octets ont été ajoutés que la signature ne couvre pas.</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>The least work that makes the assessment Ready and meets every target.</source>
        <translation>Le moindre travail qui rend l&apos;évaluation Prête et atteint chaque objectif.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Already ready: the assessment is Ready and every domain meets its target.</source>
        <translation>Déjà prêt : l&apos;évaluation est Prête et chaque domaine atteint son objectif.</translation>
    </message>
    <message>
        <source>Ready cannot be reached:</source>
        <translation>Prêt ne peut pas être atteint :</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 hours in all, make the assessment Ready and meet every target:</source>
        <translation>
            <numerusform>%n étape, %1 heures au total, rend l&apos;évaluation Prête et atteint chaque objectif :</numerusform>
            <numerusform>%n étapes, %1 heures au total, rendent l&apos;évaluation Prête et atteignent chaque objectif :</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Score après</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>Statut après</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>The checklist is too large to prove this plan the smallest; it is the best one found.</source>
        <translation>La liste est trop grande pour prouver que ce plan est le plus petit ; c&apos;est le meilleur trouvé.</translation>
    </message>
    <message>
        <source>Hours an item without an estimate (its own or its recommendations&apos;) counts; default %1.</source>
        <translation>Heures que compte un point sans estimation (la sienne ou celle de ses recommandations) ; par défaut %1.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>--default-effort cannot be negative.</source>
        <translation>--default-effort ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 h (default)</source>
        <translation>%1 h (par défaut)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) have no estimate and count %1 h each; give them one with set --effort or a recommendation with an effort.</source>
        <translation>
            <numerusform>%n étape n&apos;a pas d&apos;estimation et compte %1 h ; donnez-lui-en une avec set --effort ou une recommandation avec un effort.</numerusform>
            <numerusform>%n étapes n&apos;ont pas d&apos;estimation et comptent %1 h chacune ; donnez-leur-en une avec set --effort ou une recommandation avec un effort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsDelegate</name>
    <message>
        <source>Points earned</source>
        <translation>Points obtenus</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>&amp;Assessor name:</source>
        <translation>Nom de l&apos;é&amp;valuateur :</translation>
    </message>
    <message>
        <source>Recorded with every change in the audit log and proposed for new sign-offs.</source>
        <translation>Enregistré avec chaque modification dans le journal d&apos;audit et proposé pour les nouvelles validations.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l&apos;&amp;interface :</translation>
    </message>
    <message>
        <source>A new interface language takes effect the next time the workbench starts.</source>
        <translation>Une nouvelle langue d&apos;interface prend effet au prochain démarrage de Readiness Workbench.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON (for tools)</source>
        <translation>JSON (pour les outils)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
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
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>&amp;Sign reports</source>
        <translation>&amp;Signer les rapports</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <source>Signing &amp;identity:</source>
        <translation>&amp;Identité de signature :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>none (the key could not be made)</source>
        <translation>aucune (la clé n’a pas pu être créée)</translation>
    </message>
    <message>
        <source>This computer&apos;s key, which signs every change it records in the audit log.</source>
        <translation>La clé de cet ordinateur, qui signe chaque modification qu’il enregistre dans le journal d’audit.</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Cet ordinateur :</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <source>Presenter on &amp;Screen</source>
        <translation>Présentation sur l&apos;é&amp;cran</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 x %4)</source>
        <translation>Écran %1 : %2 (%3 x %4)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter — Readiness Workbench</source>
        <translation>Présentation — Readiness Workbench</translation>
    </message>
    <message>
        <source>Leave Presenter Mode (Esc)</source>
        <translation>Quitter le mode présentation (Échap)</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>1 Met · 2 Partially met · 3 Not met · 0 Not applicable · Backspace Not assessed · N next unassessed · J / K next / previous · Ctrl+Z undo</source>
        <translation>1 Satisfait · 2 Partiellement satisfait · 3 Non satisfait · 0 Sans objet · Retour arrière Non évalué · N suivant non évalué · J / K suivant / précédent · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>Dashboard (D)</source>
        <translation>Tableau de bord (D)</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Aucun point sélectionné</translation>
    </message>
    <message>
        <source>Press N for the next item not yet assessed, or J and K to walk the checklist.</source>
        <translation>Appuyez sur N pour le prochain point non évalué, ou sur J et K pour parcourir la liste de contrôle.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Pas encore de note.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Current Item (D)</source>
        <translation>Point en cours (D)</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below the target</source>
        <translation>
            <numerusform>%n niveau sous la cible</numerusform>
            <numerusform>%n niveaux sous la cible</numerusform>
        </translation>
    </message>
    <message>
        <source>⚑ Flagged for review: %1</source>
        <translation>⚑ Signalé pour revue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n discussion non résolue</numerusform>
            <numerusform>%n discussions non résolues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n&apos;y a aucun fichier à %1.</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a project file.</source>
        <translation>%1 est un dossier ou un périphérique, pas un fichier de projet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>%1 ne peut pas être lu : %2. Vérifiez les droits du fichier.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). It is not a Readiness Workbench project; it may be a file whose copy or download did not finish.</source>
        <translation>%1 est vide (0 octet). Ce n&apos;est pas un projet Readiness Workbench ; c&apos;est peut-être un fichier dont la copie ou le téléchargement n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>%1 is not a Readiness Workbench project (it is not an SQLite database).</source>
        <translation>%1 n&apos;est pas un projet Readiness Workbench (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 of the %3 bytes its header describes. It may have been cut short by an interrupted copy or download; open the original instead.</source>
        <translation>%1 est tronqué : il contient %2 des %3 octets que décrit son en-tête. Une copie ou un téléchargement a peut-être été interrompu ; ouvrez plutôt l&apos;original.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Readiness Workbench project.</source>
        <translation>%1 est une base de données SQLite, mais pas un projet Readiness Workbench.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Readiness Workbench (project format %2; this version reads up to %3). Update Readiness Workbench to open it; the file has not been changed.</source>
        <translation>%1 a été écrit par une version plus récente de Readiness Workbench (format de projet %2 ; cette version lit jusqu&apos;au %3). Mettez à jour Readiness Workbench pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is marked as a Readiness Workbench project but has no schema version; it is damaged.</source>
        <translation>%1 est marqué comme projet Readiness Workbench mais n&apos;a pas de version de schéma ; il est endommagé.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>%1, process %2 on host %3</source>
        <translation>%1, processus %2 sur l&apos;hôte %3</translation>
    </message>
    <message>
        <source>%1, process %2 of user %3 on host %4</source>
        <translation>%1, processus %2 de l&apos;utilisateur %3 sur l&apos;hôte %4</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>The folder that holds the file is read-only.</source>
        <translation>Le dossier qui contient le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is already open in %2. Close it there, or open it read-only.</source>
        <translation>%1 est déjà ouvert dans %2. Fermez-le là-bas, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>No lock can be taken beside the file.</source>
        <translation>Aucun verrou ne peut être posé à côté du fichier.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Readiness Workbench and must be upgraded, which needs write access. Open a writable copy of it.</source>
        <translation>%1 a été écrit par une version plus ancienne de Readiness Workbench et doit être mis à niveau, ce qui nécessite un accès en écriture. Ouvrez-en une copie modifiable.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name. Nothing was overwritten.</source>
        <translation>%1 existe déjà ; choisissez un autre nom. Rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 could not be created: a file of that name appeared meanwhile.</source>
        <translation>%1 n&apos;a pas pu être créé : un fichier de ce nom est apparu entre-temps.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 n&apos;a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>This project is open read-only; the change was not made. %1</source>
        <translation>Ce projet est ouvert en lecture seule ; la modification n&apos;a pas été faite. %1</translation>
    </message>
    <message>
        <source>The project file could not be written: %1</source>
        <translation>Le fichier de projet n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The change could not be written to the project file.</source>
        <translation>La modification n&apos;a pas pu être écrite dans le fichier de projet.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The project file could not be read: %1</source>
        <translation>Le fichier de projet n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>le fichier n&apos;a pas pu être renommé</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>La copie %1 n&apos;a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>The disk is full: no lock can be taken beside the file. Free some space and open it again to edit it.</source>
        <translation>Le disque est plein : aucun verrou ne peut être posé à côté du fichier. Libérez de l’espace et rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>The last change to %1 was interrupted, and it cannot be undone here because the file or its folder is read-only: the journal %2 beside it holds what the change overwrote. Make the file and its folder writable and open it again (the interrupted change is then rolled back); never copy the file without its journal.</source>
        <translation>La dernière modification de %1 a été interrompue et ne peut pas être annulée ici, car le fichier ou son dossier est en lecture seule : le journal %2 à côté contient ce que la modification a écrasé. Rendez le fichier et son dossier modifiables et rouvrez-le (la modification interrompue est alors annulée) ; ne copiez jamais le fichier sans son journal.</translation>
    </message>
</context>
<context>
    <name>ProjectOntoCommand</name>
    <message>
        <source>Project an assessment&apos;s results onto another framework through a mapping: a draft assessment of the other framework, answers carried over where the mapping says equal or covers, each marked with its source, for review.</source>
        <translation>Projette les résultats d&apos;une évaluation sur un autre référentiel au moyen d&apos;une correspondance : un brouillon d&apos;évaluation de l&apos;autre référentiel, les réponses reprises là où la correspondance dit égale ou couvre, chacune marquée de sa source, à vérifier.</translation>
    </message>
    <message>
        <source>The assessment to project (made from the --from framework library).</source>
        <translation>L&apos;évaluation à projeter (créée depuis la bibliothèque de référentiel --from).</translation>
    </message>
    <message>
        <source>The mapping library (YAML) between the two frameworks.</source>
        <translation>La bibliothèque de correspondances (YAML) entre les deux référentiels.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The framework library (YAML) the assessment was made from.</source>
        <translation>La bibliothèque de référentiel (YAML) dont l&apos;évaluation a été créée.</translation>
    </message>
    <message>
        <source>The framework library (YAML) to project onto.</source>
        <translation>La bibliothèque de référentiel (YAML) sur laquelle projeter.</translation>
    </message>
    <message>
        <source>The draft project to create (.readiness); never overwritten.</source>
        <translation>Le projet brouillon à créer (.readiness) ; jamais écrasé.</translation>
    </message>
    <message>
        <source>--mapping, --from, --to and -o are required.</source>
        <translation>--mapping, --from, --to et -o sont obligatoires.</translation>
    </message>
</context>
<context>
    <name>ProjectOntoDialog</name>
    <message>
        <source>Project onto Another Framework</source>
        <translation>Projeter sur un autre référentiel</translation>
    </message>
    <message>
        <source>A draft assessment of another framework, made from this one through a mapping library: a requirement is met where one equal to it or covering it is met here; an equal one carries its answer otherwise. Every carried answer names its sources, for review.</source>
        <translation>Un brouillon d&apos;évaluation d&apos;un autre référentiel, créé depuis celle-ci au moyen d&apos;une bibliothèque de correspondances : une exigence est satisfaite là où une exigence égale ou qui la couvre l&apos;est ici ; sinon une exigence égale reporte sa réponse. Chaque réponse reprise nomme ses sources, à vérifier.</translation>
    </message>
    <message>
        <source>&amp;Mapping library:</source>
        <translation>Bibliothèque de &amp;correspondances :</translation>
    </message>
    <message>
        <source>Framework of &amp;this assessment:</source>
        <translation>Référentiel de ce&amp;tte évaluation :</translation>
    </message>
    <message>
        <source>Framework to project &amp;onto:</source>
        <translation>Référentiel c&amp;ible :</translation>
    </message>
    <message>
        <source>&amp;Draft to create:</source>
        <translation>&amp;Brouillon à créer :</translation>
    </message>
    <message>
        <source>projected-draft.readiness</source>
        <translation>brouillon-projete.readiness</translation>
    </message>
    <message>
        <source>&amp;Create Draft</source>
        <translation>&amp;Créer le brouillon</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Draft to Create</source>
        <translation>Brouillon à créer</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness)</source>
        <translation>Projets Readiness (*.readiness)</translation>
    </message>
    <message>
        <source>Choose a Library</source>
        <translation>Choisir une bibliothèque</translation>
    </message>
    <message>
        <source>Framework and mapping libraries (*.yaml *.yml);;All files (*)</source>
        <translation>Bibliothèques de référentiels et de correspondances (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProjectOpener</name>
    <message>
        <source>Project already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Readiness projects (*.readiness);;All files (*)</source>
        <translation>Projets Readiness (*.readiness);;Tous les fichiers (*)</translation>
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
        <translation>l’élément %1 désigne un domaine qui n’existe pas</translation>
    </message>
    <message>
        <source>entry %1 changes an item that does not exist</source>
        <translation>l’entrée %1 modifie un élément qui n’existe pas</translation>
    </message>
    <message>
        <source>entry %1 changes an unknown kind of record, &quot;%2&quot;</source>
        <translation>l’entrée %1 modifie un type d’enregistrement inconnu, « %2 »</translation>
    </message>
    <message>
        <source>the audit log holds no complete state to start from (it was written before version 4 of the project format)</source>
        <translation>le journal d’audit ne contient aucun état complet d’où repartir (il a été écrit avant la version 4 du format de projet)</translation>
    </message>
    <message>
        <source>entry %1 holds no assessment</source>
        <translation>l’entrée %1 ne contient aucune évaluation</translation>
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
        <translation>Évaluations de préparation : listes de contrôle, preuves, scores et rapports.</translation>
    </message>
    <message>
        <source>A project file (.readiness) to open.</source>
        <translation>Un fichier de projet (.readiness) à ouvrir.</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>&quot;type&quot; must be one of %1, not &quot;%2&quot;.</source>
        <translation>&quot;type&quot; doit être l’un de %1, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Every option needs an &quot;id&quot;.</source>
        <translation>Chaque option doit avoir un &quot;id&quot;.</translation>
    </message>
    <message>
        <source>The score of option &quot;%1&quot; is not a number.</source>
        <translation>Le score de l’option &quot;%1&quot; n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The result of option &quot;%1&quot; must be met, partial, unmet or na.</source>
        <translation>Le résultat de l’option &quot;%1&quot; doit être met, partial, unmet ou na.</translation>
    </message>
    <message>
        <source>Two options share the id &quot;%1&quot;.</source>
        <translation>Deux options ont le même id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A rule&apos;s &quot;share&quot; must be from 0 to 1.</source>
        <translation>Le &quot;share&quot; d’une règle doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>A %1 question needs at least two options.</source>
        <translation>Une question de type %1 doit avoir au moins deux options.</translation>
    </message>
    <message>
        <source>A %1 question has no options.</source>
        <translation>Une question de type %1 n’a pas d’options.</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is not one of the levels.</source>
        <translation>La cible &quot;%1&quot; n’est pas l’un des niveaux.</translation>
    </message>
    <message>
        <source>A number question needs &quot;rules&quot; that say what a value earns.</source>
        <translation>Une question numérique doit avoir des &quot;rules&quot; qui disent ce que rapporte une valeur.</translation>
    </message>
    <message>
        <source>&quot;fullScore&quot; must be more than 0.</source>
        <translation>&quot;fullScore&quot; doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>&quot;appliesWhen&quot; needs the answers the item applies after.</source>
        <translation>&quot;appliesWhen&quot; doit donner les réponses après lesquelles le point s’applique.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Questionnaire : %1</translation>
    </message>
    <message numerus="yes">
        <source>Answer what you can: pick an answer for each question and add a note where it helps. What you type stays in this browser until you save. &quot;Save answers&quot; writes a file; send it back to the assessors. %n question(s).</source>
        <translation>
            <numerusform>Répondez à ce que vous pouvez : choisissez une réponse à chaque question et ajoutez une note si elle aide. Ce que vous saisissez reste dans ce navigateur jusqu&apos;à l&apos;enregistrement. « Enregistrer les réponses » écrit un fichier ; renvoyez-le aux évaluateurs. %n question.</numerusform>
            <numerusform>Répondez à ce que vous pouvez : choisissez une réponse à chaque question et ajoutez une note si elle aide. Ce que vous saisissez reste dans ce navigateur jusqu&apos;à l&apos;enregistrement. « Enregistrer les réponses » écrit un fichier ; renvoyez-le aux évaluateurs. %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 répondues</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Saved as %1 in your downloads.</source>
        <translation>Enregistré sous %1 dans vos téléchargements.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Forget every answer given in this browser and start over?</source>
        <translation>Oublier toutes les réponses données dans ce navigateur et recommencer ?</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Which of these apply?</source>
        <translation>Lesquels s&apos;appliquent ?</translation>
    </message>
    <message>
        <source>Note (what you know, where the proof is)</source>
        <translation>Note (ce que vous savez, où se trouve la preuve)</translation>
    </message>
    <message>
        <source>This questionnaire needs JavaScript to show its questions and save the answers; allow it for this file, or ask the assessors for the checklist as a spreadsheet.</source>
        <translation>Ce questionnaire a besoin de JavaScript pour afficher ses questions et enregistrer les réponses ; autorisez-le pour ce fichier, ou demandez la checklist sous forme de tableur aux évaluateurs.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommand</name>
    <message>
        <source>Write a questionnaire for people without the workbench: one HTML file that any browser opens and that saves an answers file for import-results.</source>
        <translation>Écrit un questionnaire pour les personnes sans l&apos;atelier : un fichier HTML que tout navigateur ouvre et qui enregistre un fichier de réponses pour import-results.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>Le fichier HTML à écrire.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Only the items not assessed yet.</source>
        <translation>Seulement les points pas encore évalués.</translation>
    </message>
    <message>
        <source>Only these domains, comma-separated keys.</source>
        <translation>Seulement ces domaines, clés séparées par des virgules.</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>clés</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o SORTIE est obligatoire.</translation>
    </message>
    <message>
        <source>There is no domain with the key &quot;%1&quot; in this project.</source>
        <translation>Ce projet n&apos;a aucun domaine de clé « %1 ».</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote %1. Send it to whoever answers; import the answers file they send back with import-results.</source>
        <translation>%1 écrit. Envoyez-le aux personnes qui répondent ; importez le fichier de réponses qu&apos;elles renvoient avec import-results.</translation>
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
        <translation>add FICHIER, update FICHIER ID, list FICHIER ou remove FICHIER ID.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>For update and remove: the id list shows, or the UUID.</source>
        <translation>Pour update et remove : l&apos;id que list affiche, ou l&apos;UUID.</translation>
    </message>
    <message>
        <source>For list: print JSON instead of a table.</source>
        <translation>Pour list : affiche du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use add, update, list or remove.</source>
        <translation>Action « %1 » inconnue ; utilisez add, update, list ou remove.</translation>
    </message>
    <message>
        <source>%1 %2 needs the id of the record (see %1 list).</source>
        <translation>%1 %2 exige l&apos;id de l&apos;enregistrement (voir %1 list).</translation>
    </message>
    <message>
        <source>%1 %2 takes no id.</source>
        <translation>%1 %2 ne prend pas d&apos;id.</translation>
    </message>
    <message>
        <source>%1 %2 takes no --%3.</source>
        <translation>%1 %2 ne prend pas --%3.</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one of %1.</source>
        <translation>Rien à modifier : indiquez au moins l&apos;une des options %1.</translation>
    </message>
    <message>
        <source>--%1 is required to add a record.</source>
        <translation>--%1 est obligatoire pour ajouter un enregistrement.</translation>
    </message>
    <message>
        <source>There is no record with the id &quot;%1&quot; in this project (see %2 list).</source>
        <translation>Ce projet ne contient aucun enregistrement d&apos;id « %1 » (voir %2 list).</translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>%1 %2 supprimé.</translation>
    </message>
    <message>
        <source>Added %1 %2: %3.</source>
        <translation>%1 %2 ajouté : %3.</translation>
    </message>
    <message>
        <source>Updated %1 %2: %3.</source>
        <translation>%1 %2 modifié : %3.</translation>
    </message>
    <message>
        <source>--%1 needs a number (or &quot;&quot; to clear it), not &quot;%2&quot;.</source>
        <translation>--%1 exige un nombre (ou &quot;&quot; pour l&apos;effacer), pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1 exige un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD (or &quot;&quot; to clear it), not &quot;%2&quot;.</source>
        <translation>--%1 exige une date au format AAAA-MM-JJ (ou &quot;&quot; pour l&apos;effacer), pas « %2 ».</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for --%2; use one of: %3.</source>
        <translation>Valeur « %1 » inconnue pour --%2 ; utilisez l&apos;une de : %3.</translation>
    </message>
</context>
<context>
    <name>RecordDialogs</name>
    <message>
        <source>Edit Finding</source>
        <translation>Modifier le constat</translation>
    </message>
    <message>
        <source>New Finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Effort :</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Addresses items:</source>
        <translation>&amp;Points traités :</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>Modifier le risque</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risque :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Probability (1-5):</source>
        <translation>&amp;Probabilité (1-5) :</translation>
    </message>
    <message>
        <source>&amp;Impact (1-5):</source>
        <translation>&amp;Impact (1-5) :</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>&amp;Atténuation :</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Modifier le KPI</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nouveau KPI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Passes when actual is:</source>
        <translation>&amp;Réussi quand la valeur réelle est :</translation>
    </message>
    <message>
        <source>at least the target (&gt;=)</source>
        <translation>au moins l&apos;objectif (&gt;=)</translation>
    </message>
    <message>
        <source>at most the target (&lt;=)</source>
        <translation>au plus l&apos;objectif (&lt;=)</translation>
    </message>
    <message>
        <source>equal to the target (=)</source>
        <translation>égale à l&apos;objectif (=)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>&amp;Actual:</source>
        <translation>&amp;Réel :</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Edit Sign-off</source>
        <translation>Modifier la validation</translation>
    </message>
    <message>
        <source>New Sign-off</source>
        <translation>Nouvelle validation</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions :</translation>
    </message>
    <message>
        <source>Edit Domain</source>
        <translation>Modifier le domaine</translation>
    </message>
    <message>
        <source>New Domain</source>
        <translation>Nouveau domaine</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Without a weight, the domain weighs its possible points.</source>
        <translation>Sans poids, le domaine pèse ses points possibles.</translation>
    </message>
    <message>
        <source>T&amp;arget:</source>
        <translation>Ob&amp;jectif :</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Point :</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Conseils :</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>P&amp;oints :</translation>
    </message>
    <message>
        <source>&amp;Blocker: not ready while this item is not met</source>
        <translation>&amp;Bloquant : pas prêt tant que ce point n&apos;est pas satisfait</translation>
    </message>
    <message>
        <source>Add Link as Evidence</source>
        <translation>Ajouter un lien comme preuve</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>https://wiki.example.com/runbooks/checkout</source>
        <translation>https://wiki.example.com/runbooks/checkout</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Classement :</translation>
    </message>
    <message>
        <source>Cr&amp;iteria:</source>
        <translation>Cr&amp;itères :</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>Ca&amp;use :</translation>
    </message>
    <message>
        <source>E&amp;ffect:</source>
        <translation>Consé&amp;quence :</translation>
    </message>
    <message>
        <source>Recommendatio&amp;n:</source>
        <translation>Recommandatio&amp;n :</translation>
    </message>
    <message>
        <source>Management &amp;response:</source>
        <translation>&amp;Réponse de la direction :</translation>
    </message>
    <message>
        <source>Response o&amp;wner:</source>
        <translation>Responsable de la réponse (&amp;w) :</translation>
    </message>
    <message>
        <source>Response date</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>Audit Finding</source>
        <translation>Constat d’audit</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Effort (h)</source>
        <translation>Effort (h)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Approved state</source>
        <translation>État approuvé</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>À jour</translation>
    </message>
    <message numerus="yes">
        <source>Stale: %n change(s) it did not see</source>
        <translation>
            <numerusform>Périmée : %n modification qu’elle n’a pas vue</numerusform>
            <numerusform>Périmée : %n modifications qu’elle n’a pas vues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not assessed yet; they earn no points, so the scores can only rise as they are assessed.</source>
        <translation>
            <numerusform>%n point pas encore évalué ; il ne rapporte aucun point, les scores ne peuvent donc que monter lorsqu&apos;il sera évalué.</numerusform>
            <numerusform>%n points pas encore évalués ; ils ne rapportent aucun point, les scores ne peuvent donc que monter lorsqu&apos;ils seront évalués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked not applicable are left out of the scores.</source>
        <translation>
            <numerusform>%n point marqué sans objet est exclu des scores.</numerusform>
            <numerusform>%n points marqués sans objet sont exclus des scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) not started: shown without a score, counted with 0 % in the overall score.</source>
        <translation>
            <numerusform>%n domaine non commencé : affiché sans score, compté à 0 % dans le score global.</numerusform>
            <numerusform>%n domaines non commencés : affichés sans score, comptés à 0 % dans le score global.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some scores are adjusted by the assessors; the computed scores and the reasons stand beside them.</source>
        <translation>Certains scores sont ajustés par les évaluateurs ; les scores calculés et les raisons figurent à côté.</translation>
    </message>
    <message>
        <source>Evidence is described as the assessors found it; the report proves that the stored files are unchanged (their SHA-256), not that they are true.</source>
        <translation>Les preuves sont décrites telles que les évaluateurs les ont trouvées ; le rapport prouve que les fichiers stockés sont inchangés (leur SHA-256), pas qu&apos;ils sont vrais.</translation>
    </message>
    <message>
        <source>Each item is assessed as met (full points), partially met (the points the assessor gives, by default half), not met (no points), not applicable (left out) or not yet assessed (no points).</source>
        <translation>Chaque point est évalué comme satisfait (tous les points), partiellement satisfait (les points que l&apos;évaluateur attribue, la moitié par défaut), non satisfait (aucun point), sans objet (exclu) ou pas encore évalué (aucun point).</translation>
    </message>
    <message>
        <source>A domain&apos;s score is the points earned as a share of the points possible for its applicable items. Until one of its items is assessed a domain is not started and has no score.</source>
        <translation>Le score d&apos;un domaine est la part des points obtenus sur les points possibles de ses points applicables. Tant qu&apos;aucun de ses points n&apos;est évalué, un domaine n&apos;est pas commencé et n&apos;a pas de score.</translation>
    </message>
    <message>
        <source>The overall score is the mean of the domain scores weighted by each domain&apos;s weight (or, without weights, by its points possible); a domain not started counts with 0 % once anything is assessed.</source>
        <translation>Le score global est la moyenne des scores des domaines pondérée par le poids de chaque domaine (ou, sans poids, par ses points possibles) ; un domaine non commencé compte pour 0 % dès que quelque chose est évalué.</translation>
    </message>
    <message>
        <source>Scores are shown as whole percent; the bands below apply to the shown figure.</source>
        <translation>Les scores sont affichés en pour cent entiers ; les tranches ci-dessous s&apos;appliquent au chiffre affiché.</translation>
    </message>
    <message>
        <source>An unmet blocker makes the assessment &quot;%1&quot; whatever its score.</source>
        <translation>Un bloquant non satisfait rend l&apos;évaluation « %1 » quel que soit son score.</translation>
    </message>
    <message>
        <source>A domain meets its target when its shown score is at or above the target.</source>
        <translation>Un domaine atteint son objectif lorsque son score affiché est égal ou supérieur à l&apos;objectif.</translation>
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
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>A yes/no question earns all its points for yes and none for no.</source>
        <translation>Une question oui/non rapporte tous ses points pour oui et aucun pour non.</translation>
    </message>
    <message>
        <source>A maturity level earns its share of the way from the lowest level to the item&apos;s target level (the highest level where no target is set): at or above the target the item is met, at the lowest level not met, in between partially met. The report shows the gap to the target in levels.</source>
        <translation>Un niveau de maturité rapporte sa part du chemin entre le niveau le plus bas et le niveau cible du point (le plus haut niveau si aucune cible n’est fixée) : à la cible ou au-dessus le point est satisfait, au niveau le plus bas non satisfait, entre les deux partiellement satisfait. Le rapport indique l’écart à la cible en niveaux.</translation>
    </message>
    <message>
        <source>A choice earns its score as a share of the highest score of the question&apos;s choices; several choices earn the sum of their scores as a share of the question&apos;s full score (the sum of its positive scores unless the checklist sets one), at most all points. A choice that carries a verdict (met, partially met, not met, not applicable) gives that.</source>
        <translation>Une réponse rapporte son score rapporté au plus haut score des réponses de la question ; plusieurs réponses rapportent la somme de leurs scores rapportée au score complet de la question (la somme de ses scores positifs, sauf si la liste en fixe un), au plus tous les points. Une réponse qui porte un verdict (satisfait, partiellement satisfait, non satisfait, non applicable) donne ce verdict.</translation>
    </message>
    <message>
        <source>A number earns the share of the first of the question&apos;s ranges that holds it, nothing when none does.</source>
        <translation>Un nombre rapporte la part de la première plage de la question qui le contient, rien si aucune ne le contient.</translation>
    </message>
    <message>
        <source>Dates and texts are recorded as given and not scored.</source>
        <translation>Les dates et les textes sont consignés tels quels et ne sont pas notés.</translation>
    </message>
    <message>
        <source>An item that applies only after a given answer to another item, or only to implementation groups not chosen, does not apply while that is so: like a not applicable item it is left out of both sides of the ratio, and the report says why.</source>
        <translation>Un point qui ne s’applique qu’après une réponse donnée à un autre point, ou qu’à des groupes de mise en œuvre non choisis, ne s’applique pas tant que c’est le cas : comme un point non applicable, il est exclu des deux côtés du ratio, et le rapport dit pourquoi.</translation>
    </message>
    <message>
        <source>The report cannot be final while the review is open: %1 and %2 remain. Resolve or clear them (see &quot;readiness-cli review&quot; or the Review filter), or make a draft.</source>
        <translation>Le rapport ne peut pas être définitif tant que la revue est ouverte : il reste %1 et %2. Résolvez-les ou retirez-les (voir « readiness-cli review » ou le filtre Revue), ou produisez un brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s)</source>
        <translation>
            <numerusform>%n point signalé</numerusform>
            <numerusform>%n points signalés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n discussion non résolue</numerusform>
            <numerusform>%n discussions non résolues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Export a readiness report (Markdown, PDF or JSON), signed if you wish.</source>
        <translation>Exporter un rapport de préparation (Markdown, PDF ou JSON), signé si vous le souhaitez.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>md, pdf or json.</source>
        <translation>md, pdf ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Le fichier de rapport à écrire.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The sections to include, comma-separated, from: %1 (default: all). The cover and the summary are always there.</source>
        <translation>Les sections à inclure, séparées par des virgules, parmi : %1 (par défaut : toutes). La couverture et la synthèse sont toujours présentes.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>The report&apos;s language: %1 (default en).</source>
        <translation>La langue du rapport : %1 (par défaut en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>A4 or Letter (PDF only; default A4).</source>
        <translation>A4 ou Letter (PDF seulement ; par défaut A4).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Sign with this identity (.p12). A PDF embeds the signature; Markdown and JSON get OUT.p7s beside them.</source>
        <translation>Signer avec cette identité (.p12). Un PDF intègre la signature ; Markdown et JSON reçoivent SORTIE.p7s à côté.</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>The file whose first line is the identity&apos;s passphrase.</source>
        <translation>Le fichier dont la première ligne est la phrase secrète de l&apos;identité.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use md, pdf or json.</source>
        <translation>Format inconnu « %1 » ; utilisez md, pdf ou json.</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o SORTIE est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;.</source>
        <translation>Section inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use A4 or Letter.</source>
        <translation>Format de papier inconnu « %1 » ; utilisez A4 ou Letter.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Signature: %1.p7s.</source>
        <translation>Signature : %1.p7s.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signé par %1.</translation>
    </message>
    <message>
        <source>Who the report is for (the cover says so).</source>
        <translation>Pour qui est le rapport (la couverture l&apos;indique).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Who wrote the report (default: the signer, else the team).</source>
        <translation>Qui a rédigé le rapport (par défaut : le signataire, sinon l&apos;équipe).</translation>
    </message>
    <message>
        <source>The report&apos;s version (default 1.0).</source>
        <translation>La version du rapport (1.0 par défaut).</translation>
    </message>
    <message>
        <source>A final report (default: a draft).</source>
        <translation>Un rapport définitif (par défaut : un brouillon).</translation>
    </message>
    <message>
        <source>A marking printed on every page, for example Confidential.</source>
        <translation>Une mention imprimée sur chaque page, par exemple Confidentiel.</translation>
    </message>
    <message>
        <source>Limitations to state beside those the report finds itself.</source>
        <translation>Limites à indiquer en plus de celles que le rapport trouve lui-même.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>There is no report language &quot;%1&quot;; available: %2.</source>
        <translation>Il n&apos;existe pas de langue de rapport « %1 » ; disponibles : %2.</translation>
    </message>
    <message>
        <source>Readiness report for %1</source>
        <translation>Rapport de préparation pour %1</translation>
    </message>
    <message>
        <source>%1 is left from an earlier export and cannot be removed; it does not match the new report.</source>
        <translation>%1 provient d&apos;un export précédent et ne peut pas être supprimé ; il ne correspond pas au nouveau rapport.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Scores by domain</source>
        <translation>Scores par domaine</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicateurs clés de performance</translation>
    </message>
    <message>
        <source>Comparison with the last milestone</source>
        <translation>Comparaison avec le dernier jalon</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Validations</translation>
    </message>
    <message>
        <source>Evidence manifest</source>
        <translation>Inventaire des preuves</translation>
    </message>
    <message>
        <source>Gaps and findings</source>
        <translation>Écarts et constats</translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message>
        <source>an unknown time</source>
        <translation>un moment inconnu</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Non signé : %1</translation>
    </message>
    <message>
        <source>NOT intact: %1</source>
        <translation>PAS intact : %1</translation>
    </message>
    <message>
        <source>The project still matches the state the report describes.</source>
        <translation>Le projet correspond toujours à l&apos;état que décrit le rapport.</translation>
    </message>
    <message>
        <source>The project no longer matches the report: %1</source>
        <translation>Le projet ne correspond plus au rapport : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a readiness report (PDF, Markdown or JSON written by Readiness Workbench).</source>
        <translation>%1 n&apos;est pas un rapport de préparation (PDF, Markdown ou JSON écrit par Readiness Workbench).</translation>
    </message>
    <message>
        <source>there is no signature file %1 beside the report.</source>
        <translation>il n&apos;y a pas de fichier de signature %1 à côté du rapport.</translation>
    </message>
    <message>
        <source>the report does not state which project state it describes</source>
        <translation>le rapport n&apos;indique pas quel état du projet il décrit</translation>
    </message>
    <message numerus="yes">
        <source>the project was changed %n time(s) since the report was made</source>
        <translation>
            <numerusform>le projet a été modifié %n fois depuis la création du rapport</numerusform>
            <numerusform>le projet a été modifié %n fois depuis la création du rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>the project&apos;s audit log differs from the one the report was made from</source>
        <translation>le journal d&apos;audit du projet diffère de celui à partir duquel le rapport a été créé</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) the report lists are no longer in the project</source>
        <translation>
            <numerusform>%n fichier de preuve listé par le rapport n&apos;est plus dans le projet</numerusform>
            <numerusform>%n fichiers de preuve listés par le rapport ne sont plus dans le projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) were added since</source>
        <translation>
            <numerusform>%n fichier de preuve a été ajouté depuis</numerusform>
            <numerusform>%n fichiers de preuve ont été ajoutés depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>Intact and signed by a trusted signer: %1 (trusted as &quot;%2&quot;) on %3; nothing changed since.</source>
        <translation>Intact et signé par un signataire de confiance : %1 (approuvé sous le nom « %2 ») le %3 ; rien n’a changé depuis.</translation>
    </message>
    <message>
        <source>Intact and signed by a trusted signer: %1, certified under %2, on %3; nothing changed since.</source>
        <translation>Intact et signé par un signataire de confiance : %1, certifié sous %2, le %3 ; rien n’a changé depuis.</translation>
    </message>
    <message>
        <source>Intact, but NOT signed by the trusted signer %1: this certificate uses their name or e-mail with another key (SHA-256 %2). Treat the report as not signed by them.</source>
        <translation>Intact, mais PAS signé par le signataire de confiance %1 : ce certificat utilise son nom ou son adresse e-mail avec une autre clé (SHA-256 %2). Considérez que le rapport n’est pas signé par cette personne.</translation>
    </message>
    <message>
        <source>Intact, but the signer is not known: the certificate says %1, which nobody has confirmed. Compare its fingerprint SHA-256 %2 with the one the signer gives you in person or by phone, then trust the signer.</source>
        <translation>Intact, mais le signataire n’est pas connu : le certificat indique %1, ce que personne n’a confirmé. Comparez son empreinte SHA-256 %2 avec celle que le signataire vous donne en personne ou par téléphone, puis accordez-lui votre confiance.</translation>
    </message>
    <message>
        <source>The certificate %1.</source>
        <translation>Le certificat %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 is %2 in the report and %3 in the project</source>
        <translation>%1 vaut %2 dans le rapport et %3 dans le projet</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
    <message>
        <source>the conditions</source>
        <translation>les conditions</translation>
    </message>
    <message>
        <source>the overall %1</source>
        <translation>%1 global</translation>
    </message>
    <message>
        <source>domain %1&apos;s %2</source>
        <translation>%2 du domaine %1</translation>
    </message>
    <message>
        <source>%1 (%2 in the report, %3 in the project)</source>
        <translation>%1 (%2 dans le rapport, %3 dans le projet)</translation>
    </message>
    <message>
        <source>%1 (not in the report)</source>
        <translation>%1 (absent du rapport)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ: %1</source>
        <translation>
            <numerusform>%n point diffère : %1</numerusform>
            <numerusform>%n points diffèrent : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the project&apos;s audit log is not intact: %1</source>
        <translation>le journal d’audit du projet n’est pas intact : %1</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>note</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Intact, but the signer&apos;s certificate (%1, SHA-256 %2) %3: do not rely on this signature.</source>
        <translation>Intact, mais le certificat du signataire (%1, SHA-256 %2) %3 : ne vous fiez pas à cette signature.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 at entry %2 (head %3)</source>
        <translation>%1 à l’entrée %2 (tête %3)</translation>
    </message>
    <message>
        <source>Each decision approves the project as its audit log stood when it was given: %1.</source>
        <translation>Chaque décision approuve le projet tel que son journal d’audit était au moment où elle a été donnée : %1.</translation>
    </message>
    <message numerus="yes">
        <source>(stale: %n change(s) it did not see, made since or merged from other copies)</source>
        <translation>
            <numerusform>(périmée : %n modification qu’elle n’a pas vue, faite depuis ou fusionnée d’autres copies)</numerusform>
            <numerusform>(périmée : %n modifications qu’elle n’a pas vues, faites depuis ou fusionnées d’autres copies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target %1, %n level(s) short</source>
        <translation>
            <numerusform>cible %1, %n niveau en dessous</numerusform>
            <numerusform>cible %1, %n niveaux en dessous</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded (not scored)</source>
        <translation>Consigné (non noté)</translation>
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
        <translation>expirée le %1</translation>
    </message>
    <message>
        <source>collected outside the assessment period (%1)</source>
        <translation>recueillie hors de la période évaluée (%1)</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejetée : %1</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>(items %1)</source>
        <translation>(points %1)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Management response</source>
        <translation>Réponse de la direction</translation>
    </message>
</context>
<context>
    <name>ResultsImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first line names no &quot;key&quot; column, so no row can be matched to an item. Export the checklist as CSV for a sheet with the right columns.</source>
        <translation>La première ligne ne nomme aucune colonne « key » : aucune ligne ne peut être associée à un point. Exportez la checklist en CSV pour obtenir un tableau avec les bonnes colonnes.</translation>
    </message>
    <message>
        <source>The answers file was written by a newer version (format version %1); this version reads version 1.</source>
        <translation>Le fichier de réponses a été écrit par une version plus récente (version de format %1) ; cette version lit la version 1.</translation>
    </message>
    <message>
        <source>The answers file holds no list of answers.</source>
        <translation>Le fichier de réponses ne contient aucune liste de réponses.</translation>
    </message>
    <message>
        <source>This JSON file is not an answers file of the questionnaire.</source>
        <translation>Ce fichier JSON n&apos;est pas un fichier de réponses du questionnaire.</translation>
    </message>
    <message>
        <source>The file looks like JSON but cannot be read: %1.</source>
        <translation>Le fichier ressemble à du JSON mais ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>The row has no key.</source>
        <translation>La ligne n&apos;a pas de clé.</translation>
    </message>
    <message>
        <source>No item has this key.</source>
        <translation>Aucun point n&apos;a cette clé.</translation>
    </message>
    <message>
        <source>No item has this key; did you mean %1?</source>
        <translation>Aucun point n&apos;a cette clé ; vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <source>The key appears more than once; only its first row is taken.</source>
        <translation>La clé apparaît plusieurs fois ; seule sa première ligne est reprise.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>Statut « %1 » inconnu ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>Earned points &quot;%1&quot; are not a number from 0 to %2.</source>
        <translation>Les points obtenus « %1 » ne sont pas un nombre de 0 à %2.</translation>
    </message>
    <message>
        <source>Effort &quot;%1&quot; is not a number of hours.</source>
        <translation>L&apos;effort « %1 » n&apos;est pas un nombre d&apos;heures.</translation>
    </message>
    <message>
        <source>The item has no choices, but the row names &quot;%1&quot;.</source>
        <translation>Le point n&apos;a pas de choix, mais la ligne indique « %1 ».</translation>
    </message>
    <message>
        <source>The item has no choice &quot;%1&quot;.</source>
        <translation>Le point n&apos;a pas de choix « %1 ».</translation>
    </message>
    <message>
        <source>The item %1 no longer exists.</source>
        <translation>Le point %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points obtenus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>The item is answered with a status, not with &quot;%1&quot;.</source>
        <translation>Le point se renseigne par un statut, pas par « %1 ».</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Show what the review has not settled (flags, unresolved comments, domains not signed off), or accept an item, send it back, set its work state or sign a domain&apos;s review off.</source>
        <translation>Montrer ce que la revue n’a pas réglé (signalements, commentaires non résolus, domaines non approuvés), ou accepter un point, le renvoyer, fixer son état de travail ou approuver la revue d’un domaine.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Accept the item: done, its flag cleared.</source>
        <translation>Accepter le point : terminé, signalement retiré.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Send the item back to the assessor (to do) with --reason as a comment.</source>
        <translation>Renvoyer le point à l’évaluateur (à faire) avec --reason comme commentaire.</translation>
    </message>
    <message>
        <source>Why the item goes back.</source>
        <translation>Pourquoi le point est renvoyé.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Set an item&apos;s work state: KEY=%1.</source>
        <translation>Fixer l’état de travail d’un point : CLÉ=%1.</translation>
    </message>
    <message>
        <source>key=state</source>
        <translation>clé=état</translation>
    </message>
    <message>
        <source>Sign the domain&apos;s review off as the reviewer (--by).</source>
        <translation>Approuver la revue du domaine en tant que réviseur (--by).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>Withdraw the domain&apos;s review sign-off.</source>
        <translation>Retirer l’approbation de revue du domaine.</translation>
    </message>
    <message>
        <source>--send-back needs --reason: the assessor reads why.</source>
        <translation>--send-back demande --reason : l’évaluateur lit pourquoi.</translation>
    </message>
    <message>
        <source>%1  flagged: %2</source>
        <translation>%1  signalé : %2</translation>
    </message>
    <message>
        <source>%1  comment %2 by %3: %4</source>
        <translation>%1  commentaire %2 de %3 : %4</translation>
    </message>
    <message>
        <source>      reply %1 by %2: %3</source>
        <translation>      réponse %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Work: %1 to do, %2 in review, %3 done.</source>
        <translation>Travail : %1 à faire, %2 en revue, %3 terminés.</translation>
    </message>
    <message>
        <source>review not signed off</source>
        <translation>revue non approuvée</translation>
    </message>
    <message>
        <source>review signed off by %1 on %2</source>
        <translation>revue approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>No open flags and no unresolved comments: the report can be final.</source>
        <translation>Aucun signalement ouvert ni commentaire non résolu : le rapport peut être définitif.</translation>
    </message>
    <message>
        <source>Open: %1 and %2 (a final report is refused until they are settled).</source>
        <translation>Ouverts : %1 et %2 (un rapport définitif est refusé tant qu’ils ne sont pas réglés).</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comment thread(s)</source>
        <translation>
            <numerusform>%n discussion non résolue</numerusform>
            <numerusform>%n discussions non résolues</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>Ce projet n’a pas de point avec la clé « %1 ».</translation>
    </message>
    <message>
        <source>%1 accepted: done.</source>
        <translation>%1 accepté : terminé.</translation>
    </message>
    <message>
        <source>%1 sent back (comment %2).</source>
        <translation>%1 renvoyé (commentaire %2).</translation>
    </message>
    <message>
        <source>--work needs KEY=STATE with a state of: %1.</source>
        <translation>--work demande CLÉ=ÉTAT avec un état parmi : %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>There is no domain with the key &quot;%1&quot;.</source>
        <translation>Il n’existe pas de domaine avec la clé « %1 ».</translation>
    </message>
    <message>
        <source>%1: review sign-off withdrawn.</source>
        <translation>%1 : approbation de revue retirée.</translation>
    </message>
    <message>
        <source>%1: review signed off by %2.</source>
        <translation>%1 : revue approuvée par %2.</translation>
    </message>
</context>
<context>
    <name>RiskCategory</name>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
</context>
<context>
    <name>RiskCommand</name>
    <message>
        <source>Add, change, list or remove risks in the register.</source>
        <translation>Ajoute, modifie, liste ou supprime des risques du registre.</translation>
    </message>
    <message>
        <source>The risk (required to add).</source>
        <translation>Le risque (obligatoire pour ajouter).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>One of: %1 (default technical).</source>
        <translation>L&apos;une des valeurs : %1 (par défaut technical).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>1 (rare) to 5 (almost certain); default 3.</source>
        <translation>1 (rare) à 5 (quasi certain) ; par défaut 3.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>1 (negligible) to 5 (severe); default 3.</source>
        <translation>1 (négligeable) à 5 (grave) ; par défaut 3.</translation>
    </message>
    <message>
        <source>What reduces it.</source>
        <translation>Ce qui le réduit.</translation>
    </message>
    <message>
        <source>Who owns it.</source>
        <translation>Qui en est responsable.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>One of: %1 (default open).</source>
        <translation>L&apos;une des valeurs : %1 (par défaut open).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from 1 to 5, not &quot;%2&quot;.</source>
        <translation>--%1 exige un entier de 1 à 5, pas « %2 ».</translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation>Aucun risque enregistré.</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>%1 at probability %2, impact %3</source>
        <translation>%1 de probabilité %2, impact %3</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Open risks by probability and impact</source>
        <translation>Risques ouverts par probabilité et impact</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
</context>
<context>
    <name>RiskState</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Show the scores; with --fail-under, gate a pipeline.</source>
        <translation>Afficher les scores ; avec --fail-under, contrôler une chaîne d&apos;intégration.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Exit with 1 when the overall score is below n.</source>
        <translation>Sortir avec 1 quand le score global est inférieur à n.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Overall: %1, grade %2, %3</source>
        <translation>Global : %1, note %2, %3</translation>
    </message>
    <message>
        <source>(adjusted; computed %1, grade %2, %3)</source>
        <translation>(ajusté ; calculé %1, note %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s): not ready whatever the score.</source>
        <translation>
            <numerusform>%n bloquant non satisfait : pas prêt, quel que soit le score.</numerusform>
            <numerusform>%n bloquants non satisfaits : pas prêt, quel que soit le score.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenus</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalués</translation>
    </message>
    <message>
        <source> met</source>
        <translation> atteint</translation>
    </message>
    <message>
        <source> MISSED</source>
        <translation> MANQUÉ</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>* adjusted by the assessors; &apos;report&apos; shows the computed score and the reason.</source>
        <translation>* ajusté par les évaluateurs ; « report » montre le score calculé et la justification.</translation>
    </message>
    <message>
        <source>The overall score %1 is below %2.</source>
        <translation>Le score global %1 est inférieur à %2.</translation>
    </message>
</context>
<context>
    <name>ScoreHeader</name>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Readiness status</source>
        <translation>Statut de préparation</translation>
    </message>
    <message>
        <source>Items assessed</source>
        <translation>Points évalués</translation>
    </message>
    <message>
        <source>&amp;Adjust Score...</source>
        <translation>Ajuster le &amp;score...</translation>
    </message>
    <message>
        <source>Set an adjusted score with a reason; the computed score stays beside it.</source>
        <translation>Définir un score ajusté avec une justification ; le score calculé reste affiché à côté.</translation>
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
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Adjusted; computed %1 (grade %2, %3).</source>
        <translation>Ajusté ; calculé %1 (note %2, %3).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Justification : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unmet blocker(s): not ready whatever the score.</source>
        <translation>
            <numerusform>%n bloquant non satisfait : pas prêt, quel que soit le score.</numerusform>
            <numerusform>%n bloquants non satisfaits : pas prêt, quel que soit le score.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation>%1 sur %2 évalués</translation>
    </message>
    <message>
        <source>Not started: nothing assessed yet</source>
        <translation>Non commencé : rien n&apos;est encore évalué</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>Record an item&apos;s status, points for partial, and note.</source>
        <translation>Enregistrer le statut d&apos;un point, les points s&apos;il est partiel, et une note.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The item, for example SEC-03.</source>
        <translation>Le point, par exemple SEC-03.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Parmi : %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Points earned by a partially met item (default: half).</source>
        <translation>Points obtenus par un point partiellement satisfait (par défaut : la moitié).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The assessor&apos;s note (replaces the current one).</source>
        <translation>La note de l&apos;évaluateur (remplace la note actuelle).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Who owns the item.</source>
        <translation>Le responsable du point.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>Statut inconnu « %1 » ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot; in this project.</source>
        <translation>Ce projet ne contient aucun point de clé « %1 ».</translation>
    </message>
    <message>
        <source>--points applies to a partially met item; add --status partial.</source>
        <translation>--points s&apos;applique à un point partiellement satisfait ; ajoutez --status partial.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 points)</source>
        <translation>%1 : %2 (%3 sur %4 points)</translation>
    </message>
    <message>
        <source>For a Well-Architected question: the ids of the choices that apply, comma-separated (empty: none).</source>
        <translation>Pour une question Well-Architected : les identifiants des choix qui s&apos;appliquent, séparés par des virgules (vide : aucun).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>identifiants</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Estimated hours of work to meet the item, for the path to ready (&quot;&quot; clears it).</source>
        <translation>Heures de travail estimées pour satisfaire le point, pour le chemin vers « prêt » (&quot;&quot; l&apos;efface).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>For an item asked other than with a status: the answer (a level or choice by id, title or number; several choices separated by commas; yes or no; a number; a date YYYY-MM-DD; a text). &quot;&quot; clears it.</source>
        <translation>Pour un point qui ne se renseigne pas par un statut : la réponse (un niveau ou une réponse par id, titre ou numéro ; plusieurs réponses séparées par des virgules ; yes ou no ; un nombre ; une date AAAA-MM-JJ ; un texte). &quot;&quot; l’efface.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>Nothing to set: give --status, --answer, --points, --note, --owner, --effort or --choices.</source>
        <translation>Rien à définir : indiquer --status, --answer, --points, --note, --owner, --effort ou --choices.</translation>
    </message>
    <message>
        <source>Item %1 is answered with a status: use --status.</source>
        <translation>Le point %1 se renseigne par un statut : utiliser --status.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Point %1 : %2</translation>
    </message>
    <message>
        <source>%1: answered %2</source>
        <translation>%1 : réponse %2</translation>
    </message>
    <message>
        <source>%1: does not apply. %2</source>
        <translation>%1 : ne s’applique pas. %2</translation>
    </message>
    <message>
        <source>%1: recorded, not scored</source>
        <translation>%1 : consigné, non noté</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n level(s) below its target</source>
        <translation>
            <numerusform>%1 : %n niveau sous sa cible</numerusform>
            <numerusform>%1 : %n niveaux sous sa cible</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffCommand</name>
    <message>
        <source>Add, change, list or remove approvers&apos; sign-offs; a decision is bound to the project as its log stands.</source>
        <translation>Ajoute, modifie, liste ou supprime les validations des approbateurs ; une décision est liée au projet tel que son journal se trouve.</translation>
    </message>
    <message>
        <source>The approver (required to add).</source>
        <translation>L&apos;approbateur (obligatoire pour ajouter).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The approver&apos;s role.</source>
        <translation>Le rôle de l&apos;approbateur.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>One of: %1 (default none).</source>
        <translation>L&apos;une des valeurs : %1 (par défaut none).</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>The conditions of an approval with conditions.</source>
        <translation>Les conditions d&apos;une approbation sous conditions.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No sign-offs recorded.</source>
        <translation>Aucune validation enregistrée.</translation>
    </message>
</context>
<context>
    <name>SqlProblem</name>
    <message>
        <source>another program is using the project file; try again when it has finished</source>
        <translation>un autre programme utilise le fichier de projet ; réessayez lorsqu&apos;il aura terminé</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>la mémoire est insuffisante</translation>
    </message>
    <message>
        <source>the project file cannot be written (it or its folder is read-only)</source>
        <translation>le fichier de projet ne peut pas être écrit (lui ou son dossier est en lecture seule)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>le fichier de projet est endommagé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the project file cannot be opened</source>
        <translation>le fichier de projet ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the change conflicts with what the project already holds</source>
        <translation>la modification est en conflit avec le contenu du projet</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>la base de données a signalé une erreur</translation>
    </message>
    <message>
        <source>%1 (SQLite code %2).</source>
        <translation>%1 (code SQLite %2).</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Le modèle intégré %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>« %1 » est absent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>« %1 » doit être du texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>« %1 » ne doit pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>« %1 » doit être un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>The template %1 cannot be used. %2</source>
        <translation>Le modèle %1 ne peut pas être utilisé. %2</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Ce n&apos;est pas du JSON valide : %1 à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <source>It must be a JSON object.</source>
        <translation>Il doit être un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;; this is not a Readiness Workbench template.</source>
        <translation>« format » doit valoir « %1 » ; ce n&apos;est pas un modèle Readiness Workbench.</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number.</source>
        <translation>« formatVersion » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>It uses template format %1, but this version of Readiness Workbench reads up to format %2.</source>
        <translation>Il utilise le format de modèle %1, mais cette version de Readiness Workbench lit jusqu&apos;au format %2.</translation>
    </message>
    <message>
        <source>&quot;id&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>« id » ne peut contenir que des lettres, des chiffres, « . », « _ » et « - ».</translation>
    </message>
    <message>
        <source>&quot;bands&quot; must be an object.</source>
        <translation>« bands » doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;domains&quot; must be a non-empty list.</source>
        <translation>« domains » doit être une liste non vide.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;key&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>« key » ne peut contenir que des lettres, des chiffres, « . », « _ » et « - ».</translation>
    </message>
    <message>
        <source>the domain key &quot;%1&quot; is used twice.</source>
        <translation>la clé de domaine « %1 » est utilisée deux fois.</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list.</source>
        <translation>« items » doit être une liste.</translation>
    </message>
    <message>
        <source>&quot;blocker&quot; must be true or false.</source>
        <translation>« blocker » doit valoir true ou false.</translation>
    </message>
    <message>
        <source>the item key &quot;%1&quot; is used twice.</source>
        <translation>la clé de point « %1 » est utilisée deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in template (%2) nor a template file.</source>
        <translation>« %1 » n&apos;est ni un modèle intégré (%2) ni un fichier de modèle.</translation>
    </message>
    <message>
        <source>The template file %1 cannot be read: %2</source>
        <translation>Le fichier de modèle %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>The template file %1 is too large to be a template.</source>
        <translation>Le fichier de modèle %1 est trop volumineux pour être un modèle.</translation>
    </message>
    <message>
        <source>&quot;choices&quot; and &quot;riskRules&quot; must be lists.</source>
        <translation>« choices » et « riskRules » doivent être des listes.</translation>
    </message>
    <message>
        <source>each choice needs an &quot;id&quot; (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;) and a &quot;title&quot;.</source>
        <translation>chaque choix nécessite un « id » (lettres, chiffres, « . », « _ », « - ») et un « title ».</translation>
    </message>
    <message>
        <source>the risk rule &quot;%1&quot; → &quot;%2&quot; is not understood (risks: HIGH_RISK, MEDIUM_RISK, NO_RISK).</source>
        <translation>la règle de risque « %1 » → « %2 » n&apos;est pas comprise (risques : HIGH_RISK, MEDIUM_RISK, NO_RISK).</translation>
    </message>
    <message>
        <source>&quot;scales&quot; must be a list.</source>
        <translation>&quot;scales&quot; doit être une liste.</translation>
    </message>
    <message>
        <source>the scale id &quot;%1&quot; is used twice.</source>
        <translation>l’id d’échelle &quot;%1&quot; est utilisé deux fois.</translation>
    </message>
    <message>
        <source>item %1 applies when item &quot;%2&quot; is answered, but there is no such other item.</source>
        <translation>le point %1 s’applique après une réponse au point &quot;%2&quot;, mais cet autre point n’existe pas.</translation>
    </message>
    <message>
        <source>item %1 applies when %2 is answered &quot;%3&quot;, which %2 cannot be answered.</source>
        <translation>le point %1 s’applique si %2 a pour réponse &quot;%3&quot;, réponse impossible pour %2.</translation>
    </message>
    <message>
        <source>there is no answer scale &quot;%1&quot;.</source>
        <translation>il n’y a pas d’échelle de réponse &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;answer&quot; must be a scale&apos;s id or an object.</source>
        <translation>&quot;answer&quot; doit être l’id d’une échelle ou un objet.</translation>
    </message>
    <message>
        <source>&quot;appliesWhen&quot; must be an object with &quot;item&quot; and &quot;answers&quot;.</source>
        <translation>&quot;appliesWhen&quot; doit être un objet avec &quot;item&quot; et &quot;answers&quot;.</translation>
    </message>
    <message>
        <source>&quot;groups&quot; must be a list.</source>
        <translation>&quot;groups&quot; doit être une liste.</translation>
    </message>
    <message>
        <source>&quot;findingGrades&quot; must be a list of grades, each with an id and a title.</source>
        <translation>« findingGrades » doit être une liste de classements, chacun avec un id et un title.</translation>
    </message>
    <message>
        <source>Each of &quot;findingGrades&quot; needs an id (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;) and a title.</source>
        <translation>Chaque élément de « findingGrades » demande un id (lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;) et un title.</translation>
    </message>
    <message>
        <source>The finding grade &quot;%1&quot; is named twice.</source>
        <translation>Le classement « %1 » est nommé deux fois.</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source>List the built-in checklist templates.</source>
        <translation>Lister les modèles de listes de contrôle intégrés.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The built-in template %1 is damaged in this build.</source>
        <translation>Le modèle intégré %1 est endommagé dans cette version.</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>This is not a certificate (PEM or DER).</source>
        <translation>Ce n’est pas un certificat (PEM ou DER).</translation>
    </message>
    <message>
        <source>No trusted signer has the fingerprint %1.</source>
        <translation>Aucun signataire de confiance n’a l’empreinte %1.</translation>
    </message>
    <message>
        <source>The trusted signers cannot be saved in %1: %2</source>
        <translation>Les signataires de confiance ne peuvent pas être enregistrés dans %1 : %2</translation>
    </message>
    <message>
        <source>This certificate is not a certificate authority&apos;s; trust it as a signer instead.</source>
        <translation>Ce certificat n’est pas celui d’une autorité de certification ; accordez-lui plutôt votre confiance comme signataire.</translation>
    </message>
    <message>
        <source>The certificate authority cannot be saved: %1</source>
        <translation>L’autorité de certification ne peut pas être enregistrée : %1</translation>
    </message>
    <message>
        <source>No certificate authority has the fingerprint %1.</source>
        <translation>Aucune autorité de certification n’a l’empreinte %1.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be read.</source>
        <translation>Le certificat du signataire ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was changed: it no longer carries a valid signature of its own key, so nothing it says about the signer can be believed.</source>
        <translation>Le certificat du signataire a été modifié : il ne porte plus de signature valide de sa propre clé, donc rien de ce qu’il dit du signataire n’est crédible.</translation>
    </message>
    <message>
        <source>claims to be issued by %1, but it was signed with its own key</source>
        <translation>prétend être émis par %1, mais il a été signé avec sa propre clé</translation>
    </message>
    <message>
        <source>claims to be issued by %1, which cannot be confirmed (%2)</source>
        <translation>prétend être émis par %1, ce qui ne peut pas être confirmé (%2)</translation>
    </message>
    <message>
        <source>the revocation list given is not its issuer&apos;s, so whether it was revoked is not known</source>
        <translation>la liste de révocation fournie n’est pas celle de son émetteur : on ne sait donc pas s’il a été révoqué</translation>
    </message>
    <message>
        <source>The revocation list %1 does not exist.</source>
        <translation>La liste de révocation %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER).</source>
        <translation>%1 n’est pas une liste de révocation de certificats (PEM ou DER).</translation>
    </message>
    <message>
        <source>was revoked by its issuer %1 (it is on the revocation list given)</source>
        <translation>a été révoqué par son émetteur %1 (il figure sur la liste de révocation fournie)</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>Keep the signers and certificate authorities whose signatures verify calls trusted.</source>
        <translation>Gérer les signataires et autorités de certification dont verify considère les signatures comme dignes de confiance.</translation>
    </message>
    <message>
        <source>add FILE: trust a signer, from its certificate (PEM or DER) or from a signed report that verifies intact; add-ca FILE: trust a certificate authority; list; remove FINGERPRINT.</source>
        <translation>add FICHIER : faire confiance à un signataire, d’après son certificat (PEM ou DER) ou un rapport signé vérifié intact ; add-ca FICHIER : faire confiance à une autorité de certification ; list ; remove EMPREINTE.</translation>
    </message>
    <message>
        <source>The file or fingerprint.</source>
        <translation>Le fichier ou l’empreinte.</translation>
    </message>
    <message>
        <source>Trusted signer</source>
        <translation>Signataire de confiance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation>Conservé dans %1.</translation>
    </message>
    <message>
        <source>trust %1 needs a file or a fingerprint.</source>
        <translation>trust %1 nécessite un fichier ou une empreinte.</translation>
    </message>
    <message>
        <source>No longer trusted: %1.</source>
        <translation>N’est plus de confiance : %1.</translation>
    </message>
    <message>
        <source>Unknown action %1: use add, add-ca, list or remove.</source>
        <translation>Action inconnue %1 : utilisez add, add-ca, list ou remove.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Trusted certificate authority: %1 (SHA-256 %2).</source>
        <translation>Autorité de certification de confiance : %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>The report is not intact, so its signer is not trusted: %1</source>
        <translation>Le rapport n’est pas intact, son signataire n’est donc pas approuvé : %1</translation>
    </message>
    <message>
        <source>Trusted signer: %1, SHA-256 %2.</source>
        <translation>Signataire de confiance : %1, SHA-256 %2.</translation>
    </message>
</context>
<context>
    <name>TrustedSignersPanel</name>
    <message>
        <source>A verified report names its signer only when you trust them: by the fingerprint they gave you, or through a certificate authority of your organisation. Kept in %1, shared with readiness-cli.</source>
        <translation>Un rapport vérifié ne nomme son signataire que si vous lui faites confiance : par l’empreinte qu’il vous a donnée, ou par une autorité de certification de votre organisation. Conservé dans %1, partagé avec readiness-cli.</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Trust a &amp;Signer&apos;s Certificate...</source>
        <translation>Faire confiance au certificat d’un &amp;signataire...</translation>
    </message>
    <message>
        <source>Trust a Certificate &amp;Authority...</source>
        <translation>Faire confiance à une &amp;autorité de certification...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Trust a Certificate Authority</source>
        <translation>Faire confiance à une autorité de certification</translation>
    </message>
    <message>
        <source>Trust a Signer&apos;s Certificate</source>
        <translation>Faire confiance au certificat d’un signataire</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Trusted Signers</source>
        <translation>Signataires de confiance</translation>
    </message>
    <message>
        <source>Remove Trust</source>
        <translation>Retirer la confiance</translation>
    </message>
    <message>
        <source>Stop trusting %1? Reports it signed will verify as &quot;signer not known&quot;.</source>
        <translation>Ne plus faire confiance à %1 ? Ses rapports signés seront vérifiés comme « signataire inconnu ».</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>The report: a PDF, or a Markdown or JSON report with its .p7s beside it.</source>
        <translation>Le rapport : un PDF, ou un rapport Markdown ou JSON avec son .p7s à côté.</translation>
    </message>
    <message>
        <source>The project the report was made from.</source>
        <translation>Le projet à partir duquel le rapport a été créé.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Signer:      %1</source>
        <translation>Signataire : %1</translation>
    </message>
    <message>
        <source>Certificate: SHA-256 %1 (%2, valid %3 to %4)</source>
        <translation>Certificat : SHA-256 %1 (%2, valide du %3 au %4)</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <source>Signed at:   %1</source>
        <translation>Signé le :  %1</translation>
    </message>
    <message>
        <source>Check a report&apos;s signature, whom it is from and, with --project, that the project still matches it. Exit 0 only when it is intact and signed by a trusted signer (see &apos;trust&apos;); 1 when it is not intact, not signed, or the signer is not trusted.</source>
        <translation>Vérifier la signature d’un rapport, de qui il vient et, avec --project, que le projet y correspond toujours. Code de sortie 0 seulement s’il est intact et signé par un signataire de confiance (voir &apos;trust&apos;) ; 1 s’il n’est pas intact, pas signé, ou si le signataire n’est pas approuvé.</translation>
    </message>
    <message>
        <source>A certificate revocation list (PEM or DER) to check certificate chains against.</source>
        <translation>Une liste de révocation de certificats (PEM ou DER) pour vérifier les chaînes de certificats.</translation>
    </message>
    <message>
        <source>claims to be issued by %1, not confirmed</source>
        <translation>prétend être émis par %1, non confirmé</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify Report</source>
        <translation>Vérifier un rapport</translation>
    </message>
    <message>
        <source>A signed PDF, or a Markdown or JSON report with its .p7s beside it (or drop it here)</source>
        <translation>Un PDF signé, ou un rapport Markdown ou JSON avec son .p7s à côté (ou déposez-le ici)</translation>
    </message>
    <message>
        <source>&amp;Open Report...</source>
        <translation>&amp;Ouvrir un rapport...</translation>
    </message>
    <message>
        <source>&amp;Compare with the open project</source>
        <translation>&amp;Comparer avec le projet ouvert</translation>
    </message>
    <message>
        <source>Open a report to check its signature.</source>
        <translation>Ouvrez un rapport pour vérifier sa signature.</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.md *.json);;All files (*)</source>
        <translation>Rapports (*.pdf *.md *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>embedded in the PDF</source>
        <translation>intégrée au PDF</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>self-signed: compare the fingerprint with the one the signer gave you</source>
        <translation>auto-signé : comparez l&apos;empreinte avec celle que le signataire vous a donnée</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>Certificat SHA-256</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Certificat valide</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Audit head in the report</source>
        <translation>Tête d&apos;audit dans le rapport</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projet ouvert</translation>
    </message>
    <message>
        <source>matches the report</source>
        <translation>correspond au rapport</translation>
    </message>
    <message>
        <source>Press Enter to verify this file.</source>
        <translation>Appuyez sur Entrée pour vérifier ce fichier.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Trust This Signer...</source>
        <translation>Faire &amp;confiance à ce signataire...</translation>
    </message>
    <message>
        <source>Trust This Signer</source>
        <translation>Faire confiance à ce signataire</translation>
    </message>
    <message>
        <source>Trust %1 as the signer of reports?

Do this only when the fingerprint below is the one %2 gave you in person, by phone or in a message you trust:

SHA-256 %3</source>
        <translation>Faire confiance à %1 comme signataire de rapports ?

Ne le faites que si l’empreinte ci-dessous est celle que %2 vous a donnée en personne, par téléphone ou dans un message de confiance :

SHA-256 %3</translation>
    </message>
    <message>
        <source>%1 (certified under %2)</source>
        <translation>%1 (certifié sous %2)</translation>
    </message>
    <message>
        <source>claims to be %1, which cannot be confirmed</source>
        <translation>prétend être %1, ce qui ne peut pas être confirmé</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>trusted by you as &quot;%1&quot;</source>
        <translation>approuvé par vous sous le nom « %1 »</translation>
    </message>
    <message>
        <source>certified by a trust anchor</source>
        <translation>certifié par une ancre de confiance</translation>
    </message>
    <message>
        <source>a LOOKALIKE of %1: same name or e-mail, another key</source>
        <translation>une IMITATION de %1 : même nom ou même e-mail, autre clé</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>REVOKED: %1</source>
        <translation>RÉVOQUÉ : %1</translation>
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
        <translation>Évaluez si un système est prêt : remplissez la liste de contrôle avec votre équipe, joignez des preuves, suivez l&apos;évolution des scores et exportez le rapport. Tout est enregistré au fil du travail.</translation>
    </message>
    <message>
        <source>&amp;New Assessment from a Template...</source>
        <translation>&amp;Nouvelle évaluation à partir d&apos;un modèle...</translation>
    </message>
    <message>
        <source>&amp;Open a Project...</source>
        <translation>&amp;Ouvrir un projet...</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Projets &amp;récents :</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Pas encore de projets récents.</translation>
    </message>
    <message>
        <source>New here? Read Getting Started (F1): a workshop, an audit and a signed report, step by step.</source>
        <translation>Première fois ? Lisez « Premiers pas » (F1) : un atelier, un audit et un rapport signé, pas à pas.</translation>
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
        <translation>À faire</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>a malformed part of a file</source>
        <translation>une partie de fichier malformée</translation>
    </message>
    <message>
        <source>no temporary file can be written: %1</source>
        <translation>aucun fichier temporaire ne peut être écrit : %1</translation>
    </message>
    <message>
        <source>a file larger than allowed</source>
        <translation>un fichier plus grand qu’autorisé</translation>
    </message>
    <message numerus="yes">
        <source>nothing came for %n second(s): the connection is gone</source>
        <translation>
            <numerusform>rien reçu pendant %n seconde : la connexion est perdue</numerusform>
            <numerusform>rien reçu pendant %n secondes : la connexion est perdue</numerusform>
        </translation>
    </message>
    <message>
        <source>the other side closed the connection</source>
        <translation>l’autre côté a fermé la connexion</translation>
    </message>
    <message>
        <source>the other side reads too slowly</source>
        <translation>l’autre côté lit trop lentement</translation>
    </message>
    <message>
        <source>the other side sent %1</source>
        <translation>l’autre côté a envoyé %1</translation>
    </message>
    <message>
        <source>DNS-SD: the Avahi daemon is not running on this computer</source>
        <translation>DNS-SD : le service Avahi ne tourne pas sur cet ordinateur</translation>
    </message>
    <message>
        <source>DNS-SD: %1</source>
        <translation>DNS-SD : %1</translation>
    </message>
    <message>
        <source>DNS-SD: announced as &quot;%1&quot;</source>
        <translation>DNS-SD : annoncé comme « %1 »</translation>
    </message>
    <message>
        <source>Beacon: every 2 seconds on UDP port %1</source>
        <translation>Balise : toutes les 2 secondes sur le port UDP %1</translation>
    </message>
    <message>
        <source>DNS-SD: looking for workshops</source>
        <translation>DNS-SD : recherche d’ateliers</translation>
    </message>
    <message>
        <source>Beacon: UDP port %1 cannot be listened on (%2)</source>
        <translation>Balise : impossible d’écouter le port UDP %1 (%2)</translation>
    </message>
    <message>
        <source>Beacon: multicast is not available here; only broadcast beacons arrive</source>
        <translation>Balise : la multidiffusion n’est pas disponible ici ; seules les balises en diffusion arrivent</translation>
    </message>
    <message>
        <source>Beacon: listening on UDP port %1</source>
        <translation>Balise : écoute sur le port UDP %1</translation>
    </message>
    <message>
        <source>The host ended the workshop.</source>
        <translation>L’hôte a terminé l’atelier.</translation>
    </message>
    <message>
        <source>A connection from %1 was refused: too many are waiting.</source>
        <translation>Une connexion de %1 a été refusée : trop de connexions en attente.</translation>
    </message>
    <message>
        <source>no device certificate</source>
        <translation>aucun certificat d’appareil</translation>
    </message>
    <message>
        <source>Connect with Readiness Workbench.</source>
        <translation>Connectez-vous avec Readiness Workbench.</translation>
    </message>
    <message>
        <source>Device %1 was removed from this workshop; its connection was refused.</source>
        <translation>L’appareil %1 a été retiré de cet atelier ; sa connexion a été refusée.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>The facilitator removed this laptop from the workshop.</source>
        <translation>L’animateur a retiré cet ordinateur de l’atelier.</translation>
    </message>
    <message>
        <source>%1 (%2) left: %3</source>
        <translation>%1 (%2) est parti : %3</translation>
    </message>
    <message>
        <source>sent %1 before being admitted</source>
        <translation>a envoyé %1 avant d’être admis</translation>
    </message>
    <message>
        <source>sent too many entries at once</source>
        <translation>a envoyé trop d’entrées à la fois</translation>
    </message>
    <message>
        <source>sent a malformed entry</source>
        <translation>a envoyé une entrée malformée</translation>
    </message>
    <message>
        <source>sent a message of an unknown kind</source>
        <translation>a envoyé un message de type inconnu</translation>
    </message>
    <message>
        <source>This laptop&apos;s Readiness Workbench speaks another version of the workshop protocol; use the same version as the host.</source>
        <translation>Readiness Workbench sur cet ordinateur parle une autre version du protocole d’atelier ; utilisez la même version que l’hôte.</translation>
    </message>
    <message>
        <source>%1 gave a wrong join code.</source>
        <translation>%1 a donné un mauvais code d’accès.</translation>
    </message>
    <message>
        <source>The join code is not this host&apos;s.</source>
        <translation>Ce code d’accès n’est pas celui de cet hôte.</translation>
    </message>
    <message>
        <source>This laptop&apos;s project is another assessment (or another start of it) than the workshop&apos;s; join without a project to receive a copy.</source>
        <translation>Le projet de cet ordinateur est une autre évaluation (ou un autre début de celle-ci) que celle de l’atelier ; rejoignez sans projet pour recevoir une copie.</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <source>refused by the facilitator</source>
        <translation>refusé par l’animateur</translation>
    </message>
    <message>
        <source>The facilitator did not admit this laptop.</source>
        <translation>L’animateur n’a pas admis cet ordinateur.</translation>
    </message>
    <message>
        <source>removed by the facilitator</source>
        <translation>retiré par l’animateur</translation>
    </message>
    <message>
        <source>No copy for %1 could be made: %2</source>
        <translation>Aucune copie n’a pu être faite pour %1 : %2</translation>
    </message>
    <message>
        <source>No pack for %1 could be written: %2</source>
        <translation>Aucun paquet n’a pu être écrit pour %1 : %2</translation>
    </message>
    <message>
        <source>Changes from %1 could not be taken: %2</source>
        <translation>Les modifications de %1 n’ont pas pu être reprises : %2</translation>
    </message>
    <message>
        <source>The host could not take this laptop&apos;s changes: %1</source>
        <translation>L’hôte n’a pas pu reprendre les modifications de cet ordinateur : %1</translation>
    </message>
    <message>
        <source>The host at %1 port %2 does not have the join code %3: check the address and the code on the host&apos;s screen.</source>
        <translation>L’hôte à %1, port %2, n’a pas le code d’accès %3 : vérifiez l’adresse et le code sur l’écran de l’hôte.</translation>
    </message>
    <message>
        <source>%1 port %2 could not be reached (%3). The host may have stopped, a firewall may block the port, or the Wi-Fi may keep laptops apart (client isolation): try a cable, a phone&apos;s hotspot or the host&apos;s other address.</source>
        <translation>%1, port %2, n’a pas pu être joint (%3). L’hôte s’est peut-être arrêté, un pare-feu bloque peut-être le port, ou le Wi-Fi isole les ordinateurs (isolation des clients) : essayez un câble, le point d’accès d’un téléphone ou l’autre adresse de l’hôte.</translation>
    </message>
    <message>
        <source>The connection to the host was lost: %1</source>
        <translation>La connexion à l’hôte est perdue : %1</translation>
    </message>
    <message>
        <source>the host sent a copy that was not asked for</source>
        <translation>l’hôte a envoyé une copie non demandée</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <source>The copy of the project could not be kept: %1</source>
        <translation>La copie du projet n’a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>the host sent a malformed entry</source>
        <translation>l’hôte a envoyé une entrée malformée</translation>
    </message>
    <message>
        <source>No pack for the host could be written: %1</source>
        <translation>Aucun paquet n’a pu être écrit pour l’hôte : %1</translation>
    </message>
    <message>
        <source>Changes from the host could not be taken: %1</source>
        <translation>Les modifications de l’hôte n’ont pas pu être reprises : %1</translation>
    </message>
    <message>
        <source>said nothing</source>
        <translation>n’a rien dit</translation>
    </message>
    <message>
        <source>spoke before saying who it is</source>
        <translation>a parlé avant de dire qui il est</translation>
    </message>
    <message>
        <source>a frame of %1 bytes, over the limit of %2</source>
        <translation>une trame de %1 octets, au-delà de la limite de %2</translation>
    </message>
    <message>
        <source>a frame that is no message</source>
        <translation>une trame qui n’est pas un message</translation>
    </message>
    <message>
        <source>OpenSSL made no certificate of this device&apos;s key</source>
        <translation>OpenSSL n’a pas créé de certificat pour la clé de cet appareil</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS does not take this device&apos;s key</source>
        <translation>Le TLS de Qt n’accepte pas la clé de cet appareil</translation>
    </message>
</context>
<context>
    <name>WorkshopCommand</name>
    <message>
        <source>Host a live workshop on the local network, or join one with a copy of the project.</source>
        <translation>Animer un atelier en direct sur le réseau local, ou en rejoindre un avec une copie du projet.</translation>
    </message>
    <message>
        <source>host FILE, or join ADDRESS:PORT FILE.</source>
        <translation>host FICHIER, ou join ADRESSE:PORT FICHIER.</translation>
    </message>
    <message>
        <source>The project (and for join the host first).</source>
        <translation>Le projet (et pour join, d’abord l’hôte).</translation>
    </message>
    <message>
        <source>host: the port to listen on (default %1).</source>
        <translation>host : le port d’écoute (par défaut %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>host: the address to listen on (default: every address).</source>
        <translation>host : l’adresse d’écoute (par défaut : toutes les adresses).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>host: admit everyone who gives the join code.</source>
        <translation>host : admettre quiconque donne le code d’accès.</translation>
    </message>
    <message>
        <source>join: the join code the host shows.</source>
        <translation>join : le code d’accès affiché par l’hôte.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>join: exchange what each side lacks, then exit.</source>
        <translation>join : échanger ce qui manque à chaque côté, puis quitter.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default: never).</source>
        <translation>Abandonner après ce nombre de secondes (par défaut : jamais).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>This computer has no device key, and none can be made.</source>
        <translation>Cet ordinateur n’a pas de clé d’appareil et aucune ne peut être créée.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>Gave up: the time given with --timeout has passed.</source>
        <translation>Abandon : le délai donné par --timeout est écoulé.</translation>
    </message>
    <message>
        <source>Usage: readiness-cli workshop host FILE [--port N] [--auto-admit]</source>
        <translation>Usage : readiness-cli workshop host FICHIER [--port N] [--auto-admit]</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port attend un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>%1 is no address to listen on.</source>
        <translation>%1 n’est pas une adresse d’écoute.</translation>
    </message>
    <message>
        <source>The workshop cannot listen on port %1: %2</source>
        <translation>L’atelier ne peut pas écouter sur le port %1 : %2</translation>
    </message>
    <message>
        <source>Usage: readiness-cli workshop host FILE | join ADDRESS:PORT FILE --code CODE [--once]</source>
        <translation>Usage : readiness-cli workshop host FICHIER | join ADRESSE:PORT FICHIER --code CODE [--once]</translation>
    </message>
    <message>
        <source>%1 is not ADDRESS:PORT (as the host shows it).</source>
        <translation>%1 n’est pas ADRESSE:PORT (tel que l’hôte l’affiche).</translation>
    </message>
    <message>
        <source>Give the join code the host shows with --code CODE.</source>
        <translation>Donnez le code d’accès affiché par l’hôte avec --code CODE.</translation>
    </message>
    <message>
        <source>%1&apos;s workshop on %2</source>
        <translation>Atelier de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Host a Workshop</source>
        <translation>Animer un atelier</translation>
    </message>
    <message>
        <source>Open the project the workshop works on first.</source>
        <translation>Ouvrez d’abord le projet sur lequel travaille l’atelier.</translation>
    </message>
    <message>
        <source>The project is open read-only; a workshop needs to change it.</source>
        <translation>Le projet est ouvert en lecture seule ; un atelier doit pouvoir le modifier.</translation>
    </message>
    <message>
        <source>This computer has no device key, and none can be made.</source>
        <translation>Cet ordinateur n’a pas de clé d’appareil et aucune ne peut être créée.</translation>
    </message>
    <message>
        <source>The workshop cannot listen for laptops: %1</source>
        <translation>L’atelier ne peut pas attendre les ordinateurs : %1</translation>
    </message>
    <message>
        <source>%1&apos;s workshop on %2</source>
        <translation>Atelier de %1 sur %2</translation>
    </message>
    <message>
        <source>Somebody asks to join the workshop: compare their words and admit them.</source>
        <translation>Quelqu’un demande à rejoindre l’atelier : comparez ses mots et admettez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the workshop</source>
        <translation>
            <numerusform>%n modification de l’atelier</numerusform>
            <numerusform>%n modifications de l’atelier</numerusform>
        </translation>
    </message>
    <message>
        <source>workshop copy</source>
        <translation>copie de l’atelier</translation>
    </message>
    <message>
        <source>Join a Workshop</source>
        <translation>Rejoindre un atelier</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name for the workshop&apos;s copy.</source>
        <translation>%1 existe déjà ; choisissez un autre nom pour la copie de l’atelier.</translation>
    </message>
    <message>
        <source>Open a project that can be changed, or receive a copy.</source>
        <translation>Ouvrez un projet modifiable, ou recevez une copie.</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Not in the workshop: %1</source>
        <translation>Pas dans l’atelier : %1</translation>
    </message>
    <message>
        <source>%1 (typing)</source>
        <translation>%1 (écrit)</translation>
    </message>
    <message>
        <source>%1 is typing this note too: you are both changing it, and the later change wins (the other lands in Conflicts). Agree who writes it.</source>
        <translation>%1 écrit aussi cette note : vous la modifiez tous les deux, et la dernière modification l’emporte (l’autre arrive dans Conflits). Convenez de qui l’écrit.</translation>
    </message>
    <message>
        <source>%1 is typing this item&apos;s note.</source>
        <translation>%1 écrit la note de cet élément.</translation>
    </message>
    <message>
        <source>Also here: %1</source>
        <translation>Aussi ici : %1</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>QR code of the join link</source>
        <translation>Code QR du lien d’invitation</translation>
    </message>
    <message>
        <source>Waiting to join</source>
        <translation>En attente d’admission</translation>
    </message>
    <message>
        <source>Laptops waiting to join</source>
        <translation>Ordinateurs en attente d’admission</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>Dans l’atelier</translation>
    </message>
    <message>
        <source>People in the workshop</source>
        <translation>Personnes dans l’atelier</translation>
    </message>
    <message>
        <source>Join at %1</source>
        <translation>Rejoindre à %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>End Workshop</source>
        <translation>Terminer l’atelier</translation>
    </message>
    <message>
        <source>Leave Workshop</source>
        <translation>Quitter l’atelier</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Dernier problème : %1</translation>
    </message>
    <message numerus="yes">
        <source>Hosting a workshop: %n laptop(s) in, </source>
        <translation>
            <numerusform>Atelier en cours : %n ordinateur admis, </numerusform>
            <numerusform>Atelier en cours : %n ordinateurs admis, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting. Joiners type the code below.</source>
        <translation>
            <numerusform>%n en attente. Pour rejoindre, saisissez le code ci-dessous.</numerusform>
            <numerusform>%n en attente. Pour rejoindre, saisissez le code ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Admit only if the joiner&apos;s screen shows the same four words.</source>
        <translation>N’admettez que si l’écran de la personne affiche les mêmes quatre mots.</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admettre</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>no item</source>
        <translation>aucun élément</translation>
    </message>
    <message>
        <source>%1, typing its note</source>
        <translation>%1, écrit la note</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Disconnects this laptop and refuses its changes from now on (recorded in the log).</source>
        <translation>Déconnecte cet ordinateur et refuse désormais ses modifications (consigné dans le journal d’audit).</translation>
    </message>
    <message>
        <source>Remove from the Workshop</source>
        <translation>Retirer de l’atelier</translation>
    </message>
    <message>
        <source>Remove %1&apos;s laptop from the workshop? Its changes are refused from now on, in every copy; this is recorded in the audit log.</source>
        <translation>Retirer l’ordinateur de %1 de l’atelier ? Ses modifications seront désormais refusées dans chaque copie ; c’est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n’attend.</translation>
    </message>
    <message>
        <source>Nobody has joined yet.</source>
        <translation>Personne n’a encore rejoint.</translation>
    </message>
    <message>
        <source>Connecting to the workshop...</source>
        <translation>Connexion à l’atelier…</translation>
    </message>
    <message>
        <source>Waiting for the facilitator to admit this laptop. Read these words to them; their screen must show the same:</source>
        <translation>En attente de l’admission par l’animateur. Lisez-lui ces mots ; son écran doit afficher les mêmes :</translation>
    </message>
    <message>
        <source>Admitted. Receiving a copy of the project...</source>
        <translation>Admis. Réception d’une copie du projet…</translation>
    </message>
    <message>
        <source>Admitted. Exchanging changes...</source>
        <translation>Admis. Échange des modifications…</translation>
    </message>
    <message>
        <source>In %1&apos;s workshop: &quot;%2&quot;. Changes travel as they are made.</source>
        <translation>Dans l’atelier de %1 : « %2 ». Les modifications circulent dès qu’elles sont faites.</translation>
    </message>
    <message>
        <source>The connection is lost; trying again. Changes made meanwhile are kept and exchanged when it is back.</source>
        <translation>La connexion est perdue ; nouvelle tentative en cours. Les modifications faites entre-temps sont conservées et échangées à son retour.</translation>
    </message>
    <message>
        <source>Not in the workshop: %1</source>
        <translation>Pas dans l’atelier : %1</translation>
    </message>
    <message>
        <source>%1 (facilitator), on %2</source>
        <translation>%1 (animateur), sur %2</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, sur %2</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Personne pour l’instant.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: readiness-cli COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Utilisation : readiness-cli COMMANDE [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Readiness assessments from the command line: create projects from templates, record answers, score, attach evidence and export reports.</source>
        <translation>Évaluations de préparation en ligne de commande : créer des projets à partir de modèles, enregistrer les réponses, calculer les scores, joindre des preuves et exporter des rapports.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;readiness-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez « readiness-cli COMMANDE --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a check failed, 2 usage or input error.</source>
        <translation>Codes de sortie : 0 succès, 1 une vérification a échoué, 2 erreur d&apos;utilisation ou de saisie.</translation>
    </message>
    <message>
        <source>readiness-cli: unknown command &quot;%1&quot;. Run &apos;readiness-cli --help&apos; for the list.</source>
        <translation>readiness-cli : commande inconnue « %1 ». Lancez « readiness-cli --help » pour la liste.</translation>
    </message>
</context>
<context>
    <name>rw::Project</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the assessment record is missing</source>
        <translation>l&apos;enregistrement de l&apos;évaluation est absent</translation>
    </message>
    <message>
        <source>item %1 belongs to no domain</source>
        <translation>le point %1 n&apos;appartient à aucun domaine</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 est endommagé et ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>There is no item with the key &quot;%1&quot;.</source>
        <translation>Aucun point n&apos;a la clé « %1 ».</translation>
    </message>
    <message>
        <source>An item&apos;s points must be more than 0.</source>
        <translation>Les points d&apos;un point de contrôle doivent être supérieurs à 0.</translation>
    </message>
    <message>
        <source>Item %1 is worth %2 points; a partially met item earns from 0 to %2.</source>
        <translation>Le point %1 vaut %2 points ; un point partiellement satisfait obtient de 0 à %2.</translation>
    </message>
    <message>
        <source>An effort estimate cannot be negative.</source>
        <translation>Une estimation d&apos;effort ne peut pas être négative.</translation>
    </message>
    <message>
        <source>An item needs a text.</source>
        <translation>Un point a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>Points can only be given to a partially met item.</source>
        <translation>Des points ne peuvent être donnés qu&apos;à un point partiellement satisfait.</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>Une évaluation a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>An adjusted score must be from 0 to 100.</source>
        <translation>Un score ajusté doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>An adjusted score needs a reason.</source>
        <translation>Un score ajusté a besoin d&apos;une justification.</translation>
    </message>
    <message>
        <source>There is no domain with the key &quot;%1&quot;.</source>
        <translation>Aucun domaine n&apos;a la clé « %1 ».</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation>Un jalon a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>The milestone no longer exists.</source>
        <translation>Le jalon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This project is open read-only; the change was not made. %1</source>
        <translation>Ce projet est ouvert en lecture seule ; la modification n&apos;a pas été faite. %1</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist or is not a file.</source>
        <translation>Le fichier de preuve %1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>A domain needs a title.</source>
        <translation>Un domaine a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>A weight cannot be negative.</source>
        <translation>Un poids ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A target is a score from 0 to 100.</source>
        <translation>Un objectif est un score de 0 à 100.</translation>
    </message>
    <message>
        <source>A domain with the key &quot;%1&quot; exists already.</source>
        <translation>Un domaine de clé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>An item with the key &quot;%1&quot; exists already.</source>
        <translation>Un point de clé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>An item key may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Une clé de point ne peut contenir que des lettres, des chiffres, « . », « _ » et « - ».</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Un constat a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>Le constat n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A risk needs a title.</source>
        <translation>Un risque a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>Probability and impact are rated from 1 to 5.</source>
        <translation>La probabilité et l&apos;impact sont cotés de 1 à 5.</translation>
    </message>
    <message>
        <source>The risk no longer exists.</source>
        <translation>Le risque n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Un KPI a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>The KPI no longer exists.</source>
        <translation>Le KPI n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A sign-off needs the approver&apos;s name.</source>
        <translation>Une validation a besoin du nom de l&apos;approbateur.</translation>
    </message>
    <message>
        <source>The sign-off no longer exists.</source>
        <translation>La validation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Evidence needs a name.</source>
        <translation>Une preuve a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A link needs an address.</source>
        <translation>Un lien a besoin d&apos;une adresse.</translation>
    </message>
    <message>
        <source>The evidence&apos;s content is no longer in the project.</source>
        <translation>Le contenu de la preuve n&apos;est plus dans le projet.</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>La preuve n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Item %1 has no choice &quot;%2&quot;.</source>
        <translation>Le point %1 n&apos;a pas de choix « %2 ».</translation>
    </message>
    <message>
        <source>the project holds changes its log does not record (%1)</source>
        <translation>le projet contient des modifications que son journal n’enregistre pas (%1)</translation>
    </message>
    <message>
        <source>the sign-off by %1 approved the log at entry %2 (%3), which the log no longer holds: entries before it were removed or rewritten</source>
        <translation>l’approbation de %1 portait sur le journal à l’entrée %2 (%3), que le journal ne contient plus : des entrées antérieures ont été supprimées ou réécrites</translation>
    </message>
    <message>
        <source>%1 is open read-only: nothing can be merged into it.</source>
        <translation>%1 est ouvert en lecture seule : rien ne peut y être fusionné.</translation>
    </message>
    <message>
        <source>this computer has no device identity to sign the merged log with</source>
        <translation>cet ordinateur n’a pas d’identité d’appareil pour signer le journal fusionné</translation>
    </message>
    <message>
        <source>the merged log does not verify: %1</source>
        <translation>le journal fusionné ne se vérifie pas : %1</translation>
    </message>
    <message>
        <source>the merged project does not read back as its log says (%1)</source>
        <translation>le projet fusionné ne se relit pas comme son journal l’indique (%1)</translation>
    </message>
    <message>
        <source>only a conflict on a field is decided with a value</source>
        <translation>seul un conflit sur un champ se décide par une valeur</translation>
    </message>
    <message>
        <source>%1 %2 no longer exists</source>
        <translation>%1 %2 n’existe plus</translation>
    </message>
    <message>
        <source>only a record removed in one copy and changed in another is settled this way</source>
        <translation>seul un enregistrement supprimé dans une copie et modifié dans une autre se règle ainsi</translation>
    </message>
    <message>
        <source>%1 %2 cannot be put back: no copy holds it</source>
        <translation>%1 %2 ne peut pas être remis : aucune copie ne le contient</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Item %1 is answered with a status, not with an answer.</source>
        <translation>Le point %1 se renseigne par un statut, pas par une réponse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer item %2 can take (%3).</source>
        <translation>« %1 » n’est pas une réponse possible pour le point %2 (%3).</translation>
    </message>
    <message>
        <source>Item %1 is answered with %2: give the answer, not a status.</source>
        <translation>Le point %1 se renseigne par « %2 » : donner la réponse, pas un statut.</translation>
    </message>
    <message>
        <source>This checklist has no implementation groups.</source>
        <translation>Cette liste de contrôle n’a pas de groupes de mise en œuvre.</translation>
    </message>
    <message>
        <source>This checklist has no implementation group &quot;%1&quot;; it has %2.</source>
        <translation>Cette liste n’a pas de groupe de mise en œuvre « %1 » ; elle a %2.</translation>
    </message>
    <message>
        <source>There is no grade &quot;%1&quot; for findings; this checklist grades them %2.</source>
        <translation>Il n’existe pas de classement « %1 » pour les constats ; cette liste les classe en %2.</translation>
    </message>
    <message>
        <source>A period the evidence covers needs its first day.</source>
        <translation>Une période couverte par la preuve a besoin de son premier jour.</translation>
    </message>
    <message>
        <source>The period the evidence covers ends (%1) before it begins (%2).</source>
        <translation>La période couverte par la preuve se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Rejecting evidence needs a reason.</source>
        <translation>Rejeter une preuve demande une raison.</translation>
    </message>
    <message>
        <source>A link has no versions: change its address instead.</source>
        <translation>Un lien n’a pas de versions : modifiez plutôt son adresse.</translation>
    </message>
    <message>
        <source>This file is the version of &quot;%1&quot; attached already.</source>
        <translation>Ce fichier est la version de « %1 » déjà jointe.</translation>
    </message>
    <message>
        <source>This file is attached already, as &quot;%1&quot;.</source>
        <translation>Ce fichier est déjà joint, sous le nom « %1 ».</translation>
    </message>
    <message>
        <source>A comment needs a text.</source>
        <translation>Un commentaire a besoin d’un texte.</translation>
    </message>
    <message>
        <source>The item the comment is on no longer exists.</source>
        <translation>Le point commenté n’existe plus.</translation>
    </message>
    <message>
        <source>The comment answered no longer exists.</source>
        <translation>Le commentaire auquel on répond n’existe plus.</translation>
    </message>
    <message>
        <source>A comment that has replies cannot be removed; resolve the thread instead.</source>
        <translation>Un commentaire qui a des réponses ne peut pas être supprimé ; marquez plutôt la discussion comme résolue.</translation>
    </message>
    <message>
        <source>The comment no longer exists.</source>
        <translation>Le commentaire n’existe plus.</translation>
    </message>
    <message>
        <source>The assessment period ends (%1) before it begins (%2).</source>
        <translation>La période évaluée se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>%1 (next cycle)</source>
        <translation>%1 (cycle suivant)</translation>
    </message>
    <message>
        <source>End of %1</source>
        <translation>Fin de %1</translation>
    </message>
</context>
</TS>
