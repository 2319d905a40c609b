#include "bulkoutcometable.h"

#include "bulkoutcomemodel.h"
#include "columnfitter.h"
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
    // The sets before and after are what a reader compares: they get the spare room; the outcome
    // text gives its room up first when the dialog is narrow (its tooltip has it whole).
    new ColumnFitter(
        this, horizontalHeader(),
        [this](int column, int content) -> ColumnSpace {
            const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
            switch (column) {
            case BulkOutcomeModel::ProviderColumn:
                return { std::min(content, 16 * em), content, 30 * em, 0, 2 };
            case BulkOutcomeModel::OutcomeColumn:
                return { std::min(content, 12 * em), content, 40 * em, 1, 1 };
            case BulkOutcomeModel::BeforeColumn:
            case BulkOutcomeModel::AfterColumn:
                return { std::min(content, 10 * em), content, 50 * em, 2, 0 };
            default:
                return { content, content, content, 0, 0 };
            }
        },
        this);
}

void BulkOutcomeTable::follow(BulkAggregateEdit *edit)
{
    m_model->setEdit(edit);
}
