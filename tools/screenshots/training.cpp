// Renders docs/screenshots/training-progress.png and training-debrief.png: a training scenario
// in progress and its debrief, on a FakeClock (no waiting for the customer's pace).
#include "core/Clock.h"
#include "training/TrainingWindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>
#include <QTextStream>

using namespace textdesk;

namespace {

void reply(QWidget &window, const QString &text)
{
    window.findChild<QPlainTextEdit *>(QStringLiteral("replyEdit"))->setPlainText(text);
    window.findChild<QPushButton *>(QStringLiteral("sendReply"))->click();
}

// The customer answers at her pace: minutes pass on the fake clock.
void minutesPass(FakeClock &clock, int minutes)
{
    for (int i = 0; i < minutes * 4; ++i) {
        clock.advance(15'000);
        QCoreApplication::processEvents();
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    QApplication::setFont(font);
    const QString out = app.arguments().value(1, QStringLiteral("docs/screenshots"));
    QDir().mkpath(out);

    FakeClock clock;
    ui::TrainingWindow window(clock);
    window.resize(820, 560);
    window.show();
    auto *list = window.findChild<QListWidget *>(QStringLiteral("scenarioList"));
    list->setCurrentItem(
        list->findItems(QStringLiteral("Angry customer"), Qt::MatchExactly).first());
    window.findChild<QPushButton *>(QStringLiteral("startScenario"))->click();
    minutesPass(clock, 2);
    reply(window, QStringLiteral("Hello, we have opened a ticket for your refund."));
    minutesPass(clock, 2);
    reply(window,
          QStringLiteral("I'm very sorry, Paul. Your refund for order 66120 was sent today "
                         "and reaches your card within 3-5 business days."));
    minutesPass(clock, 3);
    QTest::qWait(200);
    int status = 0;
    const QString progress = QDir(out).filePath(QStringLiteral("training-progress.png"));
    if (!window.grab().save(progress))
        status = 1;
    window.findChild<QPushButton *>(QStringLiteral("finishScenario"))->click();
    QTest::qWait(200);
    auto *debrief = window.findChild<QDialog *>(QStringLiteral("debrief"));
    const QString debriefFile = QDir(out).filePath(QStringLiteral("training-debrief.png"));
    if (!debrief || !debrief->grab().save(debriefFile))
        status = 1;
    QTextStream(stdout) << progress << '\n' << debriefFile << '\n';
    return status;
}
