#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// Runs the real chat-profile executable (CLI_PATH, set by CMake) to the end and keeps what it said.
// It waits in the event loop, not in waitForFinished(), so a server in the test process can answer.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;

    // Writes a test's input file (a key, a CSV…); returns its path, empty when it could not.
    static QString writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(content);
        return file.fileName();
    }

    // The environment starts without CHAT_PROFILE_* variables, so a developer's own never leaks in.
    static CliRun run(const QStringList &arguments, const QProcessEnvironment &extra = {},
        const QByteArray &standardInput = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : environment.keys()) {
            if (name.startsWith(QLatin1String("CHAT_PROFILE_"))) {
                environment.remove(name);
            }
        }
        environment.insert(extra);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_PATH), arguments);
        process.write(standardInput);
        process.closeWriteChannel();
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }
};
