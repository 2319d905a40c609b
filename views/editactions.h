#pragma once

// The main window's write actions on aggregates: edit one provider (F2, Return in the list),
// bulk add/remove/replace on a multi-selection, undo the last change of a provider (Ctrl+Z),
// and the opt-in automatic re-apply. Keeps them enabled only when they can work (selection,
// microversion, read-only mode) and shows read-only mode clearly in the window.

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "bulkaggregateedit.h"

class ProviderBrowser;
class QAbstractItemView;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QPoint;

class EditActions : public QObject
{
    Q_OBJECT
public:
    // copyActions are added at the end of the rows' context menu.
    EditActions(QMainWindow *window, ProviderBrowser *browser, QMenu *editMenu, const QList<QAction *> &copyActions);

    QAction *editAction() const { return m_edit; }
    QAction *undoAction() const { return m_undo; }
    QAction *bulkAction(BulkIntent::Kind kind) const;
    QAction *autoReapplyAction() const { return m_autoReapply; }
    QList<QAction *> writeActions() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Empty reason: the server can do generation-checked edits (microversion 1.19+).
    void setUnsupportedReason(const QString &reason);
    QString disabledReason() const;
    // Providers whose last change can be undone.
    void setUndoable(const QSet<QString> &uuids);
    // The providers the last bulk edit changed ("add A to 3 providers"); Ctrl+Z on one of them
    // asks whether to undo the whole bulk edit or this provider only. Empty: none to undo.
    void setLastBulkEdit(const QSet<QString> &uuids, const QString &description);
    void setAutoReapply(bool on);

    QStringList selectedUuids() const;
    static QString readOnlyBadgeText();
    // Open while F2 asks what to do with several selected providers.
    QMessageBox *multiSelectionQuestion() const { return m_multiQuestion; }
    // Open while Ctrl+Z asks about the last bulk edit.
    QMessageBox *bulkUndoQuestion() const { return m_bulkUndoQuestion; }

Q_SIGNALS:
    void editRequested(const QString &uuid);
    void bulkEditRequested(BulkIntent::Kind kind, const QStringList &uuids);
    void undoRequested(const QString &uuid);
    // Undo every provider the last bulk edit changed (after the controller's preview).
    void undoBulkRequested();
    void autoReapplyChanged(bool on);

private:
    void attach(QAbstractItemView *view);
    void showContextMenu(QAbstractItemView *view, const QPoint &pos);
    void update();
    void editCurrent();
    void askAboutMultiSelection(const QString &current, const QStringList &selected);
    void askAboutBulkUndo(const QString &current);
    QString currentProviderName() const;

    QMainWindow *m_window;
    ProviderBrowser *m_browser;
    QAction *m_edit;
    QAction *m_undo;
    QAction *m_bulkAdd;
    QAction *m_bulkRemove;
    QAction *m_bulkReplace;
    QAction *m_autoReapply;
    QLabel *m_badge;
    QList<QAction *> m_copyActions;
    QPointer<QMessageBox> m_multiQuestion;
    QPointer<QMessageBox> m_bulkUndoQuestion;
    QSet<QString> m_lastBulk;
    QString m_lastBulkDescription;
    QString m_unsupported;
    QSet<QString> m_undoable;
    bool m_readOnly = false;
};
