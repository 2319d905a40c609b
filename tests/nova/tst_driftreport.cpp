// DriftReport: the JSON shape --drift-report writes (every key, class names, the optional
// errors), counts by class, what counts as drift (foreign does not), and the one-line summary.

#include "driftreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

DriftItem item(DriftItem::Kind kind, const QString &suffix = {})
{
    DriftItem i;
    i.kind = kind;
    i.aggregateUuid = QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000") + suffix;
    i.aggregateName = QStringLiteral("az1-hosts") + suffix;
    i.providerUuid = QStringLiteral("cccccccc-0000-4000-8000-00000000000") + suffix;
    i.providerName = QStringLiteral("node-") + suffix;
    i.host = QStringLiteral("compute-") + suffix;
    i.detail = QStringLiteral("because \"%1\"\n").arg(suffix);
    return i;
}

using Kind = DriftItem::Kind;
const QList<Kind> allKinds { Kind::Missing, Kind::Extra, Kind::Foreign, Kind::Unresolvable, Kind::Inconsistent };

} // namespace

class TestDriftReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classNames_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addRow("missing") << Kind::Missing << QStringLiteral("missing");
        QTest::addRow("extra") << Kind::Extra << QStringLiteral("extra");
        QTest::addRow("foreign") << Kind::Foreign << QStringLiteral("foreign");
        QTest::addRow("unresolvable") << Kind::Unresolvable << QStringLiteral("unresolvable");
        QTest::addRow("inconsistent") << Kind::Inconsistent << QStringLiteral("inconsistent");
    }
    void classNames()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        QCOMPARE(DriftReport::className(kind), name);
        QCOMPARE(DriftReport::kindFromName(name), std::optional<Kind>(kind));
        QCOMPARE(DriftReport::kindFromName(name.toUpper()), std::nullopt);
    }

    void jsonShape_data()
    {
        QTest::addColumn<QList<DriftItem>>("items");
        QTest::addColumn<QStringList>("errors");
        QTest::addRow("no drift") << QList<DriftItem>() << QStringList();
        QList<DriftItem> every;
        for (int i = 0; i < allKinds.size(); ++i)
            every << item(allKinds.at(i), QString::number(i + 1));
        QTest::addRow("one of each class") << every << QStringList();
        DriftItem foreign;
        foreign.kind = Kind::Foreign;
        foreign.aggregateUuid = QStringLiteral("ffffffff-0000-4000-8000-000000000000");
        foreign.detail = QStringLiteral("unknown to Nova");
        QTest::addRow("empty fields stay strings") << QList<DriftItem> { foreign } << QStringList();
        QTest::addRow("a partial scan names its errors")
            << QList<DriftItem> { every.first() }
            << QStringList { QStringLiteral("The members of aggregate x could not be read") };
    }
    void jsonShape()
    {
        QFETCH(QList<DriftItem>, items);
        QFETCH(QStringList, errors);
        const QByteArray bytes = DriftReport::toJsonBytes(items, errors);
        QVERIFY(bytes.endsWith('\n'));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(root, DriftReport::toJson(items, errors));
        QStringList keys { QStringLiteral("drift") };
        if (!errors.isEmpty())
            keys << QStringLiteral("errors");
        QCOMPARE(root.keys(), keys);
        QVERIFY(root.value(QStringLiteral("drift")).isArray());
        const QJsonArray drift = root.value(QStringLiteral("drift")).toArray();
        QCOMPARE(drift.size(), items.size());
        const QStringList fields { QStringLiteral("aggregate_name"), QStringLiteral("aggregate_uuid"),
                                   QStringLiteral("class"),          QStringLiteral("detail"),
                                   QStringLiteral("host"),           QStringLiteral("provider_name"),
                                   QStringLiteral("provider_uuid") };
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject o = drift.at(i).toObject();
            QCOMPARE(o.keys(), fields); // QJsonObject keeps its keys sorted
            for (const QString &field : fields)
                QVERIFY2(o.value(field).isString(), qPrintable(field));
            const DriftItem &it = items.at(i);
            QCOMPARE(o.value(QStringLiteral("class")).toString(), DriftReport::className(it.kind));
            QCOMPARE(o.value(QStringLiteral("aggregate_uuid")).toString(), it.aggregateUuid);
            QCOMPARE(o.value(QStringLiteral("aggregate_name")).toString(), it.aggregateName);
            QCOMPARE(o.value(QStringLiteral("provider_uuid")).toString(), it.providerUuid);
            QCOMPARE(o.value(QStringLiteral("provider_name")).toString(), it.providerName);
            QCOMPARE(o.value(QStringLiteral("host")).toString(), it.host);
            QCOMPARE(o.value(QStringLiteral("detail")).toString(), it.detail); // quotes and newlines survive
        }
        if (!errors.isEmpty())
            QCOMPARE(root.value(QStringLiteral("errors")).toArray(), QJsonArray::fromStringList(errors));
    }

    void countsAndSummary_data()
    {
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::addColumn<QList<int>>("counts"); // missing, extra, foreign, unresolvable, inconsistent
        QTest::addColumn<bool>("hasDrift");
        QTest::addColumn<QString>("summary");
        QTest::addRow("nothing") << QList<Kind>() << QList<int> { 0, 0, 0, 0, 0 } << false
                                 << QStringLiteral("No drift between Nova and Placement.");
        QTest::addRow("foreign is information, not drift")
            << QList<Kind> { Kind::Foreign, Kind::Foreign } << QList<int> { 0, 0, 2, 0, 0 } << false
            << QStringLiteral("No drift between Nova and Placement; 2 foreign aggregate(s) (information only).");
        QTest::addRow("missing only") << QList<Kind> { Kind::Missing } << QList<int> { 1, 0, 0, 0, 0 } << true
                                      << QStringLiteral("Drift: 1 missing, 0 extra, 0 unresolvable, 0 inconsistent.");
        QTest::addRow("unresolvable alone is drift")
            << QList<Kind> { Kind::Unresolvable } << QList<int> { 0, 0, 0, 1, 0 } << true
            << QStringLiteral("Drift: 0 missing, 0 extra, 1 unresolvable, 0 inconsistent.");
        QTest::addRow("every class")
            << QList<Kind> { Kind::Missing,      Kind::Missing,      Kind::Extra,        Kind::Foreign,
                             Kind::Unresolvable, Kind::Inconsistent, Kind::Inconsistent, Kind::Inconsistent }
            << QList<int> { 2, 1, 1, 1, 3 } << true
            << QStringLiteral("Drift: 2 missing, 1 extra, 1 unresolvable, 3 inconsistent; 1 foreign aggregate(s) "
                              "(information only).");
    }
    void countsAndSummary()
    {
        QFETCH(QList<Kind>, kinds);
        QFETCH(QList<int>, counts);
        QFETCH(bool, hasDrift);
        QFETCH(QString, summary);
        QList<DriftItem> items;
        for (Kind kind : kinds)
            items << item(kind);
        const DriftCounts c = DriftReport::counts(items);
        for (int i = 0; i < allKinds.size(); ++i)
            QCOMPARE(c.of(allKinds.at(i)), counts.at(i));
        QCOMPARE(c.total(), kinds.size());
        QCOMPARE(c.drift(), kinds.size() - counts.at(2));
        QCOMPARE(DriftReport::hasDrift(items), hasDrift);
        QCOMPARE(DriftReport::summary(items), summary);
        QVERIFY(!summary.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestDriftReport)
#include "tst_driftreport.moc"
