#include "Contract.h"

#include "crypto/Ed25519.h"
#include "ledger/Domains.h"

#include <QSet>

namespace careledger {

namespace {
template <typename T>
bool decodeInto(const QByteArray &bytes, TxBodyValue &out, QString &detail)
{
    auto r = T::decode(bytes);
    if (!r) {
        detail = r.error().message;
        return false;
    }
    out = std::move(r).value();
    return true;
}

bool isClinician(Role role)
{
    return role == Role::Doctor || role == Role::Nurse;
}

quint64 distance(quint64 a, quint64 b)
{
    return a > b ? a - b : b - a;
}

// Whether `org` can read the record version: it wrote it (its key is wrapped
// for the authoring org by rule), the key is wrapped for it (a consent
// re-wrapped it, or the author added it), or a consent in force covers it.
bool readableBy(const RecordInfo &record, const QString &org, const LedgerState &state, quint64 atMs)
{
    return record.org == org || state.hasWrappedKey(record.txId, RecipientKind::Org, org)
        || state.hasConsent(record.patientId, org, record.resourceType, atMs);
}
} // namespace

// Nurses record what they observe; diagnoses, prescriptions and allergies are doctors' work.
bool Contract::mayAuthor(Role role, const QString &resourceType)
{
    if (role == Role::Doctor)
        return true;
    if (role == Role::Nurse)
        return resourceType == QLatin1String("Observation") || resourceType == QLatin1String("DocumentReference")
            || resourceType == QLatin1String("Encounter");
    return false;
}

QString CheckedTransaction::patientId() const
{
    return std::visit(
        [](const auto &b) -> QString {
            if constexpr (requires { b.patientId; })
                return b.patientId;
            else if constexpr (requires { b.record.patientId; })
                return b.record.patientId;
            else
                return {};
        },
        body);
}

const RecordVersion *sealedRecordOf(const TxBodyValue &body)
{
    if (const auto *record = std::get_if<RecordVersion>(&body))
        return record;
    if (const auto *vitals = std::get_if<VitalsBatch>(&body))
        return &vitals->record;
    return nullptr;
}

Contract::Contract(NetworkConfig genesis) : m_config(std::move(genesis)), m_networkId(m_config.networkId()) {}

NetworkConfig Contract::configInForce(const LedgerState &state) const
{
    return state.latestConfig().value_or(m_config);
}

Reason Contract::checkEndorsements(const Transaction &tx, const NetworkConfig &inForce)
{
    QStringList endorsers;
    const QByteArray txId = tx.id();
    for (const Endorsement &e : tx.endorsements) {
        if (endorsers.contains(e.org))
            return Reason::EndorsementDuplicate;
        const auto member = inForce.member(e.org);
        if (!member)
            return Reason::EndorsementNotMember;
        if (!Ed25519::verify(member->orgKey, Domains::Endorsement, txId, e.signature))
            return Reason::EndorsementBadSignature;
        endorsers << e.org;
    }
    if (inForce.endorsementRule(quint64(tx.type)).isSatisfiedBy(tx.org, endorsers, inForce.quorum()))
        return Reason::Ok;
    return tx.type == TxType::ConfigChange ? Reason::ConfigNoQuorum : Reason::EndorsementPolicyUnmet;
}

Reason Contract::checkConfigChange(const Transaction &tx, const ConfigChange &change, const NetworkConfig &inForce)
{
    const auto author = inForce.member(tx.org);
    if (!author || author->orgKey != tx.author)
        return Reason::ConfigInvalid;
    if (change.previousConfigHash != inForce.hash())
        return Reason::ConfigOutOfOrder;
    const NetworkConfig &next = change.config;
    if (next.version != inForce.version + 1 || next.networkId() != inForce.networkId()
        || next.networkName != inForce.networkName)
        return Reason::ConfigInvalid;
    return Reason::Ok;
}

StatelessCheck Contract::checkStateless(const QByteArray &bytes) const
{
    StatelessCheck out;
    auto decoded = Transaction::decode(bytes);
    if (!decoded) {
        out.reason = Reason::Malformed;
        out.detail = decoded.error().message;
        return out;
    }
    CheckedTransaction &c = out.checked;
    c.bytes = bytes;
    c.tx = std::move(decoded).value();
    c.txId = c.tx.id();
    if (c.tx.networkId != m_networkId) {
        out.reason = Reason::WrongNetwork;
        return out;
    }
    if (!c.tx.hasValidSignature()) {
        out.reason = Reason::BadSignature;
        return out;
    }
    bool ok = false;
    switch (c.tx.type) {
    case TxType::Enrol: ok = decodeInto<Enrolment>(c.tx.body, c.body, out.detail); break;
    case TxType::Revoke: ok = decodeInto<Revocation>(c.tx.body, c.body, out.detail); break;
    case TxType::RegisterPatient: ok = decodeInto<PatientRegistration>(c.tx.body, c.body, out.detail); break;
    case TxType::RecordCreate:
    case TxType::RecordAmend: ok = decodeInto<RecordVersion>(c.tx.body, c.body, out.detail); break;
    case TxType::ConsentGrant: ok = decodeInto<ConsentGrant>(c.tx.body, c.body, out.detail); break;
    case TxType::ConsentRevoke: ok = decodeInto<ConsentRevocation>(c.tx.body, c.body, out.detail); break;
    case TxType::AccessLog: ok = decodeInto<AccessLog>(c.tx.body, c.body, out.detail); break;
    case TxType::ReferralCreate: ok = decodeInto<ReferralRequest>(c.tx.body, c.body, out.detail); break;
    case TxType::ReferralTransition: ok = decodeInto<ReferralTransition>(c.tx.body, c.body, out.detail); break;
    case TxType::DeviceRegister: ok = decodeInto<DeviceBinding>(c.tx.body, c.body, out.detail); break;
    case TxType::VitalsBatch: ok = decodeInto<VitalsBatch>(c.tx.body, c.body, out.detail); break;
    case TxType::ComplianceReview: ok = decodeInto<ComplianceReview>(c.tx.body, c.body, out.detail); break;
    case TxType::ConfigChange: ok = decodeInto<ConfigChange>(c.tx.body, c.body, out.detail); break;
    }
    if (!ok)
        out.reason = Reason::Malformed;
    return out;
}

Reason Contract::checkAuthor(const Transaction &tx, const LedgerState &state, std::optional<UserInfo> &author) const
{
    author = state.user(tx.author);
    if (!author)
        return Reason::UnknownAuthor;
    if (author->revoked)
        return Reason::AuthorRevoked;
    if (author->org != tx.org)
        return Reason::WrongOrg;
    return Reason::Ok;
}

// Enrolment and revocation: the org key itself, or an enrolled admin of that org.
Reason Contract::checkEnrolmentAuthority(const Transaction &tx, const LedgerState &state,
                                         const NetworkConfig &inForce) const
{
    const auto member = inForce.member(tx.org);
    if (!member)
        return Reason::UnknownOrg;
    if (member->orgKey == tx.author)
        return Reason::Ok;
    std::optional<UserInfo> author;
    if (Reason r = checkAuthor(tx, state, author); r != Reason::Ok)
        return r;
    return author->role == Role::Admin ? Reason::Ok : Reason::WrongRole;
}

Reason Contract::checkRecord(const CheckedTransaction &ctx, const RecordVersion &record, const LedgerState &state) const
{
    const Transaction &tx = ctx.tx;
    std::optional<UserInfo> author;
    if (Reason r = checkAuthor(tx, state, author); r != Reason::Ok)
        return r;

    // The role that counts is the clinician's: an EMR technician types for one.
    Role clinicalRole = author->role;
    if (author->role == Role::EmrTechnician) {
        const auto clinician = record.onBehalfOf.isEmpty() ? std::nullopt : state.user(record.onBehalfOf);
        if (!clinician || clinician->revoked || clinician->org != tx.org || !isClinician(clinician->role))
            return Reason::OnBehalfOfRequired;
        clinicalRole = clinician->role;
    } else if (!record.onBehalfOf.isEmpty()) {
        return Reason::WrongRole;
    }
    if (!mayAuthor(clinicalRole, record.resourceType))
        return Reason::WrongRole;

    const auto patient = state.patient(record.patientId);
    if (!patient)
        return Reason::UnknownPatient;
    if (patient->registeredBy != tx.org && !state.hasConsent(record.patientId, tx.org, record.resourceType, tx.timestampMs))
        return Reason::NoTreatmentRelationship;
    if (record.ciphertextSize > quint64(RecordVersion::MaxPayloadSize))
        return Reason::PayloadTooLarge;

    if (Reason r = checkWrappedFor(record, tx.org); r != Reason::Ok)
        return r;

    if (tx.type == TxType::RecordCreate) {
        if (!record.supersedes.isEmpty())
            return Reason::Malformed;
        if (state.latestVersion(record.recordId))
            return Reason::DuplicateRecord;
        return Reason::Ok;
    }
    const auto previous = state.recordVersion(record.supersedes);
    if (!previous || previous->recordId != record.recordId || previous->patientId != record.patientId
        || previous->resourceType != record.resourceType)
        return Reason::UnknownRecord;
    if (previous->superseded)
        return Reason::NotLatestVersion;
    return Reason::Ok;
}

Reason Contract::checkWrappedFor(const RecordVersion &record, const QString &org)
{
    bool forPatient = false;
    bool forOrg = false;
    for (const WrappedKey &k : record.keys) {
        forPatient |= k.kind == RecipientKind::Patient && k.recipient == record.patientId;
        forOrg |= k.kind == RecipientKind::Org && k.recipient == org;
    }
    return forPatient && forOrg ? Reason::Ok : Reason::MissingWrappedKey;
}

Reason Contract::checkConsent(const Transaction &tx, const ConsentGrant &grant, const LedgerState &state,
                              const NetworkConfig &inForce) const
{
    const auto patient = state.patient(grant.patientId);
    if (!patient)
        return Reason::UnknownPatient;
    if (patient->signKey != tx.author)
        return Reason::NotPatientKey;
    if (!inForce.member(grant.granteeOrg))
        return Reason::UnknownOrg;
    if (grant.expiresMs <= tx.timestampMs)
        return Reason::ConsentExpired;
    if (state.consent(grant.consentId))
        return Reason::DuplicateConsent;
    for (const auto &[txId, sealed] : grant.keys) {
        const auto record = state.recordVersion(txId);
        if (!record || record->patientId != grant.patientId)
            return Reason::UnknownRecord;
    }
    return Reason::Ok;
}

// Any enrolled user of the org logs what they saw, about patients the ledger
// knows, at times no later than the log and within a week before it (a
// workstation may have been offline).
Reason Contract::checkAccessLog(const Transaction &tx, const AccessLog &log, const LedgerState &state) const
{
    std::optional<UserInfo> author;
    if (Reason r = checkAuthor(tx, state, author); r != Reason::Ok)
        return r;
    constexpr quint64 MaxDelayMs = 7ull * 24 * 3600 * 1000;
    for (const AccessEvent &e : log.events) {
        if (e.timeMs > tx.timestampMs || tx.timestampMs - e.timeMs > MaxDelayMs)
            return Reason::TimestampOutOfRange;
        if (!state.patient(e.patientId))
            return Reason::UnknownPatient;
        if (!e.recordTx.isEmpty()) {
            const auto record = state.recordVersion(e.recordTx);
            if (!record || record->patientId != e.patientId)
                return Reason::UnknownRecord;
        }
    }
    return Reason::Ok;
}

// Only the org's compliance officers review its flags, and the note (which may
// name a patient) is readable only by them. The workflow order (open →
// reviewed → closed) is the officers' screen's to follow: a flag is a
// workstation's computation, not ledger state, so the contract cannot know it.
Reason Contract::checkComplianceReview(const Transaction &tx, const ComplianceReview &review, const LedgerState &state) const
{
    std::optional<UserInfo> author;
    if (Reason r = checkAuthor(tx, state, author); r != Reason::Ok)
        return r;
    if (author->role != Role::ComplianceOfficer)
        return Reason::WrongRole;
    for (const WrappedKey &k : review.noteKeys) {
        const auto reader = state.user(QByteArray::fromHex(k.recipient.toLatin1()));
        if (!reader || reader->revoked || reader->role != Role::ComplianceOfficer || reader->org != tx.org)
            return Reason::NoteReaderNotOfficer;
    }
    return Reason::Ok;
}

// A doctor of the sending org who may see the patient refers them to a member
// org (or one of its doctors), with a ServiceRequest record of their org and
// attached records that the target can read.
Reason Contract::checkReferral(const Transaction &tx, const ReferralRequest &request, const LedgerState &state,
                               const NetworkConfig &inForce) const
{
    std::optional<UserInfo> author;
    if (Reason r = checkAuthor(tx, state, author); r != Reason::Ok)
        return r;
    if (author->role != Role::Doctor)
        return Reason::WrongRole;
    const auto patient = state.patient(request.patientId);
    if (!patient)
        return Reason::UnknownPatient;
    if (patient->registeredBy != tx.org && !state.hasConsent(request.patientId, tx.org, QString(), tx.timestampMs))
        return Reason::NoTreatmentRelationship;
    if (!inForce.member(request.targetOrg))
        return Reason::UnknownOrg;
    if (!request.targetUser.isEmpty()) {
        const auto target = state.user(request.targetUser);
        if (!target || target->revoked || target->org != request.targetOrg || target->role != Role::Doctor)
            return Reason::UnknownUser;
    }
    if (state.referral(request.referralId))
        return Reason::DuplicateReferral;

    const auto serviceRequest = state.recordVersion(request.serviceRequest);
    if (!serviceRequest || serviceRequest->patientId != request.patientId)
        return Reason::UnknownRecord;
    if (serviceRequest->resourceType != QLatin1String("ServiceRequest") || serviceRequest->org != tx.org)
        return Reason::NotAServiceRequest;
    if (!readableBy(*serviceRequest, request.targetOrg, state, tx.timestampMs))
        return Reason::RecordNotShared;
    for (const QByteArray &txId : request.attachments) {
        const auto record = state.recordVersion(txId);
        if (!record || record->patientId != request.patientId)
            return Reason::UnknownRecord;
        if (!readableBy(*record, request.targetOrg, state, tx.timestampMs))
            return Reason::RecordNotShared;
    }
    // The referring org may hand a key on only where the patient's consent to
    // the target covers the record, and only a key it holds itself.
    for (const auto &[txId, sealed] : request.keys) {
        const auto record = *state.recordVersion(txId); // an attachment: checked above
        if (!state.hasConsent(request.patientId, request.targetOrg, record.resourceType, tx.timestampMs)
            || !readableBy(record, tx.org, state, tx.timestampMs))
            return Reason::RecordNotShared;
    }
    return Reason::Ok;
}

// The receiving side (a doctor of the target org; the addressed doctor if
// there is one) accepts, rejects, starts and completes; a doctor of the
// sending org cancels; the state machine decides what may follow what.
Reason Contract::checkReferralTransition(const Transaction &tx, const ReferralTransition &transition,
                                         const LedgerState &state) const
{
    std::optional<UserInfo> author;
    if (Reason r = checkAuthor(tx, state, author); r != Reason::Ok)
        return r;
    const auto referral = state.referral(transition.referralId);
    if (!referral || referral->patientId != transition.patientId)
        return Reason::UnknownReferral;
    if (author->role != Role::Doctor)
        return Reason::WrongRole;
    if (transition.to == ReferralStatus::Cancelled) {
        if (tx.org != referral->fromOrg)
            return Reason::NotReferralParty;
    } else if (tx.org != referral->targetOrg
               || (!referral->targetUser.isEmpty() && referral->targetUser != tx.author)) {
        return Reason::NotReferralParty;
    }
    if (!referralTransitionAllowed(referral->status, transition.to))
        return Reason::InvalidTransition;
    // A report or a rejection note goes back to the sender: it must be able to read it.
    if (!transition.record.isEmpty()) {
        const auto record = state.recordVersion(transition.record);
        if (!record || record->patientId != referral->patientId)
            return Reason::UnknownRecord;
        if (!readableBy(*record, referral->fromOrg, state, tx.timestampMs))
            return Reason::RecordNotShared;
    }
    return Reason::Ok;
}

// A doctor or nurse of an org caring for the patient binds a device (whose id
// is not bound elsewhere right now), or unbinds a device their org bound to
// that patient.
Reason Contract::checkDeviceBinding(const Transaction &tx, const DeviceBinding &binding, const LedgerState &state) const
{
    std::optional<UserInfo> author;
    if (Reason r = checkAuthor(tx, state, author); r != Reason::Ok)
        return r;
    if (!isClinician(author->role))
        return Reason::WrongRole;
    const auto patient = state.patient(binding.patientId);
    if (!patient)
        return Reason::UnknownPatient;
    if (patient->registeredBy != tx.org && !state.hasConsent(binding.patientId, tx.org, QString(), tx.timestampMs))
        return Reason::NoTreatmentRelationship;
    const auto current = state.device(binding.deviceId);
    if (binding.revoked) {
        if (!current)
            return Reason::UnknownDevice;
        if (current->patientId != binding.patientId || current->org != tx.org || current->deviceKey != binding.deviceKey)
            return Reason::DeviceNotBound;
        return current->revoked ? Reason::DeviceInactive : Reason::Ok;
    }
    if (binding.untilMs != 0 && binding.untilMs <= tx.timestampMs)
        return Reason::TimestampOutOfRange;
    if (binding.sinceMs != 0
        && (binding.sinceMs > tx.timestampMs || tx.timestampMs - binding.sinceMs > DeviceBinding::MaxBackdateMs))
        return Reason::TimestampOutOfRange;
    // The new binding may not overlap the last one (whose readings are another patient's, perhaps).
    const quint64 since = binding.sinceMs ? binding.sinceMs : tx.timestampMs;
    if (current && ((!current->revoked && (current->untilMs == 0 || current->untilMs > tx.timestampMs))
                    || (current->untilMs != 0 && since < current->untilMs)))
        return Reason::DeviceAlreadyBound;
    return Reason::Ok;
}

// The org's own full node (its org key) records readings of its patient from
// devices bound to that patient and org, taken while the binding held.
Reason Contract::checkVitals(const Transaction &tx, const VitalsBatch &batch, const LedgerState &state) const
{
    const auto member = m_config.member(tx.org);
    if (!member)
        return Reason::UnknownOrg;
    if (member->orgKey != tx.author)
        return Reason::NotOrgNode;
    const RecordVersion &record = batch.record;
    if (!state.patient(record.patientId))
        return Reason::UnknownPatient;
    for (const QString &id : batch.devices) {
        const auto device = state.device(id);
        if (!device)
            return Reason::UnknownDevice;
        if (device->patientId != record.patientId || device->org != tx.org)
            return Reason::DeviceNotBound;
        if (!device->activeAt(batch.firstMs) || !device->activeAt(batch.lastMs))
            return Reason::DeviceInactive;
    }
    if (record.ciphertextSize > quint64(RecordVersion::MaxPayloadSize))
        return Reason::PayloadTooLarge;
    if (Reason r = checkWrappedFor(record, tx.org); r != Reason::Ok)
        return r;
    return state.latestVersion(record.recordId) ? Reason::DuplicateRecord : Reason::Ok;
}

Reason Contract::checkState(const CheckedTransaction &ctx, const LedgerState &state, quint64 blockTimeMs) const
{
    return checkState(ctx, state, blockTimeMs, configInForce(state));
}

Reason Contract::checkState(const CheckedTransaction &ctx, const LedgerState &state, quint64 blockTimeMs,
                            const NetworkConfig &inForce) const
{
    if (Reason r = checkRules(ctx, state, blockTimeMs, inForce); r != Reason::Ok)
        return r;
    return checkEndorsements(ctx.tx, inForce);
}

Reason Contract::checkRules(const CheckedTransaction &ctx, const LedgerState &state, quint64 blockTimeMs,
                            const NetworkConfig &inForce) const
{
    const Transaction &tx = ctx.tx;
    if (distance(tx.timestampMs, blockTimeMs) > inForce.policy.maxClockSkewMs)
        return Reason::TimestampOutOfRange;
    if (state.hasTransaction(ctx.txId))
        return Reason::Replay;
    // A removed member's users act for no one.
    if (!inForce.member(tx.org))
        return Reason::UnknownOrg;

    switch (tx.type) {
    case TxType::Enrol: {
        const auto &e = std::get<Enrolment>(ctx.body);
        if (Reason r = checkEnrolmentAuthority(tx, state, inForce); r != Reason::Ok)
            return r;
        return state.user(e.userKey) ? Reason::AlreadyEnrolled : Reason::Ok;
    }
    case TxType::Revoke: {
        const auto &v = std::get<Revocation>(ctx.body);
        if (Reason r = checkEnrolmentAuthority(tx, state, inForce); r != Reason::Ok)
            return r;
        const auto target = state.user(v.userKey);
        return target && target->org == tx.org && !target->revoked ? Reason::Ok : Reason::UnknownUser;
    }
    case TxType::RegisterPatient: {
        const auto &p = std::get<PatientRegistration>(ctx.body);
        std::optional<UserInfo> author;
        if (Reason r = checkAuthor(tx, state, author); r != Reason::Ok)
            return r;
        if (!isClinician(author->role) && author->role != Role::EmrTechnician && author->role != Role::Admin)
            return Reason::WrongRole;
        if (p.patientId.isEmpty() || state.patient(p.patientId) || state.user(p.signKey))
            return Reason::DuplicatePatient;
        return Reason::Ok;
    }
    case TxType::RecordCreate:
    case TxType::RecordAmend:
        return checkRecord(ctx, std::get<RecordVersion>(ctx.body), state);
    case TxType::ConsentGrant:
        return checkConsent(tx, std::get<ConsentGrant>(ctx.body), state, inForce);
    case TxType::ConsentRevoke: {
        const auto &v = std::get<ConsentRevocation>(ctx.body);
        const auto patient = state.patient(v.patientId);
        if (!patient)
            return Reason::UnknownPatient;
        if (patient->signKey != tx.author)
            return Reason::NotPatientKey;
        const auto consent = state.consent(v.consentId);
        if (!consent || consent->patientId != v.patientId || consent->revoked)
            return Reason::UnknownConsent;
        return Reason::Ok;
    }
    case TxType::AccessLog:
        return checkAccessLog(tx, std::get<AccessLog>(ctx.body), state);
    case TxType::ReferralCreate:
        return checkReferral(tx, std::get<ReferralRequest>(ctx.body), state, inForce);
    case TxType::ReferralTransition:
        return checkReferralTransition(tx, std::get<ReferralTransition>(ctx.body), state);
    case TxType::DeviceRegister:
        return checkDeviceBinding(tx, std::get<DeviceBinding>(ctx.body), state);
    case TxType::VitalsBatch:
        return checkVitals(tx, std::get<VitalsBatch>(ctx.body), state);
    case TxType::ComplianceReview:
        return checkComplianceReview(tx, std::get<ComplianceReview>(ctx.body), state);
    case TxType::ConfigChange: {
        // One change per block: a second one names the same predecessor as
        // the first, which is no longer the newest.
        if (const auto pending = state.latestConfig(); pending && pending->hash() != inForce.hash())
            return Reason::ConfigOutOfOrder;
        return checkConfigChange(tx, std::get<ConfigChange>(ctx.body), inForce);
    }
    }
    return Reason::Malformed;
}

void Contract::apply(const CheckedTransaction &ctx, LedgerState &state) const
{
    const Transaction &tx = ctx.tx;
    switch (tx.type) {
    case TxType::Enrol: {
        const auto &e = std::get<Enrolment>(ctx.body);
        state.putUser(UserInfo{e.userKey, e.name, e.role, tx.org, false});
        break;
    }
    case TxType::Revoke: {
        auto user = *state.user(std::get<Revocation>(ctx.body).userKey);
        user.revoked = true;
        state.putUser(user);
        break;
    }
    case TxType::RegisterPatient: {
        const auto &p = std::get<PatientRegistration>(ctx.body);
        state.putPatient(PatientInfo{p.patientId, p.signKey, p.kdf, tx.org});
        break;
    }
    case TxType::RecordCreate:
    case TxType::RecordAmend: {
        const auto &r = std::get<RecordVersion>(ctx.body);
        quint64 version = 1;
        if (!r.supersedes.isEmpty())
            version = state.recordVersion(r.supersedes)->version + 1;
        state.putRecordVersion(RecordInfo{ctx.txId, r.recordId, r.patientId, r.resourceType, tx.author, tx.org, version,
                                          r.ciphertextHash, tx.timestampMs, false},
                               r.supersedes);
        for (const WrappedKey &k : r.keys)
            state.putWrappedKey(ctx.txId, k);
        break;
    }
    case TxType::ConsentGrant: {
        const auto &g = std::get<ConsentGrant>(ctx.body);
        state.putConsent(ConsentState{g.consentId, g.patientId, g.granteeOrg, g.scope, g.purpose, g.expiresMs, false});
        for (const auto &[txId, sealed] : g.keys)
            state.putWrappedKey(txId, WrappedKey{RecipientKind::Org, g.granteeOrg, sealed});
        break;
    }
    case TxType::ConsentRevoke: {
        auto consent = *state.consent(std::get<ConsentRevocation>(ctx.body).consentId);
        consent.revoked = true;
        state.putConsent(consent);
        break;
    }
    case TxType::AccessLog:
        break; // the log itself is the record; it changes no state
    case TxType::ReferralCreate: {
        const auto &q = std::get<ReferralRequest>(ctx.body);
        ReferralInfo r;
        r.referralId = q.referralId;
        r.patientId = q.patientId;
        r.fromOrg = tx.org;
        r.author = tx.author;
        r.targetOrg = q.targetOrg;
        r.targetUser = q.targetUser;
        r.urgency = q.urgency;
        r.serviceRequest = q.serviceRequest;
        r.createTx = ctx.txId;
        r.createdMs = tx.timestampMs;
        r.dueMs = tx.timestampMs + urgencyWindowMs(q.urgency);
        r.status = ReferralStatus::Requested;
        r.lastTx = ctx.txId;
        r.updatedMs = tx.timestampMs;
        state.putReferral(r);
        for (const auto &[txId, sealed] : q.keys)
            state.putWrappedKey(txId, WrappedKey{RecipientKind::Org, q.targetOrg, sealed});
        break;
    }
    case TxType::ReferralTransition: {
        const auto &t = std::get<ReferralTransition>(ctx.body);
        ReferralInfo r = *state.referral(t.referralId);
        r.status = t.to;
        r.lastTx = ctx.txId;
        r.updatedMs = tx.timestampMs;
        if (t.to == ReferralStatus::Accepted)
            r.appointmentMs = t.appointmentMs;
        if (t.to == ReferralStatus::Rejected)
            r.rejectReason = t.rejectReason;
        if (!t.record.isEmpty())
            r.report = t.record;
        state.putReferral(r);
        break;
    }
    case TxType::DeviceRegister: {
        const auto &b = std::get<DeviceBinding>(ctx.body);
        DeviceInfo d;
        if (b.revoked) {
            d = *state.device(b.deviceId);
            d.revoked = true;
            d.untilMs = tx.timestampMs;
        } else {
            d = DeviceInfo{b.deviceId, b.deviceKey, b.kind, b.patientId, tx.org, tx.author,
                           b.sinceMs ? b.sinceMs : tx.timestampMs, b.untilMs, false, {}};
        }
        d.lastTx = ctx.txId;
        state.putDevice(d);
        break;
    }
    case TxType::VitalsBatch: {
        const RecordVersion &r = std::get<VitalsBatch>(ctx.body).record;
        state.putRecordVersion(RecordInfo{ctx.txId, r.recordId, r.patientId, r.resourceType, tx.author, tx.org, 1,
                                          r.ciphertextHash, tx.timestampMs, false},
                               {});
        for (const WrappedKey &k : r.keys)
            state.putWrappedKey(ctx.txId, k);
        break;
    }
    case TxType::ComplianceReview:
        break; // a flag's history is its reviews, read from the chain by the officers' workstations
    case TxType::ConfigChange:
        state.putConfig(std::get<ConfigChange>(ctx.body).config);
        break;
    }
}

BlockExecutor::BlockExecutor(const Contract &contract, LedgerState &state, quint64 blockTimeMs)
    : m_contract(contract), m_state(state), m_config(contract.configInForce(state)), m_blockTimeMs(blockTimeMs)
{
}

Reason BlockExecutor::execute(const CheckedTransaction &ctx)
{
    if (m_seen.contains(ctx.txId))
        return Reason::Replay;
    const Reason r = m_contract.checkState(ctx, m_state, m_blockTimeMs, m_config);
    if (r == Reason::Ok) {
        m_contract.apply(ctx, m_state);
        m_seen.insert(ctx.txId);
    }
    return r;
}

} // namespace careledger
