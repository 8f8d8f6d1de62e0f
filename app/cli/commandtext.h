#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

// How the commands write words a user types back or reads in their output.
namespace CommandText {

// Between a value and the one that replaces it: "Nick: Ann → Anna".
constexpr QStringView Arrow = u" \u2192 ";

// A word as a POSIX shell reads it back: quoted only when it has to be, so a printed command can
// be pasted as it is.
QString shellWord(const QString &word);

// A field as `set --set` and `get --tag` name it: a standard field's short name (Nick), a custom
// field's full tag.
QString fieldLabel(const QString &tag);

// A field's value as `set --set` takes it (Female, not Gender_Type_Female); "" for an empty
// text, "(not set)" for Undefined, a field the server does not hold.
QString valueText(const QString &tag, const QJsonValue &value);

// A --since argument: "2026-12-01" is midnight UTC; a time may follow ("2026-12-01T08:30:00Z", or
// with an offset), and one without a zone is UTC, the zone the history is kept in. Invalid when
// it is neither.
QDateTime parseSince(const QString &text);

} // namespace CommandText
