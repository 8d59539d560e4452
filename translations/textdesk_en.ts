<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>textdesk::CommandLine</name>
    <message numerus="yes">
        <source>textdesk: %Ln message(s) still waiting in the outbox; they go out with the next send or sync, once.</source>
        <translation>
            <numerusform>textdesk: %Ln message still waiting in the outbox; they go out with the next send or sync, once.</numerusform>
            <numerusform>textdesk: %Ln messages still waiting in the outbox; they go out with the next send or sync, once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending number(s): %1</source>
        <translation>
            <numerusform>%Ln sending number: %1</numerusform>
            <numerusform>%Ln sending numbers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %Ln attachment(s) not downloaded yet; the next sync goes on with them.</source>
        <translation>
            <numerusform>textdesk: %n attachment not downloaded yet; the next sync goes on with it.</numerusform>
            <numerusform>textdesk: %n attachments not downloaded yet; the next sync goes on with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n contact to %1.</numerusform>
            <numerusform>Wrote %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>textdesk: %n damaged line(s) in the results were skipped.</source>
        <translation>
            <numerusform>textdesk: %n damaged line in the results was skipped.</numerusform>
            <numerusform>textdesk: %n damaged lines in the results were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): %1 to send (%2 held for quiet hours), %3 skipped</source>
        <translation>
            <numerusform>%n recipient: %1 to send (%2 held for quiet hours), %3 skipped</numerusform>
            <numerusform>%n recipients: %1 to send (%2 held for quiet hours), %3 skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) scheduled</source>
        <translation>
            <numerusform>%n reminder scheduled</numerusform>
            <numerusform>%n reminders scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n already scheduled before)</source>
        <translation>
            <numerusform> (%n already scheduled before)</numerusform>
            <numerusform> (%n already scheduled before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s); they replace the ones before.</source>
        <translation>
            <numerusform>Imported %n rule; it replaces the ones before.</numerusform>
            <numerusform>Imported %n rules; they replace the ones before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>Exported %n rule to %1.</numerusform>
            <numerusform>Exported %n rules to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into the FAQ; they replace the ones before.</source>
        <translation>
            <numerusform>Imported %n question into the FAQ; it replaces the ones before.</numerusform>
            <numerusform>Imported %n questions into the FAQ; they replace the ones before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n FAQ question(s) to %1.</source>
        <translation>
            <numerusform>Exported %n FAQ question to %1.</numerusform>
            <numerusform>Exported %n FAQ questions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. [%2] %3 — %n keyword(s), %4 phrase(s)</source>
        <translation>
            <numerusform>%1. [%2] %3 — %n keyword, %4 phrase(s)</numerusform>
            <numerusform>%1. [%2] %3 — %n keywords, %4 phrase(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, login %3): %n open conversation(s)%4</source>
        <translation>
            <numerusform>%1 (%2, login %3): %n open conversation%4</numerusform>
            <numerusform>%1 (%2, login %3): %n open conversations%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team: took %n reply(ies) from desktops</source>
        <translation>
            <numerusform>team: took %n reply from desktops</numerusform>
            <numerusform>team: took %n replies from desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team: published %n message(s)</source>
        <translation>
            <numerusform>team: published %n message</numerusform>
            <numerusform>team: published %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>team: %n reply(ies) another gateway may have sent will be checked first</source>
        <translation>
            <numerusform>team: %n reply another gateway may have sent will be checked first</numerusform>
            <numerusform>team: %n replies another gateway may have sent will be checked first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::Composer</name>
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
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MMS · %n attachment(s)</source>
        <translation>
            <numerusform>MMS · %n attachment</numerusform>
            <numerusform>MMS · %n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::ContactImportDialog</name>
    <message numerus="yes">
        <source>%1: %n card(s).</source>
        <translation>
            <numerusform>%1: %n card.</numerusform>
            <numerusform>%1: %n cards.</numerusform>
        </translation>
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
            <numerusform>%n message and note</numerusform>
            <numerusform>%n messages and notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n media file</numerusform>
            <numerusform>%n media files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox entry(s)</source>
        <translation>
            <numerusform>%n outbox entry</numerusform>
            <numerusform>%n outbox entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n survey answer</numerusform>
            <numerusform>%n survey answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s)</source>
        <translation>
            <numerusform>%n consent event</numerusform>
            <numerusform>%n consent events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::InboxModel</name>
    <message numerus="yes">
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n unread, %2</numerusform>
            <numerusform>%1, %n unread, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::InboxPanel</name>
    <message numerus="yes">
        <source>the newest %n messages</source>
        <translation>
            <numerusform>the newest message</numerusform>
            <numerusform>the newest %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::MainWindow</name>
    <message numerus="yes">
        <source>Syncing… %Ln message(s) so far, about %1 to go</source>
        <translation>
            <numerusform>Syncing… %Ln message so far, about %1 to go</numerusform>
            <numerusform>Syncing… %Ln messages so far, about %1 to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Textdesk — %n unread</source>
        <translation>
            <numerusform>Textdesk — %n unread</numerusform>
            <numerusform>Textdesk — %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) in Textdesk</source>
        <translation>
            <numerusform>%n unread message in Textdesk</numerusform>
            <numerusform>%n unread messages in Textdesk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::OlderMessagesBar</name>
    <message numerus="yes">
        <source>Loading older messages… %Ln found</source>
        <translation>
            <numerusform>Loading older messages… %Ln found</numerusform>
            <numerusform>Loading older messages… %Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) loaded. No older messages.</source>
        <translation>
            <numerusform>%Ln older message loaded. No older messages.</numerusform>
            <numerusform>%Ln older messages loaded. No older messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::PresenceLine</name>
    <message numerus="yes">
        <source>%1 is typing…</source>
        <translation>
            <numerusform>%1 is typing…</numerusform>
            <numerusform>%1 are typing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is viewing this conversation</source>
        <translation>
            <numerusform>%1 is viewing this conversation</numerusform>
            <numerusform>%1 are viewing this conversation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::ProfilePanel</name>
    <message numerus="yes">
        <source>%1 (%2), %n message(s)</source>
        <translation>
            <numerusform>%1 (%2), %n message</numerusform>
            <numerusform>%1 (%2), %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::QuickSwitcher</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::SelfCheck</name>
    <message numerus="yes">
        <source>%n font families</source>
        <translation>
            <numerusform>%n font family</numerusform>
            <numerusform>%n font families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::SurveyEditor</name>
    <message numerus="yes">
        <source>%1 · %2 · %n character(s)</source>
        <comment>segments · encoding · characters</comment>
        <translation>
            <numerusform>%1 · %2 · %n character</numerusform>
            <numerusform>%1 · %2 · %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::TemplateEditor</name>
    <message numerus="yes">
        <source>%n starter template(s) added.</source>
        <translation>
            <numerusform>%n starter template added.</numerusform>
            <numerusform>%n starter templates added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) added</source>
        <translation>
            <numerusform>%n template added</numerusform>
            <numerusform>%n templates added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced.</source>
        <translation>
            <numerusform>%n replaced.</numerusform>
            <numerusform>%n replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) exported to %1.</source>
        <translation>
            <numerusform>%n template exported to %1.</numerusform>
            <numerusform>%n templates exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::TimeText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::automation::FaqBot</name>
    <message numerus="yes">
        <source>already %n automatic repl(ies) in this conversation in the last hour</source>
        <translation>
            <numerusform>already %n automatic reply in this conversation in the last hour</numerusform>
            <numerusform>already %n automatic replies in this conversation in the last hour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleEvaluator</name>
    <message numerus="yes">
        <source>an agent wrote in the last %n minute(s)</source>
        <translation>
            <numerusform>an agent wrote in the last %n minute</numerusform>
            <numerusform>an agent wrote in the last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already %n automatic repl(ies) in this conversation in the last hour</source>
        <translation>
            <numerusform>already %n automatic reply in this conversation in the last hour</numerusform>
            <numerusform>already %n automatic replies in this conversation in the last hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>snooze for %n minute(s)</source>
        <translation>
            <numerusform>snooze for %n minute</numerusform>
            <numerusform>snooze for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::automation::RuleRunner</name>
    <message numerus="yes">
        <source>snoozed for %n minute(s)</source>
        <translation>
            <numerusform>snoozed for %n minute</numerusform>
            <numerusform>snoozed for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavCheck</name>
    <message numerus="yes">
        <source>Connected: the address book holds %n card(s).</source>
        <translation>
            <numerusform>Connected: the address book holds %n card.</numerusform>
            <numerusform>Connected: the address book holds %n cards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavRunner</name>
    <message numerus="yes">
        <source>Skipped %n card(s) without a usable phone number.</source>
        <translation>
            <numerusform>Skipped %n card without a usable phone number.</numerusform>
            <numerusform>Skipped %n cards without a usable phone number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::contacts::CardDavSync</name>
    <message numerus="yes">
        <source>%n card(s) on the server, %1 new or changed.</source>
        <translation>
            <numerusform>%n card on the server, %1 new or changed.</numerusform>
            <numerusform>%n cards on the server, %1 new or changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) to the server…</source>
        <translation>
            <numerusform>Sending %n change to the server…</numerusform>
            <numerusform>Sending %n changes to the server…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::scheduled::ScheduledMessages</name>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::training::Scoring</name>
    <message numerus="yes">
        <source>Replies of at most %n segment(s)</source>
        <translation>
            <numerusform>Replies of at most %n segment</numerusform>
            <numerusform>Replies of at most %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This reply takes %n segments: on a phone it is a wall of text, and each segment is billed.</source>
        <translation>
            <numerusform>This reply takes %n segment: on a phone it is a wall of text, and each segment is billed.</numerusform>
            <numerusform>This reply takes %n segments: on a phone it is a wall of text, and each segment is billed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textdesk::ui::ReportsWindow</name>
    <message numerus="yes">
        <source>%1: the newest %n — open one to see it in the main window.</source>
        <translation>
            <numerusform>%1: the newest %n — open it to see it in the main window.</numerusform>
            <numerusform>%1: the newest %n — open one to see it in the main window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s) — open one to see it in the main window.</source>
        <translation>
            <numerusform>%1: %n conversation — open it to see it in the main window.</numerusform>
            <numerusform>%1: %n conversations — open one to see it in the main window.</numerusform>
        </translation>
    </message>
</context>
</TS>
