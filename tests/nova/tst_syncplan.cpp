// SyncPlan: missing items become additions, only the extra items passed become removals,
// nothing else ever becomes a change; the add-only plan (--sync-aggregates); preview lines;
// and the "copy as commands" text, whose runnable commands always carry the provider's
// full resulting set and the generation that set was read at, and which never gives a
// runnable command for a provider whose whole set is unknown.

#include "syncplan.h"

#include <QRegularExpression>
#include <QTest>

namespace {

using Kind = DriftItem::Kind;

const QString A = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000000");
const QString B = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000000");
const QString F = QStringLiteral("ffffffff-0000-4000-8000-000000000000");
const QString X = QStringLiteral("eeeeeeee-0000-4000-8000-000000000000"); // a foreign one the provider has
const QString P1 = QStringLiteral("cccccccc-0000-4000-8000-000000000001");
const QString P2 = QStringLiteral("cccccccc-0000-4000-8000-000000000002");

DriftItem item(Kind kind, const QString &aggregate, const QString &provider)
{
    DriftItem i;
    i.kind = kind;
    i.aggregateUuid = aggregate;
    i.aggregateName = aggregate == A ? QStringLiteral("az1-hosts") : aggregate == B ? QStringLiteral("gpu") : QString();
    i.providerUuid = provider;
    i.providerName = provider == P1 ? QStringLiteral("node-1") : QStringLiteral("node-2");
    i.host = provider == P1 ? QStringLiteral("compute-1") : QStringLiteral("compute-2");
    i.detail = QStringLiteral("detail");
    return i;
}

// "provider: +add,+add -remove" per change, for compact rows.
QStringList describe(const SyncPlan &plan)
{
    QStringList out;
    for (const SyncChange &c : plan.changes()) {
        QStringList parts;
        for (const QString &uuid : c.add)
            parts << QLatin1Char('+') + uuid.left(1);
        for (const QString &uuid : c.remove)
            parts << QLatin1Char('-') + uuid.left(1);
        out << c.providerName + QStringLiteral(": ") + parts.join(QLatin1Char(' '));
    }
    return out;
}

// The --aggregate values of a runnable command, in order.
QStringList aggregatesOf(const QString &command)
{
    static const QRegularExpression option(QStringLiteral("--aggregate (\\S+)"));
    QStringList list;
    auto it = option.globalMatch(command);
    while (it.hasNext())
        list << it.next().captured(1);
    return list;
}

} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsChangesPerProvider_data()
    {
        QTest::addColumn<QList<DriftItem>>("items");
        QTest::addColumn<QStringList>("plan");
        QTest::addColumn<QStringList>("addsOnly");
        QTest::addRow("nothing") << QList<DriftItem>() << QStringList() << QStringList();
        QTest::addRow("missing becomes an addition")
            << QList<DriftItem> { item(Kind::Missing, A, P1) } << QStringList { QStringLiteral("node-1: +a") }
            << QStringList { QStringLiteral("node-1: +a") };
        QTest::addRow("a chosen extra becomes a removal")
            << QList<DriftItem> { item(Kind::Extra, B, P2) } << QStringList { QStringLiteral("node-2: -b") }
            << QStringList();
        QTest::addRow("one provider gains one and loses another")
            << QList<DriftItem> { item(Kind::Extra, B, P1), item(Kind::Missing, A, P1) }
            << QStringList { QStringLiteral("node-1: +a -b") } << QStringList { QStringLiteral("node-1: +a") };
        QTest::addRow("two providers, sorted by name")
            << QList<DriftItem> { item(Kind::Missing, B, P2), item(Kind::Missing, A, P1), item(Kind::Missing, B, P1) }
            << QStringList { QStringLiteral("node-1: +a +b"), QStringLiteral("node-2: +b") }
            << QStringList { QStringLiteral("node-1: +a +b"), QStringLiteral("node-2: +b") };
        QTest::addRow("foreign, unresolvable and inconsistent never change anything")
            << QList<DriftItem> { item(Kind::Foreign, F, P1), item(Kind::Unresolvable, A, P2),
                                  item(Kind::Inconsistent, A, P1) }
            << QStringList() << QStringList();
        QTest::addRow("the same item twice is one change")
            << QList<DriftItem> { item(Kind::Missing, A, P1), item(Kind::Missing, A, P1) }
            << QStringList { QStringLiteral("node-1: +a") } << QStringList { QStringLiteral("node-1: +a") };
        QTest::addRow("missing and extra for one pair: adding wins")
            << QList<DriftItem> { item(Kind::Extra, A, P1), item(Kind::Missing, A, P1) }
            << QStringList { QStringLiteral("node-1: +a") } << QStringList { QStringLiteral("node-1: +a") };
        DriftItem noProvider = item(Kind::Missing, A, P1);
        noProvider.providerUuid.clear();
        QTest::addRow("an item without a provider is skipped")
            << QList<DriftItem> { noProvider } << QStringList() << QStringList();
    }
    void buildsChangesPerProvider()
    {
        QFETCH(QList<DriftItem>, items);
        QFETCH(QStringList, plan);
        QFETCH(QStringList, addsOnly);
        const SyncPlan full = SyncPlan::build(items);
        QCOMPARE(describe(full), plan);
        QCOMPARE(full.isEmpty(), plan.isEmpty());
        const SyncPlan adds = SyncPlan::addsOnly(items);
        QCOMPARE(describe(adds), addsOnly);
        QCOMPARE(adds.removals(), 0);
        QCOMPARE(adds.additions(), full.additions());
    }

    void previewLines()
    {
        const SyncPlan plan = SyncPlan::build({ item(Kind::Missing, A, P1), item(Kind::Extra, B, P1),
                                                item(Kind::Missing, B, P2), item(Kind::Extra, F, P2) });
        QCOMPARE(plan.previewLines(),
                 (QStringList { QStringLiteral("add node-1 (%1) to az1-hosts (%2)").arg(P1, A),
                                QStringLiteral("remove node-1 (%1) from gpu (%2)").arg(P1, B),
                                QStringLiteral("add node-2 (%1) to gpu (%2)").arg(P2, B),
                                QStringLiteral("remove node-2 (%1) from %2").arg(P2, F) }));
        QCOMPARE(plan.additions(), 2);
        QCOMPARE(plan.removals(), 2);
    }

    void commandsCarryTheWholeSet_data()
    {
        QTest::addColumn<QList<DriftItem>>("items");
        QTest::addColumn<QStringList>("current"); // node-1's set; empty list item "unknown" = not read
        QTest::addColumn<QStringList>("resulting"); // the --aggregate values of node-1's command
        QTest::addRow("add keeps the aggregates it has, foreign ones too")
            << QList<DriftItem> { item(Kind::Missing, A, P1) } << QStringList { X, B } << QStringList { X, B, A };
        QTest::addRow("add and remove") << QList<DriftItem> { item(Kind::Missing, A, P1), item(Kind::Extra, B, P1) }
                                        << QStringList { X, B } << QStringList { X, A };
        QTest::addRow("stored in upper case") << QList<DriftItem> { item(Kind::Extra, B, P1) }
                                              << QStringList { B.toUpper(), X.toUpper() } << QStringList { X };
        QTest::addRow("removing the last one")
            << QList<DriftItem> { item(Kind::Extra, B, P1) } << QStringList { B } << QStringList();
    }
    void commandsCarryTheWholeSet()
    {
        QFETCH(QList<DriftItem>, items);
        QFETCH(QStringList, current);
        QFETCH(QStringList, resulting);
        const SyncPlan plan = SyncPlan::build(items);
        const QString text = plan.commandsText({ { P1, ProviderAggregates { current, 7 } } });
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        QStringList commands;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            QVERIFY2(line.isEmpty() || line.startsWith(QLatin1Char('#'))
                         || line.startsWith(QLatin1String("openstack ")),
                     qPrintable(line));
            if (line.startsWith(QLatin1String("openstack ")))
                commands << line;
        }
        QCOMPARE(commands.size(), 1);
        const QString command = commands.first();
        QVERIFY2(command.startsWith(
                     QLatin1String("openstack --os-placement-api-version 1.19 resource provider aggregate set ")),
                 qPrintable(command));
        QVERIFY2(command.endsWith(QStringLiteral(" --generation 7 ") + P1), qPrintable(command));
        QCOMPARE(aggregatesOf(command), resulting);
        QVERIFY(text.contains(QLatin1String("replaces a provider's whole aggregate set")));
        QVERIFY(text.contains(QLatin1String("409")));
        QCOMPARE(text.contains(QLatin1String("leaves the provider in no aggregate")), resulting.isEmpty());
        // The comment above the command says what changes, by name.
        QVERIFY(text.contains(QStringLiteral("# node-1 (%1): ").arg(P1)));
    }

    // Without the provider's whole set, a runnable "set" would drop what is not shown.
    void noRunnableCommandForAnUnknownSet_data()
    {
        QTest::addColumn<QList<DriftItem>>("items");
        QTest::addColumn<bool>("knownWithoutGeneration");
        QTest::addRow("add, set not read") << QList<DriftItem> { item(Kind::Missing, A, P1) } << false;
        QTest::addRow("remove, set not read") << QList<DriftItem> { item(Kind::Extra, B, P1) } << false;
        QTest::addRow("set read without a generation") << QList<DriftItem> { item(Kind::Missing, A, P1) } << true;
    }
    void noRunnableCommandForAnUnknownSet()
    {
        QFETCH(QList<DriftItem>, items);
        QFETCH(bool, knownWithoutGeneration);
        QHash<QString, ProviderAggregates> current;
        if (knownWithoutGeneration)
            current.insert(P1, ProviderAggregates { { X }, -1 });
        const QString text = SyncPlan::build(items).commandsText(current);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            QVERIFY2(line.isEmpty() || line.startsWith(QLatin1Char('#')), qPrintable(line));
        QVERIFY(text.contains(QStringLiteral("#   openstack resource provider show ") + P1));
        QVERIFY(text.contains(
            QStringLiteral("#   openstack --os-placement-api-version 1.19 resource provider aggregate list ") + P1));
        QVERIFY(text.contains(QLatin1String("<EACH-OTHER-AGGREGATE> --generation <GENERATION> ") + P1));
        // The generation is read first: a set read after it cannot be older than it.
        QVERIFY(text.indexOf(QLatin1String("resource provider show")) < text.indexOf(QLatin1String("aggregate list")));
        const DriftItem &first = items.first();
        if (first.kind == Kind::Missing)
            QVERIFY(text.contains(QStringLiteral("--aggregate ") + A));
        else
            QVERIFY(text.contains(QStringLiteral("leaving out ") + B));
    }

    void commandsForSeveralProviders()
    {
        const SyncPlan plan = SyncPlan::build({ item(Kind::Missing, A, P2), item(Kind::Missing, A, P1) });
        const QString text
            = plan.commandsText({ { P1, ProviderAggregates { {}, 3 } }, { P2, ProviderAggregates { { B }, 9 } } });
        QVERIFY(text.startsWith(QLatin1String("# Repair of placement aggregates: 2 provider(s).")));
        const QString first
            = QStringLiteral("openstack --os-placement-api-version 1.19 resource provider aggregate set "
                             "--aggregate %1 --generation 3 %2")
                  .arg(A, P1);
        const QString second
            = QStringLiteral("openstack --os-placement-api-version 1.19 resource provider aggregate set "
                             "--aggregate %1 --aggregate %2 --generation 9 %3")
                  .arg(B, A, P2);
        QVERIFY2(text.contains(first + QLatin1Char('\n')), qPrintable(text));
        QVERIFY2(text.contains(second + QLatin1Char('\n')), qPrintable(text));
        QVERIFY(text.indexOf(first) < text.indexOf(second));
    }
};

QTEST_GUILESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
