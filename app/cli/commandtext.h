#pragma once

#include <QString>

// How the commands write words a user types back or reads in their output.
namespace CommandText {

// A word as a POSIX shell reads it back: quoted only when it has to be, so a printed command can
// be pasted as it is.
QString shellWord(const QString &word);

// A field as `set --set` and `get --tag` name it: a standard field's short name (Nick), a custom
// field's full tag.
QString fieldLabel(const QString &tag);

} // namespace CommandText
