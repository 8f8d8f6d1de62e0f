#include "cli/clicommand.h"

#include <QMetaObject>

void CliCommand::finishLater(ExitCode code)
{
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(static_cast<int>(code)); }, Qt::QueuedConnection);
}
