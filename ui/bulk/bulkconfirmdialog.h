#pragma once

#include "jobs/writejob.h"

#include <QDialog>

class PresentationMasker;

// The question a connection that confirms every write asks before a bulk job or a revert: how
// many accounts and fields, a sample of old → new, and a button that names the count, so the
// confirmation is for this job and not a reflex. Cancel is the default.
class BulkConfirmDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int SampleRows = 10;

    BulkConfirmDialog(const QString &connectionName, const WriteJob &job, const PresentationMasker &masker,
        QWidget *parent);
};
