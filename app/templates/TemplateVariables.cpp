#include "TemplateVariables.h"

#include "storage/ContactProfiles.h"

namespace textdesk::TemplateVariables {

QHash<QString, QString> fromProfile(const ContactProfile &profile, const QString &agentName)
{
    QHash<QString, QString> values;
    // Most profiles synced from messages have only a display name: its first word greets.
    values.insert(QStringLiteral("first_name"),
                  profile.givenName.isEmpty() ? profile.displayName.section(QLatin1Char(' '), 0, 0)
                                              : profile.givenName);
    values.insert(QStringLiteral("last_name"), profile.familyName);
    values.insert(QStringLiteral("name"), profile.displayName);
    values.insert(QStringLiteral("company"), profile.company);
    values.insert(QStringLiteral("email"), profile.email);
    values.insert(QStringLiteral("phone"), profile.e164);
    values.insert(QStringLiteral("agent_name"), agentName);
    return values;
}

} // namespace textdesk::TemplateVariables
