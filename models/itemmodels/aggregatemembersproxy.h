#pragma once

// The providers of a ProviderModel that are members of one aggregate, as far as the
// loaded data knows (checked against the server with member_of by the caller).

#include <QSortFilterProxyModel>

class AggregateMembersProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AggregateMembersProxy(QObject *parent = nullptr);

    void setAggregate(const QString &uuid);
    QString aggregate() const { return m_uuid; }
    QStringList memberUuids() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_uuid;
};
