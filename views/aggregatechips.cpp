#include "aggregatechips.h"

#include "palettecolors.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace {

constexpr int padding = 4;
constexpr int gap = 4;

struct Segment
{
    QString text;
    bool badge = false; // drawn smaller, on a stronger tint
    bool lock = false; // a padlock instead of text: tenant isolation
};

QString tr(const char *text)
{
    return QCoreApplication::translate("AggregateChips", text);
}

QList<Segment> segmentsOf(const AggregateChip &chip)
{
    QList<Segment> segments { { chip.text, false } };
    if (!chip.availabilityZone.isEmpty())
        segments.append({ chip.availabilityZone, true });
    // Cells are narrow: a padlock says "only some projects", the tooltip names them.
    if (chip.tenantIsolated)
        segments.append({ {}, true, true });
    if (chip.requiresTraits)
        segments.append({ tr("trait"), true });
    return segments;
}

QFont badgeFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8.0);
    return small;
}

int lockSize(const QFont &font)
{
    return QFontMetrics(badgeFont(font)).ascent();
}

void paintLock(QPainter *painter, const QRect &rect, const QColor &color, const QFont &font)
{
    const int size = lockSize(font);
    const QRectF box(rect.center().x() - size * 0.4, rect.center().y() - size * 0.5, size * 0.8, size);
    const QRectF body(box.left(), box.top() + box.height() * 0.45, box.width(), box.height() * 0.55);
    const QRectF shackle(box.left() + box.width() * 0.18, box.top(), box.width() * 0.64, box.height() * 0.8);
    painter->save();
    painter->setPen(QPen(color, qMax(1.2, size / 8.0)));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    painter->drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(body, 1, 1);
    painter->restore();
}

int segmentWidth(const Segment &segment, const QFont &font)
{
    if (segment.lock)
        return lockSize(font) + 2 * padding;
    const QFontMetrics fm(segment.badge ? badgeFont(font) : font);
    return fm.horizontalAdvance(segment.text) + 2 * padding;
}

int chipWidth(const AggregateChip &chip, const QFont &font)
{
    int w = 0;
    const QList<Segment> segments = segmentsOf(chip);
    for (const Segment &s : segments)
        w += segmentWidth(s, font);
    return w;
}

} // namespace

namespace AggregateChips {

int width(const QList<AggregateChip> &chips, const QFont &font)
{
    int w = 0;
    for (const AggregateChip &chip : chips)
        w += chipWidth(chip, font) + gap;
    return w;
}

void paint(QPainter *painter, const QRect &rect, const QList<AggregateChip> &chips, const QPalette &palette,
           const QFont &font, bool selected)
{
    const QFontMetrics fm(font);
    const int height = qMin(rect.height() - 4, fm.height() + 4);
    const int top = rect.top() + (rect.height() - height) / 2;
    const QColor base = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    const QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const QColor accent = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight);
    const QColor fill = PaletteColors::mix(base, accent, 0.14);
    const QColor badgeFill = PaletteColors::mix(base, accent, 0.32);
    const QColor border = PaletteColors::mix(base, text, 0.35);
    const QColor dim = selected ? PaletteColors::mix(text, base, 0.3) : PaletteColors::pendingText(palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    int x = rect.left() + 2;
    const int right = rect.right() - 1;
    for (int i = 0; i < chips.size(); ++i) {
        const AggregateChip &chip = chips.at(i);
        QList<Segment> segments = segmentsOf(chip);
        int w = chipWidth(chip, font);
        const int after = static_cast<int>(chips.size()) - i - 1; // chips still to come
        const int moreWidth = after > 0 ? gap + fm.horizontalAdvance(QStringLiteral("+%1").arg(after)) : 0;
        // Too wide: shorten the name (never the badges) while a few letters of it still fit.
        if (x + w + moreWidth > right) {
            const int nameRoom = right - moreWidth - x - (w - segmentWidth(segments.first(), font)) - 2 * padding;
            if (nameRoom >= fm.horizontalAdvance(QStringLiteral("MMM…"))) {
                segments.first().text = fm.elidedText(segments.first().text, Qt::ElideRight, nameRoom);
                w = 0;
                for (const Segment &s : std::as_const(segments))
                    w += segmentWidth(s, font);
            }
        }
        // The first chip is drawn even when cut off; later ones only whole, leaving room for "+N".
        if (i > 0 && x + w + moreWidth > right) {
            painter->setFont(font);
            painter->setPen(dim);
            painter->drawText(QRect(x, rect.top(), right - x, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              QStringLiteral("+%1").arg(after + 1));
            break;
        }
        const QRectF box(x + 0.5, top + 0.5, w - 1, height - 1);
        QPainterPath outline;
        outline.addRoundedRect(box, 3, 3);
        const bool nova = chip.kind == AggregateChip::Kind::Nova;
        painter->setPen(Qt::NoPen);
        if (nova) {
            painter->setBrush(fill);
            painter->drawPath(outline);
        }
        // Segments: the name, then the badges on a stronger tint.
        int sx = x;
        for (const Segment &s : std::as_const(segments)) {
            const int sw = segmentWidth(s, font);
            const QRect segRect(sx, top, sw, height);
            if (s.badge) {
                painter->save();
                painter->setClipPath(outline, Qt::IntersectClip);
                painter->fillRect(segRect, badgeFill);
                painter->restore();
            }
            if (s.lock) {
                paintLock(painter, segRect, text, font);
                sx += sw;
                continue;
            }
            QFont f = s.badge ? badgeFont(font) : font;
            if (!nova)
                f.setItalic(true);
            painter->setFont(f);
            painter->setPen(nova ? text : dim);
            painter->drawText(segRect, Qt::AlignCenter, s.text);
            sx += sw;
        }
        QPen pen(nova ? border : dim);
        if (!nova)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline);
        x += w + gap;
        if (x > right)
            break;
    }
    painter->restore();
}

} // namespace AggregateChips
