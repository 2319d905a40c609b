#pragma once

// Draws a cell's aggregates as chips: a Nova aggregate as its name with badges beside it (its
// availability zone, a padlock when tenant-isolated, "trait" when it requires traits), one that
// Nova does not know dimmed with a dashed outline. What does not fit becomes "+N". Colours come
// from the palette, so dark themes work.

#include <QList>
#include <QRect>

#include "novaoverlay.h"

class QFontMetrics;
class QPainter;
class QPalette;

namespace AggregateChips {
// Paints the chips into rect; selected draws them over the selection colour.
void paint(QPainter *painter, const QRect &rect, const QList<AggregateChip> &chips, const QPalette &palette,
           const QFont &font, bool selected);
// The width all chips need in one line.
int width(const QList<AggregateChip> &chips, const QFont &font);
} // namespace AggregateChips
