#include "editactions.h"

#include "providerbrowser.h"
#include "providermodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace {
QAction *makeAction(QMainWindow *window, QMenu *menu, const QString &name, const QString &text,
                    const QList<QKeySequence> &keys, const QString &tip)
{
    auto *action = new QAction(text, window);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setToolTip(keys.isEmpty()
                           ? tip
                           : EditActions::tr("%1 (%2)").arg(tip, keys.constFirst().toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    menu->addAction(action);
    window->addAction(action); // shortcuts work with the menu bar hidden
    return action;
}
} // namespace

EditActions::EditActions(QMainWindow *window, ProviderBrowser *browser, QMenu *editMenu,
                         const QList<QAction *> &copyActions)
    : QObject(window)
    , m_window(window)
    , m_browser(browser)
    , m_badge(new QLabel(window))
    , m_copyActions(copyActions)
{
    editMenu->addSeparator();
    m_edit = makeAction(window, editMenu, QStringLiteral("editAggregates"), tr("&Edit Aggregates…"),
                        { QKeySequence(Qt::Key_F2) }, tr("Edit the current provider's aggregate set"));
    m_undo = makeAction(window, editMenu, QStringLiteral("undoAggregates"), tr("&Undo Last Aggregate Change"),
                        { QKeySequence::Undo }, tr("Restore the current provider's set before its last change"));
    editMenu->addSeparator();
    m_bulkAdd = makeAction(window, editMenu, QStringLiteral("bulkAdd"), tr("&Add Selected to Aggregate…"),
                           { QKeySequence(tr("Ctrl+Shift+A")) }, tr("Add every selected provider to aggregates"));
    m_bulkRemove
        = makeAction(window, editMenu, QStringLiteral("bulkRemove"), tr("&Remove Selected from Aggregate…"),
                     { QKeySequence(tr("Ctrl+Shift+R")) }, tr("Remove every selected provider from aggregates"));
    m_bulkReplace = makeAction(window, editMenu, QStringLiteral("bulkReplace"), tr("Re&place Aggregates of Selected…"),
                               {}, tr("Give every selected provider the same aggregate set"));
    editMenu->addSeparator();
    m_autoReapply = makeAction(window, editMenu, QStringLiteral("autoReapply"),
                               tr("Re-apply Automatically When Only the &Generation Moved"), {},
                               tr("On a conflict where the aggregates on the server are unchanged, save again "
                                  "without asking (remembered per connection; each time is logged)"));
    m_autoReapply->setCheckable(true);

    m_badge->setText(readOnlyBadgeText());
    m_badge->setObjectName(QStringLiteral("readOnlyBadge"));
    m_badge->setToolTip(tr("Read-only mode: every write action is disabled"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 0 6px; border: 1px solid palette(mid); "
                                          "border-radius: 3px; }"));
    m_badge->hide();
    window->statusBar()->addPermanentWidget(m_badge);

    connect(m_edit, &QAction::triggered, this, &EditActions::editCurrent);
    connect(m_undo, &QAction::triggered, this, [this] {
        const QString uuid = m_browser->currentUuid();
        if (uuid.isEmpty() || !m_undo->isEnabled())
            return;
        if (m_lastBulk.contains(uuid) && m_lastBulk.size() > 1)
            askAboutBulkUndo(uuid);
        else
            Q_EMIT undoRequested(uuid);
    });
    const QList<QPair<QAction *, BulkIntent::Kind>> bulk { { m_bulkAdd, BulkIntent::Kind::Add },
                                                           { m_bulkRemove, BulkIntent::Kind::Remove },
                                                           { m_bulkReplace, BulkIntent::Kind::Replace } };
    for (const auto &[action, kind] : bulk) {
        connect(action, &QAction::triggered, this, [this, k = kind] {
            const QStringList uuids = selectedUuids();
            if (!uuids.isEmpty() && !m_readOnly && m_unsupported.isEmpty())
                Q_EMIT bulkEditRequested(k, uuids);
        });
    }
    connect(m_autoReapply, &QAction::toggled, this, &EditActions::autoReapplyChanged);
    attach(m_browser->table());
    attach(m_browser->tree());
    connect(m_browser, &ProviderBrowser::currentProviderChanged, this, &EditActions::update);
    update();
}

void EditActions::attach(QAbstractItemView *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EditActions::update);
    // Return on a row edits it, like F2; only inside the list so line edits keep their Return.
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, m_edit, &QAction::trigger);
}

void EditActions::showContextMenu(QAbstractItemView *view, const QPoint &pos)
{
    QMenu menu(view);
    menu.addAction(m_edit);
    menu.addAction(m_undo);
    menu.addSeparator();
    menu.addAction(m_bulkAdd);
    menu.addAction(m_bulkRemove);
    menu.addAction(m_bulkReplace);
    if (!m_copyActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_copyActions);
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void EditActions::editCurrent()
{
    const QString uuid = m_browser->currentUuid();
    if (uuid.isEmpty() || !m_edit->isEnabled() || m_multiQuestion)
        return;
    const QStringList selected = selectedUuids();
    if (selected.size() > 1) {
        askAboutMultiSelection(uuid, selected);
        return;
    }
    Q_EMIT editRequested(uuid);
}

// The editor changes one provider; with several selected, editing only one without a word
// would look like a change to all of them.
void EditActions::askAboutMultiSelection(const QString &current, const QStringList &selected)
{
    const int n = static_cast<int>(selected.size());
    const QString name = currentProviderName();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Several Providers Selected"),
                                tr("%n providers are selected. The editor changes one provider: %1. To change "
                                   "all of them, use a bulk edit.",
                                   nullptr, n)
                                    .arg(name),
                                QMessageBox::NoButton, m_window);
    QPushButton *one = box->addButton(tr("&Edit Only %1").arg(name), QMessageBox::AcceptRole);
    QPushButton *add = box->addButton(tr("&Add All to Aggregate…"), QMessageBox::ActionRole);
    QPushButton *remove = box->addButton(tr("&Remove All from Aggregate…"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_multiQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, one, add, remove, current, selected] {
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked == one)
            Q_EMIT editRequested(current);
        else if (clicked == add)
            Q_EMIT bulkEditRequested(BulkIntent::Kind::Add, selected);
        else if (clicked == remove)
            Q_EMIT bulkEditRequested(BulkIntent::Kind::Remove, selected);
    });
    box->open();
}

QString EditActions::currentProviderName() const
{
    return m_browser->currentView()->currentIndex().siblingAtColumn(ProviderModel::NameColumn).data().toString();
}

// Undoing one provider of a bulk edit leaves the others changed: say so, and offer the whole.
void EditActions::askAboutBulkUndo(const QString &current)
{
    const QString name = currentProviderName();
    const int n = static_cast<int>(m_lastBulk.size());
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Undo a Bulk Edit?"),
        tr("%1 was changed by the last bulk edit (%2), together with %n other provider(s). Undo the whole bulk "
           "edit, or only %1? Either way you see every change before anything is sent.",
           nullptr, n - 1)
            .arg(name, m_lastBulkDescription),
        QMessageBox::NoButton, m_window);
    QPushButton *whole
        = box->addButton(tr("Undo the &Whole Bulk Edit (%n Providers)…", nullptr, n), QMessageBox::AcceptRole);
    QPushButton *one = box->addButton(tr("Undo &Only %1…").arg(name), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_bulkUndoQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, whole, one, current] {
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked == whole)
            Q_EMIT undoBulkRequested();
        else if (clicked == one)
            Q_EMIT undoRequested(current);
    });
    box->open();
}

void EditActions::setLastBulkEdit(const QSet<QString> &uuids, const QString &description)
{
    m_lastBulk = uuids;
    m_lastBulkDescription = description;
}

QAction *EditActions::bulkAction(BulkIntent::Kind kind) const
{
    switch (kind) {
    case BulkIntent::Kind::Add:
        return m_bulkAdd;
    case BulkIntent::Kind::Remove:
        return m_bulkRemove;
    case BulkIntent::Kind::Replace:
        return m_bulkReplace;
    }
    return nullptr;
}

QList<QAction *> EditActions::writeActions() const
{
    return { m_edit, m_undo, m_bulkAdd, m_bulkRemove, m_bulkReplace };
}

void EditActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_badge->setVisible(readOnly);
    update();
}

void EditActions::setUnsupportedReason(const QString &reason)
{
    m_unsupported = reason;
    update();
}

QString EditActions::disabledReason() const
{
    if (m_readOnly)
        return tr("Read-only mode: aggregates cannot be changed in this window.");
    return m_unsupported;
}

void EditActions::setUndoable(const QSet<QString> &uuids)
{
    m_undoable = uuids;
    update();
}

void EditActions::setAutoReapply(bool on)
{
    const QSignalBlocker blocker(m_autoReapply);
    m_autoReapply->setChecked(on);
}

QString EditActions::readOnlyBadgeText()
{
    return tr("READ-ONLY");
}

QStringList EditActions::selectedUuids() const
{
    QStringList uuids;
    const QAbstractItemView *view = m_browser->currentView();
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString uuid = row.data(ProviderModel::UuidRole).toString();
        if (!uuid.isEmpty() && !uuids.contains(uuid))
            uuids << uuid;
    }
    if (uuids.isEmpty() && !m_browser->currentUuid().isEmpty())
        uuids << m_browser->currentUuid();
    return uuids;
}

void EditActions::update()
{
    const QString reason = disabledReason();
    const bool writable = reason.isEmpty();
    const QString current = m_browser->currentUuid();
    const int selected = static_cast<int>(selectedUuids().size());
    m_edit->setEnabled(writable && !current.isEmpty());
    m_undo->setEnabled(writable && m_undoable.contains(current));
    for (QAction *bulk : { m_bulkAdd, m_bulkRemove, m_bulkReplace })
        bulk->setEnabled(writable && selected > 0);
    m_autoReapply->setEnabled(!m_readOnly);
    for (QAction *action : writeActions())
        action->setStatusTip(writable ? action->toolTip() : reason);
}
