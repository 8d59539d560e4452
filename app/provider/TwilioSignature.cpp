#include "TwilioSignature.h"

#include <QtCore/QMessageAuthenticationCode>

#include <algorithm>

namespace textdesk::provider {

QByteArray twilioSignature(const QByteArray &authToken, const QString &url,
                           const FormFields &params)
{
    FormFields sorted = params;
    std::sort(sorted.begin(), sorted.end());
    QMessageAuthenticationCode mac(QCryptographicHash::Sha1, authToken);
    mac.addData(url.toUtf8());
    for (const auto &[name, value] : sorted) {
        mac.addData(name.toUtf8());
        mac.addData(value.toUtf8());
    }
    return mac.result().toBase64();
}

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

int defaultPort(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

} // namespace

bool verifyTwilioSignature(const QByteArray &authToken, const QUrl &url, const FormFields &params,
                           const QByteArray &signature)
{
    QUrl withPort = url;
    QUrl withoutPort = url;
    if (url.port() == -1)
        withPort.setPort(defaultPort(url));
    else if (url.port() == defaultPort(url))
        withoutPort.setPort(-1);
    bool match = false;
    // Both forms are always computed so the time taken does not depend on which one matched.
    for (const QUrl &candidate : { withoutPort, withPort }) {
        const QByteArray expected
            = twilioSignature(authToken, candidate.toString(QUrl::FullyEncoded), params);
        match |= constantTimeEquals(expected, signature);
    }
    return match;
}

} // namespace textdesk::provider
