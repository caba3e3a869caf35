// libFuzzer: the UCDP GED reader on any file.
#include "core/InputError.h"
#include "fuzz/FuzzInput.h"
#include "io/UcdpGedReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QString path = kt::fuzz::asFile(data, size, ".csv");
    (void)kt::UcdpGedReader::looksLikeGed(path);
    try {
        kt::UcdpGedReader reader(path);
        kt::Event event;
        QString sideA;
        QString sideB;
        while (true) {
            const kt::UcdpGedReader::Result result = reader.next(event, sideA, sideB);
            if (result.kind == kt::UcdpGedReader::Result::End)
                break;
            if (result.kind == kt::UcdpGedReader::Result::Row && event.dateEnd < event.dateStart)
                __builtin_trap();
        }
    } catch (const kt::InputError &) {
    }
    return 0;
}
