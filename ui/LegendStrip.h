#pragma once

#include <QList>
#include <QPixmap>
#include <QRect>
#include <QString>
#include <QWidget>

namespace kt {

// The chart's key in the window, under the timeline: its entries flow onto as many lines as the width
// needs, each one in full (Qt's own legend keeps to one line and cuts the names short).
class LegendStrip : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QPixmap symbol;
        QString text;
    };

    explicit LegendStrip(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    // Where each entry is drawn at a width (symbol and text), in widget coordinates.
    QList<QRect> entryRects(int width) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<Entry> m_entries;
};

} // namespace kt
