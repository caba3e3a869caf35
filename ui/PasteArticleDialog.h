#pragma once

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace kt {

// An article pasted from the clipboard, with what extraction needs beside its text: its title, source,
// url and publication day (relative dates such as "mardi" are resolved against that day).
class PasteArticleDialog : public QDialog {
    Q_OBJECT
public:
    // The text starts as what the clipboard holds.
    explicit PasteArticleDialog(QWidget *parent = nullptr);

    // The article as import reads it: "key: value" header lines, a blank line, the body.
    QString articleText() const;
    // A file name for it, from its title ("le-gouvernement-annonce.md").
    QString fileName() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QDateEdit *publishedEdit() const { return m_published; }

private:
    void updateOk();

    QLineEdit *m_title;
    QLineEdit *m_source;
    QLineEdit *m_url;
    QDateEdit *m_published;
    QPlainTextEdit *m_body;
    QDialogButtonBox *m_buttons;
};

} // namespace kt
