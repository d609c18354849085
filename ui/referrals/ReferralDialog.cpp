#include "ReferralDialog.h"

#include "ReferralText.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careledger {

namespace {
constexpr int TxIdRole = Qt::UserRole + 1;
constexpr int TimelineLimit = 200;
} // namespace

ReferralDialog::ReferralDialog(WorkstationEngine &engine, const PatientSummary &patient, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_patient(patient), m_org(new QComboBox(this)), m_doctor(new QComboBox(this)),
      m_urgency(new QComboBox(this)), m_due(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_question(new QPlainTextEdit(this)), m_records(new QListWidget(this)), m_message(new QLabel(this)),
      m_send(new QPushButton(Theme::icon(QStringLiteral("referral"), QPalette::HighlightedText), tr("Sign and send"), this))
{
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(tr("Refer %1").arg(patient.displayName()));
    setWindowIcon(Theme::icon(QStringLiteral("referral")));

    auto *intro = new QLabel(tr("Refer <b>%1</b> (%2). The request is encrypted for the patient, your organisation and "
                                "the receiving one; the records you tick are shared with the receiving side.")
                                 .arg(patient.displayName().toHtmlEscaped(), patient.patientId.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_org->setObjectName(QStringLiteral("organisationCombo"));
    for (const auto &[id, name] : engine.organisations())
        m_org->addItem(name, id);
    m_org->setCurrentIndex(qMax(0, m_org->findData(engine.user().orgId)));
    m_doctor->setObjectName(QStringLiteral("doctorCombo"));
    m_doctor->setToolTip(tr("Address it to one doctor, or to anyone of the organisation's doctors"));
    m_urgency->setObjectName(QStringLiteral("urgencyCombo"));
    for (Urgency u : {Urgency::Routine, Urgency::Urgent, Urgency::Asap, Urgency::Stat})
        m_urgency->addItem(ReferralText::urgency(u), int(u));
    m_urgency->setToolTip(ReferralText::overdueRule());
    m_due->setProperty("role", "caption");
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why the patient is referred, e.g. \"Chest pain on exertion\""));
    m_reason->setMaxLength(500);
    m_question->setObjectName(QStringLiteral("questionEdit"));
    m_question->setPlaceholderText(tr("What you ask of the receiving clinician (optional)"));
    m_question->setMaximumHeight(90);
    m_records->setObjectName(QStringLiteral("attachmentList"));
    m_records->setToolTip(tr("Tick the records the receiving side needs; they will be able to read exactly these."));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setProperty("role", "primary");

    auto *urgencyRow = new QHBoxLayout;
    urgencyRow->addWidget(m_urgency);
    urgencyRow->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Refer &to:"), m_org);
    form->addRow(tr("&Doctor:"), m_doctor);
    auto *urgencyLabel = new QLabel(tr("&Urgency:"), this);
    urgencyLabel->setBuddy(m_urgency);
    form->addRow(urgencyLabel, urgencyRow);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Question:"), m_question);
    auto *attachLabel = new QLabel(tr("Records to &share:"), this);
    attachLabel->setBuddy(m_records);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &ReferralDialog::send);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(attachLabel);
    layout->addWidget(m_records, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 640);

    connect(m_org, &QComboBox::currentIndexChanged, this, &ReferralDialog::fillDoctors);
    connect(m_urgency, &QComboBox::currentIndexChanged, this, &ReferralDialog::validate);
    connect(m_reason, &QLineEdit::textChanged, this, &ReferralDialog::validate);
    connect(m_doctor, &QComboBox::currentIndexChanged, this, &ReferralDialog::validate);
    connect(&engine, &WorkstationEngine::timelinePage, this,
            [this](quint64 request, const QList<TimelineEntry> &entries, quint64, bool) {
                if (request != m_timelineRequest)
                    return;
                for (const TimelineEntry &e : entries) {
                    if (!e.error.isEmpty())
                        continue;
                    auto *item = new QListWidgetItem(Theme::icon(e.kind.isEmpty() ? QStringLiteral("other") : e.kind),
                                                     tr("%1 — %2").arg(e.title, ReferralText::dateTime(e.clinicalTime)), m_records);
                    item->setData(TxIdRole, e.txId);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(Qt::Unchecked);
                }
            });
    connect(&engine, &WorkstationEngine::referralDone, this, [this](quint64 request, const QByteArray &referralId) {
        if (request != m_request)
            return;
        m_request = 0;
        emit referralSent(referralId);
        accept();
    });
    connect(&engine, &WorkstationEngine::referralFailed, this,
            [this](quint64 request, const QString &, const QString &message) {
                if (request != m_request)
                    return;
                m_request = 0;
                ReferralText::showMessage(m_message, message, true);
                validate();
            });
    fillDoctors();
    TimelineQuery query;
    query.patientId = patient.patientId;
    m_timelineRequest = engine.requestTimeline(query, 0, TimelineLimit);
}

void ReferralDialog::fillDoctors()
{
    const QString org = m_org->currentData().toString();
    m_doctor->clear();
    m_doctor->addItem(tr("Any doctor of %1").arg(m_org->currentText()), QByteArray());
    for (const UserProfile &d : m_engine.referralDoctors())
        if (d.orgId == org)
            m_doctor->addItem(Theme::icon(QStringLiteral("user")), d.name, d.publicKey);
    // Within one's own organisation a referral goes to a colleague: preselect the first.
    if (org == m_engine.user().orgId && m_doctor->count() > 1)
        m_doctor->setCurrentIndex(1);
    validate();
}

void ReferralDialog::validate()
{
    const Urgency u = Urgency(m_urgency->currentData().toInt());
    m_due->setText(tr("answer expected %1").arg(ReferralText::window(u)));
    const bool ownOrgAnyone = m_org->currentData().toString() == m_engine.user().orgId && m_doctor->currentIndex() == 0;
    QString problem;
    if (m_reason->text().trimmed().isEmpty())
        problem = tr("Give the reason for the referral.");
    else if (ownOrgAnyone)
        problem = tr("Within your own organisation, choose the colleague you refer to.");
    m_send->setEnabled(problem.isEmpty() && m_request == 0);
    m_send->setToolTip(problem);
    if (m_message->property("severity").toString() != QLatin1String("critical"))
        m_message->setText(problem);
}

ReferralDraft ReferralDialog::draft() const
{
    ReferralDraft d;
    d.patientId = m_patient.patientId;
    d.targetOrg = m_org->currentData().toString();
    d.targetUser = m_doctor->currentData().toByteArray();
    d.urgency = Urgency(m_urgency->currentData().toInt());
    d.reason = m_reason->text().trimmed();
    d.question = m_question->toPlainText().trimmed();
    for (int i = 0; i < m_records->count(); ++i)
        if (m_records->item(i)->checkState() == Qt::Checked)
            d.attachments.append(m_records->item(i)->data(TxIdRole).toByteArray());
    return d;
}

void ReferralDialog::send()
{
    ReferralText::showMessage(m_message, tr("Signing and sending… it is final once the network has it in a block."), false);
    m_request = m_engine.createReferral(draft());
    m_send->setEnabled(false);
}

} // namespace careledger
