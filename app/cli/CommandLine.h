#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace textdesk::reports {
struct Report;
}

namespace textdesk {

// The headless surface of `textdesk`: everything that works without a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::CommandLine)
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    // True when argv asks for a headless command (or --help/--version), so main() can create
    // a QCoreApplication and never touch the display. An unknown word counts too: run() then
    // names it and lists the commands (exit 2) instead of the window opening.
    static bool isHeadless(int argc, char **argv);
    static bool isCommand(const QString &word);

    // Why the window cannot open, in one line (no display on Linux); empty when it can. Checked
    // before QApplication exists, which would otherwise abort with a core dump.
    static QString missingDisplay(int argc, char **argv);

    // Runs a headless command; `arguments` is QCoreApplication::arguments().
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString usage();

    using Command = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // `serve` lives in its own library (it runs the webhook receiver, QtHttpServer, which the
    // core does not link); the executable hands it in.
    static void setServeCommand(Command command);
    // `report --format pdf` draws with QtGui (the charts, QPdfWriter), which the core does not
    // link; the executable hands in the UI layer's writer. It returns an error in words, or "".
    // `paper` is "a4", "letter" or empty (the locale's custom).
    using PdfWriter = QString (*)(const reports::Report &report, const QString &filters,
                                  const QString &paper, const QString &output);
    static void setReportPdfWriter(PdfWriter writer);
    // True for a command that needs a QApplication even without a window (`report` to PDF).
    static bool needsGui(int argc, char **argv);

private:
    static int status(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int configure(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int sync(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int report(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static Command s_serve;
    static PdfWriter s_reportPdf;
    static int send(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int broadcast(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int reminders(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int survey(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int rules(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int faq(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int team(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // `configure --team URL --agent NAME`: a team desktop (team/, docs/team.md).
    static int configureTeam(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int training(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int contacts(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int carddav(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int importHistory(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int privacy(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace textdesk
