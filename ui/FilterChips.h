#pragma once

#include "core/Filter.h"

#include <QWidget>

class QHBoxLayout;

namespace kt {

// The filters in force, above the chart: one button per kind of criterion ("Factions: FAMa, Wagner ✕");
// clicking one removes that criterion. Hidden when no filter applies.
class FilterChips : public QWidget {
    Q_OBJECT
public:
    explicit FilterChips(QWidget *parent = nullptr);

    void setFilter(const Filter &filter);
    // The chips' texts, in order (for tests and accessibility).
    QStringList texts() const;

Q_SIGNALS:
    // A chip was clicked: the filter without that criterion.
    void filterChanged(const Filter &filter);

private:
    void addChip(const QString &text, const Filter &without);

    QHBoxLayout *m_layout;
    QStringList m_texts;
};

} // namespace kt
