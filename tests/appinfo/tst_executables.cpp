// Both executables answer --version and --help, and the CLI stays free of Qt Gui so it runs on
// headless servers.
#include "appinfo/appinfo.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestExecutables final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void cliPrintsItsVersion()
    {
        const Run result = run(QStringLiteral(CLI_PATH), { QStringLiteral("--version") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("chat-profile ") + AppInfo::version());
        QVERIFY(AppInfo::version().contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))));
    }

    void guiPrintsItsVersionWithoutOpeningAWindow()
    {
        const Run result = run(QStringLiteral(GUI_PATH), { QStringLiteral("--version") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("chat-profile-console ") + AppInfo::version());
    }

    void bothExecutablesExplainThemselves()
    {
        const Run cli = run(QStringLiteral(CLI_PATH), { QStringLiteral("--help") });
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.out.contains(QStringLiteral("Exit codes")), qPrintable(cli.out));
        // Each command's usage line names the command, not the executable's path.
        for (const QString &command : { QStringLiteral("get"), QStringLiteral("set"),
                 QStringLiteral("sandbox"), QStringLiteral("usersig") }) {
            const Run help = run(QStringLiteral(CLI_PATH), { command, QStringLiteral("--help") });
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(
                help.out.startsWith(QStringLiteral("Usage: chat-profile ") + command), qPrintable(help.out));
        }
        const Run gui = run(QStringLiteral(GUI_PATH), { QStringLiteral("--help") });
        QCOMPARE(gui.exitCode, 0);
        QVERIFY2(gui.out.contains(QStringLiteral("--version")), qPrintable(gui.out));
    }

    void cliRefusesAnUnknownCommandWithExitCode2()
    {
        const Run result = run(QStringLiteral(CLI_PATH), { QStringLiteral("no-such-command") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("no-such-command")));
        QVERIFY(result.out.isEmpty());
    }

    void cliDoesNotLinkQtGui()
    {
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), { QStringLiteral("-d"), QStringLiteral(CLI_PATH) });
        QVERIFY(readelf.waitForFinished(30000));
        const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY2(dynamic.contains(QStringLiteral("libQt6Core")), "readelf output is not what we expect");
        QVERIFY2(!dynamic.contains(QStringLiteral("libQt6Gui")), qPrintable(dynamic));
        QVERIFY2(!dynamic.contains(QStringLiteral("libQt6Widgets")), qPrintable(dynamic));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
