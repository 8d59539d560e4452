// Renders the documentation screenshots of the main window: the training workspace as a new
// user sees it (the in-process simulator, a first sync, a conversation with a picture open), in
// a light and a dark palette. Offscreen, so it runs headless:
//   ./dev.sh screenshots [--language de] [--out docs/screenshots]
#include "composer/Composer.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPanel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "session/ProviderSession.h"
#include "sync/SyncWorker.h"
#include "thread/ConversationPane.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace textdesk;

namespace {

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7a, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7a, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

// The conversation the screenshot shows: one with a picture, if the scenario has one.
qint64 pickConversation(InboxModel *model)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(InboxModel::PreviewRole).toString().contains(QLatin1String("pic")))
            return index.data(InboxModel::ConversationIdRole).toLongLong();
    }
    return model->rowCount() > 2
        ? model->index(2, 0).data(InboxModel::ConversationIdRole).toLongLong()
        : 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskScreenshots"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                           QStringLiteral("DIR"), QStringLiteral("docs/screenshots"));
    QCommandLineOption language(QStringLiteral("language"),
                                QStringLiteral("UI language, e.g. de (default: English)."),
                                QStringLiteral("CODE"), QStringLiteral("en"));
    parser.addOption(out);
    parser.addOption(language);
    parser.process(app);
    QTextStream err(stderr);

    const QLocale locale(parser.value(language));
    QLocale::setDefault(locale);
    installTranslators(app, locale);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    QApplication::setFont(font);
    QSettings().clear();

    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("training")));
    if (!workspace) {
        err << workspace.error().message() << '\n';
        return 1;
    }
    {
        QSettings ini((*workspace)->settingsPath(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("agent/name"), QStringLiteral("Alex"));
    }
    (*workspace)->releaseWriter();
    ProviderSession session(**workspace);
    QString error;
    if (!session.start(&error)) {
        err << error << '\n';
        return 1;
    }
    bool synced = false;
    int mediaLeft = -1;
    QObject::connect(session.worker(), &sync::SyncWorker::synced, &app, [&] { synced = true; });
    QObject::connect(session.worker(), &sync::SyncWorker::mediaProgress, &app,
                     [&](int done, int total) { mediaLeft = total - done; });

    const QString suffix = parser.value(language) == QLatin1String("en")
        ? QString()
        : QLatin1Char('-') + parser.value(language);
    QDir().mkpath(parser.value(out));
    int status = 0;
    {
        MainWindow window(**workspace);
        window.attachSync(session.worker());
        window.resize(1280, 800);
        window.show();
        waitFor([&] { return synced; }, 60'000);
        waitFor([&] { return mediaLeft == 0; }, 20'000);
        window.refresh();
        settle(300);
        const qint64 conversation = pickConversation(window.inbox()->model());
        if (conversation) {
            window.openConversation(conversation);
            // A reply on its way to delivered, as the agent would write it.
            Composer *composer = window.conversation()->composer();
            composer->setDraft(QCoreApplication::translate(
                "Screenshots",
                "So sorry about that! A replacement ships today, tracking to "
                "follow."));
            composer->send();
            // The customer gets a name, typed into the profile as an agent would.
            if (auto *name = window.findChild<QLineEdit *>(QStringLiteral("profileName"))) {
                name->setText(QStringLiteral("Jordan Lee"));
                name->setModified(true);
                emit name->editingFinished();
            }
        }
        settle(10'000); // delivery reports arrive, thumbnails decode on their pool
        for (const bool dark : { false, true }) {
            if (dark)
                QApplication::setPalette(darkPalette());
            settle(300);
            const QString file
                = QDir(parser.value(out))
                      .filePath(QStringLiteral("main-%1%2.png")
                                    .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                         suffix));
            if (!window.grab().save(file)) {
                err << "cannot write " << file << '\n';
                status = 1;
            } else {
                QTextStream(stdout) << file << '\n';
            }
        }
    }
    session.stop();
    return status;
}
