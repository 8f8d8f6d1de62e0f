// The floor for the start-up benchmark: the least a Qt Widgets application does to show a main
// window (one label, a menu bar, a status bar), built with the same flags as the console.
#include "startup/shownprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    ShownProbe probe(&window);
    window.show();
    return QApplication::exec();
}
