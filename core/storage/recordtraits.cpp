#include "recordtraits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Layout
{
    const char *table;
    const char *recordType;
    const char *displayName;
    // "name:kind ...", kinds int, real, text, bool and json; server_id:int comes first in every table.
    const char *columns;
};

// In the order of RecordTypes.
constexpr Layout layouts[] = {
    {"teams", "team", QT_TRANSLATE_NOOP("RecordTraits", "team"), "name:text parent_id:int created_at:text updated_at:text"},
    {"clinicians", "clinician", QT_TRANSLATE_NOOP("RecordTraits", "clinician"),
     "name:text team_id:int grade:text email:text active:bool status:text created_at:text updated_at:text"},
    {"working_terms", "working_term", QT_TRANSLATE_NOOP("RecordTraits", "working term"),
     "clinician_id:int type:text start_date:text end_date:text percentage:real fixed_working_days:json fixed_half_days:json "
     "cannot_work_days:json must_work_days:json annual_leave_entitlement:real participates_in_duty:bool created_at:text "
     "updated_at:text"},
    {"shift_types", "shift_type", QT_TRANSLATE_NOOP("RecordTraits", "shift type"),
     "code:text name:text colour:text start_time:text end_time:text duration_minutes:int counts_as_worked:bool "
     "counts_toward_minimum:bool minimum_weekday:int minimum_weekend:int sort_order:int active:bool category:text"},
    {"shift_patterns", "shift_pattern", QT_TRANSLATE_NOOP("RecordTraits", "shift pattern"), "name:text created_at:text updated_at:text"},
    {"timeslots", "timeslot", QT_TRANSLATE_NOOP("RecordTraits", "timeslot"),
     "shift_pattern_id:int weekday:int start_time:text end_time:text shift_type_id:int minimum:int ideal:int maximum:int"},
    {"rotas", "rota", QT_TRANSLATE_NOOP("RecordTraits", "rota"),
     "name:text team_id:int shift_pattern_id:int start_date:text end_date:text archived:bool created_at:text updated_at:text"},
    {"repeating_shifts", "repeating_shift", QT_TRANSLATE_NOOP("RecordTraits", "repeating shift"),
     "clinician_id:int shift_type_id:int rota_id:int start_time:text end_time:text time_zone:text start_date:text "
     "frequency:text interval:int weekdays:json until_date:text count:int exdates:json created_at:text updated_at:text"},
    {"shifts", "shift", QT_TRANSLATE_NOOP("RecordTraits", "shift"),
     "clinician_id:int shift_type_id:int date:text start_utc:int end_utc:int time_zone:text duration_minutes:int status:text "
     "is_pinned:bool counts_as_worked:bool counts_toward_minimum:bool claim_code:text notes:text rota_id:int timeslot_id:int "
     "repeating_shift_id:int recurrence_date:text team_id:int created_by:text created_at:text modified_by:text modified_at:text"},
    {"leave_requests", "leave_request", QT_TRANSLATE_NOOP("RecordTraits", "leave request"),
     "clinician_id:int type:text start_date:text end_date:text status:text requested_at:text processed_at:text "
     "processed_by:text denial_reason:text override_reason:text affected_shift_count:int notes:text"},
    {"alerts", "alert", QT_TRANSLATE_NOOP("RecordTraits", "alert"),
     "type:text severity:text date:text clinician_id:int message:text details:text status:text created_at:text resolved_at:text"},
    {"swap_requests", "swap_request", QT_TRANSLATE_NOOP("RecordTraits", "swap request"),
     "rota_id:int shift_id:int swap_start_utc:int swap_end_utc:int description:text beneficiary_id:int benefactor_id:int "
     "status:text created_at:text taken_at:text"},
    {"reporting_periods", "reporting_period", QT_TRANSLATE_NOOP("RecordTraits", "reporting period"),
     "name:text start_date:text end_date:text created_at:text updated_at:text"},
    {"rota_closed_dates", "rota_closed_date", QT_TRANSLATE_NOOP("RecordTraits", "closed date"), "rota_id:int date:text reason:text"},
};
static_assert(std::size(layouts) == std::tuple_size_v<RecordTypes>);

TableSpec makeSpec(const Layout &layout)
{
    static const QList<std::pair<QLatin1StringView, TableSpec::Kind>> kinds{
        {"int"_L1, TableSpec::Kind::Integer}, {"real"_L1, TableSpec::Kind::Real}, {"text"_L1, TableSpec::Kind::Text},
        {"bool"_L1, TableSpec::Kind::Bool},   {"json"_L1, TableSpec::Kind::Json}};
    TableSpec spec{QString::fromLatin1(layout.table), QString::fromLatin1(layout.recordType),
                   QCoreApplication::translate("RecordTraits", layout.displayName), {{u"server_id"_s, TableSpec::Kind::Integer}}};
    for (const QLatin1StringView column : QLatin1StringView(layout.columns).tokenize(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = column.indexOf(u':');
        const QLatin1StringView kind = column.sliced(colon + 1);
        const auto found = std::find_if(kinds.cbegin(), kinds.cend(), [&](const auto &entry) { return entry.first == kind; });
        Q_ASSERT(colon > 0 && found != kinds.cend());
        spec.columns.append({QString(column.first(colon)), found->second});
    }
    return spec;
}

} // namespace

const QList<const TableSpec *> &recordTableSpecs()
{
    // Built once; the specs live as long as the program.
    static const QList<TableSpec> specs = [] {
        QList<TableSpec> list;
        for (const Layout &layout : layouts)
            list.append(makeSpec(layout));
        return list;
    }();
    static const QList<const TableSpec *> pointers = [] {
        QList<const TableSpec *> list;
        for (const TableSpec &spec : specs)
            list.append(&spec);
        return list;
    }();
    return pointers;
}
