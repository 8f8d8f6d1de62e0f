#pragma once

#include <QJsonValue>
#include <QString>

// How a job compares what the server holds with what a row asks for: in the preview (is the
// field already as asked?), in the read-back after a write (did it stick?) and on resume (did
// an unanswered write get stored?). One rule for all three, so a field the preview calls
// "already equal" is never one the read-back calls "did not stick".
namespace ProfileValues {

// True when a field whose server value is `stored` (Undefined when the server returned none)
// already holds `wanted`:
// - by the field's type: a uint32 field compares as a number, whatever JSON type carries it
//   (1, 1.0 and "1" are one value); any other field compares as text;
// - a field the server does not return holds its default: "" for text, 0 for a number, a
//   choice's documented default such as Gender_Type_Unknown (the server omits fields that hold
//   their default, so sending one there changes nothing).
bool holds(const QString &tag, const QJsonValue &stored, const QJsonValue &wanted);

} // namespace ProfileValues
