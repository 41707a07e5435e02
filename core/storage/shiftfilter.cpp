#include "shiftfilter.h"

#include "cachedquery.h"
#include "model/shift.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QDateTime>
#include <QTimeZone>
#include <array>

using namespace Qt::StringLiterals;

namespace {

enum class Kind { Date, Instant, Hours, Name, Bool };

struct Field
{
    const char *name;
    Kind kind;
    const char *expression;
};

constexpr std::array<Field, 10> fieldTable{{
    {"date", Kind::Date, "s.date"},
    {"start_time", Kind::Instant, "s.start_utc"},
    {"shift_length", Kind::Hours, "s.duration_minutes"},
    {"owner", Kind::Name, "s.clinician_id"},
    {"department", Kind::Name,
     "COALESCE(s.team_id, (SELECT r.team_id FROM rotas r WHERE r.id = s.rota_id), (SELECT c2.team_id FROM clinicians c2 WHERE c2.id = "
     "s.clinician_id))"},
    {"type", Kind::Name, "s.shift_type_id"},
    {"rota", Kind::Name, "s.rota_id"},
    {"status", Kind::Name, "s.status"},
    {"requires_code", Kind::Bool, "(s.claim_code <> '')"},
    {"open", Kind::Bool, "(s.clinician_id IS NULL)"},
}};

struct Operator
{
    const char *suffix;
    const char *low;  // the comparison with the (first) value
    const char *high; // the comparison with the second value, for the between family
};

constexpr std::array<Operator, 10> operatorTable{{
    {"", "=", nullptr},
    {"lt", "<", nullptr},
    {"lte", "<=", nullptr},
    {"gt", ">", nullptr},
    {"gte", ">=", nullptr},
    {"ne", "<>", nullptr},
    {"between", ">", "<"},
    {"ibetween", ">=", "<="},
    {"lbetween", ">=", "<"},
    {"rbetween", ">", "<="},
}};

std::optional<qint64> idByName(const Workspace &workspace, const QString &sql, const QString &name)
{
    CachedQuery query(workspace, sql, {name});
    return query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
}

} // namespace

QStringList ShiftFilter::fields()
{
    QStringList names;
    for (const Field &field : fieldTable)
        names << QString::fromLatin1(field.name);
    return names;
}

std::optional<ShiftFilter> ShiftFilter::parse(const Workspace &workspace, const QStringList &conditions, QString *error)
{
    ShiftFilter filter;
    const QTimeZone zone(workspace.timeZone());
    for (const QString &condition : conditions) {
        const qsizetype equals = condition.indexOf(u'=');
        const auto fail = [&](const QString &why) {
            if (error)
                *error = tr("\"%1\": %2").arg(condition, why);
            return std::nullopt;
        };
        if (equals <= 0)
            return fail(tr("write FIELD=VALUE or FIELD__OP=VALUE."));
        const QString left = condition.left(equals);
        const QString right = condition.mid(equals + 1);
        const qsizetype split = left.indexOf(u"__"_s);
        const QString fieldName = split < 0 ? left : left.left(split);
        const QString opName = split < 0 ? QString() : left.mid(split + 2);
        const auto field = std::find_if(fieldTable.cbegin(), fieldTable.cend(), [&](const Field &f) { return fieldName == QLatin1StringView(f.name); });
        if (field == fieldTable.cend())
            return fail(tr("unknown field \"%1\"; use one of %2.").arg(fieldName, fields().join(u", "_s)));
        const auto op = std::find_if(operatorTable.cbegin(), operatorTable.cend(), [&](const Operator &o) { return opName == QLatin1StringView(o.suffix); });
        if (op == operatorTable.cend())
            return fail(tr("unknown operator \"__%1\"; use __lt, __lte, __gt, __gte, __ne, __between, __ibetween, __lbetween or __rbetween.").arg(opName));
        const bool ordered = field->kind == Kind::Date || field->kind == Kind::Instant || field->kind == Kind::Hours;
        const bool equality = opName.isEmpty() || opName == u"ne"_s;
        if (!ordered && !equality)
            return fail(tr("%1 can only be compared with = or __ne.").arg(fieldName));
        const QStringList texts = op->high ? right.split(u',') : QStringList{right};
        if (op->high && texts.size() != 2)
            return fail(tr("__%1 takes two values separated by a comma.").arg(opName));

        QList<Value> values;
        for (const QString &raw : texts) {
            const QString text = raw.trimmed();
            switch (field->kind) {
            case Kind::Date: {
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (!date.isValid())
                    return fail(tr("\"%1\" is not a date; use YYYY-MM-DD.").arg(text));
                values << Value(date.toString(Qt::ISODate).toUtf8());
                break;
            }
            case Kind::Instant: {
                const QDateTime local = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm"_s);
                if (!local.isValid())
                    return fail(tr("\"%1\" is not a date and time; use YYYY-MM-DDTHH:MM (local time).").arg(text));
                values << Value(QDateTime(local.date(), local.time(), zone).toSecsSinceEpoch());
                break;
            }
            case Kind::Hours: {
                bool ok = false;
                const double hours = text.toDouble(&ok);
                if (!ok || hours < 0)
                    return fail(tr("\"%1\" is not a number of hours.").arg(text));
                values << Value(hours * 60.0);
                break;
            }
            case Kind::Bool: {
                static const QStringList truthy{u"true"_s, u"True"_s, u"1"_s};
                static const QStringList falsy{u"false"_s, u"False"_s, u"0"_s};
                if (!truthy.contains(text) && !falsy.contains(text))
                    return fail(tr("\"%1\" is neither true nor false.").arg(text));
                values << Value(qint64(truthy.contains(text) ? 1 : 0));
                break;
            }
            case Kind::Name: {
                std::optional<qint64> id;
                if (fieldName == u"owner"_s)
                    id = idByName(workspace, u"SELECT id FROM clinicians WHERE name = ? COLLATE NOCASE"_s, text);
                else if (fieldName == u"department"_s)
                    id = idByName(workspace, u"SELECT id FROM teams WHERE name = ? COLLATE NOCASE"_s, text);
                else if (fieldName == u"type"_s)
                    id = idByName(workspace, u"SELECT id FROM shift_types WHERE code = ? COLLATE NOCASE"_s, text);
                else if (fieldName == u"rota"_s)
                    id = idByName(workspace, u"SELECT id FROM rotas WHERE name = ? COLLATE NOCASE"_s, text);
                if (fieldName == u"status"_s) {
                    if (!Shift::statusFromString(text))
                        return fail(tr("unknown status \"%1\"; use scheduled, completed, cancelled or needs_reassignment.").arg(text));
                    values << Value(text.toUtf8());
                } else if (!id) {
                    return fail(tr("there is no %1 \"%2\".").arg(fieldName, text));
                } else {
                    values << Value(*id);
                }
                break;
            }
            }
        }
        QByteArray part;
        const QByteArray expression(field->expression);
        if (op->high) {
            part = expression + ' ' + op->low + " ?% AND " + expression + ' ' + op->high + " ?%";
        } else if (opName == u"ne"_s) {
            // "Not X" includes the shifts with no value at all (open shifts for owner).
            part = '(' + expression + " IS NULL OR " + expression + " <> ?%)";
        } else {
            part = expression + ' ' + op->low + " ?%";
        }
        filter.m_parts << part;
        filter.m_values << values;
    }
    return filter;
}

QByteArray ShiftFilter::sql(int first) const
{
    QByteArray out;
    int next = first;
    for (const QByteArray &part : m_parts) {
        if (!out.isEmpty())
            out += " AND ";
        QByteArray numbered;
        for (char c : part) {
            if (c == '%')
                numbered += QByteArray::number(next++);
            else
                numbered += c;
        }
        out += '(' + numbered + ')';
    }
    return out;
}

void ShiftFilter::bind(SqliteStatement &statement, int first) const
{
    int index = first;
    for (const Value &value : m_values) {
        if (const qint64 *integer = std::get_if<qint64>(&value))
            statement.bindInt(index, *integer);
        else if (const double *real = std::get_if<double>(&value))
            statement.bindReal(index, *real);
        else
            statement.bindText(index, std::get<QByteArray>(value));
        ++index;
    }
}
