#pragma once

#include <QStringList>

namespace careledger {

// careledgerd's sub-commands. Each takes the arguments after its name and
// returns the process exit code: 0 success, 1 failure, 2 bad usage.
int runInit(const QStringList &args);
int runEnroll(const QStringList &args);
int runTotp(const QStringList &args);
int runServe(const QStringList &args);
int runDemo(const QStringList &args);
int runVerify(const QStringList &args);
int runVerifyReport(const QStringList &args);
int runMigrate(const QStringList &args);
int runBackup(const QStringList &args);
int runConsortium(const QStringList &args);
int runCheckConfig(const QStringList &args);

} // namespace careledger
