#pragma once

#include <QString>

// How a provider splits an SMS body into billed segments (GSM-7 or UCS-2), and Twilio's "smart
// encoding" of look-alike characters. Pure functions: the composer calls them per keystroke.
namespace textdesk::sms {

enum class Encoding { Gsm7, Ucs2 };

struct SegmentInfo
{
    Encoding encoding = Encoding::Gsm7;
    int segments = 0; // 0 for an empty body
    int units = 0; // septets (GSM-7) or UTF-16 code units (UCS-2) in the whole body
    // How many more units fit before another segment is needed (160 for an empty body).
    int unitsLeftInSegment = 0;
    QString nonGsmCharacter; // the first character that forced UCS-2 (empty for GSM-7)
};

SegmentInfo analyse(const QString &body);

// Smart encoding: replaces look-alikes (curly quotes → " ', en/em dash → -, ellipsis → ...,
// Unicode spaces → space, zero-width characters removed, fullwidth ASCII → ASCII).
QString smartEncode(const QString &body);

// Characters in body that smartEncode would replace (for the composer's "replace look-alikes"
// offer). True exactly when smartEncode(body) != body.
bool hasLookAlikes(const QString &body);

} // namespace textdesk::sms
