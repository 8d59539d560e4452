#include "RuleEditor.h"

#include "automation/RuleRunner.h"
#include "common/PlainText.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace textdesk {

using namespace automation;

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

// The keys the form shows; the JSON editor holds the rest of the definition.
const QStringList &formKeys()
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("enabled"),
                                    QStringLiteral("event"), QStringLiteral("minutes") };
    return keys;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// "+1 (312) 555-0142" → "+13125550142", as the cache keeps numbers.
QString typedNumber(QString typed)
{
    return typed.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
}

QPushButton *button(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    return b;
}
} // namespace

RuleEditor::RuleEditor(Database &reader, ui::Writer writer, QString settingsPath, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_settingsPath(std::move(settingsPath))
{
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(tr("Rules"));
    buildUi();
    reload();
    if (!m_rows.isEmpty())
        showRule(m_rows.constFirst().id);
    else
        newRule();
}

void RuleEditor::buildUi()
{
    // The ordered list and what acts on it.
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setAccessibleName(tr("Rules, in the order they run"));
    auto *add = button(tr("New"), "ruleNew", this);
    m_duplicate = button(tr("Duplicate"), "ruleDuplicate", this);
    m_delete = button(tr("Delete"), "ruleDelete", this);
    m_up = button(tr("Move up"), "ruleUp", this);
    m_down = button(tr("Move down"), "ruleDown", this);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : { add, m_duplicate, m_delete, m_up, m_down })
        listButtons->addWidget(b);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list);
    listLayout->addLayout(listButtons);

    // The selected rule.
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("ruleEvent"));
    m_event->addItem(tr("A customer's message is received"),
                     RuleJson::eventName(Event::MessageReceived));
    m_event->addItem(tr("A customer's first message"), RuleJson::eventName(Event::FirstMessage));
    m_event->addItem(tr("A conversation is resolved"),
                     RuleJson::eventName(Event::ConversationResolved));
    m_event->addItem(tr("No agent reply within some minutes"),
                     RuleJson::eventName(Event::NoAgentReply));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("ruleMinutes"));
    m_minutes->setRange(1, 7 * 24 * 60);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_definition = new QPlainTextEdit(this);
    m_definition->setObjectName(QStringLiteral("ruleDefinition"));
    m_definition->setAccessibleName(tr("Conditions and actions (JSON)"));
    m_definition->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *hint = ui::plain(new QLabel(
        tr("Conditions: our_number, tag, no_tag, field, text_contains, text_matches, "
           "inside_hours, outside_hours. Actions: reply, assign, tag, status, snooze, note, "
           "survey. The format is the one of textdesk rules export (docs/automation.md)."),
        this));
    hint->setWordWrap(true);
    m_error = ui::plain(new QLabel(this));
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setProperty("error", true);
    m_error->hide();
    auto *applyButton = button(tr("Apply"), "ruleApply", this);
    applyButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("When:"), m_event);
    form->addRow(tr("Minutes without a reply:"), m_minutes);
    auto *editorSide = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorSide);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(new QLabel(tr("Conditions and actions:"), this));
    editorLayout->addWidget(m_definition, 1);
    editorLayout->addWidget(hint);
    editorLayout->addWidget(m_error);
    editorLayout->addWidget(applyButton, 0, Qt::AlignRight);
    editorLayout->addWidget(buildTryIt());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(editorSide);
    splitter->setStretchFactor(1, 2);
    m_status = ui::plain(new QLabel(this));
    m_status->setObjectName(QStringLiteral("ruleStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    auto *close = button(tr("Close"), "ruleClose", this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(close, 0, Qt::AlignRight);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling || !item)
            return;
        if (!discardEdits()) {
            // Back to the rule being edited, once the list has finished changing.
            QTimer::singleShot(0, this, &RuleEditor::selectCurrent);
            return;
        }
        showRule(item->data(kIdRole).toLongLong());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling)
            setEnabled(item);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        if (discardEdits())
            newRule();
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (discardEdits())
            duplicate();
    });
    connect(m_delete, &QPushButton::clicked, this, &RuleEditor::remove);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(applyButton, &QPushButton::clicked, this, &RuleEditor::apply);
    connect(m_event, &QComboBox::currentIndexChanged, this, &RuleEditor::updateMinutes);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    const auto edited = [this] {
        if (!m_filling)
            m_dirty = true;
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_definition, &QPlainTextEdit::textChanged, this, edited);
    connect(m_event, &QComboBox::activated, this, edited);
    connect(m_minutes, &QSpinBox::valueChanged, this, edited);
}

QWidget *RuleEditor::buildTryIt()
{
    auto *box = new QWidget(this);
    m_sample = new QLineEdit(box);
    m_sample->setObjectName(QStringLiteral("ruleSample"));
    m_sample->setPlaceholderText(tr("A message a customer might send"));
    m_sampleTo = new QLineEdit(box);
    m_sampleTo->setObjectName(QStringLiteral("ruleSampleOurNumber"));
    m_sampleTo->setPlaceholderText(tr("Our number it is sent to (optional)"));
    m_sampleFrom = new QLineEdit(box);
    m_sampleFrom->setObjectName(QStringLiteral("ruleSampleFrom"));
    m_sampleFrom->setPlaceholderText(tr("The customer's number (optional: a new customer)"));
    auto *tryButton = button(tr("Try it"), "ruleTry", box);
    m_result = new QPlainTextEdit(box);
    m_result->setObjectName(QStringLiteral("ruleTryResult"));
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("What the saved rules would do"));
    m_result->setMaximumHeight(120);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Try the saved rules on:"), m_sample);
    form->addRow(tr("Sent to:"), m_sampleTo);
    form->addRow(tr("From:"), m_sampleFrom);
    form->addRow(QString(), tryButton);
    form->addRow(m_result);
    connect(tryButton, &QPushButton::clicked, this, &RuleEditor::tryIt);
    connect(m_sample, &QLineEdit::returnPressed, this, &RuleEditor::tryIt);
    return box;
}

void RuleEditor::reload()
{
    auto rows = RuleStore::rules(m_reader);
    if (!rows) {
        showStatus(tr("The rules cannot be read: %1").arg(rows.error().message()), true);
        return;
    }
    m_rows = *rows;
    fillList();
}

void RuleEditor::fillList()
{
    m_filling = true;
    m_list->clear();
    for (const RuleRow &row : std::as_const(m_rows)) {
        const QJsonObject json = QJsonDocument::fromJson(row.definition.toUtf8()).object();
        const int index
            = m_event->findData(json.value(QStringLiteral("event"))
                                    .toString(RuleJson::eventName(Event::MessageReceived)));
        const QString event = index >= 0 ? m_event->itemText(index) : tr("cannot be read");
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(row.name, event), m_list);
        item->setData(kIdRole, row.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(row.enabled ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("The box: whether the rule runs."));
        if (row.id == m_currentId)
            m_list->setCurrentItem(item);
    }
    m_filling = false;
    updateButtons();
}

void RuleEditor::updateButtons()
{
    const int row = currentRow();
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_rows.size());
}

int RuleEditor::currentRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_currentId && m_rows.at(i).id == m_currentId)
            return i;
    }
    return -1;
}

void RuleEditor::showRule(qint64 id)
{
    m_currentId = id;
    const int row = currentRow();
    if (row < 0)
        return newRule();
    const RuleRow &r = m_rows.at(row);
    m_filling = true;
    QJsonParseError parseError;
    QJsonObject json = QJsonDocument::fromJson(r.definition.toUtf8(), &parseError).object();
    m_name->setText(r.name);
    m_event->setCurrentIndex(
        std::max(0, m_event->findData(json.value(QStringLiteral("event")).toString())));
    m_minutes->setValue(json.value(QStringLiteral("minutes")).toInt(30));
    for (const QString &key : formKeys())
        json.remove(key);
    m_definition->setPlainText(parseError.error == QJsonParseError::NoError
                                   ? QString::fromUtf8(QJsonDocument(json).toJson())
                                   : r.definition);
    m_filling = false;
    m_dirty = false;
    m_error->hide();
    updateMinutes();
    selectCurrent();
}

void RuleEditor::newRule()
{
    m_currentId = 0;
    m_filling = true;
    m_name->clear();
    m_event->setCurrentIndex(0);
    m_minutes->setValue(30);
    m_definition->setPlainText(QStringLiteral(
        "{\n    \"stop\": false,\n    \"conditions\": [\n        {\"type\": \"text_contains\", "
        "\"values\": [\"refund\"]}\n    ],\n    \"actions\": [\n        {\"type\": \"reply\", "
        "\"text\": \"\"}\n    ]\n}\n"));
    m_filling = false;
    m_dirty = false;
    m_error->hide();
    updateMinutes();
    selectCurrent();
    m_name->setFocus();
}

void RuleEditor::selectCurrent()
{
    m_filling = true;
    m_list->setCurrentItem(nullptr);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_currentId && m_list->item(i)->data(kIdRole).toLongLong() == m_currentId)
            m_list->setCurrentRow(i);
    }
    m_filling = false;
    updateButtons();
}

bool RuleEditor::discardEdits()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The rule being edited has changes that are not applied. Discard them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_dirty = false;
    return true;
}

void RuleEditor::reject()
{
    if (discardEdits())
        QDialog::reject();
}

void RuleEditor::updateMinutes()
{
    m_minutes->setEnabled(m_event->currentData().toString()
                          == RuleJson::eventName(Event::NoAgentReply));
}

std::optional<RuleRow> RuleEditor::edited()
{
    const auto fail = [this](const QString &words) -> std::optional<RuleRow> {
        m_error->setText(words);
        m_error->show();
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(m_definition->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The conditions and actions are not valid JSON: %1 (at character %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("The conditions and actions must be one JSON object: { … }."));
    QJsonObject json = document.object();
    const int row = currentRow();
    const bool enabled = row >= 0 ? m_rows.at(row).enabled : true;
    json.insert(QStringLiteral("name"), m_name->text().trimmed());
    json.insert(QStringLiteral("enabled"), enabled);
    json.insert(QStringLiteral("event"), m_event->currentData().toString());
    if (m_minutes->isEnabled())
        json.insert(QStringLiteral("minutes"), m_minutes->value());
    else
        json.remove(QStringLiteral("minutes"));
    QString error;
    const auto rule = RuleJson::read(json, &error);
    if (!rule)
        return fail(error);
    m_error->hide();
    return RuleRow { m_currentId, row >= 0 ? m_rows.at(row).position : int(m_rows.size()),
                     rule->name, enabled, compact(RuleJson::write(*rule)) };
}

void RuleEditor::apply()
{
    const auto row = edited();
    if (!row)
        return; // the problem is shown; the text stays as typed
    qint64 id = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!write([&row, &id, now](Database &db) -> Status {
            auto saved = RuleStore::save(db, *row, now);
            if (!saved)
                return saved.error();
            id = *saved;
            return success();
        }))
        return;
    m_currentId = id;
    m_dirty = false;
    reload();
    showStatus(tr("Saved “%1”.").arg(row->name));
}

void RuleEditor::duplicate()
{
    const int row = currentRow();
    if (row < 0)
        return;
    RuleRow copy = m_rows.at(row);
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.position = m_rows.isEmpty() ? 0 : m_rows.constLast().position + 1;
    QJsonObject json = QJsonDocument::fromJson(copy.definition.toUtf8()).object();
    json.insert(QStringLiteral("name"), copy.name);
    copy.definition = compact(json);
    qint64 id = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!write([&copy, &id, now](Database &db) -> Status {
            auto saved = RuleStore::save(db, copy, now);
            if (!saved)
                return saved.error();
            id = *saved;
            return success();
        }))
        return;
    reload();
    showRule(id);
    showStatus(tr("Added “%1” at the end.").arg(copy.name));
}

void RuleEditor::remove()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const RuleRow gone = m_rows.at(row);
    if (!write([id = gone.id](Database &db) -> Status {
            auto removed = RuleStore::remove(db, id);
            return removed ? success() : Status(removed.error());
        }))
        return;
    reload();
    if (!m_rows.isEmpty())
        showRule(m_rows.at(std::min(row, int(m_rows.size()) - 1)).id);
    else
        newRule();
    showStatus(tr("Deleted “%1”.").arg(gone.name));
}

void RuleEditor::move(int by)
{
    const int from = currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_rows.size())
        return;
    QList<RuleRow> rows = m_rows;
    rows.move(from, to);
    QList<RuleRow> changed;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).position != i) {
            rows[i].position = i;
            changed.append(rows.at(i));
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!write([changed, now](Database &db) -> Status {
            Transaction tx(db);
            if (!tx.status())
                return tx.status();
            for (const RuleRow &r : changed) {
                if (auto saved = RuleStore::save(db, r, now); !saved)
                    return saved.error();
            }
            return tx.commit();
        }))
        return;
    reload();
}

void RuleEditor::setEnabled(QListWidgetItem *item)
{
    const qint64 id = item->data(kIdRole).toLongLong();
    for (RuleRow &stored : m_rows) {
        if (stored.id != id)
            continue;
        RuleRow row = stored;
        row.enabled = item->checkState() == Qt::Checked;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!write([row, now](Database &db) -> Status {
                auto saved = RuleStore::save(db, row, now);
                return saved ? success() : Status(saved.error());
            })) {
            m_filling = true; // the box shows what is stored
            item->setCheckState(stored.enabled ? Qt::Checked : Qt::Unchecked);
            m_filling = false;
            return;
        }
        stored.enabled = row.enabled;
        showStatus(row.enabled ? tr("“%1” runs.").arg(row.name)
                               : tr("“%1” is off: it does not run.").arg(row.name));
        return;
    }
}

void RuleEditor::tryIt()
{
    const QString text = m_sample->text();
    if (text.trimmed().isEmpty()) {
        m_result->setPlainText(tr("Type a message a customer might send, then Try it."));
        return;
    }
    auto book = RuleBook::load(m_reader);
    if (!book) {
        m_result->setPlainText(tr("The rules cannot be read: %1").arg(book.error().message()));
        return;
    }
    const QString from = typedNumber(m_sampleFrom->text());
    const QString to = typedNumber(m_sampleTo->text());
    auto evaluation = RuleRunner::dryRun(m_reader, book->rules, from, to, text,
                                         QDateTime::currentMSecsSinceEpoch(),
                                         RuleSettings::fromIni(m_settingsPath));
    if (!evaluation) {
        m_result->setPlainText(tr("The test failed: %1").arg(evaluation.error().message()));
        return;
    }
    QStringList lines { tr("Nothing is sent or changed by a test.") };
    lines += book->problems;
    const bool any = std::any_of(evaluation->outcomes.cbegin(), evaluation->outcomes.cend(),
                                 [](const RuleOutcome &o) { return o.matched; });
    // With no rule at all, describe() says so itself.
    if (evaluation->skippedAll.isEmpty() && !any && !evaluation->outcomes.isEmpty())
        lines << tr("No rule matches this message.");
    const QString described = evaluation->describe();
    if (!described.isEmpty())
        lines << described;
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
}

bool RuleEditor::write(const ui::Change &change)
{
    const Status s = m_writer(change);
    if (!s)
        showStatus(tr("Not saved: %1").arg(s.error().message()), true);
    return bool(s);
}

void RuleEditor::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setVisible(!text.isEmpty());
}

} // namespace textdesk
