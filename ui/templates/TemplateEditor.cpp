#include "TemplateEditor.h"

#include "common/PlainText.h"
#include "phone/PhoneNumbers.h"
#include "sms/SegmentCounter.h"
#include "storage/ContactStore.h"
#include "templates/StarterTemplates.h"
#include "templates/TemplateFiller.h"
#include "templates/TemplateJson.h"
#include "templates/TemplateVariables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

namespace textdesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QLabel *wrapped(QLabel *label, const char *objectName)
{
    ui::plain(label)->setWordWrap(true);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TemplateEditor::TemplateEditor(Database &reader, ui::Writer writer, QString settingsPath,
                               QString agentName, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_settingsPath(std::move(settingsPath))
    , m_agentName(std::move(agentName))
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Templates"));
    buildUi();
    reload();
    if (!m_templates.isEmpty())
        showTemplate(m_templates.constFirst().id);
    else
        newTemplate();
}

void TemplateEditor::buildUi()
{
    // The library: filter, list, and what acts on the whole of it.
    m_categoryFilter = new QComboBox(this);
    m_categoryFilter->setObjectName(QStringLiteral("templateCategoryFilter"));
    m_categoryFilter->setAccessibleName(tr("Show category"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Filter by shortcut or title"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    auto *add = new QPushButton(tr("New"), this);
    add->setObjectName(QStringLiteral("templateNew"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("templateDelete"));
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("templateImport"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("templateExport"));
    m_starterLanguage = new QComboBox(this);
    m_starterLanguage->setObjectName(QStringLiteral("templateStarterLanguage"));
    m_starterLanguage->setAccessibleName(tr("Language of the starter templates"));
    // Each language by its own name, as language pickers write them.
    for (const QString &language : StarterTemplates::languages()) {
        const QLocale locale(language);
        m_starterLanguage->addItem(locale.language() == QLocale::English
                                       ? QStringLiteral("English")
                                       : locale.toUpper(locale.nativeLanguageName().left(1))
                                           + locale.nativeLanguageName().mid(1),
                                   language);
    }
    m_starterLanguage->setCurrentIndex(
        std::max(0, m_starterLanguage->findData(StarterTemplates::languageFor(QLocale().name()))));
    auto *starters = new QPushButton(tr("Add starter templates"), this);
    starters->setObjectName(QStringLiteral("templateStarters"));
    starters->setToolTip(tr("Greeting, order status, refund, appointment, follow-up, closing, "
                            "out of office and the HELP, frequency, rates and STOP texts. "
                            "Templates already added are not added again."));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    listButtons->addWidget(importButton);
    listButtons->addWidget(exportButton);
    auto *starterRow = new QHBoxLayout;
    starterRow->addWidget(m_starterLanguage);
    starterRow->addWidget(starters, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_categoryFilter);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addLayout(starterRow);

    // The template on the right.
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_shortcut = new QLineEdit(this);
    m_shortcut->setObjectName(QStringLiteral("templateShortcut"));
    m_shortcut->setPlaceholderText(tr("one word, typed after / in a reply"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setPlaceholderText(tr("Hi {{first_name|there}}, … — variables: {{first_name}}, "
                                  "{{agent_name}}, {{company}}, any custom field such as "
                                  "{{order_id}}; a default after |"));
    m_counter = wrapped(new QLabel(this), "templateSegments");
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("templatePreviewCustomer"));
    m_customer->setPlaceholderText(tr("A customer's name or number"));
    m_customerName = wrapped(new QLabel(this), "templatePreviewCustomerName");
    m_preview = wrapped(new QLabel(this), "templatePreview");
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_preview->setMinimumHeight(60);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_missing = wrapped(new QLabel(this), "templateMissing");
    m_company = new QLineEdit(TemplateVariables::ourCompany(m_settingsPath), this);
    m_company->setObjectName(QStringLiteral("templateCompany"));
    m_company->setPlaceholderText(tr("What {{company}} says in every template"));
    m_save = new QPushButton(tr("Save template"), this);
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_save->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Shortcut: /"), m_shortcut);
    form->addRow(tr("Text:"), m_body);
    form->addRow(QString(), m_counter);
    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_customerName, 1);
    form->addRow(tr("Preview for:"), customerRow);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), m_missing);
    form->addRow(tr("Our company:"), m_company);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    m_status = wrapped(new QLabel(this), "templateStatus");
    m_status->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &TemplateEditor::fillList);
    connect(m_search, &QLineEdit::textChanged, this, &TemplateEditor::fillList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(kIdRole).toLongLong() != m_current.id)
            showTemplate(item->data(kIdRole).toLongLong());
    });
    connect(add, &QPushButton::clicked, this, &TemplateEditor::newTemplate);
    connect(m_delete, &QPushButton::clicked, this, &TemplateEditor::remove);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(starters, &QPushButton::clicked, this, &TemplateEditor::addStarters);
    connect(importButton, &QPushButton::clicked, this, &TemplateEditor::importFile);
    connect(exportButton, &QPushButton::clicked, this, &TemplateEditor::exportFile);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_customer, &QLineEdit::textChanged, this, &TemplateEditor::choosePreviewCustomer);
    connect(m_company, &QLineEdit::editingFinished, this, [this] {
        TemplateVariables::setOurCompany(m_settingsPath, m_company->text());
        updatePreview();
    });
}

void TemplateEditor::reload()
{
    auto templates = TemplateStore(m_reader).all();
    if (!templates) {
        showStatus(templates.error().message(), true);
        return;
    }
    m_templates = *templates;
    const QString filter = m_categoryFilter->currentData().toString();
    const QString typedCategory = m_category->currentText();
    QSignalBlocker blockFilter(m_categoryFilter);
    QSignalBlocker blockCategory(m_category);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), QString());
    m_category->clear();
    if (auto categories = TemplateStore(m_reader).categories()) {
        for (const QString &category : std::as_const(*categories)) {
            m_categoryFilter->addItem(category, category);
            m_category->addItem(category);
        }
    }
    m_categoryFilter->setCurrentIndex(std::max(0, m_categoryFilter->findData(filter)));
    m_category->setCurrentText(typedCategory);
    fillList();
}

void TemplateEditor::fillList()
{
    const QString category = m_categoryFilter->currentData().toString();
    const QString words = m_search->text().trimmed();
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const MessageTemplate &t : std::as_const(m_templates)) {
        if (!category.isEmpty() && t.category != category)
            continue;
        if (!words.isEmpty() && !t.shortcut.contains(words, Qt::CaseInsensitive)
            && !t.title.contains(words, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("/%1 — %2").arg(t.shortcut, t.title));
        item->setData(kIdRole, t.id);
        item->setToolTip(ui::plainToolTip(t.body));
        m_list->addItem(item);
        if (t.id == m_current.id)
            m_list->setCurrentItem(item);
    }
}

void TemplateEditor::showTemplate(qint64 id)
{
    const auto found = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                    [id](const MessageTemplate &t) { return t.id == id; });
    m_current = found == m_templates.cend() ? MessageTemplate() : *found;
    m_title->setText(m_current.title);
    m_category->setCurrentText(m_current.category);
    m_shortcut->setText(m_current.shortcut);
    m_body->setPlainText(m_current.body);
    m_delete->setEnabled(m_current.id != 0);
    fillList();
    updatePreview();
}

void TemplateEditor::newTemplate()
{
    m_current = {};
    const QString category = m_categoryFilter->currentData().toString();
    m_title->clear();
    m_shortcut->clear();
    m_body->clear();
    m_category->setCurrentText(category);
    m_delete->setEnabled(false);
    m_list->clearSelection();
    m_title->setFocus();
    updatePreview();
}

bool TemplateEditor::write(const ui::Change &change, QString *error)
{
    const Status s = m_writer(change);
    if (!s && error)
        *error = s.error().message();
    return bool(s);
}

void TemplateEditor::save()
{
    MessageTemplate t = m_current;
    t.title = m_title->text().trimmed();
    t.category = m_category->currentText().trimmed();
    t.shortcut = m_shortcut->text().trimmed();
    if (t.shortcut.startsWith(QLatin1Char('/')))
        t.shortcut.remove(0, 1);
    t.body = m_body->toPlainText();
    QStringList problems;
    if (t.title.isEmpty())
        problems << tr("a title");
    if (t.shortcut.isEmpty() || t.shortcut.contains(QLatin1Char(' ')))
        problems << tr("a one-word shortcut");
    if (t.body.trimmed().isEmpty())
        problems << tr("a text");
    for (const MessageTemplate &other : std::as_const(m_templates)) {
        if (other.id != t.id && other.shortcut.compare(t.shortcut, Qt::CaseInsensitive) == 0) {
            showStatus(tr("Another template already has the shortcut /%1. Choose another one.")
                           .arg(t.shortcut),
                       true);
            return;
        }
    }
    if (!problems.isEmpty()) {
        showStatus(tr("The template needs %1.").arg(QLocale().createSeparatedList(problems)), true);
        return;
    }
    qint64 id = 0;
    QString error;
    if (!write(
            [t, &id](Database &db) -> Status {
                auto saved = TemplateStore(db).save(t);
                if (saved)
                    id = *saved;
                return saved ? success() : Status(saved.error());
            },
            &error)) {
        showStatus(tr("The template was not saved: %1").arg(error), true);
        return;
    }
    m_current.id = id;
    reload();
    showTemplate(id);
    showStatus(tr("Saved /%1.").arg(t.shortcut));
    emit templatesChanged();
}

void TemplateEditor::remove()
{
    if (!m_current.id)
        return;
    const qint64 id = m_current.id;
    const QString shortcut = m_current.shortcut;
    QString error;
    if (!write([id](Database &db) { return TemplateStore(db).remove(id); }, &error)) {
        showStatus(tr("The template was not deleted: %1").arg(error), true);
        return;
    }
    reload();
    newTemplate();
    showStatus(tr("Deleted /%1.").arg(shortcut));
    emit templatesChanged();
}

void TemplateEditor::addStarters()
{
    const QString language = m_starterLanguage->currentData().toString();
    int added = 0;
    QString error;
    if (!write(
            [language, &added](Database &db) -> Status {
                auto result = TemplateStore(db).addStarterSet(language);
                if (result)
                    added = *result;
                return result ? success() : Status(result.error());
            },
            &error)) {
        showStatus(tr("The starter templates were not added: %1").arg(error), true);
        return;
    }
    reload();
    showStatus(added ? tr("%n starter template(s) added.", nullptr, added)
                     : tr("The starter templates in %1 are all there already.")
                           .arg(m_starterLanguage->currentText()));
    if (added)
        emit templatesChanged();
}

QString TemplateEditor::askFile(bool save)
{
    if (!m_nextFile.isEmpty())
        return std::exchange(m_nextFile, QString());
    const QString filter = tr("Template files (*.json)");
    return save ? QFileDialog::getSaveFileName(this, tr("Export templates"),
                                               QStringLiteral("templates.json"), filter)
                : QFileDialog::getOpenFileName(this, tr("Import templates"), QString(), filter);
}

void TemplateEditor::importFile()
{
    const QString path = askFile(false);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("%1 could not be read: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray json = file.readAll();
    TemplateJson::Imported imported;
    QString error;
    if (!write(
            [&json, &imported](Database &db) {
                imported = TemplateJson::import(db, json);
                return success();
            },
            &error)) {
        showStatus(tr("Nothing was imported: %1").arg(error), true);
        return;
    }
    if (!imported.errors.isEmpty()) {
        showStatus(tr("Nothing was imported. Fix these in the file and try again:\n%1")
                       .arg(imported.errors.join(QLatin1Char('\n'))),
                   true);
        return;
    }
    reload();
    showStatus(tr("%n template(s) added", nullptr, imported.added) + QStringLiteral(", ")
               + tr("%n replaced.", nullptr, imported.updated));
    emit templatesChanged();
}

void TemplateEditor::exportFile()
{
    const QString path = askFile(true);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(TemplateJson::write(m_templates)) < 0
        || !file.commit()) {
        showStatus(tr("%1 could not be written: %2").arg(path, file.errorString()), true);
        return;
    }
    showStatus(tr("%n template(s) exported to %1.", nullptr, int(m_templates.size())).arg(path));
}

void TemplateEditor::choosePreviewCustomer()
{
    m_previewCustomer = {};
    const QString text = m_customer->text().trimmed();
    if (!text.isEmpty()) {
        auto hits = ContactStore(m_reader).search(text, 1);
        if (hits && !hits->isEmpty()) {
            if (auto profile = ContactProfiles::load(m_reader, hits->constFirst().contactId))
                m_previewCustomer = *profile;
        }
    }
    QString name;
    if (!text.isEmpty() && !m_previewCustomer.id)
        name = tr("No customer matches.");
    else if (m_previewCustomer.id)
        name = m_previewCustomer.displayName.isEmpty()
            ? PhoneNumbers::display(m_previewCustomer.e164, PhoneNumbers::systemRegion())
            : m_previewCustomer.displayName;
    m_customerName->setText(name);
    updatePreview();
}

void TemplateEditor::updatePreview()
{
    const QString body = m_body->toPlainText();
    const FilledTemplate rendered = TemplateFiller::render(
        body, TemplateVariables::fromProfile(m_previewCustomer, m_agentName, m_company->text()));
    m_preview->setText(rendered.text);
    if (rendered.complete()) {
        m_missing->setText(m_previewCustomer.id || body.isEmpty()
                               ? QString()
                               : tr("Pick a customer to see the text as they would read it."));
    } else {
        QStringList names;
        for (const QString &name : rendered.unfilled)
            names.append(QStringLiteral("{{%1}}").arg(name));
        m_missing->setText(tr("No value for %1: the agent fills it in before sending, or give "
                              "it a default ({{name|default}}).")
                               .arg(QLocale().createSeparatedList(names)));
    }
    const sms::SegmentInfo info = sms::analyse(rendered.text);
    m_counter->setText(
        tr("%1 · %2", "segments · encoding")
            .arg(tr("%n segment(s)", nullptr, info.segments),
                 info.encoding == sms::Encoding::Gsm7 ? tr("GSM-7") : tr("Unicode")));
}

void TemplateEditor::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setVisible(!text.isEmpty());
}

} // namespace textdesk
