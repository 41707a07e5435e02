#include "syncmapping.h"

#include "model/alert.h"
#include "model/clinician.h"
#include "model/jsonconvert.h"
#include "model/leaverequest.h"
#include "model/shift.h"
#include "model/workingterm.h"
#include "storage/recordtraits.h"
#include "synclookup.h"

using namespace Qt::StringLiterals;

namespace {

template <typename T>
FieldErrors checked(const QJsonObject &local)
{
    FieldErrors errors;
    const T record = T::fromJson(local, &errors);
    if (errors.isEmpty())
        errors = record.validate();
    return errors;
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return u"\"%1\""_s.arg(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    return SyncMapping::tr("a list or object");
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() > 0;
}

} // namespace

SyncMapping::SyncMapping(Resource resource, QString name, QString path, QList<Field> fields, QStringList identifying)
    : m_resource(resource)
    , m_name(std::move(name))
    , m_path(std::move(path))
    , m_fields(std::move(fields))
    , m_identifying(std::move(identifying))
{
}

const QList<SyncMapping> &SyncMapping::all()
{
    static const QList<SyncMapping> mappings = {
        SyncMapping(Resource::Clinicians, u"clinicians"_s, u"api/clinicians/"_s,
                    {{u"name"_s, u"name"_s, Kind::Plain}, {u"active"_s, u"active"_s, Kind::Plain}}, {u"name"_s, u"active"_s}),
        SyncMapping(Resource::WorkingTerms, u"working-terms"_s, u"api/working-terms/"_s,
                    {{u"clinician"_s, u"clinician_id"_s, Kind::ClinicianRef},
                     {u"type"_s, u"type"_s, Kind::Plain},
                     {u"start_date"_s, u"start_date"_s, Kind::Plain},
                     {u"end_date"_s, u"end_date"_s, Kind::Plain},
                     {u"percentage"_s, u"percentage"_s, Kind::Plain},
                     {u"fixed_working_days"_s, u"fixed_working_days"_s, Kind::Plain},
                     {u"fixed_half_days"_s, u"fixed_half_days"_s, Kind::Plain},
                     {u"cannot_work_days"_s, u"cannot_work_days"_s, Kind::Plain},
                     {u"must_work_days"_s, u"must_work_days"_s, Kind::Plain},
                     {u"annual_leave_entitlement"_s, u"annual_leave_entitlement"_s, Kind::Plain},
                     {u"participates_in_duty"_s, u"participates_in_duty"_s, Kind::Plain}},
                    {u"clinician"_s, u"type"_s, u"start_date"_s}),
        SyncMapping(Resource::Shifts, u"shifts"_s, u"api/shifts/"_s,
                    {{u"clinician"_s, u"clinician_id"_s, Kind::ClinicianRef},
                     {u"date"_s, u"date"_s, Kind::Plain},
                     {u"type"_s, u"shift_type_id"_s, Kind::ShiftTypeCode},
                     {u"duration"_s, u"duration_minutes"_s, Kind::Minutes},
                     {u"status"_s, u"status"_s, Kind::Plain},
                     {u"is_pinned"_s, u"is_pinned"_s, Kind::Plain},
                     {u"counts_as_worked"_s, u"counts_as_worked"_s, Kind::Plain},
                     {u"counts_toward_minimum"_s, u"counts_toward_minimum"_s, Kind::Plain}},
                    {u"clinician"_s, u"date"_s, u"type"_s}),
        SyncMapping(Resource::LeaveRequests, u"leave-requests"_s, u"api/leave-requests/"_s,
                    {{u"clinician"_s, u"clinician_id"_s, Kind::ClinicianRef},
                     {u"type"_s, u"type"_s, Kind::Plain},
                     {u"start_date"_s, u"start_date"_s, Kind::Plain},
                     {u"end_date"_s, u"end_date"_s, Kind::Plain},
                     {u"status"_s, u"status"_s, Kind::Plain},
                     {u"denial_reason"_s, u"denial_reason"_s, Kind::Plain}},
                    {u"clinician"_s, u"type"_s, u"start_date"_s, u"end_date"_s}),
        SyncMapping(Resource::Alerts, u"alerts"_s, u"api/alerts/"_s,
                    {{u"type"_s, u"type"_s, Kind::Plain},
                     {u"severity"_s, u"severity"_s, Kind::Plain},
                     {u"date"_s, u"date"_s, Kind::Plain},
                     {u"message"_s, u"message"_s, Kind::Plain},
                     {u"details"_s, u"details"_s, Kind::Plain},
                     {u"status"_s, u"status"_s, Kind::Plain}},
                    {u"type"_s, u"date"_s, u"message"_s}),
    };
    return mappings;
}

const SyncMapping *SyncMapping::forRecordType(const QString &recordType)
{
    for (const SyncMapping &mapping : all()) {
        if (mapping.recordType() == recordType)
            return &mapping;
    }
    return nullptr;
}

const SyncMapping &SyncMapping::of(Resource resource)
{
    return all().at(int(resource));
}

QString SyncMapping::detailPath(qint64 serverId) const
{
    return m_path + QString::number(serverId) + u'/';
}

const TableSpec &SyncMapping::table() const
{
    switch (m_resource) {
    case Resource::Clinicians:
        return RecordTraits<Clinician>::spec();
    case Resource::WorkingTerms:
        return RecordTraits<WorkingTerm>::spec();
    case Resource::Shifts:
        return RecordTraits<Shift>::spec();
    case Resource::LeaveRequests:
        return RecordTraits<LeaveRequest>::spec();
    case Resource::Alerts:
        break;
    }
    return RecordTraits<Alert>::spec();
}

QString SyncMapping::recordType() const
{
    return table().recordType;
}

QStringList SyncMapping::fields() const
{
    QStringList names;
    for (const Field &field : m_fields)
        names << field.server;
    return names;
}

QString SyncMapping::serverName(const QString &localField) const
{
    for (const Field &field : m_fields) {
        if (field.local == localField)
            return field.server;
    }
    return localField;
}

QJsonObject SyncMapping::toServer(const SyncLookup &lookup, const QJsonObject &local, QString *error) const
{
    QJsonObject server;
    for (const Field &field : m_fields) {
        const QJsonValue value = local.value(field.local);
        switch (field.kind) {
        case Kind::Plain:
        case Kind::Minutes:
            server.insert(field.server, value);
            break;
        case Kind::ClinicianRef: {
            if (value.isNull() || value.isUndefined()) {
                server.insert(field.server, QJsonValue::Null);
                break;
            }
            const std::optional<qint64> serverId = lookup.clinicianServerId(value.toInteger());
            if (!serverId) {
                *error = tr("It refers to clinician %1, who is not on the server yet.").arg(value.toInteger());
                // Still comparable: two states referring to the same local-only clinician are equal.
                server.insert(field.server, u"local:%1"_s.arg(value.toInteger()));
                break;
            }
            server.insert(field.server, *serverId);
            break;
        }
        case Kind::ShiftTypeCode: {
            const ShiftType *type = lookup.shiftType(value.toInteger());
            server.insert(field.server, type ? QJsonValue(type->code) : QJsonValue(QJsonValue::Null));
            break;
        }
        }
    }
    return server;
}

QJsonObject SyncMapping::toLocal(SyncLookup &lookup, const QJsonObject &server, const QJsonObject &current, FieldErrors *errors) const
{
    QJsonObject local = current.isEmpty() ? emptyRecord() : current;
    const qsizetype errorsBefore = errors->size();
    for (const Field &field : m_fields) {
        if (!server.contains(field.server)) {
            errors->append({field.server, tr("The field is missing.")});
            continue;
        }
        const QJsonValue value = server.value(field.server);
        switch (field.kind) {
        case Kind::Plain:
            local.insert(field.local, value);
            break;
        case Kind::Minutes:
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < 0) {
                errors->append({field.server, tr("%1 is not a number of minutes.").arg(describe(value))});
                break;
            }
            local.insert(field.local, value.toInteger());
            break;
        case Kind::ClinicianRef: {
            if (value.isNull()) {
                local.insert(field.local, QJsonValue::Null);
                break;
            }
            if (!isWholeNumber(value)) {
                errors->append({field.server, tr("%1 is not a clinician id.").arg(describe(value))});
                break;
            }
            const std::optional<qint64> localId = lookup.clinicianLocalId(value.toInteger());
            if (!localId) {
                errors->append({field.server, tr("Clinician %1 is not among the server's clinicians.").arg(value.toInteger())});
                break;
            }
            local.insert(field.local, *localId);
            break;
        }
        case Kind::ShiftTypeCode: {
            if (!value.isString() || value.toString().isEmpty()) {
                errors->append({field.server, tr("%1 is not a shift type code.").arg(describe(value))});
                break;
            }
            const ShiftType *type = lookup.shiftTypeByCode(value.toString());
            if (!type && lookup.notesMissingTypes())
                type = lookup.noteMissingType(value.toString(), server.value(u"duration"_s).toInt());
            if (!type) {
                errors->append({field.server, tr("The shift type \"%1\" is not in the workspace.").arg(value.toString())});
                break;
            }
            local.insert(field.local, type->id);
            break;
        }
        }
    }
    if (m_resource == Resource::Shifts && errors->size() == errorsBefore)
        placeShift(lookup, server, current, local, errors);
    if (errors->size() == errorsBefore)
        errors->append(validateLocal(local));
    return local;
}

// A shift takes its times from its type in the workspace's zone, unless only other fields changed:
// then the local times (which the coordinator may have set) stay.
void SyncMapping::placeShift(SyncLookup &lookup, const QJsonObject &server, const QJsonObject &current, QJsonObject &local,
                             FieldErrors *errors) const
{
    const ShiftType *type = lookup.shiftTypeByCode(server.value(u"type"_s).toString());
    const std::optional<QDate> date = JsonConvert::parseDate(server.value(u"date"_s).toString());
    if (!date) {
        errors->append({u"date"_s, tr("%1 is not a date of the form YYYY-MM-DD.").arg(describe(server.value(u"date"_s)))});
        return;
    }
    const bool samePlace = !current.isEmpty() && current.value(u"date"_s) == server.value(u"date"_s)
                           && current.value(u"shift_type_id"_s).toInteger() == type->id;
    if (samePlace && !current.value(u"start_utc"_s).isNull())
        return;
    const QByteArray zone = samePlace ? current.value(u"time_zone"_s).toString().toUtf8() : lookup.timeZone();
    const int minutes = server.value(u"duration"_s).toInt();
    const SyncLookup::Placement &placement = lookup.placement(*type, *date, zone, minutes);
    if (!placement.errors.isEmpty()) {
        errors->append(placement.errors);
        return;
    }
    for (auto field = placement.fields.begin(); field != placement.fields.end(); ++field)
        local.insert(field.key(), field.value());
}

QJsonObject SyncMapping::emptyRecord() const
{
    // Made once: a pull converts every new record of a list on top of it.
    static const QJsonObject empty[] = {Clinician().toJson(), WorkingTerm().toJson(), Shift().toJson(), LeaveRequest().toJson(),
                                        Alert().toJson()};
    return empty[int(m_resource)];
}

FieldErrors SyncMapping::validateLocal(const QJsonObject &local) const
{
    FieldErrors errors;
    switch (m_resource) {
    case Resource::Clinicians:
        errors = checked<Clinician>(local);
        break;
    case Resource::WorkingTerms:
        errors = checked<WorkingTerm>(local);
        break;
    case Resource::Shifts:
        errors = checked<Shift>(local);
        break;
    case Resource::LeaveRequests:
        errors = checked<LeaveRequest>(local);
        break;
    case Resource::Alerts:
        errors = checked<Alert>(local);
        break;
    }
    for (FieldError &error : errors)
        error.field = serverName(error.field);
    return errors;
}
