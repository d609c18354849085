#pragma once

#include <QString>

namespace careledger {

// Why the contract refused a transaction. The numbers are part of the block
// format (validity codes): never renumber, only append.
enum class Reason : quint16 {
    Ok = 0,
    Malformed = 1,
    WrongNetwork = 2,
    BadSignature = 3,
    UnknownAuthor = 4,
    AuthorRevoked = 5,
    WrongRole = 6,
    WrongOrg = 7,
    Replay = 8,
    TimestampOutOfRange = 9,
    AlreadyEnrolled = 10,
    UnknownUser = 11,
    DuplicatePatient = 12,
    UnknownPatient = 13,
    DuplicateRecord = 14,
    UnknownRecord = 15,
    NotLatestVersion = 16,
    NoTreatmentRelationship = 17,
    MissingWrappedKey = 18,
    PayloadTooLarge = 19,
    PayloadMismatch = 20,
    NotPatientKey = 21,
    UnknownOrg = 22,
    DuplicateConsent = 23,
    UnknownConsent = 24,
    ConsentExpired = 25,
    OnBehalfOfRequired = 26,
    DuplicateReferral = 27,
    UnknownReferral = 28,
    InvalidTransition = 29,
    NotReferralParty = 30,
    RecordNotShared = 31,
    NotAServiceRequest = 32,
    // 33–39: referrals
    UnknownDevice = 40,
    DeviceInactive = 41,
    DeviceNotBound = 42,
    DeviceAlreadyBound = 43,
    NotOrgNode = 44,
    NoteReaderNotOfficer = 48, // a compliance review's note sealed for someone who is not a compliance officer of the org
    // Endorsements and configuration changes (52–59).
    EndorsementBadSignature = 52,
    EndorsementNotMember = 53,
    EndorsementDuplicate = 54,
    EndorsementPolicyUnmet = 55,
    ConfigNoQuorum = 56,
    ConfigOutOfOrder = 57,
    ConfigInvalid = 58,
};

// Stable machine name ("wrong_role") for APIs and logs.
QString reasonCode(Reason reason);
// One sentence for people.
QString reasonText(Reason reason);

} // namespace careledger
