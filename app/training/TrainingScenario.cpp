#include "TrainingScenario.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>

namespace textdesk::training {

QString Customer::field(const QString &key) const
{
    if (key == QLatin1String("name") || key == QLatin1String("first_name"))
        return firstName();
    if (key == QLatin1String("full_name"))
        return name;
    return profile.value(key);
}

int Scenario::customerIndex(const QString &number) const
{
    for (qsizetype i = 0; i < customers.size(); ++i) {
        if (customers.at(i).number == number)
            return int(i);
    }
    return -1;
}

QStringList builtinScenarioIds()
{
    QStringList ids;
    const QStringList files = QDir(QStringLiteral(":/training/scenarios"))
                                  .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        ids << QFileInfo(file).completeBaseName();
    return ids;
}

QString builtinScenarioPath(const QString &id)
{
    return QStringLiteral(":/training/scenarios/%1.json").arg(id);
}

} // namespace textdesk::training
