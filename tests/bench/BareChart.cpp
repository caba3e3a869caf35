// A bare Qt Charts window (one line series on two value axes) that quits once painted: what a cold start
// costs before the program adds anything of its own. `kidal-timeline-bench startup` times it against the
// program.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

#include <cstdio>

namespace {

class QuitOnPaint : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            std::fputs("kidal-timeline: first paint\n", stderr); // as the program says it
            std::fflush(stderr);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    auto *series = new QLineSeries();
    for (int i = 0; i < 10; ++i)
        series->append(i, i % 3);
    auto *chart = new QChart();
    chart->addSeries(series);
    chart->createDefaultAxes();
    QChartView view(chart);
    view.resize(1280, 800);
    view.viewport()->installEventFilter(new QuitOnPaint(&view));
    view.show();
    return QApplication::exec();
}
