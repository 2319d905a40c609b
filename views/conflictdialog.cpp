#include "conflictdialog.h"

#include "aggregateinput.h"
#include "novaoverlay.h"
#include "palettecolors.h"
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QString listText(const QStringList &uuids, const AggregateLabels *labels, const NovaOverlay *nova)
{
    QStringList shown;
    for (const QString &uuid : uuids)
        shown << AggregateInput::displayText(uuid, labels, nova);
    return shown.isEmpty() ? ConflictDialog::tr("none") : shown.join(QStringLiteral(", "));
}
} // namespace

ConflictDialog::ConflictDialog(const AggregateConflict &conflict, const QString &providerName,
                               const AggregateLabels *labels, const NovaOverlay *nova, QWidget *parent)
    : QDialog(parent)
    , m_labels(labels)
    , m_nova(nova)
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("%1 changed on the server").arg(providerName));
    const AggregateChange &server = conflict.serverChange;
    const AggregateChange &mine = conflict.myChange;

    auto *choosePage = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(choosePage);
    auto *title = new QLabel(tr("<b>Someone else changed %1 while you were editing.</b> Nothing you entered is lost.")
                                 .arg(providerName.toHtmlEscaped()),
                             choosePage);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_explanation = new QLabel(choosePage);
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    if (conflict.aggregatesChangedOnServer)
        m_explanation->setText(tr("The aggregates changed on the server: it added %1 and removed %2.")
                                   .arg(listText(server.added, labels, nova), listText(server.removed, labels, nova)));
    else
        m_explanation->setText(
            tr("The aggregates on the server are unchanged: only the generation moved (from %1 to %2), because "
               "its traits, inventory or allocations changed. This is common on busy hosts; re-applying is safe.")
                .arg(conflict.base.generation)
                .arg(conflict.server.generation));
    layout->addWidget(m_explanation);

    auto *grid = new QGridLayout;
    m_started = makeList(conflict.base.aggregates, {}, {});
    QStringList serverShown = conflict.server.aggregates;
    serverShown += server.removed; // shown struck out: what the server dropped
    m_server = makeList(serverShown, server.added, server.removed);
    QStringList mineShown = conflict.mine;
    mineShown += mine.removed;
    m_mine = makeList(mineShown, mine.added, mine.removed);
    const QList<QPair<QString, QListWidget *>> columns {
        { tr("You started from (generation %1)").arg(conflict.base.generation), m_started },
        { tr("Server now (generation %1)").arg(conflict.server.generation), m_server },
        { tr("You want"), m_mine },
    };
    for (int c = 0; c < columns.size(); ++c) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(columns[c].first.toHtmlEscaped()), choosePage);
        grid->addWidget(header, 0, c);
        grid->addWidget(columns[c].second, 1, c);
        columns[c].second->setAccessibleName(columns[c].first); // the column's heading, for screen readers
    }
    layout->addLayout(grid, 1);

    m_merged = new QLabel(choosePage);
    m_merged->setWordWrap(true);
    m_merged->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_merged->setText(tr("Re-applying saves the server's set plus your additions (%1) minus your removals (%2): "
                         "%n aggregate(s): %3.",
                         nullptr, static_cast<int>(conflict.merged.size()))
                          .arg(listText(mine.added, labels, nova), listText(mine.removed, labels, nova),
                               listText(conflict.merged, labels, nova)));
    layout->addWidget(m_merged);

    auto *buttons = new QDialogButtonBox(choosePage);
    m_reapply = buttons->addButton(tr("&Re-apply My Changes"), QDialogButtonBox::AcceptRole);
    m_reapply->setToolTip(tr("Save the merged set with the server's new generation"));
    m_reload = buttons->addButton(tr("Re&load…"), QDialogButtonBox::DestructiveRole);
    m_reload->setToolTip(tr("Take the server's set and drop your changes (asks first)"));
    m_keep = buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    m_keep->setToolTip(tr("Go back to the editor with your changes carried onto the server's set; nothing is sent"));
    m_reapply->setDefault(true);
    m_reapply->setFocus();
    ShortcutsDialog::installHelpKey(this);
    layout->addWidget(buttons);
    m_pages->addWidget(choosePage);

    // Reload asks first, naming exactly what it drops.
    auto *confirmPage = new QWidget(m_pages);
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    m_drop = new QLabel(confirmPage);
    m_drop->setWordWrap(true);
    m_drop->setText(mine.isEmpty()
                        ? tr("You have no pending changes; reloading shows the server's set.")
                        : tr("Reloading drops your changes: adding %1 and removing %2. The editor will show the "
                             "server's set (generation %3).")
                              .arg(listText(mine.added, labels, nova), listText(mine.removed, labels, nova))
                              .arg(conflict.server.generation));
    confirmLayout->addWidget(m_drop);
    confirmLayout->addStretch(1);
    auto *confirmButtons = new QDialogButtonBox(confirmPage);
    m_confirmDrop = confirmButtons->addButton(tr("&Drop My Changes"), QDialogButtonBox::DestructiveRole);
    QPushButton *back = confirmButtons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    confirmLayout->addWidget(confirmButtons);
    m_pages->addWidget(confirmPage);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);

    connect(m_reapply, &QPushButton::clicked, this, [this] { choose(Choice::Reapply); });
    connect(m_keep, &QPushButton::clicked, this, [this] { choose(Choice::KeepEditing); });
    connect(m_reload, &QPushButton::clicked, this, [this, back] {
        m_pages->setCurrentIndex(1);
        back->setDefault(true);
        back->setFocus();
    });
    connect(back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_reapply->setFocus();
    });
    connect(m_confirmDrop, &QPushButton::clicked, this, [this] { choose(Choice::Reload); });
    resize(1040, 440);
}

QListWidget *ConflictDialog::makeList(const QStringList &items, const QStringList &plus, const QStringList &minus)
{
    auto *list = new QListWidget(this);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QString &uuid : items) {
        auto *item = new QListWidgetItem(AggregateInput::displayText(uuid, m_labels, m_nova), list);
        item->setData(Qt::UserRole, uuid);
        const QString nova = m_nova ? m_nova->describe(uuid) : QString();
        item->setToolTip(nova);
        auto tip = [&nova](const QString &change) {
            return nova.isEmpty() ? change : tr("%1: %2").arg(change, nova);
        };
        if (plus.contains(uuid)) {
            item->setText(tr("+ %1").arg(item->text()));
            item->setBackground(PaletteColors::addedBackground(palette()));
            item->setToolTip(tip(tr("Added")));
        } else if (minus.contains(uuid)) {
            item->setText(tr("− %1").arg(item->text()));
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(PaletteColors::removedText(palette()));
            item->setToolTip(tip(tr("Removed")));
        }
    }
    if (items.isEmpty()) {
        auto *item = new QListWidgetItem(tr("(no aggregates)"), list);
        item->setForeground(PaletteColors::pendingText(palette()));
    }
    return list;
}

QString ConflictDialog::explanation() const
{
    return m_explanation->text();
}

QString ConflictDialog::mergedText() const
{
    return m_merged->text();
}

QString ConflictDialog::dropText() const
{
    return m_drop->text();
}

bool ConflictDialog::isConfirmingDrop() const
{
    return m_pages->currentIndex() == 1;
}

void ConflictDialog::choose(Choice choice)
{
    if (m_chosen)
        return;
    m_chosen = true;
    Q_EMIT choiceMade(choice);
    QDialog::done(choice == Choice::KeepEditing ? Rejected : Accepted);
}

void ConflictDialog::done(int result)
{
    // Esc or the window's close button: nothing is dropped, the edit goes on.
    if (!m_chosen) {
        if (isConfirmingDrop() && result == Rejected) {
            m_pages->setCurrentIndex(0);
            return;
        }
        choose(Choice::KeepEditing);
        return;
    }
    QDialog::done(result);
}
