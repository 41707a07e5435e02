#include "scheduling/claimcode.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestClaimCode : public QObject
{
    Q_OBJECT

private slots:
    // A million codes, each checked against those already given out as the workspace does: all
    // different, all ten characters of the alphabet, and the alphabet all used.
    void uniqueOverAMillionShifts()
    {
        QSet<QString> given;
        given.reserve(1'000'000);
        int drawnAgain = 0;
        for (int i = 0; i < 1'000'000; ++i) {
            const QString code = ClaimCode::unused([&](const QString &candidate) {
                const bool taken = given.contains(candidate);
                drawnAgain += taken ? 1 : 0;
                return taken;
            });
            given.insert(code);
        }
        QCOMPARE(given.size(), 1'000'000);
        // With 31^10 codes, a repeat among a million draws is rare (expected 0.0006).
        QVERIFY(drawnAgain <= 2);
        QSet<QChar> seen;
        const QString alphabet = ClaimCode::alphabet();
        int checked = 0;
        for (const QString &code : std::as_const(given)) {
            if (++checked > 1000)
                break;
            QCOMPARE(code.size(), ClaimCode::Length);
            for (QChar c : code) {
                QVERIFY(alphabet.contains(c));
                seen.insert(c);
            }
        }
        QCOMPARE(seen.size(), alphabet.size());
    }

    void noLookAlikes()
    {
        for (QChar c : {u'0', u'O', u'1', u'I', u'L'})
            QVERIFY(!ClaimCode::alphabet().contains(c));
    }

    void typedCodesAreNormalised()
    {
        QCOMPARE(ClaimCode::normalise(u"k7q2-m3x9 pa"_s), u"K7Q2M3X9PA"_s);
        QCOMPARE(ClaimCode::normalise(u"  "_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestClaimCode)
#include "tst_claimcode.moc"
