#include "clinicianview.h"

#include "cliniciandetails.h"
#include "cliniciandialog.h"
#include "cliniciantablemodel.h"
#include "commands/changeclinician.h"
#include "commands/createclinician.h"
#include "commands/deleteclinician.h"
#include "storage/teamrepository.h"
#include "workspacesession.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ClinicianView::ClinicianView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ClinicianTableModel(session, this))
    , m_search(new QLineEdit(this))
    , m_shown(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new ClinicianDetails(session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_newButton(new QPushButton(tr("&New…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_activeButton(new QPushButton(tr("&Deactivate"), this))
    , m_deleteButton(new QPushButton(tr("De&lete"), this))
{
    m_search->setPlaceholderText(tr("Part of a name"));
    m_search->setClearButtonEnabled(true);
    m_shown->addItem(tr("All"), int(ClinicianTableModel::Shown::All));
    m_shown->addItem(tr("Active"), int(ClinicianTableModel::Shown::Active));
    m_shown->addItem(tr("Inactive"), int(ClinicianTableModel::Shown::Inactive));
    auto *filterRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    auto *shownLabel = new QLabel(tr("&Show:"), this);
    shownLabel->setBuddy(m_shown);
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(shownLabel);
    filterRow->addWidget(m_shown);

    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *button : {m_newButton, m_editButton, m_activeButton, m_deleteButton})
        buttonRow->addWidget(button);
    buttonRow->addStretch(1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    // A name on two lines halves how many people fit; a narrow pane elides instead.
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClinicianTableModel::NameColumn, QHeaderView::Stretch);

    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addLayout(buttonRow);
    listLayout->addWidget(m_table, 1);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The terms table has ten columns, but names must stay readable beside the navigation.
    m_splitter->setSizes({640, 700});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_search, &QLineEdit::textChanged, this, &ClinicianView::applyFilter);
    connect(m_shown, &QComboBox::currentIndexChanged, this, &ClinicianView::applyFilter);
    connect(m_newButton, &QPushButton::clicked, this, &ClinicianView::newClinician);
    connect(m_editButton, &QPushButton::clicked, this, &ClinicianView::editSelected);
    connect(m_activeButton, &QPushButton::clicked, this, &ClinicianView::toggleActiveSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ClinicianView::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &ClinicianView::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ClinicianView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClinicianView::selectionChanged);
    // A reload resets the model when rows come or go; the selection follows the person.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selected)
            selectClinician(*m_selected);
        selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClinicianView::selectionChanged);
    selectionChanged();
}

void ClinicianView::applyFilter()
{
    ClinicianFilter filter = m_model->filter();
    filter.search = m_search->text();
    m_model->setFilter(filter);
    m_model->setShown(ClinicianTableModel::Shown(m_shown->currentData().toInt()));
}

void ClinicianView::selectClinician(qint64 clinicianId)
{
    const int row = m_model->rowOf(clinicianId);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, ClinicianTableModel::NameColumn));
}

std::optional<qint64> ClinicianView::selectedClinician() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->clinicianAt(rows.constFirst().row()).id;
}

void ClinicianView::selectionChanged()
{
    const std::optional<qint64> selected = selectedClinician();
    if (selected)
        m_selected = selected;
    const bool have = selected.has_value();
    m_editButton->setEnabled(have);
    m_activeButton->setEnabled(have);
    m_deleteButton->setEnabled(have);
    m_newButton->setEnabled(m_session->workspace() != nullptr);
    const bool active = !have || m_model->clinicianAt(m_model->rowOf(*selected)).active;
    m_activeButton->setText(active ? tr("&Deactivate") : tr("&Reactivate"));
    if (m_details->clinician() != selected)
        m_details->setClinician(selected);
}

bool ClinicianView::runDialog(ClinicianDialog &dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted;
}

void ClinicianView::newClinician()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    Clinician clinician;
    if (const std::optional<qint64> selected = selectedClinician())
        clinician.team_id = m_model->clinicianAt(m_model->rowOf(*selected)).team_id;
    ClinicianDialog dialog(clinician, TeamRepository(*workspace).all(), this);
    if (!runDialog(dialog))
        return;
    Clinician created = dialog.clinician();
    if (StorageError error = CreateClinician::apply(m_session, created, tr("Add %1").arg(created.name)); !error.ok()) {
        m_session->reportError(error.message);
        return;
    }
    // Someone the filter hides is still the one just made: show them.
    if (m_model->rowOf(created.id) < 0) {
        m_search->clear();
        m_shown->setCurrentIndex(0);
    }
    m_selected = created.id;
    selectClinician(created.id);
}

void ClinicianView::editSelected()
{
    Workspace *workspace = m_session->workspace();
    const std::optional<qint64> selected = selectedClinician();
    if (!workspace || !selected)
        return;
    const Clinician before = m_model->clinicianAt(m_model->rowOf(*selected));
    ClinicianDialog dialog(before, TeamRepository(*workspace).all(), this);
    if (!runDialog(dialog) || dialog.clinician() == before)
        return;
    if (StorageError error = ChangeClinician::apply(m_session, before, dialog.clinician(), tr("Edit %1").arg(before.name)); !error.ok())
        m_session->reportError(error.message);
}

void ClinicianView::toggleActiveSelected()
{
    const std::optional<qint64> selected = selectedClinician();
    if (!m_session->workspace() || !selected)
        return;
    const Clinician before = m_model->clinicianAt(m_model->rowOf(*selected));
    Clinician after = before;
    after.active = !before.active;
    const QString text = after.active ? tr("Reactivate %1").arg(before.name) : tr("Deactivate %1").arg(before.name);
    if (StorageError error = ChangeClinician::apply(m_session, before, after, text); !error.ok())
        m_session->reportError(error.message);
}

void ClinicianView::deleteSelected()
{
    const std::optional<qint64> selected = selectedClinician();
    if (!m_session->workspace() || !selected)
        return;
    const Clinician clinician = m_model->clinicianAt(m_model->rowOf(*selected));
    if (const QString reason = DeleteClinician::refusal(m_session, clinician); !reason.isEmpty()) {
        const bool canDeactivate = clinician.active;
        const QString message = canDeactivate ? tr("%1 Their history stays on the rota, so they cannot be deleted; deactivate them instead?").arg(reason)
                                              : tr("%1 Their history stays on the rota, so they cannot be deleted.").arg(reason);
        DeleteChoice choice = DeleteChoice::Cancel;
        if (m_deleteRefused) {
            choice = m_deleteRefused(message, canDeactivate);
        } else {
            QMessageBox box(QMessageBox::Information, tr("Cannot delete %1").arg(clinician.name), message, QMessageBox::NoButton, this);
            QPushButton *deactivate = canDeactivate ? box.addButton(tr("&Deactivate"), QMessageBox::AcceptRole) : nullptr;
            box.addButton(canDeactivate ? QMessageBox::Cancel : QMessageBox::Ok);
            box.exec();
            if (deactivate && box.clickedButton() == deactivate)
                choice = DeleteChoice::Deactivate;
        }
        if (choice == DeleteChoice::Deactivate && canDeactivate)
            toggleActiveSelected();
        return;
    }
    if (StorageError error = DeleteClinician::apply(m_session, clinician, tr("Delete %1").arg(clinician.name)); !error.ok())
        m_session->reportError(error.message);
}
