#pragma once

// Sorting, a class filter (the drift view's count buttons) and a text filter over a DriftModel.

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include "driftmodel.h"

class DriftFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DriftFilterProxy(QObject *parent = nullptr);

    // Only these classes; empty shows every class.
    void setClasses(const QSet<DriftItem::Kind> &kinds);
    QSet<DriftItem::Kind> classes() const { return m_kinds; }
    // Every word must appear in the class, aggregate, host, provider or detail.
    void setText(const QString &text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<DriftItem::Kind> m_kinds;
    QStringList m_words;
};
