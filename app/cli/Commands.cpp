#include "cli/Commands.h"

#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "core/InputError.h"
#include "core/SavedView.h"
#include "extract/ArticleReader.h"
#include "extract/Extractor.h"
#include "extract/Gazetteer.h"
#include "io/AcledGenerator.h"
#include "io/EventExport.h"
#include "io/EventJson.h"
#include "io/FileImport.h"
#include "store/SavedViews.h"
#include "store/StoreError.h"
#include "ui/ChartRenderer.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/TimelineView.h"
#include "view/ViewportQuery.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace kt::Commands {

namespace {

void printError(const QString &message) {
    std::fprintf(stderr, "kidal-timeline: %s\n", message.toLocal8Bit().constData());
}

void printOut(const QByteArray &bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// Writes to -o FILE when given, else to standard output.
void output(const CommandLine &line, const QByteArray &bytes) {
    if (line.output.isEmpty()) {
        printOut(bytes);
        return;
    }
    QFile file(line.output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw InputError(line.output, 0, QStringLiteral("cannot write the file: %1").arg(file.errorString()));
}

void printReport(const DatasetReport &report) {
    std::printf("%s: %lld rows, %lld events added, %lld already stored, %lld bad rows skipped\n",
                report.path.toLocal8Bit().constData(), static_cast<long long>(report.rows),
                static_cast<long long>(report.added), static_cast<long long>(report.existing),
                static_cast<long long>(report.skipped.size()));
    if (report.merged > 0)
        std::printf("  %lld rows gave an event of the file another side (one row per actor)\n",
                    static_cast<long long>(report.merged));
    for (const QString &notice : report.notices)
        std::printf("  %s\n", notice.toLocal8Bit().constData());
    for (const QString &skipped : report.skipped)
        std::fprintf(stderr, "kidal-timeline: skipped %s\n", skipped.toLocal8Bit().constData());
}

// A store made for an import that failed is removed, with SQLite's files beside it: the import leaves
// nothing.
void removeStoreMadeFor(std::unique_ptr<EventStore> &store, bool existed, const QString &path) {
    if (existed)
        return;
    store.reset();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

int runImport(const CommandLine &line) {
    // Articles and events JSON are read before anything is written; dataset files are streamed inside the
    // same transaction. A bad file anywhere leaves the store as it was.
    FileImport import(line.files, line.published, line.skipBadRows);
    try {
        import.read();
    } catch (const InputError &error) {
        throw InputError(error.file(), error.line(),
                         error.reason() + QStringLiteral("; nothing was imported"));
    }
    const bool storeExisted = line.db.isEmpty() || QFile::exists(line.db);
    std::unique_ptr<EventStore> store;
    FileImport::Result result;
    QElapsedTimer timer;
    timer.start();
    try {
        store = DefaultStore::open(line.db);
        result = import.write(*store);
    } catch (const InputError &error) {
        removeStoreMadeFor(store, storeExisted, line.db);
        throw InputError(error.file(), error.line(),
                         error.reason() + QStringLiteral("; nothing was imported"));
    } catch (const StoreError &error) {
        removeStoreMadeFor(store, storeExisted, line.db);
        throw StoreError(std::string(error.what()) + "; nothing was imported", error.sqliteCode());
    }
    const double committed = static_cast<double>(timer.elapsed()) / 1000.0;
    for (const FileImport::ArticleResult &article : std::as_const(result.articles))
        std::printf("%s: %d events added, %d already stored%s\n", article.path.toLocal8Bit().constData(),
                    article.added.added, article.added.existing,
                    article.added.merged == 0
                        ? ""
                        : QStringLiteral("; %1 of them told by another article, kept as its sources")
                              .arg(article.added.merged)
                              .toLocal8Bit()
                              .constData());
    for (const DatasetReport &report : std::as_const(result.datasets))
        printReport(report);
    const QStringList &unknown = result.unknownActors;
    if (!unknown.isEmpty())
        std::printf("%lld actors are under \"Other\" (no faction knows them): %s\n"
                    "  map one with: kidal-timeline map-actor \"ACTOR\" FACTION\n",
                    static_cast<long long>(unknown.size()),
                    unknown.join(QStringLiteral("; ")).toLocal8Bit().constData());
    std::printf("%s: %lld events in the store (committed in %.2f s)\n",
                store->path().toLocal8Bit().constData(), static_cast<long long>(store->eventCount()),
                committed);
    // A large store keeps a snapshot of its timeline index, for `export` and the window to open it quickly.
    if (store->eventCount() >= static_cast<qint64>(store->snapshotFrom())) {
        timer.restart();
        store->loadIndex();
        std::printf("timeline index: kept for quick opening in %.2f s\n",
                    static_cast<double>(timer.elapsed()) / 1000.0);
    }
    std::fflush(stdout);
    // A large backlog of the full-text index is left for later: the window builds it in the background, a
    // search from the command line before it does. Searches never miss the events not indexed yet.
    if (const qint64 backlog = store->unindexedCount(); backlog > EventStore::kSearchCatchUpAtOpen) {
        std::printf("full-text index: %lld events to index later (the window does it in the background, "
                    "or the first search)\n",
                    static_cast<long long>(backlog));
        return Done;
    }
    timer.restart();
    const qint64 indexed = store->updateSearchIndex();
    std::printf("full-text index: %lld events indexed in %.2f s\n", static_cast<long long>(indexed),
                static_cast<double>(timer.elapsed()) / 1000.0);
    return Done;
}

int runGenerate(const CommandLine &line) {
    QElapsedTimer timer;
    timer.start();
    AcledGenerator(line.seed).write(line.output, line.events);
    std::printf("%s: %lld ACLED rows (seed %llu) in %.2f s\n", line.output.toLocal8Bit().constData(),
                static_cast<long long>(line.events), static_cast<unsigned long long>(line.seed),
                static_cast<double>(timer.elapsed()) / 1000.0);
    return Done;
}

int runMapActor(const CommandLine &line) {
    auto store = DefaultStore::open(line.db, EventStore::Access::ReadWrite);
    const auto faction = store->factionCatalog().resolve(line.files.at(1));
    if (!faction)
        throw UsageError(QStringLiteral("unknown faction \"%1\"").arg(line.files.at(1)));
    const int moved = store->remapActor(line.files.at(0), *faction);
    store->updateSearchIndex();
    std::printf("\"%s\" is now %s: %d stored events moved; later imports map it the same way\n",
                line.files.at(0).toLocal8Bit().constData(), faction->toLocal8Bit().constData(), moved);
    return Done;
}

int runExtract(const CommandLine &line) {
    const DocumentEvents extraction =
        Extractor().extract(ArticleReader::readFile(line.files.first(), line.published));
    printOut(EventJson::write(extraction.document, extraction.events));
    return Done;
}

// Opens the store for a command that only reads. A search (--search, --place) on a store whose full-text
// index is far behind builds the index first when the file can be written: reading the events not indexed
// one by one would take minutes on a million.
std::unique_ptr<EventStore> openForReading(const CommandLine &line) {
    auto store = DefaultStore::open(line.db, EventStore::Access::ReadOnly);
    const bool searches = !line.search.trimmed().isEmpty() || !line.place.trimmed().isEmpty();
    if (const qint64 backlog = searches ? store->unindexedCount() : 0;
        backlog > EventStore::kSearchCatchUpAtOpen && QFileInfo(store->path()).isWritable()) {
        const QString path = store->path();
        store.reset();
        std::fprintf(stderr, "kidal-timeline: building the full-text index first (%lld events)\n",
                     static_cast<long long>(backlog));
        EventStore(path, EventStore::Access::ReadWrite).updateSearchIndex();
        store = DefaultStore::open(line.db, EventStore::Access::ReadOnly);
    }
    return store;
}

int runEvents(const CommandLine &line) {
    auto store = openForReading(line);
    const Filter filter = filterFrom(line, store->factionCatalog());
    const auto format =
        line.format == QLatin1String("csv") ? EventExport::Format::Csv : EventExport::Format::Json;
    if (!line.output.isEmpty()) {
        EventExport::write(*store, filter, format, Gazetteer::bundled(), line.output);
        return Done;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        throw InputError(QStringLiteral("<stdout>"), 0, out.errorString());
    EventExport::write(*store, filter, format, Gazetteer::bundled(), out, QStringLiteral("<stdout>"));
    return Done;
}

LaneKey laneKeyOf(const CommandLine &line) {
    return laneKeyFromName(line.lanes).value_or(LaneKey::Track);
}

// Draws one view into `path`; returns how many events were drawn and whether as bars.
std::pair<qint64, bool> drawView(const EventStore &store, ViewportQuery &query, const SavedView &view,
                                 QSize size, const QString &path, const FactionCatalog &catalog) {
    query.setFilter(view.filter);
    query.setLaneMode(view.lanes);
    RenderRequest request =
        ChartRenderer::requestFor(store, query, view.startMsecs, view.endMsecs, view.title, size);
    request.barScale = view.barScale;
    const QString error = ChartRenderer::save(path, request, catalog);
    if (!error.isEmpty())
        throw InputError(path, 0, error);
    return {request.shown, request.bins.has_value()};
}

void printDrawn(const QString &path, std::pair<qint64, bool> drawn) {
    std::printf("%s: %lld events drawn%s\n", path.toLocal8Bit().constData(),
                static_cast<long long>(drawn.first), drawn.second ? " as bars" : "");
}

SavedView savedView(EventStore &store, const QString &name) {
    SavedViews views(store);
    if (auto view = views.find(name))
        return *view;
    QStringList names;
    for (const SavedView &view : views.list())
        names << view.name;
    throw InputError(
        store.path(), 0,
        names.isEmpty()
            ? QStringLiteral("no view \"%1\": the store has no saved view").arg(name)
            : QStringLiteral("no view \"%1\" (views: %2)").arg(name, names.join(QStringLiteral(", "))));
}

// A file name for a view's picture: the view's name without the characters file systems refuse.
QString fileNameOf(const QString &viewName, const QString &suffix, QSet<QString> &taken) {
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]+"));
    QString base = viewName;
    base.replace(refused, QStringLiteral("-"));
    base = base.trimmed();
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("view"));
    QString name = base + QLatin1Char('.') + suffix;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(suffix);
    taken.insert(name.toLower());
    return name;
}

int runAllViews(const CommandLine &line, EventStore &store, ViewportQuery &query,
                const FactionCatalog &catalog) {
    const QList<SavedView> views = SavedViews(store).list();
    if (views.isEmpty())
        throw InputError(
            store.path(), 0,
            QStringLiteral("the store has no saved view (save one from the window's View menu)"));
    const QDir folder(line.allViews);
    if (!folder.exists() && !QDir().mkpath(line.allViews))
        throw InputError(line.allViews, 0, QStringLiteral("cannot make the folder"));
    QSet<QString> taken;
    const QString suffix = line.format.isEmpty() ? QStringLiteral("png") : line.format;
    for (const SavedView &view : views) {
        const QString path = folder.filePath(fileNameOf(view.name, suffix, taken));
        printDrawn(path, drawView(store, query, view, line.size, path, catalog));
    }
    return Done;
}

int runExport(const CommandLine &line) {
    auto store = openForReading(line);
    const FactionCatalog catalog = store->factionCatalog();
    ViewportQuery query(*store);
    if (!line.allViews.isEmpty())
        return runAllViews(line, *store, query, catalog);
    SavedView view;
    if (!line.view.isEmpty()) {
        view = savedView(*store, line.view);
        if (!line.title.isEmpty())
            view.title = line.title;
    } else {
        view.filter = filterFrom(line, catalog);
        view.lanes = laneKeyOf(line);
        view.barScale = barScaleFromName(line.bars).value_or(BarScale::PerLane);
        view.title = line.title;
        // The window spans the whole store unless --from/--to narrow it.
        query.setFilter(view.filter);
        const auto [start, end] = query.fitWindow();
        view.startMsecs = view.filter.from ? static_cast<double>(DayDate::toMsecs(*view.filter.from)) : start;
        view.endMsecs = view.filter.to ? static_cast<double>(DayDate::toMsecs(*view.filter.to + 1)) : end;
    }
    printDrawn(line.output, drawView(*store, query, view, line.size, line.output, catalog));
    return Done;
}

int runViews(const CommandLine &line) {
    auto store = openForReading(line);
    const FactionCatalog catalog = store->factionCatalog();
    QStringList factions;
    for (const Faction &faction : catalog.factions())
        factions << faction.name;
    QByteArray text;
    for (const SavedView &view : SavedViews(*store).list()) {
        const auto day = [](double msecs) {
            return DayDate::toIso(static_cast<Day>(std::floor(DayDate::msecsToDays(msecs))));
        };
        const QString filters = view.filter.describe(factions);
        text += QStringLiteral("%1\t%2 \u2013 %3\tlanes: %4\t%5\n")
                    .arg(view.name, day(view.startMsecs), day(view.endMsecs - 1), laneKeyName(view.lanes),
                         filters.isEmpty() ? QStringLiteral("no filter") : filters)
                    .toUtf8();
    }
    output(line, text);
    return Done;
}

} // namespace

Filter filterFrom(const CommandLine &line, const FactionCatalog &catalog) {
    Filter filter;
    for (const QString &name : line.factions) {
        const auto faction = catalog.resolve(name);
        if (!faction) {
            QStringList known;
            for (const Faction &f : catalog.factions())
                known << f.name;
            throw UsageError(
                QStringLiteral(
                    "unknown faction \"%1\" (factions: %2; aliases such as HCUA or Wagner Group work too)")
                    .arg(name, known.join(QStringLiteral(", "))));
        }
        filter.factions.insert(*faction);
    }
    for (const QString &type : line.types)
        filter.eventTypes.insert(type);
    filter.place = line.place;
    filter.search = line.search;
    for (const QString &track : line.tracks)
        filter.tracks.insert(track);
    filter.factionRole = line.role == QLatin1String("initiator") ? FactionRole::Initiator : FactionRole::Any;
    filter.claimant = line.claimant;
    filter.contestedOnly = line.contested;
    filter.minFatalities = line.minFatalities;
    auto day = [](const QString &option, const QString &text) -> std::optional<Day> {
        if (text.isEmpty())
            return std::nullopt;
        const auto parsed = DayDate::fromIso(text);
        if (!parsed)
            throw UsageError(QStringLiteral("%1 must be a date YYYY-MM-DD, not \"%2\"").arg(option, text));
        return parsed;
    };
    filter.from = day(QStringLiteral("--from"), line.from);
    filter.to = day(QStringLiteral("--to"), line.to);
    if (filter.from && filter.to && *filter.to < *filter.from)
        throw UsageError(QStringLiteral("--to is before --from"));
    return filter;
}

int run(const CommandLine &line) {
    try {
        if (line.command == QLatin1String("import"))
            return runImport(line);
        if (line.command == QLatin1String("extract"))
            return runExtract(line);
        if (line.command == QLatin1String("events"))
            return runEvents(line);
        if (line.command == QLatin1String("export"))
            return runExport(line);
        if (line.command == QLatin1String("views"))
            return runViews(line);
        if (line.command == QLatin1String("generate"))
            return runGenerate(line);
        if (line.command == QLatin1String("map-actor"))
            return runMapActor(line);
        return runGui(line);
    } catch (const UsageError &error) {
        printError(QString::fromStdString(error.what()));
        std::fprintf(stderr, "Try 'kidal-timeline --help'.\n");
        return Usage;
    } catch (const InputError &error) {
        printError(QString::fromStdString(error.what()));
        return BadInput;
    } catch (const StoreError &error) {
        printError(QString::fromStdString(error.what()));
        return StoreFailure;
    }
}

int runGui(const CommandLine &line) {
    // Without --db, the store the window showed last, else the user's default store.
    QString db = line.db;
    if (db.isEmpty())
        db = Settings().recentStores().value(0);
    std::unique_ptr<EventStore> store;
    try {
        store = DefaultStore::openForViewing(db);
    } catch (const StoreError &error) {
        // Started from a desktop, nobody reads stderr: say it in a dialog too.
        printError(QString::fromStdString(error.what()));
        QMessageBox::critical(nullptr, QStringLiteral("kidal-timeline"),
                              QString::fromStdString(error.what()));
        return StoreFailure;
    }
    Settings().addRecentStore(store->path());
    auto *window = new MainWindow(std::move(store));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (line.quitAfterFirstPaint) {
        // Quit once the timeline has been painted: measures start-up to the first picture.
        // A large store's window shows before its events (read off the GUI thread): the paint that counts
        // is the first with them.
        class FirstPaint : public QObject {
        public:
            explicit FirstPaint(MainWindow *window)
                : QObject(window)
                , m_window(window) {}
            bool eventFilter(QObject *watched, QEvent *event) override {
                if (event->type() == QEvent::Paint && m_window->isStoreShown()) {
                    // Said the moment it happens, for a caller that times the start (the bench).
                    std::fputs("kidal-timeline: first paint\n", stderr);
                    std::fflush(stderr);
                    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
                }
                return QObject::eventFilter(watched, event);
            }

        private:
            MainWindow *m_window;
        };
        window->timelineView()->viewport()->installEventFilter(new FirstPaint(window));
    }
    window->show();
    const int status = QApplication::exec();
    // Windows still open when quit was asked close their stores here, not at exit.
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<MainWindow *>(widget))
            delete widget;
    return status;
}

} // namespace kt::Commands
