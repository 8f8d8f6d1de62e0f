#include "mainwindow/switchquestions.h"

#include <QMessageBox>
#include <QPushButton>

bool PendingEditsQuestion::confirmDiscard(QWidget *parent, Because because)
{
    QMessageBox box(QMessageBox::Question, tr("Discard changes?"), QString(), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("discardChangesBox"));
    QString discardText;
    switch (because) {
    case Because::SwitchConnection:
        box.setText(tr("The table holds unsent changes to a profile loaded from this connection. They can "
                       "only be sent to where they were loaded from: switching discards them."));
        discardText = tr("&Discard and switch");
        break;
    case Because::Load:
        box.setText(tr("Loading replaces the table, and your unsent changes would be lost."));
        discardText = tr("&Discard and load");
        break;
    case Because::Quit:
        box.setText(tr("You have unsent changes. Quitting now loses them."));
        discardText = tr("&Discard and quit");
        break;
    }
    QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    QPushButton *discard = box.addButton(discardText, QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

RegionChangeQuestion::Answer RegionChangeQuestion::ask(
    QWidget *parent, const QString &connectionName, const QString &regionName, bool discardsEdits)
{
    QMessageBox box(
        QMessageBox::Question, tr("Change the region?"), QString(), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("regionChangeBox"));
    box.setTextFormat(Qt::PlainText); // the connection's name is the user's text
    box.setText(tr("\"%1\" is a saved connection. Change its region to %2, or keep it as it is and make a "
                   "new connection on %2?")
                    .arg(connectionName, regionName));
    if (discardsEdits) {
        box.setInformativeText(tr("Either way, the unsent changes in the table are discarded: they can only "
                                  "be sent to where they were loaded from."));
    }
    QPushButton *change = box.addButton(tr("&Change this connection's region"), QMessageBox::AcceptRole);
    change->setObjectName(QStringLiteral("changeRegionButton"));
    QPushButton *create = box.addButton(tr("&New connection on %1").arg(regionName), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("newConnectionOnRegionButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRegionChangeButton"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == change) {
        return Answer::ChangeThisConnection;
    }
    return box.clickedButton() == create ? Answer::NewConnection : Answer::Cancel;
}
