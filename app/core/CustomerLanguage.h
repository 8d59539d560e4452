#pragma once

#include <QString>
#include <QStringList>

// The languages that what we write to customers comes in (starter templates, surveys, and what
// is built on them): one list, and one way to pick a text in one of them.
namespace textdesk::CustomerLanguage {

// "en", "de", "es", "fr": English first, the fallback.
const QStringList &shipped();

// The shipped language for a code as settings, contacts and locales write it ("de_AT", "es-MX",
// "FR"): its language part when shipped, else "en".
QString normalised(const QString &code);

// A text written in each shipped language (UTF-8 literals, so that tables of them stay constant).
struct Phrase
{
    const char *en, *de, *es, *fr;
    // In `language` (normalised), English for any other.
    QString in(const QString &language) const;
};

} // namespace textdesk::CustomerLanguage
