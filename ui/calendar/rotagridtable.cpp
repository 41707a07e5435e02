#include "rotagridtable.h"

#include "rotagridmodel.h"
#include "wheelzoom.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

QList<qint64> shiftIds(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime)
        return ids;
    const QJsonArray array = QJsonDocument::fromJson(mime->data(RotaGridModel::mimeType())).object().value(u"shift_ids"_s).toArray();
    for (const QJsonValue &value : array)
        ids << value.toInteger();
    return ids;
}

} // namespace

RotaGridTable::RotaGridTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    connect(this, &QAbstractItemView::doubleClicked, this, &RotaGridTable::editRequested);
}

void RotaGridTable::startDrag(Qt::DropActions supportedActions)
{
    // The drop writes the change itself; the base class would afterwards try to remove the
    // dragged cells from the model.
    const QModelIndexList indexes = selectedIndexes();
    QMimeData *mime = model()->mimeData(indexes);
    if (!mime)
        return;
    m_dragAnchor = currentIndex().isValid() ? QPersistentModelIndex(currentIndex()) : QPersistentModelIndex(indexes.value(0));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const QRect cell = visualRect(m_dragAnchor);
    if (cell.isValid()) {
        QPixmap pixmap(cell.size() * devicePixelRatioF());
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = QRect(QPoint(0, 0), cell.size());
        itemDelegateForIndex(m_dragAnchor)->paint(&painter, option, m_dragAnchor);
        painter.end();
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(cell.width() / 2, cell.height() / 2));
    }
    drag->exec(supportedActions, Qt::MoveAction);
    m_dragAnchor = QPersistentModelIndex();
}

bool RotaGridTable::acceptDrag(QDropEvent *event)
{
    const auto *grid = qobject_cast<const RotaGridModel *>(model());
    const QModelIndex target = indexAt(event->position().toPoint());
    if (!grid || !event->mimeData()->hasFormat(RotaGridModel::mimeType()) || !target.isValid()
        || grid->rowKind(target.row()) == RotaGridModel::RowKind::Team) {
        event->ignore();
        return false;
    }
    event->setDropAction(event->modifiers() & Qt::ControlModifier ? Qt::CopyAction : Qt::MoveAction);
    event->accept();
    return true;
}

void RotaGridTable::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(RotaGridModel::mimeType())) {
        event->setDropAction(event->modifiers() & Qt::ControlModifier ? Qt::CopyAction : Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void RotaGridTable::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptDrag(event))
        setCurrentIndex(indexAt(event->position().toPoint()));
}

void RotaGridTable::dropEvent(QDropEvent *event)
{
    if (!acceptDrag(event))
        return;
    const QModelIndex target = indexAt(event->position().toPoint());
    // A drag from elsewhere (another window) has no anchor here: its first shift's cell is.
    const QModelIndex anchor = m_dragAnchor.isValid() ? QModelIndex(m_dragAnchor) : QModelIndex();
    emit shiftsDropped(shiftIds(event->mimeData()), anchor, target, event->dropAction() == Qt::CopyAction);
}

void RotaGridTable::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid()) {
            emit editRequested(currentIndex());
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        emit deleteRequested();
        return;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

void RotaGridTable::wheelEvent(QWheelEvent *event)
{
    if (!WheelZoom::handle(event, [this](int steps) { emit zoomRequested(steps); }))
        QTableView::wheelEvent(event);
}
