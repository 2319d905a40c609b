#include "journalmodel.h"

#include "journal.h"

#include <QLocale>

JournalModel::JournalModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_rows(static_cast<int>(journal->entries().size()))
{
    connect(m_journal, &Journal::entryAdded, this, [this](int index) {
        if (index < m_rows)
            return;
        beginInsertRows({}, m_rows, index);
        m_rows = index + 1;
        endInsertRows();
    });
    connect(m_journal, &Journal::reloaded, this, [this] {
        beginResetModel();
        m_rows = static_cast<int>(m_journal->entries().size());
        endResetModel();
    });
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const JournalEntry &JournalModel::entry(int row) const
{
    return m_journal->entries().at(row);
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = entry(index.row());
    switch (role) {
    case KindRole:
        return static_cast<int>(e.kind);
    case OutcomeRole:
        return static_cast<int>(e.outcome);
    case BatchRole:
        return e.batchId;
    case EntryIdRole:
        return e.id;
    case SearchTextRole:
        return QStringList { e.providerName,
                             e.providerUuid,
                             e.requestId,
                             e.batchId,
                             e.reason,
                             e.before.join(QLatin1Char(' ')),
                             e.after.join(QLatin1Char(' ')) }
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return tr("Before: %1\nAfter: %2")
                .arg(e.before.isEmpty() ? tr("(none)") : e.before.join(QLatin1Char('\n')),
                     e.after.isEmpty() ? tr("(none)") : e.after.join(QLatin1Char('\n')));
        if (index.column() == OutcomeColumn)
            return e.outcomeText();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case KindColumn:
        return e.kindText();
    case ProviderColumn:
        return e.providerName.isEmpty() ? e.providerUuid : e.providerName;
    case ChangeColumn: {
        if (e.outcome == JournalEntry::Outcome::Failed)
            return tr("(not changed)");
        QStringList parts;
        for (const QString &uuid : e.added())
            parts << tr("+ %1").arg(uuid);
        for (const QString &uuid : e.removed())
            parts << tr("− %1").arg(uuid);
        return parts.isEmpty() ? tr("(no change)") : parts.join(tr(", "));
    }
    case GenerationColumn: {
        // A generation the write did not learn (a Nova call between two others) is left out, not shown as -1.
        const auto known = [](qint64 generation) {
            return generation >= 0 ? QString::number(generation) : QStringLiteral("?");
        };
        if (e.outcome != JournalEntry::Outcome::Done || e.generationAfter < 0)
            return e.generationBefore >= 0 ? QString::number(e.generationBefore) : QString();
        return tr("%1 → %2").arg(known(e.generationBefore), known(e.generationAfter));
    }
    case OutcomeColumn:
        return e.outcomeText();
    case RequestIdColumn:
        return e.requestId;
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case ProviderColumn:
        return tr("Provider");
    case ChangeColumn:
        return tr("Change");
    case GenerationColumn:
        return tr("Generation");
    case OutcomeColumn:
        return tr("Outcome");
    case RequestIdColumn:
        return tr("Request ID");
    default:
        return {};
    }
}
