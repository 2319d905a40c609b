#include "jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

PlacementError JsonBody::badResponse(const QString &why)
{
    return PlacementError::make(PlacementError::Kind::BadResponse, why);
}

Result<QJsonObject> JsonBody::object(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return badResponse(PlacementError::tr("the body is not valid JSON (%1 at offset %2)")
                               .arg(error.errorString())
                               .arg(error.offset));
    if (!doc.isObject())
        return badResponse(PlacementError::tr("the body is not a JSON object"));
    return doc.object();
}

JsonFieldReader::JsonFieldReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{ }

QString JsonFieldReader::field(const char *key) const
{
    return m_path.isEmpty() ? QString(QLatin1String(key)) : m_path + QLatin1Char('.') + QLatin1String(key);
}

bool JsonFieldReader::failWith(const QString &why)
{
    m_why = why;
    return false;
}

bool JsonFieldReader::failAt(const QString &name, const QString &expected)
{
    m_why = PlacementError::tr("field \"%1\" is missing or not %2").arg(name, expected);
    return false;
}

bool JsonFieldReader::string(const char *key, QString *out)
{
    const QJsonValue v = value(key);
    if (!v.isString())
        return fail(key, PlacementError::tr("a string"));
    *out = v.toString();
    return true;
}

bool JsonFieldReader::optionalString(const char *key, QString *out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString())
        return fail(key, PlacementError::tr("a string or null"));
    *out = v.toString();
    return true;
}

namespace {

// A whole number in [-limit, limit): both ends are powers of two, exact as doubles, so that the
// conversion that follows is defined (2^63 itself, which 9223372036854775807 reads as, is not).
bool integral(const QJsonValue &v, double limit, double *out)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < -limit || d >= limit)
        return false;
    *out = d;
    return true;
}

constexpr double int64Limit = 9223372036854775808.0; // 2^63
constexpr double int32Limit = 2147483648.0; // 2^31

} // namespace

bool JsonFieldReader::integer(const char *key, qint64 *out)
{
    double d = 0;
    // Whole numbers only; beyond qint64 they cannot be held.
    if (!integral(value(key), int64Limit, &d))
        return fail(key, PlacementError::tr("an integer"));
    *out = static_cast<qint64>(d);
    return true;
}

bool JsonFieldReader::integer(const QString &key, qint64 *out)
{
    double d = 0;
    if (!integral(m_object.value(key), int64Limit, &d))
        return failAt(m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key, PlacementError::tr("an integer"));
    *out = static_cast<qint64>(d);
    return true;
}

bool JsonFieldReader::integer(const char *key, int *out)
{
    double d = 0;
    if (!integral(value(key), int32Limit, &d))
        return fail(key, PlacementError::tr("an integer"));
    *out = static_cast<int>(d);
    return true;
}

bool JsonFieldReader::optionalInteger(const char *key, qint64 *out)
{
    if (value(key).isUndefined())
        return true;
    return integer(key, out);
}

bool JsonFieldReader::number(const char *key, double *out)
{
    const QJsonValue v = value(key);
    if (!v.isDouble())
        return fail(key, PlacementError::tr("a number"));
    *out = v.toDouble();
    return true;
}

bool JsonFieldReader::optionalBool(const char *key, bool *out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = false;
        return true;
    }
    if (!v.isBool())
        return fail(key, PlacementError::tr("true, false or null"));
    *out = v.toBool();
    return true;
}

bool JsonFieldReader::stringList(const char *key, QStringList *out)
{
    out->clear();
    const QJsonValue v = value(key);
    if (!v.isArray())
        return fail(key, PlacementError::tr("a list of strings"));
    const QJsonArray array = v.toArray();
    out->reserve(array.size());
    for (const QJsonValue item : array) {
        if (!item.isString())
            return fail(key, PlacementError::tr("a list of strings"));
        out->append(item.toString());
    }
    return true;
}

bool JsonFieldReader::optionalStringList(const char *key, QStringList *out)
{
    out->clear();
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return fail(key, PlacementError::tr("a list of strings or null"));
    const QJsonArray array = v.toArray();
    out->reserve(array.size());
    for (const QJsonValue item : array) {
        if (!item.isString())
            return fail(key, PlacementError::tr("a list of strings or null"));
        out->append(item.toString());
    }
    return true;
}

bool JsonFieldReader::optionalStringMap(const char *key, QMap<QString, QString> *out)
{
    out->clear();
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return fail(key, PlacementError::tr("an object of strings or null"));
    const QJsonObject object = v.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return failAt(field(key) + QLatin1Char('.') + it.key(), PlacementError::tr("a string"));
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

bool JsonFieldReader::object(const char *key, QJsonObject *out)
{
    const QJsonValue v = value(key);
    if (!v.isObject())
        return fail(key, PlacementError::tr("an object"));
    *out = v.toObject();
    return true;
}
