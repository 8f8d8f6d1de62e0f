// Files that hold account data (the settings, the change history and its SQLite side files, the
// Sandbox's data file) are the user's alone: created 0600 in folders created 0700, by the GUI and
// the CLI alike. Every file and folder under a temporary HOME is checked after a real session.
// This process keeps the common umask 022 on purpose, so the in-process window proves the core's
// own care and the executables prove that they start with umask 077.
#include "mainwindow/mainwindow.h"

#include "appinfo/appinfo.h"
#include "connections/connectionprofilestore.h"
#include "credentials/memorysecretstore.h"
#include "history/changehistory.h"
#include "sandbox/sandboxdemo.h"
#include "support/temporaryhome.h"
#include "support/windowdriver.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 07777;
}

void makeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(file.setPermissions(permissions));
}

const QFile::Permissions kWorldReadable
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;

// The umask a running process works with, from /proc (Linux 4.7 and later).
QString umaskOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^Umask:\\s*(\\d+)$"), QRegularExpression::MultilineOption)
              .match(QString::fromLatin1(status.readAll()));
    return match.captured(1);
}

// A process of ours, ended by SIGTERM if the test ends first.
class Child final
{
public:
    Child(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(program, arguments);
        m_process.waitForStarted();
    }
    ~Child() { stop(); }
    QProcess &process() { return m_process; }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
            if (!m_process.waitForFinished(20000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

private:
    QProcess m_process;
};

// Runs a chat-profile command to the end; its exit code, or -1.
int runCli(const QStringList &arguments, const QProcessEnvironment &environment, QString *out)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLI_PATH), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

} // namespace

class TestPrivateFiles final : public QObject
{
    Q_OBJECT

private:
    TemporaryHome m_home; // this process's own

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        AppInfo::applyToApplication();
        ::umask(022);
    }

    void windowSessionLeavesOnlyPrivateFiles()
    {
        {
            MainWindow window(std::make_unique<MemorySecretStore>());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            WindowDriver::load(&window);
            QVERIFY(!QTest::currentTestFailed());
            WindowDriver::editValue(
                &window, QStringLiteral("Tag_Profile_IM_Nick"), QStringLiteral("Private"));
            QVERIFY(!QTest::currentTestFailed());
            WindowDriver::apply(&window);
            QVERIFY(!QTest::currentTestFailed());
            QVERIFY(window.close());
        }
        QSettings().sync();
        // The walk must have seen what the session wrote, or it proves nothing.
        QVERIFY2(QFile::exists(QSettings().fileName()), qPrintable(m_home.entries().join(u'\n')));
        QVERIFY(QSettings().fileName().startsWith(m_home.path()));
        QVERIFY2(QFile::exists(ChangeHistory::defaultPath()), qPrintable(m_home.entries().join(u'\n')));
        QVERIFY(ChangeHistory::defaultPath().startsWith(m_home.path()));
        const QStringList open = m_home.notPrivate();
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
    }

    // SQLite gives its -wal, -shm and -journal files the mode of the database file.
    void historySideFilesArePrivate()
    {
        const QString path = m_home.filePath(QStringLiteral("side-files/history.sqlite"));
        {
            ChangeHistory history(path);
            QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
        }
        for (const QString &journalMode : { QStringLiteral("WAL"), QStringLiteral("DELETE") }) {
            const QString name = QStringLiteral("side-files-") + journalMode;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=") + journalMode) && query.next());
                QCOMPARE(query.value(0).toString().toUpper(), journalMode);
                query.finish();
                QVERIFY(db.transaction());
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t%1 (x)").arg(journalMode)));
                QVERIFY(query.exec(QStringLiteral("INSERT INTO t%1 VALUES (1)").arg(journalMode)));
                // The rollback journal lives while the transaction does; the WAL files stay until
                // the last connection closes.
                const bool wal = journalMode == QLatin1String("WAL");
                if (wal) {
                    QVERIFY(db.commit());
                }
                const QStringList sideFiles = wal
                    ? QStringList { path + QStringLiteral("-wal"), path + QStringLiteral("-shm") }
                    : QStringList { path + QStringLiteral("-journal") };
                for (const QString &sideFile : sideFiles) {
                    QVERIFY2(QFile::exists(sideFile), qPrintable(sideFile));
                    QVERIFY2((modeOf(sideFile) & 077) == 0,
                        qPrintable(QString::number(modeOf(sideFile), 8) + u' ' + sideFile));
                }
                if (!wal) {
                    QVERIFY(db.commit());
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    // Files an earlier version left readable by others are tightened; their folders are not
    // touched (a folder may be shared, and listing one shows only names).
    void tooOpenFilesAreTightened()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        makeFile(ini, "[session]\nlastConnection=x\n", kWorldReadable);
        makeFile(db, {}, kWorldReadable);
        makeFile(db + QStringLiteral("-wal"), {}, kWorldReadable);
        QVERIFY(!QTest::currentTestFailed());
        {
            ConnectionProfileStore store(std::make_unique<QSettings>(ini, QSettings::IniFormat));
            store.setLastUsedId(QStringLiteral("y"));
            store.sync();
            ChangeHistory history(db);
            QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
        }
        for (const QString &path : QStringList { ini, db, db + QStringLiteral("-wal") }) {
            QVERIFY2(!QFile::exists(path) || modeOf(path) == 0600,
                qPrintable(QString::number(modeOf(path), 8) + u' ' + path));
        }
        QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("session/lastConnection")),
            QVariant(QStringLiteral("y")));
    }

    void guiExecutableStartsWithAPrivateUmask()
    {
        const TemporaryHome home;
        QProcessEnvironment environment = home.environment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        Child gui(QStringLiteral(GUI_PATH), {}, environment);
        // First launch saves the Sandbox connection: the window is up once the settings exist.
        const QString settings
            = home.filePath(QStringLiteral(".config/chat-profile-console/chat-profile-console.conf"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(settings), 20000);
        QCOMPARE(umaskOf(gui.process().processId()), QStringLiteral("0077"));
        gui.stop();
        const QStringList open = home.notPrivate();
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
    }

    void cliSessionLeavesOnlyPrivateFiles()
    {
        const TemporaryHome home;
        const SandboxDemo &demo = SandboxDemo::get();
        QTemporaryDir outside; // the test's own key file, not part of what is checked
        const QString keyFile = outside.filePath(QStringLiteral("key"));
        makeFile(keyFile, demo.config.secretKey, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!QTest::currentTestFailed());
        const QString dataFile = home.filePath(QStringLiteral("sandbox.json"));

        Child sandbox(QStringLiteral(CLI_PATH),
            { QStringLiteral("sandbox"), QStringLiteral("--data"), dataFile }, home.environment());
        QProcess &process = sandbox.process();
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() != QProcess::Running, 20000);
        const QRegularExpressionMatch listening
            = QRegularExpression(QStringLiteral("^listening on (http://\\S+:\\d+)\\n$"))
                  .match(QString::fromUtf8(process.readLine()));
        QVERIFY(listening.hasMatch());
        QCOMPARE(umaskOf(process.processId()), QStringLiteral("0077"));

        const QStringList connection { QStringLiteral("--endpoint"), listening.captured(1),
            QStringLiteral("--sdkappid"), QString::number(demo.config.sdkAppId),
            QStringLiteral("--identifier"), demo.admin, QStringLiteral("--key-file"), keyFile };
        QString out;
        QCOMPARE(runCli(QStringList { QStringLiteral("get"), demo.demoAccount } + connection,
                     home.environment(), &out),
            0);
        QCOMPARE(runCli(QStringList { QStringLiteral("set"), QStringLiteral("--account"), demo.demoAccount,
                            QStringLiteral("--set"), QStringLiteral("Nick=Private") }
                         + connection,
                     home.environment(), &out),
            0);
        sandbox.stop();
        QCOMPARE(process.exitCode(), 0);

        QVERIFY2(QFile::exists(dataFile), qPrintable(home.entries().join(u'\n')));
        const QStringList open = home.notPrivate();
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
    }
};

QTEST_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
