#include "EndorsementCollector.h"

#include "crypto/Ed25519.h"
#include "ledger/Domains.h"
#include "light/NodeClient.h"

#include <QLoggingCategory>

namespace careledger {

Q_LOGGING_CATEGORY(lcEndorse, "careledger.endorse")

namespace {
QStringList endorsersOf(const Transaction &tx)
{
    QStringList out;
    for (const Endorsement &e : tx.endorsements)
        out << e.org;
    return out;
}

// Reason codes travel as their stable names; an unknown one is a plain refusal.
Reason reasonNamed(const QString &code)
{
    for (quint16 n = quint16(Reason::Malformed); n <= quint16(Reason::ConfigInvalid); ++n)
        if (reasonCode(Reason(n)) == code)
            return Reason(n);
    return Reason::EndorsementPolicyUnmet;
}
} // namespace

EndorsementCollector::EndorsementCollector(NetworkConfig inForce, QString ownOrg, int timeoutMs)
    : m_config(std::move(inForce)), m_ownOrg(std::move(ownOrg)), m_timeoutMs(timeoutMs)
{
}

bool EndorsementCollector::isSatisfied(const Transaction &tx) const
{
    return m_config.endorsementRule(quint64(tx.type)).isSatisfiedBy(tx.org, endorsersOf(tx), m_config.quorum());
}

EndorsementCollector::Outcome EndorsementCollector::collect(Transaction tx) const
{
    const EndorsementRule rule = m_config.endorsementRule(quint64(tx.type));
    // The author's org first when the policy names it: without it nothing else helps.
    QList<Member> candidates;
    for (const Member &m : m_config.members) {
        if (m.orgId == m_ownOrg || tx.hasEndorsementFrom(m.orgId))
            continue;
        if (m.orgId == tx.org)
            candidates.prepend(m);
        else
            candidates.append(m);
    }
    const QByteArray txId = tx.id();
    const QByteArray bytes = tx.encode();
    QStringList failures;
    std::optional<Reason> refusal;
    for (const Member &m : std::as_const(candidates)) {
        if (isSatisfied(tx))
            break;
        if (rule.authorOrg && !tx.hasEndorsementFrom(tx.org) && m.orgId != tx.org)
            break; // the author's org could not endorse: no other member can stand in
        NodeClient client(m.endpoint, m.tlsCertificate, m_timeoutMs);
        auto answer = client.endorse(bytes);
        if (!answer) {
            const bool down = answer.error().code == QLatin1String("network");
            failures << (down ? QStringLiteral("%1 could not be reached (%2)").arg(m.orgId, answer.error().message)
                              : QStringLiteral("%1 refused: %2 (%3)").arg(m.orgId, answer.error().message, answer.error().code));
            if (!down)
                refusal = reasonNamed(answer.error().code);
            qCWarning(lcEndorse).noquote() << "no endorsement from" << m.orgId << answer.error().code;
            continue;
        }
        if (answer->org != m.orgId || !Ed25519::verify(m.orgKey, Domains::Endorsement, txId, answer->signature)) {
            failures << QStringLiteral("%1 answered with an endorsement that does not verify").arg(m.orgId);
            continue;
        }
        tx.endorsements.append(*answer);
    }
    Outcome out{std::move(tx), Reason::Ok, {}};
    if (isSatisfied(out.tx))
        return out;
    out.reason = refusal.value_or(Reason::EndorsementPolicyUnmet);
    out.message = QStringLiteral("needs endorsements of %1: %2")
                      .arg(rule.describe(), failures.isEmpty() ? QStringLiteral("no other member to ask")
                                                               : failures.join(QStringLiteral("; ")));
    return out;
}

} // namespace careledger
