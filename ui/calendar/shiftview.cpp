#include "shiftview.h"

#include "shifttablemodel.h"
#include "shifttypedelegate.h"
#include "workspacesession.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

ShiftView::ShiftView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ShiftTableModel(session, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableView(this))
{
    auto *previous = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Previous"), this);
    auto *today = new QPushButton(tr("&Today"), this);
    auto *next = new QPushButton(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Next"), this);
    previous->setToolTip(tr("Show the period before this one"));
    next->setToolTip(tr("Show the period after this one"));
    today->setToolTip(tr("Show this week, Monday to Sunday"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addStretch(1);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ShiftTableModel::TypeColumn, new ShiftTypeDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ShiftTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShiftTableModel::ClinicianColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { showWeekOf(m_session->today()); });
    connect(m_from, &QDateEdit::dateChanged, this, &ShiftView::onFromEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ShiftView::onToEdited);

    showWeekOf(m_session->today());
}

void ShiftView::setWindow(QDate from, QDate to)
{
    if (to < from)
        std::swap(from, to);
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_model->setWindow(from, to);
    emit windowChanged(from, to);
}

QDate ShiftView::from() const
{
    return m_model->from();
}

QDate ShiftView::to() const
{
    return m_model->to();
}

void ShiftView::showWeekOf(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    setWindow(monday, monday.addDays(6));
}

void ShiftView::step(int direction)
{
    const qint64 length = from().daysTo(to()) + 1;
    setWindow(from().addDays(direction * length), to().addDays(direction * length));
}

void ShiftView::onFromEdited(QDate from)
{
    // A start after the end moves the whole window, keeping its length.
    const qint64 length = this->from().daysTo(to());
    setWindow(from, from > to() ? from.addDays(length) : to());
}

void ShiftView::onToEdited(QDate to)
{
    const qint64 length = from().daysTo(this->to());
    setWindow(to < from() ? to.addDays(-length) : from(), to);
}
