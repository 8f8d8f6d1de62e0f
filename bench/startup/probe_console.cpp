// The console's start-up as ui/main.cpp does it (identity, translations, the main window on its
// first-launch Sandbox connection), ending at the first shown frame.
#include "appinfo/appinfo.h"
#include "i18n/translator.h"
#include "mainwindow/mainwindow.h"
#include "startup/shownprobe.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    const Translator translator(Translator::configuredLocale());
    QApplication::setApplicationDisplayName(AppInfo::displayName());
    MainWindow window;
    ShownProbe probe(&window);
    window.show();
    return QApplication::exec();
}
