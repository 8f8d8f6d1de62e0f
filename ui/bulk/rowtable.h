#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace RowTable {

// A read-only table of one row per account that stays smooth with 100,000 rows: fixed row
// heights, no per-row widgets, whole rows selected. The bulk window's input, preview and results.
QTableView *create(const QString &objectName, const QString &accessibleName, QWidget *parent);

} // namespace RowTable
