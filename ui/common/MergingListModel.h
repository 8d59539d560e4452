#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <algorithm>

namespace textdesk {

// A list model over rows read from a store in pages, which refreshes a stretch of its rows by
// merging a fresh read into them: rows that went away are removed, rows that moved are moved
// (persistent indexes, and so the selection, follow them), new rows are inserted and changed
// rows get dataChanged. A view never sees a reset, so it keeps its selection and scroll
// position while the inbox re-sorts or a thread gains messages.
//
// Row needs a member `qint64 id`; Same(a, b) says whether two reads of a row look the same.
template<typename Row> class MergingListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].id == id)
                return i;
        }
        return -1;
    }

protected:
    // Replaces rows [from, to) with `fresh`, in the order fresh has. Rows of fresh found
    // outside that stretch are moved into it.
    template<typename Same> void mergeRows(int from, int to, const QList<Row> &fresh, Same same)
    {
        QHash<qint64, int> wanted; // id → position in fresh
        wanted.reserve(fresh.size());
        for (int i = 0; i < fresh.size(); ++i)
            wanted.insert(fresh[i].id, i);

        // 1. Remove what is gone from the stretch, and what fresh puts elsewhere from outside
        //    it, bottom up, in contiguous blocks.
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            const bool inside = i >= from && i < to;
            const auto shouldGo = [&](int r) {
                const bool in = r >= from && r < to;
                return in ? !wanted.contains(m_rows[r].id) : wanted.contains(m_rows[r].id);
            };
            if (!shouldGo(i)) {
                --i;
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && ((first - 1 >= from && first - 1 < to) == inside)
                   && shouldGo(first - 1)) {
                --first;
            }
            beginRemoveRows({}, first, i);
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            const int removed = i - first + 1;
            if (first < from)
                from -= removed;
            if (first < to)
                to -= std::min(removed, to - first);
            i = first - 1;
        }

        // 2. Put what remains of the stretch in fresh's order.
        bool ordered = true;
        for (int i = from + 1; i < to && ordered; ++i)
            ordered = wanted.value(m_rows[i - 1].id) < wanted.value(m_rows[i].id);
        if (!ordered) {
            emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            QList<int> order; // new stretch position → old row
            for (int i = from; i < to; ++i)
                order.append(i);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return wanted.value(m_rows[a].id) < wanted.value(m_rows[b].id);
            });
            QList<int> newRowOf(m_rows.size());
            for (int i = 0; i < m_rows.size(); ++i)
                newRowOf[i] = i;
            QList<Row> sorted;
            sorted.reserve(to - from);
            for (int k = 0; k < order.size(); ++k) {
                newRowOf[order[k]] = from + k;
                sorted.append(m_rows[order[k]]);
            }
            std::move(sorted.begin(), sorted.end(), m_rows.begin() + from);
            const QModelIndexList persistent = persistentIndexList();
            for (const QModelIndex &index : persistent)
                changePersistentIndex(index, createIndex(newRowOf[index.row()], index.column()));
            emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        }

        // 3. Walk fresh: insert what is new, update what changed.
        int row = from;
        for (int i = 0; i < fresh.size();) {
            if (row < to && m_rows[row].id == fresh[i].id) {
                if (!same(m_rows[row], fresh[i])) {
                    m_rows[row] = fresh[i];
                    emit dataChanged(index(row), index(row));
                }
                ++row;
                ++i;
                continue;
            }
            int last = i; // a block of new rows
            while (last + 1 < fresh.size() && !(row < to && m_rows[row].id == fresh[last + 1].id))
                ++last;
            const int count = last - i + 1;
            beginInsertRows({}, row, row + count - 1);
            for (int k = 0; k < count; ++k)
                m_rows.insert(row + k, fresh[i + k]);
            endInsertRows();
            row += count;
            to += count;
            i = last + 1;
        }
    }

    void appendRows(const QList<Row> &more)
    {
        if (more.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }
    void prependRows(const QList<Row> &older)
    {
        if (older.isEmpty())
            return;
        beginInsertRows({}, 0, int(older.size()) - 1);
        m_rows = older + m_rows;
        endInsertRows();
    }
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    QList<Row> m_rows;
};

} // namespace textdesk
