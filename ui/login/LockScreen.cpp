#include "LockScreen.h"

#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careledger {

LockScreen::LockScreen(WorkstationEngine &engine, QWidget *parent)
    : QWidget(parent),
      m_engine(engine),
      m_title(new QLabel(this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_unlock(new QPushButton(Theme::icon(QStringLiteral("unlock"), QPalette::HighlightedText), tr("&Unlock"), this)),
      m_switch(new QPushButton(Theme::icon(QStringLiteral("switch-user")), tr("S&witch user"), this))
{
    setAutoFillBackground(true);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_switch->setObjectName(QStringLiteral("switchUserButton"));
    setAccessibleName(tr("Workstation locked"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Theme::icon(QStringLiteral("lock")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_title->setProperty("role", "heading");
    m_title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("The session is kept. Enter your password to continue, or switch to another user "
                               "(this signs you out)."),
                            this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setProperty("role", "caption");

    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_error->setProperty("severity", "critical");
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->hide();

    m_unlock->setDefault(true);
    m_unlock->setProperty("role", "primary");
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto *card = new QFrame(this);
    card->setProperty("role", "card");
    card->setFixedWidth(420);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(hint);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_password);
    cardLayout->addWidget(m_error);
    cardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_switch);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::textChanged, this, [this] { m_unlock->setEnabled(!m_busy && !m_password->text().isEmpty()); });
    connect(m_switch, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    connect(&engine, &WorkstationEngine::unlocked, this, [this] {
        setBusy(false);
        m_password->clear();
        m_error->hide();
    });
    connect(&engine, &WorkstationEngine::unlockFailed, this, [this](const QString &code, const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        m_error->setText(code == QLatin1String("wrong_password")
                             ? tr("The password is not correct.")
                             : tr("Could not unlock: %1").arg(message.isEmpty() ? code : message));
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
    });
    m_unlock->setEnabled(false);
}

void LockScreen::activate(const QString &userName)
{
    setBusy(false);
    m_title->setText(tr("Locked — %1").arg(userName));
    m_password->clear();
    m_error->hide();
    m_password->setFocus(Qt::OtherFocusReason);
}

QString LockScreen::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LockScreen::unlock()
{
    if (m_busy || m_password->text().isEmpty())
        return;
    setBusy(true);
    m_error->hide();
    m_engine.unlock(m_password->text());
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy && !m_password->text().isEmpty());
    m_unlock->setText(busy ? tr("Unlocking…") : tr("&Unlock"));
}

} // namespace careledger
