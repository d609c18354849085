#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace careledger {

// A non-modal notice above the workspace when a referral arrives or changes
// by sync: the latest sentence, how many more, a button to the inbox. It
// hides itself after a while; nothing waits for it.
class ReferralNoticeBar : public QFrame {
    Q_OBJECT
public:
    explicit ReferralNoticeBar(QWidget *parent = nullptr);

    void notify(const QString &message);
    QString text() const;

signals:
    void openInboxRequested();

private:
    QLabel *m_text;
    QPushButton *m_open;
    QTimer m_hide;
    int m_count = 0;
};

} // namespace careledger
