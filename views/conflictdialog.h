#pragma once

// The prompt shown when a save met 409 concurrent_update: never an error box. Side by side
// what the operator started from, what the server has now and what they want; whether the
// aggregates changed on the server or only the generation moved; and the three choices
// (re-apply on top of the server, reload dropping the edit after a confirmation, keep editing).

#include <QDialog>

#include "aggregateeditsession.h"

class AggregateLabels;
class NovaOverlay;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    using Choice = AggregateEditSession::ConflictChoice;

    // With Nova data (nova may be null), aggregates show their Nova names and badges.
    ConflictDialog(const AggregateConflict &conflict, const QString &providerName, const AggregateLabels *labels,
                   const NovaOverlay *nova = nullptr, QWidget *parent = nullptr);

    QListWidget *startedList() const { return m_started; }
    QListWidget *serverList() const { return m_server; }
    QListWidget *mineList() const { return m_mine; }
    QString explanation() const;
    QString mergedText() const;
    QString dropText() const;
    QPushButton *reapplyButton() const { return m_reapply; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepEditingButton() const { return m_keep; }
    QPushButton *confirmDropButton() const { return m_confirmDrop; }
    bool isConfirmingDrop() const;

Q_SIGNALS:
    // Emitted once; closing the prompt any other way counts as "keep editing" (nothing is lost).
    void choiceMade(AggregateEditSession::ConflictChoice choice);

protected:
    void done(int result) override;

private:
    QListWidget *makeList(const QStringList &items, const QStringList &plus, const QStringList &minus);
    void choose(Choice choice);

    const AggregateLabels *m_labels;
    const NovaOverlay *m_nova;
    QStackedWidget *m_pages;
    QListWidget *m_started;
    QListWidget *m_server;
    QListWidget *m_mine;
    QLabel *m_explanation;
    QLabel *m_merged;
    QLabel *m_drop;
    QPushButton *m_reapply;
    QPushButton *m_reload;
    QPushButton *m_keep;
    QPushButton *m_confirmDrop;
    bool m_chosen = false;
};
