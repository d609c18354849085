#pragma once

// A workstation engine against a real, running one-hospital demo network: the
// full node on its own thread (TOTP required, as in production), filled by
// the same DemoSeeder `careledgerd demo` uses, and a WorkstationEngine with a
// fresh cache and accounts file. Keychain entries go to a real Secret Service
// under a service name of the test's own.

#include "TestNetwork.h"
#include "full/DemoSeeder.h"
#include "workstation/DemoAccounts.h"
#include "workstation/WorkstationEngine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

namespace careledger::testing {

class DemoWorkstation {
public:
    static constexpr const char *Org = "st-marys";

    // patients: how many synthetic patients the demo seeds.
    static std::unique_ptr<DemoWorkstation> start(int patients, Status *status)
    {
        std::unique_ptr<DemoWorkstation> d(new DemoWorkstation);
        d->m_net = TestNetwork::start({QString::fromLatin1(Org)}, TestNodeOptions{nullptr, true}, status);
        if (!*status)
            return d;
        const QString dataDir = d->m_net->node().dataDir();
        auto summary = d->m_net->node().inspect(
            [&](FullNode &node) { return DemoSeeder::seed(node, dataDir, patients); });
        if (!summary) {
            *status = summary.error();
            return d;
        }
        d->m_summary = *summary;
        d->m_accounts = DemoAccounts::scan(dataDir);
        QFile credentials(summary->credentialsFile);
        if (credentials.open(QIODevice::ReadOnly))
            for (const QByteArray &line : credentials.readAll().split('\n'))
                if (!line.startsWith('#') && line.contains(','))
                    d->m_privateIds.insert(QString::fromUtf8(line.split(',')[0]).trimmed(),
                                           QString::fromUtf8(line.split(',')[1]).trimmed());
        return d;
    }

    // Engine settings with cheap keychain costs (the real ones take a second per unlock).
    EngineSettings settings(const QString &name = QStringLiteral("ws")) const
    {
        EngineSettings s;
        s.node.config = m_net->config();
        s.node.pinnedNetworkId = m_net->networkId();
        s.node.cachePath = m_dir.filePath(name + QStringLiteral("-cache.sqlite"));
        s.node.endpoints = {m_net->node().endpoint()};
        s.keychainService = m_keychainService;
        s.accountsFile = m_dir.filePath(name + QStringLiteral("-accounts.ini"));
        s.workstationId = QStringLiteral("test-") + name;
        s.newAccountCosts = KdfParams::withRandomSalt(1, 8ull * 1024 * 1024);
        s.pollIntervalMs = 500;
        s.accessFlushMs = 60'000; // tests flush explicitly
        return s;
    }

    QByteArray secretKey(const QString &role) const { return account(role).readSecretKey(); }
    QString totpCode(const QString &role, qint64 atMs = QDateTime::currentMSecsSinceEpoch()) const
    {
        return account(role).codeAt(atMs);
    }
    QString privateId(const QString &patientId) const { return m_privateIds.value(patientId); }
    QStringList patientIds() const
    {
        QStringList ids = m_privateIds.keys();
        ids.sort();
        return ids;
    }
    const DemoSummary &summary() const { return m_summary; }
    TestNetwork &network() { return *m_net; }
    QString keychainService() const { return m_keychainService; }

    // Every accepted transaction of one type in the node's log.
    QList<QByteArray> transactionsOfType(TxType type)
    {
        return m_net->node().inspect([type](FullNode &node) {
            QList<QByteArray> out;
            const quint64 size = node.producer().tip().header.logSize;
            for (quint64 i = 0; i < size; ++i)
                if (const auto tx = node.readStore().transactionAt(i); tx && tx->code == 0)
                    if (auto d = Transaction::decode(tx->bytes); d && d->type == type)
                        out.append(tx->bytes);
            return out;
        });
    }

private:
    DemoWorkstation() = default;
    DemoAccount account(const QString &role) const
    {
        for (const DemoAccount &a : m_accounts)
            if (a.role == role)
                return a;
        return {};
    }
    QTemporaryDir m_dir;
    std::unique_ptr<TestNetwork> m_net;
    DemoSummary m_summary;
    QList<DemoAccount> m_accounts;
    QHash<QString, QString> m_privateIds;
    QString m_keychainService = QStringLiteral("CareLedgerTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace careledger::testing
