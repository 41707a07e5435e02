#include "recordtraits.h"

#include "model/alert.h"
#include "model/clinician.h"
#include "model/leaverequest.h"
#include "model/repeatingshift.h"
#include "model/rota.h"
#include "model/shift.h"
#include "model/shiftpattern.h"
#include "model/shifttype.h"
#include "model/swaprequest.h"
#include "model/team.h"
#include "model/timeslot.h"
#include "model/workingterm.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using K = TableSpec::Kind;

template <>
const TableSpec &RecordTraits<Team>::spec()
{
    static const TableSpec spec{u"teams"_s, u"team"_s, QCoreApplication::translate("RecordTraits", "team"),
                                {{u"server_id"_s, K::Integer}, {u"name"_s, K::Text}, {u"parent_id"_s, K::Integer},
                                 {u"created_at"_s, K::Text}, {u"updated_at"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<Clinician>::spec()
{
    static const TableSpec spec{u"clinicians"_s, u"clinician"_s, QCoreApplication::translate("RecordTraits", "clinician"),
                                {{u"server_id"_s, K::Integer}, {u"name"_s, K::Text}, {u"team_id"_s, K::Integer},
                                 {u"grade"_s, K::Text}, {u"email"_s, K::Text}, {u"active"_s, K::Bool},
                                 {u"status"_s, K::Text}, {u"created_at"_s, K::Text}, {u"updated_at"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<WorkingTerm>::spec()
{
    static const TableSpec spec{u"working_terms"_s, u"working_term"_s, QCoreApplication::translate("RecordTraits", "working term"),
                                {{u"server_id"_s, K::Integer}, {u"clinician_id"_s, K::Integer}, {u"type"_s, K::Text},
                                 {u"start_date"_s, K::Text}, {u"end_date"_s, K::Text}, {u"percentage"_s, K::Real},
                                 {u"fixed_working_days"_s, K::Json}, {u"fixed_half_days"_s, K::Json},
                                 {u"cannot_work_days"_s, K::Json}, {u"must_work_days"_s, K::Json},
                                 {u"annual_leave_entitlement"_s, K::Real}, {u"participates_in_duty"_s, K::Bool},
                                 {u"created_at"_s, K::Text}, {u"updated_at"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<ShiftType>::spec()
{
    static const TableSpec spec{u"shift_types"_s, u"shift_type"_s, QCoreApplication::translate("RecordTraits", "shift type"),
                                {{u"server_id"_s, K::Integer}, {u"code"_s, K::Text}, {u"name"_s, K::Text},
                                 {u"colour"_s, K::Text}, {u"start_time"_s, K::Text}, {u"end_time"_s, K::Text},
                                 {u"duration_minutes"_s, K::Integer}, {u"counts_as_worked"_s, K::Bool},
                                 {u"counts_toward_minimum"_s, K::Bool}, {u"minimum_weekday"_s, K::Integer},
                                 {u"minimum_weekend"_s, K::Integer}, {u"sort_order"_s, K::Integer}, {u"active"_s, K::Bool}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<Shift>::spec()
{
    static const TableSpec spec{u"shifts"_s, u"shift"_s, QCoreApplication::translate("RecordTraits", "shift"),
                                {{u"server_id"_s, K::Integer}, {u"clinician_id"_s, K::Integer}, {u"shift_type_id"_s, K::Integer},
                                 {u"date"_s, K::Text}, {u"start_utc"_s, K::Integer}, {u"end_utc"_s, K::Integer},
                                 {u"time_zone"_s, K::Text}, {u"duration_minutes"_s, K::Integer}, {u"status"_s, K::Text},
                                 {u"is_pinned"_s, K::Bool}, {u"counts_as_worked"_s, K::Bool},
                                 {u"counts_toward_minimum"_s, K::Bool}, {u"claim_code"_s, K::Text}, {u"notes"_s, K::Text},
                                 {u"rota_id"_s, K::Integer}, {u"timeslot_id"_s, K::Integer},
                                 {u"repeating_shift_id"_s, K::Integer}, {u"created_by"_s, K::Text},
                                 {u"created_at"_s, K::Text}, {u"modified_by"_s, K::Text}, {u"modified_at"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<LeaveRequest>::spec()
{
    static const TableSpec spec{u"leave_requests"_s, u"leave_request"_s, QCoreApplication::translate("RecordTraits", "leave request"),
                                {{u"server_id"_s, K::Integer}, {u"clinician_id"_s, K::Integer}, {u"type"_s, K::Text},
                                 {u"start_date"_s, K::Text}, {u"end_date"_s, K::Text}, {u"status"_s, K::Text},
                                 {u"requested_at"_s, K::Text}, {u"processed_at"_s, K::Text}, {u"processed_by"_s, K::Text},
                                 {u"denial_reason"_s, K::Text}, {u"override_reason"_s, K::Text},
                                 {u"affected_shift_count"_s, K::Integer}, {u"notes"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<Alert>::spec()
{
    static const TableSpec spec{u"alerts"_s, u"alert"_s, QCoreApplication::translate("RecordTraits", "alert"),
                                {{u"server_id"_s, K::Integer}, {u"type"_s, K::Text}, {u"severity"_s, K::Text},
                                 {u"date"_s, K::Text}, {u"clinician_id"_s, K::Integer}, {u"message"_s, K::Text},
                                 {u"details"_s, K::Text}, {u"status"_s, K::Text}, {u"created_at"_s, K::Text},
                                 {u"resolved_at"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<Rota>::spec()
{
    static const TableSpec spec{u"rotas"_s, u"rota"_s, QCoreApplication::translate("RecordTraits", "rota"),
                                {{u"server_id"_s, K::Integer}, {u"name"_s, K::Text}, {u"team_id"_s, K::Integer},
                                 {u"shift_pattern_id"_s, K::Integer}, {u"start_date"_s, K::Text}, {u"end_date"_s, K::Text},
                                 {u"archived"_s, K::Bool}, {u"created_at"_s, K::Text}, {u"updated_at"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<ShiftPattern>::spec()
{
    static const TableSpec spec{u"shift_patterns"_s, u"shift_pattern"_s, QCoreApplication::translate("RecordTraits", "shift pattern"),
                                {{u"server_id"_s, K::Integer}, {u"name"_s, K::Text}, {u"created_at"_s, K::Text},
                                 {u"updated_at"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<Timeslot>::spec()
{
    static const TableSpec spec{u"timeslots"_s, u"timeslot"_s, QCoreApplication::translate("RecordTraits", "timeslot"),
                                {{u"server_id"_s, K::Integer}, {u"shift_pattern_id"_s, K::Integer}, {u"weekday"_s, K::Integer},
                                 {u"start_time"_s, K::Text}, {u"end_time"_s, K::Text}, {u"shift_type_id"_s, K::Integer},
                                 {u"minimum"_s, K::Integer}, {u"ideal"_s, K::Integer}, {u"maximum"_s, K::Integer}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<RepeatingShift>::spec()
{
    static const TableSpec spec{u"repeating_shifts"_s, u"repeating_shift"_s, QCoreApplication::translate("RecordTraits", "repeating shift"),
                                {{u"server_id"_s, K::Integer}, {u"clinician_id"_s, K::Integer}, {u"shift_type_id"_s, K::Integer},
                                 {u"rota_id"_s, K::Integer}, {u"start_time"_s, K::Text}, {u"end_time"_s, K::Text},
                                 {u"time_zone"_s, K::Text}, {u"start_date"_s, K::Text}, {u"frequency"_s, K::Text},
                                 {u"interval"_s, K::Integer}, {u"weekdays"_s, K::Json}, {u"until_date"_s, K::Text},
                                 {u"count"_s, K::Integer}, {u"created_at"_s, K::Text}, {u"updated_at"_s, K::Text}}};
    return spec;
}

template <>
const TableSpec &RecordTraits<SwapRequest>::spec()
{
    static const TableSpec spec{u"swap_requests"_s, u"swap_request"_s, QCoreApplication::translate("RecordTraits", "swap request"),
                                {{u"server_id"_s, K::Integer}, {u"rota_id"_s, K::Integer}, {u"shift_id"_s, K::Integer},
                                 {u"swap_start_utc"_s, K::Integer}, {u"swap_end_utc"_s, K::Integer},
                                 {u"description"_s, K::Text}, {u"beneficiary_id"_s, K::Integer},
                                 {u"benefactor_id"_s, K::Integer}, {u"status"_s, K::Text}, {u"created_at"_s, K::Text},
                                 {u"taken_at"_s, K::Text}}};
    return spec;
}
