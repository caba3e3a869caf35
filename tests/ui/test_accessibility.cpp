// The window for everyone: every control says what it is to a screen reader, the keyboard focus shows on the
// chart, Tab walks the panels in reading order, and the details stay legible with a dark palette.

#include "cli/DefaultStore.h"
#include "store/EventStore.h"
#include "ui/EventDetails.h"
#include "ui/EventEditDialog.h"
#include "ui/EventTable.h"
#include "ui/ExportDialog.h"
#include "ui/FactionEditor.h"
#include "ui/FilterPanel.h"
#include "ui/MainWindow.h"
#include "ui/PasteArticleDialog.h"
#include "ui/TimelineView.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <cmath>

namespace {

// The widgets a keyboard can reach that a screen reader cannot name.
std::string unnamed(QWidget &top) {
    QStringList found;
    for (QWidget *widget : top.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&top) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // The line edit inside a spin box, a date edit or an editable combo box is reached through it.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            found << QStringLiteral("%1 (%2) in %3")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                              QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
    }
    return found.join(QStringLiteral("; ")).toStdString();
}

double luminance(const QColor &color) {
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// WCAG 2's contrast ratio: at least 4.5 for text.
double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Seeded {
    QTemporaryDir dir;
    kt::EventStore store{dir.filePath(QStringLiteral("s.sqlite"))};
    Seeded() { kt::DefaultStore::seed(store); }
};

} // namespace

TEST_CASE("every control of the window and its dialogs has a name a screen reader can say", "[a11y]") {
    Seeded s;
    kt::MainWindow window(s.store);
    window.show();
    CHECK(unnamed(window) == std::string());

    const kt::Event event = s.store.loadEvents().constFirst();
    kt::EventEditDialog edit(event,
                             {{QStringLiteral("FAMa")}, s.store.eventTypes(), s.store.trackNames(), {}});
    edit.show();
    CHECK(unnamed(edit) == std::string());
    const kt::FactionCatalog catalog = s.store.factionCatalog();
    kt::ExportDialog exporter([&window](QSize size) { return window.renderRequest(size); }, catalog);
    exporter.show();
    CHECK(unnamed(exporter) == std::string());
    kt::FactionEditor factions(s.store, s.store.factionCatalog());
    factions.show();
    CHECK(unnamed(factions) == std::string());
    kt::PasteArticleDialog paste;
    paste.show();
    CHECK(unnamed(paste) == std::string());
}

TEST_CASE("the chart shows when it has the keyboard focus, and Tab goes filters, chart, table, details",
          "[a11y]") {
    Seeded s;
    kt::MainWindow window(s.store);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    kt::TimelineView *chart = window.timelineView();
    const auto edge = [chart] {
        const QImage image = chart->viewport()->grab().toImage();
        return image.pixelColor(1, image.height() / 2);
    };
    window.filterPanel()->setFocus();
    const QColor unfocused = edge();
    chart->setFocus();
    REQUIRE(chart->hasFocus());
    CHECK(edge() == chart->palette().color(QPalette::Highlight));
    CHECK(unfocused != edge());

    // Tab from the factions list reaches the chart, then the table's find box and rows, then the details.
    QList<QWidget *> order;
    window.filterPanel()->setFocus();
    QWidget *current = QApplication::focusWidget();
    for (int step = 0; step < 60 && current; ++step) {
        order << current;
        current = current->nextInFocusChain();
        while (current && (current->focusPolicy() & Qt::TabFocus) == 0)
            current = current->nextInFocusChain();
    }
    const auto position = [&order](const QWidget *widget) {
        return order.indexOf(const_cast<QWidget *>(widget));
    };
    const qsizetype chartAt = position(chart);
    const qsizetype findAt = position(window.eventTable()->findChild<QLineEdit *>());
    const qsizetype tableAt = position(window.eventTable()->view());
    const qsizetype detailsAt = position(window.findChild<kt::EventDetails *>());
    QStringList names;
    for (const QWidget *widget : order)
        names << QString::fromLatin1(widget->metaObject()->className());
    INFO(names.join(QLatin1Char(' ')).toStdString());
    CHECK(chartAt > 0);
    CHECK(findAt > chartAt);
    CHECK(tableAt > findAt);
    CHECK(detailsAt > tableAt);
}

TEST_CASE("with a dark palette the details' text keeps its contrast", "[a11y]") {
    const QPalette before = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    QApplication::setPalette(dark);
    Seeded s;
    kt::Event contested;
    for (const kt::Event &event : s.store.loadEvents())
        if (!event.contradicts.isEmpty())
            contested = event;
    REQUIRE(contested.id != 0);
    QString html = kt::EventDetails::html(contested, s.store.document(contested.documentId), {contested},
                                          s.store.factionCatalog());
    QApplication::setPalette(before);
    // The faction swatches (a coloured dot) are symbols in the faction's colour, not text: left out.
    html.remove(QRegularExpression(QStringLiteral("<span style='color:#[0-9a-fA-F]{6}'>\u25cf</span>")));
    // Every colour the details set on text, against the base it is shown on (or the yellow of a quote).
    static const QRegularExpression styled(QStringLiteral("style='([^']*)'"));
    int checked = 0;
    for (auto it = styled.globalMatch(html); it.hasNext();) {
        const QString style = it.next().captured(1);
        static const QRegularExpression color(QStringLiteral("(?:^|;)color:(#[0-9a-fA-F]{6})"));
        static const QRegularExpression background(QStringLiteral("background:(#[0-9a-fA-F]{6})"));
        const auto text = color.match(style);
        const auto back = background.match(style);
        if (!text.hasMatch() && !back.hasMatch())
            continue;
        const QColor fore = text.hasMatch() ? QColor(text.captured(1)) : dark.color(QPalette::Text);
        const QColor ground = back.hasMatch() ? QColor(back.captured(1)) : dark.color(QPalette::Base);
        INFO(style.toStdString());
        CHECK(contrast(fore, ground) >= 4.5);
        ++checked;
    }
    CHECK(checked >= 4);
}
