#include "aggregatelabels.h"

#include <QAbstractItemModel>
#include <QSettings>
#include <QUrl>

namespace {

QString settingsGroup(const QString &connectionKey)
{
    // QSettings treats '/' and '\' as separators: percent-encode the key (a URL) to keep one group.
    return QStringLiteral("aggregateLabels/") + QString::fromLatin1(QUrl::toPercentEncoding(connectionKey));
}

} // namespace

QHash<QString, QString> SettingsAggregateLabelStore::load(const QString &connectionKey)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(connectionKey));
    QHash<QString, QString> labels;
    const QStringList keys = settings.childKeys();
    for (const QString &uuid : keys) {
        const QString text = settings.value(uuid).toString().trimmed();
        if (!text.isEmpty())
            labels.insert(uuid, text);
    }
    return labels;
}

void SettingsAggregateLabelStore::save(const QString &connectionKey, const QHash<QString, QString> &labels)
{
    QSettings settings;
    settings.remove(settingsGroup(connectionKey));
    settings.beginGroup(settingsGroup(connectionKey));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

AggregateLabels::AggregateLabels(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<SettingsAggregateLabelStore>())
{ }

AggregateLabels::~AggregateLabels() = default;

void AggregateLabels::setStore(std::unique_ptr<AggregateLabelStore> store)
{
    m_store = std::move(store);
    if (!m_key.isEmpty())
        setConnectionKey(m_key);
}

void AggregateLabels::setConnectionKey(const QString &key)
{
    m_key = key;
    m_labels = (m_store && !key.isEmpty()) ? m_store->load(key) : QHash<QString, QString>();
    Q_EMIT labelsReset();
}

void AggregateLabels::setLabel(const QString &uuid, const QString &label)
{
    const QString text = label.trimmed();
    if (m_labels.value(uuid) == text)
        return;
    if (text.isEmpty())
        m_labels.remove(uuid);
    else
        m_labels.insert(uuid, text);
    if (m_store && !m_key.isEmpty())
        m_store->save(m_key, m_labels);
    Q_EMIT labelChanged(uuid);
}

void AggregateLabels::refreshColumnOnChange(QAbstractItemModel *model, int column) const
{
    auto relabel = [model, column] {
        const int rows = model->rowCount();
        if (rows > 0)
            Q_EMIT model->dataChanged(model->index(0, column), model->index(rows - 1, column));
    };
    connect(this, &AggregateLabels::labelChanged, model, relabel);
    connect(this, &AggregateLabels::labelsReset, model, relabel);
}
