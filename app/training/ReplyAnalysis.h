#pragma once

#include "TrainingScenario.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

// What an agent's reply does, as the simulated customer's rules and the scoring see it: one
// reading, so the customer reacts to exactly what is scored.
namespace textdesk::training {

struct ReplyFacts
{
    bool apologises = false;
    bool asksQuestion = false;
    bool allCaps = false; // shouting: a run of capitalised words, or mostly capitals
    QStringList jargon; // the list's terms found in the reply
    int segments = 0;
    int length = 0; // characters
    bool ucs2 = false;
    // UCS-2 only because of look-alikes (curly quotes, long dashes, …) that smart encoding
    // would have replaced: avoidable cost.
    bool lookAlikesForcedUcs2 = false;
    QString lookAlike; // the first such character
    QStringList mentioned; // the customer's fields it names ("name", "order", …)
    QString templateId; // the scenario's template it follows; empty: none
};

// The default jargon list (editable: `textdesk training run --jargon FILE`, one term a line).
QStringList defaultJargon();
// Terms from a file, one a line; "#" starts a comment.
QStringList readJargon(const QString &path, QString *error);

// Words of apology per language ("en", "de", "es", "fr"); English is always included.
bool containsApology(const QString &text, const QString &language);

// Whether `text` follows the template: its fixed parts appear in order (variables filled).
bool followsTemplate(const QString &text, const QString &templateBody);

ReplyFacts analyseReply(const QString &text, const Scenario &scenario, const Customer &customer,
                        const QStringList &jargon);

// Whether a customer's message asks something.
bool isQuestion(const QString &text);

} // namespace textdesk::training
