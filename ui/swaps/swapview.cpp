#include "swapview.h"

#include "commands/recordededit.h"
#include "scheduling/swapservice.h"
#include "storage/clinicianrepository.h"
#include "storage/rotarepository.h"
#include "staff/clinicianpicker.h"
#include "storage/workspace.h"
#include "swaptablemodel.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SwapView::SwapView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SwapTableModel(this))
    , m_table(new QTableView(this))
    , m_openOnly(new QCheckBox(tr("Open only"), this))
    , m_beneficiary(new QComboBox(this))
    , m_benefactor(new QComboBox(this))
    , m_afterEnabled(new QCheckBox(tr("Starting after:"), this))
    , m_after(new QDateEdit(this))
    , m_rota(new QComboBox(this))
    , m_take(new QPushButton(tr("Take…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_summary(new QLabel(this))
{
    m_after->setCalendarPopup(true);
    m_after->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_after->setDate(m_session->today());
    m_after->setEnabled(false);
    m_take->setToolTip(tr("A colleague takes the selected request: its shifts move to them, unless leave, a cannot-work day, "
                          "another shift or too little rest stands in the way."));
    m_delete->setToolTip(tr("Delete the selected request; only open requests can be deleted."));

    // Long names (of rotas, and German labels) must not widen the view beyond the window.
    for (QComboBox *box : {m_beneficiary, m_benefactor, m_rota}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    // Two rows, so that the filters fit beside the navigation in long languages too.
    auto *people = new QHBoxLayout;
    people->addWidget(m_openOnly);
    people->addWidget(new QLabel(tr("Requested by:"), this));
    people->addWidget(m_beneficiary);
    people->addWidget(new QLabel(tr("Taken by:"), this));
    people->addWidget(m_benefactor);
    people->addStretch();
    auto *when = new QHBoxLayout;
    when->addWidget(m_afterEnabled);
    when->addWidget(m_after);
    when->addWidget(new QLabel(tr("Rota:"), this));
    when->addWidget(m_rota);
    when->addStretch();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_take);
    actions->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(people);
    layout->addLayout(when);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    for (QComboBox *box : {m_beneficiary, m_benefactor, m_rota})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    connect(m_openOnly, &QCheckBox::toggled, this, &SwapView::reload);
    connect(m_afterEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_after->setEnabled(on);
        reload();
    });
    connect(m_after, &QDateEdit::dateChanged, this, &SwapView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SwapView::updateActions);
    connect(m_take, &QPushButton::clicked, this, [this] {
        const std::optional<qint64> benefactor = chooseBenefactor();
        if (!benefactor)
            return;
        if (const QString error = takeSelected(*benefactor); !error.isEmpty())
            QMessageBox::warning(this, tr("Swap not taken"), error);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QString error = deleteSelected(); !error.isEmpty())
            QMessageBox::warning(this, tr("Swap not deleted"), error);
    });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        fillChoices();
        reload();
    });
    connect(m_session, &WorkspaceSession::dataChanged, this, [this] {
        fillChoices();
        reload();
    });
    fillChoices();
    reload();
}

void SwapView::setOpenOnly(bool open)
{
    m_openOnly->setChecked(open);
}

void SwapView::selectRow(int row)
{
    m_table->selectRow(row);
}

// Keeps the chosen names where they still exist.
void SwapView::fillChoices()
{
    m_filling = true;
    Workspace *workspace = m_session->workspace();
    for (QComboBox *box : {m_beneficiary, m_benefactor}) {
        const QVariant chosen = box->currentData();
        box->clear();
        box->addItem(tr("Anyone"));
        if (workspace) {
            for (const Clinician &clinician : ClinicianRepository(*workspace).list())
                box->addItem(clinician.name, clinician.id);
        }
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
    const QVariant chosenRota = m_rota->currentData();
    m_rota->clear();
    m_rota->addItem(tr("All rotas"));
    if (workspace) {
        for (const Rota &rota : RotaRepository(*workspace).list(true))
            m_rota->addItem(rota.name, rota.id);
    }
    m_rota->setCurrentIndex(std::max(0, m_rota->findData(chosenRota)));
    m_filling = false;
}

void SwapView::reload()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        m_model->setSwaps({}, {}, {}, QTimeZone::utc(), QDateTime());
        updateActions();
        return;
    }
    SwapService::Filter filter;
    filter.openOnly = m_openOnly->isChecked();
    if (m_beneficiary->currentData().isValid())
        filter.beneficiaryId = m_beneficiary->currentData().toLongLong();
    if (m_benefactor->currentData().isValid())
        filter.benefactorId = m_benefactor->currentData().toLongLong();
    if (m_rota->currentData().isValid())
        filter.rotaId = m_rota->currentData().toLongLong();
    const QTimeZone zone(workspace->timeZone());
    if (m_afterEnabled->isChecked())
        filter.startingAfterUtc = QDateTime(m_after->date().addDays(1), QTime(0, 0), zone).toSecsSinceEpoch() - 1;
    QHash<qint64, QString> clinicians;
    for (const Clinician &clinician : ClinicianRepository(*workspace).list())
        clinicians.insert(clinician.id, clinician.name);
    QHash<qint64, QString> rotas;
    for (const Rota &rota : RotaRepository(*workspace).list(true))
        rotas.insert(rota.id, rota.name);
    const QList<SwapRequest> swaps = SwapService(*workspace).list(filter);
    m_model->setSwaps(swaps, clinicians, rotas, zone, workspace->now());
    const qsizetype open = std::count_if(swaps.cbegin(), swaps.cend(), [](const SwapRequest &s) { return s.status == SwapRequest::Status::Open; });
    const qsizetype pastDue = std::count_if(swaps.cbegin(), swaps.cend(), [&](const SwapRequest &s) { return s.isPastDue(workspace->now()); });
    m_summary->setText(tr("%n request(s) shown", nullptr, int(swaps.size())) + u" · "_s + tr("%n open", nullptr, int(open)) + u" · "_s
                       + tr("%n past due", nullptr, int(pastDue)));
    updateActions();
}

void SwapView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const SwapRequest *swap = rows.isEmpty() ? nullptr : m_model->swapAt(rows.first().row());
    const bool open = swap && swap->status == SwapRequest::Status::Open;
    m_take->setEnabled(open);
    m_delete->setEnabled(open);
}

std::optional<qint64> SwapView::chooseBenefactor()
{
    if (m_chooser)
        return m_chooser();
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return std::nullopt;
    return ClinicianPicker::pick(this, ClinicianRepository(*workspace).list(), tr("Take swap"), tr("Who takes the swap?"));
}

QString SwapView::editSelected(const QString &text, const std::function<StorageError(Workspace &, qint64)> &write)
{
    Workspace *workspace = m_session->workspace();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const SwapRequest *swap = rows.isEmpty() ? nullptr : m_model->swapAt(rows.first().row());
    if (!workspace || !swap)
        return tr("Choose a swap request first.");
    const qint64 id = swap->id;
    const StorageError error = RecordedEdit::apply(m_session, text, [workspace, id, write] { return write(*workspace, id); });
    return error.ok() ? QString() : error.message;
}

QString SwapView::takeSelected(qint64 benefactorId)
{
    const QString error = editSelected(tr("Take swap"), [benefactorId](Workspace &workspace, qint64 id) {
        return SwapService(workspace).take(id, benefactorId);
    });
    if (error.isEmpty())
        emit statusMessage(tr("Swap taken."));
    return error;
}

QString SwapView::deleteSelected()
{
    return editSelected(tr("Delete swap request"), [](Workspace &workspace, qint64 id) { return SwapService(workspace).remove(id); });
}
