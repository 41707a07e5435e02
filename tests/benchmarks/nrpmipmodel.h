#pragma once

#include "scheduling/nrp/nrproster.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct NrpInstance;

// A Curtois & Qu instance as a mixed-integer program in CPLEX LP format, so that bench_nrp can run
// a MIP solver (CBC) on the same instance as the generator, and the solver's solution file read
// back as an NrpRoster, so that both rosters are judged by NrpChecker rather than by either
// solver's own account.
//
// Variables: binary x_e_d_s (employee e works shift type s on day d; absent on a day off, which
// fixes it to 0), integer u_r and o_r (cover row r short and over), binary k_e_w (employee e
// works weekend w), and `one`, fixed to 1, which carries the objective's constant (the weights of
// all shift-on requests, each taken back by -weight x when granted).
class NrpMipModel
{
public:
    struct Solution
    {
        QString status;          // the solution file's status, e.g. "Optimal", "Stopped on time"
        bool hasRoster = false;  // an integer solution was found and read into `roster`
        double objective = 0;    // as the MIP solver reports it
        NrpRoster roster;
    };

    explicit NrpMipModel(const NrpInstance &instance);

    QByteArray lpText() const;
    bool writeLp(const QString &path, QString *error) const;

    // The solution file CBC writes with `solu <file>`: a status line ("Optimal - objective value
    // 607.00000000") and then one line per nonzero variable (index, name, value, reduced cost).
    // Nothing, with *error saying why, when the file cannot be read or does not fit the model.
    std::optional<Solution> readCbcSolution(const QString &path, QString *error) const;

private:
    const NrpInstance &m_instance;
};
