#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QSvgRenderer>
#include <QtGlobal>

#include <memory>

// resources/resources.qrc is compiled into the same static library as this
// file; nothing else refers to it, so without this reference the linker would
// leave it out of the executable. Q_INIT_RESOURCE must be called outside any
// namespace.
static void initThemeResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    (void)done;
}

namespace careledger {

namespace {

struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText;
    QColor highlight, highlightedText, light, midlight, mid, dark, shadow;
    QColor placeholder, disabledText, link, linkVisited, toolTipBase, toolTipText;
    QColor accent, danger, warning, success;
    // Chips and badges: background, text, border.
    QColor criticalBg, criticalFg, warningBg, warningFg, warningBorder;
    QColor infoBg, infoFg, successBg, successFg, successBorder, bannerBg;
};

// Contrast checked against window and base: text ≥ 13:1, semantic colours
// and captions ≥ 4.5:1 (WCAG AA), chip text on chip ≥ 5.5:1.
Colours lightColours()
{
    Colours c;
    c.window = QColor(0xf4f6f8);
    c.windowText = QColor(0x1c2430);
    c.base = QColor(0xffffff);
    c.alternateBase = QColor(0xf2f5f8);
    c.text = c.windowText;
    c.button = QColor(0xe9edf2);
    c.buttonText = c.windowText;
    c.highlight = QColor(0x0a66c2);
    c.highlightedText = QColor(0xffffff);
    c.light = QColor(0xffffff);
    c.midlight = QColor(0xe1e6ec);
    c.mid = QColor(0xc3cbd5);
    c.dark = QColor(0x98a3b1);
    c.shadow = QColor(0x5c6675);
    c.placeholder = QColor(0x5f6b7a);
    c.disabledText = QColor(0x8a94a3);
    c.link = QColor(0x0a5cad);
    c.linkVisited = QColor(0x6a3fb0);
    c.toolTipBase = QColor(0xffffff);
    c.toolTipText = c.windowText;
    c.accent = QColor(0x0a66c2);
    c.danger = QColor(0xc42b2b);
    c.warning = QColor(0x9a5b00);
    c.success = QColor(0x1f7a3a);
    c.criticalBg = QColor(0xc42b2b);
    c.criticalFg = QColor(0xffffff);
    c.warningBg = QColor(0xfff4e0);
    c.warningFg = QColor(0x8a5100);
    c.warningBorder = QColor(0xe9c27a);
    c.infoBg = QColor(0xe9edf2);
    c.infoFg = c.windowText;
    c.successBg = QColor(0xe6f4ea);
    c.successFg = QColor(0x1b6b33);
    c.successBorder = QColor(0x9fd3ae);
    c.bannerBg = QColor(0xe8f0f9);
    return c;
}

Colours darkColours()
{
    Colours c;
    c.window = QColor(0x1d2127);
    c.windowText = QColor(0xe4e8ee);
    c.base = QColor(0x15181c);
    c.alternateBase = QColor(0x1b1f24);
    c.text = c.windowText;
    c.button = QColor(0x2a3038);
    c.buttonText = c.windowText;
    c.highlight = QColor(0x2b6cb8);
    c.highlightedText = QColor(0xffffff);
    c.light = QColor(0x3a414b);
    c.midlight = QColor(0x313741);
    c.mid = QColor(0x444c57);
    c.dark = QColor(0x101316);
    c.shadow = QColor(0x08090b);
    c.placeholder = QColor(0x9aa5b3);
    c.disabledText = QColor(0x6f7a88);
    c.link = QColor(0x6cb0ff);
    c.linkVisited = QColor(0xb59cf0);
    c.toolTipBase = QColor(0x2a3038);
    c.toolTipText = c.windowText;
    c.accent = QColor(0x5aa2f0);
    c.danger = QColor(0xff7b7b);
    c.warning = QColor(0xe8b04a);
    c.success = QColor(0x5cc47a);
    c.criticalBg = QColor(0xb3261e);
    c.criticalFg = QColor(0xffffff);
    c.warningBg = QColor(0x3d2f12);
    c.warningFg = QColor(0xf0c060);
    c.warningBorder = QColor(0x6e5420);
    c.infoBg = QColor(0x2a3038);
    c.infoFg = c.windowText;
    c.successBg = QColor(0x16351f);
    c.successFg = QColor(0x7bd694);
    c.successBorder = QColor(0x2e6b40);
    c.bannerBg = QColor(0x232a33);
    return c;
}

Theme::Mode g_mode = Theme::Mode::Light;

const Colours &colours()
{
    static const Colours light = lightColours();
    static const Colours dark = darkColours();
    return g_mode == Theme::Mode::Dark ? dark : light;
}

QPalette paletteFor(const Colours &c)
{
    QPalette p;
    auto all = [&p](QPalette::ColorRole role, const QColor &colour) {
        p.setColor(QPalette::All, role, colour);
    };
    all(QPalette::Window, c.window);
    all(QPalette::WindowText, c.windowText);
    all(QPalette::Base, c.base);
    all(QPalette::AlternateBase, c.alternateBase);
    all(QPalette::Text, c.text);
    all(QPalette::Button, c.button);
    all(QPalette::ButtonText, c.buttonText);
    all(QPalette::BrightText, QColor(0xffffff));
    all(QPalette::Highlight, c.highlight);
    all(QPalette::HighlightedText, c.highlightedText);
    all(QPalette::Light, c.light);
    all(QPalette::Midlight, c.midlight);
    all(QPalette::Mid, c.mid);
    all(QPalette::Dark, c.dark);
    all(QPalette::Shadow, c.shadow);
    all(QPalette::PlaceholderText, c.placeholder);
    all(QPalette::Link, c.link);
    all(QPalette::LinkVisited, c.linkVisited);
    all(QPalette::ToolTipBase, c.toolTipBase);
    all(QPalette::ToolTipText, c.toolTipText);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, c.window);
    // An inactive window keeps its selection visible, a little calmer.
    p.setColor(QPalette::Inactive, QPalette::Highlight, c.highlight.lighter(g_mode == Theme::Mode::Dark ? 90 : 115));
    return p;
}

bool platformPrefersDark(const QPalette &platform)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    // Qt 6.4 has no colour-scheme hint: a platform theme in dark mode gives a
    // window colour darker than its text.
    return platform.color(QPalette::Window).lightness() < platform.color(QPalette::WindowText).lightness();
}

// --- icons ----------------------------------------------------------------

// role < 0: the default mapping of icon modes to colours (see Theme.h).
QColor iconColour(QIcon::Mode mode, QIcon::State state, int role)
{
    const QPalette p = QGuiApplication::palette();
    if (role >= 0)
        return p.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ColorRole(role));
    switch (mode) {
    case QIcon::Disabled: return p.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return p.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Active: return Theme::accent();
    case QIcon::Normal: break;
    }
    return state == QIcon::On ? Theme::accent() : p.color(QPalette::Active, QPalette::WindowText);
}

// Renders the monochrome SVG at the exact pixel size asked for, then replaces
// its colour with the palette's, keeping the antialiased alpha.
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QString name, std::shared_ptr<QSvgRenderer> renderer, int role)
        : m_name(std::move(name)), m_renderer(std::move(renderer)), m_role(role) {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (size.isEmpty())
            return {};
        const QColor colour = iconColour(mode, state, m_role);
        const QString key = QStringLiteral("%1/%2x%3/%4").arg(m_name).arg(size.width()).arg(size.height()).arg(colour.rgba(), 8, 16);
        auto &cache = pixmapCache();
        if (auto it = cache.constFind(key); it != cache.cend())
            return *it;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            // Square icons in a non-square request are centred, not stretched.
            const int side = qMin(size.width(), size.height());
            const QRectF target((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side);
            m_renderer->render(&painter, target);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), colour);
        }
        QPixmap pm = QPixmap::fromImage(std::move(image));
        if (cache.size() > 4000) // a theme switch or many sizes: start again
            cache.clear();
        cache.insert(key, pm);
        return pm;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
        QPixmap pm = pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {24, 24}, {32, 32}, {48, 48}};
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_name, m_renderer, m_role); }
    QString key() const override { return QStringLiteral("careledger-tinted-svg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return !m_renderer->isValid(); }

private:
    static QHash<QString, QPixmap> &pixmapCache()
    {
        static QHash<QString, QPixmap> cache;
        return cache;
    }

    QString m_name;
    std::shared_ptr<QSvgRenderer> m_renderer;
    int m_role;
};

void prerender(const QIcon &icon)
{
    // The common sizes at 1× and 2×, for both everyday modes: the first
    // paint of a toolbar or a list does not stall on SVG rendering.
    for (int side : {16, 24, 32, 48})
        for (int scale : {1, 2})
            for (auto mode : {QIcon::Normal, QIcon::Selected})
                (void)icon.pixmap(QSize(side, side), scale, mode);
}

QIcon makeIcon(const QString &name, int role)
{
    initThemeResources();
    static QHash<std::pair<QString, int>, QIcon> icons;
    const std::pair key(name, role);
    if (auto it = icons.constFind(key); it != icons.cend())
        return *it;
    auto renderer = std::make_shared<QSvgRenderer>(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!renderer->isValid()) {
        qWarning("Theme::icon: no icon named \"%s\" in :/icons", qPrintable(name));
        return {};
    }
    QIcon icon(new TintedSvgEngine(name, std::move(renderer), role));
    prerender(icon);
    icons.insert(key, icon);
    return icon;
}

// Fusion with the few changes the workstation wants everywhere: dialog
// buttons (OK, Cancel, Close…) carry no stock icons — the platform theme's
// coloured ones (a red "X" on Cancel) clash with the monochrome icons; an
// icon on a dialog button comes from Theme::icon(), set by the dialog.
class WorkstationStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

} // namespace

// --- Theme ----------------------------------------------------------------

QString Theme::styleSheet(Mode mode)
{
    if (mode == Mode::System)
        mode = g_mode;
    const Mode saved = g_mode;
    g_mode = mode;
    const Colours c = colours();
    g_mode = saved;
    auto n = [](const QColor &colour) { return colour.name(); };

    QString css = QStringLiteral(R"(
QLabel[role="heading"] { font-size: 15pt; font-weight: 600; }
QLabel[role="subheading"] { font-size: 11pt; font-weight: 600; }
QLabel[role="caption"] { font-size: 9pt; color: %placeholder%; }

QFrame[role="banner"] {
    background: %bannerBg%; border: none; border-bottom: 1px solid %mid%;
    padding: 8px 12px;
}
QFrame[role="card"] {
    background: %base%; border: 1px solid %mid%; border-radius: 6px; padding: 8px;
}

QLabel[severity] { border-radius: 9px; padding: 1px 8px; font-weight: 600; }
QLabel[severity="critical"] { background: %criticalBg%; color: %criticalFg%; border: 1px solid %criticalBg%; }
QLabel[severity="warning"] { background: %warningBg%; color: %warningFg%; border: 1px solid %warningBorder%; }
QLabel[severity="info"] { background: %infoBg%; color: %infoFg%; border: 1px solid %mid%; }

QLabel[badge] { border-radius: 4px; padding: 0px 6px; font-size: 9pt; font-weight: 600; }
QLabel[badge="verified"] { background: %successBg%; color: %successFg%; border: 1px solid %successBorder%; }
QLabel[badge="pending"] { background: transparent; color: %warning%; border: 1px solid %warning%; }
QLabel[badge="failed"] { background: %criticalBg%; color: %criticalFg%; border: 1px solid %criticalBg%; }
QLabel[badge="amended"] { background: transparent; color: %accent%; border: 1px solid %accent%; }

QPushButton[role="primary"], QToolButton[role="primary"] {
    background: %highlight%; color: %highlightedText%; border: 1px solid %highlight%;
    border-radius: 4px; padding: 5px 14px; font-weight: 600;
}
QPushButton[role="primary"]:hover, QToolButton[role="primary"]:hover { background: %highlightHover%; }
QPushButton[role="primary"]:pressed, QToolButton[role="primary"]:pressed { background: %highlightPressed%; }
QPushButton[role="danger"] {
    background: %button%; color: %danger%; border: 1px solid %danger%;
    border-radius: 4px; padding: 5px 14px; font-weight: 600;
}
QPushButton[role="danger"]:hover { background: %criticalBg%; color: %criticalFg%; }
QPushButton[role="primary"]:disabled, QToolButton[role="primary"]:disabled, QPushButton[role="danger"]:disabled {
    background: %button%; color: %disabledText%; border: 1px solid %mid%;
}

QToolTip { background: %toolTipBase%; color: %toolTipText%; border: 1px solid %mid%; padding: 4px; }

*[kiosk="true"] QLabel, *[kiosk="true"] QPushButton, *[kiosk="true"] QLineEdit { font-size: 14pt; }
*[kiosk="true"] QLabel[role="heading"] { font-size: 20pt; }
*[kiosk="true"] QPushButton { padding: 10px 22px; }
*[kiosk="true"] QLineEdit { padding: 6px; }
)");
    const QList<std::pair<const char *, QColor>> vars = {
        {"placeholder", c.placeholder}, {"bannerBg", c.bannerBg}, {"mid", c.mid}, {"base", c.base},
        {"criticalBg", c.criticalBg}, {"criticalFg", c.criticalFg}, {"warningBg", c.warningBg},
        {"warningFg", c.warningFg}, {"warningBorder", c.warningBorder}, {"infoBg", c.infoBg},
        {"infoFg", c.infoFg}, {"successBg", c.successBg}, {"successFg", c.successFg},
        {"successBorder", c.successBorder}, {"warning", c.warning}, {"accent", c.accent},
        {"highlightHover", mode == Mode::Dark ? c.highlight.lighter(115) : c.highlight.darker(112)},
        {"highlightPressed", mode == Mode::Dark ? c.highlight.darker(115) : c.highlight.darker(130)},
        {"highlightedText", c.highlightedText}, {"highlight", c.highlight}, {"button", c.button},
        {"danger", c.danger}, {"disabledText", c.disabledText}, {"toolTipBase", c.toolTipBase},
        {"toolTipText", c.toolTipText},
    };
    for (const auto &[name, colour] : vars)
        css.replace(QLatin1Char('%') + QLatin1String(name) + QLatin1Char('%'), n(colour));
    return css;
}

void Theme::apply(QApplication &app, Mode mode)
{
    // The platform's own palette, taken before the first apply() replaces it.
    static const QPalette platform = QApplication::palette();
    if (mode == Mode::System)
        mode = platformPrefersDark(platform) ? Mode::Dark : Mode::Light;
    g_mode = mode;

    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(new WorkstationStyle(fusion));
    app.setPalette(paletteFor(colours()));

    QFont font = app.font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);

    app.setStyleSheet(styleSheet(mode));

    initThemeResources();
    if (QApplication::windowIcon().isNull())
        app.setWindowIcon(QIcon::fromTheme(QStringLiteral("careledger"), QIcon(QStringLiteral(":/careledger.svg"))));
}

Theme::Mode Theme::current()
{
    return g_mode;
}

bool Theme::isDark()
{
    return g_mode == Mode::Dark;
}

QIcon Theme::icon(const QString &name)
{
    return makeIcon(name, -1);
}

QIcon Theme::icon(const QString &name, QPalette::ColorRole role)
{
    return makeIcon(name, int(role));
}

QColor Theme::accent() { return colours().accent; }
QColor Theme::danger() { return colours().danger; }
QColor Theme::warning() { return colours().warning; }
QColor Theme::success() { return colours().success; }

} // namespace careledger
