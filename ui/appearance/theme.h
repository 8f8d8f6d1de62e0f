#pragma once

#include <QString>

// View › Theme: follow the system palette, or force a light or dark Fusion palette.
namespace Theme {

enum class Mode { System, Light, Dark };

// Applies mode to the whole application. Safe to call repeatedly; System restores the palette
// and style the application started with.
void apply(Mode mode);

QString settingsName(Mode mode);
Mode fromSettingsName(const QString &name);

} // namespace Theme
