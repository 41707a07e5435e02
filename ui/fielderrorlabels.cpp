#include "fielderrorlabels.h"

#include "calendar/calendarpalette.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

FieldErrorLabels::FieldErrorLabels(QWidget *owner)
    : m_owner(owner)
{
}

QWidget *FieldErrorLabels::wrap(QWidget *field, const QString &name)
{
    auto *box = new QWidget(m_owner);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(u"error_"_s + name);
    error->setWordWrap(true);
    error->setVisible(false);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, CalendarPalette(m_owner->palette()).belowMinimum());
    error->setPalette(palette);
    layout->addWidget(error);
    m_labels.insert(name, error);
    return box;
}

void FieldErrorLabels::alias(const QString &field, const QString &shownAt)
{
    m_labels.insert(field, m_labels.value(shownAt));
}

QStringList FieldErrorLabels::show(const FieldErrors &errors)
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->setVisible(false);
    }
    QStringList unplaced;
    for (const FieldError &error : errors) {
        QLabel *label = m_labels.value(error.field);
        if (!label) {
            unplaced << error.message;
            continue;
        }
        label->setText(label->text().isEmpty() ? error.message : label->text() + u'\n' + error.message);
        label->setVisible(true);
    }
    return unplaced;
}

QString FieldErrorLabels::text(const QString &field) const
{
    const QLabel *label = m_labels.value(field);
    return label ? label->text() : QString();
}
