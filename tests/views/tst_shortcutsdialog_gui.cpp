// F1 lists the keys where the operator is: in the main window every menu's shortcuts plus the
// keys of no menu (the quick filter's flow); in a dialog the dialog's own keys first (its
// described QShortcuts, keys a widget handles itself, the mnemonics of its buttons), then the
// window's. Driven with key events only.

#include "aggregateeditsession.h"
#include "conflictdialog.h"
#include "shortcutsdialog.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QTest>
#include <QTimer>

namespace {

// A window with one menu, the way MainWindow builds its menus.
struct Window
{
    QMainWindow window;
    Window()
    {
        QMenu *view = window.menuBar()->addMenu(QStringLiteral("&View"));
        QAction *refresh = view->addAction(QStringLiteral("&Refresh"));
        refresh->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) });
        window.resize(600, 400);
        window.show();
    }
};

// Presses F1 in `widget` and returns the rows of the overview it opens (then closes it).
QStringList rowsAfterF1(QWidget *widget)
{
    QStringList rows;
    bool opened = false;
    QTimer::singleShot(0, widget, [&] {
        if (auto *overview = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            rows = overview->rows();
            overview->reject();
        }
    });
    QTest::keyClick(widget, Qt::Key_F1);
    return opened ? rows : QStringList { QStringLiteral("no overview opened") };
}

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

class TestShortcutsDialogGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowListsMenusAndTheKeysOfNoMenu()
    {
        Window w;
        const QStringList rows = ShortcutsDialog(w.window.menuBar()).rows();
        QVERIFY2(rows.contains(QStringLiteral("View\tRefresh\t%1 or %2")
                                   .arg(native(Qt::Key_F5), native(QKeySequence(Qt::CTRL | Qt::Key_R)))),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.contains(QStringLiteral("Moving around\tLeave the provider table\tTab")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
    }

    void f1InADialogListsItsKeysThenTheWindows()
    {
        Window w;
        QDialog dialog(&w.window);
        dialog.setWindowTitle(QStringLiteral("Edit host1"));
        auto *apply = new QPushButton(QStringLiteral("&Apply"), &dialog);
        auto *hidden = new QPushButton(QStringLiteral("&Hidden"), &dialog);
        hidden->hide();
        auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), &dialog);
        save->setWhatsThis(QStringLiteral("Save the changes"));
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), &dialog); // undescribed: internal, not listed
        ShortcutsDialog::installHelpKey(&dialog, { { QStringLiteral("Add what is typed"), QStringLiteral("Return") } });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        apply->setFocus();

        const QStringList rows = rowsAfterF1(&dialog);
        const QString all = rows.join(QLatin1Char('\n'));
        const QStringList expected {
            QStringLiteral("Edit host1\tSave the changes\t%1").arg(native(QKeySequence(Qt::CTRL | Qt::Key_S))),
            QStringLiteral("Edit host1\tAdd what is typed\tReturn"),
            QStringLiteral("Edit host1\tApply\t%1").arg(native(QKeySequence(Qt::ALT | Qt::Key_A))),
            QStringLiteral("Edit host1\tThis list\t%1").arg(native(QKeySequence::HelpContents)),
            QStringLiteral("Main window: View\tRefresh\t%1 or %2")
                .arg(native(Qt::Key_F5), native(QKeySequence(Qt::CTRL | Qt::Key_R))),
        };
        for (const QString &row : expected)
            QVERIFY2(rows.contains(row), qPrintable(row + QStringLiteral("\n--- shown:\n") + all));
        QVERIFY2(!all.contains(QStringLiteral("Hidden")), qPrintable(all));
        QVERIFY2(!all.contains(native(QKeySequence(Qt::CTRL | Qt::Key_Q))), qPrintable(all));
        // The dialog's own keys come first.
        QVERIFY(rows.indexOf(expected.first()) < rows.indexOf(expected.last()));
    }

    // A real dialog: the conflict prompt's three choices are listed with their mnemonics.
    void theConflictPromptListsItsChoices()
    {
        Window w;
        AggregateConflict conflict;
        conflict.base = { { QStringLiteral("5b1f8c1e-2222-4d3b-8a66-1e1d3f1f2222") }, 3 };
        conflict.server = { {}, 4 };
        conflict.mine = {};
        ConflictDialog dialog(conflict, QStringLiteral("host1"), nullptr, nullptr, &w.window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList rows = rowsAfterF1(&dialog);
        const QString all = rows.join(QLatin1Char('\n'));
        for (const QString &choice :
             { QStringLiteral("Re-apply My Changes"), QStringLiteral("Reload"), QStringLiteral("Keep Editing") })
            QVERIFY2(all.contains(QLatin1Char('\t') + choice + QLatin1Char('\t')), qPrintable(choice + u'\n' + all));
    }
};

QTEST_MAIN(TestShortcutsDialogGui)
#include "tst_shortcutsdialog_gui.moc"
