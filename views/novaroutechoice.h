#pragma once

// Asks how to save an aggregate edit that changes a compute host's membership of Nova host
// aggregates: through Nova (add_host/remove_host, which keeps Nova and Placement in sync; the
// focused, recommended way) or in Placement only, with a plain warning about the drift that
// creates. Return never chooses: each way is its own explicit button. It only asks; the
// controller saves.

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

class NovaRouteChoice : public QDialog
{
    Q_OBJECT
public:
    enum class Route
    {
        ThroughNova,
        PlacementOnly
    };
    Q_ENUM(Route)

    struct Change
    {
        QString providerName;
        QString host; // the provider's Nova compute host
        QStringList novaAdded; // names of the Nova aggregates the host would join
        QStringList novaRemoved; // names of the Nova aggregates the host would leave
        int otherChanges = 0; // aggregates Nova does not know: saved in Placement either way
    };

    explicit NovaRouteChoice(const Change &change, QWidget *parent = nullptr);

    QPushButton *throughNovaButton() const { return m_throughNova; }
    QPushButton *placementOnlyButton() const { return m_placementOnly; }
    QString text() const;
    // The Placement-only warning: which Nova aggregates, that Nova will not know, what follows.
    QString warningText() const;

Q_SIGNALS:
    void routeChosen(NovaRouteChoice::Route route);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(Route route);

    QLabel *m_text;
    QLabel *m_warning;
    QPushButton *m_throughNova;
    QPushButton *m_placementOnly;
    QPushButton *m_cancel;
};
