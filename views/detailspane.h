#pragma once

// Read-only details of the selected provider: identity (UUID with a copy button,
// parent/root links that navigate), aggregates with the generation they were read at,
// traits, inventories with usage, and the number of consumers with allocations. While the
// provider model's NovaOverlay holds data, also the Nova host and compute service state, and
// each aggregate's Nova name and badges ("not a Nova aggregate" for the others).

#include <QWidget>

#include "providerdetailsloader.h"
class AggregateLabels;
class ProviderModel;
class QFormLayout;
class QLabel;
class QToolButton;
class QTreeWidget;

class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    DetailsPane(ProviderModel *providers, AggregateLabels *labels, QWidget *parent = nullptr);

    void showDetails(const ProviderDetails &details);
    QString uuid() const { return m_uuid; }
    // The text of every field, for tests and copy.
    QString text() const;

Q_SIGNALS:
    void navigateRequested(const QString &uuid);
    void aggregateActivated(const QString &uuid);

private:
    QLabel *addField(QFormLayout *form, const QString &label);
    QString providerLink(const QString &uuid) const;
    QString aggregateLine(const QString &uuid) const;
    void showNova();
    void rerender();

    ProviderModel *m_providers;
    AggregateLabels *m_labels;
    QString m_uuid;
    ProviderDetails m_shown;
    QFormLayout *m_identity = nullptr;
    QLabel *m_novaHost = nullptr;
    QLabel *m_computeService = nullptr;
    QLabel *m_zone = nullptr;
    QLabel *m_placeholder;
    QWidget *m_content;
    QWidget *m_scroll = nullptr;
    QLabel *m_name;
    QLabel *m_uuidLabel;
    QToolButton *m_copyUuid;
    QLabel *m_generation;
    QLabel *m_parent;
    QLabel *m_root;
    QLabel *m_aggregatesHeader;
    QLabel *m_aggregates;
    QLabel *m_traits;
    QTreeWidget *m_inventories;
    QLabel *m_allocations;
    QLabel *m_errors;
};
