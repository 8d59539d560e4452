#include "ReplyAnalysis.h"

#include "sms/SegmentCounter.h"
#include "templates/TemplateFiller.h"

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTextStream>

namespace textdesk::training {

namespace {

QRegularExpression wordsPattern(const QStringList &words)
{
    QStringList escaped;
    for (const QString &w : words)
        escaped << QRegularExpression::escape(w);
    return QRegularExpression(
        QStringLiteral("\\b(") + escaped.join(QLatin1Char('|')) + QStringLiteral(")"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &apologyPattern(const QString &language)
{
    // Stems, matched at a word start: "entschuldig" covers Entschuldigung and entschuldigen.
    static const QRegularExpression en = wordsPattern(
        { QStringLiteral("sorry"), QStringLiteral("apologi"), QStringLiteral("my bad"),
          QStringLiteral("our fault"), QStringLiteral("regret") });
    static const QRegularExpression de = wordsPattern(
        { QStringLiteral("entschuldig"), QStringLiteral("tut mir leid"),
          QStringLiteral("tut uns leid"), QStringLiteral("bedauer"), QStringLiteral("verzeih") });
    static const QRegularExpression es = wordsPattern(
        { QStringLiteral("lo siento"), QStringLiteral("lo sentimos"), QStringLiteral("perd"),
          QStringLiteral("disculp"), QStringLiteral("lament") });
    static const QRegularExpression fr = wordsPattern(
        { QStringLiteral("désolé"), QStringLiteral("desole"), QStringLiteral("excus"),
          QStringLiteral("pardon"), QStringLiteral("regrett") });
    if (language == QLatin1String("de"))
        return de;
    if (language == QLatin1String("es"))
        return es;
    if (language == QLatin1String("fr"))
        return fr;
    return en;
}

bool mentions(const QString &text, const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(QLatin1Char('#')))
        v.remove(0, 1); // "#48213" is named as "48213" just as well
    if (v.isEmpty())
        return false;
    const QRegularExpression re(
        QStringLiteral("(?<![\\w])") + QRegularExpression::escape(v) + QStringLiteral("(?![\\w])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

bool shouts(const QString &text, const Customer &customer)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}]{3,}"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList exempt; // a profile value in capitals (an order code) is not shouting
    for (const QString &value : customer.profile)
        exempt << value.toUpper();
    int run = 0;
    int upperLetters = 0;
    int letters = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        letters += int(w.size());
        const bool upper = w == w.toUpper() && w != w.toLower();
        if (upper)
            upperLetters += int(w.size());
        if (upper && !std::any_of(exempt.begin(), exempt.end(), [&w](const QString &e) {
                return e.contains(w);
            }))
            ++run;
        else
            run = 0;
        if (run >= 2)
            return true;
    }
    return letters >= 12 && upperLetters * 10 > letters * 6;
}

} // namespace

QStringList defaultJargon()
{
    QString error;
    const QStringList list = readJargon(QStringLiteral(":/training/jargon.txt"), &error);
    return list;
}

QStringList readJargon(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    QStringList terms;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().section(QLatin1Char('#'), 0, 0).trimmed();
        if (!line.isEmpty())
            terms << line;
    }
    return terms;
}

bool containsApology(const QString &text, const QString &language)
{
    return apologyPattern(language).match(text).hasMatch()
        || apologyPattern(QStringLiteral("en")).match(text).hasMatch();
}

bool followsTemplate(const QString &text, const QString &templateBody)
{
    const QStringList parts = templateBody.split(TemplateFiller::variablePattern());
    qsizetype from = 0;
    int matched = 0;
    for (const QString &part : parts) {
        const QString fixed = part.trimmed();
        if (fixed.size() < 4)
            continue; // ", " between two variables says nothing
        const qsizetype at = text.indexOf(fixed, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        from = at + fixed.size();
        ++matched;
    }
    return matched > 0;
}

bool isQuestion(const QString &text)
{
    return text.contains(QLatin1Char('?')) || text.contains(QChar(0x00BF));
}

ReplyFacts analyseReply(const QString &text, const Scenario &scenario, const Customer &customer,
                        const QStringList &jargon)
{
    ReplyFacts f;
    f.apologises = containsApology(text, customer.language);
    f.asksQuestion = isQuestion(text);
    f.allCaps = shouts(text, customer);
    for (const QString &term : jargon) {
        if (!term.isEmpty() && wordsPattern({ term }).match(text).hasMatch()
            && !f.jargon.contains(term, Qt::CaseInsensitive))
            f.jargon << term;
    }
    const sms::SegmentInfo info = sms::analyse(text);
    f.segments = info.segments;
    f.length = int(text.size());
    f.ucs2 = info.encoding == sms::Encoding::Ucs2;
    if (f.ucs2 && sms::hasLookAlikes(text)
        && sms::analyse(sms::smartEncode(text)).encoding == sms::Encoding::Gsm7) {
        f.lookAlikesForcedUcs2 = true;
        f.lookAlike = info.nonGsmCharacter;
    }
    QStringList fields { QStringLiteral("name") };
    fields << customer.profile.keys();
    for (const QString &field : fields) {
        if (mentions(text, customer.field(field)))
            f.mentioned << field;
    }
    for (auto it = scenario.templates.begin(); it != scenario.templates.end(); ++it) {
        if (followsTemplate(text, it.value())) {
            f.templateId = it.key();
            break;
        }
    }
    return f;
}

} // namespace textdesk::training
