<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AggregateComparisonModel</name>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>%n extra</numerusform>
            <numerusform>%n extra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolvable</source>
        <translation>
            <numerusform>%n unresolvable</numerusform>
            <numerusform>%n unresolvable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AggregateComparisonPage</name>
    <message numerus="yes">
        <source>%1 (%2): not a Nova aggregate; %n Placement member(s)</source>
        <translation>
            <numerusform>%1 (%2): not a Nova aggregate; %n Placement member</numerusform>
            <numerusform>%1 (%2): not a Nova aggregate; %n Placement members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Nova aggregate(s), %1 drifted; %2 placement-only.</source>
        <translation>
            <numerusform>%n Nova aggregate, %1 drifted; %2 placement-only.</numerusform>
            <numerusform>%n Nova aggregates, %1 drifted; %2 placement-only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AggregateEditController</name>
    <message numerus="yes">
        <source>Saving through Nova: %n add_host/remove_host call(s) for host %1, then reading Placement to check Nova&apos;s mirror…</source>
        <translation>
            <numerusform>Saving through Nova: %n add_host/remove_host call for host %1, then reading Placement to check Nova&apos;s mirror…</numerusform>
            <numerusform>Saving through Nova: %n add_host/remove_host calls for host %1, then reading Placement to check Nova&apos;s mirror…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It now has %n aggregate(s), at generation %1.</source>
        <translation>
            <numerusform>It now has %n aggregate, at generation %1.</numerusform>
            <numerusform>It now has %n aggregates, at generation %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal batch of %n provider(s)</source>
        <translation>
            <numerusform>journal batch of %n provider</numerusform>
            <numerusform>journal batch of %n providers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AggregateEditorDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Started from generation %3 with %n aggregate(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Started from generation %3 with %n aggregate.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Started from generation %3 with %n aggregates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n to remove</numerusform>
            <numerusform>%n to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard your unsaved changes to %1? Adding %n aggregate(s), removing %2.</source>
        <translation>
            <numerusform>Discard your unsaved changes to %1? Adding %n aggregate, removing %2.</numerusform>
            <numerusform>Discard your unsaved changes to %1? Adding %n aggregates, removing %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AggregatePage</name>
    <message numerus="yes">
        <source>Members of %1 — %2 · %n Nova host(s)</source>
        <translation>
            <numerusform>Members of %1 — %2 · %n Nova host</numerusform>
            <numerusform>Members of %1 — %2 · %n Nova hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n provider(s); loading aggregates…</source>
        <translation>
            <numerusform>%n provider; loading aggregates…</numerusform>
            <numerusform>%n providers; loading aggregates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s); loading capacity and usage…</source>
        <translation>
            <numerusform>%n provider; loading capacity and usage…</numerusform>
            <numerusform>%n providers; loading capacity and usage…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled; %n provider(s) shown. Press F5 to load the rest.</source>
        <translation>
            <numerusform>Loading cancelled; %n provider shown. Press F5 to load the rest.</numerusform>
            <numerusform>Loading cancelled; %n providers shown. Press F5 to load the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) loaded; %1 could not be read completely (see the tooltips; F5 retries).</source>
        <translation>
            <numerusform>%n provider loaded; %1 could not be read completely (see the tooltips; F5 retries).</numerusform>
            <numerusform>%n providers loaded; %1 could not be read completely (see the tooltips; F5 retries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) loaded.</source>
        <translation>
            <numerusform>%n provider loaded.</numerusform>
            <numerusform>%n providers loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server agrees: %n member(s).</source>
        <translation>
            <numerusform>The server agrees: %n member.</numerusform>
            <numerusform>The server agrees: %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server has %n member(s), the loaded data %1.</source>
        <translation>
            <numerusform>The server has %n member, the loaded data %1.</numerusform>
            <numerusform>The server has %n members, the loaded data %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n provider(s) were deleted on the server during the load and are no longer listed.</source>
        <translation>
            <numerusform>%1 %n provider was deleted on the server during the load and is no longer listed.</numerusform>
            <numerusform>%1 %n providers were deleted on the server during the load and are no longer listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkAggregateEdit</name>
    <message numerus="yes">
        <source>still changing after %n tries</source>
        <translation>
            <numerusform>still changing after %n try</numerusform>
            <numerusform>still changing after %n tries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>%1 — %n provider(s)</source>
        <translation>
            <numerusform>%1 — %n provider</numerusform>
            <numerusform>%1 — %n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) will be changed: %1.</source>
        <translation>
            <numerusform>%n provider will be changed: %1.</numerusform>
            <numerusform>%n providers will be changed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Provider(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n Provider</numerusform>
            <numerusform>&amp;Apply to %n Providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been sent yet. Applying will %1 on each of these %n provider(s), one generation-checked request each:</source>
        <translation>
            <numerusform>Nothing has been sent yet. Applying will %1 on each of these %n provider, one generation-checked request each:</numerusform>
            <numerusform>Nothing has been sent yet. Applying will %1 on each of these %n providers, one generation-checked request each:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOutcomeModel</name>
    <message numerus="yes">
        <source>Retrying after %n conflict(s)</source>
        <translation>
            <numerusform>Retrying after %n conflict</numerusform>
            <numerusform>Retrying after %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done after %n conflict(s)</source>
        <translation>
            <numerusform>Done after %n conflict</numerusform>
            <numerusform>Done after %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s) finished: %2 done, %3 unchanged, %4 failed, %5 cancelled.</source>
        <translation>
            <numerusform>%1 of %n provider finished: %2 done, %3 unchanged, %4 failed, %5 cancelled.</numerusform>
            <numerusform>%1 of %n providers finished: %2 done, %3 unchanged, %4 failed, %5 cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>Re-applying saves the server&apos;s set plus your additions (%1) minus your removals (%2): %n aggregate(s): %3.</source>
        <translation>
            <numerusform>Re-applying saves the server&apos;s set plus your additions (%1) minus your removals (%2): %n aggregate: %3.</numerusform>
            <numerusform>Re-applying saves the server&apos;s set plus your additions (%1) minus your removals (%2): %n aggregates: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataAgeLabel</name>
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
</context>
<context>
    <name>DetailsPane</name>
    <message numerus="yes">
        <source>%n consumer(s) with allocations</source>
        <translation>
            <numerusform>%n consumer with allocations</numerusform>
            <numerusform>%n consumers with allocations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message numerus="yes">
        <source>%1 does not hold the aggregates of %n provider(s), nothing compared: %2</source>
        <translation>
            <numerusform>%1 does not hold the aggregates of %n provider, nothing compared: %2</numerusform>
            <numerusform>%1 does not hold the aggregates of %n providers, nothing compared: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are equal (%n provider(s))</source>
        <translation>
            <numerusform>%1 and %2 are equal (%n provider)</numerusform>
            <numerusform>%1 and %2 are equal (%n providers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation>
            <numerusform>%n difference between %1 and %2</numerusform>
            <numerusform>%n differences between %1 and %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftAnalysis</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placement aggregate unknown to Nova, with %n provider(s): %1. A Neutron routed network segment, a sharing provider&apos;s aggregate or one made by hand; information only.</source>
        <translation>
            <numerusform>Placement aggregate unknown to Nova, with %n provider: %1. A Neutron routed network segment, a sharing provider&apos;s aggregate or one made by hand; information only.</numerusform>
            <numerusform>Placement aggregate unknown to Nova, with %n providers: %1. A Neutron routed network segment, a sharing provider&apos;s aggregate or one made by hand; information only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Host %1 is in %n availability zones: %2. An instance&apos;s zone is ambiguous on this host.</source>
        <translation>
            <numerusform>Host %1 is in %n availability zone: %2. An instance&apos;s zone is ambiguous on this host.</numerusform>
            <numerusform>Host %1 is in %n availability zones: %2. An instance&apos;s zone is ambiguous on this host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftPage</name>
    <message numerus="yes">
        <source>no drift between Nova and Placement (%n foreign aggregate(s), information only).</source>
        <translation>
            <numerusform>no drift between Nova and Placement (%n foreign aggregate, information only).</numerusform>
            <numerusform>no drift between Nova and Placement (%n foreign aggregates, information only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drift item(s) (foreign aggregates not counted).</source>
        <translation>
            <numerusform>%n drift item (foreign aggregates not counted).</numerusform>
            <numerusform>%n drift items (foreign aggregates not counted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Commands for %n item(s) copied.</source>
        <translation>
            <numerusform>Commands for %n item copied.</numerusform>
            <numerusform>Commands for %n items copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftRepairDialog</name>
    <message numerus="yes">
        <source>%n addition(s)</source>
        <translation>
            <numerusform>%n addition</numerusform>
            <numerusform>%n additions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removal(s)</source>
        <translation>
            <numerusform>%n removal</numerusform>
            <numerusform>%n removals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n Change</numerusform>
            <numerusform>&amp;Apply %n Changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undoing the bulk edit (%1) takes back what it did on %n provider(s): what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</source>
        <translation>
            <numerusform>Undoing the bulk edit (%1) takes back what it did on %n provider: what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</numerusform>
            <numerusform>Undoing the bulk edit (%1) takes back what it did on %n providers: what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply Undo to %n Provider(s)</source>
        <translation>
            <numerusform>&amp;Apply Undo to %n Provider</numerusform>
            <numerusform>&amp;Apply Undo to %n Providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reverting the %1 takes back what it did on %n provider(s): what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</source>
        <translation>
            <numerusform>Reverting the %1 takes back what it did on %n provider: what it added is removed, what it removed is added again, on top of what the provider has now, so that changes made since are kept. Nothing is written before you press Apply.</numerusform>
            <numerusform>Reverting the %1 takes back what it did on %n providers: what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply Revert to %n Provider(s)</source>
        <translation>
            <numerusform>&amp;Apply Revert to %n Provider</numerusform>
            <numerusform>&amp;Apply Revert to %n Providers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message numerus="yes">
        <source>No drift between Nova and Placement; %n foreign aggregate(s) (information only).</source>
        <translation>
            <numerusform>No drift between Nova and Placement; %n foreign aggregate (information only).</numerusform>
            <numerusform>No drift between Nova and Placement; %n foreign aggregates (information only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent; %n foreign aggregate(s) (information only).</source>
        <translation>
            <numerusform>Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent; %n foreign aggregate (information only).</numerusform>
            <numerusform>Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent; %n foreign aggregates (information only).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <source>%n providers are selected. The editor changes one provider: %1. To change all of them, use a bulk edit.</source>
        <translation>
            <numerusform>%n provider is selected. The editor changes one provider: %1. To change all of them, use a bulk edit.</numerusform>
            <numerusform>%n providers are selected. The editor changes one provider: %1. To change all of them, use a bulk edit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was changed by the last bulk edit (%2), together with %n other provider(s). Undo the whole bulk edit, or only %1? Either way you see every change before anything is sent.</source>
        <translation>
            <numerusform>%1 was changed by the last bulk edit (%2), together with %n other provider. Undo the whole bulk edit, or only %1? Either way you see every change before anything is sent.</numerusform>
            <numerusform>%1 was changed by the last bulk edit (%2), together with %n other providers. Undo the whole bulk edit, or only %1? Either way you see every change before anything is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the &amp;Whole Bulk Edit (%n Providers)…</source>
        <translation>
            <numerusform>Undo the &amp;Whole Bulk Edit (%n Provider)…</numerusform>
            <numerusform>Undo the &amp;Whole Bulk Edit (%n Providers)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message numerus="yes">
        <source>the aggregates of %n provider(s) could not be read, nothing written (--allow-partial writes the file with each failed row&apos;s error): %1</source>
        <translation>
            <numerusform>the aggregates of %n provider could not be read, nothing written (--allow-partial writes the file with each failed row&apos;s error): %1</numerusform>
            <numerusform>the aggregates of %n providers could not be read, nothing written (--allow-partial writes the file with each failed row&apos;s error): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written partially: the aggregates of %n provider(s) could not be read and their rows carry the error: %2</source>
        <translation>
            <numerusform>%1 written partially: the aggregates of %n provider could not be read and their rows carry the error: %2</numerusform>
            <numerusform>%1 written partially: the aggregates of %n providers could not be read and their rows carry the error: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) written to %1</source>
        <translation>
            <numerusform>%n provider written to %1</numerusform>
            <numerusform>%n providers written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostResolver</name>
    <message numerus="yes">
        <source>Host %1 has %n compute nodes. Nova mirrors only the first, %2, into Placement; left out: %3. nova-manage placement sync_aggregates refuses such a host.</source>
        <translation>
            <numerusform>Host %1 has %n compute node. Nova mirrors only the first, %2, into Placement; left out: %3. nova-manage placement sync_aggregates refuses such a host.</numerusform>
            <numerusform>Host %1 has %n compute nodes. Nova mirrors only the first, %2, into Placement; left out: %3. nova-manage placement sync_aggregates refuses such a host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message numerus="yes">
        <source>Skipped %n unreadable line(s) of %1 (line %2); every other entry is shown.</source>
        <translation>
            <numerusform>Skipped %n unreadable line of %1 (line %2); every other entry is shown.</numerusform>
            <numerusform>Skipped %n unreadable lines of %1 (line %2); every other entry is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message numerus="yes">
        <source>Done after %n conflict(s)</source>
        <translation>
            <numerusform>Done after %n conflict</numerusform>
            <numerusform>Done after %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadStatusBanner</name>
    <message numerus="yes">
        <source>Loaded at %1, but %n provider(s) could not be read completely (first: %2). Their rows say what is missing.</source>
        <translation>
            <numerusform>Loaded at %1, but %n provider could not be read completely (first: %2). Their rows say what is missing.</numerusform>
            <numerusform>Loaded at %1, but %n providers could not be read completely (first: %2). Their rows say what is missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>aggregates: %1 of %n provider(s)</source>
        <translation>
            <numerusform>aggregates: %1 of %n provider</numerusform>
            <numerusform>aggregates: %1 of %n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>capacity and usage: %1 of %n provider(s)</source>
        <translation>
            <numerusform>capacity and usage: %1 of %n provider</numerusform>
            <numerusform>capacity and usage: %1 of %n providers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NovaCommand</name>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>%n item written to %1.</numerusform>
            <numerusform>%n items written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be changed.</source>
        <translation>
            <numerusform>%n provider could not be changed.</numerusform>
            <numerusform>%n providers could not be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed.</source>
        <translation>
            <numerusform>%n provider changed.</numerusform>
            <numerusform>%n providers changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NovaRouteChoice</name>
    <message numerus="yes">
        <source>%n other aggregate(s) that Nova does not manage are saved in Placement either way, after the Nova part.</source>
        <translation>
            <numerusform>%n other aggregate that Nova does not manage are saved in Placement either way, after the Nova part.</numerusform>
            <numerusform>%n other aggregates that Nova does not manage are saved in Placement either way, after the Nova part.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerFilterPanel</name>
    <message numerus="yes">
        <source>member of %n aggregate group(s)</source>
        <translation>
            <numerusform>member of %n aggregate group</numerusform>
            <numerusform>member of %n aggregate groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not in %n aggregate(s)</source>
        <translation>
            <numerusform>not in %n aggregate</numerusform>
            <numerusform>not in %n aggregates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotCompareController</name>
    <message numerus="yes">
        <source>%1 lacks the aggregates of %n provider(s): it cannot say what changed.</source>
        <translation>
            <numerusform>%1 lacks the aggregates of %n provider: it cannot say what changed.</numerusform>
            <numerusform>%1 lacks the aggregates of %n providers: it cannot say what changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The aggregates of %n provider(s) are not loaded: refresh, then compare again.</source>
        <translation>
            <numerusform>The aggregates of %n provider are not loaded: refresh, then compare again.</numerusform>
            <numerusform>The aggregates of %n providers are not loaded: refresh, then compare again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotDiffPage</name>
    <message numerus="yes">
        <source>%n provider(s) differ from %1.</source>
        <translation>
            <numerusform>%n provider differs from %1.</numerusform>
            <numerusform>%n providers differ from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message numerus="yes">
        <source># Repair of placement aggregates: %n provider(s).</source>
        <translation>
            <numerusform># Repair of placement aggregates: %n provider.</numerusform>
            <numerusform># Repair of placement aggregates: %n providers.</numerusform>
        </translation>
    </message>
</context>
</TS>
