#pragma once

#include "cli/CommandLine.h"
#include "core/Filter.h"

namespace kt {

class FactionCatalog;

// The headless commands and the window, each returning the process's exit status:
// 0 done, 2 usage error, 3 bad input, 4 store error.
namespace Commands {

enum ExitStatus { Done = 0, Usage = 2, BadInput = 3, StoreFailure = 4 };

int run(const CommandLine &line);
int runGui(const CommandLine &line);
// The filter a command line asks for; throws UsageError for an unknown faction or a bad date.
Filter filterFrom(const CommandLine &line, const FactionCatalog &catalog);

} // namespace Commands
} // namespace kt
