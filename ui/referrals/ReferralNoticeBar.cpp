#include "ReferralNoticeBar.h"

#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace careledger {

namespace {
constexpr int ShownForMs = 30'000;
}

ReferralNoticeBar::ReferralNoticeBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_open(new QPushButton(tr("Open referrals"), this))
{
    setObjectName(QStringLiteral("referralNotice"));
    setProperty("role", "card");
    m_text->setObjectName(QStringLiteral("referralNoticeText"));
    m_text->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openReferralsButton"));
    auto *icon = new QLabel(this);
    icon->setPixmap(Theme::icon(QStringLiteral("referral")).pixmap(20, 20));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(close);
    m_hide.setSingleShot(true);
    m_hide.setInterval(ShownForMs);
    connect(&m_hide, &QTimer::timeout, this, [this] {
        m_count = 0;
        hide();
    });
    connect(close, &QToolButton::clicked, &m_hide, [this] {
        m_hide.stop();
        m_count = 0;
        hide();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_hide.stop();
        m_count = 0;
        hide();
        emit openInboxRequested();
    });
    hide();
}

void ReferralNoticeBar::notify(const QString &message)
{
    ++m_count;
    m_text->setText(m_count > 1 ? tr("%1 (and %n more referral update(s))", nullptr, m_count - 1).arg(message) : message);
    show();
    m_hide.start();
}

QString ReferralNoticeBar::text() const
{
    return m_text->text();
}

} // namespace careledger
