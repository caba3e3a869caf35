#include "io/AcledColumns.h"

#include "core/InputError.h"

#include <algorithm>

namespace kt {

namespace {

bool equalsLower(std::string_view text, std::string_view lower) {
    return text.size() == lower.size() &&
           std::equal(text.cbegin(), text.cend(), lower.cbegin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
           });
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// Older names of today's columns.
struct Alias {
    std::string_view name;
    AcledRow::Column column;
};
constexpr std::array<Alias, 2> kAliases{
    {{"ally_actor_1", AcledRow::AssocActor1}, {"ally_actor_2", AcledRow::AssocActor2}}};

} // namespace

QString AcledColumns::nameOf(AcledRow::Column column) {
    const std::string_view name = AcledRow::columnNames().at(column);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

AcledColumns::AcledColumns(const std::vector<std::string_view> &names, const QString &path)
    : m_fileColumns(names.size()) {
    m_columns.fill(-1);
    const auto &columnNames = AcledRow::columnNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string_view name = trimmed(names[i]);
        if (name.empty())
            continue; // the row numbers a data frame library wrote in front
        int found = -1;
        for (std::size_t column = 0; column < columnNames.size() && found < 0; ++column)
            if (equalsLower(name, columnNames.at(column)))
                found = static_cast<int>(column);
        for (const Alias &alias : kAliases)
            if (found < 0 && equalsLower(name, alias.name))
                found = alias.column;
        if (found >= 0 && m_columns.at(static_cast<std::size_t>(found)) < 0)
            m_columns.at(static_cast<std::size_t>(found)) = static_cast<int>(i);
        else
            m_extra.push_back({QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())), i});
    }
    QStringList missing;
    for (const auto column : {AcledRow::EventDate, AcledRow::EventType, AcledRow::Actor1})
        if (m_columns.at(column) < 0)
            missing << nameOf(column);
    if (!missing.isEmpty())
        throw InputError(
            path, 1,
            QStringLiteral("not an ACLED export: the header has no %1 column (it should name the "
                           "ACLED columns event_id_cnty, event_date, year, time_precision, …)")
                .arg(missing.join(QStringLiteral(", "))));
}

bool AcledColumns::isHxlRow(const std::vector<std::string_view> &fields) {
    bool any = false;
    for (const std::string_view field : fields) {
        const std::string_view text = trimmed(field);
        if (text.empty())
            continue;
        if (text.front() != '#')
            return false;
        any = true;
    }
    return any;
}

} // namespace kt
