#include "naturalsortkey.h"

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The digit run starting at `from`, without its leading zeros (one zero stays for "000").
QStringView digitRun(QStringView text, qsizetype from, qsizetype *end)
{
    qsizetype e = from;
    while (e < text.size() && isAsciiDigit(text.at(e)))
        ++e;
    *end = e;
    QStringView run = text.mid(from, e - from);
    while (run.size() > 1 && run.front() == QLatin1Char('0'))
        run = run.mid(1);
    return run;
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a.at(i)) && isAsciiDigit(b.at(j))) {
            qsizetype ei = 0;
            qsizetype ej = 0;
            const QStringView da = digitRun(a, i, &ei);
            const QStringView db = digitRun(b, j, &ej);
            // By value without overflow: a longer run (zeros stripped) is larger.
            if (da.size() != db.size())
                return da.size() < db.size() ? -1 : 1;
            if (const int c = da.compare(db); c != 0)
                return c < 0 ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        // A digit against another character compares as the digit itself; every digit
        // sorts alike against a non-digit, since no other character lies between '0' and '9'.
        const QChar ca = isAsciiDigit(a.at(i)) ? QLatin1Char('0') : a.at(i).toCaseFolded();
        const QChar cb = isAsciiDigit(b.at(j)) ? QLatin1Char('0') : b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return (a.size() - i) < (b.size() - j) ? -1 : 1;
    return 0;
}

QString naturalSortKey(QStringView text)
{
    // A digit run becomes '0', its length (one code unit), then its digits: against a
    // non-digit it compares as '0' (as above), against another run by length, then value.
    QString key;
    key.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size();) {
        if (isAsciiDigit(text.at(i))) {
            qsizetype end = 0;
            const QStringView run = digitRun(text, i, &end);
            key += QLatin1Char('0');
            key += QChar(static_cast<char16_t>(qMin<qsizetype>(run.size(), 0xFFFF)));
            key += run;
            i = end;
            continue;
        }
        key += text.at(i).toCaseFolded();
        ++i;
    }
    return key;
}
