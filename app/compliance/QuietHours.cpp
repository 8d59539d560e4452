#include "QuietHours.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace textdesk::compliance {

bool QuietHours::allows(qint64 atMs, const QTimeZone &zone) const
{
    const QTime local = QDateTime::fromMSecsSinceEpoch(atMs, zone).time();
    const int minute = local.hour() * 60 + local.minute();
    return minute >= openMinute && minute < closeMinute;
}

qint64 QuietHours::nextAllowed(qint64 atMs, const QTimeZone &zone) const
{
    if (allows(atMs, zone))
        return atMs;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(atMs, zone);
    const QTime open(openMinute / 60, openMinute % 60);
    QDateTime candidate(local.date(), open, zone);
    if (candidate.toMSecsSinceEpoch() <= atMs)
        candidate = QDateTime(local.date().addDays(1), open, zone);
    return candidate.toMSecsSinceEpoch();
}

namespace {

// North American area codes by zone. Debian's libphonenumber has no time-zone mapper, so this
// table stands in; an area code spanning two zones is filed under its most populous one.
const QHash<int, const char *> &areaCodeZones()
{
    static const QHash<int, const char *> table = [] {
        QHash<int, const char *> t;
        const auto add = [&t](const char *zone, std::initializer_list<int> codes) {
            for (int c : codes)
                t.insert(c, zone);
        };
        add("America/New_York",
            { 201, 202, 203, 207, 212, 215, 216, 220, 223, 229, 231, 234, 239, 240, 248, 252, 267,
              269, 272, 276, 301, 302, 304, 305, 313, 315, 321, 326, 330, 332, 336, 339, 340, 347,
              351, 352, 380, 386, 401, 404, 407, 410, 412, 413, 419, 423, 434, 440, 443, 445, 448,
              470, 475, 478, 484, 502, 508, 513, 516, 517, 518, 540, 551, 561, 567, 570, 571, 585,
              586, 603, 607, 609, 610, 614, 616, 631, 640, 646, 656, 667, 678, 680, 681, 689, 703,
              704, 706, 716, 717, 718, 724, 727, 732, 734, 740, 754, 757, 762, 764, 772, 774, 781,
              786, 802, 803, 804, 810, 813, 814, 828, 835, 838, 839, 843, 845, 848, 854, 856, 857,
              859, 860, 862, 863, 864, 865, 878, 904, 908, 910, 912, 914, 917, 919, 929, 934, 937,
              941, 947, 954, 959, 973, 978, 980, 984, 989 });
        add("America/Chicago",
            { 205, 210, 214, 217, 218, 219, 224, 225, 228, 251, 254, 256, 260, 262, 270,
              281, 309, 312, 314, 316, 318, 319, 320, 331, 334, 337, 346, 361, 364, 402,
              405, 409, 414, 417, 430, 432, 456, 463, 469, 479, 501, 504, 507, 512, 515,
              531, 534, 539, 563, 573, 574, 580, 601, 605, 608, 612, 615, 618, 620, 630,
              636, 641, 651, 660, 662, 682, 701, 708, 712, 713, 715, 726, 731, 737, 763,
              765, 769, 773, 779, 785, 806, 812, 815, 816, 817, 830, 832, 847, 850, 870,
              872, 901, 903, 913, 918, 920, 931, 936, 940, 945, 952, 956, 972, 979, 985 });
        add("America/Denver",
            { 303, 307, 385, 406, 435, 505, 575, 719, 720, 801, 915, 970, 983, 986 });
        add("America/Phoenix", { 480, 520, 602, 623, 928 });
        add("America/Los_Angeles",
            { 206, 209, 213, 253, 279, 310, 323, 341, 350, 360, 408, 415, 424, 425, 442, 458, 503,
              509, 510, 530, 541, 559, 562, 564, 619, 626, 628, 650, 657, 661, 669, 702, 707, 714,
              725, 747, 760, 775, 805, 818, 820, 831, 840, 858, 909, 916, 925, 949, 951, 971 });
        add("America/Anchorage", { 907 });
        add("Pacific/Honolulu", { 808 });
        add("America/Puerto_Rico", { 787, 939 });
        add("America/Toronto",
            { 226, 249, 289, 343, 365, 382, 416, 437, 519, 548, 613, 647, 683, 705, 742, 753, 807,
              905, 942 });
        add("America/Montreal", { 263, 354, 367, 418, 438, 450, 468, 514, 579, 581, 819, 873 });
        add("America/Winnipeg", { 204, 431, 584 });
        add("America/Regina", { 306, 474, 639 });
        add("America/Edmonton", { 368, 403, 587, 780, 825 });
        add("America/Vancouver", { 236, 250, 257, 604, 672, 778 });
        add("America/Halifax", { 782, 902 });
        add("America/St_Johns", { 709, 879 });
        add("America/Moncton", { 428, 506 });
        return t;
    }();
    return table;
}

// Countries by calling code where one zone covers (nearly) everyone.
const QHash<QString, const char *> &countryZones()
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("44"), "Europe/London" },
        { QStringLiteral("49"), "Europe/Berlin" },
        { QStringLiteral("43"), "Europe/Vienna" },
        { QStringLiteral("41"), "Europe/Zurich" },
        { QStringLiteral("33"), "Europe/Paris" },
        { QStringLiteral("34"), "Europe/Madrid" },
        { QStringLiteral("39"), "Europe/Rome" },
        { QStringLiteral("31"), "Europe/Amsterdam" },
        { QStringLiteral("32"), "Europe/Brussels" },
        { QStringLiteral("351"), "Europe/Lisbon" },
        { QStringLiteral("353"), "Europe/Dublin" },
        { QStringLiteral("45"), "Europe/Copenhagen" },
        { QStringLiteral("46"), "Europe/Stockholm" },
        { QStringLiteral("47"), "Europe/Oslo" },
        { QStringLiteral("48"), "Europe/Warsaw" },
        { QStringLiteral("52"), "America/Mexico_City" },
        { QStringLiteral("54"), "America/Argentina/Buenos_Aires" },
        { QStringLiteral("56"), "America/Santiago" },
        { QStringLiteral("57"), "America/Bogota" },
        { QStringLiteral("51"), "America/Lima" },
        { QStringLiteral("58"), "America/Caracas" },
        { QStringLiteral("61"), "Australia/Sydney" },
        { QStringLiteral("64"), "Pacific/Auckland" },
    };
    return table;
}

} // namespace

QTimeZone zoneForNumber(const QString &e164)
{
    if (!e164.startsWith(QLatin1Char('+')))
        return {};
    const QString digits = e164.mid(1);
    if (digits.startsWith(QLatin1Char('1')) && digits.size() >= 4) {
        const auto it = areaCodeZones().constFind(digits.mid(1, 3).toInt());
        if (it != areaCodeZones().constEnd())
            return QTimeZone(QByteArray(*it));
        return {};
    }
    for (int length = 3; length >= 2; --length) {
        const auto it = countryZones().constFind(digits.left(length));
        if (it != countryZones().constEnd())
            return QTimeZone(QByteArray(*it));
    }
    return {};
}

QTimeZone zoneForCustomer(const QString &profileZone, const QString &e164, const QString &fallback)
{
    if (!profileZone.trimmed().isEmpty()) {
        const QTimeZone zone(profileZone.trimmed().toUtf8());
        if (zone.isValid())
            return zone;
    }
    if (const QTimeZone zone = zoneForNumber(e164); zone.isValid())
        return zone;
    if (!fallback.isEmpty()) {
        const QTimeZone zone(fallback.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QTimeZone zoneForProfile(const QString &customFieldsJson, const QString &e164,
                         const QString &fallback)
{
    const QJsonObject o = QJsonDocument::fromJson(customFieldsJson.toUtf8()).object();
    QString profileZone;
    for (const char *key : { "time_zone", "timezone", "Time zone", "tz" }) {
        profileZone = o.value(QLatin1String(key)).toString().trimmed();
        if (!profileZone.isEmpty())
            break;
    }
    return zoneForCustomer(profileZone, e164, fallback);
}

} // namespace textdesk::compliance
