#include "ui/FilterPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace kt {

namespace {

constexpr int kFactionRole = Qt::UserRole + 1;

QIcon swatch(const QColor &color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x44, 0x44, 0x44), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

} // namespace

FilterPanel::FilterPanel(const FactionCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_list(new QListWidget(this)) {
    m_list->setAccessibleName(tr("Factions"));
    setFocusProxy(m_list);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Factions</b> (an event shows when one of its sides is checked)"), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout();
    auto *all = new QPushButton(tr("All"), this);
    auto *none = new QPushButton(tr("None"), this);
    buttons->addWidget(all);
    buttons->addWidget(none);
    layout->addLayout(buttons);
    connect(all, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAll(false); });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT factionsChanged(checkedFactions());
    });
}

void FilterPanel::setCounts(const QHash<QString, qint64> &counts) {
    const QSet<QString> checked = checkedFactions();
    m_updating = true;
    m_list->clear();
    for (const Faction &faction : m_catalog.factions()) {
        const qint64 count = counts.value(faction.name);
        auto *item = new QListWidgetItem(swatch(QColor(faction.color)),
                                         QStringLiteral("%1  (%2)").arg(faction.name).arg(count), m_list);
        item->setData(kFactionRole, faction.name);
        item->setToolTip(faction.description);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(checked.isEmpty() || checked.contains(faction.name) ? Qt::Checked
                                                                                : Qt::Unchecked);
        if (count == 0)
            item->setForeground(QColor(0x99, 0x99, 0x99));
    }
    m_updating = false;
}

QSet<QString> FilterPanel::checkedFactions() const {
    QSet<QString> checked;
    bool all = true;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            checked.insert(item->data(kFactionRole).toString());
        else
            all = false;
    }
    return all ? QSet<QString>() : checked;
}

void FilterPanel::setCheckedFactions(const QSet<QString> &factions) {
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool on = factions.isEmpty() || factions.contains(item->data(kFactionRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

void FilterPanel::setAll(bool checked) {
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    // "None" is a real filter that lets nothing through: a set holding no known faction.
    Q_EMIT factionsChanged(checked ? QSet<QString>() : QSet<QString>{QString()});
}

} // namespace kt
