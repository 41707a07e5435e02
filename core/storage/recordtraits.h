#pragma once

#include "tablespec.h"

// RecordTraits<T>::spec() names the table, journal record type and columns of record type T.
// Specialised for every record type in recordtraits.cpp.
template <typename T>
struct RecordTraits
{
    static const TableSpec &spec();
};

struct Alert;
struct Clinician;
struct LeaveRequest;
struct RepeatingShift;
struct Rota;
struct Shift;
struct ShiftPattern;
struct ShiftType;
struct SwapRequest;
struct Team;
struct Timeslot;
struct WorkingTerm;

template <> const TableSpec &RecordTraits<Alert>::spec();
template <> const TableSpec &RecordTraits<Clinician>::spec();
template <> const TableSpec &RecordTraits<LeaveRequest>::spec();
template <> const TableSpec &RecordTraits<RepeatingShift>::spec();
template <> const TableSpec &RecordTraits<Rota>::spec();
template <> const TableSpec &RecordTraits<Shift>::spec();
template <> const TableSpec &RecordTraits<ShiftPattern>::spec();
template <> const TableSpec &RecordTraits<ShiftType>::spec();
template <> const TableSpec &RecordTraits<SwapRequest>::spec();
template <> const TableSpec &RecordTraits<Team>::spec();
template <> const TableSpec &RecordTraits<Timeslot>::spec();
template <> const TableSpec &RecordTraits<WorkingTerm>::spec();
