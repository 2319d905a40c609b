#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    list->setRootIsDecorated(false);
    const QList<QAction *> menuActions = menus->actions();
    for (const QAction *menuAction : menuActions) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        auto *section = new QTreeWidgetItem(list, { QString(menuAction->text()).remove(QLatin1Char('&')) });
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFirstColumnSpanned(true);
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            const QList<QKeySequence> shortcuts = action->shortcuts();
            for (const QKeySequence &key : shortcuts)
                keys << key.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(list,
                                { QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                  keys.join(tr(" or ")) });
        }
    }
    new QTreeWidgetItem(list,
                        { tr("Copy selected log call as curl (in the request log)"),
                          QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText) });
    new QTreeWidgetItem(list, { tr("Edit an aggregate's local label (Aggregates tab)"), tr("F2") });
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(520, 560);
}
