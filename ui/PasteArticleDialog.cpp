#include "ui/PasteArticleDialog.h"

#include "core/TextNormalizer.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace kt {

PasteArticleDialog::PasteArticleDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_published(new QDateEdit(QDate::currentDate(), this))
    , m_body(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Paste an article"));
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setToolTip(tr("Relative dates in the text (\u201cmardi\u201d, \u201clast week\u201d) are "
                               "read from this day."));
    m_source->setPlaceholderText(tr("e.g. RFI, Reuters, Le Monde"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_body->setPlainText(QApplication::clipboard()->text());
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Published:"), m_published);
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &PasteArticleDialog::updateOk);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PasteArticleDialog::updateOk);
    // The first line of the text is often the headline.
    const QString first = m_body->toPlainText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.size() < 200)
        m_title->setText(first);
    updateOk();
    resize(760, 620);
}

void PasteArticleDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_title->text().trimmed().isEmpty() && !m_body->toPlainText().trimmed().isEmpty());
}

QString PasteArticleDialog::articleText() const {
    // One line per header value: a line break inside one would start the body early.
    const auto line = [](const QString &key, const QString &value) {
        const QString flat = value.simplified();
        return flat.isEmpty() ? QString() : key + QStringLiteral(": ") + flat + QLatin1Char('\n');
    };
    return line(QStringLiteral("title"), m_title->text()) + line(QStringLiteral("source"), m_source->text()) +
           line(QStringLiteral("url"), m_url->text()) +
           line(QStringLiteral("published"), m_published->date().toString(Qt::ISODate)) + QLatin1Char('\n') +
           m_body->toPlainText().trimmed() + QLatin1Char('\n');
}

QString PasteArticleDialog::fileName() const {
    QString name = TextNormalizer::fold(m_title->text()).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name = name.left(60);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return (name.isEmpty() ? QStringLiteral("article") : name) + QStringLiteral(".md");
}

} // namespace kt
