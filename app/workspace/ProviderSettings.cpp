#include "ProviderSettings.h"

#include <QtCore/QSettings>
#include <QtNetwork/QHostAddress>

namespace textdesk {

ProviderSettings ProviderSettings::load(const QString &settingsPath)
{
    QSettings ini(settingsPath, QSettings::IniFormat);
    ProviderSettings s;
    s.provider = ini.value(QStringLiteral("provider/type"), s.provider).toString();
    s.baseUrl
        = QUrl(ini.value(QStringLiteral("provider/base_url"), s.baseUrl.toString()).toString());
    s.accountSid = ini.value(QStringLiteral("provider/account_sid")).toString();
    s.apiKeySid = ini.value(QStringLiteral("provider/api_key_sid")).toString();
    s.mediaUploadUrl = QUrl(ini.value(QStringLiteral("media/upload_url")).toString());
    s.webhookPublicUrl = QUrl(ini.value(QStringLiteral("webhook/public_url")).toString());
    return s;
}

bool ProviderSettings::save(const QString &settingsPath, QString *error) const
{
    QSettings ini(settingsPath, QSettings::IniFormat);
    ini.setValue(QStringLiteral("provider/type"), provider);
    ini.setValue(QStringLiteral("provider/base_url"), baseUrl.toString());
    ini.setValue(QStringLiteral("provider/account_sid"), accountSid);
    if (apiKeySid.isEmpty())
        ini.remove(QStringLiteral("provider/api_key_sid"));
    else
        ini.setValue(QStringLiteral("provider/api_key_sid"), apiKeySid);
    if (mediaUploadUrl.isValid() && !mediaUploadUrl.isEmpty())
        ini.setValue(QStringLiteral("media/upload_url"), mediaUploadUrl.toString());
    if (webhookPublicUrl.isValid() && !webhookPublicUrl.isEmpty())
        ini.setValue(QStringLiteral("webhook/public_url"), webhookPublicUrl.toString());
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot write the workspace settings to %1.").arg(settingsPath);
        return false;
    }
    return true;
}

QString ProviderSettings::problem() const
{
    if (provider != QLatin1String("twilio"))
        return tr("Unknown provider \"%1\". Textdesk speaks \"twilio\".").arg(provider);
    if (!provider::ProviderCredentials::isAccountSid(accountSid))
        return tr("\"%1\" is not an Account SID: it starts with AC and has 32 hexadecimal digits.")
            .arg(accountSid);
    if (!apiKeySid.isEmpty() && !provider::ProviderCredentials::isApiKeySid(apiKeySid))
        return tr("\"%1\" is not an API key SID: it starts with SK and has 32 hexadecimal digits.")
            .arg(apiKeySid);
    if (!baseUrl.isValid()
        || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http"))
        || baseUrl.host().isEmpty())
        return tr("\"%1\" is not a web address (https://…).").arg(baseUrl.toString());
    if (QString why = insecureUrlProblem(baseUrl, tr("The provider address")); !why.isEmpty())
        return why;
    if (!mediaUploadUrl.isEmpty()) {
        if (QString why = insecureUrlProblem(mediaUploadUrl, tr("The media upload address"));
            !why.isEmpty())
            return why;
    }
    if (!webhookPublicUrl.isEmpty()) {
        if (QString why = insecureUrlProblem(webhookPublicUrl, tr("The webhook public address"));
            !why.isEmpty())
            return why;
    }
    return {};
}

QString ProviderSettings::insecureUrlProblem(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("%1 \"%2\" is not a web address (https://…).").arg(what, url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || QHostAddress(host).isLoopback())
        return {};
    // Basic auth and customers' messages in clear text, readable by anyone on the way.
    return tr("%1 \"%2\" uses plain http. Use https:// (plain http is only accepted for this "
              "computer, such as a simulator).")
        .arg(what, url.toString());
}

provider::ProviderConfig ProviderSettings::providerConfig(const QByteArray &secret) const
{
    provider::ProviderConfig config;
    config.baseUrl = baseUrl;
    config.credentials.accountSid = accountSid;
    config.credentials.apiKeySid = apiKeySid;
    config.credentials.secret = secret;
    config.mediaUploadUrl = mediaUploadUrl;
    return config;
}

} // namespace textdesk
