#include "detailspane.h"

#include "aggregatelabels.h"
#include "novaoverlay.h"
#include "palettecolors.h"
#include "providerdelegate.h"
#include "providerdetailsloader.h"
#include "providermodel.h"

#include <QApplication>

#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString pending()
{
    return DetailsPane::tr("loading…");
}

QString partName(ProviderDetails::Part part)
{
    using Part = ProviderDetails::Part;
    switch (part) {
    case Part::Provider:
        return DetailsPane::tr("provider");
    case Part::Aggregates:
        return DetailsPane::tr("aggregates");
    case Part::Traits:
        return DetailsPane::tr("traits");
    case Part::Inventories:
        return DetailsPane::tr("inventories");
    case Part::Usages:
        return DetailsPane::tr("usages");
    case Part::Allocations:
        return DetailsPane::tr("allocations");
    }
    return {};
}

// "loading…" while a part is due, "not read" once it failed: a failed part is never awaited.
QString missing(const ProviderDetails &details, ProviderDetails::Part part)
{
    return details.errors.contains(part) ? DetailsPane::tr("not read (see below)") : pending();
}

} // namespace

DetailsPane::DetailsPane(ProviderModel *providers, AggregateLabels *labels, QWidget *parent)
    : QWidget(parent)
    , m_providers(providers)
    , m_labels(labels)
    , m_placeholder(new QLabel(tr("Select a provider to see its details."), this))
    , m_content(new QWidget(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_name = new QLabel(m_content);
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);

    auto *identity = new QFormLayout;
    identity->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_uuidLabel = new QLabel(m_content);
    m_uuidLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The one line that must never be cut: the pane is at least as wide as this row (below).
    m_uuidLabel->setMinimumWidth(
        m_uuidLabel->fontMetrics().horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + 2);
    m_copyUuid = new QToolButton(m_content);
    m_copyUuid->setText(tr("Copy"));
    m_copyUuid->setToolTip(tr("Copy the UUID to the clipboard"));
    connect(m_copyUuid, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_uuid); });
    auto *uuidRow = new QHBoxLayout;
    uuidRow->addWidget(m_uuidLabel, 1);
    uuidRow->addWidget(m_copyUuid);
    identity->addRow(tr("UUID:"), uuidRow);
    m_generation = addField(identity, tr("Generation:"));
    m_parent = addField(identity, tr("Parent:"));
    m_root = addField(identity, tr("Root:"));
    m_novaHost = addField(identity, tr("Nova host:"));
    m_novaHost->setObjectName(QStringLiteral("novaHost"));
    m_novaHost->setWordWrap(true);
    m_zone = addField(identity, tr("Zone:"));
    m_zone->setObjectName(QStringLiteral("novaZone"));
    m_computeService = addField(identity, tr("Compute service:"));
    m_computeService->setObjectName(QStringLiteral("computeService"));
    m_identity = identity;
    identity->setRowVisible(m_novaHost, false);
    identity->setRowVisible(m_zone, false);
    identity->setRowVisible(m_computeService, false);
    if (NovaOverlay *nova = providers->novaOverlay()) {
        connect(nova, &NovaOverlay::availabilityChanged, this, &DetailsPane::rerender);
        connect(nova, &NovaOverlay::aggregatesChanged, this, &DetailsPane::rerender);
        connect(nova, &NovaOverlay::providersChanged, this, &DetailsPane::rerender);
    }
    for (QLabel *link : { m_parent, m_root }) {
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(link, &QLabel::linkActivated, this, &DetailsPane::navigateRequested);
    }

    m_aggregatesHeader = sectionTitle(tr("Aggregates"), m_content);
    m_aggregates = new QLabel(m_content);
    m_aggregates->setWordWrap(true);
    m_aggregates->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_aggregates, &QLabel::linkActivated, this, &DetailsPane::aggregateActivated);
    m_traits = new QLabel(m_content);
    m_traits->setWordWrap(true);
    m_traits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inventories = new QTreeWidget(m_content);
    m_inventories->setRootIsDecorated(false);
    m_inventories->setAccessibleName(tr("Inventories and usage"));
    m_inventories->setHeaderLabels(
        { tr("Class"), tr("Used"), tr("Capacity"), tr("Total"), tr("Reserved"), tr("Ratio") });
    m_inventories->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_inventories->setMinimumHeight(m_inventories->fontMetrics().height() * 7);
    m_allocations = new QLabel(m_content);
    m_errors = new QLabel(m_content);
    m_errors->setWordWrap(true);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, PaletteColors::errorText(errorPalette));
    m_errors->setPalette(errorPalette);

    auto *content = new QVBoxLayout(m_content);
    content->addWidget(m_name);
    content->addLayout(identity);
    content->addWidget(m_aggregatesHeader);
    content->addWidget(m_aggregates);
    content->addWidget(sectionTitle(tr("Traits"), m_content));
    content->addWidget(m_traits);
    content->addWidget(sectionTitle(tr("Inventories and usage"), m_content));
    content->addWidget(m_inventories);
    content->addWidget(sectionTitle(tr("Allocations"), m_content));
    content->addWidget(m_allocations);
    content->addWidget(m_errors);
    content->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Fit the dock's width: long trait lists and aggregate lines wrap instead of being cut.
    // (The content ignores its minimum width hint, which the widest unwrapped line sets.)
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    m_scroll = scroll;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(scroll);
    m_scroll->hide();
    const QMargins margins = content->contentsMargins();
    setMinimumWidth(identity->minimumSize().width() + margins.left() + margins.right()
                    + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
}

QLabel *DetailsPane::addField(QFormLayout *form, const QString &label)
{
    auto *field = new QLabel(m_content);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
    return field;
}

QString DetailsPane::providerLink(const QString &uuid) const
{
    if (uuid.isEmpty())
        return tr("—");
    if (uuid == m_uuid)
        return tr("(this provider)");
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(uuid, m_providers->displayName(uuid).toHtmlEscaped());
}

QString DetailsPane::aggregateLine(const QString &uuid) const
{
    const QString link = QStringLiteral("<a href=\"%1\">%1</a>").arg(uuid);
    const QString label = m_labels->label(uuid);
    const NovaOverlay *nova = m_providers->novaOverlay();
    if (!nova || !nova->hasData())
        return label.isEmpty() ? link : tr("%1 — %2").arg(link, label.toHtmlEscaped());
    // With Nova: what the aggregate is first, its UUID (the link) small below.
    QString head;
    if (nova->isNovaAggregate(uuid)) {
        QStringList parts { QStringLiteral("<b>%1</b>").arg(nova->novaName(uuid).toHtmlEscaped()) };
        const QStringList badges = nova->badges(uuid);
        for (const QString &badge : badges)
            parts << badge.toHtmlEscaped();
        head = parts.join(tr(" · "));
    } else {
        const QString notNova = QStringLiteral("<i>%1</i>").arg(nova->describe(uuid).toHtmlEscaped());
        head = label.isEmpty() ? notNova : tr("%1 · %2").arg(label.toHtmlEscaped(), notNova);
    }
    return QStringLiteral("%1<br><small>%2</small>").arg(head, link);
}

void DetailsPane::showNova()
{
    const NovaOverlay *nova = m_providers->novaOverlay();
    const bool shown = nova != nullptr && nova->hasData();
    const QString host = shown ? nova->hostOf(m_uuid) : QString();
    m_identity->setRowVisible(m_novaHost, shown);
    m_identity->setRowVisible(m_computeService, shown && !host.isEmpty());
    m_identity->setRowVisible(m_zone, false);
    m_computeService->clear();
    m_zone->clear();
    if (!shown) {
        m_novaHost->clear();
        return;
    }
    if (host.isEmpty()) {
        m_novaHost->setText(tr("not a Nova compute node"));
        m_novaHost->setToolTip(tr("No Nova hypervisor has this provider's UUID (nested and sharing providers are "
                                  "not compute nodes)"));
        return;
    }
    QStringList zones;
    const QStringList aggregates = nova->aggregatesOfHost(host);
    for (const QString &uuid : aggregates) {
        const auto a = nova->aggregate(uuid);
        if (a && !a->availabilityZone.isEmpty() && !zones.contains(a->availabilityZone))
            zones << a->availabilityZone;
    }
    m_novaHost->setText(host);
    m_novaHost->setToolTip(
        tr("Compute host %1, hypervisor %2").arg(host, nova->hypervisor(m_uuid)->hypervisorHostname));
    m_zone->setText(zones.join(tr(", ")));
    m_zone->setToolTip(tr("The availability zone of the host's Nova aggregates; the scheduler finds the host there "
                          "only while its provider is in the placement aggregate"));
    m_identity->setRowVisible(m_zone, !zones.isEmpty());
    m_computeService->setText(nova->serviceStatusText(m_uuid));
}

void DetailsPane::rerender()
{
    if (!m_uuid.isEmpty())
        showDetails(m_shown);
}

void DetailsPane::showDetails(const ProviderDetails &details)
{
    using Part = ProviderDetails::Part;
    m_shown = details;
    m_uuid = details.uuid;
    m_placeholder->setVisible(m_uuid.isEmpty());
    m_scroll->setVisible(!m_uuid.isEmpty());
    if (m_uuid.isEmpty())
        return;

    // Until the fresh provider arrives, show what the table already knows.
    ResourceProvider provider = details.provider;
    if (!details.has(Part::Provider)) {
        if (const auto known = m_providers->provider(m_uuid))
            provider = *known;
    }
    m_name->setText(provider.name.isEmpty() ? missing(details, Part::Provider) : provider.name);
    m_uuidLabel->setText(m_uuid);
    m_generation->setText(provider.generation >= 0 ? QString::number(provider.generation)
                                                   : missing(details, Part::Provider));
    m_parent->setText(provider.parentUuid.isEmpty() && !provider.name.isEmpty() ? tr("none (root provider)")
                                                                                : providerLink(provider.parentUuid));
    m_parent->setToolTip(provider.parentUuid);
    m_root->setText(providerLink(provider.rootUuid));
    m_root->setToolTip(provider.rootUuid);
    showNova();

    if (details.has(Part::Aggregates)) {
        m_aggregatesHeader->setText(tr("Aggregates (read at generation %1)").arg(details.aggregates.generation));
        QStringList aggregates = details.aggregates.aggregates;
        if (const NovaOverlay *nova = m_providers->novaOverlay()) {
            // As the table's chips: zones, then isolation, then other Nova names, then the rest.
            auto rank = [nova](const QString &uuid) {
                const AggregateChip chip = nova->chip(uuid);
                if (chip.kind != AggregateChip::Kind::Nova)
                    return 3;
                if (!chip.availabilityZone.isEmpty())
                    return 0;
                return chip.tenantIsolated || chip.requiresTraits ? 1 : 2;
            };
            std::stable_sort(aggregates.begin(), aggregates.end(),
                             [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
        }
        QStringList lines;
        for (const QString &uuid : std::as_const(aggregates))
            lines << aggregateLine(uuid);
        const NovaOverlay *nova = m_providers->novaOverlay();
        // Two lines per aggregate with Nova: a little air between them keeps them apart.
        const QString separator = nova && nova->hasData() ? QStringLiteral("<br><br>") : QStringLiteral("<br>");
        m_aggregates->setText(lines.isEmpty() ? tr("none") : lines.join(separator));
    } else {
        m_aggregatesHeader->setText(tr("Aggregates"));
        m_aggregates->setText(missing(details, Part::Aggregates));
    }

    if (details.has(Part::Traits)) {
        QStringList traits = details.traits.traits;
        traits.sort();
        m_traits->setText(traits.isEmpty() ? tr("none") : traits.join(QStringLiteral(", ")));
    } else {
        m_traits->setText(missing(details, Part::Traits));
    }

    m_inventories->clear();
    for (const Inventory &inv : details.inventories.inventories) {
        const qint64 used = details.usages.usages.value(inv.resourceClass, 0);
        auto *item = new QTreeWidgetItem(m_inventories);
        item->setText(0, inv.resourceClass);
        item->setText(1,
                      details.has(Part::Usages) ? ProviderDelegate::formatAmount(inv.resourceClass, used)
                                                : missing(details, Part::Usages));
        item->setText(2, ProviderDelegate::formatAmount(inv.resourceClass, inv.capacity()));
        item->setText(3, QString::number(inv.total));
        item->setText(4, QString::number(inv.reserved));
        item->setText(5, QString::number(inv.allocationRatio));
        for (int c = 1; c < 6; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }

    m_allocations->setText(details.has(Part::Allocations) ? tr("%n consumer(s) with allocations", nullptr,
                                                               static_cast<int>(details.allocations.allocations.size()))
                                                          : missing(details, Part::Allocations));

    // One line per distinct cause: six parts failing for one reason are one error, not six.
    QList<QPair<QString, QStringList>> causes; // message -> parts, in part order
    for (Part part :
         { Part::Provider, Part::Aggregates, Part::Traits, Part::Inventories, Part::Usages, Part::Allocations }) {
        if (!details.errors.contains(part))
            continue;
        const QString message = details.errors.value(part).message();
        auto cause = std::find_if(causes.begin(), causes.end(), [&](const auto &c) { return c.first == message; });
        if (cause == causes.end())
            causes.append({ message, { partName(part) } });
        else
            cause->second << partName(part);
    }
    QStringList errors;
    for (const auto &[message, parts] : std::as_const(causes))
        //: %1 lists the parts that failed (provider, aggregates, traits, …); %2 is the server's error
        errors << tr("Could not read %1: %2").arg(parts.join(tr(", ")), message);
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}

QString DetailsPane::text() const
{
    QStringList parts;
    for (const QLabel *label :
         { m_name, m_uuidLabel, m_generation, m_parent, m_root, m_novaHost, m_zone, m_computeService,
           m_aggregatesHeader, m_aggregates, m_traits, m_allocations, m_errors })
        parts << label->text();
    for (int i = 0; i < m_inventories->topLevelItemCount(); ++i)
        parts << m_inventories->topLevelItem(i)->text(0);
    return parts.join(QLatin1Char('\n'));
}
