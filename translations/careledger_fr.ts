<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditPdfWriter</name>
    <message>
        <source>Audit report — %1</source>
        <translation>Rapport d&apos;audit — %1</translation>
    </message>
    <message>
        <source>Prepared by %1, compliance officer</source>
        <translation>Établi par %1, responsable conformité</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Entries: %1 (filter: %2)</source>
        <translation>Entrées&#xa0;: %1 (filtre&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Signature of this report&apos;s content</source>
        <translation>Signature du contenu de ce rapport</translation>
    </message>
    <message>
        <source>Content SHA-256 (the CSV export of these entries)</source>
        <translation>SHA-256 du contenu (export CSV de ces entrées)</translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation>Signé avec la clé</translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation>Signature Ed25519</translation>
    </message>
    <message>
        <source>Every entry is metadata from the CareLedger ledger (who, which patient and record, what, when, from where); no clinical content. The PDF file itself is signed in the .sig file beside it: check it with `careledgerd verify-report --report &lt;file&gt;.pdf` (the .sig beside it).</source>
        <translation>Chaque entrée est une métadonnée du registre CareLedger (qui, quel patient et quelle entrée, quoi, quand, d&apos;où)&#xa0;; aucun contenu clinique. Le fichier PDF lui-même est signé dans le fichier .sig placé à côté&#xa0;: vérifiez-le avec `careledgerd verify-report --report &lt;fichier&gt;.pdf` (le .sig à côté).</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation>(clé de l&apos;organisation)</translation>
    </message>
    <message>
        <source>%1 more entries are in the CSV export.</source>
        <translation>%1 autres entrées figurent dans l&apos;export CSV.</translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation>Le fichier PDF ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Viewed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Viewed at the kiosk</source>
        <translation>Consulté au kiosque</translation>
    </message>
    <message>
        <source>Wrong private ID</source>
        <translation>Identifiant personnel erroné</translation>
    </message>
    <message>
        <source>Private ID accepted</source>
        <translation>Identifiant personnel accepté</translation>
    </message>
    <message>
        <source>User enrolled</source>
        <translation>Utilisateur inscrit</translation>
    </message>
    <message>
        <source>User revoked</source>
        <translation>Utilisateur révoqué</translation>
    </message>
    <message>
        <source>Patient registered</source>
        <translation>Patient enregistré</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Entrée créée</translation>
    </message>
    <message>
        <source>Record amended</source>
        <translation>Entrée modifiée</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>Consentement accordé</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentement révoqué</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Journal d&apos;accès</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Orientation envoyée</translation>
    </message>
    <message>
        <source>Referral updated</source>
        <translation>Orientation mise à jour</translation>
    </message>
    <message>
        <source>Device registered</source>
        <translation>Appareil enregistré</translation>
    </message>
    <message>
        <source>Vitals recorded</source>
        <translation>Signes vitaux enregistrés</translation>
    </message>
    <message>
        <source>Compliance review</source>
        <translation>Revue de conformité</translation>
    </message>
    <message>
        <source>Network configuration changed</source>
        <translation>Configuration réseau modifiée</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Autre (%1)</translation>
    </message>
    <message>
        <source>Many more patients than usual</source>
        <translation>Beaucoup plus de patients que d&apos;habitude</translation>
    </message>
    <message>
        <source>No treatment relationship</source>
        <translation>Aucune relation de soins</translation>
    </message>
    <message>
        <source>Outside usual hours</source>
        <translation>En dehors des heures habituelles</translation>
    </message>
    <message>
        <source>Patient shares the user&apos;s surname</source>
        <translation>Le patient porte le même nom que l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Repeated wrong private IDs</source>
        <translation>Identifiants personnels erronés à répétition</translation>
    </message>
    <message>
        <source>A user opened the charts of at least %1 different patients in one day, more than %2 times their usual day (the median of their earlier working days; at least %3 earlier days are needed).</source>
        <translation>Un utilisateur a ouvert en une journée les dossiers d&apos;au moins %1 patients différents, plus de %2 fois sa journée habituelle (la médiane de ses jours de travail précédents&#xa0;; au moins %3 jours précédents sont nécessaires).</translation>
    </message>
    <message>
        <source>A user opened a patient&apos;s chart although their organisation had no treatment relationship with the patient at that time: it had not registered them, written or been sent any of their records, held no consent of theirs in force, and received no referral for them.</source>
        <translation>Un utilisateur a ouvert le dossier d&apos;un patient alors que son organisation n&apos;avait à ce moment aucune relation de soins avec lui&#xa0;: elle ne l&apos;avait pas enregistré, n&apos;avait rédigé ni reçu aucune de ses entrées, ne détenait aucun consentement en vigueur de sa part et n&apos;avait reçu aucune orientation le concernant.</translation>
    </message>
    <message>
        <source>A user opened charts at an hour of the day in which they do fewer than %1% of their work (judged once they have at least %2 chart openings).</source>
        <translation>Un utilisateur a ouvert des dossiers à une heure de la journée où il effectue moins de %1% de son travail (évalué dès qu&apos;il compte au moins %2 ouvertures de dossier).</translation>
    </message>
    <message>
        <source>A user opened the chart of a patient with the same surname. This can only be checked for patients whose records your organisation can read (the patient&apos;s name is in the encrypted record, not on the ledger). The ledger records no addresses of staff, so shared addresses cannot be checked.</source>
        <translation>Un utilisateur a ouvert le dossier d&apos;un patient portant le même nom de famille. Cela ne peut être vérifié que pour les patients dont votre organisation peut lire les entrées (le nom du patient figure dans l&apos;entrée chiffrée, pas dans le registre). Le registre ne contient aucune adresse du personnel&#xa0;: les adresses communes ne peuvent donc pas être vérifiées.</translation>
    </message>
    <message>
        <source>A patient&apos;s private ID was typed wrong %1 or more times within %2 minutes at a kiosk: someone may be guessing it.</source>
        <translation>L&apos;identifiant personnel d&apos;un patient a été saisi de façon erronée %1 fois ou plus en %2 minutes sur un kiosque&#xa0;: quelqu&apos;un essaie peut-être de le deviner.</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>un utilisateur</translation>
    </message>
    <message>
        <source>%1 opened %2 patients&apos; charts on %3; their usual day is %4.</source>
        <translation>%1 a ouvert les dossiers de %2 patients le %3&#xa0;; sa journée habituelle&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 opened the chart of patient %2 %n time(s) (first %3) with no treatment relationship.</source>
        <translation>
            <numerusform>%1 a ouvert le dossier du patient %2 %n fois (la première le %3) sans relation de soins.</numerusform>
            <numerusform>%1 a ouvert le dossier du patient %2 %n fois (la première le %3) sans relation de soins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened %n chart(s) at %2:00 (%3), an hour with %4% of their work.</source>
        <translation>
            <numerusform>%1 a ouvert %n dossier à %2 h (%3), une heure représentant %4% de son travail.</numerusform>
            <numerusform>%1 a ouvert %n dossiers à %2 h (%3), une heure représentant %4% de son travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opened the chart of patient %2, who has the same surname (%3).</source>
        <translation>%1 a ouvert le dossier du patient %2, qui porte le même nom de famille (%3).</translation>
    </message>
    <message>
        <source>Patient %1&apos;s private ID was typed wrong %2 times from %3 (last signed in at the kiosk: %4).</source>
        <translation>L&apos;identifiant personnel du patient %1 a été saisi de façon erronée %2 fois depuis %3 (dernière connexion au kiosque&#xa0;: %4).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examiné</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Entry %1 (block %2)</source>
        <translation>Entrée %1 (bloc %2)</translation>
    </message>
    <message>
        <source>%1: the copy on this workstation was changed after it was verified — it no longer matches the transaction the members signed. Report this to IT; do not rely on this entry.</source>
        <translation>%1&#xa0;: la copie de ce poste a été modifiée après sa vérification — elle ne correspond plus à la transaction signée par les membres. Signalez-le au service informatique&#xa0;; ne vous fiez pas à cette entrée.</translation>
    </message>
    <message>
        <source>%1: the ledger&apos;s proof does not lead to the signed block. The entry, or the full node that answered, cannot be trusted.</source>
        <translation>%1&#xa0;: la preuve du registre ne mène pas au bloc signé. L&apos;entrée, ou le nœud complet qui a répondu, n&apos;est pas digne de confiance.</translation>
    </message>
    <message>
        <source>%1: a member&apos;s signature on its block is forged or was altered.</source>
        <translation>%1&#xa0;: la signature d&apos;un membre sur son bloc est falsifiée ou a été altérée.</translation>
    </message>
    <message>
        <source>%1: its block is signed by only %2 of %3 members, not enough to be final.</source>
        <translation>%1&#xa0;: son bloc n&apos;est signé que par %2 des %3 membres, pas assez pour être définitif.</translation>
    </message>
    <message>
        <source>%1: not found in the audit index.</source>
        <translation>%1&#xa0;: introuvable dans l&apos;index d&apos;audit.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>ÉCHEC de la vérification.</translation>
    </message>
    <message>
        <source>This entry is in block %1, signed by %2 of %3 members; nothing was changed.</source>
        <translation>Cette entrée est dans le bloc %1, signé par %2 des %3 membres&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>All %1 entries verified: in block %2, signed by %3 of %4 members; nothing was changed.</source>
        <translation>Les %1 entrées sont vérifiées&#xa0;: dans le bloc %2, signé par %3 des %4 membres&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>All %1 entries verified: in blocks %2 to %3, each signed by at least %4 of %5 members; nothing was changed.</source>
        <translation>Les %1 entrées sont vérifiées&#xa0;: dans les blocs %2 à %3, chacun signé par au moins %4 des %5 membres&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Chart views, exports and prints</source>
        <translation>Consultations, exports et impressions de dossiers</translation>
    </message>
    <message>
        <source>Exports and prints</source>
        <translation>Exports et impressions</translation>
    </message>
    <message>
        <source>Kiosk: private IDs and views</source>
        <translation>Kiosque&#xa0;: identifiants personnels et consultations</translation>
    </message>
    <message>
        <source>Wrong private IDs</source>
        <translation>Identifiants personnels erronés</translation>
    </message>
    <message>
        <source>Records written or amended</source>
        <translation>Entrées rédigées ou modifiées</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Staff enrolled or revoked</source>
        <translation>Personnel inscrit ou révoqué</translation>
    </message>
    <message>
        <source>Compliance reviews</source>
        <translation>Revues de conformité</translation>
    </message>
</context>
<context>
    <name>FhirBuilder</name>
    <message>
        <source>No patient is selected.</source>
        <translation>Aucun patient n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>The patient id &quot;%1&quot; is not a valid FHIR id.</source>
        <translation>L&apos;identifiant patient «&#xa0;%1&#xa0;» n&apos;est pas un identifiant FHIR valide.</translation>
    </message>
    <message>
        <source>The current time is not known.</source>
        <translation>L&apos;heure actuelle n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>%1 of %2 is outside the possible range of %3 to %4%5.</source>
        <translation>%1&#xa0;: %2 est en dehors de la plage possible de %3 à %4%5.</translation>
    </message>
    <message>
        <source>LOINC %1 is not a vital sign this form records.</source>
        <translation>LOINC %1 n&apos;est pas un signe vital saisi par ce formulaire.</translation>
    </message>
    <message>
        <source>The time of the measurement is missing.</source>
        <translation>L&apos;heure de la mesure est manquante.</translation>
    </message>
    <message>
        <source>The time of the measurement is in the future.</source>
        <translation>L&apos;heure de la mesure est dans le futur.</translation>
    </message>
    <message>
        <source>The systolic pressure</source>
        <translation>Pression systolique</translation>
    </message>
    <message>
        <source>The diastolic pressure is missing.</source>
        <translation>La pression diastolique est manquante.</translation>
    </message>
    <message>
        <source>The diastolic pressure</source>
        <translation>Pression diastolique</translation>
    </message>
    <message>
        <source>The diastolic pressure must be lower than the systolic pressure.</source>
        <translation>La pression diastolique doit être inférieure à la pression systolique.</translation>
    </message>
    <message>
        <source>%1 takes one value; only blood pressure takes two.</source>
        <translation>%1 n&apos;a qu&apos;une valeur&#xa0;; seule la pression artérielle en a deux.</translation>
    </message>
    <message>
        <source>The condition is missing.</source>
        <translation>Le problème est manquant.</translation>
    </message>
    <message>
        <source>SNOMED CT %1 is not a condition this form records.</source>
        <translation>SNOMED CT %1 n&apos;est pas un problème saisi par ce formulaire.</translation>
    </message>
    <message>
        <source>The clinical status of the condition is missing.</source>
        <translation>Le statut clinique du problème est manquant.</translation>
    </message>
    <message>
        <source>The clinical status &quot;%1&quot; is not one of active, inactive or resolved.</source>
        <translation>Le statut clinique «&#xa0;%1&#xa0;» n&apos;est ni actif, ni inactif, ni résolu.</translation>
    </message>
    <message>
        <source>The onset date of the condition is in the future.</source>
        <translation>La date de début du problème est dans le futur.</translation>
    </message>
    <message>
        <source>The medication is missing.</source>
        <translation>Le médicament est manquant.</translation>
    </message>
    <message>
        <source>RxNorm %1 is not a medication this form prescribes.</source>
        <translation>RxNorm %1 n&apos;est pas un médicament prescrit par ce formulaire.</translation>
    </message>
    <message>
        <source>The dosage is missing.</source>
        <translation>La posologie est manquante.</translation>
    </message>
    <message>
        <source>The start date of the medication is in the future.</source>
        <translation>La date de début du traitement est dans le futur.</translation>
    </message>
    <message>
        <source>The substance is missing.</source>
        <translation>La substance est manquante.</translation>
    </message>
    <message>
        <source>SNOMED CT %1 is not a substance this form records.</source>
        <translation>SNOMED CT %1 n&apos;est pas une substance saisie par ce formulaire.</translation>
    </message>
    <message>
        <source>The criticality of the allergy is missing.</source>
        <translation>La criticité de l&apos;allergie est manquante.</translation>
    </message>
    <message>
        <source>The criticality &quot;%1&quot; is not one of low, high or unable to assess.</source>
        <translation>La criticité «&#xa0;%1&#xa0;» n&apos;est ni faible, ni élevée, ni impossible à évaluer.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The author of the note is missing.</source>
        <translation>L&apos;auteur de la note est manquant.</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Note d&apos;évolution</translation>
    </message>
    <message>
        <source>The reason for the referral is missing.</source>
        <translation>Le motif de l&apos;orientation est manquant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral urgency.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un degré d&apos;urgence d&apos;orientation.</translation>
    </message>
    <message>
        <source>The referral must name who refers and to whom.</source>
        <translation>L&apos;orientation doit indiquer qui oriente et vers qui.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <source>Another entry of the bundle has the same identity (%1).</source>
        <translation>Une autre entrée du bundle a la même identité (%1).</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 is malformed.</source>
        <translation>%1&#xa0;: %2 est mal formé.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 refers to a different patient (%3).</source>
        <translation>%1&#xa0;: %2 renvoie à un autre patient (%3).</translation>
    </message>
    <message>
        <source>A record that was not in the bundle</source>
        <translation>Une entrée absente du bundle</translation>
    </message>
    <message>
        <source>A record that was not imported</source>
        <translation>Une entrée non importée</translation>
    </message>
    <message>
        <source>The %1 has no %2, which it requires.</source>
        <translation>%1&#xa0;: l&apos;élément obligatoire %2 est absent.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 &quot;%3&quot; is not a valid date.</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;» n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The file is too large to be a bundle the workstation imports.</source>
        <translation>Le fichier est trop volumineux pour un bundle importable par le poste.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file is not a FHIR Bundle.</source>
        <translation>Le fichier n&apos;est pas un bundle FHIR.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entry list is not a list.</source>
        <translation>La liste des entrées du bundle n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>L&apos;entrée n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>A request to delete a record elsewhere, which the workstation does not carry out.</source>
        <translation>Une demande de suppression d&apos;une entrée ailleurs, que le poste n&apos;exécute pas.</translation>
    </message>
    <message>
        <source>The entry has no resource.</source>
        <translation>L&apos;entrée n&apos;a pas de ressource.</translation>
    </message>
    <message>
        <source>The entry&apos;s resource is not a JSON object.</source>
        <translation>La ressource de l&apos;entrée n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The entry&apos;s resource has no resourceType.</source>
        <translation>La ressource de l&apos;entrée n&apos;a pas de resourceType.</translation>
    </message>
    <message>
        <source>The %1 is larger than 1 MiB.</source>
        <translation>%1 dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>The bundle&apos;s patient: the selected patient&apos;s demographics are kept.</source>
        <translation>Le patient du bundle&#xa0;: les données démographiques du patient sélectionné sont conservées.</translation>
    </message>
    <message>
        <source>A second patient in the bundle: only records of the first are imported.</source>
        <translation>Un second patient dans le bundle&#xa0;: seules les entrées du premier sont importées.</translation>
    </message>
    <message>
        <source>%1 records are administrative or financial, not part of the clinical record.</source>
        <translation>Les entrées %1 sont administratives ou financières et ne font pas partie du dossier clinique.</translation>
    </message>
    <message>
        <source>%1 is not a clinical record type the workstation stores.</source>
        <translation>%1 n&apos;est pas un type d&apos;entrée clinique que le poste enregistre.</translation>
    </message>
</context>
<context>
    <name>FhirRenderer</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Haemoglobin A1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Hémoglobine</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>Glucose</translation>
    </message>
    <message>
        <source>Urea nitrogen</source>
        <translation>Azote uréique</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Créatinine</translation>
    </message>
    <message>
        <source>Sodium</source>
        <translation>Sodium</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Potassium</translation>
    </message>
    <message>
        <source>Chloride</source>
        <translation>Chlorure</translation>
    </message>
    <message>
        <source>Bicarbonate</source>
        <translation>Bicarbonates</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Total cholesterol</source>
        <translation>Cholestérol total</translation>
    </message>
    <message>
        <source>Triglycerides</source>
        <translation>Triglycérides</translation>
    </message>
    <message>
        <source>HDL cholesterol</source>
        <translation>Cholestérol HDL</translation>
    </message>
    <message>
        <source>LDL cholesterol</source>
        <translation>Cholestérol LDL</translation>
    </message>
    <message>
        <source>White cell count</source>
        <translation>Leucocytes</translation>
    </message>
    <message>
        <source>Red cell count</source>
        <translation>Hématies</translation>
    </message>
    <message>
        <source>Haematocrit</source>
        <translation>Hématocrite</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Plaquettes</translation>
    </message>
    <message>
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>DFGe</translation>
    </message>
    <message>
        <source>Basic metabolic panel</source>
        <translation>Bilan métabolique de base</translation>
    </message>
    <message>
        <source>Lipid panel</source>
        <translation>Bilan lipidique</translation>
    </message>
    <message>
        <source>Complete blood count</source>
        <translation>Numération formule sanguine</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>Code&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>très élevé</translation>
    </message>
    <message>
        <source>critically high</source>
        <translation>critique élevé</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>très bas</translation>
    </message>
    <message>
        <source>critically low</source>
        <translation>critique bas</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>anormal</translation>
    </message>
    <message>
        <source>critically abnormal</source>
        <translation>anormal critique</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
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
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference range: %1</source>
        <translation>Valeurs de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Interpretation: %1</source>
        <translation>Interprétation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Prélevé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Émis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Performer: %1</source>
        <translation>Réalisé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>Prélèvement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n result(s)</source>
        <translation>
            <numerusform>Résultats&#xa0;: %n résultat</numerusform>
            <numerusform>Résultats&#xa0;: %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>Conclusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Clinical status: %1</source>
        <translation>Statut clinique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Sévérité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Onset: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Dosage: %1</source>
        <translation>Posologie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Voie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Taken as needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Intention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prescribed: %1</source>
        <translation>Prescrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation>Prescripteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>hives</source>
        <translation>urticaire</translation>
    </message>
    <message>
        <source>rash</source>
        <translation>éruption cutanée</translation>
    </message>
    <message>
        <source>itching</source>
        <translation>prurit</translation>
    </message>
    <message>
        <source>anaphylaxis</source>
        <translation>anaphylaxie</translation>
    </message>
    <message>
        <source>sneezing</source>
        <translation>éternuements</translation>
    </message>
    <message>
        <source>rhinoconjunctivitis</source>
        <translation>rhinoconjonctivite</translation>
    </message>
    <message>
        <source>cough</source>
        <translation>toux</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>nausées</translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation>vomissements</translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation>dyspnée</translation>
    </message>
    <message>
        <source>wheezing</source>
        <translation>sifflements respiratoires</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>œdème</translation>
    </message>
    <message>
        <source>unknown substance</source>
        <translation>substance inconnue</translation>
    </message>
    <message>
        <source>Intolerance: %1</source>
        <translation>Intolérance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation>Allergie&#xa0;: %1</translation>
    </message>
    <message>
        <source>(high criticality)</source>
        <translation>(criticité élevée)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Criticality: %1</source>
        <translation>Criticité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reaction: %1</source>
        <translation>Réaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Rédigé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachment (not shown): %1</source>
        <translation>Pièce jointe (non affichée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>ambulatory</source>
        <translation>ambulatoire</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>urgences</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>hospitalisation</translation>
    </message>
    <message>
        <source>inpatient acute</source>
        <translation>hospitalisation aiguë</translation>
    </message>
    <message>
        <source>inpatient non-acute</source>
        <translation>hospitalisation non aiguë</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>surveillance</translation>
    </message>
    <message>
        <source>pre-admission</source>
        <translation>préadmission</translation>
    </message>
    <message>
        <source>short stay</source>
        <translation>séjour court</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>à distance</translation>
    </message>
    <message>
        <source>home health</source>
        <translation>soins à domicile</translation>
    </message>
    <message>
        <source>field</source>
        <translation>sur le terrain</translation>
    </message>
    <message>
        <source>General check-up</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <source>Well child visit</source>
        <translation>Visite de suivi de l&apos;enfant</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Consultation de suivi</translation>
    </message>
    <message>
        <source>Visit for a symptom</source>
        <translation>Consultation pour un symptôme</translation>
    </message>
    <message>
        <source>Emergency department visit</source>
        <translation>Passage aux urgences</translation>
    </message>
    <message>
        <source>Hospital admission</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Encounter (%1)</source>
        <translation>Venue (%1)</translation>
    </message>
    <message>
        <source>Encounter: %1</source>
        <translation>Venue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Encounter: %1 (%2)</source>
        <translation>Venue&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seen by: %1</source>
        <translation>Vu par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Localisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discharged to: %1</source>
        <translation>Sortie vers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Acte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Performed: %1</source>
        <translation>Réalisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Immunization</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>Immunization: %1</source>
        <translation>Vaccination&#xa0;: %1</translation>
    </message>
    <message>
        <source>— not given</source>
        <translation>— non administrée</translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation>Administrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lot: %1</source>
        <translation>Lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <source>Care plan: %1</source>
        <translation>Plan de soins&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Activités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Sexe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Né(e) le&#xa0;: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Unrecognised record</source>
        <translation>Entrée non reconnue</translation>
    </message>
    <message>
        <source>Unrecognised record: %1</source>
        <translation>Entrée non reconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record type: %1</source>
        <translation>Type d&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Signes vitaux</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Résultats de laboratoire</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes cliniques</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Venues</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Plans de soins</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Données du patient</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Autres entrées</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation>Demandée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Adressée à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question&#xa0;: %1</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
</context>
<context>
    <name>FormValidation</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Au plus %n décimale.</numerusform>
            <numerusform>Au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible: enter a value from %1 to %2.</source>
        <translation>Impossible&#xa0;: saisissez une valeur de %1 à %2.</translation>
    </message>
    <message>
        <source>Below the normal range (%1 to %2). Check it before saving.</source>
        <translation>Inférieur à la normale (%1 à %2). Vérifiez avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Above the normal range (%1 to %2). Check it before saving.</source>
        <translation>Supérieur à la normale (%1 à %2). Vérifiez avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The diastolic value must be lower than the systolic value.</source>
        <translation>La valeur diastolique doit être inférieure à la valeur systolique.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Saisissez une date et une heure.</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>L&apos;heure ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Saisissez une date.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Trop long&#xa0;: au plus %n caractère.</numerusform>
            <numerusform>Trop long&#xa0;: au plus %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDemographics</name>
    <message>
        <source>The resource is not a FHIR Patient.</source>
        <translation>La ressource n&apos;est pas un Patient FHIR.</translation>
    </message>
    <message>
        <source>The patient&apos;s gender &quot;%1&quot; is not one of male, female, other or unknown.</source>
        <translation>Le sexe «&#xa0;%1&#xa0;» du patient n&apos;est ni masculin, ni féminin, ni autre, ni inconnu.</translation>
    </message>
    <message>
        <source>The patient&apos;s birth date &quot;%1&quot; is not a valid date.</source>
        <translation>La date de naissance «&#xa0;%1&#xa0;» du patient n&apos;est pas une date valide.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>RecordPdfWriter</name>
    <message>
        <source>CareLedger · personal health record</source>
        <translation>CareLedger · dossier de santé personnel</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Every entry in this document was read from the CareLedger network. Each one is final in the block named beside it: a quorum of the member organisations signed that block, and this workstation checked the entry&apos;s inclusion proof against it before printing.</source>
        <translation>Chaque entrée de ce document a été lue sur le réseau CareLedger. Chacune est définitive dans le bloc indiqué à côté&#xa0;: un quorum des organisations membres a signé ce bloc, et ce poste a vérifié la preuve d&apos;inclusion de l&apos;entrée par rapport à ce bloc avant l&apos;impression.</translation>
    </message>
    <message>
        <source>This document contains confidential health information. Keep it safe.</source>
        <translation>Ce document contient des informations de santé confidentielles. Conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>There are no records to show.</source>
        <translation>Aucune entrée à afficher.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Not readable here: %1</source>
        <translation>Illisible ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>(outside the normal range)</source>
        <translation>(hors des valeurs normales)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Amended (version %1)</source>
        <translation>Modifiée (version %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation>Définitive dans le bloc %1</translation>
    </message>
    <message>
        <source>signed by %1 of %2 members</source>
        <translation>signée par %1 des %2 membres</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation>Le fichier PDF ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation>Dossier de santé de %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Le PDF n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · born %2 · ID %3</source>
        <translation>%1 · né(e) le %2 · ID %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Verified on the CareLedger network: each entry is final in the block shown beside it. Generated %1.</source>
        <translation>Vérifié sur le réseau CareLedger&#xa0;: chaque entrée est définitive dans le bloc indiqué à côté. Généré le %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <source>Immediate (stat)</source>
        <translation>Immédiate (extrême urgence)</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>sous 30 jours</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>sous 7 jours</translation>
    </message>
    <message>
        <source>within 24 hours</source>
        <translation>sous 24 heures</translation>
    </message>
    <message>
        <source>within 1 hour</source>
        <translation>sous 1 heure</translation>
    </message>
    <message>
        <source>Not our specialty</source>
        <translation>Hors de notre spécialité</translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation>Pas de capacité disponible</translation>
    </message>
    <message>
        <source>Not enough information</source>
        <translation>Informations insuffisantes</translation>
    </message>
    <message>
        <source>Better referred elsewhere</source>
        <translation>Mieux orientée ailleurs</translation>
    </message>
    <message>
        <source>The patient declined</source>
        <translation>Le patient a refusé</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>The receiving side accepts or declines a referral within a time set by its urgency, counted from when it was sent: immediate (stat) within 1 hour, as soon as possible within 24 hours, urgent within 7 days, routine within 30 days. A referral still waiting after that is overdue.</source>
        <translation>Le destinataire accepte ou refuse une orientation dans un délai fixé par son urgence, compté à partir de son envoi&#xa0;: immédiate (extrême urgence) sous 1 heure, dès que possible sous 24 heures, urgente sous 7 jours, routine sous 30 jours. Une orientation toujours en attente au-delà est en retard.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>ValueSets</name>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>Saturation en oxygène</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Température corporelle</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Pression artérielle</translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Body height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Body mass index</source>
        <translation>Indice de masse corporelle</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Glycémie</translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation>Échelle de douleur (0-10)</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
    <message>
        <source>Type 2 diabetes mellitus</source>
        <translation>Diabète de type 2</translation>
    </message>
    <message>
        <source>Prediabetes</source>
        <translation>Prédiabète</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>Hypertension artérielle</translation>
    </message>
    <message>
        <source>Hyperlipidaemia</source>
        <translation>Hyperlipidémie</translation>
    </message>
    <message>
        <source>Obesity (BMI 30+)</source>
        <translation>Obésité (IMC ≥ 30)</translation>
    </message>
    <message>
        <source>History of myocardial infarction</source>
        <translation>Antécédent d&apos;infarctus du myocarde</translation>
    </message>
    <message>
        <source>Heart failure</source>
        <translation>Insuffisance cardiaque</translation>
    </message>
    <message>
        <source>Atrial fibrillation</source>
        <translation>Fibrillation auriculaire</translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 3</source>
        <translation>Maladie rénale chronique stade 3</translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 1</source>
        <translation>Maladie rénale chronique stade 1</translation>
    </message>
    <message>
        <source>Chronic obstructive pulmonary disease</source>
        <translation>Bronchopneumopathie chronique obstructive (BPCO)</translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation>Asthme</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Dépression</translation>
    </message>
    <message>
        <source>Anxiety disorder</source>
        <translation>Trouble anxieux</translation>
    </message>
    <message>
        <source>Osteoarthritis of knee</source>
        <translation>Gonarthrose</translation>
    </message>
    <message>
        <source>Rheumatoid arthritis</source>
        <translation>Polyarthrite rhumatoïde</translation>
    </message>
    <message>
        <source>Iron deficiency anaemia</source>
        <translation>Anémie ferriprive</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migraine</translation>
    </message>
    <message>
        <source>Atopic dermatitis</source>
        <translation>Dermatite atopique</translation>
    </message>
    <message>
        <source>Chronic sinusitis</source>
        <translation>Sinusite chronique</translation>
    </message>
    <message>
        <source>Polyp of colon</source>
        <translation>Polype du côlon</translation>
    </message>
    <message>
        <source>Urinary tract infection</source>
        <translation>Infection urinaire</translation>
    </message>
    <message>
        <source>Community-acquired pneumonia</source>
        <translation>Pneumonie communautaire</translation>
    </message>
    <message>
        <source>Acute bronchitis</source>
        <translation>Bronchite aiguë</translation>
    </message>
    <message>
        <source>Metformin 500 mg tablet</source>
        <translation>Metformine 500 mg comprimé</translation>
    </message>
    <message>
        <source>Metformin 500 mg extended-release tablet</source>
        <translation>Metformine 500 mg comprimé à libération prolongée</translation>
    </message>
    <message>
        <source>Lisinopril 10 mg tablet</source>
        <translation>Lisinopril 10 mg comprimé</translation>
    </message>
    <message>
        <source>Amlodipine 5 mg tablet</source>
        <translation>Amlodipine 5 mg comprimé</translation>
    </message>
    <message>
        <source>Atorvastatin 10 mg tablet</source>
        <translation>Atorvastatine 10 mg comprimé</translation>
    </message>
    <message>
        <source>Simvastatin 10 mg tablet</source>
        <translation>Simvastatine 10 mg comprimé</translation>
    </message>
    <message>
        <source>Aspirin 81 mg tablet</source>
        <translation>Acide acétylsalicylique 81 mg comprimé</translation>
    </message>
    <message>
        <source>Warfarin 5 mg tablet</source>
        <translation>Warfarine 5 mg comprimé</translation>
    </message>
    <message>
        <source>Furosemide 40 mg tablet</source>
        <translation>Furosémide 40 mg comprimé</translation>
    </message>
    <message>
        <source>Albuterol 90 mcg inhaler</source>
        <translation>Salbutamol 90 µg aérosol doseur</translation>
    </message>
    <message>
        <source>Fluticasone 44 mcg inhaler</source>
        <translation>Fluticasone 44 µg aérosol doseur</translation>
    </message>
    <message>
        <source>Sertraline 50 mg tablet</source>
        <translation>Sertraline 50 mg comprimé</translation>
    </message>
    <message>
        <source>Acetaminophen 325 mg tablet</source>
        <translation>Paracétamol 325 mg comprimé</translation>
    </message>
    <message>
        <source>Ibuprofen 200 mg tablet</source>
        <translation>Ibuprofène 200 mg comprimé</translation>
    </message>
    <message>
        <source>Methotrexate 2.5 mg tablet</source>
        <translation>Méthotrexate 2,5 mg comprimé</translation>
    </message>
    <message>
        <source>Ferrous sulfate 325 mg tablet</source>
        <translation>Sulfate ferreux 325 mg comprimé</translation>
    </message>
    <message>
        <source>Amoxicillin 250 mg capsule</source>
        <translation>Amoxicilline 250 mg gélule</translation>
    </message>
    <message>
        <source>Azithromycin 250 mg tablet</source>
        <translation>Azithromycine 250 mg comprimé</translation>
    </message>
    <message>
        <source>Amoxicillin 250 mg / clavulanate 125 mg tablet</source>
        <translation>Amoxicilline 250 mg / acide clavulanique 125 mg comprimé</translation>
    </message>
    <message>
        <source>Sulfamethoxazole 800 mg / trimethoprim 160 mg tablet</source>
        <translation>Sulfaméthoxazole 800 mg / triméthoprime 160 mg comprimé</translation>
    </message>
    <message>
        <source>Prednisone 20 mg tablet</source>
        <translation>Prednisone 20 mg comprimé</translation>
    </message>
    <message>
        <source>Hydrochlorothiazide 25 mg</source>
        <translation>Hydrochlorothiazide 25 mg</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Pénicilline</translation>
    </message>
    <message>
        <source>Sulfonamide antibiotics</source>
        <translation>Antibiotiques sulfamidés</translation>
    </message>
    <message>
        <source>Aspirin</source>
        <translation>Acide acétylsalicylique</translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation>Ibuprofène</translation>
    </message>
    <message>
        <source>Codeine</source>
        <translation>Codéine</translation>
    </message>
    <message>
        <source>Peanut</source>
        <translation>Arachide</translation>
    </message>
    <message>
        <source>Tree nut</source>
        <translation>Fruits à coque</translation>
    </message>
    <message>
        <source>Shellfish</source>
        <translation>Crustacés et mollusques</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Œuf</translation>
    </message>
    <message>
        <source>Cow&apos;s milk</source>
        <translation>Lait de vache</translation>
    </message>
    <message>
        <source>Wheat</source>
        <translation>Blé</translation>
    </message>
    <message>
        <source>Latex</source>
        <translation>Latex</translation>
    </message>
    <message>
        <source>Bee venom</source>
        <translation>Venin d&apos;abeille</translation>
    </message>
    <message>
        <source>House dust mite</source>
        <translation>Acariens de la poussière</translation>
    </message>
    <message>
        <source>Grass pollen</source>
        <translation>Pollens de graminées</translation>
    </message>
    <message>
        <source>Tree pollen</source>
        <translation>Pollens d&apos;arbres</translation>
    </message>
    <message>
        <source>Animal dander</source>
        <translation>Phanères d&apos;animaux</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Moisissures</translation>
    </message>
</context>
<context>
    <name>careledger::AuditTableModel</name>
    <message>
        <source>Refused by the network (reason %1): it had no effect.</source>
        <translation>Refusé par le réseau (motif %1)&#xa0;: sans effet.</translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation>(clé de l&apos;organisation)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
</context>
<context>
    <name>careledger::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>%1 entries shown; more load as you scroll.</source>
        <translation>%1 entrées affichées&#xa0;; les suivantes se chargent au défilement.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded on the ledger (block %1). Every compliance officer of your organisation sees it.</source>
        <translation>Enregistré dans le registre (bloc %1). Tous les responsables conformité de votre organisation le voient.</translation>
    </message>
    <message>
        <source>Search names of users, organisations, patients</source>
        <translation>Rechercher des noms d&apos;utilisateurs, d&apos;organisations, de patients</translation>
    </message>
    <message>
        <source>Patients are found by name only where your workstation can read their record; search by patient ID otherwise.</source>
        <translation>Les patients ne sont trouvés par leur nom que si votre poste peut lire leur dossier&#xa0;; sinon, recherchez par ID patient.</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV spreadsheet…</source>
        <translation>Tableur CSV…</translation>
    </message>
    <message>
        <source>Signed PDF report…</source>
        <translation>Rapport PDF signé…</translation>
    </message>
    <message>
        <source>FHIR AuditEvent bundle (IHE BALP)…</source>
        <translation>Bundle FHIR AuditEvent (IHE BALP)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Select an entry to see it in full. Select several (Shift or Ctrl) to verify them together.</source>
        <translation>Sélectionnez une entrée pour la voir en entier. Sélectionnez-en plusieurs (Maj ou Ctrl) pour les vérifier ensemble.</translation>
    </message>
    <message>
        <source>Verify on the ledger</source>
        <translation>Vérifier dans le registre</translation>
    </message>
    <message>
        <source>Checks the selected entries against the blocks the network&apos;s members signed.</source>
        <translation>Vérifie les entrées sélectionnées par rapport aux blocs signés par les membres du réseau.</translation>
    </message>
    <message>
        <source>You see who did what, to which patient&apos;s record, when and from where — never the clinical content itself, unless your own role can read it.</source>
        <translation>Vous voyez qui a fait quoi, sur le dossier de quel patient, quand et d&apos;où — jamais le contenu clinique lui-même, sauf si votre propre rôle permet de le lire.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No flag selected</source>
        <translation>Aucun signalement sélectionné</translation>
    </message>
    <message>
        <source>What you found (who you spoke to, why the access was or was not justified). Encrypted: only your organisation&apos;s compliance officers can read it.</source>
        <translation>Ce que vous avez constaté (à qui vous avez parlé, pourquoi l&apos;accès était justifié ou non). Chiffré&#xa0;: seuls les responsables conformité de votre organisation peuvent le lire.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme examiné</translation>
    </message>
    <message>
        <source>Close flag</source>
        <translation>Clôturer le signalement</translation>
    </message>
    <message>
        <source>Show the entries</source>
        <translation>Afficher les entrées</translation>
    </message>
    <message>
        <source>Flags are computed on this workstation from the audit trail, for the users of your organisation. Open → reviewed (with a note) → closed: each step is recorded on the ledger and shared with your organisation&apos;s other compliance officers.</source>
        <translation>Les signalements sont calculés sur ce poste à partir du journal d&apos;audit, pour les utilisateurs de votre organisation. Ouvert → examiné (avec une note) → clôturé&#xa0;: chaque étape est enregistrée dans le registre et partagée avec les autres responsables conformité de votre organisation.</translation>
    </message>
    <message>
        <source>Rules and thresholds</source>
        <translation>Règles et seuils</translation>
    </message>
    <message>
        <source> × usual</source>
        <translation> × l&apos;habituel</translation>
    </message>
    <message>
        <source> patients at least</source>
        <translation> patients au minimum</translation>
    </message>
    <message>
        <source> % of their work</source>
        <translation> % de leur travail</translation>
    </message>
    <message>
        <source> openings of history</source>
        <translation> ouvertures d&apos;historique</translation>
    </message>
    <message>
        <source> wrong IDs</source>
        <translation> identifiants erronés</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Apply thresholds</source>
        <translation>Appliquer les seuils</translation>
    </message>
    <message>
        <source>names matching “%1”</source>
        <translation>noms contenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>patient %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Sélectionnez une entrée pour la voir en entier.</translation>
    </message>
    <message>
        <source>%1 entries selected.</source>
        <translation>%1 entrées sélectionnées.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation>(clé de l&apos;organisation)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Version de l&apos;entrée</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>block %1, entry %2, event %3</source>
        <translation>bloc %1, entrée %2, événement %3</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>Clé de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>refused by the network (reason %1): it had no effect</source>
        <translation>refusé par le réseau (motif %1)&#xa0;: sans effet</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n entry(ies) against the signed blocks…</source>
        <translation>
            <numerusform>Vérification de %n entrée par rapport aux blocs signés…</numerusform>
            <numerusform>Vérification de %n entrées par rapport aux blocs signés…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>JSON FHIR (*.json)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>An export is already under way.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(utilisateur inconnu)</translation>
    </message>
    <message>
        <source>Flags (%1 open)</source>
        <translation>Signalements (%1 ouverts)</translation>
    </message>
    <message>
        <source>No flags: nothing in the audit trail matches a rule.</source>
        <translation>Aucun signalement&#xa0;: rien dans le journal d&apos;audit ne correspond à une règle.</translation>
    </message>
    <message>
        <source>Why this rule: </source>
        <translation>Pourquoi cette règle&#xa0;: </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examiné</translation>
    </message>
    <message>
        <source>an officer</source>
        <translation>un responsable</translation>
    </message>
    <message>
        <source>Not reviewed yet. Look at the entries, then write what you found and mark it reviewed; close it when nothing more is to be done.</source>
        <translation>Pas encore examiné. Consultez les entrées, puis notez ce que vous avez constaté et marquez le signalement comme examiné&#xa0;; clôturez-le quand il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <source>Write what you found before marking the flag reviewed.</source>
        <translation>Notez ce que vous avez constaté avant de marquer le signalement comme examiné.</translation>
    </message>
    <message>
        <source>Recording on the ledger…</source>
        <translation>Enregistrement dans le registre…</translation>
    </message>
</context>
<context>
    <name>careledger::ClinicianComboBox</name>
    <message>
        <source>Choose the clinician…</source>
        <translation>Choisir le praticien…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>careledger::ConceptComboBox</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>careledger::EngineWorker</name>
    <message>
        <source>A login name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Un identifiant comporte de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <source>This key is not enrolled on the network (or was revoked). Ask your administrator.</source>
        <translation>Cette clé n&apos;est pas inscrite sur le réseau (ou a été révoquée). Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Your enrolment&apos;s copy of the organisation key cannot be opened.</source>
        <translation>La copie de la clé de l&apos;organisation dans votre inscription ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Your enrolment carries no key for your organisation&apos;s records.</source>
        <translation>Votre inscription ne contient aucune clé pour les entrées de votre organisation.</translation>
    </message>
    <message>
        <source>This is not the locked user&apos;s key.</source>
        <translation>Ce n&apos;est pas la clé de l&apos;utilisateur verrouillé.</translation>
    </message>
    <message>
        <source>Not shared with you: no key for this record.</source>
        <translation>Non partagée avec vous&#xa0;: aucune clé pour cette entrée.</translation>
    </message>
    <message>
        <source>The record&apos;s content is not on this workstation (not yet synced, or erased).</source>
        <translation>Le contenu de l&apos;entrée n&apos;est pas sur ce poste (pas encore synchronisé, ou effacé).</translation>
    </message>
    <message>
        <source>The record could not be opened: %1</source>
        <translation>L&apos;entrée n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The record is not a FHIR resource.</source>
        <translation>L&apos;entrée n&apos;est pas une ressource FHIR.</translation>
    </message>
    <message>
        <source>The transaction cannot be read.</source>
        <translation>La transaction ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>This patient is not readable here.</source>
        <translation>Ce patient n&apos;est pas lisible ici.</translation>
    </message>
    <message>
        <source>This record is not on this workstation.</source>
        <translation>Cette entrée n&apos;est pas sur ce poste.</translation>
    </message>
    <message>
        <source>This record is entry %L1 of the ledger, in block %L2. Its inclusion was checked against block %L3, signed by %4 of %5 members: nothing was changed.</source>
        <translation>Cette entrée est l&apos;entrée %L1 du registre, dans le bloc %L2. Son inclusion a été vérifiée par rapport au bloc %L3, signé par %4 des %5 membres&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The inclusion proof of this record does NOT match the signed block: do not rely on it.</source>
        <translation>La preuve d&apos;inclusion de cette entrée NE correspond PAS au bloc signé&#xa0;: ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>This patient is not registered on this workstation&apos;s ledger.</source>
        <translation>Ce patient n&apos;est pas enregistré dans le registre de ce poste.</translation>
    </message>
    <message>
        <source>Choose the clinician you enter this for.</source>
        <translation>Choisissez le praticien pour lequel vous saisissez ceci.</translation>
    </message>
    <message>
        <source>The record to amend is not on this workstation.</source>
        <translation>L&apos;entrée à modifier n&apos;est pas sur ce poste.</translation>
    </message>
    <message>
        <source>The record is larger than 1 MiB.</source>
        <translation>L&apos;entrée dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>Your role may not enter a %1.</source>
        <translation>Votre rôle ne peut pas saisir d&apos;entrée de type %1.</translation>
    </message>
    <message>
        <source>Preview the bundle first.</source>
        <translation>Affichez d&apos;abord l&apos;aperçu du bundle.</translation>
    </message>
    <message>
        <source>Entry %1 is invalid (%2); nothing was imported.</source>
        <translation>L&apos;entrée %1 n&apos;est pas valide (%2)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle holds no record to import.</source>
        <translation>Le bundle ne contient aucune entrée à importer.</translation>
    </message>
    <message>
        <source>Done. Your decision is recorded on the network.</source>
        <translation>C&apos;est fait. Votre décision est enregistrée sur le réseau.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>Le poste est verrouillé.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong private IDs. Please wait %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;identifiants personnels erronés. Veuillez patienter %n seconde.</numerusform>
            <numerusform>Trop d&apos;identifiants personnels erronés. Veuillez patienter %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient is not known at this workstation.</source>
        <translation>Ce patient n&apos;est pas connu sur ce poste.</translation>
    </message>
    <message numerus="yes">
        <source>That private ID is not right. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Cet identifiant personnel n&apos;est pas correct. Veuillez patienter %n seconde avant de réessayer.</numerusform>
            <numerusform>Cet identifiant personnel n&apos;est pas correct. Veuillez patienter %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>That private ID is not right. Please check it and try again.</source>
        <translation>Cet identifiant personnel n&apos;est pas correct. Veuillez le vérifier et réessayer.</translation>
    </message>
    <message>
        <source>The patient has not identified.</source>
        <translation>Le patient ne s&apos;est pas identifié.</translation>
    </message>
    <message>
        <source>Please type your private ID first.</source>
        <translation>Veuillez d&apos;abord saisir votre identifiant personnel.</translation>
    </message>
    <message>
        <source>CareLedger enrolment request
Login: %1
Public key: %2
Your administrator enrols you on your organisation&apos;s full node with:
  careledgerd enroll --datadir &lt;node data directory&gt; --public-key %2 --name &quot;&lt;your name&gt;&quot; --role &lt;role&gt;</source>
        <translation>Demande d&apos;enrôlement CareLedger
Identifiant&#xa0;: %1
Clé publique&#xa0;: %2
Votre administrateur vous enrôle sur le nœud complet de votre organisation avec&#xa0;:
  careledgerd enroll --datadir &lt;répertoire de données du nœud&gt; --public-key %2 --name &quot;&lt;votre nom&gt;&quot; --role &lt;rôle&gt;</translation>
    </message>
    <message>
        <source>This role may not enter a record of this kind (%1).</source>
        <translation>Ce rôle ne peut pas saisir d&apos;entrée de ce type (%1).</translation>
    </message>
    <message>
        <source>Only doctors and nurses register monitoring devices.</source>
        <translation>Seuls les médecins et les infirmiers enregistrent des appareils de surveillance.</translation>
    </message>
    <message>
        <source>Give the device&apos;s serial number or asset tag (up to 64 characters).</source>
        <translation>Indiquez le numéro de série ou le numéro d&apos;inventaire de l&apos;appareil (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>The device key must be 64 hexadecimal digits (32 bytes).</source>
        <translation>La clé de l&apos;appareil doit comporter 64 chiffres hexadécimaux (32 octets).</translation>
    </message>
    <message>
        <source>The device can have been in use since at most 30 days ago, and not from a future date.</source>
        <translation>L&apos;appareil peut être utilisé depuis 30 jours au plus, et pas à partir d&apos;une date future.</translation>
    </message>
    <message>
        <source>The end of the monitoring must lie in the future.</source>
        <translation>La fin de la surveillance doit se situer dans le futur.</translation>
    </message>
    <message>
        <source>Device %1 is already registered for this patient.</source>
        <translation>L&apos;appareil %1 est déjà enregistré pour ce patient.</translation>
    </message>
    <message>
        <source>Only doctors and nurses end a device&apos;s monitoring.</source>
        <translation>Seuls les médecins et les infirmiers mettent fin à la surveillance par un appareil.</translation>
    </message>
    <message>
        <source>Device %1 is not monitoring this patient.</source>
        <translation>L&apos;appareil %1 ne surveille pas ce patient.</translation>
    </message>
    <message>
        <source>The receiving organisation cannot read a record this referral carries: the patient has not consented to sharing it with them. Ask the patient to grant consent at the kiosk, or leave that record out.</source>
        <translation>L&apos;organisation destinataire ne peut pas lire une entrée jointe à cette orientation&#xa0;: le patient n&apos;a pas consenti à la partager avec elle. Demandez au patient de donner son consentement au kiosque, ou retirez cette entrée.</translation>
    </message>
    <message>
        <source>The network refused this: %1.</source>
        <translation>Le réseau a refusé ceci&#xa0;: %1.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>started</source>
        <translation>commencée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>New %1 referral from %2 for %3.</source>
        <translation>Nouvelle orientation (%1) de %2 pour %3.</translation>
    </message>
    <message>
        <source>The referral for %1 was %2 by %3.</source>
        <translation>L&apos;orientation de %1 a été %2 par %3.</translation>
    </message>
    <message>
        <source>Only a doctor can write a referral.</source>
        <translation>Seul un médecin peut rédiger une orientation.</translation>
    </message>
    <message>
        <source>Choose the organisation the patient is referred to.</source>
        <translation>Choisissez l&apos;organisation vers laquelle le patient est orienté.</translation>
    </message>
    <message>
        <source>The chosen clinician is not a doctor of %1.</source>
        <translation>Le praticien choisi n&apos;est pas un médecin de %1.</translation>
    </message>
    <message>
        <source>You cannot refer a patient to yourself.</source>
        <translation>Vous ne pouvez pas vous adresser un patient à vous-même.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A referral carries at most %1 records.</source>
        <translation>Une orientation comporte au plus %1 entrées.</translation>
    </message>
    <message>
        <source>An attached record is not a record of this patient on this workstation.</source>
        <translation>Une entrée jointe n&apos;est pas une entrée de ce patient sur ce poste.</translation>
    </message>
    <message>
        <source>%1 cannot read the attached %2: the patient has not consented to sharing it with them. Ask the patient to grant consent at the kiosk, or leave that record out.</source>
        <translation>%1 ne peut pas lire l&apos;entrée jointe (%2)&#xa0;: le patient n&apos;a pas consenti à la partager avec elle. Demandez au patient de donner son consentement au kiosque, ou retirez cette entrée.</translation>
    </message>
    <message>
        <source>This referral is not on this workstation.</source>
        <translation>Cette orientation n&apos;est pas sur ce poste.</translation>
    </message>
    <message>
        <source>Not allowed: %1.</source>
        <translation>Non autorisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose an appointment slot in the future.</source>
        <translation>Choisissez un créneau de rendez-vous dans le futur.</translation>
    </message>
    <message>
        <source>Choose why the referral is declined.</source>
        <translation>Choisissez le motif du refus de l&apos;orientation.</translation>
    </message>
    <message>
        <source>Write the report for the referring doctor.</source>
        <translation>Rédigez le compte rendu pour le médecin adresseur.</translation>
    </message>
    <message>
        <source>Referral report</source>
        <translation>Compte rendu d&apos;orientation</translation>
    </message>
    <message>
        <source>Referral declined</source>
        <translation>Orientation refusée</translation>
    </message>
    <message>
        <source>This record has not reached this workstation yet.</source>
        <translation>Cette entrée n&apos;est pas encore arrivée sur ce poste.</translation>
    </message>
    <message>
        <source>The audit trail is for compliance officers.</source>
        <translation>Le journal d&apos;audit est réservé aux responsables conformité.</translation>
    </message>
    <message>
        <source>(a note you cannot open: %1)</source>
        <translation>(une note que vous ne pouvez pas ouvrir&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Select the entries to verify first.</source>
        <translation>Sélectionnez d&apos;abord les entrées à vérifier.</translation>
    </message>
    <message>
        <source>Write what you found before marking the flag reviewed.</source>
        <translation>Notez ce que vous avez constaté avant de marquer le signalement comme examiné.</translation>
    </message>
    <message>
        <source>The note is too long (at most about 8,000 characters).</source>
        <translation>La note est trop longue (8 000 caractères environ au maximum).</translation>
    </message>
    <message>
        <source>This flag is already closed.</source>
        <translation>Ce signalement est déjà clôturé.</translation>
    </message>
    <message>
        <source>Review the flag (with a note) before closing it.</source>
        <translation>Examinez le signalement (avec une note) avant de le clôturer.</translation>
    </message>
    <message>
        <source>Only a signed-in compliance officer signs audit reports.</source>
        <translation>Seul un responsable conformité connecté signe les rapports d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>careledger::EnrolmentDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>&amp;Import key file…</source>
        <translation>&amp;Importer un fichier de clé…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation>Copier la &amp;demande</translation>
    </message>
    <message>
        <source>Set up this workstation</source>
        <translation>Configurer ce poste</translation>
    </message>
    <message>
        <source>Set up your account on this workstation</source>
        <translation>Configurer votre compte sur ce poste</translation>
    </message>
    <message>
        <source>Your signing keys are made here and kept in this computer&apos;s keychain, protected by your password. Your organisation&apos;s administrator then enrols them. If you were given a key file, import it instead.</source>
        <translation>Vos clés de signature sont créées ici et conservées dans le trousseau de cet ordinateur, protégées par votre mot de passe. L&apos;administrateur de votre organisation les inscrit ensuite. Si vous avez reçu un fichier de clé, importez-le plutôt.</translation>
    </message>
    <message>
        <source>e.g. ahart</source>
        <translation>p. ex. ahart</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>Id&amp;entifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Account set up</source>
        <translation>Compte configuré</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Demande d&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>The key file is imported for “%1”. You can sign in now.</source>
        <translation>Le fichier de clé de «&#xa0;%1&#xa0;» est importé. Vous pouvez maintenant vous connecter.</translation>
    </message>
    <message>
        <source>The keys for “%1” are in this computer&apos;s keychain. Give the enrolment request below to your organisation&apos;s administrator; once they have enrolled you and set up your sign-in codes, you can sign in.</source>
        <translation>Les clés de «&#xa0;%1&#xa0;» sont dans le trousseau de cet ordinateur. Transmettez la demande d&apos;inscription ci-dessous à l&apos;administrateur de votre organisation&#xa0;; une fois qu&apos;il vous aura inscrit et aura configuré vos codes de connexion, vous pourrez vous connecter.</translation>
    </message>
    <message>
        <source>An account of that login is already set up here. Choose another login.</source>
        <translation>Un compte avec cet identifiant est déjà configuré ici. Choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so no keys can be stored.</source>
        <translation>Le trousseau du système n&apos;est pas disponible sur cet ordinateur&#xa0;: aucune clé ne peut être enregistrée.</translation>
    </message>
    <message>
        <source>That file is not a CareLedger secret key.</source>
        <translation>Ce fichier n&apos;est pas une clé secrète CareLedger.</translation>
    </message>
    <message>
        <source>Choose a login.</source>
        <translation>Choisissez un identifiant.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>weak: add length or variety</source>
        <translation>faible&#xa0;: allongez-le ou variez-le</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>A passphrase of a few unrelated words is easy to remember and hard to guess.</source>
        <translation>Une phrase de passe de quelques mots sans rapport est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Robustesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Making your keys…</source>
        <translation>Création de vos clés…</translation>
    </message>
    <message>
        <source>Import a secret key file</source>
        <translation>Importer un fichier de clé secrète</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers de clé (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is not a secret key file (64 bytes).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier de clé secrète (64 octets).</translation>
    </message>
    <message>
        <source>Importing the key…</source>
        <translation>Importation de la clé…</translation>
    </message>
</context>
<context>
    <name>careledger::HistoryDialog</name>
    <message>
        <source>Versions of this record</source>
        <translation>Versions de cette entrée</translation>
    </message>
    <message>
        <source>Records are never changed in place: each amendment is a new signed version that supersedes the one before. All versions stay on the ledger.</source>
        <translation>Les entrées ne sont jamais modifiées sur place&#xa0;: chaque modification est une nouvelle version signée qui remplace la précédente. Toutes les versions restent dans le registre.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Chargement des versions…</translation>
    </message>
    <message>
        <source>The versions could not be loaded: %1</source>
        <translation>Les versions n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No earlier versions are readable here.</source>
        <translation>Aucune version antérieure n&apos;est lisible ici.</translation>
    </message>
</context>
<context>
    <name>careledger::ImportDialog</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MB).</source>
        <translation>%1 est trop volumineux pour être importé (plus de %2 Mo).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Import FHIR records</source>
        <translation>Importer des entrées FHIR</translation>
    </message>
    <message>
        <source>Into the record of patient %1</source>
        <translation>Dans le dossier du patient %1</translation>
    </message>
    <message>
        <source>Into the record of %1 · %2</source>
        <translation>Dans le dossier de %1 · %2</translation>
    </message>
    <message>
        <source>Choose a FHIR R4 Bundle (JSON). Every entry is checked first; the import is all or nothing.</source>
        <translation>Choisissez un bundle FHIR R4 (JSON). Chaque entrée est d&apos;abord vérifiée&#xa0;; l&apos;importation est tout ou rien.</translation>
    </message>
    <message>
        <source>No file chosen (you can also drop a file here)</source>
        <translation>Aucun fichier choisi (vous pouvez aussi déposer un fichier ici)</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bundle&#xa0;:</translation>
    </message>
    <message>
        <source>You import these records on behalf of a clinician of your organisation.</source>
        <translation>Vous importez ces entrées pour le compte d&apos;un praticien de votre organisation.</translation>
    </message>
    <message>
        <source>Import &amp;for:</source>
        <translation>Importer &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Bundle entries</source>
        <translation>Entrées du bundle</translation>
    </message>
    <message>
        <source>Show only &amp;entries that are not imported</source>
        <translation>Afficher uniquement les &amp;entrées non importées</translation>
    </message>
    <message>
        <source>Fix or remove the invalid entries; nothing is imported while any entry is invalid.</source>
        <translation>Corrigez ou supprimez les entrées non valides&#xa0;; rien n&apos;est importé tant qu&apos;une entrée n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Your role cannot import records.</source>
        <translation>Votre rôle ne permet pas d&apos;importer des entrées.</translation>
    </message>
    <message>
        <source>Choose a bundle to see what it contains.</source>
        <translation>Choisissez un bundle pour voir son contenu.</translation>
    </message>
    <message>
        <source>Choose a FHIR bundle</source>
        <translation>Choisir un bundle FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json);;All files (*)</source>
        <translation>JSON FHIR (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Checking the entries…</source>
        <translation>Vérification des entrées…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to import: every entry is skipped.</source>
        <translation>Rien à importer&#xa0;: toutes les entrées sont ignorées.</translation>
    </message>
    <message>
        <source>Entries: %1 · to import: %2 · skipped: %3 · invalid: %4</source>
        <translation>Entrées&#xa0;: %1 · à importer&#xa0;: %2 · ignorées&#xa0;: %3 · non valides&#xa0;: %4</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Entrée %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The bundle could not be checked: %1</source>
        <translation>Le bundle n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>Importer %n entrée</numerusform>
            <numerusform>Importer %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>No clinician of your organisation is listed yet; records cannot be imported on anyone&apos;s behalf.</source>
        <translation>Aucun praticien de votre organisation n&apos;est encore répertorié&#xa0;; les entrées ne peuvent être importées pour le compte de personne.</translation>
    </message>
    <message>
        <source>Choose the clinician you import these records for.</source>
        <translation>Choisissez le praticien pour lequel vous importez ces entrées.</translation>
    </message>
    <message>
        <source>Ready to import. Records to import: %1.</source>
        <translation>Prêt pour l&apos;importation. Entrées à importer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Importing… waiting for the network to sign the block.</source>
        <translation>Importation en cours… en attente de la signature du bloc par le réseau.</translation>
    </message>
    <message>
        <source>Import complete. Records imported: %1; they are final on the network.</source>
        <translation>Importation terminée. Entrées importées&#xa0;: %1&#xa0;; elles sont définitives sur le réseau.</translation>
    </message>
</context>
<context>
    <name>careledger::KioskWindow</name>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Emergency care</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>This facility</source>
        <translation>Cet établissement</translation>
    </message>
    <message>
        <source>CareLedger · %1</source>
        <translation>CareLedger · %1</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>End and hand the screen back to the staff. Nothing of your private ID is kept.</source>
        <translation>Terminer et rendre l&apos;écran au personnel. Rien de votre identifiant personnel n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Please type your private ID</source>
        <translation>Veuillez saisir votre identifiant personnel</translation>
    </message>
    <message>
        <source>It is on the card you received when you registered. Capital or small letters, spaces and dashes do not matter.</source>
        <translation>Il figure sur la carte reçue lors de votre enregistrement. Majuscules, minuscules, espaces et tirets n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>for example K7QH-2MXP-9TAV</source>
        <translation>par exemple K7QH-2MXP-9TAV</translation>
    </message>
    <message>
        <source>Private ID</source>
        <translation>Identifiant personnel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Afficher la saisie</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide what you typed</source>
        <translation>Masquer la saisie</translation>
    </message>
    <message>
        <source>Please type your private ID.</source>
        <translation>Veuillez saisir votre identifiant personnel.</translation>
    </message>
    <message>
        <source>Checking your private ID… this takes a few seconds.</source>
        <translation>Vérification de votre identifiant personnel… cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>That private ID is not right. Please check it and try again.</source>
        <translation>Cet identifiant personnel n&apos;est pas correct. Veuillez le vérifier et réessayer.</translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation>Pa&amp;rtage</translation>
    </message>
    <message>
        <source>My &amp;records</source>
        <translation>Mes &amp;données</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sharing your records with %1</source>
        <translation>Partager vos données avec %1</translation>
    </message>
    <message>
        <source>What may they read?</source>
        <translation>Que peut-on lire&#xa0;?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>Jusqu&apos;à quand&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;All my records</source>
        <translation>Toutes &amp;mes données</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Until I revoke it</source>
        <translation>Jusqu&apos;à ce que je révoque</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>&amp;Autoriser l&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Pas mai&amp;ntenant</translation>
    </message>
    <message>
        <source>Who can read your records</source>
        <translation>Qui peut lire vos données</translation>
    </message>
    <message>
        <source>Choose which of your records %1 may read.</source>
        <translation>Choisissez les données que %1 peut lire.</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>toutes les données</translation>
    </message>
    <message>
        <source>only: %1</source>
        <translation>uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>until you revoke it</source>
        <translation>jusqu&apos;à votre révocation</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 asks to read your records (%2) for %3 %4. You can revoke this at any time.</source>
        <translation>%1 demande à lire vos données (%2)&#xa0;; motif&#xa0;: %3, %4. Vous pouvez révoquer cet accès à tout moment.</translation>
    </message>
    <message>
        <source>Saving your consent… waiting for the network to sign it.</source>
        <translation>Enregistrement de votre consentement… en attente de la signature du réseau.</translation>
    </message>
    <message>
        <source>Nothing was shared. You can look at your records, or press Finish.</source>
        <translation>Rien n&apos;a été partagé. Vous pouvez consulter vos données ou appuyer sur «&#xa0;Terminer&#xa0;».</translation>
    </message>
    <message>
        <source>Revoking… waiting for the network to sign it.</source>
        <translation>Révocation… en attente de la signature du réseau.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Given %1, until you revoke it</source>
        <translation>Accordé le %1, jusqu&apos;à votre révocation</translation>
    </message>
    <message>
        <source>Given %1, until %2</source>
        <translation>Accordé le %1, jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke access of %1</source>
        <translation>Révoquer l&apos;accès de %1</translation>
    </message>
    <message>
        <source>Nobody has been given access by you yet.</source>
        <translation>Vous n&apos;avez encore donné accès à personne.</translation>
    </message>
    <message>
        <source>Thank you. %1 can now read your records as you chose.</source>
        <translation>Merci. %1 peut désormais lire vos données selon votre choix.</translation>
    </message>
    <message>
        <source>Revoked. They can no longer read your records.</source>
        <translation>Révoqué. Vos données ne peuvent plus y être lues.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your current consents cannot be shown: %1</source>
        <translation>Vos consentements actuels ne peuvent pas être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The download did not work: %1</source>
        <translation>Le téléchargement n&apos;a pas fonctionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Choose a record on the left to read it here.</source>
        <translation>Choisissez une entrée à gauche pour la lire ici.</translation>
    </message>
    <message>
        <source>A file other doctors&apos; systems can read (FHIR R4 JSON)</source>
        <translation>Un fichier lisible par les logiciels d&apos;autres médecins (FHIR R4 JSON)</translation>
    </message>
    <message>
        <source>Download as &amp;PDF</source>
        <translation>Télécharger en &amp;PDF</translation>
    </message>
    <message>
        <source>A document to read or print</source>
        <translation>Un document à lire ou à imprimer</translation>
    </message>
    <message>
        <source>There are no records to show yet.</source>
        <translation>Aucune entrée à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your records cannot be shown: %1</source>
        <translation>Vos données ne peuvent pas être affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>This record cannot be opened here: %1</source>
        <translation>Cette entrée ne peut pas être ouverte ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation>Hors des valeurs normales</translation>
    </message>
    <message>
        <source>Verified: final in block %1, signed by %2 of %3 members.</source>
        <translation>Vérifiée&#xa0;: définitive dans le bloc %1, signée par %2 des %3 membres.</translation>
    </message>
    <message>
        <source>health-record-%1</source>
        <translation>dossier-sante-%1</translation>
    </message>
    <message>
        <source>Save your records as PDF</source>
        <translation>Enregistrer vos données en PDF</translation>
    </message>
    <message>
        <source>Save your records as FHIR</source>
        <translation>Enregistrer vos données en FHIR</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>JSON FHIR (*.json)</translation>
    </message>
    <message>
        <source>Preparing your download…</source>
        <translation>Préparation de votre téléchargement…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>treatment</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation>traitement</translation>
    </message>
    <message>
        <source>a referral</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation>orientation</translation>
    </message>
    <message>
        <source>emergency care</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation>soins d&apos;urgence</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation>Vous pourrez réessayer dans %1.</translation>
    </message>
    <message>
        <source>&amp;Download as FHIR</source>
        <translation>Télécharger en &amp;FHIR</translation>
    </message>
</context>
<context>
    <name>careledger::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Poste verrouillé</translation>
    </message>
    <message>
        <source>The session is kept. Enter your password to continue, or switch to another user (this signs you out).</source>
        <translation>La session est conservée. Saisissez votre mot de passe pour continuer, ou changez d&apos;utilisateur (cela vous déconnecte).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Could not unlock: %1</source>
        <translation>Déverrouillage impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Verrouillé — %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>careledger::LoginDialog</name>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Set &amp;up this workstation…</source>
        <translation>Con&amp;figurer…</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>Sign in with your password and the code from your authenticator app.</source>
        <translation>Connectez-vous avec votre mot de passe et le code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Votre identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Sign-in &amp;code</source>
        <translation>Co&amp;de de connexion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The workstation could not start: %1</source>
        <translation>Le poste n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo network — not for real patients</source>
        <translation>Réseau de démonstration — pas pour de vrais patients</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>These demo users were created by “careledgerd demo”. Their sign-in codes are shown here only because this is a demonstration; a real code comes from the user&apos;s phone.</source>
        <translation>Ces utilisateurs de démonstration ont été créés par «&#xa0;careledgerd demo&#xa0;». Leurs codes de connexion ne sont affichés ici que parce qu&apos;il s&apos;agit d&apos;une démonstration&#xa0;; un vrai code vient du téléphone de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Se connecter en tant que %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The sign-in code is not correct or has expired. Codes change every 30 seconds: enter the one your authenticator app shows now.</source>
        <translation>Le code de connexion est incorrect ou a expiré. Les codes changent toutes les 30 secondes&#xa0;: saisissez celui que votre application d&apos;authentification affiche maintenant.</translation>
    </message>
    <message>
        <source>Signing in is locked after too many wrong codes. Try again later.</source>
        <translation>La connexion est bloquée après trop de codes erronés. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Signing in is locked after too many wrong codes. Try again after %1.</source>
        <translation>La connexion est bloquée après trop de codes erronés. Réessayez après %1.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this workstation. Try again in a few minutes.</source>
        <translation>Trop de connexions échouées depuis ce poste. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so your keys cannot be read. Unlock it (sign in to the desktop again) and retry.</source>
        <translation>Le trousseau du système est verrouillé&#xa0;: vos clés ne peuvent pas être lues. Déverrouillez-le (reconnectez-vous à la session) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so your keys cannot be read. Ask IT to check the Secret Service (GNOME Keyring).</source>
        <translation>Le trousseau du système n&apos;est pas disponible sur cet ordinateur&#xa0;: vos clés ne peuvent pas être lues. Demandez au service informatique de vérifier le Secret Service (GNOME Keyring).</translation>
    </message>
    <message>
        <source>No hospital node could be reached. Check the network connection and try again.</source>
        <translation>Aucun nœud hospitalier n&apos;a pu être joint. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>No account of that name is set up on this workstation. Choose one from the list, or set up this workstation for you first.</source>
        <translation>Aucun compte de ce nom n&apos;est configuré sur ce poste. Choisissez-en un dans la liste, ou configurez d&apos;abord ce poste pour vous.</translation>
    </message>
    <message>
        <source>The hospital node does not know this user: the enrolment is not done yet, or it was revoked. Ask your organisation&apos;s administrator.</source>
        <translation>Le nœud hospitalier ne connaît pas cet utilisateur&#xa0;: l&apos;inscription n&apos;est pas encore faite, ou elle a été révoquée. Adressez-vous à l&apos;administrateur de votre organisation.</translation>
    </message>
    <message>
        <source>No sign-in codes are set up for this user yet. Ask your organisation&apos;s administrator to finish your enrolment.</source>
        <translation>Aucun code de connexion n&apos;est encore configuré pour cet utilisateur. Demandez à l&apos;administrateur de votre organisation de terminer votre inscription.</translation>
    </message>
    <message>
        <source>This user&apos;s access has been revoked. Ask your organisation&apos;s administrator.</source>
        <translation>L&apos;accès de cet utilisateur a été révoqué. Adressez-vous à l&apos;administrateur de votre organisation.</translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation>Échec de la connexion (%1).</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Codes change in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation>Les codes changent dans %1.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this workstation. Try again in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation>Trop de connexions échouées depuis ce poste. Réessayez dans %1.</translation>
    </message>
</context>
<context>
    <name>careledger::MainWindow</name>
    <message>
        <source>Your account is not enrolled on the ledger yet. You can sign in, but you will see no patients until your organisation&apos;s administrator has enrolled you.</source>
        <translation>Votre compte n&apos;est pas encore inscrit dans le registre. Vous pouvez vous connecter, mais vous ne verrez aucun patient tant que l&apos;administrateur de votre organisation ne vous aura pas inscrit.</translation>
    </message>
    <message>
        <source>Saved: %1 (final in block %2)</source>
        <translation>Enregistrée&#xa0;: %1 (définitive dans le bloc %2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>%n entrée exportée vers %1</numerusform>
            <numerusform>%n entrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>L&apos;export n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The record could not be exported: %1</source>
        <translation>Le dossier n&apos;a pas pu être exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>&amp;Import FHIR…</source>
        <translation>&amp;Import FHIR…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>FHIR bundle (JSON)…</source>
        <translation>Bundle FHIR (JSON)…</translation>
    </message>
    <message>
        <source>PDF for printing…</source>
        <translation>PDF pour impression…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>&amp;Kiosque…</translation>
    </message>
    <message>
        <source>Hand the screen to the patient at the desk to share or view their records</source>
        <translation>Confier l&apos;écran au patient à l&apos;accueil pour qu&apos;il partage ou consulte ses données</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Changer de co&amp;mpte</translation>
    </message>
    <message>
        <source>Sign out and let another user sign in</source>
        <translation>Se déconnecter et laisser un autre utilisateur se connecter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Déconnexion</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Open a patient first</source>
        <translation>Ouvrez d&apos;abord un patient</translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation>Exporter le dossier en PDF</translation>
    </message>
    <message>
        <source>Export the record as a FHIR bundle</source>
        <translation>Exporter le dossier en bundle FHIR</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>JSON FHIR (*.json)</translation>
    </message>
    <message>
        <source>Exporting the record…</source>
        <translation>Export du dossier…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Import complete. Records imported: %1.</source>
        <translation>Importation terminée. Entrées importées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The audit trail comes in a later release.</source>
        <translation>La piste d&apos;audit arrivera dans une version ultérieure.</translation>
    </message>
    <message>
        <source>Your role (%1) does not read clinical records.</source>
        <translation>Votre rôle (%1) ne donne pas accès aux données cliniques.</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Adresser…</translation>
    </message>
    <message>
        <source>Refer the open patient to a colleague or another organisation</source>
        <translation>Adresser le patient ouvert à un confrère ou à une autre organisation</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>O&amp;rientations</translation>
    </message>
    <message>
        <source>Referral sent: signed and final on the network.</source>
        <translation>Orientation envoyée&#xa0;: signée et définitive sur le réseau.</translation>
    </message>
    <message>
        <source>Re&amp;ferrals (%1)</source>
        <translation>O&amp;rientations (%1)</translation>
    </message>
    <message>
        <source>Referral inbox</source>
        <translation>Orientations reçues</translation>
    </message>
    <message numerus="yes">
        <source>Referral inbox: %n waiting for your answer, some overdue</source>
        <translation>
            <numerusform>Orientations reçues&#xa0;: %n en attente de votre réponse, en retard</numerusform>
            <numerusform>Orientations reçues&#xa0;: %n en attente de votre réponse, dont certaines en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referral inbox: %n waiting for your answer</source>
        <translation>
            <numerusform>Orientations reçues&#xa0;: %n en attente de votre réponse</numerusform>
            <numerusform>Orientations reçues&#xa0;: %n en attente de votre réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::PatientHeaderBar</name>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Problèmes actifs</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Traitements en cours</translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation>né(e) le %1 (%2)</translation>
    </message>
    <message>
        <source>Patient ID %1</source>
        <translation>ID patient %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun renseigné</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>non disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation>Allergie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>careledger::PatientListModel</name>
    <message>
        <source>%1, born %2, %3, patient ID %4</source>
        <translation>%1, né(e) le %2, %3, ID patient %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date of birth (age)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth (age)</source>
        <translation>Naissance (âge)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Entrées</translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>age in years</comment>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>age in months</comment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age in days</comment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <comment>column header: date of birth and age</comment>
        <translation>Naissance (âge)</translation>
    </message>
</context>
<context>
    <name>careledger::PatientRecordView</name>
    <message>
        <source>Find a patient on the left to open their record.

Ctrl+F searches by name, date of birth or patient ID.</source>
        <translation>Recherchez un patient à gauche pour ouvrir son dossier.

Ctrl+F recherche par nom, date de naissance ou ID patient.</translation>
    </message>
    <message>
        <source>Record timeline</source>
        <translation>Chronologie du dossier</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Show records of every kind</source>
        <translation>Afficher les entrées de tous les types</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
        <source>Select an entry on the timeline to read it in full.</source>
        <translation>Sélectionnez une entrée dans la chronologie pour la lire en entier.</translation>
    </message>
    <message>
        <source>Record content</source>
        <translation>Contenu de l&apos;entrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Clinical time</source>
        <translation>Date clinique</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Pour le compte de</translation>
    </message>
    <message>
        <source>&amp;Proof…</source>
        <translation>&amp;Preuve…</translation>
    </message>
    <message>
        <source>How this record is proven to be on the ledger, unchanged</source>
        <translation>Comment il est prouvé que cette entrée figure inchangée dans le registre</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of this amended record</source>
        <translation>Versions antérieures de cette entrée modifiée</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Chargement de l&apos;entrée…</translation>
    </message>
    <message>
        <source>The record could not be loaded: %1</source>
        <translation>L&apos;entrée n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No records match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No records yet for this patient.</source>
        <translation>Aucune entrée pour ce patient pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · loading more…</source>
        <translation>
            <numerusform>%n entrée affichée · chargement de la suite…</numerusform>
            <numerusform>%n entrées affichées · chargement de la suite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · could not load more: %1</source>
        <translation>
            <numerusform>%n entrée affichée · impossible de charger la suite&#xa0;: %1</numerusform>
            <numerusform>%n entrées affichées · impossible de charger la suite&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · older entries load as you scroll</source>
        <translation>
            <numerusform>%n entrée affichée · les plus anciennes se chargent au défilement</numerusform>
            <numerusform>%n entrées affichées · les plus anciennes se chargent au défilement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Record not readable here</source>
        <translation>Entrée illisible ici</translation>
    </message>
    <message>
        <source>Abnormal result</source>
        <translation>Résultat anormal</translation>
    </message>
    <message>
        <source>Amended (version %1)</source>
        <translation>Modifiée (version %1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet in a final block</source>
        <translation>Pas encore dans un bloc définitif</translation>
    </message>
    <message>
        <source>Show only vital signs (together with any other kinds checked)</source>
        <translation>Afficher uniquement les signes vitaux (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only lab results (together with any other kinds checked)</source>
        <translation>Afficher uniquement les résultats de laboratoire (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only conditions (together with any other kinds checked)</source>
        <translation>Afficher uniquement les diagnostics (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only medications (together with any other kinds checked)</source>
        <translation>Afficher uniquement les médicaments (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only allergies (together with any other kinds checked)</source>
        <translation>Afficher uniquement les allergies (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only notes (together with any other kinds checked)</source>
        <translation>Afficher uniquement les notes (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only encounters (together with any other kinds checked)</source>
        <translation>Afficher uniquement les venues (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only reports (together with any other kinds checked)</source>
        <translation>Afficher uniquement les comptes rendus (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only procedures (together with any other kinds checked)</source>
        <translation>Afficher uniquement les actes (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only immunizations (together with any other kinds checked)</source>
        <translation>Afficher uniquement les vaccinations (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only care plans (together with any other kinds checked)</source>
        <translation>Afficher uniquement les plans de soins (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only other records (together with any other kinds checked)</source>
        <translation>Afficher uniquement les autres entrées (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Show only records of this kind: %1 (together with any other kinds checked)</source>
        <translation>Afficher uniquement les entrées de ce type&#xa0;: %1 (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation>Définitive dans le bloc %1</translation>
    </message>
    <message>
        <source>Proof checked · signed by %1 of %2 network members</source>
        <translation>Preuve vérifiée · signée par %1 des %2 membres du réseau</translation>
    </message>
    <message>
        <source>In block %1</source>
        <translation>Dans le bloc %1</translation>
    </message>
    <message>
        <source>The proof has not been checked yet.</source>
        <translation>La preuve n&apos;a pas encore été vérifiée.</translation>
    </message>
    <message>
        <source>Waiting for the network to include it in a block.</source>
        <translation>En attente de son inclusion dans un bloc par le réseau.</translation>
    </message>
    <message>
        <source>Show only referrals (together with any other kinds checked)</source>
        <translation>Afficher uniquement les orientations (avec les autres types cochés)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Entrées</translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
        <translation>&amp;Signes vitaux</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Vitals (%n alert(s))</source>
        <translation>
            <numerusform>&amp;Signes vitaux (%n alerte)</numerusform>
            <numerusform>&amp;Signes vitaux (%n alertes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::PatientSearchWidget</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Name, date of birth or patient ID</source>
        <translation>Nom, date de naissance ou ID patient</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Patients correspondants</translation>
    </message>
    <message>
        <source>No patients yet.
The list fills in as this workstation syncs with your hospital&apos;s node.</source>
        <translation>Aucun patient pour l&apos;instant.
La liste se remplit à mesure que ce poste se synchronise avec le nœud de votre hôpital.</translation>
    </message>
    <message>
        <source>No patient matches “%1”.
Search by family or given name, date of birth (dd.mm.yyyy) or patient ID.</source>
        <translation>Aucun patient ne correspond à «&#xa0;%1&#xa0;».
Recherchez par nom, prénom, date de naissance (jj.mm.aaaa) ou ID patient.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 patients</source>
        <translation>%1 patients sur %2</translation>
    </message>
</context>
<context>
    <name>careledger::ProofDialog</name>
    <message>
        <source>Checking the proof of this record…</source>
        <translation>Vérification de la preuve de cette entrée…</translation>
    </message>
    <message>
        <source>Proof of this record</source>
        <translation>Preuve de cette entrée</translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation>Détails &amp;techniques</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>This record is in block %1, which %2 of %3 member organisations have signed.</source>
        <translation>Cette entrée se trouve dans le bloc %1, signé par %2 des %3 organisations membres.</translation>
    </message>
    <message>
        <source>The proof of this record could not be shown: %1</source>
        <translation>La preuve de cette entrée n&apos;a pas pu être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Log index</source>
        <translation>Index du journal</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Taille de l&apos;arbre</translation>
    </message>
    <message>
        <source>Proven at block</source>
        <translation>Prouvée au bloc</translation>
    </message>
    <message>
        <source>Leaf hash</source>
        <translation>Hash de la feuille</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hash de la racine</translation>
    </message>
    <message>
        <source>Header hash</source>
        <translation>Hash de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 des %2 membres</translation>
    </message>
    <message numerus="yes">
        <source>Inclusion proof (%n hash(es), leaf to root, RFC 9162):</source>
        <translation>
            <numerusform>Preuve d&apos;inclusion (%n hash, de la feuille à la racine, RFC 9162)&#xa0;:</numerusform>
            <numerusform>Preuve d&apos;inclusion (%n hashs, de la feuille à la racine, RFC 9162)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::RecordFormDialog</name>
    <message>
        <source>Vital signs</source>
        <translation>Signes vitaux</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Note clinique</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>%1 · born %2 · %3</source>
        <translation>%1 · né(e) le %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>&amp;Type d&apos;entrée&#xa0;:</translation>
    </message>
    <message>
        <source>You enter this record on behalf of a clinician of your organisation. The ledger names both of you.</source>
        <translation>Vous saisissez cette entrée pour le compte d&apos;un praticien de votre organisation. Le registre vous nomme tous les deux.</translation>
    </message>
    <message>
        <source>Entered &amp;for:</source>
        <translation>Saisie &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Your role cannot create records.</source>
        <translation>Votre rôle ne permet pas de créer des entrées.</translation>
    </message>
    <message>
        <source>Your role cannot create a %1 record; choose another type.</source>
        <translation>Votre rôle ne permet pas de créer une entrée de type «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre type.</translation>
    </message>
    <message>
        <source>LOINC %1</source>
        <translation>LOINC %1</translation>
    </message>
    <message>
        <source>&amp;Measurement:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Diastolic:</source>
        <translation>&amp;Diastolique&#xa0;:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Régler l&apos;heure sur maintenant</translation>
    </message>
    <message>
        <source>Measured &amp;at:</source>
        <translation>Mesuré &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Systolic:</source>
        <translation>&amp;Systolique&#xa0;:</translation>
    </message>
    <message>
        <source>Normal systolic %1 to %2%3 · possible %4 to %5</source>
        <translation>Normale systolique %1 à %2%3 · possible %4 à %5</translation>
    </message>
    <message>
        <source>Normal %1 to %2%3 · possible %4 to %5</source>
        <translation>Normale %1 à %2%3 · possible %4 à %5</translation>
    </message>
    <message>
        <source>Possible %1 to %2%3</source>
        <translation>Possible %1 à %2%3</translation>
    </message>
    <message>
        <source>Type to search SNOMED CT problems</source>
        <translation>Tapez pour rechercher un problème SNOMED CT</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>Pro&amp;blème&#xa0;:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récidive</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>Rechute</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Rémission</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Clinical &amp;status:</source>
        <translation>&amp;Statut clinique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Inconnu</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Type to search RxNorm drugs</source>
        <translation>Tapez pour rechercher un médicament RxNorm</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Médicament&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 1 tablet twice daily with food</source>
        <translation>p. ex. 1 comprimé deux fois par jour au cours des repas</translation>
    </message>
    <message>
        <source>&amp;Dosage:</source>
        <translation>Posol&amp;ogie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Type to search substances</source>
        <translation>Tapez pour rechercher une substance</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substance&#xa0;:</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>High risk (life-threatening)</source>
        <translation>Risque élevé (potentiellement mortel)</translation>
    </message>
    <message>
        <source>Unable to assess</source>
        <translation>Impossible à évaluer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Criticité&#xa0;:</translation>
    </message>
    <message>
        <source>Optional, e.g. hives, wheezing</source>
        <translation>Facultatif, p. ex. urticaire, sifflements</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Réaction&#xa0;:</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Note d&apos;évolution</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Nouvelle entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No clinician of your organisation is listed yet; records cannot be entered on anyone&apos;s behalf.</source>
        <translation>Aucun praticien de votre organisation n&apos;est encore répertorié&#xa0;; les entrées ne peuvent être saisies pour le compte de personne.</translation>
    </message>
    <message>
        <source>Choose the clinician you enter this record for.</source>
        <translation>Choisissez le praticien pour lequel vous saisissez cette entrée.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Choose a condition from the list.</source>
        <translation>Choisissez un problème dans la liste.</translation>
    </message>
    <message>
        <source>Choose a medication from the list.</source>
        <translation>Choisissez un médicament dans la liste.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Saisissez une date.</translation>
    </message>
    <message>
        <source>Choose a substance from the list.</source>
        <translation>Choisissez une substance dans la liste.</translation>
    </message>
    <message>
        <source>Choose a measurement.</source>
        <translation>Choisissez une mesure.</translation>
    </message>
    <message>
        <source>Enter a valid value.</source>
        <translation>Saisissez une valeur valide.</translation>
    </message>
    <message>
        <source>Enter a valid diastolic value.</source>
        <translation>Saisissez une valeur diastolique valide.</translation>
    </message>
    <message>
        <source>Choose a record type.</source>
        <translation>Choisissez un type d&apos;entrée.</translation>
    </message>
    <message>
        <source>Submitting… waiting for the network to sign the block.</source>
        <translation>Envoi… en attente de la signature du bloc par le réseau.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The record is submitted even if you close this window; it appears on the timeline once it is final.</source>
        <translation>L&apos;entrée est envoyée même si vous fermez cette fenêtre&#xa0;; elle apparaît dans la chronologie dès qu&apos;elle est définitive.</translation>
    </message>
    <message>
        <source>Final in block %1, signed by %2 of %3 members.</source>
        <translation>Définitive dans le bloc %1, signée par %2 des %3 membres.</translation>
    </message>
    <message>
        <source>The network refused the record.</source>
        <translation>Le réseau a refusé l&apos;entrée.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralActionDialog</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Accept the referral</source>
        <translation>Accepter l&apos;orientation</translation>
    </message>
    <message>
        <source>Accept the referral of %1 and give the appointment slot. The referring doctor sees it as soon as the network has it.</source>
        <translation>Acceptez l&apos;orientation de %1 et indiquez le créneau de rendez-vous. Le médecin adresseur le voit dès que le réseau l&apos;a reçu.</translation>
    </message>
    <message>
        <source>Appointment &amp;slot:</source>
        <translation>&amp;Créneau&#xa0;:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline the referral</source>
        <translation>Refuser l&apos;orientation</translation>
    </message>
    <message>
        <source>Decline the referral of %1. The referring doctor sees the reason and your note.</source>
        <translation>Refusez l&apos;orientation de %1. Le médecin adresseur voit le motif et votre note.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: a note to the referring doctor (encrypted; only the two sides and the patient can read it)</source>
        <translation>Facultatif&#xa0;: une note au médecin adresseur (chiffrée&#xa0;; seuls les deux parties et le patient peuvent la lire)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Start the referral</source>
        <translation>Commencer la prise en charge</translation>
    </message>
    <message>
        <source>Mark the referral of %1 as started: the patient is being seen.</source>
        <translation>Marquez l&apos;orientation de %1 comme commencée&#xa0;: le patient est pris en charge.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Complete the referral</source>
        <translation>Terminer l&apos;orientation</translation>
    </message>
    <message>
        <source>Write the report for the referring doctor. It becomes a note in %1&apos;s record, readable by your organisation, the referring one and the patient.</source>
        <translation>Rédigez le compte rendu pour le médecin adresseur. Il devient une note dans le dossier de %1, lisible par votre organisation, celle qui a adressé le patient et le patient lui-même.</translation>
    </message>
    <message>
        <source>Findings, what was done, recommendations</source>
        <translation>Constatations, actes réalisés, recommandations</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Compte &amp;rendu&#xa0;:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Annuler l&apos;orientation</translation>
    </message>
    <message>
        <source>Cancel the referral of %1? The receiving side sees that it was cancelled. This cannot be undone; write a new referral if it is needed again.</source>
        <translation>Annuler l&apos;orientation de %1&#xa0;? Le destinataire verra qu&apos;elle a été annulée. Cette action est irréversible&#xa0;; rédigez une nouvelle orientation si elle redevient nécessaire.</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Annuler l&apos;orientation</translation>
    </message>
    <message>
        <source>The slot must be in the future.</source>
        <translation>Le créneau doit se situer dans le futur.</translation>
    </message>
    <message>
        <source>Choose why you decline.</source>
        <translation>Choisissez le motif du refus.</translation>
    </message>
    <message>
        <source>The report is required to complete a referral.</source>
        <translation>Le compte rendu est obligatoire pour terminer une orientation.</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralDetailView</name>
    <message>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation>Annuler l&apos;orientation…</translation>
    </message>
    <message>
        <source>Open patient record</source>
        <translation>Ouvrir le dossier du patient</translation>
    </message>
    <message>
        <source>Choose a referral to see it here.</source>
        <translation>Choisissez une orientation pour la voir ici.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Every step is a transaction signed by the clinician who took it, final in the block shown.</source>
        <translation>Chaque étape est une transaction signée par le praticien qui l&apos;a effectuée, définitive dans le bloc indiqué.</translation>
    </message>
    <message>
        <source>Choose a shared record to read it here.</source>
        <translation>Choisissez une entrée partagée pour la lire ici.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation>Entrées partagées</translation>
    </message>
    <message>
        <source>Done: signed and final on the network. The list updates with the next sync.</source>
        <translation>C&apos;est fait&#xa0;: signé et définitif sur le réseau. La liste se met à jour à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Referral of %1 to you</source>
        <translation>Orientation de %1 vers vous</translation>
    </message>
    <message>
        <source>Referral of %1</source>
        <translation>Orientation de %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Rendez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>From %1, %2 to %3. Sent %4.</source>
        <translation>De %1, %2 à %3. Envoyée le %4.</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (créneau %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (not readable here)</source>
        <translation>%1 (illisible ici)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation>Définitive dans le bloc %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No records were attached.</source>
        <translation>Aucune entrée n&apos;a été jointe.</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Signature et envoi…</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralDialog</name>
    <message>
        <source>Sign and send</source>
        <translation>Signer et envoyer</translation>
    </message>
    <message>
        <source>Refer %1</source>
        <translation>Adresser %1</translation>
    </message>
    <message>
        <source>Refer &lt;b&gt;%1&lt;/b&gt; (%2). The request is encrypted for the patient, your organisation and the receiving one; the records you tick are shared with the receiving side.</source>
        <translation>Adresser &lt;b&gt;%1&lt;/b&gt; (%2). La demande est chiffrée pour le patient, votre organisation et l&apos;organisation destinataire&#xa0;; les entrées cochées sont partagées avec le destinataire.</translation>
    </message>
    <message>
        <source>Address it to one doctor, or to anyone of the organisation&apos;s doctors</source>
        <translation>L&apos;adresser à un médecin précis, ou à n&apos;importe quel médecin de l&apos;organisation</translation>
    </message>
    <message>
        <source>Why the patient is referred, e.g. &quot;Chest pain on exertion&quot;</source>
        <translation>Pourquoi le patient est adressé, p. ex. «&#xa0;Douleur thoracique à l&apos;effort&#xa0;»</translation>
    </message>
    <message>
        <source>What you ask of the receiving clinician (optional)</source>
        <translation>Ce que vous demandez au praticien destinataire (facultatif)</translation>
    </message>
    <message>
        <source>Tick the records the receiving side needs; they will be able to read exactly these.</source>
        <translation>Cochez les entrées dont le destinataire a besoin&#xa0;; il pourra lire exactement celles-ci.</translation>
    </message>
    <message>
        <source>Refer &amp;to:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Doctor:</source>
        <translation>&amp;Médecin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Records to &amp;share:</source>
        <translation>&amp;Entrées à partager&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Any doctor of %1</source>
        <translation>N&apos;importe quel médecin de %1</translation>
    </message>
    <message>
        <source>answer expected %1</source>
        <translation>réponse attendue %1</translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation>Indiquez le motif de l&apos;orientation.</translation>
    </message>
    <message>
        <source>Within your own organisation, choose the colleague you refer to.</source>
        <translation>Au sein de votre propre organisation, choisissez le confrère auquel vous adressez le patient.</translation>
    </message>
    <message>
        <source>Signing and sending… it is final once the network has it in a block.</source>
        <translation>Signature et envoi… l&apos;orientation est définitive dès que le réseau l&apos;a intégrée dans un bloc.</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralInboxWindow</name>
    <message>
        <source>Open only</source>
        <translation>Ouvertes uniquement</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Incoming: sent to your organisation (or to you). Outgoing: sent by your organisation.</source>
        <translation>Reçues&#xa0;: envoyées à votre organisation (ou à vous). Envoyées&#xa0;: envoyées par votre organisation.</translation>
    </message>
    <message>
        <source>Hide referrals that are completed, declined or cancelled</source>
        <translation>Masquer les orientations terminées, refusées ou annulées</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n en attente de réponse</numerusform>
            <numerusform>%n en attente de réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n en retard</numerusform>
            <numerusform> · %n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::ReferralListModel</name>
    <message>
        <source>In</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>créneau %1</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>Incoming: sent to your organisation or to you, %1</source>
        <translation>Reçue&#xa0;: envoyée à votre organisation ou à vous, %1</translation>
    </message>
    <message>
        <source>Outgoing: sent by your organisation, %1</source>
        <translation>Envoyée&#xa0;: envoyée par votre organisation, %1</translation>
    </message>
    <message>
        <source>Due %1 (%2 of being sent).</source>
        <translation>Échéance&#xa0;: %1 (%2 après l&apos;envoi).</translation>
    </message>
    <message>
        <source>No longer waiting for an answer.</source>
        <translation>N&apos;attend plus de réponse.</translation>
    </message>
    <message>
        <source>Overdue: nobody has accepted or declined it yet. </source>
        <translation>En retard&#xa0;: personne ne l&apos;a encore acceptée ni refusée. </translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Reçue/envoyée</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>De / à</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralNoticeBar</name>
    <message>
        <source>Open referrals</source>
        <translation>Orientations en cours</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more referral update(s))</source>
        <translation>
            <numerusform>%1 (et %n autre mise à jour d&apos;orientation)</numerusform>
            <numerusform>%1 (et %n autres mises à jour d&apos;orientation)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::RegisterDeviceDialog</name>
    <message>
        <source>Pulse oximeter (SpO₂, heart rate)</source>
        <translation>Oxymètre de pouls (SpO₂, fréquence cardiaque)</translation>
    </message>
    <message>
        <source>Blood pressure monitor (blood pressure, heart rate)</source>
        <translation>Tensiomètre (pression artérielle, fréquence cardiaque)</translation>
    </message>
    <message>
        <source>Glucometer (blood glucose)</source>
        <translation>Glucomètre (glycémie)</translation>
    </message>
    <message>
        <source>Scale (body weight)</source>
        <translation>Balance (poids)</translation>
    </message>
    <message>
        <source>Heart rate monitor</source>
        <translation>Cardiofréquencemètre</translation>
    </message>
    <message>
        <source>The patient has had it since</source>
        <translation>Le patient l&apos;a depuis le</translation>
    </message>
    <message>
        <source>Monitoring ends on</source>
        <translation>La surveillance se termine le</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Enregistrer l&apos;appareil</translation>
    </message>
    <message>
        <source>Register a monitoring device</source>
        <translation>Enregistrer un appareil de surveillance</translation>
    </message>
    <message>
        <source>Binds the device to %1: from then on the readings it sends are recorded in this patient&apos;s chart, encrypted for the patient and your organisation. Only the device&apos;s key can sign them.</source>
        <translation>Associe l&apos;appareil à %1&#xa0;: dès lors, les mesures qu&apos;il envoie sont enregistrées dans le dossier de ce patient, chiffrées pour le patient et votre organisation. Seule la clé de l&apos;appareil peut les signer.</translation>
    </message>
    <message>
        <source>serial number or asset tag, e.g. OX-2291</source>
        <translation>numéro de série ou d&apos;inventaire, p. ex. OX-2291</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, from the device&apos;s label or setup screen</source>
        <translation>64 chiffres hexadécimaux, sur l&apos;étiquette ou l&apos;écran de configuration de l&apos;appareil</translation>
    </message>
    <message>
        <source>Device &amp;ID</source>
        <translation>&amp;Identifiant de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Device &amp;key</source>
        <translation>&amp;Clé de l&apos;appareil</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Enter the device&apos;s ID and its 64-digit key.</source>
        <translation>Saisissez l&apos;identifiant de l&apos;appareil et sa clé de 64 chiffres.</translation>
    </message>
</context>
<context>
    <name>careledger::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Ledger status</source>
        <translation>État du registre</translation>
    </message>
    <message>
        <source>Ledger warnings</source>
        <translation>Avertissements du registre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>Warnings from the ledger connection:</source>
        <translation>Avertissements de la connexion au registre&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting to the ledger…</source>
        <translation>Connexion au registre…</translation>
    </message>
    <message>
        <source>HALTED: two conflicting blocks were signed at one height. Records are not being updated; tell your administrator. Last verified block %1.</source>
        <translation>ARRÊTÉ&#xa0;: deux blocs contradictoires ont été signés à la même hauteur. Les entrées ne sont plus mises à jour&#xa0;; prévenez votre administrateur. Dernier bloc vérifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <source>No verified block yet</source>
        <translation>Aucun bloc vérifié pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 des %2 membres</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>dernière synchro&#xa0;: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Trust %1 again…</source>
        <translation>Faire de nouveau confiance à %1…</translation>
    </message>
    <message>
        <source>Trust a full node again</source>
        <translation>Faire de nouveau confiance à un nœud complet</translation>
    </message>
    <message>
        <source>%1 was caught serving data that did not verify. Ask it again only after your IT department has found and fixed the cause. Everything it serves is still verified.</source>
        <translation>%1 a fourni des données dont la vérification a échoué. Ne l’interrogez de nouveau qu’une fois que votre service informatique en a trouvé et corrigé la cause. Tout ce qu’il fournit reste vérifié.</translation>
    </message>
</context>
<context>
    <name>careledger::ThresholdsDialog</name>
    <message>
        <source>Alert thresholds</source>
        <translation>Seuils d&apos;alerte</translation>
    </message>
    <message>
        <source>Readings outside these limits are marked on the charts and raise an alert. They apply to every patient on this workstation. Leave both limits at 0 for no alerts.</source>
        <translation>Les mesures en dehors de ces limites sont signalées sur les graphiques et déclenchent une alerte. Elles s&apos;appliquent à tous les patients de ce poste. Laissez les deux limites à 0 pour ne recevoir aucune alerte.</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
</context>
<context>
    <name>careledger::TimelineDelegate</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Record not readable here</source>
        <translation>Entrée illisible ici</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>anormal</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>careledger::TimelineModel</name>
    <message>
        <source>abnormal</source>
        <translation>anormal</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>verified in block %1</source>
        <translation>vérifiée dans le bloc %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>pour le compte de %1</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier</translation>
    </message>
    <message>
        <source>EMR technician</source>
        <translation>Technicien d&apos;information médicale</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Responsable conformité</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Chercheur</translation>
    </message>
</context>
<context>
    <name>careledger::VitalsChartModel</name>
    <message>
        <source>outside %1–%2 / %3–%4 %5</source>
        <translation>hors de %1–%2 / %3–%4 %5</translation>
    </message>
    <message>
        <source>below %1 %2</source>
        <translation>inférieur à %1 %2</translation>
    </message>
    <message>
        <source>above %1 %2</source>
        <translation>supérieur à %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>careledger::VitalsView</name>
    <message>
        <source>pulse oximeter</source>
        <translation>oxymètre de pouls</translation>
    </message>
    <message>
        <source>blood pressure monitor</source>
        <translation>tensiomètre</translation>
    </message>
    <message>
        <source>glucometer</source>
        <translation>glucomètre</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>heart rate monitor</source>
        <translation>cardiofréquencemètre</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>New vital-sign alert</source>
        <translation>Nouvelle alerte de signes vitaux</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>No vital signs in this period. Readings from monitoring devices and vital signs entered as records appear here; choose a longer period above for older ones.</source>
        <translation>Aucun signe vital sur cette période. Les mesures des appareils de surveillance et les signes vitaux saisis comme entrées apparaissent ici&#xa0;; choisissez une période plus longue ci-dessus pour les plus anciens.</translation>
    </message>
    <message>
        <source>Monitoring by device %1 has ended.</source>
        <translation>La surveillance par l&apos;appareil %1 est terminée.</translation>
    </message>
    <message>
        <source>Device %1 is registered; its readings will appear here.</source>
        <translation>L&apos;appareil %1 est enregistré&#xa0;; ses mesures apparaîtront ici.</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes en cours</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Tout acquitter</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Seuils…</translation>
    </message>
    <message>
        <source>The limits outside which a reading raises an alert</source>
        <translation>Les limites au-delà desquelles une mesure déclenche une alerte</translation>
    </message>
    <message>
        <source>Monitoring devices</source>
        <translation>Appareils de surveillance</translation>
    </message>
    <message>
        <source>Register device…</source>
        <translation>Enregistrer un appareil…</translation>
    </message>
    <message>
        <source>End monitoring</source>
        <translation>Arrêter la surveillance</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) from monitoring devices</source>
        <translation>
            <numerusform>%n mesure issue des appareils de surveillance</numerusform>
            <numerusform>%n mesures issues des appareils de surveillance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vital sign(s) entered as records</source>
        <translation>
            <numerusform>%n signe vital saisi comme entrée</numerusform>
            <numerusform>%n signes vitaux saisis comme entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Each view is recorded in the access log.</source>
        <translation>Chaque consultation est consignée dans le journal d&apos;accès.</translation>
    </message>
    <message numerus="yes">
        <source>%n device reading(s) not shown: the signature is not the registered device&apos;s.</source>
        <translation>
            <numerusform>%n mesure d&apos;appareil non affichée&#xa0;: la signature n&apos;est pas celle de l&apos;appareil enregistré.</numerusform>
            <numerusform>%n mesures d&apos;appareil non affichées&#xa0;: la signature n&apos;est pas celle de l&apos;appareil enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some readings could not be opened here: %1</source>
        <translation>Certaines mesures n&apos;ont pas pu être ouvertes ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — latest %2 (%3)</source>
        <translation>%1 — dernière valeur %2 (%3)</translation>
    </message>
    <message>
        <source>Systolic range</source>
        <translation>Plage systolique</translation>
    </message>
    <message>
        <source>Alert range</source>
        <translation>Plage d&apos;alerte</translation>
    </message>
    <message>
        <source>Diastolic range</source>
        <translation>Plage diastolique</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>Systolic, %1</source>
        <translation>Systolique, %1</translation>
    </message>
    <message>
        <source>Diastolic, %1</source>
        <translation>Diastolique, %1</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>Hors plage</translation>
    </message>
    <message>
        <source>Shaded: the alert range. Red points are outside it.</source>
        <translation>Zone ombrée&#xa0;: la plage d&apos;alerte. Les points rouges sont en dehors.</translation>
    </message>
    <message>
        <source>No alert range is set for this measure (Thresholds…).</source>
        <translation>Aucune plage d&apos;alerte n&apos;est définie pour cette mesure (Seuils…).</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Open alerts: none</source>
        <translation>Alertes en cours&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Open alerts (%1)</source>
        <translation>Alertes en cours (%1)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Active, %1</source>
        <translation>Active, %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation>Enregistré par %1</translation>
    </message>
    <message>
        <source>No device registered for this patient.</source>
        <translation>Aucun appareil n&apos;est enregistré pour ce patient.</translation>
    </message>
    <message>
        <source>New reading outside the range: %1 at %2 (%3).</source>
        <translation>Nouvelle mesure hors plage&#xa0;: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>End the monitoring by device %1? Its readings will no longer be accepted for this patient. Readings already recorded stay in the chart.</source>
        <translation>Arrêter la surveillance par l&apos;appareil %1&#xa0;? Ses mesures ne seront plus acceptées pour ce patient. Les mesures déjà enregistrées restent dans le dossier.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger clinical workstation: find patients, read and write their verified records.</source>
        <translation>Poste clinique CareLedger&#xa0;: trouver des patients, lire et écrire leurs entrées vérifiées.</translation>
    </message>
    <message>
        <source>The network id (hex) to pin; the configuration must hash to it. Default: the configuration&apos;s own hash.</source>
        <translation>L&apos;identifiant du réseau (hex) à imposer&#xa0;; le hash de la configuration doit y correspondre. Par défaut&#xa0;: le hash de la configuration elle-même.</translation>
    </message>
    <message>
        <source>A full node to sync from (https://host:port); repeatable. Default: the members&apos; endpoints in the configuration.</source>
        <translation>Un nœud complet avec lequel se synchroniser (https://hôte:port)&#xa0;; répétable. Par défaut&#xa0;: les points d&apos;accès des membres dans la configuration.</translation>
    </message>
    <message>
        <source>Where the encrypted cache and the list of accounts set up here are kept.</source>
        <translation>Emplacement du cache chiffré et de la liste des comptes configurés ici.</translation>
    </message>
    <message>
        <source>A `careledgerd demo` data directory: sets up its demo users here and lists them on the login screen.</source>
        <translation>Un répertoire de données `careledgerd demo`&#xa0;: configure ici ses utilisateurs de démonstration et les affiche sur l&apos;écran de connexion.</translation>
    </message>
    <message>
        <source>Lock the session after this many minutes without input (default 10).</source>
        <translation>Verrouiller la session après ce nombre de minutes sans saisie (10 par défaut).</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation>Thème de couleurs&#xa0;: system, light ou dark.</translation>
    </message>
    <message>
        <source>This workstation&apos;s name in access logs (default: the host name).</source>
        <translation>Le nom de ce poste dans les journaux d&apos;accès (par défaut&#xa0;: le nom d&apos;hôte).</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark</source>
        <translation>--theme doit valoir system, light ou dark</translation>
    </message>
    <message>
        <source>Cannot read the network configuration %1: %2</source>
        <translation>Impossible de lire la configuration réseau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a CareLedger network configuration: %2</source>
        <translation>%1 n&apos;est pas une configuration réseau CareLedger&#xa0;: %2</translation>
    </message>
    <message>
        <source>The network configuration %1 does not match the pinned network id.</source>
        <translation>La configuration réseau %1 ne correspond pas à l&apos;identifiant de réseau imposé.</translation>
    </message>
    <message>
        <source>--endpoint must be an https:// address: %1</source>
        <translation>--endpoint doit être une adresse https://&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Impossible de créer le répertoire de données %1</translation>
    </message>
    <message>
        <source>--lock-after takes minutes between 1 and 1440</source>
        <translation>--lock-after attend un nombre de minutes entre 1 et 1440</translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>Vous avez été déconnecté.</translation>
    </message>
    <message>
        <source>Start, show the login screen, print the milliseconds that took and exit (smoke tests, start-up measurements).</source>
        <translation>Démarrer, afficher l&apos;écran de connexion, indiquer le temps écoulé en millisecondes et quitter (tests de fumée, mesures du démarrage).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name in --help</comment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>hex</source>
        <comment>value name in --help</comment>
        <translation>hex</translation>
    </message>
    <message>
        <source>url</source>
        <comment>value name in --help</comment>
        <translation>url</translation>
    </message>
    <message>
        <source>dir</source>
        <comment>value name in --help</comment>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>value name in --help</comment>
        <translation>minutes</translation>
    </message>
    <message>
        <source>mode</source>
        <comment>value name in --help</comment>
        <translation>mode</translation>
    </message>
    <message>
        <source>name</source>
        <comment>value name in --help</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>The network configuration (genesis.cbor, as written by `careledgerd init` or `careledgerd demo`). Default: ~/.config/careledger/network.cbor, else /etc/careledger/network.cbor.</source>
        <translation>La configuration du réseau (genesis.cbor, telle qu&apos;écrite par «&#xa0;careledgerd init&#xa0;» ou «&#xa0;careledgerd demo&#xa0;»). Par défaut&#xa0;: ~/.config/careledger/network.cbor, sinon /etc/careledger/network.cbor.</translation>
    </message>
    <message>
        <source>No network configuration. Your IT department installs it as %1 (the genesis.cbor of your network); or start with --network &lt;genesis.cbor&gt; or --demo &lt;careledgerd demo directory&gt;.</source>
        <translation>Aucune configuration réseau. Votre service informatique l&apos;installe sous %1 (le genesis.cbor de votre réseau)&#xa0;; ou lancez avec --network &lt;genesis.cbor&gt; ou --demo &lt;répertoire careledgerd demo&gt;.</translation>
    </message>
</context>
</TS>
