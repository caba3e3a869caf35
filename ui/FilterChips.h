#pragma once

#include "core/Filter.h"

#include <QWidget>

class QHBoxLayout;
class QToolButton;

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
    void showChips();

    QHBoxLayout *m_layout;
    QStringList m_texts;
    QList<Filter> m_withouts;     // per chip: the filter without its criterion
    QList<QToolButton *> m_chips; // made as needed, kept; those past m_texts hidden
};

} // namespace kt
