#include "scanstatus.h"

#include "novaoverlay.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// ScanStatus is a namespace: this gives it tr() under its own translation context.
struct ScanStatusStrings
{
    Q_DECLARE_TR_FUNCTIONS(ScanStatus)
};
} // namespace

namespace ScanStatus {

Text describe(const NovaOverlay *overlay, bool hasScan, const QDateTime &scannedAt, const QStringList &errors,
              const QString &summary)
{
    if (overlay != nullptr && overlay->state() == NovaOverlay::State::Unavailable)
        return { overlay->statusText(), true };
    const bool scanning = overlay != nullptr && overlay->state() == NovaOverlay::State::Loading;
    if (!hasScan) {
        if (scanning)
            return { ScanStatusStrings::tr("Reading Nova and Placement's member lists…"), false };
        return { ScanStatusStrings::tr(
                     "No comparison yet: Nova and Placement are compared after the providers are loaded (F5)."),
                 false };
    }
    const QString at = QLocale().toString(scannedAt.time(), QStringLiteral("HH:mm:ss"));
    QString line = summary.isEmpty() ? ScanStatusStrings::tr("Compared at %1.").arg(at)
                                     : ScanStatusStrings::tr("Compared at %1: %2").arg(at, summary);
    if (scanning)
        line += QLatin1Char(' ') + ScanStatusStrings::tr("Comparing again…");
    if (!errors.isEmpty())
        line += QLatin1Char('\n') + errors.join(QLatin1Char('\n'));
    return { line, !errors.isEmpty() };
}

} // namespace ScanStatus
