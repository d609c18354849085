<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FhirBuilder</name>
    <message>
        <source>No patient is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient id &quot;%1&quot; is not a valid FHIR id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current time is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is outside the possible range of %3 to %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC %1 is not a vital sign this form records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the measurement is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the measurement is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diastolic pressure is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diastolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diastolic pressure must be lower than the systolic pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one value; only blood pressure takes two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNOMED CT %1 is not a condition this form records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical status of the condition is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical status &quot;%1&quot; is not one of active, inactive or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onset date of the condition is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medication is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RxNorm %1 is not a medication this form prescribes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dosage is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date of the medication is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The substance is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNOMED CT %1 is not a substance this form records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criticality of the allergy is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criticality &quot;%1&quot; is not one of low, high or unable to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author of the note is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <source>Another entry of the bundle has the same identity (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s %2 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s %2 refers to a different patient (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record that was not in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record that was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no %2, which it requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s %2 &quot;%3&quot; is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a bundle the workstation imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a FHIR Bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s entry list is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to delete a record elsewhere, which the workstation does not carry out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s resource is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s resource has no resourceType.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s patient: the selected patient&apos;s demographics are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second patient in the bundle: only records of the first are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records are administrative or financial, not part of the clinical record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a clinical record type the workstation stores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirRenderer</name>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haemoglobin A1c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urea nitrogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sodium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chloride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bicarbonate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cholesterol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triglycerides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDL cholesterol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDL cholesterol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haematocrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic metabolic panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lipid panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete blood count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critically high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critically low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critically abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Results: %n result(s)</source>
        <translation>
            <numerusform>Results: %n result</numerusform>
            <numerusform>Results: %n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anaphylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sneezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rhinoconjunctivitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wheezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intolerance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(high criticality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment (not shown): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambulatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inpatient acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inpatient non-acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well child visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit for a symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency department visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormValidation</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal place(s).</source>
        <translation>
            <numerusform>Use at most %n decimal place.</numerusform>
            <numerusform>Use at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible: enter a value from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the normal range (%1 to %2). Check it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the normal range (%1 to %2). Check it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diastolic value must be lower than the systolic value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientDemographics</name>
    <message>
        <source>The resource is not a FHIR Patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s gender &quot;%1&quot; is not one of male, female, other or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s birth date &quot;%1&quot; is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPdfWriter</name>
    <message>
        <source>CareLedger · personal health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry in this document was read from the CareLedger network. Each one is final in the block named beside it: a quorum of the member organisations signed that block, and this workstation checked the entry&apos;s inclusion proof against it before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document contains confidential health information. Keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not readable here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the normal range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · born %2 · ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on the CareLedger network: each entry is final in the block shown beside it. Generated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueSets</name>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body mass index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 2 diabetes mellitus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperlipidaemia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obesity (BMI 30+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of myocardial infarction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atrial fibrillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic obstructive pulmonary disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteoarthritis of knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rheumatoid arthritis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iron deficiency anaemia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atopic dermatitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic sinusitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polyp of colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urinary tract infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community-acquired pneumonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute bronchitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metformin 500 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metformin 500 mg extended-release tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisinopril 10 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amlodipine 5 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atorvastatin 10 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simvastatin 10 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspirin 81 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warfarin 5 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furosemide 40 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albuterol 90 mcg inhaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluticasone 44 mcg inhaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertraline 50 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acetaminophen 325 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ibuprofen 200 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methotrexate 2.5 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferrous sulfate 325 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amoxicillin 250 mg capsule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azithromycin 250 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amoxicillin 250 mg / clavulanate 125 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sulfamethoxazole 800 mg / trimethoprim 160 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prednisone 20 mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrochlorothiazide 25 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sulfonamide antibiotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspirin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codeine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peanut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree nut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shellfish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cow&apos;s milk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bee venom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House dust mite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grass pollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree pollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animal dander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mould</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::ClinicianComboBox</name>
    <message>
        <source>Choose the clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::ConceptComboBox</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::EngineWorker</name>
    <message>
        <source>A login name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not enrolled on the network (or was revoked). Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your enrolment&apos;s copy of the organisation key cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your enrolment carries no key for your organisation&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the locked user&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared with you: no key for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s content is not on this workstation (not yet synced, or erased).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not a FHIR resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is not readable here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is entry %L1 of the ledger, in block %L2. Its inclusion was checked against block %L3, signed by %4 of %5 members: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inclusion proof of this record does NOT match the signed block: do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is not registered on this workstation&apos;s ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician you enter this for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to amend is not on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not enter a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is invalid (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no record to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Your decision is recorded on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong private IDs. Please wait %n second(s).</source>
        <translation>
            <numerusform>Too many wrong private IDs. Please wait %n second.</numerusform>
            <numerusform>Too many wrong private IDs. Please wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient is not known at this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That private ID is not right. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>That private ID is not right. Please wait %n second before trying again.</numerusform>
            <numerusform>That private ID is not right. Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>That private ID is not right. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has not identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your private ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLedger enrolment request
Login: %1
Public key: %2
Your administrator enrols you on your organisation&apos;s full node with:
  careledgerd enroll --datadir &lt;node data directory&gt; --public-key %2 --name &quot;&lt;your name&gt;&quot; --role &lt;role&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role may not enter a record of this kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::EnrolmentDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your account on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing keys are made here and kept in this computer&apos;s keychain, protected by your password. Your organisation&apos;s administrator then enrols them. If you were given a key file, import it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ahart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is imported for “%1”. You can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys for “%1” are in this computer&apos;s keychain. Give the enrolment request below to your organisation&apos;s administrator; once they have enrolled you and set up your sign-in codes, you can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account of that login is already set up here. Choose another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so no keys can be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a CareLedger secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak: add length or variety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase of a few unrelated words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a secret key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a secret key file (64 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::HistoryDialog</name>
    <message>
        <source>Versions of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are never changed in place: each amendment is a new signed version that supersedes the one before. All versions stay on the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions are readable here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::ImportDialog</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import FHIR records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the record of patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the record of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a FHIR R4 Bundle (JSON). Every entry is checked first; the import is all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen (you can also drop a file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You import these records on behalf of a clinician of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;entries that are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the invalid entries; nothing is imported while any entry is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot import records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle to see what it contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a FHIR bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every entry is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1 · to import: %2 · skipped: %3 · invalid: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n record(s)</source>
        <translation>
            <numerusform>Import %n record</numerusform>
            <numerusform>Import %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>No clinician of your organisation is listed yet; records cannot be imported on anyone&apos;s behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician you import these records for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import. Records to import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… waiting for the network to sign the block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete. Records imported: %1; they are final on the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::KioskWindow</name>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLedger · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End and hand the screen back to the staff. Nothing of your private ID is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your private ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on the card you received when you registered. Capital or small letters, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example K7QH-2MXP-9TAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your private ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your private ID… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That private ID is not right. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing your records with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may they read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how long?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All my records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can read your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which of your records %1 may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until you revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to read your records (%2) for %3 %4. You can revoke this at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your consent… waiting for the network to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was shared. You can look at your records, or press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking… waiting for the network to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given %1, until you revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given %1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been given access by you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. %1 can now read your records as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked. They can no longer read your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current consents cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record on the left to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file other doctors&apos; systems can read (FHIR R4 JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download as &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document to read or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be opened here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: final in block %1, signed by %2 of %3 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health-record-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your records as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your records as FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a referral</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency care</source>
        <comment>purpose, inside the sentence &quot;… asks to read your records (…) for %3 …&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download as FHIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is kept. Enter your password to continue, or switch to another user (this signs you out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::LoginDialog</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up this workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your password and the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo network — not for real patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These demo users were created by “careledgerd demo”. Their sign-in codes are shown here only because this is a demonstration; a real code comes from the user&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (login)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code is not correct or has expired. Codes change every 30 seconds: enter the one your authenticator app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is locked after too many wrong codes. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is locked after too many wrong codes. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this workstation. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, so your keys cannot be read. Unlock it (sign in to the desktop again) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so your keys cannot be read. Ask IT to check the Secret Service (GNOME Keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hospital node could be reached. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account of that name is set up on this workstation. Choose one from the list, or set up this workstation for you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital node does not know this user: the enrolment is not done yet, or it was revoked. Ask your organisation&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in codes are set up for this user yet. Ask your organisation&apos;s administrator to finish your enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s access has been revoked. Ask your organisation&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes change in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins from this workstation. Try again in %1.</source>
        <comment>countdown, m:ss</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::MainWindow</name>
    <message>
        <source>Your account is not enrolled on the ledger yet. You can sign in, but you will see no patients until your organisation&apos;s administrator has enrolled you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 (final in block %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Exported %n record to %1</numerusform>
            <numerusform>Exported %n records to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import FHIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR bundle (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the screen to the patient at the desk to share or view their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and let another user sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record as a FHIR bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete. Records imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail comes in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not read clinical records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::PatientHeaderBar</name>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::PatientListModel</name>
    <message>
        <source>%1, born %2, %3, patient ID %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date of birth (age)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>age in years</comment>
        <translation>
            <numerusform>%n y</numerusform>
            <numerusform>%n y</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>age in months</comment>
        <translation>
            <numerusform>%n mo</numerusform>
            <numerusform>%n mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born (age)</source>
        <comment>column header: date of birth and age</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::PatientRecordView</name>
    <message>
        <source>Find a patient on the left to open their record.

Ctrl+F searches by name, date of birth or patient ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show records of every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry on the timeline to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proof…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this record is proven to be on the ledger, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this amended record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records yet for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · loading more…</source>
        <translation>
            <numerusform>%n entry shown · loading more…</numerusform>
            <numerusform>%n entries shown · loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · could not load more: %1</source>
        <translation>
            <numerusform>%n entry shown · could not load more: %1</numerusform>
            <numerusform>%n entries shown · could not load more: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown · older entries load as you scroll</source>
        <translation>
            <numerusform>%n entry shown · older entries load as you scroll</numerusform>
            <numerusform>%n entries shown · older entries load as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Record not readable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in a final block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only vital signs (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only lab results (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only conditions (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only medications (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only allergies (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only notes (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only encounters (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only reports (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only procedures (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only immunizations (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only care plans (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only other records (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only records of this kind: %1 (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof checked · signed by %1 of %2 network members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network to include it in a block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::PatientSearchWidget</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, date of birth or patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet.
The list fills in as this workstation syncs with your hospital&apos;s node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches “%1”.
Search by family or given name, date of birth (dd.mm.yyyy) or patient ID.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::ProofDialog</name>
    <message>
        <source>Checking the proof of this record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is in block %1, which %2 of %3 member organisations have signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof of this record could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven at block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inclusion proof (%n hash(es), leaf to root, RFC 9162):</source>
        <translation>
            <numerusform>Inclusion proof (%n hash, leaf to root, RFC 9162):</numerusform>
            <numerusform>Inclusion proof (%n hashes, leaf to root, RFC 9162):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::RecordFormDialog</name>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · born %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You enter this record on behalf of a clinician of your organisation. The ledger names both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot create records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot create a %1 record; choose another type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diastolic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Systolic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal systolic %1 to %2%3 · possible %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal %1 to %2%3 · possible %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search SNOMED CT problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search RxNorm drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1 tablet twice daily with food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dosage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search substances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk (life-threatening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. hives, wheezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinician of your organisation is listed yet; records cannot be entered on anyone&apos;s behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clinician you enter this record for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a condition from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medication from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a substance from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid diastolic value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting… waiting for the network to sign the block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is submitted even if you close this window; it appears on the timeline once it is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final in block %1, signed by %2 of %3 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network refused the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings from the ledger connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALTED: two conflicting blocks were signed at one height. Records are not being updated; tell your administrator. Last verified block %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified block yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a full node again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was caught serving data that did not verify. Ask it again only after your IT department has found and fixed the cause. Everything it serves is still verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::TimelineDelegate</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not readable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::TimelineModel</name>
    <message>
        <source>abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMR technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger clinical workstation: find patients, read and write their verified records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network id (hex) to pin; the configuration must hash to it. Default: the configuration&apos;s own hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full node to sync from (https://host:port); repeatable. Default: the members&apos; endpoints in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the encrypted cache and the list of accounts set up here are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A `careledgerd demo` data directory: sets up its demo users here and lists them on the login screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the session after this many minutes without input (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s name in access logs (default: the host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the network configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CareLedger network configuration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network configuration %1 does not match the pinned network id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint must be an https:// address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-after takes minutes between 1 and 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, show the login screen, print the milliseconds that took and exit (smoke tests, start-up measurements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <comment>value name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <comment>value name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <comment>value name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>value name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <comment>value name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <comment>value name in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network configuration (genesis.cbor, as written by `careledgerd init` or `careledgerd demo`). Default: ~/.config/careledger/network.cbor, else /etc/careledger/network.cbor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network configuration. Your IT department installs it as %1 (the genesis.cbor of your network); or start with --network &lt;genesis.cbor&gt; or --demo &lt;careledgerd demo directory&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
