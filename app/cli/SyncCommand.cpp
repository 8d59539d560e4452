// `textdesk sync`: the engine the app runs (engine::SyncEngine), driven from the command line.
#include "CommandLine.h"
#include "Configured.h"
#include "ProgressLine.h"
#include "engine/History.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace textdesk {

namespace {

// `sync --once`: waits until the outbox has nothing left to send, at most `seconds`; false (and
// a sentence) if something is still waiting.
bool drainOutbox(sync::OutboxSender &sender, int seconds, QTextStream &err)
{
    auto open = sender.outbox().openCount();
    if (open && *open > 0) {
        QEventLoop loop;
        QObject::connect(&sender, &sync::OutboxSender::openCountChanged, &loop, [&loop](int count) {
            if (count == 0)
                loop.quit();
        });
        QTimer::singleShot(std::max(1, seconds) * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        open = sender.outbox().openCount();
    }
    if (!open) {
        err << CommandLine::tr("textdesk: %1").arg(open.error().message()) << Qt::endl;
        return false;
    }
    if (*open > 0) {
        err << CommandLine::tr("textdesk: %Ln message(s) still waiting in the outbox; they go out "
                               "with the next send or sync, once.",
                               nullptr, *open)
            << Qt::endl;
        return false;
    }
    return true;
}

// `sync --once`: waits until the attachments of the messages pulled are downloaded, at most
// `seconds`, through the pauses before a failed download is tried again; false (and a sentence)
// if some are still missing. An attachment the provider refuses for good (too large, gone) is
// not waited for: the thread shows why.
bool drainMedia(sync::MediaFetcher &media, Database &db, int seconds, QTextStream &err)
{
    const auto missing = [&db] {
        return db.scalar(QStringLiteral(
            "SELECT count(*) FROM media WHERE download_state IN ('pending', 'downloading')"));
    };
    const qint64 limitMs = std::max(1, seconds) * 1000LL;
    QElapsedTimer clock;
    clock.start();
    auto left = missing();
    // Busy: listing a message's attachments (their rows do not exist yet), or downloading.
    while (left && (left->toInt() > 0 || media.isBusy()) && clock.elapsed() < limitMs) {
        QEventLoop loop;
        QObject::connect(&media, &sync::MediaFetcher::idle, &loop, &QEventLoop::quit);
        QObject::connect(&media, &sync::MediaFetcher::mediaChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(limitMs - clock.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
        left = missing();
    }
    if (!left) {
        err << CommandLine::tr("textdesk: %1").arg(left.error().message()) << Qt::endl;
        return false;
    }
    if (left->toInt() > 0) {
        err << CommandLine::tr("textdesk: %Ln attachment(s) not downloaded yet; the next sync "
                               "goes on with them.",
                               nullptr, left->toInt())
            << Qt::endl;
        return false;
    }
    return true;
}

// "History cached since 2026-09-08." / "All history is cached."
QString historyLine(Database &db)
{
    const QString from = engine::History::cachedFrom(db);
    if (from.isEmpty())
        return {};
    if (from == QLatin1String("all"))
        return CommandLine::tr("All of the provider's history is cached.");
    return CommandLine::tr("History is cached from %1 on; older messages: sync --history-days N "
                           "or all.")
        .arg(from);
}

} // namespace

int CommandLine::sync(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Bring the workspace's cache up to date with the provider. The secret is "
           "read from TEXTDESK_AUTH_TOKEN."));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace folder."),
                                       tr("DIR"), Workspace::defaultLocation());
    QCommandLineOption onceOption(
        QStringLiteral("once"),
        tr("One pass, the outbox sent and the attachments downloaded, then exit (0 when all "
           "three converged)."));
    QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                      tr("Messages per request (1–1000)."), tr("N"),
                                      QStringLiteral("1000"));
    QCommandLineOption waitOption(QStringLiteral("wait"),
                                  tr("With --once: seconds to wait for the outbox, and again for "
                                     "the attachments (default 60)."),
                                  tr("SECONDS"), QStringLiteral("60"));
    QCommandLineOption historyOption(
        QStringLiteral("history-days"),
        tr("How far back history is cached: a number of days, or \"all\" (default: [sync] "
           "history_days in workspace.ini, else 90). A longer one than before fetches the older "
           "messages once."),
        tr("N|all"));
    parser.addOptions({ workspaceOption, onceOption, pageSizeOption, waitOption, historyOption });
    parser.addPositionalArgument(QStringLiteral("sync"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    std::optional<qint64> horizon;
    if (parser.isSet(historyOption)) {
        horizon = engine::History::parseDays(parser.value(historyOption));
        if (!horizon) {
            err << tr("textdesk: --history-days takes a number of days (1 or more) or \"all\", "
                      "not \"%1\".")
                       .arg(parser.value(historyOption))
                << Qt::endl;
            return Usage;
        }
    }
    cli::Configured configured;
    if (const int exit = cli::openConfigured(parser.value(workspaceOption), configured, err);
        exit != Ok) {
        return exit;
    }
    Workspace &workspace = *configured.workspace;
    const bool once = parser.isSet(onceOption);
    engine::EngineSettings settings = configured.engineSettings();
    settings.pull.pageSize = std::clamp(parser.value(pageSizeOption).toInt(), 1, 1000);
    if (horizon)
        settings.pull.horizonMs = *horizon;
    settings.pullOnTimer = !once; // --once: one pass, then the outbox and media are waited for
    engine::SyncEngine engine(settings);
    if (Status opened = engine.open(&workspace.database()); !opened) {
        err << tr("textdesk: %1").arg(opened.error().message()) << Qt::endl;
        return Failed;
    }
    const QLocale locale;
    cli::ProgressLine progress(err, cli::ProgressLine::stderrIsTerminal(), engine.clock());
    int mediaDone = 0;
    int mediaTotal = 0;
    const auto attachments = [&] {
        return tr("attachments: %1 of %2")
            .arg(locale.toString(mediaDone), locale.toString(mediaTotal));
    };
    if (!engine.media()) {
        err << tr("textdesk: the workspace has no media folder.") << Qt::endl;
        return Failed;
    }
    QObject::connect(engine.media(), &sync::MediaFetcher::progress, &engine,
                     [&](int done, int total) {
                         mediaDone = done;
                         mediaTotal = total;
                         if (total > 0)
                             progress.update(attachments());
                     });
    QObject::connect(
        &engine, &engine::SyncEngine::progressed, &engine, [&](const sync::PullProgress &p) {
            if (p.estimatedRemaining > 0) {
                progress.update(
                    tr("page %1: %2 messages, about %3 to go")
                        .arg(p.pages)
                        .arg(locale.toString(p.messages), locale.toString(p.estimatedRemaining)),
                    true);
            } else {
                progress.update(
                    tr("page %1: %2 messages").arg(p.pages).arg(locale.toString(p.messages)), true);
            }
        });
    QObject::connect(&engine, &engine::SyncEngine::passFinished, &engine, [&] {
        sync::PullSync &pull = *engine.pull();
        progress.breakLine();
        if (pull.result() == sync::PullSync::Result::Converged) {
            out << tr("Synced: %1 new messages, %2 read.")
                       .arg(locale.toString(pull.progress().inserted),
                            locale.toString(pull.progress().messages))
                << Qt::endl;
        } else {
            err << tr("textdesk: %1").arg(pull.errorMessage()) << Qt::endl;
        }
    });
    if (!once) {
        // Runs until stopped, on the engine's adaptive timer (as the app does).
        engine.start();
        QEventLoop running;
        return running.exec() == 0 ? Ok : Failed;
    }
    QEventLoop pass;
    QObject::connect(&engine, &engine::SyncEngine::passFinished, &pass, &QEventLoop::quit);
    engine.start();
    if (engine.pull()->isRunning())
        pass.exec();
    const int wait = parser.value(waitOption).toInt();
    const bool converged = engine.pull()->result() == sync::PullSync::Result::Converged
        && drainOutbox(*engine.outbox(), wait, err)
        && drainMedia(*engine.media(), workspace.database(), wait, err);
    if (mediaTotal > 0)
        progress.finish(attachments());
    if (const QString history = historyLine(workspace.database()); !history.isEmpty())
        out << history << Qt::endl;
    engine.stop();
    return converged ? Ok : Failed;
}

} // namespace textdesk
