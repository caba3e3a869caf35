// kidal-timeline-bench: the speed and memory figures of the program, one case at a time.
//   kidal-timeline-bench --list
//   kidal-timeline-bench CASE [--events N] [--dir DIR]
// Each figure is one line: "CASE figure: median X ms, p95 Y ms" (or rows/s, MiB, a ratio).

#include "bench/DevsetScore.h"
#include "core/DayDate.h"
#include "core/EventIndex.h"
#include "core/TextNormalizer.h"
#include "extract/ArticleReader.h"
#include "extract/ClaimLinker.h"
#include "extract/EventClassifier.h"
#include "extract/Extractor.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"
#include "io/AcledCsvReader.h"
#include "io/AcledGenerator.h"
#include "io/AcledImporter.h"
#include "store/EventStore.h"
#include "store/ImportTransaction.h"
#include "ui/MainWindow.h"
#include "ui/TimelineView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <vector>

namespace {

struct Options {
    qint64 events = 1'000'000;
    QString dir;
    QString texts; // devset: where the texts of the annotated articles are
};

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void printTimes(const char *name, const char *figure, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p95 =
        ms.at(std::min(ms.size() - 1, static_cast<std::size_t>(static_cast<double>(ms.size()) * 0.95)));
    std::printf("%s %s: median %.1f ms, p95 %.1f ms (%zu runs)\n", name, figure, median, p95, ms.size());
}

QString generated(const Options &options) {
    QString path = QDir(options.dir).filePath(QStringLiteral("generated-%1.csv").arg(options.events));
    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        kt::AcledGenerator(1).write(path, options.events);
        std::printf("# generated %lld rows in %.2f s: %s\n", static_cast<long long>(options.events),
                    static_cast<double>(timer.elapsed()) / 1000.0, path.toLocal8Bit().constData());
    }
    return path;
}

QString storePath(const Options &options) {
    return QDir(options.dir).filePath(QStringLiteral("store-%1.sqlite").arg(options.events));
}

void removeStore(const QString &path) {
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The program next to the bench (built by the same target).
QString program() {
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../kidal-timeline");
}

// Peak resident memory of the children waited for so far.
double childrenPeakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Import: the whole program (`kidal-timeline import`, to a store the window opens on) against sqlite3's own
// CSV import of the same file, one after the other in the same run, three times each; the medians compared.
int runImport(const Options &options) {
    const QString csv = generated(options);
    const QString baselineDb = QDir(options.dir).filePath(QStringLiteral("sqlite3-import.db"));
    const QString db = storePath(options) + QStringLiteral(".import");
    std::vector<double> baseline;
    std::vector<double> ours;
    for (int run = 0; run < 3; ++run) {
        removeStore(baselineDb);
        QElapsedTimer timer;
        timer.start();
        if (QProcess::execute(QStringLiteral("sqlite3"),
                              {baselineDb, QStringLiteral(".import --csv %1 t").arg(csv)}) != 0) {
            std::fprintf(
                stderr, "kidal-timeline-bench: sqlite3 .import failed (is the sqlite3 program installed?)\n");
            return 1;
        }
        baseline.push_back(static_cast<double>(timer.elapsed()));
        removeStore(baselineDb);
        removeStore(db);
        timer.restart();
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program(), {QStringLiteral("import"), QStringLiteral("--db"), db, csv});
        process.waitForFinished(-1);
        ours.push_back(static_cast<double>(timer.elapsed()));
        if (process.exitCode() != 0) {
            std::fprintf(stderr, "kidal-timeline-bench: kidal-timeline import failed (exit %d)\n",
                         process.exitCode());
            return 1;
        }
        if (run == 0)
            std::printf("# %s", process.readAllStandardOutput().constData());
    }
    printTimes("import", "sqlite3 .import, whole process", baseline);
    printTimes("import", "kidal-timeline import, whole process", ours);
    std::sort(baseline.begin(), baseline.end());
    std::sort(ours.begin(), ours.end());
    std::printf("import ratio ours/sqlite3 (medians): %.2f\n", ours.at(1) / baseline.at(1));
    std::printf("import peak RSS of the programs run: %.0f MiB\n", childrenPeakRssMiB());
    {
        kt::EventStore store(db);
        QElapsedTimer timer;
        timer.start();
        const qint64 indexed = store.updateSearchIndex();
        std::printf(
            "import full-text index afterwards (the window's background job): %.0f ms for %lld events\n",
            static_cast<double>(timer.elapsed()), static_cast<long long>(indexed));
    }
    removeStore(db);
    return 0;
}

// A store of the generated rows, made once and kept in the bench folder.
QString storeWith(const Options &options) {
    QString db = storePath(options);
    if (!QFile::exists(db)) {
        kt::EventStore store(db);
        kt::ImportTransaction transaction(store);
        kt::AcledImporter importer(transaction, store.factionCatalog());
        importer.importFile(generated(options), false);
        transaction.commit();
        store.updateSearchIndex();
    }
    kt::EventStore(db)
        .loadIndex(); // as `import` leaves it: with the snapshot of its index (made when missing)
    return db;
}

// Opening a store and building the timeline's in-memory index.
int runOpenIndex(const Options &options) {
    const QString db = storeWith(options);
    std::vector<double> times;
    std::size_t size = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const kt::EventStore store(db);
        const kt::EventIndex index = store.loadIndex();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        size = index.size();
    }
    std::printf("open-index events: %zu\n", size);
    printTimes("open-index", "open store + build index", times);
    std::printf("open-index peak RSS: %.0f MiB\n", peakRssMiB());
    return 0;
}

// The CSV reader alone: how fast rows come off the disk cache.
int runParse(const Options &options) {
    const QString csv = generated(options);
    std::vector<double> times;
    qint64 rows = 0;
    qint64 bytes = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        kt::AcledCsvReader reader(csv);
        kt::AcledRow row;
        rows = 0;
        while (reader.next(row).kind != kt::AcledCsvReader::Result::End)
            ++rows;
        bytes = reader.bytesRead();
        times.push_back(static_cast<double>(timer.elapsed()));
    }
    std::sort(times.begin(), times.end());
    std::printf("parse rows: %lld, %.0f MiB\n", static_cast<long long>(rows),
                static_cast<double>(bytes) / (1 << 20));
    printTimes("parse", "read every row", times);
    std::printf("parse throughput: %.0f rows/s\n", static_cast<double>(rows) / times.at(1) * 1000.0);
    return 0;
}

// Runs the event loop until `done` (a read off the GUI thread has come back), at most ten seconds.
void waitFor(const std::function<bool()> &done) {
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

// One scripted tour of the real window, offscreen at 1920x1080: from everything down to a single day in the
// Kidal offensive, zooming and panning. Each step is timed from the view change to the end of the repaint
// (index query, chart update, render).
std::vector<double> tour(const QString &db) {
    kt::EventStore store(db);
    kt::MainWindow window(store);
    window.resize(1920, 1080);
    window.show();
    QApplication::processEvents();
    waitFor([&window] { return window.isStoreShown(); }); // a large store's index is read off the GUI thread
    kt::ViewState *state = window.viewState();
    QWidget *viewport = window.timelineView()->viewport();
    const double anchor =
        static_cast<double>(kt::DayDate::toMsecs(kt::DayDate::fromDate(QDate(2023, 11, 12)))) + 43'200'000.0;
    const double fullSpan = state->window().span();
    constexpr int kSteps = 200;
    constexpr int kZooms = kSteps - kSteps / 5;
    // From the whole span down to one day in kZooms steps.
    const double factor = std::pow(86'400'000.0 / fullSpan, 1.0 / kZooms);
    std::vector<double> times;
    times.reserve(kSteps);
    for (int step = 0; step < kSteps; ++step) {
        QElapsedTimer timer;
        timer.start();
        if (step % 5 == 4)
            state->panBy((step / 5 % 2 == 0 ? 0.1 : -0.1) * state->window().span(),
                         kt::ViewState::History::NewStep);
        else
            state->zoomBy(factor, anchor, kt::ViewState::History::NewStep);
        viewport->repaint();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

int runTour(const Options &options) {
    Options small = options;
    small.events = 10'000;
    const QString smallDb = storeWith(small);
    const QString largeDb = storeWith(options);
    tour(smallDb); // warm the caches and the fonts
    const std::vector<double> smallTimes = tour(smallDb);
    const std::vector<double> largeTimes = tour(largeDb);
    printTimes("tour", QStringLiteral("%1 events, 200 steps").arg(small.events).toLatin1().constData(),
               smallTimes);
    printTimes("tour", QStringLiteral("%1 events, 200 steps").arg(options.events).toLatin1().constData(),
               largeTimes);
    std::printf("tour ratio of medians (%lld / %lld events): %.2f\n", static_cast<long long>(options.events),
                static_cast<long long>(small.events), median(largeTimes) / median(smallTimes));
    std::printf("tour peak RSS: %.0f MiB\n", peakRssMiB());
    return 0;
}

// Extraction throughput: the bundled French article, extracted again and again on one core, in MB of
// article text per second.
int runExtract(const Options &) {
    const kt::Document seed =
        kt::ArticleReader::readFile(QStringLiteral(":/articles/sahel-intelligence-2023-11-13-kidal.txt"));
    const double bytes = static_cast<double>(seed.body.toUtf8().size());
    const kt::Extractor extractor;
    std::vector<double> rates;
    std::size_t events = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        int documents = 0;
        while (timer.elapsed() < 1000) {
            events = static_cast<std::size_t>(extractor.extract(seed).events.size());
            ++documents;
        }
        rates.push_back(bytes * documents / (static_cast<double>(timer.nsecsElapsed()) / 1e9) / 1e6);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("extract article: %.0f bytes of text, %zu events each time\n", bytes, events);
    std::printf("extract throughput: median %.2f MB/s, slowest run %.2f MB/s (one core, 7 runs of 1 s)\n",
                rates.at(rates.size() / 2), rates.front());

    // Where the time goes: the extractor's stages run alone over the article's sentences, in µs per
    // article (the extractor itself runs some of them on parts of a sentence, or twice).
    const QList<kt::Sentence> sentences = kt::SentenceSplitter::split(seed.body);
    kt::TemporalTagger::Context context;
    context.reference = kt::DayDate::fromDate(seed.published);
    const auto stage = [&sentences](const char *name, const std::function<void(const QString &)> &work) {
        constexpr int rounds = 2000;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < rounds; ++round)
            for (const kt::Sentence &sentence : sentences)
                work(sentence.text);
        std::printf("extract stage %-22s %7.1f us per article\n", name,
                    static_cast<double>(timer.nsecsElapsed()) / 1e3 / rounds);
    };
    const kt::Gazetteer &gazetteer = kt::Gazetteer::bundled();
    stage("fold", [](const QString &text) { kt::TextNormalizer::fold(text); });
    stage("gazetteer", [&gazetteer](const QString &text) { gazetteer.find(text); });
    stage("attribution",
          [&gazetteer](const QString &text) { kt::ClaimLinker::attribution(text, gazetteer.find(text)); });
    stage("temporal", [&context](const QString &text) { kt::TemporalTagger::tag(text, context); });
    stage("future tense", [](const QString &text) { kt::TemporalTagger::speaksOfFuture(text); });
    stage("classify", [](const QString &text) { kt::EventClassifier::classify(text); });
    stage("measure", [](const QString &text) { kt::EventClassifier::measure(text); });
    stage("statement", [](const QString &text) { kt::EventClassifier::statement(text); });
    return 0;
}

// The extractor against the hand-annotated development set of real reporting (tests/devset): precision,
// recall, the exact day, sides and types, each miss and each spurious event listed; then its throughput on
// those texts.
int runDevset(const Options &options) {
    const QString annotations = QStringLiteral(KT_SOURCE_DIR "/tests/devset/annotations");
    const QString texts =
        options.texts.isEmpty() ? QStringLiteral(KT_SOURCE_DIR "/tests/devset/texts") : options.texts;
    kt::devset::Score total;
    QMap<QString, kt::devset::Score> byLanguage;
    qint64 bytes = 0;
    QList<kt::Document> documents;
    const QStringList files =
        QDir(annotations).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int missingTexts = 0;
    for (const QString &file : files) {
        const kt::devset::Annotation annotation =
            kt::devset::readAnnotation(QDir(annotations).filePath(file));
        const QString textPath = QDir(texts).filePath(annotation.id + QStringLiteral(".txt"));
        if (!QFile::exists(textPath)) {
            ++missingTexts;
            continue;
        }
        const kt::Document document = kt::ArticleReader::readFile(textPath);
        documents << document;
        bytes += document.body.toUtf8().size();
        const QList<kt::Event> events = kt::Extractor().extract(document).events;
        const std::vector<kt::devset::Pair> pairs = kt::devset::match(annotation.events, events);
        kt::devset::Score score;
        score.add(annotation.events, events, pairs);
        total.add(annotation.events, events, pairs);
        byLanguage[annotation.language].add(annotation.events, events, pairs);
        std::printf("\n%s: %lld gold, %lld extracted, %lld matched\n",
                    annotation.id.toLocal8Bit().constData(), static_cast<long long>(score.gold),
                    static_cast<long long>(score.extracted), static_cast<long long>(score.matched));
        std::vector<bool> goldMatched(static_cast<std::size_t>(annotation.events.size()), false);
        std::vector<bool> extractedMatched(static_cast<std::size_t>(events.size()), false);
        for (const kt::devset::Pair &pair : pairs) {
            goldMatched[static_cast<std::size_t>(pair.gold)] = true;
            extractedMatched[static_cast<std::size_t>(pair.extracted)] = true;
            const kt::devset::GoldEvent &g = annotation.events.at(pair.gold);
            const kt::Event &e = events.at(pair.extracted);
            QStringList wrong;
            if (g.exactDay() && !(e.dateStart == g.start && e.dateEnd == g.end))
                wrong << QStringLiteral("day %1..%2 for %3")
                             .arg(kt::DayDate::toIso(e.dateStart), kt::DayDate::toIso(e.dateEnd),
                                  kt::DayDate::toIso(g.start));
            if (e.factions != g.factions)
                wrong << QStringLiteral("sides %1 for %2")
                             .arg(e.factions.join(QLatin1Char(',')), g.factions.join(QLatin1Char(',')));
            if (e.subEventType != g.subEventType)
                wrong << QStringLiteral("type %1 for %2").arg(e.subEventType, g.subEventType);
            if (!kt::devset::samePlace(e.location, g.location) &&
                !(e.location.isEmpty() && g.location.isEmpty()))
                wrong << QStringLiteral("place \"%1\" for \"%2\"").arg(e.location, g.location);
            if (!wrong.isEmpty())
                std::printf("  ~ %s\n", wrong.join(QStringLiteral("; ")).toLocal8Bit().constData());
        }
        for (qsizetype i = 0; i < annotation.events.size(); ++i)
            if (!goldMatched[static_cast<std::size_t>(i)]) {
                const kt::devset::GoldEvent &g = annotation.events.at(i);
                std::printf("  - missed %s..%s %s [%s] %s: %s\n",
                            kt::DayDate::toIso(g.start).toLocal8Bit().constData(),
                            kt::DayDate::toIso(g.end).toLocal8Bit().constData(),
                            g.subEventType.toLocal8Bit().constData(),
                            g.factions.join(QLatin1Char(',')).toLocal8Bit().constData(),
                            g.location.toLocal8Bit().constData(), g.note.left(110).toLocal8Bit().constData());
            }
        for (qsizetype i = 0; i < events.size(); ++i)
            if (!extractedMatched[static_cast<std::size_t>(i)]) {
                const kt::Event &e = events.at(i);
                std::printf("  + spurious %s..%s %s [%s] %s: %s\n",
                            kt::DayDate::toIso(e.dateStart).toLocal8Bit().constData(),
                            kt::DayDate::toIso(e.dateEnd).toLocal8Bit().constData(),
                            e.subEventType.toLocal8Bit().constData(),
                            e.factions.join(QLatin1Char(',')).toLocal8Bit().constData(),
                            e.location.toLocal8Bit().constData(),
                            e.quote.left(110).toLocal8Bit().constData());
            }
    }
    if (documents.isEmpty()) {
        std::fprintf(stderr, "kidal-timeline-bench: no texts in %s (see tests/devset/README.md)\n",
                     texts.toLocal8Bit().constData());
        return 1;
    }
    const auto line = [](const char *name, const kt::devset::Score &score) {
        const auto rate = [](qsizetype a, qsizetype b) { return b ? double(a) / double(b) : 0.0; };
        std::printf("devset %s: precision %.2f (%lld of %lld extracted), recall %.2f (%lld of %lld), exact "
                    "day %.2f (%lld of %lld), "
                    "initiator %.2f, sides %.2f, type %.2f, sub-type %.2f, place %.2f\n",
                    name, score.precision(), static_cast<long long>(score.matched),
                    static_cast<long long>(score.extracted), score.recall(),
                    static_cast<long long>(score.matched), static_cast<long long>(score.gold),
                    score.exactDay(), static_cast<long long>(score.exactDayRight),
                    static_cast<long long>(score.exactDayGold), rate(score.initiatorRight, score.matched),
                    rate(score.sidesRight, score.matched), rate(score.typeRight, score.matched),
                    rate(score.subTypeRight, score.matched), rate(score.placeRight, score.matched));
    };
    std::printf("\n");
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        line(it.key().toLocal8Bit().constData(), it.value());
    line("all", total);
    if (missingTexts > 0)
        std::printf("devset: %d annotated articles have no text in %s\n", missingTexts,
                    texts.toLocal8Bit().constData());
    // Throughput on these texts, one core, as the extract case measures the bundled article.
    std::vector<double> rates;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        qint64 done = 0;
        while (timer.elapsed() < 1000) {
            for (const kt::Document &document : std::as_const(documents))
                kt::Extractor().extract(document);
            done += bytes;
        }
        rates.push_back(static_cast<double>(done) / 1e6 / (static_cast<double>(timer.nsecsElapsed()) / 1e9));
    }
    std::sort(rates.begin(), rates.end());
    std::printf("devset throughput: median %.2f MB/s of news text on one core (%lld bytes, %lld articles)\n",
                rates.at(2), static_cast<long long>(bytes), static_cast<long long>(documents.size()));
    return 0;
}

// The seed article's store, made afresh.
QString seedStore(const Options &options) {
    QString db = QDir(options.dir).filePath(QStringLiteral("seed.sqlite"));
    removeStore(db);
    QProcess::execute(program(), {QStringLiteral("import"), QStringLiteral("--db"), db,
                                  QStringLiteral(":/articles/sahel-intelligence-2023-11-13-kidal.txt")});
    return db;
}

// Cold start to the first painted window: a bare Qt Charts window and the program on the seed store,
// alternately, ten times each, the medians compared; then the program on the large store.
int runStartup(const Options &options) {
    const QString db = seedStore(options);
    const QString largeDb = storeWith(options);
    const QString bare =
        QCoreApplication::applicationDirPath() + QStringLiteral("/kidal-timeline-bare-chart");
    // From the start of the process to its word that it painted (on stderr): what comes after, the work
    // left for after the first picture and the exit, is not the user's wait.
    const auto timed = [](const QString &path, const QStringList &arguments, std::vector<double> &times) {
        QProcess process;
        process.setReadChannel(QProcess::StandardError); // what waitForReadyRead waits on
        QElapsedTimer timer;
        timer.start();
        process.start(path, arguments);
        QByteArray said;
        while (!said.contains("first paint") && process.waitForReadyRead(10'000))
            said += process.readAllStandardError();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        process.waitForFinished();
        const bool painted = said.contains("first paint") && process.exitCode() == 0;
        if (!painted)
            std::fprintf(stderr, "kidal-timeline-bench: %s did not paint (exit %d)\n", qPrintable(path),
                         process.exitCode());
        return painted;
    };
    const QStringList quit{QStringLiteral("--quit-after-first-paint")};
    std::vector<double> bareTimes;
    std::vector<double> times;
    std::vector<double> largeTimes;
    for (int run = 0; run < 10; ++run)
        if (!timed(bare, {}, bareTimes) ||
            !timed(program(), QStringList{QStringLiteral("--db"), db} + quit, times))
            return 1;
    for (int run = 0; run < 5; ++run)
        if (!timed(program(), QStringList{QStringLiteral("--db"), largeDb} + quit, largeTimes))
            return 1;
    printTimes("startup", "bare Qt Charts window, start to first paint", bareTimes);
    printTimes("startup", "start to first paint, seed store", times);
    std::printf("startup ratio of medians (program / bare window): %.2f\n",
                median(times) / median(bareTimes));
    printTimes("startup",
               QStringLiteral("start to first paint, %1 events").arg(options.events).toLatin1().constData(),
               largeTimes);
    return 0;
}

// `kidal-timeline export` of a 1920x1080 PNG, whole process (start, open, query, draw, write), from the seed
// store and from the large one, alternately, seven times each; the medians compared.
int runExport(const Options &options) {
    const QString seedDb = seedStore(options);
    const QString largeDb = storeWith(options);
    const QString png = QDir(options.dir).filePath(QStringLiteral("export.png"));
    const auto once = [&](const QString &db) {
        QElapsedTimer timer;
        timer.start();
        const int rc = QProcess::execute(program(), {QStringLiteral("export"), QStringLiteral("--db"), db,
                                                     QStringLiteral("--size"), QStringLiteral("1920x1080"),
                                                     QStringLiteral("-o"), png});
        if (rc != 0)
            std::fprintf(stderr, "kidal-timeline-bench: export failed (exit %d)\n", rc);
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };
    once(seedDb); // the page cache and the fonts
    once(largeDb);
    std::vector<double> seedTimes;
    std::vector<double> largeTimes;
    for (int run = 0; run < 7; ++run) {
        seedTimes.push_back(once(seedDb));
        largeTimes.push_back(once(largeDb));
    }
    printTimes("export", "1920x1080 PNG, whole process, seed store", seedTimes);
    printTimes(
        "export",
        QStringLiteral("1920x1080 PNG, whole process, %1 events").arg(options.events).toLatin1().constData(),
        largeTimes);
    std::sort(seedTimes.begin(), seedTimes.end());
    std::sort(largeTimes.begin(), largeTimes.end());
    std::printf("export ratio of medians (%lld events / seed): %.2f\n",
                static_cast<long long>(options.events),
                largeTimes.at(largeTimes.size() / 2) / seedTimes.at(seedTimes.size() / 2));
    return 0;
}

// Filter changes in the real window over the large store, offscreen at 1920x1080, the whole span in view
// (bars): each change timed from the filter set to the end of the repaint with its rows (selected off the
// GUI thread, then index query, chart update, render), as a click in the filter panel does.
void filterChanges(const Options &options, kt::OffThreadReads offThread, const char *how) {
    kt::EventStore store(storeWith(options));
    kt::MainWindow window(store, offThread);
    window.resize(1920, 1080);
    window.show();
    QApplication::processEvents();
    waitFor([&window] { return window.isStoreShown(); });
    kt::ViewState *state = window.viewState();
    QWidget *viewport = window.timelineView()->viewport();
    std::vector<kt::Filter> filters;
    const std::vector<QStringList> sets{{QStringLiteral("FAMa")},
                                        {QStringLiteral("JNIM")},
                                        {QStringLiteral("JNIM"), QStringLiteral("EIGS")},
                                        {QStringLiteral("Wagner")},
                                        {QStringLiteral("Civilians")},
                                        {}};
    for (const QStringList &set : sets)
        for (const kt::FactionRole role : {kt::FactionRole::Any, kt::FactionRole::Initiator}) {
            kt::Filter filter;
            filter.factions = QSet<QString>(set.cbegin(), set.cend());
            filter.factionRole = role;
            filters.push_back(filter);
            filter.eventTypes = {QStringLiteral("Battles")};
            filters.push_back(filter);
            filter.minFatalities = 5;
            filters.push_back(filter);
        }
    std::vector<double> times;
    std::vector<double> stalls; // the longest the GUI thread went without handling events, per change
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer heartbeat; // fires whenever the GUI thread is free to handle events
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    heartbeat.start();
    for (int round = 0; round < 3; ++round)
        for (const kt::Filter &filter : filters) {
            QCoreApplication::processEvents();
            last = clock.nsecsElapsed();
            longest = 0;
            QElapsedTimer timer;
            timer.start();
            state->setFilter(filter);
            waitFor([&window] { return !window.isSelecting(); });
            viewport->repaint();
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            const qint64 now = clock.nsecsElapsed();
            stalls.push_back(static_cast<double>(std::max(longest, now - last)) / 1e6);
        }
    heartbeat.stop();
    printTimes("filter",
               QStringLiteral("filter change to repainted chart, %1 events, %2")
                   .arg(options.events)
                   .arg(QLatin1String(how))
                   .toLatin1()
                   .constData(),
               times);
    printTimes("filter",
               QStringLiteral("longest the GUI thread went without handling events, %1")
                   .arg(QLatin1String(how))
                   .toLatin1()
                   .constData(),
               stalls);
}

int runFilter(const Options &options) {
    filterChanges(options, {}, "rows selected off the GUI thread");
    kt::OffThreadReads onThread;
    onThread.selectionFrom = std::numeric_limits<std::size_t>::max();
    filterChanges(options, onThread, "rows selected on the GUI thread (for comparison)");
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const std::map<QString, std::pair<std::function<int(const Options &)>, const char *>> cases{
        {QStringLiteral("import"),
         {runImport, "1M generated ACLED rows: our import against sqlite3 .import"}},
        {QStringLiteral("open-index"), {runOpenIndex, "open a 1M-event store and build the timeline index"}},
        {QStringLiteral("parse"), {runParse, "the ACLED CSV reader alone"}},
        {QStringLiteral("tour"), {runTour, "200 zoom and pan steps of the window, 10k then 1M events"}},
        {QStringLiteral("startup"), {runStartup, "cold start to the first painted timeline (seed store)"}},
        {QStringLiteral("export"),
         {runExport, "export of a 1920x1080 PNG, whole process: 1M events against the seed"}},
        {QStringLiteral("filter"), {runFilter, "filter changes to the repainted window over 1M events"}},
        {QStringLiteral("extract"),
         {runExtract, "article extraction throughput, MB of French news text a second"}},
        {QStringLiteral("devset"),
         {runDevset,
          "the extractor scored on the annotated real reporting (--texts DIR: where the texts are)"}},
    };
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--list")) {
        for (const auto &[name, entry] : cases)
            std::printf("%-12s %s\n", name.toLocal8Bit().constData(), entry.second);
        return arguments.size() < 2 ? 2 : 0;
    }
    Options options;
    for (qsizetype i = 2; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--events"))
            options.events = arguments.at(i + 1).toLongLong();
        else if (arguments.at(i) == QLatin1String("--dir"))
            options.dir = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--texts"))
            options.texts = arguments.at(i + 1);
    }
    QTemporaryDir temporary;
    if (options.dir.isEmpty())
        options.dir = QDir::temp().filePath(QStringLiteral("kidal-timeline-bench"));
    QDir().mkpath(options.dir);
    const auto it = cases.find(arguments.at(1));
    if (it == cases.end()) {
        std::fprintf(stderr, "kidal-timeline-bench: unknown case %s (see --list)\n",
                     arguments.at(1).toLocal8Bit().constData());
        return 2;
    }
    return it->second.first(options);
}
