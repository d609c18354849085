#include "Sha256.h"

#include <openssl/evp.h>

namespace careledger {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

Sha256 &Sha256::add(QByteArrayView data)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data.data(), size_t(data.size()));
    return *this;
}

Sha256 &Sha256::add(char byte)
{
    return add(QByteArrayView(&byte, 1));
}

QByteArray Sha256::finish()
{
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), reinterpret_cast<unsigned char *>(out.data()), &len);
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len,
               EVP_sha256(), nullptr);
    return out;
}

QByteArray Sha256::hash(char prefix, QByteArrayView data)
{
    return Sha256().add(prefix).add(data).finish();
}

QByteArray Sha256::hash(char prefix, QByteArrayView a, QByteArrayView b)
{
    return Sha256().add(prefix).add(a).add(b).finish();
}

} // namespace careledger
