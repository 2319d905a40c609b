#pragma once

// Local, per-connection names for aggregates (Placement aggregates have none).
// Where they are stored is a hook: a LabelStore loads and saves them for a connection key,
// so connection profiles can keep them later without this class changing.

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class AggregateLabelStore
{
public:
    virtual ~AggregateLabelStore() = default;
    virtual QHash<QString, QString> load(const QString &connectionKey) = 0;
    virtual void save(const QString &connectionKey, const QHash<QString, QString> &labels) = 0;
};

// Stores labels in QSettings under "aggregateLabels/<connection key>".
class SettingsAggregateLabelStore : public AggregateLabelStore
{
public:
    QHash<QString, QString> load(const QString &connectionKey) override;
    void save(const QString &connectionKey, const QHash<QString, QString> &labels) override;
};

class QAbstractItemModel;

class AggregateLabels : public QObject
{
    Q_OBJECT
public:
    explicit AggregateLabels(QObject *parent = nullptr);
    ~AggregateLabels() override;

    void setStore(std::unique_ptr<AggregateLabelStore> store);
    // Loads the labels of a connection (e.g. its endpoint URL); later edits are saved there.
    void setConnectionKey(const QString &key);
    QString connectionKey() const { return m_key; }

    QString label(const QString &uuid) const { return m_labels.value(uuid); }
    // An empty label removes it. Saves immediately.
    void setLabel(const QString &uuid, const QString &label);
    QHash<QString, QString> all() const { return m_labels; }
    bool isEmpty() const { return m_labels.isEmpty(); }
    // Whenever a label changes (or all do), `model` gets dataChanged for `column` of every row:
    // for models whose column shows labels. The connections live as long as `model`.
    void refreshColumnOnChange(QAbstractItemModel *model, int column) const;

Q_SIGNALS:
    void labelChanged(const QString &uuid);
    void labelsReset();

private:
    std::unique_ptr<AggregateLabelStore> m_store;
    QString m_key;
    QHash<QString, QString> m_labels;
};
