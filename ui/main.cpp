#include "appinfo/appinfo.h"
#include "i18n/translator.h"
#include "mainwindow/mainwindow.h"
#include "privatefiles/privatefiles.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    // Before anything is written, Qt's own files included: settings and history hold account data.
    PrivateFiles::restrictNewFiles();
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    const Translator translator(Translator::configuredLocale());
    QApplication::setApplicationDisplayName(AppInfo::displayName());
    QGuiApplication::setDesktopFileName(AppInfo::applicationId());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Edit Tencent Cloud Chat user profiles by hand."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}
