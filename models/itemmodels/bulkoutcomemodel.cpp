#include "bulkoutcomemodel.h"

#include "aggregatelabels.h"
#include "novaoverlay.h"
#include "providermodel.h"

BulkOutcomeModel::BulkOutcomeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BulkOutcomeModel::setEdit(BulkAggregateEdit *edit)
{
    if (m_edit)
        disconnect(m_edit, nullptr, this, nullptr);
    if (m_rows > 0) {
        beginRemoveRows({}, 0, m_rows - 1);
        m_rows = 0;
        endRemoveRows();
    }
    m_edit = edit;
    if (!m_edit)
        return;
    connect(m_edit, &BulkAggregateEdit::outcomeChanged, this, &BulkOutcomeModel::onOutcomeChanged);
    connect(m_edit, &BulkAggregateEdit::finished, this, &BulkOutcomeModel::syncRowCount);
    connect(m_edit, &QObject::destroyed, this, [this] {
        if (m_rows > 0) {
            beginRemoveRows({}, 0, m_rows - 1);
            m_rows = 0;
            endRemoveRows();
        }
    });
    syncRowCount();
}

void BulkOutcomeModel::syncRowCount()
{
    const int actual = m_edit ? static_cast<int>(m_edit->outcomes().size()) : 0;
    if (actual < m_rows) {
        // A new start() on the same edit replaced the list: drop the old rows first.
        beginRemoveRows({}, 0, m_rows - 1);
        m_rows = 0;
        endRemoveRows();
    }
    if (actual > m_rows) {
        beginInsertRows({}, m_rows, actual - 1);
        m_rows = actual;
        endInsertRows();
    }
}

void BulkOutcomeModel::onOutcomeChanged(int index)
{
    syncRowCount();
    if (index < 0 || index >= m_rows)
        return;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int BulkOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BulkOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkOutcomeModel::outcomeText(const BulkOutcome &outcome)
{
    switch (outcome.status) {
    case BulkOutcome::Status::Pending:
        return tr("Waiting");
    case BulkOutcome::Status::Running:
        return outcome.conflicts > 0 ? tr("Retrying after %n conflict(s)", nullptr, outcome.conflicts)
                                     : tr("Applying…");
    case BulkOutcome::Status::Done:
        return outcome.conflicts > 0 ? tr("Done after %n conflict(s)", nullptr, outcome.conflicts) : tr("Done");
    case BulkOutcome::Status::Unchanged:
        return tr("Unchanged (already as intended)");
    case BulkOutcome::Status::Failed:
        return tr("Failed: %1").arg(outcome.error);
    case BulkOutcome::Status::Cancelled:
        return tr("Cancelled (not sent)");
    }
    return {};
}

QString BulkOutcomeModel::setToolTip(const QStringList &uuids) const
{
    if (uuids.isEmpty())
        return tr("(no aggregates)");
    QStringList lines;
    for (const QString &uuid : uuids) {
        const QString name = listText({ uuid });
        lines << (name == uuid ? uuid : tr("%1 (%2)").arg(name, uuid));
    }
    return lines.join(QLatin1Char('\n'));
}

QString BulkOutcomeModel::listText(const QStringList &uuids) const
{
    QStringList shown;
    for (const QString &uuid : uuids) {
        QString name = m_nova ? m_nova->novaName(uuid) : QString();
        if (name.isEmpty() && m_labels)
            name = m_labels->label(uuid);
        // Short UUIDs as in the provider table: a set of three still fits a cell; the tooltip
        // has them whole.
        shown << (name.isEmpty() ? ProviderModel::shortUuid(uuid) : name);
    }
    return shown.join(QStringLiteral(", "));
}

QVariant BulkOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_edit)
        return {};
    const BulkOutcome &o = m_edit->outcomes().at(index.row());
    const bool known = o.status != BulkOutcome::Status::Pending && o.status != BulkOutcome::Status::Running;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProviderColumn:
            return o.providerName.isEmpty() ? o.providerUuid : o.providerName;
        case OutcomeColumn:
            return outcomeText(o);
        case ConflictsColumn:
            return o.conflicts;
        case BeforeColumn:
            return listText(o.before);
        case AfterColumn:
            return known && (o.status == BulkOutcome::Status::Done || o.status == BulkOutcome::Status::Unchanged)
                ? listText(o.after)
                : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProviderColumn)
            return o.providerUuid;
        if (index.column() == OutcomeColumn && !o.error.isEmpty())
            return o.error;
        // The whole sets, one aggregate per line: the cells are too narrow for more than a few.
        if (index.column() == BeforeColumn)
            return setToolTip(o.before);
        if (index.column() == AfterColumn && o.generation >= 0)
            return tr("Generation %1").arg(o.generation) + QLatin1Char('\n') + setToolTip(o.after);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ConflictsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UuidRole:
        return o.providerUuid;
    case StatusRole:
        return static_cast<int>(o.status);
    }
    return {};
}

QVariant BulkOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case OutcomeColumn:
        return tr("Outcome");
    case ConflictsColumn:
        return tr("Conflicts");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

QString BulkOutcomeModel::summary() const
{
    if (!m_edit)
        return {};
    using S = BulkOutcome::Status;
    const int total = m_rows;
    const int finished
        = m_edit->count(S::Done) + m_edit->count(S::Unchanged) + m_edit->count(S::Failed) + m_edit->count(S::Cancelled);
    return tr("%1 of %n provider(s) finished: %2 done, %3 unchanged, %4 failed, %5 cancelled.", nullptr, total)
        .arg(finished)
        .arg(m_edit->count(S::Done))
        .arg(m_edit->count(S::Unchanged))
        .arg(m_edit->count(S::Failed))
        .arg(m_edit->count(S::Cancelled));
}
