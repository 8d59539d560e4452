#include "SecretStore.h"

#include "workspace/EnvironmentSecret.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

#ifdef TEXTDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace textdesk {

namespace {
Q_LOGGING_CATEGORY(lcSecrets, "textdesk.secrets")

SecretStore::Factory &defaultFactory()
{
    static SecretStore::Factory factory;
    return factory;
}
} // namespace

void SecretStore::setDefaultFactory(Factory factory)
{
    defaultFactory() = std::move(factory);
}

QString SecretStore::keyFor(const QString &sid)
{
    return QStringLiteral("provider/") + sid;
}

QString SecretStore::keyForCardDav(const QString &bookUrl, const QString &user)
{
    const QUrl url(bookUrl);
    return QStringLiteral("carddav/%1@%2")
        .arg(user, url.adjusted(QUrl::RemoveUserInfo).authority());
}

QString SecretStore::keyForTeam(const QString &teamUrl)
{
    return QStringLiteral("team/") + teamUrl;
}

QString SecretStore::environmentHint()
{
    return QCoreApplication::translate(
        "textdesk::SecretStore",
        "No keychain service is running, so Textdesk cannot remember the token. A token that "
        "passes Test connection is used until Textdesk closes; to have it at every start, start "
        "Textdesk with the token in the TEXTDESK_AUTH_TOKEN environment variable.");
}

void EnvironmentSecretStore::answer(Done done, Result result)
{
    QTimer::singleShot(0, this,
                       [done = std::move(done), result = std::move(result)] { done(result); });
}

void EnvironmentSecretStore::store(const QString &, const QByteArray &, Done done)
{
    answer(std::move(done), { Status::Unavailable, {}, environmentHint() });
}

void EnvironmentSecretStore::load(const QString &, Done done)
{
    const QByteArray token = EnvironmentSecret::authToken();
    if (token.isEmpty())
        answer(std::move(done), { Status::NotFound, {}, environmentHint() });
    else
        answer(std::move(done), { Status::Ok, token, {} });
}

void EnvironmentSecretStore::remove(const QString &, Done done)
{
    // Nothing was stored, so nothing is left behind.
    answer(std::move(done), { Status::Ok, {}, {} });
}

#ifdef TEXTDESK_HAVE_QTKEYCHAIN
namespace {

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager). When
// the platform has none running, load() still answers TEXTDESK_AUTH_TOKEN, so a headless
// machine works as it did before the keychain.
class KeychainSecretStore final : public EnvironmentSecretStore
{
public:
    using EnvironmentSecretStore::EnvironmentSecretStore;

    void store(const QString &key, const QByteArray &secret, Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(service(), this);
        job->setKey(key);
        job->setBinaryData(secret);
        run(job, std::move(done));
    }
    void load(const QString &key, Done done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(service(), this);
        job->setKey(key);
        run(job, std::move(done));
    }
    void remove(const QString &key, Done done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(service(), this);
        job->setKey(key);
        run(job, std::move(done));
    }

private:
    static QString service() { return QStringLiteral("Textdesk"); }

    void run(QKeychain::Job *job, Done done)
    {
        // Never the insecure fallback: a token in a plain file is what the keychain avoids.
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this,
                [this, done](QKeychain::Job *finished) { finish(finished, done); });
        job->start();
    }

    void finish(QKeychain::Job *job, const Done &done)
    {
        Result result;
        switch (job->error()) {
        case QKeychain::NoError:
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                result.secret = read->binaryData();
            break;
        case QKeychain::EntryNotFound:
            if (qobject_cast<QKeychain::DeletePasswordJob *>(job))
                break; // already gone is what remove() wanted
            result.status = Status::NotFound;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            result.status = Status::Unavailable;
            result.message = environmentHint();
            break;
        case QKeychain::OtherError:
            // What a missing or unreachable service looks like on Linux (no D-Bus session,
            // no Secret Service): the same advice as no keychain at all.
            result.status = Status::Unavailable;
            result.message = QCoreApplication::translate(
                                 "textdesk::SecretStore",
                                 "The keychain cannot be reached (%1), so Textdesk cannot "
                                 "remember the token. A token that passes Test connection is "
                                 "used until Textdesk closes; to have it at every start, start "
                                 "Textdesk with the token in the TEXTDESK_AUTH_TOKEN "
                                 "environment variable.")
                                 .arg(job->errorString());
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
        case QKeychain::CouldNotDeleteEntry:
            result.status = Status::Failed;
            result.message
                = QCoreApplication::translate("textdesk::SecretStore", "The keychain refused: %1")
                      .arg(job->errorString());
            break;
        }
        if (result.status != Status::Ok)
            qCInfo(lcSecrets) << "keychain:" << job->error() << job->errorString();
        if (!result.ok() && qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
            // The environment still counts when the keychain has nothing to give.
            if (const QByteArray token = EnvironmentSecret::authToken(); !token.isEmpty())
                result = { Status::Ok, token, {} };
        }
        done(result);
    }
};

} // namespace
#endif

bool SecretStore::keychainBuiltIn()
{
#ifdef TEXTDESK_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

std::unique_ptr<SecretStore> SecretStore::createDefault()
{
    if (const Factory &factory = defaultFactory())
        return factory();
#ifdef TEXTDESK_HAVE_QTKEYCHAIN
    return std::make_unique<KeychainSecretStore>();
#else
    return std::make_unique<EnvironmentSecretStore>();
#endif
}

} // namespace textdesk
