#pragma once

// The filters Placement applies itself (GET /resource_providers): member of aggregates
// (any-of, all-of, not-in), in tree, required and forbidden traits, resources. Fields the
// negotiated microversion cannot do are disabled and say which version they need.
// Aggregates may be given by UUID or local label, the tree by UUID or provider name.

#include <QWidget>

#include <functional>

#include "apiversion.h"
#include "providerfilter.h"
#include "result.h"

class QLabel;
class QLineEdit;

class ServerFilterPanel : public QWidget
{
    Q_OBJECT
public:
    // Turns what the user typed (a label, a name) into a UUID; empty when unknown.
    using Resolver = std::function<QString(const QString &)>;

    explicit ServerFilterPanel(QWidget *parent = nullptr);

    void setCapabilities(const Capabilities &caps);
    void setAggregateResolver(Resolver resolver) { m_aggregateResolver = std::move(resolver); }
    void setProviderResolver(Resolver resolver) { m_providerResolver = std::move(resolver); }
    void setKnownTraits(const QStringList &traits);

    void setFilter(const ProviderFilter &filter);
    // The filter the fields describe, or a message naming the field that is wrong.
    Result<ProviderFilter> filter() const;
    void focusFirstField();

    // A one-line summary for the filter chip ("member of 2 aggregates, 1 trait").
    static QString summary(const ProviderFilter &filter);

Q_SIGNALS:
    void applyRequested(const ProviderFilter &filter);
    void closeRequested();

private:
    void apply();
    QStringList resolveAggregates(const QString &text, QString *error) const;

    QLineEdit *m_anyOf;
    QLineEdit *m_allOf;
    QLineEdit *m_notIn;
    QLineEdit *m_inTree;
    QLineEdit *m_required;
    QLineEdit *m_forbidden;
    QLineEdit *m_resources;
    QLabel *m_error;
    Resolver m_aggregateResolver;
    Resolver m_providerResolver;
};
