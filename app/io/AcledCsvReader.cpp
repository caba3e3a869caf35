#include "io/AcledCsvReader.h"

#include "core/InputError.h"

namespace kt {

namespace {

AcledColumns readHeader(CsvRecordReader &records) {
    if (records.isEmpty())
        throw InputError(records.path(), 1,
                         QStringLiteral("the file is empty; an ACLED export starts with a header row"));
    const CsvRecordReader::Record header = records.next();
    if (header.kind == CsvRecordReader::Record::End)
        throw InputError(records.path(), 1,
                         QStringLiteral("the file is empty; an ACLED export starts with a header row"));
    if (header.kind == CsvRecordReader::Record::Bad)
        throw InputError(records.path(), 1,
                         QStringLiteral("the header row cannot be read: %1").arg(header.reason));
    return AcledColumns(records.fields(), records.path());
}

} // namespace

AcledCsvReader::AcledCsvReader(const QString &path)
    : m_records(path) {
    m_interpreter.emplace(readHeader(m_records));
    settleDayOrder();
}

// Numeric dates (16/02/2021) are read in the order of the spreadsheet's locale: the first date ahead that
// only one order reads settles it for the file. Files with other date forms stop looking at the first row.
void AcledCsvReader::settleDayOrder() {
    const int column = m_interpreter->columns().fileColumn(AcledRow::EventDate);
    CsvRecordReader ahead(m_records.path());
    ahead.next(); // the header
    for (int i = 0; i < kDayOrderLookahead; ++i) {
        const CsvRecordReader::Record record = ahead.next();
        if (record.kind == CsvRecordReader::Record::End)
            return;
        if (record.kind == CsvRecordReader::Record::Bad ||
            ahead.fields().size() <= static_cast<std::size_t>(column))
            continue;
        const std::string_view date = ahead.fields().at(static_cast<std::size_t>(column));
        if (AcledColumns::isHxlRow(ahead.fields()))
            continue;
        if (!AcledDate::isNumericDayMonth(date) || m_interpreter->learnDayOrder(date))
            return;
    }
}

AcledSource::Result AcledCsvReader::next(AcledRow &row) {
    while (true) {
        const CsvRecordReader::Record record = m_records.next();
        if (record.kind == CsvRecordReader::Record::End)
            return {Result::End, record.line, {}};
        if (record.kind == CsvRecordReader::Record::Bad)
            return {Result::Bad, record.line, record.reason};
        const bool first = m_first;
        m_first = false;
        if (first && AcledColumns::isHxlRow(m_records.fields())) {
            m_hxlLine = record.line;
            continue;
        }
        std::vector<bool> quoted(m_records.fields().size());
        for (std::size_t i = 0; i < quoted.size(); ++i)
            quoted[i] = m_records.quoted(i);
        row.line = record.line;
        const QString problem = m_interpreter->interpret(m_records.fields(), &quoted, row);
        if (!problem.isEmpty())
            return {Result::Bad, record.line, problem};
        return {Result::Row, record.line, {}};
    }
}

QStringList AcledCsvReader::notices() const {
    QStringList notices;
    if (m_hxlLine > 0)
        notices << QStringLiteral("line %1: HXL hashtags (an HDX file's second header row) skipped")
                       .arg(m_hxlLine);
    if (m_records.delimiter() == ';')
        notices << QStringLiteral("fields separated by semicolons");
    else if (m_records.delimiter() == '\t')
        notices << QStringLiteral("fields separated by tabs");
    if (m_interpreter->columns().isMonadic())
        notices << QStringLiteral(
            "no actor2 columns: the rows of one event_id_cnty are one event with every side");
    return notices + m_interpreter->notices();
}

} // namespace kt
