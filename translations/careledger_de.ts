<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
