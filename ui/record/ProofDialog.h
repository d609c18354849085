#pragma once

#include "workstation/EngineTypes.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace careledger {

class WorkstationEngine;

// How one record is proven: a sentence in plain words (ProofDetails.summary)
// and, for whoever wants to check by hand, the technical details (log index,
// tree size, leaf hash, inclusion path, root, header hash, signing members)
// as selectable monospace text.
class ProofDialog : public QDialog {
    Q_OBJECT
public:
    // Asks the engine for the proof of txId and shows it when it comes.
    ProofDialog(WorkstationEngine &engine, const QByteArray &txId, QWidget *parent = nullptr);
    // Shows a proof already at hand.
    explicit ProofDialog(const ProofDetails &proof, QWidget *parent = nullptr);

    void setProof(const ProofDetails &proof);
    void setError(const QString &message);
    QString technicalText() const;

    static QString formatDetails(const ProofDetails &proof);

private:
    void build();

    QLabel *m_icon = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_copy = nullptr;
    quint64 m_request = 0;
};

} // namespace careledger
