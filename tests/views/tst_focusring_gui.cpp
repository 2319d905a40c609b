// The focus ring: drawn around the text field, list or table that has the keyboard focus, in
// whichever window, following it as it moves and resizes; gone when the focus is on a button
// or when the focused field is deleted.

#include "focusring.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

class TestFocusRingGui : public QObject
{
    Q_OBJECT

private:
    static FocusRing *ring() { return qApp->findChild<FocusRing *>(QString(), Qt::FindDirectChildrenOnly); }

    static bool ringSurrounds(QWidget *widget)
    {
        const QWidget *drawn = ring()->ring();
        return drawn != nullptr && drawn->isVisible() && drawn->parentWidget() == widget->parentWidget()
            && drawn->geometry() == widget->geometry();
    }

private Q_SLOTS:
    void initTestCase()
    {
        FocusRing::install();
        FocusRing::install(); // a second call adds no second ring
        QCOMPARE(qApp->findChildren<FocusRing *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
    }

    void theRingFollowsTheFocus()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *filter = new QLineEdit(&window);
        auto *button = new QPushButton(QStringLiteral("&Apply"), &window);
        auto *table = new QTableView(&window);
        auto *spin = new QSpinBox(&window);
        layout->addWidget(filter);
        layout->addWidget(button);
        layout->addWidget(table);
        layout->addWidget(spin);
        window.resize(400, 400);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        filter->setFocus();
        QTRY_VERIFY(ringSurrounds(filter));
        QCOMPARE(ring()->target(), filter);

        button->setFocus(); // buttons draw their own focus
        QTRY_VERIFY(button->hasFocus());
        QVERIFY(!ring()->ring()->isVisible());
        QVERIFY(ring()->target() == nullptr);

        table->setFocus();
        QTRY_VERIFY(ringSurrounds(table));

        // The spin box's inner line edit takes the focus; the ring goes around the spin box.
        spin->setFocus();
        QTRY_VERIFY(ringSurrounds(spin));

        // Moved and resized with its field.
        filter->setFocus();
        QTRY_VERIFY(ringSurrounds(filter));
        window.resize(600, 500);
        QTRY_VERIFY(ringSurrounds(filter));

        delete filter;
        QVERIFY(!ring()->ring()->isVisible());
    }

    void theRingGoesIntoAnotherWindow()
    {
        QWidget first;
        auto *firstField = new QLineEdit(&first);
        first.show();
        QWidget second;
        auto *secondField = new QLineEdit(&second);
        second.move(450, 0);
        second.show();
        first.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&first));
        firstField->setFocus();
        QTRY_VERIFY(ringSurrounds(firstField));
        second.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        secondField->setFocus();
        QTRY_VERIFY(ringSurrounds(secondField));
        QCOMPARE(ring()->ring()->window(), &second);
    }
};

QTEST_MAIN(TestFocusRingGui)
#include "tst_focusring_gui.moc"
