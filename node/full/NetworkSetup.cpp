#include "NetworkSetup.h"

#include "NodeDataDir.h"
#include "TlsIdentity.h"
#include "crypto/Ed25519.h"
#include "ledger/OrgDataKey.h"

#include <QRegularExpression>

namespace careledger {

Result<NetworkConfig> NetworkSetup::createSingleOrg(const QString &dataDir, const NewNetwork &spec)
{
    if (spec.networkName.trimmed().isEmpty())
        return makeError(QStringLiteral("bad_name"), QStringLiteral("the network needs a name"));
    auto member = createMember(dataDir, spec);
    if (!member)
        return member.error();
    NetworkConfig config;
    config.networkName = spec.networkName;
    config.policy = spec.policy;
    config.members.append(*member);
    if (Status st = NodeDataDir(dataDir).installGenesis(config); !st)
        return st.error();
    return config;
}

Result<Member> NetworkSetup::createMember(const QString &dataDir, const NewNetwork &spec)
{
    static const QRegularExpression orgIdPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    if (!orgIdPattern.match(spec.orgId).hasMatch())
        return makeError(QStringLiteral("bad_org_id"),
                         QStringLiteral("the org id must be 2-63 lowercase letters, digits or dashes, e.g. st-marys"));
    const NodeDataDir dir(dataDir);
    if (dir.hasIdentity() || dir.isInitialised())
        return makeError(QStringLiteral("exists"),
                         QStringLiteral("%1 already holds an organisation's keys; refusing to overwrite them").arg(dataDir));

    const Ed25519::KeyPair orgKey = Ed25519::generate();
    QStringList hosts{spec.host};
    for (const QString &h : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")})
        if (!hosts.contains(h))
            hosts << h;
    auto tls = TlsIdentity::generate(spec.orgId, hosts, 825);
    if (!tls)
        return tls.error();
    if (Status st = dir.createIdentity(spec.orgId, orgKey.secretKey, tls->certificatePem, tls->privateKeyPem); !st)
        return st.error();
    return Member{spec.orgId, spec.orgName.isEmpty() ? spec.orgId : spec.orgName, orgKey.publicKey,
                  TlsIdentity::pemToDer(tls->certificatePem), QStringLiteral("https://%1:%2").arg(spec.host).arg(spec.port),
                  OrgDataKey::derive(orgKey.secretKey).publicKey};
}

Result<NetworkConfig> NetworkSetup::assembleGenesis(const QString &networkName, const QList<Member> &members,
                                                    const Policy &policy)
{
    if (networkName.trimmed().isEmpty())
        return makeError(QStringLiteral("bad_name"), QStringLiteral("the network needs a name"));
    if (members.isEmpty())
        return makeError(QStringLiteral("no_members"), QStringLiteral("a consortium needs at least one member file"));
    NetworkConfig config;
    config.networkName = networkName;
    config.policy = policy;
    config.members = members;
    // The decoder's checks (each org and key once, sizes): a genesis that would not load is not written.
    auto checked = NetworkConfig::decode(config.encode());
    if (!checked)
        return checked.error();
    return config;
}

} // namespace careledger
