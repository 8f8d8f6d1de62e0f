#include "errors/errorcatalogue.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace {

constexpr bool Retry = true;
constexpr bool NoRetry = false;

// Sources: the profile codes of https://www.tencentcloud.com/document/product/1047/34916 and
// https://www.tencentcloud.com/document/product/1047/34917; the public codes 60000–79999 and 80001/80002 of
// https://intl.cloud.tencent.com/document/product/1047/34348.
// Sorted by code: find() relies on it.
// clang-format off
const ErrorEntry kEntries[] = {
    { 40001,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Request parameter error"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The server could not decode the request: a field is missing, misspelled or has the wrong shape."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Compare the request body with the ErrorInfo text. If this console built the request, report it together with the random value."),
      "Err_Profile_Comm_Decode_Fail", NoRetry },
    { 40002,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "No account given"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The request did not name any account to read (To_Account is missing or empty)."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Give at least one account ID."),
      "Err_Profile_PortraitGet_To_Account_Empty", NoRetry },
    { 40003,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Account does not exist"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The account has not been imported into this app, or its ID is spelled differently (account IDs are case-sensitive)."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the account ID, or import the account first."),
      "Err_Profile_Account_Not_Exist", NoRetry },
    { 40004,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "App admin required"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The identifier in the request is not an App admin of this SDKAppID, and only an App admin may call this API."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Use the App admin account (Chat console, Application info) as identifier and generate its UserSig."),
      "Err_Profile_Not_Admin", NoRetry },
    { 40005,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Sensitive words"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "A profile value contains words blocked by content moderation."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Change the wording of the value and send it again."),
      "Err_Profile_Dirty_Word", NoRetry },
    { 40006,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Internal server error"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The profile service failed internally; the request itself may well be fine."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Retry in a moment. If it keeps failing, contact Tencent Cloud support and quote the random value."),
      "Err_Profile_Comm_Svr_Internal_Error", Retry },
    { 40007,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "No read permission"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The App admin is not allowed to read this profile field."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Enable \"App admin readable\" for the field in the Chat console, or leave the field out of the request."),
      "Err_Profile_No_Read_Permission", NoRetry },
    { 40008,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "No write permission"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The App admin is not allowed to write this profile field."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Enable \"App admin writable\" for the field in the Chat console's custom profile field settings."),
      "Err_Profile_No_Write_Permission", NoRetry },
    { 40009,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Profile field does not exist"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The server does not know this profile field tag."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Create the custom field in the Chat console first, or correct the tag's spelling (tags are case-sensitive)."),
      "Err_Profile_Tag_Not_Exist", NoRetry },
    { 40601,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Value too long"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "A profile value is longer than 500 bytes. The limit counts UTF-8 bytes, so one Chinese character uses three."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Shorten the value to at most 500 bytes."),
      "Err_Profile_Value_Exceed_Max_Length", NoRetry },
    { 40605,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Invalid value"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "A standard profile field got a value it does not accept, for example an unknown Gender or AllowType string."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Pick one of the documented values for the field."),
      "Err_Profile_Invalid_Standard_Value", NoRetry },
    { 40610,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Wrong value type"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "A standard profile field got the wrong JSON type, for example text where a whole number is expected."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Send BirthDay, Language, Level, Role and MsgSettings as whole numbers and every other field as text."),
      "Err_Profile_Standard_Value_Type_Error", NoRetry },
    { 60002,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "HTTP request not understood"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The server could not parse the HTTP request."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the endpoint URL: a custom endpoint must be the bare https://host, without a path."),
      "HTTP parse error", NoRetry },
    { 60003,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Request JSON invalid"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The request body is not valid JSON."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the JSON format of the request body."),
      "HTTP request json parse error", NoRetry },
    { 60004,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Identifier or UserSig rejected"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The server rejected the account or the signature (identifier or usersig) of the request."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the admin identifier and generate a fresh UserSig for it with this app's secret key."),
      "account or signature error", NoRetry },
    { 60005,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Identifier or UserSig rejected"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The account or the signature of the request does not check out."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the admin identifier and generate a fresh UserSig for it with this app's secret key."),
      "identifier or usersig invalid", NoRetry },
    { 60006,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "SDKAppID invalid"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The server does not accept this SDKAppID."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Copy the SDKAppID from the Chat console again."),
      "SDKAppID invalid", NoRetry },
    { 60007,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "REST API rate limit reached"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Too many REST API calls were made in a short time."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Wait a moment and retry; lower the request rate if it happens often."),
      "REST API call frequency over limit", Retry },
    { 60008,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Service timeout or malformed request"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The service timed out, or the HTTP request was malformed."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the request, then send it again."),
      "service request timeout or HTTP request format error", NoRetry },
    { 60009,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Wrong API resource"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The request URL names an API that does not exist."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the path of the URL (v4/profile/portrait_set or portrait_get) and of a custom endpoint."),
      "request resource error", NoRetry },
    { 60010,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "App admin permission required"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The request needs App admin permission, and the identifier is not an App admin."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Use the App admin account as identifier and generate its UserSig."),
      "request requires app admin permission", NoRetry },
    { 60011,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "SDKAppID rate limit reached"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "This SDKAppID sent too many requests in a short time."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Wait a moment and retry; spread bulk edits over time."),
      "SDKAppID request frequency over limit", Retry },
    { 60012,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "SDKAppID missing"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The request carries no SDKAppID."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Enter the app's SDKAppID."),
      "sdkappid is required", NoRetry },
    { 60013,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Server could not parse a response"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "A JSON response failed to parse inside the Chat service."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Retry later; report it to Tencent Cloud support if it persists."),
      "HTTP response json parse error", NoRetry },
    { 60014,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Account exchange timed out"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Exchanging the account inside the Chat service timed out."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Retry later."),
      "account exchange timeout", NoRetry },
    { 60015,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Wrong account type"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "An account in the request body is not a JSON string."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Send account IDs as strings."),
      "account type error, must be string", NoRetry },
    { 60016,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "SDKAppID disabled"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "This SDKAppID has been disabled."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the app's status in the Chat console."),
      "SDKAppID disabled", NoRetry },
    { 60017,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Request disabled"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "This kind of request is disabled for the app."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Open a ticket with Tencent Cloud support."),
      "request disabled", NoRetry },
    { 60018,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Too many requests"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The service is receiving too many requests from this app right now."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Wait a few seconds and retry."),
      "request too frequent", Retry },
    { 60019,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Too many requests, try later"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The service throttled the request because too many arrived in a short time."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Retry later, at a lower rate."),
      "request too frequent, please retry later", Retry },
    { 60020,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Pro edition expired"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The app's paid package expired and the app was deactivated."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Renew the package; it takes effect about five minutes after purchase."),
      "app package expired", NoRetry },
    { 60021,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Caller IP not allowed"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The IP address this request came from is not on the app's REST API allowlist."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Add this machine's public IP address to the allowlist in the Chat console, then retry."),
      "RestAPI invalid source IP", NoRetry },
    { 70001,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "UserSig expired"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The UserSig is past the end of its validity."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Generate a new UserSig; a validity of at least 24 hours is recommended."),
      "usersig expired", NoRetry },
    { 70002,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "UserSig empty"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The request carried an empty UserSig."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Provide the app's secret key or a ready UserSig."),
      "usersig is empty", NoRetry },
    { 70003,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "UserSig unreadable"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The UserSig could not be parsed; it is often truncated by copy and paste."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Generate the UserSig again and copy it whole."),
      "usersig invalid, decode failed", NoRetry },
    { 70005,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "UserSig invalid"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The UserSig is not a valid signature."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Generate a new UserSig with this app's secret key."),
      "usersig invalid", NoRetry },
    { 70009,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "UserSig signed with another key"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The UserSig's signature does not match: it was made with another app's secret key."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Copy this SDKAppID's secret key from the Chat console and generate the UserSig again."),
      "usersig verify failed, hmac mismatch", NoRetry },
    { 70013,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Identifier does not match the UserSig"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The identifier in the request differs from the one the UserSig was generated for."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Generate the UserSig for the identifier you send, or send the identifier it was made for."),
      "identifier not match usersig", NoRetry },
    { 70014,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "SDKAppID does not match the UserSig"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The SDKAppID in the request differs from the one the UserSig was generated for."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Generate the UserSig with this SDKAppID and its own secret key."),
      "sdkappid not match usersig", NoRetry },
    { 70016,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Key not found: wrong region?"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The server has no key for this SDKAppID. This usually means the app lives in another data centre (region)."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Pick the region the app was created in (shown in the Chat console), or check the SDKAppID."),
      "key not exist, check sdkappid and region", NoRetry },
    { 70020,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "SDKAppID not found: wrong region?"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The server does not know this SDKAppID. This usually means the app lives in another data centre (region)."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Pick the region the app was created in (shown in the Chat console), or check the SDKAppID."),
      "sdkappid not found", NoRetry },
    { 70050,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Too many failed signature checks"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "UserSig checks failed too often, so the server blocks this identifier for a while."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Fix the UserSig, then retry after one minute."),
      "usersig verify failed too frequently", NoRetry },
    { 70051,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Account blacklisted"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The account is on the blacklist."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Contact Tencent Cloud support to find out why."),
      "account in blacklist", NoRetry },
    { 70052,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "UserSig has expired"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The UserSig's validity has run out."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Generate a new UserSig and send the request again."),
      "usersig has expired, please regenerate", NoRetry },
    { 70107,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "User does not exist"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The requested UserID does not exist or was never imported."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the UserID, or import the account first."),
      "Err_TLS_PT_Open_Login_Account_Not_Exist", NoRetry },
    { 70114,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Login restricted"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Logins were restricted for security reasons because they came too often."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Wait before trying again."),
      "login too frequent, restricted", NoRetry },
    { 70169,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Server timeout"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "A service inside the Chat backend timed out."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Retry in a moment."),
      "server internal timeout", Retry },
    { 70202,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Server busy, timed out"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The Chat backend did not answer in time internally."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Retry the request."),
      "server timeout, please retry", Retry },
    { 70206,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Invalid batch size"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The request has an invalid number of items for a batch."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Send fewer items per request."),
      "invalid batch quantity", NoRetry },
    { 70398,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Account limit reached"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The app has more accounts than its edition allows (100 on the free trial)."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Upgrade the app's edition in the Chat console."),
      "account count over limit", NoRetry },
    { 70402,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Invalid parameter"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "A required field is missing or has the wrong format."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Check the required fields and their format."),
      "invalid parameter", NoRetry },
    { 70403,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Admin permission needed"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Only an App admin may make this request."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Use the App admin account as identifier."),
      "need app admin permission", NoRetry },
    { 70500,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Server error"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The Chat backend failed internally."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Retry later; contact Tencent Cloud support with the random value if it persists."),
      "server internal error", Retry },
    { 71000,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Account deletion refused"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Only accounts of trial-edition apps can be deleted."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Leave the account in place, or check the app's edition."),
      "only trial edition accounts can be deleted", NoRetry },
    { 80001,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Text blocked by security filter"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The text was blocked by Tencent Cloud's security filtering."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Reword the text and send it again."),
      "text blocked by security filter", NoRetry },
    { 80002,
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Message too large"),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "The outgoing packet is larger than 8 KB."),
      QT_TRANSLATE_NOOP("ErrorCatalogue", "Send less data in one request."),
      "message packet over 8KB", NoRetry },
};
// clang-format on

QString translated(const char *source)
{
    return QCoreApplication::translate("ErrorCatalogue", source);
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate("ErrorCatalogue", "\u201c%1\u201d").arg(text);
}

// Compares what the UserSig was signed for with what the request sends, so a support agent sees
// the mismatch itself instead of a generic "does not match".
QString signatureComparison(const QString &what, const QString &signedFor, const QString &sent)
{
    if (signedFor.isEmpty() || sent.isEmpty()) {
        return QCoreApplication::translate("ErrorCatalogue",
            "Check which %1 the UserSig was generated for: it must be exactly the one in the request.")
            .arg(what);
    }
    if (signedFor != sent) {
        return QCoreApplication::translate(
            "ErrorCatalogue", "The UserSig was signed for the %1 %2, but the request sends %3.")
            .arg(what, quoted(signedFor), quoted(sent));
    }
    return QCoreApplication::translate("ErrorCatalogue",
        "The UserSig was signed for the same %1 as the request (%2), so it was probably generated with "
        "another SDKAppID's key or has been altered.")
        .arg(what, quoted(sent));
}

QString idText(quint64 sdkAppId)
{
    return sdkAppId == 0 ? QString() : QString::number(sdkAppId);
}

// The context-specific sentence for codes where the generic text is not enough; empty otherwise.
QString diagnosis(int code, const DiagnosisContext &context)
{
    const QString tag = context.tag.isEmpty() ? QString() : quoted(context.tag);
    if (ErrorCatalogue::meansWrongRegion(code)) {
        if (context.regionName.isEmpty()) {
            return QCoreApplication::translate("ErrorCatalogue",
                "This SDKAppID probably lives in another region than the one the request went to.");
        }
        return QCoreApplication::translate("ErrorCatalogue",
            "This SDKAppID probably lives in another region: the request went to %1. Pick the region "
            "where the app was created.")
            .arg(context.regionName);
    }
    switch (code) {
    case 70013:
        return signatureComparison(QCoreApplication::translate("ErrorCatalogue", "identifier"),
            context.signedIdentifier, context.requestIdentifier);
    case 70014:
        return signatureComparison(QCoreApplication::translate("ErrorCatalogue", "SDKAppID"),
            idText(context.signedSdkAppId), idText(context.requestSdkAppId));
    case 40009:
        if (tag.isEmpty()) {
            break;
        }
        return QCoreApplication::translate("ErrorCatalogue",
            "The custom field %1 was not created in the Chat console, or its name is misspelled.")
            .arg(tag);
    case 40008:
        if (tag.isEmpty()) {
            break;
        }
        return QCoreApplication::translate("ErrorCatalogue",
            "The field %1 is not writable by the App admin: its write permission in the Chat console "
            "does not include \"App admin writable\".")
            .arg(tag);
    case 60021:
        return QCoreApplication::translate("ErrorCatalogue",
            "The caller's IP address is not on the app's IP allowlist, so every REST call from this "
            "machine is refused whatever the credentials.");
    default:
        break;
    }
    return {};
}

} // namespace

namespace ErrorCatalogue {

const ErrorEntry *find(int code)
{
    const auto it = std::lower_bound(std::begin(kEntries), std::end(kEntries), code,
        [](const ErrorEntry &entry, int wanted) { return entry.code < wanted; });
    return it != std::end(kEntries) && it->code == code ? &*it : nullptr;
}

QList<int> codes()
{
    QList<int> result;
    result.reserve(static_cast<qsizetype>(std::size(kEntries)));
    for (const ErrorEntry &entry : kEntries) {
        result.append(entry.code);
    }
    return result;
}

QString serverInfo(int code)
{
    const ErrorEntry *entry = find(code);
    return entry ? QString::fromLatin1(entry->serverInfo) : QString();
}

bool isRetryable(int code)
{
    const ErrorEntry *entry = find(code);
    return entry && entry->retryable;
}

QList<int> wrongRegionCodes()
{
    return { 70016, 70020 };
}

bool meansWrongRegion(int code)
{
    return wrongRegionCodes().contains(code);
}

QList<int> rateLimitCodes()
{
    return { 60007, 60011, 60018, 60019 };
}

bool meansRateLimit(int code)
{
    return rateLimitCodes().contains(code);
}

Explanation explain(int code, const DiagnosisContext &context)
{
    if (code == 0) {
        return { QCoreApplication::translate("ErrorCatalogue", "Success"),
            QCoreApplication::translate("ErrorCatalogue", "The server accepted the request."), QString(),
            true };
    }
    const ErrorEntry *entry = find(code);
    if (!entry) {
        const QString info = context.serverErrorInfo.isEmpty()
            ? QCoreApplication::translate("ErrorCatalogue", "(no ErrorInfo)")
            : context.serverErrorInfo;
        return { QCoreApplication::translate("ErrorCatalogue", "Error %1").arg(code),
            QCoreApplication::translate(
                "ErrorCatalogue", "This console does not know error code %1. The server said: %2")
                .arg(code)
                .arg(info),
            QCoreApplication::translate("ErrorCatalogue",
                "Look the code up in the Tencent Cloud Chat error code list, or contact support quoting "
                "the code and the random value."),
            false };
    }
    Explanation result { translated(entry->title), translated(entry->explanation),
        translated(entry->nextStep), true };
    const QString specific = diagnosis(code, context);
    if (!specific.isEmpty()) {
        result.explanation = specific + QLatin1Char(' ') + result.explanation;
    }
    return result;
}

} // namespace ErrorCatalogue
