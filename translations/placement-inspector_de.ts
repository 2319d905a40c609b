<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AggregateComparisonModel</name>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>tenant-isolated: %1</source>
        <translation>mandantenisoliert: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>erfordert %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>not a Nova aggregate</source>
        <translation>kein Nova-Aggregat</translation>
    </message>
    <message>
        <source>members not read: %1</source>
        <translation>Mitglieder nicht gelesen: %1</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>%n zusätzlich</numerusform>
            <numerusform>%n zusätzlich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolvable</source>
        <translation>
            <numerusform>%n nicht zuordenbar</numerusform>
            <numerusform>%n nicht zuordenbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute hosts the Nova aggregate lists (os-aggregates)</source>
        <translation>Compute-Hosts, die das Nova-Aggregat auflistet (os-aggregates)</translation>
    </message>
    <message>
        <source>Resource providers in the placement aggregate (GET /resource_providers?member_of=UUID)</source>
        <translation>Ressourcenprovider im Placement-Aggregat (GET /resource_providers?member_of=UUID)</translation>
    </message>
    <message>
        <source>Whether Nova&apos;s hosts and Placement&apos;s members agree (drift view: Ctrl+4)</source>
        <translation>Ob die Hosts in Nova und die Mitglieder in Placement übereinstimmen (Abweichungsansicht: Ctrl+4)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Nova hosts</source>
        <translation>Nova-Hosts</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AggregateComparisonPage</name>
    <message>
        <source>Compare &amp;Again</source>
        <translation>&amp;Erneut vergleichen</translation>
    </message>
    <message>
        <source>Filter aggregates by name, zone or UUID</source>
        <translation>Aggregate nach Name, Zone oder UUID filtern</translation>
    </message>
    <message>
        <source>Read Nova and Placement&apos;s member lists again, without reloading the providers (Ctrl+Shift+N)</source>
        <translation>Die Mitgliederlisten von Nova und Placement erneut lesen, ohne die Provider neu zu laden (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>No aggregates compared yet.</source>
        <translation>Noch keine Aggregate verglichen.</translation>
    </message>
    <message>
        <source>Return or double-click opens the provider</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Provider</translation>
    </message>
    <message>
        <source>Select an aggregate to see Nova&apos;s hosts and Placement&apos;s members side by side.</source>
        <translation>Wählen Sie ein Aggregat aus, um die Hosts in Nova und die Mitglieder in Placement nebeneinander zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): not a Nova aggregate; %n Placement member(s)</source>
        <translation>
            <numerusform>%1 (%2): kein Nova-Aggregat; %n Placement-Mitglied</numerusform>
            <numerusform>%1 (%2): kein Nova-Aggregat; %n Placement-Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n Nova aggregate(s), %1 drifted; %2 placement-only.</source>
        <translation>
            <numerusform>%n Nova-Aggregat, %1 mit Abweichungen; %2 nur in Placement.</numerusform>
            <numerusform>%n Nova-Aggregate, %1 mit Abweichungen; %2 nur in Placement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter aggregates</source>
        <translation>Aggregate filtern</translation>
    </message>
    <message>
        <source>Aggregates in Nova and Placement</source>
        <translation>Aggregate in Nova und Placement</translation>
    </message>
    <message>
        <source>Hosts of the selected aggregate</source>
        <translation>Hosts des ausgewählten Aggregats</translation>
    </message>
</context>
<context>
    <name>AggregateEditController</name>
    <message>
        <source>Reading the aggregates of %1…</source>
        <translation>Aggregate von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the aggregates of %1: %2</source>
        <translation>Die Aggregate von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1 to undo: %2</source>
        <translation>%1 konnte für das Rückgängigmachen nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Undo: this restores the set %1 had before your last change. Review the difference and save; a conflict is handled as for any edit.</source>
        <translation>Rückgängig: Dies stellt die Aggregatmenge wieder her, die %1 vor Ihrer letzten Änderung hatte. Prüfen Sie den Unterschied und speichern Sie; ein Konflikt wird wie bei jeder Bearbeitung behandelt.</translation>
    </message>
    <message>
        <source>%1: only the generation moved (%2 → %3); your change was re-applied automatically.</source>
        <translation>%1: Nur die Generation hat sich geändert (%2 → %3); Ihre Änderung wurde automatisch erneut angewendet.</translation>
    </message>
    <message>
        <source>%1 was changed on the server meanwhile (generation %2 → %3); choose how to continue.</source>
        <translation>%1 wurde zwischenzeitlich auf dem Server geändert (Generation %2 → %3); wählen Sie, wie es weitergehen soll.</translation>
    </message>
    <message numerus="yes">
        <source>Saving through Nova: %n add_host/remove_host call(s) for host %1, then reading Placement to check Nova&apos;s mirror…</source>
        <translation>
            <numerusform>Speichern über Nova: %n add_host/remove_host-Aufruf für Host %1, danach wird Placement gelesen, um die Spiegelung durch Nova zu prüfen…</numerusform>
            <numerusform>Speichern über Nova: %n add_host/remove_host-Aufrufe für Host %1, danach wird Placement gelesen, um die Spiegelung durch Nova zu prüfen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 through Nova…</source>
        <translation>%1 wird über Nova gespeichert…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: saving through Nova failed; the editor says why.</source>
        <translation>%1: Speichern über Nova fehlgeschlagen; der Editor nennt den Grund.</translation>
    </message>
    <message>
        <source>%1 Now saving the other aggregates in Placement…</source>
        <translation>%1 Die übrigen Aggregate werden jetzt in Placement gespeichert…</translation>
    </message>
    <message>
        <source>Editing the aggregates of %1 (generation %2).</source>
        <translation>Aggregate von %1 werden bearbeitet (Generation %2).</translation>
    </message>
    <message>
        <source>Saved %1: %2 added, %3 removed.</source>
        <translation>%1 gespeichert: %2 hinzugefügt, %3 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>It now has %n aggregate(s), at generation %1.</source>
        <translation>
            <numerusform>Jetzt %n Aggregat, Generation %1.</numerusform>
            <numerusform>Jetzt %n Aggregate, Generation %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent, not UUIDs: %1.</source>
        <translation>Nicht gesendet, keine UUIDs: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Bulk edit (%1): %2 done, %3 unchanged, %4 failed, %5 cancelled.</source>
        <translation>Massenbearbeitung (%1): %2 erledigt, %3 unverändert, %4 fehlgeschlagen, %5 abgebrochen.</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Undo of the bulk edit (%1): %2 done, %3 unchanged, %4 failed, %5 cancelled.</source>
        <translation>Rückgängigmachen der Massenänderung (%1): %2 erledigt, %3 unverändert, %4 fehlgeschlagen, %5 abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing to revert: the chosen journal entries changed nothing.</source>
        <translation>Nichts zurückzunehmen: die gewählten Journaleinträge haben nichts geändert.</translation>
    </message>
    <message>
        <source>journal entry of %1</source>
        <translation>Journaleintrag von %1</translation>
    </message>
    <message numerus="yes">
        <source>journal batch of %n provider(s)</source>
        <translation>
            <numerusform>Journal-Stapel von %n Provider</numerusform>
            <numerusform>Journal-Stapel von %n Providern</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert of the %1: %2 done, %3 unchanged, %4 failed, %5 cancelled.</source>
        <translation>Rücknahme (%1): %2 erledigt, %3 unverändert, %4 fehlgeschlagen, %5 abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AggregateEditSession</name>
    <message>
        <source>changed on the server meanwhile (409); the change was dropped and the server&apos;s set reloaded</source>
        <translation>inzwischen auf dem Server geändert (409); die Änderung wurde verworfen und die Menge des Servers neu geladen</translation>
    </message>
</context>
<context>
    <name>AggregateEditorDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Edit Aggregates of %1</source>
        <translation>Aggregate von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>Pending change</source>
        <translation>Ausstehende Änderung</translation>
    </message>
    <message>
        <source>Remove the selected aggregates from the set (Del)</source>
        <translation>Die ausgewählten Aggregate aus der Menge entfernen (Del)</translation>
    </message>
    <message>
        <source>Put the selected removed aggregates back</source>
        <translation>Die ausgewählten entfernten Aggregate wieder aufnehmen</translation>
    </message>
    <message>
        <source>Only the generation moved (%1 → %2); your change was re-applied automatically.</source>
        <translation>Nur die Generation hat sich geändert (%1 → %2); Ihre Änderung wurde automatisch erneut angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Started from generation %3 with %n aggregate(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Ausgangsstand: Generation %3 mit %n Aggregat.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Ausgangsstand: Generation %3 mit %n Aggregaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept · added on the server meanwhile</source>
        <translation>beibehalten · zwischenzeitlich auf dem Server hinzugefügt</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− entfernt</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ hinzugefügt</translation>
    </message>
    <message>
        <source>removed on the server meanwhile</source>
        <translation>zwischenzeitlich auf dem Server entfernt</translation>
    </message>
    <message>
        <source>invalid, not sent</source>
        <translation>ungültig, nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n zu entfernen</numerusform>
            <numerusform>%n zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n beibehalten</numerusform>
            <numerusform>%n beibehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Already in the list: %1</source>
        <translation>Bereits in der Liste: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Waiting for your choice…</source>
        <translation>Warte auf Ihre Entscheidung…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save with one generation-checked request (%1)</source>
        <translation>Mit einer generationsgeprüften Anfrage speichern (%1)</translation>
    </message>
    <message>
        <source>Re-applying your changes on top of generation %1…</source>
        <translation>Ihre Änderungen werden auf Basis von Generation %1 erneut angewendet…</translation>
    </message>
    <message>
        <source>Reloaded: this is the server&apos;s set at generation %1; your changes were dropped.</source>
        <translation>Neu geladen: Dies ist die Aggregatmenge des Servers bei Generation %1; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Your changes now start from the server&apos;s set at generation %1; what others changed is kept and marked. Review and save again.</source>
        <translation>Ihre Änderungen gehen jetzt von der Aggregatmenge des Servers bei Generation %1 aus; was andere geändert haben, bleibt erhalten und ist markiert. Prüfen Sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>none (no answer from the server)</source>
        <translation>keine (keine Antwort vom Server)</translation>
    </message>
    <message>
        <source>Not saved: %1
Request id: %2
Your changes are kept; save again when the cause is fixed.</source>
        <translation>Nicht gespeichert: %1
Anfrage-ID: %2
Ihre Änderungen bleiben erhalten; speichern Sie erneut, wenn die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Wait until the save is answered; closing now would hide its outcome.</source>
        <translation>Warten Sie, bis das Speichern beantwortet ist; wenn Sie jetzt schließen, bleibt das Ergebnis verborgen.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>Discard your unsaved changes to %1? Adding %n aggregate(s), removing %2.</source>
        <translation>
            <numerusform>Ihre ungespeicherten Änderungen an %1 verwerfen? %n Aggregat hinzufügen, %2 entfernen.</numerusform>
            <numerusform>Ihre ungespeicherten Änderungen an %1 verwerfen? %n Aggregate hinzufügen, %2 entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the selected aggregates (in the list)</source>
        <translation>Die ausgewählten Aggregate entfernen (in der Liste)</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Die Änderungen speichern</translation>
    </message>
    <message>
        <source>Add what is typed (in the aggregate box); never saves</source>
        <translation>Das Eingegebene hinzufügen (im Aggregatfeld); speichert nie</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Aggregates and pending changes</source>
        <translation>Aggregate und ausstehende Änderungen</translation>
    </message>
</context>
<context>
    <name>AggregateHostsModel</name>
    <message>
        <source>Placement&apos;s members of this aggregate were not read</source>
        <translation>Die Placement-Mitglieder dieses Aggregats wurden nicht gelesen</translation>
    </message>
    <message>
        <source>Nova lists host %1; its provider %2 is not in the placement aggregate</source>
        <translation>Nova listet Host %1; sein Provider %2 ist nicht im Placement-Aggregat</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Another compute node of host %1, which the Nova aggregate lists</source>
        <translation>Ein weiterer Compute-Knoten von Host %1, den das Nova-Aggregat listet</translation>
    </message>
    <message>
        <source>Its host %1 is not in the Nova aggregate</source>
        <translation>Sein Host %1 ist nicht im Nova-Aggregat</translation>
    </message>
    <message>
        <source>Not a Nova compute node (nested, sharing or made by hand)</source>
        <translation>Kein Nova-Compute-Knoten (verschachtelt, gemeinsam genutzt oder manuell angelegt)</translation>
    </message>
    <message>
        <source>in both</source>
        <translation>in beiden</translation>
    </message>
    <message>
        <source>missing in Placement</source>
        <translation>fehlt in Placement</translation>
    </message>
    <message>
        <source>extra in Placement</source>
        <translation>zusätzlich in Placement</translation>
    </message>
    <message>
        <source>host cannot be mapped</source>
        <translation>Host nicht zuordenbar</translation>
    </message>
    <message>
        <source>members not read</source>
        <translation>Mitglieder nicht gelesen</translation>
    </message>
    <message>
        <source>Placement only</source>
        <translation>nur in Placement</translation>
    </message>
    <message>
        <source>Hosts the Nova aggregate lists, with the compute node Nova mirrors</source>
        <translation>Hosts, die das Nova-Aggregat listet, mit dem Compute-Knoten, den Nova spiegelt</translation>
    </message>
    <message>
        <source>Resource providers in the placement aggregate (member_of)</source>
        <translation>Ressourcenprovider im Placement-Aggregat (member_of)</translation>
    </message>
    <message>
        <source>Nova host</source>
        <translation>Nova-Host</translation>
    </message>
    <message>
        <source>Placement member</source>
        <translation>Placement-Mitglied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Host %1, compute node %2</source>
        <translation>Host %1, Compute-Knoten %2</translation>
    </message>
    <message>
        <source>Provider %1 (%2)</source>
        <translation>Provider %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AggregateInput</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Aggregate UUIDs or labels; paste many separated by newlines, commas or spaces</source>
        <translation>Aggregat-UUIDs oder Bezeichnungen; mehrere durch Zeilenumbrüche, Kommas oder Leerzeichen getrennt einfügen</translation>
    </message>
    <message>
        <source>Type or paste aggregate UUIDs, type a local label, or pick a known aggregate</source>
        <translation>Aggregat-UUIDs eingeben oder einfügen, eine lokale Bezeichnung eingeben oder ein bekanntes Aggregat auswählen</translation>
    </message>
    <message>
        <source>Add what is typed to the set (Return)</source>
        <translation>Das Eingegebene zur Menge hinzufügen (Return)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Aggregates to add</source>
        <translation>Hinzuzufügende Aggregate</translation>
    </message>
</context>
<context>
    <name>AggregateList</name>
    <message>
        <source>&quot;%1&quot; is not a UUID (expected 8-4-4-4-12 hexadecimal digits)</source>
        <translation>„%1“ ist keine UUID (erwartet: 8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
</context>
<context>
    <name>AggregateModel</name>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>A local name for the aggregate, saved for this connection only (Placement aggregates have no names). Double-click or F2 to edit.</source>
        <translation>Ein lokaler Name für das Aggregat, nur für diese Verbindung gespeichert (Placement-Aggregate haben keine Namen). Doppelklick oder F2 zum Bearbeiten.</translation>
    </message>
    <message>
        <source>The name of the Nova host aggregate with this UUID (Placement mirrors Nova&apos;s aggregates)</source>
        <translation>Der Name des Nova-Host-Aggregats mit dieser UUID (Placement spiegelt die Aggregate von Nova)</translation>
    </message>
    <message>
        <source>Nova metadata that depends on this membership: tenant isolation (filter_tenant_id) and required traits (trait:NAME=required)</source>
        <translation>Nova-Metadaten, die von dieser Mitgliedschaft abhängen: Mandantenisolation (filter_tenant_id) und erforderliche Traits (trait:NAME=required)</translation>
    </message>
    <message>
        <source>Aggregate UUID</source>
        <translation>Aggregat-UUID</translation>
    </message>
    <message>
        <source>Local label</source>
        <translation>Lokale Bezeichnung</translation>
    </message>
    <message>
        <source>Members (loaded)</source>
        <translation>Mitglieder (geladen)</translation>
    </message>
    <message>
        <source>Nova name</source>
        <translation>Nova-Name</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit the local label</source>
        <translation>Doppelklicken oder F2 drücken, um die lokale Bezeichnung zu bearbeiten</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>AggregatePage</name>
    <message>
        <source>No aggregates among the loaded providers yet.</source>
        <translation>Noch keine Aggregate unter den geladenen Providern.</translation>
    </message>
    <message>
        <source>Ask Placement which providers are members (member_of) and compare with the loaded data</source>
        <translation>Placement fragen, welche Provider Mitglieder sind (member_of), und mit den geladenen Daten vergleichen</translation>
    </message>
    <message>
        <source>Select an aggregate to see its member providers.</source>
        <translation>Wählen Sie ein Aggregat aus, um seine Mitglieds-Provider zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Members of %1 — %2 · %n Nova host(s)</source>
        <translation>
            <numerusform>Mitglieder von %1 — %2 · %n Nova-Host</numerusform>
            <numerusform>Mitglieder von %1 — %2 · %n Nova-Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Members of %1 (%2)</source>
        <translation>Mitglieder von %1 (%2)</translation>
    </message>
    <message>
        <source>Members of %1 (%2, %3)</source>
        <translation>Mitglieder von %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Chec&amp;k against server</source>
        <translation>Mit Server abg&amp;leichen</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>Member providers of the selected aggregate</source>
        <translation>Mitglieds-Provider des ausgewählten Aggregats</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Not connected. Start with --endpoint URL --token TOKEN (see --help).</source>
        <translation>Nicht verbunden. Starten Sie mit --endpoint URL --token TOKEN (siehe --help).</translation>
    </message>
    <message>
        <source>Listing providers…</source>
        <translation>Provider werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s); loading aggregates…</source>
        <translation>
            <numerusform>%n Provider; Aggregate werden geladen…</numerusform>
            <numerusform>%n Provider; Aggregate werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s); loading capacity and usage…</source>
        <translation>
            <numerusform>%n Provider; Kapazität und Nutzung werden geladen…</numerusform>
            <numerusform>%n Provider; Kapazität und Nutzung werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>This Placement service has no resource providers.</source>
        <translation>Dieser Placement-Dienst hat keine Ressourcenprovider.</translation>
    </message>
    <message>
        <source>Could not list providers: %1</source>
        <translation>Provider konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not list providers: %1
Press F5 to try again.</source>
        <translation>Provider konnten nicht aufgelistet werden: %1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled; %n provider(s) shown. Press F5 to load the rest.</source>
        <translation>
            <numerusform>Laden abgebrochen; %n Provider angezeigt. Drücken Sie F5, um den Rest zu laden.</numerusform>
            <numerusform>Laden abgebrochen; %n Provider angezeigt. Drücken Sie F5, um den Rest zu laden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) loaded; %1 could not be read completely (see the tooltips; F5 retries).</source>
        <translation>
            <numerusform>%n Provider geladen; bei %1 war das Lesen unvollständig (siehe Tooltips; F5 versucht es erneut).</numerusform>
            <numerusform>%n Provider geladen; bei %1 war das Lesen unvollständig (siehe Tooltips; F5 versucht es erneut).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) loaded.</source>
        <translation>
            <numerusform>%n Provider geladen.</numerusform>
            <numerusform>%n Provider geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1:
%2</source>
        <translation>Verbindung zu %1 fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>%1 · microversions %2–%3 · using %4</source>
        <translation>%1 · Microversionen %2–%3 · verwendet %4</translation>
    </message>
    <message>
        <source>Loading providers…</source>
        <translation>Provider werden geladen…</translation>
    </message>
    <message>
        <source>Exported the view to %1.</source>
        <translation>Ansicht nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server agrees: %n member(s).</source>
        <translation>
            <numerusform>Der Server stimmt überein: %n Mitglied.</numerusform>
            <numerusform>Der Server stimmt überein: %n Mitglieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server has %n member(s), the loaded data %1.</source>
        <translation>
            <numerusform>Der Server meldet %n Mitglied, die geladenen Daten %1.</numerusform>
            <numerusform>Der Server meldet %n Mitglieder, die geladenen Daten %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown here: %1; no longer members: %2. Refresh (F5) to update.</source>
        <translation>Hier nicht angezeigt: %1; keine Mitglieder mehr: %2. Zum Aktualisieren F5 drücken.</translation>
    </message>
    <message>
        <source>The journal could not be written: %1</source>
        <translation>Das Journal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n provider(s) were deleted on the server during the load and are no longer listed.</source>
        <translation>
            <numerusform>%1 %n Provider wurde während des Ladens auf dem Server gelöscht und wird nicht mehr aufgeführt.</numerusform>
            <numerusform>%1 %n Provider wurden während des Ladens auf dem Server gelöscht und werden nicht mehr aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>application credential secret</source>
        <translation>Geheimnis der Anwendungs-Zugangsdaten</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>Placement endpoint</source>
        <translation>Placement-Endpunkt</translation>
    </message>
    <message>
        <source>Placement endpoint &quot;%1&quot; is not an http(s) URL</source>
        <translation>Placement-Endpunkt „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>Keystone URL (auth_url)</source>
        <translation>Keystone-URL (auth_url)</translation>
    </message>
    <message>
        <source>Keystone URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>Keystone-URL „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is not public, internal or admin</source>
        <translation>interface „%1“ ist nicht public, internal oder admin</translation>
    </message>
    <message>
        <source>user name or user id</source>
        <translation>Benutzername oder Benutzer-ID</translation>
    </message>
    <message>
        <source>user domain (name or id) for user &quot;%1&quot;</source>
        <translation>Benutzerdomäne (Name oder ID) für Benutzer „%1“</translation>
    </message>
    <message>
        <source>project domain (name or id) for project &quot;%1&quot;</source>
        <translation>Projektdomäne (Name oder ID) für Projekt „%1“</translation>
    </message>
    <message>
        <source>application credential id or name</source>
        <translation>ID oder Name der Anwendungs-Zugangsdaten</translation>
    </message>
    <message>
        <source>user name or id (an application credential given by name belongs to a user)</source>
        <translation>Benutzername oder -ID (per Name angegebene Anwendungs-Zugangsdaten gehören zu einem Benutzer)</translation>
    </message>
    <message>
        <source>Keystone password</source>
        <translation>Keystone-Passwort</translation>
    </message>
    <message>
        <source>Keystone application credential</source>
        <translation>Keystone-Anwendungs-Zugangsdaten</translation>
    </message>
    <message>
        <source>Keystone token</source>
        <translation>Keystone-Token</translation>
    </message>
    <message>
        <source>Standalone endpoint and token</source>
        <translation>Eigenständiger Endpunkt und Token</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
</context>
<context>
    <name>AuthConnection</name>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read the client certificate %1</source>
        <translation>Client-Zertifikat %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cannot read the client key %1</source>
        <translation>Client-Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key</source>
        <translation>%1 enthält keinen unverschlüsselten privaten RSA- oder EC-Schlüssel</translation>
    </message>
    <message>
        <source>Settings are incomplete: %1</source>
        <translation>Einstellungen unvollständig: %1</translation>
    </message>
    <message>
        <source>TLS settings: %1</source>
        <translation>TLS-Einstellungen: %1</translation>
    </message>
    <message>
        <source>TLS certificates are NOT verified (this profile turns verification off).</source>
        <translation>TLS-Zertifikate werden NICHT geprüft (dieses Profil schaltet die Prüfung ab).</translation>
    </message>
    <message>
        <source>application credential %1</source>
        <translation>Anwendungs-Zugangsdaten %1</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>das Token</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Keystone %1 refused %2: %3</source>
        <translation>Keystone %1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>unscoped</source>
        <translation>ohne Scope</translation>
    </message>
    <message>
        <source>Keystone: authenticated as %1 (%2, roles: %3); token valid until %4.</source>
        <translation>Keystone: authentifiziert als %1 (%2, Rollen: %3); Token gültig bis %4.</translation>
    </message>
    <message>
        <source>Placement endpoint %1 (set in the profile).</source>
        <translation>Placement-Endpunkt %1 (im Profil festgelegt).</translation>
    </message>
    <message>
        <source>Finding Placement: %1</source>
        <translation>Suche nach Placement: %1</translation>
    </message>
    <message>
        <source>Placement endpoint %1 (catalog: %2, %3).</source>
        <translation>Placement-Endpunkt %1 (Katalog: %2, %3).</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>beliebige Region</translation>
    </message>
    <message>
        <source>Nova (compute) endpoint %1 (set in the profile).</source>
        <translation>Endpunkt von Nova (compute) %1 (im Profil festgelegt).</translation>
    </message>
    <message>
        <source>no compute endpoint is set for this connection (a standalone Placement endpoint has no catalog to find Nova in)</source>
        <translation>für diese Verbindung ist kein Compute-Endpunkt festgelegt (ein eigenständiger Placement-Endpunkt hat keinen Katalog, in dem Nova zu finden wäre)</translation>
    </message>
    <message>
        <source>the Keystone catalog has no compute endpoint: %1</source>
        <translation>der Keystone-Katalog enthält keinen Compute-Endpunkt: %1</translation>
    </message>
    <message>
        <source>Nova (compute) endpoint %1 (catalog).</source>
        <translation>Endpunkt von Nova (compute) %1 (Katalog).</translation>
    </message>
    <message>
        <source>Placement at %1: %2</source>
        <translation>Placement unter %1: %2</translation>
    </message>
    <message>
        <source>Placement answers: microversions %1 to %2, using %3.</source>
        <translation>Placement antwortet: Microversionen %1 bis %2, verwendet wird %3.</translation>
    </message>
    <message>
        <source>Listing providers: %1</source>
        <translation>Auflisten der Provider: %1</translation>
    </message>
    <message>
        <source>Your role may list resource providers.</source>
        <translation>Ihre Rolle darf Ressourcenprovider auflisten.</translation>
    </message>
    <message>
        <source>Could not reach Keystone %1 to authenticate %2: %3</source>
        <translation>Keystone %1 war nicht erreichbar, um %2 zu authentifizieren: %3</translation>
    </message>
</context>
<context>
    <name>BulkAggregateEdit</name>
    <message>
        <source>remove from %1</source>
        <translation>aus %1 entfernen</translation>
    </message>
    <message>
        <source>add to %1, remove from %2</source>
        <translation>zu %1 hinzufügen, aus %2 entfernen</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>remove from every aggregate</source>
        <translation>aus jedem Aggregat entfernen</translation>
    </message>
    <message>
        <source>replace aggregates with %1</source>
        <translation>Aggregate durch %1 ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>still changing after %n tries</source>
        <translation>
            <numerusform>ändert sich nach %n Versuch noch immer</numerusform>
            <numerusform>ändert sich nach %n Versuchen noch immer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Add to Aggregate</source>
        <translation>Zu Aggregat hinzufügen</translation>
    </message>
    <message>
        <source>Remove from Aggregate</source>
        <translation>Aus Aggregat entfernen</translation>
    </message>
    <message>
        <source>Replace Aggregates</source>
        <translation>Aggregate ersetzen</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Cancel Remaining</source>
        <translation>&amp;Restliche abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n provider(s)</source>
        <translation>
            <numerusform>%1 — %n Provider</numerusform>
            <numerusform>%1 — %n Provider</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen set replaces each provider&apos;s aggregates. Leave it empty to remove every aggregate.</source>
        <translation>Die gewählte Aggregatmenge ersetzt die Aggregate jedes Providers. Lassen Sie sie leer, um alle Aggregate zu entfernen.</translation>
    </message>
    <message>
        <source>Each provider is changed with its own generation-checked request; a provider changed meanwhile is re-read and the same change applied again.</source>
        <translation>Jeder Provider wird mit einer eigenen generationsgeprüften Anfrage geändert; ein zwischenzeitlich geänderter Provider wird neu gelesen und dieselbe Änderung erneut angewendet.</translation>
    </message>
    <message>
        <source>Del removes the selected aggregates from the change</source>
        <translation>Del entfernt die ausgewählten Aggregate aus der Änderung</translation>
    </message>
    <message>
        <source>See every provider and the change before anything is sent</source>
        <translation>Jeden Provider und die Änderung sehen, bevor etwas gesendet wird</translation>
    </message>
    <message>
        <source>Send one generation-checked request per provider</source>
        <translation>Eine generationsgeprüfte Anfrage pro Provider senden</translation>
    </message>
    <message>
        <source>Send no new requests; those already sent finish and are reported</source>
        <translation>Keine neuen Anfragen senden; bereits gesendete werden abgeschlossen und gemeldet</translation>
    </message>
    <message>
        <source>Run the failed and cancelled providers again</source>
        <translation>Die fehlgeschlagenen und abgebrochenen Provider erneut ausführen</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) will be changed: %1.</source>
        <translation>
            <numerusform>%n Provider wird geändert: %1.</numerusform>
            <numerusform>%n Provider werden geändert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the aggregates first; nothing has been sent.</source>
        <translation>Wählen Sie zuerst die Aggregate; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Already in the list: %1</source>
        <translation>Bereits in der Liste: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Provider(s)</source>
        <translation>
            <numerusform>Auf %n Provider an&amp;wenden</numerusform>
            <numerusform>Auf %n Provider an&amp;wenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been sent yet. Applying will %1 on each of these %n provider(s), one generation-checked request each:</source>
        <translation>
            <numerusform>Es wurde noch nichts gesendet. Beim Anwenden wird auf diesem %n Provider „%1“ ausgeführt, mit einer generationsgeprüften Anfrage:</numerusform>
            <numerusform>Es wurde noch nichts gesendet. Beim Anwenden wird auf jedem dieser %n Provider „%1“ ausgeführt, mit je einer generationsgeprüften Anfrage:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used, not sent: %1</source>
        <translation>Nicht verwendet, nicht gesendet: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Take the selected aggregates off the list</source>
        <translation>Die ausgewählten Aggregate von der Liste nehmen</translation>
    </message>
    <message>
        <source>Add what is typed (in the aggregate box); never applies</source>
        <translation>Das Eingegebene hinzufügen (im Aggregatfeld); wendet nie an</translation>
    </message>
    <message>
        <source>Aggregates in the change</source>
        <translation>Aggregate der Änderung</translation>
    </message>
    <message>
        <source>Providers and their changes</source>
        <translation>Provider und ihre Änderungen</translation>
    </message>
</context>
<context>
    <name>BulkOutcomeModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message numerus="yes">
        <source>Retrying after %n conflict(s)</source>
        <translation>
            <numerusform>Neuer Versuch nach %n Konflikt</numerusform>
            <numerusform>Neuer Versuch nach %n Konflikten</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n conflict(s)</source>
        <translation>
            <numerusform>Erledigt nach %n Konflikt</numerusform>
            <numerusform>Erledigt nach %n Konflikten</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Unchanged (already as intended)</source>
        <translation>Unverändert (bereits wie beabsichtigt)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled (not sent)</source>
        <translation>Abgebrochen (nicht gesendet)</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Generation %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s) finished: %2 done, %3 unchanged, %4 failed, %5 cancelled.</source>
        <translation>
            <numerusform>%1 von %n Provider abgeschlossen: %2 erledigt, %3 unverändert, %4 fehlgeschlagen, %5 abgebrochen.</numerusform>
            <numerusform>%1 von %n Providern abgeschlossen: %2 erledigt, %3 unverändert, %4 fehlgeschlagen, %5 abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no aggregates)</source>
        <translation>(keine Aggregate)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CloudResolver</name>
    <message>
        <source>cloud &quot;%1&quot;</source>
        <translation>Cloud „%1“</translation>
    </message>
    <message>
        <source>cloud &quot;%1&quot; in %2</source>
        <translation>Cloud „%1“ in %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;auth&quot; is not a mapping</source>
        <translation>„auth“ ist kein Mapping</translation>
    </message>
    <message>
        <source>environment (OS_*)</source>
        <translation>Umgebung (OS_*)</translation>
    </message>
    <message>
        <source>clouds.yaml: %1</source>
        <translation>clouds.yaml: %1</translation>
    </message>
    <message>
        <source>auth_type &quot;%1&quot; is not supported (use password, v3password, token, v3token, v3applicationcredential, admin_token, token_endpoint or none)</source>
        <translation>auth_type „%1“ wird nicht unterstützt (verwenden Sie password, v3password, token, v3token, v3applicationcredential, admin_token, token_endpoint oder none)</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is not public, internal or admin</source>
        <translation>interface „%1“ ist nicht public, internal oder admin</translation>
    </message>
    <message>
        <source>placement_api_version &quot;%1&quot; is not like 1.39</source>
        <translation>placement_api_version „%1“ hat nicht die Form 1.39</translation>
    </message>
</context>
<context>
    <name>CloudsConfig</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <source>%1: the top level is not a mapping</source>
        <translation>%1: die oberste Ebene ist kein Mapping</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; is not a mapping</source>
        <translation>%1: „clouds“ ist kein Mapping</translation>
    </message>
    <message>
        <source>no clouds.yaml was found</source>
        <translation>keine clouds.yaml gefunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>cloud &quot;%1&quot; is not defined (%2; clouds: %3)</source>
        <translation>Cloud „%1“ ist nicht definiert (%2; Clouds: %3)</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot; is not a mapping</source>
        <translation>%1: Cloud „%2“ ist kein Mapping</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Placement endpoint URL (standalone mode, no Keystone).</source>
        <translation>Placement-Endpunkt-URL (eigenständiger Modus, ohne Keystone).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Token sent as X-Auth-Token (for noauth2 servers: admin). Defaults to $OS_TOKEN.</source>
        <translation>Token, gesendet als X-Auth-Token (für noauth2-Server: admin). Standard: $OS_TOKEN.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Load every provider with its aggregates, write them to FILE (.json or .csv) and exit; no window.</source>
        <translation>Jeden Provider mit seinen Aggregaten laden, in DATEI (.json oder .csv) schreiben und beenden; kein Fenster.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Nova (compute) endpoint URL, e.g. http://controller:8774/v2.1, for aggregate names, hosts and drift. Keystone connections find it in the catalog.</source>
        <translation>Endpunkt-URL von Nova (compute), z. B. http://controller:8774/v2.1, für Aggregatnamen, Hosts und Abweichungen. Keystone-Verbindungen finden sie im Katalog.</translation>
    </message>
    <message>
        <source>Compare Nova&apos;s host aggregates with Placement&apos;s, write the drift to FILE (.json) and exit; no window. Exit code 0: no drift, 3: drift found.</source>
        <translation>Die Host-Aggregate von Nova mit denen von Placement vergleichen, die Abweichungen in DATEI (.json) schreiben und beenden; kein Fenster. Exit-Code 0: keine Abweichung, 3: Abweichung gefunden.</translation>
    </message>
    <message>
        <source>Add every compute node&apos;s provider to the placement aggregates of its host&apos;s Nova aggregates, like nova-manage placement sync_aggregates (adds only), print one line per change and exit.</source>
        <translation>Den Provider jedes Compute-Knotens zu den Placement-Aggregaten der Nova-Aggregate seines Hosts hinzufügen, wie nova-manage placement sync_aggregates (nur hinzufügen), eine Zeile pro Änderung ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --sync-aggregates: print what would change, change nothing.</source>
        <translation>Mit --sync-aggregates: ausgeben, was sich ändern würde, nichts ändern.</translation>
    </message>
    <message>
        <source>Connect to this cloud of clouds.yaml (like openstack --os-cloud). Defaults to $OS_CLOUD.</source>
        <translation>Mit dieser Cloud aus clouds.yaml verbinden (wie openstack --os-cloud). Standard: $OS_CLOUD.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Connect with this saved profile.</source>
        <translation>Mit diesem gespeicherten Profil verbinden.</translation>
    </message>
    <message>
        <source>Browse only: every action that writes to Placement is disabled.</source>
        <translation>Nur durchsuchen: Jede Aktion, die in Placement schreibt, ist deaktiviert.</translation>
    </message>
    <message>
        <source>With --export: when some providers&apos; aggregates cannot be read, write the file anyway, each failed row with its error (the exit code is still 4).</source>
        <translation>Mit --export: Wenn die Aggregate einiger Provider nicht gelesen werden können, die Datei trotzdem schreiben, jede fehlgeschlagene Zeile mit ihrem Fehler (der Exit-Code ist trotzdem 4).</translation>
    </message>
    <message>
        <source>Give up on a request that receives no data for this many seconds (default: %1).</source>
        <translation>Eine Anfrage aufgeben, die so viele Sekunden lang keine Daten erhält (Standard: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>--endpoint: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--endpoint: „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--export: %1</source>
        <translation>--export: %1</translation>
    </message>
    <message>
        <source>use only one of --export, --drift-report and --sync-aggregates</source>
        <translation>verwenden Sie nur eine der Optionen --export, --drift-report und --sync-aggregates</translation>
    </message>
    <message>
        <source>--drift-report: &quot;%1&quot; must end in .json</source>
        <translation>--drift-report: „%1“ muss auf .json enden</translation>
    </message>
    <message>
        <source>--dry-run only applies to --sync-aggregates</source>
        <translation>--dry-run gilt nur für --sync-aggregates</translation>
    </message>
    <message>
        <source>--compute-endpoint: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--compute-endpoint: „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--allow-partial only applies to --export</source>
        <translation>--allow-partial gilt nur für --export</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a whole number of seconds from 1 to %2</source>
        <translation>--timeout: „%1“ ist keine ganze Zahl von Sekunden zwischen 1 und %2</translation>
    </message>
    <message>
        <source>use only one of --cloud, --profile and --endpoint</source>
        <translation>verwenden Sie nur eine der Optionen --cloud, --profile und --endpoint</translation>
    </message>
    <message>
        <source>Browse OpenStack Placement resource providers and edit their aggregates safely.
Without --export it opens a window, which needs a display.

Exit codes:
  0  done; --export wrote its file completely
  1  connecting, listing providers or writing failed; no file was created or replaced
  2  the command line cannot be used, or the window was asked for without a display
  3  --drift-report found drift between Nova and Placement (the file lists it);
     --diff found differences (one line each)
  4  the aggregates of some providers could not be read: nothing written, or with
     --allow-partial a file whose failed rows carry the error; for --sync-aggregates:
     some providers could not be changed (each is named)</source>
        <translation>OpenStack-Placement-Ressourcenprovider durchsuchen und ihre Aggregate sicher bearbeiten.
Ohne --export wird ein Fenster geöffnet, das eine Anzeige (Display) benötigt.

Exit-Codes:
  0  erledigt; --export hat seine Datei vollständig geschrieben
  1  Verbinden, Auflisten der Provider oder Schreiben fehlgeschlagen; keine Datei wurde erstellt oder ersetzt
  2  die Befehlszeile ist nicht verwendbar, oder das Fenster wurde ohne Anzeige angefordert
  3  --drift-report hat Abweichungen zwischen Nova und Placement gefunden (die Datei listet sie auf);
     --diff hat Unterschiede gefunden (je eine Zeile)
  4  die Aggregate einiger Provider konnten nicht gelesen werden: nichts geschrieben, oder mit
     --allow-partial eine Datei, deren fehlgeschlagene Zeilen den Fehler enthalten; bei --sync-aggregates:
     einige Provider konnten nicht geändert werden (jeder wird genannt)</translation>
    </message>
    <message>
        <source>Compare the snapshot OLD (a JSON export) with the snapshot given as the next argument, or without one with the cloud now (connecting like --export), print one line per difference and exit; no window. Exit code 0: equal, 3: differences, 1: a snapshot or the cloud could not be read completely.</source>
        <translation>Den Snapshot OLD (einen JSON-Export) mit dem als nächstes Argument angegebenen Snapshot vergleichen, oder ohne diesen mit der Cloud jetzt (Verbindung wie bei --export), je Unterschied eine Zeile ausgeben und beenden; kein Fenster. Exit-Code 0: gleich, 3: Unterschiede, 1: ein Snapshot oder die Cloud konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>old.json</source>
        <translation>alt.json</translation>
    </message>
    <message>
        <source>--diff cannot be combined with --export, --drift-report or --sync-aggregates</source>
        <translation>--diff kann nicht mit --export, --drift-report oder --sync-aggregates kombiniert werden</translation>
    </message>
    <message>
        <source>--diff needs a snapshot file</source>
        <translation>--diff braucht eine Snapshot-Datei</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 changed on the server</source>
        <translation>%1 auf dem Server geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed %1 while you were editing.&lt;/b&gt; Nothing you entered is lost.</source>
        <translation>&lt;b&gt;Jemand anderes hat %1 geändert, während Sie bearbeitet haben.&lt;/b&gt; Nichts von Ihren Eingaben geht verloren.</translation>
    </message>
    <message>
        <source>The aggregates changed on the server: it added %1 and removed %2.</source>
        <translation>Die Aggregate wurden auf dem Server geändert: %1 hinzugefügt und %2 entfernt.</translation>
    </message>
    <message>
        <source>The aggregates on the server are unchanged: only the generation moved (from %1 to %2), because its traits, inventory or allocations changed. This is common on busy hosts; re-applying is safe.</source>
        <translation>Die Aggregate auf dem Server sind unverändert: Nur die Generation hat sich geändert (von %1 auf %2), weil sich Traits, Inventar oder Allokationen des Providers geändert haben. Das ist auf stark genutzten Hosts üblich; erneutes Anwenden ist sicher.</translation>
    </message>
    <message>
        <source>You started from (generation %1)</source>
        <translation>Ihr Ausgangsstand (Generation %1)</translation>
    </message>
    <message>
        <source>Server now (generation %1)</source>
        <translation>Server jetzt (Generation %1)</translation>
    </message>
    <message>
        <source>You want</source>
        <translation>Ihr gewünschter Stand</translation>
    </message>
    <message numerus="yes">
        <source>Re-applying saves the server&apos;s set plus your additions (%1) minus your removals (%2): %n aggregate(s): %3.</source>
        <translation>
            <numerusform>Erneutes Anwenden speichert die Aggregatmenge des Servers plus Ihre Hinzufügungen (%1) minus Ihre Entfernungen (%2): %n Aggregat: %3.</numerusform>
            <numerusform>Erneutes Anwenden speichert die Aggregatmenge des Servers plus Ihre Hinzufügungen (%1) minus Ihre Entfernungen (%2): %n Aggregate: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Re-apply My Changes</source>
        <translation>Meine Änderungen erneut &amp;anwenden</translation>
    </message>
    <message>
        <source>Save the merged set with the server&apos;s new generation</source>
        <translation>Die zusammengeführte Menge mit der neuen Generation des Servers speichern</translation>
    </message>
    <message>
        <source>Re&amp;load…</source>
        <translation>&amp;Neu laden…</translation>
    </message>
    <message>
        <source>Take the server&apos;s set and drop your changes (asks first)</source>
        <translation>Die Aggregatmenge des Servers übernehmen und Ihre Änderungen verwerfen (fragt vorher nach)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Go back to the editor with your changes carried onto the server&apos;s set; nothing is sent</source>
        <translation>Zurück zum Editor; Ihre Änderungen werden auf die Aggregatmenge des Servers übertragen, nichts wird gesendet</translation>
    </message>
    <message>
        <source>You have no pending changes; reloading shows the server&apos;s set.</source>
        <translation>Sie haben keine ausstehenden Änderungen; Neuladen zeigt die Aggregatmenge des Servers.</translation>
    </message>
    <message>
        <source>Reloading drops your changes: adding %1 and removing %2. The editor will show the server&apos;s set (generation %3).</source>
        <translation>Neuladen verwirft Ihre Änderungen: %1 hinzufügen und %2 entfernen. Der Editor zeigt dann die Aggregatmenge des Servers (Generation %3).</translation>
    </message>
    <message>
        <source>&amp;Drop My Changes</source>
        <translation>Meine Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>(no aggregates)</source>
        <translation>(keine Aggregate)</translation>
    </message>
</context>
<context>
    <name>ConnectionLauncher</name>
    <message>
        <source>no saved profile named &quot;%1&quot; in %2</source>
        <translation>kein gespeichertes Profil namens &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>No keyring service answered (%1). The secret is kept in memory for this session only.</source>
        <translation>Kein Schlüsselbund-Dienst hat geantwortet (%1). Das Geheimnis wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The keyring holds no %1 for this profile.</source>
        <translation>Der Schlüsselbund enthält kein %1 für dieses Profil.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>No secret given.</source>
        <translation>Kein Geheimnis angegeben.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>a profile has no name</source>
        <translation>ein Profil hat keinen Namen</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: unknown auth_type &quot;%2&quot;</source>
        <translation>Profil &quot;%1&quot;: unbekannter auth_type &quot;%2&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: placement_api_version &quot;%2&quot; is not like 1.39</source>
        <translation>Profil &quot;%1&quot;: placement_api_version &quot;%2&quot; hat nicht die Form 1.39</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: field &quot;%2&quot; has the wrong type</source>
        <translation>Profil &quot;%1&quot;: Feld &quot;%2&quot; hat den falschen Typ</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DataAgeLabel</name>
    <message>
        <source>When the providers on screen were last read completely, and when the window reads them again (View → Auto-Refresh). A refresh lists the providers and re-reads only those whose generation moved.</source>
        <translation>Wann die angezeigten Provider zuletzt vollständig gelesen wurden und wann das Fenster sie erneut liest (Ansicht → Automatisch aktualisieren). Eine Aktualisierung listet die Provider und liest nur die erneut, deren Generation sich bewegt hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Data from %1, %2 ago</source>
        <translation>Daten von %1, vor %2</translation>
    </message>
    <message>
        <source>auto-refresh off</source>
        <translation>automatische Aktualisierung aus</translation>
    </message>
    <message>
        <source>next try in %1 (backing off)</source>
        <translation>nächster Versuch in %1 (zurückhaltend)</translation>
    </message>
    <message>
        <source>refreshing every %1</source>
        <translation>Aktualisierung alle %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>inventories</source>
        <translation>Inventare</translation>
    </message>
    <message>
        <source>usages</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>allocations</source>
        <translation>Allokationen</translation>
    </message>
    <message>
        <source>not read (see below)</source>
        <translation>nicht gelesen (siehe unten)</translation>
    </message>
    <message>
        <source>Select a provider to see its details.</source>
        <translation>Wählen Sie einen Provider aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the UUID to the clipboard</source>
        <translation>Die UUID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generation:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Eltern:</translation>
    </message>
    <message>
        <source>Root:</source>
        <translation>Root-Provider:</translation>
    </message>
    <message>
        <source>Nova host:</source>
        <translation>Nova-Host:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>Compute service:</source>
        <translation>Compute-Dienst:</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>Inventories and usage</source>
        <translation>Inventare und Nutzung</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allokationen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(this provider)</source>
        <translation>(dieser Provider)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not a Nova compute node</source>
        <translation>kein Nova-Compute-Knoten</translation>
    </message>
    <message>
        <source>No Nova hypervisor has this provider&apos;s UUID (nested and sharing providers are not compute nodes)</source>
        <translation>Kein Nova-Hypervisor hat die UUID dieses Providers (verschachtelte und gemeinsam genutzte Provider sind keine Compute-Knoten)</translation>
    </message>
    <message>
        <source>Compute host %1, hypervisor %2</source>
        <translation>Compute-Host %1, Hypervisor %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The availability zone of the host&apos;s Nova aggregates; the scheduler finds the host there only while its provider is in the placement aggregate</source>
        <translation>Die Verfügbarkeitszone der Nova-Aggregate des Hosts; der Scheduler findet den Host dort nur, solange sein Provider im Placement-Aggregat ist</translation>
    </message>
    <message>
        <source>none (root provider)</source>
        <translation>keiner (Root-Provider)</translation>
    </message>
    <message>
        <source>Aggregates (read at generation %1)</source>
        <translation>Aggregate (gelesen bei Generation %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n consumer(s) with allocations</source>
        <translation>
            <numerusform>%n Consumer mit Allokationen</numerusform>
            <numerusform>%n Consumer mit Allokationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 lists the parts that failed (provider, aggregates, traits, …); %2 is the server&apos;s error</extracomment>
        <translation>Fehler beim Lesen von %1: %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 does not hold the aggregates of %n provider(s), nothing compared: %2</source>
        <translation>
            <numerusform>%1 enthält die Aggregate von %n Provider nicht, nichts verglichen: %2</numerusform>
            <numerusform>%1 enthält die Aggregate von %n Providern nicht, nichts verglichen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are equal (%n provider(s))</source>
        <translation>
            <numerusform>%1 und %2 sind gleich (%n Provider)</numerusform>
            <numerusform>%1 und %2 sind gleich (%n Provider)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation>
            <numerusform>%n Unterschied zwischen %1 und %2</numerusform>
            <numerusform>%n Unterschiede zwischen %1 und %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--diff with one snapshot compares it with the cloud and needs a connection: --cloud NAME, --profile NAME or --endpoint URL</source>
        <translation>--diff mit einem Snapshot vergleicht ihn mit der Cloud und braucht eine Verbindung: --cloud NAME, --profile NAME oder --endpoint URL</translation>
    </message>
    <message>
        <source>the cloud</source>
        <translation>die Cloud</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are not set, so the window cannot open; for a headless export use --export FILE</source>
        <translation>keine Anzeige: DISPLAY, WAYLAND_DISPLAY und QT_QPA_PLATFORM sind nicht gesetzt, daher kann das Fenster nicht geöffnet werden; für einen Export ohne Oberfläche --export DATEI verwenden</translation>
    </message>
</context>
<context>
    <name>DriftAnalysis</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Host %1 is in Nova aggregate %2, but its provider is not in the placement aggregate: placement-based scheduling for this aggregate (tenant isolation, isolating traits) misses it.</source>
        <translation>Host %1 ist im Nova-Aggregat %2, aber sein Provider ist nicht im Placement-Aggregat: Placement-basiertes Scheduling für dieses Aggregat (Mandantenisolation, isolierende Traits) übersieht ihn.</translation>
    </message>
    <message>
        <source>Host %1 is in Nova aggregate %2 (availability zone %3), but its provider is not in the placement aggregate: where zones are matched in Placement (the default from Nova 24, the only way from Nova 28), the scheduler never places instances asked for zone %3 on it.</source>
        <translation>Host %1 ist im Nova-Aggregat %2 (Verfügbarkeitszone %3), aber sein Provider ist nicht im Placement-Aggregat: Wo Zonen in Placement abgeglichen werden (Standard ab Nova 24, einzige Möglichkeit ab Nova 28), platziert der Scheduler Instanzen, die für Zone %3 angefordert werden, nie auf diesem Host.</translation>
    </message>
    <message>
        <source>Provider %1 is in the placement aggregate, but its host %2 is not in Nova aggregate %3: placement-based scheduling treats it as a member.</source>
        <translation>Provider %1 ist im Placement-Aggregat, aber sein Host %2 ist nicht im Nova-Aggregat %3: Placement-basiertes Scheduling behandelt ihn als Mitglied.</translation>
    </message>
    <message>
        <source>Provider %1 is in the placement aggregate, but its host %2 is not in Nova aggregate %3: where zones are matched in Placement, instances asked for zone %4 may land on it.</source>
        <translation>Provider %1 ist im Placement-Aggregat, aber sein Host %2 ist nicht im Nova-Aggregat %3: Wo Zonen in Placement abgeglichen werden, können Instanzen, die für Zone %4 angefordert werden, auf ihm landen.</translation>
    </message>
    <message>
        <source>Provider %1 is no compute node but a nested provider under compute node %2 (host %3). Nova only mirrors compute nodes; it was put in this aggregate by someone else.</source>
        <translation>Provider %1 ist kein Compute-Knoten, sondern ein verschachtelter Provider unter Compute-Knoten %2 (Host %3). Nova spiegelt nur Compute-Knoten; er wurde von jemand anderem in dieses Aggregat aufgenommen.</translation>
    </message>
    <message>
        <source>Provider %1 is no compute node in Nova: a sharing provider (shared storage, for example) or one made by hand. Nova never mirrors it; it may be in this aggregate on purpose, so remove it only if you know it should not be.</source>
        <translation>Provider %1 ist in Nova kein Compute-Knoten: ein gemeinsam genutzter Provider (zum Beispiel gemeinsamer Speicher) oder ein von Hand angelegter. Nova spiegelt ihn nie; er kann absichtlich in diesem Aggregat sein, entfernen Sie ihn also nur, wenn Sie wissen, dass er nicht hineingehört.</translation>
    </message>
    <message numerus="yes">
        <source>Placement aggregate unknown to Nova, with %n provider(s): %1. A Neutron routed network segment, a sharing provider&apos;s aggregate or one made by hand; information only.</source>
        <translation>
            <numerusform>Placement-Aggregat, das Nova nicht kennt, mit %n Provider: %1. Ein geroutetes Neutron-Netzwerksegment, das Aggregat eines gemeinsam genutzten Providers oder ein von Hand angelegtes; nur zur Information.</numerusform>
            <numerusform>Placement-Aggregat, das Nova nicht kennt, mit %n Providern: %1. Ein geroutetes Neutron-Netzwerksegment, das Aggregat eines gemeinsam genutzten Providers oder ein von Hand angelegtes; nur zur Information.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (aggregate %2)</source>
        <translation>%1 (Aggregat %2)</translation>
    </message>
    <message numerus="yes">
        <source>Host %1 is in %n availability zones: %2. An instance&apos;s zone is ambiguous on this host.</source>
        <translation>
            <numerusform>Host %1 ist in %n Verfügbarkeitszone: %2. Die Zone einer Instanz ist auf diesem Host mehrdeutig.</numerusform>
            <numerusform>Host %1 ist in %n Verfügbarkeitszonen: %2. Die Zone einer Instanz ist auf diesem Host mehrdeutig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The nova-compute service on %1 is disabled, but provider %2 lacks the COMPUTE_STATUS_DISABLED trait: the scheduler&apos;s placement prefilter does not skip it.</source>
        <translation>Der nova-compute-Dienst auf %1 ist deaktiviert, aber Provider %2 fehlt der Trait COMPUTE_STATUS_DISABLED: Der Placement-Vorfilter des Schedulers überspringt ihn nicht.</translation>
    </message>
    <message>
        <source>Provider %1 carries the COMPUTE_STATUS_DISABLED trait, but the nova-compute service on %2 is enabled: the scheduler&apos;s placement prefilter skips it, so it receives no new instances.</source>
        <translation>Provider %1 trägt den Trait COMPUTE_STATUS_DISABLED, aber der nova-compute-Dienst auf %2 ist aktiviert: Der Placement-Vorfilter des Schedulers überspringt ihn, daher erhält er keine neuen Instanzen.</translation>
    </message>
    <message>
        <source>%1 The service is down, so it cannot correct the trait itself.</source>
        <translation>%1 Der Dienst ist ausgefallen, daher kann er den Trait nicht selbst korrigieren.</translation>
    </message>
    <message>
        <source>%1 A running service corrects the trait at its next periodic resource update.</source>
        <translation>%1 Ein laufender Dienst korrigiert den Trait bei seiner nächsten periodischen Ressourcenaktualisierung.</translation>
    </message>
</context>
<context>
    <name>DriftModel</name>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Überzählig</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>Fremd</translation>
    </message>
    <message>
        <source>Unresolvable</source>
        <translation>Nicht auflösbar</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Inkonsistent</translation>
    </message>
    <message>
        <source>The host is in the Nova aggregate, its provider is not in the placement aggregate: the scheduler does not see it there (zone, tenant isolation, required traits). Repair adds it; ticked by default.</source>
        <translation>Der Host ist im Nova-Aggregat, sein Provider ist nicht im Placement-Aggregat: Der Scheduler sieht ihn dort nicht (Zone, Mandantenisolation, erforderliche Traits). Die Reparatur fügt ihn hinzu; standardmäßig angekreuzt.</translation>
    </message>
    <message>
        <source>The provider is in the placement aggregate of a Nova aggregate that does not list its host. Repair removes it only when you tick it.</source>
        <translation>Der Provider ist im Placement-Aggregat eines Nova-Aggregats, das seinen Host nicht aufführt. Die Reparatur entfernt ihn nur, wenn Sie ihn ankreuzen.</translation>
    </message>
    <message>
        <source>A placement aggregate Nova does not know (Neutron segments, sharing providers, manual ones): information only, never repaired.</source>
        <translation>Ein Placement-Aggregat, das Nova nicht kennt (Neutron-Segmente, gemeinsam genutzte Provider, manuell angelegte): nur zur Information, wird nie repariert.</translation>
    </message>
    <message>
        <source>A Nova host that cannot be mapped to one resource provider; the detail says why. Nothing to repair automatically.</source>
        <translation>Ein Nova-Host, der keinem einzelnen Ressourcenprovider zugeordnet werden kann; das Detail nennt den Grund. Nichts automatisch zu reparieren.</translation>
    </message>
    <message>
        <source>A host in two availability zones, or COMPUTE_STATUS_DISABLED disagreeing with the compute service. Nothing to repair automatically.</source>
        <translation>Ein Host in zwei Verfügbarkeitszonen oder COMPUTE_STATUS_DISABLED im Widerspruch zum Compute-Dienst. Nichts automatisch zu reparieren.</translation>
    </message>
    <message>
        <source>Tick the items to repair: missing ones are ticked, extra ones only when you tick them</source>
        <translation>Kreuzen Sie die zu reparierenden Einträge an: Fehlende sind angekreuzt, überzählige nur, wenn Sie sie ankreuzen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>Nova host</source>
        <translation>Nova-Host</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>DriftPage</name>
    <message>
        <source>Repair &amp;Ticked…</source>
        <translation>Angekreuzte &amp;reparieren…</translation>
    </message>
    <message>
        <source>C&amp;opy as Commands</source>
        <translation>Als Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>&amp;Erneut vergleichen</translation>
    </message>
    <message>
        <source>%1
Show only this class (several may be on; none shows all).</source>
        <translation>%1
Nur diese Klasse anzeigen (mehrere können aktiv sein; keine zeigt alle).</translation>
    </message>
    <message>
        <source>Filter by aggregate, host, provider or detail</source>
        <translation>Nach Aggregat, Host, Provider oder Detail filtern</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected rows; Return opens the provider</source>
        <translation>Leertaste kreuzt die ausgewählten Zeilen an oder ab; Eingabetaste öffnet den Provider</translation>
    </message>
    <message>
        <source>No drift: Nova&apos;s aggregates and Placement&apos;s agree.</source>
        <translation>Keine Abweichung: Die Aggregate von Nova und Placement stimmen überein.</translation>
    </message>
    <message>
        <source>Preview the repair of the ticked items; nothing is written before you apply it (Ctrl+Shift+D)</source>
        <translation>Vorschau der Reparatur der angekreuzten Einträge; nichts wird geschrieben, bevor Sie sie anwenden (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Copy `openstack resource provider aggregate set` commands for the ticked items, for a change ticket (Ctrl+Shift+K)</source>
        <translation>`openstack resource provider aggregate set`-Befehle für die angekreuzten Einträge kopieren, für ein Änderungsticket (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Read Nova and Placement&apos;s member lists again, without reloading the providers (Ctrl+Shift+N)</source>
        <translation>Die Mitgliederlisten von Nova und Placement erneut lesen, ohne die Provider neu zu laden (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>no drift between Nova and Placement (%n foreign aggregate(s), information only).</source>
        <translation>
            <numerusform>keine Abweichung zwischen Nova und Placement (%n fremdes Aggregat, nur zur Information).</numerusform>
            <numerusform>keine Abweichung zwischen Nova und Placement (%n fremde Aggregate, nur zur Information).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drift item(s) (foreign aggregates not counted).</source>
        <translation>
            <numerusform>%n Abweichung (fremde Aggregate nicht mitgezählt).</numerusform>
            <numerusform>%n Abweichungen (fremde Aggregate nicht mitgezählt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked for repair.</source>
        <translation>Nichts zur Reparatur angekreuzt.</translation>
    </message>
    <message>
        <source>Ticked for repair: %1 to add, %2 to remove.</source>
        <translation>Zur Reparatur angekreuzt: %1 hinzuzufügen, %2 zu entfernen.</translation>
    </message>
    <message>
        <source>Extra items are removed only when you tick them (Space).</source>
        <translation>Überzählige Einträge werden nur entfernt, wenn Sie sie ankreuzen (Leertaste).</translation>
    </message>
    <message numerus="yes">
        <source>Commands for %n item(s) copied.</source>
        <translation>
            <numerusform>Befehle für %n Eintrag kopiert.</numerusform>
            <numerusform>Befehle für %n Einträge kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate UUID</source>
        <translation>Aggregat-UUID</translation>
    </message>
    <message>
        <source>Provider UUID</source>
        <translation>Provider-UUID</translation>
    </message>
    <message>
        <source>Filter drift</source>
        <translation>Abweichungen filtern</translation>
    </message>
    <message>
        <source>Drift between Nova and Placement</source>
        <translation>Abweichungen zwischen Nova und Placement</translation>
    </message>
</context>
<context>
    <name>DriftRepairDialog</name>
    <message>
        <source>Copy as &amp;Commands</source>
        <translation>Als Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Remaining</source>
        <translation>&amp;Restliche abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Repair Drift between Nova and Placement</source>
        <translation>Abweichung zwischen Nova und Placement reparieren</translation>
    </message>
    <message>
        <source>Each provider is changed with a generation-checked write: a provider that changed meanwhile is read again and the same change applied to what it has now.</source>
        <translation>Jeder Provider wird mit einem generationsgeprüften Schreibvorgang geändert: Ein zwischenzeitlich geänderter Provider wird erneut gelesen und dieselbe Änderung auf seinen aktuellen Stand angewendet.</translation>
    </message>
    <message>
        <source>These changes bring Placement in line with Nova&apos;s host aggregates: %1 and %2, on %3. Nothing is written before you press Apply.</source>
        <translation>Diese Änderungen bringen Placement in Einklang mit den Host-Aggregaten von Nova: %1 und %2, für %3. Nichts wird geschrieben, bevor Sie auf „Übernehmen“ klicken.</translation>
    </message>
    <message numerus="yes">
        <source>%n addition(s)</source>
        <translation>
            <numerusform>%n Hinzufügung</numerusform>
            <numerusform>%n Hinzufügungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removal(s)</source>
        <translation>
            <numerusform>%n Entfernung</numerusform>
            <numerusform>%n Entfernungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Provider</numerusform>
            <numerusform>%n Provider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation>
            <numerusform>%n Änderung ü&amp;bernehmen</numerusform>
            <numerusform>%n Änderungen ü&amp;bernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing… %1</source>
        <translation>Reparatur läuft… %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Massenänderung rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the bulk edit (%1) takes back what it did on %n provider(s): what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</source>
        <translation>
            <numerusform>Das Rückgängigmachen der Massenänderung (%1) nimmt zurück, was sie an %n Provider getan hat: Was sie hinzugefügt hat, wird entfernt, was sie entfernt hat, wird wieder hinzugefügt, auf dem aktuellen Stand jedes Providers, sodass spätere Änderungen erhalten bleiben. Nichts wird geschrieben, bevor Sie auf Anwenden drücken.</numerusform>
            <numerusform>Das Rückgängigmachen der Massenänderung (%1) nimmt zurück, was sie an %n Providern getan hat: Was sie hinzugefügt hat, wird entfernt, was sie entfernt hat, wird wieder hinzugefügt, auf dem aktuellen Stand jedes Providers, sodass spätere Änderungen erhalten bleiben. Nichts wird geschrieben, bevor Sie auf Anwenden drücken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply Undo to %n Provider(s)</source>
        <translation>
            <numerusform>Rückgängig machen bei %n Provider ü&amp;bernehmen</numerusform>
            <numerusform>Rückgängig machen bei %n Providern ü&amp;bernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing… %1</source>
        <translation>Wird rückgängig gemacht… %1</translation>
    </message>
    <message>
        <source>Revert from the Journal</source>
        <translation>Aus dem Journal zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>Reverting the %1 takes back what it did on %n provider(s): what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</source>
        <translation>
            <numerusform>Die Rücknahme (%1) nimmt zurück, was sie an %n Provider getan hat: Hinzugefügtes wird entfernt, Entferntes wieder hinzugefügt, auf dem, was der Provider jetzt hat, sodass spätere Änderungen bleiben. Vor „Anwenden“ wird nichts geschrieben.</numerusform>
            <numerusform>Die Rücknahme (%1) nimmt zurück, was sie an %n Providern getan hat: Hinzugefügtes wird entfernt, Entferntes wieder hinzugefügt, auf dem, was jeder Provider jetzt hat, sodass spätere Änderungen bleiben. Vor „Anwenden“ wird nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply Revert to %n Provider(s)</source>
        <translation>
            <numerusform>Rücknahme bei %n Provider ü&amp;bernehmen</numerusform>
            <numerusform>Rücknahme bei %n Providern ü&amp;bernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>No drift between Nova and Placement.</source>
        <translation>Keine Abweichung zwischen Nova und Placement.</translation>
    </message>
    <message numerus="yes">
        <source>No drift between Nova and Placement; %n foreign aggregate(s) (information only).</source>
        <translation>
            <numerusform>Keine Abweichung zwischen Nova und Placement; %n fremdes Aggregat (nur zur Information).</numerusform>
            <numerusform>Keine Abweichung zwischen Nova und Placement; %n fremde Aggregate (nur zur Information).</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent.</source>
        <translation>Abweichungen: %1 fehlend, %2 überzählig, %3 nicht auflösbar, %4 inkonsistent.</translation>
    </message>
    <message numerus="yes">
        <source>Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent; %n foreign aggregate(s) (information only).</source>
        <translation>
            <numerusform>Abweichungen: %1 fehlend, %2 überzählig, %3 nicht auflösbar, %4 inkonsistent; %n fremdes Aggregat (nur zur Information).</numerusform>
            <numerusform>Abweichungen: %1 fehlend, %2 überzählig, %3 nicht auflösbar, %4 inkonsistent; %n fremde Aggregate (nur zur Information).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftScan</name>
    <message>
        <source>no Nova endpoint is configured</source>
        <translation>kein Nova-Endpunkt ist konfiguriert</translation>
    </message>
</context>
<context>
    <name>DriftScanError</name>
    <message>
        <source>Nova data absent: %1</source>
        <translation>Nova-Daten fehlen: %1</translation>
    </message>
    <message>
        <source>Placement&apos;s provider list could not be read: %1</source>
        <translation>Die Providerliste von Placement konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The members of aggregate %1 could not be read, so its drift is unknown: %2</source>
        <translation>Die Mitglieder von Aggregat %1 konnten nicht gelesen werden, daher ist seine Abweichung unbekannt: %2</translation>
    </message>
    <message>
        <source>The members of aggregate %1 (%2) could not be read, so its drift is unknown: %3</source>
        <translation>Die Mitglieder von Aggregat %1 (%2) konnten nicht gelesen werden, daher ist seine Abweichung unbekannt: %3</translation>
    </message>
    <message>
        <source>COMPUTE_STATUS_DISABLED was not checked: %1</source>
        <translation>COMPUTE_STATUS_DISABLED wurde nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Edit Aggregates…</source>
        <translation>Aggregate &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the current provider&apos;s aggregate set</source>
        <translation>Die Aggregatmenge des aktuellen Providers bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo Last Aggregate Change</source>
        <translation>Letzte Aggregatänderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Restore the current provider&apos;s set before its last change</source>
        <translation>Die Aggregatmenge des aktuellen Providers vor seiner letzten Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add Selected to Aggregate…</source>
        <translation>Ausgewählte zu Aggregat &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add every selected provider to aggregates</source>
        <translation>Alle ausgewählten Provider zu Aggregaten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Selected from Aggregate…</source>
        <translation>Ausgewählte aus Aggregat &amp;entfernen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Remove every selected provider from aggregates</source>
        <translation>Alle ausgewählten Provider aus Aggregaten entfernen</translation>
    </message>
    <message>
        <source>Re&amp;place Aggregates of Selected…</source>
        <translation>Aggregate der Ausgewählten er&amp;setzen…</translation>
    </message>
    <message>
        <source>Give every selected provider the same aggregate set</source>
        <translation>Allen ausgewählten Providern dieselbe Aggregatmenge geben</translation>
    </message>
    <message>
        <source>Re-apply Automatically When Only the &amp;Generation Moved</source>
        <translation>Automatisch erneut anwenden, wenn sich nur die &amp;Generation geändert hat</translation>
    </message>
    <message>
        <source>On a conflict where the aggregates on the server are unchanged, save again without asking (remembered per connection; each time is logged)</source>
        <translation>Bei einem Konflikt, bei dem die Aggregate auf dem Server unverändert sind, ohne Nachfrage erneut speichern (pro Verbindung gemerkt; jedes Mal wird protokolliert)</translation>
    </message>
    <message>
        <source>Read-only mode: every write action is disabled</source>
        <translation>Nur-Lese-Modus: Alle schreibenden Aktionen sind deaktiviert</translation>
    </message>
    <message>
        <source>Several Providers Selected</source>
        <translation>Mehrere Provider ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n providers are selected. The editor changes one provider: %1. To change all of them, use a bulk edit.</source>
        <translation>
            <numerusform>%n Provider ist ausgewählt. Der Editor ändert einen Provider: %1. Um alle zu ändern, verwenden Sie eine Massenbearbeitung.</numerusform>
            <numerusform>%n Provider sind ausgewählt. Der Editor ändert einen Provider: %1. Um alle zu ändern, verwenden Sie eine Massenbearbeitung.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Only %1</source>
        <translation>Nur %1 &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add All to Aggregate…</source>
        <translation>Alle zu Aggregat &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove All from Aggregate…</source>
        <translation>Alle aus Aggregat &amp;entfernen…</translation>
    </message>
    <message>
        <source>Read-only mode: aggregates cannot be changed in this window.</source>
        <translation>Nur-Lese-Modus: Aggregate können in diesem Fenster nicht geändert werden.</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <source>Undo a Bulk Edit?</source>
        <translation>Eine Massenänderung rückgängig machen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 was changed by the last bulk edit (%2), together with %n other provider(s). Undo the whole bulk edit, or only %1? Either way you see every change before anything is sent.</source>
        <translation>
            <numerusform>%1 wurde von der letzten Massenänderung (%2) geändert, zusammen mit %n weiteren Provider. Die ganze Massenänderung rückgängig machen oder nur %1? In beiden Fällen sehen Sie jede Änderung, bevor etwas gesendet wird.</numerusform>
            <numerusform>%1 wurde von der letzten Massenänderung (%2) geändert, zusammen mit %n weiteren Providern. Die ganze Massenänderung rückgängig machen oder nur %1? In beiden Fällen sehen Sie jede Änderung, bevor etwas gesendet wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the &amp;Whole Bulk Edit (%n Providers)…</source>
        <translation>
            <numerusform>Die &amp;ganze Massenänderung rückgängig machen (%n Provider)…</numerusform>
            <numerusform>Die &amp;ganze Massenänderung rückgängig machen (%n Provider)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Only %1…</source>
        <translation>&amp;Nur %1 rückgängig machen…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--export needs a connection: --cloud NAME, --profile NAME or --endpoint URL</source>
        <translation>--export braucht eine Verbindung: --cloud NAME, --profile NAME oder --endpoint URL</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>cannot list providers, nothing written: %1</source>
        <translation>Provider können nicht aufgelistet werden, nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1, nothing written: %2</source>
        <translation>keine Verbindung zu %1 möglich, nichts geschrieben: %2</translation>
    </message>
    <message>
        <source>the export was cancelled, nothing written</source>
        <translation>der Export wurde abgebrochen, nichts geschrieben</translation>
    </message>
    <message>
        <source>the provider list could not be read, nothing written</source>
        <translation>die Providerliste konnte nicht gelesen werden, nichts geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>the aggregates of %n provider(s) could not be read, nothing written (--allow-partial writes the file with each failed row&apos;s error): %1</source>
        <translation>
            <numerusform>die Aggregate von %n Provider konnten nicht gelesen werden, nichts geschrieben (--allow-partial schreibt die Datei mit dem Fehler jeder fehlgeschlagenen Zeile): %1</numerusform>
            <numerusform>die Aggregate von %n Providern konnten nicht gelesen werden, nichts geschrieben (--allow-partial schreibt die Datei mit dem Fehler jeder fehlgeschlagenen Zeile): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written: %1</source>
        <translation>nichts geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 written partially: the aggregates of %n provider(s) could not be read and their rows carry the error: %2</source>
        <translation>
            <numerusform>%1 teilweise geschrieben: Die Aggregate von %n Provider konnten nicht gelesen werden, und seine Zeile enthält den Fehler: %2</numerusform>
            <numerusform>%1 teilweise geschrieben: Die Aggregate von %n Providern konnten nicht gelesen werden, und ihre Zeilen enthalten den Fehler: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) written to %1</source>
        <translation>
            <numerusform>%n Provider in %1 geschrieben</numerusform>
            <numerusform>%n Provider in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; und %n weiterer</numerusform>
            <numerusform>%1; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot list providers, nothing compared: %1</source>
        <translation>Provider können nicht aufgelistet werden, nichts verglichen: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1, nothing compared: %2</source>
        <translation>keine Verbindung zu %1, nichts verglichen: %2</translation>
    </message>
</context>
<context>
    <name>HostResolver</name>
    <message>
        <source>Host %1 has no compute node in Nova (no hypervisor names it as its service host), so Nova cannot mirror it into Placement.</source>
        <translation>Host %1 hat keinen Compute-Knoten in Nova (kein Hypervisor nennt ihn als seinen Service-Host), daher kann Nova ihn nicht in Placement spiegeln.</translation>
    </message>
    <message numerus="yes">
        <source>Host %1 has %n compute nodes. Nova mirrors only the first, %2, into Placement; left out: %3. nova-manage placement sync_aggregates refuses such a host.</source>
        <translation>
            <numerusform>Host %1 hat %n Compute-Knoten. Nova spiegelt nur den ersten, %2, in Placement; ausgelassen: %3. nova-manage placement sync_aggregates lehnt einen solchen Host ab.</numerusform>
            <numerusform>Host %1 hat %n Compute-Knoten. Nova spiegelt nur den ersten, %2, in Placement; ausgelassen: %3. nova-manage placement sync_aggregates lehnt einen solchen Host ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource provider is named %1, the compute node of host %2. Provider %3 has the node&apos;s UUID but is named %4: Nova&apos;s add_host looks the provider up by name and skips the mirror with only a warning in its log, while nova-manage placement sync_aggregates would use the UUID.</source>
        <translation>Kein Ressourcenprovider trägt den Namen %1, den Namen des Compute-Knotens von Host %2. Provider %3 hat die UUID des Knotens, heißt aber %4: add_host von Nova sucht den Provider über den Namen und überspringt die Spiegelung mit nur einer Warnung in seinem Log, während nova-manage placement sync_aggregates die UUID verwenden würde.</translation>
    </message>
    <message>
        <source>No resource provider is named %1, the compute node of host %2, and none has its UUID %3: Nova skips the mirror with only a warning in its log.</source>
        <translation>Kein Ressourcenprovider trägt den Namen %1, den Namen des Compute-Knotens von Host %2, und keiner hat dessen UUID %3: Nova überspringt die Spiegelung mit nur einer Warnung in seinem Log.</translation>
    </message>
    <message>
        <source>Provider %1 is named like compute node %2 of host %3, but the node&apos;s UUID is %4. Nova&apos;s add_host mirrors into the provider with that name, nova-manage placement sync_aggregates into the one with the node&apos;s UUID: find out which provider is stale before repairing.</source>
        <translation>Provider %1 ist wie Compute-Knoten %2 von Host %3 benannt, aber die UUID des Knotens ist %4. add_host von Nova spiegelt in den Provider mit diesem Namen, nova-manage placement sync_aggregates in den mit der UUID des Knotens: Finden Sie vor der Reparatur heraus, welcher Provider veraltet ist.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>no complete answer within %1 s; the server kept sending slowly</source>
        <translation>keine vollständige Antwort innerhalb von %1 s; der Server sendete nur langsam weiter</translation>
    </message>
    <message>
        <source>no answer within %1 s, the limit for a whole request</source>
        <translation>keine Antwort innerhalb von %1 s, der Grenze für eine ganze Anfrage</translation>
    </message>
    <message>
        <source>the answer is larger than %1 (it says %2); refused</source>
        <translation>die Antwort ist größer als %1 (angekündigt: %2); abgelehnt</translation>
    </message>
    <message>
        <source>the answer is larger than %1; refused</source>
        <translation>die Antwort ist größer als %1; abgelehnt</translation>
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Revert this Change…</source>
        <translation>Diese Änderung &amp;zurücknehmen…</translation>
    </message>
    <message>
        <source>Revert the Whole &amp;Batch…</source>
        <translation>Den ganzen &amp;Stapel zurücknehmen…</translation>
    </message>
    <message>
        <source>Copy as Co&amp;mmand</source>
        <translation>Als &amp;Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy Request &amp;ID</source>
        <translation>Request-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Filter by provider, UUID, aggregate, request id or reason</source>
        <translation>Nach Provider, UUID, Aggregat, Request-ID oder Grund filtern</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Journal filtern</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>Take back what this write did, on top of what the provider has now; previewed first, nothing is sent before Apply</source>
        <translation>Zurücknehmen, was dieser Schreibvorgang getan hat, auf dem, was der Provider jetzt hat; zuerst eine Vorschau, vor „Anwenden“ wird nichts gesendet</translation>
    </message>
    <message>
        <source>Take back what every provider of this bulk edit, repair or undo got</source>
        <translation>Zurücknehmen, was jeder Provider dieser Massenbearbeitung, Reparatur oder Rücknahme erhalten hat</translation>
    </message>
    <message>
        <source>Copy the openstack command that sends the same request</source>
        <translation>Den openstack-Befehl kopieren, der dieselbe Anfrage sendet</translation>
    </message>
    <message>
        <source>Copy the server&apos;s request id of this write, for its logs</source>
        <translation>Die Request-ID des Servers für diesen Schreibvorgang kopieren, für seine Logs</translation>
    </message>
    <message>
        <source>The journal file could not be read: %1</source>
        <translation>Die Journaldatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unreadable line(s) of %1 (line %2); every other entry is shown.</source>
        <translation>
            <numerusform>%n unlesbare Zeile von %1 übersprungen (Zeile %2); alle anderen Einträge werden gezeigt.</numerusform>
            <numerusform>%n unlesbare Zeilen von %1 übersprungen (Zeile %2); alle anderen Einträge werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Made through Nova: take it back in the aggregate editor (Return on the provider), which saves through Nova again; a Placement write here would leave Nova and Placement disagreeing</source>
        <translation>Über Nova vorgenommen: im Aggregat-Editor zurücknehmen (Eingabetaste auf dem Provider), der wieder über Nova speichert; ein Placement-Schreibvorgang hier ließe Nova und Placement uneins</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>Drift repair</source>
        <translation>Abweichungsreparatur</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücknahme</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n conflict(s)</source>
        <translation>
            <numerusform>Erledigt nach %n Konflikt</numerusform>
            <numerusform>Erledigt nach %n Konflikten</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>unbekannte Formatversion %1</translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation>keine gültige Zeit</translation>
    </message>
    <message>
        <source>no provider UUID</source>
        <translation>keine Provider-UUID</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>unbekanntes Ergebnis „%1“</translation>
    </message>
    <message>
        <source>Through Nova</source>
        <translation>Über Nova</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(not changed)</source>
        <translation>(nicht geändert)</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(keine Änderung)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request-ID</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>KeystoneCatalog</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>The token has no service catalog: scope it to a project, domain or system.</source>
        <translation>Das Token hat keinen Servicekatalog: Binden Sie es an einen Scope (Projekt, Domäne oder System).</translation>
    </message>
    <message>
        <source>The service catalog has no &quot;%1&quot; service (it lists: %2).</source>
        <translation>Der Servicekatalog hat keinen Dienst &quot;%1&quot; (er enthält: %2).</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>irgendeiner Region</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>The catalog has no %1 endpoint of &quot;%2&quot; in %3 (it has: %4).</source>
        <translation>Der Katalog hat keinen %1-Endpunkt von &quot;%2&quot; in %3 (vorhanden: %4).</translation>
    </message>
</context>
<context>
    <name>KeystoneToken</name>
    <message>
        <source>Keystone sent no X-Subject-Token.</source>
        <translation>Keystone hat kein X-Subject-Token gesendet.</translation>
    </message>
    <message>
        <source>Keystone&apos;s token document is not JSON.</source>
        <translation>Das Token-Dokument von Keystone ist kein JSON.</translation>
    </message>
    <message>
        <source>Keystone&apos;s token has no valid expires_at.</source>
        <translation>Das Token von Keystone hat kein gültiges expires_at.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>S&amp;ystemstandard</translation>
    </message>
</context>
<context>
    <name>LoadStatusBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Load the providers again (F5)</source>
        <translation>Die Provider erneut laden (F5)</translation>
    </message>
    <message>
        <source>Showing data from %1. The refresh at %2 failed: %3</source>
        <translation>Angezeigt werden Daten von %1. Die Aktualisierung um %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>No data: loading at %1 failed: %2</source>
        <translation>Keine Daten: Laden um %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loaded at %1, but %n provider(s) could not be read completely (first: %2). Their rows say what is missing.</source>
        <translation>
            <numerusform>Geladen um %1, aber %n Provider konnte nicht vollständig gelesen werden (erster Fehler: %2). Seine Zeile zeigt, was fehlt.</numerusform>
            <numerusform>Geladen um %1, aber %n Provider konnten nicht vollständig gelesen werden (erster Fehler: %2). Ihre Zeilen zeigen, was fehlt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was stopped at %1: some providers are not fully loaded.</source>
        <translation>Das Laden wurde um %1 angehalten: Einige Provider sind nicht vollständig geladen.</translation>
    </message>
    <message>
        <source>&amp;Load the Rest</source>
        <translation>&amp;Rest laden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Placement Inspector</source>
        <translation>Placement Inspector</translation>
    </message>
    <message>
        <source>Stop loading (Esc); what is loaded stays</source>
        <translation>Laden stoppen (Esc); bereits Geladenes bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>A&amp;ggregates</source>
        <translation>A&amp;ggregate</translation>
    </message>
    <message>
        <source>Nova vs Place&amp;ment</source>
        <translation>Nova vs. Place&amp;ment</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Abweichungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export View as &amp;CSV…</source>
        <translation>Ansicht als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the providers shown, with the visible columns, to a CSV file</source>
        <translation>Die angezeigten Provider mit den sichtbaren Spalten in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Export View as &amp;JSON…</source>
        <translation>Ansicht als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Write the providers shown, with the visible columns, to a JSON file</source>
        <translation>Die angezeigten Provider mit den sichtbaren Spalten in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Add, edit, test and connect saved profiles</source>
        <translation>Gespeicherte Profile hinzufügen, bearbeiten, testen und damit verbinden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the current provider&apos;s UUID</source>
        <translation>Die UUID des aktuellen Providers kopieren</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>Filter the loaded providers by name, UUID, aggregate or label</source>
        <translation>Die geladenen Provider nach Name, UUID, Aggregat oder Bezeichnung filtern</translation>
    </message>
    <message>
        <source>&amp;Server Filter…</source>
        <translation>Se&amp;rverfilter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Let Placement filter by aggregates, tree, traits and resources</source>
        <translation>Placement nach Aggregaten, Baum, Traits und Ressourcen filtern lassen</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>&amp;Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Clear the quick filter and the server filter</source>
        <translation>Schnellfilter und Serverfilter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reload providers; only what changed is fetched again</source>
        <translation>Provider neu laden; nur Geändertes wird erneut abgerufen</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays</source>
        <translation>Laden stoppen; bereits Geladenes bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Auto-Refresh</source>
        <translation>A&amp;utomatische Aktualisierung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>&amp;Tree View</source>
        <translation>&amp;Baumansicht</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show nested providers as a tree instead of a flat table</source>
        <translation>Verschachtelte Provider als Baum statt als flache Tabelle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Providers Tab</source>
        <translation>Tab &amp;Provider</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the providers</source>
        <translation>Die Provider anzeigen</translation>
    </message>
    <message>
        <source>A&amp;ggregates Tab</source>
        <translation>Tab A&amp;ggregate</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show aggregates, their labels and members</source>
        <translation>Aggregate mit ihren Bezeichnungen und Mitgliedern anzeigen</translation>
    </message>
    <message>
        <source>&amp;Nova vs Placement Tab</source>
        <translation>Tab &amp;Nova vs. Placement</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Show every aggregate with Nova&apos;s hosts and Placement&apos;s members side by side</source>
        <translation>Jedes Aggregat mit den Hosts in Nova und den Mitgliedern in Placement nebeneinander anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Show where Nova and Placement disagree</source>
        <translation>Anzeigen, wo Nova und Placement voneinander abweichen</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>Anfrageproto&amp;koll</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Nova</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>&amp;Erneut vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Read Nova and Placement&apos;s member lists again, without reloading the providers</source>
        <translation>Die Mitgliederlisten von Nova und Placement erneut lesen, ohne die Provider neu zu laden</translation>
    </message>
    <message>
        <source>&amp;Repair Ticked Drift…</source>
        <translation>Angekreuzte Abweichungen &amp;reparieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Preview the repair of the ticked drift items; nothing is written before Apply</source>
        <translation>Vorschau der Reparatur der angekreuzten Abweichungen; vor dem Übernehmen wird nichts geschrieben</translation>
    </message>
    <message>
        <source>Copy Repair as &amp;Commands</source>
        <translation>Reparatur als &amp;Befehle kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Copy `openstack` commands for the ticked drift items, for a change ticket</source>
        <translation>`openstack`-Befehle für die angekreuzten Abweichungen kopieren, für ein Change-Ticket</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About Placement Inspector</source>
        <translation>Ü&amp;ber Placement Inspector</translation>
    </message>
    <message>
        <source>About Placement Inspector</source>
        <translation>Über Placement Inspector</translation>
    </message>
    <message>
        <source>&lt;b&gt;Placement Inspector&lt;/b&gt; %1&lt;br&gt;Browse OpenStack Placement resource providers, their trees and aggregates.</source>
        <translation>&lt;b&gt;Placement Inspector&lt;/b&gt; %1&lt;br&gt;Ressourcenprovider von OpenStack Placement, ihre Bäume und Aggregate durchsuchen.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>This server speaks microversion %1 at most; safe aggregate edits need 1.19 (generation-checked writes), so editing is disabled.</source>
        <translation>Dieser Server unterstützt höchstens Microversion %1; sichere Aggregatänderungen benötigen 1.19 (Schreibvorgänge mit Generationsprüfung), daher ist das Bearbeiten deaktiviert.</translation>
    </message>
    <message>
        <source>Placement Inspector (read-only)</source>
        <translation>Placement Inspector (Nur-Lese-Modus)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>Provider %1 is not in the current view (filtered out or not loaded).</source>
        <translation>Provider %1 ist nicht in der aktuellen Ansicht (herausgefiltert oder nicht geladen).</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>Copy UU&amp;ID</source>
        <translation>&amp;UUID kopieren</translation>
    </message>
    <message>
        <source>Dr&amp;ift Tab</source>
        <translation>Tab Ab&amp;weichungen</translation>
    </message>
    <message>
        <source>⚠ TLS not verified</source>
        <translation>⚠ TLS nicht geprüft</translation>
    </message>
    <message>
        <source>This connection does not verify the server&apos;s TLS certificate (its profile turns verification off): anyone on the network path could read or change what is sent, the token included. Give the profile a CA file and turn verification on.</source>
        <translation>Diese Verbindung prüft das TLS-Zertifikat des Servers nicht (ihr Profil schaltet die Prüfung ab): Jeder auf dem Netzwerkpfad könnte mitlesen oder verändern, was gesendet wird, auch das Token. Geben Sie dem Profil eine CA-Datei und schalten Sie die Prüfung ein.</translation>
    </message>
    <message numerus="yes">
        <source>aggregates: %1 of %n provider(s)</source>
        <translation>
            <numerusform>Aggregate: %1 von %n Provider</numerusform>
            <numerusform>Aggregate: %1 von %n Providern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>capacity and usage: %1 of %n provider(s)</source>
        <translation>
            <numerusform>Kapazität und Nutzung: %1 von %n Provider</numerusform>
            <numerusform>Kapazität und Nutzung: %1 von %n Providern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Full &amp;UUIDs</source>
        <translation>Vollständige UU&amp;IDs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Show whole UUIDs in the UUID and aggregates columns</source>
        <translation>Ganze UUIDs in den Spalten UUID und Aggregate zeigen</translation>
    </message>
    <message>
        <source>Snapshot Comparison</source>
        <translation>Snapshot-Vergleich</translation>
    </message>
    <message>
        <source>Compare with &amp;Snapshot…</source>
        <translation>Mit &amp;Snapshot vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Load a JSON export and show what differs from the cloud now</source>
        <translation>Einen JSON-Export laden und zeigen, was sich von der Cloud jetzt unterscheidet</translation>
    </message>
    <message>
        <source>Fit &amp;Columns to Window</source>
        <translation>Spalten an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Size the columns from their content and the window&apos;s width, and keep them fitted until you drag a column edge</source>
        <translation>Die Spaltenbreiten aus Inhalt und Fensterbreite bestimmen und angepasst halten, bis Sie eine Spaltenkante ziehen</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
</context>
<context>
    <name>NovaClient</name>
    <message>
        <source>not connected to Nova: its microversion has not been negotiated</source>
        <translation>nicht mit Nova verbunden: die Microversion wurde nicht ausgehandelt</translation>
    </message>
    <message>
        <source>Nova offers microversions %1 to %2; this app needs %3 or newer (Nova 16, Pike)</source>
        <translation>Nova bietet Microversionen %1 bis %2; diese Anwendung benötigt %3 oder neuer (Nova 16, Pike)</translation>
    </message>
    <message>
        <source>Nova offers microversions %1 to %2; this app knows %3 to %4</source>
        <translation>Nova bietet Microversionen %1 bis %2; diese Anwendung kennt %3 bis %4</translation>
    </message>
    <message>
        <source>Nova&apos;s hypervisor pages do not end: page %1 links to marker %2 again</source>
        <translation>Die Hypervisor-Seiten von Nova enden nicht: Seite %1 verweist erneut auf Marker %2</translation>
    </message>
    <message>
        <source>no Nova aggregate id given</source>
        <translation>keine Nova-Aggregat-ID angegeben</translation>
    </message>
    <message>
        <source>no compute host name given</source>
        <translation>kein Compute-Hostname angegeben</translation>
    </message>
</context>
<context>
    <name>NovaCommand</name>
    <message>
        <source>%1 was not written: the report would be incomplete.</source>
        <translation>%1 wurde nicht geschrieben: der Bericht wäre unvollständig.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1 geschrieben.</numerusform>
            <numerusform>%n Einträge in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>not synced: host %1: %2</source>
        <translation>nicht synchronisiert: Host %1: %2</translation>
    </message>
    <message>
        <source>Nothing to add: every compute node&apos;s provider is in its host&apos;s aggregates.</source>
        <translation>Nichts hinzuzufügen: der Provider jedes Compute-Knotens ist in den Aggregaten seines Hosts.</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>würde %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>added %1 to %2</source>
        <translation>%1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>already there: %1 in %2 (added meanwhile)</source>
        <translation>bereits vorhanden: %1 in %2 (zwischenzeitlich hinzugefügt)</translation>
    </message>
    <message>
        <source>FAILED to add %1 to %2: %3</source>
        <translation>Hinzufügen von %1 zu %2 FEHLGESCHLAGEN: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be changed.</source>
        <translation>
            <numerusform>%n Provider konnte nicht geändert werden.</numerusform>
            <numerusform>%n Provider konnten nicht geändert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed.</source>
        <translation>
            <numerusform>%n Provider geändert.</numerusform>
            <numerusform>%n Provider geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a connection: --cloud NAME, --profile NAME or --endpoint URL with --compute-endpoint URL</source>
        <translation>%1 benötigt eine Verbindung: --cloud NAME, --profile NAME oder --endpoint URL mit --compute-endpoint URL</translation>
    </message>
    <message>
        <source>%1 needs Nova: with --endpoint, give --compute-endpoint URL too</source>
        <translation>%1 benötigt Nova: geben Sie mit --endpoint auch --compute-endpoint URL an</translation>
    </message>
    <message>
        <source>the scan failed</source>
        <translation>der Scan ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 needs Nova, and %2; give --compute-endpoint URL</source>
        <translation>%1 benötigt Nova, und %2; geben Sie --compute-endpoint URL an</translation>
    </message>
    <message>
        <source>Placement at %1: %2</source>
        <translation>Placement unter %1: %2</translation>
    </message>
</context>
<context>
    <name>NovaController</name>
    <message>
        <source>no compute endpoint is set for this connection</source>
        <translation>für diese Verbindung ist kein Compute-Endpunkt gesetzt</translation>
    </message>
    <message>
        <source>Nova could not be read</source>
        <translation>Nova konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>NovaMembershipEdit</name>
    <message>
        <source>Nova did not add host %1 to aggregate %2: %3</source>
        <translation>Nova hat Host %1 nicht zu Aggregat %2 hinzugefügt: %3</translation>
    </message>
    <message>
        <source>Nova did not remove host %1 from aggregate %2: %3</source>
        <translation>Nova hat Host %1 nicht aus Aggregat %2 entfernt: %3</translation>
    </message>
    <message>
        <source>%1 Nova may have saved it before failing; Nova is read again, the drift view shows what it holds.</source>
        <translation>%1 Nova hat die Änderung möglicherweise vor dem Fehlschlag gespeichert; Nova wird erneut gelesen, die Abweichungsansicht zeigt den Stand in Nova.</translation>
    </message>
    <message>
        <source>Placement&apos;s set of this provider, read afterwards, contains %1 all the same (generation %2).</source>
        <translation>Die danach gelesene Aggregatmenge dieses Providers in Placement enthält %1 trotzdem (Generation %2).</translation>
    </message>
    <message>
        <source>Placement&apos;s set of this provider, read afterwards, no longer contains %1 all the same (generation %2): Nova removes it from Placement before it checks its own host list.</source>
        <translation>Die danach gelesene Aggregatmenge dieses Providers in Placement enthält %1 trotzdem nicht mehr (Generation %2): Nova entfernt es aus Placement, bevor Nova die eigene Host-Liste prüft.</translation>
    </message>
    <message>
        <source>Nova saved host %1 in aggregate %2 but did not mirror it into Placement: Placement&apos;s set of this provider, read after Nova answered 200, does not contain %3 (generation %4).</source>
        <translation>Nova hat Host %1 in Aggregat %2 gespeichert, die Änderung aber nicht in Placement gespiegelt: Die nach der Antwort 200 von Nova gelesene Aggregatmenge dieses Providers in Placement enthält %3 nicht (Generation %4).</translation>
    </message>
    <message>
        <source>Nova removed host %1 from aggregate %2 but did not mirror it into Placement: Placement&apos;s set of this provider, read after Nova answered 200, still contains %3 (generation %4).</source>
        <translation>Nova hat Host %1 aus Aggregat %2 entfernt, die Änderung aber nicht in Placement gespiegelt: Die nach der Antwort 200 von Nova gelesene Aggregatmenge dieses Providers in Placement enthält %3 weiterhin (Generation %4).</translation>
    </message>
    <message>
        <source>Nova saved host %1 in aggregate %2; whether it mirrored it into Placement is unknown: reading the provider&apos;s aggregates failed: %3</source>
        <translation>Nova hat Host %1 in Aggregat %2 gespeichert; ob Nova die Änderung in Placement gespiegelt hat, ist unbekannt: das Lesen der Aggregate des Providers ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Nova removed host %1 from aggregate %2; whether it mirrored it into Placement is unknown: reading the provider&apos;s aggregates failed: %3</source>
        <translation>Nova hat Host %1 aus Aggregat %2 entfernt; ob Nova die Änderung in Placement gespiegelt hat, ist unbekannt: das Lesen der Aggregate des Providers ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Not sent: adding host %1 to aggregate %2 (an earlier step failed).</source>
        <translation>Nicht gesendet: Hinzufügen von Host %1 zu Aggregat %2 (ein früherer Schritt ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Not sent: removing host %1 from aggregate %2 (an earlier step failed).</source>
        <translation>Nicht gesendet: Entfernen von Host %1 aus Aggregat %2 (ein früherer Schritt ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Through Nova: host %1 added to %2.</source>
        <translation>Über Nova: Host %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Through Nova: host %1 removed from %2.</source>
        <translation>Über Nova: Host %1 aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Through Nova: host %1 added to %2, removed from %3.</source>
        <translation>Über Nova: Host %1 zu %2 hinzugefügt, aus %3 entfernt.</translation>
    </message>
</context>
<context>
    <name>NovaOverlay</name>
    <message>
        <source>No Nova data: %1. Aggregates show without Nova names and zones.</source>
        <translation>Keine Nova-Daten: %1. Aggregate werden ohne Nova-Namen und -Zonen angezeigt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>AZ %1</source>
        <translation>AZ %1</translation>
    </message>
    <message>
        <source>tenant-isolated: %1</source>
        <translation>mandantenisoliert: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>erfordert %1</translation>
    </message>
    <message>
        <source>not a Nova aggregate</source>
        <translation>kein Nova-Aggregat</translation>
    </message>
    <message>
        <source>unnamed Nova aggregate</source>
        <translation>unbenanntes Nova-Aggregat</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>disabled (%1)</source>
        <translation>deaktiviert (%1)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>forced down</source>
        <translation>zwangsweise ausgefallen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>NovaRouteChoice</name>
    <message>
        <source>Through &amp;Nova (add_host/remove_host: keeps Nova and Placement in sync)</source>
        <translation>Über &amp;Nova (add_host/remove_host: hält Nova und Placement synchron)</translation>
    </message>
    <message>
        <source>&amp;Placement only</source>
        <translation>Nur &amp;Placement</translation>
    </message>
    <message>
        <source>Save Through Nova?</source>
        <translation>Über Nova speichern?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is Nova compute host %2. Saving this edit changes its Nova host aggregates:</source>
        <translation>%1 ist der Nova-Compute-Host %2. Das Speichern dieser Änderung ändert seine Host-Aggregate in Nova:</translation>
    </message>
    <message>
        <source>joins %1</source>
        <translation>tritt %1 bei</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>verlässt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other aggregate(s) that Nova does not manage are saved in Placement either way, after the Nova part.</source>
        <translation>
            <numerusform>%n weiteres Aggregat, das Nova nicht verwaltet, wird in jedem Fall nach dem Nova-Teil in Placement gespeichert.</numerusform>
            <numerusform>%n weitere Aggregate, die Nova nicht verwaltet, werden in jedem Fall nach dem Nova-Teil in Placement gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nova will not know that host %1 is in %2: the drift view will report it as extra.</source>
        <translation>Nova wird nicht wissen, dass Host %1 in %2 ist: die Abweichungsansicht wird ihn als zusätzlich melden.</translation>
    </message>
    <message>
        <source>Nova will still list host %1 in %2: the drift view will report it as missing.</source>
        <translation>Nova wird Host %1 weiterhin in %2 auflisten: die Abweichungsansicht wird ihn als fehlend melden.</translation>
    </message>
    <message>
        <source>Nova&apos;s scheduler rules for these aggregates (availability zone, tenant isolation, required traits) will differ between Nova and Placement until both sides agree again.</source>
        <translation>Die Scheduler-Regeln von Nova für diese Aggregate (Verfügbarkeitszone, Mandantenisolation, erforderliche Traits) unterscheiden sich zwischen Nova und Placement, bis beide Seiten wieder übereinstimmen.</translation>
    </message>
    <message>
        <source>Placement only creates drift Nova does not know about. %1</source>
        <translation>„Nur Placement“ erzeugt Abweichungen, von denen Nova nichts weiß. %1</translation>
    </message>
    <message>
        <source>Nova adds or removes the host and mirrors the change into Placement; the app then reads Placement to check that the mirror happened.</source>
        <translation>Nova fügt den Host hinzu oder entfernt ihn und spiegelt die Änderung in Placement; die Anwendung liest danach Placement, um zu prüfen, ob die Spiegelung erfolgt ist.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>NovaStatusLine</name>
    <message>
        <source>Nova names, availability zones, hosts and drift need the compute API (admin-only by default, microversion 2.53 or later).</source>
        <translation>Nova-Namen, Verfügbarkeitszonen, Hosts und Abweichungen benötigen die Compute-API (standardmäßig nur für Administratoren, Microversion 2.53 oder neuer).</translation>
    </message>
</context>
<context>
    <name>PlacementClient</name>
    <message>
        <source>the server offers microversions %1 to %2; this app needs one of 1.0 to %3</source>
        <translation>der Server bietet Microversionen %1 bis %2; diese Anwendung benötigt eine von 1.0 bis %3</translation>
    </message>
    <message>
        <source>changing aggregates safely needs microversion %1; this server offers %2</source>
        <translation>sicheres Ändern von Aggregaten benötigt Microversion %1; dieser Server bietet %2</translation>
    </message>
    <message>
        <source>not connected: the server&apos;s microversion is not known yet</source>
        <translation>nicht verbunden: die Microversion des Servers ist noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>PlacementError</name>
    <message>
        <source>the body is not valid JSON (%1 at offset %2)</source>
        <translation>der Antwortinhalt ist kein gültiges JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Antwortinhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not %2</source>
        <translation>Feld &quot;%1&quot; fehlt oder ist nicht %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false oder null</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>a list of strings or null</source>
        <translation>eine Liste von Zeichenketten oder null</translation>
    </message>
    <message>
        <source>an object of strings or null</source>
        <translation>ein Objekt mit Zeichenketten oder null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a list</source>
        <translation>Feld &quot;%1&quot; fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>ein Eintrag von &quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a list of strings</source>
        <translation>Feld &quot;%1&quot; ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>the version document has no &quot;versions&quot; list</source>
        <translation>das Versionsdokument hat keine Liste &quot;versions&quot;</translation>
    </message>
    <message>
        <source>the version range &quot;%1&quot; to &quot;%2&quot; is not valid</source>
        <translation>der Versionsbereich &quot;%1&quot; bis &quot;%2&quot; ist ungültig</translation>
    </message>
    <message>
        <source>field &quot;resource_providers&quot; is missing or not a list</source>
        <translation>Feld &quot;resource_providers&quot; fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2: the server answered as if the microversion were older than %3 (a proxy may drop the OpenStack-API-Version header)</source>
        <translation>Feld &quot;%1&quot; %2: der Server hat geantwortet, als wäre die Microversion älter als %3 (möglicherweise entfernt ein Proxy den Header OpenStack-API-Version)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is a number, not a UUID</source>
        <translation>ist eine Zahl, keine UUID</translation>
    </message>
    <message>
        <source>this endpoint is Nova&apos;s %1 API, which has no microversions; use the v2.1 endpoint instead</source>
        <translation>dieser Endpunkt ist die %1-API von Nova, die keine Microversionen hat; verwenden Sie stattdessen den v2.1-Endpunkt</translation>
    </message>
    <message>
        <source>the server offers no API version with microversions</source>
        <translation>der Server bietet keine API-Version mit Microversionen</translation>
    </message>
    <message>
        <source>the version id &quot;%1&quot; is not like &quot;v2.1&quot;</source>
        <translation>die Versions-ID &quot;%1&quot; hat nicht die Form &quot;v2.1&quot;</translation>
    </message>
    <message>
        <source>the version document has neither &quot;version&quot; nor &quot;versions&quot;</source>
        <translation>das Versionsdokument enthält weder &quot;version&quot; noch &quot;versions&quot;</translation>
    </message>
    <message>
        <source>field &quot;aggregate&quot; is missing or not an object</source>
        <translation>Feld &quot;aggregate&quot; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>field &quot;hypervisors_links&quot; is not a list</source>
        <translation>Feld &quot;hypervisors_links&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>the &quot;next&quot; link of hypervisors_links has no marker: %1</source>
        <translation>der &quot;next&quot;-Link in hypervisors_links hat keinen Marker: %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Nicht authentifiziert</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Version not supported</source>
        <translation>Version nicht unterstützt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation>Ungültige Antwort</translation>
    </message>
    <message>
        <source>Unsupported by this server</source>
        <translation>Von diesem Server nicht unterstützt</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Someone else changed this provider meanwhile (its generation moved).</source>
        <translation>Jemand anders hat diesen Provider zwischenzeitlich geändert (seine Generation hat sich geändert).</translation>
    </message>
    <message>
        <source>The server reported a conflict.</source>
        <translation>Der Server hat einen Konflikt gemeldet.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Not found on the server (it may have been deleted).</source>
        <translation>Auf dem Server nicht gefunden (möglicherweise wurde es gelöscht).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Your role may not %1 %2.</source>
        <translation>Ihre Rolle erlaubt %1 für %2 nicht.</translation>
    </message>
    <message>
        <source>Your role may not do this in Nova (policy rule %1).</source>
        <translation>Ihre Rolle darf dies in Nova nicht tun (Policy-Regel %1).</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation>Ihre Rolle erlaubt dies nicht: %1</translation>
    </message>
    <message>
        <source>Your role does not allow this (HTTP 403).</source>
        <translation>Ihre Rolle erlaubt dies nicht (HTTP 403).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials: log in again or check the token.</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert: melden Sie sich erneut an oder prüfen Sie das Token.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1), which is refused: check the endpoint URL.</source>
        <translation>Der Server hat mit einer Weiterleitung geantwortet (HTTP %1), die abgelehnt wird: prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>%1 needs microversion %2; this server offers %3</source>
        <translation>%1 benötigt Microversion %2; dieser Server bietet %3</translation>
    </message>
    <message>
        <source>Filtering by aggregate</source>
        <translation>Filtern nach Aggregat</translation>
    </message>
    <message>
        <source>Requiring several aggregates at once</source>
        <translation>Gleichzeitiges Verlangen mehrerer Aggregate</translation>
    </message>
    <message>
        <source>Excluding aggregates</source>
        <translation>Ausschließen von Aggregaten</translation>
    </message>
    <message>
        <source>Filtering by tree</source>
        <translation>Filtern nach Baum</translation>
    </message>
    <message>
        <source>Filtering by resources</source>
        <translation>Filtern nach Ressourcen</translation>
    </message>
    <message>
        <source>Filtering by traits</source>
        <translation>Filtern nach Traits</translation>
    </message>
    <message>
        <source>Forbidden traits</source>
        <translation>Verbieten von Traits</translation>
    </message>
    <message>
        <source>Any-of traits</source>
        <translation>Verlangen eines von mehreren Traits</translation>
    </message>
    <message>
        <source>The server did not answer in time: %1</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>PlacementMembershipReader</name>
    <message>
        <source>&quot;%1&quot; is not an aggregate UUID; nothing was asked</source>
        <translation>&quot;%1&quot; ist keine Aggregat-UUID; es wurde nichts abgefragt</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>The saved profiles cannot be read; nothing will be overwritten.
%1</source>
        <translation>Die gespeicherten Profile können nicht gelesen werden; es wird nichts überschrieben.
%1</translation>
    </message>
    <message>
        <source>Type the %1 to test: none is stored for this profile.</source>
        <translation>Geben Sie zum Testen das %1 ein: für dieses Profil ist keines gespeichert.</translation>
    </message>
    <message>
        <source>Connecting with profile %1…</source>
        <translation>Verbindung mit Profil %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Warning: TLS certificates are not verified for this connection.</source>
        <translation>Warnung: TLS-Zertifikate werden für diese Verbindung nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>⚠ Certificates will not be checked: anyone on the path can read the token.</source>
        <translation>⚠ Zertifikate werden nicht geprüft: jeder auf dem Übertragungsweg kann das Token lesen.</translation>
    </message>
    <message>
        <source>Read-only (no aggregate edits)</source>
        <translation>Nur-Lese-Modus (keine Aggregatänderungen)</translation>
    </message>
    <message>
        <source>Remember the secret in the system keyring</source>
        <translation>Geheimnis im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>leave empty to use the stored secret</source>
        <translation>leer lassen, um das gespeicherte Geheimnis zu verwenden</translation>
    </message>
    <message>
        <source>https://keystone.example:5000/v3</source>
        <translation>https://keystone.example:5000/v3</translation>
    </message>
    <message>
        <source>from the service catalog</source>
        <translation>aus dem Dienstkatalog</translation>
    </message>
    <message>
        <source>highest both sides know, e.g. 1.39</source>
        <translation>höchste, die beide Seiten kennen, z. B. 1.39</translation>
    </message>
    <message>
        <source>Test connection authenticates, finds Placement and reads its version range.</source>
        <translation>„Verbindung testen“ authentifiziert, findet Placement und liest dessen Versionsbereich.</translation>
    </message>
    <message>
        <source>&amp;Import from clouds.yaml</source>
        <translation>Aus clouds.yaml &amp;importieren</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Keystone URL:</source>
        <translation>&amp;Keystone-URL:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Placement &amp;endpoint:</source>
        <translation>Placement-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>No&amp;va (compute) endpoint:</source>
        <translation>Nova-(Compute-)Endp&amp;unkt:</translation>
    </message>
    <message>
        <source>&amp;Microversion cap:</source>
        <translation>&amp;Microversion-Obergrenze:</translation>
    </message>
    <message>
        <source>No clouds.yaml was found.</source>
        <translation>Es wurde keine clouds.yaml gefunden.</translation>
    </message>
    <message>
        <source>Clouds in %1</source>
        <translation>Clouds in %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional: Nova&apos;s names and drift need it</source>
        <translation>optional: für Nova-Namen und Abweichungen erforderlich</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New profile (%1)</source>
        <translation>Neues Profil (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User d&amp;omain:</source>
        <translation>Benutzerd&amp;omäne:</translation>
    </message>
    <message>
        <source>Pro&amp;ject domain:</source>
        <translation>Pro&amp;jektdomäne:</translation>
    </message>
    <message>
        <source>App&amp;lication credential ID:</source>
        <translation>Anwendungs-&amp;Zugangsdaten-ID:</translation>
    </message>
    <message>
        <source>Inter&amp;face:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation>Client-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <source>%1 has format version %2; this version reads %3</source>
        <translation>%1 hat Formatversion %2; diese Version liest %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProviderBrowser</name>
    <message>
        <source>Server-side filter in effect: click to edit it</source>
        <translation>Serverseitiger Filter aktiv: zum Bearbeiten klicken</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Clear the server-side filter and reload</source>
        <translation>Serverseitigen Filter zurücksetzen und neu laden</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns; drag to reorder</source>
        <translation>Klicken zum Sortieren; Rechtsklick zur Spaltenauswahl; Ziehen zum Umordnen</translation>
    </message>
    <message>
        <source>Server filter: %1</source>
        <translation>Serverfilter: %1</translation>
    </message>
    <message>
        <source>No providers match the filter “%1”.</source>
        <translation>Keine Provider passen zum Filter „%1“.</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No providers match the server-side filter.</source>
        <translation>Keine Provider passen zum serverseitigen Filter.</translation>
    </message>
    <message>
        <source>Clear server filter</source>
        <translation>Serverfilter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (no Nova data)</source>
        <translation>%1 (keine Nova-Daten)</translation>
    </message>
    <message>
        <source>Filter by name, UUID, aggregate UUID or label, Nova name or zone (/ or Ctrl+F; ↓ to the results)</source>
        <translation>Nach Name, UUID, Aggregat-UUID oder -Bezeichnung, Nova-Name oder -Zone filtern (/ oder Strg+F; ↓ zu den Treffern)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Resource providers</source>
        <translation>Ressourcenprovider</translation>
    </message>
    <message>
        <source>Resource provider trees</source>
        <translation>Ressourcenprovider-Bäume</translation>
    </message>
    <message>
        <source>&amp;Fit Columns to Window</source>
        <translation>Spalten an Fenster &amp;anpassen</translation>
    </message>
</context>
<context>
    <name>ProviderDelegate</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ProviderExport</name>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .json or .csv</source>
        <translation>&quot;%1&quot; muss auf .json oder .csv enden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message>
        <source>Generation: bumped by Placement on every change to the provider&apos;s aggregates, traits, inventories or allocations</source>
        <translation>Generation: wird von Placement bei jeder Änderung an Aggregaten, Traits, Inventaren oder Allokationen des Providers erhöht</translation>
    </message>
    <message>
        <source>Used of the capacity the scheduler can hand out: (total − reserved) × allocation ratio</source>
        <translation>Belegter Anteil der Kapazität, die der Scheduler vergeben kann: (Gesamt − reserviert) × Allokationsverhältnis</translation>
    </message>
    <message>
        <source>Nova: the compute service host of this provider&apos;s compute node (what Nova aggregates list)</source>
        <translation>Nova: der Host des Compute-Dienstes für den Compute-Knoten dieses Providers (was Nova-Aggregate auflisten)</translation>
    </message>
    <message>
        <source>Nova: whether the compute service is enabled (scheduled to) and up</source>
        <translation>Nova: ob der Compute-Dienst aktiviert ist (vom Scheduler berücksichtigt) und läuft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Gen.</source>
        <translation>Gen.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source># Aggr.</source>
        <translation># Aggr.</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Nova host</source>
        <translation>Nova-Host</translation>
    </message>
    <message>
        <source>Compute service</source>
        <translation>Compute-Dienst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Not a Nova compute node: no hypervisor has this provider&apos;s UUID</source>
        <translation>Kein Nova-Compute-Knoten: kein Hypervisor hat die UUID dieses Providers</translation>
    </message>
    <message>
        <source>Compute host %1 (hypervisor %2)</source>
        <translation>Compute-Host %1 (Hypervisor %2)</translation>
    </message>
    <message>
        <source>nova-compute on %1: %2</source>
        <translation>nova-compute auf %1: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Root provider (no parent)</source>
        <translation>Root-Provider (kein übergeordneter Provider)</translation>
    </message>
    <message>
        <source>Root provider</source>
        <translation>Root-Provider</translation>
    </message>
    <message>
        <source>Loading the aggregates failed: %1</source>
        <translation>Laden der Aggregate fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Aggregates are loading</source>
        <translation>Aggregate werden geladen</translation>
    </message>
    <message>
        <source>Aggregates not loaded: refresh (F5) to load them</source>
        <translation>Aggregate nicht geladen: zum Laden aktualisieren (F5)</translation>
    </message>
    <message>
        <source>No aggregates (read at generation %1)</source>
        <translation>Keine Aggregate (gelesen bei Generation %1)</translation>
    </message>
    <message>
        <source>Aggregates read at generation %1:
%2</source>
        <translation>Aggregate, gelesen bei Generation %1:
%2</translation>
    </message>
    <message>
        <source>Loading inventories and usages failed: %1</source>
        <translation>Laden von Inventaren und Nutzung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Usage is still loading</source>
        <translation>Nutzung wird noch geladen</translation>
    </message>
    <message>
        <source>No %1 inventory</source>
        <translation>Kein %1-Inventar</translation>
    </message>
    <message>
        <source>%1: %2 used of %3</source>
        <translation>%1: %2 von %3 belegt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2
microversion %3</source>
        <translation>%1 %2
Microversion %3</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>&amp;Failures only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Filter by URL, method, status or request id</source>
        <translation>Nach URL, Methode, Status oder Anfrage-ID filtern</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (the token stays redacted)</source>
        <translation>Den ausgewählten Aufruf als curl-Befehl kopieren (das Token bleibt geschwärzt)</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>Das Anfrageprotokoll filtern</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>Reading Nova and Placement&apos;s member lists…</source>
        <translation>Mitgliederlisten von Nova und Placement werden gelesen…</translation>
    </message>
    <message>
        <source>No comparison yet: Nova and Placement are compared after the providers are loaded (F5).</source>
        <translation>Noch kein Vergleich: Nova und Placement werden verglichen, nachdem die Provider geladen sind (F5).</translation>
    </message>
    <message>
        <source>Compared at %1.</source>
        <translation>Verglichen um %1.</translation>
    </message>
    <message>
        <source>Compared at %1: %2</source>
        <translation>Verglichen um %1: %2</translation>
    </message>
    <message>
        <source>Comparing again…</source>
        <translation>Erneuter Vergleich läuft…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>No keyring service answered: the secret is kept in memory until you quit.</source>
        <translation>Kein Schlüsselbund-Dienst hat geantwortet: das Geheimnis wird bis zum Beenden im Speicher gehalten.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>ServerFilterPanel</name>
    <message>
        <source>Needs microversion %1; this connection uses %2</source>
        <translation>Benötigt Microversion %1; diese Verbindung verwendet %2</translation>
    </message>
    <message>
        <source>aggregate UUIDs or labels: member of any of them</source>
        <translation>Aggregat-UUIDs oder Bezeichnungen: Mitglied in mindestens einem davon</translation>
    </message>
    <message>
        <source>aggregate UUIDs or labels: member of all of them</source>
        <translation>Aggregat-UUIDs oder Bezeichnungen: Mitglied in allen davon</translation>
    </message>
    <message>
        <source>aggregate UUIDs or labels: member of none of them</source>
        <translation>Aggregat-UUIDs oder Bezeichnungen: Mitglied in keinem davon</translation>
    </message>
    <message>
        <source>provider UUID or name: only its tree</source>
        <translation>Provider-UUID oder Name: nur dessen Baum</translation>
    </message>
    <message>
        <source>traits, e.g. HW_CPU_X86_AVX2 COMPUTE_STATUS_DISABLED</source>
        <translation>Traits, z. B. HW_CPU_X86_AVX2 COMPUTE_STATUS_DISABLED</translation>
    </message>
    <message>
        <source>traits the provider must not have</source>
        <translation>Traits, die der Provider nicht haben darf</translation>
    </message>
    <message>
        <source>free capacity, e.g. VCPU:4, MEMORY_MB:8192</source>
        <translation>freie Kapazität, z. B. VCPU:4, MEMORY_MB:8192</translation>
    </message>
    <message>
        <source>Member of &amp;any:</source>
        <translation>Mitglied in &amp;einem von:</translation>
    </message>
    <message>
        <source>Member of a&amp;ll:</source>
        <translation>Mitglied in &amp;allen:</translation>
    </message>
    <message>
        <source>&amp;Not member of:</source>
        <translation>&amp;Nicht Mitglied in:</translation>
    </message>
    <message>
        <source>In &amp;tree of:</source>
        <translation>Im &amp;Baum von:</translation>
    </message>
    <message>
        <source>For&amp;bidden traits:</source>
        <translation>&amp;Verbotene Traits:</translation>
    </message>
    <message>
        <source>Re&amp;sources:</source>
        <translation>&amp;Ressourcen:</translation>
    </message>
    <message>
        <source>Reload the providers with this filter (Enter)</source>
        <translation>Die Provider mit diesem Filter neu laden (Enter)</translation>
    </message>
    <message>
        <source>Remove every server-side filter and reload</source>
        <translation>Alle serverseitigen Filter entfernen und neu laden</translation>
    </message>
    <message>
        <source>Hide this panel (the filter stays in effect)</source>
        <translation>Diesen Bereich ausblenden (der Filter bleibt aktiv)</translation>
    </message>
    <message>
        <source>“%1” is neither an aggregate UUID nor a local label</source>
        <translation>„%1“ ist weder eine Aggregat-UUID noch eine lokale Bezeichnung</translation>
    </message>
    <message>
        <source>“%1” is neither a provider UUID nor the name of a loaded provider</source>
        <translation>„%1“ ist weder eine Provider-UUID noch der Name eines geladenen Providers</translation>
    </message>
    <message>
        <source>Resources: “%1” is not CLASS:AMOUNT (e.g. VCPU:4)</source>
        <translation>Ressourcen: „%1“ hat nicht die Form KLASSE:MENGE (z. B. VCPU:4)</translation>
    </message>
    <message numerus="yes">
        <source>member of %n aggregate group(s)</source>
        <translation>
            <numerusform>Mitglied in %n Aggregatgruppe</numerusform>
            <numerusform>Mitglied in %n Aggregatgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not in %n aggregate(s)</source>
        <translation>
            <numerusform>nicht in %n Aggregat</numerusform>
            <numerusform>nicht in %n Aggregaten</numerusform>
        </translation>
    </message>
    <message>
        <source>in tree %1</source>
        <translation>im Baum %1</translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>erfordert %1</translation>
    </message>
    <message>
        <source>forbids %1</source>
        <translation>verbietet %1</translation>
    </message>
    <message>
        <source>has free %1</source>
        <translation>hat freie %1</translation>
    </message>
    <message>
        <source>Re&amp;quired traits:</source>
        <translation>Er&amp;forderliche Traits:</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Anwen&amp;den</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Copy selected log call as curl (in the request log)</source>
        <translation>Ausgewählten Protokollaufruf als curl kopieren (im Anfrageprotokoll)</translation>
    </message>
    <message>
        <source>Edit an aggregate&apos;s local label (Aggregates tab)</source>
        <translation>Lokale Bezeichnung eines Aggregats bearbeiten (Tab Aggregate)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Move from the quick filter into the providers</source>
        <translation>Vom Schnellfilter in die Provider wechseln</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Back to the quick filter (in the providers)</source>
        <translation>Zurück zum Schnellfilter (in den Providern)</translation>
    </message>
    <message>
        <source>Leave the provider table</source>
        <translation>Die Provider-Tabelle verlassen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Main window: %1</source>
        <translation>Hauptfenster: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotCompareController</name>
    <message>
        <source>Compare with Snapshot</source>
        <translation>Mit Snapshot vergleichen</translation>
    </message>
    <message>
        <source>Snapshots (JSON exports) (*.json)</source>
        <translation>Snapshots (JSON-Exporte) (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 kann nicht verglichen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the aggregates of %n provider(s): it cannot say what changed.</source>
        <translation>
            <numerusform>%1 fehlen die Aggregate von %n Provider: daraus lässt sich nicht sagen, was sich geändert hat.</numerusform>
            <numerusform>%1 fehlen die Aggregate von %n Providern: daraus lässt sich nicht sagen, was sich geändert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loaded providers cannot be compared: %1</source>
        <translation>Die geladenen Provider können nicht verglichen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The aggregates of %n provider(s) are not loaded: refresh, then compare again.</source>
        <translation>
            <numerusform>Die Aggregate von %n Provider sind nicht geladen: aktualisieren, dann erneut vergleichen.</numerusform>
            <numerusform>Die Aggregate von %n Providern sind nicht geladen: aktualisieren, dann erneut vergleichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffPage</name>
    <message>
        <source>Show &amp;only these providers in the table</source>
        <translation>&amp;Nur diese Provider in der Tabelle zeigen</translation>
    </message>
    <message>
        <source>Compare with &amp;Snapshot…</source>
        <translation>Mit &amp;Snapshot vergleichen…</translation>
    </message>
    <message>
        <source>Differences from the snapshot</source>
        <translation>Unterschiede zum Snapshot</translation>
    </message>
    <message>
        <source>Narrow the provider table to the providers that differ from the snapshot</source>
        <translation>Die Provider-Tabelle auf die Provider einschränken, die sich vom Snapshot unterscheiden</translation>
    </message>
    <message>
        <source>The cloud is equal to %1.</source>
        <translation>Die Cloud entspricht %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) differ from %1.</source>
        <translation>
            <numerusform>%n Provider unterscheidet sich von %1.</numerusform>
            <numerusform>%n Provider unterscheiden sich von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Compare the cloud with a snapshot saved by Export (JSON) or --export.</source>
        <translation>Die Cloud mit einem Snapshot vergleichen, der mit Export (JSON) oder --export gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>SnapshotDifference</name>
    <message>
        <source>provider added</source>
        <translation>Provider hinzugekommen</translation>
    </message>
    <message>
        <source>provider removed</source>
        <translation>Provider entfernt</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>parent changed</source>
        <translation>Elternprovider geändert</translation>
    </message>
    <message>
        <source>aggregates added</source>
        <translation>Aggregate hinzugefügt</translation>
    </message>
    <message>
        <source>aggregates removed</source>
        <translation>Aggregate entfernt</translation>
    </message>
    <message>
        <source>generation moved</source>
        <translation>Generation geändert</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <comment>parent before and after</comment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <comment>value before and after</comment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <comment>kind, provider name, UUID</comment>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4</source>
        <comment>kind, provider name, UUID, detail</comment>
        <translation>%1  %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>provider %1 has no uuid</source>
        <translation>Provider %1 hat keine uuid</translation>
    </message>
    <message>
        <source>provider %1: uuid is not a UUID</source>
        <translation>Provider %1: uuid ist keine UUID</translation>
    </message>
    <message>
        <source>provider %1 (%2): name is not a string</source>
        <translation>Provider %1 (%2): name ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>provider %1 (%2): %3 is not a UUID</source>
        <translation>Provider %1 (%2): %3 ist keine UUID</translation>
    </message>
    <message>
        <source>provider %1 (%2): %3 is not a whole number</source>
        <translation>Provider %1 (%2): %3 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>provider %1 (%2): aggregates_error is not a string</source>
        <translation>Provider %1 (%2): aggregates_error ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>provider %1 (%2): aggregates is not a list of UUID strings</source>
        <translation>Provider %1 (%2): aggregates ist keine Liste von UUID-Zeichenketten</translation>
    </message>
    <message>
        <source>not a snapshot: a version without a format</source>
        <translation>kein Snapshot: eine Version ohne Format</translation>
    </message>
    <message>
        <source>not a snapshot: the format is not &quot;%1&quot;</source>
        <translation>kein Snapshot: das Format ist nicht „%1“</translation>
    </message>
    <message>
        <source>the snapshot version is not a whole number from 1</source>
        <translation>die Snapshot-Version ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>snapshot version %1 is newer than this program reads (up to %2)</source>
        <translation>Snapshot-Version %1 ist neuer, als dieses Programm liest (bis %2)</translation>
    </message>
    <message>
        <source>taken_at is not an ISO 8601 time</source>
        <translation>taken_at ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a snapshot: the top level is not a JSON object</source>
        <translation>kein Snapshot: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a snapshot: no &quot;providers&quot; list</source>
        <translation>kein Snapshot: keine „providers“-Liste</translation>
    </message>
    <message>
        <source>provider %1 is not a JSON object</source>
        <translation>Provider %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>provider %1: uuid %2 appears twice</source>
        <translation>Provider %1: uuid %2 kommt zweimal vor</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <source># Repair of placement aggregates: %n provider(s).</source>
        <translation>
            <numerusform># Reparatur der Placement-Aggregate: %n Provider.</numerusform>
            <numerusform># Reparatur der Placement-Aggregate: %n Provider.</numerusform>
        </translation>
    </message>
    <message>
        <source># &quot;resource provider aggregate set&quot; (osc-placement) replaces a provider&apos;s whole aggregate set, so each command lists the full resulting set.</source>
        <translation># &quot;resource provider aggregate set&quot; (osc-placement) ersetzt die gesamte Aggregatmenge eines Providers, daher führt jeder Befehl die vollständige resultierende Menge auf.</translation>
    </message>
    <message>
        <source># --generation (microversion 1.19) is the generation that set was read at: if the provider changed since, Placement refuses with 409 and nothing is lost; read it again and rebuild the command.</source>
        <translation># --generation (Microversion 1.19) ist die Generation, bei der diese Menge gelesen wurde: hat sich der Provider seitdem geändert, lehnt Placement mit 409 ab und nichts geht verloren; lesen Sie sie erneut und bauen Sie den Befehl neu auf.</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>remove from %1</source>
        <translation>aus %1 entfernen</translation>
    </message>
    <message>
        <source># No --aggregate: this leaves the provider in no aggregate at all.</source>
        <translation># Kein --aggregate: damit ist der Provider in gar keinem Aggregat mehr.</translation>
    </message>
    <message>
        <source># Its whole aggregate set was not read here. Read its generation first, then its set:</source>
        <translation># Seine gesamte Aggregatmenge wurde hier nicht gelesen. Lesen Sie zuerst seine Generation, dann seine Menge:</translation>
    </message>
    <message>
        <source># Then complete this command with every other aggregate it has (leaving out %1) and run it:</source>
        <translation># Ergänzen Sie dann diesen Befehl um jedes weitere Aggregat, das er hat (ohne %1), und führen Sie ihn aus:</translation>
    </message>
    <message>
        <source># Then complete this command with every other aggregate it has and run it:</source>
        <translation># Ergänzen Sie dann diesen Befehl um jedes weitere Aggregat, das er hat, und führen Sie ihn aus:</translation>
    </message>
</context>
<context>
    <name>TlsDiagnosis</name>
    <message>
        <source>an unnamed certificate</source>
        <translation>ein Zertifikat ohne Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>certificate not trusted (unknown CA): it is issued by %1, which is not a trusted CA; set the profile&apos;s CA file to that CA&apos;s certificate</source>
        <translation>Zertifikat nicht vertrauenswürdig (unbekannte CA): Es wurde von %1 ausgestellt, keiner vertrauenswürdigen CA; setzen Sie die CA-Datei des Profils auf das Zertifikat dieser CA</translation>
    </message>
    <message>
        <source>certificate not trusted (self-signed): the server&apos;s certificate %1 is signed by itself; if you trust it, put it in the profile&apos;s CA file</source>
        <translation>Zertifikat nicht vertrauenswürdig (selbst signiert): Das Serverzertifikat %1 ist von sich selbst signiert; wenn Sie ihm vertrauen, tragen Sie es als CA-Datei des Profils ein</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>Zertifikat nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>host name mismatch: the certificate names no host, so it cannot be for %1</source>
        <translation>Hostname stimmt nicht überein: Das Zertifikat nennt keinen Host und kann daher nicht für %1 gelten</translation>
    </message>
    <message>
        <source>host name mismatch: the certificate is for %1, not %2</source>
        <translation>Hostname stimmt nicht überein: Das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>certificate expired on %1</source>
        <translation>Zertifikat am %1 abgelaufen</translation>
    </message>
    <message>
        <source>certificate not valid before %1</source>
        <translation>Zertifikat erst ab %1 gültig</translation>
    </message>
    <message>
        <source>certificate rejected: %1</source>
        <translation>Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server requires a client certificate and did not get one it accepts (TLS alert &quot;%1&quot;)</source>
        <translation>Der Server verlangt ein Client-Zertifikat und hat keines erhalten, das er akzeptiert (TLS-Alert „%1“)</translation>
    </message>
    <message>
        <source>the server requires a client certificate, and this connection has none (set the client certificate and key in the profile)</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und diese Verbindung hat keines (Client-Zertifikat und -Schlüssel im Profil setzen)</translation>
    </message>
    <message>
        <source>the server refused the client certificate (TLS alert &quot;%1&quot;)</source>
        <translation>Der Server hat das Client-Zertifikat abgelehnt (TLS-Alert „%1“)</translation>
    </message>
    <message>
        <source>the server refused the TLS connection (TLS alert &quot;%1&quot;)</source>
        <translation>Der Server hat die TLS-Verbindung abgelehnt (TLS-Alert „%1“)</translation>
    </message>
    <message>
        <source>the server ended the TLS handshake (TLS alert &quot;%1&quot;); it may require a client certificate, and this connection has none</source>
        <translation>Der Server hat den TLS-Handshake beendet (TLS-Alert „%1“); er verlangt möglicherweise ein Client-Zertifikat, und diese Verbindung hat keines</translation>
    </message>
    <message>
        <source>the server ended the TLS handshake (TLS alert &quot;%1&quot;)</source>
        <translation>Der Server hat den TLS-Handshake beendet (TLS-Alert „%1“)</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port (is the endpoint http:// rather than https://?)</source>
        <translation>Der Server spricht auf diesem Port kein TLS (ist der Endpunkt http:// statt https://?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticating…</source>
        <translation>Authentifizierung läuft…</translation>
    </message>
    <message>
        <source>no Nova endpoint was given (--compute-endpoint URL)</source>
        <translation>es wurde kein Nova-Endpunkt angegeben (--compute-endpoint URL)</translation>
    </message>
    <message>
        <source>No connection given: start with --endpoint URL --token TOKEN (see --help).</source>
        <translation>Keine Verbindung angegeben: starten Sie mit --endpoint URL --token TOKEN (siehe --help).</translation>
    </message>
    <message>
        <source>Placement Inspector</source>
        <translation>Placement Inspector</translation>
    </message>
    <message>
        <source>The language changes when Placement Inspector is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Placement Inspector.</translation>
    </message>
</context>
</TS>
