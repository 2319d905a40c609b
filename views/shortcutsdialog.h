#pragma once

// The "?" / F1 overview of keyboard shortcuts. In the main window it lists every action of its
// menus, grouped by menu, plus the keys that belong to no menu. In a dialog (installHelpKey)
// it lists the dialog's own keys first, then the window's.

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;

struct ShortcutEntry
{
    QString description;
    QString keys; // as shown: "Ctrl+S", "Delete or Backspace"
};

struct ShortcutSection
{
    QString title;
    QList<ShortcutEntry> entries;
};

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<ShortcutSection> &sections, QWidget *parent = nullptr);
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // One section per menu of a window, then the keys of no menu (the quick filter's flow, …).
    static QList<ShortcutSection> fromMenus(const QMenuBar *menus);
    // A dialog's keys: its QShortcuts (described by their whatsThis), its actions with shortcuts,
    // the mnemonics of its shown buttons, and `extra` (keys a widget handles itself).
    static ShortcutSection fromDialog(const QWidget *dialog, const QList<ShortcutEntry> &extra = {});
    // F1 in `dialog` opens the overview: the dialog's keys, then those of the window below it.
    static void installHelpKey(QWidget *dialog, const QList<ShortcutEntry> &extra = {});

    // The entries shown, for tests: "section\tdescription\tkeys".
    QStringList rows() const;

private:
    QList<ShortcutSection> m_sections;
};
