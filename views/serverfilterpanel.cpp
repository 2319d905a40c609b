#include "serverfilterpanel.h"

#include "aggregatelist.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

#include "palettecolors.h"

namespace {

QStringList splitList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

void setNeeds(QLineEdit *edit, bool available, ApiVersion needed, const Capabilities &caps)
{
    edit->setEnabled(available);
    edit->setToolTip(available ? QString()
                               : ServerFilterPanel::tr("Needs microversion %1; this connection uses %2")
                                     .arg(needed.toString(), caps.version().toString()));
}

} // namespace

ServerFilterPanel::ServerFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_anyOf(new QLineEdit(this))
    , m_allOf(new QLineEdit(this))
    , m_notIn(new QLineEdit(this))
    , m_inTree(new QLineEdit(this))
    , m_required(new QLineEdit(this))
    , m_forbidden(new QLineEdit(this))
    , m_resources(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_anyOf->setPlaceholderText(tr("aggregate UUIDs or labels: member of any of them"));
    m_allOf->setPlaceholderText(tr("aggregate UUIDs or labels: member of all of them"));
    m_notIn->setPlaceholderText(tr("aggregate UUIDs or labels: member of none of them"));
    m_inTree->setPlaceholderText(tr("provider UUID or name: only its tree"));
    m_required->setPlaceholderText(tr("traits, e.g. HW_CPU_X86_AVX2 COMPUTE_STATUS_DISABLED"));
    m_forbidden->setPlaceholderText(tr("traits the provider must not have"));
    m_resources->setPlaceholderText(tr("free capacity, e.g. VCPU:4, MEMORY_MB:8192"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Member of &any:"), m_anyOf);
    form->addRow(tr("Member of a&ll:"), m_allOf);
    form->addRow(tr("&Not member of:"), m_notIn);
    form->addRow(tr("In &tree of:"), m_inTree);
    form->addRow(tr("Re&quired traits:"), m_required);
    form->addRow(tr("For&bidden traits:"), m_forbidden);
    form->addRow(tr("Re&sources:"), m_resources);

    auto *applyButton = new QPushButton(tr("Appl&y"), this);
    applyButton->setDefault(true);
    applyButton->setToolTip(tr("Reload the providers with this filter (Enter)"));
    auto *clearButton = new QPushButton(tr("Clea&r"), this);
    clearButton->setToolTip(tr("Remove every server-side filter and reload"));
    auto *closeButton = new QPushButton(tr("Cl&ose"), this);
    closeButton->setToolTip(tr("Hide this panel (the filter stays in effect)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(clearButton);
    buttons->addWidget(closeButton);
    buttons->addWidget(applyButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(applyButton, &QPushButton::clicked, this, &ServerFilterPanel::apply);
    connect(clearButton, &QPushButton::clicked, this, [this] {
        setFilter({});
        apply();
    });
    connect(closeButton, &QPushButton::clicked, this, &ServerFilterPanel::closeRequested);
    for (QLineEdit *edit : { m_anyOf, m_allOf, m_notIn, m_inTree, m_required, m_forbidden, m_resources })
        connect(edit, &QLineEdit::returnPressed, this, &ServerFilterPanel::apply);
}

void ServerFilterPanel::setCapabilities(const Capabilities &caps)
{
    setNeeds(m_allOf, caps.multipleMemberOf(), PlacementVersions::multipleMemberOf, caps);
    setNeeds(m_notIn, caps.forbiddenAggregates(), PlacementVersions::forbiddenAggregates, caps);
    setNeeds(m_inTree, caps.providerTrees(), PlacementVersions::providerTrees, caps);
    setNeeds(m_forbidden, caps.forbiddenTraits(), PlacementVersions::forbiddenTraits, caps);
    setNeeds(m_required, caps.isValid() && caps.version() >= ApiVersion(1, 18), ApiVersion(1, 18), caps);
}

void ServerFilterPanel::setKnownTraits(const QStringList &traits)
{
    for (QLineEdit *edit : { m_required, m_forbidden }) {
        auto *completer = new QCompleter(traits, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        delete edit->completer();
        edit->setCompleter(completer);
    }
}

void ServerFilterPanel::setFilter(const ProviderFilter &filter)
{
    QStringList anyOf;
    QStringList allOf;
    // One any-of group goes to "any"; single-member groups are "all" constraints.
    for (const QStringList &group : filter.memberOf) {
        if (group.size() == 1)
            allOf << group;
        else
            anyOf << group;
    }
    if (anyOf.isEmpty() && allOf.size() == 1)
        anyOf = std::exchange(allOf, {});
    m_anyOf->setText(anyOf.join(QStringLiteral(", ")));
    m_allOf->setText(allOf.join(QStringLiteral(", ")));
    m_notIn->setText(filter.notMemberOf.join(QStringLiteral(", ")));
    m_inTree->setText(filter.inTree);
    m_required->setText(filter.requiredTraits.join(QStringLiteral(", ")));
    m_forbidden->setText(filter.forbiddenTraits.join(QStringLiteral(", ")));
    QStringList resources;
    for (auto it = filter.resources.cbegin(); it != filter.resources.cend(); ++it)
        resources << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    m_resources->setText(resources.join(QStringLiteral(", ")));
    m_error->hide();
}

QStringList ServerFilterPanel::resolveAggregates(const QString &text, QString *error) const
{
    QStringList uuids;
    for (const QString &word : splitList(text)) {
        QString uuid = AggregateList::canonicalUuid(word);
        if (uuid.isEmpty() && m_aggregateResolver)
            uuid = m_aggregateResolver(word);
        if (uuid.isEmpty()) {
            *error = tr("“%1” is neither an aggregate UUID nor a local label").arg(word);
            return {};
        }
        if (!uuids.contains(uuid))
            uuids << uuid;
    }
    return uuids;
}

Result<ProviderFilter> ServerFilterPanel::filter() const
{
    ProviderFilter f;
    QString error;
    const QStringList anyOf = resolveAggregates(m_anyOf->text(), &error);
    const QStringList allOf = resolveAggregates(m_allOf->text(), &error);
    f.notMemberOf = resolveAggregates(m_notIn->text(), &error);
    if (!error.isEmpty())
        return PlacementError::make(PlacementError::Kind::InvalidInput, error);
    if (!anyOf.isEmpty())
        f.memberOf << anyOf;
    for (const QString &uuid : allOf)
        f.memberOf << QStringList { uuid };

    const QString tree = m_inTree->text().trimmed();
    if (!tree.isEmpty()) {
        f.inTree = AggregateList::canonicalUuid(tree);
        if (f.inTree.isEmpty() && m_providerResolver)
            f.inTree = m_providerResolver(tree);
        if (f.inTree.isEmpty())
            return PlacementError::make(
                PlacementError::Kind::InvalidInput,
                tr("“%1” is neither a provider UUID nor the name of a loaded provider").arg(tree));
    }
    f.requiredTraits = splitList(m_required->text());
    f.forbiddenTraits = splitList(m_forbidden->text());
    for (const QString &item : splitList(m_resources->text())) {
        const QStringList parts = item.split(QLatin1Char(':'));
        bool ok = false;
        const qint64 amount = parts.size() == 2 ? parts.at(1).toLongLong(&ok) : 0;
        if (!ok || amount <= 0 || parts.at(0).isEmpty())
            return PlacementError::make(PlacementError::Kind::InvalidInput,
                                        tr("Resources: “%1” is not CLASS:AMOUNT (e.g. VCPU:4)").arg(item));
        f.resources.insert(parts.at(0).toUpper(), amount);
    }
    return f;
}

void ServerFilterPanel::apply()
{
    const Result<ProviderFilter> result = filter();
    if (!result) {
        m_error->setText(result.error().detail);
        QPalette palette = m_error->palette();
        palette.setColor(QPalette::WindowText, PaletteColors::errorText(palette));
        m_error->setPalette(palette);
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT applyRequested(result.value());
}

void ServerFilterPanel::focusFirstField()
{
    m_anyOf->setFocus(Qt::ShortcutFocusReason);
}

QString ServerFilterPanel::summary(const ProviderFilter &filter)
{
    QStringList parts;
    if (!filter.memberOf.isEmpty())
        parts << tr("member of %n aggregate group(s)", nullptr, static_cast<int>(filter.memberOf.size()));
    if (!filter.notMemberOf.isEmpty())
        parts << tr("not in %n aggregate(s)", nullptr, static_cast<int>(filter.notMemberOf.size()));
    if (!filter.inTree.isEmpty())
        parts << tr("in tree %1").arg(filter.inTree.left(8));
    if (!filter.requiredTraits.isEmpty())
        parts << tr("requires %1").arg(filter.requiredTraits.join(QStringLiteral(", ")));
    if (!filter.forbiddenTraits.isEmpty())
        parts << tr("forbids %1").arg(filter.forbiddenTraits.join(QStringLiteral(", ")));
    if (!filter.resources.isEmpty())
        parts << tr("has free %1").arg(QStringList(filter.resources.keys()).join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}
