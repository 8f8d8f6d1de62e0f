#include "results/historyview.h"

#include "history/historycsv.h"
#include "history/historymodel.h"
#include "presentation/maskedtextmodel.h"
#include "presentation/presentationmasker.h"
#include "spreadsheet/csvwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace {

// Long enough to type a word before the history is searched.
constexpr int kTypingPauseMs = 300;

} // namespace

HistoryView::HistoryView(const ChangeHistory *history, const PresentationMasker *masker, QWidget *parent)
    : QWidget(parent)
    , m_masker(masker)
    , m_model(new HistoryModel(this))
    , m_shown(new MaskedTextModel(m_model, masker, this))
    , m_typingPause(new QTimer(this))
    , m_searchEdit(new QLineEdit(this))
    , m_spanCombo(new QComboBox(this))
    , m_outcomeCombo(new QComboBox(this))
    , m_accountEdit(new QLineEdit(this))
    , m_onlyAccountCheck(new QCheckBox(this))
    , m_fieldCombo(new QComboBox(this))
    , m_connectionCombo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_location(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
    , m_clearButton(new QPushButton(tr("C&lear history…"), this))
    , m_revertButton(new QPushButton(tr("Rever&t…"), this))
    , m_revertAllButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("historyView"));
    if (history) {
        m_loader = new HistoryLoader(history->path(), this);
        m_loader->setObjectName(QStringLiteral("historyLoader"));
        connect(m_loader, &HistoryLoader::loaded, this, &HistoryView::present);
        connect(m_loader, &HistoryLoader::cleared, this, [this](const QString &error) {
            m_clearing = false;
            updateActions();
            tell(error.isEmpty() ? tr("The change history was cleared.") : error);
        });
    }
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setAccessibleName(tr("Change history"));
    m_tree->setModel(m_shown);
    // A bulk job of 100,000 changes scrolls smoothly only when rows need not be measured.
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Set, not measured: measuring would read rows that are not on screen, and operations and
    // their changes fill the columns differently.
    const QFontMetrics metrics = fontMetrics();
    const auto characters = [&metrics](int count) {
        return metrics.horizontalAdvance(QString(count, QLatin1Char('n'))) + metrics.averageCharWidth() * 2;
    };
    const QString sampleTime
        = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    m_tree->header()->resizeSection(HistoryModel::WhenColumn,
        metrics.horizontalAdvance(sampleTime) + m_tree->indentation() + metrics.averageCharWidth() * 4);
    m_tree->header()->resizeSection(HistoryModel::ConnectionColumn, characters(12));
    m_tree->header()->resizeSection(HistoryModel::AccountColumn, characters(12));
    m_tree->header()->resizeSection(HistoryModel::FieldColumn,
        metrics.horizontalAdvance(tr("bulk: %1 accounts").arg(QLocale().toString(100000)))
            + metrics.averageCharWidth() * 2);
    m_tree->header()->resizeSection(HistoryModel::BeforeColumn, characters(11));
    m_tree->header()->resizeSection(HistoryModel::AfterColumn, characters(11));
    m_tree->header()->resizeSection(HistoryModel::ResultColumn, characters(13));
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateActions);
    connect(m_tree, &QTreeView::expanded, this,
        [this](const QModelIndex &index) { m_expanded.insert(m_model->operationKey(index.row())); });
    connect(m_tree, &QTreeView::collapsed, this,
        [this](const QModelIndex &index) { m_expanded.remove(m_model->operationKey(index.row())); });

    m_location->setObjectName(QStringLiteral("historyLocation"));
    m_location->setTextFormat(Qt::PlainText);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_location->setAccessibleName(tr("Where the change history is kept"));
    m_location->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &HistoryView::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildFilters());
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_notice);
    layout->addLayout(buildActions());

    connect(m_masker, &PresentationMasker::changed, this, [this] {
        showAccount();
        showLocation();
        offerFacets();
        updateActions();
    });
    showAccount();
    showLocation();
    offerFacets();
    updateActions();
}

HistoryView::~HistoryView() = default;

QLayout *HistoryView::buildFilters()
{
    m_searchEdit->setObjectName(QStringLiteral("historySearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search accounts, fields, values"));
    m_searchEdit->setAccessibleName(tr("Search the change history"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));

    m_spanCombo->setObjectName(QStringLiteral("historySpanCombo"));
    m_spanCombo->setAccessibleName(tr("Time span"));
    m_spanCombo->addItem(tr("All time"), static_cast<int>(HistoryQuery::Span::All));
    m_spanCombo->addItem(tr("Last hour"), static_cast<int>(HistoryQuery::Span::LastHour));
    m_spanCombo->addItem(tr("Today"), static_cast<int>(HistoryQuery::Span::Today));
    m_spanCombo->addItem(tr("Last 7 days"), static_cast<int>(HistoryQuery::Span::Last7Days));
    m_spanCombo->addItem(tr("Last 30 days"), static_cast<int>(HistoryQuery::Span::Last30Days));

    m_outcomeCombo->setObjectName(QStringLiteral("historyOutcomeCombo"));
    m_outcomeCombo->setAccessibleName(tr("Outcome"));
    m_outcomeCombo->addItem(tr("Any outcome"), static_cast<int>(HistoryQuery::Outcome::All));
    m_outcomeCombo->addItem(tr("OK"), static_cast<int>(HistoryQuery::Outcome::Ok));
    m_outcomeCombo->addItem(tr("Failed"), static_cast<int>(HistoryQuery::Outcome::Failed));
    m_outcomeCombo->addItem(tr("Unknown"), static_cast<int>(HistoryQuery::Outcome::Unknown));
    m_outcomeCombo->setToolTip(tr("Unknown: sent, and no answer came; the write may have been stored"));

    m_accountEdit->setObjectName(QStringLiteral("historyAccountEdit"));
    m_accountEdit->setPlaceholderText(tr("Any account"));
    m_accountEdit->setAccessibleName(tr("Account"));
    m_accountEdit->setClearButtonEnabled(true);
    connect(m_accountEdit, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));

    m_onlyAccountCheck->setObjectName(QStringLiteral("historyOnlyAccountCheck"));
    connect(m_onlyAccountCheck, &QCheckBox::toggled, this, [this](bool only) {
        m_accountEdit->setEnabled(!only);
        refresh();
    });

    m_fieldCombo->setObjectName(QStringLiteral("historyFieldCombo"));
    m_fieldCombo->setAccessibleName(tr("Field"));
    m_connectionCombo->setObjectName(QStringLiteral("historyConnectionCombo"));
    m_connectionCombo->setAccessibleName(tr("Connection"));
    // Their choices come from the history: a long connection name is elided rather than
    // widening the window past a 1024-pixel screen.
    for (QComboBox *combo : { m_fieldCombo, m_connectionCombo }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    for (QComboBox *combo : { m_spanCombo, m_outcomeCombo, m_fieldCombo, m_connectionCombo }) {
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &HistoryView::refresh);
    }

    // One row, so the tree keeps the height of the results pane: each filter says what it
    // filters by its "Any …" choice or placeholder, and has an accessible name.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 3);
    filters->addWidget(m_accountEdit, 2);
    filters->addWidget(m_onlyAccountCheck);
    filters->addWidget(m_fieldCombo);
    filters->addWidget(m_connectionCombo);
    filters->addWidget(m_spanCombo);
    filters->addWidget(m_outcomeCombo);
    return filters;
}

QLayout *HistoryView::buildActions()
{
    m_exportButton->setObjectName(QStringLiteral("historyExportButton"));
    m_exportButton->setToolTip(tr("Save the changes shown as a CSV file"));
    m_clearButton->setObjectName(QStringLiteral("historyClearButton"));
    m_clearButton->setToolTip(tr("Delete every recorded change from this computer"));
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryView::askWhereToExport);
    connect(m_clearButton, &QPushButton::clicked, this, &HistoryView::askToClear);
    m_revertButton->setObjectName(QStringLiteral("historyRevertButton"));
    m_revertAllButton->setObjectName(QStringLiteral("historyRevertAllButton"));
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        const QList<ChangeRecord> changes = selectedChanges();
        if (!changes.isEmpty()) {
            Q_EMIT revertRequested(changes);
        }
    });
    connect(m_revertAllButton, &QPushButton::clicked, this, [this] {
        if (!m_shownAccount.isEmpty() && !m_truncated) {
            Q_EMIT revertRequested(m_model->records());
        }
    });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_revertButton);
    actions->addWidget(m_revertAllButton);
    actions->addWidget(m_location, 1);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_clearButton);
    return actions;
}

void HistoryView::setAccount(const QString &account)
{
    m_account = account;
    showAccount();
    if (m_onlyAccountCheck->isChecked()) {
        refresh();
    }
}

// The account may be an identifier presentation mode hides (an admin's own profile).
void HistoryView::showAccount()
{
    m_onlyAccountCheck->setText(
        m_account.isEmpty() ? tr("Only the loaded account") : m_masker->mask(tr("Only %1").arg(m_account)));
}

void HistoryView::showLocation()
{
    m_location->setText(m_loader
            ? m_masker->mask(tr("Kept in %1").arg(QDir::toNativeSeparators(m_loader->path())))
            : tr("No change history in this session."));
}

HistoryQuery HistoryView::query() const
{
    HistoryQuery q;
    q.account = m_onlyAccountCheck->isChecked() ? m_account : m_accountEdit->text().trimmed();
    q.tag = m_fieldCombo->currentData().toString();
    q.connectionId = m_connectionCombo->currentData().toString();
    q.span = static_cast<HistoryQuery::Span>(m_spanCombo->currentData().toInt());
    q.outcome = static_cast<HistoryQuery::Outcome>(m_outcomeCombo->currentData().toInt());
    q.search = m_searchEdit->text().trimmed();
    return q;
}

void HistoryView::refresh()
{
    m_stale = true;
    if (isVisible()) {
        reload();
    }
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void HistoryView::reload()
{
    m_stale = false;
    m_typingPause->stop();
    if (m_loader) {
        m_loader->load(query());
    } else {
        m_status->setText(tr("No change history in this session."));
        m_status->show();
    }
}

void HistoryView::present(const HistorySnapshot &snapshot)
{
    m_model->setRecords(snapshot.records);
    m_truncated = snapshot.truncated;
    m_shownAccount.clear();
    if (!snapshot.records.isEmpty()) {
        const QString &account = snapshot.records.constFirst().account;
        const bool one = std::all_of(snapshot.records.cbegin(), snapshot.records.cend(),
            [&account](const ChangeRecord &r) { return r.account == account; });
        m_shownAccount = one ? account : QString();
    }
    m_facets = snapshot.facets;
    offerFacets();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_expanded.contains(m_model->operationKey(row))) {
            m_tree->expand(m_shown->index(row, 0));
        }
    }
    QString status;
    if (!snapshot.error.isEmpty()) {
        status = snapshot.error;
    } else if (snapshot.records.isEmpty()) {
        status = query().filtersAnything() ? tr("No change matches these filters.")
                                           : tr("No profile has been written from this computer yet.");
    } else if (snapshot.truncated) {
        status = tr("Showing the newest %1 changes; narrow the filters to see older ones.")
                     .arg(QLocale().toString(HistoryLoader::kLimit));
    }
    m_status->setText(m_masker->mask(status));
    m_status->setVisible(!status.isEmpty());
    updateActions();
}

// The filters offer what the history holds; a choice made stays offered even when nothing of it
// is left, so the user can see that and choose another.
void HistoryView::offerFacets()
{
    const auto refill
        = [](QComboBox *combo, const QString &anyText, const QList<std::pair<QString, QString>> &choices) {
              const QString current = combo->currentData().toString();
              const QString currentText = combo->currentText();
              const QSignalBlocker blocker(combo);
              combo->clear();
              combo->addItem(anyText, QString());
              for (const auto &[data, text] : choices) {
                  combo->addItem(text, data);
              }
              int index = combo->findData(current);
              if (index < 0) {
                  combo->addItem(currentText, current);
                  index = combo->count() - 1;
              }
              combo->setCurrentIndex(index);
          };
    QList<std::pair<QString, QString>> fields;
    for (const QString &tag : std::as_const(m_facets.tags)) {
        fields.append({ tag, m_masker->mask(HistoryModel::fieldName(tag)) });
    }
    refill(m_fieldCombo, tr("Any field"), fields);
    for (int i = 1; i < m_fieldCombo->count(); ++i) {
        m_fieldCombo->setItemData(i, m_fieldCombo->itemData(i), Qt::ToolTipRole);
    }
    QList<std::pair<QString, QString>> connections;
    for (const HistoryFacets::Connection &c : std::as_const(m_facets.connections)) {
        connections.append({ c.id, m_masker->mask(c.name) });
    }
    refill(m_connectionCombo, tr("Any connection"), connections);
}

void HistoryView::updateActions()
{
    m_exportButton->setEnabled(m_model->rowCount() > 0 && !m_exporting);
    m_clearButton->setEnabled(m_loader && !m_clearing);
    // A cut-off list may show part of an operation: reverting it would leave the rest.
    const QString narrow = tr("Only the newest changes are shown: narrow the filters to revert.");
    const bool selected = m_tree->selectionModel()->hasSelection();
    m_revertButton->setEnabled(selected && !m_truncated);
    m_revertButton->setToolTip(m_truncated
            ? narrow
            : tr("Put back what the selected operations or changes overwrote, after a look at what the "
                 "server holds now"));
    const QString &account = m_shownAccount;
    m_revertAllButton->setText(account.isEmpty()
            ? tr("Revert all shown…")
            : m_masker->mask(tr("Revert all shown for %1…").arg(account)));
    m_revertAllButton->setEnabled(!account.isEmpty() && !m_truncated);
    m_revertAllButton->setToolTip(m_truncated ? narrow
            : account.isEmpty()
            ? tr("Filter the history to one account (and a time span) to revert all its changes shown")
            : tr("Put back every change shown: this account's, within the filters and time span chosen"));
}

QList<ChangeRecord> HistoryView::selectedChanges() const
{
    QList<ChangeRecord> changes;
    QSet<qint64> seen; // an operation and one of its changes may both be selected
    for (const QModelIndex &shown : m_tree->selectionModel()->selectedRows()) {
        for (const ChangeRecord &change : m_model->changesAt(m_shown->mapToSource(shown))) {
            if (!seen.contains(change.id)) {
                seen.insert(change.id);
                changes.append(change);
            }
        }
    }
    std::sort(changes.begin(), changes.end(),
        [](const ChangeRecord &a, const ChangeRecord &b) { return a.id > b.id; });
    return changes;
}

void HistoryView::askToClear()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear the change history"),
        tr("Delete every recorded change from this computer?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("historyClearQuestion"));
    box->setInformativeText(tr("What was written to which account, and how to put it back, is lost; the "
                               "profiles on the server stay as they are. Export the history first to keep a "
                               "copy."));
    QPushButton *clear = box->addButton(tr("Clear history"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_masker->maskTexts(box);
    connect(box, &QMessageBox::finished, this, [this, box, clear] {
        if (box->clickedButton() == clear && m_loader) {
            m_clearing = true;
            updateActions();
            m_loader->clear();
        }
    });
    box->open();
}

void HistoryView::askWhereToExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("change-history-%1.csv")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    auto *dialog = new QFileDialog(this, tr("Export the change history"), QDir(folder).filePath(name),
        tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("historyExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &HistoryView::exportTo);
    dialog->open();
}

// Writes the changes shown, as filtered, in a worker: a large history takes a moment to format.
void HistoryView::exportTo(const QString &path)
{
    m_exporting = true;
    updateActions();
    const QList<ChangeRecord> records = m_model->records();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, count = records.size()] {
        watcher->deleteLater();
        m_exporting = false;
        updateActions();
        const QString error = watcher->result();
        const QString shownPath = QDir::toNativeSeparators(path);
        if (!error.isEmpty()) {
            tell(error);
        } else if (count == 1) {
            tell(tr("Exported 1 change to %1.").arg(shownPath));
        } else {
            tell(tr("Exported %1 changes to %2.").arg(QLocale().toString(count), shownPath));
        }
    });
    watcher->setFuture(QtConcurrent::run([records, path] {
        QString error;
        return CsvFile::write(path, HistoryCsv::document(records), &error) ? QString() : error;
    }));
}

void HistoryView::tell(const QString &notice)
{
    m_notice->setText(m_masker->mask(notice));
    m_notice->show();
}
