#include "Reason.h"

namespace careledger {

namespace {
struct ReasonInfo {
    Reason reason;
    const char *code;
    const char *text;
};

constexpr ReasonInfo Reasons[] = {
    {Reason::Ok, "ok", "valid"},
    {Reason::Malformed, "malformed", "the transaction or its body is not well-formed canonical CBOR"},
    {Reason::WrongNetwork, "wrong_network", "the transaction was made for another network"},
    {Reason::BadSignature, "bad_signature", "the author's signature does not verify"},
    {Reason::UnknownAuthor, "unknown_author", "the author's key is not enrolled in this network"},
    {Reason::AuthorRevoked, "author_revoked", "the author's enrolment has been revoked"},
    {Reason::WrongRole, "wrong_role", "the author's role does not permit this action"},
    {Reason::WrongOrg, "wrong_org", "the author does not act for the organisation named in the transaction"},
    {Reason::Replay, "replay", "this transaction has already been recorded"},
    {Reason::TimestampOutOfRange, "timestamp_out_of_range", "the transaction's time is too far from the block's time"},
    {Reason::AlreadyEnrolled, "already_enrolled", "this key is already enrolled"},
    {Reason::UnknownUser, "unknown_user", "no enrolled user of this organisation has this key"},
    {Reason::DuplicatePatient, "duplicate_patient", "a patient with this id or key is already registered"},
    {Reason::UnknownPatient, "unknown_patient", "no patient with this id is registered"},
    {Reason::DuplicateRecord, "duplicate_record", "a record with this id already exists"},
    {Reason::UnknownRecord, "unknown_record", "the record or version referred to does not exist"},
    {Reason::NotLatestVersion, "not_latest_version", "an amendment must supersede the record's latest version"},
    {Reason::NoTreatmentRelationship, "no_treatment_relationship",
     "the organisation neither registered the patient nor holds their consent for this kind of record"},
    {Reason::MissingWrappedKey, "missing_wrapped_key", "the record key must be wrapped for the patient and the authoring organisation"},
    {Reason::PayloadTooLarge, "payload_too_large", "the record payload exceeds the size limit"},
    {Reason::PayloadMismatch, "payload_mismatch", "the uploaded ciphertext does not match the hash the transaction commits to"},
    {Reason::NotPatientKey, "not_patient_key", "the signature is not from this patient's key (wrong private ID?)"},
    {Reason::UnknownOrg, "unknown_org", "the organisation is not a member of this network"},
    {Reason::DuplicateConsent, "duplicate_consent", "a consent with this id already exists"},
    {Reason::UnknownConsent, "unknown_consent", "no consent of this patient has this id, or it is already revoked"},
    {Reason::ConsentExpired, "consent_expired", "the consent's expiry is not in the future"},
    {Reason::OnBehalfOfRequired, "on_behalf_of_required",
     "an EMR technician must name an enrolled clinician of the same organisation to enter records for"},
    {Reason::DuplicateReferral, "duplicate_referral", "a referral with this id already exists"},
    {Reason::UnknownReferral, "unknown_referral", "no referral of this patient has this id"},
    {Reason::InvalidTransition, "invalid_transition", "the referral's current state does not allow this transition"},
    {Reason::NotReferralParty, "not_referral_party",
     "only the receiving side may accept, reject, start or complete a referral, and only the sending organisation cancel it"},
    {Reason::RecordNotShared, "record_not_shared",
     "a record the referral refers to is not readable by the other side: its key is not wrapped for that organisation "
     "and no consent in force covers it"},
    {Reason::NotAServiceRequest, "not_a_service_request",
     "a referral's request must be a ServiceRequest record of its patient written by the referring organisation"},
    {Reason::UnknownDevice, "unknown_device", "no monitoring device with this id is registered"},
    {Reason::DeviceInactive, "device_inactive",
     "the monitoring device's binding is revoked or has ended, or the readings fall outside it"},
    {Reason::DeviceNotBound, "device_not_bound",
     "the monitoring device is bound to another patient or another organisation"},
    {Reason::DeviceAlreadyBound, "device_already_bound",
     "the monitoring device is already bound; revoke that binding first"},
    {Reason::NotOrgNode, "not_org_node", "device readings are recorded by the organisation's full node (its org key) only"},
    {Reason::NoteReaderNotOfficer, "note_reader_not_officer",
     "a review note may be sealed only for the organisation's own compliance officers"},
    {Reason::EndorsementBadSignature, "endorsement_bad_signature",
     "an endorsement's signature does not verify with the endorsing member's org key"},
    {Reason::EndorsementNotMember, "endorsement_not_member",
     "an endorsement comes from an organisation that is not a member of the network in force"},
    {Reason::EndorsementDuplicate, "endorsement_duplicate", "an organisation endorsed the transaction more than once"},
    {Reason::EndorsementPolicyUnmet, "endorsement_policy_unmet",
     "the endorsements do not satisfy the network's endorsement policy for this kind of transaction"},
    {Reason::ConfigNoQuorum, "config_no_quorum",
     "a configuration change needs endorsements of a quorum of the members in force"},
    {Reason::ConfigOutOfOrder, "config_out_of_order",
     "the configuration change does not replace the configuration in force (another change came first)"},
    {Reason::ConfigInvalid, "config_invalid",
     "the proposed configuration is not a valid next version of this network's configuration, or its author is not "
     "a member's org key"},
};

const ReasonInfo *find(Reason reason)
{
    for (const ReasonInfo &info : Reasons)
        if (info.reason == reason)
            return &info;
    return nullptr;
}
} // namespace

QString reasonCode(Reason reason)
{
    const ReasonInfo *info = find(reason);
    return info ? QString::fromLatin1(info->code) : QStringLiteral("unknown_%1").arg(quint16(reason));
}

QString reasonText(Reason reason)
{
    const ReasonInfo *info = find(reason);
    return info ? QString::fromLatin1(info->text) : QStringLiteral("unknown reason %1").arg(quint16(reason));
}

} // namespace careledger
