#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace careledger {

class NetworkConfig;

struct BlockHeader {
    static constexpr quint64 CurrentVersion = 1;

    quint64 version = CurrentVersion;
    QByteArray networkId;
    quint64 height = 0;
    QByteArray previousHash; // 32 zero bytes for the genesis block
    QByteArray txRoot;       // RFC 9162 root over this block's transactions
    QByteArray logRoot;      // RFC 9162 root over every transaction so far
    quint64 logSize = 0;
    QByteArray validityHash; // SHA-256 of the canonical list of reason codes
    quint64 timestampMs = 0;
    QString proposer;        // org id

    QByteArray encode() const;
    QByteArray hash() const;
    static Result<BlockHeader> decode(const QByteArray &bytes);
};

struct HeaderSignature {
    QString org;
    QByteArray signature;
    bool operator==(const HeaderSignature &) const = default;
};

// A header with its members' signatures: what light nodes trust once a quorum
// of the signer set in force has signed.
struct SignedHeader {
    BlockHeader header;
    QList<HeaderSignature> signatures;

    void addSignature(const QString &org, const SecureBuffer &orgSecretKey);
    // Counts distinct members of `config` whose signature verifies; unknown or
    // duplicate signers and bad signatures do not count.
    int validSignatureCount(const NetworkConfig &config) const;
    Status verifyQuorum(const NetworkConfig &config) const;

    QByteArray encode() const;
    static Result<SignedHeader> decode(const QByteArray &bytes);
};

struct Block {
    SignedHeader signedHeader;
    QList<QByteArray> transactions; // encoded transactions, in order
    QList<quint16> validity;        // reason code per transaction; 0 = valid

    static QByteArray validityHashOf(const QList<quint16> &codes);
    static QByteArray txRootOf(const QList<QByteArray> &transactions);
    static QByteArray txRootOfLeafHashes(const QList<QByteArray> &leafHashes);
    // The block's body matches what its header commits to.
    Status verifyBody() const;

    QByteArray encode() const;
    static Result<Block> decode(const QByteArray &bytes);
};

} // namespace careledger
