#include "bulk/bulkinputpane.h"

#include "bulk/rowtable.h"

#include "bulk/planloader.h"
#include "bulk/planproblemmodel.h"
#include "bulk/planrowsmodel.h"
#include "presentation/maskedtextmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

BulkInputPane::BulkInputPane(const PresentationMasker *masker, QWidget *parent)
    : QWidget(parent)
    , m_loader(new PlanLoader(this))
    , m_problems(new PlanProblemModel(this))
    , m_rows(new PlanRowsModel(this))
{
    m_sourceTabs = new QTabWidget(this);
    m_sourceTabs->setObjectName(QStringLiteral("bulkSourceTabs"));
    m_sourceTabs->setDocumentMode(true);

    auto *tablePage = new QWidget(this);
    auto *hint = new QLabel(tr("Copy the cells in a spreadsheet, header row included, and paste them here "
                               "(Ctrl+V), or open a CSV or TSV file. One column names the account (account, "
                               "UserID, From_Account or To_Account); every other column is a field, such as "
                               "Nick, Gender or Tag_Profile_IM_Level. An empty cell changes nothing; #CLEAR# "
                               "empties a text field."),
        tablePage);
    hint->setWordWrap(true);
    auto *pasteButton = new QPushButton(tr("&Paste cells"), tablePage);
    pasteButton->setObjectName(QStringLiteral("bulkPasteButton"));
    pasteButton->setToolTip(tr("Paste cells copied from a spreadsheet (Ctrl+V)"));
    auto *openButton = new QPushButton(tr("&Open file…"), tablePage);
    openButton->setObjectName(QStringLiteral("bulkOpenFileButton"));
    openButton->setToolTip(tr("Open a CSV or TSV file (Ctrl+O)"));
    m_encodingCombo = new QComboBox(tablePage);
    m_encodingCombo->setObjectName(QStringLiteral("bulkEncodingCombo"));
    m_encodingCombo->setAccessibleName(tr("File encoding"));
    m_encodingCombo->addItem(tr("Automatic (UTF-8, or UTF-16 with BOM)"), QByteArray());
    // The encodings Excel writes on Chinese, Japanese, Korean and Western Windows.
    for (const char *name : { "GB18030", "Big5", "Shift_JIS", "EUC-KR", "windows-1252" }) {
        if (SpreadsheetReader::isKnownEncoding(name)) {
            m_encodingCombo->addItem(QString::fromLatin1(name), QByteArray(name));
        }
    }
    auto *encodingLabel = new QLabel(tr("&Encoding:"), tablePage);
    encodingLabel->setBuddy(m_encodingCombo);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(pasteButton);
    tableButtons->addWidget(openButton);
    tableButtons->addSpacing(12);
    tableButtons->addWidget(encodingLabel);
    tableButtons->addWidget(m_encodingCombo);
    tableButtons->addStretch(1);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addWidget(hint);
    tableLayout->addLayout(tableButtons);
    m_sourceTabs->addTab(tablePage, tr("Spreadsheet cells or file"));

    auto *listPage = new QWidget(this);
    m_accountsEdit = new QPlainTextEdit(listPage);
    m_accountsEdit->setObjectName(QStringLiteral("bulkAccountsEdit"));
    m_accountsEdit->setAccessibleName(tr("Accounts, one per line"));
    m_accountsEdit->setPlaceholderText(tr("One account per line"));
    m_assignmentsEdit = new QPlainTextEdit(listPage);
    m_assignmentsEdit->setObjectName(QStringLiteral("bulkAssignmentsEdit"));
    m_assignmentsEdit->setAccessibleName(tr("Fields to set for every account, one FIELD=VALUE per line"));
    m_assignmentsEdit->setPlaceholderText(tr("One FIELD=VALUE per line, such as Tag_Profile_IM_Level=3"));
    auto *checkListButton = new QPushButton(tr("&Use this list"), listPage);
    checkListButton->setObjectName(QStringLiteral("bulkUseListButton"));
    auto *accountsLabel = new QLabel(tr("A&ccounts:"), listPage);
    accountsLabel->setBuddy(m_accountsEdit);
    auto *assignmentsLabel = new QLabel(tr("&Fields for all:"), listPage);
    assignmentsLabel->setBuddy(m_assignmentsEdit);
    auto *listLayout = new QHBoxLayout(listPage);
    auto *accountsColumn = new QVBoxLayout;
    accountsColumn->addWidget(accountsLabel);
    accountsColumn->addWidget(m_accountsEdit);
    auto *assignmentsColumn = new QVBoxLayout;
    assignmentsColumn->addWidget(assignmentsLabel);
    assignmentsColumn->addWidget(m_assignmentsEdit);
    listLayout->addLayout(accountsColumn, 1);
    listLayout->addLayout(assignmentsColumn, 1);
    listLayout->addWidget(checkListButton, 0, Qt::AlignBottom);
    m_sourceTabs->addTab(listPage, tr("Accounts list"));
    m_sourceTabs->setMaximumHeight(m_sourceTabs->sizeHint().height());

    m_summary = new QLabel(tr("No input yet."), this);
    m_summary->setObjectName(QStringLiteral("bulkInputSummary"));
    m_summary->setTextFormat(Qt::PlainText); // names a file as it is called
    m_summary->setWordWrap(true);

    m_problemsView = RowTable::create(QStringLiteral("bulkProblemsView"), tr("Problems in the input"), this);
    m_problemsView->setModel(new MaskedTextModel(m_problems, masker, this));
    RowTable::setColumnWidths(m_problemsView, { { PlanProblemModel::WhereColumn, 160 } });
    m_rowsView = RowTable::create(QStringLiteral("bulkInputRowsView"), tr("Rows of the input"), this);
    m_rowsView->setModel(new MaskedTextModel(m_rows, masker, this));
    RowTable::setColumnWidths(m_rowsView,
        { { PlanRowsModel::SendColumn, 80 }, { PlanRowsModel::LineColumn, 50 },
            { PlanRowsModel::AccountColumn, 160 }, { PlanRowsModel::ValuesColumn, 300 } });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_problemsView);
    splitter->addWidget(m_rowsView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_skipInvalid = new QCheckBox(tr("&Leave out invalid rows (they are reported as skipped)"), this);
    m_skipInvalid->setObjectName(QStringLiteral("bulkSkipInvalidCheck"));
    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(QStringLiteral("bulkPreviewButton"));
    m_previewButton->setToolTip(tr("Read the accounts' current values and show what will change; "
                                   "nothing is written"));
    m_previewButton->setEnabled(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_skipInvalid);
    bottom->addStretch(1);
    bottom->addWidget(m_previewButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceTabs);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(pasteButton, &QPushButton::clicked, this, &BulkInputPane::pasteCells);
    connect(openButton, &QPushButton::clicked, this, &BulkInputPane::openFile);
    connect(checkListButton, &QPushButton::clicked, this, &BulkInputPane::loadList);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &BulkInputPane::reloadFile);
    connect(m_loader, &PlanLoader::loaded, this, &BulkInputPane::showPlan);
    connect(m_loader, &PlanLoader::failed, this, [this](const QString &message) {
        m_summary->setText(message);
        m_previewButton->setEnabled(false);
    });
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this] {
        updateSummary();
        Q_EMIT inputChanged();
    });
    connect(m_problemsView, &QAbstractItemView::activated, this, &BulkInputPane::revealProblem);
    connect(m_problemsView, &QAbstractItemView::clicked, this, &BulkInputPane::revealProblem);
}

ChangePlan::InvalidRows BulkInputPane::invalidRows() const
{
    return m_skipInvalid->isChecked() ? ChangePlan::InvalidRows::Skip : ChangePlan::InvalidRows::Refuse;
}

bool BulkInputPane::mayPreview() const
{
    return m_hasInput && !m_loader->isLoading() && m_plan.mayRun(invalidRows());
}

void BulkInputPane::pasteCells()
{
    const QString text = QApplication::clipboard()->text();
    m_filePath.clear();
    showLoading(tr("Checking the pasted cells…"));
    // Already text: the clipboard carries no byte encoding to choose.
    m_loader->loadTable(text.toUtf8(), {}, tr("pasted cells"));
}

void BulkInputPane::openFile()
{
    // Opened with open(), not exec(): a running job's answers keep arriving meanwhile.
    auto *dialog = new QFileDialog(this, tr("Open a CSV or TSV file"));
    dialog->setObjectName(QStringLiteral("bulkOpenFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Spreadsheet text (*.csv *.tsv *.txt)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_filePath = path;
        reloadFile();
    });
    dialog->open();
}

void BulkInputPane::reloadFile()
{
    if (m_filePath.isEmpty()) {
        return;
    }
    showLoading(tr("Reading %1…").arg(QFileInfo(m_filePath).fileName()));
    m_loader->loadFile(m_filePath, m_encodingCombo->currentData().toByteArray());
}

void BulkInputPane::loadList()
{
    m_filePath.clear();
    QStringList assignments;
    for (const QString &line : m_assignmentsEdit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            assignments.append(line.trimmed());
        }
    }
    showLoading(tr("Checking the list…"));
    m_loader->loadAccounts(m_accountsEdit->toPlainText(), assignments, tr("accounts list"));
}

void BulkInputPane::showLoading(const QString &what)
{
    m_summary->setText(what);
    m_previewButton->setEnabled(false);
    Q_EMIT inputChanged();
}

void BulkInputPane::showPlan(const ChangePlan &plan, const QString &source)
{
    m_plan = plan;
    m_source = source;
    m_hasInput = true;
    m_problems->setPlan(m_plan);
    m_rows->setPlan(m_plan);
    updateSummary();
    Q_EMIT inputChanged();
}

void BulkInputPane::updateSummary()
{
    m_previewButton->setEnabled(mayPreview());
    if (!m_hasInput) {
        return;
    }
    // English singulars of their own, as in PreviewTotals::summaryText(); every form has %Ln.
    const int rows = int(m_plan.rows().size());
    const int problems = int(m_plan.problems().size());
    const int invalid = int(m_plan.skippedRows(ChangePlan::InvalidRows::Skip).size());
    QStringList parts {
        (rows == 1 ? tr("%1: %Ln row.", nullptr, rows) : tr("%1: %Ln rows.", nullptr, rows)).arg(m_source)
    };
    if (problems > 0) {
        parts << (problems == 1 ? tr("%Ln problem, listed with its line and column.", nullptr, problems)
                                : tr("%Ln problems, listed with their line and column.", nullptr, problems));
    }
    if (problems > 0 && !m_plan.mayRun(ChangePlan::InvalidRows::Skip)) {
        parts << tr("Fix the input: a problem concerns all of it.");
    } else if (invalid > 0 && invalidRows() == ChangePlan::InvalidRows::Refuse) {
        parts << (invalid == 1
                ? tr("Fix it, or leave out the %Ln invalid row to go on.", nullptr, invalid)
                : tr("Fix them, or leave out the %Ln invalid rows to go on.", nullptr, invalid));
    } else if (invalid > 0) {
        parts << (invalid == 1 ? tr("%Ln invalid row will be left out.", nullptr, invalid)
                               : tr("%Ln invalid rows will be left out.", nullptr, invalid));
    }
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void BulkInputPane::revealProblem(const QModelIndex &index)
{
    const int row = m_rows->rowOfLine(m_problems->lineOf(index.row()));
    if (row >= 0) {
        m_rowsView->scrollTo(m_rowsView->model()->index(row, 0));
        m_rowsView->selectRow(row);
    }
}
