// The team database's address (app/team/TeamAddress: a URL an administrator types, or one from a
// configuration file) and the replica's stored feed cursor (TeamFeed's FeedCursor::fromString).
// Any text: an address or an error in words, never a crash; an address never keeps a password,
// and written back it reads again to the same address; a cursor read back writes the same text.
#include "FuzzTarget.h"
#include "team/TeamAddress.h"
#include "team/TeamFeed.h"

TEXTDESK_FUZZ_TARGET(team_address)
{
    using namespace textdesk::team;
    const QString text
        = QString::fromUtf8(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    auto address = TeamAddress::parse(text);
    if (!address) {
        TEXTDESK_FUZZ_CHECK(!address.error().message().isEmpty());
    } else {
        TEXTDESK_FUZZ_CHECK(!address->database.isEmpty());
        TEXTDESK_FUZZ_CHECK(address->port > 0 && address->port <= 65535);
        auto again = TeamAddress::parse(address->toString());
        TEXTDESK_FUZZ_CHECK(bool(again));
        TEXTDESK_FUZZ_CHECK(again->host == address->host && again->port == address->port
                            && again->database == address->database && again->user == address->user
                            && again->sslMode == address->sslMode
                            && again->sslRootCert == address->sslRootCert);
    }
    const FeedCursor cursor = FeedCursor::fromString(text);
    TEXTDESK_FUZZ_CHECK(FeedCursor::fromString(cursor.toString()) == cursor);
    return 0;
}
