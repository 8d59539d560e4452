<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TemplateStore</name>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{first_name}}, this is {{agent_name}}. How can I help you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks {{first_name}}, we received your order {{order_number}} and will let you know as soon as it ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you tell me a bit more about the problem? An order number or a photo helps us sort it out faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our team answers texts Monday to Friday, 9am to 6pm. We will get back to you as soon as we are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks and rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for contacting {{company}}, {{first_name}}! How did we do? Reply with a number from 1 (poor) to 5 (great).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glad I could help, {{first_name}}. Have a great day! {{agent_name}}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk</name>
    <message>
        <source>The workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged cache set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was damaged. Textdesk moved it to %1 and started a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::AccountPage</name>
    <message>
        <source>Training workspace: no account needed. Textdesk runs its own simulated provider here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the auth token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to account %1, but its numbers could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to account %1. It has no phone numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to account %1. Numbers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::AgentPage</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to colleagues and used for {{agent_name}} in templates. Empty: your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace names its agent &quot;%1&quot;, which is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response-time target in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations waiting longer than this for a reply are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response-time target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (off: Ctrl+Enter sends, Enter starts a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;notification when a customer writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::AppearancePage</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Textdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::AttachmentBar</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is not a file Textdesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not attached: a message can carry at most %2 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to send (%2): a text message can carry at most %3 of attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not attached: with it the attachments would come to %2, and a text message can carry at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — click to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::CommandLine</name>
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
  sync --workspace DIR [--once]     Bring the cache up to date with the provider.
  send --workspace DIR --to NUMBER --body TEXT [--from NUMBER]
                                    Send a message through the outbox (exactly once).

Options:
  --workspace DIR   Use the workspace in DIR (default: %1)
  -h, --help        Show this help.
  -v, --version     Show the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the workspace&apos;s cache holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: the cache was damaged; it was moved to %1 and a fresh cache was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache size:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %Ln message(s) still waiting in the outbox; they go out with the next send or sync, once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>textdesk: this workspace has no provider yet. Run &quot;textdesk configure&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: set TEXTDESK_AUTH_TOKEN to the account&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a workspace to a provider account. The secret (Auth Token or API key secret) is read from TEXTDESK_AUTH_TOKEN or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider (twilio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account SID (AC…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key SID (SK…), instead of the Auth Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address (a regional edge, or a simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: no secret given. Set TEXTDESK_AUTH_TOKEN or type it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending number(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The secret was not stored. Give it again with TEXTDESK_AUTH_TOKEN when you sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the workspace&apos;s cache up to date with the provider. The secret is read from TEXTDESK_AUTH_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass and the outbox sent, then exit (0 when both converged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per request (1–1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --once: seconds to wait for the outbox (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2 messages, about %3 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 new messages, %2 read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a text message through the workspace&apos;s outbox. It is written to the outbox before anything goes out, so it is sent once even if this command is interrupted (the next send or sync finishes the job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our number (default: the workspace&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the provider (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: attachments cannot be sent from the command line yet; send the text alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: --to and --body are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: the workspace knows none of our numbers; give --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textdesk: the provider has not confirmed it yet (%1). It stays in the outbox and goes out with the next send or sync, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::Composer</name>
    <message>
        <source>Write a reply… (/ for templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace look-alikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace look-alike characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curly quotes, long dashes and similar characters make a text cost more segments. Replace them with plain ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach pictures or files (at most %1 MB in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (because of “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>segments · encoding · characters left in the segment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <comment>characters left before another segment</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in %1 before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.heic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ContactProfiles</name>
    <message>
        <source>“%1” is not an email address. Check it has the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is no longer in the cache, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ConversationPane</name>
    <message>
        <source>Choose a conversation on the left.
Ctrl+K searches; Alt+Down opens the next unread one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note instead of a reply: the customer never sees it (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer texted STOP, so messages to them are blocked by the carrier. They can text START to receive messages again. You can still add an internal note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ImageCanvas</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ImageLoader</name>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large to show here (%1 × %2 pixels). Open it with the system viewer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk cannot show this kind of picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::InboxDelegate</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::InboxModel</name>
    <message numerus="yes">
        <source>%1, %n unread, %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::InboxPanel</name>
    <message>
        <source>Search names, numbers, messages (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All our numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::MainWindow</name>
    <message>
        <source>Textdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training — messages go to simulated customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sync; the next one continues where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending pictures and files is not available yet in this version; customers&apos; pictures are received and shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and switch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unread conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous unread conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze: it opens again at the time you choose, or when the customer writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the failed message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the provider: the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Monday 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed message in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln message(s) so far, about %1 to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) Textdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Textdesk — %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) in Textdesk</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::MediaText</name>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded yet: the download is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk does not keep this kind of attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::MediaViewer</name>
    <message>
        <source>Attachment viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous attachment of this message (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attachment of this message (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system&apos;s application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the picture to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application on this computer opened the file. Save it and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::NumbersPage</name>
    <message>
        <source>Numbers come from the provider account: buy or release them there, and Textdesk lists them after its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (E.164)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open, so the numbers cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet: they appear after the first sync with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code Textdesk knows. Start it with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number in its country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vip, wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the next agent should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations with this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out by texting %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out by texting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out by an agent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out with their carrier (reported on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out with their carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in by texting %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in by texting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in by an agent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::ProviderSession</name>
    <message>
        <source>The training simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret for the provider account. Enter the auth token in Settings, set TEXTDESK_AUTH_TOKEN, or open the training workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ProviderSettings</name>
    <message>
        <source>Cannot write the workspace settings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Textdesk speaks &quot;twilio&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Account SID: it starts with AC and has 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API key SID: it starts with SK and has 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::SecretStore</name>
    <message>
        <source>No keychain service is running, so Textdesk cannot keep the token. Start Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1), so Textdesk cannot keep the token. Start Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press OK again to save the other settings without the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ and its name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::StorageError</name>
    <message>
        <source>The file %1 is not a Textdesk cache (it is not an SQLite database). Textdesk did not change it. Choose another workspace folder, or move that file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 is damaged. Textdesk keeps the damaged file and builds a fresh cache from your provider; messages not yet sent may be in the damaged copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk cannot write to %1: the file or its folder is read-only. Check the permissions, or choose a workspace folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: free some space and Textdesk will carry on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Textdesk (cache version %2; this version understands up to %3). Install the newer Textdesk, or choose another workspace. The cache was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 needs to be upgraded before it can be read. Open it with the Textdesk app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 is locked by another program. Close other copies of Textdesk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk cannot open %1. Check that the folder exists and that it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system failed to read or write %1. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk refused to save a change to %1 because it would break the cache&apos;s rules. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk did not save the change: a value is not valid. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk could not use the cache %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::TemplatePopup</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down to pick, Enter or Tab to insert, Escape to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadDelegate</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it, then Ctrl+Shift+R retries or Ctrl+E edits it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadModel</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ThreadView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::ThumbnailCache</name>
    <message>
        <source>The file is missing from the media folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk cannot show this kind of picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::TimeText</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::provider::ProviderError</name>
    <message>
        <source>The provider did not accept the account SID and secret. Check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know this message or account any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number cannot receive text messages. Check the number with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has opted out (replied STOP). They must text START before you can write to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending number is not one of this account&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is missing a text, a sender or a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than 1,600 characters. Shorten it or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s queue for this number is full. The message will be sent when it has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the scheduled time. Pick a time between 15 minutes and 35 days from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is asking us to slow down. Textdesk will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is having problems right now. Textdesk will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the provider. Check the network connection; Textdesk will keep trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time. Textdesk will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the message was handed over. Textdesk will check whether the provider received it before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the provider could not be verified, so nothing was sent. Check the system clock and any proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent an answer Textdesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than Textdesk accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(provider said: %1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::provider::WebhookReceiver</name>
    <message>
        <source>Cannot receive webhooks on %1 port %2: the port is in use or not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::sim::Persistence</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a simulator state file this version can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::sim::SimCommandLine</name>
    <message>
        <source>A local stand-in for the SMS provider&apos;s REST API (Twilio Programmable Messaging, 2010-04-01), with simulated customers, for tests and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on port N (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on this address (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account SID clients use (AC + 32 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auth token clients use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of everything random (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated customers: %1 (default demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate N past messages (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the state in DIR across runs (default: in memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST inbound messages and status callbacks here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between status changes (default 1500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of messages that fail, 0 to 1 (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run textdesk-sim --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port is required (0 picks a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host must be an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account-sid must be AC followed by 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history must be a number from 0 to 50000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--webhook-url must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status-step-ms must be a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--failure-rate must be a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::sim::Simulator</name>
    <message>
        <source>The simulator is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account SID must be AC followed by 32 hexadecimal digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auth token is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure rate must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no sender numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::sync::MediaFetcher</name>
    <message>
        <source>The provider no longer has this attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment is larger than %1, the most Textdesk downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk does not recognise this kind of file (it was sent as %1), so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1, but the file is a %2; shown as what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to save this attachment. Free some space; Textdesk tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdesk could not save this attachment in the media folder (%1). It tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::sync::MediaType</name>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVI video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3GP video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3G2 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M4A audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ogg audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAC audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMR voice recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMR-WB voice recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact card (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::sync::Outbox</name>
    <message>
        <source>Choose the number to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent. Shorten it or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier did not deliver the message (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::sync::PullSync</name>
    <message>
        <source>Sync cancelled. It continues from where it stopped next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>textdesk::sync::SyncWorker</name>
    <message>
        <source>Not connected to the cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
