// Faults of a 4-member consortium ordering through 3 real etcd members: a
// member down mid-load (the other 3 go on; it catches up and signs again), the
// etcd leader killed (ordering resumes after the election), two members down
// (nothing becomes final, nothing is lost, progress resumes when one returns),
// a member that signs a second header at a height (reported with both signed
// headers), and a member serving a forged block (refused by light nodes).

#include "support/LyingNode.h"
#include "support/TestConsortium.h"

#include "full/Proposal.h"
#include "light/HeaderVerifier.h"

#include <QJsonArray>
#include <QtTest>

#include <atomic>

using namespace careledger;
using namespace careledger::testing;

namespace {
using Item = QPair<QByteArray, QByteArray>;

QString describe(const Error &e)
{
    return e.code + QStringLiteral(": ") + e.message;
}

Item item(const Transaction &tx)
{
    return {tx.encode(), {}};
}

// The outcome of one client's load: how many submissions, how many final.
struct LoadResult {
    int submitted = 0;
    int final = 0;
    QStringList failures;
};
} // namespace

class TstConsortiumFaults : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneMemberDownMidLoadTheOthersGoOnAndItCatchesUp();
    void killingTheEtcdLeaderOnlyPausesOrdering();
    void twoMembersDownNothingIsFinalNothingIsLost();
    void aSecondHeaderSignedAtOneHeightIsReportedWithEvidence();
    void aForgedBlockServedByAMemberIsRefusedByLightNodes();
    void aRestartedMemberDoesNotSignASecondHeaderAtAHeight();
    void aMemberAwayLongerThanEtcdKeepsBlocksSaysSo();

private:
    // `batches` batches of `perBatch` enrolments of `member`'s org, submitted to that member.
    LoadResult load(int member, int batches, int perBatch, int timeoutMs = 30000)
    {
        LoadResult out;
        auto client = m_net->client(member, timeoutMs);
        for (int b = 0; b < batches; ++b) {
            QList<Item> items;
            for (int i = 0; i < perBatch; ++i)
                items << item(m_net->enrolByOrg(TestLedger::newUser(m_net->orgId(member), Role::Nurse), nowMs()));
            out.submitted += int(items.size());
            auto receipts = client->submit(items);
            if (!receipts) {
                out.failures << describe(receipts.error());
                continue;
            }
            for (const TxReceipt &r : *receipts) {
                if (r.isFinal())
                    ++out.final;
                else
                    out.failures << r.message;
            }
        }
        return out;
    }
    bool allReach(quint64 height, QList<int> members = {}, int timeoutMs = 30000)
    {
        if (members.isEmpty())
            for (int i = 0; i < m_net->size(); ++i)
                members << i;
        for (int i : members)
            if (!m_net->waitForHeight(i, height, timeoutMs))
                return false;
        return true;
    }
    QByteArray etcdKey(const char *kind, quint64 height) const
    {
        return "/careledger/" + m_net->networkId().toHex() + '/' + kind + '/' + QByteArray::number(height).rightJustified(20, '0');
    }
    // The values under `prefix` in etcd, by key.
    QMap<QByteArray, QByteArray> etcdRange(const QByteArray &prefix)
    {
        QByteArray end = prefix;
        end.back() = char(end.back() + 1);
        for (int e = 0; e < m_net->etcd().size(); ++e) {
            if (!m_net->etcd().isRunning(e))
                continue;
            const QJsonObject answer = etcdPost(
                m_net->etcd().endpoint(e), QStringLiteral("/v3/kv/range"),
                QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(prefix.toBase64())},
                                          {QStringLiteral("range_end"), QString::fromLatin1(end.toBase64())}})
                    .toJson(QJsonDocument::Compact));
            if (answer.isEmpty())
                continue;
            QMap<QByteArray, QByteArray> out;
            for (const QJsonValue &kv : answer.value(QStringLiteral("kvs")).toArray())
                out.insert(QByteArray::fromBase64(kv.toObject().value(QStringLiteral("key")).toString().toLatin1()),
                           QByteArray::fromBase64(kv.toObject().value(QStringLiteral("value")).toString().toLatin1()));
            return out;
        }
        return {};
    }
    bool etcdPut(const QByteArray &key, const QByteArray &value)
    {
        const QJsonObject put{{QStringLiteral("key"), QString::fromLatin1(key.toBase64())},
                              {QStringLiteral("value"), QString::fromLatin1(value.toBase64())}};
        return !etcdPost(m_net->etcd().endpoint(0), QStringLiteral("/v3/kv/put"), QJsonDocument(put).toJson(QJsonDocument::Compact))
                    .isEmpty();
    }
    // The members whose signature of block `height` is in etcd.
    QStringList signersInEtcd(quint64 height)
    {
        QStringList out;
        const QList<QByteArray> keys = etcdRange(etcdKey("s", height) + '/').keys();
        for (const QByteArray &key : keys)
            out << QString::fromUtf8(key).section(QLatin1Char('/'), -1);
        return out;
    }
    QJsonObject consortiumStatus(int member)
    {
        auto body = m_net->client(member)->get(QStringLiteral("/v1/consortium"));
        return body ? QJsonDocument::fromJson(*body).object() : QJsonObject();
    }
    QStringList signersOf(const SignedHeader &h) const
    {
        QStringList out;
        for (const HeaderSignature &s : h.signatures)
            out << s.org;
        return out;
    }
    // Member `reference`'s chain and member `other`'s agree block by block up to `top`.
    void compareChains(int reference, int other, quint64 top)
    {
        auto a = m_net->client(reference)->headers(0, int(top) + 1);
        auto b = m_net->client(other)->headers(0, int(top) + 1);
        QVERIFY(a && b);
        QCOMPARE(a->size(), b->size());
        for (qsizetype i = 0; i < a->size(); ++i) {
            QCOMPARE(b->at(i).header.hash(), a->at(i).header.hash());
            QVERIFY(b->at(i).verifyQuorum(m_net->config()));
        }
    }

    std::unique_ptr<TestConsortium> m_net;
};

void TstConsortiumFaults::init()
{
    Status st;
    ConsortiumOptions options;
    if (QByteArray(QTest::currentTestFunction()) == "aMemberAwayLongerThanEtcdKeepsBlocksSaysSo")
        options.etcdRetainedBlocks = 10;
    m_net = TestConsortium::start(options, &st);
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
}

void TstConsortiumFaults::cleanup()
{
    m_net.reset();
}

void TstConsortiumFaults::oneMemberDownMidLoadTheOthersGoOnAndItCatchesUp()
{
    // Load at members 0-2 while member 3 goes down in the middle of it.
    std::vector<std::unique_ptr<Background<LoadResult>>> clients;
    for (int m = 0; m < 3; ++m)
        clients.push_back(std::make_unique<Background<LoadResult>>([this, m] { return load(m, 12, 10); }));
    QVERIFY(m_net->waitForHeight(0, 3, 20000));
    m_net->stopMember(3);
    const quint64 downAt = *m_net->height(0);
    for (auto &c : clients) {
        const LoadResult r = c->result();
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QStringLiteral("; "))));
        QCOMPARE(r.final, r.submitted);
    }
    // The network went on with 3 of 4 signatures: later blocks are final without member 3.
    const quint64 top = *m_net->height(0);
    QVERIFY2(top > downAt + 1, "blocks became final while member 3 was down");
    auto last = m_net->client(0)->block(top);
    QVERIFY(last);
    QVERIFY(last->signedHeader.verifyQuorum(m_net->config()));
    QVERIFY(!signersOf(last->signedHeader).contains(m_net->orgId(3)));

    // Member 3 comes back, catches up to the same chain, verifying what it takes…
    QVERIFY(m_net->restartMember(3));
    QVERIFY(m_net->waitForHeight(3, top, 30000));
    compareChains(0, 3, top);
    // …and signs again: a record made at member 3 becomes final, with member 3's signature published.
    const LoadResult after = load(3, 1, 5);
    QCOMPARE(after.final, 5);
    const quint64 newTop = *m_net->height(3);
    QVERIFY(allReach(newTop));
    QTRY_VERIFY_WITH_TIMEOUT(signersInEtcd(newTop).contains(m_net->orgId(3)), 10000);
}

void TstConsortiumFaults::killingTheEtcdLeaderOnlyPausesOrdering()
{
    QCOMPARE(load(0, 1, 5).final, 5);
    const int leader = m_net->etcd().leader();
    QVERIFY(leader >= 0);
    m_net->etcd().kill(leader);
    // Members whose own etcd member died move to another; a new leader is elected.
    QElapsedTimer resumed;
    resumed.start();
    for (int m = 0; m < m_net->size(); ++m) {
        const LoadResult r = load(m, 1, 5);
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QStringLiteral("; "))));
        QCOMPARE(r.final, 5);
    }
    qInfo("4 batches final within %lld ms of killing the etcd leader", resumed.elapsed());
    QVERIFY(m_net->etcd().leader() >= 0);
    QVERIFY(m_net->etcd().leader() != leader);
    const quint64 top = *m_net->height(0);
    QVERIFY(allReach(top));
    compareChains(0, 2, top);
    // The killed etcd member rejoins and ordering goes on.
    QVERIFY(m_net->etcd().restart(leader));
    QCOMPARE(load(1, 1, 5).final, 5);
}

void TstConsortiumFaults::twoMembersDownNothingIsFinalNothingIsLost()
{
    QCOMPARE(load(0, 1, 3).final, 3);
    QVERIFY(allReach(*m_net->height(0)));
    m_net->stopMember(2);
    m_net->stopMember(3);
    const quint64 before = *m_net->height(0);

    // Two of four sign: below the quorum of 3, so the submission waits.
    std::atomic<bool> answered{false};
    Background<LoadResult> waiting([&] {
        LoadResult r = load(0, 1, 4, 60000);
        answered = true;
        return r;
    });
    QTest::qWait(1500);
    QVERIFY2(!answered, "no submission is final with 2 of 4 members");
    QCOMPARE(*m_net->height(0), before);
    QCOMPARE(*m_net->height(1), before);

    // One member returns: it takes the waiting block from etcd, signs it, and it is final.
    QVERIFY(m_net->restartMember(2));
    const LoadResult r = waiting.result();
    QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QStringLiteral("; "))));
    QCOMPARE(r.final, 4);
    const quint64 top = *m_net->height(0);
    QCOMPARE(top, before + 1);
    QVERIFY(allReach(top, {0, 1, 2}));

    // The last one comes back and catches up.
    QVERIFY(m_net->restartMember(3));
    QVERIFY(allReach(top));
    compareChains(0, 3, top);
}

void TstConsortiumFaults::aSecondHeaderSignedAtOneHeightIsReportedWithEvidence()
{
    QCOMPARE(load(0, 1, 3).final, 3);
    const quint64 h = *m_net->height(0);
    QVERIFY(allReach(h));
    auto agreed = m_net->client(0)->block(h);
    QVERIFY(agreed);

    // Member 3 turns Byzantine: it publishes its signature of another header at height h.
    SignedHeader forged{agreed->signedHeader.header, {}};
    forged.header.timestampMs += 1;
    forged.addSignature(m_net->orgId(3), m_net->org(m_net->orgId(3)).key.secretKey());
    QVERIFY(etcdPut(etcdKey("s", h) + '/' + m_net->orgId(3).toUtf8(), forged.encode()));

    // Every honest member reports it, with both headers as evidence.
    for (int m = 0; m < 3; ++m) {
        QJsonArray evidence;
        QTRY_VERIFY_WITH_TIMEOUT(
            (evidence = QJsonDocument::fromJson(*m_net->client(m)->get(QStringLiteral("/v1/consortium")))
                            .object()
                            .value(QStringLiteral("misbehaviour"))
                            .toArray(),
             !evidence.isEmpty()),
            10000);
        const QJsonObject e = evidence.first().toObject();
        QCOMPARE(e.value(QStringLiteral("org")).toString(), m_net->orgId(3));
        auto conflicting = SignedHeader::decode(QByteArray::fromBase64(e.value(QStringLiteral("conflicting")).toString().toLatin1()));
        auto held = SignedHeader::decode(QByteArray::fromBase64(e.value(QStringLiteral("agreed")).toString().toLatin1()));
        QVERIFY(conflicting && held);
        // The evidence stands on its own: member 3's valid signature on a header at h that is not the agreed one.
        QCOMPARE(conflicting->header.height, h);
        QCOMPARE(held->header.height, h);
        QVERIFY(conflicting->header.hash() != held->header.hash());
        QCOMPARE(conflicting->validSignatureCount(m_net->config()), 1);
        QCOMPARE(signersOf(*conflicting), QStringList{m_net->orgId(3)});
        QVERIFY(held->verifyQuorum(m_net->config()));
        QCOMPARE(held->header.hash(), agreed->signedHeader.header.hash());
    }
    // The honest members go on.
    QCOMPARE(load(1, 1, 3).final, 3);
}

void TstConsortiumFaults::aForgedBlockServedByAMemberIsRefusedByLightNodes()
{
    QCOMPARE(load(0, 2, 3).final, 6);
    const quint64 top = *m_net->height(0);
    QVERIFY(allReach(top));
    const HeaderVerifier verifier(m_net->config());

    // Member 1 serves a tip whose log root it rewrote, signed with its own (valid) org key.
    LyingNode liar(m_net->endpoint(1), m_net->certificateDer(1));
    QVERIFY(liar.start(m_net->tls(1)));
    const TestOrg byzantine = m_net->org(m_net->orgId(1));
    liar.setLie(lies::onTip([byzantine](SignedHeader &h) {
        h.header.logRoot = lies::flipByte(h.header.logRoot);
        h.signatures.clear();
        h.addSignature(byzantine.id, byzantine.key.secretKey());
    }));
    NodeClient client(liar.endpoint(), m_net->certificateDer(1));
    auto forgedTip = client.tip();
    QVERIFY(forgedTip);
    auto trusted = verifier.bootstrap(*forgedTip);
    QVERIFY(!trusted);
    QCOMPARE(trusted.error().code, QStringLiteral("no_quorum"));

    // The same member keeping the honest signatures on its rewritten header: they no longer verify.
    liar.setLie(lies::onTip([](SignedHeader &h) { h.header.logRoot = lies::flipByte(h.header.logRoot); }));
    auto altered = client.tip();
    QVERIFY(altered);
    trusted = verifier.bootstrap(*altered);
    QVERIFY(!trusted);
    QCOMPARE(trusted.error().code, QStringLiteral("forged_header"));

    // A block whose body was changed under its quorum-signed header does not match it.
    liar.setLie([](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (!path.startsWith(QLatin1String("/v1/blocks/")))
            return;
        auto block = Block::decode(reply.body);
        if (!block || block->transactions.isEmpty())
            return;
        block->transactions.removeLast();
        block->validity.removeLast();
        reply.body = block->encode();
    });
    auto block = client.block(top);
    QVERIFY(block);
    QVERIFY(verifier.checkSignatures(block->signedHeader));
    QVERIFY2(!block->verifyBody(), "a body that is not the one the header commits to is refused");

    // The honest members serve the real chain, which light nodes accept.
    auto honest = m_net->client(2)->tip();
    QVERIFY(honest);
    QVERIFY(verifier.bootstrap(*honest));
}

void TstConsortiumFaults::aRestartedMemberDoesNotSignASecondHeaderAtAHeight()
{
    QCOMPARE(load(0, 1, 3).final, 3);
    const quint64 h = *m_net->height(0) + 1;
    QVERIFY(allReach(h - 1));
    // With two members down, block h waits with the signatures of members 0 and 1.
    m_net->stopMember(2);
    m_net->stopMember(3);
    Background<LoadResult> stalled([this] { return load(0, 1, 2, 4000); });
    QTRY_VERIFY_WITH_TIMEOUT(signersInEtcd(h).contains(m_net->orgId(1)), 10000);
    const QByteArray signatureKey = etcdKey("s", h) + '/' + m_net->orgId(1).toUtf8();
    const QByteArray signedBefore = etcdRange(signatureKey).value(signatureKey);
    QVERIFY(!signedBefore.isEmpty());
    m_net->stopMember(1);

    // Someone with write access to etcd replaces block h by another valid proposal (its proposer re-signs it).
    const QByteArray blockKey = etcdKey("b", h);
    auto proposal = Proposal::decode(etcdRange(blockKey).value(blockKey));
    QVERIFY(proposal);
    proposal->block.signedHeader.header.timestampMs += 1;
    proposal->sign(m_net->org(proposal->block.signedHeader.header.proposer).key.secretKey());
    QVERIFY(proposal->verifyProposer(m_net->config()));
    QVERIFY(etcdPut(blockKey, proposal->encode()));

    // Member 1 comes back: it remembers what it signed at h and does not sign the other header.
    QVERIFY(m_net->restartMember(1));
    QTRY_VERIFY_WITH_TIMEOUT(consortiumStatus(1).value(QStringLiteral("lastError")).toString().contains(QStringLiteral("already signed")),
                             10000);
    QCOMPARE(etcdRange(signatureKey).value(signatureKey), signedBefore);
    auto stillOne = SignedHeader::decode(signedBefore);
    QVERIFY(stillOne);
    QVERIFY(stillOne->header.hash() != proposal->block.signedHeader.header.hash());
    QCOMPARE(*m_net->height(1), h - 1);
    stalled.result();
}

void TstConsortiumFaults::aMemberAwayLongerThanEtcdKeepsBlocksSaysSo()
{
    // etcd keeps the last 10 blocks here.
    m_net->stopMember(3);
    for (int i = 0; i < 14; ++i)
        QCOMPARE(load(i % 3, 1, 1).final, 1);
    const quint64 top = *m_net->height(0);
    QVERIFY(top >= 14);
    QTRY_VERIFY_WITH_TIMEOUT(etcdRange(etcdKey("b", 1)).isEmpty(), 5000);
    QVERIFY(signersInEtcd(1).isEmpty());
    QVERIFY(!etcdRange(etcdKey("b", top)).isEmpty());

    // Member 3 cannot catch up from etcd any more: it says what to do instead of guessing.
    QVERIFY(m_net->restartMember(3));
    QTRY_VERIFY_WITH_TIMEOUT(
        consortiumStatus(3).value(QStringLiteral("lastError")).toString().contains(QStringLiteral("restore a recent backup")),
        10000);
    QCOMPARE(*m_net->height(3), quint64(0));
    // The others go on.
    QCOMPARE(load(1, 1, 3).final, 3);
}

QTEST_GUILESS_MAIN(TstConsortiumFaults)
#include "tst_consortiumfaults.moc"
