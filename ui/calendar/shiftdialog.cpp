#include "shiftdialog.h"

#include "calendarpalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QIcon chipIcon(const ShiftType &type, const QFont &font)
{
    const QFontMetrics metrics(font);
    QPixmap pixmap(metrics.height() * 2, metrics.height());
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour(type.colour);
    painter.setBrush(colour);
    painter.setPen(colour.darker(130));
    painter.drawRoundedRect(QRectF(pixmap.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(CalendarPalette::textColourOn(colour));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, type.code);
    return QIcon(pixmap);
}

} // namespace

ShiftDialog::ShiftDialog(const Shift &shift, const QList<Clinician> &clinicians, const QList<ShiftType> &types, const QByteArray &zone,
                         ConflictCheck check, QWidget *parent)
    : QDialog(parent)
    , m_original(shift)
    , m_zone(shift.time_zone.isEmpty() ? zone : shift.time_zone)
    , m_types(types)
    , m_check(std::move(check))
    , m_shift(shift)
    , m_clinician(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_wholeDay(new QCheckBox(tr("&Whole day"), this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_nextDay(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_pinned(new QCheckBox(tr("&Pinned: automatic planning and dragging leave it where it is"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_conflictLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_errorLabels(this)
{
    setWindowTitle(shift.id == 0 ? tr("New Shift") : tr("Edit Shift"));
    m_clinician->setObjectName(u"clinician"_s);
    m_type->setObjectName(u"shift_type"_s);
    m_date->setObjectName(u"date"_s);
    m_wholeDay->setObjectName(u"whole_day"_s);
    m_start->setObjectName(u"start"_s);
    m_end->setObjectName(u"end"_s);
    m_status->setObjectName(u"status"_s);
    m_pinned->setObjectName(u"pinned"_s);
    m_notes->setObjectName(u"notes"_s);
    m_conflictLabel->setObjectName(u"conflicts"_s);

    m_clinician->addItem(tr("Open shift (no one assigned)"), QVariant());
    for (const Clinician &clinician : clinicians) {
        if (clinician.active || (shift.clinician_id && *shift.clinician_id == clinician.id))
            m_clinician->addItem(clinician.name, clinician.id);
    }
    m_clinician->setCurrentIndex(std::max(0, shift.clinician_id ? m_clinician->findData(*shift.clinician_id) : 0));
    for (const ShiftType &type : types) {
        const QString times = type.isWholeDay() ? tr("whole day")
                                                : u"%1–%2"_s.arg(type.start_time.toString(u"HH:mm"_s), type.end_time.toString(u"HH:mm"_s));
        m_type->addItem(chipIcon(type, font()), u"%1 (%2)"_s.arg(type.name, times), type.id);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(shift.shift_type_id)));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(shift.date.isValid() ? shift.date : QDate::currentDate());
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(u"HH:mm"_s);
    m_wholeDay->setChecked(!shift.isTimed() && shift.id != 0);
    if (shift.isTimed()) {
        m_start->setTime(shift.localStart().time());
        m_end->setTime(shift.localEnd().time());
    }
    for (Shift::Status status : {Shift::Status::Scheduled, Shift::Status::Completed, Shift::Status::Cancelled,
                                 Shift::Status::NeedsReassignment}) {
        static const QHash<Shift::Status, const char *> names{{Shift::Status::Scheduled, QT_TR_NOOP("Scheduled")},
                                                              {Shift::Status::Completed, QT_TR_NOOP("Completed")},
                                                              {Shift::Status::Cancelled, QT_TR_NOOP("Cancelled")},
                                                              {Shift::Status::NeedsReassignment, QT_TR_NOOP("Needs reassignment")}};
        m_status->addItem(tr(names.value(status)), int(status));
    }
    m_status->setCurrentIndex(m_status->findData(int(shift.status)));
    m_pinned->setChecked(shift.is_pinned);
    m_notes->setPlainText(shift.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_conflictLabel->setWordWrap(true);
    m_conflictLabel->setTextFormat(Qt::RichText);

    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addWidget(m_nextDay);
    times->addStretch(1);
    auto *timesWidget = new QWidget(this);
    timesWidget->setLayout(times);
    times->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Clinician:"), m_errorLabels.wrap(m_clinician, u"clinician_id"_s));
    form->addRow(tr("Shift &type:"), m_errorLabels.wrap(m_type, u"shift_type_id"_s));
    form->addRow(tr("&Date:"), m_errorLabels.wrap(m_date, u"date"_s));
    form->addRow(QString(), m_wholeDay);
    form->addRow(tr("&Times:"), m_errorLabels.wrap(timesWidget, u"start"_s));
    m_errorLabels.alias(u"end"_s, u"start"_s);
    form->addRow(tr("&Status:"), m_errorLabels.wrap(m_status, u"status"_s));
    form->addRow(QString(), m_pinned);
    form->addRow(tr("&Notes:"), m_errorLabels.wrap(m_notes, u"notes"_s));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflictLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ShiftDialog::typeChanged);
    connect(m_clinician, &QComboBox::currentIndexChanged, this, &ShiftDialog::update);
    connect(m_date, &QDateEdit::dateChanged, this, &ShiftDialog::update);
    connect(m_wholeDay, &QCheckBox::toggled, this, &ShiftDialog::update);
    connect(m_start, &QTimeEdit::timeChanged, this, &ShiftDialog::update);
    connect(m_end, &QTimeEdit::timeChanged, this, &ShiftDialog::update);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ShiftDialog::update);
    connect(m_pinned, &QCheckBox::toggled, this, &ShiftDialog::update);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ShiftDialog::update);

    if (shift.id == 0 && !shift.isTimed())
        typeChanged();
    else
        update();
    setMinimumWidth(std::max(420, sizeHint().width()));
}

void ShiftDialog::typeChanged()
{
    const qint64 typeId = m_type->currentData().toLongLong();
    for (const ShiftType &type : std::as_const(m_types)) {
        if (type.id != typeId)
            continue;
        const QSignalBlocker blockStart(m_start);
        const QSignalBlocker blockEnd(m_end);
        const QSignalBlocker blockWhole(m_wholeDay);
        m_wholeDay->setChecked(type.isWholeDay());
        if (!type.isWholeDay()) {
            m_start->setTime(type.start_time);
            m_end->setTime(type.end_time);
        }
    }
    update();
}

void ShiftDialog::update()
{
    Shift shift = m_original;
    const QVariant clinician = m_clinician->currentData();
    shift.clinician_id = clinician.isValid() ? std::optional<qint64>(clinician.toLongLong()) : std::nullopt;
    shift.shift_type_id = m_type->currentData().toLongLong();
    shift.status = Shift::Status(m_status->currentData().toInt());
    shift.is_pinned = m_pinned->isChecked();
    shift.notes = m_notes->toPlainText();
    const ShiftType *type = nullptr;
    for (const ShiftType &candidate : std::as_const(m_types)) {
        if (candidate.id == shift.shift_type_id)
            type = &candidate;
    }
    if (type) {
        shift.counts_as_worked = type->counts_as_worked;
        shift.counts_toward_minimum = type->counts_toward_minimum;
    }
    FieldErrors errors;
    const bool wholeDay = m_wholeDay->isChecked();
    m_start->setEnabled(!wholeDay);
    m_end->setEnabled(!wholeDay);
    if (wholeDay) {
        shift.setWholeDay(m_date->date(), m_zone, type ? std::max(type->duration_minutes, 1) : 8 * 60);
        m_nextDay->clear();
    } else {
        errors = shift.setLocalTimes(m_date->date(), m_start->time(), m_end->time(), m_zone);
        m_nextDay->setText(m_end->time() <= m_start->time() ? tr("(ends the next day)") : QString());
    }
    if (errors.isEmpty())
        errors = shift.validate();
    if (!type && errors.isEmpty())
        errors.append({u"shift_type_id"_s, tr("Choose a shift type.")});
    m_shift = shift;
    m_errors = errors;

    const QStringList unplaced = m_errorLabels.show(errors);

    m_conflicts.clear();
    if (errors.isEmpty() && m_check && shift.status != Shift::Status::Cancelled) {
        for (const ShiftConflict &conflict : m_check(shift))
            m_conflicts << conflict.message;
    }
    QStringList html;
    for (const QString &message : std::as_const(unplaced))
        html << u"<span style=\"color:%1\">%2</span>"_s.arg(CalendarPalette(palette()).belowMinimum().name(), message.toHtmlEscaped());
    if (!m_conflicts.isEmpty()) {
        html << u"<b>⚠ %1</b>"_s.arg(tr("Conflicts (you can still save):").toHtmlEscaped());
        for (const QString &message : std::as_const(m_conflicts))
            html << u"• %1"_s.arg(message.toHtmlEscaped());
    }
    m_conflictLabel->setText(html.join(u"<br>"_s));
    m_conflictLabel->setVisible(!html.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

QString ShiftDialog::fieldError(const QString &field) const
{
    return m_errorLabels.text(field);
}

QStringList ShiftDialog::conflicts() const
{
    return m_conflicts;
}
