#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;

namespace careledger {

// The workstation's look: Fusion (dialog buttons without stock icons), a calm clinical palette (light or dark), a
// small application stylesheet, monochrome icons recoloured for the palette,
// and the semantic colours for code that paints by itself (charts, delegates).
//
// Icons: Theme::icon("patient") loads :/icons/patient.svg (resources/icons/,
// listed in resources/resources.qrc) and tints it when it is painted, so an
// icon created before a switch to dark mode is recoloured too. Per QIcon mode:
//   Normal   → palette windowText      Disabled → disabled windowText
//   Active   → accent() (hover)        Selected → highlightedText (the row
//   state On (checked buttons) → accent()         background is the highlight)
// Pixmaps are rendered from the SVG at the exact device-pixel size asked for
// (16/24/32/48 px at 1× and 2× are the advertised sizes) and cached per size
// and colour. An unknown name gives a null QIcon and a warning.
// Theme::icon(name, role) draws in one palette role instead, in every mode
// but Disabled: e.g. QPalette::HighlightedText for a role="primary" button,
// whose background is the highlight.
//
// Stylesheet vocabulary — dynamic properties the UI sets on its widgets
// (set them before the widget is shown; to change one on a visible widget,
// call style()->unpolish(w); style()->polish(w); afterwards):
//
//   role="heading"      QLabel: screen/section title (15pt, semibold)
//   role="subheading"   QLabel: group title (11pt, semibold)
//   role="caption"      QLabel: secondary text, smaller and muted (timestamps,
//                       author lines, "verified at block 1234")
//   role="banner"       QFrame: the patient header bar on top of a record
//                       (tinted background, bottom rule, roomy padding); put
//                       role="heading" labels and chips inside it
//   role="card"         QFrame: bordered, rounded panel on the base colour
//   role="primary"      QPushButton/QToolButton: the one main action (accent fill;
//                       its icon, if any, from icon(name, QPalette::HighlightedText)).
//                       QDialogButtonBox polishes the buttons it creates at once:
//                       create the QPushButton, set the property, then addButton()
//   role="danger"       QPushButton: destructive action (revoke consent, delete)
//   severity="critical" QLabel: red chip (allergies with severe reactions,
//                       misbehaviour/fork alerts, failed verification)
//   severity="warning"  QLabel: amber chip (moderate allergy, stale sync)
//   severity="info"     QLabel: neutral chip (tags, record type)
//   badge="verified"    QLabel: green badge, "proof checked against a trusted header"
//   badge="pending"     QLabel: amber outline badge, not yet in a final block
//   badge="failed"      QLabel: red badge, a proof or signature did not verify
//   badge="amended"     QLabel: accent outline badge, superseded/amended record
//   kiosk="true"        any container: larger type for the patient-facing
//                       kiosk (applies to the labels, buttons and line edits in it)
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    // Sets the Fusion style, the palette, the base font (at least 10 pt), the
    // application stylesheet and, if none is set yet, the window icon (the
    // installed "careledger" theme icon, else :/careledger.svg). May be called
    // again to switch modes at run time; icons already handed out recolour.
    static void apply(QApplication &app, Mode mode);

    // The mode in force after apply(): Light or Dark (System is resolved).
    static Mode current();
    static bool isDark();

    // :/icons/<name>.svg tinted for the current palette (see above).
    static QIcon icon(const QString &name);
    static QIcon icon(const QString &name, QPalette::ColorRole role);

    // Semantic colours for the current mode, readable on the window and base
    // colours (WCAG AA for normal text).
    static QColor accent();
    static QColor danger();
    static QColor warning();
    static QColor success();

    // The stylesheet apply() installs, for the given mode (exposed for tests).
    static QString styleSheet(Mode mode);
};

} // namespace careledger
