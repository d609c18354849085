// The light node's trust rules, without a network: headers of a four-member
// consortium (quorum 3) made and signed here, proofs from a real MerkleLog.

#include "light/HeaderVerifier.h"

#include "contract/Reason.h"
#include "crypto/Sha256.h"
#include "ledger/MerkleLog.h"
#include "support/TestLedger.h"

#include <QTest>

using namespace careledger;
using namespace careledger::testing;

namespace {

const QStringList Orgs{QStringLiteral("hospital-a"), QStringLiteral("clinic-b"), QStringLiteral("lab-c"),
                       QStringLiteral("insurer-d")};

QByteArray flipped(QByteArray bytes, qsizetype at = 0)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

QString describe(const Status &st)
{
    return st ? QStringLiteral("ok") : st.error().code + QStringLiteral(": ") + st.error().message;
}

template <typename T>
QString describe(const Result<T> &r)
{
    return r ? QStringLiteral("ok") : r.error().code + QStringLiteral(": ") + r.error().message;
}

} // namespace

class TestHeaderVerifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void bootstrapNeedsQuorum_data();
    void bootstrapNeedsQuorum();
    void advanceWithConsistencyProof();
    void advanceOverEqualLogSize();
    void advanceRefuses_data();
    void advanceRefuses();
    void sameHeaderAgainIsNoChange();
    void verifyTransaction_data();
    void verifyTransaction();
    void isEquivocation();

    // Configuration changes
    void followsASignerSetChange();
    void configChangeRefusals_data();
    void configChangeRefusals();

private:
    // A header over the first `size` leaves of m_log, signed by `signers`.
    SignedHeader header(quint64 height, quint64 size, quint64 timeMs, const QStringList &signers,
                        const QByteArray &networkId = {}) const
    {
        SignedHeader s;
        BlockHeader &h = s.header;
        h.networkId = networkId.isEmpty() ? m_ledger->networkId() : networkId;
        h.height = height;
        h.previousHash = Sha256::hash(QByteArray::number(height - 1));
        h.txRoot = Sha256::hash("txs");
        h.logRoot = m_log.rootAt(size);
        h.logSize = size;
        h.validityHash = Sha256::hash("validity");
        h.timestampMs = timeMs;
        h.proposer = Orgs.first();
        for (const QString &org : signers)
            s.addSignature(org, m_ledger->org(org).key.secretKey());
        return s;
    }
    QStringList quorum() const { return Orgs.mid(0, 3); }

    std::unique_ptr<TestLedger> m_ledger;
    MerkleLog m_log;
    QList<QByteArray> m_leaves;
    TestOrg m_stranger;
};

void TestHeaderVerifier::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>(Orgs);
    QCOMPARE(m_ledger->config().quorum(), 3);
    for (int i = 0; i < 1000; ++i) {
        m_leaves.append(QByteArray("transaction ") + QByteArray::number(i));
        m_log.append(m_leaves.last());
    }
    m_stranger = TestOrg{QStringLiteral("stranger"), TestKey::generate(), {}};
}

void TestHeaderVerifier::bootstrapNeedsQuorum_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("three of four") << 0 << QString();
    QTest::newRow("all four") << 1 << QString();
    QTest::newRow("two of four") << 2 << "no_quorum";
    QTest::newRow("unsigned") << 3 << "no_quorum";
    QTest::newRow("two members and an unknown org") << 4 << "no_quorum";
    QTest::newRow("one member three times") << 5 << "no_quorum";
    QTest::newRow("three, one signature bytes flipped") << 6 << "forged_header";
    QTest::newRow("four, one signature bytes flipped") << 7 << QString(); // a quorum of good ones remains
    QTest::newRow("header changed after signing") << 8 << "forged_header";
    QTest::newRow("unknown org's signature under a member's name") << 9 << "forged_header";
    QTest::newRow("another network") << 10 << "wrong_network";
}

void TestHeaderVerifier::bootstrapNeedsQuorum()
{
    QFETCH(int, variant);
    QFETCH(QString, error);
    const HeaderVerifier verifier(m_ledger->config());
    SignedHeader h = header(7, 100, 1000, quorum());
    switch (variant) {
    case 1: h = header(7, 100, 1000, Orgs); break;
    case 2: h = header(7, 100, 1000, Orgs.mid(0, 2)); break;
    case 3: h = header(7, 100, 1000, {}); break;
    case 4:
        h = header(7, 100, 1000, Orgs.mid(0, 2));
        h.addSignature(m_stranger.id, m_stranger.key.secretKey());
        break;
    case 5:
        h = header(7, 100, 1000, {Orgs[0], Orgs[0], Orgs[0]});
        break;
    case 6: h.signatures[1].signature = flipped(h.signatures[1].signature, 9); break;
    case 7:
        h = header(7, 100, 1000, Orgs);
        h.signatures[1].signature = flipped(h.signatures[1].signature, 9);
        break;
    case 8: h.header.logSize = 99; break;
    case 9: {
        h = header(7, 100, 1000, Orgs.mid(0, 2));
        SignedHeader byStranger = h;
        byStranger.signatures.clear();
        byStranger.addSignature(m_stranger.id, m_stranger.key.secretKey());
        h.signatures.append({Orgs[2], byStranger.signatures.first().signature});
        break;
    }
    case 10: {
        // Properly signed by the members' keys, but for another network.
        h = header(7, 100, 1000, quorum(), Sha256::hash("another network"));
        break;
    }
    default: break;
    }
    const auto r = verifier.bootstrap(h);
    if (error.isEmpty()) {
        QVERIFY2(r, qPrintable(describe(r)));
        QCOMPARE(r->height, quint64(7));
        QCOMPARE(r->headerHash, h.header.hash());
        QCOMPARE(r->logSize, quint64(100));
        QCOMPARE(r->logRoot, m_log.rootAt(100));
        QCOMPARE(r->timestampMs, quint64(1000));
        QCOMPARE(*r, TrustedState::of(h.header));
    } else {
        QVERIFY(!r);
        QCOMPARE(r.error().code, error);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(verifier.checkSignatures(h).error().code, error);
    }
}

void TestHeaderVerifier::advanceWithConsistencyProof()
{
    const HeaderVerifier verifier(m_ledger->config());
    auto trusted = verifier.bootstrap(header(3, 10, 1000, quorum()));
    QVERIFY(trusted);
    // Any distance, one proof: 10 → 100 → 1000 leaves.
    quint64 height = 3, time = 1000;
    for (quint64 size : {quint64(11), quint64(100), quint64(512), quint64(1000)}) {
        const SignedHeader next = header(height += 50, size, time += 5000, quorum());
        auto proof = m_log.consistencyProof(trusted->logSize, size);
        QVERIFY(proof);
        QVERIFY(quint64(proof->size()) <= 2 * 10); // O(log n)
        auto advanced = verifier.advance(*trusted, next, *proof);
        QVERIFY2(advanced, qPrintable(describe(advanced)));
        QCOMPARE(*advanced, TrustedState::of(next.header));
        trusted = advanced;
    }
    // From the empty log (genesis) too.
    auto genesis = verifier.bootstrap(header(0, 0, 10, quorum()));
    QVERIFY(genesis);
    QCOMPARE(genesis->logRoot, MerkleLog::emptyRoot());
    auto fromEmpty = verifier.advance(*genesis, header(9, 1000, 20, quorum()), {});
    QVERIFY2(fromEmpty, qPrintable(describe(fromEmpty)));
}

void TestHeaderVerifier::advanceOverEqualLogSize()
{
    // A block without transactions: same log, later height and time, empty proof.
    const HeaderVerifier verifier(m_ledger->config());
    auto trusted = verifier.bootstrap(header(3, 10, 1000, quorum()));
    QVERIFY(trusted);
    auto next = verifier.advance(*trusted, header(4, 10, 1001, quorum()), {});
    QVERIFY2(next, qPrintable(describe(next)));
    QCOMPARE(next->height, quint64(4));
    // But not with a root that differs at the same size.
    SignedHeader other = header(5, 10, 1002, {});
    other.header.logRoot = m_log.rootAt(11);
    for (const QString &org : quorum())
        other.addSignature(org, m_ledger->org(org).key.secretKey());
    auto refused = verifier.advance(*next, other, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("inconsistent"));
}

void TestHeaderVerifier::advanceRefuses_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("error");
    QTest::newRow("under-signed") << 0 << "no_quorum";
    QTest::newRow("forged signature") << 1 << "forged_header";
    QTest::newRow("signed by an unknown org") << 2 << "no_quorum";
    QTest::newRow("another network") << 3 << "wrong_network";
    QTest::newRow("stale: older height") << 4 << "stale";
    QTest::newRow("equivocation: same height, other header") << 5 << "equivocation";
    QTest::newRow("shrinking log") << 6 << "inconsistent";
    QTest::newRow("time goes backwards") << 7 << "inconsistent";
    QTest::newRow("time stands still") << 8 << "inconsistent";
    QTest::newRow("proof with a hash altered") << 9 << "inconsistent";
    QTest::newRow("truncated proof") << 10 << "inconsistent";
    QTest::newRow("proof with an extra hash") << 11 << "inconsistent";
    QTest::newRow("proof between other sizes") << 12 << "inconsistent";
    QTest::newRow("empty proof") << 13 << "inconsistent";
    QTest::newRow("header over a rewritten history") << 14 << "inconsistent";
}

void TestHeaderVerifier::advanceRefuses()
{
    QFETCH(int, variant);
    QFETCH(QString, error);
    const HeaderVerifier verifier(m_ledger->config());
    const SignedHeader trustedHeader = header(10, 100, 50'000, quorum());
    const TrustedState trusted = *verifier.bootstrap(trustedHeader);
    SignedHeader next = header(20, 600, 60'000, quorum());
    QList<QByteArray> proof = *m_log.consistencyProof(100, 600);
    QVERIFY(verifier.advance(trusted, next, proof)); // the honest case passes

    switch (variant) {
    case 0: next = header(20, 600, 60'000, Orgs.mid(0, 2)); break;
    case 1: next.signatures[2].signature = flipped(next.signatures[2].signature, 30); break;
    case 2:
        next = header(20, 600, 60'000, Orgs.mid(0, 2));
        next.addSignature(m_stranger.id, m_stranger.key.secretKey());
        break;
    case 3: next = header(20, 600, 60'000, quorum(), Sha256::hash("elsewhere")); break;
    case 4: next = header(9, 90, 49'000, quorum()); proof = *m_log.consistencyProof(90, 100); break;
    case 5: next = header(10, 100, 50'001, quorum()); proof = {}; break;
    case 6: next = header(20, 99, 60'000, quorum()); proof = {}; break;
    case 7: next = header(20, 600, 49'999, quorum()); break;
    case 8: next = header(20, 600, 50'000, quorum()); break;
    case 9: proof[1] = flipped(proof[1], 17); break;
    case 10: proof.removeLast(); break;
    case 11: proof.append(Sha256::hash("more")); break;
    case 12: proof = *m_log.consistencyProof(100, 601); break;
    case 13: proof.clear(); break;
    case 14: {
        // A quorum-signed header whose log does not extend the trusted one.
        MerkleLog other;
        for (int i = 0; i < 600; ++i)
            other.append(i == 42 ? QByteArray("rewritten") : m_leaves[i]);
        next = header(20, 600, 60'000, {});
        next.header.logRoot = other.root();
        for (const QString &org : quorum())
            next.addSignature(org, m_ledger->org(org).key.secretKey());
        proof = *other.consistencyProof(100, 600);
        break;
    }
    default: break;
    }
    const auto r = verifier.advance(trusted, next, proof);
    QVERIFY2(!r, "refused");
    QCOMPARE(r.error().code, error);
    QVERIFY(!r.error().message.isEmpty());
}

void TestHeaderVerifier::sameHeaderAgainIsNoChange()
{
    const HeaderVerifier verifier(m_ledger->config());
    const SignedHeader h = header(10, 100, 50'000, quorum());
    const TrustedState trusted = *verifier.bootstrap(h);
    auto again = verifier.advance(trusted, h, {});
    QVERIFY(again);
    QCOMPARE(*again, trusted);
    // The same header with a different (still quorum) set of signatures is the same block.
    auto resigned = verifier.advance(trusted, header(10, 100, 50'000, Orgs.mid(1, 3)), {});
    QVERIFY2(resigned, qPrintable(describe(resigned)));
    QCOMPARE(*resigned, trusted);
}

void TestHeaderVerifier::verifyTransaction_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("valid");
    QTest::newRow("right proof") << 0 << true;
    QTest::newRow("first leaf") << 1 << true;
    QTest::newRow("last leaf") << 2 << true;
    QTest::newRow("other transaction bytes") << 3 << false;
    QTest::newRow("wrong index") << 4 << false;
    QTest::newRow("hash altered") << 5 << false;
    QTest::newRow("truncated proof") << 6 << false;
    QTest::newRow("proof for another tree size") << 7 << false;
    QTest::newRow("index beyond the trusted log") << 8 << false;
    QTest::newRow("empty proof") << 9 << false;
}

void TestHeaderVerifier::verifyTransaction()
{
    QFETCH(int, variant);
    QFETCH(bool, valid);
    const HeaderVerifier verifier(m_ledger->config());
    const TrustedState trusted = *verifier.bootstrap(header(10, 777, 50'000, quorum()));
    quint64 index = 345;
    QByteArray tx = m_leaves[345];
    QList<QByteArray> proof = *m_log.inclusionProof(345, 777);
    switch (variant) {
    case 1: index = 0; tx = m_leaves[0]; proof = *m_log.inclusionProof(0, 777); break;
    case 2: index = 776; tx = m_leaves[776]; proof = *m_log.inclusionProof(776, 777); break;
    case 3: tx = m_leaves[346]; break;
    case 4: index = 344; break;
    case 5: proof[4] = flipped(proof[4], 1); break;
    case 6: proof.removeLast(); break;
    case 7: proof = *m_log.inclusionProof(345, 778); break;
    case 8: index = 777; tx = m_leaves[777]; proof = *m_log.inclusionProof(777, 778); break;
    case 9: proof.clear(); break;
    default: break;
    }
    const Status st = verifier.verifyTransaction(trusted, tx, index, proof);
    QVERIFY2(bool(st) == valid, qPrintable(describe(st)));
    if (!valid)
        QCOMPARE(st.error().code, QStringLiteral("bad_proof"));
}

void TestHeaderVerifier::isEquivocation()
{
    const HeaderVerifier verifier(m_ledger->config());
    const SignedHeader a = header(10, 100, 50'000, quorum());
    const SignedHeader b = header(10, 101, 50'000, Orgs.mid(1, 3)); // other content, another quorum
    QVERIFY(verifier.isEquivocation(a, b));
    QVERIFY(verifier.isEquivocation(b, a));
    QVERIFY(!verifier.isEquivocation(a, a));
    QVERIFY(!verifier.isEquivocation(a, header(10, 100, 50'000, Orgs))); // same block, more signatures
    QVERIFY(!verifier.isEquivocation(a, header(11, 101, 50'001, quorum()))); // another height
    QVERIFY(!verifier.isEquivocation(a, header(10, 101, 50'000, Orgs.mid(0, 2)))); // not quorum-signed
    SignedHeader forged = b;
    forged.signatures[0].signature = flipped(forged.signatures[0].signature);
    QVERIFY(!verifier.isEquivocation(a, forged));
    QVERIFY(!verifier.isEquivocation(a, header(10, 101, 50'000, quorum(), Sha256::hash("elsewhere"))));
}

namespace {
// A log of ten transactions, then a configuration change (log index 10),
// then two more; and headers over it signed by whom the test says.
struct ChangeLog {
    MerkleLog log;
    static constexpr quint64 ChangeIndex = 10;

    explicit ChangeLog(const Transaction &change)
    {
        for (int i = 0; i < 10; ++i)
            log.append(QByteArray("before ") + QByteArray::number(i));
        log.append(change.encode());
        log.append("after 1");
        log.append("after 2");
    }
    SignedHeader header(const TestLedger &net, quint64 height, quint64 size, const QStringList &signers) const
    {
        SignedHeader s;
        BlockHeader &h = s.header;
        h.networkId = net.networkId();
        h.height = height;
        h.previousHash = Sha256::hash(QByteArray::number(height - 1));
        h.txRoot = Sha256::hash("txs");
        h.logRoot = log.rootAt(size);
        h.logSize = size;
        h.validityHash = Sha256::hash("validity");
        h.timestampMs = 1000 + height;
        h.proposer = signers.value(0);
        for (const QString &org : signers)
            s.addSignature(org, net.org(org).key.secretKey());
        return s;
    }
    QList<QByteArray> proof(quint64 size) const { return log.inclusionProof(ChangeIndex, size).value(); }
};
} // namespace

void TestHeaderVerifier::followsASignerSetChange()
{
    // insurer-d leaves and lab-e joins: four members, a quorum of three, before and after.
    TestLedger net(Orgs);
    const NetworkConfig v1 = net.config();
    const QString e = QStringLiteral("lab-e");
    NetworkConfig v2 = v1.successor();
    v2.members.removeLast();
    v2.members.append(TestLedger::memberOf(net.newOrg(e)));
    const Transaction change = net.configChange(v1, v2, Orgs[0], {Orgs[0], Orgs[1], Orgs[2]}, 1000);
    const ChangeLog chain(change);
    const QStringList oldSet{Orgs[1], Orgs[2], Orgs[3]};
    const QStringList newSet{Orgs[1], Orgs[2], e};

    HeaderVerifier verifier(v1);
    // Before the change is followed, the new member's signature counts for nothing.
    QCOMPARE(verifier.checkSignatures(chain.header(net, 6, 13, newSet)).error().code, QStringLiteral("no_quorum"));

    const SignedHeader changeBlock = chain.header(net, 5, 11, oldSet);
    auto next = verifier.followConfigChange(changeBlock, change.encode(), ChangeLog::ChangeIndex, chain.proof(11));
    QVERIFY2(next, qPrintable(describe(next)));
    QCOMPARE(*next, v2);
    QCOMPARE(verifier.config(), v2);
    QCOMPARE(verifier.configAt(5), v1); // the change's own block was signed by the old set
    QCOMPARE(verifier.configAt(6), v2);

    // After it: the new set's headers verify, the old set's no longer do.
    QVERIFY2(verifier.checkSignatures(chain.header(net, 6, 13, newSet)), "new signer set refused");
    const Status old = verifier.checkSignatures(chain.header(net, 6, 13, oldSet));
    QCOMPARE(old.error().code, QStringLiteral("no_quorum"));
    QVERIFY2(old.error().message.contains(QStringLiteral("2 valid")), qPrintable(old.error().message));
    // Headers from before the change still verify against the set that signed them.
    QVERIFY(verifier.checkSignatures(chain.header(net, 4, 10, oldSet)));

    // A restored verifier (what the light cache gives back) decides alike.
    HeaderVerifier restored(v1);
    restored.restore(6, v2);
    QCOMPARE(restored.checkSignatures(chain.header(net, 7, 13, oldSet)).error().code, QStringLiteral("no_quorum"));
    QVERIFY(restored.checkSignatures(chain.header(net, 7, 13, newSet)));
}

void TestHeaderVerifier::configChangeRefusals_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("detail"); // in the message
    QTest::newRow("endorsed by two of four") << 0 << "config_refused" << "config_no_quorum";
    QTest::newRow("its block lacks a quorum") << 1 << "no_quorum" << "";
    QTest::newRow("not in the block's log") << 2 << "bad_proof" << "";
    QTest::newRow("replaces a configuration not in force") << 3 << "config_refused" << "config_out_of_order";
    QTest::newRow("not a configuration change") << 4 << "config_refused" << "not a configuration change";
    QTest::newRow("endorsed by a quorum, one forged") << 5 << "config_refused" << "endorsement_bad_signature";
}

void TestHeaderVerifier::configChangeRefusals()
{
    QFETCH(int, variant);
    QFETCH(QString, error);
    QFETCH(QString, detail);
    TestLedger net(Orgs);
    const NetworkConfig v1 = net.config();
    NetworkConfig v2 = v1.successor();
    v2.members.removeLast();
    const QStringList three{Orgs[0], Orgs[1], Orgs[2]};
    Transaction change = net.configChange(v1, v2, Orgs[0], variant == 0 ? Orgs.mid(0, 2) : three, 1000);
    if (variant == 3) {
        NetworkConfig stale = v1.successor();
        stale.networkName = v1.networkName;
        stale.policy.maxClockSkewMs = 1;
        change = net.configChange(stale, v2.successor(), Orgs[0], three, 1000);
    }
    if (variant == 4)
        change = net.enrolByOrg(TestLedger::newUser(Orgs[0], Role::Doctor), 1000);
    if (variant == 5) {
        change = net.configChange(v1, v2, Orgs[0], Orgs.mid(0, 2), 1000);
        change.endorsements.append(Endorsement{Orgs[2], change.endorse(Orgs[3], net.org(Orgs[3]).key.secretKey()).signature});
    }
    const ChangeLog chain(change);
    const SignedHeader block = chain.header(net, 5, variant == 2 ? 10 : 11, variant == 1 ? Orgs.mid(0, 2) : three);
    HeaderVerifier verifier(v1);
    auto next = verifier.followConfigChange(block, change.encode(), ChangeLog::ChangeIndex,
                                            chain.proof(variant == 2 ? 11 : 11));
    QVERIFY(!next);
    QCOMPARE(next.error().code, error);
    QVERIFY2(next.error().message.contains(detail), qPrintable(next.error().message));
    QCOMPARE(verifier.config(), v1);
    QCOMPARE(verifier.configs().size(), 1);
}

QTEST_GUILESS_MAIN(TestHeaderVerifier)
#include "tst_headerverifier.moc"
