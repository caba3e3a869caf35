#pragma once

#include "core/AcledRow.h"
#include "io/AcledRecordInterpreter.h"
#include "io/AcledSource.h"
#include "io/CsvRecordReader.h"

#include <QString>

#include <optional>

namespace kt {

// Reads an ACLED CSV file one row at a time, in a buffer of a few megabytes whatever the file's size, as
// users download it: every vintage of columns (AcledColumns), an HDX file's second row of HXL hashtags
// (skipped), files re-saved by spreadsheets (';' delimiters, Windows-1252 text, decimal commas, dates such as
// 16-Feb-21 or 16/02/2021; see AcledRecordInterpreter and AcledDate).
class AcledCsvReader : public AcledSource {
public:
    // Opens the file and reads its header. Throws InputError naming the file (line 1 for a bad header).
    explicit AcledCsvReader(const QString &path);

    Result next(AcledRow &row) override;
    const QString &path() const override { return m_records.path(); }
    qint64 fileSize() const override { return m_records.fileSize(); }
    qint64 bytesRead() const override { return m_records.bytesRead(); }
    bool isMonadic() const override { return m_interpreter->columns().isMonadic(); }
    QStringList notices() const override;

    // The number of rows read ahead to settle the order of numeric dates (see AcledDate).
    static constexpr int kDayOrderLookahead = 100'000;

private:
    void settleDayOrder();

    CsvRecordReader m_records;
    std::optional<AcledRecordInterpreter> m_interpreter;
    qsizetype m_hxlLine = 0; // the line of the HXL hashtags, when the file has them
    bool m_first = true;
};

} // namespace kt
