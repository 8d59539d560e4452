// vCard 3.0 (RFC 2426) and 4.0 (RFC 6350): the part of ContactFiles that reads and writes them.
#include "ContactFiles.h"
#include "core/Csv.h"

namespace textdesk::contacts {

namespace {
struct Property
{
    int line = 0;
    QString name; // upper case, without a group ("item1.TEL" → "TEL")
    QList<QPair<QString, QString>> params; // upper-case names, values unquoted
    QString value; // still escaped
    QStringList types() const
    {
        QStringList list;
        for (const auto &[name, value] : params) {
            if (name == QLatin1String("TYPE"))
                list += value.toLower().split(u',', Qt::SkipEmptyParts);
            else if (value.isEmpty()) // vCard 2.1's bare "CELL"
                list << name.toLower();
        }
        return list;
    }
    QString param(const char *wanted) const
    {
        for (const auto &[name, value] : params) {
            if (name == QLatin1String(wanted))
                return value;
        }
        return {};
    }
};

// Text after \-escapes: \n or \N a line break, \, \; \\ themselves.
QString unescape(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += c;
        }
    }
    return out;
}

// Splits at separators that are not escaped; the parts stay escaped.
QStringList splitEscaped(const QString &value, QChar separator)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            part += c;
            part += value.at(++i);
        } else if (c == separator) {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    return parts;
}

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c != u'\r')
            out += c;
    }
    return out;
}

// One content line; false when it has no ':' outside quoted parameter values.
bool parseLine(const QString &text, int line, Property &p)
{
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (text.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return false;
    p.line = line;
    p.value = text.mid(colon + 1);
    const QStringList parts = splitEscaped(text.left(colon), u';');
    p.name = parts.first().section(u'.', -1).trimmed().toUpper();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &param = parts.at(i);
        const qsizetype eq = param.indexOf(u'=');
        QString value = eq < 0 ? QString() : param.mid(eq + 1);
        value.remove(u'"');
        p.params.append({ (eq < 0 ? param : param.left(eq)).trimmed().toUpper(), value });
    }
    return true;
}

// The number of a TEL: "tel:+1-555-0100;ext=2" or a typed number; the reader normalises it.
QString telNumber(const Property &p)
{
    QString value = unescape(p.value).trimmed();
    if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        value = value.mid(4).section(u';', 0, 0);
    return value;
}

void applyProperty(ContactCard &card, const Property &p, bool &preferredTel)
{
    if (p.name == QLatin1String("FN")) {
        card.displayName = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("N")) {
        const QStringList parts = splitEscaped(p.value, u';');
        card.familyName = unescape(parts.value(0)).trimmed();
        card.givenName = unescape(parts.value(1)).trimmed();
    } else if (p.name == QLatin1String("TEL")) {
        const QStringList types = p.types();
        const bool mobile = types.contains(QLatin1String("cell"))
            || types.contains(QLatin1String("mobile")) || types.contains(QLatin1String("pref"));
        // The customer's mobile number when they have several: texts go there.
        if (card.e164.isEmpty() || (mobile && !preferredTel)) {
            card.e164 = telNumber(p);
            preferredTel = mobile;
        }
    } else if (p.name == QLatin1String("EMAIL")) {
        if (card.email.isEmpty())
            card.email = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("ORG")) {
        card.company = unescape(splitEscaped(p.value, u';').first()).trimmed();
    } else if (p.name == QLatin1String("CATEGORIES")) {
        for (const QString &part : splitEscaped(p.value, u',')) {
            const QString tag = unescape(part).simplified();
            if (!tag.isEmpty() && !card.tags.contains(tag, Qt::CaseInsensitive))
                card.tags << tag;
        }
    } else if (p.name == QLatin1String("NOTE")) {
        card.notes = unescape(p.value);
    } else if (p.name == QLatin1String("UID")) {
        card.uid = unescape(p.value).trimmed();
    } else if (p.name == QLatin1String("X-TEXTDESK-FIELD")) {
        const QString name = p.param("NAME");
        if (!name.isEmpty())
            card.customFields.append({ name, unescape(p.value) });
    }
}

// A vCard's logical lines (unfolded as bytes: a fold may fall inside a UTF-8 sequence) with
// the line each starts on.
QList<QPair<int, QByteArray>> unfolded(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith(csv::kBom))
        data = data.mid(3);
    const QList<QByteArray> physical = data.split('\n');
    QList<QPair<int, QByteArray>> logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        if ((l.startsWith(' ') || l.startsWith('\t')) && !logical.isEmpty())
            logical.last().second += l.mid(1);
        else if (!l.trimmed().isEmpty())
            logical.append({ int(i + 1), l });
    }
    return logical;
}

// Folds at 75 octets, never inside a UTF-8 sequence; continuation lines begin with a space.
QByteArray folded(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end; // a continuation byte: fold before its sequence
        out += bytes.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    return out + bytes.mid(start) + "\r\n";
}
} // namespace

ParsedContacts ContactFiles::readVCard(const QByteArray &bytes, const QString &defaultRegion)
{
    ParsedContacts parsed;
    parsed.format = Format::VCard;
    const QList<QPair<int, QByteArray>> logical = unfolded(bytes);
    std::optional<ContactCard> card;
    bool preferredTel = false;
    for (const auto &[line, raw] : std::as_const(logical)) {
        Property p;
        if (!parseLine(QString::fromUtf8(raw), line, p)) {
            parsed.errors << tr("Line %1: this is not a vCard line (it has no “:”).").arg(line);
            continue;
        }
        if (p.name == QLatin1String("BEGIN")
            && p.value.trimmed().toUpper() == QLatin1String("VCARD")) {
            if (card) {
                parsed.errors << tr("Line %1: a card begins before the card of line %2 has "
                                    "ended (END:VCARD is missing).")
                                     .arg(line)
                                     .arg(card->line);
            }
            card = ContactCard();
            card->line = line;
            preferredTel = false;
        } else if (p.name == QLatin1String("END")) {
            if (card)
                parsed.cards << *card;
            card.reset();
        } else if (!card) {
            parsed.errors << tr("Line %1: “%2” outside a card (BEGIN:VCARD is missing).")
                                 .arg(line)
                                 .arg(p.name);
        } else {
            applyProperty(*card, p, preferredTel);
        }
    }
    if (card)
        parsed.errors << tr("Line %1: the card that begins here never ends (END:VCARD is "
                            "missing).")
                             .arg(card->line);
    for (ContactCard &c : parsed.cards) {
        if (c.displayName.isEmpty())
            c.displayName = QStringList({ c.givenName, c.familyName }).join(u' ').trimmed();
    }
    finish(parsed, defaultRegion);
    return parsed;
}

QByteArray ContactFiles::writeVCard(const QList<ContactCard> &cards, int version)
{
    const bool v4 = version >= 4;
    QByteArray out;
    for (const ContactCard &c : cards) {
        out += "BEGIN:VCARD\r\n";
        out += v4 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";
        if (!c.uid.isEmpty())
            out += folded(QStringLiteral("UID:") + escape(c.uid));
        // FN is required in both versions: the number when there is no name.
        out += folded(QStringLiteral("FN:")
                      + escape(c.displayName.isEmpty() ? c.e164 : c.displayName));
        out += folded(QStringLiteral("N:%1;%2;;;").arg(escape(c.familyName), escape(c.givenName)));
        out += folded(v4 ? QStringLiteral("TEL;VALUE=uri;TYPE=cell:tel:") + c.e164
                         : QStringLiteral("TEL;TYPE=CELL:") + c.e164);
        if (!c.email.isEmpty())
            out += folded((v4 ? QStringLiteral("EMAIL:") : QStringLiteral("EMAIL;TYPE=INTERNET:"))
                          + escape(c.email));
        if (!c.company.isEmpty())
            out += folded(QStringLiteral("ORG:") + escape(c.company));
        if (!c.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : c.tags)
                tags << escape(tag);
            out += folded(QStringLiteral("CATEGORIES:") + tags.join(u','));
        }
        if (!c.notes.isEmpty())
            out += folded(QStringLiteral("NOTE:") + escape(c.notes));
        for (const auto &[name, value] : c.customFields) {
            // A parameter value cannot hold a double quote; quoted, it may hold ; and :.
            QString n = name;
            n.replace(u'"', u'\'');
            out += folded(QStringLiteral("X-TEXTDESK-FIELD;NAME=\"%1\":%2").arg(n, escape(value)));
        }
        out += "END:VCARD\r\n";
    }
    return out;
}

QByteArray ContactFiles::updateVCard(const QByteArray &raw, const ContactCard &card)
{
    QList<Property> kept;
    QList<QByteArray> keptLines;
    int version = 3;
    qsizetype chosenTel = -1, firstEmail = -1;
    bool preferredTel = false, inCard = false;
    ContactCard scratch;
    for (const auto &[line, bytes] : unfolded(raw)) {
        Property p;
        if (!parseLine(QString::fromUtf8(bytes), line, p))
            continue;
        if (p.name == QLatin1String("BEGIN")) {
            inCard = true;
            continue;
        }
        if (p.name == QLatin1String("END"))
            break;
        if (!inCard)
            continue;
        if (p.name == QLatin1String("VERSION")) {
            version = p.value.trimmed().startsWith(u'4') ? 4 : 3;
            continue;
        }
        static const QStringList owned
            = { QStringLiteral("FN"),  QStringLiteral("N"),
                QStringLiteral("ORG"), QStringLiteral("NOTE"),
                QStringLiteral("UID"), QStringLiteral("CATEGORIES"),
                QStringLiteral("REV"), QStringLiteral("X-TEXTDESK-FIELD") };
        if (owned.contains(p.name))
            continue;
        if (p.name == QLatin1String("TEL")) {
            // The same choice as the reader's: the one it took is the one replaced.
            const QString before = scratch.e164;
            applyProperty(scratch, p, preferredTel);
            if (scratch.e164 != before || chosenTel < 0)
                chosenTel = kept.size();
        } else if (p.name == QLatin1String("EMAIL") && firstEmail < 0) {
            firstEmail = kept.size();
        }
        kept << p;
        keptLines << bytes;
    }
    QByteArray out = writeVCard({ card }, version);
    if (kept.isEmpty())
        return out;
    out.chop(int(qstrlen("END:VCARD\r\n")));
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i == chosenTel || i == firstEmail)
            continue;
        out += folded(QString::fromUtf8(keptLines.at(i)));
    }
    return out + "END:VCARD\r\n";
}

} // namespace textdesk::contacts
