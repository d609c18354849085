#include "TxBody.h"

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

namespace careledger {

namespace {
constexpr qsizetype MaxName = 200;
constexpr qsizetype MaxId = 64;
constexpr qsizetype MaxWrappedKeys = 64;
constexpr qsizetype SealedKeySize = 32 + 48;

template <typename T>
Result<T> decodeBody(const QByteArray &bytes, const char *what, T (*read)(CborReader &))
{
    return decodeCanonical<T>(bytes, QString::fromLatin1(what), read, [](const T &v) { return v.encode(); });
}
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Doctor: return QStringLiteral("doctor");
    case Role::Nurse: return QStringLiteral("nurse");
    case Role::EmrTechnician: return QStringLiteral("emr_technician");
    case Role::ComplianceOfficer: return QStringLiteral("compliance_officer");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Insurer: return QStringLiteral("insurer");
    case Role::Researcher: return QStringLiteral("researcher");
    }
    return QStringLiteral("unknown");
}

bool readsClinicalContent(Role role)
{
    return role == Role::Doctor || role == Role::Nurse || role == Role::EmrTechnician;
}

std::optional<Role> roleFromName(const QString &name)
{
    for (quint8 r = quint8(Role::Doctor); r <= quint8(Role::Researcher); ++r)
        if (roleName(Role(r)) == name)
            return Role(r);
    return std::nullopt;
}

QByteArray Enrolment::encode() const
{
    CborWriter w;
    w.array(4).bytes(userKey).text(name).uint(quint64(role)).bytes(sealedOrgKey);
    return w.take();
}

Result<Enrolment> Enrolment::decode(const QByteArray &bytes)
{
    return decodeBody<Enrolment>(bytes, "enrolment", [](CborReader &r) {
        Enrolment e;
        r.array(4, 4);
        e.userKey = r.fixedBytes(Ed25519::PublicKeySize);
        e.name = r.text(MaxName);
        const quint64 role = r.uint(quint64(Role::Researcher));
        if (r.ok() && role < quint64(Role::Doctor))
            r.fail(QStringLiteral("unknown role"));
        e.role = Role(role);
        e.sealedOrgKey = r.bytes(SealedKeySize);
        if (r.ok() && !e.sealedOrgKey.isEmpty() && e.sealedOrgKey.size() != SealedKeySize)
            r.fail(QStringLiteral("the sealed org key has the wrong size"));
        r.leave();
        return e;
    });
}

QByteArray Revocation::encode() const
{
    CborWriter w;
    w.array(2).bytes(userKey).text(reason);
    return w.take();
}

Result<Revocation> Revocation::decode(const QByteArray &bytes)
{
    return decodeBody<Revocation>(bytes, "revocation", [](CborReader &r) {
        Revocation v;
        r.array(2, 2);
        v.userKey = r.fixedBytes(Ed25519::PublicKeySize);
        v.reason = r.text(MaxName);
        r.leave();
        return v;
    });
}

QByteArray PatientRegistration::encode() const
{
    CborWriter w;
    w.array(5).text(patientId).bytes(signKey).uint(kdf.opsLimit).uint(kdf.memLimitBytes).bytes(kdf.salt);
    return w.take();
}

Result<PatientRegistration> PatientRegistration::decode(const QByteArray &bytes)
{
    return decodeBody<PatientRegistration>(bytes, "patient registration", [](CborReader &r) {
        PatientRegistration p;
        r.array(5, 5);
        p.patientId = r.text(MaxId);
        p.signKey = r.fixedBytes(Ed25519::PublicKeySize);
        p.kdf.opsLimit = r.uint(64);
        p.kdf.memLimitBytes = r.uint(1024ull * 1024 * 1024);
        p.kdf.salt = r.fixedBytes(Argon2id::SaltSize);
        r.leave();
        return p;
    });
}

QByteArray RecordVersion::encode() const
{
    CborWriter w;
    w.array(9)
        .bytes(recordId)
        .text(patientId)
        .text(resourceType)
        .bytes(supersedes)
        .bytes(ciphertextHash)
        .bytes(plaintextHash)
        .uint(ciphertextSize)
        .bytes(onBehalfOf);
    w.array(keys.size());
    for (const WrappedKey &k : keys)
        w.array(3).uint(quint64(k.kind)).text(k.recipient).bytes(k.sealed);
    return w.take();
}

Result<RecordVersion> RecordVersion::decode(const QByteArray &bytes)
{
    return decodeBody<RecordVersion>(bytes, "record", [](CborReader &r) {
        RecordVersion v;
        r.array(9, 9);
        v.recordId = r.fixedBytes(16);
        v.patientId = r.text(MaxId);
        v.resourceType = r.text(MaxId);
        v.supersedes = r.bytes(Sha256::Size);
        if (r.ok() && !v.supersedes.isEmpty() && v.supersedes.size() != Sha256::Size)
            r.fail(QStringLiteral("supersedes must be a transaction id"));
        v.ciphertextHash = r.fixedBytes(Sha256::Size);
        v.plaintextHash = r.fixedBytes(Sha256::Size);
        // Any size decodes: the limit is a contract rule (payload_too_large), not a shape rule.
        v.ciphertextSize = r.uint();
        v.onBehalfOf = r.bytes(Ed25519::PublicKeySize);
        if (r.ok() && !v.onBehalfOf.isEmpty() && v.onBehalfOf.size() != Ed25519::PublicKeySize)
            r.fail(QStringLiteral("on-behalf-of must be a user key"));
        const qsizetype n = r.array(1, MaxWrappedKeys);
        for (qsizetype i = 0; i < n && r.ok(); ++i) {
            r.array(3, 3);
            WrappedKey k;
            const quint64 kind = r.uint(quint64(RecipientKind::User));
            k.kind = RecipientKind(kind);
            k.recipient = r.text(MaxId);
            k.sealed = r.fixedBytes(SealedKeySize);
            r.leave();
            v.keys.append(k);
        }
        r.leave();
        r.leave();
        return v;
    });
}

QByteArray ConsentGrant::encode() const
{
    CborWriter w;
    w.array(7).bytes(consentId).text(patientId).text(granteeOrg);
    w.array(scope.size());
    for (const QString &s : scope)
        w.text(s);
    w.text(purpose).uint(expiresMs);
    w.array(keys.size());
    for (const auto &k : keys)
        w.array(2).bytes(k.first).bytes(k.second);
    return w.take();
}

Result<ConsentGrant> ConsentGrant::decode(const QByteArray &bytes)
{
    return decodeBody<ConsentGrant>(bytes, "consent", [](CborReader &r) {
        ConsentGrant c;
        r.array(7, 7);
        c.consentId = r.fixedBytes(16);
        c.patientId = r.text(MaxId);
        c.granteeOrg = r.text(MaxId);
        const qsizetype n = r.array(0, 32);
        for (qsizetype i = 0; i < n && r.ok(); ++i)
            c.scope.append(r.text(MaxId));
        r.leave();
        c.purpose = r.text(MaxName);
        c.expiresMs = r.uint();
        const qsizetype k = r.array(0, 4096);
        for (qsizetype i = 0; i < k && r.ok(); ++i) {
            r.array(2, 2);
            const QByteArray txid = r.fixedBytes(Sha256::Size);
            const QByteArray sealed = r.fixedBytes(SealedKeySize);
            r.leave();
            c.keys.append({txid, sealed});
        }
        r.leave();
        r.leave();
        return c;
    });
}

QByteArray ConsentRevocation::encode() const
{
    CborWriter w;
    w.array(2).bytes(consentId).text(patientId);
    return w.take();
}

Result<ConsentRevocation> ConsentRevocation::decode(const QByteArray &bytes)
{
    return decodeBody<ConsentRevocation>(bytes, "consent revocation", [](CborReader &r) {
        ConsentRevocation c;
        r.array(2, 2);
        c.consentId = r.fixedBytes(16);
        c.patientId = r.text(MaxId);
        r.leave();
        return c;
    });
}

QString accessActionName(AccessAction action)
{
    switch (action) {
    case AccessAction::View: return QStringLiteral("view");
    case AccessAction::Export: return QStringLiteral("export");
    case AccessAction::Print: return QStringLiteral("print");
    case AccessAction::KioskView: return QStringLiteral("kiosk-view");
    case AccessAction::PrivateIdFailed: return QStringLiteral("private-id-failed");
    case AccessAction::PrivateIdAccepted: return QStringLiteral("private-id-accepted");
    }
    return QStringLiteral("unknown");
}

QByteArray AccessLog::encode() const
{
    CborWriter w;
    w.array(2).text(workstation);
    w.array(events.size());
    for (const AccessEvent &e : events) {
        w.array(4).uint(e.timeMs).text(e.patientId).bytes(e.recordTx).uint(quint64(e.action));
    }
    return w.take();
}

Result<AccessLog> AccessLog::decode(const QByteArray &bytes)
{
    return decodeBody<AccessLog>(bytes, "access log", [](CborReader &r) {
        AccessLog log;
        r.array(2, 2);
        log.workstation = r.text(MaxName);
        const qsizetype n = r.array(1, MaxEvents);
        for (qsizetype i = 0; i < n && r.ok(); ++i) {
            AccessEvent e;
            r.array(4, 4);
            e.timeMs = r.uint();
            e.patientId = r.text(MaxId);
            e.recordTx = r.bytes(32);
            const quint64 action = r.uint(255);
            if (r.ok() && (action < quint64(AccessAction::View) || action > quint64(AccessAction::PrivateIdAccepted)))
                r.fail(QStringLiteral("unknown access action %1").arg(action));
            e.action = AccessAction(action);
            if (r.ok() && e.patientId.isEmpty())
                r.fail(QStringLiteral("an access event names no patient"));
            if (r.ok() && !e.recordTx.isEmpty() && e.recordTx.size() != 32)
                r.fail(QStringLiteral("an access event's record id is not a transaction id"));
            r.leave();
            log.events.append(e);
        }
        r.leave();
        r.leave();
        return log;
    });
}

QString urgencyName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Routine: return QStringLiteral("routine");
    case Urgency::Urgent: return QStringLiteral("urgent");
    case Urgency::Asap: return QStringLiteral("asap");
    case Urgency::Stat: return QStringLiteral("stat");
    }
    return QStringLiteral("unknown");
}

quint64 urgencyWindowMs(Urgency urgency)
{
    constexpr quint64 Hour = 3600ull * 1000;
    switch (urgency) {
    case Urgency::Routine: return 30 * 24 * Hour;
    case Urgency::Urgent: return 7 * 24 * Hour;
    case Urgency::Asap: return 24 * Hour;
    case Urgency::Stat: return Hour;
    }
    return 0;
}

QString referralStatusName(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Requested: return QStringLiteral("requested");
    case ReferralStatus::Accepted: return QStringLiteral("accepted");
    case ReferralStatus::Rejected: return QStringLiteral("rejected");
    case ReferralStatus::InProgress: return QStringLiteral("in-progress");
    case ReferralStatus::Completed: return QStringLiteral("completed");
    case ReferralStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

bool isTerminal(ReferralStatus status)
{
    return status == ReferralStatus::Rejected || status == ReferralStatus::Completed || status == ReferralStatus::Cancelled;
}

bool referralTransitionAllowed(ReferralStatus from, ReferralStatus to)
{
    switch (from) {
    case ReferralStatus::Requested:
        return to == ReferralStatus::Accepted || to == ReferralStatus::Rejected || to == ReferralStatus::Cancelled;
    case ReferralStatus::Accepted: return to == ReferralStatus::InProgress || to == ReferralStatus::Cancelled;
    case ReferralStatus::InProgress: return to == ReferralStatus::Completed;
    case ReferralStatus::Rejected:
    case ReferralStatus::Completed:
    case ReferralStatus::Cancelled: return false;
    }
    return false;
}

QString rejectReasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::None: return QStringLiteral("none");
    case RejectReason::OutOfScope: return QStringLiteral("out-of-scope");
    case RejectReason::NoCapacity: return QStringLiteral("no-capacity");
    case RejectReason::InsufficientInformation: return QStringLiteral("insufficient-information");
    case RejectReason::ReferredElsewhere: return QStringLiteral("referred-elsewhere");
    case RejectReason::PatientDeclined: return QStringLiteral("patient-declined");
    case RejectReason::Other: return QStringLiteral("other");
    }
    return QStringLiteral("unknown");
}

QByteArray ReferralRequest::encode() const
{
    CborWriter w;
    w.array(8).bytes(referralId).text(patientId).text(targetOrg).bytes(targetUser).uint(quint64(urgency)).bytes(serviceRequest);
    w.array(attachments.size());
    for (const QByteArray &a : attachments)
        w.bytes(a);
    w.array(keys.size());
    for (const auto &k : keys)
        w.array(2).bytes(k.first).bytes(k.second);
    return w.take();
}

Result<ReferralRequest> ReferralRequest::decode(const QByteArray &bytes)
{
    return decodeBody<ReferralRequest>(bytes, "referral", [](CborReader &r) {
        ReferralRequest q;
        r.array(8, 8);
        q.referralId = r.fixedBytes(16);
        q.patientId = r.text(MaxId);
        q.targetOrg = r.text(MaxId);
        q.targetUser = r.bytes(Ed25519::PublicKeySize);
        if (r.ok() && !q.targetUser.isEmpty() && q.targetUser.size() != Ed25519::PublicKeySize)
            r.fail(QStringLiteral("the referral's target user must be a user key"));
        const quint64 urgency = r.uint(255);
        if (r.ok() && (urgency < quint64(Urgency::Routine) || urgency > quint64(Urgency::Stat)))
            r.fail(QStringLiteral("unknown urgency %1").arg(urgency));
        q.urgency = Urgency(urgency);
        q.serviceRequest = r.fixedBytes(Sha256::Size);
        const qsizetype n = r.array(0, MaxAttachments);
        for (qsizetype i = 0; i < n && r.ok(); ++i) {
            const QByteArray txId = r.fixedBytes(Sha256::Size);
            if (r.ok() && q.attachments.contains(txId))
                r.fail(QStringLiteral("a record is attached twice"));
            q.attachments.append(txId);
        }
        r.leave();
        const qsizetype k = r.array(0, MaxAttachments);
        QList<QByteArray> keyed;
        for (qsizetype i = 0; i < k && r.ok(); ++i) {
            r.array(2, 2);
            const QByteArray txId = r.fixedBytes(Sha256::Size);
            const QByteArray sealed = r.fixedBytes(SealedKeySize);
            r.leave();
            if (r.ok() && (!q.attachments.contains(txId) || keyed.contains(txId)))
                r.fail(QStringLiteral("a re-wrapped key belongs to an attached record, once"));
            keyed.append(txId);
            q.keys.append({txId, sealed});
        }
        r.leave();
        if (r.ok() && (q.patientId.isEmpty() || q.targetOrg.isEmpty()))
            r.fail(QStringLiteral("a referral names its patient and target organisation"));
        r.leave();
        return q;
    });
}

QByteArray ReferralTransition::encode() const
{
    CborWriter w;
    w.array(6).bytes(referralId).text(patientId).uint(quint64(to)).uint(appointmentMs).uint(quint64(rejectReason)).bytes(record);
    return w.take();
}

Result<ReferralTransition> ReferralTransition::decode(const QByteArray &bytes)
{
    return decodeBody<ReferralTransition>(bytes, "referral transition", [](CborReader &r) {
        ReferralTransition t;
        r.array(6, 6);
        t.referralId = r.fixedBytes(16);
        t.patientId = r.text(MaxId);
        const quint64 to = r.uint(255);
        if (r.ok() && (to < quint64(ReferralStatus::Accepted) || to > quint64(ReferralStatus::Cancelled)))
            r.fail(QStringLiteral("unknown or unreachable referral state %1").arg(to));
        t.to = ReferralStatus(to);
        t.appointmentMs = r.uint();
        const quint64 reason = r.uint(255);
        if (r.ok() && reason > quint64(RejectReason::Other))
            r.fail(QStringLiteral("unknown reject reason %1").arg(reason));
        t.rejectReason = RejectReason(reason);
        t.record = r.bytes(Sha256::Size);
        if (r.ok() && !t.record.isEmpty() && t.record.size() != Sha256::Size)
            r.fail(QStringLiteral("the transition's record must be a transaction id"));
        if (r.ok() && t.patientId.isEmpty())
            r.fail(QStringLiteral("a referral transition names its patient"));
        // Each state carries exactly what belongs to it.
        if (r.ok() && (t.to == ReferralStatus::Accepted) != (t.appointmentMs != 0))
            r.fail(QStringLiteral("an appointment slot comes with, and only with, an acceptance"));
        if (r.ok() && (t.to == ReferralStatus::Rejected) != (t.rejectReason != RejectReason::None))
            r.fail(QStringLiteral("a reject reason comes with, and only with, a rejection"));
        if (r.ok() && t.to == ReferralStatus::Completed && t.record.isEmpty())
            r.fail(QStringLiteral("a completion carries its report"));
        if (r.ok() && !t.record.isEmpty() && t.to != ReferralStatus::Completed && t.to != ReferralStatus::Rejected)
            r.fail(QStringLiteral("only a completion (report) or a rejection (note) carries a record"));
        r.leave();
        return t;
    });
}

QString deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::PulseOximeter: return QStringLiteral("pulse-oximeter");
    case DeviceKind::BloodPressureMonitor: return QStringLiteral("blood-pressure-monitor");
    case DeviceKind::Glucometer: return QStringLiteral("glucometer");
    case DeviceKind::Scale: return QStringLiteral("scale");
    case DeviceKind::HeartRateMonitor: return QStringLiteral("heart-rate-monitor");
    }
    return QStringLiteral("unknown");
}

std::optional<DeviceKind> deviceKindFromName(const QString &name)
{
    for (quint8 k = quint8(DeviceKind::PulseOximeter); k <= quint8(DeviceKind::HeartRateMonitor); ++k)
        if (deviceKindName(DeviceKind(k)) == name)
            return DeviceKind(k);
    return std::nullopt;
}

QByteArray DeviceBinding::encode() const
{
    CborWriter w;
    w.array(7).text(deviceId).bytes(deviceKey).uint(quint64(kind)).text(patientId).uint(untilMs).uint(revoked ? 1 : 0).uint(sinceMs);
    return w.take();
}

Result<DeviceBinding> DeviceBinding::decode(const QByteArray &bytes)
{
    return decodeBody<DeviceBinding>(bytes, "device binding", [](CborReader &r) {
        DeviceBinding d;
        r.array(7, 7);
        d.deviceId = r.text(MaxDeviceId);
        d.deviceKey = r.fixedBytes(Ed25519::PublicKeySize);
        const quint64 kind = r.uint(quint64(DeviceKind::HeartRateMonitor));
        if (r.ok() && kind < quint64(DeviceKind::PulseOximeter))
            r.fail(QStringLiteral("unknown device kind"));
        d.kind = DeviceKind(kind);
        d.patientId = r.text(MaxId);
        d.untilMs = r.uint();
        d.revoked = r.uint(1) == 1;
        d.sinceMs = r.uint();
        if (r.ok() && (d.deviceId.isEmpty() || d.patientId.isEmpty()))
            r.fail(QStringLiteral("a device binding names its device and patient"));
        if (r.ok() && d.untilMs != 0 && d.untilMs <= d.sinceMs)
            r.fail(QStringLiteral("a device binding ends after it begins"));
        r.leave();
        return d;
    });
}

QByteArray VitalsBatch::encode() const
{
    CborWriter w;
    w.array(5);
    w.array(devices.size());
    for (const QString &d : devices)
        w.text(d);
    w.uint(readingCount).uint(firstMs).uint(lastMs).bytes(record.encode());
    return w.take();
}

Result<VitalsBatch> VitalsBatch::decode(const QByteArray &bytes)
{
    return decodeBody<VitalsBatch>(bytes, "vitals batch", [](CborReader &r) {
        VitalsBatch b;
        r.array(5, 5);
        const qsizetype n = r.array(1, MaxDevices);
        for (qsizetype i = 0; i < n && r.ok(); ++i) {
            const QString d = r.text(DeviceBinding::MaxDeviceId);
            if (r.ok() && b.devices.contains(d))
                r.fail(QStringLiteral("a device is listed twice"));
            b.devices.append(d);
        }
        r.leave();
        b.readingCount = r.uint(MaxReadings);
        b.firstMs = r.uint();
        b.lastMs = r.uint();
        const QByteArray record = r.bytes(RecordVersion::MaxPayloadSize);
        if (r.ok()) {
            auto decoded = RecordVersion::decode(record);
            if (!decoded)
                r.fail(decoded.error().message);
            else
                b.record = *decoded;
        }
        if (r.ok() && (b.readingCount == 0 || b.firstMs > b.lastMs))
            r.fail(QStringLiteral("a vitals batch holds at least one reading, in a forward time span"));
        if (r.ok() && (b.record.resourceType != QLatin1String("Bundle") || !b.record.supersedes.isEmpty()
                       || !b.record.onBehalfOf.isEmpty()))
            r.fail(QStringLiteral("a vitals batch seals one new Bundle of Observations"));
        r.leave();
        return b;
    });
}

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Reviewed: return QStringLiteral("reviewed");
    case ReviewStatus::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("unknown");
}

QByteArray ComplianceReview::encode() const
{
    CborWriter w;
    w.array(4).bytes(flagId).uint(quint64(status)).bytes(noteCiphertext);
    w.array(noteKeys.size());
    for (const WrappedKey &k : noteKeys)
        w.array(3).uint(quint64(k.kind)).text(k.recipient).bytes(k.sealed);
    return w.take();
}

Result<ComplianceReview> ComplianceReview::decode(const QByteArray &bytes)
{
    return decodeBody<ComplianceReview>(bytes, "compliance review", [](CborReader &r) {
        ComplianceReview v;
        r.array(4, 4);
        v.flagId = r.fixedBytes(Sha256::Size);
        const quint64 status = r.uint(255);
        if (r.ok() && status != quint64(ReviewStatus::Reviewed) && status != quint64(ReviewStatus::Closed))
            r.fail(QStringLiteral("unknown review status %1").arg(status));
        v.status = ReviewStatus(status);
        v.noteCiphertext = r.bytes(MaxNoteSize);
        const qsizetype n = r.array(0, MaxReaders);
        for (qsizetype i = 0; i < n && r.ok(); ++i) {
            r.array(3, 3);
            WrappedKey k;
            k.kind = RecipientKind(r.uint(quint64(RecipientKind::User)));
            if (r.ok() && k.kind != RecipientKind::User)
                r.fail(QStringLiteral("a review note is sealed for officers only"));
            k.recipient = r.text(MaxId);
            k.sealed = r.fixedBytes(SealedKeySize);
            r.leave();
            v.noteKeys.append(k);
        }
        if (r.ok() && v.noteCiphertext.isEmpty() != v.noteKeys.isEmpty())
            r.fail(QStringLiteral("a review note needs its keys, and keys need a note"));
        r.leave();
        r.leave();
        return v;
    });
}

QByteArray ConfigChange::encode() const
{
    CborWriter w;
    w.array(2).bytes(previousConfigHash).bytes(config.encode());
    return w.take();
}

Result<ConfigChange> ConfigChange::decode(const QByteArray &bytes)
{
    return decodeBody<ConfigChange>(bytes, "configuration change", [](CborReader &r) {
        ConfigChange c;
        r.array(2, 2);
        c.previousConfigHash = r.fixedBytes(Sha256::Size);
        const QByteArray config = r.bytes(200 * 1024);
        r.leave();
        if (!r.ok())
            return c;
        auto decoded = NetworkConfig::decode(config);
        if (!decoded)
            r.fail(decoded.error().message);
        else
            c.config = std::move(decoded).value();
        return c;
    });
}

} // namespace careledger
