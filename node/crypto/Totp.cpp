#include "Totp.h"

#include <QUrl>
#include <QUrlQuery>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <sodium.h>

#include <array>

namespace careledger {

namespace {
constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const EVP_MD *digestOf(Totp::Algorithm algorithm)
{
    switch (algorithm) {
    case Totp::Algorithm::Sha256: return EVP_sha256();
    case Totp::Algorithm::Sha512: return EVP_sha512();
    case Totp::Algorithm::Sha1: break;
    }
    return EVP_sha1();
}

// RFC 4226 section 5.3: HMAC of the big-endian counter, dynamic truncation to
// 31 bits, the last `digits` decimal digits.
std::optional<quint32> hotp(const SecureBuffer &secret, quint64 counter, Totp::Algorithm algorithm, int digits)
{
    if (secret.isEmpty() || digits < 1 || digits > 9)
        return std::nullopt;
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[std::size_t(i)] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    if (!HMAC(digestOf(algorithm), secret.data(), int(secret.size()), message.data(), message.size(), mac.data(),
              &macLength)
        || macLength < 20) {
        OPENSSL_cleanse(mac.data(), mac.size());
        return std::nullopt;
    }
    const unsigned offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16)
                           | (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    OPENSSL_cleanse(mac.data(), mac.size());
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return binary % modulus;
}

QByteArray formatCode(quint32 value, int digits)
{
    return QByteArray::number(value).rightJustified(digits, '0');
}
} // namespace

SecureBuffer Totp::generateSecret(int size)
{
    SecureBuffer secret(std::size_t(qBound(MinSecretSize, size, MaxSecretSize)));
    randombytes_buf(secret.data(), secret.size());
    return secret;
}

quint64 Totp::stepAt(qint64 atMs, int stepSeconds)
{
    if (atMs < 0 || stepSeconds <= 0)
        return 0;
    return quint64(atMs / 1000) / quint64(stepSeconds);
}

QString Totp::code(const SecureBuffer &secret, quint64 step, Algorithm algorithm, int digits)
{
    const auto value = hotp(secret, step, algorithm, digits);
    return value ? QString::fromLatin1(formatCode(*value, digits)) : QString();
}

QString Totp::codeAt(const SecureBuffer &secret, qint64 atMs, Algorithm algorithm, int digits, int stepSeconds)
{
    return code(secret, stepAt(atMs, stepSeconds), algorithm, digits);
}

std::optional<quint64> Totp::verify(const SecureBuffer &secret, QStringView code, qint64 atMs, int window,
                                    Algorithm algorithm, int digits, int stepSeconds)
{
    // Authenticator apps show "123 456": spaces are not part of the code.
    QByteArray typed;
    for (const QChar c : code) {
        if (c.isSpace())
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        typed.append(char(c.unicode()));
    }
    if (typed.size() != digits || window < 0 || window > 10)
        return std::nullopt;
    const quint64 now = stepAt(atMs, stepSeconds);
    std::optional<quint64> matched;
    // Every candidate is computed and compared, matched or not: the time taken
    // says nothing about which step (if any) matched.
    for (qint64 delta = -window; delta <= window; ++delta) {
        if (delta < 0 && now < quint64(-delta))
            continue;
        const quint64 step = now + quint64(delta);
        const auto value = hotp(secret, step, algorithm, digits);
        if (!value)
            return std::nullopt;
        const QByteArray expected = formatCode(*value, digits);
        if (CRYPTO_memcmp(expected.constData(), typed.constData(), std::size_t(digits)) == 0)
            matched = step; // the newest matching step wins
    }
    return matched;
}

QString Totp::base32Encode(QByteArrayView data, bool padding)
{
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(Base32Alphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Base32Alphabet[(buffer << (5 - bits)) & 0x1f]));
    if (padding)
        while (out.size() % 8 != 0)
            out.append(QLatin1Char('='));
    return out;
}

std::optional<QByteArray> Totp::base32Decode(QStringView text)
{
    QByteArray symbols;
    symbols.reserve(text.size());
    qsizetype padding = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        if (c == QLatin1Char('=')) {
            ++padding;
            continue;
        }
        if (padding > 0)
            return std::nullopt; // data after padding
        const char u = char(c.toUpper().unicode());
        if (!((u >= 'A' && u <= 'Z') || (u >= '2' && u <= '7')) || c.unicode() > 0x7f)
            return std::nullopt;
        symbols.append(u);
    }
    // Padding, if any, must complete the last 8-symbol group exactly.
    if (padding > 0 && ((symbols.size() + padding) % 8 != 0 || padding >= 8))
        return std::nullopt;
    // A final group of 1, 3 or 6 symbols is not a whole number of bytes.
    const qsizetype tail = symbols.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return std::nullopt;
    QByteArray out;
    out.reserve(symbols.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char s : std::as_const(symbols)) {
        const quint32 value = (s >= 'A' && s <= 'Z') ? quint32(s - 'A') : quint32(s - '2' + 26);
        buffer = (buffer << 5) | value;
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // The leftover bits are padding and must be zero (one canonical spelling).
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    sodium_memzero(symbols.data(), std::size_t(symbols.size()));
    return out;
}

QString Totp::otpauthUri(const QString &accountName, const SecureBuffer &secret, const QString &issuer)
{
    // The label's ':' separates issuer and account and stays literal; each part is percent-encoded.
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + QLatin1Char(':')
                          + QString::fromLatin1(QUrl::toPercentEncoding(accountName));
    // Concatenated, not QString::arg(): the percent-encoded parts contain "%3F" and the like.
    return QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") + base32Encode(secret.view(), false)
           + QStringLiteral("&issuer=") + QString::fromLatin1(QUrl::toPercentEncoding(issuer))
           + QStringLiteral("&algorithm=SHA1&digits=") + QString::number(Digits) + QStringLiteral("&period=")
           + QString::number(StepSeconds);
}

std::optional<SecureBuffer> Totp::secretFromUri(const QString &uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("otpauth") || url.host() != QLatin1String("totp"))
        return std::nullopt;
    auto bytes = base32Decode(QUrlQuery(url).queryItemValue(QStringLiteral("secret")));
    if (!bytes || bytes->isEmpty())
        return std::nullopt;
    SecureBuffer secret = SecureBuffer::copyOf(*bytes);
    sodium_memzero(bytes->data(), std::size_t(bytes->size()));
    return secret;
}

} // namespace careledger
