#pragma once

#include <QString>

// Rules shared by the names of records (clinicians, teams, rotas, ...), which appear in the rota
// grid, in printed rotas and in CSV files.
namespace TextCheck {

// Why the name cannot be used (too long, leading or trailing spaces, a line break or another
// control character), or an empty string when it can. An empty name is left to the caller, which
// says what needs the name.
QString nameProblem(const QString &name, qsizetype maxLength);

} // namespace TextCheck
