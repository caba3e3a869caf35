#pragma once

#include "core/FactionCatalog.h"
#include "ui/ChartRenderer.h"

#include <QDialog>
#include <QTimer>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace kt {

// File → Export picture: the view as PNG (a size in pixels at 1× or 2×, or a physical size in millimetres
// or inches at a resolution in dpi), SVG or PDF, with its title and subtitle, and a live preview of exactly
// what will be written. The format follows the file name's extension or the choice in the list, whichever
// was touched last. Copy puts the picture on the clipboard. The choices are remembered.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // Draws the view at a layout size (pixels at 96 dpi): its events or bars for that width, lanes, window,
    // filters, sources and default title. ChartRenderer::requestFor, as `export` does.
    using Build = std::function<RenderRequest(QSize layoutSize)>;

    ExportDialog(Build build, const FactionCatalog &catalog, QWidget *parent = nullptr);

    // The request with the dialog's title, subtitle, size, scale and resolution.
    RenderRequest request();
    QString path() const;
    void setPath(const QString &path);
    // Sets the size in pixels (and the unit to pixels).
    void setPixelSize(QSize size);
    // Sets a physical size in "mm" or "in" at `dpi`.
    void setPhysicalSize(QSizeF size, const QString &unit, int dpi);
    // The picture's size in pixels as it will be written (PNG), or of its page at 96 dpi (SVG, PDF).
    QSize outputPixels();
    // Writes the picture; returns an error message, empty on success.
    QString save();
    // The picture, also put on the clipboard; a null image (and a message) when it is too large.
    QImage copyToClipboard();

    QImage preview() const { return m_preview; }

    // A picture of more pixels than this is refused (memory: 4 bytes a pixel).
    static constexpr qint64 kMaxPixels = 150'000'000;

private:
    void formatChosen();
    void pathEdited();
    void unitChosen();
    void schedulePreview();
    void drawPreview();
    QSize layoutSize() const;
    bool physical() const;
    QString tooLarge();

    Build m_build;
    RenderRequest m_built; // m_build at m_builtSize
    QSize m_builtSize;
    const FactionCatalog &m_catalog;
    QComboBox *m_format;
    QLineEdit *m_path;
    QComboBox *m_unit;
    QStackedWidget *m_sizes;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_physicalWidth;
    QDoubleSpinBox *m_physicalHeight;
    QSpinBox *m_dpi;
    QLabel *m_pixelsNote;
    QComboBox *m_scale;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QLabel *m_previewLabel;
    QImage m_preview;
    QTimer m_previewTimer;
};

} // namespace kt
