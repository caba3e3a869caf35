#include "store/SavedViews.h"

#include "core/InputError.h"
#include "store/EventStore.h"
#include "store/StoreError.h"

#include <QDateTime>

namespace kt {

SavedViews::SavedViews(EventStore &store)
    : m_store(store) {}

SavedView SavedViews::decode(const QString &name, const QByteArray &json) const {
    SavedView view;
    try {
        view = SavedView::fromJson(name, json, m_store.path());
    } catch (const InputError &error) {
        throw StoreError(error.what());
    }
    const FactionCatalog catalog = m_store.factionCatalog();
    QSet<QString> factions;
    for (const QString &faction : std::as_const(view.filter.factions))
        factions.insert(catalog.resolve(faction).value_or(faction));
    view.filter.factions = factions;
    return view;
}

QString SavedViews::checkedName(const QString &name) const {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        throw StoreError(m_store.path().toStdString() + ": a view needs a name");
    return trimmed;
}

QList<SavedView> SavedViews::list() const {
    QList<SavedView> views;
    Statement select = m_store.database().prepare("SELECT name, definition FROM views ORDER BY name");
    while (select.step())
        views << decode(select.text(0), select.text(1).toUtf8());
    return views;
}

std::optional<SavedView> SavedViews::find(const QString &name) const {
    Statement select = m_store.database().prepare("SELECT name, definition FROM views WHERE name = ?1");
    select.bind(1, name.simplified());
    if (!select.step())
        return std::nullopt;
    return decode(select.text(0), select.text(1).toUtf8());
}

void SavedViews::save(const SavedView &view) {
    const QString name = checkedName(view.name);
    Transaction transaction(m_store.database());
    // The name keeps the case it is given now.
    m_store.database().prepare("DELETE FROM views WHERE name = ?1").bind(1, name).exec();
    m_store.database()
        .prepare("INSERT INTO views(name, definition, saved_at) VALUES (?1, ?2, ?3)")
        .bind(1, name)
        .bind(2, QString::fromUtf8(view.toJson()))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .exec();
    transaction.commit();
}

void SavedViews::rename(const QString &name, const QString &newName) {
    const QString target = checkedName(newName);
    if (!find(name))
        throw StoreError(m_store.path().toStdString() + ": no view \"" + name.toStdString() + "\"");
    if (const auto taken = find(target); taken && taken->name.compare(name.simplified(), Qt::CaseInsensitive))
        throw StoreError(m_store.path().toStdString() + ": a view \"" + taken->name.toStdString() +
                         "\" already exists");
    m_store.database()
        .prepare("UPDATE views SET name = ?2 WHERE name = ?1")
        .bind(1, name.simplified())
        .bind(2, target)
        .exec();
}

void SavedViews::remove(const QString &name) {
    m_store.database().prepare("DELETE FROM views WHERE name = ?1").bind(1, name.simplified()).exec();
}

} // namespace kt
