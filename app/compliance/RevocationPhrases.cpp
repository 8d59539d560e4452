#include "RevocationPhrases.h"

#include "storage/ConsentKeywords.h"

#include <QtCore/QList>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

namespace textdesk::compliance::RevocationPhrases {

namespace revocation_detail {

struct Language
{
    // Phrases that ask to stop, on normalized text.
    QRegularExpression asks;
    // "No more messages" and the like: a request, unless the sentence says that messages no
    // longer arrive ("ich bekomme keine SMS mehr" is a complaint) without saying what the
    // customer wants ("ich möchte keine SMS mehr bekommen" is a request).
    QRegularExpression noMore;
    QRegularExpression complaint;
    QRegularExpression wish;
};

QRegularExpression pattern(const QStringList &alternatives)
{
    return QRegularExpression(QStringLiteral("(?:^| )(?:") + alternatives.join(QLatin1Char('|'))
                              + QStringLiteral(")(?: |$)"));
}

const QList<Language> &languages()
{
    static const QList<Language> list = [] {
        QList<Language> l;
        // English. "Stop" needs what is to stop ("stop by", "don't stop the delivery" do not
        // count), and not a negation in front of it.
        l.append({ pattern({
                       QStringLiteral("(?<!don t )(?<!do not )(?<!never )(?<!dont )stop "
                                      "(?:texting|txting|messaging|contacting|sending me|sending "
                                      "(?:these |the |your |any )?(?:messages|texts|sms))"),
                       QStringLiteral("(?<!don t )(?<!do not )(?<!never )(?<!dont )stop (?:all "
                                      "|the |these |your )(?:messages|texts|text messages|sms)"),
                       QStringLiteral("(?:take|remove|delete) (?:me|my number|this number) (?:off|"
                                      "from) (?:your|the|this|ur) (?:\\w+ )?list"),
                       QStringLiteral("unsubscribe(?: me)?"),
                       QStringLiteral("opt (?:me )?out"),
                       QStringLiteral("(?:don t|do not|dont|never) (?:text|message|contact|txt) "
                                      "(?:me|us|this number)(?: again| anymore| any more)?"),
                       QStringLiteral("(?:don t|do not|dont) want (?:any more |anymore |any |"
                                      "these |your )?(?:messages|texts|text messages|sms)"),
                   }),
                   pattern({ QStringLiteral("no more (?:messages|texts|text messages|sms|txts)") }),
                   QRegularExpression(QStringLiteral("(?:^| )(?:get|getting|got|receive|receiving|"
                                                     "arrive|arriving|coming)(?: |$)")),
                   QRegularExpression(QStringLiteral("(?:^| )(?:please|want|wish)(?: |$)")) });
        // German.
        l.append(
            { pattern({
                  QStringLiteral("hor(?:t|en sie|e|en) (?:bitte )?(?:endlich )?auf(?: mir| "
                                 "uns)?(?: zu)? (?:schreiben|texten|simsen|sms)"),
                  QStringLiteral("(?:schreiben|simsen|kontaktieren) sie (?:mir|mich|uns) "
                                 "(?:bitte )?nicht mehr"),
                  QStringLiteral("(?:nicht mehr|nie wieder) (?:schreiben|anschreiben|"
                                 "kontaktieren|simsen)"),
                  QStringLiteral("(?:melden|tragen|nehmen) sie mich (?:bitte )?(?:\\w+ )?(?:ab|"
                                 "aus|raus)"),
                  QStringLiteral("(?:abmelden|austragen|abbestellen)"),
              }),
              pattern({ QStringLiteral("keine (?:sms|nachrichten|textnachrichten|"
                                       "mitteilungen|werbung|texte)(?: \\w+)? mehr") }),
              QRegularExpression(QStringLiteral("(?:^| )(?:bekomme|bekommen|erhalte|erhalten|"
                                                "kriege|kommen|kommt|ankommen|empfange)(?: |$)")),
              QRegularExpression(QStringLiteral("(?:^| )(?:mochte|mochten|will|wollen|"
                                                "bitte|wunsche)(?: |$)")) });
        // Spanish.
        l.append({ pattern({
                       QStringLiteral("no (?:me|nos) (?:envien|envies|envie|manden|mandes|mande|"
                                      "escriban|escribas|escriba|contacten|contactes|contacte)"),
                       QStringLiteral("dej(?:en|a|e|ad) de (?:escribir|enviar|mandar|contactar)"
                                      "\\w*"),
                       QStringLiteral("no (?:quiero|deseo|queremos) (?:recibir )?(?:mas )?"
                                      "(?:mensajes|sms|textos)"),
                       QStringLiteral("(?:dar|darme|denme|deme|den) de baja"),
                       QStringLiteral("(?:cancelar|anular) (?:la |mi )?suscripcion"),
                       QStringLiteral("desuscrib\\w*"),
                   }),
                   pattern({ QStringLiteral("no mas (?:mensajes|sms|textos)") }),
                   QRegularExpression(
                       QStringLiteral("(?:^| )(?:llegan|llega|recibo|recibimos|reciben)(?: |$)")),
                   QRegularExpression(QStringLiteral("(?:^| )(?:quiero|deseo|favor)(?: |$)")) });
        // French.
        l.append({ pattern({
                       QStringLiteral("arret(?:ez|e|er) (?:de |d )?(?:m |me |nous )?(?:envoyer|"
                                      "ecrire|contacter|texter|spammer|harceler)"),
                       QStringLiteral("arret(?:ez|e|er) (?:les|vos|ces|tes) (?:sms|messages|"
                                      "textos|envois)"),
                       QStringLiteral("(?:ne|n) (?:m|me|nous) (?:envoyez|ecrivez|contactez|"
                                      "envoie|ecris|contacte) plus"),
                       QStringLiteral("(?:desabonnez|desinscrivez|retirez|supprimez) (?:moi|mon "
                                      "numero)"),
                       QStringLiteral("(?:me )?desabonner|(?:me )?desinscrire"),
                   }),
                   pattern({ QStringLiteral("plus de (?:sms|messages|textos|texto)") }),
                   QRegularExpression(
                       QStringLiteral("(?:^| )(?:recois|recu|recoit|arrive|arrivent)(?: |$)")),
                   QRegularExpression(QStringLiteral("(?:^| )(?:veux|voudrais|svp|merci|plait)"
                                                     "(?: |$)")) });
        return l;
    }();
    return list;
}

bool asksToStop(const QString &sentence)
{
    const QString text = normalized(sentence);
    for (const Language &language : languages()) {
        if (language.asks.match(text).hasMatch())
            return true;
        if (language.noMore.match(text).hasMatch()
            && (!language.complaint.match(text).hasMatch() || language.wish.match(text).hasMatch()))
            return true;
    }
    return false;
}

} // namespace revocation_detail

QString normalized(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF)) {
            out += QStringLiteral("ss");
            space = false;
        } else if (c.isLetterOrNumber()) {
            out += c;
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString find(const QString &body)
{
    if (!Consent::stateForKeyword(body).isEmpty())
        return {};
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?;\\n\\x{00A1}\\x{00BF}]+"));
    const QStringList sentences = body.split(sentenceEnd, Qt::SkipEmptyParts);
    for (const QString &sentence : sentences) {
        if (!revocation_detail::asksToStop(sentence))
            continue;
        QString quote = sentence.simplified();
        if (quote.size() > 160)
            quote = quote.left(159) + QChar(0x2026);
        return quote;
    }
    return {};
}

} // namespace textdesk::compliance::RevocationPhrases
