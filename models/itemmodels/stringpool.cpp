#include "stringpool.h"

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return text;
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

QStringList StringPool::intern(const QStringList &list)
{
    if (list.isEmpty())
        return list;
    const auto it = m_lists.constFind(list);
    if (it != m_lists.cend())
        return *it;
    QStringList pooled;
    pooled.reserve(list.size());
    for (const QString &text : list)
        pooled << intern(text);
    m_lists.insert(pooled);
    return pooled;
}

void StringPool::prune()
{
    // Lists first: a dropped list releases its strings. Detached means the pool's copy is the
    // only one left.
    for (auto it = m_lists.cbegin(); it != m_lists.cend();)
        it = it->isDetached() ? m_lists.erase(it) : std::next(it);
    for (auto it = m_strings.cbegin(); it != m_strings.cend();)
        it = it->isDetached() ? m_strings.erase(it) : std::next(it);
}

void StringPool::clear()
{
    m_strings.clear();
    m_lists.clear();
}
