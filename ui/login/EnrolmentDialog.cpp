#include "EnrolmentDialog.h"

#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace careledger {

EnrolmentDialog::EnrolmentDialog(WorkstationEngine &engine, QWidget *parent)
    : QDialog(parent),
      m_engine(engine),
      m_pages(new QStackedWidget(this)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)),
      m_strength(new QLabel(this)),
      m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_progressLabel(new QLabel(this)),
      m_create(new QPushButton(Theme::icon(QStringLiteral("add"), QPalette::HighlightedText), tr("&Create account"), this)),
      m_import(new QPushButton(Theme::icon(QStringLiteral("import")), tr("&Import key file…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_doneText(new QLabel(this)),
      m_request(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("&Copy request"), this))
{
    setWindowTitle(tr("Set up this workstation"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_request->setObjectName(QStringLiteral("requestText"));
    setMinimumWidth(520);

    // Form page.
    auto *form = new QWidget(this);
    auto *heading = new QLabel(tr("Set up your account on this workstation"), form);
    heading->setProperty("role", "heading");
    auto *intro = new QLabel(tr("Your signing keys are made here and kept in this computer's keychain, protected by "
                                "your password. Your organisation's administrator then enrols them. If you were "
                                "given a key file, import it instead."),
                             form);
    intro->setWordWrap(true);

    m_login->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._@-]{0,64}")), m_login));
    m_login->setPlaceholderText(tr("e.g. ahart"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, MinPasswordLength));
    m_strength->setProperty("role", "caption");
    m_error->setProperty("severity", "critical");
    m_error->setWordWrap(true);
    m_error->hide();

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("&Login"), m_login);
    fields->addRow(tr("&Password"), m_password);
    fields->addRow(QString(), m_strength);
    fields->addRow(tr("&Repeat password"), m_repeat);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_progressLabel->setProperty("role", "caption");
    m_progressLabel->hide();
    auto *busy = new QHBoxLayout;
    busy->addWidget(m_progressLabel);
    busy->addWidget(m_progress, 1);

    m_create->setDefault(true);
    m_create->setProperty("role", "primary");
    m_import->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->setSpacing(12);
    formLayout->addWidget(heading);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_error);
    formLayout->addLayout(busy);
    formLayout->addStretch(1);
    formLayout->addLayout(buttons);

    // Done page.
    auto *done = new QWidget(this);
    auto *doneHeading = new QLabel(tr("Account set up"), done);
    doneHeading->setProperty("role", "heading");
    m_doneText->setWordWrap(true);
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setAccessibleName(tr("Enrolment request"));
    auto *close = new QPushButton(tr("&Done"), done);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_request->toPlainText());
        m_copy->setText(tr("Copied"));
    });
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addWidget(m_copy);
    doneButtons->addStretch(1);
    doneButtons->addWidget(close);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->setSpacing(12);
    doneLayout->addWidget(doneHeading);
    doneLayout->addWidget(m_doneText);
    doneLayout->addWidget(m_request, 1);
    doneLayout->addLayout(doneButtons);

    m_pages->addWidget(form);
    m_pages->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_login, &QLineEdit::textChanged, this, &EnrolmentDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &EnrolmentDialog::updateState);
    connect(m_repeat, &QLineEdit::textChanged, this, &EnrolmentDialog::updateState);
    connect(m_create, &QPushButton::clicked, this, &EnrolmentDialog::createAccount);
    connect(m_import, &QPushButton::clicked, this, &EnrolmentDialog::importKeyFile);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    connect(&engine, &WorkstationEngine::accountCreated, this,
            [this](const LocalAccount &account, const QString &request) {
                if (!m_busy || account.login != m_pendingLogin)
                    return;
                setBusy(false);
                m_password->clear();
                m_repeat->clear();
                if (request.isEmpty()) {
                    m_doneText->setText(tr("The key file is imported for “%1”. You can sign in now.").arg(account.login));
                    m_request->hide();
                    m_copy->hide();
                } else {
                    m_doneText->setText(tr("The keys for “%1” are in this computer's keychain. Give the enrolment "
                                           "request below to your organisation's administrator; once they have "
                                           "enrolled you and set up your sign-in codes, you can sign in.")
                                            .arg(account.login));
                    m_request->setPlainText(request);
                }
                m_pages->setCurrentIndex(1);
                emit accountReady(account.login);
            });
    connect(&engine, &WorkstationEngine::accountFailed, this, [this](const QString &code, const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        QString text;
        if (code == QLatin1String("exists"))
            text = tr("An account of that login is already set up here. Choose another login.");
        else if (code == QLatin1String("keychain_locked"))
            text = tr("The system keychain is locked. Unlock it and try again.");
        else if (code == QLatin1String("keychain_unavailable"))
            text = tr("The system keychain is not available on this computer, so no keys can be stored.");
        else if (code == QLatin1String("bad_key"))
            text = tr("That file is not a CareLedger secret key.");
        else
            text = message.isEmpty() ? code : message;
        m_error->setText(text);
        m_error->show();
    });
    updateState();
}

int EnrolmentDialog::passwordStrength(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return 0;
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    QString distinct;
    for (const QChar c : password) {
        if (!distinct.contains(c))
            distinct.append(c);
    }
    if (distinct.size() < 6)
        return 1;
    int score = 1;
    if (password.size() >= 16)
        ++score;
    if (password.size() >= 20)
        ++score;
    if (classes >= 3)
        ++score;
    return qMin(score, 4);
}

QString EnrolmentDialog::enrolmentRequest() const
{
    return m_request->toPlainText();
}

QString EnrolmentDialog::validationError() const
{
    if (m_login->text().trimmed().isEmpty())
        return tr("Choose a login.");
    if (m_password->text().size() < MinPasswordLength)
        return tr("The password needs at least %n characters.", nullptr, MinPasswordLength);
    if (m_repeat->text() != m_password->text())
        return tr("The two passwords differ.");
    return {};
}

void EnrolmentDialog::updateState()
{
    static const char *const words[] = {QT_TR_NOOP("too short"), QT_TR_NOOP("weak: add length or variety"),
                                        QT_TR_NOOP("fair"), QT_TR_NOOP("good"), QT_TR_NOOP("strong")};
    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_strength->setText(tr("A passphrase of a few unrelated words is easy to remember and hard to guess."));
    } else {
        const int s = passwordStrength(password);
        m_strength->setText(tr("Strength: %1").arg(tr(words[s])));
    }
    const bool valid = validationError().isEmpty();
    m_create->setEnabled(!m_busy && valid);
    m_import->setEnabled(!m_busy && valid);
    // Only a finished second entry that differs is worth a message; the rest shows in the strength line.
    const QString repeat = m_repeat->text();
    const bool differs = !repeat.isEmpty() && repeat.size() >= password.size() && repeat != password;
    if (!m_busy) {
        m_error->setText(differs ? tr("The two passwords differ.") : QString());
        m_error->setVisible(differs);
    }
}

void EnrolmentDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_progressLabel->setText(what);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    if (busy)
        m_error->hide();
    updateState();
}

void EnrolmentDialog::createAccount()
{
    if (m_busy || !validationError().isEmpty())
        return;
    m_pendingLogin = m_login->text().trimmed();
    setBusy(true, tr("Making your keys…"));
    m_engine.createAccount(m_pendingLogin, m_password->text());
}

void EnrolmentDialog::importKeyFile()
{
    if (m_busy || !validationError().isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a secret key file"), QString(),
                                                      tr("Key files (*.key);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != 64) {
        m_error->setText(tr("“%1” is not a secret key file (64 bytes).").arg(QFileInfo(path).fileName()));
        m_error->show();
        return;
    }
    QByteArray key = file.readAll();
    importKey(key);
    key.fill('\0');
}

void EnrolmentDialog::importKey(const QByteArray &secretKey)
{
    if (m_busy || !validationError().isEmpty())
        return;
    m_pendingLogin = m_login->text().trimmed();
    setBusy(true, tr("Importing the key…"));
    m_engine.importAccount(m_pendingLogin, m_password->text(), secretKey);
}

} // namespace careledger
