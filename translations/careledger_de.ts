<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditPdfWriter</name>
    <message>
        <source>Audit report — %1</source>
        <translation>Prüfbericht — %1</translation>
    </message>
    <message>
        <source>Prepared by %1, compliance officer</source>
        <translation>Erstellt von %1, Compliance-Beauftragte(r)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Entries: %1 (filter: %2)</source>
        <translation>Einträge: %1 (Filter: %2)</translation>
    </message>
    <message>
        <source>Signature of this report&apos;s content</source>
        <translation>Signatur des Inhalts dieses Berichts</translation>
    </message>
    <message>
        <source>Content SHA-256 (the CSV export of these entries)</source>
        <translation>SHA-256 des Inhalts (CSV-Export dieser Einträge)</translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation>Signiert mit Schlüssel</translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation>Ed25519-Signatur</translation>
    </message>
    <message>
        <source>Every entry is metadata from the CareLedger ledger (who, which patient and record, what, when, from where); no clinical content. The PDF file itself is signed in the .sig file beside it: check it with `careledgerd verify-report --report &lt;file&gt;.pdf` (the .sig beside it).</source>
        <translation>Jeder Eintrag besteht aus Metadaten aus dem CareLedger-Ledger (wer, welcher Patient und welcher Eintrag, was, wann, von wo); keine klinischen Inhalte. Die PDF-Datei selbst ist in der .sig-Datei daneben signiert: Prüfen Sie sie mit `careledgerd verify-report --report &lt;Datei&gt;.pdf` (die .sig-Datei daneben).</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation>(Organisationsschlüssel)</translation>
    </message>
    <message>
        <source>%1 more entries are in the CSV export.</source>
        <translation>%1 weitere Einträge sind im CSV-Export enthalten.</translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation>Die PDF-Datei kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Viewed at the kiosk</source>
        <translation>Am Kiosk angesehen</translation>
    </message>
    <message>
        <source>Wrong private ID</source>
        <translation>Falsche persönliche ID</translation>
    </message>
    <message>
        <source>Private ID accepted</source>
        <translation>Persönliche ID akzeptiert</translation>
    </message>
    <message>
        <source>User enrolled</source>
        <translation>Benutzer registriert</translation>
    </message>
    <message>
        <source>User revoked</source>
        <translation>Benutzer gesperrt</translation>
    </message>
    <message>
        <source>Patient registered</source>
        <translation>Patient registriert</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Eintrag angelegt</translation>
    </message>
    <message>
        <source>Record amended</source>
        <translation>Eintrag geändert</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Überweisung gesendet</translation>
    </message>
    <message>
        <source>Referral updated</source>
        <translation>Überweisung aktualisiert</translation>
    </message>
    <message>
        <source>Device registered</source>
        <translation>Gerät registriert</translation>
    </message>
    <message>
        <source>Vitals recorded</source>
        <translation>Vitalparameter erfasst</translation>
    </message>
    <message>
        <source>Compliance review</source>
        <translation>Compliance-Prüfung</translation>
    </message>
    <message>
        <source>Network configuration changed</source>
        <translation>Netzwerkkonfiguration geändert</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Sonstiges (%1)</translation>
    </message>
    <message>
        <source>Many more patients than usual</source>
        <translation>Deutlich mehr Patienten als üblich</translation>
    </message>
    <message>
        <source>No treatment relationship</source>
        <translation>Kein Behandlungsverhältnis</translation>
    </message>
    <message>
        <source>Outside usual hours</source>
        <translation>Außerhalb der üblichen Zeiten</translation>
    </message>
    <message>
        <source>Patient shares the user&apos;s surname</source>
        <translation>Patient hat denselben Nachnamen wie der Benutzer</translation>
    </message>
    <message>
        <source>Repeated wrong private IDs</source>
        <translation>Wiederholt falsche persönliche IDs</translation>
    </message>
    <message>
        <source>A user opened the charts of at least %1 different patients in one day, more than %2 times their usual day (the median of their earlier working days; at least %3 earlier days are needed).</source>
        <translation>Ein Benutzer hat an einem Tag die Akten von mindestens %1 verschiedenen Patienten geöffnet, mehr als das %2-Fache seines üblichen Tages (Median seiner früheren Arbeitstage; mindestens %3 frühere Tage sind erforderlich).</translation>
    </message>
    <message>
        <source>A user opened a patient&apos;s chart although their organisation had no treatment relationship with the patient at that time: it had not registered them, written or been sent any of their records, held no consent of theirs in force, and received no referral for them.</source>
        <translation>Ein Benutzer hat die Akte eines Patienten geöffnet, obwohl seine Organisation zu diesem Zeitpunkt kein Behandlungsverhältnis mit dem Patienten hatte: Sie hatte ihn nicht registriert, keine seiner Einträge verfasst oder erhalten, keine gültige Einwilligung von ihm und keine Überweisung für ihn erhalten.</translation>
    </message>
    <message>
        <source>A user opened charts at an hour of the day in which they do fewer than %1% of their work (judged once they have at least %2 chart openings).</source>
        <translation>Ein Benutzer hat Akten zu einer Tageszeit geöffnet, in der er weniger als %1% seiner Arbeit erledigt (bewertet ab mindestens %2 Aktenöffnungen).</translation>
    </message>
    <message>
        <source>A user opened the chart of a patient with the same surname. This can only be checked for patients whose records your organisation can read (the patient&apos;s name is in the encrypted record, not on the ledger). The ledger records no addresses of staff, so shared addresses cannot be checked.</source>
        <translation>Ein Benutzer hat die Akte eines Patienten mit demselben Nachnamen geöffnet. Dies lässt sich nur für Patienten prüfen, deren Einträge Ihre Organisation lesen kann (der Name des Patienten steht im verschlüsselten Eintrag, nicht im Ledger). Das Ledger enthält keine Adressen der Mitarbeitenden, daher können gemeinsame Adressen nicht geprüft werden.</translation>
    </message>
    <message>
        <source>A patient&apos;s private ID was typed wrong %1 or more times within %2 minutes at a kiosk: someone may be guessing it.</source>
        <translation>Die persönliche ID eines Patienten wurde an einem Kiosk %1-mal oder öfter innerhalb von %2 Minuten falsch eingegeben: Möglicherweise versucht jemand, sie zu erraten.</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>ein Benutzer</translation>
    </message>
    <message>
        <source>%1 opened %2 patients&apos; charts on %3; their usual day is %4.</source>
        <translation>%1 hat am %3 die Akten von %2 Patienten geöffnet; sein üblicher Tag: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 opened the chart of patient %2 %n time(s) (first %3) with no treatment relationship.</source>
        <translation>
            <numerusform>%1 hat die Akte des Patienten %2 %n-mal geöffnet (zuerst %3), ohne Behandlungsverhältnis.</numerusform>
            <numerusform>%1 hat die Akte des Patienten %2 %n-mal geöffnet (zuerst %3), ohne Behandlungsverhältnis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened %n chart(s) at %2:00 (%3), an hour with %4% of their work.</source>
        <translation>
            <numerusform>%1 hat um %2:00 Uhr %n Akte geöffnet (%3), eine Stunde mit %4% seiner Arbeit.</numerusform>
            <numerusform>%1 hat um %2:00 Uhr %n Akten geöffnet (%3), eine Stunde mit %4% seiner Arbeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opened the chart of patient %2, who has the same surname (%3).</source>
        <translation>%1 hat die Akte des Patienten %2 geöffnet, der denselben Nachnamen trägt (%3).</translation>
    </message>
    <message>
        <source>Patient %1&apos;s private ID was typed wrong %2 times from %3 (last signed in at the kiosk: %4).</source>
        <translation>Die persönliche ID des Patienten %1 wurde %2-mal von %3 aus falsch eingegeben (letzte Anmeldung am Kiosk: %4).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Entry %1 (block %2)</source>
        <translation>Eintrag %1 (Block %2)</translation>
    </message>
    <message>
        <source>%1: the copy on this workstation was changed after it was verified — it no longer matches the transaction the members signed. Report this to IT; do not rely on this entry.</source>
        <translation>%1: Die Kopie auf diesem Arbeitsplatz wurde nach der Verifizierung verändert — sie stimmt nicht mehr mit der von den Mitgliedern signierten Transaktion überein. Melden Sie dies der IT; verlassen Sie sich nicht auf diesen Eintrag.</translation>
    </message>
    <message>
        <source>%1: the ledger&apos;s proof does not lead to the signed block. The entry, or the full node that answered, cannot be trusted.</source>
        <translation>%1: Der Nachweis des Ledgers führt nicht zum signierten Block. Dem Eintrag oder dem antwortenden Full Node kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>%1: a member&apos;s signature on its block is forged or was altered.</source>
        <translation>%1: Die Signatur eines Mitglieds auf seinem Block ist gefälscht oder wurde verändert.</translation>
    </message>
    <message>
        <source>%1: its block is signed by only %2 of %3 members, not enough to be final.</source>
        <translation>%1: Sein Block ist nur von %2 von %3 Mitgliedern signiert, nicht genug, um endgültig zu sein.</translation>
    </message>
    <message>
        <source>%1: not found in the audit index.</source>
        <translation>%1: nicht im Prüfindex gefunden.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>Verifizierung FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <source>This entry is in block %1, signed by %2 of %3 members; nothing was changed.</source>
        <translation>Dieser Eintrag ist in Block %1, signiert von %2 von %3 Mitgliedern; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>All %1 entries verified: in block %2, signed by %3 of %4 members; nothing was changed.</source>
        <translation>Alle %1 Einträge verifiziert: in Block %2, signiert von %3 von %4 Mitgliedern; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>All %1 entries verified: in blocks %2 to %3, each signed by at least %4 of %5 members; nothing was changed.</source>
        <translation>Alle %1 Einträge verifiziert: in den Blöcken %2 bis %3, jeweils signiert von mindestens %4 von %5 Mitgliedern; nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Chart views, exports and prints</source>
        <translation>Aktenansichten, Exporte und Ausdrucke</translation>
    </message>
    <message>
        <source>Exports and prints</source>
        <translation>Exporte und Ausdrucke</translation>
    </message>
    <message>
        <source>Kiosk: private IDs and views</source>
        <translation>Kiosk: persönliche IDs und Ansichten</translation>
    </message>
    <message>
        <source>Wrong private IDs</source>
        <translation>Falsche persönliche IDs</translation>
    </message>
    <message>
        <source>Records written or amended</source>
        <translation>Angelegte oder geänderte Einträge</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <source>Staff enrolled or revoked</source>
        <translation>Registrierte oder gesperrte Mitarbeitende</translation>
    </message>
    <message>
        <source>Compliance reviews</source>
        <translation>Compliance-Prüfungen</translation>
    </message>
</context>
<context>
    <name>FhirBuilder</name>
    <message>
        <source>No patient is selected.</source>
        <translation>Es ist kein Patient ausgewählt.</translation>
    </message>
    <message>
        <source>The patient id &quot;%1&quot; is not a valid FHIR id.</source>
        <translation>Die Patienten-ID „%1“ ist keine gültige FHIR-ID.</translation>
    </message>
    <message>
        <source>The current time is not known.</source>
        <translation>Die aktuelle Uhrzeit ist nicht bekannt.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>%1 of %2 is outside the possible range of %3 to %4%5.</source>
        <translation>%1: %2 liegt außerhalb des möglichen Bereichs von %3 bis %4%5.</translation>
    </message>
    <message>
        <source>LOINC %1 is not a vital sign this form records.</source>
        <translation>LOINC %1 ist kein Vitalparameter, den dieses Formular erfasst.</translation>
    </message>
    <message>
        <source>The time of the measurement is missing.</source>
        <translation>Der Zeitpunkt der Messung fehlt.</translation>
    </message>
    <message>
        <source>The time of the measurement is in the future.</source>
        <translation>Der Zeitpunkt der Messung liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The systolic pressure</source>
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>The diastolic pressure is missing.</source>
        <translation>Der diastolische Blutdruck fehlt.</translation>
    </message>
    <message>
        <source>The diastolic pressure</source>
        <translation>Diastolischer Blutdruck</translation>
    </message>
    <message>
        <source>The diastolic pressure must be lower than the systolic pressure.</source>
        <translation>Der diastolische Blutdruck muss niedriger als der systolische sein.</translation>
    </message>
    <message>
        <source>%1 takes one value; only blood pressure takes two.</source>
        <translation>%1 hat nur einen Wert; nur der Blutdruck hat zwei.</translation>
    </message>
    <message>
        <source>The condition is missing.</source>
        <translation>Die Diagnose fehlt.</translation>
    </message>
    <message>
        <source>SNOMED CT %1 is not a condition this form records.</source>
        <translation>SNOMED CT %1 ist keine Diagnose, die dieses Formular erfasst.</translation>
    </message>
    <message>
        <source>The clinical status of the condition is missing.</source>
        <translation>Der klinische Status der Diagnose fehlt.</translation>
    </message>
    <message>
        <source>The clinical status &quot;%1&quot; is not one of active, inactive or resolved.</source>
        <translation>Der klinische Status „%1“ ist ungültig (erlaubt: aktiv, inaktiv, abgeklungen).</translation>
    </message>
    <message>
        <source>The onset date of the condition is in the future.</source>
        <translation>Das Datum des Beginns liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The medication is missing.</source>
        <translation>Das Medikament fehlt.</translation>
    </message>
    <message>
        <source>RxNorm %1 is not a medication this form prescribes.</source>
        <translation>RxNorm %1 ist kein Medikament, das dieses Formular verordnet.</translation>
    </message>
    <message>
        <source>The dosage is missing.</source>
        <translation>Die Dosierung fehlt.</translation>
    </message>
    <message>
        <source>The start date of the medication is in the future.</source>
        <translation>Das Startdatum der Medikation liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The substance is missing.</source>
        <translation>Die Substanz fehlt.</translation>
    </message>
    <message>
        <source>SNOMED CT %1 is not a substance this form records.</source>
        <translation>SNOMED CT %1 ist keine Substanz, die dieses Formular erfasst.</translation>
    </message>
    <message>
        <source>The criticality of the allergy is missing.</source>
        <translation>Die Kritikalität der Allergie fehlt.</translation>
    </message>
    <message>
        <source>The criticality &quot;%1&quot; is not one of low, high or unable to assess.</source>
        <translation>Die Kritikalität „%1“ ist ungültig (erlaubt: niedrig, hoch, nicht beurteilbar).</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>The author of the note is missing.</source>
        <translation>Der Verfasser der Notiz fehlt.</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Verlaufsnotiz</translation>
    </message>
    <message>
        <source>The reason for the referral is missing.</source>
        <translation>Der Überweisungsgrund fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral urgency.</source>
        <translation>„%1“ ist keine Dringlichkeitsstufe für Überweisungen.</translation>
    </message>
    <message>
        <source>The referral must name who refers and to whom.</source>
        <translation>Die Überweisung muss angeben, wer überweist und an wen.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Überweisung</translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <source>Another entry of the bundle has the same identity (%1).</source>
        <translation>Ein anderer Eintrag des Bundles hat dieselbe Identität (%1).</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 is malformed.</source>
        <translation>%1: %2 ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 refers to a different patient (%3).</source>
        <translation>%1: %2 verweist auf einen anderen Patienten (%3).</translation>
    </message>
    <message>
        <source>A record that was not in the bundle</source>
        <translation>Ein Eintrag, der nicht im Bundle enthalten war</translation>
    </message>
    <message>
        <source>A record that was not imported</source>
        <translation>Ein Eintrag, der nicht importiert wurde</translation>
    </message>
    <message>
        <source>The %1 has no %2, which it requires.</source>
        <translation>%1: Das erforderliche Element %2 fehlt.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 &quot;%3&quot; is not a valid date.</source>
        <translation>%1: %2 „%3“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The file is too large to be a bundle the workstation imports.</source>
        <translation>Die Datei ist zu groß für ein Bundle, das der Arbeitsplatz importiert.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a FHIR Bundle.</source>
        <translation>Die Datei ist kein FHIR-Bundle.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entry list is not a list.</source>
        <translation>Die Eintragsliste des Bundles ist keine Liste.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>Der Eintrag ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A request to delete a record elsewhere, which the workstation does not carry out.</source>
        <translation>Eine Anforderung, einen Eintrag anderswo zu löschen; der Arbeitsplatz führt sie nicht aus.</translation>
    </message>
    <message>
        <source>The entry has no resource.</source>
        <translation>Der Eintrag hat keine Ressource.</translation>
    </message>
    <message>
        <source>The entry&apos;s resource is not a JSON object.</source>
        <translation>Die Ressource des Eintrags ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The entry&apos;s resource has no resourceType.</source>
        <translation>Die Ressource des Eintrags hat keinen resourceType.</translation>
    </message>
    <message>
        <source>The %1 is larger than 1 MiB.</source>
        <translation>%1 ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>The bundle&apos;s patient: the selected patient&apos;s demographics are kept.</source>
        <translation>Der Patient des Bundles: Die Stammdaten des ausgewählten Patienten bleiben erhalten.</translation>
    </message>
    <message>
        <source>A second patient in the bundle: only records of the first are imported.</source>
        <translation>Ein zweiter Patient im Bundle: Nur Einträge des ersten werden importiert.</translation>
    </message>
    <message>
        <source>%1 records are administrative or financial, not part of the clinical record.</source>
        <translation>%1-Einträge sind administrativ oder finanziell und nicht Teil der Patientenakte.</translation>
    </message>
    <message>
        <source>%1 is not a clinical record type the workstation stores.</source>
        <translation>%1 ist kein klinischer Eintragstyp, den der Arbeitsplatz speichert.</translation>
    </message>
</context>
<context>
    <name>FhirRenderer</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Haemoglobin A1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>Glukose</translation>
    </message>
    <message>
        <source>Urea nitrogen</source>
        <translation>Harnstoff-Stickstoff</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <source>Sodium</source>
        <translation>Natrium</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Kalium</translation>
    </message>
    <message>
        <source>Chloride</source>
        <translation>Chlorid</translation>
    </message>
    <message>
        <source>Bicarbonate</source>
        <translation>Bicarbonat</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Total cholesterol</source>
        <translation>Gesamtcholesterin</translation>
    </message>
    <message>
        <source>Triglycerides</source>
        <translation>Triglyceride</translation>
    </message>
    <message>
        <source>HDL cholesterol</source>
        <translation>HDL-Cholesterin</translation>
    </message>
    <message>
        <source>LDL cholesterol</source>
        <translation>LDL-Cholesterin</translation>
    </message>
    <message>
        <source>White cell count</source>
        <translation>Leukozyten</translation>
    </message>
    <message>
        <source>Red cell count</source>
        <translation>Erythrozyten</translation>
    </message>
    <message>
        <source>Haematocrit</source>
        <translation>Hämatokrit</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Thrombozyten</translation>
    </message>
    <message>
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Basic metabolic panel</source>
        <translation>Basis-Stoffwechselprofil</translation>
    </message>
    <message>
        <source>Lipid panel</source>
        <translation>Lipidprofil</translation>
    </message>
    <message>
        <source>Complete blood count</source>
        <translation>Großes Blutbild</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>Code: %1 (%2)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>critically high</source>
        <translation>kritisch hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <source>critically low</source>
        <translation>kritisch niedrig</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>auffällig</translation>
    </message>
    <message>
        <source>critically abnormal</source>
        <translation>kritisch auffällig</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anmerkung: %1</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Reference range: %1</source>
        <translation>Referenzbereich: %1</translation>
    </message>
    <message>
        <source>Interpretation: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Entnommen: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Ausgestellt: %1</translation>
    </message>
    <message>
        <source>Performer: %1</source>
        <translation>Durchgeführt von: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Befundbericht</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>Entnahme: %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n result(s)</source>
        <translation>
            <numerusform>Ergebnisse: %n Ergebnis</numerusform>
            <numerusform>Ergebnisse: %n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>Beurteilung: %1</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Clinical status: %1</source>
        <translation>Klinischer Status: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Verifizierung: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Onset: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Abgeklungen: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Dosage: %1</source>
        <translation>Dosierung: %1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Applikationsweg: %1</translation>
    </message>
    <message>
        <source>Taken as needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Absicht: %1</translation>
    </message>
    <message>
        <source>Prescribed: %1</source>
        <translation>Verordnet: %1</translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation>Verordnet von: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>hives</source>
        <translation>Urtikaria</translation>
    </message>
    <message>
        <source>rash</source>
        <translation>Hautausschlag</translation>
    </message>
    <message>
        <source>itching</source>
        <translation>Juckreiz</translation>
    </message>
    <message>
        <source>anaphylaxis</source>
        <translation>Anaphylaxie</translation>
    </message>
    <message>
        <source>sneezing</source>
        <translation>Niesen</translation>
    </message>
    <message>
        <source>rhinoconjunctivitis</source>
        <translation>Rhinokonjunktivitis</translation>
    </message>
    <message>
        <source>cough</source>
        <translation>Husten</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation>Erbrechen</translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <source>wheezing</source>
        <translation>Giemen</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>unknown substance</source>
        <translation>unbekannte Substanz</translation>
    </message>
    <message>
        <source>Intolerance: %1</source>
        <translation>Unverträglichkeit: %1</translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation>Allergie: %1</translation>
    </message>
    <message>
        <source>(high criticality)</source>
        <translation>(hohe Kritikalität)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Criticality: %1</source>
        <translation>Kritikalität: %1</translation>
    </message>
    <message>
        <source>Reaction: %1</source>
        <translation>Reaktion: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Verfasser: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Verfasst: %1</translation>
    </message>
    <message>
        <source>Attachment (not shown): %1</source>
        <translation>Anhang (nicht angezeigt): %1</translation>
    </message>
    <message>
        <source>ambulatory</source>
        <translation>ambulant</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>stationär</translation>
    </message>
    <message>
        <source>inpatient acute</source>
        <translation>stationär, akut</translation>
    </message>
    <message>
        <source>inpatient non-acute</source>
        <translation>stationär, nicht akut</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>pre-admission</source>
        <translation>vorstationär</translation>
    </message>
    <message>
        <source>short stay</source>
        <translation>Kurzliegerstation</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <source>home health</source>
        <translation>häusliche Versorgung</translation>
    </message>
    <message>
        <source>field</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>General check-up</source>
        <translation>Allgemeine Vorsorgeuntersuchung</translation>
    </message>
    <message>
        <source>Well child visit</source>
        <translation>Kindervorsorgeuntersuchung</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Kontrolltermin</translation>
    </message>
    <message>
        <source>Visit for a symptom</source>
        <translation>Vorstellung wegen Beschwerden</translation>
    </message>
    <message>
        <source>Emergency department visit</source>
        <translation>Vorstellung in der Notaufnahme</translation>
    </message>
    <message>
        <source>Hospital admission</source>
        <translation>Stationäre Aufnahme</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Encounter (%1)</source>
        <translation>Kontakt (%1)</translation>
    </message>
    <message>
        <source>Encounter: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Encounter: %1 (%2)</source>
        <translation>Kontakt: %1 (%2)</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Fallart: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Zeitpunkt: %1</translation>
    </message>
    <message>
        <source>Seen by: %1</source>
        <translation>Behandelt von: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Discharged to: %1</source>
        <translation>Entlassen nach: %1</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Prozedur: %1</translation>
    </message>
    <message>
        <source>Performed: %1</source>
        <translation>Durchgeführt: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Immunization</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <source>Immunization: %1</source>
        <translation>Impfung: %1</translation>
    </message>
    <message>
        <source>— not given</source>
        <translation>— nicht verabreicht</translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation>Verabreicht: %1</translation>
    </message>
    <message>
        <source>Lot: %1</source>
        <translation>Charge: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Stelle: %1</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Care plan: %1</source>
        <translation>Behandlungsplan: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Maßnahmen: %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient: %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Geschlecht: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Geboren: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Unrecognised record</source>
        <translation>Unbekannter Eintrag</translation>
    </message>
    <message>
        <source>Unrecognised record: %1</source>
        <translation>Unbekannter Eintrag: %1</translation>
    </message>
    <message>
        <source>Record type: %1</source>
        <translation>Eintragstyp: %1</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Vitalparameter</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborbefunde</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Prozeduren</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Behandlungspläne</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Patientendaten</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Sonstige Einträge</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Dringlichkeit: %1</translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation>Angefordert von: %1</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Überwiesen an: %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Fragestellung: %1</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Überweisungen</translation>
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
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Höchstens %n Nachkommastelle.</numerusform>
            <numerusform>Höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible: enter a value from %1 to %2.</source>
        <translation>Nicht möglich: Geben Sie einen Wert von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Below the normal range (%1 to %2). Check it before saving.</source>
        <translation>Unter dem Normbereich (%1 bis %2). Bitte vor dem Speichern prüfen.</translation>
    </message>
    <message>
        <source>Above the normal range (%1 to %2). Check it before saving.</source>
        <translation>Über dem Normbereich (%1 bis %2). Bitte vor dem Speichern prüfen.</translation>
    </message>
    <message>
        <source>The diastolic value must be lower than the systolic value.</source>
        <translation>Der diastolische Wert muss niedriger als der systolische sein.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Geben Sie Datum und Uhrzeit ein.</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>Die Uhrzeit darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDemographics</name>
    <message>
        <source>The resource is not a FHIR Patient.</source>
        <translation>Die Ressource ist kein FHIR-Patient.</translation>
    </message>
    <message>
        <source>The patient&apos;s gender &quot;%1&quot; is not one of male, female, other or unknown.</source>
        <translation>Das Geschlecht „%1“ des Patienten ist ungültig (erlaubt: männlich, weiblich, divers, unbekannt).</translation>
    </message>
    <message>
        <source>The patient&apos;s birth date &quot;%1&quot; is not a valid date.</source>
        <translation>Das Geburtsdatum „%1“ des Patienten ist kein gültiges Datum.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>RecordPdfWriter</name>
    <message>
        <source>CareLedger · personal health record</source>
        <translation>CareLedger · persönliche Gesundheitsakte</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Every entry in this document was read from the CareLedger network. Each one is final in the block named beside it: a quorum of the member organisations signed that block, and this workstation checked the entry&apos;s inclusion proof against it before printing.</source>
        <translation>Jeder Eintrag in diesem Dokument wurde aus dem CareLedger-Netzwerk gelesen. Jeder ist endgültig in dem daneben genannten Block: Eine Mehrheit der Mitgliedsorganisationen hat diesen Block signiert, und dieser Arbeitsplatz hat vor dem Drucken den Inklusionsnachweis des Eintrags dagegen geprüft.</translation>
    </message>
    <message>
        <source>This document contains confidential health information. Keep it safe.</source>
        <translation>Dieses Dokument enthält vertrauliche Gesundheitsdaten. Bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>There are no records to show.</source>
        <translation>Es sind keine Einträge vorhanden.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not readable here: %1</source>
        <translation>Hier nicht lesbar: %1</translation>
    </message>
    <message>
        <source>(outside the normal range)</source>
        <translation>(außerhalb des Normbereichs)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Amended (version %1)</source>
        <translation>Geändert (Version %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation>Endgültig in Block %1</translation>
    </message>
    <message>
        <source>signed by %1 of %2 members</source>
        <translation>signiert von %1 von %2 Mitgliedern</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation>Die PDF-Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation>Gesundheitsakte von %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 · born %2 · ID %3</source>
        <translation>%1 · geb. %2 · ID %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Verified on the CareLedger network: each entry is final in the block shown beside it. Generated %1.</source>
        <translation>Verifiziert im CareLedger-Netzwerk: Jeder Eintrag ist endgültig in dem daneben angegebenen Block. Erstellt %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
    <message>
        <source>Immediate (stat)</source>
        <translation>Sofort (Notfall)</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>within 24 hours</source>
        <translation>innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>within 1 hour</source>
        <translation>innerhalb von 1 Stunde</translation>
    </message>
    <message>
        <source>Not our specialty</source>
        <translation>Nicht unser Fachgebiet</translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation>Keine Kapazität</translation>
    </message>
    <message>
        <source>Not enough information</source>
        <translation>Nicht genügend Informationen</translation>
    </message>
    <message>
        <source>Better referred elsewhere</source>
        <translation>Anderswo besser aufgehoben</translation>
    </message>
    <message>
        <source>The patient declined</source>
        <translation>Der Patient hat abgelehnt</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>The receiving side accepts or declines a referral within a time set by its urgency, counted from when it was sent: immediate (stat) within 1 hour, as soon as possible within 24 hours, urgent within 7 days, routine within 30 days. A referral still waiting after that is overdue.</source>
        <translation>Die empfangende Seite nimmt eine Überweisung innerhalb einer von ihrer Dringlichkeit abhängigen Frist an oder lehnt sie ab, gerechnet ab dem Versand: sofort (Notfall) innerhalb von 1 Stunde, so bald wie möglich innerhalb von 24 Stunden, dringend innerhalb von 7 Tagen, Routine innerhalb von 30 Tagen. Eine Überweisung, die danach noch wartet, ist überfällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>ValueSets</name>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Atemfrequenz</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>Sauerstoffsättigung</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Körpertemperatur</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>Body height</source>
        <translation>Körpergröße</translation>
    </message>
    <message>
        <source>Body mass index</source>
        <translation>Body-Mass-Index</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Blutzucker</translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation>Schmerzskala (0–10)</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolischer Blutdruck</translation>
    </message>
    <message>
        <source>Type 2 diabetes mellitus</source>
        <translation>Diabetes mellitus Typ 2</translation>
    </message>
    <message>
        <source>Prediabetes</source>
        <translation>Prädiabetes</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>Hypertonie</translation>
    </message>
    <message>
        <source>Hyperlipidaemia</source>
        <translation>Hyperlipidämie</translation>
    </message>
    <message>
        <source>Obesity (BMI 30+)</source>
        <translation>Adipositas (BMI ≥ 30)</translation>
    </message>
    <message>
        <source>History of myocardial infarction</source>
        <translation>Z. n. Myokardinfarkt</translation>
    </message>
    <message>
        <source>Heart failure</source>
        <translation>Herzinsuffizienz</translation>
    </message>
    <message>
        <source>Atrial fibrillation</source>
        <translation>Vorhofflimmern</translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 3</source>
        <translation>Chronische Nierenkrankheit Stadium 3</translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 1</source>
        <translation>Chronische Nierenkrankheit Stadium 1</translation>
    </message>
    <message>
        <source>Chronic obstructive pulmonary disease</source>
        <translation>Chronisch obstruktive Lungenerkrankung (COPD)</translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation>Asthma bronchiale</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depression</translation>
    </message>
    <message>
        <source>Anxiety disorder</source>
        <translation>Angststörung</translation>
    </message>
    <message>
        <source>Osteoarthritis of knee</source>
        <translation>Gonarthrose</translation>
    </message>
    <message>
        <source>Rheumatoid arthritis</source>
        <translation>Rheumatoide Arthritis</translation>
    </message>
    <message>
        <source>Iron deficiency anaemia</source>
        <translation>Eisenmangelanämie</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migräne</translation>
    </message>
    <message>
        <source>Atopic dermatitis</source>
        <translation>Atopische Dermatitis</translation>
    </message>
    <message>
        <source>Chronic sinusitis</source>
        <translation>Chronische Sinusitis</translation>
    </message>
    <message>
        <source>Polyp of colon</source>
        <translation>Kolonpolyp</translation>
    </message>
    <message>
        <source>Urinary tract infection</source>
        <translation>Harnwegsinfektion</translation>
    </message>
    <message>
        <source>Community-acquired pneumonia</source>
        <translation>Ambulant erworbene Pneumonie</translation>
    </message>
    <message>
        <source>Acute bronchitis</source>
        <translation>Akute Bronchitis</translation>
    </message>
    <message>
        <source>Metformin 500 mg tablet</source>
        <translation>Metformin 500 mg Tablette</translation>
    </message>
    <message>
        <source>Metformin 500 mg extended-release tablet</source>
        <translation>Metformin 500 mg Retardtablette</translation>
    </message>
    <message>
        <source>Lisinopril 10 mg tablet</source>
        <translation>Lisinopril 10 mg Tablette</translation>
    </message>
    <message>
        <source>Amlodipine 5 mg tablet</source>
        <translation>Amlodipin 5 mg Tablette</translation>
    </message>
    <message>
        <source>Atorvastatin 10 mg tablet</source>
        <translation>Atorvastatin 10 mg Tablette</translation>
    </message>
    <message>
        <source>Simvastatin 10 mg tablet</source>
        <translation>Simvastatin 10 mg Tablette</translation>
    </message>
    <message>
        <source>Aspirin 81 mg tablet</source>
        <translation>Acetylsalicylsäure 81 mg Tablette</translation>
    </message>
    <message>
        <source>Warfarin 5 mg tablet</source>
        <translation>Warfarin 5 mg Tablette</translation>
    </message>
    <message>
        <source>Furosemide 40 mg tablet</source>
        <translation>Furosemid 40 mg Tablette</translation>
    </message>
    <message>
        <source>Albuterol 90 mcg inhaler</source>
        <translation>Salbutamol 90 µg Dosieraerosol</translation>
    </message>
    <message>
        <source>Fluticasone 44 mcg inhaler</source>
        <translation>Fluticason 44 µg Dosieraerosol</translation>
    </message>
    <message>
        <source>Sertraline 50 mg tablet</source>
        <translation>Sertralin 50 mg Tablette</translation>
    </message>
    <message>
        <source>Acetaminophen 325 mg tablet</source>
        <translation>Paracetamol 325 mg Tablette</translation>
    </message>
    <message>
        <source>Ibuprofen 200 mg tablet</source>
        <translation>Ibuprofen 200 mg Tablette</translation>
    </message>
    <message>
        <source>Methotrexate 2.5 mg tablet</source>
        <translation>Methotrexat 2,5 mg Tablette</translation>
    </message>
    <message>
        <source>Ferrous sulfate 325 mg tablet</source>
        <translation>Eisen(II)-sulfat 325 mg Tablette</translation>
    </message>
    <message>
        <source>Amoxicillin 250 mg capsule</source>
        <translation>Amoxicillin 250 mg Kapsel</translation>
    </message>
    <message>
        <source>Azithromycin 250 mg tablet</source>
        <translation>Azithromycin 250 mg Tablette</translation>
    </message>
    <message>
        <source>Amoxicillin 250 mg / clavulanate 125 mg tablet</source>
        <translation>Amoxicillin 250 mg / Clavulansäure 125 mg Tablette</translation>
    </message>
    <message>
        <source>Sulfamethoxazole 800 mg / trimethoprim 160 mg tablet</source>
        <translation>Sulfamethoxazol 800 mg / Trimethoprim 160 mg Tablette</translation>
    </message>
    <message>
        <source>Prednisone 20 mg tablet</source>
        <translation>Prednison 20 mg Tablette</translation>
    </message>
    <message>
        <source>Hydrochlorothiazide 25 mg</source>
        <translation>Hydrochlorothiazid 25 mg</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Penicillin</translation>
    </message>
    <message>
        <source>Sulfonamide antibiotics</source>
        <translation>Sulfonamid-Antibiotika</translation>
    </message>
    <message>
        <source>Aspirin</source>
        <translation>Acetylsalicylsäure</translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation>Ibuprofen</translation>
    </message>
    <message>
        <source>Codeine</source>
        <translation>Codein</translation>
    </message>
    <message>
        <source>Peanut</source>
        <translation>Erdnuss</translation>
    </message>
    <message>
        <source>Tree nut</source>
        <translation>Schalenfrüchte</translation>
    </message>
    <message>
        <source>Shellfish</source>
        <translation>Schalentiere</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Fisch</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Cow&apos;s milk</source>
        <translation>Kuhmilch</translation>
    </message>
    <message>
        <source>Wheat</source>
        <translation>Weizen</translation>
    </message>
    <message>
        <source>Latex</source>
        <translation>Latex</translation>
    </message>
    <message>
        <source>Bee venom</source>
        <translation>Bienengift</translation>
    </message>
    <message>
        <source>House dust mite</source>
        <translation>Hausstaubmilbe</translation>
    </message>
    <message>
        <source>Grass pollen</source>
        <translation>Gräserpollen</translation>
    </message>
    <message>
        <source>Tree pollen</source>
        <translation>Baumpollen</translation>
    </message>
    <message>
        <source>Animal dander</source>
        <translation>Tierhaare und -schuppen</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Schimmelpilze</translation>
    </message>
</context>
<context>
    <name>careledger::AuditTableModel</name>
    <message>
        <source>Refused by the network (reason %1): it had no effect.</source>
        <translation>Vom Netzwerk abgelehnt (Grund %1): ohne Wirkung.</translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation>(Organisationsschlüssel)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
</context>
<context>
    <name>careledger::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>%1 entries shown; more load as you scroll.</source>
        <translation>%1 Einträge angezeigt; weitere werden beim Scrollen geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Verifizierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Recorded on the ledger (block %1). Every compliance officer of your organisation sees it.</source>
        <translation>Im Ledger gespeichert (Block %1). Alle Compliance-Beauftragten Ihrer Organisation sehen es.</translation>
    </message>
    <message>
        <source>Search names of users, organisations, patients</source>
        <translation>Namen von Benutzern, Organisationen, Patienten suchen</translation>
    </message>
    <message>
        <source>Patients are found by name only where your workstation can read their record; search by patient ID otherwise.</source>
        <translation>Patienten werden nur dann nach Namen gefunden, wenn Ihr Arbeitsplatz ihre Akte lesen kann; suchen Sie andernfalls nach der Patienten-ID.</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet…</source>
        <translation>CSV-Tabelle…</translation>
    </message>
    <message>
        <source>Signed PDF report…</source>
        <translation>Signierter PDF-Bericht…</translation>
    </message>
    <message>
        <source>FHIR AuditEvent bundle (IHE BALP)…</source>
        <translation>FHIR-AuditEvent-Bundle (IHE BALP)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Select an entry to see it in full. Select several (Shift or Ctrl) to verify them together.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu sehen. Wählen Sie mehrere (Umschalt oder Strg), um sie gemeinsam zu verifizieren.</translation>
    </message>
    <message>
        <source>Verify on the ledger</source>
        <translation>Im Ledger verifizieren</translation>
    </message>
    <message>
        <source>Checks the selected entries against the blocks the network&apos;s members signed.</source>
        <translation>Prüft die ausgewählten Einträge gegen die von den Netzwerkmitgliedern signierten Blöcke.</translation>
    </message>
    <message>
        <source>You see who did what, to which patient&apos;s record, when and from where — never the clinical content itself, unless your own role can read it.</source>
        <translation>Sie sehen, wer was mit welcher Patientenakte wann und von wo aus getan hat — niemals den klinischen Inhalt selbst, es sei denn, Ihre eigene Rolle darf ihn lesen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>No flag selected</source>
        <translation>Keine Auffälligkeit ausgewählt</translation>
    </message>
    <message>
        <source>What you found (who you spoke to, why the access was or was not justified). Encrypted: only your organisation&apos;s compliance officers can read it.</source>
        <translation>Was Sie festgestellt haben (mit wem Sie gesprochen haben, warum der Zugriff gerechtfertigt war oder nicht). Verschlüsselt: Nur die Compliance-Beauftragten Ihrer Organisation können es lesen.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Close flag</source>
        <translation>Auffälligkeit schließen</translation>
    </message>
    <message>
        <source>Show the entries</source>
        <translation>Einträge anzeigen</translation>
    </message>
    <message>
        <source>Flags are computed on this workstation from the audit trail, for the users of your organisation. Open → reviewed (with a note) → closed: each step is recorded on the ledger and shared with your organisation&apos;s other compliance officers.</source>
        <translation>Auffälligkeiten werden auf diesem Arbeitsplatz aus dem Prüfprotokoll für die Benutzer Ihrer Organisation berechnet. Offen → geprüft (mit Notiz) → geschlossen: Jeder Schritt wird im Ledger gespeichert und mit den anderen Compliance-Beauftragten Ihrer Organisation geteilt.</translation>
    </message>
    <message>
        <source>Rules and thresholds</source>
        <translation>Regeln und Schwellenwerte</translation>
    </message>
    <message>
        <source> × usual</source>
        <translation> × üblich</translation>
    </message>
    <message>
        <source> patients at least</source>
        <translation> Patienten mindestens</translation>
    </message>
    <message>
        <source> % of their work</source>
        <translation> % ihrer Arbeit</translation>
    </message>
    <message>
        <source> openings of history</source>
        <translation> Öffnungen als Verlauf</translation>
    </message>
    <message>
        <source> wrong IDs</source>
        <translation> falsche IDs</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Apply thresholds</source>
        <translation>Schwellenwerte anwenden</translation>
    </message>
    <message>
        <source>names matching “%1”</source>
        <translation>Namen mit „%1“</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>%1 entries selected.</source>
        <translation>%1 Einträge ausgewählt.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation>(Organisationsschlüssel)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Eintragsversion</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>block %1, entry %2, event %3</source>
        <translation>Block %1, Eintrag %2, Ereignis %3</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>Benutzerschlüssel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>refused by the network (reason %1): it had no effect</source>
        <translation>vom Netzwerk abgelehnt (Grund %1): ohne Wirkung</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n entry(ies) against the signed blocks…</source>
        <translation>
            <numerusform>%n Eintrag wird gegen die signierten Blöcke geprüft…</numerusform>
            <numerusform>%n Einträge werden gegen die signierten Blöcke geprüft…</numerusform>
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
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>An export is already under way.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(unbekannter Benutzer)</translation>
    </message>
    <message>
        <source>Flags (%1 open)</source>
        <translation>Auffälligkeiten (%1 offen)</translation>
    </message>
    <message>
        <source>No flags: nothing in the audit trail matches a rule.</source>
        <translation>Keine Auffälligkeiten: Nichts im Prüfprotokoll entspricht einer Regel.</translation>
    </message>
    <message>
        <source>Why this rule: </source>
        <translation>Warum diese Regel: </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>an officer</source>
        <translation>ein Beauftragter</translation>
    </message>
    <message>
        <source>Not reviewed yet. Look at the entries, then write what you found and mark it reviewed; close it when nothing more is to be done.</source>
        <translation>Noch nicht geprüft. Sehen Sie sich die Einträge an, halten Sie dann fest, was Sie festgestellt haben, und markieren Sie die Auffälligkeit als geprüft; schließen Sie sie, wenn nichts mehr zu tun ist.</translation>
    </message>
    <message>
        <source>Write what you found before marking the flag reviewed.</source>
        <translation>Halten Sie fest, was Sie festgestellt haben, bevor Sie die Auffälligkeit als geprüft markieren.</translation>
    </message>
    <message>
        <source>Recording on the ledger…</source>
        <translation>Wird im Ledger gespeichert…</translation>
    </message>
</context>
<context>
    <name>careledger::ClinicianComboBox</name>
    <message>
        <source>Choose the clinician…</source>
        <translation>Behandler auswählen…</translation>
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
        <translation>Ein Anmeldename besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen.</translation>
    </message>
    <message>
        <source>This key is not enrolled on the network (or was revoked). Ask your administrator.</source>
        <translation>Dieser Schlüssel ist im Netzwerk nicht registriert (oder wurde widerrufen). Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Your enrolment&apos;s copy of the organisation key cannot be opened.</source>
        <translation>Die Kopie des Organisationsschlüssels in Ihrer Registrierung kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Your enrolment carries no key for your organisation&apos;s records.</source>
        <translation>Ihre Registrierung enthält keinen Schlüssel für die Einträge Ihrer Organisation.</translation>
    </message>
    <message>
        <source>This is not the locked user&apos;s key.</source>
        <translation>Dies ist nicht der Schlüssel des gesperrten Benutzers.</translation>
    </message>
    <message>
        <source>Not shared with you: no key for this record.</source>
        <translation>Nicht für Sie freigegeben: kein Schlüssel für diesen Eintrag.</translation>
    </message>
    <message>
        <source>The record&apos;s content is not on this workstation (not yet synced, or erased).</source>
        <translation>Der Inhalt des Eintrags ist nicht auf diesem Arbeitsplatz (noch nicht synchronisiert oder gelöscht).</translation>
    </message>
    <message>
        <source>The record could not be opened: %1</source>
        <translation>Der Eintrag konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The record is not a FHIR resource.</source>
        <translation>Der Eintrag ist keine FHIR-Ressource.</translation>
    </message>
    <message>
        <source>The transaction cannot be read.</source>
        <translation>Die Transaktion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>This patient is not readable here.</source>
        <translation>Dieser Patient ist hier nicht lesbar.</translation>
    </message>
    <message>
        <source>This record is not on this workstation.</source>
        <translation>Dieser Eintrag ist nicht auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>This record is entry %L1 of the ledger, in block %L2. Its inclusion was checked against block %L3, signed by %4 of %5 members: nothing was changed.</source>
        <translation>Dieser Eintrag ist Eintrag %L1 des Ledgers, in Block %L2. Seine Inklusion wurde gegen Block %L3 geprüft, signiert von %4 von %5 Mitgliedern: Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The inclusion proof of this record does NOT match the signed block: do not rely on it.</source>
        <translation>Der Inklusionsnachweis dieses Eintrags stimmt NICHT mit dem signierten Block überein: Verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <source>This patient is not registered on this workstation&apos;s ledger.</source>
        <translation>Dieser Patient ist im Ledger dieses Arbeitsplatzes nicht registriert.</translation>
    </message>
    <message>
        <source>Choose the clinician you enter this for.</source>
        <translation>Wählen Sie den Behandler, für den Sie dies eintragen.</translation>
    </message>
    <message>
        <source>The record to amend is not on this workstation.</source>
        <translation>Der zu ändernde Eintrag ist nicht auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>The record is larger than 1 MiB.</source>
        <translation>Der Eintrag ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>Your role may not enter a %1.</source>
        <translation>Ihre Rolle darf keine Einträge vom Typ %1 anlegen.</translation>
    </message>
    <message>
        <source>Preview the bundle first.</source>
        <translation>Zeigen Sie zuerst die Vorschau des Bundles an.</translation>
    </message>
    <message>
        <source>Entry %1 is invalid (%2); nothing was imported.</source>
        <translation>Eintrag %1 ist ungültig (%2); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The bundle holds no record to import.</source>
        <translation>Das Bundle enthält keinen Eintrag zum Importieren.</translation>
    </message>
    <message>
        <source>Done. Your decision is recorded on the network.</source>
        <translation>Erledigt. Ihre Entscheidung ist im Netzwerk gespeichert.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>Der Arbeitsplatz ist gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong private IDs. Please wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche persönliche IDs. Bitte warten Sie %n Sekunde.</numerusform>
            <numerusform>Zu viele falsche persönliche IDs. Bitte warten Sie %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient is not known at this workstation.</source>
        <translation>Dieser Patient ist an diesem Arbeitsplatz nicht bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>That private ID is not right. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Diese persönliche ID ist nicht korrekt. Bitte warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Diese persönliche ID ist nicht korrekt. Bitte warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That private ID is not right. Please check it and try again.</source>
        <translation>Diese persönliche ID ist nicht korrekt. Bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The patient has not identified.</source>
        <translation>Der Patient hat sich nicht identifiziert.</translation>
    </message>
    <message>
        <source>Please type your private ID first.</source>
        <translation>Bitte geben Sie zuerst Ihre persönliche ID ein.</translation>
    </message>
    <message>
        <source>CareLedger enrolment request
Login: %1
Public key: %2
Your administrator enrols you on your organisation&apos;s full node with:
  careledgerd enroll --datadir &lt;node data directory&gt; --public-key %2 --name &quot;&lt;your name&gt;&quot; --role &lt;role&gt;</source>
        <translation>CareLedger-Registrierungsanfrage
Anmeldename: %1
Öffentlicher Schlüssel: %2
Ihr Administrator registriert Sie auf dem Full Node Ihrer Organisation mit:
  careledgerd enroll --datadir &lt;Datenverzeichnis des Knotens&gt; --public-key %2 --name &quot;&lt;Ihr Name&gt;&quot; --role &lt;Rolle&gt;</translation>
    </message>
    <message>
        <source>This role may not enter a record of this kind (%1).</source>
        <translation>Diese Rolle darf keinen Eintrag dieser Art erfassen (%1).</translation>
    </message>
    <message>
        <source>Only doctors and nurses register monitoring devices.</source>
        <translation>Nur Ärzte und Pflegekräfte registrieren Überwachungsgeräte.</translation>
    </message>
    <message>
        <source>Give the device&apos;s serial number or asset tag (up to 64 characters).</source>
        <translation>Geben Sie die Seriennummer oder Inventarnummer des Geräts an (bis zu 64 Zeichen).</translation>
    </message>
    <message>
        <source>The device key must be 64 hexadecimal digits (32 bytes).</source>
        <translation>Der Geräteschlüssel muss aus 64 Hexadezimalziffern (32 Bytes) bestehen.</translation>
    </message>
    <message>
        <source>The device can have been in use since at most 30 days ago, and not from a future date.</source>
        <translation>Das Gerät kann seit höchstens 30 Tagen in Gebrauch sein, nicht ab einem zukünftigen Datum.</translation>
    </message>
    <message>
        <source>The end of the monitoring must lie in the future.</source>
        <translation>Das Ende der Überwachung muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Device %1 is already registered for this patient.</source>
        <translation>Gerät %1 ist für diesen Patienten bereits registriert.</translation>
    </message>
    <message>
        <source>Only doctors and nurses end a device&apos;s monitoring.</source>
        <translation>Nur Ärzte und Pflegekräfte beenden die Überwachung durch ein Gerät.</translation>
    </message>
    <message>
        <source>Device %1 is not monitoring this patient.</source>
        <translation>Gerät %1 überwacht diesen Patienten nicht.</translation>
    </message>
    <message>
        <source>The receiving organisation cannot read a record this referral carries: the patient has not consented to sharing it with them. Ask the patient to grant consent at the kiosk, or leave that record out.</source>
        <translation>Die empfangende Organisation kann einen Eintrag, den diese Überweisung enthält, nicht lesen: Der Patient hat nicht in die Freigabe an sie eingewilligt. Bitten Sie den Patienten, am Kiosk seine Einwilligung zu erteilen, oder lassen Sie diesen Eintrag weg.</translation>
    </message>
    <message>
        <source>The network refused this: %1.</source>
        <translation>Das Netzwerk hat dies abgelehnt: %1.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>New %1 referral from %2 for %3.</source>
        <translation>Neue Überweisung (%1) von %2 für %3.</translation>
    </message>
    <message>
        <source>The referral for %1 was %2 by %3.</source>
        <translation>Die Überweisung für %1 wurde von %3 %2.</translation>
    </message>
    <message>
        <source>Only a doctor can write a referral.</source>
        <translation>Nur ein Arzt kann eine Überweisung ausstellen.</translation>
    </message>
    <message>
        <source>Choose the organisation the patient is referred to.</source>
        <translation>Wählen Sie die Organisation, an die der Patient überwiesen wird.</translation>
    </message>
    <message>
        <source>The chosen clinician is not a doctor of %1.</source>
        <translation>Der gewählte Behandler ist kein Arzt von %1.</translation>
    </message>
    <message>
        <source>You cannot refer a patient to yourself.</source>
        <translation>Sie können einen Patienten nicht an sich selbst überweisen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A referral carries at most %1 records.</source>
        <translation>Eine Überweisung enthält höchstens %1 Einträge.</translation>
    </message>
    <message>
        <source>An attached record is not a record of this patient on this workstation.</source>
        <translation>Ein angehängter Eintrag ist kein Eintrag dieses Patienten auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>%1 cannot read the attached %2: the patient has not consented to sharing it with them. Ask the patient to grant consent at the kiosk, or leave that record out.</source>
        <translation>%1 kann den angehängten Eintrag (%2) nicht lesen: Der Patient hat nicht in die Freigabe an diese Organisation eingewilligt. Bitten Sie den Patienten, am Kiosk seine Einwilligung zu erteilen, oder lassen Sie diesen Eintrag weg.</translation>
    </message>
    <message>
        <source>This referral is not on this workstation.</source>
        <translation>Diese Überweisung ist nicht auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>Not allowed: %1.</source>
        <translation>Nicht erlaubt: %1.</translation>
    </message>
    <message>
        <source>Choose an appointment slot in the future.</source>
        <translation>Wählen Sie einen Termin in der Zukunft.</translation>
    </message>
    <message>
        <source>Choose why the referral is declined.</source>
        <translation>Wählen Sie den Grund für die Ablehnung der Überweisung.</translation>
    </message>
    <message>
        <source>Write the report for the referring doctor.</source>
        <translation>Schreiben Sie den Bericht für den überweisenden Arzt.</translation>
    </message>
    <message>
        <source>Referral report</source>
        <translation>Überweisungsbericht</translation>
    </message>
    <message>
        <source>Referral declined</source>
        <translation>Überweisung abgelehnt</translation>
    </message>
    <message>
        <source>This record has not reached this workstation yet.</source>
        <translation>Dieser Eintrag ist noch nicht auf diesem Arbeitsplatz angekommen.</translation>
    </message>
    <message>
        <source>The audit trail is for compliance officers.</source>
        <translation>Das Prüfprotokoll ist Compliance-Beauftragten vorbehalten.</translation>
    </message>
    <message>
        <source>(a note you cannot open: %1)</source>
        <translation>(eine Notiz, die Sie nicht öffnen können: %1)</translation>
    </message>
    <message>
        <source>Select the entries to verify first.</source>
        <translation>Wählen Sie zuerst die zu verifizierenden Einträge aus.</translation>
    </message>
    <message>
        <source>Write what you found before marking the flag reviewed.</source>
        <translation>Halten Sie fest, was Sie festgestellt haben, bevor Sie die Auffälligkeit als geprüft markieren.</translation>
    </message>
    <message>
        <source>The note is too long (at most about 8,000 characters).</source>
        <translation>Die Notiz ist zu lang (höchstens etwa 8.000 Zeichen).</translation>
    </message>
    <message>
        <source>This flag is already closed.</source>
        <translation>Diese Auffälligkeit ist bereits geschlossen.</translation>
    </message>
    <message>
        <source>Review the flag (with a note) before closing it.</source>
        <translation>Prüfen Sie die Auffälligkeit (mit einer Notiz), bevor Sie sie schließen.</translation>
    </message>
    <message>
        <source>Only a signed-in compliance officer signs audit reports.</source>
        <translation>Nur ein angemeldeter Compliance-Beauftragter signiert Prüfberichte.</translation>
    </message>
</context>
<context>
    <name>careledger::EnrolmentDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Import key file…</source>
        <translation>Schlüsseldatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation>Anfrage &amp;kopieren</translation>
    </message>
    <message>
        <source>Set up this workstation</source>
        <translation>Arbeitsplatz einrichten</translation>
    </message>
    <message>
        <source>Set up your account on this workstation</source>
        <translation>Ihr Konto auf diesem Arbeitsplatz einrichten</translation>
    </message>
    <message>
        <source>Your signing keys are made here and kept in this computer&apos;s keychain, protected by your password. Your organisation&apos;s administrator then enrols them. If you were given a key file, import it instead.</source>
        <translation>Ihre Signaturschlüssel werden hier erzeugt und im Schlüsselbund dieses Computers gespeichert, geschützt durch Ihr Passwort. Anschließend registriert der Administrator Ihrer Organisation sie. Wenn Sie eine Schlüsseldatei erhalten haben, importieren Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>e.g. ahart</source>
        <translation>z. B. ahart</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Anmeldename</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Account set up</source>
        <translation>Konto eingerichtet</translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation>Registrierungsanfrage</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The key file is imported for “%1”. You can sign in now.</source>
        <translation>Die Schlüsseldatei für „%1“ ist importiert. Sie können sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>The keys for “%1” are in this computer&apos;s keychain. Give the enrolment request below to your organisation&apos;s administrator; once they have enrolled you and set up your sign-in codes, you can sign in.</source>
        <translation>Die Schlüssel für „%1“ liegen im Schlüsselbund dieses Computers. Geben Sie die Registrierungsanfrage unten an den Administrator Ihrer Organisation; sobald er Sie registriert und Ihre Anmeldecodes eingerichtet hat, können Sie sich anmelden.</translation>
    </message>
    <message>
        <source>An account of that login is already set up here. Choose another login.</source>
        <translation>Ein Konto mit diesem Anmeldenamen ist hier bereits eingerichtet. Wählen Sie einen anderen Anmeldenamen.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so no keys can be stored.</source>
        <translation>Der Schlüsselbund des Systems ist auf diesem Computer nicht verfügbar, daher können keine Schlüssel gespeichert werden.</translation>
    </message>
    <message>
        <source>That file is not a CareLedger secret key.</source>
        <translation>Diese Datei ist kein geheimer CareLedger-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose a login.</source>
        <translation>Wählen Sie einen Anmeldenamen.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>weak: add length or variety</source>
        <translation>schwach: länger oder vielfältiger wählen</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>A passphrase of a few unrelated words is easy to remember and hard to guess.</source>
        <translation>Eine Passphrase aus einigen nicht zusammenhängenden Wörtern ist leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Making your keys…</source>
        <translation>Ihre Schlüssel werden erzeugt…</translation>
    </message>
    <message>
        <source>Import a secret key file</source>
        <translation>Geheime Schlüsseldatei importieren</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” is not a secret key file (64 bytes).</source>
        <translation>„%1“ ist keine geheime Schlüsseldatei (64 Byte).</translation>
    </message>
    <message>
        <source>Importing the key…</source>
        <translation>Schlüssel wird importiert…</translation>
    </message>
</context>
<context>
    <name>careledger::HistoryDialog</name>
    <message>
        <source>Versions of this record</source>
        <translation>Versionen dieses Eintrags</translation>
    </message>
    <message>
        <source>Records are never changed in place: each amendment is a new signed version that supersedes the one before. All versions stay on the ledger.</source>
        <translation>Einträge werden nie direkt verändert: Jede Änderung ist eine neue signierte Version, die die vorherige ersetzt. Alle Versionen bleiben im Ledger.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Versionen werden geladen…</translation>
    </message>
    <message>
        <source>The versions could not be loaded: %1</source>
        <translation>Die Versionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No earlier versions are readable here.</source>
        <translation>Hier sind keine früheren Versionen lesbar.</translation>
    </message>
</context>
<context>
    <name>careledger::ImportDialog</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MB).</source>
        <translation>%1 ist zu groß zum Importieren (mehr als %2 MB).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Import FHIR records</source>
        <translation>FHIR-Einträge importieren</translation>
    </message>
    <message>
        <source>Into the record of patient %1</source>
        <translation>In die Akte des Patienten %1</translation>
    </message>
    <message>
        <source>Into the record of %1 · %2</source>
        <translation>In die Akte von %1 · %2</translation>
    </message>
    <message>
        <source>Choose a FHIR R4 Bundle (JSON). Every entry is checked first; the import is all or nothing.</source>
        <translation>Wählen Sie ein FHIR-R4-Bundle (JSON). Jeder Eintrag wird zuerst geprüft; importiert wird alles oder nichts.</translation>
    </message>
    <message>
        <source>No file chosen (you can also drop a file here)</source>
        <translation>Keine Datei gewählt (Sie können eine Datei auch hier ablegen)</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bundle:</translation>
    </message>
    <message>
        <source>You import these records on behalf of a clinician of your organisation.</source>
        <translation>Sie importieren diese Einträge im Auftrag eines Behandlers Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Import &amp;for:</source>
        <translation>Importieren &amp;für:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Bundle entries</source>
        <translation>Bundle-Einträge</translation>
    </message>
    <message>
        <source>Show only &amp;entries that are not imported</source>
        <translation>Nur &amp;nicht importierte Einträge anzeigen</translation>
    </message>
    <message>
        <source>Fix or remove the invalid entries; nothing is imported while any entry is invalid.</source>
        <translation>Korrigieren oder entfernen Sie die ungültigen Einträge; solange ein Eintrag ungültig ist, wird nichts importiert.</translation>
    </message>
    <message>
        <source>Your role cannot import records.</source>
        <translation>Ihre Rolle kann keine Einträge importieren.</translation>
    </message>
    <message>
        <source>Choose a bundle to see what it contains.</source>
        <translation>Wählen Sie ein Bundle, um seinen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Choose a FHIR bundle</source>
        <translation>FHIR-Bundle wählen</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json);;All files (*)</source>
        <translation>FHIR-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Checking the entries…</source>
        <translation>Einträge werden geprüft…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Nothing to import: every entry is skipped.</source>
        <translation>Nichts zu importieren: Alle Einträge werden übersprungen.</translation>
    </message>
    <message>
        <source>Entries: %1 · to import: %2 · skipped: %3 · invalid: %4</source>
        <translation>Einträge: %1 · zu importieren: %2 · übersprungen: %3 · ungültig: %4</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>The bundle could not be checked: %1</source>
        <translation>Das Bundle konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>%n Eintrag importieren</numerusform>
            <numerusform>%n Einträge importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>No clinician of your organisation is listed yet; records cannot be imported on anyone&apos;s behalf.</source>
        <translation>Es ist noch kein Behandler Ihrer Organisation erfasst; Einträge können in niemandes Auftrag importiert werden.</translation>
    </message>
    <message>
        <source>Choose the clinician you import these records for.</source>
        <translation>Wählen Sie den Behandler, für den Sie diese Einträge importieren.</translation>
    </message>
    <message>
        <source>Ready to import. Records to import: %1.</source>
        <translation>Bereit zum Import. Zu importierende Einträge: %1.</translation>
    </message>
    <message>
        <source>Importing… waiting for the network to sign the block.</source>
        <translation>Import läuft… Warten auf die Signatur des Blocks durch das Netzwerk.</translation>
    </message>
    <message>
        <source>Import complete. Records imported: %1; they are final on the network.</source>
        <translation>Import abgeschlossen. Importierte Einträge: %1; sie sind im Netzwerk endgültig.</translation>
    </message>
</context>
<context>
    <name>careledger::KioskWindow</name>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Emergency care</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>This facility</source>
        <translation>Diese Einrichtung</translation>
    </message>
    <message>
        <source>CareLedger · %1</source>
        <translation>CareLedger · %1</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>End and hand the screen back to the staff. Nothing of your private ID is kept.</source>
        <translation>Beenden und den Bildschirm an das Personal zurückgeben. Von Ihrer persönlichen ID wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Please type your private ID</source>
        <translation>Bitte geben Sie Ihre persönliche ID ein</translation>
    </message>
    <message>
        <source>It is on the card you received when you registered. Capital or small letters, spaces and dashes do not matter.</source>
        <translation>Sie steht auf der Karte, die Sie bei Ihrer Registrierung erhalten haben. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <source>for example K7QH-2MXP-9TAV</source>
        <translation>zum Beispiel K7QH-2MXP-9TAV</translation>
    </message>
    <message>
        <source>Private ID</source>
        <translation>Persönliche ID</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide what you typed</source>
        <translation>Eingabe verbergen</translation>
    </message>
    <message>
        <source>Please type your private ID.</source>
        <translation>Bitte geben Sie Ihre persönliche ID ein.</translation>
    </message>
    <message>
        <source>Checking your private ID… this takes a few seconds.</source>
        <translation>Ihre persönliche ID wird geprüft… das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Guten Tag, %1</translation>
    </message>
    <message>
        <source>That private ID is not right. Please check it and try again.</source>
        <translation>Diese persönliche ID ist nicht korrekt. Bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation>&amp;Freigabe</translation>
    </message>
    <message>
        <source>My &amp;records</source>
        <translation>Meine &amp;Daten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sharing your records with %1</source>
        <translation>Ihre Daten für %1 freigeben</translation>
    </message>
    <message>
        <source>What may they read?</source>
        <translation>Was darf gelesen werden?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Wozu?</translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation>Wie lange?</translation>
    </message>
    <message>
        <source>&amp;All my records</source>
        <translation>&amp;Alle meine Daten</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Until I revoke it</source>
        <translation>Bis ich widerrufe</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>Zugriff &amp;gewähren</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Who can read your records</source>
        <translation>Wer Ihre Daten lesen darf</translation>
    </message>
    <message>
        <source>Choose which of your records %1 may read.</source>
        <translation>Wählen Sie, welche Ihrer Daten %1 lesen darf.</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>only: %1</source>
        <translation>nur: %1</translation>
    </message>
    <message>
        <source>until you revoke it</source>
        <translation>bis Sie widerrufen</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 asks to read your records (%2) for %3 %4. You can revoke this at any time.</source>
        <translation>%1 möchte Ihre Daten (%2) lesen – Zweck: %3, %4. Sie können dies jederzeit widerrufen.</translation>
    </message>
    <message>
        <source>Saving your consent… waiting for the network to sign it.</source>
        <translation>Ihre Einwilligung wird gespeichert… Warten auf die Signatur durch das Netzwerk.</translation>
    </message>
    <message>
        <source>Nothing was shared. You can look at your records, or press Finish.</source>
        <translation>Es wurde nichts freigegeben. Sie können Ihre Daten ansehen oder auf „Beenden“ drücken.</translation>
    </message>
    <message>
        <source>Revoking… waiting for the network to sign it.</source>
        <translation>Wird widerrufen… Warten auf die Signatur durch das Netzwerk.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Given %1, until you revoke it</source>
        <translation>Erteilt am %1, bis Sie widerrufen</translation>
    </message>
    <message>
        <source>Given %1, until %2</source>
        <translation>Erteilt am %1, bis %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke access of %1</source>
        <translation>Zugriff von %1 widerrufen</translation>
    </message>
    <message>
        <source>Nobody has been given access by you yet.</source>
        <translation>Sie haben noch niemandem Zugriff gewährt.</translation>
    </message>
    <message>
        <source>Thank you. %1 can now read your records as you chose.</source>
        <translation>Vielen Dank. %1 kann Ihre Daten jetzt wie von Ihnen gewählt lesen.</translation>
    </message>
    <message>
        <source>Revoked. They can no longer read your records.</source>
        <translation>Widerrufen. Ihre Daten können dort nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Your current consents cannot be shown: %1</source>
        <translation>Ihre aktuellen Einwilligungen können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The download did not work: %1</source>
        <translation>Der Download hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Choose a record on the left to read it here.</source>
        <translation>Wählen Sie links einen Eintrag, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>A file other doctors&apos; systems can read (FHIR R4 JSON)</source>
        <translation>Eine Datei, die die Systeme anderer Ärzte lesen können (FHIR R4 JSON)</translation>
    </message>
    <message>
        <source>Download as &amp;PDF</source>
        <translation>Als &amp;PDF herunterladen</translation>
    </message>
    <message>
        <source>A document to read or print</source>
        <translation>Ein Dokument zum Lesen oder Drucken</translation>
    </message>
    <message>
        <source>There are no records to show yet.</source>
        <translation>Es sind noch keine Einträge vorhanden.</translation>
    </message>
    <message>
        <source>Your records cannot be shown: %1</source>
        <translation>Ihre Daten können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>This record cannot be opened here: %1</source>
        <translation>Dieser Eintrag kann hier nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation>Außerhalb des Normbereichs</translation>
    </message>
    <message>
        <source>Verified: final in block %1, signed by %2 of %3 members.</source>
        <translation>Verifiziert: endgültig in Block %1, signiert von %2 von %3 Mitgliedern.</translation>
    </message>
    <message>
        <source>health-record-%1</source>
        <translation>gesundheitsakte-%1</translation>
    </message>
    <message>
        <source>Save your records as PDF</source>
        <translation>Ihre Daten als PDF speichern</translation>
    </message>
    <message>
        <source>Save your records as FHIR</source>
        <translation>Ihre Daten als FHIR speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Preparing your download…</source>
        <translation>Ihr Download wird vorbereitet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>treatment</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>a referral</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>emergency care</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation>Notfallversorgung</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation>Sie können es in %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>&amp;Download as FHIR</source>
        <translation>Als FHIR &amp;herunterladen</translation>
    </message>
</context>
<context>
    <name>careledger::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Benutzer &amp;wechseln</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Arbeitsplatz gesperrt</translation>
    </message>
    <message>
        <source>The session is kept. Enter your password to continue, or switch to another user (this signs you out).</source>
        <translation>Die Sitzung bleibt erhalten. Geben Sie Ihr Passwort ein, um fortzufahren, oder wechseln Sie zu einem anderen Benutzer (dabei werden Sie abgemeldet).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Could not unlock: %1</source>
        <translation>Entsperren nicht möglich: %1</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Gesperrt – %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>careledger::LoginDialog</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Set &amp;up this workstation…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>Sign in with your password and the code from your authenticator app.</source>
        <translation>Melden Sie sich mit Ihrem Passwort und dem Code aus Ihrer Authenticator-App an.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign-in &amp;code</source>
        <translation>Anmelde&amp;code</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The workstation could not start: %1</source>
        <translation>Der Arbeitsplatz konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo network — not for real patients</source>
        <translation>Demonetzwerk – nicht für echte Patienten</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demokonten</translation>
    </message>
    <message>
        <source>These demo users were created by “careledgerd demo”. Their sign-in codes are shown here only because this is a demonstration; a real code comes from the user&apos;s phone.</source>
        <translation>Diese Demobenutzer wurden mit „careledgerd demo“ angelegt. Ihre Anmeldecodes werden nur hier angezeigt, weil dies eine Demonstration ist; ein echter Code kommt vom Telefon des Benutzers.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The sign-in code is not correct or has expired. Codes change every 30 seconds: enter the one your authenticator app shows now.</source>
        <translation>Der Anmeldecode ist falsch oder abgelaufen. Codes ändern sich alle 30 Sekunden: Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.</translation>
    </message>
    <message>
        <source>Signing in is locked after too many wrong codes. Try again later.</source>
        <translation>Die Anmeldung ist nach zu vielen falschen Codes gesperrt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Signing in is locked after too many wrong codes. Try again after %1.</source>
        <translation>Die Anmeldung ist nach zu vielen falschen Codes gesperrt. Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this workstation. Try again in a few minutes.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen an diesem Arbeitsplatz. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so your keys cannot be read. Unlock it (sign in to the desktop again) and retry.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher können Ihre Schlüssel nicht gelesen werden. Entsperren Sie ihn (melden Sie sich erneut am Desktop an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so your keys cannot be read. Ask IT to check the Secret Service (GNOME Keyring).</source>
        <translation>Der Schlüsselbund des Systems ist auf diesem Computer nicht verfügbar, daher können Ihre Schlüssel nicht gelesen werden. Bitten Sie die IT, den Secret Service (GNOME Keyring) zu prüfen.</translation>
    </message>
    <message>
        <source>No hospital node could be reached. Check the network connection and try again.</source>
        <translation>Kein Klinikknoten erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No account of that name is set up on this workstation. Choose one from the list, or set up this workstation for you first.</source>
        <translation>Auf diesem Arbeitsplatz ist kein Konto mit diesem Namen eingerichtet. Wählen Sie eines aus der Liste oder richten Sie diesen Arbeitsplatz zuerst für sich ein.</translation>
    </message>
    <message>
        <source>The hospital node does not know this user: the enrolment is not done yet, or it was revoked. Ask your organisation&apos;s administrator.</source>
        <translation>Der Klinikknoten kennt diesen Benutzer nicht: Die Registrierung ist noch nicht abgeschlossen oder wurde widerrufen. Wenden Sie sich an den Administrator Ihrer Organisation.</translation>
    </message>
    <message>
        <source>No sign-in codes are set up for this user yet. Ask your organisation&apos;s administrator to finish your enrolment.</source>
        <translation>Für diesen Benutzer sind noch keine Anmeldecodes eingerichtet. Bitten Sie den Administrator Ihrer Organisation, Ihre Registrierung abzuschließen.</translation>
    </message>
    <message>
        <source>This user&apos;s access has been revoked. Ask your organisation&apos;s administrator.</source>
        <translation>Der Zugang dieses Benutzers wurde widerrufen. Wenden Sie sich an den Administrator Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation>Anmeldung fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Codes change in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation>Die Codes wechseln in %1.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this workstation. Try again in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation>Zu viele fehlgeschlagene Anmeldungen von diesem Arbeitsplatz. Versuchen Sie es in %1 erneut.</translation>
    </message>
</context>
<context>
    <name>careledger::MainWindow</name>
    <message>
        <source>Your account is not enrolled on the ledger yet. You can sign in, but you will see no patients until your organisation&apos;s administrator has enrolled you.</source>
        <translation>Ihr Konto ist noch nicht im Ledger registriert. Sie können sich anmelden, sehen aber keine Patienten, bis der Administrator Ihrer Organisation Sie registriert hat.</translation>
    </message>
    <message>
        <source>Saved: %1 (final in block %2)</source>
        <translation>Gespeichert: %1 (endgültig in Block %2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert</numerusform>
            <numerusform>%n Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The record could not be exported: %1</source>
        <translation>Die Akte konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>&amp;Import FHIR…</source>
        <translation>FHIR-&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>FHIR bundle (JSON)…</source>
        <translation>FHIR-Bundle (JSON)…</translation>
    </message>
    <message>
        <source>PDF for printing…</source>
        <translation>PDF zum Drucken…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>&amp;Kiosk…</translation>
    </message>
    <message>
        <source>Hand the screen to the patient at the desk to share or view their records</source>
        <translation>Den Bildschirm an den Patienten am Schalter übergeben, damit er seine Daten freigeben oder ansehen kann</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Benutzer &amp;wechseln</translation>
    </message>
    <message>
        <source>Sign out and let another user sign in</source>
        <translation>Abmelden und einen anderen Benutzer anmelden lassen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Open a patient first</source>
        <translation>Öffnen Sie zuerst einen Patienten</translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation>Akte als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the record as a FHIR bundle</source>
        <translation>Akte als FHIR-Bundle exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the record…</source>
        <translation>Die Akte wird exportiert…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Import complete. Records imported: %1.</source>
        <translation>Import abgeschlossen. Importierte Einträge: %1.</translation>
    </message>
    <message>
        <source>The audit trail comes in a later release.</source>
        <translation>Das Prüfprotokoll (Audit-Trail) folgt in einer späteren Version.</translation>
    </message>
    <message>
        <source>Your role (%1) does not read clinical records.</source>
        <translation>Ihre Rolle (%1) hat keinen Zugriff auf klinische Daten.</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>Überweisung &amp;erstellen…</translation>
    </message>
    <message>
        <source>Refer the open patient to a colleague or another organisation</source>
        <translation>Den geöffneten Patienten an einen Kollegen oder eine andere Organisation überweisen</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>Ü&amp;berweisungen</translation>
    </message>
    <message>
        <source>Referral sent: signed and final on the network.</source>
        <translation>Überweisung gesendet: signiert und im Netzwerk endgültig.</translation>
    </message>
    <message>
        <source>Re&amp;ferrals (%1)</source>
        <translation>Ü&amp;berweisungen (%1)</translation>
    </message>
    <message>
        <source>Referral inbox</source>
        <translation>Überweisungseingang</translation>
    </message>
    <message numerus="yes">
        <source>Referral inbox: %n waiting for your answer, some overdue</source>
        <translation>
            <numerusform>Überweisungseingang: %n wartet auf Ihre Antwort, überfällig</numerusform>
            <numerusform>Überweisungseingang: %n warten auf Ihre Antwort, einige überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referral inbox: %n waiting for your answer</source>
        <translation>
            <numerusform>Überweisungseingang: %n wartet auf Ihre Antwort</numerusform>
            <numerusform>Überweisungseingang: %n warten auf Ihre Antwort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::PatientHeaderBar</name>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Aktive Diagnosen</translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation>Aktuelle Medikation</translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation>geb. %1 (%2)</translation>
    </message>
    <message>
        <source>Patient ID %1</source>
        <translation>Patienten-ID %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation>Allergie: %1</translation>
    </message>
</context>
<context>
    <name>careledger::PatientListModel</name>
    <message>
        <source>%1, born %2, %3, patient ID %4</source>
        <translation>%1, geb. %2, %3, Patienten-ID %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date of birth (age)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth (age)</source>
        <translation>Geboren (Alter)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschl.</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Pat.-ID</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>age in years</comment>
        <translation>
            <numerusform>%n J.</numerusform>
            <numerusform>%n J.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>age in months</comment>
        <translation>
            <numerusform>%n Mon.</numerusform>
            <numerusform>%n Mon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age in days</comment>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <comment>column header: date of birth and age</comment>
        <translation>Geboren (Alter)</translation>
    </message>
</context>
<context>
    <name>careledger::PatientRecordView</name>
    <message>
        <source>Find a patient on the left to open their record.

Ctrl+F searches by name, date of birth or patient ID.</source>
        <translation>Suchen Sie links einen Patienten, um seine Akte zu öffnen.

Strg+F sucht nach Name, Geburtsdatum oder Patienten-ID.</translation>
    </message>
    <message>
        <source>Record timeline</source>
        <translation>Zeitverlauf der Akte</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Show records of every kind</source>
        <translation>Einträge aller Arten anzeigen</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Select an entry on the timeline to read it in full.</source>
        <translation>Wählen Sie einen Eintrag im Zeitverlauf, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Record content</source>
        <translation>Inhalt des Eintrags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clinical time</source>
        <translation>Klinischer Zeitpunkt</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Im Auftrag von</translation>
    </message>
    <message>
        <source>&amp;Proof…</source>
        <translation>Nachw&amp;eis…</translation>
    </message>
    <message>
        <source>How this record is proven to be on the ledger, unchanged</source>
        <translation>Wie nachgewiesen ist, dass dieser Eintrag unverändert im Ledger steht</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historie…</translation>
    </message>
    <message>
        <source>Earlier versions of this amended record</source>
        <translation>Frühere Versionen dieses geänderten Eintrags</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Eintrag wird geladen…</translation>
    </message>
    <message>
        <source>The record could not be loaded: %1</source>
        <translation>Der Eintrag konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No records match these filters.</source>
        <translation>Keine Einträge entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No records yet for this patient.</source>
        <translation>Noch keine Einträge für diesen Patienten.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · loading more…</source>
        <translation>
            <numerusform>%n Eintrag angezeigt · weitere werden geladen…</numerusform>
            <numerusform>%n Einträge angezeigt · weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · could not load more: %1</source>
        <translation>
            <numerusform>%n Eintrag angezeigt · weitere konnten nicht geladen werden: %1</numerusform>
            <numerusform>%n Einträge angezeigt · weitere konnten nicht geladen werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · older entries load as you scroll</source>
        <translation>
            <numerusform>%n Eintrag angezeigt · ältere Einträge werden beim Scrollen geladen</numerusform>
            <numerusform>%n Einträge angezeigt · ältere Einträge werden beim Scrollen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Record not readable here</source>
        <translation>Eintrag hier nicht lesbar</translation>
    </message>
    <message>
        <source>Abnormal result</source>
        <translation>Auffälliger Befund</translation>
    </message>
    <message>
        <source>Amended (version %1)</source>
        <translation>Geändert (Version %1)</translation>
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
        <translation>Noch nicht in einem endgültigen Block</translation>
    </message>
    <message>
        <source>Show only vital signs (together with any other kinds checked)</source>
        <translation>Nur Vitalparameter anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only lab results (together with any other kinds checked)</source>
        <translation>Nur Laborbefunde anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only conditions (together with any other kinds checked)</source>
        <translation>Nur Diagnosen anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only medications (together with any other kinds checked)</source>
        <translation>Nur Medikation anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only allergies (together with any other kinds checked)</source>
        <translation>Nur Allergien anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only notes (together with any other kinds checked)</source>
        <translation>Nur Notizen anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only encounters (together with any other kinds checked)</source>
        <translation>Nur Kontakte anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only reports (together with any other kinds checked)</source>
        <translation>Nur Berichte anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only procedures (together with any other kinds checked)</source>
        <translation>Nur Prozeduren anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only immunizations (together with any other kinds checked)</source>
        <translation>Nur Impfungen anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only care plans (together with any other kinds checked)</source>
        <translation>Nur Behandlungspläne anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only other records (together with any other kinds checked)</source>
        <translation>Nur sonstige Einträge anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Show only records of this kind: %1 (together with any other kinds checked)</source>
        <translation>Nur Einträge dieser Art anzeigen: %1 (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation>Endgültig in Block %1</translation>
    </message>
    <message>
        <source>Proof checked · signed by %1 of %2 network members</source>
        <translation>Nachweis geprüft · signiert von %1 von %2 Netzwerkmitgliedern</translation>
    </message>
    <message>
        <source>In block %1</source>
        <translation>In Block %1</translation>
    </message>
    <message>
        <source>The proof has not been checked yet.</source>
        <translation>Der Nachweis wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Waiting for the network to include it in a block.</source>
        <translation>Wartet darauf, dass das Netzwerk den Eintrag in einen Block aufnimmt.</translation>
    </message>
    <message>
        <source>Show only referrals (together with any other kinds checked)</source>
        <translation>Nur Überweisungen anzeigen (zusammen mit anderen ausgewählten Arten)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>Ei&amp;nträge</translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
        <translation>Vit&amp;alparameter</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Vitals (%n alert(s))</source>
        <translation>
            <numerusform>Vit&amp;alparameter (%n Alarm)</numerusform>
            <numerusform>Vit&amp;alparameter (%n Alarme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::PatientSearchWidget</name>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Name, date of birth or patient ID</source>
        <translation>Name, Geburtsdatum oder Patienten-ID</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Passende Patienten</translation>
    </message>
    <message>
        <source>No patients yet.
The list fills in as this workstation syncs with your hospital&apos;s node.</source>
        <translation>Noch keine Patienten.
Die Liste füllt sich, während dieser Arbeitsplatz mit dem Knoten Ihrer Klinik synchronisiert.</translation>
    </message>
    <message>
        <source>No patient matches “%1”.
Search by family or given name, date of birth (dd.mm.yyyy) or patient ID.</source>
        <translation>Kein Patient passt zu „%1“.
Suchen Sie nach Nach- oder Vorname, Geburtsdatum (TT.MM.JJJJ) oder Patienten-ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 patients</source>
        <translation>%1 von %2 Patienten</translation>
    </message>
</context>
<context>
    <name>careledger::ProofDialog</name>
    <message>
        <source>Checking the proof of this record…</source>
        <translation>Der Nachweis dieses Eintrags wird geprüft…</translation>
    </message>
    <message>
        <source>Proof of this record</source>
        <translation>Nachweis dieses Eintrags</translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation>&amp;Technische Details</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>This record is in block %1, which %2 of %3 member organisations have signed.</source>
        <translation>Dieser Eintrag ist in Block %1, den %2 von %3 Mitgliedsorganisationen signiert haben.</translation>
    </message>
    <message>
        <source>The proof of this record could not be shown: %1</source>
        <translation>Der Nachweis dieses Eintrags konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Log index</source>
        <translation>Log-Index</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Baumgröße</translation>
    </message>
    <message>
        <source>Proven at block</source>
        <translation>Nachgewiesen in Block</translation>
    </message>
    <message>
        <source>Leaf hash</source>
        <translation>Blatt-Hash</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Header hash</source>
        <translation>Header-Hash</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 von %2 Mitgliedern</translation>
    </message>
    <message numerus="yes">
        <source>Inclusion proof (%n hash(es), leaf to root, RFC 9162):</source>
        <translation>
            <numerusform>Inklusionsnachweis (%n Hash, vom Blatt zur Wurzel, RFC 9162):</numerusform>
            <numerusform>Inklusionsnachweis (%n Hashes, vom Blatt zur Wurzel, RFC 9162):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::RecordFormDialog</name>
    <message>
        <source>Vital signs</source>
        <translation>Vitalparameter</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation>Klinische Notiz</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>%1 · born %2 · %3</source>
        <translation>%1 · geb. %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>Eintrags&amp;typ:</translation>
    </message>
    <message>
        <source>You enter this record on behalf of a clinician of your organisation. The ledger names both of you.</source>
        <translation>Sie erfassen diesen Eintrag im Auftrag eines Behandlers Ihrer Organisation. Das Ledger nennt Sie beide.</translation>
    </message>
    <message>
        <source>Entered &amp;for:</source>
        <translation>Erfasst &amp;für:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Your role cannot create records.</source>
        <translation>Ihre Rolle kann keine Einträge anlegen.</translation>
    </message>
    <message>
        <source>Your role cannot create a %1 record; choose another type.</source>
        <translation>Ihre Rolle kann keine Einträge vom Typ „%1“ anlegen; wählen Sie einen anderen Typ.</translation>
    </message>
    <message>
        <source>LOINC %1</source>
        <translation>LOINC %1</translation>
    </message>
    <message>
        <source>&amp;Measurement:</source>
        <translation>&amp;Messung:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Diastolic:</source>
        <translation>&amp;Diastolisch:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Zeit auf jetzt setzen</translation>
    </message>
    <message>
        <source>Measured &amp;at:</source>
        <translation>Gemessen &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Systolic:</source>
        <translation>S&amp;ystolisch:</translation>
    </message>
    <message>
        <source>Normal systolic %1 to %2%3 · possible %4 to %5</source>
        <translation>Normal systolisch %1 bis %2%3 · möglich %4 bis %5</translation>
    </message>
    <message>
        <source>Normal %1 to %2%3 · possible %4 to %5</source>
        <translation>Normal %1 bis %2%3 · möglich %4 bis %5</translation>
    </message>
    <message>
        <source>Possible %1 to %2%3</source>
        <translation>Möglich %1 bis %2%3</translation>
    </message>
    <message>
        <source>Type to search SNOMED CT problems</source>
        <translation>Tippen, um SNOMED-CT-Diagnosen zu suchen</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Diagnose:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Rezidiv</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Remission</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Clinical &amp;status:</source>
        <translation>K&amp;linischer Status:</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Type to search RxNorm drugs</source>
        <translation>Tippen, um RxNorm-Medikamente zu suchen</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Medikament:</translation>
    </message>
    <message>
        <source>e.g. 1 tablet twice daily with food</source>
        <translation>z. B. 1 Tablette zweimal täglich zum Essen</translation>
    </message>
    <message>
        <source>&amp;Dosage:</source>
        <translation>D&amp;osierung:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Type to search substances</source>
        <translation>Tippen, um Substanzen zu suchen</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>S&amp;ubstanz:</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Geringes Risiko</translation>
    </message>
    <message>
        <source>High risk (life-threatening)</source>
        <translation>Hohes Risiko (lebensbedrohlich)</translation>
    </message>
    <message>
        <source>Unable to assess</source>
        <translation>Nicht beurteilbar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>&amp;Kritikalität:</translation>
    </message>
    <message>
        <source>Optional, e.g. hives, wheezing</source>
        <translation>Optional, z. B. Urtikaria, Giemen</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Verlaufsnotiz</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Neuer Eintrag: %1</translation>
    </message>
    <message>
        <source>No clinician of your organisation is listed yet; records cannot be entered on anyone&apos;s behalf.</source>
        <translation>Es ist noch kein Behandler Ihrer Organisation erfasst; Einträge können in niemandes Auftrag erfasst werden.</translation>
    </message>
    <message>
        <source>Choose the clinician you enter this record for.</source>
        <translation>Wählen Sie den Behandler, für den Sie diesen Eintrag erfassen.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Choose a condition from the list.</source>
        <translation>Wählen Sie eine Diagnose aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a medication from the list.</source>
        <translation>Wählen Sie ein Medikament aus der Liste.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>Choose a substance from the list.</source>
        <translation>Wählen Sie eine Substanz aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a measurement.</source>
        <translation>Wählen Sie eine Messung.</translation>
    </message>
    <message>
        <source>Enter a valid value.</source>
        <translation>Geben Sie einen gültigen Wert ein.</translation>
    </message>
    <message>
        <source>Enter a valid diastolic value.</source>
        <translation>Geben Sie einen gültigen diastolischen Wert ein.</translation>
    </message>
    <message>
        <source>Choose a record type.</source>
        <translation>Wählen Sie einen Eintragstyp.</translation>
    </message>
    <message>
        <source>Submitting… waiting for the network to sign the block.</source>
        <translation>Wird übermittelt… Warten auf die Signatur des Blocks durch das Netzwerk.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The record is submitted even if you close this window; it appears on the timeline once it is final.</source>
        <translation>Der Eintrag wird auch übermittelt, wenn Sie dieses Fenster schließen; er erscheint im Zeitverlauf, sobald er endgültig ist.</translation>
    </message>
    <message>
        <source>Final in block %1, signed by %2 of %3 members.</source>
        <translation>Endgültig in Block %1, signiert von %2 von %3 Mitgliedern.</translation>
    </message>
    <message>
        <source>The network refused the record.</source>
        <translation>Das Netzwerk hat den Eintrag abgelehnt.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralActionDialog</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Accept the referral</source>
        <translation>Überweisung annehmen</translation>
    </message>
    <message>
        <source>Accept the referral of %1 and give the appointment slot. The referring doctor sees it as soon as the network has it.</source>
        <translation>Nehmen Sie die Überweisung von %1 an und geben Sie den Termin an. Der überweisende Arzt sieht ihn, sobald das Netzwerk ihn hat.</translation>
    </message>
    <message>
        <source>Appointment &amp;slot:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline the referral</source>
        <translation>Überweisung ablehnen</translation>
    </message>
    <message>
        <source>Decline the referral of %1. The referring doctor sees the reason and your note.</source>
        <translation>Lehnen Sie die Überweisung von %1 ab. Der überweisende Arzt sieht den Grund und Ihre Notiz.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Optional: a note to the referring doctor (encrypted; only the two sides and the patient can read it)</source>
        <translation>Optional: eine Notiz an den überweisenden Arzt (verschlüsselt; nur beide Seiten und der Patient können sie lesen)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Start the referral</source>
        <translation>Überweisung beginnen</translation>
    </message>
    <message>
        <source>Mark the referral of %1 as started: the patient is being seen.</source>
        <translation>Markieren Sie die Überweisung von %1 als begonnen: Der Patient wird behandelt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Complete the referral</source>
        <translation>Überweisung abschließen</translation>
    </message>
    <message>
        <source>Write the report for the referring doctor. It becomes a note in %1&apos;s record, readable by your organisation, the referring one and the patient.</source>
        <translation>Schreiben Sie den Bericht für den überweisenden Arzt. Er wird zu einer Notiz in der Akte von %1, lesbar für Ihre Organisation, die überweisende und den Patienten.</translation>
    </message>
    <message>
        <source>Findings, what was done, recommendations</source>
        <translation>Befunde, Maßnahmen, Empfehlungen</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Überweisung stornieren</translation>
    </message>
    <message>
        <source>Cancel the referral of %1? The receiving side sees that it was cancelled. This cannot be undone; write a new referral if it is needed again.</source>
        <translation>Überweisung von %1 stornieren? Die empfangende Seite sieht, dass sie storniert wurde. Dies kann nicht rückgängig gemacht werden; stellen Sie eine neue Überweisung aus, falls sie erneut nötig ist.</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Überweisung stornieren</translation>
    </message>
    <message>
        <source>The slot must be in the future.</source>
        <translation>Der Termin muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose why you decline.</source>
        <translation>Wählen Sie den Grund der Ablehnung.</translation>
    </message>
    <message>
        <source>The report is required to complete a referral.</source>
        <translation>Zum Abschließen einer Überweisung ist der Bericht erforderlich.</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralDetailView</name>
    <message>
        <source>Accept…</source>
        <translation>Annehmen…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation>Überweisung stornieren…</translation>
    </message>
    <message>
        <source>Open patient record</source>
        <translation>Patientenakte öffnen</translation>
    </message>
    <message>
        <source>Choose a referral to see it here.</source>
        <translation>Wählen Sie eine Überweisung, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Every step is a transaction signed by the clinician who took it, final in the block shown.</source>
        <translation>Jeder Schritt ist eine Transaktion, signiert von dem Behandler, der ihn ausgeführt hat, und endgültig im angegebenen Block.</translation>
    </message>
    <message>
        <source>Choose a shared record to read it here.</source>
        <translation>Wählen Sie einen freigegebenen Eintrag, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation>Freigegebene Einträge</translation>
    </message>
    <message>
        <source>Done: signed and final on the network. The list updates with the next sync.</source>
        <translation>Erledigt: signiert und im Netzwerk endgültig. Die Liste wird bei der nächsten Synchronisierung aktualisiert.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Referral of %1 to you</source>
        <translation>Überweisung von %1 an Sie</translation>
    </message>
    <message>
        <source>Referral of %1</source>
        <translation>Überweisung von %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>From %1, %2 to %3. Sent %4.</source>
        <translation>Von %1, %2 an %3. Gesendet %4.</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (Termin %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Fragestellung: %1</translation>
    </message>
    <message>
        <source>%1 (not readable here)</source>
        <translation>%1 (hier nicht lesbar)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation>Endgültig in Block %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Befundbericht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No records were attached.</source>
        <translation>Es wurden keine Einträge angehängt.</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Wird signiert und gesendet…</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralDialog</name>
    <message>
        <source>Sign and send</source>
        <translation>Signieren und senden</translation>
    </message>
    <message>
        <source>Refer %1</source>
        <translation>%1 überweisen</translation>
    </message>
    <message>
        <source>Refer &lt;b&gt;%1&lt;/b&gt; (%2). The request is encrypted for the patient, your organisation and the receiving one; the records you tick are shared with the receiving side.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) überweisen. Die Anfrage wird für den Patienten, Ihre Organisation und die empfangende verschlüsselt; die angekreuzten Einträge werden für die empfangende Seite freigegeben.</translation>
    </message>
    <message>
        <source>Address it to one doctor, or to anyone of the organisation&apos;s doctors</source>
        <translation>An einen bestimmten Arzt richten oder an einen beliebigen Arzt der Organisation</translation>
    </message>
    <message>
        <source>Why the patient is referred, e.g. &quot;Chest pain on exertion&quot;</source>
        <translation>Warum der Patient überwiesen wird, z. B. „Thoraxschmerz bei Belastung“</translation>
    </message>
    <message>
        <source>What you ask of the receiving clinician (optional)</source>
        <translation>Was Sie vom empfangenden Behandler erbitten (optional)</translation>
    </message>
    <message>
        <source>Tick the records the receiving side needs; they will be able to read exactly these.</source>
        <translation>Kreuzen Sie die Einträge an, die die empfangende Seite benötigt; genau diese kann sie dann lesen.</translation>
    </message>
    <message>
        <source>Refer &amp;to:</source>
        <translation>Überweisen &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Doctor:</source>
        <translation>A&amp;rzt:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fragestellung:</translation>
    </message>
    <message>
        <source>Records to &amp;share:</source>
        <translation>Freizugebende &amp;Einträge:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Any doctor of %1</source>
        <translation>Beliebiger Arzt von %1</translation>
    </message>
    <message>
        <source>answer expected %1</source>
        <translation>Antwort erwartet %1</translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation>Geben Sie den Überweisungsgrund an.</translation>
    </message>
    <message>
        <source>Within your own organisation, choose the colleague you refer to.</source>
        <translation>Wählen Sie innerhalb Ihrer eigenen Organisation den Kollegen, an den Sie überweisen.</translation>
    </message>
    <message>
        <source>Signing and sending… it is final once the network has it in a block.</source>
        <translation>Wird signiert und gesendet… endgültig, sobald das Netzwerk sie in einem Block hat.</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralInboxWindow</name>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Incoming: sent to your organisation (or to you). Outgoing: sent by your organisation.</source>
        <translation>Eingehend: an Ihre Organisation (oder an Sie) gesendet. Ausgehend: von Ihrer Organisation gesendet.</translation>
    </message>
    <message>
        <source>Hide referrals that are completed, declined or cancelled</source>
        <translation>Abgeschlossene, abgelehnte oder stornierte Überweisungen ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n wartet auf eine Antwort</numerusform>
            <numerusform>%n warten auf eine Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n überfällig</numerusform>
            <numerusform> · %n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::ReferralListModel</name>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Incoming: sent to your organisation or to you, %1</source>
        <translation>Eingehend: an Ihre Organisation oder an Sie gesendet, %1</translation>
    </message>
    <message>
        <source>Outgoing: sent by your organisation, %1</source>
        <translation>Ausgehend: von Ihrer Organisation gesendet, %1</translation>
    </message>
    <message>
        <source>Due %1 (%2 of being sent).</source>
        <translation>Fällig %1 (%2 nach dem Versand).</translation>
    </message>
    <message>
        <source>No longer waiting for an answer.</source>
        <translation>Wartet nicht mehr auf eine Antwort.</translation>
    </message>
    <message>
        <source>Overdue: nobody has accepted or declined it yet. </source>
        <translation>Überfällig: Niemand hat sie bisher angenommen oder abgelehnt. </translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Ein/Aus</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Von / an</translation>
    </message>
</context>
<context>
    <name>careledger::ReferralNoticeBar</name>
    <message>
        <source>Open referrals</source>
        <translation>Offene Überweisungen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more referral update(s))</source>
        <translation>
            <numerusform>%1 (und %n weitere Überweisungsänderung)</numerusform>
            <numerusform>%1 (und %n weitere Überweisungsänderungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::RegisterDeviceDialog</name>
    <message>
        <source>Pulse oximeter (SpO₂, heart rate)</source>
        <translation>Pulsoximeter (SpO₂, Herzfrequenz)</translation>
    </message>
    <message>
        <source>Blood pressure monitor (blood pressure, heart rate)</source>
        <translation>Blutdruckmessgerät (Blutdruck, Herzfrequenz)</translation>
    </message>
    <message>
        <source>Glucometer (blood glucose)</source>
        <translation>Blutzuckermessgerät (Blutzucker)</translation>
    </message>
    <message>
        <source>Scale (body weight)</source>
        <translation>Waage (Körpergewicht)</translation>
    </message>
    <message>
        <source>Heart rate monitor</source>
        <translation>Herzfrequenzmesser</translation>
    </message>
    <message>
        <source>The patient has had it since</source>
        <translation>Der Patient hat es seit</translation>
    </message>
    <message>
        <source>Monitoring ends on</source>
        <translation>Überwachung endet am</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <source>Register a monitoring device</source>
        <translation>Überwachungsgerät registrieren</translation>
    </message>
    <message>
        <source>Binds the device to %1: from then on the readings it sends are recorded in this patient&apos;s chart, encrypted for the patient and your organisation. Only the device&apos;s key can sign them.</source>
        <translation>Bindet das Gerät an %1: Ab dann werden die Messwerte, die es sendet, in der Akte dieses Patienten gespeichert, verschlüsselt für den Patienten und Ihre Organisation. Nur der Schlüssel des Geräts kann sie signieren.</translation>
    </message>
    <message>
        <source>serial number or asset tag, e.g. OX-2291</source>
        <translation>Seriennummer oder Inventarnummer, z. B. OX-2291</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, from the device&apos;s label or setup screen</source>
        <translation>64 Hexadezimalziffern, vom Etikett oder Einrichtungsbildschirm des Geräts</translation>
    </message>
    <message>
        <source>Device &amp;ID</source>
        <translation>Geräte-&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Device &amp;key</source>
        <translation>Geräte&amp;schlüssel</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Wird registriert…</translation>
    </message>
    <message>
        <source>Enter the device&apos;s ID and its 64-digit key.</source>
        <translation>Geben Sie die ID des Geräts und seinen 64-stelligen Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>careledger::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Ledger status</source>
        <translation>Ledger-Status</translation>
    </message>
    <message>
        <source>Ledger warnings</source>
        <translation>Ledger-Warnungen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>am %1 um %2</translation>
    </message>
    <message>
        <source>Warnings from the ledger connection:</source>
        <translation>Warnungen der Ledger-Verbindung:</translation>
    </message>
    <message>
        <source>Connecting to the ledger…</source>
        <translation>Verbindung zum Ledger wird hergestellt…</translation>
    </message>
    <message>
        <source>HALTED: two conflicting blocks were signed at one height. Records are not being updated; tell your administrator. Last verified block %1.</source>
        <translation>ANGEHALTEN: Auf einer Höhe wurden zwei widersprüchliche Blöcke signiert. Einträge werden nicht aktualisiert; informieren Sie Ihren Administrator. Letzter verifizierter Block: %1.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>No verified block yet</source>
        <translation>Noch kein verifizierter Block</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 von %2 Mitgliedern</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisiert…</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Trust %1 again…</source>
        <translation>%1 wieder vertrauen…</translation>
    </message>
    <message>
        <source>Trust a full node again</source>
        <translation>Einem Full Node wieder vertrauen</translation>
    </message>
    <message>
        <source>%1 was caught serving data that did not verify. Ask it again only after your IT department has found and fixed the cause. Everything it serves is still verified.</source>
        <translation>%1 hat Daten geliefert, deren Prüfung fehlschlug. Fragen Sie ihn erst wieder an, wenn Ihre IT-Abteilung die Ursache gefunden und behoben hat. Alles, was er liefert, wird weiterhin geprüft.</translation>
    </message>
</context>
<context>
    <name>careledger::ThresholdsDialog</name>
    <message>
        <source>Alert thresholds</source>
        <translation>Alarmgrenzen</translation>
    </message>
    <message>
        <source>Readings outside these limits are marked on the charts and raise an alert. They apply to every patient on this workstation. Leave both limits at 0 for no alerts.</source>
        <translation>Messwerte außerhalb dieser Grenzen werden in den Verläufen markiert und lösen einen Alarm aus. Sie gelten für alle Patienten an diesem Arbeitsplatz. Lassen Sie beide Grenzen auf 0 für keine Alarme.</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolischer Blutdruck</translation>
    </message>
</context>
<context>
    <name>careledger::TimelineDelegate</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Record not readable here</source>
        <translation>Eintrag hier nicht lesbar</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>auffällig</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>careledger::TimelineModel</name>
    <message>
        <source>abnormal</source>
        <translation>auffällig</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>verified in block %1</source>
        <translation>verifiziert in Block %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>im Auftrag von %1</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegekraft</translation>
    </message>
    <message>
        <source>EMR technician</source>
        <translation>Dokumentationsassistent</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Compliance-Beauftragter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Versicherer</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Forscher</translation>
    </message>
</context>
<context>
    <name>careledger::VitalsChartModel</name>
    <message>
        <source>outside %1–%2 / %3–%4 %5</source>
        <translation>außerhalb %1–%2 / %3–%4 %5</translation>
    </message>
    <message>
        <source>below %1 %2</source>
        <translation>unter %1 %2</translation>
    </message>
    <message>
        <source>above %1 %2</source>
        <translation>über %1 %2</translation>
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
        <translation>Pulsoximeter</translation>
    </message>
    <message>
        <source>blood pressure monitor</source>
        <translation>Blutdruckmessgerät</translation>
    </message>
    <message>
        <source>glucometer</source>
        <translation>Blutzuckermessgerät</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Waage</translation>
    </message>
    <message>
        <source>heart rate monitor</source>
        <translation>Herzfrequenzmesser</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>New vital-sign alert</source>
        <translation>Neuer Vitalparameter-Alarm</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>No vital signs in this period. Readings from monitoring devices and vital signs entered as records appear here; choose a longer period above for older ones.</source>
        <translation>Keine Vitalparameter in diesem Zeitraum. Messwerte von Überwachungsgeräten und als Einträge erfasste Vitalparameter erscheinen hier; wählen Sie oben einen längeren Zeitraum für ältere.</translation>
    </message>
    <message>
        <source>Monitoring by device %1 has ended.</source>
        <translation>Die Überwachung durch Gerät %1 ist beendet.</translation>
    </message>
    <message>
        <source>Device %1 is registered; its readings will appear here.</source>
        <translation>Gerät %1 ist registriert; seine Messwerte erscheinen hier.</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Grenzwerte…</translation>
    </message>
    <message>
        <source>The limits outside which a reading raises an alert</source>
        <translation>Die Grenzen, außerhalb derer ein Messwert einen Alarm auslöst</translation>
    </message>
    <message>
        <source>Monitoring devices</source>
        <translation>Überwachungsgeräte</translation>
    </message>
    <message>
        <source>Register device…</source>
        <translation>Gerät registrieren…</translation>
    </message>
    <message>
        <source>End monitoring</source>
        <translation>Überwachung beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) from monitoring devices</source>
        <translation>
            <numerusform>%n Messwert von Überwachungsgeräten</numerusform>
            <numerusform>%n Messwerte von Überwachungsgeräten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vital sign(s) entered as records</source>
        <translation>
            <numerusform>%n als Eintrag erfasster Vitalparameter</numerusform>
            <numerusform>%n als Einträge erfasste Vitalparameter</numerusform>
        </translation>
    </message>
    <message>
        <source>Each view is recorded in the access log.</source>
        <translation>Jede Ansicht wird im Zugriffsprotokoll festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n device reading(s) not shown: the signature is not the registered device&apos;s.</source>
        <translation>
            <numerusform>%n Gerätemesswert nicht angezeigt: Die Signatur stammt nicht vom registrierten Gerät.</numerusform>
            <numerusform>%n Gerätemesswerte nicht angezeigt: Die Signatur stammt nicht vom registrierten Gerät.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some readings could not be opened here: %1</source>
        <translation>Einige Messwerte konnten hier nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 — latest %2 (%3)</source>
        <translation>%1 — zuletzt %2 (%3)</translation>
    </message>
    <message>
        <source>Systolic range</source>
        <translation>Systolischer Bereich</translation>
    </message>
    <message>
        <source>Alert range</source>
        <translation>Alarmbereich</translation>
    </message>
    <message>
        <source>Diastolic range</source>
        <translation>Diastolischer Bereich</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>manuell erfasst</translation>
    </message>
    <message>
        <source>Systolic, %1</source>
        <translation>Systolisch, %1</translation>
    </message>
    <message>
        <source>Diastolic, %1</source>
        <translation>Diastolisch, %1</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Shaded: the alert range. Red points are outside it.</source>
        <translation>Schattiert: der Alarmbereich. Rote Punkte liegen außerhalb davon.</translation>
    </message>
    <message>
        <source>No alert range is set for this measure (Thresholds…).</source>
        <translation>Für diesen Messwert ist kein Alarmbereich festgelegt (Grenzwerte…).</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Open alerts: none</source>
        <translation>Offene Alarme: keine</translation>
    </message>
    <message>
        <source>Open alerts (%1)</source>
        <translation>Offene Alarme (%1)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Active, %1</source>
        <translation>Aktiv, %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation>Registriert von %1</translation>
    </message>
    <message>
        <source>No device registered for this patient.</source>
        <translation>Für diesen Patienten ist kein Gerät registriert.</translation>
    </message>
    <message>
        <source>New reading outside the range: %1 at %2 (%3).</source>
        <translation>Neuer Messwert außerhalb des Bereichs: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>End the monitoring by device %1? Its readings will no longer be accepted for this patient. Readings already recorded stay in the chart.</source>
        <translation>Überwachung durch Gerät %1 beenden? Seine Messwerte werden für diesen Patienten nicht mehr angenommen. Bereits erfasste Messwerte bleiben in der Akte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger clinical workstation: find patients, read and write their verified records.</source>
        <translation>CareLedger-Klinikarbeitsplatz: Patienten finden, ihre verifizierten Einträge lesen und schreiben.</translation>
    </message>
    <message>
        <source>The network id (hex) to pin; the configuration must hash to it. Default: the configuration&apos;s own hash.</source>
        <translation>Die festzulegende Netzwerk-ID (hex); der Hash der Konfiguration muss ihr entsprechen. Standard: der eigene Hash der Konfiguration.</translation>
    </message>
    <message>
        <source>A full node to sync from (https://host:port); repeatable. Default: the members&apos; endpoints in the configuration.</source>
        <translation>Ein Full Node zum Synchronisieren (https://host:port); mehrfach angebbar. Standard: die Endpunkte der Mitglieder aus der Konfiguration.</translation>
    </message>
    <message>
        <source>Where the encrypted cache and the list of accounts set up here are kept.</source>
        <translation>Wo der verschlüsselte Cache und die Liste der hier eingerichteten Konten gespeichert werden.</translation>
    </message>
    <message>
        <source>A `careledgerd demo` data directory: sets up its demo users here and lists them on the login screen.</source>
        <translation>Ein Datenverzeichnis von `careledgerd demo`: richtet dessen Demobenutzer hier ein und listet sie auf dem Anmeldebildschirm.</translation>
    </message>
    <message>
        <source>Lock the session after this many minutes without input (default 10).</source>
        <translation>Die Sitzung nach so vielen Minuten ohne Eingabe sperren (Standard: 10).</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>This workstation&apos;s name in access logs (default: the host name).</source>
        <translation>Der Name dieses Arbeitsplatzes in Zugriffsprotokollen (Standard: der Hostname).</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark</source>
        <translation>--theme muss system, light oder dark sein</translation>
    </message>
    <message>
        <source>Cannot read the network configuration %1: %2</source>
        <translation>Die Netzwerkkonfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a CareLedger network configuration: %2</source>
        <translation>%1 ist keine CareLedger-Netzwerkkonfiguration: %2</translation>
    </message>
    <message>
        <source>The network configuration %1 does not match the pinned network id.</source>
        <translation>Die Netzwerkkonfiguration %1 passt nicht zur festgelegten Netzwerk-ID.</translation>
    </message>
    <message>
        <source>--endpoint must be an https:// address: %1</source>
        <translation>--endpoint muss eine https://-Adresse sein: %1</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>--lock-after takes minutes between 1 and 1440</source>
        <translation>--lock-after erwartet Minuten zwischen 1 und 1440</translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>Sie wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Start, show the login screen, print the milliseconds that took and exit (smoke tests, start-up measurements).</source>
        <translation>Starten, den Anmeldebildschirm anzeigen, die dafür benötigten Millisekunden ausgeben und beenden (Smoke-Tests, Startzeitmessungen).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name in --help</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>hex</source>
        <comment>value name in --help</comment>
        <translation>hex</translation>
    </message>
    <message>
        <source>url</source>
        <comment>value name in --help</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>dir</source>
        <comment>value name in --help</comment>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>value name in --help</comment>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>mode</source>
        <comment>value name in --help</comment>
        <translation>Modus</translation>
    </message>
    <message>
        <source>name</source>
        <comment>value name in --help</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>The network configuration (genesis.cbor, as written by `careledgerd init` or `careledgerd demo`). Default: ~/.config/careledger/network.cbor, else /etc/careledger/network.cbor.</source>
        <translation>Die Netzwerkkonfiguration (genesis.cbor, wie von „careledgerd init“ oder „careledgerd demo“ geschrieben). Standard: ~/.config/careledger/network.cbor, sonst /etc/careledger/network.cbor.</translation>
    </message>
    <message>
        <source>No network configuration. Your IT department installs it as %1 (the genesis.cbor of your network); or start with --network &lt;genesis.cbor&gt; or --demo &lt;careledgerd demo directory&gt;.</source>
        <translation>Keine Netzwerkkonfiguration. Ihre IT-Abteilung installiert sie als %1 (die genesis.cbor Ihres Netzwerks); oder starten Sie mit --network &lt;genesis.cbor&gt; oder --demo &lt;careledgerd-demo-Verzeichnis&gt;.</translation>
    </message>
</context>
</TS>
