// The merge that keeps a view's selection and scroll position while the inbox re-sorts or a
// thread grows: under QAbstractItemModelTester, with the signals a view gets counted.
#include "ModelSignals.h"
#include "common/MergingListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace textdesk;

namespace {

struct Row
{
    qint64 id = 0;
    QString text;
};

class RowModel : public MergingListModel<Row>
{
public:
    using MergingListModel::MergingListModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const Row *row = rowAt(index.row());
        if (!row || role != Qt::DisplayRole)
            return {};
        return row->text;
    }
    void show(const QList<Row> &rows) { resetRows(rows); }
    void merge(int from, int to, const QList<Row> &fresh)
    {
        mergeRows(from, to, fresh, [](const Row &a, const Row &b) { return a.text == b.text; });
    }
    QString ids() const
    {
        QStringList list;
        for (const Row &row : m_rows)
            list << QString::number(row.id) + (row.text.endsWith(u'*') ? u"*" : u"");
        return list.join(u' ');
    }
};

QList<Row> rows(std::initializer_list<qint64> ids)
{
    QList<Row> list;
    for (const qint64 id : ids)
        list.append({ id, QStringLiteral("row %1").arg(id) });
    return list;
}

} // namespace

class TestMergingListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newRowsAreInsertedInPlace();
    void changedRowsGetDataChangedOnly();
    void goneRowsAreRemovedInBlocks();
    void reorderKeepsPersistentIndexes();
    void rowFromOutsideTheStretchIsMovedIn();
    void sameRowsSignalNothing();

private:
    std::unique_ptr<RowModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<test::ModelSignals> m_signals;
};

void TestMergingListModel::init()
{
    m_model = std::make_unique<RowModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->show(rows({ 1, 2, 3, 4 }));
    m_signals = std::make_unique<test::ModelSignals>(m_model.get());
}

void TestMergingListModel::cleanup()
{
    m_signals.reset();
    m_tester.reset();
    m_model.reset();
}

void TestMergingListModel::newRowsAreInsertedInPlace()
{
    m_model->merge(0, 4, rows({ 1, 5, 6, 2, 3, 4, 7 }));
    QCOMPARE(m_model->ids(), QStringLiteral("1 5 6 2 3 4 7"));
    // One signal per contiguous block of new rows.
    QCOMPARE(m_signals->inserted.size(), 2);
    QCOMPARE(test::ModelSignals::rowsOf(m_signals->inserted, 0), qMakePair(1, 2));
    QCOMPARE(test::ModelSignals::rowsOf(m_signals->inserted, 1), qMakePair(6, 6));
    QCOMPARE(m_signals->removed.size(), 0);
    QCOMPARE(m_signals->moved.size(), 0);
    QCOMPARE(m_signals->changed.size(), 0);
    QCOMPARE(m_signals->layoutChanged.size(), 0);
    QCOMPARE(m_signals->reset.size(), 0);
}

void TestMergingListModel::changedRowsGetDataChangedOnly()
{
    QList<Row> fresh = rows({ 1, 2, 3, 4 });
    fresh[2].text += u'*';
    const QPersistentModelIndex third = m_model->index(2);
    m_model->merge(0, 4, fresh);
    QCOMPARE(m_model->ids(), QStringLiteral("1 2 3* 4"));
    QCOMPARE(m_signals->changed.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(m_signals->changed, 0), qMakePair(2, 2));
    QCOMPARE(third.data().toString(), QStringLiteral("row 3*"));
    QCOMPARE(m_signals->inserted.size(), 0);
    QCOMPARE(m_signals->removed.size(), 0);
    QCOMPARE(m_signals->layoutChanged.size(), 0);
}

void TestMergingListModel::goneRowsAreRemovedInBlocks()
{
    const QPersistentModelIndex last = m_model->index(3);
    m_model->merge(0, 4, rows({ 1, 4 }));
    QCOMPARE(m_model->ids(), QStringLiteral("1 4"));
    QCOMPARE(m_signals->removed.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(m_signals->removed, 0), qMakePair(1, 2));
    QCOMPARE(last.row(), 1);
    QCOMPARE(m_signals->inserted.size(), 0);
    QCOMPARE(m_signals->changed.size(), 0);
}

void TestMergingListModel::reorderKeepsPersistentIndexes()
{
    // What the inbox does when a conversation gets a new message: it goes to the top, and a
    // selection on it (or on any other row) follows it.
    const QPersistentModelIndex selected = m_model->index(2); // id 3
    const QPersistentModelIndex other = m_model->index(0); // id 1
    m_model->merge(0, 4, rows({ 3, 1, 2, 4 }));
    QCOMPARE(m_model->ids(), QStringLiteral("3 1 2 4"));
    QCOMPARE(selected.row(), 0);
    QCOMPARE(other.row(), 1);
    QCOMPARE(m_signals->layoutChanged.size(), 1);
    // Moved by a layout change, not by rowsMoved, removes or inserts.
    QCOMPARE(m_signals->moved.size(), 0);
    QCOMPARE(m_signals->inserted.size(), 0);
    QCOMPARE(m_signals->removed.size(), 0);
    QCOMPARE(m_signals->changed.size(), 0);
}

void TestMergingListModel::rowFromOutsideTheStretchIsMovedIn()
{
    // Only the first two rows are re-read; row 4 (below them) now belongs at the top.
    m_model->merge(0, 2, rows({ 4, 1, 2 }));
    QCOMPARE(m_model->ids(), QStringLiteral("4 1 2 3"));
    QCOMPARE(m_signals->removed.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(m_signals->removed, 0), qMakePair(3, 3));
    QCOMPARE(m_signals->inserted.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(m_signals->inserted, 0), qMakePair(0, 0));
    QCOMPARE(m_signals->changed.size(), 0);
    QCOMPARE(m_signals->layoutChanged.size(), 0);
}

void TestMergingListModel::sameRowsSignalNothing()
{
    m_model->merge(0, 4, rows({ 1, 2, 3, 4 }));
    QCOMPARE(m_model->ids(), QStringLiteral("1 2 3 4"));
    QCOMPARE(m_signals->inserted.size() + m_signals->removed.size() + m_signals->moved.size()
                 + m_signals->changed.size() + m_signals->layoutChanged.size()
                 + m_signals->reset.size(),
             0);
}

QTEST_GUILESS_MAIN(TestMergingListModel)
#include "TestMergingListModel.moc"
