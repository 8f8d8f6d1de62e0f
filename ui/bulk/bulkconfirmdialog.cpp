#include "bulk/bulkconfirmdialog.h"

#include "bulk/previewmodel.h"
#include "presentation/presentationmasker.h"
#include "profile/fieldschema.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

BulkConfirmDialog::BulkConfirmDialog(
    const QString &connectionName, const WriteJob &job, const PresentationMasker &masker, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkConfirmDialog"));
    setWindowTitle(job.kind == WriteJob::Kind::Revert ? tr("Confirm revert") : tr("Confirm bulk write"));

    const JobTotals totals = job.totals();
    const int accounts = totals.pending + totals.sent + totals.unknown;
    // The English source has its own singular, so it reads right without a translation file;
    // every form carries %Ln for the locale's plural forms and digit grouping.
    const QString fields = totals.fields == 1 ? tr("%Ln field", nullptr, totals.fields)
                                              : tr("%Ln fields", nullptr, totals.fields);
    //: %1 is the number of fields ("3 fields"), %2 the connection's name.
    const QString text = accounts == 1
        ? tr("Write %1 to %Ln account on connection \"%2\"?", nullptr, accounts)
        : tr("Write %1 to %Ln accounts on connection \"%2\"?", nullptr, accounts);
    auto *question = new QLabel(masker.mask(text.arg(fields, connectionName)), this);
    question->setObjectName(QStringLiteral("bulkConfirmQuestion"));
    question->setTextFormat(Qt::PlainText); // the connection's name is shown as typed
    question->setWordWrap(true);

    auto *table = new QTableWidget(0, 3, this);
    table->setObjectName(QStringLiteral("bulkConfirmSample"));
    table->setAccessibleName(tr("A sample of the changes"));
    table->setHorizontalHeaderLabels({ tr("Account"), tr("Field"), tr("Now → new") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    int sampled = 0;
    for (const JobRow &row : job.rows) {
        if (row.state != RowState::Pending || row.changes.isEmpty()) {
            continue;
        }
        for (const FieldChange &change : row.changes) {
            const int out = table->rowCount();
            table->insertRow(out);
            const FieldSpec *spec = FieldSchema::standardField(change.tag);
            const QStringList cells { row.account, spec ? spec->displayName() : change.tag,
                PreviewModel::changeText(change) };
            for (int column = 0; column < cells.size(); ++column) {
                table->setItem(out, column, new QTableWidgetItem(masker.mask(cells.at(column))));
            }
        }
        if (++sampled == SampleRows) {
            break;
        }
    }
    auto *sampleNote = new QLabel(tr("A sample of the changes, the first accounts of the job:"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(accounts == 1 ? tr("&Write %Ln account", nullptr, accounts)
                                                          : tr("&Write %Ln accounts", nullptr, accounts),
        QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("bulkConfirmButton"));
    // Enter alone must not write to a guarded connection.
    write->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(sampleNote);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}
