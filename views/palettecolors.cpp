#include "palettecolors.h"

namespace PaletteColors {

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const double keep = 1.0 - amount;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amount),
                            static_cast<float>(a.greenF() * keep + b.greenF() * amount),
                            static_cast<float>(a.blueF() * keep + b.blueF() * amount));
}

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// The highlight's hue turned to a warning red, keeping the theme's saturation and brightness.
QColor warningHue(const QPalette &palette)
{
    const QColor h = palette.color(QPalette::Highlight).toHsv();
    return QColor::fromHsvF(0.0f, qMax(0.55f, h.hsvSaturationF()), qMax(0.75f, h.valueF()));
}
} // namespace

QColor changedRow(const QPalette &palette)
{
    // Amber-ish tint of the base colour: noticeable without shouting, in both themes.
    const QColor amber = QColor::fromHsvF(0.11f, 0.9f, isDark(palette) ? 0.8f : 1.0f);
    return mix(palette.color(QPalette::Base), amber, isDark(palette) ? 0.28 : 0.35);
}

QColor barTrack(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.10);
}

QColor barFill(const QPalette &palette, double ratio)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor base = palette.color(QPalette::Base);
    if (ratio >= 0.9)
        return mix(base, warningHue(palette), 0.65);
    return mix(base, highlight, 0.55);
}

QColor pendingText(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor errorText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), warningHue(palette), 0.75);
}

QColor addedBackground(const QPalette &palette)
{
    // Green tint of the base colour, as strong as the changed-row amber.
    const QColor green = QColor::fromHsvF(0.33f, 0.8f, isDark(palette) ? 0.7f : 0.9f);
    return mix(palette.color(QPalette::Base), green, isDark(palette) ? 0.3 : 0.25);
}

QColor removedText(const QPalette &palette)
{
    return errorText(palette);
}

QColor warningBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), warningHue(palette), isDark(palette) ? 0.35 : 0.18);
}

} // namespace PaletteColors
