#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace careledger {

// Dates and times as people read them: the user's locale, always a four-digit
// year (clinical dates span a century), minutes without seconds, local time.
class DisplayFormat {
public:
    static QString date(const QDate &date);
    static QString time(const QTime &time);
    // In local time; "date time".
    static QString dateTime(const QDateTime &dateTime);
};

} // namespace careledger
