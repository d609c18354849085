#include "DemoAccounts.h"

#include "crypto/Totp.h"

#include <QDir>
#include <QFile>
#include <QUrl>

namespace careledger {

namespace {

QByteArray readSmallFile(const QString &path, qint64 maxSize)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > maxSize)
        return {};
    return f.readAll();
}

// "otpauth://totp/CareLedger:Dr.%20Amelia%20Hart?secret=…" -> "Dr. Amelia Hart"
QString labelOf(const QString &uri)
{
    const QUrl url(uri.trimmed());
    QString label = url.path(QUrl::FullyDecoded);
    if (label.startsWith(QLatin1Char('/')))
        label.remove(0, 1);
    if (const qsizetype colon = label.indexOf(QLatin1Char(':')); colon >= 0)
        label = label.mid(colon + 1);
    return label.trimmed();
}

} // namespace

QString DemoAccount::password() const
{
    return QStringLiteral("demo-password-") + role;
}

QString DemoAccount::codeAt(qint64 nowMs) const
{
    return totpSecret ? Totp::codeAt(*totpSecret, nowMs) : QString();
}

QByteArray DemoAccount::readSecretKey() const
{
    QByteArray key = readSmallFile(keyFile, 64);
    if (key.size() != 64) {
        key.fill('\0');
        return {};
    }
    return key;
}

QList<DemoAccount> DemoAccounts::scan(const QString &demoDir)
{
    static const char *const order[] = {"doctor", "nurse", "emr_technician", "compliance_officer",
                                        "admin",  "insurer", "researcher"};
    const QDir dir(QDir(demoDir).filePath(QStringLiteral("demo-users")));
    QStringList roles;
    for (const char *r : order)
        roles << QString::fromLatin1(r);
    // Any other role the seeder may add later, after the known ones.
    const QStringList keys = dir.entryList({QStringLiteral("*.key")}, QDir::Files, QDir::Name);
    for (const QString &file : keys) {
        const QString role = file.chopped(4);
        if (!roles.contains(role))
            roles << role;
    }
    QList<DemoAccount> accounts;
    for (const QString &role : roles) {
        DemoAccount a;
        a.role = role;
        a.keyFile = dir.filePath(role + QStringLiteral(".key"));
        if (!QFile::exists(a.keyFile))
            continue;
        QByteArray uri = readSmallFile(dir.filePath(role + QStringLiteral(".totp")), 4096);
        const QString text = QString::fromUtf8(uri).trimmed();
        uri.fill('\0');
        a.displayName = labelOf(text);
        if (auto secret = Totp::secretFromUri(text))
            a.totpSecret = std::make_shared<const SecureBuffer>(std::move(*secret));
        if (a.displayName.isEmpty())
            a.displayName = role;
        accounts << a;
    }
    return accounts;
}

int DemoAccounts::secondsLeft(qint64 nowMs)
{
    const qint64 step = Totp::StepSeconds * 1000;
    return int((step - (nowMs % step) + 999) / 1000);
}

} // namespace careledger
