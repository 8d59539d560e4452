#include "MachineConfig.h"

#include "phone/PhoneNumbers.h"
#include "workspace/AppSettings.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtNetwork/QNetworkProxy>

namespace textdesk {

QString MachineConfig::overridePath()
{
    return qEnvironmentVariable("TEXTDESK_MACHINE_CONFIG");
}

MachineConfig MachineConfig::load()
{
    return layered(systemPath(), overridePath());
}

MachineConfig MachineConfig::layered(const QString &system, const QString &override)
{
    MachineConfig config = load(system);
    if (override.isEmpty() || QFileInfo(override) == QFileInfo(system))
        return config;
    const MachineConfig below = load(override);
    if (!config.found)
        return below;
    // What the administrator set stays; the other file only fills the gaps.
    if (!config.presetsProvider())
        config.provider = below.provider;
    if (config.proxy.isEmpty())
        config.proxy = below.proxy;
    if (config.language.isEmpty())
        config.language = below.language;
    if (config.numbers.isEmpty())
        config.numbers = below.numbers;
    config.trainingAllowed = config.trainingAllowed && below.trainingAllowed;
    config.problems += below.problems;
    return config;
}

QString MachineConfig::systemPath()
{
#if defined(Q_OS_WIN)
    const QString programData
        = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/Textdesk/textdesk.ini");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Textdesk/textdesk.ini");
#else
    return QStringLiteral("/etc/textdesk/textdesk.ini");
#endif
}

MachineConfig MachineConfig::load(const QString &path)
{
    MachineConfig config;
    config.path = path;
    if (!QFileInfo(path).isFile())
        return config;
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        config.problems << tr("%1 cannot be read as a settings file; it is ignored.").arg(path);
        return config;
    }
    config.found = true;
    const auto problem = [&](const QString &key, const QString &why) {
        config.problems << tr("%1, %2: %3").arg(path, key, why);
    };

    const QString sid = ini.value(QStringLiteral("provider/account_sid")).toString().trimmed();
    if (!sid.isEmpty()) {
        ProviderSettings provider;
        provider.accountSid = sid;
        provider.apiKeySid = ini.value(QStringLiteral("provider/api_key_sid")).toString().trimmed();
        const QString base = ini.value(QStringLiteral("provider/base_url")).toString().trimmed();
        if (!base.isEmpty())
            provider.baseUrl = QUrl(base);
        provider.mediaUploadUrl
            = QUrl(ini.value(QStringLiteral("media/upload_url")).toString().trimmed());
        provider.webhookPublicUrl
            = QUrl(ini.value(QStringLiteral("webhook/public_url")).toString().trimmed());
        if (const QString why = provider.problem(); !why.isEmpty())
            problem(QStringLiteral("[provider]"), why);
        else
            config.provider = provider;
    }

    // QSettings reads "a, b" as a list; one number as a string.
    const QVariant listed = ini.value(QStringLiteral("provider/numbers"));
    const QStringList numbers = listed.typeId() == QMetaType::QStringList
        ? listed.toStringList()
        : listed.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &each : numbers) {
        const QString number = each.trimmed();
        const auto parsed = PhoneNumbers::toE164(number, QStringLiteral("US"));
        if (number.startsWith(QLatin1Char('+')) && parsed.ok())
            config.numbers << parsed.e164;
        else if (!number.isEmpty())
            problem(QStringLiteral("numbers"),
                    tr("\"%1\" is not a phone number in international format (+…).").arg(number));
    }

    const QString proxy = ini.value(QStringLiteral("network/proxy")).toString().trimmed();
    if (!proxy.isEmpty()) {
        const QUrl url(proxy);
        const bool usable = url.isValid() && !url.host().isEmpty() && url.port() > 0
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("socks5"));
        if (usable)
            config.proxy = url;
        else
            problem(
                QStringLiteral("proxy"),
                tr("\"%1\" is not a proxy address like http://proxy.example.com:3128.").arg(proxy));
    }

    const QString language = ini.value(QStringLiteral("app/language")).toString().trimmed();
    if (!language.isEmpty()) {
        if (AppSettings::supportedLanguages().contains(language))
            config.language = language;
        else
            problem(
                QStringLiteral("language"),
                tr("\"%1\" is not one of %2.")
                    .arg(language, AppSettings::supportedLanguages().join(QStringLiteral(", "))));
    }

    const QString training = ini.value(QStringLiteral("app/training")).toString().trimmed();
    if (training == QLatin1String("false") || training == QLatin1String("0")
        || training == QLatin1String("off"))
        config.trainingAllowed = false;
    else if (!training.isEmpty() && training != QLatin1String("true")
             && training != QLatin1String("1") && training != QLatin1String("on"))
        problem(QStringLiteral("training"), tr("\"%1\" is neither true nor false.").arg(training));
    return config;
}

void MachineConfig::applyProxy() const
{
    if (proxy.isEmpty())
        return;
    QNetworkProxy networkProxy(
        proxy.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy
                                                  : QNetworkProxy::HttpProxy,
        proxy.host(), quint16(proxy.port()), proxy.userName(), proxy.password());
    QNetworkProxy::setApplicationProxy(networkProxy);
}

} // namespace textdesk
