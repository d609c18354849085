#pragma once

// The physical bound of ingest on this machine: Ed25519 verifications per
// second (each transaction or device reading costs one), measured in the same
// run as the figure it bounds.

#include "BenchOutput.h"
#include "crypto/Ed25519.h"
#include "ledger/Domains.h"
#include "support/TestLedger.h"

#include <chrono>
#include <thread>
#include <vector>

namespace careledger::bench {

struct SignedMessage {
    QByteArray publicKey;
    QByteArray message;
    QByteArray signature;
};

inline QList<SignedMessage> makeSignedMessages(int n)
{
    QList<SignedMessage> out;
    const Ed25519::KeyPair key = Ed25519::generate();
    for (int i = 0; i < n; ++i) {
        const QByteArray message = testing::randomBytes(300);
        out.append({key.publicKey, message, Ed25519::sign(key.secretKey, Domains::Transaction, message)});
    }
    return out;
}

// Verifications per second on one thread, for about `ms` milliseconds.
inline double verifyRate(const QList<SignedMessage> &messages, int ms)
{
    using Clock = std::chrono::steady_clock;
    quint64 count = 0;
    const auto start = Clock::now();
    const auto end = start + std::chrono::milliseconds(ms);
    auto now = start;
    while (now < end) {
        for (const SignedMessage &m : messages) {
            if (!Ed25519::verify(m.publicKey, Domains::Transaction, m.message, m.signature))
                die(QStringLiteral("a good signature did not verify"));
        }
        count += quint64(messages.size());
        now = Clock::now();
    }
    return double(count) / std::chrono::duration<double>(now - start).count();
}

inline double verifyRateThreads(const QList<SignedMessage> &messages, int threads, int ms)
{
    std::vector<double> rates(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] { rates[t] = verifyRate(messages, ms); });
    for (auto &t : pool)
        t.join();
    double sum = 0;
    for (double r : rates)
        sum += r;
    return sum;
}

} // namespace careledger::bench
