#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QMetaObject>

void CliCommand::finishLater(ExitCode code)
{
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(static_cast<int>(code)); }, Qt::QueuedConnection);
}

QString CliCommand::helpText(const QCommandLineParser &parser, const QString &commandLine)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (const qsizetype at = help.indexOf(program); at >= 0 && !program.isEmpty()) {
        help.replace(at, program.size(), commandLine);
    }
    return help;
}
