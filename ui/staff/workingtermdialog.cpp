#include "workingtermdialog.h"

#include "scheduling/workingtermcheck.h"
#include "weekdaypicker.h"
#include "workingtermtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A field and what follows it on one line, e.g. a spin box and its unit.
QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch(1);
    return box;
}

} // namespace

WorkingTermDialog::WorkingTermDialog(const WorkingTerm &term, const QList<WorkingTerm> &clinicianTerms, QWidget *parent)
    : QDialog(parent)
    , m_original(term)
    , m_term(term)
    , m_errorLabels(this)
    , m_type(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_openEnded(new QCheckBox(tr("&Open-ended"), this))
    , m_percentage(new QDoubleSpinBox(this))
    , m_fixedDays(new WeekdayPicker(this))
    , m_halfDays(new WeekdayPicker(this))
    , m_cannotWork(new WeekdayPicker(this))
    , m_mustWork(new WeekdayPicker(this))
    , m_hasEntitlement(new QCheckBox(tr("&Annual leave entitlement:"), this))
    , m_entitlement(new QDoubleSpinBox(this))
    , m_duty(new QCheckBox(tr("Takes part in the &duty rota"), this))
    , m_otherErrors(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(term.id == 0 ? tr("New Working Term") : tr("Edit Working Term"));
    for (const WorkingTerm &other : clinicianTerms) {
        if (term.id == 0 || other.id != term.id)
            m_otherTerms.append(other);
    }
    m_type->setObjectName(u"type"_s);
    m_start->setObjectName(u"start_date"_s);
    m_end->setObjectName(u"end_date"_s);
    m_openEnded->setObjectName(u"open_ended"_s);
    m_percentage->setObjectName(u"percentage"_s);
    m_fixedDays->setObjectName(u"fixed_working_days"_s);
    m_halfDays->setObjectName(u"fixed_half_days"_s);
    m_cannotWork->setObjectName(u"cannot_work_days"_s);
    m_mustWork->setObjectName(u"must_work_days"_s);
    m_hasEntitlement->setObjectName(u"has_entitlement"_s);
    m_entitlement->setObjectName(u"annual_leave_entitlement"_s);
    m_duty->setObjectName(u"participates_in_duty"_s);

    for (WorkingTerm::Type type : {WorkingTerm::Type::Substantive, WorkingTerm::Type::LessThanFullTime, WorkingTerm::Type::FixedTerm,
                                   WorkingTerm::Type::Locum, WorkingTerm::Type::Honorary})
        m_type->addItem(WorkingTermTableModel::typeName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(term.type)));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_start->setDate(term.start_date.isValid() ? term.start_date : QDate::currentDate());
    m_end->setDate(term.end_date.isValid() ? term.end_date : m_start->date().addYears(1).addDays(-1));
    m_openEnded->setChecked(!term.end_date.isValid());
    // 0 is allowed to be typed so that the dialog can say why it is refused.
    m_percentage->setRange(0.0, 100.0);
    m_percentage->setDecimals(1);
    m_percentage->setSingleStep(10.0);
    m_percentage->setSuffix(u" %"_s);
    m_percentage->setValue(term.percentage);
    m_fixedDays->setDays(term.fixed_working_days);
    m_halfDays->setDays(term.fixed_half_days);
    m_cannotWork->setDays(term.cannot_work_days);
    m_mustWork->setDays(term.must_work_days);
    m_hasEntitlement->setChecked(term.annual_leave_entitlement.has_value());
    m_entitlement->setRange(0.0, 52.0);
    m_entitlement->setDecimals(1);
    m_entitlement->setSingleStep(0.5);
    m_entitlement->setSuffix(tr(" weeks"));
    m_entitlement->setValue(term.annual_leave_entitlement.value_or(0.0));
    m_duty->setChecked(term.participates_in_duty);
    m_otherErrors->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Type:"), m_errorLabels.wrap(m_type, u"type"_s));
    form->addRow(tr("&From:"), m_errorLabels.wrap(m_start, u"start_date"_s));
    form->addRow(tr("&To:"), m_errorLabels.wrap(row(this, {m_end, m_openEnded}), u"end_date"_s));
    form->addRow(tr("&FTE:"), m_errorLabels.wrap(m_percentage, u"percentage"_s));
    form->addRow(tr("Fixed working days:"), m_errorLabels.wrap(m_fixedDays, u"fixed_working_days"_s));
    form->addRow(tr("Fixed half days:"), m_errorLabels.wrap(m_halfDays, u"fixed_half_days"_s));
    form->addRow(tr("Cannot work on:"), m_errorLabels.wrap(m_cannotWork, u"cannot_work_days"_s));
    form->addRow(tr("Must work on:"), m_errorLabels.wrap(m_mustWork, u"must_work_days"_s));
    form->addRow(m_hasEntitlement, m_errorLabels.wrap(m_entitlement, u"annual_leave_entitlement"_s));
    form->addRow(QString(), m_duty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_otherErrors);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &WorkingTermDialog::update);
    connect(m_start, &QDateEdit::dateChanged, this, &WorkingTermDialog::update);
    connect(m_end, &QDateEdit::dateChanged, this, &WorkingTermDialog::update);
    connect(m_openEnded, &QCheckBox::toggled, this, &WorkingTermDialog::update);
    connect(m_percentage, &QDoubleSpinBox::valueChanged, this, &WorkingTermDialog::update);
    for (WeekdayPicker *picker : {m_fixedDays, m_halfDays, m_cannotWork, m_mustWork})
        connect(picker, &WeekdayPicker::daysChanged, this, &WorkingTermDialog::update);
    connect(m_hasEntitlement, &QCheckBox::toggled, this, &WorkingTermDialog::update);
    connect(m_entitlement, &QDoubleSpinBox::valueChanged, this, &WorkingTermDialog::update);
    connect(m_duty, &QCheckBox::toggled, this, &WorkingTermDialog::update);
    update();
    setMinimumWidth(std::max(460, sizeHint().width()));
}

void WorkingTermDialog::update()
{
    WorkingTerm term = m_original;
    term.type = WorkingTerm::Type(m_type->currentData().toInt());
    term.start_date = m_start->date();
    m_end->setEnabled(!m_openEnded->isChecked());
    term.end_date = m_openEnded->isChecked() ? QDate() : m_end->date();
    term.percentage = m_percentage->value();
    term.fixed_working_days = m_fixedDays->days();
    term.fixed_half_days = m_halfDays->days();
    term.cannot_work_days = m_cannotWork->days();
    term.must_work_days = m_mustWork->days();
    m_entitlement->setEnabled(m_hasEntitlement->isChecked());
    term.annual_leave_entitlement = m_hasEntitlement->isChecked() ? std::optional<double>(m_entitlement->value()) : std::nullopt;
    term.participates_in_duty = m_duty->isChecked();
    m_term = term;
    m_errors = term.validate();
    if (m_errors.isEmpty())
        m_errors = WorkingTermCheck::overlapErrors(term, m_otherTerms);
    const QStringList unplaced = m_errorLabels.show(m_errors);
    m_otherErrors->setText(unplaced.join(u'\n'));
    m_otherErrors->setVisible(!unplaced.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty());
}
