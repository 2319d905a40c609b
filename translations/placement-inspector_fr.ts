<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AggregateComparisonModel</name>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>tenant-isolated: %1</source>
        <translation>isolé par projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>requiert %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>not a Nova aggregate</source>
        <translation>pas un agrégat Nova</translation>
    </message>
    <message>
        <source>members not read: %1</source>
        <translation>membres non lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>%n en trop</numerusform>
            <numerusform>%n en trop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolvable</source>
        <translation>
            <numerusform>%n non résoluble</numerusform>
            <numerusform>%n non résolubles</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute hosts the Nova aggregate lists (os-aggregates)</source>
        <translation>Hôtes de calcul listés par l&apos;agrégat Nova (os-aggregates)</translation>
    </message>
    <message>
        <source>Resource providers in the placement aggregate (GET /resource_providers?member_of=UUID)</source>
        <translation>Fournisseurs de ressources de l&apos;agrégat Placement (GET /resource_providers?member_of=UUID)</translation>
    </message>
    <message>
        <source>Whether Nova&apos;s hosts and Placement&apos;s members agree (drift view: Ctrl+4)</source>
        <translation>Indique si les hôtes de Nova et les membres de Placement concordent (vue de dérive&#xa0;: Ctrl+4)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Nova hosts</source>
        <translation>Hôtes Nova</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Re&amp;lancer la comparaison</translation>
    </message>
    <message>
        <source>Filter aggregates by name, zone or UUID</source>
        <translation>Filtrer les agrégats par nom, zone ou UUID</translation>
    </message>
    <message>
        <source>Read Nova and Placement&apos;s member lists again, without reloading the providers (Ctrl+Shift+N)</source>
        <translation>Relire les listes de membres de Nova et de Placement, sans recharger les fournisseurs (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>No aggregates compared yet.</source>
        <translation>Aucun agrégat comparé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Return or double-click opens the provider</source>
        <translation>Return ou un double-clic ouvre le fournisseur</translation>
    </message>
    <message>
        <source>Select an aggregate to see Nova&apos;s hosts and Placement&apos;s members side by side.</source>
        <translation>Sélectionnez un agrégat pour voir côte à côte les hôtes de Nova et les membres de Placement.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): not a Nova aggregate; %n Placement member(s)</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: pas un agrégat Nova&#xa0;; %n membre Placement</numerusform>
            <numerusform>%1 (%2)&#xa0;: pas un agrégat Nova&#xa0;; %n membres Placement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n Nova aggregate(s), %1 drifted; %2 placement-only.</source>
        <translation>
            <numerusform>%n agrégat Nova, %1 en dérive&#xa0;; %2 uniquement dans Placement.</numerusform>
            <numerusform>%n agrégats Nova, %1 en dérive&#xa0;; %2 uniquement dans Placement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter aggregates</source>
        <translation>Filtrer les agrégats</translation>
    </message>
    <message>
        <source>Aggregates in Nova and Placement</source>
        <translation>Agrégats dans Nova et Placement</translation>
    </message>
    <message>
        <source>Hosts of the selected aggregate</source>
        <translation>Hôtes de l&apos;agrégat sélectionné</translation>
    </message>
</context>
<context>
    <name>AggregateEditController</name>
    <message>
        <source>Reading the aggregates of %1…</source>
        <translation>Lecture des agrégats de %1…</translation>
    </message>
    <message>
        <source>Could not read the aggregates of %1: %2</source>
        <translation>Impossible de lire les agrégats de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read %1 to undo: %2</source>
        <translation>Impossible de lire %1 pour annuler&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undo: this restores the set %1 had before your last change. Review the difference and save; a conflict is handled as for any edit.</source>
        <translation>Annulation&#xa0;: ceci rétablit l&apos;ensemble que %1 avait avant votre dernière modification. Vérifiez la différence et enregistrez&#xa0;; un conflit est traité comme pour toute modification.</translation>
    </message>
    <message>
        <source>%1: only the generation moved (%2 → %3); your change was re-applied automatically.</source>
        <translation>%1&#xa0;: seule la génération a changé (%2 → %3)&#xa0;; votre modification a été réappliquée automatiquement.</translation>
    </message>
    <message>
        <source>%1 was changed on the server meanwhile (generation %2 → %3); choose how to continue.</source>
        <translation>%1 a été modifié sur le serveur entre-temps (génération %2 → %3)&#xa0;; choisissez comment continuer.</translation>
    </message>
    <message numerus="yes">
        <source>Saving through Nova: %n add_host/remove_host call(s) for host %1, then reading Placement to check Nova&apos;s mirror…</source>
        <translation>
            <numerusform>Enregistrement via Nova&#xa0;: %n appel add_host/remove_host pour l&apos;hôte %1, puis lecture de Placement pour vérifier la réplication par Nova…</numerusform>
            <numerusform>Enregistrement via Nova&#xa0;: %n appels add_host/remove_host pour l&apos;hôte %1, puis lecture de Placement pour vérifier la réplication par Nova…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1 through Nova…</source>
        <translation>Enregistrement de %1 via Nova…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: saving through Nova failed; the editor says why.</source>
        <translation>%1&#xa0;: l&apos;enregistrement via Nova a échoué&#xa0;; l&apos;éditeur en indique la raison.</translation>
    </message>
    <message>
        <source>%1 Now saving the other aggregates in Placement…</source>
        <translation>%1 À présent, enregistrement des autres agrégats dans Placement…</translation>
    </message>
    <message>
        <source>Editing the aggregates of %1 (generation %2).</source>
        <translation>Modification des agrégats de %1 (génération %2).</translation>
    </message>
    <message>
        <source>Saved %1: %2 added, %3 removed.</source>
        <translation>%1 enregistré&#xa0;: %2 ajouté(s), %3 retiré(s).</translation>
    </message>
    <message numerus="yes">
        <source>It now has %n aggregate(s), at generation %1.</source>
        <translation>
            <numerusform>Désormais %n agrégat, génération %1.</numerusform>
            <numerusform>Désormais %n agrégats, génération %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent, not UUIDs: %1.</source>
        <translation>Non envoyés, pas des UUID&#xa0;: %1.</translation>
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
        <translation>Modification groupée (%1)&#xa0;: %2 terminé(s), %3 inchangé(s), %4 en échec, %5 annulé(s).</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undo of the bulk edit (%1): %2 done, %3 unchanged, %4 failed, %5 cancelled.</source>
        <translation>Annulation de la modification groupée (%1)&#xa0;: %2 effectués, %3 inchangés, %4 en échec, %5 annulés.</translation>
    </message>
    <message>
        <source>Nothing to revert: the chosen journal entries changed nothing.</source>
        <translation>Rien à annuler&#xa0;: les entrées choisies du journal n&apos;ont rien changé.</translation>
    </message>
    <message>
        <source>journal entry of %1</source>
        <translation>entrée du journal de %1</translation>
    </message>
    <message numerus="yes">
        <source>journal batch of %n provider(s)</source>
        <translation>
            <numerusform>lot du journal de %n fournisseur</numerusform>
            <numerusform>lot du journal de %n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert of the %1: %2 done, %3 unchanged, %4 failed, %5 cancelled.</source>
        <translation>Annulation (%1)&#xa0;: %2 faits, %3 inchangés, %4 en échec, %5 annulés.</translation>
    </message>
</context>
<context>
    <name>AggregateEditSession</name>
    <message>
        <source>changed on the server meanwhile (409); the change was dropped and the server&apos;s set reloaded</source>
        <translation>modifié sur le serveur entre-temps (409)&#xa0;; la modification a été abandonnée et l&apos;ensemble du serveur rechargé</translation>
    </message>
</context>
<context>
    <name>AggregateEditorDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Edit Aggregates of %1</source>
        <translation>Modifier les agrégats de %1</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agrégat</translation>
    </message>
    <message>
        <source>Pending change</source>
        <translation>Modification en attente</translation>
    </message>
    <message>
        <source>Remove the selected aggregates from the set (Del)</source>
        <translation>Retirer de l&apos;ensemble les agrégats sélectionnés (Del)</translation>
    </message>
    <message>
        <source>Put the selected removed aggregates back</source>
        <translation>Remettre les agrégats retirés sélectionnés</translation>
    </message>
    <message>
        <source>Only the generation moved (%1 → %2); your change was re-applied automatically.</source>
        <translation>Seule la génération a changé (%1 → %2)&#xa0;; votre modification a été réappliquée automatiquement.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Started from generation %3 with %n aggregate(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Point de départ&#xa0;: génération %3 avec %n agrégat.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Point de départ&#xa0;: génération %3 avec %n agrégats.</numerusform>
        </translation>
    </message>
    <message>
        <source>kept · added on the server meanwhile</source>
        <translation>conservé · ajouté sur le serveur entre-temps</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− retiré</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ ajouté</translation>
    </message>
    <message>
        <source>removed on the server meanwhile</source>
        <translation>retiré sur le serveur entre-temps</translation>
    </message>
    <message>
        <source>invalid, not sent</source>
        <translation>invalide, non envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n à retirer</numerusform>
            <numerusform>%n à retirer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n conservé</numerusform>
            <numerusform>%n conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Already in the list: %1</source>
        <translation>Déjà dans la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application en cours…</translation>
    </message>
    <message>
        <source>Waiting for your choice…</source>
        <translation>En attente de votre choix…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save with one generation-checked request (%1)</source>
        <translation>Enregistrer par une seule requête avec contrôle de génération (%1)</translation>
    </message>
    <message>
        <source>Re-applying your changes on top of generation %1…</source>
        <translation>Réapplication de vos modifications sur la génération %1…</translation>
    </message>
    <message>
        <source>Reloaded: this is the server&apos;s set at generation %1; your changes were dropped.</source>
        <translation>Rechargé&#xa0;: voici l&apos;ensemble du serveur à la génération %1&#xa0;; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Your changes now start from the server&apos;s set at generation %1; what others changed is kept and marked. Review and save again.</source>
        <translation>Vos modifications partent désormais de l&apos;ensemble du serveur à la génération %1&#xa0;; les modifications des autres sont conservées et signalées. Vérifiez et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>none (no answer from the server)</source>
        <translation>aucun (pas de réponse du serveur)</translation>
    </message>
    <message>
        <source>Not saved: %1
Request id: %2
Your changes are kept; save again when the cause is fixed.</source>
        <translation>Non enregistré&#xa0;: %1
ID de requête&#xa0;: %2
Vos modifications sont conservées&#xa0;; enregistrez à nouveau une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>Wait until the save is answered; closing now would hide its outcome.</source>
        <translation>Attendez la réponse à l&apos;enregistrement&#xa0;; fermer maintenant en masquerait le résultat.</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Discard your unsaved changes to %1? Adding %n aggregate(s), removing %2.</source>
        <translation>
            <numerusform>Abandonner vos modifications non enregistrées de %1&#xa0;? Ajout de %n agrégat, retrait de %2.</numerusform>
            <numerusform>Abandonner vos modifications non enregistrées de %1&#xa0;? Ajout de %n agrégats, retrait de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the selected aggregates (in the list)</source>
        <translation>Retirer les agrégats sélectionnés (dans la liste)</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Add what is typed (in the aggregate box); never saves</source>
        <translation>Ajouter la saisie (dans le champ des agrégats)&#xa0;; n’enregistre jamais</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Poursuivre la modification</translation>
    </message>
    <message>
        <source>Aggregates and pending changes</source>
        <translation>Agrégats et modifications en attente</translation>
    </message>
</context>
<context>
    <name>AggregateHostsModel</name>
    <message>
        <source>Placement&apos;s members of this aggregate were not read</source>
        <translation>Les membres Placement de cet agrégat n&apos;ont pas été lus</translation>
    </message>
    <message>
        <source>Nova lists host %1; its provider %2 is not in the placement aggregate</source>
        <translation>Nova liste l&apos;hôte %1&#xa0;; son fournisseur %2 n&apos;est pas dans l&apos;agrégat Placement</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Another compute node of host %1, which the Nova aggregate lists</source>
        <translation>Autre nœud de calcul de l&apos;hôte %1, que l&apos;agrégat Nova liste</translation>
    </message>
    <message>
        <source>Its host %1 is not in the Nova aggregate</source>
        <translation>Son hôte %1 n&apos;est pas dans l&apos;agrégat Nova</translation>
    </message>
    <message>
        <source>Not a Nova compute node (nested, sharing or made by hand)</source>
        <translation>Pas un nœud de calcul Nova (imbriqué, partagé ou créé à la main)</translation>
    </message>
    <message>
        <source>in both</source>
        <translation>dans les deux</translation>
    </message>
    <message>
        <source>missing in Placement</source>
        <translation>manquant dans Placement</translation>
    </message>
    <message>
        <source>extra in Placement</source>
        <translation>en trop dans Placement</translation>
    </message>
    <message>
        <source>host cannot be mapped</source>
        <translation>hôte non associable</translation>
    </message>
    <message>
        <source>members not read</source>
        <translation>membres non lus</translation>
    </message>
    <message>
        <source>Placement only</source>
        <translation>Placement uniquement</translation>
    </message>
    <message>
        <source>Hosts the Nova aggregate lists, with the compute node Nova mirrors</source>
        <translation>Hôtes listés par l&apos;agrégat Nova, avec le nœud de calcul que Nova réplique</translation>
    </message>
    <message>
        <source>Resource providers in the placement aggregate (member_of)</source>
        <translation>Fournisseurs de ressources de l&apos;agrégat Placement (member_of)</translation>
    </message>
    <message>
        <source>Nova host</source>
        <translation>Hôte Nova</translation>
    </message>
    <message>
        <source>Placement member</source>
        <translation>Membre Placement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Hôte %1</translation>
    </message>
    <message>
        <source>Host %1, compute node %2</source>
        <translation>Hôte %1, nœud de calcul %2</translation>
    </message>
    <message>
        <source>Provider %1 (%2)</source>
        <translation>Fournisseur %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AggregateInput</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Aggregate UUIDs or labels; paste many separated by newlines, commas or spaces</source>
        <translation>UUID ou libellés d&apos;agrégats&#xa0;; collez-en plusieurs séparés par des retours à la ligne, des virgules ou des espaces</translation>
    </message>
    <message>
        <source>Type or paste aggregate UUIDs, type a local label, or pick a known aggregate</source>
        <translation>Saisissez ou collez des UUID d&apos;agrégats, saisissez un libellé local ou choisissez un agrégat connu</translation>
    </message>
    <message>
        <source>Add what is typed to the set (Return)</source>
        <translation>Ajouter la saisie à l&apos;ensemble (Return)</translation>
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
        <translation>Agrégats à ajouter</translation>
    </message>
</context>
<context>
    <name>AggregateList</name>
    <message>
        <source>&quot;%1&quot; is not a UUID (expected 8-4-4-4-12 hexadecimal digits)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID (attendu&#xa0;: 8-4-4-4-12 chiffres hexadécimaux)</translation>
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
        <translation>Un nom local pour l&apos;agrégat, enregistré pour cette connexion uniquement (les agrégats Placement n&apos;ont pas de nom). Double-clic ou F2 pour le modifier.</translation>
    </message>
    <message>
        <source>The name of the Nova host aggregate with this UUID (Placement mirrors Nova&apos;s aggregates)</source>
        <translation>Le nom de l&apos;agrégat d&apos;hôtes Nova ayant cet UUID (Placement réplique les agrégats de Nova)</translation>
    </message>
    <message>
        <source>Nova metadata that depends on this membership: tenant isolation (filter_tenant_id) and required traits (trait:NAME=required)</source>
        <translation>Métadonnées Nova qui dépendent de cette appartenance&#xa0;: isolation par projet (filter_tenant_id) et traits requis (trait:NAME=required)</translation>
    </message>
    <message>
        <source>Aggregate UUID</source>
        <translation>UUID de l&apos;agrégat</translation>
    </message>
    <message>
        <source>Local label</source>
        <translation>Libellé local</translation>
    </message>
    <message>
        <source>Members (loaded)</source>
        <translation>Membres (chargés)</translation>
    </message>
    <message>
        <source>Nova name</source>
        <translation>Nom Nova</translation>
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
        <translation>Double-cliquez ou appuyez sur F2 pour modifier le libellé local</translation>
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
        <translation>Aucun agrégat parmi les fournisseurs chargés pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Ask Placement which providers are members (member_of) and compare with the loaded data</source>
        <translation>Demander à Placement quels fournisseurs sont membres (member_of) et comparer avec les données chargées</translation>
    </message>
    <message>
        <source>Select an aggregate to see its member providers.</source>
        <translation>Sélectionnez un agrégat pour voir ses fournisseurs membres.</translation>
    </message>
    <message numerus="yes">
        <source>Members of %1 — %2 · %n Nova host(s)</source>
        <translation>
            <numerusform>Membres de %1 — %2 · %n hôte Nova</numerusform>
            <numerusform>Membres de %1 — %2 · %n hôtes Nova</numerusform>
        </translation>
    </message>
    <message>
        <source>Members of %1 (%2)</source>
        <translation>Membres de %1 (%2)</translation>
    </message>
    <message>
        <source>Members of %1 (%2, %3)</source>
        <translation>Membres de %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>Chec&amp;k against server</source>
        <translation>&amp;Vérifier auprès du serveur</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Agrégats</translation>
    </message>
    <message>
        <source>Member providers of the selected aggregate</source>
        <translation>Fournisseurs de ressources membres de l&apos;agrégat sélectionné</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Not connected. Start with --endpoint URL --token TOKEN (see --help).</source>
        <translation>Non connecté. Lancez avec --endpoint URL --token TOKEN (voir --help).</translation>
    </message>
    <message>
        <source>Listing providers…</source>
        <translation>Récupération de la liste des fournisseurs…</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s); loading aggregates…</source>
        <translation>
            <numerusform>%n fournisseur&#xa0;; chargement des agrégats…</numerusform>
            <numerusform>%n fournisseurs&#xa0;; chargement des agrégats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s); loading capacity and usage…</source>
        <translation>
            <numerusform>%n fournisseur&#xa0;; chargement de la capacité et de l&apos;utilisation…</numerusform>
            <numerusform>%n fournisseurs&#xa0;; chargement de la capacité et de l&apos;utilisation…</numerusform>
        </translation>
    </message>
    <message>
        <source>This Placement service has no resource providers.</source>
        <translation>Ce service Placement n&apos;a aucun fournisseur de ressources.</translation>
    </message>
    <message>
        <source>Could not list providers: %1</source>
        <translation>Impossible de lister les fournisseurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not list providers: %1
Press F5 to try again.</source>
        <translation>Impossible de lister les fournisseurs&#xa0;: %1
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled; %n provider(s) shown. Press F5 to load the rest.</source>
        <translation>
            <numerusform>Chargement annulé&#xa0;; %n fournisseur affiché. Appuyez sur F5 pour charger le reste.</numerusform>
            <numerusform>Chargement annulé&#xa0;; %n fournisseurs affichés. Appuyez sur F5 pour charger le reste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) loaded; %1 could not be read completely (see the tooltips; F5 retries).</source>
        <translation>
            <numerusform>%n fournisseur chargé&#xa0;; lecture incomplète pour %1 (voir les infobulles&#xa0;; F5 pour réessayer).</numerusform>
            <numerusform>%n fournisseurs chargés&#xa0;; lecture incomplète pour %1 (voir les infobulles&#xa0;; F5 pour réessayer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) loaded.</source>
        <translation>
            <numerusform>%n fournisseur chargé.</numerusform>
            <numerusform>%n fournisseurs chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1:
%2</source>
        <translation>Impossible de se connecter à %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>%1 · microversions %2–%3 · using %4</source>
        <translation>%1 · microversions %2–%3 · utilisée&#xa0;: %4</translation>
    </message>
    <message>
        <source>Loading providers…</source>
        <translation>Chargement des fournisseurs…</translation>
    </message>
    <message>
        <source>Exported the view to %1.</source>
        <translation>Vue exportée vers %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server agrees: %n member(s).</source>
        <translation>
            <numerusform>Le serveur confirme&#xa0;: %n membre.</numerusform>
            <numerusform>Le serveur confirme&#xa0;: %n membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server has %n member(s), the loaded data %1.</source>
        <translation>
            <numerusform>Le serveur compte %n membre, les données chargées %1.</numerusform>
            <numerusform>Le serveur compte %n membres, les données chargées %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown here: %1; no longer members: %2. Refresh (F5) to update.</source>
        <translation>Non affichés ici&#xa0;: %1&#xa0;; plus membres&#xa0;: %2. Actualisez (F5) pour mettre à jour.</translation>
    </message>
    <message>
        <source>The journal could not be written: %1</source>
        <translation>Le journal n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n provider(s) were deleted on the server during the load and are no longer listed.</source>
        <translation>
            <numerusform>%1 %n fournisseur a été supprimé sur le serveur pendant le chargement et n’est plus listé.</numerusform>
            <numerusform>%1 %n fournisseurs ont été supprimés sur le serveur pendant le chargement et ne sont plus listés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>application credential secret</source>
        <translation>secret des identifiants d&apos;application</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>valeur requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Placement endpoint</source>
        <translation>point de terminaison Placement</translation>
    </message>
    <message>
        <source>Placement endpoint &quot;%1&quot; is not an http(s) URL</source>
        <translation>Le point de terminaison Placement «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>Keystone URL (auth_url)</source>
        <translation>URL Keystone (auth_url)</translation>
    </message>
    <message>
        <source>Keystone URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>L&apos;URL Keystone «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is not public, internal or admin</source>
        <translation>l&apos;interface «&#xa0;%1&#xa0;» n&apos;est ni public, ni internal, ni admin</translation>
    </message>
    <message>
        <source>user name or user id</source>
        <translation>nom d&apos;utilisateur ou ID d&apos;utilisateur</translation>
    </message>
    <message>
        <source>user domain (name or id) for user &quot;%1&quot;</source>
        <translation>domaine de l&apos;utilisateur (nom ou ID) pour l&apos;utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>project domain (name or id) for project &quot;%1&quot;</source>
        <translation>domaine du projet (nom ou ID) pour le projet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>application credential id or name</source>
        <translation>ID ou nom des identifiants d&apos;application</translation>
    </message>
    <message>
        <source>user name or id (an application credential given by name belongs to a user)</source>
        <translation>nom ou ID d&apos;utilisateur (des identifiants d&apos;application désignés par leur nom appartiennent à un utilisateur)</translation>
    </message>
    <message>
        <source>Keystone password</source>
        <translation>Mot de passe Keystone</translation>
    </message>
    <message>
        <source>Keystone application credential</source>
        <translation>Identifiants d&apos;application Keystone</translation>
    </message>
    <message>
        <source>Keystone token</source>
        <translation>Jeton Keystone</translation>
    </message>
    <message>
        <source>Standalone endpoint and token</source>
        <translation>Point de terminaison autonome et jeton</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Sans authentification</translation>
    </message>
</context>
<context>
    <name>AuthConnection</name>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>impossible de lire le fichier CA %1</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>le fichier CA %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cannot read the client certificate %1</source>
        <translation>impossible de lire le certificat client %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cannot read the client key %1</source>
        <translation>impossible de lire la clé client %1</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key</source>
        <translation>%1 ne contient aucune clé privée RSA ou EC non chiffrée</translation>
    </message>
    <message>
        <source>Settings are incomplete: %1</source>
        <translation>Paramètres incomplets&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS settings: %1</source>
        <translation>Paramètres TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS certificates are NOT verified (this profile turns verification off).</source>
        <translation>Les certificats TLS ne sont PAS vérifiés (ce profil désactive la vérification).</translation>
    </message>
    <message>
        <source>application credential %1</source>
        <translation>les identifiants d&apos;application %1</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>le jeton</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Keystone %1 refused %2: %3</source>
        <translation>Keystone %1 a refusé %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unscoped</source>
        <translation>sans portée</translation>
    </message>
    <message>
        <source>Keystone: authenticated as %1 (%2, roles: %3); token valid until %4.</source>
        <translation>Keystone&#xa0;: authentifié en tant que %1 (%2, rôles&#xa0;: %3)&#xa0;; jeton valide jusqu&apos;à %4.</translation>
    </message>
    <message>
        <source>Placement endpoint %1 (set in the profile).</source>
        <translation>Point de terminaison Placement %1 (défini dans le profil).</translation>
    </message>
    <message>
        <source>Finding Placement: %1</source>
        <translation>Recherche de Placement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Placement endpoint %1 (catalog: %2, %3).</source>
        <translation>Point de terminaison Placement %1 (catalogue&#xa0;: %2, %3).</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>toute région</translation>
    </message>
    <message>
        <source>Nova (compute) endpoint %1 (set in the profile).</source>
        <translation>Point de terminaison Nova (compute) %1 (défini dans le profil).</translation>
    </message>
    <message>
        <source>no compute endpoint is set for this connection (a standalone Placement endpoint has no catalog to find Nova in)</source>
        <translation>aucun point de terminaison compute n&apos;est défini pour cette connexion (un point de terminaison Placement autonome n&apos;a pas de catalogue où trouver Nova)</translation>
    </message>
    <message>
        <source>the Keystone catalog has no compute endpoint: %1</source>
        <translation>le catalogue Keystone n&apos;a aucun point de terminaison compute&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nova (compute) endpoint %1 (catalog).</source>
        <translation>Point de terminaison Nova (compute) %1 (catalogue).</translation>
    </message>
    <message>
        <source>Placement at %1: %2</source>
        <translation>Placement sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Placement answers: microversions %1 to %2, using %3.</source>
        <translation>Placement répond&#xa0;: microversions %1 à %2, utilisation de %3.</translation>
    </message>
    <message>
        <source>Listing providers: %1</source>
        <translation>Liste des fournisseurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your role may list resource providers.</source>
        <translation>Votre rôle peut lister les fournisseurs de ressources.</translation>
    </message>
    <message>
        <source>Could not reach Keystone %1 to authenticate %2: %3</source>
        <translation>Impossible de joindre Keystone %1 pour authentifier %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BulkAggregateEdit</name>
    <message>
        <source>remove from %1</source>
        <translation>retirer de %1</translation>
    </message>
    <message>
        <source>add to %1, remove from %2</source>
        <translation>ajouter à %1, retirer de %2</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>ajouter à %1</translation>
    </message>
    <message>
        <source>remove from every aggregate</source>
        <translation>retirer de tous les agrégats</translation>
    </message>
    <message>
        <source>replace aggregates with %1</source>
        <translation>remplacer les agrégats par %1</translation>
    </message>
    <message numerus="yes">
        <source>still changing after %n tries</source>
        <translation>
            <numerusform>toujours en cours de modification après %n tentative</numerusform>
            <numerusform>toujours en cours de modification après %n tentatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Add to Aggregate</source>
        <translation>Ajouter à un agrégat</translation>
    </message>
    <message>
        <source>Remove from Aggregate</source>
        <translation>Retirer d&apos;un agrégat</translation>
    </message>
    <message>
        <source>Replace Aggregates</source>
        <translation>Remplacer les agrégats</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Examiner…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Cancel Remaining</source>
        <translation>&amp;Annuler le reste</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n provider(s)</source>
        <translation>
            <numerusform>%1 — %n fournisseur</numerusform>
            <numerusform>%1 — %n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen set replaces each provider&apos;s aggregates. Leave it empty to remove every aggregate.</source>
        <translation>L&apos;ensemble choisi remplace les agrégats de chaque fournisseur. Laissez-le vide pour retirer tous les agrégats.</translation>
    </message>
    <message>
        <source>Each provider is changed with its own generation-checked request; a provider changed meanwhile is re-read and the same change applied again.</source>
        <translation>Chaque fournisseur est modifié par sa propre requête avec contrôle de génération&#xa0;; un fournisseur modifié entre-temps est relu et la même modification est réappliquée.</translation>
    </message>
    <message>
        <source>Del removes the selected aggregates from the change</source>
        <translation>Del retire les agrégats sélectionnés de la modification</translation>
    </message>
    <message>
        <source>See every provider and the change before anything is sent</source>
        <translation>Voir chaque fournisseur et la modification avant tout envoi</translation>
    </message>
    <message>
        <source>Send one generation-checked request per provider</source>
        <translation>Envoyer une requête avec contrôle de génération par fournisseur</translation>
    </message>
    <message>
        <source>Send no new requests; those already sent finish and are reported</source>
        <translation>N&apos;envoyer aucune nouvelle requête&#xa0;; celles déjà envoyées se terminent et sont signalées</translation>
    </message>
    <message>
        <source>Run the failed and cancelled providers again</source>
        <translation>Relancer les fournisseurs en échec et annulés</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Non utilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) will be changed: %1.</source>
        <translation>
            <numerusform>%n fournisseur sera modifié&#xa0;: %1.</numerusform>
            <numerusform>%n fournisseurs seront modifiés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the aggregates first; nothing has been sent.</source>
        <translation>Choisissez d&apos;abord les agrégats&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Already in the list: %1</source>
        <translation>Déjà dans la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Provider(s)</source>
        <translation>
            <numerusform>&amp;Appliquer à %n fournisseur</numerusform>
            <numerusform>&amp;Appliquer à %n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been sent yet. Applying will %1 on each of these %n provider(s), one generation-checked request each:</source>
        <translation>
            <numerusform>Rien n&apos;a encore été envoyé. Appliquer consistera à %1 pour %n fournisseur, avec une requête avec contrôle de génération&#xa0;:</numerusform>
            <numerusform>Rien n&apos;a encore été envoyé. Appliquer consistera à %1 pour chacun de ces %n fournisseurs, avec une requête avec contrôle de génération pour chacun&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used, not sent: %1</source>
        <translation>Non utilisé, non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Take the selected aggregates off the list</source>
        <translation>Retirer de la liste les agrégats sélectionnés</translation>
    </message>
    <message>
        <source>Add what is typed (in the aggregate box); never applies</source>
        <translation>Ajouter la saisie (dans le champ des agrégats)&#xa0;; n’applique jamais</translation>
    </message>
    <message>
        <source>Aggregates in the change</source>
        <translation>Agrégats de la modification</translation>
    </message>
    <message>
        <source>Providers and their changes</source>
        <translation>Fournisseurs de ressources et leurs modifications</translation>
    </message>
</context>
<context>
    <name>BulkOutcomeModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message numerus="yes">
        <source>Retrying after %n conflict(s)</source>
        <translation>
            <numerusform>Nouvel essai après %n conflit</numerusform>
            <numerusform>Nouvel essai après %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n conflict(s)</source>
        <translation>
            <numerusform>Terminé après %n conflit</numerusform>
            <numerusform>Terminé après %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Unchanged (already as intended)</source>
        <translation>Inchangé (déjà comme prévu)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled (not sent)</source>
        <translation>Annulé (non envoyé)</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Génération %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n provider(s) finished: %2 done, %3 unchanged, %4 failed, %5 cancelled.</source>
        <translation>
            <numerusform>%1 sur %n fournisseur terminé(s)&#xa0;: %2 terminé(s), %3 inchangé(s), %4 en échec, %5 annulé(s).</numerusform>
            <numerusform>%1 sur %n fournisseurs terminé(s)&#xa0;: %2 terminé(s), %3 inchangé(s), %4 en échec, %5 annulé(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>(no aggregates)</source>
        <translation>(aucun agrégat)</translation>
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
        <translation>cloud «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cloud &quot;%1&quot; in %2</source>
        <translation>cloud «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;auth&quot; is not a mapping</source>
        <translation>&quot;auth&quot; n&apos;est pas un dictionnaire</translation>
    </message>
    <message>
        <source>environment (OS_*)</source>
        <translation>environnement (OS_*)</translation>
    </message>
    <message>
        <source>clouds.yaml: %1</source>
        <translation>clouds.yaml&#xa0;: %1</translation>
    </message>
    <message>
        <source>auth_type &quot;%1&quot; is not supported (use password, v3password, token, v3token, v3applicationcredential, admin_token, token_endpoint or none)</source>
        <translation>auth_type «&#xa0;%1&#xa0;» n&apos;est pas pris en charge (utilisez password, v3password, token, v3token, v3applicationcredential, admin_token, token_endpoint ou none)</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is not public, internal or admin</source>
        <translation>l&apos;interface «&#xa0;%1&#xa0;» n&apos;est ni public, ni internal, ni admin</translation>
    </message>
    <message>
        <source>placement_api_version &quot;%1&quot; is not like 1.39</source>
        <translation>placement_api_version «&#xa0;%1&#xa0;» n&apos;est pas de la forme 1.39</translation>
    </message>
</context>
<context>
    <name>CloudsConfig</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 n&apos;est pas un JSON valide (à l&apos;octet %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: the top level is not a mapping</source>
        <translation>%1&#xa0;: le niveau supérieur n&apos;est pas un dictionnaire</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; is not a mapping</source>
        <translation>%1&#xa0;: &quot;clouds&quot; n&apos;est pas un dictionnaire</translation>
    </message>
    <message>
        <source>no clouds.yaml was found</source>
        <translation>aucun clouds.yaml trouvé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>cloud &quot;%1&quot; is not defined (%2; clouds: %3)</source>
        <translation>le cloud «&#xa0;%1&#xa0;» n&apos;est pas défini (%2&#xa0;; clouds&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot; is not a mapping</source>
        <translation>%1&#xa0;: le cloud «&#xa0;%2&#xa0;» n&apos;est pas un dictionnaire</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Placement endpoint URL (standalone mode, no Keystone).</source>
        <translation>URL du point de terminaison Placement (mode autonome, sans Keystone).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Token sent as X-Auth-Token (for noauth2 servers: admin). Defaults to $OS_TOKEN.</source>
        <translation>Jeton envoyé en X-Auth-Token (pour les serveurs noauth2&#xa0;: admin). Par défaut&#xa0;: $OS_TOKEN.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Load every provider with its aggregates, write them to FILE (.json or .csv) and exit; no window.</source>
        <translation>Charger chaque fournisseur avec ses agrégats, les écrire dans FICHIER (.json ou .csv) et quitter&#xa0;; sans fenêtre.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Nova (compute) endpoint URL, e.g. http://controller:8774/v2.1, for aggregate names, hosts and drift. Keystone connections find it in the catalog.</source>
        <translation>URL du point de terminaison Nova (compute), p. ex. http://controller:8774/v2.1, pour les noms d&apos;agrégats, les hôtes et la dérive. Les connexions Keystone le trouvent dans le catalogue.</translation>
    </message>
    <message>
        <source>Compare Nova&apos;s host aggregates with Placement&apos;s, write the drift to FILE (.json) and exit; no window. Exit code 0: no drift, 3: drift found.</source>
        <translation>Comparer les agrégats d&apos;hôtes de Nova avec ceux de Placement, écrire la dérive dans FICHIER (.json) et quitter&#xa0;; sans fenêtre. Code de sortie 0&#xa0;: aucune dérive, 3&#xa0;: dérive trouvée.</translation>
    </message>
    <message>
        <source>Add every compute node&apos;s provider to the placement aggregates of its host&apos;s Nova aggregates, like nova-manage placement sync_aggregates (adds only), print one line per change and exit.</source>
        <translation>Ajouter le fournisseur de chaque nœud de calcul aux agrégats Placement des agrégats Nova de son hôte, comme nova-manage placement sync_aggregates (ajouts uniquement), afficher une ligne par modification et quitter.</translation>
    </message>
    <message>
        <source>With --sync-aggregates: print what would change, change nothing.</source>
        <translation>Avec --sync-aggregates&#xa0;: afficher ce qui changerait, sans rien modifier.</translation>
    </message>
    <message>
        <source>Connect to this cloud of clouds.yaml (like openstack --os-cloud). Defaults to $OS_CLOUD.</source>
        <translation>Se connecter à ce cloud de clouds.yaml (comme openstack --os-cloud). Par défaut&#xa0;: $OS_CLOUD.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Connect with this saved profile.</source>
        <translation>Se connecter avec ce profil enregistré.</translation>
    </message>
    <message>
        <source>Browse only: every action that writes to Placement is disabled.</source>
        <translation>Consultation uniquement&#xa0;: toute action qui écrit dans Placement est désactivée.</translation>
    </message>
    <message>
        <source>With --export: when some providers&apos; aggregates cannot be read, write the file anyway, each failed row with its error (the exit code is still 4).</source>
        <translation>Avec --export&#xa0;: si les agrégats de certains fournisseurs ne peuvent pas être lus, écrire quand même le fichier, chaque ligne en échec avec son erreur (le code de sortie reste 4).</translation>
    </message>
    <message>
        <source>Give up on a request that receives no data for this many seconds (default: %1).</source>
        <translation>Abandonner une requête qui ne reçoit aucune donnée pendant ce nombre de secondes (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (voir --help)</translation>
    </message>
    <message>
        <source>--endpoint: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--endpoint&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>--export: %1</source>
        <translation>--export&#xa0;: %1</translation>
    </message>
    <message>
        <source>use only one of --export, --drift-report and --sync-aggregates</source>
        <translation>n&apos;utilisez qu&apos;une seule des options --export, --drift-report et --sync-aggregates</translation>
    </message>
    <message>
        <source>--drift-report: &quot;%1&quot; must end in .json</source>
        <translation>--drift-report&#xa0;: «&#xa0;%1&#xa0;» doit se terminer par .json</translation>
    </message>
    <message>
        <source>--dry-run only applies to --sync-aggregates</source>
        <translation>--dry-run ne s&apos;applique qu&apos;à --sync-aggregates</translation>
    </message>
    <message>
        <source>--compute-endpoint: &quot;%1&quot; is not an http(s) URL</source>
        <translation>--compute-endpoint&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>--allow-partial only applies to --export</source>
        <translation>--allow-partial ne s&apos;applique qu&apos;à --export</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a whole number of seconds from 1 to %2</source>
        <translation>--timeout&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de secondes entre 1 et %2</translation>
    </message>
    <message>
        <source>use only one of --cloud, --profile and --endpoint</source>
        <translation>n&apos;utilisez qu&apos;une seule des options --cloud, --profile et --endpoint</translation>
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
        <translation>Parcourir les fournisseurs de ressources OpenStack Placement et modifier leurs agrégats en toute sécurité.
Sans --export, une fenêtre s&apos;ouvre, ce qui nécessite un affichage graphique.

Codes de sortie&#xa0;:
  0  terminé&#xa0;; --export a écrit son fichier entièrement
  1  échec de la connexion, de la liste des fournisseurs ou de l&apos;écriture&#xa0;; aucun fichier n&apos;a été créé ni remplacé
  2  la ligne de commande est inutilisable, ou la fenêtre a été demandée sans affichage graphique
  3  --drift-report a trouvé une dérive entre Nova et Placement (le fichier la détaille)&#xa0;;
     --diff a trouvé des différences (une ligne chacune)
  4  les agrégats de certains fournisseurs n&apos;ont pas pu être lus&#xa0;: rien n&apos;est écrit, ou avec
     --allow-partial un fichier dont les lignes en échec portent l&apos;erreur&#xa0;; pour --sync-aggregates&#xa0;:
     certains fournisseurs n&apos;ont pas pu être modifiés (chacun est nommé)</translation>
    </message>
    <message>
        <source>Compare the snapshot OLD (a JSON export) with the snapshot given as the next argument, or without one with the cloud now (connecting like --export), print one line per difference and exit; no window. Exit code 0: equal, 3: differences, 1: a snapshot or the cloud could not be read completely.</source>
        <translation>Comparer l&apos;instantané OLD (un export JSON) avec l&apos;instantané donné en argument suivant, ou sans lui avec le cloud actuel (connexion comme --export), afficher une ligne par différence et quitter&#xa0;; pas de fenêtre. Code de sortie 0&#xa0;: identiques, 3&#xa0;: différences, 1&#xa0;: un instantané ou le cloud n&apos;a pas pu être lu entièrement.</translation>
    </message>
    <message>
        <source>old.json</source>
        <translation>ancien.json</translation>
    </message>
    <message>
        <source>--diff cannot be combined with --export, --drift-report or --sync-aggregates</source>
        <translation>--diff ne peut pas être combiné avec --export, --drift-report ou --sync-aggregates</translation>
    </message>
    <message>
        <source>--diff needs a snapshot file</source>
        <translation>--diff a besoin d&apos;un fichier d&apos;instantané</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 changed on the server</source>
        <translation>%1 modifié sur le serveur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed %1 while you were editing.&lt;/b&gt; Nothing you entered is lost.</source>
        <translation>&lt;b&gt;Quelqu&apos;un d&apos;autre a modifié %1 pendant que vous le modifiiez.&lt;/b&gt; Rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The aggregates changed on the server: it added %1 and removed %2.</source>
        <translation>Les agrégats ont changé sur le serveur (ajoutés&#xa0;: %1&#xa0;; retirés&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The aggregates on the server are unchanged: only the generation moved (from %1 to %2), because its traits, inventory or allocations changed. This is common on busy hosts; re-applying is safe.</source>
        <translation>Les agrégats sur le serveur sont inchangés&#xa0;: seule la génération a changé (de %1 à %2), car ses traits, son inventaire ou ses allocations ont été modifiés. C&apos;est courant sur les hôtes chargés&#xa0;; la réapplication est sans risque.</translation>
    </message>
    <message>
        <source>You started from (generation %1)</source>
        <translation>Votre point de départ (génération %1)</translation>
    </message>
    <message>
        <source>Server now (generation %1)</source>
        <translation>Serveur actuel (génération %1)</translation>
    </message>
    <message>
        <source>You want</source>
        <translation>Ce que vous voulez</translation>
    </message>
    <message numerus="yes">
        <source>Re-applying saves the server&apos;s set plus your additions (%1) minus your removals (%2): %n aggregate(s): %3.</source>
        <translation>
            <numerusform>La réapplication enregistre l&apos;ensemble du serveur plus vos ajouts (%1) moins vos retraits (%2)&#xa0;: %n agrégat&#xa0;: %3.</numerusform>
            <numerusform>La réapplication enregistre l&apos;ensemble du serveur plus vos ajouts (%1) moins vos retraits (%2)&#xa0;: %n agrégats&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Re-apply My Changes</source>
        <translation>&amp;Réappliquer mes modifications</translation>
    </message>
    <message>
        <source>Save the merged set with the server&apos;s new generation</source>
        <translation>Enregistrer l&apos;ensemble fusionné avec la nouvelle génération du serveur</translation>
    </message>
    <message>
        <source>Re&amp;load…</source>
        <translation>Re&amp;charger…</translation>
    </message>
    <message>
        <source>Take the server&apos;s set and drop your changes (asks first)</source>
        <translation>Reprendre l&apos;ensemble du serveur et abandonner vos modifications (confirmation demandée)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Poursuivre la modification</translation>
    </message>
    <message>
        <source>Go back to the editor with your changes carried onto the server&apos;s set; nothing is sent</source>
        <translation>Revenir à l&apos;éditeur avec vos modifications reportées sur l&apos;ensemble du serveur&#xa0;; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>You have no pending changes; reloading shows the server&apos;s set.</source>
        <translation>Vous n&apos;avez aucune modification en attente&#xa0;; le rechargement affiche l&apos;ensemble du serveur.</translation>
    </message>
    <message>
        <source>Reloading drops your changes: adding %1 and removing %2. The editor will show the server&apos;s set (generation %3).</source>
        <translation>Le rechargement abandonne vos modifications (ajouts&#xa0;: %1&#xa0;; retraits&#xa0;: %2). L&apos;éditeur affichera l&apos;ensemble du serveur (génération %3).</translation>
    </message>
    <message>
        <source>&amp;Drop My Changes</source>
        <translation>&amp;Abandonner mes modifications</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>(no aggregates)</source>
        <translation>(aucun agrégat)</translation>
    </message>
</context>
<context>
    <name>ConnectionLauncher</name>
    <message>
        <source>no saved profile named &quot;%1&quot; in %2</source>
        <translation>aucun profil enregistré nommé «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>No keyring service answered (%1). The secret is kept in memory for this session only.</source>
        <translation>Aucun service de trousseau de clés n&apos;a répondu (%1). Le secret est conservé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keyring holds no %1 for this profile.</source>
        <translation>Le trousseau de clés ne contient aucun %1 pour ce profil.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>No secret given.</source>
        <translation>Aucun secret fourni.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>a profile has no name</source>
        <translation>un profil n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: unknown auth_type &quot;%2&quot;</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: auth_type «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: placement_api_version &quot;%2&quot; is not like 1.39</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: placement_api_version «&#xa0;%2&#xa0;» n&apos;a pas la forme 1.39</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: field &quot;%2&quot; has the wrong type</source>
        <translation>profil «&#xa0;%1&#xa0;»&#xa0;: le champ «&#xa0;%2&#xa0;» n&apos;a pas le bon type</translation>
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
        <translation>Quand les fournisseurs affichés ont été lus entièrement pour la dernière fois, et quand la fenêtre les relit (Affichage → Actualisation automatique). Une actualisation liste les fournisseurs et ne relit que ceux dont la génération a changé.</translation>
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
        <translation>Données de %1, il y a %2</translation>
    </message>
    <message>
        <source>auto-refresh off</source>
        <translation>actualisation automatique désactivée</translation>
    </message>
    <message>
        <source>next try in %1 (backing off)</source>
        <translation>prochain essai dans %1 (espacement)</translation>
    </message>
    <message>
        <source>refreshing every %1</source>
        <translation>actualisation toutes les %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>aggregates</source>
        <translation>agrégats</translation>
    </message>
    <message>
        <source>traits</source>
        <translation>traits</translation>
    </message>
    <message>
        <source>inventories</source>
        <translation>inventaires</translation>
    </message>
    <message>
        <source>usages</source>
        <translation>utilisations</translation>
    </message>
    <message>
        <source>allocations</source>
        <translation>allocations</translation>
    </message>
    <message>
        <source>not read (see below)</source>
        <translation>non lu (voir ci-dessous)</translation>
    </message>
    <message>
        <source>Select a provider to see its details.</source>
        <translation>Sélectionnez un fournisseur pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the UUID to the clipboard</source>
        <translation>Copier l&apos;UUID dans le presse-papiers</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID&#xa0;:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Génération&#xa0;:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Parent&#xa0;:</translation>
    </message>
    <message>
        <source>Root:</source>
        <translation>Racine&#xa0;:</translation>
    </message>
    <message>
        <source>Nova host:</source>
        <translation>Hôte Nova&#xa0;:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Compute service:</source>
        <translation>Service de calcul&#xa0;:</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Agrégats</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>Inventories and usage</source>
        <translation>Inventaires et utilisation</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(this provider)</source>
        <translation>(ce fournisseur)</translation>
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
        <translation>pas un nœud de calcul Nova</translation>
    </message>
    <message>
        <source>No Nova hypervisor has this provider&apos;s UUID (nested and sharing providers are not compute nodes)</source>
        <translation>Aucun hyperviseur Nova n&apos;a l&apos;UUID de ce fournisseur (les fournisseurs imbriqués et partagés ne sont pas des nœuds de calcul)</translation>
    </message>
    <message>
        <source>Compute host %1, hypervisor %2</source>
        <translation>Hôte de calcul %1, hyperviseur %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The availability zone of the host&apos;s Nova aggregates; the scheduler finds the host there only while its provider is in the placement aggregate</source>
        <translation>La zone de disponibilité des agrégats Nova de l&apos;hôte&#xa0;; l&apos;ordonnanceur n&apos;y trouve l&apos;hôte que tant que son fournisseur est dans l&apos;agrégat Placement</translation>
    </message>
    <message>
        <source>none (root provider)</source>
        <translation>aucun (racine)</translation>
    </message>
    <message>
        <source>Aggregates (read at generation %1)</source>
        <translation>Agrégats (lus à la génération %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n consumer(s) with allocations</source>
        <translation>
            <numerusform>%n consommateur avec allocations</numerusform>
            <numerusform>%n consommateurs avec allocations</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 lists the parts that failed (provider, aggregates, traits, …); %2 is the server&apos;s error</extracomment>
        <translation>Lecture impossible (%1)&#xa0;: %2</translation>
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
            <numerusform>%1 ne contient pas les agrégats de %n fournisseur, rien n&apos;est comparé&#xa0;: %2</numerusform>
            <numerusform>%1 ne contient pas les agrégats de %n fournisseurs, rien n&apos;est comparé&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are equal (%n provider(s))</source>
        <translation>
            <numerusform>%1 et %2 sont identiques (%n fournisseur)</numerusform>
            <numerusform>%1 et %2 sont identiques (%n fournisseurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation>
            <numerusform>%n différence entre %1 et %2</numerusform>
            <numerusform>%n différences entre %1 et %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--diff with one snapshot compares it with the cloud and needs a connection: --cloud NAME, --profile NAME or --endpoint URL</source>
        <translation>--diff avec un seul instantané le compare avec le cloud et a besoin d&apos;une connexion&#xa0;: --cloud NOM, --profile NOM ou --endpoint URL</translation>
    </message>
    <message>
        <source>the cloud</source>
        <translation>le cloud</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are not set, so the window cannot open; for a headless export use --export FILE</source>
        <translation>pas d&apos;affichage&#xa0;: DISPLAY, WAYLAND_DISPLAY et QT_QPA_PLATFORM ne sont pas définis, la fenêtre ne peut donc pas s&apos;ouvrir&#xa0;; pour un export sans interface, utilisez --export FICHIER</translation>
    </message>
</context>
<context>
    <name>DriftAnalysis</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Host %1 is in Nova aggregate %2, but its provider is not in the placement aggregate: placement-based scheduling for this aggregate (tenant isolation, isolating traits) misses it.</source>
        <translation>L&apos;hôte %1 est dans l&apos;agrégat Nova %2, mais son fournisseur n&apos;est pas dans l&apos;agrégat Placement&#xa0;: l&apos;ordonnancement basé sur Placement pour cet agrégat (isolation par projet, traits d&apos;isolation) ne le prend pas en compte.</translation>
    </message>
    <message>
        <source>Host %1 is in Nova aggregate %2 (availability zone %3), but its provider is not in the placement aggregate: where zones are matched in Placement (the default from Nova 24, the only way from Nova 28), the scheduler never places instances asked for zone %3 on it.</source>
        <translation>L&apos;hôte %1 est dans l&apos;agrégat Nova %2 (zone de disponibilité %3), mais son fournisseur n&apos;est pas dans l&apos;agrégat Placement&#xa0;: là où les zones sont mises en correspondance dans Placement (par défaut depuis Nova 24, seule possibilité depuis Nova 28), l&apos;ordonnanceur n&apos;y place jamais les instances demandées pour la zone %3.</translation>
    </message>
    <message>
        <source>Provider %1 is in the placement aggregate, but its host %2 is not in Nova aggregate %3: placement-based scheduling treats it as a member.</source>
        <translation>Le fournisseur %1 est dans l&apos;agrégat Placement, mais son hôte %2 n&apos;est pas dans l&apos;agrégat Nova %3&#xa0;: l&apos;ordonnancement basé sur Placement le traite comme un membre.</translation>
    </message>
    <message>
        <source>Provider %1 is in the placement aggregate, but its host %2 is not in Nova aggregate %3: where zones are matched in Placement, instances asked for zone %4 may land on it.</source>
        <translation>Le fournisseur %1 est dans l&apos;agrégat Placement, mais son hôte %2 n&apos;est pas dans l&apos;agrégat Nova %3&#xa0;: là où les zones sont mises en correspondance dans Placement, des instances demandées pour la zone %4 peuvent y être placées.</translation>
    </message>
    <message>
        <source>Provider %1 is no compute node but a nested provider under compute node %2 (host %3). Nova only mirrors compute nodes; it was put in this aggregate by someone else.</source>
        <translation>Le fournisseur %1 n&apos;est pas un nœud de calcul mais un fournisseur imbriqué sous le nœud de calcul %2 (hôte %3). Nova ne réplique que les nœuds de calcul&#xa0;; quelqu&apos;un d&apos;autre l&apos;a placé dans cet agrégat.</translation>
    </message>
    <message>
        <source>Provider %1 is no compute node in Nova: a sharing provider (shared storage, for example) or one made by hand. Nova never mirrors it; it may be in this aggregate on purpose, so remove it only if you know it should not be.</source>
        <translation>Le fournisseur %1 n&apos;est pas un nœud de calcul dans Nova&#xa0;: c&apos;est un fournisseur partagé (stockage partagé, par exemple) ou un fournisseur créé à la main. Nova ne le réplique jamais&#xa0;; il peut être dans cet agrégat à dessein, ne le retirez donc que si vous savez qu&apos;il ne devrait pas y être.</translation>
    </message>
    <message numerus="yes">
        <source>Placement aggregate unknown to Nova, with %n provider(s): %1. A Neutron routed network segment, a sharing provider&apos;s aggregate or one made by hand; information only.</source>
        <translation>
            <numerusform>Agrégat Placement inconnu de Nova, avec %n fournisseur&#xa0;: %1. Un segment de réseau routé Neutron, l&apos;agrégat d&apos;un fournisseur partagé ou un agrégat créé à la main&#xa0;; pour information uniquement.</numerusform>
            <numerusform>Agrégat Placement inconnu de Nova, avec %n fournisseurs&#xa0;: %1. Un segment de réseau routé Neutron, l&apos;agrégat d&apos;un fournisseur partagé ou un agrégat créé à la main&#xa0;; pour information uniquement.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (aggregate %2)</source>
        <translation>%1 (agrégat %2)</translation>
    </message>
    <message numerus="yes">
        <source>Host %1 is in %n availability zones: %2. An instance&apos;s zone is ambiguous on this host.</source>
        <translation>
            <numerusform>L&apos;hôte %1 est dans %n zone de disponibilité&#xa0;: %2. La zone d&apos;une instance est ambiguë sur cet hôte.</numerusform>
            <numerusform>L&apos;hôte %1 est dans %n zones de disponibilité&#xa0;: %2. La zone d&apos;une instance est ambiguë sur cet hôte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The nova-compute service on %1 is disabled, but provider %2 lacks the COMPUTE_STATUS_DISABLED trait: the scheduler&apos;s placement prefilter does not skip it.</source>
        <translation>Le service nova-compute sur %1 est désactivé, mais le fournisseur %2 n&apos;a pas le trait COMPUTE_STATUS_DISABLED&#xa0;: le préfiltre Placement de l&apos;ordonnanceur ne l&apos;écarte pas.</translation>
    </message>
    <message>
        <source>Provider %1 carries the COMPUTE_STATUS_DISABLED trait, but the nova-compute service on %2 is enabled: the scheduler&apos;s placement prefilter skips it, so it receives no new instances.</source>
        <translation>Le fournisseur %1 porte le trait COMPUTE_STATUS_DISABLED, mais le service nova-compute sur %2 est activé&#xa0;: le préfiltre Placement de l&apos;ordonnanceur l&apos;écarte, il ne reçoit donc aucune nouvelle instance.</translation>
    </message>
    <message>
        <source>%1 The service is down, so it cannot correct the trait itself.</source>
        <translation>%1 Le service est hors ligne, il ne peut donc pas corriger le trait lui-même.</translation>
    </message>
    <message>
        <source>%1 A running service corrects the trait at its next periodic resource update.</source>
        <translation>%1 Un service en cours d&apos;exécution corrige le trait lors de sa prochaine mise à jour périodique des ressources.</translation>
    </message>
</context>
<context>
    <name>DriftModel</name>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En trop</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>Étranger</translation>
    </message>
    <message>
        <source>Unresolvable</source>
        <translation>Non résoluble</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Incohérent</translation>
    </message>
    <message>
        <source>The host is in the Nova aggregate, its provider is not in the placement aggregate: the scheduler does not see it there (zone, tenant isolation, required traits). Repair adds it; ticked by default.</source>
        <translation>L&apos;hôte est dans l&apos;agrégat Nova, son fournisseur n&apos;est pas dans l&apos;agrégat Placement&#xa0;: l&apos;ordonnanceur ne l&apos;y voit pas (zone, isolation par projet, traits requis). La réparation l&apos;ajoute&#xa0;; coché par défaut.</translation>
    </message>
    <message>
        <source>The provider is in the placement aggregate of a Nova aggregate that does not list its host. Repair removes it only when you tick it.</source>
        <translation>Le fournisseur est dans l&apos;agrégat Placement d&apos;un agrégat Nova qui ne liste pas son hôte. La réparation ne le retire que si vous le cochez.</translation>
    </message>
    <message>
        <source>A placement aggregate Nova does not know (Neutron segments, sharing providers, manual ones): information only, never repaired.</source>
        <translation>Un agrégat Placement que Nova ne connaît pas (segments Neutron, fournisseurs partagés, agrégats manuels)&#xa0;: pour information uniquement, jamais réparé.</translation>
    </message>
    <message>
        <source>A Nova host that cannot be mapped to one resource provider; the detail says why. Nothing to repair automatically.</source>
        <translation>Un hôte Nova qui ne peut pas être associé à un seul fournisseur de ressources&#xa0;; le détail en indique la raison. Rien à réparer automatiquement.</translation>
    </message>
    <message>
        <source>A host in two availability zones, or COMPUTE_STATUS_DISABLED disagreeing with the compute service. Nothing to repair automatically.</source>
        <translation>Un hôte dans deux zones de disponibilité, ou COMPUTE_STATUS_DISABLED en désaccord avec le service de calcul. Rien à réparer automatiquement.</translation>
    </message>
    <message>
        <source>Tick the items to repair: missing ones are ticked, extra ones only when you tick them</source>
        <translation>Cochez les éléments à réparer&#xa0;: les manquants sont cochés, ceux en trop seulement si vous les cochez</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Agrégat</translation>
    </message>
    <message>
        <source>Nova host</source>
        <translation>Hôte Nova</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>DriftPage</name>
    <message>
        <source>Repair &amp;Ticked…</source>
        <translation>Réparer les élémen&amp;ts cochés…</translation>
    </message>
    <message>
        <source>C&amp;opy as Commands</source>
        <translation>Copier so&amp;us forme de commandes</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>Re&amp;lancer la comparaison</translation>
    </message>
    <message>
        <source>%1
Show only this class (several may be on; none shows all).</source>
        <translation>%1
N&apos;afficher que cette classe (plusieurs peuvent être activées&#xa0;; si aucune ne l&apos;est, tout est affiché).</translation>
    </message>
    <message>
        <source>Filter by aggregate, host, provider or detail</source>
        <translation>Filtrer par agrégat, hôte, fournisseur ou détail</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected rows; Return opens the provider</source>
        <translation>Espace coche ou décoche les lignes sélectionnées&#xa0;; Entrée ouvre le fournisseur</translation>
    </message>
    <message>
        <source>No drift: Nova&apos;s aggregates and Placement&apos;s agree.</source>
        <translation>Aucune dérive&#xa0;: les agrégats de Nova et ceux de Placement concordent.</translation>
    </message>
    <message>
        <source>Preview the repair of the ticked items; nothing is written before you apply it (Ctrl+Shift+D)</source>
        <translation>Prévisualiser la réparation des éléments cochés&#xa0;; rien n&apos;est écrit avant que vous ne l&apos;appliquiez (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Copy `openstack resource provider aggregate set` commands for the ticked items, for a change ticket (Ctrl+Shift+K)</source>
        <translation>Copier les commandes `openstack resource provider aggregate set` des éléments cochés, pour un ticket de changement (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Read Nova and Placement&apos;s member lists again, without reloading the providers (Ctrl+Shift+N)</source>
        <translation>Relire les listes de membres de Nova et de Placement, sans recharger les fournisseurs (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>no drift between Nova and Placement (%n foreign aggregate(s), information only).</source>
        <translation>
            <numerusform>aucune dérive entre Nova et Placement (%n agrégat étranger, pour information uniquement).</numerusform>
            <numerusform>aucune dérive entre Nova et Placement (%n agrégats étrangers, pour information uniquement).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drift item(s) (foreign aggregates not counted).</source>
        <translation>
            <numerusform>%n élément de dérive (agrégats étrangers non comptés).</numerusform>
            <numerusform>%n éléments de dérive (agrégats étrangers non comptés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked for repair.</source>
        <translation>Rien n&apos;est coché pour réparation.</translation>
    </message>
    <message>
        <source>Ticked for repair: %1 to add, %2 to remove.</source>
        <translation>Cochés pour réparation&#xa0;: %1 à ajouter, %2 à retirer.</translation>
    </message>
    <message>
        <source>Extra items are removed only when you tick them (Space).</source>
        <translation>Les éléments en trop ne sont retirés que si vous les cochez (Espace).</translation>
    </message>
    <message numerus="yes">
        <source>Commands for %n item(s) copied.</source>
        <translation>
            <numerusform>Commandes pour %n élément copiées.</numerusform>
            <numerusform>Commandes pour %n éléments copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate UUID</source>
        <translation>UUID de l&apos;agrégat</translation>
    </message>
    <message>
        <source>Provider UUID</source>
        <translation>UUID du fournisseur</translation>
    </message>
    <message>
        <source>Filter drift</source>
        <translation>Filtrer la dérive</translation>
    </message>
    <message>
        <source>Drift between Nova and Placement</source>
        <translation>Dérive entre Nova et Placement</translation>
    </message>
</context>
<context>
    <name>DriftRepairDialog</name>
    <message>
        <source>Copy as &amp;Commands</source>
        <translation>Copier sous forme de &amp;commandes</translation>
    </message>
    <message>
        <source>&amp;Cancel Remaining</source>
        <translation>&amp;Annuler le reste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Repair Drift between Nova and Placement</source>
        <translation>Réparer la dérive entre Nova et Placement</translation>
    </message>
    <message>
        <source>Each provider is changed with a generation-checked write: a provider that changed meanwhile is read again and the same change applied to what it has now.</source>
        <translation>Chaque fournisseur est modifié par une écriture vérifiée par génération&#xa0;: un fournisseur modifié entre-temps est relu et la même modification est appliquée à son état actuel.</translation>
    </message>
    <message>
        <source>These changes bring Placement in line with Nova&apos;s host aggregates: %1 and %2, on %3. Nothing is written before you press Apply.</source>
        <translation>Ces modifications alignent Placement sur les agrégats d&apos;hôtes de Nova&#xa0;: %1 et %2, sur %3. Rien n&apos;est écrit avant que vous cliquiez sur Appliquer.</translation>
    </message>
    <message numerus="yes">
        <source>%n addition(s)</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removal(s)</source>
        <translation>
            <numerusform>%n retrait</numerusform>
            <numerusform>%n retraits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Change(s)</source>
        <translation>
            <numerusform>&amp;Appliquer %n modification</numerusform>
            <numerusform>&amp;Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing… %1</source>
        <translation>Réparation en cours… %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifications prévues</translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Annuler la modification groupée</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the bulk edit (%1) takes back what it did on %n provider(s): what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</source>
        <translation>
            <numerusform>L&apos;annulation de la modification groupée (%1) reprend ce qu&apos;elle a fait sur %n fournisseur de ressources&#xa0;: ce qu&apos;elle a ajouté est retiré, ce qu&apos;elle a retiré est ajouté de nouveau, sur l&apos;état actuel de chaque fournisseur, de sorte que les changements faits depuis sont conservés. Rien n&apos;est écrit avant que vous appuyiez sur Appliquer.</numerusform>
            <numerusform>L&apos;annulation de la modification groupée (%1) reprend ce qu&apos;elle a fait sur %n fournisseurs de ressources&#xa0;: ce qu&apos;elle a ajouté est retiré, ce qu&apos;elle a retiré est ajouté de nouveau, sur l&apos;état actuel de chaque fournisseur, de sorte que les changements faits depuis sont conservés. Rien n&apos;est écrit avant que vous appuyiez sur Appliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply Undo to %n Provider(s)</source>
        <translation>
            <numerusform>&amp;Appliquer l&apos;annulation à %n fournisseur de ressources</numerusform>
            <numerusform>&amp;Appliquer l&apos;annulation à %n fournisseurs de ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing… %1</source>
        <translation>Annulation en cours… %1</translation>
    </message>
    <message>
        <source>Revert from the Journal</source>
        <translation>Annuler depuis l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <source>Reverting the %1 takes back what it did on %n provider(s): what it added is removed, what it removed is added again, on top of what each provider has now, so that changes made since are kept. Nothing is written before you press Apply.</source>
        <translation>
            <numerusform>Annuler (%1) reprend ce qui a été fait sur %n fournisseur&#xa0;: ce qui a été ajouté est retiré, ce qui a été retiré est rajouté, par-dessus ce que le fournisseur a maintenant, de sorte que les changements faits depuis sont conservés. Rien n&apos;est écrit avant d&apos;appuyer sur Appliquer.</numerusform>
            <numerusform>Annuler (%1) reprend ce qui a été fait sur %n fournisseurs&#xa0;: ce qui a été ajouté est retiré, ce qui a été retiré est rajouté, par-dessus ce que chaque fournisseur a maintenant, de sorte que les changements faits depuis sont conservés. Rien n&apos;est écrit avant d&apos;appuyer sur Appliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply Revert to %n Provider(s)</source>
        <translation>
            <numerusform>&amp;Appliquer l&apos;annulation à %n fournisseur</numerusform>
            <numerusform>&amp;Appliquer l&apos;annulation à %n fournisseurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>No drift between Nova and Placement.</source>
        <translation>Aucune dérive entre Nova et Placement.</translation>
    </message>
    <message numerus="yes">
        <source>No drift between Nova and Placement; %n foreign aggregate(s) (information only).</source>
        <translation>
            <numerusform>Aucune dérive entre Nova et Placement&#xa0;; %n agrégat étranger (pour information uniquement).</numerusform>
            <numerusform>Aucune dérive entre Nova et Placement&#xa0;; %n agrégats étrangers (pour information uniquement).</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent.</source>
        <translation>Dérive&#xa0;: %1 manquant(s), %2 en trop, %3 non résoluble(s), %4 incohérent(s).</translation>
    </message>
    <message numerus="yes">
        <source>Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent; %n foreign aggregate(s) (information only).</source>
        <translation>
            <numerusform>Dérive&#xa0;: %1 manquant(s), %2 en trop, %3 non résoluble(s), %4 incohérent(s)&#xa0;; %n agrégat étranger (pour information uniquement).</numerusform>
            <numerusform>Dérive&#xa0;: %1 manquant(s), %2 en trop, %3 non résoluble(s), %4 incohérent(s)&#xa0;; %n agrégats étrangers (pour information uniquement).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftScan</name>
    <message>
        <source>no Nova endpoint is configured</source>
        <translation>aucun point de terminaison Nova n&apos;est configuré</translation>
    </message>
</context>
<context>
    <name>DriftScanError</name>
    <message>
        <source>Nova data absent: %1</source>
        <translation>Données Nova absentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Placement&apos;s provider list could not be read: %1</source>
        <translation>La liste des fournisseurs de Placement n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The members of aggregate %1 could not be read, so its drift is unknown: %2</source>
        <translation>Les membres de l&apos;agrégat %1 n&apos;ont pas pu être lus, sa dérive est donc inconnue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The members of aggregate %1 (%2) could not be read, so its drift is unknown: %3</source>
        <translation>Les membres de l&apos;agrégat %1 (%2) n&apos;ont pas pu être lus, sa dérive est donc inconnue&#xa0;: %3</translation>
    </message>
    <message>
        <source>COMPUTE_STATUS_DISABLED was not checked: %1</source>
        <translation>COMPUTE_STATUS_DISABLED n&apos;a pas été vérifié&#xa0;: %1</translation>
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
        <translation>&amp;Modifier les agrégats…</translation>
    </message>
    <message>
        <source>Edit the current provider&apos;s aggregate set</source>
        <translation>Modifier l&apos;ensemble d&apos;agrégats du fournisseur courant</translation>
    </message>
    <message>
        <source>&amp;Undo Last Aggregate Change</source>
        <translation>&amp;Annuler la dernière modification d&apos;agrégats</translation>
    </message>
    <message>
        <source>Restore the current provider&apos;s set before its last change</source>
        <translation>Restaurer l&apos;ensemble du fournisseur courant tel qu&apos;il était avant sa dernière modification</translation>
    </message>
    <message>
        <source>&amp;Add Selected to Aggregate…</source>
        <translation>A&amp;jouter la sélection à un agrégat…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add every selected provider to aggregates</source>
        <translation>Ajouter chaque fournisseur sélectionné à des agrégats</translation>
    </message>
    <message>
        <source>&amp;Remove Selected from Aggregate…</source>
        <translation>&amp;Retirer la sélection d&apos;un agrégat…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Remove every selected provider from aggregates</source>
        <translation>Retirer chaque fournisseur sélectionné des agrégats</translation>
    </message>
    <message>
        <source>Re&amp;place Aggregates of Selected…</source>
        <translation>Rem&amp;placer les agrégats de la sélection…</translation>
    </message>
    <message>
        <source>Give every selected provider the same aggregate set</source>
        <translation>Donner à chaque fournisseur sélectionné le même ensemble d&apos;agrégats</translation>
    </message>
    <message>
        <source>Re-apply Automatically When Only the &amp;Generation Moved</source>
        <translation>Réappliquer automatiquement si seule la &amp;génération a changé</translation>
    </message>
    <message>
        <source>On a conflict where the aggregates on the server are unchanged, save again without asking (remembered per connection; each time is logged)</source>
        <translation>Lors d&apos;un conflit où les agrégats sur le serveur sont inchangés, enregistrer à nouveau sans demander (mémorisé par connexion&#xa0;; chaque occurrence est journalisée)</translation>
    </message>
    <message>
        <source>Read-only mode: every write action is disabled</source>
        <translation>Mode lecture seule&#xa0;: toute action d&apos;écriture est désactivée</translation>
    </message>
    <message>
        <source>Several Providers Selected</source>
        <translation>Plusieurs fournisseurs sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>%n providers are selected. The editor changes one provider: %1. To change all of them, use a bulk edit.</source>
        <translation>
            <numerusform>%n fournisseur est sélectionné. L&apos;éditeur modifie un seul fournisseur&#xa0;: %1. Pour les modifier tous, utilisez une modification groupée.</numerusform>
            <numerusform>%n fournisseurs sont sélectionnés. L&apos;éditeur modifie un seul fournisseur&#xa0;: %1. Pour les modifier tous, utilisez une modification groupée.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Only %1</source>
        <translation>&amp;Modifier uniquement %1</translation>
    </message>
    <message>
        <source>&amp;Add All to Aggregate…</source>
        <translation>Les &amp;ajouter tous à un agrégat…</translation>
    </message>
    <message>
        <source>&amp;Remove All from Aggregate…</source>
        <translation>Les &amp;retirer tous d&apos;un agrégat…</translation>
    </message>
    <message>
        <source>Read-only mode: aggregates cannot be changed in this window.</source>
        <translation>Mode lecture seule&#xa0;: les agrégats ne peuvent pas être modifiés dans cette fenêtre.</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
    <message>
        <source>Undo a Bulk Edit?</source>
        <translation>Annuler une modification groupée&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%1 was changed by the last bulk edit (%2), together with %n other provider(s). Undo the whole bulk edit, or only %1? Either way you see every change before anything is sent.</source>
        <translation>
            <numerusform>%1 a été modifié par la dernière modification groupée (%2), avec %n autre fournisseur de ressources. Annuler toute la modification groupée, ou seulement %1&#xa0;? Dans les deux cas, vous voyez chaque changement avant tout envoi.</numerusform>
            <numerusform>%1 a été modifié par la dernière modification groupée (%2), avec %n autres fournisseurs de ressources. Annuler toute la modification groupée, ou seulement %1&#xa0;? Dans les deux cas, vous voyez chaque changement avant tout envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the &amp;Whole Bulk Edit (%n Providers)…</source>
        <translation>
            <numerusform>Annuler &amp;toute la modification groupée (%n fournisseur de ressources)…</numerusform>
            <numerusform>Annuler &amp;toute la modification groupée (%n fournisseurs de ressources)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;Only %1…</source>
        <translation>Annuler &amp;seulement %1…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--export needs a connection: --cloud NAME, --profile NAME or --endpoint URL</source>
        <translation>--export nécessite une connexion&#xa0;: --cloud NOM, --profile NOM ou --endpoint URL</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>cannot list providers, nothing written: %1</source>
        <translation>impossible de lister les fournisseurs, rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1, nothing written: %2</source>
        <translation>impossible de se connecter à %1, rien n&apos;a été écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>the export was cancelled, nothing written</source>
        <translation>l&apos;export a été annulé, rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the provider list could not be read, nothing written</source>
        <translation>la liste des fournisseurs n&apos;a pas pu être lue, rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>the aggregates of %n provider(s) could not be read, nothing written (--allow-partial writes the file with each failed row&apos;s error): %1</source>
        <translation>
            <numerusform>les agrégats de %n fournisseur n&apos;ont pas pu être lus, rien n&apos;a été écrit (--allow-partial écrit le fichier avec l&apos;erreur de chaque ligne en échec)&#xa0;: %1</numerusform>
            <numerusform>les agrégats de %n fournisseurs n&apos;ont pas pu être lus, rien n&apos;a été écrit (--allow-partial écrit le fichier avec l&apos;erreur de chaque ligne en échec)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written: %1</source>
        <translation>rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 written partially: the aggregates of %n provider(s) could not be read and their rows carry the error: %2</source>
        <translation>
            <numerusform>%1 écrit partiellement&#xa0;: les agrégats de %n fournisseur n&apos;ont pas pu être lus et sa ligne porte l&apos;erreur&#xa0;: %2</numerusform>
            <numerusform>%1 écrit partiellement&#xa0;: les agrégats de %n fournisseurs n&apos;ont pas pu être lus et leurs lignes portent l&apos;erreur&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) written to %1</source>
        <translation>
            <numerusform>%n fournisseur écrit dans %1</numerusform>
            <numerusform>%n fournisseurs écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1&#xa0;; et %n autre</numerusform>
            <numerusform>%1&#xa0;; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot list providers, nothing compared: %1</source>
        <translation>impossible de lister les fournisseurs, rien n&apos;est comparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1, nothing compared: %2</source>
        <translation>impossible de se connecter à %1, rien n&apos;est comparé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HostResolver</name>
    <message>
        <source>Host %1 has no compute node in Nova (no hypervisor names it as its service host), so Nova cannot mirror it into Placement.</source>
        <translation>L&apos;hôte %1 n&apos;a aucun nœud de calcul dans Nova (aucun hyperviseur ne le désigne comme son hôte de service), Nova ne peut donc pas le répliquer dans Placement.</translation>
    </message>
    <message numerus="yes">
        <source>Host %1 has %n compute nodes. Nova mirrors only the first, %2, into Placement; left out: %3. nova-manage placement sync_aggregates refuses such a host.</source>
        <translation>
            <numerusform>L&apos;hôte %1 a %n nœud de calcul. Nova ne réplique que le premier, %2, dans Placement&#xa0;; laissés de côté&#xa0;: %3. nova-manage placement sync_aggregates refuse un tel hôte.</numerusform>
            <numerusform>L&apos;hôte %1 a %n nœuds de calcul. Nova ne réplique que le premier, %2, dans Placement&#xa0;; laissés de côté&#xa0;: %3. nova-manage placement sync_aggregates refuse un tel hôte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource provider is named %1, the compute node of host %2. Provider %3 has the node&apos;s UUID but is named %4: Nova&apos;s add_host looks the provider up by name and skips the mirror with only a warning in its log, while nova-manage placement sync_aggregates would use the UUID.</source>
        <translation>Aucun fournisseur de ressources ne s&apos;appelle %1, le nœud de calcul de l&apos;hôte %2. Le fournisseur %3 a l&apos;UUID du nœud mais s&apos;appelle %4&#xa0;: add_host de Nova recherche le fournisseur par son nom et ignore la réplication avec seulement un avertissement dans son journal, alors que nova-manage placement sync_aggregates utiliserait l&apos;UUID.</translation>
    </message>
    <message>
        <source>No resource provider is named %1, the compute node of host %2, and none has its UUID %3: Nova skips the mirror with only a warning in its log.</source>
        <translation>Aucun fournisseur de ressources ne s&apos;appelle %1, le nœud de calcul de l&apos;hôte %2, et aucun n&apos;a son UUID %3&#xa0;: Nova ignore la réplication avec seulement un avertissement dans son journal.</translation>
    </message>
    <message>
        <source>Provider %1 is named like compute node %2 of host %3, but the node&apos;s UUID is %4. Nova&apos;s add_host mirrors into the provider with that name, nova-manage placement sync_aggregates into the one with the node&apos;s UUID: find out which provider is stale before repairing.</source>
        <translation>Le fournisseur %1 porte le nom du nœud de calcul %2 de l&apos;hôte %3, mais l&apos;UUID du nœud est %4. Dans Nova, add_host réplique dans le fournisseur portant ce nom, nova-manage placement sync_aggregates dans celui portant l&apos;UUID du nœud&#xa0;: déterminez quel fournisseur est obsolète avant de réparer.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée pendant %1 s</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>no complete answer within %1 s; the server kept sending slowly</source>
        <translation>pas de réponse complète en %1 s&#xa0;; le serveur continuait d&apos;envoyer lentement</translation>
    </message>
    <message>
        <source>no answer within %1 s, the limit for a whole request</source>
        <translation>aucune réponse en %1 s, la limite pour une requête entière</translation>
    </message>
    <message>
        <source>the answer is larger than %1 (it says %2); refused</source>
        <translation>la réponse dépasse %1 (elle annonce %2)&#xa0;; refusée</translation>
    </message>
    <message>
        <source>the answer is larger than %1; refused</source>
        <translation>la réponse dépasse %1&#xa0;; refusée</translation>
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message>
        <source>Journal</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>&amp;Revert this Change…</source>
        <translation>&amp;Annuler cette modification…</translation>
    </message>
    <message>
        <source>Revert the Whole &amp;Batch…</source>
        <translation>Annuler tout le &amp;lot…</translation>
    </message>
    <message>
        <source>Copy as Co&amp;mmand</source>
        <translation>Copier comme co&amp;mmande</translation>
    </message>
    <message>
        <source>Copy Request &amp;ID</source>
        <translation>Copier l&apos;&amp;ID de requête</translation>
    </message>
    <message>
        <source>Filter by provider, UUID, aggregate, request id or reason</source>
        <translation>Filtrer par fournisseur, UUID, agrégat, ID de requête ou raison</translation>
    </message>
    <message>
        <source>Filter the journal</source>
        <translation>Filtrer l&apos;historique</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées de l&apos;historique</translation>
    </message>
    <message>
        <source>Take back what this write did, on top of what the provider has now; previewed first, nothing is sent before Apply</source>
        <translation>Annuler ce que cette écriture a fait, par-dessus ce que le fournisseur a maintenant&#xa0;; aperçu d&apos;abord, rien n&apos;est envoyé avant Appliquer</translation>
    </message>
    <message>
        <source>Take back what every provider of this bulk edit, repair or undo got</source>
        <translation>Annuler ce que chaque fournisseur de cette modification groupée, réparation ou annulation a reçu</translation>
    </message>
    <message>
        <source>Copy the openstack command that sends the same request</source>
        <translation>Copier la commande openstack qui envoie la même requête</translation>
    </message>
    <message>
        <source>Copy the server&apos;s request id of this write, for its logs</source>
        <translation>Copier l&apos;ID de requête du serveur pour cette écriture, pour ses journaux</translation>
    </message>
    <message>
        <source>The journal file could not be read: %1</source>
        <translation>Le fichier d&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unreadable line(s) of %1 (line %2); every other entry is shown.</source>
        <translation>
            <numerusform>%n ligne illisible de %1 ignorée (ligne %2)&#xa0;; toutes les autres entrées sont affichées.</numerusform>
            <numerusform>%n lignes illisibles de %1 ignorées (ligne %2)&#xa0;; toutes les autres entrées sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Made through Nova: take it back in the aggregate editor (Return on the provider), which saves through Nova again; a Placement write here would leave Nova and Placement disagreeing</source>
        <translation>Fait via Nova&#xa0;: annulez-le dans l’éditeur d’agrégats (Entrée sur le fournisseur), qui enregistre de nouveau via Nova&#xa0;; une écriture Placement ici laisserait Nova et Placement en désaccord</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Drift repair</source>
        <translation>Réparation de dérive</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n conflict(s)</source>
        <translation>
            <numerusform>Fait après %n conflit</numerusform>
            <numerusform>Fait après %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>version de format inconnue %1</translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation>pas d&apos;heure valide</translation>
    </message>
    <message>
        <source>no provider UUID</source>
        <translation>pas d&apos;UUID de fournisseur</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>résultat inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Through Nova</source>
        <translation>Via Nova</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Avant&#xa0;: %1
Après&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(not changed)</source>
        <translation>(non modifié)</translation>
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
        <translation>(aucun changement)</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>KeystoneCatalog</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sans région</translation>
    </message>
    <message>
        <source>The token has no service catalog: scope it to a project, domain or system.</source>
        <translation>Le jeton n&apos;a pas de catalogue de services&#xa0;: limitez sa portée à un projet, un domaine ou le système.</translation>
    </message>
    <message>
        <source>The service catalog has no &quot;%1&quot; service (it lists: %2).</source>
        <translation>Le catalogue de services n&apos;a aucun service «&#xa0;%1&#xa0;» (il liste&#xa0;: %2).</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>n&apos;importe quelle région</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>la région %1</translation>
    </message>
    <message>
        <source>The catalog has no %1 endpoint of &quot;%2&quot; in %3 (it has: %4).</source>
        <translation>Le catalogue n&apos;a aucun point de terminaison %1 de «&#xa0;%2&#xa0;» dans %3 (il contient&#xa0;: %4).</translation>
    </message>
</context>
<context>
    <name>KeystoneToken</name>
    <message>
        <source>Keystone sent no X-Subject-Token.</source>
        <translation>Keystone n&apos;a envoyé aucun X-Subject-Token.</translation>
    </message>
    <message>
        <source>Keystone&apos;s token document is not JSON.</source>
        <translation>Le document de jeton de Keystone n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>Keystone&apos;s token has no valid expires_at.</source>
        <translation>Le jeton de Keystone n&apos;a pas d&apos;expires_at valide.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>LoadStatusBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Load the providers again (F5)</source>
        <translation>Recharger les fournisseurs (F5)</translation>
    </message>
    <message>
        <source>Showing data from %1. The refresh at %2 failed: %3</source>
        <translation>Affichage des données de %1. L&apos;actualisation de %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>No data: loading at %1 failed: %2</source>
        <translation>Aucune donnée&#xa0;: le chargement de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Loaded at %1, but %n provider(s) could not be read completely (first: %2). Their rows say what is missing.</source>
        <translation>
            <numerusform>Chargé à %1, mais %n fournisseur n&apos;a pas pu être lu entièrement (premier&#xa0;: %2). Sa ligne indique ce qui manque.</numerusform>
            <numerusform>Chargé à %1, mais %n fournisseurs n&apos;ont pas pu être lus entièrement (premier&#xa0;: %2). Leurs lignes indiquent ce qui manque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was stopped at %1: some providers are not fully loaded.</source>
        <translation>Le chargement a été arrêté à %1&#xa0;: certains fournisseurs ne sont pas entièrement chargés.</translation>
    </message>
    <message>
        <source>&amp;Load the Rest</source>
        <translation>Charger le &amp;reste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Placement Inspector</source>
        <translation>Placement Inspector</translation>
    </message>
    <message>
        <source>Stop loading (Esc); what is loaded stays</source>
        <translation>Arrêter le chargement (Esc)&#xa0;; ce qui est chargé est conservé</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>F&amp;ournisseurs</translation>
    </message>
    <message>
        <source>A&amp;ggregates</source>
        <translation>A&amp;grégats</translation>
    </message>
    <message>
        <source>Nova vs Place&amp;ment</source>
        <translation>Nova vs Place&amp;ment</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>Dé&amp;rive</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Request Log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export View as &amp;CSV…</source>
        <translation>Exporter la vue en &amp;CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the providers shown, with the visible columns, to a CSV file</source>
        <translation>Écrire les fournisseurs affichés, avec les colonnes visibles, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export View as &amp;JSON…</source>
        <translation>Exporter la vue en &amp;JSON…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Write the providers shown, with the visible columns, to a JSON file</source>
        <translation>Écrire les fournisseurs affichés, avec les colonnes visibles, dans un fichier JSON</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Add, edit, test and connect saved profiles</source>
        <translation>Ajouter, modifier et tester les profils enregistrés, et s&apos;y connecter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copier les lignes sélectionnées sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the current provider&apos;s UUID</source>
        <translation>Copier l&apos;UUID du fournisseur actuel</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltre</translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>Filtre &amp;rapide</translation>
    </message>
    <message>
        <source>Filter the loaded providers by name, UUID, aggregate or label</source>
        <translation>Filtrer les fournisseurs chargés par nom, UUID, agrégat ou libellé</translation>
    </message>
    <message>
        <source>&amp;Server Filter…</source>
        <translation>Filtre &amp;serveur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Let Placement filter by aggregates, tree, traits and resources</source>
        <translation>Laisser Placement filtrer par agrégats, arbre, traits et ressources</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>&amp;Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Clear the quick filter and the server filter</source>
        <translation>Effacer le filtre rapide et le filtre serveur</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reload providers; only what changed is fetched again</source>
        <translation>Recharger les fournisseurs&#xa0;; seul ce qui a changé est de nouveau récupéré</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>A&amp;rrêter le chargement</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays</source>
        <translation>Arrêter le chargement&#xa0;; ce qui est chargé est conservé</translation>
    </message>
    <message>
        <source>&amp;Auto-Refresh</source>
        <translation>Actualisation a&amp;utomatique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Toutes les 30 secondes</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>&amp;Tree View</source>
        <translation>&amp;Vue en arbre</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show nested providers as a tree instead of a flat table</source>
        <translation>Afficher les fournisseurs imbriqués sous forme d&apos;arbre au lieu d&apos;un tableau à plat</translation>
    </message>
    <message>
        <source>&amp;Providers Tab</source>
        <translation>Onglet &amp;Fournisseurs</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show the providers</source>
        <translation>Afficher les fournisseurs</translation>
    </message>
    <message>
        <source>A&amp;ggregates Tab</source>
        <translation>Onglet A&amp;grégats</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show aggregates, their labels and members</source>
        <translation>Afficher les agrégats, leurs libellés et leurs membres</translation>
    </message>
    <message>
        <source>&amp;Nova vs Placement Tab</source>
        <translation>Onglet &amp;Nova vs Placement</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Show every aggregate with Nova&apos;s hosts and Placement&apos;s members side by side</source>
        <translation>Afficher chaque agrégat avec, côte à côte, les hôtes selon Nova et les membres selon Placement</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Show where Nova and Placement disagree</source>
        <translation>Afficher où Nova et Placement divergent</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Panneau de détails</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>&amp;Journal des requêtes</translation>
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
        <translation>Re&amp;lancer la comparaison</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Read Nova and Placement&apos;s member lists again, without reloading the providers</source>
        <translation>Relire les listes de membres de Nova et de Placement, sans recharger les fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Repair Ticked Drift…</source>
        <translation>&amp;Réparer la dérive cochée…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Preview the repair of the ticked drift items; nothing is written before Apply</source>
        <translation>Prévisualiser la réparation des éléments de dérive cochés&#xa0;; rien n&apos;est écrit avant «&#xa0;Appliquer&#xa0;»</translation>
    </message>
    <message>
        <source>Copy Repair as &amp;Commands</source>
        <translation>Copier la réparation en &amp;commandes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Copy `openstack` commands for the ticked drift items, for a change ticket</source>
        <translation>Copier des commandes `openstack` pour les éléments de dérive cochés, pour une demande de changement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Lister tous les raccourcis</translation>
    </message>
    <message>
        <source>&amp;About Placement Inspector</source>
        <translation>À &amp;propos de Placement Inspector</translation>
    </message>
    <message>
        <source>About Placement Inspector</source>
        <translation>À propos de Placement Inspector</translation>
    </message>
    <message>
        <source>&lt;b&gt;Placement Inspector&lt;/b&gt; %1&lt;br&gt;Browse OpenStack Placement resource providers, their trees and aggregates.</source>
        <translation>&lt;b&gt;Placement Inspector&lt;/b&gt; %1&lt;br&gt;Parcourir les fournisseurs de ressources OpenStack Placement, leurs arbres et leurs agrégats.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>This server speaks microversion %1 at most; safe aggregate edits need 1.19 (generation-checked writes), so editing is disabled.</source>
        <translation>Ce serveur prend en charge au plus la microversion %1&#xa0;; des modifications sûres des agrégats nécessitent la 1.19 (écritures vérifiées par génération), la modification est donc désactivée.</translation>
    </message>
    <message>
        <source>Placement Inspector (read-only)</source>
        <translation>Placement Inspector (lecture seule)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>Provider %1 is not in the current view (filtered out or not loaded).</source>
        <translation>Le fournisseur %1 n&apos;est pas dans la vue actuelle (filtré ou non chargé).</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Copy UU&amp;ID</source>
        <translation>Copier l&apos;&amp;UUID</translation>
    </message>
    <message>
        <source>Dr&amp;ift Tab</source>
        <translation>Onglet &amp;Dérive</translation>
    </message>
    <message>
        <source>⚠ TLS not verified</source>
        <translation>⚠ TLS non vérifié</translation>
    </message>
    <message>
        <source>This connection does not verify the server&apos;s TLS certificate (its profile turns verification off): anyone on the network path could read or change what is sent, the token included. Give the profile a CA file and turn verification on.</source>
        <translation>Cette connexion ne vérifie pas le certificat TLS du serveur (son profil désactive la vérification)&#xa0;: quiconque sur le chemin réseau pourrait lire ou modifier ce qui est envoyé, jeton compris. Donnez un fichier CA au profil et activez la vérification.</translation>
    </message>
    <message numerus="yes">
        <source>aggregates: %1 of %n provider(s)</source>
        <translation>
            <numerusform>agrégats&#xa0;: %1 sur %n fournisseur de ressources</numerusform>
            <numerusform>agrégats&#xa0;: %1 sur %n fournisseurs de ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>capacity and usage: %1 of %n provider(s)</source>
        <translation>
            <numerusform>capacité et utilisation&#xa0;: %1 sur %n fournisseur de ressources</numerusform>
            <numerusform>capacité et utilisation&#xa0;: %1 sur %n fournisseurs de ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 en échec)</translation>
    </message>
    <message>
        <source>Full &amp;UUIDs</source>
        <translation>UU&amp;ID complets</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Show whole UUIDs in the UUID and aggregates columns</source>
        <translation>Afficher les UUID complets dans les colonnes UUID et agrégats</translation>
    </message>
    <message>
        <source>Snapshot Comparison</source>
        <translation>Comparaison avec un instantané</translation>
    </message>
    <message>
        <source>Compare with &amp;Snapshot…</source>
        <translation>Comparer avec un &amp;instantané…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Load a JSON export and show what differs from the cloud now</source>
        <translation>Charger un export JSON et montrer ce qui diffère du cloud actuel</translation>
    </message>
    <message>
        <source>Fit &amp;Columns to Window</source>
        <translation>Ajuster les &amp;colonnes à la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Size the columns from their content and the window&apos;s width, and keep them fitted until you drag a column edge</source>
        <translation>Dimensionner les colonnes d&apos;après leur contenu et la largeur de la fenêtre, et les garder ajustées jusqu&apos;à ce que vous tiriez un bord de colonne</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Historique des modifications</translation>
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
        <translation>non connecté à Nova&#xa0;: sa microversion n&apos;a pas été négociée</translation>
    </message>
    <message>
        <source>Nova offers microversions %1 to %2; this app needs %3 or newer (Nova 16, Pike)</source>
        <translation>Nova propose les microversions %1 à %2&#xa0;; cette application nécessite %3 ou plus récente (Nova 16, Pike)</translation>
    </message>
    <message>
        <source>Nova offers microversions %1 to %2; this app knows %3 to %4</source>
        <translation>Nova propose les microversions %1 à %2&#xa0;; cette application connaît %3 à %4</translation>
    </message>
    <message>
        <source>Nova&apos;s hypervisor pages do not end: page %1 links to marker %2 again</source>
        <translation>Les pages d&apos;hyperviseurs de Nova ne se terminent pas&#xa0;: la page %1 renvoie de nouveau au marqueur %2</translation>
    </message>
    <message>
        <source>no Nova aggregate id given</source>
        <translation>aucun id d&apos;agrégat Nova indiqué</translation>
    </message>
    <message>
        <source>no compute host name given</source>
        <translation>aucun nom d&apos;hôte de calcul indiqué</translation>
    </message>
</context>
<context>
    <name>NovaCommand</name>
    <message>
        <source>%1 was not written: the report would be incomplete.</source>
        <translation>%1 n&apos;a pas été écrit&#xa0;: le rapport serait incomplet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>%n élément écrit dans %1.</numerusform>
            <numerusform>%n éléments écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not synced: host %1: %2</source>
        <translation>non synchronisé&#xa0;: hôte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to add: every compute node&apos;s provider is in its host&apos;s aggregates.</source>
        <translation>Rien à ajouter&#xa0;: le fournisseur de chaque nœud de calcul est dans les agrégats de son hôte.</translation>
    </message>
    <message>
        <source>would %1</source>
        <translation>prévu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>added %1 to %2</source>
        <translation>%1 ajouté à %2</translation>
    </message>
    <message>
        <source>already there: %1 in %2 (added meanwhile)</source>
        <translation>déjà présent&#xa0;: %1 dans %2 (ajouté entre-temps)</translation>
    </message>
    <message>
        <source>FAILED to add %1 to %2: %3</source>
        <translation>ÉCHEC de l&apos;ajout de %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) could not be changed.</source>
        <translation>
            <numerusform>%n fournisseur n&apos;a pas pu être modifié.</numerusform>
            <numerusform>%n fournisseurs n&apos;ont pas pu être modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) changed.</source>
        <translation>
            <numerusform>%n fournisseur modifié.</numerusform>
            <numerusform>%n fournisseurs modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a connection: --cloud NAME, --profile NAME or --endpoint URL with --compute-endpoint URL</source>
        <translation>%1 nécessite une connexion&#xa0;: --cloud NAME, --profile NAME ou --endpoint URL avec --compute-endpoint URL</translation>
    </message>
    <message>
        <source>%1 needs Nova: with --endpoint, give --compute-endpoint URL too</source>
        <translation>%1 nécessite Nova&#xa0;: avec --endpoint, indiquez aussi --compute-endpoint URL</translation>
    </message>
    <message>
        <source>the scan failed</source>
        <translation>l&apos;analyse a échoué</translation>
    </message>
    <message>
        <source>%1 needs Nova, and %2; give --compute-endpoint URL</source>
        <translation>%1 nécessite Nova, mais %2&#xa0;; indiquez --compute-endpoint URL</translation>
    </message>
    <message>
        <source>Placement at %1: %2</source>
        <translation>Placement à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NovaController</name>
    <message>
        <source>no compute endpoint is set for this connection</source>
        <translation>aucun point de terminaison de calcul n&apos;est défini pour cette connexion</translation>
    </message>
    <message>
        <source>Nova could not be read</source>
        <translation>Nova n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>NovaMembershipEdit</name>
    <message>
        <source>Nova did not add host %1 to aggregate %2: %3</source>
        <translation>Nova n&apos;a pas ajouté l&apos;hôte %1 à l&apos;agrégat %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nova did not remove host %1 from aggregate %2: %3</source>
        <translation>Nova n&apos;a pas retiré l&apos;hôte %1 de l&apos;agrégat %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 Nova may have saved it before failing; Nova is read again, the drift view shows what it holds.</source>
        <translation>%1 Nova l&apos;a peut-être enregistré avant d&apos;échouer&#xa0;; Nova est relu, la vue de dérive montre ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Placement&apos;s set of this provider, read afterwards, contains %1 all the same (generation %2).</source>
        <translation>L&apos;ensemble d&apos;agrégats de ce fournisseur dans Placement, relu ensuite, contient pourtant %1 (génération %2).</translation>
    </message>
    <message>
        <source>Placement&apos;s set of this provider, read afterwards, no longer contains %1 all the same (generation %2): Nova removes it from Placement before it checks its own host list.</source>
        <translation>L&apos;ensemble d&apos;agrégats de ce fournisseur dans Placement, relu ensuite, ne contient pourtant plus %1 (génération %2)&#xa0;: Nova le retire de Placement avant de vérifier sa propre liste d&apos;hôtes.</translation>
    </message>
    <message>
        <source>Nova saved host %1 in aggregate %2 but did not mirror it into Placement: Placement&apos;s set of this provider, read after Nova answered 200, does not contain %3 (generation %4).</source>
        <translation>Nova a enregistré l&apos;hôte %1 dans l&apos;agrégat %2 mais ne l&apos;a pas répercuté dans Placement&#xa0;: l&apos;ensemble d&apos;agrégats de ce fournisseur dans Placement, relu après la réponse 200 de Nova, ne contient pas %3 (génération %4).</translation>
    </message>
    <message>
        <source>Nova removed host %1 from aggregate %2 but did not mirror it into Placement: Placement&apos;s set of this provider, read after Nova answered 200, still contains %3 (generation %4).</source>
        <translation>Nova a retiré l&apos;hôte %1 de l&apos;agrégat %2 mais ne l&apos;a pas répercuté dans Placement&#xa0;: l&apos;ensemble d&apos;agrégats de ce fournisseur dans Placement, relu après la réponse 200 de Nova, contient encore %3 (génération %4).</translation>
    </message>
    <message>
        <source>Nova saved host %1 in aggregate %2; whether it mirrored it into Placement is unknown: reading the provider&apos;s aggregates failed: %3</source>
        <translation>Nova a enregistré l&apos;hôte %1 dans l&apos;agrégat %2&#xa0;; on ne sait pas s&apos;il l&apos;a répercuté dans Placement&#xa0;: la lecture des agrégats du fournisseur a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nova removed host %1 from aggregate %2; whether it mirrored it into Placement is unknown: reading the provider&apos;s aggregates failed: %3</source>
        <translation>Nova a retiré l&apos;hôte %1 de l&apos;agrégat %2&#xa0;; on ne sait pas s&apos;il l&apos;a répercuté dans Placement&#xa0;: la lecture des agrégats du fournisseur a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not sent: adding host %1 to aggregate %2 (an earlier step failed).</source>
        <translation>Non envoyé&#xa0;: ajout de l&apos;hôte %1 à l&apos;agrégat %2 (une étape précédente a échoué).</translation>
    </message>
    <message>
        <source>Not sent: removing host %1 from aggregate %2 (an earlier step failed).</source>
        <translation>Non envoyé&#xa0;: retrait de l&apos;hôte %1 de l&apos;agrégat %2 (une étape précédente a échoué).</translation>
    </message>
    <message>
        <source>Through Nova: host %1 added to %2.</source>
        <translation>Via Nova&#xa0;: hôte %1 ajouté à %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Through Nova: host %1 removed from %2.</source>
        <translation>Via Nova&#xa0;: hôte %1 retiré de %2.</translation>
    </message>
    <message>
        <source>Through Nova: host %1 added to %2, removed from %3.</source>
        <translation>Via Nova&#xa0;: hôte %1 ajouté à %2, retiré de %3.</translation>
    </message>
</context>
<context>
    <name>NovaOverlay</name>
    <message>
        <source>No Nova data: %1. Aggregates show without Nova names and zones.</source>
        <translation>Aucune donnée Nova&#xa0;: %1. Les agrégats s&apos;affichent sans les noms ni les zones de Nova.</translation>
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
        <translation>isolé par projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>requiert %1</translation>
    </message>
    <message>
        <source>not a Nova aggregate</source>
        <translation>pas un agrégat Nova</translation>
    </message>
    <message>
        <source>unnamed Nova aggregate</source>
        <translation>agrégat Nova sans nom</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>disabled (%1)</source>
        <translation>désactivé (%1)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>forced down</source>
        <translation>forcé hors ligne</translation>
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
        <translation>Via &amp;Nova (add_host/remove_host&#xa0;: garde Nova et Placement synchronisés)</translation>
    </message>
    <message>
        <source>&amp;Placement only</source>
        <translation>&amp;Placement uniquement</translation>
    </message>
    <message>
        <source>Save Through Nova?</source>
        <translation>Enregistrer via Nova&#xa0;?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is Nova compute host %2. Saving this edit changes its Nova host aggregates:</source>
        <translation>%1 est l&apos;hôte de calcul Nova %2. Enregistrer cette modification change ses agrégats d&apos;hôtes Nova&#xa0;:</translation>
    </message>
    <message>
        <source>joins %1</source>
        <translation>rejoint %1</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>quitte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other aggregate(s) that Nova does not manage are saved in Placement either way, after the Nova part.</source>
        <translation>
            <numerusform>%n autre agrégat que Nova ne gère pas est enregistré dans Placement dans tous les cas, après la partie Nova.</numerusform>
            <numerusform>%n autres agrégats que Nova ne gère pas sont enregistrés dans Placement dans tous les cas, après la partie Nova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nova will not know that host %1 is in %2: the drift view will report it as extra.</source>
        <translation>Nova ne saura pas que l&apos;hôte %1 est dans %2&#xa0;: la vue de dérive le signalera comme «&#xa0;en trop&#xa0;».</translation>
    </message>
    <message>
        <source>Nova will still list host %1 in %2: the drift view will report it as missing.</source>
        <translation>Nova listera encore l&apos;hôte %1 dans %2&#xa0;: la vue de dérive le signalera comme «&#xa0;manquant&#xa0;».</translation>
    </message>
    <message>
        <source>Nova&apos;s scheduler rules for these aggregates (availability zone, tenant isolation, required traits) will differ between Nova and Placement until both sides agree again.</source>
        <translation>Les règles d&apos;ordonnancement de Nova pour ces agrégats (zone de disponibilité, isolation par projet, traits requis) différeront entre Nova et Placement jusqu&apos;à ce que les deux côtés concordent de nouveau.</translation>
    </message>
    <message>
        <source>Placement only creates drift Nova does not know about. %1</source>
        <translation>«&#xa0;Placement uniquement&#xa0;» crée une dérive que Nova ignore. %1</translation>
    </message>
    <message>
        <source>Nova adds or removes the host and mirrors the change into Placement; the app then reads Placement to check that the mirror happened.</source>
        <translation>Nova ajoute ou retire l&apos;hôte et répercute le changement dans Placement&#xa0;; l&apos;application relit ensuite Placement pour vérifier que la répercussion a eu lieu.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>NovaStatusLine</name>
    <message>
        <source>Nova names, availability zones, hosts and drift need the compute API (admin-only by default, microversion 2.53 or later).</source>
        <translation>Les noms Nova, les zones de disponibilité, les hôtes et la dérive nécessitent l&apos;API de calcul (réservée aux administrateurs par défaut, microversion 2.53 ou ultérieure).</translation>
    </message>
</context>
<context>
    <name>PlacementClient</name>
    <message>
        <source>the server offers microversions %1 to %2; this app needs one of 1.0 to %3</source>
        <translation>le serveur propose les microversions %1 à %2&#xa0;; cette application nécessite l&apos;une des versions 1.0 à %3</translation>
    </message>
    <message>
        <source>changing aggregates safely needs microversion %1; this server offers %2</source>
        <translation>modifier les agrégats de façon sûre nécessite la microversion %1&#xa0;; ce serveur propose %2</translation>
    </message>
    <message>
        <source>not connected: the server&apos;s microversion is not known yet</source>
        <translation>non connecté&#xa0;: la microversion du serveur n&apos;est pas encore connue</translation>
    </message>
</context>
<context>
    <name>PlacementError</name>
    <message>
        <source>the body is not valid JSON (%1 at offset %2)</source>
        <translation>le corps n&apos;est pas du JSON valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>le corps n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not %2</source>
        <translation>le champ &quot;%1&quot; est absent ou n&apos;est pas %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false ou null</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>a list of strings or null</source>
        <translation>une liste de chaînes ou null</translation>
    </message>
    <message>
        <source>an object of strings or null</source>
        <translation>un objet de chaînes ou null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a list</source>
        <translation>le champ &quot;%1&quot; est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>une entrée de &quot;%1&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a list of strings</source>
        <translation>le champ &quot;%1&quot; n&apos;est pas une liste de chaînes</translation>
    </message>
    <message>
        <source>the version document has no &quot;versions&quot; list</source>
        <translation>le document de version n&apos;a pas de liste &quot;versions&quot;</translation>
    </message>
    <message>
        <source>the version range &quot;%1&quot; to &quot;%2&quot; is not valid</source>
        <translation>la plage de versions &quot;%1&quot; à &quot;%2&quot; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>field &quot;resource_providers&quot; is missing or not a list</source>
        <translation>le champ &quot;resource_providers&quot; est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2: the server answered as if the microversion were older than %3 (a proxy may drop the OpenStack-API-Version header)</source>
        <translation>le champ &quot;%1&quot; %2&#xa0;: le serveur a répondu comme si la microversion était antérieure à %3 (un proxy supprime peut-être l&apos;en-tête OpenStack-API-Version)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is a number, not a UUID</source>
        <translation>est un nombre, pas un UUID</translation>
    </message>
    <message>
        <source>this endpoint is Nova&apos;s %1 API, which has no microversions; use the v2.1 endpoint instead</source>
        <translation>ce point de terminaison est l&apos;API %1 de Nova, qui n&apos;a pas de microversions&#xa0;; utilisez plutôt le point de terminaison v2.1</translation>
    </message>
    <message>
        <source>the server offers no API version with microversions</source>
        <translation>le serveur ne propose aucune version d&apos;API avec microversions</translation>
    </message>
    <message>
        <source>the version id &quot;%1&quot; is not like &quot;v2.1&quot;</source>
        <translation>l&apos;id de version &quot;%1&quot; n&apos;est pas de la forme &quot;v2.1&quot;</translation>
    </message>
    <message>
        <source>the version document has neither &quot;version&quot; nor &quot;versions&quot;</source>
        <translation>le document de version n&apos;a ni &quot;version&quot; ni &quot;versions&quot;</translation>
    </message>
    <message>
        <source>field &quot;aggregate&quot; is missing or not an object</source>
        <translation>le champ &quot;aggregate&quot; est absent ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>field &quot;hypervisors_links&quot; is not a list</source>
        <translation>le champ &quot;hypervisors_links&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>the &quot;next&quot; link of hypervisors_links has no marker: %1</source>
        <translation>le lien &quot;next&quot; de hypervisors_links n&apos;a pas de marqueur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête invalide</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Non authentifié</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Version not supported</source>
        <translation>Version non prise en charge</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>Erreur TLS</translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation>Réponse invalide</translation>
    </message>
    <message>
        <source>Unsupported by this server</source>
        <translation>Non pris en charge par ce serveur</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrée invalide</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Someone else changed this provider meanwhile (its generation moved).</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce fournisseur entre-temps (sa génération a changé).</translation>
    </message>
    <message>
        <source>The server reported a conflict.</source>
        <translation>Le serveur a signalé un conflit.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not found on the server (it may have been deleted).</source>
        <translation>Introuvable sur le serveur (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your role may not %1 %2.</source>
        <translation>Votre rôle n&apos;autorise pas l&apos;action %1 sur %2.</translation>
    </message>
    <message>
        <source>Your role may not do this in Nova (policy rule %1).</source>
        <translation>Votre rôle n&apos;autorise pas cette action dans Nova (règle de politique %1).</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation>Votre rôle ne le permet pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your role does not allow this (HTTP 403).</source>
        <translation>Votre rôle ne le permet pas (HTTP 403).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials: log in again or check the token.</source>
        <translation>Le serveur n&apos;a pas accepté les identifiants&#xa0;: reconnectez-vous ou vérifiez le jeton.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1), which is refused: check the endpoint URL.</source>
        <translation>Le serveur a répondu par une redirection (HTTP %1), qui est refusée&#xa0;: vérifiez l&apos;URL du point de terminaison.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 needs microversion %2; this server offers %3</source>
        <translation>%1 nécessite la microversion %2&#xa0;; ce serveur propose %3</translation>
    </message>
    <message>
        <source>Filtering by aggregate</source>
        <translation>Le filtrage par agrégat</translation>
    </message>
    <message>
        <source>Requiring several aggregates at once</source>
        <translation>Exiger plusieurs agrégats à la fois</translation>
    </message>
    <message>
        <source>Excluding aggregates</source>
        <translation>L&apos;exclusion d&apos;agrégats</translation>
    </message>
    <message>
        <source>Filtering by tree</source>
        <translation>Le filtrage par arbre</translation>
    </message>
    <message>
        <source>Filtering by resources</source>
        <translation>Le filtrage par ressources</translation>
    </message>
    <message>
        <source>Filtering by traits</source>
        <translation>Le filtrage par traits</translation>
    </message>
    <message>
        <source>Forbidden traits</source>
        <translation>Les traits interdits</translation>
    </message>
    <message>
        <source>Any-of traits</source>
        <translation>Les traits «&#xa0;au moins un parmi&#xa0;»</translation>
    </message>
    <message>
        <source>The server did not answer in time: %1</source>
        <translation>Le serveur n&apos;a pas répondu à temps&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlacementMembershipReader</name>
    <message>
        <source>&quot;%1&quot; is not an aggregate UUID; nothing was asked</source>
        <translation>&quot;%1&quot; n&apos;est pas un UUID d&apos;agrégat&#xa0;; rien n&apos;a été demandé</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>The saved profiles cannot be read; nothing will be overwritten.
%1</source>
        <translation>Les profils enregistrés ne peuvent pas être lus&#xa0;; rien ne sera écrasé.
%1</translation>
    </message>
    <message>
        <source>Type the %1 to test: none is stored for this profile.</source>
        <translation>Saisissez le %1 pour tester&#xa0;: aucun n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>Connecting with profile %1…</source>
        <translation>Connexion avec le profil %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Warning: TLS certificates are not verified for this connection.</source>
        <translation>Avertissement&#xa0;: les certificats TLS ne sont pas vérifiés pour cette connexion.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>Vérifier les certificats TLS</translation>
    </message>
    <message>
        <source>⚠ Certificates will not be checked: anyone on the path can read the token.</source>
        <translation>⚠ Les certificats ne seront pas vérifiés&#xa0;: toute personne sur le chemin peut lire le jeton.</translation>
    </message>
    <message>
        <source>Read-only (no aggregate edits)</source>
        <translation>Lecture seule (aucune modification d&apos;agrégat)</translation>
    </message>
    <message>
        <source>Remember the secret in the system keyring</source>
        <translation>Mémoriser le secret dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>leave empty to use the stored secret</source>
        <translation>laisser vide pour utiliser le secret enregistré</translation>
    </message>
    <message>
        <source>https://keystone.example:5000/v3</source>
        <translation>https://keystone.example:5000/v3</translation>
    </message>
    <message>
        <source>from the service catalog</source>
        <translation>depuis le catalogue de services</translation>
    </message>
    <message>
        <source>highest both sides know, e.g. 1.39</source>
        <translation>la plus haute connue des deux côtés, p. ex. 1.39</translation>
    </message>
    <message>
        <source>Test connection authenticates, finds Placement and reads its version range.</source>
        <translation>«&#xa0;Tester la connexion&#xa0;» s&apos;authentifie, trouve Placement et lit sa plage de versions.</translation>
    </message>
    <message>
        <source>&amp;Import from clouds.yaml</source>
        <translation>&amp;Importer depuis clouds.yaml</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keystone URL:</source>
        <translation>URL &amp;Keystone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Placement &amp;endpoint:</source>
        <translation>Point de terminaison Place&amp;ment&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;va (compute) endpoint:</source>
        <translation>Point de terminaison No&amp;va (calcul)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Microversion cap:</source>
        <translation>Microversion ma&amp;ximale&#xa0;:</translation>
    </message>
    <message>
        <source>No clouds.yaml was found.</source>
        <translation>Aucun fichier clouds.yaml n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Clouds in %1</source>
        <translation>Clouds dans %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Provenant de %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional: Nova&apos;s names and drift need it</source>
        <translation>facultatif&#xa0;: les noms Nova et la dérive en ont besoin</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>New profile (%1)</source>
        <translation>Nouveau profil (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aut&amp;hentification&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User d&amp;omain:</source>
        <translation>&amp;Domaine de l&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;ject domain:</source>
        <translation>Domaine du pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>App&amp;lication credential ID:</source>
        <translation>ID des identifiants d&apos;applicati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Inter&amp;face:</source>
        <translation>Inte&amp;rface&#xa0;:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation>C&amp;lé client&#xa0;:</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 n&apos;est pas un JSON valide (à l&apos;octet %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 has format version %2; this version reads %3</source>
        <translation>%1 a la version de format %2&#xa0;; cette version lit le format %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
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
        <translation>Filtre côté serveur actif&#xa0;: cliquez pour le modifier</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Clear the server-side filter and reload</source>
        <translation>Effacer le filtre côté serveur et recharger</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns; drag to reorder</source>
        <translation>Cliquez pour trier&#xa0;; clic droit pour choisir les colonnes&#xa0;; faites glisser pour réorganiser</translation>
    </message>
    <message>
        <source>Server filter: %1</source>
        <translation>Filtre serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No providers match the filter “%1”.</source>
        <translation>Aucun fournisseur ne correspond au filtre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>No providers match the server-side filter.</source>
        <translation>Aucun fournisseur ne correspond au filtre côté serveur.</translation>
    </message>
    <message>
        <source>Clear server filter</source>
        <translation>Effacer le filtre serveur</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (no Nova data)</source>
        <translation>%1 (aucune donnée Nova)</translation>
    </message>
    <message>
        <source>Filter by name, UUID, aggregate UUID or label, Nova name or zone (/ or Ctrl+F; ↓ to the results)</source>
        <translation>Filtrer par nom, UUID, UUID ou libellé d&apos;agrégat, nom ou zone Nova (/ ou Ctrl+F&#xa0;; ↓ vers les résultats)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
    <message>
        <source>Resource providers</source>
        <translation>Fournisseurs de ressources</translation>
    </message>
    <message>
        <source>Resource provider trees</source>
        <translation>Arbres de fournisseurs de ressources</translation>
    </message>
    <message>
        <source>&amp;Fit Columns to Window</source>
        <translation>&amp;Ajuster les colonnes à la fenêtre</translation>
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
        <translation>aucun</translation>
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
        <translation>non chargé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .json or .csv</source>
        <translation>«&#xa0;%1&#xa0;» doit se terminer par .json ou .csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProviderModel</name>
    <message>
        <source>Generation: bumped by Placement on every change to the provider&apos;s aggregates, traits, inventories or allocations</source>
        <translation>Génération&#xa0;: incrémentée par Placement à chaque modification des agrégats, traits, inventaires ou allocations du fournisseur</translation>
    </message>
    <message>
        <source>Used of the capacity the scheduler can hand out: (total − reserved) × allocation ratio</source>
        <translation>Part utilisée de la capacité que l&apos;ordonnanceur peut attribuer&#xa0;: (total − réservé) × ratio d&apos;allocation</translation>
    </message>
    <message>
        <source>Nova: the compute service host of this provider&apos;s compute node (what Nova aggregates list)</source>
        <translation>Nova&#xa0;: l&apos;hôte du service de calcul du nœud de calcul de ce fournisseur (ce que listent les agrégats Nova)</translation>
    </message>
    <message>
        <source>Nova: whether the compute service is enabled (scheduled to) and up</source>
        <translation>Nova&#xa0;: indique si le service de calcul est activé (cible de l&apos;ordonnanceur) et en ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Gen.</source>
        <translation>Gén.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source># Aggr.</source>
        <translation># Agr.</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Agrégats</translation>
    </message>
    <message>
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Nova host</source>
        <translation>Hôte Nova</translation>
    </message>
    <message>
        <source>Compute service</source>
        <translation>Service de calcul</translation>
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
        <translation>Pas un nœud de calcul Nova&#xa0;: aucun hyperviseur n&apos;a l&apos;UUID de ce fournisseur</translation>
    </message>
    <message>
        <source>Compute host %1 (hypervisor %2)</source>
        <translation>Hôte de calcul %1 (hyperviseur %2)</translation>
    </message>
    <message>
        <source>nova-compute on %1: %2</source>
        <translation>nova-compute sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
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
        <translation>Fournisseur racine (pas de parent)</translation>
    </message>
    <message>
        <source>Root provider</source>
        <translation>Fournisseur racine</translation>
    </message>
    <message>
        <source>Loading the aggregates failed: %1</source>
        <translation>Le chargement des agrégats a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Aggregates are loading</source>
        <translation>Chargement des agrégats en cours</translation>
    </message>
    <message>
        <source>Aggregates not loaded: refresh (F5) to load them</source>
        <translation>Agrégats non chargés&#xa0;: actualisez (F5) pour les charger</translation>
    </message>
    <message>
        <source>No aggregates (read at generation %1)</source>
        <translation>Aucun agrégat (lu à la génération %1)</translation>
    </message>
    <message>
        <source>Aggregates read at generation %1:
%2</source>
        <translation>Agrégats lus à la génération %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Loading inventories and usages failed: %1</source>
        <translation>Le chargement des inventaires et des utilisations a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage is still loading</source>
        <translation>L&apos;utilisation est encore en cours de chargement</translation>
    </message>
    <message>
        <source>No %1 inventory</source>
        <translation>Aucun inventaire %1</translation>
    </message>
    <message>
        <source>%1: %2 used of %3</source>
        <translation>%1&#xa0;: %2 utilisés sur %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2
microversion %3</source>
        <translation>%1 %2
microversion %3</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>&amp;Failures only</source>
        <translation>Échecs &amp;seulement</translation>
    </message>
    <message>
        <source>Filter by URL, method, status or request id</source>
        <translation>Filtrer par URL, méthode, statut ou ID de requête</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Co&amp;pier en curl</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (the token stays redacted)</source>
        <translation>Copier l&apos;appel sélectionné sous forme de commande curl (le jeton reste masqué)</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>Filtrer le journal des requêtes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <source>Reading Nova and Placement&apos;s member lists…</source>
        <translation>Lecture des listes de membres de Nova et de Placement…</translation>
    </message>
    <message>
        <source>No comparison yet: Nova and Placement are compared after the providers are loaded (F5).</source>
        <translation>Pas encore de comparaison&#xa0;: Nova et Placement sont comparés une fois les fournisseurs chargés (F5).</translation>
    </message>
    <message>
        <source>Compared at %1.</source>
        <translation>Comparaison effectuée à %1.</translation>
    </message>
    <message>
        <source>Compared at %1: %2</source>
        <translation>Comparaison effectuée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Comparing again…</source>
        <translation>Nouvelle comparaison…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Mémoriser dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>No keyring service answered: the secret is kept in memory until you quit.</source>
        <translation>Aucun service de trousseau de clés n&apos;a répondu&#xa0;: le secret est conservé en mémoire jusqu&apos;à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
</context>
<context>
    <name>ServerFilterPanel</name>
    <message>
        <source>Needs microversion %1; this connection uses %2</source>
        <translation>Nécessite la microversion %1&#xa0;; cette connexion utilise %2</translation>
    </message>
    <message>
        <source>aggregate UUIDs or labels: member of any of them</source>
        <translation>UUID ou libellés d&apos;agrégats&#xa0;: membre d&apos;au moins un d&apos;entre eux</translation>
    </message>
    <message>
        <source>aggregate UUIDs or labels: member of all of them</source>
        <translation>UUID ou libellés d&apos;agrégats&#xa0;: membre de tous</translation>
    </message>
    <message>
        <source>aggregate UUIDs or labels: member of none of them</source>
        <translation>UUID ou libellés d&apos;agrégats&#xa0;: membre d&apos;aucun d&apos;entre eux</translation>
    </message>
    <message>
        <source>provider UUID or name: only its tree</source>
        <translation>UUID ou nom de fournisseur&#xa0;: uniquement son arbre</translation>
    </message>
    <message>
        <source>traits, e.g. HW_CPU_X86_AVX2 COMPUTE_STATUS_DISABLED</source>
        <translation>traits, p. ex. HW_CPU_X86_AVX2 COMPUTE_STATUS_DISABLED</translation>
    </message>
    <message>
        <source>traits the provider must not have</source>
        <translation>traits que le fournisseur ne doit pas avoir</translation>
    </message>
    <message>
        <source>free capacity, e.g. VCPU:4, MEMORY_MB:8192</source>
        <translation>capacité libre, p. ex. VCPU:4, MEMORY_MB:8192</translation>
    </message>
    <message>
        <source>Member of &amp;any:</source>
        <translation>Membre d&apos;au moins &amp;un&#xa0;:</translation>
    </message>
    <message>
        <source>Member of a&amp;ll:</source>
        <translation>Membre de &amp;tous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Not member of:</source>
        <translation>Non mem&amp;bre de&#xa0;:</translation>
    </message>
    <message>
        <source>In &amp;tree of:</source>
        <translation>Dans &amp;l&apos;arbre de&#xa0;:</translation>
    </message>
    <message>
        <source>For&amp;bidden traits:</source>
        <translation>Traits int&amp;erdits&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;sources:</source>
        <translation>Re&amp;ssources&#xa0;:</translation>
    </message>
    <message>
        <source>Reload the providers with this filter (Enter)</source>
        <translation>Recharger les fournisseurs avec ce filtre (Entrée)</translation>
    </message>
    <message>
        <source>Remove every server-side filter and reload</source>
        <translation>Supprimer tous les filtres côté serveur et recharger</translation>
    </message>
    <message>
        <source>Hide this panel (the filter stays in effect)</source>
        <translation>Masquer ce panneau (le filtre reste actif)</translation>
    </message>
    <message>
        <source>“%1” is neither an aggregate UUID nor a local label</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un UUID d&apos;agrégat ni un libellé local</translation>
    </message>
    <message>
        <source>“%1” is neither a provider UUID nor the name of a loaded provider</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un UUID de fournisseur ni le nom d&apos;un fournisseur chargé</translation>
    </message>
    <message>
        <source>Resources: “%1” is not CLASS:AMOUNT (e.g. VCPU:4)</source>
        <translation>Ressources&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas de la forme CLASS:AMOUNT (p. ex. VCPU:4)</translation>
    </message>
    <message numerus="yes">
        <source>member of %n aggregate group(s)</source>
        <translation>
            <numerusform>membre de %n groupe d&apos;agrégats</numerusform>
            <numerusform>membre de %n groupes d&apos;agrégats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not in %n aggregate(s)</source>
        <translation>
            <numerusform>hors de %n agrégat</numerusform>
            <numerusform>hors de %n agrégats</numerusform>
        </translation>
    </message>
    <message>
        <source>in tree %1</source>
        <translation>dans l&apos;arbre %1</translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>requiert %1</translation>
    </message>
    <message>
        <source>forbids %1</source>
        <translation>interdit %1</translation>
    </message>
    <message>
        <source>has free %1</source>
        <translation>capacité libre en %1</translation>
    </message>
    <message>
        <source>Re&amp;quired traits:</source>
        <translation>Traits re&amp;quis&#xa0;:</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Ferm&amp;er</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Copy selected log call as curl (in the request log)</source>
        <translation>Copier l&apos;appel sélectionné du journal en curl (dans le journal des requêtes)</translation>
    </message>
    <message>
        <source>Edit an aggregate&apos;s local label (Aggregates tab)</source>
        <translation>Modifier le libellé local d&apos;un agrégat (onglet Agrégats)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Move from the quick filter into the providers</source>
        <translation>Passer du filtre rapide aux fournisseurs de ressources</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Back to the quick filter (in the providers)</source>
        <translation>Revenir au filtre rapide (depuis les fournisseurs de ressources)</translation>
    </message>
    <message>
        <source>Leave the provider table</source>
        <translation>Quitter le tableau des fournisseurs de ressources</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Main window: %1</source>
        <translation>Fenêtre principale&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotCompareController</name>
    <message>
        <source>Compare with Snapshot</source>
        <translation>Comparer avec un instantané</translation>
    </message>
    <message>
        <source>Snapshots (JSON exports) (*.json)</source>
        <translation>Instantanés (exports JSON) (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 ne peut pas être comparé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the aggregates of %n provider(s): it cannot say what changed.</source>
        <translation>
            <numerusform>Il manque à %1 les agrégats de %n fournisseur&#xa0;: impossible de dire ce qui a changé.</numerusform>
            <numerusform>Il manque à %1 les agrégats de %n fournisseurs&#xa0;: impossible de dire ce qui a changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The loaded providers cannot be compared: %1</source>
        <translation>Les fournisseurs chargés ne peuvent pas être comparés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The aggregates of %n provider(s) are not loaded: refresh, then compare again.</source>
        <translation>
            <numerusform>Les agrégats de %n fournisseur ne sont pas chargés&#xa0;: actualisez, puis comparez à nouveau.</numerusform>
            <numerusform>Les agrégats de %n fournisseurs ne sont pas chargés&#xa0;: actualisez, puis comparez à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffPage</name>
    <message>
        <source>Show &amp;only these providers in the table</source>
        <translation>N&apos;afficher &amp;que ces fournisseurs dans le tableau</translation>
    </message>
    <message>
        <source>Compare with &amp;Snapshot…</source>
        <translation>Comparer avec un &amp;instantané…</translation>
    </message>
    <message>
        <source>Differences from the snapshot</source>
        <translation>Différences avec l&apos;instantané</translation>
    </message>
    <message>
        <source>Narrow the provider table to the providers that differ from the snapshot</source>
        <translation>Restreindre le tableau des fournisseurs à ceux qui diffèrent de l&apos;instantané</translation>
    </message>
    <message>
        <source>The cloud is equal to %1.</source>
        <translation>Le cloud est identique à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) differ from %1.</source>
        <translation>
            <numerusform>%n fournisseur diffère de %1.</numerusform>
            <numerusform>%n fournisseurs diffèrent de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compare the cloud with a snapshot saved by Export (JSON) or --export.</source>
        <translation>Comparer le cloud avec un instantané enregistré par Export (JSON) ou --export.</translation>
    </message>
</context>
<context>
    <name>SnapshotDifference</name>
    <message>
        <source>provider added</source>
        <translation>fournisseur ajouté</translation>
    </message>
    <message>
        <source>provider removed</source>
        <translation>fournisseur supprimé</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <source>parent changed</source>
        <translation>parent modifié</translation>
    </message>
    <message>
        <source>aggregates added</source>
        <translation>agrégats ajoutés</translation>
    </message>
    <message>
        <source>aggregates removed</source>
        <translation>agrégats retirés</translation>
    </message>
    <message>
        <source>generation moved</source>
        <translation>génération modifiée</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <comment>parent before and after</comment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>%1  %2 (%3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>provider %1 has no uuid</source>
        <translation>le fournisseur %1 n&apos;a pas d&apos;uuid</translation>
    </message>
    <message>
        <source>provider %1: uuid is not a UUID</source>
        <translation>fournisseur %1&#xa0;: uuid n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>provider %1 (%2): name is not a string</source>
        <translation>fournisseur %1 (%2)&#xa0;: name n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>provider %1 (%2): %3 is not a UUID</source>
        <translation>fournisseur %1 (%2)&#xa0;: %3 n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>provider %1 (%2): %3 is not a whole number</source>
        <translation>fournisseur %1 (%2)&#xa0;: %3 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>provider %1 (%2): aggregates_error is not a string</source>
        <translation>fournisseur %1 (%2)&#xa0;: aggregates_error n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>provider %1 (%2): aggregates is not a list of UUID strings</source>
        <translation>fournisseur %1 (%2)&#xa0;: aggregates n&apos;est pas une liste de chaînes UUID</translation>
    </message>
    <message>
        <source>not a snapshot: a version without a format</source>
        <translation>pas un instantané&#xa0;: une version sans format</translation>
    </message>
    <message>
        <source>not a snapshot: the format is not &quot;%1&quot;</source>
        <translation>pas un instantané&#xa0;: le format n&apos;est pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the snapshot version is not a whole number from 1</source>
        <translation>la version de l&apos;instantané n&apos;est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>snapshot version %1 is newer than this program reads (up to %2)</source>
        <translation>la version %1 de l&apos;instantané est plus récente que ce que ce programme lit (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>taken_at is not an ISO 8601 time</source>
        <translation>taken_at n&apos;est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a snapshot: the top level is not a JSON object</source>
        <translation>pas un instantané&#xa0;: le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>not a snapshot: no &quot;providers&quot; list</source>
        <translation>pas un instantané&#xa0;: pas de liste «&#xa0;providers&#xa0;»</translation>
    </message>
    <message>
        <source>provider %1 is not a JSON object</source>
        <translation>le fournisseur %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>provider %1: uuid %2 appears twice</source>
        <translation>fournisseur %1&#xa0;: l&apos;uuid %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>add %1 to %2</source>
        <translation>ajouter %1 à %2</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>retirer %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source># Repair of placement aggregates: %n provider(s).</source>
        <translation>
            <numerusform># Réparation des agrégats Placement&#xa0;: %n fournisseur.</numerusform>
            <numerusform># Réparation des agrégats Placement&#xa0;: %n fournisseurs.</numerusform>
        </translation>
    </message>
    <message>
        <source># &quot;resource provider aggregate set&quot; (osc-placement) replaces a provider&apos;s whole aggregate set, so each command lists the full resulting set.</source>
        <translation># &quot;resource provider aggregate set&quot; (osc-placement) remplace l&apos;ensemble d&apos;agrégats complet d&apos;un fournisseur, chaque commande indique donc l&apos;ensemble résultant complet.</translation>
    </message>
    <message>
        <source># --generation (microversion 1.19) is the generation that set was read at: if the provider changed since, Placement refuses with 409 and nothing is lost; read it again and rebuild the command.</source>
        <translation># --generation (microversion 1.19) est la génération à laquelle cet ensemble a été lu&#xa0;: si le fournisseur a changé depuis, Placement refuse avec 409 et rien n&apos;est perdu&#xa0;; relisez-le et reconstruisez la commande.</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>ajouter à %1</translation>
    </message>
    <message>
        <source>remove from %1</source>
        <translation>retirer de %1</translation>
    </message>
    <message>
        <source># No --aggregate: this leaves the provider in no aggregate at all.</source>
        <translation># Pas de --aggregate&#xa0;: le fournisseur ne sera alors dans aucun agrégat.</translation>
    </message>
    <message>
        <source># Its whole aggregate set was not read here. Read its generation first, then its set:</source>
        <translation># Son ensemble d&apos;agrégats complet n&apos;a pas été lu ici. Lisez d&apos;abord sa génération, puis son ensemble&#xa0;:</translation>
    </message>
    <message>
        <source># Then complete this command with every other aggregate it has (leaving out %1) and run it:</source>
        <translation># Complétez ensuite cette commande avec tous ses autres agrégats (sans %1) et exécutez-la&#xa0;:</translation>
    </message>
    <message>
        <source># Then complete this command with every other aggregate it has and run it:</source>
        <translation># Complétez ensuite cette commande avec tous ses autres agrégats et exécutez-la&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TlsDiagnosis</name>
    <message>
        <source>an unnamed certificate</source>
        <translation>un certificat sans nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>certificate not trusted (unknown CA): it is issued by %1, which is not a trusted CA; set the profile&apos;s CA file to that CA&apos;s certificate</source>
        <translation>certificat non fiable (CA inconnue)&#xa0;: il est émis par %1, qui n&apos;est pas une CA de confiance&#xa0;; indiquez le certificat de cette CA comme fichier CA du profil</translation>
    </message>
    <message>
        <source>certificate not trusted (self-signed): the server&apos;s certificate %1 is signed by itself; if you trust it, put it in the profile&apos;s CA file</source>
        <translation>certificat non fiable (auto-signé)&#xa0;: le certificat du serveur %1 est signé par lui-même&#xa0;; si vous lui faites confiance, indiquez-le comme fichier CA du profil</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>certificat non fiable&#xa0;: %1</translation>
    </message>
    <message>
        <source>host name mismatch: the certificate names no host, so it cannot be for %1</source>
        <translation>nom d&apos;hôte différent&#xa0;: le certificat ne nomme aucun hôte et ne peut donc pas valoir pour %1</translation>
    </message>
    <message>
        <source>host name mismatch: the certificate is for %1, not %2</source>
        <translation>nom d&apos;hôte différent&#xa0;: le certificat vaut pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>certificate expired on %1</source>
        <translation>certificat expiré le %1</translation>
    </message>
    <message>
        <source>certificate not valid before %1</source>
        <translation>certificat non valide avant le %1</translation>
    </message>
    <message>
        <source>certificate rejected: %1</source>
        <translation>certificat refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server requires a client certificate and did not get one it accepts (TLS alert &quot;%1&quot;)</source>
        <translation>le serveur exige un certificat client et n&apos;en a reçu aucun qu&apos;il accepte (alerte TLS «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the server requires a client certificate, and this connection has none (set the client certificate and key in the profile)</source>
        <translation>le serveur exige un certificat client, et cette connexion n&apos;en a pas (indiquez le certificat et la clé client dans le profil)</translation>
    </message>
    <message>
        <source>the server refused the client certificate (TLS alert &quot;%1&quot;)</source>
        <translation>le serveur a refusé le certificat client (alerte TLS «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the server refused the TLS connection (TLS alert &quot;%1&quot;)</source>
        <translation>le serveur a refusé la connexion TLS (alerte TLS «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the server ended the TLS handshake (TLS alert &quot;%1&quot;); it may require a client certificate, and this connection has none</source>
        <translation>le serveur a interrompu la négociation TLS (alerte TLS «&#xa0;%1&#xa0;»)&#xa0;; il exige peut-être un certificat client, et cette connexion n&apos;en a pas</translation>
    </message>
    <message>
        <source>the server ended the TLS handshake (TLS alert &quot;%1&quot;)</source>
        <translation>le serveur a interrompu la négociation TLS (alerte TLS «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port (is the endpoint http:// rather than https://?)</source>
        <translation>le serveur ne parle pas TLS sur ce port (le point de terminaison est-il en http:// plutôt qu&apos;en https://&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Authenticating…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>no Nova endpoint was given (--compute-endpoint URL)</source>
        <translation>aucun point de terminaison Nova n&apos;a été indiqué (--compute-endpoint URL)</translation>
    </message>
    <message>
        <source>No connection given: start with --endpoint URL --token TOKEN (see --help).</source>
        <translation>Aucune connexion indiquée&#xa0;: lancez avec --endpoint URL --token TOKEN (voir --help).</translation>
    </message>
    <message>
        <source>Placement Inspector</source>
        <translation>Placement Inspector</translation>
    </message>
    <message>
        <source>The language changes when Placement Inspector is started again.</source>
        <translation>La langue change au prochain démarrage de Placement Inspector.</translation>
    </message>
</context>
</TS>
