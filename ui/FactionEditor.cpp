#include "ui/FactionEditor.h"

#include "store/EventStore.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kt {

FactionEditor::FactionEditor(EventStore &store, const FactionCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Actors under \u201cOther\u201d"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These actors of the imported datasets belong to no faction, so their events "
                                "are drawn as \u201cOther\u201d. Choose a faction for an actor: its stored "
                                "events move there, and later imports map the name the same way."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Actor, as written"), tr("Events"), tr("Faction")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *applyButton = buttons->button(QDialogButtonBox::Apply);
    applyButton->setEnabled(!m_store.isReadOnly());
    connect(applyButton, &QPushButton::clicked, this, [this] {
        try {
            const int moved = apply();
            Q_EMIT actorsMapped(moved);
        } catch (const StoreError &error) {
            QMessageBox::warning(this, windowTitle(), QString::fromStdString(error.what()));
        }
    });
    resize(720, 480);
    fill();
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
