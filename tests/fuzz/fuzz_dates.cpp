// libFuzzer: the date parsers, ACLED's event_date forms and the dates of news text (French and English).
#include "extract/TemporalTagger.h"
#include "fuzz/FuzzInput.h"
#include "io/AcledDate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size < 2 || size > 4096)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data) + 1, size - 1);
    const auto order = static_cast<kt::AcledDate::DayOrder>(data[0] % 3);
    const std::optional<int> year = data[0] & 0x80U ? std::optional<int>(1990 + data[0] % 40) : std::nullopt;
    (void)kt::AcledDate::orderOf(text);
    const auto parsed = kt::AcledDate::parse(text, year, order);
    if (parsed.day.has_value() == !parsed.problem.isEmpty())
        __builtin_trap(); // a day, or a reason: never both, never neither
    kt::TemporalTagger::Context context;
    context.reference = 19'674; // 2023-11-13
    for (const kt::TimeExpression &expression : kt::TemporalTagger::tag(
             QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())), context))
        if (expression.to < expression.from)
            __builtin_trap();
    return 0;
}
