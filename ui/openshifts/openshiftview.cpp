#include "openshiftview.h"

#include "commands/recordededit.h"
#include "openshifttablemodel.h"
#include "scheduling/shiftclaim.h"
#include "storage/clinicianrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftfilter.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "staff/clinicianpicker.h"
#include "storage/workspace.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OpenShiftView::OpenShiftView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new OpenShiftTableModel(this))
    , m_conditions(new QStringListModel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_conditionList(new QListView(this))
    , m_table(new QTableView(this))
    , m_assign(new QPushButton(tr("Assign to…"), this))
    , m_renew(new QPushButton(tr("New claim code"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    const QDate today = m_session->today();
    m_from->setDate(today);
    m_to->setDate(today.addDays(55));
    for (const QString &field : ShiftFilter::fields()) {
        if (field != u"open"_s && field != u"owner"_s)
            m_field->addItem(field, field);
    }
    const std::pair<QString, QString> operators[] = {
        {u"="_s, QString()},           {u"<"_s, u"lt"_s},          {u"\u2264"_s, u"lte"_s},
        {u">"_s, u"gt"_s},             {u"\u2265"_s, u"gte"_s},    {u"\u2260"_s, u"ne"_s},
        {tr("between (exclusive)"), u"between"_s},                 {tr("between (inclusive)"), u"ibetween"_s},
        {tr("from A, before B"), u"lbetween"_s},                   {tr("after A, up to B"), u"rbetween"_s}};
    for (const auto &[text, suffix] : operators)
        m_operator->addItem(text, suffix);
    m_value->setPlaceholderText(tr("value, or A,B for between"));
    m_value->setToolTip(tr("Dates as YYYY-MM-DD, times as YYYY-MM-DDTHH:MM, lengths in hours, names as shown, true or false."));
    auto *add = new QPushButton(tr("Add condition"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    m_conditionList->setModel(m_conditions);
    m_conditionList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conditionList->setFlow(QListView::LeftToRight);
    m_conditionList->setWrapping(true);
    m_conditionList->setMaximumHeight(fontMetrics().height() * 3);
    m_conditionList->setToolTip(tr("All conditions must hold. Double-click one to remove it."));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #D55E00;"_s);

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From:"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("To:"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto *where = new QHBoxLayout;
    where->addWidget(new QLabel(tr("Where:"), this));
    where->addWidget(m_field);
    where->addWidget(m_operator);
    where->addWidget(m_value, 1);
    where->addWidget(add);
    where->addWidget(clear);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_assign);
    actions->addWidget(m_renew);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addLayout(where);
    layout->addWidget(m_conditionList);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(add, &QPushButton::clicked, this, [this] {
        m_error->setText(addCondition(m_field->currentData().toString(), m_operator->currentData().toString(), m_value->text()));
        if (m_error->text().isEmpty())
            m_value->clear();
    });
    connect(m_value, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(clear, &QPushButton::clicked, this, &OpenShiftView::clearConditions);
    connect(m_conditionList, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        m_conditions->removeRow(index.row());
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &OpenShiftView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &OpenShiftView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OpenShiftView::updateActions);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> clinician = chooseClinician()) {
            if (const QString error = assignSelected(*clinician); !error.isEmpty())
                QMessageBox::warning(this, tr("Shift not assigned"), error);
        }
    });
    connect(m_renew, &QPushButton::clicked, this, [this] {
        if (const QString error = renewSelectedCode(); !error.isEmpty())
            QMessageBox::warning(this, tr("No new claim code"), error);
    });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &OpenShiftView::reload);
    connect(m_session, &WorkspaceSession::dataChanged, this, &OpenShiftView::reload);
    reload();
}

void OpenShiftView::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

QString OpenShiftView::addCondition(const QString &field, const QString &op, const QString &value)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return {};
    const QString condition = field + (op.isEmpty() ? QString() : u"__"_s + op) + u'=' + value.trimmed();
    QString error;
    if (!ShiftFilter::parse(*workspace, {condition}, &error))
        return error;
    m_conditions->setStringList(m_conditions->stringList() << condition);
    reload();
    return {};
}

void OpenShiftView::clearConditions()
{
    m_conditions->setStringList({});
    m_error->clear();
    reload();
}

QStringList OpenShiftView::conditions() const
{
    return m_conditions->stringList();
}

void OpenShiftView::selectRow(int row)
{
    m_table->selectRow(row);
}

void OpenShiftView::reload()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        m_model->setShifts({}, {});
        updateActions();
        return;
    }
    QString error;
    std::optional<ShiftFilter> filter = ShiftFilter::parse(*workspace, m_conditions->stringList() << u"open=true"_s, &error);
    // A name a condition used may have gone since (a rota deleted): the error says which.
    if (!filter) {
        m_error->setText(error);
        filter = ShiftFilter::parse(*workspace, {u"open=true"_s}, &error);
    }
    OpenShiftTableModel::Names names;
    for (const ShiftType &type : ShiftTypeRepository(*workspace).all())
        names.types.insert(type.id, type.name);
    for (const Team &team : TeamRepository(*workspace).all())
        names.teams.insert(team.id, team.name);
    for (const Rota &rota : RotaRepository(*workspace).list(true)) {
        names.rotas.insert(rota.id, rota.name);
        if (rota.team_id)
            names.rotaTeams.insert(rota.id, *rota.team_id);
    }
    QList<Shift> shifts = ShiftRepository(*workspace).matching(m_from->date(), m_to->date(), *filter);
    shifts.removeIf([](const Shift &shift) { return shift.status == Shift::Status::Cancelled; });
    m_model->setShifts(shifts, names);
    m_summary->setText(tr("%n open shift(s)", nullptr, int(shifts.size())));
    updateActions();
}

void OpenShiftView::updateActions()
{
    const bool chosen = !m_table->selectionModel()->selectedRows().isEmpty();
    m_assign->setEnabled(chosen);
    m_renew->setEnabled(chosen);
}

std::optional<qint64> OpenShiftView::chooseClinician()
{
    if (m_chooser)
        return m_chooser();
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return std::nullopt;
    ClinicianFilter active;
    active.activeOnly = true;
    return ClinicianPicker::pick(this, ClinicianRepository(*workspace).list(active), tr("Assign open shift"), tr("Who works this shift?"));
}

QString OpenShiftView::editSelected(const QString &text, const std::function<StorageError(Workspace &, qint64)> &write)
{
    Workspace *workspace = m_session->workspace();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Shift *shift = rows.isEmpty() ? nullptr : m_model->shiftAt(rows.first().row());
    if (!workspace || !shift)
        return tr("Choose an open shift first.");
    const qint64 id = shift->id;
    const StorageError error = RecordedEdit::apply(m_session, text, [workspace, id, write] { return write(*workspace, id); });
    return error.ok() ? QString() : error.message;
}

QString OpenShiftView::assignSelected(qint64 clinicianId)
{
    const QString error = editSelected(tr("Assign open shift"), [clinicianId](Workspace &workspace, qint64 id) {
        return ShiftClaim(workspace).assign(id, clinicianId);
    });
    if (error.isEmpty())
        emit statusMessage(tr("Open shift assigned."));
    return error;
}

QString OpenShiftView::renewSelectedCode()
{
    return editSelected(tr("New claim code"), [](Workspace &workspace, qint64 id) { return ShiftClaim(workspace).renewCode(id); });
}
