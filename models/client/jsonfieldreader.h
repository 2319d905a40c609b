#pragma once

// Reading the fields of one JSON object from a server's answer, for every parser (Placement's,
// Nova's): each reader returns false on a missing or mistyped field and keeps the first
// failure, naming the field by its path ("hypervisors[3].service.host"), so the error says
// exactly what was wrong. Also the body's outer checks (valid JSON, an object).

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include "placementerror.h"
#include "result.h"

namespace JsonBody {
// A 2xx answer whose body cannot be used.
PlacementError badResponse(const QString &why);
// The body as one JSON object, or a BadResponse saying why not.
Result<QJsonObject> object(const QByteArray &body);
} // namespace JsonBody

class JsonFieldReader
{
public:
    // `path` prefixes field names in messages ("resource_providers[2]"); empty at the top.
    explicit JsonFieldReader(QJsonObject object, QString path = {});

    bool string(const char *key, QString *out);
    // Missing and null read as empty.
    bool optionalString(const char *key, QString *out);
    bool integer(const char *key, qint64 *out);
    bool integer(const char *key, int *out);
    // For keys that come from the data (resource class names): any characters.
    bool integer(const QString &key, qint64 *out);
    // Missing leaves *out as it is.
    bool optionalInteger(const char *key, qint64 *out);
    bool number(const char *key, double *out);
    // Missing and null read as false.
    bool optionalBool(const char *key, bool *out);
    bool stringList(const char *key, QStringList *out);
    // Missing and null read as an empty list.
    bool optionalStringList(const char *key, QStringList *out);
    // An object of strings; missing and null read as empty.
    bool optionalStringMap(const char *key, QMap<QString, QString> *out);
    bool object(const char *key, QJsonObject *out);

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }
    // The field's full name for messages.
    QString field(const char *key) const;
    // Fails with a reason of the caller's (a value of the right type that is still wrong).
    bool failWith(const QString &why);
    PlacementError error() const { return JsonBody::badResponse(m_why); }

private:
    bool fail(const char *key, const QString &expected) { return failAt(field(key), expected); }
    bool failAt(const QString &name, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    QString m_why;
};
