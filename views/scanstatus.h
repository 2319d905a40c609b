#pragma once

// The one line the Nova vs Placement and Drift tabs show above their tables: why there is no
// comparison (no Nova data, and why), that a scan is running, or when the shown scan ran and
// what it could not read.

#include <QDateTime>
#include <QStringList>

class NovaOverlay;

namespace ScanStatus {
struct Text
{
    QString line;
    bool problem = false; // something could not be read: drawn in the error colour
};
// overlay may be null; errors are the scan's (DriftScanResult::errorMessages()).
Text describe(const NovaOverlay *overlay, bool hasScan, const QDateTime &scannedAt, const QStringList &errors,
              const QString &summary);
} // namespace ScanStatus
