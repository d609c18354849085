#include "TimelineDelegate.h"

#include "TimelineModel.h"
#include "patients/PatientListModel.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace careledger {

namespace {

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : 9.0);
    return f;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// An icon in one colour, at the painter's pixel ratio.
void paintTinted(QPainter *painter, const QRect &rect, const QIcon &icon, const QColor &color)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
    QPixmap pixmap = icon.pixmap(rect.size(), dpr);
    if (pixmap.isNull())
        return;
    {
        QPainter p(&pixmap);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(pixmap.rect(), color);
    }
    painter->drawPixmap(rect, pixmap);
}

// A small rounded label; returns its width.
int paintPill(QPainter *painter, const QPoint &topLeft, const QString &text, const QFont &font, const QColor &fill,
              const QColor &textColor, bool outline)
{
    const QFontMetrics fm(font);
    const int h = fm.height() + 2;
    const int w = fm.horizontalAdvance(text) + 12;
    const QRectF r(topLeft.x() + 0.5, topLeft.y() + 0.5, w - 1, h - 1);
    QPainterPath path;
    path.addRoundedRect(r, h / 2.0, h / 2.0);
    if (outline) {
        painter->setPen(QPen(fill, 1.0));
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
    }
    painter->drawPath(path);
    painter->setFont(font);
    painter->setPen(textColor);
    painter->drawText(QRect(topLeft.x(), topLeft.y(), w, h), Qt::AlignCenter, text);
    return w;
}

} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

TimelineDelegate::Metrics TimelineDelegate::metrics(const QStyleOptionViewItem &option)
{
    const QFontMetrics fm(option.font);
    Metrics m;
    m.padding = qMax(6, fm.height() / 2);
    m.iconSize = qMax(16, (fm.height() * 4 / 3 + 3) / 4 * 4);
    m.gap = qMax(8, fm.averageCharWidth() * 3 / 2);
    const QString widest = PatientListModel::dateText(QDate(2028, 12, 28));
    m.dateWidth = QFontMetrics(option.font).horizontalAdvance(widest) + 4;
    return m;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const Metrics m = metrics(option);
    const int height = m.padding * 2 + QFontMetrics(titleFont(option.font)).height() + 3
                       + QFontMetrics(smallFont(option.font)).height();
    // The width is the least that reads well; the view gives each row its full width.
    return QSize(m.iconSize + m.dateWidth + 24 * QFontMetrics(option.font).averageCharWidth(), qMax(height, m.iconSize + 2 * m.padding));
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = mix(text, base, 0.38);

    const Metrics m = metrics(option);
    const QFont bold = titleFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics boldFm(bold);
    const QFontMetrics smallFm(small);
    const QRect r = option.rect.adjusted(m.padding, m.padding, -m.padding, -m.padding);
    const int line1Top = r.top();
    const int line2Top = r.top() + boldFm.height() + 3;

    // Kind icon.
    const QString kind = index.data(TimelineModel::KindRole).toString();
    QIcon kindIcon = Theme::icon(kind.isEmpty() ? QStringLiteral("other") : kind);
    if (kindIcon.isNull())
        kindIcon = Theme::icon(QStringLiteral("other"));
    const QRect iconRect(r.left(), line1Top + (boldFm.height() - m.iconSize) / 2 + 1, m.iconSize, m.iconSize);
    kindIcon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

    // Clinical date and time.
    int x = iconRect.right() + m.gap;
    // FHIR dates without a time come as midnight UTC: show the date as written, no time.
    const QDateTime raw = index.data(TimelineModel::ClinicalTimeRole).toDateTime();
    const bool dateOnly = raw.isValid() && raw.toUTC().time() == QTime(0, 0);
    const QDateTime when = dateOnly ? raw.toUTC() : raw.toLocalTime();
    painter->setFont(option.font);
    painter->setPen(text);
    const QRect dateRect(x, line1Top, m.dateWidth, boldFm.height());
    painter->drawText(dateRect, Qt::AlignLeft | Qt::AlignVCenter,
                      when.isValid() ? PatientListModel::dateText(when.date()) : tr("no date"));
    if (when.isValid() && !dateOnly) {
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(QRect(x, line2Top, m.dateWidth, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          PatientListModel::timeText(when.time()));
    }
    x += m.dateWidth + m.gap;

    // Verification on the right.
    int right = r.right();
    const quint64 height = index.data(TimelineModel::BlockHeightRole).toULongLong();
    const bool verified = index.data(TimelineModel::VerifiedRole).toBool();
    if (height > 0) {
        const QString blockText = tr("block %1").arg(QLocale().toString(height));
        const int tw = smallFm.horizontalAdvance(blockText);
        const int shield = smallFm.height();
        const QColor green = selected ? text : Theme::success();
        const QColor pending = selected ? text : Theme::warning();
        painter->setFont(small);
        painter->setPen(verified ? green : pending);
        const QRect textRect(right - tw, line1Top, tw, boldFm.height());
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, blockText);
        const QRect shieldRect(textRect.left() - shield - 4, line1Top + (boldFm.height() - shield) / 2, shield, shield);
        paintTinted(painter, shieldRect, Theme::icon(verified ? QStringLiteral("verified") : QStringLiteral("warning")),
                    verified ? green : pending);
        right = shieldRect.left() - m.gap;
    }

    // Title and markers.
    const QString error = index.data(TimelineModel::ErrorRole).toString();
    QString title = index.data(TimelineModel::TitleRole).toString();
    if (title.isEmpty())
        title = error.isEmpty() ? tr("(untitled)") : tr("Record not readable here");
    const bool abnormal = index.data(TimelineModel::AbnormalRole).toBool();
    const bool amended = index.data(TimelineModel::AmendedRole).toBool();
    int pillsWidth = 0;
    const QString abnormalText = tr("abnormal");
    const QString amendedText = tr("amended");
    if (abnormal)
        pillsWidth += smallFm.horizontalAdvance(abnormalText) + 12 + 6;
    if (amended)
        pillsWidth += smallFm.horizontalAdvance(amendedText) + 12 + 6;
    const int titleSpace = qMax(0, right - x - pillsWidth);
    QFont titleF = bold;
    titleF.setItalic(!error.isEmpty());
    painter->setFont(titleF);
    painter->setPen(error.isEmpty() ? text : muted);
    const QString elided = QFontMetrics(titleF).elidedText(title, Qt::ElideRight, titleSpace);
    painter->drawText(QRect(x, line1Top, titleSpace, boldFm.height()), Qt::AlignLeft | Qt::AlignVCenter, elided);
    int px = x + QFontMetrics(titleF).horizontalAdvance(elided) + 8;
    const int pillTop = line1Top + (boldFm.height() - smallFm.height() - 2) / 2;
    if (abnormal)
        px += paintPill(painter, QPoint(px, pillTop), abnormalText, small, Theme::danger(), Qt::white, false) + 6;
    if (amended)
        paintPill(painter, QPoint(px, pillTop), amendedText, small, selected ? text : Theme::accent(),
                  selected ? text : Theme::accent(), true);

    // Author line (or why the content cannot be read).
    const QString second = error.isEmpty() ? index.data(TimelineModel::AuthorLineRole).toString() : error;
    painter->setFont(small);
    painter->setPen(muted);
    const int secondSpace = qMax(0, r.right() - x);
    painter->drawText(QRect(x, line2Top, secondSpace, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallFm.elidedText(second, Qt::ElideRight, secondSpace));

    painter->restore();

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor = base;
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace careledger
