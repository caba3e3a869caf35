#pragma once

#include "core/FactionCatalog.h"
#include "ui/ChartRenderer.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kt {

// File → Export picture: the view as PNG (pixel size, 1× or 2×), SVG or PDF, with its title, and a live
// preview of exactly what will be written. The format follows the file name's extension or the choice in
// the list, whichever was touched last. Copy puts the picture on the clipboard. The choices are remembered.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `request` is the view to draw (events or bars, lanes, window, filters, sources); its title is the
    // default title.
    ExportDialog(RenderRequest request, const FactionCatalog &catalog, QWidget *parent = nullptr);

    // The request with the dialog's title, size and scale.
    RenderRequest request() const;
    QString path() const;
    void setPath(const QString &path);
    // Writes the picture; returns an error message, empty on success.
    QString save();
    // The picture, also put on the clipboard.
    QImage copyToClipboard();

    QImage preview() const { return m_preview; }

private:
    void formatChosen();
    void pathEdited();
    void schedulePreview();
    void drawPreview();

    RenderRequest m_request;
    const FactionCatalog &m_catalog;
    QComboBox *m_format;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLineEdit *m_title;
    QLabel *m_previewLabel;
    QImage m_preview;
    QTimer m_previewTimer;
};

} // namespace kt
