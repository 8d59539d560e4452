<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EmptyInboxText</name>
    <message>
        <source>No conversation here with a customer tagged “%1”.</source>
        <translation>Aucune conversation ici avec un client portant l’étiquette « %1 ».</translation>
    </message>
    <message>
        <source>Nothing here is assigned to you.</source>
        <translation>Rien ici ne vous est assigné.</translation>
    </message>
    <message>
        <source>Open a conversation and press Ctrl+Shift+A to take it.</source>
        <translation>Ouvrez une conversation et appuyez sur Ctrl+Maj+A pour la prendre.</translation>
    </message>
    <message>
        <source>Every conversation here has someone on it.</source>
        <translation>Chaque conversation ici a déjà quelqu’un.</translation>
    </message>
    <message>
        <source>No open conversations: all caught up.</source>
        <translation>Aucune conversation ouverte : tout est à jour.</translation>
    </message>
    <message>
        <source>New messages appear here as they arrive.</source>
        <translation>Les nouveaux messages apparaissent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>Rien n’est en attente.</translation>
    </message>
    <message>
        <source>Mark a conversation pending (Ctrl+Shift+P) while you wait for someone.</source>
        <translation>Mettez une conversation en attente (Ctrl+Maj+P) pendant que vous attendez quelqu’un.</translation>
    </message>
    <message>
        <source>Nothing is snoozed.</source>
        <translation>Rien n’est reporté.</translation>
    </message>
    <message>
        <source>A snoozed conversation (Ctrl+Shift+S) waits here until its time or the customer&apos;s next message.</source>
        <translation>Une conversation reportée (Ctrl+Maj+S) attend ici jusqu’à son heure ou jusqu’au prochain message du client.</translation>
    </message>
    <message>
        <source>Nothing is resolved yet.</source>
        <translation>Rien n’est encore résolu.</translation>
    </message>
    <message>
        <source>Conversations you resolve (Ctrl+Shift+D) are kept here.</source>
        <translation>Les conversations que vous résolvez (Ctrl+Maj+D) sont conservées ici.</translation>
    </message>
    <message>
        <source>No conversations yet: they appear after the first sync with the provider.</source>
        <translation>Pas encore de conversations : elles apparaissent après la première synchronisation avec le fournisseur.</translation>
    </message>
    <message>
        <source>Only conversations on %1 are shown.</source>
        <translation>Seules les conversations sur %1 sont affichées.</translation>
    </message>
    <message>
        <source>Choose “All”, “Open”, “All our numbers” and “Any tag” above to see the rest.</source>
        <translation>Choisissez « Toutes », « Ouverte », « Tous nos numéros » et « Toutes les étiquettes » ci-dessus pour voir le reste.</translation>
    </message>
    <message>
        <source>Nothing here is assigned to %1.</source>
        <comment>an agent&apos;s name</comment>
        <translation>Rien ici n&apos;est assigné à %1.</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>The number is not a valid phone number. Check it in the customer&apos;s profile.</source>
        <translation>Le numéro n&apos;est pas un numéro de téléphone valide. Vérifiez-le dans le profil client.</translation>
    </message>
    <message>
        <source>Your account may not send to this country. Your administrator can allow it in the provider&apos;s geographic permissions.</source>
        <translation>Votre compte n&apos;est pas autorisé à envoyer vers ce pays. Votre administrateur peut l&apos;autoriser dans les autorisations géographiques du fournisseur.</translation>
    </message>
    <message>
        <source>The customer texted STOP, so the carrier blocks messages to them. They can text START to receive messages again; add a note instead.</source>
        <translation>Le client a envoyé STOP&#xa0;: l&apos;opérateur bloque donc les messages qui lui sont destinés. Il peut envoyer START pour en recevoir de nouveau&#xa0;; ajoutez plutôt une note.</translation>
    </message>
    <message>
        <source>Too many messages are waiting at the provider for this number. Retry in a few minutes.</source>
        <translation>Trop de messages sont en attente chez le fournisseur pour ce numéro. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>This number cannot send to that customer (the route is not supported). Try another of our numbers or call the customer.</source>
        <translation>Ce numéro ne peut pas envoyer de messages à ce client (l&apos;acheminement n&apos;est pas pris en charge). Essayez un autre de nos numéros ou appelez le client.</translation>
    </message>
    <message>
        <source>The customer&apos;s number is not a mobile number and cannot receive texts. Call them, or ask for a mobile number.</source>
        <translation>Le numéro du client n&apos;est pas un numéro de mobile et ne peut pas recevoir de SMS. Appelez-le, ou demandez-lui un numéro de mobile.</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters. Shorten it or split it in two, then send again.</source>
        <translation>Le message dépasse 1&#xa0;600 caractères. Raccourcissez-le ou divisez-le en deux, puis renvoyez-le.</translation>
    </message>
    <message>
        <source>The provider&apos;s queue was full. Retry in a few minutes.</source>
        <translation>La file d&apos;attente du fournisseur était pleine. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The provider account is suspended. Ask your administrator; retrying will not help until it is active again.</source>
        <translation>Le compte fournisseur est suspendu. Contactez votre administrateur&#xa0;; réessayer ne servira à rien tant qu&apos;il n&apos;est pas réactivé.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone is off or out of coverage. Retry later.</source>
        <translation>Le téléphone du client est éteint ou hors couverture. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone or carrier blocks messages from this number. Ask them another way to unblock it, or call them.</source>
        <translation>Le téléphone ou l&apos;opérateur du client bloque les messages de ce numéro. Demandez-lui par un autre moyen de le débloquer, ou appelez-le.</translation>
    </message>
    <message>
        <source>The number does not exist or is no longer in service. Check the number with the customer.</source>
        <translation>Le numéro n&apos;existe pas ou n&apos;est plus en service. Vérifiez le numéro auprès du client.</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot receive texts. Call the customer instead.</source>
        <translation>Le numéro est une ligne fixe ou son opérateur ne peut pas recevoir de SMS. Appelez plutôt le client.</translation>
    </message>
    <message>
        <source>The carrier filtered the message as possible spam. Rewrite it without links, shortened URLs or capitals, then retry.</source>
        <translation>L&apos;opérateur a filtré le message comme spam potentiel. Reformulez-le sans liens, URL raccourcies ni majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>The carrier gave no reason. Retry once; if it fails again, call the customer.</source>
        <translation>L&apos;opérateur n&apos;a donné aucune raison. Réessayez une fois&#xa0;; en cas de nouvel échec, appelez le client.</translation>
    </message>
    <message>
        <source>This number has sent more than its carrier allows today. Wait until tomorrow or send from another of our numbers.</source>
        <translation>Ce numéro a envoyé aujourd&apos;hui plus de messages que son opérateur ne l&apos;autorise. Attendez demain ou envoyez depuis un autre de nos numéros.</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <comment>advice (the provider&apos;s error code)</comment>
        <translation>%1 (erreur %2)</translation>
    </message>
    <message>
        <source>The provider gave no reason.</source>
        <translation>Le fournisseur n&apos;a donné aucune raison.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the training workspace</source>
        <translation>Ouvrir l&apos;espace de formation</translation>
    </message>
    <message>
        <source>The training workspace is turned off on this computer.</source>
        <translation>L&apos;espace de formation est désactivé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Training not opened</source>
        <translation>Formation non ouverte</translation>
    </message>
    <message>
        <source>Textdesk could not be started again for the training workspace.</source>
        <translation>Textdesk n&apos;a pas pu être redémarré pour l&apos;espace de formation.</translation>
    </message>
    <message>
        <source>Open your own workspace</source>
        <translation>Ouvrir votre propre espace de travail</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Espace de travail non ouvert</translation>
    </message>
    <message>
        <source>Textdesk could not be started again for your own workspace.</source>
        <translation>Textdesk n&apos;a pas pu être redémarré pour votre propre espace de travail.</translation>
    </message>
</context>
<context>
    <name>textdesk</name>
    <message>
        <source>The workspace folder.</source>
        <translation>Le dossier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Textdesk cannot start</source>
        <translation>Textdesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Damaged cache set aside</source>
        <translation>Cache endommagé mis de côté</translation>
    </message>
    <message>
        <source>The cache was damaged. Textdesk moved it to %1 and started a fresh one.</source>
        <translation>Le cache était endommagé. Textdesk l&apos;a déplacé vers %1 et en a créé un nouveau.</translation>
    </message>
    <message>
        <source>Computer settings ignored</source>
        <translation>Paramètres de l&apos;ordinateur ignorés</translation>
    </message>
    <message>
        <source>Sign in to your team</source>
        <translation>Connectez-vous à votre équipe</translation>
    </message>
    <message>
        <source>Your password for the team&apos;s database
%1:</source>
        <translation>Votre mot de passe pour la base de données de l&apos;équipe
%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>textdesk::AccountPage</name>
    <message>
        <source>Provider address</source>
        <translation>Adresse du fournisseur</translation>
    </message>
    <message>
        <source>Provider &amp;address:</source>
        <translation>&amp;Adresse du fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>SID du compte</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC suivi de 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID du compte&#xa0;:</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret de la clé API</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Jeton d&apos;authentification</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation>Conservé dans le trousseau du système, jamais dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation>S&amp;ecret de la clé API&#xa0;:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>&amp;Jeton d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Enter the auth token first.</source>
        <translation>Saisissez d&apos;abord le jeton d&apos;authentification.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not connected. %1</source>
        <translation>Non connecté. %1</translation>
    </message>
    <message>
        <source>Connected to account %1, but its numbers could not be listed: %2</source>
        <translation>Connecté au compte %1, mais impossible d&apos;en lister les numéros&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected to account %1. It has no phone numbers yet.</source>
        <translation>Connecté au compte %1. Ce compte n&apos;a encore aucun numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to account %1. Numbers: %2.</source>
        <translation>Connecté au compte %1. Numéros&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Training workspace: no account needed, and its practice conversations never mix with real ones.
To try your own account, enter and test it here: OK saves it as your own workspace (%1), which opens in a window of its own. This one stays for practice.</source>
        <translation>Espace de travail d&apos;entraînement&#xa0;: aucun compte n&apos;est nécessaire, et ses conversations d&apos;exercice ne se mélangent jamais aux vraies.
Pour essayer votre propre compte, saisissez-le et testez-le ici&#xa0;: OK l&apos;enregistre comme votre propre espace de travail (%1), qui s&apos;ouvre dans sa propre fenêtre. Celui-ci reste pour l&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>textdesk::AgentPage</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Shown to colleagues and used for {{agent_name}} in templates. Empty: your login name.</source>
        <translation>Visible par vos collègues et utilisé pour {{agent_name}} dans les modèles. Si vide&#xa0;: votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre n&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>This workspace names its agent &quot;%1&quot;, which is used instead.</source>
        <translation>Cet espace de travail définit le nom d&apos;agent «&#xa0;%1&#xa0;», qui est utilisé à la place.</translation>
    </message>
    <message>
        <source>Response-time target in minutes</source>
        <translation>Délai de réponse visé, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Conversations waiting longer than this for a reply are marked.</source>
        <translation>Les conversations qui attendent une réponse plus longtemps que ce délai sont signalées.</translation>
    </message>
    <message>
        <source>&amp;Response-time target:</source>
        <translation>&amp;Délai de réponse visé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (off: Ctrl+Enter sends, Enter starts a new line)</source>
        <translation>&amp;Entrée envoie le message (désactivé&#xa0;: Ctrl+Entrée envoie, Entrée passe à la ligne)</translation>
    </message>
    <message>
        <source>Enter sends the message</source>
        <translation>Entrée envoie le message</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a customer writes</source>
        <translation>Afficher une no&amp;tification quand un client écrit</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>textdesk::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>textdesk::AssignPicker</name>
    <message>
        <source>Assign to: type a name</source>
        <translation>Assigner à&#xa0;: saisissez un nom</translation>
    </message>
    <message>
        <source>Assign to an agent</source>
        <translation>Assigner à un agent</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>%1 (you) — assigned now</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (vous) — assignation actuelle</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1 — assigned now</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 — assignation actuelle</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Personne (retirer l&apos;assignation)</translation>
    </message>
    <message>
        <source>No agents yet</source>
        <translation>Aucun agent pour l&apos;instant</translation>
    </message>
    <message>
        <source>No agent named “%1”</source>
        <translation>Aucun agent nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>textdesk::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is not a file Textdesk can read.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être joint&#xa0;: Textdesk ne peut pas lire ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is already attached.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà joint.</translation>
    </message>
    <message>
        <source>“%1” was not attached: a message can carry at most %2 files.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été joint&#xa0;: un message peut contenir au maximum %2 fichiers.</translation>
    </message>
    <message>
        <source>“%1” is too large to send (%2): a text message can carry at most %3 of attachments.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être envoyé (%2)&#xa0;: un message peut contenir au maximum %3 de pièces jointes.</translation>
    </message>
    <message>
        <source>“%1” was not attached: with it the attachments would come to %2, and a text message can carry at most %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été joint&#xa0;: avec ce fichier, les pièces jointes atteindraient %2, alors qu&apos;un message peut en contenir au maximum %3.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 (%2) — click to remove</source>
        <translation>%1 (%2) — cliquez pour retirer</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Retirer la pièce jointe %1</translation>
    </message>
</context>
<context>
    <name>textdesk::BroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation>Nouvelle diffusion</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>The customers with this tag</source>
        <translation>Les clients ayant cette étiquette</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Or a CSV file: a number column and variable columns</source>
        <translation>Ou un fichier CSV&#xa0;: une colonne de numéros et des colonnes de variables</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Fichier CSV&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Cadence&#xa0;:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>&amp;Cancel broadcast</source>
        <translation>A&amp;nnuler la diffusion</translation>
    </message>
    <message>
        <source>Choose a template (File → Templates… makes one).</source>
        <translation>Choisissez un modèle (Fichier → Modèles… permet d&apos;en créer un).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give a tag or a CSV file of recipients.</source>
        <translation>Indiquez une étiquette ou un fichier CSV de destinataires.</translation>
    </message>
    <message>
        <source>The workspace knows none of our numbers yet.</source>
        <translation>L&apos;espace de travail ne connaît encore aucun de nos numéros.</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Sera envoyé</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Retenu jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>%1 of %2 sent to the outbox, %3 waiting (%4 for quiet hours), %5 skipped, %6 cancelled.</source>
        <translation>%1 sur %2 envoyés à la boîte d&apos;envoi, %3 en attente (%4 pour les heures de silence), %5 ignorés, %6 annulés.</translation>
    </message>
    <message>
        <source>%1 to send (%2 held for quiet hours), %3 skipped: %4 opted out, %5 asked to stop (awaiting an agent), %6 invalid, %7 duplicates, %8 missing a variable.</source>
        <translation>%1 à envoyer (%2 retenus pendant les heures de silence), %3 ignorés&#xa0;: %4 désinscrits, %5 ayant demandé l&apos;arrêt (en attente d&apos;un agent), %6 non valides, %7 doublons, %8 avec une variable manquante.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavConflictsDialog</name>
    <message>
        <source>Contact conflicts</source>
        <translation>Conflits de contacts</translation>
    </message>
    <message>
        <source>These contacts were changed both here and on the address book&apos;s server since the last sync. Nothing was overwritten: keep one version of each.</source>
        <translation>Ces contacts ont été modifiés à la fois ici et sur le serveur du carnet d&apos;adresses depuis la dernière synchronisation. Rien n&apos;a été écrasé&#xa0;: gardez une version de chacun.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Here (ours)</source>
        <translation>Ici (la nôtre)</translation>
    </message>
    <message>
        <source>Server (theirs)</source>
        <translation>Serveur (la leur)</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>Garder la version d&apos;&amp;ici</translation>
    </message>
    <message>
        <source>The version here stands; the next sync sends it to the server.</source>
        <translation>La version d&apos;ici est conservée&#xa0;; la prochaine synchronisation l&apos;enverra au serveur.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la version du &amp;serveur</translation>
    </message>
    <message>
        <source>The server&apos;s version is written here now.</source>
        <translation>La version du serveur est écrite ici dès maintenant.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Détecté le %1</translation>
    </message>
    <message>
        <source>No open conflicts: the address book and Textdesk agree.</source>
        <translation>Aucun conflit non résolu&#xa0;: le carnet d&apos;adresses et Textdesk concordent.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Autres propriétés</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>différentes</translation>
    </message>
    <message>
        <source>Kept ours: the next sync sends it to the server.</source>
        <translation>Version d&apos;ici conservée&#xa0;: la prochaine synchronisation l&apos;enverra au serveur.</translation>
    </message>
    <message>
        <source>Kept theirs: the server&apos;s version is now here.</source>
        <translation>Version du serveur conservée&#xa0;: elle est maintenant ici.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavStore</name>
    <message>
        <source>There is no CardDAV conflict number %1.</source>
        <translation>Il n&apos;existe pas de conflit CardDAV numéro %1.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavSyncDialog</name>
    <message>
        <source>Sync contacts</source>
        <translation>Synchroniser les contacts</translation>
    </message>
    <message>
        <source>No address book is set up yet.</source>
        <translation>Aucun carnet d&apos;adresses n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Address book: %1 (as %2)</source>
        <translation>Carnet d&apos;adresses&#xa0;: %1 (en tant que %2)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync result</source>
        <translation>Résultat de la synchronisation</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>Set up the address book first: File → Settings → Contacts.</source>
        <translation>Configurez d&apos;abord le carnet d&apos;adresses&#xa0;: Fichier → Paramètres → Contacts.</translation>
    </message>
    <message>
        <source>Textdesk is not connected yet, so contacts cannot be synced.</source>
        <translation>Textdesk n&apos;est pas encore connecté&#xa0;: impossible de synchroniser les contacts.</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was synced.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <source>The keychain has no password for this address book: enter it in File → Settings → Contacts.</source>
        <translation>Le trousseau ne contient aucun mot de passe pour ce carnet d&apos;adresses&#xa0;: saisissez-le dans Fichier → Paramètres → Contacts.</translation>
    </message>
    <message>
        <source>Cancelling after the request in flight…</source>
        <translation>Annulation après la requête en cours…</translation>
    </message>
    <message>
        <source>The sync stopped: %1
%2</source>
        <translation>La synchronisation s&apos;est arrêtée&#xa0;: %1
%2</translation>
    </message>
</context>
<context>
    <name>textdesk::CommandLine</name>
    <message>
        <source>textdesk: unknown command &quot;%1&quot;.</source>
        <translation>textdesk: commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>What the workspace&apos;s cache holds.</source>
        <translation>Contenu du cache de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Le dossier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>textdesk: %1</source>
        <translation>textdesk: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>textdesk: the cache was damaged; it was moved to %1 and a fresh cache was created.</source>
        <translation>textdesk: le cache était endommagé ; il a été déplacé vers %1 et un nouveau cache a été créé.</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Espace de travail :  %1</translation>
    </message>
    <message>
        <source>Cache version:  %1</source>
        <translation>Version du cache :   %1</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Contacts :           %1</translation>
    </message>
    <message>
        <source>Conversations:  %1</source>
        <translation>Conversations :      %1</translation>
    </message>
    <message>
        <source>Messages:       %1</source>
        <translation>Messages :           %1</translation>
    </message>
    <message>
        <source>Outbox pending: %1</source>
        <translation>En attente d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Cache size:     %1</source>
        <translation>Taille du cache :    %1</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %Ln message(s) still waiting in the outbox; they go out with the next send or sync, once.</source>
        <translation>
            <numerusform>textdesk: %Ln message est toujours en attente dans la boîte d&apos;envoi ; il partira à la prochaine commande send ou sync, une seule fois.</numerusform>
            <numerusform>textdesk: %Ln messages sont toujours en attente dans la boîte d&apos;envoi ; ils partiront à la prochaine commande send ou sync, une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: this workspace has no provider yet. Run &quot;textdesk configure&quot; first.</source>
        <translation>textdesk: cet espace de travail n&apos;a pas encore de fournisseur. Lancez d&apos;abord « textdesk configure ».</translation>
    </message>
    <message>
        <source>textdesk: set TEXTDESK_AUTH_TOKEN to the account&apos;s secret.</source>
        <translation>textdesk: définissez TEXTDESK_AUTH_TOKEN avec le secret du compte.</translation>
    </message>
    <message>
        <source>Connect a workspace to a provider account. The secret (Auth Token or API key secret) is read from TEXTDESK_AUTH_TOKEN or standard input.</source>
        <translation>Connecte un espace de travail à un compte fournisseur. Le secret (Auth Token ou secret de clé API) est lu depuis TEXTDESK_AUTH_TOKEN ou l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The provider (twilio).</source>
        <translation>Le fournisseur (twilio).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The Account SID (AC…).</source>
        <translation>Le SID du compte (AC…).</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>An API key SID (SK…), instead of the Auth Token.</source>
        <translation>Un SID de clé API (SK…), à la place de l&apos;Auth Token.</translation>
    </message>
    <message>
        <source>The API address (a regional edge, or a simulator).</source>
        <translation>L&apos;adresse de l&apos;API (un point d&apos;accès régional, ou un simulateur).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>textdesk: no secret given. Set TEXTDESK_AUTH_TOKEN or type it on standard input.</source>
        <translation>textdesk: aucun secret fourni. Définissez TEXTDESK_AUTH_TOKEN ou saisissez-le sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending number(s): %1</source>
        <translation>
            <numerusform>%Ln numéro d&apos;envoi : %1</numerusform>
            <numerusform>%Ln numéros d&apos;envoi : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret was not stored. Give it again with TEXTDESK_AUTH_TOKEN when you sync.</source>
        <translation>Le secret n&apos;a pas été enregistré. Fournissez-le de nouveau via TEXTDESK_AUTH_TOKEN lors de la synchronisation.</translation>
    </message>
    <message>
        <source>Bring the workspace&apos;s cache up to date with the provider. The secret is read from TEXTDESK_AUTH_TOKEN.</source>
        <translation>Met le cache de l&apos;espace de travail à jour depuis le fournisseur. Le secret est lu depuis TEXTDESK_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>Messages per request (1–1000).</source>
        <translation>Messages par requête (1–1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>page %1: %2 messages, about %3 to go</source>
        <translation>page %1 : %2 messages, environ %3 restants</translation>
    </message>
    <message>
        <source>page %1: %2 messages</source>
        <translation>page %1 : %2 messages</translation>
    </message>
    <message>
        <source>Synced: %1 new messages, %2 read.</source>
        <translation>Synchronisé : %1 nouveaux messages, %2 récupérés.</translation>
    </message>
    <message>
        <source>Send a text message through the workspace&apos;s outbox. It is written to the outbox before anything goes out, so it is sent once even if this command is interrupted (the next send or sync finishes the job).</source>
        <translation>Envoie un SMS via la boîte d&apos;envoi de l&apos;espace de travail. Le message est inscrit dans la boîte d&apos;envoi avant tout envoi : il n&apos;est donc envoyé qu&apos;une seule fois, même si cette commande est interrompue (la prochaine commande send ou sync termine le travail).</translation>
    </message>
    <message>
        <source>The customer&apos;s number.</source>
        <translation>Le numéro du client.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>Our number (default: the workspace&apos;s first).</source>
        <translation>Notre numéro (par défaut : le premier de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Seconds to wait for the provider (default 60).</source>
        <translation>Secondes d&apos;attente pour le fournisseur (60 par défaut).</translation>
    </message>
    <message>
        <source>textdesk: the workspace knows none of our numbers; give --from.</source>
        <translation>textdesk: l&apos;espace de travail ne connaît aucun de nos numéros ; indiquez --from.</translation>
    </message>
    <message>
        <source>Sent to %1 (%2).</source>
        <translation>Envoyé à %1 (%2).</translation>
    </message>
    <message>
        <source>textdesk: not sent: %1</source>
        <translation>textdesk: non envoyé : %1</translation>
    </message>
    <message>
        <source>textdesk: the provider has not confirmed it yet (%1). It stays in the outbox and goes out with the next send or sync, once.</source>
        <translation>textdesk: le fournisseur ne l&apos;a pas encore confirmé (%1). Le message reste dans la boîte d&apos;envoi et partira à la prochaine commande send ou sync, une seule fois.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>A file to attach (repeat for more).</source>
        <translation>Un fichier à joindre (répétez l&apos;option pour en joindre plusieurs).</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %Ln attachment(s) not downloaded yet; the next sync goes on with them.</source>
        <translation>
            <numerusform>textdesk: %Ln pièce jointe n’est pas encore téléchargée ; la prochaine synchronisation s’en charge.</numerusform>
            <numerusform>textdesk: %Ln pièces jointes ne sont pas encore téléchargées ; la prochaine synchronisation s’en charge.</numerusform>
        </translation>
    </message>
    <message>
        <source>One pass, the outbox sent and the attachments downloaded, then exit (0 when all three converged).</source>
        <translation>Un passage, la boîte d’envoi envoyée et les pièces jointes téléchargées, puis quitter (0 si les trois ont abouti).</translation>
    </message>
    <message>
        <source>With --once: seconds to wait for the outbox, and again for the attachments (default 60).</source>
        <translation>Avec --once : secondes d’attente pour la boîte d’envoi, puis pour les pièces jointes (60 par défaut).</translation>
    </message>
    <message>
        <source>attachments: %1 of %2</source>
        <translation>pièces jointes : %1 sur %2</translation>
    </message>
    <message>
        <source>textdesk: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or use a command: textdesk --help.</source>
        <translation>textdesk: aucun affichage sur lequel ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Lancez-le dans une session de bureau, ou utilisez une commande : textdesk --help.</translation>
    </message>
    <message>
        <source>textdesk: this build has no &quot;serve&quot;.</source>
        <translation>textdesk: cette version ne comprend pas « serve ».</translation>
    </message>
    <message>
        <source>textdesk: the command &quot;%1&quot; is not available.</source>
        <translation>textdesk: la commande « %1 » n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>History from:   %1</source>
        <translation>Historique depuis :  %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>Secret (Auth Token or API key secret): </source>
        <translation>Secret (Auth Token ou secret de clé API) : </translation>
    </message>
    <message>
        <source>Where outgoing pictures are uploaded (https).</source>
        <translation>Adresse de dépôt des images envoyées (https).</translation>
    </message>
    <message>
        <source>The address the provider calls for webhooks: the reverse proxy with TLS in front of Textdesk (https).</source>
        <translation>L&apos;adresse que le fournisseur appelle pour les webhooks : le proxy inverse avec TLS placé devant Textdesk (https).</translation>
    </message>
    <message>
        <source>All of the provider&apos;s history is cached.</source>
        <translation>Tout l&apos;historique du fournisseur est en cache.</translation>
    </message>
    <message>
        <source>History is cached from %1 on; older messages: sync --history-days N or all.</source>
        <translation>L&apos;historique est en cache à partir du %1 ; messages plus anciens : sync --history-days N ou all.</translation>
    </message>
    <message>
        <source>How far back history is cached: a number of days, or &quot;all&quot; (default: [sync] history_days in workspace.ini, else 90). A longer one than before fetches the older messages once.</source>
        <translation>Profondeur de l&apos;historique mis en cache : un nombre de jours, ou « all » (par défaut : [sync] history_days dans workspace.ini, sinon 90). Une durée plus longue qu&apos;auparavant récupère une seule fois les messages plus anciens.</translation>
    </message>
    <message>
        <source>N|all</source>
        <translation>N|all</translation>
    </message>
    <message>
        <source>textdesk: --history-days takes a number of days (1 or more) or &quot;all&quot;, not &quot;%1&quot;.</source>
        <translation>textdesk: --history-days attend un nombre de jours (1 ou plus) ou « all », pas « %1 ».</translation>
    </message>
    <message>
        <source>textdesk: the workspace has no media folder.</source>
        <translation>textdesk: l&apos;espace de travail n&apos;a pas de dossier des médias.</translation>
    </message>
    <message>
        <source>pull: %1 new messages, %2 read</source>
        <translation>relève : %1 nouveaux messages, %2 récupérés</translation>
    </message>
    <message>
        <source>pull stopped: %1</source>
        <translation>relève arrêtée : %1</translation>
    </message>
    <message>
        <source>pull: page %1, %2 messages</source>
        <translation>relève : page %1, %2 messages</translation>
    </message>
    <message>
        <source>webhook: message stored in conversation %1</source>
        <translation>webhook : message enregistré dans la conversation %1</translation>
    </message>
    <message>
        <source>timer: %1 %2</source>
        <translation>minuteur : %1 %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>outbox: %1 %2 %3</source>
        <translation>boîte d&apos;envoi : %1 %2 %3</translation>
    </message>
    <message>
        <source>media: message %1 changed</source>
        <translation>médias : message %1 modifié</translation>
    </message>
    <message>
        <source>Keep the workspace in sync without a window, until SIGTERM or SIGINT: pull, webhooks, outbox, attachments, timers. The secret is read from TEXTDESK_AUTH_TOKEN.</source>
        <translation>Maintient l&apos;espace de travail synchronisé sans fenêtre, jusqu&apos;à SIGTERM ou SIGINT : relève, webhooks, boîte d&apos;envoi, pièces jointes, minuteurs. Le secret est lu depuis TEXTDESK_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>webhooks off: %1</source>
        <translation>webhooks désactivés : %1</translation>
    </message>
    <message>
        <source>webhooks on %1</source>
        <translation>webhooks actifs sur %1</translation>
    </message>
    <message>
        <source>warning: SIGTERM and SIGINT stop this process without a clean end</source>
        <translation>alerte : SIGTERM et SIGINT arrêtent ce processus sans fermeture propre</translation>
    </message>
    <message>
        <source>stopping (signal %1): the pass in progress commits what it has</source>
        <translation>arrêt en cours (signal %1) : le passage en cours enregistre ce qu&apos;il a déjà</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>serving %1 (history cached from %2)</source>
        <translation>en service pour %1 (historique en cache depuis %2)</translation>
    </message>
    <message>
        <source>the first pass</source>
        <translation>le premier passage</translation>
    </message>
    <message>
        <source>webhooks off: with an API key they need the account&apos;s Auth Token (TEXTDESK_WEBHOOK_AUTH_TOKEN) to check their signatures</source>
        <translation>webhooks désactivés : avec une clé d’API, il leur faut l’Auth Token du compte (TEXTDESK_WEBHOOK_AUTH_TOKEN) pour vérifier leurs signatures</translation>
    </message>
    <message>
        <source>A lead&apos;s report from the workspace&apos;s cache.</source>
        <translation>Rapport pour responsable d&apos;équipe, à partir du cache de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Dernier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Group by agent, number, tag, day, week or month.</source>
        <translation>Regroupement&#xa0;: agent, number, tag, day, week ou month (agent, numéro, étiquette, jour, semaine ou mois).</translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation>REGROUPEMENT</translation>
    </message>
    <message>
        <source>csv, json or pdf.</source>
        <translation>csv, json ou pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Only this agent (name).</source>
        <translation>Uniquement cet agent (nom).</translation>
    </message>
    <message>
        <source>Only this number of ours (+E.164).</source>
        <translation>Uniquement ce numéro parmi les nôtres (+E.164).</translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation>Uniquement les clients portant cette étiquette.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>PDF paper: a4 or letter (default: the locale&apos;s).</source>
        <translation>Papier du PDF&#xa0;: a4 ou letter (par défaut&#xa0;: celui des paramètres régionaux).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>csat, nps, ces or response-times.</source>
        <translation>csat, nps, ces ou response-times.</translation>
    </message>
    <message>
        <source>textdesk report: %1</source>
        <translation>textdesk report: %1</translation>
    </message>
    <message>
        <source>say which report: csat, nps, ces or response-times.</source>
        <translation>indiquez quel rapport&#xa0;: csat, nps, ces ou response-times.</translation>
    </message>
    <message>
        <source>--from and --to need dates written as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--from et --to attendent des dates au format AAAA-MM-JJ, par exemple 2026-03-01.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) est antérieur à --from (%2).</translation>
    </message>
    <message>
        <source>--by is one of agent, number, tag, day, week or month, not &quot;%1&quot;.</source>
        <translation>--by vaut agent, number, tag, day, week ou month, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--format is csv, json or pdf.</source>
        <translation>--format vaut csv, json ou pdf.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper vaut a4 ou letter.</translation>
    </message>
    <message>
        <source>--output FILE says where to write the report.</source>
        <translation>--output FICHIER indique où écrire le rapport.</translation>
    </message>
    <message>
        <source>textdesk report: there is no workspace in %1.</source>
        <translation>textdesk report: il n&apos;y a pas d&apos;espace de travail dans %1.</translation>
    </message>
    <message>
        <source>no agent is called &quot;%1&quot;.</source>
        <translation>aucun agent ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not one of the workspace&apos;s numbers.</source>
        <translation>%1 ne fait pas partie des numéros de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no tag &quot;%1&quot;.</source>
        <translation>l&apos;étiquette «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>textdesk report: this build cannot write PDF.</source>
        <translation>textdesk report: cette version ne peut pas écrire de PDF.</translation>
    </message>
    <message>
        <source>textdesk report: cannot write %1: %2</source>
        <translation>textdesk report: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read survey replies as Textdesk does and print, per text, one JSON object: score (or null), kind (explicit, inferred or none), opt_out and comment.</source>
        <translation>Lit les réponses aux enquêtes comme le fait Textdesk et affiche, pour chaque texte, un objet JSON&#xa0;: score (ou null), kind (explicit, inferred ou none), opt_out et comment.</translation>
    </message>
    <message>
        <source>The question: csat (1–5), nps (0–10), ces (1–7) or yesno.</source>
        <translation>La question&#xa0;: csat (1–5), nps (0–10), ces (1–7) ou yesno.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The survey&apos;s language: en, de, es or fr (default en).</source>
        <translation>La langue de l&apos;enquête&#xa0;: en, de, es ou fr (par défaut en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>What to do: score.</source>
        <translation>Action&#xa0;: score.</translation>
    </message>
    <message>
        <source>The replies (after -- if one starts with a dash).</source>
        <translation>Les réponses (après -- si l&apos;une d&apos;elles commence par un tiret).</translation>
    </message>
    <message>
        <source>textdesk: say what to do with surveys: textdesk survey score --kind csat TEXT…</source>
        <translation>textdesk: indiquez quoi faire des enquêtes&#xa0;: textdesk survey score --kind csat TEXTE…</translation>
    </message>
    <message>
        <source>textdesk: --kind must be csat, nps, ces or yesno.</source>
        <translation>textdesk: --kind doit valoir csat, nps, ces ou yesno.</translation>
    </message>
    <message>
        <source>textdesk: give at least one reply to read.</source>
        <translation>textdesk: indiquez au moins une réponse à lire.</translation>
    </message>
    <message>
        <source>Scheduled:      %1 waiting, %2 held for an agent to confirm</source>
        <translation>Programmés&#xa0;:    %1 en attente, %2 retenus en attente de confirmation par un agent</translation>
    </message>
    <message>
        <source>How numbers without +country code are read (e.g. US, DE; default: the workspace&apos;s [phone] default_region, else this computer&apos;s region).</source>
        <translation>Comment lire les numéros sans indicatif +pays (par ex. US, DE&#xa0;; par défaut&#xa0;: la valeur default_region de la section [phone] de l&apos;espace de travail, sinon la région de cet ordinateur).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>Contacts in and out of the workspace.</source>
        <translation>Importer et exporter les contacts de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv ou vcard.</translation>
    </message>
    <message>
        <source>vCard version to write: 3 or 4 (default 4).</source>
        <translation>Version de vCard à écrire&#xa0;: 3 ou 4 (par défaut 4).</translation>
    </message>
    <message>
        <source>import, export or undo.</source>
        <translation>import, export ou undo.</translation>
    </message>
    <message>
        <source>The file (undo: the import&apos;s number).</source>
        <translation>Le fichier (undo&#xa0;: le numéro de l&apos;import).</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk contacts import|export --workspace DIR FILE [--format csv|vcard], or textdesk contacts undo --workspace DIR NUMBER</source>
        <translation>textdesk: indiquez quoi faire&#xa0;: textdesk contacts import|export --workspace DOSSIER FICHIER [--format csv|vcard], ou textdesk contacts undo --workspace DOSSIER NUMÉRO</translation>
    </message>
    <message>
        <source>textdesk: --format must be csv or vcard.</source>
        <translation>textdesk: --format doit valoir csv ou vcard.</translation>
    </message>
    <message>
        <source>“%1” is not an import number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro d&apos;import.</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>L&apos;import %1 a été annulé.</translation>
    </message>
    <message>
        <source>textdesk: --vcard-version must be 3 or 4.</source>
        <translation>textdesk: --vcard-version doit valoir 3 ou 4.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contact écrit dans %1.</numerusform>
            <numerusform>%n contacts écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: %1 was not imported; nothing was changed. Correct the lines above and run the import again.</source>
        <translation>textdesk: %1 n&apos;a pas été importé&#xa0;; rien n&apos;a été modifié. Corrigez les lignes ci-dessus et relancez l&apos;import.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Lu comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import %1: %2 new, %3 merged with customers already here, %4 repeated in the file, %5 without a number skipped.</source>
        <translation>Import %1&#xa0;: %2 nouveaux, %3 fusionnés avec des clients déjà présents, %4 en double dans le fichier, %5 sans numéro ignorés.</translation>
    </message>
    <message>
        <source>To undo it: textdesk contacts undo --workspace %1 %2</source>
        <translation>Pour l&apos;annuler&#xa0;: textdesk contacts undo --workspace %1 %2</translation>
    </message>
    <message>
        <source>Bring message history from files into the workspace.</source>
        <translation>Importer un historique de messages depuis des fichiers dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>JSON pages of the provider&apos;s list, the JSON of its CLI (-o json), or CSV.</source>
        <translation>Pages JSON de la liste du fournisseur, JSON de sa CLI (-o json), ou CSV.</translation>
    </message>
    <message>
        <source>textdesk: name the files to import: textdesk import --workspace DIR FILE…</source>
        <translation>textdesk: indiquez les fichiers à importer&#xa0;: textdesk import --workspace DOSSIER FICHIER…</translation>
    </message>
    <message>
        <source>Read %1: %2 messages so far</source>
        <translation>Lecture de %1&#xa0;: %2 messages jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Done: %1 messages read.</source>
        <translation>Terminé&#xa0;: %1 messages lus.</translation>
    </message>
    <message>
        <source>Imported %1 messages; %2 were already here.</source>
        <translation>%1 messages importés&#xa0;; %2 étaient déjà présents.</translation>
    </message>
    <message>
        <source>A customer&apos;s right to erasure.</source>
        <translation>Droit à l&apos;effacement d&apos;un client.</translation>
    </message>
    <message>
        <source>Erase without asking (required: there is no undo).</source>
        <translation>Effacer sans demander (obligatoire&#xa0;: l&apos;opération est irréversible).</translation>
    </message>
    <message>
        <source>What to do: erase.</source>
        <translation>Action&#xa0;: erase.</translation>
    </message>
    <message>
        <source>textdesk: textdesk privacy erase --workspace DIR --number NUMBER --yes</source>
        <translation>textdesk: textdesk privacy erase --workspace DOSSIER --number NUMÉRO --yes</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 messages, %4 media files, %5 drafts, %6 outbox entries, %7 survey answers, %8 consent events, and the profile.</source>
        <translation>%1&#xa0;: %2 conversations, %3 messages, %4 fichiers multimédias, %5 brouillons, %6 éléments de la boîte d&apos;envoi, %7 réponses aux enquêtes, %8 événements de consentement, ainsi que le profil.</translation>
    </message>
    <message>
        <source>textdesk: this would erase %1 There is no undo: add --yes to erase.</source>
        <translation>textdesk: cette opération effacerait %1 Elle est irréversible&#xa0;: ajoutez --yes pour effacer.</translation>
    </message>
    <message>
        <source>textdesk: %1 Nothing was erased.</source>
        <translation>textdesk: %1 Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation>Effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The text; {{variables}} are filled from the customer&apos;s profile.</source>
        <translation>Le texte&#xa0;; les {{variables}} sont remplies à partir du profil du client.</translation>
    </message>
    <message>
        <source>A template&apos;s shortcut, instead of --body.</source>
        <translation>Le raccourci d&apos;un modèle, au lieu de --body.</translation>
    </message>
    <message>
        <source>SHORTCUT</source>
        <translation>RACCOURCI</translation>
    </message>
    <message>
        <source>A value for a template variable (repeat for more).</source>
        <translation>Une valeur pour une variable du modèle (à répéter pour en donner plusieurs).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NOM=VALEUR</translation>
    </message>
    <message>
        <source>textdesk: --to and --body (or --template, or --media) are required.</source>
        <translation>textdesk: --to et --body (ou --template, ou --media) sont obligatoires.</translation>
    </message>
    <message>
        <source>textdesk: give --body or --template, not both.</source>
        <translation>textdesk: indiquez --body ou --template, pas les deux.</translation>
    </message>
    <message>
        <source>textdesk: there is no template &quot;/%1&quot;.</source>
        <translation>textdesk: il n&apos;existe pas de modèle «&#xa0;/%1&#xa0;».</translation>
    </message>
    <message>
        <source>textdesk: --var takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>textdesk: --var attend NOM=VALEUR, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>textdesk: not sent: the message has no value for %1. Give it with --var NAME=VALUE, or a default in the text ({{name|default}}).</source>
        <translation>textdesk: non envoyé&#xa0;: le message n&apos;a pas de valeur pour %1. Indiquez-la avec --var NOM=VALEUR, ou une valeur par défaut dans le texte ({{name|default}}).</translation>
    </message>
    <message>
        <source>Instead of the figures, every survey sent in the period with its answer (CSV).</source>
        <translation>Au lieu des chiffres, chaque enquête envoyée pendant la période, avec sa réponse (CSV).</translation>
    </message>
    <message>
        <source>--answers is written as CSV: use --format csv.</source>
        <translation>--answers est écrit en CSV&#xa0;: utilisez --format csv.</translation>
    </message>
    <message>
        <source>answers: %1 of %2</source>
        <translation>réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>reading the figures…</source>
        <translation>lecture des chiffres…</translation>
    </message>
    <message>
        <source>writing %1…</source>
        <translation>écriture de %1…</translation>
    </message>
    <message>
        <source>textdesk: %1: %2</source>
        <translation>textdesk: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Play a scripted set of replies against a training scenario and print the score.</source>
        <translation>Joue une série de réponses scriptées sur un scénario de formation et affiche le score.</translation>
    </message>
    <message>
        <source>The scenario: a JSON file or a built-in id (repeat it, or say &quot;all&quot;, to score several with --model-answer).</source>
        <translation>Le scénario&#xa0;: un fichier JSON ou un identifiant intégré (répétez l&apos;option, ou indiquez «&#xa0;all&#xa0;», pour en évaluer plusieurs avec --model-answer).</translation>
    </message>
    <message>
        <source>The replies: a JSON list of {delay_minutes, text, to}.</source>
        <translation>Les réponses&#xa0;: une liste JSON de {delay_minutes, text, to}.</translation>
    </message>
    <message>
        <source>Play the scenario&apos;s model answer instead of --replies.</source>
        <translation>Jouer la réponse type du scénario au lieu de --replies.</translation>
    </message>
    <message>
        <source>The customer&apos;s seed (default 1).</source>
        <translation>La graine aléatoire du client (par défaut 1).</translation>
    </message>
    <message>
        <source>The jargon list: one term a line (default: the built-in list).</source>
        <translation>La liste de jargon&#xa0;: un terme par ligne (par défaut&#xa0;: la liste intégrée).</translation>
    </message>
    <message>
        <source>report: the results file (training-results.jsonl in the workspace folder).</source>
        <translation>report&#xa0;: le fichier de résultats (training-results.jsonl dans le dossier de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>report: write the CSV here (default: standard output).</source>
        <translation>report&#xa0;: écrire le CSV ici (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>What to do: run or list.</source>
        <translation>Action&#xa0;: run ou list.</translation>
    </message>
    <message>
        <source>textdesk: training report needs --results FILE.</source>
        <translation>textdesk: training report nécessite --results FICHIER.</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %n damaged line(s) in the results were skipped.</source>
        <translation>
            <numerusform>textdesk: %n ligne endommagée dans les résultats a été ignorée.</numerusform>
            <numerusform>textdesk: %n lignes endommagées dans les résultats ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: cannot write &quot;%1&quot;: %2</source>
        <translation>textdesk: impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk training run --scenario FILE --replies FILE, textdesk training list, or textdesk training report --results FILE.</source>
        <translation>textdesk: indiquez quoi faire&#xa0;: textdesk training run --scenario FICHIER --replies FICHIER, textdesk training list, ou textdesk training report --results FICHIER.</translation>
    </message>
    <message>
        <source>textdesk: training run needs --scenario and either --replies or --model-answer.</source>
        <translation>textdesk: training run nécessite --scenario et soit --replies, soit --model-answer.</translation>
    </message>
    <message>
        <source>textdesk: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>textdesk: --seed doit être un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>textdesk: several scenarios are played with --model-answer only.</source>
        <translation>textdesk: plusieurs scénarios ne peuvent être joués qu&apos;avec --model-answer.</translation>
    </message>
    <message>
        <source>textdesk: cannot read the jargon list &quot;%1&quot;: %2</source>
        <translation>textdesk: impossible de lire la liste de jargon «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Overall: %1 of %2 passed, mean score %3</source>
        <translation>Bilan&#xa0;: %1 sur %2 réussis, score moyen %3</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot; (give its shortcut or its title).</source>
        <translation>il n&apos;existe pas de modèle «&#xa0;%1&#xa0;» (indiquez son raccourci ou son titre).</translation>
    </message>
    <message>
        <source>textdesk: cannot read %1: %2</source>
        <translation>textdesk&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1%2 skipped (%3): %4</source>
        <translation>%1%2 ignoré (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1%2 (held until %3): %4</source>
        <translation>%1%2 (retenu jusqu&apos;à %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): %1 to send (%2 held for quiet hours), %3 skipped</source>
        <translation>
            <numerusform>%n destinataire&#xa0;: %1 à envoyer (%2 retenus pour les heures de silence), %3 ignorés</numerusform>
            <numerusform>%n destinataires&#xa0;: %1 à envoyer (%2 retenus pour les heures de silence), %3 ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>textdesk: cannot write %1: %2</source>
        <translation>textdesk&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Broadcast %1: %2 of %3 queued</source>
        <translation>Diffusion %1&#xa0;: %2 sur %3 en file d&apos;attente</translation>
    </message>
    <message>
        <source>Broadcast %1: %2 queued, %3 skipped, %4 cancelled, %5 waiting.</source>
        <translation>Diffusion %1&#xa0;: %2 en file d&apos;attente, %3 ignorés, %4 annulés, %5 en attente.</translation>
    </message>
    <message>
        <source>The rest is held for the customers&apos; quiet hours until %1; it goes out then with &quot;textdesk broadcast --resume&quot;, sync or serve.</source>
        <translation>Le reste est retenu pour les heures de silence des clients jusqu&apos;à %1&#xa0;; il partira alors avec «&#xa0;textdesk broadcast --resume&#xa0;», sync ou serve.</translation>
    </message>
    <message>
        <source>textdesk: not everything has gone out yet; it stays queued and goes out, once, with the next &quot;broadcast --resume&quot;, sync or send.</source>
        <translation>textdesk&#xa0;: tout n&apos;est pas encore parti&#xa0;; le reste demeure en file d&apos;attente et partira, une seule fois, avec le prochain «&#xa0;broadcast --resume&#xa0;», sync ou send.</translation>
    </message>
    <message>
        <source>Send a template to many customers: those with a tag, or the numbers of a CSV file whose other columns are template variables. Paced per sending number; an interrupted broadcast goes on with --resume and skips or repeats nobody.</source>
        <translation>Envoyer un modèle à de nombreux clients&#xa0;: ceux qui ont une étiquette, ou les numéros d&apos;un fichier CSV dont les autres colonnes sont des variables du modèle. Le rythme est réglé par numéro d&apos;envoi&#xa0;; une diffusion interrompue reprend avec --resume sans oublier ni répéter personne.</translation>
    </message>
    <message>
        <source>The template&apos;s shortcut or title.</source>
        <translation>Le raccourci ou le titre du modèle.</translation>
    </message>
    <message>
        <source>A CSV file: a number column and variable columns.</source>
        <translation>Un fichier CSV&#xa0;: une colonne de numéros et des colonnes de variables.</translation>
    </message>
    <message>
        <source>The customers with this tag.</source>
        <translation>Les clients qui ont cette étiquette.</translation>
    </message>
    <message>
        <source>Messages per second from that number (default 1).</source>
        <translation>Messages par seconde depuis ce numéro (1 par défaut).</translation>
    </message>
    <message>
        <source>Print each recipient&apos;s text and who is skipped; send nothing.</source>
        <translation>Afficher le texte de chaque destinataire et qui est ignoré&#xa0;; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Go on with the broadcasts an interruption left.</source>
        <translation>Reprendre les diffusions laissées par une interruption.</translation>
    </message>
    <message>
        <source>Write each recipient&apos;s outcome to this CSV file.</source>
        <translation>Écrire le résultat de chaque destinataire dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Seconds to wait for the provider at the end (default 60).</source>
        <translation>Secondes d&apos;attente du fournisseur à la fin (60 par défaut).</translation>
    </message>
    <message>
        <source>textdesk: --rate takes messages per second, more than 0 and at most 1000.</source>
        <translation>textdesk&#xa0;: --rate prend un nombre de messages par seconde, supérieur à 0 et au plus 1000.</translation>
    </message>
    <message>
        <source>textdesk: give --template and one of --csv or --tag (or --resume).</source>
        <translation>textdesk&#xa0;: indiquez --template et l&apos;une des options --csv ou --tag (ou --resume).</translation>
    </message>
    <message>
        <source>Broadcast %1 stored; sending at %2 per second.</source>
        <translation>Diffusion %1 enregistrée&#xa0;; envoi à %2 par seconde.</translation>
    </message>
    <message>
        <source>Appointment reminders from a CSV file (a number column, a date and time column, and variable columns): one message each, some hours before its date. They go out with the next sync, serve or window that runs at their time.</source>
        <translation>Rappels de rendez-vous à partir d&apos;un fichier CSV (une colonne de numéros, une colonne de date et d&apos;heure, et des colonnes de variables)&#xa0;: un message pour chacun, quelques heures avant sa date. Ils partent avec le prochain sync, serve ou la prochaine fenêtre en cours d&apos;exécution à leur heure.</translation>
    </message>
    <message>
        <source>The appointments.</source>
        <translation>Les rendez-vous.</translation>
    </message>
    <message>
        <source>How long before the appointment (default 24).</source>
        <translation>Combien de temps avant le rendez-vous (24 par défaut).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HEURES</translation>
    </message>
    <message>
        <source>Check the file and print the reminders; store nothing.</source>
        <translation>Vérifier le fichier et afficher les rappels&#xa0;; ne rien enregistrer.</translation>
    </message>
    <message>
        <source>textdesk: --hours-before takes a number of hours from 0 to 1440.</source>
        <translation>textdesk&#xa0;: --hours-before prend un nombre d&apos;heures de 0 à 1440.</translation>
    </message>
    <message>
        <source>textdesk: --template and --csv are required.</source>
        <translation>textdesk&#xa0;: --template et --csv sont obligatoires.</translation>
    </message>
    <message>
        <source>textdesk: line %1: %2</source>
        <translation>textdesk&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: %2 at %3: %4</source>
        <translation>ligne %1&#xa0;: %2 à %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) scheduled</source>
        <translation>
            <numerusform>%n rappel programmé</numerusform>
            <numerusform>%n rappels programmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already scheduled before)</source>
        <translation>
            <numerusform> (%n déjà programmé auparavant)</numerusform>
            <numerusform> (%n déjà programmés auparavant)</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: no password on standard input (--password-stdin: the first line).</source>
        <translation>textdesk: aucun mot de passe sur l&apos;entrée standard (--password-stdin&#xa0;: la première ligne).</translation>
    </message>
    <message>
        <source>Here: %1 added, %2 updated, %3 deleted. Server: %4 added, %5 updated, %6 deleted.</source>
        <translation>Ici&#xa0;: %1 ajoutés, %2 mis à jour, %3 supprimés. Serveur&#xa0;: %4 ajoutés, %5 mis à jour, %6 supprimés.</translation>
    </message>
    <message>
        <source>Skipped %1 card(s) without a usable number; kept %2 customer(s) the server deleted, for their conversations.</source>
        <translation>Fiches sans numéro utilisable ignorées&#xa0;: %1&#xa0;; clients supprimés par le serveur mais conservés pour leurs conversations&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Conflicts: %1 new, %2 open.</source>
        <translation>Conflits&#xa0;: %1 nouveaux, %2 non résolus.</translation>
    </message>
    <message>
        <source>See them with: textdesk contacts carddav conflicts --workspace DIR</source>
        <translation>Pour les voir&#xa0;: textdesk contacts carddav conflicts --workspace DOSSIER</translation>
    </message>
    <message>
        <source>textdesk: the sync stopped: %1</source>
        <translation>textdesk: la synchronisation s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two-way sync with a CardDAV address book.</source>
        <translation>Synchronisation bidirectionnelle avec un carnet d&apos;adresses CardDAV.</translation>
    </message>
    <message>
        <source>The address book&apos;s URL (remembered in workspace.ini).</source>
        <translation>L&apos;URL du carnet d&apos;adresses (mémorisée dans workspace.ini).</translation>
    </message>
    <message>
        <source>The user name (remembered in workspace.ini).</source>
        <translation>Le nom d&apos;utilisateur (mémorisé dans workspace.ini).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Read the password or app token from the first line of standard input.</source>
        <translation>Lire le mot de passe ou le jeton d&apos;application sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>resolve: which version stands, here or server.</source>
        <translation>resolve&#xa0;: la version qui l&apos;emporte, here (ici) ou server (serveur).</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>CÔTÉ</translation>
    </message>
    <message>
        <source>How numbers without +country code are read (e.g. US).</source>
        <translation>Comment lire les numéros sans indicatif +pays (par ex. US).</translation>
    </message>
    <message>
        <source>The address book.</source>
        <translation>Le carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>sync, conflicts or resolve.</source>
        <translation>sync, conflicts ou resolve.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk contacts carddav sync --workspace DIR [--url URL --user USER] --password-stdin, textdesk contacts carddav conflicts --workspace DIR, or textdesk contacts carddav resolve --workspace DIR N --keep here|server</source>
        <translation>textdesk: indiquez quoi faire&#xa0;: textdesk contacts carddav sync --workspace DOSSIER [--url URL --user UTILISATEUR] --password-stdin, textdesk contacts carddav conflicts --workspace DOSSIER, ou textdesk contacts carddav resolve --workspace DOSSIER N --keep here|server</translation>
    </message>
    <message>
        <source>textdesk: no address book yet: give --url URL --user USER once.</source>
        <translation>textdesk: pas encore de carnet d&apos;adresses&#xa0;: indiquez une fois --url URL --user UTILISATEUR.</translation>
    </message>
    <message>
        <source>textdesk: give the password or app token on standard input with --password-stdin (never as an argument).</source>
        <translation>textdesk: fournissez le mot de passe ou le jeton d&apos;application sur l&apos;entrée standard avec --password-stdin (jamais comme argument).</translation>
    </message>
    <message>
        <source>No open CardDAV conflicts.</source>
        <translation>Aucun conflit CardDAV non résolu.</translation>
    </message>
    <message>
        <source>Conflict %1: %2 (found %3)</source>
        <translation>Conflit %1&#xa0;: %2 (détecté le %3)</translation>
    </message>
    <message>
        <source>Keep one version with: textdesk contacts carddav resolve --workspace DIR N --keep here|server</source>
        <translation>Pour garder une version&#xa0;: textdesk contacts carddav resolve --workspace DOSSIER N --keep here|server</translation>
    </message>
    <message>
        <source>textdesk: resolve N --keep here|server (N: the conflict&apos;s number).</source>
        <translation>textdesk: resolve N --keep here|server (N&#xa0;: le numéro du conflit).</translation>
    </message>
    <message>
        <source>Conflict %1: the version here stands; the next sync sends it.</source>
        <translation>Conflit %1&#xa0;: la version d&apos;ici est conservée&#xa0;; la prochaine synchronisation l&apos;enverra.</translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s version is now here.</source>
        <translation>Conflit %1&#xa0;: la version du serveur est maintenant ici.</translation>
    </message>
    <message>
        <source>The workspace&apos;s automation rules.</source>
        <translation>Les règles d&apos;automatisation de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>test: the customer&apos;s number the sample comes from.</source>
        <translation>test&#xa0;: le numéro du client dont provient le message d&apos;essai.</translation>
    </message>
    <message>
        <source>test: our number it is sent to (default: the customer&apos;s).</source>
        <translation>test&#xa0;: notre numéro auquel il est envoyé (par défaut&#xa0;: celui du client).</translation>
    </message>
    <message>
        <source>test: when it arrives, e.g. 2026-06-03T22:00 (default: now).</source>
        <translation>test&#xa0;: le moment de son arrivée, par ex. 2026-06-03T22:00 (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>list, test, export or import.</source>
        <translation>list, test, export ou import.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk rules list --workspace DIR, textdesk rules test --workspace DIR [--from NUMBER] [--to NUMBER] [--at TIME] TEXT, or textdesk rules export|import --workspace DIR FILE</source>
        <translation>textdesk: indiquez quoi faire&#xa0;: textdesk rules list --workspace DOSSIER, textdesk rules test --workspace DOSSIER [--from NUMÉRO] [--to NUMÉRO] [--at HEURE] TEXTE, ou textdesk rules export|import --workspace DOSSIER FICHIER</translation>
    </message>
    <message>
        <source>textdesk: nothing was imported:</source>
        <translation>textdesk: rien n&apos;a été importé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s); they replace the ones before.</source>
        <translation>
            <numerusform>%n règle importée&#xa0;; elle remplace les précédentes.</numerusform>
            <numerusform>%n règles importées&#xa0;; elles remplacent les précédentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n règle exportée vers %1.</numerusform>
            <numerusform>%n règles exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rules yet. Import some with textdesk rules import.</source>
        <translation>Aucune règle pour l&apos;instant. Importez-en avec textdesk rules import.</translation>
    </message>
    <message>
        <source>%1. %2 — %3%4%5</source>
        <translation>%1. %2 — %3%4%5</translation>
    </message>
    <message>
        <source> (away reply)</source>
        <translation> (réponse d&apos;absence)</translation>
    </message>
    <message>
        <source> [off]</source>
        <translation> [désactivée]</translation>
    </message>
    <message>
        <source>Business hours of %1: %2</source>
        <translation>Heures d&apos;ouverture de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>every number</source>
        <translation>tous les numéros</translation>
    </message>
    <message>
        <source>textdesk: --at %1 is not a time; write it like 2026-06-03T22:00.</source>
        <translation>textdesk: --at %1 n&apos;est pas une heure&#xa0;; écrivez-la sous la forme 2026-06-03T22:00.</translation>
    </message>
    <message>
        <source>Nothing is sent or changed by a test.</source>
        <translation>Un test n&apos;envoie et ne modifie rien.</translation>
    </message>
    <message>
        <source>The FAQ bot&apos;s questions and answers.</source>
        <translation>Les questions et réponses du bot FAQ.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk faq list --workspace DIR, textdesk faq test --workspace DIR TEXT, or textdesk faq export|import --workspace DIR FILE</source>
        <translation>textdesk: indiquez quoi faire&#xa0;: textdesk faq list --workspace DOSSIER, textdesk faq test --workspace DOSSIER TEXTE, ou textdesk faq export|import --workspace DOSSIER FICHIER</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into the FAQ; they replace the ones before.</source>
        <translation>
            <numerusform>%n question importée dans la FAQ&#xa0;; elle remplace les précédentes.</numerusform>
            <numerusform>%n questions importées dans la FAQ&#xa0;; elles remplacent les précédentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n FAQ question(s) to %1.</source>
        <translation>
            <numerusform>%n question de la FAQ exportée vers %1.</numerusform>
            <numerusform>%n questions de la FAQ exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No FAQ yet. Import one with textdesk faq import (a starter FAQ is in resources/faq/starter-faq.json).</source>
        <translation>Pas encore de FAQ. Importez-en une avec textdesk faq import (une FAQ de départ se trouve dans resources/faq/starter-faq.json).</translation>
    </message>
    <message numerus="yes">
        <source>%1. [%2] %3 — %n keyword(s), %4 phrase(s)</source>
        <translation>
            <numerusform>%1. [%2] %3 — %n mot-clé, %4 expression(s)</numerusform>
            <numerusform>%1. [%2] %3 — %n mots-clés, %4 expression(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The FAQ bot answers “%1” (%2, score %3 of %4 needed):</source>
        <translation>Le bot FAQ répond à «&#xa0;%1&#xa0;» (%2, score de %3 pour %4 requis)&#xa0;:</translation>
    </message>
    <message>
        <source>The FAQ bot hands the conversation to a person: %1.</source>
        <translation>Le bot FAQ confie la conversation à une personne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The FAQ bot waits for a question: %1.</source>
        <translation>Le bot FAQ attend une question&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The FAQ bot is not sure and hands the conversation to a person: %1.</source>
        <translation>Le bot FAQ n&apos;est pas sûr et confie la conversation à une personne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk team init --database URL, textdesk team add-agent NAME --role agent|lead|admin --database URL, or textdesk team agents --database URL (add --password-stdin to give the database password on standard input)</source>
        <translation>textdesk: indiquez quoi faire&#xa0;: textdesk team init --database URL, textdesk team add-agent NAME --role agent|lead|admin --database URL, ou textdesk team agents --database URL (ajoutez --password-stdin pour fournir le mot de passe de la base de données sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>The team&apos;s shared PostgreSQL store.</source>
        <translation>La base de données PostgreSQL partagée de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The team database: postgresql://USER@HOST:PORT/DATABASE (no password in it).</source>
        <translation>La base de données de l&apos;équipe&#xa0;: postgresql://USER@HOST:PORT/DATABASE (sans mot de passe).</translation>
    </message>
    <message>
        <source>The new agent&apos;s role: agent, lead or admin.</source>
        <translation>Le rôle du nouvel agent&#xa0;: agent, lead (responsable) ou admin (administrateur).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Read the database password from the first line of standard input.</source>
        <translation>Lire le mot de passe de la base de données sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>init, add-agent or agents.</source>
        <translation>init, add-agent ou agents.</translation>
    </message>
    <message>
        <source>textdesk: the role must be agent, lead or admin, not &quot;%1&quot;.</source>
        <translation>textdesk: le rôle doit être agent, lead ou admin, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The team database %1 is ready (schema version %2). Add the team with: textdesk team add-agent NAME --role agent|lead|admin --database URL</source>
        <translation>La base de données de l&apos;équipe %1 est prête (version du schéma %2). Ajoutez les membres de l&apos;équipe avec&#xa0;: textdesk team add-agent NAME --role agent|lead|admin --database URL</translation>
    </message>
    <message>
        <source>Added %1 as %2; their database login is %3.</source>
        <translation>Agent %1 ajouté avec le rôle %2&#xa0;; son identifiant de base de données est %3.</translation>
    </message>
    <message>
        <source>Their password, shown only now (give it to them in person or through a password manager; Textdesk keeps it in their computer&apos;s keychain):</source>
        <translation>Son mot de passe, affiché cette seule fois (remettez-le en personne ou via un gestionnaire de mots de passe&#xa0;; Textdesk le conserve dans le trousseau de son ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <source>No agents yet: textdesk team add-agent NAME --role agent --database URL</source>
        <translation>Aucun agent pour l&apos;instant&#xa0;: textdesk team add-agent NAME --role agent --database URL</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, login %3): %n open conversation(s)%4</source>
        <translation>
            <numerusform>%1 (%2, identifiant %3)&#xa0;: %n conversation ouverte%4</numerusform>
            <numerusform>%1 (%2, identifiant %3)&#xa0;: %n conversations ouvertes%4</numerusform>
        </translation>
    </message>
    <message>
        <source>, inactive</source>
        <translation>, inactif</translation>
    </message>
    <message>
        <source>Be the team&apos;s gateway: publish into this PostgreSQL database and send its desktops&apos; replies (postgresql://USER@HOST/DATABASE; docs/team.md).</source>
        <translation>Servir de passerelle à l&apos;équipe&#xa0;: publier dans cette base de données PostgreSQL et envoyer les réponses de ses postes de travail (postgresql://USER@HOST/DATABASE&#xa0;; docs/team.md).</translation>
    </message>
    <message>
        <source>Read the team database&apos;s password from the first line of standard input (or libpq&apos;s ~/.pgpass has it).</source>
        <translation>Lire le mot de passe de la base de données de l&apos;équipe sur la première ligne de l&apos;entrée standard (ou le fichier ~/.pgpass de libpq le contient).</translation>
    </message>
    <message>
        <source>team: standby: %1</source>
        <translation>team: en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>team: lost the gateway lock (%1); stopping</source>
        <translation>team: verrou de la passerelle perdu (%1)&#xa0;; arrêt</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>team: %1</translation>
    </message>
    <message>
        <source>team: this is the active gateway</source>
        <translation>team: ceci est la passerelle active</translation>
    </message>
    <message numerus="yes">
        <source>team: took %n reply(ies) from desktops</source>
        <translation>
            <numerusform>team: %n réponse récupérée des postes de travail</numerusform>
            <numerusform>team: %n réponses récupérées des postes de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team: published %n message(s)</source>
        <translation>
            <numerusform>team: %n message publié</numerusform>
            <numerusform>team: %n messages publiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: textdesk [--workspace DIR]
       textdesk COMMAND [options]

Textdesk is a desktop workstation for customer service by text message.
Without a command it opens the main window; with no provider configured that is
the training workspace.

Commands:
  status --workspace DIR [--json]   What the workspace&apos;s cache holds.
  configure --workspace DIR --account-sid AC… [--api-key-sid SK…] [--base-url URL]
                                    Connect the workspace to a provider account; the
                                    secret comes from TEXTDESK_AUTH_TOKEN or stdin.
  configure --workspace DIR --team URL --agent NAME [--password-stdin]
                                    Make it a team desktop: a replica of the team&apos;s
                                    PostgreSQL store (docs/team.md).
  sync --workspace DIR [--once] [--history-days N|all]
                                    Bring the cache up to date with the provider.
  serve --workspace DIR             Keep it up to date without a window (a daemon;
                                    stops on SIGTERM/SIGINT).
  send --workspace DIR --to NUMBER --body TEXT [--from NUMBER] [--media FILE]…
                                    Send a message through the outbox (exactly once).
  broadcast --workspace DIR --template NAME (--csv FILE | --tag TAG) [--from NUMBER]
         [--rate N] [--dry-run] [--report FILE]
                                    A template to many customers, paced (--resume
                                    goes on after an interruption).
  reminders --workspace DIR --template NAME --csv FILE [--hours-before N] [--dry-run]
                                    Appointment reminders, one message each before
                                    its date.
  rules list|test|export|import --workspace DIR [--from NUMBER] [--to NUMBER]
         [--at TIME] (TEXT | FILE)
                                    Automation rules: list them, try one message
                                    (nothing is sent), or move them as JSON.
  faq list|test|export|import --workspace DIR (TEXT | FILE)
                                    The FAQ bot&apos;s questions and answers: list them,
                                    try a message (nothing is sent), or move them
                                    as JSON.
  team init|add-agent NAME --role agent|lead|admin|agents --database URL
         [--password-stdin]
                                    The team&apos;s shared PostgreSQL store: create it,
                                    add an agent (prints their password once), list
                                    the agents and their open conversations.
  survey score --kind csat|nps|ces|yesno [--language L] TEXT…
                                    How survey replies are read (JSON per text).
  report csat|nps|ces|response-times --workspace DIR --from DATE --to DATE
         [--by agent|number|tag|day|week|month] --format csv|json|pdf --output FILE
                                    A lead&apos;s report (dates as YYYY-MM-DD, both included).
  training run --scenario FILE|ID --replies FILE|--model-answer [--json]
                                    Score scripted replies to a training scenario.
  training list                     The built-in training scenarios.
  training report --results FILE [--output FILE]
                                    Per agent: scenarios, scores, trend, weakest checks (CSV).
  contacts import|export --workspace DIR FILE [--format csv|vcard] [--region R]
                                    Contacts in from or out to CSV or vCard (an
                                    import is undone by contacts undo N).
  contacts carddav sync --workspace DIR [--url URL --user USER] --password-stdin
                                    Two-way sync with a CardDAV address book;
                                    contacts carddav conflicts|resolve N --keep
                                    here|server for cards changed on both sides.
  import --workspace DIR FILE…      Message history from the provider&apos;s JSON, its
                                    CLI&apos;s JSON or CSV; what is here is skipped.
  privacy erase --workspace DIR --number N --yes
                                    Erase a customer from this workspace.
  self-check                        Check this installation end to end (a throw-away
                                    training workspace; the user&apos;s data is not touched).

Options:
  --workspace DIR   Use the workspace in DIR (default: %1)
  -h, --help        Show this help.
  -v, --version     Show the version.
</source>
        <translation>Utilisation&#xa0;: textdesk [--workspace DIR]
              textdesk COMMANDE [options]

Textdesk est un poste de travail de bureau pour le service client par SMS. Sans
commande, il ouvre la fenêtre principale&#xa0;; si aucun fournisseur n&apos;est configuré,
c&apos;est l&apos;espace de travail d&apos;entraînement.

Commandes&#xa0;:
  status --workspace DIR [--json]   Ce que contient le cache de l&apos;espace de travail.
  configure --workspace DIR --account-sid AC… [--api-key-sid SK…] [--base-url URL]
                                    Relie l&apos;espace de travail à un compte du
                                    fournisseur&#xa0;; le secret vient de
                                    TEXTDESK_AUTH_TOKEN ou de stdin.
  configure --workspace DIR --team URL --agent NAME [--password-stdin]
                                    En fait un poste de travail d&apos;équipe&#xa0;: une
                                    réplique de la base PostgreSQL de l&apos;équipe
                                    (docs/team.md).
  sync --workspace DIR [--once] [--history-days N|all]
                                    Met le cache à jour avec le fournisseur.
  serve --workspace DIR             Le tient à jour sans fenêtre (un démon&#xa0;;
                                    s&apos;arrête sur SIGTERM/SIGINT).
  send --workspace DIR --to NUMBER --body TEXT [--from NUMBER] [--media FILE]…
                                    Envoie un message par la boîte d&apos;envoi
                                    (exactement une fois).
  broadcast --workspace DIR --template NAME (--csv FILE | --tag TAG) [--from NUMBER]
         [--rate N] [--dry-run] [--report FILE]
                                    Un modèle à de nombreux clients, à un rythme
                                    réglé (--resume reprend après une interruption).
  reminders --workspace DIR --template NAME --csv FILE [--hours-before N] [--dry-run]
                                    Rappels de rendez-vous, un message pour chacun
                                    avant sa date.
  rules list|test|export|import --workspace DIR [--from NUMBER] [--to NUMBER]
         [--at TIME] (TEXT | FILE)
                                    Règles d&apos;automatisation&#xa0;: les lister, essayer
                                    un message (rien n&apos;est envoyé) ou les
                                    transférer en JSON.
  faq list|test|export|import --workspace DIR (TEXT | FILE)
                                    Questions et réponses du bot FAQ&#xa0;: les lister,
                                    essayer un message (rien n&apos;est envoyé) ou les
                                    transférer en JSON.
  team init|add-agent NAME --role agent|lead|admin|agents --database URL
         [--password-stdin]
                                    La base PostgreSQL partagée de l&apos;équipe&#xa0;: la
                                    créer, ajouter un agent (affiche son mot de passe
                                    une seule fois), lister les agents et leurs
                                    conversations ouvertes.
  survey score --kind csat|nps|ces|yesno [--language L] TEXT…
                                    Comment les réponses aux enquêtes sont
                                    interprétées (un JSON par texte).
  report csat|nps|ces|response-times --workspace DIR --from DATE --to DATE
         [--by agent|number|tag|day|week|month] --format csv|json|pdf --output FILE
                                    Un rapport de responsable (dates au format
                                    AAAA-MM-JJ, bornes incluses).
  training run --scenario FILE|ID --replies FILE|--model-answer [--json]
                                    Note des réponses écrites d&apos;avance pour un
                                    scénario d&apos;entraînement.
  training list                     Les scénarios d&apos;entraînement intégrés.
  training report --results FILE [--output FILE]
                                    Par agent&#xa0;: scénarios, scores, tendance,
                                    vérifications les moins réussies (CSV).
  contacts import|export --workspace DIR FILE [--format csv|vcard] [--region R]
                                    Contacts importés depuis ou exportés vers CSV ou
                                    vCard (contacts undo N annule une importation).
  contacts carddav sync --workspace DIR [--url URL --user USER] --password-stdin
                                    Synchronisation bidirectionnelle avec un carnet
                                    d&apos;adresses CardDAV&#xa0;; contacts carddav
                                    conflicts|resolve N --keep here|server pour les
                                    fiches modifiées des deux côtés.
  import --workspace DIR FILE…      Historique des messages depuis le JSON du
                                    fournisseur, le JSON de sa CLI ou un CSV&#xa0;; ce
                                    qui est déjà là est ignoré.
  privacy erase --workspace DIR --number N --yes
                                    Efface un client de cet espace de travail.
  self-check                        Vérifie cette installation de bout en bout (un
                                    espace d&apos;entraînement jetable&#xa0;; les données de
                                    l&apos;utilisateur ne sont pas touchées).

Options&#xa0;:
  --workspace DIR   Utilise l&apos;espace de travail dans DIR (par défaut&#xa0;: %1)
  -h, --help        Affiche cette aide.
  -v, --version     Affiche la version.
</translation>
    </message>
    <message>
        <source>Join this computer&apos;s workspace to a team: its cache becomes a replica of the team&apos;s store, and the team&apos;s gateway talks to the provider.</source>
        <translation>Rattacher l&apos;espace de travail de cet ordinateur à une équipe&#xa0;: son cache devient une réplique de la base de données de l&apos;équipe, et la passerelle de l&apos;équipe communique avec le fournisseur.</translation>
    </message>
    <message>
        <source>The team database: postgresql://HOST:PORT/DATABASE (no password in it).</source>
        <translation>La base de données de l&apos;équipe&#xa0;: postgresql://HOST:PORT/DATABASE (sans mot de passe).</translation>
    </message>
    <message>
        <source>Your name as the team knows you.</source>
        <translation>Votre nom tel que l&apos;équipe le connaît.</translation>
    </message>
    <message>
        <source>Read the database password from the first line of standard input, to check it.</source>
        <translation>Lire le mot de passe de la base de données sur la première ligne de l&apos;entrée standard, pour le vérifier.</translation>
    </message>
    <message>
        <source>textdesk: say who you are in the team: --agent NAME (as &quot;textdesk team agents&quot; lists it).</source>
        <translation>textdesk: indiquez qui vous êtes dans l&apos;équipe&#xa0;: --agent NAME (tel que &quot;textdesk team agents&quot; l&apos;affiche).</translation>
    </message>
    <message>
        <source>textdesk: the login %1 is not an active agent of this team.</source>
        <translation>textdesk: l&apos;identifiant %1 n&apos;est pas un agent actif de cette équipe.</translation>
    </message>
    <message>
        <source>textdesk: the login %1 is %2&apos;s, not %3&apos;s.</source>
        <translation>textdesk: l&apos;identifiant %1 appartient à %2, et non à %3.</translation>
    </message>
    <message>
        <source>textdesk: %1 could not be written.</source>
        <translation>textdesk: impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>This workspace is now %1&apos;s desktop of the team at %2. Textdesk asks for the password when it starts and keeps it in the keychain (or reads ~/.pgpass).</source>
        <translation>Cet espace de travail est désormais le poste de travail de %1 dans l&apos;équipe sur %2. Textdesk demande le mot de passe au démarrage et le conserve dans le trousseau (ou lit ~/.pgpass).</translation>
    </message>
    <message numerus="yes">
        <source>team: %n reply(ies) another gateway may have sent will be checked first</source>
        <translation>
            <numerusform>team&#xa0;: %n réponse qu’une autre passerelle a peut-être envoyée sera d’abord vérifiée</numerusform>
            <numerusform>team&#xa0;: %n réponses qu’une autre passerelle a peut-être envoyées seront d’abord vérifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::Composer</name>
    <message>
        <source>Write a reply… (/ for templates)</source>
        <translation>Écrire une réponse… (/ pour les modèles)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée envoie, Maj+Entrée passe à la ligne</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Entrée envoie, Entrée passe à la ligne</translation>
    </message>
    <message>
        <source>Why you cannot send</source>
        <translation>Pourquoi vous ne pouvez pas envoyer</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>Avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Information sur les pièces jointes</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Longueur du message</translation>
    </message>
    <message>
        <source>Replace look-alikes</source>
        <translation>Simplifier les caractères</translation>
    </message>
    <message>
        <source>Replace look-alike characters</source>
        <translation>Remplacer les caractères typographiques par des caractères simples</translation>
    </message>
    <message>
        <source>Curly quotes, long dashes and similar characters make a text cost more segments. Replace them with plain ones.</source>
        <translation>Les guillemets courbes, les tirets longs et les caractères similaires font coûter plus de segments à un SMS. Remplacez-les par des caractères simples.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach pictures or files (at most %1 MB in all)</source>
        <translation>Joindre des images ou des fichiers (%1 Mo maximum au total)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode (because of “%1”)</source>
        <translation>Unicode (à cause de «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>segments · encoding · characters left in the segment</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <comment>characters left before another segment</comment>
        <translation>
            <numerusform>%n restant</numerusform>
            <numerusform>%n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in %1 before sending</source>
        <translation>Remplissez %1 avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.heic);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp *.heic);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation>L&apos;image collée n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved in %1: %2</source>
        <translation>L&apos;image collée n&apos;a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Internal note — not sent to the customer</source>
        <translation>Note interne — non envoyée au client</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Ajouter la note interne</translation>
    </message>
    <message numerus="yes">
        <source>MMS · %n attachment(s)</source>
        <translation>
            <numerusform>MMS · %n pièce jointe</numerusform>
            <numerusform>MMS · %n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>A scheduled message carries text only. Remove the attachments or send them now.</source>
        <translation>Un message programmé ne contient que du texte. Retirez les pièces jointes ou envoyez-les maintenant.</translation>
    </message>
</context>
<context>
    <name>textdesk::Consent</name>
    <message>
        <source>%1 has opted out of text messages, so nothing can be sent to them until they text START.</source>
        <translation>%1 a demandé à ne plus recevoir de SMS&#xa0;: rien ne peut lui être envoyé tant que cette personne n&apos;a pas envoyé START par SMS.</translation>
    </message>
    <message>
        <source>%1 opted out of text messages by texting %2, so nothing can be sent to them until they text START.</source>
        <translation>%1 a demandé à ne plus recevoir de SMS en envoyant %2&#xa0;: rien ne peut lui être envoyé tant que cette personne n&apos;a pas envoyé START par SMS.</translation>
    </message>
    <message>
        <source>%1 asked in their own words to stop messages, so nothing automatic is sent to them until an agent answers the request in the conversation (Opt out or Not a request).</source>
        <translation>%1 a demandé avec ses propres mots à ne plus recevoir de messages&#xa0;: rien d&apos;automatique ne lui est envoyé tant qu&apos;un agent n&apos;a pas répondu à la demande dans la conversation (Désinscrire ou Pas une demande).</translation>
    </message>
</context>
<context>
    <name>textdesk::ConsentHistoryView</name>
    <message>
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <source>No consent changes recorded.</source>
        <translation>Aucun changement de consentement enregistré.</translation>
    </message>
    <message>
        <source>Export consent history…</source>
        <translation>Exporter l&apos;historique du consentement…</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>To our number %1</source>
        <translation>Vers notre numéro %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export consent history</source>
        <translation>Exporter l&apos;historique du consentement</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactBook</name>
    <message>
        <source>There is no import number %1.</source>
        <translation>Il n&apos;existe pas d&apos;import numéro %1.</translation>
    </message>
    <message>
        <source>Import %1 was undone already.</source>
        <translation>L&apos;import %1 a déjà été annulé.</translation>
    </message>
    <message>
        <source>Import %1 changed some of the same customers later. Undo import %1 first.</source>
        <translation>L&apos;import %1 a modifié par la suite certains de ces mêmes clients. Annulez d&apos;abord l&apos;import %1.</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation>UID vCard</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n fiche.</numerusform>
            <numerusform>%1&#xa0;: %n fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, read as an export of %2. Check what each column holds.</source>
        <translation>%1, lu comme un export de %2. Vérifiez le contenu de chaque colonne.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importé comme</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactProfiles</name>
    <message>
        <source>“%1” is not an email address. Check it has the form name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail. Vérifiez qu&apos;elle a la forme nom@example.com.</translation>
    </message>
    <message>
        <source>This customer is no longer in the cache.</source>
        <translation>Ce client n&apos;est plus dans le cache.</translation>
    </message>
    <message>
        <source>This customer is no longer in the cache, so the change was not saved.</source>
        <translation>Ce client n&apos;est plus dans le cache&#xa0;: la modification n&apos;a donc pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactsSyncPage</name>
    <message>
        <source>Sync this workspace&apos;s contacts both ways with a CardDAV address book (Nextcloud, Fastmail, iCloud, Google, radicale, …). Contacts → Sync contacts now runs it.</source>
        <translation>Synchronisez les contacts de cet espace de travail dans les deux sens avec un carnet d&apos;adresses CardDAV (Nextcloud, Fastmail, iCloud, Google, radicale…). Contacts → Synchroniser les contacts maintenant lance la synchronisation.</translation>
    </message>
    <message>
        <source>Address book URL</source>
        <translation>URL du carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Address &amp;book URL:</source>
        <translation>URL du carnet d&apos;a&amp;dresses&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password or app token</source>
        <translation>Mot de passe ou jeton d&apos;application</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation>Conservé dans le trousseau du système, jamais dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>(unchanged: the one in the keychain)</source>
        <translation>(inchangé&#xa0;: celui du trousseau)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Tester la c&amp;onnexion</translation>
    </message>
    <message>
        <source>Test the address book connection</source>
        <translation>Tester la connexion au carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Address book test result</source>
        <translation>Résultat du test du carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Enter the user name of the address book.</source>
        <translation>Saisissez le nom d&apos;utilisateur du carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>Enter the address book&apos;s URL and user name first.</source>
        <translation>Saisissez d&apos;abord l&apos;URL et le nom d&apos;utilisateur du carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Enter the password (or app token) of the address book.</source>
        <translation>Saisissez le mot de passe (ou le jeton d&apos;application) du carnet d&apos;adresses.</translation>
    </message>
</context>
<context>
    <name>textdesk::ConversationPane</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write an internal note instead of a reply: the customer never sees it (Ctrl+Shift+N)</source>
        <translation>Écrire une note interne au lieu d&apos;une réponse&#xa0;: le client ne la voit jamais (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Internal note mode</source>
        <translation>Mode note interne</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>sur le %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assignée à %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assignée</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.
Ctrl+K goes to a customer; Alt+Down opens the next unread one.</source>
        <translation>Choisissez une conversation à gauche.
Ctrl+K pour aller à un client&#xa0;; Alt+Bas pour ouvrir la prochaine conversation non lue.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reportée jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>the FAQ bot answers</source>
        <translation>le bot FAQ répond</translation>
    </message>
    <message>
        <source>This customer has opted out of text messages, so nothing can be sent to them until they text START.</source>
        <translation>Ce client s&apos;est désinscrit des SMS&#xa0;: rien ne peut lui être envoyé tant qu&apos;il n&apos;a pas envoyé START par SMS.</translation>
    </message>
    <message>
        <source>You can still add an internal note.</source>
        <translation>Vous pouvez toujours ajouter une note interne.</translation>
    </message>
</context>
<context>
    <name>textdesk::EraseCustomerDialog</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and note(s)</source>
        <translation>
            <numerusform>%n message ou note</numerusform>
            <numerusform>%n messages et notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n fichier multimédia</numerusform>
            <numerusform>%n fichiers multimédias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entry(s)</source>
        <translation>
            <numerusform>%n élément de la boîte d&apos;envoi</numerusform>
            <numerusform>%n éléments de la boîte d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n réponse à une enquête</numerusform>
            <numerusform>%n réponses aux enquêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s)</source>
        <translation>
            <numerusform>%n événement de consentement</numerusform>
            <numerusform>%n événements de consentement</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase %1 from this workspace?

This deletes %2, their profile, tags and notes, and their words from the search. The provider keeps its own copy of the messages.

Only an audit entry remains: who erased a customer and when, without their number or anything they wrote. There is no undo.</source>
        <translation>Effacer %1 de cet espace de travail&#xa0;?

Cela supprime %2, son profil, ses étiquettes et ses notes, ainsi que ses mots de l&apos;index de recherche. Le fournisseur conserve sa propre copie des messages.

Seule subsiste une entrée d&apos;audit&#xa0;: qui a effacé un client et quand, sans son numéro ni rien de ce qu&apos;il a écrit. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Effacer le client</translation>
    </message>
</context>
<context>
    <name>textdesk::Erasure</name>
    <message>
        <source>No customer with the number %1 is in this workspace.</source>
        <translation>Aucun client avec le numéro %1 dans cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>textdesk::ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>textdesk::ImageLoader</name>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>Le fichier est absent du dossier des médias.</translation>
    </message>
    <message>
        <source>The picture is too large to show here (%1 × %2 pixels). Open it with the system viewer instead.</source>
        <translation>L&apos;image est trop grande pour être affichée ici (%1 × %2 pixels). Ouvrez-la plutôt avec la visionneuse du système.</translation>
    </message>
    <message>
        <source>Textdesk cannot show this kind of picture.</source>
        <translation>Textdesk ne peut pas afficher ce type d&apos;image.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown.</source>
        <translation>L&apos;image est endommagée et ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxDelegate</name>
    <message>
        <source>Waiting %1</source>
        <translation>Attend %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>⚠ Not sent</source>
        <translation>⚠ Non envoyé</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxModel</name>
    <message numerus="yes">
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n non lu, %2</numerusform>
            <numerusform>%1, %n non lus, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source> Photo</source>
        <translation> Photo</translation>
    </message>
    <message>
        <source> File</source>
        <translation> Fichier</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxPanel</name>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Filtrer par assignation</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Notre numéro</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>All our numbers</source>
        <translation>Tous nos numéros</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Search names, numbers, messages (Ctrl+F)</source>
        <translation>Rechercher noms, numéros, messages (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n messages</source>
        <translation>
            <numerusform>%n message (le plus récent)</numerusform>
            <numerusform>les %n messages les plus récents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Found: %1, %2</source>
        <translation>Résultats&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>an agent&apos;s name</comment>
        <translation>Assignées à %1</translation>
    </message>
</context>
<context>
    <name>textdesk::MachineConfig</name>
    <message>
        <source>%1 cannot be read as a settings file; it is ignored.</source>
        <translation>%1 ne peut pas être lu comme fichier de paramètres&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address like http://proxy.example.com:3128.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de proxy de la forme http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format (+…).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone au format international (+…).</translation>
    </message>
</context>
<context>
    <name>textdesk::MainWindow</name>
    <message>
        <source>Textdesk</source>
        <translation>Textdesk</translation>
    </message>
    <message>
        <source>Training — messages go to simulated customers</source>
        <translation>Formation — les messages sont envoyés à des clients simulés</translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation>Espace de formation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop this sync; the next one continues where it stopped</source>
        <translation>Arrêter cette synchronisation&#xa0;; la prochaine reprendra là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Outbox: %1 pending</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1 en attente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Notify me of new messages</source>
        <translation>M&apos;avertir des nouveaux messages</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Inbox list</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>Conversation non lue suivante</translation>
    </message>
    <message>
        <source>Previous unread conversation</source>
        <translation>Conversation non lue précédente</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;assigner</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer l&apos;assignation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Marquer comme ouverte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Snooze: it opens again at the time you choose, or when the customer writes</source>
        <translation>Reporter&#xa0;: la conversation se rouvre à l&apos;heure choisie, ou dès que le client écrit</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation>Écrire une note interne</translation>
    </message>
    <message>
        <source>Retry the failed message</source>
        <translation>Réessayer le message en échec</translation>
    </message>
    <message>
        <source>Edit the failed message</source>
        <translation>Modifier le message en échec</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Not connected to the provider: the change was not made.</source>
        <translation>Non connecté au fournisseur&#xa0;: la modification n&apos;a pas été effectuée.</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Demain à 9 h</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation>Dans 3 heures</translation>
    </message>
    <message>
        <source>Next Monday 9:00</source>
        <translation>Lundi prochain à 9 h</translation>
    </message>
    <message>
        <source>No failed message in this conversation.</source>
        <translation>Aucun message en échec dans cette conversation.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Online · last sync %1</source>
        <translation>En ligne · dernière synchronisation à %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln message(s) so far, about %1 to go</source>
        <translation>
            <numerusform>Synchronisation… %Ln message récupéré, encore environ %1</numerusform>
            <numerusform>Synchronisation… %Ln messages récupérés, encore environ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>(%1) Textdesk</source>
        <translation>(%1) Textdesk</translation>
    </message>
    <message numerus="yes">
        <source>Textdesk — %n unread</source>
        <translation>
            <numerusform>Textdesk — %n non lu</numerusform>
            <numerusform>Textdesk — %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) in Textdesk</source>
        <translation>
            <numerusform>%n message non lu dans Textdesk</numerusform>
            <numerusform>%n messages non lus dans Textdesk</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from this workspace yet: the provider fetches them from a web address, and no upload address is set. Your administrator can set upload_url in the [media] section of workspace.ini. Customers&apos; pictures are received and shown.</source>
        <translation>Les images et les fichiers ne peuvent pas encore être envoyés depuis cet espace de travail&#xa0;: le fournisseur les récupère à une adresse web, et aucune adresse de dépôt n&apos;est définie. Votre administrateur peut définir upload_url dans la section [media] de workspace.ini. Les images envoyées par les clients sont bien reçues et affichées.</translation>
    </message>
    <message>
        <source>Go to a customer…</source>
        <translation>Aller à un client…</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>Customer panel</source>
        <translation>Panneau client</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Choisir une date et une heure…</translation>
    </message>
    <message>
        <source>The window is too narrow for the customer panel; widen it to see the panel</source>
        <translation>La fenêtre est trop étroite pour le panneau client&#xa0;; élargissez-la pour afficher le panneau</translation>
    </message>
    <message>
        <source>Resolved %1 —</source>
        <comment>a customer&apos;s name; an Undo button follows</comment>
        <translation>Conversation avec %1 résolue —</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2 —</source>
        <comment>a customer, a time; an Undo button follows</comment>
        <translation>Conversation avec %1 reportée jusqu&apos;à %2 —</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Open this conversation again</source>
        <translation>Rouvrir cette conversation</translation>
    </message>
    <message>
        <source>Resolve: done for now; it opens again when the customer writes</source>
        <translation>Résoudre&#xa0;: terminée pour l&apos;instant&#xa0;; la conversation se rouvre dès que le client écrit</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Reporter jusqu&apos;à</translation>
    </message>
    <message>
        <source>The conversation opens again at this time, or as soon as the customer writes.</source>
        <translation>La conversation se rouvre à cette heure-ci, ou dès que le client écrit.</translation>
    </message>
    <message>
        <source>About Textdesk</source>
        <translation>À propos de Textdesk</translation>
    </message>
    <message>
        <source>Textdesk %1</source>
        <translation>Textdesk %1</translation>
    </message>
    <message>
        <source>Customer service by text message.

This workspace: %1
Its cache: %2

Built with Qt %3 (LGPL 3), SQLite (public domain), libphonenumber (Apache 2.0) and QtKeychain (BSD).</source>
        <translation>Service client par SMS.

Cet espace de travail : %1
Son cache : %2

Conçu avec Qt %3 (LGPL 3), SQLite (domaine public), libphonenumber (Apache 2.0) et QtKeychain (BSD).</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>History from %1</source>
        <translation>Historique depuis le %1</translation>
    </message>
    <message>
        <source>Older messages are not in this computer&apos;s cache. To fetch them, set [sync] history_days in workspace.ini or run: textdesk sync --history-days N (or all)</source>
        <translation>Les messages plus anciens ne sont pas dans le cache de cet ordinateur. Pour les récupérer, définissez [sync] history_days dans workspace.ini ou exécutez : textdesk sync --history-days N (ou all)</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout l’historique</translation>
    </message>
    <message>
        <source>Everything the provider lists is in the cache.</source>
        <translation>Tout ce que le fournisseur liste est dans le cache.</translation>
    </message>
    <message>
        <source>Textdesk keeps trying by itself; replies wait in the outbox and go out once the provider can be reached.</source>
        <translation>Textdesk réessaie de lui-même&#xa0;; les réponses attendent dans la boîte d&apos;envoi et partent dès que le fournisseur est joignable.</translation>
    </message>
    <message>
        <source>Check the account in Settings (Ctrl+,), then Sync now (F5).</source>
        <translation>Vérifiez le compte dans les Paramètres (Ctrl+,), puis Synchroniser maintenant (F5).</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) to enter the account, or File → Open the training workspace to practise.</source>
        <translation>Ouvrez les Paramètres (Ctrl+,) pour saisir le compte, ou Fichier → Ouvrir l&apos;espace de formation pour vous entraîner.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Surveys…</source>
        <translation>Enquêtes…</translation>
    </message>
    <message>
        <source>Send survey</source>
        <translation>Envoyer l&apos;enquête</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Rapports…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <source>New conversation…</source>
        <translation>Nouvelle conversation…</translation>
    </message>
    <message>
        <source>Scheduled…</source>
        <translation>Programmés…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Formation…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>The cache is not open for changes, so nothing was erased.</source>
        <translation>Le cache n&apos;est pas ouvert en écriture&#xa0;: rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Programmé pour %1.</translation>
    </message>
    <message>
        <source>Edit scheduled message</source>
        <translation>Modifier le message programmé</translation>
    </message>
    <message>
        <source>Scheduled messages</source>
        <translation>Messages programmés</translation>
    </message>
    <message>
        <source>Messages waiting for their time, and those held for you to confirm. Double-click one to open its conversation.</source>
        <translation>Les messages qui attendent leur heure d&apos;envoi, et ceux retenus en attente de votre confirmation. Double-cliquez sur l&apos;un d&apos;eux pour ouvrir sa conversation.</translation>
    </message>
    <message>
        <source>Scheduled messages: %1</source>
        <translation>Messages programmés&#xa0;: %1</translation>
    </message>
    <message>
        <source>New broadcast…</source>
        <translation>Nouvelle diffusion…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>Co&amp;ntacts</translation>
    </message>
    <message>
        <source>Sync contacts now</source>
        <translation>Synchroniser les contacts maintenant</translation>
    </message>
    <message>
        <source>Contact conflicts…</source>
        <translation>Conflits de contacts…</translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from a team desktop yet: the team&apos;s gateway sends what you write, and it does not take files from desktops yet.</source>
        <translation>Impossible d&apos;envoyer des images et des fichiers depuis un poste de travail d&apos;équipe pour l&apos;instant&#xa0;: la passerelle de l&apos;équipe envoie ce que vous écrivez, mais n&apos;accepte pas encore les fichiers des postes de travail.</translation>
    </message>
    <message>
        <source>A colleague replied</source>
        <translation>Un collègue a répondu</translation>
    </message>
    <message>
        <source>%1 replied to this customer while you had the conversation open:

“%2”

Send your reply as well?</source>
        <translation>%1 a répondu à ce client pendant que vous aviez la conversation ouverte&#xa0;:

«&#xa0;%2&#xa0;»

Envoyer aussi votre réponse&#xa0;?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assigner à…</translation>
    </message>
    <message>
        <source>Assign this conversation to anyone on the team (Ctrl+Shift+G)</source>
        <translation>Assigner cette conversation à un membre de l&apos;équipe (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Each agent&apos;s open, waiting, pending and snoozed conversations</source>
        <translation>Conversations ouvertes, sans réponse, en attente et reportées de chaque agent</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaFolder</name>
    <message>
        <source>there is no media folder</source>
        <translation>il n&apos;y a pas de dossier des médias</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaText</name>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Voice recording</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Fiche contact</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Événement d&apos;agenda</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Fichier texte</translation>
    </message>
    <message>
        <source>File (%1)</source>
        <translation>Fichier (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Double-click or press Enter to open</source>
        <translation>%1
Double-cliquez ou appuyez sur Entrée pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>attachment</source>
        <comment>file name</comment>
        <translation>piece-jointe</translation>
    </message>
    <message>
        <source>photo</source>
        <comment>file name</comment>
        <translation>photo</translation>
    </message>
    <message>
        <source>video</source>
        <comment>file name</comment>
        <translation>video</translation>
    </message>
    <message>
        <source>audio</source>
        <comment>file name</comment>
        <translation>audio</translation>
    </message>
    <message>
        <source>document</source>
        <comment>file name</comment>
        <translation>document</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>file name</comment>
        <translation>contact</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaViewer</name>
    <message>
        <source>Attachment viewer</source>
        <translation>Visionneuse de pièces jointes</translation>
    </message>
    <message>
        <source>Attachment actions</source>
        <translation>Actions sur la pièce jointe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open with system viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <source>Previous attachment of this message (Left)</source>
        <translation>Pièce jointe précédente de ce message (Gauche)</translation>
    </message>
    <message>
        <source>Next attachment of this message (Right)</source>
        <translation>Pièce jointe suivante de ce message (Droite)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open with the system&apos;s application</source>
        <translation>Ouvrir avec l&apos;application du système</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 sur %3</translation>
    </message>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>Le fichier est absent du dossier des médias.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Copied the picture to the clipboard.</source>
        <translation>Image copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>No application on this computer opened the file. Save it and open it from there.</source>
        <translation>Aucune application de cet ordinateur n&apos;a ouvert le fichier. Enregistrez-le, puis ouvrez-le depuis l&apos;emplacement choisi.</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
</context>
<context>
    <name>textdesk::NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>A phone number in any form, or a customer&apos;s name</source>
        <translation>Un numéro de téléphone sous n&apos;importe quelle forme, ou le nom d&apos;un client</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Customers with that name</source>
        <translation>Clients portant ce nom</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Envoyer depuis</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>friendly name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s number or name above.</source>
        <translation>Saisissez le numéro ou le nom du client ci-dessus.</translation>
    </message>
    <message>
        <source>No customer is called “%1”. Type their number instead.</source>
        <translation>Aucun client ne s&apos;appelle «&#xa0;%1&#xa0;». Saisissez plutôt son numéro.</translation>
    </message>
    <message>
        <source>%1 — a new customer</source>
        <translation>%1 — nouveau client</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Textdesk knows none of our numbers yet. Sync once before writing to a customer.</source>
        <translation>Textdesk ne connaît encore aucun de nos numéros. Synchronisez une fois avant d&apos;écrire à un client.</translation>
    </message>
    <message>
        <source>Choose who to write to.</source>
        <translation>Choisissez à qui écrire.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: Textdesk is not connected to the cache yet. Try again in a moment.</source>
        <translation>Non envoyé&#xa0;: Textdesk n&apos;est pas encore connecté au cache. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>textdesk::NumbersPage</name>
    <message>
        <source>Numbers come from the provider account: buy or release them there, and Textdesk lists them after its next sync.</source>
        <translation>Les numéros proviennent du compte fournisseur&#xa0;: achetez-les ou libérez-les depuis ce compte, et Textdesk les affichera après sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Our numbers</source>
        <translation>Nos numéros</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>International (E.164)</source>
        <translation>International (E.164)</translation>
    </message>
    <message>
        <source>The cache is not open, so the numbers cannot be shown.</source>
        <translation>Le cache n&apos;est pas ouvert&#xa0;: les numéros ne peuvent pas être affichés.</translation>
    </message>
    <message>
        <source>No numbers yet: they appear after the first sync with the provider.</source>
        <translation>Aucun numéro pour l&apos;instant&#xa0;: ils apparaîtront après la première synchronisation avec le fournisseur.</translation>
    </message>
</context>
<context>
    <name>textdesk::OlderMessagesBar</name>
    <message>
        <source>Loading older messages</source>
        <translation>Chargement des messages plus anciens</translation>
    </message>
    <message>
        <source>Load older messages</source>
        <translation>Charger les messages plus anciens</translation>
    </message>
    <message>
        <source>Fetch this customer&apos;s earlier messages from the provider</source>
        <translation>Récupérer auprès du fournisseur les messages précédents de ce client</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop loading older messages</source>
        <translation>Arrêter le chargement des messages plus anciens</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <source>Messages before %1 are not on this computer yet.</source>
        <translation>Les messages antérieurs au %1 ne sont pas encore sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Loading older messages… %Ln found</source>
        <translation>
            <numerusform>Chargement des messages plus anciens… %Ln trouvé</numerusform>
            <numerusform>Chargement des messages plus anciens… %Ln trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Older messages could not be loaded: %1</source>
        <translation>Impossible de charger les messages plus anciens&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) loaded. No older messages.</source>
        <translation>
            <numerusform>%Ln message plus ancien chargé. Il n&apos;y en a pas d&apos;autre.</numerusform>
            <numerusform>%Ln messages plus anciens chargés. Il n&apos;y en a pas d&apos;autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No older messages</source>
        <translation>Aucun message plus ancien</translation>
    </message>
</context>
<context>
    <name>textdesk::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code Textdesk knows. Start it with + and the country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;indicatif de pays connu de Textdesk. Commencez le numéro par + suivi de l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» est trop court pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» est trop long pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number in its country.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro valide dans son pays.</translation>
    </message>
</context>
<context>
    <name>textdesk::PresenceLine</name>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message numerus="yes">
        <source>%1 is typing…</source>
        <translation>
            <numerusform>%1 est en train d&apos;écrire…</numerusform>
            <numerusform>%1 sont en train d&apos;écrire…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is viewing this conversation</source>
        <translation>
            <numerusform>%1 consulte cette conversation</numerusform>
            <numerusform>%1 consultent cette conversation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Profil client</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Ajouter un nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problème d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Customer company</source>
        <translation>Entreprise du client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>vip, wholesale</source>
        <translation>vip, grossiste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes about the customer</source>
        <translation>Notes sur le client</translation>
    </message>
    <message>
        <source>Anything the next agent should know</source>
        <translation>Ce que le prochain agent doit savoir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problème d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Autres conversations</translation>
    </message>
    <message>
        <source>Other conversations with this customer</source>
        <translation>Autres conversations avec ce client</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>Ajouter un champ personnalisé</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Supprimer le champ</translation>
    </message>
    <message>
        <source>Remove the selected custom field</source>
        <translation>Supprimer le champ personnalisé sélectionné</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Aucun message</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n message(s)</source>
        <translation>
            <numerusform>%1 (%2), %n message</numerusform>
            <numerusform>%1 (%2), %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out by texting %1 on %2</source>
        <translation>Désinscrit en envoyant %1 le %2</translation>
    </message>
    <message>
        <source>Opted out by texting %1</source>
        <translation>Désinscrit en envoyant %1</translation>
    </message>
    <message>
        <source>Opted out by an agent on %1</source>
        <translation>Désinscrit par un agent le %1</translation>
    </message>
    <message>
        <source>Opted out by an agent</source>
        <translation>Désinscrit par un agent</translation>
    </message>
    <message>
        <source>Opted out with their carrier (reported on %1)</source>
        <translation>Désinscrit auprès de son opérateur (signalé le %1)</translation>
    </message>
    <message>
        <source>Opted out with their carrier</source>
        <translation>Désinscrit auprès de son opérateur</translation>
    </message>
    <message>
        <source>Opted out on %1</source>
        <translation>Désinscrit le %1</translation>
    </message>
    <message>
        <source>Opted in by texting %1 on %2</source>
        <translation>Inscrit en envoyant %1 le %2</translation>
    </message>
    <message>
        <source>Opted in by texting %1</source>
        <translation>Inscrit en envoyant %1</translation>
    </message>
    <message>
        <source>Opted in by an agent on %1</source>
        <translation>Inscrit par un agent le %1</translation>
    </message>
    <message>
        <source>Opted in by an agent</source>
        <translation>Inscrit par un agent</translation>
    </message>
    <message>
        <source>Opted in on %1</source>
        <translation>Inscrit le %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Effacer le client…</translation>
    </message>
</context>
<context>
    <name>textdesk::ProviderSession</name>
    <message>
        <source>The training simulator could not start: %1</source>
        <translation>Le simulateur de formation n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) to enter the account, or File → Open the training workspace to practise.</source>
        <translation>Ouvrez les Paramètres (Ctrl+,) pour saisir le compte, ou Fichier → Ouvrir l&apos;espace de formation pour vous entraîner.</translation>
    </message>
    <message>
        <source>The training workspace is turned off on this computer by your administrator.</source>
        <translation>L&apos;espace de formation a été désactivé sur cet ordinateur par votre administrateur.</translation>
    </message>
    <message>
        <source>Enter the provider account in Settings (Ctrl+,).</source>
        <translation>Saisissez le compte fournisseur dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>Start Textdesk again. If it happens again, enter the provider account in Settings (Ctrl+,).</source>
        <translation>Redémarrez Textdesk. Si le problème se reproduit, saisissez le compte fournisseur dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>Correct the account in Settings (Ctrl+,), or File → Open the training workspace to practise.</source>
        <translation>Corrigez le compte dans les Paramètres (Ctrl+,), ou Fichier → Ouvrir l&apos;espace de formation pour vous entraîner.</translation>
    </message>
    <message>
        <source>No secret for the provider account.</source>
        <translation>Aucun secret pour le compte fournisseur.</translation>
    </message>
    <message>
        <source>Enter the auth token in Settings (Ctrl+,), set TEXTDESK_AUTH_TOKEN, or File → Open the training workspace to practise.</source>
        <translation>Saisissez le jeton d&apos;authentification dans les Paramètres (Ctrl+,), définissez TEXTDESK_AUTH_TOKEN, ou Fichier → Ouvrir l&apos;espace de formation pour vous entraîner.</translation>
    </message>
    <message>
        <source>Ask your team&apos;s administrator for the team database&apos;s address, then run &quot;textdesk configure --team URL --agent NAME&quot; again.</source>
        <translation>Demandez l&apos;adresse de la base de données de l&apos;équipe à son administrateur, puis exécutez à nouveau &quot;textdesk configure --team URL --agent NAME&quot;.</translation>
    </message>
</context>
<context>
    <name>textdesk::ProviderSettings</name>
    <message>
        <source>Cannot write the workspace settings to %1.</source>
        <translation>Impossible d&apos;écrire les paramètres de l&apos;espace de travail dans %1.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Textdesk speaks &quot;twilio&quot;.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;». Textdesk prend en charge «&#xa0;twilio&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Account SID: it starts with AC and has 32 hexadecimal digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un SID de compte&#xa0;: il commence par AC, suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API key SID: it starts with SK and has 32 hexadecimal digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un SID de clé API&#xa0;: il commence par SK, suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web (https://…).</translation>
    </message>
    <message>
        <source>The provider address</source>
        <translation>L&apos;adresse du fournisseur</translation>
    </message>
    <message>
        <source>The media upload address</source>
        <translation>L&apos;adresse de dépôt des médias</translation>
    </message>
    <message>
        <source>The webhook public address</source>
        <translation>L&apos;adresse publique des webhooks</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a web address (https://…).</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une adresse web (https://…).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; uses plain http. Use https:// (plain http is only accepted for this computer, such as a simulator).</source>
        <translation>%1 «&#xa0;%2&#xa0;» utilise http non chiffré. Utilisez https:// (http non chiffré n&apos;est accepté que pour cet ordinateur, par exemple pour un simulateur).</translation>
    </message>
</context>
<context>
    <name>textdesk::QuickSwitcher</name>
    <message>
        <source>Go to a customer: name or number</source>
        <translation>Aller à un client&#xa0;: nom ou numéro</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Accès rapide</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Conversations correspondantes</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>sur le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages for “%1”</source>
        <translation>Rechercher «&#xa0;%1&#xa0;» dans les messages</translation>
    </message>
    <message>
        <source>New conversation with “%1”…</source>
        <translation>Nouvelle conversation avec «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>textdesk::RevocationBanner</name>
    <message>
        <source>Opt out</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Record that this customer opted out: nothing more can be sent to them until they text START.</source>
        <translation>Enregistrer que ce client s&apos;est désinscrit&#xa0;: plus rien ne pourra lui être envoyé tant qu&apos;il n&apos;aura pas envoyé START par SMS.</translation>
    </message>
    <message>
        <source>Not a request</source>
        <translation>Pas une demande</translation>
    </message>
    <message>
        <source>The customer did not ask to stop messages: hide this for good.</source>
        <translation>Le client n&apos;a pas demandé à ne plus recevoir de messages&#xa0;: masquer ceci définitivement.</translation>
    </message>
    <message>
        <source>This customer may be asking to stop messages: &quot;%1&quot;</source>
        <translation>Ce client demande peut-être à ne plus recevoir de messages&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>textdesk::RevocationFlags</name>
    <message>
        <source>This request to stop messages was already answered.</source>
        <translation>Cette demande d&apos;arrêt des messages a déjà été traitée.</translation>
    </message>
</context>
<context>
    <name>textdesk::RuleEditor</name>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rules, in the order they run</source>
        <translation>Règles, dans leur ordre d&apos;exécution</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>A customer&apos;s message is received</source>
        <translation>Un message d&apos;un client est reçu</translation>
    </message>
    <message>
        <source>A customer&apos;s first message</source>
        <translation>Premier message d&apos;un client</translation>
    </message>
    <message>
        <source>A conversation is resolved</source>
        <translation>Une conversation est résolue</translation>
    </message>
    <message>
        <source>No agent reply within some minutes</source>
        <translation>Aucune réponse d&apos;agent après quelques minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Conditions and actions (JSON)</source>
        <translation>Conditions et actions (JSON)</translation>
    </message>
    <message>
        <source>Conditions: our_number, tag, no_tag, field, text_contains, text_matches, inside_hours, outside_hours. Actions: reply, assign, tag, status, snooze, note, survey. The format is the one of textdesk rules export (docs/automation.md).</source>
        <translation>Conditions&#xa0;: our_number, tag, no_tag, field, text_contains, text_matches, inside_hours, outside_hours. Actions&#xa0;: reply, assign, tag, status, snooze, note, survey. Le format est celui de l&apos;export des règles de textdesk (docs/automation.md).</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes without a reply:</source>
        <translation>Minutes sans réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Conditions and actions:</source>
        <translation>Conditions et actions&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A message a customer might send</source>
        <translation>Un message qu&apos;un client pourrait envoyer</translation>
    </message>
    <message>
        <source>Our number it is sent to (optional)</source>
        <translation>Notre numéro auquel il est envoyé (facultatif)</translation>
    </message>
    <message>
        <source>The customer&apos;s number (optional: a new customer)</source>
        <translation>Le numéro du client (facultatif&#xa0;: un nouveau client)</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>What the saved rules would do</source>
        <translation>Ce que feraient les règles enregistrées</translation>
    </message>
    <message>
        <source>Try the saved rules on:</source>
        <translation>Essayer les règles enregistrées sur&#xa0;:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Envoyé à&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>Impossible de lire les règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The box: whether the rule runs.</source>
        <translation>La case&#xa0;: indique si la règle s&apos;exécute.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The rule being edited has changes that are not applied. Discard them?</source>
        <translation>La règle en cours de modification comporte des changements non appliqués. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>The conditions and actions are not valid JSON: %1 (at character %2).</source>
        <translation>Les conditions et actions ne sont pas un JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The conditions and actions must be one JSON object: { … }.</source>
        <translation>Les conditions et actions doivent former un seul objet JSON&#xa0;: { … }.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Règle «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Added “%1” at the end.</source>
        <translation>Règle «&#xa0;%1&#xa0;» ajoutée à la fin.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Règle «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>“%1” runs.</source>
        <translation>La règle «&#xa0;%1&#xa0;» s&apos;exécute.</translation>
    </message>
    <message>
        <source>“%1” is off: it does not run.</source>
        <translation>La règle «&#xa0;%1&#xa0;» est désactivée&#xa0;: elle ne s&apos;exécute pas.</translation>
    </message>
    <message>
        <source>Type a message a customer might send, then Try it.</source>
        <translation>Saisissez un message qu&apos;un client pourrait envoyer, puis cliquez sur Essayer.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Le test a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is sent or changed by a test.</source>
        <translation>Un test n&apos;envoie et ne modifie rien.</translation>
    </message>
    <message>
        <source>No rule matches this message.</source>
        <translation>Aucune règle ne correspond à ce message.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::ScheduledList</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Annuler le message</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send a held message now</source>
        <translation>Envoyer maintenant un message retenu</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · to %2</source>
        <translation>%1 · à %2</translation>
    </message>
</context>
<context>
    <name>textdesk::SecretStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Le trousseau a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain service is running, so Textdesk cannot remember the token. A token that passes Test connection is used until Textdesk closes; to have it at every start, start Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.</source>
        <translation>Aucun service de trousseau n&apos;est en cours d&apos;exécution, donc Textdesk ne peut pas mémoriser le jeton. Un jeton qui réussit le test de connexion est utilisé jusqu&apos;à la fermeture de Textdesk&#xa0;; pour l&apos;avoir à chaque démarrage, lancez Textdesk avec le jeton dans la variable d&apos;environnement TEXTDESK_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1), so Textdesk cannot remember the token. A token that passes Test connection is used until Textdesk closes; to have it at every start, start Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.</source>
        <translation>Le trousseau est inaccessible (%1), donc Textdesk ne peut pas mémoriser le jeton. Un jeton qui réussit le test de connexion est utilisé jusqu&apos;à la fermeture de Textdesk&#xa0;; pour l&apos;avoir à chaque démarrage, lancez Textdesk avec le jeton dans la variable d&apos;environnement TEXTDESK_AUTH_TOKEN.</translation>
    </message>
</context>
<context>
    <name>textdesk::SelfCheck</name>
    <message>
        <source>the Qt SQLite driver (sqldrivers/libqsqlite) is missing</source>
        <translation>le pilote SQLite de Qt (sqldrivers/libqsqlite) est absent</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>ce SQLite ne dispose pas de la recherche plein texte (FTS5)</translation>
    </message>
    <message>
        <source>journal %1, full-text search on</source>
        <translation>journal %1, recherche plein texte activée</translation>
    </message>
    <message>
        <source>libphonenumber did not parse a US number</source>
        <translation>libphonenumber n&apos;a pas réussi à analyser un numéro américain</translation>
    </message>
    <message>
        <source>no TLS backend: a real provider (HTTPS) cannot be reached</source>
        <translation>aucun backend TLS : impossible de joindre un vrai fournisseur (HTTPS)</translation>
    </message>
    <message>
        <source>cannot decode %1 (imageformats plugins missing)</source>
        <translation>impossible de décoder %1 (plugins imageformats absents)</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF%1</source>
        <translation>PNG, JPEG, GIF%1</translation>
    </message>
    <message>
        <source>embedded translations missing (found: %1)</source>
        <translation>traductions intégrées absentes (trouvées : %1)</translation>
    </message>
    <message>
        <source>de, es, fr; standard dialogs too</source>
        <translation>de, es, fr ; dialogues standard également</translation>
    </message>
    <message>
        <source>de, es, fr; Qt&apos;s own (standard dialogs) not found in %1</source>
        <translation>de, es, fr ; celles de Qt (dialogues standard) introuvables dans %1</translation>
    </message>
    <message>
        <source>no fonts installed: the window would show no text</source>
        <translation>aucune police installée : la fenêtre n&apos;afficherait aucun texte</translation>
    </message>
    <message numerus="yes">
        <source>%n font families</source>
        <translation>
            <numerusform>%n famille de polices</numerusform>
            <numerusform>%n familles de polices</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>Textdesk %1 self-check (Qt %2, platform %3)</source>
        <translation>Autovérification de Textdesk %1 (Qt %2, plateforme %3)</translation>
    </message>
    <message>
        <source>Temporary folder</source>
        <translation>Dossier temporaire</translation>
    </message>
    <message>
        <source>SQLite cache</source>
        <translation>Cache SQLite</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation>Espace de formation</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Fournisseur de formation</translation>
    </message>
    <message>
        <source>Sync from the provider (loopback HTTP)</source>
        <translation>Synchronisation depuis le fournisseur (HTTP en boucle locale)</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing arrived within %1 s</source>
        <translation>rien n&apos;est arrivé en %1 s</translation>
    </message>
    <message>
        <source>Self-check %1</source>
        <translation>Autovérification %1</translation>
    </message>
    <message>
        <source>Send through the outbox</source>
        <translation>Envoi via la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>accepted and sent</source>
        <translation>accepté et envoyé</translation>
    </message>
    <message>
        <source>the message was not sent within %1 s</source>
        <translation>le message n&apos;a pas été envoyé en %1 s</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>painted %1×%2</source>
        <translation>dessinée en %1×%2</translation>
    </message>
    <message>
        <source>could not be painted</source>
        <translation>n&apos;a pas pu être dessinée</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n vérification a échoué.</numerusform>
            <numerusform>%n vérifications ont échoué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::SendLaterButton</name>
    <message>
        <source>Send later…</source>
        <translation>Envoyer plus tard…</translation>
    </message>
    <message>
        <source>More ways to send</source>
        <translation>Autres options d&apos;envoi</translation>
    </message>
    <message>
        <source>Send later… (Ctrl+Shift+Enter)</source>
        <translation>Envoyer plus tard… (Ctrl+Maj+Entrée)</translation>
    </message>
</context>
<context>
    <name>textdesk::SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>My time (%1)</source>
        <translation>Mon heure (%1)</translation>
    </message>
    <message>
        <source>The customer&apos;s time (%1)</source>
        <translation>L&apos;heure du client (%1)</translation>
    </message>
    <message>
        <source>Cancel it if the customer writes first</source>
        <translation>Annuler si le client écrit avant</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Send at:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>My time: %1 (%2)
The customer&apos;s time: %3 (%4)</source>
        <translation>Mon heure&#xa0;: %1 (%2)
Heure du client&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Rédigez d&apos;abord le message.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time in the future.</source>
        <translation>Cette heure est déjà passée. Choisissez une heure dans le futur.</translation>
    </message>
    <message>
        <source>That is during the customer&apos;s quiet hours (before 8:00 or after 21:00 their time): it will wait until 8:00 their time.</source>
        <translation>Cette heure tombe pendant les heures de silence du client (avant 8:00 ou après 21:00, heure du client)&#xa0;: le message attendra 8:00, heure du client.</translation>
    </message>
</context>
<context>
    <name>textdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Our &amp;numbers</source>
        <translation>Nos &amp;numéros</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Vous</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Enregistrement du jeton dans le trousseau…</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Textdesk cannot remember the token.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur, donc Textdesk ne peut pas mémoriser le jeton.</translation>
    </message>
    <message>
        <source>%1
Press OK again to save the account as your own workspace without the token; enter the token there once it opens (it is then used until Textdesk closes).</source>
        <translation>%1
Appuyez de nouveau sur OK pour enregistrer le compte comme votre propre espace de travail sans le jeton&#xa0;; saisissez le jeton dans celui-ci une fois qu&apos;il est ouvert (il sera alors utilisé jusqu&apos;à la fermeture de Textdesk).</translation>
    </message>
    <message>
        <source>%1
The token passed the connection test: press OK again to use it until Textdesk closes. It will not be remembered: next time, enter it here again (or start Textdesk with it in TEXTDESK_AUTH_TOKEN).</source>
        <translation>%1
Le jeton a réussi le test de connexion&#xa0;: appuyez de nouveau sur OK pour l&apos;utiliser jusqu&apos;à la fermeture de Textdesk. Il ne sera pas mémorisé&#xa0;: la prochaine fois, saisissez-le de nouveau ici (ou lancez Textdesk avec le jeton dans TEXTDESK_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>%1
Test the connection to use the token until Textdesk closes, or press OK again to save the other settings without it.</source>
        <translation>%1
Testez la connexion pour utiliser le jeton jusqu&apos;à la fermeture de Textdesk, ou appuyez de nouveau sur OK pour enregistrer les autres paramètres sans le jeton.</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <source>Saving the address book&apos;s password in the keychain…</source>
        <translation>Enregistrement du mot de passe du carnet d&apos;adresses dans le trousseau…</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Textdesk cannot remember the address book&apos;s password.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur, donc Textdesk ne peut pas mémoriser le mot de passe du carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>%1
Press OK again to save the address book without it.</source>
        <translation>%1
Appuyez de nouveau sur OK pour enregistrer le carnet d&apos;adresses sans le mot de passe.</translation>
    </message>
</context>
<context>
    <name>textdesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Nouvelle ligne dans la réponse</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Insérer un modèle</translation>
    </message>
    <message>
        <source>/ and its name</source>
        <translation>/ puis son nom</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Writing a reply</source>
        <translation>Rédaction d&apos;une réponse</translation>
    </message>
</context>
<context>
    <name>textdesk::SingleInstance</name>
    <message>
        <source>There is no private folder for this user&apos;s sockets (XDG_RUNTIME_DIR), so Textdesk cannot make sure the workspace is open only once.</source>
        <translation>Il n&apos;existe pas de dossier privé pour les sockets de cet utilisateur (XDG_RUNTIME_DIR)&#xa0;: Textdesk ne peut donc pas s&apos;assurer que l&apos;espace de travail n&apos;est ouvert qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; Textdesk neither talks to it nor removes it.</source>
        <translation>%1 appartient à un autre utilisateur&#xa0;; Textdesk ne communique pas avec lui et ne le supprime pas.</translation>
    </message>
    <message>
        <source>Textdesk cannot make sure the workspace is open only once (%1: %2).</source>
        <translation>Textdesk ne peut pas s&apos;assurer que l&apos;espace de travail n&apos;est ouvert qu&apos;une seule fois (%1&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>textdesk::StatusText</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non distribué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>Le fichier est absent du dossier des médias.</translation>
    </message>
    <message>
        <source>Not downloaded yet: the download is under way.</source>
        <translation>Pas encore téléchargé&#xa0;: le téléchargement est en cours.</translation>
    </message>
    <message>
        <source>The download did not work.</source>
        <translation>Le téléchargement a échoué.</translation>
    </message>
    <message>
        <source>Textdesk does not keep this kind of attachment.</source>
        <translation>Textdesk ne conserve pas ce type de pièce jointe.</translation>
    </message>
    <message>
        <source>Not downloaded yet.</source>
        <translation>Pas encore téléchargé.</translation>
    </message>
</context>
<context>
    <name>textdesk::StorageError</name>
    <message>
        <source>The file %1 is not a Textdesk cache (it is not an SQLite database). Textdesk did not change it. Choose another workspace folder, or move that file away.</source>
        <translation>Le fichier %1 n&apos;est pas un cache Textdesk (ce n&apos;est pas une base de données SQLite). Textdesk ne l&apos;a pas modifié. Choisissez un autre dossier d&apos;espace de travail, ou déplacez ce fichier ailleurs.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged. Textdesk keeps the damaged file and builds a fresh cache from your provider; messages not yet sent may be in the damaged copy.</source>
        <translation>Le cache %1 est endommagé. Textdesk conserve le fichier endommagé et reconstruit un nouveau cache depuis votre fournisseur&#xa0;; des messages pas encore envoyés peuvent se trouver dans la copie endommagée.</translation>
    </message>
    <message>
        <source>Textdesk cannot write to %1: the file or its folder is read-only. Check the permissions, or choose a workspace folder you can write to.</source>
        <translation>Textdesk ne peut pas écrire dans %1&#xa0;: le fichier ou son dossier est en lecture seule. Vérifiez les autorisations, ou choisissez un dossier d&apos;espace de travail accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: free some space and Textdesk will carry on where it stopped.</source>
        <translation>Le disque contenant %1 est plein. Rien n&apos;a été perdu&#xa0;: libérez de l&apos;espace et Textdesk reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Textdesk (cache version %2; this version understands up to %3). Install the newer Textdesk, or choose another workspace. The cache was not changed.</source>
        <translation>Le cache %1 a été écrit par une version plus récente de Textdesk (version de cache %2&#xa0;; cette version gère jusqu&apos;à la version %3). Installez la version plus récente de Textdesk, ou choisissez un autre espace de travail. Le cache n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The cache %1 needs to be upgraded before it can be read. Open it with the Textdesk app first.</source>
        <translation>Le cache %1 doit être mis à niveau avant de pouvoir être lu. Ouvrez-le d&apos;abord avec l&apos;application Textdesk.</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program. Close other copies of Textdesk and try again.</source>
        <translation>Le cache %1 est verrouillé par un autre programme. Fermez les autres instances de Textdesk et réessayez.</translation>
    </message>
    <message>
        <source>Textdesk cannot open %1. Check that the folder exists and that it is a file, not a folder.</source>
        <translation>Textdesk ne peut pas ouvrir %1. Vérifiez que le dossier existe et qu&apos;il s&apos;agit bien d&apos;un fichier, et non d&apos;un dossier.</translation>
    </message>
    <message>
        <source>The operating system failed to read or write %1. Check the disk, then try again.</source>
        <translation>Le système d&apos;exploitation n&apos;a pas pu lire ou écrire %1. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Textdesk refused to save a change to %1 because it would break the cache&apos;s rules. Nothing was saved.</source>
        <translation>Textdesk a refusé d&apos;enregistrer une modification dans %1, car elle enfreindrait les règles du cache. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Textdesk did not save the change: a value is not valid. Nothing was saved.</source>
        <translation>Textdesk n&apos;a pas enregistré la modification&#xa0;: une valeur n&apos;est pas valide. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Textdesk could not use the cache %1.</source>
        <translation>Textdesk n&apos;a pas pu utiliser le cache %1.</translation>
    </message>
</context>
<context>
    <name>textdesk::SurveyEditor</name>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>Satisfaction (CSAT, 1–5)</translation>
    </message>
    <message>
        <source>Recommendation (NPS, 0–10)</source>
        <translation>Recommandation (NPS, 0–10)</translation>
    </message>
    <message>
        <source>Effort (CES, 1–7)</source>
        <translation>Effort (CES, 1–7)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Nouvelle enquête</translation>
    </message>
    <message>
        <source>On: surveys of this kind are sent</source>
        <translation>Activée&#xa0;: les enquêtes de ce type sont envoyées</translation>
    </message>
    <message>
        <source>Send when a conversation is resolved</source>
        <translation>Envoyer lorsqu&apos;une conversation est résolue</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ask the follow-up below a score of</source>
        <translation>Poser la question de suivi en dessous de la note</translation>
    </message>
    <message>
        <source>Your company&apos;s name, for {{company}}</source>
        <translation>Le nom de votre entreprise, pour {{company}}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Wait after resolving:</source>
        <translation>Délai après la résolution&#xa0;:</translation>
    </message>
    <message>
        <source>At most once per customer in:</source>
        <translation>Au plus une fois par client sur&#xa0;:</translation>
    </message>
    <message>
        <source>Answers accepted for:</source>
        <translation>Réponses acceptées pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Customers without a language get:</source>
        <translation>Langue pour les clients sans langue&#xa0;:</translation>
    </message>
    <message>
        <source>Wording in:</source>
        <translation>Libellés en&#xa0;:</translation>
    </message>
    <message>
        <source>Question text:</source>
        <translation>Texte de la question&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Question de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Thank-you:</source>
        <translation>Remerciement&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <comment>a survey that is turned off</comment>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n character(s)</source>
        <comment>segments · encoding · characters</comment>
        <translation>
            <numerusform>%1 · %2 · %n caractère</numerusform>
            <numerusform>%1 · %2 · %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the company&apos;s name: a survey with {{company}} left in it is not sent.</source>
        <translation>Indiquez le nom de l&apos;entreprise&#xa0;: une enquête qui contient encore {{company}} n&apos;est pas envoyée.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La question est vide.</translation>
    </message>
    <message>
        <source>The survey was not saved: %1</source>
        <translation>L&apos;enquête n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the survey a name.</source>
        <translation>Donnez un nom à l&apos;enquête.</translation>
    </message>
</context>
<context>
    <name>textdesk::TeamLoadDock</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Conversations per agent</source>
        <translation>Conversations par agent</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente la plus longue</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <source>Open or pending conversations whose customer wrote last: they wait for a reply</source>
        <translation>Conversations ouvertes ou en attente dont le client a écrit en dernier&#xa0;: elles attendent une réponse</translation>
    </message>
    <message>
        <source>How long the customer who has waited longest has waited</source>
        <translation>Depuis combien de temps attend le client qui attend depuis le plus longtemps</translation>
    </message>
    <message>
        <source>The team&apos;s load could not be read: %1</source>
        <translation>Impossible de lire la charge de l&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignées</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>An agent not known here yet (%1)</source>
        <translation>Un agent encore inconnu ici (%1)</translation>
    </message>
    <message>
        <source>%1 open, %2 waiting for a reply. Click an agent to see their conversations.</source>
        <translation>%1 ouvertes, %2 sans réponse. Cliquez sur un agent pour voir ses conversations.</translation>
    </message>
</context>
<context>
    <name>textdesk::TemplateEditor</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Afficher la catégorie</translation>
    </message>
    <message>
        <source>Filter by shortcut or title</source>
        <translation>Filtrer par raccourci ou titre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Language of the starter templates</source>
        <translation>Langue des modèles de départ</translation>
    </message>
    <message>
        <source>Add starter templates</source>
        <translation>Ajouter les modèles de départ</translation>
    </message>
    <message>
        <source>Greeting, order status, refund, appointment, follow-up, closing, out of office and the HELP, frequency, rates and STOP texts. Templates already added are not added again.</source>
        <translation>Salutation, statut de commande, remboursement, rendez-vous, relance, clôture, absence du bureau, ainsi que les textes HELP, fréquence, tarifs et STOP. Les modèles déjà ajoutés ne sont pas ajoutés à nouveau.</translation>
    </message>
    <message>
        <source>one word, typed after / in a reply</source>
        <translation>un mot, saisi après / dans une réponse</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, … — variables: {{first_name}}, {{agent_name}}, {{company}}, any custom field such as {{order_id}}; a default after |</source>
        <translation>Bonjour {{first_name|there}}, … — variables&#xa0;: {{first_name}}, {{agent_name}}, {{company}}, tout champ personnalisé comme {{order_id}}&#xa0;; une valeur par défaut après |</translation>
    </message>
    <message>
        <source>A customer&apos;s name or number</source>
        <translation>Le nom ou le numéro d&apos;un client</translation>
    </message>
    <message>
        <source>What {{company}} says in every template</source>
        <translation>Valeur de {{company}} dans tous les modèles</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Shortcut: /</source>
        <translation>Raccourci&#xa0;: /</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Aperçu pour&#xa0;:</translation>
    </message>
    <message>
        <source>Our company:</source>
        <translation>Notre entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un titre</translation>
    </message>
    <message>
        <source>a one-word shortcut</source>
        <translation>un raccourci d&apos;un seul mot</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>Another template already has the shortcut /%1. Choose another one.</source>
        <translation>Un autre modèle utilise déjà le raccourci /%1. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The template needs %1.</source>
        <translation>Le modèle doit avoir %1.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Le modèle n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved /%1.</source>
        <translation>/%1 enregistré.</translation>
    </message>
    <message>
        <source>The template was not deleted: %1</source>
        <translation>Le modèle n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted /%1.</source>
        <translation>/%1 supprimé.</translation>
    </message>
    <message>
        <source>The starter templates were not added: %1</source>
        <translation>Les modèles de départ n&apos;ont pas été ajoutés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n starter template(s) added.</source>
        <translation>
            <numerusform>%n modèle de départ ajouté.</numerusform>
            <numerusform>%n modèles de départ ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The starter templates in %1 are all there already.</source>
        <translation>Les modèles de départ en %1 sont déjà tous présents.</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Fichiers de modèles (*.json)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Exporter les modèles</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Importer les modèles</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these in the file and try again:
%1</source>
        <translation>Rien n&apos;a été importé. Corrigez ces points dans le fichier et réessayez&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) added</source>
        <translation>
            <numerusform>%n modèle ajouté</numerusform>
            <numerusform>%n modèles ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced.</source>
        <translation>
            <numerusform>%n remplacement.</numerusform>
            <numerusform>%n remplacements.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) exported to %1.</source>
        <translation>
            <numerusform>%n modèle exporté vers %1.</numerusform>
            <numerusform>%n modèles exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Aucun client ne correspond.</translation>
    </message>
    <message>
        <source>Pick a customer to see the text as they would read it.</source>
        <translation>Choisissez un client pour voir le texte tel qu&apos;il le lirait.</translation>
    </message>
    <message>
        <source>No value for %1: the agent fills it in before sending, or give it a default ({{name|default}}).</source>
        <translation>Aucune valeur pour %1 : l&apos;agent la saisit avant l&apos;envoi, ou donnez-lui une valeur par défaut ({{name|default}}).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>segments · encoding</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
</context>
<context>
    <name>textdesk::TemplateJson</name>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk template file (it has no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Le fichier n&apos;est pas un fichier de modèles Textdesk (il n&apos;a pas de &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file was written by a newer Textdesk (version %1); this one reads version %2.</source>
        <translation>Le fichier a été écrit par une version plus récente de Textdesk (version %1) ; celle-ci lit la version %2.</translation>
    </message>
    <message>
        <source>The file has no &quot;templates&quot; list.</source>
        <translation>Le fichier n&apos;a pas de liste &quot;templates&quot;.</translation>
    </message>
    <message>
        <source>Template %1 is not an object.</source>
        <translation>Le modèle %1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>it has no shortcut</source>
        <translation>il n&apos;a pas de raccourci</translation>
    </message>
    <message>
        <source>its shortcut &quot;%1&quot; is more than one word</source>
        <translation>son raccourci « %1 » contient plus d&apos;un mot</translation>
    </message>
    <message>
        <source>its shortcut &quot;%1&quot; is used by an earlier template</source>
        <translation>son raccourci « %1 » est déjà utilisé par un modèle précédent</translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation>il n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>il n&apos;a pas de texte</translation>
    </message>
    <message>
        <source>Template %1: %2.</source>
        <translation>Modèle %1 : %2.</translation>
    </message>
</context>
<context>
    <name>textdesk::TemplatePopup</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Up and Down to pick, Enter or Tab to insert, Escape to close</source>
        <translation>Haut et Bas pour choisir, Entrée ou Tab pour insérer, Échap pour fermer</translation>
    </message>
    <message>
        <source>/%1 — %2</source>
        <translation>/%1 — %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadDelegate</name>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R retries, Ctrl+E edits</source>
        <translation>Ctrl+Maj+R pour réessayer, Ctrl+E pour modifier</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation>%1 à %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>Survey: yes</source>
        <translation>Enquête&#xa0;: oui</translation>
    </message>
    <message>
        <source>Survey: no</source>
        <translation>Enquête&#xa0;: non</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>survey kind, score, scale maximum</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 (read from words)</source>
        <comment>a survey score guessed from words</comment>
        <translation>%1 (déduit du texte)</translation>
    </message>
    <message>
        <source>%1 · sent again</source>
        <translation>%1 · renvoyé</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>textdesk::ThumbnailCache</name>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>Le fichier est absent du dossier des médias.</translation>
    </message>
    <message>
        <source>Textdesk cannot show this kind of picture.</source>
        <translation>Textdesk ne peut pas afficher ce type d&apos;image.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown.</source>
        <translation>L&apos;image est endommagée et ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>The picture is too large to show.</source>
        <translation>L&apos;image est trop grande pour être affichée.</translation>
    </message>
</context>
<context>
    <name>textdesk::TimeText</name>
    <message>
        <source>now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day, time: Tue 9:00</comment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>textdesk::UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
</context>
<context>
    <name>textdesk::WindowHost</name>
    <message>
        <source>Your account is saved as your own workspace, which opens in a window of its own.</source>
        <translation>Votre compte est enregistré comme votre propre espace de travail, qui s&apos;ouvre dans sa propre fenêtre.</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Espace de travail non ouvert</translation>
    </message>
    <message>
        <source>Your account is saved, but Textdesk could not be started again for your own workspace (%1). Start Textdesk again to use it.</source>
        <translation>Votre compte est enregistré, mais Textdesk n&apos;a pas pu être redémarré pour votre propre espace de travail (%1). Relancez Textdesk pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Connected with the token typed in Settings, for this session only: without a keychain it is not remembered.</source>
        <translation>Connecté avec le jeton saisi dans les paramètres, pour cette session uniquement&#xa0;: sans trousseau, il n&apos;est pas mémorisé.</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::BusinessHours</name>
    <message>
        <source>&quot;%1&quot; is not a time zone; write one such as America/Chicago or Europe/Berlin.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; indiquez-en un comme America/Chicago ou Europe/Berlin.</translation>
    </message>
    <message>
        <source>Shift %1: the hours must be written like 09:00 and 17:30.</source>
        <translation>Plage horaire %1&#xa0;: les heures doivent s&apos;écrire sous la forme 09:00 et 17:30.</translation>
    </message>
    <message>
        <source>Shift %1 names no day (mon, tue, … sun).</source>
        <translation>La plage horaire %1 n&apos;indique aucun jour (mon, tue, … sun).</translation>
    </message>
    <message>
        <source>Shift %1: &quot;%2&quot; is not a day; write mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Plage horaire %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un jour&#xa0;; écrivez mon, tue, wed, thu, fri, sat ou sun.</translation>
    </message>
    <message>
        <source>Holiday %1: the date must be written like 2026-12-25.</source>
        <translation>Jour férié %1&#xa0;: la date doit s&apos;écrire sous la forme 2026-12-25.</translation>
    </message>
    <message>
        <source>never open</source>
        <translation>jamais ouvert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqBot</name>
    <message>
        <source>%1. The FAQ bot no longer answers in this conversation.</source>
        <translation>%1. Le bot FAQ ne répond plus dans cette conversation.</translation>
    </message>
    <message>
        <source>FAQ bot</source>
        <translation>Bot FAQ</translation>
    </message>
    <message>
        <source>Customer asked for a person</source>
        <translation>Le client a demandé à parler à une personne</translation>
    </message>
    <message>
        <source>The FAQ bot was not sure: %1</source>
        <translation>Le bot FAQ n&apos;était pas sûr&#xa0;: %1</translation>
    </message>
    <message>
        <source>the customer opted out of messages</source>
        <translation>le client s&apos;est désinscrit des messages</translation>
    </message>
    <message>
        <source>%1 is a short code</source>
        <translation>%1 est un numéro court</translation>
    </message>
    <message>
        <source>the number seems to answer automatically</source>
        <translation>le numéro semble répondre automatiquement</translation>
    </message>
    <message numerus="yes">
        <source>already %n automatic repl(ies) in this conversation in the last hour</source>
        <translation>
            <numerusform>déjà %n réponse automatique dans cette conversation au cours de la dernière heure</numerusform>
            <numerusform>déjà %n réponses automatiques dans cette conversation au cours de la dernière heure</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer to “%1” needs %2, which has no value</source>
        <translation>la réponse à «&#xa0;%1&#xa0;» nécessite %2, qui n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>The FAQ bot did not answer “%1”: %2</source>
        <translation>Le bot FAQ n&apos;a pas répondu à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered “%2” (%3): “%4”</source>
        <translation>%1 a répondu à «&#xa0;%2&#xa0;» (%3)&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>the customer asked to stop messages, which an agent has to answer first</source>
        <translation>le client a demandé à ne plus recevoir de messages, et un agent doit d&apos;abord répondre à cette demande</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqFile</name>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation>Le fichier n&apos;est pas du JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk FAQ: it needs &quot;format&quot;: &quot;textdesk-faq&quot; and a list of &quot;entries&quot;.</source>
        <translation>Le fichier n&apos;est pas une FAQ Textdesk&#xa0;: il doit contenir &quot;format&quot;: &quot;textdesk-faq&quot; et une liste «&#xa0;entries&#xa0;».</translation>
    </message>
    <message>
        <source>The file is a newer FAQ (version %1) than this Textdesk reads (1).</source>
        <translation>Le fichier est une FAQ plus récente (version %1) que celles que lit cette version de Textdesk (1).</translation>
    </message>
    <message>
        <source>The file has no entries.</source>
        <translation>Le fichier ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>without a question</source>
        <translation>sans question</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Entrée %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>it is not an object with a question and an answer.</source>
        <translation>ce n&apos;est pas un objet avec une question et une réponse.</translation>
    </message>
    <message>
        <source>it has no question.</source>
        <translation>elle n&apos;a pas de question.</translation>
    </message>
    <message>
        <source>it has no answer.</source>
        <translation>elle n&apos;a pas de réponse.</translation>
    </message>
    <message>
        <source>it has no language (write one of: %1).</source>
        <translation>elle n&apos;a pas de langue (indiquez l&apos;une de celles-ci&#xa0;: %1).</translation>
    </message>
    <message>
        <source>&quot;keywords&quot; must be a list of words.</source>
        <translation>«&#xa0;keywords&#xa0;» doit être une liste de mots.</translation>
    </message>
    <message>
        <source>&quot;phrases&quot; must be a list of texts.</source>
        <translation>«&#xa0;phrases&#xa0;» doit être une liste de textes.</translation>
    </message>
    <message>
        <source>it has no keywords or phrases with letters, so nothing would find it.</source>
        <translation>elle n&apos;a aucun mot-clé ni aucune expression contenant des lettres&#xa0;: rien ne permettrait de la trouver.</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqMatcher</name>
    <message>
        <source>Customer asked for a person</source>
        <translation>Le client a demandé à parler à une personne</translation>
    </message>
    <message>
        <source>only a greeting or thanks</source>
        <translation>seulement une salutation ou un remerciement</translation>
    </message>
    <message>
        <source>the message has no words it could read</source>
        <translation>le message ne contient aucun mot lisible</translation>
    </message>
    <message>
        <source>no question of the FAQ matches “%1”</source>
        <translation>aucune question de la FAQ ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the best match, “%1”, scored %2 of the %3 needed</source>
        <translation>la meilleure correspondance, «&#xa0;%1&#xa0;», a obtenu %2 sur les %3 requis</translation>
    </message>
    <message>
        <source>“%1” and “%2” match equally well</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» correspondent aussi bien l&apos;une que l&apos;autre</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleEvaluator</name>
    <message>
        <source>turned off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>waits for another event (%1)</source>
        <translation>attend un autre événement (%1)</translation>
    </message>
    <message>
        <source>%1 has no business hours</source>
        <translation>%1 n&apos;a pas d&apos;heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>inside business hours</source>
        <translation>pendant les heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>the away reply already went to this conversation today</source>
        <translation>la réponse d&apos;absence a déjà été envoyée dans cette conversation aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>an agent wrote in the last %n minute(s)</source>
        <translation>
            <numerusform>un agent a écrit il y a moins de %n minute</numerusform>
            <numerusform>un agent a écrit il y a moins de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>not on %1</source>
        <translation>pas sur le numéro %1</translation>
    </message>
    <message>
        <source>the customer has the tag %1</source>
        <translation>le client a l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>the customer lacks the tag %1</source>
        <translation>le client n&apos;a pas l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>the field %1 is not “%2”</source>
        <translation>le champ %1 ne vaut pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the message does not contain “%1”</source>
        <translation>le message ne contient pas “%1”</translation>
    </message>
    <message>
        <source>the message does not match %1</source>
        <translation>le message ne correspond pas à %1</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>en dehors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>the customer opted out</source>
        <translation>le client s&apos;est désinscrit</translation>
    </message>
    <message>
        <source>never an automatic reply to a short code</source>
        <translation>jamais de réponse automatique à un numéro court</translation>
    </message>
    <message>
        <source>the customer&apos;s number answers automatically</source>
        <translation>le numéro du client répond automatiquement</translation>
    </message>
    <message numerus="yes">
        <source>already %n automatic repl(ies) in this conversation in the last hour</source>
        <translation>
            <numerusform>déjà %n réponse automatique dans cette conversation au cours de la dernière heure</numerusform>
            <numerusform>déjà %n réponses automatiques dans cette conversation au cours de la dernière heure</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no template “%1”</source>
        <translation>il n&apos;existe pas de modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>aucune valeur pour %1</translation>
    </message>
    <message>
        <source>No rule runs: %1.</source>
        <translation>Aucune règle ne s&apos;exécute&#xa0;: %1.</translation>
    </message>
    <message>
        <source>– %1: no (%2)</source>
        <translation>– %1&#xa0;: non (%2)</translation>
    </message>
    <message>
        <source>✓ %1:</source>
        <translation>✓ %1&#xa0;:</translation>
    </message>
    <message>
        <source>reply “%1”</source>
        <translation>répondre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation>ajouter la note «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>assigner à %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>ajouter l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>set status %1</source>
        <translation>passer au statut %1</translation>
    </message>
    <message numerus="yes">
        <source>snooze for %n minute(s)</source>
        <translation>
            <numerusform>reporter de %n minute</numerusform>
            <numerusform>reporter de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>send the survey</source>
        <translation>envoyer l&apos;enquête</translation>
    </message>
    <message>
        <source>%1 — not done: %2</source>
        <translation>%1 — non exécuté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — waits for the customer&apos;s quiet hours to end</source>
        <translation>%1 — attend la fin des heures de silence du client</translation>
    </message>
    <message>
        <source>(the last rule stops the rest)</source>
        <translation>(la dernière règle arrête les suivantes)</translation>
    </message>
    <message>
        <source>No rule matches.</source>
        <translation>Aucune règle ne correspond.</translation>
    </message>
    <message>
        <source>the customer asked to stop messages and no agent has answered yet</source>
        <translation>le client a demandé à ne plus recevoir de messages et aucun agent n&apos;a encore répondu</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleJson</name>
    <message>
        <source>The rule has no name.</source>
        <translation>La règle n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of rule; write custom or away.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de règle&#xa0;; écrivez custom ou away.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event; write one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un événement&#xa0;; écrivez l&apos;un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A &quot;no agent reply&quot; rule needs &quot;minutes&quot; from 1 to 10080 (a week).</source>
        <translation>Une règle «&#xa0;sans réponse d&apos;agent&#xa0;» nécessite «&#xa0;minutes&#xa0;» entre 1 et 10080 (une semaine).</translation>
    </message>
    <message>
        <source>&quot;agent_quiet_minutes&quot; cannot be negative.</source>
        <translation>«&#xa0;agent_quiet_minutes&#xa0;» ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Condition %1: &quot;%2&quot; is not a condition; write one of: %3.</source>
        <translation>Condition %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une condition&#xa0;; écrivez l&apos;une de celles-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Condition %1 (%2) needs a value.</source>
        <translation>La condition %1 (%2) nécessite une valeur.</translation>
    </message>
    <message>
        <source>Condition %1 (field) needs the field&apos;s &quot;name&quot;.</source>
        <translation>La condition %1 (field) nécessite le «&#xa0;name&#xa0;» du champ.</translation>
    </message>
    <message>
        <source>Condition %1: the pattern &quot;%2&quot; is not a valid regular expression (%3).</source>
        <translation>Condition %1&#xa0;: le motif «&#xa0;%2&#xa0;» n&apos;est pas une expression régulière valide (%3).</translation>
    </message>
    <message>
        <source>Action %1: &quot;%2&quot; is not an action; write one of: %3.</source>
        <translation>Action %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une action&#xa0;; écrivez l&apos;une de celles-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Action %1 (%2) needs a &quot;text&quot; or a &quot;template&quot;.</source>
        <translation>L&apos;action %1 (%2) nécessite un «&#xa0;text&#xa0;» ou un «&#xa0;template&#xa0;».</translation>
    </message>
    <message>
        <source>Action %1 (assign) needs the &quot;agent&quot;&apos;s name.</source>
        <translation>L&apos;action %1 (assign) nécessite le nom de l&apos;agent («&#xa0;agent&#xa0;»).</translation>
    </message>
    <message>
        <source>Action %1 (tag) needs the tag as &quot;value&quot;.</source>
        <translation>L&apos;action %1 (tag) nécessite l&apos;étiquette dans «&#xa0;value&#xa0;».</translation>
    </message>
    <message>
        <source>Action %1: &quot;%2&quot; is not a status; write open, pending or resolved (or use a snooze action).</source>
        <translation>Action %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un statut&#xa0;; écrivez open, pending ou resolved (ou utilisez une action snooze).</translation>
    </message>
    <message>
        <source>Action %1 (snooze) needs &quot;minutes&quot;, at least 1.</source>
        <translation>L&apos;action %1 (snooze) nécessite «&#xa0;minutes&#xa0;», au moins 1.</translation>
    </message>
    <message>
        <source>The rule does nothing: give it at least one action.</source>
        <translation>La règle ne fait rien&#xa0;: donnez-lui au moins une action.</translation>
    </message>
    <message>
        <source>An away reply answers a received message with a reply.</source>
        <translation>Une réponse d&apos;absence répond à un message reçu, avec une action de réponse.</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation>Le fichier n&apos;est pas du JSON (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk rules file (its &quot;format&quot; is not &quot;textdesk-rules&quot;).</source>
        <translation>Le fichier n&apos;est pas un fichier de règles Textdesk (son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;textdesk-rules&#xa0;»).</translation>
    </message>
    <message>
        <source>Rule %1 (“%2”): %3</source>
        <translation>Règle %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleRunner</name>
    <message>
        <source>Rule “%1” cannot be read: %2</source>
        <translation>Impossible de lire la règle «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The business hours of %1 cannot be read: %2</source>
        <translation>Impossible de lire les heures d&apos;ouverture de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>did not %1: %2</source>
        <translation>n&apos;a pas exécuté l&apos;action %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>did not reply: %1</source>
        <translation>n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>replied “%1”</source>
        <translation>a répondu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>a assigné la conversation à %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>a ajouté l&apos;étiquette %1</translation>
    </message>
    <message numerus="yes">
        <source>snoozed for %n minute(s)</source>
        <translation>
            <numerusform>a reporté la conversation de %n minute</numerusform>
            <numerusform>a reporté la conversation de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>set the status to %1</source>
        <translation>a passé le statut à %1</translation>
    </message>
    <message>
        <source>wrote a note</source>
        <translation>a écrit une note</translation>
    </message>
    <message>
        <source>sent the survey</source>
        <translation>a envoyé l&apos;enquête</translation>
    </message>
    <message>
        <source>did not send the survey: %1</source>
        <translation>n&apos;a pas envoyé l&apos;enquête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule “%1”: %2.</source>
        <translation>Règle «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>STOP, START and HELP are handled by the consent rules, before any rule</source>
        <translation>STOP, START et HELP sont traités par les règles de consentement, avant toute règle</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Règle «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::BroadcastRunner</name>
    <message>
        <source>Only a running broadcast can be paused.</source>
        <translation>Seule une diffusion en cours peut être mise en pause.</translation>
    </message>
    <message>
        <source>Only a paused broadcast can be resumed.</source>
        <translation>Seule une diffusion en pause peut être reprise.</translation>
    </message>
    <message>
        <source>The broadcast has already finished.</source>
        <translation>La diffusion est déjà terminée.</translation>
    </message>
    <message>
        <source>A recipient of the broadcast changed while it was being queued; it is tried again.</source>
        <translation>Un destinataire de la diffusion a été modifié pendant sa mise en file d&apos;attente&#xa0;; une nouvelle tentative est faite.</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::Planner</name>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Numéro non valide</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Missing variable</source>
        <translation>Variable manquante</translation>
    </message>
    <message>
        <source>Refused by the outbox</source>
        <translation>Refusé par la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenu pour les heures de silence</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Le modèle est vide.</translation>
    </message>
    <message>
        <source>No customer has the tag &quot;%1&quot;.</source>
        <translation>Aucun client n&apos;a l&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file has no recipients: it needs a header line and one line per recipient.</source>
        <translation>Le fichier ne contient aucun destinataire&#xa0;: il faut une ligne d&apos;en-tête et une ligne par destinataire.</translation>
    </message>
    <message>
        <source>The file has no column of phone numbers. Name one &quot;phone&quot; or &quot;number&quot; in the header line.</source>
        <translation>Le fichier n&apos;a pas de colonne de numéros de téléphone. Nommez-en une «&#xa0;phone&#xa0;» ou «&#xa0;number&#xa0;» dans la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Already a recipient of this broadcast.</source>
        <translation>Déjà destinataire de cette diffusion.</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>Aucune valeur pour %1.</translation>
    </message>
    <message>
        <source>Nobody can receive this broadcast: every recipient is skipped.</source>
        <translation>Personne ne peut recevoir cette diffusion&#xa0;: tous les destinataires sont ignorés.</translation>
    </message>
    <message>
        <source>Asked to stop (awaiting an agent)</source>
        <translation>Demande d&apos;arrêt (en attente d&apos;un agent)</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::Reminders</name>
    <message>
        <source>The template is empty.</source>
        <translation>Le modèle est vide.</translation>
    </message>
    <message>
        <source>The file has no appointments: it needs a header line and one line per appointment.</source>
        <translation>Le fichier ne contient aucun rendez-vous&#xa0;: il faut une ligne d&apos;en-tête et une ligne par rendez-vous.</translation>
    </message>
    <message>
        <source>The file has no column of phone numbers. Name one &quot;phone&quot; or &quot;number&quot; in the header line.</source>
        <translation>Le fichier n&apos;a pas de colonne de numéros de téléphone. Nommez-en une «&#xa0;phone&#xa0;» ou «&#xa0;number&#xa0;» dans la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The file has no column with the appointment&apos;s date and time. Name one &quot;date&quot; (and &quot;time&quot;, if the time is in a column of its own).</source>
        <translation>Le fichier n&apos;a pas de colonne avec la date et l&apos;heure du rendez-vous. Nommez-en une «&#xa0;date&#xa0;» (et une «&#xa0;time&#xa0;», si l&apos;heure est dans une colonne à part).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time Textdesk can read; write it as 2026-03-04 14:30.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure que Textdesk peut lire&#xa0;; écrivez-la sous la forme 2026-03-04 14:30.</translation>
    </message>
    <message>
        <source>The appointment (%1) has already passed.</source>
        <translation>Le rendez-vous (%1) est déjà passé.</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>Aucune valeur pour %1.</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Rappel de rendez-vous</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::ConsentExport</name>
    <message>
        <source>Opted in</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Consent unknown</source>
        <translation>Consentement inconnu</translation>
    </message>
    <message>
        <source>By text message</source>
        <translation>Par SMS</translation>
    </message>
    <message>
        <source>Texted %1</source>
        <translation>A envoyé %1 par SMS</translation>
    </message>
    <message>
        <source>The provider refused a message to an unsubscribed number (21610)</source>
        <translation>Le fournisseur a refusé un message vers un numéro désinscrit (21610)</translation>
    </message>
    <message>
        <source>Set by an agent</source>
        <translation>Défini par un agent</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Le fournisseur</translation>
    </message>
    <message>
        <source>An agent</source>
        <translation>Un agent</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>Une importation</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::QuietHoldNote</name>
    <message>
        <source>%1 held until %2 (the customer&apos;s quiet hours).</source>
        <translation>%1&#xa0;: envoi retenu jusqu&apos;à %2 (heures de silence du client).</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::RevocationHoldNote</name>
    <message>
        <source>%1 held: the customer asked to stop messages. It goes out when an agent answers “Not a request”, and is cancelled on “Opt out”.</source>
        <translation>%1&#xa0;: envoi retenu, car le client a demandé à ne plus recevoir de messages. Le message part lorsqu&apos;un agent répond «&#xa0;Pas une demande&#xa0;», et il est annulé si l&apos;agent choisit «&#xa0;Désinscrire&#xa0;».</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavCall</name>
    <message>
        <source>The CardDAV server did not answer within %1 seconds.</source>
        <translation>Le serveur CardDAV n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <source>Cannot reach the CardDAV server at %1: %2</source>
        <translation>Impossible de joindre le serveur CardDAV à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CardDAV server sent Textdesk to another address (%1). Set that address as the address book&apos;s URL.</source>
        <translation>Le serveur CardDAV a redirigé Textdesk vers une autre adresse (%1). Indiquez cette adresse comme URL du carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>The CardDAV server refused the user name or password (%1).</source>
        <translation>Le serveur CardDAV a refusé le nom d&apos;utilisateur ou le mot de passe (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server does not allow this user to do that (%1).</source>
        <translation>Le serveur CardDAV n&apos;autorise pas cet utilisateur à faire cela (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server has nothing at that address (%1). Check the address book&apos;s URL.</source>
        <translation>Le serveur CardDAV n&apos;a rien à cette adresse (%1). Vérifiez l&apos;URL du carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>The CardDAV server is out of space (%1).</source>
        <translation>Le serveur CardDAV n&apos;a plus d&apos;espace disponible (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server failed (HTTP %1, %2). Try again later.</source>
        <translation>Le serveur CardDAV a rencontré une erreur (HTTP %1, %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The CardDAV server answered HTTP %1 (%2).</source>
        <translation>Le serveur CardDAV a répondu HTTP %1 (%2).</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavCheck</name>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer, so Textdesk did not send the password. Check the address, or ask the server&apos;s administrator for a valid certificate.
%1</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu comme fiable par cet ordinateur&#xa0;: Textdesk n&apos;a donc pas envoyé le mot de passe. Vérifiez l&apos;adresse, ou demandez un certificat valide à l&apos;administrateur du serveur.
%1</translation>
    </message>
    <message>
        <source>No connection to the server: %1</source>
        <translation>Aucune connexion au serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both (some servers want an app password instead of the account&apos;s).</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les (certains serveurs demandent un mot de passe d&apos;application au lieu de celui du compte).</translation>
    </message>
    <message>
        <source>There is nothing at that address on the server. Check the address book&apos;s URL.</source>
        <translation>Il n&apos;y a rien à cette adresse sur le serveur. Vérifiez l&apos;URL du carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>That address is not an address book: the server does not speak WebDAV there. Check the address book&apos;s URL.</source>
        <translation>Cette adresse n&apos;est pas un carnet d&apos;adresses&#xa0;: le serveur n&apos;y parle pas WebDAV. Vérifiez l&apos;URL du carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>testing the connection</source>
        <translation>test de la connexion</translation>
    </message>
    <message>
        <source>The server accepted the password, but that address is not an address book (a folder or an account, perhaps). Use the address book&apos;s own URL, e.g. …/addressbooks/USER/contacts/.</source>
        <translation>Le serveur a accepté le mot de passe, mais cette adresse n&apos;est pas un carnet d&apos;adresses (peut-être un dossier ou un compte). Utilisez l&apos;URL propre au carnet d&apos;adresses, par ex. …/addressbooks/USER/contacts/.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the address book holds %n card(s).</source>
        <translation>
            <numerusform>Connecté&#xa0;: le carnet d&apos;adresses contient %n fiche.</numerusform>
            <numerusform>Connecté&#xa0;: le carnet d&apos;adresses contient %n fiches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavClient</name>
    <message>
        <source>“%1” is not an address book URL (e.g. https://dav.example.com/addressbooks/me/contacts/).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de carnet d&apos;adresses (par ex. https://dav.example.com/addressbooks/me/contacts/).</translation>
    </message>
    <message>
        <source>The address book URL must begin with https:// (plain http only to this computer): the password would otherwise cross the network readable.</source>
        <translation>L&apos;URL du carnet d&apos;adresses doit commencer par https:// (http simple uniquement vers cet ordinateur)&#xa0;: sinon, le mot de passe traverserait le réseau en clair.</translation>
    </message>
    <message>
        <source>Textdesk has no network access.</source>
        <translation>Textdesk n&apos;a pas accès au réseau.</translation>
    </message>
    <message>
        <source>The CardDAV server&apos;s answer is not a WebDAV multistatus (%1).</source>
        <translation>La réponse du serveur CardDAV n&apos;est pas un multistatus WebDAV (%1).</translation>
    </message>
    <message>
        <source>no &lt;multistatus&gt;</source>
        <translation>pas de &lt;multistatus&gt;</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavConflicts</name>
    <message>
        <source>Deleted here, changed on the server.</source>
        <translation>Supprimée ici, modifiée sur le serveur.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server.</source>
        <translation>Modifiée ici, supprimée sur le serveur.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1: here “%2” · server “%3”</source>
        <translation>%1&#xa0;: ici «&#xa0;%2&#xa0;» · serveur «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The same fields on both sides (other properties differ).</source>
        <translation>Les mêmes champs des deux côtés (d&apos;autres propriétés diffèrent).</translation>
    </message>
    <message>
        <source>Conflict %1 was resolved already.</source>
        <translation>Le conflit %1 a déjà été résolu.</translation>
    </message>
    <message>
        <source>The server&apos;s version of conflict %1 has no phone number Textdesk can use; keep the version here instead.</source>
        <translation>Dans le conflit %1, la version du serveur n&apos;a aucun numéro de téléphone utilisable par Textdesk&#xa0;; gardez plutôt la version d&apos;ici.</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavRunner</name>
    <message>
        <source>A contacts sync is already running.</source>
        <translation>Une synchronisation des contacts est déjà en cours.</translation>
    </message>
    <message>
        <source>The workspace&apos;s cache is not open, so contacts cannot be synced.</source>
        <translation>Le cache de l&apos;espace de travail n&apos;est pas ouvert&#xa0;: impossible de synchroniser les contacts.</translation>
    </message>
    <message>
        <source>Here: %1 added, %2 updated, %3 deleted. Server: %4 added, %5 updated, %6 deleted. Conflicts: %7 new, %8 open.</source>
        <translation>Ici&#xa0;: %1 ajoutés, %2 mis à jour, %3 supprimés. Serveur&#xa0;: %4 ajoutés, %5 mis à jour, %6 supprimés. Conflits&#xa0;: %7 nouveaux, %8 non résolus.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n card(s) without a usable phone number.</source>
        <translation>
            <numerusform>%n fiche sans numéro de téléphone utilisable ignorée.</numerusform>
            <numerusform>%n fiches sans numéro de téléphone utilisable ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavSync</name>
    <message>
        <source>it has no phone number</source>
        <translation>elle n&apos;a pas de numéro de téléphone</translation>
    </message>
    <message>
        <source>it holds %1 cards</source>
        <translation>elle contient %1 fiches</translation>
    </message>
    <message>
        <source>Listing the address book at %1…</source>
        <translation>Lecture de la liste du carnet d&apos;adresses sur %1…</translation>
    </message>
    <message>
        <source>listing the address book</source>
        <translation>lecture de la liste du carnet d&apos;adresses</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the server, %1 new or changed.</source>
        <translation>
            <numerusform>%n fiche sur le serveur&#xa0;; nouvelles ou modifiées&#xa0;: %1.</numerusform>
            <numerusform>%n fiches sur le serveur&#xa0;; nouvelles ou modifiées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>fetching cards</source>
        <translation>récupération des fiches</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 cards.</source>
        <translation>Fiches récupérées&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Conflict %1: %2 was changed both here and on the server; both versions are kept until you choose one.</source>
        <translation>Conflit %1&#xa0;: la fiche %2 a été modifiée à la fois ici et sur le serveur&#xa0;; les deux versions sont conservées jusqu&apos;à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <source>its number %1 is another card&apos;s</source>
        <translation>son numéro %1 est celui d&apos;une autre fiche</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Fiche %1 ignorée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Skipped %1: its number %2 is another customer&apos;s.</source>
        <translation>Fiche %1 ignorée&#xa0;: son numéro %2 est celui d&apos;un autre client.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to the server…</source>
        <translation>
            <numerusform>Envoi de %n modification au serveur…</numerusform>
            <numerusform>Envoi de %n modifications au serveur…</numerusform>
        </translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation>envoi de %1</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation>Modifications envoyées&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>Cancelled before the server&apos;s changes were written; nothing changed here.</source>
        <translation>Annulé avant l&apos;écriture des modifications du serveur&#xa0;; rien n&apos;a changé ici.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 changes were sent; the next sync sends the rest.</source>
        <translation>Annulé&#xa0;: %1 modifications sur %2 ont été envoyées&#xa0;; la prochaine synchronisation enverra le reste.</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::ContactFiles</name>
    <message>
        <source>… and more problems after these.</source>
        <translation>… et d&apos;autres problèmes après ceux-ci.</translation>
    </message>
    <message>
        <source>The file is empty: there is not even a header line.</source>
        <translation>Le fichier est vide : il n&apos;y a même pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>No column holds the phone numbers. Choose which column is the number.</source>
        <translation>Aucune colonne ne contient les numéros de téléphone. Choisissez la colonne qui contient le numéro.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3. Check for a missing separator or a line break outside quotes.</source>
        <translation>Ligne %1 : %2 champs alors que l&apos;en-tête en a %3. Vérifiez s&apos;il manque un séparateur ou s&apos;il y a un saut de ligne hors des guillemets.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3. Check for a separator inside a field that is not in quotes.</source>
        <translation>Ligne %1 : %2 champs alors que l&apos;en-tête en a %3. Vérifiez s&apos;il y a un séparateur dans un champ qui n&apos;est pas entre guillemets.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Line %1: this is not a vCard line (it has no “:”).</source>
        <translation>Ligne %1 : ce n&apos;est pas une ligne vCard (elle ne contient pas de « : »).</translation>
    </message>
    <message>
        <source>Line %1: a card begins before the card of line %2 has ended (END:VCARD is missing).</source>
        <translation>Ligne %1 : une fiche commence avant la fin de la fiche de la ligne %2 (END:VCARD manque).</translation>
    </message>
    <message>
        <source>Line %1: “%2” outside a card (BEGIN:VCARD is missing).</source>
        <translation>Ligne %1 : « %2 » hors d&apos;une fiche (BEGIN:VCARD manque).</translation>
    </message>
    <message>
        <source>Line %1: the card that begins here never ends (END:VCARD is missing).</source>
        <translation>Ligne %1 : la fiche qui commence ici ne se termine jamais (END:VCARD manque).</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::ContactTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CsvMapping</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Textdesk</source>
        <translation>Textdesk</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>un tableur</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::HistoryImport</name>
    <message>
        <source>not readable as JSON (%1 at byte %2)</source>
        <translation>illisible en tant que JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>JSON, but neither a page of the provider&apos;s message list (with &quot;messages&quot;) nor a list of messages</source>
        <translation>du JSON, mais ni une page de la liste de messages du fournisseur (avec &quot;messages&quot;) ni une liste de messages</translation>
    </message>
    <message>
        <source>message %1 lacks a sid, from, to or direction</source>
        <translation>il manque au message %1 un sid, from, to ou direction</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1 has %2 fields where the header has %3</source>
        <translation>la ligne %1 a %2 champs alors que l&apos;en-tête en a %3</translation>
    </message>
    <message>
        <source>line %1 lacks a sid, direction, from, to or a readable date_created</source>
        <translation>il manque à la ligne %1 un sid, direction, from, to ou un date_created lisible</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1 : %2. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>textdesk::csv::Reader</name>
    <message>
        <source>Line %1: text after a closing quote. A field in quotes must end with the quote, followed by &quot;%2&quot; or the end of the line.</source>
        <translation>Ligne %1 : du texte après un guillemet fermant. Un champ entre guillemets doit se terminer par le guillemet, suivi de &quot;%2&quot; ou de la fin de la ligne.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that does not start with one. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Ligne %1 : un guillemet dans un champ qui ne commence pas par un guillemet. Mettez tout le champ entre guillemets et doublez le guillemet (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quote opened here is never closed.</source>
        <translation>Ligne %1 : un guillemet ouvert ici n&apos;est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::History</name>
    <message>
        <source>history_days in %1 is &quot;%2&quot;, neither a number of days nor &quot;all&quot;; using %3 days.</source>
        <translation>history_days dans %1 vaut «&#xa0;%2&#xa0;», ce qui n&apos;est ni un nombre de jours ni «&#xa0;all&#xa0;»&#xa0;; utilisation de %3 jours.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::SyncEngine</name>
    <message>
        <source>Older messages of another conversation are still loading. Try again when they are done, or stop them.</source>
        <translation>Les messages plus anciens d&apos;une autre conversation sont encore en cours de chargement. Réessayez une fois ce chargement terminé, ou arrêtez-le.</translation>
    </message>
    <message>
        <source>On a team desktop, older messages come from the team&apos;s store once its gateway has loaded them.</source>
        <translation>Sur un poste de travail d&apos;équipe, les messages plus anciens proviennent de la base de données de l&apos;équipe une fois que sa passerelle les a chargés.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::SyncWorker</name>
    <message>
        <source>Not connected to the cache yet.</source>
        <translation>Pas encore connecté au cache.</translation>
    </message>
    <message>
        <source>The cache is not open, so the change was not saved.</source>
        <translation>Le cache n&apos;est pas ouvert&#xa0;: la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The cache is not open, so older messages cannot be loaded.</source>
        <translation>Le cache n&apos;est pas ouvert&#xa0;: les messages plus anciens ne peuvent donc pas être chargés.</translation>
    </message>
</context>
<context>
    <name>textdesk::provider::ProviderError</name>
    <message>
        <source>The provider did not accept the account SID and secret. Check them in Settings.</source>
        <translation>Le fournisseur n&apos;a pas accepté le SID du compte et le secret. Vérifiez-les dans les Paramètres.</translation>
    </message>
    <message>
        <source>The provider does not know this message or account any more.</source>
        <translation>Le fournisseur ne connaît plus ce message ou ce compte.</translation>
    </message>
    <message>
        <source>This phone number cannot receive text messages. Check the number with the customer.</source>
        <translation>Ce numéro de téléphone ne peut pas recevoir de SMS. Vérifiez le numéro auprès du client.</translation>
    </message>
    <message>
        <source>The customer has opted out (replied STOP). They must text START before you can write to them again.</source>
        <translation>Le client s&apos;est désinscrit (il a répondu STOP). Il doit envoyer START avant que vous puissiez lui écrire de nouveau.</translation>
    </message>
    <message>
        <source>The sending number is not one of this account&apos;s numbers.</source>
        <translation>Le numéro d&apos;envoi ne fait pas partie des numéros de ce compte.</translation>
    </message>
    <message>
        <source>The message is missing a text, a sender or a recipient.</source>
        <translation>Il manque au message un texte, un expéditeur ou un destinataire.</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters. Shorten it or split it.</source>
        <translation>Le message dépasse 1&#xa0;600 caractères. Raccourcissez-le ou divisez-le.</translation>
    </message>
    <message>
        <source>The provider&apos;s queue for this number is full. The message will be sent when it has room.</source>
        <translation>La file d&apos;attente du fournisseur pour ce numéro est pleine. Le message sera envoyé dès qu&apos;il y aura de la place.</translation>
    </message>
    <message>
        <source>The provider refused the scheduled time. Pick a time between 15 minutes and 35 days from now.</source>
        <translation>Le fournisseur a refusé l&apos;heure programmée. Choisissez une heure située entre 15 minutes et 35 jours à partir de maintenant.</translation>
    </message>
    <message>
        <source>The provider is asking us to slow down. Textdesk will try again shortly.</source>
        <translation>Le fournisseur nous demande de ralentir. Textdesk va réessayer sous peu.</translation>
    </message>
    <message>
        <source>The provider is having problems right now. Textdesk will try again shortly.</source>
        <translation>Le fournisseur rencontre actuellement des problèmes. Textdesk va réessayer sous peu.</translation>
    </message>
    <message>
        <source>Cannot reach the provider. Check the network connection; Textdesk will keep trying.</source>
        <translation>Impossible de joindre le fournisseur. Vérifiez la connexion réseau&#xa0;; Textdesk continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Textdesk will try again shortly.</source>
        <translation>Le fournisseur n&apos;a pas répondu à temps. Textdesk va réessayer sous peu.</translation>
    </message>
    <message>
        <source>The connection broke after the message was handed over. Textdesk will check whether the provider received it before sending it again.</source>
        <translation>La connexion a été interrompue après la transmission du message. Textdesk vérifiera si le fournisseur l&apos;a reçu avant de le renvoyer.</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified, so nothing was sent. Check the system clock and any proxy.</source>
        <translation>La connexion sécurisée au fournisseur n&apos;a pas pu être vérifiée&#xa0;: rien n&apos;a été envoyé. Vérifiez l&apos;horloge du système et le proxy éventuel.</translation>
    </message>
    <message>
        <source>The provider sent an answer Textdesk cannot read.</source>
        <translation>Le fournisseur a envoyé une réponse que Textdesk ne peut pas lire.</translation>
    </message>
    <message>
        <source>The file is larger than Textdesk accepts.</source>
        <translation>Le fichier dépasse la taille acceptée par Textdesk.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The provider refused the request.</source>
        <translation>Le fournisseur a refusé la requête.</translation>
    </message>
    <message>
        <source>(provider said: %1 %2)</source>
        <translation>(réponse du fournisseur&#xa0;: %1&#xa0;%2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>The provider&apos;s address sent Textdesk on to another server. Textdesk did not follow, so the account&apos;s credentials stayed with the provider. Check the provider address in Settings.</source>
        <translation>L&apos;adresse du fournisseur a redirigé Textdesk vers un autre serveur. Textdesk n&apos;a pas suivi la redirection&#xa0;: les identifiants du compte sont donc restés chez le fournisseur. Vérifiez l&apos;adresse du fournisseur dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>textdesk::provider::WebhookReceiver</name>
    <message>
        <source>Cannot receive webhooks on %1 port %2: the port is in use or not allowed.</source>
        <translation>Impossible de recevoir les webhooks sur %1, port %2&#xa0;: le port est déjà utilisé ou n&apos;est pas autorisé.</translation>
    </message>
</context>
<context>
    <name>textdesk::reports::ReportExport</name>
    <message>
        <source>%1: conversations</source>
        <translation>%1&#xa0;: conversations</translation>
    </message>
    <message>
        <source>%1: median</source>
        <translation>%1&#xa0;: médiane</translation>
    </message>
    <message>
        <source>%1: 90th percentile</source>
        <translation>%1&#xa0;: 90e centile</translation>
    </message>
    <message>
        <source>under 1 h</source>
        <translation>moins de 1 h</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–8 h</source>
        <translation>4–8 h</translation>
    </message>
    <message>
        <source>8–24 h</source>
        <translation>8–24 h</translation>
    </message>
    <message>
        <source>over 24 h</source>
        <translation>plus de 24 h</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Surveys sent</source>
        <translation>Enquêtes envoyées</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses reçues</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>Satisfaits (4–5)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Average (1–5)</source>
        <translation>Moyenne (1–5)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoteurs (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passifs (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Détracteurs (0–6)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Average effort (1–7)</source>
        <translation>Effort moyen (1–7)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Conversations handled</source>
        <translation>Conversations traitées</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
</context>
<context>
    <name>textdesk::reports::Reports</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Aucun agent</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satisfaction client (CSAT)</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Effort client (CES)</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Délais de réponse et de résolution</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sans regroupement</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Par agent</translation>
    </message>
    <message>
        <source>By our number</source>
        <translation>Par notre numéro</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
</context>
<context>
    <name>textdesk::scheduled::ScheduledMessages</name>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent. Shorten it or split it.</source>
        <translation>Le message compte %1 caractères ; %2 au maximum peuvent être envoyés. Raccourcissez-le ou divisez-le.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time in the future.</source>
        <translation>Cette heure est déjà passée. Choisissez une heure dans le futur.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversation n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the customer wrote first.</source>
        <translation>Annulé : le client a écrit en premier.</translation>
    </message>
    <message>
        <source>Cancelled by an agent.</source>
        <translation>Annulé par un agent.</translation>
    </message>
    <message>
        <source>Not sent: the customer opted out of text messages.</source>
        <translation>Non envoyé : le client s&apos;est désinscrit des SMS.</translation>
    </message>
    <message>
        <source>Held: Textdesk was not running at the time it was due. Send it now or cancel it.</source>
        <translation>En attente : Textdesk n&apos;était pas en cours d&apos;exécution à l&apos;heure prévue. Envoyez-le maintenant ou annulez-le.</translation>
    </message>
    <message>
        <source>Sent late: Textdesk was not running at the time it was due.</source>
        <translation>Envoyé en retard : Textdesk n&apos;était pas en cours d&apos;exécution à l&apos;heure prévue.</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s quiet hours to end.</source>
        <translation>En attente de la fin des heures calmes du client.</translation>
    </message>
    <message>
        <source>Held: it could not be queued. Edit it or cancel it.</source>
        <translation>En attente : il n&apos;a pas pu être mis en file d&apos;attente. Modifiez-le ou annulez-le.</translation>
    </message>
    <message>
        <source>The scheduled message no longer exists.</source>
        <translation>Le message programmé n&apos;existe plus.</translation>
    </message>
    <message>
        <source>It was already sent or cancelled, so it cannot be changed.</source>
        <translation>Il a déjà été envoyé ou annulé, il ne peut donc pas être modifié.</translation>
    </message>
    <message>
        <source>It was already sent or cancelled.</source>
        <translation>Il a déjà été envoyé ou annulé.</translation>
    </message>
    <message>
        <source>Only a held message can be confirmed.</source>
        <translation>Seul un message en attente peut être confirmé.</translation>
    </message>
    <message>
        <source>Scheduled message sent %1 late: it was due at %2, when Textdesk was not running.</source>
        <translation>Message programmé envoyé avec %1 de retard : il était prévu à %2, alors que Textdesk n&apos;était pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Scheduled follow-up</source>
        <translation>Relance programmée</translation>
    </message>
    <message>
        <source>Held: the customer asked to stop messages. It goes out when an agent answers &quot;Not a request&quot; in the conversation, and is cancelled on &quot;Opt out&quot;.</source>
        <translation>Retenu&#xa0;: le client a demandé à ne plus recevoir de messages. Le message part lorsqu&apos;un agent répond «&#xa0;Pas une demande&#xa0;» dans la conversation, et il est annulé si l&apos;agent choisit «&#xa0;Désinscrire&#xa0;».</translation>
    </message>
    <message>
        <source>Held: it waited for an answer to the customer&apos;s request to stop messages until long past its time. Send it now or cancel it.</source>
        <translation>Retenu&#xa0;: il a attendu une réponse à la demande d&apos;arrêt des messages du client bien au-delà de son heure prévue. Envoyez-le maintenant ou annulez-le.</translation>
    </message>
    <message>
        <source>The customer asked to stop messages. Answer the request in the conversation (Opt out or Not a request) first.</source>
        <translation>Le client a demandé à ne plus recevoir de messages. Répondez d&apos;abord à la demande dans la conversation (Désinscrire ou Pas une demande).</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::MediaHost</name>
    <message>
        <source>The media host cannot listen on %1: %2</source>
        <translation>L&apos;hôte des médias ne peut pas écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::Persistence</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a simulator state file this version can read.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;état du simulateur lisible par cette version.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not loaded.</source>
        <translation>%1 est endommagé et n&apos;a pas été chargé.</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::SimCommandLine</name>
    <message>
        <source>A local stand-in for the SMS provider&apos;s REST API (Twilio Programmable Messaging, 2010-04-01), with simulated customers, for tests and training.</source>
        <translation>Un substitut local de l&apos;API REST du fournisseur SMS (Twilio Programmable Messaging, 2010-04-01), avec des clients simulés, pour les tests et la formation.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Listen on port N (0: any free port).</source>
        <translation>Écouter sur le port N (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Listen on this address (default 127.0.0.1).</source>
        <translation>Écouter sur cette adresse (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>The account SID clients use (AC + 32 hex digits).</source>
        <translation>Le SID de compte utilisé par les applications clientes (AC + 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>JETON</translation>
    </message>
    <message>
        <source>Seed of everything random (default 1).</source>
        <translation>Graine de tous les tirages aléatoires (1 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Generate N past messages (default 0).</source>
        <translation>Générer un historique de N messages (0 par défaut).</translation>
    </message>
    <message>
        <source>Keep the state in DIR across runs (default: in memory).</source>
        <translation>Conserver l&apos;état dans DOSSIER d&apos;une exécution à l&apos;autre (par défaut : en mémoire).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>POST inbound messages and status callbacks here.</source>
        <translation>Envoyer ici (POST) les messages entrants et les notifications de statut.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Milliseconds between status changes (default 1500).</source>
        <translation>Millisecondes entre deux changements de statut (1500 par défaut).</translation>
    </message>
    <message>
        <source>Share of messages that fail, 0 to 1 (default 0.05).</source>
        <translation>Part des messages en échec, de 0 à 1 (0.05 par défaut).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Run textdesk-sim --help for the options.</source>
        <translation>Lancez textdesk-sim --help pour afficher les options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--port is required (0 picks a free port).</source>
        <translation>--port est obligatoire (0 choisit un port libre).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--host must be an IP address, not &quot;%1&quot;.</source>
        <translation>--host doit être une adresse IP, pas « %1 ».</translation>
    </message>
    <message>
        <source>--account-sid must be AC followed by 32 hexadecimal digits.</source>
        <translation>--account-sid doit être AC suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed doit être un nombre entier de 0 à 4294967295.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;; known: %2.</source>
        <translation>Scénario inconnu « %1 » ; scénarios disponibles : %2.</translation>
    </message>
    <message>
        <source>--history must be a number from 0 to 50000000.</source>
        <translation>--history doit être un nombre de 0 à 50000000.</translation>
    </message>
    <message>
        <source>--webhook-url must be an http or https URL.</source>
        <translation>--webhook-url doit être une URL http ou https.</translation>
    </message>
    <message>
        <source>--status-step-ms must be a number of milliseconds.</source>
        <translation>--status-step-ms doit être un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>--failure-rate must be a number from 0 to 1.</source>
        <translation>--failure-rate doit être un nombre de 0 à 1.</translation>
    </message>
    <message>
        <source>The auth token clients use (visible to other users in the process list: prefer --auth-token-file or TEXTDESK_SIM_AUTH_TOKEN).</source>
        <translation>Le jeton d&apos;authentification utilisé par les applications clientes (visible par les autres utilisateurs dans la liste des processus : préférez --auth-token-file ou TEXTDESK_SIM_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>Read the auth token from the first line of FILE.</source>
        <translation>Lire le jeton d&apos;authentification depuis la première ligne de FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Cannot read the auth token from %1: %2</source>
        <translation>Impossible de lire le jeton d&apos;authentification depuis %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no auth token.</source>
        <translation>%1 ne contient aucun jeton d&apos;authentification.</translation>
    </message>
    <message>
        <source>--auth-token-file, TEXTDESK_SIM_AUTH_TOKEN or --auth-token is required.</source>
        <translation>--auth-token-file, TEXTDESK_SIM_AUTH_TOKEN ou --auth-token est obligatoire.</translation>
    </message>
    <message>
        <source>Simulated customers: %1, or training:FILE|ID (a training scenario&apos;s customer) (default demo).</source>
        <translation>Clients simulés : %1, ou training:FILE|ID (le client d&apos;un scénario de formation) (par défaut demo).</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::Simulator</name>
    <message>
        <source>The simulator is already running.</source>
        <translation>Le simulateur est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The account SID must be AC followed by 32 hexadecimal digits, not &quot;%1&quot;.</source>
        <translation>Le SID du compte doit être AC suivi de 32 chiffres hexadécimaux, pas « %1 ».</translation>
    </message>
    <message>
        <source>An auth token is needed.</source>
        <translation>Un jeton d&apos;authentification est nécessaire.</translation>
    </message>
    <message>
        <source>The failure rate must be between 0 and 1.</source>
        <translation>Le taux d&apos;échec doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;; known: %2.</source>
        <translation>Scénario inconnu « %1 » ; scénarios disponibles : %2.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no sender numbers.</source>
        <translation>Le scénario « %1 » n&apos;a aucun numéro d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1, port %2 : %3</translation>
    </message>
    <message>
        <source>The training scenario &quot;%1&quot; cannot be used: %2</source>
        <translation>Le scénario de formation « %1 » ne peut pas être utilisé : %2</translation>
    </message>
</context>
<context>
    <name>textdesk::surveys::SurveySender</name>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No survey is turned on. Turn one on in File → Surveys…</source>
        <translation>Aucune enquête n’est activée. Activez-en une dans Fichier → Enquêtes…</translation>
    </message>
    <message>
        <source>No survey was sent: this customer opted out of messages (they replied STOP or asked to be left alone).</source>
        <translation>Aucune enquête n&apos;a été envoyée : ce client s&apos;est désinscrit des messages (il a répondu STOP ou a demandé qu&apos;on ne le contacte plus).</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>No survey was sent: this customer asked to stop messages. Answer the request in the conversation first.</source>
        <translation>Aucune enquête n&apos;a été envoyée&#xa0;: ce client a demandé à ne plus recevoir de messages. Répondez d&apos;abord à la demande dans la conversation.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::MediaFetcher</name>
    <message>
        <source>The provider no longer has this attachment.</source>
        <translation>Le fournisseur ne dispose plus de cette pièce jointe.</translation>
    </message>
    <message>
        <source>This attachment is larger than %1, the most Textdesk downloads.</source>
        <translation>Cette pièce jointe dépasse %1, la taille maximale que Textdesk télécharge.</translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation>La pièce jointe est vide.</translation>
    </message>
    <message>
        <source>Textdesk does not recognise this kind of file (it was sent as %1), so it was not saved.</source>
        <translation>Textdesk ne reconnaît pas ce type de fichier (type annoncé&#xa0;: %1)&#xa0;: il n&apos;a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>Sent as %1, but the file is a %2; shown as what it is.</source>
        <translation>Type annoncé&#xa0;: %1, mais le fichier est en réalité&#xa0;: %2&#xa0;; il est affiché selon son type réel.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to save this attachment. Free some space; Textdesk tries again.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace disque libre pour enregistrer cette pièce jointe. Libérez de l&apos;espace&#xa0;; Textdesk réessaiera.</translation>
    </message>
    <message>
        <source>Textdesk could not save this attachment in the media folder (%1). It tries again later.</source>
        <translation>Textdesk n&apos;a pas pu enregistrer cette pièce jointe dans le dossier des médias (%1). Il réessaiera plus tard.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::MediaType</name>
    <message>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>image GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>image WebP</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>image HEIC</translation>
    </message>
    <message>
        <source>HEIF image</source>
        <translation>image HEIF</translation>
    </message>
    <message>
        <source>AVIF image</source>
        <translation>image AVIF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <source>AVI video</source>
        <translation>vidéo AVI</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>vidéo MP4</translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation>vidéo QuickTime</translation>
    </message>
    <message>
        <source>3GP video</source>
        <translation>vidéo 3GP</translation>
    </message>
    <message>
        <source>3G2 video</source>
        <translation>vidéo 3G2</translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation>audio WAV</translation>
    </message>
    <message>
        <source>M4A audio</source>
        <translation>audio M4A</translation>
    </message>
    <message>
        <source>Ogg audio</source>
        <translation>audio Ogg</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>audio MP3</translation>
    </message>
    <message>
        <source>AAC audio</source>
        <translation>audio AAC</translation>
    </message>
    <message>
        <source>AMR voice recording</source>
        <translation>enregistrement vocal AMR</translation>
    </message>
    <message>
        <source>AMR-WB voice recording</source>
        <translation>enregistrement vocal AMR-WB</translation>
    </message>
    <message>
        <source>contact card (vCard)</source>
        <translation>fiche contact (vCard)</translation>
    </message>
    <message>
        <source>calendar event</source>
        <translation>événement d&apos;agenda</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>fichier texte</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::Outbox</name>
    <message>
        <source>Choose the number to send from.</source>
        <translation>Choisissez le numéro d&apos;envoi.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent. Shorten it or split it.</source>
        <translation>Le message compte %1 caractères&#xa0;; %2 au maximum peuvent être envoyés. Raccourcissez-le ou divisez-le.</translation>
    </message>
    <message>
        <source>The carrier did not deliver the message (error %1).</source>
        <translation>L&apos;opérateur n&apos;a pas distribué le message (erreur %1).</translation>
    </message>
    <message>
        <source>A message can carry at most %1 files; this one has %2.</source>
        <translation>Un message peut contenir au maximum %1 fichiers&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>This workspace has no media folder, so files cannot be sent.</source>
        <translation>Cet espace de travail n&apos;a pas de dossier des médias&#xa0;: les fichiers ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a message can carry at most 5 MB.</source>
        <translation>%1 fait %2 Mo&#xa0;; un message peut contenir au maximum 5 Mo.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not a kind of file that can be sent by MMS (pictures, video, audio, PDF, contact cards and calendar entries can).</source>
        <translation>%1 n&apos;est pas un type de fichier qui peut être envoyé par MMS (les images, vidéos, fichiers audio, PDF, fiches de contact et événements d&apos;agenda peuvent l&apos;être).</translation>
    </message>
    <message>
        <source>%1 is %2 KB; files other than JPEG, PNG and GIF pictures can be at most 500 KB.</source>
        <translation>%1 fait %2 Ko&#xa0;; les fichiers autres que les images JPEG, PNG et GIF ne peuvent pas dépasser 500 Ko.</translation>
    </message>
    <message>
        <source>Together the files are over 5 MB, the most a message can carry. Send some of them in a second message.</source>
        <translation>Ensemble, les fichiers dépassent 5 Mo, le maximum qu&apos;un message peut contenir. Envoyez-en une partie dans un second message.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to keep a copy of %1. Free some space and send again.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace disque libre pour conserver une copie de %1. Libérez de l&apos;espace, puis renvoyez le message.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the media folder: %2.</source>
        <translation>Impossible de copier %1 dans le dossier des médias&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::OutboxSender</name>
    <message>
        <source>Pictures and files cannot be sent from this workspace: it has no place to put them where the provider can fetch them. Set upload_url in the [media] section of workspace.ini, or send the text alone.</source>
        <translation>Les images et les fichiers ne peuvent pas être envoyés depuis cet espace de travail&#xa0;: il ne dispose d&apos;aucun emplacement où les déposer pour que le fournisseur puisse les récupérer. Définissez upload_url dans la section [media] de workspace.ini, ou envoyez le texte seul.</translation>
    </message>
    <message>
        <source>The attached file is no longer in the media folder (%1), so the message was not sent. Attach it again and resend.</source>
        <translation>Le fichier joint n&apos;est plus dans le dossier des médias (%1)&#xa0;: le message n&apos;a donc pas été envoyé. Joignez-le de nouveau et renvoyez le message.</translation>
    </message>
    <message>
        <source>The picture could not be uploaded for sending: %1</source>
        <translation>L&apos;image n&apos;a pas pu être mise en ligne pour l&apos;envoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::PullSync</name>
    <message>
        <source>Sync cancelled. It continues from where it stopped next time.</source>
        <translation>Synchronisation annulée. Elle reprendra là où elle s&apos;est arrêtée la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamError</name>
    <message>
        <source>write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>écrivez-la sous la forme postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>it contains a password. Leave it out: Textdesk asks for it and keeps it in the system&apos;s keychain (or give it with --password-stdin).</source>
        <translation>elle contient un mot de passe. Retirez-le&#xa0;: Textdesk le demande et le conserve dans le trousseau du système (ou fournissez-le avec --password-stdin).</translation>
    </message>
    <message>
        <source>it contains a password. Leave it out: Textdesk asks for it and keeps it in the system&apos;s keychain.</source>
        <translation>elle contient un mot de passe. Retirez-le&#xa0;: Textdesk le demande et le conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Textdesk does not know the setting &quot;%1&quot;.</source>
        <translation>Textdesk ne connaît pas le paramètre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode doit prendre l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>it names no database (…/DATABASE at the end).</source>
        <translation>elle n&apos;indique aucune base de données (…/DATABASE à la fin).</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535.</source>
        <translation>le port n&apos;est pas un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>An agent needs a name of 1 to 100 characters with at least one letter or digit.</source>
        <translation>Un agent doit avoir un nom de 1 à 100 caractères comportant au moins une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>There is already an agent or a database login called &quot;%1&quot;. Choose another name.</source>
        <translation>Il existe déjà un agent ou un identifiant de base de données nommé «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This conversation is not in the team database.</source>
        <translation>Cette conversation n&apos;est pas dans la base de données de l&apos;équipe.</translation>
    </message>
    <message>
        <source>this login is not an active agent of the team</source>
        <translation>cet identifiant n&apos;est pas un agent actif de l&apos;équipe</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed on this computer (Qt&apos;s QPSQL driver; on Debian and Ubuntu the package libqt6sql6-psql).</source>
        <translation>La prise en charge de PostgreSQL n&apos;est pas installée sur cet ordinateur (pilote QPSQL de Qt&#xa0;; sous Debian et Ubuntu, le paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database&apos;s address cannot be used: %1</source>
        <translation>L&apos;adresse de la base de données de l&apos;équipe ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot reach the team database. Check the address, that the server runs and that this computer may connect to it. (%1)</source>
        <translation>Impossible de joindre la base de données de l&apos;équipe. Vérifiez l&apos;adresse, que le serveur fonctionne et que cet ordinateur est autorisé à s&apos;y connecter. (%1)</translation>
    </message>
    <message>
        <source>The team database refused the login: the user name or the password is wrong.</source>
        <translation>La base de données de l&apos;équipe a refusé les identifiants&#xa0;: le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This database is not a Textdesk team database yet. An administrator creates it with: textdesk team init --database URL</source>
        <translation>Cette base de données n&apos;est pas encore une base de données d&apos;équipe Textdesk. Un administrateur la crée avec&#xa0;: textdesk team init --database URL</translation>
    </message>
    <message>
        <source>The team database was set up by a newer Textdesk (schema version %1; this Textdesk understands up to %2). Update Textdesk on this computer; nothing was changed.</source>
        <translation>La base de données de l&apos;équipe a été configurée par une version plus récente de Textdesk (version du schéma %1&#xa0;; cette version de Textdesk gère jusqu&apos;à la version %2). Mettez à jour Textdesk sur cet ordinateur&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The team database has schema version %1; this Textdesk needs version %2. An administrator upgrades it with: textdesk team init --database URL</source>
        <translation>La base de données de l&apos;équipe a la version de schéma %1&#xa0;; cette version de Textdesk nécessite la version %2. Un administrateur la met à niveau avec&#xa0;: textdesk team init --database URL</translation>
    </message>
    <message>
        <source>Your role in the team may not do this. Ask a lead or an administrator. (%1)</source>
        <translation>Votre rôle dans l&apos;équipe ne permet pas de faire cela. Demandez à un responsable ou à un administrateur. (%1)</translation>
    </message>
    <message>
        <source>The team database failed: %1</source>
        <translation>La base de données de l&apos;équipe a rencontré une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; is not a name, an address or a socket folder.</source>
        <translation>l&apos;hôte « %1 » n&apos;est ni un nom, ni une adresse, ni un dossier de socket.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamGateway</name>
    <message>
        <source>another gateway is active; this one waits and takes over if it stops</source>
        <translation>une autre passerelle est active&#xa0;; celle-ci attend et prend le relais si elle s&apos;arrête</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamPublisher</name>
    <message>
        <source>Another gateway may have sent it while this one was away.</source>
        <translation>Une autre passerelle l’a peut-être envoyée pendant que celle-ci était absente.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamPusher</name>
    <message>
        <source>The conversation is no longer in this computer&apos;s cache.</source>
        <translation>La conversation n&apos;est plus dans le cache de cet ordinateur.</translation>
    </message>
    <message>
        <source>The team&apos;s store has no conversation with %1 yet, and this login may not start one. Ask a lead to start it.</source>
        <translation>La base de données de l&apos;équipe ne contient encore aucune conversation avec %1, et cet identifiant ne peut pas en commencer une. Demandez à un responsable de la commencer.</translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from a team desktop yet. Send the words alone, or the files from the gateway&apos;s computer.</source>
        <translation>Impossible d&apos;envoyer des images et des fichiers depuis un poste de travail d&apos;équipe pour l&apos;instant. Envoyez le texte seul, ou les fichiers depuis l&apos;ordinateur de la passerelle.</translation>
    </message>
    <message>
        <source>A colleague changed who has this conversation first; it was not assigned.</source>
        <translation>Un collègue a changé l&apos;assignation de cette conversation avant vous&#xa0;; elle n&apos;a pas été assignée.</translation>
    </message>
    <message>
        <source>%1 has this conversation now; it was not assigned.</source>
        <translation>%1 a maintenant cette conversation&#xa0;; elle n&apos;a pas été assignée.</translation>
    </message>
    <message>
        <source>The team&apos;s gateway could not send it.</source>
        <translation>La passerelle de l&apos;équipe n&apos;a pas pu l&apos;envoyer.</translation>
    </message>
</context>
<context>
    <name>textdesk::training::ScenarioLoader</name>
    <message>
        <source>not valid JSON (line %1): %2</source>
        <translation>JSON non valide (ligne %1) : %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>expected a local time as YYYY-MM-DDTHH:MM</source>
        <translation>une heure locale au format YYYY-MM-DDTHH:MM est attendue</translation>
    </message>
    <message>
        <source>give either &quot;customer&quot; or &quot;customers&quot;</source>
        <translation>indiquez soit &quot;customer&quot;, soit &quot;customers&quot;</translation>
    </message>
    <message>
        <source>needs at least one customer</source>
        <translation>au moins un client est nécessaire</translation>
    </message>
    <message>
        <source>missing (what the trainee should achieve)</source>
        <translation>manquant (ce que le stagiaire doit accomplir)</translation>
    </message>
    <message>
        <source>needs &quot;phrases&quot; or &quot;reaction&quot;: true</source>
        <translation>&quot;phrases&quot; ou &quot;reaction&quot;: true est nécessaire</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>no template with this id in &quot;templates&quot;</source>
        <translation>aucun modèle avec cet id dans &quot;templates&quot;</translation>
    </message>
    <message>
        <source>expected csat</source>
        <translation>csat est attendu</translation>
    </message>
    <message>
        <source>the customer has no field &quot;%1&quot;</source>
        <translation>le client n&apos;a pas de champ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing (the replies a good agent sends)</source>
        <translation>manquant (les réponses qu&apos;envoie un bon agent)</translation>
    </message>
    <message>
        <source>expected a list of replies, or {&quot;replies&quot;: [...]}</source>
        <translation>une liste de réponses est attendue, ou {&quot;replies&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>clé inconnue (attendu : l&apos;une de %1)</translation>
    </message>
    <message>
        <source>missing (a text is required)</source>
        <translation>manquant (un texte est requis)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>un nombre est attendu</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit être au moins %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>une liste de textes est attendue</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>a line needs &quot;text&quot; or &quot;any&quot;</source>
        <translation>une ligne nécessite &quot;text&quot; ou &quot;any&quot;</translation>
    </message>
    <message>
        <source>expected photo, screenshot, video or pdf</source>
        <translation>photo, screenshot, video ou pdf est attendu</translation>
    </message>
    <message>
        <source>a goal reaction needs the customer&apos;s words (the goal is recognised by them)</source>
        <translation>une réaction d&apos;objectif nécessite les mots du client (c&apos;est à eux que l&apos;objectif est reconnu)</translation>
    </message>
    <message>
        <source>expected a number in E.164 (+15551234567)</source>
        <translation>un numéro au format E.164 est attendu (+15551234567)</translation>
    </message>
    <message>
        <source>expected en, de, es or fr</source>
        <translation>en, de, es ou fr est attendu</translation>
    </message>
    <message>
        <source>expected calm, impatient or angry</source>
        <translation>calm, impatient ou angry est attendu</translation>
    </message>
    <message>
        <source>missing (what the customer writes first)</source>
        <translation>manquant (ce que le client écrit en premier)</translation>
    </message>
    <message>
        <source>missing (a number)</source>
        <translation>manquant (un numéro)</translation>
    </message>
    <message>
        <source>expected a customer&apos;s number or index</source>
        <translation>le numéro ou l&apos;index d&apos;un client est attendu</translation>
    </message>
    <message>
        <source>no such customer in the scenario</source>
        <translation>ce client n&apos;existe pas dans le scénario</translation>
    </message>
</context>
<context>
    <name>textdesk::training::Scoring</name>
    <message>
        <source>First reply within %1 minutes</source>
        <translation>Première réponse en %1 minutes au plus</translation>
    </message>
    <message>
        <source>The customer had an answer after %1 minutes.</source>
        <translation>Le client a eu une réponse au bout de %1 minutes.</translation>
    </message>
    <message>
        <source>%1 never got an answer.</source>
        <translation>%1 n&apos;a jamais eu de réponse.</translation>
    </message>
    <message>
        <source>%1 waited %2 minutes for a first answer; a texting customer expects one within minutes.</source>
        <translation>%1 a attendu %2 minutes une première réponse ; un client qui écrit par SMS en attend une en quelques minutes.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <source>Reached.</source>
        <translation>Atteint.</translation>
    </message>
    <message>
        <source>Not reached: the conversation ended without it.</source>
        <translation>Non atteint : la conversation s&apos;est terminée sans cela.</translation>
    </message>
    <message>
        <source>Resolved within %1 minutes</source>
        <translation>Résolue en %1 minutes au plus</translation>
    </message>
    <message>
        <source>Not resolved.</source>
        <translation>Non résolue.</translation>
    </message>
    <message>
        <source>Resolved after %1 minutes.</source>
        <translation>Résolue au bout de %1 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>Replies of at most %n segment(s)</source>
        <translation>
            <numerusform>Réponses de %n segment au plus</numerusform>
            <numerusform>Réponses de %n segments au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Short replies: %1 segments on average.</source>
        <translation>Réponses courtes : %1 segments en moyenne.</translation>
    </message>
    <message numerus="yes">
        <source>This reply takes %n segments: on a phone it is a wall of text, and each segment is billed.</source>
        <translation>
            <numerusform>Cette réponse occupe %n segment : sur un téléphone, c&apos;est un pavé de texte, et chaque segment est facturé.</numerusform>
            <numerusform>Cette réponse occupe %n segments : sur un téléphone, c&apos;est un pavé de texte, et chaque segment est facturé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No look-alike characters forcing UCS-2</source>
        <translation>Aucun caractère d&apos;apparence similaire imposant l&apos;UCS-2</translation>
    </message>
    <message>
        <source>Every reply could go as plain GSM text.</source>
        <translation>Chaque réponse pouvait partir en texte GSM simple.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (a typographic look-alike) made this reply UCS-2: 70 characters a segment instead of 160. Use the plain character.</source>
        <translation>« %1 » (un caractère typographique d&apos;apparence similaire) a fait passer cette réponse en UCS-2 : 70 caractères par segment au lieu de 160. Utilisez le caractère simple.</translation>
    </message>
    <message>
        <source>%1&apos;s name</source>
        <translation>le nom de %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3)</source>
        <translation>%2 de %1 (%3)</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>A utilisé %1</translation>
    </message>
    <message>
        <source>Personal and specific.</source>
        <translation>Personnel et précis.</translation>
    </message>
    <message>
        <source>No reply used %1; it shows you know who you are talking to and what about.</source>
        <translation>Aucune réponse n&apos;a utilisé %1 ; cela montre que vous savez à qui vous parlez et de quoi.</translation>
    </message>
    <message>
        <source>No ALL CAPS</source>
        <translation>Pas de MAJUSCULES</translation>
    </message>
    <message>
        <source>No shouting.</source>
        <translation>Pas de cris.</translation>
    </message>
    <message>
        <source>Capitals read as shouting in a text message.</source>
        <translation>Dans un SMS, les majuscules donnent l&apos;impression de crier.</translation>
    </message>
    <message>
        <source>No internal jargon</source>
        <translation>Pas de jargon interne</translation>
    </message>
    <message>
        <source>Plain words throughout.</source>
        <translation>Des mots simples du début à la fin.</translation>
    </message>
    <message>
        <source>The customer does not know &quot;%1&quot;; say what it means.</source>
        <translation>Le client ne connaît pas « %1 » ; dites ce que cela signifie.</translation>
    </message>
    <message>
        <source>Every customer question answered</source>
        <translation>Toutes les questions du client ont une réponse</translation>
    </message>
    <message>
        <source>No question left open.</source>
        <translation>Aucune question laissée en suspens.</translation>
    </message>
    <message>
        <source>This question got no answer.</source>
        <translation>Cette question n&apos;a pas eu de réponse.</translation>
    </message>
    <message>
        <source>Used the template &quot;%1&quot;</source>
        <translation>A utilisé le modèle « %1 »</translation>
    </message>
    <message>
        <source>The team&apos;s wording, filled in.</source>
        <translation>La formulation de l&apos;équipe, complétée.</translation>
    </message>
    <message>
        <source>The team has a template for this: /%1.</source>
        <translation>L&apos;équipe a un modèle pour cela : /%1.</translation>
    </message>
    <message>
        <source>Nothing sent after STOP</source>
        <translation>Rien n&apos;a été envoyé après STOP</translation>
    </message>
    <message>
        <source>The opt-out was respected.</source>
        <translation>La désinscription a été respectée.</translation>
    </message>
    <message>
        <source>The customer opted out; any further text breaks the rules (and the provider refuses it).</source>
        <translation>Le client s&apos;est désinscrit ; tout SMS supplémentaire enfreint les règles (et le fournisseur le refuse).</translation>
    </message>
    <message>
        <source>HELP answered</source>
        <translation>HELP a reçu une réponse</translation>
    </message>
    <message>
        <source>The customer got help.</source>
        <translation>Le client a obtenu de l&apos;aide.</translation>
    </message>
    <message>
        <source>A customer who texts HELP must get an answer.</source>
        <translation>Un client qui envoie HELP doit obtenir une réponse.</translation>
    </message>
    <message>
        <source>Nothing proactive in quiet hours</source>
        <translation>Rien de proactif pendant les heures calmes</translation>
    </message>
    <message>
        <source>Follow-ups waited for the day.</source>
        <translation>Les relances ont attendu la journée.</translation>
    </message>
    <message>
        <source>An unprompted message between 9 p.m. and 8 a.m. at the customer&apos;s; wait until morning.</source>
        <translation>Un message non sollicité entre 21 h et 8 h chez le client ; attendez le matin.</translation>
    </message>
    <message>
        <source>Customer satisfaction of %1 or more</source>
        <translation>Satisfaction client de %1 ou plus</translation>
    </message>
    <message>
        <source>The customer would answer the survey with %1 of 5.</source>
        <translation>Le client répondrait à l&apos;enquête par %1 sur 5.</translation>
    </message>
    <message>
        <source>%1: %2 of 100 (%3)
</source>
        <translation>%1 : %2 sur 100 (%3)
</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <source>Model answer:
</source>
        <translation>Réponse modèle :
</translation>
    </message>
</context>
<context>
    <name>textdesk::training::TrainingReport</name>
    <message>
        <source>Cannot save the training result to &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer le résultat de la formation dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot read the training results &quot;%1&quot;: %2</source>
        <translation>Impossible de lire les résultats de formation « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::DebriefDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Bilan : %1</translation>
    </message>
    <message>
        <source>%1 of 100 — %2</source>
        <translation>%1 sur 100 — %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <source>First reply: %1 · Resolved: %2 · Replies: %3, %4 segments on average</source>
        <translation>Première réponse : %1 · Résolue : %2 · Réponses : %3, %4 segments en moyenne</translation>
    </message>
    <message>
        <source> · Customer satisfaction: %1 of 5</source>
        <translation> · Satisfaction client : %1 sur 5</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Réponse modèle :</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::DistributionModel</name>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Scores 4–5</source>
        <translation>Notes 4–5</translation>
    </message>
    <message>
        <source>Scores 1–3</source>
        <translation>Notes 1–3</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteurs</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passifs</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Avec note</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–8 h</source>
        <translation>4–8 h</translation>
    </message>
    <message>
        <source>8–24 h</source>
        <translation>8–24 h</translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation>&gt; 24 h</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportCharts</name>
    <message>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportPdf</name>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1 (is the folder writable?)</source>
        <translation>impossible d&apos;écrire %1 (le dossier est-il accessible en écriture&#xa0;?)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Grouping: %1</source>
        <translation>Regroupement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No figures for this period.</source>
        <translation>Aucun chiffre pour cette période.</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>impossible de terminer %1</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1min</translation>
    </message>
    <message>
        <source>%1h%2m</source>
        <translation>%1h%2min</translation>
    </message>
    <message>
        <source>%1d%2h</source>
        <translation>%1j%2h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>No figures for this period: nothing was sent, answered or resolved between these dates with these filters.</source>
        <translation>Aucun chiffre pour cette période&#xa0;: aucun envoi, aucune réponse ni aucune résolution entre ces dates avec ces filtres.</translation>
    </message>
    <message>
        <source>Choose a row or a bar to see the conversations behind it.</source>
        <translation>Choisissez une ligne ou une barre pour voir les conversations correspondantes.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>All our numbers</source>
        <translation>Tous nos numéros</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later end date.</source>
        <translation>La période se termine avant de commencer&#xa0;: choisissez une date de fin plus tardive.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Impossible de lire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>The conversations could not be read: %1</source>
        <translation>Impossible de lire les conversations&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: nothing behind this row.</source>
        <translation>%1&#xa0;: aucune conversation pour cette ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the newest %n — open one to see it in the main window.</source>
        <translation>
            <numerusform>%1&#xa0;: la plus récente (%n) — ouvrez-la pour l&apos;afficher dans la fenêtre principale.</numerusform>
            <numerusform>%1&#xa0;: les %n plus récentes — ouvrez-en une pour l&apos;afficher dans la fenêtre principale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s) — open one to see it in the main window.</source>
        <translation>
            <numerusform>%1&#xa0;: %n conversation — ouvrez-la pour l&apos;afficher dans la fenêtre principale.</numerusform>
            <numerusform>%1&#xa0;: %n conversations — ouvrez-en une pour l&apos;afficher dans la fenêtre principale.</numerusform>
        </translation>
    </message>
    <message>
        <source> · score %1 (read from words, not counted)</source>
        <translation> · note %1 (déduite du texte, non comptée)</translation>
    </message>
    <message>
        <source> · score %1</source>
        <translation> · note %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export answers…</source>
        <translation>Exporter les réponses…</translation>
    </message>
    <message>
        <source>Every survey sent in the period, with its answer, as CSV</source>
        <translation>Toutes les enquêtes envoyées pendant la période, avec leur réponse, en CSV</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer&apos;s name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Exporting the answers…</source>
        <translation>Exportation des réponses…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <source>Exporting the answers: %1 of %2</source>
        <translation>Exportation des réponses : %1 sur %2</translation>
    </message>
    <message>
        <source>The answers could not be written to %1: %2</source>
        <translation>Impossible d&apos;écrire les réponses dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::TrainingWindow</name>
    <message>
        <source>[photo]</source>
        <translation>[photo]</translation>
    </message>
    <message>
        <source>[screenshot]</source>
        <translation>[capture d&apos;écran]</translation>
    </message>
    <message>
        <source>[video]</source>
        <translation>[vidéo]</translation>
    </message>
    <message>
        <source>[PDF]</source>
        <translation>[PDF]</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Load a scenario file…</source>
        <translation>Charger un fichier de scénario…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Finish and debrief</source>
        <translation>Terminer et faire le bilan</translation>
    </message>
    <message>
        <source>%1

%2

Goal: %3</source>
        <translation>%1

%2

Objectif : %3</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>Scénario de formation</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scénarios (*.json)</translation>
    </message>
    <message>
        <source>This scenario cannot be used:
%1</source>
        <translation>Ce scénario ne peut pas être utilisé :
%1</translation>
    </message>
    <message>
        <source>To %1 (%2)</source>
        <translation>À %1 (%2)</translation>
    </message>
    <message>
        <source>Insert a template…</source>
        <translation>Insérer un modèle…</translation>
    </message>
    <message>
        <source>%1 — goal: %2</source>
        <translation>%1 — objectif : %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
