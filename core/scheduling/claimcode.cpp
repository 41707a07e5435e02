#include "claimcode.h"

#include <QRandomGenerator>
#include <limits>

using namespace Qt::StringLiterals;

QString ClaimCode::alphabet()
{
    return u"ABCDEFGHJKMNPQRSTUVWXYZ23456789"_s;
}

QString ClaimCode::random()
{
    static const QString letters = alphabet();
    static const quint64 base = quint64(letters.size());
    static const quint64 codes = [] {
        quint64 n = 1;
        for (int i = 0; i < Length; ++i)
            n *= base;
        return n;
    }();
    // One draw from the system's source per code; draws past the last whole multiple of the
    // number of codes are drawn again, so that every code is equally likely.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % codes;
    quint64 value = QRandomGenerator::system()->generate64();
    while (value >= limit)
        value = QRandomGenerator::system()->generate64();
    value %= codes;
    QString code(Length, Qt::Uninitialized);
    for (int i = 0; i < Length; ++i) {
        code[i] = letters.at(int(value % base));
        value /= base;
    }
    return code;
}

QString ClaimCode::unused(const std::function<bool(const QString &)> &taken)
{
    QString code = random();
    while (taken(code))
        code = random();
    return code;
}

QString ClaimCode::normalise(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (!c.isSpace() && c != u'-')
            code += c.toUpper();
    }
    return code;
}
