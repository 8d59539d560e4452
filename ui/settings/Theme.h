#pragma once

#include <QtGui/QPalette>

class QColor;

namespace textdesk {

// The application's look: the platform's own style and palette ("system"), or Fusion with a
// light or dark palette of ours, for agents whose desktop does not follow their preference
// (or who want the opposite of it).
class Theme
{
public:
    // "system" | "light" | "dark"; anything else counts as "system". The platform's style
    // name and palette are remembered at the first call, so "system" puts them back exactly.
    static void applyTheme(const QString &theme);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);
};

} // namespace textdesk
