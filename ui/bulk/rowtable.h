#pragma once

#include <QString>

#include <initializer_list>
#include <utility>

class QTableView;
class QWidget;

namespace RowTable {

// A read-only table of one row per account that stays smooth with 100,000 rows: fixed row
// heights, no per-row widgets, whole rows selected. The bulk window's input, preview and results.
QTableView *create(const QString &objectName, const QString &accessibleName, QWidget *parent);

// Gives each (column, width) pair its width, or its header's width where a translation's header
// text needs more: the widths suit English, and no header is cut off in another language.
// Call after the model is set.
void setColumnWidths(QTableView *view, std::initializer_list<std::pair<int, int>> widths);

} // namespace RowTable
