#include "view/TableRows.h"

#include <QCollator>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace kt {

namespace {

constexpr std::size_t kCancelCheck = 65'536;

// The names a column's ids stand for, as the table shows them.
QStringList columnNames(const EventIndex &index, TableRows::Key key) {
    switch (key) {
    case TableRows::Key::Type: {
        QStringList names;
        for (qsizetype id = 0; id < index.typeNames.size(); ++id)
            names << index.eventTypeNames.value(id) + QStringLiteral(" \u203a ") + index.typeNames.at(id);
        return names;
    }
    case TableRows::Key::Factions:
        return index.factionNames;
    case TableRows::Key::Place:
        return index.placeNames;
    case TableRows::Key::Track:
        return index.trackNames;
    default:
        return {};
    }
}

std::uint32_t rawKey(const EventIndex &index, std::size_t position, TableRows::Key key) {
    switch (key) {
    case TableRows::Key::Type:
        return index.type(position);
    case TableRows::Key::Factions:
        return index.primaryFaction(position);
    case TableRows::Key::Place:
        return index.place(position);
    case TableRows::Key::Track:
        return index.track(position);
    case TableRows::Key::Precision:
        return static_cast<std::uint32_t>(index.precision(position));
    case TableRows::Key::Status:
        return static_cast<std::uint32_t>(index.status(position));
    case TableRows::Key::Date:
        break;
    }
    return 0;
}

} // namespace

std::vector<std::uint32_t> TableRows::nameRanks(const EventIndex &index, Key key) {
    if (key == Key::Precision || key == Key::Status) { // the enums' own order: day, week, month
        std::vector<std::uint32_t> ranks(4);
        std::iota(ranks.begin(), ranks.end(), 0U);
        return ranks;
    }
    const QStringList names = columnNames(index, key);
    std::vector<std::uint32_t> ids(static_cast<std::size_t>(names.size()));
    std::iota(ids.begin(), ids.end(), 0U);
    QCollator collator{QLocale()}; // the window's language (QLocale::setDefault)
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
        return collator.compare(names.at(a), names.at(b)) < 0;
    });
    std::vector<std::uint32_t> ranks(ids.size());
    std::uint32_t rank = 0;
    for (std::size_t at = 0; at < ids.size(); ++at) {
        if (at > 0 && collator.compare(names.at(ids[at - 1]), names.at(ids[at])) != 0)
            ++rank; // names a reader cannot tell apart ("Gao", "gao") share a rank
        ranks[ids[at]] = rank;
    }
    return ranks;
}

void TableRows::sort(std::vector<std::uint32_t> &rows, const EventIndex &index, Key key, bool descending) {
    if (key == Key::Date) { // index order is date order
        std::sort(rows.begin(), rows.end());
        if (descending)
            std::reverse(rows.begin(), rows.end());
        return;
    }
    const std::vector<std::uint32_t> ranks = nameRanks(index, key);
    const std::size_t slots = ranks.size() + 1; // ids past the names (none expected) sort last
    const auto slotOf = [&](std::uint32_t row) {
        const std::uint32_t id = rawKey(index, row, key);
        const std::size_t rank = id < ranks.size() ? ranks[id] : ranks.size();
        return descending ? slots - 1 - rank : rank;
    };
    std::vector<std::size_t> starts(slots + 1, 0);
    for (const std::uint32_t row : rows)
        ++starts[slotOf(row) + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    std::vector<std::uint32_t> sorted(rows.size());
    for (const std::uint32_t row : rows) // in date order: ties keep it
        sorted[starts[slotOf(row)]++] = row;
    rows = std::move(sorted);
}

std::optional<std::vector<std::uint32_t>> TableRows::list(const Request &request,
                                                          const std::atomic_bool &cancelled) {
    const EventIndex &index = *request.index;
    std::vector<std::uint32_t> rows;
    if (request.to < request.from || index.size() == 0)
        return rows;
    const auto [first, last] = index.overlapping(request.from, request.to);
    for (std::size_t part = first; part < last; part += kCancelCheck) {
        if (cancelled.load(std::memory_order_relaxed))
            return std::nullopt;
        request.selection->forEachIn(part, std::min(last, part + kCancelCheck), [&](std::size_t position) {
            if (index.end(position) >= request.from)
                rows.push_back(static_cast<std::uint32_t>(position));
        });
    }
    if (cancelled.load(std::memory_order_relaxed))
        return std::nullopt;
    if (request.key != Key::Date || request.descending)
        sort(rows, index, request.key, request.descending);
    return rows;
}

} // namespace kt
