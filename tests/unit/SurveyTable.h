#pragma once

#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

// One row of the survey reply table (tests/unit/data/surveys/*.tsv), shared by the parser's test
// and the CLI's agreement test.
struct SurveyCase
{
    QString file;
    int line = 0;
    QString kind, language, text;
    QString score; // "-" for none
    QString scoreKind; // explicit | inferred | none
    bool optOut = false;
    QString comment; // "" for none
    bool askAgain = false;
};
Q_DECLARE_METATYPE(SurveyCase)

inline QString unescapeSurveyField(QString s)
{
    s.replace(QStringLiteral("\\t"), QStringLiteral("\t"));
    s.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    return s;
}

// Reads the table; an unreadable file or a malformed row leaves *error set.
inline QList<SurveyCase> readSurveyTable(const QString &path, QString *error)
{
    QList<SurveyCase> cases;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read ") + path;
        return cases;
    }
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        QString line = QString::fromUtf8(file.readLine());
        if (line.endsWith(QLatin1Char('\n')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 8) {
            *error = QStringLiteral("%1:%2: %3 fields, expected 8")
                         .arg(path)
                         .arg(number)
                         .arg(f.size());
            return cases;
        }
        SurveyCase c;
        c.file = path.section(QLatin1Char('/'), -1);
        c.line = number;
        c.kind = f[0];
        c.language = f[1];
        c.text = unescapeSurveyField(f[2]);
        c.score = f[3];
        c.scoreKind = f[4];
        c.optOut = f[5] == QLatin1String("1");
        c.comment = f[6] == QLatin1String("-") ? QString() : unescapeSurveyField(f[6]);
        c.askAgain = f[7] == QLatin1String("1");
        cases << c;
    }
    return cases;
}
