#include "cliniciandialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ClinicianDialog::ClinicianDialog(const Clinician &clinician, const QList<Team> &teams, QWidget *parent)
    : QDialog(parent)
    , m_original(clinician)
    , m_clinician(clinician)
    , m_errorLabels(this)
    , m_name(new QLineEdit(this))
    , m_team(new QComboBox(this))
    , m_grade(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_active(new QCheckBox(tr("&Active: on the rota (off for people who have left; their history stays)"), this))
    , m_status(new QComboBox(this))
    , m_otherErrors(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(clinician.id == 0 ? tr("New Clinician") : tr("Edit Clinician"));
    m_name->setObjectName(u"name"_s);
    m_team->setObjectName(u"team"_s);
    m_grade->setObjectName(u"grade"_s);
    m_email->setObjectName(u"email"_s);
    m_active->setObjectName(u"active"_s);
    m_status->setObjectName(u"status"_s);

    m_name->setText(clinician.name);
    m_team->addItem(tr("No team"), QVariant());
    for (const Team &team : teams)
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(std::max(0, clinician.team_id ? m_team->findData(*clinician.team_id) : 0));
    m_grade->setText(clinician.grade);
    m_grade->setPlaceholderText(tr("e.g. Consultant, Registrar, Nurse"));
    m_email->setText(clinician.email);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_active->setChecked(clinician.active);
    m_status->addItem(tr("Available"), int(Clinician::Status::Active));
    m_status->addItem(tr("On hold"), int(Clinician::Status::OnHold));
    m_status->setCurrentIndex(m_status->findData(int(clinician.status)));
    m_otherErrors->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_errorLabels.wrap(m_name, u"name"_s));
    form->addRow(tr("&Team:"), m_errorLabels.wrap(m_team, u"team_id"_s));
    form->addRow(tr("&Grade:"), m_errorLabels.wrap(m_grade, u"grade"_s));
    form->addRow(tr("&E-mail:"), m_errorLabels.wrap(m_email, u"email"_s));
    form->addRow(QString(), m_active);
    form->addRow(tr("&Status:"), m_errorLabels.wrap(m_status, u"status"_s));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_otherErrors);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_grade, m_email})
        connect(edit, &QLineEdit::textChanged, this, &ClinicianDialog::update);
    connect(m_team, &QComboBox::currentIndexChanged, this, &ClinicianDialog::update);
    connect(m_active, &QCheckBox::toggled, this, &ClinicianDialog::update);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ClinicianDialog::update);
    update();
    setMinimumWidth(std::max(440, sizeHint().width()));
}

void ClinicianDialog::update()
{
    Clinician clinician = m_original;
    clinician.name = m_name->text().simplified();
    const QVariant team = m_team->currentData();
    clinician.team_id = team.isValid() ? std::optional<qint64>(team.toLongLong()) : std::nullopt;
    clinician.grade = m_grade->text().simplified();
    clinician.email = m_email->text().trimmed();
    clinician.active = m_active->isChecked();
    clinician.status = Clinician::Status(m_status->currentData().toInt());
    m_clinician = clinician;
    m_errors = clinician.validate();
    const QStringList unplaced = m_errorLabels.show(m_errors);
    m_otherErrors->setText(unplaced.join(u'\n'));
    m_otherErrors->setVisible(!unplaced.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty());
}
