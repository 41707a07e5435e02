#pragma once

#include "fielderrorlabels.h"
#include "model/clinician.h"
#include "model/shift.h"
#include "model/shifttype.h"
#include "scheduling/shiftconflict.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTimeEdit;

// Creates or edits one shift. Every change is checked at once: problems are shown under the
// field that causes them (and OK stays off), and the conflicts the shift would have (leave,
// cannot-work day, double booking, short rest) are listed as warnings the coordinator may accept.
class ShiftDialog : public QDialog
{
    Q_OBJECT

public:
    using ConflictCheck = std::function<QList<ShiftConflict>(const Shift &)>;

    // `shift` is the shift to edit, or the template of a new one (id 0) with its clinician and
    // date filled in; `zone` is used when the shift has none yet.
    ShiftDialog(const Shift &shift, const QList<Clinician> &clinicians, const QList<ShiftType> &types, const QByteArray &zone,
                ConflictCheck check, QWidget *parent = nullptr);

    Shift shift() const { return m_shift; }
    bool isValid() const { return m_errors.isEmpty(); }
    QString fieldError(const QString &field) const; // what is shown under the field
    QStringList conflicts() const;                   // the warnings shown

private:
    void typeChanged();
    void update();

    Shift m_original;
    QByteArray m_zone;
    QList<ShiftType> m_types;
    ConflictCheck m_check;
    Shift m_shift;
    FieldErrors m_errors;
    QStringList m_conflicts;

    QComboBox *m_clinician;
    QComboBox *m_type;
    QDateEdit *m_date;
    QCheckBox *m_wholeDay;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLabel *m_nextDay;
    QComboBox *m_status;
    QCheckBox *m_pinned;
    QPlainTextEdit *m_notes;
    QLabel *m_conflictLabel;
    QDialogButtonBox *m_buttons;
    FieldErrorLabels m_errorLabels;
};
