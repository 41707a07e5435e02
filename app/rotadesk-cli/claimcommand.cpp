#include "claimcommand.h"

#include "commandparser.h"
#include "console.h"
#include "scheduling/shiftclaim.h"
#include "storage/clinicianrepository.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

int ClaimCommand::run(const QStringList &arguments)
{
    const QString command = u"claim"_s;
    CommandParser parser(command, tr("Assigns the open shift carrying a claim code to the clinician quoting it, after the checks "
                                     "of a manual edit (leave, cannot-work days, double bookings, rest). The code may be typed "
                                     "in any case, with spaces or dashes."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addPositional(u"CODE"_s, tr("The shift's claim code."));
    parser.addOption({u"clinician"_s, tr("The clinician claiming the shift."), u"NAME"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    if (parser.positional().size() < 2)
        return parser.usageError(tr("%1: give the workspace file and the claim code.").arg(command));
    if (!parser.isSet(u"clinician"_s))
        return parser.usageError(tr("%1: --clinician is required.").arg(command));
    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const std::optional<Clinician> clinician = ClinicianRepository(*workspace).findByName(parser.value(u"clinician"_s));
    if (!clinician)
        return Console::fail(tr("There is no clinician named \"%1\".").arg(parser.value(u"clinician"_s)));
    ShiftChange change;
    if (const StorageError error = ShiftClaim(*workspace).claim(parser.positional().at(1), clinician->id, &change); !error.ok())
        return Console::fail(error.message);
    Console::out() << tr("%1 has claimed the shift on %2 (shift %3).").arg(clinician->name, change.after->date.toString(Qt::ISODate)).arg(change.after->id)
                   << Qt::endl;
    return ExitOk;
}
