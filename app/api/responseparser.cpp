#include "api/responseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace {

constexpr qsizetype kPreviewBytes = 200;

// ErrorCode is documented as an integer; a string holding digits is accepted too, anything else
// counts as an unknown non-zero code so it is never mistaken for success.
int errorCodeOf(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull()) {
        return 0;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max()) {
            return static_cast<int>(number);
        }
        return -1;
    }
    bool ok = false;
    const int parsed = value.toString().toInt(&ok);
    return ok ? parsed : -1;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (entry.isString()) {
            result.append(entry.toString());
        }
    }
    return result;
}

UserProfile userOf(const QJsonObject &object)
{
    UserProfile user;
    user.account = object.value(u"To_Account").toString();
    user.resultCode = errorCodeOf(object.value(u"ResultCode"));
    user.resultInfo = object.value(u"ResultInfo").toString();
    const QJsonArray items = object.value(u"ProfileItem").toArray();
    for (const QJsonValue &entry : items) {
        const QJsonObject item = entry.toObject();
        if (item.contains(u"Tag")) {
            user.items.append({ item.value(u"Tag").toString(), item.value(u"Value") });
        }
    }
    return user;
}

} // namespace

QJsonValue UserProfile::value(const QString &tag) const
{
    for (const ProfileItem &item : items) {
        if (item.tag == tag) {
            return item.value;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool ParsedResponse::isOk() const
{
    return valid && actionStatus == QLatin1String("OK") && errorCode == 0;
}

ParsedResponse ParsedResponse::parse(const QByteArray &body)
{
    ParsedResponse result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.problem
            = QCoreApplication::translate("ResponseParser", "The server's answer is not a JSON object: %1")
                  .arg(bodyPreview(body));
        return result;
    }
    result.object = document.object();
    const QJsonValue actionStatus = result.object.value(u"ActionStatus");
    if (!actionStatus.isString()) {
        result.problem = QCoreApplication::translate("ResponseParser",
            "The server's answer has no ActionStatus, so it is not a Chat REST API response: %1")
                             .arg(bodyPreview(body));
        return result;
    }
    result.valid = true;
    result.actionStatus = actionStatus.toString();
    result.errorCode = errorCodeOf(result.object.value(u"ErrorCode"));
    result.errorInfo = result.object.value(u"ErrorInfo").toString();
    result.errorDisplay = result.object.value(u"ErrorDisplay").toString();
    const QJsonArray users = result.object.value(u"UserProfileItem").toArray();
    for (const QJsonValue &user : users) {
        result.users.append(userOf(user.toObject()));
    }
    result.failAccounts = stringsOf(result.object.value(u"Fail_Account"));
    return result;
}

QString bodyPreview(const QByteArray &body)
{
    if (body.isEmpty()) {
        return QCoreApplication::translate("ResponseParser", "(empty body)");
    }
    QString preview = QString::fromUtf8(body.left(kPreviewBytes));
    for (QChar &c : preview) {
        if (!c.isPrint()) {
            c = QLatin1Char('.');
        }
    }
    if (body.size() > kPreviewBytes) {
        preview += QStringLiteral("…");
    }
    return QLatin1Char('"') + preview + QLatin1Char('"');
}
