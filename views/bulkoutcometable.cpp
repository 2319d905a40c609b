#include "bulkoutcometable.h"

#include "bulkoutcomemodel.h"
#include "palettecolors.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace {

// Colours the outcome column from the row's status.
class OutcomeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != BulkOutcomeModel::OutcomeColumn)
            return;
        const auto status = static_cast<BulkOutcome::Status>(index.data(BulkOutcomeModel::StatusRole).toInt());
        if (status == BulkOutcome::Status::Failed)
            option->palette.setColor(QPalette::Text, PaletteColors::errorText(option->palette));
        else if (status == BulkOutcome::Status::Done)
            option->backgroundBrush = PaletteColors::addedBackground(option->palette);
        else if (status == BulkOutcome::Status::Pending || status == BulkOutcome::Status::Cancelled)
            option->palette.setColor(QPalette::Text, PaletteColors::pendingText(option->palette));
    }
};

} // namespace

BulkOutcomeTable::BulkOutcomeTable(QWidget *parent)
    : QTableView(parent)
    , m_model(new BulkOutcomeModel(this))
{
    setModel(m_model);
    setItemDelegate(new OutcomeDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setWordWrap(false);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(BulkOutcomeModel::OutcomeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BulkOutcomeModel::ProviderColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BulkOutcomeModel::ConflictsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BulkOutcomeModel::BeforeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(BulkOutcomeModel::AfterColumn, QHeaderView::Interactive);
}

void BulkOutcomeTable::follow(BulkAggregateEdit *edit)
{
    m_model->setEdit(edit);
}
