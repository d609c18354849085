#include "RecordPdfWriter.h"

#include "fhir/FhirRenderer.h"
#include "record/TimelineModel.h"

#include <QAbstractTextDocumentLayout>
#include <QFileDevice>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace careledger {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system

// Kinds in the order a clinician reads a record: what can hurt first.
const QStringList &preferredKinds()
{
    static const QStringList kinds = {
        QStringLiteral("allergy"),   QStringLiteral("condition"), QStringLiteral("medication"),
        QStringLiteral("vitals"),    QStringLiteral("lab"),       QStringLiteral("report"),
        QStringLiteral("procedure"), QStringLiteral("immunization"), QStringLiteral("encounter"),
        QStringLiteral("referral"),  QStringLiteral("note"),
    };
    return kinds;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Multi-line plain text (notes) to HTML with line breaks kept.
QString escLines(const QString &s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString patientName(const PatientSummary &p)
{
    const QString given = p.given.trimmed();
    const QString family = p.family.trimmed();
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return given + QLatin1Char(' ') + family;
}

QString dateTimeText(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString kindTitle(const QString &kind)
{
    const QString label = FhirRenderer::kindLabel(kind);
    return label.isEmpty() ? kind : label;
}

} // namespace

QStringList RecordPdfWriter::kindOrder(const QList<TimelineEntry> &entries)
{
    QStringList present;
    for (const TimelineEntry &e : entries) {
        if (!present.contains(e.kind))
            present.append(e.kind);
    }
    QStringList ordered;
    for (const QString &k : preferredKinds()) {
        if (present.contains(k))
            ordered.append(k);
    }
    QStringList rest;
    for (const QString &k : present) {
        if (!preferredKinds().contains(k))
            rest.append(k);
    }
    std::sort(rest.begin(), rest.end());
    return ordered + rest;
}

QString RecordPdfWriter::html(const PatientSummary &patient, const QList<TimelineEntry> &entries,
                              const QDateTime &generatedAt)
{
    const QLocale locale;
    QString h;
    h += QStringLiteral("<html><body>");

    // Title page.
    h += QStringLiteral("<p style=\"font-size:11pt; color:#1f5f8b; margin-top:40pt;\">%1</p>")
             .arg(esc(tr("CareLedger · personal health record")));
    h += QStringLiteral("<h1 style=\"font-size:26pt; margin-top:6pt; margin-bottom:18pt;\">%1</h1>")
             .arg(esc(patientName(patient)));
    h += QStringLiteral("<table cellpadding=\"4\" cellspacing=\"0\" style=\"font-size:12pt;\">");
    const auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td style=\"color:#555555; padding-right:18pt;\">%1</td><td>%2</td></tr>")
                 .arg(esc(label), esc(value));
    };
    row(tr("Date of birth"),
        patient.birthDate.isValid() ? locale.toString(patient.birthDate, QLocale::LongFormat) : tr("not recorded"));
    if (!patient.gender.isEmpty())
        row(tr("Gender"), patient.gender);
    row(tr("Patient ID"), patient.patientId);
    row(tr("Generated"), dateTimeText(generatedAt));
    row(tr("Entries"), locale.toString(entries.size()));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p style=\"font-size:10.5pt; margin-top:28pt; color:#333333;\">%1</p>")
             .arg(esc(tr("Every entry in this document was read from the CareLedger network. Each one is final "
                         "in the block named beside it: a quorum of the member organisations signed that block, "
                         "and this workstation checked the entry's inclusion proof against it before printing.")));
    h += QStringLiteral("<p style=\"font-size:10.5pt; color:#333333;\">%1</p>")
             .arg(esc(tr("This document contains confidential health information. Keep it safe.")));

    if (!entries.isEmpty()) {
        h += QStringLiteral("<p style=\"font-size:11pt; margin-top:18pt;\"><b>%1</b></p><ul style=\"font-size:11pt;\">")
                 .arg(esc(tr("Contents")));
        for (const QString &kind : kindOrder(entries)) {
            const auto n = std::count_if(entries.begin(), entries.end(),
                                         [&kind](const TimelineEntry &e) { return e.kind == kind; });
            h += QStringLiteral("<li>%1 (%2)</li>").arg(esc(kindTitle(kind)), locale.toString(qlonglong(n)));
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<p style=\"page-break-after:always;\">&nbsp;</p>");

    if (entries.isEmpty()) {
        h += QStringLiteral("<p style=\"font-size:12pt;\">%1</p>").arg(esc(tr("There are no records to show.")));
        h += QStringLiteral("</body></html>");
        return h;
    }

    // Entries, grouped by kind, newest first within a group.
    bool firstGroup = true;
    for (const QString &kind : kindOrder(entries)) {
        QList<TimelineEntry> group;
        for (const TimelineEntry &e : entries) {
            if (e.kind == kind)
                group.append(e);
        }
        std::stable_sort(group.begin(), group.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
            const QDateTime ta = a.clinicalTime.isValid() ? a.clinicalTime : a.recordedTime;
            const QDateTime tb = b.clinicalTime.isValid() ? b.clinicalTime : b.recordedTime;
            return ta > tb;
        });

        h += QStringLiteral("<h2 style=\"font-size:15pt; color:#1f5f8b; margin-top:%1pt; margin-bottom:6pt;\">%2</h2>")
                 .arg(firstGroup ? 0 : 16)
                 .arg(esc(kindTitle(kind)));
        firstGroup = false;
        h += QStringLiteral("<table width=\"100%\" cellpadding=\"5\" cellspacing=\"0\" border=\"0\" "
                            "style=\"font-size:9.5pt; border-collapse:collapse;\">");
        h += QStringLiteral("<thead><tr style=\"background-color:#e8eef3;\">"
                            "<th align=\"left\" width=\"17%\">%1</th><th align=\"left\" width=\"45%\">%2</th>"
                            "<th align=\"left\" width=\"22%\">%3</th><th align=\"left\" width=\"16%\">%4</th>"
                            "</tr></thead>")
                 .arg(esc(tr("Date")), esc(tr("Entry")), esc(tr("Author")), esc(tr("Verified")));
        int n = 0;
        for (const TimelineEntry &e : group) {
            const QString bg = (n++ % 2) ? QStringLiteral(" style=\"background-color:#f6f8fa;\"") : QString();
            const QDateTime when = e.clinicalTime.isValid() ? e.clinicalTime : e.recordedTime;
            h += QStringLiteral("<tr%1><td valign=\"top\">%2</td>").arg(bg, esc(dateTimeText(when)));

            h += QStringLiteral("<td valign=\"top\">");
            if (!e.error.isEmpty()) {
                h += QStringLiteral("<i>%1</i>").arg(esc(tr("Not readable here: %1").arg(e.error)));
            } else {
                h += QStringLiteral("<b>%1</b>").arg(esc(e.title));
                if (e.abnormal)
                    h += QStringLiteral(" <span style=\"color:#b3261e;\"><b>%1</b></span>")
                             .arg(esc(tr("(outside the normal range)")));
                if (!e.detail.isEmpty())
                    h += QStringLiteral("<br>%1").arg(escLines(e.detail));
                if (!e.status.isEmpty())
                    h += QStringLiteral("<br><span style=\"color:#555555;\">%1</span>")
                             .arg(esc(tr("Status: %1").arg(e.status)));
                if (e.version > 1)
                    h += QStringLiteral("<br><span style=\"color:#555555;\">%1</span>")
                             .arg(esc(tr("Amended (version %1)").arg(e.version)));
            }
            h += QStringLiteral("</td>");

            h += QStringLiteral("<td valign=\"top\">");
            QString author = e.author;
            if (!e.authorRole.isEmpty() && !author.isEmpty())
                author = tr("%1 (%2)").arg(e.author, TimelineModel::roleText(e.authorRole));
            h += esc(author);
            if (!e.onBehalfOf.isEmpty())
                h += QStringLiteral("<br>%1").arg(esc(tr("for %1").arg(e.onBehalfOf)));
            if (!e.org.isEmpty())
                h += QStringLiteral("<br><span style=\"color:#555555;\">%1</span>").arg(esc(e.org));
            h += QStringLiteral("</td>");

            h += QStringLiteral("<td valign=\"top\">");
            if (e.verification.height > 0) {
                h += esc(tr("Final in block %1").arg(locale.toString(qulonglong(e.verification.height))));
                if (e.verification.members > 0)
                    h += QStringLiteral("<br><span style=\"color:#555555;\">%1</span>")
                             .arg(esc(tr("signed by %1 of %2 members")
                                          .arg(e.verification.signers)
                                          .arg(e.verification.members)));
            } else {
                h += esc(tr("Not verified"));
            }
            h += QStringLiteral("</td></tr>");
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Status RecordPdfWriter::write(QIODevice *device, const PatientSummary &patient, const QList<TimelineEntry> &entries,
                              const QDateTime &generatedAt)
{
    if (!device || !device->isWritable())
        return makeError(QStringLiteral("pdf_not_writable"), tr("The PDF file cannot be written."));

    QPdfWriter pdf(device);
    pdf.setResolution(kResolution);
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    pdf.setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
    pdf.setTitle(tr("Health record of %1").arg(patientName(patient)));
    pdf.setCreator(QStringLiteral("CareLedger"));

    const QRect paintRect = pdf.pageLayout().paintRectPixels(kResolution);
    const qreal width = paintRect.width();

    QFont bodyFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    bodyFont.setPointSizeF(10);
    QFont footerFont = bodyFont;
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &pdf);
    const qreal footerHeight = footerMetrics.lineSpacing() * 2 + footerMetrics.height() * 1.2;
    const qreal pageHeight = paintRect.height() - footerHeight;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    doc.setDefaultFont(bodyFont);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(width, pageHeight));
    doc.setHtml(html(patient, entries, generatedAt));
    const int pages = doc.pageCount();

    // A device error (disk full, I/O error) says more than "cannot be written".
    const auto failed = [device] {
        if (auto *file = qobject_cast<QFileDevice *>(device); file && file->error() != QFileDevice::NoError)
            return makeError(QStringLiteral("pdf_write_failed"),
                             tr("The PDF could not be written: %1").arg(file->errorString()));
        return makeError(QStringLiteral("pdf_not_writable"), tr("The PDF file cannot be written."));
    };

    QPainter painter;
    if (!painter.begin(&pdf))
        return failed();

    const QString footerLeft =
        tr("%1 · born %2 · ID %3")
            .arg(patientName(patient),
                 patient.birthDate.isValid() ? QLocale().toString(patient.birthDate, QLocale::ShortFormat)
                                             : tr("unknown"),
                 patient.patientId);
    const QString footerNote = tr("Verified on the CareLedger network: each entry is final in the block shown "
                                  "beside it. Generated %1.")
                                   .arg(dateTimeText(generatedAt));
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !pdf.newPage())
            return failed();

        painter.save();
        painter.translate(0, -i * pageHeight);
        doc.drawContents(&painter, QRectF(0, i * pageHeight, width, pageHeight));
        painter.restore();

        const qreal top = pageHeight + footerMetrics.height() * 0.6;
        painter.save();
        painter.setPen(QPen(QColor(0xb0, 0xb8, 0xc0), 0));
        painter.drawLine(QPointF(0, top), QPointF(width, top));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF line1(0, top + footerMetrics.height() * 0.3, width, footerMetrics.lineSpacing());
        const QRectF line2 = line1.translated(0, footerMetrics.lineSpacing());
        painter.drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
        painter.drawText(line1, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(footerNote, Qt::ElideRight, width));
        painter.restore();
    }
    if (!painter.end())
        return failed();
    if (auto *file = qobject_cast<QFileDevice *>(device); file && file->error() != QFileDevice::NoError)
        return failed();
    return {};
}

Status RecordPdfWriter::write(const QString &path, const PatientSummary &patient, const QList<TimelineEntry> &entries,
                              const QDateTime &generatedAt)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("pdf_not_writable"),
                         tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (Status s = write(&file, patient, entries, generatedAt); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return makeError(QStringLiteral("pdf_write_failed"),
                         tr("%1 could not be saved: %2").arg(path, file.errorString()));
    return {};
}

Status RecordPdfWriter::write(const QString &path, const PatientSummary &patient, const QList<TimelineEntry> &entries)
{
    return write(path, patient, entries, QDateTime::currentDateTime());
}

} // namespace careledger
