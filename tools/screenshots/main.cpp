// Renders the documentation screenshots of the main window: the training workspace as a new
// user sees it (the in-process simulator, a first sync, a conversation with a picture open), in
// a light and a dark palette. Offscreen, so it runs headless:
//   ./dev.sh screenshots [--language de] [--out docs/screenshots] [--size 1280x800]
//                        [--scale 2] [--name header-2x]
#include "composer/Composer.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPanel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "session/ProviderSession.h"
#include "thread/ConversationPane.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
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

// An option's value from argv before QApplication exists (the screen is made with it).
QByteArray earlyOption(int argc, char **argv, const char *name, const char *fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return argv[i + 1];
    }
    return fallback;
}

// The colour emoji font, by name: the offscreen platform has no desktop font settings, and
// fontconfig's fallback from DejaVu Sans can end at a font without colour emoji (tofu, □).
// Known to fontconfig, or loaded from where Debian installs it.
QString colourEmojiFamily()
{
    const QString family = QStringLiteral("Noto Color Emoji");
    if (QFontDatabase::families().contains(family))
        return family;
    for (const char *path : { "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
                              "/usr/share/fonts/noto/NotoColorEmoji.ttf" }) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
        if (id >= 0 && !QFontDatabase::applicationFontFamilies(id).isEmpty())
            return QFontDatabase::applicationFontFamilies(id).constFirst();
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    // A screen as large as the window (a 1280×800 window on the default 800×800 offscreen
    // screen would be fitted down to it), without window frames.
    const QByteArray size = earlyOption(argc, argv, "--size", "1280x800");
    const int width = size.split('x').value(0).toInt();
    const int height = size.split('x').value(1).toInt();
    const double scale = earlyOption(argc, argv, "--scale", "1").toDouble();
    if (width < 320 || height < 240 || scale < 1 || scale > 4) {
        QTextStream(stderr) << "--size WxH (at least 320x240) and --scale 1..4, please\n";
        return 2;
    }
    QTemporaryDir screenDir;
    const QString screenFile = screenDir.filePath(QStringLiteral("screen.json"));
    {
        QFile json(screenFile);
        if (!json.open(QIODevice::WriteOnly))
            return 1;
        json.write(QStringLiteral("{\"windowFrameMargins\": false, \"screens\": [{\"name\": "
                                  "\"shot\", \"x\": 0, \"y\": 0, \"width\": %1, \"height\": "
                                  "%2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, "
                                  "\"dpr\": 1}]}")
                       .arg(int(width * scale))
                       .arg(int(height * scale) + 200)
                       .toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screenFile.toLocal8Bit());
    if (scale != 1)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(scale));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskScreenshots"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                           QStringLiteral("DIR"), QStringLiteral("docs/screenshots"));
    QCommandLineOption language(QStringLiteral("language"),
                                QStringLiteral("UI language, e.g. de (default: English)."),
                                QStringLiteral("CODE"), QStringLiteral("en"));
    QCommandLineOption sizeOption(QStringLiteral("size"),
                                  QStringLiteral("Window size in pixels at scale 1 (1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    QCommandLineOption scaleOption(QStringLiteral("scale"),
                                   QStringLiteral("QT_SCALE_FACTOR for the shot (1)."),
                                   QStringLiteral("FACTOR"), QStringLiteral("1"));
    QCommandLineOption nameOption(QStringLiteral("name"),
                                  QStringLiteral("File name instead of main (main-light.png, …)."),
                                  QStringLiteral("NAME"), QStringLiteral("main"));
    parser.addOption(out);
    parser.addOption(language);
    parser.addOption(sizeOption);
    parser.addOption(scaleOption);
    parser.addOption(nameOption);
    parser.process(app);
    QTextStream err(stderr);

    const QLocale locale(parser.value(language));
    QLocale::setDefault(locale);
    installTranslators(app, locale);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString emoji = colourEmojiFamily();
    if (emoji.isEmpty()) {
        err << "No colour emoji font: install fonts-noto-color-emoji (./dev.sh does), or the "
               "screenshots show emoji as boxes.\n";
        return 1;
    }
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setFamilies({ QStringLiteral("DejaVu Sans"), emoji });
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
    QObject::connect(session.worker(), &engine::SyncWorker::synced, &app, [&] { synced = true; });
    QObject::connect(session.worker(), &engine::SyncWorker::mediaProgress, &app,
                     [&](int done, int total) { mediaLeft = total - done; });

    const QString suffix = parser.value(language) == QLatin1String("en")
        ? QString()
        : QLatin1Char('-') + parser.value(language);
    QDir().mkpath(parser.value(out));
    int status = 0;
    {
        MainWindow window(**workspace);
        window.attachSync(session.worker());
        window.resize(width, height);
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
                      .filePath(QStringLiteral("%1-%2%3.png")
                                    .arg(parser.value(nameOption),
                                         dark ? QStringLiteral("dark") : QStringLiteral("light"),
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
