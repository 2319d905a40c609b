#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

QString plainText(const QString &text)
{
    return QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutSection> &sections, QWidget *parent)
    : QDialog(parent)
    , m_sections(sections)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    list->setRootIsDecorated(false);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    for (const ShortcutSection &section : sections) {
        if (section.entries.isEmpty())
            continue;
        auto *title = new QTreeWidgetItem(list, { section.title });
        QFont bold = title->font(0);
        bold.setBold(true);
        title->setFont(0, bold);
        title->setFirstColumnSpanned(true);
        for (const ShortcutEntry &entry : section.entries)
            new QTreeWidgetItem(list, { entry.description, entry.keys });
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(560, 600);
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : ShortcutsDialog(fromMenus(menus), parent)
{ }

QList<ShortcutSection> ShortcutsDialog::fromMenus(const QMenuBar *menus)
{
    QList<ShortcutSection> sections;
    const QList<QAction *> menuActions = menus->actions();
    for (const QAction *menuAction : menuActions) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        ShortcutSection section { plainText(menuAction->text()), {} };
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            const QList<QKeySequence> shortcuts = action->shortcuts();
            for (const QKeySequence &key : shortcuts)
                keys << native(key);
            section.entries << ShortcutEntry { plainText(action->text()), keys.join(tr(" or ")) };
        }
        sections << section;
    }
    // Keys that belong to no menu: the flow between the quick filter and the providers
    // (FilterResultsNavigation) and keys of single views.
    sections << ShortcutSection { tr("Moving around"),
                                  { { tr("Move from the quick filter into the providers"),
                                      tr("%1 or %2").arg(native(Qt::Key_Down), native(Qt::Key_Return)) },
                                    { tr("Back to the quick filter (in the providers)"),
                                      tr("%1 or %2").arg(native(Qt::Key_Escape), native(Qt::Key_Slash)) },
                                    { tr("Leave the provider table"), native(Qt::Key_Tab) },
                                    { tr("Copy selected log call as curl (in the request log)"),
                                      native(QKeySequence::Copy) },
                                    { tr("Edit an aggregate's local label (Aggregates tab)"), native(Qt::Key_F2) } } };
    return sections;
}

ShortcutSection ShortcutsDialog::fromDialog(const QWidget *dialog, const QList<ShortcutEntry> &extra)
{
    ShortcutSection section { plainText(dialog->windowTitle()), {} };
    const QList<QShortcut *> shortcuts = dialog->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts) {
        if (shortcut->isEnabled() && !shortcut->whatsThis().isEmpty() && !shortcut->key().isEmpty())
            section.entries << ShortcutEntry { shortcut->whatsThis(), native(shortcut->key()) };
    }
    const QList<QAction *> actions = dialog->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->shortcut().isEmpty() && !action->text().isEmpty())
            section.entries << ShortcutEntry { plainText(action->text()), native(action->shortcut()) };
    }
    section.entries << extra;
    const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(button->text());
        if (!mnemonic.isEmpty() && button->isVisibleTo(dialog))
            section.entries << ShortcutEntry { plainText(button->text()), native(mnemonic) };
    }
    section.entries << ShortcutEntry { tr("This list"), native(QKeySequence::HelpContents) };
    return section;
}

void ShortcutsDialog::installHelpKey(QWidget *dialog, const QList<ShortcutEntry> &extra)
{
    auto *help = new QShortcut(QKeySequence::HelpContents, dialog);
    QObject::connect(help, &QShortcut::activated, dialog, [dialog, extra] {
        QList<ShortcutSection> sections { fromDialog(dialog, extra) };
        // The window below the dialog (its parent's window), when it has menus.
        const QWidget *parent = dialog->parentWidget();
        if (const auto *window = parent ? qobject_cast<const QMainWindow *>(parent->window()) : nullptr) {
            if (const QMenuBar *menus = window->findChild<QMenuBar *>()) {
                for (ShortcutSection &section : fromMenus(menus)) {
                    section.title = tr("Main window: %1").arg(section.title);
                    sections << section;
                }
            }
        }
        ShortcutsDialog overview(sections, dialog);
        overview.exec();
    });
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (const ShortcutSection &section : m_sections) {
        for (const ShortcutEntry &entry : section.entries)
            rows << section.title + QLatin1Char('\t') + entry.description + QLatin1Char('\t') + entry.keys;
    }
    return rows;
}
