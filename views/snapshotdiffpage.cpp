#include "snapshotdiffpage.h"

#include "columnfitter.h"
#include "snapshotdiffmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SnapshotDiffPage::SnapshotDiffPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new SnapshotDiffModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_onlyThese(new QCheckBox(tr("Show &only these providers in the table"), this))
    , m_compare(new QPushButton(tr("Compare with &Snapshot…"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    // Kind, provider and UUID whole; the detail (aggregate UUIDs, old -> new) takes the rest.
    new ColumnFitter(
        m_view, m_view->horizontalHeader(),
        ColumnFitter::growingThenName(m_view, SnapshotDiffModel::DetailColumn, SnapshotDiffModel::ProviderColumn),
        this);

    m_view->setAccessibleName(tr("Differences from the snapshot"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_onlyThese->setEnabled(false);
    m_onlyThese->setToolTip(tr("Narrow the provider table to the providers that differ from the snapshot"));
    m_compare->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_onlyThese);
    buttons->addStretch();
    buttons->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_onlyThese, &QCheckBox::toggled, this, &SnapshotDiffPage::emitFilter);
    connect(m_compare, &QPushButton::clicked, this, &SnapshotDiffPage::compareRequested);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT providerActivated(index.data(SnapshotDiffModel::ProviderUuidRole).toString());
    });
    clear();
}

QString SnapshotDiffPage::summaryText() const
{
    return m_summary->text();
}

void SnapshotDiffPage::setComparison(const QString &snapshotName, const QList<SnapshotDifference> &differences)
{
    m_model->setDifferences(differences);
    m_hasComparison = true;
    const int providers = static_cast<int>(m_model->providerUuids().size());
    m_summary->setText(differences.isEmpty()
                           ? tr("The cloud is equal to %1.").arg(snapshotName)
                           : tr("%n provider(s) differ from %1.", nullptr, providers).arg(snapshotName));
    m_onlyThese->setEnabled(true);
    emitFilter(); // a new comparison changes the set the table is narrowed to
}

void SnapshotDiffPage::setFailure(const QString &reason)
{
    m_model->setDifferences({});
    m_hasComparison = false;
    m_summary->setText(tr("Cannot compare: %1").arg(reason));
    m_onlyThese->setEnabled(false);
    emitFilter();
}

void SnapshotDiffPage::clear()
{
    m_model->setDifferences({});
    m_hasComparison = false;
    m_summary->setText(tr("Compare the cloud with a snapshot saved by Export (JSON) or --export."));
    m_onlyThese->setEnabled(false);
    emitFilter();
}

void SnapshotDiffPage::emitFilter()
{
    if (m_hasComparison && m_onlyThese->isChecked())
        Q_EMIT showOnlyProviders(m_model->providerUuids());
    else
        Q_EMIT showAllProviders();
}
