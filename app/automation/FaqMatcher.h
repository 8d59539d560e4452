#pragma once

#include "storage/FaqStore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace textdesk::automation {

// What the FAQ bot makes of one customer message.
struct FaqMatch
{
    enum class Kind {
        Answer, // a FAQ entry answers it
        Person, // the customer asks for a person
        Unsure, // nothing scores enough, or two answers score the same
        SmallTalk // only a greeting or thanks ("Hi!", "danke", "merci"): nothing to answer yet
    };
    Kind kind = Kind::Unsure;
    int entry = -1; // Answer: the index in the entries given; else the best guess or -1
    int score = 0; // the best entry's score
    QString why; // Unsure / Person: in words, for the agent's note
};

// The FAQ bot's matching: pure functions, no cache. A message and the entries' keywords and
// phrases are folded (NFKD, marks stripped, case folded, ß → ss) and split into words at anything
// that is not a letter or a digit. A word matches a keyword of 5+ letters with one typo
// (Damerau–Levenshtein: a letter added, dropped, changed or two swapped), of 9+ letters with
// two; shorter keywords must be exact. A phrase (words in a row) scores kPhraseScore, a keyword
// kKeywordScore, each once per entry; below the threshold the bot is unsure.
class FaqMatcher
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::automation::FaqMatcher)
public:
    static constexpr int kPhraseScore = 3;
    static constexpr int kKeywordScore = 1;
    static constexpr int kDefaultThreshold = 2;

    static QString fold(const QString &text);
    static QStringList words(const QString &text);
    // The Damerau–Levenshtein (optimal string alignment) distance, or limit + 1 when more.
    static int distance(QStringView a, QStringView b, int limit);
    // Whether a message word (folded) is the keyword word (folded), allowing for typos.
    static bool wordMatches(QStringView word, QStringView keyword);
    // The score of one entry for a message's words.
    static int score(const FaqEntry &entry, const QStringList &messageWords);
    // Whether the customer asks for a person ("agent", "Mitarbeiter", "humain", …): the word
    // exactly (folded), or with one typo when it has 9+ letters ("representatve").
    static bool asksForPerson(const QStringList &messageWords);
    // Whether the message is only a greeting or thanks, in the four languages.
    static bool isSmallTalk(const QStringList &messageWords);
    static FaqMatch match(const QList<FaqEntry> &entries, const QString &text,
                          int threshold = kDefaultThreshold);
};

} // namespace textdesk::automation
