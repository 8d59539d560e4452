#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

// What the simulator's customers say and send. Pure data and rules: no HTTP, no store, no
// timers. The server (sim/) asks a Scenario what to seed and how customers react, and owns
// everything else. Deterministic for a given seed.
namespace textdesk::sim {

enum class MediaKind { Photo, Screenshot, Video, Pdf, CorruptImage };

struct MediaAsset
{
    QString contentType; // e.g. "image/jpeg"
    QByteArray bytes;
};

// Real bytes for a media kind: a JPEG photo, a PNG screenshot, a short video, a PDF. The same
// (kind, seed) always gives the same bytes.
MediaAsset makeMedia(MediaKind kind, quint32 seed);

// One message of a seeded history. `inbound` is customer → us.
struct SeedMessage
{
    bool inbound = true;
    QString customer; // E.164
    QString ourNumber; // E.164, one of Scenario::ourNumbers()
    QString body;
    QList<MediaKind> media;
    QDateTime at; // UTC
    QString status; // final provider status: received, delivered, undelivered, failed, read
    int errorCode = 0; // 3000x for undelivered/failed
};

// A message a customer will send us, `delayMs` after the moment it was decided.
struct ScriptedInbound
{
    QString customer;
    QString ourNumber;
    QString body;
    QList<MediaKind> media;
    int delayMs = 0;
};

class Scenario
{
public:
    virtual ~Scenario() = default;

    // Our sender numbers (the account's IncomingPhoneNumbers), E.164.
    virtual QStringList ourNumbers() const = 0;

    // A label for one of ourNumbers() (IncomingPhoneNumbers' friendly_name), e.g. "Support";
    // empty when the scenario has none.
    virtual QString friendlyName(const QString &ourNumber) const
    {
        Q_UNUSED(ourNumber)
        return {};
    }

    // The history that exists when the simulator starts, oldest first, all before `now`.
    virtual QList<SeedMessage> history(const QDateTime &now) const = 0;

    // An agent sent `body` to `customer` from `ourNumber`: what the customer answers, if anything.
    virtual QList<ScriptedInbound> reactTo(const QString &customer, const QString &ourNumber,
                                           const QString &body)
        = 0;

    // Called every few seconds while the simulator runs: messages customers start on their own.
    virtual QList<ScriptedInbound> tick(const QDateTime &now) = 0;
};

// "demo" (a few dozen customers with histories, some still writing in) or "empty" (one sender
// number, nobody writing). Returns nullptr for an unknown name.
std::unique_ptr<Scenario> makeScenario(const QString &name, quint32 seed);

QStringList scenarioNames();

} // namespace textdesk::sim
