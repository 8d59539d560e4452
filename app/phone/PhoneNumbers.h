#pragma once

#include <QCoreApplication>
#include <QString>

namespace textdesk {

// Phone numbers through Google's libphonenumber: what customers type in every format becomes
// one E.164 key, and is shown back the way the agent's region writes it.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::PhoneNumbers)
public:
    struct Parsed
    {
        QString e164; // empty when invalid
        QString error; // why, in words, when invalid
        bool ok() const { return !e164.isEmpty(); }
    };

    // defaultRegion: ISO 3166 code ("US", "DE") used when the input has no +country code.
    static Parsed toE164(const QString &input, const QString &defaultRegion);
    // A carrier short code (3 to 8 digits without a country code, e.g. "72345"), which
    // automation never answers: it is a service, not a person.
    static bool isShortCode(const QString &number);
    // National format for numbers of the user's region, international otherwise.
    static QString display(const QString &e164, const QString &userRegion);
    // The region of the system locale, e.g. "US".
    static QString systemRegion();
    // How the workspace reads numbers typed without +country code: its settings file's
    // [phone] default_region ("DE"), else the system's.
    static QString workspaceRegion(const QString &settingsPath);
    // Loads libphonenumber's metadata (tens of milliseconds, once per process); safe from any
    // thread, so a window can have it done beside its own start-up instead of in it.
    static void load();
};

} // namespace textdesk
