// The bulk edit window, driven offscreen through the widgets a user touches, against the
// Sandbox's REST emulation on loopback (support/countingsandbox.h), which counts what reaches it.
#include "mainwindow/mainwindow.h"

#include "appinfo/appinfo.h"
#include "connections/connectionprofilestore.h"
#include "credentials/memorysecretstore.h"
#include "i18n/translator.h"
#include "jobs/jobstore.h"
#include "sandbox/sandboxdemo.h"
#include "support/countingsandbox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found) {
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    }
    return found;
}

QString cell(const QAbstractItemView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

// The row of `view` whose column `column` reads `text`, or -1.
int rowWith(const QAbstractItemView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (cell(view, row, column) == text) {
            return row;
        }
    }
    return -1;
}

const QString kNick = QStringLiteral("Tag_Profile_IM_Nick");

} // namespace

class TestBulkEdit final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<CountingSandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    QWidget *m_bulk = nullptr;

    // `count` accounts bulk_001… on the Sandbox, each with the nickname "Old N".
    QStringList addAccounts(int count)
    {
        QStringList accounts;
        for (int i = 1; i <= count; ++i) {
            const QString account = QStringLiteral("bulk_%1").arg(i, 3, 10, QLatin1Char('0'));
            m_sandbox->store().addAccount(account);
            m_sandbox->store().setItems(account, { { kNick, QStringLiteral("Old %1").arg(i) } });
            accounts << account;
        }
        return accounts;
    }

    // The window opens on one saved connection to the counting Sandbox, with the demo key typed.
    void openWindow(bool readOnly = false, bool confirmEveryWrite = false)
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("bulk");
        profile.name = QStringLiteral("Bulk target");
        profile.regionId = QStringLiteral("custom");
        profile.customEndpoint = m_sandbox->baseUrl().toString();
        profile.sdkAppId = SandboxDemo::get().config.sdkAppId;
        profile.adminIdentifier = SandboxDemo::get().admin;
        profile.readOnly = readOnly;
        profile.confirmBeforeWrite = confirmEveryWrite;
        {
            ConnectionProfileStore store;
            store.save({ profile });
            store.setLastUsedId(profile.id);
            store.sync();
        }
        m_window = std::make_unique<MainWindow>(std::make_unique<MemorySecretStore>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::keyClicks(child<QLineEdit>(m_window.get(), "secretKeyEdit"),
            QString::fromUtf8(SandboxDemo::get().config.secretKey));
    }

    // File ▸ Bulk edit… by its shortcut, as a user does.
    void openBulk()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        QTRY_VERIFY((m_bulk = m_window->findChild<QWidget *>(QStringLiteral("bulkEditWindow")))
            && m_bulk->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(m_bulk));
    }

    // Cells copied from a spreadsheet, pasted with the window's Paste cells button.
    void paste(const QString &cells)
    {
        QApplication::clipboard()->setText(cells);
        auto *summary = child<QLabel>(m_bulk, "bulkInputSummary");
        QTest::mouseClick(child<QPushButton>(m_bulk, "bulkPasteButton"), Qt::LeftButton);
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("pasted cells")), qPrintable(summary->text()));
    }

    // One Nick column: account → new nickname.
    static QString nickCells(const QStringList &accounts, const QString &prefix)
    {
        QString cells = QStringLiteral("account\tNick\n");
        for (int i = 0; i < accounts.size(); ++i) {
            cells += accounts.at(i) + QLatin1Char('\t') + prefix + QString::number(i + 1) + QLatin1Char('\n');
        }
        return cells;
    }

    static void typeLines(QWidget *edit, const QStringList &lines)
    {
        for (const QString &line : lines) {
            QTest::keyClicks(edit, line);
            QTest::keyClick(edit, Qt::Key_Return);
        }
    }

    QTableView *previewView() const { return child<QTableView>(m_bulk, "bulkPreviewView"); }
    QPushButton *runButton() const { return child<QPushButton>(m_bulk, "bulkRunButton"); }
    QProgressBar *progress() const { return child<QProgressBar>(m_bulk, "bulkProgress"); }

    void preview(int expectedRows)
    {
        auto *button = child<QPushButton>(m_bulk, "bulkPreviewButton");
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(previewView()->model()->rowCount(), expectedRows, 15000);
        QTRY_VERIFY(runButton()->isEnabled());
    }

    int nickColumn() const
    {
        const QAbstractItemModel *model = previewView()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString() == kNick) {
                return column;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { AppInfo::applyToApplication(); }

    void init()
    {
        // Every test its own settings, job store and history.
        m_data = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", m_data->filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_data->filePath(QStringLiteral("data")).toUtf8());
        QSettings().clear();
        m_sandbox = std::make_unique<CountingSandbox>();
        QVERIFY(m_sandbox->listen());
    }

    void cleanup()
    {
        m_bulk = nullptr;
        m_window.reset();
        m_sandbox.reset();
        m_data.reset();
    }

    void pastedCellsShowEveryProblemWithLineAndColumn()
    {
        addAccounts(2);
        openWindow();
        openBulk();
        paste(QStringLiteral("account\tNick\tGender\n"
                             "bulk_001\tAnn\tFemale\n"
                             "bulk_002\tBob\tSometimes\n"
                             "\tNobody\t\n"));
        auto *problems = child<QTableView>(m_bulk, "bulkProblemsView");
        QCOMPARE(problems->model()->rowCount(), 2);
        QCOMPARE(cell(problems, 0, 0), QStringLiteral("Line 3, column C")); // Gender of bulk_002
        QCOMPARE(cell(problems, 1, 0), QStringLiteral("Line 4, column A")); // no account
        auto *rows = child<QTableView>(m_bulk, "bulkInputRowsView");
        QCOMPARE(rows->model()->rowCount(), 3);
        const auto ticked = [rows](int row) { return rows->model()->index(row, 0).data(Qt::CheckStateRole); };
        QCOMPARE(ticked(0), QVariant(Qt::Checked));
        QCOMPARE(ticked(1), QVariant(Qt::Unchecked));
        QCOMPARE(ticked(2), QVariant(Qt::Unchecked));
        QVERIFY(!cell(rows, 1, 4).isEmpty()); // the problem, beside the row
        // Nothing can be previewed while the input has problems…
        auto *previewButton = child<QPushButton>(m_bulk, "bulkPreviewButton");
        QVERIFY(!previewButton->isEnabled());
        // …unless the user leaves the invalid rows out: then only bulk_001 is read and shown.
        QTest::mouseClick(child<QCheckBox>(m_bulk, "bulkSkipInvalidCheck"), Qt::LeftButton);
        preview(1);
        QCOMPARE(cell(previewView(), 0, 1), QStringLiteral("bulk_001"));
        QCOMPARE(m_sandbox->writes(), 0);
    }

    void previewShowsOldToNewAndTotals()
    {
        const QStringList accounts = addAccounts(3);
        m_sandbox->store().setItems(
            accounts.at(2), { { kNick, QStringLiteral("New 3") } }); // already as asked
        openWindow();
        openBulk();
        paste(nickCells(accounts, QStringLiteral("New ")) + QStringLiteral("ghost_account\tBoo\n"));
        QVERIFY(!runButton()->isEnabled()); // Run only after a preview
        preview(4);
        const int nick = nickColumn();
        QVERIFY(nick >= 0);
        QCOMPARE(cell(previewView(), rowWith(previewView(), 1, accounts.at(0)), nick),
            QStringLiteral("Old 1 → New 1"));
        QCOMPARE(cell(previewView(), rowWith(previewView(), 1, accounts.at(1)), nick),
            QStringLiteral("Old 2 → New 2"));
        const int ghost = rowWith(previewView(), 1, QStringLiteral("ghost_account"));
        QVERIFY(ghost >= 0);
        QVERIFY2(cell(previewView(), ghost, 2).contains(QStringLiteral("does not exist")),
            qPrintable(cell(previewView(), ghost, 2)));
        const QString totals = child<QLabel>(m_bulk, "bulkPreviewTotals")->text();
        QVERIFY2(totals.contains(QStringLiteral("2 accounts will change (2 fields)")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("1 already as asked")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("1 account does not exist")), qPrintable(totals));
        QCOMPARE(m_sandbox->writes(), 0); // a preview writes nothing
        QCOMPARE(m_sandbox->store().value(accounts.at(0), kNick).toString(), QStringLiteral("Old 1"));
    }

    void headersAreNotCutOffInAnyLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translator::availableLanguages()) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }

    // The tables' widths suit English; a translated header wider than that widens its column.
    void headersAreNotCutOffInAnyLanguage()
    {
        QFETCH(QString, language);
        const Translator translator { QLocale(language) };
        const QStringList accounts = addAccounts(2);
        openWindow();
        openBulk();
        QApplication::clipboard()->setText(nickCells(accounts, QStringLiteral("New ")));
        QTest::mouseClick(child<QPushButton>(m_bulk, "bulkPasteButton"), Qt::LeftButton);
        preview(2);
        for (const char *name :
            { "bulkProblemsView", "bulkInputRowsView", "bulkPreviewView", "bulkResultsView" }) {
            const QHeaderView *header = child<QTableView>(m_bulk, name)->horizontalHeader();
            // The last section stretches to what is left; every other keeps the width it was given.
            for (int section = 0; section + 1 < header->count(); ++section) {
                QVERIFY2(header->sectionSize(section) >= header->sectionSizeHint(section),
                    qPrintable(QStringLiteral("%1 column %2 \"%3\": %4 < %5 px")
                                   .arg(QLatin1String(name))
                                   .arg(section)
                                   .arg(header->model()->headerData(section, Qt::Horizontal).toString())
                                   .arg(header->sectionSize(section))
                                   .arg(header->sectionSizeHint(section))));
            }
        }
        QLocale::setDefault(QLocale::c());
    }

    void runWritesEveryAccountAndProgressReachesTheTotal()
    {
        const QStringList accounts = addAccounts(40);
        openWindow();
        openBulk();
        paste(nickCells(accounts, QStringLiteral("Bulk ")));
        preview(40);
        QCOMPARE(child<QSpinBox>(m_bulk, "bulkRateSpin")->value(), 100);
        QCOMPARE(child<QSpinBox>(m_bulk, "bulkRateSpin")->maximum(), 200);
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progress()->value(), 40, 20000);
        QCOMPARE(progress()->maximum(), 40);
        for (int i = 0; i < accounts.size(); ++i) {
            QCOMPARE(m_sandbox->store().value(accounts.at(i), kNick).toString(),
                QStringLiteral("Bulk %1").arg(i + 1));
        }
        QCOMPARE(m_sandbox->writes(), 40); // one portrait_set per account, none twice
        const QString counts = child<QLabel>(m_bulk, "bulkCounts")->text();
        QVERIFY2(counts.contains(QStringLiteral("OK 40")), qPrintable(counts));
        QVERIFY2(counts.contains(QStringLiteral("failed 0")), qPrintable(counts));
        auto *results = child<QTableView>(m_bulk, "bulkResultsView");
        QCOMPARE(results->model()->rowCount(), 40);
        QCOMPARE(cell(results, 0, 2), QStringLiteral("OK"));
    }

    void pauseStopsNewRequestsAndResumeContinues()
    {
        const QStringList accounts = addAccounts(60);
        openWindow();
        openBulk();
        paste(nickCells(accounts, QStringLiteral("Paced ")));
        preview(60);
        // 20 calls a second: a pause that did not hold would let about 30 through in 1.5 s.
        auto *rate = child<QSpinBox>(m_bulk, "bulkRateSpin");
        rate->selectAll();
        QTest::keyClicks(rate, QStringLiteral("20"));
        QCOMPARE(rate->value(), 20);
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->writes() >= 5, 10000);
        QTest::mouseClick(child<QPushButton>(m_bulk, "bulkPauseButton"), Qt::LeftButton);
        // The answers on their way are still counted; then nothing more arrives. A call started
        // just before the click may still be on its way (loopback, the same event loop): at most
        // one, since at 20/s calls start 50 ms apart, followed by 1.5 s of silence.
        QTRY_COMPARE(progress()->value(), m_sandbox->writes());
        QSignalSpy arrivals(&m_sandbox->server(), &TestHttpServer::requestReceived);
        while (arrivals.wait(1500) && arrivals.count() <= 1) { }
        QVERIFY2(arrivals.count() <= 1, qPrintable(QString::number(arrivals.count())));
        const int writesWhenPaused = m_sandbox->writes();
        QVERIFY(writesWhenPaused < 60);
        QTRY_COMPARE(progress()->value(), writesWhenPaused);
        QVERIFY(child<QPushButton>(m_bulk, "bulkResumeButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(m_bulk, "bulkResumeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progress()->value(), 60, 20000);
        QCOMPARE(m_sandbox->writes(), 60); // the rest once each, none twice
        QCOMPARE(m_sandbox->store().value(accounts.last(), kNick).toString(), QStringLiteral("Paced 60"));
    }

    void failedRowsAreFilteredAndRetried()
    {
        const QStringList accounts = addAccounts(6);
        m_sandbox->refuseWritesTo({ accounts.at(1), accounts.at(4) });
        openWindow();
        openBulk();
        paste(nickCells(accounts, QStringLiteral("Retry ")));
        preview(6);
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progress()->value(), 6, 15000);
        auto *retry = child<QPushButton>(m_bulk, "bulkRetryButton");
        QTRY_VERIFY(retry->isEnabled());
        auto *results = child<QTableView>(m_bulk, "bulkResultsView");
        const int failed = rowWith(results, 1, accounts.at(1));
        QVERIFY2(cell(results, failed, 2).startsWith(QStringLiteral("Failed")),
            qPrintable(cell(results, failed, 2)));
        QCOMPARE(cell(results, failed, 3), QString::number(CountingSandbox::RefusalCode));
        QCOMPARE(m_sandbox->writes(), 6);

        // The filter shows the two that failed, and only them.
        QTest::mouseClick(child<QCheckBox>(m_bulk, "bulkOnlyFailedCheck"), Qt::LeftButton);
        QCOMPARE(results->model()->rowCount(), 2);
        QCOMPARE(cell(results, 0, 1), accounts.at(1));
        QCOMPARE(cell(results, 1, 1), accounts.at(4));

        // The server takes them now: a new job of those two rows, through the same runner.
        m_sandbox->refuseWritesTo({});
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->writes(), 8, 15000);
        QTRY_COMPARE(progress()->maximum(), 2);
        QTRY_COMPARE(progress()->value(), 2);
        QCOMPARE(m_sandbox->store().value(accounts.at(1), kNick).toString(), QStringLiteral("Retry 2"));
        QCOMPARE(m_sandbox->store().value(accounts.at(4), kNick).toString(), QStringLiteral("Retry 5"));
        QTRY_COMPARE(results->model()->rowCount(), 0); // nothing failed any more
        QVERIFY(!retry->isEnabled());
    }

    void presentationModeMasksTheAdmin()
    {
        openWindow();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->isPresentationMode());
        openBulk();
        const QString admin = SandboxDemo::get().admin;
        paste(QStringLiteral("account\tNick\n%1\tBoss\n").arg(admin));
        auto *rows = child<QTableView>(m_bulk, "bulkInputRowsView");
        QCOMPARE(rows->model()->rowCount(), 1);
        QVERIFY2(!cell(rows, 0, 2).contains(admin), qPrintable(cell(rows, 0, 2)));
        QVERIFY(!cell(rows, 0, 2).isEmpty());
        preview(1);
        QVERIFY2(!cell(previewView(), 0, 1).contains(admin), qPrintable(cell(previewView(), 0, 1)));
        const QString sdkAppId = QString::number(SandboxDemo::get().config.sdkAppId);
        QVERIFY(!child<QLabel>(m_bulk, "bulkGuardLabel")->text().contains(sdkAppId));
    }

    void accountsListWithFieldsForAll()
    {
        const QStringList accounts = addAccounts(3);
        openWindow();
        openBulk();
        child<QTabWidget>(m_bulk, "bulkSourceTabs")->setCurrentIndex(1);
        auto *list = child<QPlainTextEdit>(m_bulk, "bulkAccountsEdit");
        typeLines(list, accounts);
        auto *fields = child<QPlainTextEdit>(m_bulk, "bulkAssignmentsEdit");
        typeLines(fields, { QStringLiteral("Nick=Same for all"), QStringLiteral("Level=three") });
        auto *summary = child<QLabel>(m_bulk, "bulkInputSummary");
        QTest::mouseClick(child<QPushButton>(m_bulk, "bulkUseListButton"), Qt::LeftButton);
        QTRY_VERIFY2(
            summary->text().startsWith(QStringLiteral("accounts list")), qPrintable(summary->text()));
        // A value for all that is wrong concerns every row: nothing can be previewed, even leaving
        // invalid rows out.
        auto *problems = child<QTableView>(m_bulk, "bulkProblemsView");
        QCOMPARE(problems->model()->rowCount(), 1);
        QCOMPARE(cell(problems, 0, 0), QStringLiteral("Value 2 for all accounts"));
        QTest::mouseClick(child<QCheckBox>(m_bulk, "bulkSkipInvalidCheck"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(m_bulk, "bulkPreviewButton")->isEnabled());

        fields->clear();
        QTest::keyClicks(fields, QStringLiteral("Nick=Same for all"));
        QTest::mouseClick(child<QPushButton>(m_bulk, "bulkUseListButton"), Qt::LeftButton);
        QTRY_COMPARE(problems->model()->rowCount(), 0);
        preview(3);
        QCOMPARE(cell(previewView(), 2, nickColumn()), QStringLiteral("Old 3 → Same for all"));
    }

    void fileInTheEncodingChosen()
    {
        addAccounts(1);
        const QString path = m_data->filePath(QStringLiteral("gb18030.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QStringEncoder encoder("GB18030");
            file.write(encoder.encode(QStringLiteral("account,Nick\nbulk_001,张伟\n")));
        }
        openWindow();
        openBulk();
        // Ctrl+O, as a user opens a file.
        m_bulk->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_bulk));
        QTest::keyClick(m_bulk, Qt::Key_O, Qt::ControlModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_bulk->findChild<QFileDialog *>(QStringLiteral("bulkOpenFileDialog")))
            && dialog->isVisible());
        dialog->setDirectory(m_data->path()); // the user is in the folder already
        QTest::keyClicks(child<QLineEdit>(dialog, "fileNameEdit"), QStringLiteral("gb18030.csv"));
        QPushButton *open = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Open);
        QVERIFY(open);
        QTRY_VERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        // Automatic: not UTF-8, so refused rather than shown as mojibake.
        auto *problems = child<QTableView>(m_bulk, "bulkProblemsView");
        QTRY_COMPARE(problems->model()->rowCount(), 1);
        QVERIFY2(cell(problems, 0, 1).contains(QStringLiteral("UTF-8")), qPrintable(cell(problems, 0, 1)));
        auto *encoding = child<QComboBox>(m_bulk, "bulkEncodingCombo");
        encoding->setCurrentIndex(encoding->findText(QStringLiteral("GB18030")));
        QTRY_COMPARE(problems->model()->rowCount(), 0);
        auto *rows = child<QTableView>(m_bulk, "bulkInputRowsView");
        QTRY_COMPARE(rows->model()->rowCount(), 1);
        QCOMPARE(cell(rows, 0, 3), QStringLiteral("Nick = 张伟"));
    }

    void reportIsExportedAsCsv()
    {
        const QStringList accounts = addAccounts(3);
        m_sandbox->refuseWritesTo({ accounts.at(2) });
        openWindow();
        openBulk();
        paste(nickCells(accounts, QStringLiteral("=Report ")) + QStringLiteral("\tNo account\n"));
        QTest::mouseClick(child<QCheckBox>(m_bulk, "bulkSkipInvalidCheck"), Qt::LeftButton);
        preview(3);
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progress()->value(), 4, 15000);
        auto *exportButton = child<QPushButton>(m_bulk, "bulkExportButton");
        QTRY_VERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_bulk->findChild<QFileDialog *>(QStringLiteral("bulkExportDialog")))
            && dialog->isVisible());
        const QString path = m_data->filePath(QStringLiteral("report.csv"));
        // The user is in the folder already (typing a path would open the completer's popup,
        // which takes the next click), types the name and saves.
        dialog->setDirectory(m_data->path());
        auto *name = child<QLineEdit>(dialog, "fileNameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("report.csv"));
        QPushButton *save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
        QVERIFY(save);
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *message = child<QLabel>(m_bulk, "bulkRunMessage");
        QTRY_VERIFY2(message->text().startsWith(QStringLiteral("Report saved")), qPrintable(message->text()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, for Excel
        const QStringList lines
            = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // the header and one line per input row, the invalid one too
        const QStringList header = lines.at(0).split(QLatin1Char(','));
        for (const char *column : { "account", "outcome", "error_code", "error_info", "random" }) {
            QVERIFY2(header.contains(QLatin1String(column)), column);
        }
        const auto field = [&](int line, const char *column) {
            return lines.at(line).split(QLatin1Char(',')).value(header.indexOf(QLatin1String(column)));
        };
        QCOMPARE(field(1, "account"), accounts.at(0));
        QCOMPARE(field(1, "outcome"), QStringLiteral("ok"));
        QVERIFY(field(1, "random").toUInt() > 0);
        QCOMPARE(field(3, "outcome"), QStringLiteral("failed"));
        QCOMPARE(field(3, "error_code"), QString::number(CountingSandbox::RefusalCode));
        QCOMPARE(field(4, "outcome"), QStringLiteral("skipped"));
        // A value a spreadsheet would run as a formula is written as text.
        QVERIFY2(lines.at(1).contains(QStringLiteral("'=Report 1")), qPrintable(lines.at(1)));
    }

    void quittingMidJobLeavesItResumable()
    {
        const QStringList accounts = addAccounts(60);
        openWindow();
        openBulk();
        paste(nickCells(accounts, QStringLiteral("Cut ")));
        preview(60);
        auto *rate = child<QSpinBox>(m_bulk, "bulkRateSpin");
        rate->selectAll();
        QTest::keyClicks(rate, QStringLiteral("20"));
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->writes() >= 3, 10000);
        m_bulk = nullptr;
        m_window.reset(); // the console goes while the job runs
        const std::optional<qint64> left = JobStore().latestUnfinished();
        QVERIFY(left);
        const std::optional<WriteJob> job = JobStore().load(*left);
        QVERIFY(job);
        const JobTotals totals = job->totals();
        QCOMPARE(totals.total, 60);
        QVERIFY2(totals.ok >= 1 && totals.ok < 60, qPrintable(QString::number(totals.ok)));
        QCOMPARE(totals.ok + totals.pending + totals.sent + totals.unknown, 60);
    }

    void readOnlyConnectionRefusesBulkJobs()
    {
        const QStringList accounts = addAccounts(3);
        openWindow(/*readOnly=*/true);
        openBulk();
        QVERIFY2(child<QLabel>(m_bulk, "bulkGuardLabel")->text().contains(QStringLiteral("read-only")),
            qPrintable(child<QLabel>(m_bulk, "bulkGuardLabel")->text()));
        paste(nickCells(accounts, QStringLiteral("Never ")));
        auto *previewButton = child<QPushButton>(m_bulk, "bulkPreviewButton");
        QTRY_VERIFY(previewButton->isEnabled()); // reading is allowed
        QTest::mouseClick(previewButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(previewView()->model()->rowCount(), 3, 15000);
        QVERIFY(!runButton()->isEnabled());
        auto *reason = child<QLabel>(m_bulk, "bulkRunReason");
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(QStringLiteral("read-only")), qPrintable(reason->text()));
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTest::keyClick(runButton(), Qt::Key_Space);
        QCOMPARE(m_sandbox->writes(), 0);
        QCOMPARE(m_sandbox->store().value(accounts.at(0), kNick).toString(), QStringLiteral("Old 1"));
    }

    void confirmingConnectionAsksWithTheCount()
    {
        const QStringList accounts = addAccounts(3);
        openWindow(/*readOnly=*/false, /*confirmEveryWrite=*/true);
        openBulk();
        paste(nickCells(accounts, QStringLiteral("Asked ")));
        preview(3);
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_bulk->findChild<QDialog *>(QStringLiteral("bulkConfirmDialog")))
            && dialog->isVisible());
        const QString question = child<QLabel>(dialog, "bulkConfirmQuestion")->text();
        QVERIFY2(question.contains(QStringLiteral("3 accounts")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("3 fields")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("Bulk target")), qPrintable(question));
        auto *sample = child<QTableWidget>(dialog, "bulkConfirmSample");
        QCOMPARE(sample->rowCount(), 3);
        QCOMPARE(sample->item(0, 2)->text(), QStringLiteral("Old 1 → Asked 1"));
        auto *write = child<QPushButton>(dialog, "bulkConfirmButton");
        QCOMPARE(write->text().remove(QLatin1Char('&')), QStringLiteral("Write 3 accounts"));
        // First the user says no: nothing is stored or sent.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_sandbox->writes(), 0);
        QVERIFY(!JobStore().latestUnfinished());
        // Then yes.
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_VERIFY((dialog = m_bulk->findChild<QDialog *>(QStringLiteral("bulkConfirmDialog")))
            && dialog->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "bulkConfirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progress()->value(), 3, 15000);
        QCOMPARE(m_sandbox->writes(), 3);
        QCOMPARE(m_sandbox->store().value(accounts.at(2), kNick).toString(), QStringLiteral("Asked 3"));
    }

    void unfinishedJobIsOfferedAtStartAndResumed()
    {
        const QStringList accounts = addAccounts(5);
        storeUnfinishedJob(accounts);
        openWindow();
        auto *bar = child<QWidget>(m_window.get(), "unfinishedJobBar");
        QVERIFY(bar->isVisible());
        const QString offer = child<QLabel>(bar, "unfinishedJobText")->text();
        QVERIFY2(offer.contains(QStringLiteral("left-behind.csv")), qPrintable(offer));
        QVERIFY2(offer.contains(QStringLiteral("0 of 5")), qPrintable(offer));
        QCOMPARE(m_sandbox->writes(), 0); // offered, not resumed by itself

        QTest::mouseClick(child<QPushButton>(bar, "unfinishedJobResumeButton"), Qt::LeftButton);
        QTRY_VERIFY((m_bulk = m_window->findChild<QWidget *>(QStringLiteral("bulkEditWindow")))
            && m_bulk->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(progress()->value(), 5, 15000);
        QTRY_VERIFY(!JobStore().latestUnfinished());
        QCOMPARE(m_sandbox->writes(), 5);
        QCOMPARE(m_sandbox->store().value(accounts.at(4), kNick).toString(), QStringLiteral("Resumed 5"));
        QVERIFY(!bar->isVisible());
    }

    void abandonedJobIsNotOfferedAgain()
    {
        storeUnfinishedJob(addAccounts(2));
        openWindow();
        auto *bar = child<QWidget>(m_window.get(), "unfinishedJobBar");
        QVERIFY(bar->isVisible());
        QTest::mouseClick(child<QPushButton>(bar, "unfinishedJobAbandonButton"), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        m_window.reset();
        openWindow();
        QVERIFY(!child<QWidget>(m_window.get(), "unfinishedJobBar")->isVisible());
        QCOMPARE(m_sandbox->writes(), 0);
    }

private:
    // A job as a console killed before its first write leaves it: stored, every row Pending,
    // bound to the connection openWindow() saves.
    void storeUnfinishedJob(const QStringList &accounts)
    {
        WriteJob job;
        job.kind = WriteJob::Kind::Bulk;
        job.createdAt = QDateTime::currentDateTimeUtc();
        job.target.connectionId = QStringLiteral("bulk");
        job.target.baseUrl = m_sandbox->baseUrl();
        job.target.sdkAppId = SandboxDemo::get().config.sdkAppId;
        job.target.identifier = SandboxDemo::get().admin;
        job.regionId = QStringLiteral("custom");
        job.source = QStringLiteral("left-behind.csv");
        job.rate = 100;
        for (int i = 0; i < accounts.size(); ++i) {
            JobRow row;
            row.index = i;
            row.line = i + 2;
            row.account = accounts.at(i);
            row.changes = { FieldChange {
                kNick, QStringLiteral("Old %1").arg(i + 1), QStringLiteral("Resumed %1").arg(i + 1) } };
            job.rows.append(row);
        }
        JobStore store;
        QVERIFY2(store.create(job), qPrintable(store.errorString()));
    }
};

QTEST_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
