#include "cli/getcommand.h"

#include "api/profileapi.h"
#include "cli/commandtext.h"
#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QCommandLineParser>

QString GetCommand::name() const
{
    return QStringLiteral("get");
}

QString GetCommand::summary() const
{
    return tr("Read user profiles (portrait_get).");
}

void GetCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads the profiles of the given accounts and prints each account's fields. Exit codes: 0 every "
           "account read; 1 the API answered FAIL or some accounts failed; 2 bad input, nothing sent; 3 "
           "network, TLS, timeout or protocol failure."));
    parser.addPositionalArgument(
        QStringLiteral("accounts"), tr("Account IDs to read."), QStringLiteral("ACCOUNT…"));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
        tr("A field to read: a standard field's short name (Nick, Gender, BirthDay…), its full tag, or "
           "Tag_Profile_Custom_NAME. Repeat for several; default: every standard field."),
        QStringLiteral("TAG"));
    parser.addOption(tagOption);
    if (!parseArguments(parser, arguments)) {
        return;
    }

    const QStringList accounts = parser.positionalArguments();
    if (accounts.isEmpty()) {
        refuse(tr("Name at least one account to read."));
        return;
    }
    QStringList tags;
    for (const QString &name : parser.values(tagOption)) {
        if (const FieldSpec *spec = FieldSchema::standardField(name)) {
            tags.append(spec->tag);
        } else if (FieldSchema::isCustomTag(name)) {
            tags.append(name);
        } else {
            refuse(tr("Unknown field \"%1\": use a standard field name such as Nick or Gender, or "
                      "Tag_Profile_Custom_NAME.")
                       .arg(name));
            return;
        }
    }
    if (tags.isEmpty()) {
        tags = FieldSchema::standardTags();
    }
    tags.removeDuplicates();

    printCredentialWarnings();
    const ApiTarget target = m_connection.target();
    const bool split = accounts.size() > ProfileApi::MaxAccountsPerGet;
    finishWhenDone(m_client.portraitGet(target, accounts, tags),
        m_connection.diagnosisContext(target.userSig),
        [this, tags, split](const ApiResult &result, const Explanation &explanation) {
            if (m_connection.json()) {
                Console::out() << jsonOutput(result, split) << Qt::endl;
            } else if (result.outcome == ApiOutcome::ApiError) {
                ApiCommandOutput::printEnvelope(Console::out(), result, explanation);
            } else {
                printProfiles(result, tags);
            }
            if (result.outcome == ApiOutcome::Partial) {
                Console::err() << tr(
                    "Accounts that could not be read: %n.", nullptr, result.failAccounts.size())
                               << Qt::endl;
            }
        });
}

void GetCommand::printProfiles(const ApiResult &result, const QStringList &tags)
{
    QTextStream &out = Console::out();
    for (const UserProfile &user : result.users) {
        if (user.resultCode != 0) {
            DiagnosisContext context;
            context.serverErrorInfo = user.resultInfo;
            const Explanation explanation = ErrorCatalogue::explain(user.resultCode, context);
            out << user.account << ": "
                << tr("failed, ResultCode %1 %2").arg(user.resultCode).arg(user.resultInfo) << '\n'
                << "  " << explanation.title << ": " << explanation.explanation << '\n';
            continue;
        }
        out << user.account << '\n';
        for (const QString &tag : tags) {
            const QJsonValue value = user.value(tag);
            out << "  " << CommandText::fieldLabel(tag) << ": "
                << (value.isUndefined() ? tr("(not set)") : FieldValidator::displayText(tag, value)) << '\n';
        }
    }
    out << "random: " << result.random << '\n';
    out.flush();
}
