#include "NetworkConfig.h"

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

namespace careledger {

QByteArray NetworkConfig::encode() const
{
    CborWriter w;
    w.array(4).text(networkName).uint(version);
    w.array(members.size());
    for (const Member &m : members)
        w.array(6).text(m.orgId).text(m.displayName).bytes(m.orgKey).bytes(m.tlsCertificate).text(m.endpoint).bytes(m.dataKey);
    w.array(3).uint(policy.maxBlockTransactions).uint(policy.blockIntervalMs).uint(policy.maxClockSkewMs);
    return w.take();
}

Result<NetworkConfig> NetworkConfig::decode(const QByteArray &bytes)
{
    auto decoded = decodeCanonical<NetworkConfig>(
        bytes, QStringLiteral("network configuration"),
        [](CborReader &r) {
            NetworkConfig c;
            r.array(4, 4);
            c.networkName = r.text(200);
            c.version = r.uint();
            const qsizetype n = r.array(1, 100);
            for (qsizetype i = 0; i < n && r.ok(); ++i) {
                Member m;
                r.array(6, 6);
                m.orgId = r.text(64);
                m.displayName = r.text(200);
                m.orgKey = r.fixedBytes(Ed25519::PublicKeySize);
                m.tlsCertificate = r.bytes(16 * 1024);
                m.endpoint = r.text(500);
                m.dataKey = r.fixedBytes(32);
                r.leave();
                c.members.append(m);
            }
            r.leave();
            r.array(3, 3);
            c.policy.maxBlockTransactions = r.uint(100000);
            c.policy.blockIntervalMs = r.uint(3600000);
            c.policy.maxClockSkewMs = r.uint();
            r.leave();
            r.leave();
            return c;
        },
        [](const NetworkConfig &c) { return c.encode(); });
    if (!decoded)
        return decoded;
    for (qsizetype i = 0; i < decoded->members.size(); ++i)
        for (qsizetype j = i + 1; j < decoded->members.size(); ++j)
            if (decoded->members[i].orgId == decoded->members[j].orgId)
                return makeError(QStringLiteral("malformed"),
                                 QStringLiteral("network configuration lists org %1 twice").arg(decoded->members[i].orgId));
    return decoded;
}

QByteArray NetworkConfig::networkId() const
{
    return Sha256::hash(encode());
}

std::optional<Member> NetworkConfig::member(const QString &orgId) const
{
    for (const Member &m : members)
        if (m.orgId == orgId)
            return m;
    return std::nullopt;
}

} // namespace careledger
