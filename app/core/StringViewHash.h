#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace kt {

// Lets an unordered_map keyed by std::string be searched with a string_view, without building a string.
struct StringViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

} // namespace kt
