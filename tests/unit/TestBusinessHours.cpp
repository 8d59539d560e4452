// Business hours per sending number: wall-clock shifts in the number's zone across the DST
// changes of America/Chicago and Europe/Berlin, a shift past midnight, split shifts, holidays
// (one-off and yearly), the next opening, and the JSON form with its errors in words.
#include "automation/BusinessHours.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

using namespace textdesk::automation;

namespace {

const QTimeZone kChicago("America/Chicago");
const QTimeZone kBerlin("Europe/Berlin");

qint64 at(const QTimeZone &zone, int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), zone).toMSecsSinceEpoch();
}

// Mon–Fri 09:00–17:00.
BusinessHours office(const QTimeZone &zone)
{
    BusinessHours h;
    h.zone = zone;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        h.shifts.append({ day, 9 * 60, 17 * 60 });
    return h;
}

BusinessHours parse(const char *json, QString *error = nullptr)
{
    QString ignored;
    const auto hours
        = BusinessHours::fromJson(QJsonDocument::fromJson(json).object(), error ? error : &ignored);
    return hours.value_or(BusinessHours {});
}

} // namespace

class TestBusinessHours : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wallClockHoursAcrossChicagoDst()
    {
        const BusinessHours h = office(kChicago);
        // Friday before the spring change (CST, UTC-6) and Monday after it (CDT, UTC-5): 09:00
        // local opens both days, although the UTC instants differ by an hour.
        QVERIFY(!h.isOpen(at(kChicago, 2026, 3, 6, 8, 59)));
        QVERIFY(h.isOpen(at(kChicago, 2026, 3, 6, 9, 0)));
        QVERIFY(!h.isOpen(at(kChicago, 2026, 3, 9, 8, 59)));
        QVERIFY(h.isOpen(at(kChicago, 2026, 3, 9, 9, 0)));
        QVERIFY(h.isOpen(at(kChicago, 2026, 3, 9, 16, 59)));
        QVERIFY(!h.isOpen(at(kChicago, 2026, 3, 9, 17, 0)));
        // Closed over the weekend of the change; the next opening is Monday 09:00 CDT = 14:00 UTC.
        const qint64 saturday = at(kChicago, 2026, 3, 7, 12);
        QVERIFY(!h.isOpen(saturday));
        QCOMPARE(h.nextOpening(saturday).value_or(-1),
                 QDateTime(QDate(2026, 3, 9), QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        // In autumn: the Monday after the change (1 Nov 2026) opens at 09:00 CST = 15:00 UTC.
        QCOMPARE(h.nextOpening(at(kChicago, 2026, 10, 31, 12)).value_or(-1),
                 QDateTime(QDate(2026, 11, 2), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void shiftAcrossBerlinSpringChange()
    {
        // A night shift Sat 22:00–06:00 over the night the clocks go from 02:00 to 03:00
        // (29 March 2026): 7 hours long, not 8, ending at 06:00 local time all the same.
        BusinessHours h;
        h.zone = kBerlin;
        h.shifts.append({ Qt::Saturday, 22 * 60, 6 * 60 });
        const qint64 start = at(kBerlin, 2026, 3, 28, 22);
        const qint64 end = at(kBerlin, 2026, 3, 29, 6);
        QCOMPARE(end - start, qint64(7) * 3600'000);
        QVERIFY(!h.isOpen(start - 1));
        QVERIFY(h.isOpen(start));
        QVERIFY(h.isOpen(at(kBerlin, 2026, 3, 29, 4)));
        QVERIFY(h.isOpen(end - 1));
        QVERIFY(!h.isOpen(end));
        // A boundary inside the skipped hour (02:30) moves on by the hour: 03:30 CEST.
        BusinessHours gap;
        gap.zone = kBerlin;
        gap.shifts.append({ Qt::Sunday, 2 * 60 + 30, 5 * 60 });
        QCOMPARE(gap.nextOpening(at(kBerlin, 2026, 3, 29, 1)).value_or(-1),
                 at(kBerlin, 2026, 3, 29, 3, 30));
        // Autumn (25 October 2026): the same 22:00–06:00 lasts 9 hours.
        QVERIFY(h.isOpen(at(kBerlin, 2026, 10, 25, 5, 59)));
        QCOMPARE(at(kBerlin, 2026, 10, 25, 6) - at(kBerlin, 2026, 10, 24, 22),
                 qint64(9) * 3600'000);
    }

    void pastMidnightAndSplitShifts()
    {
        BusinessHours h;
        h.zone = kChicago;
        // Friday split: 08:00–12:00 and 13:00–17:00, then a late shift 22:00–02:00.
        h.shifts = { { Qt::Friday, 8 * 60, 12 * 60 },
                     { Qt::Friday, 13 * 60, 17 * 60 },
                     { Qt::Friday, 22 * 60, 2 * 60 } };
        QVERIFY(h.isOpen(at(kChicago, 2026, 6, 5, 11, 59)));
        QVERIFY(!h.isOpen(at(kChicago, 2026, 6, 5, 12, 30)));
        QCOMPARE(h.nextOpening(at(kChicago, 2026, 6, 5, 12, 30)).value_or(-1),
                 at(kChicago, 2026, 6, 5, 13));
        QVERIFY(!h.isOpen(at(kChicago, 2026, 6, 5, 21, 59)));
        QVERIFY(h.isOpen(at(kChicago, 2026, 6, 5, 23)));
        // Saturday 01:30 belongs to Friday's shift; 02:00 is closed until next Friday 08:00.
        QVERIFY(h.isOpen(at(kChicago, 2026, 6, 6, 1, 30)));
        QVERIFY(!h.isOpen(at(kChicago, 2026, 6, 6, 2, 0)));
        QCOMPARE(h.nextOpening(at(kChicago, 2026, 6, 6, 2, 0)).value_or(-1),
                 at(kChicago, 2026, 6, 12, 8));
        // Thursday late evening: the shift that started Friday is not yet open.
        QVERIFY(!h.isOpen(at(kChicago, 2026, 6, 4, 23)));
    }

    void holidays()
    {
        BusinessHours h = office(kBerlin);
        h.holidays = { { QDate(2026, 12, 25), true }, { QDate(2026, 12, 28), false } };
        // Christmas Friday closed; the one-off Monday closed; Tuesday opens.
        QVERIFY(!h.isOpen(at(kBerlin, 2026, 12, 25, 10)));
        QVERIFY(!h.isOpen(at(kBerlin, 2026, 12, 28, 10)));
        QCOMPARE(h.nextOpening(at(kBerlin, 2026, 12, 24, 18)).value_or(-1),
                 at(kBerlin, 2026, 12, 29, 9));
        // Yearly: Christmas 2027 (a Saturday anyway) and 2030 (a Wednesday) are closed; the
        // one-off date does not repeat (28 December 2027 is a Tuesday, open).
        QVERIFY(!h.isOpen(at(kBerlin, 2030, 12, 25, 10)));
        QVERIFY(h.isOpen(at(kBerlin, 2030, 12, 24, 10)));
        QVERIFY(h.isOpen(at(kBerlin, 2027, 12, 28, 10)));
        // A holiday closes the shifts that start on it, not the tail of the day before's.
        BusinessHours night;
        night.zone = kBerlin;
        night.shifts = { { Qt::Thursday, 22 * 60, 2 * 60 }, { Qt::Friday, 22 * 60, 2 * 60 } };
        night.holidays = { { QDate(2026, 12, 25), false } };
        QVERIFY(night.isOpen(at(kBerlin, 2026, 12, 25, 1)));
        QVERIFY(!night.isOpen(at(kBerlin, 2026, 12, 25, 23)));
    }

    void neverOpen()
    {
        BusinessHours h;
        h.zone = kBerlin;
        QVERIFY(!h.isOpen(at(kBerlin, 2026, 6, 1, 10)));
        QVERIFY(!h.nextOpening(at(kBerlin, 2026, 6, 1, 10)).has_value());
    }

    void jsonRoundTripAndErrors()
    {
        QString error;
        const BusinessHours h = parse(R"({"time_zone": "America/Chicago",
            "shifts": [{"days": ["mon", "Tuesday"], "from": "9:00", "to": "17:30"},
                       {"days": ["fri"], "from": "22:00", "to": "02:00"}],
            "holidays": [{"date": "2026-07-04", "yearly": true}]})",
                                      &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(h.zone, kChicago);
        QCOMPARE(h.shifts.size(), 3);
        QCOMPARE(h.shifts.at(1), (Shift { Qt::Tuesday, 9 * 60, 17 * 60 + 30 }));
        QCOMPARE(h.shifts.at(2), (Shift { Qt::Friday, 22 * 60, 2 * 60 }));
        QVERIFY(h.holidays.at(0).yearly);
        QString again;
        const auto back = BusinessHours::fromJson(h.toJson(), &again);
        QVERIFY(back);
        QCOMPARE(back->shifts, h.shifts);
        QCOMPARE(back->holidays, h.holidays);

        parse(R"({"time_zone": "Mars/Olympus", "shifts": []})", &error);
        QVERIFY(error.contains(QLatin1String("Mars/Olympus")));
        QVERIFY(error.contains(QLatin1String("time zone")));
        parse(
            R"({"time_zone": "Europe/Berlin", "shifts": [{"days": ["mon"], "from": "9", "to": "25:00"}]})",
            &error);
        QVERIFY(error.contains(QLatin1String("Shift 1")));
        parse(
            R"({"time_zone": "Europe/Berlin", "shifts": [{"days": ["funday"], "from": "09:00", "to": "17:00"}]})",
            &error);
        QVERIFY(error.contains(QLatin1String("funday")));
        parse(R"({"time_zone": "Europe/Berlin", "holidays": [{"date": "25.12.2026"}]})", &error);
        QVERIFY(error.contains(QLatin1String("Holiday 1")));
    }
};

QTEST_GUILESS_MAIN(TestBusinessHours)
#include "TestBusinessHours.moc"
