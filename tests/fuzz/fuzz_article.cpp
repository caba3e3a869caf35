// libFuzzer: the article reader (header lines, body) on any bytes.
#include "core/InputError.h"
#include "extract/ArticleReader.h"
#include "fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    try {
        const kt::Document document = kt::ArticleReader::parse(QString::fromUtf8(kt::fuzz::bytes(data, size)),
                                                               QStringLiteral("fuzz.txt"));
        (void)kt::ArticleReader::guessLanguage(document.body);
    } catch (const kt::InputError &) {
    }
    return 0;
}
