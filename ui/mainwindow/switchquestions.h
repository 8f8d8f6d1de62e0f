#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Asks before unsent edits in the table would be lost: keep editing, or discard and go on.
class PendingEditsQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(PendingEditsQuestion)

public:
    enum class Because { SwitchConnection, Load, Quit };

    // True when the user chose to discard the edits; keeping them is the default answer.
    static bool confirmDiscard(QWidget *parent, Because because);
};

// Picking another region on a saved connection: change that connection, or make a new one on the
// region, so a connection's name, banner and key never silently describe another target.
class RegionChangeQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(RegionChangeQuestion)

public:
    enum class Answer { Cancel, ChangeThisConnection, NewConnection };

    static Answer ask(
        QWidget *parent, const QString &connectionName, const QString &regionName, bool discardsEdits);
};
