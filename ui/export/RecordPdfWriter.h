#pragma once

#include "core/Result.h"
#include "workstation/EngineTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace careledger {

// A printable PDF of a patient's records, for the patient to take home (kiosk
// "Download as PDF") or for a clinician to print: a title page with the
// patient's name, birth date and ID and when it was made, then the entries
// grouped by kind (allergies and problems first), each with its date, title,
// detail, author and organisation and the block it is final in, and on every
// page a verification footer and "Page i of n".
//
// Writes through QSaveFile: a failed write leaves no file (and an existing
// file at `path` untouched).
class RecordPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(RecordPdfWriter)
public:
    static Status write(const QString &path, const PatientSummary &patient, const QList<TimelineEntry> &entries);
    // The same with the "generated at" time given (tests; reproducible output).
    static Status write(const QString &path, const PatientSummary &patient, const QList<TimelineEntry> &entries,
                        const QDateTime &generatedAt);
    // Into an open device (the caller commits or discards it). Fails if the
    // device reports a write error.
    static Status write(QIODevice *device, const PatientSummary &patient, const QList<TimelineEntry> &entries,
                        const QDateTime &generatedAt);

    // The document's HTML body (title page + grouped entries), exposed for tests.
    static QString html(const PatientSummary &patient, const QList<TimelineEntry> &entries,
                        const QDateTime &generatedAt);
    // The kinds in the order the document lists them (known kinds first, in
    // clinical order; unknown ones after, alphabetically).
    static QStringList kindOrder(const QList<TimelineEntry> &entries);
};

} // namespace careledger
