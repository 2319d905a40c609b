#pragma once

// The drift report as a file and as one line: the JSON that --drift-report writes (the shape
// README documents), counts by class, and a summary for a status bar or stderr.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

#include "driftanalysis.h"

struct DriftCounts
{
    static constexpr int kindCount = 5;
    std::array<int, kindCount> byKind {}; // indexed by DriftItem::Kind

    int of(DriftItem::Kind kind) const { return byKind.at(static_cast<size_t>(kind)); }
    int total() const;
    // Everything but foreign, which is information only: what decides "drift found".
    int drift() const { return total() - of(DriftItem::Kind::Foreign); }
};

class DriftReport
{
    Q_DECLARE_TR_FUNCTIONS(DriftReport)

public:
    // "missing", "extra", "foreign", "unresolvable", "inconsistent": the JSON's class names.
    static QString className(DriftItem::Kind kind);
    static std::optional<DriftItem::Kind> kindFromName(const QString &name);

    // {"drift": [{"class", "aggregate_uuid", "aggregate_name", "provider_uuid", "provider_name",
    // "host", "detail"}]}, every key always present (empty strings, never null), items in
    // the order given. With errors (a partial scan), an "errors" array of strings follows;
    // without, the key is absent.
    static QJsonObject toJson(const QList<DriftItem> &items, const QStringList &errors = {});
    // toJson() indented, with a final newline: what the file holds.
    static QByteArray toJsonBytes(const QList<DriftItem> &items, const QStringList &errors = {});

    static DriftCounts counts(const QList<DriftItem> &items);
    // True when anything but foreign aggregates was found (headless exit code 3).
    static bool hasDrift(const QList<DriftItem> &items) { return counts(items).drift() > 0; }
    // One line: "No drift between Nova and Placement." or
    // "Drift: 2 missing, 1 extra, 0 unresolvable, 1 inconsistent; 3 foreign aggregates (information only)."
    static QString summary(const QList<DriftItem> &items);
};
