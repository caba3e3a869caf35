#include "ui/ExportDialog.h"

#include "ui/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

#include <cmath>

namespace kt {

namespace {

const QStringList kSuffixes{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
const QStringList kUnits{QStringLiteral("px"), QStringLiteral("mm"), QStringLiteral("in")};
constexpr double kLayoutDpi = 96; // the layout's pixels: fonts in points are drawn at this resolution

// Layout pixels per unit.
double perUnit(const QString &unit) {
    return unit == QLatin1String("mm") ? kLayoutDpi / 25.4 : kLayoutDpi;
}

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets) {
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return box;
}

} // namespace

ExportDialog::ExportDialog(Build build, const FactionCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_build(std::move(build))
    , m_catalog(catalog)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_sizes(new QStackedWidget(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_physicalWidth(new QDoubleSpinBox(this))
    , m_physicalHeight(new QDoubleSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_pixelsNote(new QLabel(this))
    , m_scale(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_subtitle(new QLineEdit(this))
    , m_previewLabel(new QLabel(this)) {
    setWindowTitle(tr("Export the timeline"));
    for (const auto &[widget, name] : {std::pair<QWidget *, const char *>{m_format, "format"},
                                       {m_path, "path"},
                                       {m_unit, "unit"},
                                       {m_width, "width"},
                                       {m_height, "height"},
                                       {m_physicalWidth, "physicalWidth"},
                                       {m_physicalHeight, "physicalHeight"},
                                       {m_dpi, "dpi"},
                                       {m_scale, "scale"},
                                       {m_title, "title"},
                                       {m_subtitle, "subtitle"}})
        widget->setObjectName(QLatin1String(name));
    const Settings::Export choice = Settings().exportChoice();
    m_format->addItems({tr("PNG image"), tr("SVG drawing"), tr("PDF document")});
    m_format->setCurrentIndex(std::max(0, static_cast<int>(kSuffixes.indexOf(choice.format))));
    m_path->setText(
        QDir(choice.folder).filePath(QStringLiteral("timeline.") + kSuffixes.at(m_format->currentIndex())));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *pathRow = new QHBoxLayout();
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_unit->addItems({tr("pixels"), tr("millimetres"), tr("inches")});
    m_unit->setAccessibleName(tr("Size unit"));
    m_width->setRange(320, 7680);
    m_height->setRange(200, 4320);
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_physicalWidth->setAccessibleName(tr("Width"));
    m_physicalHeight->setAccessibleName(tr("Height"));
    m_dpi->setRange(72, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    m_sizes->addWidget(row(this, {m_width, new QLabel(QStringLiteral("\u00d7"), this), m_height}));
    m_sizes->addWidget(row(this, {m_physicalWidth, new QLabel(QStringLiteral("\u00d7"), this),
                                  m_physicalHeight, new QLabel(tr("at"), this), m_dpi}));
    auto *sizeRow = new QHBoxLayout();
    sizeRow->addWidget(m_unit);
    sizeRow->addWidget(m_sizes, 1);
    m_scale->addItem(tr("1\u00d7"), 1.0);
    m_scale->addItem(tr("2\u00d7 (high-density screens, print)"), 2.0);
    m_title->setAccessibleName(tr("Title"));
    m_subtitle->setPlaceholderText(tr("(none)"));
    m_subtitle->setAccessibleName(tr("Subtitle"));
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
    sizeLabel->setBuddy(m_unit);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(QString(), m_pixelsNote);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Su&btitle:"), m_subtitle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    m_unit->setCurrentIndex(std::max(0, static_cast<int>(kUnits.indexOf(choice.unit))));
    m_width->setValue(choice.pixels.width());
    m_height->setValue(choice.pixels.height());
    m_scale->setCurrentIndex(choice.scale > 1.5 ? 1 : 0);
    m_dpi->setValue(choice.dpi);
    unitChosen();
    if (physical()) {
        m_physicalWidth->setValue(choice.physical.width());
        m_physicalHeight->setValue(choice.physical.height());
    }
    request();                       // builds the view at the chosen size
    m_title->setText(m_built.title); // the title the view has, or the one the data gives

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::drawPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::editingFinished, this, &ExportDialog::pathEdited);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::unitChosen);
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QDoubleSpinBox *box : {m_physicalWidth, m_physicalHeight})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_subtitle, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
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

bool ExportDialog::physical() const {
    return m_unit->currentIndex() > 0;
}

QSize ExportDialog::layoutSize() const {
    if (!physical())
        return {m_width->value(), m_height->value()};
    const double factor = perUnit(kUnits.at(m_unit->currentIndex()));
    return {static_cast<int>(std::lround(m_physicalWidth->value() * factor)),
            static_cast<int>(std::lround(m_physicalHeight->value() * factor))};
}

RenderRequest ExportDialog::request() {
    const QSize size = layoutSize();
    if (size != m_builtSize) {
        m_built = m_build(size);
        m_builtSize = size;
    }
    RenderRequest request = m_built;
    request.title = m_title->text();
    request.subtitle = m_subtitle->text().trimmed();
    request.size = size;
    const bool png = m_format->currentIndex() == 0;
    if (physical()) {
        request.dpi = m_dpi->value();
        request.scale = png ? request.dpi / kLayoutDpi : 1.0;
    } else {
        request.scale = png ? m_scale->currentData().toDouble() : 1.0;
        request.dpi = kLayoutDpi * request.scale;
    }
    return request;
}

QSize ExportDialog::outputPixels() {
    const RenderRequest shown = request();
    return (QSizeF(shown.size) * shown.scale).toSize();
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path) {
    m_path->setText(path);
    pathEdited();
}

void ExportDialog::setPixelSize(QSize size) {
    m_unit->setCurrentIndex(0);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportDialog::setPhysicalSize(QSizeF size, const QString &unit, int dpi) {
    m_unit->setCurrentIndex(std::max(1, static_cast<int>(kUnits.indexOf(unit))));
    m_physicalWidth->setValue(size.width());
    m_physicalHeight->setValue(size.height());
    m_dpi->setValue(dpi);
}

// The list was touched last: the file name takes its extension.
void ExportDialog::formatChosen() {
    const QString suffix = kSuffixes.at(std::max(0, m_format->currentIndex()));
    const QFileInfo file(path());
    const QString base =
        kSuffixes.contains(file.suffix().toLower()) ? file.completeBaseName() : file.fileName();
    m_path->setText(QDir(file.path()).filePath(base + QLatin1Char('.') + suffix));
    m_scale->setEnabled(suffix == QLatin1String("png") && !physical());
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

// Pixels or a physical size: the other fields keep the same picture size where they can.
void ExportDialog::unitChosen() {
    const bool isPhysical = physical();
    m_sizes->setCurrentIndex(isPhysical ? 1 : 0);
    if (isPhysical) {
        const QString unit = kUnits.at(m_unit->currentIndex());
        const bool mm = unit == QLatin1String("mm");
        const double factor = perUnit(unit);
        for (QDoubleSpinBox *box : {m_physicalWidth, m_physicalHeight}) {
            const QSignalBlocker blocker(box);
            box->setDecimals(mm ? 0 : 2);
            box->setSingleStep(mm ? 5 : 0.25);
            box->setSuffix(mm ? tr(" mm") : tr(" in"));
            box->setRange(200 / factor, 7680 / factor);
        }
        const QSignalBlocker blockWidth(m_physicalWidth);
        const QSignalBlocker blockHeight(m_physicalHeight);
        m_physicalWidth->setValue(m_width->value() / factor);
        m_physicalHeight->setValue(m_height->value() / factor);
    }
    formatChosen();
}

void ExportDialog::schedulePreview() {
    const QSize pixels = outputPixels();
    m_pixelsNote->setText(m_format->currentIndex() == 0
                              ? tr("The picture: %1 \u00d7 %2 pixels at %3 dpi")
                                    .arg(pixels.width())
                                    .arg(pixels.height())
                                    .arg(std::lround(request().dpi))
                              : tr("The page: %1 \u00d7 %2 mm")
                                    .arg(std::lround(layoutSize().width() * 25.4 / kLayoutDpi))
                                    .arg(std::lround(layoutSize().height() * 25.4 / kLayoutDpi)));
    m_previewTimer.start();
}

void ExportDialog::drawPreview() {
    RenderRequest shown = request();
    shown.scale = 1;
    m_preview = ChartRenderer::image(shown, m_catalog);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview.scaled(
        m_previewLabel->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

QString ExportDialog::tooLarge() {
    const QSize pixels = outputPixels();
    if (m_format->currentIndex() != 0 || qint64{pixels.width()} * pixels.height() <= kMaxPixels)
        return {};
    return tr("%1 \u00d7 %2 pixels is too large a picture: lower the resolution or the size.")
        .arg(pixels.width())
        .arg(pixels.height());
}

QString ExportDialog::save() {
    if (const QString error = tooLarge(); !error.isEmpty())
        return error;
    const QString error = ChartRenderer::save(path(), request(), m_catalog);
    if (error.isEmpty()) {
        Settings::Export choice;
        choice.folder = QFileInfo(path()).absolutePath();
        choice.format = kSuffixes.at(m_format->currentIndex());
        choice.pixels = QSize(m_width->value(), m_height->value());
        choice.scale = m_scale->currentData().toDouble();
        choice.unit = kUnits.at(m_unit->currentIndex());
        choice.physical = QSizeF(m_physicalWidth->value(), m_physicalHeight->value());
        choice.dpi = m_dpi->value();
        Settings().setExportChoice(choice);
    }
    return error;
}

QImage ExportDialog::copyToClipboard() {
    if (const QString error = tooLarge(); !error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return {};
    }
    RenderRequest shown = request();
    if (m_format->currentIndex() != 0)
        shown.scale = 1;
    const QImage image = ChartRenderer::image(shown, m_catalog);
    QApplication::clipboard()->setImage(image);
    return image;
}

} // namespace kt
