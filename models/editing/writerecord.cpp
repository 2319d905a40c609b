#include "writerecord.h"

#include "requestlog.h"

QString WriteRecord::lastWriteRequestId(const RequestLog *log, const QString &providerUuid)
{
    if (!log)
        return {};
    const QString tail = QStringLiteral("/resource_providers/%1/aggregates").arg(providerUuid);
    // Only the newest few entries can be this write's; bound the walk for a busy log.
    const int oldest = qMax(0, log->size() - 200);
    for (int i = log->size() - 1; i >= oldest; --i) {
        const RequestLogEntry &entry = log->at(i);
        if (entry.method == "PUT" && entry.url.endsWith(tail))
            return entry.requestId;
    }
    return {};
}
