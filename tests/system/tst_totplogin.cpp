// Sign-in with a TOTP code (RFC 6238) checked by the user's own org's full
// node: a real FullNode over HTTPS (TestNetwork) with an injected ManualClock,
// so lockouts and their expiry are tested without sleeping; then the light
// node's signIn, and careledgerd's enroll/totp/demo commands as processes.

#include "core/Cbor.h"
#include "crypto/Aead.h"
#include "crypto/Totp.h"
#include "full/ApiServer.h"
#include "ledger/AdminTotp.h"
#include "ledger/Domains.h"
#include "light/LightNode.h"
#include "light/LightSync.h"
#include "support/Careledgerd.h"
#include "support/TestNetwork.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace careledger;
using namespace careledger::testing;

namespace {

const QString A = QStringLiteral("st-marys");
const QString B = QStringLiteral("city-clinic");
constexpr qint64 Minute = 60 * 1000;

using Item = QPair<QByteArray, QByteArray>;

QString describe(const Status &st)
{
    return st ? QStringLiteral("ok") : st.error().code + QStringLiteral(": ") + st.error().message;
}

// A code of the given secret that is certainly not valid at `atMs` (±1 step).
QString wrongCode(const SecureBuffer &secret, qint64 atMs)
{
    for (int candidate = 0;; candidate += 7919) {
        const QString code = QStringLiteral("%1").arg(candidate % 1000000, 6, 10, QLatin1Char('0'));
        if (!Totp::verify(secret, code, atMs))
            return code;
    }
}

} // namespace

class TestTotpLogin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void rightKeyAndCodeOpenASession();
    void theCodeOfAnAdjacentStepIsAccepted();
    void aWrongCodeIsBadTotp();
    void aCodeIsGoodForOneSignInOnly();
    void fiveWrongCodesLockTheUserForFifteenMinutes();
    void theLockoutSurvivesARestart();
    void tooManyFailuresFromOneAddressAreRateLimited();
    void onlyTheOrgKeyMaySetASecret();
    void theSecretIsSealedInTheDatabase();
    void withTotpRequiredTheThreeElementFormIsRefused();
    void withoutTotpRequiredOldClientsStillSignIn();
    void sessionsLiveWhileUsedUpToTheirMaximum();
    void lightSyncSignsInAtOnceAndSyncs();
    void lightNodeFacadeReportsSignIn();
    void enrollPrintsAnOtpauthUriThatSignsIn();
    void demoGivesEveryUserATotpSecret();

private:
    struct Account {
        TestUser user;
        std::shared_ptr<SecureBuffer> secret; // null: no TOTP secret set
    };

    Status enrol(TestNetwork &net, const QList<TestUser> &users, quint64 ts);
    Status setSecret(TestNetwork &net, const Account &account, const TestKey &signer);
    Account makeAccount(const QString &org, Role role, const QString &name, bool withSecret);
    QString codeNow(const Account &a) const { return Totp::codeAt(*a.secret, m_clock.nowMs()); }
    Status login(const Account &a, const QString &code);
    HttpReply rawSession(TestNetwork &net, const TestUser &user, const std::optional<QString> &code);
    quint64 issuedAt() { return quint64(m_clock.nowMs() + ++m_issueSequence); }

    // careledgerd as a process
    QString binary() const { return careledgerdBinary(); }
    bool runTool(const QStringList &args, QByteArray *output, int timeoutMs = 60000)
    {
        return runCareledgerd(args, output, timeoutMs);
    }
    bool startServing(QProcess &process, const QStringList &args, const QString &endpoint, const QByteArray &pinnedDer);

    // On a minute boundary + 10 s, so step arithmetic below is exact.
    ManualClock m_clock{(QDateTime::currentMSecsSinceEpoch() / Minute) * Minute + 10'000};
    qint64 m_issueSequence = 0;
    std::unique_ptr<TestNetwork> m_net;
    QList<Account> m_accounts; // doctor, nurse, emr tech, compliance (A, with secrets), doctor of B, nurse of A without one
    Account m_doctor, m_nurse, m_tech, m_compliance, m_doctorB, m_noSecret;
};

Status TestTotpLogin::enrol(TestNetwork &net, const QList<TestUser> &users, quint64 ts)
{
    QList<Item> items;
    for (const TestUser &u : users)
        items.append({net.enrolByOrg(u, ts).encode(), {}});
    auto receipts = net.client()->submit(items);
    if (!receipts)
        return receipts.error();
    for (const TxReceipt &r : *receipts)
        if (!r.isFinal())
            return makeError(QStringLiteral("refused"), r.message);
    return {};
}

Status TestTotpLogin::setSecret(TestNetwork &net, const Account &account, const TestKey &signer)
{
    return net.client()->setTotpSecret(account.user.key.publicKey, *account.secret, signer.secretKey(), net.networkId(),
                                       issuedAt());
}

TestTotpLogin::Account TestTotpLogin::makeAccount(const QString &org, Role role, const QString &name, bool withSecret)
{
    return Account{TestLedger::newUser(org, role, name),
                   withSecret ? std::make_shared<SecureBuffer>(Totp::generateSecret()) : nullptr};
}

Status TestTotpLogin::login(const Account &a, const QString &code)
{
    return m_net->client()->login(a.user.key.publicKey, a.user.key.secretKey(), m_net->networkId(), code);
}

HttpReply TestTotpLogin::rawSession(TestNetwork &net, const TestUser &user, const std::optional<QString> &code)
{
    const QString endpoint = net.node().endpoint();
    const QByteArray der = net.node().certificateDer();
    const HttpReply challenge = httpRequest(endpoint, der, "POST", QStringLiteral("/v1/auth/challenge"));
    CborReader r(challenge.body);
    const QByteArray nonce = r.fixedBytes(32);
    if (!r.finish() || challenge.status != 200)
        return challenge;
    CborWriter w;
    w.array(code ? 4 : 3).bytes(user.key.publicKey).bytes(nonce).bytes(
        Ed25519::sign(user.key.secretKey(), Domains::AuthChallenge, nonce + net.networkId()));
    if (code)
        w.text(*code);
    return httpRequest(endpoint, der, "POST", QStringLiteral("/v1/auth/session"), w.take());
}

void TestTotpLogin::initTestCase()
{
    Status st;
    m_net = TestNetwork::start({A, B}, TestNodeOptions{&m_clock, true}, &st);
    QVERIFY2(st, qPrintable(describe(st)));
    m_doctor = makeAccount(A, Role::Doctor, QStringLiteral("Dr. Amelia Hart"), true);
    m_nurse = makeAccount(A, Role::Nurse, QStringLiteral("Jonas Berg"), true);
    m_tech = makeAccount(A, Role::EmrTechnician, QStringLiteral("Priya Nair"), true);
    m_compliance = makeAccount(A, Role::ComplianceOfficer, QStringLiteral("Marcus Oyelaran"), true);
    m_doctorB = makeAccount(B, Role::Doctor, QStringLiteral("Dr. B"), true);
    m_noSecret = makeAccount(A, Role::Nurse, QStringLiteral("Not Yet"), false);
    st = enrol(*m_net,
               {m_doctor.user, m_nurse.user, m_tech.user, m_compliance.user, m_doctorB.user, m_noSecret.user},
               quint64(m_clock.nowMs()));
    QVERIFY2(st, qPrintable(describe(st)));
    for (const Account *a : {&m_doctor, &m_nurse, &m_tech, &m_compliance}) {
        st = setSecret(*m_net, *a, m_net->org(A).key);
        QVERIFY2(st, qPrintable(describe(st)));
    }
}

void TestTotpLogin::init()
{
    // A fresh window for the per-address throttle, and codes of new steps.
    m_clock.advance(Minute + 30'000);
}

void TestTotpLogin::rightKeyAndCodeOpenASession()
{
    auto client = m_net->client();
    const Status st = client->login(m_doctor.user.key.publicKey, m_doctor.user.key.secretKey(), m_net->networkId(),
                                    codeNow(m_doctor));
    QVERIFY2(st, qPrintable(describe(st)));
    auto patients = client->patients(); // an authenticated route
    QVERIFY2(patients, qPrintable(patients ? QString() : patients.error().message));

    const HttpReply raw = rawSession(*m_net, m_nurse.user, codeNow(m_nurse));
    QCOMPARE(raw.status, 200);
    CborReader r(raw.body);
    r.array(3, 3);
    QCOMPARE(r.fixedBytes(32).size(), 32);
    QCOMPARE(qint64(r.uint()), m_clock.nowMs() + ApiServer::SessionLifetimeMs);
    QCOMPARE(r.text(64), A);
    r.leave();
    QVERIFY(r.finish());
}

void TestTotpLogin::theCodeOfAnAdjacentStepIsAccepted()
{
    // A phone a little behind, or a code typed just before the step turned.
    const quint64 step = Totp::stepAt(m_clock.nowMs());
    QVERIFY2(login(m_tech, Totp::code(*m_tech.secret, step - 1)), "previous step");
    // A phone a little ahead: the next step (newer than the one just used).
    QVERIFY2(login(m_tech, Totp::code(*m_tech.secret, step + 1)), "next step");
    // Two steps away is not accepted.
    m_clock.advance(Minute + 30'000);
    const quint64 now = Totp::stepAt(m_clock.nowMs());
    const QString far = Totp::code(*m_tech.secret, now + 2);
    if (!Totp::verify(*m_tech.secret, far, m_clock.nowMs())) {
        const Status st = login(m_tech, far);
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("bad_totp"));
    }
    QVERIFY(login(m_tech, codeNow(m_tech))); // and a success clears that failure
}

void TestTotpLogin::aWrongCodeIsBadTotp()
{
    const Status st = login(m_doctor, wrongCode(*m_doctor.secret, m_clock.nowMs()));
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("bad_totp"));

    const HttpReply raw = rawSession(*m_net, m_doctor.user, wrongCode(*m_doctor.secret, m_clock.nowMs()));
    QCOMPARE(raw.status, 401);
    QCOMPARE(raw.errorCode(), QStringLiteral("bad_totp"));
    QVERIFY2(raw.message().contains(QStringLiteral("wrong")) && raw.message().contains(QStringLiteral("3 more tries")),
             qPrintable(raw.message()));
    // Not a number, or the wrong length: the same refusal.
    QCOMPARE(rawSession(*m_net, m_doctor.user, QStringLiteral("abcdef")).errorCode(), QStringLiteral("bad_totp"));
    QVERIFY(login(m_doctor, codeNow(m_doctor))); // the fourth try is right: the count starts again
    QCOMPARE(m_net->node().inspect([&](FullNode &n) { return (*n.readStore().credential(m_doctor.user.key.publicKey))->failures; }),
             0);
}

void TestTotpLogin::aCodeIsGoodForOneSignInOnly()
{
    const QString code = codeNow(m_nurse);
    QVERIFY(login(m_nurse, code));
    // Replayed at once, or typed again: refused, as is the previous step's code.
    const HttpReply again = rawSession(*m_net, m_nurse.user, code);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), QStringLiteral("bad_totp"));
    QVERIFY2(again.message().contains(QStringLiteral("already used")), qPrintable(again.message()));
    const quint64 step = Totp::stepAt(m_clock.nowMs());
    const Status older = login(m_nurse, Totp::code(*m_nurse.secret, step - 1));
    QVERIFY(!older);
    QCOMPARE(older.error().code, QStringLiteral("bad_totp"));
    // Still refused 20 s later (same or next step: either way not newer than the one used).
    m_clock.advance(20'000);
    QCOMPARE(rawSession(*m_net, m_nurse.user, code).status, 401);
    m_clock.advance(30'000);
    QVERIFY(login(m_nurse, codeNow(m_nurse)));
}

void TestTotpLogin::fiveWrongCodesLockTheUserForFifteenMinutes()
{
    const Account &u = m_compliance;
    const QString prefix = QString::fromLatin1(u.user.key.publicKey.left(4).toHex());
    for (int i = 1; i <= 4; ++i) {
        const HttpReply r = rawSession(*m_net, u.user, wrongCode(*u.secret, m_clock.nowMs()));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_totp"));
    }
    // The lockout is logged, with a key prefix only.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("sign-in locked out: user %1 after 5").arg(prefix)));
    const HttpReply fifth = rawSession(*m_net, u.user, wrongCode(*u.secret, m_clock.nowMs()));
    QCOMPARE(fifth.status, 423);
    QCOMPARE(fifth.errorCode(), QStringLiteral("locked"));
    const QString until = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() + 15 * Minute, Qt::UTC).toString(Qt::ISODate);
    QVERIFY2(fifth.message().contains(until), qPrintable(fifth.message() + QStringLiteral(" / ") + until));
    QCOMPARE(fifth.header("Retry-After"), QByteArray("900"));

    // Locked: even the right code is refused, and does not use up its step.
    HttpReply right = rawSession(*m_net, u.user, codeNow(u));
    QCOMPARE(right.status, 423);
    QCOMPARE(right.errorCode(), QStringLiteral("locked"));
    m_clock.advance(14 * Minute);
    const Status st = login(u, codeNow(u));
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("locked"));
    QVERIFY2(st.error().message.contains(until), qPrintable(st.error().message));

    // Fifteen minutes after the fifth failure it opens again, with a right code only.
    m_clock.advance(Minute + 1);
    QCOMPARE(rawSession(*m_net, u.user, wrongCode(*u.secret, m_clock.nowMs())).errorCode(), QStringLiteral("bad_totp"));
    QVERIFY2(login(u, codeNow(u)), "unlocked after 15 minutes");
    const auto state = m_net->node().inspect([&](FullNode &n) { return *n.readStore().credential(u.user.key.publicKey); });
    QVERIFY(state);
    QCOMPARE(state->failures, 0);
    QCOMPARE(state->lockedUntilMs, qint64(0));
}

void TestTotpLogin::theLockoutSurvivesARestart()
{
    const Account &u = m_tech;
    const QString used = codeNow(u);
    QVERIFY(login(u, used));

    // The used step is remembered across a restart: the code is not good again.
    Status restarted = m_net->node().restart();
    QVERIFY2(restarted, qPrintable(describe(restarted)));
    const HttpReply replay = rawSession(*m_net, u.user, used);
    QCOMPARE(replay.errorCode(), QStringLiteral("bad_totp"));
    QVERIFY2(replay.message().contains(QStringLiteral("already used")), qPrintable(replay.message()));

    // That was failure 1; four wrong codes more lock the user...
    for (int i = 0; i < 4; ++i)
        (void)rawSession(*m_net, u.user, wrongCode(*u.secret, m_clock.nowMs()));
    QCOMPARE(rawSession(*m_net, u.user, codeNow(u)).errorCode(), QStringLiteral("locked"));
    // ...and a restart does not unlock.
    restarted = m_net->node().restart();
    QVERIFY2(restarted, qPrintable(describe(restarted)));
    const Status st = login(u, codeNow(u));
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("locked"));
    m_clock.advance(15 * Minute);
    QVERIFY2(login(u, codeNow(u)), "unlocked after 15 minutes, across restarts");
}

void TestTotpLogin::tooManyFailuresFromOneAddressAreRateLimited()
{
    auto client = m_net->client();
    // Unknown keys and bad signatures: nobody's account to lock, so the address is counted.
    for (int i = 0; i < ApiServer::MaxFailedLoginsPerAddress; ++i) {
        const TestKey stranger = TestKey::generate();
        const Status st = client->login(stranger.publicKey, stranger.secretKey(), m_net->networkId(), QStringLiteral("123456"));
        QCOMPARE(st.error().code, QStringLiteral("unknown_user"));
    }
    // Now even a right sign-in from this address waits.
    const HttpReply limited = rawSession(*m_net, m_doctor.user, codeNow(m_doctor));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
    const Status st = login(m_doctor, codeNow(m_doctor));
    QCOMPARE(st.error().code, QStringLiteral("rate_limited"));
    // The admin route is behind the same throttle.
    const Account attempt{m_noSecret.user, std::make_shared<SecureBuffer>(Totp::generateSecret())};
    QCOMPARE(setSecret(*m_net, attempt, m_net->org(A).key).error().code, QStringLiteral("rate_limited"));
    // The window slides: a minute later the address may try again.
    m_clock.advance(ApiServer::FailedLoginWindowMs);
    QVERIFY2(login(m_doctor, codeNow(m_doctor)), "after the window");
}

void TestTotpLogin::onlyTheOrgKeyMaySetASecret()
{
    Account late = makeAccount(A, Role::Doctor, QStringLiteral("Dr. Late"), true);
    QVERIFY(enrol(*m_net, {late.user}, quint64(m_clock.nowMs())));
    const QByteArray userKey = late.user.key.publicKey;

    // A doctor's signature, another org's key: forbidden.
    Status st = setSecret(*m_net, late, m_doctor.user.key);
    QCOMPARE(st.error().code, QStringLiteral("forbidden"));
    st = setSecret(*m_net, late, m_net->org(B).key);
    QCOMPARE(st.error().code, QStringLiteral("forbidden"));
    const auto rawAdmin = [&](const AdminTotpRequest &request) {
        return httpRequest(m_net->node().endpoint(), m_net->node().certificateDer(), "POST",
                           QStringLiteral("/v1/admin/totp"), request.encode());
    };
    HttpReply r = rawAdmin(AdminTotpRequest::make(m_net->networkId(), userKey, Totp::generateSecret(), issuedAt(),
                                                  m_doctor.user.key.secretKey()));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    // Signed by the org key but for another network, or altered on the way.
    r = rawAdmin(AdminTotpRequest::make(randomBytes(32), userKey, Totp::generateSecret(), issuedAt(),
                                        m_net->org(A).key.secretKey()));
    QCOMPARE(r.status, 403);
    AdminTotpRequest altered = AdminTotpRequest::make(m_net->networkId(), userKey, Totp::generateSecret(), issuedAt(),
                                                      m_net->org(A).key.secretKey());
    altered.secret = Totp::generateSecret();
    QCOMPARE(rawAdmin(altered).status, 403);
    // Too old, or replayed.
    r = rawAdmin(AdminTotpRequest::make(m_net->networkId(), userKey, Totp::generateSecret(),
                                        quint64(m_clock.nowMs() - 6 * Minute), m_net->org(A).key.secretKey()));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("stale_request"));
    const AdminTotpRequest good = AdminTotpRequest::make(m_net->networkId(), userKey, SecureBuffer::copyOf(late.secret->view()),
                                                         issuedAt(), m_net->org(A).key.secretKey());
    QCOMPARE(rawAdmin(good).status, 200);
    r = rawAdmin(good);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("stale_request"));
    // The org key for a user of another org, or for nobody.
    st = setSecret(*m_net, m_doctorB, m_net->org(A).key);
    QCOMPARE(st.error().code, QStringLiteral("forbidden"));
    Account nobody = makeAccount(A, Role::Doctor, QStringLiteral("Nobody"), true);
    QCOMPARE(setSecret(*m_net, nobody, m_net->org(A).key).error().code, QStringLiteral("unknown_user"));
    // Malformed: a secret too short to be one.
    CborWriter w;
    w.array(4).bytes(userKey).bytes(QByteArray(8, 'x')).uint(issuedAt()).bytes(QByteArray(64, 's'));
    QCOMPARE(httpRequest(m_net->node().endpoint(), m_net->node().certificateDer(), "POST", QStringLiteral("/v1/admin/totp"),
                         w.take())
                 .status,
             400);

    // The secret that was set works; a new one replaces it.
    QVERIFY(login(late, codeNow(late)));
    m_clock.advance(30'000);
    const QString oldCode = codeNow(late);
    late.secret = std::make_shared<SecureBuffer>(Totp::generateSecret());
    QVERIFY(setSecret(*m_net, late, m_net->org(A).key));
    if (!Totp::verify(*late.secret, oldCode, m_clock.nowMs()))
        QCOMPARE(login(late, oldCode).error().code, QStringLiteral("bad_totp"));
    QVERIFY(login(late, codeNow(late)));
    // The nurse without a secret gets one the same way; until then she cannot sign in.
    QCOMPARE(login(m_noSecret, QStringLiteral("123456")).error().code, QStringLiteral("totp_not_enrolled"));
}

void TestTotpLogin::theSecretIsSealedInTheDatabase()
{
    const QByteArray key = m_doctor.user.key.publicKey;
    const QByteArray secret = m_doctor.secret->view().toByteArray();
    const auto stored = m_net->node().inspect([&](FullNode &n) { return *n.readStore().credential(key); });
    QVERIFY(stored);
    QCOMPARE(stored->totpSecretSealed.size(), secret.size() + Aead::NonceSize + Aead::TagSize);
    QVERIFY(!stored->totpSecretSealed.contains(secret));
    // It opens with the node's key, for this user only.
    QVERIFY(m_net->node().inspect([&](FullNode &n) {
        auto s = n.unsealTotpSecret(*stored);
        return s && s->view() == QByteArrayView(secret);
    }));
    Credential moved = *stored;
    moved.userKey = m_nurse.user.key.publicKey;
    QCOMPARE(m_net->node().inspect([&](FullNode &n) { return n.unsealTotpSecret(moved).ok(); }), false);

    // Nowhere in the files: the database and its write-ahead log.
    QByteArray files;
    for (const QString &name : QDir(m_net->node().dataDir()).entryList(QDir::Files)) {
        QFile f(QDir(m_net->node().dataDir()).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        files += f.readAll();
    }
    QVERIFY(files.contains(stored->totpSecretSealed.right(16))); // the ciphertext is there…
    for (const Account *a : {&m_doctor, &m_nurse, &m_tech, &m_compliance}) {
        QVERIFY(!files.contains(a->secret->view().toByteArray()));          // …not the secret
        QVERIFY(!files.contains(Totp::base32Encode(a->secret->view(), false).toLatin1()));
    }
}

void TestTotpLogin::withTotpRequiredTheThreeElementFormIsRefused()
{
    HttpReply r = rawSession(*m_net, m_doctor.user, std::nullopt);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("totp_required"));
    r = rawSession(*m_net, m_noSecret.user, std::nullopt);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("totp_not_enrolled"));
    const Status st = m_net->client()->login(m_doctor.user.key.publicKey, m_doctor.user.key.secretKey(), m_net->networkId());
    QCOMPARE(st.error().code, QStringLiteral("totp_required"));
    // The other refusals keep their order: a bad signature is still bad_signature.
    const HttpReply challenge = httpRequest(m_net->node().endpoint(), m_net->node().certificateDer(), "POST",
                                            QStringLiteral("/v1/auth/challenge"));
    CborReader cr(challenge.body);
    const QByteArray nonce = cr.fixedBytes(32);
    CborWriter w;
    w.array(4).bytes(m_doctor.user.key.publicKey).bytes(nonce).bytes(QByteArray(64, '\0')).text(codeNow(m_doctor));
    r = httpRequest(m_net->node().endpoint(), m_net->node().certificateDer(), "POST", QStringLiteral("/v1/auth/session"),
                    w.take());
    QCOMPARE(r.errorCode(), QStringLiteral("bad_signature"));
}

void TestTotpLogin::withoutTotpRequiredOldClientsStillSignIn()
{
    Status st;
    auto net = TestNetwork::start({A}, TestNodeOptions{&m_clock, false}, &st);
    QVERIFY2(st, qPrintable(describe(st)));
    Account plain = makeAccount(A, Role::Nurse, QStringLiteral("Plain"), false);
    Account withCode = makeAccount(A, Role::Doctor, QStringLiteral("Careful"), true);
    QVERIFY(enrol(*net, {plain.user, withCode.user}, quint64(m_clock.nowMs())));
    QVERIFY(setSecret(*net, withCode, net->org(A).key));

    // No secret: the 3-element form, as before.
    auto client = net->client();
    QVERIFY(client->login(plain.user.key.publicKey, plain.user.key.secretKey(), net->networkId()));
    QVERIFY(client->patients());
    // A code for a user without a secret is not silently ignored.
    QCOMPARE(client->login(plain.user.key.publicKey, plain.user.key.secretKey(), net->networkId(), QStringLiteral("123456"))
                 .error()
                 .code,
             QStringLiteral("totp_not_enrolled"));
    // A user with a secret must give a code even here.
    QCOMPARE(rawSession(*net, withCode.user, std::nullopt).errorCode(), QStringLiteral("totp_required"));
    QVERIFY(client->login(withCode.user.key.publicKey, withCode.user.key.secretKey(), net->networkId(), codeNow(withCode)));
}

void TestTotpLogin::sessionsLiveWhileUsedUpToTheirMaximum()
{
    auto client = m_net->client();
    QVERIFY(client->login(m_doctor.user.key.publicKey, m_doctor.user.key.secretKey(), m_net->networkId(), codeNow(m_doctor)));
    // Used every 10 minutes: alive well past 15 minutes.
    for (int i = 0; i < 6; ++i) {
        m_clock.advance(10 * Minute);
        QVERIFY2(client->patients(), qPrintable(QStringLiteral("after %1 minutes").arg((i + 1) * 10)));
    }
    // Idle for longer than the lifetime: gone.
    m_clock.advance(ApiServer::SessionLifetimeMs + 1);
    QCOMPARE(client->patients().error().code, QStringLiteral("unauthenticated"));
    // In constant use, it still ends MaxSessionMs after sign-in: a new code is needed then.
    m_clock.advance(Minute);
    QVERIFY(client->login(m_doctor.user.key.publicKey, m_doctor.user.key.secretKey(), m_net->networkId(), codeNow(m_doctor)));
    for (qint64 t = 0; t + 10 * Minute < ApiServer::MaxSessionMs; t += 10 * Minute) {
        m_clock.advance(10 * Minute);
        QVERIFY(client->patients());
    }
    m_clock.advance(10 * Minute + 1);
    QCOMPARE(client->patients().error().code, QStringLiteral("unauthenticated"));
}

void TestTotpLogin::lightSyncSignsInAtOnceAndSyncs()
{
    Status st;
    auto net = TestNetwork::start({A}, TestNodeOptions{nullptr, true}, &st);
    QVERIFY2(st, qPrintable(describe(st)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Account doctor = makeAccount(A, Role::Doctor, QStringLiteral("Dr. Light"), true);
    QVERIFY(enrol(*net, {doctor.user}, quint64(now)));
    QVERIFY(net->client()->setTotpSecret(doctor.user.key.publicKey, *doctor.secret, net->org(A).key.secretKey(),
                                         net->networkId(), quint64(now)));
    // A patient of the org with one record, for the sync to fetch.
    const TestPatient patient = TestPatient::make(QStringLiteral("P-light-1"), QStringLiteral("light-private-id"));
    const SealedRecord sealed = net->seal(patient, A, QStringLiteral("Observation"));
    auto receipts = net->client()->submit({{net->registerPatient(doctor.user, patient, quint64(now)).encode(), {}},
                                           {net->record(doctor.user, sealed.version, quint64(now)).encode(), sealed.ciphertext}});
    QVERIFY(receipts);
    for (const TxReceipt &r : *receipts)
        QVERIFY2(r.isFinal(), qPrintable(r.message));

    QTemporaryDir dir;
    LightNodeSettings settings;
    settings.config = net->config();
    settings.pinnedNetworkId = net->networkId();
    settings.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    settings.endpoints = {net->node().endpoint()};
    LightSync sync(settings);
    QCOMPARE(sync.signIn(doctor.user.key.publicKey, SecureBuffer::copyOf(doctor.user.key.secretKey().view()),
                         QStringLiteral("123456"))
                 .error()
                 .code,
             QStringLiteral("not_started"));
    QVERIFY(sync.open());

    // A wrong code is known at once, and leaves nobody signed in.
    st = sync.signIn(doctor.user.key.publicKey, SecureBuffer::copyOf(doctor.user.key.secretKey().view()),
                     wrongCode(*doctor.secret, QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(st.error().code, QStringLiteral("bad_totp"));
    QVERIFY(!sync.isSignedIn());
    // The right one signs in and the session serves the sync: the record arrives, proven.
    st = sync.signIn(doctor.user.key.publicKey, SecureBuffer::copyOf(doctor.user.key.secretKey().view()),
                     Totp::codeAt(*doctor.secret, QDateTime::currentMSecsSinceEpoch()));
    QVERIFY2(st, qPrintable(describe(st)));
    QVERIFY(sync.isSignedIn());
    auto trusted = sync.syncOnce();
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
    QVERIFY(sync.cache().payload(sealed.version.ciphertextHash));
    // Signing out ends it.
    sync.clearUser();
    QVERIFY(!sync.isSignedIn());
}

void TestTotpLogin::lightNodeFacadeReportsSignIn()
{
    Status st;
    auto net = TestNetwork::start({A}, TestNodeOptions{nullptr, true}, &st);
    QVERIFY2(st, qPrintable(describe(st)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Account nurse = makeAccount(A, Role::Nurse, QStringLiteral("Nurse Facade"), true);
    QVERIFY(enrol(*net, {nurse.user}, quint64(now)));
    QVERIFY(net->client()->setTotpSecret(nurse.user.key.publicKey, *nurse.secret, net->org(A).key.secretKey(),
                                         net->networkId(), quint64(now)));
    QTemporaryDir dir;
    LightNodeSettings settings;
    settings.config = net->config();
    settings.pinnedNetworkId = net->networkId();
    settings.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    settings.endpoints = {net->node().endpoint()};
    LightNode node(settings);
    QSignalSpy started(&node, &LightNode::started);
    QSignalSpy signedIn(&node, &LightNode::signedIn);
    QSignalSpy failed(&node, &LightNode::signInFailed);
    node.start(60000);
    QVERIFY(started.wait(15000));

    node.signIn(nurse.user.key.publicKey, SecureBuffer::copyOf(nurse.user.key.secretKey().view()),
                wrongCode(*nurse.secret, QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("bad_totp"));
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QCOMPARE(signedIn.count(), 0);

    node.signIn(nurse.user.key.publicKey, SecureBuffer::copyOf(nurse.user.key.secretKey().view()),
                Totp::codeAt(*nurse.secret, QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(failed.count(), 1);
}

bool TestTotpLogin::startServing(QProcess &process, const QStringList &args, const QString &endpoint,
                                 const QByteArray &pinnedDer)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary(), args);
    if (!process.waitForStarted(10000))
        return false;
    NodeClient probe(endpoint, pinnedDer, 2000);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        if (process.state() == QProcess::NotRunning) {
            qWarning().noquote() << "careledgerd exited:" << process.readAll();
            return false;
        }
        if (probe.tip())
            return true;
        QTest::qWait(100);
    }
    return false;
}

void TestTotpLogin::enrollPrintsAnOtpauthUriThatSignsIn()
{
    if (!QFileInfo(binary()).isExecutable())
        QSKIP("careledgerd not found: set CARELEDGER_BIN to the build's app/ folder");
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("node"));
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    QByteArray out;
    QVERIFY2(runTool({QStringLiteral("init"), QStringLiteral("--datadir"), dataDir, QStringLiteral("--network"),
                      QStringLiteral("TOTP CLI"), QStringLiteral("--org-id"), QStringLiteral("cli-general"),
                      QStringLiteral("--port"), QString::number(port)},
                     &out),
             out.constData());
    auto genesis = NodeDataDir(dataDir).genesis();
    QVERIFY(genesis);
    const QByteArray pinned = genesis->members.first().tlsCertificate;
    const QString endpoint = QStringLiteral("https://127.0.0.1:%1").arg(port);

    QProcess serve;
    QVERIFY(startServing(serve, {QStringLiteral("serve"), QStringLiteral("--datadir"), dataDir}, endpoint, pinned));
    const QString keyFile = tmp.filePath(QStringLiteral("doctor.key"));
    const bool enrolled = runTool({QStringLiteral("enroll"), QStringLiteral("--datadir"), dataDir, QStringLiteral("--name"),
                                   QStringLiteral("Dr. Ada Lovelace"), QStringLiteral("--role"), QStringLiteral("doctor"),
                                   QStringLiteral("--key-out"), keyFile},
                                  &out);
    QVERIFY2(enrolled, out.constData());
    const QString text = QString::fromUtf8(out);
    const QRegularExpressionMatch uri =
        QRegularExpression(QStringLiteral("otpauth://totp/CareLedger:Dr\\.%20Ada%20Lovelace\\?secret=([A-Z2-7]+)&issuer=CareLedger\\S*"))
            .match(text);
    QVERIFY2(uri.hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("secret:      ") + uri.captured(1)), qPrintable(text));
    const auto secret = Totp::secretFromUri(uri.captured(0));
    QVERIFY(secret);
    QCOMPARE(secret->size(), std::size_t(Totp::SecretSize));

    // The printed secret is the one the node checks: serve requires TOTP by default.
    QFile f(keyFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto pair = Ed25519::fromSecretKey(SecureBuffer::copyOf(f.readAll()));
    NodeClient client(endpoint, pinned);
    QCOMPARE(client.login(pair.publicKey, pair.secretKey, genesis->networkId()).error().code, QStringLiteral("totp_required"));
    Status st = client.login(pair.publicKey, pair.secretKey, genesis->networkId(),
                             Totp::codeAt(*secret, QDateTime::currentMSecsSinceEpoch()));
    QVERIFY2(st, qPrintable(describe(st)));

    // `careledgerd totp` replaces it (a lost phone).
    QVERIFY2(runTool({QStringLiteral("totp"), QStringLiteral("--datadir"), dataDir, QStringLiteral("--public-key"),
                      QString::fromLatin1(pair.publicKey.toHex()), QStringLiteral("--name"), QStringLiteral("ada")},
                     &out),
             out.constData());
    const QRegularExpressionMatch second =
        QRegularExpression(QStringLiteral("otpauth://totp/CareLedger:ada\\?secret=[A-Z2-7]+\\S*")).match(QString::fromUtf8(out));
    QVERIFY2(second.hasMatch(), out.constData());
    const auto newSecret = Totp::secretFromUri(second.captured(0));
    QVERIFY(newSecret && !newSecret->equals(*secret));

    serve.terminate();
    QVERIFY(serve.waitForFinished(15000));
}

void TestTotpLogin::demoGivesEveryUserATotpSecret()
{
    if (!QFileInfo(binary()).isExecutable())
        QSKIP("careledgerd not found: set CARELEDGER_BIN to the build's app/ folder");
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("demo"));
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    QProcess demo;
    const QString endpoint = QStringLiteral("https://127.0.0.1:%1").arg(port);
    // The pinned certificate is only known once the demo has written its genesis: poll for it.
    demo.setProcessChannelMode(QProcess::MergedChannels);
    demo.start(binary(), {QStringLiteral("demo"), QStringLiteral("--datadir"), dataDir, QStringLiteral("--patients"),
                          QStringLiteral("2"), QStringLiteral("--port"), QString::number(port)});
    QVERIFY(demo.waitForStarted(10000));
    QElapsedTimer timer;
    timer.start();
    std::optional<NetworkConfig> genesis;
    std::optional<SignedHeader> tip;
    while (timer.elapsed() < 180000 && !tip && demo.state() == QProcess::Running) {
        if (!genesis)
            if (auto g = NodeDataDir(dataDir).genesis())
                genesis = *g;
        if (genesis)
            if (auto t = NodeClient(endpoint, genesis->members.first().tlsCertificate, 2000).tip())
                tip = *t;
        QTest::qWait(200);
    }
    const QByteArray output = demo.readAll();
    QVERIFY2(tip, output.constData());
    QVERIFY2(output.contains("/<role>.totp"), output.constData());

    const QDir users(QDir(dataDir).filePath(QStringLiteral("demo-users")));
    for (const char *role : {"doctor", "nurse", "emr_technician", "compliance_officer", "admin", "insurer", "researcher"}) {
        const QString totpFile = users.filePath(QString::fromLatin1(role) + QStringLiteral(".totp"));
        QVERIFY2(QFileInfo::exists(totpFile), qPrintable(totpFile));
        QCOMPARE(QFileInfo(totpFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile f(totpFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString uri = QString::fromUtf8(f.readAll()).trimmed();
        QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/CareLedger:")), qPrintable(uri));
        const auto secret = Totp::secretFromUri(uri);
        QVERIFY(secret);
        QFile keyFile(users.filePath(QString::fromLatin1(role) + QStringLiteral(".key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        auto pair = Ed25519::fromSecretKey(SecureBuffer::copyOf(keyFile.readAll()));
        NodeClient client(endpoint, genesis->members.first().tlsCertificate);
        const Status st = client.login(pair.publicKey, pair.secretKey, genesis->networkId(),
                                       Totp::codeAt(*secret, QDateTime::currentMSecsSinceEpoch()));
        QVERIFY2(st, qPrintable(QString::fromLatin1(role) + QStringLiteral(": ") + describe(st)));
    }
    demo.terminate();
    QVERIFY(demo.waitForFinished(15000));
}

QTEST_GUILESS_MAIN(TestTotpLogin)
#include "tst_totplogin.moc"
