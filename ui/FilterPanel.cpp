#include "ui/FilterPanel.h"

#include "core/DayDate.h"
#include "core/TextNormalizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kt {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

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

// A row of buttons under a list.
QHBoxLayout *buttonRow(QWidget *parent, const QList<std::pair<QString, std::function<void()>>> &buttons) {
    auto *row = new QHBoxLayout();
    for (const auto &[text, action] : buttons) {
        auto *button = new QPushButton(text, parent);
        QObject::connect(button, &QPushButton::clicked, parent, action);
        row->addWidget(button);
    }
    return row;
}

// The names of the checked rows of a list, or nothing when every row is checked (no criterion).
QSet<QString> checkedNames(const QListWidget *list) {
    QSet<QString> checked;
    bool all = true;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            checked.insert(item->data(kNameRole).toString());
        else
            all = false;
    }
    return all ? QSet<QString>() : checked;
}

} // namespace

FilterPanel::FilterPanel(const FactionCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_pages(new QToolBox(this))
    , m_factionSearch(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_factions(new QListWidget(this))
    , m_types(new QTreeWidget(this))
    , m_place(new QLineEdit(this))
    , m_tracks(new QListWidget(this))
    , m_useFrom(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_claimant(new QLineEdit(this))
    , m_contested(new QCheckBox(tr("Contested only (another claim contradicts it)"), this))
    , m_fatalities(new QSpinBox(this))
    , m_typing(new QTimer(this)) {
    setFocusProxy(m_factions);
    m_factionSearch->setObjectName(QStringLiteral("factionSearch"));
    m_role->setObjectName(QStringLiteral("factionRole"));
    m_factions->setObjectName(QStringLiteral("factions"));
    m_tracks->setObjectName(QStringLiteral("tracks"));
    // One line each: the lists need not measure every row again when a count changes.
    m_factions->setUniformItemSizes(true);
    m_tracks->setUniformItemSizes(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &FilterPanel::send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_pages);
    m_pages->addItem(createFactionsPage(), QString());
    m_pages->addItem(createTypesPage(), QString());
    m_pages->addItem(createPlacesPage(), QString());
    m_pages->addItem(createDatesPage(), QString());
    m_pages->addItem(createClaimsPage(), QString());
    updateTitles();
    // QToolBox shows each page in a scroll area: named after its page for screen readers.
    const QList<QScrollArea *> areas = m_pages->findChildren<QScrollArea *>();
    for (int i = 0; i < m_pages->count() && i < areas.size(); ++i)
        areas.at(i)->setAccessibleName(m_pages->itemText(i));
}

QWidget *FilterPanel::createFactionsPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_factionSearch->setPlaceholderText(tr("Find a faction (any of its names: “armée malienne”)"));
    m_factionSearch->setAccessibleName(tr("Find a faction"));
    m_factionSearch->setClearButtonEnabled(true);
    // Short labels for a narrow panel; the tooltip says the rule.
    m_role->addItem(tr("In any role"), static_cast<int>(FactionRole::Any));
    m_role->addItem(tr("As the side that acted"), static_cast<int>(FactionRole::Initiator));
    m_role->setToolTip(tr("In any role: an event shows when one of its sides is checked. As the side that "
                          "acted: only when its initiator (ACLED's actor1) is."));
    m_role->setAccessibleName(tr("Faction role"));
    m_factions->setAccessibleName(tr("Factions"));
    layout->addWidget(m_factionSearch);
    layout->addWidget(m_role);
    layout->addWidget(m_factions);
    layout->addLayout(buttonRow(page, {{tr("All"), [this] { setAllFactions(true); }},
                                       {tr("None"), [this] { setAllFactions(false); }},
                                       {tr("Only"), [this] { onlyCurrentFaction(); }}}));
    connect(m_factionSearch, &QLineEdit::textChanged, this, &FilterPanel::showMatchingFactions);
    connect(m_role, &QComboBox::currentIndexChanged, this, &FilterPanel::send);
    connect(m_factions, &QListWidget::itemChanged, this, [this] {
        m_noFaction = false;
        send();
    });
    makeFactionRows(); // named now, counted once the window has drawn its first picture
    return page;
}

QWidget *FilterPanel::createTypesPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_types->setHeaderHidden(true);
    m_types->setAccessibleName(tr("Event types"));
    layout->addWidget(m_types);
    layout->addLayout(buttonRow(page, {{tr("All"),
                                        [this] {
                                            setTypesChecked({});
                                            send();
                                        }},
                                       {tr("None"), [this] {
                                            setTypesChecked({QString()});
                                            send();
                                        }}}));
    connect(m_types, &QTreeWidget::itemChanged, this, &FilterPanel::send);
    return page;
}

QWidget *FilterPanel::createPlacesPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_place->setPlaceholderText(tr("Place or admin area (\u201cKidal\u201d, \u201cTombouc\u201d)"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setClearButtonEnabled(true);
    m_tracks->setAccessibleName(tr("Tracks"));
    layout->addWidget(m_place);
    layout->addWidget(new QLabel(tr("Tracks (ACLED and UCDP: one per country)"), page));
    layout->addWidget(m_tracks);
    layout->addLayout(buttonRow(page, {{tr("All"),
                                        [this] {
                                            setTracksChecked({});
                                            send();
                                        }},
                                       {tr("None"), [this] {
                                            setTracksChecked({QString()});
                                            send();
                                        }}}));
    connect(m_place, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_tracks, &QListWidget::itemChanged, this, &FilterPanel::send);
    return page;
}

QWidget *FilterPanel::createDatesPage() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setTimeSpec(Qt::UTC);
        date->setDate(QDate::currentDate());
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    form->addRow(m_useFrom, m_from);
    form->addRow(m_useTo, m_to);
    form->addRow(buttonRow(page, {{tr("Use current zoom"), [this] { Q_EMIT currentZoomRequested(); }},
                                  {tr("Any date"), [this] {
                                       m_updating = true;
                                       m_useFrom->setChecked(false);
                                       m_useTo->setChecked(false);
                                       m_updating = false;
                                       send();
                                   }}}));
    auto *note =
        new QLabel(tr("An event shows when any of its days is within the range, both ends included."), page);
    note->setWordWrap(true);
    form->addRow(note);
    for (QCheckBox *use : {m_useFrom, m_useTo})
        connect(use, &QCheckBox::toggled, this, &FilterPanel::send);
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, [this] {
            if (m_useFrom->isChecked() || m_useTo->isChecked())
                send();
        });
    return page;
}

QWidget *FilterPanel::createClaimsPage() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_search->setPlaceholderText(tr("Words, anywhere in the store"));
    m_search->setClearButtonEnabled(true);
    m_claimant->setPlaceholderText(tr("“état-major”, “RFI”, “CSP”"));
    m_claimant->setClearButtonEnabled(true);
    m_fatalities->setRange(-1, 100'000);
    m_fatalities->setSpecialValueText(tr("any"));
    m_fatalities->setValue(-1);
    form->addRow(tr("&Text:"), m_search);
    form->addRow(tr("C&laimed by or source:"), m_claimant);
    form->addRow(m_contested);
    form->addRow(tr("Fatalities at &least:"), m_fatalities);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_claimant, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_contested, &QCheckBox::toggled, this, &FilterPanel::send);
    connect(m_fatalities, &QSpinBox::valueChanged, this, &FilterPanel::send);
    return page;
}

void FilterPanel::setChoices(const QStringList &tracks,
                             const QList<std::pair<QString, QString>> &eventTypes) {
    const QSet<QString> types = checkedTypes();
    const QSet<QString> checkedTrackNames = checkedTracks();
    m_updating = true;
    m_tracks->clear();
    for (const QString &track : tracks) {
        auto *item = new QListWidgetItem(track, m_tracks);
        item->setData(kNameRole, track);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    }
    m_types->clear();
    QHash<QString, QTreeWidgetItem *> parents;
    for (const auto &[type, subType] : eventTypes) {
        QTreeWidgetItem *&parent = parents[type];
        if (!parent) {
            parent = new QTreeWidgetItem(m_types, {type});
            parent->setData(0, kNameRole, type);
            parent->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsAutoTristate);
        }
        auto *child = new QTreeWidgetItem(parent, {subType});
        child->setData(0, kNameRole, subType);
        child->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        child->setCheckState(0, Qt::Checked);
    }
    m_updating = false;
    setTypesChecked(types);
    setTracksChecked(checkedTrackNames);
    updateTitles();
}

void FilterPanel::makeFactionRows() {
    // The rows stay (a count changes under the user's click): they are made once, then only relabelled.
    if (m_factions->count() == m_catalog.factions().size())
        return;
    const QSet<QString> checked = checkedFactions();
    const bool updating = m_updating;
    m_updating = true;
    m_factions->clear();
    for (const Faction &faction : m_catalog.factions()) {
        auto *item = new QListWidgetItem(swatch(QColor(faction.color)), faction.name, m_factions);
        item->setData(kNameRole, faction.name);
        item->setToolTip(faction.description);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(!m_noFaction && (checked.isEmpty() || checked.contains(faction.name))
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_updating = updating;
}

void FilterPanel::setCounts(const QHash<QString, qint64> &counts) {
    makeFactionRows();
    const bool updating = m_updating;
    m_updating = true;
    for (int i = 0; i < m_factions->count(); ++i) {
        QListWidgetItem *item = m_factions->item(i);
        const QString name = item->data(kNameRole).toString();
        const qint64 count = counts.value(name);
        item->setText(QStringLiteral("%1  (%2)").arg(name, QLocale().toString(count)));
        item->setForeground(count == 0 ? palette().color(QPalette::PlaceholderText)
                                       : palette().color(QPalette::Text));
    }
    m_updating = updating;
    showMatchingFactions(m_factionSearch->text());
}

QSet<QString> FilterPanel::checkedFactions() const {
    return m_noFaction ? QSet<QString>{QString()} : checkedNames(m_factions);
}

void FilterPanel::setCheckedFactions(const QSet<QString> &factions) {
    m_updating = true;
    // "None" is a set that holds no known faction's name (an empty name).
    m_noFaction = !factions.isEmpty() && std::all_of(factions.cbegin(), factions.cend(),
                                                     [](const QString &f) { return f.isEmpty(); });
    for (int i = 0; i < m_factions->count(); ++i) {
        QListWidgetItem *item = m_factions->item(i);
        const bool on = factions.isEmpty() || factions.contains(item->data(kNameRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

void FilterPanel::setAllFactions(bool checked) {
    m_updating = true;
    for (int i = 0; i < m_factions->count(); ++i)
        m_factions->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    m_noFaction = !checked;
    send();
}

void FilterPanel::onlyCurrentFaction() {
    const QListWidgetItem *current = m_factions->currentItem();
    if (!current)
        return;
    setCheckedFactions({current->data(kNameRole).toString()});
    send();
}

void FilterPanel::showMatchingFactions(const QString &text) {
    // A faction shows when its name or one of its aliases contains what was typed (case and accents ignored).
    const QString wanted = TextNormalizer::fold(text.trimmed());
    QSet<QString> matching;
    if (!wanted.isEmpty()) {
        for (auto it = m_catalog.aliases().cbegin(); it != m_catalog.aliases().cend(); ++it)
            if (it.key().contains(wanted))
                matching.insert(it.value());
    }
    for (int i = 0; i < m_factions->count(); ++i) {
        QListWidgetItem *item = m_factions->item(i);
        const QString name = item->data(kNameRole).toString();
        item->setHidden(!wanted.isEmpty() && !matching.contains(name) &&
                        !TextNormalizer::fold(name).contains(wanted));
    }
}

QSet<QString> FilterPanel::checkedTypes() const {
    // A whole type checked is named by its type; otherwise its checked sub-types are.
    QSet<QString> checked;
    bool all = true;
    for (int i = 0; i < m_types->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *type = m_types->topLevelItem(i);
        if (type->checkState(0) == Qt::Checked) {
            checked.insert(type->data(0, kNameRole).toString());
            continue;
        }
        all = false;
        for (int j = 0; j < type->childCount(); ++j)
            if (type->child(j)->checkState(0) == Qt::Checked)
                checked.insert(type->child(j)->data(0, kNameRole).toString());
    }
    return all ? QSet<QString>() : checked;
}

void FilterPanel::setTypesChecked(const QSet<QString> &types) {
    m_updating = true;
    for (int i = 0; i < m_types->topLevelItemCount(); ++i) {
        QTreeWidgetItem *type = m_types->topLevelItem(i);
        const bool whole = types.isEmpty() || types.contains(type->data(0, kNameRole).toString());
        for (int j = 0; j < type->childCount(); ++j) {
            QTreeWidgetItem *sub = type->child(j);
            sub->setCheckState(
                0, whole || types.contains(sub->data(0, kNameRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_updating = false;
}

QSet<QString> FilterPanel::checkedTracks() const {
    return checkedNames(m_tracks);
}

void FilterPanel::setTracksChecked(const QSet<QString> &tracks) {
    m_updating = true;
    for (int i = 0; i < m_tracks->count(); ++i) {
        QListWidgetItem *item = m_tracks->item(i);
        item->setCheckState(tracks.isEmpty() || tracks.contains(item->data(kNameRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_updating = false;
}

Filter FilterPanel::filter() const {
    Filter filter;
    filter.factions = checkedFactions();
    filter.factionRole = static_cast<FactionRole>(m_role->currentData().toInt());
    filter.eventTypes = checkedTypes();
    if (filter.eventTypes.isEmpty() && m_types->topLevelItemCount() > 0 &&
        m_types->topLevelItem(0)->checkState(0) == Qt::Unchecked) {
        // Nothing checked at all: a set that names no type lets nothing through.
        bool any = false;
        for (int i = 0; i < m_types->topLevelItemCount() && !any; ++i)
            any = m_types->topLevelItem(i)->checkState(0) != Qt::Unchecked;
        if (!any)
            filter.eventTypes = {QString()};
    }
    filter.tracks = checkedTracks();
    if (filter.tracks.isEmpty() && m_tracks->count() > 0 && m_tracks->item(0)->checkState() == Qt::Unchecked)
        filter.tracks = {QString()};
    filter.place = m_place->text().trimmed();
    if (m_useFrom->isChecked())
        filter.from = DayDate::fromDate(m_from->date());
    if (m_useTo->isChecked())
        filter.to = DayDate::fromDate(m_to->date());
    filter.search = m_search->text().trimmed();
    filter.claimant = m_claimant->text().trimmed();
    filter.contestedOnly = m_contested->isChecked();
    filter.minFatalities = m_fatalities->value();
    return filter;
}

void FilterPanel::setFilter(const Filter &filter) {
    m_updating = true;
    m_typing->stop();
    setCheckedFactions(filter.factions);
    m_updating = true;
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(filter.factionRole)));
    setTypesChecked(filter.eventTypes);
    setTracksChecked(filter.tracks);
    m_updating = true;
    m_place->setText(filter.place);
    m_useFrom->setChecked(filter.from.has_value());
    if (filter.from)
        m_from->setDate(DayDate::toDate(*filter.from));
    m_useTo->setChecked(filter.to.has_value());
    if (filter.to)
        m_to->setDate(DayDate::toDate(*filter.to));
    m_search->setText(filter.search);
    m_claimant->setText(filter.claimant);
    m_contested->setChecked(filter.contestedOnly);
    m_fatalities->setValue(filter.minFatalities);
    m_typing->stop(); // the texts set above are not typing
    m_updating = false;
    updateTitles();
}

void FilterPanel::send() {
    if (m_updating)
        return;
    m_typing->stop();
    updateTitles();
    Q_EMIT filterChanged(filter());
}

void FilterPanel::updateTitles() {
    // Each page's title says whether it holds a criterion.
    const Filter shown = filter();
    const auto title = [](const QString &name, bool active) {
        return active ? name + QStringLiteral(" \u25cf") : name;
    };
    m_pages->setItemText(
        0, title(tr("Factions"), !shown.factions.isEmpty() || shown.factionRole == FactionRole::Initiator));
    m_pages->setItemText(1, title(tr("Event types"), !shown.eventTypes.isEmpty()));
    m_pages->setItemText(2,
                         title(tr("Places and tracks"), !shown.place.isEmpty() || !shown.tracks.isEmpty()));
    m_pages->setItemText(3, title(tr("Dates"), shown.from || shown.to));
    m_pages->setItemText(4,
                         title(tr("Claims and text"), !shown.search.isEmpty() || !shown.claimant.isEmpty() ||
                                                          shown.contestedOnly || shown.minFatalities >= 0));
}

} // namespace kt
