#pragma once

#include "fielderrorlabels.h"
#include "model/workingterm.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class WeekdayPicker;

// Creates or edits one working term: every field of the rota server's term. Each change is
// checked at once (the term's own rules and, with WorkingTermCheck, that it shares no day with
// the clinician's other terms); a problem is shown under its field and OK stays off.
class WorkingTermDialog : public QDialog
{
    Q_OBJECT

public:
    // `term` is the term to edit, or the template of a new one (id 0) with its clinician set;
    // `clinicianTerms` are the clinician's stored terms (the edited one among them or not).
    WorkingTermDialog(const WorkingTerm &term, const QList<WorkingTerm> &clinicianTerms, QWidget *parent = nullptr);

    WorkingTerm term() const { return m_term; }
    bool isValid() const { return m_errors.isEmpty(); }
    QString fieldError(const QString &field) const { return m_errorLabels.text(field); }

private:
    void update();

    WorkingTerm m_original;
    QList<WorkingTerm> m_otherTerms;
    WorkingTerm m_term;
    FieldErrors m_errors;
    FieldErrorLabels m_errorLabels;

    QComboBox *m_type;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QCheckBox *m_openEnded;
    QDoubleSpinBox *m_percentage;
    WeekdayPicker *m_fixedDays;
    WeekdayPicker *m_halfDays;
    WeekdayPicker *m_cannotWork;
    WeekdayPicker *m_mustWork;
    QCheckBox *m_hasEntitlement;
    QDoubleSpinBox *m_entitlement;
    QCheckBox *m_duty;
    QLabel *m_otherErrors;
    QDialogButtonBox *m_buttons;
};
