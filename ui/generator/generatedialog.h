#pragma once

#include "scheduling/generator/generationsettings.h"
#include "scheduling/generator/rotaproblem.h"
#include "scheduling/generator/rotaproposal.h"
#include "scheduling/generator/rostersolver.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <atomic>
#include <memory>
#include <optional>

class BreakdownModel;
class FairShareModel;
class ProposalChangeModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QThread;
class WorkspaceSession;

// Generates or rebalances the rota of a period: the coordinator chooses the period, teams, time
// budget, seed and weights; the search runs on a worker thread while the dialog shows the best
// cost so far (and can stop it); the result is previewed (changes, cost rule by rule, cover, fair
// shares) and written only on Accept, as one undoable edit.
class GenerateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Settings, Running, Preview };

    // Starts with the period `from`–`to` (the rota view's); without one, four weeks from today.
    GenerateDialog(GenerationSettings::Mode mode, WorkspaceSession *session, QDate from = {}, QDate to = {},
                   QWidget *parent = nullptr);
    ~GenerateDialog() override;

    GenerationSettings::Mode mode() const { return m_mode; }
    Page page() const;
    // What the settings page says.
    GenerationSettings settings() const;
    // Stops each search thread after this many moves instead of at the time budget (0: the time
    // budget alone), for results that depend on the seed only.
    void setMaxIterations(qint64 iterations) { m_maxIterations = iterations; }

    // Checks the settings and reads the rota, then starts the search. On a problem the message is
    // shown on the settings page and false returned.
    bool start();
    // Ends the search early; the best rota found so far is previewed.
    void stop();
    // Writes the proposal as one undoable edit and closes the dialog; on a refused write the
    // message is shown, the dialog stays and false is returned.
    bool acceptProposal();
    // From the preview back to the settings, dropping the proposal.
    void back();

    const RotaProposal *proposal() const { return m_proposal ? &*m_proposal : nullptr; }
    QString errorText() const;   // the message shown on the current page, if any
    QString summaryText() const; // the preview's summary
    QString progressText() const; // the running page's best cost so far

    QStandardItemModel *teamModel() const { return m_teams; }
    ProposalChangeModel *changeModel() const { return m_changes; }
    BreakdownModel *breakdownModel() const { return m_breakdown; }
    QStandardItemModel *coverModel() const { return m_cover; }
    FairShareModel *fairShareModel() const { return m_fairShares; }

    // Closing while the search runs stops it and waits for it.
    void done(int result) override;

signals:
    void pageChanged(GenerateDialog::Page page);

private:
    QWidget *buildSettingsPage();
    QWidget *buildRunningPage();
    QWidget *buildPreviewPage();
    void setPage(Page page);
    void applyPreset();
    void weightsEdited();
    void setWeights(const GenerationWeights &weights);
    GenerationWeights weights() const;
    int checkedTeamCount() const;
    void showSettingsError(const QString &message);
    void showCost(const RosterSolver::Cost &cost);
    void showProgress(quint64 run, const RosterSolver::Progress &progress);
    void finishRun(quint64 run, const RosterSolver::Result &result);
    void showProposal();
    void fillCover();
    void stopAndWait();

    GenerationSettings::Mode m_mode;
    WorkspaceSession *m_session;
    qint64 m_maxIterations = 0;
    bool m_fillingWeights = false;

    QStackedWidget *m_pages;
    // Settings
    QDateEdit *m_from;
    QDateEdit *m_to;
    QStandardItemModel *m_teams;
    QSpinBox *m_seconds;
    QSpinBox *m_seed;
    QComboBox *m_preset;
    QList<QSpinBox *> m_weightBoxes; // in the order of weightFields()
    QLabel *m_settingsError;
    QPushButton *m_startButton;
    // Running
    QLabel *m_costLabel;
    QProgressBar *m_elapsed;
    QPushButton *m_stopButton;
    // Preview
    QLabel *m_summary;
    QLabel *m_warning;
    QLabel *m_previewError;
    QTabWidget *m_tabs;
    ProposalChangeModel *m_changes;
    BreakdownModel *m_breakdown;
    QStandardItemModel *m_cover;
    QLabel *m_slots;
    FairShareModel *m_fairShares;
    QPushButton *m_acceptButton;
    QPushButton *m_discardButton;
    QPushButton *m_backButton;

    // The problem outlives the search thread, which reads its model.
    std::optional<RotaProblem> m_problem;
    std::optional<RotaProposal> m_proposal;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel = false;
    quint64 m_run = 0; // results of an abandoned run are ignored
};
