#include "alertview.h"

#include "alertlistmodel.h"
#include "commands/changealertstatus.h"
#include "scheduling/rulechecker.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

AlertView::AlertView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AlertListModel(session, this))
    , m_show(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_limitDates(new QCheckBox(tr("&Dates:"), this))
    , m_from(dateEdit(this))
    , m_to(dateEdit(this))
    , m_table(new QTableView(this))
    , m_resolve(new QPushButton(tr("&Resolve"), this))
    , m_dismiss(new QPushButton(tr("D&ismiss"), this))
    , m_result(new QLabel(this))
{
    m_show->setObjectName(u"show"_s);
    m_severity->setObjectName(u"severity"_s);
    m_type->setObjectName(u"type"_s);
    m_limitDates->setObjectName(u"limitDates"_s);
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    m_resolve->setObjectName(u"resolve"_s);
    m_dismiss->setObjectName(u"dismiss"_s);

    m_show->addItem(tr("Active only"), true);
    m_show->addItem(tr("All"), false);
    m_severity->addItem(tr("All severities"));
    for (const Alert::Severity severity : {Alert::Severity::Critical, Alert::Severity::Warning, Alert::Severity::Info})
        m_severity->addItem(AlertListModel::severityText(severity), Alert::severityToString(severity));
    m_type->addItem(tr("All types"));
    for (const QString &type : RuleChecker::ruleTypes())
        m_type->addItem(Alert::typeLabel(type), type);
    const QDate today = m_session->today();
    m_from->setDate(today);
    m_to->setDate(today.addDays(27));
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    auto *severityLabel = new QLabel(tr("S&everity:"), this);
    severityLabel->setBuddy(m_severity);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *toLabel = new QLabel(tr("to"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addSpacing(12);
    filters->addWidget(m_limitDates);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addStretch(1);

    auto *check = new QPushButton(tr("&Check Period…"), this);
    check->setObjectName(u"check"_s);
    check->setToolTip(tr("Check the rules for a period and bring its alerts up to date"));
    m_resolve->setToolTip(tr("Mark the selected alerts as resolved"));
    m_dismiss->setToolTip(tr("Dismiss the selected alerts; the same finding is not raised again"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(check);
    actions->addWidget(m_result, 1);
    actions->addWidget(m_resolve);
    actions->addWidget(m_dismiss);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlertListModel::MessageColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_show, &QComboBox::currentIndexChanged, this, &AlertView::applyFilters);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &AlertView::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AlertView::applyFilters);
    connect(m_limitDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AlertView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AlertView::applyFilters);
    connect(check, &QPushButton::clicked, this, &AlertView::chooseAndCheckPeriod);
    connect(m_resolve, &QPushButton::clicked, this, &AlertView::resolveSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &AlertView::dismissSelected);
    // Enter and a double-click both activate a row.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const Alert alert = m_model->alertAt(index.row());
        emit dayActivated(alert.date, alert.clinician_id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertView::updateButtons);
    updateButtons();
}

void AlertView::applyFilters()
{
    m_model->setActiveOnly(m_show->currentData().toBool());
    m_model->setSeverity(Alert::severityFromString(m_severity->currentData().toString()));
    m_model->setType(m_type->currentData().toString());
    if (m_limitDates->isChecked())
        m_model->setDateRange(m_from->date(), m_to->date());
    else
        m_model->setDateRange({}, {});
}

void AlertView::checkPeriod(QDate from, QDate to)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    if (to < from)
        std::swap(from, to);
    RuleChecker::RefreshResult result;
    if (const StorageError error = RuleChecker(*workspace).refresh(from, to, &result); !error.ok()) {
        m_result->setText(tr("The period could not be checked."));
        m_session->reportError(tr("The period could not be checked: %1").arg(error.message));
        return;
    }
    const QString period = tr("%1 to %2").arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat));
    m_result->setText(tr("Checked %1: %2, %3.")
                          .arg(period, tr("%n new alert(s)", nullptr, result.created), tr("%n resolved", nullptr, result.resolved)));
    m_session->notifyDataChanged();
}

void AlertView::chooseAndCheckPeriod()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"checkPeriodDialog"_s);
    dialog->setWindowTitle(tr("Check Period"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QDateEdit *from = dateEdit(dialog);
    QDateEdit *to = dateEdit(dialog);
    from->setObjectName(u"checkFrom"_s);
    to->setObjectName(u"checkTo"_s);
    const QDate today = m_session->today();
    from->setDate(m_limitDates->isChecked() ? m_from->date() : today);
    to->setDate(m_limitDates->isChecked() ? m_to->date() : today.addDays(27));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Check"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, from, to] { checkPeriod(from->date(), to->date()); });
    dialog->open();
}

QList<qint64> AlertView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->alertAt(index.row()).id);
    return ids;
}

void AlertView::resolveSelected()
{
    changeSelected(true);
}

void AlertView::dismissSelected()
{
    changeSelected(false);
}

void AlertView::changeSelected(bool resolve)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_session->workspace())
        return;
    const Alert::Status status = resolve ? Alert::Status::Resolved : Alert::Status::Dismissed;
    if (const StorageError error = ChangeAlertStatus::apply(m_session, ids, status); !error.ok()) {
        m_result->setText(resolve ? tr("The alerts could not be resolved.") : tr("The alerts could not be dismissed."));
        m_session->reportError(error.message);
        return;
    }
    m_result->setText(resolve ? tr("%n alert(s) resolved.", nullptr, int(ids.size())) : tr("%n alert(s) dismissed.", nullptr, int(ids.size())));
}

QString AlertView::resultText() const
{
    return m_result->text();
}

void AlertView::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_resolve->setEnabled(any);
    m_dismiss->setEnabled(any);
}
