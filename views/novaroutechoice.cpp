#include "novaroutechoice.h"

#include "palettecolors.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NovaRouteChoice::NovaRouteChoice(const Change &change, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_throughNova(new QPushButton(tr("Through &Nova (add_host/remove_host: keeps Nova and Placement in sync)"), this))
    , m_placementOnly(new QPushButton(tr("&Placement only"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    setWindowTitle(tr("Save Through Nova?"));
    const QString sep = tr(", ");
    QStringList lines { tr("%1 is Nova compute host %2. Saving this edit changes its Nova host aggregates:")
                            .arg(change.providerName, change.host) };
    if (!change.novaAdded.isEmpty())
        lines << tr("joins %1").arg(change.novaAdded.join(sep));
    if (!change.novaRemoved.isEmpty())
        lines << tr("leaves %1").arg(change.novaRemoved.join(sep));
    QString text = lines.join(QLatin1Char('\n'));
    if (change.otherChanges > 0)
        text += QLatin1Char('\n')
            + tr("%n other aggregate(s) that Nova does not manage are saved in Placement either way, after the Nova "
                 "part.",
                 nullptr, change.otherChanges);
    m_text->setText(text);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Placement only adds a provider to a placement aggregate whose Nova aggregate does not list
    // the host (drift class "extra"), or removes it from one whose Nova aggregate does ("missing").
    QStringList consequences;
    if (!change.novaAdded.isEmpty())
        consequences << tr("Nova will not know that host %1 is in %2: the drift view will report it as extra.")
                            .arg(change.host, change.novaAdded.join(sep));
    if (!change.novaRemoved.isEmpty())
        consequences << tr("Nova will still list host %1 in %2: the drift view will report it as missing.")
                            .arg(change.host, change.novaRemoved.join(sep));
    consequences << tr("Nova's scheduler rules for these aggregates (availability zone, tenant isolation, required "
                       "traits) will differ between Nova and Placement until both sides agree again.");
    m_warning->setText(
        tr("Placement only creates drift Nova does not know about. %1").arg(consequences.join(QLatin1Char(' '))));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_warning->palette();
    pal.setColor(QPalette::WindowText, PaletteColors::errorText(palette()));
    m_warning->setPalette(pal);

    // Return must never send: no button is a default, and keyPressEvent swallows Return.
    for (QPushButton *button : { m_throughNova, m_placementOnly, m_cancel }) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_throughNova->setToolTip(tr("Nova adds or removes the host and mirrors the change into Placement; the app then "
                                 "reads Placement to check that the mirror happened."));
    m_placementOnly->setToolTip(m_warning->text());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_throughNova);
    layout->addSpacing(8);
    layout->addWidget(m_placementOnly);
    layout->addWidget(m_warning);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    layout->addLayout(bottom);

    connect(m_throughNova, &QPushButton::clicked, this, [this] { choose(Route::ThroughNova); });
    connect(m_placementOnly, &QPushButton::clicked, this, [this] { choose(Route::PlacementOnly); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_throughNova->setFocus(); // the recommended way; Space or a click chooses it, Return does not
    resize(620, sizeHint().height());
}

void NovaRouteChoice::choose(Route route)
{
    Q_EMIT routeChosen(route);
    accept();
}

void NovaRouteChoice::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString NovaRouteChoice::text() const
{
    return m_text->text();
}

QString NovaRouteChoice::warningText() const
{
    return m_warning->text();
}
