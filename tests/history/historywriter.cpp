// A second process for tst_changehistory: appends records to a history file, one transaction per
// record, as a CLI script does next to the console. Usage: historywriter FILE NAME COUNT
#include "history/changehistory.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        return 2;
    }
    ChangeHistory history(arguments.at(1));
    const int count = arguments.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        ChangeRecord r;
        r.at = QDateTime::currentDateTimeUtc();
        r.account = QStringLiteral("%1_%2").arg(arguments.at(2)).arg(i);
        r.tag = QStringLiteral("Tag_Profile_IM_Level");
        r.newValue = i;
        if (!history.append({ r })) {
            std::fprintf(stderr, "%s\n", qPrintable(history.errorString()));
            return 1;
        }
    }
    return 0;
}
