#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// One Tag/Value pair; the value keeps its JSON type (numbers stay numbers).
struct ProfileItem
{
    QString tag;
    QJsonValue value;
};

// One entry of portrait_get's UserProfileItem.
struct UserProfile
{
    QString account;
    int resultCode = 0;
    QString resultInfo;
    QList<ProfileItem> items; // empty for a failed user, which has no ProfileItem key

    QJsonValue value(const QString &tag) const; // Undefined when the tag was not returned
};

// The REST envelope plus portrait_get's per-user part, decoded from a body the server sent.
// Pure and total over any input (it is fuzzed): unknown fields are tolerated, wrong types fall
// back to defaults, and only a body that is not a JSON object with ActionStatus is a problem.
struct ParsedResponse
{
    bool valid = false;
    QString problem; // why the body is not a REST answer (translated); empty when valid
    QJsonObject object;
    QString actionStatus;
    int errorCode = 0;
    QString errorInfo;
    QString errorDisplay;
    QList<UserProfile> users;
    QStringList failAccounts;

    bool isOk() const; // ActionStatus OK and ErrorCode 0

    static ParsedResponse parse(const QByteArray &body);
};

// The first bytes of a body, printable, for error messages about answers that are not JSON.
QString bodyPreview(const QByteArray &body);
