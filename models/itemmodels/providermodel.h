#pragma once

// A flat table of resource providers with their aggregates and load state.
// Reloads merge into the existing rows (remove gone, update changed, append new),
// so selections and scroll positions survive a refresh.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include "placementerror.h"
#include "types.h"

class ProviderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UuidColumn, GenerationColumn, ParentColumn, RootColumn, AggregateCountColumn,
                  AggregatesColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        UuidRole = Qt::UserRole + 1, // the provider UUID, on every column
        SortRole, // typed value for sorting (numbers as numbers)
        LoadStateRole, // LoadState of the aggregates
        AggregatesRole, // QStringList
        GenerationChangedRole, // bool: the generation moved at the last refresh
    };

    enum class LoadState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(LoadState)

    struct Row
    {
        ResourceProvider provider;
        ProviderAggregates aggregates;
        LoadState aggregatesState = LoadState::NotLoaded;
        QString aggregatesError;
        bool generationChanged = false;
    };

    explicit ProviderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Merges a fresh provider list: rows keep their identity (by UUID), so views keep state.
    void mergeProviders(const QList<ResourceProvider> &providers);
    void clear();

    void setAggregatesLoading(const QString &uuid);
    void setAggregates(const QString &uuid, const ProviderAggregates &aggregates);
    void setAggregatesFailed(const QString &uuid, const PlacementError &error);

    int rowOf(const QString &uuid) const { return m_rowByUuid.value(uuid, -1); }
    const Row &row(int row) const { return m_rows.at(row); }
    QStringList uuids() const;

private:
    void emitRowChanged(int row, const QList<int> &roles = {});
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowByUuid;
};
