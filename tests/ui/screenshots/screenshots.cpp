// Renders the main window's key states offscreen into PNG files for the README, the AppStream
// metainfo and by-eye review:  cpc-screenshots OUTPUT_DIR [SUFFIX]
// It drives the real window against its in-process Sandbox, with settings in a throwaway folder.
#include "connection/connectionmanagerdialog.h"
#include "connections/connectionprofilestore.h"
#include "credentials/memorysecretstore.h"
#include "i18n/translator.h"
#include "mainwindow/confirmwritedialog.h"
#include "mainwindow/mainwindow.h"
#include "presentation/presentationmasker.h"
#include "profile/profiletablemodel.h"
#include "sandbox/sandboxdemo.h"

#include "appinfo/appinfo.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

bool save(QWidget &window, const QString &dir, const QString &name, const QString &suffix)
{
    // Let font changes and layout requests settle before the grab.
    QTest::qWait(200);
    const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
    const bool ok = window.grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool waitIdle(QPushButton *load)
{
    return QTest::qWaitFor([load] { return load->isEnabled(); }, 15000);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// The bulk edit window on the built-in Sandbox's demo accounts: the pasted cells with their
// problems, the preview, the job paused on its way, and the results.
bool shootBulkEdit(MainWindow &window, const QString &dir, const QString &suffix)
{
    window.findChild<QAction *>(QStringLiteral("actionBulkEdit"))->trigger();
    QWidget *bulk = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (bulk = child<QWidget>(&window, "bulkEditWindow")) && bulk->isVisible(); })) {
        return false;
    }
    bulk->resize(1100, 720);
    QApplication::clipboard()->setText(QStringLiteral("account\tNick\tLevel\tGender\n"
                                                      "zhang_wei\t张伟 (VIP)\t5\t\n"
                                                      "li_na\t\t3\tFemale\n"
                                                      "wang_fang\t王芳\t4\t\n"
                                                      "kim_minjun\t김민준\t2\tMale\n"
                                                      "chen_jie\t陈杰\t\t\n"
                                                      "nobody_here\tGhost\t1\t\n"
                                                      "liu_yang\tLiu\tlevel two\t\n"));
    QTest::mouseClick(child<QPushButton>(bulk, "bulkPasteButton"), Qt::LeftButton);
    auto *summary = child<QLabel>(bulk, "bulkInputSummary");
    bool ok = QTest::qWaitFor([summary] { return summary->text().contains(QLatin1Char(':')); });
    ok &= save(*bulk, dir, QStringLiteral("bulk-input"), suffix);
    child<QCheckBox>(bulk, "bulkSkipInvalidCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(bulk, "bulkPreviewButton"), Qt::LeftButton);
    auto *run = child<QPushButton>(bulk, "bulkRunButton");
    ok &= QTest::qWaitFor([run] { return run->isEnabled(); }, 15000);
    ok &= save(*bulk, dir, QStringLiteral("bulk-preview"), suffix);
    child<QSpinBox>(bulk, "bulkRateSpin")->setValue(2);
    QTest::mouseClick(run, Qt::LeftButton);
    auto *progress = child<QProgressBar>(bulk, "bulkProgress");
    ok &= QTest::qWaitFor([progress] { return progress->value() >= 3; }, 15000);
    QTest::mouseClick(child<QPushButton>(bulk, "bulkPauseButton"), Qt::LeftButton);
    ok &= save(*bulk, dir, QStringLiteral("bulk-running"), suffix);
    child<QSpinBox>(bulk, "bulkRateSpin")->setValue(100);
    QTest::mouseClick(child<QPushButton>(bulk, "bulkResumeButton"), Qt::LeftButton);
    ok &= QTest::qWaitFor([progress] { return progress->value() == progress->maximum(); }, 15000);
    ok &= save(*bulk, dir, QStringLiteral("bulk-results"), suffix);
    bulk->close();
    return ok;
}

// The Change history tab after three Applies, and Revert… of the second: the level goes back,
// and the signature, written again since, is a conflict the preview shows side by side.
bool shootHistoryAndRevert(MainWindow &window, const QString &dir, const QString &suffix)
{
    auto *load = child<QPushButton>(&window, "loadButton");
    auto *apply = child<QPushButton>(&window, "applyButton");
    auto *model = qobject_cast<ProfileTableModel *>(child<QTableView>(&window, "profileTable")->model());
    const auto applyValues = [&](const QList<std::pair<QString, QVariant>> &values) {
        for (const auto &[tag, value] : values) {
            model->setData(model->index(model->rowOfTag(tag), ProfileTableModel::ValueColumn), value);
        }
        QTest::mouseClick(apply, Qt::LeftButton);
        return waitIdle(load);
    };
    bool ok = applyValues({ { QStringLiteral("Tag_Profile_IM_Level"), 7 },
        { QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("On leave until Monday") } });
    ok &= applyValues(
        { { QStringLiteral("Tag_Profile_IM_SelfSignature"), QStringLiteral("Back on Monday") } });
    auto *tabs = child<QTabWidget>(&window, "resultTabs");
    auto *history = child<QWidget>(&window, "historyView");
    tabs->setCurrentWidget(history);
    auto *tree = child<QTreeView>(&window, "historyTree");
    ok &= QTest::qWaitFor([tree] { return tree->model()->rowCount() >= 3; }, 10000);
    tree->expand(tree->model()->index(1, 0));
    tree->selectionModel()->select(
        tree->model()->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ok &= save(window, dir, QStringLiteral("main-history"), suffix);

    QTest::mouseClick(child<QPushButton>(&window, "historyRevertButton"), Qt::LeftButton);
    QDialog *revert = nullptr;
    ok &= QTest::qWaitFor(
        [&] { return (revert = child<QDialog>(&window, "revertDialog")) && revert->isVisible(); });
    if (!revert) {
        return false;
    }
    auto *run = child<QPushButton>(revert, "revertRunButton");
    ok &= QTest::qWaitFor([run] { return run->isEnabled(); }, 10000);
    ok &= save(*revert, dir, QStringLiteral("revert-preview"), suffix);
    revert->close();
    tabs->setCurrentIndex(0);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    const Translator translator(QLocale::system());
    const QStringList args = QApplication::arguments();
    const QString dir = args.value(1, QStringLiteral("docs/screenshots"));
    const QString suffix = args.value(2);
    QDir().mkpath(dir);

    MainWindow window(std::make_unique<MemorySecretStore>());
    window.resize(1180, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    bool ok = true;
    auto *load = window.findChild<QPushButton *>(QStringLiteral("loadButton"));
    auto *apply = window.findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("profileTable"));
    auto *model = qobject_cast<ProfileTableModel *>(table->model());

    ok &= save(window, dir, QStringLiteral("main-first-launch"), suffix);
    if (!suffix.isEmpty()) {
        // Translated runs: the loaded window, a server error with its explanation and the two
        // dialogs are enough to check that no English is left.
        QTest::mouseClick(load, Qt::LeftButton);
        ok &= waitIdle(load);
        ok &= save(window, dir, QStringLiteral("main"), suffix);
        model->setData(model->index(model->rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ValueColumn),
            QStringLiteral("Demo"));
        const PresentationMasker notPresenting;
        ConfirmWriteDialog confirm(
            QStringLiteral("Sandbox"), SandboxDemo::get().demoAccount, *model, notPresenting, &window);
        confirm.show();
        ok &= save(confirm, dir, QStringLiteral("dialog-confirm-write"), suffix);
        ConnectionManagerDialog manager(ConnectionProfileStore().load(), 0, &window);
        manager.show();
        ok &= save(manager, dir, QStringLiteral("dialog-connections"), suffix);
        model->addField(QStringLiteral("Tag_Profile_Custom_Mood"));
        model->setData(
            model->index(model->rowOfTag(u"Tag_Profile_Custom_Mood"), ProfileTableModel::ValueColumn),
            QStringLiteral("happy"));
        QTest::mouseClick(apply, Qt::LeftButton);
        ok &= waitIdle(load);
        ok &= save(window, dir, QStringLiteral("main-server-error"), suffix);
        model->revertAll();
        return shootBulkEdit(window, dir, suffix) && ok ? 0 : 1;
    }

    QTest::mouseClick(load, Qt::LeftButton);
    ok &= waitIdle(load);
    const int nick = model->rowOfTag(u"Tag_Profile_IM_Nick");
    model->setData(model->index(nick, ProfileTableModel::ValueColumn), QStringLiteral("张伟 (support edit)"));
    QTest::mouseClick(apply, Qt::LeftButton);
    ok &= waitIdle(load);
    ok &= save(window, dir, QStringLiteral("main-apply-ok"), suffix);
    ok &= shootHistoryAndRevert(window, dir, suffix);

    // A custom field the Chat console never created: the server answers 40009.
    model->addField(QStringLiteral("Tag_Profile_Custom_Mood"));
    model->setData(model->index(model->rowOfTag(u"Tag_Profile_Custom_Mood"), ProfileTableModel::ValueColumn),
        QStringLiteral("happy"));
    QTest::mouseClick(apply, Qt::LeftButton);
    ok &= waitIdle(load);
    ok &= save(window, dir, QStringLiteral("main-server-error"), suffix);

    model->revertAll();
    model->removeRows(model->rowOfTag(u"Tag_Profile_Custom_Mood"), 1);
    // 600 bytes of text: refused as it is typed, with the reason.
    model->setData(
        model->index(model->rowOfTag(u"Tag_Profile_IM_SelfSignature"), ProfileTableModel::ValueColumn),
        QString(600, QLatin1Char('x')));
    ok &= save(window, dir, QStringLiteral("main-validation-error"), suffix);

    window.findChild<QAction *>(QStringLiteral("actionPresentationMode"))->setChecked(true);
    ok &= save(window, dir, QStringLiteral("main-presentation"), suffix);
    window.findChild<QAction *>(QStringLiteral("actionPresentationMode"))->setChecked(false);
    model->revertAll();
    ok &= shootBulkEdit(window, dir, suffix);
    return ok ? 0 : 1;
}
