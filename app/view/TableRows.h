#pragma once

#include "core/DayDate.h"
#include "core/EventIndex.h"
#include "core/IndexSelection.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace kt {

// The events of a window as the rows of a table: their positions in the index, in the order of a column the
// index holds. GUI-free and safe to run on any thread: a request holds the index and the filter's rows as
// they were when it was made, and a reload or a filter change in the meantime leaves them as they were.
class TableRows {
public:
    // The columns the index can order by itself. Ties keep the order of dates (start day, then end day)
    // whichever way the column is sorted.
    enum class Key { Date, Type, Factions, Place, Precision, Status, Track };

    struct Request {
        std::shared_ptr<const EventIndex> index;
        std::shared_ptr<const IndexSelection> selection;
        Day from = 0; // the days of the window, both included
        Day to = -1;
        Key key = Key::Date;
        bool descending = false;
    };

    // The rows of the events that overlap [from, to] and pass the filter, sorted by the request's key.
    // Nothing when `cancelled` became true before the rows were ready (it is read every 64 Ki rows).
    static std::optional<std::vector<std::uint32_t>> list(const Request &request,
                                                          const std::atomic_bool &cancelled);
    // Sorts rows (positions in index order, as list() makes them before sorting) by a column, stably: a
    // counting sort over the ranks of the column's names, so a million rows take a pass or two.
    static void sort(std::vector<std::uint32_t> &rows, const EventIndex &index, Key key, bool descending);
    // The rank of each id of a column's names (typeNames for Type, …) in the order a reader expects:
    // by the collation of the window's language (QLocale's default), case aside, names that compare equal
    // sharing a rank; the empty name (id 0: no faction, place or track) first.
    static std::vector<std::uint32_t> nameRanks(const EventIndex &index, Key key);
};

} // namespace kt
