#pragma once

#include <QAbstractItemModel>
#include <QSignalSpy>

namespace textdesk::test {

// Counts what a model told its views, KeePassXC-style (tests/TestEntryModel.cpp): after an
// operation, exactly these inserts, removes, moves, changes, re-sorts and resets.
class ModelSignals
{
public:
    explicit ModelSignals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , layoutChanged(model, &QAbstractItemModel::layoutChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    { }

    void clear()
    {
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
        layoutChanged.clear();
        reset.clear();
    }

    // dataChanged signals for every role (a row's content), as opposed to a few named roles.
    int contentChanges() const
    {
        int n = 0;
        for (const QList<QVariant> &args : changed)
            n += args.at(2).value<QList<int>>().isEmpty();
        return n;
    }
    // The first and last row of the n-th signal of a spy (rowsInserted/Removed or dataChanged).
    static QPair<int, int> rowsOf(const QSignalSpy &spy, int n)
    {
        const QList<QVariant> &args = spy.at(n);
        if (args.at(0).canConvert<QModelIndex>() && args.at(1).canConvert<QModelIndex>()
            && args.at(0).value<QModelIndex>().isValid())
            return { args.at(0).value<QModelIndex>().row(), args.at(1).value<QModelIndex>().row() };
        return { args.at(1).toInt(), args.at(2).toInt() };
    }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy layoutChanged;
    QSignalSpy reset;
};

} // namespace textdesk::test
