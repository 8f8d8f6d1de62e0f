// What the real window puts on screen, read from every widget of every window and dialog (text,
// tooltip, window title, accessible name and description, item views' cells):
// - presentation mode shows no SDKAppID and no identifier anywhere, after a load, an apply, the
//   server's 70013 and 70014, in each dialog;
// - text that did not come from our translations (a profile value, an account id, the identifier
//   a pasted UserSig names, the server's ErrorInfo and ErrorDisplay) reads as typed, never as HTML.
#include "mainwindow/mainwindow.h"

#include "api/regionprobe.h"
#include "appinfo/appinfo.h"
#include "connections/connectionprofilestore.h"
#include "credentials/memorysecretstore.h"
#include "profile/profiletablemodel.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxserver.h"
#include "screenwalk.h"
#include "support/testhttpserver.h"
#include "support/windowdriver.h"
#include "usersig/usersig.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeView>

#include <functional>

using WindowDriver::child;

namespace {

const QString kImage = QStringLiteral("<img src=x>");
const QString kLink = QStringLiteral("<a href=\"http://x\">x</a>");

// How a label shows its text: AutoText labels render anything that looks like HTML as HTML.
QString renderedLabel(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich) {
        return text;
    }
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// The tooltip a view shows for index, as its delegate puts it up on a tooltip event.
QString shownToolTip(QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.rect = view->visualRect(index);
    const QPoint centre = option.rect.center();
    QHelpEvent event(QEvent::ToolTip, centre, view->viewport()->mapToGlobal(centre));
    view->itemDelegateForIndex(index)->helpEvent(&event, view, option, index);
    const QString shown = QToolTip::text();
    QToolTip::hideText();
    return shown;
}

// Every label and tooltip on screen whose source holds value but that does not show it as
// typed, one per line; and into *shown how many show it as typed.
QString placesInterpreting(const QString &value, int *shown)
{
    QStringList wrong;
    const auto check = [&](const QString &where, const QString &source, const QString &rendered) {
        if (rendered.contains(value)) {
            ++*shown;
        } else if (source.contains(value)) {
            wrong.append(where + QStringLiteral(": ") + source.left(200));
        }
    };
    // Guarded: putting a tooltip up replaces the previous tooltip's widget.
    QList<QPointer<QWidget>> widgets;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == QLatin1String("qtooltip_label")) {
            continue; // the tooltips this walk puts up, checked as such
        }
        widgets.append(top);
        for (QWidget *widget : top->findChildren<QWidget *>()) {
            widgets.append(widget);
        }
    }
    for (const QPointer<QWidget> &widget : std::as_const(widgets)) {
        if (!widget) {
            continue;
        }
        const QString where
            = QStringLiteral("%1 \"%2\"")
                  .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        if (auto *label = qobject_cast<QLabel *>(widget.data())) {
            check(where + QStringLiteral(" text"), label->text(), renderedLabel(label));
        }
        check(where + QStringLiteral(" toolTip"), widget->toolTip(),
            ScreenWalk::renderedToolTip(widget->toolTip()));
        if (auto *view = qobject_cast<QAbstractItemView *>(widget.data());
            view && view->model() && !qobject_cast<QHeaderView *>(view)) {
            const QAbstractItemModel *model = view->model();
            // Every item, children of a tree's rows too (a user expands them).
            const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; row < model->rowCount(parent); ++row) {
                    for (int column = 0; column < model->columnCount(parent); ++column) {
                        const QModelIndex index = model->index(row, column, parent);
                        const QString tip = index.data(Qt::ToolTipRole).toString();
                        if (!tip.isEmpty()) {
                            check(QStringLiteral("%1 [%2,%3] tooltip").arg(where).arg(row).arg(column), tip,
                                ScreenWalk::renderedToolTip(shownToolTip(view, index)));
                        }
                        // Item views paint DisplayRole as plain text.
                        const QString display = index.data().toString();
                        check(where, display, display);
                    }
                    walk(model->index(row, 0, parent));
                }
            };
            walk({});
        }
    }
    return wrong.join(QLatin1Char('\n'));
}

} // namespace

class TestScreenText final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;

    MainWindow *window() const { return m_window.get(); }
    QPushButton *loadButton() const { return child<QPushButton>(window(), "loadButton"); }
    QTableView *table() const { return child<QTableView>(window(), "profileTable"); }
    ProfileTableModel *model() const { return qobject_cast<ProfileTableModel *>(table()->model()); }
    void waitIdle() { WindowDriver::waitIdle(window()); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(std::make_unique<MemorySecretStore>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The first launch's Sandbox connection, set to confirm every write.
    void openWindowConfirmingWrites()
    {
        ConnectionProfileStore store;
        openWindow();
        m_window.reset();
        QList<ConnectionProfile> profiles = store.load();
        profiles.first().confirmBeforeWrite = true;
        store.save(profiles);
        store.sync();
        openWindow();
    }

    void useEndpoint(const QUrl &url) { WindowDriver::useEndpoint(window(), url); }

    void setAccount(const QString &account)
    {
        auto *edit = child<QLineEdit>(window(), "accountEdit");
        edit->clear();
        QTest::keyClicks(edit, account);
    }

    void pasteUserSig(const QString &sig)
    {
        child<QComboBox>(window(), "authModeCombo")->setCurrentIndex(1);
        auto *edit = child<QLineEdit>(window(), "userSigEdit");
        edit->clear();
        QTest::keyClicks(edit, sig);
    }

    void typeInto(const char *editName, const QString &text)
    {
        auto *edit = child<QLineEdit>(window(), editName);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QString sigFor(quint64 sdkAppId, const QString &identifier)
    {
        return UserSig::generate(sdkAppId, identifier, SandboxDemo::get().config.secretKey, 3 * 3600,
            QDateTime::currentSecsSinceEpoch());
    }

    void showTab(const char *widgetName)
    {
        auto *tabs = child<QTabWidget>(window(), "resultTabs");
        QWidget *page = child<QWidget>(window(), widgetName);
        while (page && tabs->indexOf(page) < 0) {
            page = page->parentWidget();
        }
        tabs->setCurrentWidget(page);
    }

    // Apply through the confirmation; `whileAsked` runs with the dialog open.
    void applyConfirmed(const std::function<void()> &whileAsked)
    {
        QTest::mouseClick(child<QPushButton>(window(), "applyButton"), Qt::LeftButton);
        auto *dialog = WindowDriver::waitForDialog<QDialog>(window(), "confirmWriteDialog");
        QVERIFY(dialog);
        whileAsked();
        QTest::mouseClick(child<QPushButton>(dialog, "confirmWriteButton"), Qt::LeftButton);
        waitIdle();
    }

    // Load with a sig the console expects the server to refuse; `whileWarned` runs with the
    // warning open, then the user sends anyway.
    void loadDespiteWarning(const std::function<void()> &whileWarned)
    {
        QTest::mouseClick(loadButton(), Qt::LeftButton);
        auto *box = WindowDriver::waitForDialog<QMessageBox>(window(), "userSigWarningBox");
        QVERIFY(box);
        whileWarned();
        QVERIFY(WindowDriver::clickButtonWithRole(box, QMessageBox::AcceptRole));
        waitIdle();
    }

    // Opens the region findings, as a probe reports them, and closes them again.
    void showRegionFindings(const std::function<void()> &whileShown)
    {
        auto *probe = window()->findChild<RegionProbe *>();
        QVERIFY(probe);
        Q_EMIT probe->finished(
            { { QStringLiteral("seoul"), QStringLiteral("Seoul"), RegionProbe::Verdict::AppFound, 0 },
                { QStringLiteral("tokyo"), QStringLiteral("Tokyo"), RegionProbe::Verdict::Unreachable, 0 } });
        auto *box = WindowDriver::waitForDialog<QMessageBox>(window(), "regionFindingsBox");
        QVERIFY(box);
        whileShown();
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<QMessageBox *>(QStringLiteral("regionFindingsBox")));
    }

    void showCurlConfirmation(const std::function<void()> &whileShown)
    {
        child<QAction>(window(), "copyCurlWithUserSigAction")->trigger();
        auto *box = WindowDriver::waitForDialog<QMessageBox>(window(), "confirmCurlWithUserSig");
        QVERIFY(box);
        whileShown();
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<QMessageBox *>(QStringLiteral("confirmCurlWithUserSig")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        AppInfo::applyToApplication();
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    void cleanup() { m_window.reset(); }

    void presentationModeShowsNoSdkAppIdOrIdentifierAnywhere()
    {
        // An app and admin whose values appear in no text of ours, so any sighting is a leak.
        SandboxConfig config = SandboxDemo::get().config;
        config.sdkAppId = 1400555001;
        const QString admin = QStringLiteral("cpc_presenter_42");
        config.admins = QStringList { admin };
        SandboxServer sandbox(config, SandboxDemo::get().store);
        QVERIFY(sandbox.listen());
        const quint64 otherApp = 1400777002;
        const QString signer = QStringLiteral("someone_else_17");
        const QStringList hidden { QString::number(config.sdkAppId), admin, signer,
            QString::number(otherApp) };
        QString failures;
        const auto expectHidden = [&](const QString &moment) {
            for (const QString &value : hidden) {
                const QString places = ScreenWalk::placesShowing(value);
                if (!places.isEmpty()) {
                    failures += QStringLiteral("%1, \"%2\" shown at:\n%3\n").arg(moment, value, places);
                }
            }
        };

        openWindowConfirmingWrites();
        QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window()->isPresentationMode());
        useEndpoint(sandbox.baseUrl());
        typeInto("sdkAppIdEdit", QString::number(config.sdkAppId));
        typeInto("identifierEdit", admin);

        QTest::mouseClick(loadButton(), Qt::LeftButton);
        waitIdle();
        expectHidden(QStringLiteral("after a load"));

        WindowDriver::editValue(
            window(), QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Presented nick"));
        applyConfirmed([&] { expectHidden(QStringLiteral("asking to confirm a write")); });
        QVERIFY2(child<QLabel>(window(), "actionStatusValue")->text() == QLatin1String("OK"),
            qPrintable(child<QLabel>(window(), "resultHeadline")->text()));
        showTab("historyTree");
        QTRY_VERIFY(child<QTreeView>(window(), "historyTree")->model()->rowCount() > 0); // read in a worker
        expectHidden(QStringLiteral("after an apply, on the history tab"));
        showCurlConfirmation([&] { expectHidden(QStringLiteral("asking to copy with the UserSig")); });

        // 70013: signed for another identifier than the admin the request names.
        pasteUserSig(sigFor(config.sdkAppId, signer));
        expectHidden(QStringLiteral("with a sig for someone else pasted"));
        loadDespiteWarning([&] { expectHidden(QStringLiteral("warning about the sig for someone else")); });
        QCOMPARE(child<QLabel>(window(), "errorCodeValue")->text(), QStringLiteral("70013"));
        expectHidden(QStringLiteral("after 70013"));
        showTab("sessionLogView");
        expectHidden(QStringLiteral("after 70013, on the session log"));

        // 70014: signed for another app.
        pasteUserSig(sigFor(otherApp, admin));
        loadDespiteWarning([&] { expectHidden(QStringLiteral("warning about the sig for another app")); });
        QCOMPARE(child<QLabel>(window(), "errorCodeValue")->text(), QStringLiteral("70014"));
        showTab("requestView");
        expectHidden(QStringLiteral("after 70014, on the request tab"));
        showTab("responseView");
        expectHidden(QStringLiteral("after 70014, on the response tab"));
        showRegionFindings([&] { expectHidden(QStringLiteral("showing the region findings")); });
        QVERIFY2(failures.isEmpty(), qPrintable(failures));

        // The walk does find them once presentation mode is off.
        child<QAction>(window(), "actionPresentationMode")->trigger();
        QVERIFY(!window()->isPresentationMode());
        showTab("explanationValue");
        QVERIFY(!ScreenWalk::placesShowing(QString::number(otherApp)).isEmpty());
        QVERIFY(!ScreenWalk::placesShowing(admin).isEmpty());
    }

    void untrustedTextIsShownAsTyped()
    {
        // A Sandbox of the demo app holding an account whose id and nick look like HTML.
        const SandboxDemo &demo = SandboxDemo::get();
        SandboxStore store = demo.store;
        store.addAccount(kLink);
        store.setItems(kLink, { { QStringLiteral("Tag_Profile_IM_Nick"), kImage } });
        SandboxServer sandbox(demo.config, store);
        QVERIFY(sandbox.listen());

        QString failures;
        const auto expectTyped = [&](const QString &moment, const QStringList &values) {
            for (const QString &value : values) {
                int shown = 0;
                const QString wrong = placesInterpreting(value, &shown);
                if (!wrong.isEmpty() || shown == 0) {
                    failures += QStringLiteral("%1, \"%2\" shown as typed %3 times, interpreted at:\n%4\n")
                                    .arg(moment, value)
                                    .arg(shown)
                                    .arg(wrong);
                }
            }
        };

        openWindowConfirmingWrites();
        useEndpoint(sandbox.baseUrl());
        setAccount(kLink);
        QTest::mouseClick(loadButton(), Qt::LeftButton);
        waitIdle();
        QCOMPARE(model()
                     ->index(model()->rowOfTag(u"Tag_Profile_IM_Nick"), ProfileTableModel::ServerValueColumn)
                     .data(ProfileTableModel::ServerJsonValueRole)
                     .toJsonValue()
                     .toString(),
            kImage);
        expectTyped(QStringLiteral("after loading"), { kLink, kImage });

        WindowDriver::editValue(window(), QStringLiteral("Tag_Profile_IM_Nick"), kLink);
        applyConfirmed([&] { expectTyped(QStringLiteral("asking to confirm"), { kLink, kImage }); });
        showTab("historyTree");
        QTRY_VERIFY(child<QTreeView>(window(), "historyTree")->model()->rowCount() > 0); // read in a worker
        expectTyped(QStringLiteral("on the history tab"), { kLink, kImage });

        // A pasted sig that names an identifier that looks like HTML.
        pasteUserSig(sigFor(demo.config.sdkAppId, kImage));
        loadDespiteWarning([&] { expectTyped(QStringLiteral("warning about the sig"), { kImage }); });
        QCOMPARE(child<QLabel>(window(), "errorCodeValue")->text(), QStringLiteral("70013"));
        showTab("explanationValue");
        expectTyped(QStringLiteral("explaining 70013"), { kImage });
        showTab("sessionLogView");
        expectTyped(QStringLiteral("on the session log"), { kLink });

        // The server's own words.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpServer::Request &) {
            return TestHttpServer::Response::json(
                QStringLiteral(
                    R"({"ActionStatus":"FAIL","ErrorCode":91000,"ErrorInfo":"%1","ErrorDisplay":"%2"})")
                    .arg(kImage, QString(kLink).replace(QLatin1Char('"'), QLatin1String("\\\"")))
                    .toUtf8());
        });
        child<QComboBox>(window(), "authModeCombo")->setCurrentIndex(0);
        useEndpoint(server.baseUrl());
        QTest::mouseClick(loadButton(), Qt::LeftButton);
        waitIdle();
        QCOMPARE(child<QLabel>(window(), "errorCodeValue")->text(), QStringLiteral("91000"));
        showTab("explanationValue");
        expectTyped(QStringLiteral("showing the server's error"), { kImage, kLink });
        showTab("sessionLogView");
        expectTyped(QStringLiteral("the server's error on the session log"), { kImage });
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
    }
};

QTEST_MAIN(TestScreenText)
#include "tst_screentext.moc"
