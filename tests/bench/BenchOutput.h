#pragma once

// What every benchmark prints with: stdout, English number formatting, a fatal
// error that names the benchmark, and the process's own memory figures.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QString>
#include <QTextStream>

#include <cstdlib>

namespace careledger::bench {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QString num(double v)
{
    return QLocale(QLocale::English).toString(qint64(v + 0.5));
}

inline QString fixed(double v, int decimals)
{
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

[[noreturn]] inline void die(const QString &message)
{
    out().flush();
    QTextStream(stderr) << QFileInfo(QCoreApplication::applicationFilePath()).fileName() << ": " << message << '\n';
    std::exit(1);
}

// A field of /proc/self/status in kB ("VmRSS:", "VmHWM:"); -1 if unknown.
inline qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace careledger::bench
