#include "NodeCommands.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace careledger;

namespace {
const char *const Usage = R"(Usage: careledgerd <command> [options]

A CareLedger full node: holds the chain of a medical-records network and
serves it to workstations over HTTPS.

Commands:
  init     create a new one-hospital network in a data directory
  consortium  create a network of several organisations, join one, change
           its members and policies (run `careledgerd consortium` for the steps)
  enroll   enrol a user (doctor, nurse, ...) through a running node
  totp     give an enrolled user a new authenticator (sign-in code) secret
  serve    run the node
  demo     create (once) and run a demo network with users and synthetic patients
  verify   re-check a node's whole chain and print a report
  verify-report  check a compliance officer's signed audit report (report + .sig)
  backup   copy a node's data consistently, also while it serves
  migrate  copy a stopped node's SQLite store into an empty PostgreSQL database

Options:
  --check-config [--config FILE]   validate the configuration file
                                   (default )" CARELEDGER_DEFAULT_CONFIG R"()
  --version                        print the version

Run `careledgerd <command> --help` for a command's options.
)";
}

int main(int argc, char *argv[])
{
    // One line per event, level and category first: easy to filter in the
    // journal. Messages never carry patient data (a test greps for it).
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} "
                                      "%{if-debug}debug%{endif}%{if-info}info%{endif}%{if-warning}warning%{endif}"
                                      "%{if-critical}error%{endif}%{if-fatal}fatal%{endif} %{category}: %{message}"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careledgerd"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareLedger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARELEDGER_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(Usage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("careledgerd %s\n", CARELEDGER_VERSION);
        return 0;
    }
    if (command == QLatin1String("--check-config"))
        return runCheckConfig(QStringList{QStringLiteral("careledgerd --check-config")} + args.mid(2));
    if (Status st = Sodium::selfTest(); !st) {
        QTextStream(stderr) << "careledgerd: " << st.error().message << '\n';
        return 1;
    }
    // Sub-commands parse argv as if they were the program.
    args.removeAt(1);
    args[0] = QStringLiteral("careledgerd ") + command;
    if (command == QLatin1String("init"))
        return runInit(args);
    if (command == QLatin1String("enroll"))
        return runEnroll(args);
    if (command == QLatin1String("totp"))
        return runTotp(args);
    if (command == QLatin1String("serve"))
        return runServe(args);
    if (command == QLatin1String("demo"))
        return runDemo(args);
    if (command == QLatin1String("verify"))
        return runVerify(args);
    if (command == QLatin1String("verify-report"))
        return runVerifyReport(args);
    if (command == QLatin1String("migrate"))
        return runMigrate(args);
    if (command == QLatin1String("backup"))
        return runBackup(args);
    if (command == QLatin1String("consortium"))
        return runConsortium(args);
    QTextStream(stderr) << "careledgerd: unknown command '" << command << "'; run `careledgerd --help`\n";
    return 2;
}
