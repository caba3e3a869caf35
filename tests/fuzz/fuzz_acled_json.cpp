// libFuzzer: the reader of the ACLED API's JSON answers on any file.
#include "core/InputError.h"
#include "fuzz/FuzzInput.h"
#include "io/AcledJsonReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    (void)kt::AcledJsonReader::looksLikeApiAnswer(kt::fuzz::bytes(data, size));
    const QString path = kt::fuzz::asFile(data, size, ".json");
    try {
        kt::AcledJsonReader reader(path);
        kt::AcledRow row;
        while (reader.next(row).kind != kt::AcledSource::Result::End) {
        }
    } catch (const kt::InputError &) {
    }
    return 0;
}
