// Parsing a survey reply (issue 16: ≤ 20 µs each). Prints the median and the 99th percentile of
// the time per parse over a mix of real-looking replies in four languages and all kinds.
//   ./dev.sh bench surveys            the full run (200 rounds)
//   bench_surveys --smoke             a few rounds: checks the benchmark itself works
#include "surveys/SurveyReplyParser.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QList>

#include <algorithm>
#include <cstdio>

using namespace textdesk::surveys;

namespace {

struct Reply
{
    SurveyKind kind;
    const char *language;
    const char *text;
};

const Reply kReplies[] = {
    { SurveyKind::Csat, "en", "5" },
    { SurveyKind::Csat, "en", "5, it was great! Thanks so much for sorting out my order" },
    { SurveyKind::Csat, "en", "4 stars" },
    { SurveyKind::Csat, "en", "4/5 quick and friendly" },
    { SurveyKind::Csat, "de", "vier von fünf, danke" },
    { SurveyKind::Csat, "es", "cinco estrellas" },
    { SurveyKind::Csat, "fr", "très bien merci" },
    { SurveyKind::Csat, "en", "⭐⭐⭐⭐⭐" },
    { SurveyKind::Csat, "en", "😀 thanks" },
    { SurveyKind::Csat, "en", "55" },
    { SurveyKind::Csat, "en", "My parcel still has not arrived, can someone call me back please?" },
    { SurveyKind::Csat, "en", "STOP" },
    { SurveyKind::Csat, "en", "5 but please stop texting me" },
    { SurveyKind::Nps, "en", "10/10 would recommend" },
    { SurveyKind::Nps, "de", "neun von zehn" },
    { SurveyKind::Nps, "en", "🔟" },
    { SurveyKind::Ces, "fr", "sept" },
    { SurveyKind::Ces, "es", "6 - fue fácil" },
    { SurveyKind::YesNo, "es", "Sí, gracias" },
    { SurveyKind::YesNo, "fr", "Non, toujours en panne" },
};

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Textdesk survey reply parser benchmark"));
    parser.addHelpOption();
    const QCommandLineOption smokeOpt(QStringLiteral("smoke"), QStringLiteral("A few rounds."));
    parser.addOption(smokeOpt);
    parser.process(app);
    const int rounds = parser.isSet(smokeOpt) ? 5 : 200;
    constexpr int kRepeat = 50; // parses per timing, so the timer's resolution does not matter

    QList<std::pair<SurveyKind, std::pair<QString, QString>>> replies;
    for (const Reply &r : kReplies)
        replies.append({ r.kind, { QString::fromLatin1(r.language), QString::fromUtf8(r.text) } });

    QList<double> microseconds;
    qint64 scored = 0;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (const auto &[kind, reply] : replies) {
            timer.start();
            for (int i = 0; i < kRepeat; ++i) {
                const ParsedReply r = SurveyReplyParser::parse(kind, reply.first, reply.second);
                scored += r.score.has_value();
            }
            microseconds.append(double(timer.nsecsElapsed()) / 1000.0 / kRepeat);
        }
    }
    const double med = percentile(microseconds, 0.5);
    const double p99 = percentile(microseconds, 0.99);
    std::printf("survey reply parse: median %.2f µs, p99 %.2f µs over %lld timings of %d parses "
                "(%lld scored); limit 20 µs\n",
                med, p99, qint64(microseconds.size()), kRepeat, scored);
    return med <= 20.0 ? 0 : 1;
}
