#include "ContactTransfer.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace textdesk::contacts {

ImportReport ContactTransfer::importFile(Database &db, const QString &path,
                                         std::optional<Format> format, const QString &defaultRegion,
                                         qint64 nowMs, const CsvMapping *mapping)
{
    ImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    const QByteArray bytes = file.readAll();
    const Format f = format.value_or(ContactFiles::guessFormat(path, bytes));
    report.parsed = f == Format::VCard ? ContactFiles::readVCard(bytes, defaultRegion)
                                       : ContactFiles::readCsv(bytes, defaultRegion, mapping);
    if (!report.parsed.ok())
        return report;
    auto outcome = ContactBook::import(
        db, report.parsed.cards, QFileInfo(path).fileName(),
        f == Format::VCard ? QStringLiteral("vcard") : QStringLiteral("csv"), nowMs);
    if (!outcome)
        report.error = outcome.error().message();
    else
        report.outcome = *outcome;
    return report;
}

QString ContactTransfer::exportFile(Database &db, const QString &path, Format format, int version,
                                    int *count)
{
    auto cards = ContactBook::all(db);
    if (!cards)
        return cards.error().message();
    const QByteArray bytes = format == Format::VCard ? ContactFiles::writeVCard(*cards, version)
                                                     : ContactFiles::writeCsv(*cards);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    if (count)
        *count = int(cards->size());
    return {};
}

} // namespace textdesk::contacts
