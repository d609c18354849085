#include "KioskWindow.h"

#include "export/RecordPdfWriter.h"
#include "fhir/FhirRenderer.h"
#include "main/UserInput.h"
#include "record/TimelineDelegate.h"
#include "record/TimelineModel.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace careledger {

namespace {

constexpr int kDefaultIdleMs = 3 * 60 * 1000;

enum Duration { ThirtyDays = 0, OneYear = 1, UntilRevoked = 2 };
const char *const kPurposes[] = {"treatment", "referral", "emergency"};

QLabel *makeLabel(const QString &text, QWidget *parent, const QString &name = {}, const char *role = nullptr)
{
    auto *l = new QLabel(text, parent);
    if (!name.isEmpty())
        l->setObjectName(name);
    if (role)
        l->setProperty("role", QString::fromLatin1(role));
    l->setWordWrap(true);
    return l;
}

QFrame *makeCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setProperty("role", QStringLiteral("card"));
    card->setFrameShape(QFrame::StyledPanel);
    return card;
}

void scaleFont(QWidget *w, qreal factor, bool bold = false)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    if (bold)
        f.setWeight(QFont::DemiBold);
    w->setFont(f);
}

void setTextColor(QLabel *label, const QColor &color)
{
    label->setStyleSheet(color.isValid() ? QStringLiteral("QLabel { color: %1; }").arg(color.name()) : QString());
}

} // namespace

QString KioskWindow::purposeLabel(const QString &purpose)
{
    if (purpose == QLatin1String("treatment"))
        return tr("Treatment");
    if (purpose == QLatin1String("referral"))
        return tr("Referral");
    if (purpose == QLatin1String("emergency"))
        return tr("Emergency care");
    return purpose;
}

QString KioskWindow::purposeInSentence(const QString &purpose)
{
    // Separate messages, not purposeLabel().toLower(): in German the noun
    // keeps its capital ("für die Behandlung").
    if (purpose == QLatin1String("treatment"))
        return tr("treatment", "purpose, inside the sentence \"… asks to read your records (…) for %3 …\"");
    if (purpose == QLatin1String("referral"))
        return tr("a referral", "purpose, inside the sentence \"… asks to read your records (…) for %3 …\"");
    if (purpose == QLatin1String("emergency"))
        return tr("emergency care", "purpose, inside the sentence \"… asks to read your records (…) for %3 …\"");
    return purpose;
}

KioskWindow::KioskWindow(WorkstationEngine &engine, const QString &patientId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_engine(engine), m_patientId(patientId), m_orgName(engine.user().orgName)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Your records"));
    setProperty("kiosk", QStringLiteral("true"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    // Theme's kiosk="true" enlarges labels, buttons and line edits; the rest here.
    setStyleSheet(QStringLiteral("QCheckBox, QRadioButton, QTabBar::tab, QTextBrowser, QListView { font-size: 14pt; }"
                                 "QCheckBox::indicator, QRadioButton::indicator { width: 20px; height: 20px; }"
                                 "QCheckBox, QRadioButton { spacing: 10px; padding: 3px 0px; }"));
    if (m_orgName.isEmpty())
        m_orgName = tr("This facility");

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 20, 32, 24);
    root->setSpacing(16);

    // Top bar: who runs this screen, and the way out.
    auto *top = new QHBoxLayout;
    auto *brand = makeLabel(tr("CareLedger · %1").arg(m_orgName), this, QStringLiteral("brandLabel"), "caption");
    brand->setWordWrap(false);
    m_finish = new QPushButton(tr("&Finish"), this);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setToolTip(tr("End and hand the screen back to the staff. Nothing of your private ID is kept."));
    m_finish->setAutoDefault(false);
    top->addWidget(brand, 1);
    top->addWidget(m_finish);
    root->addLayout(top);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("kioskPages"));
    m_pages->addWidget(buildIdentifyPage());
    m_pages->addWidget(buildMainPage());
    root->addWidget(m_pages, 1);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &KioskWindow::tickCountdown);
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(kDefaultIdleMs);
    connect(m_idle, &QTimer::timeout, this, &KioskWindow::finish);
    m_idle->start();
    qApp->installEventFilter(this);

    connect(m_finish, &QPushButton::clicked, this, &KioskWindow::finish);
    // Queued: an answer emitted inside a call must find its request id set.
    connect(&m_engine, &WorkstationEngine::kioskIdentified, this, &KioskWindow::onIdentified, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::kioskRefused, this, &KioskWindow::onRefused, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::kioskConsentsReady, this, &KioskWindow::onConsents, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::kioskDone, this, &KioskWindow::onDone, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::requestFailed, this, &KioskWindow::onFailed, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::recordFailed, this, &KioskWindow::onFailed, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::exportReady, this, &KioskWindow::onExport, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::locked, this, &KioskWindow::finish);
    connect(&m_engine, &WorkstationEngine::signedOut, this, &KioskWindow::finish);

    resize(1100, 800);
    m_privateId->setFocus();
}

KioskWindow::~KioskWindow()
{
    if (m_step != Step::Finished)
        m_engine.kioskEnd();
    // Hide while the members still exist (see RecordFormDialog's destructor).
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
    m_step = Step::Finished;
    hide();
}

// --- step 1: the private ID ---------------------------------------------------

QWidget *KioskWindow::buildIdentifyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("identifyPage"));
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);

    auto *card = makeCard(page);
    card->setMaximumWidth(720);
    auto *v = new QVBoxLayout(card);
    v->setContentsMargins(36, 32, 36, 32);
    v->setSpacing(14);

    auto *welcome = makeLabel(tr("Welcome"), card, QStringLiteral("welcomeLabel"), "heading");
    scaleFont(welcome, 1.6, true);
    v->addWidget(welcome);
    auto *ask = makeLabel(tr("Please type your private ID"), card, QStringLiteral("askLabel"));
    scaleFont(ask, 1.2, true);
    v->addWidget(ask);
    v->addWidget(makeLabel(tr("It is on the card you received when you registered. Capital or small letters, "
                              "spaces and dashes do not matter."),
                           card, QStringLiteral("hintLabel"), "caption"));

    auto *row = new QHBoxLayout;
    m_privateId = new QLineEdit(card);
    m_privateId->setObjectName(QStringLiteral("privateIdEdit"));
    m_privateId->setEchoMode(QLineEdit::Password);
    m_privateId->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_privateId->setPlaceholderText(tr("for example K7QH-2MXP-9TAV"));
    m_privateId->setAccessibleName(tr("Private ID"));
    m_privateId->setMaxLength(128);
    m_privateId->setContextMenuPolicy(Qt::NoContextMenu);
    m_privateId->setMinimumHeight(m_privateId->sizeHint().height() * 3 / 2);
    scaleFont(m_privateId, 1.3);
    m_showPrivateId = new QPushButton(card);
    m_showPrivateId->setObjectName(QStringLiteral("showPrivateIdButton"));
    m_showPrivateId->setCheckable(true);
    m_showPrivateId->setText(tr("Show"));
    m_showPrivateId->setToolTip(tr("Show what you typed"));
    m_showPrivateId->setMinimumHeight(m_privateId->minimumHeight());
    m_showPrivateId->setAutoDefault(false);
    row->addWidget(m_privateId, 1);
    row->addWidget(m_showPrivateId);
    v->addLayout(row);

    m_identifyMessage = makeLabel(QString(), card, QStringLiteral("identifyMessage"));
    m_identifyMessage->hide();
    v->addWidget(m_identifyMessage);
    m_countdownLabel = makeLabel(QString(), card, QStringLiteral("countdownLabel"));
    m_countdownLabel->hide();
    v->addWidget(m_countdownLabel);

    auto *buttons = new QHBoxLayout;
    m_identifyProgress = new QProgressBar(card);
    m_identifyProgress->setObjectName(QStringLiteral("identifyProgress"));
    m_identifyProgress->setRange(0, 0);
    m_identifyProgress->setTextVisible(false);
    m_identifyProgress->setMaximumWidth(200);
    m_identifyProgress->hide();
    m_identify = new QPushButton(tr("&Continue"), card);
    m_identify->setObjectName(QStringLiteral("identifyButton"));
    m_identify->setProperty("role", QStringLiteral("primary"));
    m_identify->setDefault(true);
    m_identify->setEnabled(false);
    m_identify->setMinimumHeight(m_privateId->minimumHeight());
    m_identify->setMinimumWidth(180);
    buttons->addWidget(m_identifyProgress);
    buttons->addStretch(1);
    buttons->addWidget(m_identify);
    v->addLayout(buttons);

    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(card, 4);
    center->addStretch(1);
    outer->addLayout(center);
    outer->addStretch(2);

    connect(m_showPrivateId, &QPushButton::toggled, this, [this](bool show) {
        m_privateId->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showPrivateId->setText(show ? tr("Hide") : tr("Show"));
        m_showPrivateId->setToolTip(show ? tr("Hide what you typed") : tr("Show what you typed"));
    });
    connect(m_privateId, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_identify->setEnabled(!text.trimmed().isEmpty() && m_identifyRequest == 0 && retrySecondsLeft() == 0);
    });
    connect(m_privateId, &QLineEdit::returnPressed, this, &KioskWindow::identify);
    connect(m_identify, &QPushButton::clicked, this, &KioskWindow::identify);
    return page;
}

void KioskWindow::identify()
{
    if (m_step != Step::Identify || m_identifyRequest != 0 || retrySecondsLeft() > 0)
        return;
    const QString typed = m_privateId->text().trimmed();
    if (typed.isEmpty()) {
        setIdentifyMessage(tr("Please type your private ID."), true);
        return;
    }
    // What was typed does not stay in the widget (the engine normalises it).
    m_privateId->clear();
    setIdentifyMessage(tr("Checking your private ID… this takes a few seconds."), false);
    setIdentifyBusy(true);
    m_identifyRequest = m_engine.kioskIdentify(m_patientId, typed);
}

void KioskWindow::setIdentifyBusy(bool busy)
{
    m_identifyProgress->setVisible(busy);
    const bool blocked = busy || retrySecondsLeft() > 0;
    m_privateId->setEnabled(!blocked);
    m_showPrivateId->setEnabled(!blocked);
    m_identify->setEnabled(!blocked && !m_privateId->text().trimmed().isEmpty());
    if (!blocked)
        m_privateId->setFocus();
}

void KioskWindow::setIdentifyMessage(const QString &text, bool error)
{
    m_identifyMessage->setText(text);
    m_identifyMessage->setVisible(!text.isEmpty());
    setTextColor(m_identifyMessage, error ? Theme::danger() : QColor());
}

int KioskWindow::retrySecondsLeft() const
{
    if (!m_retryUntil.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_retryUntil);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void KioskWindow::tickCountdown()
{
    const int left = retrySecondsLeft();
    if (left <= 0) {
        m_countdown->stop();
        m_retryUntil = {};
        m_countdownLabel->hide();
        setIdentifyBusy(false);
        setIdentifyMessage(tr("You can try again now."), false);
        return;
    }
    m_countdownLabel->setText(tr("You can try again in %1.", "countdown, m:ss").arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
    m_countdownLabel->show();
}

void KioskWindow::onIdentified(quint64 request, const PatientSummary &patient)
{
    if (request == 0 || request != m_identifyRequest)
        return;
    m_identifyRequest = 0;
    m_step = Step::Identified;
    m_patient = patient;
    if (m_patient.patientId.isEmpty())
        m_patient.patientId = m_patientId;
    setIdentifyBusy(false);
    setIdentifyMessage(QString(), false);
    m_greeting->setText(m_patient.given.isEmpty() ? tr("Hello") : tr("Hello, %1").arg(m_patient.given));
    m_pages->setCurrentIndex(1);
    updateRequest();
    refreshConsents();
    m_timeline->setQuery(TimelineQuery{m_patientId, {}, {}, {}});
    m_grant->setFocus();
}

void KioskWindow::onRefused(quint64 request, const QString &code, const QString &message, int retryAfterSeconds)
{
    if (request == 0)
        return;
    if (request == m_identifyRequest) {
        m_identifyRequest = 0;
        setIdentifyMessage(message.isEmpty() ? tr("That private ID is not right. Please check it and try again.")
                                             : message,
                           true);
        if (retryAfterSeconds > 0 || code == QLatin1String("rate_limited")) {
            m_retryUntil = QDateTime::currentDateTimeUtc().addSecs(qMax(1, retryAfterSeconds));
            tickCountdown();
            m_countdown->start();
        }
        setIdentifyBusy(false);
    } else if (request == m_grantRequest || request == m_revokeRequest) {
        m_grantRequest = m_revokeRequest = 0;
        setConsentStatus(message, true);
        updateRequest();
        showConsents();
    }
}

// --- step 2: consent --------------------------------------------------------------

QWidget *KioskWindow::buildMainPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("identifiedPage"));
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(12);
    m_greeting = makeLabel(QString(), page, QStringLiteral("greetingLabel"), "heading");
    scaleFont(m_greeting, 1.5, true);
    v->addWidget(m_greeting);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("kioskTabs"));
    // Icons in proportion to the kiosk's 14 pt tab text. Sharing: the link
    // (the signature icon is a squiggle to a patient at this size).
    m_tabs->setIconSize(QSize(24, 24));
    m_tabs->addTab(buildConsentTab(), Theme::icon(QStringLiteral("proof")), tr("&Sharing"));
    m_tabs->addTab(buildRecordsTab(), Theme::icon(QStringLiteral("record")), tr("My &records"));
    v->addWidget(m_tabs, 1);
    return page;
}

void KioskWindow::buildScopeGroups()
{
    // Kinds that share resource types are one choice: a consent is per type.
    for (const QString &kind : FhirRenderer::kinds()) {
        const QStringList types = FhirRenderer::resourceTypesFor(kind);
        if (types.isEmpty())
            continue;
        ScopeGroup *into = nullptr;
        for (ScopeGroup &g : m_scopeGroups) {
            for (const QString &t : types) {
                if (g.types.contains(t))
                    into = &g;
            }
        }
        if (!into) {
            m_scopeGroups.append(ScopeGroup{kind, FhirRenderer::kindLabel(kind), types, nullptr});
            continue;
        }
        into->label = tr("%1, %2").arg(into->label, FhirRenderer::kindLabel(kind));
        for (const QString &t : types) {
            if (!into->types.contains(t))
                into->types.append(t);
        }
    }
}

QWidget *KioskWindow::buildConsentTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("consentTab"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(4, 12, 4, 12);
    v->setSpacing(16);

    // What the facility asks.
    auto *card = makeCard(content);
    auto *c = new QVBoxLayout(card);
    c->setContentsMargins(24, 20, 24, 20);
    c->setSpacing(12);
    auto *askTitle = makeLabel(tr("Sharing your records with %1").arg(m_orgName), card,
                               QStringLiteral("askTitleLabel"), "subheading");
    scaleFont(askTitle, 1.2, true);
    c->addWidget(askTitle);
    m_request = makeLabel(QString(), card, QStringLiteral("requestLabel"));
    scaleFont(m_request, 1.1);
    c->addWidget(m_request);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(8);
    auto *whatLabel = makeLabel(tr("What may they read?"), card, {}, "subheading");
    auto *whyLabel = makeLabel(tr("Why?"), card, {}, "subheading");
    auto *howLongLabel = makeLabel(tr("For how long?"), card, {}, "subheading");
    grid->addWidget(whatLabel, 0, 0);
    grid->addWidget(whyLabel, 0, 1);
    grid->addWidget(howLongLabel, 0, 2);

    auto *what = new QVBoxLayout;
    m_scopeAll = new QCheckBox(tr("&All my records"), card);
    m_scopeAll->setObjectName(QStringLiteral("scopeAllCheck"));
    m_scopeAll->setChecked(true);
    what->addWidget(m_scopeAll);
    buildScopeGroups();
    auto *groups = new QGridLayout;
    groups->setContentsMargins(28, 0, 0, 0);
    groups->setHorizontalSpacing(24);
    const int perColumn = int((m_scopeGroups.size() + 1) / 2);
    for (int i = 0; i < m_scopeGroups.size(); ++i) {
        ScopeGroup &g = m_scopeGroups[i];
        g.check = new QCheckBox(g.label, card);
        g.check->setObjectName(QStringLiteral("scopeCheck_") + g.key);
        g.check->setEnabled(false);
        g.check->setChecked(true);
        groups->addWidget(g.check, i % perColumn, i / perColumn);
        connect(g.check, &QCheckBox::toggled, this, &KioskWindow::updateRequest);
    }
    what->addLayout(groups);
    what->addStretch(1);
    grid->addLayout(what, 1, 0);

    auto *why = new QVBoxLayout;
    m_purpose = new QButtonGroup(this);
    for (int i = 0; i < 3; ++i) {
        auto *r = new QRadioButton(purposeLabel(QString::fromLatin1(kPurposes[i])), card);
        r->setObjectName(QStringLiteral("purposeRadio_") + QString::fromLatin1(kPurposes[i]));
        m_purpose->addButton(r, i);
        why->addWidget(r);
    }
    m_purpose->button(0)->setChecked(true);
    why->addStretch(1);
    grid->addLayout(why, 1, 1);

    auto *howLong = new QVBoxLayout;
    m_duration = new QButtonGroup(this);
    const QStringList durations = {tr("30 days"), tr("1 year"), tr("Until I revoke it")};
    const QStringList durationNames = {QStringLiteral("30d"), QStringLiteral("1y"), QStringLiteral("revoked")};
    for (int i = 0; i < durations.size(); ++i) {
        auto *r = new QRadioButton(durations.at(i), card);
        r->setObjectName(QStringLiteral("durationRadio_") + durationNames.at(i));
        m_duration->addButton(r, i);
        howLong->addWidget(r);
    }
    m_duration->button(OneYear)->setChecked(true);
    howLong->addStretch(1);
    grid->addLayout(howLong, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    c->addLayout(grid);

    auto *buttons = new QHBoxLayout;
    m_consentStatus = makeLabel(QString(), card, QStringLiteral("consentStatusLabel"));
    // The main action: its label alone, centred (no icon on the accent fill).
    m_grant = new QPushButton(tr("&Grant access"), card);
    m_grant->setObjectName(QStringLiteral("grantButton"));
    m_grant->setProperty("role", QStringLiteral("primary"));
    m_grant->setMinimumWidth(200);
    m_notNow = new QPushButton(tr("&Not now"), card);
    m_notNow->setObjectName(QStringLiteral("notNowButton"));
    buttons->addWidget(m_consentStatus, 1);
    buttons->addWidget(m_notNow);
    buttons->addWidget(m_grant);
    c->addLayout(buttons);
    v->addWidget(card);

    // What is in force.
    auto *current = makeLabel(tr("Who can read your records"), content, QStringLiteral("consentsTitle"), "subheading");
    scaleFont(current, 1.15, true);
    v->addWidget(current);
    m_consentsBox = new QWidget(content);
    m_consentsBox->setObjectName(QStringLiteral("consentsBox"));
    m_consentsLayout = new QVBoxLayout(m_consentsBox);
    m_consentsLayout->setContentsMargins(0, 0, 0, 0);
    m_consentsLayout->setSpacing(8);
    v->addWidget(m_consentsBox);
    v->addStretch(1);
    scroll->setWidget(content);

    connect(m_scopeAll, &QCheckBox::toggled, this, [this](bool all) {
        for (ScopeGroup &g : m_scopeGroups)
            g.check->setEnabled(!all);
        updateRequest();
    });
    connect(m_purpose, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateRequest();
    });
    connect(m_duration, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateRequest();
    });
    connect(m_grant, &QPushButton::clicked, this, &KioskWindow::grant);
    connect(m_notNow, &QPushButton::clicked, this, &KioskWindow::notNow);
    return scroll;
}

QStringList KioskWindow::chosenScope() const
{
    if (m_scopeAll->isChecked())
        return {};
    QStringList types;
    for (const ScopeGroup &g : m_scopeGroups) {
        if (!g.check->isChecked())
            continue;
        for (const QString &t : g.types) {
            if (!types.contains(t))
                types.append(t);
        }
    }
    return types;
}

QString KioskWindow::chosenPurpose() const
{
    const int id = qBound(0, m_purpose->checkedId(), 2);
    return QString::fromLatin1(kPurposes[id]);
}

QDateTime KioskWindow::chosenExpiry(const QDateTime &now) const
{
    switch (m_duration->checkedId()) {
    case ThirtyDays:
        return now.addDays(30);
    case UntilRevoked:
        return now.addYears(10);
    case OneYear:
    default:
        return now.addYears(1);
    }
}

QString KioskWindow::requestText() const
{
    QStringList chosen;
    for (const ScopeGroup &g : m_scopeGroups) {
        if (g.check->isChecked())
            chosen.append(g.label);
    }
    if (!m_scopeAll->isChecked() && chosen.isEmpty())
        return tr("Choose which of your records %1 may read.").arg(m_orgName);

    const QString scope = m_scopeAll->isChecked() ? tr("all records")
                                                  : tr("only: %1").arg(QLocale().createSeparatedList(chosen));
    const QString purpose = purposeInSentence(chosenPurpose());
    const QString until = m_duration->checkedId() == UntilRevoked
                              ? tr("until you revoke it")
                              : tr("until %1").arg(QLocale().toString(chosenExpiry().date(), QLocale::LongFormat));
    return tr("%1 asks to read your records (%2) for %3 %4. You can revoke this at any time.")
        .arg(m_orgName, scope, purpose, until);
}

void KioskWindow::updateRequest()
{
    if (!m_request)
        return;
    m_request->setText(requestText());
    const bool scopeOk = m_scopeAll->isChecked() || !chosenScope().isEmpty();
    const bool busy = m_grantRequest != 0 || m_revokeRequest != 0;
    m_grant->setEnabled(scopeOk && !busy && m_step == Step::Identified);
    m_notNow->setEnabled(!busy);
}

void KioskWindow::grant()
{
    if (m_step != Step::Identified || m_grantRequest != 0 || m_revokeRequest != 0 || !m_grant->isEnabled())
        return;
    setConsentStatus(tr("Saving your consent… waiting for the network to sign it."), false, true);
    m_grantRequest = m_engine.kioskGrant(chosenScope(), chosenPurpose(), chosenExpiry().toUTC());
    updateRequest();
}

void KioskWindow::notNow()
{
    setConsentStatus(tr("Nothing was shared. You can look at your records, or press Finish."), false);
    m_tabs->setCurrentIndex(1);
}

void KioskWindow::revoke(const QByteArray &consentId)
{
    if (m_step != Step::Identified || m_grantRequest != 0 || m_revokeRequest != 0)
        return;
    setConsentStatus(tr("Revoking… waiting for the network to sign it."), false, true);
    m_revokeRequest = m_engine.kioskRevoke(consentId);
    updateRequest();
    showConsents();
}

void KioskWindow::refreshConsents()
{
    if (m_step == Step::Identified)
        m_consentsRequest = m_engine.kioskConsents();
}

void KioskWindow::onConsents(quint64 request, const QList<ConsentInfo> &consents)
{
    if (request == 0 || request != m_consentsRequest)
        return;
    m_consentsRequest = 0;
    m_consents = consents;
    showConsents();
}

void KioskWindow::showConsents()
{
    while (QLayoutItem *item = m_consentsLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const QLocale locale;
    int shown = 0;
    for (int i = 0; i < m_consents.size(); ++i) {
        const ConsentInfo &c = m_consents.at(i);
        auto *row = makeCard(m_consentsBox);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(18, 10, 12, 10);
        QStringList scopeLabels;
        for (const ScopeGroup &g : m_scopeGroups) {
            for (const QString &t : g.types) {
                if (c.scope.contains(t)) {
                    scopeLabels.append(g.label);
                    break;
                }
            }
        }
        const QString scope = c.scope.isEmpty() ? tr("all records")
                                                : tr("only: %1").arg(locale.createSeparatedList(scopeLabels));
        const QString who = c.granteeName.isEmpty() ? c.granteeOrg : c.granteeName;
        const bool untilRevoked = c.expiresAt.isValid() && c.grantedAt.isValid() && c.grantedAt.daysTo(c.expiresAt) > 3650 - 5;
        QString state;
        if (!c.active)
            state = c.expiresAt.isValid() && c.expiresAt < QDateTime::currentDateTime() ? tr("Expired") : tr("Revoked");
        const QString text =
            tr("<b>%1</b> · %2 · %3<br>%4")
                .arg(who.toHtmlEscaped(), purposeLabel(c.purpose).toHtmlEscaped(), scope.toHtmlEscaped(),
                     (untilRevoked ? tr("Given %1, until you revoke it").arg(locale.toString(c.grantedAt.date(), QLocale::ShortFormat))
                              : tr("Given %1, until %2")
                                    .arg(locale.toString(c.grantedAt.date(), QLocale::ShortFormat),
                                         locale.toString(c.expiresAt.date(), QLocale::ShortFormat)))
                         .toHtmlEscaped());
        auto *label = new QLabel(text, row);
        label->setObjectName(QStringLiteral("consentLabel_%1").arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        h->addWidget(label, 1);
        if (c.active) {
            auto *button = new QPushButton(Theme::icon(QStringLiteral("revoke")), tr("Revoke"), row);
            button->setObjectName(QStringLiteral("revokeButton_%1").arg(i));
            button->setProperty("role", QStringLiteral("danger"));
            button->setAccessibleName(tr("Revoke access of %1").arg(who));
            button->setEnabled(m_grantRequest == 0 && m_revokeRequest == 0);
            const QByteArray id = c.consentId;
            connect(button, &QPushButton::clicked, this, [this, id] { revoke(id); });
            h->addWidget(button);
        } else {
            label->setEnabled(false);
            auto *badge = new QLabel(state, row);
            badge->setProperty("severity", QStringLiteral("info"));
            h->addWidget(badge);
        }
        m_consentsLayout->addWidget(row);
        ++shown;
    }
    if (shown == 0) {
        auto *none = makeLabel(tr("Nobody has been given access by you yet."), m_consentsBox,
                               QStringLiteral("noConsentsLabel"), "caption");
        m_consentsLayout->addWidget(none);
    }
}

void KioskWindow::onDone(quint64 request, const QString &message)
{
    if (request == 0)
        return;
    if (request == m_grantRequest) {
        m_grantRequest = 0;
        setConsentStatus(message.isEmpty() ? tr("Thank you. %1 can now read your records as you chose.").arg(m_orgName)
                                           : message,
                         false);
    } else if (request == m_revokeRequest) {
        m_revokeRequest = 0;
        setConsentStatus(message.isEmpty() ? tr("Revoked. They can no longer read your records.") : message, false);
    } else {
        return;
    }
    updateRequest();
    refreshConsents();
}

void KioskWindow::onFailed(quint64 request, const QString &code, const QString &message)
{
    Q_UNUSED(code);
    if (request == 0)
        return;
    if (request == m_grantRequest || request == m_revokeRequest) {
        m_grantRequest = m_revokeRequest = 0;
        setConsentStatus(tr("That did not work: %1").arg(message), true);
        updateRequest();
        showConsents();
    } else if (request == m_consentsRequest) {
        m_consentsRequest = 0;
        setConsentStatus(tr("Your current consents cannot be shown: %1").arg(message), true);
    } else if (request == m_exportRequest) {
        m_exportRequest = 0;
        setDownloadStatus(tr("The download did not work: %1").arg(message), true);
        emit downloadFailed(message);
    }
}

void KioskWindow::setConsentStatus(const QString &text, bool error, bool busy)
{
    Q_UNUSED(busy);
    m_consentStatus->setText(text);
    setTextColor(m_consentStatus, error ? Theme::danger() : QColor());
}

// --- step 2: the patient's own records ------------------------------------------

QWidget *KioskWindow::buildRecordsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("recordsTab"));
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(4, 12, 4, 4);

    auto *split = new QSplitter(Qt::Horizontal, page);
    m_timeline = new TimelineModel(m_engine, TimelineModel::Source::Kiosk, this);
    m_records = new QListView(split);
    m_records->setObjectName(QStringLiteral("recordsList"));
    m_records->setModel(m_timeline);
    m_records->setItemDelegate(new TimelineDelegate(m_records));
    m_records->setUniformItemSizes(false);
    m_records->setSelectionMode(QAbstractItemView::SingleSelection);
    m_records->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_records->setAccessibleName(tr("Your records"));
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("recordDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Choose a record on the left to read it here."));
    split->addWidget(m_records);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);

    auto *row = new QHBoxLayout;
    m_downloadStatus = makeLabel(QString(), page, QStringLiteral("downloadStatusLabel"));
    m_downloadFhir = new QPushButton(Theme::icon(QStringLiteral("export")), tr("&Download as FHIR"), page);
    m_downloadFhir->setObjectName(QStringLiteral("downloadFhirButton"));
    m_downloadFhir->setToolTip(tr("A file other doctors' systems can read (FHIR R4 JSON)"));
    m_downloadPdf = new QPushButton(Theme::icon(QStringLiteral("pdf")), tr("Download as &PDF"), page);
    m_downloadPdf->setObjectName(QStringLiteral("downloadPdfButton"));
    m_downloadPdf->setToolTip(tr("A document to read or print"));
    row->addWidget(m_downloadStatus, 1);
    row->addWidget(m_downloadFhir);
    row->addWidget(m_downloadPdf);
    v->addLayout(row);

    connect(m_records->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showEntry(current); });
    connect(m_timeline, &TimelineModel::firstPageLoaded, this, [this] {
        if (m_timeline->rowCount() == 0)
            m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(tr("There are no records to show yet.").toHtmlEscaped()));
    });
    connect(m_timeline, &TimelineModel::loadFailed, this, [this](const QString &, const QString &message) {
        setDownloadStatus(tr("Your records cannot be shown: %1").arg(message), true);
    });
    connect(m_downloadFhir, &QPushButton::clicked, this, [this] { askFile(QStringLiteral("fhir")); });
    connect(m_downloadPdf, &QPushButton::clicked, this, [this] { askFile(QStringLiteral("pdf")); });
    return page;
}

void KioskWindow::showEntry(const QModelIndex &index)
{
    const TimelineEntry *e = index.isValid() ? m_timeline->entryAt(index.row()) : nullptr;
    if (!e) {
        m_detail->clear();
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<p style=\"color:gray\">%1 · %2</p>")
                       .arg(FhirRenderer::kindLabel(e->kind).toHtmlEscaped(),
                            locale.toString(e->clinicalTime.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    if (!e->error.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("This record cannot be opened here: %1").arg(e->error).toHtmlEscaped());
    } else {
        html += QStringLiteral("<h2>%1</h2>").arg(e->title.toHtmlEscaped());
        if (e->abnormal)
            html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                        .arg(Theme::warning().name(), tr("Outside the normal range").toHtmlEscaped());
        QString detail = e->detail.toHtmlEscaped();
        detail.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<p>%1</p>").arg(detail);
    }
    html += QStringLiteral("<p style=\"color:gray\">%1</p>").arg(TimelineModel::authorLine(*e).toHtmlEscaped());
    if (e->verification.height > 0)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(Theme::success().name(),
                         tr("Verified: final in block %1, signed by %2 of %3 members.")
                             .arg(locale.toString(qulonglong(e->verification.height)))
                             .arg(e->verification.signers)
                             .arg(e->verification.members)
                             .toHtmlEscaped());
    m_detail->setHtml(html);
}

void KioskWindow::askFile(const QString &format)
{
    if (m_step != Step::Identified || m_exportRequest != 0)
        return;
    const bool pdf = format == QLatin1String("pdf");
    const QString base = m_patient.family.isEmpty() ? QStringLiteral("health-record")
                                                    : tr("health-record-%1").arg(m_patient.family.toLower());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    auto *dialog = new QFileDialog(this, pdf ? tr("Save your records as PDF") : tr("Save your records as FHIR"),
                                   QDir(dir).filePath(base + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".json"))),
                                   pdf ? tr("PDF document (*.pdf)") : tr("FHIR JSON (*.json)"));
    dialog->setObjectName(QStringLiteral("downloadFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, pdf](const QString &path) { pdf ? exportPdfTo(path) : exportFhirTo(path); });
    dialog->open();
}

void KioskWindow::exportFhirTo(const QString &path)
{
    if (m_step != Step::Identified || m_exportRequest != 0 || path.isEmpty())
        return;
    m_exportFormat = QStringLiteral("fhir");
    m_exportPath = path;
    setDownloadStatus(tr("Preparing your download…"), false, true);
    m_exportRequest = m_engine.kioskExport();
}

void KioskWindow::exportPdfTo(const QString &path)
{
    if (m_step != Step::Identified || m_exportRequest != 0 || path.isEmpty())
        return;
    m_exportFormat = QStringLiteral("pdf");
    m_exportPath = path;
    setDownloadStatus(tr("Preparing your download…"), false, true);
    m_exportRequest = m_engine.kioskExport();
}

void KioskWindow::onExport(quint64 request, const QByteArray &bundleJson, const QList<TimelineEntry> &entries)
{
    if (request == 0 || request != m_exportRequest)
        return;
    m_exportRequest = 0;
    writeDownload(m_exportFormat, m_exportPath, bundleJson, entries);
}

void KioskWindow::writeDownload(const QString &format, const QString &path, const QByteArray &bundleJson,
                                const QList<TimelineEntry> &entries)
{
    setDownloadStatus(tr("Saving…"), false, true);
    m_downloadFhir->setEnabled(false);
    m_downloadPdf->setEnabled(false);
    auto error = std::make_shared<std::optional<QString>>();
    const PatientSummary patient = m_patient;
    // Off the GUI thread: a long record makes a PDF of many pages.
    QThread *thread = QThread::create([format, path, bundleJson, entries, patient, error] {
        if (format == QLatin1String("pdf")) {
            if (const Status s = RecordPdfWriter::write(path, patient, entries); !s)
                *error = s.error().message;
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bundleJson) != bundleJson.size() || !file.commit())
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
    });
    connect(thread, &QThread::finished, this, [this, path, error] {
        m_downloadFhir->setEnabled(m_step == Step::Identified);
        m_downloadPdf->setEnabled(m_step == Step::Identified);
        if (error->has_value()) {
            setDownloadStatus(**error, true);
            emit downloadFailed(**error);
        } else {
            setDownloadStatus(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), false);
            emit downloadSaved(path);
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void KioskWindow::setDownloadStatus(const QString &text, bool error, bool busy)
{
    Q_UNUSED(busy);
    m_downloadStatus->setText(text);
    setTextColor(m_downloadStatus, error ? Theme::danger() : QColor());
}

// --- ending ----------------------------------------------------------------------

void KioskWindow::setIdleTimeout(int ms)
{
    m_idle->setInterval(qMax(1000, ms));
    m_idle->start();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserInput(event->type()) && m_step != Step::Finished)
        m_idle->start();
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::finish()
{
    if (m_step == Step::Finished)
        return;
    m_step = Step::Finished;
    m_engine.kioskEnd();
    m_idle->stop();
    m_countdown->stop();
    m_privateId->clear();
    m_timeline->clear();
    m_detail->clear();
    m_consents.clear();
    m_patient = PatientSummary{};
    qApp->removeEventFilter(this);
    emit finished();
    close();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_step != Step::Finished)
        finish();
    event->accept();
}

} // namespace careledger
