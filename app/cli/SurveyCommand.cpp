#include "CommandLine.h"
#include "surveys/SurveyReplyParser.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

namespace textdesk {

// `textdesk survey score`: what the parser makes of replies, one JSON object per line, so that
// support staff and tests can check it on real replies without a workspace.
int CommandLine::survey(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read survey replies as Textdesk does and print, per text, one JSON object: score "
           "(or null), kind (explicit, inferred or none), opt_out and comment."));
    QCommandLineOption kindOption(QStringLiteral("kind"),
                                  tr("The question: csat (1–5), nps (0–10), ces (1–7) or yesno."),
                                  tr("KIND"));
    QCommandLineOption languageOption(QStringLiteral("language"),
                                      tr("The survey's language: en, de, es or fr (default en)."),
                                      tr("LANG"), QStringLiteral("en"));
    parser.addOptions({ kindOption, languageOption });
    parser.addPositionalArgument(QStringLiteral("survey"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("score"), tr("What to do: score."));
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 tr("The replies (after -- if one starts "
                                    "with a dash)."),
                                 QStringLiteral("TEXT…"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    QStringList positional = parser.positionalArguments();
    // positional: "survey", "score", texts…
    if (positional.size() < 2 || positional.at(1) != QLatin1String("score")) {
        err << tr("textdesk: say what to do with surveys: textdesk survey score --kind csat "
                  "TEXT…")
            << Qt::endl;
        return Usage;
    }
    const auto kind = surveys::kindFromString(parser.value(kindOption));
    if (!kind) {
        err << tr("textdesk: --kind must be csat, nps, ces or yesno.") << Qt::endl;
        return Usage;
    }
    const QStringList texts = positional.mid(2);
    if (texts.isEmpty()) {
        err << tr("textdesk: give at least one reply to read.") << Qt::endl;
        return Usage;
    }
    const QString language = parser.value(languageOption);
    for (const QString &text : texts) {
        const surveys::ParsedReply r = surveys::SurveyReplyParser::parse(*kind, language, text);
        QJsonObject o;
        o.insert(QStringLiteral("score"), r.score ? QJsonValue(*r.score) : QJsonValue());
        o.insert(QStringLiteral("kind"), surveys::scoreKindToString(r.scoreKind));
        o.insert(QStringLiteral("opt_out"), r.optOut);
        o.insert(QStringLiteral("comment"),
                 r.comment.isEmpty() ? QJsonValue() : QJsonValue(r.comment));
        o.insert(QStringLiteral("ask_again"), r.askAgain);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    }
    out.flush();
    return Ok;
}

} // namespace textdesk
