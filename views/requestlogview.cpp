#include "requestlogview.h"

#include "columnfitter.h"
#include "requestlogmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Text filter over all columns plus an optional "failures only" switch.
class LogFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool failuresOnly = false;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (failuresOnly && !sourceModel()->index(row, 0, parent).data(RequestLogModel::FailedRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

RequestLogView::RequestLogView(QAbstractItemModel *logModel, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new LogFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_failuresOnly(new QCheckBox(tr("&Failures only"), this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(logModel);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RequestLogModel::SortRole);
    m_proxy->setFilterRole(RequestLogModel::FilterRole); // the whole URL, though the column shows the path
    m_filter->setPlaceholderText(tr("Filter by URL, method, status or request id"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the request log"));
    m_view->setAccessibleName(tr("Requests"));
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &RequestLogView::applyFilter);
    connect(m_failuresOnly, &QCheckBox::toggled, this, &RequestLogView::applyFilter);

    auto *copy = new QPushButton(tr("Copy as &curl"), this);
    copy->setToolTip(tr("Copy the selected call as a curl command (the token stays redacted)"));
    connect(copy, &QPushButton::clicked, this, &RequestLogView::copyCurl);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Short columns as wide as their longest possible text (or header), computed from the font, not
    // from the rows (there can be thousands); the outcome as wide as the outcomes on screen (its
    // tooltip has the whole text); the URL takes the rest. Refitted as rows come in and the dock is
    // resized, until the operator drags a column edge.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 3 * metrics.horizontalAdvance(QLatin1Char(' ')) + 8;
    QHash<int, int> fixedWidths;
    const auto fixed = [&](int column, const QString &widest) {
        const QString title = logModel->headerData(column, Qt::Horizontal).toString();
        fixedWidths.insert(column,
                           qMax(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(title) + 12) + padding);
    };
    fixed(RequestLogModel::TimeColumn, QStringLiteral("00:00:00.000"));
    fixed(RequestLogModel::MethodColumn, QStringLiteral("DELETE"));
    fixed(RequestLogModel::StatusColumn, QStringLiteral("000"));
    fixed(RequestLogModel::DurationColumn, QStringLiteral("00000"));
    fixed(RequestLogModel::RequestIdColumn, QStringLiteral("req-00000000-0000-0000-0000-000000000000"));
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    new ColumnFitter(
        m_view, header,
        [fixedWidths, em](int column, int content) -> ColumnSpace {
            if (const auto it = fixedWidths.constFind(column); it != fixedWidths.cend())
                return { it.value(), it.value(), it.value(), 0, 0 };
            if (column == RequestLogModel::UrlColumn)
                return { 20 * em, content, 1000 * em, 1, 1 };
            return { std::min(content, 6 * em), content, 30 * em, 0, 0 }; // the outcome
        },
        this);
    for (auto it = fixedWidths.cbegin(); it != fixedWidths.cend(); ++it)
        header->resizeSection(it.key(), it.value());
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("000")) + padding);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyAction = new QAction(tr("Copy as curl"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &RequestLogView::copyCurl);
    m_view->addAction(copyAction);

    // Follow new entries while the user is at the bottom; stay put when they scrolled up to read.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_view->setProperty("followTail", bar->value() >= bar->maximum() - 2);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("followTail").toBool())
            m_view->scrollToBottom();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_failuresOnly);
    bar->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void RequestLogView::applyFilter()
{
    auto *proxy = static_cast<LogFilterProxy *>(m_proxy);
    proxy->failuresOnly = m_failuresOnly->isChecked();
    proxy->setFilterFixedString(m_filter->text());
    proxy->refilter();
}

QString RequestLogView::currentCurl() const
{
    return m_view->currentIndex().data(RequestLogModel::CurlRole).toString();
}

void RequestLogView::copyCurl() const
{
    const QString curl = currentCurl();
    if (!curl.isEmpty())
        QApplication::clipboard()->setText(curl);
}
