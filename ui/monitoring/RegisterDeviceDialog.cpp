#include "RegisterDeviceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace careledger {

namespace {
QString kindLabel(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::PulseOximeter: return RegisterDeviceDialog::tr("Pulse oximeter (SpO₂, heart rate)");
    case DeviceKind::BloodPressureMonitor: return RegisterDeviceDialog::tr("Blood pressure monitor (blood pressure, heart rate)");
    case DeviceKind::Glucometer: return RegisterDeviceDialog::tr("Glucometer (blood glucose)");
    case DeviceKind::Scale: return RegisterDeviceDialog::tr("Scale (body weight)");
    case DeviceKind::HeartRateMonitor: return RegisterDeviceDialog::tr("Heart rate monitor");
    }
    return {};
}
} // namespace

RegisterDeviceDialog::RegisterDeviceDialog(const QString &patientName, QWidget *parent)
    : QDialog(parent)
    , m_id(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_backdate(new QCheckBox(tr("The patient has had it since"), this))
    , m_since(new QDateTimeEdit(this))
    , m_ends(new QCheckBox(tr("Monitoring ends on"), this))
    , m_until(new QDateTimeEdit(this))
    , m_error(new QLabel(this))
    , m_register(new QPushButton(tr("Register device"), this))
{
    setWindowTitle(tr("Register a monitoring device"));
    m_id->setObjectName(QStringLiteral("deviceIdEdit"));
    m_kind->setObjectName(QStringLiteral("deviceKindCombo"));
    m_key->setObjectName(QStringLiteral("deviceKeyEdit"));
    m_error->setObjectName(QStringLiteral("registerDeviceError"));
    m_register->setObjectName(QStringLiteral("registerDeviceButton"));
    auto *intro = new QLabel(tr("Binds the device to %1: from then on the readings it sends are recorded in this patient's "
                                "chart, encrypted for the patient and your organisation. Only the device's key can sign them.")
                                 .arg(patientName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_id->setPlaceholderText(tr("serial number or asset tag, e.g. OX-2291"));
    m_id->setMaxLength(DeviceBinding::MaxDeviceId);
    for (quint8 k = quint8(DeviceKind::PulseOximeter); k <= quint8(DeviceKind::HeartRateMonitor); ++k)
        m_kind->addItem(kindLabel(DeviceKind(k)), int(k));
    m_key->setPlaceholderText(tr("64 hexadecimal digits, from the device's label or setup screen"));
    m_key->setFont(QFont(QStringLiteral("monospace")));
    const QDateTime now = QDateTime::currentDateTime();
    m_since->setCalendarPopup(true);
    m_since->setDateTimeRange(now.addDays(-30), now);
    m_since->setDateTime(now.addDays(-1));
    m_since->setEnabled(false);
    m_until->setCalendarPopup(true);
    m_until->setMinimumDateTime(now.addSecs(3600));
    m_until->setDateTime(now.addDays(30));
    m_until->setEnabled(false);
    m_error->setWordWrap(true);
    m_error->setProperty("severity", "critical");
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Device &ID"), m_id);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("Device &key"), m_key);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_backdate);
    sinceRow->addWidget(m_since, 1);
    form->addRow(tr("In use"), sinceRow);
    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_ends);
    untilRow->addWidget(m_until, 1);
    form->addRow(tr("Ends"), untilRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register->setProperty("role", "primary");
    buttons->addButton(m_register, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_register, &QPushButton::clicked, this, [this] {
        m_error->hide();
        emit submitted();
    });
    connect(m_backdate, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_ends, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_id, &QLineEdit::textChanged, this, &RegisterDeviceDialog::validate);
    connect(m_key, &QLineEdit::textChanged, this, &RegisterDeviceDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    validate();
}

QString RegisterDeviceDialog::deviceId() const
{
    return m_id->text().trimmed();
}

DeviceKind RegisterDeviceDialog::kind() const
{
    return DeviceKind(m_kind->currentData().toInt());
}

QByteArray RegisterDeviceDialog::publicKey() const
{
    QString hex = m_key->text();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression valid(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return valid.match(hex).hasMatch() ? QByteArray::fromHex(hex.toLatin1()) : QByteArray();
}

QDateTime RegisterDeviceDialog::since() const
{
    return m_backdate->isChecked() ? m_since->dateTime() : QDateTime();
}

QDateTime RegisterDeviceDialog::until() const
{
    return m_ends->isChecked() ? m_until->dateTime() : QDateTime();
}

void RegisterDeviceDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

void RegisterDeviceDialog::setBusy(bool busy)
{
    m_register->setText(busy ? tr("Registering…") : tr("Register device"));
    m_register->setEnabled(!busy && !deviceId().isEmpty() && !publicKey().isEmpty());
}

void RegisterDeviceDialog::validate()
{
    m_register->setEnabled(!deviceId().isEmpty() && !publicKey().isEmpty());
    m_register->setToolTip(publicKey().isEmpty() ? tr("Enter the device's ID and its 64-digit key.") : QString());
}

} // namespace careledger
