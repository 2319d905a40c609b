#pragma once

// The one place aggregates are entered: an editable box that takes a typed or pasted
// UUID list (newlines, commas, spaces), a local label, or a pick from the aggregates the
// app knows (shown with their labels). Used by the single-provider editor and bulk edits.

#include <QWidget>

#include "aggregatelist.h"

class AggregateLabels;
class NovaOverlay;
class QComboBox;
class QPushButton;

class AggregateInput : public QWidget
{
    Q_OBJECT
public:
    explicit AggregateInput(QWidget *parent = nullptr);

    void setLabels(AggregateLabels *labels);
    // Nova names are shown beside the UUIDs and may be typed like labels.
    void setNovaOverlay(const NovaOverlay *nova);
    void setKnownAggregates(const QStringList &uuids);

    QComboBox *comboBox() const { return m_combo; }
    QPushButton *addButton() const { return m_add; }

    // Splits text, resolves labels to UUIDs and checks the result (canonical, folded, rejected).
    AggregateListCheck parse(const QString &text) const;

    // "label · uuid" when a label is set, else the UUID.
    static QString displayText(const QString &uuid, const AggregateLabels *labels);
    // With Nova data: "Nova name · uuid (AZ az1 · tenant-isolated: p1)", or
    // "label · uuid (not a Nova aggregate)"; without, the same as above.
    static QString displayText(const QString &uuid, const AggregateLabels *labels, const NovaOverlay *nova);

Q_SIGNALS:
    // The operator pressed Add (or Return): what they entered, checked.
    void entered(const AggregateListCheck &check);

private:
    void submit();
    QString labelToUuid(const QString &text) const;

    QComboBox *m_combo;
    QPushButton *m_add;
    AggregateLabels *m_labels = nullptr;
    const NovaOverlay *m_nova = nullptr;
    QStringList m_known;
};
