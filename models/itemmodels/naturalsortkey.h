#pragma once

// Natural order for provider names: digit runs compare by value, the rest case-folded, so
// compute-2 sorts before compute-10. naturalCompare() compares two strings directly;
// naturalSortKey() turns a string into a key whose plain (code unit) order is the same, so
// sorting 100,000 names compares prepared keys instead of walking both strings each time.
// Only ASCII digits form runs (host names use no others).

#include <QString>

int naturalCompare(QStringView a, QStringView b);
QString naturalSortKey(QStringView text);
