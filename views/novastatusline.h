#pragma once

// One plain line above the tabs that says why Nova data is absent ("No Nova data: no compute
// endpoint in the catalog. …"), for as long as it is: the window otherwise looks as it does
// without Nova. Hidden while Nova data is present, while it loads, and with no connection.

#include <QFrame>

class NovaOverlay;
class QLabel;

class NovaStatusLine : public QFrame
{
    Q_OBJECT
public:
    explicit NovaStatusLine(NovaOverlay *overlay, QWidget *parent = nullptr);

    // What the line says; empty while it is hidden.
    QString text() const;

private:
    void update();

    NovaOverlay *m_overlay;
    QLabel *m_icon;
    QLabel *m_text;
};
