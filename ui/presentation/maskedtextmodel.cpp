#include "presentation/maskedtextmodel.h"

#include "presentation/plaintext.h"
#include "presentation/presentationmasker.h"

MaskedTextModel::MaskedTextModel(
    QAbstractItemModel *source, const PresentationMasker *masker, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_masker(masker)
{
    setSourceModel(source);
    connect(m_masker, &PresentationMasker::changed, this, [this] {
        if (rowCount() > 0 && columnCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                { Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
        }
    });
}

QVariant MaskedTextModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole:
    case Qt::StatusTipRole:
    case Qt::WhatsThisRole:
        return value.userType() == QMetaType::QString ? QVariant(m_masker->mask(value.toString())) : value;
    case Qt::ToolTipRole:
        return value.userType() == QMetaType::QString
            ? QVariant(PlainText::toolTip(m_masker->mask(value.toString())))
            : value;
    default:
        return value;
    }
}
