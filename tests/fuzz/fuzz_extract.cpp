// libFuzzer: the whole extractor (sentences, dates, sides, claims, types, merging) on any text, published on
// a fixed day so that relative dates resolve.
#include "core/InputError.h"
#include "extract/ArticleReader.h"
#include "extract/Extractor.h"
#include "fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size > 64 * 1024)
        return 0; // an article, not a book: longer inputs only slow the search down
    try {
        const kt::Document document = kt::ArticleReader::parse(
            QString::fromUtf8(kt::fuzz::bytes(data, size)), QStringLiteral("fuzz.txt"), QDate(2023, 11, 13));
        const kt::DocumentEvents events = kt::Extractor().extract(document);
        for (const kt::Event &event : events.events)
            if (event.dateEnd < event.dateStart)
                __builtin_trap();
    } catch (const kt::InputError &) {
    }
    return 0;
}
