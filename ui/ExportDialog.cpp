#include "ui/ExportDialog.h"

#include "ui/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace kt {

namespace {
const QStringList kSuffixes{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
} // namespace

ExportDialog::ExportDialog(RenderRequest request, const FactionCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_catalog(catalog)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_title(new QLineEdit(m_request.title, this))
    , m_previewLabel(new QLabel(this)) {
    setWindowTitle(tr("Export the timeline"));
    const Settings settings;
    m_format->addItems({tr("PNG image"), tr("SVG drawing"), tr("PDF document")});
    m_format->setCurrentIndex(std::max(0, static_cast<int>(kSuffixes.indexOf(settings.exportFormat()))));
    m_path->setText(QDir(settings.exportFolder())
                        .filePath(QStringLiteral("timeline.") + kSuffixes.at(m_format->currentIndex())));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *pathRow = new QHBoxLayout();
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_width->setRange(320, 7680);
    m_height->setRange(200, 4320);
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_width->setValue(settings.exportSize().width());
    m_height->setValue(settings.exportSize().height());
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    auto *sizeRow = new QHBoxLayout();
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    m_scale->addItem(tr("1\u00d7"), 1.0);
    m_scale->addItem(tr("2\u00d7 (high-density screens, print)"), 2.0);
    m_scale->setCurrentIndex(settings.exportScale() > 1.5 ? 1 : 0);
    m_previewLabel->setMinimumSize(560, 315);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);

    auto *form = new QFormLayout();
    form->addRow(tr("&Format:"), m_format);
    // Rows whose field is a layout need their label's buddy set by hand, or the "&" shows.
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("&Title:"), m_title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::drawPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::editingFinished, this, &ExportDialog::pathEdited);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path());
        if (!chosen.isEmpty())
            setPath(chosen);
    });
    connect(copy, &QPushButton::clicked, this, [this] { copyToClipboard(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = save();
        if (error.isEmpty())
            accept();
        else
            QMessageBox::warning(this, windowTitle(), error);
    });
    formatChosen();
    drawPreview();
}

RenderRequest ExportDialog::request() const {
    RenderRequest request = m_request;
    request.title = m_title->text();
    request.size = QSize(m_width->value(), m_height->value());
    request.scale = m_format->currentIndex() == 0 ? m_scale->currentData().toDouble() : 1.0;
    return request;
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path) {
    m_path->setText(path);
    pathEdited();
}

// The list was touched last: the file name takes its extension.
void ExportDialog::formatChosen() {
    const QString suffix = kSuffixes.at(std::max(0, m_format->currentIndex()));
    const QFileInfo file(path());
    const QString base =
        kSuffixes.contains(file.suffix().toLower()) ? file.completeBaseName() : file.fileName();
    m_path->setText(QDir(file.path()).filePath(base + QLatin1Char('.') + suffix));
    m_scale->setEnabled(suffix == QLatin1String("png"));
    schedulePreview();
}

// The name was touched last: a known extension chooses the format; none takes the list's.
void ExportDialog::pathEdited() {
    const qsizetype known = kSuffixes.indexOf(QFileInfo(path()).suffix().toLower());
    if (known >= 0 && known != m_format->currentIndex())
        m_format->setCurrentIndex(static_cast<int>(known)); // formatChosen keeps the name
    else if (known < 0)
        formatChosen();
}

void ExportDialog::schedulePreview() {
    m_previewTimer.start();
}

void ExportDialog::drawPreview() {
    RenderRequest shown = request();
    shown.scale = 1;
    m_preview = ChartRenderer::image(shown, m_catalog);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview.scaled(
        m_previewLabel->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

QString ExportDialog::save() {
    const QString error = ChartRenderer::save(path(), request(), m_catalog);
    if (error.isEmpty()) {
        Settings settings;
        settings.setExport(QFileInfo(path()).absolutePath(), kSuffixes.at(m_format->currentIndex()),
                           QSize(m_width->value(), m_height->value()), m_scale->currentData().toDouble());
    }
    return error;
}

QImage ExportDialog::copyToClipboard() {
    const QImage image = ChartRenderer::image(request(), m_catalog);
    QApplication::clipboard()->setImage(image);
    return image;
}

} // namespace kt
