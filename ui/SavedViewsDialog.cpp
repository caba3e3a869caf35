#include "ui/SavedViewsDialog.h"

#include "core/DayDate.h"
#include "store/EventStore.h"
#include "store/SavedViews.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace kt {

SavedViewsDialog::SavedViewsDialog(EventStore &store, QStringList factions, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_factions(std::move(factions))
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_rename(new QPushButton(tr("&Rename\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this)) {
    setWindowTitle(tr("Saved views"));
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setWordWrap(true);
    m_list->setMinimumSize(520, 260);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *button : {m_open, m_rename, m_delete})
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedViewsDialog::updateButtons);
    const auto open = [this] {
        try {
            if (const auto view = SavedViews(m_store).find(currentName())) {
                Q_EMIT openRequested(*view);
                accept();
            }
        } catch (const StoreError &error) {
            refused(error);
        }
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_list, &QListWidget::itemActivated, this, open);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QString name = currentName();
        bool ok = false;
        const QString newName =
            QInputDialog::getText(this, tr("Rename view"), tr("New name:"), QLineEdit::Normal, name, &ok);
        if (ok && newName.simplified() != name)
            rename(name, newName);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = currentName();
        if (QMessageBox::question(this, tr("Delete view"), tr("Delete the view \u201c%1\u201d?").arg(name)) ==
            QMessageBox::Yes)
            remove(name);
    });
    const bool writable = !m_store.isReadOnly();
    m_rename->setVisible(writable);
    m_delete->setVisible(writable);
    reload();
}

QString SavedViewsDialog::describe(const SavedView &view, const QStringList &factions) {
    const auto day = [](double msecs) { return DayDate::text(DayDate::dayOf(msecs)); };
    const QStringList laneNames{tr("lanes by track"), tr("lanes by faction"), tr("lanes by event type"),
                                tr("lanes by place")};
    QStringList parts{QStringLiteral("%1 \u2013 %2").arg(day(view.startMsecs), day(view.endMsecs - 1)),
                      laneNames.value(static_cast<int>(view.lanes))};
    const QString filters = view.filter.describe(factions);
    parts << (filters.isEmpty() ? tr("all events") : filters);
    if (!view.title.isEmpty())
        parts << tr("title \u201c%1\u201d").arg(view.title);
    return parts.join(QStringLiteral(" \u00b7 "));
}

void SavedViewsDialog::reload() {
    const QString current = m_list->currentItem() ? currentName() : QString();
    m_list->clear();
    try {
        for (const SavedView &view : SavedViews(m_store).list()) {
            auto *item =
                new QListWidgetItem(view.name + QLatin1Char('\n') + describe(view, m_factions), m_list);
            item->setData(Qt::UserRole, view.name);
            item->setToolTip(describe(view, m_factions));
            if (view.name == current)
                m_list->setCurrentItem(item);
        }
    } catch (const StoreError &error) {
        refused(error);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_list->count() == 0) {
        auto *none = new QListWidgetItem(
            tr("No saved view yet: View \u2192 Saved views \u2192 Save view\u2026"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void SavedViewsDialog::updateButtons() {
    const bool chosen = !currentName().isEmpty();
    for (QPushButton *button : {m_open, m_rename, m_delete})
        button->setEnabled(chosen);
}

QString SavedViewsDialog::currentName() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SavedViewsDialog::rename(const QString &name, const QString &newName) {
    try {
        SavedViews(m_store).rename(name, newName);
    } catch (const StoreError &error) {
        refused(error);
    }
    reload();
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == newName.simplified())
            m_list->setCurrentRow(row);
}

void SavedViewsDialog::remove(const QString &name) {
    try {
        SavedViews(m_store).remove(name);
    } catch (const StoreError &error) {
        refused(error);
    }
    reload();
}

void SavedViewsDialog::refused(const std::exception &error) {
    QMessageBox::warning(this, windowTitle(), QString::fromStdString(error.what()));
}

} // namespace kt
