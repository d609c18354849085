#include "crypto/Ed25519.h"
#include "crypto/SealedBox.h"
#include "ledger/OrgDataKey.h"

#include <QTest>

using namespace careledger;

class tst_OrgDataKey : public QObject {
    Q_OBJECT

    Ed25519::KeyPair m_org = Ed25519::generate();

private slots:
    void isDerivedDeterministicallyFromTheOrgKey()
    {
        const auto a = OrgDataKey::derive(m_org.secretKey);
        const auto b = OrgDataKey::derive(m_org.secretKey);
        QCOMPARE(a.publicKey, b.publicKey);
        QVERIFY(a.secretKey.equals(b.secretKey));
        QCOMPARE(a.publicKey.size(), 32);
        QVERIFY(OrgDataKey::derive(Ed25519::generate().secretKey).publicKey != a.publicKey);
    }

    // Handing it to users must not hand them the org's signing scalar.
    void isNotTheX25519FormOfTheSigningKey()
    {
        QVERIFY(OrgDataKey::derive(m_org.secretKey).publicKey != Ed25519::toX25519PublicKey(m_org.publicKey));
    }

    void aUserOpensItFromTheirEnrolment()
    {
        const Ed25519::KeyPair nurse = Ed25519::generate();
        const Enrolment e = OrgDataKey::enrolment(nurse.publicKey, QStringLiteral("Jonas Berg"), Role::Nurse, m_org.secretKey);
        QCOMPARE(e.sealedOrgKey.size(), OrgDataKey::SealedSize);
        auto opened = SealedBox::open(Ed25519::toX25519PublicKey(nurse.publicKey), Ed25519::toX25519SecretKey(nurse.secretKey),
                                      e.sealedOrgKey);
        QVERIFY(opened);
        QVERIFY(opened->equals(OrgDataKey::derive(m_org.secretKey).secretKey));
        // Nobody else opens it.
        const Ed25519::KeyPair other = Ed25519::generate();
        QVERIFY(!SealedBox::open(Ed25519::toX25519PublicKey(other.publicKey), Ed25519::toX25519SecretKey(other.secretKey),
                                 e.sealedOrgKey));
        auto decoded = Enrolment::decode(e.encode());
        QVERIFY(decoded);
        QCOMPARE(decoded->sealedOrgKey, e.sealedOrgKey);
    }

    void onlyRolesThatReadRecordsReceiveIt_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("receives");
        QTest::newRow("doctor") << Role::Doctor << true;
        QTest::newRow("nurse") << Role::Nurse << true;
        QTest::newRow("emr technician") << Role::EmrTechnician << true;
        QTest::newRow("compliance officer: metadata only") << Role::ComplianceOfficer << false;
        QTest::newRow("admin") << Role::Admin << false;
        QTest::newRow("insurer") << Role::Insurer << false;
        QTest::newRow("researcher") << Role::Researcher << false;
    }
    void onlyRolesThatReadRecordsReceiveIt()
    {
        QFETCH(Role, role);
        QFETCH(bool, receives);
        const Enrolment e = OrgDataKey::enrolment(Ed25519::generate().publicKey, QStringLiteral("x"), role, m_org.secretKey);
        QCOMPARE(!e.sealedOrgKey.isEmpty(), receives);
    }
};

QTEST_GUILESS_MAIN(tst_OrgDataKey)
#include "tst_orgdatakey.moc"
