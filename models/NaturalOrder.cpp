// SPDX-License-Identifier: GPL-3.0-or-later
#include "NaturalOrder.h"

namespace Vigil {

int naturalCompare(QStringView left, QStringView right)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        const QChar a = left.at(i);
        const QChar b = right.at(j);
        if (a.isDigit() && b.isDigit()) {
            // Compare the digit runs by value: skip leading zeros, then the longer run is larger.
            qsizetype startA = i;
            qsizetype startB = j;
            while (startA < left.size() && left.at(startA) == QLatin1Char('0')) {
                ++startA;
            }
            while (startB < right.size() && right.at(startB) == QLatin1Char('0')) {
                ++startB;
            }
            qsizetype endA = startA;
            qsizetype endB = startB;
            while (endA < left.size() && left.at(endA).isDigit()) {
                ++endA;
            }
            while (endB < right.size() && right.at(endB).isDigit()) {
                ++endB;
            }
            const qsizetype lengthA = endA - startA;
            const qsizetype lengthB = endB - startB;
            if (lengthA != lengthB) {
                return lengthA < lengthB ? -1 : 1;
            }
            const int digits = left.mid(startA, lengthA).compare(right.mid(startB, lengthB));
            if (digits != 0) {
                return digits;
            }
            i = endA;
            j = endB;
            continue;
        }
        const char32_t foldedA = QChar::toCaseFolded(a.unicode());
        const char32_t foldedB = QChar::toCaseFolded(b.unicode());
        if (foldedA != foldedB) {
            return foldedA < foldedB ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i < left.size()) {
        return 1;
    }
    if (j < right.size()) {
        return -1;
    }
    // Equal but for case or leading zeros: fall back to a plain comparison so the order is total.
    return left.compare(right);
}

} // namespace Vigil
