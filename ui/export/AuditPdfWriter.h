#pragma once

#include "workstation/EngineTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

namespace careledger {

// The compliance officer's audit report as a PDF: who made it and when, the
// filter it covers, the entries (metadata only), and the officer's signature
// of the report's content (the CSV of the same rows) printed on it. The file
// itself is signed separately (a detached .sig) once written.
class AuditPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(AuditPdfWriter)
public:
    struct Report {
        QString officer;
        QString org;
        QString filter;           // the filter in words
        QDateTime generatedAt;
        QByteArray contentSignature; // a ReportSignature file of the content (the CSV of `rows`)
        QList<AuditRow> rows;
    };
    // Rows beyond this are left out of the PDF (the CSV export has them all).
    static constexpr int MaxRows = 5000;

    static Status write(QIODevice *device, const Report &report);
    static QString html(const Report &report);
};

} // namespace careledger
