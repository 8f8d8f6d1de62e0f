#include "appinfo/appinfo.h"
#include "cli/cliapplication.h"
#include "i18n/translator.h"
#include "privatefiles/privatefiles.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Before anything is written: the Sandbox's data file and future job files hold account data.
    PrivateFiles::restrictNewFiles();
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();
    const Translator translator(QLocale::system());

    CliApplication cli;
    QObject::connect(&cli, &CliApplication::finished, &app, &QCoreApplication::exit);
    cli.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
