#pragma once

#include <QTextStream>

// The CLI's two streams. Machine-readable output goes to out(), everything for humans to err()
// unless a command documents otherwise. Both are UTF-8 and flushed at exit.
namespace Console {
QTextStream &out();
QTextStream &err();
} // namespace Console
