#include <QTest>
class T : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(T)
#include "tst_placementclient_live.moc"
