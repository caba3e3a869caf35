// libFuzzer: the events JSON reader (what extract prints and events --format json writes) on any bytes.
#include "core/InputError.h"
#include "fuzz/FuzzInput.h"
#include "io/EventJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    try {
        const QList<kt::DocumentEvents> batches =
            kt::EventJson::read(kt::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
        for (const kt::DocumentEvents &batch : batches)
            (void)kt::EventJson::write(batch.document, batch.events);
    } catch (const kt::InputError &) {
    }
    return 0;
}
