#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace careledger {

// SHA-256 through OpenSSL EVP (uses the CPU's SHA extensions; see DESIGN.md).
class Sha256 {
public:
    static constexpr int Size = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    Sha256 &add(QByteArrayView data);
    Sha256 &add(char byte);
    QByteArray finish();

    static QByteArray hash(QByteArrayView data);
    // Hash of a one-byte prefix followed by data: Merkle leaves and nodes, domain tags.
    static QByteArray hash(char prefix, QByteArrayView data);
    static QByteArray hash(char prefix, QByteArrayView a, QByteArrayView b);

private:
    void *m_ctx;
};

} // namespace careledger
