#pragma once

// The drift between Nova and Placement: counts per class (each a toggle that filters by it),
// the items in a table, and what to do about them. Missing items are ticked for repair, extra
// items only when the operator ticks them (Space ticks the selected rows), foreign items never.
// Repair Ticked… emits the ticked items (the app previews and writes); Copy as Commands puts the
// `openstack` commands for them on the clipboard. The page never writes anything itself.

#include <QHash>
#include <QList>
#include <QWidget>

#include "driftanalysis.h"

class DriftFilterProxy;
class DriftModel;
class NovaOverlay;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

class DriftPage : public QWidget
{
    Q_OBJECT
public:
    DriftPage(DriftModel *drift, NovaOverlay *nova, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    DriftFilterProxy *proxy() const { return m_proxy; }
    QToolButton *classButton(DriftItem::Kind kind) const { return m_classButtons.value(static_cast<int>(kind)); }
    QPushButton *repairButton() const { return m_repair; }
    QPushButton *copyButton() const { return m_copy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString statusText() const;
    QString summaryText() const;
    // The selected rows as tab-separated text with a header line (Ctrl+C).
    QString selectionAsText() const;

    // Why repairs cannot be written (read-only, old microversion); empty: they can.
    void setWriteDisabledReason(const QString &reason);
    // Emits repairRequested() with the ticked items; nothing when none is ticked.
    void repair();
    // The `openstack` commands for the ticked items, on the clipboard.
    void copyCommands();
    // Ticks the selected tickable rows, or unticks them when all of them are ticked.
    void toggleSelected();

Q_SIGNALS:
    void repairRequested(const QList<DriftItem> &items);
    void providerActivated(const QString &uuid);
    void aggregateActivated(const QString &uuid);
    // Compare Nova and Placement again.
    void scanRequested();

private:
    void updateCounts();
    void updateStatus();
    void updateButtons();
    void applyClassFilter();

    DriftModel *m_drift;
    NovaOverlay *m_nova;
    DriftFilterProxy *m_proxy;
    QLabel *m_status;
    QHash<int, QToolButton *> m_classButtons; // by DriftItem::Kind
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_feedback;
    QPushButton *m_repair;
    QPushButton *m_copy;
    QPushButton *m_scan;
    QString m_writeDisabledReason;
};
