#pragma once

#include <QString>

class QMessageBox;

// Text that did not come from our translations (server answers, profile values, identifiers from a
// pasted UserSig, account ids) is shown as typed, never interpreted as HTML: `<img src=x>` must
// read as those characters, not load an image or show a link.
namespace PlainText {
// The box's text, informative text and detailed text are all shown as plain text. Call it once
// the texts are set: QMessageBox makes the informative label when it first gets a text.
void applyTo(QMessageBox *box);
// A tooltip that shows text literally; QToolTip renders anything that looks like HTML as HTML.
QString toolTip(const QString &text);
} // namespace PlainText
