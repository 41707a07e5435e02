#include "clinicianpicker.h"

#include <QInputDialog>

std::optional<qint64> ClinicianPicker::pick(QWidget *parent, const QList<Clinician> &clinicians, const QString &title, const QString &question)
{
    QStringList names;
    for (const Clinician &clinician : clinicians)
        names << clinician.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(parent, title, question, names, 0, false, &ok);
    const qsizetype index = ok ? names.indexOf(name) : -1;
    return index >= 0 ? std::optional<qint64>(clinicians.at(index).id) : std::nullopt;
}
