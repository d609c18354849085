#pragma once

#include "export/AuditPdfWriter.h"
#include "workstation/EngineTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace careledger {

class AuditTableModel;
class WorkstationEngine;

// The compliance officer's screen: the audit trail of the whole network
// (filter bar, lazily loaded table, detail pane, verification in plain
// words, exports) and the suspicious-access flags of their organisation's
// users with the rules explained, their thresholds and the review workflow.
class AuditView : public QWidget {
    Q_OBJECT
public:
    enum class ExportKind { Csv, SignedPdf, FhirBundle };

    explicit AuditView(WorkstationEngine &engine, QWidget *parent = nullptr);

    // Loads the table and the flags (on sign-in; afterwards the view follows the index).
    void activate();
    // Exports the current filter's entries to `path` (the menu asks for it first).
    // A signed PDF also writes `path`.sig. exported() or exportFailed() follow.
    void exportTo(ExportKind kind, const QString &path);
    AuditTableModel *model() const { return m_model; }
    AuditRuleSettings ruleSettings() const;

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);
    void flagsLoaded(int count);

private:
    QWidget *buildTrailTab();
    QWidget *buildFlagsTab();
    QWidget *buildRuleSettings();
    AuditQuery currentQuery() const;
    QString filterText() const;
    void applyFilter();
    void clearFilter();
    void showSelection();
    void verifySelection();
    void chooseExport(ExportKind kind);
    void loadFlags();
    void showFlags(const QList<AuditFlag> &flags);
    void showFlag(int row);
    void review(ReviewStatus status);
    void showFlagEntries();
    void saveRuleSettings();
    void finishExport(const QByteArray &data, const QList<AuditRow> &rows);
    void failExport(const QString &message);

    WorkstationEngine &m_engine;
    AuditTableModel *m_model;
    QTabWidget *m_tabs;
    // The trail.
    QLineEdit *m_search;
    QLineEdit *m_patient;
    QComboBox *m_org;
    QComboBox *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_loaded;
    QLabel *m_detail;
    QPushButton *m_verify;
    QLabel *m_verifyResult;
    QToolButton *m_export;
    quint64 m_verifyRequest = 0;
    // Exports under way.
    ExportKind m_exportKind = ExportKind::Csv;
    QString m_exportPath;
    quint64 m_exportRequest = 0;
    quint64 m_signRequest = 0;
    AuditPdfWriter::Report m_report;
    QByteArray m_pdf;
    // The flags.
    QTableWidget *m_flagTable;
    QLabel *m_flagTitle;
    QLabel *m_flagDetail;
    QLabel *m_flagReviews;
    QPlainTextEdit *m_note;
    QPushButton *m_markReviewed;
    QPushButton *m_close;
    QPushButton *m_showEntries;
    QLabel *m_flagMessage;
    QList<AuditFlag> m_flags;
    quint64 m_flagsRequest = 0;
    quint64 m_reviewRequest = 0;
    // Rule thresholds.
    QCheckBox *m_volumeOn;
    QDoubleSpinBox *m_volumeFactor;
    QSpinBox *m_volumeMin;
    QCheckBox *m_relationshipOn;
    QCheckBox *m_hoursOn;
    QDoubleSpinBox *m_hoursShare;
    QSpinBox *m_hoursMin;
    QCheckBox *m_surnameOn;
    QCheckBox *m_privateIdOn;
    QSpinBox *m_privateIdFailures;
    QSpinBox *m_privateIdMinutes;
};

} // namespace careledger
