#include "presentation/plaintext.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

namespace PlainText {

void applyTo(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // QMessageBox gives the format to its main label only; the informative text has a label of
    // its own (the detailed text is a plain-text edit already).
    for (QLabel *label : box->findChildren<QLabel *>()) {
        label->setTextFormat(Qt::PlainText);
    }
}

QString toolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text) : text;
}

} // namespace PlainText
