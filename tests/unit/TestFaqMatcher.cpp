// The FAQ bot's matching (automation/FaqMatcher) and its file (FaqFile): case, accents, punctuation
// and typos tolerated; phrases weigh more than keywords; a request for a person in the four
// languages; unsure below the threshold or between two answers; adversarial messages (empty,
// emoji only, 1600 characters, mixed languages); the shipped starter FAQ in en, de, es, fr.
#include "TestWorkspace.h"
#include "automation/FaqFile.h"
#include "automation/FaqMatcher.h"
#include "cli/CommandLine.h"
#include "workspace/Workspace.h"

#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::automation;

namespace {

FaqEntry entry(const QString &question, const QStringList &keywords,
               const QStringList &phrases = {}, const QString &topic = {},
               const QString &language = QStringLiteral("en"))
{
    FaqEntry e;
    e.language = language;
    e.topic = topic;
    e.question = question;
    e.answer = QStringLiteral("Answer to ") + question;
    e.keywords = keywords;
    e.phrases = phrases;
    return e;
}

QList<FaqEntry> small()
{
    return { entry(QStringLiteral("Opening hours"),
                   { QStringLiteral("hours"), QStringLiteral("open"), QStringLiteral("opening") },
                   { QStringLiteral("opening hours"), QStringLiteral("when are you open") }),
             entry(QStringLiteral("Refunds"), { QStringLiteral("refund"), QStringLiteral("money") },
                   { QStringLiteral("money back") }),
             entry(QStringLiteral("Returns"),
                   { QStringLiteral("return"), QStringLiteral("exchange") },
                   { QStringLiteral("send it back") }),
             entry(QStringLiteral("Rückerstattung"),
                   { QStringLiteral("Rückerstattung"), QStringLiteral("Geld") },
                   { QStringLiteral("Geld zurück") }, {}, QStringLiteral("de")) };
}

QList<FaqEntry> starter()
{
    QFile file(QStringLiteral(TEXTDESK_STARTER_FAQ));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return FaqFile::read(file.readAll()).entries;
}

QString answered(const QList<FaqEntry> &entries, const QString &text)
{
    const FaqMatch m = FaqMatcher::match(entries, text);
    return m.kind == FaqMatch::Kind::Answer ? entries.at(m.entry).question : QString();
}

} // namespace

class TestFaqMatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void foldingIgnoresCaseAccentsAndPunctuation()
    {
        QCOMPARE(FaqMatcher::words(QStringLiteral("RÜCKERSTATTUNG?! Straße, café…")),
                 (QStringList { QStringLiteral("ruckerstattung"), QStringLiteral("strasse"),
                                QStringLiteral("cafe") }));
        // Compatibility forms (NFKD): a ligature and full-width letters are plain letters.
        QCOMPARE(FaqMatcher::words(QStringLiteral("ﬁle ＨＯＵＲＳ")),
                 (QStringList { QStringLiteral("file"), QStringLiteral("hours") }));
        QCOMPARE(FaqMatcher::words(QStringLiteral("what's-your  ...hours")),
                 (QStringList { QStringLiteral("what"), QStringLiteral("s"), QStringLiteral("your"),
                                QStringLiteral("hours") }));
    }

    void distanceCountsSwapsAsOneEdit()
    {
        QCOMPARE(FaqMatcher::distance(u"refund", u"refund", 2), 0);
        QCOMPARE(FaqMatcher::distance(u"refnud", u"refund", 2), 1); // swapped letters
        QCOMPARE(FaqMatcher::distance(u"refun", u"refund", 2), 1); // dropped
        QCOMPARE(FaqMatcher::distance(u"reefund", u"refund", 2), 1); // added
        QCOMPARE(FaqMatcher::distance(u"refond", u"refund", 2), 1); // changed
        QCOMPARE(FaqMatcher::distance(u"rfeudn", u"refund", 2), 2);
        QCOMPARE(FaqMatcher::distance(u"abc", u"refund", 2), 3); // more than the limit: limit + 1
        QCOMPARE(FaqMatcher::distance(u"", u"", 1), 0);
    }

    void typosAllowedByWordLength()
    {
        // Under 5 letters: exact only.
        QVERIFY(FaqMatcher::wordMatches(u"open", u"open"));
        QVERIFY(!FaqMatcher::wordMatches(u"opne", u"open"));
        QVERIFY(!FaqMatcher::wordMatches(u"pen", u"open"));
        // 5 to 8 letters: one typo.
        QVERIFY(FaqMatcher::wordMatches(u"huors", u"hours"));
        QVERIFY(FaqMatcher::wordMatches(u"refnd", u"refund"));
        QVERIFY(!FaqMatcher::wordMatches(u"rfnd", u"refund"));
        // 9 letters and more: two.
        QVERIFY(FaqMatcher::wordMatches(u"ruckerstatung", u"ruckerstattung"));
        QVERIFY(FaqMatcher::wordMatches(u"rukerstatung", u"ruckerstattung"));
        QVERIFY(!FaqMatcher::wordMatches(u"rukerstatun", u"ruckerstattung"));
        // Numbers are never typos.
        QVERIFY(!FaqMatcher::wordMatches(u"order12346", u"order12345"));
    }

    void phrasesWeighMoreThanKeywords()
    {
        const QList<FaqEntry> entries = small();
        const QStringList words = FaqMatcher::words(QStringLiteral("I want my money back"));
        // Refunds: the phrase "money back" (3) and the keyword "money" (1).
        QCOMPARE(FaqMatcher::score(entries.at(1), words),
                 FaqMatcher::kPhraseScore + FaqMatcher::kKeywordScore);
        // A keyword counts once however often it is written.
        QCOMPARE(FaqMatcher::score(entries.at(1), FaqMatcher::words(QStringLiteral("money money"))),
                 FaqMatcher::kKeywordScore);
        // The phrase beats two keywords of another entry.
        const QList<FaqEntry> competing
            = { entry(QStringLiteral("Returns"),
                      { QStringLiteral("return"), QStringLiteral("item") }),
                entry(QStringLiteral("Refunds"), {}, { QStringLiteral("money back") }) };
        QCOMPARE(answered(competing, QStringLiteral("return the item, I want my money back")),
                 QStringLiteral("Refunds"));
    }

    void matchesWithTyposCaseAndAccents()
    {
        const QList<FaqEntry> entries = small();
        QCOMPARE(answered(entries, QStringLiteral("wat are your OPENING HOURS??")),
                 QStringLiteral("Opening hours"));
        QCOMPARE(answered(entries, QStringLiteral("when r you opne? what are ur huors")),
                 QString()); // "opne" is too short for a typo; "huors" alone is one keyword
        QCOMPARE(answered(entries, QStringLiteral("openign huors")),
                 QStringLiteral("Opening hours"));
        QCOMPARE(answered(entries, QStringLiteral("Wann bekomme ich mein GELD ZURUCK")),
                 QStringLiteral("Rückerstattung"));
        QCOMPARE(answered(entries, QStringLiteral("Ruckerstatung bitte")), QString());
        QCOMPARE(answered(entries, QStringLiteral("Rückerstatung? Geld!")),
                 QStringLiteral("Rückerstattung"));
    }

    void unsureBelowTheThresholdOrBetweenTwoAnswers()
    {
        const QList<FaqEntry> entries = small();
        FaqMatch m = FaqMatcher::match(entries, QStringLiteral("do you have it in blue?"));
        QCOMPARE(m.kind, FaqMatch::Kind::Unsure);
        QCOMPARE(m.entry, -1);
        QVERIFY(m.why.contains(QLatin1String("no question")));
        // One keyword: a score of 1, under the default 2.
        m = FaqMatcher::match(entries, QStringLiteral("refund"));
        QCOMPARE(m.kind, FaqMatch::Kind::Unsure);
        QCOMPARE(m.score, 1);
        QVERIFY(m.why.contains(QLatin1String("Refunds")));
        // The same with a threshold of 1 answers.
        QCOMPARE(FaqMatcher::match(entries, QStringLiteral("refund"), 1).kind,
                 FaqMatch::Kind::Answer);
        // Two answers score the same: unsure, naming both.
        m = FaqMatcher::match(entries, QStringLiteral("refund or exchange? money, return"));
        QCOMPARE(m.kind, FaqMatch::Kind::Unsure);
        QVERIFY(m.why.contains(QLatin1String("Refunds")));
        QVERIFY(m.why.contains(QLatin1String("Returns")));
        // The same topic in two languages does not compete: the first answers.
        const QList<FaqEntry> twoLanguages
            = { entry(QStringLiteral("Contact"), { QStringLiteral("contact") }, {},
                      QStringLiteral("contact")),
                entry(QStringLiteral("Contacter"), { QStringLiteral("contacter") }, {},
                      QStringLiteral("contact"), QStringLiteral("fr")) };
        QCOMPARE(answered(twoLanguages, QStringLiteral("contact")), QString()); // 1 < 2
        QCOMPARE(FaqMatcher::match(twoLanguages, QStringLiteral("contact"), 1).entry, 0);
    }

    void asksForAPersonInFourLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("en agent") << QStringLiteral("Can I talk to an AGENT please");
        QTest::addRow("en human") << QStringLiteral("I want to talk to a human");
        QTest::addRow("en person") << QStringLiteral("real person please!!");
        QTest::addRow("en representative") << QStringLiteral("representative");
        QTest::addRow("en typo") << QStringLiteral("representatve now");
        QTest::addRow("de Mitarbeiter") << QStringLiteral("Bitte einen Mitarbeiter.");
        QTest::addRow("de Mensch") << QStringLiteral("Ich möchte mit einem MENSCHEN sprechen");
        QTest::addRow("es persona") << QStringLiteral("Quiero hablar con una persona");
        QTest::addRow("es agente") << QStringLiteral("¡Agente, por favor!");
        QTest::addRow("fr humain") << QStringLiteral("Je veux parler à un humain");
        QTest::addRow("fr conseiller") << QStringLiteral("un conseiller svp");
        QTest::addRow("fr conseillère") << QStringLiteral("UNE CONSEILLÈRE");
    }
    void asksForAPersonInFourLanguages()
    {
        QFETCH(QString, text);
        const FaqMatch m = FaqMatcher::match(small(), text);
        QCOMPARE(m.kind, FaqMatch::Kind::Person);
        QCOMPARE(m.why, QStringLiteral("Customer asked for a person"));
        // Even with no FAQ at all.
        QCOMPARE(FaqMatcher::match({}, text).kind, FaqMatch::Kind::Person);
    }

    void ordinaryWordsAreNotAPersonRequest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("urgent") << QStringLiteral("urgent: where is my order");
        QTest::addRow("personal") << QStringLiteral("my personal details changed");
        QTest::addRow("agenda") << QStringLiteral("what is on the agenda");
        QTest::addRow("humor") << QStringLiteral("good humor");
        QTest::addRow("prison") << QStringLiteral("prison");
    }
    void ordinaryWordsAreNotAPersonRequest()
    {
        QFETCH(QString, text);
        QVERIFY(!FaqMatcher::asksForPerson(FaqMatcher::words(text)));
    }

    void greetingsAndThanksWaitForAQuestion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("en") << QStringLiteral("Hi!");
        QTest::addRow("en thanks") << QStringLiteral("ok, thank you 🙏");
        QTest::addRow("de") << QStringLiteral("Guten Tag");
        QTest::addRow("de thanks") << QStringLiteral("Vielen Dank!");
        QTest::addRow("es") << QStringLiteral("¡Hola, buenos días!");
        QTest::addRow("fr") << QStringLiteral("Bonjour");
        QTest::addRow("fr thanks") << QStringLiteral("merci beaucoup");
    }
    void greetingsAndThanksWaitForAQuestion()
    {
        QFETCH(QString, text);
        QCOMPARE(FaqMatcher::match(small(), text).kind, FaqMatch::Kind::SmallTalk);
        // With a question after it, the question is answered.
        QCOMPARE(answered(small(), text + QStringLiteral(" what are your opening hours?")),
                 QStringLiteral("Opening hours"));
    }

    void adversarialMessages()
    {
        const QList<FaqEntry> entries = small();
        // Empty, blank, punctuation, emoji only: unsure, never an answer.
        for (const QString &text :
             { QString(), QStringLiteral("   "), QStringLiteral("?!…"),
               QStringLiteral("😀🙏🏽👍"), QStringLiteral("\u200B\u0301") }) {
            const FaqMatch m = FaqMatcher::match(entries, text);
            QCOMPARE(m.kind, FaqMatch::Kind::Unsure);
            QVERIFY(!m.why.isEmpty());
        }
        // Emoji between words do not hide them.
        QCOMPARE(answered(entries, QStringLiteral("😀opening😀hours😀")),
                 QStringLiteral("Opening hours"));
        // 1,600 characters of chatter with the question at the very end.
        QString longText;
        while (longText.size() < 1570)
            longText += QStringLiteral("blah lorem ipsum dolor ");
        longText += QStringLiteral("opening hours?");
        QVERIFY(longText.size() >= 1580);
        QCOMPARE(answered(entries, longText), QStringLiteral("Opening hours"));
        // No FAQ at all: unsure.
        QCOMPARE(FaqMatcher::match({}, QStringLiteral("opening hours")).kind,
                 FaqMatch::Kind::Unsure);
        // An entry without keywords or phrases scores nothing.
        QCOMPARE(FaqMatcher::score(entry(QStringLiteral("Empty"), {}),
                                   FaqMatcher::words(QStringLiteral("anything"))),
                 0);
    }

    void starterFaqParsesAndAnswersInFourLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("topic");
        QTest::addRow("en hours typo") << QStringLiteral("wat are your opening hours?")
                                       << QStringLiteral("en") << QStringLiteral("hours");
        QTest::addRow("en order") << QStringLiteral("Where is my order??") << QStringLiteral("en")
                                  << QStringLiteral("order-status");
        QTest::addRow("en refund") << QStringLiteral("can i get my money back")
                                   << QStringLiteral("en") << QStringLiteral("refunds");
        QTest::addRow("en return") << QStringLiteral("how do I return my order")
                                   << QStringLiteral("en") << QStringLiteral("returns");
        QTest::addRow("en contact") << QStringLiteral("what is your phone number")
                                    << QStringLiteral("en") << QStringLiteral("contact");
        QTest::addRow("de hours") << QStringLiteral("Wann habt ihr geöffnet?")
                                  << QStringLiteral("de") << QStringLiteral("hours");
        QTest::addRow("de order") << QStringLiteral("Wo ist meine Bestelung?")
                                  << QStringLiteral("de") << QStringLiteral("order-status");
        QTest::addRow("de refund") << QStringLiteral("Ich will mein Geld zuruck")
                                   << QStringLiteral("de") << QStringLiteral("refunds");
        QTest::addRow("es hours") << QStringLiteral("¿A qué hora abren?") << QStringLiteral("es")
                                  << QStringLiteral("hours");
        QTest::addRow("es order") << QStringLiteral("donde esta mi pedido") << QStringLiteral("es")
                                  << QStringLiteral("order-status");
        QTest::addRow("es refund") << QStringLiteral("¿Cuándo me devuelven el dinero?")
                                   << QStringLiteral("es") << QStringLiteral("refunds");
        QTest::addRow("fr hours") << QStringLiteral("Quelles sont vos heures d'ouverture ?")
                                  << QStringLiteral("fr") << QStringLiteral("hours");
        QTest::addRow("fr order") << QStringLiteral("Où est ma commande ?") << QStringLiteral("fr")
                                  << QStringLiteral("order-status");
        QTest::addRow("fr return") << QStringLiteral("Comment retourner un article ?")
                                   << QStringLiteral("fr") << QStringLiteral("returns");
        // Mixed languages: the stronger match wins.
        QTest::addRow("mixed") << QStringLiteral("Hola! where is my order, por favor")
                               << QStringLiteral("en") << QStringLiteral("order-status");
    }
    void starterFaqParsesAndAnswersInFourLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, topic);
        const QList<FaqEntry> entries = starter();
        QCOMPARE(entries.size(), 20);
        const FaqMatch m = FaqMatcher::match(entries, text);
        QVERIFY2(m.kind == FaqMatch::Kind::Answer, qPrintable(m.why));
        QCOMPARE(entries.at(m.entry).language, language);
        QCOMPARE(entries.at(m.entry).topic, topic);
    }

    void starterFaqCoversEachTopicInEachLanguage()
    {
        const QList<FaqEntry> entries = starter();
        for (const QString &language : FaqFile::languages()) {
            QStringList topics;
            for (const FaqEntry &e : entries) {
                if (e.language == language)
                    topics << e.topic;
            }
            topics.sort();
            QCOMPARE(topics,
                     (QStringList { QStringLiteral("contact"), QStringLiteral("hours"),
                                    QStringLiteral("order-status"), QStringLiteral("refunds"),
                                    QStringLiteral("returns") }));
        }
    }

    void fileErrorsNameTheEntry()
    {
        FaqFile::Parsed p = FaqFile::read("not json");
        QVERIFY(!p.ok());
        QVERIFY(p.errors.first().contains(QLatin1String("not JSON")));
        p = FaqFile::read(R"({"format": "textdesk-rules"})");
        QVERIFY(p.errors.first().contains(QLatin1String("not a Textdesk FAQ")));
        p = FaqFile::read(R"({"format": "textdesk-faq", "version": 1, "entries": [
            {"language": "en", "question": "Hours", "answer": "9-5", "keywords": ["hours"]},
            {"language": "en", "question": "Refunds", "keywords": ["refund"]},
            {"question": "", "answer": "x", "language": "en", "phrases": "a b"},
            {"language": "de", "question": "Emoji", "answer": "x", "keywords": ["😀", "!!"]},
            {"language": "fr", "question": "Bad", "answer": "x", "keywords": [1, 2]}]})");
        QVERIFY(!p.ok());
        QVERIFY(p.entries.isEmpty()); // all or nothing
        QCOMPARE(p.errors.size(), 4);
        QCOMPARE(p.errors.at(0), QStringLiteral("Entry 2 (“Refunds”): it has no answer."));
        QCOMPARE(p.errors.at(1),
                 QStringLiteral("Entry 3 (without a question): it has no question."));
        QVERIFY2(p.errors.at(2).startsWith(QStringLiteral("Entry 4 (“Emoji”): it has no keywords")),
                 qPrintable(p.errors.at(2)));
        QVERIFY(p.errors.at(3).contains(QLatin1String("\"keywords\" must be a list")));
        // What is written is read back the same.
        const QList<FaqEntry> entries = starter();
        const FaqFile::Parsed again = FaqFile::read(FaqFile::write(entries));
        QVERIFY(again.ok());
        QCOMPARE(again.entries.size(), entries.size());
        QCOMPARE(again.entries.at(7).phrases, entries.at(7).phrases);
        QCOMPARE(again.entries.at(19).answer, entries.at(19).answer);
    }

    // `textdesk faq import|list|test|export` through the command line's own entry point.
    void faqCommand()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ws"));
        const auto run = [&](QStringList args, QString *output = nullptr) {
            args.prepend(QStringLiteral("textdesk"));
            QString outText, errText;
            QTextStream out(&outText), err(&errText);
            const int code = CommandLine::run(args, out, err);
            out.flush();
            err.flush();
            if (output)
                *output = outText + errText;
            return code;
        };
        QString output;
        QCOMPARE(run({ QStringLiteral("faq"), QStringLiteral("list"), QStringLiteral("--workspace"),
                       workspace },
                     &output),
                 0);
        QVERIFY2(output.contains(QLatin1String("No FAQ yet")), qPrintable(output));
        QCOMPARE(
            run({ QStringLiteral("faq"), QStringLiteral("import"), QStringLiteral("--workspace"),
                  workspace, QStringLiteral(TEXTDESK_STARTER_FAQ) },
                &output),
            0);
        QVERIFY2(output.contains(QLatin1String("Imported 20 question")), qPrintable(output));
        QCOMPARE(run({ QStringLiteral("faq"), QStringLiteral("list"), QStringLiteral("--workspace"),
                       workspace },
                     &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("6. [de] Wann haben Sie geöffnet?")),
                 qPrintable(output));
        QCOMPARE(run({ QStringLiteral("faq"), QStringLiteral("test"), QStringLiteral("--workspace"),
                       workspace, QStringLiteral("wo ist meine bestelung") },
                     &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("The FAQ bot answers “Wo ist meine Bestellung?”")),
                 qPrintable(output));
        QCOMPARE(run({ QStringLiteral("faq"), QStringLiteral("test"), QStringLiteral("--workspace"),
                       workspace, QStringLiteral("un conseiller svp") },
                     &output),
                 0);
        QVERIFY2(output.contains(QLatin1String("hands the conversation to a person: Customer "
                                               "asked for a person")),
                 qPrintable(output));
        // A bad file imports nothing and names the entry; the FAQ before stays.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"format": "textdesk-faq", "version": 1, "entries": [
            {"language": "en", "question": "Hours", "answer": "9-5", "keywords": ["hours"]},
            {"language": "en", "question": "Refunds", "keywords": ["refund"]}]})");
        badFile.close();
        QCOMPARE(run({ QStringLiteral("faq"), QStringLiteral("import"),
                       QStringLiteral("--workspace"), workspace, bad },
                     &output),
                 1);
        QVERIFY2(output.contains(QStringLiteral("Entry 2 (“Refunds”): it has no answer.")),
                 qPrintable(output));
        const QString exported = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(run({ QStringLiteral("faq"), QStringLiteral("export"),
                       QStringLiteral("--workspace"), workspace, exported }),
                 0);
        QFile back(exported);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const FaqFile::Parsed again = FaqFile::read(back.readAll());
        QVERIFY(again.ok());
        QCOMPARE(again.entries.size(), 20);
        QCOMPARE(again.entries.at(5).question, QStringLiteral("Wann haben Sie geöffnet?"));
    }
};

QTEST_GUILESS_MAIN(TestFaqMatcher)
#include "TestFaqMatcher.moc"
