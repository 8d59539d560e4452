#pragma once

#include "ProviderSettings.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace textdesk {

// What the IT department sets for every user of a computer, in a file users cannot change:
//   Linux    /etc/textdesk/textdesk.ini
//   Windows  %ProgramData%\Textdesk\textdesk.ini
//   macOS    /Library/Application Support/Textdesk/textdesk.ini
// TEXTDESK_MACHINE_CONFIG names another file (staging, tests) that lies beneath it: it fills
// in what the computer's file leaves unset, and is used alone where there is none, but never
// lifts what the administrator set (training=false stays false).
//
//   [provider]  base_url=https://api.twilio.com  account_sid=AC…  api_key_sid=SK…
//               numbers=+14155550100, +13125550100   (this desk's share of the account)
//   [media]     upload_url=https://files.example.com/textdesk
//   [network]   proxy=http://proxy.example.com:3128   (http or socks5; empty: the system's)
//   [app]       language=de   training=false
//
// A provider here is the preset of every new workspace: the agent only enters the secret.
// The file is optional; a value that cannot be used is reported (problems) and ignored.
struct MachineConfig
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::MachineConfig)
public:
    QString path;
    bool found = false;
    ProviderSettings provider; // accountSid empty: no preset
    QUrl proxy;
    QString language;
    // [provider] numbers=+1415…, +1312…: the account's numbers this computer's desk works (the
    // inbox shows their conversations only); empty: all of them.
    QStringList numbers;
    bool trainingAllowed = true;
    QStringList problems; // in words, naming the file and the key

    // The computer's file, where the administrator puts it.
    static QString systemPath();
    // TEXTDESK_MACHINE_CONFIG, or empty.
    static QString overridePath();
    // The computer's file with TEXTDESK_MACHINE_CONFIG's beneath it.
    static MachineConfig load();
    // One file as it is.
    static MachineConfig load(const QString &path);
    // `system` with `override` beneath it (see above).
    static MachineConfig layered(const QString &system, const QString &override);

    bool presetsProvider() const { return !provider.accountSid.isEmpty(); }
    // Sets the application-wide proxy when one is given.
    void applyProxy() const;
};

} // namespace textdesk
