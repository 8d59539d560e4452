#include "Acknowledgement.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace textdesk::Acknowledgement {

namespace {

// Longer messages are never only a closing; the check stays cheap on the write path.
constexpr qsizetype kMaxLength = 64;
// Words of all phrases together: "ok thank you so much" is five.
constexpr qsizetype kMaxWords = 8;

// Phrases after folding (lower case, no accents, apostrophes and hyphens as spaces). A message
// is a closing when its words are a sequence of these, so "ok thanks" and "perfekt danke" need
// no entry of their own.
const QSet<QString> &phrases()
{
    static const QSet<QString> set = [] {
        const char *const list[] = {
            // English
            "thanks",
            "thank you",
            "thankyou",
            "thx",
            "thnx",
            "ty",
            "tysm",
            "thanks a lot",
            "thank you so much",
            "thanks so much",
            "thank you very much",
            "many thanks",
            "much appreciated",
            "appreciate it",
            "cheers",
            "ok",
            "okay",
            "okey",
            "k",
            "kk",
            "perfect",
            "great",
            "cool",
            "awesome",
            "got it",
            "sounds good",
            "will do",
            "noted",
            "all good",
            "good",
            "nice",
            "lovely",
            "brilliant",
            "excellent",
            "alright",
            "all right",
            "you too",
            "have a nice day",
            "bye",
            "see you",
            // German
            "danke",
            "danke schon",
            "dankeschon",
            "danke sehr",
            "vielen dank",
            "besten dank",
            "herzlichen dank",
            "tausend dank",
            "alles klar",
            "passt",
            "perfekt",
            "super",
            "prima",
            "top",
            "toll",
            "klasse",
            "gut",
            "sehr gut",
            "tschuss",
            "tschuß",
            "schonen tag noch",
            // Spanish
            "gracias",
            "muchas gracias",
            "mil gracias",
            "muchisimas gracias",
            "vale",
            "perfecto",
            "genial",
            "de acuerdo",
            "listo",
            "entendido",
            "muy bien",
            "bien",
            "excelente",
            "estupendo",
            "buen dia",
            "hasta luego",
            "igualmente",
            // French
            "merci",
            "merci beaucoup",
            "merci bien",
            "mille mercis",
            "parfait",
            "d accord",
            "dac",
            "entendu",
            "tres bien",
            "nickel",
            "ca marche",
            "bonne journee",
            "a bientot",
            "au revoir",
            "merci a vous",
            "vous aussi",
        };
        QSet<QString> s;
        for (const char *p : list)
            s.insert(QString::fromUtf8(p));
        return s;
    }();
    return set;
}

bool isClosingEmoji(char32_t c)
{
    switch (c) {
    case 0x1F44D: // thumbs up
    case 0x1F44C: // OK hand
    case 0x1F64F: // folded hands
    case 0x1F64C: // raised hands
    case 0x1F44F: // clapping
    case 0x1F642: // slightly smiling
    case 0x1F60A: // smiling eyes
    case 0x1F600:
    case 0x1F601:
    case 0x1F603:
    case 0x1F604:
    case 0x1F970: // hearts
    case 0x1F60D:
    case 0x2764: // heart
    case 0x1F49A:
    case 0x1F499:
    case 0x2705: // check mark
    case 0x2714:
    case 0x1F197: // OK button
    case 0x263A:
        return true;
    default:
        return false;
    }
}

// Modifiers that ride on an emoji (skin tones, variation selectors, joiners).
bool isEmojiModifier(char32_t c)
{
    return (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0xFE0F || c == 0xFE0E || c == 0x200D;
}

// The message as words: lower case, accents dropped, punctuation as spaces, closing emoji
// dropped (and counted). False when something else is in it (another emoji, a digit).
bool foldToWords(QStringView message, QStringList &words, int &emoji)
{
    const QString decomposed = message.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    const auto ucs4 = decomposed.toUcs4();
    for (char32_t c : ucs4) {
        if (QChar::category(c) == QChar::Mark_NonSpacing || isEmojiModifier(c))
            continue;
        if (isClosingEmoji(c)) {
            ++emoji;
            folded += QLatin1Char(' ');
            continue;
        }
        if (QChar::isLetter(c)) {
            folded += QString::fromUcs4(&c, 1).toCaseFolded();
            continue;
        }
        if (QChar::isSpace(c) || QChar::isPunct(c) || c == U'\'' || c == 0x2019) {
            folded += QLatin1Char(' ');
            continue;
        }
        return false; // a digit, a symbol or another emoji: more than a closing
    }
    words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.size() <= kMaxWords;
}

// Whether words[from..] splits into phrases of the table.
bool coveredByPhrases(const QStringList &words, qsizetype from)
{
    if (from == words.size())
        return true;
    QString phrase;
    for (qsizetype end = from; end < words.size(); ++end) {
        if (end > from)
            phrase += QLatin1Char(' ');
        phrase += words.at(end);
        if (phrases().contains(phrase) && coveredByPhrases(words, end + 1))
            return true;
    }
    return false;
}

} // namespace

bool isClosing(QStringView message)
{
    if (message.size() > kMaxLength)
        return false;
    QStringList words;
    int emoji = 0;
    if (!foldToWords(message, words, emoji))
        return false;
    if (words.isEmpty()) // only emoji: a thumbs up closes; "?" or nothing does not
        return emoji > 0;
    return coveredByPhrases(words, 0);
}

} // namespace textdesk::Acknowledgement
