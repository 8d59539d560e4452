#include "SurveyEditor.h"

#include "common/PlainText.h"
#include "common/WriterCall.h"
#include "sms/SegmentCounter.h"
#include "storage/SurveyStore.h"

#include <QtCore/QDateTime>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace textdesk {

using surveys::Survey;
using surveys::SurveyKind;

namespace {

QString kindName(SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Csat:
        return SurveyEditor::tr("Satisfaction (CSAT, 1–5)");
    case SurveyKind::Nps:
        return SurveyEditor::tr("Recommendation (NPS, 0–10)");
    case SurveyKind::Ces:
        return SurveyEditor::tr("Effort (CES, 1–7)");
    case SurveyKind::YesNo:
        break;
    }
    return SurveyEditor::tr("Yes or no");
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("de"))
        return SurveyEditor::tr("German");
    if (code == QLatin1String("es"))
        return SurveyEditor::tr("Spanish");
    if (code == QLatin1String("fr"))
        return SurveyEditor::tr("French");
    return SurveyEditor::tr("English");
}

const QStringList &languages()
{
    static const QStringList codes = { QStringLiteral("en"), QStringLiteral("de"),
                                       QStringLiteral("es"), QStringLiteral("fr") };
    return codes;
}

QSpinBox *spin(const char *name, int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

QPlainTextEdit *textEdit(const char *name, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

SurveyEditor::SurveyEditor(Database &reader, Writer writer, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
{
    setObjectName(QStringLiteral("surveyEditor"));
    setWindowTitle(tr("Surveys"));

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("surveyList"));
    m_newKind = new QComboBox;
    m_newKind->setObjectName(QStringLiteral("newSurveyKind"));
    for (SurveyKind kind :
         { SurveyKind::Csat, SurveyKind::Nps, SurveyKind::Ces, SurveyKind::YesNo })
        m_newKind->addItem(kindName(kind), int(kind));
    auto *create = new QPushButton(tr("New survey"));
    create->setObjectName(QStringLiteral("createSurvey"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_newKind);
    left->addWidget(create);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("surveyName"));
    m_kind = ui::plain(new QLabel);
    m_active = new QCheckBox(tr("On: surveys of this kind are sent"));
    m_active->setObjectName(QStringLiteral("surveyActive"));
    m_onResolve = new QCheckBox(tr("Send when a conversation is resolved"));
    m_onResolve->setObjectName(QStringLiteral("sendOnResolve"));
    m_delay = spin("delayMinutes", 0, 7 * 24 * 60, tr(" min"));
    m_cooldown = spin("cooldownDays", 0, 365, tr(" days"));
    m_window = spin("responseWindowHours", 1, 24 * 14, tr(" h"));
    m_followupOn = new QCheckBox(tr("Ask the follow-up below a score of"));
    m_followupOn->setObjectName(QStringLiteral("askFollowup"));
    m_followupBelow = spin("followupBelow", 1, 11, {});
    auto *followupRow = new QHBoxLayout;
    followupRow->addWidget(m_followupOn);
    followupRow->addWidget(m_followupBelow);
    followupRow->addStretch();
    m_company = new QLineEdit;
    m_company->setObjectName(QStringLiteral("surveyCompany"));
    m_company->setPlaceholderText(tr("Your company's name, for {{company}}"));
    m_defaultLanguage = new QComboBox;
    m_defaultLanguage->setObjectName(QStringLiteral("defaultLanguage"));
    m_wordingLanguage = new QComboBox;
    m_wordingLanguage->setObjectName(QStringLiteral("wordingLanguage"));
    for (const QString &code : languages()) {
        m_defaultLanguage->addItem(languageName(code), code);
        m_wordingLanguage->addItem(languageName(code), code);
    }
    m_question = textEdit("questionText", 4);
    m_followup = textEdit("followupText", 2);
    m_thanks = textEdit("thanksText", 2);
    m_preview = ui::plain(new QLabel);
    m_preview->setObjectName(QStringLiteral("surveyPreview"));
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_segments = ui::plain(new QLabel);
    m_segments->setObjectName(QStringLiteral("surveySegments"));
    m_problem = ui::plain(new QLabel);
    m_problem->setObjectName(QStringLiteral("surveyProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(QString(), m_active);
    form->addRow(QString(), m_onResolve);
    form->addRow(tr("Wait after resolving:"), m_delay);
    form->addRow(tr("At most once per customer in:"), m_cooldown);
    form->addRow(tr("Answers accepted for:"), m_window);
    form->addRow(QString(), followupRow);
    form->addRow(tr("Company:"), m_company);
    form->addRow(tr("Customers without a language get:"), m_defaultLanguage);
    form->addRow(tr("Wording in:"), m_wordingLanguage);
    form->addRow(tr("Question text:"), m_question);
    form->addRow(tr("Follow-up:"), m_followup);
    form->addRow(tr("Thank-you:"), m_thanks);
    form->addRow(tr("Preview:"), m_preview);
    form->addRow(QString(), m_segments);
    form->addRow(QString(), m_problem);
    m_form = new QWidget;
    m_form->setLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSurvey"));
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_form, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SurveyEditor::showSurvey);
    connect(create, &QPushButton::clicked, this, &SurveyEditor::createSurvey);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &SurveyEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_active, &QCheckBox::toggled, this, &SurveyEditor::toggleActive);
    connect(m_wordingLanguage, &QComboBox::currentIndexChanged, this, [this] {
        storeWordingFields();
        m_language = m_wordingLanguage->currentData().toString();
        loadWordingFields();
    });
    for (QPlainTextEdit *edit : { m_question, m_followup, m_thanks })
        connect(edit, &QPlainTextEdit::textChanged, this, &SurveyEditor::updatePreview);
    connect(m_company, &QLineEdit::textChanged, this, &SurveyEditor::updatePreview);
    connect(m_followupOn, &QCheckBox::toggled, m_followupBelow, &QWidget::setEnabled);

    reload();
}

void SurveyEditor::reload()
{
    const qint64 keep = m_current.id;
    auto list = SurveyStore::list(m_reader);
    m_surveys = list ? *list : QList<Survey>();
    if (!list)
        m_problem->setText(list.error().message());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = m_surveys.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_surveys.size(); ++i) {
        const Survey &s = m_surveys.at(i);
        auto *item = new QListWidgetItem(
            s.active ? s.name : tr("%1 (off)", "a survey that is turned off").arg(s.name));
        item->setToolTip(kindName(s.kind));
        m_list->addItem(item);
        if (s.id == keep)
            select = i;
    }
    m_list->setCurrentRow(select);
    showSurvey(select);
}

void SurveyEditor::showSurvey(int row)
{
    m_form->setEnabled(row >= 0);
    if (row < 0 || row >= m_surveys.size()) {
        m_current = Survey();
        return;
    }
    m_current = m_surveys.at(row);
    const QSignalBlocker b1(m_active);
    m_name->setText(m_current.name);
    m_kind->setText(kindName(m_current.kind));
    m_active->setChecked(m_current.active);
    m_onResolve->setChecked(m_current.sendOnResolve);
    m_delay->setValue(m_current.delayMinutes);
    m_cooldown->setValue(m_current.cooldownDays);
    m_window->setValue(m_current.responseWindowHours);
    m_followupOn->setChecked(m_current.followupBelow.has_value());
    m_followupBelow->setEnabled(m_current.followupBelow.has_value());
    m_followupBelow->setValue(m_current.followupBelow.value_or(
        surveys::SurveyTexts::defaultFollowupBelow(m_current.kind)));
    m_company->setText(m_current.company);
    m_defaultLanguage->setCurrentIndex(std::max(
        0, m_defaultLanguage->findData(surveys::surveyLanguage(m_current.defaultLanguage))));
    loadWordingFields();
}

void SurveyEditor::loadWordingFields()
{
    const surveys::SurveyWording w = m_current.wording(m_language);
    const QSignalBlocker b1(m_question), b2(m_followup), b3(m_thanks);
    m_question->setPlainText(w.question);
    m_followup->setPlainText(w.followup);
    m_thanks->setPlainText(w.thanks);
    updatePreview();
}

void SurveyEditor::storeWordingFields()
{
    if (!m_current.id)
        return;
    m_current.texts.insert(
        m_language,
        { m_question->toPlainText(), m_followup->toPlainText(), m_thanks->toPlainText() });
}

Survey SurveyEditor::fromFields() const
{
    Survey s = m_current;
    s.name = m_name->text().trimmed();
    s.sendOnResolve = m_onResolve->isChecked();
    s.delayMinutes = m_delay->value();
    s.cooldownDays = m_cooldown->value();
    s.responseWindowHours = m_window->value();
    s.followupBelow
        = m_followupOn->isChecked() ? std::optional<int>(m_followupBelow->value()) : std::nullopt;
    s.company = m_company->text().trimmed();
    s.defaultLanguage = m_defaultLanguage->currentData().toString();
    s.texts.insert(
        m_language,
        { m_question->toPlainText(), m_followup->toPlainText(), m_thanks->toPlainText() });
    return s;
}

void SurveyEditor::updatePreview()
{
    Survey s = fromFields();
    const FilledTemplate filled = surveys::SurveyTexts::render(m_question->toPlainText(), s);
    m_preview->setText(filled.text);
    const sms::SegmentInfo info = sms::analyse(filled.text);
    const QString encoding = info.encoding == sms::Encoding::Gsm7 ? tr("GSM-7") : tr("Unicode");
    m_segments->setText(
        tr("%1 · %2 · %n character(s)", "segments · encoding · characters", int(filled.text.size()))
            .arg(tr("%n segment(s)", nullptr, info.segments), encoding));
    if (!filled.unfilled.isEmpty())
        m_problem->setText(tr("Fill in the company's name: a survey with {{company}} left in it is "
                              "not sent."));
    else if (m_question->toPlainText().trimmed().isEmpty())
        m_problem->setText(tr("The question is empty."));
    else
        m_problem->clear();
}

bool SurveyEditor::write(const Change &change)
{
    const Status s = m_writer(change);
    if (!s) {
        ui::plainMessage(QMessageBox::Warning, this, tr("Surveys"),
                         tr("The survey was not saved: %1").arg(s.error().message()));
        return false;
    }
    return true;
}

void SurveyEditor::createSurvey()
{
    const auto kind = SurveyKind(m_newKind->currentData().toInt());
    Survey s = surveys::SurveyTexts::makeDefault(kind, kindName(kind));
    // A second survey of a kind starts off, so two are never sent for one resolve.
    s.active = std::none_of(m_surveys.cbegin(), m_surveys.cend(),
                            [](const Survey &other) { return other.active; });
    qint64 id = 0;
    if (!write([&](Database &db) -> Status {
            auto saved = SurveyStore::save(db, s, QDateTime::currentMSecsSinceEpoch());
            if (!saved)
                return saved.error();
            id = *saved;
            return success();
        }))
        return;
    m_current.id = id;
    reload();
}

void SurveyEditor::save()
{
    if (!m_current.id)
        return;
    const Survey s = fromFields();
    if (s.name.isEmpty()) {
        m_problem->setText(tr("Give the survey a name."));
        return;
    }
    if (!write([s](Database &db) -> Status {
            auto saved = SurveyStore::save(db, s, QDateTime::currentMSecsSinceEpoch());
            return saved ? success() : Status(saved.error());
        }))
        return;
    reload();
}

void SurveyEditor::toggleActive(bool on)
{
    if (!m_current.id)
        return;
    const qint64 id = m_current.id;
    if (write([id, on](Database &db) {
            return SurveyStore::setActive(db, id, on, QDateTime::currentMSecsSinceEpoch());
        })) {
        reload();
    }
}

void SurveyEditor::openFor(QWidget *parent, Database &reader, engine::SyncWorker *worker)
{
    SurveyEditor editor(reader, ui::writerFor(worker), parent);
    editor.resize(900, 680);
    editor.exec();
}

} // namespace textdesk
