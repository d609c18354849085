#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace careledger {

// Internal to the keys layer: the OS keychain (QtKeychain) as blocking calls
// with error values. KeyStore is its only user; nothing else in the process may
// use QtKeychain (see below).
//
// Why a thread of its own: QtKeychain 0.13 funnels every job through one
// process-wide, unlocked JobExecutor singleton. It lives in the thread that
// started the first job, and learns that a job has finished through a signal
// connection to that thread; if that thread has ended or is blocked, every later
// job waits forever (observed: a second short-lived worker thread hangs on its
// second job). So every job runs on one long-lived "careledger-keychain" thread
// with its own event loop (libsecret's callbacks arrive through it too), and
// callers on any thread wait for the answer with a timeout. The thread stops
// when the QCoreApplication is destroyed; after that every call fails with
// "keychain_unavailable".
//
// Error codes: "no_account" (no such entry), "keychain_locked" (the keychain,
// or the collection holding the entry, is locked), "keychain_unavailable" (no
// D-Bus session, no Secret Service, or shutting down), "keychain_timeout" (no
// answer in time, e.g. an unlock prompt nobody answered), "keychain_error"
// (anything else, QtKeychain's text in the message). Nothing ever falls back to
// a file.
class Keychain {
public:
    static Result<QByteArray> read(const QString &service, const QString &key, std::chrono::milliseconds timeout);
    static Status write(const QString &service, const QString &key, const QByteArray &data,
                        std::chrono::milliseconds timeout);
    // Succeeds only if the entry is gone afterwards (the Secret Service reports
    // success for a delete it silently skipped because the item was locked).
    static Status remove(const QString &service, const QString &key, std::chrono::milliseconds timeout);
};

} // namespace careledger
