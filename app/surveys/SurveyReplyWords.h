#pragma once

#include "SurveyKind.h"

#include <QtCore/QHash>
#include <QtCore/QString>

// The tables behind SurveyReplyParser: number words, yes/no, feelings, scale words, faces and
// the opt-out words, in the four shipped languages. Words are matched lower-cased.
namespace textdesk::surveys::ReplyWords {

// A word that is a number only in one language ("un" is French one, Spanish "a").
struct NumberWord
{
    int value;
    const char *onlyIn; // nullptr: any language
};

const QHash<QString, NumberWord> &numberWords();
// Yes and no (1 and 0 on a yes/no question); phrases of two words included.
const QHash<QString, int> &yesNoWords();
// Words with no number, on the CSAT scale (1–5); see inferredOnScale().
const QHash<QString, int> &feelingWords();
// A feeling word of one language only ("mal" is Spanish "bad", German "once"); 0 if none.
int feelingOnlyIn(const QString &word, const QString &language);
// The CSAT-scale feeling on another scale.
int inferredOnScale(int csat, SurveyKind kind);

// "4 stars", "9 points"; "out of 5", "von 5", "de 5", "sur 5".
bool isScaleWord(const QString &w);
bool isOutOfWord(const QString &w);

bool isWordChar(QChar c);
bool isOptOutWord(const QString &w);
bool isOptOutLead(const QString &w);
// STOP and its kin anywhere in the (lower-cased) reply, as a word or a phrase.
bool hasOptOutWord(const QString &lower);
bool containsOptOutPhrase(const QString &lower);

// 😀 🙂 😐 🙁 😡 and kin → 5..1; 0 for anything else.
int faceScore(char32_t c);
bool isFilledStar(char32_t c);

} // namespace textdesk::surveys::ReplyWords
