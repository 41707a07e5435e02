#pragma once

#include "model/fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class SyncLookup;
struct TableSpec;

// How one resource of the rota server maps onto one local record type: its path, the fields
// both sides hold (compared for conflicts, sent on push) and the conversion of a record between
// the local JSON form (core/model toJson) and the server's JSON. References go through
// server_id: a shift's `clinician` is the clinician's server id, its `type` the shift type's code.
class SyncMapping
{
    Q_DECLARE_TR_FUNCTIONS(SyncMapping)

public:
    enum class Resource { Clinicians, WorkingTerms, Shifts, LeaveRequests, Alerts };

    // Parents before the records that refer to them.
    static const QList<SyncMapping> &all();
    static const SyncMapping *forRecordType(const QString &recordType);
    static const SyncMapping &of(Resource resource);

    Resource resource() const { return m_resource; }
    QString name() const { return m_name; }         // "shifts": how messages name the resource
    QString path() const { return m_path; }         // "api/shifts/"
    QString detailPath(qint64 serverId) const;      // "api/shifts/12/"
    const TableSpec &table() const;
    QString recordType() const;                     // "shift", as in the journal
    QStringList fields() const;                     // the server fields both sides hold
    // The fields a lost POST's record is recognised by on the server.
    QStringList identifyingFields() const { return m_identifying; }

    // The server form of a local record, fields() only. A reference to a record that has no
    // server id yet is an error naming it (the caller sends that record first).
    QJsonObject toServer(const SyncLookup &lookup, const QJsonObject &local, QString *error) const;
    // The local record for a server record, written over `current` (the stored local record, or
    // empty for a new one) so that local-only fields survive. Errors name the server's field.
    QJsonObject toLocal(SyncLookup &lookup, const QJsonObject &server, const QJsonObject &current, FieldErrors *errors) const;
    // The model type's own checks of a local record (fromJson and validate), under server names.
    FieldErrors validateLocal(const QJsonObject &local) const;

private:
    enum class Kind { Plain, ClinicianRef, ShiftTypeCode, Minutes };
    struct Field
    {
        QString server;
        QString local;
        Kind kind;
    };

    SyncMapping(Resource resource, QString name, QString path, QList<Field> fields, QStringList identifying);
    QString serverName(const QString &localField) const;
    QJsonObject emptyRecord() const; // a new record's local-only fields: the model's defaults
    void placeShift(SyncLookup &lookup, const QJsonObject &server, const QJsonObject &current, QJsonObject &local,
                    FieldErrors *errors) const;

    Resource m_resource;
    QString m_name;
    QString m_path;
    QList<Field> m_fields;
    QStringList m_identifying;
};
