<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EmptyInboxText</name>
    <message>
        <source>No conversation here with a customer tagged “%1”.</source>
        <translation>Keine Unterhaltung hier mit einem Kunden mit dem Tag „%1“.</translation>
    </message>
    <message>
        <source>Nothing here is assigned to you.</source>
        <translation>Hier ist Ihnen nichts zugewiesen.</translation>
    </message>
    <message>
        <source>Open a conversation and press Ctrl+Shift+A to take it.</source>
        <translation>Öffnen Sie eine Unterhaltung und drücken Sie Strg+Umschalt+A, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>Every conversation here has someone on it.</source>
        <translation>Jede Unterhaltung hier hat schon jemanden, der sich darum kümmert.</translation>
    </message>
    <message>
        <source>No open conversations: all caught up.</source>
        <translation>Keine offenen Unterhaltungen: alles erledigt.</translation>
    </message>
    <message>
        <source>New messages appear here as they arrive.</source>
        <translation>Neue Nachrichten erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>Nichts ist wartend.</translation>
    </message>
    <message>
        <source>Mark a conversation pending (Ctrl+Shift+P) while you wait for someone.</source>
        <translation>Markieren Sie eine Unterhaltung als wartend (Strg+Umschalt+P), solange Sie auf jemanden warten.</translation>
    </message>
    <message>
        <source>Nothing is snoozed.</source>
        <translation>Nichts ist zurückgestellt.</translation>
    </message>
    <message>
        <source>A snoozed conversation (Ctrl+Shift+S) waits here until its time or the customer&apos;s next message.</source>
        <translation>Eine zurückgestellte Unterhaltung (Strg+Umschalt+S) wartet hier bis zu ihrer Zeit oder der nächsten Nachricht des Kunden.</translation>
    </message>
    <message>
        <source>Nothing is resolved yet.</source>
        <translation>Noch nichts ist erledigt.</translation>
    </message>
    <message>
        <source>Conversations you resolve (Ctrl+Shift+D) are kept here.</source>
        <translation>Unterhaltungen, die Sie erledigen (Strg+Umschalt+D), werden hier aufbewahrt.</translation>
    </message>
    <message>
        <source>No conversations yet: they appear after the first sync with the provider.</source>
        <translation>Noch keine Unterhaltungen: Sie erscheinen nach der ersten Synchronisierung mit dem Anbieter.</translation>
    </message>
    <message>
        <source>Only conversations on %1 are shown.</source>
        <translation>Es werden nur Unterhaltungen auf %1 angezeigt.</translation>
    </message>
    <message>
        <source>Choose “All”, “Open”, “All our numbers” and “Any tag” above to see the rest.</source>
        <translation>Wählen Sie oben „Alle“, „Offen“, „Alle unsere Nummern“ und „Alle Tags“, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>Nothing here is assigned to %1.</source>
        <comment>an agent&apos;s name</comment>
        <translation>Hier ist nichts %1 zugewiesen.</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>The number is not a valid phone number. Check it in the customer&apos;s profile.</source>
        <translation>Die Nummer ist keine gültige Telefonnummer. Prüfen Sie sie im Kundenprofil.</translation>
    </message>
    <message>
        <source>Your account may not send to this country. Your administrator can allow it in the provider&apos;s geographic permissions.</source>
        <translation>Ihr Konto darf nicht in dieses Land senden. Ihr Administrator kann es in den geografischen Berechtigungen des Anbieters freigeben.</translation>
    </message>
    <message>
        <source>The customer texted STOP, so the carrier blocks messages to them. They can text START to receive messages again; add a note instead.</source>
        <translation>Der Kunde hat STOP gesendet, daher blockiert der Mobilfunkanbieter Nachrichten an ihn. Wenn er START sendet, erhält er wieder Nachrichten; fügen Sie stattdessen eine Notiz hinzu.</translation>
    </message>
    <message>
        <source>Too many messages are waiting at the provider for this number. Retry in a few minutes.</source>
        <translation>Beim Anbieter warten zu viele Nachrichten für diese Nummer. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>This number cannot send to that customer (the route is not supported). Try another of our numbers or call the customer.</source>
        <translation>Von dieser Nummer kann nicht an diesen Kunden gesendet werden (die Route wird nicht unterstützt). Versuchen Sie es mit einer anderen unserer Nummern oder rufen Sie den Kunden an.</translation>
    </message>
    <message>
        <source>The customer&apos;s number is not a mobile number and cannot receive texts. Call them, or ask for a mobile number.</source>
        <translation>Die Nummer des Kunden ist keine Mobilfunknummer und kann keine SMS empfangen. Rufen Sie ihn an oder fragen Sie nach einer Mobilfunknummer.</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters. Shorten it or split it in two, then send again.</source>
        <translation>Die Nachricht ist länger als 1.600 Zeichen. Kürzen Sie sie oder teilen Sie sie in zwei Nachrichten auf und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The provider&apos;s queue was full. Retry in a few minutes.</source>
        <translation>Die Warteschlange des Anbieters war voll. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The provider account is suspended. Ask your administrator; retrying will not help until it is active again.</source>
        <translation>Das Konto beim Anbieter ist gesperrt. Wenden Sie sich an Ihren Administrator; ein erneuter Versuch hilft erst, wenn das Konto wieder aktiv ist.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone is off or out of coverage. Retry later.</source>
        <translation>Das Telefon des Kunden ist ausgeschaltet oder hat keinen Empfang. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone or carrier blocks messages from this number. Ask them another way to unblock it, or call them.</source>
        <translation>Das Telefon oder der Mobilfunkanbieter des Kunden blockiert Nachrichten von dieser Nummer. Bitten Sie ihn auf anderem Weg, die Sperre aufzuheben, oder rufen Sie ihn an.</translation>
    </message>
    <message>
        <source>The number does not exist or is no longer in service. Check the number with the customer.</source>
        <translation>Die Nummer existiert nicht oder ist nicht mehr in Betrieb. Prüfen Sie die Nummer mit dem Kunden.</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot receive texts. Call the customer instead.</source>
        <translation>Die Nummer ist ein Festnetzanschluss oder ihr Netzbetreiber kann keine SMS empfangen. Rufen Sie den Kunden stattdessen an.</translation>
    </message>
    <message>
        <source>The carrier filtered the message as possible spam. Rewrite it without links, shortened URLs or capitals, then retry.</source>
        <translation>Der Mobilfunkanbieter hat die Nachricht als möglichen Spam gefiltert. Formulieren Sie sie ohne Links, gekürzte URLs und Großbuchstaben neu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The carrier gave no reason. Retry once; if it fails again, call the customer.</source>
        <translation>Der Mobilfunkanbieter hat keinen Grund angegeben. Versuchen Sie es einmal erneut; schlägt es wieder fehl, rufen Sie den Kunden an.</translation>
    </message>
    <message>
        <source>This number has sent more than its carrier allows today. Wait until tomorrow or send from another of our numbers.</source>
        <translation>Diese Nummer hat heute mehr gesendet, als ihr Mobilfunkanbieter zulässt. Warten Sie bis morgen oder senden Sie von einer anderen unserer Nummern.</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <comment>advice (the provider&apos;s error code)</comment>
        <translation>%1 (Fehler %2)</translation>
    </message>
    <message>
        <source>The provider gave no reason.</source>
        <translation>Der Anbieter hat keinen Grund angegeben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the training workspace</source>
        <translation>Trainingsbereich öffnen</translation>
    </message>
    <message>
        <source>The training workspace is turned off on this computer.</source>
        <translation>Der Trainingsbereich ist auf diesem Computer deaktiviert.</translation>
    </message>
    <message>
        <source>Training not opened</source>
        <translation>Training nicht geöffnet</translation>
    </message>
    <message>
        <source>Textdesk could not be started again for the training workspace.</source>
        <translation>Textdesk konnte für den Trainingsbereich nicht neu gestartet werden.</translation>
    </message>
    <message>
        <source>Open your own workspace</source>
        <translation>Eigenen Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Arbeitsbereich nicht geöffnet</translation>
    </message>
    <message>
        <source>Textdesk could not be started again for your own workspace.</source>
        <translation>Textdesk konnte für Ihren eigenen Arbeitsbereich nicht neu gestartet werden.</translation>
    </message>
</context>
<context>
    <name>textdesk</name>
    <message>
        <source>The workspace folder.</source>
        <translation>Der Ordner des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Textdesk cannot start</source>
        <translation>Textdesk kann nicht starten</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Damaged cache set aside</source>
        <translation>Beschädigter Cache beiseitegelegt</translation>
    </message>
    <message>
        <source>The cache was damaged. Textdesk moved it to %1 and started a fresh one.</source>
        <translation>Der Cache war beschädigt. Textdesk hat ihn nach %1 verschoben und einen neuen angelegt.</translation>
    </message>
    <message>
        <source>Computer settings ignored</source>
        <translation>Computereinstellungen ignoriert</translation>
    </message>
    <message>
        <source>Sign in to your team</source>
        <translation>Bei Ihrem Team anmelden</translation>
    </message>
    <message>
        <source>Your password for the team&apos;s database
%1:</source>
        <translation>Ihr Passwort für die Teamdatenbank
%1:</translation>
    </message>
</context>
<context>
    <name>textdesk::AccountPage</name>
    <message>
        <source>Provider address</source>
        <translation>Adresse des Anbieters</translation>
    </message>
    <message>
        <source>Provider &amp;address:</source>
        <translation>Anbieter&amp;adresse:</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC, gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account &amp;SID:</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>API-Key-Secret</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation>API-Key-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth &amp;Token:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Enter the auth token first.</source>
        <translation>Geben Sie zuerst den Auth Token ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not connected. %1</source>
        <translation>Nicht verbunden. %1</translation>
    </message>
    <message>
        <source>Connected to account %1, but its numbers could not be listed: %2</source>
        <translation>Mit dem Konto %1 verbunden, aber seine Nummern konnten nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Connected to account %1. It has no phone numbers yet.</source>
        <translation>Mit dem Konto %1 verbunden. Es hat noch keine Telefonnummern.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to account %1. Numbers: %2.</source>
        <translation>Mit dem Konto %1 verbunden. Nummern: %2.</translation>
    </message>
    <message>
        <source>Training workspace: no account needed, and its practice conversations never mix with real ones.
To try your own account, enter and test it here: OK saves it as your own workspace (%1), which opens in a window of its own. This one stays for practice.</source>
        <translation>Trainings-Arbeitsbereich: Kein Konto nötig, und die Übungsunterhaltungen werden nie mit echten vermischt.
Um Ihr eigenes Konto auszuprobieren, geben Sie es hier ein und testen Sie es: OK speichert es als Ihren eigenen Arbeitsbereich (%1), der sich in einem eigenen Fenster öffnet. Dieser hier bleibt zum Üben.</translation>
    </message>
</context>
<context>
    <name>textdesk::AgentPage</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Shown to colleagues and used for {{agent_name}} in templates. Empty: your login name.</source>
        <translation>Wird Kollegen angezeigt und in Textbausteinen für {{agent_name}} verwendet. Leer: Ihr Anmeldename.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <source>This workspace names its agent &quot;%1&quot;, which is used instead.</source>
        <translation>Dieser Arbeitsbereich legt den Agentennamen „%1“ fest; dieser wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>Response-time target in minutes</source>
        <translation>Ziel-Antwortzeit in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Conversations waiting longer than this for a reply are marked.</source>
        <translation>Unterhaltungen, die länger als diese Zeit auf eine Antwort warten, werden markiert.</translation>
    </message>
    <message>
        <source>&amp;Response-time target:</source>
        <translation>Ziel-&amp;Antwortzeit:</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (off: Ctrl+Enter sends, Enter starts a new line)</source>
        <translation>&amp;Enter sendet die Nachricht (aus: Strg+Enter sendet, Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>Enter sends the message</source>
        <translation>Enter sendet die Nachricht</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a customer writes</source>
        <translation>&amp;Benachrichtigung anzeigen, wenn ein Kunde schreibt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>textdesk::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>textdesk::AssignPicker</name>
    <message>
        <source>Assign to: type a name</source>
        <translation>Zuweisen an: Namen eingeben</translation>
    </message>
    <message>
        <source>Assign to an agent</source>
        <translation>Einem Mitarbeiter zuweisen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>%1 (you) — assigned now</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (Sie) — derzeit zugewiesen</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>%1 — assigned now</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 — derzeit zugewiesen</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Niemand (Zuweisung aufheben)</translation>
    </message>
    <message>
        <source>No agents yet</source>
        <translation>Noch keine Mitarbeiter</translation>
    </message>
    <message>
        <source>No agent named “%1”</source>
        <translation>Kein Mitarbeiter namens „%1“</translation>
    </message>
</context>
<context>
    <name>textdesk::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is not a file Textdesk can read.</source>
        <translation>„%1“ kann nicht angehängt werden: Textdesk kann die Datei nicht lesen.</translation>
    </message>
    <message>
        <source>“%1” is already attached.</source>
        <translation>„%1“ ist bereits angehängt.</translation>
    </message>
    <message>
        <source>“%1” was not attached: a message can carry at most %2 files.</source>
        <translation>„%1“ wurde nicht angehängt: Eine Nachricht kann höchstens %2 Dateien enthalten.</translation>
    </message>
    <message>
        <source>“%1” is too large to send (%2): a text message can carry at most %3 of attachments.</source>
        <translation>„%1“ ist zu groß zum Senden (%2): Eine Nachricht kann höchstens %3 an Anhängen enthalten.</translation>
    </message>
    <message>
        <source>“%1” was not attached: with it the attachments would come to %2, and a text message can carry at most %3.</source>
        <translation>„%1“ wurde nicht angehängt: Damit kämen die Anhänge auf %2, eine Nachricht kann aber höchstens %3 enthalten.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 (%2) — click to remove</source>
        <translation>%1 (%2) – zum Entfernen klicken</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Anhang %1 entfernen</translation>
    </message>
</context>
<context>
    <name>textdesk::BroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation>Neue Rundsendung</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>The customers with this tag</source>
        <translation>Die Kunden mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>Or a CSV file: a number column and variable columns</source>
        <translation>Oder eine CSV-Datei: eine Nummernspalte und Variablenspalten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Takt:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Cancel broadcast</source>
        <translation>Rundsendung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Choose a template (File → Templates… makes one).</source>
        <translation>Wählen Sie eine Vorlage (Datei → Vorlagen… erstellt eine).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Give a tag or a CSV file of recipients.</source>
        <translation>Geben Sie ein Schlagwort oder eine CSV-Datei mit Empfängern an.</translation>
    </message>
    <message>
        <source>The workspace knows none of our numbers yet.</source>
        <translation>Der Arbeitsbereich kennt noch keine unserer Nummern.</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Zurückgehalten bis %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 sent to the outbox, %3 waiting (%4 for quiet hours), %5 skipped, %6 cancelled.</source>
        <translation>%1 von %2 an den Postausgang gesendet, %3 wartend (%4 wegen Ruhezeiten), %5 übersprungen, %6 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 to send (%2 held for quiet hours), %3 skipped: %4 opted out, %5 asked to stop (awaiting an agent), %6 invalid, %7 duplicates, %8 missing a variable.</source>
        <translation>%1 zu senden (%2 wegen Ruhezeiten zurückgehalten), %3 übersprungen: %4 abgemeldet, %5 mit Bitte um Abmeldung (Antwort eines Mitarbeiters ausstehend), %6 ungültig, %7 doppelt, %8 mit fehlender Variable.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavConflictsDialog</name>
    <message>
        <source>Contact conflicts</source>
        <translation>Kontaktkonflikte</translation>
    </message>
    <message>
        <source>These contacts were changed both here and on the address book&apos;s server since the last sync. Nothing was overwritten: keep one version of each.</source>
        <translation>Diese Kontakte wurden seit der letzten Synchronisierung sowohl hier als auch auf dem Server des Adressbuchs geändert. Es wurde nichts überschrieben: Behalten Sie jeweils eine Version.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Here (ours)</source>
        <translation>Hier (unsere)</translation>
    </message>
    <message>
        <source>Server (theirs)</source>
        <translation>Server (deren)</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translation>&amp;Unsere behalten</translation>
    </message>
    <message>
        <source>The version here stands; the next sync sends it to the server.</source>
        <translation>Die Version hier gilt; die nächste Synchronisierung sendet sie an den Server.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <source>The server&apos;s version is written here now.</source>
        <translation>Die Version des Servers wird jetzt hier übernommen.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>Gefunden am %1</translation>
    </message>
    <message>
        <source>No open conflicts: the address book and Textdesk agree.</source>
        <translation>Keine offenen Konflikte: Das Adressbuch und Textdesk stimmen überein.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Andere Eigenschaften</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>Kept ours: the next sync sends it to the server.</source>
        <translation>Unsere Version behalten: Die nächste Synchronisierung sendet sie an den Server.</translation>
    </message>
    <message>
        <source>Kept theirs: the server&apos;s version is now here.</source>
        <translation>Deren Version behalten: Die Version des Servers ist jetzt hier.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavStore</name>
    <message>
        <source>There is no CardDAV conflict number %1.</source>
        <translation>Es gibt keinen CardDAV-Konflikt mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>textdesk::CardDavSyncDialog</name>
    <message>
        <source>Sync contacts</source>
        <translation>Kontakte synchronisieren</translation>
    </message>
    <message>
        <source>No address book is set up yet.</source>
        <translation>Es ist noch kein Adressbuch eingerichtet.</translation>
    </message>
    <message>
        <source>Address book: %1 (as %2)</source>
        <translation>Adressbuch: %1 (als %2)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sync result</source>
        <translation>Ergebnis der Synchronisierung</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Konflikte lösen…</translation>
    </message>
    <message>
        <source>Set up the address book first: File → Settings → Contacts.</source>
        <translation>Richten Sie zuerst das Adressbuch ein: Datei → Einstellungen → Kontakte.</translation>
    </message>
    <message>
        <source>Textdesk is not connected yet, so contacts cannot be synced.</source>
        <translation>Textdesk ist noch nicht verbunden, daher können keine Kontakte synchronisiert werden.</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was synced.</source>
        <translation>Abgebrochen: Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>The keychain has no password for this address book: enter it in File → Settings → Contacts.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für dieses Adressbuch: Geben Sie es unter Datei → Einstellungen → Kontakte ein.</translation>
    </message>
    <message>
        <source>Cancelling after the request in flight…</source>
        <translation>Wird nach der laufenden Anfrage abgebrochen…</translation>
    </message>
    <message>
        <source>The sync stopped: %1
%2</source>
        <translation>Die Synchronisierung wurde abgebrochen: %1
%2</translation>
    </message>
</context>
<context>
    <name>textdesk::CommandLine</name>
    <message>
        <source>textdesk: unknown command &quot;%1&quot;.</source>
        <translation>textdesk: unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>What the workspace&apos;s cache holds.</source>
        <translation>Zeigt, was der Cache des Arbeitsbereichs enthält.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Der Ordner des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>textdesk: %1</source>
        <translation>textdesk: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>textdesk: the cache was damaged; it was moved to %1 and a fresh cache was created.</source>
        <translation>textdesk: Der Cache war beschädigt; er wurde nach %1 verschoben und ein neuer Cache wurde angelegt.</translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation>Arbeitsbereich:           %1</translation>
    </message>
    <message>
        <source>Cache version:  %1</source>
        <translation>Cache-Version:            %1</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Kontakte:                 %1</translation>
    </message>
    <message>
        <source>Conversations:  %1</source>
        <translation>Unterhaltungen:           %1</translation>
    </message>
    <message>
        <source>Messages:       %1</source>
        <translation>Nachrichten:              %1</translation>
    </message>
    <message>
        <source>Outbox pending: %1</source>
        <translation>Postausgang (ausstehend): %1</translation>
    </message>
    <message>
        <source>Cache size:     %1</source>
        <translation>Cache-Größe:              %1</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %Ln message(s) still waiting in the outbox; they go out with the next send or sync, once.</source>
        <translation>
            <numerusform>textdesk: %Ln Nachricht wartet noch im Postausgang; sie wird beim nächsten send oder sync gesendet (genau einmal).</numerusform>
            <numerusform>textdesk: %Ln Nachrichten warten noch im Postausgang; sie werden beim nächsten send oder sync gesendet (genau einmal).</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: this workspace has no provider yet. Run &quot;textdesk configure&quot; first.</source>
        <translation>textdesk: Für diesen Arbeitsbereich ist noch kein Anbieter eingerichtet. Führen Sie zuerst &quot;textdesk configure&quot; aus.</translation>
    </message>
    <message>
        <source>textdesk: set TEXTDESK_AUTH_TOKEN to the account&apos;s secret.</source>
        <translation>textdesk: Setzen Sie TEXTDESK_AUTH_TOKEN auf das Secret des Kontos.</translation>
    </message>
    <message>
        <source>Connect a workspace to a provider account. The secret (Auth Token or API key secret) is read from TEXTDESK_AUTH_TOKEN or standard input.</source>
        <translation>Verbindet einen Arbeitsbereich mit einem Konto beim Anbieter. Das Secret (Auth Token oder API-Key-Secret) wird aus TEXTDESK_AUTH_TOKEN oder von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>The provider (twilio).</source>
        <translation>Der Anbieter (twilio).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The Account SID (AC…).</source>
        <translation>Die Account SID (AC…).</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>An API key SID (SK…), instead of the Auth Token.</source>
        <translation>Eine API-Key-SID (SK…) anstelle des Auth Tokens.</translation>
    </message>
    <message>
        <source>The API address (a regional edge, or a simulator).</source>
        <translation>Die API-Adresse (ein regionaler Edge-Standort oder ein Simulator).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>textdesk: no secret given. Set TEXTDESK_AUTH_TOKEN or type it on standard input.</source>
        <translation>textdesk: Kein Secret angegeben. Setzen Sie TEXTDESK_AUTH_TOKEN oder geben Sie es über die Standardeingabe ein.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Verbunden mit %1 als %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending number(s): %1</source>
        <translation>
            <numerusform>%Ln Absendernummer: %1</numerusform>
            <numerusform>%Ln Absendernummern: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret was not stored. Give it again with TEXTDESK_AUTH_TOKEN when you sync.</source>
        <translation>Das Secret wurde nicht gespeichert. Geben Sie es beim Synchronisieren erneut über TEXTDESK_AUTH_TOKEN an.</translation>
    </message>
    <message>
        <source>Bring the workspace&apos;s cache up to date with the provider. The secret is read from TEXTDESK_AUTH_TOKEN.</source>
        <translation>Bringt den Cache des Arbeitsbereichs auf den Stand des Anbieters. Das Secret wird aus TEXTDESK_AUTH_TOKEN gelesen.</translation>
    </message>
    <message>
        <source>Messages per request (1–1000).</source>
        <translation>Nachrichten pro Anfrage (1–1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>page %1: %2 messages, about %3 to go</source>
        <translation>Seite %1: %2 Nachrichten, noch etwa %3</translation>
    </message>
    <message>
        <source>page %1: %2 messages</source>
        <translation>Seite %1: %2 Nachrichten</translation>
    </message>
    <message>
        <source>Synced: %1 new messages, %2 read.</source>
        <translation>Synchronisiert: %1 neue Nachrichten, %2 abgerufen.</translation>
    </message>
    <message>
        <source>Send a text message through the workspace&apos;s outbox. It is written to the outbox before anything goes out, so it is sent once even if this command is interrupted (the next send or sync finishes the job).</source>
        <translation>Sendet eine SMS über den Postausgang des Arbeitsbereichs. Sie wird zuerst in den Postausgang geschrieben und daher genau einmal gesendet, auch wenn dieser Befehl unterbrochen wird (das nächste send oder sync erledigt den Rest).</translation>
    </message>
    <message>
        <source>The customer&apos;s number.</source>
        <translation>Die Nummer des Kunden.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Our number (default: the workspace&apos;s first).</source>
        <translation>Unsere Nummer (Standard: die erste des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Seconds to wait for the provider (default 60).</source>
        <translation>Sekunden, die auf den Anbieter gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <source>textdesk: the workspace knows none of our numbers; give --from.</source>
        <translation>textdesk: Der Arbeitsbereich kennt keine unserer Nummern; geben Sie --from an.</translation>
    </message>
    <message>
        <source>Sent to %1 (%2).</source>
        <translation>Gesendet an %1 (%2).</translation>
    </message>
    <message>
        <source>textdesk: not sent: %1</source>
        <translation>textdesk: nicht gesendet: %1</translation>
    </message>
    <message>
        <source>textdesk: the provider has not confirmed it yet (%1). It stays in the outbox and goes out with the next send or sync, once.</source>
        <translation>textdesk: Der Anbieter hat die Nachricht noch nicht bestätigt (%1). Sie bleibt im Postausgang und wird beim nächsten send oder sync gesendet (genau einmal).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>A file to attach (repeat for more).</source>
        <translation>Eine anzuhängende Datei (für mehrere Dateien wiederholen).</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %Ln attachment(s) not downloaded yet; the next sync goes on with them.</source>
        <translation>
            <numerusform>textdesk: %Ln Anhang ist noch nicht heruntergeladen; die nächste Synchronisierung holt ihn nach.</numerusform>
            <numerusform>textdesk: %Ln Anhänge sind noch nicht heruntergeladen; die nächste Synchronisierung holt sie nach.</numerusform>
        </translation>
    </message>
    <message>
        <source>One pass, the outbox sent and the attachments downloaded, then exit (0 when all three converged).</source>
        <translation>Ein Durchlauf, Postausgang gesendet und Anhänge heruntergeladen, dann beenden (0, wenn alle drei abgeglichen sind).</translation>
    </message>
    <message>
        <source>With --once: seconds to wait for the outbox, and again for the attachments (default 60).</source>
        <translation>Mit --once: Sekunden, die auf den Postausgang und danach auf die Anhänge gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <source>attachments: %1 of %2</source>
        <translation>Anhänge: %1 von %2</translation>
    </message>
    <message>
        <source>textdesk: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, or use a command: textdesk --help.</source>
        <translation>textdesk: Keine Anzeige, auf der das Fenster geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie Textdesk in einer Desktop-Sitzung oder verwenden Sie einen Befehl: textdesk --help.</translation>
    </message>
    <message>
        <source>textdesk: this build has no &quot;serve&quot;.</source>
        <translation>textdesk: Diese Version enthält kein &quot;serve&quot;.</translation>
    </message>
    <message>
        <source>textdesk: the command &quot;%1&quot; is not available.</source>
        <translation>textdesk: Der Befehl &quot;%1&quot; ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>History from:   %1</source>
        <translation>Verlauf ab:               %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>Secret (Auth Token or API key secret): </source>
        <translation>Secret (Auth Token oder API-Key-Secret): </translation>
    </message>
    <message>
        <source>Where outgoing pictures are uploaded (https).</source>
        <translation>Wohin ausgehende Bilder hochgeladen werden (https).</translation>
    </message>
    <message>
        <source>The address the provider calls for webhooks: the reverse proxy with TLS in front of Textdesk (https).</source>
        <translation>Die Adresse, die der Anbieter für Webhooks aufruft: der Reverse-Proxy mit TLS vor Textdesk (https).</translation>
    </message>
    <message>
        <source>All of the provider&apos;s history is cached.</source>
        <translation>Der gesamte Verlauf des Anbieters ist im Cache.</translation>
    </message>
    <message>
        <source>History is cached from %1 on; older messages: sync --history-days N or all.</source>
        <translation>Der Verlauf ist ab %1 im Cache; ältere Nachrichten: sync --history-days N oder all.</translation>
    </message>
    <message>
        <source>How far back history is cached: a number of days, or &quot;all&quot; (default: [sync] history_days in workspace.ini, else 90). A longer one than before fetches the older messages once.</source>
        <translation>Wie weit zurück der Verlauf im Cache gehalten wird: eine Anzahl Tage oder &quot;all&quot; (Standard: [sync] history_days in workspace.ini, sonst 90). Ist der Zeitraum länger als zuvor, werden die älteren Nachrichten einmalig abgerufen.</translation>
    </message>
    <message>
        <source>N|all</source>
        <translation>N|all</translation>
    </message>
    <message>
        <source>textdesk: --history-days takes a number of days (1 or more) or &quot;all&quot;, not &quot;%1&quot;.</source>
        <translation>textdesk: --history-days erwartet eine Anzahl Tage (1 oder mehr) oder &quot;all&quot;, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>textdesk: the workspace has no media folder.</source>
        <translation>textdesk: Der Arbeitsbereich hat keinen Medienordner.</translation>
    </message>
    <message>
        <source>pull: %1 new messages, %2 read</source>
        <translation>Abruf: %1 neue Nachrichten, %2 abgerufen</translation>
    </message>
    <message>
        <source>pull stopped: %1</source>
        <translation>Abruf angehalten: %1</translation>
    </message>
    <message>
        <source>pull: page %1, %2 messages</source>
        <translation>Abruf: Seite %1, %2 Nachrichten</translation>
    </message>
    <message>
        <source>webhook: message stored in conversation %1</source>
        <translation>Webhook: Nachricht in Unterhaltung %1 gespeichert</translation>
    </message>
    <message>
        <source>timer: %1 %2</source>
        <translation>Timer: %1 %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>outbox: %1 %2 %3</source>
        <translation>Postausgang: %1 %2 %3</translation>
    </message>
    <message>
        <source>media: message %1 changed</source>
        <translation>Medien: Nachricht %1 geändert</translation>
    </message>
    <message>
        <source>Keep the workspace in sync without a window, until SIGTERM or SIGINT: pull, webhooks, outbox, attachments, timers. The secret is read from TEXTDESK_AUTH_TOKEN.</source>
        <translation>Hält den Arbeitsbereich ohne Fenster synchron, bis SIGTERM oder SIGINT eintrifft: Abruf, Webhooks, Postausgang, Anhänge, Timer. Das Secret wird aus TEXTDESK_AUTH_TOKEN gelesen.</translation>
    </message>
    <message>
        <source>webhooks off: %1</source>
        <translation>Webhooks aus: %1</translation>
    </message>
    <message>
        <source>webhooks on %1</source>
        <translation>Webhooks aktiv unter %1</translation>
    </message>
    <message>
        <source>warning: SIGTERM and SIGINT stop this process without a clean end</source>
        <translation>Warnung: SIGTERM und SIGINT beenden diesen Prozess ohne sauberen Abschluss</translation>
    </message>
    <message>
        <source>stopping (signal %1): the pass in progress commits what it has</source>
        <translation>wird beendet (Signal %1): Der laufende Durchlauf speichert, was er bereits hat</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>serving %1 (history cached from %2)</source>
        <translation>Dienst für %1 läuft (Verlauf im Cache ab %2)</translation>
    </message>
    <message>
        <source>the first pass</source>
        <translation>dem ersten Durchlauf</translation>
    </message>
    <message>
        <source>webhooks off: with an API key they need the account&apos;s Auth Token (TEXTDESK_WEBHOOK_AUTH_TOKEN) to check their signatures</source>
        <translation>Webhooks aus: mit einem API-Key brauchen sie das Auth Token des Kontos (TEXTDESK_WEBHOOK_AUTH_TOKEN), um ihre Signaturen zu prüfen</translation>
    </message>
    <message>
        <source>A lead&apos;s report from the workspace&apos;s cache.</source>
        <translation>Ein Bericht für Teamleiter aus dem Cache des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Erster Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Letzter Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Group by agent, number, tag, day, week or month.</source>
        <translation>Gruppieren nach agent, number, tag, day, week oder month.</translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation>GRUPPIERUNG</translation>
    </message>
    <message>
        <source>csv, json or pdf.</source>
        <translation>csv, json oder pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Only this agent (name).</source>
        <translation>Nur dieser Mitarbeiter (Name).</translation>
    </message>
    <message>
        <source>Only this number of ours (+E.164).</source>
        <translation>Nur diese unserer Nummern (+E.164).</translation>
    </message>
    <message>
        <source>Only customers with this tag.</source>
        <translation>Nur Kunden mit diesem Tag.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>PDF paper: a4 or letter (default: the locale&apos;s).</source>
        <translation>PDF-Papierformat: a4 oder letter (Standard: das des Gebietsschemas).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>csat, nps, ces or response-times.</source>
        <translation>csat, nps, ces oder response-times.</translation>
    </message>
    <message>
        <source>textdesk report: %1</source>
        <translation>textdesk report: %1</translation>
    </message>
    <message>
        <source>say which report: csat, nps, ces or response-times.</source>
        <translation>Geben Sie den Bericht an: csat, nps, ces oder response-times.</translation>
    </message>
    <message>
        <source>--from and --to need dates written as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--from und --to erwarten Datumsangaben im Format YYYY-MM-DD, z. B. 2026-03-01.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) liegt vor --from (%2).</translation>
    </message>
    <message>
        <source>--by is one of agent, number, tag, day, week or month, not &quot;%1&quot;.</source>
        <translation>--by muss agent, number, tag, day, week oder month sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--format is csv, json or pdf.</source>
        <translation>--format muss csv, json oder pdf sein.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper muss a4 oder letter sein.</translation>
    </message>
    <message>
        <source>--output FILE says where to write the report.</source>
        <translation>--output DATEI gibt an, wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>textdesk report: there is no workspace in %1.</source>
        <translation>textdesk report: In %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>no agent is called &quot;%1&quot;.</source>
        <translation>Kein Mitarbeiter heißt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>%1 is not one of the workspace&apos;s numbers.</source>
        <translation>%1 ist keine der Nummern des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nummer: %1</translation>
    </message>
    <message>
        <source>there is no tag &quot;%1&quot;.</source>
        <translation>Es gibt kein Tag &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <source>textdesk report: this build cannot write PDF.</source>
        <translation>textdesk report: Diese Version kann kein PDF schreiben.</translation>
    </message>
    <message>
        <source>textdesk report: cannot write %1: %2</source>
        <translation>textdesk report: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Read survey replies as Textdesk does and print, per text, one JSON object: score (or null), kind (explicit, inferred or none), opt_out and comment.</source>
        <translation>Liest Umfrageantworten so, wie Textdesk es tut, und gibt pro Text ein JSON-Objekt aus: score (oder null), kind (explicit, inferred oder none), opt_out und comment.</translation>
    </message>
    <message>
        <source>The question: csat (1–5), nps (0–10), ces (1–7) or yesno.</source>
        <translation>Die Frage: csat (1–5), nps (0–10), ces (1–7) oder yesno.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>The survey&apos;s language: en, de, es or fr (default en).</source>
        <translation>Die Sprache der Umfrage: en, de, es oder fr (Standard: en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>What to do: score.</source>
        <translation>Was zu tun ist: score.</translation>
    </message>
    <message>
        <source>The replies (after -- if one starts with a dash).</source>
        <translation>Die Antworten (nach --, falls eine mit einem Minuszeichen beginnt).</translation>
    </message>
    <message>
        <source>textdesk: say what to do with surveys: textdesk survey score --kind csat TEXT…</source>
        <translation>textdesk: Geben Sie an, was mit Umfragen geschehen soll: textdesk survey score --kind csat TEXT…</translation>
    </message>
    <message>
        <source>textdesk: --kind must be csat, nps, ces or yesno.</source>
        <translation>textdesk: --kind muss csat, nps, ces oder yesno sein.</translation>
    </message>
    <message>
        <source>textdesk: give at least one reply to read.</source>
        <translation>textdesk: Geben Sie mindestens eine Antwort zum Auswerten an.</translation>
    </message>
    <message>
        <source>Scheduled:      %1 waiting, %2 held for an agent to confirm</source>
        <translation>Geplant:        %1 wartend, %2 zurückgehalten, bis ein Mitarbeiter bestätigt</translation>
    </message>
    <message>
        <source>How numbers without +country code are read (e.g. US, DE; default: the workspace&apos;s [phone] default_region, else this computer&apos;s region).</source>
        <translation>Wie Nummern ohne +Ländervorwahl gelesen werden (z. B. US, DE; Standard: default_region unter [phone] des Arbeitsbereichs, sonst die Region dieses Computers).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Contacts in and out of the workspace.</source>
        <translation>Kontakte in den Arbeitsbereich importieren und aus ihm exportieren.</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv oder vcard.</translation>
    </message>
    <message>
        <source>vCard version to write: 3 or 4 (default 4).</source>
        <translation>Zu schreibende vCard-Version: 3 oder 4 (Standard: 4).</translation>
    </message>
    <message>
        <source>import, export or undo.</source>
        <translation>import, export oder undo.</translation>
    </message>
    <message>
        <source>The file (undo: the import&apos;s number).</source>
        <translation>Die Datei (bei undo: die Nummer des Imports).</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk contacts import|export --workspace DIR FILE [--format csv|vcard], or textdesk contacts undo --workspace DIR NUMBER</source>
        <translation>textdesk: Geben Sie an, was zu tun ist: textdesk contacts import|export --workspace ORDNER DATEI [--format csv|vcard] oder textdesk contacts undo --workspace ORDNER NUMMER</translation>
    </message>
    <message>
        <source>textdesk: --format must be csv or vcard.</source>
        <translation>textdesk: --format muss csv oder vcard sein.</translation>
    </message>
    <message>
        <source>“%1” is not an import number.</source>
        <translation>„%1“ ist keine Importnummer.</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Import %1 wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>textdesk: --vcard-version must be 3 or 4.</source>
        <translation>textdesk: --vcard-version muss 3 oder 4 sein.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 geschrieben.</numerusform>
            <numerusform>%n Kontakte nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: %1 was not imported; nothing was changed. Correct the lines above and run the import again.</source>
        <translation>textdesk: %1 wurde nicht importiert; es wurde nichts geändert. Korrigieren Sie die obigen Zeilen und führen Sie den Import erneut aus.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Gelesen als: %1</translation>
    </message>
    <message>
        <source>Import %1: %2 new, %3 merged with customers already here, %4 repeated in the file, %5 without a number skipped.</source>
        <translation>Import %1: %2 neu, %3 mit vorhandenen Kunden zusammengeführt, %4 in der Datei wiederholt, %5 ohne Nummer übersprungen.</translation>
    </message>
    <message>
        <source>To undo it: textdesk contacts undo --workspace %1 %2</source>
        <translation>Zum Rückgängigmachen: textdesk contacts undo --workspace %1 %2</translation>
    </message>
    <message>
        <source>Bring message history from files into the workspace.</source>
        <translation>Nachrichtenverlauf aus Dateien in den Arbeitsbereich übernehmen.</translation>
    </message>
    <message>
        <source>JSON pages of the provider&apos;s list, the JSON of its CLI (-o json), or CSV.</source>
        <translation>JSON-Seiten der Liste des Anbieters, das JSON seiner CLI (-o json) oder CSV.</translation>
    </message>
    <message>
        <source>textdesk: name the files to import: textdesk import --workspace DIR FILE…</source>
        <translation>textdesk: Geben Sie die zu importierenden Dateien an: textdesk import --workspace ORDNER DATEI…</translation>
    </message>
    <message>
        <source>Read %1: %2 messages so far</source>
        <translation>%1 gelesen: bisher %2 Nachrichten</translation>
    </message>
    <message>
        <source>Done: %1 messages read.</source>
        <translation>Fertig: %1 Nachrichten gelesen.</translation>
    </message>
    <message>
        <source>Imported %1 messages; %2 were already here.</source>
        <translation>%1 Nachrichten importiert; %2 waren bereits vorhanden.</translation>
    </message>
    <message>
        <source>A customer&apos;s right to erasure.</source>
        <translation>Das Recht eines Kunden auf Löschung.</translation>
    </message>
    <message>
        <source>Erase without asking (required: there is no undo).</source>
        <translation>Ohne Rückfrage löschen (erforderlich: Dies kann nicht rückgängig gemacht werden).</translation>
    </message>
    <message>
        <source>What to do: erase.</source>
        <translation>Was zu tun ist: erase.</translation>
    </message>
    <message>
        <source>textdesk: textdesk privacy erase --workspace DIR --number NUMBER --yes</source>
        <translation>textdesk: textdesk privacy erase --workspace ORDNER --number NUMMER --yes</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 messages, %4 media files, %5 drafts, %6 outbox entries, %7 survey answers, %8 consent events, and the profile.</source>
        <translation>%1: %2 Unterhaltungen, %3 Nachrichten, %4 Mediendateien, %5 Entwürfe, %6 Einträge im Postausgang, %7 Umfrageantworten, %8 Einwilligungsereignisse und das Profil.</translation>
    </message>
    <message>
        <source>textdesk: this would erase %1 There is no undo: add --yes to erase.</source>
        <translation>textdesk: Dies würde Folgendes löschen: %1 Dies kann nicht rückgängig gemacht werden: Fügen Sie --yes hinzu, um zu löschen.</translation>
    </message>
    <message>
        <source>textdesk: %1 Nothing was erased.</source>
        <translation>textdesk: %1 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>The text; {{variables}} are filled from the customer&apos;s profile.</source>
        <translation>Der Text; {{variables}} werden aus dem Profil des Kunden gefüllt.</translation>
    </message>
    <message>
        <source>A template&apos;s shortcut, instead of --body.</source>
        <translation>Das Kürzel einer Vorlage, anstelle von --body.</translation>
    </message>
    <message>
        <source>SHORTCUT</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>A value for a template variable (repeat for more).</source>
        <translation>Ein Wert für eine Vorlagenvariable (für weitere wiederholen).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>textdesk: --to and --body (or --template, or --media) are required.</source>
        <translation>textdesk: --to und --body (oder --template oder --media) sind erforderlich.</translation>
    </message>
    <message>
        <source>textdesk: give --body or --template, not both.</source>
        <translation>textdesk: Geben Sie --body oder --template an, nicht beides.</translation>
    </message>
    <message>
        <source>textdesk: there is no template &quot;/%1&quot;.</source>
        <translation>textdesk: Es gibt keine Vorlage &quot;/%1&quot;.</translation>
    </message>
    <message>
        <source>textdesk: --var takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>textdesk: --var erwartet NAME=WERT, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>textdesk: not sent: the message has no value for %1. Give it with --var NAME=VALUE, or a default in the text ({{name|default}}).</source>
        <translation>textdesk: Nicht gesendet: Die Nachricht hat keinen Wert für %1. Geben Sie ihn mit --var NAME=WERT an oder als Standardwert im Text ({{name|default}}).</translation>
    </message>
    <message>
        <source>Instead of the figures, every survey sent in the period with its answer (CSV).</source>
        <translation>Statt der Kennzahlen jede im Zeitraum gesendete Umfrage mit ihrer Antwort (CSV).</translation>
    </message>
    <message>
        <source>--answers is written as CSV: use --format csv.</source>
        <translation>--answers wird als CSV geschrieben: Verwenden Sie --format csv.</translation>
    </message>
    <message>
        <source>answers: %1 of %2</source>
        <translation>Antworten: %1 von %2</translation>
    </message>
    <message>
        <source>reading the figures…</source>
        <translation>Kennzahlen werden gelesen…</translation>
    </message>
    <message>
        <source>writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>textdesk: %1: %2</source>
        <translation>textdesk: %1: %2</translation>
    </message>
    <message>
        <source>Play a scripted set of replies against a training scenario and print the score.</source>
        <translation>Spielt vorgegebene Antworten gegen ein Trainingsszenario ab und gibt die Punktzahl aus.</translation>
    </message>
    <message>
        <source>The scenario: a JSON file or a built-in id (repeat it, or say &quot;all&quot;, to score several with --model-answer).</source>
        <translation>Das Szenario: eine JSON-Datei oder eine eingebaute ID (wiederholen oder &quot;all&quot; angeben, um mehrere mit --model-answer zu bewerten).</translation>
    </message>
    <message>
        <source>The replies: a JSON list of {delay_minutes, text, to}.</source>
        <translation>Die Antworten: eine JSON-Liste von {delay_minutes, text, to}.</translation>
    </message>
    <message>
        <source>Play the scenario&apos;s model answer instead of --replies.</source>
        <translation>Die Musterantwort des Szenarios statt --replies abspielen.</translation>
    </message>
    <message>
        <source>The customer&apos;s seed (default 1).</source>
        <translation>Der Seed des Kunden (Standard: 1).</translation>
    </message>
    <message>
        <source>The jargon list: one term a line (default: the built-in list).</source>
        <translation>Die Jargon-Liste: ein Begriff pro Zeile (Standard: die eingebaute Liste).</translation>
    </message>
    <message>
        <source>report: the results file (training-results.jsonl in the workspace folder).</source>
        <translation>report: die Ergebnisdatei (training-results.jsonl im Ordner des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>report: write the CSV here (default: standard output).</source>
        <translation>report: die CSV hierhin schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>What to do: run or list.</source>
        <translation>Was zu tun ist: run oder list.</translation>
    </message>
    <message>
        <source>textdesk: training report needs --results FILE.</source>
        <translation>textdesk: training report benötigt --results DATEI.</translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %n damaged line(s) in the results were skipped.</source>
        <translation>
            <numerusform>textdesk: %n beschädigte Zeile in den Ergebnissen wurde übersprungen.</numerusform>
            <numerusform>textdesk: %n beschädigte Zeilen in den Ergebnissen wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: cannot write &quot;%1&quot;: %2</source>
        <translation>textdesk: &quot;%1&quot; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk training run --scenario FILE --replies FILE, textdesk training list, or textdesk training report --results FILE.</source>
        <translation>textdesk: Geben Sie an, was zu tun ist: textdesk training run --scenario DATEI --replies DATEI, textdesk training list oder textdesk training report --results DATEI.</translation>
    </message>
    <message>
        <source>textdesk: training run needs --scenario and either --replies or --model-answer.</source>
        <translation>textdesk: training run benötigt --scenario und entweder --replies oder --model-answer.</translation>
    </message>
    <message>
        <source>textdesk: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>textdesk: --seed muss eine ganze Zahl sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>textdesk: several scenarios are played with --model-answer only.</source>
        <translation>textdesk: Mehrere Szenarien können nur mit --model-answer abgespielt werden.</translation>
    </message>
    <message>
        <source>textdesk: cannot read the jargon list &quot;%1&quot;: %2</source>
        <translation>textdesk: Die Jargon-Liste &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Overall: %1 of %2 passed, mean score %3</source>
        <translation>Gesamt: %1 von %2 bestanden, durchschnittliche Punktzahl %3</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot; (give its shortcut or its title).</source>
        <translation>Es gibt keine Vorlage „%1“ (geben Sie ihr Kürzel oder ihren Titel an).</translation>
    </message>
    <message>
        <source>textdesk: cannot read %1: %2</source>
        <translation>textdesk: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>%1%2 skipped (%3): %4</source>
        <translation>%1%2 übersprungen (%3): %4</translation>
    </message>
    <message>
        <source>%1%2 (held until %3): %4</source>
        <translation>%1%2 (zurückgehalten bis %3): %4</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): %1 to send (%2 held for quiet hours), %3 skipped</source>
        <translation>
            <numerusform>%n Empfänger: %1 zu senden (%2 wegen Ruhezeiten zurückgehalten), %3 übersprungen</numerusform>
            <numerusform>%n Empfänger: %1 zu senden (%2 wegen Ruhezeiten zurückgehalten), %3 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>textdesk: cannot write %1: %2</source>
        <translation>textdesk: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Broadcast %1: %2 of %3 queued</source>
        <translation>Rundsendung %1: %2 von %3 eingereiht</translation>
    </message>
    <message>
        <source>Broadcast %1: %2 queued, %3 skipped, %4 cancelled, %5 waiting.</source>
        <translation>Rundsendung %1: %2 eingereiht, %3 übersprungen, %4 abgebrochen, %5 wartend.</translation>
    </message>
    <message>
        <source>The rest is held for the customers&apos; quiet hours until %1; it goes out then with &quot;textdesk broadcast --resume&quot;, sync or serve.</source>
        <translation>Der Rest wird bis %1 wegen der Ruhezeiten der Kunden zurückgehalten; er geht dann mit „textdesk broadcast --resume“, sync oder serve hinaus.</translation>
    </message>
    <message>
        <source>textdesk: not everything has gone out yet; it stays queued and goes out, once, with the next &quot;broadcast --resume&quot;, sync or send.</source>
        <translation>textdesk: Noch ist nicht alles versendet; der Rest bleibt eingereiht und geht genau einmal mit dem nächsten „broadcast --resume“, sync oder send hinaus.</translation>
    </message>
    <message>
        <source>Send a template to many customers: those with a tag, or the numbers of a CSV file whose other columns are template variables. Paced per sending number; an interrupted broadcast goes on with --resume and skips or repeats nobody.</source>
        <translation>Eine Vorlage an viele Kunden senden: an die mit einem Schlagwort oder an die Nummern einer CSV-Datei, deren weitere Spalten Vorlagenvariablen sind. Getaktet je Absendernummer; eine unterbrochene Rundsendung läuft mit --resume weiter und lässt niemanden aus oder schreibt niemanden doppelt an.</translation>
    </message>
    <message>
        <source>The template&apos;s shortcut or title.</source>
        <translation>Das Kürzel oder der Titel der Vorlage.</translation>
    </message>
    <message>
        <source>A CSV file: a number column and variable columns.</source>
        <translation>Eine CSV-Datei: eine Nummernspalte und Variablenspalten.</translation>
    </message>
    <message>
        <source>The customers with this tag.</source>
        <translation>Die Kunden mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>Messages per second from that number (default 1).</source>
        <translation>Nachrichten pro Sekunde von dieser Nummer (Standard: 1).</translation>
    </message>
    <message>
        <source>Print each recipient&apos;s text and who is skipped; send nothing.</source>
        <translation>Den Text für jeden Empfänger anzeigen und wer übersprungen wird; nichts senden.</translation>
    </message>
    <message>
        <source>Go on with the broadcasts an interruption left.</source>
        <translation>Die durch eine Unterbrechung liegen gebliebenen Rundsendungen fortsetzen.</translation>
    </message>
    <message>
        <source>Write each recipient&apos;s outcome to this CSV file.</source>
        <translation>Das Ergebnis für jeden Empfänger in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Seconds to wait for the provider at the end (default 60).</source>
        <translation>Sekunden, die am Ende auf den Anbieter gewartet wird (Standard: 60).</translation>
    </message>
    <message>
        <source>textdesk: --rate takes messages per second, more than 0 and at most 1000.</source>
        <translation>textdesk: --rate erwartet Nachrichten pro Sekunde, mehr als 0 und höchstens 1000.</translation>
    </message>
    <message>
        <source>textdesk: give --template and one of --csv or --tag (or --resume).</source>
        <translation>textdesk: Geben Sie --template und entweder --csv oder --tag an (oder --resume).</translation>
    </message>
    <message>
        <source>Broadcast %1 stored; sending at %2 per second.</source>
        <translation>Rundsendung %1 gespeichert; Versand mit %2 pro Sekunde.</translation>
    </message>
    <message>
        <source>Appointment reminders from a CSV file (a number column, a date and time column, and variable columns): one message each, some hours before its date. They go out with the next sync, serve or window that runs at their time.</source>
        <translation>Terminerinnerungen aus einer CSV-Datei (eine Nummernspalte, eine Spalte mit Datum und Uhrzeit sowie Variablenspalten): je eine Nachricht, einige Stunden vor dem Termin. Sie gehen mit dem nächsten sync, serve oder Fenster hinaus, das zu ihrem Zeitpunkt läuft.</translation>
    </message>
    <message>
        <source>The appointments.</source>
        <translation>Die Termine.</translation>
    </message>
    <message>
        <source>How long before the appointment (default 24).</source>
        <translation>Wie lange vor dem Termin (Standard: 24).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>STUNDEN</translation>
    </message>
    <message>
        <source>Check the file and print the reminders; store nothing.</source>
        <translation>Die Datei prüfen und die Erinnerungen anzeigen; nichts speichern.</translation>
    </message>
    <message>
        <source>textdesk: --hours-before takes a number of hours from 0 to 1440.</source>
        <translation>textdesk: --hours-before erwartet eine Anzahl Stunden von 0 bis 1440.</translation>
    </message>
    <message>
        <source>textdesk: --template and --csv are required.</source>
        <translation>textdesk: --template und --csv sind erforderlich.</translation>
    </message>
    <message>
        <source>textdesk: line %1: %2</source>
        <translation>textdesk: Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 at %3: %4</source>
        <translation>Zeile %1: %2 am %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) scheduled</source>
        <translation>
            <numerusform>%n Erinnerung geplant</numerusform>
            <numerusform>%n Erinnerungen geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already scheduled before)</source>
        <translation>
            <numerusform> (%n bereits zuvor geplant)</numerusform>
            <numerusform> (%n bereits zuvor geplant)</numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: no password on standard input (--password-stdin: the first line).</source>
        <translation>textdesk: Kein Passwort auf der Standardeingabe (--password-stdin: die erste Zeile).</translation>
    </message>
    <message>
        <source>Here: %1 added, %2 updated, %3 deleted. Server: %4 added, %5 updated, %6 deleted.</source>
        <translation>Hier: %1 hinzugefügt, %2 aktualisiert, %3 gelöscht. Server: %4 hinzugefügt, %5 aktualisiert, %6 gelöscht.</translation>
    </message>
    <message>
        <source>Skipped %1 card(s) without a usable number; kept %2 customer(s) the server deleted, for their conversations.</source>
        <translation>%1 Karte(n) ohne verwendbare Nummer übersprungen; %2 vom Server gelöschte(n) Kunden wegen ihrer Unterhaltungen behalten.</translation>
    </message>
    <message>
        <source>Conflicts: %1 new, %2 open.</source>
        <translation>Konflikte: %1 neu, %2 offen.</translation>
    </message>
    <message>
        <source>See them with: textdesk contacts carddav conflicts --workspace DIR</source>
        <translation>Anzeigen mit: textdesk contacts carddav conflicts --workspace ORDNER</translation>
    </message>
    <message>
        <source>textdesk: the sync stopped: %1</source>
        <translation>textdesk: Die Synchronisierung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Two-way sync with a CardDAV address book.</source>
        <translation>Zwei-Wege-Synchronisierung mit einem CardDAV-Adressbuch.</translation>
    </message>
    <message>
        <source>The address book&apos;s URL (remembered in workspace.ini).</source>
        <translation>Die URL des Adressbuchs (wird in workspace.ini gespeichert).</translation>
    </message>
    <message>
        <source>The user name (remembered in workspace.ini).</source>
        <translation>Der Benutzername (wird in workspace.ini gespeichert).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Read the password or app token from the first line of standard input.</source>
        <translation>Das Passwort oder App-Token aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>resolve: which version stands, here or server.</source>
        <translation>resolve: welche Version gilt, here (hier) oder server.</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>How numbers without +country code are read (e.g. US).</source>
        <translation>Wie Nummern ohne +Ländervorwahl gelesen werden (z. B. US).</translation>
    </message>
    <message>
        <source>The address book.</source>
        <translation>Das Adressbuch.</translation>
    </message>
    <message>
        <source>sync, conflicts or resolve.</source>
        <translation>sync, conflicts oder resolve.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk contacts carddav sync --workspace DIR [--url URL --user USER] --password-stdin, textdesk contacts carddav conflicts --workspace DIR, or textdesk contacts carddav resolve --workspace DIR N --keep here|server</source>
        <translation>textdesk: Geben Sie an, was zu tun ist: textdesk contacts carddav sync --workspace ORDNER [--url URL --user BENUTZER] --password-stdin, textdesk contacts carddav conflicts --workspace ORDNER oder textdesk contacts carddav resolve --workspace ORDNER N --keep here|server</translation>
    </message>
    <message>
        <source>textdesk: no address book yet: give --url URL --user USER once.</source>
        <translation>textdesk: Noch kein Adressbuch: Geben Sie einmalig --url URL --user BENUTZER an.</translation>
    </message>
    <message>
        <source>textdesk: give the password or app token on standard input with --password-stdin (never as an argument).</source>
        <translation>textdesk: Geben Sie das Passwort oder App-Token mit --password-stdin über die Standardeingabe an (nie als Argument).</translation>
    </message>
    <message>
        <source>No open CardDAV conflicts.</source>
        <translation>Keine offenen CardDAV-Konflikte.</translation>
    </message>
    <message>
        <source>Conflict %1: %2 (found %3)</source>
        <translation>Konflikt %1: %2 (gefunden am %3)</translation>
    </message>
    <message>
        <source>Keep one version with: textdesk contacts carddav resolve --workspace DIR N --keep here|server</source>
        <translation>Eine Version behalten mit: textdesk contacts carddav resolve --workspace ORDNER N --keep here|server</translation>
    </message>
    <message>
        <source>textdesk: resolve N --keep here|server (N: the conflict&apos;s number).</source>
        <translation>textdesk: resolve N --keep here|server (N: die Nummer des Konflikts).</translation>
    </message>
    <message>
        <source>Conflict %1: the version here stands; the next sync sends it.</source>
        <translation>Konflikt %1: Die Version hier gilt; die nächste Synchronisierung sendet sie.</translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s version is now here.</source>
        <translation>Konflikt %1: Die Version des Servers ist jetzt hier.</translation>
    </message>
    <message>
        <source>The workspace&apos;s automation rules.</source>
        <translation>Die Automatisierungsregeln des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>test: the customer&apos;s number the sample comes from.</source>
        <translation>test: die Nummer des Kunden, von der die Beispielnachricht kommt.</translation>
    </message>
    <message>
        <source>test: our number it is sent to (default: the customer&apos;s).</source>
        <translation>test: unsere Nummer, an die sie gesendet wird (Standard: die des Kunden).</translation>
    </message>
    <message>
        <source>test: when it arrives, e.g. 2026-06-03T22:00 (default: now).</source>
        <translation>test: wann sie eintrifft, z. B. 2026-06-03T22:00 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>list, test, export or import.</source>
        <translation>list, test, export oder import.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk rules list --workspace DIR, textdesk rules test --workspace DIR [--from NUMBER] [--to NUMBER] [--at TIME] TEXT, or textdesk rules export|import --workspace DIR FILE</source>
        <translation>textdesk: Geben Sie an, was zu tun ist: textdesk rules list --workspace ORDNER, textdesk rules test --workspace ORDNER [--from NUMMER] [--to NUMMER] [--at ZEIT] TEXT oder textdesk rules export|import --workspace ORDNER DATEI</translation>
    </message>
    <message>
        <source>textdesk: nothing was imported:</source>
        <translation>textdesk: Es wurde nichts importiert:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s); they replace the ones before.</source>
        <translation>
            <numerusform>%n Regel importiert; sie ersetzt die bisherigen.</numerusform>
            <numerusform>%n Regeln importiert; sie ersetzen die bisherigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n Regel nach %1 exportiert.</numerusform>
            <numerusform>%n Regeln nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rules yet. Import some with textdesk rules import.</source>
        <translation>Noch keine Regeln. Importieren Sie welche mit textdesk rules import.</translation>
    </message>
    <message>
        <source>%1. %2 — %3%4%5</source>
        <translation>%1. %2 — %3%4%5</translation>
    </message>
    <message>
        <source> (away reply)</source>
        <translation> (Abwesenheitsantwort)</translation>
    </message>
    <message>
        <source> [off]</source>
        <translation> [aus]</translation>
    </message>
    <message>
        <source>Business hours of %1: %2</source>
        <translation>Geschäftszeiten von %1: %2</translation>
    </message>
    <message>
        <source>every number</source>
        <translation>alle Nummern</translation>
    </message>
    <message>
        <source>textdesk: --at %1 is not a time; write it like 2026-06-03T22:00.</source>
        <translation>textdesk: --at %1 ist keine Zeitangabe; schreiben Sie sie wie 2026-06-03T22:00.</translation>
    </message>
    <message>
        <source>Nothing is sent or changed by a test.</source>
        <translation>Ein Test sendet und ändert nichts.</translation>
    </message>
    <message>
        <source>The FAQ bot&apos;s questions and answers.</source>
        <translation>Die Fragen und Antworten des FAQ-Bots.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk faq list --workspace DIR, textdesk faq test --workspace DIR TEXT, or textdesk faq export|import --workspace DIR FILE</source>
        <translation>textdesk: Geben Sie an, was zu tun ist: textdesk faq list --workspace ORDNER, textdesk faq test --workspace ORDNER TEXT oder textdesk faq export|import --workspace ORDNER DATEI</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into the FAQ; they replace the ones before.</source>
        <translation>
            <numerusform>%n Frage in die FAQ importiert; sie ersetzt die bisherigen.</numerusform>
            <numerusform>%n Fragen in die FAQ importiert; sie ersetzen die bisherigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n FAQ question(s) to %1.</source>
        <translation>
            <numerusform>%n FAQ-Frage nach %1 exportiert.</numerusform>
            <numerusform>%n FAQ-Fragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No FAQ yet. Import one with textdesk faq import (a starter FAQ is in resources/faq/starter-faq.json).</source>
        <translation>Noch keine FAQ. Importieren Sie eine mit textdesk faq import (eine Start-FAQ liegt in resources/faq/starter-faq.json).</translation>
    </message>
    <message numerus="yes">
        <source>%1. [%2] %3 — %n keyword(s), %4 phrase(s)</source>
        <translation>
            <numerusform>%1. [%2] %3 — %n Schlüsselwort, %4 Phrase(n)</numerusform>
            <numerusform>%1. [%2] %3 — %n Schlüsselwörter, %4 Phrase(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The FAQ bot answers “%1” (%2, score %3 of %4 needed):</source>
        <translation>Der FAQ-Bot beantwortet „%1“ (%2, Punktzahl %3 von benötigten %4):</translation>
    </message>
    <message>
        <source>The FAQ bot hands the conversation to a person: %1.</source>
        <translation>Der FAQ-Bot übergibt die Unterhaltung an einen Menschen: %1.</translation>
    </message>
    <message>
        <source>The FAQ bot waits for a question: %1.</source>
        <translation>Der FAQ-Bot wartet auf eine Frage: %1.</translation>
    </message>
    <message>
        <source>The FAQ bot is not sure and hands the conversation to a person: %1.</source>
        <translation>Der FAQ-Bot ist unsicher und übergibt die Unterhaltung an einen Menschen: %1.</translation>
    </message>
    <message>
        <source>textdesk: say what to do: textdesk team init --database URL, textdesk team add-agent NAME --role agent|lead|admin --database URL, or textdesk team agents --database URL (add --password-stdin to give the database password on standard input)</source>
        <translation>textdesk: Geben Sie an, was zu tun ist: textdesk team init --database URL, textdesk team add-agent NAME --role agent|lead|admin --database URL oder textdesk team agents --database URL (fügen Sie --password-stdin hinzu, um das Datenbankpasswort über die Standardeingabe anzugeben)</translation>
    </message>
    <message>
        <source>The team&apos;s shared PostgreSQL store.</source>
        <translation>Der gemeinsame PostgreSQL-Speicher des Teams.</translation>
    </message>
    <message>
        <source>The team database: postgresql://USER@HOST:PORT/DATABASE (no password in it).</source>
        <translation>Die Teamdatenbank: postgresql://USER@HOST:PORT/DATABASE (ohne Passwort).</translation>
    </message>
    <message>
        <source>The new agent&apos;s role: agent, lead or admin.</source>
        <translation>Die Rolle des neuen Mitarbeiters: agent, lead oder admin.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Read the database password from the first line of standard input.</source>
        <translation>Das Datenbankpasswort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>init, add-agent or agents.</source>
        <translation>init, add-agent oder agents.</translation>
    </message>
    <message>
        <source>textdesk: the role must be agent, lead or admin, not &quot;%1&quot;.</source>
        <translation>textdesk: Die Rolle muss agent, lead oder admin sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The team database %1 is ready (schema version %2). Add the team with: textdesk team add-agent NAME --role agent|lead|admin --database URL</source>
        <translation>Die Teamdatenbank %1 ist bereit (Schemaversion %2). Fügen Sie die Teammitglieder hinzu mit: textdesk team add-agent NAME --role agent|lead|admin --database URL</translation>
    </message>
    <message>
        <source>Added %1 as %2; their database login is %3.</source>
        <translation>%1 wurde als %2 hinzugefügt; die Datenbank-Anmeldung lautet %3.</translation>
    </message>
    <message>
        <source>Their password, shown only now (give it to them in person or through a password manager; Textdesk keeps it in their computer&apos;s keychain):</source>
        <translation>Das Passwort, nur jetzt angezeigt (übergeben Sie es persönlich oder über einen Passwortmanager; Textdesk bewahrt es im Schlüsselbund des Computers des Mitarbeiters auf):</translation>
    </message>
    <message>
        <source>No agents yet: textdesk team add-agent NAME --role agent --database URL</source>
        <translation>Noch keine Mitarbeiter: textdesk team add-agent NAME --role agent --database URL</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, login %3): %n open conversation(s)%4</source>
        <translation>
            <numerusform>%1 (%2, Anmeldung %3): %n offene Unterhaltung%4</numerusform>
            <numerusform>%1 (%2, Anmeldung %3): %n offene Unterhaltungen%4</numerusform>
        </translation>
    </message>
    <message>
        <source>, inactive</source>
        <translation>, inaktiv</translation>
    </message>
    <message>
        <source>Be the team&apos;s gateway: publish into this PostgreSQL database and send its desktops&apos; replies (postgresql://USER@HOST/DATABASE; docs/team.md).</source>
        <translation>Als Gateway des Teams arbeiten: in diese PostgreSQL-Datenbank veröffentlichen und die Antworten der angeschlossenen Desktops senden (postgresql://USER@HOST/DATABASE; docs/team.md).</translation>
    </message>
    <message>
        <source>Read the team database&apos;s password from the first line of standard input (or libpq&apos;s ~/.pgpass has it).</source>
        <translation>Das Passwort der Teamdatenbank aus der ersten Zeile der Standardeingabe lesen (oder es steht in ~/.pgpass von libpq).</translation>
    </message>
    <message>
        <source>team: standby: %1</source>
        <translation>team: Bereitschaft: %1</translation>
    </message>
    <message>
        <source>team: lost the gateway lock (%1); stopping</source>
        <translation>team: Gateway-Sperre verloren (%1); wird beendet</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>team: %1</translation>
    </message>
    <message>
        <source>team: this is the active gateway</source>
        <translation>team: Dies ist das aktive Gateway</translation>
    </message>
    <message numerus="yes">
        <source>team: took %n reply(ies) from desktops</source>
        <translation>
            <numerusform>team: %n Antwort von den Desktops abgeholt</numerusform>
            <numerusform>team: %n Antworten von den Desktops abgeholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team: published %n message(s)</source>
        <translation>
            <numerusform>team: %n Nachricht veröffentlicht</numerusform>
            <numerusform>team: %n Nachrichten veröffentlicht</numerusform>
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
        <translation>Aufruf: textdesk [--workspace DIR]
        textdesk COMMAND [options]

Textdesk ist ein Desktop-Arbeitsplatz für den Kundenservice per SMS.
Ohne Befehl öffnet Textdesk das Hauptfenster; ist kein Anbieter eingerichtet,
ist das der Trainingsbereich.

Befehle:
  status --workspace DIR [--json]   Zeigt, was der Cache des Arbeitsbereichs enthält.
  configure --workspace DIR --account-sid AC… [--api-key-sid SK…] [--base-url URL]
                                    Verbindet den Arbeitsbereich mit einem Konto beim
                                    Anbieter; das Secret kommt aus TEXTDESK_AUTH_TOKEN
                                    oder von stdin.
  configure --workspace DIR --team URL --agent NAME [--password-stdin]
                                    Macht den Arbeitsbereich zu einem Team-Desktop:
                                    einem Replikat des PostgreSQL-Speichers des Teams
                                    (docs/team.md).
  sync --workspace DIR [--once] [--history-days N|all]
                                    Bringt den Cache auf den Stand des Anbieters.
  serve --workspace DIR             Hält den Cache ohne Fenster aktuell (als Dienst;
                                    endet bei SIGTERM/SIGINT).
  send --workspace DIR --to NUMBER --body TEXT [--from NUMBER] [--media FILE]…
                                    Sendet eine Nachricht über den Postausgang (genau
                                    einmal).
  broadcast --workspace DIR --template NAME (--csv FILE | --tag TAG) [--from NUMBER]
         [--rate N] [--dry-run] [--report FILE]
                                    Eine Vorlage an viele Kunden, im festen Takt
                                    (--resume setzt nach einer Unterbrechung fort).
  reminders --workspace DIR --template NAME --csv FILE [--hours-before N] [--dry-run]
                                    Terminerinnerungen, je eine Nachricht vor dem
                                    jeweiligen Termin.
  rules list|test|export|import --workspace DIR [--from NUMBER] [--to NUMBER]
         [--at TIME] (TEXT | FILE)
                                    Automatisierungsregeln: auflisten, mit einer
                                    Nachricht testen (es wird nichts gesendet) oder
                                    als JSON exportieren und importieren.
  faq list|test|export|import --workspace DIR (TEXT | FILE)
                                    Die Fragen und Antworten des FAQ-Bots: auflisten,
                                    mit einer Nachricht testen (es wird nichts
                                    gesendet) oder als JSON exportieren und
                                    importieren.
  team init|add-agent NAME --role agent|lead|admin|agents --database URL
         [--password-stdin]
                                    Der gemeinsame PostgreSQL-Speicher des Teams:
                                    anlegen, einen Mitarbeiter hinzufügen (sein
                                    Passwort wird einmalig angezeigt), die Mitarbeiter
                                    und ihre offenen Unterhaltungen auflisten.
  survey score --kind csat|nps|ces|yesno [--language L] TEXT…
                                    Zeigt, wie Umfrageantworten gelesen werden (JSON
                                    je Text).
  report csat|nps|ces|response-times --workspace DIR --from DATE --to DATE
         [--by agent|number|tag|day|week|month] --format csv|json|pdf --output FILE
                                    Ein Bericht für die Teamleitung (Datum als
                                    JJJJ-MM-TT, beide Tage eingeschlossen).
  training run --scenario FILE|ID --replies FILE|--model-answer [--json]
                                    Bewertet vorgegebene Antworten auf ein
                                    Trainingsszenario.
  training list                     Die eingebauten Trainingsszenarien.
  training report --results FILE [--output FILE]
                                    Je Mitarbeiter: Szenarien, Punktzahlen, Trend,
                                    schwächste Prüfungen (CSV).
  contacts import|export --workspace DIR FILE [--format csv|vcard] [--region R]
                                    Kontakte aus CSV oder vCard importieren bzw.
                                    dorthin exportieren (ein Import wird mit
                                    contacts undo N rückgängig gemacht).
  contacts carddav sync --workspace DIR [--url URL --user USER] --password-stdin
                                    Zwei-Wege-Synchronisierung mit einem
                                    CardDAV-Adressbuch; contacts carddav
                                    conflicts|resolve N --keep here|server für
                                    Karten, die auf beiden Seiten geändert wurden.
  import --workspace DIR FILE…      Nachrichtenverlauf aus dem JSON des Anbieters, dem
                                    JSON seiner CLI oder CSV; bereits Vorhandenes wird
                                    übersprungen.
  privacy erase --workspace DIR --number N --yes
                                    Löscht einen Kunden aus diesem Arbeitsbereich.
  self-check                        Prüft diese Installation von Anfang bis Ende (in
                                    einem Wegwerf-Trainingsbereich; die Daten des
                                    Benutzers bleiben unberührt).

Optionen:
  --workspace DIR   Den Arbeitsbereich in DIR verwenden (Standard: %1)
  -h, --help        Diese Hilfe anzeigen.
  -v, --version     Die Version anzeigen.
</translation>
    </message>
    <message>
        <source>Join this computer&apos;s workspace to a team: its cache becomes a replica of the team&apos;s store, and the team&apos;s gateway talks to the provider.</source>
        <translation>Den Arbeitsbereich dieses Computers mit einem Team verbinden: Sein Cache wird zu einem Replikat des Speichers des Teams, und das Gateway des Teams kommuniziert mit dem Anbieter.</translation>
    </message>
    <message>
        <source>The team database: postgresql://HOST:PORT/DATABASE (no password in it).</source>
        <translation>Die Teamdatenbank: postgresql://HOST:PORT/DATABASE (ohne Passwort).</translation>
    </message>
    <message>
        <source>Your name as the team knows you.</source>
        <translation>Ihr Name, wie das Team Sie kennt.</translation>
    </message>
    <message>
        <source>Read the database password from the first line of standard input, to check it.</source>
        <translation>Das Datenbankpasswort aus der ersten Zeile der Standardeingabe lesen, um es zu prüfen.</translation>
    </message>
    <message>
        <source>textdesk: say who you are in the team: --agent NAME (as &quot;textdesk team agents&quot; lists it).</source>
        <translation>textdesk: Geben Sie an, wer Sie im Team sind: --agent NAME (so, wie „textdesk team agents“ Sie auflistet).</translation>
    </message>
    <message>
        <source>textdesk: the login %1 is not an active agent of this team.</source>
        <translation>textdesk: Die Anmeldung %1 gehört zu keinem aktiven Mitarbeiter dieses Teams.</translation>
    </message>
    <message>
        <source>textdesk: the login %1 is %2&apos;s, not %3&apos;s.</source>
        <translation>textdesk: Die Anmeldung %1 gehört zu %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>textdesk: %1 could not be written.</source>
        <translation>textdesk: %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This workspace is now %1&apos;s desktop of the team at %2. Textdesk asks for the password when it starts and keeps it in the keychain (or reads ~/.pgpass).</source>
        <translation>Dieser Arbeitsbereich ist jetzt der Desktop von %1 im Team unter %2. Textdesk fragt beim Start nach dem Passwort und bewahrt es im Schlüsselbund auf (oder liest ~/.pgpass).</translation>
    </message>
    <message numerus="yes">
        <source>team: %n reply(ies) another gateway may have sent will be checked first</source>
        <translation>
            <numerusform>team: %n Antwort, die ein anderes Gateway vielleicht gesendet hat, wird zuerst geprüft</numerusform>
            <numerusform>team: %n Antworten, die ein anderes Gateway vielleicht gesendet hat, werden zuerst geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::Composer</name>
    <message>
        <source>Write a reply… (/ for templates)</source>
        <translation>Antwort schreiben… (/ für Textbausteine)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter sendet, Umschalt+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Strg+Enter sendet, Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Why you cannot send</source>
        <translation>Warum Sie nicht senden können</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation>Hinweis zu Anhängen</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Nachrichtenlänge</translation>
    </message>
    <message>
        <source>Replace look-alikes</source>
        <translation>Sonderzeichen ersetzen</translation>
    </message>
    <message>
        <source>Replace look-alike characters</source>
        <translation>Ähnlich aussehende Zeichen ersetzen</translation>
    </message>
    <message>
        <source>Curly quotes, long dashes and similar characters make a text cost more segments. Replace them with plain ones.</source>
        <translation>Typografische Anführungszeichen, lange Gedankenstriche und ähnliche Zeichen machen eine Nachricht teurer, weil sie mehr Segmente braucht. Ersetzen Sie sie durch einfache Zeichen.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach pictures or files (at most %1 MB in all)</source>
        <translation>Bilder oder Dateien anhängen (insgesamt höchstens %1 MB)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode (because of “%1”)</source>
        <translation>Unicode (wegen „%1“)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>segments · encoding · characters left in the segment</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <comment>characters left before another segment</comment>
        <translation>
            <numerusform>noch %n Zeichen</numerusform>
            <numerusform>noch %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in %1 before sending</source>
        <translation>Füllen Sie vor dem Senden %1 aus</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.heic);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.heic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved in %1: %2</source>
        <translation>Das eingefügte Bild konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Internal note — not sent to the customer</source>
        <translation>Interne Notiz – wird nicht an den Kunden gesendet</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>MMS · %n attachment(s)</source>
        <translation>
            <numerusform>MMS · %n Anhang</numerusform>
            <numerusform>MMS · %n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>A scheduled message carries text only. Remove the attachments or send them now.</source>
        <translation>Eine geplante Nachricht enthält nur Text. Entfernen Sie die Anhänge oder senden Sie sie jetzt.</translation>
    </message>
</context>
<context>
    <name>textdesk::Consent</name>
    <message>
        <source>%1 has opted out of text messages, so nothing can be sent to them until they text START.</source>
        <translation>%1 hat SMS abbestellt; daher kann nichts gesendet werden, bis der Kunde START sendet.</translation>
    </message>
    <message>
        <source>%1 opted out of text messages by texting %2, so nothing can be sent to them until they text START.</source>
        <translation>%1 hat SMS mit %2 abbestellt; daher kann nichts gesendet werden, bis der Kunde START sendet.</translation>
    </message>
    <message>
        <source>%1 asked in their own words to stop messages, so nothing automatic is sent to them until an agent answers the request in the conversation (Opt out or Not a request).</source>
        <translation>%1 hat mit eigenen Worten darum gebeten, keine Nachrichten mehr zu erhalten; daher wird nichts automatisch gesendet, bis ein Mitarbeiter die Bitte in der Unterhaltung beantwortet („Abmeldung eintragen“ oder „Keine Abmeldung“).</translation>
    </message>
</context>
<context>
    <name>textdesk::ConsentHistoryView</name>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>No consent changes recorded.</source>
        <translation>Keine Änderungen der Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Export consent history…</source>
        <translation>Einwilligungsverlauf exportieren…</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <source>To our number %1</source>
        <translation>An unsere Nummer %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export consent history</source>
        <translation>Einwilligungsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactBook</name>
    <message>
        <source>There is no import number %1.</source>
        <translation>Es gibt keinen Import mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Import %1 was undone already.</source>
        <translation>Import %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import %1 changed some of the same customers later. Undo import %1 first.</source>
        <translation>Import %1 hat später einige derselben Kunden geändert. Machen Sie zuerst Import %1 rückgängig.</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation>vCard-UID</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s).</source>
        <translation>
            <numerusform>%1: %n Karte.</numerusform>
            <numerusform>%1: %n Karten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, read as an export of %2. Check what each column holds.</source>
        <translation>%1, gelesen als Export von %2. Prüfen Sie, was jede Spalte enthält.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactProfiles</name>
    <message>
        <source>“%1” is not an email address. Check it has the form name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Prüfen Sie, ob sie die Form name@example.com hat.</translation>
    </message>
    <message>
        <source>This customer is no longer in the cache.</source>
        <translation>Dieser Kunde ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>This customer is no longer in the cache, so the change was not saved.</source>
        <translation>Dieser Kunde ist nicht mehr im Cache, daher wurde die Änderung nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>textdesk::ContactsSyncPage</name>
    <message>
        <source>Sync this workspace&apos;s contacts both ways with a CardDAV address book (Nextcloud, Fastmail, iCloud, Google, radicale, …). Contacts → Sync contacts now runs it.</source>
        <translation>Synchronisieren Sie die Kontakte dieses Arbeitsbereichs in beide Richtungen mit einem CardDAV-Adressbuch (Nextcloud, Fastmail, iCloud, Google, radicale, …). Kontakte → Kontakte jetzt synchronisieren startet den Abgleich.</translation>
    </message>
    <message>
        <source>Address book URL</source>
        <translation>Adressbuch-URL</translation>
    </message>
    <message>
        <source>Address &amp;book URL:</source>
        <translation>&amp;Adressbuch-URL:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password or app token</source>
        <translation>Passwort oder App-Token</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>(unchanged: the one in the keychain)</source>
        <translation>(unverändert: das im Schlüsselbund)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the address book connection</source>
        <translation>Verbindung zum Adressbuch testen</translation>
    </message>
    <message>
        <source>Address book test result</source>
        <translation>Ergebnis des Adressbuch-Tests</translation>
    </message>
    <message>
        <source>Enter the user name of the address book.</source>
        <translation>Geben Sie den Benutzernamen des Adressbuchs ein.</translation>
    </message>
    <message>
        <source>Enter the address book&apos;s URL and user name first.</source>
        <translation>Geben Sie zuerst die URL und den Benutzernamen des Adressbuchs ein.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>Enter the password (or app token) of the address book.</source>
        <translation>Geben Sie das Passwort (oder App-Token) des Adressbuchs ein.</translation>
    </message>
</context>
<context>
    <name>textdesk::ConversationPane</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Write an internal note instead of a reply: the customer never sees it (Ctrl+Shift+N)</source>
        <translation>Interne Notiz statt einer Antwort schreiben: Der Kunde sieht sie nie (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Internal note mode</source>
        <translation>Modus „Interne Notiz“</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.
Ctrl+K goes to a customer; Alt+Down opens the next unread one.</source>
        <translation>Wählen Sie links eine Unterhaltung aus.
Strg+K wechselt zu einem Kunden; Alt+Pfeil nach unten öffnet die nächste ungelesene.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>the FAQ bot answers</source>
        <translation>der FAQ-Bot antwortet</translation>
    </message>
    <message>
        <source>This customer has opted out of text messages, so nothing can be sent to them until they text START.</source>
        <translation>Dieser Kunde hat SMS abbestellt; daher kann nichts an ihn gesendet werden, bis er START sendet.</translation>
    </message>
    <message>
        <source>You can still add an internal note.</source>
        <translation>Sie können weiterhin eine interne Notiz hinzufügen.</translation>
    </message>
</context>
<context>
    <name>textdesk::EraseCustomerDialog</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and note(s)</source>
        <translation>
            <numerusform>%n Nachricht oder Notiz</numerusform>
            <numerusform>%n Nachrichten und Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n Mediendatei</numerusform>
            <numerusform>%n Mediendateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entry(s)</source>
        <translation>
            <numerusform>%n Eintrag im Postausgang</numerusform>
            <numerusform>%n Einträge im Postausgang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n Umfrageantwort</numerusform>
            <numerusform>%n Umfrageantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s)</source>
        <translation>
            <numerusform>%n Einwilligungsereignis</numerusform>
            <numerusform>%n Einwilligungsereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase %1 from this workspace?

This deletes %2, their profile, tags and notes, and their words from the search. The provider keeps its own copy of the messages.

Only an audit entry remains: who erased a customer and when, without their number or anything they wrote. There is no undo.</source>
        <translation>%1 aus diesem Arbeitsbereich löschen?

Dadurch werden %2, das Profil, Tags und Notizen sowie die Texte des Kunden aus der Suche gelöscht. Der Anbieter behält seine eigene Kopie der Nachrichten.

Nur ein Protokolleintrag bleibt: wer einen Kunden wann gelöscht hat, ohne dessen Nummer oder irgendetwas, das er geschrieben hat. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
</context>
<context>
    <name>textdesk::Erasure</name>
    <message>
        <source>No customer with the number %1 is in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Kunden mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>textdesk::ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>textdesk::ImageLoader</name>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>Die Datei fehlt im Medienordner.</translation>
    </message>
    <message>
        <source>The picture is too large to show here (%1 × %2 pixels). Open it with the system viewer instead.</source>
        <translation>Das Bild ist zu groß, um es hier anzuzeigen (%1 × %2 Pixel). Öffnen Sie es stattdessen mit dem Bildbetrachter des Systems.</translation>
    </message>
    <message>
        <source>Textdesk cannot show this kind of picture.</source>
        <translation>Textdesk kann diese Art von Bild nicht anzeigen.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown.</source>
        <translation>Das Bild ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxDelegate</name>
    <message>
        <source>Waiting %1</source>
        <translation>Wartet %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>⚠ Not sent</source>
        <translation>⚠ Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxModel</name>
    <message numerus="yes">
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n ungelesen, %2</numerusform>
            <numerusform>%1, %n ungelesen, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source> Photo</source>
        <translation> Foto</translation>
    </message>
    <message>
        <source> File</source>
        <translation> Datei</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::InboxPanel</name>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Unsere Nummer</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>All our numbers</source>
        <translation>Alle unsere Nummern</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nichts gefunden für „%1“</translation>
    </message>
    <message>
        <source>Search names, numbers, messages (Ctrl+F)</source>
        <translation>Namen, Nummern, Nachrichten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n messages</source>
        <translation>
            <numerusform>die neueste %n Nachricht</numerusform>
            <numerusform>die neuesten %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Found: %1, %2</source>
        <translation>Gefunden: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>an agent&apos;s name</comment>
        <translation>Zugewiesen an %1</translation>
    </message>
</context>
<context>
    <name>textdesk::MachineConfig</name>
    <message>
        <source>%1 cannot be read as a settings file; it is ignored.</source>
        <translation>%1 kann nicht als Einstellungsdatei gelesen werden; die Datei wird ignoriert.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address like http://proxy.example.com:3128.</source>
        <translation>„%1“ ist keine Proxy-Adresse wie http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international format (+…).</source>
        <translation>„%1“ ist keine Telefonnummer im internationalen Format (+…).</translation>
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
        <translation>Training – Nachrichten gehen an simulierte Kunden</translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation>Trainingsbereich</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop this sync; the next one continues where it stopped</source>
        <translation>Diese Synchronisierung anhalten; die nächste macht dort weiter, wo sie aufgehört hat</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Synchronisierung anhalten</translation>
    </message>
    <message>
        <source>Outbox: %1 pending</source>
        <translation>Postausgang: %1 ausstehend</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Notify me of new messages</source>
        <translation>Bei neuen Nachrichten benachrichtigen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Inbox list</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation>Nächste ungelesene Unterhaltung</translation>
    </message>
    <message>
        <source>Previous unread conversation</source>
        <translation>Vorherige ungelesene Unterhaltung</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Als offen markieren</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Als wartend markieren</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze: it opens again at the time you choose, or when the customer writes</source>
        <translation>Zurückstellen: Die Unterhaltung wird zur gewählten Zeit wieder geöffnet oder sobald der Kunde schreibt</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation>Interne Notiz schreiben</translation>
    </message>
    <message>
        <source>Retry the failed message</source>
        <translation>Fehlgeschlagene Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Edit the failed message</source>
        <translation>Fehlgeschlagene Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Not connected to the provider: the change was not made.</source>
        <translation>Nicht mit dem Anbieter verbunden: Die Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Morgen, 9:00 Uhr</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation>In 3 Stunden</translation>
    </message>
    <message>
        <source>Next Monday 9:00</source>
        <translation>Nächsten Montag, 9:00 Uhr</translation>
    </message>
    <message>
        <source>No failed message in this conversation.</source>
        <translation>Keine fehlgeschlagene Nachricht in dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Online · last sync %1</source>
        <translation>Online · zuletzt synchronisiert um %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln message(s) so far, about %1 to go</source>
        <translation>
            <numerusform>Synchronisierung läuft… bisher %Ln Nachricht, noch etwa %1</numerusform>
            <numerusform>Synchronisierung läuft… bisher %Ln Nachrichten, noch etwa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>(%1) Textdesk</source>
        <translation>(%1) Textdesk</translation>
    </message>
    <message numerus="yes">
        <source>Textdesk — %n unread</source>
        <translation>
            <numerusform>Textdesk – %n ungelesen</numerusform>
            <numerusform>Textdesk – %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) in Textdesk</source>
        <translation>
            <numerusform>%n ungelesene Nachricht in Textdesk</numerusform>
            <numerusform>%n ungelesene Nachrichten in Textdesk</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from this workspace yet: the provider fetches them from a web address, and no upload address is set. Your administrator can set upload_url in the [media] section of workspace.ini. Customers&apos; pictures are received and shown.</source>
        <translation>Aus diesem Arbeitsbereich können noch keine Bilder und Dateien gesendet werden: Der Anbieter ruft sie von einer Webadresse ab, und es ist keine Upload-Adresse festgelegt. Ihr Administrator kann upload_url im Abschnitt [media] der workspace.ini festlegen. Bilder von Kunden werden empfangen und angezeigt.</translation>
    </message>
    <message>
        <source>Go to a customer…</source>
        <translation>Zu einem Kunden wechseln…</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Customer panel</source>
        <translation>Kundenleiste</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Datum und Uhrzeit wählen…</translation>
    </message>
    <message>
        <source>The window is too narrow for the customer panel; widen it to see the panel</source>
        <translation>Das Fenster ist zu schmal für die Kundenleiste; verbreitern Sie es, um die Leiste zu sehen</translation>
    </message>
    <message>
        <source>Resolved %1 —</source>
        <comment>a customer&apos;s name; an Undo button follows</comment>
        <translation>%1 erledigt –</translation>
    </message>
    <message>
        <source>Snoozed %1 until %2 —</source>
        <comment>a customer, a time; an Undo button follows</comment>
        <translation>%1 zurückgestellt bis %2 –</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Open this conversation again</source>
        <translation>Diese Unterhaltung wieder öffnen</translation>
    </message>
    <message>
        <source>Resolve: done for now; it opens again when the customer writes</source>
        <translation>Als erledigt markieren: vorerst abgeschlossen; die Unterhaltung wird wieder geöffnet, sobald der Kunde schreibt</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>The conversation opens again at this time, or as soon as the customer writes.</source>
        <translation>Die Unterhaltung wird zu diesem Zeitpunkt wieder geöffnet oder sobald der Kunde schreibt.</translation>
    </message>
    <message>
        <source>About Textdesk</source>
        <translation>Über Textdesk</translation>
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
        <translation>Kundenservice per Textnachricht.

Dieser Arbeitsbereich: %1
Sein Cache: %2

Erstellt mit Qt %3 (LGPL 3), SQLite (Public Domain), libphonenumber (Apache 2.0) und QtKeychain (BSD).</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>History from %1</source>
        <translation>Verlauf ab %1</translation>
    </message>
    <message>
        <source>Older messages are not in this computer&apos;s cache. To fetch them, set [sync] history_days in workspace.ini or run: textdesk sync --history-days N (or all)</source>
        <translation>Ältere Nachrichten sind nicht im Cache dieses Computers. Um sie abzurufen, setzen Sie [sync] history_days in workspace.ini oder führen Sie aus: textdesk sync --history-days N (oder all)</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <source>Everything the provider lists is in the cache.</source>
        <translation>Alles, was der Anbieter auflistet, ist im Cache.</translation>
    </message>
    <message>
        <source>Textdesk keeps trying by itself; replies wait in the outbox and go out once the provider can be reached.</source>
        <translation>Textdesk versucht es selbstständig weiter; Antworten warten im Postausgang und werden gesendet, sobald der Anbieter erreichbar ist.</translation>
    </message>
    <message>
        <source>Check the account in Settings (Ctrl+,), then Sync now (F5).</source>
        <translation>Prüfen Sie das Konto in den Einstellungen (Strg+,) und wählen Sie dann „Jetzt synchronisieren“ (F5).</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) to enter the account, or File → Open the training workspace to practise.</source>
        <translation>Öffnen Sie die Einstellungen (Strg+,), um das Konto einzugeben, oder wählen Sie Datei → Trainingsbereich öffnen, um zu üben.</translation>
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
        <translation>Umfragen…</translation>
    </message>
    <message>
        <source>Send survey</source>
        <translation>Umfrage senden</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Berichte…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>New conversation…</source>
        <translation>Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>Scheduled…</source>
        <translation>Geplant…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>The cache is not open for changes, so nothing was erased.</source>
        <translation>Der Cache ist nicht für Änderungen geöffnet; daher wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Geplant für %1.</translation>
    </message>
    <message>
        <source>Edit scheduled message</source>
        <translation>Geplante Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Scheduled messages</source>
        <translation>Geplante Nachrichten</translation>
    </message>
    <message>
        <source>Messages waiting for their time, and those held for you to confirm. Double-click one to open its conversation.</source>
        <translation>Nachrichten, die auf ihren Zeitpunkt warten, und solche, die zu Ihrer Bestätigung zurückgehalten werden. Doppelklicken Sie auf eine, um ihre Unterhaltung zu öffnen.</translation>
    </message>
    <message>
        <source>Scheduled messages: %1</source>
        <translation>Geplante Nachrichten: %1</translation>
    </message>
    <message>
        <source>New broadcast…</source>
        <translation>Neue Rundsendung…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Regeln…</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Sync contacts now</source>
        <translation>Kontakte jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Contact conflicts…</source>
        <translation>Kontaktkonflikte…</translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from a team desktop yet: the team&apos;s gateway sends what you write, and it does not take files from desktops yet.</source>
        <translation>Bilder und Dateien können von einem Team-Desktop noch nicht gesendet werden: Das Gateway des Teams sendet, was Sie schreiben, nimmt aber noch keine Dateien von Desktops an.</translation>
    </message>
    <message>
        <source>A colleague replied</source>
        <translation>Ein Teammitglied hat geantwortet</translation>
    </message>
    <message>
        <source>%1 replied to this customer while you had the conversation open:

“%2”

Send your reply as well?</source>
        <translation>%1 hat diesem Kunden geantwortet, während Sie die Unterhaltung geöffnet hatten:

„%2“

Möchten Sie Ihre Antwort trotzdem senden?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Zuweisen an…</translation>
    </message>
    <message>
        <source>Assign this conversation to anyone on the team (Ctrl+Shift+G)</source>
        <translation>Diese Unterhaltung einem beliebigen Teammitglied zuweisen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Each agent&apos;s open, waiting, pending and snoozed conversations</source>
        <translation>Offene, wartende, ausstehende und zurückgestellte Unterhaltungen je Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaFolder</name>
    <message>
        <source>there is no media folder</source>
        <translation>es gibt keinen Medienordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaText</name>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice recording</source>
        <translation>Sprachaufnahme</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Kalendertermin</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Textdatei</translation>
    </message>
    <message>
        <source>File (%1)</source>
        <translation>Datei (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Double-click or press Enter to open</source>
        <translation>%1
Zum Öffnen doppelklicken oder Enter drücken</translation>
    </message>
    <message>
        <source>attachment</source>
        <comment>file name</comment>
        <translation>anhang</translation>
    </message>
    <message>
        <source>photo</source>
        <comment>file name</comment>
        <translation>foto</translation>
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
        <translation>dokument</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>file name</comment>
        <translation>kontakt</translation>
    </message>
</context>
<context>
    <name>textdesk::MediaViewer</name>
    <message>
        <source>Attachment viewer</source>
        <translation>Anhangsansicht</translation>
    </message>
    <message>
        <source>Attachment actions</source>
        <translation>Aktionen für Anhänge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Open with system viewer</source>
        <translation>Mit Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>Previous attachment of this message (Left)</source>
        <translation>Vorheriger Anhang dieser Nachricht (Pfeil nach links)</translation>
    </message>
    <message>
        <source>Next attachment of this message (Right)</source>
        <translation>Nächster Anhang dieser Nachricht (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open with the system&apos;s application</source>
        <translation>Mit dem Standardprogramm des Systems öffnen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 – %2 von %3</translation>
    </message>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>Die Datei fehlt im Medienordner.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Copied the picture to the clipboard.</source>
        <translation>Das Bild wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>No application on this computer opened the file. Save it and open it from there.</source>
        <translation>Kein Programm auf diesem Computer konnte die Datei öffnen. Speichern Sie sie und öffnen Sie sie von dort.</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
</context>
<context>
    <name>textdesk::NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>A phone number in any form, or a customer&apos;s name</source>
        <translation>Eine Telefonnummer in beliebiger Form oder der Name eines Kunden</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Customers with that name</source>
        <translation>Kunden mit diesem Namen</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Senden von</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>friendly name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s number or name above.</source>
        <translation>Geben Sie oben die Nummer oder den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>No customer is called “%1”. Type their number instead.</source>
        <translation>Kein Kunde heißt „%1“. Geben Sie stattdessen die Nummer ein.</translation>
    </message>
    <message>
        <source>%1 — a new customer</source>
        <translation>%1 — ein neuer Kunde</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>Textdesk knows none of our numbers yet. Sync once before writing to a customer.</source>
        <translation>Textdesk kennt noch keine unserer Nummern. Synchronisieren Sie einmal, bevor Sie einem Kunden schreiben.</translation>
    </message>
    <message>
        <source>Choose who to write to.</source>
        <translation>Wählen Sie, wem Sie schreiben möchten.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: Textdesk is not connected to the cache yet. Try again in a moment.</source>
        <translation>Nicht gesendet: Textdesk ist noch nicht mit dem Cache verbunden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>textdesk::NumbersPage</name>
    <message>
        <source>Numbers come from the provider account: buy or release them there, and Textdesk lists them after its next sync.</source>
        <translation>Die Nummern stammen aus dem Konto beim Anbieter: Sie werden dort gekauft oder freigegeben, und Textdesk zeigt sie nach der nächsten Synchronisierung an.</translation>
    </message>
    <message>
        <source>Our numbers</source>
        <translation>Unsere Nummern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>International (E.164)</source>
        <translation>International (E.164)</translation>
    </message>
    <message>
        <source>The cache is not open, so the numbers cannot be shown.</source>
        <translation>Der Cache ist nicht geöffnet, daher können die Nummern nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>No numbers yet: they appear after the first sync with the provider.</source>
        <translation>Noch keine Nummern: Sie erscheinen nach der ersten Synchronisierung mit dem Anbieter.</translation>
    </message>
</context>
<context>
    <name>textdesk::OlderMessagesBar</name>
    <message>
        <source>Loading older messages</source>
        <translation>Ältere Nachrichten werden geladen</translation>
    </message>
    <message>
        <source>Load older messages</source>
        <translation>Ältere Nachrichten laden</translation>
    </message>
    <message>
        <source>Fetch this customer&apos;s earlier messages from the provider</source>
        <translation>Frühere Nachrichten dieses Kunden vom Anbieter abrufen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop loading older messages</source>
        <translation>Laden älterer Nachrichten abbrechen</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>Messages before %1 are not on this computer yet.</source>
        <translation>Nachrichten vor %1 sind noch nicht auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>Loading older messages… %Ln found</source>
        <translation>
            <numerusform>Ältere Nachrichten werden geladen… %Ln gefunden</numerusform>
            <numerusform>Ältere Nachrichten werden geladen… %Ln gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Older messages could not be loaded: %1</source>
        <translation>Ältere Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) loaded. No older messages.</source>
        <translation>
            <numerusform>%Ln ältere Nachricht geladen. Keine weiteren älteren Nachrichten.</numerusform>
            <numerusform>%Ln ältere Nachrichten geladen. Keine weiteren älteren Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No older messages</source>
        <translation>Keine älteren Nachrichten</translation>
    </message>
</context>
<context>
    <name>textdesk::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code Textdesk knows. Start it with + and the country code.</source>
        <translation>„%1“ hat keine Ländervorwahl, die Textdesk kennt. Beginnen Sie die Nummer mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>„%1“ ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number in its country.</source>
        <translation>„%1“ ist in diesem Land keine gültige Nummer.</translation>
    </message>
</context>
<context>
    <name>textdesk::PresenceLine</name>
    <message>
        <source>A colleague</source>
        <translation>Ein Teammitglied</translation>
    </message>
    <message numerus="yes">
        <source>%1 is typing…</source>
        <translation>
            <numerusform>%1 schreibt…</numerusform>
            <numerusform>%1 schreiben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is viewing this conversation</source>
        <translation>
            <numerusform>%1 sieht sich diese Unterhaltung an</numerusform>
            <numerusform>%1 sehen sich diese Unterhaltung an</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Namen hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problem mit der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Customer company</source>
        <translation>Firma des Kunden</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>vip, wholesale</source>
        <translation>vip, großhandel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes about the customer</source>
        <translation>Notizen zum Kunden</translation>
    </message>
    <message>
        <source>Anything the next agent should know</source>
        <translation>Alles, was der nächste Agent wissen sollte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Weitere Unterhaltungen</translation>
    </message>
    <message>
        <source>Other conversations with this customer</source>
        <translation>Weitere Unterhaltungen mit diesem Kunden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>Eigenes Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Remove the selected custom field</source>
        <translation>Ausgewähltes eigenes Feld entfernen</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Keine Nachrichten</translation>
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
            <numerusform>%1 (%2), %n Nachricht</numerusform>
            <numerusform>%1 (%2), %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out by texting %1 on %2</source>
        <translation>Am %2 per SMS mit %1 abgemeldet</translation>
    </message>
    <message>
        <source>Opted out by texting %1</source>
        <translation>Per SMS mit %1 abgemeldet</translation>
    </message>
    <message>
        <source>Opted out by an agent on %1</source>
        <translation>Am %1 von einem Agenten abgemeldet</translation>
    </message>
    <message>
        <source>Opted out by an agent</source>
        <translation>Von einem Agenten abgemeldet</translation>
    </message>
    <message>
        <source>Opted out with their carrier (reported on %1)</source>
        <translation>Beim Mobilfunkanbieter abgemeldet (Meldung vom %1)</translation>
    </message>
    <message>
        <source>Opted out with their carrier</source>
        <translation>Beim Mobilfunkanbieter abgemeldet</translation>
    </message>
    <message>
        <source>Opted out on %1</source>
        <translation>Am %1 abgemeldet</translation>
    </message>
    <message>
        <source>Opted in by texting %1 on %2</source>
        <translation>Am %2 per SMS mit %1 angemeldet</translation>
    </message>
    <message>
        <source>Opted in by texting %1</source>
        <translation>Per SMS mit %1 angemeldet</translation>
    </message>
    <message>
        <source>Opted in by an agent on %1</source>
        <translation>Am %1 von einem Agenten angemeldet</translation>
    </message>
    <message>
        <source>Opted in by an agent</source>
        <translation>Von einem Agenten angemeldet</translation>
    </message>
    <message>
        <source>Opted in on %1</source>
        <translation>Am %1 angemeldet</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>Kunden löschen…</translation>
    </message>
</context>
<context>
    <name>textdesk::ProviderSession</name>
    <message>
        <source>The training simulator could not start: %1</source>
        <translation>Der Trainingssimulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) to enter the account, or File → Open the training workspace to practise.</source>
        <translation>Öffnen Sie die Einstellungen (Strg+,), um das Konto einzugeben, oder wählen Sie Datei → Trainingsbereich öffnen, um zu üben.</translation>
    </message>
    <message>
        <source>The training workspace is turned off on this computer by your administrator.</source>
        <translation>Der Trainingsbereich wurde von Ihrem Administrator auf diesem Computer deaktiviert.</translation>
    </message>
    <message>
        <source>Enter the provider account in Settings (Ctrl+,).</source>
        <translation>Geben Sie das Konto beim Anbieter in den Einstellungen (Strg+,) ein.</translation>
    </message>
    <message>
        <source>Start Textdesk again. If it happens again, enter the provider account in Settings (Ctrl+,).</source>
        <translation>Starten Sie Textdesk erneut. Wenn es wieder passiert, geben Sie das Konto beim Anbieter in den Einstellungen (Strg+,) ein.</translation>
    </message>
    <message>
        <source>Correct the account in Settings (Ctrl+,), or File → Open the training workspace to practise.</source>
        <translation>Korrigieren Sie das Konto in den Einstellungen (Strg+,), oder wählen Sie Datei → Trainingsbereich öffnen, um zu üben.</translation>
    </message>
    <message>
        <source>No secret for the provider account.</source>
        <translation>Kein Secret für das Konto beim Anbieter.</translation>
    </message>
    <message>
        <source>Enter the auth token in Settings (Ctrl+,), set TEXTDESK_AUTH_TOKEN, or File → Open the training workspace to practise.</source>
        <translation>Geben Sie den Auth Token in den Einstellungen (Strg+,) ein, setzen Sie TEXTDESK_AUTH_TOKEN, oder wählen Sie Datei → Trainingsbereich öffnen, um zu üben.</translation>
    </message>
    <message>
        <source>Ask your team&apos;s administrator for the team database&apos;s address, then run &quot;textdesk configure --team URL --agent NAME&quot; again.</source>
        <translation>Fragen Sie den Administrator Ihres Teams nach der Adresse der Teamdatenbank und führen Sie dann „textdesk configure --team URL --agent NAME“ erneut aus.</translation>
    </message>
</context>
<context>
    <name>textdesk::ProviderSettings</name>
    <message>
        <source>Cannot write the workspace settings to %1.</source>
        <translation>Die Einstellungen des Arbeitsbereichs können nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Textdesk speaks &quot;twilio&quot;.</source>
        <translation>Unbekannter Anbieter „%1“. Textdesk unterstützt „twilio“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Account SID: it starts with AC and has 32 hexadecimal digits.</source>
        <translation>„%1“ ist keine Account SID: Sie beginnt mit AC und hat 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API key SID: it starts with SK and has 32 hexadecimal digits.</source>
        <translation>„%1“ ist keine API-Key-SID: Sie beginnt mit SK und hat 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation>„%1“ ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>The provider address</source>
        <translation>Die Adresse des Anbieters</translation>
    </message>
    <message>
        <source>The media upload address</source>
        <translation>Die Upload-Adresse für Medien</translation>
    </message>
    <message>
        <source>The webhook public address</source>
        <translation>Die öffentliche Webhook-Adresse</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a web address (https://…).</source>
        <translation>%1 „%2“ ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; uses plain http. Use https:// (plain http is only accepted for this computer, such as a simulator).</source>
        <translation>%1 „%2“ verwendet unverschlüsseltes http. Verwenden Sie https:// (unverschlüsseltes http wird nur für diesen Computer akzeptiert, etwa für einen Simulator).</translation>
    </message>
</context>
<context>
    <name>textdesk::QuickSwitcher</name>
    <message>
        <source>Go to a customer: name or number</source>
        <translation>Zu einem Kunden wechseln: Name oder Nummer</translation>
    </message>
    <message>
        <source>Quick switcher</source>
        <translation>Schnellauswahl</translation>
    </message>
    <message>
        <source>Matching conversations</source>
        <translation>Passende Unterhaltungen</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages for “%1”</source>
        <translation>Nachrichten nach „%1“ durchsuchen</translation>
    </message>
    <message>
        <source>New conversation with “%1”…</source>
        <translation>Neue Unterhaltung mit „%1“…</translation>
    </message>
</context>
<context>
    <name>textdesk::RevocationBanner</name>
    <message>
        <source>Opt out</source>
        <translation>Abmeldung eintragen</translation>
    </message>
    <message>
        <source>Record that this customer opted out: nothing more can be sent to them until they text START.</source>
        <translation>Festhalten, dass sich dieser Kunde abgemeldet hat: Es kann nichts mehr an ihn gesendet werden, bis er START sendet.</translation>
    </message>
    <message>
        <source>Not a request</source>
        <translation>Keine Abmeldung</translation>
    </message>
    <message>
        <source>The customer did not ask to stop messages: hide this for good.</source>
        <translation>Der Kunde wollte keine Nachrichten abbestellen: Hinweis dauerhaft ausblenden.</translation>
    </message>
    <message>
        <source>This customer may be asking to stop messages: &quot;%1&quot;</source>
        <translation>Dieser Kunde möchte möglicherweise keine Nachrichten mehr erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>textdesk::RevocationFlags</name>
    <message>
        <source>This request to stop messages was already answered.</source>
        <translation>Diese Bitte, keine Nachrichten mehr zu senden, wurde bereits beantwortet.</translation>
    </message>
</context>
<context>
    <name>textdesk::RuleEditor</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rules, in the order they run</source>
        <translation>Regeln in der Reihenfolge ihrer Ausführung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>A customer&apos;s message is received</source>
        <translation>Eine Nachricht eines Kunden geht ein</translation>
    </message>
    <message>
        <source>A customer&apos;s first message</source>
        <translation>Die erste Nachricht eines Kunden</translation>
    </message>
    <message>
        <source>A conversation is resolved</source>
        <translation>Eine Unterhaltung wird erledigt</translation>
    </message>
    <message>
        <source>No agent reply within some minutes</source>
        <translation>Keine Antwort eines Mitarbeiters innerhalb einiger Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Conditions and actions (JSON)</source>
        <translation>Bedingungen und Aktionen (JSON)</translation>
    </message>
    <message>
        <source>Conditions: our_number, tag, no_tag, field, text_contains, text_matches, inside_hours, outside_hours. Actions: reply, assign, tag, status, snooze, note, survey. The format is the one of textdesk rules export (docs/automation.md).</source>
        <translation>Bedingungen: our_number, tag, no_tag, field, text_contains, text_matches, inside_hours, outside_hours. Aktionen: reply, assign, tag, status, snooze, note, survey. Das Format ist das von textdesk rules export (docs/automation.md).</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Minutes without a reply:</source>
        <translation>Minuten ohne Antwort:</translation>
    </message>
    <message>
        <source>Conditions and actions:</source>
        <translation>Bedingungen und Aktionen:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A message a customer might send</source>
        <translation>Eine Nachricht, die ein Kunde senden könnte</translation>
    </message>
    <message>
        <source>Our number it is sent to (optional)</source>
        <translation>Unsere Nummer, an die sie gesendet wird (optional)</translation>
    </message>
    <message>
        <source>The customer&apos;s number (optional: a new customer)</source>
        <translation>Die Nummer des Kunden (optional: sonst ein neuer Kunde)</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>What the saved rules would do</source>
        <translation>Was die gespeicherten Regeln tun würden</translation>
    </message>
    <message>
        <source>Try the saved rules on:</source>
        <translation>Gespeicherte Regeln testen mit:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Gesendet an:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>The rules cannot be read: %1</source>
        <translation>Die Regeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The box: whether the rule runs.</source>
        <translation>Das Kästchen: ob die Regel ausgeführt wird.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The rule being edited has changes that are not applied. Discard them?</source>
        <translation>Die bearbeitete Regel hat Änderungen, die nicht übernommen wurden. Möchten Sie sie verwerfen?</translation>
    </message>
    <message>
        <source>The conditions and actions are not valid JSON: %1 (at character %2).</source>
        <translation>Die Bedingungen und Aktionen sind kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The conditions and actions must be one JSON object: { … }.</source>
        <translation>Die Bedingungen und Aktionen müssen ein einzelnes JSON-Objekt sein: { … }.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Added “%1” at the end.</source>
        <translation>„%1“ am Ende hinzugefügt.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” runs.</source>
        <translation>„%1“ wird ausgeführt.</translation>
    </message>
    <message>
        <source>“%1” is off: it does not run.</source>
        <translation>„%1“ ist deaktiviert: Die Regel wird nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Type a message a customer might send, then Try it.</source>
        <translation>Geben Sie eine Nachricht ein, die ein Kunde senden könnte, und klicken Sie dann auf „Ausprobieren“.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing is sent or changed by a test.</source>
        <translation>Ein Test sendet und ändert nichts.</translation>
    </message>
    <message>
        <source>No rule matches this message.</source>
        <translation>Keine Regel trifft auf diese Nachricht zu.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::ScheduledList</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Nachricht abbrechen</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Send a held message now</source>
        <translation>Eine zurückgehaltene Nachricht jetzt senden</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 in %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · to %2</source>
        <translation>%1 · an %2</translation>
    </message>
</context>
<context>
    <name>textdesk::SecretStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>No keychain service is running, so Textdesk cannot remember the token. A token that passes Test connection is used until Textdesk closes; to have it at every start, start Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher kann sich Textdesk das Token nicht merken. Ein Token, das „Verbindung testen“ besteht, wird verwendet, bis Textdesk geschlossen wird; damit es bei jedem Start verfügbar ist, starten Sie Textdesk mit dem Token in der Umgebungsvariable TEXTDESK_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1), so Textdesk cannot remember the token. A token that passes Test connection is used until Textdesk closes; to have it at every start, start Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar (%1), daher kann sich Textdesk das Token nicht merken. Ein Token, das „Verbindung testen“ besteht, wird verwendet, bis Textdesk geschlossen wird; damit es bei jedem Start verfügbar ist, starten Sie Textdesk mit dem Token in der Umgebungsvariable TEXTDESK_AUTH_TOKEN.</translation>
    </message>
</context>
<context>
    <name>textdesk::SelfCheck</name>
    <message>
        <source>the Qt SQLite driver (sqldrivers/libqsqlite) is missing</source>
        <translation>der Qt-SQLite-Treiber (sqldrivers/libqsqlite) fehlt</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>dieses SQLite hat keine Volltextsuche (FTS5)</translation>
    </message>
    <message>
        <source>journal %1, full-text search on</source>
        <translation>Journal %1, Volltextsuche aktiv</translation>
    </message>
    <message>
        <source>libphonenumber did not parse a US number</source>
        <translation>libphonenumber konnte eine US-Nummer nicht verarbeiten</translation>
    </message>
    <message>
        <source>no TLS backend: a real provider (HTTPS) cannot be reached</source>
        <translation>kein TLS-Backend: Ein echter Anbieter (HTTPS) ist nicht erreichbar</translation>
    </message>
    <message>
        <source>cannot decode %1 (imageformats plugins missing)</source>
        <translation>%1 kann nicht dekodiert werden (imageformats-Plugins fehlen)</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF%1</source>
        <translation>PNG, JPEG, GIF%1</translation>
    </message>
    <message>
        <source>embedded translations missing (found: %1)</source>
        <translation>eingebettete Übersetzungen fehlen (gefunden: %1)</translation>
    </message>
    <message>
        <source>de, es, fr; standard dialogs too</source>
        <translation>de, es, fr; Standarddialoge ebenfalls</translation>
    </message>
    <message>
        <source>de, es, fr; Qt&apos;s own (standard dialogs) not found in %1</source>
        <translation>de, es, fr; die von Qt selbst (Standarddialoge) nicht gefunden in %1</translation>
    </message>
    <message>
        <source>no fonts installed: the window would show no text</source>
        <translation>keine Schriftarten installiert: Das Fenster würde keinen Text anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n font families</source>
        <translation>
            <numerusform>%n Schriftfamilie</numerusform>
            <numerusform>%n Schriftfamilien</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Textdesk %1 self-check (Qt %2, platform %3)</source>
        <translation>Textdesk %1 Selbsttest (Qt %2, Plattform %3)</translation>
    </message>
    <message>
        <source>Temporary folder</source>
        <translation>Temporärer Ordner</translation>
    </message>
    <message>
        <source>SQLite cache</source>
        <translation>SQLite-Cache</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Schriftarten</translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation>Trainingsbereich</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Trainingsanbieter</translation>
    </message>
    <message>
        <source>Sync from the provider (loopback HTTP)</source>
        <translation>Synchronisierung vom Anbieter (Loopback-HTTP)</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing arrived within %1 s</source>
        <translation>innerhalb von %1 s ist nichts angekommen</translation>
    </message>
    <message>
        <source>Self-check %1</source>
        <translation>Selbsttest %1</translation>
    </message>
    <message>
        <source>Send through the outbox</source>
        <translation>Senden über den Postausgang</translation>
    </message>
    <message>
        <source>accepted and sent</source>
        <translation>angenommen und gesendet</translation>
    </message>
    <message>
        <source>the message was not sent within %1 s</source>
        <translation>die Nachricht wurde nicht innerhalb von %1 s gesendet</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>painted %1×%2</source>
        <translation>gezeichnet mit %1×%2</translation>
    </message>
    <message>
        <source>could not be painted</source>
        <translation>konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::SendLaterButton</name>
    <message>
        <source>Send later…</source>
        <translation>Später senden…</translation>
    </message>
    <message>
        <source>More ways to send</source>
        <translation>Weitere Sendeoptionen</translation>
    </message>
    <message>
        <source>Send later… (Ctrl+Shift+Enter)</source>
        <translation>Später senden… (Strg+Umschalt+Eingabe)</translation>
    </message>
</context>
<context>
    <name>textdesk::SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>My time (%1)</source>
        <translation>Meine Zeit (%1)</translation>
    </message>
    <message>
        <source>The customer&apos;s time (%1)</source>
        <translation>Zeit des Kunden (%1)</translation>
    </message>
    <message>
        <source>Cancel it if the customer writes first</source>
        <translation>Abbrechen, wenn der Kunde zuerst schreibt</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Send at:</source>
        <translation>Senden um:</translation>
    </message>
    <message>
        <source>My time: %1 (%2)
The customer&apos;s time: %3 (%4)</source>
        <translation>Meine Zeit: %1 (%2)
Zeit des Kunden: %3 (%4)</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time in the future.</source>
        <translation>Dieser Zeitpunkt ist bereits vorbei. Wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>That is during the customer&apos;s quiet hours (before 8:00 or after 21:00 their time): it will wait until 8:00 their time.</source>
        <translation>Das fällt in die Ruhezeit des Kunden (vor 8:00 oder nach 21:00 Uhr Ortszeit des Kunden): Die Nachricht wartet bis 8:00 Uhr Ortszeit des Kunden.</translation>
    </message>
</context>
<context>
    <name>textdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Our &amp;numbers</source>
        <translation>Unsere &amp;Nummern</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Persönlich</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Textdesk cannot remember the token.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann sich Textdesk das Token nicht merken.</translation>
    </message>
    <message>
        <source>%1
Press OK again to save the account as your own workspace without the token; enter the token there once it opens (it is then used until Textdesk closes).</source>
        <translation>%1
Klicken Sie erneut auf OK, um das Konto ohne das Token als Ihren eigenen Arbeitsbereich zu speichern; geben Sie das Token dort ein, sobald er sich öffnet (es wird dann verwendet, bis Textdesk geschlossen wird).</translation>
    </message>
    <message>
        <source>%1
The token passed the connection test: press OK again to use it until Textdesk closes. It will not be remembered: next time, enter it here again (or start Textdesk with it in TEXTDESK_AUTH_TOKEN).</source>
        <translation>%1
Das Token hat den Verbindungstest bestanden: Klicken Sie erneut auf OK, um es zu verwenden, bis Textdesk geschlossen wird. Es wird nicht gespeichert: Geben Sie es beim nächsten Mal hier erneut ein (oder starten Sie Textdesk mit dem Token in TEXTDESK_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>%1
Test the connection to use the token until Textdesk closes, or press OK again to save the other settings without it.</source>
        <translation>%1
Testen Sie die Verbindung, um das Token zu verwenden, bis Textdesk geschlossen wird, oder klicken Sie erneut auf OK, um die übrigen Einstellungen ohne das Token zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>Saving the address book&apos;s password in the keychain…</source>
        <translation>Passwort des Adressbuchs wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Textdesk cannot remember the address book&apos;s password.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann sich Textdesk das Passwort des Adressbuchs nicht merken.</translation>
    </message>
    <message>
        <source>%1
Press OK again to save the address book without it.</source>
        <translation>%1
Klicken Sie erneut auf OK, um das Adressbuch ohne Passwort zu speichern.</translation>
    </message>
</context>
<context>
    <name>textdesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>Neue Zeile in der Antwort</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Enter</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>/ and its name</source>
        <translation>/ gefolgt vom Namen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Writing a reply</source>
        <translation>Antwort schreiben</translation>
    </message>
</context>
<context>
    <name>textdesk::SingleInstance</name>
    <message>
        <source>There is no private folder for this user&apos;s sockets (XDG_RUNTIME_DIR), so Textdesk cannot make sure the workspace is open only once.</source>
        <translation>Es gibt keinen privaten Ordner für die Sockets dieses Benutzers (XDG_RUNTIME_DIR), daher kann Textdesk nicht sicherstellen, dass der Arbeitsbereich nur einmal geöffnet ist.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; Textdesk neither talks to it nor removes it.</source>
        <translation>%1 gehört einem anderen Benutzer; Textdesk verbindet sich nicht damit und entfernt es auch nicht.</translation>
    </message>
    <message>
        <source>Textdesk cannot make sure the workspace is open only once (%1: %2).</source>
        <translation>Textdesk kann nicht sicherstellen, dass der Arbeitsbereich nur einmal geöffnet ist (%1: %2).</translation>
    </message>
</context>
<context>
    <name>textdesk::StatusText</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>Die Datei fehlt im Medienordner.</translation>
    </message>
    <message>
        <source>Not downloaded yet: the download is under way.</source>
        <translation>Noch nicht heruntergeladen: Der Download läuft.</translation>
    </message>
    <message>
        <source>The download did not work.</source>
        <translation>Der Download ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Textdesk does not keep this kind of attachment.</source>
        <translation>Textdesk speichert diese Art von Anhang nicht.</translation>
    </message>
    <message>
        <source>Not downloaded yet.</source>
        <translation>Noch nicht heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>textdesk::StorageError</name>
    <message>
        <source>The file %1 is not a Textdesk cache (it is not an SQLite database). Textdesk did not change it. Choose another workspace folder, or move that file away.</source>
        <translation>Die Datei %1 ist kein Textdesk-Cache (sie ist keine SQLite-Datenbank). Textdesk hat sie nicht verändert. Wählen Sie einen anderen Arbeitsbereichsordner oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged. Textdesk keeps the damaged file and builds a fresh cache from your provider; messages not yet sent may be in the damaged copy.</source>
        <translation>Der Cache %1 ist beschädigt. Textdesk behält die beschädigte Datei und baut einen neuen Cache aus den Daten Ihres Anbieters auf; noch nicht gesendete Nachrichten befinden sich möglicherweise in der beschädigten Kopie.</translation>
    </message>
    <message>
        <source>Textdesk cannot write to %1: the file or its folder is read-only. Check the permissions, or choose a workspace folder you can write to.</source>
        <translation>Textdesk kann nicht in %1 schreiben: Die Datei oder ihr Ordner ist schreibgeschützt. Prüfen Sie die Berechtigungen oder wählen Sie einen Arbeitsbereichsordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: free some space and Textdesk will carry on where it stopped.</source>
        <translation>Der Datenträger, auf dem %1 liegt, ist voll. Es ist nichts verloren gegangen: Geben Sie Speicherplatz frei, dann macht Textdesk dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Textdesk (cache version %2; this version understands up to %3). Install the newer Textdesk, or choose another workspace. The cache was not changed.</source>
        <translation>Der Cache %1 wurde von einer neueren Textdesk-Version geschrieben (Cache-Version %2; diese Version unterstützt bis %3). Installieren Sie die neuere Textdesk-Version oder wählen Sie einen anderen Arbeitsbereich. Der Cache wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The cache %1 needs to be upgraded before it can be read. Open it with the Textdesk app first.</source>
        <translation>Der Cache %1 muss aktualisiert werden, bevor er gelesen werden kann. Öffnen Sie ihn zuerst mit der Textdesk-App.</translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program. Close other copies of Textdesk and try again.</source>
        <translation>Der Cache %1 ist von einem anderen Programm gesperrt. Schließen Sie andere Textdesk-Instanzen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Textdesk cannot open %1. Check that the folder exists and that it is a file, not a folder.</source>
        <translation>Textdesk kann %1 nicht öffnen. Prüfen Sie, ob der Ordner existiert und ob es sich um eine Datei und nicht um einen Ordner handelt.</translation>
    </message>
    <message>
        <source>The operating system failed to read or write %1. Check the disk, then try again.</source>
        <translation>Das Betriebssystem konnte %1 nicht lesen oder schreiben. Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Textdesk refused to save a change to %1 because it would break the cache&apos;s rules. Nothing was saved.</source>
        <translation>Textdesk hat das Speichern einer Änderung an %1 verweigert, weil sie gegen die Regeln des Caches verstoßen würde. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Textdesk did not save the change: a value is not valid. Nothing was saved.</source>
        <translation>Textdesk hat die Änderung nicht gespeichert: Ein Wert ist ungültig. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Textdesk could not use the cache %1.</source>
        <translation>Textdesk konnte den Cache %1 nicht verwenden.</translation>
    </message>
</context>
<context>
    <name>textdesk::SurveyEditor</name>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>Zufriedenheit (CSAT, 1–5)</translation>
    </message>
    <message>
        <source>Recommendation (NPS, 0–10)</source>
        <translation>Weiterempfehlung (NPS, 0–10)</translation>
    </message>
    <message>
        <source>Effort (CES, 1–7)</source>
        <translation>Aufwand (CES, 1–7)</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Neue Umfrage</translation>
    </message>
    <message>
        <source>On: surveys of this kind are sent</source>
        <translation>Aktiv: Umfragen dieser Art werden gesendet</translation>
    </message>
    <message>
        <source>Send when a conversation is resolved</source>
        <translation>Senden, wenn eine Unterhaltung erledigt wird</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ask the follow-up below a score of</source>
        <translation>Folgefrage stellen bei einer Bewertung unter</translation>
    </message>
    <message>
        <source>Your company&apos;s name, for {{company}}</source>
        <translation>Name Ihres Unternehmens, für {{company}}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Wait after resolving:</source>
        <translation>Wartezeit nach dem Erledigen:</translation>
    </message>
    <message>
        <source>At most once per customer in:</source>
        <translation>Höchstens einmal pro Kunde innerhalb von:</translation>
    </message>
    <message>
        <source>Answers accepted for:</source>
        <translation>Antworten angenommen während:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>Customers without a language get:</source>
        <translation>Kunden ohne Sprache erhalten:</translation>
    </message>
    <message>
        <source>Wording in:</source>
        <translation>Wortlaut in:</translation>
    </message>
    <message>
        <source>Question text:</source>
        <translation>Fragetext:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Folgefrage:</translation>
    </message>
    <message>
        <source>Thank-you:</source>
        <translation>Dankestext:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <comment>a survey that is turned off</comment>
        <translation>%1 (aus)</translation>
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
            <numerusform>%1 · %2 · %n Zeichen</numerusform>
            <numerusform>%1 · %2 · %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the company&apos;s name: a survey with {{company}} left in it is not sent.</source>
        <translation>Tragen Sie den Namen des Unternehmens ein: Eine Umfrage, in der {{company}} stehen geblieben ist, wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <source>The survey was not saved: %1</source>
        <translation>Die Umfrage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Give the survey a name.</source>
        <translation>Geben Sie der Umfrage einen Namen.</translation>
    </message>
</context>
<context>
    <name>textdesk::TeamLoadDock</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Conversations per agent</source>
        <translation>Unterhaltungen je Mitarbeiter</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Open or pending conversations whose customer wrote last: they wait for a reply</source>
        <translation>Offene oder ausstehende Unterhaltungen, in denen der Kunde zuletzt geschrieben hat: Diese warten auf eine Antwort</translation>
    </message>
    <message>
        <source>How long the customer who has waited longest has waited</source>
        <translation>Wie lange der am längsten wartende Kunde schon wartet</translation>
    </message>
    <message>
        <source>The team&apos;s load could not be read: %1</source>
        <translation>Die Auslastung des Teams konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <comment>an agent&apos;s name</comment>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>An agent not known here yet (%1)</source>
        <translation>Ein hier noch unbekannter Mitarbeiter (%1)</translation>
    </message>
    <message>
        <source>%1 open, %2 waiting for a reply. Click an agent to see their conversations.</source>
        <translation>%1 offen, %2 auf Antwort wartend. Klicken Sie auf einen Mitarbeiter, um dessen Unterhaltungen anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>textdesk::TemplateEditor</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Kategorie anzeigen</translation>
    </message>
    <message>
        <source>Filter by shortcut or title</source>
        <translation>Nach Kürzel oder Titel filtern</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Language of the starter templates</source>
        <translation>Sprache der Startvorlagen</translation>
    </message>
    <message>
        <source>Add starter templates</source>
        <translation>Startvorlagen hinzufügen</translation>
    </message>
    <message>
        <source>Greeting, order status, refund, appointment, follow-up, closing, out of office and the HELP, frequency, rates and STOP texts. Templates already added are not added again.</source>
        <translation>Begrüßung, Bestellstatus, Erstattung, Termin, Nachfassen, Abschluss, Abwesenheit sowie die Texte für HELP, Häufigkeit, Gebühren und STOP. Bereits hinzugefügte Vorlagen werden nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>one word, typed after / in a reply</source>
        <translation>ein Wort, in einer Antwort nach / eingegeben</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, … — variables: {{first_name}}, {{agent_name}}, {{company}}, any custom field such as {{order_id}}; a default after |</source>
        <translation>Hallo {{first_name|there}}, … — Variablen: {{first_name}}, {{agent_name}}, {{company}}, jedes benutzerdefinierte Feld wie {{order_id}}; ein Standardwert nach |</translation>
    </message>
    <message>
        <source>A customer&apos;s name or number</source>
        <translation>Name oder Nummer eines Kunden</translation>
    </message>
    <message>
        <source>What {{company}} says in every template</source>
        <translation>Was {{company}} in jeder Vorlage einsetzt</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Shortcut: /</source>
        <translation>Kürzel: /</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vorschau für:</translation>
    </message>
    <message>
        <source>Our company:</source>
        <translation>Unser Unternehmen:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>einen Titel</translation>
    </message>
    <message>
        <source>a one-word shortcut</source>
        <translation>ein Kürzel aus einem Wort</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>einen Text</translation>
    </message>
    <message>
        <source>Another template already has the shortcut /%1. Choose another one.</source>
        <translation>Eine andere Vorlage hat bereits das Kürzel /%1. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The template needs %1.</source>
        <translation>Die Vorlage braucht %1.</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved /%1.</source>
        <translation>/%1 gespeichert.</translation>
    </message>
    <message>
        <source>The template was not deleted: %1</source>
        <translation>Die Vorlage wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted /%1.</source>
        <translation>/%1 gelöscht.</translation>
    </message>
    <message>
        <source>The starter templates were not added: %1</source>
        <translation>Die Startvorlagen wurden nicht hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n starter template(s) added.</source>
        <translation>
            <numerusform>%n Startvorlage hinzugefügt.</numerusform>
            <numerusform>%n Startvorlagen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The starter templates in %1 are all there already.</source>
        <translation>Die Startvorlagen in %1 sind bereits alle vorhanden.</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Vorlagendateien (*.json)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Vorlagen exportieren</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these in the file and try again:
%1</source>
        <translation>Es wurde nichts importiert. Beheben Sie Folgendes in der Datei und versuchen Sie es erneut:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) added</source>
        <translation>
            <numerusform>%n Vorlage hinzugefügt</numerusform>
            <numerusform>%n Vorlagen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced.</source>
        <translation>
            <numerusform>%n ersetzt.</numerusform>
            <numerusform>%n ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) exported to %1.</source>
        <translation>
            <numerusform>%n Vorlage nach %1 exportiert.</numerusform>
            <numerusform>%n Vorlagen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Kein Kunde passt.</translation>
    </message>
    <message>
        <source>Pick a customer to see the text as they would read it.</source>
        <translation>Wählen Sie einen Kunden, um den Text so zu sehen, wie er ihn lesen würde.</translation>
    </message>
    <message>
        <source>No value for %1: the agent fills it in before sending, or give it a default ({{name|default}}).</source>
        <translation>Kein Wert für %1: Der Mitarbeiter füllt ihn vor dem Senden aus, oder geben Sie einen Standardwert an ({{name|default}}).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>segments · encoding</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
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
        <translation>Die Datei ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk template file (it has no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Die Datei ist keine Textdesk-Vorlagendatei (sie hat kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file was written by a newer Textdesk (version %1); this one reads version %2.</source>
        <translation>Die Datei wurde von einer neueren Textdesk-Version geschrieben (Version %1); diese Version liest Version %2.</translation>
    </message>
    <message>
        <source>The file has no &quot;templates&quot; list.</source>
        <translation>Die Datei hat keine &quot;templates&quot;-Liste.</translation>
    </message>
    <message>
        <source>Template %1 is not an object.</source>
        <translation>Vorlage %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>it has no shortcut</source>
        <translation>sie hat kein Kürzel</translation>
    </message>
    <message>
        <source>its shortcut &quot;%1&quot; is more than one word</source>
        <translation>ihr Kürzel &quot;%1&quot; besteht aus mehr als einem Wort</translation>
    </message>
    <message>
        <source>its shortcut &quot;%1&quot; is used by an earlier template</source>
        <translation>ihr Kürzel &quot;%1&quot; wird bereits von einer früheren Vorlage verwendet</translation>
    </message>
    <message>
        <source>it has no title</source>
        <translation>sie hat keinen Titel</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>sie hat keinen Text</translation>
    </message>
    <message>
        <source>Template %1: %2.</source>
        <translation>Vorlage %1: %2.</translation>
    </message>
</context>
<context>
    <name>textdesk::TemplatePopup</name>
    <message>
        <source>Templates</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Up and Down to pick, Enter or Tab to insert, Escape to close</source>
        <translation>Pfeiltasten zum Auswählen, Enter oder Tab zum Einfügen, Esc zum Schließen</translation>
    </message>
    <message>
        <source>/%1 — %2</source>
        <translation>/%1 – %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadDelegate</name>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R retries, Ctrl+E edits</source>
        <translation>Strg+Umschalt+R wiederholt, Strg+E bearbeitet</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation>%1 um %2: %3 %4</translation>
    </message>
    <message>
        <source>Survey: yes</source>
        <translation>Umfrage: ja</translation>
    </message>
    <message>
        <source>Survey: no</source>
        <translation>Umfrage: nein</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>survey kind, score, scale maximum</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 (read from words)</source>
        <comment>a survey score guessed from words</comment>
        <translation>%1 (aus dem Wortlaut abgeleitet)</translation>
    </message>
    <message>
        <source>%1 · sent again</source>
        <translation>%1 · erneut gesendet</translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>textdesk::ThumbnailCache</name>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation>Die Datei fehlt im Medienordner.</translation>
    </message>
    <message>
        <source>Textdesk cannot show this kind of picture.</source>
        <translation>Textdesk kann diese Art von Bild nicht anzeigen.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown.</source>
        <translation>Das Bild ist beschädigt und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The picture is too large to show.</source>
        <translation>Das Bild ist zu groß, um es anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>textdesk::TimeText</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
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
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day, time: Tue 9:00</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>textdesk::UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>textdesk::WindowHost</name>
    <message>
        <source>Your account is saved as your own workspace, which opens in a window of its own.</source>
        <translation>Ihr Konto ist als Ihr eigener Arbeitsbereich gespeichert, der sich in einem eigenen Fenster öffnet.</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Arbeitsbereich nicht geöffnet</translation>
    </message>
    <message>
        <source>Your account is saved, but Textdesk could not be started again for your own workspace (%1). Start Textdesk again to use it.</source>
        <translation>Ihr Konto ist gespeichert, aber Textdesk konnte für Ihren eigenen Arbeitsbereich nicht neu gestartet werden (%1). Starten Sie Textdesk erneut, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Connected with the token typed in Settings, for this session only: without a keychain it is not remembered.</source>
        <translation>Verbunden mit dem in den Einstellungen eingegebenen Token, nur für diese Sitzung: Ohne Schlüsselbund wird es nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::BusinessHours</name>
    <message>
        <source>&quot;%1&quot; is not a time zone; write one such as America/Chicago or Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; geben Sie eine wie America/Chicago oder Europe/Berlin an.</translation>
    </message>
    <message>
        <source>Shift %1: the hours must be written like 09:00 and 17:30.</source>
        <translation>Schicht %1: Die Uhrzeiten müssen wie 09:00 und 17:30 geschrieben werden.</translation>
    </message>
    <message>
        <source>Shift %1 names no day (mon, tue, … sun).</source>
        <translation>Schicht %1 nennt keinen Tag (mon, tue, … sun).</translation>
    </message>
    <message>
        <source>Shift %1: &quot;%2&quot; is not a day; write mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>Schicht %1: „%2“ ist kein Tag; schreiben Sie mon, tue, wed, thu, fri, sat oder sun.</translation>
    </message>
    <message>
        <source>Holiday %1: the date must be written like 2026-12-25.</source>
        <translation>Feiertag %1: Das Datum muss wie 2026-12-25 geschrieben werden.</translation>
    </message>
    <message>
        <source>never open</source>
        <translation>nie geöffnet</translation>
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
        <translation>%1. Der FAQ-Bot antwortet in dieser Unterhaltung nicht mehr.</translation>
    </message>
    <message>
        <source>FAQ bot</source>
        <translation>FAQ-Bot</translation>
    </message>
    <message>
        <source>Customer asked for a person</source>
        <translation>Der Kunde möchte mit einem Menschen sprechen</translation>
    </message>
    <message>
        <source>The FAQ bot was not sure: %1</source>
        <translation>Der FAQ-Bot war unsicher: %1</translation>
    </message>
    <message>
        <source>the customer opted out of messages</source>
        <translation>der Kunde hat sich von Nachrichten abgemeldet</translation>
    </message>
    <message>
        <source>%1 is a short code</source>
        <translation>%1 ist eine Kurzwahlnummer</translation>
    </message>
    <message>
        <source>the number seems to answer automatically</source>
        <translation>die Nummer scheint automatisch zu antworten</translation>
    </message>
    <message numerus="yes">
        <source>already %n automatic repl(ies) in this conversation in the last hour</source>
        <translation>
            <numerusform>bereits %n automatische Antwort in dieser Unterhaltung in der letzten Stunde</numerusform>
            <numerusform>bereits %n automatische Antworten in dieser Unterhaltung in der letzten Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer to “%1” needs %2, which has no value</source>
        <translation>die Antwort auf „%1“ braucht %2, wofür kein Wert vorliegt</translation>
    </message>
    <message>
        <source>The FAQ bot did not answer “%1”: %2</source>
        <translation>Der FAQ-Bot hat „%1“ nicht beantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered “%2” (%3): “%4”</source>
        <translation>%1 hat „%2“ beantwortet (%3): „%4“</translation>
    </message>
    <message>
        <source>the customer asked to stop messages, which an agent has to answer first</source>
        <translation>der Kunde hat darum gebeten, keine Nachrichten mehr zu erhalten; ein Mitarbeiter muss das zuerst beantworten</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqFile</name>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation>Die Datei ist kein JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk FAQ: it needs &quot;format&quot;: &quot;textdesk-faq&quot; and a list of &quot;entries&quot;.</source>
        <translation>Die Datei ist keine Textdesk-FAQ: Sie braucht &quot;format&quot;: &quot;textdesk-faq&quot; und eine Liste &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>The file is a newer FAQ (version %1) than this Textdesk reads (1).</source>
        <translation>Die Datei ist eine neuere FAQ (Version %1), als diese Textdesk-Version lesen kann (1).</translation>
    </message>
    <message>
        <source>The file has no entries.</source>
        <translation>Die Datei hat keine Einträge.</translation>
    </message>
    <message>
        <source>without a question</source>
        <translation>ohne Frage</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>it is not an object with a question and an answer.</source>
        <translation>Er ist kein Objekt mit einer Frage und einer Antwort.</translation>
    </message>
    <message>
        <source>it has no question.</source>
        <translation>Er hat keine Frage.</translation>
    </message>
    <message>
        <source>it has no answer.</source>
        <translation>Er hat keine Antwort.</translation>
    </message>
    <message>
        <source>it has no language (write one of: %1).</source>
        <translation>Er hat keine Sprache (geben Sie eine davon an: %1).</translation>
    </message>
    <message>
        <source>&quot;keywords&quot; must be a list of words.</source>
        <translation>&quot;keywords&quot; muss eine Liste von Wörtern sein.</translation>
    </message>
    <message>
        <source>&quot;phrases&quot; must be a list of texts.</source>
        <translation>&quot;phrases&quot; muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>it has no keywords or phrases with letters, so nothing would find it.</source>
        <translation>Er hat keine Schlüsselwörter oder Phrasen mit Buchstaben, daher würde ihn nichts finden.</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqMatcher</name>
    <message>
        <source>Customer asked for a person</source>
        <translation>Der Kunde möchte mit einem Menschen sprechen</translation>
    </message>
    <message>
        <source>only a greeting or thanks</source>
        <translation>nur eine Begrüßung oder ein Dank</translation>
    </message>
    <message>
        <source>the message has no words it could read</source>
        <translation>die Nachricht enthält keine lesbaren Wörter</translation>
    </message>
    <message>
        <source>no question of the FAQ matches “%1”</source>
        <translation>keine Frage der FAQ passt zu „%1“</translation>
    </message>
    <message>
        <source>the best match, “%1”, scored %2 of the %3 needed</source>
        <translation>der beste Treffer, „%1“, erreichte %2 von %3 benötigten Punkten</translation>
    </message>
    <message>
        <source>“%1” and “%2” match equally well</source>
        <translation>„%1“ und „%2“ passen gleich gut</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleEvaluator</name>
    <message>
        <source>turned off</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>waits for another event (%1)</source>
        <translation>wartet auf ein anderes Ereignis (%1)</translation>
    </message>
    <message>
        <source>%1 has no business hours</source>
        <translation>%1 hat keine Geschäftszeiten</translation>
    </message>
    <message>
        <source>inside business hours</source>
        <translation>innerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>the away reply already went to this conversation today</source>
        <translation>die Abwesenheitsantwort ging heute bereits an diese Unterhaltung</translation>
    </message>
    <message numerus="yes">
        <source>an agent wrote in the last %n minute(s)</source>
        <translation>
            <numerusform>ein Mitarbeiter hat in der letzten %n Minute geschrieben</numerusform>
            <numerusform>ein Mitarbeiter hat in den letzten %n Minuten geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>not on %1</source>
        <translation>nicht an %1 eingegangen</translation>
    </message>
    <message>
        <source>the customer has the tag %1</source>
        <translation>der Kunde hat das Tag %1</translation>
    </message>
    <message>
        <source>the customer lacks the tag %1</source>
        <translation>dem Kunden fehlt das Tag %1</translation>
    </message>
    <message>
        <source>the field %1 is not “%2”</source>
        <translation>das Feld %1 ist nicht „%2“</translation>
    </message>
    <message>
        <source>the message does not contain “%1”</source>
        <translation>die Nachricht enthält nicht „%1“</translation>
    </message>
    <message>
        <source>the message does not match %1</source>
        <translation>die Nachricht passt nicht zu %1</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>the customer opted out</source>
        <translation>der Kunde hat sich abgemeldet</translation>
    </message>
    <message>
        <source>never an automatic reply to a short code</source>
        <translation>nie eine automatische Antwort an eine Kurzwahlnummer</translation>
    </message>
    <message>
        <source>the customer&apos;s number answers automatically</source>
        <translation>die Nummer des Kunden antwortet automatisch</translation>
    </message>
    <message numerus="yes">
        <source>already %n automatic repl(ies) in this conversation in the last hour</source>
        <translation>
            <numerusform>bereits %n automatische Antwort in dieser Unterhaltung in der letzten Stunde</numerusform>
            <numerusform>bereits %n automatische Antworten in dieser Unterhaltung in der letzten Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no template “%1”</source>
        <translation>es gibt keine Vorlage „%1“</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>kein Wert für %1</translation>
    </message>
    <message>
        <source>No rule runs: %1.</source>
        <translation>Keine Regel wird ausgeführt: %1.</translation>
    </message>
    <message>
        <source>– %1: no (%2)</source>
        <translation>– %1: nein (%2)</translation>
    </message>
    <message>
        <source>✓ %1:</source>
        <translation>✓ %1:</translation>
    </message>
    <message>
        <source>reply “%1”</source>
        <translation>mit „%1“ antworten</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation>Notiz „%1“ schreiben</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>an %1 zuweisen</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1 vergeben</translation>
    </message>
    <message>
        <source>set status %1</source>
        <translation>Status %1 setzen</translation>
    </message>
    <message numerus="yes">
        <source>snooze for %n minute(s)</source>
        <translation>
            <numerusform>für %n Minute zurückstellen</numerusform>
            <numerusform>für %n Minuten zurückstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>send the survey</source>
        <translation>die Umfrage senden</translation>
    </message>
    <message>
        <source>%1 — not done: %2</source>
        <translation>%1 — nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1 — waits for the customer&apos;s quiet hours to end</source>
        <translation>%1 — wartet auf das Ende der Ruhezeit des Kunden</translation>
    </message>
    <message>
        <source>(the last rule stops the rest)</source>
        <translation>(die letzte Regel stoppt die übrigen)</translation>
    </message>
    <message>
        <source>No rule matches.</source>
        <translation>Keine Regel trifft zu.</translation>
    </message>
    <message>
        <source>the customer asked to stop messages and no agent has answered yet</source>
        <translation>der Kunde hat darum gebeten, keine Nachrichten mehr zu erhalten, und noch kein Mitarbeiter hat geantwortet</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleJson</name>
    <message>
        <source>The rule has no name.</source>
        <translation>Die Regel hat keinen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of rule; write custom or away.</source>
        <translation>„%1“ ist keine Regelart; schreiben Sie custom oder away.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event; write one of: %2.</source>
        <translation>„%1“ ist kein Ereignis; schreiben Sie eines von: %2.</translation>
    </message>
    <message>
        <source>A &quot;no agent reply&quot; rule needs &quot;minutes&quot; from 1 to 10080 (a week).</source>
        <translation>Eine Regel für „keine Antwort eines Mitarbeiters“ braucht &quot;minutes&quot; von 1 bis 10080 (eine Woche).</translation>
    </message>
    <message>
        <source>&quot;agent_quiet_minutes&quot; cannot be negative.</source>
        <translation>&quot;agent_quiet_minutes&quot; darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Condition %1: &quot;%2&quot; is not a condition; write one of: %3.</source>
        <translation>Bedingung %1: „%2“ ist keine Bedingung; schreiben Sie eine von: %3.</translation>
    </message>
    <message>
        <source>Condition %1 (%2) needs a value.</source>
        <translation>Bedingung %1 (%2) braucht einen Wert.</translation>
    </message>
    <message>
        <source>Condition %1 (field) needs the field&apos;s &quot;name&quot;.</source>
        <translation>Bedingung %1 (field) braucht den &quot;name&quot; des Feldes.</translation>
    </message>
    <message>
        <source>Condition %1: the pattern &quot;%2&quot; is not a valid regular expression (%3).</source>
        <translation>Bedingung %1: Das Muster „%2“ ist kein gültiger regulärer Ausdruck (%3).</translation>
    </message>
    <message>
        <source>Action %1: &quot;%2&quot; is not an action; write one of: %3.</source>
        <translation>Aktion %1: „%2“ ist keine Aktion; schreiben Sie eine von: %3.</translation>
    </message>
    <message>
        <source>Action %1 (%2) needs a &quot;text&quot; or a &quot;template&quot;.</source>
        <translation>Aktion %1 (%2) braucht einen &quot;text&quot; oder ein &quot;template&quot;.</translation>
    </message>
    <message>
        <source>Action %1 (assign) needs the &quot;agent&quot;&apos;s name.</source>
        <translation>Aktion %1 (assign) braucht den Namen des Mitarbeiters als &quot;agent&quot;.</translation>
    </message>
    <message>
        <source>Action %1 (tag) needs the tag as &quot;value&quot;.</source>
        <translation>Aktion %1 (tag) braucht das Tag als &quot;value&quot;.</translation>
    </message>
    <message>
        <source>Action %1: &quot;%2&quot; is not a status; write open, pending or resolved (or use a snooze action).</source>
        <translation>Aktion %1: „%2“ ist kein Status; schreiben Sie open, pending oder resolved (oder verwenden Sie eine snooze-Aktion).</translation>
    </message>
    <message>
        <source>Action %1 (snooze) needs &quot;minutes&quot;, at least 1.</source>
        <translation>Aktion %1 (snooze) braucht &quot;minutes&quot;, mindestens 1.</translation>
    </message>
    <message>
        <source>The rule does nothing: give it at least one action.</source>
        <translation>Die Regel tut nichts: Geben Sie ihr mindestens eine Aktion.</translation>
    </message>
    <message>
        <source>An away reply answers a received message with a reply.</source>
        <translation>Eine Abwesenheitsantwort beantwortet eine empfangene Nachricht mit einer Antwort.</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at character %2).</source>
        <translation>Die Datei ist kein JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The file is not a Textdesk rules file (its &quot;format&quot; is not &quot;textdesk-rules&quot;).</source>
        <translation>Die Datei ist keine Textdesk-Regeldatei (ihr &quot;format&quot; ist nicht &quot;textdesk-rules&quot;).</translation>
    </message>
    <message>
        <source>Rule %1 (“%2”): %3</source>
        <translation>Regel %1 („%2“): %3</translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleRunner</name>
    <message>
        <source>Rule “%1” cannot be read: %2</source>
        <translation>Regel „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The business hours of %1 cannot be read: %2</source>
        <translation>Die Geschäftszeiten von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>did not %1: %2</source>
        <translation>%1 nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>did not reply: %1</source>
        <translation>nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>replied “%1”</source>
        <translation>mit „%1“ geantwortet</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>an %1 zugewiesen</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>Tag %1 vergeben</translation>
    </message>
    <message numerus="yes">
        <source>snoozed for %n minute(s)</source>
        <translation>
            <numerusform>für %n Minute zurückgestellt</numerusform>
            <numerusform>für %n Minuten zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>set the status to %1</source>
        <translation>Status auf %1 gesetzt</translation>
    </message>
    <message>
        <source>wrote a note</source>
        <translation>eine Notiz geschrieben</translation>
    </message>
    <message>
        <source>sent the survey</source>
        <translation>die Umfrage gesendet</translation>
    </message>
    <message>
        <source>did not send the survey: %1</source>
        <translation>die Umfrage nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Rule “%1”: %2.</source>
        <translation>Regel „%1“: %2.</translation>
    </message>
    <message>
        <source>STOP, START and HELP are handled by the consent rules, before any rule</source>
        <translation>STOP, START und HELP werden vor jeder Regel von den Einwilligungsregeln behandelt</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Regel „%1“</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::BroadcastRunner</name>
    <message>
        <source>Only a running broadcast can be paused.</source>
        <translation>Nur eine laufende Rundsendung kann pausiert werden.</translation>
    </message>
    <message>
        <source>Only a paused broadcast can be resumed.</source>
        <translation>Nur eine pausierte Rundsendung kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The broadcast has already finished.</source>
        <translation>Die Rundsendung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>A recipient of the broadcast changed while it was being queued; it is tried again.</source>
        <translation>Ein Empfänger der Rundsendung hat sich während des Einreihens geändert; er wird erneut versucht.</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::Planner</name>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ungültige Nummer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Missing variable</source>
        <translation>Fehlende Variable</translation>
    </message>
    <message>
        <source>Refused by the outbox</source>
        <translation>Vom Postausgang abgelehnt</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Wegen Ruhezeiten zurückgehalten</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Die Vorlage ist leer.</translation>
    </message>
    <message>
        <source>No customer has the tag &quot;%1&quot;.</source>
        <translation>Kein Kunde hat das Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>The file has no recipients: it needs a header line and one line per recipient.</source>
        <translation>Die Datei enthält keine Empfänger: Sie benötigt eine Kopfzeile und eine Zeile pro Empfänger.</translation>
    </message>
    <message>
        <source>The file has no column of phone numbers. Name one &quot;phone&quot; or &quot;number&quot; in the header line.</source>
        <translation>Die Datei hat keine Spalte mit Telefonnummern. Benennen Sie eine in der Kopfzeile „phone“ oder „number“.</translation>
    </message>
    <message>
        <source>Already a recipient of this broadcast.</source>
        <translation>Bereits Empfänger dieser Rundsendung.</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>Kein Wert für %1.</translation>
    </message>
    <message>
        <source>Nobody can receive this broadcast: every recipient is skipped.</source>
        <translation>Niemand kann diese Rundsendung erhalten: Alle Empfänger werden übersprungen.</translation>
    </message>
    <message>
        <source>Asked to stop (awaiting an agent)</source>
        <translation>Bitte um Abmeldung (Antwort eines Mitarbeiters ausstehend)</translation>
    </message>
</context>
<context>
    <name>textdesk::broadcasts::Reminders</name>
    <message>
        <source>The template is empty.</source>
        <translation>Die Vorlage ist leer.</translation>
    </message>
    <message>
        <source>The file has no appointments: it needs a header line and one line per appointment.</source>
        <translation>Die Datei enthält keine Termine: Sie benötigt eine Kopfzeile und eine Zeile pro Termin.</translation>
    </message>
    <message>
        <source>The file has no column of phone numbers. Name one &quot;phone&quot; or &quot;number&quot; in the header line.</source>
        <translation>Die Datei hat keine Spalte mit Telefonnummern. Benennen Sie eine in der Kopfzeile „phone“ oder „number“.</translation>
    </message>
    <message>
        <source>The file has no column with the appointment&apos;s date and time. Name one &quot;date&quot; (and &quot;time&quot;, if the time is in a column of its own).</source>
        <translation>Die Datei hat keine Spalte mit Datum und Uhrzeit des Termins. Benennen Sie eine „date“ (und eine „time“, falls die Uhrzeit in einer eigenen Spalte steht).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time Textdesk can read; write it as 2026-03-04 14:30.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit, das Textdesk lesen kann; schreiben Sie es als 2026-03-04 14:30.</translation>
    </message>
    <message>
        <source>The appointment (%1) has already passed.</source>
        <translation>Der Termin (%1) ist bereits vorbei.</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>Kein Wert für %1.</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Terminerinnerung</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::ConsentExport</name>
    <message>
        <source>Opted in</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Consent unknown</source>
        <translation>Einwilligung unbekannt</translation>
    </message>
    <message>
        <source>By text message</source>
        <translation>Per SMS</translation>
    </message>
    <message>
        <source>Texted %1</source>
        <translation>Hat %1 gesendet</translation>
    </message>
    <message>
        <source>The provider refused a message to an unsubscribed number (21610)</source>
        <translation>Der Anbieter hat eine Nachricht an eine abgemeldete Nummer abgelehnt (21610)</translation>
    </message>
    <message>
        <source>Set by an agent</source>
        <translation>Von einem Mitarbeiter gesetzt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <source>An agent</source>
        <translation>Ein Mitarbeiter</translation>
    </message>
    <message>
        <source>An import</source>
        <translation>Ein Import</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::QuietHoldNote</name>
    <message>
        <source>%1 held until %2 (the customer&apos;s quiet hours).</source>
        <translation>%1 wegen der Ruhezeit des Kunden bis %2 zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>textdesk::compliance::RevocationHoldNote</name>
    <message>
        <source>%1 held: the customer asked to stop messages. It goes out when an agent answers “Not a request”, and is cancelled on “Opt out”.</source>
        <translation>%1 zurückgehalten: Der Kunde hat darum gebeten, keine Nachrichten mehr zu erhalten. Die Nachricht wird gesendet, wenn ein Mitarbeiter mit „Keine Abmeldung“ antwortet, und bei „Abmeldung eintragen“ abgebrochen.</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavCall</name>
    <message>
        <source>The CardDAV server did not answer within %1 seconds.</source>
        <translation>Der CardDAV-Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the CardDAV server at %1: %2</source>
        <translation>Der CardDAV-Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The CardDAV server sent Textdesk to another address (%1). Set that address as the address book&apos;s URL.</source>
        <translation>Der CardDAV-Server hat Textdesk an eine andere Adresse weitergeleitet (%1). Legen Sie diese Adresse als URL des Adressbuchs fest.</translation>
    </message>
    <message>
        <source>The CardDAV server refused the user name or password (%1).</source>
        <translation>Der CardDAV-Server hat den Benutzernamen oder das Passwort abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server does not allow this user to do that (%1).</source>
        <translation>Der CardDAV-Server erlaubt diesem Benutzer das nicht (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server has nothing at that address (%1). Check the address book&apos;s URL.</source>
        <translation>Der CardDAV-Server hat unter dieser Adresse nichts (%1). Prüfen Sie die URL des Adressbuchs.</translation>
    </message>
    <message>
        <source>The CardDAV server is out of space (%1).</source>
        <translation>Der CardDAV-Server hat keinen Speicherplatz mehr (%1).</translation>
    </message>
    <message>
        <source>The CardDAV server failed (HTTP %1, %2). Try again later.</source>
        <translation>Beim CardDAV-Server ist ein Fehler aufgetreten (HTTP %1, %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The CardDAV server answered HTTP %1 (%2).</source>
        <translation>Der CardDAV-Server hat mit HTTP %1 geantwortet (%2).</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavCheck</name>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer, so Textdesk did not send the password. Check the address, or ask the server&apos;s administrator for a valid certificate.
%1</source>
        <translation>Das Zertifikat des Servers wird von diesem Computer nicht als vertrauenswürdig eingestuft, daher hat Textdesk das Passwort nicht gesendet. Prüfen Sie die Adresse oder bitten Sie den Administrator des Servers um ein gültiges Zertifikat.
%1</translation>
    </message>
    <message>
        <source>No connection to the server: %1</source>
        <translation>Keine Verbindung zum Server: %1</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both (some servers want an app password instead of the account&apos;s).</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt. Prüfen Sie beides (manche Server verlangen ein App-Passwort statt des Kontopassworts).</translation>
    </message>
    <message>
        <source>There is nothing at that address on the server. Check the address book&apos;s URL.</source>
        <translation>Unter dieser Adresse gibt es auf dem Server nichts. Prüfen Sie die URL des Adressbuchs.</translation>
    </message>
    <message>
        <source>That address is not an address book: the server does not speak WebDAV there. Check the address book&apos;s URL.</source>
        <translation>Diese Adresse ist kein Adressbuch: Der Server spricht dort kein WebDAV. Prüfen Sie die URL des Adressbuchs.</translation>
    </message>
    <message>
        <source>testing the connection</source>
        <translation>Testen der Verbindung</translation>
    </message>
    <message>
        <source>The server accepted the password, but that address is not an address book (a folder or an account, perhaps). Use the address book&apos;s own URL, e.g. …/addressbooks/USER/contacts/.</source>
        <translation>Der Server hat das Passwort akzeptiert, aber diese Adresse ist kein Adressbuch (vielleicht ein Ordner oder ein Konto). Verwenden Sie die eigene URL des Adressbuchs, z. B. …/addressbooks/BENUTZER/contacts/.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the address book holds %n card(s).</source>
        <translation>
            <numerusform>Verbunden: Das Adressbuch enthält %n Karte.</numerusform>
            <numerusform>Verbunden: Das Adressbuch enthält %n Karten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavClient</name>
    <message>
        <source>“%1” is not an address book URL (e.g. https://dav.example.com/addressbooks/me/contacts/).</source>
        <translation>„%1“ ist keine Adressbuch-URL (z. B. https://dav.example.com/addressbooks/me/contacts/).</translation>
    </message>
    <message>
        <source>The address book URL must begin with https:// (plain http only to this computer): the password would otherwise cross the network readable.</source>
        <translation>Die Adressbuch-URL muss mit https:// beginnen (einfaches http nur zu diesem Computer): Sonst würde das Passwort lesbar über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>Textdesk has no network access.</source>
        <translation>Textdesk hat keinen Netzwerkzugriff.</translation>
    </message>
    <message>
        <source>The CardDAV server&apos;s answer is not a WebDAV multistatus (%1).</source>
        <translation>Die Antwort des CardDAV-Servers ist kein WebDAV-Multistatus (%1).</translation>
    </message>
    <message>
        <source>no &lt;multistatus&gt;</source>
        <translation>kein &lt;multistatus&gt;</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavConflicts</name>
    <message>
        <source>Deleted here, changed on the server.</source>
        <translation>Hier gelöscht, auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server.</source>
        <translation>Hier geändert, auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1: here “%2” · server “%3”</source>
        <translation>%1: hier „%2“ · Server „%3“</translation>
    </message>
    <message>
        <source>The same fields on both sides (other properties differ).</source>
        <translation>Auf beiden Seiten dieselben Felder (andere Eigenschaften unterscheiden sich).</translation>
    </message>
    <message>
        <source>Conflict %1 was resolved already.</source>
        <translation>Konflikt %1 wurde bereits gelöst.</translation>
    </message>
    <message>
        <source>The server&apos;s version of conflict %1 has no phone number Textdesk can use; keep the version here instead.</source>
        <translation>Die Server-Version von Konflikt %1 hat keine Telefonnummer, die Textdesk verwenden kann; behalten Sie stattdessen die Version hier.</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavRunner</name>
    <message>
        <source>A contacts sync is already running.</source>
        <translation>Eine Kontaktsynchronisierung läuft bereits.</translation>
    </message>
    <message>
        <source>The workspace&apos;s cache is not open, so contacts cannot be synced.</source>
        <translation>Der Cache des Arbeitsbereichs ist nicht geöffnet, daher können keine Kontakte synchronisiert werden.</translation>
    </message>
    <message>
        <source>Here: %1 added, %2 updated, %3 deleted. Server: %4 added, %5 updated, %6 deleted. Conflicts: %7 new, %8 open.</source>
        <translation>Hier: %1 hinzugefügt, %2 aktualisiert, %3 gelöscht. Server: %4 hinzugefügt, %5 aktualisiert, %6 gelöscht. Konflikte: %7 neu, %8 offen.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n card(s) without a usable phone number.</source>
        <translation>
            <numerusform>%n Karte ohne verwendbare Telefonnummer übersprungen.</numerusform>
            <numerusform>%n Karten ohne verwendbare Telefonnummer übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavSync</name>
    <message>
        <source>it has no phone number</source>
        <translation>sie hat keine Telefonnummer</translation>
    </message>
    <message>
        <source>it holds %1 cards</source>
        <translation>sie enthält %1 Karten</translation>
    </message>
    <message>
        <source>Listing the address book at %1…</source>
        <translation>Adressbuch unter %1 wird aufgelistet…</translation>
    </message>
    <message>
        <source>listing the address book</source>
        <translation>Auflisten des Adressbuchs</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the server, %1 new or changed.</source>
        <translation>
            <numerusform>%n Karte auf dem Server, %1 neu oder geändert.</numerusform>
            <numerusform>%n Karten auf dem Server, %1 neu oder geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>fetching cards</source>
        <translation>Abrufen der Karten</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 cards.</source>
        <translation>%1 von %2 Karten abgerufen.</translation>
    </message>
    <message>
        <source>Conflict %1: %2 was changed both here and on the server; both versions are kept until you choose one.</source>
        <translation>Konflikt %1: %2 wurde sowohl hier als auch auf dem Server geändert; beide Versionen bleiben erhalten, bis Sie eine auswählen.</translation>
    </message>
    <message>
        <source>its number %1 is another card&apos;s</source>
        <translation>ihre Nummer %1 gehört zu einer anderen Karte</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 übersprungen: %2.</translation>
    </message>
    <message>
        <source>Skipped %1: its number %2 is another customer&apos;s.</source>
        <translation>%1 übersprungen: ihre Nummer %2 gehört zu einem anderen Kunden.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to the server…</source>
        <translation>
            <numerusform>%n Änderung wird an den Server gesendet…</numerusform>
            <numerusform>%n Änderungen werden an den Server gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>sending %1</source>
        <translation>Senden von %1</translation>
    </message>
    <message>
        <source>Sent %1 of %2 changes.</source>
        <translation>%1 von %2 Änderungen gesendet.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>Cancelled before the server&apos;s changes were written; nothing changed here.</source>
        <translation>Abgebrochen, bevor die Änderungen des Servers geschrieben wurden; hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 changes were sent; the next sync sends the rest.</source>
        <translation>Abgebrochen: %1 von %2 Änderungen wurden gesendet; die nächste Synchronisierung sendet den Rest.</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::ContactFiles</name>
    <message>
        <source>… and more problems after these.</source>
        <translation>… und weitere Probleme nach diesen.</translation>
    </message>
    <message>
        <source>The file is empty: there is not even a header line.</source>
        <translation>Die Datei ist leer: Es gibt nicht einmal eine Kopfzeile.</translation>
    </message>
    <message>
        <source>No column holds the phone numbers. Choose which column is the number.</source>
        <translation>Keine Spalte enthält die Telefonnummern. Wählen Sie aus, welche Spalte die Nummer ist.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3. Check for a missing separator or a line break outside quotes.</source>
        <translation>Zeile %1: %2 Felder, wo die Kopfzeile %3 hat. Prüfen Sie, ob ein Trennzeichen fehlt oder ein Zeilenumbruch außerhalb von Anführungszeichen steht.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3. Check for a separator inside a field that is not in quotes.</source>
        <translation>Zeile %1: %2 Felder, wo die Kopfzeile %3 hat. Prüfen Sie, ob ein Trennzeichen in einem Feld steht, das nicht in Anführungszeichen gesetzt ist.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: this is not a vCard line (it has no “:”).</source>
        <translation>Zeile %1: Das ist keine vCard-Zeile (sie hat kein „:“).</translation>
    </message>
    <message>
        <source>Line %1: a card begins before the card of line %2 has ended (END:VCARD is missing).</source>
        <translation>Zeile %1: Eine Karte beginnt, bevor die Karte aus Zeile %2 geendet hat (END:VCARD fehlt).</translation>
    </message>
    <message>
        <source>Line %1: “%2” outside a card (BEGIN:VCARD is missing).</source>
        <translation>Zeile %1: „%2“ außerhalb einer Karte (BEGIN:VCARD fehlt).</translation>
    </message>
    <message>
        <source>Line %1: the card that begins here never ends (END:VCARD is missing).</source>
        <translation>Zeile %1: Die Karte, die hier beginnt, endet nie (END:VCARD fehlt).</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::ContactTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CsvMapping</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Kontakte</translation>
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
        <translation>eine Tabelle</translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::HistoryImport</name>
    <message>
        <source>not readable as JSON (%1 at byte %2)</source>
        <translation>nicht als JSON lesbar (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>JSON, but neither a page of the provider&apos;s message list (with &quot;messages&quot;) nor a list of messages</source>
        <translation>JSON, aber weder eine Seite der Nachrichtenliste des Anbieters (mit &quot;messages&quot;) noch eine Liste von Nachrichten</translation>
    </message>
    <message>
        <source>message %1 lacks a sid, from, to or direction</source>
        <translation>Nachricht %1 fehlt sid, from, to oder direction</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>die Kopfzeile hat keine Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1 has %2 fields where the header has %3</source>
        <translation>Zeile %1 hat %2 Felder, wo die Kopfzeile %3 hat</translation>
    </message>
    <message>
        <source>line %1 lacks a sid, direction, from, to or a readable date_created</source>
        <translation>Zeile %1 fehlt sid, direction, from, to oder ein lesbares date_created</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>textdesk::csv::Reader</name>
    <message>
        <source>Line %1: text after a closing quote. A field in quotes must end with the quote, followed by &quot;%2&quot; or the end of the line.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen. Ein Feld in Anführungszeichen muss mit dem Anführungszeichen enden, gefolgt von &quot;%2&quot; oder dem Zeilenende.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that does not start with one. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld, das nicht mit einem beginnt. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quote opened here is never closed.</source>
        <translation>Zeile %1: Ein hier geöffnetes Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::History</name>
    <message>
        <source>history_days in %1 is &quot;%2&quot;, neither a number of days nor &quot;all&quot;; using %3 days.</source>
        <translation>history_days in %1 ist „%2“, weder eine Anzahl Tage noch „all“; es werden %3 Tage verwendet.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::SyncEngine</name>
    <message>
        <source>Older messages of another conversation are still loading. Try again when they are done, or stop them.</source>
        <translation>Ältere Nachrichten einer anderen Unterhaltung werden noch geladen. Versuchen Sie es erneut, wenn das abgeschlossen ist, oder brechen Sie den Vorgang ab.</translation>
    </message>
    <message>
        <source>On a team desktop, older messages come from the team&apos;s store once its gateway has loaded them.</source>
        <translation>Auf einem Team-Desktop kommen ältere Nachrichten aus dem Speicher des Teams, sobald dessen Gateway sie geladen hat.</translation>
    </message>
</context>
<context>
    <name>textdesk::engine::SyncWorker</name>
    <message>
        <source>Not connected to the cache yet.</source>
        <translation>Noch nicht mit dem Cache verbunden.</translation>
    </message>
    <message>
        <source>The cache is not open, so the change was not saved.</source>
        <translation>Der Cache ist nicht geöffnet, daher wurde die Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>The cache is not open, so older messages cannot be loaded.</source>
        <translation>Der Cache ist nicht geöffnet, daher können ältere Nachrichten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>textdesk::provider::ProviderError</name>
    <message>
        <source>The provider did not accept the account SID and secret. Check them in Settings.</source>
        <translation>Der Anbieter hat Account SID und Secret nicht akzeptiert. Prüfen Sie beide in den Einstellungen.</translation>
    </message>
    <message>
        <source>The provider does not know this message or account any more.</source>
        <translation>Der Anbieter kennt diese Nachricht oder dieses Konto nicht mehr.</translation>
    </message>
    <message>
        <source>This phone number cannot receive text messages. Check the number with the customer.</source>
        <translation>Diese Telefonnummer kann keine SMS empfangen. Prüfen Sie die Nummer mit dem Kunden.</translation>
    </message>
    <message>
        <source>The customer has opted out (replied STOP). They must text START before you can write to them again.</source>
        <translation>Der Kunde hat sich abgemeldet (mit STOP geantwortet). Er muss START senden, bevor Sie ihm wieder schreiben können.</translation>
    </message>
    <message>
        <source>The sending number is not one of this account&apos;s numbers.</source>
        <translation>Die Absendernummer gehört nicht zu den Nummern dieses Kontos.</translation>
    </message>
    <message>
        <source>The message is missing a text, a sender or a recipient.</source>
        <translation>Der Nachricht fehlt ein Text, ein Absender oder ein Empfänger.</translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters. Shorten it or split it.</source>
        <translation>Die Nachricht ist länger als 1.600 Zeichen. Kürzen Sie sie oder teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>The provider&apos;s queue for this number is full. The message will be sent when it has room.</source>
        <translation>Die Warteschlange des Anbieters für diese Nummer ist voll. Die Nachricht wird gesendet, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>The provider refused the scheduled time. Pick a time between 15 minutes and 35 days from now.</source>
        <translation>Der Anbieter hat den geplanten Zeitpunkt abgelehnt. Wählen Sie einen Zeitpunkt, der zwischen 15 Minuten und 35 Tagen in der Zukunft liegt.</translation>
    </message>
    <message>
        <source>The provider is asking us to slow down. Textdesk will try again shortly.</source>
        <translation>Der Anbieter bittet darum, langsamer zu senden. Textdesk versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The provider is having problems right now. Textdesk will try again shortly.</source>
        <translation>Der Anbieter hat gerade Probleme. Textdesk versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot reach the provider. Check the network connection; Textdesk will keep trying.</source>
        <translation>Der Anbieter ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung; Textdesk versucht es weiter.</translation>
    </message>
    <message>
        <source>The provider did not answer in time. Textdesk will try again shortly.</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet. Textdesk versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection broke after the message was handed over. Textdesk will check whether the provider received it before sending it again.</source>
        <translation>Die Verbindung ist abgebrochen, nachdem die Nachricht übergeben wurde. Textdesk prüft, ob der Anbieter sie erhalten hat, bevor sie erneut gesendet wird.</translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified, so nothing was sent. Check the system clock and any proxy.</source>
        <translation>Die sichere Verbindung zum Anbieter konnte nicht überprüft werden, daher wurde nichts gesendet. Prüfen Sie die Systemuhr und einen eventuellen Proxy.</translation>
    </message>
    <message>
        <source>The provider sent an answer Textdesk cannot read.</source>
        <translation>Der Anbieter hat eine Antwort gesendet, die Textdesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The file is larger than Textdesk accepts.</source>
        <translation>Die Datei ist größer, als Textdesk zulässt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The provider refused the request.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>(provider said: %1 %2)</source>
        <translation>(Meldung des Anbieters: %1 %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>The provider&apos;s address sent Textdesk on to another server. Textdesk did not follow, so the account&apos;s credentials stayed with the provider. Check the provider address in Settings.</source>
        <translation>Die Adresse des Anbieters hat Textdesk an einen anderen Server weitergeleitet. Textdesk ist der Weiterleitung nicht gefolgt, daher sind die Zugangsdaten des Kontos beim Anbieter geblieben. Prüfen Sie die Adresse des Anbieters in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>textdesk::provider::WebhookReceiver</name>
    <message>
        <source>Cannot receive webhooks on %1 port %2: the port is in use or not allowed.</source>
        <translation>Webhooks können auf %1, Port %2 nicht empfangen werden: Der Port ist belegt oder nicht zulässig.</translation>
    </message>
</context>
<context>
    <name>textdesk::reports::ReportExport</name>
    <message>
        <source>%1: conversations</source>
        <translation>%1: Unterhaltungen</translation>
    </message>
    <message>
        <source>%1: median</source>
        <translation>%1: Median</translation>
    </message>
    <message>
        <source>%1: 90th percentile</source>
        <translation>%1: 90. Perzentil</translation>
    </message>
    <message>
        <source>under 1 h</source>
        <translation>unter 1 h</translation>
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
        <translation>über 24 h</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Surveys sent</source>
        <translation>Gesendete Umfragen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>Zufrieden (4–5)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Average (1–5)</source>
        <translation>Durchschnitt (1–5)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotoren (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detraktoren (0–6)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Average effort (1–7)</source>
        <translation>Durchschnittlicher Aufwand (1–7)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Erledigung</translation>
    </message>
    <message>
        <source>Conversations handled</source>
        <translation>Bearbeitete Unterhaltungen</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>textdesk::reports::Reports</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Kein Mitarbeiter</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Kundenaufwand (CES)</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Antwort- und Erledigungszeiten</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Nach Mitarbeiter</translation>
    </message>
    <message>
        <source>By our number</source>
        <translation>Nach unserer Nummer</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>textdesk::scheduled::ScheduledMessages</name>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent. Shorten it or split it.</source>
        <translation>Die Nachricht hat %1 Zeichen; höchstens %2 können gesendet werden. Kürzen oder teilen Sie sie.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time in the future.</source>
        <translation>Dieser Zeitpunkt ist bereits vorbei. Wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Die Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the customer wrote first.</source>
        <translation>Abgebrochen: Der Kunde hat zuerst geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled by an agent.</source>
        <translation>Von einem Mitarbeiter abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: the customer opted out of text messages.</source>
        <translation>Nicht gesendet: Der Kunde hat SMS abbestellt.</translation>
    </message>
    <message>
        <source>Held: Textdesk was not running at the time it was due. Send it now or cancel it.</source>
        <translation>Angehalten: Textdesk lief zum Fälligkeitszeitpunkt nicht. Senden Sie die Nachricht jetzt oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Sent late: Textdesk was not running at the time it was due.</source>
        <translation>Verspätet gesendet: Textdesk lief zum Fälligkeitszeitpunkt nicht.</translation>
    </message>
    <message>
        <source>Waiting for the customer&apos;s quiet hours to end.</source>
        <translation>Wartet auf das Ende der Ruhezeit des Kunden.</translation>
    </message>
    <message>
        <source>Held: it could not be queued. Edit it or cancel it.</source>
        <translation>Angehalten: Die Nachricht konnte nicht in die Warteschlange gestellt werden. Bearbeiten Sie sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The scheduled message no longer exists.</source>
        <translation>Die geplante Nachricht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>It was already sent or cancelled, so it cannot be changed.</source>
        <translation>Sie wurde bereits gesendet oder abgebrochen und kann daher nicht geändert werden.</translation>
    </message>
    <message>
        <source>It was already sent or cancelled.</source>
        <translation>Sie wurde bereits gesendet oder abgebrochen.</translation>
    </message>
    <message>
        <source>Only a held message can be confirmed.</source>
        <translation>Nur eine angehaltene Nachricht kann bestätigt werden.</translation>
    </message>
    <message>
        <source>Scheduled message sent %1 late: it was due at %2, when Textdesk was not running.</source>
        <translation>Geplante Nachricht %1 verspätet gesendet: Sie war um %2 fällig, als Textdesk nicht lief.</translation>
    </message>
    <message>
        <source>Scheduled follow-up</source>
        <translation>Geplante Nachfassnachricht</translation>
    </message>
    <message>
        <source>Held: the customer asked to stop messages. It goes out when an agent answers &quot;Not a request&quot; in the conversation, and is cancelled on &quot;Opt out&quot;.</source>
        <translation>Angehalten: Der Kunde hat darum gebeten, keine Nachrichten mehr zu erhalten. Die Nachricht wird gesendet, wenn ein Mitarbeiter in der Unterhaltung mit „Keine Abmeldung“ antwortet, und bei „Abmeldung eintragen“ abgebrochen.</translation>
    </message>
    <message>
        <source>Held: it waited for an answer to the customer&apos;s request to stop messages until long past its time. Send it now or cancel it.</source>
        <translation>Angehalten: Die Nachricht hat auf eine Antwort auf die Bitte des Kunden, keine Nachrichten mehr zu erhalten, gewartet, bis ihr Zeitpunkt längst vorbei war. Senden Sie sie jetzt oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The customer asked to stop messages. Answer the request in the conversation (Opt out or Not a request) first.</source>
        <translation>Der Kunde hat darum gebeten, keine Nachrichten mehr zu erhalten. Beantworten Sie zuerst die Bitte in der Unterhaltung („Abmeldung eintragen“ oder „Keine Abmeldung“).</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::MediaHost</name>
    <message>
        <source>The media host cannot listen on %1: %2</source>
        <translation>Der Medien-Host kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::Persistence</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a simulator state file this version can read.</source>
        <translation>%1 ist keine Simulator-Zustandsdatei, die diese Version lesen kann.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not loaded.</source>
        <translation>%1 ist beschädigt und wurde nicht geladen.</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::SimCommandLine</name>
    <message>
        <source>A local stand-in for the SMS provider&apos;s REST API (Twilio Programmable Messaging, 2010-04-01), with simulated customers, for tests and training.</source>
        <translation>Ein lokaler Ersatz für die REST-API des SMS-Anbieters (Twilio Programmable Messaging, 2010-04-01) mit simulierten Kunden, für Tests und Schulungen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Listen on port N (0: any free port).</source>
        <translation>Auf Port N lauschen (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Listen on this address (default 127.0.0.1).</source>
        <translation>Auf dieser Adresse lauschen (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>The account SID clients use (AC + 32 hex digits).</source>
        <translation>Die Account SID, die Clients verwenden (AC + 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Seed of everything random (default 1).</source>
        <translation>Startwert für alle Zufallswerte (Standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Generate N past messages (default 0).</source>
        <translation>N frühere Nachrichten erzeugen (Standard 0).</translation>
    </message>
    <message>
        <source>Keep the state in DIR across runs (default: in memory).</source>
        <translation>Den Zustand über mehrere Läufe hinweg in ORDNER speichern (Standard: im Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>POST inbound messages and status callbacks here.</source>
        <translation>Eingehende Nachrichten und Status-Callbacks per POST an diese Adresse senden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Milliseconds between status changes (default 1500).</source>
        <translation>Millisekunden zwischen Statusänderungen (Standard 1500).</translation>
    </message>
    <message>
        <source>Share of messages that fail, 0 to 1 (default 0.05).</source>
        <translation>Anteil fehlschlagender Nachrichten, 0 bis 1 (Standard 0.05).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Run textdesk-sim --help for the options.</source>
        <translation>Optionen: siehe textdesk-sim --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--port is required (0 picks a free port).</source>
        <translation>--port ist erforderlich (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--host must be an IP address, not &quot;%1&quot;.</source>
        <translation>--host muss eine IP-Adresse sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--account-sid must be AC followed by 32 hexadecimal digits.</source>
        <translation>--account-sid muss AC, gefolgt von 32 Hexadezimalziffern, sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;; known: %2.</source>
        <translation>Unbekanntes Szenario &quot;%1&quot;; bekannt: %2.</translation>
    </message>
    <message>
        <source>--history must be a number from 0 to 50000000.</source>
        <translation>--history muss eine Zahl von 0 bis 50000000 sein.</translation>
    </message>
    <message>
        <source>--webhook-url must be an http or https URL.</source>
        <translation>--webhook-url muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>--status-step-ms must be a number of milliseconds.</source>
        <translation>--status-step-ms muss eine Anzahl Millisekunden sein.</translation>
    </message>
    <message>
        <source>--failure-rate must be a number from 0 to 1.</source>
        <translation>--failure-rate muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <source>The auth token clients use (visible to other users in the process list: prefer --auth-token-file or TEXTDESK_SIM_AUTH_TOKEN).</source>
        <translation>Der Auth Token, den Clients verwenden (für andere Benutzer in der Prozessliste sichtbar: besser --auth-token-file oder TEXTDESK_SIM_AUTH_TOKEN verwenden).</translation>
    </message>
    <message>
        <source>Read the auth token from the first line of FILE.</source>
        <translation>Den Auth Token aus der ersten Zeile von DATEI lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Cannot read the auth token from %1: %2</source>
        <translation>Der Auth Token kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no auth token.</source>
        <translation>%1 enthält keinen Auth Token.</translation>
    </message>
    <message>
        <source>--auth-token-file, TEXTDESK_SIM_AUTH_TOKEN or --auth-token is required.</source>
        <translation>--auth-token-file, TEXTDESK_SIM_AUTH_TOKEN oder --auth-token ist erforderlich.</translation>
    </message>
    <message>
        <source>Simulated customers: %1, or training:FILE|ID (a training scenario&apos;s customer) (default demo).</source>
        <translation>Simulierte Kunden: %1 oder training:DATEI|ID (der Kunde eines Trainingsszenarios) (Standard: demo).</translation>
    </message>
</context>
<context>
    <name>textdesk::sim::Simulator</name>
    <message>
        <source>The simulator is already running.</source>
        <translation>Der Simulator läuft bereits.</translation>
    </message>
    <message>
        <source>The account SID must be AC followed by 32 hexadecimal digits, not &quot;%1&quot;.</source>
        <translation>Die Account SID muss aus AC, gefolgt von 32 Hexadezimalziffern, bestehen, nicht „%1“.</translation>
    </message>
    <message>
        <source>An auth token is needed.</source>
        <translation>Ein Auth Token ist erforderlich.</translation>
    </message>
    <message>
        <source>The failure rate must be between 0 and 1.</source>
        <translation>Die Fehlerrate muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;; known: %2.</source>
        <translation>Unbekanntes Szenario „%1“; bekannt: %2.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no sender numbers.</source>
        <translation>Das Szenario „%1“ hat keine Absendernummern.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>The training scenario &quot;%1&quot; cannot be used: %2</source>
        <translation>Das Trainingsszenario &quot;%1&quot; kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::surveys::SurveySender</name>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Die Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No survey is turned on. Turn one on in File → Surveys…</source>
        <translation>Keine Umfrage ist eingeschaltet. Schalten Sie eine unter Datei → Umfragen… ein.</translation>
    </message>
    <message>
        <source>No survey was sent: this customer opted out of messages (they replied STOP or asked to be left alone).</source>
        <translation>Es wurde keine Umfrage gesendet: Dieser Kunde hat Nachrichten abbestellt (er hat mit STOP geantwortet oder darum gebeten, nicht mehr kontaktiert zu werden).</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>No survey was sent: this customer asked to stop messages. Answer the request in the conversation first.</source>
        <translation>Es wurde keine Umfrage gesendet: Dieser Kunde hat darum gebeten, keine Nachrichten mehr zu erhalten. Beantworten Sie zuerst die Bitte in der Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::MediaFetcher</name>
    <message>
        <source>The provider no longer has this attachment.</source>
        <translation>Der Anbieter hat diesen Anhang nicht mehr.</translation>
    </message>
    <message>
        <source>This attachment is larger than %1, the most Textdesk downloads.</source>
        <translation>Dieser Anhang ist größer als %1 – mehr lädt Textdesk nicht herunter.</translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation>Der Anhang ist leer.</translation>
    </message>
    <message>
        <source>Textdesk does not recognise this kind of file (it was sent as %1), so it was not saved.</source>
        <translation>Textdesk erkennt diese Art von Datei nicht (sie wurde als %1 gesendet), daher wurde sie nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sent as %1, but the file is a %2; shown as what it is.</source>
        <translation>Als %1 gesendet, die Datei ist aber vom Typ %2; sie wird entsprechend angezeigt.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to save this attachment. Free some space; Textdesk tries again.</source>
        <translation>Es ist nicht genug freier Speicherplatz vorhanden, um diesen Anhang zu speichern. Geben Sie Speicherplatz frei; Textdesk versucht es erneut.</translation>
    </message>
    <message>
        <source>Textdesk could not save this attachment in the media folder (%1). It tries again later.</source>
        <translation>Textdesk konnte diesen Anhang nicht im Medienordner speichern (%1). Textdesk versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::MediaType</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP-Bild</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>HEIC-Bild</translation>
    </message>
    <message>
        <source>HEIF image</source>
        <translation>HEIF-Bild</translation>
    </message>
    <message>
        <source>AVIF image</source>
        <translation>AVIF-Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>AVI video</source>
        <translation>AVI-Video</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation>QuickTime-Video</translation>
    </message>
    <message>
        <source>3GP video</source>
        <translation>3GP-Video</translation>
    </message>
    <message>
        <source>3G2 video</source>
        <translation>3G2-Video</translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation>WAV-Audio</translation>
    </message>
    <message>
        <source>M4A audio</source>
        <translation>M4A-Audio</translation>
    </message>
    <message>
        <source>Ogg audio</source>
        <translation>Ogg-Audio</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>MP3-Audio</translation>
    </message>
    <message>
        <source>AAC audio</source>
        <translation>AAC-Audio</translation>
    </message>
    <message>
        <source>AMR voice recording</source>
        <translation>AMR-Sprachaufnahme</translation>
    </message>
    <message>
        <source>AMR-WB voice recording</source>
        <translation>AMR-WB-Sprachaufnahme</translation>
    </message>
    <message>
        <source>contact card (vCard)</source>
        <translation>Kontaktkarte (vCard)</translation>
    </message>
    <message>
        <source>calendar event</source>
        <translation>Kalendertermin</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>Textdatei</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::Outbox</name>
    <message>
        <source>Choose the number to send from.</source>
        <translation>Wählen Sie die Nummer, von der gesendet werden soll.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent. Shorten it or split it.</source>
        <translation>Die Nachricht hat %1 Zeichen; höchstens %2 können gesendet werden. Kürzen Sie sie oder teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>The carrier did not deliver the message (error %1).</source>
        <translation>Der Mobilfunkanbieter hat die Nachricht nicht zugestellt (Fehler %1).</translation>
    </message>
    <message>
        <source>A message can carry at most %1 files; this one has %2.</source>
        <translation>Eine Nachricht kann höchstens %1 Dateien enthalten; diese hat %2.</translation>
    </message>
    <message>
        <source>This workspace has no media folder, so files cannot be sent.</source>
        <translation>Dieser Arbeitsbereich hat keinen Medienordner, daher können keine Dateien gesendet werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a message can carry at most 5 MB.</source>
        <translation>%1 ist %2 MB groß; eine Nachricht kann höchstens 5 MB enthalten.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a kind of file that can be sent by MMS (pictures, video, audio, PDF, contact cards and calendar entries can).</source>
        <translation>%1 ist keine Art von Datei, die per MMS gesendet werden kann (möglich sind Bilder, Videos, Audio, PDF, Kontaktkarten und Kalendereinträge).</translation>
    </message>
    <message>
        <source>%1 is %2 KB; files other than JPEG, PNG and GIF pictures can be at most 500 KB.</source>
        <translation>%1 ist %2 KB groß; andere Dateien als JPEG-, PNG- und GIF-Bilder dürfen höchstens 500 KB groß sein.</translation>
    </message>
    <message>
        <source>Together the files are over 5 MB, the most a message can carry. Send some of them in a second message.</source>
        <translation>Zusammen sind die Dateien größer als 5 MB – mehr kann eine Nachricht nicht enthalten. Senden Sie einige davon in einer zweiten Nachricht.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to keep a copy of %1. Free some space and send again.</source>
        <translation>Es ist nicht genug freier Speicherplatz vorhanden, um eine Kopie von %1 aufzubewahren. Geben Sie Speicherplatz frei und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the media folder: %2.</source>
        <translation>%1 kann nicht in den Medienordner kopiert werden: %2.</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::OutboxSender</name>
    <message>
        <source>Pictures and files cannot be sent from this workspace: it has no place to put them where the provider can fetch them. Set upload_url in the [media] section of workspace.ini, or send the text alone.</source>
        <translation>Aus diesem Arbeitsbereich können keine Bilder und Dateien gesendet werden: Es gibt keinen Ablageort, von dem der Anbieter sie abrufen kann. Legen Sie upload_url im Abschnitt [media] der workspace.ini fest oder senden Sie nur den Text.</translation>
    </message>
    <message>
        <source>The attached file is no longer in the media folder (%1), so the message was not sent. Attach it again and resend.</source>
        <translation>Die angehängte Datei befindet sich nicht mehr im Medienordner (%1), daher wurde die Nachricht nicht gesendet. Hängen Sie sie erneut an und senden Sie noch einmal.</translation>
    </message>
    <message>
        <source>The picture could not be uploaded for sending: %1</source>
        <translation>Das Bild konnte nicht zum Senden hochgeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>textdesk::sync::PullSync</name>
    <message>
        <source>Sync cancelled. It continues from where it stopped next time.</source>
        <translation>Synchronisierung abgebrochen. Sie wird beim nächsten Mal dort fortgesetzt, wo sie aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamError</name>
    <message>
        <source>write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>schreiben Sie sie als postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>it contains a password. Leave it out: Textdesk asks for it and keeps it in the system&apos;s keychain (or give it with --password-stdin).</source>
        <translation>sie enthält ein Passwort. Lassen Sie es weg: Textdesk fragt danach und bewahrt es im Schlüsselbund des Systems auf (oder geben Sie es mit --password-stdin an).</translation>
    </message>
    <message>
        <source>it contains a password. Leave it out: Textdesk asks for it and keeps it in the system&apos;s keychain.</source>
        <translation>sie enthält ein Passwort. Lassen Sie es weg: Textdesk fragt danach und bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Textdesk does not know the setting &quot;%1&quot;.</source>
        <translation>Textdesk kennt die Einstellung „%1“ nicht.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>it names no database (…/DATABASE at the end).</source>
        <translation>sie nennt keine Datenbank (…/DATABASE am Ende).</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535.</source>
        <translation>der Port ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>An agent needs a name of 1 to 100 characters with at least one letter or digit.</source>
        <translation>Ein Mitarbeiter braucht einen Namen mit 1 bis 100 Zeichen und mindestens einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>There is already an agent or a database login called &quot;%1&quot;. Choose another name.</source>
        <translation>Es gibt bereits einen Mitarbeiter oder eine Datenbank-Anmeldung namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This conversation is not in the team database.</source>
        <translation>Diese Unterhaltung ist nicht in der Teamdatenbank.</translation>
    </message>
    <message>
        <source>this login is not an active agent of the team</source>
        <translation>diese Anmeldung gehört zu keinem aktiven Mitarbeiter des Teams</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed on this computer (Qt&apos;s QPSQL driver; on Debian and Ubuntu the package libqt6sql6-psql).</source>
        <translation>Die PostgreSQL-Unterstützung ist auf diesem Computer nicht installiert (der QPSQL-Treiber von Qt; unter Debian und Ubuntu das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database&apos;s address cannot be used: %1</source>
        <translation>Die Adresse der Teamdatenbank kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot reach the team database. Check the address, that the server runs and that this computer may connect to it. (%1)</source>
        <translation>Die Teamdatenbank ist nicht erreichbar. Prüfen Sie die Adresse, ob der Server läuft und ob dieser Computer eine Verbindung zu ihm herstellen darf. (%1)</translation>
    </message>
    <message>
        <source>The team database refused the login: the user name or the password is wrong.</source>
        <translation>Die Teamdatenbank hat die Anmeldung abgelehnt: Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This database is not a Textdesk team database yet. An administrator creates it with: textdesk team init --database URL</source>
        <translation>Diese Datenbank ist noch keine Textdesk-Teamdatenbank. Ein Administrator legt sie an mit: textdesk team init --database URL</translation>
    </message>
    <message>
        <source>The team database was set up by a newer Textdesk (schema version %1; this Textdesk understands up to %2). Update Textdesk on this computer; nothing was changed.</source>
        <translation>Die Teamdatenbank wurde von einer neueren Textdesk-Version eingerichtet (Schemaversion %1; diese Textdesk-Version versteht bis zu %2). Aktualisieren Sie Textdesk auf diesem Computer; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The team database has schema version %1; this Textdesk needs version %2. An administrator upgrades it with: textdesk team init --database URL</source>
        <translation>Die Teamdatenbank hat die Schemaversion %1; diese Textdesk-Version benötigt Version %2. Ein Administrator aktualisiert sie mit: textdesk team init --database URL</translation>
    </message>
    <message>
        <source>Your role in the team may not do this. Ask a lead or an administrator. (%1)</source>
        <translation>Ihre Rolle im Team erlaubt das nicht. Wenden Sie sich an die Teamleitung oder einen Administrator. (%1)</translation>
    </message>
    <message>
        <source>The team database failed: %1</source>
        <translation>Fehler in der Teamdatenbank: %1</translation>
    </message>
    <message>
        <source>the host &quot;%1&quot; is not a name, an address or a socket folder.</source>
        <translation>der Host „%1“ ist weder ein Name noch eine Adresse noch ein Socket-Ordner.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamGateway</name>
    <message>
        <source>another gateway is active; this one waits and takes over if it stops</source>
        <translation>ein anderes Gateway ist aktiv; dieses wartet und übernimmt, falls das andere stoppt</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamPublisher</name>
    <message>
        <source>Another gateway may have sent it while this one was away.</source>
        <translation>Ein anderes Gateway hat sie vielleicht gesendet, während dieses nicht aktiv war.</translation>
    </message>
</context>
<context>
    <name>textdesk::team::TeamPusher</name>
    <message>
        <source>The conversation is no longer in this computer&apos;s cache.</source>
        <translation>Die Unterhaltung ist nicht mehr im Cache dieses Computers.</translation>
    </message>
    <message>
        <source>The team&apos;s store has no conversation with %1 yet, and this login may not start one. Ask a lead to start it.</source>
        <translation>Im Speicher des Teams gibt es noch keine Unterhaltung mit %1, und diese Anmeldung darf keine beginnen. Bitten Sie die Teamleitung, sie zu beginnen.</translation>
    </message>
    <message>
        <source>Pictures and files cannot be sent from a team desktop yet. Send the words alone, or the files from the gateway&apos;s computer.</source>
        <translation>Bilder und Dateien können von einem Team-Desktop noch nicht gesendet werden. Senden Sie nur den Text oder die Dateien vom Computer des Gateways aus.</translation>
    </message>
    <message>
        <source>A colleague changed who has this conversation first; it was not assigned.</source>
        <translation>Ein Teammitglied hat die Zuständigkeit für diese Unterhaltung zuerst geändert; sie wurde nicht zugewiesen.</translation>
    </message>
    <message>
        <source>%1 has this conversation now; it was not assigned.</source>
        <translation>%1 ist jetzt für diese Unterhaltung zuständig; sie wurde nicht zugewiesen.</translation>
    </message>
    <message>
        <source>The team&apos;s gateway could not send it.</source>
        <translation>Das Gateway des Teams konnte die Nachricht nicht senden.</translation>
    </message>
</context>
<context>
    <name>textdesk::training::ScenarioLoader</name>
    <message>
        <source>not valid JSON (line %1): %2</source>
        <translation>kein gültiges JSON (Zeile %1): %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a local time as YYYY-MM-DDTHH:MM</source>
        <translation>lokale Zeit im Format YYYY-MM-DDTHH:MM erwartet</translation>
    </message>
    <message>
        <source>give either &quot;customer&quot; or &quot;customers&quot;</source>
        <translation>geben Sie entweder &quot;customer&quot; oder &quot;customers&quot; an</translation>
    </message>
    <message>
        <source>needs at least one customer</source>
        <translation>benötigt mindestens einen Kunden</translation>
    </message>
    <message>
        <source>missing (what the trainee should achieve)</source>
        <translation>fehlt (was der Trainierende erreichen soll)</translation>
    </message>
    <message>
        <source>needs &quot;phrases&quot; or &quot;reaction&quot;: true</source>
        <translation>benötigt &quot;phrases&quot; oder &quot;reaction&quot;: true</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>no template with this id in &quot;templates&quot;</source>
        <translation>keine Vorlage mit dieser ID in &quot;templates&quot;</translation>
    </message>
    <message>
        <source>expected csat</source>
        <translation>csat erwartet</translation>
    </message>
    <message>
        <source>the customer has no field &quot;%1&quot;</source>
        <translation>der Kunde hat kein Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing (the replies a good agent sends)</source>
        <translation>fehlt (die Antworten, die ein guter Mitarbeiter sendet)</translation>
    </message>
    <message>
        <source>expected a list of replies, or {&quot;replies&quot;: [...]}</source>
        <translation>Liste von Antworten oder {&quot;replies&quot;: [...]} erwartet</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>missing (a text is required)</source>
        <translation>fehlt (ein Text ist erforderlich)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>Liste von Texten erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>a line needs &quot;text&quot; or &quot;any&quot;</source>
        <translation>eine Zeile benötigt &quot;text&quot; oder &quot;any&quot;</translation>
    </message>
    <message>
        <source>expected photo, screenshot, video or pdf</source>
        <translation>photo, screenshot, video oder pdf erwartet</translation>
    </message>
    <message>
        <source>a goal reaction needs the customer&apos;s words (the goal is recognised by them)</source>
        <translation>eine Ziel-Reaktion benötigt die Worte des Kunden (an ihnen wird das Ziel erkannt)</translation>
    </message>
    <message>
        <source>expected a number in E.164 (+15551234567)</source>
        <translation>Nummer im Format E.164 erwartet (+15551234567)</translation>
    </message>
    <message>
        <source>expected en, de, es or fr</source>
        <translation>en, de, es oder fr erwartet</translation>
    </message>
    <message>
        <source>expected calm, impatient or angry</source>
        <translation>calm, impatient oder angry erwartet</translation>
    </message>
    <message>
        <source>missing (what the customer writes first)</source>
        <translation>fehlt (was der Kunde zuerst schreibt)</translation>
    </message>
    <message>
        <source>missing (a number)</source>
        <translation>fehlt (eine Nummer)</translation>
    </message>
    <message>
        <source>expected a customer&apos;s number or index</source>
        <translation>Nummer oder Index eines Kunden erwartet</translation>
    </message>
    <message>
        <source>no such customer in the scenario</source>
        <translation>kein solcher Kunde im Szenario</translation>
    </message>
</context>
<context>
    <name>textdesk::training::Scoring</name>
    <message>
        <source>First reply within %1 minutes</source>
        <translation>Erste Antwort innerhalb von %1 Minuten</translation>
    </message>
    <message>
        <source>The customer had an answer after %1 minutes.</source>
        <translation>Der Kunde hatte nach %1 Minuten eine Antwort.</translation>
    </message>
    <message>
        <source>%1 never got an answer.</source>
        <translation>%1 hat nie eine Antwort erhalten.</translation>
    </message>
    <message>
        <source>%1 waited %2 minutes for a first answer; a texting customer expects one within minutes.</source>
        <translation>%1 hat %2 Minuten auf eine erste Antwort gewartet; ein Kunde, der per SMS schreibt, erwartet eine innerhalb weniger Minuten.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Reached.</source>
        <translation>Erreicht.</translation>
    </message>
    <message>
        <source>Not reached: the conversation ended without it.</source>
        <translation>Nicht erreicht: Die Unterhaltung endete, ohne dass es erreicht wurde.</translation>
    </message>
    <message>
        <source>Resolved within %1 minutes</source>
        <translation>Erledigt innerhalb von %1 Minuten</translation>
    </message>
    <message>
        <source>Not resolved.</source>
        <translation>Nicht erledigt.</translation>
    </message>
    <message>
        <source>Resolved after %1 minutes.</source>
        <translation>Nach %1 Minuten erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Replies of at most %n segment(s)</source>
        <translation>
            <numerusform>Antworten mit höchstens %n Segment</numerusform>
            <numerusform>Antworten mit höchstens %n Segmenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Short replies: %1 segments on average.</source>
        <translation>Kurze Antworten: durchschnittlich %1 Segmente.</translation>
    </message>
    <message numerus="yes">
        <source>This reply takes %n segments: on a phone it is a wall of text, and each segment is billed.</source>
        <translation>
            <numerusform>Diese Antwort belegt %n Segment: Auf einem Telefon ist das eine Textwand, und jedes Segment wird berechnet.</numerusform>
            <numerusform>Diese Antwort belegt %n Segmente: Auf einem Telefon ist das eine Textwand, und jedes Segment wird berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No look-alike characters forcing UCS-2</source>
        <translation>Keine ähnlich aussehenden Zeichen, die UCS-2 erzwingen</translation>
    </message>
    <message>
        <source>Every reply could go as plain GSM text.</source>
        <translation>Jede Antwort konnte als einfacher GSM-Text gesendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (a typographic look-alike) made this reply UCS-2: 70 characters a segment instead of 160. Use the plain character.</source>
        <translation>&quot;%1&quot; (ein typografisch ähnliches Zeichen) hat diese Antwort zu UCS-2 gemacht: 70 Zeichen pro Segment statt 160. Verwenden Sie das einfache Zeichen.</translation>
    </message>
    <message>
        <source>%1&apos;s name</source>
        <translation>Name von %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3)</source>
        <translation>%2 von %1 (%3)</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>%1 verwendet</translation>
    </message>
    <message>
        <source>Personal and specific.</source>
        <translation>Persönlich und konkret.</translation>
    </message>
    <message>
        <source>No reply used %1; it shows you know who you are talking to and what about.</source>
        <translation>Keine Antwort hat %1 verwendet; das zeigt, dass Sie wissen, mit wem Sie sprechen und worum es geht.</translation>
    </message>
    <message>
        <source>No ALL CAPS</source>
        <translation>Keine GROSSBUCHSTABEN</translation>
    </message>
    <message>
        <source>No shouting.</source>
        <translation>Kein Schreien.</translation>
    </message>
    <message>
        <source>Capitals read as shouting in a text message.</source>
        <translation>Großbuchstaben wirken in einer SMS wie Schreien.</translation>
    </message>
    <message>
        <source>No internal jargon</source>
        <translation>Kein interner Fachjargon</translation>
    </message>
    <message>
        <source>Plain words throughout.</source>
        <translation>Durchgehend verständliche Worte.</translation>
    </message>
    <message>
        <source>The customer does not know &quot;%1&quot;; say what it means.</source>
        <translation>Der Kunde kennt &quot;%1&quot; nicht; sagen Sie, was es bedeutet.</translation>
    </message>
    <message>
        <source>Every customer question answered</source>
        <translation>Jede Frage des Kunden beantwortet</translation>
    </message>
    <message>
        <source>No question left open.</source>
        <translation>Keine Frage offen geblieben.</translation>
    </message>
    <message>
        <source>This question got no answer.</source>
        <translation>Diese Frage wurde nicht beantwortet.</translation>
    </message>
    <message>
        <source>Used the template &quot;%1&quot;</source>
        <translation>Die Vorlage &quot;%1&quot; verwendet</translation>
    </message>
    <message>
        <source>The team&apos;s wording, filled in.</source>
        <translation>Die Formulierung des Teams, ausgefüllt.</translation>
    </message>
    <message>
        <source>The team has a template for this: /%1.</source>
        <translation>Das Team hat dafür eine Vorlage: /%1.</translation>
    </message>
    <message>
        <source>Nothing sent after STOP</source>
        <translation>Nichts nach STOP gesendet</translation>
    </message>
    <message>
        <source>The opt-out was respected.</source>
        <translation>Die Abmeldung wurde respektiert.</translation>
    </message>
    <message>
        <source>The customer opted out; any further text breaks the rules (and the provider refuses it).</source>
        <translation>Der Kunde hat sich abgemeldet; jede weitere Nachricht verstößt gegen die Regeln (und der Anbieter lehnt sie ab).</translation>
    </message>
    <message>
        <source>HELP answered</source>
        <translation>HELP beantwortet</translation>
    </message>
    <message>
        <source>The customer got help.</source>
        <translation>Der Kunde hat Hilfe erhalten.</translation>
    </message>
    <message>
        <source>A customer who texts HELP must get an answer.</source>
        <translation>Ein Kunde, der HELP sendet, muss eine Antwort erhalten.</translation>
    </message>
    <message>
        <source>Nothing proactive in quiet hours</source>
        <translation>Nichts Proaktives in der Ruhezeit</translation>
    </message>
    <message>
        <source>Follow-ups waited for the day.</source>
        <translation>Nachfassnachrichten haben auf den Tag gewartet.</translation>
    </message>
    <message>
        <source>An unprompted message between 9 p.m. and 8 a.m. at the customer&apos;s; wait until morning.</source>
        <translation>Eine unaufgeforderte Nachricht zwischen 21 und 8 Uhr Ortszeit des Kunden; warten Sie bis zum Morgen.</translation>
    </message>
    <message>
        <source>Customer satisfaction of %1 or more</source>
        <translation>Kundenzufriedenheit von %1 oder mehr</translation>
    </message>
    <message>
        <source>The customer would answer the survey with %1 of 5.</source>
        <translation>Der Kunde würde die Umfrage mit %1 von 5 beantworten.</translation>
    </message>
    <message>
        <source>%1: %2 of 100 (%3)
</source>
        <translation>%1: %2 von 100 (%3)
</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>Model answer:
</source>
        <translation>Musterantwort:
</translation>
    </message>
</context>
<context>
    <name>textdesk::training::TrainingReport</name>
    <message>
        <source>Cannot save the training result to &quot;%1&quot;: %2</source>
        <translation>Das Trainingsergebnis kann nicht in &quot;%1&quot; gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the training results &quot;%1&quot;: %2</source>
        <translation>Die Trainingsergebnisse &quot;%1&quot; können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::DebriefDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>%1 of 100 — %2</source>
        <translation>%1 von 100 — %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>First reply: %1 · Resolved: %2 · Replies: %3, %4 segments on average</source>
        <translation>Erste Antwort: %1 · Erledigt: %2 · Antworten: %3, durchschnittlich %4 Segmente</translation>
    </message>
    <message>
        <source> · Customer satisfaction: %1 of 5</source>
        <translation> · Kundenzufriedenheit: %1 von 5</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Musterantwort:</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::DistributionModel</name>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Scores 4–5</source>
        <translation>Bewertungen 4–5</translation>
    </message>
    <message>
        <source>Scores 1–3</source>
        <translation>Bewertungen 1–3</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Erledigung</translation>
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
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1 (is the folder writable?)</source>
        <translation>%1 kann nicht geschrieben werden (ist der Ordner beschreibbar?)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Grouping: %1</source>
        <translation>Gruppierung: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No figures for this period.</source>
        <translation>Keine Zahlen für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>%1 kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h%2m</source>
        <translation>%1h%2m</translation>
    </message>
    <message>
        <source>%1d%2h</source>
        <translation>%1d%2h</translation>
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
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>No figures for this period: nothing was sent, answered or resolved between these dates with these filters.</source>
        <translation>Keine Zahlen für diesen Zeitraum: Zwischen diesen Daten wurde mit diesen Filtern nichts gesendet, beantwortet oder erledigt.</translation>
    </message>
    <message>
        <source>Choose a row or a bar to see the conversations behind it.</source>
        <translation>Wählen Sie eine Zeile oder einen Balken, um die zugehörigen Unterhaltungen zu sehen.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>All our numbers</source>
        <translation>Alle unsere Nummern</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later end date.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein späteres Enddatum.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Der Bericht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The conversations could not be read: %1</source>
        <translation>Die Unterhaltungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: nothing behind this row.</source>
        <translation>%1: Zu dieser Zeile gibt es nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the newest %n — open one to see it in the main window.</source>
        <translation>
            <numerusform>%1: die neueste %n – öffnen Sie sie, um sie im Hauptfenster zu sehen.</numerusform>
            <numerusform>%1: die neuesten %n – öffnen Sie eine, um sie im Hauptfenster zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s) — open one to see it in the main window.</source>
        <translation>
            <numerusform>%1: %n Unterhaltung – öffnen Sie sie, um sie im Hauptfenster zu sehen.</numerusform>
            <numerusform>%1: %n Unterhaltungen – öffnen Sie eine, um sie im Hauptfenster zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source> · score %1 (read from words, not counted)</source>
        <translation> · Bewertung %1 (aus dem Wortlaut abgeleitet, nicht gezählt)</translation>
    </message>
    <message>
        <source> · score %1</source>
        <translation> · Bewertung %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export answers…</source>
        <translation>Antworten exportieren…</translation>
    </message>
    <message>
        <source>Every survey sent in the period, with its answer, as CSV</source>
        <translation>Jede im Zeitraum gesendete Umfrage mit ihrer Antwort, als CSV</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Zahlen werden gelesen…</translation>
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
        <translation>Antworten werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>Exporting the answers: %1 of %2</source>
        <translation>Antworten werden exportiert: %1 von %2</translation>
    </message>
    <message>
        <source>The answers could not be written to %1: %2</source>
        <translation>Die Antworten konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>textdesk::ui::TrainingWindow</name>
    <message>
        <source>[photo]</source>
        <translation>[Foto]</translation>
    </message>
    <message>
        <source>[screenshot]</source>
        <translation>[Screenshot]</translation>
    </message>
    <message>
        <source>[video]</source>
        <translation>[Video]</translation>
    </message>
    <message>
        <source>[PDF]</source>
        <translation>[PDF]</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Load a scenario file…</source>
        <translation>Szenariodatei laden…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Finish and debrief</source>
        <translation>Beenden und nachbesprechen</translation>
    </message>
    <message>
        <source>%1

%2

Goal: %3</source>
        <translation>%1

%2

Ziel: %3</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>Trainingsszenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>This scenario cannot be used:
%1</source>
        <translation>Dieses Szenario kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>To %1 (%2)</source>
        <translation>An %1 (%2)</translation>
    </message>
    <message>
        <source>Insert a template…</source>
        <translation>Vorlage einfügen…</translation>
    </message>
    <message>
        <source>%1 — goal: %2</source>
        <translation>%1 — Ziel: %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
</TS>
