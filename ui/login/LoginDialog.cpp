#include "LoginDialog.h"

#include "EnrolmentDialog.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger {

namespace {

// "… locked until 2025-03-14T10:35:00Z" -> that moment, in local time.
QString untilText(const QString &message)
{
    static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?"));
    const auto m = iso.match(message);
    if (!m.hasMatch())
        return {};
    const QDateTime when = QDateTime::fromString(m.captured(0), Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return QLocale().toString(local.time(), QLocale::ShortFormat);
}

// "… try again in 42 s" -> 42
int secondsIn(const QString &message)
{
    static const QRegularExpression seconds(QStringLiteral("(\\d+)\\s*s\\b"));
    const auto m = seconds.match(message);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

LoginDialog::LoginDialog(WorkstationEngine &engine, QWidget *parent)
    : QDialog(parent),
      m_engine(engine),
      m_notice(new QLabel(this)),
      m_account(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_code(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_progressLabel(new QLabel(tr("Signing in…"), this)),
      m_signIn(new QPushButton(Theme::icon(QStringLiteral("unlock"), QPalette::HighlightedText), tr("&Sign in"), this)),
      m_setUp(new QPushButton(tr("Set &up this workstation…"), this))
{
    // The application display name ("CareLedger") is appended by Qt.
    setWindowTitle(tr("Sign in"));
    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_setUp->setObjectName(QStringLiteral("setUpButton"));
    setWindowIcon(Theme::icon(QStringLiteral("record")));

    auto *title = new QLabel(tr("CareLedger"), this);
    title->setProperty("role", "heading");
    auto *subtitle = new QLabel(tr("Sign in with your password and the code from your authenticator app."), this);
    subtitle->setProperty("role", "caption");
    subtitle->setWordWrap(true);

    m_notice->setWordWrap(true);
    m_notice->hide();

    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_account->setAccessibleName(tr("Account"));
    m_account->lineEdit()->setPlaceholderText(tr("Your login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_code->setMaxLength(6);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setAccessibleName(tr("Sign-in code"));
    QFont codeFont = m_code->font();
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_code->setFont(codeFont);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(12);
    form->addRow(tr("&Account"), m_account);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Sign-in &code"), m_code);

    m_error->setWordWrap(true);
    m_error->setProperty("severity", "critical");
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progressLabel->setProperty("role", "caption");
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_progressLabel);
    busyRow->addWidget(m_progress, 1);
    m_progress->hide();
    m_progressLabel->hide();

    m_signIn->setDefault(true);
    m_signIn->setProperty("role", "primary");
    m_setUp->setAutoDefault(false);
    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setAutoDefault(false);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setUp);
    buttons->addStretch(1);
    buttons->addWidget(quit);
    buttons->addWidget(m_signIn);

    auto *card = new QFrame(this);
    card->setProperty("role", "card");
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(title);
    cardLayout->addWidget(subtitle);
    cardLayout->addWidget(m_notice);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addLayout(busyRow);
    cardLayout->addStretch(1);
    cardLayout->addLayout(buttons);
    card->setMinimumWidth(440);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addWidget(card, 1);
    // Messages that appear later make the window grow rather than squeeze the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    setTabOrder(m_account, m_password);
    setTabOrder(m_password, m_code);
    setTabOrder(m_code, m_signIn);
    setTabOrder(m_signIn, quit);
    setTabOrder(quit, m_setUp);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_setUp, &QPushButton::clicked, this, &LoginDialog::openEnrolment);
    connect(m_account, &QComboBox::currentTextChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_code, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_code, &QLineEdit::returnPressed, this, &LoginDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_code->text().size() == 6)
            signIn();
        else
            m_code->setFocus();
    });

    connect(&engine, &WorkstationEngine::signedIn, this, [this] {
        if (!m_busy)
            return;
        setBusy(false);
        m_password->clear();
        m_code->clear();
        accept();
    });
    connect(&engine, &WorkstationEngine::signInFailed, this, [this](const QString &code, const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        showError(refusalText(code, message));
        m_code->clear();
        if (code == QLatin1String("wrong_password")) {
            m_password->selectAll();
            m_password->setFocus();
        } else {
            m_code->setFocus();
        }
    });
    connect(&engine, &WorkstationEngine::startFailed, this, [this](const QString &message) {
        setNotice(tr("The workstation could not start: %1").arg(message), true);
    });
    // New accounts (the enrolment dialog's, or demo users set up at start) join the list.
    connect(&engine, &WorkstationEngine::accountCreated, this, &LoginDialog::refreshAccounts);

    refreshAccounts();
    updateButtons();
}

void LoginDialog::setDemoAccounts(const QList<DemoAccount> &accounts)
{
    m_demoAccounts = accounts;
    delete m_demo;
    m_demo = nullptr;
    m_demoCodes.clear();
    if (accounts.isEmpty())
        return;

    m_demo = new QGroupBox(tr("Demo network — not for real patients"), this);
    m_demo->setAccessibleName(tr("Demo accounts"));
    auto *intro = new QLabel(tr("These demo users were created by “careledgerd demo”. Their sign-in codes are shown here "
                                "only because this is a demonstration; a real code comes from the user's phone."),
                             m_demo);
    intro->setWordWrap(true);
    intro->setProperty("role", "caption");

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    const QStringList headers{tr("User"), tr("Login"), tr("Password"), tr("Code")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(headers.at(c), m_demo);
        h->setProperty("role", "caption");
        grid->addWidget(h, 0, c);
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < accounts.size(); ++i) {
        const DemoAccount &a = accounts.at(i);
        auto *name = new QLabel(a.displayName, m_demo);
        auto *login = new QLabel(a.login(), m_demo);
        auto *password = new QLabel(a.password(), m_demo);
        auto *code = new QLabel(m_demo);
        for (QLabel *l : {login, password, code}) {
            l->setFont(mono);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        auto *use = new QPushButton(tr("Use"), m_demo);
        use->setAutoDefault(false);
        use->setAccessibleName(tr("Sign in as %1").arg(a.displayName));
        connect(use, &QPushButton::clicked, this, [this, i] {
            if (m_busy || i >= m_demoAccounts.size())
                return;
            const DemoAccount &a = m_demoAccounts.at(i);
            setLogin(a.login());
            m_password->setText(a.password());
            m_code->setText(a.codeAt(QDateTime::currentMSecsSinceEpoch()));
            m_signIn->setFocus();
        });
        grid->addWidget(name, i + 1, 0);
        grid->addWidget(login, i + 1, 1);
        grid->addWidget(password, i + 1, 2);
        grid->addWidget(code, i + 1, 3);
        grid->addWidget(use, i + 1, 4);
        m_demoCodes << code;
    }
    grid->setColumnStretch(0, 1);
    m_demoCountdown = new QLabel(m_demo);
    m_demoCountdown->setProperty("role", "caption");

    auto *layout = new QVBoxLayout(m_demo);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_demoCountdown);
    layout->addStretch(1);
    static_cast<QHBoxLayout *>(this->layout())->addWidget(m_demo, 1);

    if (!m_demoTimer) {
        m_demoTimer = new QTimer(this);
        m_demoTimer->setInterval(1000);
        connect(m_demoTimer, &QTimer::timeout, this, &LoginDialog::refreshDemoCodes);
    }
    m_demoTimer->start();
    refreshDemoCodes();
}

void LoginDialog::refreshDemoCodes()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < m_demoCodes.size() && i < m_demoAccounts.size(); ++i) {
        const QString code = m_demoAccounts.at(i).codeAt(now);
        m_demoCodes.at(i)->setText(code.isEmpty() ? tr("unreadable") : code);
    }
    if (m_demoCountdown)
        {
        // A countdown (m:ss) reads the same for one second or many: no "second(s)".
        const int left = DemoAccounts::secondsLeft(now);
        m_demoCountdown->setText(tr("Codes change in %1.", "countdown, m:ss").arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
    }
}

void LoginDialog::setNotice(const QString &text, bool isError)
{
    m_notice->setText(text);
    m_notice->setProperty("severity", isError ? "critical" : "info");
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
    m_notice->setVisible(!text.isEmpty());
}

void LoginDialog::setLogin(const QString &login)
{
    for (int i = 0; i < m_account->count(); ++i) {
        if (m_account->itemData(i).toString() == login) {
            m_account->setCurrentIndex(i);
            return;
        }
    }
    m_account->setCurrentIndex(-1);
    m_account->setEditText(login);
}

QString LoginDialog::login() const
{
    const int i = m_account->currentIndex();
    if (i >= 0 && m_account->currentText() == m_account->itemText(i))
        return m_account->itemData(i).toString();
    return m_account->currentText().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::refreshAccounts()
{
    const QString current = login();
    const QSignalBlocker block(m_account);
    m_account->clear();
    for (const LocalAccount &a : m_engine.accounts()) {
        const QString label = a.displayName.isEmpty() || a.displayName == a.login
                                  ? a.login
                                  : tr("%1 (%2)", "display name (login)").arg(a.displayName, a.login);
        m_account->addItem(Theme::icon(QStringLiteral("user")), label, a.login);
    }
    if (!current.isEmpty())
        setLogin(current);
    else if (m_account->count() == 1)
        m_account->setCurrentIndex(0);
    else
        m_account->setCurrentIndex(-1);
    updateButtons();
}

void LoginDialog::signIn()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    m_engine.signIn(login(), m_password->text(), m_code->text());
}

void LoginDialog::openEnrolment()
{
    auto *dialog = new EnrolmentDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnrolmentDialog::accountReady, this, [this](const QString &login) {
        refreshAccounts();
        setLogin(login);
        m_password->setFocus();
    });
    dialog->open();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_account), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_setUp)})
        w->setEnabled(!busy);
    if (m_demo)
        m_demo->setEnabled(!busy);
    updateButtons();
}

void LoginDialog::updateButtons()
{
    m_signIn->setEnabled(!m_busy && !login().isEmpty() && !m_password->text().isEmpty() && m_code->text().size() == 6);
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString LoginDialog::refusalText(const QString &code, const QString &message)
{
    if (code == QLatin1String("bad_totp"))
        return tr("The sign-in code is not correct or has expired. Codes change every 30 seconds: enter the one your "
                  "authenticator app shows now.");
    if (code == QLatin1String("locked")) {
        const QString until = untilText(message);
        return until.isEmpty() ? tr("Signing in is locked after too many wrong codes. Try again later.")
                               : tr("Signing in is locked after too many wrong codes. Try again after %1.").arg(until);
    }
    if (code == QLatin1String("rate_limited")) {
        const int seconds = secondsIn(message);
        return seconds > 0 ? tr("Too many failed sign-ins from this workstation. Try again in %1.", "countdown, m:ss")
                                 .arg(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')))
                           : tr("Too many failed sign-ins from this workstation. Try again in a few minutes.");
    }
    if (code == QLatin1String("wrong_password"))
        return tr("The password is not correct.");
    if (code == QLatin1String("keychain_locked"))
        return tr("The system keychain is locked, so your keys cannot be read. Unlock it (sign in to the desktop "
                  "again) and retry.");
    if (code == QLatin1String("keychain_unavailable"))
        return tr("The system keychain is not available on this computer, so your keys cannot be read. Ask IT "
                  "to check the Secret Service (GNOME Keyring).");
    if (code == QLatin1String("no_node"))
        return tr("No hospital node could be reached. Check the network connection and try again.");
    if (code == QLatin1String("unknown_account") || code == QLatin1String("no_account"))
        return tr("No account of that name is set up on this workstation. Choose one from the list, or set up this "
                  "workstation for you first.");
    if (code == QLatin1String("unknown_user"))
        return tr("The hospital node does not know this user: the enrolment is not done yet, or it was revoked. Ask "
                  "your organisation's administrator.");
    if (code == QLatin1String("totp_not_enrolled"))
        return tr("No sign-in codes are set up for this user yet. Ask your organisation's administrator to finish "
                  "your enrolment.");
    if (code == QLatin1String("revoked"))
        return tr("This user's access has been revoked. Ask your organisation's administrator.");
    return message.isEmpty() ? tr("Signing in failed (%1).").arg(code) : tr("Signing in failed: %1").arg(message);
}

} // namespace careledger
