// What a screen reader (Orca over AT-SPI) reads: every control a keyboard user can reach, in the
// main window on every tab and in every dialog, has an accessible name. The test walks Qt's
// accessibility tree (QAccessibleInterface, what the AT-SPI bridge exports) and fails on an
// unnamed button, check box, input, combo box, spin box, list, table or tree.

#include "appmodels.h"
#include "dialogtour.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QKeySequence>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <memory>

namespace {

// Push buttons with a word on them but no Alt+letter. Left out: a dialog's Cancel or Close
// (Escape is their key; their text comes from the platform theme), symbol buttons like "✕"
// (tooltip and accessible name instead), tool buttons (their actions have shortcuts of their
// own) and check boxes (Space toggles the focused one; a long form runs out of letters).
QStringList buttonsWithoutAccelerator(QWidget *root)
{
    static const QRegularExpression word(QStringLiteral("\\w"));
    QStringList missing;
    const QList<QPushButton *> buttons = root->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (!button->isVisibleTo(root))
            continue;
        if (auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            box != nullptr && box->buttonRole(button) == QDialogButtonBox::RejectRole)
            continue;
        const QString text = button->text();
        if (text.contains(word) && QKeySequence::mnemonic(text).isEmpty())
            missing << QStringLiteral("%1 \"%2\"").arg(QLatin1String(button->metaObject()->className()), text);
    }
    return missing;
}

bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

// Items of views are named by their data; their parts are not widgets to reach.
bool isItemView(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree;
}

QString describe(QAccessibleInterface *iface)
{
    QStringList path;
    for (QObject *o = iface->object(); o != nullptr; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            part += QLatin1Char('#') + o->objectName();
        path.prepend(part);
        if (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow())
            break;
    }
    const QString tip = iface->object() && iface->object()->isWidgetType()
        ? static_cast<QWidget *>(iface->object())->toolTip()
        : QString();
    return QStringLiteral("role %1 at %2%3")
        .arg(int(iface->role()))
        .arg(path.join(QLatin1Char('/')), tip.isEmpty() ? QString() : QStringLiteral(" (tooltip \"%1\")").arg(tip));
}

void walk(QAccessibleInterface *iface, QStringList &unnamed)
{
    if (iface == nullptr || !iface->isValid() || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (needsName(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed << describe(iface);
    if (isItemView(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed);
}

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(root), unnamed);
    unnamed.removeDuplicates();
    return unnamed;
}

} // namespace

class TestAccessibilityGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_models = std::make_unique<AppModels>();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The walk itself works: it finds a button made without a name.
    void anUnnamedButtonIsFound()
    {
        QDialog dialog(m_window.get());
        auto *nameless = new QPushButton(&dialog);
        nameless->setIcon(m_window->windowIcon());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(unnamedControls(&dialog).size(), 1);
        nameless->setAccessibleName(QStringLiteral("Do it"));
        QCOMPARE(unnamedControls(&dialog), QStringList());
    }

    void everyControlOfTheWindowHasAName()
    {
        QStringList unnamed;
        for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
            m_window->tabs()->setCurrentIndex(tab);
            for (const QString &control : unnamedControls(m_window.get()))
                unnamed << m_window->tabs()->tabText(tab) + QStringLiteral(": ") + control;
        }
        m_window->tabs()->setCurrentIndex(0);
        // Then with everything that starts hidden shown: the docks, the server filter and the tree.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->show();
        for (const char *name : { "serverFilter", "treeMode" }) {
            QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY(action != nullptr);
            action->trigger();
        }
        for (const QString &control : unnamedControls(m_window.get()))
            unnamed << QStringLiteral("docks, server filter, tree: ") + control;
        unnamed.removeDuplicates();
        for (const QString &control : std::as_const(unnamed))
            qInfo().noquote() << control; // QtTest cuts long failure messages
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyControlOfEveryDialogHasAName()
    {
        QStringList unnamed;
        int visited = 0;
        DialogTour::visitEach(m_models.get(), m_window.get(), [&](QDialog *dialog, const QString &state) {
            ++visited;
            for (const QString &control : unnamedControls(dialog))
                unnamed << state + QStringLiteral(": ") + control;
        });
        for (const QString &control : std::as_const(unnamed))
            qInfo().noquote() << control; // QtTest cuts long failure messages
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        QCOMPARE(visited, 10);
    }

    // Every push button can be pressed with Alt and a letter, in the window and in every dialog.
    void everyButtonHasAnAccelerator()
    {
        QStringList missing;
        for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
            m_window->tabs()->setCurrentIndex(tab);
            for (const QString &button : buttonsWithoutAccelerator(m_window.get()))
                missing << m_window->tabs()->tabText(tab) + QStringLiteral(": ") + button;
        }
        m_window->tabs()->setCurrentIndex(0);
        DialogTour::visitEach(m_models.get(), m_window.get(), [&](QDialog *dialog, const QString &state) {
            for (const QString &button : buttonsWithoutAccelerator(dialog))
                missing << state + QStringLiteral(": ") + button;
        });
        missing.removeDuplicates();
        for (const QString &button : std::as_const(missing))
            qInfo().noquote() << button;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_models.reset();
    }
};

QTEST_MAIN(TestAccessibilityGui)
#include "tst_accessibility_gui.moc"
