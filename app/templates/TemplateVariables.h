#pragma once

#include <QHash>
#include <QString>

namespace textdesk {

struct ContactProfile;

namespace TemplateVariables {

// The values of TemplateFiller::standardVariables() for a customer and the agent writing:
// first_name (the given name, or the display name's first word), last_name, name, company,
// email, phone (E.164) and agent_name. A blank value stays unfilled in the template.
QHash<QString, QString> fromProfile(const ContactProfile &profile, const QString &agentName);

} // namespace TemplateVariables
} // namespace textdesk
