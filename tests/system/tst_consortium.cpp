// A consortium of 4 members ordering through 3 real etcd members on loopback
// (one member on PostgreSQL): records created at every member become final
// everywhere, every member's chain is identical and quorum-signed, and two
// light nodes see the same chain.

#include "support/TestConsortium.h"

#include "light/HeaderVerifier.h"

#include <QJsonArray>
#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
using Item = QPair<QByteArray, QByteArray>;

QString describe(const Error &e)
{
    return e.code + QStringLiteral(": ") + e.message;
}

// Each member's doctor and one patient of theirs, enrolled and registered through that member.
struct Clinic {
    TestUser doctor;
    TestPatient patient;
};
} // namespace

class TstConsortium : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordsAtEveryMemberBecomeFinalEverywhere();
    void everyMembersChainIsIdenticalAndQuorumSigned();
    void lightNodesAtTwoMembersSeeTheSameChain();
    void aSubmissionSentToTwoMembersIsOrderedOnce();
    void underLoadAtEveryMemberNoBlockIsLostOrDisputed();

private:
    QList<TxReceipt> submit(int member, const QList<Item> &items)
    {
        auto r = m_net->client(member)->submit(items);
        if (!r)
            qFatal("submit to member %d failed: %s", member, qPrintable(describe(r.error())));
        return *r;
    }
    static Item item(const Transaction &tx, const QByteArray &ciphertext = {}) { return {tx.encode(), ciphertext}; }
    // Waits until every member's tip is at least `height`.
    bool allReach(quint64 height)
    {
        for (int i = 0; i < m_net->size(); ++i)
            if (!m_net->waitForHeight(i, height, 20000))
                return false;
        return true;
    }

    test::PostgresServer m_postgres;
    std::unique_ptr<TestConsortium> m_net;
    QList<Clinic> m_clinics;
    QList<QByteArray> m_recordTxIds;
};

void TstConsortium::initTestCase()
{
    ConsortiumOptions options;
    if (m_postgres.available()) {
        options.postgres = &m_postgres;
        options.postgresMembers = {1};
    } else {
        qWarning("member 1 runs on SQLite: %s", qPrintable(m_postgres.whyNot()));
    }
    Status st;
    m_net = TestConsortium::start(options, &st);
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
    QCOMPARE(m_net->size(), 4);
    QCOMPARE(m_net->config().quorum(), 3);
}

void TstConsortium::cleanupTestCase()
{
    m_net.reset();
}

void TstConsortium::recordsAtEveryMemberBecomeFinalEverywhere()
{
    // Each org enrols its doctor and registers a patient through its own member, all at once.
    for (int i = 0; i < m_net->size(); ++i)
        m_clinics.append(Clinic{TestLedger::newUser(m_net->orgId(i), Role::Doctor),
                                TestPatient::make(QStringLiteral("patient-of-%1").arg(i), QStringLiteral("secret-%1").arg(i))});
    for (int i = 0; i < m_net->size(); ++i) {
        const QList<TxReceipt> receipts = submit(i, {item(m_net->enrolByOrg(m_clinics[i].doctor, nowMs()))});
        QVERIFY2(receipts.first().isFinal(), qPrintable(receipts.first().message));
    }
    for (int i = 0; i < m_net->size(); ++i) {
        const Clinic &c = m_clinics[i];
        const SealedRecord sealed = m_net->seal(c.patient, m_net->orgId(i), QStringLiteral("Observation"));
        const Transaction record = m_net->record(c.doctor, sealed.version, nowMs() + 1);
        const QList<TxReceipt> receipts =
            submit(i, {item(m_net->registerPatient(c.doctor, c.patient, nowMs())), item(record, sealed.ciphertext)});
        for (const TxReceipt &r : receipts)
            QVERIFY2(r.isFinal(), qPrintable(r.message));
        m_recordTxIds.append(record.id());
    }
    // Every member holds every record, with its payload, whichever member it was submitted to.
    const quint64 top = *m_net->height(0);
    QVERIFY(allReach(top));
    for (int m = 0; m < m_net->size(); ++m) {
        for (int i = 0; i < m_recordTxIds.size(); ++i) {
            const QByteArray txId = m_recordTxIds[i];
            const bool stored = m_net->member(m).inspect([&](FullNode &node) {
                const auto tx = node.readStore().transactionById(txId);
                return tx.has_value() && tx->code == 0;
            });
            QVERIFY2(stored, qPrintable(QStringLiteral("member %1 holds the record made at member %2").arg(m).arg(i)));
        }
    }
}

void TstConsortium::everyMembersChainIsIdenticalAndQuorumSigned()
{
    const quint64 top = *m_net->height(0);
    QVERIFY(top >= 5);
    QVERIFY(allReach(top));
    for (quint64 h = 0; h <= top; ++h) {
        auto reference = m_net->client(0)->block(h);
        QVERIFY2(reference, qPrintable(QStringLiteral("block %1 at member 0").arg(h)));
        QVERIFY2(reference->signedHeader.verifyQuorum(m_net->config()),
                 qPrintable(QStringLiteral("block %1 carries a quorum of member signatures").arg(h)));
        QVERIFY(reference->verifyBody());
        for (int m = 1; m < m_net->size(); ++m) {
            auto other = m_net->client(m)->block(h);
            QVERIFY(other);
            QCOMPARE(other->signedHeader.header.hash(), reference->signedHeader.header.hash());
            QCOMPARE(other->transactions, reference->transactions);
            QVERIFY(other->signedHeader.verifyQuorum(m_net->config()));
        }
    }
    // Block 0 was proposed by one member and agreed by all: the same genesis everywhere.
    QCOMPARE(m_net->client(3)->block(0)->signedHeader.header.logSize, quint64(0));
}

void TstConsortium::lightNodesAtTwoMembersSeeTheSameChain()
{
    // Two workstations, one served by member 0, the other by member 2 (PostgreSQL or not),
    // each verifying headers against the genesis it was installed with.
    const quint64 top = *m_net->height(0);
    QVERIFY(allReach(top));
    QList<QByteArray> seen[2];
    const int served[2] = {0, 2};
    for (int w = 0; w < 2; ++w) {
        const HeaderVerifier verifier(m_net->config());
        auto client = m_net->client(served[w]);
        auto headers = client->headers(0, int(top) + 1);
        QVERIFY(headers);
        QCOMPARE(quint64(headers->size()), top + 1);
        auto trusted = verifier.bootstrap(headers->first());
        QVERIFY2(trusted, qPrintable(trusted ? QString() : describe(trusted.error())));
        seen[w].append(headers->first().header.hash());
        for (qsizetype i = 1; i < headers->size(); ++i) {
            const SignedHeader &next = headers->at(i);
            QList<QByteArray> proof;
            if (trusted->logSize > 0 && next.header.logSize > trusted->logSize) {
                auto p = client->consistencyProof(trusted->logSize, next.header.logSize);
                QVERIFY(p);
                proof = *p;
            }
            trusted = verifier.advance(*trusted, next, proof);
            QVERIFY2(trusted, qPrintable(trusted ? QString() : describe(trusted.error())));
            seen[w].append(next.header.hash());
        }
    }
    QCOMPARE(seen[0], seen[1]);
}

void TstConsortium::aSubmissionSentToTwoMembersIsOrderedOnce()
{
    // A client that retries at another member (its first one seemed slow) gets one transaction on the chain.
    const Clinic &c = m_clinics[0];
    const SealedRecord sealed = m_net->seal(c.patient, m_net->orgId(0), QStringLiteral("Condition"));
    const Transaction record = m_net->record(c.doctor, sealed.version, nowMs());
    Background<QList<TxReceipt>> first([&] { return submit(0, {item(record, sealed.ciphertext)}); });
    const QList<TxReceipt> second = submit(1, {item(record, sealed.ciphertext)});
    const QList<TxReceipt> firstReceipts = first.result();
    // Exactly one place on the chain: either both answers name it, or one is refused as a replay.
    const TxReceipt &a = firstReceipts.first();
    const TxReceipt &b = second.first();
    QVERIFY(a.isFinal() || b.isFinal());
    if (a.isFinal() && b.isFinal()) {
        QCOMPARE(a.height, b.height);
        QCOMPARE(a.logIndex, b.logIndex);
    }
    const quint64 top = *m_net->height(0);
    QVERIFY(allReach(top));
    for (int m = 0; m < m_net->size(); ++m) {
        const int copies = m_net->member(m).inspect([&](FullNode &node) {
            int n = 0;
            for (quint64 i = 0; i < node.readStore().tipHeight().value_or(0) + 1; ++i) {
                auto block = node.readStore().block(i);
                if (block)
                    n += int(block->transactions.count(record.encode()));
            }
            return n;
        });
        QCOMPARE(copies, 1);
    }
}

void TstConsortium::underLoadAtEveryMemberNoBlockIsLostOrDisputed()
{
    // Every member's clients submit at once: members bid for the same heights,
    // losing bids go back to their queues, and every submission ends final.
    std::vector<std::unique_ptr<Background<int>>> clients;
    for (int m = 0; m < m_net->size(); ++m)
        clients.push_back(std::make_unique<Background<int>>([this, m] {
            int final = 0;
            auto client = m_net->client(m);
            for (int b = 0; b < 5; ++b) {
                QList<Item> items;
                for (int i = 0; i < 20; ++i)
                    items << item(m_net->enrolByOrg(TestLedger::newUser(m_net->orgId(m), Role::Nurse), nowMs()));
                auto receipts = client->submit(items);
                if (receipts)
                    for (const TxReceipt &r : *receipts)
                        final += r.isFinal() ? 1 : 0;
            }
            return final;
        }));
    for (auto &c : clients)
        QCOMPARE(c->result(), 100);
    const quint64 top = *m_net->height(0);
    QVERIFY(allReach(top));
    for (int m = 1; m < m_net->size(); ++m)
        QCOMPARE(m_net->client(m)->block(top)->signedHeader.header.hash(), m_net->client(0)->block(top)->signedHeader.header.hash());
    // A bid that lost is no one's misbehaviour: no member reports any.
    for (int m = 0; m < m_net->size(); ++m) {
        const QJsonObject status = QJsonDocument::fromJson(*m_net->client(m)->get(QStringLiteral("/v1/consortium"))).object();
        QCOMPARE(status.value(QStringLiteral("mode")).toString(), QStringLiteral("etcd"));
        QCOMPARE(status.value(QStringLiteral("tip")).toString().toULongLong(), top);
        QVERIFY(status.value(QStringLiteral("misbehaviour")).toArray().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstConsortium)
#include "tst_consortium.moc"
