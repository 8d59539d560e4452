#include "SelfCheck.h"

#include "main/MainWindow.h"
#include "phone/PhoneNumbers.h"
#include "session/ProviderSession.h"
#include "storage/CacheStatistics.h"
#include "storage/MessageStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QFontDatabase>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLibraryInfo>
#include <QSqlDatabase>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTranslator>

#include <cstring>
#include <functional>
#include <optional>

namespace textdesk {

namespace {

constexpr int kProviderWaitMs = 30000;

struct Outcome
{
    bool passed = false;
    QString detail;
    bool required = true;
};

// Processes events until done() holds or the deadline passes.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

bool roundTrips(const QByteArray &format)
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    if (!QImageWriter(&buffer, format).write(image))
        return false;
    buffer.seek(0);
    QImageReader reader(&buffer);
    const QImage back = reader.read();
    return back.size() == image.size();
}

Outcome checkDatabase(const QString &directory)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return { false, SelfCheck::tr("the Qt SQLite driver (sqldrivers/libqsqlite) is missing") };
    auto workspace = Workspace::open(directory);
    if (!workspace)
        return { false, workspace.error().message() };
    auto fts = (*workspace)
                   ->database()
                   .scalar(QStringLiteral(
                       "SELECT count(*) FROM pragma_compile_options WHERE compile_options = "
                       "'ENABLE_FTS5'"));
    auto mode = (*workspace)->database().scalar(QStringLiteral("PRAGMA journal_mode"));
    if (!fts || fts->toInt() != 1)
        return { false, SelfCheck::tr("this SQLite has no full-text search (FTS5)") };
    return { true,
             SelfCheck::tr("journal %1, full-text search on")
                 .arg(mode ? mode->toString() : QStringLiteral("?")) };
}

Outcome checkPhoneNumbers()
{
    const auto parsed
        = PhoneNumbers::toE164(QStringLiteral("(415) 555-0123"), QStringLiteral("US"));
    if (parsed.e164 != QStringLiteral("+14155550123"))
        return { false, SelfCheck::tr("libphonenumber did not parse a US number") };
    return { true, PhoneNumbers::display(parsed.e164, QStringLiteral("DE")) };
}

Outcome checkTls()
{
    if (!QSslSocket::supportsSsl())
        return { false,
                 SelfCheck::tr("no TLS backend: a real provider (HTTPS) cannot be reached") };
    return {
        true, QSslSocket::activeBackend() + QLatin1Char(' ') + QSslSocket::sslLibraryVersionString()
    };
}

Outcome checkImages()
{
    QStringList missing;
    for (const QByteArray &format : { QByteArray("png"), QByteArray("jpeg"), QByteArray("gif") }) {
        const bool readable = QImageReader::supportedImageFormats().contains(format);
        const bool ok = format == "gif" ? readable : readable && roundTrips(format);
        if (!ok)
            missing << QString::fromLatin1(format);
    }
    if (!missing.isEmpty())
        return { false,
                 SelfCheck::tr("cannot decode %1 (imageformats plugins missing)")
                     .arg(missing.join(QStringLiteral(", "))) };
    QStringList optional;
    for (const QByteArray &format : { QByteArray("webp"), QByteArray("heic"), QByteArray("svg") }) {
        if (QImageReader::supportedImageFormats().contains(format))
            optional << QString::fromLatin1(format);
    }
    return { true,
             SelfCheck::tr("PNG, JPEG, GIF%1")
                 .arg(optional.isEmpty()
                          ? QString()
                          : QStringLiteral(", ") + optional.join(QStringLiteral(", "))) };
}

Outcome checkTranslations()
{
    QStringList found;
    for (const QString &language :
         { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr") }) {
        QTranslator translator;
        if (translator.load(QStringLiteral(":/i18n/textdesk_%1.qm").arg(language))
            && !translator.isEmpty())
            found << language;
    }
    if (found.size() != 3)
        return { false,
                 SelfCheck::tr("embedded translations missing (found: %1)")
                     .arg(found.join(QStringLiteral(", "))) };
    QTranslator qtbase;
    const bool standardDialogs = qtbase.load(QStringLiteral("qtbase_de"),
                                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return { true,
             standardDialogs
                 ? SelfCheck::tr("de, es, fr; standard dialogs too")
                 : SelfCheck::tr("de, es, fr; Qt's own (standard dialogs) not found in %1")
                       .arg(QLibraryInfo::path(QLibraryInfo::TranslationsPath)) };
}

Outcome checkFonts()
{
    const QStringList families = QFontDatabase::families();
    if (families.isEmpty())
        return { false, SelfCheck::tr("no fonts installed: the window would show no text"), false };
    return { true, SelfCheck::tr("%n font families", nullptr, int(families.size())), false };
}

} // namespace

bool SelfCheck::isRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "self-check"))
            return true;
    }
    return false;
}

int SelfCheck::run(QApplication &app, QTextStream &out)
{
    int failures = 0;
    const auto report = [&](const QString &name, const Outcome &outcome) {
        const QString mark = outcome.passed ? tr("ok")
            : outcome.required              ? tr("FAILED")
                                            : tr("warning");
        out << mark.leftJustified(8) << name;
        if (!outcome.detail.isEmpty())
            out << ": " << outcome.detail;
        out << Qt::endl;
        if (!outcome.passed && outcome.required)
            ++failures;
    };

    out << tr("Textdesk %1 self-check (Qt %2, platform %3)")
               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                    QGuiApplication::platformName())
        << Qt::endl;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        report(tr("Temporary folder"), { false, dir.errorString() });
        return 1;
    }
    report(tr("SQLite cache"), checkDatabase(dir.filePath(QStringLiteral("db-check"))));
    report(tr("Phone numbers"), checkPhoneNumbers());
    report(tr("TLS"), checkTls());
    report(tr("Images"), checkImages());
    report(tr("Translations"), checkTranslations());
    report(tr("Fonts"), checkFonts());

    // The whole path from provider to screen, against the training provider on loopback.
    auto opened = Workspace::open(dir.filePath(QStringLiteral("training")));
    if (!opened) {
        report(tr("Training workspace"), { false, opened.error().message() });
        return 1;
    }
    std::unique_ptr<Workspace> workspace = std::move(*opened);
    workspace->releaseWriter();
    ProviderSession session(*workspace);
    QString error;
    if (!session.start(&error)) {
        report(tr("Training provider"), { false, error + QLatin1Char(' ') + session.advice() });
        return 1;
    }
    MainWindow window(*workspace);
    window.attachSync(session.worker());
    window.resize(1100, 700);
    window.show();

    auto reader = workspace->openReader();
    const auto count = [&](const QString &sql, const QVariantList &bind = {}) -> qint64 {
        if (!reader)
            return -1;
        auto value = (*reader)->scalar(sql, bind);
        return value ? value->toLongLong() : -1;
    };
    const bool synced
        = waitFor([&] { return count(QStringLiteral("SELECT count(*) FROM messages")) > 0; },
                  kProviderWaitMs);
    report(tr("Sync from the provider (loopback HTTP)"),
           synced
               ? Outcome { true,
                           tr("%n messages", nullptr,
                              int(count(QStringLiteral("SELECT count(*) FROM messages")))) }
               : Outcome { false, tr("nothing arrived within %1 s").arg(kProviderWaitMs / 1000) });

    if (synced) {
        MessageStore messages(**reader);
        const qint64 conversationId = count(
            QStringLiteral("SELECT id FROM conversations ORDER BY last_activity_at DESC LIMIT 1"));
        auto conversation = messages.conversation(conversationId);
        const QString body = tr("Self-check %1").arg(QDateTime::currentMSecsSinceEpoch());
        bool sent = false;
        if (conversation) {
            session.commands().send(conversation->contactE164, conversation->inboxE164, body);
            sent = waitFor(
                [&] {
                    return count(QStringLiteral("SELECT count(*) FROM messages WHERE body = ? AND "
                                                "sid IS NOT NULL AND status IN ('sent', "
                                                "'delivered', 'read')"),
                                 { body })
                        > 0;
                },
                kProviderWaitMs);
        }
        report(tr("Send through the outbox"),
               sent ? Outcome { true, tr("accepted and sent") }
                    : Outcome {
                        false,
                        tr("the message was not sent within %1 s").arg(kProviderWaitMs / 1000) });
    }

    app.processEvents();
    const QImage shot = window.grab().toImage();
    report(tr("Main window"),
           !shot.isNull() && shot.width() > 0
               ? Outcome { true, tr("painted %1×%2").arg(shot.width()).arg(shot.height()) }
               : Outcome { false, tr("could not be painted") });
    window.close();
    session.stop();

    out << (failures == 0 ? tr("All checks passed.") : tr("%n check(s) failed.", nullptr, failures))
        << Qt::endl;
    return failures == 0 ? 0 : 1;
}

} // namespace textdesk
