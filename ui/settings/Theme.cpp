#include "Theme.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace textdesk {

namespace {

struct Original
{
    bool known = false;
    QString styleName;
    QPalette palette;
};

Original &original()
{
    static Original o;
    return o;
}

struct Colours
{
    QColor window, windowText, base, alternateBase, text, placeholder, button, buttonText,
        brightText, highlight, highlightedText, inactiveHighlight, link, linkVisited, toolTipBase,
        toolTipText, light, midlight, mid, dark, shadow, disabledText, disabledBase,
        disabledHighlight, disabledHighlightedText;
};

QPalette makePalette(const Colours &c)
{
    QPalette p;
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::BrightText, c.brightText);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        // Fusion draws its bevels and frames from these.
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
    }
    // A selection in a window that is not focused stays visible but quieter.
    p.setColor(QPalette::Inactive, QPalette::Highlight, c.inactiveHighlight);
    // Disabled: readable enough to tell what it is, clearly not available.
    for (const auto role :
         { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText })
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledHighlightedText);
    return p;
}

double luminance(const QColor &colour)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

} // namespace

QPalette Theme::lightPalette()
{
    Colours c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.windowText = QColor(0x1d, 0x1d, 0x1d);
    c.base = Qt::white;
    c.alternateBase = QColor(0xf5, 0xf5, 0xf5);
    c.text = c.windowText;
    c.placeholder = QColor(0x6e, 0x6e, 0x6e); // 5:1 on white
    c.button = c.window;
    c.buttonText = c.windowText;
    c.brightText = Qt::white;
    c.highlight = QColor(0x2f, 0x65, 0xca);
    c.highlightedText = Qt::white;
    c.inactiveHighlight = QColor(0xc8, 0xd6, 0xf0);
    c.link = QColor(0x1a, 0x5f, 0xb4);
    c.linkVisited = QColor(0x6a, 0x3f, 0xb4);
    c.toolTipBase = QColor(0xff, 0xff, 0xdc);
    c.toolTipText = c.windowText;
    c.light = Qt::white;
    c.midlight = QColor(0xe3, 0xe3, 0xe3);
    c.mid = QColor(0xb8, 0xb8, 0xb8);
    c.dark = QColor(0xa0, 0xa0, 0xa0);
    c.shadow = QColor(0x69, 0x69, 0x69);
    c.disabledText = QColor(0x8a, 0x8a, 0x8a); // 3:1 on Window
    c.disabledBase = c.window;
    c.disabledHighlight = QColor(0xd0, 0xd0, 0xd0);
    c.disabledHighlightedText = QColor(0x80, 0x80, 0x80);
    QPalette p = makePalette(c);
    // The quieter inactive selection is light, so its text is dark.
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, c.windowText);
    return p;
}

QPalette Theme::darkPalette()
{
    Colours c;
    c.window = QColor(0x2d, 0x2d, 0x30);
    c.windowText = QColor(0xe6, 0xe6, 0xe6);
    c.base = QColor(0x1e, 0x1e, 0x1e);
    c.alternateBase = QColor(0x26, 0x26, 0x29);
    c.text = c.windowText;
    c.placeholder = QColor(0x8c, 0x8c, 0x8c); // 5:1 on Base
    c.button = QColor(0x35, 0x35, 0x39);
    c.buttonText = c.windowText;
    c.brightText = QColor(0xff, 0x6b, 0x6b);
    c.highlight = QColor(0x2f, 0x65, 0xca);
    c.highlightedText = Qt::white;
    c.inactiveHighlight = QColor(0x3a, 0x4a, 0x66);
    c.link = QColor(0x6c, 0xb4, 0xff);
    c.linkVisited = QColor(0xb4, 0x8e, 0xff);
    c.toolTipBase = QColor(0x3c, 0x3c, 0x41);
    c.toolTipText = c.windowText;
    // Bevels lighter than the window, shadows darker: Fusion's frames stay visible.
    c.light = QColor(0x50, 0x50, 0x55);
    c.midlight = QColor(0x3e, 0x3e, 0x42);
    c.mid = QColor(0x25, 0x25, 0x27);
    c.dark = QColor(0x1a, 0x1a, 0x1a);
    c.shadow = QColor(0x0a, 0x0a, 0x0a);
    c.disabledText = QColor(0x80, 0x80, 0x80);
    c.disabledBase = QColor(0x26, 0x26, 0x28);
    c.disabledHighlight = QColor(0x40, 0x40, 0x44);
    c.disabledHighlightedText = QColor(0xa0, 0xa0, 0xa0);
    return makePalette(c);
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void Theme::applyTheme(const QString &theme)
{
    Original &o = original();
    if (!o.known) {
        o.known = true;
        o.styleName = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    const bool light = theme == QLatin1String("light");
    const bool dark = theme == QLatin1String("dark");
    if (!light && !dark) {
        if (QApplication::style()->name() != o.styleName)
            QApplication::setStyle(o.styleName);
        QApplication::setPalette(o.palette);
        return;
    }
    // Fusion draws everything from the palette, so it is the one style where both of ours
    // look as intended on every platform (native styles ignore parts of a palette).
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

} // namespace textdesk
