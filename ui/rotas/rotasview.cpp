#include "rotasview.h"

#include "calendar/rotabulkedit.h"
#include "commands/recordededit.h"
#include "rotalistmodel.h"
#include "storage/rotacloseddaterepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/timeslotrepository.h"
#include "storage/workspace.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDateEdit *dateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

RotasView::RotasView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RotaListModel(this))
    , m_detail(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_detailView(new QTreeView(this))
    , m_detailTitle(new QLabel(this))
    , m_archived(new QCheckBox(tr("Show archived rotas"), this))
    , m_archive(new QPushButton(this))
{
    auto *toolbar = new QHBoxLayout;
    const std::pair<QString, void (RotasView::*)()> actions[] = {{tr("End date…"), &RotasView::askEndDate},
                                                                 {tr("Rename…"), &RotasView::askRename},
                                                                 {tr("Close dates…"), &RotasView::askCloseDates},
                                                                 {tr("New pattern from…"), &RotasView::askReplacePattern}};
    for (const auto &[text, slot] : actions) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, slot);
        toolbar->addWidget(button);
        m_actions << button;
    }
    m_actions << m_archive;
    toolbar->addWidget(m_archive);
    toolbar->addStretch();
    toolbar->addWidget(m_archived);
    connect(m_archive, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const bool allArchived = std::all_of(rows.cbegin(), rows.cend(), [this](const QModelIndex &i) { return m_model->rotaAt(i.row())->archived; });
        if (const QString error = setArchived(!allArchived); !error.isEmpty())
            QMessageBox::warning(this, tr("Rotas not changed"), error);
    });

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Select several rotas (Ctrl or Shift) to change them together."));

    m_detailView->setModel(m_detail);
    m_detailView->setRootIsDecorated(true);
    m_detailTitle->setWordWrap(true);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);

    connect(m_archived, &QCheckBox::toggled, this, &RotasView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetail();
    });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &RotasView::reload);
    connect(m_session, &WorkspaceSession::dataChanged, this, &RotasView::reload);
    reload();
}

void RotasView::setShowArchived(bool show)
{
    m_archived->setChecked(show);
}

void RotasView::selectRows(const QList<int> &rows)
{
    m_table->clearSelection();
    for (int row : rows)
        m_table->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QList<qint64> RotasView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const Rota *rota = m_model->rotaAt(index.row()))
            ids << rota->id;
    }
    return ids;
}

// Keeps the selection (by rota) across the reload.
void RotasView::reload()
{
    const QList<qint64> selected = selectedIds();
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        m_model->setRotas({}, {}, {});
    } else {
        QHash<qint64, QString> teams;
        for (const Team &team : TeamRepository(*workspace).all())
            teams.insert(team.id, team.name);
        QHash<qint64, QString> patterns;
        for (const ShiftPattern &pattern : ShiftPatternRepository(*workspace).all())
            patterns.insert(pattern.id, pattern.name);
        m_model->setRotas(RotaRepository(*workspace).list(m_archived->isChecked()), teams, patterns);
    }
    QList<int> rows;
    for (qint64 id : selected) {
        if (const int row = m_model->rowOf(id); row >= 0)
            rows << row;
    }
    selectRows(rows);
    updateActions();
    showDetail();
}

void RotasView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (QPushButton *button : std::as_const(m_actions))
        button->setEnabled(!rows.isEmpty());
    const bool allArchived = !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [this](const QModelIndex &i) { return m_model->rotaAt(i.row())->archived; });
    m_archive->setText(allArchived ? tr("Bring back") : tr("Archive"));
}

void RotasView::showDetail()
{
    m_detail->clear();
    m_detail->setHorizontalHeaderLabels({tr("Weekday or date"), tr("Times"), tr("Shift type"), tr("Minimum"), tr("Ideal"), tr("Maximum")});
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    Workspace *workspace = m_session->workspace();
    const Rota *rota = rows.size() == 1 && workspace ? m_model->rotaAt(rows.first().row()) : nullptr;
    if (!rota) {
        m_detailTitle->setText(rows.size() > 1 ? tr("%n rota(s) selected.", nullptr, int(rows.size()))
                                               : tr("Choose a rota to see its timeslots and closed dates."));
        return;
    }
    m_detailTitle->setText(tr("%1: timeslots by weekday and closed dates").arg(rota->name));
    QHash<qint64, QString> types;
    for (const ShiftType &type : ShiftTypeRepository(*workspace).all())
        types.insert(type.id, type.name);
    const QList<Timeslot> patternSlots = rota->shift_pattern_id ? TimeslotRepository(*workspace).forPattern(*rota->shift_pattern_id) : QList<Timeslot>();
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto *day = new QStandardItem(QLocale().dayName(weekday, QLocale::LongFormat));
        QList<QStandardItem *> row{day};
        bool any = false;
        for (const Timeslot &slot : patternSlots) {
            if (slot.weekday != weekday)
                continue;
            any = true;
            day->appendRow({new QStandardItem(QString()), new QStandardItem(u"%1\u2013%2"_s.arg(slot.start_time.toString(u"HH:mm"_s), slot.end_time.toString(u"HH:mm"_s))),
                            new QStandardItem(slot.shift_type_id ? types.value(*slot.shift_type_id) : QString()),
                            new QStandardItem(QString::number(slot.minimum)), new QStandardItem(QString::number(slot.ideal)),
                            new QStandardItem(QString::number(slot.maximum))});
        }
        if (!any)
            row << new QStandardItem(tr("Closed: no timeslots"));
        m_detail->appendRow(row);
    }
    const QDate today = m_session->today();
    const QList<RotaClosedDate> closed = RotaClosedDateRepository(*workspace).inWindow(rota->id, today, today.addYears(1));
    auto *closedItem = new QStandardItem(tr("Closed dates in the coming year: %1").arg(closed.size()));
    for (const RotaClosedDate &date : closed)
        closedItem->appendRow({new QStandardItem(QLocale().toString(date.date, QLocale::ShortFormat)), new QStandardItem(date.reason)});
    m_detail->appendRow(closedItem);
    m_detailView->expandAll();
    for (int column = 0; column < m_detail->columnCount(); ++column)
        m_detailView->resizeColumnToContents(column);
}

QString RotasView::edit(const QString &text, const std::function<StorageError(Workspace &, const QList<qint64> &)> &write)
{
    Workspace *workspace = m_session->workspace();
    const QList<qint64> ids = selectedIds();
    if (!workspace || ids.isEmpty())
        return tr("Choose one or more rotas first.");
    const StorageError error = RecordedEdit::apply(m_session, text, [workspace, ids, write] { return write(*workspace, ids); });
    return error.ok() ? QString() : error.message;
}

QString RotasView::setEndDate(QDate end)
{
    return edit(tr("Set end date"), [end](Workspace &workspace, const QList<qint64> &ids) { return RotaBulkEdit(workspace).setEndDate(ids, end); });
}

QString RotasView::rename(const QString &pattern)
{
    return edit(tr("Rename rotas"), [pattern](Workspace &workspace, const QList<qint64> &ids) { return RotaBulkEdit(workspace).rename(ids, pattern); });
}

QString RotasView::closeDates(QDate from, QDate to, const QString &reason)
{
    return edit(tr("Close dates"), [=](Workspace &workspace, const QList<qint64> &ids) { return RotaBulkEdit(workspace).closeDates(ids, from, to, reason); });
}

QString RotasView::setArchived(bool archived)
{
    return edit(archived ? tr("Archive rotas") : tr("Bring back rotas"),
                [archived](Workspace &workspace, const QList<qint64> &ids) { return RotaBulkEdit(workspace).setArchived(ids, archived); });
}

QString RotasView::replacePattern(QDate from, qint64 patternId, QStringList *unfitting)
{
    RotaBulkEdit::Replacement replacement;
    const QString error = edit(tr("New shift pattern"), [&](Workspace &workspace, const QList<qint64> &ids) {
        return RotaBulkEdit(workspace).replacePattern(ids, from, patternId, &replacement);
    });
    if (error.isEmpty() && unfitting) {
        for (const Shift &shift : std::as_const(replacement.unfitting)) {
            *unfitting << (shift.isTimed() ? tr("%1, %2\u2013%3").arg(QLocale().toString(shift.date, QLocale::ShortFormat), shift.localStart().toString(u"HH:mm"_s),
                                                                    shift.localEnd().toString(u"HH:mm"_s))
                                           : QLocale().toString(shift.date, QLocale::ShortFormat));
        }
    }
    return error;
}

void RotasView::askEndDate()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("End date"));
    auto *open = new QCheckBox(tr("Open-ended"), &dialog);
    QDateEdit *end = dateEdit(m_session->today().addMonths(3), &dialog);
    connect(open, &QCheckBox::toggled, end, &QWidget::setDisabled);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Last day:"), end);
    form->addRow(QString(), open);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = setEndDate(open->isChecked() ? QDate() : end->date()); !error.isEmpty())
        QMessageBox::warning(this, tr("Rotas not changed"), error);
}

void RotasView::askRename()
{
    const QList<qint64> ids = selectedIds();
    bool ok = false;
    const QString current = ids.size() == 1 ? m_model->rotaAt(m_model->rowOf(ids.first()))->name : u"{name}"_s;
    const QString pattern = QInputDialog::getText(this, tr("Rename rotas"),
                                                  tr("New name; {name} stands for each rota's present name (\"{name} 2027\")."),
                                                  QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    if (const QString error = rename(pattern); !error.isEmpty())
        QMessageBox::warning(this, tr("Rotas not changed"), error);
}

void RotasView::askCloseDates()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Close dates"));
    QDateEdit *from = dateEdit(m_session->today(), &dialog);
    QDateEdit *to = dateEdit(m_session->today(), &dialog);
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("e.g. Christmas closure"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("First day:"), from);
    form->addRow(tr("Last day:"), to);
    form->addRow(tr("Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString error = closeDates(from->date(), to->date(), reason->text()); !error.isEmpty())
        QMessageBox::warning(this, tr("Dates not closed"), error);
}

void RotasView::askReplacePattern()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New shift pattern"));
    auto *pattern = new QComboBox(&dialog);
    for (const ShiftPattern &p : ShiftPatternRepository(*workspace).all())
        pattern->addItem(p.name, p.id);
    QDateEdit *from = dateEdit(m_session->today(), &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Pattern:"), pattern);
    form->addRow(tr("From:"), from);
    form->addRow(new QLabel(tr("The rotas end the day before and run on with the new pattern; their shifts from that day move onto "
                               "the timeslots they fit."),
                            &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || pattern->currentIndex() < 0)
        return;
    QStringList unfitting;
    if (const QString error = replacePattern(from->date(), pattern->currentData().toLongLong(), &unfitting); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Pattern not changed"), error);
        return;
    }
    if (!unfitting.isEmpty())
        QMessageBox::information(this, tr("Shifts outside the new pattern"),
                                 tr("%n shift(s) fit no timeslot of the new pattern and stay as they were:", nullptr, int(unfitting.size())) + u"\n"_s
                                     + unfitting.join(u'\n'));
    emit statusMessage(tr("New shift pattern from %1.").arg(QLocale().toString(from->date(), QLocale::ShortFormat)));
}
