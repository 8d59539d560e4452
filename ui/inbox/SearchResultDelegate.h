#pragma once

#include <QStyledItemDelegate>

namespace textdesk {

// Paints one search result: the customer (name and number) and when, then the matching words
// with each match highlighted. The customer's text is drawn as plain text and the highlights
// as painted ranges, never as markup made from it.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        TitleRole = Qt::UserRole + 20, // "Name · number"
        WhenRole, // "3 min", empty for a customer found by name
        SnippetRole, // the words around the match, matches between kMatchStart and kMatchEnd
    };

    explicit SearchResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Range
    {
        qsizetype start;
        qsizetype length;
    };
    // The snippet without its markers, and where the matches are in it.
    static QString stripMarkers(const QString &snippet, QList<Range> *matches = nullptr);
};

} // namespace textdesk
