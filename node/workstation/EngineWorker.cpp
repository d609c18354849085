#include "EngineWorker.h"

#include "AuditExport.h"
#include "contract/Contract.h"
#include "crypto/SealedBox.h"
#include "fhir/FhirBuilder.h"
#include "fhir/FhirRenderer.h"
#include "fhir/PatientDemographics.h"
#include "ledger/MerkleLog.h"
#include "ledger/PatientKeys.h"
#include "ledger/RecordCipher.h"
#include "ledger/ReportSignature.h"
#include "ledger/ReviewNote.h"
#include "ledger/Transaction.h"
#include "rpm/VitalsBundle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <cmath>
#include <tuple>

namespace careledger {

namespace {
// Kiosk: wrong private IDs per patient before a pause, and how the pause grows.
constexpr int KioskFreeAttempts = 3;
constexpr qint64 KioskFirstLockoutMs = 30'000;
constexpr qint64 KioskMaxLockoutMs = 15 * 60'000;

std::optional<RecordVersion> recordOf(const Transaction &tx)
{
    auto record = RecordVersion::decode(tx.body);
    return record ? std::optional<RecordVersion>(*record) : std::nullopt;
}

std::optional<RecordVersion> recordOf(const CachedTransaction &tx)
{
    auto decoded = Transaction::decode(tx.bytes);
    return decoded ? recordOf(*decoded) : std::nullopt;
}

template <typename Body>
std::optional<QPair<Transaction, Body>> bodyOf(const CachedTransaction &tx)
{
    auto decoded = Transaction::decode(tx.bytes);
    if (!decoded)
        return std::nullopt;
    auto body = Body::decode(decoded->body);
    if (!body)
        return std::nullopt;
    return QPair<Transaction, Body>(*decoded, *body);
}

// Record keys the patient's consents and referrals handed to `org`: record txid → sealed key.
QHash<QByteArray, QByteArray> keysSharedWith(const LightCache &cache, const QString &patientId, const QString &org)
{
    QHash<QByteArray, QByteArray> keys;
    for (const CachedTransaction &t : cache.patientTransactionsOfType(patientId, TxType::ConsentGrant))
        if (auto g = bodyOf<ConsentGrant>(t); g && g->second.granteeOrg == org)
            for (const auto &[txId, sealed] : g->second.keys)
                keys.insert(txId, sealed);
    for (const CachedTransaction &t : cache.patientTransactionsOfType(patientId, TxType::ReferralCreate))
        if (auto q = bodyOf<ReferralRequest>(t); q && q->second.targetOrg == org)
            for (const auto &[txId, sealed] : q->second.keys)
                keys.insert(txId, sealed);
    return keys;
}

// Whether a consent of the patient for `org`, in force at nowMs, covers the resource type (as the contract decides).
bool consentCovers(const LightCache &cache, const QString &patientId, const QString &org, const QString &resourceType,
                   quint64 nowMs)
{
    QSet<QByteArray> revoked;
    for (const CachedTransaction &t : cache.patientTransactionsOfType(patientId, TxType::ConsentRevoke))
        if (auto r = bodyOf<ConsentRevocation>(t))
            revoked.insert(r->second.consentId);
    for (const CachedTransaction &t : cache.patientTransactionsOfType(patientId, TxType::ConsentGrant)) {
        const auto g = bodyOf<ConsentGrant>(t);
        if (g && g->second.granteeOrg == org && !revoked.contains(g->second.consentId) && nowMs < g->second.expiresMs
            && (g->second.scope.isEmpty() || g->second.scope.contains(resourceType)))
            return true;
    }
    return false;
}

QString firstText(const QJsonObject &resource, const char *field)
{
    const QJsonArray list = resource.value(QLatin1String(field)).toArray();
    return list.isEmpty() ? QString() : list.first().toObject().value(QStringLiteral("text")).toString();
}
} // namespace

// Who is reading: the org (through its data key, or keys a patient's consent
// re-wrapped for it) or the patient at the kiosk.
struct EngineWorker::Reader {
    RecipientKind kind;
    QString id;           // org id or patient id
    QByteArray x25519Public;
    const SecureBuffer *x25519Secret;
    QHash<QByteArray, QByteArray> consentKeys; // record txid → key sealed for the org by consent
};

EngineWorker::EngineWorker(WorkstationEngine &engine, LightNode &node, const EngineSettings &settings, const Clock &clock)
    : m_engine(engine), m_node(node), m_settings(settings), m_clock(clock), m_keys(settings.keychainService, clock),
      m_accessTimer(this)
{
    connect(&m_node, &LightNode::synced, this, &EngineWorker::onSynced);
    connect(&m_node, &LightNode::signedIn, this, &EngineWorker::onNodeSignedIn);
    connect(&m_node, &LightNode::signInFailed, this, &EngineWorker::onNodeSignInFailed);
    connect(&m_node, &LightNode::submitted, this, &EngineWorker::onSubmitted);
    connect(&m_node, &LightNode::submitFailed, this, &EngineWorker::onSubmitFailed);
    connect(&m_node, &LightNode::proofsReady, this, &EngineWorker::onProofsReady);
    connect(&m_node, &LightNode::proofsFailed, this, [this](quint64 nodeRequest, const QString &code, const QString &message) {
        if (m_verifying.contains(nodeRequest))
            fail(m_verifying.take(nodeRequest).first, makeError(code, message));
    });
    connect(&m_node, &LightNode::warningRaised, this, [this](const NodeWarning &w) {
        m_status.warnings.append(w.message);
        m_status.halted = m_status.halted || w.kind == QLatin1String("equivocation");
        publishStatus();
    });
    connect(&m_node, &LightNode::syncFailed, this, [this](const QString &message) {
        m_status.syncing = false;
        if (!m_status.warnings.contains(message))
            m_status.warnings.append(message);
        publishStatus();
    });
    connect(&m_node, &LightNode::progress, this, [this](const SyncProgress &p) {
        m_status.syncing = p.phase != SyncProgress::Phase::Done;
        m_status.endpoint = p.endpoint;
        publishStatus();
    });
    m_accessTimer.setInterval(m_settings.accessFlushMs);
    connect(&m_accessTimer, &QTimer::timeout, this, &EngineWorker::flushAccessLog);
}

EngineWorker::~EngineWorker() = default;

template <typename F>
void EngineWorker::toGui(F &&f)
{
    QMetaObject::invokeMethod(&m_engine, std::forward<F>(f), Qt::QueuedConnection);
}

void EngineWorker::fail(quint64 request, const Error &error)
{
    toGui([e = &m_engine, request, error] { emit e->requestFailed(request, error.code, error.message); });
}

// ---------------------------------------------------------------- accounts

QString EngineWorker::account(const QString &login) const
{
    return KeyStore::accountName(m_settings.node.pinnedNetworkId, login);
}

QList<LocalAccount> EngineWorker::readAccounts() const
{
    QSettings ini(m_settings.accountsFile, QSettings::IniFormat);
    QList<LocalAccount> out;
    ini.beginGroup(QStringLiteral("accounts"));
    for (const QString &login : ini.childGroups()) {
        ini.beginGroup(login);
        out.append(LocalAccount{login, ini.value(QStringLiteral("name"), login).toString(),
                                QByteArray::fromHex(ini.value(QStringLiteral("key")).toByteArray())});
        ini.endGroup();
    }
    return out;
}

void EngineWorker::rememberAccount(const QString &login, const QByteArray &publicKey, const QString &displayName)
{
    {
        QSettings ini(m_settings.accountsFile, QSettings::IniFormat);
        ini.beginGroup(QStringLiteral("accounts"));
        ini.beginGroup(login);
        ini.setValue(QStringLiteral("key"), QString::fromLatin1(publicKey.toHex()));
        ini.setValue(QStringLiteral("name"), displayName);
    }
    toGui([e = &m_engine, accounts = readAccounts()] { e->m_accounts = accounts; });
}

void EngineWorker::start()
{
    toGui([e = &m_engine, accounts = readAccounts()] { e->m_accounts = accounts; });
    connect(&m_node, &LightNode::started, this, [this] {
        if (Status st = openCache(); !st) {
            toGui([e = &m_engine, st] { emit e->startFailed(st.error().message); });
            return;
        }
        toGui([e = &m_engine] { emit e->started(); });
    }, Qt::SingleShotConnection);
    connect(&m_node, &LightNode::startFailed, this, [this](const QString &message) {
        toGui([e = &m_engine, message] { emit e->startFailed(message); });
    }, Qt::SingleShotConnection);
    m_node.start(m_settings.pollIntervalMs);
}

Status EngineWorker::openCache()
{
    auto cache = LightCache::open(m_settings.node.cachePath, m_settings.node.pinnedNetworkId);
    if (!cache)
        return cache.error();
    m_cache = std::move(cache).value();
    return {};
}

namespace {
bool validLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return re.match(login).hasMatch();
}
} // namespace

void EngineWorker::createAccount(const QString &login, const QString &password)
{
    auto failWith = [this](const Error &e) { toGui([g = &m_engine, e] { emit g->accountFailed(e.code, e.message); }); };
    if (!validLogin(login))
        return failWith(makeError(QStringLiteral("bad_account"), tr("A login name is 1 to 64 letters, digits, dots, dashes or underscores.")));
    auto key = m_keys.createAccount(account(login), password, m_settings.newAccountCosts);
    if (!key)
        return failWith(key.error());
    rememberAccount(login, *key, login);
    const QString request = tr("CareLedger enrolment request\nLogin: %1\nPublic key: %2\n"
                               "Your administrator enrols you on your organisation's full node with:\n"
                               "  careledgerd enroll --datadir <node data directory> --public-key %2 --name \"<your name>\" "
                               "--role <role>")
                                .arg(login, QString::fromLatin1(key->toHex()));
    toGui([e = &m_engine, a = LocalAccount{login, login, *key}, request] { emit e->accountCreated(a, request); });
}

void EngineWorker::importAccount(const QString &login, const QString &password, const QByteArray &secretKey)
{
    auto failWith = [this](const Error &e) { toGui([g = &m_engine, e] { emit g->accountFailed(e.code, e.message); }); };
    if (!validLogin(login))
        return failWith(makeError(QStringLiteral("bad_account"), tr("A login name is 1 to 64 letters, digits, dots, dashes or underscores.")));
    SecureBuffer secret = SecureBuffer::copyOf(secretKey);
    const QByteArray publicKey = Ed25519::fromSecretKey(SecureBuffer::copyOf(secret.view())).publicKey;
    if (Status st = m_keys.importAccount(account(login), password, secret, m_settings.newAccountCosts); !st)
        return failWith(st.error());
    rememberAccount(login, publicKey, login);
    toGui([e = &m_engine, a = LocalAccount{login, login, publicKey}] { emit e->accountCreated(a, QString()); });
}

// ---------------------------------------------------------------- sign-in and lock

void EngineWorker::signIn(const QString &login, const QString &password, const QString &totpCode)
{
    auto keys = m_keys.unlock(account(login), password);
    if (!keys) {
        const Error e = keys.error();
        toGui([g = &m_engine, e] { emit g->signInFailed(e.code, e.message); });
        return;
    }
    m_login = login;
    m_unlocked.emplace(std::move(keys).value());
    m_awaitingFirstSync = false;
    m_node.signIn(m_unlocked->signing.publicKey, SecureBuffer::copyOf(m_unlocked->signing.secretKey.view()), totpCode);
}

void EngineWorker::onNodeSignedIn()
{
    // The node's sign-in is followed by a sync of the user's records; the
    // profile comes from the staff directory that sync brings.
    m_awaitingFirstSync = true;
}

void EngineWorker::onNodeSignInFailed(const QString &code, const QString &message)
{
    const bool wasSignedIn = m_user.enrolled;
    wipeSecrets();
    m_user = UserProfile{};
    m_awaitingFirstSync = false;
    toGui([e = &m_engine, code, message, wasSignedIn] {
        if (wasSignedIn)
            e->m_user = UserProfile{};
        emit e->signInFailed(code, message);
    });
}

void EngineWorker::onSynced()
{
    if (!m_cache)
        return;
    m_status.syncing = false;
    publishStatus();
    if (!m_unlocked)
        return;
    loadDirectory();
    if (m_awaitingFirstSync) {
        m_awaitingFirstSync = false;
        const auto me = m_directory.value(m_unlocked->signing.publicKey);
        if (!me.enrolled) {
            wipeSecrets();
            toGui([e = &m_engine] {
                emit e->signInFailed(QStringLiteral("not_enrolled"),
                                     tr("This key is not enrolled on the network (or was revoked). Ask your administrator."));
            });
            return;
        }
        m_user = me;
        if (Status st = openOrgKey(); !st && readsClinicalContent(m_user.role)) {
            wipeSecrets();
            toGui([e = &m_engine, st] { emit e->signInFailed(st.error().code, st.error().message); });
            return;
        }
        rememberAccount(m_login, m_user.publicKey, m_user.name);
        if (m_user.role == Role::ComplianceOfficer) {
            if (auto index = audit(); index) {
                m_node.setAuditIndexing(true);
                m_node.syncNow(); // fills the index now rather than at the next poll
            }
        }
        m_patients.clear();
        m_patientsFrom = 0;
        m_unreadablePatients.clear();
        refreshPatients();
        m_accessTimer.start();
        QList<UserProfile> clinicians;
        for (const UserProfile &u : std::as_const(m_directory))
            if (u.orgId == m_user.orgId && u.enrolled && (u.role == Role::Doctor || u.role == Role::Nurse))
                clinicians.append(u);
        std::sort(clinicians.begin(), clinicians.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        QList<UserProfile> doctors;
        for (const UserProfile &u : std::as_const(m_directory))
            if (u.enrolled && u.role == Role::Doctor && u.publicKey != m_user.publicKey)
                doctors.append(u);
        std::sort(doctors.begin(), doctors.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        refreshReferrals();
        toGui([e = &m_engine, user = m_user, clinicians, doctors] {
            e->m_user = user;
            e->m_clinicians = clinicians;
            e->m_referralDoctors = doctors;
            e->m_locked = false;
            emit e->signedIn(user);
        });
        return;
    }
    if (m_user.enrolled) {
        refreshPatients();
        refreshReferrals();
        announceVitals();
    }
}

void EngineWorker::announceVitals()
{
    QStringList patients;
    for (const CachedTransaction &t : m_cache->transactionsOfType(TxType::VitalsBatch, m_vitalsFrom)) {
        m_vitalsFrom = qMax(m_vitalsFrom, t.logIndex + 1);
        if (!patients.contains(t.patientId))
            patients.append(t.patientId);
    }
    if (!patients.isEmpty())
        toGui([e = &m_engine, patients] { emit e->vitalsChanged(patients); });
    if (m_audit && m_audit->nextHeight() != m_auditHeight) {
        m_auditHeight = m_audit->nextHeight();
        toGui([e = &m_engine] { emit e->auditChanged(); });
    }
}

void EngineWorker::loadDirectory()
{
    const QList<CachedTransaction> enrolments = m_cache->transactionsOfType(TxType::Enrol, m_directoryFrom);
    for (const CachedTransaction &t : enrolments) {
        auto e = bodyOf<Enrolment>(t);
        if (!e)
            continue;
        const auto member = m_settings.node.config.member(e->first.org);
        m_directory.insert(e->second.userKey, UserProfile{e->second.userKey, e->second.name, e->second.role, e->first.org,
                                                          member ? member->displayName : e->first.org, true});
        m_directoryFrom = qMax(m_directoryFrom, t.logIndex + 1);
    }
    for (const CachedTransaction &t : m_cache->transactionsOfType(TxType::Revoke)) {
        if (auto r = bodyOf<Revocation>(t); r && m_directory.contains(r->second.userKey))
            m_directory[r->second.userKey].enrolled = false;
    }
}

Status EngineWorker::openOrgKey()
{
    for (const CachedTransaction &t : m_cache->transactionsOfType(TxType::Enrol)) {
        auto e = bodyOf<Enrolment>(t);
        if (!e || e->second.userKey != m_unlocked->signing.publicKey || e->second.sealedOrgKey.isEmpty())
            continue;
        const QByteArray myPublic = Ed25519::toX25519PublicKey(m_unlocked->signing.publicKey);
        const SecureBuffer mySecret = Ed25519::toX25519SecretKey(m_unlocked->signing.secretKey);
        auto secret = SealedBox::open(myPublic, mySecret, e->second.sealedOrgKey);
        if (!secret)
            return makeError(QStringLiteral("bad_enrolment"), tr("Your enrolment's copy of the organisation key cannot be opened."));
        m_orgDataSecret = std::move(secret).value();
        return {};
    }
    return makeError(QStringLiteral("no_org_key"), tr("Your enrolment carries no key for your organisation's records."));
}

void EngineWorker::wipeSecrets()
{
    m_unlocked.reset();
    m_orgDataSecret = SecureBuffer();
    m_kioskKeys.reset();
    m_kioskPatient.clear();
    m_patients.clear();
    m_patientsFrom = 0;
    m_vitalsFrom = 0;
    m_unreadablePatients.clear();
    m_previews.clear();
    m_referrals.clear();
    m_referralsIndexed = -1;
}

void EngineWorker::lock()
{
    if (!m_unlocked)
        return;
    flushAccessLog();
    // Keep who is signed in and the node's session; drop every key and every
    // decrypted fact until the password is given again.
    wipeSecrets();
    toGui([e = &m_engine] {
        e->m_locked = true;
        e->m_patients.clear();
        e->m_referrals.clear();
        emit e->patientsChanged();
        emit e->referralsChanged();
        emit e->locked();
    });
}

void EngineWorker::unlock(const QString &password)
{
    auto keys = m_keys.unlock(account(m_login), password);
    if (!keys || keys->signing.publicKey != m_user.publicKey) {
        const Error e = keys ? makeError(QStringLiteral("wrong_account"), tr("This is not the locked user's key.")) : keys.error();
        toGui([g = &m_engine, e] { emit g->unlockFailed(e.code, e.message); });
        return;
    }
    m_unlocked.emplace(std::move(keys).value());
    if (Status st = openOrgKey(); !st && readsClinicalContent(m_user.role)) {
        toGui([g = &m_engine, st] { emit g->unlockFailed(st.error().code, st.error().message); });
        return;
    }
    refreshPatients();
    refreshReferrals();
    toGui([e = &m_engine] {
        e->m_locked = false;
        emit e->unlocked();
    });
}

void EngineWorker::signOut()
{
    flushAccessLog();
    m_node.setAuditIndexing(false);
    m_audit.reset();
    m_auditHeight = 0;
    m_verifying.clear();
    m_node.signOut();
    m_accessTimer.stop();
    wipeSecrets();
    m_user = UserProfile{};
    m_login.clear();
    toGui([e = &m_engine] {
        e->m_user = UserProfile{};
        e->m_patients.clear();
        e->m_clinicians.clear();
        e->m_referrals.clear();
        e->m_referralDoctors.clear();
        e->m_locked = false;
        emit e->referralsChanged();
        emit e->signedOut();
    });
}

// ---------------------------------------------------------------- patients and status

void EngineWorker::publishStatus()
{
    if (m_cache) {
        if (const auto h = m_cache->trustedHeader()) {
            m_status.height = h->header.height;
            std::tie(m_status.signers, m_status.members) = membersSigning(*h);
            m_status.lastSync = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
        }
    }
    if (m_status.members == 0)
        m_status.members = m_settings.node.config.signerCount();
    if (m_cache)
        m_status.distrusted = m_cache->distrustedEndpoints();
    toGui([e = &m_engine, s = m_status] {
        e->m_status = s;
        emit e->syncStatusChanged(s);
    });
}

void EngineWorker::refreshPatients()
{
    if (!m_unlocked || m_orgDataSecret.size() == 0)
        return;
    // Most sync rounds bring nothing new: then the index and the counts stand.
    const qint64 cached = m_cache->transactionCount();
    if (m_patientsFrom > 0 && cached == m_indexedTransactions)
        return;
    m_indexedTransactions = cached;
    const Reader reader{RecipientKind::Org, m_user.orgId, m_settings.node.config.member(m_user.orgId)->dataKey,
                        &m_orgDataSecret, {}};
    bool changed = false;
    // Patients another org shares later (a consent, a referral) are tried again when the cache grows.
    QList<CachedTransaction> candidates = std::exchange(m_unreadablePatients, {});
    candidates += m_cache->recordsOfResourceType(QStringLiteral("Patient"), m_patientsFrom);
    for (const CachedTransaction &t : std::as_const(candidates)) {
        m_patientsFrom = qMax(m_patientsFrom, t.logIndex + 1);
        auto s = summarise(t, reader);
        if (!s) // another org's patient, shared with this one by consent or referral
            s = summarise(t, orgReader(t.patientId));
        if (!s) {
            m_unreadablePatients.append(t);
            continue;
        }
        m_patients.insert(t.patientId, *s);
        changed = true;
    }
    const QHash<QString, int> counts = m_cache->recordCounts();
    for (auto it = m_patients.begin(); it != m_patients.end(); ++it) {
        const int n = counts.value(it.key()) - 1; // the Patient resource itself is not a record to read
        if (it->recordCount != n) {
            it->recordCount = n;
            changed = true;
        }
    }
    if (!changed)
        return;
    QList<PatientSummary> list = m_patients.values();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.displayName().localeAwareCompare(b.displayName()) < 0;
    });
    toGui([e = &m_engine, list] {
        e->m_patients = list;
        emit e->patientsChanged();
    });
}

std::optional<PatientSummary> EngineWorker::summarise(const CachedTransaction &patientRecord, const Reader &reader)
{
    const auto version = recordOf(patientRecord);
    if (!version)
        return std::nullopt;
    const auto resource = decrypt(patientRecord, *version, reader);
    if (!resource)
        return std::nullopt;
    const auto demographics = PatientDemographics::fromResource(*resource);
    if (!demographics)
        return std::nullopt;
    PatientSummary s;
    s.patientId = patientRecord.patientId;
    s.family = demographics->family;
    s.given = demographics->given;
    s.gender = demographics->gender;
    s.birthDate = demographics->birthDate;
    return s;
}

EngineWorker::Reader EngineWorker::orgReader(const QString &patientId) const
{
    return Reader{RecipientKind::Org, m_user.orgId, m_settings.node.config.member(m_user.orgId)->dataKey, &m_orgDataSecret,
                  keysSharedWith(*m_cache, patientId, m_user.orgId)};
}

std::optional<PatientRegistration> EngineWorker::registration(const QString &patientId) const
{
    for (const CachedTransaction &t : m_cache->patientTransactionsOfType(patientId, TxType::RegisterPatient))
        if (auto r = bodyOf<PatientRegistration>(t))
            return r->second;
    return std::nullopt;
}

// ---------------------------------------------------------------- reading records

Result<QJsonObject> EngineWorker::decrypt(const CachedTransaction &tx, const RecordVersion &version, const Reader &reader)
{
    QByteArray sealed;
    for (const WrappedKey &k : version.keys)
        if (k.kind == reader.kind && k.recipient == reader.id)
            sealed = k.sealed;
    if (sealed.isEmpty())
        sealed = reader.consentKeys.value(tx.txId);
    if (sealed.isEmpty())
        return makeError(QStringLiteral("no_key"), tr("Not shared with you: no key for this record."));
    const auto ciphertext = m_cache->payload(version.ciphertextHash);
    if (!ciphertext)
        return makeError(QStringLiteral("not_stored"), tr("The record's content is not on this workstation (not yet synced, or erased)."));
    auto plain = RecordCipher::open(version, *ciphertext, sealed, reader.x25519Public, *reader.x25519Secret);
    if (!plain)
        return makeError(plain.error().code, tr("The record could not be opened: %1").arg(plain.error().message));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*plain, &err);
    plain->fill('\0');
    if (!doc.isObject())
        return makeError(QStringLiteral("bad_fhir"), tr("The record is not a FHIR resource."));
    return doc.object();
}

Verification EngineWorker::verificationOf(const CachedTransaction &tx)
{
    Verification v;
    v.height = tx.height;
    v.logIndex = tx.logIndex;
    v.provenAtHeight = tx.proofHeight;
    v.treeSize = tx.proofTreeSize;
    auto known = m_signersAt.constFind(tx.proofHeight);
    if (known == m_signersAt.cend()) {
        const auto h = m_cache->header(tx.proofHeight);
        known = m_signersAt.insert(tx.proofHeight, h ? membersSigning(*h) : qMakePair(0, m_settings.node.config.signerCount()));
    }
    std::tie(v.signers, v.members) = *known;
    return v;
}

QPair<int, int> EngineWorker::membersSigning(const SignedHeader &header) const
{
    // The configuration changes the light node followed are in the cache.
    HeaderVerifier verifier(m_settings.node.config);
    if (auto configs = m_cache->configs())
        for (const auto &[fromHeight, config] : std::as_const(*configs))
            verifier.restore(fromHeight, config);
    const NetworkConfig &config = verifier.configAt(header.header.height);
    return {header.validSignatureCount(config), config.signerCount()};
}

TimelineEntry EngineWorker::entryFor(const CachedTransaction &tx, const Reader &reader, QJsonObject *resourceOut)
{
    TimelineEntry e;
    e.txId = tx.txId;
    e.recordId = tx.recordId;
    e.resourceType = tx.resourceType;
    e.recordedTime = QDateTime::fromMSecsSinceEpoch(qint64(tx.timeMs), Qt::UTC);
    e.verification = verificationOf(tx);
    const auto decoded = Transaction::decode(tx.bytes);
    const auto version = decoded ? recordOf(*decoded) : std::nullopt;
    if (!version) {
        e.error = tr("The transaction cannot be read.");
        return e;
    }
    const UserProfile author = m_directory.value(decoded->author);
    e.author = author.name.isEmpty() ? QString::fromLatin1(decoded->author.toHex().left(12)) : author.name;
    e.authorRole = author.name.isEmpty() ? QString() : roleName(author.role);
    const auto member = m_settings.node.config.member(decoded->org);
    e.org = member ? member->displayName : decoded->org;
    if (!version->onBehalfOf.isEmpty())
        e.onBehalfOf = m_directory.value(version->onBehalfOf).name;
    if (!version->supersedes.isEmpty())
        e.version = int(m_cache->recordVersions(tx.recordId).size());
    auto resource = decrypt(tx, *version, reader);
    if (!resource) {
        e.kind = QStringLiteral("other");
        e.title = tx.resourceType;
        e.error = resource.error().message;
        return e;
    }
    const RenderedResource r = FhirRenderer::render(*resource);
    if (resourceOut)
        *resourceOut = *resource;
    e.kind = r.kind;
    e.title = r.title;
    e.detail = r.detail;
    e.status = r.status;
    e.abnormal = r.abnormal;
    e.clinicalTime = r.clinicalTime.isValid() ? r.clinicalTime : e.recordedTime;
    return e;
}

void EngineWorker::timeline(quint64 request, const TimelineQuery &query, quint64 cursor, int limit, bool asPatient)
{
    if (!m_unlocked || (asPatient && !m_kioskKeys)) {
        fail(request, makeError(QStringLiteral("locked"), tr("Sign in first.")));
        return;
    }
    const QString patientId = asPatient ? m_kioskPatient : query.patientId;
    SecureBuffer kioskSecret;
    Reader reader = orgReader(patientId);
    if (asPatient) {
        kioskSecret = Ed25519::toX25519SecretKey(m_kioskKeys->secretKey);
        reader = Reader{RecipientKind::Patient, patientId, Ed25519::toX25519PublicKey(m_kioskKeys->publicKey), &kioskSecret, {}};
    }
    QStringList types;
    for (const QString &kind : query.kinds)
        types += FhirRenderer::resourceTypesFor(kind);
    types.removeDuplicates();
    if (!query.kinds.isEmpty() && types.isEmpty()) {
        toGui([e = &m_engine, request] { emit e->timelinePage(request, {}, 0, false); });
        return;
    }

    QList<TimelineEntry> entries;
    quint64 next = cursor;
    bool more = true;
    // Decrypt only what the page needs; a date filter may skip rows, so read on until the page is full.
    while (entries.size() < limit && more) {
        RecordPageQuery q{patientId, types, next, limit, true};
        const QList<CachedTransaction> rows = m_cache->records(q);
        more = rows.size() == limit;
        for (const CachedTransaction &t : rows) {
            next = t.logIndex;
            if (t.resourceType == QLatin1String("Patient"))
                continue;
            TimelineEntry e = entryFor(t, reader);
            if (!query.kinds.isEmpty() && !query.kinds.contains(e.kind))
                continue;
            const QDate day = e.clinicalTime.date();
            if ((query.from.isValid() && day < query.from) || (query.to.isValid() && day > query.to))
                continue;
            if (e.error.isEmpty())
                logAccess(patientId, t.txId, asPatient ? AccessAction::KioskView : AccessAction::View);
            entries.append(std::move(e));
            if (entries.size() == limit) {
                more = more || &t != &rows.last();
                break;
            }
        }
    }
    toGui([e = &m_engine, request, entries, next, more] { emit e->timelinePage(request, entries, next, more); });
}

// ---------------------------------------------------------------- remote monitoring

// The patient's devices as their DeviceRegister transactions left them, in order.
QList<MonitoringDevice> EngineWorker::devicesOf(const QString &patientId) const
{
    QList<MonitoringDevice> devices;
    for (const CachedTransaction &t : m_cache->patientTransactionsOfType(patientId, TxType::DeviceRegister)) {
        const auto b = bodyOf<DeviceBinding>(t);
        if (!b)
            continue;
        const DeviceBinding &binding = b->second;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(t.timeMs), Qt::UTC);
        if (binding.revoked) {
            for (MonitoringDevice &d : devices)
                if (d.deviceId == binding.deviceId && d.active && d.publicKey == binding.deviceKey) {
                    d.active = false;
                    d.until = at;
                }
            continue;
        }
        MonitoringDevice d;
        d.deviceId = binding.deviceId;
        d.kind = binding.kind;
        d.publicKey = binding.deviceKey;
        d.since = binding.sinceMs ? QDateTime::fromMSecsSinceEpoch(qint64(binding.sinceMs), Qt::UTC) : at;
        if (binding.untilMs)
            d.until = QDateTime::fromMSecsSinceEpoch(qint64(binding.untilMs), Qt::UTC);
        d.active = !d.until.isValid() || d.until.toMSecsSinceEpoch() > m_clock.nowMs();
        d.registeredBy = m_directory.value(b->first.author).name;
        d.org = b->first.org;
        devices.append(d);
    }
    return devices;
}

void EngineWorker::vitals(quint64 request, const QString &patientId)
{
    if (!m_unlocked || !m_patients.contains(patientId)) {
        fail(request, makeError(QStringLiteral("unknown_patient"), tr("This patient is not readable here.")));
        return;
    }
    const Reader reader = orgReader(patientId);
    PatientVitals v;
    v.patientId = patientId;
    v.devices = devicesOf(patientId);
    // A device reading counts only if its signature is the key bound to its device when it was taken.
    const auto signedByItsDevice = [&v](const DeviceReading &r) {
        for (const MonitoringDevice &d : std::as_const(v.devices))
            if (d.deviceId == r.deviceId && qint64(r.effectiveMs) >= d.since.toMSecsSinceEpoch()
                && (!d.until.isValid() || qint64(r.effectiveMs) < d.until.toMSecsSinceEpoch()) && r.verify(d.publicKey))
                return true;
        return false;
    };
    const auto add = [&v](const DeviceReading &r, const QString &source, const QByteArray &txId) {
        VitalReading out;
        out.measure = r.loinc;
        out.time = QDateTime::fromMSecsSinceEpoch(qint64(r.effectiveMs), Qt::UTC);
        out.value = r.value(0);
        out.second = r.values.size() > 1 ? r.value(1) : 0;
        out.unit = r.values.value(0).unit;
        if (r.loinc == QLatin1String("15074-8")) { // mmol/L to mg/dL, so one chart shows every glucose meter
            out.measure = QStringLiteral("2339-0");
            out.value = std::round(out.value * 18.016);
            out.unit = QStringLiteral("mg/dL");
        }
        out.deviceId = r.deviceId;
        out.source = source;
        out.txId = txId;
        v.readings.append(out);
    };
    for (const CachedTransaction &t : m_cache->patientTransactionsOfType(patientId, TxType::VitalsBatch)) {
        const auto batch = bodyOf<VitalsBatch>(t);
        if (!batch)
            continue;
        const auto bundle = decrypt(t, batch->second.record, reader);
        const auto readings = bundle ? VitalsBundle::readingsIn(*bundle) : Result<QList<DeviceReading>>(bundle.error());
        if (!readings) {
            v.errors.append(readings.error().message);
            continue;
        }
        for (const DeviceReading &r : *readings) {
            if (signedByItsDevice(r))
                add(r, r.deviceId, t.txId);
            else
                ++v.unverified;
        }
        logAccess(patientId, t.txId, AccessAction::View);
    }
    // Vital signs a nurse or doctor entered as records.
    for (const CachedTransaction &t : m_cache->records(RecordPageQuery{patientId, {QStringLiteral("Observation")}, 0, 5000, true})) {
        const auto version = recordOf(t);
        const auto resource = version ? decrypt(t, *version, reader) : Result<QJsonObject>(makeError(QString(), QString()));
        const auto r = resource ? DeviceReading::measuredIn(*resource) : Result<DeviceReading>(resource.error());
        if (!r)
            continue;
        const auto decoded = Transaction::decode(t.bytes);
        add(*r, decoded ? m_directory.value(decoded->author).name : QString(), t.txId);
        logAccess(patientId, t.txId, AccessAction::View);
    }
    std::sort(v.readings.begin(), v.readings.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    toGui([e = &m_engine, request, v] { emit e->vitalsReady(request, v); });
}

void EngineWorker::submitBinding(quint64 request, const DeviceBinding &binding)
{
    const QByteArray tx = Transaction::make(TxType::DeviceRegister, m_settings.node.pinnedNetworkId, m_user.orgId,
                                            binding.encode(), m_unlocked->signing.publicKey, m_unlocked->signing.secretKey,
                                            quint64(m_clock.nowMs()))
                              .encode();
    submit({{tx, {}}}, Pending{.kind = Pending::Kind::Device, .request = request, .count = 1, .patientId = binding.patientId,
                               .deviceId = binding.deviceId});
    toGui([e = &m_engine, request] { emit e->recordPending(request); });
}

void EngineWorker::registerDevice(quint64 request, const QString &patientId, const QString &deviceId, DeviceKind kind,
                                  const QByteArray &publicKey, const QDateTime &since, const QDateTime &until)
{
    auto refuse = [this, request](const QString &code, const QString &message) {
        toGui([e = &m_engine, request, code, message] { emit e->recordFailed(request, code, message); });
    };
    if (!m_unlocked || !m_user.enrolled)
        return refuse(QStringLiteral("locked"), tr("Sign in first."));
    if (m_user.role != Role::Doctor && m_user.role != Role::Nurse)
        return refuse(QStringLiteral("wrong_role"), tr("Only doctors and nurses register monitoring devices."));
    if (!m_patients.contains(patientId))
        return refuse(QStringLiteral("unknown_patient"), tr("This patient is not readable here."));
    const QString id = deviceId.trimmed();
    if (id.isEmpty() || id.size() > DeviceBinding::MaxDeviceId)
        return refuse(QStringLiteral("bad_device_id"), tr("Give the device's serial number or asset tag (up to 64 characters)."));
    if (publicKey.size() != Ed25519::PublicKeySize)
        return refuse(QStringLiteral("bad_key"), tr("The device key must be 64 hexadecimal digits (32 bytes)."));
    const qint64 now = m_clock.nowMs();
    if (since.isValid() && (since.toMSecsSinceEpoch() > now || now - since.toMSecsSinceEpoch() > qint64(DeviceBinding::MaxBackdateMs)))
        return refuse(QStringLiteral("bad_since"), tr("The device can have been in use since at most 30 days ago, and not from a future date."));
    if (until.isValid() && until.toMSecsSinceEpoch() <= now)
        return refuse(QStringLiteral("bad_until"), tr("The end of the monitoring must lie in the future."));
    for (const MonitoringDevice &d : devicesOf(patientId))
        if (d.deviceId == id && d.active)
            return refuse(QStringLiteral("device_already_bound"), tr("Device %1 is already registered for this patient.").arg(id));
    DeviceBinding b{id, publicKey, kind, patientId, until.isValid() ? quint64(until.toMSecsSinceEpoch()) : 0, false,
                    since.isValid() ? quint64(since.toMSecsSinceEpoch()) : 0};
    submitBinding(request, b);
}

void EngineWorker::revokeDevice(quint64 request, const QString &patientId, const QString &deviceId)
{
    if (!m_unlocked || !m_user.enrolled || (m_user.role != Role::Doctor && m_user.role != Role::Nurse)) {
        toGui([e = &m_engine, request] {
            emit e->recordFailed(request, QStringLiteral("wrong_role"), tr("Only doctors and nurses end a device's monitoring."));
        });
        return;
    }
    for (const MonitoringDevice &d : devicesOf(patientId)) {
        if (d.deviceId == deviceId && d.active) {
            submitBinding(request, DeviceBinding{deviceId, d.publicKey, d.kind, patientId, 0, true, 0});
            return;
        }
    }
    toGui([e = &m_engine, request, deviceId] {
        emit e->recordFailed(request, QStringLiteral("unknown_device"), tr("Device %1 is not monitoring this patient.").arg(deviceId));
    });
}

void EngineWorker::patientHeader(quint64 request, const QString &patientId)
{
    if (!m_unlocked || !m_patients.contains(patientId)) {
        fail(request, makeError(QStringLiteral("unknown_patient"), tr("This patient is not readable here.")));
        return;
    }
    PatientHeader h;
    h.patient = m_patients.value(patientId);
    const Reader reader = orgReader(patientId);
    RecordPageQuery q{patientId, {QStringLiteral("AllergyIntolerance"), QStringLiteral("Condition"),
                                  QStringLiteral("MedicationRequest"), QStringLiteral("MedicationStatement")},
                      0, 500, true};
    for (const CachedTransaction &t : m_cache->records(q)) {
        const TimelineEntry e = entryFor(t, reader);
        if (!e.error.isEmpty())
            continue;
        const bool active = e.status.isEmpty() || e.status.contains(QLatin1String("active"), Qt::CaseInsensitive);
        if (e.kind == QLatin1String("allergy"))
            h.allergies.append(e.title);
        else if (e.kind == QLatin1String("condition") && active)
            h.activeProblems.append(e.title);
        else if (e.kind == QLatin1String("medication") && active)
            h.activeMedications.append(e.title);
    }
    logAccess(patientId, {}, AccessAction::View);
    toGui([e = &m_engine, request, h] { emit e->patientHeaderReady(request, h); });
}

void EngineWorker::recordHistory(quint64 request, const QByteArray &recordId)
{
    if (!m_unlocked) {
        fail(request, makeError(QStringLiteral("locked"), tr("Sign in first.")));
        return;
    }
    const QList<CachedTransaction> history = m_cache->recordVersions(recordId);
    const Reader reader = orgReader(history.isEmpty() ? QString() : history.first().patientId);
    QList<TimelineEntry> versions;
    int n = 0;
    for (const CachedTransaction &t : history) {
        TimelineEntry e = entryFor(t, reader);
        e.version = ++n;
        if (e.error.isEmpty())
            logAccess(t.patientId, t.txId, AccessAction::View);
        versions.append(e);
    }
    toGui([e = &m_engine, request, versions] { emit e->recordHistoryReady(request, versions); });
}

void EngineWorker::proof(quint64 request, const QByteArray &txId)
{
    const auto tx = m_cache->transactionById(txId);
    if (!tx) {
        fail(request, makeError(QStringLiteral("unknown_record"), tr("This record is not on this workstation.")));
        return;
    }
    ProofDetails p;
    p.verification = verificationOf(*tx);
    p.txId = txId;
    p.leafHash = MerkleLog::leafHash(tx->bytes);
    p.inclusionProof = tx->inclusionProof;
    if (const auto h = m_cache->header(tx->proofHeight)) {
        p.rootHash = h->header.logRoot;
        p.headerHash = h->header.hash();
        for (const HeaderSignature &s : h->signatures)
            if (const auto m = m_settings.node.config.member(s.org))
                p.signerOrgs.append(m->displayName);
        const bool ok = bool(MerkleLog::verifyInclusion(p.leafHash, tx->logIndex, tx->proofTreeSize, tx->inclusionProof,
                                                        h->header.logRoot));
        p.summary = ok ? tr("This record is entry %L1 of the ledger, in block %L2. Its inclusion was checked against "
                            "block %L3, signed by %4 of %5 members: nothing was changed.")
                             .arg(tx->logIndex)
                             .arg(tx->height)
                             .arg(tx->proofHeight)
                             .arg(p.verification.signers)
                             .arg(p.verification.members)
                       : tr("The inclusion proof of this record does NOT match the signed block: do not rely on it.");
    }
    toGui([e = &m_engine, request, p] { emit e->proofReady(request, p); });
}

void EngineWorker::exportRecords(quint64 request, const QString &patientId, const QList<QByteArray> &txIds, bool asPatient)
{
    if (!m_unlocked || (asPatient && !m_kioskKeys)) {
        fail(request, makeError(QStringLiteral("locked"), tr("Sign in first.")));
        return;
    }
    const QString pid = asPatient ? m_kioskPatient : patientId;
    SecureBuffer kioskSecret;
    Reader reader = orgReader(pid);
    if (asPatient) {
        kioskSecret = Ed25519::toX25519SecretKey(m_kioskKeys->secretKey);
        reader = Reader{RecipientKind::Patient, pid, Ed25519::toX25519PublicKey(m_kioskKeys->publicKey), &kioskSecret, {}};
    }
    QList<QJsonObject> resources;
    QList<TimelineEntry> entries;
    RecordPageQuery q{pid, {}, 0, 1'000'000, true};
    for (const CachedTransaction &t : m_cache->records(q)) {
        if (!txIds.isEmpty() && !txIds.contains(t.txId))
            continue;
        QJsonObject resource;
        TimelineEntry entry = entryFor(t, reader, &resource);
        if (!entry.error.isEmpty())
            continue;
        resources.append(resource);
        if (t.resourceType != QLatin1String("Patient"))
            entries.append(std::move(entry));
        logAccess(pid, t.txId, AccessAction::Export);
    }
    std::reverse(resources.begin(), resources.end());
    const QByteArray bundle = FhirBundle::exportBundle(resources, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC));
    toGui([e = &m_engine, request, bundle, entries] { emit e->exportReady(request, bundle, entries); });
}

// ---------------------------------------------------------------- writing

Result<QList<QPair<QByteArray, QByteArray>>> EngineWorker::sealRecords(const QString &patientId,
                                                                       const QList<QJsonObject> &resources,
                                                                       const QByteArray &onBehalfOf,
                                                                       const QByteArray &supersedes,
                                                                       const QStringList &alsoFor)
{
    if (!m_unlocked)
        return makeError(QStringLiteral("locked"), tr("Sign in first."));
    const auto reg = registration(patientId);
    if (!reg)
        return makeError(QStringLiteral("unknown_patient"), tr("This patient is not registered on this workstation's ledger."));
    Role clinicalRole = m_user.role;
    if (m_user.role == Role::EmrTechnician) {
        const UserProfile clinician = m_directory.value(onBehalfOf);
        if (onBehalfOf.isEmpty() || !clinician.enrolled || clinician.orgId != m_user.orgId)
            return makeError(QStringLiteral("on_behalf_of_required"), tr("Choose the clinician you enter this for."));
        clinicalRole = clinician.role;
    }
    QByteArray previousRecordId;
    if (!supersedes.isEmpty()) {
        const auto previous = m_cache->transactionById(supersedes);
        if (!previous)
            return makeError(QStringLiteral("unknown_record"), tr("The record to amend is not on this workstation."));
        previousRecordId = previous->recordId;
    }
    const QByteArray orgDataKey = m_settings.node.config.member(m_user.orgId)->dataKey;
    QList<KeyRecipient> recipients{{RecipientKind::Patient, patientId, Ed25519::toX25519PublicKey(reg->signKey)},
                                   {RecipientKind::Org, m_user.orgId, orgDataKey}};
    for (const QString &org : alsoFor)
        if (const auto member = m_settings.node.config.member(org); member && org != m_user.orgId)
            recipients.append({RecipientKind::Org, org, member->dataKey});
    QList<QPair<QByteArray, QByteArray>> items;
    const quint64 now = quint64(m_clock.nowMs());
    for (const QJsonObject &resource : resources) {
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        if (!Contract::mayAuthor(clinicalRole, type))
            return makeError(QStringLiteral("wrong_role"),
                             tr("This role may not enter a record of this kind (%1).").arg(type));
        const QByteArray json = QJsonDocument(resource).toJson(QJsonDocument::Compact);
        if (json.size() > RecordVersion::MaxPayloadSize)
            return makeError(QStringLiteral("payload_too_large"), tr("The record is larger than 1 MiB."));
        SealedRecord sealed = RecordCipher::seal(json, previousRecordId.isEmpty() ? RecordCipher::newRecordId() : previousRecordId,
                                                 patientId, type, recipients);
        sealed.version.supersedes = supersedes;
        if (m_user.role == Role::EmrTechnician)
            sealed.version.onBehalfOf = onBehalfOf;
        items.append({Transaction::make(supersedes.isEmpty() ? TxType::RecordCreate : TxType::RecordAmend,
                                        m_settings.node.pinnedNetworkId, m_user.orgId, sealed.version.encode(),
                                        m_unlocked->signing.publicKey, m_unlocked->signing.secretKey, now)
                          .encode(),
                      sealed.ciphertext});
    }
    return items;
}

quint64 EngineWorker::submit(const QList<QPair<QByteArray, QByteArray>> &items, Pending pending)
{
    const quint64 id = m_node.submit(items);
    m_pending.insert(id, pending);
    return id;
}

void EngineWorker::createRecord(quint64 request, const QString &patientId, const QJsonObject &resource,
                                const QByteArray &onBehalfOf, const QByteArray &supersedes)
{
    auto items = sealRecords(patientId, {resource}, onBehalfOf, supersedes);
    if (!items) {
        const Error e = items.error();
        toGui([g = &m_engine, request, e] { emit g->recordFailed(request, e.code, e.message); });
        return;
    }
    submit(*items, Pending{Pending::Kind::Record, request, 1, patientId});
    toGui([e = &m_engine, request] { emit e->recordPending(request); });
}

void EngineWorker::previewImport(quint64 request, const QString &patientId, const QByteArray &json)
{
    ImportPreview preview;
    preview.patientId = patientId;
    auto parsed = FhirBundle::parseForImport(json, patientId);
    if (!parsed) {
        preview.error = parsed.error().message;
    } else {
        for (const BundleEntry &b : *parsed) {
            ImportRow row{b.index, b.resourceType, b.summary, ImportRow::State(int(b.state)), b.reason};
            if (b.state == BundleEntry::State::Import && m_user.role != Role::EmrTechnician
                && !Contract::mayAuthor(m_user.role, b.resourceType)) {
                row.state = ImportRow::State::Invalid;
                row.reason = tr("Your role may not enter a %1.").arg(b.resourceType);
            }
            preview.importable += row.state == ImportRow::State::Import;
            preview.invalid += row.state == ImportRow::State::Invalid;
            preview.rows.append(row);
        }
        m_previews.insert(request, {patientId, *parsed});
    }
    toGui([e = &m_engine, request, preview] { emit e->importPreviewReady(request, preview); });
}

void EngineWorker::commitImport(quint64 request, quint64 previewRequest, const QByteArray &onBehalfOf)
{
    auto refuse = [this, request](const Error &e) {
        toGui([g = &m_engine, request, e] { emit g->recordFailed(request, e.code, e.message); });
    };
    if (!m_previews.contains(previewRequest))
        return refuse(makeError(QStringLiteral("no_preview"), tr("Preview the bundle first.")));
    const auto [patientId, entries] = m_previews.take(previewRequest);
    QList<QJsonObject> resources;
    for (const BundleEntry &b : entries) {
        // All or nothing: one invalid entry and nothing is imported.
        if (b.state == BundleEntry::State::Invalid)
            return refuse(makeError(QStringLiteral("invalid_entry"),
                                    tr("Entry %1 is invalid (%2); nothing was imported.").arg(b.index + 1).arg(b.reason)));
        if (b.state == BundleEntry::State::Import)
            resources.append(b.resource);
    }
    if (resources.isEmpty())
        return refuse(makeError(QStringLiteral("nothing_to_import"), tr("The bundle holds no record to import.")));
    // Oldest first, so the ledger's newest-first order reads as the clinical history.
    resources = FhirRenderer::inClinicalOrder(resources);
    auto items = sealRecords(patientId, resources, onBehalfOf, {});
    if (!items)
        return refuse(items.error());
    submit(*items, Pending{Pending::Kind::Import, request, int(items->size()), patientId});
    toGui([e = &m_engine, request] { emit e->recordPending(request); });
}

void EngineWorker::onSubmitted(quint64 nodeRequest, const QList<TxReceipt> &receipts)
{
    if (!m_pending.contains(nodeRequest))
        return;
    const Pending p = m_pending.take(nodeRequest);
    QStringList refused;
    for (const TxReceipt &r : receipts)
        if (!r.isFinal())
            refused.append(r.message.isEmpty() ? reasonText(Reason(r.code)) : r.message);
    if (p.kind == Pending::Kind::Access) {
        if (refused.isEmpty())
            toGui([e = &m_engine, n = p.count] { emit e->accessLogged(n); });
        return;
    }
    if (p.kind == Pending::Kind::Referral) {
        for (const TxReceipt &r : receipts) {
            if (r.isFinal())
                continue;
            if (r.code == 0)
                return failReferral(p.request, QStringLiteral("network"), r.message);
            const Reason reason = Reason(r.code);
            return failReferral(p.request, reasonCode(reason),
                                reason == Reason::RecordNotShared
                                    ? tr("The receiving organisation cannot read a record this referral carries: the patient "
                                         "has not consented to sharing it with them. Ask the patient to grant consent at "
                                         "the kiosk, or leave that record out.")
                                    : tr("The network refused this: %1.").arg(reasonText(reason)));
        }
        m_node.syncNow();
        toGui([e = &m_engine, r = p.request, id = p.referralId] { emit e->referralDone(r, id); });
        return;
    }
    if (!refused.isEmpty()) {
        const QString message = refused.first();
        if (p.kind == Pending::Kind::Kiosk)
            toGui([e = &m_engine, r = p.request, message] { emit e->kioskRefused(r, QStringLiteral("refused"), message, 0); });
        else
            toGui([e = &m_engine, r = p.request, message] { emit e->recordFailed(r, QStringLiteral("refused"), message); });
        return;
    }
    // The light node proved them final; its next sync brings them into the cache.
    m_node.syncNow();
    if (p.kind == Pending::Kind::Kiosk) {
        toGui([e = &m_engine, r = p.request] { emit e->kioskDone(r, tr("Done. Your decision is recorded on the network.")); });
        return;
    }
    if (p.kind == Pending::Kind::Import) {
        toGui([e = &m_engine, r = p.request, n = p.count] { emit e->importDone(r, n); });
        return;
    }
    if (p.kind == Pending::Kind::Device) {
        toGui([e = &m_engine, r = p.request, id = p.deviceId] { emit e->deviceRegistered(r, id); });
        return;
    }
    TimelineEntry entry;
    entry.txId = receipts.value(0).txId;
    entry.verification.height = receipts.value(0).height;
    entry.verification.logIndex = receipts.value(0).logIndex;
    entry.verification.members = m_settings.node.config.signerCount();
    if (const auto h = m_cache->trustedHeader()) {
        entry.verification.provenAtHeight = h->header.height;
        std::tie(entry.verification.signers, entry.verification.members) = membersSigning(*h);
    }
    toGui([e = &m_engine, r = p.request, entry] { emit e->recordFinal(r, entry); });
}

void EngineWorker::onSubmitFailed(quint64 nodeRequest, const QString &message)
{
    if (!m_pending.contains(nodeRequest))
        return;
    const Pending p = m_pending.take(nodeRequest);
    if (p.kind == Pending::Kind::Access)
        return; // the events were re-queued when sent; see flushAccessLog
    if (p.kind == Pending::Kind::Referral)
        return failReferral(p.request, QStringLiteral("network"), message);
    if (p.kind == Pending::Kind::Kiosk)
        toGui([e = &m_engine, r = p.request, message] { emit e->kioskRefused(r, QStringLiteral("network"), message, 0); });
    else
        toGui([e = &m_engine, r = p.request, message] { emit e->recordFailed(r, QStringLiteral("network"), message); });
}

// ---------------------------------------------------------------- access log

void EngineWorker::logAccess(const QString &patientId, const QByteArray &recordTx, AccessAction action)
{
    m_accessQueue.append(AccessEvent{quint64(m_clock.nowMs()), patientId, recordTx, action});
    if (m_accessQueue.size() >= m_settings.accessFlushEvents)
        flushAccessLog();
}

void EngineWorker::flushAccessLog()
{
    if (m_accessQueue.isEmpty() || !m_unlocked || !m_user.enrolled)
        return;
    QList<QPair<QByteArray, QByteArray>> items;
    const quint64 now = quint64(m_clock.nowMs());
    for (qsizetype i = 0; i < m_accessQueue.size(); i += AccessLog::MaxEvents) {
        AccessLog log{m_settings.workstationId, m_accessQueue.mid(i, AccessLog::MaxEvents)};
        items.append({Transaction::make(TxType::AccessLog, m_settings.node.pinnedNetworkId, m_user.orgId, log.encode(),
                                        m_unlocked->signing.publicKey, m_unlocked->signing.secretKey, now)
                          .encode(),
                      {}});
    }
    submit(items, Pending{Pending::Kind::Access, 0, int(m_accessQueue.size()), {}});
    m_accessQueue.clear();
}

// ---------------------------------------------------------------- referrals

void EngineWorker::failReferral(quint64 request, const QString &code, const QString &message)
{
    toGui([e = &m_engine, request, code, message] { emit e->referralFailed(request, code, message); });
}

namespace {
QString orgName(const NetworkConfig &config, const QString &org)
{
    const auto member = config.member(org);
    return member ? member->displayName : org;
}

// What happened to a referral, for a notice: "accepted", "declined" …
QString statusPhrase(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Requested: return EngineWorker::tr("sent");
    case ReferralStatus::Accepted: return EngineWorker::tr("accepted");
    case ReferralStatus::Rejected: return EngineWorker::tr("declined");
    case ReferralStatus::InProgress: return EngineWorker::tr("started");
    case ReferralStatus::Completed: return EngineWorker::tr("completed");
    case ReferralStatus::Cancelled: return EngineWorker::tr("cancelled");
    }
    return {};
}
} // namespace

// The referrals of this org, replayed from the proven ReferralCreate and
// ReferralTransition transactions in log order (the contract's own rules:
// only accepted transactions are cached). News that arrived by sync becomes
// a notice; the overdue flags follow the clock.
void EngineWorker::refreshReferrals()
{
    if (!m_unlocked || !m_user.enrolled || !m_cache)
        return;
    const NetworkConfig &config = m_settings.node.config;
    const qint64 cached = m_cache->transactionCount();
    const bool firstLoad = m_referralsIndexed < 0;
    bool changed = false;
    QStringList notices;
    if (cached != m_referralsIndexed) {
        m_referralsIndexed = cached;
        QList<CachedTransaction> txs = m_cache->transactionsOfType(TxType::ReferralCreate)
                                       + m_cache->transactionsOfType(TxType::ReferralTransition);
        std::sort(txs.begin(), txs.end(), [](const auto &a, const auto &b) { return a.logIndex < b.logIndex; });
        QHash<QByteArray, ReferralSummary> built;
        QHash<QByteArray, QByteArray> lastAuthor;
        for (const CachedTransaction &t : std::as_const(txs)) {
            const auto decoded = Transaction::decode(t.bytes);
            if (!decoded)
                continue;
            ReferralStep step;
            step.txId = t.txId;
            step.who = m_directory.value(decoded->author).name;
            step.org = orgName(config, decoded->org);
            step.when = QDateTime::fromMSecsSinceEpoch(qint64(t.timeMs), Qt::UTC);
            step.height = t.height;
            QByteArray id;
            if (t.type == TxType::ReferralCreate) {
                const auto q = ReferralRequest::decode(decoded->body);
                if (!q || (decoded->org != m_user.orgId && q->targetOrg != m_user.orgId))
                    continue; // another org's referral of a patient this org also sees
                ReferralSummary r;
                r.referralId = q->referralId;
                r.patientId = q->patientId;
                r.fromOrg = decoded->org;
                r.fromOrgName = step.org;
                r.authorName = step.who;
                r.targetOrg = q->targetOrg;
                r.targetOrgName = orgName(config, q->targetOrg);
                r.targetUser = q->targetUser;
                r.targetUserName = m_directory.value(q->targetUser).name;
                r.urgency = q->urgency;
                r.created = step.when;
                r.due = step.when.addMSecs(qint64(urgencyWindowMs(q->urgency)));
                r.serviceRequest = q->serviceRequest;
                r.attachments = q->attachments;
                id = r.referralId;
                built.insert(id, r);
            } else {
                const auto tn = ReferralTransition::decode(decoded->body);
                if (!tn || !built.contains(tn->referralId))
                    continue;
                id = tn->referralId;
                ReferralSummary &r = built[id];
                r.status = tn->to;
                step.status = tn->to;
                step.rejectReason = tn->rejectReason;
                step.record = tn->record;
                if (tn->to == ReferralStatus::Accepted)
                    r.appointment = step.appointment = QDateTime::fromMSecsSinceEpoch(qint64(tn->appointmentMs), Qt::UTC);
                if (tn->to == ReferralStatus::Rejected)
                    r.rejectReason = tn->rejectReason;
                if (!tn->record.isEmpty())
                    r.report = tn->record;
            }
            ReferralSummary &r = built[id];
            r.updated = step.when;
            r.steps.append(step);
            lastAuthor.insert(id, decoded->author);
        }
        const QByteArray me = m_user.publicKey;
        for (auto it = built.begin(); it != built.end(); ++it) {
            ReferralSummary &r = *it;
            r.patientName = m_patients.value(r.patientId).displayName();
            r.incoming = r.targetOrg == m_user.orgId && (r.targetUser.isEmpty() || r.targetUser == me);
            if (m_user.role == Role::Doctor) {
                for (ReferralStatus to : {ReferralStatus::Accepted, ReferralStatus::Rejected, ReferralStatus::InProgress,
                                          ReferralStatus::Completed})
                    if (r.incoming && referralTransitionAllowed(r.status, to))
                        r.actions.append(to);
                if (r.fromOrg == m_user.orgId && referralTransitionAllowed(r.status, ReferralStatus::Cancelled))
                    r.actions.append(ReferralStatus::Cancelled);
            }
            if (firstLoad || lastAuthor.value(it.key()) == me)
                continue;
            const QString patient = r.patientName.isEmpty() ? r.patientId : r.patientName;
            const auto before = m_referrals.constFind(it.key());
            if (before == m_referrals.cend() && r.incoming && r.status == ReferralStatus::Requested)
                notices.append(tr("New %1 referral from %2 for %3.").arg(urgencyName(r.urgency), r.authorName, patient));
            else if (before != m_referrals.cend() && before->status != r.status)
                notices.append(tr("The referral for %1 was %2 by %3.").arg(patient, statusPhrase(r.status), r.steps.last().who));
        }
        m_referrals = built;
        changed = true;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC);
    for (ReferralSummary &r : m_referrals) {
        const bool overdue = r.status == ReferralStatus::Requested && now > r.due;
        changed = changed || overdue != r.overdue;
        r.overdue = overdue;
    }
    if (!changed)
        return;
    QList<ReferralSummary> list = m_referrals.values();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.created > b.created; });
    toGui([e = &m_engine, list, notices] {
        e->m_referrals = list;
        emit e->referralsChanged();
        for (const QString &n : notices)
            emit e->referralNotice(n);
    });
}

void EngineWorker::createReferral(quint64 request, const ReferralDraft &draft)
{
    if (!m_unlocked || !m_user.enrolled)
        return failReferral(request, QStringLiteral("locked"), tr("Sign in first."));
    if (m_user.role != Role::Doctor)
        return failReferral(request, reasonCode(Reason::WrongRole), tr("Only a doctor can write a referral."));
    const auto target = m_settings.node.config.member(draft.targetOrg);
    if (!target)
        return failReferral(request, reasonCode(Reason::UnknownOrg), tr("Choose the organisation the patient is referred to."));
    QString performer = target->displayName;
    if (!draft.targetUser.isEmpty()) {
        const UserProfile doctor = m_directory.value(draft.targetUser);
        if (!doctor.enrolled || doctor.role != Role::Doctor || doctor.orgId != draft.targetOrg)
            return failReferral(request, reasonCode(Reason::UnknownUser),
                                tr("The chosen clinician is not a doctor of %1.").arg(target->displayName));
        if (draft.targetUser == m_user.publicKey)
            return failReferral(request, reasonCode(Reason::UnknownUser), tr("You cannot refer a patient to yourself."));
        performer = tr("%1, %2").arg(doctor.name, target->displayName);
    }
    const quint64 nowMs = quint64(m_clock.nowMs());
    auto resource = FhirBuilder::serviceRequest(draft.patientId, draft.reason, draft.question, urgencyName(draft.urgency),
                                                m_user.name, performer, QDateTime::fromMSecsSinceEpoch(qint64(nowMs), Qt::UTC));
    if (!resource)
        return failReferral(request, resource.error().code, resource.error().message);

    // What travels: the chosen records and, to another org the patient has
    // consented to, who the patient is (without consent it sees the patient's id only).
    const bool elsewhere = draft.targetOrg != m_user.orgId;
    const QHash<QByteArray, QByteArray> targetKeys = keysSharedWith(*m_cache, draft.patientId, draft.targetOrg);
    QList<QByteArray> attachments = draft.attachments;
    if (elsewhere)
        for (const CachedTransaction &t : m_cache->records(RecordPageQuery{draft.patientId, {QStringLiteral("Patient")}, 0, 1, true}))
            if (!attachments.contains(t.txId) && !targetKeys.contains(t.txId)
                && consentCovers(*m_cache, draft.patientId, draft.targetOrg, t.resourceType, nowMs))
                attachments.prepend(t.txId);
    if (attachments.size() > ReferralRequest::MaxAttachments)
        return failReferral(request, QStringLiteral("too_many_attachments"),
                            tr("A referral carries at most %1 records.").arg(ReferralRequest::MaxAttachments));
    ReferralRequest q;
    q.referralId = RecordCipher::newRecordId();
    q.patientId = draft.patientId;
    q.targetOrg = draft.targetOrg;
    q.targetUser = draft.targetUser;
    q.urgency = draft.urgency;
    const Reader reader = orgReader(draft.patientId);
    for (const QByteArray &txId : std::as_const(attachments)) {
        const auto t = m_cache->transactionById(txId);
        const auto version = t ? recordOf(*t) : std::nullopt;
        if (!version || t->patientId != draft.patientId || q.attachments.contains(txId))
            return failReferral(request, reasonCode(Reason::UnknownRecord),
                                tr("An attached record is not a record of this patient on this workstation."));
        q.attachments.append(txId);
        if (!elsewhere)
            continue;
        QByteArray mine = reader.consentKeys.value(txId);
        bool targetHasKey = targetKeys.contains(txId);
        for (const WrappedKey &k : version->keys) {
            targetHasKey = targetHasKey || (k.kind == RecipientKind::Org && k.recipient == draft.targetOrg);
            if (k.kind == RecipientKind::Org && k.recipient == m_user.orgId)
                mine = k.sealed;
        }
        if (targetHasKey)
            continue;
        // Checked here as the contract will, so that a refusal leaves no orphan ServiceRequest behind.
        if (!consentCovers(*m_cache, draft.patientId, draft.targetOrg, t->resourceType, nowMs) || mine.isEmpty())
            return failReferral(request, reasonCode(Reason::RecordNotShared),
                                tr("%1 cannot read the attached %2: the patient has not consented to sharing it with them. "
                                   "Ask the patient to grant consent at the kiosk, or leave that record out.")
                                    .arg(target->displayName, t->resourceType));
        auto rewrapped = RecordCipher::rewrap(mine, reader.x25519Public, m_orgDataSecret, target->dataKey);
        if (!rewrapped)
            return failReferral(request, rewrapped.error().code, rewrapped.error().message);
        q.keys.append({txId, *rewrapped});
    }

    auto items = sealRecords(draft.patientId, {*resource}, {}, {}, {draft.targetOrg});
    if (!items)
        return failReferral(request, items.error().code, items.error().message);
    q.serviceRequest = Transaction::decode(items->first().first)->id();
    items->append({Transaction::make(TxType::ReferralCreate, m_settings.node.pinnedNetworkId, m_user.orgId, q.encode(),
                                     m_unlocked->signing.publicKey, m_unlocked->signing.secretKey, nowMs)
                       .encode(),
                   {}});
    submit(*items, Pending{.kind = Pending::Kind::Referral, .request = request, .count = int(items->size()),
                           .patientId = draft.patientId, .referralId = q.referralId});
}

void EngineWorker::transitionReferral(quint64 request, const ReferralAction &action)
{
    if (!m_unlocked || !m_user.enrolled)
        return failReferral(request, QStringLiteral("locked"), tr("Sign in first."));
    const auto found = m_referrals.constFind(action.referralId);
    if (found == m_referrals.cend())
        return failReferral(request, reasonCode(Reason::UnknownReferral), tr("This referral is not on this workstation."));
    const ReferralSummary &r = *found;
    // The contract's rules, checked first so that a report or note is never
    // written for a transition that would be refused.
    if (!r.actions.contains(action.to)) {
        const bool receiving = action.to != ReferralStatus::Cancelled;
        const Reason reason = m_user.role != Role::Doctor                                      ? Reason::WrongRole
                            : (receiving ? !r.incoming : r.fromOrg != m_user.orgId)               ? Reason::NotReferralParty
                                                                                                : Reason::InvalidTransition;
        return failReferral(request, reasonCode(reason), tr("Not allowed: %1.").arg(reasonText(reason)));
    }
    const quint64 nowMs = quint64(m_clock.nowMs());
    ReferralTransition t{r.referralId, r.patientId, action.to, 0, RejectReason::None, {}};
    if (action.to == ReferralStatus::Accepted) {
        if (!action.appointment.isValid() || action.appointment.toMSecsSinceEpoch() <= qint64(nowMs))
            return failReferral(request, QStringLiteral("no_slot"), tr("Choose an appointment slot in the future."));
        t.appointmentMs = quint64(action.appointment.toMSecsSinceEpoch());
    }
    if (action.to == ReferralStatus::Rejected) {
        if (action.rejectReason == RejectReason::None)
            return failReferral(request, QStringLiteral("no_reason"), tr("Choose why the referral is declined."));
        t.rejectReason = action.rejectReason;
    }
    if (action.to == ReferralStatus::Completed && action.text.trimmed().isEmpty())
        return failReferral(request, QStringLiteral("no_report"), tr("Write the report for the referring doctor."));
    QList<QPair<QByteArray, QByteArray>> items;
    const bool withRecord = action.to == ReferralStatus::Completed
                         || (action.to == ReferralStatus::Rejected && !action.text.trimmed().isEmpty());
    if (withRecord) {
        // The report (or the note why not) goes back to the referring org, sealed for it.
        auto note = FhirBuilder::note(r.patientId,
                                      action.to == ReferralStatus::Completed ? tr("Referral report") : tr("Referral declined"),
                                      action.text, m_user.name, QDateTime::fromMSecsSinceEpoch(qint64(nowMs), Qt::UTC));
        if (!note)
            return failReferral(request, note.error().code, note.error().message);
        auto sealed = sealRecords(r.patientId, {*note}, {}, {}, {r.fromOrg});
        if (!sealed)
            return failReferral(request, sealed.error().code, sealed.error().message);
        t.record = Transaction::decode(sealed->first().first)->id();
        items += *sealed;
    }
    items.append({Transaction::make(TxType::ReferralTransition, m_settings.node.pinnedNetworkId, m_user.orgId, t.encode(),
                                    m_unlocked->signing.publicKey, m_unlocked->signing.secretKey, nowMs)
                      .encode(),
                  {}});
    submit(items, Pending{.kind = Pending::Kind::Referral, .request = request, .count = int(items.size()),
                          .patientId = r.patientId, .referralId = r.referralId});
}

void EngineWorker::referralDetail(quint64 request, const QByteArray &referralId)
{
    const auto found = m_referrals.constFind(referralId);
    if (!m_unlocked || found == m_referrals.cend()) {
        fail(request, makeError(reasonCode(Reason::UnknownReferral), tr("This referral is not on this workstation.")));
        return;
    }
    ReferralDetail d;
    d.referral = *found;
    const Reader reader = orgReader(d.referral.patientId);
    auto open = [&](const QByteArray &txId, QJsonObject *resource) {
        const auto t = m_cache->transactionById(txId);
        if (!t) {
            TimelineEntry e;
            e.txId = txId;
            e.error = tr("This record has not reached this workstation yet.");
            return e;
        }
        TimelineEntry e = entryFor(*t, reader, resource);
        if (e.error.isEmpty())
            logAccess(d.referral.patientId, txId, AccessAction::View);
        return e;
    };
    QJsonObject request_;
    d.request = open(d.referral.serviceRequest, &request_);
    d.reason = firstText(request_, "reasonCode");
    d.question = firstText(request_, "note");
    for (const QByteArray &txId : std::as_const(d.referral.attachments))
        d.attachments.append(open(txId, nullptr));
    if (!d.referral.report.isEmpty())
        d.report = open(d.referral.report, nullptr);
    toGui([e = &m_engine, request, d] { emit e->referralDetailReady(request, d); });
}

// ---------------------------------------------------------------- kiosk

void EngineWorker::kioskIdentify(quint64 request, const QString &patientId, const QString &privateId)
{
    auto refuse = [this, request](const QString &code, const QString &message, int retry) {
        toGui([e = &m_engine, request, code, message, retry] { emit e->kioskRefused(request, code, message, retry); });
    };
    if (!m_unlocked)
        return refuse(QStringLiteral("locked"), tr("The workstation is locked."), 0);
    KioskAttempts &attempts = m_kioskAttempts[patientId];
    const qint64 now = m_clock.nowMs();
    if (attempts.blockedUntilMs > now) {
        const int wait = int((attempts.blockedUntilMs - now + 999) / 1000);
        return refuse(QStringLiteral("rate_limited"), tr("Too many wrong private IDs. Please wait %n second(s).", nullptr, wait), wait);
    }
    const auto reg = registration(patientId);
    if (!reg)
        return refuse(QStringLiteral("unknown_patient"), tr("This patient is not known at this workstation."), 0);
    auto keys = PatientKeys::derive(privateId, reg->kdf);
    if (!keys || keys->publicKey != reg->signKey) {
        ++attempts.failures;
        logAccess(patientId, {}, AccessAction::PrivateIdFailed);
        int retry = 0;
        if (attempts.failures >= KioskFreeAttempts) {
            const qint64 pause = qMin(KioskMaxLockoutMs, KioskFirstLockoutMs << qMin(attempts.failures - KioskFreeAttempts, 10));
            attempts.blockedUntilMs = now + pause;
            retry = int(pause / 1000);
        }
        return refuse(QStringLiteral("wrong_private_id"),
                      retry > 0 ? tr("That private ID is not right. Please wait %n second(s) before trying again.", nullptr, retry)
                                : tr("That private ID is not right. Please check it and try again."),
                      retry);
    }
    attempts = KioskAttempts{};
    m_kioskPatient = patientId;
    m_kioskKeys.emplace(std::move(keys).value());
    logAccess(patientId, {}, AccessAction::PrivateIdAccepted);
    const PatientSummary patient = m_patients.value(patientId);
    toGui([e = &m_engine, request, patient] { emit e->kioskIdentified(request, patient); });
}

void EngineWorker::kioskConsents(quint64 request)
{
    if (!m_kioskKeys) {
        fail(request, makeError(QStringLiteral("not_identified"), tr("The patient has not identified.")));
        return;
    }
    QHash<QByteArray, ConsentInfo> consents;
    QList<QByteArray> order;
    const qint64 now = m_clock.nowMs();
    QList<CachedTransaction> txs = m_cache->patientTransactionsOfType(m_kioskPatient, TxType::ConsentGrant)
                                   + m_cache->patientTransactionsOfType(m_kioskPatient, TxType::ConsentRevoke);
    std::sort(txs.begin(), txs.end(), [](const auto &a, const auto &b) { return a.logIndex < b.logIndex; });
    for (const CachedTransaction &t : std::as_const(txs)) {
        if (t.type == TxType::ConsentGrant) {
            auto g = bodyOf<ConsentGrant>(t);
            if (!g)
                continue;
            const auto member = m_settings.node.config.member(g->second.granteeOrg);
            ConsentInfo c{g->second.consentId, g->second.granteeOrg, member ? member->displayName : g->second.granteeOrg,
                          g->second.scope, g->second.purpose, QDateTime::fromMSecsSinceEpoch(qint64(t.timeMs)),
                          QDateTime::fromMSecsSinceEpoch(qint64(g->second.expiresMs)), qint64(g->second.expiresMs) > now};
            consents.insert(c.consentId, c);
            order.append(c.consentId);
        } else if (t.type == TxType::ConsentRevoke) {
            if (auto r = bodyOf<ConsentRevocation>(t); r && consents.contains(r->second.consentId))
                consents[r->second.consentId].active = false;
        }
    }
    QList<ConsentInfo> out;
    for (const QByteArray &id : order)
        out.append(consents.value(id));
    toGui([e = &m_engine, request, out] { emit e->kioskConsentsReady(request, out); });
}

void EngineWorker::kioskGrant(quint64 request, const QStringList &scope, const QString &purpose, const QDateTime &expires)
{
    if (!m_kioskKeys) {
        toGui([e = &m_engine, request] {
            emit e->kioskRefused(request, QStringLiteral("not_identified"), tr("Please type your private ID first."), 0);
        });
        return;
    }
    ConsentGrant grant;
    grant.consentId = RecordCipher::newRecordId();
    grant.patientId = m_kioskPatient;
    grant.granteeOrg = m_user.orgId;
    grant.scope = scope;
    grant.purpose = purpose;
    grant.expiresMs = quint64(expires.toMSecsSinceEpoch());
    // Records the facility cannot read yet get their keys re-wrapped for it.
    const QByteArray patientPublic = Ed25519::toX25519PublicKey(m_kioskKeys->publicKey);
    const SecureBuffer patientSecret = Ed25519::toX25519SecretKey(m_kioskKeys->secretKey);
    const QByteArray orgDataKey = m_settings.node.config.member(m_user.orgId)->dataKey;
    RecordPageQuery q{m_kioskPatient, scope, 0, 1'000'000, false};
    for (const CachedTransaction &t : m_cache->records(q)) {
        const auto version = recordOf(t);
        if (!version)
            continue;
        QByteArray patientSealed;
        bool orgHasKey = false;
        for (const WrappedKey &k : version->keys) {
            orgHasKey = orgHasKey || (k.kind == RecipientKind::Org && k.recipient == m_user.orgId);
            if (k.kind == RecipientKind::Patient && k.recipient == m_kioskPatient)
                patientSealed = k.sealed;
        }
        if (orgHasKey || patientSealed.isEmpty())
            continue;
        if (auto rewrapped = RecordCipher::rewrap(patientSealed, patientPublic, patientSecret, orgDataKey))
            grant.keys.append({t.txId, *rewrapped});
    }
    const QByteArray tx = Transaction::make(TxType::ConsentGrant, m_settings.node.pinnedNetworkId, m_user.orgId,
                                            grant.encode(), m_kioskKeys->publicKey, m_kioskKeys->secretKey,
                                            quint64(m_clock.nowMs()))
                              .encode();
    submit({{tx, {}}}, Pending{Pending::Kind::Kiosk, request, 1, m_kioskPatient});
}

void EngineWorker::kioskRevoke(quint64 request, const QByteArray &consentId)
{
    if (!m_kioskKeys) {
        toGui([e = &m_engine, request] {
            emit e->kioskRefused(request, QStringLiteral("not_identified"), tr("Please type your private ID first."), 0);
        });
        return;
    }
    const ConsentRevocation revocation{consentId, m_kioskPatient};
    const QByteArray tx = Transaction::make(TxType::ConsentRevoke, m_settings.node.pinnedNetworkId, m_user.orgId,
                                            revocation.encode(), m_kioskKeys->publicKey, m_kioskKeys->secretKey,
                                            quint64(m_clock.nowMs()))
                              .encode();
    submit({{tx, {}}}, Pending{Pending::Kind::Kiosk, request, 1, m_kioskPatient});
}

void EngineWorker::kioskEnd()
{
    m_kioskKeys.reset();
    m_kioskPatient.clear();
}

// ---------------------------------------------------------------- audit (compliance officers)

Result<AuditIndex *> EngineWorker::audit()
{
    if (!m_unlocked || m_user.role != Role::ComplianceOfficer)
        return makeError(QStringLiteral("forbidden"), tr("The audit trail is for compliance officers."));
    if (!m_audit) {
        // Opened here first (creating it if new), before the light node's own connection writes to it.
        auto index = AuditIndex::open(AuditIndex::pathFor(m_settings.node.cachePath), m_settings.node.config);
        if (!index)
            return index.error();
        m_audit = std::move(index).value();
        m_auditHeight = m_audit->nextHeight();
    }
    return m_audit.get();
}

// Name search covers the patients whose names this workstation can read.
AuditQuery EngineWorker::withPatientNames(AuditQuery query) const
{
    const QString text = query.text.trimmed();
    if (text.isEmpty())
        return query;
    for (const PatientSummary &p : m_patients)
        if (p.displayName().contains(text, Qt::CaseInsensitive))
            query.textPatients.append(p.patientId);
    return query;
}

void EngineWorker::auditPage(quint64 request, const AuditQuery &query, int offset, int limit)
{
    auto index = audit();
    if (!index) {
        fail(request, index.error());
        return;
    }
    // One row more than asked says whether there is another page.
    QList<AuditRow> rows = (*index)->query(withPatientNames(query), offset, limit + 1);
    const bool more = rows.size() > limit;
    if (more)
        rows.removeLast();
    toGui([e = &m_engine, request, rows, offset, more] { emit e->auditPage(request, rows, offset, more); });
}

void EngineWorker::auditFlags(quint64 request, const AuditRuleSettings &settings)
{
    auto index = audit();
    if (!index) {
        fail(request, index.error());
        return;
    }
    QHash<QString, AuditRules::Demographics> readable;
    for (const PatientSummary &p : std::as_const(m_patients))
        if (!p.family.isEmpty())
            readable.insert(p.patientId, {p.family});
    QList<AuditFlag> flags = AuditRules(**index, settings).detect(m_user.orgId, readable);
    for (AuditFlag &f : flags)
        for (AuditReview &r : f.reviews) {
            r.authorName = m_directory.value(r.author).name;
            auto note = ReviewNote::open(r.body, m_unlocked->signing.publicKey, m_unlocked->signing.secretKey);
            r.note = note ? *note : tr("(a note you cannot open: %1)").arg(note.error().message);
        }
    toGui([e = &m_engine, request, flags] { emit e->auditFlags(request, flags); });
}

void EngineWorker::verifyAudit(quint64 request, const QList<qint64> &rowIds)
{
    auto index = audit();
    if (!index) {
        fail(request, index.error());
        return;
    }
    QList<AuditRow> rows;
    QList<quint64> logIndexes;
    for (qint64 id : rowIds)
        if (const auto row = (*index)->row(id)) {
            rows.append(*row);
            logIndexes.append(row->logIndex);
        }
    if (rows.isEmpty()) {
        fail(request, makeError(QStringLiteral("unknown_entry"), tr("Select the entries to verify first.")));
        return;
    }
    m_verifying.insert(m_node.requestProofs(logIndexes), {request, rows});
}

void EngineWorker::onProofsReady(quint64 nodeRequest, const TrustedState &trusted, const QList<QList<QByteArray>> &proofs)
{
    if (!m_verifying.contains(nodeRequest) || !m_audit)
        return;
    const auto [request, rows] = m_verifying.take(nodeRequest);
    const HeaderVerifier verifier(m_settings.node.config);
    QList<AuditEntryCheck> checks;
    for (qsizetype i = 0; i < rows.size(); ++i)
        checks.append(m_audit->verify(rows[i], verifier, trusted, proofs.value(i)));
    toGui([e = &m_engine, request, checks] { emit e->auditVerified(request, checks); });
}

void EngineWorker::reviewFlag(quint64 request, const QByteArray &flagId, ReviewStatus status, const QString &note)
{
    auto index = audit();
    if (!index) {
        toGui([e = &m_engine, request, err = index.error()] { emit e->recordFailed(request, err.code, err.message); });
        return;
    }
    if (status == ReviewStatus::Reviewed && note.trimmed().isEmpty()) {
        toGui([e = &m_engine, request] {
            emit e->recordFailed(request, QStringLiteral("note_required"), tr("Write what you found before marking the flag reviewed."));
        });
        return;
    }
    if (note.toUtf8().size() > ComplianceReview::MaxNoteSize / 2) {
        toGui([e = &m_engine, request] {
            emit e->recordFailed(request, QStringLiteral("note_too_long"), tr("The note is too long (at most about 8,000 characters)."));
        });
        return;
    }
    // The workflow: open → reviewed → closed. The contract cannot know flags
    // (they are computed here), so the officers' workstations keep the order.
    bool reviewed = false;
    bool closed = false;
    for (const AuditReview &r : (*index)->reviews(m_user.orgId))
        if (r.flagId == flagId) {
            reviewed = reviewed || r.status == ReviewStatus::Reviewed;
            closed = closed || r.status == ReviewStatus::Closed;
        }
    if (closed || (status == ReviewStatus::Closed && !reviewed)) {
        const QString code = closed ? QStringLiteral("already_closed") : QStringLiteral("not_reviewed");
        const QString message = closed ? tr("This flag is already closed.") : tr("Review the flag (with a note) before closing it.");
        toGui([e = &m_engine, request, code, message] { emit e->recordFailed(request, code, message); });
        return;
    }
    QList<QByteArray> officers;
    for (const UserProfile &u : std::as_const(m_directory))
        if (u.enrolled && u.role == Role::ComplianceOfficer && u.orgId == m_user.orgId)
            officers.append(u.publicKey);
    const ComplianceReview review = ReviewNote::seal(flagId, status, note.trimmed(), officers);
    const Transaction tx = Transaction::make(TxType::ComplianceReview, m_settings.node.pinnedNetworkId, m_user.orgId,
                                             review.encode(), m_unlocked->signing.publicKey, m_unlocked->signing.secretKey,
                                             quint64(m_clock.nowMs()));
    submit({{tx.encode(), {}}}, Pending{Pending::Kind::Record, request, 1, {}});
}

void EngineWorker::auditExport(quint64 request, const AuditQuery &query, AuditExportFormat format)
{
    auto index = audit();
    if (!index) {
        fail(request, index.error());
        return;
    }
    const QList<AuditRow> rows = (*index)->query(withPatientNames(query), 0, WorkstationEngine::MaxAuditExportRows);
    QHash<QString, QString> orgNames;
    for (const Member &m : m_settings.node.config.members)
        orgNames.insert(m.orgId, m.displayName);
    QByteArray data;
    if (format == AuditExportFormat::Csv)
        data = AuditExport::csv(rows, orgNames);
    else if (format == AuditExportFormat::FhirBundle)
        data = AuditExport::fhirBundle(rows, orgNames, quint64(m_clock.nowMs()));
    toGui([e = &m_engine, request, data, rows] { emit e->auditExportReady(request, data, rows); });
}

void EngineWorker::signReport(quint64 request, const QByteArray &report)
{
    if (!m_unlocked || m_user.role != Role::ComplianceOfficer) {
        fail(request, makeError(QStringLiteral("forbidden"), tr("Only a signed-in compliance officer signs audit reports.")));
        return;
    }
    const QByteArray signature =
        ReportSignature::sign(report, m_unlocked->signing.publicKey, m_unlocked->signing.secretKey, m_user.name).encode();
    toGui([e = &m_engine, request, signature] { emit e->reportSigned(request, signature); });
}

} // namespace careledger
