#pragma once

#include "TemplateStore.h"

namespace textdesk::StarterTemplates {

// The languages the starter set is written in (the shipped ones).
const QStringList &languages();
// The language of the set for a UI language ("de_AT" → "de"); English when not shipped.
QString languageFor(const QString &uiLanguage);

// Templates for real support work in `language` (en, de, es, fr): greeting, order status,
// refund, appointment, follow-up, closing, out of office, and the compliance texts the CTIA's
// guidelines ask for (a HELP reply naming {{company}}, how often we text, "Msg&data rates may
// apply", how to stop). Each carries its starter key ("greet:de"), so that adding the set
// twice adds nothing (TemplateStore::addStarterSet).
QList<MessageTemplate> set(const QString &language);

} // namespace textdesk::StarterTemplates
