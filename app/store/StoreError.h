#pragma once

#include <stdexcept>
#include <string>

namespace kt {

// Raised by the store for anything SQLite refuses: a file that is not a store, a store from a newer version,
// a full disk. The message says which file and what went wrong.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string &message)
        : std::runtime_error(message) {}
};

} // namespace kt
