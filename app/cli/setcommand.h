#pragma once

#include "cli/apicommand.h"

// `chat-profile set [connection] --account ID --set TAG=VALUE [--set TAG=VALUE]…`: validates every
// item with the profile field rules first, then sends one portrait_set and prints the answer.
class SetCommand final : public ApiCommand
{
    Q_OBJECT

public:
    using ApiCommand::ApiCommand;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;
};
