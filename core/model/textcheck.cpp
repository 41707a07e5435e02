#include "textcheck.h"

#include <QCoreApplication>
#include <algorithm>

namespace TextCheck {

QString nameProblem(const QString &name, qsizetype maxLength)
{
    if (name.size() > maxLength)
        return QCoreApplication::translate("TextCheck", "The name has %1 characters; at most %2 are allowed.").arg(name.size()).arg(maxLength);
    if (name != name.trimmed())
        return QCoreApplication::translate("TextCheck", "The name \"%1\" starts or ends with a space.").arg(name);
    const bool hasControl = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (hasControl)
        return QCoreApplication::translate("TextCheck", "The name contains a line break, a tab or another control character.");
    return {};
}

} // namespace TextCheck
