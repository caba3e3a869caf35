// libFuzzer: the ACLED CSV reader (every vintage, spreadsheets' forms) on any file.
#include "core/InputError.h"
#include "fuzz/FuzzInput.h"
#include "io/AcledCsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QString path = kt::fuzz::asFile(data, size, ".csv");
    try {
        kt::AcledCsvReader reader(path);
        kt::AcledRow row;
        while (true) {
            const kt::AcledSource::Result result = reader.next(row);
            if (result.kind == kt::AcledSource::Result::End)
                break;
            if (result.kind == kt::AcledSource::Result::Row && row.dateEnd < row.dateStart)
                __builtin_trap();
        }
        (void)reader.notices();
    } catch (const kt::InputError &) {
    }
    return 0;
}
