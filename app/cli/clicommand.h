#pragma once

#include "cli/console.h"
#include "cli/exitcode.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

// One `chat-profile <name> …` command. Commands run asynchronously (network commands need the
// event loop) and report their end through finished().
class CliCommand : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    // arguments[0] is "chat-profile <name>", for messages and helpText()'s usage line.
    // Must not emit finished() before returning; use finishLater() for synchronous results.
    virtual void start(const QStringList &arguments) = 0;

    // parser's help with its usage line naming the command as typed ("chat-profile get"), not the
    // executable's path, which is what QCommandLineParser puts there.
    static QString helpText(const QCommandLineParser &parser, const QString &commandLine);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void finishLater(ExitCode code);
};
