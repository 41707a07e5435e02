#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>
#include <variant>

class SqliteStatement;
class Workspace;

// Conditions on shifts in the volunteer seed's notation, FIELD=VALUE or FIELD__OP=VALUE, all of
// which must hold: __lt, __lte, __gt, __gte, __ne, and for two values "A,B" __between (A < x < B),
// __ibetween (A <= x <= B), __lbetween (A <= x < B) and __rbetween (A < x <= B). Fields: date
// (YYYY-MM-DD), start_time (YYYY-MM-DDTHH:MM, local to the workspace's time zone), shift_length
// (hours), owner (a clinician's name), department (a team's name: the shift's own, else its rota's,
// else its clinician's), type (a shift type's code), rota (a rota's name), status, requires_code and
// open (true/false, 1/0). Names are resolved when the filter is parsed; the SQL binds every value.
class ShiftFilter
{
    Q_DECLARE_TR_FUNCTIONS(ShiftFilter)

public:
    using Value = std::variant<qint64, double, QByteArray>;

    // nullopt with `error` set (naming the condition, the field, the operator or the value) when
    // a condition cannot be used.
    static std::optional<ShiftFilter> parse(const Workspace &workspace, const QStringList &conditions, QString *error);
    static QStringList fields();

    bool isEmpty() const { return m_parts.isEmpty(); }
    // "(...) AND (...)" on the shifts table as `s` (and its shift type as `t`), with its values as
    // ?first, ?first+1, ...
    QByteArray sql(int first) const;
    const QList<Value> &values() const { return m_values; }
    void bind(SqliteStatement &statement, int first) const;

private:
    QList<QByteArray> m_parts; // each with '%' where its next value's number goes
    QList<Value> m_values;
};
