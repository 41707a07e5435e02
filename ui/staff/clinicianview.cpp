#include "clinicianview.h"

#include "cliniciantablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ClinicianView::ClinicianView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new ClinicianTableModel(session, this))
    , m_search(new QLineEdit(this))
    , m_activeOnly(new QCheckBox(tr("&Active only"), this))
    , m_table(new QTableView(this))
{
    m_search->setPlaceholderText(tr("Part of a name"));
    m_search->setClearButtonEnabled(true);
    auto *filterRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_activeOnly);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClinicianTableModel::NameColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ClinicianView::applyFilter);
    connect(m_activeOnly, &QCheckBox::toggled, this, &ClinicianView::applyFilter);
}

void ClinicianView::applyFilter()
{
    ClinicianFilter filter = m_model->filter();
    filter.search = m_search->text();
    filter.activeOnly = m_activeOnly->isChecked();
    m_model->setFilter(filter);
}
