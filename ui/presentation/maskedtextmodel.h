#pragma once

#include <QIdentityProxyModel>

class PresentationMasker;

// A view of any model as the screen may show it: display, accessible and tooltip texts pass
// through the presentation masker, and tooltips show their text literally (item texts may be
// account ids, server texts or identifiers, and a tooltip would render them as HTML).
class MaskedTextModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // masker must outlive the model.
    MaskedTextModel(QAbstractItemModel *source, const PresentationMasker *masker, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const PresentationMasker *m_masker;
};
