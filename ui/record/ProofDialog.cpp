#include "ProofDialog.h"

#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace careledger {

ProofDialog::ProofDialog(WorkstationEngine &engine, const QByteArray &txId, QWidget *parent) : QDialog(parent)
{
    build();
    m_summary->setText(tr("Checking the proof of this record…"));
    connect(&engine, &WorkstationEngine::proofReady, this, [this](quint64 request, const ProofDetails &proof) {
        if (request == m_request)
            setProof(proof);
    });
    connect(&engine, &WorkstationEngine::requestFailed, this,
            [this](quint64 request, const QString &, const QString &message) {
                if (request == m_request)
                    setError(message);
            });
    m_request = engine.requestProof(txId);
}

ProofDialog::ProofDialog(const ProofDetails &proof, QWidget *parent) : QDialog(parent)
{
    build();
    setProof(proof);
}

void ProofDialog::build()
{
    setWindowTitle(tr("Proof of this record"));
    setMinimumSize(560, 420);
    resize(720, 520);

    m_icon = new QLabel(this);
    m_icon->setPixmap(Theme::icon(QStringLiteral("proof")).pixmap(32, 32));
    m_icon->setAlignment(Qt::AlignTop);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);

    auto *detailsLabel = new QLabel(tr("&Technical details"), this);
    detailsLabel->setProperty("role", "subheading");
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    detailsLabel->setBuddy(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(technicalText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addSpacing(4);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
}

void ProofDialog::setProof(const ProofDetails &proof)
{
    m_summary->setText(proof.summary.isEmpty()
                           ? tr("This record is in block %1, which %2 of %3 member organisations have signed.")
                                 .arg(QLocale().toString(proof.verification.height))
                                 .arg(proof.verification.signers)
                                 .arg(proof.verification.members)
                           : proof.summary);
    m_icon->setPixmap(Theme::icon(QStringLiteral("verified")).pixmap(32, 32));
    m_details->setPlainText(formatDetails(proof));
    m_copy->setEnabled(true);
}

void ProofDialog::setError(const QString &message)
{
    m_icon->setPixmap(Theme::icon(QStringLiteral("warning")).pixmap(32, 32));
    m_summary->setProperty("severity", "critical");
    m_summary->style()->unpolish(m_summary);
    m_summary->style()->polish(m_summary);
    m_summary->setText(tr("The proof of this record could not be shown: %1").arg(message));
}

QString ProofDialog::technicalText() const
{
    return m_details->toPlainText();
}

QString ProofDialog::formatDetails(const ProofDetails &proof)
{
    const Verification &v = proof.verification;
    QStringList lines;
    auto row = [&lines](const QString &label, const QString &value) {
        lines << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -22).arg(value);
    };
    row(tr("Transaction"), QString::fromLatin1(proof.txId.toHex()));
    row(tr("Block"), QString::number(v.height));
    row(tr("Log index"), QString::number(v.logIndex));
    row(tr("Tree size"), QString::number(v.treeSize));
    row(tr("Proven at block"), QString::number(v.provenAtHeight));
    row(tr("Leaf hash"), QString::fromLatin1(proof.leafHash.toHex()));
    row(tr("Root hash"), QString::fromLatin1(proof.rootHash.toHex()));
    row(tr("Header hash"), QString::fromLatin1(proof.headerHash.toHex()));
    row(tr("Signed by"), tr("%1 of %2 members").arg(v.signers).arg(v.members));
    for (const QString &org : proof.signerOrgs)
        lines << QStringLiteral("%1 %2").arg(QString(), -22).arg(org);
    lines << QString();
    lines << tr("Inclusion proof (%n hash(es), leaf to root, RFC 9162):", nullptr, int(proof.inclusionProof.size()));
    for (int i = 0; i < proof.inclusionProof.size(); ++i)
        lines << QStringLiteral("  %1  %2").arg(i, 2).arg(QString::fromLatin1(proof.inclusionProof.at(i).toHex()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace careledger
