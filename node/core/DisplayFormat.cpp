#include "DisplayFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace careledger {

QString DisplayFormat::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

QString DisplayFormat::time(const QTime &time)
{
    if (!time.isValid())
        return {};
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return QLocale().toString(time, format);
}

QString DisplayFormat::dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + time(local.time());
}

} // namespace careledger
