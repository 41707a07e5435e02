#pragma once

#include "model/clinician.h"

#include <QList>
#include <QString>
#include <optional>

class QWidget;

// Asks which of the clinicians (by name, in a list to choose from); the id of the one chosen.
class ClinicianPicker
{
public:
    static std::optional<qint64> pick(QWidget *parent, const QList<Clinician> &clinicians, const QString &title, const QString &question);
};
