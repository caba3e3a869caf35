#pragma once

#include "core/data.h"

#include <QDialog>

#include <utility>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace kt {

// Edit → Edit event: what an analyst corrects of an event the machine or a dataset made — its days and
// ACLED time_precision, status, ACLED event type and sub-type, the initiating side and the other sides,
// place, track, title, fatalities and notes. The sentence it comes from is shown, not edited.
class EventEditDialog : public QDialog {
    Q_OBJECT
public:
    // The choices: faction names in the catalogue's order, (event type, sub-event type) pairs, tracks and
    // known places.
    struct Choices {
        QStringList factions;
        QList<std::pair<QString, QString>> eventTypes;
        QStringList tracks;
        QStringList places;
    };
    EventEditDialog(const Event &event, const Choices &choices, QWidget *parent = nullptr);

    // The event with the dialog's values (the first faction is the initiator).
    Event edited() const;

private:
    void fillSubTypes();

    Event m_event;
    Choices m_choices;
    QLineEdit *m_summary;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_precision;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_subType;
    QComboBox *m_initiator;
    QListWidget *m_otherSides;
    QLineEdit *m_place;
    QComboBox *m_track;
    QSpinBox *m_fatalities;
    QPlainTextEdit *m_notes;
};

} // namespace kt
