// Editing a compute node's Nova aggregates from the aggregate editor, against a real Nova that
// mirrors into a real Placement (the `nova` fixture): the save asks through Nova or Placement
// only; through Nova is verified on both sides (Nova's host list and Placement's set), Placement
// only changes Placement alone and says so, a provider that is no compute node gets no choice,
// and a Nova refusal is shown with the edit kept and nothing reporting success.

#include "aggregateeditcontroller.h"
#include "aggregateeditordialog.h"
#include "appcontroller.h"
#include "appmodels.h"
#include "journal.h"
#include "livenova.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "novacontroller.h"
#include "novaoverlay.h"
#include "novaroutechoice.h"

#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

class TestNovaEditLive : public QObject
{
    Q_OBJECT

    LiveServer m_placement;
    LiveNova m_nova;
    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppController> m_controller;
    QString m_host;
    QString m_provider; // the compute node of m_host
    QString m_plain; // a provider that is no compute node
    LiveNova::Aggregate m_zoned; // a Nova aggregate with an availability zone
    LiveNova::Aggregate m_other;

    AggregateEditController *edits() const { return m_controller->edits(); }
    NovaOverlay *overlay() const { return m_models->nova(); }

    // Nova's hosts of the aggregate as Nova lists them now.
    QStringList novaHosts(int aggregateId)
    {
        const HttpResponse response = m_nova.request("GET", QStringLiteral("/os-aggregates"));
        const QJsonArray aggregates
            = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("aggregates")).toArray();
        for (const QJsonValue &value : aggregates) {
            const QJsonObject aggregate = value.toObject();
            if (aggregate.value(QStringLiteral("id")).toInt() != aggregateId)
                continue;
            QStringList hosts;
            for (const QJsonValue &host : aggregate.value(QStringLiteral("hosts")).toArray())
                hosts << host.toString();
            return hosts;
        }
        return {};
    }
    bool rescan()
    {
        QSignalSpy scanned(m_controller->nova(), &NovaController::scanFinished);
        m_controller->nova()->scan();
        return scanned.wait(120000);
    }
    AggregateEditorDialog *openEditor(const QString &uuid)
    {
        QSignalSpy opened(edits(), &AggregateEditController::editorOpened);
        edits()->editAggregates(uuid);
        if (!opened.wait(20000))
            return nullptr;
        return edits()->editor();
    }
    // Save pressed: the question that opened, or null when none did.
    NovaRouteChoice *pressSave(AggregateEditorDialog *editor)
    {
        QSignalSpy asked(edits(), &AggregateEditController::routeChoiceOpened);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        return asked.isEmpty() ? nullptr : edits()->routeChoice();
    }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    // The journal's entries of this provider made through Nova, oldest first.
    QList<JournalEntry> novaEntriesOf(const QString &provider) const
    {
        QList<JournalEntry> found;
        for (const JournalEntry &entry : m_models->journal()->entries()) {
            if (entry.providerUuid == provider && entry.kind == JournalEntry::Kind::Nova)
                found << entry;
        }
        return found;
    }
    // Checks one journalled Nova call: Nova's request and request id, and the Placement sets.
    static void verifyNovaEntry(const JournalEntry &entry, const QString &action, int aggregateId, const QString &host)
    {
        QCOMPARE(entry.method, QStringLiteral("POST"));
        QCOMPARE(entry.path, QStringLiteral("/os-aggregates/%1/action").arg(aggregateId));
        QCOMPARE(entry.body.value(action).toObject().value(QStringLiteral("host")).toString(), host);
        QVERIFY2(entry.requestId.startsWith(QStringLiteral("req-")), qPrintable(entry.requestId));
        QVERIFY(!entry.isRevertible()); // taken back through Nova, never by a Placement write
        QCOMPARE(entry.toCommand(),
                 QStringLiteral("openstack aggregate %1 host %2 %3")
                     .arg(action == QLatin1String("add_host") ? QStringLiteral("add") : QStringLiteral("remove"))
                     .arg(aggregateId)
                     .arg(host));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<AggregateEditorDialog *>();
        qRegisterMetaType<NovaRouteChoice *>();
        if (!m_nova.isAvailable())
            QSKIP(qPrintable(m_nova.unavailableReason()));
        QVERIFY(m_placement.isAvailable());
        m_host = LiveNova::uniqueName(QStringLiteral("h-edit"));
        m_provider = m_placement.createProvider(QStringLiteral("node-") + m_host);
        QVERIFY(!m_provider.isEmpty());
        const HttpResponse provider = m_placement.request("GET", QStringLiteral("/resource_providers/") + m_provider);
        const QString name = QJsonDocument::fromJson(provider.body).object().value(QStringLiteral("name")).toString();
        QVERIFY2(!m_nova.addComputeHost(m_host, name, m_provider).isEmpty(), qPrintable(m_nova.lastError()));
        m_plain = m_placement.createProvider(QStringLiteral("sharing"));
        QVERIFY(!m_plain.isEmpty());
        m_zoned = m_nova.createAggregate(LiveNova::uniqueName(QStringLiteral("edit-az")),
                                         LiveNova::uniqueName(QStringLiteral("az")));
        m_other = m_nova.createAggregate(LiveNova::uniqueName(QStringLiteral("edit-other")));
        QVERIFY(m_zoned.isValid() && m_other.isValid());

        m_models = std::make_unique<AppModels>();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_controller = std::make_unique<AppController>(m_models.get(), m_window.get());
        m_controller->nova()->setEndpoint(m_nova.url(), {});
        m_window->show();
        QSignalSpy scanned(m_controller->nova(), &NovaController::scanFinished);
        m_controller->connectTo(m_placement.url(), m_placement.token());
        QVERIFY(scanned.wait(180000)); // the load, then the scan that follows it
        QVERIFY2(overlay()->hasData(), qPrintable(overlay()->statusText()));
        QCOMPARE(overlay()->hostOf(m_provider), m_host);
    }

    // Through Nova, with a non-Nova aggregate in the same edit: Nova lists the host, Placement
    // has both; then the removal the same way. Return never sends.
    void throughNovaAddsThenRemovesOnBothSides()
    {
        const QString plainAggregate = LiveServer::newUuid();
        AggregateEditorDialog *editor = openEditor(m_provider);
        QVERIFY(editor);
        editor->addText(m_zoned.uuid + QLatin1Char(' ') + plainAggregate);
        NovaRouteChoice *choice = pressSave(editor);
        QVERIFY(choice);
        QVERIFY(choice->text().contains(m_host));
        QVERIFY(choice->text().contains(m_zoned.name));
        QVERIFY(!choice->text().contains(m_other.name));
        QVERIFY(choice->throughNovaButton()->text().contains(QStringLiteral("keeps Nova and Placement in sync")));
        QTest::keyClick(choice, Qt::Key_Return);
        QTest::qWait(300);
        QVERIFY(edits()->routeChoice());
        QVERIFY(!novaHosts(m_zoned.id).contains(m_host));

        QSignalSpy finished(edits(), &AggregateEditController::novaEditFinished);
        QSignalSpy saved(edits(), &AggregateEditController::aggregatesSaved);
        QSignalSpy scanned(m_controller->nova(), &NovaController::scanFinished);
        QTest::mouseClick(choice->throughNovaButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(saved.count() == 1 || saved.wait(30000)); // the Placement part for the non-Nova aggregate
        QVERIFY(novaHosts(m_zoned.id).contains(m_host));
        const QStringList placement = m_placement.aggregatesOf(m_provider);
        QVERIFY(placement.contains(m_zoned.uuid));
        QVERIFY(placement.contains(plainAggregate));
        QVERIFY2(status().contains(QStringLiteral("Through Nova")), qPrintable(status()));
        QTRY_VERIFY(!edits()->editor());
        // The overlay follows: the scan after the edit knows the host is in the aggregate.
        QVERIFY(scanned.count() > 0 || scanned.wait(120000));
        QVERIFY(overlay()->aggregate(m_zoned.uuid)->hosts.contains(m_host));
        // The journal has Nova's call, with Nova's request id, and the Placement remainder as an edit.
        QList<JournalEntry> calls = novaEntriesOf(m_provider);
        QCOMPARE(calls.size(), 1);
        verifyNovaEntry(calls.at(0), QStringLiteral("add_host"), m_zoned.id, m_host);
        QCOMPARE(calls.at(0).outcome, JournalEntry::Outcome::Done);
        QCOMPARE(calls.at(0).added(), QStringList { m_zoned.uuid });
        QVERIFY(calls.at(0).removed().isEmpty());
        const JournalEntry &remainder = m_models->journal()->entries().constLast();
        QCOMPARE(remainder.kind, JournalEntry::Kind::Single);
        QCOMPARE(remainder.providerUuid, m_provider);
        QCOMPARE(remainder.added(), QStringList { plainAggregate });

        editor = openEditor(m_provider);
        QVERIFY(editor);
        editor->removeAggregates({ m_zoned.uuid });
        choice = pressSave(editor);
        QVERIFY(choice);
        QVERIFY(choice->warningText().contains(QStringLiteral("missing")));
        QTest::mouseClick(choice->throughNovaButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QVERIFY(!novaHosts(m_zoned.id).contains(m_host));
        QVERIFY(!m_placement.aggregatesOf(m_provider).contains(m_zoned.uuid));
        QVERIFY(m_placement.aggregatesOf(m_provider).contains(plainAggregate));
        QTRY_VERIFY(!edits()->editor());
        calls = novaEntriesOf(m_provider);
        QCOMPARE(calls.size(), 2);
        verifyNovaEntry(calls.at(1), QStringLiteral("remove_host"), m_zoned.id, m_host);
        QCOMPARE(calls.at(1).outcome, JournalEntry::Outcome::Done);
        QCOMPARE(calls.at(1).removed(), QStringList { m_zoned.uuid });
        QCOMPARE(calls.at(1).generationAfter, m_placement.generationOf(m_provider));
        QVERIFY(calls.at(1).batchId != calls.at(0).batchId); // one batch per save
        QVERIFY(rescan());
    }

    // Placement only: Placement changes, Nova does not, and the warning named the aggregate and
    // the drift. Removing it again repairs that drift and needs no choice.
    void placementOnlyChangesPlacementAloneWithTheWarning()
    {
        AggregateEditorDialog *editor = openEditor(m_provider);
        QVERIFY(editor);
        editor->addText(m_other.uuid);
        NovaRouteChoice *choice = pressSave(editor);
        QVERIFY(choice);
        const QString warning = choice->warningText();
        QVERIFY(warning.contains(m_other.name));
        QVERIFY(warning.contains(QStringLiteral("extra")));
        QVERIFY(warning.contains(QStringLiteral("Nova will not know")));
        QSignalSpy saved(edits(), &AggregateEditController::aggregatesSaved);
        QTest::mouseClick(choice->placementOnlyButton(), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QVERIFY(m_placement.aggregatesOf(m_provider).contains(m_other.uuid));
        QVERIFY(!novaHosts(m_other.id).contains(m_host));
        QVERIFY2(status().contains(QStringLiteral("Nova will not know")), qPrintable(status()));
        QTRY_VERIFY(!edits()->editor());

        editor = openEditor(m_provider);
        QVERIFY(editor);
        editor->removeAggregates({ m_other.uuid });
        QVERIFY(!pressSave(editor)); // Nova does not list the host: nothing to ask
        QVERIFY(saved.wait(30000));
        QVERIFY(!m_placement.aggregatesOf(m_provider).contains(m_other.uuid));
        QTRY_VERIFY(!edits()->editor());
    }

    void aProviderThatIsNoComputeNodeGetsNoChoice()
    {
        QVERIFY(overlay()->hostOf(m_plain).isEmpty());
        AggregateEditorDialog *editor = openEditor(m_plain);
        QVERIFY(editor);
        editor->addText(m_other.uuid);
        QSignalSpy saved(edits(), &AggregateEditController::aggregatesSaved);
        QVERIFY(!pressSave(editor));
        QVERIFY(saved.wait(30000));
        QVERIFY(m_placement.aggregatesOf(m_plain).contains(m_other.uuid));
        QTRY_VERIFY(!edits()->editor());
    }

    // Nova no longer lists the host (changed behind the app's back, Placement put back): the
    // removal through Nova is refused (404) and said plainly; the non-Nova part of the edit is
    // not sent and stays pending. Real Nova removes the provider from the placement aggregate
    // before it finds the host missing from its own list: the message says Placement changed.
    void aNovaRefusalIsShownAndTheEditKept()
    {
        QVERIFY(m_nova.addHost(m_zoned.id, m_host));
        QVERIFY(rescan());
        QVERIFY(overlay()->aggregate(m_zoned.uuid)->hosts.contains(m_host));
        QVERIFY(m_nova.removeHost(m_zoned.id, m_host)); // Nova mirrors the removal...
        QStringList placement = m_placement.aggregatesOf(m_provider);
        placement << m_zoned.uuid; // ...and someone puts it back in Placement alone
        QVERIFY(m_placement.putAggregates(m_provider, placement) > 0);

        AggregateEditorDialog *editor = openEditor(m_provider);
        QVERIFY(editor);
        editor->removeAggregates({ m_zoned.uuid });
        const QString plainAggregate = LiveServer::newUuid();
        editor->addText(plainAggregate);
        NovaRouteChoice *choice = pressSave(editor);
        QVERIFY(choice); // the overlay still says Nova lists the host
        QSignalSpy finished(edits(), &AggregateEditController::novaEditFinished);
        QSignalSpy saved(edits(), &AggregateEditController::aggregatesSaved);
        QTest::mouseClick(choice->throughNovaButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(edits()->editor(), editor);
        QVERIFY2(editor->messageText().contains(QStringLiteral("Nova did not remove host %1").arg(m_host)),
                 qPrintable(editor->messageText()));
        QVERIFY(!editor->messageText().contains(QStringLiteral("Saved")));
        QVERIFY(!status().contains(QStringLiteral("Saved")));
        QCOMPARE(editor->session()->pendingChange().added, QStringList { plainAggregate });
        QVERIFY(editor->saveButton()->isEnabled());
        const QStringList placementAfter = m_placement.aggregatesOf(m_provider);
        QVERIFY(!placementAfter.contains(plainAggregate));
        QCOMPARE(editor->session()->base().aggregates.contains(m_zoned.uuid), placementAfter.contains(m_zoned.uuid));
        if (!placementAfter.contains(m_zoned.uuid))
            QVERIFY2(editor->messageText().contains(QStringLiteral("no longer contains %1").arg(m_zoned.uuid)),
                     qPrintable(editor->messageText()));
        // Closing asks first: the kept edit is not dropped silently.
        editor->reject();
        QVERIFY(editor->closeQuestion());
        editor->closeQuestion()->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!edits()->editor());
    }

    // Nova finds the provider to mirror into by the compute node's name: a node named unlike its
    // provider makes Nova answer 200 and skip the mirror. The app must say so, never "Saved".
    void aMirrorNovaSkippedIsAFailureNotASuccess()
    {
        const QString host = LiveNova::uniqueName(QStringLiteral("h-nomirror"));
        const QString provider = m_placement.createProvider(QStringLiteral("node-") + host);
        QVERIFY(!provider.isEmpty());
        QVERIFY2(!m_nova.addComputeHost(host, QStringLiteral("renamed-") + host, provider).isEmpty(),
                 qPrintable(m_nova.lastError()));
        QSignalSpy loaded(m_controller.get(), &AppController::loadFinished);
        m_controller->reload();
        QVERIFY(loaded.wait(120000));
        // The scan starts with the provider list and may end before or after the load (and is
        // analysed again when the load ends): wait for what it brings, not for a count.
        QTRY_COMPARE_WITH_TIMEOUT(overlay()->hostOf(provider), host, 120000);

        AggregateEditorDialog *editor = openEditor(provider);
        QVERIFY(editor);
        editor->addText(m_other.uuid);
        NovaRouteChoice *choice = pressSave(editor);
        QVERIFY(choice);
        QSignalSpy finished(edits(), &AggregateEditController::novaEditFinished);
        QSignalSpy saved(edits(), &AggregateEditController::aggregatesSaved);
        QTest::mouseClick(choice->throughNovaButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(saved.count(), 0);
        QVERIFY(novaHosts(m_other.id).contains(host)); // Nova saved the host...
        QVERIFY(!m_placement.aggregatesOf(provider).contains(m_other.uuid)); // ...and did not mirror it
        QVERIFY2(editor->messageText().contains(QStringLiteral("did not mirror it into Placement")),
                 qPrintable(editor->messageText()));
        QVERIFY(!status().contains(QStringLiteral("Saved")));
        QCOMPARE(editor->session()->pendingChange().added, QStringList { m_other.uuid }); // the edit is kept
        // The journal says the call failed, and why, never that it was done.
        const QList<JournalEntry> calls = novaEntriesOf(provider);
        QCOMPARE(calls.size(), 1);
        verifyNovaEntry(calls.at(0), QStringLiteral("add_host"), m_other.id, host);
        QCOMPARE(calls.at(0).outcome, JournalEntry::Outcome::Failed);
        QVERIFY(calls.at(0).after.isEmpty());
        QVERIFY2(calls.at(0).reason.contains(QStringLiteral("did not mirror it into Placement")),
                 qPrintable(calls.at(0).reason));
        // The file says the same after a restart: Nova's request survives the store's filtering.
        const JournalReadResult reread = m_models->journal()->store().read(m_models->journal()->connectionKey());
        const auto stored = std::find_if(reread.entries.cbegin(), reread.entries.cend(),
                                         [&calls](const JournalEntry &e) { return e.id == calls.at(0).id; });
        QVERIFY(stored != reread.entries.cend());
        verifyNovaEntry(*stored, QStringLiteral("add_host"), m_other.id, host);
        QCOMPARE(stored->outcome, JournalEntry::Outcome::Failed);
        QVERIFY(m_nova.removeHost(m_other.id, host));
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
        m_models.reset();
        if (m_zoned.isValid())
            m_nova.deleteAggregate(m_zoned.id);
        if (m_other.isValid())
            m_nova.deleteAggregate(m_other.id);
    }
};

QTEST_MAIN(TestNovaEditLive)
#include "tst_novaedit_live.moc"
