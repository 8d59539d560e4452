#pragma once

#include "templates/TemplateStore.h"

#include <QListView>

class QStandardItemModel;

namespace textdesk {

// The list of templates offered while the agent types "/word" in the composer. A frameless
// window that never takes the focus: the text field keeps it and drives the list (see
// ComposerEdit), so typing goes on narrowing the list.
class TemplatePopup : public QListView
{
    Q_OBJECT
public:
    static constexpr int kMaxShown = 20;
    static constexpr int kMaxVisibleRows = 8;

    explicit TemplatePopup(QWidget *parent);

    // Fills the list with the matches; false (and nothing shown) when there are none.
    bool showMatches(const QList<MessageTemplate> &matches, const QPoint &globalBottomLeft,
                     int width);
    void moveSelection(int delta);
    // The highlighted template; nullopt when the list is empty.
    std::optional<MessageTemplate> current() const;
    // Closed by the agent (Escape): stays closed until the agent starts another "/".
    void dismiss();

signals:
    // A template was clicked.
    void chosen();
    void dismissed();

private:
    QStandardItemModel *m_model;
    QList<MessageTemplate> m_matches;
};

} // namespace textdesk
