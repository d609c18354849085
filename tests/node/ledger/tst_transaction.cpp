#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/Transaction.h"
#include "ledger/TxBody.h"

#include <QTest>

using namespace careledger;

class TestTransaction : public QObject {
    Q_OBJECT

    Ed25519::KeyPair m_key = Ed25519::generate();
    QByteArray m_network = Sha256::hash("test network");

    Transaction sample()
    {
        const Enrolment e{Ed25519::generate().publicKey, QStringLiteral("Dr. Test"), Role::Doctor};
        return Transaction::make(TxType::Enrol, m_network, QStringLiteral("org-a"), e.encode(), m_key.publicKey,
                                 m_key.secretKey, 1'700'000'000'000);
    }

private slots:
    void roundTripsThroughCanonicalCbor()
    {
        const Transaction tx = sample();
        auto decoded = Transaction::decode(tx.encode());
        QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->encode(), tx.encode());
        QCOMPARE(decoded->id(), tx.id());
        QVERIFY(decoded->hasValidSignature());
    }

    void idIgnoresEndorsements()
    {
        Transaction tx = sample();
        const QByteArray id = tx.id();
        tx.endorsements.append({QStringLiteral("org-b"), QByteArray(64, 'x')});
        QCOMPARE(tx.id(), id);
        QVERIFY(tx.hasValidSignature());
    }

    void anyChangeToTheSignedPartBreaksTheSignature_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("org") << 0;
        QTest::newRow("timestamp") << 1;
        QTest::newRow("nonce") << 2;
        QTest::newRow("body") << 3;
        QTest::newRow("network") << 4;
        QTest::newRow("type") << 5;
    }
    void anyChangeToTheSignedPartBreaksTheSignature()
    {
        QFETCH(int, field);
        Transaction tx = sample();
        switch (field) {
        case 0: tx.org = QStringLiteral("org-b"); break;
        case 1: tx.timestampMs += 1; break;
        case 2: tx.nonce += 1; break;
        case 3: tx.body[tx.body.size() - 1] = char(tx.body.back() ^ 1); break;
        case 4: tx.networkId = Sha256::hash("other"); break;
        case 5: tx.type = TxType::Revoke; break;
        }
        QVERIFY(!tx.hasValidSignature());
    }

    void decoderRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray good = sample().encode();
        QTest::newRow("empty") << QByteArray() << "malformed";
        QTest::newRow("trailing byte") << good + '\0' << "malformed";
        QTest::newRow("truncated") << good.left(good.size() - 1) << "malformed";
        QTest::newRow("not an array") << QByteArray::fromHex("01") << "malformed";
        QTest::newRow("oversize") << QByteArray(Transaction::MaxEncodedSize + 1, '\0') << "oversize";
        // 0x83 (array of 3) written as 0x98 0x03: a non-shortest length.
        QByteArray longLength = good;
        longLength.replace(0, 1, QByteArray::fromHex("9803"));
        QTest::newRow("non-shortest array length") << longLength << "non_canonical";
    }
    void decoderRejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto decoded = Transaction::decode(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, code);
        QVERIFY(!decoded.error().message.isEmpty());
    }

    void bodiesRoundTrip()
    {
        PatientRegistration p{QStringLiteral("P-000001"), m_key.publicKey, KdfParams::withRandomSalt(2, 8 << 20)};
        auto p2 = PatientRegistration::decode(p.encode());
        QVERIFY(p2.ok());
        QCOMPARE(p2->encode(), p.encode());

        RecordVersion r;
        r.recordId = QByteArray(16, 'r');
        r.patientId = QStringLiteral("P-000001");
        r.resourceType = QStringLiteral("Observation");
        r.ciphertextHash = Sha256::hash("c");
        r.plaintextHash = Sha256::hash("p");
        r.ciphertextSize = 100;
        r.keys.append({RecipientKind::Patient, QStringLiteral("P-000001"), QByteArray(80, 'k')});
        auto r2 = RecordVersion::decode(r.encode());
        QVERIFY2(r2.ok(), qPrintable(r2 ? QString() : r2.error().message));
        QCOMPARE(r2->encode(), r.encode());

        ConsentGrant c{QByteArray(16, 'c'), QStringLiteral("P-000001"), QStringLiteral("org-b"),
                       {QStringLiteral("Observation")}, QStringLiteral("treatment"), 42, {{Sha256::hash("t"), QByteArray(80, 'k')}}};
        auto c2 = ConsentGrant::decode(c.encode());
        QVERIFY(c2.ok());
        QCOMPARE(c2->encode(), c.encode());
    }

    void recordWithoutAnyWrappedKeyIsMalformed()
    {
        RecordVersion r;
        r.recordId = QByteArray(16, 'r');
        r.ciphertextHash = Sha256::hash("c");
        r.plaintextHash = Sha256::hash("p");
        QVERIFY(!RecordVersion::decode(r.encode()).ok());
    }

    void rolesHaveStableNames()
    {
        for (quint8 r = quint8(Role::Doctor); r <= quint8(Role::Researcher); ++r)
            QCOMPARE(roleFromName(roleName(Role(r))), std::optional<Role>(Role(r)));
        QCOMPARE(roleName(Role::EmrTechnician), QStringLiteral("emr_technician"));
        QVERIFY(!roleFromName(QStringLiteral("surgeon")));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
