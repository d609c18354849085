<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditPdfWriter</name>
    <message>
        <source>Audit report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1, compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1 (filter: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of this report&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256 (the CSV export of these entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry is metadata from the CareLedger ledger (who, which patient and record, what, when, from where); no clinical content. The PDF file itself is signed in the .sig file beside it: check it with `careledgerd verify-report --report &lt;file&gt;.pdf` (the .sig beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more entries are in the CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong private ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private ID accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network configuration changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many more patients than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside usual hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient shares the user&apos;s surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated wrong private IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user opened the charts of at least %1 different patients in one day, more than %2 times their usual day (the median of their earlier working days; at least %3 earlier days are needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user opened a patient&apos;s chart although their organisation had no treatment relationship with the patient at that time: it had not registered them, written or been sent any of their records, held no consent of theirs in force, and received no referral for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user opened charts at an hour of the day in which they do fewer than %1% of their work (judged once they have at least %2 chart openings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user opened the chart of a patient with the same surname. This can only be checked for patients whose records your organisation can read (the patient&apos;s name is in the encrypted record, not on the ledger). The ledger records no addresses of staff, so shared addresses cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient&apos;s private ID was typed wrong %1 or more times within %2 minutes at a kiosk: someone may be guessing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened %2 patients&apos; charts on %3; their usual day is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 opened the chart of patient %2 %n time(s) (first %3) with no treatment relationship.</source>
        <translation>
            <numerusform>%1 opened the chart of patient %2 %n time (first %3) with no treatment relationship.</numerusform>
            <numerusform>%1 opened the chart of patient %2 %n times (first %3) with no treatment relationship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened %n chart(s) at %2:00 (%3), an hour with %4% of their work.</source>
        <translation>
            <numerusform>%1 opened %n chart at %2:00 (%3), an hour with %4% of their work.</numerusform>
            <numerusform>%1 opened %n charts at %2:00 (%3), an hour with %4% of their work.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opened the chart of patient %2, who has the same surname (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1&apos;s private ID was typed wrong %2 times from %3 (last signed in at the kiosk: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (block %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the copy on this workstation was changed after it was verified — it no longer matches the transaction the members signed. Report this to IT; do not rely on this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ledger&apos;s proof does not lead to the signed block. The entry, or the full node that answered, cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a member&apos;s signature on its block is forged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its block is signed by only %2 of %3 members, not enough to be final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found in the audit index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is in block %1, signed by %2 of %3 members; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 entries verified: in block %2, signed by %3 of %4 members; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 entries verified: in blocks %2 to %3, each signed by at least %4 of %5 members; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart views, exports and prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: private IDs and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong private IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records written or amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff enrolled or revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>The reason for the referral is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral urgency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral must name who refers and to whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
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
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
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
    <name>ReferralText</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate (stat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not our specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving side accepts or declines a referral within a time set by its urgency, counted from when it was sent: immediate (stat) within 1 hour, as soon as possible within 24 hours, urgent within 7 days, routine within 30 days. A referral still waiting after that is overdue.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
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
    <name>careledger::AuditTableModel</name>
    <message>
        <source>Refused by the network (reason %1): it had no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries shown; more load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on the ledger (block %1). Every compliance officer of your organisation sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names of users, organisations, patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients are found by name only where your workstation can read their record; search by patient ID otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR AuditEvent bundle (IHE BALP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see it in full. Select several (Shift or Ctrl) to verify them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify on the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the selected entries against the blocks the network&apos;s members signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see who did what, to which patient&apos;s record, when and from where — never the clinical content itself, unless your own role can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found (who you spoke to, why the access was or was not justified). Encrypted: only your organisation&apos;s compliance officers can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags are computed on this workstation from the audit trail, for the users of your organisation. Open → reviewed (with a note) → closed: each step is recorded on the ledger and shared with your organisation&apos;s other compliance officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> patients at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of their work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> openings of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> wrong IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(organisation key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1, entry %2, event %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the network (reason %1): it had no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n entry(ies) against the signed blocks…</source>
        <translation>
            <numerusform>Checking %n entry against the signed blocks…</numerusform>
            <numerusform>Checking %n entries against the signed blocks…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags: nothing in the audit trail matches a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this rule: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet. Look at the entries, then write what you found and mark it reviewed; close it when nothing more is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you found before marking the flag reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording on the ledger…</source>
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
    <message>
        <source>Only doctors and nurses register monitoring devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the device&apos;s serial number or asset tag (up to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key must be 64 hexadecimal digits (32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device can have been in use since at most 30 days ago, and not from a future date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the monitoring must lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is already registered for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors and nurses end a device&apos;s monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is not monitoring this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving organisation cannot read a record this referral carries: the patient has not consented to sharing it with them. Ask the patient to grant consent at the kiosk, or leave that record out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network refused this: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 referral from %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral for %1 was %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a doctor can write a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation the patient is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen clinician is not a doctor of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot refer a patient to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral carries at most %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached record is not a record of this patient on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read the attached %2: the patient has not consented to sharing it with them. Ask the patient to grant consent at the kiosk, or leave that record out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is not on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an appointment slot in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the referral is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report for the referring doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has not reached this workstation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is for compliance officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a note you cannot open: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entries to verify first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you found before marking the flag reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most about 8,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flag is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the flag (with a note) before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed-in compliance officer signs audit reports.</source>
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
    <message>
        <source>&amp;Refer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the open patient to a colleague or another organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sent: signed and final on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferrals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Referral inbox: %n waiting for your answer, some overdue</source>
        <translation>
            <numerusform>Referral inbox: %n waiting for your answer, overdue</numerusform>
            <numerusform>Referral inbox: %n waiting for your answer, some overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referral inbox: %n waiting for your answer</source>
        <translation>
            <numerusform>Referral inbox: %n waiting for your answer</numerusform>
            <numerusform>Referral inbox: %n waiting for your answer</numerusform>
        </translation>
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
    <message>
        <source>Show only referrals (together with any other kinds checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Vitals (%n alert(s))</source>
        <translation>
            <numerusform>&amp;Vitals (%n alert)</numerusform>
            <numerusform>&amp;Vitals (%n alerts)</numerusform>
        </translation>
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
    <name>careledger::ReferralActionDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the referral of %1 and give the appointment slot. The referring doctor sees it as soon as the network has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment &amp;slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the referral of %1. The referring doctor sees the reason and your note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a note to the referring doctor (encrypted; only the two sides and the patient can read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the referral of %1 as started: the patient is being seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report for the referring doctor. It becomes a note in %1&apos;s record, readable by your organisation, the referring one and the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, what was done, recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the referral of %1? The receiving side sees that it was cancelled. This cannot be undone; write a new referral if it is needed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why you decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is required to complete a referral.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::ReferralDetailView</name>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a referral to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is a transaction signed by the clinician who took it, final in the block shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shared record to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: signed and final on the network. The list updates with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral of %1 to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, %2 to %3. Sent %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not readable here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records were attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::ReferralDialog</name>
    <message>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer &lt;b&gt;%1&lt;/b&gt; (%2). The request is encrypted for the patient, your organisation and the receiving one; the records you tick are shared with the receiving side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address it to one doctor, or to anyone of the organisation&apos;s doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the patient is referred, e.g. &quot;Chest pain on exertion&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you ask of the receiving clinician (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the records the receiving side needs; they will be able to read exactly these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to &amp;share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any doctor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within your own organisation, choose the colleague you refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and sending… it is final once the network has it in a block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::ReferralInboxWindow</name>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: sent to your organisation (or to you). Outgoing: sent by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide referrals that are completed, declined or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n waiting for an answer</numerusform>
            <numerusform>%n waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n overdue</numerusform>
            <numerusform> · %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::ReferralListModel</name>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: sent to your organisation or to you, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing: sent by your organisation, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2 of being sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: nobody has accepted or declined it yet. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::ReferralNoticeBar</name>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more referral update(s))</source>
        <translation>
            <numerusform>%1 (and %n more referral update)</numerusform>
            <numerusform>%1 (and %n more referral updates)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::RegisterDeviceDialog</name>
    <message>
        <source>Pulse oximeter (SpO₂, heart rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure monitor (blood pressure, heart rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glucometer (blood glucose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (body weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has had it since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a monitoring device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds the device to %1: from then on the readings it sends are recorded in this patient&apos;s chart, encrypted for the patient and your organisation. Only the device&apos;s key can sign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number or asset tag, e.g. OX-2291</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits, from the device&apos;s label or setup screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the device&apos;s ID and its 64-digit key.</source>
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
    <name>careledger::ThresholdsDialog</name>
    <message>
        <source>Alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings outside these limits are marked on the charts and raise an alert. They apply to every patient on this workstation. Leave both limits at 0 for no alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest</source>
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
    <name>careledger::VitalsChartModel</name>
    <message>
        <source>outside %1–%2 / %3–%4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careledger::VitalsView</name>
    <message>
        <source>pulse oximeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood pressure monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glucometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heart rate monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vital-sign alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vital signs in this period. Readings from monitoring devices and vital signs entered as records appear here; choose a longer period above for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring by device %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 is registered; its readings will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits outside which a reading raises an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) from monitoring devices</source>
        <translation>
            <numerusform>%n reading from monitoring devices</numerusform>
            <numerusform>%n readings from monitoring devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vital sign(s) entered as records</source>
        <translation>
            <numerusform>%n vital sign entered as a record</numerusform>
            <numerusform>%n vital signs entered as records</numerusform>
        </translation>
    </message>
    <message>
        <source>Each view is recorded in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device reading(s) not shown: the signature is not the registered device&apos;s.</source>
        <translation>
            <numerusform>%n device reading not shown: its signature is not the registered device&apos;s.</numerusform>
            <numerusform>%n device readings not shown: their signature is not the registered device&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some readings could not be opened here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — latest %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: the alert range. Red points are outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert range is set for this measure (Thresholds…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device registered for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reading outside the range: %1 at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the monitoring by device %1? Its readings will no longer be accepted for this patient. Readings already recorded stay in the chart.</source>
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
