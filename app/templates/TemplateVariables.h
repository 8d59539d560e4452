#pragma once

#include <QHash>
#include <QString>

namespace textdesk {

struct ContactProfile;

namespace TemplateVariables {

// The values of TemplateFiller::standardVariables() for a customer and the agent writing:
// first_name (the given name, or the display name's first word), last_name, name, email, phone
// (E.164), customer_company (the customer's), agent_name, and company: our company, as the HELP
// reply and "thanks for contacting {{company}}" mean it. Each of the customer's custom fields
// comes under its own name ("Order ID" → order_id) unless it would hide a standard one. A
// blank value stays unfilled in the template.
QHash<QString, QString> fromProfile(const ContactProfile &profile, const QString &agentName,
                                    const QString &ourCompany = {});

// Our company's name for {{company}}, kept in the workspace's settings file ([templates]
// company); empty when not set.
QString ourCompany(const QString &settingsPath);
bool setOurCompany(const QString &settingsPath, const QString &name);

} // namespace TemplateVariables
} // namespace textdesk
