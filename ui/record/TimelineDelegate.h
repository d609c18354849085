#pragma once

#include <QStyledItemDelegate>

namespace careledger {

// Paints one TimelineModel row the way a clinician scans a record:
//   [kind icon] 12.03.2024   Blood pressure 128/82 mmHg  (abnormal) (amended)   [shield] block 1,204
//               14:05        Dr. Amelia Hart · Doctor · St. Elsewhere General Hospital
// Vector icons at the device pixel ratio; colours from the palette and Theme.
class TimelineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Metrics {
        int padding;
        int iconSize;
        int dateWidth;
        int gap;
    };
    static Metrics metrics(const QStyleOptionViewItem &option);
};

} // namespace careledger
