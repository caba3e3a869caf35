#include "ui/FactionEditor.h"

#include "store/EventStore.h"
#include "store/StoreError.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kt {

FactionEditor::FactionEditor(EventStore &store, const FactionCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_table(new QTableWidget(this))
    , m_factions(new QListWidget(this)) {
    setWindowTitle(tr("Factions and actors"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(windowTitle());
    tabs->addTab(createFactionsTab(), tr("&Factions"));
    tabs->addTab(createActorsTab(), tr("&Actors under \u201cOther\u201d"));
    layout->addWidget(tabs);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 520);
    fillFactions();
    fill();
}

QWidget *FactionEditor::createFactionsTab() {
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_factions->setAccessibleName(tr("Factions"));
    layout->addWidget(m_factions, 1);
    auto *buttons = new QVBoxLayout;
    const bool writable = !m_store.isReadOnly();
    auto *create = new QPushButton(tr("&New faction\u2026"), page);
    auto *rename = new QPushButton(tr("&Rename\u2026"), page);
    auto *colour = new QPushButton(tr("&Colour\u2026"), page);
    for (QPushButton *button : {create, rename, colour}) {
        button->setEnabled(writable);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(create, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("New faction"), tr("Name:"));
        if (name.trimmed().isEmpty())
            return;
        const QColor color =
            QColorDialog::getColor(QColor(0x80, 0x80, 0x80), this, tr("Colour of %1").arg(name));
        if (color.isValid())
            createFaction(name, color);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const QString name = currentFaction();
        if (name.isEmpty())
            return;
        const QString newName = QInputDialog::getText(
            this, tr("Rename faction"), tr("New name of %1:").arg(name), QLineEdit::Normal, name);
        if (!newName.trimmed().isEmpty() && newName != name)
            renameFaction(name, newName);
    });
    connect(colour, &QPushButton::clicked, this, [this] {
        const QString name = currentFaction();
        if (name.isEmpty())
            return;
        const QColor color =
            QColorDialog::getColor(QColor(m_catalog.color(name)), this, tr("Colour of %1").arg(name));
        if (color.isValid())
            recolourFaction(name, color);
    });
    return page;
}

QWidget *FactionEditor::createActorsTab() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("These actors of the imported datasets belong to no faction, so their events "
                                "are drawn as \u201cOther\u201d. Choose a faction for an actor: its stored "
                                "events move there, and later imports map the name the same way."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Actor, as written"), tr("Events"), tr("Faction")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);
    auto *applyButton = new QPushButton(tr("A&pply"), page);
    applyButton->setEnabled(!m_store.isReadOnly());
    layout->addWidget(applyButton, 0, Qt::AlignRight);
    connect(applyButton, &QPushButton::clicked, this, [this] {
        try {
            const int moved = apply();
            Q_EMIT actorsMapped(moved);
        } catch (const StoreError &error) {
            QMessageBox::warning(this, windowTitle(), QString::fromStdString(error.what()));
        }
    });
    return page;
}

QString FactionEditor::currentFaction() const {
    const QListWidgetItem *item = m_factions->currentItem();
    return item ? item->text() : QString();
}

void FactionEditor::fillFactions() {
    const QString current = currentFaction();
    m_factions->clear();
    for (const Faction &faction : m_catalog.factions()) {
        QPixmap swatch(14, 14);
        swatch.fill(QColor(faction.color));
        auto *item = new QListWidgetItem(QIcon(swatch), faction.name, m_factions);
        item->setToolTip(faction.description);
        if (faction.name == current)
            m_factions->setCurrentItem(item);
    }
}

template <typename Change> bool FactionEditor::changeFactions(Change &&change) {
    try {
        change();
    } catch (const StoreError &error) {
        // Not modal to the application: the dialog and the window stay usable.
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), QString::fromStdString(error.what()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_factionsChanged = true;
    m_catalog = m_store.factionCatalog();
    fillFactions();
    fill();
    return true;
}

bool FactionEditor::createFaction(const QString &name, const QColor &color) {
    return changeFactions([&] { m_store.addFaction(name, color.name()); });
}

bool FactionEditor::renameFaction(const QString &name, const QString &newName) {
    return changeFactions([&] { m_store.renameFaction(name, newName); });
}

bool FactionEditor::recolourFaction(const QString &name, const QColor &color) {
    return changeFactions([&] { m_store.setFactionColor(name, color.name()); });
}

void FactionEditor::fill() {
    const QList<std::pair<QString, qint64>> actors = m_store.otherActors();
    m_table->setRowCount(static_cast<int>(actors.size()));
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto &[actor, events] = actors.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(actor));
        auto *count = new QTableWidgetItem(locale.toString(events));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("(leave under Other)"));
        for (const Faction &faction : m_catalog.factions())
            if (faction.name != FactionCatalog::otherFactionName())
                choice->addItem(faction.name, faction.name);
        choice->setEnabled(!m_store.isReadOnly());
        m_table->setCellWidget(row, 2, choice);
    }
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
}

int FactionEditor::apply() {
    int moved = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
        const QString faction = choice ? choice->currentData().toString() : QString();
        if (!faction.isEmpty())
            moved += m_store.remapActor(m_table->item(row, 0)->text(), faction);
    }
    if (moved > 0)
        m_store.updateSearchIndex();
    fill();
    return moved;
}

} // namespace kt
