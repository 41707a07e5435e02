#pragma once

#include "tablespec.h"

#include <QList>
#include <tuple>

// The record types kept in a workspace, parents before the records that refer to them; the
// order of recordTableSpecs().
using RecordTypes = std::tuple<struct Team, struct Clinician, struct WorkingTerm, struct ShiftType, struct ShiftPattern,
                               struct Timeslot, struct Rota, struct RepeatingShift, struct Shift, struct LeaveRequest,
                               struct Alert, struct SwapRequest, struct ReportingPeriod, struct RotaClosedDate>;

// The table, journal record type and columns of every record type, in the order of RecordTypes.
const QList<const TableSpec *> &recordTableSpecs();

namespace RecordTraitsDetail {
template <typename T, typename Tuple>
struct IndexOf;
template <typename T, typename... Types>
struct IndexOf<T, std::tuple<Types...>>
{
    static constexpr std::size_t find()
    {
        std::size_t index = 0;
        ((std::is_same_v<T, Types> ? false : (++index, true)) && ...);
        return index;
    }
    static constexpr std::size_t value = find();
    static_assert(value < sizeof...(Types), "not a record type of the workspace");
};
} // namespace RecordTraitsDetail

// RecordTraits<T>::spec() names the table, journal record type and columns of record type T.
template <typename T>
struct RecordTraits
{
    static const TableSpec &spec() { return *recordTableSpecs().at(RecordTraitsDetail::IndexOf<T, RecordTypes>::value); }
};
