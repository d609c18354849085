#include "ChainVerifier.h"

#include "NodeDataDir.h"
#include "contract/Contract.h"
#include "crypto/Sha256.h"
#include "ledger/MerkleLog.h"
#include "store/LedgerStore.h"

#include <QTemporaryDir>

namespace careledger {

Result<VerifyReport> ChainVerifier::verify(const QString &dataDir, const Progress &progress,
                                           const std::optional<StoreConfig> &storeConfig)
{
    NodeDataDir dir(dataDir);
    auto genesis = dir.genesis();
    if (!genesis)
        return genesis.error();
    auto store = LedgerStore::open(storeConfig.value_or(StoreConfig::sqlite(dir.databasePath())));
    if (!store)
        return store.error();
    QTemporaryDir scratchDir;
    auto replay = LedgerStore::openSqlite(scratchDir.filePath(QStringLiteral("replay.sqlite")));
    if (!replay)
        return replay.error();

    const Contract contract(*genesis);
    const QByteArray networkId = genesis->networkId();
    VerifyReport report;
    const auto tipHeight = (*store)->tipHeight();
    if (!tipHeight) {
        report.problems << QStringLiteral("the chain is empty: not even a genesis block");
        return report;
    }

    MerkleLog log;
    QByteArray previousHash(Sha256::Size, '\0');
    for (quint64 h = 0; h <= *tipHeight; ++h) {
        if (progress)
            progress(h, *tipHeight);
        auto block = (*store)->block(h);
        if (!block) {
            report.problems << QStringLiteral("block %1 cannot be read: %2").arg(h).arg(block.error().message);
            break;
        }
        const BlockHeader &header = block->signedHeader.header;
        auto problem = [&](const QString &what) { report.problems << QStringLiteral("block %1: %2").arg(h).arg(what); };
        if (header.height != h)
            problem(QStringLiteral("header claims height %1").arg(header.height));
        if (header.networkId != networkId)
            problem(QStringLiteral("belongs to another network"));
        if (header.previousHash != previousHash)
            problem(QStringLiteral("does not link to the previous header"));
        // The signers of a block are the members in force at its height.
        if (Status st = block->signedHeader.verifyQuorum(contract.configInForce(**replay)); !st)
            problem(st.error().message);
        if (Status st = block->verifyBody(); !st)
            problem(st.error().message);

        if (Status st = (*replay)->begin(); !st)
            return st.error();
        BlockExecutor executor(contract, **replay, header.timestampMs);
        for (qsizetype i = 0; i < block->transactions.size(); ++i) {
            const QByteArray &bytes = block->transactions[i];
            log.append(bytes);
            ++report.transactions;
            const StatelessCheck s = contract.checkStateless(bytes);
            const Reason reason = s.reason != Reason::Ok ? s.reason : executor.execute(s.checked);
            const quint16 recorded = block->validity.value(i);
            if (quint16(reason) != recorded)
                problem(QStringLiteral("transaction %1 is recorded as %2 but the contract says %3")
                            .arg(i)
                            .arg(reasonCode(Reason(recorded)), reasonCode(reason)));
            if (recorded != 0)
                ++report.invalidTransactions;
            if (const auto *record = sealedRecordOf(s.checked.body); record && reason == Reason::Ok) {
                const auto payload = (*store)->payload(record->ciphertextHash);
                if (!payload)
                    ++report.payloadsMissing;
                else if (Sha256::hash(*payload) != record->ciphertextHash)
                    problem(QStringLiteral("the stored payload of transaction %1 was altered").arg(i));
                else
                    ++report.payloadsChecked;
            }
        }
        if (Status st = (*replay)->commit(); !st)
            return st.error();
        if (header.logSize != log.size() || header.logRoot != log.root())
            problem(QStringLiteral("the header's log root or size does not match its transactions"));
        previousHash = header.hash();
        ++report.blocks;
    }
    return report;
}

} // namespace careledger
