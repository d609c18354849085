#pragma once

// For system tests that run the real careledgerd binary as a child process.

#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>

namespace careledger::testing {

inline QString careledgerdBinary()
{
    return QDir(qEnvironmentVariable("CARELEDGER_BIN")).filePath(QStringLiteral("careledgerd"));
}

// A loopback port that was free a moment ago.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Runs one careledgerd command to completion; true if it exited 0 in time.
inline bool runCareledgerd(const QStringList &args, QByteArray *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(careledgerdBinary(), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *output = p.readAll() + "\n(timed out)";
        return false;
    }
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace careledger::testing
