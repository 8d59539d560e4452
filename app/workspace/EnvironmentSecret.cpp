#include "EnvironmentSecret.h"

#include <QtCore/QMutex>
#include <QtCore/QtGlobal>

namespace textdesk::EnvironmentSecret {

namespace {

struct Taken
{
    QMutex mutex;
    QByteArray authToken;
    QByteArray webhookToken;
};

Taken &taken()
{
    static Taken instance;
    return instance;
}

// Under the mutex: the environment's value, if any, moves into `kept`.
QByteArray take(const char *name, QByteArray &kept)
{
    if (qEnvironmentVariableIsSet(name)) {
        kept = qgetenv(name);
        qunsetenv(name);
    }
    return kept;
}

} // namespace

void takeAll()
{
    authToken();
    webhookToken();
}

QByteArray authToken()
{
    Taken &t = taken();
    QMutexLocker lock(&t.mutex);
    return take("TEXTDESK_AUTH_TOKEN", t.authToken);
}

QByteArray webhookToken()
{
    Taken &t = taken();
    QMutexLocker lock(&t.mutex);
    return take("TEXTDESK_WEBHOOK_AUTH_TOKEN", t.webhookToken);
}

void forget()
{
    Taken &t = taken();
    QMutexLocker lock(&t.mutex);
    t.authToken.clear();
    t.webhookToken.clear();
}

} // namespace textdesk::EnvironmentSecret
