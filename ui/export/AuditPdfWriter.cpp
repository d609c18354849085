#include "AuditPdfWriter.h"

#include "workstation/AuditExport.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

namespace careledger {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// "signer: …" lines of a signature file, for printing.
QString signatureField(const QByteArray &file, const char *name)
{
    for (const QByteArray &line : file.split('\n'))
        if (line.startsWith(QByteArray(name) + ": "))
            return QString::fromUtf8(line.mid(int(qstrlen(name)) + 2).trimmed());
    return {};
}

// Long hex in groups of 8 so it wraps in the PDF.
QString grouped(const QString &hex)
{
    QStringList parts;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        parts << hex.mid(i, 8);
    return parts.join(QLatin1Char(' '));
}
} // namespace

QString AuditPdfWriter::html(const Report &report)
{
    const QLocale locale;
    QString h = QStringLiteral("<html><body style='font-size:9pt'>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Audit report — %1").arg(report.org)));
    h += QStringLiteral("<p>%1<br>%2<br>%3</p>")
             .arg(esc(tr("Prepared by %1, compliance officer").arg(report.officer)),
                  esc(tr("Generated %1").arg(locale.toString(report.generatedAt, QLocale::LongFormat))),
                  esc(tr("Entries: %1 (filter: %2)").arg(locale.toString(report.rows.size()), report.filter)));
    h += QStringLiteral("<p style='font-size:8pt'><b>%1</b><br>%2: %3<br>%4: %5<br>%6: %7</p>")
             .arg(esc(tr("Signature of this report's content")), esc(tr("Content SHA-256 (the CSV export of these entries)")),
                  grouped(signatureField(report.contentSignature, "sha256")), esc(tr("Signed by key")),
                  grouped(signatureField(report.contentSignature, "signer")), esc(tr("Ed25519 signature")),
                  grouped(signatureField(report.contentSignature, "signature")));
    h += QStringLiteral("<p style='font-size:8pt'>%1</p>")
             .arg(esc(tr("Every entry is metadata from the CareLedger ledger (who, which patient and record, what, when, "
                         "from where); no clinical content. The PDF file itself is signed in the .sig file beside it: "
                         "check it with `careledgerd verify-report --report <file>.pdf` (the .sig beside it).")));
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString &c : {tr("Time (UTC)"), tr("User"), tr("Role"), tr("Org"), tr("Patient"), tr("Action"),
                             tr("Workstation"), tr("Block"), tr("Entry")})
        h += QStringLiteral("<th align='left'>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr>");
    const int n = int(qMin<qsizetype>(report.rows.size(), MaxRows));
    for (int i = 0; i < n; ++i) {
        const AuditRow &r = report.rows[i];
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>")
                 .arg(QDateTime::fromMSecsSinceEpoch(qint64(r.timeMs), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      esc(r.userName.isEmpty() ? tr("(organisation key)") : r.userName), esc(r.role), esc(r.org),
                      esc(r.patientId), esc(AuditExport::actionName(r.action)), esc(r.workstation),
                      locale.toString(r.height), QStringLiteral("%1.%2").arg(r.logIndex).arg(r.ordinal));
    }
    h += QStringLiteral("</table>");
    if (report.rows.size() > MaxRows)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("%1 more entries are in the CSV export.").arg(locale.toString(report.rows.size() - MaxRows))));
    h += QStringLiteral("</body></html>");
    return h;
}

Status AuditPdfWriter::write(QIODevice *device, const Report &report)
{
    if (!device || !device->isWritable())
        return makeError(QStringLiteral("pdf_not_writable"), tr("The PDF file cannot be written."));
    QPdfWriter pdf(device);
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setTitle(tr("Audit report — %1").arg(report.org));
    pdf.setCreator(QStringLiteral("CareLedger"));
    QTextDocument doc;
    doc.setHtml(html(report));
    doc.print(&pdf);
    return {};
}

} // namespace careledger
