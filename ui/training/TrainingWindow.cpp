#include "TrainingWindow.h"

#include "DebriefDialog.h"
#include "common/PlainText.h"
#include "core/Clock.h"
#include "training/ReplyAnalysis.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace textdesk::ui {

namespace {

// How often a waiting customer's patience is looked at (escalation while ignored).
constexpr qint64 kPatienceCheckMs = 15'000;

QString mediaWord(const QString &media)
{
    if (media == QLatin1String("photo"))
        return TrainingWindow::tr("[photo]");
    if (media == QLatin1String("screenshot"))
        return TrainingWindow::tr("[screenshot]");
    if (media == QLatin1String("video"))
        return TrainingWindow::tr("[video]");
    if (media == QLatin1String("pdf"))
        return TrainingWindow::tr("[PDF]");
    return {};
}

} // namespace

TrainingWindow::TrainingWindow(Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_timer(new ClockTimer(clock, this))
    , m_pages(new QStackedWidget(this))
    , m_list(new QListWidget(this))
    , m_description(plain(new QLabel(this)))
    , m_goal(plain(new QLabel(this)))
    , m_transcriptView(new QListWidget(this))
    , m_customer(new QComboBox(this))
    , m_templates(new QComboBox(this))
    , m_reply(new QPlainTextEdit(this))
    , m_jargon(training::defaultJargon())
{
    setObjectName(QStringLiteral("trainingWindow"));
    setWindowTitle(tr("Training"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // Page 1: the scenarios.
    auto *pick = new QWidget(m_pages);
    auto *pickLayout = new QHBoxLayout(pick);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    pickLayout->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    m_description->setObjectName(QStringLiteral("scenarioDescription"));
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    side->addWidget(m_description, 1);
    auto *load = new QPushButton(tr("Load a scenario file…"), pick);
    load->setObjectName(QStringLiteral("loadScenario"));
    auto *startButton = new QPushButton(tr("Start"), pick);
    startButton->setObjectName(QStringLiteral("startScenario"));
    startButton->setDefault(true);
    side->addWidget(load);
    side->addWidget(startButton);
    pickLayout->addLayout(side, 1);
    m_pages->addWidget(pick);

    // Page 2: the conversation.
    auto *play = new QWidget(m_pages);
    auto *playLayout = new QVBoxLayout(play);
    m_goal->setObjectName(QStringLiteral("scenarioGoal"));
    m_goal->setWordWrap(true);
    playLayout->addWidget(m_goal);
    m_transcriptView->setObjectName(QStringLiteral("transcript"));
    m_transcriptView->setWordWrap(true);
    m_transcriptView->setSpacing(4);
    playLayout->addWidget(m_transcriptView, 1);
    m_customer->setObjectName(QStringLiteral("customerPicker"));
    m_templates->setObjectName(QStringLiteral("templatePicker"));
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_customer, 1);
    pickers->addWidget(m_templates);
    playLayout->addLayout(pickers);
    m_reply->setObjectName(QStringLiteral("replyEdit"));
    m_reply->setPlaceholderText(tr("Your reply"));
    m_reply->setMaximumHeight(90);
    playLayout->addWidget(m_reply);
    auto *buttons = new QHBoxLayout;
    auto *sendButton = new QPushButton(tr("Send"), play);
    sendButton->setObjectName(QStringLiteral("sendReply"));
    auto *finishButton = new QPushButton(tr("Finish and debrief"), play);
    finishButton->setObjectName(QStringLiteral("finishScenario"));
    buttons->addStretch(1);
    buttons->addWidget(sendButton);
    buttons->addWidget(finishButton);
    playLayout->addLayout(buttons);
    m_pages->addWidget(play);

    for (const QString &id : training::builtinScenarioIds()) {
        QList<training::ScenarioError> errors;
        if (auto s = training::ScenarioLoader::load(id, &errors)) {
            m_scenarios << *s;
            auto *item = new QListWidgetItem(s->title, m_list);
            item->setData(Qt::UserRole, id);
        }
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &TrainingWindow::showScenario);
    connect(load, &QPushButton::clicked, this, &TrainingWindow::loadFromFile);
    connect(startButton, &QPushButton::clicked, this, &TrainingWindow::start);
    connect(sendButton, &QPushButton::clicked, this, &TrainingWindow::send);
    connect(finishButton, &QPushButton::clicked, this, &TrainingWindow::finish);
    connect(m_timer, &ClockTimer::timeout, this, &TrainingWindow::deliver);
    connect(m_templates, &QComboBox::activated, this, &TrainingWindow::insertTemplate);
    if (!m_scenarios.isEmpty())
        m_list->setCurrentRow(0);
    resize(760, 520);
}

TrainingWindow::~TrainingWindow() = default;

void TrainingWindow::showScenario(int row)
{
    if (row < 0 || row >= m_scenarios.size())
        return;
    const training::Scenario &s = m_scenarios.at(row);
    m_description->setText(
        tr("%1\n\n%2\n\nGoal: %3").arg(s.title, s.description, s.goal.description));
}

void TrainingWindow::loadFromFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Training scenario"), QString(),
                                                      tr("Scenarios (*.json)"));
    if (file.isEmpty())
        return;
    QList<training::ScenarioError> errors;
    const auto s = training::ScenarioLoader::load(file, &errors);
    if (!s) {
        QStringList lines;
        for (const training::ScenarioError &e : errors)
            lines << e.toString();
        plainMessage(QMessageBox::Warning, this, tr("Training scenario"),
                     tr("This scenario cannot be used:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    m_scenarios << *s;
    new QListWidgetItem(s->title, m_list);
    m_list->setCurrentRow(int(m_scenarios.size() - 1));
}

void TrainingWindow::start()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_scenarios.size())
        return;
    m_scenario = m_scenarios.at(row);
    m_player = std::make_unique<training::CustomerPlayer>(*m_scenario, 1, m_jargon);
    m_transcript.clear();
    m_transcriptView->clear();
    m_customer->clear();
    for (const training::Customer &c : m_scenario->customers)
        m_customer->addItem(tr("To %1 (%2)").arg(c.name, c.number));
    m_customer->setVisible(m_scenario->customers.size() > 1);
    // The team's templates for this scenario, as the composer's "/" would offer them.
    m_templates->clear();
    m_templates->addItem(tr("Insert a template…"));
    for (auto it = m_scenario->templates.begin(); it != m_scenario->templates.end(); ++it)
        m_templates->addItem(QLatin1Char('/') + it.key(), it.key());
    m_templates->setVisible(!m_scenario->templates.isEmpty());
    m_goal->setText(tr("%1 — goal: %2").arg(m_scenario->title, m_scenario->goal.description));
    m_startMs = m_clock.nowMs();
    m_pending = m_player->openings();
    m_pages->setCurrentIndex(1);
    m_reply->setFocus();
    deliver();
}

double TrainingWindow::minutesNow() const
{
    return double(m_clock.nowMs() - m_startMs) / 60'000;
}

void TrainingWindow::append(const training::TranscriptMessage &m)
{
    const QString who = m.fromAgent ? tr("You") : m_scenario->customers.at(m.customer).name;
    QString text = QStringLiteral("%1 · %2\n%3")
                       .arg(who, QString::number(m.atMinutes, 'f', 1) + tr(" min"), m.text);
    if (!m.media.isEmpty())
        text += QLatin1Char(' ') + mediaWord(m.media);
    auto *item = new QListWidgetItem(text, m_transcriptView);
    item->setTextAlignment(m.fromAgent ? Qt::AlignRight : Qt::AlignLeft);
    m_transcriptView->scrollToBottom();
    m_transcript << m;
}

// Customer messages whose time has come appear; a waiting customer's patience is checked.
void TrainingWindow::deliver()
{
    if (!m_player)
        return;
    const double now = minutesNow();
    m_pending << m_player->ignoredUntil(now);
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const auto &a, const auto &b) { return a.atMinutes < b.atMinutes; });
    while (!m_pending.isEmpty() && m_pending.first().atMinutes <= now) {
        const training::CustomerMessage m = m_pending.takeFirst();
        append({ m.customer, false, m.text, m.media, m.atMinutes });
    }
    arm();
}

void TrainingWindow::arm()
{
    qint64 due = m_clock.nowMs() + kPatienceCheckMs;
    if (!m_pending.isEmpty())
        due = std::min(due, m_startMs + qint64(m_pending.first().atMinutes * 60'000));
    m_timer->startAt(due);
}

void TrainingWindow::send()
{
    const QString text = m_reply->toPlainText().trimmed();
    if (!m_player || text.isEmpty())
        return;
    const int customer = std::max(0, m_customer->currentIndex());
    const double now = minutesNow();
    append({ customer, true, text, QString(), now });
    m_reply->clear();
    m_pending << m_player->react(customer, text, now);
    deliver();
}

// The template filled for the selected customer; what the profile cannot fill ({{day}}) stays
// for the trainee to complete.
void TrainingWindow::insertTemplate(int index)
{
    const QString id = m_templates->itemData(index).toString();
    if (!m_scenario || id.isEmpty())
        return;
    const int customer = std::max(0, m_customer->currentIndex());
    m_reply->insertPlainText(training::CustomerPlayer::fill(m_scenario->templates.value(id),
                                                            m_scenario->customers.at(customer)));
    m_templates->setCurrentIndex(0);
    m_reply->setFocus();
}

void TrainingWindow::finish()
{
    if (!m_scenario)
        return;
    m_timer->stop();
    const training::ScenarioScore score
        = training::Scoring::score(*m_scenario, m_transcript, m_jargon);
    emit scored(score);
    auto *debrief = new DebriefDialog(score, this);
    debrief->setAttribute(Qt::WA_DeleteOnClose);
    debrief->show();
    m_player.reset();
    m_pages->setCurrentIndex(0);
}

} // namespace textdesk::ui
