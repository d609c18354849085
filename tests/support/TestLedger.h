#pragma once

// Ledger-level test helpers shared by the contract and system tests: copyable
// keys, a network configuration with its org keys, and builders for every
// transaction type. No Qt Network here (the contract tests do not link it);
// running a full node is in TestNetwork.h.

#include "crypto/Argon2id.h"
#include "crypto/Ed25519.h"
#include "ledger/NetworkConfig.h"
#include "ledger/OrgDataKey.h"
#include "ledger/PatientKeys.h"
#include "ledger/RecordCipher.h"
#include "ledger/Transaction.h"
#include "ledger/TxBody.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <stdexcept>
#include <vector>

namespace careledger::testing {

// Small Argon2id cost: the derivation rules are what is tested, not its cost.
inline constexpr quint64 TestKdfOps = 1;
inline constexpr quint64 TestKdfMemory = 8 * 1024 * 1024;

inline quint64 nowMs()
{
    return quint64(QDateTime::currentMSecsSinceEpoch());
}

inline QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = char(QRandomGenerator::global()->bounded(256));
    return out;
}

// An Ed25519 key pair that tests can copy around (the secret stays in one
// SecureBuffer, shared).
struct TestKey {
    QByteArray publicKey;
    std::shared_ptr<const SecureBuffer> secret;

    static TestKey from(Ed25519::KeyPair pair)
    {
        return TestKey{pair.publicKey, std::make_shared<const SecureBuffer>(std::move(pair.secretKey))};
    }
    static TestKey generate() { return from(Ed25519::generate()); }

    const SecureBuffer &secretKey() const { return *secret; }
    QByteArray x25519PublicKey() const { return Ed25519::toX25519PublicKey(publicKey); }
    SecureBuffer x25519SecretKey() const { return Ed25519::toX25519SecretKey(*secret); }
};

struct TestUser {
    QString org;
    Role role = Role::Doctor;
    QString name;
    TestKey key;
};

// A patient whose keys come from a private ID, as at the kiosk.
struct TestPatient {
    QString id;
    QString privateId;
    KdfParams kdf;
    TestKey key;

    static TestPatient make(const QString &id, const QString &privateId)
    {
        TestPatient p{id, privateId, KdfParams::withRandomSalt(TestKdfOps, TestKdfMemory), {}};
        auto derived = PatientKeys::derive(privateId, p.kdf);
        if (!derived)
            throw std::runtime_error(derived.error().message.toStdString());
        p.key = TestKey::from(std::move(derived).value());
        return p;
    }
    // The key someone typing `typedId` at the kiosk would get for this patient.
    TestKey keyFor(const QString &typedId) const
    {
        auto derived = PatientKeys::derive(typedId, kdf);
        if (!derived)
            throw std::runtime_error(derived.error().message.toStdString());
        return TestKey::from(std::move(derived).value());
    }
};

struct TestOrg {
    QString id;
    TestKey key;
    QByteArray tlsCertificateDer; // empty unless the test runs a node for it

    // The key the org's records are sealed for, as its users hold it.
    SealedBox::KeyPair dataKey() const { return OrgDataKey::derive(key.secretKey()); }
};

inline QByteArray fhirJson(const QString &resourceType, const QString &patientId, const QString &text)
{
    return QStringLiteral(R"({"resourceType":"%1","subject":{"reference":"Patient/%2"},"status":"final","code":{"text":"%3"}})")
        .arg(resourceType, patientId, text)
        .toUtf8();
}

// A network's members and keys, and transaction builders bound to its id.
class TestLedger {
public:
    // orgIds[i] gets a fresh org key; tlsDer[i] (if given) is its pinned
    // certificate, endpoints[i] (if given) where its node listens.
    explicit TestLedger(const QStringList &orgIds, const QList<QByteArray> &tlsDer = {}, Policy policy = {},
                        const QStringList &endpoints = {})
    {
        m_config.networkName = QStringLiteral("careledger-test");
        m_config.policy = policy;
        for (qsizetype i = 0; i < orgIds.size(); ++i) {
            Member m = memberOf(newOrg(orgIds[i], tlsDer.value(i)));
            m.endpoint = endpoints.value(i, m.endpoint);
            m_config.members.append(m);
        }
        m_networkId = m_config.networkId();
    }

    // An org with a fresh key that the genesis does not list (one that joins later).
    const TestOrg &newOrg(const QString &id, const QByteArray &tlsDer = {})
    {
        m_orgs.push_back(TestOrg{id, TestKey::generate(), tlsDer});
        return m_orgs.back();
    }
    static Member memberOf(const TestOrg &org)
    {
        return Member{org.id, org.id.toUpper(), org.key.publicKey, org.tlsCertificateDer,
                      QStringLiteral("https://127.0.0.1:0"), org.dataKey().publicKey};
    }

    const NetworkConfig &config() const { return m_config; }
    // Where a member's node listens (before any transaction is built: the network id changes).
    void setEndpoint(const QString &orgId, const QString &endpoint)
    {
        for (Member &m : m_config.members)
            if (m.orgId == orgId)
                m.endpoint = endpoint;
        m_networkId = m_config.networkId();
    }
    const QByteArray &networkId() const { return m_networkId; }
    const TestOrg &org(const QString &id) const
    {
        for (const TestOrg &o : m_orgs)
            if (o.id == id)
                return o;
        throw std::logic_error("no such test org");
    }

    // --- transactions ---------------------------------------------------------

    Transaction make(TxType type, const QString &org, const QByteArray &body, const TestKey &author, quint64 ts) const
    {
        return Transaction::make(type, m_networkId, org, body, author.publicKey, author.secretKey(), ts);
    }

    // A new user with a fresh key (not yet enrolled).
    static TestUser newUser(const QString &org, Role role, const QString &name = {})
    {
        return TestUser{org, role, name.isEmpty() ? roleName(role) + QStringLiteral(" of ") + org : name,
                        TestKey::generate()};
    }

    // Enrolment of `user`, signed by `by` on behalf of `org` (the org key or an admin).
    Transaction enrol(const TestUser &user, const TestKey &by, quint64 ts, const QString &org = {}) const
    {
        const QString orgId = org.isEmpty() ? user.org : org;
        // The org's data key travels with the enrolment, as careledgerd enroll does it.
        const auto member = std::find_if(m_orgs.cbegin(), m_orgs.cend(), [&](const TestOrg &o) { return o.id == orgId; });
        const Enrolment e = member == m_orgs.cend()
            ? Enrolment{user.key.publicKey, user.name, user.role, {}}
            : OrgDataKey::enrolment(user.key.publicKey, user.name, user.role, member->key.secretKey());
        return make(TxType::Enrol, orgId, e.encode(), by, ts);
    }
    Transaction enrolByOrg(const TestUser &user, quint64 ts) const { return enrol(user, this->org(user.org).key, ts); }

    Transaction revoke(const TestUser &user, const TestKey &by, quint64 ts, const QString &org = {}) const
    {
        return make(TxType::Revoke, org.isEmpty() ? user.org : org,
                    Revocation{user.key.publicKey, QStringLiteral("left the organisation")}.encode(), by, ts);
    }

    Transaction registerPatient(const TestUser &by, const TestPatient &patient, quint64 ts) const
    {
        return make(TxType::RegisterPatient, by.org, PatientRegistration{patient.id, patient.key.publicKey, patient.kdf}.encode(),
                    by.key, ts);
    }

    // A record's payload sealed for the patient and `org`, as a workstation does.
    SealedRecord seal(const TestPatient &patient, const QString &org, const QString &resourceType,
                      const QByteArray &plaintext = {}, const QByteArray &recordId = {}) const
    {
        return RecordCipher::seal(plaintext.isEmpty() ? fhirJson(resourceType, patient.id, QStringLiteral("test")) : plaintext,
                                  recordId.isEmpty() ? RecordCipher::newRecordId() : recordId, patient.id, resourceType,
                                  {{RecipientKind::Patient, patient.id, patient.key.x25519PublicKey()},
                                   {RecipientKind::Org, org, this->org(org).dataKey().publicKey}});
    }

    Transaction record(const TestUser &by, const RecordVersion &version, quint64 ts) const
    {
        return make(version.supersedes.isEmpty() ? TxType::RecordCreate : TxType::RecordAmend, by.org, version.encode(),
                    by.key, ts);
    }

    // A consent of `patient` for `granteeOrg`, signed with `signer` (the
    // patient's derived key, or someone else's to test refusal).
    static ConsentGrant consent(const TestPatient &patient, const QString &granteeOrg, const QStringList &scope,
                                quint64 expiresMs)
    {
        ConsentGrant g;
        g.consentId = randomBytes(16);
        g.patientId = patient.id;
        g.granteeOrg = granteeOrg;
        g.scope = scope;
        g.purpose = QStringLiteral("treatment");
        g.expiresMs = expiresMs;
        return g;
    }
    Transaction grant(const ConsentGrant &grant, const TestKey &signer, const QString &kioskOrg, quint64 ts) const
    {
        return make(TxType::ConsentGrant, kioskOrg, grant.encode(), signer, ts);
    }
    Transaction revokeConsent(const ConsentGrant &grant, const TestKey &signer, const QString &kioskOrg, quint64 ts) const
    {
        return make(TxType::ConsentRevoke, kioskOrg, ConsentRevocation{grant.consentId, grant.patientId}.encode(), signer, ts);
    }

    // The transaction with endorsements of `orgs` added, each by its org key.
    Transaction endorsed(Transaction tx, const QStringList &orgs) const
    {
        for (const QString &o : orgs)
            tx.endorsements.append(tx.endorse(o, org(o).key.secretKey()));
        return tx;
    }

    // A change from `inForce` to `next`, authored by byOrg's org key and
    // endorsed by `endorsers`.
    Transaction configChange(const NetworkConfig &inForce, const NetworkConfig &next, const QString &byOrg,
                             const QStringList &endorsers, quint64 ts) const
    {
        const ConfigChange change{inForce.hash(), next};
        return endorsed(make(TxType::ConfigChange, byOrg, change.encode(), org(byOrg).key, ts), endorsers);
    }

private:
    NetworkConfig m_config;
    QByteArray m_networkId;
    std::deque<TestOrg> m_orgs; // deque: newOrg() keeps references to earlier ones valid
};

} // namespace careledger::testing
