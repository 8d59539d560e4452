#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>

#include <functional>
#include <memory>

namespace textdesk {

// Where the provider secret (Auth Token or API key secret) is kept: the OS keychain through
// QtKeychain when Textdesk is built with it, else nowhere: the token comes from the
// TEXTDESK_AUTH_TOKEN environment variable, or one typed in Settings that passed the connection
// test is used for the session only (SettingsDialog). Asynchronous, because a keychain may ask the
// user to unlock it: every call answers exactly once, through `done`, after it has returned, and
// not at all once the store is destroyed.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // nothing stored under that key
        Unavailable, // no keychain service (e.g. a headless machine): use TEXTDESK_AUTH_TOKEN
        Failed, // the keychain refused (locked, access denied, …)
    };
    struct Result
    {
        Status status = Status::Ok;
        QByteArray secret; // load() only
        QString message; // for a person (translated) when status is not Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void store(const QString &key, const QByteArray &secret, Done done) = 0;
    virtual void load(const QString &key, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;

    // The keychain when built with it, else the environment-variable store; or what
    // setDefaultFactory() makes.
    static std::unique_ptr<SecretStore> createDefault();
    // Test seam (as MessageBox::setNextAnswer in KeePassXC): the store every later
    // createDefault() returns, e.g. one without a keychain; an empty function restores the
    // platform's.
    using Factory = std::function<std::unique_ptr<SecretStore>()>;
    static void setDefaultFactory(Factory factory);
    static bool keychainBuiltIn();
    // The keychain entry of a provider account: one per Account SID (or API key SID).
    static QString keyFor(const QString &sid);
    // The keychain entry of a CardDAV address book's password: one per user and server.
    static QString keyForCardDav(const QString &bookUrl, const QString &user);
    // The keychain entry of a team desktop's database password: one per team store and login
    // (the URL names both, and never holds a password).
    static QString keyForTeam(const QString &teamUrl);
    // What to tell the user when nothing can be stored.
    static QString environmentHint();
};

// No keychain: load() answers TEXTDESK_AUTH_TOKEN, store() and remove() say why they cannot.
class EnvironmentSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void store(const QString &key, const QByteArray &secret, Done done) override;
    void load(const QString &key, Done done) override;
    void remove(const QString &key, Done done) override;

protected:
    // Answers on the next event loop pass, as a keychain would.
    void answer(Done done, Result result);
};

} // namespace textdesk
