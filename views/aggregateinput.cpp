#include "aggregateinput.h"

#include "aggregatelabels.h"
#include "novaoverlay.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

AggregateInput::AggregateInput(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_combo->lineEdit()->setPlaceholderText(
        tr("Aggregate UUIDs or labels; paste many separated by newlines, commas or spaces"));
    m_combo->setToolTip(tr("Type or paste aggregate UUIDs, type a local label, or pick a known aggregate"));
    m_combo->setAccessibleName(tr("Aggregates to add"));
    m_combo->lineEdit()->setAccessibleName(m_combo->accessibleName());
    m_add->setToolTip(tr("Add what is typed to the set (Return)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, &AggregateInput::submit);
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &AggregateInput::submit);
}

void AggregateInput::setLabels(AggregateLabels *labels)
{
    m_labels = labels;
}

void AggregateInput::setNovaOverlay(const NovaOverlay *nova)
{
    m_nova = nova;
    setKnownAggregates(m_known);
}

void AggregateInput::setKnownAggregates(const QStringList &uuids)
{
    m_known = uuids;
    const QString typed = m_combo->currentText();
    m_combo->clear();
    for (const QString &uuid : uuids)
        m_combo->addItem(displayText(uuid, m_labels, m_nova), uuid);
    m_combo->setCurrentIndex(-1);
    m_combo->setEditText(typed);
}

QString AggregateInput::displayText(const QString &uuid, const AggregateLabels *labels)
{
    const QString label = labels ? labels->label(uuid) : QString();
    return label.isEmpty() ? uuid : tr("%1 · %2").arg(label, uuid);
}

QString AggregateInput::displayText(const QString &uuid, const AggregateLabels *labels, const NovaOverlay *nova)
{
    if (!nova || !nova->hasData())
        return displayText(uuid, labels);
    const QString name = nova->novaName(uuid);
    if (nova->isNovaAggregate(uuid)) {
        const QStringList badges = nova->badges(uuid);
        const QString head = name.isEmpty() ? uuid : tr("%1 · %2").arg(name, uuid);
        return badges.isEmpty() ? head : tr("%1 (%2)").arg(head, badges.join(tr(" · ")));
    }
    return tr("%1 (%2)").arg(displayText(uuid, labels), nova->describe(uuid));
}

AggregateListCheck AggregateInput::parse(const QString &text) const
{
    // A pick from the list arrives as its display text: use the UUID behind it.
    const int picked = m_combo->findText(text.trimmed());
    if (picked >= 0)
        return AggregateList::check({ m_combo->itemData(picked).toString() });
    const QString whole = labelToUuid(text.trimmed());
    if (!whole.isEmpty()) // labels may contain spaces: try the whole text first
        return AggregateList::check({ whole });
    QStringList tokens = AggregateList::split(text);
    for (QString &token : tokens) {
        const QString uuid = labelToUuid(token);
        if (!uuid.isEmpty())
            token = uuid;
    }
    return AggregateList::check(tokens);
}

QString AggregateInput::labelToUuid(const QString &text) const
{
    if (text.isEmpty())
        return {};
    // A Nova name first: it is the aggregate's real name (a local label may shadow it).
    if (m_nova) {
        const QList<NovaAggregate> &aggregates = m_nova->snapshot().aggregates;
        for (const NovaAggregate &a : aggregates) {
            if (!a.name.isEmpty() && a.name.compare(text, Qt::CaseInsensitive) == 0)
                return a.uuid;
        }
    }
    if (!m_labels)
        return {};
    const QHash<QString, QString> all = m_labels->all();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().compare(text, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

void AggregateInput::submit()
{
    const QString text = m_combo->currentText();
    if (text.trimmed().isEmpty())
        return;
    const AggregateListCheck check = parse(text);
    m_combo->setCurrentIndex(-1);
    m_combo->clearEditText();
    Q_EMIT entered(check);
}
