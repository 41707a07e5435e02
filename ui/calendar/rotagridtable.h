#pragma once

#include <QTableView>

// The cell table of the rota grid: drags the shifts of the selected cells and reports drops,
// edit and delete keys and Ctrl+wheel zoom as signals; RotaView turns them into undoable edits.
class RotaGridTable : public QTableView
{
    Q_OBJECT

public:
    explicit RotaGridTable(QWidget *parent = nullptr);

signals:
    // Shifts dropped so that `anchor` (the cell the drag started from) lands on `target`.
    void shiftsDropped(const QList<qint64> &shiftIds, const QModelIndex &anchor, const QModelIndex &target, bool copy);
    void editRequested(const QModelIndex &index);
    void deleteRequested();
    void zoomRequested(int steps);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    bool acceptDrag(QDropEvent *event);

    QPersistentModelIndex m_dragAnchor;
};
