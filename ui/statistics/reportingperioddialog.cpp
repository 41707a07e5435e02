#include "reportingperioddialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportingPeriodDialog::ReportingPeriodDialog(const ReportingPeriod &period, const QList<ReportingPeriod> &periods, QWidget *parent)
    : QDialog(parent)
    , m_original(period)
    , m_period(period)
    , m_errorLabels(this)
    , m_name(new QLineEdit(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_length(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(period.id == 0 ? tr("New Reporting Period") : tr("Edit Reporting Period"));
    for (const ReportingPeriod &other : periods) {
        if (other.id != period.id)
            m_otherNames.append(other.name.trimmed());
    }
    m_name->setObjectName(u"name"_s);
    m_start->setObjectName(u"start_date"_s);
    m_end->setObjectName(u"end_date"_s);
    m_length->setObjectName(u"length"_s);
    m_name->setText(period.name);
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_start->setDate(period.start_date.isValid() ? period.start_date : QDate::currentDate());
    m_end->setDate(period.end_date.isValid() ? period.end_date : m_start->date().addMonths(4).addDays(-1));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_errorLabels.wrap(m_name, u"name"_s));
    form->addRow(tr("&First day:"), m_errorLabels.wrap(m_start, u"start_date"_s));
    form->addRow(tr("&Last day:"), m_errorLabels.wrap(m_end, u"end_date"_s));
    form->addRow(QString(), m_length);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ReportingPeriodDialog::update);
    connect(m_start, &QDateEdit::dateChanged, this, &ReportingPeriodDialog::update);
    connect(m_end, &QDateEdit::dateChanged, this, &ReportingPeriodDialog::update);
    update();
    setMinimumWidth(std::max(420, sizeHint().width()));
}

void ReportingPeriodDialog::update()
{
    ReportingPeriod period = m_original;
    period.name = m_name->text().trimmed();
    period.start_date = m_start->date();
    period.end_date = m_end->date();
    m_period = period;
    m_errors = period.validate();
    if (!period.name.isEmpty() && m_otherNames.contains(period.name, Qt::CaseInsensitive))
        m_errors.append({u"name"_s, tr("Another reporting period is called “%1”.").arg(period.name)});
    // Every field of a period has its label: nothing is left unplaced.
    m_errorLabels.show(m_errors);
    m_length->setText(period.end_date >= period.start_date ? tr("%n day(s)", nullptr, period.dayCount()) : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty());
}
