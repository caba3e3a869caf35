#pragma once

#include "core/SavedView.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace kt {

class EventStore;

// View → Saved views → Manage: the views kept in the store, each with its window, lanes and filters in
// words; open one, rename or delete it. A store that refuses (read-only, busy) says so in a message and
// keeps its views.
class SavedViewsDialog : public QDialog {
    Q_OBJECT
public:
    // `factions`: the store's factions, for "all factions but …" in the descriptions.
    SavedViewsDialog(EventStore &store, QStringList factions, QWidget *parent = nullptr);

    // One line about a view: "1 Oct 2023 – 30 Nov 2023 · lanes by faction · factions: FAMa".
    static QString describe(const SavedView &view, const QStringList &factions);
    QListWidget *list() const { return m_list; }
    void rename(const QString &name, const QString &newName);
    void remove(const QString &name);

Q_SIGNALS:
    void openRequested(const kt::SavedView &view);

private:
    void reload();
    void updateButtons();
    QString currentName() const;
    void refused(const std::exception &error);

    EventStore &m_store;
    QStringList m_factions;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace kt
