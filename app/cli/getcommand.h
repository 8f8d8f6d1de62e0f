#pragma once

#include "cli/apicommand.h"

// `chat-profile get [connection] ACCOUNT… [--tag TAG]…`: reads profiles with portrait_get (split
// into calls of at most 100 accounts) and prints each account's fields.
class GetCommand final : public ApiCommand
{
    Q_OBJECT

public:
    using ApiCommand::ApiCommand;

    QString name() const override;
    QString summary() const override;
    void start(const QStringList &arguments) override;

private:
    void printProfiles(const ApiResult &result, const QStringList &tags);
};
