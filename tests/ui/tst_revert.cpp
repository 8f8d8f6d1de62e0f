// Revert… in the Change history tab (issue #13), driven offscreen through the widgets a user
// touches in the real main window, against the Sandbox's REST emulation on loopback
// (support/countingsandbox.h), which counts what reaches it and can be changed behind the
// window's back. And a `chat-profile bulk` killed between its pending record and the answer,
// whose write the history tab then shows as unknown.
#include "mainwindow/mainwindow.h"

#include "appinfo/appinfo.h"
#include "connections/connectionprofilestore.h"
#include "credentials/memorysecretstore.h"
#include "history/changehistory.h"
#include "history/historymodel.h"
#include "profile/profiletablemodel.h"
#include "revert/revertpreviewmodel.h"
#include "sandbox/sandboxdemo.h"
#include "support/countingsandbox.h"
#include "support/testhttpserver.h"
#include "support/windowdriver.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using WindowDriver::child;

namespace {

const QString kNick = QStringLiteral("Tag_Profile_IM_Nick");
const QString kSignature = QStringLiteral("Tag_Profile_IM_SelfSignature");
const QString kAccount = QStringLiteral("rev_user");

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The preview row whose "We wrote" cell reads wrote, or -1.
int rowWrote(const QAbstractItemModel *model, const QString &wrote)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cell(model, row, RevertPreviewModel::WroteColumn) == wrote) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestRevert final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<CountingSandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;

    QWidget *window() const { return m_window.get(); }

    ConnectionProfile sandboxConnection() const
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("revert");
        profile.name = QStringLiteral("Revert target");
        profile.regionId = QStringLiteral("custom");
        profile.customEndpoint = m_sandbox->baseUrl().toString();
        profile.sdkAppId = SandboxDemo::get().config.sdkAppId;
        profile.adminIdentifier = SandboxDemo::get().admin;
        return profile;
    }

    // The window opens on one saved connection, with the demo key typed.
    void openWindow(const ConnectionProfile &profile)
    {
        {
            ConnectionProfileStore store;
            store.save({ profile });
            store.setLastUsedId(profile.id);
            store.sync();
        }
        m_window = std::make_unique<MainWindow>(std::make_unique<MemorySecretStore>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::keyClicks(child<QLineEdit>(window(), "secretKeyEdit"),
            QString::fromUtf8(SandboxDemo::get().config.secretKey));
    }

    void loadAccount(const QString &account)
    {
        auto *edit = child<QLineEdit>(window(), "accountEdit");
        edit->clear();
        QTest::keyClicks(edit, account);
        WindowDriver::load(window());
    }

    ProfileTableModel *table() const
    {
        return qobject_cast<ProfileTableModel *>(child<QTableView>(window(), "profileTable")->model());
    }

    // What the table says the server holds for tag.
    QJsonValue serverValue(const QString &tag) const
    {
        return table()
            ->index(table()->rowOfTag(tag), ProfileTableModel::ServerValueColumn)
            .data(ProfileTableModel::ServerJsonValueRole)
            .toJsonValue();
    }

    QTreeView *historyTree() const { return child<QTreeView>(window(), "historyTree"); }

    // Brings the Change history tab to the front, as a user clicking it does.
    void showHistoryTab()
    {
        WindowDriver::showResultTab(window(), QStringLiteral("Change history"));
        QVERIFY(historyTree()->isVisible());
    }

    // The operation whose changes include one that wrote `after`; -1 when none is shown.
    int operationThatWrote(const QString &after) const
    {
        const QAbstractItemModel *shown = historyTree()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex operation = shown->index(row, 0);
            for (int change = 0; change < shown->rowCount(operation); ++change) {
                if (shown->index(change, HistoryModel::AfterColumn, operation).data().toString() == after) {
                    return row;
                }
            }
        }
        return -1;
    }

    // Clicks the operation row, as a user picks it.
    void pickOperation(int row)
    {
        QVERIFY(row >= 0);
        const QModelIndex index = historyTree()->model()->index(row, HistoryModel::AccountColumn);
        historyTree()->scrollTo(index);
        QTest::mouseClick(
            historyTree()->viewport(), Qt::LeftButton, {}, historyTree()->visualRect(index).center());
        QVERIFY(historyTree()->selectionModel()->isRowSelected(row, {}));
    }

    // Presses Revert… and waits for the dialog; nullptr (and the test failed) when it does not come.
    QDialog *openRevert()
    {
        auto *button = child<QPushButton>(window(), "historyRevertButton");
        [&] { QTRY_VERIFY(button->isEnabled()); }();
        QTest::mouseClick(button, Qt::LeftButton);
        return WindowDriver::waitForDialog<QDialog>(window(), "revertDialog");
    }

    static QAbstractItemModel *preview(QDialog *dialog)
    {
        return child<QTableView>(dialog, "revertPreviewTable")->model();
    }

    // Waits until the current values are read and every field of the preview has its verdict.
    static void waitForPreview(QDialog *dialog, int fields)
    {
        QAbstractItemModel *model = preview(dialog);
        QTRY_COMPARE(model->rowCount(), fields);
        QTRY_VERIFY_WITH_TIMEOUT(
            [model] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    if (cell(model, row, RevertPreviewModel::StatusColumn) == QStringLiteral("Reading…")) {
                        return false;
                    }
                }
                return true;
            }(),
            15000);
    }

    static QString resultOf(QDialog *dialog) { return child<QLabel>(dialog, "revertResult")->text(); }

    static void closeDialog(QDialog *dialog)
    {
        const QPointer<QDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "revertCloseButton"), Qt::LeftButton);
        QTRY_VERIFY(!guard);
    }

    // rev_user with nickname "Before" and no signature, loaded, both edited and applied.
    void applyTwoFields()
    {
        m_sandbox->store().addAccount(kAccount);
        m_sandbox->store().setItems(kAccount, { { kNick, QStringLiteral("Before") } });
        openWindow(sandboxConnection());
        loadAccount(kAccount);
        WindowDriver::editValue(window(), kNick, QStringLiteral("After"));
        WindowDriver::editValue(window(), kSignature, QStringLiteral("Sig after"));
        WindowDriver::apply(window());
        QCOMPARE(m_sandbox->store().value(kAccount, kNick).toString(), QStringLiteral("After"));
    }

    // A change of rev_user's nickname, as an earlier session (or the CLI, with connectionId "")
    // recorded it, made in app sdkAppId at the counting Sandbox.
    ChangeRecord recordedChange(quint64 sdkAppId, const QString &connectionId) const
    {
        ChangeRecord r;
        r.at = QDateTime::currentDateTimeUtc();
        r.connection = QStringLiteral("Earlier");
        r.connectionId = connectionId;
        r.regionId = QStringLiteral("custom");
        r.region = m_sandbox->baseUrl().host();
        r.baseUrl = m_sandbox->baseUrl().toString();
        r.sdkAppId = sdkAppId;
        r.adminIdentifier = SandboxDemo::get().admin;
        r.account = kAccount;
        r.tag = kNick;
        r.oldValue = QStringLiteral("Before");
        r.newValue = QStringLiteral("After");
        r.state = ChangeRecord::State::Ok;
        r.jobId = 0;
        return r;
    }

    // rev_user holds "After", and the history says an earlier session wrote it.
    void recordEarlierChange(quint64 sdkAppId, const QString &connectionId)
    {
        m_sandbox->store().addAccount(kAccount);
        m_sandbox->store().setItems(kAccount, { { kNick, QStringLiteral("After") } });
        QVERIFY(ChangeHistory().append({ recordedChange(sdkAppId, connectionId) }));
    }

    // The window opens on profile with an earlier change of rev_user in its history (see
    // recordEarlierChange()); the user picks it and presses Revert….
    QDialog *revertEarlierChange(
        const ConnectionProfile &profile, quint64 sdkAppId, const QString &connectionId)
    {
        recordEarlierChange(sdkAppId, connectionId);
        openWindow(profile);
        showHistoryTab();
        [&] { QTRY_COMPARE(historyTree()->model()->rowCount(), 1); }();
        pickOperation(0);
        return QTest::currentTestFailed() ? nullptr : openRevert();
    }

    // Presses Revert in the dialog and waits until the job has ended.
    static void runRevert(QDialog *dialog)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "revertRunButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "revertResult")->isVisible(), 15000);
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
        m_window.reset();
        m_sandbox.reset();
        m_data.reset();
    }

    // The GUI acceptance: pick an Apply in the tab, Revert…, see the conflict side by
    // side, confirm (the conflict is skipped), see the value back in the table; then force it.
    void revertOfAnApplySkipsAConflictUntilForced()
    {
        applyTwoFields();
        // Someone changes the signature behind the window's back.
        m_sandbox->store().setItems(kAccount, { { kSignature, QStringLiteral("Changed behind") } });

        showHistoryTab();
        QTRY_VERIFY(operationThatWrote(QStringLiteral("After")) >= 0);
        pickOperation(operationThatWrote(QStringLiteral("After")));
        QDialog *dialog = openRevert();
        QVERIFY(dialog);
        waitForPreview(dialog, 2);
        const QAbstractItemModel *model = preview(dialog);
        const int nick = rowWrote(model, QStringLiteral("After"));
        const int signature = rowWrote(model, QStringLiteral("Sig after"));
        QVERIFY(nick >= 0 && signature >= 0);
        // Side by side: what we wrote, what is there now, what revert would write.
        QCOMPARE(cell(model, nick, RevertPreviewModel::NowColumn), QStringLiteral("After"));
        QCOMPARE(cell(model, nick, RevertPreviewModel::WouldWriteColumn), QStringLiteral("Before"));
        QCOMPARE(cell(model, nick, RevertPreviewModel::StatusColumn), QStringLiteral("Will be put back"));
        QCOMPARE(cell(model, signature, RevertPreviewModel::NowColumn), QStringLiteral("Changed behind"));
        // It was not set before: its empty value is written, and the preview says so.
        QVERIFY2(cell(model, signature, RevertPreviewModel::WouldWriteColumn)
                     .contains(QStringLiteral("was not set")),
            qPrintable(cell(model, signature, RevertPreviewModel::WouldWriteColumn)));
        QVERIFY(child<QLabel>(dialog, "revertUnsetNote")->isVisible());
        QCOMPARE(cell(model, signature, RevertPreviewModel::StatusColumn),
            QStringLiteral("Conflict: changed since; skipped"));
        QVERIFY(model->index(signature, 0).data(Qt::BackgroundRole).isValid()); // highlighted
        QVERIFY(!model->index(nick, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m_sandbox->writes(), 1); // the preview only read

        auto *force = child<QCheckBox>(dialog, "revertForceCheck");
        QVERIFY(force->isVisible() && !force->isChecked());
        runRevert(dialog);
        QVERIFY2(resultOf(dialog).startsWith(QStringLiteral("Revert ended: 1 put back, 0 failed, 0 unknown")),
            qPrintable(resultOf(dialog)));
        QCOMPARE(cell(model, nick, RevertPreviewModel::StatusColumn), QStringLiteral("Put back"));
        QCOMPARE(m_sandbox->writes(), 2); // one portrait_set, with only the nickname
        QCOMPARE(m_sandbox->store().value(kAccount, kNick).toString(), QStringLiteral("Before"));
        QCOMPARE(m_sandbox->store().value(kAccount, kSignature).toString(), QStringLiteral("Changed behind"));
        // The table holds that account from there: it is loaded again and shows the values back.
        QTRY_COMPARE(serverValue(kNick).toString(), QStringLiteral("Before"));
        QCOMPARE(serverValue(kSignature).toString(), QStringLiteral("Changed behind"));
        QVERIFY(!child<QPushButton>(dialog, "revertRunButton")->isEnabled()); // it ran
        closeDialog(dialog);

        // The revert is an operation of its own in the history; the Apply is still there.
        QTRY_COMPARE(historyTree()->model()->rowCount(), 2);
        QTRY_VERIFY(operationThatWrote(QStringLiteral("Sig after")) >= 0);
        pickOperation(operationThatWrote(QStringLiteral("Sig after")));
        dialog = openRevert();
        QVERIFY(dialog);
        waitForPreview(dialog, 2);
        model = preview(dialog);
        QCOMPARE(cell(model, rowWrote(model, QStringLiteral("After")), RevertPreviewModel::StatusColumn),
            QStringLiteral("Already holds the old value"));
        auto *run = child<QPushButton>(dialog, "revertRunButton");
        QVERIFY(!run->isEnabled()); // nothing but a conflict to write
        force = child<QCheckBox>(dialog, "revertForceCheck");
        // On its box: the check box spans the dialog's width, its text only the start of it.
        QTest::mouseClick(force, Qt::LeftButton, {}, QPoint(force->height() / 2, force->height() / 2));
        QVERIFY(force->isChecked());
        QCOMPARE(cell(model, rowWrote(model, QStringLiteral("Sig after")), RevertPreviewModel::StatusColumn),
            QStringLiteral("Conflict: changed since; will be overwritten"));
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "revertResult")->isVisible(), 15000);
        QVERIFY2(resultOf(dialog).startsWith(QStringLiteral("Revert ended: 1 put back, 0 failed")),
            qPrintable(resultOf(dialog)));
        QCOMPARE(m_sandbox->writes(), 3);
        QCOMPARE(m_sandbox->store().value(kAccount, kSignature).toString(), QString());
        QCOMPARE(m_sandbox->store().value(kAccount, kNick).toString(), QStringLiteral("Before"));
        QTRY_COMPARE(serverValue(kSignature).toString(), QString());
        closeDialog(dialog);
    }

    // The change was made in another app: the window's connection does not go there, so the
    // revert reads and writes nothing, and says why.
    void revertIsRefusedWhenTheConnectionGoesToAnotherApp()
    {
        QDialog *dialog = revertEarlierChange(
            sandboxConnection(), SandboxDemo::get().config.sdkAppId + 1, QStringLiteral("revert"));
        QVERIFY(dialog);
        const QString status = child<QLabel>(dialog, "revertStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("A revert writes only where the changes were made")),
            qPrintable(status));
        QVERIFY2(
            status.contains(QString::number(SandboxDemo::get().config.sdkAppId + 1)), qPrintable(status));
        QVERIFY(!child<QPushButton>(dialog, "revertRunButton")->isEnabled());
        QCOMPARE(m_sandbox->server().requests().size(), 0); // not even read
        QCOMPARE(m_sandbox->store().value(kAccount, kNick).toString(), QStringLiteral("After"));
        closeDialog(dialog);
    }

    // Presentation mode hides both apps and admins in the dialog, the recorded ones too.
    void presentationModeMasksTheRevertDialog()
    {
        const quint64 otherApp = SandboxDemo::get().config.sdkAppId + 1;
        recordEarlierChange(otherApp, QStringLiteral("revert"));
        openWindow(sandboxConnection());
        m_window->findChild<QAction *>(QStringLiteral("actionPresentationMode"))->trigger();
        QVERIFY(m_window->isPresentationMode());
        showHistoryTab();
        QTRY_COMPARE(historyTree()->model()->rowCount(), 1);
        pickOperation(0);
        QDialog *dialog = openRevert();
        QVERIFY(dialog);
        for (const char *name : { "revertSummary", "revertStatus" }) {
            const QString text = child<QLabel>(dialog, name)->text();
            QVERIFY2(text.contains(QStringLiteral("***")), qPrintable(text));
            for (const QString &secret : { QString::number(otherApp),
                     QString::number(SandboxDemo::get().config.sdkAppId), SandboxDemo::get().admin }) {
                QVERIFY2(!text.contains(secret), qPrintable(text));
            }
        }
        closeDialog(dialog);
    }

    // The connection's id only names the app, region and admin: a change the CLI made there (it
    // records no connection id) is put back from the window's connection to the same app.
    void changeOfTheCommandLineIsRevertedFromTheSameApp()
    {
        QDialog *dialog
            = revertEarlierChange(sandboxConnection(), SandboxDemo::get().config.sdkAppId, QString());
        QVERIFY(dialog);
        waitForPreview(dialog, 1);
        runRevert(dialog);
        QCOMPARE(m_sandbox->store().value(kAccount, kNick).toString(), QStringLiteral("Before"));
        closeDialog(dialog);
        // Recorded as written from the connection that sent it, under the revert's job id.
        const QList<ChangeRecord> records = ChangeHistory().recent(10);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).connectionId, QStringLiteral("revert"));
        QVERIFY(records.at(0).jobId != 0);
        QCOMPARE(records.at(0).newValue.toString(), QStringLiteral("Before"));
    }

    // "Revert all shown for ACCOUNT…": the account filter (and a time span) chooses the changes.
    void allShownChangesOfAnAccountAreReverted()
    {
        recordEarlierChange(SandboxDemo::get().config.sdkAppId, QStringLiteral("revert"));
        ChangeRecord other = recordedChange(SandboxDemo::get().config.sdkAppId, QStringLiteral("revert"));
        other.account = QStringLiteral("someone_else");
        QVERIFY(ChangeHistory().append({ other }));
        openWindow(sandboxConnection());
        showHistoryTab();
        QTRY_COMPARE(historyTree()->model()->rowCount(), 2);
        auto *all = child<QPushButton>(window(), "historyRevertAllButton");
        QVERIFY(!all->isEnabled()); // two accounts shown
        QTest::keyClicks(child<QLineEdit>(window(), "historyAccountEdit"), kAccount);
        QTRY_COMPARE(historyTree()->model()->rowCount(), 1);
        QTRY_VERIFY(all->isEnabled());
        QCOMPARE(all->text(), QStringLiteral("Revert all shown for %1…").arg(kAccount));
        QTest::mouseClick(all, Qt::LeftButton);
        QDialog *dialog = WindowDriver::waitForDialog<QDialog>(window(), "revertDialog");
        QVERIFY(dialog);
        waitForPreview(dialog, 1);
        QCOMPARE(cell(preview(dialog), 0, RevertPreviewModel::AccountColumn), kAccount);
        closeDialog(dialog);
    }

    // A write the server refuses: counted as failed, and the field says the answer.
    void failedWriteIsCountedAndShownWithItsAnswer()
    {
        m_sandbox->refuseWritesTo({ kAccount });
        QDialog *dialog = revertEarlierChange(
            sandboxConnection(), SandboxDemo::get().config.sdkAppId, QStringLiteral("revert"));
        QVERIFY(dialog);
        waitForPreview(dialog, 1);
        runRevert(dialog);
        QVERIFY2(resultOf(dialog).startsWith(QStringLiteral("Revert ended: 0 put back, 1 failed, 0 unknown")),
            qPrintable(resultOf(dialog)));
        const QString status = cell(preview(dialog), 0, RevertPreviewModel::StatusColumn);
        QVERIFY2(status.startsWith(QStringLiteral("Failed: FAIL %1").arg(CountingSandbox::RefusalCode)),
            qPrintable(status));
        QCOMPARE(m_sandbox->store().value(kAccount, kNick).toString(), QStringLiteral("After"));
        closeDialog(dialog);
    }

    // Guards as for every write: a read-only connection previews but refuses to write.
    void readOnlyConnectionRefusesTheRevert()
    {
        ConnectionProfile profile = sandboxConnection();
        profile.readOnly = true;
        QDialog *dialog
            = revertEarlierChange(profile, SandboxDemo::get().config.sdkAppId, QStringLiteral("revert"));
        QVERIFY(dialog);
        waitForPreview(dialog, 1);
        auto *run = child<QPushButton>(dialog, "revertRunButton");
        QVERIFY(!run->isEnabled());
        QVERIFY2(run->toolTip().contains(QStringLiteral("read-only")), qPrintable(run->toolTip()));
        QCOMPARE(m_sandbox->writes(), 0);
        closeDialog(dialog);
    }

    // A connection that confirms every write asks, naming the count, and writes only when told.
    void confirmingConnectionAsksWithTheCount()
    {
        ConnectionProfile profile = sandboxConnection();
        profile.confirmBeforeWrite = true;
        QDialog *dialog
            = revertEarlierChange(profile, SandboxDemo::get().config.sdkAppId, QStringLiteral("revert"));
        QVERIFY(dialog);
        waitForPreview(dialog, 1);
        QTest::mouseClick(child<QPushButton>(dialog, "revertRunButton"), Qt::LeftButton);
        auto *confirm = WindowDriver::waitForDialog<QDialog>(dialog, "bulkConfirmDialog");
        QVERIFY(confirm);
        QCOMPARE(confirm->windowTitle(), QStringLiteral("Confirm revert"));
        auto *write = child<QPushButton>(confirm, "bulkConfirmButton");
        QCOMPARE(write->text(), QStringLiteral("&Write 1 account"));
        QCOMPARE(m_sandbox->writes(), 0); // nothing before the answer
        QTest::mouseClick(write, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "revertResult")->isVisible(), 15000);
        QCOMPARE(m_sandbox->writes(), 1);
        QCOMPARE(m_sandbox->store().value(kAccount, kNick).toString(), QStringLiteral("Before"));
        closeDialog(dialog);
    }

    // SIGKILL between the pending record and the answer: the real `chat-profile bulk` writes to a
    // server that reads normally but never answers portrait_set; killed once the write arrived,
    // it leaves a pending record that the window's history tab shows as unknown.
    void killedCliLeavesAnUnknownChangeTheHistoryTabShows()
    {
        TestHttpServer server;
        server.setHandler([](const TestHttpServer::Request &request) {
            if (request.target.contains("portrait_set")) {
                return TestHttpServer::Response::hang();
            }
            const QJsonObject item { { QStringLiteral("Tag"), kNick },
                { QStringLiteral("Value"), QStringLiteral("Old") } };
            const QJsonObject user { { QStringLiteral("To_Account"), QStringLiteral("killed_user") },
                { QStringLiteral("ProfileItem"), QJsonArray { item } }, { QStringLiteral("ResultCode"), 0 },
                { QStringLiteral("ResultInfo"), QString() } };
            const QJsonObject reply { { QStringLiteral("ActionStatus"), QStringLiteral("OK") },
                { QStringLiteral("ErrorCode"), 0 }, { QStringLiteral("ErrorInfo"), QString() },
                { QStringLiteral("UserProfileItem"), QJsonArray { user } } };
            return TestHttpServer::Response::json(QJsonDocument(reply).toJson(QJsonDocument::Compact));
        });
        QVERIFY(server.listen());
        const auto writesArrived = [&server] {
            return std::count_if(server.requests().cbegin(), server.requests().cend(),
                [](const TestHttpServer::Request &r) { return r.target.contains("portrait_set"); });
        };

        const QString accounts = m_data->filePath(QStringLiteral("accounts.txt"));
        QFile file(accounts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("killed_user\n");
        file.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("CHAT_PROFILE_SECRET_KEY"),
            QString::fromUtf8(SandboxDemo::get().config.secretKey));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_PATH),
            { QStringLiteral("bulk"), QStringLiteral("--accounts-file"), accounts, QStringLiteral("--set"),
                QStringLiteral("Nick=New"), QStringLiteral("--endpoint"), server.baseUrl().toString(),
                QStringLiteral("--sdkappid"), QString::number(SandboxDemo::get().config.sdkAppId),
                QStringLiteral("--identifier"), SandboxDemo::get().admin, QStringLiteral("--timeout"),
                QStringLiteral("120"), QStringLiteral("--quiet") });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(writesArrived() == 1, 30000);
        process.kill(); // SIGKILL: the answer never comes, nothing is cleaned up
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        openWindow(sandboxConnection());
        showHistoryTab();
        QTRY_COMPARE(historyTree()->model()->rowCount(), 1);
        const QAbstractItemModel *shown = historyTree()->model();
        const QModelIndex operation = shown->index(0, 0);
        QCOMPARE(shown->rowCount(operation), 1);
        QCOMPARE(shown->index(0, HistoryModel::AccountColumn, operation).data().toString(),
            QStringLiteral("killed_user"));
        QCOMPARE(
            shown->index(0, HistoryModel::BeforeColumn, operation).data().toString(), QStringLiteral("Old"));
        QCOMPARE(
            shown->index(0, HistoryModel::AfterColumn, operation).data().toString(), QStringLiteral("New"));
        const QString result = shown->index(0, HistoryModel::ResultColumn, operation).data().toString();
        QVERIFY2(result.contains(QStringLiteral("unknown")), qPrintable(result));
        QVERIFY2(
            shown->index(0, HistoryModel::ResultColumn).data().toString().contains(QStringLiteral("unknown")),
            qPrintable(shown->index(0, HistoryModel::ResultColumn).data().toString()));
        QCOMPARE(writesArrived(), 1);
    }
};

QTEST_MAIN(TestRevert)
#include "tst_revert.moc"
