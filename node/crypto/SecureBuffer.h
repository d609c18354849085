#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace careledger {

// Secret bytes in sodium_malloc'd memory: guard pages, mlock'ed (never swapped),
// wiped on destruction. Move-only so a secret has exactly one owner.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    static SecureBuffer copyOf(QByteArrayView bytes);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size)); }
    bool equals(const SecureBuffer &other) const;

private:
    void release();
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace careledger
