#pragma once

#include "model/fielderror.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

// The error labels of a dialog: one under each field, shown only while that field has a
// problem, so a message appears where the coordinator has to act.
class FieldErrorLabels
{
public:
    explicit FieldErrorLabels(QWidget *owner);

    // `field` with a hidden error label (object name "error_<name>") under it.
    QWidget *wrap(QWidget *field, const QString &name);
    // Errors of `field` are shown under `shownAt` (a field that has no label of its own).
    void alias(const QString &field, const QString &shownAt);
    // Shows each error under its field; returns the messages no field label takes.
    QStringList show(const FieldErrors &errors);
    QString text(const QString &field) const;

private:
    QWidget *m_owner;
    QHash<QString, QLabel *> m_labels;
};
