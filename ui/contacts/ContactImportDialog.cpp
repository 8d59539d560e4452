#include "ContactImportDialog.h"

#include "common/PlainText.h"
#include "storage/ContactBook.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace textdesk {

namespace {
using contacts::Field;

const Field kFields[] = { Field::Ignore, Field::DisplayName, Field::GivenName, Field::FamilyName,
                          Field::Number, Field::Email,       Field::Company,   Field::Tags,
                          Field::Notes,  Field::Uid,         Field::Custom };

QString fieldName(Field field)
{
    switch (field) {
    case Field::Ignore:
        return ContactImportDialog::tr("(not imported)");
    case Field::DisplayName:
        return ContactImportDialog::tr("Name");
    case Field::GivenName:
        return ContactImportDialog::tr("Given name");
    case Field::FamilyName:
        return ContactImportDialog::tr("Family name");
    case Field::Number:
        return ContactImportDialog::tr("Phone number");
    case Field::Email:
        return ContactImportDialog::tr("Email");
    case Field::Company:
        return ContactImportDialog::tr("Company");
    case Field::Tags:
        return ContactImportDialog::tr("Tags");
    case Field::Notes:
        return ContactImportDialog::tr("Notes");
    case Field::Uid:
        return ContactImportDialog::tr("vCard UID");
    case Field::Custom:
        return ContactImportDialog::tr("Custom field");
    }
    return {};
}
} // namespace

ContactImportDialog::ContactImportDialog(const QString &path, const QString &region, Writer writer,
                                         QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_region(region)
    , m_writer(std::move(writer))
{
    setObjectName(QStringLiteral("contactImportDialog"));
    setWindowTitle(tr("Import contacts"));
    auto *layout = new QVBoxLayout(this);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_bytes = file.readAll();
    m_format = contacts::ContactFiles::guessFormat(path, m_bytes);
    m_parsed = m_format == contacts::Format::VCard
        ? contacts::ContactFiles::readVCard(m_bytes, region)
        : contacts::ContactFiles::readCsv(m_bytes, region);

    auto *intro = ui::plain(new QLabel(this));
    intro->setWordWrap(true);
    intro->setText(m_format == contacts::Format::VCard
                       ? tr("%1: %n card(s).", nullptr, int(m_parsed.cards.size()))
                             .arg(QFileInfo(path).fileName())
                       : tr("%1, read as an export of %2. Check what each column holds.")
                             .arg(QFileInfo(path).fileName(),
                                  contacts::CsvMapping::layoutName(m_parsed.mapping.layout)));
    layout->addWidget(intro);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importMapping"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Column"), tr("Imported as"), tr("First rows") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setVisible(m_format == contacts::Format::Csv);
    layout->addWidget(m_table, 1);
    fillMapping();

    m_problems = ui::plain(new QLabel(this));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);
    m_problems->setVisible(!m_parsed.ok());
    m_problems->setText(m_parsed.errors.join(u'\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *start = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("importStart"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(start, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    layout->addWidget(buttons);
    resize(720, 480);
}

void ContactImportDialog::fillMapping()
{
    const QStringList &header = m_parsed.header;
    m_table->setRowCount(int(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        auto *name = new QTableWidgetItem(header.at(i));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(i, 0, name);
        auto *choice = new QComboBox(m_table);
        choice->setObjectName(QStringLiteral("mapping-%1").arg(i));
        for (Field field : kFields)
            choice->addItem(fieldName(field), int(field));
        const contacts::Column column = m_parsed.mapping.columns.value(i);
        choice->setCurrentIndex(choice->findData(int(column.field)));
        m_table->setCellWidget(i, 1, choice);
        QStringList samples;
        for (const QStringList &row : std::as_const(m_parsed.preview))
            samples << row.value(i).simplified();
        auto *values = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        values->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(i, 2, values);
    }
    m_table->resizeColumnsToContents();
}

contacts::CsvMapping ContactImportDialog::mapping() const
{
    contacts::CsvMapping mapping = m_parsed.mapping;
    mapping.columns.clear();
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(i, 1));
        const Field field = Field(choice->currentData().toInt());
        mapping.columns << contacts::Column {
            field, field == Field::Custom ? m_parsed.header.value(i).trimmed() : QString()
        };
    }
    return mapping;
}

bool ContactImportDialog::runImport()
{
    if (m_format == contacts::Format::Csv) {
        const contacts::CsvMapping chosen = mapping();
        m_parsed = contacts::ContactFiles::readCsv(m_bytes, m_region, &chosen);
    }
    if (!m_parsed.ok()) {
        m_problems->setText(m_parsed.errors.join(u'\n'));
        m_problems->show();
        return false;
    }
    const QList<ContactCard> cards = m_parsed.cards;
    const QString source = QFileInfo(m_path).fileName();
    const QString format
        = m_format == contacts::Format::VCard ? QStringLiteral("vcard") : QStringLiteral("csv");
    const Status s = m_writer([&](Database &db) -> Status {
        auto outcome
            = ContactBook::import(db, cards, source, format, QDateTime::currentMSecsSinceEpoch());
        return outcome ? success() : Status(outcome.error());
    });
    if (!s) {
        m_problems->setText(s.error().message());
        m_problems->show();
        return false;
    }
    return true;
}

} // namespace textdesk
