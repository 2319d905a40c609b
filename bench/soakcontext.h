#pragma once

// What every step of the soak driver works with: the real window and its controller, the
// ledger, the outside witness, the modal-dialog watcher and the random source. Also the
// operator's hands: keys and clicks sent to the real widgets with QTest.

#include <QApplication>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QWidget>

class AppController;
class MainWindow;
class SoakLedger;
class SoakVerifier;

// Polls QApplication::activeModalWidget() and says when a new one comes up: the driver
// answers dialogs the way an operator would, whoever opened them.
class ModalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ModalWatcher(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_poll.setInterval(50);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && modal != m_last && modal->isVisible()) {
                m_last = modal;
                Q_EMIT appeared(modal);
            } else if (!modal) {
                m_last = nullptr;
            }
        });
        m_poll.start();
    }

Q_SIGNALS:
    void appeared(QWidget *modal);

private:
    QTimer m_poll;
    QPointer<QWidget> m_last;
};

// The operator's click into the main window before a key: once a dialog has closed, the
// offscreen platform leaves no window active, and window shortcuts (F2, F5) need one.
inline void activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
}

struct SoakContext
{
    MainWindow *window = nullptr;
    AppController *controller = nullptr;
    SoakLedger *ledger = nullptr;
    SoakVerifier *verifier = nullptr;
    ModalWatcher *modals = nullptr;
    QRandomGenerator *random = nullptr;

    int between(int low, int high) const { return random->bounded(low, high + 1); }
    bool chance(double p) const { return random->generateDouble() < p; }
};
