#include "ui/FilterChips.h"

#include "core/DayDate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace kt {

namespace {

QString joined(const QSet<QString> &values) {
    QStringList names = values.values();
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    if (names.isEmpty())
        return FilterChips::tr("none");
    if (names.size() > 3)
        return FilterChips::tr("%1 and %2 more")
            .arg(names.mid(0, 3).join(QStringLiteral(", ")))
            .arg(names.size() - 3);
    return names.join(QStringLiteral(", "));
}

} // namespace

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this)) {
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->addStretch();
    setAccessibleName(tr("Filters in force"));
    setVisible(false);
}

void FilterChips::addChip(const QString &text, const Filter &without) {
    m_texts << text;
    m_withouts << without;
}

void FilterChips::showChips() {
    // The buttons stay from one filter to the next and only change their text: a filter change makes and
    // destroys no widget.
    while (m_chips.size() < m_texts.size()) {
        const qsizetype at = m_chips.size();
        auto *chip = new QToolButton(this);
        chip->setToolTip(tr("Remove this filter"));
        chip->setAutoRaise(false);
        // The filter is copied before the signal: the signal's handlers set the chips again.
        connect(chip, &QToolButton::clicked, this, [this, at] {
            const Filter without = m_withouts.value(at);
            Q_EMIT filterChanged(without);
        });
        m_layout->insertWidget(static_cast<int>(at), chip);
        m_chips << chip;
    }
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        QToolButton *chip = m_chips.at(i);
        if (i < m_texts.size()) {
            chip->setText(m_texts.at(i) + QStringLiteral("  \u2715"));
            chip->setAccessibleName(tr("Remove the filter %1").arg(m_texts.at(i)));
        }
        chip->setVisible(i < m_texts.size());
    }
    setVisible(!m_texts.isEmpty());
}

void FilterChips::setFilter(const Filter &filter) {
    m_texts.clear();
    m_withouts.clear();
    if (!filter.factions.isEmpty() || filter.factionRole == FactionRole::Initiator) {
        Filter without = filter;
        without.factions.clear();
        without.factionRole = FactionRole::Any;
        addChip((filter.factionRole == FactionRole::Initiator ? tr("Initiator: %1") : tr("Factions: %1"))
                    .arg(filter.factions.isEmpty() ? tr("any") : joined(filter.factions)),
                without);
    }
    if (!filter.eventTypes.isEmpty()) {
        Filter without = filter;
        without.eventTypes.clear();
        addChip(tr("Types: %1").arg(joined(filter.eventTypes)), without);
    }
    if (!filter.tracks.isEmpty()) {
        Filter without = filter;
        without.tracks.clear();
        addChip(tr("Tracks: %1").arg(joined(filter.tracks)), without);
    }
    if (!filter.place.isEmpty()) {
        Filter without = filter;
        without.place.clear();
        addChip(tr("Place: %1").arg(filter.place), without);
    }
    if (filter.from || filter.to) {
        Filter without = filter;
        without.from.reset();
        without.to.reset();
        addChip(tr("Dates: %1 \u2013 %2")
                    .arg(filter.from ? DayDate::toIso(*filter.from) : QStringLiteral("\u2026"),
                         filter.to ? DayDate::toIso(*filter.to) : QStringLiteral("\u2026")),
                without);
    }
    if (!filter.search.isEmpty()) {
        Filter without = filter;
        without.search.clear();
        addChip(tr("Text: \u201c%1\u201d").arg(filter.search), without);
    }
    if (!filter.claimant.isEmpty()) {
        Filter without = filter;
        without.claimant.clear();
        addChip(tr("Claimed by or source: \u201c%1\u201d").arg(filter.claimant), without);
    }
    if (filter.contestedOnly) {
        Filter without = filter;
        without.contestedOnly = false;
        addChip(tr("Contested only"), without);
    }
    if (filter.minFatalities >= 0) {
        Filter without = filter;
        without.minFatalities = -1;
        addChip(tr("At least %1 fatalities").arg(filter.minFatalities), without);
    }
    if (m_texts.size() > 1)
        addChip(tr("Clear all"), Filter());
    showChips();
}

QStringList FilterChips::texts() const {
    return m_texts;
}

} // namespace kt
