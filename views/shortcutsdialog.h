#pragma once

// Lists every action of a window that has a shortcut, grouped by menu: the "?" / F1 overview.

#include <QDialog>

class QMenuBar;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};
