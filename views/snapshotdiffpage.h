#pragma once

// "Compare with snapshot…": what differs between a saved snapshot and the cloud, one row per
// difference, and a toggle that narrows the provider table to the providers that differ. The
// page only shows and asks: the app loads the snapshot, compares (SnapshotDiff) and filters.

#include <QWidget>

#include "snapshotdiff.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class SnapshotDiffModel;

class SnapshotDiffPage : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotDiffPage(QWidget *parent = nullptr);

    SnapshotDiffModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *onlyTheseToggle() const { return m_onlyThese; }
    QString summaryText() const;

    // A new comparison: `snapshotName` (the file, "taken at …") against the cloud.
    void setComparison(const QString &snapshotName, const QList<SnapshotDifference> &differences);
    // The comparison could not be made (unreadable file, unread aggregates): the reason replaces
    // the table, and the table filter is lifted.
    void setFailure(const QString &reason);
    void clear();

Q_SIGNALS:
    // The toggle is on: the provider table should show only these providers (possibly none).
    void showOnlyProviders(const QStringList &uuids);
    // The toggle is off, or the comparison went away: the provider table shows everything again.
    void showAllProviders();
    // Return or double-click on a row: select this provider in the table.
    void providerActivated(const QString &uuid);
    // The operator asks for a snapshot file to compare with (the app opens the file dialog).
    void compareRequested();

private:
    void emitFilter();

    SnapshotDiffModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QCheckBox *m_onlyThese;
    QPushButton *m_compare;
    bool m_hasComparison = false;
};
