#pragma once

#include <QString>

// Lifetimes and remaining times as a support agent reads them: "3 h", "2 d", "45 s" (abbreviated, so no
// plural forms are needed in any language).
namespace DurationText {

// Rounded down to the largest whole unit; negative durations are shown by their magnitude.
QString approximate(qint64 seconds);

// A unix time as "2023-11-15 22:13:20 UTC".
QString utc(qint64 unixSeconds);

} // namespace DurationText
