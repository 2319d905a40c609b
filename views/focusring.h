#pragma once

// A ring in the highlight colour around the input or list that has the keyboard focus. The
// styles draw focus on text fields and item views as a hairline that is hard to find on a
// big screen at 3 a.m.; with the ring the operator sees at a glance where a key will go.
// One per application (install()); it follows QApplication::focusChanged into every window
// and dialog and draws as a sibling above the focused widget, never taking focus or clicks.

#include <QObject>
#include <QPointer>
#include <QWidget>

class FocusRingWidget;

class FocusRing : public QObject
{
    Q_OBJECT
public:
    explicit FocusRing(QObject *parent = nullptr);

    // Creates the application's ring (a child of qApp); calling it again does nothing.
    static void install();
    // Whether the ring is drawn around this kind of widget (text fields, spin and combo boxes, lists).
    static bool wantsRing(const QWidget *widget);
    // The widget the ring surrounds now; null when the focus is on something else.
    QWidget *target() const { return m_target; }
    // The ring itself, for tests (null before it was first needed).
    QWidget *ring() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *focused);
    void place();

    QPointer<QWidget> m_target;
    QPointer<FocusRingWidget> m_ring;
    QMetaObject::Connection m_targetDestroyed;
};
