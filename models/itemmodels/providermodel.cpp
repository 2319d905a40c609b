#include "providermodel.h"

#include <QSet>

namespace {

QString shortUuid(const QString &uuid)
{
    return uuid.left(8);
}

} // namespace

ProviderModel::ProviderModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ProviderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProviderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UuidColumn:
        return tr("UUID");
    case GenerationColumn:
        return tr("Generation");
    case ParentColumn:
        return tr("Parent");
    case RootColumn:
        return tr("Root");
    case AggregateCountColumn:
        return tr("# Aggregates");
    case AggregatesColumn:
        return tr("Aggregates");
    default:
        return {};
    }
}

QVariant ProviderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ResourceProvider &p = r.provider;
    switch (role) {
    case UuidRole:
        return p.uuid;
    case LoadStateRole:
        return QVariant::fromValue(r.aggregatesState);
    case AggregatesRole:
        return r.aggregates.aggregates;
    case GenerationChangedRole:
        return r.generationChanged;
    default:
        break;
    }

    const bool aggregateColumn = index.column() == AggregateCountColumn || index.column() == AggregatesColumn;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case UuidColumn:
            return p.uuid;
        case GenerationColumn:
            return p.generation;
        case ParentColumn:
            return p.parentUuid;
        case RootColumn:
            return p.rootUuid;
        default:
            break;
        }
        if (aggregateColumn) {
            switch (r.aggregatesState) {
            case LoadState::Loaded:
                break;
            case LoadState::Failed:
                return role == SortRole ? QVariant(-2) : QVariant(tr("failed"));
            case LoadState::Loading:
            case LoadState::NotLoaded:
                return role == SortRole ? QVariant(-1) : QVariant(tr("loading…"));
            }
            if (index.column() == AggregateCountColumn)
                return static_cast<int>(r.aggregates.aggregates.size());
            if (role == SortRole)
                return r.aggregates.aggregates.join(QLatin1Char(' '));
            QStringList shortForms;
            for (const QString &uuid : r.aggregates.aggregates)
                shortForms << shortUuid(uuid);
            return shortForms.join(QStringLiteral(", "));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (aggregateColumn && r.aggregatesState == LoadState::Failed)
            return tr("Loading the aggregates failed: %1").arg(r.aggregatesError);
        if (aggregateColumn && r.aggregatesState == LoadState::Loaded)
            return r.aggregates.aggregates.isEmpty()
                ? tr("No aggregates")
                : tr("Aggregates at generation %1:\n%2")
                      .arg(r.aggregates.generation)
                      .arg(r.aggregates.aggregates.join(QLatin1Char('\n')));
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == GenerationColumn || index.column() == AggregateCountColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void ProviderModel::mergeProviders(const QList<ResourceProvider> &providers)
{
    QHash<QString, const ResourceProvider *> incoming;
    incoming.reserve(providers.size());
    for (const ResourceProvider &p : providers)
        incoming.insert(p.uuid, &p);

    // 1. Remove rows that are gone, in contiguous runs from the bottom up.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (incoming.contains(m_rows.at(i).provider.uuid)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).provider.uuid))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }
    rebuildIndex();

    // 2. Update rows that changed.
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const ResourceProvider &fresh = *incoming.value(row.provider.uuid);
        const bool moved = fresh.generation != row.provider.generation;
        if (fresh == row.provider && !row.generationChanged)
            continue;
        row.generationChanged = moved;
        if (moved && row.aggregatesState == LoadState::Loaded && row.aggregates.generation != fresh.generation)
            row.aggregatesState = LoadState::NotLoaded; // stale: the caller reloads it
        row.provider = fresh;
        emitRowChanged(i);
    }

    // 3. Append new rows in the server's order.
    QList<Row> added;
    for (const ResourceProvider &p : providers) {
        if (!m_rowByUuid.contains(p.uuid)) {
            Row row;
            row.provider = p;
            added.append(row);
        }
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        for (int i = first; i < m_rows.size(); ++i)
            m_rowByUuid.insert(m_rows.at(i).provider.uuid, i);
        endInsertRows();
    }
    Q_ASSERT(m_rows.size() == incoming.size());
}

void ProviderModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
    m_rows.clear();
    m_rowByUuid.clear();
    endRemoveRows();
}

void ProviderModel::setAggregatesLoading(const QString &uuid)
{
    const int i = rowOf(uuid);
    if (i < 0)
        return;
    m_rows[i].aggregatesState = LoadState::Loading;
    emitRowChanged(i, { Qt::DisplayRole, SortRole, LoadStateRole });
}

void ProviderModel::setAggregates(const QString &uuid, const ProviderAggregates &aggregates)
{
    const int i = rowOf(uuid);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    row.aggregates = aggregates;
    row.aggregatesState = LoadState::Loaded;
    row.aggregatesError.clear();
    // The aggregates call reports the provider's current generation: keep the row in step.
    if (aggregates.generation >= 0)
        row.provider.generation = aggregates.generation;
    emitRowChanged(i);
}

void ProviderModel::setAggregatesFailed(const QString &uuid, const PlacementError &error)
{
    const int i = rowOf(uuid);
    if (i < 0)
        return;
    m_rows[i].aggregatesState = LoadState::Failed;
    m_rows[i].aggregatesError = error.message();
    emitRowChanged(i);
}

QStringList ProviderModel::uuids() const
{
    QStringList list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list << row.provider.uuid;
    return list;
}

void ProviderModel::emitRowChanged(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

void ProviderModel::rebuildIndex()
{
    m_rowByUuid.clear();
    m_rowByUuid.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByUuid.insert(m_rows.at(i).provider.uuid, i);
}
