// Every fuzz target's committed inputs — its seed corpus and the regressions a fuzzer found —
// replayed through the same entry function as ./dev.sh fuzz, without libFuzzer: a crash or a
// broken invariant fixed once stays fixed, in every build (docs/FUZZING.md).
#include "FuzzTarget.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QMap>
#include <QtTest/QTest>

namespace textdesk::fuzz {

namespace {
QMap<QString, Entry> &registry()
{
    static QMap<QString, Entry> entries;
    return entries;
}
} // namespace

Registration::Registration(const char *name, Entry entry)
{
    registry().insert(QString::fromLatin1(name), entry);
}

} // namespace textdesk::fuzz

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private:
    static QDir fuzzDir() { return QDir(QStringLiteral(TEXTDESK_FUZZ_DIR)); }

private slots:
    // Each target in CMake's list is registered, and has seeds to start from.
    void everyTargetHasACorpus()
    {
        const QStringList names = QStringLiteral(TEXTDESK_FUZZ_TARGET_NAMES).split(u',');
        QCOMPARE(QStringList(textdesk::fuzz::registry().keys()), [&] {
            QStringList sorted = names;
            sorted.sort();
            return sorted;
        }());
        for (const QString &name : names) {
            const QDir corpus(fuzzDir().filePath(QStringLiteral("corpus/") + name));
            QVERIFY2(corpus.entryList(QDir::Files).size() >= 3, qPrintable(name));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QStringList names = textdesk::fuzz::registry().keys();
        for (const QString &name : names) {
            for (const char *kind : { "corpus/", "regressions/" }) {
                const QDir dir(fuzzDir().filePath(QLatin1String(kind) + name));
                const QStringList files = dir.entryList(QDir::Files, QDir::Name);
                for (const QString &file : files) {
                    QTest::addRow("%s/%s%s", qPrintable(name), kind, qPrintable(file))
                        << name << dir.filePath(file);
                }
            }
        }
    }

    // A broken invariant aborts (the whole test fails, naming the input in the log above).
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const textdesk::fuzz::Entry entry = textdesk::fuzz::registry().value(target);
        QVERIFY(entry);
        QCOMPARE(entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                       std::size_t(bytes.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "TestFuzzReplay.moc"
