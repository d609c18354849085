#include "DemoSeeder.h"

#include "FullNode.h"
#include "NodeDataDir.h"
#include "crypto/Totp.h"
#include "fhir/FhirBuilder.h"
#include "fhir/FhirRenderer.h"
#include "fhir/SyntheticPatients.h"
#include "ledger/OrgDataKey.h"
#include "ledger/PatientKeys.h"
#include "ledger/RecordCipher.h"
#include "rpm/VitalsBundle.h"
#include "rpm/VitalsSimulator.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent>

namespace careledger {

namespace {
struct DemoUser {
    Role role;
    const char *name;
    const char *login = nullptr; // the key files' name; nullptr: the role's name

    QString fileName() const { return login ? QString::fromLatin1(login) : roleName(role); }
};

constexpr DemoUser DemoUsers[] = {
    {Role::Doctor, "Dr. Amelia Hart"},
    // A second doctor, so that the demo doctor has referrals to receive and someone to refer to.
    {Role::Doctor, "Dr. Kofi Mensah", "gp"},
    {Role::Nurse, "Jonas Berg, RN"},
    {Role::EmrTechnician, "Priya Nair"},
    {Role::ComplianceOfficer, "Marcus Oyelaran"},
    {Role::Admin, "Sam Keller"},
    {Role::Insurer, "Northwind Health (claims desk)"},
    {Role::Researcher, "Dr. Lena Fischer"},
};

// Submits and waits until every transaction is final; the first refusal is an error.
Status submitAll(FullNode &node, const QList<QPair<QByteArray, QByteArray>> &items)
{
    QList<Submission> batch;
    for (const auto &[tx, ciphertext] : items) {
        StatelessCheck s = node.contract().checkStateless(tx);
        if (s.reason != Reason::Ok)
            return makeError(reasonCode(s.reason), reasonText(s.reason) + QLatin1Char(' ') + s.detail);
        batch.append(Submission{std::move(s.checked), ciphertext});
    }
    const QList<SubmissionResult> results = node.producer().submit(std::move(batch)).result();
    for (const SubmissionResult &r : results)
        if (!r.isFinal())
            return makeError(reasonCode(r.reason), r.error.isEmpty() ? reasonText(r.reason) : r.error);
    return {};
}

Status writeOwnerOnly(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("io"), f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit())
        return makeError(QStringLiteral("io"), f.errorString());
    return {};
}
} // namespace

Result<DemoSummary> DemoSeeder::seed(FullNode &node, const QString &dataDir, int patientCount, quint64 seed)
{
    NodeDataDir dir(dataDir);
    auto identity = dir.identity();
    if (!identity)
        return identity.error();
    const QByteArray orgPub = Ed25519::fromSecretKey(SecureBuffer::copyOf(identity->orgKey.view())).publicKey;
    const QString org = identity->orgId;
    const QByteArray networkId = node.config().networkId();
    const quint64 now = quint64(node.clock().nowMs());

    DemoSummary summary;
    QDir usersDir(dir.file(QStringLiteral("demo-users")));
    QDir().mkpath(usersDir.path());
    QList<QPair<QByteArray, QByteArray>> enrolments;
    std::optional<Ed25519::KeyPair> doctor;
    std::optional<Ed25519::KeyPair> gp;
    QList<QPair<QByteArray, QString>> signIns; // user key, name: each gets a TOTP secret once enrolled
    for (const DemoUser &u : DemoUsers) {
        Ed25519::KeyPair kp = Ed25519::generate();
        const Enrolment e = OrgDataKey::enrolment(kp.publicKey, QString::fromUtf8(u.name), u.role, identity->orgKey);
        enrolments.append({Transaction::make(TxType::Enrol, networkId, org, e.encode(), orgPub, identity->orgKey, now).encode(), {}});
        QSaveFile f(usersDir.filePath(u.fileName() + QStringLiteral(".key")));
        if (!f.open(QIODevice::WriteOnly))
            return makeError(QStringLiteral("io"), f.errorString());
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(kp.secretKey.view().toByteArray());
        if (!f.commit())
            return makeError(QStringLiteral("io"), f.errorString());
        signIns.append({kp.publicKey, QString::fromUtf8(u.name)});
        if (u.role == Role::Doctor)
            (doctor ? gp : doctor) = std::move(kp);
        ++summary.users;
    }
    if (Status st = submitAll(node, enrolments); !st)
        return st.error();
    // Their second factor, as `careledgerd enroll` sets it up: sealed in the
    // node's store, and the otpauth URI beside the key for an authenticator app.
    for (qsizetype i = 0; i < signIns.size(); ++i) {
        const SecureBuffer secret = Totp::generateSecret();
        if (Status st = node.setTotpSecret(signIns[i].first, secret); !st)
            return st.error();
        QByteArray uri = Totp::otpauthUri(signIns[i].second, secret).toUtf8() + '\n';
        const Status st = writeOwnerOnly(usersDir.filePath(DemoUsers[i].fileName() + QStringLiteral(".totp")), uri);
        uri.fill('\0');
        if (!st)
            return st.error();
    }
    summary.usersDir = usersDir.path();

    const SyntheticPatients generator(seed);
    const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(qint64(now), Qt::UTC);
    QList<int> indexes;
    for (int i = 0; i < patientCount; ++i)
        indexes.append(i);
    // Argon2id dominates: derive the patients' keys on every core.
    struct Prepared {
        SyntheticPatient patient;
        PatientRegistration registration;
        QByteArray x25519;
    };
    const QList<Prepared> prepared = QtConcurrent::blockingMapped<QList<Prepared>>(indexes, [&](int i) {
        Prepared p{generator.make(i, nowTime), {}, {}};
        p.registration.patientId = p.patient.patientId;
        p.registration.kdf = KdfParams::withRandomSalt(2, 16ull * 1024 * 1024);
        auto keys = PatientKeys::derive(p.patient.privateId, p.registration.kdf);
        p.registration.signKey = keys->publicKey;
        p.x25519 = Ed25519::toX25519PublicKey(keys->publicKey);
        return p;
    });

    QString credentials = QStringLiteral("# CareLedger demo network: synthetic patients only.\n"
                                         "# patient id, private ID (typed by the patient at the kiosk)\n");
    QList<QPair<QByteArray, QByteArray>> registrations;
    QList<QPair<QByteArray, QByteArray>> records;
    QList<QPair<QString, QByteArray>> referable; // (patient, txid of their newest record): what the demo referrals carry
    const QByteArray orgDataKey = node.config().member(org)->dataKey;
    for (const Prepared &p : prepared) {
        registrations.append({Transaction::make(TxType::RegisterPatient, networkId, org, p.registration.encode(),
                                                doctor->publicKey, doctor->secretKey, now)
                                  .encode(),
                              {}});
        const QList<KeyRecipient> recipients{{RecipientKind::Patient, p.patient.patientId, p.x25519},
                                             {RecipientKind::Org, org, orgDataKey}};
        QList<QJsonObject> resources{p.patient.patient};
        resources.append(FhirRenderer::inClinicalOrder(p.patient.records));
        QByteArray newest;
        for (const QJsonObject &resource : resources) {
            SealedRecord sealed = RecordCipher::seal(QJsonDocument(resource).toJson(QJsonDocument::Compact),
                                                     RecordCipher::newRecordId(), p.patient.patientId,
                                                     resource.value(QStringLiteral("resourceType")).toString(), recipients);
            const Transaction tx = Transaction::make(TxType::RecordCreate, networkId, org, sealed.version.encode(),
                                                     doctor->publicKey, doctor->secretKey, now);
            newest = tx.id();
            records.append({tx.encode(), sealed.ciphertext});
        }
        referable.append({p.patient.patientId, newest});
        credentials += p.patient.patientId + QStringLiteral(", ") + p.patient.privateId + QLatin1Char('\n');
        ++summary.patients;
    }
    if (Status st = submitAll(node, registrations); !st)
        return st.error();
    for (qsizetype i = 0; i < records.size(); i += 2000)
        if (Status st = submitAll(node, records.mid(i, 2000)); !st)
            return st.error();
    summary.records = int(records.size());

    // Remote monitoring for the first two patients: a pulse oximeter and a
    // blood pressure monitor on the first, a glucometer on the second, worn
    // for four days; a reading every three hours, every seventh one (and the
    // latest oximetry) out of range, so the vitals charts show alerts.
    struct DemoDevice {
        int patient;
        const char *id;
        DeviceKind kind;
    };
    constexpr DemoDevice DemoDevices[] = {{0, "DEMO-OX-0001", DeviceKind::PulseOximeter},
                                          {0, "DEMO-BP-0001", DeviceKind::BloodPressureMonitor},
                                          {1, "DEMO-GL-0002", DeviceKind::Glucometer}};
    QDir devicesDir(dir.file(QStringLiteral("demo-devices")));
    QDir().mkpath(devicesDir.path());
    const quint64 since = now - 4ull * 24 * 3600 * 1000;
    QList<QPair<QByteArray, QByteArray>> bindings;
    QByteArray deviceList = "# CareLedger demo devices: device id, kind, patient id (keys: <device id>.key)\n";
    QHash<int, QList<DeviceReading>> readingsOf; // by patient
    for (const DemoDevice &d : DemoDevices) {
        if (d.patient >= prepared.size())
            continue;
        const Prepared &p = prepared[d.patient];
        const QString deviceId = QString::fromLatin1(d.id);
        const Ed25519::KeyPair key = Ed25519::generate();
        // libsodium's secret key is seed || public key: the seed is what the device keeps.
        QByteArray seedHex = key.secretKey.view().first(Ed25519::SeedSize).toByteArray().toHex() + '\n';
        const Status written = writeOwnerOnly(devicesDir.filePath(deviceId + QStringLiteral(".key")), seedHex);
        seedHex.fill('\0');
        if (!written)
            return written.error();
        const DeviceBinding binding{deviceId, key.publicKey, d.kind, p.patient.patientId, 0, false, since};
        deviceList += (deviceId + QStringLiteral(", ") + deviceKindName(d.kind) + QStringLiteral(", ") + p.patient.patientId).toUtf8()
                    + '\n';
        bindings.append({Transaction::make(TxType::DeviceRegister, networkId, org, binding.encode(), doctor->publicKey,
                                           doctor->secretKey, now)
                             .encode(),
                         {}});
        VitalsSimulator simulator(deviceId, p.patient.patientId, d.kind, quint32(seed ^ quint64(summary.devices)));
        int n = 0;
        for (quint64 t = since + 10 * 60 * 1000; t < now - 5 * 60 * 1000; t += 3 * 3600 * 1000, ++n) {
            const bool last = t + 3 * 3600 * 1000 >= now - 5 * 60 * 1000;
            for (DeviceReading r : simulator.next(t, n % 7 == 5 || (last && d.kind == DeviceKind::PulseOximeter))) {
                r.sign(key.secretKey);
                readingsOf[d.patient].append(r);
            }
        }
        ++summary.devices;
    }
    if (Status st = submitAll(node, bindings); !st)
        return st.error();
    if (Status st = writeOwnerOnly(devicesDir.filePath(QStringLiteral("devices.txt")), deviceList); !st)
        return st.error();
    // One VitalsBatch per patient and day, as the node's ingest would have cut them.
    QList<QPair<QByteArray, QByteArray>> vitals;
    for (auto it = readingsOf.cbegin(); it != readingsOf.cend(); ++it) {
        const Prepared &p = prepared[it.key()];
        QMap<quint64, QList<DeviceReading>> byDay;
        for (const DeviceReading &r : it.value())
            byDay[r.effectiveMs / (24ull * 3600 * 1000)].append(r);
        for (const QList<DeviceReading> &day : std::as_const(byDay)) {
            const SealedVitals sealed = VitalsBundle::seal(day, p.patient.patientId, p.registration.signKey, org, orgDataKey);
            vitals.append({Transaction::make(TxType::VitalsBatch, networkId, org, sealed.batch.encode(), orgPub,
                                             identity->orgKey, now)
                               .encode(),
                           sealed.ciphertext});
            summary.readings += int(day.size());
        }
    }
    if (Status st = submitAll(node, vitals); !st)
        return st.error();
    summary.devicesDir = devicesDir.path();
    // Referrals, so the inbox is not empty: Dr. Mensah refers three patients
    // to Dr. Hart (one stat, one urgent, one routine she has accepted) and she
    // refers a fourth to him.
    struct DemoReferral {
        const Ed25519::KeyPair *from;
        const Ed25519::KeyPair *to;
        const char *toName;
        Urgency urgency;
        const char *reason;
        const char *question;
    };
    const DemoReferral demoReferrals[] = {
        {&*gp, &*doctor, "Dr. Amelia Hart", Urgency::Stat, "Chest pain at rest with new ST depression",
         "Please assess today for acute coronary syndrome."},
        {&*gp, &*doctor, "Dr. Amelia Hart", Urgency::Urgent, "Poorly controlled blood glucose despite two agents",
         "Would you review the treatment plan and consider insulin?"},
        {&*gp, &*doctor, "Dr. Amelia Hart", Urgency::Routine, "Persistent cough for eight weeks",
         "Further investigation, please; chest X-ray attached if done."},
        {&*doctor, &*gp, "Dr. Kofi Mensah", Urgency::Routine, "Follow-up of hypertension after discharge",
         "Please take over blood pressure monitoring."},
    };
    QList<QPair<QByteArray, QByteArray>> referralTxs;
    QList<ReferralRequest> made;
    const QString orgName = node.config().member(org)->displayName;
    for (qsizetype i = 0; i < qMin<qsizetype>(std::size(demoReferrals), referable.size()); ++i) {
        const DemoReferral &d = demoReferrals[i];
        const QString patientId = referable[i].first;
        const QString fromName = QString::fromUtf8(d.from == &*gp ? "Dr. Kofi Mensah" : "Dr. Amelia Hart");
        auto resource = FhirBuilder::serviceRequest(patientId, QString::fromUtf8(d.reason), QString::fromUtf8(d.question),
                                                    urgencyName(d.urgency), fromName,
                                                    QString::fromUtf8(d.toName) + QStringLiteral(", ") + orgName, nowTime);
        if (!resource)
            return resource.error();
        const SealedRecord sealed = RecordCipher::seal(QJsonDocument(*resource).toJson(QJsonDocument::Compact),
                                                       RecordCipher::newRecordId(), patientId,
                                                       QStringLiteral("ServiceRequest"),
                                                       {{RecipientKind::Patient, patientId, prepared[i].x25519},
                                                        {RecipientKind::Org, org, orgDataKey}});
        const Transaction request = Transaction::make(TxType::RecordCreate, networkId, org, sealed.version.encode(),
                                                      d.from->publicKey, d.from->secretKey, now);
        ReferralRequest q{RecordCipher::newRecordId(), patientId, org, d.to->publicKey, d.urgency, request.id(),
                          {referable[i].second}};
        referralTxs.append({request.encode(), sealed.ciphertext});
        referralTxs.append({Transaction::make(TxType::ReferralCreate, networkId, org, q.encode(), d.from->publicKey,
                                              d.from->secretKey, now)
                                .encode(),
                            {}});
        made.append(q);
    }
    if (Status st = submitAll(node, referralTxs); !st)
        return st.error();
    if (made.size() > 2) {
        // Dr. Hart accepted the routine one, with a slot a week from now.
        const ReferralTransition accept{made[2].referralId, made[2].patientId, ReferralStatus::Accepted,
                                        now + 7ull * 24 * 3600 * 1000, RejectReason::None, {}};
        const QByteArray tx = Transaction::make(TxType::ReferralTransition, networkId, org, accept.encode(),
                                                doctor->publicKey, doctor->secretKey, quint64(node.clock().nowMs()))
                                  .encode();
        if (Status st = submitAll(node, {{tx, {}}}); !st)
            return st.error();
    }
    summary.referrals = int(made.size());

    summary.credentialsFile = dir.file(QStringLiteral("demo-credentials.txt"));
    QSaveFile f(summary.credentialsFile);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("io"), f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(credentials.toUtf8());
    if (!f.commit())
        return makeError(QStringLiteral("io"), f.errorString());
    return summary;
}

} // namespace careledger
