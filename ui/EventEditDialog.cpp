#include "ui/EventEditDialog.h"

#include "core/DayDate.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace kt {

EventEditDialog::EventEditDialog(const Event &event, const Choices &choices, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_choices(choices)
    , m_summary(new QLineEdit(event.summary, this))
    , m_from(new QDateEdit(DayDate::toDate(event.dateStart), this))
    , m_to(new QDateEdit(DayDate::toDate(event.dateEnd), this))
    , m_precision(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_subType(new QComboBox(this))
    , m_initiator(new QComboBox(this))
    , m_otherSides(new QListWidget(this))
    , m_place(new QLineEdit(event.location, this))
    , m_track(new QComboBox(this))
    , m_fatalities(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(event.notes, this)) {
    setWindowTitle(tr("Edit event"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setTimeSpec(Qt::UTC);
    }
    m_summary->setPlaceholderText(eventTitle(event));
    // ACLED's time_precision (codebook, "Time precision"): 1, 2 or 3.
    m_precision->addItem(tr("The day is known"), 1);
    m_precision->addItem(tr("Within about a week"), 2);
    m_precision->addItem(tr("Within about a month"), 3);
    m_precision->setCurrentIndex(m_precision->findData(static_cast<int>(event.precision)));
    m_status->addItem(tr("Occurred"), static_cast<int>(EventStatus::Occurred));
    m_status->addItem(tr("Planned"), static_cast<int>(EventStatus::Planned));
    m_status->addItem(tr("Ongoing"), static_cast<int>(EventStatus::Ongoing));
    m_status->addItem(tr("Measure"), static_cast<int>(EventStatus::Measure));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(event.status)));
    for (const auto &[type, subType] : choices.eventTypes)
        if (m_type->findText(type) < 0)
            m_type->addItem(type);
    m_type->setCurrentText(event.eventType);
    fillSubTypes();
    m_subType->setCurrentText(event.subEventType);
    connect(m_type, &QComboBox::currentTextChanged, this, &EventEditDialog::fillSubTypes);

    m_initiator->addItem(tr("(none)"), QString());
    for (const QString &faction : choices.factions)
        m_initiator->addItem(faction, faction);
    m_initiator->setCurrentIndex(
        event.factions.isEmpty() ? 0 : std::max(0, m_initiator->findData(event.factions.constFirst())));
    for (const QString &faction : choices.factions) {
        auto *item = new QListWidgetItem(faction, m_otherSides);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(event.factions.indexOf(faction) > 0 ? Qt::Checked : Qt::Unchecked);
    }
    m_otherSides->setMaximumHeight(150);
    m_otherSides->setAccessibleName(tr("Other sides"));

    auto *places = new QCompleter(choices.places, m_place);
    places->setCaseSensitivity(Qt::CaseInsensitive);
    places->setFilterMode(Qt::MatchContains);
    m_place->setCompleter(places);
    m_track->setEditable(true);
    m_track->addItems(choices.tracks);
    m_track->setCurrentText(event.track);
    m_fatalities->setRange(-1, 1'000'000);
    m_fatalities->setSpecialValueText(tr("unknown"));
    m_fatalities->setValue(event.fatalities);
    m_notes->setMaximumHeight(80);

    auto *form = new QFormLayout(this);
    if (!event.quote.isEmpty()) {
        auto *quote = new QLabel(QStringLiteral("\u201c%1\u201d").arg(event.quote), this);
        quote->setWordWrap(true);
        quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Source says:"), quote);
    }
    form->addRow(tr("&Title:"), m_summary);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(tr("&Precision:"), m_precision);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("Su&b-type:"), m_subType);
    form->addRow(tr("&Initiator:"), m_initiator);
    form->addRow(tr("Other si&des:"), m_otherSides);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("Trac&k:"), m_track);
    form->addRow(tr("F&atalities:"), m_fatalities);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The last day cannot come before the first.
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate from) {
        if (m_to->date() < from)
            m_to->setDate(from);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate to) {
        if (m_from->date() > to)
            m_from->setDate(to);
    });
    resize(560, sizeHint().height());
}

void EventEditDialog::fillSubTypes() {
    const QString current = m_subType->currentText();
    m_subType->clear();
    for (const auto &[type, subType] : m_choices.eventTypes)
        if (type == m_type->currentText())
            m_subType->addItem(subType);
    m_subType->setCurrentText(current);
}

Event EventEditDialog::edited() const {
    Event event = m_event;
    event.summary = m_summary->text().trimmed();
    event.dateStart = DayDate::fromDate(m_from->date());
    event.dateEnd = DayDate::fromDate(m_to->date());
    event.precision = static_cast<TimePrecision>(m_precision->currentData().toInt());
    event.status = static_cast<EventStatus>(m_status->currentData().toInt());
    event.eventType = m_type->currentText();
    event.subEventType = m_subType->currentText();
    event.factions.clear();
    const QString initiator = m_initiator->currentData().toString();
    if (!initiator.isEmpty())
        event.factions << initiator;
    for (int row = 0; row < m_otherSides->count(); ++row) {
        const QListWidgetItem *item = m_otherSides->item(row);
        if (item->checkState() == Qt::Checked && !event.factions.contains(item->text()))
            event.factions << item->text();
    }
    event.location = m_place->text().trimmed();
    event.track = m_track->currentText().trimmed();
    event.fatalities = m_fatalities->value();
    event.notes = m_notes->toPlainText().trimmed();
    return event;
}

} // namespace kt
