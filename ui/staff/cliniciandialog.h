#pragma once

#include "fielderrorlabels.h"
#include "model/clinician.h"
#include "model/team.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Creates or edits a clinician's own fields: name, team, grade, e-mail, active and status.
// Every change is checked at once; a problem is shown under its field and OK stays off.
class ClinicianDialog : public QDialog
{
    Q_OBJECT

public:
    // `clinician` is the one to edit, or the template of a new one (id 0).
    ClinicianDialog(const Clinician &clinician, const QList<Team> &teams, QWidget *parent = nullptr);

    Clinician clinician() const { return m_clinician; }
    bool isValid() const { return m_errors.isEmpty(); }
    QString fieldError(const QString &field) const { return m_errorLabels.text(field); }

private:
    void update();

    Clinician m_original;
    Clinician m_clinician;
    FieldErrors m_errors;
    FieldErrorLabels m_errorLabels;

    QLineEdit *m_name;
    QComboBox *m_team;
    QLineEdit *m_grade;
    QLineEdit *m_email;
    QCheckBox *m_active;
    QComboBox *m_status;
    QLabel *m_otherErrors;
    QDialogButtonBox *m_buttons;
};
