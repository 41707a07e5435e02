#pragma once

#include "fielderrorlabels.h"
#include "model/reportingperiod.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Creates or edits one reporting period: name, first and last day. Each change is checked at
// once (the period's own rules, and a name no other period has); a problem is shown under its
// field and OK stays off.
class ReportingPeriodDialog : public QDialog
{
    Q_OBJECT

public:
    // `period` is the period to edit, or the template of a new one (id 0); `periods` are the
    // stored ones (the edited one among them or not).
    ReportingPeriodDialog(const ReportingPeriod &period, const QList<ReportingPeriod> &periods, QWidget *parent = nullptr);

    ReportingPeriod period() const { return m_period; }
    bool isValid() const { return m_errors.isEmpty(); }
    QString fieldError(const QString &field) const { return m_errorLabels.text(field); }

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }

private:
    void update();

    ReportingPeriod m_original;
    QStringList m_otherNames;
    ReportingPeriod m_period;
    FieldErrors m_errors;
    FieldErrorLabels m_errorLabels;
    QLineEdit *m_name;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLabel *m_length;
    QDialogButtonBox *m_buttons;
};
