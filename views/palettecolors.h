#pragma once

// Colours derived from the current palette, so light and dark themes both read well.
// Nothing here is a hard-coded light colour.

#include <QColor>
#include <QPalette>

namespace PaletteColors {
// a and b blended: amount 0 gives a, 1 gives b.
QColor mix(const QColor &a, const QColor &b, double amount);
// Background of rows whose generation moved at the last refresh.
QColor changedRow(const QPalette &palette);
// The empty part of a capacity bar, and its filled part at a given fill ratio.
QColor barTrack(const QPalette &palette);
QColor barFill(const QPalette &palette, double ratio);
// Text of rows or cells that are not loaded yet.
QColor pendingText(const QPalette &palette);
// Text that reports a failure: the palette's text pulled towards red.
QColor errorText(const QPalette &palette);
// Pending-change colours of an aggregate diff: rows being added, text of rows being removed.
QColor addedBackground(const QPalette &palette);
QColor removedText(const QPalette &palette);
// Background of a banner that reports a failure or stale data.
QColor warningBackground(const QPalette &palette);
} // namespace PaletteColors
