// The template renderer (app/templates/TemplateFiller) on any body and values: what is left
// unfilled is exactly what the composer finds unfilled in the text afterwards (it blocks sending
// on those), filling again changes nothing, and a value is put in literally.
#include "FuzzTarget.h"
#include "templates/TemplateFiller.h"

namespace {
using namespace textdesk;
} // namespace

// Input: the body, then optionally "\n--\n" and one "name=value" per line.
TEXTDESK_FUZZ_TARGET(template)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf(QLatin1String("\n--\n"));
    const QString body = split < 0 ? input : input.left(split);
    QHash<QString, QString> values;
    if (split >= 0) {
        const QStringList lines = input.mid(split + 4).split(u'\n');
        for (const QString &line : lines) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                values.insert(line.left(eq), line.mid(eq + 1));
        }
    }

    const FilledTemplate bare = TemplateFiller::fill(body, {});
    TEXTDESK_FUZZ_CHECK(bare.unfilled == TemplateFiller::unfilledVariables(body));
    TEXTDESK_FUZZ_CHECK(TemplateFiller::unfilledVariables(bare.text) == bare.unfilled);
    TEXTDESK_FUZZ_CHECK(TemplateFiller::fill(bare.text, {}).text == bare.text);

    const FilledTemplate filled = TemplateFiller::fill(body, values);
    const QStringList left = TemplateFiller::unfilledVariables(filled.text);
    for (const QString &name : filled.unfilled) {
        TEXTDESK_FUZZ_CHECK(left.contains(name));
        TEXTDESK_FUZZ_CHECK(bare.unfilled.contains(name));
    }
    for (const QString &name : TemplateFiller::standardVariables())
        TEXTDESK_FUZZ_CHECK(TemplateFiller::normalizedName(name) == name);
    return 0;
}
