#include "alerts/alertlistmodel.h"
#include "storage/alertrepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

// Four stored alerts: two active (one critical about nobody in particular, one warning about
// Alice), one resolved and one dismissed.
class TestAlertListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    Clinician m_alice;

    Alert addAlert(const QString &type, Alert::Severity severity, QDate date, std::optional<qint64> clinicianId, const QString &message,
                   Alert::Status status = Alert::Status::Active, const QString &createdAt = u"2026-11-20T08:00:00Z"_s)
    {
        Alert alert;
        alert.type = type;
        alert.severity = severity;
        alert.date = date;
        alert.clinician_id = clinicianId;
        alert.message = message;
        alert.status = status;
        alert.created_at = createdAt;
        if (status != Alert::Status::Active)
            alert.resolved_at = u"2026-11-21T08:00:00Z"_s;
        check(AlertRepository(*m_session->workspace()).create(alert));
        return alert;
    }

    static QStringList messages(const AlertListModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, AlertListModel::MessageColumn).data().toString();
        return list;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<WorkspaceSession>();
        openEmpty(*m_session, m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + u".rota"_s));
        m_alice = addClinician(*m_session->workspace(), u"Alice Smith"_s);
        addAlert(u"coverage_below_minimum"_s, Alert::Severity::Critical, QDate(2026, 11, 24), std::nullopt, u"Nobody on nights."_s);
        addAlert(u"rest_too_short"_s, Alert::Severity::Warning, QDate(2026, 11, 24), m_alice.id, u"Alice rests 9 h."_s,
                 Alert::Status::Active, u"2026-11-22T08:00:00Z"_s);
        addAlert(u"rest_too_short"_s, Alert::Severity::Warning, QDate(2026, 11, 26), m_alice.id, u"Alice rested 10 h."_s,
                 Alert::Status::Resolved);
        addAlert(u"coverage_below_minimum"_s, Alert::Severity::Warning, QDate(2026, 11, 20), std::nullopt, u"One short on days."_s,
                 Alert::Status::Dismissed);
    }

    void cleanup() { m_session.reset(); }

    void activeOnlyNewestFirst()
    {
        AlertListModel model(m_session.get());
        QVERIFY(model.activeOnly());
        // Same date: the one raised later comes first, as the rota server orders them.
        QCOMPARE(messages(model), (QStringList{u"Alice rests 9 h."_s, u"Nobody on nights."_s}));
        QCOMPARE(model.columnCount(), int(AlertListModel::ColumnCount));
    }

    void showsEachColumn()
    {
        AlertListModel model(m_session.get());
        QCOMPARE(model.index(0, AlertListModel::DateColumn).data().toString(), QLocale().toString(QDate(2026, 11, 24), QLocale::ShortFormat));
        QCOMPARE(model.index(0, AlertListModel::SeverityColumn).data().toString(), u"Warning"_s);
        QCOMPARE(model.index(1, AlertListModel::SeverityColumn).data().toString(), u"Critical"_s);
        // Severity has an icon as well as its word, never colour alone.
        QVERIFY(!model.index(1, AlertListModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, AlertListModel::TypeColumn).data().toString(), u"Rest under 11 hours"_s);
        QCOMPARE(model.index(0, AlertListModel::ClinicianColumn).data().toString(), u"Alice Smith"_s);
        QCOMPARE(model.index(1, AlertListModel::ClinicianColumn).data().toString(), QString());
        QCOMPARE(model.index(0, AlertListModel::StatusColumn).data().toString(), u"Active"_s);
        QCOMPARE(model.headerData(AlertListModel::MessageColumn, Qt::Horizontal).toString(), u"Message"_s);
        QCOMPARE(model.index(0, 0).data(AlertListModel::AlertIdRole).toLongLong(), model.alertAt(0).id);
    }

    void filters()
    {
        AlertListModel model(m_session.get());
        model.setActiveOnly(false);
        QCOMPARE(messages(model), (QStringList{u"Alice rested 10 h."_s, u"Alice rests 9 h."_s, u"Nobody on nights."_s, u"One short on days."_s}));
        QCOMPARE(model.index(0, AlertListModel::StatusColumn).data().toString(), u"Resolved"_s);

        model.setSeverity(Alert::Severity::Warning);
        QCOMPARE(messages(model), (QStringList{u"Alice rested 10 h."_s, u"Alice rests 9 h."_s, u"One short on days."_s}));
        model.setType(u"coverage_below_minimum"_s);
        QCOMPARE(messages(model), QStringList{u"One short on days."_s});
        model.setSeverity(std::nullopt);
        QCOMPARE(messages(model), (QStringList{u"Nobody on nights."_s, u"One short on days."_s}));

        model.setType({});
        model.setDateRange(QDate(2026, 11, 21), QDate(2026, 11, 25));
        QCOMPARE(messages(model), (QStringList{u"Alice rests 9 h."_s, u"Nobody on nights."_s}));
        model.setDateRange(QDate(2026, 11, 25), QDate());
        QCOMPARE(messages(model), QStringList{u"Alice rested 10 h."_s});
    }

    void reloadsOnDataChanged()
    {
        AlertListModel model(m_session.get());
        addAlert(u"double_booked"_s, Alert::Severity::Critical, QDate(2026, 11, 30), m_alice.id, u"Alice twice."_s);
        QCOMPARE(model.rowCount(), 2);
        m_session->notifyDataChanged();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(messages(model).constFirst(), u"Alice twice."_s);
    }
};

QTEST_MAIN(TestAlertListModel)
#include "tst_alertlistmodel.moc"
