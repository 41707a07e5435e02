#include "proposalchangemodel.h"

#include "scheduling/generator/rotaproblem.h"
#include "scheduling/generator/rotaproposal.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, u"ddd "_s + QLocale().dateFormat(QLocale::ShortFormat));
}

} // namespace

ProposalChangeModel::ProposalChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProposalChangeModel::setProposal(const RotaProposal &proposal, const RotaProblem &problem)
{
    QHash<qint64, QString> names;
    for (const Clinician &clinician : problem.clinicians())
        names.insert(clinician.id, clinician.name);
    QHash<qint64, const ShiftType *> types;
    for (const ShiftType &type : problem.shiftTypes())
        types.insert(type.id, &type);

    QList<Row> rows;
    rows.reserve(proposal.changes.size());
    for (const ShiftChange &change : proposal.changes) {
        Row row;
        row.kind = kindOf(change);
        const Shift &shift = change.after ? *change.after : *change.before;
        row.date = shift.date;
        const std::optional<qint64> clinicianId =
            change.after && !change.after->isOpen() ? change.after->clinician_id : change.before ? change.before->clinician_id : std::nullopt;
        if (clinicianId)
            row.clinician = names.value(*clinicianId, tr("Clinician %1").arg(*clinicianId));
        if (row.kind != Kind::Added) {
            const ShiftType *type = types.value(change.before->shift_type_id);
            row.before = type ? type->code : QString::number(change.before->shift_type_id);
            row.beforeName = type ? type->name : QString();
        }
        if (row.kind != Kind::Removed) {
            const ShiftType *type = types.value(change.after->shift_type_id);
            row.after = type ? type->code : QString::number(change.after->shift_type_id);
            row.afterName = type ? type->name : QString();
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ProposalChangeModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

ProposalChangeModel::Kind ProposalChangeModel::kindOf(const ShiftChange &change)
{
    if (!change.before || change.before->isOpen())
        return Kind::Added;
    if (!change.after || change.after->isOpen())
        return Kind::Removed;
    return Kind::Changed;
}

QString ProposalChangeModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return tr("Added");
    case Kind::Removed:
        return tr("Removed");
    case Kind::Changed:
        return tr("Changed");
    }
    return {};
}

int ProposalChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProposalChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const auto code = [](const QString &text) { return text.isEmpty() ? u"—"_s : text; };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dateText(row.date);
        case ClinicianColumn:
            return row.clinician;
        case BeforeColumn:
            return code(row.before);
        case AfterColumn:
            return code(row.after);
        case KindColumn:
            return kindName(row.kind);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return row.date;
        case KindColumn:
            return int(row.kind);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == BeforeColumn && !row.beforeName.isEmpty())
            return row.beforeName;
        if (index.column() == AfterColumn && !row.afterName.isEmpty())
            return row.afterName;
        break;
    }
    return {};
}

QVariant ProposalChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ClinicianColumn:
        return tr("Clinician");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case KindColumn:
        return tr("Change");
    }
    return {};
}
