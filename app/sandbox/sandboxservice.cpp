#include "sandbox/sandboxservice.h"

#include "api/profileapi.h"
#include "errors/errorcatalogue.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"
#include "usersig/usersig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The documented codes this file answers with (portrait_set
// https://www.tencentcloud.com/document/product/1047/34916, portrait_get
// https://www.tencentcloud.com/document/product/1047/34917, common codes
// https://intl.cloud.tencent.com/document/product/1047/34348).
enum Code : int {
    Ok = 0,
    BadParameter = 40001,
    NoToAccount = 40002,
    NoSuchAccount = 40003,
    NoReadPermission = 40007,
    NoWritePermission = 40008,
    NoSuchTag = 40009,
    BadUrl = 60002,
    BadJson = 60003,
    BadIdentifier = 60004,
    BadUserSig = 60005,
    BadSdkAppId = 60006,
    RateLimited = 60007,
    WrongResource = 60009,
    NotAdmin = 60010,
    NoSdkAppId = 60012,
};

const QString SetPath = ProfileApi::path(QLatin1String(ProfileApi::PortraitSet));
const QString GetPath = ProfileApi::path(QLatin1String(ProfileApi::PortraitGet));

SandboxService::Answer fail(int code)
{
    return { SandboxService::envelope(code), false };
}

// A non-empty array of non-empty strings, or nullopt.
std::optional<QStringList> stringList(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty()) {
        return std::nullopt;
    }
    QStringList strings;
    for (const QJsonValue &entry : array) {
        if (!entry.isString() || entry.toString().isEmpty()) {
            return std::nullopt;
        }
        strings.append(entry.toString());
    }
    return strings;
}

} // namespace

SandboxService::SandboxService(const SandboxConfig &config, SandboxStore &store)
    : m_config(config)
    , m_store(store)
    , m_rateLimiter(config.rateLimitPerSecond)
{ }

QJsonObject SandboxService::envelope(int code)
{
    return {
        { QStringLiteral("ActionStatus"), code == Ok ? QStringLiteral("OK") : QStringLiteral("FAIL") },
        { QStringLiteral("ErrorCode"), code },
        { QStringLiteral("ErrorInfo"), code == Ok ? QString() : ErrorCatalogue::serverInfo(code) },
        // The real service sends it empty for these APIs, but always sends it.
        { QStringLiteral("ErrorDisplay"), QString() },
    };
}

SandboxService::Answer SandboxService::handle(const Call &call)
{
    if (call.path != SetPath && call.path != GetPath) {
        return fail(WrongResource);
    }
    if (const int code = checkAccess(call); code != Ok) {
        return fail(code);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(BadJson);
    }
    return call.path == SetPath ? portraitSet(document.object()) : portraitGet(document.object());
}

int SandboxService::checkAccess(const Call &call)
{
    if (!call.isPost) {
        return BadUrl;
    }
    const QString sdkAppIdText = call.query.queryItemValue(QStringLiteral("sdkappid"));
    if (sdkAppIdText.isEmpty()) {
        return NoSdkAppId;
    }
    bool numeric = false;
    const quint64 sdkAppId = sdkAppIdText.toULongLong(&numeric);
    if (!numeric || sdkAppId != m_config.sdkAppId) {
        return BadSdkAppId;
    }
    // Counted per SDKAppID before the UserSig check: the real limit protects the service, so
    // failing calls use it up too.
    if (!m_rateLimiter.admit(m_config.nowMs())) {
        return RateLimited;
    }
    const QString identifier = call.query.queryItemValue(QStringLiteral("identifier"), QUrl::FullyDecoded);
    if (identifier.isEmpty()) {
        return BadIdentifier;
    }
    const QString userSig = call.query.queryItemValue(QStringLiteral("usersig"), QUrl::FullyDecoded);
    if (userSig.isEmpty()) {
        return BadUserSig;
    }
    const UserSig::Check check = UserSig::verify(
        userSig, m_config.sdkAppId, identifier, m_config.secretKey, m_config.nowMs() / 1000);
    if (const int code = UserSig::serverErrorCode(check.verdict); code != Ok) {
        return code;
    }
    if (!m_config.admins.contains(identifier)) {
        return NotAdmin;
    }
    return Ok;
}

int SandboxService::tagProblem(const QString &tag, CustomTagAccessFlag needed) const
{
    if (SandboxRules::isCustomTag(tag)) {
        const auto it = m_config.customTags.constFind(tag);
        if (it == m_config.customTags.cend()) {
            return NoSuchTag;
        }
        if (!it->testFlag(needed)) {
            return needed == CustomTagAccessFlag::AdminRead ? NoReadPermission : NoWritePermission;
        }
        return Ok;
    }
    return SandboxRules::isStandardTag(tag) ? Ok : NoSuchTag;
}

SandboxService::Answer SandboxService::portraitSet(const QJsonObject &request)
{
    const QJsonValue account = request.value(QStringLiteral("From_Account"));
    const QJsonValue items = request.value(QStringLiteral("ProfileItem"));
    if (!account.isString() || account.toString().isEmpty() || !items.isArray()
        || items.toArray().isEmpty()) {
        return fail(BadParameter);
    }
    SandboxProfile changes;
    QList<QPair<QString, QJsonValue>> ordered;
    for (const QJsonValue &item : items.toArray()) {
        const QJsonValue tag = item.toObject().value(QStringLiteral("Tag"));
        const QJsonValue value = item.toObject().value(QStringLiteral("Value"));
        if (!item.isObject() || !tag.isString() || value.isUndefined()) {
            return fail(BadParameter);
        }
        ordered.append({ tag.toString(), value });
    }
    if (!m_store.hasAccount(account.toString())) {
        return fail(NoSuchAccount);
    }
    // Every item is checked before anything is stored: the call succeeds or fails as a whole.
    for (const auto &[tag, value] : ordered) {
        if (const int code = tagProblem(tag, CustomTagAccessFlag::AdminWrite); code != Ok) {
            return fail(code);
        }
        if (const int code = SandboxRules::valueProblem(tag, value); code != Ok) {
            return fail(code);
        }
        changes.insert(tag, value);
    }
    m_store.setItems(account.toString(), changes);
    return { envelope(Ok), true };
}

SandboxService::Answer SandboxService::portraitGet(const QJsonObject &request)
{
    if (!request.contains(QStringLiteral("To_Account"))) {
        return fail(NoToAccount);
    }
    const std::optional<QStringList> accounts = stringList(request.value(QStringLiteral("To_Account")));
    const std::optional<QStringList> tags = stringList(request.value(QStringLiteral("TagList")));
    if (!accounts || !tags || accounts->size() > ProfileApi::MaxAccountsPerGet) {
        return fail(BadParameter);
    }
    for (const QString &tag : *tags) {
        if (const int code = tagProblem(tag, CustomTagAccessFlag::AdminRead); code != Ok) {
            return fail(code);
        }
    }
    QJsonArray results;
    QJsonArray failed;
    for (const QString &account : *accounts) {
        QJsonObject result { { QStringLiteral("To_Account"), account } };
        if (!m_store.hasAccount(account)) {
            result.insert(QStringLiteral("ResultCode"), NoSuchAccount);
            result.insert(QStringLiteral("ResultInfo"), ErrorCatalogue::serverInfo(NoSuchAccount));
            failed.append(account);
            results.append(result);
            continue;
        }
        QJsonArray items;
        for (const QString &tag : *tags) {
            const QJsonValue value = m_store.value(account, tag);
            if (!value.isUndefined()) {
                items.append(
                    QJsonObject { { QStringLiteral("Tag"), tag }, { QStringLiteral("Value"), value } });
            }
        }
        result.insert(QStringLiteral("ProfileItem"), items);
        result.insert(QStringLiteral("ResultCode"), Ok);
        result.insert(QStringLiteral("ResultInfo"), QString());
        results.append(result);
    }
    QJsonObject answer = envelope(Ok);
    answer.insert(QStringLiteral("UserProfileItem"), results);
    if (!failed.isEmpty()) {
        answer.insert(QStringLiteral("Fail_Account"), failed);
    }
    return { answer, false };
}
