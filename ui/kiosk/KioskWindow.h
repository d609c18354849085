#pragma once

#include "workstation/EngineTypes.h"

#include <QDateTime>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace careledger {

class TimelineModel;
class WorkstationEngine;

// The screen turned to the patient at the desk (show it full screen). Large
// type, nothing of the clinician's session on it. Step 1: the patient types
// their private ID (masked; case and separators do not matter), which the
// engine turns into their key in locked memory. Step 2: what this facility
// asks, in plain words, to grant (what, why, for how long) or decline; the
// consents in force, each with Revoke; and the patient's own records with
// downloads as FHIR and as PDF. "Finish" (or closing, the engine locking, or
// a few minutes without input) ends the kiosk session (the key is wiped) and
// closes the window; the clinician's session goes on.
//
// objectNames: finishButton; step 1: privateIdEdit, showPrivateIdButton,
// identifyButton, identifyMessage, countdownLabel, identifyProgress; step 2:
// greetingLabel, kioskTabs, requestLabel, scopeAllCheck, scopeCheck_<kind>
// (first kind of each group: scopeCheck_vitals, scopeCheck_condition, …),
// purposeRadio_treatment / _referral / _emergency, durationRadio_30d / _1y /
// _revoked, grantButton, notNowButton, consentStatusLabel, consentsBox,
// revokeButton_<n> (n: row in consents()), recordsList, recordDetail,
// downloadFhirButton, downloadPdfButton, downloadStatusLabel.
class KioskWindow : public QWidget {
    Q_OBJECT
public:
    enum class Step { Identify, Identified, Finished };

    KioskWindow(WorkstationEngine &engine, const QString &patientId, QWidget *parent = nullptr);
    ~KioskWindow() override;

    Step step() const { return m_step; }
    PatientSummary patient() const { return m_patient; }
    QList<ConsentInfo> consents() const { return m_consents; }
    TimelineModel *timeline() const { return m_timeline; }
    // The plain-words sentence of what the facility asks, as the chosen options make it.
    QString requestText() const;
    // The chosen scope as FHIR resource types; empty: all records.
    QStringList chosenScope() const;
    QString chosenPurpose() const; // "treatment", "referral", "emergency"
    QDateTime chosenExpiry(const QDateTime &now = QDateTime::currentDateTime()) const;
    // Seconds left before another private ID may be tried (0: may try now).
    int retrySecondsLeft() const;
    // Without input for this long, the kiosk session ends (default 3 minutes).
    void setIdleTimeout(int ms);

    // Plain label of a consent purpose ("Treatment" for "treatment").
    static QString purposeLabel(const QString &purpose);
    // The purpose inside a sentence ("… for treatment until …"), translated as such.
    static QString purposeInSentence(const QString &purpose);

public slots:
    void identify();  // as pressing Continue
    void grant();     // as pressing Grant
    void notNow();
    void revoke(const QByteArray &consentId);
    void refreshConsents();
    // Downloads straight to a file (the buttons ask for the file first).
    void exportFhirTo(const QString &path);
    void exportPdfTo(const QString &path);
    // Ends the kiosk session and closes.
    void finish();

signals:
    void finished();
    // A download was written (path) or failed (message).
    void downloadSaved(const QString &path);
    void downloadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ScopeGroup {
        QString key;        // first kind of the group
        QString label;      // "Vital signs, Lab results"
        QStringList types;  // FHIR resource types
        QCheckBox *check = nullptr;
    };

    QWidget *buildIdentifyPage();
    QWidget *buildMainPage();
    QWidget *buildConsentTab();
    QWidget *buildRecordsTab();
    void buildScopeGroups();
    void onIdentified(quint64 request, const careledger::PatientSummary &patient);
    void onRefused(quint64 request, const QString &code, const QString &message, int retryAfterSeconds);
    void onConsents(quint64 request, const QList<careledger::ConsentInfo> &consents);
    void onDone(quint64 request, const QString &message);
    void onFailed(quint64 request, const QString &code, const QString &message);
    void onExport(quint64 request, const QByteArray &bundleJson, const QList<careledger::TimelineEntry> &entries);
    void tickCountdown();
    void updateRequest();
    void showConsents();
    void showEntry(const QModelIndex &index);
    void askFile(const QString &format);
    void writeDownload(const QString &format, const QString &path, const QByteArray &bundleJson,
                       const QList<TimelineEntry> &entries);
    void setIdentifyBusy(bool busy);
    void setIdentifyMessage(const QString &text, bool error);
    void setConsentStatus(const QString &text, bool error, bool busy = false);
    void setDownloadStatus(const QString &text, bool error, bool busy = false);

    WorkstationEngine &m_engine;
    QString m_patientId;
    Step m_step = Step::Identify;
    PatientSummary m_patient;
    QString m_orgName;

    quint64 m_identifyRequest = 0;
    quint64 m_consentsRequest = 0;
    quint64 m_grantRequest = 0;
    quint64 m_revokeRequest = 0;
    quint64 m_exportRequest = 0;
    QString m_exportFormat;
    QString m_exportPath;
    QDateTime m_retryUntil;
    QList<ConsentInfo> m_consents;
    QList<ScopeGroup> m_scopeGroups;

    QTimer *m_countdown = nullptr;
    QTimer *m_idle = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPushButton *m_finish = nullptr;

    QLineEdit *m_privateId = nullptr;
    QPushButton *m_showPrivateId = nullptr;
    QPushButton *m_identify = nullptr;
    QLabel *m_identifyMessage = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QProgressBar *m_identifyProgress = nullptr;

    QLabel *m_greeting = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_request = nullptr;
    QCheckBox *m_scopeAll = nullptr;
    QButtonGroup *m_purpose = nullptr;
    QButtonGroup *m_duration = nullptr;
    QPushButton *m_grant = nullptr;
    QPushButton *m_notNow = nullptr;
    QLabel *m_consentStatus = nullptr;
    QWidget *m_consentsBox = nullptr;
    QVBoxLayout *m_consentsLayout = nullptr;

    TimelineModel *m_timeline = nullptr;
    QListView *m_records = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_downloadFhir = nullptr;
    QPushButton *m_downloadPdf = nullptr;
    QLabel *m_downloadStatus = nullptr;
};

} // namespace careledger
