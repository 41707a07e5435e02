#include "monthview.h"

#include "monthdelegate.h"
#include "monthmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>

MonthView::MonthView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new MonthDelegate(this))
    , m_baseFont(font())
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    // The days share the whole view: no scrolling, however many weeks the month spans.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setHighlightSections(false);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
}

QDate MonthView::currentDate() const
{
    const QDate date = currentIndex().data(MonthModel::DateRole).toDate();
    return date.isValid() ? date : m_currentDate;
}

void MonthView::setCurrentDate(QDate date)
{
    m_currentDate = date;
    const auto *month = qobject_cast<const MonthModel *>(model());
    const QModelIndex index = month ? month->indexOf(date) : QModelIndex();
    if (index.isValid())
        setCurrentIndex(index);
}

void MonthView::setZoom(qreal factor)
{
    m_zoom = std::clamp(factor, 0.75, 2.0);
    QFont scaled = m_baseFont;
    if (m_baseFont.pointSizeF() > 0)
        scaled.setPointSizeF(m_baseFont.pointSizeF() * m_zoom);
    else
        scaled.setPixelSize(qRound(m_baseFont.pixelSize() * m_zoom));
    setFont(scaled);
    verticalHeader()->setMinimumSectionSize(QFontMetrics(scaled).height() + 4);
    viewport()->update();
}

QStyleOptionViewItem MonthView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

QRect MonthView::lineRect(const QModelIndex &index, int line) const
{
    const auto *month = qobject_cast<const MonthModel *>(model());
    if (!month || !index.isValid())
        return {};
    const MonthDelegate::Layout cell = m_delegate->layout(optionFor(index), int(month->lines(index).size()));
    return cell.lines.value(line);
}

qint64 MonthView::shiftAt(QPoint pos) const
{
    const auto *month = qobject_cast<const MonthModel *>(model());
    const QModelIndex index = indexAt(pos);
    if (!month || !index.isValid())
        return 0;
    const int line = m_delegate->lineAt(optionFor(index), index, pos);
    if (line < 0)
        return 0;
    const MonthModel::Line &hit = month->lines(index).at(line);
    return hit.shift ? hit.shift->id : 0;
}

void MonthView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, &QAbstractItemModel::modelReset, this, nullptr);
    QTableView::setModel(model);
    // Connected after the selection model's own reset, which clears the current index: a new
    // month keeps the day that was current when it is still in the grid.
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, [this] { setCurrentDate(m_currentDate); });
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (event->button() != Qt::LeftButton || !index.isValid())
        return QTableView::mouseDoubleClickEvent(event);
    event->accept();
    setCurrentIndex(index);
    if (const qint64 shiftId = shiftAt(pos))
        emit shiftActivated(shiftId);
    else
        emit dayActivated(index.data(MonthModel::DateRole).toDate());
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        event->accept();
        emit dayActivated(currentDate());
        return;
    }
    QTableView::keyPressEvent(event);
}

void MonthView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (const QDate date = current.data(MonthModel::DateRole).toDate(); date.isValid())
        m_currentDate = date;
}
