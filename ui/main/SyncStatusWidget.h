#pragma once

#include "core/Clock.h"
#include "workstation/EngineTypes.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace careledger {

// The light node's state, always on the status bar:
//   [sync] Block 1,204 · 3 of 4 members · synced 12 s ago   [warning 2]
// The warning button lists the node's warnings; a halted node (two
// quorum-signed headers at one height) turns the text into a red banner.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(const Clock &clock = Clock::system(), QWidget *parent = nullptr);

    SyncStatus status() const { return m_status; }
    QString text() const;
    // "just now", "12 s ago", "3 min ago", "2 h ago", or a date.
    static QString relativeTime(const QDateTime &then, qint64 nowMs);

public slots:
    void setStatus(const careledger::SyncStatus &status);
    // Re-renders the relative time (a timer calls it every few seconds).
    void refresh();

signals:
    // The user asked to sync now (clicked the sync icon).
    void syncRequested();
    // The user confirmed that this distrusted full node may be asked again.
    void clearDistrustRequested(const QString &endpoint);

private:
    const Clock &m_clock;
    SyncStatus m_status;
    bool m_hasStatus = false;
    QToolButton *m_sync;
    QLabel *m_label;
    QToolButton *m_warnings;
    QTimer *m_timer;
};

} // namespace careledger
