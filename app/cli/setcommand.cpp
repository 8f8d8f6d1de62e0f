#include "cli/setcommand.h"

#include "cli/commandtext.h"
#include "profile/fieldschema.h"
#include "profile/fieldvalidator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// `chat-profile get` for `account` and `tags` with this run's other options (the connection, where
// the key or sig comes from, --timeout…): what shows whether a write whose answer never came was
// stored. No secret is among the arguments: keys and sigs come only from files or the environment.
QString checkCommand(const QStringList &arguments, const QString &account, const QStringList &tags)
{
    QStringList words { QStringLiteral("chat-profile"), QStringLiteral("get") };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--account") || argument == QLatin1String("--set")) {
            ++i; // and its value
        } else if (!argument.startsWith(QLatin1String("--account="))
            && !argument.startsWith(QLatin1String("--set="))) {
            words.append(CommandText::shellWord(argument));
        }
    }
    for (const QString &tag : tags) {
        words << QStringLiteral("--tag") << CommandText::shellWord(tag);
    }
    // "--" ends the options, so an account that starts with "-" is read as an account.
    words << QStringLiteral("--") << CommandText::shellWord(account);
    return words.join(QLatin1Char(' '));
}

} // namespace

QString SetCommand::name() const
{
    return QStringLiteral("set");
}

QString SetCommand::summary() const
{
    return tr("Change one user's profile fields (portrait_set).");
}

void SetCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Checks every field against the profile rules, then sends one portrait_set and prints ActionStatus, "
        "ErrorCode, ErrorInfo, ErrorDisplay, an explanation and the request's random. A write whose answer "
        "never came is not sent again: its outcome is unknown, and the command to check it is printed. "
        "Exit codes: 0 set; 1 the API answered FAIL; 2 bad input, nothing sent; 3 network, TLS, timeout or "
        "protocol failure, or the outcome is unknown."));
    const QCommandLineOption accountOption(
        QStringLiteral("account"), tr("The account whose profile to change."), QStringLiteral("ID"));
    const QCommandLineOption setOption(QStringLiteral("set"),
        tr("A field and its new value, e.g. Nick=Anna, Gender=Female, BirthDay=19900521 or "
           "Tag_Profile_Custom_Hobby=chess. Repeat for several fields."),
        QStringLiteral("TAG=VALUE"));
    parser.addOptions({ accountOption, setOption });
    if (!parseArguments(parser, arguments)) {
        return;
    }
    const QString account = parser.value(accountOption);
    if (account.isEmpty()) {
        refuse(tr("Give the account to change with --account."));
        return;
    }
    const QStringList assignments = parser.values(setOption);
    if (assignments.isEmpty()) {
        refuse(tr("Give at least one --set TAG=VALUE."));
        return;
    }

    // Every item is checked before anything is sent: one bad value refuses the whole set, so a
    // profile is never left half-changed by a typo.
    QJsonArray items;
    QStringList seen; // the tags, in order
    QStringList problems;
    QStringList customTags;
    for (const QString &assignment : assignments) {
        const FieldValidator::Parsed parsed = FieldValidator::parseAssignment(assignment);
        if (parsed.check.isInvalid()) {
            problems.append(parsed.check.message);
            continue;
        }
        if (seen.contains(parsed.tag)) {
            problems.append(tr("%1 is set twice; give each field once.").arg(parsed.tag));
            continue;
        }
        if (parsed.check.level == FieldCheck::Warning) {
            Console::err() << tr("warning: %1").arg(parsed.check.message) << Qt::endl;
        }
        seen.append(parsed.tag);
        if (FieldSchema::isCustomTag(parsed.tag)) {
            customTags.append(parsed.tag);
        }
        items.append(
            QJsonObject { { QStringLiteral("Tag"), parsed.tag }, { QStringLiteral("Value"), parsed.value } });
    }
    if (!problems.isEmpty()) {
        refuse(problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Nothing was sent."));
        return;
    }

    printCredentialWarnings();
    const ApiTarget target = m_connection.target();
    DiagnosisContext context = m_connection.diagnosisContext(target.userSig);
    context.tag = customTags.join(QStringLiteral(", "));
    finishWhenDone(
        m_client.portraitSet(target, account, items), context,
        [this](const ApiResult &result, const Explanation &explanation) {
            if (m_connection.json()) {
                Console::out() << jsonOutput(result, false) << Qt::endl;
            } else {
                ApiCommandOutput::printEnvelope(Console::out(), result, explanation);
            }
        },
        checkCommand(arguments, account, seen));
}
