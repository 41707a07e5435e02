#pragma once

#include <QDate>
#include <QFont>
#include <QTableView>

class MonthDelegate;

// A month of a MonthModel as a grid of days that fills the view: weekday headers, week numbers,
// one day selected at a time. Double-clicking a shift line activates the shift; double-clicking
// elsewhere in a day, or Enter, activates the day.
class MonthView : public QTableView
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    QDate currentDate() const;
    void setCurrentDate(QDate date);

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal factor); // scales the font, 0.75 to 2.0

    // Where a day shows its line (an index into MonthModel::lines()); empty when it does not fit.
    QRect lineRect(const QModelIndex &index, int line) const;
    // The shift whose line is under a viewport position, or 0.
    qint64 shiftAt(QPoint pos) const;

    void setModel(QAbstractItemModel *model) override;

signals:
    void dayActivated(QDate date);
    void shiftActivated(qint64 shiftId);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;

    MonthDelegate *m_delegate;
    QFont m_baseFont;
    qreal m_zoom = 1.0;
    QDate m_currentDate;
};
