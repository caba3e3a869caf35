#include "extract/WrittenCount.h"

#include <QHash>
#include <QStringList>

namespace kt {

double WrittenCount::read(const QString &words) {
    static const QHash<QString, double> numbers{
        {QStringLiteral("un"), 1},       {QStringLiteral("une"), 1},        {QStringLiteral("deux"), 2},
        {QStringLiteral("trois"), 3},    {QStringLiteral("quatre"), 4},     {QStringLiteral("cinq"), 5},
        {QStringLiteral("six"), 6},      {QStringLiteral("sept"), 7},       {QStringLiteral("huit"), 8},
        {QStringLiteral("neuf"), 9},     {QStringLiteral("dix"), 10},       {QStringLiteral("onze"), 11},
        {QStringLiteral("douze"), 12},   {QStringLiteral("quinze"), 15},    {QStringLiteral("vingt"), 20},
        {QStringLiteral("trente"), 30},  {QStringLiteral("quelques"), 3},   {QStringLiteral("plusieurs"), 3},
        {QStringLiteral("dizaine"), 10}, {QStringLiteral("quinzaine"), 15}, {QStringLiteral("vingtaine"), 20},
        {QStringLiteral("a"), 1},        {QStringLiteral("an"), 1},         {QStringLiteral("one"), 1},
        {QStringLiteral("two"), 2},      {QStringLiteral("three"), 3},      {QStringLiteral("four"), 4},
        {QStringLiteral("five"), 5},     {QStringLiteral("six"), 6},        {QStringLiteral("seven"), 7},
        {QStringLiteral("eight"), 8},    {QStringLiteral("nine"), 9},       {QStringLiteral("ten"), 10},
        {QStringLiteral("eleven"), 11},  {QStringLiteral("twelve"), 12},    {QStringLiteral("few"), 3},
        {QStringLiteral("several"), 3}};
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    double count = -1; // the last number word wins: "un peu plus de deux" is two
    for (const QString &part : parts) {
        bool ok = false;
        const double n = part.toDouble(&ok);
        if (ok)
            count = n;
        else if (numbers.contains(part))
            count = numbers.value(part);
    }
    return count;
}

} // namespace kt
