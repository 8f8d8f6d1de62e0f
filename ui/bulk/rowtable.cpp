#include "bulk/rowtable.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

QTableView *RowTable::create(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void RowTable::setColumnWidths(QTableView *view, std::initializer_list<std::pair<int, int>> widths)
{
    const QHeaderView *header = view->horizontalHeader();
    for (const auto &[column, width] : widths) {
        view->setColumnWidth(column, std::max(width, header->sectionSizeHint(column)));
    }
}
