// SnapshotDiff: every kind of difference between two snapshots, in a deterministic order
// (provider name, then UUID; one provider's differences together), and the lines --diff prints.

#include "snapshotdiff.h"

#include <QTest>

Q_DECLARE_METATYPE(Snapshot)

namespace {
const QString uuidA = QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
const QString uuidB = QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
const QString uuidC = QStringLiteral("cccccccc-cccc-4ccc-8ccc-cccccccccccc");
const QString agg1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString agg2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString agg3 = QStringLiteral("33333333-3333-4333-8333-333333333333");

SnapshotProvider provider(const QString &uuid, const QString &name, qint64 generation, QStringList aggregates,
                          const QString &parent = {})
{
    SnapshotProvider p;
    p.uuid = uuid;
    p.name = name;
    p.generation = generation;
    p.parentUuid = parent;
    p.rootUuid = parent.isEmpty() ? uuid : parent;
    aggregates.sort();
    p.aggregates = aggregates;
    p.aggregatesRead = true;
    p.aggregatesGeneration = generation;
    return p;
}

Snapshot snapshot(const QList<SnapshotProvider> &providers)
{
    Snapshot s;
    s.version = 1;
    for (const SnapshotProvider &p : providers)
        s.providers.insert(p.uuid, p);
    return s;
}

// The line without alignment, which is what a reader checks.
QStringList lines(const QList<SnapshotDifference> &differences)
{
    QStringList out;
    for (const SnapshotDifference &d : differences)
        out << d.line(0);
    return out;
}

QStringList expand(QString text)
{
    for (const auto &[token, value] :
         { std::pair { "{A}", uuidA }, std::pair { "{B}", uuidB }, std::pair { "{C}", uuidC },
           std::pair { "{1}", agg1 }, std::pair { "{2}", agg2 }, std::pair { "{3}", agg3 } })
        text.replace(QLatin1String(token), value);
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const SnapshotProvider computeA = provider(uuidA, QStringLiteral("compute-a"), 3, { agg1 });
const SnapshotProvider computeB = provider(uuidB, QStringLiteral("compute-b"), 5, { agg1, agg2 });
} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<Snapshot>("older");
        QTest::addColumn<Snapshot>("newer");
        QTest::addColumn<QString>("expected"); // lines; {A} {B} {C}: providers, {1} {2} {3}: aggregates

        QTest::addRow("equal") << snapshot({ computeA, computeB }) << snapshot({ computeA, computeB }) << "";
        QTest::addRow("both empty") << snapshot({}) << snapshot({}) << "";
        QTest::addRow("provider added") << snapshot({ computeA }) << snapshot({ computeA, computeB })
                                        << "provider added  compute-b ({B})";
        QTest::addRow("provider removed")
            << snapshot({ computeA, computeB }) << snapshot({ computeB }) << "provider removed  compute-a ({A})";
        QTest::addRow("renamed, generation moved")
            << snapshot({ computeA }) << snapshot({ provider(uuidA, QStringLiteral("compute-z"), 4, { agg1 }) })
            << "renamed  compute-z ({A}): compute-a -> compute-z\n"
               "generation moved  compute-z ({A}): 3 -> 4";
        QTest::addRow("aggregates added and removed")
            << snapshot({ computeB }) << snapshot({ provider(uuidB, QStringLiteral("compute-b"), 6, { agg2, agg3 }) })
            << "aggregates added  compute-b ({B}): {3}\n"
               "aggregates removed  compute-b ({B}): {1}\n"
               "generation moved  compute-b ({B}): 5 -> 6";
        QTest::addRow("several aggregates in one line")
            << snapshot({ provider(uuidC, QStringLiteral("compute-c"), 1, {}) })
            << snapshot({ provider(uuidC, QStringLiteral("compute-c"), 1, { agg3, agg1 }) })
            << "aggregates added  compute-c ({C}): {1} {3}";
        QTest::addRow("only the generation moved")
            << snapshot({ computeA }) << snapshot({ provider(uuidA, QStringLiteral("compute-a"), 9, { agg1 }) })
            << "generation moved  compute-a ({A}): 3 -> 9";
        QTest::addRow("parent set")
            << snapshot({ computeA, computeB })
            << snapshot({ computeA, provider(uuidB, QStringLiteral("compute-b"), 5, { agg1, agg2 }, uuidA) })
            << "parent changed  compute-b ({B}): none -> {A}";
        QTest::addRow("parent cleared") << snapshot(
            { computeA, provider(uuidB, QStringLiteral("compute-b"), 5, { agg1, agg2 }, uuidA) })
                                        << snapshot({ computeA, computeB })
                                        << "parent changed  compute-b ({B}): {A} -> none";
        // By name, then UUID: the removed "compute-a" sorts before the added "compute-b".
        QTest::addRow("ordered by name, one provider together")
            << snapshot({ computeA, provider(uuidC, QStringLiteral("compute-c"), 1, {}) })
            << snapshot({ computeB, provider(uuidC, QStringLiteral("compute-0"), 2, { agg1 }) })
            << "renamed  compute-0 ({C}): compute-c -> compute-0\n"
               "aggregates added  compute-0 ({C}): {1}\n"
               "generation moved  compute-0 ({C}): 1 -> 2\n"
               "provider removed  compute-a ({A})\n"
               "provider added  compute-b ({B})";
        QTest::addRow("same name: by UUID") << snapshot({})
                                            << snapshot({ provider(uuidB, QStringLiteral("twin"), 1, {}),
                                                          provider(uuidA, QStringLiteral("twin"), 1, {}) })
                                            << "provider added  twin ({A})\n"
                                               "provider added  twin ({B})";
    }
    void compare()
    {
        QFETCH(Snapshot, older);
        QFETCH(Snapshot, newer);
        QFETCH(QString, expected);
        const QStringList expectedLines = expand(expected);
        QCOMPARE(lines(SnapshotDiff::compare(older, newer)), expectedLines);
        // Deterministic: the same inputs give the same list, and the reverse comparison has
        // as many differences (added <-> removed).
        QCOMPARE(lines(SnapshotDiff::compare(older, newer)), expectedLines);
        QCOMPARE(SnapshotDiff::compare(newer, older).size(), expectedLines.size());
    }

    // Aggregates nobody read cannot differ; the caller refuses such snapshots (--diff exits 1).
    void unreadAggregatesAreNotCompared()
    {
        SnapshotProvider unread = computeB;
        unread.aggregatesRead = false;
        unread.aggregates.clear();
        QVERIFY(SnapshotDiff::compare(snapshot({ computeB }), snapshot({ unread })).isEmpty());
        QCOMPARE(snapshot({ unread }).unreadProviders().size(), 1);
    }

    void linesAlignTheirLabels()
    {
        const QList<SnapshotDifference> differences = SnapshotDiff::compare(snapshot({ computeA }), snapshot({}));
        QCOMPARE(differences.size(), 1);
        const int width = SnapshotDifference::labelWidth();
        QCOMPARE(width, QStringLiteral("aggregates removed").size());
        QCOMPARE(differences.first().line(width), QStringLiteral("provider removed    compute-a (%1)").arg(uuidA));
        QCOMPARE(differences.first().kind, SnapshotDifference::Kind::ProviderRemoved);
        QCOMPARE(differences.first().providerUuid, uuidA);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
