#pragma once

#include "storage/FaqStore.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace textdesk::automation {

// The FAQ as a JSON file (`textdesk faq import|export`, resources/faq/):
// {"format": "textdesk-faq", "version": 1, "entries": [{"language": "en", "topic": "hours",
//  "question": "…", "answer": "…", "keywords": ["…"], "phrases": ["…"]}, …]}
class FaqFile
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::automation::FaqFile)
public:
    struct Parsed
    {
        QList<FaqEntry> entries;
        QStringList errors; // one per problem, naming the entry by position and question
        bool ok() const { return errors.isEmpty(); }
    };

    static Parsed read(const QByteArray &json);
    static QByteArray write(const QList<FaqEntry> &entries);
    static QStringList languages(); // the shipped ones: en, de, es, fr
};

} // namespace textdesk::automation
