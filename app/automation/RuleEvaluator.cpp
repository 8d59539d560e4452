#include "RuleEvaluator.h"

#include "templates/TemplateFiller.h"
#include "templates/TemplateVariables.h"

#include <QtCore/QSettings>

namespace textdesk::automation {

namespace {

bool eventApplies(const Rule &rule, const Facts &facts)
{
    if (rule.event == facts.event)
        return true;
    // The first message from a number is a received message too.
    return rule.event == Event::FirstMessage && facts.event == Event::MessageReceived
        && facts.firstFromNumber;
}

// Replies that do not answer the customer's own message are proactive (compliance.md: quiet
// hours apply to everything proactive; replies inside a conversation the customer started as
// an answer to what they wrote are not).
bool proactive(Event event)
{
    return event == Event::NoAgentReply || event == Event::ConversationResolved;
}

} // namespace

RuleSettings RuleSettings::fromIni(const QString &settingsPath)
{
    RuleSettings settings;
    if (settingsPath.isEmpty())
        return settings;
    const QSettings ini(settingsPath, QSettings::IniFormat);
    bool ok = false;
    const int max = ini.value(QStringLiteral("automation/max_replies_per_hour")).toInt(&ok);
    if (ok && max >= 0 && max <= 100)
        settings.maxRepliesPerHour = max;
    settings.company = TemplateVariables::ourCompany(settingsPath);
    settings.faqBot = ini.value(QStringLiteral("faq/enabled")).toBool();
    const int threshold = ini.value(QStringLiteral("faq/threshold")).toInt(&ok);
    if (ok && threshold >= 1 && threshold <= 20)
        settings.faqThreshold = threshold;
    return settings;
}

int Evaluation::replies() const
{
    int n = 0;
    for (const RuleOutcome &o : outcomes) {
        for (const PlannedAction &a : o.actions)
            n += a.action.kind == Action::Kind::Reply && a.willRun();
    }
    return n;
}

std::optional<QString> RuleEvaluator::mismatch(const Rule &rule, const Facts &facts,
                                               const QString &folded, bool explain)
{
    const auto no = [explain](const QString &why) -> std::optional<QString> {
        return explain ? why : QString();
    };
    if (!rule.enabled)
        return no(tr("turned off"));
    if (!eventApplies(rule, facts))
        return no(tr("waits for another event (%1)").arg(RuleJson::eventName(rule.event)));
    if (rule.kind == Rule::Kind::Away) {
        if (!facts.businessHoursOpen.has_value())
            return no(tr("%1 has no business hours").arg(facts.ourNumber));
        if (*facts.businessHoursOpen)
            return no(tr("inside business hours"));
        if (facts.lastAwayReplyAt && facts.nowMs - facts.lastAwayReplyAt < kAwayOncePerMs)
            return no(tr("the away reply already went to this conversation today"));
        if (facts.lastAgentReplyAt
            && facts.nowMs - facts.lastAgentReplyAt < qint64(rule.agentQuietMinutes) * 60'000)
            return no(
                tr("an agent wrote in the last %n minute(s)", nullptr, rule.agentQuietMinutes));
    }
    for (const Condition &c : rule.conditions) {
        using K = Condition::Kind;
        switch (c.kind) {
        case K::OurNumber:
            if (facts.ourNumber != c.value())
                return no(tr("not on %1").arg(c.value()));
            break;
        case K::HasTag:
        case K::LacksTag: {
            const bool has = facts.tags.contains(c.folded.value(0));
            if (has != (c.kind == K::HasTag))
                return no(has ? tr("the customer has the tag %1").arg(c.value())
                              : tr("the customer lacks the tag %1").arg(c.value()));
            break;
        }
        case K::Field: {
            const QString value = facts.fields.value(c.key);
            if (value.trimmed().compare(c.value().trimmed(), Qt::CaseInsensitive) != 0)
                return no(tr("the field %1 is not “%2”").arg(c.name, c.value()));
            break;
        }
        case K::TextContains: {
            bool any = false;
            for (const QString &v : c.folded) {
                if (!v.isEmpty() && folded.contains(v)) {
                    any = true;
                    break;
                }
            }
            if (!any)
                return no(tr("the message does not contain “%1”")
                              .arg(c.values.join(QStringLiteral("”, “"))));
            break;
        }
        case K::TextMatches:
            if (!c.regex
                     .match(facts.text, 0, QRegularExpression::NormalMatch,
                            QRegularExpression::DontCheckSubjectStringMatchOption)
                     .hasMatch())
                return no(tr("the message does not match %1").arg(c.value()));
            break;
        case K::InsideHours:
        case K::OutsideHours:
            if (!facts.businessHoursOpen.has_value())
                return no(tr("%1 has no business hours").arg(facts.ourNumber));
            if (*facts.businessHoursOpen != (c.kind == K::InsideHours))
                return no(*facts.businessHoursOpen ? tr("inside business hours")
                                                   : tr("outside business hours"));
            break;
        }
    }
    return std::nullopt;
}

PlannedAction RuleEvaluator::plan(const Action &action, const Rule &rule, const Facts &facts,
                                  const RuleSettings &settings, int repliesSoFar, bool explain,
                                  QString *guard)
{
    PlannedAction p { action, {}, {}, false };
    if (action.kind != Action::Kind::Reply && action.kind != Action::Kind::Note)
        return p;
    if (action.kind == Action::Kind::Reply) {
        // The loop guard and consent, in the order a person asks "why did nothing go out?". Once
        // one holds it holds for the rest of the evaluation (no reply goes out to lift the
        // hourly limit), so its words are made once.
        if (!guard->isEmpty())
            p.skipped = *guard;
        else if (facts.optedOut)
            p.skipped = tr("the customer opted out");
        else if (facts.revocationPending)
            p.skipped = tr("the customer asked to stop messages and no agent has answered yet");
        else if (facts.shortCode)
            p.skipped = tr("never an automatic reply to a short code");
        else if (facts.quickAnswersToAutomation >= 2)
            p.skipped = tr("the customer's number answers automatically");
        else if (repliesSoFar >= settings.maxRepliesPerHour)
            p.skipped = tr("already %n automatic repl(ies) in this conversation in the last hour",
                           nullptr, repliesSoFar);
        else if (proactive(rule.event) && !facts.quietHoursAllow)
            p.heldForQuietHours = true;
        *guard = p.skipped;
        // A reply that will not go out is only written out for the dry run.
        if (!p.skipped.isEmpty() && !explain)
            return p;
    }
    if (action.text.isEmpty() && !action.templateName.isEmpty()) {
        if (p.skipped.isEmpty())
            p.skipped = tr("there is no template “%1”").arg(action.templateName);
        return p;
    }
    const FilledTemplate filled = TemplateFiller::render(action.text, facts.fields);
    p.text = filled.text;
    if (!filled.complete() && p.skipped.isEmpty()) {
        // Never sent (or written) with literal braces.
        p.skipped = tr("no value for %1").arg(filled.unfilled.join(QStringLiteral(", ")));
        p.heldForQuietHours = false;
    }
    return p;
}

Evaluation RuleEvaluator::evaluate(const QList<Rule> &rules, const Facts &facts,
                                   const RuleSettings &settings, bool explain)
{
    Evaluation result;
    const QString folded = foldedText(facts.text);
    int replies = facts.automatedRepliesLastHour;
    QString guard;
    for (const Rule &rule : rules) {
        const std::optional<QString> why = mismatch(rule, facts, folded, explain);
        if (why) {
            if (explain)
                result.outcomes.append(
                    { rule.id, rule.name, rule.kind == Rule::Kind::Away, false, *why, {} });
            continue;
        }
        RuleOutcome outcome { rule.id, rule.name, rule.kind == Rule::Kind::Away, true, {}, {} };
        for (const Action &action : rule.actions) {
            PlannedAction p = plan(action, rule, facts, settings, replies, explain, &guard);
            if (p.action.kind == Action::Kind::Reply && p.willRun())
                ++replies;
            outcome.actions.append(p);
        }
        result.outcomes.append(outcome);
        if (rule.stopProcessing) {
            result.stopped = true;
            break;
        }
    }
    return result;
}

QString Evaluation::describe() const
{
    if (!skippedAll.isEmpty())
        return RuleEvaluator::tr("No rule runs: %1.").arg(skippedAll);
    QStringList lines;
    for (const RuleOutcome &o : outcomes) {
        if (!o.matched) {
            lines << RuleEvaluator::tr("– %1: no (%2)").arg(o.ruleName, o.notMatched);
            continue;
        }
        lines << RuleEvaluator::tr("✓ %1:").arg(o.ruleName);
        for (const PlannedAction &a : o.actions) {
            QString what;
            switch (a.action.kind) {
            case Action::Kind::Reply:
                what = RuleEvaluator::tr("reply “%1”").arg(a.text);
                break;
            case Action::Kind::Note:
                what = RuleEvaluator::tr("note “%1”").arg(a.text);
                break;
            case Action::Kind::Assign:
                what = RuleEvaluator::tr("assign to %1").arg(a.action.text);
                break;
            case Action::Kind::Tag:
                what = RuleEvaluator::tr("tag %1").arg(a.action.text);
                break;
            case Action::Kind::SetStatus:
                what = RuleEvaluator::tr("set status %1").arg(a.action.text);
                break;
            case Action::Kind::Snooze:
                what = RuleEvaluator::tr("snooze for %n minute(s)", nullptr, a.action.minutes);
                break;
            case Action::Kind::Survey:
                what = RuleEvaluator::tr("send the survey");
                break;
            }
            if (!a.skipped.isEmpty())
                what = RuleEvaluator::tr("%1 — not done: %2").arg(what, a.skipped);
            else if (a.heldForQuietHours)
                what = RuleEvaluator::tr("%1 — waits for the customer's quiet hours to end")
                           .arg(what);
            lines << QString(QStringLiteral("    ") + what);
        }
    }
    if (stopped)
        lines << RuleEvaluator::tr("(the last rule stops the rest)");
    if (lines.isEmpty())
        lines << RuleEvaluator::tr("No rule matches.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace textdesk::automation
