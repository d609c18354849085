#pragma once

#include "workstation/EngineTypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace careledger {

class ClinicianComboBox;
class WorkstationEngine;

// Import of a FHIR R4 Bundle (JSON) into the open patient's record. The file
// is read off the GUI thread and checked by the engine
// (WorkstationEngine::previewImport); the table shows every entry with what
// will happen to it (import, skip, or invalid with the reason, in red). The
// import is all or nothing: it is possible only when no entry is invalid, and
// commits every importable entry (WorkstationEngine::commitImport). An EMR
// technician must choose the clinician they import for.
//
// objectNames: fileEdit, chooseFileButton, clinicianCombo, clinicianMessage,
// entriesTable, rowDetailLabel, invalidOnlyCheck, countsLabel, invalidLabel, statusLabel,
// progressBar, importButton, closeButton.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class State { NoFile, Reading, Checking, Previewed, Importing, Done, Failed };
    enum Column { IndexColumn, TypeColumn, SummaryColumn, ActionColumn, ReasonColumn, ColumnCount };

    ImportDialog(WorkstationEngine &engine, const QString &patientId, QWidget *parent = nullptr);
    ~ImportDialog() override;

    State state() const { return m_state; }
    QString file() const { return m_path; }
    ImportPreview preview() const { return m_preview; }
    // Whether "Import N records" can be pressed now.
    bool canImport() const;
    QString statusText() const;
    int importedCount() const { return m_imported; }

    // Larger files are refused before reading.
    static constexpr qint64 maxFileBytes = 64ll * 1024 * 1024;

public slots:
    // Asks for a file (QFileDialog) and loads it.
    void chooseFile();
    // Reads `path` (off the GUI thread) and asks the engine for a preview.
    void loadFile(const QString &path);
    void setFile(const QString &path) { loadFile(path); }
    // As pressing "Import N records": does nothing unless canImport().
    void startImport();

signals:
    void imported(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fileRead(const QString &path, const QByteArray &bytes, const QString &error);
    void onPreview(quint64 request, const careledger::ImportPreview &preview);
    void onDone(quint64 request, int imported);
    void onFailed(quint64 request, const QString &code, const QString &message);
    void showPreview();
    void applyRowFilter();
    void showRowDetail(int row);
    void setState(State state, const QString &status = {}, bool error = false);
    void updateButtons();

    WorkstationEngine &m_engine;
    QString m_patientId;
    State m_state = State::NoFile;
    QString m_path;
    quint64 m_readSerial = 0;
    quint64 m_previewRequest = 0;
    quint64 m_commitRequest = 0;
    ImportPreview m_preview;
    bool m_havePreview = false;
    int m_imported = 0;

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    ClinicianComboBox *m_clinician = nullptr;
    QLabel *m_clinicianMessage = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_rowDetail = nullptr;
    QCheckBox *m_invalidOnly = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_invalidLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace careledger
