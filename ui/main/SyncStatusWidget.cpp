#include "SyncStatusWidget.h"

#include "patients/PatientListModel.h"
#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace careledger {

SyncStatusWidget::SyncStatusWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_sync(new QToolButton(this)),
      m_label(new QLabel(this)),
      m_warnings(new QToolButton(this)),
      m_timer(new QTimer(this))
{
    m_sync->setIcon(Theme::icon(QStringLiteral("sync")));
    m_sync->setAutoRaise(true);
    m_sync->setToolTip(tr("Sync now"));
    m_sync->setAccessibleName(tr("Sync now"));
    connect(m_sync, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);

    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Ledger status"));

    m_warnings->setIcon(Theme::icon(QStringLiteral("warning")));
    m_warnings->setAutoRaise(true);
    m_warnings->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_warnings->setPopupMode(QToolButton::InstantPopup);
    m_warnings->setMenu(new QMenu(m_warnings));
    m_warnings->setAccessibleName(tr("Ledger warnings"));
    m_warnings->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_sync);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_warnings);

    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_timer->start();
    refresh();
}

QString SyncStatusWidget::relativeTime(const QDateTime &then, qint64 nowMs)
{
    if (!then.isValid())
        return tr("never");
    const qint64 seconds = qMax<qint64>(0, (nowMs - then.toMSecsSinceEpoch()) / 1000);
    if (seconds < 5)
        return tr("just now");
    if (seconds < 60)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    const QDateTime local = then.toLocalTime();
    return tr("on %1 at %2").arg(PatientListModel::dateText(local.date()), PatientListModel::timeText(local.time()));
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_hasStatus = true;

    QMenu *menu = m_warnings->menu();
    menu->clear();
    for (const QString &w : status.warnings)
        menu->addAction(Theme::icon(QStringLiteral("warning")), w)->setEnabled(false);
    // A node caught lying is not asked again until someone who investigated decides otherwise.
    if (!status.distrusted.isEmpty())
        menu->addSeparator();
    for (const QString &endpoint : status.distrusted)
        connect(menu->addAction(Theme::icon(QStringLiteral("sync")), tr("Trust %1 again…").arg(endpoint)), &QAction::triggered,
                this, [this, endpoint] {
                    const auto answer = QMessageBox::warning(
                        this, tr("Trust a full node again"),
                        tr("%1 was caught serving data that did not verify. Ask it again only after your IT "
                           "department has found and fixed the cause. Everything it serves is still verified.")
                            .arg(endpoint),
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
                    if (answer == QMessageBox::Yes)
                        emit clearDistrustRequested(endpoint);
                });
    m_warnings->setVisible(!status.warnings.isEmpty() || !status.distrusted.isEmpty());
    m_warnings->setText(status.warnings.isEmpty() ? QString() : QLocale().toString(status.warnings.size()));
    m_warnings->setToolTip(status.warnings.isEmpty()
                               ? QString()
                               : tr("Warnings from the ledger connection:") + QStringLiteral("\n• ")
                                     + status.warnings.join(QStringLiteral("\n• ")));
    refresh();
}

void SyncStatusWidget::refresh()
{
    const QLocale locale;
    QString text;
    const char *severity = "";
    if (!m_hasStatus) {
        text = tr("Connecting to the ledger…");
    } else if (m_status.halted) {
        text = tr("HALTED: two conflicting blocks were signed at one height. Records are not being updated; "
                  "tell your administrator. Last verified block %1.")
                   .arg(locale.toString(m_status.height));
        severity = "critical";
    } else {
        QStringList parts;
        parts << (m_status.height > 0 ? tr("Block %1").arg(locale.toString(m_status.height)) : tr("No verified block yet"));
        if (m_status.members > 0)
            parts << tr("%1 of %2 members").arg(m_status.signers).arg(m_status.members);
        if (m_status.syncing)
            parts << tr("syncing…");
        else if (m_status.lastSync.isValid())
            parts << tr("synced %1").arg(relativeTime(m_status.lastSync, m_clock.nowMs()));
        else
            parts << tr("not synced yet");
        text = parts.join(QStringLiteral(" · "));
        // Stale: nothing verified for over two minutes.
        if (!m_status.syncing && m_status.lastSync.isValid()
            && m_clock.nowMs() - m_status.lastSync.toMSecsSinceEpoch() > 2 * 60 * 1000)
            severity = "warning";
    }
    m_label->setText(text);
    m_label->setToolTip(m_status.endpoint.isEmpty() ? QString() : tr("Connected to %1").arg(m_status.endpoint));
    if (m_label->property("severity").toByteArray() != QByteArray(severity)) {
        m_label->setProperty("severity", severity);
        m_label->style()->unpolish(m_label);
        m_label->style()->polish(m_label);
    }
}

} // namespace careledger
